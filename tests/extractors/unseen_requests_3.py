"""A third set of requests written by someone who had not read the readers (issue 8).

Written before reading `extractors/`, `config/`, `tests/generator/` or the request bodies
of the first two sets (only their style names were read, to avoid repeating them). It
aims at what those sets lack: requests made for a parent, a child or a dead relative
(the applicant, the person who writes and signs, is the one whose fields a clerk takes),
two people on one request (the first, who signs, is the applicant), Thai and Arabic
digits mixed inside one value, บ้านเลขที่/เลขที่/ห้องเลขที่ and condominiums, a PO box,
ranks and academic titles, monks and royal-descent titles, IDs cut over two lines or
ending in a full stop, ISO dates, the form date "วันที่ .. เดือน .. พ.ศ. ..", obfuscated
mail addresses, phones grouped every way, Yahoo/Hotmail HTML with <font> and <br> in
cells, RTF and OpenDocument attachments, a two-page PDF with the form on page 2, a body
quoting the agency's instructions (with their examples) above the answers, the Thai form
signature "ลงชื่อ ....... ( นาย... )", a neighbour's phone in a complaint, a reply that
only adds the phone. Same shape as the first set (a raw RFC 5322 message plus the values
a clerk would accept per field), so the shared harness measures it. All people, numbers
and addresses are invented.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit

FONTS = Path("/usr/share/fonts/truetype/tlwg")


@dataclass(frozen=True)
class Person:
    title: str
    first: str
    last: str
    nid: str
    born: date
    mobile: str  # 10 digits, national
    email: str
    house: str  # the house number alone ("45/7")
    rest: str  # after the house number, to the district, written out in full
    province: str
    postal: str

    @property
    def name(self) -> str:
        return f"{self.title}{self.first} {self.last}"

    @property
    def bangkok(self) -> bool:
        return self.province == "กรุงเทพมหานคร"

    @property
    def province_written(self) -> str:
        return "กรุงเทพมหานคร" if self.bangkok else f"จังหวัด{self.province}"


PEOPLE: tuple[Person, ...] = (
    Person("นาง", "บุษบา", "แก้วประเสริฐ", with_check_digit("350990012734"), date(1969, 8, 21),
           "0817364529", "busaba.k@yahoo.co.th", "112", "หมู่ที่ 6 ตำบลสันผีเสื้อ อำเภอเมืองเชียงใหม่",
           "เชียงใหม่", "50300"),
    Person("นาย", "ปิยะพงษ์", "ทองสุข", with_check_digit("170010245583"), date(1991, 1, 9),
           "0942185736", "piyapong.t@hotmail.com", "88/19", "ซอยลาดพร้าว 71 แขวงสะพานสอง เขตวังทองหลาง",  # noqa: E501
           "กรุงเทพมหานคร", "10310"),
    Person("นางสาว", "ชุติมา", "วงศ์สวัสดิ์", with_check_digit("341020033419"), date(1995, 12, 3),
           "0653318824", "chutima.ws@gmail.com", "7", "หมู่ที่ 2 ตำบลขามใหญ่ อำเภอเมืองอุบลราชธานี",
           "อุบลราชธานี", "34000"),
    Person("นาย", "อนุชา", "พรหมมา", with_check_digit("190050117726"), date(1983, 5, 30),
           "0896612047", "anucha.pm@outlook.com", "23/4", "ถนนกาญจนวนิช ตำบลหาดใหญ่ อำเภอหาดใหญ่",
           "สงขลา", "90110"),
    Person("นางสาว", "รัตนาภรณ์", "ศรีสุข", with_check_digit("120990218845"), date(1999, 7, 15),
           "0628854173", "rattanaporn.s@gmail.com", "99/321", "ถนนรัชดาภิเษก แขวงห้วยขวาง เขตห้วยขวาง",
           "กรุงเทพมหานคร", "10310"),
    Person("นาย", "สุริยา", "จันทร์หอม", with_check_digit("330040091152"), date(1976, 10, 2),
           "0851907364", "suriya.ch@yahoo.com", "56", "หมู่ที่ 11 ตำบลหนองบัว อำเภอเมืองอุดรธานี",
           "อุดรธานี", "41000"),
    Person("นาง", "วิไลวรรณ", "สมบูรณ์ชัย", with_check_digit("160030052291"), date(1962, 2, 27),
           "0819452678", "wilaiwan.sb@hotmail.co.th", "301", "ถนนพหลโยธิน ตำบลปากเพรียว อำเภอเมืองสระบุรี",  # noqa: E501
           "สระบุรี", "18000"),
    Person("นาย", "ธีรวัฒน์", "มณีรัตน์", with_check_digit("383010040067"), date(2001, 4, 18),
           "0973340915", "teerawat.mn@gmail.com", "14/2", "หมู่ที่ 8 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น",
           "ขอนแก่น", "40000"),
)  # fmt: skip

# A second person who appears beside the applicant (a parent, a spouse, a dead relative,
# a neighbour): their values must not be taken for the applicant's.
OTHERS: tuple[Person, ...] = (
    Person("นาง", "สมจิตร", "ดวงแก้ว", with_check_digit("310020004417"), date(1948, 6, 11),
           "0812207791", "", "5", "หมู่ที่ 1 ตำบลบ้านใหม่ อำเภอเมืองนครราชสีมา",
           "นครราชสีมา", "30000"),
    Person("นาย", "บุญมี", "ศรีทอง", with_check_digit("340110009823"), date(1944, 9, 1),
           "0887716350", "", "17", "หมู่ที่ 3 ตำบลแจระแม อำเภอเมืองอุบลราชธานี",
           "อุบลราชธานี", "34000"),
    Person("นาง", "กาญจนา", "ทองสุข", with_check_digit("110140023390"), date(1993, 3, 25),
           "0926631408", "", "88/19", "ซอยลาดพร้าว 71 แขวงสะพานสอง เขตวังทองหลาง",
           "กรุงเทพมหานคร", "10310"),
)  # fmt: skip


# --- how the values are written and what a clerk accepts -------------------------------


def intl(mobile: str) -> str:
    return "+66" + mobile[1:]


def dashed_id(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def be(born: date) -> int:
    return born.year + 543


def thai_date(born: date) -> str:
    return f"{born.day} {MONTHS[born.month - 1]} {be(born)}"


def line(p: Person, prefix: str = "") -> str:
    return f"{prefix}{p.house} {p.rest}"


def addresses(p: Person, typed: str) -> tuple[str, ...]:
    """What a clerk accepts for an address typed as `typed` (house to district): as typed,
    or without a บ้านเลขที่/เลขที่ word before the number, each with or without the
    province and postal code (fields of their own)."""
    bare = line(p)
    out: list[str] = []
    for head in dict.fromkeys((typed, bare)):
        out += [head, f"{head} {p.province_written}", f"{head} {p.province_written} {p.postal}"]
        out += [f"{head} จ.{p.province}", f"{head} จ.{p.province} {p.postal}"]
    return tuple(dict.fromkeys(out))


def expect(p: Person, keys: str, typed_address: str | None = None) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": (intl(p.mobile),),
        "email": (p.email.lower(),),
        "address": addresses(p, typed_address or line(p)),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in keys.split()}


def message(p: Person, subject: str, text: str | None = None, html: str | None = None,
            attach: tuple[str, bytes, str] | None = None, n: int = 0,
            sender: str | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 24, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen3-{n}-{p.first.encode().hex()[:8]}@example.com>"
    set_body(msg, text, html)
    if attach is not None:
        name, data, mime = attach
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


Style = Callable[[Person, int], Case]
ALL = "full_name national_id birth_date phone email address postal_code province"


# --- the styles ------------------------------------------------------------------------


def for_a_parent(p: Person, i: int) -> Case:
    """A grown child writes for an old parent: the writer is the applicant; the parent's
    name and ID are given too, labelled as the parent's."""
    mom = OTHERS[i % 2]
    rel = "มารดา" if mom.title == "นาง" else "บิดา"
    text = f"""เรียน เจ้าหน้าที่ที่เกี่ยวข้อง

ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed_id(p.nid)}
เกิดวันที่ {thai_date(p.born)} อยู่บ้านเลขที่ {line(p)} {p.province_written} {p.postal}
โทรศัพท์มือถือ {p.mobile[:3]}-{p.mobile[3:6]}-{p.mobile[6:]} อีเมล {p.email}

ขอยื่นคำร้องแทน{rel} คือ {mom.name} เลขประจำตัวประชาชน {dashed_id(mom.nid)}
อายุ 78 ปี ซึ่งป่วยติดเตียงไม่สามารถเดินทางมาด้วยตนเองได้
ขอรับเบี้ยยังชีพผู้สูงอายุแทน{rel} โดยให้โอนเข้าบัญชีของ{rel}ตามเดิม

จึงเรียนมาเพื่อโปรดพิจารณา
{p.name}
"""
    return Case("for_a_parent", message(p, "ขอยื่นคำร้องแทนผู้สูงอายุ", text, n=i),
                expect(p, ALL, f"บ้านเลขที่ {line(p)}"))  # fmt: skip


