"""A twelfth set of requests written by someone who had not read the readers (issue 8):
MAIL BODIES and HTML only (text/plain, text/html, multipart/alternative; no attachments).

Written before reading `extractors/` or `config/` (only the harness, the first set's
helpers, set 10's file for its shape, set 4's Person and address helpers that set 10
uses, and the style names and docstrings of sets 1-11, to avoid repeating them). It
aims at what Thai citizens, companies, offices and their programs write that the
earlier sets left out: a company's juristic-person number beside its director's ID, a
foreign spouse's alien ID beside the Thai applicant's, an earlier case's reference and
receipt numbers, witnesses with their own numbers, ranks spelt out in words, surnames
with ณ, an estate's ซอยแยก and an office tower's floor and room, two-digit Buddhist
years in Thai numerals, a home landline before the mobile, data pasted below the
signature, answers typed inside Yahoo's quoted table, a URL-encoded form relay,
snake_case keys, a LINE OA chatbot's transcript, format=flowed with delsp=yes cutting
Thai words, nested bullets, a +---+ grid table, misspelt labels, Isan and southern
self-introductions, a saved web form's <input value>, flexbox pairs, a colon cell
between label and value, <wbr> inside numbers, a car's plate with its province, the
card's laser code, a Thai passport number, hospital numbers, phones with 0066 and 66,
e-mails written แอท/ดอท, officials with ranks copied in, work and home e-mails, a
person's tax ID label, and a vCard pasted as text.

Each case carries the normalised values a clerk would accept for the fields the request
really holds; an empty tuple means the only right answer is no value or a flagged one.
Nothing here is imported from the code under test. All people, numbers and addresses
are invented; the places and postal codes exist together.
"""

# ruff: noqa: E501 -- HTML as mail programs write it: one long line per element
from __future__ import annotations

import html as html_lib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import urlencode

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_4 import (
    Person,
    addresses,
    be,
    dashed_id,
    dashed_mobile,
    intl,
    long_line,
    short_line,
)

PEOPLE: tuple[Person, ...] = (
    Person("นาย", "อนุชา", "พลศักดิ์", with_check_digit("141010023456"), date(1983, 5, 17),
           "0817264539", "anucha.ps@gmail.com", "112", "6", "", "", "หมากแข้ง",
           "เมืองอุดรธานี", "อุดรธานี", "41000", ("Mr.", "Anucha", "Phonsak")),
    Person("นางสาว", "ศิริพร", "แก้วประเสริฐ", with_check_digit("110200154321"), date(1997, 8, 3),
           "0952347186", "siriporn.kp@hotmail.com", "88/45", "", "พหลโยธิน 32", "พหลโยธิน",
           "เสนานิคม", "จตุจักร", "กรุงเทพมหานคร", "10900", ("Miss", "Siriporn", "Kaewprasert")),
    Person("นาง", "บัวผัน", "ศรีสุข", with_check_digit("345050008712"), date(1959, 2, 21),
           "0883415726", "buaphan.ss@gmail.com", "57", "3", "", "", "รอบเมือง",
           "เมืองร้อยเอ็ด", "ร้อยเอ็ด", "45000", ("Mrs.", "Buaphan", "Srisuk")),
    Person("นาย", "ภาณุวัฒน์", "ทองดี", with_check_digit("183990041277"), date(1990, 10, 9),
           "0619843275", "panuwat.td@outlook.com", "23/7", "", "", "ถลาง", "ตลาดใหญ่",
           "เมืองภูเก็ต", "ภูเก็ต", "83000", ("Mr.", "Panuwat", "Thongdee")),
    Person("นางสาว", "วรรณภา", "จันทร์หอม", with_check_digit("152010096543"), date(2001, 1, 26),
           "0935561274", "wannapa.ch@gmail.com", "145", "9", "", "", "พระบาท", "เมืองลำปาง",
           "ลำปาง", "52000", ("Miss", "Wannapa", "Chanhom")),
    Person("นาย", "สุรชัย", "มีสุข", with_check_digit("312010054318"), date(1968, 7, 4),
           "0896634012", "surachai.ms@yahoo.co.th", "99/9", "4", "", "พหลโยธิน", "คลองหนึ่ง",
           "คลองหลวง", "ปทุมธานี", "12120", ("Mr.", "Surachai", "Meesuk")),
    Person("นาง", "ลำดวน", "บุญยืน", with_check_digit("347010032165"), date(1963, 11, 30),
           "0846629351", "lamduan.by@gmail.com", "301", "12", "", "", "ธาตุเชิงชุม",
           "เมืองสกลนคร", "สกลนคร", "47000", ("Mrs.", "Lamduan", "Boonyuen")),
    Person("นางสาว", "ปวีณา", "วงศ์สวัสดิ์", with_check_digit("110090087654"), date(1993, 6, 12),
           "0627718493", "paweena.ws@gmail.com", "1/88", "", "สุขุมวิท 39", "สุขุมวิท",
           "คลองตันเหนือ", "วัฒนา", "กรุงเทพมหานคร", "10110", ("Miss", "Paweena", "Wongsawat")),
)  # fmt: skip

AGENCY = "saraban@example.go.th"
AGENCY_PHONE = "042-245-118"  # the office's own number: never the citizen's
ALL = "full_name national_id birth_date phone email address postal_code province"
Style = Callable[[Person, int], Case]


def message(p: Person, subject: str, text: str | None = None, html: str | None = None,
            n: int = 0, sender: str | None = None) -> EmailMessage:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen12-{n}-{p.email.split('@')[0]}@example.com>"
    set_body(msg, text, html)
    return msg


def raw(p: Person, subject: str, headers: str, body: bytes, n: int = 0) -> bytes:
    """A message put together byte by byte, as some programs write it."""
    head = f"From: {Header(f'{p.first} {p.last}', 'utf-8').encode()} <{p.email}>\r\n"
    head += f"To: {AGENCY}\r\nSubject: {Header(subject, 'utf-8').encode()}\r\n"
    head += f"Date: {format_datetime(datetime(2026, 12, 3, 11, n % 60, tzinfo=UTC))}\r\n"
    head += f"Message-ID: <unseen12-raw-{n}-{p.email.split('@')[0]}@example.com>\r\n"
    head += "MIME-Version: 1.0\r\n" + headers.strip().replace("\n", "\r\n") + "\r\n\r\n"
    return head.encode("ascii") + body


def expect(p: Person, keys: str, *typed: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": (intl(p.mobile),),
        "email": (p.email.lower(),),
        "address": addresses(p, *typed),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in keys.split()}


def case(style: str, msg: EmailMessage | bytes, exp: dict[str, tuple[str, ...]]) -> Case:
    return Case(style, bytes(msg), exp)


def esc(text: str) -> str:
    return html_lib.escape(text, quote=True)


def thai_date(born: date) -> str:
    return f"{born.day} {MONTHS[born.month - 1]} {be(born)}"


def short_date(born: date) -> str:
    return f"{born.day} {MONTHS_SHORT[born.month - 1]} {be(born)}"


def province_short(p: Person) -> str:
    return "กทม." if p.bangkok else f"จ.{p.province}"


def whole(p: Person) -> str:
    return f"{long_line(p)} {p.province_written} {p.postal}"


def other_id(p: Person, head: str) -> str:
    """Another valid 13-digit number built from the person's: a relative's, a firm's."""
    return with_check_digit(head + p.nid[len(head) : 12])


def other_mobile(m: str, k: int = 1) -> str:
    return m[:3] + str((int(m[3:]) + 1234567 * k) % 10_000_000).zfill(7)


# --- other people's and other things' numbers beside the applicant's -------------------


def juristic_and_director_ids(p: Person, i: int) -> Case:
    """A company asks (a permit for its shop): its 13-digit juristic-person number
    (เลขทะเบียนนิติบุคคล / เลขประจำตัวผู้เสียภาษีอากร, starting 0) first, then the director
    who signs, with his or her own national ID, mobile and home address; the firm's office
    number is in the letterhead."""
    firm_id = with_check_digit("0" + "10555" + p.nid[6:12])
    firm = "บริษัท รุ่งเรืองค้าวัสดุ จำกัด" if i % 2 == 0 else "ห้างหุ้นส่วนจำกัด ทองดีการช่าง"
    body = f"""\
{firm}
เลขทะเบียนนิติบุคคล {firm_id}
สำนักงาน 45 ถนนประชาสามัคคี โทร 02-514-6630

เรื่อง ขออนุญาตประกอบกิจการร้านค้าวัสดุก่อสร้าง
เรียน นายกเทศมนตรี

ด้วย{firm} (เลขประจำตัวผู้เสียภาษีอากร {dashed_id(firm_id)}) มีความประสงค์ขออนุญาตประกอบกิจการ
โดยมีผู้มีอำนาจลงนามแทนนิติบุคคล ดังนี้

ชื่อกรรมการผู้มีอำนาจ: {p.name}
เลขประจำตัวประชาชนกรรมการ: {dashed_id(p.nid)}
วันเดือนปีเกิด: {thai_date(p.born)}
ที่อยู่ตามทะเบียนบ้าน: {whole(p)}
โทรศัพท์มือถือ: {dashed_mobile(p.mobile)}
อีเมล: {p.email}

จึงเรียนมาเพื่อโปรดพิจารณา
"""
    msg = message(p, "ขออนุญาตประกอบกิจการ (นิติบุคคล)", text=body, n=i)
    return case("juristic_and_director_ids", msg, expect(p, ALL, long_line(p)))


