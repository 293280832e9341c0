"""An eighteenth set of requests written by others (issue 8): MAIL BODIES, plain text and
HTML, in shapes the earlier sets hold less of: names with titles a clerk meets every week
(ranks with หญิง, monks with their ฉายา, ม.ล. spelt out, ผศ.ดร., a family name of two
words), a migrant worker's 13-digit ID, condominium and ตรอก/ซอยแยก addresses, addresses
spelt in English, phones dictated as words, the request in the Subject, chats and portal
receipts pasted, replies under quote headers of other languages, HTML of old webmails
and of tables with merged cells.

Written before reading `extractors/` or `config/` (only the harness, the first set's
helpers and the earlier sets' style names). All people, numbers, places and agencies are
invented; every ID is made with with_check_digit.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit

ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    title: str
    first: str
    last: str
    names: tuple[str, ...]  # the normalised names a clerk accepts
    nid: str
    born: date
    mobile: str  # 10 digits, national
    email: str
    addr: str  # house to district, as the person types it
    province: str
    postal: str
    en_first: str = ""

    @property
    def typed(self) -> str:
        """The name as most people type it: the title glued to the given name."""
        return f"{self.title}{self.first} {self.last}"

    @property
    def spaced(self) -> str:
        return f"{self.title} {self.first} {self.last}"

    @property
    def bangkok(self) -> bool:
        return self.province == "กรุงเทพมหานคร"

    def province_written(self, short: bool = False) -> str:
        if self.bangkok:
            return "กรุงเทพฯ" if short else "กรุงเทพมหานคร"
        return f"จ.{self.province}" if short else f"จังหวัด{self.province}"

    def full_address(self, short: bool = False) -> str:
        return f"{self.addr} {self.province_written(short)} {self.postal}"


def _names(title: str, first: str, last: str, *, spaced_ok: bool = False) -> tuple[str, ...]:
    glued = f"{title}{first} {last}"
    return (glued, f"{title} {first} {last}") if spaced_ok else (glued,)


PEOPLE: tuple[Person, ...] = (
    Person(
        "นางสาว", "ปวีณ์ธิดา", "ณ ระนอง", _names("นางสาว", "ปวีณ์ธิดา", "ณ ระนอง"),
        with_check_digit("385010023417"), date(1991, 6, 14), "0861427735",
        "paweethida.n@gmail.com",
        "อาคารชุดบ้านสวนรัชดา อาคาร B ชั้น 12 ห้อง 1207 เลขที่ 88/412 ถนนรัชดาภิเษก"
        " แขวงห้วยขวาง เขตห้วยขวาง",
        "กรุงเทพมหานคร", "10310", "Paweethida",
    ),
    Person(
        "ร.ต.อ.หญิง", "กมลชนก", "ศรีสวัสดิ์วงศ์",
        ("ร.ต.อ.หญิงกมลชนก ศรีสวัสดิ์วงศ์", "ร.ต.อ.หญิง กมลชนก ศรีสวัสดิ์วงศ์"),
        with_check_digit("192040118265"), date(1987, 2, 3), "0917745208",
        "kamonchanok.sri@hotmail.com",
        "199/27 หมู่ 2 ซอยเทศบาล 5 แยก 3 ถนนเพชรเกษม ตำบลนาเกลือ อำเภอกันตัง",
        "ตรัง", "92110", "Kamonchanok",
    ),
    Person(
        "พระมหา", "ประเสริฐศักดิ์", "ธมฺมวโร", ("พระมหาประเสริฐศักดิ์ ธมฺมวโร",),
        with_check_digit("341070264591"), date(1976, 10, 21), "0893316042",
        "watponsawang.ud@gmail.com",
        "วัดป่าโนนสว่าง หมู่ที่ 7 ตำบลโนนสูง อำเภอเมืองอุดรธานี",
        "อุดรธานี", "41330", "Prasertsak",
    ),
    Person(
        "ผศ.ดร.", "วรวุฒิ", "เจริญศิลป์",
        ("ผศ.ดร.วรวุฒิ เจริญศิลป์", "ผศ.ดร. วรวุฒิ เจริญศิลป์"),
        with_check_digit("350160077812"), date(1979, 12, 30), "0819402276",
        "worawut.jr@cmu-example.ac.th",
        "45/8 ซอยสุขาภิบาล 2 ตำบลสุเทพ อำเภอเมืองเชียงใหม่",
        "เชียงใหม่", "50200", "Worawut",
    ),
    Person(
        "ม.ล.", "ภัทรวดี", "ชุมพล ณ อยุธยา",
        ("ม.ล.ภัทรวดี ชุมพล ณ อยุธยา", "ม.ล. ภัทรวดี ชุมพล ณ อยุธยา"),
        with_check_digit("101030094456"), date(1968, 4, 9), "0625518843",
        "pattarawadee.c@yahoo.com",
        "12 ตรอกวัดทองนพคุณ ถนนสมเด็จเจ้าพระยา แขวงคลองสาน เขตคลองสาน",
        "กรุงเทพมหานคร", "10600", "Pattarawadee",
    ),
    Person(
        "จ.ส.อ.", "บุญเลิศ", "แสงอรุณ", ("จ.ส.อ.บุญเลิศ แสงอรุณ", "จ.ส.อ. บุญเลิศ แสงอรุณ"),
        with_check_digit("330990152734"), date(1983, 8, 17), "0986620314",
        "boonlert.sae@gmail.com",
        "33/1 หมู่ 9 ตำบลหนองไผ่ล้อม อำเภอเมืองนครราชสีมา",
        "นครราชสีมา", "30000", "Boonlert",
    ),
    Person(
        "นาย", "ทินกร", "อินทรประเสริฐ", _names("นาย", "ทินกร", "อินทรประเสริฐ"),
        with_check_digit("184020035519"), date(1995, 1, 27), "0640098127",
        "tinnakorn.in@outlook.co.th",
        "7 ซอยแยกบ้านนา 2 หมู่ 4 ตำบลท่าข้าม อำเภอพุนพิน",
        "สุราษฎร์ธานี", "84130", "Tinnakorn",
    ),
    Person(
        "นาง", "ละเอียด", "พิมพ์ทอง", _names("นาง", "ละเอียด", "พิมพ์ทอง"),
        with_check_digit("350080041226"), date(1959, 11, 5), "0872290451",
        "laiad.pim2502@gmail.com",
        "102 หมู่ 6 บ้านดอนแก้ว ตำบลริมใต้ อำเภอแม่ริม",
        "เชียงใหม่", "50180", "Laiad",
    ),
    Person(
        "นาย", "คำผาย", "พมมะจัน", _names("นาย", "คำผาย", "พมมะจัน"),
        with_check_digit("007450112093"), date(1993, 5, 2), "0957730186",
        "khamphai.pm93@gmail.com",
        "55/3 หมู่ 1 ตำบลท่าทราย อำเภอเมืองสมุทรสาคร",
        "สมุทรสาคร", "74000", "Khamphai",
    ),
    Person(
        "นาง", "อัญชลี", "ณ นคร", _names("นาง", "อัญชลี", "ณ นคร"),
        with_check_digit("380990287640"), date(1972, 7, 19), "0828817360",
        "aunchalee.nanakorn@gmail.com",
        "9/14 ถนนราชดำเนิน ตำบลในเมือง อำเภอเมืองนครศรีธรรมราช",
        "นครศรีธรรมราช", "80000", "Aunchalee",
    ),
)  # fmt: skip

SUBJECTS = (
    "ขอหนังสือรับรองที่อยู่",
    "ร้องเรียนท่อระบายน้ำอุดตันหน้าบ้าน",
    "ขอตรวจดูข้อมูลโครงการขุดลอกคลอง",
    "ขอรับการสนับสนุนถังขยะ",
    "แจ้งต้นไม้ล้มขวางทาง",
    "ขอคัดสำเนาใบอนุญาตก่อสร้างอาคาร",
    "ขอลงทะเบียนรับเบี้ยความพิการ",
    "ร้องเรียนกลิ่นเหม็นจากฟาร์มสุกร",
)
DETAILS = (
    "ท่อระบายน้ำหน้าบ้านอุดตันมาประมาณ 1 เดือน ฝนตกแล้วน้ำท่วมขังถึงหน้าประตูบ้าน",
    "ขอทราบงบประมาณ ผู้รับจ้าง และระยะเวลาของโครงการขุดลอกคลองสาธารณะในพื้นที่",
    "ต้นยางนาล้มขวางถนนในหมู่บ้านตั้งแต่เมื่อคืน รถยนต์ผ่านไม่ได้",
    "ฟาร์มสุกรข้างหมู่บ้านส่งกลิ่นเหม็นทุกเย็น ชาวบ้านหลายครัวเรือนเดือดร้อน",
)


# --- how the values are written -------------------------------------------------------


def iso(d: date) -> str:
    return d.isoformat()


def intl(mobile: str) -> str:
    return "+66" + mobile[1:]


def dashed(mobile: str) -> str:
    return f"{mobile[:3]}-{mobile[3:6]}-{mobile[6:]}"


def nid_groups(nid: str, sep: str = "-") -> str:
    return sep.join((nid[0], nid[1:5], nid[5:10], nid[10:12], nid[12]))


def be_long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def be_short(d: date) -> str:
    return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year + 543}"


def be_slash(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


DIGIT_WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")


def in_words(digits: str) -> str:
    return "".join(DIGIT_WORDS[int(c)] for c in digits)


def address_expected(p: Person, short: bool = False) -> tuple[str, ...]:
    return (
        p.addr,
        f"{p.addr} {p.province_written(short)}",
        f"{p.addr} {p.province_written(short)} {p.postal}",
    )


def expect(p: Person, keys: str, *, subject: str = "", details: str = "",
           short: bool = False) -> dict[str, tuple[str, ...]]:  # fmt: skip
    table: dict[str, tuple[str, ...]] = {
        "full_name": p.names,
        "national_id": (p.nid,),
        "birth_date": (iso(p.born),),
        "phone": (intl(p.mobile),),
        "email": (p.email.lower(),),
        "address": address_expected(p, short),
        "postal_code": (p.postal,),
        "province": (p.province,),
        "subject": (subject,),
        "details": (" ".join(details.split()),),
    }
    return {k: table[k] for k in keys.split()}


def message(p: Person, subject: str, n: int, *, text: str | None = None,
            html: str | None = None, sender: str | None = None,
            charset: str = "utf-8") -> EmailMessage:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example18.go.th"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 24, 8, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set18-{n}@example.net>"
    set_body(msg, text, html, charset)
    return msg


def case(style: str, msg: EmailMessage | bytes, exp: dict[str, tuple[str, ...]]) -> Case:
    return Case(style, bytes(msg), exp)


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- the styles -----------------------------------------------------------------------


def title_first_last_rows(p: Person, i: int) -> Case:
    """The paper form's three name boxes typed as three labelled lines (คำนำหน้านาม /
    ชื่อตัว / ชื่อสกุล), the family name of two words (ณ ระนอง, ชุมพล ณ อยุธยา)."""
    s = SUBJECTS[i % 8]
    body = f"""เรียน ผู้อำนวยการสำนักงานเขต

