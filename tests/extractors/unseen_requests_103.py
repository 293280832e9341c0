"""A hundred-and-third set of requests written by someone who had not read the readers
(issue 8): WATER SUPPLY, IRRIGATION AND DRAINAGE in อ่างทอง, สิงห์บุรี and ลพบุรี. Village
tap water (ประปาหมู่บ้าน and the towns' กิจการประปา): a new connection, a bill too high, a
meter to test, a leak under the kitchen floor, a separate meter in a tenant's name;
irrigation canals (the provincial โครงการชลประทาน): a farmer's pump on the canal's bank, a
water-user group's (กลุ่มผู้ใช้น้ำ / กลุ่มบริหารการใช้น้ำชลประทาน) rotation, dredging and a
broken gate; drainage: a pipe under the road's shoulder, blocked drains flooding a lane, a
neighbour's fill blocking the ditch. Requests by householders, water-user groups' chairs,
a plumber or shop filing for a house owner, a landlord writing for a tenant or for his own
rented house, a son or daughter for a parent, villagers with their neighbours' list.
Kinds: plain (iPhone, a LINE chat forwarded, Gmail, Outlook app, a shop's Gmail), HTML
(Gmail with its plain twin, Outlook, a web form's notification, a Gmail reply over the
clerk's quoted mail), Word (the water connection form over dotted lines, a group's letter
with its committee, a leak-reduction form as a table, a villagers' petition), PDF
(fillable with English and with Thai field names, typed letters), xlsx (a group's member
list, a householder's readings, a landlord's sheet with a row per role).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, the earlier sets'
first docstrings and set 84's test comments).

Conventions (written down before any run), following set 28 (the applicant is the person
who asks; for a body the natural person who signs for it), sets 31/63 (a service for one
person asked by another is the one it is for) and set 37 (where only another's phone is
given, phone `()`). WHO says them per style.
- A HOUSEHOLDER who writes about her own tap, bill, meter, drain or flooded lane is the
  applicant: never the meter reader, the plumber she called, the neighbours in her LINE
  chat or list, the headman, the contractor, the neighbour whose fill blocks the ditch.
- A PLUMBER OR SHOP filing a new connection for a house owner: the OWNER (her name, ID,
  home); the shop's name, tax number (13 digits, valid), address, line, the plumber's
  name and mobile and the shop's box never; her phone only where written as hers, else
  `()`; e-mail `()`.
- A LANDLORD WRITING FOR A TENANT whose water account is in the tenant's name (a bill to
  pay by instalments, a separate meter in her name): the TENANT (name, ID, birth date where
  given, the rented house where she lives); the landlord's name, ID, home in Bangkok or
  Nonthaburi, phone and box never (her phone only where given, else `()`; e-mail `()`).
  A LANDLORD ASKING FOR HIS OWN RENTED HOUSE (a public drain broken in front of it): he is
  the applicant, his home his address (the block of his letter), never the rented house;
  the tenant's name and mobile (the contact on site) never his.
- A SON OR DAUGHTER for an elderly parent's leak: the parent (name, ID, birth date,
  home); the child's name, ID, home, mobile and box never (phone, e-mail `()`).
- A WATER-USER GROUP: the chair who signs for it (his name; his ID where given, else
  `()`); the group's place is the chair's home in every one of its requests here (ที่ทำการ
  กลุ่ม at the chair's house), his mobile, his box; the secretary, treasurer, committee,
  members and the irrigation officer never. The group's registration number never an ID.
- A FARMER asking canal water or a pump: himself; his field (deed, area, another ตำบล),
  the canal and its kilometre, the group's chair who certifies never.
- Villagers' petition: the one who writes and signs first (ผู้ยื่นคำร้อง); the signers'
  table never.
- A web form's notification: the ผู้แจ้ง's rows (her e-mail row is hers); the incident's
  place, the reference number, the IP address and the no-reply box never.
- A reply over the clerk's quoted mail: the householder; the clerk's name, line, box never.
Numbers that are never an ID or a phone: meter numbers (10 digits, some opening 0),
water-user account numbers (some 10 digits opening 0), bill, receipt, reference, deed,
land and survey numbers, readings, units, amounts, the group's registration, kilometre
markers, the shop's tax number, IP addresses. Address: where the applicant lives (the
house the water, bill or drain is for where she lives there), with or without เลขที่/
บ้านเลขที่, province and postal code; province and postal code of that address. Birth
date ISO, only the applicant's and only where given. Thai digits are the same values.
Everyone, every group, shop and number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, table_doc, tel

# ruff: noqa: E501 -- messages as people type them: long lines

AT = "อ่างทอง"
SB = "สิงห์บุรี"
LB = "ลพบุรี"
BKK = "กรุงเทพมหานคร"

DESKS = {
    AT: "saraban@angthong-water.example.go.th",
    SB: "saraban@singburi-water.example.go.th",
    LB: "saraban@lopburi-water.example.go.th",
}
IRRIGATION = {AT: "โครงการชลประทานอ่างทอง", SB: "โครงการชลประทานสิงห์บุรี", LB: "โครงการชลประทานลพบุรี"}

PEOPLE: tuple[Party, ...] = (
    P("นาง", "ละเอียด", "ทองประเสริฐ", "315010023417", date(1962, 5, 14), "0815713382", "laead.tp@gmail.com",
      "18/2", "4", "", "", "โพสะ", "เมืองอ่างทอง", AT, "14000"),
    P("นาย", "สมพงษ์", "เพ็งจันทร์", "315020011832", date(1957, 9, 3), "0869904417", "sompong.pc@gmail.com",
      "112", "7", "", "", "ไชยภูมิ", "ไชโย", AT, "14140"),
    P("นางสาว", "ณัฐธิดา", "ศรีสุข", "115990041265", date(1996, 2, 19), "0948812307", "natthida.ss@gmail.com",
      "7/15", "1", "", "", "บ้านอิฐ", "เมืองอ่างทอง", AT, "14000"),
    P("นาย", "ประเสริฐ", "บุญมา", "315040027719", date(1969, 11, 30), "0817739215", "prasert.bm69@hotmail.com",
      "56", "2", "", "", "บางเจ้าฉ่า", "โพธิ์ทอง", AT, "14120"),
    P("นาง", "บุญเรือน", "แก้วกล้า", "315060018354", date(1951, 4, 8), "0897713046", "",
      "9", "5", "", "", "ไผ่จำศีล", "วิเศษชัยชาญ", AT, "14110"),
    P("นาย", "ณรงค์ชัย", "ปิ่นทอง", "315030018820", date(1981, 12, 12), "0952219036", "narongchai.pt@gmail.com",
      "72", "3", "", "", "โผงเผง", "ป่าโมก", AT, "14130"),
    P("นาย", "ธีรวัฒน์", "อินทร์จันทร์", "317010032164", date(1978, 7, 22), "0926614480", "teerawat.ij@gmail.com",
      "45/1", "3", "", "", "ม่วงหมู่", "เมืองสิงห์บุรี", SB, "16000"),
    P("นาง", "จำเนียร", "ปานทอง", "317020015538", date(1960, 12, 1), "0858817429", "jamnian.pt@yahoo.com",
      "201", "6", "", "", "ไม้ดัด", "บางระจัน", SB, "16130"),
    P("นาย", "วิโรจน์", "ศรีเมือง", "317060042291", date(1983, 3, 15), "0813396620", "wiroj.sm@gmail.com",
      "88", "1", "", "", "ทับยา", "อินทร์บุรี", SB, "16110"),
    P("นางสาว", "พิมพ์ลดา", "คงเจริญ", "117010056638", date(1999, 8, 27), "0637720951", "pimlada.kc@gmail.com",
      "14/3", "", "", "ขุนสรรค์", "บางพุทรา", "เมืองสิงห์บุรี", SB, "16000"),
    P("นาง", "สายสุนีย์", "บุญประคอง", "317030026617", date(1964, 3, 3), "0872256104", "saisunee.bp@hotmail.com",
      "61", "2", "", "", "โพทะเล", "ค่ายบางระจัน", SB, "16150"),
    P("นาย", "สุรชัย", "ม่วงงาม", "316050013378", date(1966, 1, 17), "0894417732", "surachai.mn@gmail.com",
      "33", "8", "", "", "บางคู้", "ท่าวุ้ง", LB, "15150"),
    P("นาง", "กาญจนา", "ทองดี", "316010064425", date(1974, 6, 9), "0819980314", "kanjana.td74@gmail.com",
      "99/12", "5", "", "", "ท่าศาลา", "เมืองลพบุรี", LB, "15000"),
    P("นาย", "ชูชีพ", "รอดภัย", "316060022581", date(1955, 10, 25), "0867738842", "",
      "150", "4", "", "", "หินปัก", "บ้านหมี่", LB, "15110"),
    P("นางสาว", "อรวรรณ", "เกิดผล", "116030077416", date(1990, 4, 4), "0985527713", "orawan.kp@outlook.com",
      "27/4", "9", "", "", "เกาะแก้ว", "โคกสำโรง", LB, "15120"),
    P("นาย", "ไพโรจน์", "สิทธิโชค", "316010049903", date(1972, 2, 28), "0814402276", "pairoj.sc@gmail.com",
      "5/8", "", "", "นารายณ์มหาราช", "ทะเลชุบศร", "เมืองลพบุรี", LB, "15000"),
)  # fmt: skip

# Landlords living away (the applicant in pdf_typed_landlord_letter; never elsewhere).
LANDLORDS: tuple[Party, ...] = (
    P("นาย", "กิตติพงษ์", "เจริญวงศ์", "310050124468", date(1970, 8, 14), "0818836620", "kittipong.cw@gmail.com",
      "88/41", "", "", "รามคำแหง", "ราษฎร์พัฒนา", "สะพานสูง", BKK, "10240"),
    P("นาง", "วรรณี", "โชติช่วง", "312010066634", date(1965, 2, 2), "0896652271", "wannee.chot@hotmail.com",
      "45/9", "", "", "รัตนาธิเบศร์", "บางกระสอ", "เมืองนนทบุรี", "นนทบุรี", "11000"),
)  # fmt: skip

# The local body of each ตำบล (its กิจการประปา, กองช่าง).
LOCAL = {
    "โพสะ": "องค์การบริหารส่วนตำบลโพสะ", "ไชยภูมิ": "องค์การบริหารส่วนตำบลไชยภูมิ",
    "บ้านอิฐ": "องค์การบริหารส่วนตำบลบ้านอิฐ", "บางเจ้าฉ่า": "องค์การบริหารส่วนตำบลบางเจ้าฉ่า",
    "ไผ่จำศีล": "องค์การบริหารส่วนตำบลไผ่จำศีล", "โผงเผง": "องค์การบริหารส่วนตำบลโผงเผง",
    "ม่วงหมู่": "องค์การบริหารส่วนตำบลม่วงหมู่", "ไม้ดัด": "องค์การบริหารส่วนตำบลไม้ดัด",
    "ทับยา": "องค์การบริหารส่วนตำบลทับยา", "บางพุทรา": "เทศบาลเมืองสิงห์บุรี",
    "โพทะเล": "องค์การบริหารส่วนตำบลโพทะเล", "บางคู้": "องค์การบริหารส่วนตำบลบางคู้",
    "ท่าศาลา": "องค์การบริหารส่วนตำบลท่าศาลา", "หินปัก": "องค์การบริหารส่วนตำบลหินปัก",
    "เกาะแก้ว": "องค์การบริหารส่วนตำบลเกาะแก้ว", "ทะเลชุบศร": "เทศบาลเมืองลพบุรี",
}  # fmt: skip

# Shops filing for owners: name, tax number, place, line, plumber, his mobile, box.
SHOPS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("ห้างหุ้นส่วนจำกัด อ่างทองวัสดุภัณฑ์", with_check_digit("015555800041"),
     "199 หมู่ที่ 1 ตำบลบ้านแห อำเภอเมืองอ่างทอง จังหวัดอ่างทอง 14000", "035-611-247",
     "นายเอกชัย รุ่งเรือง", "0897125563", "angthong.wassadu@gmail.com"),
    ("ร้านสมศักดิ์การประปา", with_check_digit("316010038812"),
     "12/3 ถนนพหลโยธิน ตำบลท่าศาลา อำเภอเมืองลพบุรี จังหวัดลพบุรี 15000", "036-412-558",
     "นายสมศักดิ์ ชื่นใจ", "0861237740", "somsak.prapa@gmail.com"),
)  # fmt: skip

# Sons and daughters writing for a parent: name, ID, mobile, box, home elsewhere.
CHILDREN: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายอภิชาติ แก้วกล้า", with_check_digit("110140082236"), "0814476620", "apichart.kk@gmail.com",
     "59/120 หมู่ที่ 6 ตำบลคลองหนึ่ง อำเภอคลองหลวง จังหวัดปทุมธานี 12120"),
    ("นางสาวสุดารัตน์ รอดภัย", with_check_digit("316060051127"), "0902218874", "sudarat.rp@hotmail.com",
     "214/5 ถนนพหลโยธิน ตำบลท่าหิน อำเภอเมืองลพบุรี จังหวัดลพบุรี 15000"),
)  # fmt: skip

# Water-user groups by their chair's first name: name, registration, canal, secretary,
# treasurer (name, mobile).
GROUPS: dict[str, tuple[str, str, str, tuple[str, str], tuple[str, str]]] = {
    "ประเสริฐ": ("กลุ่มผู้ใช้น้ำชลประทานบางเจ้าฉ่า", "อท.0412/2560", "คลองส่งน้ำ 2 ซ้าย",
                 ("นายสมนึก ใจซื่อ", "0812278845"), ("นางสำราญ ทองคำ", "0894451278")),
    "สายสุนีย์": ("กลุ่มผู้ใช้น้ำคลองโพทะเล", "สห.0207/2562", "คลองส่งน้ำ 1 ขวา",
                  ("นางสาวจันทร์เพ็ญ แสงทอง", "0631184572"), ("นายบุญส่ง มีแก้ว", "0857716603")),
    "สุรชัย": ("กลุ่มบริหารการใช้น้ำชลประทานบางคู้", "ลบ.0519/2561", "คลองส่งน้ำ 3 ขวา (ชัยนาท-ป่าสัก)",
               ("นายบุญเลิศ พุ่มพวง", "0861193327"), ("นางมาลี เย็นใจ", "0918837264")),
}  # fmt: skip

# A farmer's field elsewhere: deed, land number, area (ไร่-งาน-วา), หมู่, ตำบล, อำเภอ.
FIELDS = {
    "สุรชัย": ("11873", "45", "18-2-40", "6", "บางลี่", "ท่าวุ้ง"),
    "วิโรจน์": ("9264", "118", "12-0-75", "3", "ประศุก", "อินทร์บุรี"),
    "สมพงษ์": ("20417", "77", "9-3-12", "2", "ชัยฤทธิ์", "ไชโย"),
}
CHAIRS = {
    "สุรชัย": ("นายบุญเลิศ พุ่มพวง", "0861193327"),
    "วิโรจน์": ("นายประยูร ทองสุข", "0819920471"),
    "สมพงษ์": ("นายสุเทพ อินทร์แก้ว", "0896627315"),
}

# The clerks of each province's water desk: name, line, box.
CLERKS = {
    AT: ("นางสาวศิริรัตน์ พูลเพิ่ม", "035-611-093 ต่อ 14", "prapa@angthong-water.example.go.th"),
    SB: ("นายธนากร แจ่มใส", "036-511-274 ต่อ 21", "prapa@singburi-water.example.go.th"),
    LB: ("นางปราณี อยู่สุข", "036-411-650", "prapa@lopburi-water.example.go.th"),
}


def meter_no(k: int) -> str:
    """A meter's number, 10 digits, every other one opening 0 like a mobile."""
    return ("0" if k % 2 == 0 else "2") + f"{(k * 48271 + 461093417) % 10**9:09d}"


