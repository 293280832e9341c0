"""A twenty-eighth set of requests written by someone who had not read the readers (issue
8): REAL Thai agency forms that sets 1-27 do not hold, each carrying a SECOND PERSON's
details beside the applicant's, typed into mail bodies and HTML or attached as Word, PDF
text layers and xlsx sheets.

Written before reading `extractors/` or `config/` (only the harness, blind_sets.py, set
26's test and builder, the file makers of sets 5, 11 and 13 and the earlier sets' style
names were read). Each style is modelled on a public form as it is printed:

- แบบคำร้องขอลงทะเบียนเพื่อขอรับสิทธิเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (ดร.01): the
  ผู้ยื่นคำร้อง (the mother, or the father), the newborn (name, ID, birth date of 2026)
  and the spouse (คู่สมรส) with his or her own ID and birth date; PromptPay tied to an ID;
- แบบคำขอรับเงินค่าจัดการศพผู้สูงอายุตามประเพณี: the DECEASED's details first (ID, birth
  date, date of death, death certificate number, house-register address), then the
  ผู้จัดการศพ who asks for the money;
- แบบแจ้งเรื่องเดือดร้อนรำคาญ: the complainant, then the source (a company with its
  13-digit juristic number, its own address, landline and a contact person);
- คำขออนุญาตก่อสร้างอาคาร with the หนังสือยินยอมให้ปลูกสร้างอาคารในที่ดิน of the land
  owner (his ID, age, address, the deed's numbers);
- คำขอรับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ: a natural person or a
  ห้างหุ้นส่วนจำกัด (its juristic number) run by the applicant, the premises with its
  own address, landline, workers and area;
- คำร้องขอรับการสนับสนุนน้ำอุปโภคบริโภค with the ผู้ใหญ่บ้าน's certification (his name
  after ข้าพเจ้า, his mobile);
- คำร้องขอติดตั้ง/ขยายเขตไฟฟ้าสาธารณะ: the spot in another หมู่ and ตำบล, a neighbour's
  house, a pole's number and GPS coordinates;
- คำร้องขอใช้ศาลาประชาคมและยืมวัสดุอุปกรณ์: the event's dates, the driver who collects the
  tents with his own phone and a vehicle plate that names a province;
- คำขออนุญาตตัดต้นไม้ในที่ดิน: the land's title (น.ส.3ก, เล่ม, หน้า) and its owner;
- คำร้องขอรับค่าเสียหาย (a municipal truck hit the applicant's car): both plates (one
  naming Bangkok), the driver of the other car, the date of the event, a bank account
  whose number begins 08 like a mobile;
- แบบคำขอข้อมูลข่าวสาร filed by a company's authorised employee (the company's juristic
  number and office beside his own);
- คำขอเช่าแผงค้าในตลาดสด with the ผู้ค้ำประกัน's section (a civil servant: workplace,
  position, ID, address, phone);
- คำขอใช้น้ำประปา (ติดตั้งมาตรวัดน้ำ) by a tenant, with the house owner's consent (the
  owner's own ID, address and phone) and the 11-digit house code;
- คำร้องขอรับความช่วยเหลือกรณีได้รับบาดเจ็บ with a witness's section and the dates of
  the event and of admission to hospital.

Conventions (written down before any run):
- the applicant is the person who asks and signs as ผู้ยื่นคำร้อง/ผู้ขอ/ผู้ร้อง: the
  mother (or father) in ดร.01, not the newborn or the spouse; the ผู้จัดการศพ, never the
  deceased; the complainant, not the source; the ผู้ขออนุญาต, not the land owner who
  consents; the natural person who signs for a partnership or company (the juristic
  number is no national ID); the tenant, not the house owner; the injured person, not the
  witness; the renter, not the guarantor; never a headman, a driver or a neighbour;
- the address is the applicant's own: the house-register address, or the current one
  where a form asks both (a clerk takes either of the applicant's own, set 10's rule);
  never a workplace, premises, site, plot, the deceased's house, the source's, the
  owner's or the guarantor's; the postal code and province follow it, never a vehicle
  plate's province;
- the birth date is the applicant's; a form that asks the applicant's age but no birth
  date wants none (or a flagged one): the newborn's, the spouse's, the deceased's, the
  date of death, of the event, of admission, of an ID card's issue or expiry is none;
- the phone is the applicant's mobile; a landline of premises, a headman's, a driver's,
  an owner's, a guarantor's or a witness's number is not; a bank account is no phone;
- names: the title joined to the first name, one space before the family name; a title
  ticked in a row of boxes is the applicant's.
Everyone and every number is invented; every ID is made with with_check_digit; juristic
numbers begin with 0 as the Department of Business Development gives them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import (
    DOCX,
    XLSX,
    Person,
    addresses,
    docx_bytes,
    expect,
    pdf_page,
    thai_date,
    xlsx_bytes,
)
from unseen_requests_11 import PDF, Attachment, dashed_phone
from unseen_requests_13 import dashed_id
from unseen_requests_26 import (
    _doc_title,
    _right,
    _set,
    age,
    amphoe_v,
    be_parts,
    dash,
    dots,
    dotted_line,
    esc,
    no_birth,
    tambon_v,
    wrap_mm,
)

# ruff: noqa: E501 -- forms as agencies print them: long lines of labels and leaders

PEOPLE: tuple[Person, ...] = (
    Person("นาง", "วิไลวรรณ", "ศรีสุข", with_check_digit("341020056712"), date(1991, 4, 17),
           "0824417093", "wilaiwan.ss@gmail.com", "72", "5", "", "", "หนองบัว",
           "เมืองอุดรธานี", "อุดรธานี", "41000"),
    Person("นาย", "ธีรวัฒน์", "คำภูมี", with_check_digit("140990038821"), date(1984, 12, 2),
           "0936628140", "teerawat.kp@hotmail.com", "18/9", "", "ลาดพร้าว 101", "ลาดพร้าว",
           "คลองจั่น", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
    Person("นางสาว", "กมลชนก", "ทองประเสริฐ", with_check_digit("165010044127"), date(1996, 8, 9),
           "0617742385", "kamonchanok.tp@gmail.com", "204", "3", "", "", "ท่าหิน",
           "เมืองสกลนคร", "สกลนคร", "47000"),
    Person("นาย", "อนุชา", "แสนสุข", with_check_digit("330050017765"), date(1975, 6, 30),
           "0897153362", "anucha.ss@yahoo.com", "56", "9", "", "", "หนองไผ่ล้อม",
           "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
    Person("นาง", "รัชนี", "บุญประคอง", with_check_digit("390010072346"), date(1968, 1, 25),
           "0816620497", "ratchanee.bp@gmail.com", "9/1", "", "", "ราษฎร์อุทิศ", "หาดใหญ่",
           "หาดใหญ่", "สงขลา", "90110"),
    Person("นาย", "พงศกร", "วงศ์ใหญ่", with_check_digit("150020069918"), date(1989, 3, 11),
           "0958816204", "pongsakorn.wy@outlook.com", "141", "7", "", "", "สันผีเสื้อ",
           "เมืองเชียงใหม่", "เชียงใหม่", "50300"),
    Person("นางสาว", "ศิริพร", "จันทร์หอม", with_check_digit("110050072294"), date(1993, 10, 5),
           "0645531908", "siriporn.jh@gmail.com", "88/24", "", "นวมินทร์ 74", "นวมินทร์",
           "คลองกุ่ม", "บึงกุ่ม", "กรุงเทพมหานคร", "10240"),
    Person("นาย", "สมพงษ์", "ดวงแก้ว", with_check_digit("345060011238"), date(1962, 9, 14),
           "0871109256", "sompong.dk@gmail.com", "31", "2", "", "", "ขามใหญ่",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
)  # fmt: skip

# second persons: spouses, the deceased, land and house owners, guarantors, witnesses
OTHERS: tuple[Person, ...] = (
    Person("นาย", "ประยูร", "ศรีสุข", with_check_digit("341020009814"), date(1988, 2, 3),
           "0892210476", "prayoon.ss@gmail.com", "72", "5", "", "", "หนองบัว",
           "เมืองอุดรธานี", "อุดรธานี", "41000"),
    Person("นาง", "บัวผัน", "คำภูมี", with_check_digit("345990004473"), date(1941, 5, 19),
           "", "", "12", "4", "", "", "นาเมือง", "เสลภูมิ", "ร้อยเอ็ด", "45120"),
    Person("นาย", "เฉลิม", "พูลผล", with_check_digit("341060020587"), date(1957, 11, 28),
           "0813367402", "chalerm.pp@gmail.com", "130", "1", "", "", "นาข่า",
           "เมืองอุดรธานี", "อุดรธานี", "41000"),
    Person("นางสาว", "อารีรัตน์", "สีดา", with_check_digit("347010035592"), date(1987, 7, 21),
           "0869924015", "areerat.sd@moe.go.th", "5/3", "8", "", "", "ธาตุเชิงชุม",
           "เมืองสกลนคร", "สกลนคร", "47000"),
    Person("นาย", "บุญเลิศ", "แสนสุข", with_check_digit("330050002961"), date(1939, 3, 8),
           "", "", "56", "9", "", "", "หนองไผ่ล้อม", "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
    Person("นาง", "สมหมาย", "ใจเย็น", with_check_digit("390010051103"), date(1970, 12, 30),
           "0853304418", "sommai.jy@gmail.com", "44", "", "", "เพชรเกษม", "คอหงส์",
           "หาดใหญ่", "สงขลา", "90110"),
)  # fmt: skip

MOTHERS = (PEOPLE[0], PEOPLE[2])
SPOUSES = (
    OTHERS[0],
    Person("นาย", "กิตติพงษ์", "ทองประเสริฐ", with_check_digit("147010058836"), date(1994, 1, 22),
           "0982276145", "kittipong.tp@gmail.com", "204", "3", "", "", "ท่าหิน",
           "เมืองสกลนคร", "สกลนคร", "47000"),
)  # fmt: skip
NEWBORNS = (
    Person("เด็กหญิง", "ปัณณ์ชิตา", "ศรีสุข", with_check_digit("141990074516"), date(2026, 10, 12),
           "", "", "72", "5", "", "", "หนองบัว", "เมืองอุดรธานี", "อุดรธานี", "41000"),
    Person("เด็กชาย", "ภูริภัทร", "ทองประเสริฐ", with_check_digit("147990082207"), date(2026, 9, 3),
           "", "", "204", "3", "", "", "ท่าหิน", "เมืองสกลนคร", "สกลนคร", "47000"),
)  # fmt: skip

AGENCY_MAIL = "saraban@nongbua.go.th"
SUBJECTS = ("ส่งแบบคำขอ", "ยื่นคำร้องออนไลน์", "ขอยื่นแบบฟอร์มตามไฟล์แนบ", "คำขอ")
ATTACHED = (
    "เรียน เจ้าหน้าที่\n\nส่งแบบคำขอที่กรอกแล้วตามไฟล์แนบครับ\n\nขอบคุณครับ\n",
    "ตามไฟล์แนบค่ะ\n\nส่งจาก Android\n",
    "เรียน งานธุรการ\nแนบเอกสารมาเพื่อโปรดพิจารณาค่ะ\n",
    "สวัสดีครับ\nแนบแบบฟอร์มที่ดาวน์โหลดจากเว็บไซต์มาครับ\n",
)
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, *, text: str | None = None, html: str | None = None,
            files: tuple[Attachment, ...] = (), subject: str | None = None,
            sender: Person | None = None) -> bytes:  # fmt: skip
    who = sender or p
    msg = EmailMessage()
    msg["From"] = f"{who.first} {who.last} <{who.email}>"
    msg["To"] = AGENCY_MAIL
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 7, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set28-{n}-{who.first.encode().hex()[:8]}@example.net>"
    if text is None and html is None:
        text = ATTACHED[n % len(ATTACHED)]
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


# --- what a clerk accepts ------------------------------------------------------------------


def full(q: Person) -> str:
    """An address as one typed line with its province and postal code."""
    return f"{q.line()} {q.province_written} {q.postal}"


def captioned(q: Person) -> str:
    """The address in the printed form's captions, each before the citizen's own words."""
    return (
        f"เลขที่ {q.house} หมู่ที่ {dash(q.moo)} ตรอก/ซอย {dash(q.soi)} ถนน {dash(q.road)}"
        f" ตำบล/แขวง {tambon_v(q)} อำเภอ/เขต {amphoe_v(q)} จังหวัด {q.province} รหัสไปรษณีย์ {q.postal}"
    )


def either_address(exp: dict[str, tuple[str, ...]], other: Person) -> dict[str, tuple[str, ...]]:
    """The form asks a registered and a current address: either of the applicant's own."""
    more = expect(other, "address postal_code province")
    for k, v in more.items():
        exp[k] = (*exp[k], *v)
    return exp