ขอยื่นคำร้องตามรายละเอียดดังนี้
คำนำหน้านาม: {p.title}
ชื่อตัว: {p.first}
ชื่อสกุล: {p.last}
เลขประจำตัวประชาชน: {nid_groups(p.nid)}
โทรศัพท์มือถือ: {dashed(p.mobile)}
เรื่อง: {s}

ขอแสดงความนับถือ
"""
    exp = expect(p, "full_name national_id phone subject", subject=s)
    return case("title_first_last_rows", message(p, s, 1 + i, text=body), exp)


def rank_woman_prose(p: Person, i: int) -> Case:
    """A police officer writes as a citizen in the ข้าพเจ้า sentence: her rank with หญิง,
    her post and station, the station's own landline beside her mobile."""
    s = SUBJECTS[(i + 1) % 8]
    name = p.typed.replace(".หญิง", ". หญิง ") if i % 2 else p.typed
    body = f"""เรียน นายกเทศมนตรีตำบลนาเกลือ

    ข้าพเจ้า {name} ตำแหน่ง รองสารวัตร สังกัด สภ.กันตัง (โทรศัพท์สถานี 075-251-4{i}0)
เลขประจำตัวประชาชน {nid_groups(p.nid, " ")} อยู่บ้านเลขที่ {p.full_address()}
โทรศัพท์มือถือ {dashed(p.mobile)} มีความประสงค์{s} เนื่องจากท่อหน้าบ้านอุดตันมาหลายสัปดาห์

    จึงเรียนมาเพื่อโปรดพิจารณา

ขอแสดงความนับถือ
{p.typed}
"""
    exp = expect(p, "full_name national_id phone province postal_code")
    return case("rank_woman_prose", message(p, s, 3 + i, text=body), exp)


def academic_signature(p: Person, i: int) -> Case:
    """A lecturer's short request; who he is only in his university signature: ผศ.ดร.,
    position, faculty, the office number with its extension and his mobile."""
    s = SUBJECTS[(i + 2) % 8]
    body = f"""เรียน หัวหน้าสำนักปลัด

ผมขอ{s.removeprefix("ขอ")} เพื่อใช้ประกอบงานวิจัยเรื่องการจัดการน้ำในชุมชน
เลขประจำตัวประชาชน {p.nid}

ขอบคุณครับ

--
{p.typed}
อาจารย์ประจำสาขาวิชาวิศวกรรมโยธา คณะวิศวกรรมศาสตร์
มหาวิทยาลัยตัวอย่างล้านนา
โทร. 053-94{i}-218 ต่อ 117 | มือถือ {p.mobile[:3]} {p.mobile[3:6]} {p.mobile[6:]}
{p.email}
"""
    exp = expect(p, "full_name national_id email")
    exp["phone"] = (intl(p.mobile), f"+6653 94{i}218".replace(" ", ""))
    return case("academic_signature", message(p, s, 5 + i, text=body), exp)


def monk_chaya_labels(p: Person, i: int) -> Case:
    """A monk fills the labels with his monastic name: ชื่อ (สมณศักดิ์/ชื่อ) then ฉายา in
    place of the family name, the Pali study grade (ป.ธ.๙) after it, the temple's
    address as his own."""
    s = SUBJECTS[(i + 3) % 8]
    body = f"""เจริญพร เจ้าหน้าที่

ชื่อ (สมณศักดิ์/ชื่อ): {p.title}{p.first}
ฉายา: {p.last} ป.ธ.๙
เลขประจำตัวประชาชน: {thai(nid_groups(p.nid))}
ที่อยู่ (วัด): {p.addr} {p.province_written()} {thai(p.postal)}
โทร: {dashed(p.mobile)}
เรื่อง: {s}

เจริญพร
"""
    exp = expect(p, "national_id phone province postal_code subject", subject=s)
    exp["full_name"] = (*p.names, f"{p.typed} ป.ธ.๙")
    # The address as typed, its postal code in Thai digits, is right too: a free-text
    # field keeps the writer's digits (the postal code field has its own, normalised).
    typed = f"{p.addr} {p.province_written()}"
    exp["address"] = (*address_expected(p)[:2], f"{typed} {p.postal}", f"{typed} {thai(p.postal)}")
    return case("monk_chaya_labels", message(p, s, 7 + i, text=body), exp)


def royal_title_spelt_out(p: Person, i: int) -> Case:
    """หม่อมหลวง written out in full (as on her house register), the family name of three
    words; the clerk keeps the title, spelt or abbreviated."""
    s = SUBJECTS[(i + 4) % 8]
    spelt = "หม่อมหลวง" if p.title == "ม.ล." else p.title
    body = f"""ชื่อผู้ยื่นคำร้อง  {spelt}{p.first} {p.last}
เลขบัตรประจำตัวประชาชน  {nid_groups(p.nid)}
วันเดือนปีเกิด  {be_long(p.born)}
โทรศัพท์  {dashed(p.mobile)}
อีเมล  {p.email}
เรื่อง  {s}
"""
    exp = expect(p, "national_id birth_date phone email subject", subject=s)
    exp["full_name"] = (f"{spelt}{p.first} {p.last}", *p.names)
    return case("royal_title_spelt_out", message(p, s, 9 + i, text=body), exp)


def migrant_worker_pink_card(p: Person, i: int) -> Case:
    """A Lao worker writes simple Thai: the 13-digit number on his pink card (starting
    00), his passport number and work permit number beside it, nationality, employer."""
    s = "ขอหนังสือรับรองที่อยู่"
    body = f"""สวัสดีครับ
ผมชื่อ {p.typed} สัญชาติ ลาว
เลขบัตรชมพู 13 หลัก : {nid_groups(p.nid)}
หนังสือเดินทางเลขที่ P{3 + i}418827
ใบอนุญาตทำงานเลขที่ WP-2569-0{i}4471
นายจ้าง บริษัท ทะเลทองอาหารแช่แข็ง จำกัด
ที่พัก {p.full_address()}
เบอร์โทร {p.mobile}
ต้องการ{s} ไปยื่นต่อใบอนุญาตทำงานครับ
"""
    exp = expect(p, "full_name national_id phone province postal_code")
    return case("migrant_worker_pink_card", message(p, s, 11 + i, text=body), exp)


