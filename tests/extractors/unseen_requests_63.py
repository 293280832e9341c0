"""A sixty-third set of requests written by someone who had not read the readers (issue 8):
REQUESTS SENT BY SOMEONE FOR SOMEONE ELSE, to เทศบาลนครหาดใหญ่, อบต.คอหงส์ and the
ที่ว่าการอำเภอหาดใหญ่ (Songkhla): a lawyer (ทนายความ, his licence ใบอนุญาตเลขที่, his
office's address and line) asking copies of documents for a client; a company's
ผู้รับมอบอำนาจ; a son writing for his bedridden father (the father's ID, the son's phone,
the son living in Bangkok); a temple's ไวยาวัจกร writing for the temple (the abbot's name
and ฉายา); a foreign wife's request written by her Thai husband (her passport, his ID); a
request for one's own records under พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540 (มาตรา 25); a
caretaker for a person with a disability (บัตรประจำตัวคนพิการ). Kinds: plain (phone mail
apps, webmail), HTML (Gmail, Outlook, a law firm's signature in a logo table), Word (a
หนังสือมอบอำนาจ, a lawyer's letter on letterhead, a temple's letter), PDF (fillable forms,
typed letters), xlsx (a law firm's list of documents wanted).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 59 and 60, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). The earlier rulings followed: set 28 (the
applicant is the person who asks; the natural person who signs for a company), set 31
(the elder or disabled person, not the payee or caregiver; the villager, not the headman
who files), set 37 (a mother whose letter gives only her son's phone for the call-back
expects no phone: the son's only with a flag), set 56/60 (a firm: the director who signs
for it, else no name or ID). So here the APPLICANT IS THE ONE THE REQUEST IS FOR, never
the one who sends it for them:
- a lawyer's client (the lawyer's name, licence number, office address, line and box are
  never the client's: the client's phone and e-mail `()` where only the lawyer's appear);
- a bedridden father (the son's name, ID, Bangkok address, phone and box never his; his
  phone `()`);
- a foreign wife (her name as written, Thai or as in her passport; her passport number is
  no national ID: national_id `()`; the husband's ID, phone, box never hers: `()`; her
  address the couple's home where she lives; her birth date from the passport);
- a person with a disability (the number on the บัตรประจำตัวคนพิการ is her 13-digit ID;
  the caretaker's ID, phone, box never hers: `()`);
- one's own records under the information act: the sender herself (her proxy who will
  collect the copies, in a variant, never).
- a COMPANY through its ผู้รับมอบอำนาจ: the director who grants the power for it (ผู้มอบ
  อำนาจ, กรรมการผู้มีอำนาจ) is the natural person of set 56's ruling: his name, his ID where
  given; the proxy's name, ID and mobile never; address, phone, e-mail the company's office,
  line and general box.
- a TEMPLE (a juristic body): where the abbot (เจ้าอาวาส) signs its letter, he is the one who
  signs for it: his name as he signs it (his title name, with or without his own name and
  ฉายา in brackets), no ID given (`()`); where the ไวยาวัจกร writes and signs for the temple
  (an agent like set 60's procurement officer), full_name and national_id `()`. Address and
  phone: the temple's place and line (the ไวยาวัจกร's own mobile also accepted as the
  temple's contact where he writes for it); no e-mail scored.
Address: where the applicant lives (the firm's office, the temple), house number to the
อำเภอ/เขต, with or without เลขที่/บ้านเลขที่, with or without province and postal code;
province and postal code of that address. A licence number (ใบอนุญาตให้เป็นทนายความ
เลขที่ 1234/2550), a company's registration number, a passport, a case's black or red
number (คดีหมายเลขดำ), a deed's, a permit's or a complaint's number is never an ID or a phone.
Birth date ISO, only the applicant's; never the sender's, a letter's or a power's date.
Everyone, every firm, temple and number is invented (13-digit numbers made with
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
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@hatyaicity.example.go.th"
CITY = "เทศบาลนครหาดใหญ่"
TAO = "องค์การบริหารส่วนตำบลคอหงส์"
DISTRICT = "ที่ว่าการอำเภอหาดใหญ่"
SK = "สงขลา"
BKK = "กรุงเทพมหานคร"
NONE = date(1900, 1, 1)  # a firm or temple has no birth date; never expected

# The ones the requests are FOR (clients, fathers, people with a disability, requesters).
PEOPLE: tuple[Party, ...] = (
    P("นาย", "สมบัติ", "แก้วประดิษฐ์", "390110045521", date(1952, 3, 18), "0814471203", "sombat.kp@gmail.com",
      "27/3", "", "", "เพชรเกษม", "หาดใหญ่", "หาดใหญ่", SK, "90110"),
    P("นาง", "วิมลรัตน์", "ชัยสุวรรณ", "390110067314", date(1968, 11, 4), "0897712054", "wimonrat.cs@hotmail.com",
      "112", "4", "", "", "คอหงส์", "หาดใหญ่", SK, "90110"),
    P("นาย", "เจริญ", "หมัดหลี", "390110011286", date(1941, 6, 2), "0862210457", "",
      "45", "2", "", "", "คลองแห", "หาดใหญ่", SK, "90110"),
    P("นางสาว", "นูรีซัน", "เจ๊ะหมัด", "390990032458", date(1993, 1, 26), "0628803174", "nurisan.jm@gmail.com",
      "8/14", "", "ธรรมนูญวิถี 9", "ธรรมนูญวิถี", "หาดใหญ่", "หาดใหญ่", SK, "90110"),
    P("นาย", "ประพันธ์", "ทองเนื้อแข็ง", "390110024573", date(1938, 9, 30), "0818826640", "",
      "201", "6", "", "", "ควนลัง", "หาดใหญ่", SK, "90110"),
    P("นาง", "สุนีย์", "ณ พัทลุง", "390110052216", date(1975, 4, 12), "0896641138", "sunee.np@yahoo.com",
      "66", "", "", "ศรีภูวนารถ", "หาดใหญ่", "หาดใหญ่", SK, "90110"),
    P("นาย", "อับดุลเลาะ", "สาและ", "390110038801", date(1984, 8, 8), "0935521460", "abdullah.sl@gmail.com",
      "19/1", "3", "", "", "น้ำน้อย", "หาดใหญ่", SK, "90110"),
    P("นาง", "เพ็ญศรี", "รัตนพันธ์", "390010046637", date(1959, 12, 21), "0847790312", "pensri.rp@gmail.com",
      "5", "", "", "ไทรบุรี", "บ่อยาง", "เมืองสงขลา", SK, "90000"),
    P("นางสาว", "กัลยา", "อินทร์แก้ว", "390110073349", date(2001, 5, 15), "0654418827", "kanlaya.ik@gmail.com",
      "3/9", "7", "", "", "คอหงส์", "หาดใหญ่", SK, "90110"),
    P("นาย", "ชูชาติ", "บุญยืน", "390110003376", date(1946, 2, 11), "0812290845", "",
      "77", "1", "", "", "ทุ่งใหญ่", "หาดใหญ่", SK, "90110"),
)  # fmt: skip

# Companies (their office, line, general box; the registration number as `nid`).
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "หาดใหญ่พร็อพเพอร์ตี้", "จำกัด", "090555800412", NONE, "074231556", "admin@hy-property.example.co.th",
      "88/9", "", "", "นิพัทธ์อุทิศ 3", "หาดใหญ่", "หาดใหญ่", SK, "90110", juristic=True),
    P("บริษัท ", "ยางพาราสงขลาเทรดดิ้ง", "จำกัด", "090555600734", NONE, "074478120", "office@sk-rubber.example.co.th",
      "140", "5", "", "", "ควนลัง", "หาดใหญ่", SK, "90110", juristic=True),
)  # fmt: skip

# Each company's director who grants the power (name, ID) and the proxy (name, ID, mobile).
DIRECTORS: tuple[tuple[str, str], ...] = (
    ("นายวิชัย ตันติวงศ์", with_check_digit("390110088125")),
    ("นางสาวพรทิพย์ เลิศศักดิ์", with_check_digit("310200045516")),
)
PROXIES: tuple[tuple[str, str, str], ...] = (
    ("นายธนวัฒน์ สุขแก้ว", with_check_digit("390110091147"), "0861124478"),
    ("นางอรอุมา ศรีนวล", with_check_digit("390110077302"), "0957743016"),
)

# Temples: the place, its line; the abbot (title name, own name and ฉายา); the ไวยาวัจกร.
TEMPLES: tuple[Party, ...] = (
    P("", "วัดควนลัง", "", "090000000011", NONE, "074291037", "",
      "1", "2", "", "", "ควนลัง", "หาดใหญ่", SK, "90110", juristic=True),
    P("", "วัดคลองแห", "", "090000000029", NONE, "074380244", "",
      "9", "4", "", "", "คลองแห", "หาดใหญ่", SK, "90110", juristic=True),
)  # fmt: skip
ABBOTS: tuple[tuple[str, str], ...] = (
    ("พระครูสุวรรณธรรมโชติ", "บุญมี ฐิตปุญฺโญ"),
    ("พระอธิการสมพร ปภากโร", "สมพร ปภากโร"),
)
WAIYAWATCHAKON: tuple[tuple[str, str, str], ...] = (
    ("นายสุชาติ ดำแก้ว", with_check_digit("390110066641"), "0819904512"),
    ("นายบรรจง แซ่ลิ่ม", with_check_digit("390110059935"), "0894471288"),
)

# Lawyers: name, licence, office, office line, mobile, box.
LAWYERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นายกิตติศักดิ์ วงศ์สุวรรณ", "12847/2548", "สำนักงานกิตติศักดิ์ทนายความ 55/12 ถนนราษฎร์อุทิศ 1 ตำบลหาดใหญ่ อำเภอหาดใหญ่ จังหวัดสงขลา 90110",
     "074-354-218", "081-609-4471", "kittisak.law@gmail.com"),
    ("นางสาวปวีณา สงวนศักดิ์", "5321/2556", "ปวีณา แอนด์ พาร์ทเนอร์ส สำนักงานกฎหมาย 301/7 ถนนกาญจนวนิช ตำบลคอหงส์ อำเภอหาดใหญ่ จังหวัดสงขลา 90110",
     "074-212-660", "089-775-3302", "paweena@pw-law.example.co.th"),
)  # fmt: skip

# Sons and daughters, caretakers (name, ID, mobile, box, address elsewhere).
HELPERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายณัฐพล แก้วประดิษฐ์", with_check_digit("110370082214"), "0918824530", "nattaphon.kp@gmail.com",
     "99/318 คอนโดลุมพินีพาร์ค ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400"),
    ("นางสาวจิราพร หมัดหลี", with_check_digit("390110095513"), "0806612947", "jiraporn.ml@hotmail.com",
     "14 หมู่ที่ 5 ตำบลพะตง อำเภอหาดใหญ่ จังหวัดสงขลา 90230"),
    ("นายอนุชา ทองเนื้อแข็ง", with_check_digit("101050036617"), "0863350918", "anucha.tn@gmail.com",
     "45/88 หมู่บ้านพฤกษา ซอยบางใหญ่ 9 ตำบลบางแม่นาง อำเภอบางใหญ่ จังหวัดนนทบุรี 11140"),
)  # fmt: skip

# Foreign wives: Thai spelling, passport spelling, passport, nationality, birth date.
WIVES: tuple[tuple[str, str, str, str, date], ...] = (
    ("นางแอนนา ชมิดท์", "Mrs. Anna Schmidt", "C4K7T2M91", "เยอรมัน", date(1987, 3, 12)),
    (
        "นางนูร์ ฮิดายาห์ บินติ อิสมาอิล",
        "Mrs. Nur Hidayah binti Ismail",
        "A52881046",
        "มาเลเซีย",
        date(1991, 10, 5),
    ),
)


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 5, 2 + n % 9, (7 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set63-{n}@example.net>"
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


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The person the request is for, sent by another: her phone and e-mail `()` (only
    the sender's appear), the rest hers."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def firm(k: int, keys: str, *, with_id: bool) -> dict[str, tuple[str, ...]]:
    e = exp(FIRMS[k], keys)
    name, nid = DIRECTORS[k]
    e["full_name"] = (name,)
    e["national_id"] = (nid,) if with_id else ()
    return e


def temple(
    k: int, keys: str, *, abbot_signs: bool, agent_mobile: bool
) -> dict[str, tuple[str, ...]]:
    t = TEMPLES[k]
    e = exp(t, keys)
    e.pop("email", None)
    title, own_name = ABBOTS[k]
    if abbot_signs:
        e["full_name"] = (title, f"{title} ({own_name})")
        if title.endswith(own_name):
            e["full_name"] = (title,)
    else:
        e["full_name"] = ()
    e["national_id"] = ()
    if agent_mobile:
        m = WAIYAWATCHAKON[k][2]
        e["phone"] += ("+66" + m[1:], m)
    return e


def wife(a: Party, k: int, keys: str) -> dict[str, tuple[str, ...]]:
    """The foreign wife at her husband's home: her names as written, her birth date."""
    th, en, _, _, born = WIVES[k]
    e = exp(a, keys)
    e["full_name"] = (th, en, en.upper(), f"{th} ({en})")
    e["national_id"] = ()
    e["phone"] = ()
    e["email"] = ()
    if "birth_date" in e:
        e["birth_date"] = (born.isoformat(),)
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_lawyer_copies_phone": "the client; never the lawyer (licence, office, line, mobile, box)",
    "plain_son_bedridden_father": "the father; never the son (his ID, Bangkok home, phone, box)",
    "plain_info_act_own_records": "the sender herself (her own records); her daughter who collects never",
    "plain_husband_for_foreign_wife": "the foreign wife; never the husband (his ID, phone, box)",
    "plain_caretaker_disability": "the person with a disability; never the caretaker",
    "html_gmail_lawyer_client": "the client; never the lawyer's Gmail signature",
    "html_outlook_company_proxy": "the director who grants the power; the company's office, line, box",
    "html_lawfirm_logo_signature": "the client; never the firm's logo-table signature",
    "html_gmail_temple_waiyawatchakon": "no one (the ไวยาวัจกร writes); the temple's place and line",
    "html_gmail_foreign_wife_table": "the foreign wife's rows; never the husband's rows",
    "docx_poa_father_to_son": "the ผู้มอบอำนาจ (father); never the ผู้รับมอบอำนาจ son",
    "docx_lawyer_letterhead": "the client (ลูกความ); never the lawyer on the letterhead",
    "docx_company_poa": "the director who grants the power; never the proxy",
    "docx_temple_abbot_letter": "the abbot who signs for the temple; the temple's place and line",
    "pdf_fillable_info_request": "the ผู้ขอ; her proxy's section (v2) never",
    "pdf_typed_lawyer_letter": "the client; never the lawyer's block",
    "pdf_typed_son_district_letter": "the father; never the son who writes and signs",
    "pdf_fillable_disability_caretaker": "the person with a disability; never the ผู้ดูแล's section",
    "xlsx_lawfirm_document_list": "the client's rows; never the firm's head block",
    "xlsx_caretaker_allowance_sheet": "the person with a disability; never the caretaker's row",
}


