"""A hundred-and-twenty-sixth set of requests written by someone who had not read the
readers (issue 8): COMMUNITY ENTERPRISES, OTOP AND SMALL PRODUCERS, to เทศบาลเมืองศรีสะเกษ,
เทศบาลเมืองอำนาจเจริญ and อบต. in อุบลราชธานี (อบต.ปะอาว, อบต.ขุหลุ, อบต.โนนรัง, อบต.ทรายมูล):
registering a วิสาหกิจชุมชน (its chair, secretary and members with their IDs), asking a
grant or a stall at an OTOP fair, a weaving group's budget request (its treasurer and bank
account), a producer's request for an อย. advice visit, a cooperative's letter, a member
writing for the group's elderly chair, a daughter sending her mother's silk-weaving
application, a buyer's complaint about a product. Numbers that are no ID or phone: the
enterprise's รหัสทะเบียน (4-33-01-05/1-0012), OTOP product codes, bank accounts
(309-2-14587-6), amounts, member counts, lot numbers, booth numbers.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, sets 62/63's tests and builders, the helpers they import, and the earlier sets'
first docstrings).

Conventions (written down before any run). Rulings followed: set 28 (the applicant is the
person who asks; for a body, the natural person who signs for it), sets 31/63 (a service
for one person asked by another is the one it is for), set 37 (where only another's phone
is given, phone `()`), set 63 (a body's address, line and box are its office's).
- An ENTERPRISE or GROUP (วิสาหกิจชุมชน, กลุ่มทอผ้า) asking for itself: its chair (ประธาน)
  who signs (name, ID, birth date where given, own phone); the secretary's, treasurer's,
  members' names, IDs and phones never. Address: the group's ที่ทำการ, which in every
  request here is the chair's own home (written as the group's address or hers).
- A COOPERATIVE (สหกรณ์): the ประธานกรรมการ who signs its letter (no ID given: `()`); the
  address, line and box are the cooperative's office's; the manager's mobile never.
- A member writing FOR the elderly chair (her OTOP registration, her stall): the chair;
  the member's name, ID, phone, box never (phone and e-mail `()` where only the
  member's appear).
- A daughter sending her MOTHER's silk-weaving application: the mother (her name, ID,
  birth date, home, her own phone where the form gives it); the daughter's ID, phone and
  box never (e-mail `()`).
- A producer asking for herself (an อย. advice visit, an OTOP booth): the producer; her
  helper's or staff's lines never.
- A BUYER's complaint: the buyer who complains; the seller's or producer's name, phone,
  address, registration code never.
The enterprise's registration code (รหัสทะเบียน 4-33-01-05/1-0012), an OTOP product code
(OTOP 33-0105-0217), a bank account, an อย. number, an order or lot number, an amount, a
count of members is never an ID or a phone. Birth date ISO, the applicant's only. Address:
house number to the อำเภอ, with or without เลขที่/บ้านเลขที่, province and postal code.
Everyone and every number is invented (13-digit numbers made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
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

SSK_CITY = "เทศบาลเมืองศรีสะเกษ"
AMN_CITY = "เทศบาลเมืองอำนาจเจริญ"
DESKS = (
    "saraban@sisaketcity.example.go.th",
    "saraban@amnatcity.example.go.th",
    "info@ubon-tao.example.go.th",
)
SSK = "ศรีสะเกษ"
AMN = "อำนาจเจริญ"
UBN = "อุบลราชธานี"
NONE = date(1900, 1, 1)

# The applicants: chairs, producers, buyers, mothers.
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุญเรือง", "ศรีสุข", "333010045528", date(1961, 5, 14), "0819764213", "boonruang.ss@gmail.com",
      "112", "5", "", "", "หญ้าปล้อง", "เมืองศรีสะเกษ", SSK, "33000"),
    P("นาง", "คำปุ่น", "แก้วมณี", "334010022917", date(1944, 9, 3), "0872541096", "",
      "45", "3", "", "", "ปะอาว", "เมืองอุบลราชธานี", UBN, "34000"),
    P("นาย", "สมพงษ์", "ทองดี", "337010061342", date(1972, 1, 27), "0895533148", "sompong.td@hotmail.com",
      "88/1", "", "", "ชยางกูร", "บุ่ง", "เมืองอำนาจเจริญ", AMN, "37000"),
    P("นางสาว", "พิมพ์ชนก", "บุญมา", "333019908415", date(1990, 7, 19), "0634418852", "pimchanok.bm@gmail.com",
      "23/4", "", "", "กสิกรรม", "เมืองใต้", "เมืองศรีสะเกษ", SSK, "33000"),
    P("นาง", "ทองใบ", "พรมจันทร์", "334130017726", date(1953, 11, 8), "0861127734", "",
      "17", "2", "", "", "ขุหลุ", "ตระการพืชผล", UBN, "34130"),
    P("นาย", "วีระพงษ์", "ศรีวงษ์", "334150033681", date(1980, 4, 2), "0936672015", "weerapong.sw@gmail.com",
      "9", "7", "", "", "โนนรัง", "เขื่องใน", UBN, "34150"),
    P("นาง", "สายทอง", "จันทะวงษ์", "337010048820", date(1966, 12, 30), "0817730458", "saithong.cw@yahoo.com",
      "201", "11", "", "", "นาจิก", "เมืองอำนาจเจริญ", AMN, "37000"),
    P("นาง", "อำไพ", "สุวรรณศรี", "334110052263", date(1948, 2, 16), "0892206617", "",
      "56", "4", "", "", "ทรายมูล", "พิบูลมังสาหาร", UBN, "34110"),
    P("นาย", "ประเสริฐ", "มูลสาร", "333010073319", date(1977, 8, 25), "0957715283", "prasert.ms@gmail.com",
      "140", "9", "", "", "โพนข่า", "เมืองศรีสะเกษ", SSK, "33000"),
    P("นางสาว", "ณัฐวดี", "คำภา", "310050086648", date(1995, 3, 11), "0658823107", "nattawadee.kp@gmail.com",
      "77/12", "", "ลาดพร้าว 71", "ลาดพร้าว", "ลาดพร้าว", "ลาดพร้าว", "กรุงเทพมหานคร", "10230"),
)  # fmt: skip

# A cooperative: its office, line, box; its chair who signs and its manager.
COOPS: tuple[Party, ...] = (
    P("", "สหกรณ์การเกษตรผู้ผลิตข้าวหอมมะลิอำนาจเจริญ", "จำกัด", "037000000011", NONE, "045451288", "coop.amnat@example.co.th",
      "99", "1", "", "", "ไก่คำ", "เมืองอำนาจเจริญ", AMN, "37000", juristic=True),
    P("", "สหกรณ์ผู้ทอผ้าไหมศรีสะเกษ", "จำกัด", "033000000029", NONE, "045612470", "silkcoop.ssk@example.co.th",
      "18", "", "", "เทพา", "เมืองเหนือ", "เมืองศรีสะเกษ", SSK, "33000", juristic=True),
)  # fmt: skip
COOP_CHAIRS = ("นายบุญส่ง ดวงจันทร์", "นางละเอียด ไชยรักษ์")
COOP_MANAGERS = (("นายชาญวิทย์ พลเยี่ยม", "0819905126"), ("นางสาวรัตนา ศรีลา", "0862274319"))

# Others beside the applicant: secretaries, treasurers, members, helpers, sellers.
SECRETARY = ("นางสาวอรุณี ทองมา", with_check_digit("333010091127"), "0884419275")
TREASURER = ("นางจันทร์เพ็ญ ศรีบุญ", with_check_digit("334130028851"), "0897731604")
MEMBERS: tuple[tuple[str, str, str], ...] = (
    ("นางสมหมาย แก้วกาย", with_check_digit("333010058802"), "0816624490"),
    ("นางบัวผัน ใจดี", with_check_digit("333010064431"), "0934471182"),
    ("นายทองสุข พานทอง", with_check_digit("333010011905"), "0872205561"),
    ("นางหนูเพียร สีดา", with_check_digit("334130044119"), "0615528803"),
)
HELPER = (
    "นางสาวกาญจนา พรมจันทร์",
    with_check_digit("334130099214"),
    "0923318846",
    "kanjana.pc@gmail.com",
)
DAUGHTER = ("นางสาวศิริพร สุวรรณศรี", with_check_digit("110240077531"), "0815527740", "siriporn.sws@gmail.com",
            "55/31 หมู่บ้านพฤกษาวิลล์ ถนนรามอินทรา แขวงคันนายาว เขตคันนายาว กรุงเทพมหานคร 10230")  # fmt: skip
SELLER = ("วิสาหกิจชุมชนกลุ่มแปรรูปปลาส้มบ้านโนนรัง", "4-34-15-09/1-0031", "นางแสงเดือน บุตรดี", "0857724193",
          "34 หมู่ที่ 2 ตำบลโนนรัง อำเภอเขื่องใน จังหวัดอุบลราชธานี 34150")  # fmt: skip
BANK = ("309-2-14587-6", "020-1-33904-8", "663-0-21758-2")


def message(n: int, subject: str, sender: str, desk: int = 0, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESKS[desk]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set126-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-reply@example.net'}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def end(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def reg(a: Party, i: int) -> str:
    """The enterprise's registration code: province, district, tambon, a running number."""
    pv = {SSK: "33", UBN: "34", AMN: "37"}.get(a.p.province, "33")
    return f"4-{pv}-0{1 + i % 9}-{(i % 12) + 1:02d}/1-{12 + i * 7:04d}"


