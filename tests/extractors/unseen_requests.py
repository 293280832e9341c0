"""Requests written the way people outside the project write them (issue 8, task x8).

Written by hand from memory of real Thai agency forms and real citizens' mail. The first
nineteen styles (petition_form to pdf_typed) were written before reading the label lists
in `config/` or `extractors/` or `tests/generator`, so they share none of their
assumptions; the later ones were added while fixing the readers, to hunt for more
silent errors (the template keys of complaint_form and numbered were looked up then).
Nothing here is imported from the code under test.

Each case is a raw RFC 5322 message plus the normalised values a clerk would accept for
the fields the request really carries. Where more than one normalised value is right
(an address typed with or without its province and postal code) the case lists them all.
All people, numbers and addresses are invented.
"""

from __future__ import annotations

import base64
import io
import quopri
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime

from support.blind_sets import set_body

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
MONTHS_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip


def thai(text: str) -> str:
    return text.translate(THAI_DIGITS)


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


@dataclass(frozen=True)
class Place:
    house: str
    moo: str  # "" in Bangkok
    soi: str
    road: str
    tambon: str  # the bare name, without ตำบล/แขวง
    amphoe: str  # the bare name, without อำเภอ/เขต
    province: str
    postal: str

    @property
    def bangkok(self) -> bool:
        return self.province == "กรุงเทพมหานคร"


@dataclass(frozen=True)
class Person:
    title: str
    first: str
    last: str
    nid: str
    born: date
    mobile: str  # 10 digits, national
    email: str
    place: Place
    age: int

    @property
    def name(self) -> str:
        return f"{self.title}{self.first} {self.last}"


PEOPLE: tuple[Person, ...] = (
    Person(
        "นาย",
        "ธนากร",
        "ศรีวงศ์ษา",
        with_check_digit("110370045123"),
        date(1988, 3, 12),
        "0891234567",
        "thanakorn.sri@gmail.com",
        Place("45/7", "3", "", "ถนนมิตรภาพ", "ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
        38,
    ),
    Person(
        "นางสาว",
        "พิมพ์ชนก",
        "บุญประเสริฐ",
        with_check_digit("350990012345"),
        date(1995, 11, 2),
        "0812223344",
        "pimchanok.b@hotmail.com",
        Place(
            "199",
            "",
            "ซอยลาดพร้าว 64",
            "ถนนลาดพร้าว",
            "วังทองหลาง",
            "วังทองหลาง",
            "กรุงเทพมหานคร",
            "10310",
        ),
        31,
    ),
    Person(
        "นาง",
        "สมศรี",
        "แก้วมณี",
        with_check_digit("570010067890"),
        date(1966, 7, 25),
        "0865557788",
        "somsri2509@yahoo.co.th",
        Place("12", "8", "", "", "ป่าแดด", "เมืองเชียงราย", "เชียงราย", "57000"),
        60,
    ),
    Person(
        "นาย",
        "วีระพงษ์",
        "ทองคำ",
        with_check_digit("310150034567"),
        date(1979, 1, 30),
        "0943216789",
        "weerapong.t@outlook.com",
        Place(
            "88/123",
            "",
            "ซอยรามอินทรา 40",
            "ถนนรามอินทรา",
            "นวลจันทร์",
            "บึงกุ่ม",
            "กรุงเทพมหานคร",
            "10230",
        ),
        47,
    ),
    Person(
        "นางสาว",
        "กัญญารัตน์",
        "ใจเย็น",
        with_check_digit("190060078901"),
        date(2000, 5, 9),
        "0634445566",
        "kanyarat.jai@gmail.com",
        Place("7/2", "5", "", "ถนนเพชรเกษม", "หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"),
        26,
    ),
    Person(
        "นาย",
        "ประเสริฐ",
        "มั่นคง",
        with_check_digit("340020056789"),
        date(1958, 12, 5),
        "0819876543",
        "prasert.mk@gmail.com",
        Place("301", "11", "", "", "ท่าช้าง", "ว่ารินชำราบ", "อุบลราชธานี", "34190"),
        67,
    ),
    Person(
        "นาง",
        "อรุณี",
        "สายสุวรรณ",
        with_check_digit("120990045678"),
        date(1972, 8, 18),
        "0957654321",
        "arunee.sai@gmail.com",
        Place("55/9", "2", "ซอยวัดบางพูด", "ถนนติวานนท์", "บ้านใหม่", "ปากเกร็ด", "นนทบุรี", "11120"),
        54,
    ),
    Person(
        "นาย",
        "ณัฐวุฒิ",
        "พรหมมา",
        with_check_digit("650080090123"),
        date(1992, 4, 1),
        "0801112233",
        "nattawut.p@icloud.com",
        Place("9", "4", "", "", "บ้านกร่าง", "เมืองพิษณุโลก", "พิษณุโลก", "65000"),
        34,
    ),
    Person(
        "ด.ญ.",
        "ปุณยวีร์",
        "รักษ์ไทย",
        with_check_digit("110020312345"),
        date(2014, 2, 14),
        "0823334455",
        "punyawee.parent@gmail.com",
        Place(
            "23/45", "", "ซอยสุขุมวิท 101/1", "ถนนสุขุมวิท", "บางจาก", "พระโขนง", "กรุงเทพมหานคร", "10260"
        ),
        12,
    ),
    Person(
        "นาย",
        "สุริยา",
        "เพชรรัตน์",
        with_check_digit("801990023456"),
        date(1984, 9, 27),
        "0898887766",
        "suriya.p@gmail.com",
        Place(
            "77", "6", "", "ถนนพัฒนาการคูขวาง", "โพธิ์เสด็จ", "เมืองนครศรีธรรมราช", "นครศรีธรรมราช", "80000"
        ),
        42,
    ),
)

SUBJECTS = (
    "ขอสำเนาทะเบียนบ้าน",
    "ขอข้อมูลข่าวสารเกี่ยวกับโครงการก่อสร้างถนน",
    "ร้องเรียนเรื่องเสียงดังจากโรงงาน",
    "ขออนุญาตใช้สถานที่จัดงานบุญ",
    "ขอรับเบี้ยยังชีพผู้สูงอายุ",
    "แจ้งไฟฟ้าส่องสว่างดับ",
    "ขอหนังสือรับรองการเป็นผู้มีภูมิลำเนา",
    "ร้องเรียนน้ำประปาไม่ไหล",
    "ขอสำเนาเอกสารสัญญาจ้าง",
    "ขออนุญาตตั้งวางแผงลอย",
)

DETAILS = (
    "ข้าพเจ้ามีความประสงค์ขอสำเนาทะเบียนบ้าน จำนวน 2 ฉบับ เพื่อใช้ประกอบการสมัครงาน",
    "ขอทราบรายละเอียดงบประมาณและผู้รับจ้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ 3 ปีงบประมาณ 2568",
    "โรงงานข้างบ้านเปิดเครื่องจักรเสียงดังตั้งแต่เวลา 22.00 น. ถึง 05.00 น. ทุกคืน ทำให้ครอบครัวนอนไม่หลับ",
    "ขอใช้ศาลาอเนกประสงค์ของหมู่บ้านจัดงานทำบุญขึ้นบ้านใหม่ ในวันที่ 15 มีนาคม 2569 เวลา 07.00-14.00 น.",
    "ข้าพเจ้าอายุครบ 60 ปีบริบูรณ์แล้ว ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ โดยโอนเข้าบัญชีธนาคารกรุงไทย",
    "ไฟส่องสว่างบริเวณปากซอยดับมาประมาณ 2 สัปดาห์ กลางคืนมืดมาก เกรงว่าจะเกิดอันตราย",
    "เพื่อนำไปใช้ยื่นประกอบการขอสินเชื่อกับธนาคาร",
    "น้ำประปาไม่ไหลมา 3 วันแล้ว ตั้งแต่วันที่ 2 ธันวาคม 2568 ยังไม่มีเจ้าหน้าที่มาตรวจสอบ",
    "ขอสำเนาสัญญาจ้างเหมาเก็บขยะ ปี 2567 พร้อมรับรองสำเนาถูกต้อง",
    "ขอวางแผงขายผลไม้หน้าตลาดสดเทศบาล ขนาด 2x2 เมตร ช่วงเวลา 06.00-10.00 น.",
)


@dataclass
class Case:
    style: str
    raw: bytes
    # normalised values a clerk would accept, per field the request carries
    expected: dict[str, tuple[str, ...]] = field(repr=False)


# --- how people write the values -------------------------------------------------------


def iso(born: date) -> str:
    return born.isoformat()


def intl(mobile: str) -> str:
    return "+66" + mobile[1:]


def nid_dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def nid_written(nid: str, i: int) -> str:
    forms = (nid_dashed(nid), nid, nid_dashed(nid).replace("-", " "), thai(nid_dashed(nid)),
             f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}", thai(nid))  # fmt: skip
    return forms[i % len(forms)]


def date_written(born: date, i: int) -> str:
    d, m, be = born.day, born.month, born.year + 543
    forms = (
        f"{d} {MONTHS[m - 1]} {be}",
        thai(f"{d} {MONTHS_SHORT[m - 1]} {be}"),
        f"{d:02d}/{m:02d}/{be}",
        born.isoformat(),
        f"{d} {MONTHS_SHORT[m - 1]} {be}",
        f"{d} {MONTHS[m - 1]} พ.ศ. {be}",
        thai(f"{d:02d}/{m:02d}/{be}"),
        f"{d}/{m}/{be}",
    )
    return forms[i % len(forms)]


def mobile_written(mobile: str, i: int) -> str:
    a, b, c = mobile[:3], mobile[3:6], mobile[6:]
    forms = (f"{a}-{b}-{c}", mobile, f"+66 {a[1:]} {b} {c}", thai(f"{a}-{b}-{c}"),
             f"{a} {b} {c}", f"+66{mobile[1:]}", f"{a}-{b}{c}", f"({a}) {b}-{c}")  # fmt: skip
    return forms[i % len(forms)]


def address_line(p: Place, short: bool) -> str:
    """House to district, as typed on one line (without province and postal code)."""
    parts = [p.house]
    if p.moo:
        parts.append(f"ม.{p.moo}" if short else f"หมู่ที่ {p.moo}")
    if p.soi:
        parts.append(p.soi)
    if p.road:
        parts.append(p.road)
    if p.bangkok:
        parts += [f"แขวง{p.tambon}", f"เขต{p.amphoe}"]
    elif short:
        parts += [f"ต.{p.tambon}", f"อ.{p.amphoe}"]
    else:
        parts += [f"ตำบล{p.tambon}", f"อำเภอ{p.amphoe}"]
    return " ".join(parts)


def province_written(p: Place, short: bool) -> str:
    if p.bangkok:
        return "กรุงเทพฯ" if short else "กรุงเทพมหานคร"
    return f"จ.{p.province}" if short else f"จังหวัด{p.province}"


def full_address(p: Place, short: bool) -> str:
    return f"{address_line(p, short)} {province_written(p, short)} {p.postal}"


def address_expected(p: Place, short: bool, whole: bool) -> tuple[str, ...]:
    """An address typed whole on one line is right with or without its tail (province
    and postal code, which are also fields of their own)."""
    line = address_line(p, short)
    if not whole:
        return (line,)
    return (
        line,
        f"{line} {province_written(p, short)}",
        f"{line} {province_written(p, short)} {p.postal}",
    )


def expect(p: Person, keys: str, *, subject: str = "", details: str = "",
           short: bool = False, whole: bool = True) -> dict[str, tuple[str, ...]]:  # fmt: skip
    table: dict[str, tuple[str, ...]] = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (iso(p.born),),
        "phone": (intl(p.mobile),),
        "email": (p.email.lower(),),
        "address": address_expected(p.place, short, whole),
        "postal_code": (p.place.postal,),
        "province": (p.place.province,),
        "subject": (subject,),
        "details": (" ".join(details.split()),),
    }
    return {k: table[k] for k in keys.split()}