def as_asked(exp: dict[str, tuple[str, ...]], p: Person, *, soi: bool = True,
             road: bool = True) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """The address as the form asks it: a part it prints no blank for is not written.
    (Mended after the first run: the water supply form has no ซอย or ถนน blank, yet the
    road was expected; the hall form and the ข.1 PDF have no ซอย blank.)"""
    asked = replace(p, soi=p.soi if soi else "", road=p.road if road else "")
    exp["address"] = (*exp["address"], *addresses(asked))
    return exp


def moved(p: Person) -> Person:
    """Where the applicant lives now, not where the house register says."""
    if p.bangkok:
        return replace(p, house="301/5", moo="", soi="", road="มิตรภาพ", tambon="ในเมือง",
                       amphoe="เมืองขอนแก่น", province="ขอนแก่น", postal="40000")  # fmt: skip
    return replace(p, house="99/14", moo="", soi="พหลโยธิน 52", road="พหลโยธิน",
                   tambon="คลองถนน", amphoe="สายไหม", province="กรุงเทพมหานคร", postal="10220")  # fmt: skip


def juristic(first12: str) -> str:
    """A juristic person's 13-digit number as DBD gives it (0 first: never a person's)."""
    return with_check_digit(first12)


def plate(k: int) -> str:
    return ("1กข 4528 กรุงเทพมหานคร", "กต 7319 ขอนแก่น")[k % 2]


# --- plain bodies ---------------------------------------------------------------------------


def newborn_grant_dr01_body(p: Person, i: int) -> Case:
    """ดร.01 copied from the department's site and filled: ส่วนที่ 1 the ผู้ยื่นคำร้อง
    with birth date, both addresses and PromptPay; ส่วนที่ 2 the newborn; ส่วนที่ 3 the
    spouse with his own ID, birth date and phone. The mother applies (i even) or, her
    details in the spouse's part, the father (i odd)."""
    mother, child, father = MOTHERS[i % 2], NEWBORNS[i % 2], SPOUSES[i % 2]
    who, spouse = (mother, father) if i % 2 == 0 else (father, mother)
    now = moved(who)
    d, m, y = be_parts(who.born)
    cd, cm, cy = be_parts(child.born)
    sd, sm, sy = be_parts(spouse.born)
    text = (
        "แบบคำร้องขอลงทะเบียนเพื่อขอรับสิทธิเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (ดร.01)\n"
        "                                         เขียนที่ เทศบาลนครอุดรธานี\n"
        "                                         วันที่ 7 เดือน ธันวาคม พ.ศ. 2569\n\n"
        "ส่วนที่ 1 ข้อมูลผู้ยื่นคำร้อง\n"
        f"ข้าพเจ้า {who.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(who.nid)}\n"
        f"เกิดวันที่ {d} เดือน {m} พ.ศ. {y}  อายุ {age(who.born)} ปี  สัญชาติ ไทย\n"
        f"ที่อยู่ตามทะเบียนบ้าน {captioned(who)}\n"
        f"ที่อยู่ปัจจุบัน {full(now)}\n"
        f"หมายเลขโทรศัพท์ {dashed_phone(who.mobile)}  อีเมล {who.email}\n"
        f"เกี่ยวข้องกับเด็กแรกเกิดโดยเป็น {'มารดา' if who is mother else 'บิดา'}\n\n"
        "ส่วนที่ 2 ข้อมูลเด็กแรกเกิด\n"
        f"ชื่อ-สกุล {child.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(child.nid)}\n"
        f"เกิดวันที่ {cd} เดือน {cm} พ.ศ. {cy}  เป็นบุตรลำดับที่ 2\n\n"
        "ส่วนที่ 3 ข้อมูลคู่สมรส (บิดา/มารดาของเด็ก)\n"
        f"ชื่อ-สกุล {spouse.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(spouse.nid)}\n"
        f"เกิดวันที่ {sd} เดือน {sm} พ.ศ. {sy}\n"
        f"หมายเลขโทรศัพท์ {dashed_phone(spouse.mobile)}\n\n"
        "ส่วนที่ 4 การรับเงิน\n"
        f"☑ พร้อมเพย์ผูกกับเลขประจำตัวประชาชนของผู้ยื่นคำร้อง {who.nid}\n"
        "☐ บัญชีเงินฝากธนาคาร ..........\n\n"
        "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง\n"
        "      ลงชื่อ ............................ ผู้ยื่นคำร้อง\n"
        f"            ({who.name})\n"
    )
    exp = either_address(expect(who), now)
    return Case("newborn_grant_dr01_body",
                message(who, i, text=text, subject="ลงทะเบียนเงินอุดหนุนเด็กแรกเกิด"), exp)  # fmt: skip


