"""A seventy-fifth set of requests written by someone who had not read the readers (issue 8):
PERMITS AND LICENCES asked of a เทศบาล by owners, builders and shopkeepers, at
เทศบาลนครนนทบุรี and เทศบาลเมืองปากเกร็ด (Nonthaburi) and เทศบาลตำบลบ้านฉาง (Rayong): a
building or extension permit (ขออนุญาตก่อสร้าง/ต่อเติมอาคาร, แบบ ข.1) with the land's
โฉนดที่ดินเลขที่, เลขที่ดิน and หน้าสำรวจ, the building site's address beside the owner's
home, the architect's and engineer's names and licence numbers (ภ-สถ., สย.) and phones,
the contractor firm's 13-digit juristic registration number (a valid check digit, like an
ID); demolition (รื้อถอน) and fence (รั้ว) permits with a neighbour's consent (his ID); a food
shop's licence (ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร) and a salon's (กิจการที่เป็นอันตรายต่อ
สุขภาพ) with the shop's own phone and place; renewals quoting the old licence number and
its date; requests filed by a company (its authorised director, the firm's stamp text);
a drafting office, a consultant or the contractor sending for the owner. Kinds: plain
(phone mail apps, webmail), HTML (Gmail, Outlook, the town's web form, a reply thread),
Word (the ข.1 on dotted lines, a company's letter with its stamp, a salon's application
table, a หนังสือมอบอำนาจ), PDF (fillable ข.1 and demolition forms, typed letters), xlsx (an
owner's checklist sheet, a company's list of branch licences).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

CONVENTIONS (written down before any run), following sets 28, 56/60 and 63:
- The APPLICANT is the one who will hold the permit or licence: the land's or building's
  owner (ผู้ขออนุญาต, เจ้าของอาคาร), the shop's licensee (ผู้ประกอบการ). The architect
  (ภ-สถ.), the engineer (สย.), the contractor firm and its staff, a drafting office or
  consultant who sends the file, an attorney (ผู้รับมอบอำนาจ), a neighbour who consents,
  the desk's clerk: never. Their names, IDs, licence numbers, phones, boxes, offices never.
- A COMPANY that itself asks (its warehouse, its branches' food licences): the applicant is
  the natural person who signs for it, its authorised director (กรรมการผู้มีอำนาจ): his
  name as he signs; his 13-digit ID where the request gives it, else `()` (no value, or a
  flagged one, is right: the company's juristic number stands there and is never an ID);
  address, province and postal code the company's registered office (never the site or a
  branch); phone the company's line and his own mobile where given; e-mail the company's
  box (its domain). Where a firm's staff (not a director) writes for its client, see below.
- Sent by someone else for the owner (a drafting office, a consultant, the contractor's
  staff, an attorney): the owner's name, ID, home, birth date as written; phone and e-mail
  `()` where only the sender's appear (the sender's with a flag at most).
- address: where the applicant lives (or the company's office), house number to the
  อำเภอ/เขต, with or without เลขที่/บ้านเลขที่, with or without province and postal code;
  never the building site, the plot, the shop's or salon's place, the branch, the
  architect's, engineer's, contractor's or drafting office's. province and postal_code
  those of that same address.
- phone: the applicant's own mobile (the company's line) where given; the shop's or
  salon's own line, the architect's, engineer's, contractor's, office's never (each style
  here gives the licensee's own mobile beside the shop's line).
- email: the applicant's own box where she sends from it or gives it; not scored where she
  has none.
- birth_date ISO, only the applicant's where given; a permit's, licence's, deed's,
  letter's, consent's or expiry date never.
- A deed's number, a land number, a survey page, a licence number (ภ-สถ., สย., a food or
  salon licence 45/2568), a permit number, a juristic registration number, a receipt's or
  case's number is never an ID or a phone.
Everyone, every firm and every number is invented (13-digit numbers made with
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

NT = "นนทบุรี"
RY = "ระยอง"
BKK = "กรุงเทพมหานคร"
NONE = date(1900, 1, 1)  # a firm has no birth date; never expected

# The towns: name, desk's box, mayor's title, the town's tambons for building sites.
TOWNS: tuple[tuple[str, str, str], ...] = (
    ("เทศบาลนครนนทบุรี", "kongchang@nonthaburicity.example.go.th", "นายกเทศมนตรีนครนนทบุรี"),
    ("เทศบาลเมืองปากเกร็ด", "saraban@pakkret.example.go.th", "นายกเทศมนตรีเมืองปากเกร็ด"),
    ("เทศบาลตำบลบ้านฉาง", "banchang.permit@example.go.th", "นายกเทศมนตรีตำบลบ้านฉาง"),
)
# Sites (plots) in each town: deed no., land no., survey page, the site's address.
SITES: tuple[tuple[str, str, str, str], ...] = (
    ("12873", "205", "4417", "ซอยงามวงศ์วาน 23 ถนนงามวงศ์วาน ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี"),
    ("30561", "88", "10294", "ซอยแจ้งวัฒนะ-ปากเกร็ด 19 ตำบลบ้านใหม่ อำเภอปากเกร็ด จังหวัดนนทบุรี"),
    ("45920", "317", "6652", "ถนนสุขุมวิท หมู่ที่ 4 ตำบลบ้านฉาง อำเภอบ้านฉาง จังหวัดระยอง"),
    ("8714", "63", "2219", "ซอยติวานนท์ 3 ตำบลตลาดขวัญ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี"),
)  # fmt: skip

# Owners and licensees (people); town index in TOWN_OF.
PEOPLE: tuple[Party, ...] = (
    P("นาย", "ธีรวัฒน์", "ศรีสุวรรณ", "312010045512", date(1971, 5, 14), "0814472036", "theerawat.ss@gmail.com",
      "59/12", "", "ประชาราษฎร์ 12", "ประชาราษฎร์", "สวนใหญ่", "เมืองนนทบุรี", NT, "11000"),
    P("นาง", "อรวรรณ", "จิตต์มั่น", "312020067731", date(1966, 10, 2), "0897715408", "orawan.jm@hotmail.com",
      "128/4", "5", "", "", "บางตลาด", "ปากเกร็ด", NT, "11120"),
    P("นางสาว", "ศิริพร", "แก้วมณีโชติ", "321050032284", date(1989, 2, 27), "0628804413", "siriporn.kmc@gmail.com",
      "33", "2", "", "", "บ้านฉาง", "บ้านฉาง", RY, "21130"),
    P("นาย", "ประเสริฐ", "วงศ์ทองดี", "310200088417", date(1958, 12, 9), "0818826197", "prasert.wtd@yahoo.com",
      "77/309", "", "ลาดพร้าว 101", "ลาดพร้าว", "คลองจั่น", "บางกะปิ", BKK, "10240"),
    P("นาง", "สุมาลี", "เพชรประดับ", "312020021165", date(1975, 7, 19), "0896641752", "sumalee.pp@gmail.com",
      "9/88", "", "", "แจ้งวัฒนะ", "ปากเกร็ด", "ปากเกร็ด", NT, "11120"),
    P("นาย", "ณรงค์ฤทธิ์", "บุญประคอง", "321050014490", date(1980, 3, 8), "0935527761", "narongrit.bp@gmail.com",
      "145", "6", "", "", "สำนักท้อน", "บ้านฉาง", RY, "21130"),
    P("นางสาว", "พิมพ์ชนก", "อินทรสุวรรณ", "312010093326", date(1994, 9, 30), "0654412087", "pimchanok.salon@gmail.com",
      "21/7", "", "ติวานนท์ 14", "ติวานนท์", "ท่าทราย", "เมืองนนทบุรี", NT, "11000"),
    P("นาย", "วีระพงษ์", "ทรัพย์สมบูรณ์", "312020050078", date(1962, 1, 23), "0819903354", "",
      "4", "3", "", "", "คลองเกลือ", "ปากเกร็ด", NT, "11120"),
    P("นาง", "ลำดวน", "สายบุญมา", "321050076653", date(1969, 6, 11), "0847792260", "lamduan.sb@gmail.com",
      "62/1", "1", "", "", "พลา", "บ้านฉาง", RY, "21130"),
    P("นาย", "กิตติพัฒน์", "โชติช่วง", "310400061129", date(1984, 11, 4), "0867720915", "kittipat.cc@gmail.com",
      "199/45", "", "พหลโยธิน 48", "พหลโยธิน", "อนุสาวรีย์", "บางเขน", BKK, "10220"),
)  # fmt: skip

# Companies that ask themselves (office, line, box; the registration number as nid).
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "นนท์พัฒนาคลังสินค้า", "จำกัด", "012555900318", NONE, "025846120", "office@nonwarehouse.example.co.th",
      "88/8", "", "", "รัตนาธิเบศร์", "บางกระสอ", "เมืองนนทบุรี", NT, "11000", juristic=True),
    P("บริษัท ", "ครัวบ้านฉางฟู้ดส์", "จำกัด", "021555700442", NONE, "038602477", "admin@bcfoods.example.co.th",
      "301", "3", "", "", "บ้านฉาง", "บ้านฉาง", RY, "21130", juristic=True),
)  # fmt: skip
# Each company's authorised director: name, ID, mobile.
DIRECTORS: tuple[tuple[str, str, str], ...] = (
    ("นายสมศักดิ์ ตั้งวิริยะกุล", with_check_digit("310100044827"), "0816624490"),
    ("นางปราณี ศิริวัฒนา", with_check_digit("321990011534"), "0891147726"),
)

# Architects (name, ภ-สถ. licence, mobile) and engineers (name, สย. licence, mobile).
ARCHITECTS: tuple[tuple[str, str, str], ...] = (
    ("นายชาญวิทย์ ปิ่นทอง", "ภ-สถ. 11482", "0813307724"),
    ("นางสาวรัชนี ทวีสุข", "ภ-สถ. 24519", "0925518803"),
)
ENGINEERS: tuple[tuple[str, str, str], ...] = (
    ("นายอำนาจ เรืองศรี", "สย. 30877", "0864412093"),
    ("นายพงศกร ดีประเสริฐ", "สย. 52106", "0897724418"),
)
# Contractors: name, juristic number, line, office.
CONTRACTORS: tuple[tuple[str, str, str, str], ...] = (
    (
        "ห้างหุ้นส่วนจำกัด ช.รุ่งเรืองการช่าง",
        with_check_digit("012355800176"),
        "025261449",
        "45/3 หมู่ที่ 2 ตำบลบางรักพัฒนา อำเภอบางบัวทอง จังหวัดนนทบุรี 11110",
    ),
    (
        "บริษัท ระยองบิลด์ดิ้ง คอนสตรัคชั่น จำกัด",
        with_check_digit("021555900263"),
        "038611582",
        "17/9 ถนนสุขุมวิท ตำบลเนินพระ อำเภอเมืองระยอง จังหวัดระยอง 21000",
    ),
)
# A drafting office / consultant: name, staff, line, box, office.
DRAFTERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("สำนักงานเขียนแบบ ป.ก.ดีไซน์", "นางสาววิภาวี แสนสุข", "029623318", "pk.design.drafting@gmail.com",
     "112/6 ถนนติวานนท์ ตำบลปากเกร็ด อำเภอปากเกร็ด จังหวัดนนทบุรี 11120"),
    ("บริษัท อีสเทิร์น เอ็นจิเนียริ่ง คอนซัลแทนท์ จำกัด", "นายธนกร แสงทอง", "038653390", "permit@eec-consult.example.co.th",
     "55/21 หมู่ที่ 5 ตำบลบ้านฉาง อำเภอบ้านฉาง จังหวัดระยอง 21130"),
)  # fmt: skip
# A neighbour who consents to a fence on the line (name, ID).
NEIGHBOURS: tuple[tuple[str, str], ...] = (
    ("นายสมหมาย ใจเย็น", with_check_digit("312010077215")),
    ("นางบุญเรือน ทองมา", with_check_digit("321050098841")),
)


def town_of(a: Party) -> int:
    p = a.p
    if p.province == RY:
        return 2
    if p.amphoe == "ปากเกร็ด":
        return 1
    return 0 if p.province != BKK else (0, 1)[int(p.mobile[-1]) % 2]


def message(n: int, subject: str, sender: str, town: int, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = TOWNS[town][1]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 5, 1 + n % 9, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set75-{n}@example.net>"
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


def line(n: str) -> str:
    """A 9-digit line as typed."""
    return f"{n[:2]}-{n[2:5]}-{n[5:]}" if n.startswith("02") else f"{n[:3]}-{n[3:6]}-{n[6:]}"


def site(k: int) -> tuple[str, str, str, str]:
    return SITES[k % len(SITES)]


def site_for(a: Party) -> tuple[str, str, str, str]:
    t = town_of(a)
    return SITES[(0, 1, 2)[t]] if a.p.first[0] < "น" else SITES[(3, 1, 2)[t]]


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """Sent by another for the owner: only the sender's phone and box appear."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def firm(
    k: int, keys: str, *, with_id: bool, with_mobile: bool = False
) -> dict[str, tuple[str, ...]]:
    e = exp(FIRMS[k], keys)
    name, nid, mob = DIRECTORS[k]
    e["full_name"] = (name,)
    e["national_id"] = (nid,) if with_id else ()
    if with_mobile:
        e["phone"] += ("+66" + mob[1:], mob)
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_owner_extension_iphone": "the owner; never the site, architect, engineer or contractor (its juristic number)",
    "plain_drafting_office_sends": "the owner; never the drafting office (its line, box, office): phone, e-mail ()",
    "plain_food_shop_licence": "the licensee; her home, her mobile; never the shop's place or line",
    "plain_salon_renewal_webmail": "the licensee; never the salon's place or line, the old licence number or date",
    "plain_demolition_owner": "the owner; never the engineer's phone or the contractor's number",
    "html_gmail_fence_neighbour": "the owner; never the neighbour who consents (his ID)",
    "html_outlook_company_warehouse": "the director who signs (his ID in the body); the company's office, line, box",
    "html_webform_food_licence": "the ผู้ขอ rows; never the สถานประกอบการ rows",
    "html_gmail_reply_missing_docs": "the owner who replies; never the clerk's quoted message",
    "html_outlook_contractor_staff": "the owner; never the contractor's staff, stamp text, number: phone, e-mail ()",
    "docx_kh1_dotted_form": "the owner (ข้าพเจ้า); never the site, the architect's or engineer's lines",
    "docx_company_letter_stamp": "the director who signs (no ID given); the company's office, line, box",
    "docx_salon_application_table": "the ผู้ขอ rows; never the salon's rows",
    "docx_poa_owner_to_architect": "the ผู้มอบอำนาจ (owner); never the architect who receives the power",
    "pdf_fillable_kh1": "the owner_* fields; never site_*, architect_*, engineer_*, contractor_*",
    "pdf_typed_food_renewal": "the licensee who writes; never the shop's place or line, the old licence",
    "pdf_fillable_demolition": "the ผู้ขอ section; never the engineer's or contractor's section",
    "pdf_typed_consultant_letter": "the owner named in the body; never the consultant on the letterhead: phone, e-mail ()",
    "xlsx_owner_permit_checklist": "the owner's rows; never the site's, architect's, engineer's rows",
    "xlsx_company_branch_licences": "the director who signs as ผู้ยื่น (his ID, mobile); the company's office; never the branches",
}