def mail(person: Person, subject: str, text: str | None = None, html: str | None = None,
         sender: str | None = None, attach: tuple[str, bytes, str] | None = None,
         n: int = 0) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{person.first} <{person.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 3, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen-{n}@example.com>"
    set_body(msg, text, html)
    if attach is not None:
        name, data, mime = attach
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(msg)


# --- the styles ------------------------------------------------------------------------
# Each takes a person and a running number and returns one Case. The numbers vary the
# way values are written (dashes, Thai digits, Buddhist or Christian years).

Style = Callable[[Person, int], Case]


def petition_form(p: Person, i: int) -> Case:
    """คำร้องทั่วไป typed into the mail body: heading, เขียนที่/วันที่, เรื่อง/เรียน, a
    ข้าพเจ้า paragraph, the request and a signature block with the name in brackets."""
    pl, subject = p.place, SUBJECTS[i % 10]
    body = f"""\
                                คำร้องทั่วไป
                                        เขียนที่ {pl.amphoe}
                                        วันที่ {3 + i} เดือน พฤศจิกายน พ.ศ. 2569
เรื่อง  {subject}
เรียน  นายกเทศมนตรี

        ข้าพเจ้า {p.name}  อายุ {p.age} ปี  เลขประจำตัวประชาชน {nid_written(p.nid, i)}
อยู่บ้านเลขที่ {full_address(pl, short=i % 2 == 0)}
โทรศัพท์ {mobile_written(p.mobile, i)}
        มีความประสงค์ {DETAILS[i % 10]}

        จึงเรียนมาเพื่อโปรดพิจารณา

                                ขอแสดงความนับถือ

                        (ลงชื่อ)..................................ผู้ยื่นคำร้อง
                                ({p.name})
"""
    keys = "full_name national_id phone province postal_code subject address"
    exp = expect(p, keys, subject=subject, short=i % 2 == 0)
    return Case("petition_form", mail(p, f"คำร้องทั่วไป {subject}", body, n=i), exp)


def label_below(p: Person, i: int) -> Case:
    """Copied out of a web form: each label alone on its line, the value on the next."""
    subject, details = SUBJECTS[(i + 1) % 10], DETAILS[(i + 1) % 10]
    body = f"""\
เรียน เจ้าหน้าที่

ชื่อ-นามสกุล
{p.name}

เลขบัตรประจำตัวประชาชน
{nid_written(p.nid, i + 1)}

วัน/เดือน/ปีเกิด
{date_written(p.born, i)}

เบอร์โทรศัพท์มือถือ
{mobile_written(p.mobile, i + 2)}

อีเมล์
{p.email}

ที่อยู่ปัจจุบัน
{full_address(p.place, short=True)}

เรื่องที่ต้องการติดต่อ
{subject}

รายละเอียด
{details}

ขอบคุณค่ะ
"""
    keys = "full_name national_id birth_date phone email address subject details"
    exp = expect(p, keys, subject=subject, details=details, short=True)
    return Case("label_below", mail(p, subject, body, n=100 + i), exp)


def tab_columns(p: Person, i: int) -> Case:
    """An agency's own 'แบบคำขอ' pasted from a spreadsheet: label TAB value."""
    pl, subject = p.place, SUBJECTS[(i + 2) % 10]
    rows = [
        ("ชื่อผู้ยื่นคำขอ", p.name),
        ("เลขที่บัตรประชาชน", nid_written(p.nid, i + 2)),
        ("วันเดือนปีเกิด", date_written(p.born, i + 1)),
        ("หมายเลขโทรศัพท์ที่ติดต่อได้", mobile_written(p.mobile, i + 3)),
        ("E-mail", p.email),
        ("ที่อยู่ตามทะเบียนบ้าน", address_line(pl, short=False)),
        ("จังหวัด", pl.province),
        ("รหัสไปรษณีย์", thai(pl.postal) if i % 3 == 0 else pl.postal),
        ("เรื่องที่ขอ", subject),
    ]
    body = "แบบคำขอ\n\n" + "\n".join(f"{a}\t{b}" for a, b in rows) + "\n\nขอบคุณครับ\n"
    keys = "full_name national_id birth_date phone email address province postal_code subject"
    exp = expect(p, keys, subject=subject, whole=False)
    return Case("tab_columns", mail(p, "แบบคำขอ", body, n=200 + i), exp)


def markdown_bold(p: Person, i: int) -> Case:
    """Typed in a chat app or a note editor and pasted: **label:** value, bullets."""
    subject, details = SUBJECTS[(i + 3) % 10], DETAILS[(i + 3) % 10]
    body = f"""\
สวัสดีค่ะ ขอส่งข้อมูลตามที่เจ้าหน้าที่แจ้งนะคะ

**ชื่อ-สกุล:** {p.name}
**เลขบัตร ปชช.:** {nid_written(p.nid, i + 3)}
**วันเกิด:** {date_written(p.born, i + 2)}
**มือถือ:** {mobile_written(p.mobile, i + 4)}
**อีเมล:** {p.email}
**ที่อยู่:** {full_address(p.place, short=i % 2 == 1)}
**เรื่อง:** {subject}
**รายละเอียด:** {details}

ขอบคุณค่ะ
"""
    keys = (
        "full_name national_id birth_date phone email address province postal_code subject details"
    )
    exp = expect(p, keys, subject=subject, details=details, short=i % 2 == 1)
    return Case("markdown_bold", mail(p, subject, body, n=300 + i), exp)


def bullets(p: Person, i: int) -> Case:
    """A list with bullets and spaced colons."""
    subject = SUBJECTS[(i + 4) % 10]
    mark = ("•", "-", "*", "▪")[i % 4]
    body = f"""\
เรียน ผู้อำนวยการกองคลัง

ข้อมูลผู้ยื่นคำร้อง
{mark} ชื่อ : {p.name}
{mark} เลขประจำตัวประชาชน : {nid_written(p.nid, i + 4)}
{mark} เกิดวันที่ : {date_written(p.born, i + 3)}
{mark} โทร : {mobile_written(p.mobile, i + 5)}
{mark} Email : {p.email}
{mark} ที่อยู่ : {full_address(p.place, short=False)}

{mark} เรื่อง : {subject}

ด้วยความเคารพ
{p.name}
"""
    keys = "full_name national_id birth_date phone email address province postal_code subject"
    exp = expect(p, keys, subject=subject)
    return Case("bullets", mail(p, subject, body, n=400 + i), exp)


def numbered(p: Person, i: int) -> Case:
    """A numbered form with qualifiers in the labels and dot leaders."""
    subject = SUBJECTS[(i + 5) % 10]
    body = f"""\
แบบคำขอข้อมูลข่าวสารของราชการ

1. ชื่อ-นามสกุล (ตัวบรรจง) ........{p.name}........
2. เลขประจำตัวประชาชน (13 หลัก) {nid_written(p.nid, i + 5)}
3. วัน เดือน ปี เกิด (พ.ศ.) {date_written(p.born, 4 if i % 2 else 0)}
4. หมายเลขโทรศัพท์ (มือถือ) {mobile_written(p.mobile, i + 6)}
5. ไปรษณีย์อิเล็กทรอนิกส์ (E-mail) {p.email}
6. ที่อยู่ที่สามารถติดต่อได้ {address_line(p.place, short=True)}
   จังหวัด {p.place.province}  รหัสไปรษณีย์ {p.place.postal}
7. ข้อมูลข่าวสารที่ต้องการ {subject}
8. เพื่อใช้ประโยชน์ในการ ศึกษาข้อมูล
"""
    keys = "full_name national_id birth_date phone email address province postal_code subject"
    # The form's own subject is the mail's: item 7 is the information asked for.
    exp = expect(p, keys, subject="ขอข้อมูลข่าวสาร", short=True, whole=False)
    exp["information_requested"] = (subject,)
    return Case("numbered", mail(p, "ขอข้อมูลข่าวสาร", body, n=500 + i), exp)


def address_parts(p: Person, i: int) -> Case:
    """The address in the boxes of a paper form: บ้านเลขที่ / หมู่ที่ / ตำบล/แขวง ..."""
    pl, subject = p.place, SUBJECTS[(i + 6) % 10]
    lines = [f"ชื่อ - สกุล {p.name}", f"เลขบัตรประชาชน {nid_written(p.nid, i)}",
             f"บ้านเลขที่ {pl.house}"]  # fmt: skip
    if pl.moo:
        lines.append(f"หมู่ที่ {pl.moo}")
    if pl.soi:
        lines.append(f"ตรอก/ซอย {pl.soi.removeprefix('ซอย')}")
    if pl.road:
        lines.append(f"ถนน {pl.road.removeprefix('ถนน')}")
    lines += [
        f"ตำบล/แขวง {pl.tambon}",
        f"อำเภอ/เขต {pl.amphoe}",
        f"จังหวัด {pl.province}",
        f"รหัสไปรษณีย์ {pl.postal}",
        f"โทรศัพท์ {mobile_written(p.mobile, i)}",
        f"เรื่อง {subject}",
    ]
    body = "\n".join(lines) + "\n"
    keys = "full_name national_id province postal_code phone subject"
    exp = expect(p, keys, subject=subject)
    return Case("address_parts", mail(p, subject, body, n=600 + i), exp)


def bilingual(p: Person, i: int) -> Case:
    """A bilingual form (an embassy-style or university form), Christian-era dates."""
    pl, subject = p.place, SUBJECTS[(i + 7) % 10]
    b = p.born
    born = (f"{b.day:02d}/{b.month:02d}/{b.year}", b.isoformat(),
            f"{b.day} {b.strftime('%B')} {b.year}")[i % 3]  # fmt: skip
    body = f"""\
Request Form / แบบคำร้อง

Name - Surname / ชื่อ - นามสกุล : {p.name}
Identification No. / เลขประจำตัวประชาชน : {nid_written(p.nid, i + 1)}
Date of Birth / วันเกิด (DD/MM/YYYY) : {born}
Mobile / โทรศัพท์มือถือ : {mobile_written(p.mobile, 2 if i % 2 else 5)}
E-mail / อีเมล : {p.email}
Address / ที่อยู่ : {full_address(pl, short=True)}
Subject / เรื่อง : {subject}
"""
    keys = "full_name national_id birth_date phone email address province postal_code subject"
    exp = expect(p, keys, subject=subject, short=True)
    return Case("bilingual", mail(p, subject, body, n=700 + i), exp)


def prose_letter(p: Person, i: int) -> Case:
    """A polite letter in one paragraph, first person."""
    pl, subject = p.place, SUBJECTS[(i + 8) % 10]
    me = "ดิฉัน" if p.title in ("นาง", "นางสาว") else "ผม" if i % 2 else "ข้าพเจ้า"
    body = f"""\
เรียน เจ้าหน้าที่ที่เกี่ยวข้อง

{me} {p.name} อายุ {p.age} ปี เลขประจำตัวประชาชน {nid_written(p.nid, i + 2)} \
อาศัยอยู่บ้านเลขที่ {full_address(pl, short=i % 2 == 0)} มีความประสงค์จะ{subject} \
{DETAILS[(i + 8) % 10]} หากมีข้อสงสัยประการใด สามารถติดต่อกลับได้ที่หมายเลข \
{mobile_written(p.mobile, i + 1)} หรืออีเมล {p.email}

จึงเรียนมาเพื่อโปรดพิจารณา
ขอแสดงความนับถือ
{p.name}
"""
    keys = "full_name national_id phone email province postal_code"
    exp = expect(p, keys)
    return Case("prose_letter", mail(p, subject, body, n=800 + i), exp)


def prose_informal(p: Person, i: int) -> Case:
    """Chatty mail, no title, numbers inside sentences."""
    who = "ผม" if p.title == "นาย" else "หนู" if p.title == "ด.ญ." else "ดิฉัน"
    end = "ครับ" if who == "ผม" else "ค่ะ"
    body = f"""\
สวัสดี{end}
{who}ชื่อ{p.first} {p.last} นะ{end} อยากสอบถามเรื่องการ{SUBJECTS[i % 10]}{end} \
ต้องเตรียมเอกสารอะไรบ้าง{end} ติดต่อกลับเบอร์ {mobile_written(p.mobile, i)} ได้ตลอดเลย{end}
ขอบคุณมาก{end}
"""
    exp = {"full_name": (f"{p.first} {p.last}",), "phone": (intl(p.mobile),)}
    return Case("prose_informal", mail(p, "สอบถามค่ะ" if end == "ค่ะ" else "สอบถามครับ", body,
                                        n=900 + i), exp)  # fmt: skip


def signature_name(p: Person, i: int) -> Case:
    """The name is only in the signature block; a mail signature repeats the phone."""
    subject = SUBJECTS[(i + 9) % 10]
    body = f"""\
เรียน นายอำเภอ

เลขประจำตัวประชาชน: {nid_written(p.nid, i + 3)}
ที่อยู่: {full_address(p.place, short=True)}
เบอร์ติดต่อ: {mobile_written(p.mobile, i + 3)}
เรื่อง: {subject}

จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ

ลงชื่อ ..................................... ผู้ร้อง
      ( {p.name} )
วันที่ {i + 1} พฤศจิกายน 2569

--
{p.first} {p.last}
Sent from my iPhone
"""
    keys = "full_name national_id address province postal_code phone subject"
    exp = expect(p, keys, subject=subject, short=True)
    return Case("signature_name", mail(p, subject, body, n=1000 + i), exp)


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_gmail(p: Person, i: int) -> Case:
    """Gmail's composer: div per line, <br> for blank lines, &nbsp; runs, a signature."""
    subject, details = SUBJECTS[i % 10], DETAILS[i % 10]
    rows = [
        ("ชื่อ-นามสกุล", p.name),
        ("เลขบัตรประชาชน", nid_written(p.nid, i)),
        ("วันเกิด", date_written(p.born, i + 5)),
        ("เบอร์โทร", mobile_written(p.mobile, i)),
        ("อีเมล", f'<a href="mailto:{p.email}">{p.email}</a>'),
        ("ที่อยู่", _html_escape(full_address(p.place, short=False))),
        ("เรื่อง", subject),
        ("รายละเอียด", details),
    ]
    sep = ("&nbsp;:&nbsp;", ":&nbsp;", " : ", ":")[i % 4]
    divs = "".join(f"<div>{a}{sep}{b}</div>" for a, b in rows)
    html = (
        '<div dir="ltr"><div>เรียน เจ้าหน้าที่</div><div><br></div>'
        f'{divs}<div><br></div><div>ขอบคุณครับ</div><div><br clear="all"></div>'
        '<div><br></div><span class="gmail_signature_prefix">-- </span><br>'
        '<div dir="ltr" class="gmail_signature"><div dir="ltr">'
        f"<div>{p.first} {p.last}</div><div>Tel. 02-555-0{i:03d}</div></div></div></div>\n"
    )
    text = None
    if i % 2:
        text = (
            "\n".join(f"{a}: {b}" for a, b in rows)
            .replace(f'<a href="mailto:{p.email}">{p.email}</a>', p.email)
            .replace("&amp;", "&")
        )
    keys = (
        "full_name national_id birth_date phone email address province postal_code subject details"
    )
    exp = expect(p, keys, subject=subject, details=details)
    return Case("html_gmail", mail(p, subject, text, html=html, n=1100 + i), exp)


def html_outlook(p: Person, i: int) -> Case:
    """Outlook/Word HTML: MsoNormal paragraphs with spans, o:p, Thai fonts; half of them
    a two-column table."""
    subject = SUBJECTS[(i + 1) % 10]
    rows = [
        ("ชื่อ - นามสกุล", p.name),
        ("เลขที่บัตรประจำตัวประชาชน", nid_written(p.nid, i + 1)),
        ("วัน เดือน ปีเกิด", date_written(p.born, i + 6)),
        ("โทรศัพท์", mobile_written(p.mobile, i + 1)),
        ("อีเมล์", p.email),
        ("ที่อยู่ปัจจุบัน", _html_escape(full_address(p.place, short=True))),
        ("เรื่อง", subject),
    ]
    span = "<span lang=TH style='font-size:16.0pt;font-family:\"TH SarabunPSK\",sans-serif'>"
    if i % 2:
        cells = "".join(
            f"<tr><td width=200 valign=top style='border:solid windowtext 1.0pt'>"
            f"<p class=MsoNormal>{span}{a}<o:p></o:p></span></p></td>"
            f"<td width=400 valign=top style='border:solid windowtext 1.0pt'>"
            f"<p class=MsoNormal>{span}{b}<o:p></o:p></span></p></td></tr>"
            for a, b in rows
        )
        inner = f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>{cells}</table>"
    else:
        inner = "".join(
            f"<p class=MsoNormal>{span}{a}</span><span lang=TH>&nbsp;:&nbsp; "
            f"</span>{span}{b}<o:p></o:p></span></p>"
            for a, b in rows
        )
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv=Content-Type content="text/html; charset=utf-8">'
        "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;} --></style></head>"
        '<body lang=EN-US link="#0563C1"><div class=WordSection1>'
        f"<p class=MsoNormal>{span}เรียน ท่านนายกเทศมนตรี<o:p></o:p></span></p>"
        f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>{inner}"
        f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        f"<p class=MsoNormal>{span}ขอแสดงความนับถือ<o:p></o:p></span></p>"
        "</div></body></html>"
    )
    keys = "full_name national_id birth_date phone email address province postal_code subject"
    exp = expect(p, keys, subject=subject, short=True)
    return Case("html_outlook", mail(p, subject, html=html, n=1200 + i), exp)


