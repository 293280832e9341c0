"""An eighty-second set of requests written by someone who had not read the readers (issue 8):
FOREIGN RESIDENTS WHO WRITE IN ENGLISH, AND THEIR THAI FAMILIES, to เมืองพัทยา and
เทศบาลตำบลหนองปรือ (Bang Lamung, Chonburi), เทศบาลเมืองหัวหิน (Prachuap Khiri Khan),
เทศบาลนครภูเก็ต and เทศบาลตำบลกะรน (Phuket) and เทศบาลนครเชียงใหม่. Retirees, spouses of
Thais, teachers, small business owners: requests wholly in English, half English half
Thai, and Thai written by a Thai spouse or a translator for the foreigner. English labels
as people write them (Full name, Name-Surname, Given name(s) + Family name, Passport No.,
Date of Birth "15th March 1958", DOB, Tel, Mob., Mobile (TH), Address in Thailand),
Western names ("Mr. John Michael SMITH", "SMITH, John Michael"), condominium rooms, a home
address abroad beside the Thai one, a UK, German, Swedish... mobile beside the Thai one,
pink-card numbers (บัตรประจำตัวคนซึ่งไม่มีสัญชาติไทย, 13 digits starting 6 or 0), the Thai
spouse's ID, birth date and phone, a translator's, a lawyer's and a condo juristic
manager's values, visa, work-permit, TM30 and ทร.13 (yellow book) numbers.
Kinds: plain (iPhone mail, Gmail/Yahoo webmail, a reply above the desk's quoted answer),
HTML (Gmail tables, Outlook signatures, the city's English web form, a forwarded mail, a
condo office's Outlook), Word (English letters, a bilingual ทร.13 form, a law firm's
English letter, a certified translation), PDF (a fillable bilingual form, typed letters in
English and in Thai), xlsx (an expat club's intake sheet, a household sheet, a bilingual
row sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

CONVENTIONS (written down before any run). Following sets 28, 31/63, 37, 39, 47, 70: the
APPLICANT IS THE ONE THE REQUEST IS FOR. Here that is always the FOREIGN RESIDENT (his
residence certificate, his TM30, his yellow book entry, his signboard, his noise
complaint), whoever writes: his Thai spouse, a translator, a lawyer, a condo's juristic
manager, an expat club's volunteer are never the applicant (their names, IDs, birth dates,
phones, boxes, offices never his).
- full_name: the foreigner's name as the passport orders it, given names then family name,
  with or without his title (Mr./Mrs./Ms., with or without its dot), the family name as
  typed or in capitals, or the whole in capitals; "FAMILY, Given" as typed (surname
  first, with the comma) also accepted where the mail writes it so; a Japanese passport's
  "TANAKA Hiroshi" order either way round; the Thai-script name he gives (the pink card's,
  with or without นาย/นาง/นางสาว), alone or with the Latin one in brackets. Never the
  spouse's, translator's, lawyer's or manager's name.
- national_id: his own 13-digit pink-card number (starting 6 or 0, valid check digit),
  as typed in any grouping; where he has none, `()` (a passport, visa, work permit, TM30
  receipt, ทร.13 book number, company registration or the spouse's ID never).
- birth_date: his own, ISO, from the Christian-era date as written ("15th March 1958",
  "March 15, 1958", 15/03/1958 or 03/15/1958 only where the day is over 12 so the order
  is plain, "1958-03-15"), or from the Buddhist-era date a Thai spouse or translator
  writes for him; the spouse's, a visa's, a passport's expiry, a letter's date
  never.
- phone: his own numbers: his Thai mobile (national or +66) AND his number abroad (in
  E.164, +44..., +49...), either accepted; where only the writer's phone appears (the
  spouse, translator, lawyer, manager), `()`.
- email: his own box where he sends from it or gives it; the spouse's, translator's,
  lawyer's, manager's, club's box never (`()` then).
- address: where he lives in Thailand (the condominium's name and room included), in Thai
  as the Thai forms are accepted elsewhere (house number, the building and room after it,
  to the อำเภอ, with or without เลขที่/province/postal code), or in English as typed (its
  parts joined by ", " or its lines by " ", with or without the province's English name
  and postal code); his home abroad, the shop's, the lawyer's office, the condo's
  juristic office never. province: the Thai official name of that address's province;
  postal_code: that address's.
Everyone, every firm, condo and number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, addresses, home

# ruff: noqa: E501 -- messages as people type them: long lines

NONE = date(1900, 1, 1)
CB, PK, PT, CM = "ชลบุรี", "ประจวบคีรีขันธ์", "ภูเก็ต", "เชียงใหม่"
DESKS = {
    CB: ("saraban@pattaya.example.go.th", "เมืองพัทยา"),
    PK: ("saraban@huahin.example.go.th", "เทศบาลเมืองหัวหิน"),
    PT: ("saraban@karon.example.go.th", "เทศบาลตำบลกะรน"),
    CM: ("saraban@cmcity.example.go.th", "เทศบาลนครเชียงใหม่"),
}
CC = {
    "British": "UK",
    "German": "DE",
    "American": "US",
    "Irish": "IE",
    "Swedish": "SE",
    "Australian": "AU",
    "Japanese": "JP",
    "French": "FR",
    "Canadian": "CA",
}
AREA = {CB: "038", PK: "032", PT: "076", CM: "053"}
EN_PROV = {CB: "Chonburi", PK: "Prachuap Khiri Khan", PT: "Phuket", CM: "Chiang Mai"}


@dataclass(frozen=True)
class Foreigner:
    title: str  # Mr. Mrs. Ms.
    given: str
    family: str
    th: str  # Thai-script name with its title ("" where none is given)
    nat: str
    passport: str
    pink: str  # 13-digit pink-card number, "" where he has none
    born: date
    mob: str  # Thai mobile, 10 digits
    abroad: str  # E.164
    abroad_typed: str
    email: str
    place: Party  # the Thai address (dwelling = condo and room)
    en: tuple[str, ...]  # the English address's parts, to the district
    home_abroad: str
    spouse: tuple[str, str, str, str, date] | None  # name, ID, mobile, box, born

    @property
    def prov(self) -> str:
        return self.place.p.province

    @property
    def postal(self) -> str:
        return self.place.p.postal

    @property
    def en_full(self) -> str:
        return f"{', '.join(self.en)}, {EN_PROV[self.prov]} {self.postal}"

    def en_lines(self) -> list[str]:
        e = self.en
        return [", ".join(e[:-2]), f"{', '.join(e[-2:])}, {EN_PROV[self.prov]} {self.postal}"]

    @property
    def plain(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def caps(self) -> str:
        return f"{self.given} {self.family.upper()}"


def place(
    house: str,
    moo: str,
    soi: str,
    road: str,
    tambon: str,
    amphoe: str,
    prov: str,
    postal: str,
    dwelling: str = "",
) -> Party:
    return P(
        "",
        "",
        "",
        "000000000000",
        NONE,
        "",
        "",
        house,
        moo,
        soi,
        road,
        tambon,
        amphoe,
        prov,
        postal,
        dwelling,
    )


def sp(name: str, nid12: str, mob: str, box: str, born: date) -> tuple[str, str, str, str, date]:
    return (name, with_check_digit(nid12), mob, box, born)


PEOPLE: tuple[Foreigner, ...] = (
    Foreigner("Mr.", "John Michael", "Smith", "นายจอห์น ไมเคิล สมิธ", "British", "533412789", "", date(1958, 3, 15),
              "0843317205", "+447700900461", "+44 7700 900461", "jmsmith58@btinternet.com",
              place("333/87", "12", "", "", "หนองปรือ", "บางละมุง", CB, "20150", "คอนโดเดอะริเวียร่า จอมเทียน ห้อง 1204"),
              ("Room 1204", "The Riviera Jomtien Condo", "333/87 Moo 12", "Nong Prue", "Bang Lamung"),
              "14 Elm Grove, Harrogate HG1 2QT, United Kingdom",
              sp("นางสุดารัตน์ สมิธ", "320050041127", "0897741263", "sudarat.smith@gmail.com", date(1976, 8, 21))),
    Foreigner("Mr.", "Klaus Dieter", "Weber", "นายเคลาส์ ดีเทอร์ เวเบอร์", "German", "C4F8R2T71", with_check_digit("620015504417"), date(1951, 11, 23),
              "0619984402", "+4915209817734", "+49 152 0981 7734", "k.weber51@gmx.de",
              place("121/5", "", "หัวหิน 102", "เพชรเกษม", "หนองแก", "หัวหิน", PK, "77110"),
              ("121/5 Soi Hua Hin 102", "Phetkasem Road", "Nong Kae", "Hua Hin"),
              "Lindenstrasse 22, 50674 Koeln, Germany",
              sp("นางอำไพ เวเบอร์", "377010058832", "0891120457", "ampai.weber@hotmail.com", date(1970, 2, 14))),
    Foreigner("Ms.", "Emily Rose", "Carter", "นางสาวเอมิลี่ โรส คาร์เตอร์", "American", "567104382", "", date(1985, 3, 27),
              "0957732016", "+15035550187", "+1 (503) 555-0187", "emily.carter.cm@gmail.com",
              place("9/112", "", "", "ห้วยแก้ว", "สุเทพ", "เมืองเชียงใหม่", CM, "50200", "ดิ เอ็มเมอรัลด์ คอนโด ห้อง 507"),
              ("Room 507", "The Emerald Condo", "9/112 Huay Kaew Road", "Suthep", "Mueang Chiang Mai"),
              "2210 SE Alder St, Portland, OR 97214, USA", None),
    Foreigner("Mr.", "Peter James", "O'Brien", "นายปีเตอร์ เจมส์ โอไบรอัน", "Irish", "PE7712409", with_check_digit("600083100256"), date(1972, 8, 19),
              "0862214485", "+353861459902", "+353 86 145 9902", "peter.obrien@karondivers.example.com",
              place("45/8", "1", "", "ปฏัก", "กะรน", "เมืองภูเก็ต", PT, "83100"),
              ("45/8 Moo 1", "Patak Road", "Karon", "Mueang Phuket"),
              "7 Strand Road, Sandymount, Dublin 4, Ireland",
              sp("นางสาวพรทิพย์ ศรีสมุทร", "830010072214", "0817764092", "porntip.ss@gmail.com", date(1980, 1, 30))),
    Foreigner("Mrs.", "Ingrid Sofia", "Larsson", "นางอินกริด โซเฟีย ลาร์สสัน", "Swedish", "91472388", "", date(1956, 6, 14),
              "0923348810", "+46709812254", "+46 70 981 22 54", "ingrid.larsson@telia.se",
              place("234/56", "", "", "เพชรเกษม", "หัวหิน", "หัวหิน", PK, "77110", "บ้านชายทะเล คอนโด ห้อง 3B"),
              ("Unit 3B", "Baan Chaitalay Condo", "234/56 Phetkasem Road", "Hua Hin", "Hua Hin"),
              "Storgatan 41, 582 23 Linkoping, Sweden", None),
    Foreigner("Mr.", "David Robert", "Thompson", "นายเดวิด โรเบิร์ต ทอมป์สัน", "Australian", "PA4417823", with_check_digit("020045001837"), date(1963, 10, 29),
              "0653320914", "+61412557890", "+61 412 557 890", "dave.thompson63@bigpond.com",
              place("219/33", "5", "", "", "นาเกลือ", "บางละมุง", CB, "20150", "คอนโดวงศ์อมาตย์ ทาวเวอร์ ห้อง 2208"),
              ("Room 2208", "Wong Amat Tower", "219/33 Moo 5", "Na Kluea", "Bang Lamung"),
              "18 Banksia Drive, Mermaid Waters QLD 4218, Australia",
              sp("นางมาลัย ทอมป์สัน", "140990026653", "0817745093", "malai.tps@gmail.com", date(1974, 5, 18))),
    Foreigner("Mr.", "Hiroshi", "Tanaka", "นายฮิโรชิ ทานากะ", "Japanese", "TR8841207", with_check_digit("650010027743"), date(1960, 4, 17),
              "0819907734", "+819031172256", "+81 90 3117 2256", "h.tanaka.cm@yahoo.co.jp",
              place("77/9", "", "", "ช้างคลาน", "ช้างคลาน", "เมืองเชียงใหม่", CM, "50100"),
              ("77/9 Chang Khlan Road", "Chang Khlan", "Mueang Chiang Mai"),
              "3-14-7 Kichijoji Honcho, Musashino, Tokyo 180-0004, Japan",
              sp("นางสาวอรุณี แสงคำ", "501990033418", "0862217745", "arunee.sk@gmail.com", date(1969, 12, 3))),
    Foreigner("Mrs.", "Marie-Claire", "Dubois", "นางมารี-แคลร์ ดูบัว", "French", "18FV43921", "", date(1968, 9, 13),
              "0834419076", "+33645128803", "+33 6 45 12 88 03", "mc.dubois@orange.fr",
              place("12/3", "", "", "ถลาง", "ตลาดใหญ่", "เมืองภูเก็ต", PT, "83000"),
              ("12/3 Thalang Road", "Talat Yai", "Mueang Phuket"),
              "9 rue des Lilas, 69003 Lyon, France",
              sp("นายวิโรจน์ ทองดี", "830990014425", "0867712349", "wiroj.td@gmail.com", date(1965, 7, 25))),
    Foreigner("Mr.", "Andrew Paul", "Mitchell", "นายแอนดรูว์ พอล มิตเชลล์", "Canadian", "GK552014", with_check_digit("680050031209"), date(1979, 12, 24),
              "0985514420", "+14165550142", "+1 416 555 0142", "a.mitchell79@outlook.com",
              place("56/201", "9", "", "สุขุมวิท", "หนองปรือ", "บางละมุง", CB, "20150", "ลุมพินี พาร์ค บีช จอมเทียน ห้อง 1815"),
              ("Room 1815", "Lumpini Park Beach Jomtien", "56/201 Moo 9", "Sukhumvit Road", "Nong Prue", "Bang Lamung"),
              "41 Maple Crescent, Oakville ON L6J 2K5, Canada", None),
    Foreigner("Mr.", "Stefan", "Müller", "นายชเตฟาน มึลเลอร์", "German", "C7XK19LM2", with_check_digit("060041008815"), date(1966, 5, 21),
              "0637781542", "+4917612348890", "+49 176 1234 8890", "stefan.mueller66@web.de",
              place("199/45", "", "", "โชตนา", "ช้างเผือก", "เมืองเชียงใหม่", CM, "50300"),
              ("199/45 Chotana Road", "Chang Phueak", "Mueang Chiang Mai"),
              "Hauptstrasse 108, 79104 Freiburg, Germany",
              sp("นางบัวแก้ว มึลเลอร์", "520030019936", "0894452718", "buakaew.m@gmail.com", date(1975, 11, 2))),
)  # fmt: skip


# --- what a clerk keeps ----------------------------------------------------------------------


def names(f: Foreigner) -> tuple[str, ...]:
    latin = [f.plain, f.caps, f.plain.upper()]
    out: list[str] = []
    for t in ("", f.title + " ", f.title.rstrip(".") + " ", f.title.upper() + " "):
        out += [t + n for n in latin]
    out += [
        f"{f.family.upper()}, {f.given}",
        f"{f.family}, {f.given}",
        f"{f.family.upper()}, {f.given.upper()}",
    ]
    if f.nat == "Japanese":
        out += [
            f"{f.family.upper()} {f.given}",
            f"{f.family.upper()} {f.given.upper()}",
            f"{f.family} {f.given}",
        ]
    if f.th:
        bare = f.th
        for t in ("นางสาว", "นาย", "นาง"):
            if bare.startswith(t):
                bare = bare[len(t) :]
                break
        out += [f.th, bare]
        out += [f"{th} ({n})" for th in (f.th, bare) for n in out[: len(latin) * 2]]
    return tuple(dict.fromkeys(out))


def en_addresses(f: Foreigner) -> tuple[str, ...]:
    prov, post = EN_PROV[f.prov], f.postal
    lines = f.en_lines()
    bases = [", ".join(f.en), " ".join(lines)[: -len(f", {prov} {post}")]]
    out: list[str] = []
    for b in bases:
        out += [b, f"{b}, {prov}", f"{b}, {prov} {post}", f"{b} {prov} {post}", f"{b}, {prov}, {post}",
                f"{b}, {f.prov} {post}", f"{b} {f.prov} {post}"]  # fmt: skip
    return tuple(dict.fromkeys(out))


def fx(
    f: Foreigner, keys: str = "", *, phone: bool = True, email: bool = True
) -> dict[str, tuple[str, ...]]:
    """The foreigner's values; `phone`/`email` False where only a writer's appear."""
    table = {
        "full_name": names(f),
        "national_id": (f.pink,) if f.pink else (),
        "birth_date": (f.born.isoformat(),),
        "phone": ("+66" + f.mob[1:], f.mob, f.abroad) if phone else (),
        "email": (f.email.lower(),) if email else (),
        "address": addresses(f.place) + en_addresses(f),
        "postal_code": (f.postal,),
        "province": (f.prov,),
    }
    return {k: table[k] for k in (keys or ALL).split()}


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_retiree_english": "the retiree himself (English labels, UK number beside the Thai)",
    "plain_thai_wife_for_husband": "the foreign husband; never the Thai wife who writes (her ID, phone, box, birth date)",
    "plain_teacher_half_half": "the teacher herself (half English, half Thai; work permit never an ID)",
    "plain_reply_above_quote": "the foreigner who replies; never the desk's officer and line in the quote",
    "plain_translator_for_retiree": "the foreigner; never the translator (her ID, office, phone, box)",
    "html_gmail_given_family_table": "the foreigner in the table; never the spouse's rows",
    "html_outlook_shop_owner": "the owner as a person; his company's number and line never",
    "html_webform_english": "the one who filled the city's English form",
    "html_condo_manager_for_owner": "the room's foreign owner; never the juristic manager",
    "html_forwarded_by_wife": "the husband whose mail is forwarded; never the wife's note",
    "docx_english_letter": "the foreigner who signs the letter (SMITH, John form)",
    "docx_bilingual_tr13_form": "the foreigner to be entered in the ทร.13; never the house owner spouse",
    "docx_lawfirm_english_letter": "the client; never the law firm's letterhead or lawyer",
    "docx_certified_translation": "the foreigner; never the translator's certificate",
    "pdf_fillable_bilingual_form": "the applicant's section; never the Thai spouse's section",
    "pdf_typed_english_letter": "the foreigner who writes; his home abroad never",
    "pdf_typed_thai_spouse_letter": "the foreign husband; never the Thai wife who writes and signs",
    "xlsx_expat_club_intake": "the member; never the club's volunteer in the head block",
    "xlsx_household_members": "the foreigner's row; never the spouse's or child's",
    "xlsx_bilingual_row_sheet": "the one data row's foreigner",
}


# --- how they write --------------------------------------------------------------------------


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_date(d: date, k: int) -> str:
    m = d.strftime("%B")
    return (f"{ordinal(d.day)} {m} {d.year}", f"{m} {d.day}, {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} {m[:3]} {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}", d.isoformat())[k % 6]  # fmt: skip


def th_mob(f: Foreigner, k: int) -> str:
    m = f.mob
    return (mobile(m, k), f"+66 {m[1:3]} {m[3:6]} {m[6:]}", f"+66-{m[1:3]}-{m[3:6]}-{m[6:]}")[k % 3]


def message(f: Foreigner, n: int, subject: str, sender: str = "", *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{f.plain} <{f.email}>"
    msg["To"] = DESKS[f.prov][0]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set82-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def spouse(f: Foreigner) -> tuple[str, str, str, str, date]:
    return f.spouse or sp(
        "นางสาวกนกวรรณ ใจดี",
        "110990044512",
        "0814456732",
        "kanokwan.jd@gmail.com",
        date(1982, 9, 16),
    )


def tm30(k: int) -> str:
    return f"TM30 receipt no. {20150 + k}-2569-{118832 + 7 * k}"


def wp(k: int) -> str:
    return f"WP {49 + k}-{2566 + k % 3}-{(4471 + 13 * k):06d}"


def bare(name: str) -> str:
    for t in ("นางสาว", "นาย", "นาง"):
        if name.startswith(t):
            return name[len(t) :]
    return name


def th_name(f: Foreigner) -> str:
    return f.th or f"{f.title} {f.caps}"


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_retiree_english(f: Foreigner, i: int) -> Case:
    """A retiree on his iPhone asks a residence certificate for his driving licence:
    English labels, his UK/German number beside the Thai one, his home abroad, TM30."""
    text = (
        "Dear Sir/Madam,\n\nI would like to request a Certificate of Residence for renewing my Thai driving licence.\n"
        "My details:\n\n"
        f"Full name: {f.title} {f.caps.upper() if i % 2 else f.caps}\n"
        f"Nationality: {f.nat}\nPassport No.: {f.passport}\n"
        + (f"Pink ID card no.: {nid_w(f.pink, i)}\n" if f.pink else "")
        + f"Date of Birth: {en_date(f.born, 0)}\n"
        f"Visa: Non-Immigrant O-A (retirement), valid until {en_date(date(2027, 7, 19), 0)}\n"
        f"{tm30(i)}\n"
        f"Address in Thailand: {f.en_full}\n"
        f"Home address: {f.home_abroad}\n"
        f"Mobile (TH): {th_mob(f, i)}\nMobile ({CC[f.nat]}): {f.abroad_typed}\n\n"
        f"Kind regards,\n{f.plain}\n\nSent from my iPhone\n"
    )
    raw = message(f, i, "Certificate of Residence request", text=text)
    return Case("plain_iphone_retiree_english", raw, fx(f))


def plain_thai_wife_for_husband(f: Foreigner, i: int) -> Case:
    """His Thai wife writes in Thai from her box: his names, pink card, birth date; her
    own ID, birth date and phone for the call-back."""
    wn, wid, wm, wbox, wborn = spouse(f)
    card = f"เลขประจำตัว 13 หลัก (บัตรชมพู) {nid_w(f.pink, i + 1)}\n" if f.pink else ""
    text = (
        f"เรียน งานทะเบียนราษฎร {DESKS[f.prov][1]}\n\n"
        f"ดิฉัน {wn} เลขประจำตัวประชาชน {nid_w(wid, i)} เกิดวันที่ {born_th(wborn, i)} "
        f"ขอสอบถามและยื่นเรื่องขอหนังสือรับรองถิ่นที่อยู่ให้สามีซึ่งเป็นชาวต่างชาติค่ะ\n\n"
        f"ชื่อสามี {th_name(f)} ({f.title} {f.caps})\nสัญชาติ {f.nat}\nหนังสือเดินทาง {f.passport}\n{card}"
        f"วันเกิด {en_date(f.born, i + 1)}\n"
        f"ที่อยู่ {home(f.place, i)}\n\n"
        f"สามีพูดไทยไม่ได้ รบกวนติดต่อกลับที่ดิฉัน โทร {mobile(wm, i)} ค่ะ\n{wn}\n"
    )
    raw = message(f, i, "ขอหนังสือรับรองถิ่นที่อยู่ให้สามีชาวต่างชาติ", f"{bare(wn)} <{wbox}>", text=text)
    return Case("plain_thai_wife_for_husband", raw, fx(f, phone=False, email=False))


def plain_teacher_half_half(f: Foreigner, i: int) -> Case:
    """A teacher writes half English, half Thai (Name-Surname, DOB US order with a
    label, work permit, school's line)."""
    end = "ครับ" if f.title == "Mr." else "ค่ะ"
    text = (
        f"เรียน {DESKS[f.prov][1]} / Dear Sir,\n\n"
        f"I am a teacher at Wattanothai Bilingual School. ขอแจ้งย้ายที่อยู่และขอหนังสือรับรองถิ่นที่อยู่ for my bank account {end}/please.\n\n"
        f"Name-Surname: {f.title} {f.plain}\n"
        f"DOB (MM/DD/YYYY): {f.born.month:02d}/{f.born.day:02d}/{f.born.year}\n"
        f"Passport: {f.passport}   Work permit: {wp(i)}\n"
        + (f"เลขประจำตัว: {nid_w(f.pink, i)}\n" if f.pink else "")
        + f"ที่อยู่ใหม่ / New address: {f.en_full}\n"
        f"Tel: {th_mob(f, i + 1)} (ไลน์ไอดีเดียวกัน)\nSchool office: {AREA[f.prov]}-224-118\n\n"
        f"Thank you ขอบคุณ{end}\n{f.given.split()[0]}\n"
    )
    raw = message(f, i, "Residence certificate / หนังสือรับรองถิ่นที่อยู่", text=text)
    return Case("plain_teacher_half_half", raw, fx(f))


def plain_reply_above_quote(f: Foreigner, i: int) -> Case:
    """He replies above the desk's quoted answer (the officer's name, the desk's line,
    a reference number) with the details the desk asked for."""
    desk, city = DESKS[f.prov]
    text = (
        "Hello Khun Siriporn,\n\nThank you for your quick answer. Here are the details you asked for:\n\n"
        f"Name: {f.family.upper()}, {f.given}\nDOB: {en_date(f.born, i + 3)}\n"
        + (f"ID (pink card): {nid_w(f.pink, i)}\n" if f.pink else f"Passport: {f.passport}\n")
        + f"Address: {f.en_full}\nMob. {th_mob(f, i)}\n\n"
        "I will come to the office on Tuesday with the original documents.\n\nBest regards\n"
        f"{f.given.split()[0]}\n\n"
        f"On Mon, 30 Nov 2026 at 10:{12 + i} {city} <{desk}> wrote:\n"
        f"> เรียน คุณ {f.plain}\n> Please send your full name, date of birth, ID or passport number and address.\n"
        f"> Your reference: RC-{4410 + i}/2569\n> นางสาวศิริพร วงศ์ใหญ่ เจ้าพนักงานธุรการ\n> โทร {AREA[f.prov]}-253-1{10 + i}\n"
    )
    raw = message(f, i, f"Re: Certificate of residence (RC-{4410 + i}/2569)", text=text)
    return Case("plain_reply_above_quote", raw, fx(f))


def plain_translator_for_retiree(f: Foreigner, i: int) -> Case:
    """A translation office writes in Thai for a retiree (his noise complaint against a
    bar): the translator's own name, ID, office and phone; his details, no phone of his."""
    text = (
        f"เรียน นายก{DESKS[f.prov][1].replace('เทศบาล', 'เทศมนตรี')}\n\n"
        f"ดิฉัน นางสาวปิยวรรณ แก้วใส ล่ามแปลภาษา ร้านแปลเอกสารพีดับบลิว ทรานสเลชั่น (เลขประจำตัวประชาชน {nid_w(with_check_digit('200990061135'), i)}) "
        f"ขอยื่นเรื่องร้องเรียนแทน {th_name(f)} ({f.title} {f.caps}) สัญชาติ {f.nat} "
        f"หนังสือเดินทางเลขที่ {f.passport} เกิดวันที่ {born_th(f.born, i)} "
        + (f"เลขประจำตัว {nid_w(f.pink, i + 1)} " if f.pink else "")
        + f"พักอาศัยอยู่ที่ {home(f.place, i + 1)}\n"
        "ผู้ร้องได้รับความเดือดร้อนจากเสียงเพลงของร้านข้างเคียงทุกคืนจนถึงตีสาม\n\n"
        "หากต้องการข้อมูลเพิ่มเติม ติดต่อดิฉันได้ที่ 038-412-557 หรือ 081-330-2296 ค่ะ\n"
        "นางสาวปิยวรรณ แก้วใส\nล่ามแปลภาษา\n"
    )
    raw = message(
        f,
        i,
        "ร้องเรียนเสียงดัง (ยื่นแทนชาวต่างชาติ)",
        "PW Translation <pw.translation@gmail.com>",
        text=text,
    )
    return Case("plain_translator_for_retiree", raw, fx(f, phone=False, email=False))


# --- HTML ----------------------------------------------------------------------------------


def table(rows: list[tuple[str, str]]) -> str:
    t = "".join(
        f"<tr><td><b>{x}</b></td><td>{y}</td></tr>"
        if y
        else f"<tr><td colspan='2' style='background:#eee'><b>{x}</b></td></tr>"
        for x, y in rows
    )
    return f"<table border='1' cellpadding='5' style='border-collapse:collapse'>{t}</table>"


def html_gmail_given_family_table(f: Foreigner, i: int) -> Case:
    """A Gmail table with Given name(s) and Family name apart, his rows then his Thai
    spouse's rows (her ID, birth date, phone)."""
    wn, wid, wm, _, wborn = spouse(f)
    rows = [
        ("Applicant", ""),
        ("Given name(s)", f.given),
        ("Family name", f.family.upper()),
        ("Nationality", f.nat),
        ("Passport No.", f.passport),
    ]
    if f.pink:
        rows.append(("ID No. (13 digits)", nid_w(f.pink, i)))
    rows += [("Date of Birth", en_date(f.born, i)), ("Address in Thailand", f.en_full),
             ("Address abroad", f.home_abroad), ("Mobile (TH)", th_mob(f, i)), (f"Mobile ({f.nat})", f.abroad_typed),
             ("Spouse (Thai)", ""), ("Name", wn), ("ID card", nid_w(wid, i + 1)), ("Date of birth", born_th(wborn, i)),
             ("Tel", mobile(wm, i))]  # fmt: skip
    html = (f'<div dir="ltr"><div>Dear Registration Office, {DESKS[f.prov][1]},</div><br>'
            "<div>Please issue a certificate of residence for me. My details are below.</div><br>"
            f"{table(rows)}<br><div>Thank you very much,</div><div>{f.plain}</div></div>\n")  # fmt: skip
    raw = message(f, i, "Request: certificate of residence", html=html)
    return Case("html_gmail_given_family_table", raw, fx(f))


def html_outlook_shop_owner(f: Foreigner, i: int) -> Case:
    """A small business owner asks, for himself, a residence certificate to open a
    bank account; his Outlook signature carries the company (its number, line, shop)."""
    paras = ["Dear Sir / Madam,", "",
             f"I, {f.title} {f.caps}, passport {f.passport}, born {en_date(f.born, i + 2)}, would like to ask for a "
             "certificate of residence (หนังสือรับรองถิ่นที่อยู่) for myself to open a personal bank account.",
             f"I live at {f.en_full}." + (f" My pink card number is {nid_w(f.pink, i)}." if f.pink else ""),
             "", "Please let me know the fee and the documents I need.", "", "Best regards,"]  # fmt: skip
    firm, tax, shop = (("Karon Blue Divers Co., Ltd.", "083555900123", "9/1 Patak Road, Karon, Mueang Phuket 83100"),
                       ("Old Town Bistro (Thailand) Co., Ltd.", "083556100417", "41 Dibuk Road, Talat Yai, Mueang Phuket 83000"))[i % 2]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{f.plain}</b><br>Managing Director<br>{firm} '
           f"(Tax ID {with_check_digit(tax)})<br>Shop: {shop}<br>"
           f"Office: +66 76 398 {210 + i} | Mobile: {th_mob(f, i)}<br>{f.email}</p>")  # fmt: skip
    raw = message(
        f, i, "Certificate of residence for a private bank account", html=outlook_html(paras, sig)
    )
    return Case("html_outlook_shop_owner", raw, fx(f))


