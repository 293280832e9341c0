"""A thirty-seventh set of requests written by someone who had not read the readers (issue
8): LETTERS AND MAILS IN PROSE THAT NAME OTHER PEOPLE, PLACES AND NUMBERS BESIDES THE
APPLICANT'S OWN. Complaints naming the respondent (a neighbour with his title, house
number, phone and ID; a market stall's owner; a contractor's company and phone; an
official's name and desk phone: "ได้โทรไปที่ 0-4427-xxxx คุยกับนาย..."); the place of the
problem that is not the home (a road, a canal, a rice field in another district or
province, a market stall, "หน้าบ้านเลขที่ 45" of another house, a GPS pin, a Google Maps
link); relatives and helpers (a son writing about his mother, a mother of 82 whose letter
gives her son's phone for the call back, a caretaker); numbers that are not the
applicant's (a previous case's receipt number, a land title deed number, a vehicle plate,
a bank account, an electricity meter number, a 13-digit customer number that fails the ID
check digit, another person's valid 13-digit ID); dates that are not the birth date (the
incident, the letter, an earlier visit); a villager who signs with a nickname or without
his title, and an applicant named only in the signature block. Mostly plain and HTML
bodies; a few Word and PDF letters in the หนังสือร้องเรียน layout (the sender's address at
the top, วันที่ / เรื่อง / เรียน / อ้างถึง / สิ่งที่ส่งมาด้วย, paragraphs, ลงชื่อ with the
name in brackets below).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the tests
and builders of sets 35 and 36, the helpers they import, and the earlier sets' docstrings
and style names were read).

Conventions (written down before any run):
- the applicant is the one who writes as ข้าพเจ้า/ผม/ดิฉัน and signs as ผู้ร้อง (ผู้ร้องเรียน,
  ผู้ยื่น); every other person's name, ID, phone, e-mail and address (a respondent, a
  mother, a son, a caretaker's ward, an official, a witness, a contractor) is not the
  applicant's;
- the address, province and postal code are the applicant's home, never the place of the
  problem (another house, a road, a canal, a field in another province, a stall);
- the birth date is the applicant's; where the letter gives only an age, none is expected
  (a date of the incident, the letter or a visit read as the birth date must be flagged);
- where the applicant gives no ID, none is expected: a 13-digit customer number (its check
  digit fails) or another person's valid ID read as hers must be flagged;
- the mother of 82 who signs as ผู้ร้อง and has no phone of her own, and whose letter says
  "ติดต่อกลับที่เบอร์ลูกชาย": a clerk's phone field is the applicant's own number, and her
  son's is a contact a clerk must be shown as someone else's, so no phone is expected (the
  son's number is right only with a flag); where she gives her own mobile too, hers is
  expected. Her son sends the mail from his own address: no e-mail is expected for her;
- where the text gives an e-mail it is expected; where it gives none the field is not
  counted (the From header is the sender's mailbox, not a field the letter fills in),
  except the mother's letter above;
- the full name is written as Thai documents write it (title joined to the first name):
  where the text names the applicant with a title and he signs with a nickname or without
  it, the name in the text is expected; where he is named only in the signature block's
  brackets, that name is expected.
Everyone and every number is invented; every valid 13-digit ID is made with
with_check_digit, and the customer numbers are made to fail it.
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
from unseen_requests_5 import DOCX, Person, docx_bytes, expect, pdf_page
from unseen_requests_11 import PDF, dashed_phone
from unseen_requests_13 import dashed_id
from unseen_requests_26 import age

# ruff: noqa: E501 -- letters as citizens type them: long lines

PEOPLE: tuple[Person, ...] = (
    Person("นาง", "ลำดวน", "ศรีบุญเรือง", with_check_digit("341080034417"), date(1972, 4, 16),
           "0817746203", "lamduan.sb@gmail.com", "112", "5", "", "", "ดู่ทุ่ง",
           "เมืองยโสธร", "ยโสธร", "35000"),
    Person("นาย", "ประเสริฐ", "ทองดีเลิศ", with_check_digit("140220051163"), date(1964, 9, 2),
           "0892215407", "prasert.td@hotmail.com", "56/2", "7", "", "", "ตาลเดี่ยว",
           "แก่งคอย", "สระบุรี", "18110"),
    Person("นางสาว", "วิภาวรรณ", "ชัยมงคล", with_check_digit("150330027746"), date(1991, 2, 25),
           "0635518420", "wipawan.cm@gmail.com", "8/14", "", "", "มิตรภาพ", "ในเมือง",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นาย", "สมบัติ", "แก้วประเสริฐ", with_check_digit("350310016652"), date(1958, 12, 7),
           "0868841329", "sombat.kp@yahoo.com", "77", "9", "", "", "สันผีเสื้อ",
           "เมืองเชียงใหม่", "เชียงใหม่", "50300"),
    Person("นาง", "บุญเรือน", "สายทอง", with_check_digit("372180044128"), date(1969, 6, 21),
           "0819952736", "boonruen.st@gmail.com", "43", "2", "", "", "สระแก้ว",
           "เมืองสุพรรณบุรี", "สุพรรณบุรี", "72230"),
    Person("นาย", "ชยพล", "วงศ์ไพศาล", with_check_digit("110420063391"), date(1983, 11, 30),
           "0958830417", "chayapon.wp@outlook.com", "19/88", "", "นวมินทร์ 42", "นวมินทร์",
           "คลองกุ่ม", "บึงกุ่ม", "กรุงเทพมหานคร", "10240"),
    Person("นางสาว", "สุดารัตน์", "ปานทอง", with_check_digit("192230019985"), date(1995, 7, 13),
           "0627734915", "sudarat.pt@gmail.com", "150", "3", "", "", "นาตาล่วง",
           "เมืองตรัง", "ตรัง", "92000"),
    Person("นาย", "ทองใบ", "พรมดี", with_check_digit("320250057731"), date(1956, 3, 18),
           "0874419562", "thongbai.pd@gmail.com", "64", "12", "", "", "เฉนียง",
           "เมืองสุรินทร์", "สุรินทร์", "32000"),
)  # fmt: skip


@dataclass(frozen=True)
class Other:
    """A respondent, relative, helper or official: never the applicant."""

    name: str  # with title, as the letter writes it
    nid: str
    mobile: str
    house: str  # e.g. "45 หมู่ 3"


OTHERS: tuple[Other, ...] = (
    Other("นายสมศักดิ์ พึ่งทอง", with_check_digit("341990061238"), "0841126695", "45 หมู่ 5"),
    Other("นายวิชัย บุญยืน", with_check_digit("140990072214"), "0897713048", "58 หมู่ 7"),
    Other("นางจำปา สีหาราช", with_check_digit("150990083325"), "0615527781", "10/2"),
    Other("นายเสถียร คำภีร์", with_check_digit("350990094436"), "0823341906", "79 หมู่ 9"),
    Other("นางทองม้วน จันทร์หอม", with_check_digit("372990015547"), "0852267114", "41 หมู่ 2"),
    Other("นายอดุลย์ ศักดิ์สิทธิ์", with_check_digit("110990026658"), "0916648823", "19/90"),
    Other("นายวันชัย ทองแป้น", with_check_digit("192990037769"), "0647782210", "152 หมู่ 3"),
    Other("นางสำราญ แสงจันทร์", with_check_digit("320990048871"), "0869904427", "66 หมู่ 12"),
)
# Mothers of 80-odd (their IDs valid), and the sons who type for them.
MOTHERS: tuple[tuple[str, str, int], ...] = (
    ("นางบัวลอย", with_check_digit("341990075512"), 82),
    ("นางคำพัน", with_check_digit("340990086623"), 84),
    ("นางทองสุข", with_check_digit("350990097734"), 81),
    ("นางเสงี่ยม", with_check_digit("350990018845"), 86),
)
SONS: tuple[tuple[str, str, str], ...] = (
    ("นายธีระพงษ์", "0813369542", "teerapong.son@gmail.com"),
    ("นายอนันต์", "0894420716", "anan.son@hotmail.com"),
    ("นายสุริยา", "0625531087", "suriya.son@gmail.com"),
    ("นายบุญมา", "0867752230", "boonma.son@gmail.com"),
)
OFFICIALS = (("นายไพโรจน์ ศรีสว่าง", "0-4427-1165"), ("นางสาวกนกพร ใจเย็น", "0-3634-2218"))
AGENCY = "saraban@dutung.go.th"
MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")  # fmt: skip
SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
         "พ.ย.", "ธ.ค.")  # fmt: skip
Style = Callable[[Person, int], Case]


def thai_day(d: date, k: int) -> str:
    y = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {y}", f"{d.day:02d}/{d.month:02d}/{y}",
            f"{d.day} {SHORT[d.month - 1]} {y}")[k % 3]  # fmt: skip


# Dates that are not the birth date: the letter's, the incident's, an earlier visit's.
LETTER_DAY = date(2026, 12, 3)
INCIDENT = date(2026, 11, 28)
VISIT = date(2026, 10, 14)


def not_an_id(first12: str) -> str:
    """13 digits whose last is NOT the ID check digit (a utility's customer number)."""
    good = with_check_digit(first12)
    return good[:12] + str((int(good[12]) + 3) % 10)


def other(i: int, k: int = 0) -> Other:
    return OTHERS[(i + k) % len(OTHERS)]


def phone_as(mobile: str, k: int) -> str:
    return (dashed_phone(mobile), mobile, f"{mobile[:3]} {mobile[3:6]} {mobile[6:]}")[k % 3]


def me(p: Person) -> str:
    return "ผม" if p.title == "นาย" else "ดิฉัน"


def home(p: Person) -> str:
    return f"{p.line()} {p.province_written} {p.postal}"


def sign(p: Person, k: int, *, role: str = "ผู้ร้อง", shown: str | None = None) -> str:
    """The signature block: ลงชื่อ ... ผู้ร้อง, the name in brackets below."""
    dots = "." * 20
    shown = p.name if shown is None else shown
    return (
        f"ลงชื่อ {dots} {role}\n      ( {shown} )\n",
        f"ขอแสดงความนับถือ\n\n{dots}\n({shown})\n{role}\n",
    )[k % 2]


def exp(
    p: Person, *, nid: bool = True, born: bool = False, email: bool = True
) -> dict[str, tuple[str, ...]]:
    e = expect(p)
    if not nid:
        e["national_id"] = ()
    if not born:
        e["birth_date"] = ()
    if not email:
        del e["email"]
    return e


def message(sender: tuple[str, str], n: int, subject: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{sender[0]} <{sender[1]}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 4, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set37-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own(p: Person) -> tuple[str, str]:
    return (f"{p.first} {p.last}", p.email)


def html_of(text: str, k: int) -> str:
    """A webmail's HTML: a <p> a paragraph, <br> inside, &nbsp; and numeric entities."""
    paras = text.strip("\n").split("\n\n")
    if k % 2:
        body = "".join(f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in paras)
    else:
        body = "".join(
            f'<p style="margin:0">{para.replace(chr(10), "<br>").replace("  ", "&nbsp; ")}</p><p>&nbsp;</p>\n'
            for para in paras
        ).replace("ผู้ร้อง", "&#3612;&#3641;&#3657;&#3619;&#3657;&#3629;&#3591;")
    return f'<html><head><meta charset="utf-8"></head><body><div dir="ltr">{body}</div></body></html>\n'


# --- plain bodies -----------------------------------------------------------------------------


def plain_neighbour_named_first(p: Person, i: int) -> Case:
    """A noise complaint: the neighbour's title, name, house number and phone come before
    the applicant's own (variant 0) or after (variant 1)."""
    o = other(i)
    they = (
        f"ผู้ที่เปิดเพลงเสียงดังคือ {o.name} บ้านเลขที่ {o.house} เบอร์โทร {dashed_phone(o.mobile)} "
        f"ซึ่งเปิดร้านคาราโอเกะตั้งแต่ 20.00 น. ถึงตี 2 ทุกคืน ตั้งแต่วันที่ {thai_day(INCIDENT, i)}"
    )
    me = (
        f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed_id(p.nid)} อายุ {age(p.born)} ปี "
        f"อยู่บ้านเลขที่ {home(p)} โทร {phone_as(p.mobile, i)} อีเมล {p.email}"
    )
    body = f"{they}\n\n{me} ขอร้องเรียนเรื่องดังกล่าว" if i % 2 == 0 else f"{me}\n\nขอร้องเรียน{they}"
    text = f"เรียน นายกเทศมนตรี\n\n{body}\n\nจึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ\n\n{sign(p, i)}"
    raw = message(own(p), i, "ร้องเรียนเสียงดังรบกวน", text=text)
    return Case("plain_neighbour_named_first", raw, exp(p))


def plain_market_stall_owner(p: Person, i: int) -> Case:
    """A stall in the municipal market: the stall number, its owner's name and phone, the
    shop's landline; the applicant's home elsewhere, her birth date given."""
    o = other(i, 1)
    text = (
        "เรียน ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม\n\n"
        f"{me(p)} {p.name} เกิดวันที่ {thai_day(p.born, i)} เลขบัตรประชาชน {p.nid} "
        f"บ้านเลขที่ {home(p)} ขอร้องเรียนแผงขายหมูแผงที่ 12 ตลาดสดเทศบาล ซึ่งมี{o.name} "
        f"เป็นเจ้าของแผง (โทร {dashed_phone(o.mobile)} ร้านโทร 0-4471-2256) ทิ้งน้ำเสียลงท่อหน้าตลาด "
        f"ส่งกลิ่นเหม็นตั้งแต่วันที่ {thai_day(INCIDENT, i + 1)}\n\n"
        f"หากต้องการข้อมูลเพิ่มเติมติดต่อ{me(p)}ได้ที่ {phone_as(p.mobile, i + 1)} หรือ {p.email}\n\n"
        f"{sign(p, i)}"
    )
    raw = message(own(p), i, "ร้องเรียนแผงในตลาดสด", text=text)
    return Case("plain_market_stall_owner", raw, exp(p, born=True))


def plain_contractor_company(p: Person, i: int) -> Case:
    """Road works left half done: the contractor's company, its phone, the contract
    number, the road's code; the applicant's phone last."""
    text = (
        "เรียน นายก อบต.\n\n"
        f"{me(p)} {p.name} อยู่บ้านเลขที่ {home(p)} ขอแจ้งว่าถนนลาดยางสาย ยส.3012 "
        "ช่วงบ้านหนองแวง-บ้านโนนสูง ที่บริษัท ศรีเจริญก่อสร้าง (2019) จำกัด โทร 0-4571-3348, "
        "081-552-0937 (คุณวีระ ผู้ควบคุมงาน) รับเหมาตามสัญญาจ้างเลขที่ 14/2569 "
        f"ทิ้งงานไว้ตั้งแต่วันที่ {thai_day(VISIT, i)} ฝุ่นมาก รถล้มไปแล้ว 2 ราย\n\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)} โทรกลับ {phone_as(p.mobile, i)} อีเมล {p.email}\n\n"
        f"{sign(p, i)}"
    )
    raw = message(own(p), i, "ถนนสาย ยส.3012 ผู้รับเหมาทิ้งงาน", text=text)
    return Case("plain_contractor_company", raw, exp(p))


def plain_official_desk_phone(p: Person, i: int) -> Case:
    """A follow-up: the earlier case's receipt number, the date of the earlier visit, "ได้
    โทรไปที่ 0-4427-xxxx คุยกับนาย..." before the applicant's own number."""
    who, desk = OFFICIALS[i % 2]
    text = (
        "เรียน ปลัดเทศบาล\n\n"
        f"ตามที่ข้าพเจ้า {p.name} ได้ยื่นคำร้องขอซ่อมไฟกิ่งในซอยไว้ เลขรับที่ 2231/2569 ลงวันที่ {thai_day(VISIT, i)} "
        f"และได้โทรไปที่ {desk} คุยกับ{who} เจ้าหน้าที่กองช่าง เมื่อวันที่ {thai_day(INCIDENT, i + 1)} "
        "แจ้งว่าจะมาซ่อมภายใน 7 วัน จนบัดนี้ยังไม่มีผู้ใดมาดำเนินการ\n\n"
        f"จึงขอติดตามเรื่องดังกล่าว ข้าพเจ้าอยู่บ้านเลขที่ {home(p)} "
        f"เลขประจำตัวประชาชน {p.nid} เบอร์ติดต่อ {phone_as(p.mobile, i + 2)} อีเมล {p.email}\n\n"
        f"{sign(p, i)}"
    )
    raw = message(own(p), i, "ติดตามคำร้อง เลขรับที่ 2231/2569", text=text)
    return Case("plain_official_desk_phone", raw, exp(p))


def plain_gps_maps_link(p: Person, i: int) -> Case:
    """A broken pipe on the road: a GPS pin and a Google Maps link for the place, the
    applicant's home given after."""
    text = (
        "เรียน การประปาส่วนภูมิภาค/เทศบาล\n\n"
        "ท่อประปาแตกบนถนนเลียบคลองชลประทาน ห่างจากสะพานประมาณ 200 เมตร "
        f"พิกัด 15.80{i}4, 104.14{i}7 https://maps.app.goo.gl/Xk3r9Qp2LmN{i}aB7 "
        "หรือ https://www.google.com/maps?q=15.8014,104.1427 น้ำไหลทิ้งมา 3 วันแล้ว\n\n"
        f"ผู้แจ้ง {p.name} อายุ {age(p.born)} ปี บ้านเลขที่ {home(p)} โทร {phone_as(p.mobile, i)} "
        f"อีเมล {p.email} เลขบัตร {dashed_id(p.nid)}\n\n{sign(p, i, role='ผู้แจ้ง')}"
    )
    raw = message(own(p), i, "แจ้งท่อประปาแตก (มีพิกัด)", text=text)
    return Case("plain_gps_maps_link", raw, exp(p))


def plain_son_for_mother(p: Person, i: int) -> Case:
    """The son (the applicant, who signs) writes about his mother of 82: her name, age and
    valid ID come first, then his."""
    mother, mid, years = MOTHERS[i % 4]
    text = (
        "เรียน นายก อบต.\n\n"
        f"แม่ของข้าพเจ้า {mother} {p.last} อายุ {years} ปี เลขประจำตัวประชาชน {dashed_id(mid)} "
        "ป่วยติดเตียง ได้รับความเดือดร้อนจากควันเผาขยะของโรงงานข้างบ้านทุกเย็น\n\n"
        f"ข้าพเจ้า {p.name} บุตร เลขประจำตัวประชาชน {dashed_id(p.nid)} อยู่บ้านเลขที่ {home(p)} "
        f"จึงขอร้องเรียนแทนแม่ ติดต่อข้าพเจ้าได้ที่ {phone_as(p.mobile, i)} อีเมล {p.email}\n\n"
        f"{sign(p, i)}"
    )
    raw = message(own(p), i, "ร้องเรียนควันเผาขยะ (แทนมารดา)", text=text)
    return Case("plain_son_for_mother", raw, exp(p))


def plain_mother_son_contact(p: Person, i: int) -> Case:
    """The mother of 82 (an age, no birth date) is ผู้ร้อง; her son types and sends it from
    his mailbox and gives his phone for the call back. Variant 0: she has no phone; variant
    1: her own mobile given too."""
    son, sphone, smail = SONS[i % 4]
    name, mid, years = MOTHERS[i % 4]
    mother = Person("นาง", name[3:], p.last, mid, p.born, p.mobile, "", p.house, p.moo, p.soi,
                    p.road, p.tambon, p.amphoe, p.province, p.postal)  # fmt: skip
    mine = f" เบอร์ของข้าพเจ้าเอง {phone_as(p.mobile, i)}" if i % 2 else ""
    text = (
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า {mother.name} อายุ {years} ปี เลขประจำตัวประชาชน {mother.nid} "
        f"อยู่บ้านเลขที่ {home(mother)} ขอความช่วยเหลือซ่อมหลังคาบ้านที่พังจากพายุเมื่อวันที่ {thai_day(INCIDENT, i)}"
        f"{mine}\n\nเนื่องจากข้าพเจ้าอ่านหนังสือไม่ได้ ลูกชาย {son} {p.last} เป็นผู้พิมพ์ให้ "
        f"ติดต่อกลับที่เบอร์ลูกชาย {phone_as(sphone, i + 1)}\n\n{sign(mother, i)}"
    )
    raw = message((f"{son[3:]} {p.last}", smail), i, "ขอความช่วยเหลือซ่อมหลังคา", text=text)
    e = expect(mother)
    e["birth_date"] = ()
    e["email"] = ()
    if i % 2 == 0:
        e["phone"] = ()
    return Case("plain_mother_son_contact", raw, e)


def plain_utility_customer_number(p: Person, i: int) -> Case:
    """A wrong electricity bill: the meter number, a 13-digit customer number that fails the
    ID check digit; variant 0 gives no ID of the applicant's, variant 1 gives it after."""
    cust = not_an_id(f"020{i % 10}1{p.nid[1:8]}")
    cust_as = (cust, f"{cust[:4]} {cust[4:8]} {cust[8:]}")[i % 2]
    mine = f" เลขประจำตัวประชาชน {dashed_id(p.nid)}" if i % 2 else ""
    text = (
        "เรียน การไฟฟ้าส่วนภูมิภาค / เทศบาล\n\n"
        f"ข้าพเจ้า {p.name}{mine} ผู้ใช้ไฟฟ้า หมายเลขผู้ใช้ไฟฟ้า (CA) {cust_as} "
        f"มิเตอร์เลขที่ 1-0047-{3391 + i} ได้รับใบแจ้งค่าไฟเดือนพฤศจิกายน 4,812 บาท สูงกว่าปกติ 5 เท่า\n\n"
        f"ที่อยู่ {home(p)} โทร {phone_as(p.mobile, i)} อีเมล {p.email}\n\n{sign(p, i)}"
    )
    raw = message(own(p), i, "ค่าไฟฟ้าสูงผิดปกติ", text=text)
    return Case("plain_utility_customer_number", raw, exp(p, nid=bool(i % 2)))


def plain_deed_plate_other_id(p: Person, i: int) -> Case:
    """Encroachment on the applicant's field in another district (another province in
    variant 1): the deed number, the neighbour's valid ID (from the sale contract) and his
    truck's plate before the applicant's own ID."""
    o = other(i, 2)
    where = ("ตำบลสำราญ อำเภอเมืองยโสธร", "ตำบลนาโพธิ์ อำเภอกุดรัง จังหวัดมหาสารคาม 44130")[i % 2]
    text = (
        "เรียน นายอำเภอ\n\n"
        f"ที่ดินของข้าพเจ้า โฉนดเลขที่ 18452 เลขที่ดิน 127 หน้าสำรวจ 3361 ตั้งอยู่ที่{where} "
        f"ถูก{o.name} เลขประจำตัวประชาชน {dashed_id(o.nid)} (ตามสัญญาซื้อขายปี 2562) "
        f"นำรถบรรทุกทะเบียน บท 4521 ยโสธร เข้ามาถมดินรุกล้ำเข้ามาประมาณ 2 เมตร เมื่อวันที่ {thai_day(INCIDENT, i)}\n\n"
        f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed_id(p.nid)} เกิดวันที่ {thai_day(p.born, i + 1)} "
        f"อยู่บ้านเลขที่ {home(p)} โทรศัพท์ {phone_as(p.mobile, i)} อีเมล {p.email}\n\n{sign(p, i)}"
    )
    raw = message(own(p), i, "ร้องเรียนการรุกล้ำที่ดิน", text=text)
    return Case("plain_deed_plate_other_id", raw, exp(p, born=True))


