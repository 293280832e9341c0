"""A hundred-and-twenty-second set of requests written by someone who had not read the
readers (issue 8): HOUSING ESTATES AND CONDOMINIUMS in the Bangkok suburbs (นนทบุรี,
ปทุมธานี, สมุทรปราการ). Residents, estate juristic persons (นิติบุคคลหมู่บ้านจัดสรร) and
condominium juristic persons (นิติบุคคลอาคารชุด) write to the municipality (เทศบาลนคร
นนทบุรี, เทศบาลนครปากเกร็ด, เทศบาลเมืองบางบัวทอง, เทศบาลนครรังสิต, เทศบาลเมืองลาดสวาย,
เทศบาลตำบลบางพลี, เทศบาลตำบลบางเมือง): handing the estate's roads over as public roads
(ที่ดินสาธารณูปโภค, their title deeds), flooding in a soi of the estate, a developer who
abandoned the estate (its registration number, its land-allocation permit), unit and
room numbers, building names, a committee chair signing for residents, a tenant writing
about the owner's unit. Kinds: plain (iPhone, LINE-forwarded text, Gmail, Outlook for
Android), HTML (Gmail, Outlook, a web-form notification), Word (letters, a petition with
its table of signers, a power of attorney, a form on dotted lines), PDF (fillable forms,
typed letters), xlsx (a flood survey, a condo's unit list, a form laid out in cells).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run), following set 28 (the applicant is the one
who asks; for a body the natural person who signs), sets 31/63 (a service for one person
asked by another is the one it is for), set 37 (where only another's phone is given,
phone `()`), sets 56/60/63 (a firm or body: the natural person who signs for it, his ID
where the request gives it, else `()`; its office, line and box):
- A RESIDENT writing for herself: her name, ID, birth date, her mobile and box, her home
  in the estate or condo (house number with the estate's or building's name, or without;
  with or without province and postal code). The chair's, the neighbours', the
  developer's, the manager's names, numbers and lines are never hers.
- An ESTATE OR CONDO JURISTIC PERSON: the one who signs its letter for it (the committee
  chair, ประธานกรรมการ; for a condo, the manager, ผู้จัดการนิติบุคคลอาคารชุด, who is its
  representative by law) is the applicant: his name as he signs; his ID only where the
  request gives it (else `()`); address the juristic person's office (in the estate or the
  building); phone the office line, and the signer's own mobile also accepted where he
  gives it; e-mail the office box. A clerk who only sends the mail never.
- A CHAIR WHO SIGNS FOR RESIDENTS (a petition, a flood survey, not the juristic person's
  letter): he is the one who asks: his own name, ID, home and mobile; the other signers'
  and households' never.
- A TENANT writing about the flat she rents (her own complaint, her own move into the
  house registration): the tenant; her address the unit she lives in; the owner's
  (ผู้ให้เช่า) name, ID, phone and home never.
- A unit OWNER who gives a power of attorney (ผู้มอบอำนาจ): the owner, her home where she
  lives (not the unit she lets); the proxy's (her tenant's) values never.
- A DEVELOPER company that asks (its director signs): the director's name and ID; the
  company's office, line and box.
Numbers that are never an ID or a phone: a title deed's (โฉนดเลขที่ 45821, เลขที่ดิน,
หน้าสำรวจ), a land-allocation permit (ใบอนุญาตจัดสรรที่ดินเลขที่ 12/2556), a juristic
person's registration (ทะเบียนเลขที่ 3/2558; a 13-digit เลขทะเบียนนิติบุคคล, check digit
valid, of the body or the developer: never the national_id), a unit's number (ห้อง 1208),
a plot's (แปลง B-17), a building's, a soi's, a complaint's, a letter's (ที่ นบ 015/2569), a
water meter's and an electricity account's. Birth date ISO, only the applicant's.
Everyone, every estate, condo, firm and number is invented (13-digit numbers made with
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

DESK = "saraban@suburb-cities.example.go.th"
NB, PT, SP = "นนทบุรี", "ปทุมธานี", "สมุทรปราการ"
NONE = date(1900, 1, 1)  # a body has no birth date; never expected

# Residents (and tenants) who write for themselves; `dwelling` the estate or building.
PEOPLE: tuple[Party, ...] = (
    P("นาย", "ศักดิ์ชัย", "พึ่งบุญ", "312010045127", date(1978, 5, 14), "0814472093", "sakchai.pb@gmail.com",
      "99/123", "5", "", "บางกรวย-ไทรน้อย", "บางรักพัฒนา", "บางบัวทอง", NB, "11110", dwelling="หมู่บ้านพฤกษาวิลล์ 12"),
    P("นาง", "อรพิน", "สุขสวัสดิ์", "313020067318", date(1983, 9, 2), "0896614027", "orapin.ss@hotmail.com",
      "55/88", "3", "", "ลำลูกกา", "ลาดสวาย", "ลำลูกกา", PT, "12150", dwelling="หมู่บ้านเดอะคอนเนค ลำลูกกา"),
    P("นางสาว", "ณัฐธิดา", "วงศ์ทอง", "111020031145", date(1995, 2, 27), "0625518834", "natthida.wt@gmail.com",
      "88/1208", "", "", "รัตนาธิเบศร์", "บางกระสอ", "เมืองนนทบุรี", NB, "11000", dwelling="อาคาร B ลุมพินี พาร์ค รัตนาธิเบศร์"),
    P("นาย", "ธีรวัฒน์", "แก้วมณี", "313010052241", date(1969, 11, 30), "0817720456", "",
      "120/45", "7", "", "พหลโยธิน", "คลองหนึ่ง", "คลองหลวง", PT, "12120", dwelling="หมู่บ้านกรีนวิลล์ รังสิต"),
    P("นาง", "มาลัย", "จันทร์หอม", "311020018834", date(1955, 7, 19), "0863329140", "malai.ch@yahoo.com",
      "39/17", "12", "", "บางนา-ตราด", "บางพลีใหญ่", "บางพลี", SP, "10540", dwelling="หมู่บ้านชัยพฤกษ์ บางนา"),
    P("นาย", "ปกรณ์", "ศรีสมบูรณ์", "110140066712", date(1988, 4, 8), "0942218870", "pakorn.ssb@gmail.com",
      "199/512", "", "", "แจ้งวัฒนะ", "บางพูด", "ปากเกร็ด", NB, "11120", dwelling="อาคาร C ชั้น 5 ดิ ไอริส แจ้งวัฒนะ"),
    P("นางสาว", "พิมพ์ชนก", "อ่อนละมัย", "311990024456", date(1992, 12, 5), "0659904172", "pimchanok.ol@gmail.com",
      "77/309", "", "", "ศรีนครินทร์", "บางเมือง", "เมืองสมุทรปราการ", SP, "10270", dwelling="อาคาร 2 ศุภาลัย ซิตี้ ศรีนครินทร์"),
    P("นาย", "วีระพงษ์", "มีสุข", "313030041178", date(1974, 1, 21), "0891147352", "weerapong.ms@hotmail.com",
      "45/9", "6", "", "รังสิต-นครนายก", "บึงยี่โถ", "ธัญบุรี", PT, "12130", dwelling="หมู่บ้านธัญธานี 3"),
    P("นาง", "สุภาวดี", "ทองประเสริฐ", "312040033591", date(1961, 3, 16), "0818830471", "supawadee.tp@gmail.com",
      "18/240", "4", "", "", "เสาธงหิน", "บางใหญ่", NB, "11140", dwelling="หมู่บ้านสีวลี บางใหญ่"),
    P("นาย", "อนันต์", "โพธิ์ศรี", "311030027765", date(1980, 8, 11), "0957781230", "anan.ps@gmail.com",
      "9/77", "8", "", "กิ่งแก้ว", "ราชาเทวะ", "บางพลี", SP, "10540", dwelling="หมู่บ้านภัสสร กิ่งแก้ว"),
    P("นางสาว", "กาญจนา", "เรืองศรี", "113020054419", date(1998, 6, 23), "0634471185", "kanjana.rs@gmail.com",
      "150/77", "", "", "แจ้งวัฒนะ", "บางตลาด", "ปากเกร็ด", NB, "11120", dwelling="อาคาร A ห้อง 704 พลัมคอนโด แจ้งวัฒนะ"),
    P("นาย", "สมเกียรติ", "บุญมา", "313040019952", date(1958, 10, 3), "0864410937", "",
      "66/301", "2", "", "", "บางคูวัด", "เมืองปทุมธานี", PT, "12000", dwelling="หมู่บ้านปทุมวิลล์"),
)  # fmt: skip

# Juristic persons (their office, line, box; the 13-digit เลขทะเบียนนิติบุคคล as `nid`).
BODIES: tuple[Party, ...] = (
    P("นิติบุคคลหมู่บ้านจัดสรร ", "พฤกษาวิลล์ 12", "", "099300004512", NONE, "021924471", "juristic.pv12@gmail.com",
      "99/1", "5", "", "บางกรวย-ไทรน้อย", "บางรักพัฒนา", "บางบัวทอง", NB, "11110", juristic=True),
    P("นิติบุคคลหมู่บ้านจัดสรร ", "กรีนวิลล์ รังสิต", "", "099300007731", NONE, "025163380", "greenville.office@gmail.com",
      "120/1", "7", "", "พหลโยธิน", "คลองหนึ่ง", "คลองหลวง", PT, "12120", juristic=True),
    P("นิติบุคคลอาคารชุด ", "ลุมพินี พาร์ค รัตนาธิเบศร์", "", "099500012463", NONE, "025804412", "lpn.rattanathibet@lpp.example.co.th",
      "88/1", "", "", "รัตนาธิเบศร์", "บางกระสอ", "เมืองนนทบุรี", NB, "11000", juristic=True),
    P("นิติบุคคลอาคารชุด ", "ดิ ไอริส แจ้งวัฒนะ", "", "099500030918", NONE, "029623358", "iris.cw@example.co.th",
      "199/1", "", "", "แจ้งวัฒนะ", "บางพูด", "ปากเกร็ด", NB, "11120", juristic=True),
    P("นิติบุคคลหมู่บ้านจัดสรร ", "ชัยพฤกษ์ บางนา", "", "099300015528", NONE, "023169042", "chaiyapruek.bn@gmail.com",
      "39/1", "12", "", "บางนา-ตราด", "บางพลีใหญ่", "บางพลี", SP, "10540", juristic=True),
    P("นิติบุคคลอาคารชุด ", "ศุภาลัย ซิตี้ ศรีนครินทร์", "", "099500044107", NONE, "023847716", "supalai.srinakarin@example.co.th",
      "77/1", "", "", "ศรีนครินทร์", "บางเมือง", "เมืองสมุทรปราการ", SP, "10270", juristic=True),
)  # fmt: skip

# Those who sign for BODIES[k]: (name, ID, own mobile, role).
SIGNERS: tuple[tuple[str, str, str, str], ...] = (
    ("นายประสิทธิ์ ชูวงศ์", with_check_digit("312010078843"), "0813320765", "ประธานกรรมการ"),
    ("นางวันเพ็ญ ศรีอ่อน", with_check_digit("313010090214"), "0896127734", "ประธานคณะกรรมการ"),
    ("นายจักรพันธ์ หอมจันทร์", with_check_digit("110370055621"), "0922218804", "ผู้จัดการนิติบุคคลอาคารชุด"),
    ("นางสาวรัชนี พลอยงาม", with_check_digit("312030046659"), "0853374410", "ผู้จัดการนิติบุคคลอาคารชุด"),
    ("นายสุเมธ ใจดี", with_check_digit("311020055307"), "0819934470", "ประธานกรรมการ"),
    ("นายกฤษดา นาคสวัสดิ์", with_check_digit("311010023384"), "0867741250", "ผู้จัดการนิติบุคคลอาคารชุด"),
)

# Developers: (company, 13-digit registration, old office line, director, director's ID).
DEVELOPERS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "บริษัท พฤกษ์ไพลิน เรียลเอสเตท จำกัด",
        with_check_digit("010555301842"),
        "02-591-2240",
        "นายเอกชัย ตั้งสกุล",
        with_check_digit("310100233457"),
    ),
    (
        "บริษัท รังสิตโฮมแลนด์ จำกัด",
        with_check_digit("013555001276"),
        "02-532-1187",
        "นางสุพัตรา ลิ้มเจริญ",
        with_check_digit("313990012875"),
    ),
    (
        "บริษัท บางนาการ์เด้น พร็อพเพอร์ตี้ จำกัด",
        with_check_digit("011555402219"),
        "02-750-3316",
        "นายชาญวิทย์ อัศวรัตน์",
        with_check_digit("110050044418"),
    ),
)

# Others beside the applicant: neighbours, owners of rented units, proxies.
OTHERS: tuple[tuple[str, str, str, str], ...] = (
    ("นายบุญเลิศ ศรีประเสริฐ", with_check_digit("312010063324"), "0816650912", "99/140"),
    ("นางจิราภรณ์ วัฒนากุล", with_check_digit("101040077128"), "0899210473", "99/141"),
    ("นายเฉลิมพล อินทรสุข", with_check_digit("313020081176"), "0638841207", "55/102"),
    ("นางสาวลำดวน ทองดี", with_check_digit("311010044853"), "0924470318", "39/55"),
)
# Owners of the units tenants rent: (name, ID, mobile, home elsewhere).
OWNERS: tuple[tuple[str, str, str, str], ...] = (
    (
        "นางเยาวลักษณ์ ธนะกิจ",
        with_check_digit("310050012269"),
        "0819027745",
        "14/2 ซอยลาดพร้าว 71 แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพมหานคร 10230",
    ),
    (
        "นายวิโรจน์ แซ่ตั้ง",
        with_check_digit("320010058813"),
        "0863315520",
        "201 หมู่ที่ 3 ตำบลบ้านสวน อำเภอเมืองชลบุรี จังหวัดชลบุรี 20000",
    ),
)


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set122-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-reply@example.net'}>"


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


def body(k: int, keys: str, *, with_id: bool, with_mobile: bool) -> dict[str, tuple[str, ...]]:
    """A juristic person through the one who signs for it: his name (and ID where given);
    the office's place, line (his mobile too where given) and box."""
    e = exp(BODIES[k], keys)
    name, nid, mob, _ = SIGNERS[k]
    e["full_name"] = (name,)
    if "national_id" in e:
        e["national_id"] = (nid,) if with_id else ()
    if with_mobile and "phone" in e:
        e["phone"] += ("+66" + mob[1:], mob)
    return e