def account(k: int) -> str:
    """A water user's number: a zone-block form, or 10 digits opening 0."""
    return (f"{k % 9 + 1:02d}-{(k * 313 + 417) % 10000:04d}-{k * 7 % 100:02d}",
            f"0{(k * 7331 + 310233517) % 10**9:09d}")[k % 2]  # fmt: skip


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def age(a: Party) -> int:
    return 2569 - (a.p.born.year + 543)


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def local(a: Party) -> str:
    return LOCAL[a.p.tambon]


def mayor(a: Party) -> str:
    """The local body's head as a letter addresses him."""
    body = local(a)
    if body.startswith("เทศบาล"):
        return "นายกเทศมนตรี" + body.removeprefix("เทศบาล")
    return "นายก" + body


def short_local(a: Party) -> str:
    return local(a).replace("องค์การบริหารส่วนตำบล", "อบต.").replace("เทศบาลเมือง", "ทม.")


def given(name: str) -> str:
    """A full name's given name, its title taken off."""
    first = name.split()[0]
    for title in ("นางสาว", "นาย", "นาง"):
        if first.startswith(title):
            return first[len(title) :]
    return first


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = (),
            headers: tuple[tuple[str, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 20 + n % 10, 1 + n % 11, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set103-{n}@example.net>"
    for key, value in headers:
        msg[key] = value
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str, *, phone_given: bool) -> dict[str, tuple[str, ...]]:
    """The one the request is for, sent by another: her e-mail `()` (the sender's box),
    her phone only where written as hers."""
    e = exp(a, keys)
    e["email"] = ()
    if not phone_given:
        e["phone"] = ()
    return e


def chair(a: Party, keys: str, *, id_given: bool) -> dict[str, tuple[str, ...]]:
    """A group's chair who signs: his values; his ID only where given."""
    e = own(a, keys)
    if not id_given:
        e["national_id"] = ()
    return e


def gmail_html(lines: list[str]) -> str:
    return '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_bill_dispute": "the householder; never the meter reader or the plumber she called",
    "plain_line_forward_blocked_drain": "the sender who writes above the chat; never the chat's neighbours or headman",
    "plain_landlord_for_tenant_bill": "the tenant (the account in her name); never the landlord who writes (phone v2 ())",
    "plain_outlook_drain_pipe_crossing": "the householder; never the contractor or the consenting neighbour",
    "plain_shop_for_owner_connection": "the house owner; never the shop or its plumber (phone v2 ())",
    "html_gmail_farmer_irrigation": "the farmer; never his field's place, the canal, the group's chair",
    "html_outlook_water_user_group": "the chair who signs for the group (ID v1 only); never the secretary",
    "html_webform_flood_notice": "the ผู้แจ้ง's rows; never the incident's place, reference, IP, no-reply",
    "html_gmail_reply_meter_test": "the householder who replies; never the clerk in the quoted mail",
    "docx_water_connection_form": "the ผู้ขอ on the dotted lines (v2 a tenant); never the consenting owner",
    "docx_group_letter_gate_repair": "the chair who signs (no ID: ()); the group's place his home; never the committee",
    "docx_son_leak_reduction_table": "the elderly water user; never the child who files (phone, e-mail ())",
    "docx_flood_petition_households": "the writer who signs first; never the signers' table",
    "pdf_fillable_meter_test": "the account holder (txt* fields); never the emergency contact (v2)",
    "pdf_fillable_irrigation_pump_permit": "the farmer; never the field, the canal or the chair's section",
    "pdf_typed_landlord_letter": "the landlord (his home, block top right); never the rented house or the tenant",
    "pdf_typed_drain_complaint": "the householder (block top right); never the neighbour or contractor",
    "xlsx_group_member_list": "the chair at the head; never the members' rows",
    "xlsx_meter_readings_dispute": "the householder's block; never the meter reader's column",
    "xlsx_landlord_tenant_separate_meter": "the tenant's row; never the landlord's row (phone v2 ())",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_bill_dispute(a: Party, i: int) -> Case:
    """A householder's iPhone mail against a bill four times the usual: her user number,
    the meter's number (10 digits, opening 0 in v1), the bill's number, readings, units
    and amounts; the plumber who found no leak (his mobile), the meter reader by name."""
    p = a.p
    text = (
        f"เรียน หัวหน้างานกิจการประปา {local(a)}\n\n"
        f"{me(a)}ชื่อ {a.name} ผู้ใช้น้ำเลขที่ {account(i)} มาตรวัดน้ำเลขที่ {meter_no(i)}\n"
        f"บ้านเลขที่ {home(a, i)}\n\n"
        f"ขอร้องเรียนเรื่องค่าน้ำประจำเดือนพฤศจิกายน 2569 ใบแจ้งหนี้เลขที่ IV6911-{(i * 37 + 418) % 100000:05d} "
        "เรียกเก็บ 1,284.00 บาท ใช้น้ำ 96 หน่วย (เลขอ่านครั้งก่อน 04418 ครั้งนี้ 04514) "
        f"ปกติบ้าน{me(a)}ใช้น้ำเดือนละ 18-22 หน่วย ไม่เกิน 250 บาท\n"
        f"ที่บ้านอยู่กัน 2 คน ลองปิดก๊อกทุกตัวแล้วมาตรก็ไม่หมุน เรียกช่างมาดูแล้วไม่พบท่อรั่ว (ช่างต้อม 086-552-0937) "
        "สงสัยว่าพนักงานจดมาตร (นายบุญชู มีสุข) จะจดเลขผิด หรือมาตรชำรุด\n"
        f"ขอให้ส่งเจ้าหน้าที่มาตรวจสอบและทดสอบมาตร และแก้ไขใบแจ้งหนี้ก่อนกำหนดชำระวันที่ 15 ธ.ค. 69 ด้วย{ending(a)}\n\n"
        f"เลขบัตรประชาชน {nid_w(p.nid, i)}\nเบอร์ติดต่อ {tel(a, i)}\n\n{p.first}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ค่าน้ำเดือน พ.ย. สูงผิดปกติ ขอให้ตรวจสอบมาตร", box(a), DESKS[p.province], text=text,
                  headers=(("X-Mailer", "iPhone Mail (22B91)"),))  # fmt: skip
    return Case("plain_iphone_bill_dispute", raw, own(a, NO_BIRTH))


def plain_line_forward_blocked_drain(a: Party, i: int) -> Case:
    """A villager's Gmail on a lane flooded by a blocked drain, her own lines on top and
    the village's LINE chat pasted under them as LINE exports it (the headman's mobile,
    a neighbour's house number and mobile, her own line in the chat)."""
    p = a.p
    nick = ("เก่ง", "อร")[i % 2]
    pronoun = "ผม" if p.title == "นาย" else "หนู"
    text = (
        f"เรียน {mayor(a)}\nเรื่อง น้ำท่วมขังเพราะท่อระบายน้ำอุดตัน หมู่ {p.moo}\n\n"
        f"{me(a)}ขอแจ้งว่าท่อระบายน้ำริมถนนในหมู่บ้าน (ท่อ คสล. ขนาด 60 ซม.) อุดตัน ฝนตกทีไรน้ำท่วมขังสูงประมาณ 30 ซม. "
        f"ไหลลงคลองไม่ได้ ตอนนี้ท่วมมา 5 วันแล้ว ชาวบ้านคุยกันในกลุ่มไลน์หมู่บ้าน {me(a)}คัดลอกแชทมาไว้ด้านล่าง{ending(a)}\n\n"
        f"ผู้แจ้ง: {a.name}\nเลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}\nที่อยู่: {home(a, i + 1)}\n"
        f"โทร: {tel(a, i)}\n\n"
        f"[LINE] ประวัติการแชทกลุ่ม ชาวบ้านหมู่ {p.moo} {p.tambon}\nวันที่บันทึก: 14/11/2569 21:05\n\n"
        "วันศุกร์, 13/11/2569\n"
        "06:41\tป้าแดง ร้านชำ\tน้ำเข้าบ้านแล้วจ้า ท่อหน้าบ้านตันอีกแล้ว\n"
        "06:45\tลุงสมหมาย 82/1\tบ้านผมก็ท่วมถึงใต้ถุนแล้ว\n"
        "07:02\tผญบ.วิชัย\tเดี๋ยวผมแจ้ง อบต. ให้อีกรอบ ใครถ่ายรูปได้ส่งมาด้วย เบอร์ผม 089-661-2047\n"
        "07:05\tลุงสมหมาย 82/1\t[รูปภาพ]\n"
        f"07:10\t{nick}\tเดี๋ยว{pronoun}เขียนอีเมลส่ง อบต. เอง{ending(a)} มีอะไรโทรหา{pronoun}ได้ {mobile(p.mobile, i + 2)}\n"
        "07:12\tลุงสมหมาย 82/1\tฝากบอกด้วยว่าบ้านลุงเลขที่ 82/1 เบอร์ลุง 086-114-2239\n"
        "วันเสาร์, 14/11/2569\n"
        "18:30\tป้าแดง ร้านชำ\tยังไม่ลดเลย กลิ่นเหม็นมาก ยุงเยอะ\n"
    )
    raw = message(
        i, "แจ้งท่อระบายน้ำอุดตัน น้ำท่วมขัง (แนบแชทไลน์หมู่บ้าน)", box(a), DESKS[p.province], text=text
    )
    return Case("plain_line_forward_blocked_drain", raw, own(a, NO_BIRTH))


def plain_landlord_for_tenant_bill(a: Party, i: int) -> Case:
    """A landlord in Bangkok or Nonthaburi writes from his Gmail for his tenant, whose
    account (in her name) is three months behind after a leak: her name, ID and the rented
    house; her mobile in v1 only; his own home and phone, his ID in v2; Thai digits in
    v2's amounts."""
    p = a.p
    ll = LANDLORDS[i % 2]
    lp = ll.p
    tenant_phone = (f"เบอร์ผู้เช่า {tel(a, i + 1)}\n" if i % 2 == 0
                    else "ผู้เช่าไม่มีโทรศัพท์มือถือ ติดต่อผ่านผู้ให้เช่าได้\n")  # fmt: skip
    own_id = f"เลขประจำตัวประชาชนผู้ให้เช่า {nid_w(lp.nid, i)}\n" if i % 2 else ""
    amounts = "ค้างชำระ 3 เดือน (ก.ย.-พ.ย. 2569) รวม 2,146 บาท"
    text = (
        f"เรียน งานกิจการประปา {local(a)}\n\n"
        f"{me(ll)} {ll.name} เป็นเจ้าของบ้านที่ให้ {a.name} เช่าอยู่ ขอเขียนแทนผู้เช่าเนื่องจากผู้เช่าไม่ได้ใช้อีเมล{ending(ll)}\n"
        f"ชื่อในใบแจ้งหนี้ค่าน้ำเป็นชื่อผู้เช่า ผู้ใช้น้ำเลขที่ {account(i + 1)} "
        f"{amounts if i % 2 == 0 else thai(amounts)} เพราะท่อแตกใต้พื้นครัวโดยไม่รู้ตัว ซ่อมเรียบร้อยแล้ว\n"
        "ผู้เช่าขอผ่อนชำระเป็น 4 งวด และขออย่าเพิ่งตัดน้ำ เพราะมีผู้สูงอายุอยู่ด้วย\n\n"
        f"ข้อมูลผู้เช่า\nชื่อ {a.name}\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\n"
        f"ที่อยู่ (บ้านเช่า) {home(a, i)}\n{tenant_phone}\n"
        f"ติดต่อ{me(ll)}ได้ที่ {tel(ll, i)}\n{own_id}ที่อยู่{me(ll)} {home(ll, i + 1)}\n\n"
        f"ขอบคุณ{ending(ll)}\n{ll.name}\nผู้ให้เช่า\n"
    )
    raw = message(i, f"ขอผ่อนชำระค่าน้ำแทนผู้เช่า ({a.name})", box(ll), DESKS[p.province], text=text)
    return Case(
        "plain_landlord_for_tenant_bill", raw, for_other(a, NO_BIRTH, phone_given=i % 2 == 0)
    )


def plain_outlook_drain_pipe_crossing(a: Party, i: int) -> Case:
    """A householder asks from the Outlook app to lay a drain pipe under the road's
    shoulder to the public ditch: age, ID, home; the deed, land and survey numbers; the
    contractor's name and mobile; the consenting neighbour's house."""
    p = a.p
    text = (
        f"เรียน ผู้อำนวยการกองช่าง {local(a)}\n"
        "เรื่อง ขออนุญาตวางท่อระบายน้ำผ่านไหล่ทางเชื่อมรางระบายน้ำสาธารณะ\n\n"
        f"{me(a)} {a.name} อายุ {age(a)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"อยู่บ้านเลขที่ {home(a, i)} โทรศัพท์ {tel(a, i + 1)}\n"
        "มีความประสงค์ขออนุญาตวางท่อระบายน้ำ คสล. ขนาดเส้นผ่านศูนย์กลาง 0.40 เมตร ยาว 8 เมตร "
        f"จากบ้าน{me(a)}ลอดไหล่ทางเชื่อมกับรางระบายน้ำสาธารณะริมถนน เพื่อระบายน้ำฝนที่ท่วมขังในบ้าน\n"
        f"ที่ดินโฉนดเลขที่ {30418 + 17 * i} เลขที่ดิน {212 + i} หน้าสำรวจ {5103 + 9 * i}\n"
        "ผู้รับเหมา นายวีระ พุ่มทอง โทร 081-993-0025 เป็นผู้ดำเนินการ ใช้เวลาประมาณ 2 วัน\n"
        f"เพื่อนบ้านข้างเคียง นายสมหมาย จันทร์หอม บ้านเลขที่ {int(p.house.split('/')[0]) + 2} ยินยอมแล้ว (แนบหนังสือยินยอม)\n\n"
        f"จึงเรียนมาเพื่อโปรดพิจารณา\n{a.name}\n\nรับ Outlook สำหรับ Android\n"
    )
    raw = message(i, "ขออนุญาตวางท่อระบายน้ำผ่านไหล่ทาง", box(a), DESKS[p.province], text=text)
    return Case("plain_outlook_drain_pipe_crossing", raw, own(a, NO_BIRTH))


def plain_shop_for_owner_connection(a: Party, i: int) -> Case:
    """A plumbing shop files a new connection for a house owner from its Gmail: the
    owner's lines (her phone in v1 only), the pipe's length and the meter's size, the
    shop's signature (its 13-digit tax number, place, line, the plumber's mobile)."""
    p = a.p
    shop, tax, place, line, plumber, mob, sbox = SHOPS[i % 2]
    owner_phone = (f"เบอร์เจ้าของบ้าน: {tel(a, i)}\n" if i % 2 == 0
                   else "เจ้าของบ้านไม่สะดวกรับโทรศัพท์ นัดสำรวจกรุณาติดต่อช่างที่ร้าน\n")  # fmt: skip
    text = (
        f"เรียน งานประปา {local(a)}\n\n"
        "ทางร้านขอยื่นคำขอติดตั้งประปาใหม่แทนเจ้าของบ้าน ตามที่เจ้าของบ้านมอบหมาย "
        "(แนบสำเนาบัตร สำเนาทะเบียนบ้าน และหนังสือมอบอำนาจมาด้วยแล้ว)\n\n"
        f"รายละเอียดผู้ขอใช้น้ำ\nชื่อเจ้าของบ้าน: {a.name}\nเลขบัตรประชาชน: {nid_w(p.nid, i + 1)}\n"
        f"บ้านเลขที่: {home(a, i + 2)}\n{owner_phone}\n"
        "ขอติดตั้งมาตรขนาด 1/2 นิ้ว ระยะจากท่อเมนถึงจุดติดมาตรประมาณ 35 เมตร ท่อ PVC 1/2 นิ้ว ชั้น 13.5 "
        "ร้านเป็นผู้วางท่อภายในบ้านเอง ขอทราบค่าประกันมาตร ค่าบริการติดตั้ง และวันนัดสำรวจ\n"
        f"นัดหน้างานติดต่อ {plumber} {mobile(mob, i)}\n\nขอบคุณครับ\n--\n"
        f"{plumber}\n{shop}\nเลขประจำตัวผู้เสียภาษี {tax}\n{place}\nโทร {line} / มือถือ {mobile(mob, i + 1)}\n"
    )
    raw = message(
        i, f"ขอติดตั้งประปาใหม่ บ้าน{a.name}", f"{shop} <{sbox}>", DESKS[p.province], text=text
    )
    return Case(
        "plain_shop_for_owner_connection", raw, for_other(a, NO_BIRTH, phone_given=i % 2 == 0)
    )


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_farmer_irrigation(a: Party, i: int) -> Case:
    """A farmer's Gmail (the plain twin and the HTML) asks the irrigation project to put a
    pump on the canal's bank: his ID and home; his field (deed, area, another ตำบล), the
    canal and its kilometre; the group's chair (his mobile) told already."""
    p = a.p
    deed, land, area, moo, tambon, amphoe = FIELDS[p.first]
    cname, cmob = CHAIRS[p.first]
    lines = [
        f"เรียน ผู้อำนวยการ{IRRIGATION[p.province]}", "",
        f"{me(a)} {a.name} เกษตรกรผู้ทำนา เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} บ้านเลขที่ {home(a, i)}",
        "ขออนุญาตติดตั้งเครื่องสูบน้ำชั่วคราว (เครื่องยนต์ดีเซล ท่อส่งขนาด 8 นิ้ว) ริมคลองส่งน้ำ "
        f"{('คลองส่งน้ำ 3 ขวา (ชัยนาท-ป่าสัก)', 'คลองส่งน้ำ 2 ขวา')[i % 2]} ที่ กม. {12 + i}+450 เพื่อสูบน้ำเข้าแปลงนา ฤดูนาปรัง 2569/70",
        f"แปลงนา: โฉนดเลขที่ {deed} เลขที่ดิน {land} เนื้อที่ {area} ไร่ ตั้งอยู่หมู่ {moo} ตำบล{tambon} อำเภอ{amphoe}",
        f"ได้แจ้งประธานกลุ่มผู้ใช้น้ำ {cname} (โทร {mobile(cmob, i)}) แล้ว ยินดีปฏิบัติตามรอบเวรการส่งน้ำของโครงการ{ending(a)}",
        "", "ขอแสดงความนับถือ", "", "--", a.name, f"มือถือ {tel(a, i + 1)}",
    ]  # fmt: skip
    text = "\n".join(lines) + "\n"
    raw = message(i, "ขออนุญาตติดตั้งเครื่องสูบน้ำริมคลองส่งน้ำ", box(a), DESKS[p.province],
                  text=text, html=gmail_html(lines))  # fmt: skip
    return Case("html_gmail_farmer_irrigation", raw, own(a, NO_BIRTH))


def html_outlook_water_user_group(a: Party, i: int) -> Case:
    """A water-user group's chair asks from Outlook to dredge its canal and set the
    rotation: the group's registration, members and area; his ID in v1 only; his
    signature (the group's place at his house, his mobile) and the secretary's mobile."""
    p = a.p
    group, reg, canal, (sec, sec_mob), _ = GROUPS[p.first]
    who = f"{me(a)} {a.name}" + (f" เลขประจำตัวประชาชน {nid_w(p.nid, i)}" if i % 2 == 0 else "")
    paras = [
        f"เรียน ผู้อำนวยการ{IRRIGATION[p.province]}", "",
        f"{who} ในฐานะประธาน{group} (ทะเบียนกลุ่มเลขที่ {reg}) สมาชิก 64 ราย พื้นที่รับน้ำ 1,840 ไร่ "
        f"ขอความอนุเคราะห์ขุดลอกคลองซอยแยกจาก{canal} ช่วง กม. 3+200 ถึง กม. 5+800 ซึ่งตื้นเขินและมีผักตบชวาหนาแน่น "
        "น้ำไหลไม่ถึงแปลงนาท้ายคลอง",
        "และขอให้จัดรอบเวรการส่งน้ำฤดูนาปรัง 2569/70 ให้กลุ่มฯ สัปดาห์ละ 3 วัน (จันทร์-พุธ) ตามมติที่ประชุมสมาชิกเมื่อวันที่ 8 พฤศจิกายน 2569",
        "", "จึงเรียนมาเพื่อโปรดพิจารณา", "", "ขอแสดงความนับถือ",
    ]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{a.name}</b><br>ประธาน{group}<br>'
           f"ที่ทำการกลุ่ม (บ้านประธาน) {home(a, i + 1)}<br>โทร {tel(a, i)}<br>"
           f"ผู้ประสานงาน: {sec} เลขานุการกลุ่ม โทร {mobile(sec_mob, i + 1)}</p>")  # fmt: skip
    raw = message(i, f"ขอขุดลอกคลองซอยและจัดรอบเวรส่งน้ำ ({group})", box(a), DESKS[p.province],
                  html=outlook_html(paras, sig), headers=(("X-Mailer", "Microsoft Outlook 16.0"),))  # fmt: skip
    return Case("html_outlook_water_user_group", raw, chair(a, NO_BIRTH, id_given=i % 2 == 0))