def alien_spouse_ids(p: Person, i: int) -> Case:
    """A Thai citizen registers a marriage-related change with a foreign spouse: the
    spouse's alien (pink card) number, starting 6, valid check digit, and passport
    number. The spouse's lines come first on the second variant."""
    alien = with_check_digit("6" + p.nid[1:12])
    spouse = ("คู่สมรส: Mr. John Whitfield (สัญชาติอังกฤษ)\n"
              f"เลขประจำตัวคนต่างด้าว: {dashed_id(alien)}\n"
              "หนังสือเดินทางเลขที่: 533218874\n"
              "โทรศัพท์คู่สมรส: 092-118-4730\n")  # fmt: skip
    me = (f"ชื่อผู้ยื่นคำร้อง: {p.name}\n"
          f"เลขประจำตัวประชาชน: {p.nid}\n"
          f"เกิดวันที่: {short_date(p.born)}\n"
          f"เบอร์โทร: {p.mobile}\n"
          f"ที่อยู่: {short_line(p)} {province_short(p)} {p.postal}\n")  # fmt: skip
    rows = me + "\n" + spouse if i % 2 == 0 else spouse + "\n" + me
    body = f"""\
เรียน นายทะเบียน

ขอแก้ไขรายการในทะเบียนบ้าน เพิ่มชื่อคู่สมรสชาวต่างชาติ รายละเอียดดังนี้

{rows}
แนบสำเนาทะเบียนสมรสและหนังสือเดินทางมาด้วยค่ะ
"""
    msg = message(p, "ขอเพิ่มชื่อคู่สมรสต่างชาติ", text=body, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("alien_spouse_ids", msg, expect(p, keys, short_line(p)))


def earlier_case_numbers(p: Person, i: int) -> Case:
    """A follow-up that cites the earlier case: its เลขที่คำร้องเดิม, a receipt number, a
    13-digit payment reference (which happens to pass the ID check) and an EMS tracking
    number; the citizen's own ID comes last."""
    ref = with_check_digit("269120" + p.nid[6:12])
    body = f"""\
เรียน เจ้าหน้าที่งานทะเบียน

อ้างถึงคำร้องเดิม เลขที่คำร้องเดิม 2569/004512 ลงวันที่ 14 พ.ย. 2569
ใบเสร็จรับเงินเล่มที่ 12 เลขที่ 0045678
เลขที่อ้างอิงการชำระเงิน (Ref.1): {ref}
เลขพัสดุ EMS: EF582214736TH

ยังไม่ได้รับเอกสาร ขอให้ตรวจสอบอีกครั้ง ข้อมูลผู้ยื่นคำร้อง
ชื่อ-สกุล: {p.name}
เลขบัตรประชาชน: {dashed_id(p.nid)}
โทร: {dashed_mobile(p.mobile)}
"""
    msg = message(p, "ติดตามคำร้องเลขที่ 2569/004512", text=body, n=i)
    return case("earlier_case_numbers", msg, expect(p, "full_name national_id phone"))


def witnesses_listed(p: Person, i: int) -> Case:
    """A neighbour dispute: the complainant (the applicant) names the man complained
    about and two witnesses, each with a phone and a house number; the complainant's
    own phone comes last, after the witnesses."""
    body = f"""\
เรียน ปลัดอำเภอ{p.amphoe}

เรื่อง ร้องเรียนเพื่อนบ้านเผาขยะส่งกลิ่นเหม็นทุกวัน

ผู้ร้องเรียน: {p.name}
เลขประจำตัวประชาชน: {p.nid}
ที่อยู่: {short_line(p)} {province_short(p)} {p.postal}

ผู้ถูกร้องเรียน: นายเสกสรร ดวงแก้ว บ้านเลขที่ 114 (ติดกัน) โทร 081-990-2214

พยาน
1. นางสมพิศ อินทร์แก้ว บ้านเลขที่ 118 โทร 089-441-7720
2. นายทองใบ ศรีจันทร์ บ้านเลขที่ 120 โทร 086-553-1908

ติดต่อผู้ร้องเรียนได้ที่ {dashed_mobile(p.mobile)} {"หรืออีเมล " + p.email if i % 2 else ""}
"""
    msg = message(p, "ร้องเรียนเหตุเดือดร้อนรำคาญ", text=body, n=i)
    keys = "full_name national_id phone address postal_code province" + (" email" if i else "")
    return case("witnesses_listed", msg, expect(p, keys, short_line(p)))


# --- names ----------------------------------------------------------------------------

RANKS = {  # spelt out, then as a clerk shortens it
    ("นาย", 0): ("ร้อยตำรวจเอก", "ร.ต.อ."),
    ("นาย", 1): ("จ่าสิบเอก", "จ.ส.อ."),
    ("นาง", 0): ("พันตำรวจโทหญิง", "พ.ต.ท.หญิง"),
    ("นาง", 1): ("ว่าที่ร้อยตรีหญิง", "ว่าที่ ร.ต.หญิง"),
    ("นางสาว", 0): ("สิบตำรวจเอกหญิง", "ส.ต.อ.หญิง"),
    ("นางสาว", 1): ("ว่าที่ร้อยตรีหญิง", "ว่าที่ ร.ต.หญิง"),
}


def rank_words_spelt_out(p: Person, i: int) -> Case:
    """A police officer or soldier writes the rank in full words before the name, as on
    a signature line (ร้อยตำรวจเอก ..., ว่าที่ร้อยตรีหญิง ...), with a space after it, and
    the unit's office number in the signature."""
    full, short = RANKS[(p.title, i % 2)]
    body = f"""\
เรียน เจ้าหน้าที่

ข้าพเจ้า {full} {p.first} {p.last} ขอยื่นคำร้องขอหนังสือรับรองที่อยู่ เพื่อใช้ประกอบการย้ายราชการ

ยศ-ชื่อ-สกุล: {full} {p.first} {p.last}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเกิด: {thai_date(p.born)}
ที่อยู่: {long_line(p)} {p.province_written} {p.postal}
มือถือ: {dashed_mobile(p.mobile)}

ด้วยความเคารพ
{full} {p.first} {p.last}
สถานีตำรวจภูธรเมือง โทร 042-221-191
"""
    msg = message(p, "ขอหนังสือรับรองที่อยู่", text=body, n=i)
    exp = expect(p, "full_name national_id birth_date address postal_code province phone",
                 long_line(p))  # fmt: skip
    exp["full_name"] = tuple(f"{r}{sep}{p.first} {p.last}" for r in (full, short)
                             for sep in ("", " "))  # fmt: skip
    return case("rank_words_spelt_out", msg, exp)


def surname_with_na(p: Person, i: int) -> Case:
    """A family name of two words with ณ (ณ ระนอง, ณ เชียงใหม่), as many southern and
    northern families carry, and no royal title: the name runs on after the first space.
    The second writes the name in a sentence."""
    last = "ณ ระนอง" if i % 2 == 0 else "ณ เชียงใหม่"
    q = replace(p, last=last)
    if i % 2 == 0:
        lines = (f"ชื่อ-นามสกุล: {q.name}\nเลขประจำตัวประชาชน: {q.nid}\n"
                 f"โทรศัพท์: {dashed_mobile(q.mobile)}\nอีเมล: {q.email}\n")  # fmt: skip
    else:
        lines = (f"ข้าพเจ้า {q.name} เลขประจำตัวประชาชน {q.nid} "
                 f"โทร {q.mobile} อีเมล {q.email} ขอคัดสำเนาทะเบียนบ้าน\n")  # fmt: skip
    body = f"เรียน นายทะเบียน\n\n{lines}\nขอบคุณค่ะ\n{q.name}\n"
    msg = message(q, "ขอคัดสำเนาทะเบียนบ้าน", text=body, n=i)
    return case("surname_with_na", msg, expect(q, "full_name national_id phone email"))


# --- addresses --------------------------------------------------------------------------


def estate_soi_yaek_tower(p: Person, i: int) -> Case:
    """Addresses with the parts the house register leaves out: a housing estate's name
    and its ซอยแยก (soi 5 branch 2), or an office tower's อาคาร, ชั้น and ห้อง before the
    road; the place names after them as usual."""
    tail = (
        f"{'แขวง' if p.bangkok else 'ตำบล'}{p.tambon} {'เขต' if p.bangkok else 'อำเภอ'}{p.amphoe}"
    )
    if i % 2 == 0:
        typed = (f"{p.house} {'หมู่ที่ ' + p.moo + ' ' if p.moo else ''}หมู่บ้านพฤกษาวิลล์ 12 "
                 f"ซอย 5 แยก 2 {tail}")  # fmt: skip
    else:
        road = f"ถนน{p.road} " if p.road else ""
        typed = f"อาคารศรีเมืองทาวเวอร์ ชั้น 14 ห้อง 1407 เลขที่ {p.house} {road}{tail}"
    body = f"""\
เรียน เจ้าหน้าที่

ขอเปลี่ยนที่อยู่สำหรับส่งเอกสาร ดังนี้
ชื่อ: {p.name}
เลขประจำตัวประชาชน: {p.nid}
ที่อยู่ใหม่: {typed}
จังหวัด: {p.province}
รหัสไปรษณีย์: {p.postal}
โทร: {dashed_mobile(p.mobile)}
"""
    msg = message(p, "แจ้งเปลี่ยนที่อยู่สำหรับส่งเอกสาร", text=body, n=i)
    exp = expect(p, "full_name national_id phone postal_code province")
    exp["address"] = tuple(dict.fromkeys(
        f"{typed}{t}" for t in ("", f" {p.province_written}", f" {p.province_written} {p.postal}",
                                 f" {p.province}", f" {p.province} {p.postal}")))  # fmt: skip
    return case("estate_soi_yaek_tower", msg, exp)


# --- dates and numbers ----------------------------------------------------------------


def be_two_digit_thai_numerals(p: Person, i: int) -> Case:
    """Dates the way older officers write them: Thai numerals, the short month and a
    two-digit Buddhist year (๓ ธ.ค. ๖๙ for the letter, ๑๗ พ.ค. ๒๖ for the birth); on
    the second, numbers d/m/yy with the two-digit Buddhist year."""
    yy = str(be(p.born))[2:]
    if i % 2 == 0:
        dated = thai("3 ธ.ค. 69")
        born = thai(f"{p.born.day} {MONTHS_SHORT[p.born.month - 1]} {yy}")
        nid = thai(p.nid)
    else:
        dated = "3/12/69"
        born = f"{p.born.day}/{p.born.month}/{yy}"
        nid = p.nid
    body = f"""\
                                        วันที่ {dated}
เรียน นายทะเบียน

ชื่อ {p.name}
เกิด {born}
เลขประจำตัว {nid}
ทร. {thai(dashed_mobile(p.mobile)) if i % 2 == 0 else dashed_mobile(p.mobile)}
ขอคัดสำเนาทะเบียนบ้าน ๑ ฉบับ
"""
    msg = message(p, "ขอคัดสำเนาทะเบียนบ้าน", text=body, n=i)
    return case("be_two_digit_thai_numerals", msg,
                expect(p, "full_name birth_date national_id phone"))  # fmt: skip


def home_landline_first(p: Person, i: int) -> Case:
    """Two of the citizen's own numbers: the home landline first (9 digits with its area
    code), then the mobile, on one line (บ้าน/มือถือ) or on two labelled lines."""
    m = p.mobile
    area = {"อุดรธานี": "042", "ร้อยเอ็ด": "043", "ภูเก็ต": "076", "ลำปาง": "054",
            "สกลนคร": "042"}.get(p.province)  # fmt: skip
    land = f"{area}-{m[4:]}" if area else f"02-{m[3:6]}-{m[6:]}"  # Bangkok and its ring: 02
    digits = "".join(ch for ch in land if ch.isdigit())
    if i % 2 == 0:
        phones = f"โทรศัพท์ (บ้าน) {land} (มือถือ) {dashed_mobile(p.mobile)}"
    else:
        phones = f"โทรศัพท์บ้าน: {land}\nโทรศัพท์มือถือ: {p.mobile}"
    body = f"""\
เรียน เจ้าหน้าที่
ชื่อ-สกุล: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
{phones}
อีเมล: {p.email}
"""
    msg = message(p, "ขอรับเบี้ยยังชีพ", text=body, n=i)
    exp = expect(p, "full_name national_id phone email")
    exp["phone"] = (intl(p.mobile), "+66" + digits[1:])
    return case("home_landline_first", msg, exp)


def phone_country_code_no_plus(p: Person, i: int) -> Case:
    """The country code written without a plus: 0066 (the international prefix dialled
    from abroad) or 66- as a bank's form prints it; the ID with a ' ' between groups."""
    m = p.mobile[1:]
    phone = f"0066 {m[:2]} {m[2:5]} {m[5:]}" if i % 2 == 0 else f"66-{m[:2]}-{m[2:5]}-{m[5:]}"
    body = f"""\
Dear Sir/Madam, เรียน เจ้าหน้าที่

ชื่อ: {p.name}
เลขบัตรประชาชน: {dashed_id(p.nid, " ")}
Mobile/โทร: {phone}
E-mail: {p.email}
ที่อยู่: {short_line(p)} {province_short(p)} {p.postal}

ขณะนี้ทำงานอยู่ต่างประเทศ ขอให้ติดต่อกลับทางอีเมลหรือเบอร์ข้างต้นค่ะ
"""
    msg = message(p, "ขอหนังสือรับรอง (ติดต่อจากต่างประเทศ)", text=body, n=i)
    keys = "full_name national_id phone email address postal_code province"
    return case("phone_country_code_no_plus", msg, expect(p, keys, short_line(p)))


def email_thai_words(p: Person, i: int) -> Case:
    """The e-mail written in Thai words against spam harvesters or as dictated: แอท for
    @ and ดอท for the dots (ดอทคอม), or with spaces round @ and the dots."""
    user, domain = p.email.split("@")
    if i % 2 == 0:
        mail = f"{user.replace('.', ' ดอท ')} แอท {domain.replace('.', ' ดอท ')}"
    else:
        mail = f"{user} @ {domain.replace('.', ' . ')}"
    body = f"""\
เรียน เจ้าหน้าที่ครับ
ชื่อ {p.name}
เลขบัตร {p.nid}
อีเมล {mail}
โทร {p.mobile}
"""
    msg = message(p, "ขอข้อมูล", text=body, n=i, sender=f"{p.first} <line.relay@example.net>")
    return case("email_thai_words", msg, expect(p, "full_name national_id email phone"))


def vehicle_plate_province(p: Person, i: int) -> Case:
    """A complaint about a car: its plate carries a province (the plate's, not the
    citizen's), the citizen lives in another province; the plate comes first."""
    plate = "บษ 4521 ขอนแก่น" if i % 2 == 0 else "3กก 7788 กรุงเทพมหานคร"
    if p.province in plate:
        plate = "กจ 9012 ชลบุรี"
    body = f"""\
เรียน เจ้าหน้าที่

ขอร้องเรียนรถกระบะทะเบียน {plate} จอดขวางทางเข้าบ้านทุกวัน
เกิดเหตุวันที่ 28 พฤศจิกายน 2569 เวลา 18.30 น.

ผู้ร้องเรียน {p.name}
เลขบัตรประชาชน {p.nid}
ที่อยู่ {long_line(p)} {p.province_written} {p.postal}
เบอร์ {dashed_mobile(p.mobile)}
"""
    msg = message(p, "ร้องเรียนรถจอดขวางทาง", text=body, n=i)
    keys = "full_name national_id address postal_code province phone"
    return case("vehicle_plate_province", msg, expect(p, keys, long_line(p)))


def laser_code_beside_id(p: Person, i: int) -> Case:
    """The code on the back of the ID card (เลขหลังบัตร / Laser ID: two letters and a
    digit, then 7 and 2 digits), asked for by online checks, typed beside the ID."""
    laser = f"JT{p.nid[3]}-{p.nid[4:11]}-{p.nid[11:13]}"
    body = f"""\
เรียน เจ้าหน้าที่
ขอยืนยันตัวตนเพื่อรับสิทธิ์ ข้อมูลดังนี้
ชื่อ-สกุล: {p.name}
เลขบัตรประชาชน: {p.nid}
เลขหลังบัตร (Laser ID): {laser if i % 2 == 0 else laser.replace("-", "")}
วันเกิด: {thai_date(p.born)}
เบอร์โทร: {p.mobile}
"""
    msg = message(p, "ยืนยันตัวตนรับสิทธิ์", text=body, n=i)
    return case("laser_code_beside_id", msg,
                expect(p, "full_name national_id birth_date phone"))  # fmt: skip


def thai_passport_beside_id(p: Person, i: int) -> Case:
    """A Thai citizen asks for a letter for a visa: the Thai passport number (AA, 7
    digits), its issue and expiry dates beside the birth date, and the ID."""
    body = f"""\
เรียน ผู้อำนวยการ

ข้าพเจ้าขอหนังสือรับรองความประพฤติเพื่อประกอบการขอวีซ่า
ชื่อ (ไทย): {p.name}
Name: {" ".join(p.en)}
หนังสือเดินทางเลขที่: AC{p.nid[5:12]}
วันออกหนังสือเดินทาง: 12 มกราคม 2568
วันหมดอายุ: 11 มกราคม 2578
วันเกิด: {thai_date(p.born)}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
โทรศัพท์: {dashed_mobile(p.mobile)}
"""
    if i % 2:
        body = body.replace(f"วันเกิด: {thai_date(p.born)}\n", "").replace(
            "เรียน ผู้อำนวยการ\n", f"เรียน ผู้อำนวยการ\nวันเกิด: {thai_date(p.born)}\n"
        )
    msg = message(p, "ขอหนังสือรับรองเพื่อขอวีซ่า", text=body, n=i)
    return case("thai_passport_beside_id", msg,
                expect(p, "full_name national_id birth_date phone"))  # fmt: skip


def hospital_numbers(p: Person, i: int) -> Case:
    """A request about a hospital bill: HN and AN numbers, the social security number
    (the same 13 digits as the ID, labelled เลขประกันสังคม) and the hospital's phone."""
    body = f"""\
เรียน เจ้าหน้าที่กองทุน

ขอเบิกค่ารักษาพยาบาล
ชื่อผู้ป่วย: {p.name}
HN: 65-0{p.nid[6:11]}   AN: 1{p.nid[8:12]}/69
เลขประกันสังคม: {p.nid}
รับการรักษาที่ โรงพยาบาลศูนย์ โทร 042-245-555 ต่อ 1102
วันที่เข้ารับการรักษา 20-24 พฤศจิกายน 2569
เบอร์ติดต่อผู้ป่วย: {dashed_mobile(p.mobile)}
"""
    msg = message(p, "ขอเบิกค่ารักษาพยาบาล", text=body, n=i)
    return case("hospital_numbers", msg, expect(p, "full_name national_id phone"))


def person_tax_id_label(p: Person, i: int) -> Case:
    """A person's ID given under the Revenue Department's words (เลขประจำตัวผู้เสียภาษีอากร,
    the same 13 digits for a person), as people copy it from a tax form."""
    label = "เลขประจำตัวผู้เสียภาษีอากร" if i % 2 == 0 else "Tax ID / เลขผู้เสียภาษี"
    body = f"""\
เรียน เจ้าหน้าที่
ขอใบรับรองการหักภาษี ณ ที่จ่าย
ชื่อ: {p.name}
{label}: {dashed_id(p.nid)}
ที่อยู่: {long_line(p)} {p.province_written} {p.postal}
โทร: {p.mobile}
อีเมล: {p.email}
"""
    msg = message(p, "ขอหนังสือรับรองการหักภาษี", text=body, n=i)
    keys = "full_name national_id address postal_code province phone email"
    return case("person_tax_id_label", msg, expect(p, keys, long_line(p)))


def two_emails_labeled(p: Person, i: int) -> Case:
    """Two of the citizen's e-mails, work and personal, each labelled; either is his."""
    work = f"{p.en[1].lower()}.{p.en[2][:2].lower()}@siamtech.co.th"
    first, second = (("ที่ทำงาน", work), ("ส่วนตัว", p.email))
    if i % 2:
        first, second = second, first
    body = f"""\
เรียน เจ้าหน้าที่
ชื่อ: {p.name}
เลขบัตรประชาชน: {p.nid}
อีเมล ({first[0]}): {first[1]}
อีเมล ({second[0]}): {second[1]}
โทร: {dashed_mobile(p.mobile)}
"""
    msg = message(p, "ขอข้อมูลสิทธิ์", text=body, n=i)
    exp = expect(p, "full_name national_id email phone")
    exp["email"] = (p.email, work)
    return case("two_emails_labeled", msg, exp)


# --- threads and relays --------------------------------------------------------------


def data_below_signature(p: Person, i: int) -> Case:
    """The citizen signs off first and pastes the data under the signature ('--' block
    or 'ส่งจาก iPhone'), then the agency's quoted question (Thai Outlook จาก:/ส่ง:/ถึง:/
    เรื่อง: on the second) with the office's number."""
    sig = f"--\n{p.first} {p.last}\n" if i % 2 == 0 else "ส่งจาก iPhone ของฉัน\n"
    quote_head = (f"On Wed, Dec 2, 2026 at 4:10 PM <{AGENCY}> wrote:" if i % 2 == 0 else
                  f"จาก: งานทะเบียน <{AGENCY}>\nส่ง: 2 ธันวาคม 2569 16:10\n"
                  f"ถึง: {p.email}\nเรื่อง: ขอข้อมูลเพิ่มเติม")  # fmt: skip
    quoted = f"รบกวนส่ง ชื่อ เลขบัตร วันเกิด เบอร์โทร ค่ะ\nสอบถามโทร {AGENCY_PHONE}"
    if i % 2 == 0:
        quoted = "\n".join("> " + ln for ln in quoted.splitlines())
    body = f"""\
ส่งข้อมูลตามที่ขอครับ

{sig}
ชื่อ {p.name}
เลขบัตร {dashed_id(p.nid)}
วันเกิด {short_date(p.born)}
เบอร์โทร {dashed_mobile(p.mobile)}

{quote_head}
{quoted}
"""
    msg = message(p, "Re: ขอข้อมูลเพิ่มเติม", text=body, n=i)
    return case("data_below_signature", msg,
                expect(p, "full_name national_id birth_date phone"))  # fmt: skip


def urlencoded_body(p: Person, i: int) -> Case:
    """A contact form whose mailer sends the POST body as it came: name=...&tel=...,
    percent-encoded UTF-8 with + for spaces; on the second, the same pairs decoded by a
    relay but still joined by &."""
    pairs = {"form_id": "contact-3", "name": p.name, "idcard": p.nid,
             "tel": p.mobile, "email": p.email,
             "address": f"{short_line(p)} {province_short(p)} {p.postal}",
             "message": "ขอรับถังขยะ 1 ใบ", "submit": "ส่ง"}  # fmt: skip
    plain = "&".join(f"{k}={v}" for k, v in pairs.items())
    text = urlencode(pairs) if i % 2 == 0 else plain
    body = f"มีข้อความใหม่จากแบบฟอร์มติดต่อ:\n\n{text}\n\n-- \nส่งจากเว็บไซต์ www.example.go.th\n"
    msg = message(p, "[เว็บไซต์] ข้อความจากแบบฟอร์มติดต่อ", text=body, n=i,
                  sender="WordPress <wordpress@example.go.th>")  # fmt: skip
    keys = "full_name national_id phone email address postal_code province"
    return case("urlencoded_body", msg, expect(p, keys, short_line(p)))


def snake_case_keys(p: Person, i: int) -> Case:
    """A system's dump with English snake_case keys and the name in three keys
    (title/first_name/last_name), dates ISO, the phone international."""
    body = f"""\
New submission #{4100 + i}

title: {p.title}
first_name: {p.first}
last_name: {p.last}
citizen_id: {p.nid}
date_of_birth: {p.born.isoformat()}
mobile_no: {intl(p.mobile)}
email_address: {p.email}
house_no: {p.house}
moo: {p.moo or "-"}
sub_district: {p.tambon}
district: {p.amphoe}
province: {p.province}
zip_code: {p.postal}
created_at: 2026-12-03T09:41:22+07:00
"""
    if i % 2:
        body = body.replace(": ", " = ")
    msg = message(p, f"New submission #{4100 + i}", text=body, n=i,
                  sender="forms <noreply@forms.example.go.th>")  # fmt: skip
    exp = expect(p, "full_name national_id birth_date phone email postal_code province")
    return case("snake_case_keys", msg, exp)


def chatbot_question_answer(p: Person, i: int) -> Case:
    """A LINE OA chatbot mails the officer the conversation: each of the bot's questions
    on a line, the user's answer on the next, with the user's LINE display name and
    user ID at the top."""
    bot, me = ("🤖 บอท:", "👤 ผู้ใช้:") if i % 2 == 0 else ("[Bot]", f"[{p.en[1]}]")
    qa = [
        ("กรุณาพิมพ์ชื่อ-นามสกุล", p.name),
        ("กรุณาพิมพ์เลขบัตรประชาชน 13 หลัก", p.nid),
        ("กรุณาพิมพ์วันเกิด", short_date(p.born)),
        ("กรุณาพิมพ์เบอร์โทรศัพท์ที่ติดต่อได้", dashed_mobile(p.mobile)),
        ("กรุณาพิมพ์ที่อยู่", f"{short_line(p)} {province_short(p)} {p.postal}"),
        ("ยืนยันข้อมูลหรือไม่", "ยืนยัน"),
    ]
    lines = "\n".join(f"{bot} {q}\n{me} {a}" for q, a in qa)
    body = f"""\
[LINE OA แจ้งเตือน] มีคำร้องใหม่จากแชทบอท
Display name: {p.en[1]} 🌸
User ID: U4f3a9c{i}e81b2d7a6c5
เวลา: 03/12/2026 09:12

{lines}
{bot} ขอบคุณค่ะ เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ สอบถาม {AGENCY_PHONE}
"""
    msg = message(p, "[LINE OA] คำร้องใหม่", text=body, n=i,
                  sender="LINE OA Bot <bot@example.go.th>")  # fmt: skip
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("chatbot_question_answer", msg, expect(p, keys, short_line(p)))


def inline_vcard_text(p: Person, i: int) -> Case:
    """The phone's 'share contact as text': a vCard pasted into the body under a short
    note, FN/N/TEL/EMAIL/ADR lines; the ID typed above it."""
    adr_street = short_line(p).split(" แขวง")[0].split(" ต.")[0]
    body = f"""\
ขอแจ้งข้อมูลผู้ติดต่อค่ะ เลขบัตรประชาชน {p.nid}

BEGIN:VCARD
VERSION:3.0
N:{p.last};{p.first};;{p.title};
FN:{p.name}
TEL;TYPE=CELL:{intl(p.mobile) if i % 2 == 0 else dashed_mobile(p.mobile)}
EMAIL;TYPE=INTERNET:{p.email}
ADR;TYPE=HOME:;;{adr_street};{p.amphoe};{p.province};{p.postal};Thailand
END:VCARD
"""
    msg = message(p, "ข้อมูลผู้ติดต่อ", text=body, n=i)
    return case("inline_vcard_text", msg,
                expect(p, "full_name national_id phone email"))  # fmt: skip


def officials_cc_ranks(p: Person, i: int) -> Case:
    """A letter that names officials with ranks and titles: เรียน the district chief,
    สำเนาเรียน a police colonel and the kamnan, the writer's name in the closing and
    in the body's data lines after them."""
    body = f"""\
เรียน นายอำเภอ{p.amphoe}
สำเนาเรียน พ.ต.อ.ชาญชัย ศรีวิเศษ ผู้กำกับการสถานีตำรวจภูธรเมือง
           นายสมบัติ ทองมา กำนันตำบล{p.tambon}

เรื่อง ขอความช่วยเหลือกรณีน้ำท่วมขัง

ข้าพเจ้าขอความช่วยเหลือกรณีน้ำท่วมขังหน้าบ้านมาเป็นเวลา 2 สัปดาห์ รายละเอียดผู้ขอ
ชื่อ-สกุล {p.name}
เลขประจำตัวประชาชน {dashed_id(p.nid)}
บ้านเลขที่ {long_line(p)} {p.province_written}
โทรศัพท์ {dashed_mobile(p.mobile)}

จึงเรียนมาเพื่อโปรดพิจารณา
ขอแสดงความนับถือ
({p.name})
"""
    msg = message(p, "ขอความช่วยเหลือกรณีน้ำท่วมขัง", text=body, n=i)
    exp = expect(p, "full_name national_id address province phone", long_line(p))
    return case("officials_cc_ranks", msg, exp)


# --- how the text is laid out ---------------------------------------------------------


def flowed_delsp_thai(p: Person, i: int) -> Case:
    """Apple Mail's text/plain; format=flowed; delsp=yes: long lines cut at 76 columns
    even inside a Thai word (no spaces to cut at), the cut marked by a space that is to
    be deleted; the address and the sentence of the request run over the cut."""
    addr = f"ที่อยู่ {long_line(p)} {p.province_written} {p.postal}"
    cut = len(addr) // 2
    while addr[cut] in " ่้๊๋ิีึืุูั็์ํำ":
        cut += 1
    lines = [
        "เรียน เจ้าหน้าที่",
        f"ข้าพเจ้า {p.name} มีความประสงค์ขอคัดสำเนาทะเบียนบ้านเพื่อใช้",
        "ประกอบการสมัครงาน จำนวน 1 ฉบับ",
        f"เลขประจำตัวประชาชน {p.nid}",
        addr[:cut] + " ",
        addr[cut:],
        f"โทร {dashed_mobile(p.mobile)}",
        "",
        "ขอบคุณค่ะ",
    ]
    lines[1] += " "  # the sentence runs on over the cut
    text = "\r\n".join(lines) + "\r\n"
    headers = ("Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n"
               "Content-Transfer-Encoding: 8bit")  # fmt: skip
    msg = raw(p, "ขอคัดสำเนาทะเบียนบ้าน", headers, text.encode("utf-8"), n=i)
    keys = "full_name national_id address postal_code province phone"
    return case("flowed_delsp_thai", msg, expect(p, keys, long_line(p)))


def nested_indent_bullets(p: Person, i: int) -> Case:
    """A note app's nested list pasted: section bullets, the pairs indented under them
    with another bullet (- or ◦), the address's parts one more level down."""
    sub, subsub = ("  - ", "    - ") if i % 2 == 0 else ("    ◦ ", "        ▪ ")
    top = "- " if i % 2 == 0 else "• "
    moo = f"{subsub}หมู่: {p.moo}\n" if p.moo else ""
    road = f"{subsub}ถนน: {p.road}\n" if p.road else ""
    soi = f"{subsub}ซอย: {p.soi}\n" if p.soi else ""
    t, a = ("แขวง", "เขต") if p.bangkok else ("ตำบล", "อำเภอ")
    body = f"""\
เรียน เจ้าหน้าที่ ขอยื่นคำร้องขอรับเงินอุดหนุนค่ะ

{top}ข้อมูลผู้ยื่น
{sub}ชื่อ-สกุล: {p.name}
{sub}เลขบัตร: {p.nid}
{sub}วันเกิด: {thai_date(p.born)}
{top}ช่องทางติดต่อ
{sub}มือถือ: {dashed_mobile(p.mobile)}
{sub}อีเมล: {p.email}
{top}ที่อยู่
{subsub}บ้านเลขที่: {p.house}
{moo}{soi}{road}{subsub}{t}: {p.tambon}
{subsub}{a}: {p.amphoe}
{subsub}จังหวัด: {p.province}
{subsub}รหัสไปรษณีย์: {p.postal}
"""
    msg = message(p, "ขอรับเงินอุดหนุน", text=body, n=i)
    return case("nested_indent_bullets", msg, expect(p, ALL, long_line(p)))


def ascii_grid_table(p: Person, i: int) -> Case:
    """A table in +----+ grid lines as a database console or a text-table tool prints
    it (the columns padded with spaces for width, Thai letters making them uneven)."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเกิด", thai_date(p.born)), ("โทรศัพท์", dashed_mobile(p.mobile)),
            ("อีเมล", p.email),
            ("ที่อยู่", f"{short_line(p)} {province_short(p)} {p.postal}")]  # fmt: skip
    w1, w2 = max(len(k) for k, _ in rows) + 2, max(len(v) for _, v in rows) + 2
    rule = f"+{'-' * w1}+{'-' * w2}+" if i % 2 == 0 else f"+{'=' * w1}+{'=' * w2}+"
    head = f"| {'รายการ':<{w1 - 1}}| {'ข้อมูล':<{w2 - 1}}|"
    table = [rule, head, rule]
    table += [f"| {k:<{w1 - 1}}| {v:<{w2 - 1}}|" for k, v in rows]
    table.append(rule)
    body = "เรียน เจ้าหน้าที่\nข้อมูลผู้ขอตามตารางครับ\n\n" + "\n".join(table) + "\n\nขอบคุณครับ\n"
    msg = message(p, "ขอหนังสือรับรอง", text=body, n=i)
    return case("ascii_grid_table", msg, expect(p, ALL, short_line(p)))


def label_typos_vowels(p: Person, i: int) -> Case:
    """Labels with the vowel or final letter a hurried phone typist drops or swaps:
    ชือ-นามสกุน, เลขบัตรประชาชาน, วันเกิก, เบอร์โทรศัพ, อีเมลล์, ทีอยู่."""
    if i % 2 == 0:
        labels = ("ชือ-นามสกุน", "เลขบัตรประชาชาน", "วันเกิก", "เบอร์โทรศัพ", "อีเมลล์", "ทีอยู่")
    else:
        labels = ("ชื่อ-นามสกล", "เลขบัตรประชน", "วันเกีด", "เบอโทร", "อีเมว", "ที่อยุ่")
    values = (p.name, p.nid, thai_date(p.born), dashed_mobile(p.mobile), p.email,
              f"{short_line(p)} {province_short(p)} {p.postal}")  # fmt: skip
    lines = "\n".join(f"{k}: {v}" for k, v in zip(labels, values, strict=True))
    body = f"เรียนจนท.\n{lines}\nขอบคุนค่ะ\n"
    msg = message(p, "คำร้อง", text=body, n=i)
    return case("label_typos_vowels", msg, expect(p, ALL, short_line(p)))


def dialect_self_intro(p: Person, i: int) -> Case:
    """Self-introduction in Isan or southern speech, no labels with colons: ข้อยชื่อ...
    เด้อ, เบอร์โทรข้อย..., อยู่บ้านเลขที่... (Isan); ฉานชื่อ..., เบอร์ฉาน... (southern)."""
    me = "ข้อย" if i % 2 == 0 else "ฉาน"
    end = "เด้อ" if i % 2 == 0 else "นิ"
    body = f"""\
สวัสดีจ้า
{me}ชื่อ {p.name} {end}
เลขบัตร{me} {p.nid}
เกิดวันที่ {thai_date(p.born)}
เบอร์โทร{me} {dashed_mobile(p.mobile)} โทรกลับได้ตลอด{end}
{me}อยู่บ้านเลขที่ {short_line(p)} {province_short(p)} {p.postal}
อยากขอใบรับรองไปยื่นธนาคาร{end}
"""
    msg = message(p, "ขอใบรับรอง", text=body, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("dialect_self_intro", msg, expect(p, keys, short_line(p)))


def casual_callback(p: Person, i: int) -> Case:
    """Casual speech from a phone: the values inside polite particles ('ผมชื่อ ... นะครับ',
    'เบอร์ติดต่อกลับนะคะ 08...', 'บัตรประชาชนเลข ... ค่ะ'), a sentence per line."""
    pol = "ครับ" if p.title == "นาย" else "ค่ะ"
    me = "ผม" if p.title == "นาย" else "หนู"
    if i % 2 == 0:
        body = (f"สวัสดี{pol}\n{me}ชื่อ{p.first} {p.last}นะ{pol}\n"
                f"บัตรประชาชนเลข {p.nid} {pol}\n"
                f"เบอร์ติดต่อกลับนะ{'คะ' if pol == 'ค่ะ' else pol} {dashed_mobile(p.mobile)}\n"
                f"เมล {p.email} {pol}\nอยากสอบถามเรื่องเบี้ยผู้สูงอายุของแม่{pol}\n")  # fmt: skip
    else:
        body = (f"รบกวนหน่อยนะ{pol} {me}{p.first} {p.last} "
                f"เลขบัตร{me}คือ {dashed_id(p.nid)} นะ{pol} "
                f"ถ้าได้เรื่องยังไงโทรกลับเบอร์นี้ได้เลย{pol} {p.mobile}\n")  # fmt: skip
    msg = message(p, "สอบถาม", text=body, n=i)
    exp = expect(p, "national_id phone" + (" email" if i % 2 == 0 else ""))
    exp["full_name"] = (p.name, f"{p.first} {p.last}")
    return case("casual_callback", msg, exp)


# --- HTML ------------------------------------------------------------------------------


def yahoo_quoted_table_answers(p: Person, i: int) -> Case:
    """Yahoo Mail's reply: the citizen types the answers INTO the agency's quoted form
    (a <table> inside <div class="yahoo_quoted">, in a <blockquote>), and writes only a
    line above it; the quoted mail's own footer has the office's number."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเกิด", thai_date(p.born)), ("เบอร์โทรศัพท์", dashed_mobile(p.mobile)),
            ("อีเมล", p.email)]  # fmt: skip
    cells = "".join(
        f'<tr><td style="border:1px solid #999;padding:4px"><font face="Tahoma">{esc(k)}</font></td>'
        f'<td style="border:1px solid #999;padding:4px"><font color="#0000ff">{esc(v)}</font></td></tr>'
        for k, v in rows
    )
    html = f"""<html><head></head><body><div class="ydp4f2a yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;"><div dir="ltr" data-setdir="false">กรอกในตารางด้านล่างแล้วค่ะ</div></div>
<div id="yahoo_quoted_{i}" class="yahoo_quoted"><div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">
<div>เมื่อ วันพุธที่ 2 ธันวาคม 2569 16:10:05 GMT+7, งานทะเบียน &lt;{AGENCY}&gt; เขียนว่า:</div><div><br></div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><div dir="ltr">
<div>กรุณากรอกข้อมูลในตารางแล้วตอบกลับ</div>
<table style="border-collapse:collapse">{cells}</table>
<div>งานทะเบียน โทร {AGENCY_PHONE}</div></div></blockquote></div></div></body></html>"""
    msg = message(p, "Re: แบบฟอร์มขอข้อมูล", html=html, n=i)
    return case("yahoo_quoted_table_answers", msg,
                expect(p, "full_name national_id birth_date phone email"))  # fmt: skip