def funeral_aid_deceased_first_body(p: Person, i: int) -> Case:
    """แบบคำขอรับเงินค่าจัดการศพผู้สูงอายุตามประเพณี: the deceased's part first (name,
    ID, birth date, date of death, death certificate, house-register address), then the
    ผู้จัดการศพ's part with age, ID, relation, address and phone. The writer is the
    ผู้จัดการศพ."""
    dead = OTHERS[1] if i % 2 == 0 else OTHERS[4]
    d, m, y = be_parts(dead.born)
    text = (
        "แบบคำขอรับเงินค่าจัดการศพผู้สูงอายุตามประเพณี\n"
        "                                   เขียนที่ องค์การบริหารส่วนตำบล\n"
        "                                   วันที่ 7 ธันวาคม 2569\n\n"
        "ข้อมูลผู้สูงอายุที่เสียชีวิต\n"
        f"ชื่อ-สกุล {dead.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(dead.nid)}\n"
        f"เกิดวันที่ {d} {m} {y}\n"
        f"ถึงแก่กรรมเมื่อวันที่ {25 + i % 3} พฤศจิกายน 2569 ด้วยสาเหตุ ชราภาพ\n"
        f"ใบมรณบัตรเลขที่ {4521 + i}/2569 ออกให้ ณ ที่ว่าการอำเภอ{dead.amphoe}\n"
        f"ที่อยู่ตามทะเบียนบ้าน {full(dead)}\n\n"
        "ข้อมูลผู้ยื่นคำขอ (ผู้จัดการศพ)\n"
        f"ข้าพเจ้า {p.name} อายุ {age(p.born)} ปี\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"เกี่ยวข้องกับผู้เสียชีวิตโดยเป็น {'บุตร' if i % 2 == 0 else 'หลาน'}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}  อีเมล {p.email}\n"
        "มีความประสงค์ขอรับเงินค่าจัดการศพตามประเพณี จำนวน 3,000 บาท\n\n"
        "      ลงชื่อ ............................ ผู้ยื่นคำขอ\n"
        f"            ({p.name})\n"
    )
    return Case("funeral_aid_deceased_first_body",
                message(p, i, text=text, subject="ขอรับเงินค่าจัดการศพผู้สูงอายุ"), no_birth(expect(p)))  # fmt: skip


COMPANIES = (
    ("บริษัท อุดรค้าไม้ จำกัด", juristic("041555900123"), "99 หมู่ที่ 4 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000", "042-241-778"),
    ("บริษัท สยามรีไซเคิล จำกัด", juristic("010556301874"), "17 ถนนรามอินทรา แขวงคันนายาว เขตคันนายาว กรุงเทพมหานคร 10230", "02-519-4433"),
)  # fmt: skip


def nuisance_complaint_factory_body(p: Person, i: int) -> Case:
    """แบบแจ้งเรื่องร้องเรียนเหตุเดือดร้อนรำคาญ: the complainant's part, then the source:
    a company with its juristic number (dashed as on its certificate, i odd), its own
    address, landline and a contact person, and the dates the nuisance began and was
    last noticed."""
    name, number, where, landline = COMPANIES[i % 2]
    shown = dashed_id(number) if i % 2 else number
    text = (
        "แบบแจ้งเรื่องร้องเรียนเหตุเดือดร้อนรำคาญ\n"
        "                                   วันที่ 7 เดือน ธันวาคม พ.ศ. 2569\n"
        "เรียน นายกเทศมนตรี\n\n"
        "1. ข้อมูลผู้ร้องเรียน\n"
        f"ชื่อ-นามสกุล {p.name}  อายุ {age(p.born)} ปี\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"ที่อยู่ {captioned(p)}\n"
        f"โทรศัพท์มือถือ {p.mobile}  E-mail {p.email}\n\n"
        "2. แหล่งกำเนิดเหตุเดือดร้อนรำคาญ\n"
        f"ชื่อสถานประกอบการ {name}\n"
        f"เลขทะเบียนนิติบุคคล {shown}\n"
        f"ที่ตั้ง {where}\n"
        f"โทรศัพท์ {landline}  ผู้ติดต่อ นายวรพล ศักดิ์ดี ผู้จัดการโรงงาน\n"
        "ประเภทเหตุ ☑ กลิ่นเหม็น ☑ ฝุ่นละออง ☐ เสียงดัง ☐ น้ำเสีย\n"
        "เริ่มเกิดเหตุตั้งแต่วันที่ 1 ตุลาคม 2569 ครั้งล่าสุดวันที่ 5 ธันวาคม 2569 เวลา 22.00 น.\n"
        "รายละเอียด ฝุ่นไม้ปลิวเข้าบ้านทุกคืน และมีกลิ่นกาวจากการอบไม้\n\n"
        "ลงชื่อ ..................... ผู้ร้องเรียน\n"
        f"      ({p.name})\n"
    )
    return Case("nuisance_complaint_factory_body",
                message(p, i, text=text, subject="ร้องเรียนเหตุเดือดร้อนรำคาญ"), no_birth(expect(p)))  # fmt: skip


def building_permit_land_owner_consent_body(p: Person, i: int) -> Case:
    """A short ข.1 typed into the mail with the land owner's หนังสือยินยอม below it (i
    even) or above it (i odd, as the owner's letter was typed first): the owner's own
    "ข้าพเจ้า", age, ID, address and the deed he consents for."""
    owner = OTHERS[2] if i % 2 == 0 else OTHERS[5]
    permit = (
        "คำขออนุญาตก่อสร้างอาคาร (แบบ ข.1)\n"
        "                                   วันที่ 7 เดือน ธันวาคม พ.ศ. 2569\n"
        f"ข้าพเจ้า {p.name} เจ้าของอาคาร\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"อยู่บ้านเลขที่ {p.house} ตรอก/ซอย {dash(p.soi)} ถนน {dash(p.road)} หมู่ที่ {dash(p.moo)}"
        f" ตำบล/แขวง {tambon_v(p)} อำเภอ/เขต {amphoe_v(p)} จังหวัด {p.province}\n"
        f"หมายเลขโทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"ขออนุญาตก่อสร้างอาคาร ชนิด ไม้ชั้นเดียว ที่ หมู่ที่ 2 ตำบล{owner.tambon} อำเภอ{owner.amphoe}\n"
        f"ในที่ดินโฉนดเลขที่ {8812 + i} เลขที่ดิน 41 หน้าสำรวจ 1907 เป็นที่ดินของ {owner.name}\n"
        "      ลงชื่อ ..................... ผู้ขออนุญาต\n"
        f"            ({p.name})\n"
    )
    consent = (
        "หนังสือยินยอมให้ปลูกสร้างอาคารในที่ดิน\n"
        f"ข้าพเจ้า {owner.name} อายุ {age(owner.born)} ปี\n"
        f"เลขประจำตัวประชาชน {owner.nid}\n"
        f"อยู่บ้านเลขที่ {full(owner)}\n"
        f"โทรศัพท์ {owner.mobile}\n"
        f"เป็นเจ้าของที่ดินโฉนดเลขที่ {8812 + i} ขอยินยอมให้ {p.name} ก่อสร้างอาคารในที่ดินดังกล่าว\n"
        "      ลงชื่อ ..................... ผู้ให้ความยินยอม\n"
        f"            ({owner.name})\n"
    )
    text = permit + "\n" + consent if i % 2 == 0 else consent + "\n" + permit
    exp = no_birth(expect(p, "full_name national_id phone address province"))
    typed = " ".join(x for x in (p.house, f"ซอย{p.soi}" if p.soi else "", f"ถนน{p.road}" if p.road else "",
                                 f"หมู่ที่ {p.moo}" if p.moo else "") if x)  # fmt: skip
    area = f"แขวง{p.tambon} เขต{p.amphoe}" if p.bangkok else f"ตำบล{p.tambon} อำเภอ{p.amphoe}"
    exp["address"] = (*exp["address"], *addresses(p, f"{typed} {area}"))
    return Case("building_permit_land_owner_consent_body",
                message(p, i, text=text, subject="ขออนุญาตก่อสร้างอาคาร พร้อมหนังสือยินยอม"), exp)  # fmt: skip