def desk(a: Party) -> int:
    return {SSK: 0, AMN: 1}.get(a.p.province, 2)


def office(a: Party) -> str:
    return (SSK_CITY, AMN_CITY, f"องค์การบริหารส่วนตำบล{a.p.tambon}")[desk(a)]


def own(a: Party, keys: str, *, mail: bool = True) -> dict[str, tuple[str, ...]]:
    """The applicant herself: her e-mail only where she sends from her own box."""
    e = exp(a, keys)
    if not mail or not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str, *, phone: bool = False) -> dict[str, tuple[str, ...]]:
    """The one the request is for, sent by another: e-mail `()`, phone `()` unless hers
    is written."""
    e = exp(a, keys)
    e["email"] = ()
    if not phone:
        e["phone"] = ()
    return e


def coop(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(COOPS[k], keys)
    e["full_name"] = (COOP_CHAIRS[k],)
    e["national_id"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_chair_registers_enterprise": "the chair who asks and signs; never the secretary or members listed",
    "plain_line_forward_otop_stall": "the producer who asks the stall; the bank account and product code never",
    "plain_member_for_elderly_chair": "the elderly chair; never the member who writes (phone, e-mail `()`)",
    "plain_buyer_complaint_product": "the buyer; never the seller (its code, name, phone, address)",
    "plain_food_safety_visit": "the producer herself; her staff never",
    "html_gmail_weaving_budget": "the weaving group's chair who signs; never the treasurer in the signature",
    "html_outlook_cooperative_letter": "the coop's chair who signs (no ID); the coop's office, line, box; the manager never",
    "html_webform_grant_notification": "the ผู้ยื่น (chair); never the ผู้ประสานงาน row",
    "html_gmail_daughter_mother_silk": "the mother; never the daughter who sends (her ID, phone, box)",
    "docx_enterprise_registration_form": "the ผู้ขอจดทะเบียน (chair); never the member table's rows",
    "docx_weaving_budget_letter": "the chair who signs; never the treasurer or the account",
    "docx_daughter_mother_silk_form": "the mother; never the ผู้กรอกแทน daughter",
    "docx_buyer_complaint_letter": "the buyer who signs; never the seller",
    "pdf_fillable_otop_booth": "the shop owner; never the helper's section",
    "pdf_fillable_food_safety": "the producer; never the staff count or อย. numbers",
    "pdf_typed_cooperative_letter": "the coop's chair who signs (no ID); the coop's office and line",
    "pdf_typed_member_for_chair": "the elderly chair; never the member who writes (her block top right)",
    "xlsx_enterprise_member_list": "the row marked ประธาน; never the secretary's or members' rows",
    "xlsx_weaving_budget_sheet": "the chair in the head block; never the treasurer's line",
    "xlsx_buyer_order_complaint": "the buyer's block; never the seller's row",
}


# --- plain ---------------------------------------------------------------------------------


def plain_chair_registers_enterprise(a: Party, i: int) -> Case:
    """A chair writes from her iPhone to register a วิสาหกิจชุมชน: the group's name, its
    members' count, the secretary's and two members' names and IDs, her own lines."""
    p = a.p
    sec, sec_id, sec_m = SECRETARY
    m1, m2 = MEMBERS[i % 4], MEMBERS[(i + 1) % 4]
    text = (
        f"เรียน เจ้าหน้าที่ {office(a)}\n\n"
        f'{me(a)} {a.name} ในฐานะประธานกลุ่ม ขอยื่นจดทะเบียนวิสาหกิจชุมชน "กลุ่มแปรรูปข้าวฮางบ้าน{p.tambon}" '
        f"สมาชิกทั้งหมด {18 + i} คน ทุนเรือนหุ้น {36000 + i * 1000:,} บาท\n\n"
        f"ประธาน {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ (ที่ทำการกลุ่ม) {home(a, i)}\nโทร {tel(a, i)}\n\n"
        f"เลขานุการ {sec} เลขบัตร {nid_w(sec_id, i + 1)} โทร {mobile(sec_m, i)}\n"
        f"กรรมการ {m1[0]} {nid_w(m1[1], i + 2)}\nกรรมการ {m2[0]} {nid_w(m2[1], i)}\n\n"
        f"แนบสำเนารายงานการประชุมครั้งที่ 1/2569 และรายชื่อสมาชิก {18 + i} คนมาด้วย{end(a)}\n\n"
        f"{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอจดทะเบียนวิสาหกิจชุมชน", box(a), desk(a), text=text)
    return Case("plain_chair_registers_enterprise", raw, own(a, ALL))


def plain_line_forward_otop_stall(a: Party, i: int) -> Case:
    """A LINE chat forwarded by mail: a producer asks a stall at the OTOP fair (booth
    number, product code, deposit and the account to refund it)."""
    p = a.p
    text = (
        f"[LINE] ประวัติการแชทกับ งานพัฒนาชุมชน\nบันทึกเมื่อ: 2026/12/0{1 + i % 5} 09:14\n\n"
        + f"2026/11/28(ศ.)\n09:02\t{p.first}\tสวัสดี{end(a)} ขอจองบูธงาน OTOP ของดีเมือง{p.province} ปลายเดือนธันวาคม{end(a)}\n"
        f"09:03\t{p.first}\tชื่อ {a.name}\n09:03\t{p.first}\tเลขบัตร {nid_w(p.nid, i)}\n"
        f"09:04\t{p.first}\tบ้านเลขที่ {home(a, i + 1)}\n"
        f"09:05\t{p.first}\tสินค้า ผ้าไหมมัดหมี่ รหัสผลิตภัณฑ์ OTOP {33 + i % 3}-0{i % 9 + 1}05-0{217 + i}\n"
        f"09:05\t{p.first}\tขอบูธหมายเลข B-{14 + i} ค่ะ โอนค่ามัดจำ 1,500 บาทแล้ว\n"
        f"09:06\t{p.first}\tถ้าคืนมัดจำ โอนเข้าบัญชี กรุงไทย {BANK[i % 3]}\n"
        f"09:07\t{p.first}\tเบอร์ {tel(a, i + 2)}\n"
        "09:10\tงานพัฒนาชุมชน\tรับทราบค่ะ รบกวนส่งทางอีเมลอีกครั้งนะคะ\n"
    )
    raw = message(i, "Fwd: [LINE] ขอจองบูธงาน OTOP", box(a), desk(a), text=text)
    return Case("plain_line_forward_otop_stall", raw, own(a, NO_BIRTH))


def plain_member_for_elderly_chair(a: Party, i: int) -> Case:
    """A member writes for the group's chair, 80 and without a phone of her own, to put
    her in the OTOP producers' register: the chair's ID, birth date and home; the
    member's own ID, phone and box."""
    p = a.p
    mem, mid, mm = MEMBERS[3 - i % 2]
    text = (
        f"เรียน ปลัด{office(a)}\n\n"
        f"ดิฉัน {mem} เลขประจำตัวประชาชน {nid_w(mid, i)} สมาชิกกลุ่มทอผ้าฝ้ายย้อมครามบ้าน{p.tambon} "
        f"ขอส่งเรื่องแทนประธานกลุ่ม คือ {a.name} ซึ่งอายุมากแล้ว ไม่มีโทรศัพท์และเดินทางไม่สะดวก "
        "ขอขึ้นทะเบียนผู้ผลิตผู้ประกอบการ OTOP ปี 2570 ในนามของท่าน\n\n"
        f"ประธานกลุ่ม: {a.name}\nเลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}\n"
        f"วันเกิด: {born_th(p.born, i + 2)}\nที่อยู่: {home(a, i)}\n"
        f"สมาชิก {23 + i} คน ผลิตได้เดือนละ {40 + i} ผืน\n\n"
        f"หากต้องการเอกสารเพิ่ม ติดต่อดิฉันได้ที่ {mobile(mm, i + 1)} ค่ะ\n{mem}\nสมาชิกกลุ่ม\n"
    )
    raw = message(
        i, "ขึ้นทะเบียน OTOP แทนประธานกลุ่ม", f"{mem[3:]} <member{i}@gmail.com>", desk(a), text=text
    )
    return Case("plain_member_for_elderly_chair", raw, for_other(a, ALL))


def plain_buyer_complaint_product(a: Party, i: int) -> Case:
    """A buyer complains that the fermented fish she bought was spoiled: the seller's
    name, registration code, phone and address, the lot and order numbers, the amount;
    her own lines at the end."""
    p = a.p
    s_name, s_reg, s_owner, s_phone, s_home = SELLER
    text = (
        "เรียน นายกองค์การบริหารส่วนตำบลโนนรัง\n\nเรื่อง ร้องเรียนสินค้าไม่ได้มาตรฐาน\n\n"
        f"{me(a)}สั่งซื้อปลาส้มจาก {s_name} (รหัสทะเบียน {s_reg}) ผู้ขายคือ {s_owner} โทร {mobile(s_phone, i)} "
        f"ที่อยู่ {s_home} เมื่อวันที่ {thai_day(date(2026, 11, 10 + i % 15))} จำนวน {6 + i} แพ็ค "
        f"เป็นเงิน {540 + i * 90:,} บาท เลขที่คำสั่งซื้อ 2611{10457 + i} ล็อตผลิต L{6911 + i}\n"
        "ได้รับของแล้วมีกลิ่นเหม็นเน่า ถุงบวม ไม่มีวันหมดอายุบนฉลาก ติดต่อผู้ขายแล้วไม่รับสาย\n"
        "ขอให้ตรวจสอบกลุ่มผู้ผลิตนี้ด้วย\n\n"
        f"ผู้ร้องเรียน {a.name}\nบัตรประชาชน {nid_w(p.nid, i + 2)}\nที่อยู่ {home(a, i + 1)}\n"
        f"มือถือ {tel(a, i + 3)}\n\n-- \nSent from Gmail Mobile\n"
    )
    raw = message(i, "ร้องเรียนสินค้าปลาส้มเน่า", box(a), 2, text=text)
    return Case("plain_buyer_complaint_product", raw, own(a, NO_BIRTH))


def plain_food_safety_visit(a: Party, i: int) -> Case:
    """A producer of chilli paste asks for an advice visit before applying for an อย.
    number: her lines, her staff count, the product codes, her helper's phone."""
    p = a.p
    h_name, _, h_m, _ = HELPER
    text = (
        f"เรียน กองสาธารณสุขและสิ่งแวดล้อม {office(a)}\n\n"
        f"{me(a)} {a.name} ผู้ผลิตน้ำพริกปลาร้าบอง (ผลิตที่บ้าน มีคนงาน {4 + i % 3} คน) "
        f"ขอให้เจ้าหน้าที่มาให้คำแนะนำสถานที่ผลิตก่อนยื่นขอเลข อย. (แบบ สบ.1) "
        f"สินค้า 3 รายการ รหัส NP-0{1 + i}, NP-0{2 + i}, NP-0{3 + i} ขายได้เดือนละประมาณ {12000 + i * 500:,} บาท\n\n"
        f"ชื่อ-สกุล : {a.name}\nเลขที่บัตรประจำตัวประชาชน : {nid_w(p.nid, i + 1)}\n"
        f"สถานที่ผลิต/ที่อยู่ :\n{home(a, i)}\nโทรศัพท์มือถือ : {tel(a, i)}\n\n"
        f"ถ้าโทรไม่ติด ฝากไว้กับ {h_name} (หลาน) {mobile(h_m, i)} ได้{end(a)}\n\nขอบคุณ{end(a)}\n{a.name}\n"
    )
    raw = message(i, "ขอเจ้าหน้าที่แนะนำสถานที่ผลิตอาหาร (ก่อนขอ อย.)", box(a), desk(a), text=text)
    return Case("plain_food_safety_visit", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def gmail(paras: list[str], sig: str) -> str:
    body = "".join(f"<div>{x or '<br>'}</div>" for x in paras)
    return (f'<div dir="ltr">{body}<br clear="all"><div><br></div>-- <br>'
            f'<div dir="ltr" class="gmail_signature">{sig}</div></div>\n')  # fmt: skip


def html_gmail_weaving_budget(a: Party, i: int) -> Case:
    """A weaving group's chair asks a budget from her Gmail: the items as a table with
    amounts, the group's account, the treasurer's name and mobile in the signature."""
    p = a.p
    t_name, _, t_m = TREASURER
    rows = "".join(f"<tr><td>{n}</td><td>{w}</td><td align=right>{amt:,}</td></tr>"
                   for n, (w, amt) in enumerate([("กี่ทอผ้า 4 หลัง", 48000), ("เส้นไหม 60 กิโลกรัม", 54000 + i * 1000),
                                                  ("สีย้อมธรรมชาติ", 7500)], 1))  # fmt: skip
    paras = [
        f"เรียน นาย{office(a)}",
        "",
        f"{me(a)} {a.name} ประธานกลุ่มทอผ้าไหมบ้าน{p.tambon} (รหัสทะเบียนวิสาหกิจชุมชน {reg(a, i)}) "
        f"ขอรับการสนับสนุนงบประมาณจากกองทุนพัฒนาอาชีพ สมาชิก {27 + i} คน ดังนี้",
        f"<table border=1 cellspacing=0><tr><th>ลำดับ</th><th>รายการ</th><th>จำนวนเงิน (บาท)</th></tr>{rows}</table>",
        f"รวมทั้งสิ้น {109500 + i * 1000:,} บาท โอนเข้าบัญชีกลุ่ม ธ.ก.ส. เลขที่ {BANK[(i + 1) % 3]}",
        "",
        f"ที่ทำการกลุ่ม บ้านประธาน {home(a, i)}",
        f"เลขประจำตัวประชาชนประธาน {nid_w(p.nid, i)}",
        "",
        f"ติดต่อ {me(a)} {tel(a, i + 1)}",
    ]
    sig = f"{a.name}<br>ประธานกลุ่มทอผ้าไหม<br>เหรัญญิก: {t_name} โทร {mobile(t_m, i)}"
    raw = message(i, "ขอรับการสนับสนุนงบประมาณกลุ่มทอผ้า", box(a), desk(a), html=gmail(paras, sig))
    return Case("html_gmail_weaving_budget", raw, own(a, NO_BIRTH))


def html_outlook_cooperative_letter(a: Party, i: int) -> Case:
    """A cooperative's Outlook from its office box asks a stall block for its members at
    the fair: signed by the ประธานกรรมการ; the manager's mobile as the contact; the
    coop's registration number and office line in the signature."""
    k = i % 2
    c = COOPS[k]
    mgr, mgr_m = COOP_MANAGERS[k]
    paras = [
        f"เรียน นายก{(AMN_CITY, SSK_CITY)[k]}",
        "",
        f"ด้วย{c.name} ทะเบียนเลขที่ อจ.{112 + i}/2541 มีสมาชิก {1240 + i * 13:,} ราย "
        "ขอความอนุเคราะห์พื้นที่จำหน่ายสินค้า 6 บูธ ในงานเทศกาลของดีประจำปี ระหว่างวันที่ 26-31 ธันวาคม 2569",
        f"ผู้ประสานงาน {mgr} ผู้จัดการสหกรณ์ โทร {mobile(mgr_m, i)}",
        "",
        "จึงเรียนมาเพื่อโปรดพิจารณา",
        "ขอแสดงความนับถือ",
        "",
        f"{COOP_CHAIRS[k]}",
        "ประธานกรรมการ",
    ]
    sig = (f'<p class="MsoNormal"><b>{c.name}</b><br>{home(c, i)}<br>โทร. {tel(c, i)} '
           f'| <a href="mailto:{c.p.email}">{c.p.email}</a></p>')  # fmt: skip
    raw = message(i, "ขอพื้นที่จำหน่ายสินค้า (สหกรณ์)", f"{c.name} <{c.p.email}>", (1, 0)[k],
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_cooperative_letter", raw, coop(k, NO_BIRTH))


def html_webform_grant_notification(a: Party, i: int) -> Case:
    """The city's e-service mails a notification of a grant request: label and value
    rows, the enterprise's code, its member count, the amount; a ผู้ประสานงาน row."""
    p = a.p
    sec, _, sec_m = SECRETARY
    rows = [("เลขที่คำร้อง", f"EG-2569-{3310 + i}"), ("ประเภทคำร้อง", "ขอรับเงินอุดหนุนวิสาหกิจชุมชน"),
            ("ชื่อวิสาหกิจชุมชน", f"กลุ่มจักสานบ้าน{p.tambon}"), ("รหัสทะเบียน", reg(a, i + 3)),
            ("จำนวนสมาชิก", f"{15 + i} คน"), ("ชื่อ-นามสกุล ผู้ยื่น", a.name), ("ตำแหน่ง", "ประธานกลุ่ม"),
            ("เลขประจำตัวประชาชน", p.nid), ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)),
            ("ที่อยู่", home(a, i + 1)), ("โทรศัพท์", tel(a, i + 1)), ("อีเมล", p.email or "-"),
            ("จำนวนเงินที่ขอ", f"{50000 + i * 2500:,} บาท"),
            ("ผู้ประสานงาน", f"{sec} (เลขานุการ) {mobile(sec_m, i + 2)}")]  # fmt: skip
    table = "".join(
        f'<tr><td style="background:#eef;width:35%">{k}</td><td>{v}</td></tr>' for k, v in rows
    )
    html = (f"<html><body><p>มีคำร้องใหม่จากระบบ e-Service {office(a)}</p>"
            f'<table cellpadding="4" style="border:1px solid #ccc">{table}</table>'
            "<p style='color:#888'>อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>")  # fmt: skip
    raw = message(
        i,
        f"[e-Service] คำร้องใหม่ EG-2569-{3310 + i}",
        "e-Service <noreply@eservice.example.go.th>",
        desk(a),
        html=html,
    )
    return Case("html_webform_grant_notification", raw, own(a, ALL))


def html_gmail_daughter_mother_silk(a: Party, i: int) -> Case:
    """A daughter in Bangkok sends her mother's application to the silk-weaving training
    from her Gmail: the mother's lines as a list (her own phone), the daughter's ID,
    phone and box."""
    p = a.p
    d_name, d_id, d_m, d_box, d_home = DAUGHTER
    items = [f"ชื่อ: {a.name}", f"เลขบัตรประชาชน: {nid_w(p.nid, i)}", f"วันเกิด: {born_th(p.born, i)}",
             f"ที่อยู่: {home(a, i + 2)}", f"เบอร์โทรแม่: {tel(a, i)}", f"ทอผ้ามาแล้ว {30 + i} ปี ลายลูกแก้ว ลายขิด"]  # fmt: skip
    paras = [
        "เรียน เจ้าหน้าที่ที่รับสมัครโครงการอบรมพัฒนาลายผ้าไหม",
        "",
        f"ดิฉัน {d_name} เลขประจำตัวประชาชน {nid_w(d_id, i + 1)} ขอส่งใบสมัครแทนคุณแม่ค่ะ คุณแม่ใช้อีเมลไม่เป็น",
        "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
        f"ดิฉันอยู่ {d_home} หากมีอะไรโทรหาดิฉันได้ {mobile(d_m, i)} ค่ะ",
    ]
    raw = message(i, "ใบสมัครอบรมทอผ้าไหม (ส่งแทนคุณแม่)", f"Siriporn S. <{d_box}>", desk(a),
                  html=gmail(paras, f"{d_name}<br>{mobile(d_m, i + 1)}"))  # fmt: skip
    return Case("html_gmail_daughter_mother_silk", raw, for_other(a, ALL, phone=True))


# --- Word ----------------------------------------------------------------------------------


def docx_enterprise_registration_form(a: Party, i: int) -> Case:
    """A Word คำขอจดทะเบียนวิสาหกิจชุมชน (สวช.01-like): the enterprise, the ผู้ยื่นคำขอ as
    a label table, then the committee table (names, IDs, phones)."""
    p = a.p
    committee = [(a.name, "ประธาน", nid_w(p.nid, i + 1), tel(a, i)), (SECRETARY[0], "เลขานุการ", SECRETARY[1], mobile(SECRETARY[2], i)),
                 (TREASURER[0], "เหรัญญิก", TREASURER[1], mobile(TREASURER[2], i)),
                 (MEMBERS[i % 4][0], "กรรมการ", MEMBERS[i % 4][1], mobile(MEMBERS[i % 4][2], i))]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำขอจดทะเบียนวิสาหกิจชุมชน")
        d.add_paragraph(f"เขียนที่ {office(a)}\nวันที่ {2 + i % 20} ธันวาคม 2569")
        t = d.add_table(rows=0, cols=2)
        for k, v in [("ชื่อวิสาหกิจชุมชน", f"วิสาหกิจชุมชนกลุ่มผลิตภัณฑ์สมุนไพรบ้าน{p.tambon}"),
                     ("จำนวนสมาชิก", f"{11 + i} คน"), ("ผู้ยื่นคำขอ (ชื่อ-สกุล)", a.name),
                     ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("เกิดวันที่", born_th(p.born, i + 1)),
                     ("ที่ตั้งวิสาหกิจชุมชน / ที่อยู่ผู้ยื่น", home(a, i)), ("โทรศัพท์", tel(a, i + 1))]:  # fmt: skip
            r = t.add_row().cells
            r[0].text, r[1].text = k, v
        d.add_paragraph("รายชื่อคณะกรรมการ")
        c = d.add_table(rows=1, cols=4)
        for cell, h in zip(
            c.rows[0].cells, ("ชื่อ-สกุล", "ตำแหน่ง", "เลขประจำตัวประชาชน", "โทรศัพท์"), strict=True
        ):
            cell.text = h
        for row in committee:
            for cell, v in zip(c.add_row().cells, row, strict=True):
                cell.text = v
        d.add_paragraph(f"ลงชื่อ........................ผู้ยื่นคำขอ\n({a.name})\nประธานวิสาหกิจชุมชน")

    raw = message(i, "ส่งคำขอจดทะเบียนวิสาหกิจชุมชน", box(a), desk(a),
                  text=f"เรียน เจ้าหน้าที่\nแนบคำขอจดทะเบียน (สวช.01) {end(a)}\n{a.name}\n",
                  files=(("สวช01_คำขอจดทะเบียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_enterprise_registration_form", raw, own(a, ALL))


def docx_weaving_budget_letter(a: Party, i: int) -> Case:
    """A weaving group's letter in Word (ที่ กทผ. .../2569), signed by the chair: the
    budget asked, the treasurer who will receive it and the group's account."""
    p = a.p
    t_name, t_id, t_m = TREASURER

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ กทผ. {7 + i}/2569\t\t\tกลุ่มทอผ้าฝ้ายบ้าน{p.tambon}\n\t\t\t\t{home(a, i + 1)}"
        )
        d.add_paragraph(f"\t\t\t\t{4 + i % 20} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอรับการสนับสนุนงบประมาณ\nเรียน นายก{office(a)}")
        d.add_paragraph(
            f"ด้วยกลุ่มทอผ้าฝ้ายบ้าน{p.tambon} รหัสทะเบียน {reg(a, i + 1)} มีสมาชิก {31 + i} คน "
            f"ประสงค์ขอรับการสนับสนุนงบประมาณ จำนวน {85000 + 500 * i:,} บาท เพื่อจัดซื้อฝ้ายเข็นมือและสร้างโรงย้อม "
            f"โดยให้โอนเข้าบัญชีกลุ่ม ธนาคารกรุงไทย เลขที่บัญชี {BANK[i % 3]} ผู้รับเงิน {t_name} (เหรัญญิก) "
            f"เลขประจำตัวประชาชน {nid_w(t_id, i)} โทร {mobile(t_m, i + 2)}"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\n({a.name})\nประธานกลุ่มทอผ้าฝ้าย\nเลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}\nโทร {tel(a, i + 2)}"
        )

    raw = message(i, "หนังสือขอสนับสนุนงบประมาณกลุ่มทอผ้า", box(a), desk(a),
                  text="เรียน นายก อบต.\nแนบหนังสือของกลุ่ม\n",
                  files=(("หนังสือขอสนับสนุน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_weaving_budget_letter", raw, own(a, NO_BIRTH))


def docx_daughter_mother_silk_form(a: Party, i: int) -> Case:
    """The training's ใบสมัคร in Word, filled by the daughter for her mother: the
    mother's lines (no phone of her own), then ผู้กรอกแทน with the daughter's ID and
    phone."""
    p = a.p
    d_name, d_id, d_m, d_box, _ = DAUGHTER

    def build(d: Any) -> None:
        d.add_paragraph("ใบสมัครเข้าร่วมโครงการส่งเสริมอาชีพทอผ้าไหม ปี 2570")
        d.add_paragraph(f"1. ชื่อ-นามสกุล {a.name}\n2. เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}")
        d.add_paragraph(f"3. วัน เดือน ปีเกิด {born_th(p.born, i)}\n4. ที่อยู่ปัจจุบัน\n{home(a, i + 2)}")
        d.add_paragraph(f"5. ประสบการณ์ทอผ้า {25 + i} ปี  จำนวนกี่ที่มี 2 หลัง")
        d.add_paragraph(
            f"ผู้กรอกแทน {d_name} (บุตรสาว) เลขประจำตัวประชาชน {nid_w(d_id, i)} โทรศัพท์ {mobile(d_m, i + 1)}"
        )

    raw = message(i, "ใบสมัครโครงการทอผ้าไหมของแม่", f"{d_name[6:]} <{d_box}>", desk(a),
                  text="เรียน เจ้าหน้าที่\nส่งใบสมัครของคุณแม่ค่ะ แม่ไม่มีโทรศัพท์ ติดต่อดิฉันแทนได้ค่ะ\n",
                  files=(("ใบสมัคร_แม่.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_daughter_mother_silk_form", raw, for_other(a, ALL))


def docx_buyer_complaint_letter(a: Party, i: int) -> Case:
    """A buyer's complaint letter in Word about a silk scarf sold as hand-woven: the
    shop's OTOP code, the seller's phone and address, the receipt number and amount; the
    buyer signs with her lines."""
    p = a.p
    text_seller = (
        "ร้านผ้าไหมแม่บุญมี (OTOP 33-0103-0442) นางบุญมี ศรีเมือง โทร 081-774-2290 ถนนขุขันธ์ ตำบลเมืองใต้"
    )

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\tเขียนที่ {home(a, i)}\n\t\t\t\tวันที่ {9 + i % 15} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ร้องเรียนผู้จำหน่ายสินค้า OTOP\nเรียน นายกเทศมนตรีเมืองศรีสะเกษ")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ได้ซื้อผ้าพันคอไหมจาก {text_seller} "
            f"ใบเสร็จเลขที่ {4471 + i} ราคา {2 + i % 3},{450 + i * 10} บาท ผู้ขายแจ้งว่าเป็นไหมทอมือ 100% "
            "แต่เมื่อนำไปตรวจพบว่าเป็นเส้นใยสังเคราะห์ ขอให้ตรวจสอบและเรียกคืนเงิน"
        )
        d.add_paragraph(f"ติดต่อข้าพเจ้า โทร {tel(a, i + 1)}")
        d.add_paragraph(f"ลงชื่อ ........................ ผู้ร้องเรียน\n({a.name})")

    raw = message(i, "หนังสือร้องเรียนผ้าไหมไม่แท้", box(a), 0,
                  text="เรียน เทศบาลเมืองศรีสะเกษ\nแนบหนังสือร้องเรียน\n",
                  files=(("ร้องเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_buyer_complaint_letter", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_otop_booth(a: Party, i: int) -> Case:
    """The fair's fillable ใบจองพื้นที่จำหน่ายสินค้า OTOP (fields named in English): the
    owner's lines, the product code, booth, fee; a helper's section."""
    p = a.p
    h_name, h_id, h_m, _ = HELPER
    labels = [(45, 18, "ใบจองพื้นที่จำหน่ายสินค้า OTOP งานของดีเมืองอุบลฯ 2569"), (20, 40, "ชื่อเจ้าของร้าน"),
              (20, 50, "เลขบัตรประชาชน"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"),
              (20, 80, "รหัสสินค้า OTOP"), (110, 80, "บูธที่"), (20, 90, "ค่าบูธ (บาท)"),
              (20, 104, "ผู้ช่วยขาย"), (20, 114, "เลขบัตรผู้ช่วย"), (120, 114, "โทรผู้ช่วย")]  # fmt: skip
    fields = [Field("owner_name", a.name, 50, 40, 100), Field("owner_id", p.nid, 50, 50, 55, comb=13),
              Field("owner_address", home(a, i), 35, 60, 160), Field("owner_phone", tel(a, i), 45, 70, 55),
              Field("owner_email", p.email, 125, 70, 70), Field("otop_code", f"34-0{1 + i % 9}13-0{305 + i}", 55, 80, 50),
              Field("booth_no", f"C{21 + i}", 125, 80, 25), Field("fee", f"{2000 + 500 * (i % 3):,}", 50, 90, 40),
              Field("helper_name", h_name, 45, 104, 90), Field("helper_id", h_id, 50, 114, 55, comb=13),
              Field("helper_phone", mobile(h_m, i), 140, 114, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "ใบจองบูธ OTOP", box(a), 2, text=f"ส่งใบจองบูธ{end(a)}\n",
                  files=(("booth_booking.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_otop_booth", raw, own(a, NO_BIRTH))


def pdf_fillable_food_safety(a: Party, i: int) -> Case:
    """The city's fillable คำขอรับคำปรึกษาด้านอาหารปลอดภัย (Thai field names): the
    producer's lines, the product, staff count, an existing อย. number of another
    product."""
    p = a.p
    labels = [(40, 18, f"คำขอรับคำปรึกษาการผลิตอาหาร {office(a)}"), (20, 40, "ชื่อผู้ประกอบการ"),
              (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่ตั้งสถานที่ผลิต"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 80, "ผลิตภัณฑ์"), (20, 90, "จำนวนคนงาน"),
              (110, 90, "เลข อย. ที่มีอยู่")]  # fmt: skip
    fields = [Field("ชื่อผู้ประกอบการ", a.name, 55, 40, 100), Field("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1), 60, 50, 55),
              Field("วันเกิด", born_th(p.born, i + 2), 135, 50, 45), Field("ที่ตั้งสถานที่ผลิต", home(a, i + 1), 55, 60, 140),
              Field("โทรศัพท์", tel(a, i + 2), 45, 70, 55), Field("อีเมล", p.email, 125, 70, 70),
              Field("ผลิตภัณฑ์", "ข้าวเกรียบฟักทอง / กล้วยฉาบ", 45, 80, 120), Field("จำนวนคนงาน", f"{6 + i}", 50, 90, 20),
              Field("เลขอย", f"34-2-0{3318 + i}-2-0001", 145, 90, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "คำขอรับคำปรึกษาการผลิตอาหาร", box(a), desk(a), text=f"แนบแบบคำขอ{end(a)}\n",
                  files=(("คำขอรับคำปรึกษา.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_food_safety", raw, own(a, ALL))


def pdf_typed_cooperative_letter(a: Party, i: int) -> Case:
    """A cooperative's typed letter as a PDF: its head block (office, line) top left, a
    grant asked for a rice mill, the manager as contact, signed by the ประธานกรรมการ."""
    k = (i + 1) % 2
    c = COOPS[k]
    mgr, mgr_m = COOP_MANAGERS[k]
    paras: list[tuple[float, str]] = [(20, c.name), (20, home(c, i)), (20, f"โทร {tel(c, i + 1)}  อีเมล {c.p.email}"), (0, ""),
             (120, f"{5 + i % 20} ธันวาคม 2569"), (20, "เรื่อง ขอรับการสนับสนุนเครื่องสีข้าวชุมชน"),
             (20, f"เรียน นายก{(AMN_CITY, SSK_CITY)[k]}"), (0, ""),
             (30, f"ด้วย{c.name} มีสมาชิก {860 + i * 7} ราย ผลผลิตข้าวปีละ {1200 + i * 15:,} ตัน ขอรับการสนับสนุนเครื่องสีข้าว "
                  f"ขนาด 1 ตัน/ชั่วโมง วงเงิน {450000 + i * 10000:,} บาท ตามโครงการส่งเสริมสินค้าชุมชน"),
             (30, f"หากมีข้อสงสัย ติดต่อ {mgr} ผู้จัดการ โทร {mobile(mgr_m, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({COOP_CHAIRS[k]})"), (108, "ประธานกรรมการ")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "หนังสือสหกรณ์ขอรับการสนับสนุน", f"{c.name} <{c.p.email}>", (1, 0)[k],
                  text="เรียน สำนักปลัด\nแนบหนังสือสหกรณ์\n", files=(("coop_letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_cooperative_letter", raw, coop(k, NO_BIRTH))


def pdf_typed_member_for_chair(a: Party, i: int) -> Case:
    """A member's typed letter to the อบต. for the group's elderly chair (a stall at the
    tambon fair in her name): the member's own block top right, the chair's ID, birth
    date and home in the body; the member's phone as the contact."""
    p = a.p
    mem, mid, mm = MEMBERS[(i + 2) % 4]
    m_home = "12 หมู่ที่ 6 ตำบลกุดลาด อำเภอเมืองอุบลราชธานี จังหวัดอุบลราชธานี 34000"
    paras: list[tuple[float, str]] = [(115, m_home[: m_home.rfind(" จังหวัด")]), (115, m_home[m_home.rfind("จังหวัด"):]), (0, ""),
             (115, f"{7 + i % 20} ธันวาคม 2569"), (20, "เรื่อง ขอพื้นที่จำหน่ายสินค้าให้ประธานกลุ่ม"),
             (20, f"เรียน นายก{office(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {mem} เลขประจำตัวประชาชน {nid_w(mid, i)} สมาชิกกลุ่มจักสานกระติบข้าว ขอยื่นแทน {a.name} "
                  f"ประธานกลุ่ม เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} "
                  f"อยู่บ้านเลขที่ {home(a, i + 1)} ซึ่งอายุ {2569 - p.born.year - 543} ปี ขอพื้นที่จำหน่ายกระติบข้าวในงานประจำปีของตำบล 1 ล็อก "
                  f"(ล็อกที่ {9 + i}) ในนามของท่าน"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(mm, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({mem})"), (108, "สมาชิกกลุ่ม ผู้ยื่นแทน")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอพื้นที่จำหน่ายสินค้าแทนประธานกลุ่ม", f"{mem[3:]} <member.k{i}@gmail.com>", 2,
                  text="เรียน อบต.\nแนบหนังสือค่ะ\n", files=(("หนังสือขอพื้นที่.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_member_for_chair", raw, for_other(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_enterprise_member_list(a: Party, i: int) -> Case:
    """The enterprise's member list as a sheet: its head (name, code, member count), then
    a row each with ตำแหน่ง: the secretary first, the chair second, members below."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทะเบียนสมาชิก"
        ws.append(("ทะเบียนสมาชิกวิสาหกิจชุมชน", f"กลุ่มเลี้ยงจิ้งหรีดบ้าน{p.tambon}"))
        ws.append(("รหัสทะเบียน", reg(a, i + 5), "จำนวนสมาชิก", f"{9 + i}"))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์"))
        ws.append((1, SECRETARY[0], "เลขานุการ", SECRETARY[1], "", "", mobile(SECRETARY[2], i)))
        ws.append(
            (2, a.name, "ประธาน", nid_w(p.nid, i), born_th(p.born, i + 1), home(a, i), tel(a, i))
        )
        for n, (nm, nid, mb) in enumerate(MEMBERS[:3], 3):
            ws.append((n, nm, "สมาชิก", nid, "", "", mobile(mb, n)))

    raw = message(i, "ทะเบียนสมาชิกวิสาหกิจชุมชน", box(a), desk(a),
                  text=f"เรียน เจ้าหน้าที่\nส่งทะเบียนสมาชิกกลุ่ม{end(a)} {a.name} ประธาน\n",
                  files=(("members.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_enterprise_member_list", raw, own(a, ALL))


def xlsx_weaving_budget_sheet(a: Party, i: int) -> Case:
    """A weaving group's budget sheet: head block with the chair's name, ID, phone, the
    treasurer's line, the account; the items, counts, unit prices, totals."""
    p = a.p
    t_name, _, t_m = TREASURER

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ประมาณการ"
        ws.append(("แผนการใช้งบประมาณ กลุ่มทอผ้าขิดบ้าน" + p.tambon, "", "", ""))
        ws.append(("ประธานกลุ่ม", a.name, "เลขบัตร", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่กลุ่ม", home(a, i + 1)))
        ws.append(("โทร", tel(a, i)))
        ws.append(("เหรัญญิก", t_name, "โทร", mobile(t_m, i + 1)))
        ws.append(("บัญชี ธ.ก.ส.", BANK[(i + 2) % 3], "จำนวนสมาชิก", 20 + i))
        ws.append(())
        ws.append(("รายการ", "จำนวน", "ราคาต่อหน่วย", "รวม"))
        for what, n, unit in [
            ("ฟืมทอผ้า", 10, 1800),
            ("เส้นฝ้าย (กก.)", 80 + i, 350),
            ("ค่าวิทยากร (วัน)", 3, 2400),
        ]:
            ws.append((what, n, unit, n * unit))

    raw = message(i, "แผนงบประมาณกลุ่มทอผ้า", box(a), desk(a), text=f"แนบไฟล์แผนงบประมาณ{end(a)}\n",
                  files=(("budget.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_weaving_budget_sheet", raw, own(a, NO_BIRTH))


def xlsx_buyer_order_complaint(a: Party, i: int) -> Case:
    """A buyer's sheet of her orders from a community enterprise that never came: her own
    block on top, the seller's row (code, owner, phone, address), the orders and amounts
    paid."""
    p = a.p
    s_name, s_reg, s_owner, s_phone, s_home = SELLER

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายการสั่งซื้อ"
        ws.append(("ผู้ร้องเรียน", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i + 2)))
        ws.append(("ที่อยู่", home(a, i + 2)))
        ws.append(("มือถือ", tel(a, i + 1), "อีเมล", p.email))
        ws.append(())
        ws.append(("ผู้ขาย", s_name, s_reg, s_owner, mobile(s_phone, i + 1), s_home))
        ws.append(())
        ws.append(("วันที่สั่ง", "เลขที่คำสั่งซื้อ", "สินค้า", "จำนวน", "ยอดโอน (บาท)", "สถานะ"))
        for n in range(3):
            ws.append(
                (
                    f"{10 + n}/11/2569",
                    f"PO{26110 + i * 3 + n}",
                    "ปลาส้ม 500 กรัม",
                    4 + n,
                    (4 + n) * 85,
                    "ยังไม่ได้รับของ",
                )
            )

    raw = message(i, "ร้องเรียนสั่งสินค้าแล้วไม่ได้รับ", box(a), 2,
                  text=f"เรียน อบต.โนนรัง\nแนบรายการที่สั่งและโอนเงินแล้วแต่ไม่ได้รับสินค้า{end(a)}\n",
                  files=(("orders.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_buyer_order_complaint", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_chair_registers_enterprise, (0, 6)),
    (plain_line_forward_otop_stall, (3, 5)),
    (plain_member_for_elderly_chair, (1, 7)),
    (plain_buyer_complaint_product, (9, 2)),
    (plain_food_safety_visit, (6, 8)),
    (html_gmail_weaving_budget, (2, 0)),
    (html_outlook_cooperative_letter, (0, 0)),
    (html_webform_grant_notification, (5, 3)),
    (html_gmail_daughter_mother_silk, (7, 4)),
    (docx_enterprise_registration_form, (8, 2)),
    (docx_weaving_budget_letter, (4, 6)),
    (docx_daughter_mother_silk_form, (1, 7)),
    (docx_buyer_complaint_letter, (3, 9)),
    (pdf_fillable_otop_booth, (5, 8)),
    (pdf_fillable_food_safety, (0, 3)),
    (pdf_typed_cooperative_letter, (0, 0)),
    (pdf_typed_member_for_chair, (4, 1)),
    (xlsx_enterprise_member_list, (6, 8)),
    (xlsx_weaving_budget_sheet, (7, 5)),
    (xlsx_buyer_order_complaint, (2, 9)),
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