def condo_room_floor(p: Person, i: int) -> Case:
    """An address in a condominium (อาคารชุด, อาคาร B, ชั้น, ห้อง, then the plot's เลขที่),
    and the building's juristic office number given for deliveries."""
    s = SUBJECTS[(i + 5) % 8]
    body = f"""เรียน เจ้าหน้าที่สำนักงานเขต

ชื่อ-นามสกุล : {p.typed}
เลขประจำตัวประชาชน : {p.nid}
ที่อยู่ : {p.full_address()}
โทรศัพท์ : {dashed(p.mobile)}
(ส่งเอกสารฝากไว้ที่นิติบุคคลอาคารชุดได้ โทร 02-274-11{i}5)
อีเมล : {p.email}
เรื่อง : {s}
"""
    exp = expect(p, "full_name national_id address province postal_code phone email subject",
                 subject=s)  # fmt: skip
    return case("condo_room_floor", message(p, s, 13 + i, text=body), exp)


def address_boxes_trok_yaek(p: Person, i: int) -> Case:
    """The house register's boxes with ตรอก and ซอยแยก, typed as label TAB value."""
    s = SUBJECTS[(i + 6) % 8]
    rows = [
        ("ชื่อ-สกุล", p.typed),
        ("เลขประจำตัวประชาชน", nid_groups(p.nid)),
        ("บ้านเลขที่", "7"),
        ("หมู่ที่", "4"),
        ("ตรอก", "-"),
        ("ซอย", "แยกบ้านนา 2"),
        ("ถนน", "-"),
        ("ตำบล/แขวง", "ท่าข้าม"),
        ("อำเภอ/เขต", "พุนพิน"),
        ("จังหวัด", p.province),
        ("รหัสไปรษณีย์", p.postal),
        ("โทรศัพท์", dashed(p.mobile)),
    ]
    if p.province != "สุราษฎร์ธานี":
        rows[2:9] = [("บ้านเลขที่", p.addr.split()[0]), ("ที่อยู่ต่อ", " ".join(p.addr.split()[1:]))]
    body = "แบบคำร้อง\n" + "\n".join(f"{a}\t{b}" for a, b in rows) + f"\nเรื่อง\t{s}\n"
    exp = expect(p, "full_name national_id province postal_code phone subject", subject=s)
    return case("address_boxes_trok_yaek", message(p, s, 15 + i, text=body), exp)


EN_ADDRESSES = {
    "เชียงใหม่": "45/8 Soi Sukhaphiban 2, T. Suthep, A. Mueang Chiang Mai",
    "ตรัง": "199/27 Moo 2, Soi Thetsaban 5 Yaek 3, Phetkasem Rd., Tambon Na Kluea, Amphoe Kantang",
    "นครราชสีมา": "33/1 Moo 9, Tambon Nong Phai Lom, Amphoe Mueang Nakhon Ratchasima",
    "สมุทรสาคร": "55/3 Moo 1, Tha Sai Subdistrict, Mueang Samut Sakhon District",
    "นครศรีธรรมราช": "9/14 Ratchadamnoen Road, Nai Mueang, Mueang Nakhon Si Thammarat",
    "สุราษฎร์ธานี": "7 Soi Yaek Ban Na 2, Moo 4, Tha Kham, Phunphin District",
}
EN_PROVINCES = {
    "เชียงใหม่": "Chiang Mai", "ตรัง": "Trang", "นครราชสีมา": "Nakhon Ratchasima",
    "สมุทรสาคร": "Samut Sakhon", "นครศรีธรรมราช": "Nakhon Si Thammarat",
    "สุราษฎร์ธานี": "Surat Thani",
}  # fmt: skip


def english_address_thai_labels(p: Person, i: int) -> Case:
    """Thai labels, the address spelt in English as on a bank or a parcel form (Moo,
    Soi, T./Tambon/Subdistrict, A./Amphoe/District, the province in English)."""
    s = SUBJECTS[(i + 7) % 8]
    en = EN_ADDRESSES[p.province]
    tail = f"{EN_PROVINCES[p.province]} {p.postal}"
    body = f"""ชื่อ: {p.typed}
เลขบัตรประชาชน: {p.nid}
ที่อยู่: {en}, {tail}
มือถือ: {dashed(p.mobile)}
เรื่อง: {s}
"""
    exp = expect(p, "full_name national_id phone province postal_code subject", subject=s)
    exp["address"] = (en, f"{en}, {EN_PROVINCES[p.province]}", f"{en}, {tail}")
    return case("english_address_thai_labels", message(p, s, 17 + i, text=body), exp)


def dictated_phone_words(p: Person, i: int) -> Case:
    """Voice typing on a phone writes the mobile as Thai digit words (ศูนย์แปดหก...),
    in the groups the speaker paused at."""
    s = SUBJECTS[i % 8]
    m = p.mobile
    words = f"{in_words(m[:3])} {in_words(m[3:6])} {in_words(m[6:])}"
    body = f"""สวัสดีค่ะ
ชื่อ {p.typed} นะคะ
เลขบัตรประชาชน {p.nid}
เบอร์โทร {words} ค่ะ
อยาก{s}ค่ะ
"""
    exp = expect(p, "full_name national_id phone")
    return case("dictated_phone_words", message(p, s, 19 + i, text=body), exp)


def request_in_subject_tis620(p: Person, i: int) -> Case:
    """The whole request typed into the Subject (an old Thai client: TIS-620 encoded
    words); the body only points at it."""
    s = SUBJECTS[(i + 1) % 8]
    subj = f"{s} {p.typed} เลขบัตร {p.nid} โทร {dashed(p.mobile)}"
    msg = EmailMessage()
    msg["From"] = f"{p.first} <{p.email}>"
    msg["To"] = "saraban@example18.go.th"
    msg["Subject"] = "PLACEHOLDER"
    msg["Date"] = format_datetime(datetime(2026, 11, 24, 9, 21 + i, tzinfo=UTC))
    msg["Message-ID"] = f"<set18-subj-{i}@example.net>"
    msg.set_content("ตามหัวเรื่องครับ\n\nส่งจากมือถือ\n", charset="tis-620", cte="8bit")
    folded = Header(subj, "tis-620").encode(linesep="\r\n").encode("ascii")
    raw = bytes(msg).replace(b"PLACEHOLDER", folded)
    exp = expect(p, "full_name national_id phone")
    return case("request_in_subject_tis620", raw, exp)


def whatsapp_bracket_stamps(p: Person, i: int) -> Case:
    """A WhatsApp chat exported and pasted: '[24/11/2569 09:14:03] name: text' lines, the
    officer's questions and the citizen's answers."""
    st = f"[24/11/2569 09:{14 + i}:03]"
    off = "งานทะเบียน อบต."
    me = p.first
    body = f"""ส่งข้อมูลตามที่คุยในวอทส์แอปค่ะ

{st} {off}: ขอชื่อ-นามสกุลค่ะ
{st} {me}: {p.typed}
{st} {off}: เลขบัตรประชาชนค่ะ
{st} {me}: {nid_groups(p.nid)}
{st} {off}: เบอร์ติดต่อกลับ
{st} {me}: {dashed(p.mobile)}
{st} {off}: ขอบคุณค่ะ ส่งทางอีเมลได้เลยนะคะ โทรกลับที่ 077-311-20{i}
"""
    exp = expect(p, "full_name national_id phone")
    return case("whatsapp_bracket_stamps", message(p, "ข้อมูลตามที่คุยไว้", 21 + i, text=body),
                exp)  # fmt: skip


def carrier_webmail_footer(p: Person, i: int) -> Case:
    """Sent from a mobile operator's webmail: its footer carries the operator's call
    centre, a short code and a promotion with a price and a date."""
    s = SUBJECTS[(i + 2) % 8]
    body = f"""เรียนเจ้าหน้าที่
ชื่อ {p.typed}
เลขบัตร ปชช. {nid_groups(p.nid)}
โทร {dashed(p.mobile)}
ที่อยู่ {p.full_address(short=True)}
เรื่อง {s}

________________________________
ส่งจากเว็บเมล MobiNet Thailand | ติดต่อ Call Center 1{i}75 หรือกด *1{i}9#
โปรเน็ตไม่อั้น 15 Mbps เดือนละ 399 บาท ถึง 31/12/2569 สมัครกด *900*{i}99#
"""
    exp = expect(p, "full_name national_id phone address province postal_code subject",
                 subject=s, short=True)  # fmt: skip
    return case("carrier_webmail_footer", message(p, s, 23 + i, text=body), exp)


