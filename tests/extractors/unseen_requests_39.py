"""A thirty-ninth set of requests written by someone who had not read the readers (issue
8): REQUESTS IN ENGLISH AND IN BOTH LANGUAGES, as Thailand's residents really send them to
a เทศบาล, an อบต. or a district office. Foreign residents (a British retiree and an
American in Pattaya with a passport only, a Japanese engineer with a passport, a work
permit and a 13-digit foreigner's ID starting 6, Myanmar and Cambodian workers with a pink
card whose 13-digit number starts 00 and whose Thai-script name is on the card, an Indian-
born permanent resident with an ID starting 8, a Vietnamese-born resident with an ID
starting 7); Thai citizens writing in English (romanised names "Mr. Anucha Srisuk",
"Miss", "Ms.", "Mrs."; addresses "99/1 Moo 5, Tambon Ban Kluai, Amphoe Mueang Sukhothai,
Chang Wat Sukhothai 64000", "Soi/Road/Khwaeng/Khet ... Bangkok", the shape a translator
gives them: "Village No. 5, Ban Kluai Subdistrict, ... District, ... Province"); bilingual
labels (ชื่อ/Name, Tel./โทร, E-mail/อีเมล, วันเกิด/Date of birth); English dates ("12 Jan
1985", "January 12, 1985", "01/12/1985" day first in the Christian era, "12/01/2528" in
the Buddhist era, "January 12, 2528" as a machine translation leaves it, "MM/DD/YYYY" on
an American's form that says so); phones "+66 (0)81-234-5678", "081 234 5678 (mobile)",
a home number abroad, a Line ID, WhatsApp; a Thai wife translating for her husband, a Thai
employer writing for a pink-card worker, a Google-translated Thai letter, a Google Forms
receipt in English, an Outlook mail with an office signature, an English Word form, an
English PDF letter and a bilingual PDF form. A few outcomes: English automatic replies.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 37 and 38, the helpers they import, and the earlier
sets' first docstrings were read; set 1's english_resident and bilingual styles and set
34's docstring were read for how earlier truths write English names and addresses).

Conventions (written down before any run): what a Thai clerk keeps.
- full_name: a Thai citizen's name as Thai script where the mail gives it in Thai script
  (titled given name, one space, family name: "นายอนุชา ศรีสุข"; the romanised name in
  brackets beside it is a transliteration, not the name: a clerk matches the case to the
  Thai ID card). Where the mail gives it only in Latin letters, the Latin name as typed,
  with its English title with or without the dot, or without the title (set 34): "Mr.
  Anucha Srisuk", "Mr Anucha Srisuk", "Mr.Anucha Srisuk", "Anucha Srisuk"; "Miss" has no
  dot. A foreigner's name is right in Latin letters the same ways, or, for a pink-card
  holder whose card carries it, in Thai script ("นายจ่อ ซอ อู"). A Word form with Title /
  First name / Last name in cells: the three joined ("Mr. Kenji Tanaka", and the other
  forms above).
- national_id: a Thai citizen's 13 digits; a non-Thai's 13-digit number with a valid check
  digit IS the ID, whether a pink card's (starting 00) or an alien's (starting 6, 7 or 8;
  set 34). A passport number and a work permit number are never an ID: a foreigner with
  only those has no ID (none, or a flag, is right). The translating wife's own ID is not
  her husband's.
- birth_date: ISO. A Christian-era date as written ("12 Jan 1985", "January 12, 1985",
  "12/01/1985" day first, as Thais and the British write it); a Buddhist-era year (2528)
  converted whatever the language around it; a form whose label says MM/DD/YYYY read
  month first (variants where the day is over 12 and where it is not).
- phone: the applicant's own Thai mobile as +66... or 0... (sets 5, 38), from "+66 (0)81-
  234-5678", "081 234 5678 (mobile)", "+66 81 234 5678"; a home number abroad (+44, +1,
  +81), a Line ID, an employer's or an office's number are not it; the translating
  relative's number is not the applicant's.
- email: the applicant's, lower case (the relative's or employer's From is not his).
- address: the home as written, in the language written (set 1's english_resident keeps
  the romanised address): an English address is accepted as typed, with or without its
  last part (the province and postal code, or the postal code alone; those are fields of
  their own); a Thai address in the forms set 5's `addresses` accepts. Where both are
  given (a bilingual form), either is right: a letter reaches the house either way.
- province: its Thai name ("Chang Wat Sukhothai", "Sukhothai Province", "Chon Buri" ->
  สุโขทัย, ชลบุรี; "Bangkok" -> กรุงเทพมหานคร); postal_code: its five digits.
Outcomes: an English Outlook automatic reply and a Gmail vacation responder open no case;
a foreigner's English request does.
Everyone and every number is invented; every 13-digit ID is made with with_check_digit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import DOCX, Person, addresses, docx_bytes, pdf_page
from unseen_requests_11 import PDF

# ruff: noqa: E501 -- messages as residents type them: long lines

AGENCY = "saraban@example.go.th"
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True)
class Resident:
    """One resident: `th` is set 5's Person with the Thai-script name (a pink card's;
    empty first name for a foreigner without one), the ID ("" for none), the birth date,
    the mobile, the e-mail and the address in Thai; the rest is how he writes himself
    and his address in English."""

    th: Person
    title: str  # Mr. / Mrs. / Miss / Ms.
    first: str
    last: str
    tambon: str
    amphoe: str
    province: str
    soi: str = ""
    road: str = ""
    nationality: str = "Thai"
    passport: str = ""
    permit: str = ""
    abroad: str = ""  # a phone in the home country

    @property
    def latin(self) -> str:
        return f"{self.title} {self.first} {self.last}"

    @property
    def thai_name(self) -> bool:
        return bool(self.th.first)

    @property
    def foreign(self) -> bool:
        return self.nationality != "Thai"

    @property
    def bangkok(self) -> bool:
        return self.th.bangkok


def P(title: str, first: str, last: str, nid: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, nid, born, mobile, email, house, moo, soi, road,
                  tambon, amphoe, province, postal)  # fmt: skip


THAIS: tuple[Resident, ...] = (
    Resident(P("นาย", "อนุชา", "ศรีสุข", with_check_digit("364010045127"), date(1985, 1, 12),
               "0816624135", "anucha.srisuk@gmail.com", "99/1", "5", "", "", "บ้านกล้วย",
               "เมืองสุโขทัย", "สุโขทัย", "64000"),
             "Mr.", "Anucha", "Srisuk", "Ban Kluai", "Mueang Sukhothai", "Sukhothai"),
    Resident(P("นางสาว", "พรทิพย์", "แซ่ลี้", with_check_digit("110020078813"), date(1992, 12, 1),
               "0891457230", "pornthip.saelee@hotmail.com", "88/12", "", "รามคำแหง 24", "รามคำแหง",
               "หัวหมาก", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
             "Miss", "Pornthip", "Saelee", "Hua Mak", "Bang Kapi", "Bangkok",
             soi="Ramkhamhaeng 24", road="Ramkhamhaeng"),
    Resident(P("นาง", "วนิดา", "บุญมา", with_check_digit("350150062394"), date(1974, 6, 9),
               "0863310587", "wanida.boonma@yahoo.com", "45", "3", "", "", "หนองควาย",
               "หางดง", "เชียงใหม่", "50230"),
             "Mrs.", "Wanida", "Boonma", "Nong Khwai", "Hang Dong", "Chiang Mai"),
    Resident(P("นาย", "ธีรพงษ์", "วงศ์สวัสดิ์", with_check_digit("140990033658"), date(1990, 10, 27),
               "0958826413", "theerapong.w@gmail.com", "123/4", "14", "", "", "ในเมือง",
               "เมืองขอนแก่น", "ขอนแก่น", "40000"),
             "Mr.", "Theerapong", "Wongsawat", "Nai Mueang", "Mueang Khon Kaen", "Khon Kaen"),
    Resident(P("นางสาว", "ศิริพร", "วงศ์ษา", with_check_digit("110370091246"), date(1996, 4, 3),
               "0647719028", "siriporn.ws@outlook.com", "15/7", "", "สุขุมวิท 71", "สุขุมวิท",
               "พระโขนงเหนือ", "วัฒนา", "กรุงเทพมหานคร", "10110"),
             "Ms.", "Siriporn", "Wongsa", "Phra Khanong Nuea", "Watthana", "Bangkok",
             soi="Sukhumvit 71", road="Sukhumvit"),
    Resident(P("นาย", "ประเสริฐ", "คงเจริญ", with_check_digit("330010058472"), date(1966, 8, 25),
               "0817738264", "prasert.kc@gmail.com", "210", "8", "", "", "หนองระเวียง",
               "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
             "Mr.", "Prasert", "Khongcharoen", "Nong Rawiang", "Mueang Nakhon Ratchasima",
             "Nakhon Ratchasima"),
)  # fmt: skip

FOREIGNERS: tuple[Resident, ...] = (
    Resident(P("", "", "", "", date(1958, 3, 3), "0897716420", "d.whitmore58@btinternet.com",
               "58/9", "11", "", "", "หนองแก", "หัวหิน", "ประจวบคีรีขันธ์", "77110"),
             "Mr.", "David", "Whitmore", "Nong Kae", "Hua Hin", "Prachuap Khiri Khan",
             nationality="British", passport="532198764", abroad="+44 7700 900123"),
    Resident(P("", "", "", with_check_digit("671990012345"), date(1979, 7, 23), "0628841957",
               "k.tanaka.th@gmail.com", "7/45", "2", "", "", "มาบตาพุด", "เมืองระยอง", "ระยอง",
               "21150"),
             "Mr.", "Kenji", "Tanaka", "Map Ta Phut", "Mueang Rayong", "Rayong",
             nationality="Japanese", passport="TZ1234567", permit="2567/018342",
             abroad="+81 90 1234 5678"),
    Resident(P("นาย", "จ่อ", "ซอ อู", with_check_digit("005299012345"), date(1993, 2, 9),
               "0952284671", "kyawzawoo93@gmail.com", "12/3", "4", "", "", "ท่าฉลอม",
               "เมืองสมุทรสาคร", "สมุทรสาคร", "74000"),
             "Mr.", "Kyaw", "Zaw Oo", "Tha Chalom", "Mueang Samut Sakhon", "Samut Sakhon",
             nationality="Myanmar", permit="ทร.38/1"),
    Resident(P("", "", "", "", date(1971, 11, 5), "0861127453", "anna.schmidt71@web.de",
               "77", "6", "", "", "หนองนาคำ", "เมืองอุดรธานี", "อุดรธานี", "41000"),
             "Mrs.", "Anna", "Schmidt", "Nong Na Kham", "Mueang Udon Thani", "Udon Thani",
             nationality="German", passport="C01X00T47", abroad="+49 151 2345 6789"),
    Resident(P("", "", "", "", date(1976, 3, 7), "0824419376", "mike.thompson76@gmail.com",
               "333/21", "9", "", "", "หนองปรือ", "บางละมุง", "ชลบุรี", "20150"),
             "Mr.", "Michael", "Thompson", "Nong Prue", "Bang Lamung", "Chon Buri",
             nationality="American", passport="567342198", abroad="+1 (512) 555-0143"),
    Resident(P("", "", "", with_check_digit("810099004561"), date(1969, 9, 18), "0818852094",
               "rajesh.kumar.bkk@gmail.com", "19/4", "", "พาหุรัด", "จักรเพชร", "วังบูรพาภิรมย์",
               "พระนคร", "กรุงเทพมหานคร", "10200"),
             "Mr.", "Rajesh", "Kumar", "Wang Burapha Phirom", "Phra Nakhon", "Bangkok",
             soi="Pahurat", road="Chakkraphet", nationality="Indian"),
    Resident(P("นางสาว", "สุคา", "จัน", with_check_digit("002099087654"), date(1998, 5, 30),
               "0639917245", "sokha.chan98@gmail.com", "45/8", "3", "", "", "สุรศักดิ์",
               "ศรีราชา", "ชลบุรี", "20110"),
             "Ms.", "Sokha", "Chan", "Surasak", "Si Racha", "Chon Buri",
             nationality="Cambodian", permit="ทร.38/1"),
    Resident(P("", "", "", with_check_digit("748010023456"), date(1962, 1, 10), "0874456102",
               "tran.vanlong62@gmail.com", "88", "1", "", "", "หนองญาติ", "เมืองนครพนม",
               "นครพนม", "48000"),
             "Mr.", "Tran", "Van Long", "Nong Yat", "Mueang Nakhon Phanom", "Nakhon Phanom",
             nationality="Vietnamese"),
)  # fmt: skip

Style = Callable[[Resident, int], Case]

# --- English values as residents write them -----------------------------------------------------


def en_date(d: date, k: int) -> str:
    """A Christian-era date as English writers put it (day first where numeric)."""
    mon = MONTHS_EN[d.month - 1]
    return (f"{d.day} {mon[:3]} {d.year}", f"{d.day} {mon} {d.year}", f"{mon} {d.day}, {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}-{mon[:3]}-{d.year}")[k % 5]  # fmt: skip


def be_slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def phone_en(m: str, k: int) -> str:
    return (f"+66 (0){m[1:3]}-{m[3:6]}-{m[6:]}", f"{m[:3]} {m[3:6]} {m[6:]} (mobile)",
            f"+66 {m[1:3]} {m[3:6]} {m[6:]}", f"{m[:3]}-{m[3:6]}-{m[6:]}")[k % 4]  # fmt: skip


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def en_address(r: Resident, k: int) -> tuple[str, str, str]:
    """(the address as typed, its head before the province, the province as typed): k 0
    with the Thai words (Moo, Tambon, Amphoe, Chang Wat / Soi, Thanon, Khwaeng, Khet), 1
    bare names, 2 as a translator writes it (Village No., Subdistrict, District, Province)."""
    h = r.th
    if r.bangkok:
        soi = f"Soi {r.soi}, " if r.soi else ""
        road = (
            (f"Thanon {r.road}, ", f"{r.road} Rd., ", f"{r.road} Road, ")[k % 3] if r.road else ""
        )
        place = (f"Khwaeng {r.tambon}, Khet {r.amphoe}", f"{r.tambon}, {r.amphoe}",
                 f"{r.tambon} Subdistrict, {r.amphoe} District")[k % 3]  # fmt: skip
        head = f"{h.house} {soi}{road}{place}"
        prov = "Bangkok"
    else:
        moo = (f"Moo {h.moo}", f"Moo {h.moo}", f"Village No. {h.moo}")[k % 3]
        place = (f"Tambon {r.tambon}, Amphoe {r.amphoe}", f"{r.tambon}, {r.amphoe}",
                 f"{r.tambon} Subdistrict, {r.amphoe} District")[k % 3]  # fmt: skip
        head = f"{h.house} {moo}, {place}"
        prov = (f"Chang Wat {r.province}", r.province, f"{r.province} Province")[k % 3]
    return f"{head}, {prov} {h.postal}", head, prov


def latin_names(r: Resident) -> tuple[str, ...]:
    bare = r.title.rstrip(".")
    return tuple(dict.fromkeys((r.latin, f"{bare} {r.first} {r.last}", f"{r.title}{r.first} {r.last}",
                                f"{r.first} {r.last}")))  # fmt: skip


def exp(r: Resident, *, address: tuple[str, ...] = (), en: int | None = None,
        thai_written: bool = False) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """The values a clerk keeps (see the conventions above): `en` the English address
    form written (None where the address is written in Thai), `thai_written` whether the
    name is written in Thai script in the mail."""
    h = r.th
    if thai_written and r.thai_name:
        names: tuple[str, ...] = (h.name,) + (latin_names(r) if r.foreign else ())
    else:
        names = latin_names(r) + ((h.name,) if r.foreign and r.thai_name else ())
    accepted = list(address)
    if en is not None:
        whole, head, prov = en_address(r, en)
        accepted += [whole, head, f"{head}, {prov}", f"{head} {prov}", f"{head}, {prov} {h.postal}"]
    else:
        accepted += addresses(h)
    return {
        "full_name": names,
        "national_id": (h.nid,) if h.nid else (),
        "birth_date": (h.born.isoformat(),),
        "phone": ("+66" + h.mobile[1:], h.mobile),
        "email": (h.email.lower(),),
        "address": tuple(dict.fromkeys(accepted)),
        "postal_code": (h.postal,),
        "province": (h.province,),
    }


def th_address(r: Resident) -> str:
    return f"{r.th.line()} {r.th.province_written} {r.th.postal}"


def message(r: Resident, n: int, subject: str, *, text: str | None = None,
            html: str | None = None, sender: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{r.first} {r.last} <{r.th.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 5, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set39-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def id_lines(r: Resident, *, thai: bool = False) -> list[str]:
    """A foreigner's documents as he lists them: the passport, the work permit, the
    13-digit number where he has one (a pink card's, or an alien's ID)."""
    out = []
    if r.passport:
        out.append(f"{'หนังสือเดินทาง / ' if thai else ''}Passport No.: {r.passport}")
    if r.permit and r.permit != "ทร.38/1":
        out.append(f"Work Permit No.: {r.permit}")
    if r.th.nid:
        if r.permit == "ทร.38/1":
            out.append(f"{'บัตรสีชมพู / ' if thai else ''}Pink card (ทร.38/1) No.: {dashed(r.th.nid)}")
        else:
            out.append(
                f"{'เลขประจำตัว 13 หลัก / ' if thai else ''}Foreigner ID No. (13 digits): {r.th.nid}"
            )
    return out


def html_doc(lines: list[str], k: int) -> str:
    body = ("".join(f"<div>{x or '<br>'}</div>" for x in lines) if k % 2 == 0
            else "<p>" + "<br>\n".join(lines) + "</p>")  # fmt: skip
    return f'<html><head><meta charset="utf-8"></head><body style="font-family:Arial">{body}</body></html>\n'


# --- Thai citizens --------------------------------------------------------------------------------


def plain_thai_in_english_rtgs(r: Resident, i: int) -> Case:
    """A Thai citizen writing wholly in English, the address with the Thai words (Moo,
    Tambon, Amphoe, Chang Wat; Soi, Thanon, Khwaeng, Khet), "12 Jan 1985", "+66 (0)..."."""
    text = (
        "Dear Sir/Madam,\n\nI would like to request a copy of my house registration.\n\n"
        f"Name: {r.latin}\n"
        f"ID card No.: {dashed(r.th.nid)}\n"
        f"Date of birth: {en_date(r.th.born, 0)}\n"
        f"Address: {en_address(r, 0)[0]}\n"
        f"Tel: {phone_en(r.th.mobile, 0)}\n"
        f"Email: {r.th.email}\n\nBest regards,\n{r.first} {r.last}\n"
    )
    return Case(
        "plain_thai_in_english_rtgs",
        message(r, i, "Request for house registration copy", text=text),
        exp(r, en=0),
    )


def plain_english_ce_slash_line(r: Resident, i: int) -> Case:
    """English labels, the birth date "01/12/1992" in the Christian era, day first, the
    address with bare names, the mobile "(mobile)" beside a Line ID."""
    text = (
        "Hello,\n\nMy street light in front of the house has been broken for 2 weeks. "
        "Please send someone to fix it.\n\n"
        f"Full name: {r.latin}\n"
        f"Thai ID: {r.th.nid}\n"
        f"DOB: {en_date(r.th.born, 3)}\n"
        f"Address: {en_address(r, 1)[0]}\n"
        f"Contact: {phone_en(r.th.mobile, 1)}, Line ID: {r.th.email.split('@')[0]}\n"
        f"E-mail: {r.th.email}\n\nThank you\n"
    )
    return Case(
        "plain_english_ce_slash_line", message(r, i, "Street light broken", text=text), exp(r, en=1)
    )


def plain_bilingual_labels(r: Resident, i: int) -> Case:
    """Bilingual labels (ชื่อ/Name, Tel./โทร, E-mail/อีเมล), the Thai name with its
    romanised form in brackets, the Buddhist-era date "12/01/2528", a Thai address."""
    text = (
        "เรียน เจ้าหน้าที่ / Dear Officer\n\n"
        f"ชื่อ/Name: {r.th.name} ({r.latin})\n"
        f"เลขบัตรประชาชน/ID No.: {r.th.nid}\n"
        f"วันเกิด/Date of birth: {be_slash(r.th.born)}\n"
        f"ที่อยู่/Address: {th_address(r)}\n"
        f"โทร/Tel.: {phone_en(r.th.mobile, 1)}\n"
        f"อีเมล/E-mail: {r.th.email}\n\n"
        "ขอรับเบี้ยยังชีพ / Request for a living allowance\n"
    )
    return Case(
        "plain_bilingual_labels",
        message(r, i, "คำร้อง / Request", text=text),
        exp(r, thai_written=True),
    )


def plain_google_translated(r: Resident, i: int) -> Case:
    """A Thai letter put through a machine translator: "I, Mr. ..., age ... years,
    nationality Thai, live at house number ... Village No. ..., ... Subdistrict", the
    Buddhist year kept ("born on January 12, 2528")."""
    b = r.th.born
    addr = en_address(r, 2)[0]
    text = (
        "Subject Request for assistance\nTo the Mayor\n\n"
        f"I, {r.latin}, age {2026 - b.year} years, nationality Thai, live at house number {addr}, "
        f"identification card number {dashed(r.th.nid)}, born on {MONTHS_EN[b.month - 1]} {b.day}, {b.year + 543}, "
        f"mobile phone number {phone_en(r.th.mobile, 3)}, email {r.th.email}, "
        "would like to request assistance because the road in the village is damaged and "
        "people cannot travel.\n\nTherefore, please be informed and consider.\n\n"
        f"Sincerely\n({r.latin})\nPetitioner\n"
    )
    return Case(
        "plain_google_translated", message(r, i, "Request for assistance", text=text), exp(r, en=2)
    )


def plain_english_labels_thai_values(r: Resident, i: int) -> Case:
    """English labels before Thai values: the Thai name, a Thai address, the birth date
    with an English month and a Buddhist year ("12 January 2528")."""
    b = r.th.born
    text = (
        f"Name: {r.th.name}\n"
        f"ID: {dashed(r.th.nid)}\n"
        f"Birthday: {b.day} {MONTHS_EN[b.month - 1]} {b.year + 543}\n"
        f"Address: {th_address(r)}\n"
        f"Mobile: {r.th.mobile}\n"
        f"Email: {r.th.email}\n\n"
        "Request: ขอให้ตัดแต่งกิ่งไม้ที่พาดสายไฟหน้าบ้าน\n"
    )
    return Case(
        "plain_english_labels_thai_values",
        message(r, i, "Request tree trimming", text=text),
        exp(r, thai_written=True),
    )


def plain_code_switching(r: Resident, i: int) -> Case:
    """A young Thai's mail switching between Thai and English in each line: the name in
    Latin letters, "เกิด 12 Jan 1985", "เบอร์ +66 81 ...", a Thai address in short form."""
    pol = "ครับ" if r.th.title == "นาย" else "ค่ะ"
    text = (
        f"Hi {pol} สวัสดี{pol}\n\n"
        f"อยากขอ certificate of residence (หนังสือรับรองการอยู่อาศัย) {pol} เพื่อใช้สมัครงาน\n\n"
        f"my name is {r.latin} {pol}\n"
        f"ID card {r.th.nid}\n"
        f"เกิด {en_date(r.th.born, 0)}\n"
        f"อยู่ {r.th.line(short=True)} {'กทม.' if r.bangkok else 'จ.' + r.th.province} {r.th.postal}\n"
        f"เบอร์ {phone_en(r.th.mobile, 2)}\n"
        f"mail {r.th.email}\n\nthank you {pol} 🙏\n"
    )
    typed = (
        (f"{r.th.line(short=True)} กทม.", f"{r.th.line(short=True)} กทม. {r.th.postal}")
        if r.bangkok
        else ()
    )
    return Case(
        "plain_code_switching",
        message(r, i, "ขอ certificate of residence", text=text),
        exp(r, address=typed),
    )


def html_bilingual_table(r: Resident, i: int) -> Case:
    """An HTML table with bilingual labels, the Thai name, the address in English with
    the Thai words, "12 January 1985"."""
    rows = [
        ("ชื่อ-นามสกุล / Full name", r.th.name),
        ("เลขประจำตัวประชาชน / ID No.", dashed(r.th.nid)),
        ("วันเกิด / Date of birth", en_date(r.th.born, 1)),
        ("ที่อยู่ / Address", en_address(r, 0)[0]),
        ("โทรศัพท์ / Tel.", phone_en(r.th.mobile, 0)),
        ("อีเมล / E-mail", r.th.email),
        ("เรื่อง / Subject", "ขอรับการสนับสนุนถังขยะ / Request for garbage bins"),
    ]
    cells = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows)
    html = f'<html><body><p>เรียน เจ้าหน้าที่ / Dear Officer,</p><table border="1" cellpadding="4">{cells}</table><p>ขอบคุณค่ะ / Thank you</p></body></html>\n'
    return Case(
        "html_bilingual_table",
        message(r, i, "Request / คำร้อง", html=html),
        exp(r, en=0, thai_written=True),
    )


def html_outlook_english(r: Resident, i: int) -> Case:
    """An Outlook HTML mail in English from an office worker: the values in the text,
    the company's signature below with its switchboard and extension."""
    lines = [
        "Dear Sir or Madam,",
        "",
        "I am writing to report a blocked drain in front of my house. Please find my details below.",
        "",
        f"Name: {r.latin}",
        f"Citizen ID: {r.th.nid}",
        f"Date of Birth: {en_date(r.th.born, 2)}",
        f"Home address: {en_address(r, 1)[0]}",
        f"Mobile: {phone_en(r.th.mobile, 2)}",
        f"Email: {r.th.email}",
        "",
        "Kind regards,",
        f"{r.first} {r.last}",
        "Senior Accountant | Siam Northern Trading Co., Ltd.",
        "Tel. +66 2 264 5500 ext. 218 | Fax +66 2 264 5501",
    ]
    return Case(
        "html_outlook_english",
        message(r, i, "Blocked drain report", html=html_doc(lines, i)),
        exp(r, en=1),
    )