# --- plain ---------------------------------------------------------------------------------


def plain_lawyer_copies_phone(a: Party, i: int) -> Case:
    """A lawyer asks from his phone copies of a building permit's file for a client in a
    land dispute: the client's name, ID and home; the case's black number; his licence,
    office, line and mobile under his name."""
    p = a.p
    law, lic, office, line, mob, box = LAWYERS[i % 2]
    text = (
        f"เรียน ผู้อำนวยการกองช่าง {CITY}\n\n"
        f"ข้าพเจ้า {law} ทนายความ ใบอนุญาตให้เป็นทนายความเลขที่ {lic} ในฐานะทนายความผู้รับมอบอำนาจของ "
        f"{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i)} "
        f"ซึ่งเป็นโจทก์ในคดีแพ่งหมายเลขดำที่ พ.{1180 + i}/2569 ของศาลจังหวัดสงขลา "
        f"ขอคัดสำเนาเอกสารใบอนุญาตก่อสร้างอาคารเลขที่ {214 + i}/2567 พร้อมแบบแปลน ที่ออกให้แก่อาคารข้างเคียง "
        "เพื่อใช้เป็นพยานหลักฐานในคดี โดยแนบหนังสือมอบอำนาจของลูกความมาด้วยแล้ว\n\n"
        f"{law}\nทนายความ ใบอนุญาตเลขที่ {lic}\n{office}\nโทร {line} มือถือ {mob}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอคัดสำเนาเอกสารใบอนุญาตก่อสร้าง (ทนายความ)", f"{law} <{box}>", text=text)
    return Case("plain_lawyer_copies_phone", raw, for_other(a, NO_BIRTH))