def signature_pipe_line(p: Person, i: int) -> Case:
    """The data only as a one-line signature under '-- ': name | ID | phone | e-mail."""
    s = SUBJECTS[(i + 3) % 8]
    body = f"""เรียนเจ้าหน้าที่ครับ

{s}ครับ รายละเอียดตามไฟล์ที่คุยกันทางโทรศัพท์

--
{p.typed} | ID {p.nid} | Tel. {dashed(p.mobile)} | {p.email}
"""
    exp = expect(p, "full_name national_id phone email")
    return case("signature_pipe_line", message(p, s, 25 + i, text=body), exp)


def word_tabs_units(p: Person, i: int) -> Case:
    """Copied from a Word form laid out with tab stops: two pairs a line, units after
    values (อายุ 38 ปี), several tabs in a row, the labels without colons."""
    s = SUBJECTS[(i + 4) % 8]
    age = 2026 - p.born.year
    body = (
        f"แบบคำร้องทั่วไป\n\n"
        f"ชื่อ-สกุล\t\t{p.typed}\t\tอายุ\t{age}\tปี\n"
        f"เลขประจำตัวประชาชน\t{nid_groups(p.nid)}\t\tเกิดวันที่\t{be_short(p.born)}\n"
        f"ที่อยู่\t\t\t{p.addr}\n"
        f"จังหวัด\t\t\t{p.province}\t\tรหัสไปรษณีย์\t{p.postal}\n"
        f"โทรศัพท์\t\t{dashed(p.mobile)}\t\tอีเมล\t{p.email}\n"
        f"เรื่อง\t\t\t{s}\n"
    )
    keys = "full_name national_id birth_date address province postal_code phone email subject"
    exp = expect(p, keys, subject=s)
    exp["address"] = (p.addr,)
    return case("word_tabs_units", message(p, s, 27 + i, text=body), exp)


def portal_receipt_forwarded(p: Person, i: int) -> Case:
    """The citizen forwards the receipt a complaints portal mailed her: the portal's
    ticket number, call centre and no-reply address around her own data."""
    s = SUBJECTS[(i + 5) % 8]
    body = f"""ส่งต่อเรื่องที่ร้องไว้ในระบบค่ะ รบกวนช่วยติดตามให้ด้วยนะคะ

---------- Forwarded message ---------
From: ระบบรับเรื่องร้องทุกข์ออนไลน์ <noreply@complaint-portal.example.th>
Date: Sat, Nov 21, 2026 at 7:02 PM
Subject: ยืนยันการรับเรื่อง เลขที่ 6911-00{i}4821
To: <{p.email}>

เรียน ผู้ร้อง
ระบบได้รับเรื่องของท่านแล้ว เลขที่เรื่อง 6911-00{i}4821 วันที่ 21/11/2569 19:02 น.
ชื่อผู้ร้อง: {p.typed}
เลขประจำตัวประชาชน: {p.nid[:1]}-{p.nid[1:5]}-{p.nid[5:10]}-{p.nid[10:12]}-{p.nid[12]}
หมายเลขโทรศัพท์: {p.mobile}
อีเมล: {p.email}
เรื่อง: {s}
สอบถามสถานะเรื่อง โทร 11{i}1 หรือ 02-141-7{i}00 ตลอด 24 ชั่วโมง
อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ
"""
    exp = expect(p, "full_name national_id phone email subject", subject=s)
    return case("portal_receipt_forwarded", message(p, "Fwd: ยืนยันการรับเรื่อง", 29 + i,
                                                    text=body), exp)  # fmt: skip


def top_post_cjk_quote_header(p: Person, i: int) -> Case:
    """A citizen who works for a Japanese or Chinese firm answers on top from a client in
    that language: the quote header is '2026年11月23日(月) 10:12 ...:' or
    '在 2026年11月23日 10:12，... 写道：', the agency's mail (with its phone) below."""
    head = (
        "2026年11月23日(月) 10:12 งานทะเบียนราษฎร <tabien@example18.go.th>:",
        "在 2026年11月23日 周一 10:12，งานทะเบียนราษฎร <tabien@example18.go.th> 写道：",
    )[i % 2]
    body = f"""ส่งข้อมูลเพิ่มเติมครับ
เลขประจำตัวประชาชน {nid_groups(p.nid)}
เบอร์มือถือ {dashed(p.mobile)}
Best regards,
{p.en_first}

{head}
> เรียน คุณ{p.first}
> ขอเลขประจำตัวประชาชนและเบอร์โทรศัพท์ที่ติดต่อได้เพิ่มเติมค่ะ
> งานทะเบียนราษฎร โทร 074-200-31{i}
"""
    exp = expect(p, "national_id phone")
    return case("top_post_cjk_quote_header", message(p, "Re: ขอข้อมูลเพิ่มเติม", 31 + i,
                                                     text=body), exp)  # fmt: skip


def top_post_european_quote_header(p: Person, i: int) -> Case:
    """Answered on top from a French or German mail client: 'Le lun. 23 nov. 2026 à
    10:12, ... a écrit :' or 'Am 23.11.2026 um 10:12 schrieb ...:', then the agency's
    quoted request, which names an example person."""
    head = (
        "Le lun. 23 nov. 2026 à 10:12, สำนักปลัด <palad@example18.go.th> a écrit :",
        "Am 23.11.2026 um 10:12 schrieb สำนักปลัด <palad@example18.go.th>:",
    )[i % 2]
    body = f"""ชื่อ-นามสกุล: {p.typed}
เลขบัตรประชาชน: {p.nid}
โทร: {dashed(p.mobile)}
อีเมล: {p.email}

{head}
> กรุณาส่งชื่อ เลขบัตร โทรศัพท์ ตามตัวอย่าง
> ชื่อ-นามสกุล: นายตัวอย่าง สมมติ
> โทร: 081-000-0000
> สำนักปลัด โทร 044-111-20{i}
"""
    exp = expect(p, "full_name national_id phone email")
    return case("top_post_european_quote_header", message(p, "Re: เอกสารเพิ่มเติม", 33 + i,
                                                          text=body), exp)  # fmt: skip


def html_merged_name_cells(p: Person, i: int) -> Case:
    """An HTML form table with merged cells: a heading row over all columns, the label
    ชื่อ-สกุล spanning two rows over the title+name row and the English name row, the
    address label spanning its two lines."""
    s = SUBJECTS[(i + 6) % 8]
    a1, _, a2 = p.addr.partition(" ตำบล") if " ตำบล" in p.addr else p.addr.partition(" แขวง")
    a2 = ("ตำบล" if " ตำบล" in p.addr else "แขวง") + a2
    html = f"""<html><body><table border="1" cellpadding="4">
<tr><th colspan="3">ข้อมูลผู้ยื่นคำร้อง</th></tr>
<tr><td rowspan="2">ชื่อ-สกุล</td><td>ภาษาไทย</td><td>{p.typed}</td></tr>
<tr><td>English</td><td>{p.en_first} (as on passport)</td></tr>
<tr><td colspan="2">เลขประจำตัวประชาชน</td><td>{nid_groups(p.nid)}</td></tr>
<tr><td rowspan="2">ที่อยู่</td><td>บรรทัด 1</td><td>{a1}</td></tr>
<tr><td>บรรทัด 2</td><td>{a2} {p.province_written()} {p.postal}</td></tr>
<tr><td colspan="2">โทรศัพท์</td><td>{dashed(p.mobile)}</td></tr>
<tr><td colspan="2">เรื่อง</td><td>{s}</td></tr>
</table></body></html>"""
    exp = expect(p, "full_name national_id province postal_code phone subject", subject=s)
    return case("html_merged_name_cells", message(p, s, 35 + i, html=html), exp)


def uppercase_ie_html_cp874(p: Person, i: int) -> Case:
    """An old Thai webmail's HTML: upper-case tags, unquoted attributes, <FONT face=Tahoma
    size=2>, &nbsp; around the colons, in windows-874, a portal's ad line at the end."""
    s = SUBJECTS[(i + 7) % 8]
    rows = [("ชื่อ", p.typed), ("เลขที่บัตรประชาชน", nid_groups(p.nid)),
            ("วันเกิด", be_slash(p.born)), ("โทรศัพท์", dashed(p.mobile)),
            ("อีเมล์", p.email), ("เรื่อง", s)]  # fmt: skip
    lines = "".join(f"<B>{a}</B>&nbsp;:&nbsp;{esc(b)}<BR>\n" for a, b in rows)
    html = f"""<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=windows-874">
</HEAD><BODY bgColor=#ffffff><FONT face=Tahoma size=2>
<P>เรียน เจ้าหน้าที่<BR><BR>
{lines}</P>
<P>ขอบคุณครับ</P></FONT>
<HR><FONT size=1>ใช้อีเมล์ฟรีที่ MailSabai.example.th ความจุ 2GB โทร 02-999-88{i}8</FONT>
</BODY></HTML>"""
    exp = expect(p, "full_name national_id birth_date phone email subject", subject=s)
    return case("uppercase_ie_html_cp874", message(p, s, 37 + i, html=html, charset="cp874"), exp)