# --- plain ---------------------------------------------------------------------------------


def plain_owner_extension_iphone(a: Party, i: int) -> Case:
    """An owner from his phone asks a permit to add a floor to a house he lets, on a plot
    elsewhere in town: the deed, land no. and survey page, the site, the architect and
    engineer (licences, mobiles), the contractor (its 13-digit number)."""
    p = a.p
    t = town_of(a)
    dn, ln, sv, where = site_for(a)
    ar, arl, arm = ARCHITECTS[i % 2]
    en, enl, _ = ENGINEERS[i % 2]
    cn, cid, cl, _ = CONTRACTORS[i % 2]
    text = (
        f"เรียน ผู้อำนวยการกองช่าง {TOWNS[t][0]}\n\n"
        f"{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i)} "
        f"ขออนุญาตต่อเติมอาคาร (แบบ ข.1) บ้านเช่าของ{me(a)} บนที่ดินโฉนดเลขที่ {dn} เลขที่ดิน {ln} หน้าสำรวจ {sv} "
        f"ตั้งอยู่ {where} เป็นการต่อเติมชั้น 2 พื้นที่ 48 ตารางเมตร\n\n"
        f"ผู้ออกแบบ {ar} ใบอนุญาต {arl} โทร {mobile(arm, i + 1)}\n"
        f"วิศวกร {en} ใบอนุญาต {enl}\n"
        f"ผู้รับเหมา {cn} ทะเบียนนิติบุคคล {nid_w(cid, i + 1)} โทร {line(cl)}\n\n"
        f"ขอทราบว่าต้องยื่นเอกสารอะไรเพิ่มบ้าง ติดต่อ{me(a)}ได้ที่ {tel(a, i)}{ending(a)}\n\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขออนุญาตต่อเติมอาคาร", own_box(a), t, text=text)
    return Case("plain_owner_extension_iphone", raw, own(a, NO_BIRTH))