def plain_son_bedridden_father(a: Party, i: int) -> Case:
    """A son in Bangkok asks the district office to come and make his bedridden father's
    ID card at home: the father's ID, birth date and home; the son's own ID, condo,
    phone."""
    p = a.p
    son, son_id, son_mob, _, son_home = HELPERS[(0, 2)[i % 2]]
    text = (
        f"เรียน นายอำเภอหาดใหญ่\n\nผม {son} เลขประจำตัวประชาชน {nid_w(son_id, i + 1)} "
        f"ขอยื่นคำร้องแทนบิดา เนื่องจากบิดาป่วยติดเตียงหลังผ่าตัดสมอง ไม่สามารถเดินทางมาที่ว่าการอำเภอได้ "
        "บัตรประจำตัวประชาชนของบิดาหมดอายุเมื่อเดือนตุลาคม 2569 จึงขอให้เจ้าหน้าที่ออกไปทำบัตรนอกสถานที่ที่บ้านครับ\n\n"
        f"ชื่อบิดา {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i)}\nเกิดวันที่ {born_th(p.born, i)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน (บิดาพักอยู่ที่นี่) {home(a, i + 1)}\n\n"
        f"ผมทำงานอยู่กรุงเทพฯ ที่อยู่ {son_home} ติดต่อผมได้ที่ {mobile(son_mob, i)} "
        "ผมจะกลับไปอยู่กับบิดาวันที่ 18-21 ธันวาคมนี้ครับ\n\nขอบคุณครับ\n"
        f"{son}\n\nส่งจาก Yahoo Mail บน Android\n"
    )
    raw = message(
        i,
        "ขอทำบัตรประชาชนนอกสถานที่ให้บิดาที่ป่วยติดเตียง",
        f"{son.split()[0][3:]} <{HELPERS[(0, 2)[i % 2]][3]}>",
        text=text,
    )
    return Case("plain_son_bedridden_father", raw, for_other(a, ALL))


def plain_info_act_own_records(a: Party, i: int) -> Case:
    """A citizen asks from her webmail under the information act (มาตรา 25) for her own
    file (a complaint she made, the inspector's report); the second variant names her
    daughter who will collect the copies (the daughter's ID)."""
    p = a.p
    proxy = ""
    if i % 2:
        proxy = (f"\nเนื่องจาก{me(a)}ไม่สะดวกมารับเอง ขอมอบให้ นางสาวธิดารัตน์ {p.last} (บุตรสาว) "
                 f"เลขประจำตัวประชาชน {nid_w(with_check_digit('390110099024'), i)} โทร 092-118-4476 เป็นผู้มารับสำเนาแทน\n")  # fmt: skip
    text = (
        f"เรียน นายกเทศมนตรีนครหาดใหญ่\nเรื่อง ขอข้อมูลข่าวสารส่วนบุคคล\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 1)} "
        f"ที่อยู่ {home(a, i)} ขอใช้สิทธิตามมาตรา 25 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 "
        f"ขอตรวจดูและขอสำเนาข้อมูลข่าวสารส่วนบุคคลที่เกี่ยวกับ{me(a)} ได้แก่ เรื่องร้องเรียนเลขที่ รร.{3318 + i}/2569 "
        f"ลงวันที่ {thai_day(date(2026, 8, 1 + i % 28))} และรายงานผลการตรวจสอบของเจ้าหน้าที่ฝ่ายสาธารณสุข\n{proxy}\n"
        f"ติดต่อ{me(a)}ได้ที่ {tel(a, i)} หรืออีเมลนี้{ending(a)}\n\n{a.name}\n"
    )
    raw = message(i, "ขอข้อมูลข่าวสารส่วนบุคคล ตาม พ.ร.บ.ข้อมูลข่าวสารฯ มาตรา 25", own_box(a), text=text)
    return Case("plain_info_act_own_records", raw, own(a, ALL))