def outlook_x_prefixed_forward(p: Person, i: int) -> Case:
    """A relative forwards the citizen's mail from Outlook.com: the forwarded HTML has its
    classes and ids prefixed with x_ (x_MsoNormal, x_divRplyFwdMsg), the Thai header
    block จาก:/ส่ง:/ถึง:/ชื่อเรื่อง:, and the relative's own note and number on top."""
    s = SUBJECTS[i % 8]
    rows = [("ชื่อ-นามสกุล", p.typed), ("เลขประจำตัวประชาชน", nid_groups(p.nid)),
            ("โทรศัพท์", dashed(p.mobile)), ("อีเมล", p.email), ("เรื่อง", s)]  # fmt: skip
    inner = "".join(f'<p class="x_MsoNormal">{a}: {esc(b)}</p>' for a, b in rows)
    html = f"""<html><body><div dir="ltr">ส่งต่อคำร้องของคุณแม่ครับ ติดต่อผมได้ที่ 089-55{i}-7710
ครับ</div><hr style="display:inline-block;width:98%">
<div id="x_divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>จาก:</b> {p.first} {p.last}
&lt;{p.email}&gt;<br><b>ส่ง:</b> 22 พฤศจิกายน 2569 18:40<br><b>ถึง:</b> ลูกชาย
&lt;son.of.{p.en_first.lower()}@outlook.com&gt;<br><b>ชื่อเรื่อง:</b> {s}</font></div>
<div class="x_WordSection1">{inner}</div></body></html>"""
    exp = expect(p, "full_name national_id phone email subject", subject=s)
    sender = f"ลูกชาย <son.of.{p.en_first.lower()}@outlook.com>"
    return case("outlook_x_prefixed_forward",
                message(p, f"FW: {s}", 39 + i, html=html, sender=sender), exp)  # fmt: skip


def land_title_numbers_prose(p: Person, i: int) -> Case:
    """A request about land written as a letter: the title deed's numbers, its parcel
    and survey page, the area in ไร่-งาน-ตารางวา, the year bought, among the ID and the
    phone."""
    s = "ขอรับรองแนวเขตที่ดิน"
    body = f"""เรียน นายกองค์การบริหารส่วนตำบล

    ข้าพเจ้า {p.typed} เลขประจำตัวประชาชน {nid_groups(p.nid)} เป็นเจ้าของที่ดินโฉนดเลขที่
{41200 + i * 7} เลขที่ดิน 15{i} หน้าสำรวจ 88{i}2 เนื้อที่ 2-1-45 ไร่ ซื้อมาเมื่อปี 2548
ขอให้เจ้าหน้าที่มารังวัดรับรองแนวเขตที่ดินด้านทิศเหนือซึ่งติดถนนสาธารณะ
ติดต่อข้าพเจ้าได้ที่ {dashed(p.mobile)}

    จึงเรียนมาเพื่อโปรดพิจารณา
"""
    exp = expect(p, "full_name national_id phone")
    return case("land_title_numbers_prose", message(p, s, 41 + i, text=body), exp)


def keycap_emoji_bullets(p: Person, i: int) -> Case:
    """Items numbered with keycap emoji (1️⃣ 2️⃣ ...), as phone users number lists."""
    s = SUBJECTS[(i + 1) % 8]
    keys_ = ("1\ufe0f\u20e3", "2\ufe0f\u20e3", "3\ufe0f\u20e3", "4\ufe0f\u20e3",
             "5\ufe0f\u20e3", "6\ufe0f\u20e3")  # fmt: skip
    rows = [("ชื่อ-สกุล", p.typed), ("เลขบัตรประชาชน", nid_groups(p.nid)),
            ("วันเกิด", be_long(p.born)), ("เบอร์โทร", dashed(p.mobile)),
            ("อีเมล", p.email), ("เรื่อง", s)]  # fmt: skip
    body = (
        "ส่งข้อมูลตามนี้ 🙏\n"
        + "\n".join(f"{k} {a}: {b}" for k, (a, b) in zip(keys_, rows, strict=True))
        + "\n"
    )
    exp = expect(p, "full_name national_id birth_date phone email subject", subject=s)
    return case("keycap_emoji_bullets", message(p, s, 43 + i, text=body), exp)


def phone_with_call_hours(p: Person, i: int) -> Case:
    """The mobile with the hours to call and a second time window ('สะดวกรับสาย
    08.30-16.30 น.', 'หลัง 18.00 น.'), the dates of the problem beside it."""
    s = SUBJECTS[(i + 4) % 8]
    body = f"""เรื่อง {s}
ชื่อ {p.typed}
เลขบัตรประชาชน {p.nid}
โทร {dashed(p.mobile)} (สะดวกรับสาย 08.30-16.30 น. วันเสาร์หลัง 18.00 น.)
ต้นไม้ล้มเมื่อวันที่ 22/11/2569 เวลา 21.40 น.
"""
    exp = expect(p, "full_name national_id phone subject", subject=s)
    return case("phone_with_call_hours", message(p, s, 45 + i, text=body), exp)


def address_with_gps_pin(p: Person, i: int) -> Case:
    """The address followed by the GPS pin of the house and a maps link (the numbers in
    the coordinates and the link's path must not become a postal code or a phone)."""
    s = SUBJECTS[(i + 3) % 8]
    lat, lon = f"{8 + i}.{1034567 + i}", f"{99 + i}.{3305128 + i}"
    body = f"""ชื่อผู้แจ้ง: {p.typed}
เลขประจำตัวประชาชน: {p.nid}
ที่อยู่: {p.full_address()}
พิกัดบ้าน: {lat}, {lon}
แผนที่: https://maps.example.com/?q={lat},{lon}&z=17
โทร: {dashed(p.mobile)}
เรื่อง: {s}
"""
    exp = expect(p, "full_name national_id address province postal_code phone subject",
                 subject=s)  # fmt: skip
    return case("address_with_gps_pin", message(p, s, 47 + i, text=body), exp)


def forward_of_a_forward(p: Person, i: int) -> Case:
    """Forwarded twice: a village headman forwarded the citizen's mail to the district
    clerk, who forwards it on to the intake box; both forwarders' notes and numbers sit
    above the citizen's own request at the bottom."""
    s = SUBJECTS[(i + 2) % 8]
    body = f"""ส่งต่อเพื่อดำเนินการครับ
สมหมาย งานธุรการ อำเภอ โทร 077-311-{200 + i}

---------- Forwarded message ---------
From: ผญบ.หมู่ 4 <phuyai.moo4@example.net>
Date: Sun, Nov 22, 2026 at 8:15 AM
Subject: Fwd: {s}
To: <dhurakan@example18.go.th>

ฝากเรื่องของลูกบ้านครับ ผู้ใหญ่บ้านหมู่ 4 โทร 081-770-{4410 + i}

---------- Forwarded message ---------
From: {p.first} {p.last} <{p.email}>
Date: Sat, Nov 21, 2026 at 6:30 PM
Subject: {s}
To: <phuyai.moo4@example.net>

ชื่อ-นามสกุล: {p.typed}
เลขประจำตัวประชาชน: {nid_groups(p.nid)}
โทรศัพท์: {dashed(p.mobile)}
อีเมล: {p.email}
เรื่อง: {s}
"""
    exp = expect(p, "full_name national_id phone email subject", subject=s)
    sender = "สมหมาย <dhurakan@example18.go.th>"
    return case("forward_of_a_forward", message(p, f"Fwd: Fwd: {s}", 49 + i, text=body,
                                                sender=sender), exp)  # fmt: skip


def copy_to_agencies_list(p: Person, i: int) -> Case:
    """A complaint copied to other agencies, listed under สำเนาเรียน with their e-mails and
    hotlines, after the citizen's own labelled data."""
    s = SUBJECTS[(i + 7) % 8]
    body = f"""เรื่อง {s}
เรียน นายกเทศมนตรี
สำเนาเรียน
  1. ศูนย์ดำรงธรรมจังหวัด (damrongdham@example18.go.th) สายด่วน 1567
  2. สำนักงานสาธารณสุขจังหวัด (ssj.office@example18.go.th) โทร 044-2{i}5-010

ผู้ร้อง {p.typed}
เลขประจำตัวประชาชน {nid_groups(p.nid)}
ที่อยู่ {p.full_address()}
โทร {dashed(p.mobile)}
อีเมล {p.email}

{DETAILS[3]}
"""
    exp = expect(p, "full_name national_id address province postal_code phone email subject",
                 subject=s)  # fmt: skip
    return case("copy_to_agencies_list", message(p, s, 51 + i, text=body), exp)