def forwarded(p: Person, i: int) -> Case:
    """A clerk (or a relative) forwards the citizen's mail with a note and their own
    phone; Gmail, Outlook English and Outlook Thai header blocks."""
    subject = SUBJECTS[(i + 2) % 10]
    form = f"""\
ชื่อ-นามสกุล: {p.name}
เลขประจำตัวประชาชน: {nid_written(p.nid, i + 4)}
โทรศัพท์: {mobile_written(p.mobile, i + 2)}
อีเมล: {p.email}
เรื่อง: {subject}
"""
    when = "Mon, 2 Nov 2026 at 14:05"
    headers = (
        f"---------- Forwarded message ---------\nFrom: {p.first} {p.last} <{p.email}>\n"
        f"Date: {when}\nSubject: {subject}\nTo: <info@example.go.th>\n",
        f"-----Original Message-----\nFrom: {p.first} {p.last} <{p.email}>\n"
        f"Sent: Monday, November 2, 2026 2:05 PM\nTo: info@example.go.th\nSubject: {subject}\n",
        f"________________________________\nจาก: {p.first} {p.last} <{p.email}>\n"
        f"ส่ง: 2 พฤศจิกายน 2569 14:05\nถึง: info@example.go.th\nเรื่อง: {subject}\n",
    )[i % 3]
    body = f"""\
เรียน ฝ่ายธุรการ

ส่งต่อคำร้องจากประชาชนเพื่อโปรดดำเนินการครับ

สมพงษ์ รักงาน
เจ้าหน้าที่ธุรการ โทร 02-123-4567 ต่อ 1{i:02d}

{headers}
{form}"""
    clerk = "Sompong <sompong@example.go.th>"
    keys = "full_name national_id phone email subject"
    exp = expect(p, keys, subject=subject)
    return Case("forwarded", mail(p, f"Fwd: {subject}", body, sender=clerk, n=1300 + i), exp)