def html_input_values(p: Person, i: int) -> Case:
    """A web page saved and mailed (or a form mailer that mails the filled form back):
    the answers are only in <input value="...">, <select><option selected> and
    <textarea>, the labels in <label for>."""
    titles = "".join(f'<option{" selected" if t == p.title else ""}>{t}</option>'
                     for t in ("นาย", "นาง", "นางสาว"))  # fmt: skip
    addr = f"{long_line(p)} {p.province_written} {p.postal}"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>แบบคำร้องออนไลน์</title></head>
<body><form action="https://eservice.example.go.th/submit" method="post">
<h3>แบบคำร้องออนไลน์</h3>
<div><label for="t">คำนำหน้า</label> <select id="t" name="title">{titles}</select></div>
<div><label for="fn">ชื่อ</label> <input type="text" id="fn" name="fname" value="{esc(p.first)}"></div>
<div><label for="ln">นามสกุล</label> <input type="text" id="ln" name="lname" value="{esc(p.last)}"></div>
<div><label for="pid">เลขประจำตัวประชาชน</label> <input type="text" id="pid" name="pid" value="{p.nid}" maxlength="13"></div>
<div><label for="tel">โทรศัพท์</label> <input type="tel" id="tel" name="tel" value="{p.mobile}" placeholder="08xxxxxxxx"></div>
<div><label for="em">อีเมล</label> <input type="email" id="em" name="email" value="{p.email}" placeholder="name@example.com"></div>
<div><label for="ad">ที่อยู่</label> <textarea id="ad" name="addr" rows="3">{esc(addr)}</textarea></div>
<button type="submit">ส่งคำร้อง</button></form></body></html>"""
    msg = message(p, "แบบคำร้องออนไลน์", html=html, n=i)
    exp = expect(p, "full_name national_id phone email address postal_code province",
                 long_line(p))  # fmt: skip
    return case("html_input_values", msg, exp)


def flex_div_pairs(p: Person, i: int) -> Case:
    """An e-mail builder's rows: each label and value a <div> side by side in a flex row
    (or display:inline-block / float:left), no colon, no table."""
    style = "display:flex" if i % 2 == 0 else "overflow:hidden"
    cell = "flex:0 0 160px;color:#666" if i % 2 == 0 else "float:left;width:160px;color:#666"
    val = "flex:1;font-weight:bold" if i % 2 == 0 else "float:left;font-weight:bold"
    rows = [("ชื่อ-สกุล", p.name), ("เลขบัตรประชาชน", p.nid), ("วันเกิด", thai_date(p.born)),
            ("เบอร์โทร", dashed_mobile(p.mobile)), ("อีเมล", p.email),
            ("ที่อยู่", f"{long_line(p)} {p.province_written} {p.postal}")]  # fmt: skip
    divs = "".join(f'<div style="{style};padding:6px 0;border-bottom:1px solid #eee">'
                   f'<div style="{cell}">{esc(k)}</div><div style="{val}">{esc(v)}</div></div>'
                   for k, v in rows)  # fmt: skip
    html = (f'<html><body><div style="max-width:600px;margin:auto;font-family:sans-serif">'
            f'<h2 style="color:#0a5">คำร้องใหม่</h2>{divs}'
            f'<p style="font-size:12px;color:#999">ระบบรับคำร้อง โทร {AGENCY_PHONE}</p></div></body></html>')  # fmt: skip
    msg = message(p, "คำร้องใหม่จากระบบ", html=html, n=i, sender="eform <noreply@example.go.th>")
    return case("flex_div_pairs", msg, expect(p, ALL, long_line(p)))


def html_colon_cell_table(p: Person, i: int) -> Case:
    """A Thai webmail or Word table whose rows are three cells: label | : | value (the
    colon in a narrow cell of its own), the first row a heading over all three."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วัน/เดือน/ปีเกิด", short_date(p.born)), ("โทรศัพท์มือถือ", dashed_mobile(p.mobile)),
            ("E-mail", p.email),
            ("ที่อยู่", f"{short_line(p)} {province_short(p)} {p.postal}")]  # fmt: skip
    colon = ":" if i % 2 == 0 else "&nbsp;:&nbsp;"
    trs = "".join(f'<tr><td width="180">{esc(k)}</td><td width="10" align="center">{colon}</td>'
                  f'<td>{esc(v)}</td></tr>' for k, v in rows)  # fmt: skip
    html = (f'<html><body><p>เรียน เจ้าหน้าที่</p><table border="0" cellpadding="2">'
            f'<tr><td colspan="3"><b>ข้อมูลผู้ยื่นคำร้อง</b></td></tr>{trs}</table>'
            f'<p>ขอแสดงความนับถือ</p></body></html>')  # fmt: skip
    msg = message(p, "ยื่นคำร้อง", html=html, n=i)
    return case("html_colon_cell_table", msg, expect(p, ALL, short_line(p)))