def line_of(a: Party, k: int) -> str:
    """An office line as typed, with an extension at times."""
    return tel(a, k) + ("", " ต่อ 101", "")[k % 3]


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id phone address postal_code province"
BODY = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_soi_flood": "the resident; never the chair whose mobile she gives, nor the neighbour",
    "plain_line_forward_chair": "the chair who asks for the residents (his ID, home, mobile); never the developer",
    "plain_tenant_owner_unit": "the tenant (her rented unit); never the owner (name, mobile, home)",
    "plain_gmail_abandoned_developer": "the resident; never the developer (registration, permit, line, director)",
    "plain_android_condo_manager": "the manager who signs for the condo (no ID); the condo's office, line, his mobile, box",
    "html_gmail_handover_roads": "the chair who signs for the estate (his ID given); the estate office, line, his mobile, box",
    "html_outlook_condo_office": "the manager who signs (no ID); never the clerk who sends; the condo's office, line, box",
    "html_webform_flood": "the reporter; her home, never the flooded place (another house number)",
    "html_gmail_tenant_move_in": "the tenant's rows; never the owner's rows",
    "docx_estate_letterhead": "the chair who signs for the estate (ID in v1 only); the estate office, line, box",
    "docx_residents_petition": "the representative (ผู้แทน) who writes; never the other signers in the table",
    "docx_owner_poa_tenant": "the owner (ผู้มอบอำนาจ), her home; never the tenant (ผู้รับมอบอำนาจ) nor the unit",
    "docx_developer_handover_form": "the developer's director who signs (his ID); the company's office, line, box",
    "pdf_fillable_general_request": "the filler (ผู้ยื่นคำร้อง); never the neighbour named in the details",
    "pdf_typed_condo_letter": "the manager who signs for the condo (no ID); the condo's office, line, box",
    "pdf_fillable_estate_handover": "the representative (chair) in the rep_* fields; the estate office; never the developer",
    "pdf_typed_tenant_letter": "the tenant (block top right); never the owner named in the body",
    "xlsx_flood_survey_chair": "the chair who reports (head block); never the households' rows",
    "xlsx_condo_unit_list": "the manager who signs the head block (no ID); the condo's office; never the owners' rows",
    "xlsx_resident_form_cells": "the resident; never the emergency contact",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_soi_flood(a: Party, i: int) -> Case:
    """A resident's iPhone mail: her soi floods after every rain; the plot's number, the
    neighbour's house, the chair's name and mobile given for the estate's side."""
    p = a.p
    nb, _, nb_mob, nb_house = OTHERS[i % 2]
    chair, _, chair_mob, _ = SIGNERS[(0, 1)[i % 2]]
    text = (
        f"เรียน กองช่าง เทศบาล\n\n{me(a)} {a.name} บ้านเลขที่ {home(a, i)} "
        f"(แปลง B-{17 + i}) ขอแจ้งว่าซอย {7 + i} ในหมู่บ้านน้ำท่วมขังทุกครั้งที่ฝนตกเกิน 1 ชั่วโมง ระดับน้ำสูงประมาณ 30-40 ซม. "
        f"ท่อระบายน้ำหน้าบ้านเลขที่ {nb_house} ({nb}) อุดตัน รถเก็บขยะเข้าไม่ได้มา 3 วันแล้ว\n\n"
        f"ขอให้เทศบาลส่งรถดูดโคลนมาลอกท่อด้วย{ending(a)} หากต้องการประสานกับหมู่บ้าน ติดต่อประธานกรรมการหมู่บ้าน {chair} โทร {mobile(chair_mob, i + 1)} "
        f"หรือเพื่อนบ้านคุณ{nb.split()[0][3:]} {mobile(nb_mob, i)}\n\n"
        f"ติดต่อ{me(a)}กลับได้ที่ {mobile(p.mobile, i + 2)}\n\n{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, f"น้ำท่วมขังซอย {7 + i} ในหมู่บ้าน", box(a), text=text)
    # Her ID is not written (mended after first sight: it had been expected).
    return Case(
        "plain_iphone_soi_flood", raw, own(a, "full_name phone email address postal_code province")
    )


def plain_line_forward_chair(a: Party, i: int) -> Case:
    """A chair of residents forwards from LINE (the chat's export header, times) the
    residents' ask to take over the estate's roads; the developer's name, registration
    number and line; his own ID, home in the estate and mobile at the end."""
    p = a.p
    dev, dev_reg, dev_line, _, _ = DEVELOPERS[i % 2]
    text = (
        f"[LINE] ประวัติการแชทใน กลุ่มลูกบ้าน {a.dwelling}\nวันที่บันทึก: {2 + i}/12/2569 21:{10 + i}\n\n"
        f"2569.12.0{1 + i % 5} จันทร์\n20:14\t{p.first} (ประธานชมรม)\tสรุปเรื่องที่จะยื่นเทศบาลนะครับ\n"
        f"20:15\t{p.first} (ประธานชมรม)\tผู้จัดสรร {dev} ทะเบียนนิติบุคคลเลขที่ {dev_reg} ทิ้งโครงการไปตั้งแต่ปี 2566 "
        f"โทร {dev_line} ไม่มีคนรับแล้ว\n"
        f"20:17\tแม่บ้าน{OTHERS[2][0][3:7]}\tไฟถนนซอย 3 ดับมา 2 เดือนแล้วค่ะ\n"
        f"20:21\t{p.first} (ประธานชมรม)\tขอให้เทศบาลรับโอนถนนและท่อระบายน้ำในหมู่บ้าน (โฉนดเลขที่ {45821 + i} เลขที่ดิน {302 + i}) เป็นทางสาธารณะ\n\n"
        "----------\n"
        f"เรียน นายกเทศมนตรี\nข้างต้นคือความเห็นของลูกบ้าน {118 + i} หลังคาเรือน ผมในฐานะประธานชมรมผู้อยู่อาศัยขอยื่นเรื่องแทนลูกบ้านครับ\n\n"
        f"{a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i)}\nบ้านเลขที่ {home(a, i + 1)}\nมือถือ {mobile(p.mobile, i)}\n"
    )
    raw = message(i, "ขอให้เทศบาลรับโอนถนนในหมู่บ้านเป็นทางสาธารณะ (ส่งต่อจาก LINE)", box(a), text=text)
    return Case("plain_line_forward_chair", raw, own(a, NO_BIRTH))


def plain_tenant_owner_unit(a: Party, i: int) -> Case:
    """A tenant of a condo unit writes about the grease trap under the owner's unit
    overflowing into the soi; the owner's name, mobile and home; her own lines."""
    p = a.p
    own_name, _, own_mob, own_home = OWNERS[i % 2]
    text = (
        f"เรียน งานสาธารณสุขและสิ่งแวดล้อม\n\n{me(a)}เป็นผู้เช่าห้องชุดเลขที่ {home(a, i)} "
        f"ของ{own_name} (เจ้าของห้อง โทร {mobile(own_mob, i)} ที่อยู่เจ้าของ {own_home}) "
        f"บ่อดักไขมันใต้อาคารล้นลงซอย{p.road} {12 + i} ทุกวัน ส่งกลิ่นเหม็นเข้าห้อง {p.house.split('/')[1]} "
        "แจ้งนิติบุคคลแล้วแต่ตอบว่าเป็นท่อของเทศบาล\n\n"
        f"เลขประจำตัวประชาชนผู้แจ้ง: {nid_w(p.nid, i + 1)}\nโทรศัพท์ผู้แจ้ง: {mobile(p.mobile, i + 3)}\n\n"
        f"ขอบคุณ{ending(a)}\n{p.first}\n"
    )
    raw = message(i, "บ่อดักไขมันล้นลงซอย ส่งกลิ่นเหม็น (ผู้เช่าห้องชุด)", box(a), text=text)
    return Case("plain_tenant_owner_unit", raw, own(a, NO_BIRTH))


def plain_gmail_abandoned_developer(a: Party, i: int) -> Case:
    """A resident's Gmail: the developer left the estate (its registration, the land-
    allocation permit, its old line and director); the pumps and lights failed; her ID,
    birth date, home, mobile; a quoted reply from the developer's last e-mail."""
    p = a.p
    dev, dev_reg, dev_line, director, _ = DEVELOPERS[(i + 1) % 3]
    text = (
        f"เรียน นายกเทศมนตรี\n\n{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i + 2)} เกิด {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {home(a, i + 2)} โทร. {mobile(p.mobile, i + 1)}\n\n"
        f"ขอร้องเรียนว่า {dev} (เลขทะเบียนนิติบุคคล {dev_reg}) ผู้ได้รับใบอนุญาตจัดสรรที่ดินเลขที่ {12 + i}/2556 "
        f"ได้ละทิ้งโครงการ ไม่จัดตั้งนิติบุคคลหมู่บ้านจัดสรร เครื่องสูบน้ำ 2 เครื่องเสีย ไฟถนน 40 ต้นดับ "
        f"ติดต่อ {director} กรรมการบริษัท ที่ {dev_line} ไม่ได้ ขอให้เทศบาลเข้ามาดูแลชั่วคราว{ending(a)}\n\n"
        f"{a.name}\n\n"
        f"On Mon, 2 Nov 2026 at 10:14, {dev} <info@dev{i}.example.co.th> wrote:\n"
        f"> เรียน ลูกบ้าน บริษัทอยู่ระหว่างปรับโครงสร้าง กรุณาติดต่อ {dev_line}\n> {director}\n"
    )
    raw = message(i, "ผู้จัดสรรทิ้งโครงการ ขอให้เทศบาลเข้าดูแล", box(a), text=text)
    return Case("plain_gmail_abandoned_developer", raw, own(a, ALL))


def plain_android_condo_manager(k: int, i: int) -> Case:
    """A condo's manager writes from Outlook for Android: the trees on the public soi in
    front of the building lean on the power lines; signs with his role, the condo's
    registration (กรมที่ดิน's number and the 13-digit one), office line and his mobile."""
    b = BODIES[k]
    name, _, mob, role = SIGNERS[k]
    text = (
        "เรียน ผู้อำนวยการกองสาธารณสุขฯ\n\n"
        f"{b.name} ขอความอนุเคราะห์ตัดแต่งกิ่งต้นจามจุรี 3 ต้น ริมซอยสาธารณะหน้าอาคาร A และ B "
        f"ซึ่งพาดสายไฟฟ้าแรงต่ำ (มิเตอร์ไฟฟ้าส่วนกลางเลขที่ {8120045 + i}) เกรงว่าจะหักโค่นช่วงมรสุม\n\n"
        "ขอแสดงความนับถือ\n"
        f"{name}\n{role}\n{b.name}\nทะเบียนอาคารชุดเลขที่ {3 + i}/25{58 + i} เลขทะเบียนนิติบุคคล {b.p.nid}\n"
        f"{home(b, i)}\nโทร {line_of(b, i)} | มือถือ {mobile(mob, i)}\n{b.p.email}\n\n"
        "Get Outlook for Android\n"
    )
    raw = message(i, "ขอตัดแต่งกิ่งไม้ริมซอยสาธารณะหน้าอาคาร", f"{b.name} <{b.p.email}>", text=text)
    return Case("plain_android_condo_manager", raw, body(k, BODY, with_id=False, with_mobile=True))


# --- HTML ----------------------------------------------------------------------------------


def gmail(lines: list[str]) -> str:
    return '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"


def html_gmail_handover_roads(k: int, i: int) -> Case:
    """The estate's chair asks from the office's Gmail to hand the roads over as public
    roads: the deeds of the utility plots as a list, the juristic registration, the
    developer's consent; his ID in the body; the manager's line and his mobile below."""
    b = BODIES[k]
    name, nid, mob, role = SIGNERS[k]
    dev, dev_reg, _, director, _ = DEVELOPERS[k % 3]
    lines = ["เรียน นายกเทศมนตรี", "",
             f"ข้าพเจ้า {name} เลขประจำตัวประชาชน {nid_w(nid, i)} ในฐานะ{role} {b.name} "
             f"(จดทะเบียนต่อสำนักงานที่ดินจังหวัด{b.p.province} ทะเบียนเลขที่ {4 + i}/2560) สำนักงานตั้งอยู่ที่ {home(b, i)}",
             "ขอยื่นความประสงค์ให้เทศบาลรับโอนที่ดินอันเป็นสาธารณูปโภคของหมู่บ้านเป็นทางสาธารณประโยชน์ ดังนี้",
             f"<ul><li>ถนนเมน โฉนดเลขที่ {45821 + 7 * i} เลขที่ดิน {310 + i} หน้าสำรวจ {5520 + i}</li>"
             f"<li>ถนนซอย 1-9 โฉนดเลขที่ {45830 + 7 * i} และ {45831 + 7 * i}</li><li>บ่อหน่วงน้ำ โฉนดเลขที่ {45840 + 7 * i}</li></ul>",
             f"ทั้งนี้ที่ประชุมใหญ่เจ้าของที่ดินครั้งที่ 2/2569 มีมติเห็นชอบ และผู้จัดสรร ({dev} เลขทะเบียน {dev_reg} โดย{director}) ยินยอมแล้ว",
             "", "ขอแสดงความนับถือ", "", name, f"{role} {b.name}",
             f"สำนักงานนิติบุคคล โทร {line_of(b, i + 1)} / มือถือ {mobile(mob, i + 2)}"]  # fmt: skip
    raw = message(
        i,
        "ขอให้รับโอนถนนในหมู่บ้านจัดสรรเป็นทางสาธารณประโยชน์",
        f"{b.name} <{b.p.email}>",
        html=gmail(lines),
    )
    return Case("html_gmail_handover_roads", raw, body(k, BODY, with_id=True, with_mobile=True))


def html_outlook_condo_office(k: int, i: int) -> Case:
    """The condo's office Outlook: a clerk (her name and extension) sends the manager's
    letter in the body about the flooded soi beside the building; the signature a
    table with the office's place, line and box."""
    b = BODIES[k]
    name, _, _, role = SIGNERS[k]
    clerk = ("นางสาวสุดารัตน์ ปานทอง", "นางสาวเบญจวรรณ ศรีสุข")[i % 2]
    paras = ["เรียน สำนักปลัดเทศบาล", "",
             f"ดิฉัน{clerk} เจ้าหน้าที่ธุรการ ขอส่งหนังสือของผู้จัดการนิติบุคคลอาคารชุดตามข้างล่างนี้ค่ะ (ต่อ {105 + i})", "",
             f"ที่ นต.{k}{i}/2569", "เรื่อง ขอให้แก้ไขน้ำท่วมขังถนนซอยข้างอาคาร",
             f"ด้วยถนนซอยสาธารณะข้างอาคาร C ของ{b.name} (ห้องชุด 1,{240 + 10 * i} ห้อง) มีน้ำท่วมขังสูง 20 ซม. ทุกครั้งที่ฝนตก "
             "ผู้อยู่อาศัยไม่สามารถนำรถเข้าออกได้ จึงขอให้เทศบาลพิจารณาขยายท่อระบายน้ำด้วย",
             "", "ขอแสดงความนับถือ", f"({name})", role]  # fmt: skip
    sig = ('<table style="border-top:2px solid #1F4E79"><tr><td><b>' + b.name + "</b><br>"
           + home(b, i + 1) + "<br>Tel. " + line_of(b, i) + "<br>" + b.p.email + "</td></tr></table>")  # fmt: skip
    raw = message(i, "หนังสือนิติบุคคลอาคารชุด เรื่องน้ำท่วมขังถนนซอย", f"{clerk.split()[0][6:]} <{b.p.email}>",
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_condo_office", raw, body(k, BODY, with_id=False, with_mobile=False))


def html_webform_flood(a: Party, i: int) -> Case:
    """The municipality's e-service notification: a table of the form's fields; the
    flooded place (another house number, the soi) apart from her home."""
    p = a.p
    nb = OTHERS[(i + 1) % 4]
    rows = [("เลขที่เรื่อง", f"FL-2569-{1204 + i:05d}"), ("ประเภทเรื่อง", "น้ำท่วมขัง / ท่อระบายน้ำ"),
            ("ชื่อ-นามสกุลผู้แจ้ง", a.name), ("หมายเลขบัตรประชาชน", p.nid), ("วันเดือนปีเกิด", born_th(p.born, i + 1)),
            ("เบอร์โทรศัพท์", mobile(p.mobile, i)), ("อีเมล", p.email),
            ("ที่อยู่ผู้แจ้ง", home(a, i)),
            ("สถานที่เกิดเหตุ", f"ซอย {4 + i} หน้าบ้านเลขที่ {nb[3]} {a.dwelling} ตำบล{p.tambon}"),
            ("รายละเอียด", f"น้ำท่วมถึงเข่ามา {2 + i} วัน ฝาท่อชำรุด"),
            ("วันที่แจ้ง", f"{3 + i}/12/2569 08:{15 + i}")]  # fmt: skip
    html = ("<html><body><p>มีการแจ้งเรื่องใหม่ผ่านระบบรับเรื่องร้องเรียนออนไลน์</p>"
            '<table border="1" cellpadding="4">' + "".join(f"<tr><th>{x}</th><td>{y}</td></tr>" for x, y in rows)
            + "</table><p>อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>")  # fmt: skip
    raw = message(
        i,
        f"[e-Service] เรื่องร้องเรียนใหม่ FL-2569-{1204 + i:05d}",
        "e-Service <noreply@suburb-cities.example.go.th>",
        html=html,
    )
    return Case("html_webform_flood", raw, own(a, ALL))


def html_gmail_tenant_move_in(a: Party, i: int) -> Case:
    """A tenant's Gmail asks to move her name into the house registration of the unit she
    rents: a table with the owner's (เจ้าบ้าน) row first, then hers."""
    p = a.p
    own_name, own_id, own_mob, own_home = OWNERS[(i + 1) % 2]
    rows = [("", "เจ้าบ้าน (เจ้าของห้องชุด)", "ผู้ขอย้ายเข้า (ผู้เช่า)"),
            ("ชื่อ-สกุล", own_name, a.name), ("เลขประจำตัวประชาชน", nid_w(own_id, i), nid_w(p.nid, i + 1)),
            ("วันเกิด", "", born_th(p.born, i + 2)), ("โทรศัพท์", mobile(own_mob, i), mobile(p.mobile, i + 1)),
            ("ที่อยู่ปัจจุบัน", own_home, home(a, i + 1))]  # fmt: skip
    table = '<table style="border-collapse:collapse" border="1">' + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"  # fmt: skip
    html = (f'<div dir="ltr"><div>เรียน งานทะเบียนราษฎร</div><div><br></div><div>{me(a)}ขอย้ายชื่อเข้าทะเบียนบ้านห้องชุดที่เช่าอยู่ '
            f"(ห้องชุดเลขที่ {p.house} {a.dwelling}) โดยเจ้าของห้องยินยอมแล้ว แนบสัญญาเช่าเลขที่ {2569}/{40 + i}</div><div><br></div>"
            f"{table}<div><br></div><div>{p.first}</div></div>\n")  # fmt: skip
    raw = message(i, "ขอย้ายเข้าทะเบียนบ้านห้องชุด (ผู้เช่า)", box(a), html=html)
    return Case("html_gmail_tenant_move_in", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_estate_letterhead(k: int, i: int) -> Case:
    """The estate's letter on its letterhead (name, registration, office, line, box),
    ที่ and date, asking to drain the soi's canal; the chair's ID in v1's body; he signs
    with his name in brackets; the manager's name under 'ผู้ประสานงาน'."""
    b = BODIES[k]
    name, nid, _, role = SIGNERS[k]
    with_id = i % 2 == 0

    def build(d: Any) -> None:
        d.add_paragraph(f"{b.name}\nทะเบียนเลขที่ {5 + i}/25{59 + i % 3} เลขทะเบียนนิติบุคคล {b.p.nid}\n"
                        f"{home(b, i)}  โทร. {line_of(b, i + 2)}  อีเมล {b.p.email}")  # fmt: skip
        d.add_paragraph(f"ที่ นบ.{k + 1}/{15 + i}/2569\t\t\t\t{4 + i} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอความอนุเคราะห์ขุดลอกคลองระบายน้ำท้ายหมู่บ้าน\nเรียน นายกเทศมนตรี")
        who = (
            f"ข้าพเจ้า {name} เลขประจำตัวประชาชน {nid_w(nid, i)} ในฐานะ{role}"
            if with_id
            else f"ด้วย{role}"
        )
        d.add_paragraph(
            f"{who} {b.name} ขอเรียนว่า คลองระบายน้ำท้ายซอย {11 + i} ซึ่งรับน้ำจากบ้าน {212 + i} หลัง ตื้นเขินจนน้ำเอ่อท่วมถนนทุกปี "
            "จึงขอความอนุเคราะห์เทศบาลส่งเครื่องจักรขุดลอกก่อนฤดูฝนปี 2570"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา\n\nขอแสดงความนับถือ\n\n\n"
                        f"({name})\n{role}\n\nผู้ประสานงาน นายสมชาย ขำดี ผู้จัดการหมู่บ้าน 08-1557-2290")  # fmt: skip

    raw = message(i, "หนังสือขอขุดลอกคลองระบายน้ำ", f"{b.name} <{b.p.email}>", text="เรียน สารบรรณ\nส่งหนังสือตามแนบครับ\n",
                  files=(("หนังสือขอขุดลอกคลอง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_estate_letterhead", raw, body(k, BODY, with_id=with_id, with_mobile=False))


def docx_residents_petition(a: Party, i: int) -> Case:
    """Residents' petition in Word: the representative's lines in the body (ID, age,
    home, mobile), the streetlights and road; a table of signers (names, house numbers,
    phones) below."""
    p = a.p
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือร้องเรียน")
        d.add_paragraph(f"เขียนที่ {a.dwelling}\nวันที่ {7 + i} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขอให้ซ่อมถนนและไฟฟ้าส่องสว่างในหมู่บ้าน\nเรียน นายกเทศมนตรี")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {age} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อยู่บ้านเลขที่ {home(a, i)} "
            f"โทรศัพท์ {mobile(p.mobile, i)} ในฐานะผู้แทนผู้อยู่อาศัย {a.dwelling} จำนวน {36 + i} ครัวเรือน ตามรายชื่อแนบท้าย "
            "ขอร้องเรียนว่าถนนคอนกรีตซอย 2 ถึงซอย 6 ทรุดเป็นหลุม และไฟถนน 18 ต้นดับ หลังจากผู้จัดสรรโอนที่ดินให้เทศบาลแล้ว"
        )
        d.add_paragraph(
            f"จึงเรียนมาเพื่อโปรดพิจารณา\n\nลงชื่อ.........................ผู้แทนผู้ร้อง\n({a.name})"
        )
        t = d.add_table(rows=1, cols=4)
        for c, h in zip(t.rows[0].cells, ("ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่", "โทรศัพท์"), strict=True):
            c.text = h
        for n, (nm, _, mob, house) in enumerate(OTHERS, 1):
            r = t.add_row().cells
            r[0].text, r[1].text, r[2].text, r[3].text = str(n), nm, house, mobile(mob, n)

    raw = message(i, "หนังสือร้องเรียนของผู้อยู่อาศัยในหมู่บ้าน", box(a), text=f"เรียน เทศบาล\nแนบหนังสือร้องเรียนพร้อมรายชื่อ{ending(a)}\n",
                  files=(("หนังสือร้องเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_residents_petition", raw, own(a, NO_BIRTH))


def docx_owner_poa_tenant(a: Party, i: int) -> Case:
    """A unit owner (living elsewhere, the unit let) gives her tenant the power to ask a
    house number for the unit; the owner's ID and home, the tenant's ID, unit and mobile;
    the condo's deed (หนังสือกรรมสิทธิ์ห้องชุด) number. Sent by the tenant."""
    p = a.p
    ten = PEOPLE[(2, 10)[i % 2]]
    tp = ten.p
    age = 2569 - (p.born.year + 543)

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"เขียนที่ บ้านเลขที่ {p.house}\nวันที่ {1 + i} ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"โดยหนังสือฉบับนี้ ข้าพเจ้า {a.name} อายุ {age} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i + 1)} "
            f"ซึ่งเป็นเจ้าของกรรมสิทธิ์ห้องชุดเลขที่ {tp.house} {ten.dwelling} ตามหนังสือกรรมสิทธิ์ห้องชุดเลขที่ {2281 + i} "
            f"ขอมอบอำนาจให้ {ten.name} เลขประจำตัวประชาชน {nid_w(tp.nid, i + 1)} ผู้เช่าห้องชุดดังกล่าว โทร {mobile(tp.mobile, i)}"
        )
        d.add_paragraph("เป็นผู้มีอำนาจยื่นคำร้องขอเลขที่บ้านสำหรับห้องชุด และลงนามในเอกสารแทนข้าพเจ้าจนเสร็จการ")
        d.add_paragraph(
            f"ลงชื่อ....................ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ....................ผู้รับมอบอำนาจ\n({ten.name})"
        )

    raw = message(i, "หนังสือมอบอำนาจ ขอเลขที่บ้านห้องชุด", box(ten), text="เรียน งานทะเบียน\nแนบหนังสือมอบอำนาจของเจ้าของห้องค่ะ\n",
                  files=(("มอบอำนาจ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a, NO_MAIL)
    e["phone"] = ()
    return Case("docx_owner_poa_tenant", raw, e)


def docx_developer_handover_form(k: int, i: int) -> Case:
    """The developer's คำขอ on dotted lines to hand the utility plots to the
    municipality: the company, its registration, its director (ผู้มีอำนาจลงนาม) with ID;
    the company's office, line, box; the estate and its deeds."""
    dev, dev_reg, dev_line, director, dir_id = DEVELOPERS[k]
    offices = ("1/9 ซอยแจ้งวัฒนะ 14 ถนนแจ้งวัฒนะ แขวงทุ่งสองห้อง เขตหลักสี่ กรุงเทพมหานคร 10210",
               "88 หมู่ที่ 2 ถนนพหลโยธิน ตำบลประชาธิปัตย์ อำเภอธัญบุรี จังหวัดปทุมธานี 12130")  # fmt: skip
    office = offices[i % 2]
    email = ("contact@pruekpailin.example.co.th", "info@rangsithomeland.example.co.th")[i % 2]
    estate = PEOPLE[(0, 3)[i % 2]]

    def build(d: Any) -> None:
        d.add_paragraph("คำขอโอนที่ดินอันเป็นสาธารณูปโภคให้เป็นสาธารณประโยชน์")
        d.add_paragraph(f"เขียนที่ {dev}\nวันที่ {2 + i} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(f"ข้าพเจ้า {dev} ทะเบียนนิติบุคคลเลขที่ {dev_reg} โดย {director} กรรมการผู้มีอำนาจลงนาม "
                        f"เลขประจำตัวประชาชน {nid_w(dir_id, i)} สำนักงานตั้งอยู่เลขที่ {office} โทรศัพท์ {dev_line} อีเมล {email}")  # fmt: skip
        d.add_paragraph(f"เป็นผู้ได้รับใบอนุญาตให้ทำการจัดสรรที่ดินเลขที่ {31 + i}/2555 โครงการ {estate.dwelling} "
                        f"ขอโอนที่ดินโฉนดเลขที่ {60114 + i}, {60115 + i} เนื้อที่รวม 4-2-{37 + i} ไร่ ซึ่งเป็นถนนและท่อระบายน้ำ ให้เป็นที่สาธารณประโยชน์")  # fmt: skip
        d.add_paragraph(f"ลงชื่อ.............................ผู้ยื่นคำขอ\n({director})\nกรรมการผู้มีอำนาจ")

    raw = message(i, "คำขอโอนที่ดินสาธารณูปโภค", f"{dev} <{email}>", text="เรียน กองช่าง\nแนบคำขอโอนที่ดินสาธารณูปโภค\n",
                  files=(("คำขอโอน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    prov = ("กรุงเทพมหานคร", "ปทุมธานี")[i % 2]
    postal = ("10210", "12130")[i % 2]
    short = office[: office.rfind(" จังหวัด")] if i % 2 else office[: office.rfind(" กรุงเทพมหานคร")]
    line = dev_line.replace("-", "")
    e: dict[str, tuple[str, ...]] = {
        "full_name": (director,), "national_id": (dir_id,), "phone": (line, "+66" + line[1:]),
        "email": (email,), "address": (short, office, office[: office.rfind(" ")]),
        "postal_code": (postal,), "province": (prov,),
    }  # fmt: skip
    return Case("docx_developer_handover_form", raw, e)


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_general_request(a: Party, i: int) -> Case:
    """The municipality's fillable แบบคำร้องทั่วไป (English field names, the address in
    parts): the flooded soi and a neighbour's house in the details."""
    p = a.p
    nb, _, nb_mob, nb_house = OTHERS[(i + 2) % 4]
    labels = [(60, 18, "แบบคำร้องทั่วไป (คร.1)"), (20, 36, "ชื่อ-สกุล"), (120, 36, "อายุ"), (20, 46, "เลขประจำตัวประชาชน"),
              (120, 46, "วันเกิด"), (20, 56, "บ้านเลขที่"), (70, 56, "หมู่ที่"), (100, 56, "หมู่บ้าน/อาคาร"),
              (20, 66, "ถนน"), (100, 66, "ตำบล"), (20, 76, "อำเภอ"), (100, 76, "จังหวัด"), (160, 76, "รหัสไปรษณีย์"),
              (20, 86, "โทรศัพท์"), (100, 86, "อีเมล"), (20, 100, "เรื่อง"), (20, 110, "รายละเอียด"),
              (20, 150, "ลงชื่อ .......................... ผู้ยื่นคำร้อง")]  # fmt: skip
    fields = [Field("name", a.name, 40, 36, 75), Field("age", str(2569 - p.born.year - 543), 130, 36, 15),
              Field("id_card", p.nid, 60, 46, 55, comb=13), Field("birth", born_th(p.born, i), 135, 46, 50),
              Field("house_no", p.house, 40, 56, 28), Field("moo", p.moo, 82, 56, 15), Field("village", a.dwelling, 125, 56, 70),
              Field("road", p.road, 30, 66, 65), Field("tambon", p.tambon, 112, 66, 60), Field("amphoe", p.amphoe, 35, 76, 60),
              Field("province", p.province, 115, 76, 40), Field("zipcode", p.postal, 182, 76, 20),
              Field("tel", mobile(p.mobile, i + 1), 40, 86, 55), Field("email", p.email, 112, 86, 80),
              Field("subject", "ขอให้แก้ไขน้ำท่วมขังในซอย", 35, 100, 150),
              Field("detail", f"น้ำท่วมซอย {3 + i} หน้าบ้านเลขที่ {nb_house} ของ{nb} (โทร {mobile(nb_mob, i)}) สูง 40 ซม. นาน {2 + i} วัน", 45, 110, 150)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบคำร้องทั่วไป เรื่องน้ำท่วมขัง", box(a), text=f"ส่งแบบคำร้องที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำร้องทั่วไป.pdf", data, PDF),))  # fmt: skip
    # The form's own order, หมู่ที่ before the village's name, is as right as the order with
    # the village first (mended after first sight: only the latter had been accepted).
    e = own(a, ALL)
    head = f"{p.house} หมู่ที่ {p.moo} {a.dwelling} {p.rest()[len(f'หมู่ที่ {p.moo} ') :]}"
    prov = f"จังหวัด{p.province}"
    e["address"] += tuple(
        w + x
        for w in ("", "เลขที่ ", "บ้านเลขที่ ")
        for x in (head, f"{head} {prov}", f"{head} {prov} {p.postal}")
    )
    return Case("pdf_fillable_general_request", raw, e)


def pdf_typed_condo_letter(k: int, i: int) -> Case:
    """The condo's typed letter as a PDF: its block top right (name, office, line), ที่,
    the manager's request about the soi's lights; he signs with his role."""
    b = BODIES[k]
    name, _, _, role = SIGNERS[k]
    paras: list[tuple[float, str]] = [(110, b.name), (110, home(b, i + 2)), (110, f"โทร {line_of(b, i + 1)}"),
             (20, f"ที่ อช.{30 + i}/2569"), (110, f"{8 + i} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอติดตั้งไฟฟ้าส่องสว่างซอยสาธารณะหน้าอาคาร"), (20, "เรียน นายกเทศมนตรี"), (0, ""),
             (30, f"ด้วย{b.name} (ทะเบียนอาคารชุดเลขที่ {9 + i}/2561) มีผู้อยู่อาศัย {880 + i} ห้อง ใช้ซอยสาธารณะหน้าอาคาร A ถึง D "
                  f"เป็นทางเข้าออก ซึ่งไม่มีไฟส่องสว่างตลอดแนว 300 เมตร มีเหตุวิ่งราวทรัพย์ {2 + i} ครั้งในเดือนที่ผ่านมา "
                  "จึงขอให้เทศบาลติดตั้งไฟฟ้าส่องสว่าง"),
             (30, f"ติดต่อสำนักงานนิติบุคคลได้ที่อีเมล {b.p.email}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({name})"), (108, role)]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอติดตั้งไฟฟ้าส่องสว่างซอยหน้าอาคารชุด", f"{b.name} <{b.p.email}>", text="เรียน เทศบาล\nแนบหนังสือของนิติบุคคล\n",
                  files=(("letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_condo_letter", raw, body(k, BODY, with_id=False, with_mobile=False))


def pdf_fillable_estate_handover(k: int, i: int) -> Case:
    """A fillable form for the estate's juristic person: estate_* fields (name, juristic
    registration, office, line), rep_* fields (the chair, his ID and mobile), dev_* fields
    (the developer, its registration), the deeds."""
    b = BODIES[k]
    p = b.p
    name, nid, mob, role = SIGNERS[k]
    dev, dev_reg, dev_line, _, _ = DEVELOPERS[(k + 1) % 3]
    labels = [(40, 18, "แบบคำขอให้รับโอนทรัพย์สินสาธารณูปโภค"), (20, 36, "ชื่อนิติบุคคลหมู่บ้านจัดสรร"),
              (20, 46, "เลขทะเบียนนิติบุคคล"), (20, 56, "ที่ตั้งสำนักงาน"), (20, 66, "จังหวัด"), (110, 66, "รหัสไปรษณีย์"),
              (20, 76, "โทรศัพท์สำนักงาน"), (110, 76, "อีเมล"), (20, 90, "ผู้แทนนิติบุคคล"), (110, 90, "ตำแหน่ง"),
              (20, 100, "เลขประจำตัวประชาชนผู้แทน"), (110, 100, "โทรศัพท์มือถือผู้แทน"),
              (20, 114, "ผู้จัดสรรที่ดิน"), (20, 124, "เลขทะเบียนผู้จัดสรร"), (110, 124, "โทรศัพท์ผู้จัดสรร"),
              (20, 138, "โฉนดที่ดินเลขที่")]  # fmt: skip
    fields = [Field("estate_name", b.name, 75, 36, 120), Field("estate_reg", p.nid, 60, 46, 55, comb=13),
              Field("estate_address", home(b, i).rsplit(" ", 2)[0], 55, 56, 140), Field("estate_province", p.province, 40, 66, 50),
              Field("estate_zip", p.postal, 140, 66, 25), Field("estate_tel", line_of(b, i), 55, 76, 50),
              Field("estate_email", p.email, 125, 76, 75), Field("rep_name", name, 55, 90, 55), Field("rep_position", role, 130, 90, 60),
              Field("rep_id", nid, 70, 100, 38, comb=13), Field("rep_mobile", mobile(mob, i), 150, 100, 45),
              Field("dev_name", dev, 55, 114, 140), Field("dev_reg", dev_reg, 60, 124, 45, comb=13),
              Field("dev_tel", dev_line, 150, 124, 45), Field("deeds", f"{70211 + i}, {70212 + i}, {70219 + i}", 60, 138, 120)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบคำขอให้รับโอนทรัพย์สินสาธารณูปโภค", f"{b.name} <{p.email}>", text="เรียน กองช่าง\nส่งแบบคำขอที่กรอกแล้วครับ\n",
                  files=(("คำขอรับโอน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_estate_handover", raw, body(k, BODY, with_id=True, with_mobile=True))


def pdf_typed_tenant_letter(a: Party, i: int) -> Case:
    """A tenant's typed letter: her block top right (the unit she rents), the owner (his
    name, ID for the water meter, mobile) in the body; she asks the water meter of the
    unit be moved into her name; her ID and mobile."""
    p = a.p
    own_name, own_id, own_mob, _ = OWNERS[i % 2]
    addr = home(a, i + 1)
    cut = addr.find(" ตำบล") if " ตำบล" in addr else addr.find(" ต.")
    paras: list[tuple[float, str]] = [(115, addr[:cut]), (115, addr[cut + 1 :]), (0, ""),
             (115, f"{9 + i} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอโอนชื่อผู้ใช้น้ำประปาห้องชุด"), (20, "เรียน ผู้จัดการการประปา เทศบาล"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ผู้เช่าห้องชุดตามที่อยู่ข้างต้น "
                  f"ขอโอนชื่อผู้ใช้น้ำ ทะเบียนผู้ใช้น้ำเลขที่ {31100452 + i} ซึ่งเป็นชื่อของ {own_name} เลขประจำตัวประชาชน {nid_w(own_id, i)} "
                  f"เจ้าของห้อง (โทร {mobile(own_mob, i + 1)}) มาเป็นชื่อข้าพเจ้า ตามสัญญาเช่า 3 ปี"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i)} หรือ {p.email}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(
        i, "ขอโอนชื่อผู้ใช้น้ำห้องชุด", box(a), text="แนบหนังสือค่ะ\n", files=(("โอนชื่อผู้ใช้น้ำ.pdf", data, PDF),)
    )
    return Case("pdf_typed_tenant_letter", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_flood_survey_chair(a: Party, i: int) -> Case:
    """The chair's survey of flooded households: his head block (name, ID, home, mobile)
    above the households' rows (names, house numbers, phones, water depth)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สำรวจน้ำท่วม"
        ws.append((f"แบบสำรวจครัวเรือนได้รับผลกระทบน้ำท่วม {a.dwelling}",))
        ws.append(("ผู้สำรวจ/ผู้รายงาน", a.name, "ตำแหน่ง", "ประธานชมรมผู้อยู่อาศัย"))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i + 1)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่", "ซอย", "โทรศัพท์", "ระดับน้ำ (ซม.)"))
        for n, (nm, _, mob, house) in enumerate(OTHERS, 1):
            ws.append((n, nm, house, str(2 + n), mobile(mob, n + i), 20 + 5 * n))

    raw = message(i, "ส่งแบบสำรวจครัวเรือนน้ำท่วม", box(a), text=f"เรียน งานป้องกันฯ\nส่งแบบสำรวจตามไฟล์แนบ{ending(a)}\n",
                  files=(("สำรวจน้ำท่วม.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_flood_survey_chair", raw, own(a, NO_BIRTH))


def xlsx_condo_unit_list(k: int, i: int) -> Case:
    """The condo's list of units asking house numbers (owners' rows), its head block: the
    juristic person, office, line, box, the manager who signs (ผู้ยื่น)."""
    b = BODIES[k]
    name, _, _, role = SIGNERS[k]

    def build(book: Any) -> None:
        ws = book.active
        ws.append(("บัญชีห้องชุดขอเลขที่บ้าน", b.name))
        ws.append(("ที่ตั้ง", home(b, i)))
        ws.append(("โทรศัพท์สำนักงาน", line_of(b, i), "อีเมล", b.p.email))
        ws.append(("ผู้ยื่น", name, "ตำแหน่ง", role))
        ws.append(())
        ws.append(("อาคาร", "ชั้น", "ห้อง", "ชื่อเจ้าของ", "เลขประจำตัวประชาชนเจ้าของ", "โทรศัพท์"))
        for n, (nm, nid, mob, _) in enumerate(OTHERS):
            ws.append(
                ("A" if n < 2 else "B", 3 + n, f"{3 + n}{10 + n:02d}", nm, nid, mobile(mob, n))
            )

    raw = message(i, "บัญชีห้องชุดขอเลขที่บ้าน", f"{b.name} <{b.p.email}>", text="เรียน งานทะเบียนราษฎร\nแนบบัญชีห้องชุด\n",
                  files=(("units.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_condo_unit_list", raw, body(k, BODY, with_id=False, with_mobile=False))


def xlsx_resident_form_cells(a: Party, i: int) -> Case:
    """A resident's request laid out in cells (label in A, value in B): sandbags for her
    house; the plot and deed; an emergency contact (name, mobile) below hers."""
    p = a.p
    nb, _, nb_mob, _ = OTHERS[(i + 3) % 4]

    def build(book: Any) -> None:
        ws = book.active
        for row in (("คำขอรับการช่วยเหลือ (กระสอบทราย)",), ("ชื่อ-นามสกุล", a.name), ("เลขบัตรประชาชน", nid_w(p.nid, i + 1)),
                    ("วันเกิด", born_th(p.born, i)), ("ที่อยู่", home(a, i + 1)), ("โทรศัพท์มือถือ", mobile(p.mobile, i + 2)),
                    ("อีเมล", p.email), ("แปลงที่ดิน / โฉนด", f"แปลง C-{40 + i} โฉนดเลขที่ {51207 + i}"),
                    ("จำนวนที่ขอ", "40 กระสอบ"), ("ผู้ติดต่อกรณีฉุกเฉิน", nb), ("โทรศัพท์ผู้ติดต่อฉุกเฉิน", mobile(nb_mob, i))):  # fmt: skip
            ws.append(row)

    raw = message(i, "ขอรับกระสอบทราย", box(a), text=f"เรียน เทศบาล\nแนบแบบคำขอ{ending(a)}\n",
                  files=(("คำขอกระสอบทราย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_resident_form_cells", raw, own(a, ALL))


Style = Callable[[Any, int], Case]

# Each style and its two (PEOPLE indexes, or BODIES/DEVELOPERS indexes for bodies).
STYLES: tuple[tuple[Style, tuple[int, int], bool], ...] = (
    (plain_iphone_soi_flood, (1, 8), False),
    (plain_line_forward_chair, (3, 11), False),
    (plain_tenant_owner_unit, (2, 6), False),
    (plain_gmail_abandoned_developer, (4, 9), False),
    (plain_android_condo_manager, (2, 5), True),
    (html_gmail_handover_roads, (0, 4), True),
    (html_outlook_condo_office, (3, 5), True),
    (html_webform_flood, (7, 0), False),
    (html_gmail_tenant_move_in, (5, 10), False),
    (docx_estate_letterhead, (1, 4), True),
    (docx_residents_petition, (8, 1), False),
    (docx_owner_poa_tenant, (0, 8), False),
    (docx_developer_handover_form, (0, 1), True),
    (pdf_fillable_general_request, (9, 11), False),
    (pdf_typed_condo_letter, (2, 3), True),
    (pdf_fillable_estate_handover, (0, 1), True),
    (pdf_typed_tenant_letter, (6, 10), False),
    (xlsx_flood_survey_chair, (7, 4), False),
    (xlsx_condo_unit_list, (5, 2), True),
    (xlsx_resident_form_cells, (3, 0), False),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants)."""
    cases: list[Case] = []
    for s, (style, pair, of_body) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(n if of_body else PEOPLE[n], 2 * s + k))
    return cases