def plain_bank_account_allowance(p: Person, i: int) -> Case:
    """An allowance not paid: the bank account number, the earlier receipt, the letter's
    and the earlier visit's dates, then the applicant's birth date."""
    text = (
        f"วันที่ {thai_day(LETTER_DAY, i)}\n\n"
        "เรื่อง ไม่ได้รับเงินเบี้ยยังชีพผู้สูงอายุเดือนพฤศจิกายน\n"
        "เรียน นายก อบต.\n\n"
        f"ข้าพเจ้า {p.name} เกิด {thai_day(p.born, i + 2)} เลขประจำตัวประชาชน {p.nid} "
        f"รับเบี้ยยังชีพผ่านบัญชีธนาคารกรุงไทย เลขที่บัญชี 403-0-{51826 + i:05d}-{i % 10} "
        f"เมื่อวันที่ {thai_day(VISIT, i + 1)} ได้ไปติดต่อที่ อบต. แล้ว (ใบรับเรื่องเลขที่ 0871) "
        "แต่ยังไม่ได้รับเงิน\n\n"
        f"ที่อยู่ปัจจุบัน {home(p)} โทร {phone_as(p.mobile, i + 1)} อีเมล {p.email}\n\n{sign(p, i)}"
    )
    raw = message(own(p), i, "ไม่ได้รับเบี้ยยังชีพ", text=text)
    return Case("plain_bank_account_allowance", raw, exp(p, born=True))