def plain_husband_for_foreign_wife(a: Party, i: int) -> Case:
    """A Thai husband asks the city's registration desk to add his foreign wife to his
    house's registration (ทร.13): her names, passport, nationality and birth date; his
    own ID, his phone and box; the house is his."""
    p = a.p
    th, en, passport, nat, born = WIVES[i % 2]
    text = (
        f"เรียน นายทะเบียนท้องถิ่นเทศบาลนครหาดใหญ่\n\n{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"เจ้าบ้านบ้านเลขที่ {home(a, i)} ขอเพิ่มชื่อภรรยาซึ่งเป็นคนต่างด้าวเข้าในทะเบียนบ้าน (ท.ร.13) ครับ\n\n"
        f"ชื่อภรรยา {th} ({en})\nสัญชาติ {nat}\nหนังสือเดินทางเลขที่ {passport}\n"
        f"วันเกิด {thai_day(born) if i % 2 else born.strftime('%d %b %Y').upper()}\n"
        f"วีซ่าประเภท Non-Immigrant O (คู่สมรส) ใช้ได้ถึง 14 ตุลาคม 2570\n"
        f"ภรรยาพักอาศัยอยู่กับผมที่บ้านหลังนี้ตั้งแต่จดทะเบียนสมรสเมื่อวันที่ {thai_day(date(2024, 2, 1 + i % 28))}\n\n"
        f"ภรรยายังพูดภาษาไทยไม่คล่อง ติดต่อผมแทนได้ที่ {tel(a, i + 1)} ครับ\n{a.name}\n"
    )
    raw = message(i, "ขอเพิ่มชื่อภรรยาต่างชาติในทะเบียนบ้าน ทร.13", own_box(a), text=text)
    return Case("plain_husband_for_foreign_wife", raw, wife(a, i % 2, ALL))