def html_webform_flood_notice(a: Party, i: int) -> Case:
    """The local body's web form notifies the desk from no-reply: a table of the ผู้แจ้ง's
    rows (birth date, mobile, e-mail, home), the flooded place elsewhere with GPS, the
    reference number and the sender's IP address."""
    p = a.p
    rows = [
        ("เลขที่รับแจ้ง", f"WR-6911-{(i * 53 + 120) % 10000:04d}"),
        ("วันที่แจ้ง", f"{20 + i % 9}/11/2569 07:{(i * 7) % 60:02d} น."),
        ("ประเภทเรื่อง", "น้ำท่วมขัง / ท่อระบายน้ำอุดตัน"),
        ("ชื่อ-นามสกุล ผู้แจ้ง", a.name),
        ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
        ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)),
        ("โทรศัพท์มือถือ", p.mobile),
        ("อีเมล", p.email),
        ("ที่อยู่ผู้แจ้ง", home(a, i)),
        ("สถานที่เกิดเหตุ", ("ซอยข้างตลาดสด หมู่ 2 ใกล้ร้านซ่อมรถ", "ถนนเลียบคลองชลประทาน หน้าโรงเรียนวัด")[i % 2]),
        ("พิกัด", f"{14.59 + 0.011 * i:.5f}, {100.45 + 0.007 * i:.5f}"),
        ("รายละเอียด", "ฝนตกหนักเมื่อคืน น้ำท่วมขังสูงประมาณ 40 ซม. ท่อระบายน้ำมีขยะอุดตัน รถจักรยานยนต์ผ่านไม่ได้"),
        ("IP ผู้แจ้ง", f"171.96.{(i * 17) % 250}.{(i * 41) % 250}"),
    ]  # fmt: skip
    t = "".join(
        f'<tr><td style="background:#f2f6fa;width:35%">{k}</td><td>{v}</td></tr>' for k, v in rows
    )
    html = (
        f'<html><body style="font-family:Tahoma,sans-serif;font-size:13px"><h3>{local(a)} : ระบบรับแจ้งเรื่องร้องเรียนออนไลน์</h3>'
        "<p>มีการแจ้งเรื่องใหม่ผ่านแบบฟอร์มบนเว็บไซต์ รายละเอียดดังนี้</p>"
        f'<table border="1" cellpadding="6" style="border-collapse:collapse;width:640px">{t}</table>'
        "<p style='color:#888'>อีเมลฉบับนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n"
    )
    raw = message(i, f"[แจ้งเรื่องใหม่] น้ำท่วมขัง/ท่อระบายน้ำอุดตัน - {a.name}",
                  f"{short_local(a)} e-Service <no-reply@eservice.example.go.th>", DESKS[p.province], html=html)  # fmt: skip
    return Case("html_webform_flood_notice", raw, own(a, ALL))