def plain_nickname_signature(p: Person, i: int) -> Case:
    """Named with his title in the text; he signs with a nickname (variant 0) or his name
    without the title (variant 1)."""
    nick = ("ลุงแดง" if p.title == "นาย" else "แดง", f"{p.first} {p.last}")[i % 2]
    text = (
        "เรียน ผู้ใหญ่บ้านและ อบต.\n\n"
        f"ข้าพเจ้า {p.name} อายุ {age(p.born)} ปี บ้านเลขที่ {home(p)} ขอแจ้งว่าวัวของ{other(i, 3).name} "
        f"บ้านเลขที่ {other(i, 3).house} เข้ามากินข้าวในนาของข้าพเจ้าเสียหายประมาณ 2 ไร่ "
        f"เมื่อวันที่ {thai_day(INCIDENT, i)} ขอให้ช่วยไกล่เกลี่ย\n\n"
        f"เบอร์ {phone_as(p.mobile, i)} เลขบัตร {p.nid}\n\n{nick}\nผู้ร้อง\n"
    )
    raw = message(own(p), i, "วัวเข้านา", text=text)
    return Case("plain_nickname_signature", raw, exp(p, email=False))


def plain_caretaker_for_ward(p: Person, i: int) -> Case:
    """The caretaker (the applicant, who signs) of a bedridden neighbour: the ward's name,
    valid ID and disability card number first, then the caretaker's own."""
    o = other(i, 4)
    text = (
        "เรียน ผู้อำนวยการกองสวัสดิการสังคม\n\n"
        f"ข้าพเจ้า {p.name} เป็นผู้ดูแลคนพิการ คือ {o.name} เลขประจำตัวประชาชน {o.nid} "
        f"บัตรคนพิการเลขที่ {o.nid[:7]}-{i}8 บ้านเลขที่ {o.house} ขอรับรถเข็นผู้ป่วยให้คนพิการ\n\n"
        f"ข้อมูลผู้ดูแล: เลขประจำตัวประชาชน {dashed_id(p.nid)} อยู่บ้านเลขที่ {home(p)} "
        f"โทร {phone_as(p.mobile, i)} อีเมล {p.email}\n\n{sign(p, i, role='ผู้ร้อง (ผู้ดูแล)')}"
    )
    raw = message(own(p), i, "ขอรถเข็นผู้ป่วยให้คนพิการ", text=text)
    return Case("plain_caretaker_for_ward", raw, exp(p))


