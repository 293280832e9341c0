"""A forty-sixth set of requests written by someone who had not read the readers (issue 8):
WELFARE, MONEY AND SERVICE REQUESTS FULL OF OTHER NUMBERS. Elderly and disability
allowance applications (เบี้ยยังชีพผู้สูงอายุ/ผู้พิการ) and changes of the bank account
they are paid into, with bank account numbers (10 digits, often starting 0, written
086-2-71543-9 or 0862715439, which look like a mobile), PromptPay given as the phone or
as the national ID, the disability card's own number, a caregiver's name, ID and mobile
beside the applicant's; water and electricity complaints with meter numbers and customer
numbers (CA / เลขที่ผู้ใช้น้ำ); a vehicle plate, a student ID, a shop's tax ID, a title
deed (โฉนดเลขที่), a house code (รหัสประจำบ้าน, 11 digits), a previous receipt or case
number, a queue number, amounts in baht with commas, a date of payment. Plain mail
bodies mostly, some HTML, Word and PDF.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the
`Case` type, the tests and builders of sets 40 and 41, the helpers they import, and the
earlier sets' first docstrings).

Conventions (written down before any run): what a Thai clerk keeps.
- full_name, national_id, birth_date, phone, email, address (+ province, postal_code):
  the APPLICANT's own (the elder or disabled person the allowance is for, the household
  whose water or power it is, the student asking for the scholarship). The caregiver's,
  the proxy's, a son's who writes for his mother are never hers.
- A bank account number, a PromptPay number, a meter number, a CA or water customer
  number, a plate, a student ID, a receipt, case or queue number, a title deed's
  number and a house code are never a phone or an ID. A shop's 13-digit tax ID is never
  the applicant's ID. A PromptPay that IS her mobile leaves her mobile her phone; a
  PromptPay tied to her ID card leaves her ID her ID.
- phone: her own mobile as +66... or 0...; expected only when she gives one.
- birth_date ISO; a date of payment, of a bill or of a meter reading is never it.
- address: her home as set 5's `addresses` accepts it.
Everyone and every number is invented (13-digit IDs made with with_check_digit); ตำบล,
อำเภอ, provinces and postal codes are real and belong together; banks are named as
people name them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit
from unseen_requests_5 import DOCX, Person, addresses, docx_bytes, pdf_page
from unseen_requests_11 import PDF

# ruff: noqa: E501 -- messages as people type them: long lines

AGENCY = "saraban@example.go.th"


@dataclass(frozen=True)
class Applicant:
    """The applicant (`p`), the account her allowance goes to, her meter and her carer."""

    p: Person
    bank: str
    account: str  # 10 digits
    carer: str  # the caregiver's titled name
    carer_nid: str
    carer_mobile: str
    relation: str
    meter: str
    customer: str  # water customer number / electricity CA
    house_code: str  # 11 digits


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


def A(p: Person, bank: str, account: str, carer: str, carer12: str, carer_mobile: str,
      relation: str, meter: str, customer: str, house_code: str) -> Applicant:  # fmt: skip
    return Applicant(p, bank, account, carer, with_check_digit(carer12), carer_mobile, relation,
                     meter, customer, house_code)  # fmt: skip


PEOPLE: tuple[Applicant, ...] = (
    A(P("นาง", "บุญเรือน", "ทองคำ", "340110023318", date(1958, 2, 11), "0815527314", "",
        "88", "4", "", "", "หนองขอน", "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
      "กรุงไทย", "0862715439", "นายสมชาย ทองคำ", "140990061122", "0896624410", "บุตรชาย",
      "1501-772341", "31002245", "34010456782"),
    A(P("นาย", "เฉลิม", "พันธ์ดี", "310050014462", date(1952, 9, 3), "0867710293", "chalerm.pd@gmail.com",
        "12/5", "", "ประชาอุทิศ 33", "ประชาอุทิศ", "ราษฎร์บูรณะ", "ราษฎร์บูรณะ", "กรุงเทพมหานคร", "10140"),
      "กสิกรไทย", "0981234506", "นางสาวจันทร์เพ็ญ พันธ์ดี", "110140072231", "0923317745", "บุตรสาว",
      "2207-118845", "020011734529", "10430221157"),
    A(P("นาง", "สมจิตร", "แสนสุข", "351990008815", date(1949, 12, 24), "0899031267", "",
        "145", "9", "", "", "สันผีเสื้อ", "เมืองเชียงใหม่", "เชียงใหม่", "50300"),
      "ออมสิน", "020197735521", "นางสาวพิมพ์ใจ แสนสุข", "150990083317", "0631182254", "หลานสาว",
      "8801-245117", "50117823", "50990113452"),
    A(P("นาย", "ประยูร", "ศรีสมบัติ", "330020017743", date(1961, 4, 17), "0637785120", "prayoon1961@hotmail.com",
        "56", "2", "", "", "โพธิ์", "เมืองศรีสะเกษ", "ศรีสะเกษ", "33000"),
      "ธ.ก.ส.", "0201559874", "นางอำไพ ศรีสมบัติ", "330020017755", "0617724031", "ภรรยา",
      "1102-889013", "020044156632", "33010224518"),
    A(P("นาง", "ละออ", "บุญประเสริฐ", "370050031150", date(1955, 7, 30), "0854412096", "",
        "23/1", "6", "", "", "คอหงส์", "หาดใหญ่", "สงขลา", "90110"),
      "กรุงเทพ", "0894417732", "นายวีระ บุญประเสริฐ", "190990045516", "0829913347", "บุตรชาย",
      "2203-447190", "90223318", "90990345127"),
    A(P("นางสาว", "อารีรัตน์", "ใจงาม", "311990041287", date(1962, 10, 5), "0958824316", "areerat.jg@gmail.com",
        "99/14", "", "", "ติวานนท์", "ท่าทราย", "เมืองนนทบุรี", "นนทบุรี", "11000"),
      "ไทยพาณิชย์", "0651124487", "นางสาวสมพร ใจงาม", "312990052218", "0816673302", "น้องสาว",
      "0411-552210", "020087221453", "12990076543"),
    A(P("นาย", "ทองใบ", "ชาวนา", "345010012239", date(1950, 1, 1), "", "",
        "7", "11", "", "", "ในเมือง", "เมืองร้อยเอ็ด", "ร้อยเอ็ด", "45000"),
      "ธ.ก.ส.", "0209987123", "นายสุริยา ชาวนา", "145990032217", "0876651203", "บุตรชาย",
      "1405-223847", "45667213", "45010998712"),
    A(P("นาง", "ประนอม", "รักษาวงศ์", "301020045571", date(1957, 5, 19), "0819964472", "pranom.rw@yahoo.com",
        "301", "", "", "มิตรภาพ", "ในเมือง", "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
      "กรุงศรี", "0817745230", "นางสาวกัลยา รักษาวงศ์", "130990021184", "0641129987", "บุตรสาว",
      "3302-665102", "020066128870", "30990221456"),
)  # fmt: skip

Style = Callable[[Applicant, int], Case]


# --- what a clerk keeps ----------------------------------------------------------------------


def exp(a: Applicant, keys: str = "") -> dict[str, tuple[str, ...]]:
    """Her values for `keys` (all she gives, by default): no phone or e-mail when she
    has none (the carer's are not hers)."""
    p = a.p
    table = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": addresses(p),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    names = keys.split() or list(table)
    return {k: table[k] for k in names if not (k == "phone" and not p.mobile)
            and not (k == "email" and not p.email)}  # fmt: skip


# --- how people write the values ------------------------------------------------------------


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def born_th(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day:02d}/{d.month:02d}/{be}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {be}")[k % 3]  # fmt: skip


def mobile(m: str, k: int) -> str:
    return (m, f"{m[:3]}-{m[3:6]}-{m[6:]}", f"{m[:3]}-{m[3:]}")[k % 3]


def account(n: str, k: int) -> str:
    """As a passbook prints it (xxx-x-xxxxx-x) or typed straight."""
    if len(n) != 10:
        return (n, f"{n[:4]}-{n[4:8]}-{n[8:]}")[k % 2]
    return (f"{n[:3]}-{n[3]}-{n[4:9]}-{n[9]}", n)[k % 2]


def home(p: Person, k: int) -> str:
    prov = p.province_written if (k % 2 or p.bangkok) else f"จ.{p.province}"
    return f"{p.line(short=k % 2 == 0)} {prov} {p.postal}"


def contact(p: Person, k: int) -> list[str]:
    out = [f"โทร: {mobile(p.mobile, k)}"] if p.mobile else []
    return out + ([f"อีเมล: {p.email}"] if p.email else [])


def message(a: Applicant, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    p = a.p
    msg = EmailMessage()
    # No e-mail of her own: her carer's mailbox sends it.
    msg["From"] = from_ or (f"{p.first} {p.last} <{p.email}>" if p.email
                            else f"{untitled(a.carer)} <carer{n}@gmail.com>")  # fmt: skip
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 8, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set46-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def untitled(name: str) -> str:
    for title in ("นางสาว", "นาง", "นาย"):
        if name.startswith(title):
            return name[len(title) :]
    return name


def me(p: Person) -> str:
    return "ผม" if p.title == "นาย" else "ดิฉัน"


def ending(p: Person) -> str:
    return "ครับ" if p.title == "นาย" else "ค่ะ"


def html_doc(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma">{body}</body></html>\n'


def ident(a: Applicant, k: int) -> list[str]:
    p = a.p
    return [
        f"ชื่อ-นามสกุล: {p.name}",
        f"เลขประจำตัวประชาชน: {(p.nid, dashed(p.nid))[k % 2]}",
        f"วันเดือนปีเกิด: {born_th(p.born, k)}",
        f"ที่อยู่: {home(p, k)}",
    ]


# --- plain text: allowances and accounts -------------------------------------------------------


def plain_elderly_allowance_bank(a: Applicant, i: int) -> Case:
    """An allowance application: her details, then the account the money goes to, written
    as the passbook prints it."""
    text = (
        "เรียน นายกองค์การบริหารส่วนตำบล\n\nขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2570 ค่ะ\n\n"
        + "\n".join(ident(a, i) + contact(a.p, i))
        + f"\n\nประสงค์รับเงินโดยโอนเข้าบัญชีธนาคาร{a.bank}\nชื่อบัญชี {a.p.name}\nเลขที่บัญชี {account(a.account, i)}\n\nขอบคุณค่ะ\n"
    )
    return Case(
        "plain_elderly_allowance_bank", message(a, i, "ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", text=text), exp(a)
    )


def plain_account_before_phone(a: Applicant, i: int) -> Case:
    """The account typed straight (10 digits from 0, like a mobile) on the line before her
    own mobile, both under one heading."""
    p = a.p
    lines = [f"ชื่อ {p.name}", f"บัตรประชาชน {p.nid}", f"เกิด {born_th(p.born, i + 1)}",
             f"บ้านเลขที่ {home(p, i + 1)}", f"บัญชี{a.bank} {a.account}"]  # fmt: skip
    lines += [f"เบอร์ {p.mobile}"] if p.mobile else []
    lines += [f"เมล {p.email}"] if p.email else []
    text = "สวัสดีค่ะ ขอยื่นรับเบี้ยยังชีพผู้สูงอายุ ข้อมูลตามนี้ค่ะ\n\n" + "\n".join(lines) + "\n\nรบกวนด้วยนะคะ\n"
    return Case("plain_account_before_phone", message(a, i, "ขอรับเบี้ยผู้สูงอายุ", text=text), exp(a))


def plain_promptpay_id(a: Applicant, i: int) -> Case:
    """PromptPay tied to her ID card: the ID written twice, once as the PromptPay."""
    p = a.p
    text = (
        "เรียน เจ้าหน้าที่กองสวัสดิการสังคม\n\nขอเปลี่ยนช่องทางรับเงินเบี้ยยังชีพเป็นพร้อมเพย์ค่ะ\n\n"
        + "\n".join(ident(a, i) + contact(p, i))
        + f"\nพร้อมเพย์ผูกกับเลขบัตร {dashed(p.nid) if i % 2 == 0 else p.nid}\n"
        "เดิมรับเป็นเงินสดที่ อบต. ทุกวันที่ 10 ของเดือน\n"
    )
    return Case(
        "plain_promptpay_id", message(a, i, "ขอเปลี่ยนรับเงินเบี้ยยังชีพทางพร้อมเพย์", text=text), exp(a)
    )


def plain_promptpay_phone(a: Applicant, i: int) -> Case:
    """PromptPay tied to her own mobile: the mobile given only as the PromptPay number."""
    p = a.p
    pp = p.mobile or a.carer_mobile
    text = (
        f"{me(p)}{p.name} เลขบัตรประชาชน {dashed(p.nid)} เกิด {born_th(p.born, i)} "
        f"บ้านเลขที่ {home(p, i)} ขอรับเบี้ยยังชีพผู้สูงอายุผ่านพร้อมเพย์เบอร์โทร {mobile(pp, i)} "
        + (
            f"(เบอร์ของ{me(p)}เอง ติดต่อเบอร์นี้ได้เลย{ending(p)})\n"
            if p.mobile
            else f"(เป็นเบอร์ของ{a.relation} {a.carer} เพราะ{me(p)}ไม่มีโทรศัพท์)\n"
        )
        + (f"อีเมล {p.email}\n" if p.email else "")
    )
    e = exp(a)
    if not p.mobile:  # then it is the carer's; she has none: no phone expected
        e.pop("phone", None)
    return Case("plain_promptpay_phone", message(a, i, "เบี้ยยังชีพ พร้อมเพย์", text=text), e)


def plain_disability_card(a: Applicant, i: int) -> Case:
    """A disability allowance: the disability card's own number and its expiry, the kind
    of disability, then the carer's section with his ID and mobile."""
    p = a.p
    card = f"{p.nid[:4]}-{(i * 7919 + 123456) % 10**7:07d}"
    text = (
        "เรียน นายกเทศมนตรี\n\nขอลงทะเบียนรับเงินเบี้ยความพิการ\n\n"
        + "\n".join(ident(a, i) + contact(p, i))
        + f"\nเลขที่บัตรประจำตัวคนพิการ {card} หมดอายุ 14/03/2574\nประเภทความพิการ ทางการเคลื่อนไหวหรือทางร่างกาย\n\n"
        f"ผู้ดูแลคนพิการ\nชื่อ {a.carer} ({a.relation})\nเลขประจำตัวประชาชน {dashed(a.carer_nid)}\nโทร {mobile(a.carer_mobile, i + 1)}\n"
    )
    return Case("plain_disability_card", message(a, i, "ขอรับเบี้ยความพิการ", text=text), exp(a))


def plain_carer_writes(a: Applicant, i: int) -> Case:
    """Her son or daughter writes from his own mail, gives his own name, ID and mobile
    first, then hers as the applicant."""
    p = a.p
    text = (
        f"เรียน เจ้าหน้าที่\n\n{'ผม' if a.carer.startswith('นาย') else 'ดิฉัน'} {a.carer} เลขบัตร {a.carer_nid} โทร {mobile(a.carer_mobile, i)} "
        f"เป็น{a.relation}ของผู้สูงอายุ ขอยื่นเรื่องแทนเนื่องจากท่านเดินทางไม่สะดวก\n\n"
        "ข้อมูลผู้ขอรับเบี้ยยังชีพ\n"
        + "\n".join(ident(a, i + 1) + contact(p, i + 1))
        + f"\nบัญชีธนาคาร{a.bank} เลขที่ {account(a.account, i)} ชื่อบัญชี {p.name}\n"
    )
    return Case("plain_carer_writes", message(a, i, "ยื่นเบี้ยยังชีพแทนผู้สูงอายุ", text=text,
                from_=f"{untitled(a.carer)} <carer{i}@gmail.com>"), exp(a))  # fmt: skip


def plain_account_change(a: Applicant, i: int) -> Case:
    """A change of account: the old and the new account, the bank's branch, her details."""
    p = a.p
    old = f"{a.account[:3]}{(int(a.account[3:]) + 40417) % 10**7:07d}"
    text = (
        "เรื่อง ขอเปลี่ยนแปลงบัญชีรับเงินเบี้ยยังชีพผู้สูงอายุ\n\n"
        + "\n".join(ident(a, i) + contact(p, i))
        + f"\nบัญชีเดิม {account(old, i)} (ปิดบัญชีแล้ว)\nบัญชีใหม่ ธนาคาร{a.bank} สาขา{p.amphoe} เลขที่ {account(a.account, i + 1)}\n"
        "แนบสำเนาหน้าสมุดบัญชีมาด้วยค่ะ\n"
    )
    return Case("plain_account_change", message(a, i, "เปลี่ยนบัญชีรับเงิน", text=text), exp(a))


def plain_prose_money(a: Applicant, i: int) -> Case:
    """All in one paragraph of prose: the allowance not paid, its amount with a comma, the
    month, the account, her ID, birth date, home and mobile."""
    p = a.p
    tel = f" ติดต่อ {mobile(p.mobile, i)}" if p.mobile else ""
    text = (
        f"{me(p)}{p.name} อายุ {2569 - (p.born.year + 543)} ปี เลขประจำตัวประชาชน {p.nid} เกิดวันที่ {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {home(p, i)} ยังไม่ได้รับเงินเบี้ยยังชีพเดือนพฤศจิกายน 2569 จำนวน 1,000 บาท "
        f"ซึ่งปกติโอนเข้าบัญชี{a.bank} {account(a.account, i)} ทุกวันที่ 10 ตรวจสอบแล้วยอดคงเหลือ 2,315.75 บาท "
        f"ไม่มีรายการเข้า รบกวนตรวจสอบให้ด้วย{ending(p)}{tel}"
        + (f" หรืออีเมล {p.email}" if p.email else "")
        + "\n"
    )
    return Case("plain_prose_money", message(a, i, "ยังไม่ได้รับเงินเบี้ยยังชีพ", text=text), exp(a))


# --- plain text: bills, meters, plates and registers ---------------------------------------------


def plain_water_meter(a: Applicant, i: int) -> Case:
    """A water bill far too high: customer number, meter number, readings, amount, the
    date it was paid and the receipt's number."""
    p = a.p
    text = (
        "เรียน การประปา\n\nค่าน้ำเดือนพฤศจิกายนสูงผิดปกติ ขอให้ตรวจสอบมาตรวัดน้ำ\n\n"
        f"เลขที่ผู้ใช้น้ำ {a.customer}\nเลขมาตร {a.meter}\nเลขอ่านครั้งก่อน 01245 ครั้งนี้ 01398 (153 ลบ.ม.)\n"
        "ยอดเงิน 2,448.30 บาท ชำระแล้ววันที่ 25/11/2569 ใบเสร็จเลขที่ 6911-0045821\n\n"
        "ผู้แจ้ง\n" + "\n".join(ident(a, i) + contact(p, i)) + "\n"
    )
    return Case("plain_water_meter", message(a, i, "ค่าน้ำแพงผิดปกติ", text=text), exp(a))


def plain_electric_ca(a: Applicant, i: int) -> Case:
    """A power cut and a wrong bill: the CA number (12 digits), the meter's number, the
    amount and the bill's date; her details after."""
    p = a.p
    text = (
        "แจ้งไฟฟ้าตกบ่อยและขอตรวจสอบค่าไฟ\n"
        f"หมายเลขผู้ใช้ไฟฟ้า (CA) {a.customer if len(a.customer) == 12 else '0200' + a.customer}\n"
        f"รหัสเครื่องวัด {a.meter}\nค่าไฟฟ้า 3,912.56 บาท ใบแจ้งค่าไฟวันที่ 2 ธ.ค. 2569\n\n"
        + "\n".join(ident(a, i + 1) + contact(p, i + 1))
        + "\n"
    )
    return Case("plain_electric_ca", message(a, i, "ไฟตก ค่าไฟแพง", text=text), exp(a))


def plain_vehicle_plate(a: Applicant, i: int) -> Case:
    """A car left in front of her gate for a week: its plate and province, then her details."""
    p = a.p
    plate = ("1กข 4528 กรุงเทพมหานคร", "ขค 7091 นครราชสีมา")[i % 2]
    text = (
        f"เรียน เจ้าหน้าที่\n\nมีรถเก๋งสีเทา ทะเบียน {plate} จอดขวางหน้าประตูบ้านมา 7 วันแล้ว "
        f"เข้าออกไม่ได้ ขอให้ตรวจสอบด้วย{ending(p)}\n\n" + "\n".join(ident(a, i) + contact(p, i)) + "\n"
    )
    return Case("plain_vehicle_plate", message(a, i, "รถจอดขวางหน้าบ้าน", text=text), exp(a))


def plain_student_id(a: Applicant, i: int) -> Case:
    """A grandchild's school-fee help asked by the grandparent: the student's ID and
    school beside hers; the applicant is the grandparent."""
    p = a.p
    sid = f"6{(i * 104729 + 5123456) % 10**9:09d}"
    text = (
        "เรียน กองการศึกษา\n\nขอรับทุนช่วยเหลือค่าเล่าเรียนให้หลาน ซึ่งอยู่ในความอุปการะของข้าพเจ้า\n"
        f"หลาน: เด็กหญิงปาริฉัตร {p.last} รหัสนักเรียน {sid} ชั้น ม.2 ค่าเทอม 4,500 บาท\n\n"
        "ผู้ยื่นคำขอ (ผู้ปกครอง)\n" + "\n".join(ident(a, i) + contact(p, i)) + "\n"
    )
    return Case("plain_student_id", message(a, i, "ขอทุนการศึกษาให้หลาน", text=text), exp(a))


def plain_shop_tax_id(a: Applicant, i: int) -> Case:
    """A small shop's owner: the shop's 13-digit tax ID (from 0) before her own ID."""
    p = a.p
    tax = with_check_digit(f"0{(i * 7 + 3):02d}355{(i * 31337) % 10**6:06d}"[:12])
    text = (
        "เรียน เจ้าหน้าที่ งานจัดเก็บรายได้\n\nขอยื่นแบบภาษีป้ายร้านค้า\n"
        f"ร้าน {p.first}พาณิชย์ เลขประจำตัวผู้เสียภาษี {tax}\n\nเจ้าของร้าน\n"
        + "\n".join(ident(a, i) + contact(p, i))
        + "\n"
    )
    return Case("plain_shop_tax_id", message(a, i, "ยื่นภาษีป้าย", text=text), exp(a))


def plain_title_deed_house_code(a: Applicant, i: int) -> Case:
    """A land question: title deed number, land number, survey page, the house code (11
    digits) of her house register, then her details."""
    p = a.p
    text = (
        "เรียน เจ้าหน้าที่\n\nขอตรวจสอบการประเมินภาษีที่ดินและสิ่งปลูกสร้าง\n"
        f"โฉนดเลขที่ {12000 + i * 37} เลขที่ดิน {40 + i} หน้าสำรวจ {800 + i * 3}\n"
        f"รหัสประจำบ้าน {(a.house_code, a.house_code[:4] + '-' + a.house_code[4:10] + '-' + a.house_code[10])[i % 2]}\n\n"
        + "\n".join(ident(a, i) + contact(p, i))
        + "\n"
    )
    return Case("plain_title_deed_house_code", message(a, i, "ตรวจสอบภาษีที่ดิน", text=text), exp(a))


def plain_case_queue_receipt(a: Applicant, i: int) -> Case:
    """A follow-up: the earlier case's number, her queue number, a receipt's book and
    number, the fee and the day she paid."""
    p = a.p
    text = (
        f"ติดตามเรื่องเลขที่ 2569/0{4410 + i} ที่ยื่นไว้เมื่อ 14 ต.ค. 2569 (บัตรคิว A0{45 + i})\n"
        f"ชำระค่าธรรมเนียม 1,250 บาท ใบเสร็จเล่มที่ 12 เลขที่ {345 + i} วันที่ 14/10/2569\n\n"
        + "\n".join(ident(a, i) + contact(p, i))
        + "\n"
    )
    return Case("plain_case_queue_receipt", message(a, i, "ติดตามเรื่องร้องเรียน", text=text), exp(a))


# --- HTML ---------------------------------------------------------------------------------------


def html_allowance_table(a: Applicant, i: int) -> Case:
    """An HTML table with the applicant's and the carer's columns side by side, and the
    bank row below."""
    p = a.p
    rows = [("ชื่อ-นามสกุล", p.name, a.carer), ("เลขประจำตัวประชาชน", dashed(p.nid), dashed(a.carer_nid)),
            ("วันเกิด", born_th(p.born, i), "-"), ("ที่อยู่", home(p, i), "ที่อยู่เดียวกัน"),
            ("โทรศัพท์", mobile(p.mobile, i) if p.mobile else "-", mobile(a.carer_mobile, i))]  # fmt: skip
    cells = "".join(f"<tr><td>{x}</td><td>{y}</td><td>{z}</td></tr>" for x, y, z in rows)
    html = html_doc(
        "<p>เรียน เจ้าหน้าที่</p><p>ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุ</p>"
        f"<table border='1'><tr><th></th><th>ผู้ขอรับเบี้ย</th><th>ผู้ดูแล ({a.relation})</th></tr>{cells}</table>"
        f"<p>ธนาคาร{a.bank} เลขที่บัญชี <b>{account(a.account, i)}</b></p>"
        + (f"<p>อีเมล {p.email}</p>" if p.email else "")
    )
    return Case("html_allowance_table", message(a, i, "เบี้ยยังชีพผู้สูงอายุ", html=html), exp(a))


def html_water_bill(a: Applicant, i: int) -> Case:
    """An HTML mail with a small bill table (customer number, meter, amount, paid on)
    above her labelled details."""
    p = a.p
    bill = [("เลขที่ผู้ใช้น้ำ", a.customer), ("เลขมาตรวัดน้ำ", a.meter), ("จำนวนเงิน", "1,087.00 บาท"),
            ("วันที่ชำระ", "30 พ.ย. 2569")]  # fmt: skip
    t = "".join(f"<tr><td>{x}</td><td>{y}</td></tr>" for x, y in bill)
    html = html_doc(
        "<p>เรียน การประปา</p><p>น้ำไม่ไหลมา 3 วันแล้ว แต่ยังเรียกเก็บค่าน้ำเต็ม</p>"
        f"<table>{t}</table><p>" + "<br>".join(ident(a, i) + contact(p, i)) + "</p>"
    )
    return Case("html_water_bill", message(a, i, "น้ำไม่ไหล", html=html), exp(a))


def html_promptpay_card(a: Applicant, i: int) -> Case:
    """An HTML mail from a phone: details in a div each, the PromptPay its own bold line."""
    p = a.p
    divs = (
        ident(a, i + 1)
        + contact(p, i + 1)
        + [f"<b>พร้อมเพย์ {mobile(p.mobile, i) if p.mobile else dashed(p.nid)}</b>"]
    )
    html = html_doc("<div>ขอรับเบี้ยยังชีพค่ะ</div>" + "".join(f"<div>{d}</div>" for d in divs)
                    + "<div><br></div><div>ส่งจาก iPhone ของฉัน</div>")  # fmt: skip
    return Case("html_promptpay_card", message(a, i, "เบี้ยยังชีพ", html=html), exp(a))


# --- Word and PDF ---------------------------------------------------------------------------------


def docx_allowance_form(a: Applicant, i: int) -> Case:
    """The allowance form typed in Word: the applicant's section, the bank section and the
    ผู้รับมอบอำนาจ section with the carer's name, ID and mobile."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ")
        d.add_paragraph("เขียนที่ องค์การบริหารส่วนตำบล วันที่ 8 ธันวาคม 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {p.name} เกิดวันที่ {born_th(p.born, i)} เลขประจำตัวประชาชน {dashed(p.nid)}"
        )
        d.add_paragraph(f"ที่อยู่ตามทะเบียนบ้าน {home(p, i)}")
        if p.mobile:
            d.add_paragraph(f"โทรศัพท์ {mobile(p.mobile, i)}")
        d.add_paragraph(
            f"ขอรับเงินโดยโอนเข้าบัญชีเงินฝากธนาคาร{a.bank} เลขที่บัญชี {account(a.account, i)} ชื่อบัญชี {p.name}"
        )
        d.add_paragraph(
            f"ผู้รับมอบอำนาจ {a.carer} เลขประจำตัวประชาชน {dashed(a.carer_nid)} โทร {mobile(a.carer_mobile, i)} เกี่ยวข้องเป็น{a.relation}"
        )
        d.add_paragraph(f"(ลงชื่อ) {p.name} ผู้ยื่นคำขอ")

    raw = message(a, i, "แบบคำขอเบี้ยยังชีพ", text="ส่งแบบคำขอตามไฟล์แนบค่ะ\n",
                  files=(("คำขอเบี้ยยังชีพ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_allowance_form", raw, exp(a))


def docx_account_change_table(a: Applicant, i: int) -> Case:
    """A Word table of the change of account: her rows, then old and new account rows."""
    p = a.p
    rows = [("ชื่อ-สกุล", p.name), ("เลขบัตรประชาชน", p.nid), ("วันเกิด", born_th(p.born, i + 2)),
            ("ที่อยู่", home(p, i)), ("เบอร์โทร", mobile(p.mobile, i) if p.mobile else "-"),
            ("บัญชีเดิม", account(a.account[:3] + "7" + a.account[4:], i)),
            ("บัญชีใหม่", f"{a.bank} {account(a.account, i)}"), ("เหตุผล", "บัญชีเดิมถูกอายัด")]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องขอเปลี่ยนบัญชีรับเงินเบี้ยยังชีพ")
        t = d.add_table(rows=len(rows), cols=2)
        for n, (x, y) in enumerate(rows):
            t.cell(n, 0).text = x
            t.cell(n, 1).text = y

    raw = message(a, i, "ขอเปลี่ยนบัญชี", text="แนบคำร้องค่ะ\n",
                  files=(("เปลี่ยนบัญชี.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_account_change_table", raw, exp(a))


def pdf_disability_form(a: Applicant, i: int) -> Case:
    """A printed disability allowance form's text layer: applicant, card number, carer,
    account."""
    p = a.p
    lines = [
        "แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ",
        f"ชื่อ-สกุล {p.name}   เลขประจำตัวประชาชน {dashed(p.nid)}",
        f"วันเดือนปีเกิด {born_th(p.born, i + 1)}   โทรศัพท์ {mobile(p.mobile, i) if p.mobile else '-'}",
        "ที่อยู่ " + home(p, i),
        f"บัตรประจำตัวคนพิการเลขที่ {p.nid[:6]}{i:03d}  ประเภท ทางการได้ยิน",
        f"ผู้ดูแล {a.carer} เลขประจำตัวประชาชน {a.carer_nid} โทร {mobile(a.carer_mobile, i)}",
        f"ธนาคาร{a.bank} เลขที่บัญชี {account(a.account, i)}",
    ]
    texts = [(15, 25 + 10 * n, line) for n, line in enumerate(lines)]
    raw = message(a, i, "คำขอเบี้ยความพิการ (PDF)", text="ส่งแบบคำขอครับ\n",
                  files=(("คำขอ.pdf", pdf_page(texts, size=10, face="Garuda"), PDF),))  # fmt: skip
    return Case("pdf_disability_form", raw, exp(a))


def pdf_electric_letter(a: Applicant, i: int) -> Case:
    """A letter to the power authority printed to PDF: CA, meter, amounts, her details."""
    p = a.p
    body = [
        "8 ธันวาคม 2569",
        "เรื่อง ขอให้ตรวจสอบมิเตอร์ไฟฟ้า",
        f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {p.nid} เกิดวันที่ {born_th(p.born, i)}",
        f"ที่อยู่ {home(p, i)}",
        f"หมายเลขผู้ใช้ไฟฟ้า {a.customer}  รหัสเครื่องวัด {a.meter}",
        "ค่าไฟฟ้าเดือน ต.ค. 1,204.12 บาท เดือน พ.ย. 4,860.90 บาท",
        (f"โทร {mobile(p.mobile, i)}" if p.mobile else "")
        + (f" อีเมล {p.email}" if p.email else ""),
        f"({p.name})",
    ]
    texts = [(20, 30 + 9 * n, line) for n, line in enumerate(body)]
    raw = message(a, i, "ตรวจสอบมิเตอร์ (PDF)", text="แนบหนังสือครับ\n",
                  files=(("letter.pdf", pdf_page(texts, size=10, face="Garuda"), PDF),))  # fmt: skip
    return Case("pdf_electric_letter", raw, exp(a))


STYLES: tuple[Style, ...] = (
    plain_elderly_allowance_bank, plain_account_before_phone, plain_promptpay_id,
    plain_promptpay_phone, plain_disability_card, plain_carer_writes, plain_account_change,
    plain_prose_money, plain_water_meter, plain_electric_ca, plain_vehicle_plate,
    plain_student_id, plain_shop_tax_id, plain_title_deed_house_code, plain_case_queue_receipt,
    html_allowance_table, html_water_bill, html_promptpay_card,
    docx_allowance_form, docx_account_change_table,
    pdf_disability_form, pdf_electric_letter,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF"}[
        s.__name__.split("_")[0]
    ]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