def hazard_business_license_body(p: Person, i: int) -> Case:
    """คำขอรับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ: a natural person (i even) or
    the managing partner of a ห้างหุ้นส่วนจำกัด (i odd, its juristic number before his
    own ID), the business, its premises with their own address and landline, workers."""
    if i % 2:
        who = (
            "☐ บุคคลธรรมดา  ☑ นิติบุคคล\n"
            f"ชื่อนิติบุคคล ห้างหุ้นส่วนจำกัด {p.first}ออโต้คาร์ เลขทะเบียนนิติบุคคล {juristic('043556100412')}\n"
            f"โดย {p.name} ตำแหน่ง หุ้นส่วนผู้จัดการ ผู้มีอำนาจลงนาม อายุ {age(p.born)} ปี\n"
        )
    else:
        who = f"☑ บุคคลธรรมดา  ☐ นิติบุคคล\nข้าพเจ้า {p.name} อายุ {age(p.born)} ปี สัญชาติ ไทย\n"
    text = (
        "คำขอรับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ\n"
        "                                   วันที่ 7 เดือน ธันวาคม พ.ศ. 2569\n"
        f"{who}"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"อยู่บ้านเลขที่ {full(p)}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}  อีเมล {p.email}\n"
        "ขอยื่นคำขอรับใบอนุญาตประกอบกิจการ ประเภท การซ่อมเครื่องยนต์ พ่นสี\n"
        f"ชื่อสถานประกอบการ {p.first}ออโต้คาร์\n"
        "สถานที่ตั้ง เลขที่ 250 หมู่ที่ 8 ถนนอุดร-หนองคาย ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
        "โทรศัพท์สถานประกอบการ 042-930-115\n"
        "จำนวนคนงาน 6 คน  พื้นที่ประกอบการ 240 ตารางเมตร  เครื่องจักร 12 แรงม้า\n"
        "เริ่มประกอบกิจการเมื่อวันที่ 1 มีนาคม 2565\n\n"
        "      ลงชื่อ ..................... ผู้ขอรับใบอนุญาต\n"
        f"            ({p.name})\n"
    )
    return Case("hazard_business_license_body",
                message(p, i, text=text, subject="ขอต่อใบอนุญาตกิจการที่เป็นอันตรายต่อสุขภาพ"), no_birth(expect(p)))  # fmt: skip


def water_supply_headman_body(p: Person, i: int) -> Case:
    """คำร้องขอรับการสนับสนุนน้ำอุปโภคบริโภค with the ผู้ใหญ่บ้าน's certification, below
    the request (i even) or written first as his own "ข้าพเจ้า" (i odd, the headman typed
    his part at the top of the mail); the headman's mobile. No e-mail in the form."""
    headman = "นายสุวิทย์ ทองคำ"
    cert = (
        f"ความเห็นผู้ใหญ่บ้าน\nข้าพเจ้า {headman} ผู้ใหญ่บ้านหมู่ที่ {p.moo or '3'}"
        " ขอรับรองว่าผู้ร้องและราษฎรในหมู่บ้านได้รับความเดือดร้อนจริง\n"
        "      ลงชื่อ ..................... ผู้ใหญ่บ้าน\n"
        f"            ({headman})  โทร 089-417-{5520 + i}\n"
    )
    request = (
        "คำร้องขอรับการสนับสนุนน้ำอุปโภคบริโภค\n"
        "                                   วันที่ 7 ธันวาคม 2569\n"
        "เรียน นายกองค์การบริหารส่วนตำบล\n"
        f"ข้าพเจ้า {p.name} อายุ {age(p.born)} ปี เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"อยู่บ้านเลขที่ {p.house} หมู่ที่ {dash(p.moo)} ตำบล/แขวง {tambon_v(p)} อำเภอ/เขต {amphoe_v(p)}"
        f" จังหวัด {p.province} รหัสไปรษณีย์ {p.postal}\n"
        f"เบอร์โทรศัพท์ที่ติดต่อได้ {p.mobile}\n"
        "มีความประสงค์ขอรับการสนับสนุนน้ำอุปโภคบริโภค จำนวน 6,000 ลิตร\n"
        "เนื่องจาก ประสบภัยแล้ง บ่อน้ำตื้นแห้ง มีครัวเรือนเดือดร้อน 35 ครัวเรือน\n"
        "      ลงชื่อ ..................... ผู้ร้อง\n"
        f"            ({p.name})\n"
    )
    text = request + "\n" + cert if i % 2 == 0 else cert + "\n" + request
    exp = as_asked(no_birth(expect(p, "full_name national_id phone address postal_code province")),
                   p, soi=False, road=False)  # fmt: skip
    return Case("water_supply_headman_body",
                message(p, i, text=text, subject="ขอรับการสนับสนุนน้ำ"), exp)  # fmt: skip


def street_light_request_body(p: Person, i: int) -> Case:
    """คำร้องขอติดตั้งไฟฟ้าสาธารณะ: the applicant's lines, then the spot: in front of a
    neighbour's house in another หมู่ and ตำบล, a pole's number, GPS, the length."""
    text = (
        "คำร้องขอติดตั้งไฟฟ้าส่องสว่างสาธารณะ\n"
        "เรียน นายกเทศมนตรี\n"
        f"ข้าพเจ้า {p.name}\n"
        f"บัตรประจำตัวประชาชนเลขที่ {dashed_id(p.nid)}\n"
        f"ที่อยู่ {full(p)}\n"
        f"โทร. {dashed_phone(p.mobile)}\n"
        f"อีเมล {p.email}\n"
        "ขอให้ติดตั้งไฟฟ้าส่องสว่างสาธารณะ บริเวณ\n"
        "หน้าบ้านเลขที่ 77 หมู่ที่ 5 ของ นางทองใบ มีสุข ตำบลนาดี อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
        f"ใกล้เสาไฟฟ้าหมายเลข 12/{340 + i}  พิกัด 17.4138, 102.7872  ระยะทางประมาณ 120 เมตร\n"
        "เหตุผล ถนนมืด มีนักเรียนสัญจรช่วงเย็น\n"
        "      ลงชื่อ ..................... ผู้ยื่นคำร้อง\n"
    )
    return Case("street_light_request_body",
                message(p, i, text=text, subject="ขอติดตั้งไฟฟ้าสาธารณะ"), no_birth(expect(p)))  # fmt: skip


def hall_use_with_driver_body(p: Person, i: int) -> Case:
    """คำร้องขอใช้ศาลาประชาคมและยืมวัสดุอุปกรณ์: the event's dates and place, what is
    borrowed, and the driver who collects it with his own mobile and a plate naming a
    province (Bangkok, or another than the applicant's)."""
    driver_phone = "0847719320" if i % 2 == 0 else "0918823304"
    text = (
        "คำร้องขอใช้สถานที่และยืมวัสดุอุปกรณ์\n"
        "                                   วันที่ 7 ธันวาคม 2569\n"
        f"ข้าพเจ้า {p.name} อายุ {age(p.born)} ปี\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"อยู่บ้านเลขที่ {p.house} หมู่ที่ {dash(p.moo)} ถนน {dash(p.road)} ตำบล/แขวง {tambon_v(p)}"
        f" อำเภอ/เขต {amphoe_v(p)} จังหวัด {p.province} {p.postal}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}  อีเมล {p.email}\n"
        "ขอใช้ ศาลาประชาคมหมู่บ้าน เพื่อจัดงาน ทำบุญขึ้นบ้านใหม่\n"
        "ระหว่างวันที่ 19 ธันวาคม 2569 ถึงวันที่ 20 ธันวาคม 2569 ผู้ร่วมงานประมาณ 150 คน\n"
        "ขอยืม เต็นท์ 4 หลัง เก้าอี้ 100 ตัว โต๊ะ 15 ตัว\n"
        f"ผู้มารับของ นายสมบัติ ขันแข็ง โทร {dashed_phone(driver_phone)} รถกระบะทะเบียน {plate(i)}\n"
        "จะส่งคืนภายในวันที่ 21 ธันวาคม 2569\n"
        "      ลงชื่อ ..................... ผู้ขอใช้\n"
        f"            ({p.name})\n"
    )
    return Case("hall_use_with_driver_body",
                message(p, i, text=text, subject="ขอใช้ศาลาประชาคม"),
                as_asked(no_birth(expect(p)), p, soi=False))  # fmt: skip