# --- HTML bodies -------------------------------------------------------------------------------


def html_front_of_house_45(p: Person, i: int) -> Case:
    """Garbage dumped "หน้าบ้านเลขที่ 45" of another house; the owner of the dumping truck
    and his phone; the applicant's home and phone after."""
    o = other(i, 5)
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"มีผู้นำขยะมาทิ้งหน้าบ้านเลขที่ 45 หมู่ 3 (บ้านของ{o.name} โทร {dashed_phone(o.mobile)}) "
        f"ทุกวัน ตั้งแต่วันที่ {thai_day(INCIDENT, i)} เป็นรถกระบะสีขาว ทะเบียน กข 7731\n\n"
        f"ผู้ร้อง {p.name} เลขประจำตัวประชาชน {dashed_id(p.nid)} บ้านเลขที่ {home(p)} "
        f"โทร {phone_as(p.mobile, i + 1)} อีเมล {p.email}\n\n{sign(p, i)}"
    )
    raw = message(own(p), i, "ขยะหน้าบ้านเลขที่ 45", html=html_of(text, i))
    return Case("html_front_of_house_45", raw, exp(p))


def html_canal_field(p: Person, i: int) -> Case:
    """A blocked canal flooding a rice field; the field's owner next door and the
    headman's phone; the applicant's birth date given."""
    o = other(i, 6)
    text = (
        "เรียน หัวหน้าสำนักปลัด\n\n"
        f"ลำคลองห้วยทับทัน ช่วงติดนาของ{o.name} ถูกกั้นด้วยกระสอบทราย ทำให้น้ำท่วมนาข้าวของข้าพเจ้า "
        "(ผู้ใหญ่บ้านทราบแล้ว โทร 089-660-1742)\n\n"
        f"ข้าพเจ้า {p.name} เกิดวันที่ {thai_day(p.born, i)} เลขบัตรประชาชน {p.nid} "
        f"ที่อยู่ {home(p)} มือถือ {phone_as(p.mobile, i + 2)} อีเมล {p.email}\n\n{sign(p, i)}"
    )
    raw = message(own(p), i, "คลองถูกกั้น น้ำท่วมนา", html=html_of(text, i))
    return Case("html_canal_field", raw, exp(p, born=True))