def thaid_style_share(p: Person, i: int) -> Case:
    """What a digital-ID app shares as text: its own captions, the card's issue and
    expiry dates, a verification code and a reference number among the person's data."""
    s = SUBJECTS[i % 8]
    body = f"""แนบข้อมูลยืนยันตัวตนจากแอปค่ะ

[ข้อมูลยืนยันตัวตน]
ชื่อ-นามสกุล (ภาษาไทย): {p.typed}
เลขประจำตัวประชาชน: {nid_groups(p.nid)}
วันเกิด: {be_short(p.born)}
วันออกบัตร: 12 ม.ค. 2566
วันบัตรหมดอายุ: {p.born.day} {MONTHS_SHORT[p.born.month - 1]} 2574
ที่อยู่ตามทะเบียนบ้าน: {p.full_address(short=True)}
รหัสยืนยัน: {482910 + i}
เลขอ้างอิง: TD{2569112400013 + i}
ยืนยันเมื่อ: 24/11/2569 08:1{i}

ติดต่อกลับ {dashed(p.mobile)} ค่ะ
"""
    keys = "full_name national_id birth_date address province postal_code phone"
    exp = expect(p, keys, short=True)
    return case("thaid_style_share", message(p, s, 53 + i, text=body), exp)


def consent_clause_with_dpo(p: Person, i: int) -> Case:
    """The citizen's data, then the agency's consent clause pasted back with its data
    protection officer's e-mail and phone."""
    s = SUBJECTS[(i + 5) % 8]
    body = f"""ชื่อ-สกุล: {p.typed}
เลขบัตรประชาชน: {nid_groups(p.nid)}
โทรศัพท์: {dashed(p.mobile)}
อีเมล: {p.email}
เรื่อง: {s}

ข้าพเจ้ายินยอมให้หน่วยงานเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลข้างต้นเพื่อการพิจารณาคำร้อง
ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 หากมีข้อสงสัยติดต่อเจ้าหน้าที่คุ้มครอง
ข้อมูลส่วนบุคคล (DPO) อีเมล dpo@example18.go.th โทร 02-590-{1100 + i}
[/] ยินยอม
"""
    exp = expect(p, "full_name national_id phone email subject", subject=s)
    return case("consent_clause_with_dpo", message(p, s, 55 + i, text=body), exp)


def english_month_be_year(p: Person, i: int) -> Case:
    """The birth date with an English month and the Buddhist year (14 Jun 2534, June 14,
    2534), as typed by people whose phone keyboard was in English at that moment."""
    s = SUBJECTS[(i + 6) % 8]
    b = p.born
    born = (f"{b.day} {ENGLISH_MONTHS[b.month - 1][:3]} {b.year + 543}",
            f"{ENGLISH_MONTHS[b.month - 1]} {b.day}, {b.year + 543}")[i % 2]  # fmt: skip
    body = f"""ชื่อ-นามสกุล: {p.typed}
เลขบัตรประชาชน: {p.nid}
วันเกิด: {born}
มือถือ: {dashed(p.mobile)}
เรื่อง: {s}
"""
    exp = expect(p, "full_name national_id birth_date phone subject", subject=s)
    return case("english_month_be_year", message(p, s, 57 + i, text=body), exp)


def email_plus_tag_particles(p: Person, i: int) -> Case:
    """An e-mail with a +tag and capitals, a polite particle after it, and the label
    'E-mail:-' with its dash."""
    s = SUBJECTS[(i + 1) % 8]
    user, domain = p.email.split("@")
    tagged = f"{user.capitalize()}+Gov@{domain}"
    body = f"""ชื่อ:- {p.typed}
เลขบัตร:- {p.nid}
โทร:- {dashed(p.mobile)}
E-mail:- {tagged} ครับ
เรื่อง:- {s}
"""
    exp = expect(p, "full_name national_id phone subject", subject=s)
    exp["email"] = (tagged.lower(),)
    return case("email_plus_tag_particles", message(p, s, 59 + i, text=body), exp)


def colon_label_value_indented(p: Person, i: int) -> Case:
    """Each label ends its line with a colon; the value is on the next line, indented."""
    s = SUBJECTS[(i + 2) % 8]
    body = f"""เรียน เจ้าหน้าที่

ชื่อ-นามสกุล:
    {p.typed}
เลขประจำตัวประชาชน:
    {nid_groups(p.nid)}
วันเกิด:
    {be_slash(p.born)}
ที่อยู่:
    {p.full_address()}
โทรศัพท์:
    {dashed(p.mobile)}
เรื่อง:
    {s}
"""
    keys = "full_name national_id birth_date address province postal_code phone subject"
    exp = expect(p, keys, subject=s)
    return case("colon_label_value_indented", message(p, s, 61 + i, text=body), exp)


def military_unit_signature(p: Person, i: int) -> Case:
    """A soldier writes about his home: the home address labelled, his unit (ร.๓ พัน.๒,
    ค่าย...) and its landline in his signature, his own mobile labelled."""
    s = SUBJECTS[(i + 3) % 8]
    body = f"""เรียน นายกเทศมนตรี
ชื่อ: {p.typed}
เลขประจำตัวประชาชน: {nid_groups(p.nid)}
ที่อยู่ตามทะเบียนบ้าน: {p.full_address()}
มือถือ: {dashed(p.mobile)}
เรื่อง: {s}

ด้วยความเคารพ
{p.typed}
ผู้บังคับหมู่ ร.๓ พัน.๒ ค่ายศรีพัชรินทร
โทร. ๐-๔๒๒๔-๑๕๒๐ ต่อ ๕๓{i}
"""
    keys = "full_name national_id address province postal_code phone subject"
    exp = expect(p, keys, subject=s)
    return case("military_unit_signature", message(p, s, 63 + i, text=body), exp)


def webmail_strong_label_para(p: Person, i: int) -> Case:
    """A webmail's HTML where each label is a <strong> paragraph and the value the next
    <p>, with an advert table under the signature."""
    s = SUBJECTS[(i + 4) % 8]
    rows = [("ชื่อ-นามสกุล", p.typed), ("เลขบัตรประชาชน", nid_groups(p.nid)),
            ("เบอร์โทรศัพท์", dashed(p.mobile)), ("ที่อยู่", p.full_address()),
            ("เรื่องที่ร้องเรียน", s)]  # fmt: skip
    paras = "".join(f"<p><strong>{a}</strong></p><p>{esc(b)}</p>" for a, b in rows)
    html = f"""<html><body style="font-family:Tahoma">{paras}<p>ขอบคุณค่ะ</p>
<table width="100%"><tr><td style="font-size:10px;color:#999">โฆษณา: สินเชื่อด่วน อนุมัติไว
โทร 1{i}44 หรือ 080-000-{5500 + i}</td></tr></table></body></html>"""
    exp = expect(p, "full_name national_id phone address province postal_code subject",
                 subject=s)  # fmt: skip
    return case("webmail_strong_label_para", message(p, s, 65 + i, html=html), exp)


def name_with_numbers_in_brackets(p: Person, i: int) -> Case:
    """One line: the titled name, then ID and mobile in brackets after it, the request in
    the line before."""
    s = SUBJECTS[(i + 5) % 8]
    body = f"""{s}ครับ
{p.typed} (บัตร ปชช. {nid_groups(p.nid)}, โทร {dashed(p.mobile)})
ขอบคุณครับ
"""
    exp = expect(p, "full_name national_id phone")
    return case("name_with_numbers_in_brackets", message(p, s, 67 + i, text=body), exp)


def birth_with_animal_year(p: Person, i: int) -> Case:
    """The birth date with the weekday, the Thai animal year and the age: 'เกิดวันศุกร์
    ที่ 14 มิถุนายน 2534 ปีมะแม อายุ 35 ปี'."""
    s = SUBJECTS[(i + 6) % 8]
    animals = ("ชวด", "ฉลู", "ขาล", "เถาะ", "มะโรง", "มะเส็ง", "มะเมีย", "มะแม", "วอก",
               "ระกา", "จอ", "กุน")  # fmt: skip
    days = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
    b = p.born
    body = f"""ชื่อ-สกุล: {p.typed}
เลขบัตรประชาชน: {p.nid}
เกิด: วัน{days[b.weekday()]}ที่ {be_long(b)} ปี{animals[(b.year - 4) % 12]} อายุ {2026 - b.year} ปี
โทร: {dashed(p.mobile)}
เรื่อง: {s}
"""
    exp = expect(p, "full_name national_id birth_date phone subject", subject=s)
    return case("birth_with_animal_year", message(p, s, 69 + i, text=body), exp)


