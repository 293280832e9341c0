"""A hundred-and-tenth set of requests written by someone who had not read the readers
(issue 8): BUILDING, ALTERATION AND DEMOLITION PERMITS (ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอน
อาคาร; แบบ ข.1, the permit อ.1 and its renewal) at the กองช่าง of เทศบาลนครขอนแก่น,
เทศบาลเมืองมหาสารคาม and เทศบาลเมืองกาฬสินธุ์: owners who ask, with the architects
(ภ-สถ/ส-สถ licences) and engineers (สย./ภย./วย. licences) who design and supervise and
sign, the contractors (a juristic registration number of 13 digits, an office line, a
manager's mobile) who demolish or build, the neighbours who consent to a wall near the
boundary (their names, IDs, homes), a daughter or son writing for an elderly owner, an
architect's office and a contractor sending for the owner, a company building a warehouse.
Kinds: plain (iPhone mail, a LINE chat forwarded, an architect's office mail, a reply over
the clerk's quoted mail, an e-service notification), HTML (Gmail with a quoted contractor,
Outlook from a company's coordinator, a web form's table, a daughter's Gmail), Word (แบบ
ข.1 typed, a neighbour's consent letter, a demolition request as a table, a power of
attorney), PDF (two fillable forms, an owner's typed renewal letter, a contractor's typed
letter), xlsx (an owner's checklist, a neighbours' consent list, a one-row register).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run), following the earlier rulings: set 28 (the
applicant is the person who asks; for a body, the natural person who signs for it), sets
31/63 (a request for one person sent by another is the one it is for), set 37 (where only
another's phone is given, phone `()`), sets 56/60/63 (a company: the director who signs
for it, his ID where given; the company's office, line and general box). So:
- the APPLICANT IS THE OWNER WHO ASKS FOR THE PERMIT (ผู้ขออนุญาต, เจ้าของอาคาร): never the
  architect, the engineer, the contractor, the neighbour, the clerk quoted, the proxy;
- where an architect's office, a contractor, a proxy or a grown child sends for the owner,
  the owner is the applicant: phone and e-mail `()` where only the sender's appear (no
  value, or a flagged one, is right; the sender's unflagged is silent);
- a company that builds: the director who signs for it (name, ID), the company's office,
  line and general box; the coordinator who mails, his mobile and box never;
- an owner's own mail: her box in the From line is her e-mail.
Address: where the applicant lives (ที่อยู่ผู้ขอ, อยู่บ้านเลขที่), house number to the
อำเภอ, with or without เลขที่/บ้านเลขที่, province and postal code; never the building site
(สถานที่ก่อสร้าง, a plot by its โฉนด where it is not the owner's home), the architect's or
contractor's office, the neighbour's home. Province and postal code of that address.
A licence (ภ-สถ 14822, สย. 21547), a deed's (โฉนดที่ดินเลขที่, เลขที่ดิน, หน้าสำรวจ), a
permit's (อ.1 เลขที่ 87/2568), a receipt's or a request's number, a contractor's 13-digit
registration number, areas, sums in baht are never an ID or a phone. Birth date ISO, only
the applicant's, where the request gives it (a form's อายุ ... ปี is no birth date).
Everyone, every firm and number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

KK = "ขอนแก่น"
MK = "มหาสารคาม"
KS = "กาฬสินธุ์"
NONE = date(1900, 1, 1)  # a company has no birth date; never expected

# The municipality each province's owners write to: its name, the กองช่าง's box, a clerk.
OFFICES: dict[str, tuple[str, str, str, str]] = {
    KK: (
        "เทศบาลนครขอนแก่น",
        "kongchang@khonkaencity.example.go.th",
        "นายวัชระ แสนโคตร",
        "043-224-031",
    ),
    MK: (
        "เทศบาลเมืองมหาสารคาม",
        "engineer@mkmcity.example.go.th",
        "นางสาวสุดารัตน์ ภูกองไชย",
        "043-711-306",
    ),
    KS: (
        "เทศบาลเมืองกาฬสินธุ์",
        "kongchang@kalasincity.example.go.th",
        "นายเอกราช บุตรวงษ์",
        "043-811-592",
    ),
}

# The owners who ask.
PEOPLE: tuple[Party, ...] = (
    P("นาย", "ธีระพงษ์", "ศรีสุวรรณ", "340010052217", date(1971, 4, 9), "0819745210", "teerapong.ss@gmail.com",
      "218", "", "", "มิตรภาพ", "ในเมือง", "เมืองขอนแก่น", KK, "40000"),
    P("นาง", "จันทร์เพ็ญ", "พลราชม", "340990013348", date(1946, 8, 22), "0872214596", "",
      "45", "7", "", "", "ท่าพระ", "เมืองขอนแก่น", KK, "40260"),
    P("นางสาว", "ศิริพร", "แก่นจันทร์", "144990021576", date(1989, 12, 3), "0935510287", "siriporn.kc@gmail.com",
      "112/5", "", "", "นครสวรรค์", "ตลาด", "เมืองมหาสารคาม", MK, "44000"),
    P("นาย", "บุญเลิศ", "ภูมิสถาน", "344010034482", date(1958, 2, 14), "0861127704", "boonlert.ps@hotmail.com",
      "9", "4", "", "", "ขามเรียง", "กันทรวิชัย", MK, "44150"),
    P("นาย", "อนุวัฒน์", "ไชยศรี", "146010045217", date(1985, 7, 30), "0894470315", "anuwat.cs@gmail.com",
      "77/3", "", "", "ถีนานนท์", "กาฬสินธุ์", "เมืองกาฬสินธุ์", KS, "46000"),
    P("นาง", "ละเอียด", "ภูผาสุข", "346050017729", date(1949, 10, 5), "0810563398", "",
      "23", "2", "", "", "ยางตลาด", "ยางตลาด", KS, "46120"),
    P("นาย", "กฤษดา", "วงศ์คำจันทร์", "140050061193", date(1992, 1, 17), "0627745581", "kritsada.wk@outlook.com",
      "301", "", "ศรีจันทร์ 12", "ศรีจันทร์", "ในเมือง", "เมืองขอนแก่น", KK, "40000"),
    P("นางสาว", "ปาริชาติ", "โคตรสมบัติ", "144020033815", date(1994, 5, 11), "0981126640", "parichat.ks@gmail.com",
      "55", "11", "", "", "แวงน่าง", "เมืองมหาสารคาม", MK, "44000"),
    P("นาย", "สมหมาย", "นามวงศ์", "346010028851", date(1955, 11, 28), "0857796213", "sommai.nw@yahoo.com",
      "140", "8", "", "", "หลุบ", "เมืองกาฬสินธุ์", KS, "46000"),
    P("นาง", "วิไลวรรณ", "ทองบ่อ", "340080022364", date(1974, 3, 1), "0899904127", "wilaiwan.tb@gmail.com",
      "66", "3", "", "", "บ้านไผ่", "บ้านไผ่", KK, "40110"),
)  # fmt: skip

# Companies that build (their office, line, general box; the registration number as `nid`).
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "อีสานโฮมบิลด์", "จำกัด", "040555900318", NONE, "043241577", "info@isanhomebuild.example.co.th",
      "199/9", "", "", "ประชาสโมสร", "ในเมือง", "เมืองขอนแก่น", KK, "40000", juristic=True),
    P("บริษัท ", "สารคามค้าข้าว", "จำกัด", "044555700426", NONE, "043711248", "office@skrice.example.co.th",
      "88", "", "", "ผดุงวิถี", "ตลาด", "เมืองมหาสารคาม", MK, "44000", juristic=True),
)  # fmt: skip
DIRECTORS: tuple[tuple[str, str], ...] = (
    ("นายประเสริฐ ตั้งวงศ์ไพบูลย์", with_check_digit("340010019925")),
    ("นางสุภาพร เหล่าวานิช", with_check_digit("344010027716")),
)
COORDINATORS: tuple[tuple[str, str, str], ...] = (
    ("วีรยุทธ ศรีบุญเรือง", "0896632014", "weerayut.s@isanhomebuild.example.co.th"),
    ("ณัฐกานต์ มูลสาร", "0924417730", "nattakan.m@skrice.example.co.th"),
)

# Architects: name, licence, mobile, box, office.
ARCHITECTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายชยพล อุ่นใจ", "ภ-สถ 14822", "0813307714", "chayapon.arch@gmail.com",
     "ชยพล อาร์คิเทค 88/14 ถนนหน้าเมือง ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
    ("นางสาวกนกวรรณ ศรีภูธร", "ส-สถ 3107", "0954418820", "kanokwan.design@gmail.com",
     "กนกวรรณ ดีไซน์ สตูดิโอ 12 ถนนนครสวรรค์ ตำบลตลาด อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม 44000"),
)  # fmt: skip
# Engineers: name, licence, mobile.
ENGINEERS: tuple[tuple[str, str, str], ...] = (
    ("นายสุรเชษฐ์ พันธ์โยธี", "สย. 21547", "0842275509"),
    ("นายอดิศักดิ์ ภูมิพันธ์", "ภย. 30218", "0867714352"),
    ("นายณัฐวุฒิ ศรีวรสาร", "วย. 4812", "0819953326"),
)
# Contractors: firm, registration no., line, manager, manager's ID, manager's mobile, office.
CONTRACTORS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("ห้างหุ้นส่วนจำกัด ขอนแก่นรุ่งเรืองก่อสร้าง", with_check_digit("040356100471"), "043-306-118", "นายชาตรี บุญมา",
     with_check_digit("340010077408"), "0819920447", "55 หมู่ที่ 6 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
    ("บริษัท กาฬสินธุ์คอนสตรัคชั่น จำกัด", with_check_digit("046555800127"), "043-813-402", "นายไพโรจน์ ศรีสมบัติ",
     with_check_digit("346010066153"), "0897701286", "199 หมู่ที่ 12 ตำบลโพนทอง อำเภอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์ 46000"),
)  # fmt: skip
# Neighbours who consent: name, ID, mobile, home.
NEIGHBOURS: tuple[tuple[str, str, str, str], ...] = (
    ("นายทองใบ ศรีหาบุตร", with_check_digit("340010038817"), "0850049213",
     "220 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
    ("นางบัวผัน ดวงมาลา", with_check_digit("344010051124"), "0883310572",
     "11 หมู่ที่ 4 ตำบลขามเรียง อำเภอกันทรวิชัย จังหวัดมหาสารคาม 44150"),
    ("นางสาวรัชนี พลเยี่ยม", with_check_digit("346010040618"), "0926617735",
     "142 หมู่ที่ 8 ตำบลหลุบ อำเภอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์ 46000"),
)  # fmt: skip
# Grown children who write for an owner: name, ID, mobile, box, home.
CHILDREN: dict[str, tuple[str, str, str, str, str]] = {
    "พลราชม": ("นางสาวอรวรรณ พลราชม", with_check_digit("140990044415"), "0946628107", "orawan.pr@gmail.com",
               "61/204 คอนโดยูดีไลท์ ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"),
    "ภูผาสุข": ("นายภานุพงศ์ ภูผาสุข", with_check_digit("146050030091"), "0635510896", "panupong.pp@gmail.com",
                "88/41 หมู่บ้านศุภาลัย ถนนเลี่ยงเมือง ตำบลกาฬสินธุ์ อำเภอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์ 46000"),
}  # fmt: skip
# Building sites by province (a plot that is not the owner's home): deed, land no., survey page, place.
SITES: dict[str, tuple[str, str, str, str]] = {
    KK: ("41872", "215", "6631", "หมู่ที่ 5 ตำบลบ้านทุ่ม อำเภอเมืองขอนแก่น จังหวัดขอนแก่น"),
    MK: ("22509", "87", "3154", "หมู่ที่ 9 ตำบลเขวา อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม"),
    KS: ("30116", "144", "4820", "หมู่ที่ 3 ตำบลเชียงเครือ อำเภอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์"),
}


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 5, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set110-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def office(a: Party) -> tuple[str, str, str, str]:
    return OFFICES[a.p.province]


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The owner, sent by another: her phone and e-mail `()` (only the sender's appear)."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def firm(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(FIRMS[k], keys)
    name, nid = DIRECTORS[k]
    e["full_name"] = (name,)
    e["national_id"] = (nid,)
    return e


def site(a: Party) -> str:
    deed, land, page, place = SITES[a.p.province]
    return f"โฉนดที่ดินเลขที่ {deed} เลขที่ดิน {land} หน้าสำรวจ {page} {place}"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_owner_iphone_alteration": "the owner who writes; never the engineer (licence, mobile)",
    "plain_line_forward_demolition": "the owner who forwards her LINE chat; never the contractor",
    "plain_architect_office_for_owner": "the owner; never the architect who sends (phone, box ())",
    "plain_neighbour_consent_reply": "the owner who replies; never the neighbour or the quoted clerk",
    "plain_eservice_notification": "the ผู้ยื่นคำขอ of the notification; never the engineer",
    "html_gmail_owner_extension": "the owner; never the contractor quoted below her signature",
    "html_outlook_company_warehouse": "the director who signs for the company; its office, line, box; never the coordinator",
    "html_webform_permit_table": "the ผู้ขออนุญาต rows; never the ผู้ควบคุมงาน's or architect's rows",
    "html_gmail_child_for_parent": "the elderly owner; never the child who writes (phone, box ())",
    "docx_kh1_form": "the ข้าพเจ้า of แบบ ข.1 (owner); never the supervisor or designer",
    "docx_neighbour_consent": "the owner who sends the letter; never the neighbour who consents in it",
    "docx_demolition_table": "the owner's rows; never the demolisher's or supervisor's rows",
    "docx_poa_owner_to_contractor": "the ผู้มอบอำนาจ (owner); never the contractor's manager who sends it",
    "pdf_fillable_owner_fields": "the owner_* fields; never designer_* or supervisor_*",
    "pdf_fillable_agent_section": "the เจ้าของอาคาร fields; the ตัวแทน (v2, who sends) never",
    "pdf_typed_renewal_letter": "the owner who writes and signs; never the engineer named",
    "pdf_typed_contractor_letter": "the owner named in the body; never the contractor's letterhead",
    "xlsx_owner_checklist": "the ผู้ขออนุญาต section; never the designer's or supervisor's",
    "xlsx_neighbour_consent_list": "the head block's ผู้ขออนุญาต; never the neighbours' rows",
    "xlsx_one_row_register": "the one row's applicant; never the supervisor's columns",
}


# --- plain ---------------------------------------------------------------------------------


def plain_owner_iphone_alteration(a: Party, i: int) -> Case:
    """An owner's short iPhone mail asking to alter his house; the engineer who designs
    and his licence and mobile for technical questions; ends "ส่งจาก iPhone ของฉัน"."""
    p = a.p
    town, desk, _, _ = office(a)
    en, lic, emob = ENGINEERS[i % 3]
    text = (
        f"เรียน กองช่าง {town}\n\n"
        f"{me(a)} {a.name} เจ้าของบ้านเลขที่ {home(a, i)} ขอยื่นคำขออนุญาตดัดแปลงอาคาร "
        f"(เพิ่มชั้นลอยและต่อเติมหลังคาด้านหลัง) พื้นที่ดัดแปลงประมาณ 36 ตร.ม. ค่าก่อสร้างประมาณ 285,000 บาท\n"
        f"เลขบัตรประชาชน {nid_w(p.nid, i)}\n"
        f"ผู้ออกแบบและคำนวณ {en} ใบอนุญาตประกอบวิชาชีพวิศวกรรมควบคุม {lic} โทร {mobile(emob, i + 1)} (เรื่องแบบติดต่อวิศวกรได้โดยตรง)\n"
        f"แนบแบบแปลน 5 ชุด รายการคำนวณ สำเนาโฉนด และสำเนาทะเบียนบ้านมาพร้อมนี้\n"
        f"หากเอกสารไม่ครบ ติดต่อกลับที่เบอร์ {tel(a, i)} {ending(a)}\n\n"
        "ส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขออนุญาตดัดแปลงอาคาร", own_box(a), desk, text=text)
    return Case("plain_owner_iphone_alteration", raw, own(a, NO_BIRTH))


def plain_line_forward_demolition(a: Party, i: int) -> Case:
    """An owner forwards her LINE chat export with the contractor who will demolish her
    old wooden house: her ID and home typed in the chat, the contractor's registration
    number, line and mobile; her name and number at the end."""
    p = a.p
    town, desk, _, _ = office(a)
    firm_, reg, line, mgr, _, mmob, _ = CONTRACTORS[i % 2]
    short = mgr.split()[0][3:]
    text = (
        f"เรียน เจ้าหน้าที่กองช่าง{town}\nส่งต่อแชทไลน์กับผู้รับเหมาเรื่องขอรื้อถอนบ้านไม้เก่า มีข้อมูลที่เจ้าหน้าที่ขอไว้{ending(a)}\n\n"
        f"[LINE] ประวัติการแชทกับ ช่าง{short}\nวันที่บันทึก: 2569/12/0{1 + i % 5} 09:14\n\n"
        f"2569/11/30(จ.)\n"
        f"08:41\tช่าง{short}\tใบขออนุญาตรื้อถอนต้องใช้เลขบัตรเจ้าของบ้านนะครับ\n"
        f"08:45\t{p.first}\t{nid_w(p.nid, i + 1)}\n"
        f"08:46\tช่าง{short}\tที่อยู่ตามทะเบียนบ้านด้วยครับ\n"
        f"08:50\t{p.first}\t{home(a, i + 1)}\n"
        f"09:02\tช่าง{short}\tผู้รื้อถอนใส่ของผมนะครับ {firm_} ทะเบียนนิติบุคคลเลขที่ {reg} โทร {line} มือถือ {mobile(mmob, i)}\n"
        f"09:03\t{p.first}\t[สติกเกอร์]\n\n"
        f"--\n{a.name}\nโทร. {tel(a, i + 2)}\n"
    )
    raw = message(i, "Fwd: แชทไลน์ ขอรื้อถอนอาคาร", own_box(a), desk, text=text)
    return Case("plain_line_forward_demolition", raw, own(a, NO_BIRTH))


def plain_architect_office_for_owner(a: Party, i: int) -> Case:
    """An architect's office sends the owner's ข.1 ahead by mail: the owner's lines
    (name, ID, registered home), the site by its deed, the designers and their licences,
    the architect's signature (licence, office, mobile, box)."""
    p = a.p
    desk = office(a)[1]
    an, alic, amob, abox, aoff = ARCHITECTS[i % 2]
    en, elic, _ = ENGINEERS[(i + 1) % 3]
    text = (
        "เรียน เจ้าหน้าที่กองช่าง\n\n"
        f"สำนักงานฯ ในฐานะผู้ออกแบบ ได้รับมอบหมายจากเจ้าของอาคาร ขอส่งเอกสารขออนุญาตก่อสร้างอาคารพักอาศัย คสล. 2 ชั้น "
        f"(แบบ ข.1) ล่วงหน้าทางอีเมล เพื่อให้ตรวจเบื้องต้นก่อนยื่นตัวจริง รายละเอียดดังนี้\n\n"
        f"  เจ้าของอาคาร: {a.name}\n"
        f"  เลขประจำตัวประชาชน: {nid_w(p.nid, i)}\n"
        f"  ที่อยู่ตามทะเบียนบ้าน: {home(a, i + 1)}\n"
        f"  สถานที่ก่อสร้าง: {site(a)}\n"
        f"  พื้นที่อาคาร 186 ตร.ม. ราคาค่าก่อสร้าง 2,450,000 บาท\n"
        f"  ผู้ออกแบบสถาปัตยกรรม: {an} ({alic})\n"
        f"  ผู้ออกแบบและคำนวณโครงสร้าง: {en} ({elic})\n\n"
        "หากต้องแก้ไขแบบ กรุณาแจ้งสำนักงานฯ โดยตรง\n\n"
        f"ขอแสดงความนับถือ\n{an}\nสถาปนิก ใบอนุญาตเลขที่ {alic}\n{aoff}\nโทร {mobile(amob, i)}\n{abox}\n"
    )
    raw = message(i, f"ส่งแบบขออนุญาตก่อสร้าง - {a.name}", f"{an[3:] if an.startswith('นาย') else an[6:]} <{abox}>", desk, text=text)  # fmt: skip
    return Case("plain_architect_office_for_owner", raw, for_other(a, NO_BIRTH))