def html_earlier_case_visit(p: Person, i: int) -> Case:
    """A reminder: the earlier receipt, the official who visited and his phone, the visit's
    date, the letter's date; the applicant's ID and phone last."""
    who, desk = OFFICIALS[(i + 1) % 2]
    text = (
        f"วันที่ {thai_day(LETTER_DAY, i)}\n\n"
        "เรียน ผู้อำนวยการกองช่าง\n\n"
        f"อ้างถึงคำร้องเลขที่ ช.0412/2569 ที่{who} (โทร {desk}) มาตรวจสถานที่เมื่อวันที่ {thai_day(VISIT, i)} "
        "เรื่องท่อระบายน้ำอุดตันหน้าตลาด ยังไม่ได้แก้ไข\n\n"
        f"{p.name} บ้านเลขที่ {home(p)} เลขประจำตัวประชาชน {dashed_id(p.nid)} "
        f"โทร {phone_as(p.mobile, i)} อีเมล {p.email}\n\n{sign(p, i)}"
    )
    raw = message(own(p), i, "ติดตามเรื่อง ช.0412/2569", html=html_of(text, i))
    return Case("html_earlier_case_visit", raw, exp(p))


def html_name_only_in_signature(p: Person, i: int) -> Case:
    """The applicant is named only in the signature block's brackets; the text speaks of
    "ผม" and names the respondent."""
    o = other(i, 7)
    text = (
        "เรียน ท่านนายก\n\n"
        f"ผมอยู่บ้านเลขที่ {home(p)} ขอร้องเรียน{o.name} บ้านเลขที่ {o.house} ที่เลี้ยงไก่ชนไว้ติดรั้ว "
        f"กลิ่นและเสียงรบกวน เคยคุยแล้วเมื่อ {thai_day(VISIT, i)} ไม่ดีขึ้น\n\n"
        f"ติดต่อผม {phone_as(p.mobile, i)} / {p.email}  บัตรประชาชน {p.nid}\n\n{sign(p, i)}"
    )
    raw = message(own(p), i, "ร้องเรียนเลี้ยงไก่ใกล้บ้าน", html=html_of(text, i))
    return Case("html_name_only_in_signature", raw, exp(p))