def tree_cutting_land_owner_body(p: Person, i: int) -> Case:
    """คำขออนุญาตตัดต้นไม้: the applicant, then the land: น.ส.3ก's number, เล่ม, หน้า,
    its place, and its owner (another person, his ID) who consents; trees and sizes."""
    owner = OTHERS[5] if i % 2 == 0 else OTHERS[2]
    text = (
        "คำขออนุญาตตัดต้นไม้\n"
        "                                   เขียนที่ อบต.\n"
        "                                   วันที่ 7 เดือน ธันวาคม พ.ศ. 2569\n"
        f"ข้าพเจ้า {p.name} อายุ {age(p.born)} ปี สัญชาติ ไทย\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"ที่อยู่ {captioned(p)}\n"
        f"โทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"ขออนุญาตตัดต้นไม้ ในที่ดิน น.ส.3ก เลขที่ {4521 + i} เล่ม 12 หน้า 21 ระวาง 5641 II\n"
        f"ตั้งอยู่ หมู่ที่ 6 ตำบล{owner.tambon} อำเภอ{owner.amphoe} จังหวัด{owner.province}\n"
        f"ซึ่งเป็นที่ดินของ {owner.name} เลขประจำตัวประชาชน {dashed_id(owner.nid)} ซึ่งยินยอมให้ตัดแล้ว\n"
        "ชนิดต้นไม้ ยางนา จำนวน 2 ต้น ขนาดเส้นรอบวง 180 ซม.\n"
        "เหตุผล กิ่งไม้ผุ เอนเข้าหาสายไฟฟ้า\n"
        "      ลงชื่อ ..................... ผู้ขออนุญาต\n"
        f"            ({p.name})\n"
    )
    exp = no_birth(expect(p, "full_name national_id phone address postal_code province"))
    return Case("tree_cutting_land_owner_body",
                message(p, i, text=text, subject="ขออนุญาตตัดต้นไม้"), exp)  # fmt: skip


# --- HTML bodies ----------------------------------------------------------------------------


def _rows(rows: list[tuple[str, ...]]) -> str:
    out = []
    for r in rows:
        if len(r) == 1:
            out.append(f'<tr><td colspan="4" style="background:#eee"><b>{esc(r[0])}</b></td></tr>')
        elif len(r) == 2:
            out.append(f'<tr><td>{esc(r[0])}</td><td colspan="3">{esc(r[1])}</td></tr>')
        else:
            out.append("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>")
    return '<table border="1" cellspacing="0" cellpadding="4">' + "".join(out) + "</table>"


def html_vehicle_damage_claim(p: Person, i: int) -> Case:
    """คำร้องขอรับค่าเสียหาย, a municipal truck hit the applicant's car, as an HTML table:
    the claimant, his car's plate (naming Bangkok or Khon Kaen), the other car's plate and
    driver, the date of the event, the damage and a bank account beginning 08."""
    account = f"08{6 + i % 2}-2-{41157 + i}-3"
    rows = [
        ("ผู้ร้อง",),
        ("ชื่อ-นามสกุล", p.name, "อายุ", f"{age(p.born)} ปี"),
        ("เลขประจำตัวประชาชน", dashed_id(p.nid), "โทรศัพท์", dashed_phone(p.mobile)),
        ("ที่อยู่", full(p)),
        ("อีเมล", p.email),
        ("รายละเอียดเหตุ",),
        ("รถของผู้ร้อง ทะเบียน", plate(i), "ยี่ห้อ", "โตโยต้า"),
        ("รถคู่กรณี ทะเบียน", "82-1457 อุดรธานี", "ผู้ขับขี่", "นายชาตรี พลสีดา พนักงานขับรถเทศบาล"),
        ("วันที่เกิดเหตุ", f"{2 + i % 2} ธันวาคม 2569 เวลา 07.40 น.", "สถานที่", "ถนนโพศรี ตำบลหมากแข้ง"),
        ("ความเสียหาย", "กันชนหลังและไฟท้ายแตก ค่าซ่อม 18,500 บาท"),
        ("โอนเงินเข้าบัญชี", f"ธนาคารกรุงไทย เลขที่บัญชี {account} ชื่อบัญชี {p.name}"),
    ]
    html = (
        "<div>เรียน นายกเทศมนตรี</div><div>ขอยื่นคำร้องขอรับค่าเสียหายตามตารางด้านล่างครับ</div><br>"
        + _rows(rows)
        + "<div><br>ขอบคุณครับ</div>"
    )
    return Case("html_vehicle_damage_claim",
                message(p, i, html=html, subject="คำร้องขอรับค่าเสียหาย รถถูกชน"), no_birth(expect(p)))  # fmt: skip


def html_info_request_for_company(p: Person, i: int) -> Case:
    """แบบคำขอข้อมูลข่าวสาร filed by a company's employee under its letter of authority:
    the company's name, juristic number and office (address and landline) beside his
    own ID, home and mobile; <p> and <br>."""
    name, number, where, landline = COMPANIES[(i + 1) % 2]
    lines = [
        "<b>แบบคำขอข้อมูลข่าวสาร</b>",
        "วันที่ 7 เดือน ธันวาคม พ.ศ. 2569",
        f"ข้าพเจ้า {esc(p.name)} ในฐานะผู้รับมอบอำนาจของ {esc(name)}",
        f"เลขทะเบียนนิติบุคคล {number}",
        f"สำนักงานตั้งอยู่ {esc(where)} โทรศัพท์ {landline}",
        f"เลขประจำตัวประชาชนของผู้ยื่นคำขอ {dashed_id(p.nid)}",
        f"ที่อยู่ของผู้ยื่นคำขอ {esc(full(p))}",
        f"โทรศัพท์มือถือ {dashed_phone(p.mobile)}&nbsp;&nbsp;อีเมล {p.email}",
        "มีความประสงค์ขอข้อมูลข่าวสาร สำเนาประกาศผลการจัดซื้อจัดจ้าง โครงการก่อสร้างรางระบายน้ำ ปีงบประมาณ 2569",
        "&#9745; ขอสำเนา &#9744; ขอตรวจดู",
        "ลงชื่อ ..................... ผู้ยื่นคำขอ",
    ]
    sep = "<br>" if i % 2 == 0 else "</p><p>"
    html = f"<html><body><p>{sep.join(lines)}</p></body></html>"
    return Case("html_info_request_for_company",
                message(p, i, html=html, subject="ขอข้อมูลข่าวสาร"), no_birth(expect(p)))  # fmt: skip


def html_newborn_grant_table(p: Person, i: int) -> Case:
    """ดร.01 pasted from Word as a table: three parts with the same labels (ชื่อ-สกุล,
    เลขประจำตัวประชาชน, วันเดือนปีเกิด): the ผู้ยื่นคำร้อง, the newborn, the spouse; the
    father applies in one variant (i odd)."""
    mother, child, father = MOTHERS[(i + 1) % 2], NEWBORNS[(i + 1) % 2], SPOUSES[(i + 1) % 2]
    who, spouse = (mother, father) if i % 2 == 0 else (father, mother)
    rows = [
        ("ส่วนที่ 1 ผู้ยื่นคำร้อง",),
        ("ชื่อ-สกุล", who.name, "เกี่ยวข้องเป็น", "มารดา" if who is mother else "บิดา"),
        ("เลขประจำตัวประชาชน", who.nid, "วันเดือนปีเกิด", thai_date(who.born)),
        ("ที่อยู่ตามทะเบียนบ้าน", full(who)),
        ("โทรศัพท์", dashed_phone(who.mobile), "อีเมล", who.email),
        ("ส่วนที่ 2 เด็กแรกเกิด",),
        ("ชื่อ-สกุล", child.name, "เพศ", "หญิง" if child.title == "เด็กหญิง" else "ชาย"),
        ("เลขประจำตัวประชาชน", child.nid, "วันเดือนปีเกิด", thai_date(child.born)),
        ("ส่วนที่ 3 คู่สมรส",),
        ("ชื่อ-สกุล", spouse.name, "อาชีพ", "รับจ้าง"),
        ("เลขประจำตัวประชาชน", spouse.nid, "วันเดือนปีเกิด", thai_date(spouse.born)),
        ("โทรศัพท์", dashed_phone(spouse.mobile), "อีเมล", spouse.email),
    ]
    html = "<div>ส่งแบบ ดร.01 ค่ะ</div>" + _rows(rows)
    return Case("html_newborn_grant_table",
                message(who, i, html=html, subject="แบบ ดร.01 เงินอุดหนุนเด็กแรกเกิด"), expect(who))  # fmt: skip