def plain_neighbour_consent_reply(a: Party, i: int) -> Case:
    """An owner's reply over the กองช่าง's quoted mail: the neighbour who consents (name,
    ID, home), then his own lines; the clerk's name, line and the request's number quoted."""
    p = a.p
    town, desk, clerk, cline = office(a)
    nn, nid, _, nhome = NEIGHBOURS[i % 3]
    text = (
        f"เรียน คุณ{clerk.split()[0][3:] if clerk.startswith('นาย') else clerk.split()[0][6:]}\n\n"
        f"ส่งหนังสือยินยอมของเจ้าของที่ดินข้างเคียงตามที่แจ้ง{ending(a)} เจ้าของที่ดินด้านทิศเหนือคือ {nn} "
        f"เลขบัตร {nid_w(nid, i)} บ้านเลขที่ {nhome} ยินยอมให้ก่อสร้างผนังห่างแนวเขต 0.50 เมตร ลงชื่อเรียบร้อยแล้ว\n"
        f"ส่วนผู้ขออนุญาต {a.name} เลขบัตร {nid_w(p.nid, i + 1)}\nบ้านเลขที่ {home(a, i + 2)}\nโทร {tel(a, i)}\n\n"
        f"On Thu, 3 Dec 2026 at 10:12, กองช่าง {town} <{desk}> wrote:\n"
        f"> เรียน คุณ{p.first}\n"
        f"> คำขออนุญาตเลขรับที่ {412 + i}/2569 ยังขาดหนังสือยินยอมของเจ้าของที่ดินข้างเคียง\n"
        "> เนื่องจากผนังอาคารอยู่ห่างแนวเขตที่ดินน้อยกว่า 2 เมตร\n"
        f"> สอบถาม {clerk} นายช่างโยธา โทร {cline} ต่อ 214\n"
    )
    raw = message(i, f"Re: คำขออนุญาตเลขรับที่ {412 + i}/2569", own_box(a), desk, text=text)
    return Case("plain_neighbour_consent_reply", raw, own(a, NO_BIRTH))