def reply_template(p: Person, i: int) -> Case:
    """The agency sent a blank template; the citizen answers it, either filling in the
    quoted lines or writing the answers on top with the blank template quoted below."""
    pl = p.place
    labels = ("ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "หมายเลขโทรศัพท์", "ที่อยู่")
    values = (p.name, nid_written(p.nid, i + 5), mobile_written(p.mobile, i + 3),
              full_address(pl, short=True))  # fmt: skip
    said = "On Mon, Nov 2, 2026 at 10:00 AM สำนักทะเบียน <info@example.go.th> wrote:"
    blank = "\n".join(f"> {a}: ...................." for a in labels)
    if i % 2:
        top = "\n".join(f"{a}: {v}" for a, v in zip(labels, values, strict=True))
        body = (
            f"กรอกข้อมูลตามนี้ครับ\n\n{top}\n\n{said}\n"
            f"> กรุณากรอกข้อมูลด้านล่างแล้วตอบกลับ\n>\n{blank}\n>\n> ขอบคุณค่ะ\n"
        )
    else:
        filled = "\n".join(f"> {a}: {v}" for a, v in zip(labels, values, strict=True))
        body = f"กรอกให้แล้วค่ะ\n\n{said}\n> กรุณากรอกข้อมูลด้านล่างแล้วตอบกลับ\n>\n{filled}\n>\n> ขอบคุณค่ะ\n"
    keys = "full_name national_id phone address province postal_code"
    exp = expect(p, keys, short=True)
    return Case("reply_template", mail(p, "Re: แบบฟอร์มขอข้อมูล", body, n=1400 + i), exp)


def thai_digits(p: Person, i: int) -> Case:
    """Everything in Thai digits, as typed on a Thai keyboard layout by older citizens."""
    subject = SUBJECTS[(i + 3) % 10]
    b = p.born
    born = thai((f"{b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543}",
                 f"{b.day}/{b.month}/{b.year + 543}",
                 f"{b.day} {MONTHS[b.month - 1]} พ.ศ. {b.year + 543}")[i % 3])  # fmt: skip
    body = f"""\
ชื่อผู้ร้อง {p.name}
เลขประจำตัวประชาชน {thai(nid_dashed(p.nid))}
เกิดวันที่ {born}
โทรศัพท์ {thai(mobile_written(p.mobile, 0))}
ที่อยู่ {thai(full_address(p.place, short=False))}
เรื่อง {subject}
"""
    keys = "full_name national_id birth_date phone province postal_code subject"
    exp = expect(p, keys, subject=subject)
    return Case("thai_digits", mail(p, subject, body, n=1500 + i), exp)


def landline(p: Person, i: int) -> Case:
    """A landline with an extension, or a mobile written with a +66 and a dash."""
    subject = SUBJECTS[(i + 4) % 10]
    num = f"02{(5 + i) % 10}{(1 + i) % 10}{i % 10}{(3 * i) % 10}{(7 + i) % 10}{i % 10}2"
    a, b, c = num[:2], num[2:5], num[5:]
    written = (f"{a}-{b}-{c} ต่อ {10 + i}", f"{a} {b} {c} (ต่อ {100 + i})",
               f"+66 2 {b} {c} ext. {i + 1}", f"{a}-{b}{c} #{i + 5}")[i % 4]  # fmt: skip
    body = f"""\
เรียน ผู้อำนวยการ

ชื่อ: {p.name}
หน่วยงาน: บริษัท ตัวอย่าง จำกัด
โทรศัพท์ (ที่ทำงาน): {written}
อีเมล: {p.email}
เรื่อง: {subject}
"""
    exp = expect(p, "full_name email subject", subject=subject)
    exp["phone"] = ("+66" + num[1:],)
    return Case("landline", mail(p, subject, body, n=1600 + i), exp)


def docx_form(p: Person, i: int) -> Case:
    """A Word form the citizen downloaded and typed into: a heading, a two-column
    table (even numbers) or 'label ....value' paragraphs (odd), attached to a short mail."""
    from docx import Document  # test dependency; imported here so the set builds fast

    subject = SUBJECTS[(i + 5) % 10]
    rows = [
        ("ชื่อ-นามสกุล ผู้ยื่นคำขอ", p.name),
        ("เลขประจำตัวประชาชน", nid_written(p.nid, i)),
        ("วัน/เดือน/ปี เกิด", date_written(p.born, i + 3)),
        ("โทรศัพท์มือถือ", mobile_written(p.mobile, i + 6)),
        ("อีเมล", p.email),
        ("ที่อยู่", full_address(p.place, short=False)),
        ("เรื่องที่ขอ", subject),
    ]
    doc = Document()
    doc.add_heading("แบบคำขออนุญาต", level=1)
    doc.add_paragraph(f"เขียนที่ {p.place.amphoe}    วันที่ 1 พฤศจิกายน 2569")
    if i % 2 == 0:
        table = doc.add_table(rows=0, cols=2)
        for a, b in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = a, b
    else:
        for a, b in rows:
            doc.add_paragraph(f"{a} ..........{b}..........")
    doc.add_paragraph("ลงชื่อ ............................ ผู้ขออนุญาต")
    doc.add_paragraph(f"({p.name})")
    buf = io.BytesIO()
    doc.save(buf)
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    keys = "full_name national_id birth_date phone email address province postal_code subject"
    exp = expect(p, keys, subject=subject)
    text = "เรียน เจ้าหน้าที่\n\nส่งแบบคำขอตามไฟล์แนบครับ\n\nขอบคุณครับ\n"
    att = (f"form-{i}.docx", buf.getvalue(), mime)
    return Case("docx_form", mail(p, subject, text, attach=att, n=1700 + i), exp)


def pdf_typed(p: Person, i: int) -> Case:
    """A request typed in a word processor and exported to PDF: labels and values on
    one line with spaced colons, the body prose in a paragraph."""
    from fpdf import FPDF  # test dependency

    subject = SUBJECTS[(i + 6) % 10]
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("Garuda", fname="/usr/share/fonts/truetype/tlwg/Garuda.ttf")
    pdf.set_font("Garuda", size=12)
    lines = [
        "คำร้องขอข้อมูลข่าวสาร",
        "",
        f"ชื่อผู้ขอ : {p.name}",
        f"เลขประจำตัวประชาชน : {nid_written(p.nid, i + 2)}",
        f"วันเกิด : {date_written(p.born, i + 4)}",
        f"โทรศัพท์ : {mobile_written(p.mobile, i)}",
        f"E-mail : {p.email}",
        f"ที่อยู่ : {full_address(p.place, short=True)}",
        f"เรื่อง : {subject}",
        "",
        "ลงชื่อ .................................... ผู้ยื่นคำร้อง",
        f"({p.name})",
    ]
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    keys = "full_name national_id birth_date phone email address province postal_code subject"
    exp = expect(p, keys, subject=subject, short=True)
    text = "เรียนเจ้าหน้าที่ แนบคำร้องมาพร้อมนี้ค่ะ"
    att = (f"request-{i}.pdf", data, "application/pdf")
    return Case("pdf_typed", mail(p, subject, text, attach=att, n=1800 + i), exp)


def complaint_form(p: Person, i: int) -> Case:
    """แบบฟอร์มเรื่องร้องเรียน/ร้องทุกข์ as a damrongdhama-style centre prints it: the
    complainant, who is complained about, where and when, then the facts over lines."""
    places = ("ตลาดสดเทศบาล", "หน้าโรงเรียนบ้านหนองบัว", "ซอยวัดบางพูด", "สวนสาธารณะกลางเมือง")
    whom = ("ร้านรับซื้อของเก่า", "โรงงานผลิตน้ำแข็ง", "ผู้รับเหมาก่อสร้างถนน", "เจ้าหน้าที่เก็บขยะ")
    when = date(2026, 10, 1 + i)
    be = when.year + 543
    written_when = (
        f"{when.day} ตุลาคม {be}",
        thai(f"{when.day}/10/{be}"),
        f"{when.day} ต.ค. {be - 2500} เวลาประมาณ 22.00 น.",
    )[i % 3]
    facts = DETAILS[2 if i % 2 else 7]
    body = f"""แบบฟอร์มรับเรื่องร้องเรียน/ร้องทุกข์

ผู้ร้องเรียน : {p.name}
ที่อยู่ที่ติดต่อได้ : {full_address(p.place, short=i % 2 == 0)}
โทรศัพท์ : {mobile_written(p.mobile, i + 7)}
ผู้ถูกร้องเรียน : {whom[i % 4]}
สถานที่เกิดเหตุ : {places[i % 4]}
วันที่เกิดเหตุ : {written_when}
รายละเอียดการร้องเรียน :
{facts}

ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ
"""
    keys = "full_name address province postal_code phone details"
    exp = expect(p, keys, details=facts, short=i % 2 == 0)
    exp["respondent"] = (whom[i % 4],)
    exp["incident_location"] = (places[i % 4],)
    exp["incident_date"] = (when.isoformat(),)
    return Case("complaint_form", mail(p, "ร้องเรียน", body, n=1900 + i), exp)


def one_line(p: Person, i: int) -> Case:
    """Everything on one or two lines, as typed on a phone: labels without colons,
    values run on, separated by spaces or commas."""
    sep = (" ", ", ", "  ", " / ")[i % 4]
    body = (
        f"ขอแจ้งเรื่อง{SUBJECTS[(i + 5) % 10]}ค่ะ\n"
        f"ชื่อ {p.name}{sep}เลขบัตร {nid_written(p.nid, i)}{sep}"
        f"โทร {mobile_written(p.mobile, i + 1)}{sep}อีเมล {p.email}\n"
        "รบกวนติดต่อกลับด้วยนะคะ\n"
    )
    exp = expect(p, "full_name national_id phone email")
    return Case("one_line", mail(p, "แจ้งเรื่อง", body, n=2000 + i), exp)


def agency_reply_chain(p: Person, i: int) -> Case:
    """The citizen answers the agency's question on top; below, the agency's quoted mail
    with its own phone, address and e-mail in a signature, which are not the citizen's."""
    pl = p.place
    body = f"""เรียน เจ้าหน้าที่

ขอส่งข้อมูลเพิ่มเติมตามที่ขอมานะครับ
เลขประจำตัวประชาชน {nid_written(p.nid, i + 3)}
เบอร์มือถือ {mobile_written(p.mobile, i + 4)}

ขอบคุณครับ
{p.first}

On Tue, 3 Nov 2026 at 09:12, งานทะเบียนราษฎร <tabien@example.go.th> wrote:
> เรียน คุณ{p.first}
>
> ตามที่ท่านได้ยื่นคำร้อง{SUBJECTS[i % 10]} เจ้าหน้าที่ขอเลขประจำตัวประชาชน
> และหมายเลขโทรศัพท์ที่ติดต่อได้เพิ่มเติม
>
> งานทะเบียนราษฎร สำนักงานเทศบาลเมือง{pl.amphoe}
> ที่อยู่: 1 ถนนศูนย์ราชการ ต.ในเมือง อ.เมือง จ.ลำปาง 52000
> โทร. 054-123-45{i:02d} ต่อ 201
> อีเมล: tabien@example.go.th
"""
    exp = expect(p, "national_id phone")
    return Case("agency_reply_chain", mail(p, f"Re: {SUBJECTS[i % 10]}", body, n=2100 + i), exp)


def english_resident(p: Person, i: int) -> Case:
    """A form filled in English by a resident, with a romanised Thai address."""
    roman = (
        (
            "12/3 Sukhumvit Soi 11, Khlong Toei Nuea, Watthana, Bangkok 10110",
            "กรุงเทพมหานคร",
            "10110",
        ),
        ("88 Moo 5, Nong Prue, Bang Lamung, Chon Buri 20150", "ชลบุรี", "20150"),
        ("45/2 Nimmanhaemin Rd, Suthep, Mueang Chiang Mai, Chiang Mai 50200", "เชียงใหม่", "50200"),
        ("7 Soi Bangla, Patong, Kathu, Phuket 83150", "ภูเก็ต", "83150"),
    )[i % 4]
    body = f"""Dear Sir/Madam,

Please find my request below.

Full name: {p.name}
ID card number: {nid_written(p.nid, i)}
Date of birth: {p.born.strftime("%d %B %Y") if i % 2 else p.born.strftime("%d/%m/%Y")}
Mobile: {mobile_written(p.mobile, 2 + i % 2 * 3)}
Email: {p.email}
Address: {roman[0]}
Subject: Request for a copy of house registration

Best regards,
{p.first} {p.last}
"""
    exp = expect(p, "full_name national_id birth_date phone email")
    exp["address"] = (roman[0],)
    exp["province"] = (roman[1],)
    exp["postal_code"] = (roman[2],)
    exp["subject"] = ("Request for a copy of house registration",)
    return Case("english_resident", mail(p, "Request", body, n=2200 + i), exp)


def label_typos(p: Person, i: int) -> Case:
    """Labels misspelt the way people type them in a hurry."""
    name_l = ("ชื่อ-นามสกุน", "ชือ-นามสกุล", "ชื่อ-นามสกล", "ชื่อ - นามสกุล์")[i % 4]
    id_l = ("เลขบัตรประชาขน", "เลขประจำตัวประชาชาชน", "เลขบัตรประจําตัวประชาชน", "เลขบัตรปชช")[i % 4]
    tel_l = ("เบอร์โทรศัพย์", "เบอโทร", "เบอร์โทรศัพท", "หมายเลขโทรศัพ")[i % 4]
    mail_l = ("อีเมลล์", "อีเมว", "E-mial", "อีเมย์")[i % 4]
    body = f"""{name_l}: {p.name}
{id_l}: {nid_written(p.nid, i + 1)}
{tel_l}: {mobile_written(p.mobile, i + 2)}
{mail_l}: {p.email}
"""
    exp = expect(p, "full_name national_id phone email")
    return Case("label_typos", mail(p, SUBJECTS[i % 10], body, n=2300 + i), exp)


def on_behalf(p: Person, i: int) -> Case:
    """A request made for someone else (หนังสือมอบอำนาจ, a parent for a child): the
    applicant is the one who signs; the other person is named under their own label."""
    other = PEOPLE[(PEOPLE.index(p) + 3) % len(PEOPLE)]
    body = f"""ชื่อผู้ยื่นคำร้อง: {p.name}
เลขประจำตัวประชาชน: {nid_written(p.nid, i)}
โทรศัพท์: {mobile_written(p.mobile, i + 3)}
ยื่นคำร้องแทน: {other.name}
เลขประจำตัวประชาชนของผู้มอบอำนาจ: {nid_written(other.nid, i + 1)}
เกี่ยวข้องเป็น: {("บุตร", "มารดา", "บิดา", "ญาติ")[i % 4]}
เรื่อง: {SUBJECTS[i % 10]}
"""
    exp = expect(p, "full_name national_id phone subject", subject=SUBJECTS[i % 10])
    return Case("on_behalf", mail(p, SUBJECTS[i % 10], body, n=2400 + i), exp)


def four_column_rows(p: Person, i: int) -> Case:
    """A paper form's layout kept in a table: two label/value pairs per row, in a Word
    file (even numbers) or an HTML mail (odd)."""
    subject = SUBJECTS[(i + 7) % 10]
    rows = [
        ("ชื่อ-นามสกุล", p.name, "วันเกิด", date_written(p.born, i)),
        ("เลขประจำตัวประชาชน", nid_written(p.nid, i + 2), "โทรศัพท์", mobile_written(p.mobile, i)),
        ("อีเมล", p.email, "รหัสไปรษณีย์", p.place.postal),
        ("ที่อยู่", address_line(p.place, short=True), "จังหวัด", p.place.province),
        ("เรื่อง", subject, "", ""),
    ]
    keys = "full_name birth_date national_id phone email postal_code address province subject"
    exp = expect(p, keys, subject=subject, short=True, whole=False)
    if i % 2 == 0:
        from docx import Document  # test dependency

        doc = Document()
        doc.add_paragraph("แบบคำร้องทั่วไป")
        table = doc.add_table(rows=0, cols=4)
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
        buf = io.BytesIO()
        doc.save(buf)
        mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        att = (f"kamrong-{i}.docx", buf.getvalue(), mime)
        raw = mail(p, subject, "ส่งคำร้องตามแนบครับ", attach=att, n=2500 + i)
    else:
        cells = "".join(
            "<tr>" + "".join(f"<td>{_html_escape(c)}</td>" for c in row) + "</tr>" for row in rows
        )
        html = f"<p>แบบคำร้องทั่วไป</p><table border=1>{cells}</table><p>ขอบคุณค่ะ</p>"
        raw = mail(p, subject, html=html, n=2500 + i)
    return Case("four_column_rows", raw, exp)


def name_boxes(p: Person, i: int) -> Case:
    """The name in the three boxes of an official form: title, first name, family name,
    on one line or on three."""
    if i % 2:
        head = f"คำนำหน้าชื่อ {p.title}   ชื่อ {p.first}   นามสกุล {p.last}"
    else:
        head = f"คำนำหน้า: {p.title}\nชื่อตัว: {p.first}\nนามสกุล: {p.last}"
    body = f"""{head}
เลขประจำตัวประชาชน {nid_written(p.nid, i + 4)}
โทรศัพท์มือถือ {mobile_written(p.mobile, i + 5)}
"""
    exp = expect(p, "full_name national_id phone")
    return Case("name_boxes", mail(p, SUBJECTS[(i + 2) % 10], body, n=2600 + i), exp)


def phone_in_signature(p: Person, i: int) -> Case:
    """A short request; the name and phone only in the mail signature under '--' or
    under a closing, as most people's mail clients add them."""
    subject = SUBJECTS[(i + 8) % 10]
    closing = ("--", "ขอบคุณครับ", "ด้วยความเคารพ", "Best regards,")[i % 4]
    body = f"""เรียน เจ้าหน้าที่

{DETAILS[(i + 8) % 10]}

{closing}
{p.name}
โทร {mobile_written(p.mobile, i + 6)}
"""
    exp = expect(p, "full_name phone")
    return Case("phone_in_signature", mail(p, subject, body, n=2700 + i), exp)


def legacy_charset(p: Person, i: int) -> Case:
    """Old Thai mail clients: TIS-620 / windows-874, quoted-printable or 8-bit."""
    subject = SUBJECTS[(i + 9) % 10]
    body = f"""ชื่อ-สกุล : {p.name}
เลขบัตรประชาชน : {nid_written(p.nid, i + 5)}
โทร : {mobile_written(p.mobile, i + 7)}
ที่อยู่ : {full_address(p.place, short=True)}
เรื่อง : {subject}
"""
    charset = ("tis-620", "windows-874", "iso-8859-11", "tis-620")[i % 4]
    encoding = ("quoted-printable", "8bit", "base64", "quoted-printable")[i % 4]
    data = body.encode("cp874")
    payload = {"base64": base64.encodebytes, "quoted-printable": quopri.encodestring}.get(
        encoding, lambda d: d
    )(data)
    head = (
        f"From: {Header(p.first, 'utf-8').encode()} <{p.email}>\r\n"
        "To: saraban@example.go.th\r\n"
        f"Subject: {Header(subject, 'utf-8').encode()}\r\n"
        f"Message-ID: <unseen-{2800 + i}@example.com>\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: text/plain; charset="{charset}"\r\n'
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n"
    )
    keys = "full_name national_id phone address province postal_code subject"
    exp = expect(p, keys, subject=subject, short=True)
    return Case("legacy_charset", head.encode("ascii") + payload, exp)


def pdf_columns(p: Person, i: int) -> Case:
    """A form exported to PDF with labels in one column and values in another."""
    from fpdf import FPDF  # test dependency

    subject = SUBJECTS[(i + 3) % 10]
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("Garuda", fname="/usr/share/fonts/truetype/tlwg/Garuda.ttf")
    pdf.set_font("Garuda", size=12)
    pdf.cell(0, 10, "แบบคำขอรับบริการ", new_x="LMARGIN", new_y="NEXT", align="C")
    rows = [
        ("ชื่อ-นามสกุล", p.name),
        ("เลขประจำตัวประชาชน", nid_written(p.nid, i + 1)),
        ("วันเดือนปีเกิด", date_written(p.born, i + 2)),
        ("เบอร์โทรศัพท์", mobile_written(p.mobile, i + 3)),
        ("อีเมล", p.email),
        ("ที่อยู่", full_address(p.place, short=False)),
        ("เรื่องที่ขอรับบริการ", subject),
    ]
    for label, value in rows:
        pdf.cell(60, 9, label)
        pdf.cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
    keys = "full_name national_id birth_date phone email address province postal_code subject"
    exp = expect(p, keys, subject=subject)
    att = (f"service-{i}.pdf", bytes(pdf.output()), "application/pdf")
    return Case("pdf_columns", mail(p, subject, "แนบแบบคำขอค่ะ", attach=att, n=2900 + i), exp)


# A value that cannot be right as typed: the only right outcome is a review flag.
MUST_FLAG: tuple[str, ...] = ()


def typing_slips(p: Person, i: int) -> Case:
    """Slips a clerk must see: an ID with one digit wrong (its check digit fails), a
    postal code of another province, a birth date that is no date. Christian-era years
    in a Thai form are no slip and must be read."""
    nid = p.nid[:12] + str((int(p.nid[12]) + 1 + i % 3) % 10)
    wrong_postal = ("50200", "83150", "20150", "40000")[i % 4]
    if wrong_postal == p.place.postal:
        wrong_postal = "10110"
    slip = i % 3
    born = (f"{p.born.day} {MONTHS[p.born.month - 1]} {p.born.year}", "31 กุมภาพันธ์ 2530",
            f"{p.born.day}/{p.born.month}/{p.born.year}")[slip]  # fmt: skip
    body = f"""ชื่อ-นามสกุล: {p.name}
เลขประจำตัวประชาชน: {nid_written(nid, i)}
วันเกิด: {born}
ที่อยู่: {address_line(p.place, short=True)}
จังหวัด: {p.place.province}
รหัสไปรษณีย์: {wrong_postal}
โทรศัพท์: {mobile_written(p.mobile, i)}
"""
    exp = expect(p, "full_name phone province")
    exp["national_id"] = MUST_FLAG
    exp["postal_code"] = MUST_FLAG
    exp["birth_date"] = MUST_FLAG if slip == 1 else (iso(p.born),)
    return Case("typing_slips", mail(p, SUBJECTS[(i + 1) % 10], body, n=3000 + i), exp)


def html_reply_quote(p: Person, i: int) -> Case:
    """An HTML reply (Gmail's gmail_quote blockquote, or Outlook's divRplyFwdMsg block)
    whose quoted part is the agency's mail with the agency's own phone and address."""
    own = (
        f'<div dir="ltr">ส่งข้อมูลเพิ่มเติมค่ะ<br>เลขบัตรประชาชน: {nid_written(p.nid, i)}<br>'
        f"โทร: {mobile_written(p.mobile, i + 1)}<br><br>ขอบคุณค่ะ</div>"
    )
    agency = (
        "<div>เรียน ผู้ยื่นคำร้อง<br>กรุณาส่งเลขบัตรประชาชนและเบอร์โทรศัพท์เพิ่มเติม<br><br>"
        "งานทะเบียน สำนักงานเทศบาลนครลำปาง<br>ที่อยู่: 1 ถนนศูนย์ราชการ ต.สวนดอก อ.เมืองลำปาง "
        "จ.ลำปาง 52100<br>โทร: 054-237-2{i:02d}<br>อีเมล: tabien@example.go.th</div>"
    ).replace("{i:02d}", f"{i:02d}")
    if i % 2 == 0:
        quote = (
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 2, 2026 '
            "at 10:00 AM งานทะเบียน &lt;tabien@example.go.th&gt; wrote:<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{agency}</blockquote></div>'
        )
    else:
        quote = (
            '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" '
            'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> '
            "งานทะเบียน &lt;tabien@example.go.th&gt;<br><b>Sent:</b> Monday, November 2, 2026 "
            "10:00 AM<br><b>To:</b> citizen<br><b>Subject:</b> ขอข้อมูลเพิ่มเติม</font>"
            f"<div>&nbsp;</div></div>{agency}"
        )
    html = f"<html><body>{own}<br>{quote}</body></html>"
    exp = expect(p, "national_id phone")
    return Case("html_reply_quote", mail(p, "Re: ขอข้อมูลเพิ่มเติม", html=html, n=3100 + i), exp)


def details_then_closing(p: Person, i: int) -> Case:
    """Details over several lines with the letter's closing right under them, no blank
    line between: the closing formula and the signature are not part of the details."""
    subject, details = SUBJECTS[(i + 4) % 10], DETAILS[(i + 4) % 10]
    more = ("ทั้งนี้ได้แนบสำเนาบัตรประชาชนมาด้วยแล้ว", "จึงขอความอนุเคราะห์ตรวจสอบโดยด่วน")[i % 2]
    closing = ("จึงเรียนมาเพื่อโปรดพิจารณา", "จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการ",
               "ขอแสดงความนับถือ", "ขอบคุณค่ะ")[i % 4]  # fmt: skip
    body = f"""ชื่อ: {p.name}
โทร: {mobile_written(p.mobile, i)}
เรื่อง: {subject}
รายละเอียด: {details}
{more}
{closing}
{p.name}
"""
    exp = expect(p, "full_name phone subject details", subject=subject, details=f"{details} {more}")
    return Case("details_then_closing", mail(p, subject, body, n=3200 + i), exp)


def address_lines(p: Person, i: int) -> Case:
    """The address typed over two or three lines under its label, as on an envelope; a
    birth date with the age after it; two phone numbers on one line."""
    pl = p.place
    first = f"{pl.house}" + (f" หมู่ {pl.moo}" if pl.moo else "") + (f" {pl.soi}" if pl.soi else "")
    first += f" {pl.road}" if pl.road else ""
    second = (f"แขวง{pl.tambon} เขต{pl.amphoe}" if pl.bangkok
              else f"ตำบล{pl.tambon} อำเภอ{pl.amphoe}")  # fmt: skip
    third = f"{'กรุงเทพมหานคร' if pl.bangkok else 'จังหวัด' + pl.province} {pl.postal}"
    other = f"02-{i}45-67{i}{i}"
    phones = (
        f"{mobile_written(p.mobile, i)}, {other}",
        f"{mobile_written(p.mobile, i)} หรือ {other}",
    )[i % 2]
    body = f"""ชื่อ-สกุล: {p.name}
วันเกิด: {date_written(p.born, i)} (อายุ {p.age} ปี)
ที่อยู่:
{first}
{second}
{third}
โทร: {phones}
เรื่อง: {SUBJECTS[i % 10]}
"""
    exp = expect(p, "full_name birth_date province postal_code subject", subject=SUBJECTS[i % 10])
    line = f"{first} {second}"
    exp["address"] = (line, f"{line} {third.rsplit(' ', 1)[0]}", f"{line} {third}")
    exp["phone"] = (intl(p.mobile),)
    return Case("address_lines", mail(p, SUBJECTS[i % 10], body, n=3300 + i), exp)


def inline_answers(p: Person, i: int) -> Case:
    """The agency asked numbered questions; the citizen answers under each quoted one."""
    said = "เมื่อ จ. 2 พ.ย. 2569 10:00 งานทะเบียน <tabien@example.go.th> เขียนว่า:"
    body = f"""ตอบตามนี้ครับ

{said}
> เรียน ผู้ยื่นคำร้อง
> กรุณาแจ้งข้อมูลเพิ่มเติมดังนี้
> 1. ชื่อ-นามสกุล
{p.name}
> 2. เลขประจำตัวประชาชน
{nid_written(p.nid, i + 2)}
> 3. เบอร์โทรศัพท์ที่ติดต่อได้
{mobile_written(p.mobile, i + 4)}
>
> ขอบคุณค่ะ
> งานทะเบียน โทร 054-237-200
"""
    exp = expect(p, "full_name national_id phone")
    return Case("inline_answers", mail(p, "Re: ขอข้อมูลเพิ่มเติม", body, n=3400 + i), exp)


def invisible_spaces(p: Person, i: int) -> Case:
    """Text copied from Word, LINE or a web page: zero-width spaces between Thai words,
    no-break spaces, a byte-order mark, Windows line ends."""
    zw, nb = "\u200b", "\u00a0"
    name = (f"{p.title}{zw}{p.first}{zw} {p.last}", f"{p.title}{p.first}{nb}{p.last}",
            f"\ufeff{p.name}", f"{p.title}{p.first}{zw}{nb}{p.last}{zw}")[i % 4]  # fmt: skip
    nid = nid_written(p.nid, i).replace(" ", nb) if i % 2 else nid_dashed(p.nid)
    body = (
        f"ชื่อ-นามสกุล:{nb}{name}\r\n"
        f"เลขประจำตัวประชาชน:{nb}{nid}\r\n"
        f"โทรศัพท์:{zw} {mobile_written(p.mobile, i + 1)}\r\n"
        f"อีเมล: {p.email}{zw}\r\n"
        f"เรื่อง:{nb}{SUBJECTS[i % 10]}{zw}\r\n"
    )
    exp = expect(p, "full_name national_id phone email subject", subject=SUBJECTS[i % 10])
    return Case("invisible_spaces", mail(p, SUBJECTS[i % 10], body, n=3500 + i), exp)


def english_caps(p: Person, i: int) -> Case:
    """English labels in capitals, as on printed bilingual forms."""
    body = f"""NAME: {p.name}
ID CARD NO.: {nid_written(p.nid, i + 3)}
DATE OF BIRTH: {p.born.strftime("%d/%m/%Y")}
TEL: {mobile_written(p.mobile, i + 2)}
E-MAIL ADDRESS: {p.email}
ADDRESS: {full_address(p.place, short=True)}
"""
    exp = expect(p, "full_name national_id birth_date phone email address province postal_code",
                 short=True)  # fmt: skip
    return Case("english_caps", mail(p, SUBJECTS[(i + 6) % 10], body, n=3600 + i), exp)


# (name as typed, the normalised names a clerk accepts): ranks and academic titles kept
# as written; a Thai title typed with a space inside it is still the title.
ODD_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("พ.ต.อ. สมศักดิ์ รักดี", ("พ.ต.อ. สมศักดิ์ รักดี", "พ.ต.อ.สมศักดิ์ รักดี")),
    ("ว่าที่ ร.ต.สมชาย ใจดี", ("ว่าที่ ร.ต.สมชาย ใจดี", "ว่าที่ร.ต.สมชาย ใจดี")),
    ("ดร.สมหญิง ใจงาม", ("ดร.สมหญิง ใจงาม",)),
    ("Mr. John Smith", ("Mr. John Smith", "Mr John Smith")),
    ("นาง สาว สุดา มีสุข", ("นางสาวสุดา มีสุข",)),
    ("น. ส. สุดา มีสุข", ("น.ส.สุดา มีสุข",)),
    ("ด.ช. ภูมิ ใจดี", ("ด.ช.ภูมิ ใจดี",)),
    ("นาง สาวิตรี ใจดี", ("นางสาวิตรี ใจดี",)),  # นาง + สาวิตรี, not นางสาว + วิตรี
)


