"""A seventy-sixth set of requests written by someone who had not read the readers (issue 8):
THE DEEP SOUTH'S MUSLIM AND MALAY-SPEAKING COMMUNITIES writing to เทศบาลเมืองปัตตานี,
เทศบาลนครยะลา, เทศบาลเมืองนราธิวาส, the อบต. of สายบุรี (Pattani), รือเสาะ (Narathiwat) and
บันนังสตา (Yala) and the ที่ว่าการอำเภอ. Names as they are written there (Thai spellings of
Malay and Arabic names: มะรอนิง, นูรีซัน, อับดุลเลาะ, ซารีป๊ะ, ฟาตีเมาะ; family names
ดือราแม, หะยีสาแม, เจ๊ะแว, สะมะแอ), the pilgrim's honorific หะยี/ฮัจญี/ฮัจญะห์ before a name,
the roles โต๊ะอิหม่าม, บาบอ, อุสตาซ, a signature in romanised Malay ("Abdullah Dorame").
Requests: a mosque committee's (คณะกรรมการอิสลามประจำมัสยิด) letter asking a road to the
กุโบร์ or support for a เมาลิด ceremony; a ตาดีกา teacher's allowance (the ศูนย์ตาดีกา's head
named); Hajj papers (a Hajj agent, the imam's certificate, a มะห์รอม companion); a halal
food stall permit (the stall's place elsewhere); เยียวยา for victims of the unrest written
by the widow or by an NGO for her (the dead husband's ID, birth date and the day he was
killed); a rubber farmer's complaint; a request for a ล่ามภาษามลายู for a mother who speaks
only Malay; mails partly in romanised Malay ("Assalamualaikum", "Terima kasih"); dates in
both พ.ศ. and the Hijri calendar (ฮ.ศ.); villages named บ้านบือแนปีแน, บ้านกำปงบารู.
Kinds: plain (phone mail apps, webmail), HTML (Gmail, Outlook, the city's web form, a
reply), Word (a mosque's letter, a widow's petition, the ตาดีกา's form, the imam's
certificate), PDF (fillable forms, typed letters), xlsx (a pilgrim's sheet, a household's).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). The rulings of sets 28, 31, 37, 56/60, 63 and
72 followed: the APPLICANT IS THE ONE THE REQUEST IS FOR, never who sends it for them.
- A widow's เยียวยา: the widow (the claimant), whether she writes or an NGO (มูลนิธิ) writes
  for her; the dead husband's name, ID, birth date and the day he died are never hers; the
  NGO officer's name, mobile, box and office never (her phone and e-mail `()` where only the
  NGO's appear); children's birth dates never.
- A mosque committee's letter (a body like set 63's temple): the โต๊ะอิหม่าม who signs it
  as ประธานคณะกรรมการอิสลามประจำมัสยิด is the one who signs for it: his name; his ID where
  the letter gives it, else `()`; address the mosque's place (its village, หมู่, ตำบล,
  อำเภอ); phone the mosque's line or the imam's own mobile (both accepted); no e-mail scored
  (the secretary's box sends). The secretary (เลขานุการ) who sends is never the applicant.
- The imam's certificate for a villager's Hajj papers, the ศูนย์ตาดีกา head's form for a
  teacher, the Hajj agent's mail for a pilgrim, a son's mail for his mother who needs an
  interpreter: the villager, the teacher, the pilgrim, the mother; the imam's, head's,
  agent's, son's name, ID, phone, box and address never (`()` for phone/e-mail where only
  theirs appear). A มะห์รอม (the pilgrim's companion) is never the applicant.
- NAMES: the name as registered, with นาย/นาง/นางสาว. The pilgrim's honorific หะยี/ฮัจญี
  (ฮัจญะห์ for a woman) is accepted with or without, in place of นาย/นาง or after it (like
  set 72's academic prefixes): "นายอับดุลเลาะ ดือราแม", "ฮัจญีอับดุลเลาะ ดือราแม",
  "นายฮัจญีอับดุลเลาะ ดือราแม". Where หะยี is part of the family name (หะยีสาแม) it is always
  kept. The roles โต๊ะอิหม่าม, บาบอ, อุสตาซ/อุสตาซะห์ are never part of a name (a value with
  them is wrong). The same person's romanised Malay name as she signs it ("Abdullah
  Dorame") is accepted too.
- birth_date ISO, only the applicant's, from the พ.ศ. date; a Hijri date (ฮ.ศ.), a letter's
  date, the day of an attack, a husband's or child's birth date never.
- address: where the applicant lives (the mosque's place for its committee): house number to
  the อำเภอ, with or without the village's name (บ้านบือแนปีแน) after the หมู่, with or
  without เลขที่/บ้านเลขที่, province and postal code; province and postal code of that
  address. A stall's place, a rubber plot's, a กุโบร์'s, the place of an attack, an NGO's
  office never.
- A passport number, a Hajj agent's licence, a case or police report number (ปจว.), a
  ตาดีกา's registration number, a permit's number is never an ID or a phone.
Everyone, every mosque, firm and number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w
from unseen_requests_56 import P, Party, addresses, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@pattanicity.example.go.th"
PN = "ปัตตานี"
YL = "ยะลา"
NR = "นราธิวาส"
NONE = date(1900, 1, 1)  # a mosque has no birth date; never expected

PEOPLE: tuple[Party, ...] = (
    P("นาย", "มะรอนิง", "สะมะแอ", "394060012357", date(1966, 5, 14), "0819904417", "maroning.sm@gmail.com",
      "45", "3", "", "", "ตะลุบัน", "สายบุรี", PN, "94110"),
    P("นางสาว", "นูรีซัน", "ดือราแม", "395010044218", date(1995, 2, 3), "0637712409", "nurisan.drm@gmail.com",
      "17/2", "", "", "สิโรรส", "สะเตง", "เมืองยะลา", YL, "95000"),
    P("นาย", "อับดุลเลาะ", "ดือราแม", "396050027731", date(1959, 10, 21), "0897756120", "abdullah.dorame@gmail.com",
      "112", "2", "", "", "รือเสาะ", "รือเสาะ", NR, "96150"),
    P("นาง", "ซารีป๊ะ", "เจ๊ะแว", "395030018842", date(1979, 7, 9), "0856618043", "",
      "8", "4", "", "", "บาเจาะ", "บันนังสตา", YL, "95130"),
    P("นาย", "สุไลมาน", "หะยีสาแม", "394010063315", date(1983, 12, 1), "0924418806", "sulaiman.hsm@hotmail.com",
      "29/5", "", "", "ยะรัง", "อาเนาะรู", "เมืองปัตตานี", PN, "94000"),
    P("นาง", "รอกีเยาะ", "มะแซ", "396010052274", date(1972, 3, 27), "0819927745", "rokiyoh.ms@gmail.com",
      "61", "", "", "พิชิตบำรุง", "บางนาค", "เมืองนราธิวาส", NR, "96000"),
    P("นาย", "อิสมาแอ", "แวหะมะ", "394060071148", date(1988, 8, 18), "0952210374", "ismae.whm@gmail.com",
      "3/1", "5", "", "", "ปะเสยะวอ", "สายบุรี", PN, "94110"),
    P("นาง", "ฮาลีเมาะ", "สาและ", "396050039926", date(1955, 1, 30), "0868821157", "",
      "90", "1", "", "", "สาวอ", "รือเสาะ", NR, "96150"),
    P("นาย", "มูฮำหมัดซุกรี", "เจ๊ะเต๊ะ", "395030047719", date(1991, 4, 25), "0617734480", "mukri.ct@gmail.com",
      "14", "6", "", "", "ตาเนาะปูเต๊ะ", "บันนังสตา", YL, "95130"),
    P("นางสาว", "ฟาตีเมาะ", "ยูโซะ", "395010081163", date(1998, 11, 11), "0645590218", "fatimah.ysh@gmail.com",
      "5", "", "", "ผังเมือง 4", "สะเตง", "เมืองยะลา", YL, "95000"),
)  # fmt: skip

# The village each lives in (after the หมู่), the honorific of those who made the Hajj, the
# romanised Malay name some sign with; keyed by the first name.
VILLAGE = {"มะรอนิง": "บ้านบือแนปีแน", "อับดุลเลาะ": "บ้านกำปงบารู", "ซารีป๊ะ": "บ้านกำปงตือโละ",
           "อิสมาแอ": "บ้านบือแนปีแน", "ฮาลีเมาะ": "บ้านกำปงบาโงย", "มูฮำหมัดซุกรี": "บ้านตาเนาะปูเต๊ะ"}  # fmt: skip
HAJI = {"มะรอนิง": "หะยี", "อับดุลเลาะ": "ฮัจญี", "ฮาลีเมาะ": "ฮัจญะห์"}
ROMAN = {"มะรอนิง": "Maroning Samae", "อับดุลเลาะ": "Abdullah Dorame", "ซารีป๊ะ": "Saripah Chewae",
         "ฮาลีเมาะ": "Halimah Salae", "ฟาตีเมาะ": "Fatimah Yusoh", "นูรีซัน": "Nurisan Dueramae",
         "อิสมาแอ": "Ismail Waehama", "รอกีเยาะ": "Rokiyah Masae"}  # fmt: skip

# Mosques (a committee's place and line) and their imams (name, ID, mobile, honorific).
MOSQUES: tuple[Party, ...] = (
    P("", "มัสยิดนูรุลอิสลาม", "", "094000000011", NONE, "073411256", "",
      "1", "3", "", "", "ตะลุบัน", "สายบุรี", PN, "94110", juristic=True),
    P("", "มัสยิดอัลฮิดายะห์", "", "095000000029", NONE, "073289104", "",
      "99", "4", "", "", "บาเจาะ", "บันนังสตา", YL, "95130", juristic=True),
)  # fmt: skip
MOSQUE_VILLAGE = ("บ้านบือแนปีแน", "บ้านกำปงตือโละ")
IMAMS: tuple[tuple[str, str, str, str], ...] = (
    ("นายอาแว เจ๊ะหลง", with_check_digit("394060002281"), "0813390726", "หะยี"),
    ("นายยูโซฟ บินมะ", with_check_digit("395030009914"), "0898824013", "ฮัจญี"),
)
SECRETARY = ("นายรอสดี มามะ", "0872206615", "rosdee.mm@gmail.com")

# The NGO that writes for widows: its officer, her mobile, box, the office.
NGO = ("มูลนิธิเพื่อนหญิงชายแดนใต้", "นางสาวซูไฮลา อาลี", "0935518820", "suhaila@pueannying.example.org",
       "77/3 ถนนหนองจิก ตำบลสะบารัง อำเภอเมืองปัตตานี จังหวัดปัตตานี 94000", "073-331-472")  # fmt: skip
# The dead husbands (name, ID, birth date, the day killed, the place).
HUSBANDS: tuple[tuple[str, str, date, date, str], ...] = (
    ("นายมะยูโซ๊ะ เจ๊ะแว", with_check_digit("395030011207"), date(1976, 6, 2), date(2025, 9, 14),
     "ถนนสายบันนังสตา-บาเจาะ หมู่ที่ 2 ตำบลบาเจาะ"),
    ("นายอับดุลรอมัน มะแซ", with_check_digit("396010044529"), date(1969, 9, 8), date(2026, 3, 21),
     "ร้านน้ำชาบ้านตะโล๊ะ ตำบลบางนาค"),
    ("นายดอเลาะ สาและ", with_check_digit("396050010213"), date(1951, 4, 4), date(2024, 11, 2),
     "สวนยางบ้านกำปงบาโงย หมู่ที่ 1 ตำบลสาวอ"),
)  # fmt: skip
HUSBAND_OF = {"ซารีป๊ะ": 0, "รอกีเยาะ": 1, "ฮาลีเมาะ": 2}  # each widow's husband
TADIKA_HEAD = (
    "นายอับดุลรอแม ยามา",
    with_check_digit("394060033317"),
    "0817720498",
    "ศูนย์ตาดีกามัสยิดนูรุลอิสลาม",
)
SONS = ("นายซาการียา สาและ", with_check_digit("396050088130"), "0829915506", "zakariya.salae@gmail.com",
        "200/4 ถนนรามคำแหง แขวงหัวหมาก เขตบางกะปิ กรุงเทพมหานคร 10240")  # fmt: skip
HAJJ_AGENT = ("บริษัท ยะลาฮัจย์ ทราเวล จำกัด", "ใบอนุญาตประกอบกิจการฮัจย์ที่ 45/2569", "073-212-885",
              "hajj@yalahajj.example.co.th", "นางสาวนูรฮายาตี สะแลแม")  # fmt: skip
MAHRAM = ("นายมูฮัมมัดรอฟี ดือราแม", with_check_digit("396050091142"), date(1986, 2, 17), "A81124405")


def message(n: int, subject: str, sender: str, *, to: str = DESK, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set76-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-mail@example.net'}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def village(a: Party) -> str:
    return VILLAGE.get(a.p.first, "")


def vhome(a: Party, k: int, v: str = "") -> str:
    """The address as typed, the village's name after the หมู่ in the even variants."""
    h = home(a, k)
    v = v or village(a)
    if not v or k % 2:
        return h
    for moo in (f"หมู่ที่ {a.p.moo} ", f"หมู่ {a.p.moo} ", f"ม.{a.p.moo} "):
        if moo in h:
            return h.replace(moo, f"{moo}{v} ", 1)
    return h