def html_gmail_reply_meter_test(a: Party, i: int) -> Case:
    """A householder's Gmail reply (plain and HTML) gives what the clerk asked for a
    meter test, above the clerk's quoted mail (her name, line, box, the case number, the
    fee)."""
    p = a.p
    cname, cline, cbox = CLERKS[p.province]
    mine = [
        f"เรียน คุณ{given(cname)}", "",
        f"ขอส่งข้อมูลเพิ่มเติมตามที่ขอ{ending(a)}",
        f"ชื่อ-สกุล: {a.name}",
        f"เลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}",
        f"เลขที่ผู้ใช้น้ำ: {account(i + 3)}",
        f"ที่อยู่ที่ติดตั้งมาตร: {home(a, i + 1)}",
        f"เบอร์ที่ติดต่อได้: {tel(a, i + 2)}",
        f"สะดวกให้เจ้าหน้าที่เข้ามาถอดมาตรวันเสาร์ที่ 5 ธ.ค. ช่วงเช้า{ending(a)} ค่าธรรมเนียม 200 บาทจะจ่ายตอนถอดมาตร", "",
        f"ขอบคุณ{ending(a)}", p.first,
    ]  # fmt: skip
    quoted = [
        f"เรียน คุณ{p.first} {p.last}", "",
        f"ตามที่ท่านแจ้งขอทดสอบมาตรวัดน้ำ (เรื่องเลขที่ ป.{1123 + i}/2569) ขอให้ท่านแจ้งชื่อ-สกุล เลขประจำตัวประชาชน "
        "เลขที่ผู้ใช้น้ำ ที่อยู่ที่ติดตั้งมาตร และเบอร์โทรศัพท์ที่ติดต่อได้ เพื่อนัดวันถอดมาตรไปทดสอบ "
        "ค่าธรรมเนียมการทดสอบ 200 บาท หากผลทดสอบพบว่ามาตรเดินเร็วเกินเกณฑ์ จะคืนค่าธรรมเนียมและปรับลดค่าน้ำให้", "",
        cname, "เจ้าหน้าที่ธุรการ งานกิจการประปา", f"โทร {cline}",
    ]  # fmt: skip
    head = f"ในวันที่ อ. 1 ธ.ค. 2569 เวลา {9 + i % 6}:{(i * 13) % 60:02d} งานประปา <{cbox}> เขียนว่า:"
    text = "\n".join(mine) + f"\n\n{head}\n\n" + "\n".join(f"> {x}" for x in quoted) + "\n"
    html = (
        gmail_html(mine).rstrip("\n")
        + f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{head}<br></div>'
        + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + "".join(f"<div>{x or '<br>'}</div>" for x in quoted)
        + "</blockquote></div>\n"
    )
    raw = message(i, f"Re: ขอทดสอบมาตรวัดน้ำ เรื่องเลขที่ ป.{1123 + i}/2569", box(a), cbox,
                  text=text, html=html, headers=(("In-Reply-To", f"<prapa-{1123 + i}@example.go.th>"),))  # fmt: skip
    return Case("html_gmail_reply_meter_test", raw, own(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_water_connection_form(a: Party, i: int) -> Case:
    """The local body's แบบคำขอใช้น้ำประปา typed over its dotted lines (age, ID, address in
    its slots with "ซอย - ถนน -", phone, ☑ for the applicant's standing); v2 a tenant's,
    typed in Thai digits, with the house owner's consent (his ID, home, mobile) below."""
    p = a.p
    tenant = i % 2 == 1
    owner = ("นายสำเริง ศรีทอง", with_check_digit("317020009934"), "0816649027",
             f"18 หมู่ที่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}")  # fmt: skip
    box_owner, box_tenant = ("☐", "☑") if tenant else ("☑", "☐")
    lines = [
        "แบบคำขอใช้น้ำประปา",
        f"กิจการประปา {local(a)}",
        f"\t\t\t\t\tเขียนที่ บ้านเลขที่ {p.house}",
        f"\t\t\t\t\tวันที่ {18 + i % 10} เดือน พฤศจิกายน พ.ศ. 2569",
        f"ข้าพเจ้า (นาย/นาง/นางสาว) ......{a.name}...... อายุ ...{age(a)}... ปี",
        f"เลขประจำตัวประชาชน ......{nid_w(p.nid, i + 1)}......",
        f"อยู่บ้านเลขที่ ...{p.house}... หมู่ที่ ...{p.moo}... ตรอก/ซอย ...-... ถนน ...-... "
        f"ตำบล ...{p.tambon}... อำเภอ ...{p.amphoe}... จังหวัด ...{p.province}... รหัสไปรษณีย์ ...{p.postal}...",
        f"โทรศัพท์ ......{tel(a, i)}......",
        f"ฐานะผู้ขอ {box_owner} เจ้าของบ้าน {box_tenant} ผู้เช่า ☐ อื่นๆ ..........",
        "มีความประสงค์ขอติดตั้งมาตรวัดน้ำประปา ขนาด ☑ 1/2 นิ้ว ☐ 3/4 นิ้ว ☐ 1 นิ้ว  ประเภท ☑ ที่อยู่อาศัย ☐ ธุรกิจ/ร้านค้า",
        f"สถานที่ใช้น้ำ บ้านเลขที่ ...{p.house}... หมู่ที่ ...{p.moo}... (บ้านที่ข้าพเจ้าพักอาศัย)",
        "พร้อมนี้ได้แนบ ☑ สำเนาบัตรประจำตัวประชาชน ☑ สำเนาทะเบียนบ้าน "
        f"{'☑' if tenant else '☐'} หนังสือยินยอมของเจ้าของบ้าน (กรณีผู้เช่า)",
        "ข้าพเจ้ายินยอมปฏิบัติตามข้อบัญญัติว่าด้วยกิจการประปา และชำระค่าน้ำตามอัตราที่กำหนด",
        f"\t\t\tลงชื่อ ...................................... ผู้ขอ\n\t\t\t      ({a.name})",
    ]  # fmt: skip
    if tenant:
        lines += [
            "หนังสือยินยอมของเจ้าของบ้าน",
            f"ข้าพเจ้า ......{owner[0]}...... เลขประจำตัวประชาชน ......{nid_w(owner[1], i)}...... "
            f"อยู่บ้านเลขที่ {owner[3]} โทรศัพท์ {mobile(owner[2], i)} เป็นเจ้าของบ้านเลขที่ {p.house} หมู่ที่ {p.moo} "
            f"ยินยอมให้ {a.name} ผู้เช่า ติดตั้งมาตรวัดน้ำประปาในบ้านหลังนี้",
            f"\t\t\tลงชื่อ ...................................... เจ้าของบ้าน\n\t\t\t      ({owner[0]})",
        ]  # fmt: skip

    def build(d: Any) -> None:
        for x in lines:
            d.add_paragraph(thai(x) if tenant else x)

    raw = message(i, "ส่งแบบคำขอใช้น้ำประปา", box(a), DESKS[p.province],
                  text=f"เรียน เจ้าหน้าที่กิจการประปา\nแนบแบบคำขอใช้น้ำประปาที่กรอกแล้ว{ending(a)}\n",
                  files=(("คำขอใช้น้ำประปา.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_water_connection_form", raw, own(a, NO_BIRTH))


def docx_group_letter_gate_repair(a: Party, i: int) -> Case:
    """A water-user group's letter in Word (ที่ กผน. .../2569, the group's place at the
    chair's house at the head) asking the irrigation project to mend a gate and a culvert;
    its committee as a table with mobiles; signed by the chair (no ID given)."""
    p = a.p
    group, reg, canal, (sec, sec_mob), (tre, tre_mob) = GROUPS[p.first]

    def build(d: Any) -> None:
        d.add_paragraph(f"ที่ กผน.{15 + i}/2569\t\t\t\t{group}\n\t\t\t\t\tที่ทำการ {home(a, i)}")
        d.add_paragraph(f"\t\t\t\t\t{24 + i % 6} พฤศจิกายน 2569")
        d.add_paragraph(
            f"เรื่อง ขอให้ซ่อมแซมประตูระบายน้ำและท่อลอด\nเรียน ผู้อำนวยการ{IRRIGATION[p.province]}"
        )
        d.add_paragraph(
            f"ด้วย{group} ทะเบียนเลขที่ {reg} ได้รับแจ้งจากสมาชิกว่าบานประตูระบายน้ำปากคลองซอยที่ กม. {7 + i}+150 ของ{canal} "
            "ชำรุด ปิดไม่สนิท น้ำรั่วไหลลงคลองระบายตลอดเวลา และท่อลอดถนนคันคลองขนาด 1.00 เมตร ทรุดตัว "
            "ทำให้น้ำส่งไม่ถึงแปลงนาของสมาชิกประมาณ 620 ไร่"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาส่งเจ้าหน้าที่ตรวจสอบและซ่อมแซมก่อนเริ่มส่งน้ำฤดูนาปรัง")
        d.add_paragraph("คณะกรรมการกลุ่ม")
        table_doc(d, [("ตำแหน่ง", "ชื่อ-สกุล / โทรศัพท์"), ("ประธานกลุ่ม", f"{a.name} / {tel(a, i)}"),
                      ("เลขานุการ", f"{sec} / {mobile(sec_mob, i + 1)}"), ("เหรัญญิก", f"{tre} / {mobile(tre_mob, i + 2)}")])  # fmt: skip
        d.add_paragraph(
            f"\t\t\t\tขอแสดงความนับถือ\n\n\t\t\t\t({a.name})\n\t\t\t\tประธาน{group}\n\t\t\t\tโทร {tel(a, i + 3)}"
        )

    raw = message(i, f"หนังสือ{group} ขอซ่อมประตูระบายน้ำ", box(a), DESKS[p.province],
                  text=f"เรียน ผอ.โครงการฯ\nส่งหนังสือของกลุ่มผู้ใช้น้ำตามไฟล์แนบ{ending(a)}\n",
                  files=(("หนังสือกลุ่มผู้ใช้น้ำ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_group_letter_gate_repair", raw, chair(a, NO_BIRTH, id_given=False))


def docx_son_leak_reduction_table(a: Party, i: int) -> Case:
    """The desk's คำร้องขอลดหย่อนค่าน้ำ (ท่อแตกรั่ว) as a Word table, filed by a son or
    daughter for an elderly parent: the parent's rows (ID, birth date, user and meter
    numbers, home, no phone), the bill, then the filer's rows (ID, home elsewhere,
    mobile)."""
    p = a.p
    cn, cid, cm, cbox, chome = CHILDREN[i % 2]
    word = "บุตรสาว" if cn.startswith("นางสาว") else "บุตรชาย"
    rows = [
        ("ชื่อผู้ใช้น้ำ", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเดือนปีเกิด", born_th(p.born, i)),
        ("เลขที่ผู้ใช้น้ำ", account(i + 5)), ("เลขมาตรวัดน้ำ", meter_no(i + 5)), ("สถานที่ใช้น้ำ", home(a, i)),
        ("โทรศัพท์ผู้ใช้น้ำ", "-"), ("จุดที่รั่ว", "ท่อประปาใต้พื้นห้องน้ำ (ซ่อมแล้ว 12 พ.ย. 2569)"),
        ("ใบแจ้งหนี้เดือน", "ตุลาคม 2569 จำนวน 1,960 บาท (140 หน่วย)"),
        ("ผู้ยื่นคำร้องแทน", cn), ("เกี่ยวข้องเป็น", word), ("เลขประจำตัวประชาชนผู้ยื่นแทน", nid_w(cid, i + 1)),
        ("ที่อยู่ผู้ยื่นแทน", chome), ("โทรศัพท์ผู้ยื่นแทน", mobile(cm, i)),
    ]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"คำร้องขอลดหย่อนค่าน้ำประปา กรณีท่อแตกรั่ว\nกิจการประปา {local(a)}")
        table_doc(d, rows)
        d.add_paragraph(f"ลงชื่อ ........................ ผู้ยื่นคำร้องแทน\n({cn})")

    raw = message(i, "ขอลดหย่อนค่าน้ำ กรณีท่อแตก (ยื่นแทนผู้สูงอายุ)", f"{given(cn)} <{cbox}>",
                  DESKS[p.province], text=f"เรียน งานประปา\nยื่นคำร้องแทน{('แม่', 'พ่อ')[i % 2]}ตามไฟล์แนบ{('ครับ', 'ค่ะ')[i % 2]}\n",
                  files=(("ขอลดหย่อนค่าน้ำ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_son_leak_reduction_table", raw, for_other(a, ALL, phone_given=False))


def docx_flood_petition_households(a: Party, i: int) -> Case:
    """Villagers' petition in Word to dredge a culvert under the road that floods their
    lane: the writer's own lines (ID, home, mobile), then a table of five signers with
    their house numbers and mobiles; the writer signs first as ผู้ยื่นคำร้อง."""
    p = a.p
    signers = [("นายสมหมาย จันทร์หอม", "82/1", "0861142239"), ("นางแดง ศรีนวล", "84", "0892214730"),
               ("นายวิชัย ทองอยู่", "90/2", "0896612047"), ("นางสาวพรทิพย์ มีสุข", "91", "0627714485"),
               ("นายเสน่ห์ แก้วดี", "95", "0814429901")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(
            f"\t\t\t\t\tเขียนที่ บ้านเลขที่ {p.house} หมู่ที่ {p.moo}\n\t\t\t\t\t{20 + i % 9} พฤศจิกายน 2569"
        )
        d.add_paragraph(f"เรื่อง ขอให้ขุดลอกท่อลอดถนนและรางระบายน้ำ หมู่ที่ {p.moo}\nเรียน {mayor(a)}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} อยู่บ้านเลขที่ {home(a, i)} "
            f"โทร {tel(a, i)} ในนามตัวแทนชาวบ้านหมู่ที่ {p.moo} ขอแจ้งว่าท่อลอดถนนสายกลางหมู่บ้าน (ท่อ คสล. 0.80 ม. จำนวน 2 แถว) "
            "มีดินตะกอนและขยะอุดตัน น้ำฝนระบายลงคลองไม่ได้ ทำให้น้ำท่วมขังบ้านเรือนตลอดแนวซอยกว่า 20 หลังคาเรือน "
            "นานกว่า 1 สัปดาห์ จึงขอให้ขุดลอกท่อและรางระบายน้ำ พร้อมติดตั้งเครื่องสูบน้ำชั่วคราว"
        )
        d.add_paragraph("รายชื่อชาวบ้านที่ได้รับความเดือดร้อน")
        t = d.add_table(rows=len(signers) + 1, cols=5)
        t.style = "Table Grid"
        for c, v in enumerate(("ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่", "โทรศัพท์", "ลายมือชื่อ")):
            t.cell(0, c).text = v
        for r, (n, h, m) in enumerate(signers, start=1):
            for c, v in enumerate((str(r), n, h, mobile(m, r), "")):
                t.cell(r, c).text = v
        d.add_paragraph(
            f"\t\t\tลงชื่อ ...................................... ผู้ยื่นคำร้อง\n\t\t\t      ({a.name})"
        )

    raw = message(i, f"หนังสือร้องเรียนน้ำท่วมขัง หมู่ {p.moo} (ชาวบ้านลงชื่อ)", box(a), DESKS[p.province],
                  text=f"เรียน {short_local(a)}\nแนบหนังสือของชาวบ้านเรื่องน้ำท่วมขัง{ending(a)}\n",
                  files=(("หนังสือร้องเรียนน้ำท่วม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_flood_petition_households", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_meter_test(a: Party, i: int) -> Case:
    """The desk's fillable คำร้องขอตรวจสอบมาตรวัดน้ำ (English field names txt*): the
    account holder's name, ID as a comb, user and meter numbers, the address in parts,
    mobile, e-mail; an emergency contact (a neighbour's name and mobile) filled in v2."""
    p = a.p
    contact = ("นางสมใจ รักษ์ดี (เพื่อนบ้าน)", "089-551-7730") if i % 2 else ("", "")
    labels = [(45, 18, "คำร้องขอตรวจสอบมาตรวัดน้ำ"), (60, 26, f"กิจการประปา {local(a)}"),
              (20, 40, "ชื่อ-สกุล ผู้ใช้น้ำ"), (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "เลขที่ผู้ใช้น้ำ"),
              (110, 60, "เลขมาตรวัดน้ำ"), (20, 70, "บ้านเลขที่"), (75, 70, "หมู่ที่"), (110, 70, "ตำบล"),
              (20, 80, "อำเภอ"), (85, 80, "จังหวัด"), (150, 80, "รหัสไปรษณีย์"), (20, 90, "โทรศัพท์"),
              (110, 90, "อีเมล"), (20, 104, "สาเหตุที่ขอตรวจสอบ"), (20, 124, "ผู้ติดต่อกรณีเร่งด่วน"),
              (120, 124, "โทร"), (100, 150, "ลงชื่อ ........................ ผู้ยื่นคำร้อง")]  # fmt: skip
    fields = [Field("txtName", a.name, 50, 40, 100), Field("txtIDCard", p.nid, 60, 50, 60, comb=13),
              Field("txtAccount", account(i + 7), 45, 60, 55), Field("txtMeterNo", meter_no(i + 7), 135, 60, 50),
              Field("txtAddrNo", p.house, 40, 70, 30), Field("txtMoo", p.moo, 88, 70, 15),
              Field("txtTambon", p.tambon, 122, 70, 50), Field("txtAmphoe", p.amphoe, 33, 80, 45),
              Field("txtProvince", p.province, 100, 80, 45), Field("txtZip", p.postal, 172, 80, 25),
              Field("txtTel", tel(a, i), 40, 90, 55), Field("txtEmail", p.email, 125, 90, 70),
              Field("txtReason", "มาตรหมุนแม้ปิดก๊อกทุกจุด ค่าน้ำ 3 เดือนล่าสุดสูงกว่าปกติ 3 เท่า", 55, 104, 140),
              Field("txtContactName", contact[0], 60, 124, 55), Field("txtContactTel", contact[1], 130, 124, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "คำร้องขอตรวจสอบมาตรวัดน้ำ (PDF)", box(a), DESKS[p.province],
                  text=f"เรียน เจ้าหน้าที่\nส่งคำร้องขอตรวจสอบมาตรที่กรอกในไฟล์ PDF แล้ว{ending(a)}\n",
                  files=(("meter_test_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_meter_test", raw, own(a, NO_BIRTH))


def pdf_fillable_irrigation_pump_permit(a: Party, i: int) -> Case:
    """The irrigation project's fillable คำขออนุญาตใช้น้ำจากทางน้ำชลประทาน (Thai field
    names): the farmer's name, ID (comb), birth date, home, mobile; the field (deed, area,
    its ตำบล), the canal, the kilometre, the pump; the group's chair's certifying section
    (name, mobile)."""
    p = a.p
    deed, land, area, moo, tambon, amphoe = FIELDS[p.first]
    cname, cmob = CHAIRS[p.first]
    labels = [(30, 18, "คำขออนุญาตใช้น้ำจากทางน้ำชลประทาน"), (60, 26, IRRIGATION[p.province]),
              (20, 40, "ชื่อผู้ขออนุญาต"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเดือนปีเกิด"),
              (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (20, 84, "ที่ดินโฉนดเลขที่"), (110, 84, "เนื้อที่"),
              (20, 94, "ที่ตั้งแปลง"), (20, 104, "ทางน้ำชลประทาน"), (130, 104, "กม."), (20, 114, "ขนาดเครื่องสูบน้ำ"),
              (20, 134, "ความเห็นประธานกลุ่มผู้ใช้น้ำ"), (20, 144, "ชื่อประธานกลุ่ม"), (120, 144, "โทร")]  # fmt: skip
    fields = [Field("ชื่อผู้ขออนุญาต", a.name, 50, 40, 100), Field("เลขประจำตัวประชาชน", p.nid, 60, 50, 55, comb=13),
              Field("วันเดือนปีเกิด", born_th(p.born, i), 145, 50, 45), Field("ที่อยู่", home(a, i + 1), 35, 60, 160),
              Field("โทรศัพท์", tel(a, i), 45, 70, 55), Field("โฉนดเลขที่", f"{deed} เลขที่ดิน {land}", 55, 84, 50),
              Field("เนื้อที่", f"{area} ไร่", 125, 84, 40), Field("ที่ตั้งแปลง", f"หมู่ {moo} ตำบล{tambon} อำเภอ{amphoe}", 45, 94, 120),
              Field("ทางน้ำชลประทาน", ("คลองส่งน้ำ 2 ขวา", "คลองส่งน้ำสายใหญ่ฝั่งซ้าย")[i % 2], 55, 104, 70),
              Field("กิโลเมตร", f"{9 + i}+{(i * 125) % 1000:03d}", 140, 104, 30),
              Field("ขนาดเครื่องสูบน้ำ", "ท่อ 6 นิ้ว เครื่องยนต์ 12 แรงม้า", 60, 114, 90),
              Field("ความเห็นประธาน", "รับรองว่าเป็นสมาชิกกลุ่ม ยินยอมตามรอบเวร", 80, 134, 110),
              Field("ชื่อประธานกลุ่ม", cname, 50, 144, 65), Field("โทรประธานกลุ่ม", mobile(cmob, i), 130, 144, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "ยื่นคำขออนุญาตใช้น้ำจากคลองชลประทาน", box(a), DESKS[p.province],
                  text=f"เรียน ฝ่ายส่งน้ำและบำรุงรักษา\nแนบคำขออนุญาตใช้น้ำที่กรอกแล้ว ประธานกลุ่มลงความเห็นให้แล้ว{ending(a)}\n",
                  files=(("คำขอใช้น้ำชลประทาน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_irrigation_pump_permit", raw, own(a, ALL))


RENTED = (
    ("23/7 หมู่ที่ 2 ตำบลบ้านอิฐ อำเภอเมืองอ่างทอง จังหวัดอ่างทอง 14000", "นายสมเกียรติ ทองแท้", "0857712264",
     "องค์การบริหารส่วนตำบลบ้านอิฐ", "นายกองค์การบริหารส่วนตำบลบ้านอิฐ"),
    ("36/2 ถนนนารายณ์มหาราช ตำบลทะเลชุบศร อำเภอเมืองลพบุรี จังหวัดลพบุรี 15000", "นางสาวปรียานุช ดีมาก", "0629918835",
     "เทศบาลเมืองลพบุรี", "นายกเทศมนตรีเมืองลพบุรี"),
)  # fmt: skip


def pdf_typed_landlord_letter(a: Party, i: int) -> Case:
    """A landlord's typed letter (Word to PDF), his home as the block top right, asking
    the local body to mend a public drain broken in front of his rented house (in another
    province): his ID and mobile; the tenant named as the contact on site (her mobile)."""
    p = a.p
    house, tenant, tmob, body, head = RENTED[i % 2]
    h = home(a, i)
    cut = h.rfind(" แขวง") if " แขวง" in h else h.rfind(" ต.") if " ต." in h else h.rfind(" ตำบล")
    paras: list[tuple[float, str]] = [
        (115, h[:cut].strip()), (115, h[cut:].strip()), (0, ""), (115, f"{25 + i % 5} พฤศจิกายน 2569"), (0, ""),
        (20, "เรื่อง ขอให้ซ่อมแซมท่อระบายน้ำสาธารณะที่แตกทรุด"), (20, f"เรียน {head}"), (0, ""),
        (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เป็นเจ้าของบ้านเลขที่ {house} "
             f"ซึ่งให้ {tenant} เช่าพักอาศัย ขอแจ้งว่าท่อระบายน้ำสาธารณะริมถนนหน้าบ้านดังกล่าวแตกและทรุดตัวเป็นหลุมยาวประมาณ 4 เมตร "
             "เมื่อฝนตกน้ำเอ่อล้นเข้าบ้านเช่า ผนังและพื้นชั้นล่างเสียหาย จึงขอให้ส่งเจ้าหน้าที่กองช่างตรวจสอบและซ่อมแซมโดยด่วน"),
        (30, f"ในการเข้าตรวจสอบ โปรดติดต่อผู้เช่า {tenant} โทร {mobile(tmob, i)} ซึ่งอยู่บ้านทุกวัน "
             f"ส่วนข้าพเจ้าติดต่อได้ที่โทร {tel(a, i + 1)} หรืออีเมล {p.email}"),
        (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (112, "เจ้าของบ้าน"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอให้ซ่อมท่อระบายน้ำหน้าบ้านเช่า", box(a), DESKS[(AT, LB)[i % 2]],
                  text=f"เรียน {body}\nแนบหนังสือขอให้ซ่อมท่อระบายน้ำ{ending(a)}\n",
                  files=(("หนังสือแจ้งท่อระบายน้ำ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_landlord_letter", raw, own(a, NO_BIRTH))


def pdf_typed_drain_complaint(a: Party, i: int) -> Case:
    """A householder's typed complaint (her block top right) that a neighbour's fill for
    a new building has blocked the ditch and the drain pipe behind her house: the
    neighbour's name and house, the contractor's mobile; v2 typed in Thai digits."""
    p = a.p
    h = home(a, i + 1)
    cut = h.find(" ต.") if " ต." in h else h.find(" ตำบล") if " ตำบล" in h else h.find(" ถนน")
    nb = int(p.house.split("/")[0]) + 4
    paras: list[tuple[float, str]] = [
        (115, h[:cut].strip()), (115, h[cut:].strip()), (0, ""), (115, f"{26 + i % 4} พฤศจิกายน 2569"), (0, ""),
        (20, "เรื่อง ร้องเรียนการถมดินปิดทางระบายน้ำ"), (20, f"เรียน {mayor(a)}"), (0, ""),
        (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ขอร้องเรียนว่า นายสุนทร วงศ์ใหญ่ เจ้าของบ้านเลขที่ {nb} "
             "ซึ่งอยู่ติดกับบ้านข้าพเจ้า ได้ถมดินสูงประมาณ 1.20 เมตร เพื่อปลูกสร้างอาคาร และถมทับลำรางสาธารณะพร้อมท่อระบายน้ำ "
             "ขนาด 0.60 เมตร หลังบ้าน ทำให้น้ำฝนไม่มีทางระบาย ท่วมขังบ้านข้าพเจ้าสูง 50 เซนติเมตร ตั้งแต่วันที่ 2 พฤศจิกายน 2569"),
        (30, "ข้าพเจ้าได้ขอให้ผู้รับเหมา (นายชาติชาย โทร 087-220-4419) เปิดทางน้ำแล้วแต่ไม่ได้รับการแก้ไข "
             "จึงขอให้เจ้าหน้าที่ตรวจสอบและสั่งให้เปิดทางระบายน้ำตามเดิม"),
        (30, f"ติดต่อข้าพเจ้าได้ที่โทร {tel(a, i)} อีเมล {p.email}"),
        (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (112, "ผู้ร้องเรียน"),
    ]  # fmt: skip
    if i % 2:
        paras = [(x, thai(t)) for x, t in paras]
    data = pdf_page(flow(paras, 14, "Norasi", step=8.5), size=14, face="Norasi")
    raw = message(i, "ร้องเรียนถมดินปิดทางระบายน้ำ", box(a), DESKS[p.province],
                  text=f"เรียน {short_local(a)}\nแนบหนังสือร้องเรียน{ending(a)}\n",
                  files=(("ร้องเรียน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_drain_complaint", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


MEMBERS = (
    ("นายบุญชัย ศรีสวัสดิ์", with_check_digit("315040031186"), "15520", "22", "0815526641"),
    ("นางสมปอง พลอยงาม", with_check_digit("315040029914"), "15877", "15.5", "0897723350"),
    ("นายทองใบ แสงจันทร์", with_check_digit("316050017725"), "11902", "31", "0861180425"),
    ("นางลำใย ทองมา", with_check_digit("316050020038"), "12441", "8.25", "0924471169"),
)


def xlsx_group_member_list(a: Party, i: int) -> Case:
    """A water-user group's sheet asking its share for the dry season: the head block (the
    group, its registration, its place at the chair's house, the chair's name, ID and
    mobile; in v2 as labels in a row and values below), then the members' rows (IDs,
    deeds, areas, mobiles)."""
    p = a.p
    group, reg, canal, _, _ = GROUPS[p.first]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอจัดสรรน้ำ"
        ws.append((f"แบบขอรับการจัดสรรน้ำ ฤดูนาปรัง 2569/70 ({canal})",))
        if i % 2 == 0:
            ws.append(("ชื่อกลุ่ม", group))
            ws.append(("ทะเบียนกลุ่มเลขที่", reg))
            ws.append(("ที่ทำการกลุ่ม", home(a, i)))
            ws.append(("ประธานกลุ่ม", a.name, "เลขประจำตัวประชาชน", nid_w(p.nid, i), "โทร", tel(a, i)))
        else:
            ws.append(
                (
                    "ชื่อกลุ่ม",
                    "ทะเบียนกลุ่มเลขที่",
                    "ประธานกลุ่ม",
                    "เลขประจำตัวประชาชนประธาน",
                    "โทรศัพท์ประธาน",
                    "ที่ทำการกลุ่ม",
                )
            )
            ws.append((group, reg, a.name, nid_w(p.nid, i), tel(a, i), home(a, i)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุลสมาชิก", "เลขประจำตัวประชาชน", "โฉนดเลขที่", "เนื้อที่ (ไร่)", "โทรศัพท์"))
        for n, (name, nid, deed, rai, mob) in enumerate(MEMBERS, start=1):
            ws.append((n, name, nid_w(nid, n + i), deed, float(rai), mobile(mob, n)))
        ws.append(())
        ws.append(("รวมพื้นที่ (ไร่)", "", "", "", 76.75))
        ws.append(("ผู้รายงาน", a.name, "วันที่", f"{27 + i % 3}/11/2569"))

    raw = message(i, f"ขอจัดสรรน้ำฤดูนาปรัง {group}", box(a), DESKS[p.province],
                  text=f"เรียน {IRRIGATION[p.province]}\nส่งรายชื่อสมาชิกและพื้นที่ขอรับน้ำ{ending(a)}\n",
                  files=(("สมาชิกกลุ่มผู้ใช้น้ำ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_group_member_list", raw, own(a, NO_BIRTH))


def xlsx_meter_readings_dispute(a: Party, i: int) -> Case:
    """A householder's own sheet of a year's readings against a bill: her block (labels
    in column A), then the months (readings, units, amounts, receipt numbers, the meter
    reader's name)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ค่าน้ำ"
        ws.append(("สรุปการใช้น้ำและค่าน้ำ ปี 2569",))
        ws.append(("ชื่อผู้ใช้น้ำ", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("เลขที่ผู้ใช้น้ำ", account(i + 9)))
        ws.append(("เลขมาตร", meter_no(i + 9)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทร", tel(a, i + 2)))
        ws.append(())
        ws.append(("เดือน", "เลขครั้งก่อน", "เลขครั้งนี้", "หน่วย", "ค่าน้ำ (บาท)", "เลขที่ใบเสร็จ", "ผู้จดมาตร"))
        last = 4120
        for m, used in zip(
            ("ก.ค. 69", "ส.ค. 69", "ก.ย. 69", "ต.ค. 69", "พ.ย. 69"),
            (19, 21, 18, 20, 88),
            strict=True,
        ):
            ws.append(
                (
                    m,
                    last,
                    last + used,
                    used,
                    used * 12.5,
                    f"R69-{(i * 97 + last) % 100000:05d}",
                    "นายบุญชู มีสุข",
                )
            )
            last += used
        ws.append(())
        ws.append(("หมายเหตุ", "เดือน พ.ย. หน่วยสูงผิดปกติ ขอให้ตรวจสอบมาตร"))

    raw = message(i, "ขอตรวจสอบค่าน้ำ พ.ย. 69 (แนบตารางเลขมาตร)", box(a), DESKS[p.province],
                  text=f"เรียน งานประปา\n{me(a)}ทำตารางเลขมาตรย้อนหลังมาให้ดู เดือน พ.ย. สูงผิดปกติ{ending(a)}\n",
                  files=(("เลขมาตรย้อนหลัง.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_meter_readings_dispute", raw, own(a, NO_BIRTH))


def xlsx_landlord_tenant_separate_meter(a: Party, i: int) -> Case:
    """A landlord's sheet asking a separate meter in his tenant's name: a row per role
    (the tenant who will use the water: ID, birth date, the rented house, her mobile in
    v1 only; the consenting owner: his ID, home away, mobile), the landlord's row first
    in v2; the shared meter's number."""
    p = a.p
    ll = LANDLORDS[i % 2]
    lp = ll.p
    tenant_row = ("ผู้ขอใช้น้ำ (ผู้เช่า)", a.name, nid_w(p.nid, i), born_th(p.born, i + 1), home(a, i),
                  tel(a, i) if i % 2 == 0 else "-")  # fmt: skip
    owner_row = (
        "เจ้าของบ้าน (ผู้ยินยอม)",
        ll.name,
        nid_w(lp.nid, i + 1),
        "",
        home(ll, i),
        tel(ll, i + 1),
    )

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอมาตรแยก"
        ws.append((f"ขอติดตั้งมาตรวัดน้ำแยก ในนามผู้เช่า - กิจการประปา {local(a)}",))
        ws.append(("ฐานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์"))
        for row in (tenant_row, owner_row) if i % 2 == 0 else (owner_row, tenant_row):
            ws.append(row)
        ws.append(())
        ws.append(("มาตรเดิม (ใช้ร่วมกับห้องเช่าอื่น) เลขที่", meter_no(i + 11)))
        ws.append(("ขนาดมาตรที่ขอ", "1/2 นิ้ว"))

    raw = message(i, f"ขอติดตั้งมาตรน้ำแยกให้ผู้เช่า ({a.name})", box(ll), DESKS[p.province],
                  text=f"เรียน งานประปา\n{me(ll)}เป็นเจ้าของบ้าน ขอยื่นเรื่องให้ผู้เช่าตามไฟล์แนบ{ending(ll)}\n{ll.name}\n",
                  files=(("ขอมาตรแยก.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case(
        "xlsx_landlord_tenant_separate_meter", raw, for_other(a, ALL, phone_given=i % 2 == 0)
    )


Style = Callable[[Party, int], Case]

# Each style and the two it is for (indexes into PEOPLE; LANDLORDS for the landlord's
# own letter).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_bill_dispute, (0, 9)),
    (plain_line_forward_blocked_drain, (5, 14)),
    (plain_landlord_for_tenant_bill, (12, 13)),
    (plain_outlook_drain_pipe_crossing, (8, 15)),
    (plain_shop_for_owner_connection, (1, 15)),
    (html_gmail_farmer_irrigation, (11, 8)),
    (html_outlook_water_user_group, (3, 10)),
    (html_webform_flood_notice, (9, 2)),
    (html_gmail_reply_meter_test, (6, 12)),
    (docx_water_connection_form, (6, 7)),
    (docx_group_letter_gate_repair, (3, 11)),
    (docx_son_leak_reduction_table, (4, 13)),
    (docx_flood_petition_households, (0, 10)),
    (pdf_fillable_meter_test, (14, 5)),
    (pdf_fillable_irrigation_pump_permit, (8, 1)),
    (pdf_typed_landlord_letter, (0, 1)),
    (pdf_typed_drain_complaint, (7, 15)),
    (xlsx_group_member_list, (11, 3)),
    (xlsx_meter_readings_dispute, (10, 2)),
    (xlsx_landlord_tenant_separate_meter, (12, 9)),
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
            who = LANDLORDS[n] if style is pdf_typed_landlord_letter else PEOPLE[n]
            cases.append(style(who, 2 * s + k))
    return cases