def for_a_dead_relative(p: Person, i: int) -> Case:
    """A request about a dead father or mother: the dead person's ID, birth date and old
    address are in the mail; the applicant's fields come after ผู้ยื่นคำร้อง."""
    dead = OTHERS[(i + 1) % 2]
    text = f"""เรื่อง ขอคัดสำเนามรณบัตร

ข้อมูลผู้เสียชีวิต
ชื่อ-สกุล: {dead.name}
เลขประจำตัวประชาชน: {dead.nid}
วันเกิด: {thai_date(dead.born)}
ที่อยู่ตามทะเบียนบ้าน: {line(dead)} {dead.province_written} {dead.postal}
เสียชีวิตเมื่อวันที่ 14 สิงหาคม 2569

ข้อมูลผู้ยื่นคำร้อง (บุตร)
ชื่อ-สกุล: {p.name}
เลขประจำตัวประชาชน: {p.nid}
วันเกิด: {thai_date(p.born)}
ที่อยู่: {line(p)} {p.province_written} {p.postal}
โทร: {p.mobile}
อีเมล: {p.email}
"""
    return Case("for_a_dead_relative", message(p, "ขอคัดสำเนามรณบัตร", text, n=i),
                expect(p, ALL))  # fmt: skip


def husband_and_wife(p: Person, i: int) -> Case:
    """Two applicants on one request (a couple registering something together): the
    first, who signs, is the applicant."""
    wife = OTHERS[2] if i % 2 == 0 else OTHERS[0]
    text = f"""เรียน นายทะเบียน

พวกข้าพเจ้า
1. {p.name} เลขประจำตัวประชาชน {p.nid} เกิด {thai_date(p.born)} โทร {p.mobile}
2. {wife.name} เลขประจำตัวประชาชน {wife.nid} เกิด {thai_date(wife.born)} โทร {wife.mobile}
อยู่บ้านเลขที่ {line(p)} {p.province_written} {p.postal}
อีเมลติดต่อ {p.email}

มีความประสงค์ขอจดทะเบียนสมรส ณ สำนักงานเขต จึงขอนัดวันเวลาล่วงหน้า

ขอแสดงความนับถือ
{p.name}
"""
    return Case("husband_and_wife", message(p, "ขอนัดจดทะเบียนสมรส", text, n=i),
                expect(p, ALL, f"บ้านเลขที่ {line(p)}"))  # fmt: skip


def digits_mixed(p: Person, i: int) -> Case:
    """Thai and Arabic digits mixed inside one value: a Thai keyboard layout gives Thai
    digits on the number row with Shift off, so a fast typist switches mid-number."""
    nid, m = p.nid, p.mobile
    nid_w = (
        thai(nid[:5]) + nid[5:]
        if i % 2 == 0
        else nid[:1]
        + "-"
        + thai(nid[1:5])
        + "-"
        + nid[5:10]
        + "-"
        + thai(nid[10:12])
        + "-"
        + nid[12]
    )
    mob_w = thai(m[:3]) + "-" + m[3:6] + "-" + thai(m[6:])
    born_w = f"{thai(str(p.born.day))} {MONTHS[p.born.month - 1]} {thai(str(be(p.born))[:2])}{str(be(p.born))[2:]}"  # noqa: E501
    text = f"""ชื่อ {p.name}
เลขบัตรประชาชน {nid_w}
วันเดือนปีเกิด {born_w}
เบอร์โทร {mob_w}
อีเมล {p.email}
ที่อยู่ {p.house} {p.rest} {p.province_written} {thai(p.postal[:2])}{p.postal[2:]}
ขอรับรองสำเนาทะเบียนบ้านครับ
"""
    return Case("digits_mixed", message(p, "ขอรับรองสำเนาทะเบียนบ้าน", text, n=i),
                expect(p, "full_name national_id birth_date phone email province"))  # fmt: skip