def law_citation_years(p: Person, i: int) -> Case:
    """An information request citing the law by section and Buddhist year (มาตรา 11 แห่ง
    พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540), with budget years and amounts around the
    labelled data."""
    s = "ขอตรวจดูข้อมูลโครงการขุดลอกคลอง"
    body = f"""เรียน นายกองค์การบริหารส่วนตำบล
อาศัยอำนาจตามมาตรา 11 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540
ข้าพเจ้าขอตรวจดูสัญญาจ้างโครงการขุดลอกคลอง ปีงบประมาณ 2567-2568 วงเงิน 1,250,000 บาท
ชื่อผู้ขอ: {p.typed}
เลขประจำตัวประชาชน: {nid_groups(p.nid)}
วันเกิด: {be_slash(p.born)}
โทรศัพท์: {dashed(p.mobile)}
อีเมล: {p.email}
"""
    exp = expect(p, "full_name national_id birth_date phone email")
    return case("law_citation_years", message(p, s, 71 + i, text=body), exp)


def english_labels_tab_no_colon(p: Person, i: int) -> Case:
    """English labels with no colon, a TAB (or a run of spaces) before the Thai value."""
    s = SUBJECTS[(i + 7) % 8]
    sep = "\t" if i % 2 == 0 else "    "
    body = f"""Dear officer,

Name{sep}{p.typed}
National ID{sep}{nid_groups(p.nid)}
Date of birth{sep}{be_slash(p.born)}
Mobile{sep}{dashed(p.mobile)}
Email{sep}{p.email}
Address{sep}{p.full_address()}
Subject{sep}{s}

Thank you
"""
    keys = "full_name national_id birth_date phone email address province postal_code subject"
    exp = expect(p, keys, subject=s)
    return case("english_labels_tab_no_colon", message(p, s, 73 + i, text=body), exp)


def fullwidth_colon_html_br(p: Person, i: int) -> Case:
    """One HTML paragraph of <br> lines, full-width colons (：) after the labels and
    &nbsp; indents, as an IME-using writer produces."""
    s = SUBJECTS[i % 8]
    rows = [("ชื่อผู้ร้อง", p.typed), ("เลขประจำตัวประชาชน", nid_groups(p.nid)),
            ("โทรศัพท์", dashed(p.mobile)), ("อีเมล", p.email), ("เรื่อง", s)]  # fmt: skip
    lines = "<br>".join(f"&nbsp;&nbsp;&nbsp;{a}：{esc(b)}" for a, b in rows)
    html = f'<html><body><p style="margin:0">เรียนเจ้าหน้าที่<br>{lines}<br>ขอบคุณค่ะ</p></body></html>'
    exp = expect(p, "full_name national_id phone email subject", subject=s)
    return case("fullwidth_colon_html_br", message(p, s, 75 + i, html=html), exp)


def line_notes_share(p: Person, i: int) -> Case:
    """A LINE Keep / note shared to mail: its header line with the saver and a time, the
    note's text, and LINE's own footer with a link."""
    s = SUBJECTS[(i + 1) % 8]
    body = f"""[LINE] โน้ตจาก {p.first}
บันทึกเมื่อ 2569/11/23 21:0{i}

{s}
ชื่อ {p.typed}
บัตรประชาชน {nid_groups(p.nid)}
เบอร์ {dashed(p.mobile)}
บ้านเลขที่ {p.full_address(short=True)}

https://line.example/keep/note/{7730215 + i}
"""
    exp = expect(p, "full_name national_id phone address province postal_code", short=True)
    return case("line_notes_share", message(p, s, 77 + i, text=body), exp)


def two_requests_same_writer(p: Person, i: int) -> Case:
    """Two numbered requests in one mail by the same person, her data once at the end
    labelled as 'ข้อมูลผู้ร้อง', the requests' own numbers (ห้อง 3, 2 ถัง) inside."""
    body = f"""ขอแจ้ง 2 เรื่องค่ะ
1) ขอถังขยะเพิ่ม 2 ถัง สำหรับบ้านเลขที่ 5 ถึง 9 ในซอยเดียวกัน
2) ไฟทางหน้าห้อง 3 ดับ 2 ดวง

ข้อมูลผู้ร้อง
ชื่อ-สกุล: {p.typed}
เลขบัตร: {p.nid}
โทร: {dashed(p.mobile)}
ที่อยู่: {p.full_address()}
"""
    keys = "full_name national_id phone address province postal_code"
    exp = expect(p, keys)
    return case("two_requests_same_writer", message(p, "แจ้ง 2 เรื่อง", 79 + i, text=body), exp)


def html_label_value_spans_inline(p: Person, i: int) -> Case:
    """A mobile mail app's HTML: one <div> holding every pair as inline <span>s with a
    '·' between pairs, no line breaks, the address containing commas."""
    s = SUBJECTS[(i + 2) % 8]
    addr = p.addr.replace(" ตำบล", ", ตำบล").replace(" แขวง", ", แขวง")
    pairs = [("ชื่อ", p.typed), ("เลขบัตร", nid_groups(p.nid)), ("โทร", dashed(p.mobile)),
             ("อีเมล", p.email)]  # fmt: skip
    inline = " · ".join(f"<span><b>{a}</b> {esc(b)}</span>" for a, b in pairs)
    html = f'<div dir="auto">{s}<br><br>{inline}<br>ที่อยู่ {esc(addr)}</div>'
    exp = expect(p, "full_name national_id phone email")
    return case("html_label_value_spans_inline", message(p, s, 81 + i, html=html), exp)


def be_date_thai_digits_mixed(p: Person, i: int) -> Case:
    """The Thai-keyboard habit of switching layouts mid-number: the ID groups alternate
    between Thai and Arabic digits, the birth date's year in Thai digits only."""
    s = SUBJECTS[(i + 3) % 8]
    groups = [p.nid[0], p.nid[1:5], p.nid[5:10], p.nid[10:12], p.nid[12]]
    mixed = "-".join(thai(g) if k % 2 == 0 else g for k, g in enumerate(groups))
    b = p.born
    born = f"{b.day} {MONTHS[b.month - 1]} {thai(str(b.year + 543))}"
    body = f"""ชื่อ-นามสกุล {p.typed}
เลขประจำตัวประชาชน {mixed}
วันเกิด {born}
โทร {thai(p.mobile[:3])}-{p.mobile[3:6]}-{thai(p.mobile[6:])}
เรื่อง {s}
"""
    exp = expect(p, "full_name national_id birth_date phone subject", subject=s)
    return case("be_date_thai_digits_mixed", message(p, s, 83 + i, text=body), exp)


def greeting_card_reply_html(p: Person, i: int) -> Case:
    """A reply from a phone's HTML mail: the answers on top in <div dir="auto">, the
    agency's HTML mail below in a <blockquote type="cite"> with its example values and
    its own contact table."""
    html = f"""<html><body><div dir="auto">ชื่อ {p.typed}</div>
<div dir="auto">เลขบัตร {nid_groups(p.nid)}</div><div dir="auto">มือถือ {dashed(p.mobile)}</div>
<div dir="auto"><br></div><div dir="auto">ส่งจาก iPhone ของฉัน</div>
<div><br><blockquote type="cite">เมื่อ 23 พ.ย. 2569 เวลา 10:12 กองทะเบียน
&lt;tabien@example18.go.th&gt; เขียนว่า:<br><br>
<div>กรุณาแจ้งชื่อ เลขบัตร และเบอร์มือถือ เช่น</div>
<table><tr><td>ชื่อ</td><td>นายตัวอย่าง ทดสอบ</td></tr>
<tr><td>เลขบัตร</td><td>1-0000-00000-00-0</td></tr>
<tr><td>มือถือ</td><td>08{i}-111-2222</td></tr></table>
<div>กองทะเบียน โทร 02-222-01{i}0</div></blockquote></div></body></html>"""
    exp = expect(p, "full_name national_id phone")
    return case("greeting_card_reply_html", message(p, "Re: ขอข้อมูลผู้ร้อง", 85 + i,
                                                    html=html), exp)  # fmt: skip