def plain_drafting_office_sends(a: Party, i: int) -> Case:
    """A drafting office sends the owner's ข.1 file for a new house: the owner's ID,
    birth date and home; the office's staff, line, box and office in the signature."""
    p = a.p
    t = town_of(a)
    dn, ln, sv, where = site(i + 1)
    off, staff, ol, ob, oaddr = DRAFTERS[0]
    text = (
        f"เรียน เจ้าหน้าที่กองช่าง {TOWNS[t][0]}\n\n"
        f"{off} ขอนำส่งคำขออนุญาตก่อสร้างอาคารพักอาศัย 2 ชั้น ของลูกค้า ดังนี้\n"
        f"ผู้ขออนุญาต (เจ้าของที่ดิน): {a.name}\nเลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}\n"
        f"วันเดือนปีเกิด: {born_th(p.born, i)}\nที่อยู่ผู้ขอ: {home(a, i + 1)}\n"
        f"สถานที่ก่อสร้าง: โฉนดที่ดินเลขที่ {dn} เลขที่ดิน {ln} หน้าสำรวจ {sv} {where}\n\n"
        "แนบแบบแปลน 5 ชุด รายการคำนวณ สำเนาโฉนด และหนังสือยินยอมของสถาปนิกและวิศวกรครบแล้วค่ะ "
        "หากขาดเอกสารใดโปรดแจ้งสำนักงานโดยตรง\n\n"
        f"{staff}\n{off}\n{oaddr}\nโทร {line(ol)}\n"
    )
    raw = message(i, f"นำส่งคำขออนุญาตก่อสร้าง ({a.name})", f"PK Design <{ob}>", t, text=text)
    return Case("plain_drafting_office_sends", raw, for_other(a, ALL))


def plain_food_shop_licence(a: Party, i: int) -> Case:
    """A shopkeeper asks a licence for a food shop (ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร):
    the shop's name, place and line, its area; her own home and mobile, her birth date."""
    p = a.p
    t = town_of(a)
    shop_line = ("025260917", "029608812", "038601244")[t]
    text = (
        f"เรียน {TOWNS[t][2]}\nเรื่อง ขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร\n\n"
        f"{me(a)}ชื่อ {a.name} เกิดวันที่ {born_th(p.born, i + 1)} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\n"
        f"ที่อยู่ปัจจุบัน {home(a, i + 2)}\n"
        f'มีความประสงค์จะเปิดร้านอาหารตามสั่งชื่อ "ครัว{p.first}" พื้นที่ 64 ตารางเมตร '
        f"ตั้งอยู่เลขที่ {17 + i}/3 {('ถนนพิบูลสงคราม ตำบลสวนใหญ่ อำเภอเมืองนนทบุรี', 'ถนนแจ้งวัฒนะ ตำบลปากเกร็ด อำเภอปากเกร็ด', 'ถนนสุขุมวิท ตำบลบ้านฉาง อำเภอบ้านฉาง')[t]} "
        f"โทรศัพท์ร้าน {line(shop_line)}\n\n"
        f"มือถือ{me(a)} {tel(a, i + 1)}\nขอบคุณ{ending(a)}\n"
    )
    raw = message(i, "ขอใบอนุญาตร้านอาหาร", own_box(a), t, text=text)
    return Case("plain_food_shop_licence", raw, own(a, ALL))