def vaddresses(a: Party, v: str) -> tuple[str, ...]:
    base = addresses(a)
    if not v:
        return base
    more = []
    for s in base:
        for moo in (f"หมู่ที่ {a.p.moo} ", f"หมู่ {a.p.moo} ", f"ม.{a.p.moo} "):
            if moo in s:
                more.append(s.replace(moo, f"{moo}{v} ", 1))
                break
    return tuple(dict.fromkeys((*base, *more)))


def haji_name(a: Party) -> str:
    p = a.p
    return f"{HAJI[p.first]}{p.first} {p.last}" if p.first in HAJI else a.name


def names(a: Party) -> tuple[str, ...]:
    p = a.p
    out = [a.name]
    if p.first in HAJI:
        out += [f"{HAJI[p.first]}{p.first} {p.last}", f"{p.title}{HAJI[p.first]}{p.first} {p.last}"]
    if p.first in ROMAN:
        out.append(ROMAN[p.first])
    return tuple(out)


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    e["full_name"] = names(a)
    if "address" in e:
        e["address"] = vaddresses(a, village(a))
    if "email" in e and not a.p.email:
        e.pop("email")
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = own(a, keys)
    if "phone" in e:
        e["phone"] = ()
    if "email" in keys.split():
        e["email"] = ()
    return e


def mosque(k: int, keys: str, *, with_id: bool) -> dict[str, tuple[str, ...]]:
    m = MOSQUES[k]
    e = exp(m, keys)
    e.pop("email", None)
    name, nid, mob, haji = IMAMS[k]
    bare = name[3:]
    e["full_name"] = (name, f"{haji}{bare}", f"นาย{haji}{bare}")
    e["national_id"] = (nid,) if with_id else ()
    e["phone"] += ("+66" + mob[1:], mob)
    e["address"] = vaddresses(m, MOSQUE_VILLAGE[k])
    return e