def html_plate_owner_incident(p: Person, i: int) -> Case:
    """A car blocking the lane: its plate, its owner's name and phone and his valid ID
    (given by the village committee), the incident's date and time."""
    o = other(i, 1)
    text = (
        "เรียน เทศกิจ\n\n"
        f"รถเก๋งทะเบียน 3กท 5182 กรุงเทพมหานคร ของ{o.name} (เลขประจำตัว {o.nid}, โทร {o.mobile}) "
        f"จอดขวางซอยทุกคืน ล่าสุดวันที่ {thai_day(INCIDENT, i)} เวลา 21.30 น. รถพยาบาลเข้าไม่ได้\n\n"
        f"ผู้ร้องเรียน: {p.name} อายุ {age(p.born)} ปี เลขประจำตัวประชาชน {dashed_id(p.nid)} "
        f"บ้านเลขที่ {home(p)} โทร {phone_as(p.mobile, i + 1)} อีเมล {p.email}\n\n"
        f"{sign(p, i, role='ผู้ร้องเรียน')}"
    )
    raw = message(own(p), i, "รถจอดขวางซอย", html=html_of(text, i))
    return Case("html_plate_owner_incident", raw, exp(p))


def html_mother_id_first(p: Person, i: int) -> Case:
    """Asking for an elderly allowance for the mother: her name, age and valid ID first;
    the applicant (her daughter or son, who signs) gives an ID and birth date after."""
    mother, mid, years = MOTHERS[(i + 1) % 4]
    text = (
        "เรียน นายก อบต.\n\n"
        f"ขอสอบถามเรื่องเบี้ยยังชีพของมารดา {mother} {p.last} อายุ {years} ปี เลขประจำตัวประชาชน {mid} "
        "ซึ่งย้ายทะเบียนบ้านมาอยู่กับข้าพเจ้าตั้งแต่เดือนกันยายน\n\n"
        f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {p.nid} เกิด {thai_day(p.born, i + 1)} "
        f"บ้านเลขที่ {home(p)} โทร {phone_as(p.mobile, i)} อีเมล {p.email}\n\n{sign(p, i)}"
    )
    raw = message(own(p), i, "สอบถามเบี้ยยังชีพของมารดา", html=html_of(text, i))
    return Case("html_mother_id_first", raw, exp(p, born=True))