def html_market_stall_guarantor(p: Person, i: int) -> Case:
    """คำขอเช่าแผงค้าในตลาดสดเทศบาล with the ผู้ค้ำประกัน's part (a teacher: workplace,
    position, ID, home and phone) after the renter's; <p>s with <b> captions."""
    g = OTHERS[3] if i % 2 == 0 else OTHERS[5]
    d, m, y = be_parts(p.born)

    def para(label: str, value: str) -> str:
        return f"<p><b>{esc(label)}</b> {esc(value)}</p>"

    html = (
        "<p><b>คำขอเช่าแผงค้าในตลาดสดเทศบาล</b></p>"
        + para("ผู้ขอเช่า", p.name)
        + para("เกิดวันที่", f"{d} {m} {y}")
        + para("เลขประจำตัวประชาชน", dashed_id(p.nid))
        + para("ที่อยู่", full(p))
        + para("โทรศัพท์", dashed_phone(p.mobile))
        + para("อีเมล", p.email)
        + para("แผงที่ขอเช่า", f"โซน ข แผงที่ {14 + i} ประเภทสินค้า ผักสด ค่าเช่าเดือนละ 600 บาท")
        + "<p><b>ผู้ค้ำประกัน</b></p>"
        + para("ชื่อ-สกุล", g.name)
        + para("เลขประจำตัวประชาชน", dashed_id(g.nid))
        + para("ตำแหน่ง", "ครู ค.ศ.2 โรงเรียนอนุบาลอุดรธานี สังกัด สพป.อุดรธานี เขต 1")
        + para("ที่อยู่", full(g))
        + para("โทรศัพท์", dashed_phone(g.mobile))
    )
    return Case("html_market_stall_guarantor",
                message(p, i, html=html, subject="ขอเช่าแผงตลาดสด"), expect(p))  # fmt: skip


# --- Word ---------------------------------------------------------------------------------


def docx_funeral_aid_table(p: Person, i: int) -> Case:
    """The funeral aid form in Word: a label-value table for the deceased (date of death,
    birth date, death certificate, address), then one for the ผู้ยื่นคำขอ; a heading
    paragraph above each."""
    dead = OTHERS[4] if i % 2 == 0 else OTHERS[1]

    def table(d: Any, rows: list[tuple[str, str]]) -> None:
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            _set(t.cell(r, 0), k)
            _set(t.cell(r, 1), v)

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอรับเงินสงเคราะห์ในการจัดการศพ")
        _right(d, "วันที่ 7 ธันวาคม 2569")
        d.add_paragraph().add_run("ข้อมูลผู้เสียชีวิต").bold = True
        table(d, [("ชื่อ-สกุล", dead.name), ("เลขประจำตัวประชาชน", dead.nid),
                  ("วันเดือนปีเกิด", thai_date(dead.born)),
                  ("วันที่เสียชีวิต", f"{24 + i % 2} พฤศจิกายน 2569"),
                  ("มรณบัตรเลขที่", f"{7712 + i}/2569"), ("ที่อยู่ตามทะเบียนบ้าน", full(dead))])  # fmt: skip
        d.add_paragraph().add_run("ข้อมูลผู้ยื่นคำขอ").bold = True
        table(d, [("ชื่อ-สกุล", p.name), ("อายุ", f"{age(p.born)} ปี"),
                  ("เลขประจำตัวประชาชน", dashed_id(p.nid)), ("ความเกี่ยวข้อง", "บุตร"),
                  ("ที่อยู่", full(p)), ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)])  # fmt: skip
        d.add_paragraph("ลงชื่อ ....................... ผู้ยื่นคำขอ")
        d.add_paragraph(f"( {p.name} )")

    raw = message(p, i, files=(("คำขอเงินสงเคราะห์ศพ.docx", docx_bytes(build), DOCX),))
    return Case("docx_funeral_aid_table", raw, no_birth(expect(p)))


def house_code(q: Person) -> str:
    return f"{q.postal[:2]}01-0{q.nid[5:10]}-{q.nid[12]}"


def docx_water_meter_owner_consent(p: Person, i: int) -> Case:
    """คำขอใช้น้ำประปา by a tenant in Word paragraphs with dotted leaders: his details
    (the meter goes where he lives; its house code), then the house owner's consent
    with the owner's own ID, address elsewhere and phone."""
    owner = OTHERS[5] if i % 2 == 0 else OTHERS[0]

    def build(d: Any) -> None:
        _doc_title(d, "คำขอใช้น้ำประปา")
        _right(d, "วันที่ 7 ธันวาคม 2569")
        for line in (
            f"ข้าพเจ้า{dots(p.name)}อายุ{dots(str(age(p.born)), 3, 3)}ปี",
            f"เลขประจำตัวประชาชน{dots(p.nid)}",
            f"อยู่บ้านเลขที่{dots(p.house, 4, 4)}หมู่ที่{dots(dash(p.moo), 4, 4)}ตรอก/ซอย{dots(dash(p.soi), 4, 4)}ถนน{dots(dash(p.road), 4, 4)}",
            f"ตำบล/แขวง{dots(tambon_v(p), 4, 4)}อำเภอ/เขต{dots(amphoe_v(p), 4, 4)}จังหวัด{dots(p.province, 4, 4)}รหัสไปรษณีย์{dots(p.postal, 4, 4)}",
            f"รหัสประจำบ้าน{dots(house_code(p))}",
            f"โทรศัพท์{dots(dashed_phone(p.mobile))}อีเมล{dots(p.email)}",
            "ขอติดตั้งมาตรวัดน้ำขนาด 1/2 นิ้ว ในฐานะ ผู้เช่า",
        ):
            d.add_paragraph(line)
        d.add_paragraph().add_run("ความยินยอมของเจ้าของบ้าน").bold = True
        for line in (
            f"ข้าพเจ้า{dots(owner.name)}เจ้าของบ้าน",
            f"เลขประจำตัวประชาชน{dots(dashed_id(owner.nid))}",
            f"อยู่บ้านเลขที่{dots(full(owner), 4, 4)}",
            f"โทรศัพท์{dots(dashed_phone(owner.mobile))}",
            "ยินยอมให้ผู้เช่าติดตั้งมาตรวัดน้ำ และยินยอมรับผิดชอบค่าน้ำค้างชำระ",
        ):
            d.add_paragraph(line)
        d.add_paragraph("ลงชื่อ ....................... ผู้ขอใช้น้ำ")
        d.add_paragraph("ลงชื่อ ....................... เจ้าของบ้าน")

    raw = message(p, i, files=(("คำขอใช้น้ำประปา.docx", docx_bytes(build), DOCX),))
    return Case("docx_water_meter_owner_consent", raw, no_birth(expect(p)))


def docx_hazard_license_company(p: Person, i: int) -> Case:
    """The health-hazard business licence in Word as a two-column table: the company (its
    juristic number first, its office), then its director who signs (his own ID and
    home), the premises; the director's mobile after the company's landline."""
    name, number, where, landline = COMPANIES[i % 2]

    def build(d: Any) -> None:
        _doc_title(d, "คำขอรับใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ")
        rows = [
            ("ผู้ขอรับใบอนุญาต", f"{name} (นิติบุคคล)"),
            ("เลขทะเบียนนิติบุคคล/เลขประจำตัวผู้เสียภาษี", number),
            ("สำนักงานแห่งใหญ่", where),
            ("โทรศัพท์สำนักงาน", landline),
            ("โดยกรรมการผู้มีอำนาจ", p.name),
            ("เลขประจำตัวประชาชนกรรมการ", dashed_id(p.nid)),
            ("ที่อยู่กรรมการ", full(p)),
            ("โทรศัพท์มือถือ", dashed_phone(p.mobile)),
            ("อีเมล", p.email),
            ("ประเภทกิจการ", "การคัดแยกและอัดวัสดุที่ใช้แล้ว"),
            ("สถานที่ประกอบกิจการ", "310 หมู่ที่ 2 ตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000"),
        ]
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            _set(t.cell(r, 0), k)
            _set(t.cell(r, 1), v)
        d.add_paragraph("ลงชื่อ ....................... ผู้ขอรับใบอนุญาต")

    raw = message(p, i, files=(("คำขอใบอนุญาต.docx", docx_bytes(build), DOCX),))
    return Case("docx_hazard_license_company", raw, no_birth(expect(p)))