def hijri(n: int) -> str:
    return ("12 ร่อญับ 1448", "3 ญุมาดัลอาคิเราะฮ์ 1448", "27 ญุมาดัลอูลา 1448")[n % 3]


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id birth_date phone address postal_code province"

WHO: dict[str, str] = {
    "plain_mosque_kubur_road": "the imam who signs for the committee (his ID given); the mosque's place, its line or his mobile",
    "plain_widow_yiaoyaa_own": "the widow; never her husband's ID, birth date, day killed",
    "plain_ngo_for_widow": "the widow; never the NGO officer (her mobile, box, office)",
    "plain_son_interpreter_mother": "the mother who needs a ล่ามภาษามลายู; never the son in Bangkok",
    "plain_rubber_farmer_malay": "the farmer (romanised Malay greeting, signature); never the neighbour",
    "html_gmail_tadika_teacher": "the teacher; never the ศูนย์ตาดีกา's head",
    "html_outlook_hajj_agent": "the pilgrim; never the agent (licence, line, box) nor the มะห์รอม",
    "html_webform_halal_stall": "the vendor; her home, never the stall's place",
    "html_reply_interpreter_quoted": "the villager who replies; never the clerk's quoted signature",
    "html_outlook_ngo_table": "the widow's rows; never the husband's rows nor the NGO's signature",
    "docx_mosque_maulid_letter": "the imam who signs (no ID); the mosque's place and line; never the secretary",
    "docx_widow_petition_hijri": "the widow; never the husband; Hijri dates never a birth date",
    "docx_tadika_allowance_form": "the teacher's section (her phone); never the head's certification nor his box",
    "docx_imam_hajj_certificate": "the villager certified; never the imam who certifies",
    "pdf_fillable_yiaoyaa": "the claimant's fields; never the deceased's",
    "pdf_typed_rubber_complaint": "the farmer who writes; never the plot's place",
    "pdf_fillable_halal_permit": "the applicant; never the stall's place",
    "pdf_typed_ngo_interpreter": "the villager; never the NGO's block and signature",
    "xlsx_hajj_pilgrim_sheet": "the pilgrim's row; never the มะห์รอม's row",
    "xlsx_yiaoyaa_household": "the claimant's row; never the deceased's or the children's",
}


# --- plain ---------------------------------------------------------------------------------


def plain_mosque_kubur_road(a: Party, i: int) -> Case:
    """The mosque committee's secretary mails, from his phone, the committee's request
    for a laterite road to the กุโบร์, signed by the imam as its chairman (his ID and
    mobile), the mosque's place and line; the secretary's own name and mobile below."""
    k = i % 2
    m = MOSQUES[k]
    name, nid, mob, haji = IMAMS[k]
    sec, sec_mob, sec_box = SECRETARY
    text = (
        f"เรียน นายกองค์การบริหารส่วนตำบล{m.p.tambon}\n\nAssalamualaikum\n\n"
        f"ด้วยคณะกรรมการอิสลามประจำ{m.name} ตั้งอยู่เลขที่ {vhome(m, 2 * i, MOSQUE_VILLAGE[k])} "
        f"มีความประสงค์ขอให้ อบต. ปรับปรุงถนนลูกรังทางเข้ากุโบร์ (สุสาน) ประจำหมู่บ้าน ระยะทางประมาณ 850 เมตร "
        "ซึ่งในฤดูฝนน้ำท่วมขัง ชาวบ้านไม่สามารถนำศพไปฝังได้สะดวก มีผู้ใช้ทางประมาณ 230 ครัวเรือน\n\n"
        f"ผู้ยื่นคำร้อง {name} ({haji}{name[3:]}) โต๊ะอิหม่าม ประธานคณะกรรมการอิสลามประจำมัสยิด\n"
        f"เลขประจำตัวประชาชน {nid_w(nid, i)}\nโทร {mobile(mob, i)}\nโทรศัพท์มัสยิด {tel(m, i)}\n\n"
        f"ลงวันที่ {thai_day(date(2026, 12, 1 + (2 + i) % 28))} ตรงกับ {hijri(i)} ฮ.ศ.\n\n"
        f"ส่งโดย {sec} เลขานุการคณะกรรมการฯ {mobile(sec_mob, i + 1)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอปรับปรุงถนนเข้ากุโบร์", f"Rosdee Mama <{sec_box}>", text=text)
    return Case(
        "plain_mosque_kubur_road", raw, mosque(k, NO_BIRTH.replace(" email", ""), with_id=True)
    )


def plain_widow_yiaoyaa_own(a: Party, i: int) -> Case:
    """A widow asks from her phone the เยียวยา after her husband was shot: his ID, birth
    date and the day he was killed, the police report's number; her own lines."""
    p = a.p
    hn, hid, hborn, killed, where = HUSBANDS[HUSBAND_OF[p.first]]
    text = (
        f"เรียน นายอำเภอ{p.amphoe}\n\n"
        f"{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} เกิด {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {vhome(a, i)}\n"
        f"เป็นภรรยาของ {hn} เลขบัตร {nid_w(hid, i + 1)} เกิด {born_th(hborn, i + 1)} "
        f"ซึ่งถูกคนร้ายยิงเสียชีวิตเมื่อวันที่ {thai_day(killed)} ที่{where} "
        f"(ประจำวันเกี่ยวกับคดี ข้อ {12 + i} เวลา 19.40 น. สภ.{p.amphoe.replace('เมือง', '')})\n\n"
        "ขอยื่นคำร้องขอรับเงินช่วยเหลือเยียวยาผู้ได้รับผลกระทบจากเหตุการณ์ความไม่สงบในจังหวัดชายแดนภาคใต้ "
        "ตอนนี้มีลูก 3 คน ยังเรียนอยู่ทั้งหมด\n"
        f"ติดต่อ {tel(a, i + 1)}\n\nขอบคุณค่ะ\n{a.name}\n\nส่งจาก Samsung Email\n"
    )
    raw = message(i, "ขอรับเงินเยียวยา (สามีเสียชีวิตจากเหตุความไม่สงบ)", own_box(a), text=text)
    return Case("plain_widow_yiaoyaa_own", raw, own(a, ALL))


def plain_ngo_for_widow(a: Party, i: int) -> Case:
    """An NGO's officer writes from the foundation's box for a widow who does not write
    Thai: the widow's ID, home, birth date; the husband's name, ID and the day he died;
    the officer's mobile, the office's line and place in the signature."""
    p = a.p
    org, off, off_mob, off_box, off_place, off_line = NGO
    hn, hid, _hborn, killed, _where = HUSBANDS[HUSBAND_OF[p.first]]
    text = (
        f"เรียน ผู้อำนวยการศูนย์ช่วยเหลือเยียวยาผู้ได้รับผลกระทบ จังหวัด{p.province}\n\n"
        f"{org} ขอส่งเรื่องแทน {a.name} ซึ่งพูดและเขียนภาษาไทยได้น้อย\n"
        f"- เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\n- วันเกิด {born_th(p.born, i + 2)}\n"
        f"- ที่อยู่ {vhome(a, i + 1)}\n"
        f"- ผู้เสียชีวิต (สามี) {hn} เลขประจำตัวประชาชน {nid_w(hid, i)} เสียชีวิตวันที่ {thai_day(killed)}\n\n"
        "ผู้ร้องยังไม่ได้รับเงินช่วยเหลือเยียวยาตามระเบียบ ศอ.บต. เนื่องจากเอกสารมรณบัตรสะกดชื่อสามีไม่ตรงกับบัตรประชาชน "
        "จึงขอความอนุเคราะห์ตรวจสอบและแก้ไข\n"
        "ผู้ร้องไม่มีโทรศัพท์ส่วนตัว กรุณาติดต่อผ่านมูลนิธิ\n\n"
        f"ขอแสดงความนับถือ\n{off}\nเจ้าหน้าที่ภาคสนาม {org}\n{off_place}\nโทร {off_line} มือถือ {mobile(off_mob, i)}\n{off_box}\n"
    )
    raw = message(i, f"ส่งเรื่องเยียวยาแทน{a.name}", f"Suhaila Ali <{off_box}>", text=text)
    return Case("plain_ngo_for_widow", raw, for_other(a, ALL))