def html_webform_english(f: Foreigner, i: int) -> Case:
    """The city's e-service in English sends its notification: a two-column table with
    bilingual labels, the ID/passport box holding the pink card (or the passport)."""
    rows = [("Service / บริการ", "Certificate of residence / หนังสือรับรองถิ่นที่อยู่"), ("Reference", f"ES-2569-{88120 + i}"),
            ("Name-Surname / ชื่อ-สกุล", f"{f.title} {f.plain}"),
            ("ID card / Passport No. / เลขบัตร", nid_w(f.pink, i) if f.pink else f.passport),
            ("Date of Birth (DD/MM/YYYY)", f"{f.born.day:02d}/{f.born.month:02d}/{f.born.year}"),
            ("Tel / โทรศัพท์", th_mob(f, i)), ("Email / อีเมล", f.email),
            ("Address / ที่อยู่", f.en_full), ("Submitted", f"0{2 + i % 6}/12/2026 09:{10 + i}")]  # fmt: skip
    html = (
        f"<html><body><h3>{DESKS[f.prov][1]} e-Service</h3><p>A new request was submitted:</p>"
        f"{table(rows)}<p>This message was sent automatically. Please do not reply.</p></body></html>\n"
    )
    raw = message(
        f,
        i,
        f"[e-Service] New request ES-2569-{88120 + i}",
        f"e-Service <noreply@{DESKS[f.prov][0].split('@')[1]}>",
        html=html,
    )
    return Case("html_webform_english", raw, fx(f))