def house_number_words(p: Person, i: int) -> Case:
    """The number after บ้านเลขที่ / เลขที่ / ที่อยู่เลขที่, in label-value lines."""
    word = ("บ้านเลขที่", "เลขที่", "ที่อยู่เลขที่")[i % 3]
    text = f"""ชื่อผู้ร้อง : {p.name}
เลขประจำตัวประชาชน : {dashed_id(p.nid)}
ที่อยู่ : {word} {line(p)}
จังหวัด : {p.province}
รหัสไปรษณีย์ : {p.postal}
มือถือ : {p.mobile}
E-mail : {p.email}
เรื่องที่ขอ : ขอหนังสือรับรองการอยู่อาศัย
"""
    typed = f"{word} {line(p)}"
    keys = ALL.replace(" birth_date", "")
    return Case("house_number_words", message(p, "ขอหนังสือรับรองการอยู่อาศัย", text, n=i),
                expect(p, keys, typed))  # fmt: skip


def condo_room(p: Person, i: int) -> Case:
    """A Bangkok condominium: room number, floor, building, then แขวง/เขต."""
    room = ("ห้องเลขที่ 1508 ชั้น 15 อาคารลุมพินี พาร์ค", "ห้อง 7/412 ชั้น 4 คอนโดเดอะ ทรี")[i % 2]
    typed = f"{p.house} {room} {p.rest}"
    text = f"""เรียน ผู้อำนวยการเขต

ผมชื่อ {p.name} (เลขประจำตัวประชาชน {p.nid})
ที่อยู่ปัจจุบัน {typed} {p.province_written} {p.postal}
เบอร์ติดต่อ {p.mobile[:3]} {p.mobile[3:6]} {p.mobile[6:]}
อีเมล {p.email}

ขอแจ้งย้ายที่อยู่เข้าห้องชุดดังกล่าว

ขอบคุณครับ
"""
    exp = expect(p, "full_name national_id phone email postal_code province")
    exp["address"] = (typed, f"{typed} {p.province_written}",
                      f"{typed} {p.province_written} {p.postal}")  # fmt: skip
    return Case("condo_room", message(p, "แจ้งย้ายที่อยู่", text, n=i), exp)


def po_box(p: Person, i: int) -> Case:
    """Mail to a PO box: the home address is given too; the clerk takes the home one."""
    text = f"""ชื่อ-นามสกุล {p.name}
เลขบัตร {p.nid}
ที่อยู่ตามทะเบียนบ้าน {line(p)} {p.province_written} {p.postal}
ที่อยู่สำหรับจัดส่งเอกสาร ตู้ ปณ. {40 + i} ปณจ.{p.province} {p.postal}
โทร. {p.mobile}
"""
    return Case("po_box", message(p, "ขอเอกสารทางไปรษณีย์", text, n=i),
                expect(p, "full_name national_id phone address postal_code province"))  # fmt: skip


RANKS = (
    ("ร.ต.อ.", "ร.ต.อ. "), ("พ.ต.ท.", "พ.ต.ท. "), ("ว่าที่ ร.ต.", "ว่าที่ร.ต."),
    ("ดร.", "ดร. "), ("ผศ.ดร.", "ผศ. ดร."), ("จ.ส.อ.", "จ.ส.อ. "),
)  # fmt: skip


def ranks_and_degrees(p: Person, i: int) -> Case:
    """A police or army rank, ว่าที่ (acting) rank or academic title instead of นาย/นาง."""
    rank, other = RANKS[(i + len(p.first)) % len(RANKS)]
    who = Person(rank, p.first, p.last, p.nid, p.born, p.mobile, p.email, p.house, p.rest,
                 p.province, p.postal)  # fmt: skip
    text = f"""ชื่อ-สกุล: {rank}{p.first} {p.last}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเกิด: {thai_date(p.born)}
โทรศัพท์: {p.mobile}
อีเมล: {p.email}
ที่อยู่: {line(p)} {p.province_written} {p.postal}
"""
    exp = expect(who, ALL)
    exp["full_name"] = (f"{rank}{p.first} {p.last}", f"{rank} {p.first} {p.last}",
                        f"{other}{p.first} {p.last}".replace("  ", " "))  # fmt: skip
    return Case("ranks_and_degrees", message(p, "ขอข้อมูลข่าวสาร", text, n=i), exp)


def monk(p: Person, i: int) -> Case:
    """A monk writes with his religious name (ฉายา) and the lay surname in brackets; the
    monastery is his address."""
    names = (("พระมหา", "สมศักดิ์", "ฐิตธมฺโม"), ("พระครูสมุห์", "ประเสริฐ", "ปญฺญาวโร"))
    title, first, chaya = names[i % 2]
    text = f"""เจริญพร เจ้าหน้าที่

อาตมา {title}{first} {chaya} (นามสกุลเดิม {p.last})
เลขประจำตัวประชาชน {p.nid}
สังกัดวัดศรีสุพรรณ {line(p)} {p.province_written} {p.postal}
โทร {p.mobile}
ขอคัดสำเนาทะเบียนบ้านของวัด

เจริญพร
"""
    exp = expect(p, "national_id phone postal_code province")
    exp["full_name"] = (f"{title}{first} {chaya}",)
    return Case("monk", message(p, "ขอคัดสำเนาทะเบียนบ้าน", text, n=i), exp)


def royal_descent(p: Person, i: int) -> Case:
    """ม.ร.ว. / ม.ล. before the name (royal descent), sometimes with หญิง."""
    title = ("ม.ร.ว.", "ม.ล.", "ม.ร.ว.หญิง")[i % 3]
    text = f"""ชื่อ {title}{p.first} {p.last}
บัตรประชาชนเลขที่ {p.nid}
เกิด {p.born.day:02d}/{p.born.month:02d}/{be(p.born)}
มือถือ {p.mobile}
อีเมล {p.email}
ขอรับเอกสารทางอีเมลค่ะ
"""
    exp = expect(p, "national_id birth_date phone email")
    exp["full_name"] = (f"{title}{p.first} {p.last}", f"{title} {p.first} {p.last}")
    return Case("royal_descent", message(p, "ขอเอกสาร", text, n=i), exp)