def plain_son_interpreter_mother(a: Party, i: int) -> Case:
    """A son working in Bangkok asks the district office for a Malay interpreter when his
    mother comes to correct her name in the house registration: her ID, birth date and
    home; his own ID, condo, mobile."""
    p = a.p
    sn, sid, smob, sbox, shome = SONS
    rel = "มารดา" if p.title != "นาย" else "บิดา"
    text = (
        f"เรียน นายอำเภอ{p.amphoe}\n\nผม {sn} เลขบัตร {nid_w(sid, i + 1)} ทำงานอยู่ที่ {shome}\n"
        f"ขอความอนุเคราะห์จัดล่ามภาษามลายูให้{rel}ของผม คือ {a.name} "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {vhome(a, i)}\n"
        f"ซึ่งจะไปยื่นคำร้องแก้ไขชื่อในทะเบียนบ้านวันที่ {thai_day(date(2026, 12, 1 + (15 + i) % 28))} "
        f"เนื่องจาก{rel}พูดได้แต่ภาษามลายูถิ่น ฟังภาษาไทยไม่เข้าใจครับ\n\n"
        f"ติดต่อผมได้ที่ {mobile(smob, i)}\nขอบคุณครับ\n{sn}\n\nส่งจาก Gmail บน Android\n"
    )
    raw = message(i, f"ขอล่ามภาษามลายูให้{rel}", f"Zakariya Salae <{sbox}>", text=text)
    return Case("plain_son_interpreter_mother", raw, for_other(a, ALL))


def plain_rubber_farmer_malay(a: Party, i: int) -> Case:
    """A rubber farmer's complaint partly in romanised Malay ("Assalamualaikum", "Terima
    kasih"), Thai lines for the fields: a neighbour's drain floods his plot; the
    neighbour's name and mobile, the plot's place elsewhere; signed in Thai and Malay."""
    p = a.p
    roman = ROMAN.get(p.first, "")
    text = (
        f"Assalamualaikum\n\nKepada Tuan Nayok อบต.{p.tambon}\n\n"
        "Saya nak buat aduan pasal kebun getah saya. ผมขอร้องเรียนเรื่องสวนยางครับ\n\n"
        f"ชื่อ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i + 1)}\nเกิด {born_th(p.born, i)}\n"
        f"บ้านเลขที่ {vhome(a, i)}\nโทร {tel(a, i)}\n\n"
        f"สวนยางของผม 12 ไร่ อยู่ที่หมู่ที่ {int(p.moo or '2') + 2} ตำบล{p.tambon} (โฉนดเลขที่ {17720 + i}) "
        "เพื่อนบ้านคือ นายมะนาเซ อาแว โทร 089-117-2046 ขุดคูระบายน้ำจากบ่อปลาเข้ามาในสวน ต้นยางตาย 40 ต้น "
        "ไปคุยแล้วเขาไม่ยอมแก้ไข ขอให้ อบต. มาดูด้วยครับ\n\n"
        f"Terima kasih banyak.\nWassalam\n{haji_name(a)}\n{roman}\n"
    )
    raw = message(i, "Aduan kebun getah / ร้องเรียนสวนยาง", own_box(a), text=text)
    return Case("plain_rubber_farmer_malay", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_tadika_teacher(a: Party, i: int) -> Case:
    """A ตาดีกา teacher asks from her Gmail why her allowance (ค่าตอบแทนครูตาดีกา) for three
    months has not come: her lines as a list, the centre, its registration, the head's
    name and mobile."""
    p = a.p
    head, _head_id, head_mob, centre = TADIKA_HEAD
    lines = [f"เรียน นายกเทศมนตรี{('เมืองปัตตานี', 'นครยะลา')[i % 2]}", "", "Assalamualaikum wbt.", "",
             f"{me(a)}เป็นครูสอนศูนย์การศึกษาอิสลามประจำมัสยิด (ตาดีกา) {centre} เลขทะเบียนศูนย์ ตดก.{940 + i}/2562 "
             f"ยังไม่ได้รับค่าตอบแทนครูตาดีกาเดือนกันยายน-พฤศจิกายน 2569{ending(a)}", "",
             f"ชื่อ-สกุล: {a.name} (อุสตาซะห์)", f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}",
             f"วันเกิด: {born_th(p.born, i + 1)}", f"ที่อยู่: {vhome(a, i + 1)}", f"มือถือ: {tel(a, i)}", "",
             f"ผู้รับรอง: {head} ประธานศูนย์ตาดีกา โทร {mobile(head_mob, i)}", "",
             "Terima kasih", a.name]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, "สอบถามค่าตอบแทนครูตาดีกา", own_box(a), html=html)
    return Case("html_gmail_tadika_teacher", raw, own(a, ALL))


def outlook(paras: list[str], sig: str) -> str:
    body = "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Tahoma",sans-serif}</style></head>'
            f'<body lang="TH"><div class="WordSection1">{body}<p class="MsoNormal">&nbsp;</p>{sig}</div></body></html>\n')  # fmt: skip


def html_outlook_hajj_agent(a: Party, i: int) -> Case:
    """A Hajj agent's Outlook asks the district office a certified copy of a pilgrim's
    house registration for the Saudi visa: the pilgrim's ID, birth date (and in Hijri),
    passport, home; the มะห์รอม's name and ID; the agent's licence, line and box."""
    p = a.p
    firm, lic, line, box, staff = HAJJ_AGENT
    mn, mid, mborn, _mpass = MAHRAM
    paras = [f"เรียน นายอำเภอ{p.amphoe}", "",
             f"{firm} ({lic}) ขอส่งรายชื่อผู้แสวงบุญฮัจญ์ ปี ฮ.ศ. 1448 เพื่อขอสำเนาทะเบียนบ้านฉบับรับรอง ประกอบการขอวีซ่า",
             "", f"<b>ผู้แสวงบุญ</b> {a.name}", f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}",
             f"เกิดวันที่ {born_th(p.born, i)}", f"หนังสือเดินทางเลขที่ A7{7103 + i}6218",
             f"ที่อยู่ตามทะเบียนบ้าน {vhome(a, i + 1)}", "",
             f"<b>มะห์รอม (ผู้ร่วมเดินทาง)</b> {mn} เลขประจำตัวประชาชน {nid_w(mid, i + 1)} เกิด {born_th(mborn, i)}", "",
             "ผู้แสวงบุญจะเดินทางวันที่ 9 พฤษภาคม 2570 ตรงกับ 22 ซุลเกาะดะฮ์ 1448", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{staff}</b><br>ฝ่ายเอกสารผู้แสวงบุญ<br>{firm}<br>{lic}<br>'
           f'โทร {line}<br><a href="mailto:{box}">{box}</a></p>')  # fmt: skip
    raw = message(
        i, f"ขอสำเนาทะเบียนบ้านผู้แสวงบุญฮัจญ์ {a.name}", f"{firm} <{box}>", html=outlook(paras, sig)
    )
    return Case("html_outlook_hajj_agent", raw, for_other(a, ALL))