# --- Word and PDF letters ----------------------------------------------------------------------


def letter_lines(p: Person, i: int, o: Other) -> list[str]:
    """A หนังสือร้องเรียน: the sender's address at the top, วันที่ / เรื่อง / เรียน / อ้างถึง /
    สิ่งที่ส่งมาด้วย, paragraphs, ลงชื่อ with the name in brackets below, a phone at the foot."""
    return [
        f"บ้านเลขที่ {p.line()}",
        f"{p.province_written} {p.postal}",
        f"วันที่ {thai_day(LETTER_DAY, i)}",
        "เรื่อง ร้องเรียนการก่อสร้างรุกล้ำทางสาธารณะ",
        "เรียน นายกองค์การบริหารส่วนตำบล",
        f"อ้างถึง หนังสือของข้าพเจ้า ลงวันที่ {thai_day(VISIT, i + 1)} (เลขรับ 1893)",
        f"สิ่งที่ส่งมาด้วย 1. สำเนาบัตรประจำตัวประชาชน 2. ภาพถ่าย 4 ภาพ 3. สำเนาโฉนดเลขที่ 9{i}214",
        f"    ด้วยข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed_id(p.nid)}",
        f"ขอร้องเรียนว่า {o.name} บ้านเลขที่ {o.house} โทร {dashed_phone(o.mobile)}",
        "ได้สร้างรั้วคอนกรีตรุกล้ำทางสาธารณะหน้าบ้านเลขที่ 45 กว้างประมาณ 1 เมตร",
        f"เมื่อวันที่ {thai_day(INCIDENT, i)} ทำให้รถดับเพลิงเข้าซอยไม่ได้",
        "    จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ",
        "ขอแสดงความนับถือ",
        "ลงชื่อ ......................... ผู้ร้อง",
        f"( {p.name} )",
        f"โทร. {phone_as(p.mobile, i)}  อีเมล {p.email}",
    ]