def english_name_thai_in_brackets(p: Person, i: int) -> Case:
    """A bilingual name line as on a passport copy: 'Name: KHAMPHAI PHOMMACHAN (นายคำผาย
    พมมะจัน)', the Thai name in brackets after the English one in capitals."""
    s = SUBJECTS[(i + 4) % 8]
    en = f"{p.en_first.upper()} {('SRISAWAT' if i % 2 else 'CHAROENSIN')}"
    body = f"""Name: {en} ({p.typed})
ID No.: {nid_groups(p.nid)}
Tel: {dashed(p.mobile)}
E-mail: {p.email}
เรื่อง: {s}
"""
    exp = expect(p, "national_id phone email subject", subject=s)
    exp["full_name"] = (*p.names, en)
    return case("english_name_thai_in_brackets", message(p, s, 87 + i, text=body), exp)


def details_label_alone_last(p: Person, i: int) -> Case:
    """The labelled data, then 'รายละเอียด' alone on its line at the end with the
    details as a paragraph under it, the mail ending there."""
    s = SUBJECTS[(i + 5) % 8]
    d = DETAILS[i % 4]
    body = f"""ชื่อ-นามสกุล: {p.typed}
เลขบัตรประชาชน: {p.nid}
โทรศัพท์: {dashed(p.mobile)}
เรื่อง: {s}
รายละเอียด
{d}
"""
    exp = expect(p, "full_name national_id phone subject details", subject=s, details=d)
    return case("details_label_alone_last", message(p, s, 89 + i, text=body), exp)


def reply_ref_numbers_top(p: Person, i: int) -> Case:
    """A follow-up citing the case's reference numbers (เลขรับ 2569/0{i}123, ที่ มท
    0808.3/ว 1234) above the applicant's data, the agency's ack quoted below."""
    body = f"""อ้างถึง เลขรับที่ 2569/0{i}123 ลงวันที่ 20 พฤศจิกายน 2569
และหนังสือที่ มท 0808.3/ว 12{i}4

ขอแจ้งข้อมูลผู้ร้องเพิ่มเติมดังนี้
ชื่อ-สกุล: {p.typed}
เลขประจำตัวประชาชน: {nid_groups(p.nid)}
วันเกิด: {be_long(p.born)}
โทรศัพท์: {dashed(p.mobile)}

> ได้รับเรื่องของท่านแล้ว เลขรับที่ 2569/0{i}123 สอบถามโทร 02-241-0{i}20
"""
    exp = expect(p, "full_name national_id birth_date phone")
    return case("reply_ref_numbers_top", message(p, f"Re: [2569/0{i}123] ได้รับเรื่องแล้ว", 91 + i,
                                                 text=body), exp)  # fmt: skip


BUILDERS = (
    title_first_last_rows, rank_woman_prose, academic_signature, monk_chaya_labels,
    royal_title_spelt_out, migrant_worker_pink_card, condo_room_floor, address_boxes_trok_yaek,
    english_address_thai_labels, dictated_phone_words, request_in_subject_tis620,
    whatsapp_bracket_stamps, carrier_webmail_footer, signature_pipe_line, word_tabs_units,
    portal_receipt_forwarded, top_post_cjk_quote_header, top_post_european_quote_header,
    html_merged_name_cells, uppercase_ie_html_cp874, outlook_x_prefixed_forward,
    land_title_numbers_prose, keycap_emoji_bullets, phone_with_call_hours,
    address_with_gps_pin, forward_of_a_forward, copy_to_agencies_list, thaid_style_share,
    consent_clause_with_dpo, english_month_be_year, email_plus_tag_particles,
    colon_label_value_indented, military_unit_signature, webmail_strong_label_para,
    name_with_numbers_in_brackets, birth_with_animal_year, law_citation_years,
    english_labels_tab_no_colon, fullwidth_colon_html_br, line_notes_share,
    two_requests_same_writer, html_label_value_spans_inline, be_date_thai_digits_mixed,
    greeting_card_reply_html, english_name_thai_in_brackets, details_label_alone_last,
    reply_ref_numbers_top,
)  # fmt: skip

# Each style's people: the ones whose titles and addresses the style is about.
CHOSEN: dict[str, tuple[int, int]] = {
    "title_first_last_rows": (0, 9),
    "rank_woman_prose": (1, 1),
    "academic_signature": (3, 3),
    "monk_chaya_labels": (2, 2),
    "royal_title_spelt_out": (4, 4),
    "migrant_worker_pink_card": (8, 8),
    "condo_room_floor": (0, 4),
    "address_boxes_trok_yaek": (6, 1),
    "english_address_thai_labels": (3, 8),
    "request_in_subject_tis620": (6, 7),
    "military_unit_signature": (5, 5),
}


def build_set() -> list[Case]:
    cases: list[Case] = []
    for k, build in enumerate(BUILDERS):
        chosen = CHOSEN.get(build.__name__, (k % 10, (k + 5) % 10))
        for i, who in enumerate(chosen):
            cases.append(build(PEOPLE[who], i))
    return cases


# --- outcomes: mails that must not open a case, and one that must ---------------------


def _plain(subject: str, body: str, headers: dict[str, str], sender: str, n: int,
           content_type: str | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example18.go.th"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 24, 11, n, tzinfo=UTC))
    msg["Message-ID"] = f"<set18-outcome-{n}@example.net>"
    for k, v in headers.items():
        msg[k] = v
    msg.set_content(body, charset="utf-8")
    return bytes(msg)


def _dsn_thai(p: Person) -> bytes:
    """A government mail server's delivery report in Thai (multipart/report)."""
    gone = p.email.replace("@", ".old@")
    text = f"ไม่สามารถส่งอีเมลถึงผู้รับต่อไปนี้ได้\r\n{gone}: ไม่พบกล่องจดหมายนี้ (550 5.1.1 User unknown)\r\n"
    raw = (
        "From: =?utf-8?b?" + _b64("ระบบส่งอีเมล") + "?= <MAILER-DAEMON@mail.example18.go.th>\r\n"
        "To: saraban@example18.go.th\r\n"
        "Subject: =?utf-8?b?" + _b64("ส่งอีเมลไม่สำเร็จ: แจ้งผลการพิจารณาคำร้อง") + "?=\r\n"
        "Date: Tue, 24 Nov 2026 11:10:00 +0000\r\n"
        "Message-ID: <set18-outcome-dsn@mail.example18.go.th>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b18"\r\n\r\n'
        "--b18\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" + _b64(text) + "\r\n"
        "--b18\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.example18.go.th\r\n\r\n"
        f"Final-Recipient: rfc822; {gone}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        "--b18--\r\n"
    )
    return raw.encode("ascii")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    p = PEOPLE[6]
    away = "I am out of the office until 30 November 2026 with limited access to e-mail.\n"
    qmail = (
        "Hi. This is the qmail-send program at mx.example.net.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{p.email}>:\nmailbox unavailable\n"
    )
    resend = (
        "ส่งไปเมื่อวานแต่ได้ข้อความ Mail Delivery Failed ตอบกลับมา เลยส่งใหม่อีกครั้งครับ\n"
        f"ชื่อ-นามสกุล: {p.typed}\nโทร: {dashed(p.mobile)}\nเรื่อง: ขอรับการสนับสนุนถังขยะ\n"
    )
    over_auto = (
        "ได้รับข้อความตอบกลับอัตโนมัติแล้ว แต่ขอส่งข้อมูลเพิ่มครับ\n"
        f"ชื่อ: {p.typed}\nเลขบัตรประชาชน: {p.nid}\nโทร: {dashed(p.mobile)}\n"
    )
    return [
        (
            "out of office in English, subject only",
            _plain("Out of Office: ขอหนังสือรับรองที่อยู่", away, {}, f"{p.first} <{p.email}>", 1),
            "auto_reply",
        ),
        (
            "ticket system acknowledgement, auto-generated",
            _plain(
                "[Ticket#2611240017] ได้รับอีเมลของท่านแล้ว",
                "ระบบได้รับอีเมลของท่านแล้ว เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ\n",
                {"Auto-Submitted": "auto-generated"},
                "Helpdesk <helpdesk@company-example.co.th>",
                2,
            ),
            "auto_reply",
        ),
        (
            "qmail bounce",
            _plain("failure notice", qmail, {}, "MAILER-DAEMON@mx.example.net", 3),
            "bounce",
        ),
        ("thai delivery status report", _dsn_thai(p), "bounce"),
        (
            "a request resent after a bounce, naming it",
            _plain("ส่งใหม่: ขอรับการสนับสนุนถังขยะ", resend, {}, f"{p.first} <{p.email}>", 5),
            "request",
        ),
        (
            "a request replying to the agency's auto-reply",
            _plain("Re: ตอบกลับอัตโนมัติ: ขอหนังสือรับรองที่อยู่", over_auto, {}, f"{p.first} <{p.email}>", 6),
            "request",
        ),
    ]