def html_webform_halal_stall(a: Party, i: int) -> Case:
    """The city's e-service form (a table of label and value) for a halal food stall
    permit: the vendor's lines, then the stall's place (another address), the ฮาลาล
    certificate's number."""
    p = a.p
    city = ("เทศบาลนครยะลา", "เทศบาลเมืองนราธิวาส")[i % 2]
    stall = ("แผงที่ 14 ตลาดเก่า ถนนสิโรรส ตำบลสะเตง อำเภอเมืองยะลา จังหวัดยะลา 95000",
             "หน้าตลาดสดเทศบาล ถนนพิชิตบำรุง ตำบลบางนาค อำเภอเมืองนราธิวาส จังหวัดนราธิวาส 96000")[i % 2]  # fmt: skip
    rows = [("เลขที่คำขอ", f"EF-2569-{4417 + i}"), ("ประเภทคำขอ", "ขออนุญาตจำหน่ายอาหารในที่หรือทางสาธารณะ"),
            ("ชื่อ-นามสกุล ผู้ขอ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
            ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 2)), ("ที่อยู่ผู้ขอ", vhome(a, i)),
            ("โทรศัพท์มือถือ", tel(a, i + 2)), ("อีเมล", p.email or "-"),
            ("สถานที่จำหน่าย", stall), ("ประเภทอาหาร", "ข้าวยำ นาซิดาแฆ โรตี (อาหารฮาลาล)"),
            ("เลขที่หนังสือรับรองฮาลาล", f"กอจ.ยล. {118 + i}/2568")]  # fmt: skip
    t = "".join(f"<tr><th align='left'>{x}</th><td>{y}</td></tr>" for x, y in rows)
    html = (f"<html><body><h3>ระบบยื่นคำขออิเล็กทรอนิกส์ {city}</h3><p>มีผู้ยื่นคำขอใหม่ผ่านเว็บไซต์</p>"
            f"<table border='1' cellpadding='4'>{t}</table><p>อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        f"[e-Service] คำขอใหม่ EF-2569-{4417 + i}",
        f"{city} e-Service <no-reply@eservice.example.go.th>",
        html=html,
    )
    return Case("html_webform_halal_stall", raw, own(a, ALL))


def html_reply_interpreter_quoted(a: Party, i: int) -> Case:
    """A villager replies in Gmail to the district clerk who asked his details for a
    Malay interpreter at a land mediation: his answers on top, the clerk's mail quoted
    below with her name, line and the office's address."""
    p = a.p
    top = (f"<div dir='ltr'><div>Assalamualaikum {'ครับ' if p.title == 'นาย' else 'ค่ะ'}</div><div>ส่งข้อมูลตามที่ขอ{ending(a)}</div><br>"
           f"<div>ชื่อ {a.name}</div><div>เลขบัตร {nid_w(p.nid, i)}</div><div>วันเกิด {born_th(p.born, i)}</div>"
           f"<div>ที่อยู่ {vhome(a, i)}</div><div>โทร {tel(a, i + 1)}</div>"
           f"<div>ภาษาที่ใช้: มลายูถิ่น (Bahasa Melayu Patani)</div><br><div>Terima kasih</div><div>{p.first}</div></div>")  # fmt: skip
    quote = ("<div class='gmail_quote'><div dir='ltr' class='gmail_attr'>เมื่อ พ. 2 ธ.ค. 2569 เวลา 10:14 "
             f"งานศูนย์ดำรงธรรมอำเภอ{p.amphoe} &lt;damrongtham.{i}@example.go.th&gt; เขียนว่า:<br></div>"
             "<blockquote class='gmail_quote' style='margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex'>"
             "เรียน คุณผู้ร้อง<br>ตามที่ท่านขอล่ามภาษามลายูในการไกล่เกลี่ยข้อพิพาทที่ดิน กรุณาแจ้งชื่อ เลขบัตร ที่อยู่ และเบอร์โทร<br><br>"
             f"นางสาวอัสมะ หะยีมะแซ<br>เจ้าพนักงานปกครอง<br>ที่ว่าการอำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}<br>โทร 073-{551 + i}-208</blockquote></div>")  # fmt: skip
    raw = message(i, "Re: ขอล่ามภาษามลายู (ไกล่เกลี่ยที่ดิน)", own_box(a), html=top + quote + "\n")
    return Case("html_reply_interpreter_quoted", raw, own(a, ALL))