def docx_complaint_letter(p: Person, i: int) -> Case:
    """The letter as Word paragraphs; the mail says only "ส่งหนังสือร้องเรียนตามแนบ"."""
    lines = letter_lines(p, i, other(i, 2))

    def build(d: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        for n, line in enumerate(lines):
            para = d.add_paragraph(line)
            if n < 3 or n >= 12:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT if n < 3 else WD_ALIGN_PARAGRAPH.CENTER

    raw = message(own(p), i, "หนังสือร้องเรียน", text="ส่งหนังสือร้องเรียนตามแนบครับ\n",
                  files=(("หนังสือร้องเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_complaint_letter", raw, exp(p))


def docx_memo_witnesses(p: Person, i: int) -> Case:
    """A บันทึกข้อความ-like letter: เรื่อง / เรียน, the applicant's paragraph with an age,
    two witnesses (names, phones, one valid ID) signing under the applicant."""
    w1, w2 = other(i, 3), other(i, 5)
    lines = [
        "บันทึกข้อความ",
        f"วันที่ {thai_day(LETTER_DAY, i + 1)}",
        "เรื่อง ขอให้ตรวจสอบการปล่อยน้ำเสียลงลำห้วย",
        "เรียน นายกเทศมนตรี",
        f"    ข้าพเจ้า {p.name} อายุ {age(p.born)} ปี เลขประจำตัวประชาชน {p.nid} อยู่บ้านเลขที่ {home(p)}",
        f"โทรศัพท์ {phone_as(p.mobile, i + 2)} อีเมล {p.email} ขอแจ้งว่าฟาร์มสุกรของ{w2.name}",
        "ปล่อยน้ำเสียลงลำห้วยหลังวัด ตั้งแต่วันที่ " + thai_day(INCIDENT, i + 2),
        "ลงชื่อ ......................... ผู้ร้อง",
        f"( {p.name} )",
        "ลงชื่อ ......................... พยาน",
        f"( {w1.name} ) โทร {dashed_phone(w1.mobile)} เลขประจำตัวประชาชน {w1.nid}",
        "ลงชื่อ ......................... พยาน",
        f"( {other(i, 6).name} ) โทร {dashed_phone(other(i, 6).mobile)}",
    ]

    def build(d: Any) -> None:
        for line in lines:
            d.add_paragraph(line)

    raw = message(own(p), i, "ขอให้ตรวจสอบน้ำเสีย", text="ตามไฟล์แนบค่ะ\n",
                  files=(("บันทึกข้อความ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_memo_witnesses", raw, exp(p))


def wrap(lines: list[str], width: int = 58) -> list[str]:
    """Lines cut at a space to fit the page, as a word processor wraps them."""
    out: list[str] = []
    for line in lines:
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + 1 + len(word) > width:
                out.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        out.append(cur)
    return out


def pdf_pages(lines: list[str]) -> bytes:
    wrapped = wrap(lines)
    return pdf_page(
        [(20, 20 + 8 * n, line) for n, line in enumerate(wrapped)], size=12, face="Garuda"
    )


def pdf_complaint_letter(p: Person, i: int) -> Case:
    """The หนังสือร้องเรียน as a text PDF (printed from Word), same layout as the Word one,
    another respondent."""
    raw = message(own(p), i, "ส่งหนังสือร้องเรียน (PDF)", text="เรียน เจ้าหน้าที่\nส่งหนังสือตามแนบครับ\n",
                  files=(("ร้องเรียน.pdf", pdf_pages(letter_lines(p, i, other(i, 4))), PDF),))  # fmt: skip
    return Case("pdf_complaint_letter", raw, exp(p))


def pdf_signature_only_deed(p: Person, i: int) -> Case:
    """A PDF letter about a boundary: the deed number, the surveyor's appointment and the
    neighbour's name and valid ID; the applicant named only under the signature."""
    o = other(i, 7)
    lines = [
        f"บ้านเลขที่ {p.line()} {p.province_written} {p.postal}",
        f"{thai_day(LETTER_DAY, i)}",
        "เรื่อง ขอให้รังวัดแนวเขตที่ดิน",
        "เรียน เจ้าพนักงานที่ดิน",
        "    ข้าพเจ้าเป็นเจ้าของที่ดินโฉนดเลขที่ 30417 ระวาง 5539 II 6422",
        f"ติดกับที่ดินของ{o.name} เลขประจำตัวประชาชน {dashed_id(o.nid)}",
        f"ซึ่งนัดรังวัดไว้เมื่อวันที่ {thai_day(VISIT, i)} แต่ไม่มาตามนัด",
        f"    ติดต่อข้าพเจ้าได้ที่ {phone_as(p.mobile, i + 1)} หรือ {p.email}",
        f"    เลขประจำตัวประชาชนของข้าพเจ้า {p.nid}",
        "ลงชื่อ ......................... ผู้ร้อง",
        f"( {p.name} )",
    ]
    raw = message(own(p), i, "ขอรังวัดแนวเขต", text="ส่งหนังสือตามแนบค่ะ\n",
                  files=(("ขอรังวัด.pdf", pdf_pages(lines), PDF),))  # fmt: skip
    return Case("pdf_signature_only_deed", raw, exp(p))


STYLES: tuple[Style, ...] = (
    plain_neighbour_named_first, plain_market_stall_owner, plain_contractor_company,
    plain_official_desk_phone, plain_gps_maps_link, plain_son_for_mother,
    plain_mother_son_contact, plain_utility_customer_number, plain_deed_plate_other_id,
    plain_bank_account_allowance, plain_nickname_signature, plain_caretaker_for_ward,
    html_front_of_house_45, html_canal_field, html_earlier_case_visit,
    html_name_only_in_signature, html_plate_owner_incident, html_mother_id_first,
    docx_complaint_letter, docx_memo_witnesses, pdf_complaint_letter, pdf_signature_only_deed,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:12]},
    **{s.__name__: "HTML" for s in STYLES[12:18]},
    **{s.__name__: "Word" for s in STYLES[18:20]},
    **{s.__name__: "PDF" for s in STYLES[20:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