def html_wbr_in_numbers(p: Person, i: int) -> Case:
    """Long numbers broken for narrow screens: <wbr> between the ID's groups and inside
    the e-mail (a mailer's 'responsive' template), or each group of the ID in a span of
    its own with letter-spacing and no separator."""
    if i % 2 == 0:
        nid = "<wbr>".join((p.nid[0], p.nid[1:5], p.nid[5:10], p.nid[10:12], p.nid[12]))
        mail = p.email.replace("@", "<wbr>@").replace(".", "<wbr>.")
        phone = f"{p.mobile[:3]}<wbr>{p.mobile[3:6]}<wbr>{p.mobile[6:]}"
    else:
        nid = "".join(f'<span style="letter-spacing:2px">{g}</span>'
                      for g in (p.nid[0], p.nid[1:5], p.nid[5:10], p.nid[10:12], p.nid[12]))  # fmt: skip
        mail = p.email
        phone = "".join(f"<span>{g}</span>" for g in (p.mobile[:3], p.mobile[3:6], p.mobile[6:]))
    html = (f'<html><body><div style="font-size:15px">'
            f'<p><b>ชื่อ:</b> {esc(p.name)}</p>'
            f'<p><b>เลขประจำตัวประชาชน:</b> {nid}</p>'
            f'<p><b>โทรศัพท์:</b> {phone}</p>'
            f'<p><b>อีเมล:</b> {mail}</p></div></body></html>')  # fmt: skip
    msg = message(p, "คำร้องออนไลน์", html=html, n=i, sender="eform <noreply@example.go.th>")
    return case("html_wbr_in_numbers", msg, expect(p, "full_name national_id phone email"))