def plain_salon_renewal_webmail(a: Party, i: int) -> Case:
    """A salon's owner renews her licence (กิจการที่เป็นอันตรายต่อสุขภาพ: เสริมสวย) from
    webmail: the old licence's number and its date, its expiry, the salon's place and
    line; her ID and mobile in her sign-off."""
    p = a.p
    t = town_of(a)
    old = f"{41 + i}/2568"
    text = (
        f"เรียน ฝ่ายสาธารณสุขและสิ่งแวดล้อม {TOWNS[t][0]}\n\n"
        f'ขอต่ออายุใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ (กิจการเสริมสวย ตัดผม) ร้าน "{p.first} แฮร์ แอนด์ เนล" '
        f"ใบอนุญาตเดิมเลขที่ {old} ลงวันที่ {thai_day(date(2025, 1, 8 + i % 20))} หมดอายุ {thai_day(date(2026, 1, 7 + i % 20))}\n"
        f"ร้านตั้งอยู่ {('ตลาดสดท่าทราย ห้อง 14 ตำบลท่าทราย อำเภอเมืองนนทบุรี', 'ปากเกร็ดพลาซ่า ชั้น 1 ตำบลปากเกร็ด อำเภอปากเกร็ด', 'หน้าตลาดบ้านฉาง ตำบลบ้านฉาง อำเภอบ้านฉาง')[t]} โทรร้าน 0{('2', '2', '38')[t]}{'-589-3316' if t < 2 else '-600-917'}\n"
        f"พนักงาน 3 คน ผ่านการอบรมด้านสุขลักษณะแล้ว เมื่อ 2 กันยายน 2569\n\n"
        f"ผู้ประกอบการ {a.name}\nบัตรประชาชน {nid_w(p.nid, i)}\nที่อยู่ {home(a, i + 3)}\nมือถือ {tel(a, i + 2)}\n"
    )
    raw = message(i, f"ต่ออายุใบอนุญาตร้านเสริมสวย เลขที่ {old}", own_box(a), t, text=text)
    return Case("plain_salon_renewal_webmail", raw, own(a, NO_BIRTH))