def id_cut_or_dotted(p: Person, i: int) -> Case:
    """The ID cut by the mail program's line wrap, or ending a sentence with a full stop,
    or after the word เลขบัตร."""
    nid = p.nid
    forms = (
        f"ข้าพเจ้า {p.name} ถือบัตรประจำตัวประชาชนเลขที่ {dashed_id(nid)[:8]}\n{dashed_id(nid)[8:]} ขอยื่นคำร้อง",  # noqa: E501
        f"ข้าพเจ้า {p.name} เลขบัตร {nid}. ขอยื่นคำร้อง",
        f"ข้าพเจ้า {p.name}\nเลขบัตรประชาชน {nid[:6]}\n{nid[6:]}\nขอยื่นคำร้อง",
    )
    text = f"""{forms[i % 3]}ขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด
ติดต่อกลับที่ {p.mobile} ค่ะ
"""
    return Case("id_cut_or_dotted", message(p, "ขอรับเงินอุดหนุนเด็กแรกเกิด", text, n=i),
                expect(p, "full_name national_id phone"))  # fmt: skip


def iso_birth(p: Person, i: int) -> Case:
    """Dates from a web form or a spreadsheet: yyyy-mm-dd in the Christian era, or the
    Buddhist year with dashes."""
    b = p.born
    written = (
        b.isoformat(),
        f"{be(b)}-{b.month:02d}-{b.day:02d}",
        f"{b.day:02d}-{b.month:02d}-{b.year}",
    )[i % 3]
    text = f"""Name/ชื่อ: {p.name}
ID/เลขบัตร: {p.nid}
Birth/วันเกิด: {written}
Mobile/มือถือ: {p.mobile}
Email: {p.email}
"""
    return Case("iso_birth", message(p, "แบบคำร้องออนไลน์", text, n=i),
                expect(p, "full_name national_id birth_date phone email"))  # fmt: skip


def form_date_words(p: Person, i: int) -> Case:
    """The printed form's date: 'เกิดวันที่ .. เดือน .. พ.ศ. ..', sometimes with dots left
    from the form's blanks."""
    b = p.born
    forms = (
        f"เกิดวันที่ {b.day} เดือน {MONTHS[b.month - 1]} พ.ศ. {be(b)}",
        f"เกิดวันที่....{b.day}....เดือน....{MONTHS[b.month - 1]}....พ.ศ.....{be(b)}....",
        f"เกิดเมื่อวันที่ {thai(str(b.day))} เดือน{MONTHS[b.month - 1]} ปี พ.ศ. {thai(str(be(b)))}",
    )
    text = f"""ข้าพเจ้า {p.name}
{forms[i % 3]}
อายุ {2026 - b.year} ปี สัญชาติ ไทย
เลขประจำตัวประชาชน {dashed_id(p.nid)}
อยู่บ้านเลขที่ {line(p)} {p.province_written} {p.postal}
โทรศัพท์ {p.mobile}
"""
    return Case("form_date_words", message(p, "คำร้องทั่วไป", text, n=i),
                expect(p, ALL.replace(" email", ""), f"บ้านเลขที่ {line(p)}"))  # fmt: skip


def email_dressed(p: Person, i: int) -> Case:
    """A mail address with [at] against harvesters, ending a sentence with a full stop,
    or in angle brackets."""
    user, domain = p.email.split("@")
    forms = (f"{user}[at]{domain}", f"{p.email}.", f"<{p.email}>", f"{user} (at) {domain}")
    text = f"""สวัสดีครับ
ผม {p.name} โทร {p.mobile}
ขอให้ส่งผลการพิจารณามาที่อีเมล {forms[i % 4]}
ขอบคุณครับ
"""
    return Case("email_dressed", message(p, "สอบถามผลการพิจารณา", text, n=i,
                                         sender=f"{p.first} <other.box{i}@example.net>"),
                expect(p, "full_name phone email"))  # fmt: skip


def phone_groupings(p: Person, i: int) -> Case:
    """Phones grouped every way: 0 8x xxxx xxx, +66 8x xxx xxxx, dots, a (มือถือ) note."""
    m = p.mobile
    forms = (f"0 {m[1:3]} {m[3:7]} {m[7:]}", f"+66 {m[1:3]} {m[3:6]} {m[6:]}",
             f"{m[:3]}.{m[3:6]}.{m[6:]}", f"{m[:3]}-{m[3:6]}-{m[6:]} (มือถือ)")  # fmt: skip
    text = f"""เรียน เจ้าหน้าที่
ดิฉัน {p.name} ขอแจ้งเหตุไฟฟ้าส่องสว่างในซอยดับมาหนึ่งสัปดาห์
ที่อยู่ {line(p)} {p.province_written} {p.postal}
ติดต่อ {forms[i % 4]}
"""
    return Case("phone_groupings", message(p, "แจ้งไฟฟ้าส่องสว่างดับ", text, n=i),
                expect(p, "full_name phone address postal_code province"))  # fmt: skip


def yahoo_font_table(p: Person, i: int) -> Case:
    """Yahoo Mail / old editors: <font> tags everywhere, values with <br> inside cells."""
    html = f"""<html><head></head><body><div style="color:#000; font-family:tahoma, sans-serif;font-size:13px">
<div><font face="Tahoma" size="2">เรียน เจ้าหน้าที่</font></div>
<table border="1" cellpadding="2"><tbody>
<tr><td><font size="2"><b>ชื่อ-สกุล</b></font></td><td><font size="2" color="#000080">{p.name}</font></td></tr>
<tr><td><font size="2"><b>เลขบัตรประชาชน</b></font></td><td><font size="2">{dashed_id(p.nid)}</font></td></tr>
<tr><td><font size="2"><b>ที่อยู่</b></font></td><td><font size="2">{p.house} {p.rest.split(" ")[0]} {" ".join(p.rest.split(" ")[1:])}<br>{p.province_written}<br>{p.postal}</font></td></tr>
<tr><td><font size="2"><b>โทรศัพท์</b></font></td><td><font size="2">{p.mobile}<br></font></td></tr>
<tr><td><font size="2"><b>อีเมล</b></font></td><td><font size="2"><a href="mailto:{p.email}" rel="nofollow" target="_blank">{p.email}</a></font></td></tr>
</tbody></table>
<div><font size="2">&nbsp;</font></div><div><font size="2">ขอบคุณค่ะ</font></div>
</div></body></html>"""  # noqa: E501
    return Case("yahoo_font_table", message(p, "คำร้อง", html=html, n=i),
                expect(p, ALL.replace(" birth_date", "")))  # fmt: skip