def outlook_thai_header_html(p: Person, i: int) -> Case:
    """Outlook's HTML forward in Thai: the forwarder (a relative) writes a line with no
    data, then the border-top div with <b>จาก:</b> ... <b>เรื่อง:</b>, then the
    citizen's original with the data in MsoNormal paragraphs."""
    span = '<span lang="TH" style="font-family:\'Leelawadee UI\',sans-serif">'
    lines = [f"ชื่อ-สกุล: {p.name}", f"เลขบัตรประชาชน: {dashed_id(p.nid)}",
             f"วันเกิด: {thai_date(p.born)}", f"โทร: {dashed_mobile(p.mobile)}",
             f"ที่อยู่: {long_line(p)} {p.province_written} {p.postal}"]  # fmt: skip
    paras = "".join(f'<p class="MsoNormal">{span}{esc(ln)}</span><o:p></o:p></p>' for ln in lines)
    head = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b>จาก:</b> {esc(p.first)} {esc(p.last)} &lt;{p.email}&gt;<br>'
            f'<b>ส่ง:</b> วันอังคารที่ 1 ธันวาคม 2569 20:14<br>'
            f'<b>ถึง:</b> somchai.helper@outlook.co.th<br>'
            f'<b>เรื่อง:</b> คำร้องขอเบี้ยยังชีพ</p></div>')  # fmt: skip
    note = "ส่งต่อคำร้องของแม่ครับ" if i % 2 == 0 else "ส่งต่อให้ตามที่คุยทางโทรศัพท์ครับ"
    html = (f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang="TH">'
            f'<div class="WordSection1"><p class="MsoNormal">{note}<o:p></o:p></p>'
            f'<p class="MsoNormal">สมชาย (ลูก)<o:p></o:p></p>'
            f'<div id="divRplyFwdMsg">{head}</div>{paras}</div></body></html>')  # fmt: skip
    msg = message(p, "FW: คำร้องขอเบี้ยยังชีพ", html=html, n=i,
                  sender="Somchai <somchai.helper@outlook.co.th>")  # fmt: skip
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("outlook_thai_header_html", msg, expect(p, keys, long_line(p)))