def html_outlook_ngo_table(a: Party, i: int) -> Case:
    """The NGO's Outlook sends a table for a widow's claim: the claimant's rows, the
    deceased's rows (his ID, birth date, the day he died), the officer's signature."""
    p = a.p
    org, off, off_mob, off_box, off_place, off_line = NGO
    hn, hid, hborn, killed, where = HUSBANDS[HUSBAND_OF[p.first]]
    rows = [("ผู้ยื่นคำขอ (ภรรยา)", ""), ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วันเกิด", born_th(p.born, i)), ("ที่อยู่", vhome(a, i)),
            ("ผู้เสียชีวิต", ""), ("ชื่อ-สกุล", hn), ("เลขประจำตัวประชาชน", nid_w(hid, i + 1)),
            ("วันเกิด", born_th(hborn, i + 1)), ("วันที่เสียชีวิต", thai_day(killed)), ("สถานที่เกิดเหตุ", where)]  # fmt: skip
    t = "".join(
        f"<tr><td>{x}</td><td>{y}</td></tr>" if y else f"<tr><td colspan='2'><b>{x}</b></td></tr>"
        for x, y in rows
    )
    paras = [f"เรียน ศูนย์ดำรงธรรมจังหวัด{p.province}", "",
             f"{org} ขอส่งข้อมูลผู้ได้รับผลกระทบ เพื่อขอรับการเยียวยาด้านจิตใจและทุนการศึกษาบุตร ดังนี้", "",
             f"<table border='1' cellpadding='4' style='border-collapse:collapse'>{t}</table>", "",
             "ผู้ยื่นคำขอไม่มีโทรศัพท์ กรุณาติดต่อเจ้าหน้าที่มูลนิธิ", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = f'<p class="MsoNormal">{off}<br>{org}<br>{off_place}<br>โทร {off_line} | {mobile(off_mob, i + 1)}<br>{off_box}</p>'
    raw = message(i, f"ข้อมูลผู้ได้รับผลกระทบ: {a.name}", f"{org} <{off_box}>", html=outlook(paras, sig))
    return Case("html_outlook_ngo_table", raw, for_other(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_mosque_maulid_letter(a: Party, i: int) -> Case:
    """The mosque committee's letter in Word (ที่ มน. .../2569, dated in พ.ศ. and ฮ.ศ.),
    asking tents, chairs and a sound system for the เมาลิด: the mosque's place under its
    name, signed by the imam as chairman (no ID); the secretary as the contact."""
    k = (i + 1) % 2
    m = MOSQUES[k]
    name, _, _mob, haji = IMAMS[k]
    sec, sec_mob, sec_box = SECRETARY

    def build(d: Any) -> None:
        d.add_paragraph(f"ที่ มส.{('นอ', 'ฮด')[k]} {21 + i}/2569\t\t\tคณะกรรมการอิสลามประจำ{m.name}\n"
                        f"\t\t\t\t{vhome(m, i + 2 * k, MOSQUE_VILLAGE[k])}")  # fmt: skip
        d.add_paragraph(
            f"\t\t\t\t{thai_day(date(2026, 12, 1 + (3 + i) % 28))}\n\t\t\t\tตรงกับ {hijri(i + 1)}"
        )
        d.add_paragraph(
            f"เรื่อง ขอความอนุเคราะห์วัสดุอุปกรณ์จัดงานเมาลิดิ้ลนบี\nเรียน นายกองค์การบริหารส่วนตำบล{m.p.tambon}"
        )
        d.add_paragraph(
            f"ด้วยคณะกรรมการอิสลามประจำ{m.name} ร่วมกับชาวบ้าน{MOSQUE_VILLAGE[k]} จะจัดงานเมาลิดิ้ลนบี (วันประสูติท่านนบีมุฮัมมัด ซ.ล.) "
            "ในวันที่ 9 มกราคม 2570 มีผู้ร่วมงานประมาณ 600 คน จึงขอความอนุเคราะห์เต็นท์ 8 หลัง เก้าอี้ 300 ตัว และเครื่องเสียง 1 ชุด"
        )
        d.add_paragraph(f"ทั้งนี้ ได้มอบหมายให้ {sec} เลขานุการฯ โทร {mobile(sec_mob, i)} เป็นผู้ประสานงาน")
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์ ขอขอบคุณมา ณ โอกาสนี้")
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\n({name})\n{haji}{name[3:]}\nโต๊ะอิหม่าม ประธานคณะกรรมการอิสลามประจำ{m.name}"
        )
        d.add_paragraph(f"โทร {tel(m, i)}")

    raw = message(i, f"หนังสือ{m.name} ขอความอนุเคราะห์จัดงานเมาลิด", f"Rosdee Mama <{sec_box}>",
                  text=f"เรียน อบต.{m.p.tambon}\nAssalamualaikum ส่งหนังสือของมัสยิดครับ\n",
                  files=(("หนังสือมัสยิด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_mosque_maulid_letter",
        raw,
        mosque(k, "full_name national_id phone address postal_code province", with_id=False),
    )


def docx_widow_petition_hijri(a: Party, i: int) -> Case:
    """A widow's คำร้อง typed in Word by her niece: the date in พ.ศ. and ฮ.ศ., her lines
    on dotted lines, her husband's ID and birth date and the day he died (both
    calendars), her children's births."""
    p = a.p
    hn, hid, hborn, killed, where = HUSBANDS[HUSBAND_OF[p.first]]

    def build(d: Any) -> None:
        d.add_paragraph("คำร้อง")
        d.add_paragraph(
            f"เขียนที่ บ้านเลขที่ {p.house}\nวันที่ {thai_day(date(2026, 12, 1 + (4 + i) % 28))} ({hijri(i + 2)})"
        )
        d.add_paragraph(f"เรื่อง ขอรับเงินช่วยเหลือเยียวยาและทุนการศึกษาบุตร\nเรียน นายอำเภอ{p.amphoe}")
        d.add_paragraph(
            f"ข้าพเจ้า....{a.name}....อายุ....{2569 - p.born.year - 543}....ปี เกิดวันที่....{born_th(p.born, i)}...."
            f"เลขประจำตัวประชาชน....{nid_w(p.nid, i + 1)}....อยู่บ้านเลขที่....{vhome(a, i + 2)}....โทรศัพท์....{tel(a, i)}...."
        )
        d.add_paragraph(
            f"เป็นภรรยาที่ชอบด้วยกฎหมายของ {hn} เลขประจำตัวประชาชน {nid_w(hid, i)} เกิดวันที่ {born_th(hborn, i + 2)} "
            f"ซึ่งเสียชีวิตจากเหตุระเบิดเมื่อวันที่ {thai_day(killed)} (ตรงกับ ฮ.ศ. {1446 + (killed.year - 2024)}) ที่{where}"
        )
        d.add_paragraph(
            f"ข้าพเจ้ามีบุตร 2 คน คือ ด.ญ.นูรฮายาตี อายุ 9 ปี (เกิด {thai_day(date(2017, 3, 5))}) และ ด.ช.อิลยาส อายุ 6 ปี "
            f"(เกิด {thai_day(date(2020, 8, 19))}) จึงขอรับเงินช่วยเหลือเยียวยาและทุนการศึกษาบุตรตามระเบียบ"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้ร้อง\n({haji_name(a)})\n\nลงชื่อ....................ผู้เขียน/พิมพ์\n(นางสาวอามีเนาะ {p.last})"
        )

    raw = message(i, "คำร้องขอรับเงินเยียวยา", f"Aminoh <amineh.{i}@gmail.com>",
                  text=f"เรียน อำเภอ{p.amphoe}\nหนูพิมพ์คำร้องให้ป้าค่ะ ป้าไม่มีอีเมล โทรหาป้าตามเบอร์ในคำร้องได้เลยค่ะ\n",
                  files=(("คำร้องเยียวยา.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_widow_petition_hijri", raw, own(a, NO_MAIL))


def docx_tadika_allowance_form(a: Party, i: int) -> Case:
    """The ศูนย์ตาดีกา's form for a teacher's allowance, as a Word table: the teacher's
    rows (name, ID, birth date, home, mobile, bank), then the head's certification (his
    name, ID, mobile), sent from the head's box."""
    p = a.p
    head, head_id, head_mob, centre = TADIKA_HEAD

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบขอรับค่าตอบแทนครูผู้สอน ศูนย์การศึกษาอิสลามประจำมัสยิด (ตาดีกา)\n{centre}")
        rows = [("ชื่อ-สกุลครูผู้สอน", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)),
                ("วันเดือนปีเกิด", born_th(p.born, i + 1)), ("ที่อยู่", vhome(a, i + 1)), ("โทรศัพท์", tel(a, i + 1)),
                ("วุฒิการศึกษาศาสนา", "ซานาวีย์ (ชั้น 10)"), ("บัญชีธนาคาร", f"ธ.อิสลามแห่งประเทศไทย 0{41 + i}-2-11873-{i}")]  # fmt: skip
        t = d.add_table(rows=len(rows), cols=2)
        for r, (x, y) in enumerate(rows):
            t.cell(r, 0).text, t.cell(r, 1).text = x, y
        d.add_paragraph(
            f"ข้าพเจ้า {head} เลขประจำตัวประชาชน {nid_w(head_id, i)} ประธานศูนย์ตาดีกา ขอรับรองว่าผู้มีรายชื่อข้างต้น "
            f"เป็นครูผู้สอนประจำศูนย์จริง โทร {mobile(head_mob, i + 1)}"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ครูผู้สอน\n({a.name})\n\nลงชื่อ....................ประธานศูนย์\n({head})"
        )

    raw = message(i, "แบบขอรับค่าตอบแทนครูตาดีกา", "Abdulromae Yama <abdulromae.y@gmail.com>",
                  text="เรียน กองการศึกษา\nส่งแบบของครูตาดีกาครับ\n",
                  files=(("ค่าตอบแทนครูตาดีกา.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a, ALL)
    e["email"] = ()  # sent from the head's box; hers is not given
    return Case("docx_tadika_allowance_form", raw, e)


def docx_imam_hajj_certificate(a: Party, i: int) -> Case:
    """The imam's certificate (หนังสือรับรอง) in Word that a villager is a Muslim of his
    mosque, for the pilgrim's Hajj papers at the district office: the villager's ID,
    birth date and home; the imam's own name, ID and mobile, the mosque's place."""
    p = a.p
    k = i % 2
    m = MOSQUES[k]
    name, nid, mob, haji = IMAMS[k]

    def build(d: Any) -> None:
        d.add_paragraph(f"หนังสือรับรอง\n{m.name}\n{vhome(m, i, MOSQUE_VILLAGE[k])}")
        d.add_paragraph(
            f"ข้าพเจ้า {name} เลขประจำตัวประชาชน {nid_w(nid, i + 1)} ตำแหน่งอิหม่ามประจำ{m.name} "
            f"ขอรับรองว่า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 2)} "
            f"อยู่บ้านเลขที่ {vhome(a, i + 1)} เป็นผู้นับถือศาสนาอิสลาม และเป็นสัปบุรุษประจำมัสยิดนี้จริง "
            "มีความประสงค์จะเดินทางไปประกอบพิธีฮัจญ์ ณ นครมักกะฮ์ ประเทศซาอุดีอาระเบีย ในปี ฮ.ศ. 1448"
        )
        d.add_paragraph(f"ให้ไว้ ณ วันที่ {thai_day(date(2026, 12, 1 + (1 + i) % 28))} ตรงกับ {hijri(i)}")
        d.add_paragraph(
            f"ลงชื่อ....................\n({haji}{name[3:]})\nอิหม่ามประจำ{m.name}\nโทร {mobile(mob, i)}"
        )

    raw = message(i, f"หนังสือรับรองอิหม่าม ประกอบการขอเอกสารเดินทางฮัจญ์ ({a.name})", own_box(a),
                  text=f"เรียน ที่ว่าการอำเภอ{p.amphoe}\nส่งหนังสือรับรองจากอิหม่ามเพื่อประกอบคำขอเอกสารเดินทางไปฮัจญ์{ending(a)}\n{a.name}\n",
                  files=(("รับรองอิหม่าม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a, ALL)
    e["phone"] = ()  # only the imam's mobile is given
    return Case("docx_imam_hajj_certificate", raw, e)


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_yiaoyaa(a: Party, i: int) -> Case:
    """The province's fillable เยียวยา form (fields named in Thai): the deceased's part on
    top (name, ID, birth date, the day he died), then the claimant's (the widow)."""
    p = a.p
    hn, hid, hborn, killed, where = HUSBANDS[HUSBAND_OF[p.first]]
    labels = [(40, 18, "แบบคำขอรับการช่วยเหลือเยียวยา ผู้ได้รับผลกระทบจากเหตุการณ์ความไม่สงบ"),
              (20, 32, "ส่วนที่ 1 ผู้เสียชีวิต"), (20, 40, "ชื่อ-สกุล"), (20, 48, "เลขประจำตัวประชาชน"), (120, 48, "วันเกิด"),
              (20, 56, "วันที่เกิดเหตุ"), (100, 56, "สถานที่เกิดเหตุ"),
              (20, 72, "ส่วนที่ 2 ผู้ยื่นคำขอ (ทายาท)"), (20, 80, "ชื่อ-สกุล"), (120, 80, "เกี่ยวข้องเป็น"),
              (20, 88, "เลขประจำตัวประชาชน"), (120, 88, "วันเกิด"), (20, 96, "ที่อยู่"), (20, 104, "โทรศัพท์"), (110, 104, "อีเมล")]  # fmt: skip
    fields = [Field("ชื่อผู้เสียชีวิต", hn, 40, 40, 90), Field("เลขผู้เสียชีวิต", hid, 60, 48, 55, comb=13),
              Field("วันเกิดผู้เสียชีวิต", born_th(hborn, i), 135, 48, 45), Field("วันเกิดเหตุ", thai_day(killed), 45, 56, 50),
              Field("สถานที่เกิดเหตุ", where, 125, 56, 70),
              Field("ชื่อผู้ยื่น", a.name, 40, 80, 75), Field("ความเกี่ยวข้อง", "ภรรยา", 145, 80, 40),
              Field("เลขผู้ยื่น", p.nid, 60, 88, 55, comb=13), Field("วันเกิดผู้ยื่น", born_th(p.born, i + 1), 135, 88, 45),
              Field("ที่อยู่ผู้ยื่น", vhome(a, i), 35, 96, 160), Field("โทรผู้ยื่น", tel(a, i), 45, 104, 55),
              Field("อีเมลผู้ยื่น", p.email, 125, 104, 70)]  # fmt: skip
    data = acroform(pdf_page(labels, size=12, face="Garuda"), fields)
    raw = message(i, "แบบคำขอเยียวยา (กรอกแล้ว)", own_box(a), text="ส่งแบบคำขอที่กรอกแล้วค่ะ\n",
                  files=(("แบบคำขอเยียวยา.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_yiaoyaa", raw, own(a, ALL))


def pdf_typed_rubber_complaint(a: Party, i: int) -> Case:
    """A rubber farmer's typed complaint (Word to PDF) to the อบต.: his block top right,
    a middleman's (พ่อค้าคนกลาง) scale cheats on the latex's weight, his plot elsewhere,
    the middleman's name, shop and line."""
    p = a.p
    paras: list[tuple[float, str]] = [(115, f"{vhome(a, i)[: vhome(a, i).rfind(' ', 0, vhome(a, i).rfind(' '))]}"),
             (115, f"{vhome(a, i)[vhome(a, i).rfind(' ', 0, vhome(a, i).rfind(' ')) + 1:]}"), (0, ""),
             (115, f"{thai_day(date(2026, 12, 1 + (7 + i) % 28))}"), (0, ""),
             (20, "เรื่อง ร้องเรียนร้านรับซื้อน้ำยางใช้ตาชั่งไม่เที่ยงตรง"), (20, f"เรียน นายกองค์การบริหารส่วนตำบล{p.tambon}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} โทร {tel(a, i + 2)} อาชีพกรีดยาง "
                  f"มีสวนยาง 8 ไร่ ที่หมู่ที่ {int(p.moo or '1') + 1} ตำบล{p.tambon} ขายน้ำยางสดให้ร้านรุ่งเรืองยางพารา "
                  f"ของนายเจ๊ะอาลี ยูโซ๊ะ (โทร 081-448-{2910 + i}) มาตลอด 3 ปี พบว่าตาชั่งของร้านขาดไปครั้งละ 2-3 กิโลกรัม "
                  "และหักเปอร์เซ็นต์เนื้อยาง (DRC) ต่ำกว่าความจริง จึงขอให้ อบต. ประสานชั่งตวงวัดมาตรวจสอบ"),
             (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({haji_name(a)})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ร้องเรียนร้านรับซื้อน้ำยาง", own_box(a), text="เรียน อบต.\nแนบหนังสือร้องเรียนครับ\n",
                  files=(("ร้องเรียน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_rubber_complaint", raw, own(a, NO_BIRTH))


def pdf_fillable_halal_permit(a: Party, i: int) -> Case:
    """The city's fillable คำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (fields named in
    English): the applicant's lines (birth date in a box), the stall's place in its own
    box, the halal certificate number."""
    p = a.p
    stall = (f"ซุ้มที่ {3 + i} ลานนัดถนนปัตตานีภิรมย์ ตำบลสะบารัง อำเภอเมืองปัตตานี จังหวัดปัตตานี 94000",
             "ถนนเทศบาล 1 ตำบลสะเตง อำเภอเมืองยะลา จังหวัดยะลา 95000")[i % 2]  # fmt: skip
    labels = [(30, 18, "คำขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (แบบ สอ.1)"), (20, 36, "ข้าพเจ้า"),
              (120, 36, "วันเกิด"), (20, 46, "เลขประจำตัวประชาชน"), (20, 56, "อยู่บ้านเลขที่"), (20, 66, "โทรศัพท์"),
              (110, 66, "อีเมล"), (20, 80, "ชื่อสถานที่จำหน่ายอาหาร"), (20, 90, "ตั้งอยู่ที่"),
              (20, 100, "เลขที่หนังสือรับรองฮาลาล")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 40, 36, 75), Field("applicant_dob", born_th(p.born, i + 2), 135, 36, 45),
              Field("applicant_id", nid_w(p.nid, i), 60, 46, 60), Field("applicant_address", vhome(a, i + 1), 45, 56, 150),
              Field("applicant_phone", tel(a, i + 1), 45, 66, 55), Field("applicant_email", p.email, 125, 66, 70),
              Field("shop_name", f"ร้านนาซิกาบู{('กะ', 'เมาะ')[i % 2]}{p.first}", 70, 80, 100), Field("shop_address", stall, 45, 90, 150),
              Field("halal_no", f"กอจ.{('ปน', 'ยล')[i % 2]}. {207 + i}/2569", 75, 100, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=12, face="Laksaman"), fields)
    raw = message(i, "ยื่นคำขอใบอนุญาตสถานที่จำหน่ายอาหาร (ฮาลาล)", own_box(a), text=f"ส่งแบบ สอ.1 ที่กรอกแล้ว{ending(a)}\n",
                  files=(("so1.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_halal_permit", raw, own(a, ALL))


def pdf_typed_ngo_interpreter(a: Party, i: int) -> Case:
    """The NGO's typed letter (its block top left) asking the district office for a Malay
    interpreter for a villager summoned over a land dispute: the villager's ID, birth
    date and home; the officer signs with her mobile."""
    p = a.p
    org, off, off_mob, off_box, off_place, off_line = NGO
    paras: list[tuple[float, str]] = [(20, org), (20, off_place), (20, f"โทร {off_line}"), (0, ""),
             (120, f"{1 + (8 + i) % 28} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอความอนุเคราะห์จัดล่ามภาษามลายู"),
             (20, f"เรียน นายอำเภอ{p.amphoe}"), (0, ""),
             (30, f"ตามที่ที่ว่าการอำเภอได้มีหนังสือเชิญ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
                  f"เกิดวันที่ {born_th(p.born, i)} อยู่บ้านเลขที่ {vhome(a, i + 1)} มาให้ถ้อยคำกรณีข้อพิพาทแนวเขตที่ดิน "
                  f"ในวันที่ {thai_day(date(2026, 12, 1 + (20 + i) % 28))} นั้น เนื่องจากผู้ถูกเชิญสื่อสารได้เฉพาะภาษามลายูถิ่น "
                  "มูลนิธิจึงขอความอนุเคราะห์จัดล่ามภาษามลายูที่ได้รับการรับรองให้ด้วย"),
             (30, f"หากมีข้อสงสัย ติดต่อ {off} โทร {mobile(off_mob, i + 2)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({off})"), (105, "เจ้าหน้าที่ภาคสนาม")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอล่ามภาษามลายู", f"Suhaila Ali <{off_box}>", text="เรียน อำเภอ\nแนบหนังสือมูลนิธิค่ะ\n",
                  files=(("ขอล่าม.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_ngo_interpreter", raw, for_other(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_hajj_pilgrim_sheet(a: Party, i: int) -> Case:
    """A pilgrim's own sheet for the district's Hajj desk: a head, the pilgrim's row
    (ID, birth date in พ.ศ. and a Hijri column, passport, home, mobile), the มะห์รอม's row
    below (his ID, birth date, passport)."""
    p = a.p
    mn, mid, mborn, mpass = MAHRAM

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ฮัจญ์1448"
        ws.append(("แบบข้อมูลผู้ขอเดินทางไปประกอบพิธีฮัจญ์ ปี ฮ.ศ. 1448",))
        ws.append(
            (
                "ฐานะ",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "วันเกิด (พ.ศ.)",
                "ลงวันที่ (ฮ.ศ.)",
                "หนังสือเดินทาง",
                "ที่อยู่",
                "โทรศัพท์",
            )
        )
        ws.append(
            (
                "ผู้ขอ",
                a.name,
                nid_w(p.nid, i),
                born_th(p.born, i),
                hijri(i),
                f"A6{6120 + i}9904",
                vhome(a, i),
                tel(a, i),
            )
        )
        ws.append(("มะห์รอม", mn, nid_w(mid, i + 1), born_th(mborn, i + 1), "", mpass, "", ""))

    raw = message(i, "ข้อมูลผู้เดินทางฮัจญ์", own_box(a), text=f"Assalamualaikum\nส่งแบบข้อมูลฮัจญ์{ending(a)}\n",
                  files=(("hajj_1448.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_hajj_pilgrim_sheet", raw, own(a, ALL))


def xlsx_yiaoyaa_household(a: Party, i: int) -> Case:
    """A widow's household sheet for the เยียวยา desk, typed by the village's ผู้ช่วย
    ผู้ใหญ่บ้าน: the claimant's row, the deceased's row, the children's rows (ด.ช./ด.ญ., births);
    the typist's name and mobile at the foot."""
    p = a.p
    hn, hid, hborn, killed, _where = HUSBANDS[HUSBAND_OF[p.first]]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ครัวเรือน"
        ws.append(("ข้อมูลครัวเรือนผู้ได้รับผลกระทบ", f"ที่อยู่ {vhome(a, i + 1)}"))
        ws.append(("สถานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "หมายเหตุ"))
        ws.append(
            (
                "ผู้ยื่นคำขอ (ภรรยา)",
                a.name,
                nid_w(p.nid, i + 1),
                born_th(p.born, i + 2),
                f"โทร {tel(a, i)}",
            )
        )
        ws.append(
            ("ผู้เสียชีวิต (สามี)", hn, nid_w(hid, i), born_th(hborn, i), f"เสียชีวิต {thai_day(killed)}")
        )
        ws.append(
            (
                "บุตร",
                f"ด.ช.อิรฟาน {hn.split()[1]}",
                nid_w(with_check_digit(f"1{p.nid[1:5]}001{i:02d}43"), i),
                born_th(date(2014, 6, 9), i),
                "กำลังศึกษา",
            )
        )
        ws.append(
            ("บุตร", f"ด.ญ.ซัลวา {hn.split()[1]}", "", born_th(date(2018, 1, 22), i + 1), "กำลังศึกษา")
        )
        ws.append(())
        ws.append(("ผู้จัดทำ", "นายมะหามะ สาแม ผู้ช่วยผู้ใหญ่บ้าน", "โทร 086-220-9147"))

    raw = message(i, f"ข้อมูลครัวเรือนเยียวยา {a.name}", "Mahama Samae <mahama.s@gmail.com>",
                  text="เรียน ศูนย์เยียวยา\nส่งข้อมูลครัวเรือนของผู้ได้รับผลกระทบครับ\n",
                  files=(("ครัวเรือน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = own(a, NO_MAIL)
    return Case("xlsx_yiaoyaa_household", raw, e)


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (mosque styles pick theirs by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_mosque_kubur_road, (0, 0)),
    (plain_widow_yiaoyaa_own, (3, 5)),
    (plain_ngo_for_widow, (7, 3)),
    (plain_son_interpreter_mother, (7, 3)),
    (plain_rubber_farmer_malay, (0, 8)),
    (html_gmail_tadika_teacher, (1, 9)),
    (html_outlook_hajj_agent, (2, 4)),
    (html_webform_halal_stall, (9, 5)),
    (html_reply_interpreter_quoted, (6, 7)),
    (html_outlook_ngo_table, (5, 7)),
    (docx_mosque_maulid_letter, (0, 0)),
    (docx_widow_petition_hijri, (7, 5)),
    (docx_tadika_allowance_form, (9, 1)),
    (docx_imam_hajj_certificate, (0, 6)),
    (pdf_fillable_yiaoyaa, (3, 5)),
    (pdf_typed_rubber_complaint, (2, 8)),
    (pdf_fillable_halal_permit, (4, 1)),
    (pdf_typed_ngo_interpreter, (3, 2)),
    (xlsx_hajj_pilgrim_sheet, (2, 7)),
    (xlsx_yiaoyaa_household, (5, 3)),
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
