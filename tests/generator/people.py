"""Synthetic people and their request content (seeded, reproducible)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def to_thai_digits(text: str) -> str:
    return text.translate(THAI_DIGITS)


def national_id_check_digit(first12: str) -> int:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return (11 - total % 11) % 10


def is_valid_national_id(nid: str) -> bool:
    """The published rule, written here independently of the extractors."""
    if len(nid) != 13 or not nid.isascii() or not nid.isdigit() or nid[0] in "09":
        return False
    return national_id_check_digit(nid[:12]) == int(nid[12])


MALE_FIRST = [
    ("สมชาย", "somchai"),
    ("วิชัย", "wichai"),
    ("สุรชัย", "surachai"),
    ("ธนากร", "thanakorn"),
    ("ณัฐวุฒิ", "nattawut"),
    ("อนุชา", "anucha"),
    ("กิตติพงษ์", "kittipong"),
    ("ปิยะพงษ์", "piyapong"),
    ("ศักดิ์ชัย", "sakchai"),
    ("พงศกร", "pongsakorn"),
]
FEMALE_FIRST = [
    ("สมหญิง", "somying"),
    ("สุนีย์", "sunee"),
    ("วรรณา", "wanna"),
    ("กนกวรรณ", "kanokwan"),
    ("ปิยะนุช", "piyanut"),
    ("ศิริพร", "siriporn"),
    ("นภัสสร", "napatsorn"),
    ("อรุณี", "arunee"),
    ("ธิดารัตน์", "thidarat"),
    ("พรทิพย์", "porntip"),
]
LAST = [
    ("ใจดี", "jaidee"),
    ("รักไทย", "rakthai"),
    ("ศรีสุข", "srisuk"),
    ("แสงทอง", "saengthong"),
    ("บุญมา", "boonma"),
    ("ทองดี", "thongdee"),
    ("สุขสวัสดิ์", "suksawat"),
    ("วงศ์ใหญ่", "wongyai"),
    ("พูลสวัสดิ์", "poonsawat"),
    ("มณีรัตน์", "maneerat"),
    ("ชัยมงคล", "chaimongkol"),
    ("อินทร์แก้ว", "inkaew"),
]
# Reserved example domains (RFC 2606 and the like): no real mailbox is ever named.
EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.co.th"]


@dataclass(frozen=True)
class Place:
    province: str  # canonical Thai name
    postal_code: str  # a real code of the named district
    subdistrict: str
    district: str
    road: str


# One real district per province, with its real postal code.
PLACES = [
    Place("กรุงเทพมหานคร", "10200", "แขวงพระบรมมหาราชวัง", "เขตพระนคร", "ถนนมหาราช"),
    Place("เชียงใหม่", "50200", "ตำบลศรีภูมิ", "อำเภอเมืองเชียงใหม่", "ถนนมูลเมือง"),
    Place("ขอนแก่น", "40000", "ตำบลในเมือง", "อำเภอเมืองขอนแก่น", "ถนนศรีจันทร์"),
    Place("ภูเก็ต", "83000", "ตำบลตลาดใหญ่", "อำเภอเมืองภูเก็ต", "ถนนถลาง"),
    Place("สงขลา", "90110", "ตำบลหาดใหญ่", "อำเภอหาดใหญ่", "ถนนเพชรเกษม"),
    Place("นนทบุรี", "11000", "ตำบลบางกระสอ", "อำเภอเมืองนนทบุรี", "ถนนงามวงศ์วาน"),
    Place("นครราชสีมา", "30000", "ตำบลในเมือง", "อำเภอเมืองนครราชสีมา", "ถนนมิตรภาพ"),
    Place("ชลบุรี", "20000", "ตำบลบางปลาสร้อย", "อำเภอเมืองชลบุรี", "ถนนสุขุมวิท"),
    Place("อุบลราชธานี", "34000", "ตำบลในเมือง", "อำเภอเมืองอุบลราชธานี", "ถนนชยางกูร"),
    Place("พิษณุโลก", "65000", "ตำบลในเมือง", "อำเภอเมืองพิษณุโลก", "ถนนบรมไตรโลกนาถ"),
]

SUBJECTS = [
    "ขอรับเงินเบี้ยยังชีพผู้สูงอายุ",
    "ขอความอนุเคราะห์ตัดแต่งกิ่งไม้ริมถนน",
    "ขออนุญาตใช้ห้องประชุมของหน่วยงาน",
    "แจ้งเปลี่ยนแปลงที่อยู่สำหรับติดต่อ",
    "ขอทราบยอดภาษีที่ดินและสิ่งปลูกสร้าง",
    "ขอความอนุเคราะห์ซ่อมไฟฟ้าส่องสว่างในซอย",
    "ขอรับการสนับสนุนถังขยะประจำหมู่บ้าน",
    "ขอลงทะเบียนรับเบี้ยความพิการ",
    "ขออนุญาตจัดกิจกรรมในพื้นที่สาธารณะ",
    "ขอทราบขั้นตอนการขออนุญาตก่อสร้างอาคาร",
]
DETAIL_OPENINGS = [
    "ข้าพเจ้ามีความประสงค์จะยื่นคำร้องในเรื่องดังกล่าว",
    "เนื่องจากข้าพเจ้าอาศัยอยู่ในพื้นที่มาเป็นเวลา {years} ปี",
    "ตามที่หน่วยงานได้ประชาสัมพันธ์ไว้เมื่อวันที่ {day} {month} {year}",
    "ข้าพเจ้าได้ติดต่อเจ้าหน้าที่ทางโทรศัพท์แล้วแต่ยังไม่ได้รับคำตอบ",
]
DETAIL_MIDDLES = [
    "จึงขอให้เจ้าหน้าที่ช่วยตรวจสอบและดำเนินการให้ด้วย",
    "สะดวกให้ติดต่อกลับระหว่างเวลา 09:00-16:30 น. ในวันทำการ",
    "โดยได้แนบสำเนาบัตรประจำตัวประชาชนมาพร้อมนี้แล้ว จำนวน {pages} แผ่น",
    "หากต้องการข้อมูลเพิ่มเติมกรุณาแจ้งทางอีเมลหรือโทรศัพท์",
]
DETAIL_CLOSINGS = ["จึงเรียนมาเพื่อโปรดพิจารณา", "ขอบคุณครับ", "ขอบคุณค่ะ", ""]
THAI_MONTHS = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
THAI_MONTHS_ABBR = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]


@dataclass(frozen=True)
class Person:
    title: str  # "" when the person typed no title
    first: str
    last: str
    national_id: str  # 13 ASCII digits
    birth_date: date
    phone: str  # national format, ASCII digits, e.g. "0812345678" or "021234567"
    email: str  # as the person typed it (may have capitals)
    address: str  # one line, no province or postal code
    place: Place
    subject: str
    details: str

    @property
    def full_name(self) -> str:
        return f"{self.title}{self.first} {self.last}"

    def __repr__(self) -> str:  # synthetic, but keep the habit: no personal data in reprs
        return "Person(<synthetic>)"


def make_national_id(rng: random.Random) -> str:
    first12 = str(rng.randint(1, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(11))
    return first12 + str(national_id_check_digit(first12))


def make_birth_date(rng: random.Random) -> date:
    start = date(1945, 1, 1)
    return start + timedelta(days=rng.randint(0, (date(2006, 12, 31) - start).days))


def make_phone(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return "0" + rng.choice("689") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return "02" + "".join(str(rng.randint(0, 9)) for _ in range(7))  # Bangkok landline


def make_email(rng: random.Random, first_rom: str, last_rom: str, year: int) -> str:
    local = rng.choice(
        [
            f"{first_rom}.{last_rom[0]}",
            f"{first_rom}{year}",
            f"{first_rom}_{last_rom}",
            f"{last_rom}.{first_rom}{rng.randint(1, 99)}",
        ]
    )
    mail = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    if rng.random() < 0.4:  # people type capitals; the system must lower-case
        mail = mail[0].upper() + mail[1:].replace("@e", "@E")
    return mail


def make_address(rng: random.Random, place: Place) -> str:
    house = f"{rng.randint(1, 999)}"
    if rng.random() < 0.5:
        house += f"/{rng.randint(1, 99)}"
    parts = [house]
    bangkok = place.province == "กรุงเทพมหานคร"
    if not bangkok and rng.random() < 0.6:
        parts.append(f"หมู่ {rng.randint(1, 15)}")
    if rng.random() < 0.5:
        parts.append(f"ซอย{rng.choice(['ร่มเย็น', 'สุขใจ', str(rng.randint(1, 30))])}")
    parts.append(place.road)
    sub, dist = place.subdistrict, place.district
    if not bangkok and rng.random() < 0.4:  # the common short forms
        sub, dist = sub.replace("ตำบล", "ต."), dist.replace("อำเภอ", "อ.")
    parts += [sub, dist]
    return " ".join(parts)


def make_details(rng: random.Random) -> str:
    opening = rng.choice(DETAIL_OPENINGS).format(
        years=rng.randint(2, 30),
        day=rng.randint(1, 28),
        month=rng.choice(THAI_MONTHS),
        year=rng.randint(2566, 2568),
    )
    middle = rng.choice(DETAIL_MIDDLES).format(pages=rng.randint(1, 3))
    return " ".join(p for p in (opening, middle, rng.choice(DETAIL_CLOSINGS)) if p)


def make_person(rng: random.Random) -> Person:
    male = rng.random() < 0.5
    first, first_rom = rng.choice(MALE_FIRST if male else FEMALE_FIRST)
    last, last_rom = rng.choice(LAST)
    titles = ["นาย", ""] if male else ["นาง", "นางสาว", "น.ส.", ""]
    born = make_birth_date(rng)
    place = rng.choice(PLACES)
    return Person(
        title=rng.choice(titles),
        first=first,
        last=last,
        national_id=make_national_id(rng),
        birth_date=born,
        phone=make_phone(rng),
        email=make_email(rng, first_rom, last_rom, born.year),
        address=make_address(rng, place),
        place=place,
        subject=rng.choice(SUBJECTS),
        details=make_details(rng),
    )