def html_table_caption_th_scope(p: Person, i: int) -> Case:
    """An accessible HTML form notice: <caption>, <th scope="row"> labels, values in
    <td> with <span class="value">, an empty <td>-only row as spacer and a hidden
    'honeypot' row the form adds against bots (display:none, left empty)."""
    rows = [("ชื่อและนามสกุล", p.name), ("หมายเลขบัตรประจำตัวประชาชน", p.nid),
            ("วันเดือนปีเกิด", p.born.strftime("%d/%m/") + str(be(p.born))),
            ("หมายเลขโทรศัพท์", p.mobile), ("ที่อยู่อีเมล", p.email)]  # fmt: skip
    trs = "".join(f'<tr><th scope="row" style="text-align:left">{esc(k)}</th>'
                  f'<td><span class="value">{esc(v)}</span></td></tr>' for k, v in rows)  # fmt: skip
    trs += '<tr><td colspan="2">&nbsp;</td></tr>'
    trs += '<tr style="display:none"><th scope="row">เว็บไซต์ (เว้นว่าง)</th><td></td></tr>'
    html = (f'<html><body><table><caption>รายละเอียดผู้ขอรับบริการ</caption>{trs}</table>'
            f'<p>ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>')  # fmt: skip
    msg = message(p, "แจ้งคำขอรับบริการ", html=html, n=i, sender="eform <noreply@example.go.th>")
    return case("html_table_caption_th_scope", msg,
                expect(p, "full_name national_id birth_date phone email"))  # fmt: skip