def odd_titles(p: Person, i: int) -> Case:
    """Ranks, academic and English titles, and Thai titles typed with a space inside."""
    written, accepted = ODD_NAMES[i % len(ODD_NAMES)]
    body = f"""ชื่อ-นามสกุล: {written}
โทรศัพท์: {mobile_written(p.mobile, i)}
เรื่อง: {SUBJECTS[i % 10]}
"""
    exp = expect(p, "phone subject", subject=SUBJECTS[i % 10])
    exp["full_name"] = accepted
    return Case("odd_titles", mail(p, SUBJECTS[i % 10], body, n=3700 + i), exp)


def web_form_notice(p: Person, i: int) -> Case:
    """A notification from the agency's web site contact form (WordPress Contact Form 7
    in English or Thai, or a Google Forms response table), sent from the site's address."""
    subject, details = SUBJECTS[(i + 2) % 10], DETAILS[(i + 2) % 10]
    site = "อบต.บ้านใหม่ <wordpress@example.go.th>"
    if i % 3 == 0:
        body = (
            f"From: {p.first} {p.last} <{p.email}>\nSubject: {subject}\n\n"
            f"Your Name: {p.name}\nYour Email: {p.email}\n"
            f"Your Phone: {mobile_written(p.mobile, i)}\n"
            f"Your Message:\n{details}\n\n-- \nThis e-mail was sent from a contact form on "
            "อบต.บ้านใหม่ (https://example.go.th)\n"
        )
        raw = mail(p, f'อบต.บ้านใหม่ "{subject}"', body, sender=site, n=3800 + i)
    elif i % 3 == 1:
        body = (
            f"ชื่อ-นามสกุล: {p.name}\nอีเมล: {p.email}\nเบอร์โทรศัพท์: {mobile_written(p.mobile, i)}\n"
            f"หัวข้อ: {subject}\nข้อความ: {details}\n\n--\n"
            "อีเมลนี้ถูกส่งจากแบบฟอร์มติดต่อบนเว็บไซต์ อบต.บ้านใหม่\n"
        )
        raw = mail(p, f"[ติดต่อเรา] {subject}", body, sender=site, n=3800 + i)
    else:
        rows = [("ชื่อ-นามสกุล", p.name), ("อีเมล", p.email),
                ("เบอร์โทรศัพท์", mobile_written(p.mobile, i)), ("เรื่องที่ติดต่อ", subject),
                ("รายละเอียด", details)]  # fmt: skip
        cells = "".join(
            f'<tr><td style="padding:8px"><b>{a}</b></td></tr><tr><td style="padding:8px">'
            f"{_html_escape(b)}</td></tr>"
            for a, b in rows
        )
        html = (
            '<div style="font-family:Roboto"><p>แบบฟอร์มได้รับคำตอบใหม่</p>'
            f'<table role="presentation">{cells}</table></div>'
        )
        raw = mail(p, "คำตอบใหม่: แบบฟอร์มคำร้องออนไลน์", html=html, sender=site, n=3800 + i)
    exp = expect(p, "full_name email phone subject details", subject=subject, details=details)
    return Case("web_form_notice", raw, exp)


STYLES: tuple[Style, ...] = (
    petition_form, label_below, tab_columns, markdown_bold, bullets, numbered,
    address_parts, bilingual, prose_letter, prose_informal, signature_name, html_gmail,
    html_outlook, forwarded, reply_template, thai_digits, landline, docx_form, pdf_typed,
    complaint_form, one_line, agency_reply_chain, english_resident, label_typos,
    on_behalf, four_column_rows, name_boxes, phone_in_signature, legacy_charset, pdf_columns,
    typing_slips, html_reply_quote, details_then_closing, address_lines, inline_answers,
    invisible_spaces, english_caps, odd_titles, web_form_notice,
)  # fmt: skip


def build_set() -> list[Case]:
    """Every style written for eight of the ten people (each style a different eight)."""
    cases = []
    for s, style in enumerate(STYLES):
        for i in range(8):
            cases.append(style(PEOPLE[(s + i) % len(PEOPLE)], i))
    return cases