def docx_injured_witness(p: Person, i: int) -> Case:
    """คำร้องขอรับความช่วยเหลือกรณีได้รับบาดเจ็บ in Word: the injured person (birth date
    asked), the event's date and place, the hospital and the date admitted, then a
    witness (พยาน) with his own ID, address and phone."""
    w = OTHERS[2] if i % 2 == 0 else OTHERS[3]

    def build(d: Any) -> None:
        _doc_title(d, "คำร้องขอรับความช่วยเหลือกรณีได้รับบาดเจ็บ")
        _right(d, "วันที่ 7 ธันวาคม 2569")
        for line in (
            f"ชื่อ-สกุลผู้บาดเจ็บ : {p.name}",
            f"วัน/เดือน/ปีเกิด : {p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}",
            f"เลขประจำตัวประชาชน : {p.nid}",
            f"ที่อยู่ : {full(p)}",
            f"โทรศัพท์ : {dashed_phone(p.mobile)}",
            f"อีเมล : {p.email}",
            f"วันที่เกิดเหตุ : {28 + i % 2}/11/2569 เวลา 18.30 น.",
            "สถานที่เกิดเหตุ : ริมถนนหน้าตลาดสด หมู่ที่ 4 ตำบลหนองบัว",
            "ลักษณะการบาดเจ็บ : กิ่งไม้ใหญ่หักทับ ขาซ้ายหัก",
            f"เข้ารับการรักษาที่โรงพยาบาลอุดรธานี เมื่อวันที่ {28 + i % 2}/11/2569 ออกจากโรงพยาบาล 4/12/2569",
        ):
            d.add_paragraph(line)
        d.add_paragraph().add_run("พยานผู้รู้เห็นเหตุการณ์").bold = True
        for line in (
            f"ชื่อ-สกุล : {w.name}",
            f"เลขประจำตัวประชาชน : {w.nid}",
            f"ที่อยู่ : {full(w)}",
            f"โทรศัพท์ : {dashed_phone(w.mobile)}",
        ):
            d.add_paragraph(line)

    raw = message(p, i, files=(("คำร้องผู้บาดเจ็บ.docx", docx_bytes(build), DOCX),))
    return Case("docx_injured_witness", raw, expect(p))


# --- PDF text layers ----------------------------------------------------------------------


def pdf_building_permit_consent(p: Person, i: int) -> Case:
    """ข.1 and the land owner's consent on one PDF page, values typed over the dots: the
    applicant's lines at the top, the consent box at the foot with the owner's
    "ข้าพเจ้า", age, ID, address and phone."""
    owner = OTHERS[5] if i % 2 == 0 else OTHERS[2]
    size = 11
    printed: list[tuple[float, float, str]] = [
        (80, 16, "แบบ ข.๑"),
        (50, 24, "คำขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร"),
    ]
    typed: list[tuple[float, float, str]] = []
    lines = [
        [("ข้าพเจ้า", 60, p.name), ("เจ้าของอาคาร", 0, "")],
        [("เลขประจำตัวประชาชน", 45, p.nid)],
        [("อยู่บ้านเลขที่", 10, p.house), ("หมู่ที่", 6, dash(p.moo)), ("ถนน", 20, dash(p.road))],
        [("ตำบล/แขวง", 22, tambon_v(p)), ("อำเภอ/เขต", 24, amphoe_v(p)), ("จังหวัด", 20, p.province)],
        [("โทรศัพท์", 25, dashed_phone(p.mobile))],
        [("ขออนุญาตก่อสร้างอาคาร ในที่ดินโฉนดเลขที่", 12, str(9120 + i)), ("ตำบล", 16, owner.tambon)],
    ]  # fmt: skip
    for k, blanks in enumerate(lines):
        more, values = dotted_line(36.0 + 9 * k, blanks, size)
        printed += more
        typed += values
    printed += [(20, 100, "หนังสือยินยอมของเจ้าของที่ดิน")]
    lines2 = [
        [("ข้าพเจ้า", 60, owner.name), ("อายุ", 6, str(age(owner.born))), ("ปี", 0, "")],
        [("เลขประจำตัวประชาชน", 45, owner.nid)],
        [("อยู่บ้านเลขที่", 100, full(owner))],
        [("โทรศัพท์", 25, dashed_phone(owner.mobile))],
        [("ยินยอมให้", 60, p.name), ("ก่อสร้างอาคารในที่ดินของข้าพเจ้า", 0, "")],
    ]
    for k, blanks in enumerate(lines2):
        more, values = dotted_line(110.0 + 9 * k, blanks, size)
        printed += more
        typed += values
    data = pdf_page(printed + typed, size=size, face="Garuda", rects=[(15, 94, 180, 52)])
    raw = message(p, i, files=(("ข1_หนังสือยินยอม.pdf", data, PDF),), subject="ขออนุญาตก่อสร้าง")
    exp = as_asked(
        no_birth(expect(p, "full_name national_id phone address province")), p, soi=False
    )
    return Case("pdf_building_permit_consent", raw, exp)


def pdf_newborn_dr01_over_dots(p: Person, i: int) -> Case:
    """ดร.01 as a PDF with values typed over the dots: the ผู้ยื่นคำร้อง's lines (birth
    date in three blanks), the newborn's, the spouse's (his own ID, birth date, phone)."""
    mother, child, father = MOTHERS[i % 2], NEWBORNS[i % 2], SPOUSES[i % 2]
    size = 11
    printed: list[tuple[float, float, str]] = [
        (30, 16, "แบบคำร้องขอลงทะเบียนเพื่อขอรับสิทธิเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (ดร.01)")
    ]
    typed: list[tuple[float, float, str]] = []
    d, m, y = be_parts(mother.born)
    cd, cm, cy = be_parts(child.born)
    sd, sm, sy = be_parts(father.born)
    lines: list[tuple[float, list[tuple[str, int, str]]]] = [
        (28, [("ส่วนที่ 1 ผู้ยื่นคำร้อง", 0, "")]),
        (36, [("ข้าพเจ้า", 60, mother.name)]),
        (44, [("เลขประจำตัวประชาชน", 40, dashed_id(mother.nid))]),
        (52, [("เกิดวันที่", 6, d), ("เดือน", 16, m), ("พ.ศ.", 10, y)]),
        (60, [("ที่อยู่ตามทะเบียนบ้าน", 100, full(mother))]),
        (68, [("โทรศัพท์", 25, dashed_phone(mother.mobile)), ("อีเมล", 40, mother.email)]),
        (80, [("ส่วนที่ 2 เด็กแรกเกิด", 0, "")]),
        (88, [("ชื่อ-สกุล", 60, child.name)]),
        (96, [("เลขประจำตัวประชาชน", 40, dashed_id(child.nid))]),
        (104, [("เกิดวันที่", 6, cd), ("เดือน", 16, cm), ("พ.ศ.", 10, cy)]),
        (116, [("ส่วนที่ 3 คู่สมรส", 0, "")]),
        (124, [("ชื่อ-สกุล", 60, father.name)]),
        (132, [("เลขประจำตัวประชาชน", 40, dashed_id(father.nid))]),
        (140, [("เกิดวันที่", 6, sd), ("เดือน", 16, sm), ("พ.ศ.", 10, sy)]),
        (148, [("โทรศัพท์", 25, dashed_phone(father.mobile))]),
    ]
    for yy, blanks in lines:
        more, values = dotted_line(yy, blanks, size)
        printed += more
        typed += values
    data = pdf_page(printed + typed, size=size, face="Garuda")
    raw = message(mother, i, files=(("ดร01.pdf", data, PDF),), subject="ลงทะเบียนเด็กแรกเกิด")
    return Case("pdf_newborn_dr01_over_dots", raw, expect(mother))


def pdf_nuisance_source_box(p: Person, i: int) -> Case:
    """The nuisance complaint as a PDF: the complainant's lines, then a ruled box holding
    the source (a company, its juristic number, address, landline, a contact's mobile)."""
    name, number, where, landline = COMPANIES[(i + 1) % 2]
    texts: list[tuple[float, float, str]] = [
        (55, 16, "แบบแจ้งเรื่องร้องเรียนเหตุเดือดร้อนรำคาญ"),
        (130, 26, "วันที่ 7 ธันวาคม 2569"),
        (20, 36, f"ชื่อผู้ร้องเรียน {p.name}"),
        (20, 44, f"เลขประจำตัวประชาชน {dashed_id(p.nid)}"),
        *((20.0, 52.0 + 8 * k, t) for k, t in enumerate(wrap_mm(f"ที่อยู่ {full(p)}", 170, 11))),
        (20, 68, f"โทรศัพท์ {dashed_phone(p.mobile)}   อีเมล {p.email}"),
        (20, 82, "แหล่งที่ก่อเหตุ"),
        (22, 90, f"ชื่อ {name}"),
        (22, 98, f"ทะเบียนนิติบุคคลเลขที่ {number}"),
        *((22.0, 106.0 + 8 * k, t) for k, t in enumerate(wrap_mm(f"ที่ตั้ง {where}", 165, 11))),
        (22, 122, f"โทรศัพท์ {landline}  ผู้ประสานงาน นางสาวจิราพร ดีมาก โทร 081-559-{2040 + i}"),
        (20, 138, "ลักษณะเหตุ เสียงเครื่องจักรดังตลอดคืน ตั้งแต่วันที่ 15 พฤศจิกายน 2569"),
        (110, 156, "ลงชื่อ ..................... ผู้ร้องเรียน"),
    ]
    data = pdf_page(texts, size=11, face="Garuda", rects=[(18, 84, 176, 44)])
    raw = message(p, i, files=(("ร้องเรียน.pdf", data, PDF),), subject="ร้องเรียนเสียงดัง")
    return Case("pdf_nuisance_source_box", raw, no_birth(expect(p)))