def plain_caretaker_disability(a: Party, i: int) -> Case:
    """A caretaker (her niece) asks the อบต. to renew the disability allowance of a woman
    who cannot walk: the บัตรประจำตัวคนพิการ (her 13 digits, its expiry), her home; the
    caretaker's own ID, phone, home elsewhere."""
    p = a.p
    cn, cid, cm, cbox, chome = HELPERS[1]
    text = (
        f"เรียน นายก{TAO}\n\nดิฉัน {cn} เลขประจำตัวประชาชน {nid_w(cid, i)} ที่อยู่ {chome} "
        f"เป็นผู้ดูแลคนพิการ ขอยื่นเรื่องแทน{a.name} ({'ลุง' if p.title == 'นาย' else 'ป้า'}) ซึ่งพิการทางการเคลื่อนไหว เดินไม่ได้\n"
        f"บัตรประจำตัวคนพิการเลขที่ {nid_w(p.nid, i + 1)} บัตรหมดอายุ {thai_day(date(2026, 11, 30))}\n"
        f"เกิด {born_th(p.born, i + 2)}\nที่อยู่คนพิการ {home(a, i)}\n"
        "ขอต่ออายุบัตรและขอรับเบี้ยความพิการต่อเนื่อง โดยให้โอนเข้าบัญชีผู้ดูแลเหมือนเดิมค่ะ\n\n"
        f"ติดต่อดิฉัน {mobile(cm, i + 1)}\n{cn}\nผู้ดูแลคนพิการ\n\nส่งจาก Outlook สำหรับ Android\n"
    )
    raw = message(i, "ต่อบัตรคนพิการ/เบี้ยความพิการ (ผู้ดูแลยื่นแทน)", f"Jiraporn M. <{cbox}>", text=text)
    return Case("plain_caretaker_disability", raw, for_other(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_lawyer_client(a: Party, i: int) -> Case:
    """A lawyer's Gmail asks the อบต. for certified copies of a land-tax record for a
    client in an estate case: the client's lines as a list, his Gmail signature."""
    p = a.p
    law, lic, office, line, mob, box = LAWYERS[(i + 1) % 2]
    lines = [f"เรียน ปลัด{TAO}", "",
             "ด้วยข้าพเจ้าได้รับมอบอำนาจจากลูกความ ให้ดำเนินการขอคัดสำเนาเอกสารที่รับรองถูกต้อง ดังนี้", "",
             "ข้อมูลลูกความ", f"- ชื่อ {a.name}", f"- เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}",
             f"- ที่อยู่ {home(a, i + 1)}", "",
             "เอกสารที่ขอ", f"1. แบบแสดงรายการภาษีที่ดินและสิ่งปลูกสร้าง (ภ.ด.ส.3) ปี 2567-2569 ของที่ดินโฉนดเลขที่ {40112 + i}",
             "2. ใบเสร็จรับเงินค่าภาษีที่ดินฯ ปีเดียวกัน", "",
             f"เพื่อใช้ประกอบคดีจัดการมรดก (คดีหมายเลขดำที่ พ.{2210 + i}/2569) ทั้งนี้ได้แนบหนังสือมอบอำนาจและสำเนาบัตรของลูกความมาพร้อมนี้",
             "", "ขอแสดงความนับถือ", "", "--",
             law, f"ทนายความ ใบอนุญาตเลขที่ {lic}", office, f"โทร. {line} | {mob}"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, "ขอคัดสำเนาเอกสารภาษีที่ดิน (ทนายความขอแทนลูกความ)", f"{law} <{box}>", html=html)
    return Case("html_gmail_lawyer_client", raw, for_other(a, NO_BIRTH))


def html_outlook_company_proxy(a: Party, i: int) -> Case:
    """A company's ผู้รับมอบอำนาจ asks from the company's Outlook box a copy of its
    building's certificate (อ.6): the company, its registration number, the director
    who granted the power (his ID), the proxy's own ID and mobile in her signature."""
    k = i % 2
    f = FIRMS[k]
    fp = f.p
    d_name, d_id = DIRECTORS[k]
    x_name, x_id, x_mob = PROXIES[k]
    paras = [f"เรียน ผู้อำนวยการกองช่าง {CITY}", "",
             f"{f.name} ทะเบียนนิติบุคคลเลขที่ {nid_w(fp.nid, i)} สำนักงานตั้งอยู่เลขที่ {home(f, i)} "
             f"โดย{d_name} กรรมการผู้มีอำนาจ (เลขประจำตัวประชาชน {nid_w(d_id, i + 1)}) ได้มอบอำนาจให้{'กระผม' if x_name.startswith('นาย') else 'ดิฉัน'} {x_name} "
             f"เลขประจำตัวประชาชน {nid_w(x_id, i + 2)} เป็นผู้ยื่นคำขอสำเนาใบรับรองการก่อสร้างอาคาร (แบบ อ.6) "
             f"เลขที่ {77 + i}/2565 ของอาคารโกดังของบริษัทฯ", "",
             "แนบหนังสือรับรองบริษัท หนังสือมอบอำนาจ (ติดอากรแสตมป์ 30 บาท) และสำเนาบัตรของผู้มอบและผู้รับมอบมาพร้อมนี้", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{x_name}</b><br>ผู้รับมอบอำนาจ / ฝ่ายบริหารทั่วไป<br>{f.name}<br>'
           f"โทร {tel(f, i)} | มือถือ {mobile(x_mob, i)}<br>"
           f'<a href="mailto:{fp.email}">{fp.email}</a></p>')  # fmt: skip
    raw = message(
        i,
        "ขอสำเนาใบรับรองการก่อสร้างอาคาร (อ.6)",
        f"{f.name} <{fp.email}>",
        html=outlook_html(paras, sig),
    )
    return Case("html_outlook_company_proxy", raw, firm(k, NO_BIRTH, with_id=True))


def html_lawfirm_logo_signature(a: Party, i: int) -> Case:
    """A law firm's associate mails from the firm's box for a client asking copies of the
    nuisance complaint file: the client's details in paragraphs, the firm's signature as
    a table (logo in the left cell; name, licence, office, lines in the right)."""
    p = a.p
    law, lic, office, line, mob, box = LAWYERS[1]
    body = (
        f"<p>เรียน นายกเทศมนตรีนครหาดใหญ่</p><p>ตามที่สำนักงานฯ ได้รับมอบอำนาจจาก {a.name} "
        f"(เลขประจำตัวประชาชน {nid_w(p.nid, i)}) ผู้พักอาศัยอยู่ที่ {home(a, i + 2)} "
        "ให้ดำเนินการเกี่ยวกับเหตุเดือดร้อนรำคาญจากโรงงานข้างบ้าน "
        f"จึงขอคัดสำเนาคำสั่งเจ้าพนักงานท้องถิ่นเลขที่ {610 + i}/2569 และรายงานการตรวจวัดเสียงทั้งหมด</p>"
        "<p>จึงเรียนมาเพื่อโปรดพิจารณา</p>"
    )
    sig = (
        '<table cellpadding="0" cellspacing="0" style="font-family:Tahoma;font-size:12px"><tr>'
        '<td style="padding-right:12px;border-right:2px solid #1f3864"><img src="cid:logo@pw" width="80" alt="PW LAW"></td>'
        f'<td style="padding-left:12px"><b>{law}</b><br>ทนายความ (ใบอนุญาตเลขที่ {lic})<br>{office}<br>'
        f'T: {line} &nbsp; M: {mob}<br><a href="mailto:{box}">{box}</a> | www.pw-law.example.co.th</td></tr></table>'
    )
    html = f'<html><body style="font-family:Tahoma">{body}<br>{sig}</body></html>\n'
    raw = message(
        i, "ขอคัดสำเนาคำสั่งและรายงานตรวจวัดเสียง (สำนักงานกฎหมาย)", f"{law} <{box}>", html=html
    )
    return Case("html_lawfirm_logo_signature", raw, for_other(a, NO_BIRTH))


def html_gmail_temple_waiyawatchakon(a: Party, i: int) -> Case:
    """A temple's ไวยาวัจกร asks from his Gmail, for the temple, a permit to build a
    sala: the temple's place and line, the abbot's title, name and ฉายา; his own ID and
    mobile as ไวยาวัจกร."""
    k = i % 2
    t = TEMPLES[k]
    title, own_name = ABBOTS[k]
    w_name, w_id, w_mob = WAIYAWATCHAKON[k]
    lines = [f"เรียน นายก{TAO}", "",
             f"ด้วย{t.name} ตั้งอยู่เลขที่ {home(t, i)} โดย{title if title.endswith(own_name) else f'{title} ({own_name})'} เจ้าอาวาส "
             "มีความประสงค์จะขออนุญาตก่อสร้างศาลาการเปรียญ ขนาด 12 x 24 เมตร ในที่ธรณีสงฆ์ของวัด",
             f"โดยมอบหมายให้กระผม {w_name} ไวยาวัจกร (เลขประจำตัวประชาชน {nid_w(w_id, i)}) เป็นผู้ติดต่อประสานงาน", "",
             "จึงขอทราบเอกสารที่ต้องใช้ และขอแบบฟอร์มคำขออนุญาต (ข.1) ด้วยครับ", "",
             f"โทรวัด {tel(t, i)}", f"{w_name} ไวยาวัจกร{t.name} โทร {mobile(w_mob, i + 1)}"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(
        i,
        f"{t.name} ขออนุญาตก่อสร้างศาลาการเปรียญ",
        f"{('Suchat D.', 'Banjong S.')[k]} <{('suchat.dk', 'banjong.sl')[k]}@gmail.com>",
        html=html,
    )
    return Case("html_gmail_temple_waiyawatchakon", raw,
                temple(k, NO_BIRTH, abbot_signs=False, agent_mobile=True))  # fmt: skip


def html_gmail_foreign_wife_table(a: Party, i: int) -> Case:
    """A Thai husband's Gmail asks a residence certificate (หนังสือรับรองถิ่นที่อยู่) for
    his foreign wife (her bank asks it): a table with her rows, then his own rows."""
    p = a.p
    th, en, passport, nat, born = WIVES[(i + 1) % 2]
    rows = [("ข้อมูลผู้ขอ (ภรรยา)", ""), ("ชื่อ-สกุล", f"{th} ({en})"), ("สัญชาติ", nat),
            ("หนังสือเดินทางเลขที่", passport), ("วันเกิด", born_th(born, i + 1)), ("ที่อยู่ปัจจุบัน", home(a, i)),
            ("ผู้ยื่นแทน (สามี)", ""), ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("โทรศัพท์", tel(a, i)), ("อีเมล", p.email)]  # fmt: skip
    t = "".join(f"<tr><td><b>{x}</b></td><td>{y}</td></tr>" if y else f"<tr><td colspan='2' style='background:#eee'><b>{x}</b></td></tr>"
                for x, y in rows)  # fmt: skip
    html = (f'<div dir="ltr"><div>เรียน งานทะเบียนราษฎร {CITY}</div><br>'
            f"<div>{me(a)}ขอยื่นคำขอหนังสือรับรองถิ่นที่อยู่ให้ภรรยาชาวต่างชาติ เพื่อใช้เปิดบัญชีธนาคาร รายละเอียดดังนี้{ending(a)}</div><br>"
            f"<table border='1' cellpadding='5' style='border-collapse:collapse'>{t}</table><br>"
            f"<div>ขอบคุณ{ending(a)}</div><div>{a.name}</div></div>\n")  # fmt: skip
    raw = message(i, "ขอหนังสือรับรองถิ่นที่อยู่ให้ภรรยาชาวต่างชาติ", own_box(a), html=html)
    return Case("html_gmail_foreign_wife_table", raw, wife(a, (i + 1) % 2, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_poa_father_to_son(a: Party, i: int) -> Case:
    """A หนังสือมอบอำนาจ typed in Word: the father (ผู้มอบอำนาจ) lets his son ask copies
    of the house registration and a certificate of residence; both IDs, ages, homes;
    sent by the son from his box."""
    p = a.p
    son, son_id, son_mob, son_box, son_home = HELPERS[(2, 0)[i % 2]]
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"เขียนที่ บ้านเลขที่ {p.house}\nวันที่ {2 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"โดยหนังสือฉบับนี้ ข้าพเจ้า {a.name} อายุ {age} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"อยู่บ้านเลขที่ {home(a, i)} ขอมอบอำนาจให้ {son} อายุ {38 + i % 7} ปี เลขประจำตัวประชาชน {nid_w(son_id, i + 1)} "
            f"อยู่บ้านเลขที่ {son_home} โทรศัพท์ {mobile(son_mob, i + 2)}"
        )
        d.add_paragraph(
            "เป็นผู้มีอำนาจดำเนินการขอคัดและรับรองสำเนาทะเบียนบ้าน และขอหนังสือรับรองการมีชื่ออยู่ในทะเบียนบ้านของข้าพเจ้า "
            f"ณ สำนักทะเบียนท้องถิ่น{CITY} แทนข้าพเจ้าจนเสร็จการ เนื่องจากข้าพเจ้าป่วยติดเตียง"
        )
        d.add_paragraph("การใดที่ผู้รับมอบอำนาจได้กระทำไปตามหนังสือนี้ ให้ถือเสมือนข้าพเจ้าได้กระทำด้วยตนเอง")
        d.add_paragraph(
            f"ลงชื่อ....................ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ....................ผู้รับมอบอำนาจ\n({son})\n\n"
            "ลงชื่อ....................พยาน\n(นางสาวมณีรัตน์ ขวัญแก้ว)"
        )

    raw = message(i, "หนังสือมอบอำนาจ ขอคัดสำเนาทะเบียนบ้านของบิดา",
                  f"{son.split()[0][3:]} <{son_box}>", text="เรียน งานทะเบียนราษฎร\nผมส่งหนังสือมอบอำนาจของพ่อมาก่อนครับ จะเข้าไปรับเอกสารวันจันทร์\n",
                  files=(("หนังสือมอบอำนาจ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_father_to_son", raw, for_other(a, NO_BIRTH))


def docx_lawyer_letterhead(a: Party, i: int) -> Case:
    """A lawyer's letter on his office's letterhead (name, office, line, licence) asking
    the district office for copies of a household's records for a client: the client
    (ลูกความ) named with ID, birth date and home in the body."""
    p = a.p
    law, lic, office, line, mob, box = LAWYERS[i % 2]

    def build(d: Any) -> None:
        cut = office.index(" ", office.index("สำนักงาน")) + 1  # the office's name, then its place
        d.add_paragraph(f"{office[:cut].strip()}\n{office[cut:]}\nโทร {line}  อีเมล {box}")
        d.add_paragraph(f"ที่ กศ.{31 + i}/2569\t\t\t{5 + i % 20} ธันวาคม 2569")
        d.add_paragraph(
            "เรื่อง ขอคัดสำเนาทะเบียนประวัติราษฎร\nเรียน นายอำเภอหาดใหญ่\nสิ่งที่ส่งมาด้วย หนังสือมอบอำนาจ 1 ฉบับ"
        )
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {law} ทนายความ ใบอนุญาตให้เป็นทนายความเลขที่ {lic} ได้รับมอบอำนาจจาก {a.name} "
            f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} อยู่บ้านเลขที่ {home(a, i + 1)} "
            "(ลูกความ) ให้ขอคัดสำเนาทะเบียนประวัติ (ท.ร.14/1) และประวัติการย้ายที่อยู่ของลูกความ "
            "เพื่อใช้ยื่นต่อศาลในคดีร้องขอเป็นผู้จัดการมรดก"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาอนุเคราะห์")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({law})\nทนายความผู้รับมอบอำนาจ\nมือถือ {mob}")

    raw = message(i, "ขอคัดสำเนาทะเบียนประวัติ (หนังสือจากทนายความ)", f"{law} <{box}>",
                  text="เรียน ที่ว่าการอำเภอหาดใหญ่\nแนบหนังสือขอคัดสำเนาเอกสารมาพร้อมนี้\n",
                  files=(("หนังสือขอคัดสำเนา.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_lawyer_letterhead", raw, for_other(a, ALL))


def docx_company_poa(a: Party, i: int) -> Case:
    """A company's หนังสือมอบอำนาจ in Word: the company, its registration number and
    office, the director who grants (his ID), the proxy (her ID, home, mobile), the
    matters (a signboard tax filing), two witnesses."""
    k = (i + 1) % 2
    f = FIRMS[k]
    fp = f.p
    d_name, d_id = DIRECTORS[k]
    x_name, x_id, x_mob = PROXIES[k]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"ทำที่ {f.name}\nวันที่ {8 + i % 15} ธันวาคม 2569")
        d.add_paragraph(
            f"โดยหนังสือฉบับนี้ {f.name} ทะเบียนนิติบุคคลเลขที่ {fp.nid} สำนักงานใหญ่ตั้งอยู่เลขที่ {home(f, i + 1)} "
            f"โทรศัพท์ {tel(f, i + 1)} โดย {d_name} เลขประจำตัวประชาชน {nid_w(d_id, i)} กรรมการผู้มีอำนาจลงนามผูกพันบริษัท"
        )
        d.add_paragraph(
            f"ขอมอบอำนาจให้ {x_name} เลขประจำตัวประชาชน {nid_w(x_id, i + 1)} อยู่บ้านเลขที่ 52/4 หมู่ที่ 8 ตำบลทุ่งตำเสา "
            f"อำเภอหาดใหญ่ จังหวัดสงขลา 90110 โทรศัพท์ {mobile(x_mob, i)} เป็นผู้มีอำนาจยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) "
            f"ประจำปี 2570 ชำระภาษี และรับใบเสร็จรับเงินแทนบริษัทฯ ต่อ{CITY}"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้มอบอำนาจ\n({d_name})\nกรรมการผู้มีอำนาจ\n\n"
            f"ลงชื่อ....................ผู้รับมอบอำนาจ\n({x_name})\n\n"
            "ลงชื่อ....................พยาน\n(นายเอกชัย ศรีทอง)\nลงชื่อ....................พยาน\n(นางสาวรุ่งนภา แซ่ตั้ง)"
        )

    raw = message(i, "ส่งหนังสือมอบอำนาจยื่นแบบภาษีป้าย", f"{f.name} <{fp.email}>",
                  text="เรียน กองคลัง\nบริษัทฯ ขอส่งหนังสือมอบอำนาจล่วงหน้า ผู้รับมอบจะนำต้นฉบับไปยื่นพร้อมแบบ ภ.ป.1 ค่ะ\n",
                  files=(("POA_ภป1.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_company_poa", raw, firm(k, NO_BIRTH, with_id=True))


def docx_temple_abbot_letter(a: Party, i: int) -> Case:
    """A temple's letter in Word (ที่ วค. .../2569), signed by the abbot: it asks the
    city to cut the trees over the temple's wall and lend tents for a ceremony; the
    ไวยาวัจกร named as the contact with his mobile."""
    k = (i + 1) % 2
    t = TEMPLES[k]
    title, own_name = ABBOTS[k]
    w_name, _, w_mob = WAIYAWATCHAKON[k]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ {('วคล', 'วคห')[k]} {12 + i}/2569\t\t\t{t.name}\n\t\t\t\t{home(t, i + 1)}"
        )
        d.add_paragraph(f"\t\t\t\t{10 + i % 15} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอความอนุเคราะห์เต็นท์และตัดแต่งกิ่งไม้\nเรียน นายก{TAO}")
        d.add_paragraph(
            f"ด้วย{t.name} จะจัดงานทอดกฐินสามัคคีในวันที่ 27 ธันวาคม 2569 จึงขอความอนุเคราะห์เต็นท์ จำนวน 6 หลัง "
            "และขอให้ตัดแต่งกิ่งไม้ริมกำแพงวัดด้านถนนสาธารณะซึ่งกีดขวางสายไฟ"
        )
        d.add_paragraph(f"ทั้งนี้ ได้มอบหมายให้ {w_name} ไวยาวัจกร โทร {mobile(w_mob, i)} เป็นผู้ประสานงาน")
        d.add_paragraph("จึงเจริญพรมาเพื่อโปรดพิจารณา")
        d.add_paragraph(
            f"ขอเจริญพร\n\n({title})\n{'(' + own_name + ')' if not title.endswith(own_name) else ''}\nเจ้าอาวาส{t.name}"
        )
        d.add_paragraph(f"โทร {tel(t, i)}")

    raw = message(i, f"หนังสือ{t.name} ขอความอนุเคราะห์เต็นท์", f"{w_name.split()[0][3:]} <waiya.{k}@gmail.com>",
                  text=f"เรียน อบต.คอหงส์\nส่งหนังสือของ{t.name}ครับ\n",
                  files=(("หนังสือวัด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_temple_abbot_letter", raw, temple(k, NO_BIRTH, abbot_signs=True, agent_mobile=True)
    )


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_info_request(a: Party, i: int) -> Case:
    """The city's fillable คำขอข้อมูลข่าวสาร (Thai field names): the ผู้ขอ's lines, the
    records wanted; a section for a ผู้รับมอบอำนาจ, empty in v1, filled in v2."""
    p = a.p
    proxy = (
        ("นางสาวธิดารัตน์ " + p.last, with_check_digit("390110099024"), "0921184476")
        if i % 2
        else ("", "", "")
    )
    labels = [(50, 18, f"คำขอข้อมูลข่าวสารของราชการ {CITY}"), (20, 40, "ชื่อผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"),
              (20, 84, "ข้อมูลที่ขอ"), (20, 104, "กรณีมอบอำนาจ ชื่อผู้รับมอบอำนาจ"), (20, 114, "เลขประจำตัวประชาชนผู้รับมอบ"),
              (20, 124, "โทรศัพท์ผู้รับมอบ"), (20, 150, "ลงชื่อ ........................ ผู้ขอ")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอ", a.name, 45, 40, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 50, 55, comb=13),
              Field("วันเกิด", born_th(p.born, i), 135, 50, 45), Field("ที่อยู่", home(a, i), 35, 60, 160),
              Field("โทรศัพท์", tel(a, i), 45, 70, 55), Field("อีเมล", p.email, 125, 70, 70),
              Field("ข้อมูลที่ขอ", f"สำเนาเรื่องร้องเรียนของข้าพเจ้า เลขที่ รร.{3400 + i}/2569 และผลการดำเนินการ", 45, 84, 150),
              Field("ชื่อผู้รับมอบอำนาจ", proxy[0], 90, 104, 90), Field("เลขประจำตัวประชาชนผู้รับมอบ", proxy[1], 85, 114, 55, comb=13),
              Field("โทรศัพท์ผู้รับมอบ", proxy[2], 70, 124, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขอข้อมูลข่าวสาร (แบบฟอร์ม PDF)", own_box(a), text=f"ส่งคำขอที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอข้อมูลข่าวสาร.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_info_request", raw, own(a, ALL))


def pdf_typed_lawyer_letter(a: Party, i: int) -> Case:
    """A lawyer's typed letter (Word to PDF): his block top left (office, licence, line),
    the date, the อบต.; the client (ลูกความ) with ID and home asks copies of an
    accident's report against the อบต.'s truck."""
    p = a.p
    law, lic, office, line, mob, box = LAWYERS[(i + 1) % 2]
    paras: list[tuple[float, str]] = [(20, office), (20, f"โทร {line}  ใบอนุญาตเลขที่ {lic}"), (0, ""),
             (120, f"{3 + i % 20} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอคัดสำเนาเอกสาร"), (20, f"เรียน นายก{TAO}"), (0, ""),
             (30, f"ข้าพเจ้า {law} ทนายความของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ซึ่งอยู่บ้านเลขที่ {home(a, i + 2)} "
                  f"ผู้เสียหายจากเหตุรถบรรทุกขยะของ อบต. ชนรถจักรยานยนต์ของลูกความเมื่อวันที่ {thai_day(date(2026, 10, 1 + i % 28))} "
                  "ขอคัดสำเนารายงานการสอบข้อเท็จจริง สมุดบันทึกการใช้รถ และภาพจากกล้องวงจรปิด เพื่อประกอบการเรียกค่าเสียหาย"),
             (30, f"ทั้งนี้ขอให้ติดต่อกลับที่สำนักงานของข้าพเจ้า โทร {line} หรือ {mob}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({law})"), (108, "ทนายความผู้รับมอบอำนาจ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอคัดสำเนารายงานอุบัติเหตุ (ทนายความ)", f"{law} <{box}>", text="เรียน อบต.คอหงส์\nแนบหนังสือขอคัดสำเนาเอกสาร\n",
                  files=(("letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_lawyer_letter", raw, for_other(a, NO_BIRTH))


def pdf_typed_son_district_letter(a: Party, i: int) -> Case:
    """A son's (or daughter's) typed letter to the district chief as a PDF: the writer's
    own block top right (a home elsewhere), the father's lines in the body (ID, birth
    date, home), asking a certificate that he is alive for his pension."""
    p = a.p
    son, son_id, son_mob, son_box, son_home = HELPERS[(2, 1)[i % 2]]
    word = "บุตรสาว" if son.startswith("นางสาว") else "บุตร"
    paras: list[tuple[float, str]] = [(115, son_home[: son_home.rfind(" จังหวัด")]), (115, son_home[son_home.rfind("จังหวัด"):]),
             (0, ""), (115, f"{6 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอหนังสือรับรองการมีชีวิตอยู่ของบิดา"), (20, "เรียน นายอำเภอหาดใหญ่"), (0, ""),
             (30, f"ข้าพเจ้า {son} เลขประจำตัวประชาชน {nid_w(son_id, i)} เป็น{word}ของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
                  f"เกิดวันที่ {born_th(p.born, i + 2)} ข้าราชการบำนาญ อยู่บ้านเลขที่ {home(a, i)} "
                  "บิดาป่วยติดเตียงไม่สามารถไปแสดงตนได้ ขอให้เจ้าหน้าที่ออกไปตรวจและออกหนังสือรับรองการมีชีวิตอยู่ ณ บ้านของบิดา "
                  "เพื่อยื่นต่อกรมบัญชีกลางภายในวันที่ 31 ธันวาคม 2569"),
             (30, f"ติดต่อข้าพเจ้าได้ที่โทร {mobile(son_mob, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({son})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอหนังสือรับรองการมีชีวิตอยู่ของบิดา", f"{son.split()[0][3:] if son.startswith('นาย') else son.split()[0][6:]} <{son_box}>",
                  text="เรียน อำเภอหาดใหญ่\nแนบหนังสือขอความอนุเคราะห์\n", files=(("หนังสือถึงนายอำเภอ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_son_district_letter", raw, for_other(a, ALL))


def pdf_fillable_disability_caretaker(a: Party, i: int) -> Case:
    """The อบต.'s fillable คำขอลงทะเบียนรับเงินเบี้ยความพิการ (fields named by their
    labels in English): the disabled person's section (card number as a comb, birth
    date, home), then the caretaker's section (name, ID, relation, phone)."""
    p = a.p
    cn, cid, cm, _, chome = HELPERS[1]
    labels = [(40, 18, "แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ"), (80, 26, TAO),
              (20, 40, "ชื่อ-สกุล (คนพิการ)"), (20, 50, "เลขประจำตัวคนพิการ"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "ประเภทความพิการ"), (20, 90, "ผู้ยื่นคำขอแทน (ผู้ดูแลคนพิการ)"), (20, 100, "เลขประจำตัวประชาชน"),
              (120, 100, "เกี่ยวข้องเป็น"), (20, 110, "ที่อยู่ผู้ดูแล"), (20, 120, "โทรศัพท์")]  # fmt: skip
    fields = [Field("disabled_name", a.name, 60, 40, 100), Field("disabled_card", p.nid, 60, 50, 55, comb=13),
              Field("disabled_dob", born_th(p.born, i + 1), 135, 50, 45), Field("disabled_address", home(a, i + 1), 35, 60, 160),
              Field("disability_type", "ทางการเคลื่อนไหวหรือทางร่างกาย", 55, 70, 100),
              Field("carer_name", cn, 80, 90, 90), Field("carer_id", nid_w(cid, i), 60, 100, 55),
              Field("carer_relation", "หลาน", 145, 100, 40), Field("carer_address", chome, 50, 110, 150),
              Field("carer_phone", mobile(cm, i), 45, 120, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "แบบคำขอเบี้ยความพิการ (ผู้ดูแลยื่นแทน)", f"Jiraporn M. <{HELPERS[1][3]}>",
                  text=f"เรียน อบต.คอหงส์\nแนบแบบคำขอของ{a.name} ค่ะ ดิฉันเป็นผู้ดูแล\n",
                  files=(("เบี้ยความพิการ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_disability_caretaker", raw, for_other(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_lawfirm_document_list(a: Party, i: int) -> Case:
    """A law firm's list of documents wanted as a sheet: its head block (firm, lawyer,
    licence, office, line), the client's rows (name, ID, home), then the documents with
    their numbers and years."""
    p = a.p
    law, lic, office, line, mob, box = LAWYERS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายการเอกสาร"
        ws.append(("รายการเอกสารที่ขอคัดสำเนา",))
        ws.append(("ทนายความผู้ยื่น", law, "ใบอนุญาตเลขที่", lic))
        ws.append(("สำนักงาน", office))
        ws.append(("โทร", line, "มือถือ", mob, "อีเมล", box))
        ws.append(())
        ws.append(("ลูกความ", a.name))
        ws.append(("เลขประจำตัวประชาชนลูกความ", nid_w(p.nid, i)))
        ws.append(("ที่อยู่ลูกความ", home(a, i)))
        ws.append(())
        ws.append(("ลำดับ", "เอกสาร", "เลขที่", "ปี", "จำนวนชุด"))
        for n, (what, no, year) in enumerate([("ใบอนุญาตก่อสร้างอาคาร (อ.1)", f"{118 + i}/2566", 2566),
                                              ("คำร้องเรียนเหตุรำคาญ", f"รร.{2207 + i}/2568", 2568),
                                              ("หนังสือแจ้งการประเมินภาษีที่ดิน", f"ภดส.{5510 + i}", 2569)]):  # fmt: skip
            ws.append((n + 1, what, no, year, 2))

    raw = message(i, "รายการเอกสารขอคัดสำเนา (ลูกความ)", f"{law} <{box}>", text="เรียน งานนิติการ\nแนบรายการเอกสารที่ขอคัดสำเนาครับ/ค่ะ\n",
                  files=(("documents_wanted.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_lawfirm_document_list", raw, for_other(a, NO_BIRTH))


def xlsx_caretaker_allowance_sheet(a: Party, i: int) -> Case:
    """A caretaker's sheet for the อบต.'s yearly check of the disability allowance: the
    disabled person's row (card number, birth date, home), the caretaker's row (her own
    ID, home, phone) below it."""
    p = a.p
    cn, cid, cm, cbox, chome = HELPERS[1]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ยืนยันสิทธิ"
        ws.append(("แบบยืนยันสิทธิรับเงินเบี้ยความพิการ ปีงบประมาณ 2570",))
        ws.append(("", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์"))
        ws.append(("คนพิการ", a.name, nid_w(p.nid, i), born_th(p.born, i), home(a, i + 2), "-"))
        ws.append(("ผู้ดูแล", cn, nid_w(cid, i + 1), "", chome, mobile(cm, i)))
        ws.append(())
        ws.append(("ประเภทความพิการ", "ทางการเห็น"))
        ws.append(("วันที่ยืนยัน", f"{1 + i % 20}/12/2569"))

    raw = message(i, "ยืนยันสิทธิเบี้ยความพิการ", f"Jiraporn M. <{cbox}>", text="เรียน อบต.คอหงส์\nส่งแบบยืนยันสิทธิแทนคนพิการค่ะ\n",
                  files=(("ยืนยันสิทธิ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_caretaker_allowance_sheet", raw, for_other(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (firm and temple styles pick theirs by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_lawyer_copies_phone, (0, 5)),
    (plain_son_bedridden_father, (0, 4)),
    (plain_info_act_own_records, (1, 7)),
    (plain_husband_for_foreign_wife, (6, 0)),
    (plain_caretaker_disability, (2, 9)),
    (html_gmail_lawyer_client, (3, 8)),
    (html_outlook_company_proxy, (0, 0)),
    (html_lawfirm_logo_signature, (5, 1)),
    (html_gmail_temple_waiyawatchakon, (0, 0)),
    (html_gmail_foreign_wife_table, (0, 6)),
    (docx_poa_father_to_son, (4, 0)),
    (docx_lawyer_letterhead, (7, 3)),
    (docx_company_poa, (0, 0)),
    (docx_temple_abbot_letter, (0, 0)),
    (pdf_fillable_info_request, (8, 5)),
    (pdf_typed_lawyer_letter, (1, 6)),
    (pdf_typed_son_district_letter, (4, 9)),
    (pdf_fillable_disability_caretaker, (9, 2)),
    (xlsx_lawfirm_document_list, (3, 7)),
    (xlsx_caretaker_allowance_sheet, (2, 4)),
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