def html_google_form_english(r: Resident, i: int) -> Case:
    """A Google Forms receipt in English: question, answer, question, answer; the date
    as "January 12, 1985", the address in a translator's words."""
    qa = [
        ("Full name (as on ID card)", r.latin),
        ("National ID number", r.th.nid),
        ("Date of birth", en_date(r.th.born, 2)),
        ("Phone number", r.th.mobile),
        ("Email", r.th.email),
        ("Current address", en_address(r, 2)[0]),
        ("Your request", "Register for the elderly allowance for my mother"),
    ]
    blocks = "".join(
        f'<div style="margin:12px 0"><div style="font-weight:bold">{q}</div><div>{a}</div></div>'
        for q, a in qa
    )
    html = ('<html><body><div>Thanks for filling out <b>Municipal Service Request Form</b></div>'
            f'<div>Here\'s what was received.</div>{blocks}<div>Create your own Google Form</div></body></html>\n')  # fmt: skip
    return Case("html_google_form_english", message(r, i, "Municipal Service Request Form", html=html,
                                                    sender="Google Forms <forms-receipts-noreply@google.com>"),
                exp(r, en=2))  # fmt: skip


def docx_bilingual_form(r: Resident, i: int) -> Case:
    """A bilingual Word form as offices print them for foreign-language applicants,
    filled in by a Thai: the Thai name, a Christian-era date "12 Jan 1985", a Thai
    address, the phone "081 234 5678 (mobile)"."""
    lines = [
        "แบบคำร้องทั่วไป / General Request Form",
        f"ชื่อ-สกุล (Name-Surname): {r.th.name}",
        f"เลขประจำตัวประชาชน (Identification No.): {dashed(r.th.nid)}",
        f"วันเกิด (Date of Birth): {en_date(r.th.born, 0)}",
        f"ที่อยู่ (Address): {th_address(r)}",
        f"โทรศัพท์ (Telephone): {phone_en(r.th.mobile, 1)}",
        f"อีเมล (E-mail): {r.th.email}",
        "เรื่อง (Subject): ขอคัดสำเนาทะเบียนบ้าน (Copy of house registration)",
    ]

    def build(d: Any) -> None:
        for line in lines:
            d.add_paragraph(line)

    raw = message(r, i, "General request form", text="Please see the attached form. / ตามไฟล์แนบ\n",
                  files=(("request_form.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_bilingual_form", raw, exp(r, thai_written=True))


def pdf_bilingual_form(r: Resident, i: int) -> Case:
    """A bilingual PDF form's text layer: the Thai name, "12/01/2528", the address in
    English with the Thai words."""
    lines = [
        "คำร้อง / PETITION",
        f"ชื่อ / Name: {r.th.name}",
        f"เลขบัตรประชาชน / ID No.: {r.th.nid}",
        f"วันเกิด / Date of birth: {be_slash(r.th.born)}",
        f"ที่อยู่ / Address: {en_address(r, 0)[0]}",
        f"โทร / Tel.: {phone_en(r.th.mobile, 0)}",
        f"อีเมล / E-mail: {r.th.email}",
        "เรื่อง / Subject: ขอให้ซ่อมถนน / Road repair",
    ]
    data = pdf_page(
        [(12, 25 + 8 * n, line) for n, line in enumerate(lines)], size=8.5, face="Garuda"
    )
    raw = message(r, i, "Petition (PDF)", text="Attached. / ตามไฟล์แนบ\n",
                  files=(("petition.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_bilingual_form", raw, exp(r, en=0, thai_written=True))


# --- foreign residents ------------------------------------------------------------------------------


def plain_foreigner_letter(r: Resident, i: int) -> Case:
    """A foreign resident's English letter: name, nationality, passport (and work
    permit, or a 13-digit ID where he has one), "3 March 1958", the Thai mobile as
    "+66 (0)..." and his number at home."""
    docs = "\n".join(id_lines(r))
    home = f"\nHome country phone: {r.abroad}" if r.abroad else ""
    text = (
        "Dear Sir/Madam,\n\nI live in your municipality and would like to "
        "request a residence certificate for my visa extension.\n\n"
        f"Name: {r.latin}\nNationality: {r.nationality}\n{docs}\n"
        f"Date of birth: {en_date(r.th.born, 1)}\n"
        f"Address in Thailand: {en_address(r, 1)[0]}\n"
        f"Mobile (Thailand): {phone_en(r.th.mobile, 0)}{home}\n"
        f"Email: {r.th.email}\n\nYours faithfully,\n{r.first} {r.last}\n"
    )
    return Case(
        "plain_foreigner_letter",
        message(r, i, "Residence certificate request", text=text),
        exp(r, en=1),
    )


def plain_id_documents_block(r: Resident, i: int) -> Case:
    """Labels for each document in a block, "Passport No.", "Work Permit No.", "Pink
    card (ทร.38/1) No." or "Foreigner ID No. (13 digits)", the date "23/07/1979"."""
    text = (
        "To: Administration Office\n\nRequest: permission to put up a shop sign\n\n"
        f"Applicant: {r.latin}\n"
        f"Nationality: {r.nationality}\n"
        + "".join(f"{line}\n" for line in id_lines(r))
        + f"Date of Birth: {en_date(r.th.born, 3)}\n"
        f"Address: {en_address(r, 0)[0]}\n"
        f"Phone: {phone_en(r.th.mobile, 3)}\n"
        f"Email: {r.th.email}\n"
    )
    return Case(
        "plain_id_documents_block", message(r, i, "Shop sign permission", text=text), exp(r, en=0)
    )


def plain_thai_written_foreigner(r: Resident, i: int) -> Case:
    """A foreigner's request typed in Thai (by the worker or a Thai friend): the name as
    on the pink card where there is one, otherwise in Latin letters; the Thai address;
    the Buddhist-era date."""
    b = r.th.born
    name = r.th.name if r.thai_name else r.latin
    docs = "\n".join(id_lines(r, thai=True))
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ-สกุล: {name}\n"
        f"สัญชาติ: {r.nationality}\n{docs}\n"
        f"วันเกิด: {b.day} {('มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม')[b.month - 1]} {b.year + 543}\n"
        f"ที่อยู่: {th_address(r)}\n"
        f"โทร: {phone_en(r.th.mobile, 3)}\n"
        f"อีเมล: {r.th.email}\n\nขอแจ้งเหตุเดือดร้อนรำคาญจากกลิ่นโรงงาน\n"
    )
    return Case(
        "plain_thai_written_foreigner",
        message(r, i, "แจ้งเหตุเดือดร้อนรำคาญ", text=text),
        exp(r, thai_written=True),
    )


WIFE = ("นางมยุรี ทองดี", with_check_digit("341990012347"), "0861239874", "mayuree.td@gmail.com")


def plain_relative_translating(r: Resident, i: int) -> Case:
    """A Thai wife writes in Thai for her foreign husband, who reads no Thai, then his
    details in a bilingual block; her own phone (and, in variant 1, her ID as the
    translator) at the foot."""
    name, nid, mobile, mail = WIFE
    docs = "\n".join(id_lines(r, thai=True))
    text = (
        f"เรียน เจ้าหน้าที่\n\nดิฉัน{name} เขียนแทน{'สามี' if r.title == 'Mr.' else 'เพื่อน'}ชาวต่างชาติ ({r.nationality}) "
        "ซึ่งอ่านและเขียนภาษาไทยไม่ได้ ขอยื่นคำร้องขอใบรับรองถิ่นที่อยู่ (Residence certificate) "
        "รายละเอียดของผู้ยื่นคำร้องดังนี้ค่ะ\n\n"
        f"ชื่อ / Name: {r.latin}\n"
        f"สัญชาติ / Nationality: {r.nationality}\n{docs}\n"
        f"วันเกิด / Date of birth: {en_date(r.th.born, 0)}\n"
        f"ที่อยู่ / Address: {th_address(r)}\n"
        f"โทร / Tel.: {phone_en(r.th.mobile, 1)}\n"
        f"อีเมล / E-mail: {r.th.email}\n\n"
        f"ผู้แปล: {name} โทร {mobile[:3]}-{mobile[3:6]}-{mobile[6:]}\n"
        + (f"เลขบัตรประชาชนผู้แปล {nid}\n" if i % 2 else "")
    )
    return Case("plain_relative_translating", message(r, i, "ขอใบรับรองถิ่นที่อยู่ / Residence certificate",
                                                      text=text, sender=f"Mayuree <{mail}>"), exp(r))  # fmt: skip


def plain_us_date_format(r: Resident, i: int) -> Case:
    """A form in the American way (an online form the resident filled): "Date of Birth
    (MM/DD/YYYY)", month first (the day over 12 or not), "Cell:", the home number."""
    b = r.th.born
    text = (
        "Hi,\n\nI'd like to report a stray dog problem on our soi.\n\n"
        f"Name: {r.latin}\n"
        + "".join(f"{line}\n" for line in id_lines(r))
        + f"Date of Birth (MM/DD/YYYY): {b.month:02d}/{b.day:02d}/{b.year}\n"
        f"Cell: {phone_en(r.th.mobile, 2)}\n"
        + (f"Home country phone: {r.abroad}\n" if r.abroad else "")
        + f"Email: {r.th.email}\n"
        f"Address: {en_address(r, 1)[0]}\n\nThanks,\n{r.first}\n"
    )
    return Case("plain_us_date_format", message(r, i, "Stray dogs", text=text), exp(r, en=1))


def plain_line_whatsapp_contacts(r: Resident, i: int) -> Case:
    """Contacts on one line: the Thai mobile, a Line ID, WhatsApp on the number abroad."""
    docs = "; ".join(id_lines(r))
    wa = f" / WhatsApp: {r.abroad}" if r.abroad else ""
    text = (
        "Good morning,\n\nPlease could you tell me how to pay my land and building tax. My details:\n\n"
        f"{r.latin}, {r.nationality}, born {en_date(r.th.born, 4)}\n"
        f"{docs}\n"
        f"Address: {en_address(r, 0)[0]}\n"
        f"Contact: {phone_en(r.th.mobile, 1)} / Line ID: {r.first.lower()}{r.th.born.year % 100}{wa}\n"
        f"Email: {r.th.email}\n\nMany thanks\n"
    )
    return Case(
        "plain_line_whatsapp_contacts",
        message(r, i, "Land and building tax", text=text),
        exp(r, en=0),
    )


def plain_alien_card_bilingual(r: Resident, i: int) -> Case:
    """Bilingual labels from the card: "เลขประจำตัว / Identification No." for the
    13-digit number (none where only a passport), the name in Latin and the card's Thai
    name where there is one."""
    name = f"{r.th.name} / {r.latin}" if r.thai_name else r.latin
    idl = (f"เลขประจำตัว / Identification No.: {dashed(r.th.nid)}" if r.th.nid
           else f"หนังสือเดินทาง / Passport No.: {r.passport}")  # fmt: skip
    text = (
        "เรียน นายกองค์การบริหารส่วนตำบล / To the Chief Executive\n\n"
        f"ชื่อ / Name: {name}\n"
        f"สัญชาติ / Nationality: {r.nationality}\n"
        f"{idl}\n"
        f"วันเกิด / Date of birth: {en_date(r.th.born, 0)}\n"
        f"ที่อยู่ / Address: {en_address(r, 0)[0]}\n"
        f"มือถือ / Mobile: {phone_en(r.th.mobile, 0)}\n"
        f"อีเมล / E-mail: {r.th.email}\n\n"
        "ขอน้ำประปา / Request for tap water connection\n"
    )
    return Case("plain_alien_card_bilingual", message(r, i, "Tap water / ขอน้ำประปา", text=text),
                exp(r, en=0, thai_written=True))  # fmt: skip


def html_expat_gmail(r: Resident, i: int) -> Case:
    """A Gmail HTML mail from a foreigner, <div> per line: the documents, "+66 (0)...",
    the address with the Thai words."""
    lines = [
        "Dear Sir/Madam,",
        "",
        "I would like to register my new address with the municipality.",
        "",
        f"Full name: {r.latin}",
        f"Nationality: {r.nationality}",
        *id_lines(r),
        f"Date of birth: {en_date(r.th.born, 0)}",
        f"New address: {en_address(r, 0)[0]}",
        f"Tel.: {phone_en(r.th.mobile, 0)}",
        f"E-mail: {r.th.email}",
        "",
        "Best regards,",
        r.first,
    ]
    return Case(
        "html_expat_gmail",
        message(r, i, "Address registration", html=html_doc(lines, i)),
        exp(r, en=0),
    )


EMPLOYER = ("นางสุภาพร มั่งมี", "ร้านสุภาพรการค้า", "038-771-245", "supaporn.shop@gmail.com")


def html_employer_for_worker(r: Resident, i: int) -> Case:
    """A Thai employer writes in Thai for her worker: the worker's details in a
    bilingual block, the shop's phone and the employer's name in the signature."""
    boss, shop, tel, mail = EMPLOYER
    name = r.th.name if r.thai_name else r.latin
    lines = [
        "เรียน เจ้าหน้าที่",
        "",
        f"ดิฉัน{boss} เจ้าของ{shop} ขอยื่นคำร้องแทนลูกจ้างต่างด้าว ({r.nationality}) ขอรับการตรวจสุขภาพประจำปี รายละเอียดลูกจ้างดังนี้",
        "",
        f"ชื่อลูกจ้าง / Name: {name}",
        *id_lines(r, thai=True),
        f"วันเกิด / Date of birth: {be_slash(r.th.born)}",
        f"ที่พัก / Address: {th_address(r)}",
        f"เบอร์ลูกจ้าง / Worker's mobile: {phone_en(r.th.mobile, 1)}",
        f"อีเมลลูกจ้าง / E-mail: {r.th.email}",
        "",
        f"{boss}",
        f"{shop} โทร {tel}",
    ]
    return Case("html_employer_for_worker", message(r, i, "ยื่นคำร้องแทนลูกจ้าง", html=html_doc(lines, i),
                                                    sender=f"{boss} <{mail}>"), exp(r, thai_written=True))  # fmt: skip


def docx_english_form(r: Resident, i: int) -> Case:
    """An English Word form in a table: Title, First name, Last name, Nationality,
    ID/Passport No., Date of birth, Address, Tel., E-mail."""
    rows = [
        ("APPLICATION FORM", ""),
        ("Title (Mr./Mrs./Ms.)", r.title),
        ("First name", r.first),
        ("Last name", r.last),
        ("Nationality", r.nationality),
        ("ID card / Passport No.", r.th.nid or r.passport),
        ("Date of birth", en_date(r.th.born, 1)),
        ("Address", en_address(r, 1)[0]),
        ("Telephone", phone_en(r.th.mobile, 2)),
        ("E-mail", r.th.email),
        ("Request", "Permission to hold a private event on the public road"),
    ]

    def build(d: Any) -> None:
        t = d.add_table(rows=len(rows), cols=2)
        for n, (a, b) in enumerate(rows):
            t.cell(n, 0).text = a
            t.cell(n, 1).text = b

    raw = message(r, i, "Application form", text="Please find the filled form attached.\n",
                  files=(("application_form.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_english_form", raw, exp(r, en=1))


def pdf_english_letter(r: Resident, i: int) -> Case:
    """An English letter to the Mayor printed to PDF: the details in a sentence or two,
    then the contacts on their own lines."""
    docs = ", ".join(id_lines(r))
    whole = en_address(r, 0)[0]
    lines = [
        "To: The Mayor",
        "Subject: Request for a noise complaint investigation",
        "",
        f"I, {r.latin}, {'an' if r.nationality[0] in 'AEIOU' else 'a'} {r.nationality} national",
        f"({docs}),",
        f"born on {en_date(r.th.born, 2)}, residing at",
        f"{whole},",
        "would like to complain about loud music from a bar near my house every night.",
        "",
        f"Mobile: {phone_en(r.th.mobile, 0)}",
        f"E-mail: {r.th.email}",
        "",
        "Yours sincerely,",
        f"{r.latin}",
    ]
    data = pdf_page(
        [(15, 25 + 8 * n, line) for n, line in enumerate(lines)], size=10, face="Garuda"
    )
    raw = message(r, i, "Noise complaint (letter attached)", text="Please see my letter attached.\n",
                  files=(("complaint_letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_english_letter", raw, exp(r, en=0))


THAI_STYLES: tuple[Style, ...] = (
    plain_thai_in_english_rtgs, plain_english_ce_slash_line, plain_bilingual_labels,
    plain_google_translated, plain_english_labels_thai_values, plain_code_switching,
    html_bilingual_table, html_outlook_english, html_google_form_english,
    docx_bilingual_form, pdf_bilingual_form,
)  # fmt: skip

FOREIGN_STYLES: tuple[Style, ...] = (
    plain_foreigner_letter, plain_id_documents_block, plain_thai_written_foreigner,
    plain_relative_translating, plain_us_date_format, plain_line_whatsapp_contacts,
    plain_alien_card_bilingual, html_expat_gmail, html_employer_for_worker,
    docx_english_form, pdf_english_letter,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF"}[
        s.__name__.split("_")[0]
    ]
    for s in THAI_STYLES + FOREIGN_STYLES
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style: the Thai
    citizens' styles for Thais, the foreigners' for foreigners."""
    return two_each(THAI_STYLES, THAIS) + two_each(FOREIGN_STYLES, FOREIGNERS, batch=1)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    r = FOREIGNERS[0]

    def reply(subject: str, text: str, headers: dict[str, str], n: int) -> bytes:
        msg = EmailMessage()
        msg["From"] = f"{r.first} {r.last} <{r.th.email}>"
        msg["To"] = AGENCY
        msg["Subject"] = subject
        msg["Date"] = format_datetime(datetime(2026, 12, 7, 10, n, tzinfo=UTC))
        msg["Message-ID"] = f"<set39-outcome-{n}@example.net>"
        for k, v in headers.items():
            msg[k] = v
        msg.set_content(text)
        return bytes(msg)

    outlook = reply(
        "Automatic reply: Your residence certificate request",
        "Thank you for your email. I am out of the office until 14 December 2026 with "
        "limited access to email. I will respond as soon as possible on my return.\n\n"
        f"{r.first} {r.last}\n",
        {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        1,
    )
    gmail = reply(
        "Re: Residence certificate request",
        "Hello, I am travelling in Europe until January and will reply when I am back "
        "in Hua Hin. For urgent matters please call my wife.\n",
        {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
        2,
    )
    return [
        ("an English Outlook automatic reply", outlook, "auto_reply"),
        ("an English Gmail vacation responder", gmail, "auto_reply"),
        ("a foreigner's English request", plain_foreigner_letter(r, 90).raw, "request"),
    ]