def plain_eservice_notification(a: Party, i: int) -> Case:
    """The town's e-service notification of a new ข.1 request: the applicant's lines
    (birth date among them), the site, the engineer with his licence and mobile."""
    p = a.p
    town, desk, _, _ = office(a)
    en, lic, emob = ENGINEERS[(i + 2) % 3]
    text = (
        "มีคำขอใหม่จากระบบ e-Service\n"
        "ประเภทคำขอ: ขออนุญาตก่อสร้างอาคาร (ข.1)\n"
        f"เลขที่คำขอ: EB-2569-{412 + 17 * i:05d}\nวันที่ยื่น: {4 + i % 20}/12/2569 10:{10 + i}\n\n"
        "== ข้อมูลผู้ยื่นคำขอ ==\n"
        f"ชื่อ-นามสกุล: {a.name}\n"
        f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}\n"
        f"วันเดือนปีเกิด: {born_th(p.born, i)}\n"
        f"โทรศัพท์มือถือ: {tel(a, i)}\n"
        f"อีเมล: {p.email}\n"
        f"ที่อยู่: {home(a, i)}\n\n"
        "== สถานที่ก่อสร้าง ==\n"
        f"{site(a)}\nประเภทอาคาร: บ้านพักอาศัย คสล. 2 ชั้น พื้นที่ 186 ตร.ม.\n\n"
        "== ผู้ออกแบบ / ผู้ควบคุมงาน ==\n"
        f"วิศวกร: {en} ใบอนุญาต {lic} โทร {mobile(emob, i)}\n\n"
        f"อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n{town}\n"
    )
    raw = message(i, f"[e-Service] คำขอใหม่ EB-2569-{412 + 17 * i:05d}", f"e-Service <no-reply@{desk.split('@')[1]}>", desk, text=text)  # fmt: skip
    return Case("plain_eservice_notification", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_owner_extension(a: Party, i: int) -> Case:
    """An owner's Gmail asking to extend the kitchen (ต่อเติม): her lines, a small table
    of who designs and builds, her signature; the contractor's mail quoted below."""
    p = a.p
    town, desk, _, _ = office(a)
    en, lic, _ = ENGINEERS[i % 3]
    firm_, reg, line, mgr, _, mmob, coff = CONTRACTORS[(i + 1) % 2]
    html = (
        '<div dir="ltr"><div>เรียน กองช่าง ' + town + "</div><div><br></div>"
        f"<div>{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ขออนุญาตต่อเติมครัวด้านหลังบ้าน "
        f"เป็นอาคาร คสล. ชั้นเดียว ขนาด 4 x 6 เมตร ที่บ้านเลขที่ {home(a, i)}</div><div><br></div>"
        '<table border="1" cellpadding="4" style="border-collapse:collapse">'
        f"<tr><td>ผู้ออกแบบ</td><td>{en}</td><td>{lic}</td></tr>"
        f"<tr><td>ผู้รับเหมา</td><td>{firm_}</td><td>{line}</td></tr></table><div><br></div>"
        f"<div>รบกวนแจ้งผลทางอีเมลนี้หรือโทร {tel(a, i + 1)} {ending(a)}</div><div><br></div>"
        f'<div>-- <br><div dir="ltr" class="gmail_signature">{a.name}<br>{tel(a, i + 1)}</div></div></div><br>'
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f"เมื่อ พ. 2 ธ.ค. 2569 เวลา 16:20 {mgr[3:]} &lt;manager.{i}@contractor.example.co.th&gt; เขียนว่า:<br></div>"
        '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        f"ส่งใบเสนอราคาต่อเติมครัวครับ รวม 168,500 บาท<br>{firm_}<br>เลขทะเบียน {reg}<br>{coff}<br>"
        f"โทร {line} / {mobile(mmob, i)}</blockquote></div>"
    )
    raw = message(i, "ขออนุญาตต่อเติมครัว", own_box(a), desk, html=html)
    return Case("html_gmail_owner_extension", raw, own(a, NO_BIRTH))


def html_outlook_company_warehouse(a: Party, i: int) -> Case:
    """A company's coordinator mails from Outlook for its warehouse permit: the company,
    its registration number, the director who signs and his ID, the office, line and
    general box in prose; the coordinator's signature (mobile, own box)."""
    k = i % 2
    f = FIRMS[k]
    fp = f.p
    desk = office(f)[1]
    d_name, d_id = DIRECTORS[k]
    c_name, c_mob, c_box = COORDINATORS[k]
    en, lic, _ = ENGINEERS[(i + 1) % 3]
    paras = [
        "เรียน ผู้อำนวยการกองช่าง",
        "",
        f"ด้วย {f.name} ทะเบียนนิติบุคคลเลขที่ {fp.nid} มีความประสงค์ขออนุญาตก่อสร้างอาคารโกดังเก็บสินค้า โครงสร้างเหล็ก "
        f"ขนาด 20 x 40 เมตร ใน{site(f)}",
        f"ผู้ขออนุญาต: {f.name} โดย {d_name} กรรมการผู้มีอำนาจ เลขประจำตัวประชาชน {nid_w(d_id, i)}",
        f"สำนักงานตั้งอยู่: {home(f, i)} โทรศัพท์ {tel(f, i)} อีเมล {fp.email}",
        f"ผู้ออกแบบและคำนวณ: {en} ({lic})",
        "ทั้งนี้ได้แนบแบบแปลนและรายการคำนวณ 5 ชุด และหนังสือรับรองบริษัทฯ มาด้วยแล้ว",
        "",
        "จึงเรียนมาเพื่อโปรดพิจารณา",
    ]
    sig = (
        f'<p class="MsoNormal"><b>{c_name}</b><br>ผู้ประสานงานโครงการ<br>{f.name}<br>'
        f'Mobile {mobile(c_mob, i)}<br><a href="mailto:{c_box}">{c_box}</a></p>'
    )
    raw = message(i, "ขออนุญาตก่อสร้างอาคารโกดังเก็บสินค้า", f"{c_name} <{c_box}>", desk, html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_company_warehouse", raw, firm(k, NO_BIRTH))


def html_webform_permit_table(a: Party, i: int) -> Case:
    """A web form's HTML notification: a table with section rows (ผู้ขออนุญาต,
    ผู้ควบคุมงาน, สถาปนิกผู้ออกแบบ), each with its own name, phone and box."""
    p = a.p
    town, desk, _, _ = office(a)
    en, lic, emob = ENGINEERS[(i + 1) % 3]
    an, alic, amob, abox, _ = ARCHITECTS[i % 2]

    def row(label: str, value: str) -> str:
        return f'<tr><th align="left" style="background:#f3f3f3">{label}</th><td>{value}</td></tr>'

    def section(title: str) -> str:
        return f'<tr><td colspan="2" style="background:#1f4e79;color:#fff"><b>{title}</b></td></tr>'

    rows = "".join([
        section("ผู้ขออนุญาต"), row("ชื่อ - สกุล", a.name), row("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
        row("วันเกิด", born_th(p.born, i + 1)), row("ที่อยู่", home(a, i)), row("โทรศัพท์", tel(a, i)),
        row("อีเมล", p.email),
        section("ผู้ควบคุมงาน"), row("ชื่อ - สกุล", en), row("ใบอนุญาตเลขที่", lic), row("โทรศัพท์", mobile(emob, i)),
        section("สถาปนิกผู้ออกแบบ"), row("ชื่อ - สกุล", an), row("ใบอนุญาตเลขที่", alic), row("โทรศัพท์", mobile(amob, i + 1)),
        row("อีเมล", abox),
        section("อาคารที่ขออนุญาต"), row("สถานที่ก่อสร้าง", site(a)), row("ชนิดอาคาร", "ตึกแถว คสล. 3 ชั้น 2 คูหา"),
    ])  # fmt: skip
    html = (
        f'<html><body><p>มีผู้ส่งแบบฟอร์ม "ขออนุญาตก่อสร้างอาคาร" ทางเว็บไซต์{town}</p>'
        f'<table border="1" cellspacing="0" cellpadding="6">{rows}</table>'
        "<p>ส่งจากแบบฟอร์มออนไลน์ - โปรดอย่าตอบกลับ</p></body></html>"
    )
    raw = message(i, "แบบฟอร์มออนไลน์: ขออนุญาตก่อสร้างอาคาร", f"Web Form <webform@{desk.split('@')[1]}>", desk, html=html)  # fmt: skip
    return Case("html_webform_permit_table", raw, own(a, ALL))


def html_gmail_child_for_parent(a: Party, i: int) -> Case:
    """A grown child's Gmail for an elderly parent who owns the house: the parent's lines
    (ID, birth date, home) as a list, the child's own mobile and condo in the signature."""
    p = a.p
    town, desk, _, _ = office(a)
    cn, _, cmob, cbox, chome = CHILDREN[p.last]
    rel = "บุตรสาว" if cn.startswith("นางสาว") else "บุตรชาย"
    writer = "ดิฉัน" if cn.startswith("นางสาว") else "ผม"
    end = "ค่ะ" if cn.startswith("นางสาว") else "ครับ"
    html = (
        f'<div dir="ltr">เรียน กองช่าง {town}<br><br>'
        f"{writer} {cn} เป็น{rel}ของ{a.name} ขอยื่นเรื่องแทนแม่ ขออนุญาตรื้อถอนบ้านไม้ชั้นเดียวหลังเก่าที่ผุพัง "
        "เพื่อสร้างบ้านหลังใหม่ในที่ดินเดิม ข้อมูลเจ้าของบ้านตามบัตรประชาชน"
        f"<ul><li>ชื่อ {a.name}</li><li>เลขประจำตัวประชาชน {nid_w(p.nid, i)}</li>"
        f"<li>เกิดวันที่ {born_th(p.born, i)}</li><li>ที่อยู่ {home(a, i)}</li></ul>"
        f"แม่อายุมากไม่มีโทรศัพท์ ติดต่อ{writer}ได้ที่ {mobile(cmob, i)} {end}<br><br>"
        f'<div class="gmail_signature">{cn}<br>{chome}<br>{cbox}</div></div>'
    )
    raw = message(i, "ขออนุญาตรื้อถอนบ้านไม้ (ยื่นแทนแม่)", f"{cn.split()[0][3 if cn.startswith('นาย') else 6:]} <{cbox}>", desk, html=html)  # fmt: skip
    return Case("html_gmail_child_for_parent", raw, for_other(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_kh1_form(a: Party, i: int) -> Case:
    """แบบ ข.1 typed in Word: the ข้าพเจ้า line with the address in the form's own boxes
    (ตรอก/ซอย, ถนน, หมู่ที่, ตำบล/แขวง ...), the site, the supervisor and the designer with
    their licences, the owner's signature."""
    p = a.p
    town, desk, _, _ = office(a)
    en, lic, _ = ENGINEERS[i % 3]
    an, alic, _, _, _ = ARCHITECTS[(i + 1) % 2]
    deed, land, _, place = SITES[p.province]

    def build(d: Any) -> None:
        d.add_paragraph("แบบ ข.1")
        d.add_paragraph("คำขออนุญาตก่อสร้างอาคาร ดัดแปลงอาคาร หรือรื้อถอนอาคาร")
        d.add_paragraph("เลขรับที่ ............ วันที่ ............ ลงชื่อ .................... ผู้รับคำขอ")
        d.add_paragraph(f"\t\t\t\t\tเขียนที่ {town}\n\t\t\t\t\tวันที่ {5 + i % 20} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เจ้าของอาคาร หรือตัวแทนเจ้าของอาคาร\n"
            f"[/] เป็นบุคคลธรรมดา เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {p.house} "
            f"ตรอก/ซอย {p.soi or '-'} ถนน {p.road or '-'} หมู่ที่ {p.moo or '-'} ตำบล/แขวง {p.tambon} "
            f"อำเภอ/เขต {p.amphoe} จังหวัด {p.province} หมายเลขโทรศัพท์ {tel(a, i)}"
        )
        d.add_paragraph("ขอยื่นคำขออนุญาตก่อสร้างอาคาร ต่อเจ้าพนักงานท้องถิ่น ดังต่อไปนี้")
        d.add_paragraph(
            f"ข้อ 1 ทำการก่อสร้างอาคาร ที่บ้านเลขที่ - {place} โดย [/] เป็นเจ้าของอาคาร "
            f"ในที่ดินโฉนดที่ดิน เลขที่ {deed} เลขที่ดิน {land} เป็นที่ดินของ {a.name}"
        )
        d.add_paragraph("ข้อ 2 เป็นอาคาร ชนิด คอนกรีตเสริมเหล็ก 2 ชั้น จำนวน 1 หลัง เพื่อใช้เป็น พักอาศัย "
                        "โดยมีที่จอดรถ ที่กลับรถ และทางเข้าออกของรถ จำนวน 2 คัน พื้นที่ 186 ตารางเมตร")  # fmt: skip
        d.add_paragraph(f"ข้อ 3 มี {en} เป็นผู้ควบคุมงาน ใบอนุญาตประกอบวิชาชีพวิศวกรรมควบคุม เลขทะเบียน {lic}")
        d.add_paragraph(
            f"ข้อ 4 มี {an} เป็นผู้ออกแบบ ใบอนุญาตประกอบวิชาชีพสถาปัตยกรรมควบคุม เลขทะเบียน {alic}"
        )
        d.add_paragraph("ข้อ 5 กำหนดแล้วเสร็จ 180 วัน นับแต่วันที่ได้รับใบอนุญาต")
        d.add_paragraph("ข้อ 6 พร้อมคำขอนี้ ข้าพเจ้าได้แนบเอกสารหลักฐานต่าง ๆ มาด้วยแล้ว คือ แผนผังบริเวณ แบบแปลน "
                        "รายการประกอบแบบแปลน จำนวน 5 ชุด ชุดละ 12 แผ่น รายการคำนวณ 1 ชุด")  # fmt: skip
        d.add_paragraph(f"\t\t\t(ลงชื่อ) ........................ ผู้ขออนุญาต\n\t\t\t\t({a.name})")

    raw = message(i, "ส่งแบบ ข.1 ขออนุญาตก่อสร้าง", own_box(a), desk,
                  text=f"เรียน กองช่าง\nแนบแบบ ข.1 ที่กรอกแล้ว{ending(a)}\n",
                  files=(("แบบ ข1.docx", docx_bytes(build), DOCX),))  # fmt: skip
    # Mended after the first sight (a builder slip): แบบ ข.1's address boxes have no
    # รหัสไปรษณีย์ and the mail writes none, so no postal code is expected.
    e = own(a, NO_BIRTH)
    del e["postal_code"]
    return Case("docx_kh1_form", raw, e)


def docx_neighbour_consent(a: Party, i: int) -> Case:
    """The neighbour's หนังสือยินยอม in Word (the neighbour is its ข้าพเจ้า: his ID, home,
    deed), sent by the owner whose mail gives her name, home and phone; her ID only in v1
    (v2: national_id `()`, the neighbour's unflagged is silent)."""
    p = a.p
    town, desk, _, _ = office(a)
    nn, nid, nmob, nhome = NEIGHBOURS[(i + 1) % 3]
    deed = SITES[p.province][0]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือแสดงความยินยอมของเจ้าของที่ดินข้างเคียง")
        d.add_paragraph(
            f"\t\t\t\tเขียนที่ บ้านเลขที่ {nhome.split()[0]}\n\t\t\t\tวันที่ {2 + i % 20} ธันวาคม 2569"
        )
        d.add_paragraph(
            f"ข้าพเจ้า {nn} อายุ {58 + i} ปี เลขประจำตัวประชาชน {nid_w(nid, i)} อยู่บ้านเลขที่ {nhome} "
            f"โทรศัพท์ {mobile(nmob, i)} เป็นเจ้าของที่ดินโฉนดที่ดินเลขที่ {int(deed) + 1} ซึ่งอยู่ติดกับที่ดินของ {a.name} ทางด้านทิศใต้"
        )
        d.add_paragraph(
            f"ข้าพเจ้ายินยอมให้ {a.name} ก่อสร้างอาคารพักอาศัย 2 ชั้น โดยมีผนังด้านทิศเหนือห่างแนวเขตที่ดินของข้าพเจ้า 0.50 เมตร "
            "ไม่มีช่องเปิด ประตู หน้าต่าง หรือช่องระบายอากาศ ตามกฎกระทรวงฉบับที่ 55 (พ.ศ. 2543)"
        )
        d.add_paragraph(
            f"ลงชื่อ ........................ ผู้ให้ความยินยอม\n({nn})\n\n"
            f"ลงชื่อ ........................ ผู้ขออนุญาต\n({a.name})\n\n"
            "ลงชื่อ ........................ พยาน\n(นายสมพงษ์ ดีมาก)"
        )

    ids = f"เลขบัตรประชาชน {nid_w(p.nid, i + 1)}\n" if i % 2 == 0 else ""
    text = (
        f"เรียน กองช่าง {town}\n\nแนบหนังสือยินยอมของเจ้าของที่ดินข้างเคียง ประกอบคำขออนุญาตก่อสร้าง{ending(a)}\n\n"
        f"ผู้ขออนุญาต {a.name}\n{ids}ที่อยู่ {home(a, i)}\nโทร {tel(a, i + 1)}\n"
    )
    raw = message(i, "หนังสือยินยอมข้างบ้าน", own_box(a), desk, text=text,
                  files=(("หนังสือยินยอม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a, NO_BIRTH)
    if i % 2:
        e["national_id"] = ()
    return Case("docx_neighbour_consent", raw, e)


def docx_demolition_table(a: Party, i: int) -> Case:
    """A demolition request in a Word table: the owner's rows (name, ID, birth date, home,
    phone), the building, the demolisher (firm, registration number, line), the engineer
    who supervises the demolition (licence, mobile)."""
    p = a.p
    town, desk, _, _ = office(a)
    firm_, reg, line, _, _, _, _ = CONTRACTORS[i % 2]
    en, lic, emob = ENGINEERS[(i + 2) % 3]
    rows = [
        ("ผู้ขออนุญาต (เจ้าของอาคาร)", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
        ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 2)), ("ที่อยู่", home(a, i + 1)), ("โทรศัพท์", tel(a, i)),
        ("อาคารที่ขอรื้อถอน", "อาคารไม้ 2 ชั้น 1 หลัง พื้นที่ 96 ตร.ม. (บ้านเลขที่เดียวกับผู้ขอ)"),
        ("ผู้รื้อถอน", f"{firm_} ทะเบียนเลขที่ {reg}"), ("โทรศัพท์ผู้รื้อถอน", line),
        ("ผู้ควบคุมการรื้อถอน", f"{en} {lic}"), ("โทรศัพท์ผู้ควบคุม", mobile(emob, i)),
        ("วิธีรื้อถอน", "รื้อด้วยแรงคน ติดตั้งผ้าใบกันฝุ่นรอบอาคาร 30 วัน"),
    ]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"คำร้องขออนุญาตรื้อถอนอาคาร\nเรียน นายกเทศมนตรี{town[6:]}")
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in rows:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = label, value
        d.add_paragraph(f"\nลงชื่อ ...................... ผู้ขออนุญาต\n({a.name})")

    raw = message(i, "คำร้องขอรื้อถอนอาคาร", own_box(a), desk, text="แนบคำร้องขอรื้อถอนอาคาร\n",
                  files=(("รื้อถอน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_demolition_table", raw, own(a, ALL))


def docx_poa_owner_to_contractor(a: Party, i: int) -> Case:
    """A หนังสือมอบอำนาจ in Word: the owner (ID, home) grants the contractor's manager (his
    ID, home, mobile) the power to file the permit; the manager mails it from his box."""
    p = a.p
    town, desk, _, _ = office(a)
    firm_, _, line, mgr, mid, mmob, coff = CONTRACTORS[(i + 1) % 2]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"\t\t\t\tเขียนที่ {town}\n\t\t\t\tวันที่ {thai(str(3 + i % 20))} ธันวาคม ๒๕๖๙")
        d.add_paragraph(
            f"โดยหนังสือฉบับนี้ ข้าพเจ้า {a.name} อายุ {2026 - p.born.year} ปี ถือบัตรประจำตัวประชาชนเลขที่ {nid_w(p.nid, i)} "
            f"อยู่บ้านเลขที่ {home(a, i)} ขอมอบอำนาจให้ {mgr} ถือบัตรประจำตัวประชาชนเลขที่ {nid_w(mid, i + 1)} "
            f"อยู่บ้านเลขที่ {coff} โทรศัพท์ {mobile(mmob, i)} เป็นผู้มีอำนาจยื่นคำขออนุญาตก่อสร้างอาคาร (ข.1) "
            "แก้ไขแบบแปลน และรับใบอนุญาต (อ.1) แทนข้าพเจ้าจนเสร็จการ"
        )
        d.add_paragraph(
            f"ลงชื่อ ........................ ผู้มอบอำนาจ\n({a.name})\n\n"
            f"ลงชื่อ ........................ ผู้รับมอบอำนาจ\n({mgr})\n\n"
            "ลงชื่อ ........................ พยาน\n(นางสาวนิภาพร แสนสุข)"
        )

    raw = message(i, "หนังสือมอบอำนาจยื่นขออนุญาตก่อสร้าง", f"{mgr[3:]} ({firm_}) <manager.{i}@contractor.example.co.th>", desk,
                  text=f"เรียน กองช่าง\nส่งหนังสือมอบอำนาจจากเจ้าของอาคาร ผมจะนำตัวจริงไปยื่นพร้อมแบบครับ\n{mgr}\n{firm_} โทร {line}\n",
                  files=(("มอบอำนาจ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_owner_to_contractor", raw, for_other(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_owner_fields(a: Party, i: int) -> Case:
    """A fillable PDF whose fields are named in English (owner_*, site_*, designer_*,
    supervisor_*), each section with its own name, licence and phone."""
    p = a.p
    town, desk, _, _ = office(a)
    an, alic, amob, _, _ = ARCHITECTS[i % 2]
    en, lic, emob = ENGINEERS[i % 3]
    deed, _, _, place = SITES[p.province]
    labels = [(45, 18, f"คำขออนุญาตก่อสร้างอาคาร {town}"), (20, 34, "ผู้ขออนุญาต"), (20, 42, "เลขประจำตัวประชาชน"),
              (120, 42, "วันเกิด"), (20, 50, "ที่อยู่"), (20, 58, "โทรศัพท์"), (110, 58, "อีเมล"),
              (20, 72, "โฉนดเลขที่"), (80, 72, "ที่ตั้ง"), (20, 86, "ผู้ออกแบบ"), (110, 86, "ใบอนุญาต"), (150, 86, "โทร"),
              (20, 96, "ผู้ควบคุมงาน"), (110, 96, "ใบอนุญาต"), (150, 96, "โทร")]  # fmt: skip
    fields = [Field("owner_name", a.name, 45, 34, 100), Field("owner_nid", p.nid, 60, 42, 55, comb=13),
              Field("owner_birth", born_th(p.born, i), 135, 42, 45), Field("owner_addr", home(a, i), 35, 50, 160),
              Field("owner_tel", tel(a, i), 45, 58, 55), Field("owner_email", p.email, 125, 58, 70),
              Field("site_deed", deed, 45, 72, 30), Field("site_addr", place, 95, 72, 100),
              Field("designer_name", an, 45, 86, 60), Field("designer_license", alic, 128, 86, 20),
              Field("designer_tel", mobile(amob, i), 160, 86, 35),
              Field("supervisor_name", en, 50, 96, 55), Field("supervisor_license", lic, 128, 96, 20),
              Field("supervisor_tel", mobile(emob, i + 1), 160, 96, 35)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำขออนุญาตก่อสร้าง (PDF กรอกแล้ว)", own_box(a), desk, text=f"ส่งแบบฟอร์มที่กรอกแล้ว{ending(a)}\n",
                  files=(("permit_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_owner_fields", raw, own(a, ALL))


def pdf_fillable_agent_section(a: Party, i: int) -> Case:
    """A fillable ข.1 with Thai field names: the owner's section (her phone "-" in v2),
    the ตัวแทนเจ้าของอาคาร section empty in v1 (the owner sends), filled in v2 by the
    contractor's manager who sends it."""
    p = a.p
    desk = office(a)[1]
    firm_, _, _, mgr, mid, mmob, _ = CONTRACTORS[i % 2]
    agent = i % 2 == 1
    ag = (mgr, nid_w(mid, i), mobile(mmob, i)) if agent else ("", "", "")
    labels = [(60, 18, "แบบ ข.1 (กรอกได้)"), (20, 34, "ชื่อเจ้าของอาคาร"), (20, 42, "เลขประจำตัวประชาชน"),
              (20, 50, "ที่อยู่"), (20, 58, "โทรศัพท์"), (20, 74, "กรณีตัวแทนเจ้าของอาคาร ชื่อ"),
              (20, 82, "เลขประจำตัวประชาชนตัวแทน"), (20, 90, "โทรศัพท์ตัวแทน"), (20, 104, "ประเภทการขออนุญาต")]  # fmt: skip
    fields = [Field("ชื่อเจ้าของอาคาร", a.name, 55, 34, 100), Field("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1), 65, 42, 60),
              Field("ที่อยู่", home(a, i + 1), 35, 50, 160), Field("โทรศัพท์", "-" if agent else tel(a, i), 45, 58, 55),
              Field("ชื่อตัวแทน", ag[0], 75, 74, 90), Field("เลขประจำตัวประชาชนตัวแทน", ag[1], 75, 82, 60),
              Field("โทรศัพท์ตัวแทน", ag[2], 60, 90, 55),
              Field("ประเภทการขออนุญาต", "ดัดแปลงอาคาร (เปลี่ยนหลังคาและเพิ่มกันสาด)", 65, 104, 110)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Loma"), fields)
    sender = f"{mgr[3:]} <manager.{i}@contractor.example.co.th>" if agent else own_box(a)
    body = (
        f"แนบแบบ ข.1 ของเจ้าของอาคาร {a.name} ผมเป็นตัวแทน ({firm_})\n"
        if agent
        else f"ส่งแบบ ข.1 {ending(a)}\n"
    )
    raw = message(
        i, "แบบ ข.1 ดัดแปลงอาคาร", sender, desk, text=body, files=(("kh1.pdf", data, PDF),)
    )
    return Case(
        "pdf_fillable_agent_section", raw, for_other(a, NO_BIRTH) if agent else own(a, NO_BIRTH)
    )


def pdf_typed_renewal_letter(a: Party, i: int) -> Case:
    """An owner's typed letter (Word to PDF) asking to renew his อ.1 (its number, its
    date): his block top right, his ID in the body, the engineer who supervises named,
    his mobile at the end."""
    p = a.p
    town, desk, _, _ = office(a)
    en, lic, emob = ENGINEERS[(i + 1) % 3]
    h = home(a, i)
    cut = h.rfind(" จ") if " จ" in h else h.rfind(" " + p.province)
    paras: list[tuple[float, str]] = [(115, h[:cut]), (115, h[cut + 1 :]), (0, ""), (115, f"{7 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอต่ออายุใบอนุญาตก่อสร้างอาคาร"), (20, f"เรียน นายกเทศมนตรี{town[6:]}"), (0, ""),
             (30, f"ตามที่ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ได้รับใบอนุญาตก่อสร้างอาคาร (อ.1) "
                  f"เลขที่ {87 + i}/2568 ลงวันที่ 14 มกราคม 2568 ให้ก่อสร้างอาคารพักอาศัย 2 ชั้น ใน{site(a)} "
                  "ซึ่งใบอนุญาตจะสิ้นอายุในวันที่ 13 มกราคม 2570 แต่การก่อสร้างยังไม่แล้วเสร็จ (ก่อสร้างแล้วร้อยละ 70)"),
             (30, f"จึงขอต่ออายุใบอนุญาตออกไปอีก 1 ปี โดยมี {en} ({lic}) เป็นผู้ควบคุมงานเช่นเดิม โทร {mobile(emob, i)}"),
             (30, f"หากมีข้อสงสัย ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (108, "ผู้ได้รับใบอนุญาต")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอต่ออายุใบอนุญาตก่อสร้าง", own_box(a), desk, text="เรียน กองช่าง\nแนบหนังสือขอต่ออายุใบอนุญาต\n",
                  files=(("ต่ออายุ อ1.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_renewal_letter", raw, own(a, NO_BIRTH))


def pdf_typed_contractor_letter(a: Party, i: int) -> Case:
    """A contractor's typed letter on its letterhead (firm, registration number, office,
    line) sending the owner's papers: the owner's name, ID and home in the body, the
    manager's signature and mobile."""
    p = a.p
    desk = office(a)[1]
    firm_, reg, line, mgr, _, mmob, coff = CONTRACTORS[i % 2]
    paras: list[tuple[float, str]] = [(20, firm_), (20, coff), (20, f"ทะเบียนนิติบุคคลเลขที่ {reg}  โทร {line}"), (0, ""),
             (120, f"ที่ รก. {31 + i}/2569"), (120, f"{9 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ส่งเอกสารประกอบคำขออนุญาตก่อสร้างอาคาร"), (20, "เรียน ผู้อำนวยการกองช่าง"), (0, ""),
             (30, f"ด้วยบริษัทฯ เป็นผู้รับจ้างก่อสร้างอาคารพักอาศัยของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
                  f"ซึ่งอยู่บ้านเลขที่ {home(a, i + 1)} เจ้าของอาคาร ใน{site(a)} "
                  "จึงขอส่งสำเนาสัญญาจ้าง แบบแปลน และรายการคำนวณเพิ่มเติมตามที่กองช่างแจ้ง"),
             (30, f"หากมีข้อสงสัยโปรดติดต่อ {mgr} ผู้จัดการโครงการ โทร {mobile(mmob, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({mgr})"), (108, "ผู้จัดการโครงการ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Garuda", step=8.5), size=14, face="Garuda")
    raw = message(i, f"ส่งเอกสารเพิ่มเติม คำขออนุญาตก่อสร้าง ({a.name})", f"{firm_} <office.{i}@contractor.example.co.th>", desk,
                  text="เรียน กองช่าง\nแนบหนังสือนำส่งเอกสารครับ\n", files=(("หนังสือนำส่ง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_contractor_letter", raw, for_other(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_owner_checklist(a: Party, i: int) -> Case:
    """An owner's checklist sheet: label/value rows under section heads (ผู้ขออนุญาต,
    ผู้ออกแบบ, ผู้ควบคุมงาน), each with a phone; documents ticked below."""
    p = a.p
    desk = office(a)[1]
    an, alic, amob, abox, _ = ARCHITECTS[(i + 1) % 2]
    en, lic, emob = ENGINEERS[i % 3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลคำขอ"
        for r in [("ข้อมูลประกอบคำขออนุญาตก่อสร้าง",), (), ("ผู้ขออนุญาต",), ("ชื่อ-สกุล", a.name),
                  ("เลขบัตรประชาชน", nid_w(p.nid, i)), ("วันเกิด", born_th(p.born, i + 1)), ("ที่อยู่", home(a, i)),
                  ("เบอร์โทร", tel(a, i)), ("อีเมล", p.email), (),
                  ("ผู้ออกแบบ",), ("ชื่อ-สกุล", an), ("ใบอนุญาต", alic), ("เบอร์โทร", mobile(amob, i)), ("อีเมล", abox), (),
                  ("ผู้ควบคุมงาน",), ("ชื่อ-สกุล", en), ("ใบอนุญาต", lic), ("เบอร์โทร", mobile(emob, i + 2)), (),
                  ("เอกสาร", "สถานะ"), ("สำเนาโฉนด", "✓"), ("แบบแปลน 5 ชุด", "✓"), ("รายการคำนวณ", "✓")]:  # fmt: skip
            ws.append(r)

    raw = message(i, "ข้อมูลคำขออนุญาตก่อสร้าง (Excel)", own_box(a), desk, text="แนบไฟล์ข้อมูลคำขอ\n",
                  files=(("checklist.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_owner_checklist", raw, own(a, ALL))


def xlsx_neighbour_consent_list(a: Party, i: int) -> Case:
    """A sheet of the neighbours' consents: the applicant's head block (name, ID, home,
    phone), then one row per neighbour (name, ID, home, phone, side, consent)."""
    p = a.p
    desk = office(a)[1]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ความยินยอม"
        ws.append(("บัญชีความยินยอมของเจ้าของที่ดินข้างเคียง",))
        ws.append(("ผู้ขออนุญาต", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทรศัพท์", tel(a, i)))
        ws.append(())
        ws.append(
            ("ลำดับ", "ชื่อ-สกุลเจ้าของที่ดินข้างเคียง", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์", "ทิศ", "ยินยอม")
        )
        for n, k in enumerate(((i + 1) % 3, (i + 2) % 3)):
            nn, nid, nmob, nhome = NEIGHBOURS[k]
            ws.append(
                (
                    n + 1,
                    nn,
                    nid_w(nid, i + n),
                    nhome,
                    mobile(nmob, n),
                    ("ทิศเหนือ", "ทิศตะวันออก")[n],
                    "ยินยอม",
                )
            )

    raw = message(i, "บัญชีความยินยอมข้างเคียง", own_box(a), desk, text=f"แนบบัญชีความยินยอม{ending(a)}\n",
                  files=(("consents.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_neighbour_consent_list", raw, own(a, NO_BIRTH))


def xlsx_one_row_register(a: Party, i: int) -> Case:
    """A one-row register sheet: a header row, the applicant's row with the address in
    its parts (บ้านเลขที่, หมู่, ตำบล, อำเภอ, จังหวัด, รหัสไปรษณีย์), then the supervisor's
    columns (name, licence, phone)."""
    p = a.p
    desk = office(a)[1]
    en, lic, emob = ENGINEERS[(i + 2) % 3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Sheet1"
        ws.append(("ลำดับ", "ชื่อผู้ขอ", "เลขบัตรประชาชน", "วันเกิด", "บ้านเลขที่", "หมู่", "ถนน", "ตำบล", "อำเภอ", "จังหวัด",
                   "รหัสไปรษณีย์", "โทร", "อีเมล", "ประเภทคำขอ", "ผู้ควบคุมงาน", "เลขใบอนุญาตผู้ควบคุม", "โทรผู้ควบคุม"))  # fmt: skip
        ws.append((1, a.name, nid_w(p.nid, i), born_th(p.born, i), p.house, p.moo or "-", p.road or "-", p.tambon,
                   p.amphoe, p.province, p.postal, tel(a, i), p.email, "ก่อสร้างรั้วและป้อมยาม", en, lic,
                   mobile(emob, i)))  # fmt: skip

    raw = message(i, "ทะเบียนคำขอ (ไฟล์ Excel)", own_box(a), desk, text="ส่งข้อมูลคำขอตามไฟล์แนบ\n",
                  files=(("register.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    # Mended after the first sight (a builder slip): the register has no ซอย column, so
    # the address expected is the one its columns write, without the ซอย.
    e = own(a, ALL)
    e["address"] = exp(replace(a, p=replace(p, soi="")), "address")["address"]
    return Case("xlsx_one_row_register", raw, e)


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (the company style picks its firm by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_owner_iphone_alteration, (0, 4)),
    (plain_line_forward_demolition, (2, 9)),
    (plain_architect_office_for_owner, (1, 8)),
    (plain_neighbour_consent_reply, (6, 3)),
    (plain_eservice_notification, (7, 4)),
    (html_gmail_owner_extension, (9, 2)),
    (html_outlook_company_warehouse, (0, 0)),
    (html_webform_permit_table, (3, 6)),
    (html_gmail_child_for_parent, (1, 5)),
    (docx_kh1_form, (8, 0)),
    (docx_neighbour_consent, (4, 7)),
    (docx_demolition_table, (3, 9)),
    (docx_poa_owner_to_contractor, (5, 2)),
    (pdf_fillable_owner_fields, (6, 8)),
    (pdf_fillable_agent_section, (7, 1)),
    (pdf_typed_renewal_letter, (0, 3)),
    (pdf_typed_contractor_letter, (5, 6)),
    (xlsx_owner_checklist, (2, 8)),
    (xlsx_neighbour_consent_list, (9, 4)),
    (xlsx_one_row_register, (6, 7)),
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