def html_condo_manager_for_owner(f: Foreigner, i: int) -> Case:
    """A condo's juristic manager (Outlook, bilingual) asks a house-number certificate
    for a foreign owner's room: the owner's row with his Thai mobile; her own name,
    office line, mobile and box in the signature; the juristic office's registration."""
    paras = [f"เรียน {DESKS[f.prov][1]}", "",
             f"นิติบุคคลอาคารชุด{f.place.dwelling.split(' ห้อง')[0]} ขอส่งเรื่องแทนเจ้าของร่วมชาวต่างชาติ "
             "ซึ่งขอหนังสือรับรองเลขที่บ้านของห้องชุด / On behalf of our co-owner, please issue a house number certificate.",
             f"Owner: {f.title} {f.caps} ({f.nat}), passport {f.passport}, DOB {en_date(f.born, i)}",
             f"Room / ห้องชุด: {home(f.place, i)}",
             f"Owner's mobile: {th_mob(f, i + 1)}", "",
             "ขอบคุณค่ะ / Thank you"]  # fmt: skip
    sig = ('<p class="MsoNormal"><b>นางสาวรัชนี บุญมา (Ms. Ratchanee Boonma)</b><br>ผู้จัดการนิติบุคคลอาคารชุด / Juristic Manager<br>'
           f"ทะเบียนนิติบุคคลอาคารชุดเลขที่ 3/{2551 + i}<br>Office: 038-252-{418 + i} | Mobile: 089-117-4426<br>juristic.office{i}@condo-mgmt.example.co.th</p>")  # fmt: skip
    raw = message(f, i, "ขอหนังสือรับรองเลขที่บ้าน ห้องชุด / House number certificate", f"Juristic Office <juristic.office{i}@condo-mgmt.example.co.th>",
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case(
        "html_condo_manager_for_owner",
        raw,
        fx(f, "full_name birth_date phone email address postal_code province", email=False),
    )


def html_forwarded_by_wife(f: Foreigner, i: int) -> Case:
    """His Thai wife forwards his English mail with a Thai note above it (her phone):
    the forwarded header names his box; his details in his own text."""
    wn, _, wm, wbox, _ = spouse(f)
    inner = (f"<div>Dear Sir,</div><div>I would like to register my address with the municipality (TM30 already done, {tm30(i)}).</div>"
             f"<div>Name: {f.title} {f.caps}</div><div>Date of birth: {en_date(f.born, i + 4)}</div>"
             + (f"<div>Pink ID: {nid_w(f.pink, i)}</div>" if f.pink else f"<div>Passport: {f.passport}</div>")
             + f"<div>Address: {f.en_full}</div><div>Phone: {th_mob(f, i)} / {f.abroad_typed}</div><div>Regards, {f.given.split()[0]}</div>")  # fmt: skip
    html = (f'<div dir="ltr"><div>เรียน เจ้าหน้าที่ค่ะ ส่งต่ออีเมลของสามีค่ะ ถ้ามีอะไรโทรหาดิฉันได้ {mobile(wm, i)} ({wn})</div><br>'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
            f"From: <strong>{f.plain}</strong> &lt;{f.email}&gt;<br>Date: Sun, 29 Nov 2026 at 18:{20 + i}<br>"
            f"Subject: Address registration<br>To: {bare(wn)} &lt;{wbox}&gt;<br></div><br>{inner}</div></div>\n")  # fmt: skip
    raw = message(f, i, "Fwd: Address registration", f"{bare(wn)} <{wbox}>", html=html)
    return Case("html_forwarded_by_wife", raw, fx(f))


# --- Word ----------------------------------------------------------------------------------


def docx_english_letter(f: Foreigner, i: int) -> Case:
    """An English letter in Word: his address block top right (Thai address, then home
    abroad), the date, the request for a residence certificate; signed "SMITH, John"."""

    def build(d: Any) -> None:
        d.add_paragraph("\n".join(f.en_lines()))
        d.add_paragraph(f"Home address: {f.home_abroad}")
        d.add_paragraph(en_date(date(2026, 12, 1 + i % 20), 0))
        d.add_paragraph(f"To: The Mayor, {DESKS[f.prov][1]}")
        d.add_paragraph("Subject: Request for a Certificate of Residence")
        d.add_paragraph(
            f"I, {f.family.upper()}, {f.given}, a {f.nat} national holding passport no. {f.passport}"
            + (f" and Thai ID no. {nid_w(f.pink, i + 2)}" if f.pink else "")
            + f", born on {en_date(f.born, 0)}, have lived at the above address since {en_date(date(2019, 11, 4 + i % 20), 0)}. "
            "I kindly request a certificate of residence for my visa extension at the Immigration Office."
        )
        d.add_paragraph(f"I can be reached on {th_mob(f, i)} or by e-mail at {f.email}.")
        d.add_paragraph(f"Yours faithfully,\n\n\n{f.family.upper()}, {f.given}")

    raw = message(f, i, "Letter: request for certificate of residence", text="Dear Sir/Madam,\nPlease find my letter attached.\nRegards\n",
                  files=(("Residence_letter.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_english_letter", raw, fx(f))


def docx_bilingual_tr13_form(f: Foreigner, i: int) -> Case:
    """A bilingual Word form asking to enter him in the house's yellow book (ทร.13):
    his rows; the house owner (his Thai spouse) with her ID, birth date, phone; the
    house book's number."""
    wn, wid, wm, _, wborn = spouse(f)
    rows = [("ชื่อ-สกุล / Full name", f"{f.title} {f.caps}"), ("ชื่อภาษาไทย / Thai name", th_name(f)),
            ("สัญชาติ / Nationality", f.nat), ("หนังสือเดินทาง / Passport No.", f.passport),
            ("เลขประจำตัว 13 หลัก / ID No.", nid_w(f.pink, i) if f.pink else "-"),
            ("วันเกิด / Date of Birth", en_date(f.born, i + 1)), ("ที่อยู่ / Address", home(f.place, i + 2)),
            ("โทรศัพท์ / Tel", th_mob(f, i)), ("อีเมล / E-mail", f.email),
            ("เลขที่ทะเบียนบ้าน (ทร.14) / House book No.", f"{f.postal}-0{45512 + i}"),
            ("เจ้าบ้าน / House owner", wn), ("เลขประจำตัวประชาชนเจ้าบ้าน / Owner ID", nid_w(wid, i + 1)),
            ("วันเกิดเจ้าบ้าน / Owner DOB", born_th(wborn, i)), ("โทรเจ้าบ้าน / Owner Tel", mobile(wm, i + 1))]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องขอเพิ่มชื่อในทะเบียนบ้าน (ท.ร.13) / Application for Yellow House Book")
        t = d.add_table(rows=len(rows), cols=2)
        for r, (x, y) in enumerate(rows):
            t.cell(r, 0).text, t.cell(r, 1).text = x, y
        d.add_paragraph("ลงชื่อ / Signature ...................... ผู้ยื่นคำร้อง / Applicant")

    raw = message(f, i, "ขอเพิ่มชื่อในทะเบียนบ้าน ทร.13 / Yellow book", text="Please see the attached form. แนบแบบฟอร์มค่ะ\n",
                  files=(("TR13_form.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_bilingual_tr13_form", raw, fx(f))


def docx_lawfirm_english_letter(f: Foreigner, i: int) -> Case:
    """A Thai law firm's English letter on letterhead for its client (a land-and-house
    tax dispute on the client's condo): the firm's address, line, licence; the client
    with passport, pink card, birth date, home."""

    def build(d: Any) -> None:
        d.add_paragraph("SIAM COAST LEGAL CO., LTD.\n88/12 Moo 10, Sukhumvit Road, Nong Prue, Bang Lamung, Chonburi 20150\n"
                        "Tel. 038-489-220  E-mail: contact@siamcoastlegal.example.com")  # fmt: skip
        d.add_paragraph(f"Ref. SCL/{311 + i}/2026\t\t\t{en_date(date(2026, 12, 3 + i % 20), 0)}")
        d.add_paragraph(
            f"To: The Mayor, {DESKS[f.prov][1]}\nRe: Request for copies of the land and building tax assessment"
        )
        d.add_paragraph(
            f"We act for our client, {f.title} {f.caps}, {f.nat}, passport no. {f.passport}"
            + (f", Thai ID no. {nid_w(f.pink, i)}" if f.pink else "")
            + f", date of birth {en_date(f.born, i + 2)}, residing at {f.en_full}. "
            "Our client asks for certified copies of the assessment notice and its calculation for the year 2026."
        )
        d.add_paragraph("Please contact the undersigned for any further information.")
        d.add_paragraph(
            "Yours faithfully,\n\n(Mr. Thanawat Rueangsri)\nAttorney-at-law, licence no. 10457/2553\nMobile 086-442-1178"
        )

    raw = message(f, i, "Request for copies - our client", "Thanawat R. <thanawat@siamcoastlegal.example.com>",
                  text="Dear Sir/Madam,\nPlease find our letter attached.\n", files=(("SCL_letter.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_lawfirm_english_letter", raw, fx(f, phone=False, email=False))


def docx_certified_translation(f: Foreigner, i: int) -> Case:
    """A certified translation in Word: the translation of his Thai request (his values),
    then the translator's certificate (her name, ID, phone, box, the date)."""

    def build(d: Any) -> None:
        d.add_paragraph("TRANSLATION")
        d.add_paragraph(
            f"To: The Mayor of {DESKS[f.prov][1]}\nSubject: Request for a certificate of residence"
        )
        d.add_paragraph(
            f"I, {f.title} {f.caps}, nationality {f.nat}, passport number {f.passport}, date of birth {en_date(f.born, i)}"
            + (f", identification number {nid_w(f.pink, i + 1)}" if f.pink else "")
            + f", residing at {f.en_full}, telephone {th_mob(f, i + 2)}, hereby request a certificate of residence."
        )
        d.add_paragraph(f"Signature: ......... ({f.plain})")
        d.add_paragraph(
            "TRANSLATOR'S CERTIFICATE\nI, Miss Kanyarat Phetcharat, certify that the above is a true and correct translation of the "
            f"original document in Thai. Translator ID {nid_w(with_check_digit('209990033421'), i)}, Tel. 089-665-2043, "
            f"kanyarat.translate@gmail.com. Date: {en_date(date(2026, 11, 28), 0)}."
        )

    raw = message(f, i, "Certified translation - residence certificate", "Kanyarat Translation <kanyarat.translate@gmail.com>",
                  text="Dear Sir,\nAttached is the certified translation of my client's request.\n",
                  files=(("translation_certified.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_certified_translation", raw, fx(f, email=False))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_bilingual_form(f: Foreigner, i: int) -> Case:
    """The city's fillable bilingual form for foreign residents (English field names):
    the applicant's section and the Thai spouse's section."""
    wn, wid, wm, _, wborn = spouse(f)
    labels = [(40, 18, "Application form for foreign residents / แบบคำร้องสำหรับชาวต่างชาติ"),
              (20, 40, "Full name / ชื่อ-สกุล"), (20, 50, "ID No. / เลขประจำตัว"), (120, 50, "Passport No."),
              (20, 60, "Date of Birth"), (20, 70, "Address in Thailand"), (20, 80, "Mobile (TH)"), (110, 80, "Mobile abroad"),
              (20, 90, "E-mail"), (20, 110, "Thai spouse / คู่สมรส"), (20, 120, "Spouse ID"), (110, 120, "Spouse DOB"),
              (20, 130, "Spouse Tel")]  # fmt: skip
    fields = [Field("applicant_name", f"{f.title} {f.caps}", 60, 40, 100), Field("applicant_id", f.pink, 60, 50, 55, comb=13),
              Field("passport_no", f.passport, 145, 50, 45), Field("dob", en_date(f.born, i + 2), 50, 60, 60),
              Field("address_th", f.en_full, 60, 70, 140), Field("mobile_th", th_mob(f, i), 45, 80, 55),
              Field("mobile_abroad", f.abroad_typed, 140, 80, 55), Field("email", f.email, 40, 90, 80),
              Field("spouse_name", wn, 70, 110, 90), Field("spouse_id", nid_w(wid, i), 45, 120, 55),
              Field("spouse_dob", born_th(wborn, i), 135, 120, 45), Field("spouse_tel", mobile(wm, i), 45, 130, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=12, face="Garuda"), fields)
    raw = message(f, i, "Application form (filled)", text="Please find the filled form attached.\n",
                  files=(("foreign_resident_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_bilingual_form", raw, fx(f))


def pdf_typed_english_letter(f: Foreigner, i: int) -> Case:
    """A typed English letter as a PDF: his home abroad top left (where his letters
    come from), his Thai address in the body, a noise complaint about a construction
    site; his mobile below."""
    paras: list[tuple[float, str]] = [(20, f.plain), (20, f.home_abroad), (0, ""),
             (120, en_date(date(2026, 12, 4 + i % 20), 0)), (0, ""), (20, f"To: {DESKS[f.prov][1]}"),
             (20, "Subject: Complaint about night-time construction noise"), (0, ""),
             (30, f"I am {f.title} {f.caps}, {f.nat}, born {en_date(f.born, i + 1)}"
                  + (f", pink ID card {nid_w(f.pink, i + 2)}" if f.pink else f", passport {f.passport}")
                  + f". I spend most of the year at my condominium, {f.en_full}. Since {en_date(date(2026, 11, 14), 0)} "
                  "the building site next door works until 2 a.m. every night. I kindly ask the municipality to inspect it."),
             (30, f"Please contact me on {th_mob(f, i)} or {f.email}."), (0, ""),
             (110, "Yours sincerely,"), (0, ""), (110, f.plain)]  # fmt: skip
    data = pdf_page(flow(paras, 13, "Loma", step=7.5), size=13, face="Loma")
    raw = message(f, i, "Complaint - construction noise at night", text="Dear Sir/Madam, my letter is attached.\n",
                  files=(("complaint.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_english_letter", raw, fx(f))


def pdf_typed_thai_spouse_letter(f: Foreigner, i: int) -> Case:
    """His Thai wife's typed letter in Thai as a PDF: her block top right (her own ID
    and phone), his details in the body; she signs."""
    wn, wid, wm, wbox, wborn = spouse(f)
    paras: list[tuple[float, str]] = [(115, home(f.place, i)), (115, f"โทร {mobile(wm, i)}"), (0, ""),
             (115, f"{5 + i % 20} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอหนังสือรับรองถิ่นที่อยู่ของสามี"),
             (20, f"เรียน นายก{DESKS[f.prov][1].replace('เทศบาล', 'เทศมนตรี')}"), (0, ""),
             (30, f"ข้าพเจ้า {wn} เลขประจำตัวประชาชน {nid_w(wid, i)} เกิดวันที่ {born_th(wborn, i + 1)} "
                  f"ขอยื่นคำร้องแทนสามี คือ {th_name(f)} ({f.title} {f.caps}) สัญชาติ {f.nat} หนังสือเดินทางเลขที่ {f.passport} "
                  + (f"เลขประจำตัว {nid_w(f.pink, i + 1)} " if f.pink else "")
                  + f"เกิดวันที่ {born_th(f.born, i + 2)} อยู่บ้านเลขที่ {home(f.place, i + 1)} "
                  "เพื่อใช้ประกอบการขอต่ออายุวีซ่าประเภทคู่สมรส ณ สำนักงานตรวจคนเข้าเมือง"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(wm, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({wn})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(f, i, "ขอหนังสือรับรองถิ่นที่อยู่ของสามี", f"{bare(wn)} <{wbox}>", text="เรียน เจ้าหน้าที่\nแนบหนังสือค่ะ\n",
                  files=(("หนังสือขอรับรอง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_thai_spouse_letter", raw, fx(f, phone=False, email=False))


# --- sheets --------------------------------------------------------------------------------


def xlsx_expat_club_intake(f: Foreigner, i: int) -> Case:
    """An expat club's volunteer sends a member's intake sheet: the club's head block
    (volunteer, her mobile, the club's box), then the member's rows."""

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Member request"
        ws.append(("Pattaya Expats Help Desk - request to the municipality",))
        ws.append(
            (
                "Volunteer",
                "Mrs. Sandra Hughes",
                "Mob.",
                "087-551-2209",
                "Email",
                "helpdesk@pattayaexpats.example.org",
            )
        )
        ws.append(())
        ws.append(("Member", f"{f.title} {f.caps}"))
        ws.append(("Passport No.", f.passport))
        ws.append(("ID No.", nid_w(f.pink, i) if f.pink else "n/a"))
        ws.append(("DOB", en_date(f.born, i + 3)))
        ws.append(("Address in Thailand", f.en_full))
        ws.append(("Home country address", f.home_abroad))
        ws.append(("Mobile (TH)", th_mob(f, i)))
        ws.append(("Request", "Certificate of residence for bank"))

    raw = message(f, i, "Member request - certificate of residence", "Pattaya Expats Help Desk <helpdesk@pattayaexpats.example.org>",
                  text="Dear Sir/Madam,\nPlease see the attached sheet for our member.\nSandra\n",
                  files=(("member_request.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_expat_club_intake", raw, fx(f, email=False))


def xlsx_household_members(f: Foreigner, i: int) -> Case:
    """The family's sheet of who lives in the house, for his entry in the ทร.13: a
    header row, his row (marked as the applicant), his wife's, their child's."""
    wn, wid, wm, wbox, wborn = spouse(f)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Household"
        ws.append((f"Household at {f.en_full}",))
        ws.append(("Role", "Name", "ID / Passport", "Date of birth", "Phone", "Email"))
        ws.append(
            (
                "Applicant (ผู้ยื่น)",
                f"{f.title} {f.caps}",
                nid_w(f.pink, i) if f.pink else f.passport,
                en_date(f.born, i + 2),
                th_mob(f, i),
                f.email,
            )
        )
        ws.append(
            (
                "Wife (ภรรยา) - house owner",
                wn,
                nid_w(wid, i),
                born_th(wborn, i),
                mobile(wm, i),
                wbox,
            )
        )
        ws.append(
            (
                "Son (บุตร)",
                f"เด็กชายธีรภัทร {f.th.split()[-1]}",
                with_check_digit("120990087714"),
                "14/02/2559",
                "",
                "",
            )
        )

    raw = message(f, i, "Household list for TR13 / รายชื่อในบ้าน", text="Dear Sir, attached the household list for my application.\n",
                  files=(("household.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_household_members", raw, fx(f))


def xlsx_bilingual_row_sheet(f: Foreigner, i: int) -> Case:
    """One header row in both languages, one data row (a signboard tax filing by a
    shop owner for himself): the shop's place in its own column."""

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Sheet1"
        ws.append(("ชื่อ-สกุล / Name", "เลขประจำตัว / ID No.", "วันเกิด / DOB", "ที่อยู่ / Address", "มือถือ / Mobile",
                   "อีเมล / Email", "ที่ตั้งป้าย / Sign location", "ขนาดป้าย / Size"))  # fmt: skip
        ws.append((f"{f.title} {f.caps}", nid_w(f.pink, i) if f.pink else "", en_date(f.born, i), f.en_full, th_mob(f, i + 1),
                   f.email, f"Shop 3, {70 + i} Beach Road", "120 x 240 cm"))  # fmt: skip

    raw = message(f, i, "Signboard tax / ภาษีป้าย", text="Hello, my signboard details in the sheet. Thanks\n",
                  files=(("signboard.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_bilingual_row_sheet", raw, fx(f))


Style = Callable[[Foreigner, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_retiree_english, (0, 1)),
    (plain_thai_wife_for_husband, (5, 9)),
    (plain_teacher_half_half, (2, 8)),
    (plain_reply_above_quote, (3, 6)),
    (plain_translator_for_retiree, (4, 0)),
    (html_gmail_given_family_table, (1, 7)),
    (html_outlook_shop_owner, (3, 7)),
    (html_webform_english, (6, 4)),
    (html_condo_manager_for_owner, (5, 8)),
    (html_forwarded_by_wife, (0, 9)),
    (docx_english_letter, (0, 4)),
    (docx_bilingual_tr13_form, (9, 1)),
    (docx_lawfirm_english_letter, (8, 5)),
    (docx_certified_translation, (7, 6)),
    (pdf_fillable_bilingual_form, (1, 3)),
    (pdf_typed_english_letter, (2, 4)),
    (pdf_typed_thai_spouse_letter, (6, 5)),
    (xlsx_expat_club_intake, (0, 5)),
    (xlsx_household_members, (6, 9)),
    (xlsx_bilingual_row_sheet, (3, 8)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants)."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], 2 * s + k))
    return cases