def markdown_link_values(p: Person, i: int) -> Case:
    """Pasted from a notes app or a chat assistant that writes links in markdown: the
    e-mail as [addr](mailto:addr), the phone as [081-...](tel:+66...), labels in **bold**."""
    body = f"""\
เรียน เจ้าหน้าที่

**ชื่อ-นามสกุล:** {p.name}
**เลขประจำตัวประชาชน:** `{p.nid}`
**วันเกิด:** {thai_date(p.born)}
**โทรศัพท์:** [{dashed_mobile(p.mobile)}](tel:{intl(p.mobile)})
**อีเมล:** [{p.email}](mailto:{p.email})
**ที่อยู่:** {long_line(p)} {p.province_written} {p.postal}
"""
    if i % 2:
        body = body.replace("**", "__")
    msg = message(p, "คำร้องขอหนังสือรับรอง", text=body, n=i)
    return case("markdown_link_values", msg, expect(p, ALL, long_line(p)))


def household_members_table(p: Person, i: int) -> Case:
    """The head of a household (เจ้าบ้าน, the applicant) lists everyone in the house in
    rows: order, name, ID, relation; his own contact lines come after the list."""
    kids = [
        ("ด.ช.", "ธนพล", "1" + p.nid[1:5] + "0123"),
        ("น.ส.", "กมลชนก", "1" + p.nid[1:5] + "0456"),
    ]
    rows = [f"1. {p.name}  {dashed_id(p.nid)}  เจ้าบ้าน"]
    rows += [
        f"{k + 2}. {t}{f} {p.last}  {dashed_id(with_check_digit(n + p.nid[9:12]))}  บุตร"
        for k, (t, f, n) in enumerate(kids)
    ]
    if i % 2:
        rows = [r.replace("  ", "\t") for r in rows]
    body = f"""\
เรียน นายทะเบียน

ขอยื่นคำร้องขอรับรองสมาชิกในครัวเรือน ตามรายชื่อดังนี้
ลำดับ ชื่อ-สกุล เลขประจำตัวประชาชน ความสัมพันธ์
{chr(10).join(rows)}

ที่อยู่ {long_line(p)} {p.province_written} {p.postal}
ติดต่อเจ้าบ้าน {dashed_mobile(p.mobile)}
"""
    msg = message(p, "ขอรับรองสมาชิกในครัวเรือน", text=body, n=i)
    keys = "full_name national_id address postal_code province phone"
    return case("household_members_table", msg, expect(p, keys, long_line(p)))


def nbsp_plain_no_colon(p: Person, i: int) -> Case:
    """Plain text whose labels are lined up with no-break spaces (U+00A0, as Word and
    LINE paste them) or ideographic spaces, no colon between label and value."""
    pad = "\u00a0" if i % 2 == 0 else "\u3000"
    rows = [("ชื่อ", p.name), ("เลขบัตรประชาชน", p.nid), ("วันเกิด", thai_date(p.born)),
            ("มือถือ", dashed_mobile(p.mobile)), ("อีเมล", p.email),
            ("ที่อยู่", f"{short_line(p)} {province_short(p)} {p.postal}")]  # fmt: skip
    width = max(len(k) for k, _ in rows) + 3
    lines = "\n".join(k + pad * (width - len(k)) + v for k, v in rows)
    body = f"เรียน เจ้าหน้าที่\n\n{lines}\n\nขอบคุณค่ะ\n"
    msg = message(p, "ขอหนังสือรับรอง", text=body, n=i)
    return case("nbsp_plain_no_colon", msg, expect(p, ALL, short_line(p)))


def birth_year_only(p: Person, i: int) -> Case:
    """Only the birth year (and the age) is given, as many older citizens remember it:
    'เกิดปี 2502 อายุ 67 ปี' or 'ปีเกิด พ.ศ. 2502': no whole date to store."""
    year = be(p.born)
    born = f"เกิดปี {year} อายุ {2569 - year} ปี" if i % 2 == 0 else f"ปีเกิด: พ.ศ. {year}"
    body = f"""\
เรียน เจ้าหน้าที่
ชื่อ: {p.name}
เลขบัตรประชาชน: {dashed_id(p.nid)}
{born}
โทร: {dashed_mobile(p.mobile)}
ที่อยู่: {short_line(p)} {province_short(p)} {p.postal}
"""
    msg = message(p, "ขอรับเบี้ยยังชีพผู้สูงอายุ", text=body, n=i)
    exp = expect(p, "full_name national_id phone address postal_code province", short_line(p))
    exp["birth_date"] = ()
    return case("birth_year_only", msg, exp)


STYLES: tuple[Style, ...] = (
    juristic_and_director_ids,
    alien_spouse_ids,
    earlier_case_numbers,
    witnesses_listed,
    rank_words_spelt_out,
    surname_with_na,
    estate_soi_yaek_tower,
    be_two_digit_thai_numerals,
    home_landline_first,
    phone_country_code_no_plus,
    email_thai_words,
    vehicle_plate_province,
    laser_code_beside_id,
    thai_passport_beside_id,
    hospital_numbers,
    person_tax_id_label,
    two_emails_labeled,
    data_below_signature,
    urlencoded_body,
    snake_case_keys,
    chatbot_question_answer,
    inline_vcard_text,
    officials_cc_ranks,
    flowed_delsp_thai,
    nested_indent_bullets,
    ascii_grid_table,
    label_typos_vowels,
    dialect_self_intro,
    casual_callback,
    yahoo_quoted_table_answers,
    html_input_values,
    flex_div_pairs,
    html_colon_cell_table,
    html_wbr_in_numbers,
    outlook_thai_header_html,
    html_table_caption_th_scope,
    markdown_link_values,
    household_members_table,
    nbsp_plain_no_colon,
    birth_year_only,
)


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return [
        style(PEOPLE[(3 * s + i) % len(PEOPLE)], i)
        for s, style in enumerate(STYLES)
        for i in range(2)
    ]


# --- the second batch: written after the first fixes, to probe their neighbours ---------


def query_in_url(p: Person, i: int) -> Case:
    """A form sent by GET, the mailer logging the URL it was called with: the pairs
    after '?' in one long link (percent-encoded), or the pairs one a line as key=value."""
    pairs = {"fullname": p.name, "cid": p.nid, "phone": p.mobile, "mail": p.email,
             "zipcode": p.postal, "province": p.province}  # fmt: skip
    if i % 2 == 0:
        text = "https://eservice.example.go.th/request/submit.php?" + urlencode(pairs)
    else:
        text = "\n".join(f"{k}={v}" for k, v in pairs.items())
    body = f"แจ้งเตือนคำร้องใหม่\nรายละเอียด:\n{text}\n\nระบบ e-Service\n"
    msg = message(p, "แจ้งเตือนคำร้องใหม่", text=body, n=i,
                  sender="eservice <noreply@example.go.th>")  # fmt: skip
    keys = "full_name national_id phone email postal_code province"
    return case("query_in_url", msg, expect(p, keys))


def html_radio_and_date_inputs(p: Person, i: int) -> Case:
    """A saved form whose title is a radio group (the chosen one checked) and whose
    birth date is an <input type=date> (ISO value), with a hidden input holding
    another person's test ID and a disabled box with the office's phone."""
    radios = "".join(
        f'<label><input type="radio" name="title" value="{t}"{" checked" if t == p.title else ""}> {t}</label> '
        for t in ("นาย", "นาง", "นางสาว"))  # fmt: skip
    html = f"""<html><body><form>
<p>คำนำหน้าชื่อ: {radios}</p>
<p>ชื่อ <input name="first" value="{esc(p.first)}"> นามสกุล <input name="last" value="{esc(p.last)}"></p>
<p>วันเกิด <input type="date" name="dob" value="{p.born.isoformat()}"></p>
<p>เลขบัตรประชาชน <input name="cid" value="{dashed_id(p.nid)}"></p>
<input type="hidden" name="test_cid" value="{with_check_digit("110170000001")}">
<p>โทรศัพท์หน่วยงาน <input disabled value="{AGENCY_PHONE}"></p>
<p>โทรศัพท์ผู้ยื่น <input type="tel" name="tel" value="{dashed_mobile(p.mobile)}"></p>
</form></body></html>"""
    msg = message(p, "แบบฟอร์มออนไลน์", html=html, n=i)
    return case("html_radio_and_date_inputs", msg,
                expect(p, "full_name birth_date national_id phone"))  # fmt: skip