def pdf_tree_cutting_land_table(p: Person, i: int) -> Case:
    """The tree felling request as a PDF: the applicant, then a ruled table of the land
    (title kind, number, land number, ตำบล, owner) and a row of the owner's ID."""
    owner = OTHERS[2] if i % 2 == 0 else OTHERS[5]
    texts: list[tuple[float, float, str]] = [
        (75, 16, "คำขออนุญาตตัดต้นไม้"),
        (20, 30, f"ข้าพเจ้า {p.name} อายุ {age(p.born)} ปี"),
        (20, 38, f"เลขประจำตัวประชาชน {p.nid}"),
        (20, 46, f"ที่อยู่ {p.line()}"),
        (20, 54, f"จังหวัด {p.province} รหัสไปรษณีย์ {p.postal}"),
        (20, 62, f"โทรศัพท์ {p.mobile}"),
    ]
    heads = ("ประเภทเอกสารสิทธิ", "เลขที่", "เลขที่ดิน", "ตำบล", "เจ้าของที่ดิน")
    row = ("โฉนดที่ดิน", str(30571 + i), "112", owner.tambon, owner.name)
    xs = (15, 50, 72, 92, 125)
    rects: list[tuple[float, float, float, float]] = []
    for k, x in enumerate(xs):
        w = (xs[k + 1] if k + 1 < len(xs) else 195) - x
        rects += [(x, 72, w, 9), (x, 81, w, 9)]
        texts += [(x + 1.5, 78, heads[k]), (x + 1.5, 87, row[k])]
    texts += [
        (20, 100, f"เลขประจำตัวประชาชนเจ้าของที่ดิน {owner.nid}  โทร {owner.mobile}"),
        (20, 108, "ชนิดไม้ มะม่วง 3 ต้น เหตุผล ต้นไม้ล้มทับรั้ว"),
        (110, 126, "ลงชื่อ ..................... ผู้ขออนุญาต"),
    ]
    data = pdf_page(texts, size=10, face="Garuda", rects=rects)
    raw = message(p, i, files=(("ขอตัดต้นไม้.pdf", data, PDF),), subject="ขออนุญาตตัดต้นไม้")
    return Case("pdf_tree_cutting_land_table", raw,
                no_birth(expect(p, "full_name national_id phone address postal_code province")))  # fmt: skip


# --- sheets -------------------------------------------------------------------------------


def xlsx_funeral_aid_sheet(p: Person, i: int) -> Case:
    """The funeral aid form as a sheet: label in A, value in B; the deceased's block first
    (ID a number cell, birth and death dates date cells), then the applicant's."""
    dead = OTHERS[1] if i % 2 else OTHERS[4]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำขอ"
        ws.append(["แบบคำขอรับเงินค่าจัดการศพผู้สูงอายุ"])
        ws.append(["วันที่ยื่น", datetime(2026, 12, 7)])
        ws.append(["ข้อมูลผู้เสียชีวิต"])
        ws.append(["ชื่อ-สกุล", dead.name])
        ws.append(["เลขประจำตัวประชาชน", int(dead.nid)])
        ws.append(["วันเกิด", datetime(dead.born.year, dead.born.month, dead.born.day)])
        ws.append(["วันที่เสียชีวิต", datetime(2026, 11, 20 + i % 2)])
        ws.append(["ที่อยู่", full(dead)])
        ws.append([])
        ws.append(["ข้อมูลผู้ยื่นคำขอ"])
        ws.append(["ชื่อ-สกุล", p.name])
        ws.append(["เลขประจำตัวประชาชน", int(p.nid)])
        ws.append(["ความเกี่ยวข้อง", "บุตร"])
        ws.append(["ที่อยู่", full(p)])
        ws.append(["โทรศัพท์", p.mobile])
        ws.append(["อีเมล", p.email])
        for r in range(1, ws.max_row + 1):
            c = ws.cell(r, 2)
            if isinstance(c.value, datetime):
                c.number_format = "d mmmm yyyy"
            elif isinstance(c.value, int):
                c.number_format = "0"

    raw = message(p, i, files=(("คำขอเงินค่าจัดการศพ.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_funeral_aid_sheet", raw, no_birth(expect(p)))


def xlsx_hall_use_driver(p: Person, i: int) -> Case:
    """The hall-use request as a sheet of label-value pairs across (A:B and C:D), with
    the event's dates, the driver's name, phone and plate."""

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอใช้สถานที่"
        ws.append(["คำร้องขอใช้สถานที่และยืมวัสดุอุปกรณ์"])
        ws.append(["ชื่อ-สกุล", p.name, "อายุ", age(p.born)])
        ws.append(["เลขประจำตัวประชาชน", p.nid, "โทรศัพท์", dashed_phone(p.mobile)])
        ws.append(["ที่อยู่", f"{p.line()} {p.province_written}", "รหัสไปรษณีย์", p.postal])
        ws.append(["อีเมล", p.email, "", ""])
        ws.append(["สถานที่ขอใช้", "ศาลาอเนกประสงค์", "จำนวนคน", 200])
        ws.append(["วันที่เริ่ม", datetime(2026, 12, 26), "วันที่สิ้นสุด", datetime(2026, 12, 27)])
        ws.append(["ผู้มารับของ", "นายสมบัติ ขันแข็ง", "โทรศัพท์ผู้มารับ", "091-882-3304"])
        ws.append(["ทะเบียนรถ", plate(i + 1), "", ""])
        for r in range(1, ws.max_row + 1):
            for c in (2, 4):
                if isinstance(ws.cell(r, c).value, datetime):
                    ws.cell(r, c).number_format = "dd/mm/yyyy"

    raw = message(p, i, files=(("ขอใช้ศาลา.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_hall_use_driver", raw, no_birth(expect(p)))


def xlsx_water_meter_side_by_side(p: Person, i: int) -> Case:
    """The water-meter request as a sheet: the labels in A, the tenant's values in B and
    the house owner's in C under a header row naming each; the house code's row has a
    value only in B."""
    owner = OTHERS[0] if i % 2 == 0 else OTHERS[5]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำขอใช้น้ำ"
        ws.append(["คำขอใช้น้ำประปา"])
        ws.append(["", "ผู้ขอใช้น้ำ (ผู้เช่า)", "เจ้าของบ้าน"])
        ws.append(["ชื่อ-สกุล", p.name, owner.name])
        ws.append(["เลขประจำตัวประชาชน", p.nid, owner.nid])
        ws.append(["ที่อยู่", p.line(), owner.line()])
        ws.append(["จังหวัด", p.province, owner.province])
        ws.append(["รหัสไปรษณีย์", p.postal, owner.postal])
        ws.append(["โทรศัพท์", dashed_phone(p.mobile), dashed_phone(owner.mobile)])
        ws.append(["รหัสประจำบ้าน", house_code(p), ""])
        ws.append(["ขนาดมาตรวัดน้ำ", "1/2 นิ้ว", ""])

    raw = message(p, i, files=(("ขอใช้น้ำประปา.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_water_meter_side_by_side", raw,
                no_birth(expect(p, "full_name national_id phone address postal_code province")))  # fmt: skip


STYLES: tuple[Style, ...] = (
    newborn_grant_dr01_body, funeral_aid_deceased_first_body, nuisance_complaint_factory_body,
    building_permit_land_owner_consent_body, hazard_business_license_body,
    water_supply_headman_body, street_light_request_body, hall_use_with_driver_body,
    tree_cutting_land_owner_body,
    html_vehicle_damage_claim, html_info_request_for_company, html_newborn_grant_table,
    html_market_stall_guarantor,
    docx_funeral_aid_table, docx_water_meter_owner_consent, docx_hazard_license_company,
    docx_injured_witness,
    pdf_building_permit_consent, pdf_newborn_dr01_over_dots, pdf_nuisance_source_box,
    pdf_tree_cutting_land_table,
    xlsx_funeral_aid_sheet, xlsx_hall_use_driver, xlsx_water_meter_side_by_side,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:9]},
    **{s.__name__: "HTML" for s in STYLES[9:13]},
    **{s.__name__: "Word" for s in STYLES[13:17]},
    **{s.__name__: "PDF" for s in STYLES[17:21]},
    **{s.__name__: "sheet" for s in STYLES[21:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