def hotmail_spans(p: Person, i: int) -> Case:
    """Outlook.com (Hotmail) HTML: each line its own div with spans and &nbsp; between
    label and value."""
    rows = [("ชื่อ", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเกิด", thai_date(p.born)), ("เบอร์โทร", p.mobile),
            ("ที่อยู่", f"{line(p)} {p.province_written} {p.postal}")]  # fmt: skip
    divs = "\n".join(
        f'<div style="font-family: Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'  # noqa: E501
        f'<span style="font-size:12pt">{k}</span>&nbsp;&nbsp;<span style="font-size:12pt">{v}</span></div>'  # noqa: E501
        for k, v in rows
    )
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style></head>
<body dir="ltr"><div style="font-family: Calibri; font-size: 12pt;">เรียนเจ้าหน้าที่ค่ะ</div>
{divs}
<div id="Signature"><div>ส่งจาก Outlook</div></div></body></html>"""
    return Case("hotmail_spans", message(p, "ขอใบรับรอง", html=html, n=i),
                expect(p, ALL.replace(" email", "")))  # fmt: skip


def _rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\n":
            out.append("\\par\n")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        elif ch in "\\{}":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def rtf_attachment(p: Person, i: int) -> Case:
    """The form saved as RTF by WordPad: every Thai letter a \\uNNNN? escape."""
    body = f"""แบบคำร้องทั่วไป
ชื่อ-สกุล: {p.name}
เลขประจำตัวประชาชน: {p.nid}
วันเกิด: {thai_date(p.born)}
ที่อยู่: {line(p)} {p.province_written} {p.postal}
โทรศัพท์: {p.mobile}
อีเมล: {p.email}
"""
    rtf = ("{\\rtf1\\ansi\\ansicpg874\\deff0{\\fonttbl{\\f0\\fnil\\fcharset222 Tahoma;}}\n"
           "\\viewkind4\\uc1\\pard\\f0\\fs20 " + _rtf_escape(body) + "}\n")  # fmt: skip
    text = "เรียน เจ้าหน้าที่\nส่งแบบคำร้องตามไฟล์แนบครับ\n"
    rtf_file = ("คำร้อง.rtf", rtf.encode("ascii"), "application/rtf")
    return Case("rtf_attachment", message(p, "ส่งแบบคำร้อง", text, n=i, attach=rtf_file),
                expect(p, ALL))  # fmt: skip


def odt_attachment(p: Person, i: int) -> Case:
    """The form typed in LibreOffice Writer and sent as .odt."""
    paras = ["แบบคำร้อง", f"ชื่อ-สกุล: {p.name}", f"เลขประจำตัวประชาชน: {dashed_id(p.nid)}",
             f"วันเกิด: {thai_date(p.born)}", f"ที่อยู่: {line(p)} {p.province_written} {p.postal}",
             f"โทรศัพท์: {p.mobile}", f"อีเมล: {p.email}"]  # fmt: skip
    body = "".join(f"<text:p>{x}</text:p>" for x in paras)
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>{body}</office:text></office:body></office:document-content>"""  # noqa: E501
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""  # noqa: E501
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    text = "ส่งแบบฟอร์มตามไฟล์แนบค่ะ\n"
    odt = ("form.odt", buf.getvalue(), "application/vnd.oasis.opendocument.text")
    return Case("odt_attachment", message(p, "ส่งแบบฟอร์ม", text, n=i, attach=odt),
                expect(p, ALL))  # fmt: skip


def pdf_two_pages(p: Person, i: int) -> Case:
    """A PDF whose first page is a cover letter naming the office, the form on page 2."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("Garuda", "", str(FONTS / "Garuda.ttf"))
    pdf.set_font("Garuda", size=14)
    pdf.add_page()
    for t in ("หนังสือนำส่ง", "เรียน นายอำเภอ", "ข้าพเจ้าขอส่งแบบคำร้องตามแนบมาพร้อมนี้",
              "สำนักงานตั้งอยู่ที่ 1 ถนนศูนย์ราชการ โทร 0 4324 5678", "จึงเรียนมาเพื่อโปรดพิจารณา"):  # fmt: skip
        pdf.cell(0, 10, t, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    for t in ("แบบคำร้อง (หน้า 2)", f"ชื่อ-สกุล {p.name}", f"เลขประจำตัวประชาชน {dashed_id(p.nid)}",
              f"วันเดือนปีเกิด {thai_date(p.born)}", f"ที่อยู่ {line(p)}",
              f"จังหวัด {p.province}  รหัสไปรษณีย์ {p.postal}", f"โทรศัพท์มือถือ {p.mobile}",
              f"อีเมล {p.email}"):  # fmt: skip
        pdf.cell(0, 10, t, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    text = "เรียนเจ้าหน้าที่ แนบแบบคำร้องมาครับ\n"
    return Case("pdf_two_pages", message(p, "แบบคำร้อง", text, n=i,
                                         attach=("request.pdf", data, "application/pdf")),
                expect(p, ALL))  # fmt: skip


def quotes_agency_page(p: Person, i: int) -> Case:
    """The citizen pastes the agency's web page (instructions with example values) and
    answers below: the examples are not the applicant's."""
    text = f"""คัดลอกจากเว็บไซต์:
"ให้ผู้ยื่นคำร้องระบุข้อมูลดังนี้
ชื่อ-นามสกุล (ตัวอย่าง: นายสมมติ ตัวอย่างดี)
เลขประจำตัวประชาชน 13 หลัก (ตัวอย่าง: 1-2345-67890-12-1)
เบอร์โทรศัพท์ (ตัวอย่าง: 081-234-5678)
อีเมล (ตัวอย่าง: example@mail.go.th)
ติดต่อสอบถามสำนักงานได้ที่ 02-141-9999"

ข้อมูลของดิฉัน
ชื่อ-นามสกุล {p.name}
เลขประจำตัวประชาชน {p.nid}
เบอร์โทรศัพท์ {p.mobile}
อีเมล {p.email}
"""
    return Case("quotes_agency_page", message(p, "ยื่นคำร้องออนไลน์", text, n=i),
                expect(p, "full_name national_id phone email"))  # fmt: skip


def signed_in_brackets(p: Person, i: int) -> Case:
    """A letter in the official style, the name only under the signature line in
    brackets, as Thai forms print it."""
    text = f"""เรื่อง ขอความอนุเคราะห์ตัดกิ่งไม้
เรียน นายกองค์การบริหารส่วนตำบล

ด้วยข้าพเจ้าอาศัยอยู่บ้านเลขที่ {line(p)} {p.province_written} {p.postal} ต้นไม้ริมถนนหน้าบ้าน
มีกิ่งพาดสายไฟฟ้า เกรงว่าจะเกิดอันตราย จึงขอความอนุเคราะห์ตัดกิ่งไม้ดังกล่าว
สามารถติดต่อข้าพเจ้าได้ที่หมายเลข {p.mobile}

จึงเรียนมาเพื่อโปรดพิจารณา

ขอแสดงความนับถือ

ลงชื่อ ...................................
{"( " + p.name + " )" if i % 2 == 0 else "(" + p.name + ")"}
ผู้ยื่นคำร้อง
"""
    return Case("signed_in_brackets", message(p, "ขอความอนุเคราะห์ตัดกิ่งไม้", text, n=i,
                                              sender=f"<{p.email}>"),
                expect(p, "full_name phone address postal_code province", f"บ้านเลขที่ {line(p)}"))  # fmt: skip  # noqa: E501


def neighbour_numbers(p: Person, i: int) -> Case:
    """A complaint naming a neighbour with his phone and house number; the sender's own
    phone is labelled."""
    nb = OTHERS[i % 2]
    text = f"""เรียน เจ้าหน้าที่ อบต.

ข้าพเจ้า {p.name} ขอร้องเรียนเรื่องเสียงดังจากบ้านเลขที่ {nb.house} ของ{nb.name}
ซึ่งเปิดเพลงเสียงดังทุกคืนจนถึงตีสอง ข้าพเจ้าได้โทรไปขอร้องที่เบอร์ {nb.mobile} แล้ว
หลายครั้ง แต่ไม่ได้รับความร่วมมือ ผู้ใหญ่บ้าน (โทร 089-000-1234) ก็ทราบเรื่องแล้ว

เบอร์โทรศัพท์ของข้าพเจ้า {p.mobile}
ที่อยู่ของข้าพเจ้า {line(p)} {p.province_written} {p.postal}
"""
    return Case("neighbour_numbers", message(p, "ร้องเรียนเหตุเดือดร้อนรำคาญ", text, n=i),
                expect(p, "full_name phone address postal_code province"))  # fmt: skip


def reply_adds_phone(p: Person, i: int) -> Case:
    """A second mail that only adds what was forgotten, quoting the first under it."""
    forgot = ("ลืมแจ้งเบอร์โทรครับ", "ขอแจ้งเบอร์ติดต่อเพิ่มเติมค่ะ")[i % 2]
    text = f"""{forgot} {p.mobile}

{p.first}

On Mon, 23 Nov 2026 at 20:14, {p.first} {p.last} <{p.email}> wrote:
> เรียน เจ้าหน้าที่
> ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {p.nid}
> ขอคัดสำเนาทะเบียนบ้าน
"""
    return Case("reply_adds_phone", message(p, "Re: ขอคัดสำเนาทะเบียนบ้าน", text, n=i),
                expect(p, "full_name national_id phone"))  # fmt: skip


def docx_cell_lines(p: Person, i: int) -> Case:
    """A Word table where one cell holds several labelled lines (soft line breaks)."""
    import docx

    d = docx.Document()
    d.add_paragraph("แบบคำขอ")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "ผู้ยื่นคำขอ"
    run = t.cell(0, 1).paragraphs[0].add_run(f"ชื่อ {p.name}")
    run.add_break()
    t.cell(0, 1).paragraphs[0].add_run(f"เลขประจำตัวประชาชน {dashed_id(p.nid)}")
    t.cell(0, 1).paragraphs[0].runs[-1].add_break()
    t.cell(0, 1).paragraphs[0].add_run(f"เกิดวันที่ {thai_date(p.born)}")
    t.cell(1, 0).text = "การติดต่อ"
    c = t.cell(1, 1).paragraphs[0]
    c.add_run(f"โทร {p.mobile}").add_break()
    c.add_run(f"อีเมล {p.email}").add_break()
    c.add_run(f"ที่อยู่ {line(p)} {p.province_written} {p.postal}")
    buf = io.BytesIO()
    d.save(buf)
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return Case("docx_cell_lines", message(p, "แบบคำขอ", "ตามแนบค่ะ\n", n=i,
                                           attach=("คำขอ.docx", buf.getvalue(), mime)),
                expect(p, ALL))  # fmt: skip


def xlsx_header_row(p: Person, i: int) -> Case:
    """A spreadsheet with the labels across row 1 and the answers across row 2, as
    people export a Google Form."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    head = ["ประทับเวลา", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเกิด", "เบอร์โทรศัพท์",
            "อีเมล", "ที่อยู่", "จังหวัด", "รหัสไปรษณีย์"]  # fmt: skip
    row = ["24/11/2026 9:41:07", p.name, p.nid, p.born.strftime("%d/%m/") + str(be(p.born)),
           p.mobile, p.email, line(p), p.province, p.postal]  # fmt: skip
    ws.append(head)
    ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Case("xlsx_header_row", message(p, "ข้อมูลผู้ยื่นคำร้อง", "แนบไฟล์ข้อมูลครับ\n", n=i,
                                           attach=("responses.xlsx", buf.getvalue(), mime)),
                expect(p, ALL))  # fmt: skip


def role_labels(p: Person, i: int) -> Case:
    """Labels that name the role: ชื่อผู้ขอ, ผู้ยื่นคำขอ, ชื่อ-สกุล (ภาษาไทย), ชื่อ (นาย/นาง/นางสาว)."""
    lab = ("ชื่อผู้ขอ", "ผู้ยื่นคำขอ", "ชื่อ-สกุล (ภาษาไทย)", "ชื่อ (นาย/นาง/นางสาว)")[i % 4]
    text = f"""{lab} {p.name}
ชื่อ-สกุล (ภาษาอังกฤษ) Mr./Ms. {p.first[:2]} Sample
เลขประจำตัวประชาชนผู้ขอ {p.nid}
หมายเลขโทรศัพท์ที่ติดต่อได้ {p.mobile}
ที่อยู่ที่ติดต่อได้ {line(p)} {p.province_written} {p.postal}
"""
    return Case("role_labels", message(p, "คำขอ", text, n=i),
                expect(p, "full_name national_id phone address postal_code province"))  # fmt: skip


def age_beside_birth(p: Person, i: int) -> Case:
    """Age, weight and a house-registration number near the birth date and the ID."""
    text = f"""ชื่อ {p.name} อายุ {2026 - p.born.year} ปี
เกิด {p.born.day} {MONTHS_SHORT[p.born.month - 1]} {str(be(p.born))[2:]}
เลขประจำตัวประชาชน {dashed_id(p.nid)}
รหัสประจำบ้าน 5001-012345-6
เบอร์ {p.mobile}
"""
    return Case("age_beside_birth", message(p, "คำร้อง", text, n=i),
                expect(p, "full_name birth_date national_id phone"))  # fmt: skip


def child_applicant(p: Person, i: int) -> Case:
    """A parent applies for a child (a birth grant, a school letter): the parent writes
    and signs and is the applicant; the child's name and ID are labelled as the child's."""
    kid_id = with_check_digit(f"1{p.nid[1:5]}0{i}7321{i}")
    text = f"""ผู้ปกครอง (ผู้ยื่นคำร้อง)
ชื่อ-สกุล {p.name}
เลขประจำตัวประชาชน {p.nid}
โทรศัพท์ {p.mobile}

ข้อมูลบุตร
ชื่อ-สกุล เด็กชายภูมิ {p.last}
เลขประจำตัวประชาชน {kid_id}
เกิดวันที่ 3 มกราคม 2568
"""
    return Case("child_applicant", message(p, "ขอรับเงินอุดหนุนบุตร", text, n=i),
                expect(p, "full_name national_id phone"))  # fmt: skip


def iphone_html(p: Person, i: int) -> Case:
    """iPhone Mail: every line a <div dir="auto">, blank lines as <div><br></div>, the
    Thai 'sent from my iPhone' at the end."""
    rows = [f"ชื่อ {p.name}", f"บัตรประชาชน {p.nid}", f"เบอร์ {p.mobile}",
            f"บ้านเลขที่ {line(p)} {p.province_written} {p.postal}", "", "ขอบคุณค่ะ"]  # fmt: skip
    divs = "".join(f'<div dir="auto">{r or "<br>"}</div>' for r in rows)
    html = f"""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">{divs}<div dir="ltr"><br><div>ส่งจาก iPhone ของฉัน</div></div></body></html>"""  # noqa: E501
    text = "\n".join(rows) + "\n\nส่งจาก iPhone ของฉัน\n"
    return Case("iphone_html", message(p, "แจ้งความประสงค์", text, html, n=i),
                expect(p, "full_name national_id phone address postal_code province",
                       f"บ้านเลขที่ {line(p)}"))  # fmt: skip


def address_thai_digits(p: Person, i: int) -> Case:
    """The whole address typed in Thai digits (house, หมู่, postal code)."""
    typed = thai(line(p))
    text = f"""ข้าพเจ้า {p.name}
ที่อยู่ {typed} {p.province_written} {thai(p.postal)}
โทร {thai(p.mobile)}
"""
    exp = expect(p, "full_name phone postal_code province")
    # kept in Thai digits as typed, or turned to Arabic: a clerk accepts both
    thai_tail = (f"{typed} {p.province_written} {thai(p.postal)}",)
    exp["address"] = addresses(p, typed) + thai_tail + addresses(p, line(p))
    return Case("address_thai_digits", message(p, "คำร้อง", text, n=i), exp)


def two_phones(p: Person, i: int) -> Case:
    """Two mobiles given with หรือ; the first is the applicant's own, the second a
    relative's ("ลูกสาว")."""
    other = OTHERS[i % 3].mobile
    text = f"""ชื่อ {p.name}
เลขประจำตัวประชาชน {p.nid}
โทร {p.mobile} หรือ {other} (ลูกสาว)
ขอรับการสงเคราะห์ผู้พิการ
"""
    return Case("two_phones", message(p, "ขอรับการสงเคราะห์", text, n=i),
                expect(p, "full_name national_id phone"))  # fmt: skip


# --- a second batch, written after the readers were read and fixed, to see whether the
# fixes hold on shapes they were not made for (measured first, then floors = measured).


def xlsx_wide_export(p: Person, i: int) -> Case:
    """A Google Forms export: many columns (timestamp, mail, consent, the answers, a
    note), labels across row 1, one response in row 2."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    head = ["Timestamp", "Email Address", "ยินยอมให้เก็บข้อมูล", "คำนำหน้า", "ชื่อ-นามสกุล",
            "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "อายุ", "เพศ", "อาชีพ", "เบอร์โทรศัพท์",
            "ที่อยู่", "จังหวัด", "รหัสไปรษณีย์", "เรื่องที่ต้องการติดต่อ", "หมายเหตุ"]  # fmt: skip
    row = ["2026/11/24 9:41:07 AM GMT+7", p.email, "ยินยอม", p.title, p.name, p.nid,
           thai_date(p.born), 2026 - p.born.year, "-", "รับจ้าง", p.mobile, line(p),
           p.province, p.postal, "ขอข้อมูลข่าวสาร", ""]  # fmt: skip
    ws.append(head)
    ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Case("xlsx_wide_export", message(p, "ข้อมูลจากแบบฟอร์ม", "ตามไฟล์แนบ\n", n=i,
                                            attach=("form.xlsx", buf.getvalue(), mime)),
                expect(p, ALL))  # fmt: skip


def rtf_word_table(p: Person, i: int) -> Case:
    """RTF as Word saves Thai: \\'hh bytes in code page 874, the form in a table."""

    def tis(t: str) -> str:
        return "".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in t.encode("cp874"))

    rows = [("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("โทรศัพท์", p.mobile), ("อีเมล", p.email),
            ("ที่อยู่", f"{line(p)} {p.province_written} {p.postal}")]  # fmt: skip
    table = "".join(
        f"\\trowd\\cellx3000\\cellx9000 \\pard\\intbl {tis(k)}\\cell {tis(v)}\\cell \\row\n"
        for k, v in rows
    )
    head = ("{\\rtf1\\ansi\\ansicpg874\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset222 Tahoma;}}"
            "{\\*\\generator Microsoft Word 16;}\\pard ")  # fmt: skip
    rtf = head + tis("แบบคำร้อง") + "\\par\n" + table + "}"
    att = ("form.rtf", rtf.encode("ascii"), "application/msword")
    return Case("rtf_word_table", message(p, "แบบคำร้อง", "แนบแบบคำร้องครับ\n", n=i, attach=att),
                expect(p, ALL.replace(" birth_date", "")))  # fmt: skip


def deceased_after(p: Person, i: int) -> Case:
    """The applicant first this time, then the dead person under ผู้ตาย with their own
    phone (a relative's number) and address."""
    dead = OTHERS[i % 2]
    text = f"""ผู้ขอ {p.name} เลขประจำตัวประชาชน {p.nid}
โทร {p.mobile}

ผู้ตาย
ชื่อ {dead.name}
เลขประจำตัวประชาชน {dead.nid}
เบอร์โทรที่ติดต่อได้ {dead.mobile}
ขอรับเงินค่าทำศพ
"""
    return Case("deceased_after", message(p, "ขอรับเงินค่าทำศพ", text, n=i),
                expect(p, "full_name national_id phone"))  # fmt: skip


def mine_in_sentences(p: Person, i: int) -> Case:
    """ "...ของดิฉัน" after labels inside an HTML mail, and a Bangkok address in a
    sentence ending with กรุงเทพฯ and the postal code."""
    who = PEOPLE[1] if i % 2 == 0 else PEOPLE[4]  # the two in Bangkok
    html = f"""<div dir="ltr"><div>ดิฉันชื่อ {who.name} ค่ะ</div>
<div>อีเมลของดิฉัน: {who.email}</div><div>เบอร์โทรศัพท์ของดิฉัน {who.mobile}</div>
<div>ปัจจุบันพักอยู่ที่ {who.house} {who.rest} กรุงเทพฯ {who.postal} ค่ะ</div></div>"""
    return Case("mine_in_sentences", message(who, "สอบถาม", html=html, n=i),
                expect(who, "full_name phone email postal_code province"))  # fmt: skip


def odt_table_form(p: Person, i: int) -> Case:
    """An ODT whose form is a two-column table, the answers in spans."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเกิด", thai_date(p.born)), ("โทรศัพท์", p.mobile), ("อีเมล", p.email)]  # fmt: skip
    cells = "".join(
        "<table:table-row><table:table-cell><text:p>" + k + "</text:p></table:table-cell>"
        "<table:table-cell><text:p><text:span>" + v + "</text:span></text:p></table:table-cell>"
        "</table:table-row>"
        for k, v in rows
    )
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content'
               ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
               ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
               ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
               "<office:body><office:text><text:h>แบบคำร้อง</text:h><table:table>"
               + cells + "</table:table></office:text></office:body>"
               "</office:document-content>")  # fmt: skip
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    att = ("คำร้อง.odt", buf.getvalue(), "application/octet-stream")
    return Case("odt_table_form", message(p, "คำร้อง", "ส่งคำร้องค่ะ\n", n=i, attach=att),
                expect(p, "full_name national_id birth_date phone email"))  # fmt: skip


def emergency_contact(p: Person, i: int) -> Case:
    """A letter in sentences, then a labelled line for someone to call in an emergency
    (a relative): the labelled person is not the applicant."""
    other = OTHERS[i % 3]
    text = f"""เรียน ผู้อำนวยการโรงพยาบาล

ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {p.nid} ขอสำเนาเวชระเบียนของตนเอง
เพื่อใช้ประกอบการเบิกค่ารักษาพยาบาล ติดต่อข้าพเจ้าได้ที่ {p.mobile}

ผู้ติดต่อกรณีฉุกเฉิน: {other.name}
โทร (กรณีฉุกเฉิน): {other.mobile}

ขอแสดงความนับถือ
"""
    return Case("emergency_contact", message(p, "ขอสำเนาเวชระเบียน", text, n=i),
                expect(p, "full_name national_id phone"))  # fmt: skip


def spouse_after(p: Person, i: int) -> Case:
    """The applicant's form lines, then the spouse's with (คู่สมรส) after each label."""
    sp = OTHERS[2] if i % 2 == 0 else OTHERS[0]
    text = f"""ชื่อ-นามสกุล: {p.name}
เลขประจำตัวประชาชน: {p.nid}
โทรศัพท์: {p.mobile}
ชื่อ-นามสกุล (คู่สมรส): {sp.name}
เลขประจำตัวประชาชน (คู่สมรส): {sp.nid}
โทรศัพท์ (คู่สมรส): {sp.mobile}
"""
    return Case("spouse_after", message(p, "ขอหนังสือรับรองสถานภาพ", text, n=i),
                expect(p, "full_name national_id phone"))  # fmt: skip


STYLES: tuple[tuple[Style, int], ...] = (
    (for_a_parent, 2),
    (for_a_dead_relative, 2),
    (husband_and_wife, 2),
    (digits_mixed, 3),
    (house_number_words, 3),
    (condo_room, 2),
    (po_box, 2),
    (ranks_and_degrees, 3),
    (monk, 2),
    (royal_descent, 3),
    (id_cut_or_dotted, 3),
    (iso_birth, 3),
    (form_date_words, 3),
    (email_dressed, 3),
    (phone_groupings, 3),
    (yahoo_font_table, 2),
    (hotmail_spans, 2),
    (rtf_attachment, 2),
    (odt_attachment, 2),
    (pdf_two_pages, 2),
    (quotes_agency_page, 2),
    (signed_in_brackets, 2),
    (neighbour_numbers, 2),
    (reply_adds_phone, 2),
    (docx_cell_lines, 2),
    (xlsx_header_row, 2),
    (role_labels, 3),
    (age_beside_birth, 2),
    (child_applicant, 2),
    (iphone_html, 2),
    (address_thai_digits, 2),
    (two_phones, 2),
    (xlsx_wide_export, 2),
    (rtf_word_table, 2),
    (deceased_after, 2),
    (mine_in_sentences, 2),
    (odt_table_form, 2),
    (emergency_contact, 2),
    (spouse_after, 2),
)


def build_set() -> list[Case]:
    """Each style for two or three people, a different run of the eight per style."""
    cases = []
    for s, (style, count) in enumerate(STYLES):
        for i in range(count):
            cases.append(style(PEOPLE[(3 * s + i) % len(PEOPLE)], i))
    return cases