def html_four_cell_colon_pairs(p: Person, i: int) -> Case:
    """Two pairs to a row, each with its colon cell: label | : | value | label | : |
    value, as a Word form pasted into Outlook lays out a paper form."""
    pairs = [("ชื่อ-สกุล", p.name, "เลขบัตรประชาชน", dashed_id(p.nid)),
             ("วันเกิด", thai_date(p.born), "โทรศัพท์", dashed_mobile(p.mobile)),
             ("อีเมล", p.email, "รหัสไปรษณีย์", p.postal)]  # fmt: skip
    colon = ":" if i % 2 == 0 else "："
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{colon}</td><td>{esc(b)}</td>"
                  f"<td>{esc(c)}</td><td>{colon}</td><td>{esc(d)}</td></tr>"
                  for a, b, c, d in pairs)  # fmt: skip
    html = f"<html><body><p>เรียน เจ้าหน้าที่</p><table border=1>{trs}</table></body></html>"
    msg = message(p, "คำร้อง", html=html, n=i)
    keys = "full_name national_id birth_date phone email postal_code"
    return case("html_four_cell_colon_pairs", msg, expect(p, keys))


def chat_questions_marks(p: Person, i: int) -> Case:
    """A page's Messenger bot: the user greets first, the bot asks in questions ending
    in '?' or 'คะ' with no กรุณา ('ชื่อ-นามสกุลของคุณคืออะไรคะ?'), tags 'Page:'/'You:'
    (or the page's name and the user's)."""
    bot, me = ("Page:", "You:") if i % 2 == 0 else ("เทศบาลตำบลตัวอย่าง:", f"{p.first}:")
    qa = [("ชื่อ-นามสกุลของคุณคืออะไรคะ?", p.name),
          ("เลขบัตรประชาชนของคุณ?", p.nid),
          ("เบอร์โทรที่ติดต่อได้คะ?", dashed_mobile(p.mobile)),
          ("อีเมลของคุณ?", p.email)]  # fmt: skip
    lines = [f"{me} สวัสดีค่ะ ขอลงทะเบียนรับถุงยังชีพ"]
    lines += [f"{bot} {q}\n{me} {a}" for q, a in qa]
    lines.append(f"{bot} ขอบคุณค่ะ สอบถามโทร {AGENCY_PHONE}")
    body = "สำเนาบทสนทนา\n\n" + "\n".join(lines) + "\n"
    msg = message(p, "บทสนทนา Messenger", text=body, n=i,
                  sender="Page Inbox <page@example.go.th>")  # fmt: skip
    return case("chat_questions_marks", msg, expect(p, "full_name national_id phone email"))


def long_work_signature(p: Person, i: int) -> Case:
    """The citizen's name, ID and address in the body, no phone of his own; under '-- '
    his work signature with four labelled lines (โทร, แฟกซ์, อีเมล, เว็บไซต์) of the
    firm: not his own contact data for the request."""
    body = f"""\
เรียน เจ้าหน้าที่

ขอคัดสำเนาทะเบียนบ้าน
ชื่อ: {p.name}
เลขประจำตัวประชาชน: {p.nid}
ที่อยู่: {long_line(p)} {p.province_written} {p.postal}

--\u0020
{p.first} {p.last}
ฝ่ายบุคคล บริษัท สยามวัสดุภัณฑ์ จำกัด
โทร: 02-514-6630 ต่อ 214
แฟกซ์: 02-514-6631
อีเมล: hr@siamwatsadu.co.th
เว็บไซต์: www.siamwatsadu.co.th
"""
    msg = message(p, "ขอคัดสำเนาทะเบียนบ้าน", text=body, n=i,
                  sender=f"{p.en[1]} <{p.en[1].lower()}@siamwatsadu.co.th>")  # fmt: skip
    exp = expect(p, "full_name national_id address postal_code province", long_line(p))
    exp["phone"] = ()
    return case("long_work_signature", msg, exp)


def email_spelt_thai_domain(p: Person, i: int) -> Case:
    """The e-mail spelt out entirely in Thai words, the domain too (จีเมล ดอท คอม,
    ฮอตเมล): a clerk can rebuild it, a reader must not guess; or with a ดอท that is
    really part of a sentence after it."""
    user, domain = p.email.split("@")
    thai_domain = {"gmail.com": "จีเมล ดอท คอม", "hotmail.com": "ฮอตเมล ดอท คอม",
                   "outlook.com": "เอาท์ลุค ดอท คอม"}.get(domain, domain)  # fmt: skip
    if i % 2 == 0:
        mail = f"{user} แอท {thai_domain}"
        exp_mail: tuple[str, ...] = (p.email,)
    else:
        mail = f"{user.replace('.', ' ดอท ')} แอท {domain.replace('.', ' ดอท ')} นะคะ"
        exp_mail = (p.email,)
    body = f"""\
เรียน เจ้าหน้าที่
ชื่อ: {p.name}
เลขบัตรประชาชน: {p.nid}
อีเมล: {mail}
โทร: {dashed_mobile(p.mobile)}
"""
    msg = message(p, "ขอข้อมูล", text=body, n=i, sender=f"{p.first} <relay@example.net>")
    exp = expect(p, "full_name national_id phone")
    exp["email"] = exp_mail
    return case("email_spelt_thai_domain", msg, exp)


def vcard_of_other_person(p: Person, i: int) -> Case:
    """The citizen's own data in labelled lines, then the card of someone else pasted
    as text (the village headman to contact, 'ติดต่อผู้ใหญ่บ้านได้ตามนี้'), with its own
    name, mobile, e-mail and address."""
    body = f"""\
เรียน เจ้าหน้าที่
ชื่อ-สกุล: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
โทร: {dashed_mobile(p.mobile)}
อีเมล: {p.email}

หากต้องการรับรองตัวตน ติดต่อผู้ใหญ่บ้านได้ตามนี้ค่ะ
BEGIN:VCARD
VERSION:3.0
N:ใจกล้า;บุญมี;;นาย;
FN:นายบุญมี ใจกล้า
TEL;TYPE=CELL:+66891112233
EMAIL:boonmee.headman@gmail.com
ADR;TYPE=HOME:;;1 ม.{p.moo or "1"};{p.amphoe};{p.province};{p.postal};Thailand
END:VCARD
"""
    msg = message(p, "ขอรับรองตัวตน", text=body, n=i)
    return case("vcard_of_other_person", msg, expect(p, "full_name national_id phone email"))


def numbered_list_of_others(p: Person, i: int) -> Case:
    """A complaint listing the households affected, numbered, with titled names and
    house numbers; the writer is named only under the closing, in brackets."""
    body = f"""\
เรียน นายกเทศมนตรี

เรื่อง ขอให้ซ่อมไฟฟ้าส่องสว่างในซอย

ผู้ได้รับความเดือดร้อน
1. นายทองใบ ศรีจันทร์ บ้านเลขที่ 118
2. นางสมพิศ อินทร์แก้ว บ้านเลขที่ 120
3. นายเสกสรร ดวงแก้ว บ้านเลขที่ 114

ไฟฟ้าดับมาแล้ว 3 สัปดาห์ ขอให้ดำเนินการด้วย ติดต่อข้าพเจ้าได้ที่ {dashed_mobile(p.mobile)}

ขอแสดงความนับถือ
({p.name})
ผู้แทนชาวบ้าน
"""
    msg = message(p, "ขอให้ซ่อมไฟฟ้าส่องสว่าง", text=body, n=i)
    return case("numbered_list_of_others", msg, expect(p, "full_name phone"))


def contact_someone_else(p: Person, i: int) -> Case:
    """An elderly citizen's labelled data with her own phone, then a line giving a
    daughter's number to call: 'หากติดต่อไม่ได้ ติดต่อลูกสาวได้ที่ 08...' or 'ติดต่อ
    ผู้ประสานงานได้ที่'."""
    other = other_mobile(p.mobile, 3)
    who = "ลูกสาว" if i % 2 == 0 else "ผู้ประสานงาน (หลานชาย)"
    body = f"""\
เรียน เจ้าหน้าที่
ขอรับเบี้ยยังชีพผู้สูงอายุ
ชื่อ-สกุล: {p.name}
เลขบัตรประชาชน: {p.nid}
วันเกิด: {thai_date(p.born)}
เบอร์โทร: {dashed_mobile(p.mobile)}
หากติดต่อไม่ได้ ติดต่อ{who}ได้ที่ {dashed_mobile(other)}
"""
    msg = message(p, "ขอรับเบี้ยยังชีพ", text=body, n=i)
    return case("contact_someone_else", msg,
                expect(p, "full_name national_id birth_date phone"))  # fmt: skip


SECOND_BATCH: tuple[Style, ...] = (
    query_in_url,
    html_radio_and_date_inputs,
    html_four_cell_colon_pairs,
    chat_questions_marks,
    long_work_signature,
    email_spelt_thai_domain,
    vcard_of_other_person,
    numbered_list_of_others,
    contact_someone_else,
)


def build_second_batch() -> list[Case]:
    """The second batch, each style for two people, a different pair per style."""
    return [
        style(PEOPLE[(3 * s + i + 1) % len(PEOPLE)], i)
        for s, style in enumerate(SECOND_BATCH)
        for i in range(2)
    ]