def plain_demolition_owner(a: Party, i: int) -> Case:
    """An owner asks to pull down an old wooden house on her plot: the deed, the engineer
    who will supervise (his licence and mobile), the contractor's number, the date work
    begins."""
    p = a.p
    t = town_of(a)
    dn, ln, sv, where = site(i + 2)
    en, enl, enm = ENGINEERS[(i + 1) % 2]
    cn, cid, _, _ = CONTRACTORS[(i + 1) % 2]
    text = (
        f"เรียน {TOWNS[t][2]}\n\n"
        f"{me(a)} {a.name} ({nid_w(p.nid, i + 2)}) บ้านเลขที่ {home(a, i + 1)} "
        f"ขออนุญาตรื้อถอนอาคารไม้ชั้นเดียว ซึ่งปลูกอยู่บนโฉนดที่ดินเลขที่ {dn} (เลขที่ดิน {ln} หน้าสำรวจ {sv}) {where} "
        f"ระยะเวลารื้อถอน 20 วัน เริ่ม {thai_day(date(2027, 1, 5 + i))}\n"
        f"ผู้ควบคุมการรื้อถอน {en} {enl} โทร {mobile(enm, i)}\n"
        f"ผู้รับจ้างรื้อถอน {cn} เลขทะเบียน {cid}\n\n"
        f"โทรหา{me(a)} {tel(a, i + 3)}\n{a.name}\n\nSent from my Galaxy\n"
    )
    raw = message(i, "ขออนุญาตรื้อถอนอาคาร", own_box(a), t, text=text)
    return Case("plain_demolition_owner", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_fence_neighbour(a: Party, i: int) -> Case:
    """An owner's Gmail asks to build a fence on the line with a neighbour, who consents
    (his name and ID in a quoted block); the deed, the fence's length and height."""
    p = a.p
    t = town_of(a)
    dn, ln, sv, _ = site_for(a)
    nb, nbid = NEIGHBOURS[i % 2]
    lines = [f"เรียน กองช่าง {TOWNS[t][0]}", "",
             f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ขออนุญาตก่อสร้างรั้วคอนกรีตบล็อก สูง 2.00 เมตร ยาว 36 เมตร "
             f"ตามแนวเขตที่ดินโฉนดเลขที่ {dn} (เลขที่ดิน {ln} หน้าสำรวจ {sv}) ซึ่งเป็นที่ตั้งบ้านของ{me(a)}", "",
             f"ที่อยู่ {home(a, i)}", f"โทร {tel(a, i)}", ""]  # fmt: skip
    quote = (f"<blockquote>หนังสือยินยอมของเจ้าของที่ดินข้างเคียง: ข้าพเจ้า {nb} เลขประจำตัวประชาชน {nid_w(nbid, i)} "
             f"เจ้าของที่ดินโฉนดเลขที่ {int(dn) + 1} ยินยอมให้ก่อสร้างรั้วชิดแนวเขต ลงวันที่ {thai_day(date(2026, 11, 20 + i % 8))}</blockquote>")  # fmt: skip
    html = ('<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + quote
            + f"<div>ขอบคุณ{ending(a)}</div><div>{a.name}</div></div>\n")  # fmt: skip
    raw = message(i, "ขออนุญาตสร้างรั้ว", own_box(a), t, html=html)
    return Case("html_gmail_fence_neighbour", raw, own(a, NO_BIRTH))


def html_outlook_company_warehouse(a: Party, i: int) -> Case:
    """A company asks a permit for a warehouse, from its Outlook box: the director signs
    (his ID in the body), the company's registration number, the site, the architect's
    mobile; the signature with the office, line and his mobile."""
    k = i % 2
    f = FIRMS[k]
    fp = f.p
    d_name, d_id, d_mob = DIRECTORS[k]
    dn, ln, sv, where = site((0, 2)[k])
    ar, arl, arm = ARCHITECTS[k]
    paras = [f"เรียน {TOWNS[(0, 2)[k]][2]}", "",
             f"{f.name} ทะเบียนนิติบุคคลเลขที่ {nid_w(fp.nid, i)} โดย {d_name} กรรมการผู้มีอำนาจลงนาม "
             f"เลขประจำตัวประชาชน {nid_w(d_id, i + 1)} ขออนุญาตก่อสร้างอาคารโกดังเก็บสินค้า ชั้นเดียว พื้นที่ 1,200 ตารางเมตร "
             f"บนที่ดินโฉนดเลขที่ {dn} เลขที่ดิน {ln} หน้าสำรวจ {sv} {where}", "",
             f"ผู้ออกแบบ {ar} ({arl}) มือถือ {mobile(arm, i)} จะเป็นผู้ประสานงานด้านแบบ", "",
             "จึงเรียนมาเพื่อโปรดพิจารณา", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{d_name}</b><br>กรรมการผู้จัดการ<br>{f.name}<br>{home(f, i)}<br>'
           f"โทร {tel(f, i)} | มือถือ {mobile(d_mob, i + 1)}<br>"
           f'<a href="mailto:{fp.email}">{fp.email}</a></p>')  # fmt: skip
    raw = message(i, "ขออนุญาตก่อสร้างอาคารโกดัง", f"{f.name} <{fp.email}>", (0, 2)[k],
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case(
        "html_outlook_company_warehouse", raw, firm(k, NO_BIRTH, with_id=True, with_mobile=True)
    )


def html_webform_food_licence(a: Party, i: int) -> Case:
    """The town's web form's notification: a table of the ผู้ขอ's rows, then the
    สถานประกอบการ's rows (its name, place, line), a request number and a date."""
    p = a.p
    t = town_of(a)
    rows = [("เลขที่คำขอ", f"EF-{2569}-{1040 + i:05d}"), ("ประเภทคำขอ", "ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (พื้นที่ไม่เกิน 200 ตร.ม.)"),
            ("วันที่ยื่น", f"0{2 + i % 5}/12/2569 10:{10 + i}"),
            ("ข้อมูลผู้ขอ", ""), ("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("วันเกิด", born_th(p.born, i + 2)), ("ที่อยู่", home(a, i + 1)), ("โทรศัพท์มือถือ", tel(a, i + 2)),
            ("อีเมล", p.email),
            ("ข้อมูลสถานประกอบการ", ""), ("ชื่อสถานประกอบการ", f"ร้านก๋วยเตี๋ยวเรือ{p.first}"),
            ("ที่ตั้ง", f"{5 + i} {('ถนนนนทบุรี 1 ตำบลบางกระสอ อำเภอเมืองนนทบุรี', 'ซอยแจ้งวัฒนะ 10 ตำบลคลองเกลือ อำเภอปากเกร็ด', 'หมู่ที่ 3 ตำบลพลา อำเภอบ้านฉาง')[t]} {('จังหวัดนนทบุรี 11000', 'จังหวัดนนทบุรี 11120', 'จังหวัดระยอง 21130')[t]}"),
            ("โทรศัพท์สถานประกอบการ", ("02-527-4410", "02-583-6671", "038-603-118")[t]), ("พื้นที่", "45 ตร.ม.")]  # fmt: skip
    body = "".join(
        f'<tr><td colspan="2" style="background:#e8f0fe"><b>{k}</b></td></tr>'
        if not v
        else f"<tr><td>{k}</td><td>{v}</td></tr>"
        for k, v in rows
    )
    html = (f"<html><body><p>ระบบ e-Service {TOWNS[t][0]} ได้รับคำขอของท่านแล้ว</p>"
            f'<table border="1" cellpadding="4">{body}</table><p>อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n')  # fmt: skip
    raw = message(
        i,
        f"[e-Service] ได้รับคำขอ EF-2569-{1040 + i:05d}",
        f"e-Service <no-reply@{TOWNS[t][1].split('@')[1]}>",
        t,
        html=html,
    )
    return Case("html_webform_food_licence", raw, own(a, ALL))


def html_gmail_reply_missing_docs(a: Party, i: int) -> Case:
    """The owner's Gmail reply to the clerk who asked for missing papers: her ID and
    birth date above; the clerk's quoted mail (his name, the desk's line, the permit
    request's number and date) below."""
    p = a.p
    t = town_of(a)
    dn = site_for(a)[0]
    mine = ["เรียน คุณสมชาย", "", f"{me(a)}ส่งสำเนาโฉนดเลขที่ {dn} และหนังสือรับรองของวิศวกรมาตามที่แจ้ง{ending(a)}",
            f"ชื่อผู้ขอ {a.name}", f"เลขบัตร {nid_w(p.nid, i + 2)}", f"เกิด {born_th(p.born, i)}",
            f"ที่อยู่ {home(a, i + 2)}", f"เบอร์ {tel(a, i + 1)}", "", a.name]  # fmt: skip
    quoted = (f'<div class="gmail_quote"><div class="gmail_attr">เมื่อ {3 + i % 20} ธ.ค. 2569 เวลา 09:14 '
              f"กองช่าง {TOWNS[t][0]} &lt;{TOWNS[t][1]}&gt; เขียนว่า:<br></div>"
              '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
              f"เรียน ผู้ขออนุญาต<br>คำขออนุญาตก่อสร้างเลขรับที่ {318 + i}/2569 ลงวันที่ 28 พฤศจิกายน 2569 ยังขาดสำเนาโฉนดและหนังสือรับรองวิศวกร "
              "กรุณาส่งเพิ่มเติม<br>นายสมชาย รักงาน นายช่างโยธา<br>โทร 02-589-0497 ต่อ 214</blockquote></div>")  # fmt: skip
    html = (
        '<div dir="ltr">'
        + "".join(f"<div>{x or '<br>'}</div>" for x in mine)
        + "</div><br>"
        + quoted
        + "\n"
    )
    raw = message(i, f"Re: คำขออนุญาตก่อสร้างเลขรับที่ {318 + i}/2569", own_box(a), t, html=html)
    return Case("html_gmail_reply_missing_docs", raw, own(a, ALL))


def html_outlook_contractor_staff(a: Party, i: int) -> Case:
    """The contractor's staff sends the owner's extension permit from the firm's Outlook:
    the owner's lines in the body, the firm's stamp text, juristic number, line, office in
    the signature."""
    p = a.p
    t = town_of(a)
    cn, cid, cl, caddr = CONTRACTORS[(i + 1) % 2]
    box = ("office@chrungrueang.example.co.th", "permit@rybuilding.example.co.th")[(i + 1) % 2]
    paras = [f"เรียน กองช่าง {TOWNS[t][0]}", "",
             f"บริษัทฯ ในฐานะผู้รับจ้างก่อสร้าง ขอนำส่งคำขออนุญาตต่อเติมอาคาร (ข.1) แทนเจ้าของอาคาร คือ {a.name} "
             f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} ที่อยู่ {home(a, i + 2)} ซึ่งได้ลงนามในคำขอและหนังสือมอบอำนาจแนบมาแล้ว", "",
             "ต่อเติมครัวด้านหลังอาคาร ค.ส.ล. พื้นที่ 18 ตารางเมตร", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal">นางสาวกาญจนา มีสุข<br>เจ้าหน้าที่ประสานงานใบอนุญาต<br>'
           f"<i>[ตราประทับ] {cn} ทะเบียนเลขที่ {cid}</i><br>{caddr}<br>โทร {line(cl)} มือถือ 086-552-1904<br>"
           f'<a href="mailto:{box}">{box}</a></p>')  # fmt: skip
    raw = message(
        i, f"นำส่งคำขอต่อเติมอาคาร ({a.name})", f"{cn} <{box}>", t, html=outlook_html(paras, sig)
    )
    return Case("html_outlook_contractor_staff", raw, for_other(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_kh1_dotted_form(a: Party, i: int) -> Case:
    """The ข.1 typed on its dotted lines: ข้าพเจ้า (the owner), ข้อ 1 the site and deed,
    ข้อ 4 the architect and engineer with licences and their offices, the contractor."""
    p = a.p
    t = town_of(a)
    dn, ln, sv, where = site_for(a)
    ar, arl, arm = ARCHITECTS[(i + 1) % 2]
    en, enl, enm = ENGINEERS[i % 2]
    cn, cid, _, _ = CONTRACTORS[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph("แบบ ข.1\nคำขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร")
        d.add_paragraph(f"เขียนที่ {a.name.split()[0]}\nวันที่ {4 + i} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"ข้าพเจ้า....{a.name}....เจ้าของอาคาร เลขประจำตัวประชาชน....{nid_w(p.nid, i + 1)}....\n"
            f"อยู่บ้านเลขที่....{home(a, i)}....โทรศัพท์....{tel(a, i + 3)}...."
        )
        d.add_paragraph(
            f"ขอยื่นคำขออนุญาตต่อ {TOWNS[t][2]} ดังต่อไปนี้\n"
            f"ข้อ 1. ทำการ ☑ ก่อสร้างอาคาร ☐ ดัดแปลงอาคาร ☐ รื้อถอนอาคาร ที่....{where}....\n"
            f"ในที่ดินโฉนดที่ดินเลขที่....{dn}....เลขที่ดิน....{ln}....หน้าสำรวจ....{sv}....เป็นที่ดินของ....ผู้ขอ...."
        )
        d.add_paragraph("ข้อ 2. เป็นอาคาร ชนิด ค.ส.ล. 2 ชั้น จำนวน 1 หลัง เพื่อใช้เป็นที่พักอาศัย")
        d.add_paragraph(
            f"ข้อ 3. มี {ar} เป็นผู้ออกแบบ ใบอนุญาตเลขที่ {arl} โทร {mobile(arm, i)} "
            f"และ {en} เป็นผู้ออกแบบและคำนวณ ใบอนุญาตเลขที่ {enl} โทร {mobile(enm, i + 2)}\n"
            f"ข้อ 4. ผู้ควบคุมงาน/ผู้รับเหมา {cn} ทะเบียนนิติบุคคลเลขที่ {cid}"
        )
        d.add_paragraph(f"(ลายมือชื่อ)....................ผู้ขออนุญาต\n({a.name})")

    raw = message(i, "แบบ ข.1 ขออนุญาตก่อสร้าง", own_box(a), t,
                  text=f"เรียน กองช่าง\nแนบแบบ ข.1 ที่กรอกแล้ว{ending(a)}\n",
                  files=(("ข1_คำขออนุญาต.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_kh1_dotted_form", raw, own(a, NO_BIRTH))


def docx_company_letter_stamp(a: Party, i: int) -> Case:
    """A company's letter on its letterhead (office, line, box, registration number) asks
    to renew its kitchen's food licence: the old licence's number and date; signed by the
    authorised director over the stamp's text, no ID given."""
    k = (i + 1) % 2
    f = FIRMS[k]
    fp = f.p
    d_name, _, _ = DIRECTORS[k]
    t = (0, 2)[k]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"{f.name}\n{home(f, i + 1)}\nโทร {tel(f, i)}  อีเมล {fp.email}\nทะเบียนเลขที่ {fp.nid}"
        )
        d.add_paragraph(f"ที่ {('นพ', 'คบ')[k]} {40 + i}/2569\t\t\t\t{9 + i} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอต่ออายุใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร\nเรียน {TOWNS[t][2]}")
        d.add_paragraph(
            f"ตามที่ {TOWNS[t][0]} ได้ออกใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร เลขที่ {12 + i}/2568 ลงวันที่ "
            f"{thai_day(date(2025, 12, 1 + i % 14))} ให้แก่บริษัทฯ สำหรับโรงอาหารพนักงาน ซึ่งจะสิ้นอายุวันที่ 14 ธันวาคม 2569 นั้น "
            "บริษัทฯ ประสงค์จะขอต่ออายุใบอนุญาตดังกล่าว พร้อมนี้ได้แนบสำเนาหนังสือรับรองการจดทะเบียน และใบอนุญาตฉบับเดิม"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n[ประทับตรา {f.name}]\n({d_name})\nกรรมการผู้มีอำนาจลงนาม")

    raw = message(i, "ขอต่ออายุใบอนุญาตสถานที่จำหน่ายอาหาร", f"{f.name} <{fp.email}>", t,
                  text="เรียน งานสาธารณสุข\nบริษัทฯ ขอส่งหนังสือขอต่ออายุใบอนุญาตตามแนบค่ะ\nฝ่ายธุรการ\n",
                  files=(("หนังสือขอต่ออายุ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_company_letter_stamp", raw, firm(k, NO_BIRTH, with_id=False))


def docx_salon_application_table(a: Party, i: int) -> Case:
    """A salon's licence application as a Word table: the ผู้ขอ's rows (ID, birth date,
    home, mobile), then the salon's rows (name, place, line), the kind of business."""
    p = a.p
    t = town_of(a)

    def build(d: Any) -> None:
        d.add_paragraph(f"คำขอรับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ\n{TOWNS[t][0]}")
        rows = [("1. ผู้ขอรับใบอนุญาต", ""), ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)),
                ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)), ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)),
                ("โทรศัพท์มือถือ", tel(a, i)), ("2. สถานประกอบกิจการ", ""), ("ชื่อ", f"ร้าน {p.first} บิวตี้ ซาลอน"),
                ("ประเภทกิจการ", "การประกอบกิจการเสริมสวยหรือแต่งผม"),
                ("ที่ตั้ง", f"{90 + i}/2 {('ถนนรัตนาธิเบศร์ ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000', 'ถนนศรีสมาน ตำบลบ้านใหม่ อำเภอปากเกร็ด จังหวัดนนทบุรี 11120', 'หมู่ที่ 2 ตำบลบ้านฉาง อำเภอบ้านฉาง จังหวัดระยอง 21130')[t]}"),
                ("โทรศัพท์ร้าน", ("02-950-2216", "02-962-8833", "038-880-412")[t]), ("จำนวนคนงาน", "4 คน")]  # fmt: skip
        table = d.add_table(rows=0, cols=2)
        for k, v in rows:
            cells = table.add_row().cells
            cells[0].text = k
            cells[1].text = v
        d.add_paragraph(f"ลงชื่อ........................ผู้ขอรับใบอนุญาต\n({a.name})")

    raw = message(i, "คำขอใบอนุญาตร้านเสริมสวย", own_box(a), t, text=f"ส่งคำขอใบอนุญาตร้านเสริมสวย{ending(a)}\n",
                  files=(("คำขอใบอนุญาต_เสริมสวย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_salon_application_table", raw, own(a, ALL))


def docx_poa_owner_to_architect(a: Party, i: int) -> Case:
    """The owner's หนังสือมอบอำนาจ to the architect to file and follow the permit: the
    owner's ID and home, the architect's ID, licence, office and mobile; two witnesses."""
    p = a.p
    t = town_of(a)
    ar, arl, arm = ARCHITECTS[i % 2]
    ar_id = with_check_digit(("310500072231", "312010058864")[i % 2])
    dn, ln, sv, _ = site_for(a)

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"เขียนที่ {TOWNS[t][0]}\nวันที่ {10 + i} ธันวาคม 2569")
        d.add_paragraph(
            f"โดยหนังสือฉบับนี้ ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i + 2)} "
            f"ขอมอบอำนาจให้ {ar} เลขประจำตัวประชาชน {nid_w(ar_id, i + 1)} สถาปนิก ใบอนุญาต {arl} "
            f"สำนักงานเลขที่ 41/7 ถนนนนทบุรี 1 ตำบลท่าทราย อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000 โทร {mobile(arm, i)} "
            f"เป็นผู้มีอำนาจยื่นคำขออนุญาตก่อสร้างอาคาร ณ ที่ดินโฉนดเลขที่ {dn} เลขที่ดิน {ln} หน้าสำรวจ {sv} "
            "แก้ไขแบบแปลน และรับใบอนุญาตแทนข้าพเจ้า"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ....................ผู้รับมอบอำนาจ\n({ar})\n\n"
            "ลงชื่อ....................พยาน\n(นายสุรเชษฐ์ ทองอ่อน)\nลงชื่อ....................พยาน\n(นางสาวเบญจวรรณ ผลดี)"
        )

    raw = message(i, "หนังสือมอบอำนาจยื่นขออนุญาตก่อสร้าง", own_box(a), t,
                  text=f"เรียน กองช่าง\n{me(a)}มอบอำนาจให้สถาปนิกยื่นเรื่องแทน แนบหนังสือมอบอำนาจ{ending(a)}\n{a.name} โทร {tel(a, i)}\n",
                  files=(("มอบอำนาจ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_owner_to_architect", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_kh1(a: Party, i: int) -> Case:
    """The town's fillable ข.1 (fields named owner_*, site_*, architect_*, engineer_*,
    contractor_*): the owner's lines, then the site and deed, the professionals with
    their licences and mobiles, the contractor's number."""
    p = a.p
    t = town_of(a)
    dn, ln, sv, where = site_for(a)
    ar, arl, arm = ARCHITECTS[i % 2]
    en, enl, enm = ENGINEERS[(i + 1) % 2]
    cn, cid, cl, _ = CONTRACTORS[(i + 1) % 2]
    labels = [(60, 16, "แบบ ข.1 คำขออนุญาตก่อสร้างอาคาร"), (80, 24, TOWNS[t][0]),
              (20, 38, "ผู้ขออนุญาต"), (20, 46, "เลขประจำตัวประชาชน"), (20, 54, "ที่อยู่"), (20, 62, "โทรศัพท์"), (110, 62, "อีเมล"),
              (20, 76, "สถานที่ก่อสร้าง"), (20, 84, "โฉนดที่ดินเลขที่"), (80, 84, "เลขที่ดิน"), (130, 84, "หน้าสำรวจ"),
              (20, 98, "สถาปนิกผู้ออกแบบ"), (20, 106, "ใบอนุญาต ภ-สถ."), (110, 106, "โทร"),
              (20, 114, "วิศวกรผู้คำนวณ"), (20, 122, "ใบอนุญาต สย."), (110, 122, "โทร"),
              (20, 134, "ผู้รับเหมา"), (20, 142, "เลขทะเบียนนิติบุคคล"), (110, 142, "โทร")]  # fmt: skip
    fields = [Field("owner_name", a.name, 45, 38, 100), Field("owner_id", p.nid, 60, 46, 55, comb=13),
              Field("owner_address", home(a, i + 1), 35, 54, 160), Field("owner_phone", tel(a, i), 40, 62, 55),
              Field("owner_email", p.email, 125, 62, 70),
              Field("site_address", where, 50, 76, 150), Field("site_deed", dn, 50, 84, 25), Field("site_land_no", ln, 100, 84, 20),
              Field("site_survey", sv, 150, 84, 25),
              Field("architect_name", ar, 55, 98, 90), Field("architect_licence", arl, 50, 106, 50), Field("architect_phone", mobile(arm, i), 120, 106, 45),
              Field("engineer_name", en, 55, 114, 90), Field("engineer_licence", enl, 50, 122, 50), Field("engineer_phone", mobile(enm, i + 1), 120, 122, 45),
              Field("contractor_name", cn, 45, 134, 120), Field("contractor_reg", cid, 60, 142, 45, comb=13), Field("contractor_phone", line(cl), 120, 142, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขออนุญาตก่อสร้าง ข.1 (PDF)", own_box(a), t, text=f"ส่งแบบฟอร์ม ข.1 ที่กรอกแล้ว{ending(a)}\n",
                  files=(("kh1_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_kh1", raw, own(a, NO_BIRTH))


def pdf_typed_food_renewal(a: Party, i: int) -> Case:
    """A shopkeeper's typed letter (Word to PDF) to renew her food licence: her block top
    right (her home), the old licence's number, date and expiry, the shop's place and
    line, her ID and birth date in the body, her mobile at the foot."""
    p = a.p
    t = town_of(a)
    old = f"อ.{208 + i}/2568"
    h = home(a, i)
    paras: list[tuple[float, str]] = [(115, h), (0, ""), (115, f"{7 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอต่ออายุใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร"), (20, f"เรียน {TOWNS[t][2]}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 2)} "
                  f"ผู้ได้รับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร เลขที่ {old} ออกให้เมื่อวันที่ {thai_day(date(2025, 12, 20 + i % 8))} "
                  f"สำหรับร้าน \"ข้าวมันไก่{p.first}\" ตั้งอยู่ที่ {('ตลาดบางกระสอ แผงที่ 12 อำเภอเมืองนนทบุรี', 'ถนนแจ้งวัฒนะ ตำบลบางตลาด อำเภอปากเกร็ด', 'ตลาดนัดบ้านฉาง หมู่ที่ 1 ตำบลบ้านฉาง')[t]} "
                  f"โทรศัพท์ร้าน {('02-526-7718', '02-584-1120', '038-602-956')[t]} ซึ่งจะหมดอายุวันที่ 19 ธันวาคม 2569 ขอต่ออายุใบอนุญาตอีก 1 ปี"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, f"ขอต่ออายุใบอนุญาต {old}", own_box(a), t, text=f"แนบหนังสือขอต่ออายุใบอนุญาต{ending(a)}\n",
                  files=(("ต่ออายุใบอนุญาต.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_food_renewal", raw, own(a, ALL))


def pdf_fillable_demolition(a: Party, i: int) -> Case:
    """The town's fillable demolition form, fields named Text1..Text14: the ผู้ขอ's
    section, the building and deed, the engineer's section (his ID, licence, mobile), the
    contractor's number."""
    p = a.p
    t = town_of(a)
    dn, ln, sv, where = site(i + 3)
    en, enl, enm = ENGINEERS[i % 2]
    en_id = with_check_digit(("310300047715", "321050066128")[i % 2])
    cn, cid, _, _ = CONTRACTORS[i % 2]
    labels = [(60, 16, "คำขออนุญาตรื้อถอนอาคาร"), (80, 24, TOWNS[t][0]),
              (20, 38, "ชื่อผู้ขอ"), (20, 46, "เลขประจำตัวประชาชน"), (110, 46, "วันเกิด"), (20, 54, "ที่อยู่"), (20, 62, "โทรศัพท์"),
              (20, 76, "อาคารที่จะรื้อถอน"), (20, 84, "โฉนดเลขที่"), (80, 84, "เลขที่ดิน"), (130, 84, "หน้าสำรวจ"),
              (20, 98, "วิศวกรผู้ควบคุมการรื้อถอน"), (20, 106, "เลขประจำตัวประชาชน"), (110, 106, "ใบอนุญาต"), (20, 114, "โทรศัพท์"),
              (20, 126, "ผู้รับจ้าง"), (20, 134, "เลขทะเบียน")]  # fmt: skip
    fields = [Field("Text1", a.name, 45, 38, 100), Field("Text2", nid_w(p.nid, i), 60, 46, 45), Field("Text3", born_th(p.born, i), 125, 46, 45),
              Field("Text4", home(a, i + 3), 35, 54, 160), Field("Text5", tel(a, i + 2), 45, 62, 55),
              Field("Text6", f"อาคารไม้ 2 ชั้น {where}", 60, 76, 130), Field("Text7", dn, 45, 84, 25), Field("Text8", ln, 100, 84, 20),
              Field("Text9", sv, 150, 84, 25), Field("Text10", en, 75, 98, 90), Field("Text11", nid_w(en_id, i + 1), 60, 106, 45),
              Field("Text12", enl, 130, 106, 40), Field("Text13", mobile(enm, i), 45, 114, 55),
              Field("Text14", f"{cn} ({cid})", 45, 126, 140)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "คำขอรื้อถอนอาคาร", own_box(a), t, text="ส่งแบบคำขอรื้อถอนอาคาร\n",
                  files=(("demolition.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_demolition", raw, own(a, ALL))


def pdf_typed_consultant_letter(a: Party, i: int) -> Case:
    """A consultant's typed letter on its letterhead (office, line, box), sending the
    owner's permit file: the owner's name, ID and home in the body, the site and deed;
    signed by the consultant's engineer over the firm's name."""
    p = a.p
    t = town_of(a)
    off, staff, ol, ob, oaddr = DRAFTERS[1]
    dn, ln, sv, where = site(i)
    paras: list[tuple[float, str]] = [(20, off), (20, oaddr), (20, f"โทร {line(ol)}  อีเมล {ob}"), (0, ""),
             (20, f"ที่ อีอีซี {300 + i}/2569"), (120, f"{8 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง นำส่งคำขออนุญาตก่อสร้างอาคาร"), (20, f"เรียน {TOWNS[t][2]}"), (0, ""),
             (30, f"ด้วย {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} อยู่บ้านเลขที่ {home(a, i + 1)} "
                  f"เจ้าของที่ดินโฉนดเลขที่ {dn} เลขที่ดิน {ln} หน้าสำรวจ {sv} ตั้งอยู่ {where} "
                  "ได้ว่าจ้างบริษัทฯ เป็นที่ปรึกษาออกแบบอาคารพาณิชย์ 3 ชั้น 2 คูหา และดำเนินการขออนุญาต "
                  "บริษัทฯ จึงขอนำส่งคำขอ (แบบ ข.1) ที่เจ้าของลงนามแล้ว พร้อมแบบแปลนและรายการคำนวณ"),
             (30, f"หากมีข้อสงสัย โปรดติดต่อ {staff} โทร {line(ol)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({staff})"), (100, "วิศวกรโครงการ"), (100, off)]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, f"นำส่งคำขออนุญาตก่อสร้าง ของ {a.name}", f"EEC Consult <{ob}>", t,
                  text="เรียน กองช่าง\nแนบหนังสือนำส่งและคำขออนุญาตก่อสร้าง\n", files=(("นำส่งคำขอ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_consultant_letter", raw, for_other(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_owner_permit_checklist(a: Party, i: int) -> Case:
    """An owner's own sheet for her permit: label rows (her name, ID, birth date, home,
    mobile), then the site's, the architect's and the engineer's rows, the papers."""
    p = a.p
    t = town_of(a)
    dn, ln, sv, where = site_for(a)
    ar, arl, arm = ARCHITECTS[(i + 1) % 2]
    en, enl, enm = ENGINEERS[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลขออนุญาต"
        ws.append(("ข้อมูลประกอบคำขออนุญาตก่อสร้าง", TOWNS[t][0]))
        ws.append(("เจ้าของ/ผู้ขอ", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิด", born_th(p.born, i + 1)))
        ws.append(("ที่อยู่", home(a, i + 2)))
        ws.append(("มือถือ", tel(a, i + 3)))
        ws.append(())
        ws.append(("ที่ตั้งแปลงก่อสร้าง", where))
        ws.append(("โฉนด", dn, "เลขที่ดิน", ln, "หน้าสำรวจ", sv))
        ws.append(("สถาปนิก", ar, arl, mobile(arm, i)))
        ws.append(("วิศวกร", en, enl, mobile(enm, i + 1)))
        ws.append(())
        ws.append(("เอกสาร", "สถานะ"))
        for doc in (
            "สำเนาโฉนด",
            "แบบแปลน 5 ชุด",
            "รายการคำนวณ",
            "หนังสือรับรองสถาปนิก",
            "หนังสือรับรองวิศวกร",
        ):
            ws.append((doc, "ครบ"))

    raw = message(i, "ข้อมูลขออนุญาตก่อสร้าง (Excel)", own_box(a), t, text=f"แนบไฟล์ข้อมูลประกอบคำขอ{ending(a)}\n",
                  files=(("ข้อมูลขออนุญาต.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_owner_permit_checklist", raw, own(a, ALL))


def xlsx_company_branch_licences(a: Party, i: int) -> Case:
    """A company's sheet of its branches' food licences to renew: the head block (the
    company, its number, office, line, box; the ผู้ยื่น director, his ID and mobile), then
    a row per branch (its place, line, old licence number and date)."""
    k = i % 2
    f = FIRMS[k]
    fp = f.p
    d_name, d_id, d_mob = DIRECTORS[k]
    t = (0, 2)[k]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ต่ออายุใบอนุญาต"
        ws.append(("รายการขอต่ออายุใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร ปี 2570",))
        ws.append(("บริษัท", f.name, "ทะเบียนนิติบุคคล", fp.nid))
        ws.append(("ที่ตั้งสำนักงานใหญ่", home(f, i)))
        ws.append(("โทร", tel(f, i + 1), "อีเมล", fp.email))
        ws.append(
            (
                "ผู้ยื่น (กรรมการผู้มีอำนาจ)",
                d_name,
                "เลขประจำตัวประชาชน",
                nid_w(d_id, i),
                "มือถือ",
                mobile(d_mob, i),
            )
        )
        ws.append(())
        ws.append(("สาขา", "ที่ตั้ง", "โทรสาขา", "ใบอนุญาตเดิมเลขที่", "ลงวันที่"))
        for n in range(3):
            ws.append((f"สาขา {n + 1}", f"{10 + n}/{n + 2} {('ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมืองนนทบุรี', 'หมู่ที่ 5 ตำบลสำนักท้อน อำเภอบ้านฉาง')[k]}",
                       ("02-525-31", "038-604-2")[k] + f"{40 + n}", f"{60 + n + i}/2568", f"{3 + n}/01/2568"))  # fmt: skip

    raw = message(i, "รายการต่ออายุใบอนุญาตร้านอาหาร (สาขา)", f"{f.name} <{fp.email}>", t,
                  text="เรียน งานสาธารณสุข\nแนบรายการสาขาที่ขอต่ออายุใบอนุญาตค่ะ\n",
                  files=(("branches.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case(
        "xlsx_company_branch_licences", raw, firm(k, NO_BIRTH, with_id=True, with_mobile=True)
    )


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_owner_extension_iphone, (3, 0)),
    (plain_drafting_office_sends, (1, 9)),
    (plain_food_shop_licence, (4, 8)),
    (plain_salon_renewal_webmail, (6, 2)),
    (plain_demolition_owner, (7, 5)),
    (html_gmail_fence_neighbour, (0, 8)),
    (html_outlook_company_warehouse, (0, 0)),
    (html_webform_food_licence, (2, 4)),
    (html_gmail_reply_missing_docs, (9, 1)),
    (html_outlook_contractor_staff, (5, 7)),
    (docx_kh1_dotted_form, (1, 3)),
    (docx_company_letter_stamp, (0, 0)),
    (docx_salon_application_table, (6, 8)),
    (docx_poa_owner_to_architect, (9, 2)),
    (pdf_fillable_kh1, (0, 5)),
    (pdf_typed_food_renewal, (8, 4)),
    (pdf_fillable_demolition, (3, 7)),
    (pdf_typed_consultant_letter, (2, 1)),
    (xlsx_owner_permit_checklist, (4, 6)),
    (xlsx_company_branch_licences, (0, 0)),
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
