"""A tenth set of requests written by someone who had not read the readers (issue 8):
MAIL BODIES and HTML only (text/plain and text/html, no attachments).

Written before reading `extractors/` or `config/` (only the harness, set 8's file for
its shape, and the style names of sets 1-9, to avoid repeating them). It aims at how
Thai citizens, their phones and mail programs, and Thai offices write that the earlier
sets left out: a LINE chat saved with its timestamps and senders, a Messenger copy with
a name and a time above each message, words the phone's keyboard broke with spaces,
Thai numerals in spaced groups, an ID spaced digit by digit, Christian and Buddhist
years mixed in one mail, an address typed with no spaces at all, the house-register
form's ตำบล/แขวง labels with '-' for empty parts, a registered and a current address,
a lawyer writing for a client, a village headman's and a condominium office's letters
in the government letter layout, English first and a Thai copy below, a foreign resident
with a pink card writing in English, Outlook spans cutting words, a Gmail signature with
a company's numbers, Apple Mail splitting the quote round inline answers, quoted-
printable soft breaks inside values, ก. ข. ค. and (๑) numbering, ticks after the
option, two rows pasted from Excel, a mail that only corrects a number, a work footer
of another agency, hotline numbers in a complaint, Outlook's plain-text `<mailto:>`,
a Facebook comment copied, sara am typed as nikhahit and sara aa, labels aligned with
&nbsp;, a Lotus Notes forward, a MailGoThai (Zimbra) forward in Thai, ปชช./ว/ด/ป
abbreviations, the era named in the label, a phone labelled with LINE, a mother's
request with her child's ID and birth date, and place names without ตำบล/อำเภอ.

Each case carries the normalised values a clerk would accept for the fields the request
really holds; an empty tuple means the only right answer is no value or a flagged one
(the only number in the mail is someone else's). Nothing here is imported from the code
under test. All people, numbers and addresses are invented.
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

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
    Person("นาย", "กำพล", "คำแก้ว", with_check_digit("340120045581"), date(1985, 8, 14),
           "0815523961", "kampon.kk@gmail.com", "128", "7", "", "", "โนนสะอาด", "ชุมแพ",
           "ขอนแก่น", "40290", ("Mr.", "Kampon", "Khamkaew")),
    Person("นางสาว", "สุภาวดี", "ทองคำ", with_check_digit("110370056210"), date(1995, 2, 11),
           "0926671835", "supawadee.tk@hotmail.com", "55/301", "", "ลาดพร้าว 71", "ลาดพร้าว",
           "สะพานสอง", "วังทองหลาง", "กรุงเทพมหานคร", "10310", ("Miss", "Supawadee", "Thongkham")),
    Person("นาง", "อำไพ", "จำปาทอง", with_check_digit("330010007742"), date(1952, 11, 3),
           "0857730413", "amphai.jp@gmail.com", "9", "2", "", "", "ในเมือง", "เมืองนครราชสีมา",
           "นครราชสีมา", "30000", ("Mrs.", "Amphai", "Jampathong")),
    Person("นาย", "ธนากร", "ศรีสมบูรณ์", with_check_digit("110060042297"), date(1988, 4, 25),
           "0643318271", "thanakorn.ss@outlook.co.th", "17", "", "รามอินทรา 40", "",
           "นวลจันทร์", "บึงกุ่ม", "กรุงเทพมหานคร", "10230", ("Mr.", "Thanakorn", "Srisomboon")),
    Person("นางสาว", "ชลธิชา", "แสงทอง", with_check_digit("120990031846"), date(1999, 12, 1),
           "0617782046", "chonticha.st@gmail.com", "41/6", "4", "", "สุขุมวิท", "บ้านสวน",
           "เมืองชลบุรี", "ชลบุรี", "20000", ("Miss", "Chonticha", "Saengthong")),
    Person("นาย", "สมศักดิ์", "วงศ์ใหญ่", with_check_digit("322010019653"), date(1961, 6, 18),
           "0898820318", "somsak.wy@yahoo.com", "203", "10", "", "", "ท่าช้าง", "เมืองจันทบุรี",
           "จันทบุรี", "22000", ("Mr.", "Somsak", "Wongyai")),
    Person("นาง", "รัชนี", "พรหมมา", with_check_digit("110170028364"), date(1974, 9, 9),
           "0969014527", "ratchanee.pm@gmail.com", "88/19", "", "", "จรัญสนิทวงศ์", "บางพลัด",
           "บางพลัด", "กรุงเทพมหานคร", "10700", ("Mrs.", "Ratchanee", "Prommma")),
    Person("นาย", "ณรงค์ชัย", "บุญเรือง", with_check_digit("350990071248"), date(1991, 1, 30),
           "0830046716", "narongchai.br@gmail.com", "62", "8", "", "", "หนองหาร", "สันทราย",
           "เชียงใหม่", "50290", ("Mr.", "Narongchai", "Boonruang")),
)  # fmt: skip

AGENCY = "saraban@example.go.th"
AGENCY_PHONE = "043-311-222"  # the office's own number: never the citizen's
ALL = "full_name national_id birth_date phone email address postal_code province"
Style = Callable[[Person, int], Case]


def message(p: Person, subject: str, text: str | None = None, html: str | None = None,
            n: int = 0, sender: str | None = None, cte: str | None = None
            ) -> EmailMessage:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen10-{n}-{p.email.split('@')[0]}@example.com>"
    if text is not None:
        msg.set_content(text, charset="utf-8", cte=cte)
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html", charset="utf-8")
        else:
            msg.add_alternative(html, subtype="html", charset="utf-8")
    return msg


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
    return html_lib.escape(text, quote=False)


def thai_date(born: date) -> str:
    return f"{born.day} {MONTHS[born.month - 1]} {be(born)}"


def short_date(born: date) -> str:
    return f"{born.day} {MONTHS_SHORT[born.month - 1]} {be(born)}"


def province_short(p: Person) -> str:
    return "กทม." if p.bangkok else f"จ.{p.province}"


def whole(p: Person) -> str:
    return f"{long_line(p)} {p.province_written} {p.postal}"


def other_mobile(m: str) -> str:
    """Another mobile of the same shape: the citizen's old or mistyped number."""
    return m[:3] + m[6:] + m[3:6]


def abbreviated_title(p: Person) -> str:
    return {"นางสาว": "น.ส.", "นาย": "นาย", "นาง": "นาง"}[p.title]


# --- chats copied into a mail ------------------------------------------------------------


def chat_timestamps_senders(p: Person, i: int) -> Case:
    """A chat with the office copied into a mail: LINE's saved history (date line, then
    time TAB sender TAB text, a message of several lines in double quotes), or a
    Messenger copy (the sender's name and the time each on a line above the message).
    The office's own messages ask for the data and give its number."""
    office = "เทศบาลตำบลตัวอย่าง"
    who = f"{p.first} {p.last}"
    if i % 2 == 0:
        chat = f"""\
[LINE] ประวัติการแชทกับ {office}
วันที่บันทึก: 2026/12/03 09:50

2026/12/02(พ.)
09:41\t{who}\tสวัสดีครับ ขอยื่นคำร้องขอหนังสือรับรองครับ
09:42\t{office}\tรบกวนแจ้ง ชื่อ-สกุล เลขบัตรประชาชน วันเกิด ที่อยู่ และเบอร์โทรค่ะ
09:45\t{who}\tชื่อ {p.name}
09:45\t{who}\tเลขบัตร {p.nid}
09:46\t{who}\tเกิด {short_date(p.born)}
09:46\t{who}\t"ที่อยู่ {short_line(p)}
{province_short(p)} {p.postal}"
09:47\t{who}\t{p.mobile}
09:48\t{office}\tได้รับข้อมูลแล้วค่ะ รบกวนส่งทางอีเมลอีกครั้ง สอบถามโทร {AGENCY_PHONE}
"""
        keys = "full_name national_id birth_date phone address postal_code province"
        typed = short_line(p)
    else:
        chat = f"""\
{who}
10:02
สวัสดีค่ะ จะขอคัดสำเนาทะเบียนบ้านค่ะ
{office}
10:05
ส่งชื่อ เลขบัตร เบอร์ และอีเมลได้เลยค่ะ สอบถามเพิ่มเติม {AGENCY_PHONE}
{who}
10:07
{abbreviated_title(p)}{p.first} {p.last}
{dashed_id(p.nid)}
{dashed_mobile(p.mobile)}
{p.email}
{office}
10:08
รับทราบค่ะ
"""
        keys = "full_name national_id phone email"
        typed = ""
    body = f"เรียน เจ้าหน้าที่\n\nส่งข้อมูลตามที่คุยในแชทครับ\n\n{chat}\nขอบคุณครับ\n"
    msg = message(p, "ส่งข้อมูลตามที่แชท", text=body, n=i)
    exp = expect(p, keys, *(t for t in (typed,) if t))
    if "full_name" in exp:
        exp["full_name"] = (p.name, f"{abbreviated_title(p)}{p.first} {p.last}")
    return case("chat_timestamps_senders", msg, exp)


def facebook_comment_copy(p: Person, i: int) -> Case:
    """The citizen answered a page's post in a comment and then copies the thread into
    a mail as the page asked: the page's post (with its own number), 'ถูกใจ · ตอบกลับ'
    lines, and the citizen's comment with the data in one run."""
    en = f"{p.en[1]} {p.en[2]}"
    comment = (f"ขอรับด้วยครับ ชื่อ {p.name} เลขบัตร {dashed_id(p.nid)} "
               f"โทร {dashed_mobile(p.mobile)} บ้านเลขที่ {short_line(p)} "
               f"{province_short(p)} {p.postal}")  # fmt: skip
    if i % 2:
        comment = comment.replace(" โทร ", "\nโทร ").replace(" บ้านเลขที่", "\nบ้านเลขที่")
    body = f"""\
ตามที่เพจแจ้งให้ส่งอีเมล ขอส่งข้อมูลตามคอมเมนต์ครับ

เทศบาลตำบลตัวอย่าง
2 ชม. ·
ประชาสัมพันธ์ ผู้ที่ต้องการขอรับถังขยะเปียก ส่งชื่อ เลขบัตร เบอร์โทร ที่อยู่
ทางอีเมล {AGENCY} หรือโทร {AGENCY_PHONE} ในเวลาราชการ
👍 128  💬 46 ความคิดเห็น
ถูกใจ · แสดงความคิดเห็น · แชร์

{en}
{comment}
ถูกใจ · ตอบกลับ · 45 นาที

เทศบาลตำบลตัวอย่าง
รบกวนส่งทางอีเมลด้วยนะคะ 🙏
ถูกใจ · ตอบกลับ · 30 นาที
"""
    msg = message(p, "ขอรับถังขยะเปียก", text=body, n=i)
    keys = "full_name national_id phone address postal_code province"
    return case("facebook_comment_copy", msg, expect(p, keys, short_line(p)))


# --- phones and keyboards ----------------------------------------------------------------


def autocorrect_broken_words(p: Person, i: int) -> Case:
    """The phone's Thai keyboard breaks words where its dictionary ends one: spaces
    inside the labels (ชื่อ นาม สกุล, เลข บัตร ประชาชน, เบอร์ โทร ศัพท์), อีเมล์ for
    อีเมล, and no colons on the second variant."""
    c = " :" if i % 2 == 0 else ""
    body = f"""\
เรียน เจ้า หน้าที่

ขอ ยื่น คำร้อง ขอหนังสือรับรองการอยู่อาศัยครับ

ชื่อ นาม สกุล{c} {p.name}
เลข บัตร ประชาชน{c} {dashed_id(p.nid)}
วัน เดือน ปี เกิด{c} {short_date(p.born)}
ที่ อยู่{c} {short_line(p)} {province_short(p)} {p.postal}
เบอร์ โทร ศัพท์{c} {dashed_mobile(p.mobile)}
อี เมล์{c} {p.email}

ขอบ คุณ ครับ
ส่งจาก iPhone ของฉัน
"""
    msg = message(p, "ขอหนังสือรับรอง", text=body, n=i)
    return case("autocorrect_broken_words", msg, expect(p, ALL, short_line(p)))


def thai_numerals_spaced_groups(p: Person, i: int) -> Case:
    """Every number in Thai numerals, the ID in the card's groups parted by spaces, the
    phone in groups of three, three and four, the house number and postal code too."""
    nid = thai(" ".join((p.nid[0], p.nid[1:5], p.nid[5:10], p.nid[10:12], p.nid[12])))
    m = p.mobile
    born = thai(thai_date(p.born) if i % 2 else short_date(p.born))
    body = f"""\
เรียน ผู้อำนวยการ

ข้าพเจ้าขอยื่นคำร้องขอรับเงินอุดหนุน โดยมีรายละเอียดดังนี้
ชื่อ-สกุล : {p.name}
เลขประจำตัวประชาชน : {nid}
วันเกิด : {born}
ที่อยู่ : {thai(long_line(p))} {p.province_written} {thai(p.postal)}
โทรศัพท์ : {thai(f"{m[:3]} {m[3:6]} {m[6:]}")}

ขอแสดงความนับถือ
"""
    msg = message(p, "ขอรับเงินอุดหนุน", text=body, n=i)
    exp = expect(p, "full_name national_id birth_date phone address postal_code province")
    exp["address"] = exp["address"] + tuple(thai(a) for a in exp["address"])
    return case("thai_numerals_spaced_groups", msg, exp)


def id_digit_by_digit(p: Person, i: int) -> Case:
    """The ID (and the phone) with a space after every digit, as people type when they
    read a number off the card one digit at a time; Thai numerals on the second."""
    spaced = " ".join(p.nid)
    phone = " ".join(p.mobile)
    if i % 2:
        spaced, phone = thai(spaced), thai(phone)
    body = f"""\
สวัสดีค่ะ
ขอแจ้งข้อมูลเพื่อขอรับเบี้ยยังชีพค่ะ
ชื่อ {p.name}
เลขบัตรประจำตัวประชาชน {spaced}
เกิดวันที่ {thai_date(p.born)}
เบอร์มือถือ {phone}
ขอบคุณค่ะ
"""
    msg = message(p, "ขอรับเบี้ยยังชีพ", text=body, n=i)
    return case("id_digit_by_digit", msg, expect(p, "full_name national_id birth_date phone"))


def phone_line_combined_label(p: Person, i: int) -> Case:
    """One number given for the phone and LINE under a shared label (เบอร์โทร/ไอดีไลน์,
    Tel/Line), with the other contact lines answered by a dash."""
    label = "เบอร์โทร/ไอดีไลน์" if i % 2 == 0 else "Tel/Line"
    phone = p.mobile if i % 2 == 0 else dashed_mobile(p.mobile)
    body = f"""\
เรียน เจ้าหน้าที่
ชื่อ-นามสกุล: {p.name}
เลขบัตรประชาชน: {p.nid}
{label}: {phone}
เบอร์บ้าน: -
แฟกซ์: -
อีเมล: {p.email}
ต้องการขอข้อมูลข่าวสารของราชการค่ะ
"""
    msg = message(p, "ขอข้อมูลข่าวสาร", text=body, n=i)
    return case("phone_line_combined_label", msg, expect(p, "full_name national_id phone email"))


# --- years and dates ---------------------------------------------------------------------


def mixed_era_years(p: Person, i: int) -> Case:
    """One mail with both eras: the letter dated in the Buddhist year, the birth date in
    the Christian year as a phone's date picker gave it, a move-in date in BE and the
    year of a past event in CE with its BE in brackets, and the age."""
    born = (f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year}" if i % 2 == 0
            else f"{p.born.day} {MONTHS[p.born.month - 1]} ค.ศ. {p.born.year}")  # fmt: skip
    body = f"""\
วันที่ 3 ธ.ค. 2569

เรียน นายทะเบียน

ข้าพเจ้าย้ายเข้ามาอยู่ตั้งแต่ปี 2015 (พ.ศ. 2558) ขอยื่นคำร้องขอหนังสือรับรองถิ่นที่อยู่
ชื่อ: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเกิด: {born} (อายุ {2026 - p.born.year} ปี)
วันที่ย้ายเข้า: 1 ม.ค. 2558
ที่อยู่: {whole(p)}
โทร: {dashed_mobile(p.mobile)}
"""
    msg = message(p, "ขอหนังสือรับรองถิ่นที่อยู่", text=body, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("mixed_era_years", msg, expect(p, keys, long_line(p)))


def date_era_in_label(p: Person, i: int) -> Case:
    """The era said in the label and the date in numbers (วัน/เดือน/ปี ค.ศ. with a CE
    year), or the paper form's own wording 'เกิดวันที่ .. เดือน .. พ.ศ. ..'."""
    if i % 2 == 0:
        born = f"วันเกิด (วัน/เดือน/ปี ค.ศ.): {p.born.day:02d}/{p.born.month:02d}/{p.born.year}"
    else:
        born = (f"เกิดวันที่ {p.born.day} เดือน{MONTHS[p.born.month - 1]} "
                f"พ.ศ. {be(p.born)}")  # fmt: skip
    body = f"""\
เรียน เจ้าหน้าที่
ชื่อ-สกุล: {p.name}
เลขประจำตัวประชาชน: {p.nid}
{born}
โทรศัพท์มือถือ: {dashed_mobile(p.mobile)}
อีเมล: {p.email}
"""
    msg = message(p, "ขอใบรับรอง", text=body, n=i)
    return case("date_era_in_label", msg, expect(p, "full_name national_id birth_date phone email"))


# --- addresses ---------------------------------------------------------------------------


def address_glued_abbrev(p: Person, i: int) -> Case:
    """The address typed on a phone with no spaces at all between its abbreviated parts
    (128ม.7ต.โนนสะอาดอ.ชุมแพจ.ขอนแก่น40290), the province short or long."""
    glued = short_line(p).replace(" ", "")
    prov = "กทม" if p.bangkok else (f"จ.{p.province}" if i % 2 == 0 else f"จังหวัด{p.province}")
    body = f"""\
สวัสดีค่ะ ขอยื่นคำร้องขอติดตั้งไฟส่องสว่างหน้าบ้านค่ะ
ชื่อ:{p.name}
ที่อยู่:{glued}{prov}{p.postal}
เบอร์:{p.mobile}
"""
    msg = message(p, "ขอติดตั้งไฟส่องสว่าง", text=body, n=i)
    keys = "full_name phone address postal_code province"
    return case("address_glued_abbrev", msg, expect(p, keys, glued))


def house_register_labels(p: Person, i: int) -> Case:
    """The address copied in the house register's own words: บ้านเลขที่, หมู่ที่, ตรอก/ซอย,
    ถนน, ตำบล/แขวง, อำเภอ/เขต, จังหวัด, รหัสไปรษณีย์ on one line, '-' for a part the
    house does not have; on the second, each on its own line."""
    parts = (("บ้านเลขที่", p.house), ("หมู่ที่", p.moo or "-"), ("ตรอก/ซอย", p.soi or "-"),
             ("ถนน", p.road or "-"), ("ตำบล/แขวง", p.tambon), ("อำเภอ/เขต", p.amphoe),
             ("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal))  # fmt: skip
    sep = " " if i % 2 == 0 else "\n"
    addr = sep.join(f"{k} {v}" for k, v in parts)
    body = f"""\
เรียน นายทะเบียน
ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed_id(p.nid)}
ขอแจ้งที่อยู่ตามทะเบียนบ้าน ดังนี้
{addr}
โทรศัพท์ {dashed_mobile(p.mobile)}
"""
    msg = message(p, "แจ้งที่อยู่", text=body, n=i)
    typed = " ".join(f"{k} {v}" for k, v in parts[:6])
    keys = "full_name national_id phone address postal_code province"
    return case("house_register_labels", msg, expect(p, keys, typed))


def registered_and_current_address(p: Person, i: int) -> Case:
    """Two addresses, one per label: the one on the house register (a province) and the
    one where the citizen lives now (Bangkok). A clerk takes either; postal code and
    province must then come from one of them."""
    cur = PEOPLE[1] if not p.bangkok else PEOPLE[0]
    body = f"""\
เรียน เจ้าหน้าที่
ชื่อ-สกุล: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
ที่อยู่ตามทะเบียนบ้าน: {whole(p)}
ที่อยู่ปัจจุบัน (ที่ติดต่อได้): {whole(cur)}
โทร: {dashed_mobile(p.mobile)}
"""
    if i % 2:
        body = body.replace("ที่อยู่ปัจจุบัน (ที่ติดต่อได้)", "ที่อยู่ที่ติดต่อได้")
    msg = message(p, "ขอรับเอกสารทางไปรษณีย์", text=body, n=i)
    exp = expect(p, "full_name national_id phone address postal_code province", long_line(p))
    other = expect(cur, "address postal_code province", long_line(cur))
    for k in ("address", "postal_code", "province"):
        exp[k] = exp[k] + other[k]
    return case("registered_and_current_address", msg, exp)


def address_bare_place_names(p: Person, i: int) -> Case:
    """The address without the words ตำบล/อำเภอ or แขวง/เขต: house, moo or soi, then the
    bare place names, the province as กทม/กรุงเทพฯ or its bare name, the postal code."""
    head = [p.house]
    if p.moo:
        head.append(f"ม.{p.moo}")
    if p.soi:
        head.append(f"ซ.{p.soi}")
    if p.road:
        head.append(f"ถ.{p.road}")
    prov = ("กทม" if i % 2 == 0 else "กรุงเทพฯ") if p.bangkok else p.province
    typed = " ".join([*head, p.tambon, p.amphoe])
    body = f"""\
ชื่อ {p.name}
ที่อยู่ {typed} {prov} {p.postal}
โทร {dashed_mobile(p.mobile)}
ขอแจ้งซ่อมถนนหน้าบ้านชำรุดครับ
"""
    msg = message(p, "แจ้งซ่อมถนน", text=body, n=i)
    exp = expect(p, "full_name phone address postal_code province", typed)
    # as typed, with its bare province and postal code (corrected after the first run:
    # a clerk accepts the address as the citizen wrote it)
    exp["address"] += (f"{typed} {prov} {p.postal}",)
    return case("address_bare_place_names", msg, exp)


# --- someone else writes -----------------------------------------------------------------

LAWYER = "นายประเสริฐ ยุติธรรม"
LAWYER_PHONES = ("02-234-5678", "089-123-4567")


def lawyer_for_client(p: Person, i: int) -> Case:
    """A law office writes for its client, who gave it power of attorney: the lawyer's
    name, licence and numbers in the signature; the client's data under ผู้มอบอำนาจ or
    ข้อมูลลูกความ. On the second there is no number of the client's at all."""
    phone_line = f"โทรศัพท์ (ผู้มอบอำนาจ): {dashed_mobile(p.mobile)}\n" if i % 2 == 0 else ""
    head = "รายละเอียดของผู้มอบอำนาจ ดังนี้" if i % 2 == 0 else "ข้อมูลลูกความ"
    name_label = "ชื่อผู้มอบอำนาจ" if i % 2 == 0 else "ชื่อ-สกุล"
    body = f"""\
เรียน นายทะเบียน

สำนักงานกฎหมาย ธรรมนิติ แอนด์ พาร์ทเนอร์ส ในฐานะผู้รับมอบอำนาจของ{p.name}
ขอยื่นคำร้องขอคัดสำเนาทะเบียนบ้านฉบับรับรอง {head}

{name_label}: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเกิด: {thai_date(p.born)}
ที่อยู่: {whole(p)}
{phone_line}
ทั้งนี้ได้แนบหนังสือมอบอำนาจมาพร้อมนี้ หากมีข้อสงสัยโปรดติดต่อผู้รับมอบอำนาจ
ที่ {LAWYER_PHONES[1]}

ขอแสดงความนับถือ
{LAWYER}
ทนายความ ใบอนุญาตเลขที่ 12345/2550
สำนักงานกฎหมาย ธรรมนิติ แอนด์ พาร์ทเนอร์ส
โทร {LAWYER_PHONES[0]} มือถือ {LAWYER_PHONES[1]}
"""
    sender = "Prasert Law <prasert@thammaniti-law.co.th>"
    msg = message(p, "ขอคัดสำเนาทะเบียนบ้าน (ทนายความผู้รับมอบอำนาจ)", text=body, n=i,
                  sender=sender)  # fmt: skip
    keys = "full_name national_id birth_date address postal_code province"
    exp = expect(p, keys + (" phone" if i % 2 == 0 else ""), long_line(p))
    if i % 2:
        exp["phone"] = ()
    return case("lawyer_for_client", msg, exp)


def certifying_letter(p: Person, i: int) -> Case:
    """A village headman's (or a condominium office's) letter in the government letter
    layout: ที่, the office's address, the date, เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย,
    then a paragraph certifying the citizen, whose data sit in the sentence; the writer
    says ข้าพเจ้า of himself, and his is the only number."""
    if p.bangkok:
        writer, role = "นายวิชัย มั่นคง", "ผู้จัดการนิติบุคคลอาคารชุด ลาดพร้าวเพลส"
        office = f"นิติบุคคลอาคารชุด ลาดพร้าวเพลส\n{p.house.split('/')[0]} ถนน{p.road or 'ลาดพร้าว'}"
        ref = "ที่ นต. 045/2569"
    else:
        writer, role = "นายบุญมี ใจกล้า", f"ผู้ใหญ่บ้านหมู่ที่ {p.moo}"
        office = f"ที่ทำการผู้ใหญ่บ้าน หมู่ที่ {p.moo}\nตำบล{p.tambon} อำเภอ{p.amphoe}"
        ref = "ที่ พิเศษ/2569"
    body = f"""\
{ref}                                        {office.splitlines()[0]}
                                                 {office.splitlines()[1]}

                                3 ธันวาคม 2569

เรื่อง  ขอรับรองการมีภูมิลำเนา
เรียน  นายทะเบียนอำเภอ{p.amphoe}
อ้างถึง  หนังสืออำเภอ{p.amphoe} ที่ 0518/ว 456 ลงวันที่ 20 พฤศจิกายน 2569
สิ่งที่ส่งมาด้วย  1. สำเนาบัตรประจำตัวประชาชน  จำนวน 1 ฉบับ
                 2. สำเนาทะเบียนบ้าน  จำนวน 1 ฉบับ

        ตามที่อ้างถึง ข้าพเจ้า {writer} {role} ขอรับรองว่า {p.name}
เลขประจำตัวประชาชน {p.nid} เกิดวันที่ {thai_date(p.born)} อยู่บ้านเลขที่ {long_line(p)}
{p.province_written} {p.postal} เป็นผู้มีภูมิลำเนาอยู่จริง จึงเรียนมาเพื่อโปรดพิจารณา

                        ขอแสดงความนับถือ

                        ({writer})
                        {role}
โทร. 08-1234-5670
"""
    msg = message(p, "ขอรับรองการมีภูมิลำเนา", text=body, n=i,
                  sender="Headman Office <office.moo@example.com>")  # fmt: skip
    keys = "full_name national_id birth_date address postal_code province"
    exp = expect(p, keys, long_line(p))
    exp["phone"] = ()
    return case("certifying_letter", msg, exp)


def mother_and_child_ids(p: Person, i: int) -> Case:
    """A parent asks for a copy of her child's birth certificate: the parent (the one
    who asks) and the child each with a name and an ID; only the child's birth date is
    given. On the second the child's lines come first."""
    kid_title, kid_first = ("ด.ญ.", "ปาณิศา") if i % 2 == 0 else ("ด.ช.", "ภูริ")
    kid_id = with_check_digit("1100" + p.nid[4:12])
    parent = "มารดา" if p.title != "นาย" else "บิดา"
    asker = (f"ชื่อผู้ขอ ({parent}): {p.name}\n"
             f"เลขประจำตัวประชาชนผู้ขอ: {dashed_id(p.nid)}\n")  # fmt: skip
    kid = (f"ชื่อบุตร: {kid_title}{kid_first} {p.last}\n"
           f"เลขประจำตัวประชาชนบุตร: {dashed_id(kid_id)}\n"
           f"วันเกิดบุตร: 12 มีนาคม 2560\n")  # fmt: skip
    rows = asker + kid if i % 2 == 0 else kid + asker
    body = f"""\
เรียน นายทะเบียน
ขอคัดสำเนาสูติบัตรของบุตร รายละเอียดดังนี้
{rows}เบอร์โทรติดต่อ: {dashed_mobile(p.mobile)}
ที่อยู่: {whole(p)}
"""
    msg = message(p, "ขอคัดสำเนาสูติบัตรบุตร", text=body, n=i)
    exp = expect(p, "full_name national_id phone address postal_code province", long_line(p))
    exp["birth_date"] = ()
    return case("mother_and_child_ids", msg, exp)


def standalone_correction(p: Person, i: int) -> Case:
    """A second mail, not a reply, that only corrects the phone of yesterday's request:
    the wrong number and the right one both written, marked (ผิด)/(ถูก) or เดิม/ใหม่."""
    wrong = other_mobile(p.mobile)
    if i % 2 == 0:
        fix = (f"เบอร์โทรที่แจ้งไป {dashed_mobile(wrong)} (ผิด)\n"
               f"ขอแก้เป็น {dashed_mobile(p.mobile)} (ถูก)")  # fmt: skip
    else:
        fix = f"เบอร์เดิม: {wrong}\nเบอร์ใหม่: {p.mobile}"
    body = f"""\
เรียน เจ้าหน้าที่
เมื่อวานได้ส่งคำร้องขอรับเบี้ยยังชีพไป แต่พิมพ์เบอร์โทรผิดค่ะ
{fix}
ชื่อ {p.name} เลขบัตร {p.nid}
ขออภัยค่ะ
"""
    msg = message(p, "แก้ไขเบอร์โทรศัพท์ (คำร้องเมื่อวันที่ 2 ธ.ค.)", text=body, n=i)
    return case("standalone_correction", msg, expect(p, "full_name national_id phone"))


def work_footer_other_agency(p: Person, i: int) -> Case:
    """A citizen who works at a sub-district office writes from work: his own data in
    the body, the office's footer (its address, telephone, fax, web) below. On the second
    he gives no number of his own."""
    phone_line = f"มือถือ: {dashed_mobile(p.mobile)}\n" if i % 2 == 0 else ""
    body = f"""\
เรียน งานทะเบียนราษฎร
ผมขอยื่นคำร้องขอแก้ไขรายการในทะเบียนบ้านครับ
ชื่อ-สกุล: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเกิด: {thai_date(p.born)}
ที่อยู่: {whole(p)}
{phone_line}ขอบคุณครับ

{p.name}
นักจัดการงานทั่วไป
งานธุรการ สำนักปลัด องค์การบริหารส่วนตำบลหนองบัว
99 หมู่ 1 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000
โทร. 042-110-234 ต่อ 12 โทรสาร 042-110-235
www.nongbua-udon.go.th
"""
    msg = message(p, "ขอแก้ไขรายการทะเบียนบ้าน", text=body, n=i,
                  sender=f"{p.en[1]} <{p.en[1].lower()}@nongbua-udon.go.th>")  # fmt: skip
    keys = "full_name national_id birth_date address postal_code province"
    exp = expect(p, keys + (" phone" if i % 2 == 0 else ""), long_line(p))
    if i % 2:
        exp["phone"] = ()
    return case("work_footer_other_agency", msg, exp)


def hotline_mentions(p: Person, i: int) -> Case:
    """A complaint that cites the hotlines the citizen called (1555, 1567), an office
    number he was told to ring, and then his own number, labelled or in the sentence."""
    own = (f"เบอร์ติดต่อกลับ: {dashed_mobile(p.mobile)}" if i % 2 == 0
           else f"ติดต่อกลับได้ที่ {p.mobile} ครับ")  # fmt: skip
    body = f"""\
เรียน ผู้บริหาร

ผมโทรไปที่สายด่วน 1555 หลายรอบตั้งแต่วันที่ 20 พ.ย. ไม่มีคนรับ แจ้งศูนย์ดำรงธรรม 1567
แล้วเจ้าหน้าที่เบอร์ 02-248-7700 บอกให้ส่งอีเมลมาที่นี่ เรื่องท่อระบายน้ำหน้าบ้านอุดตัน
น้ำท่วมขังมา 2 สัปดาห์แล้วครับ

ชื่อ-สกุล: {p.name}
เลขบัตรประชาชน: {dashed_id(p.nid)}
ที่อยู่: {whole(p)}
{own}
"""
    msg = message(p, "ร้องเรียนท่อระบายน้ำอุดตัน", text=body, n=i)
    keys = "full_name national_id phone address postal_code province"
    return case("hotline_mentions", msg, expect(p, keys, long_line(p)))


# --- letters and languages ---------------------------------------------------------------


def english_address(p: Person) -> str:
    parts = [p.house]
    if p.moo:
        parts.append(f"Moo {p.moo}")
    return ", ".join(parts)


def english_then_thai_copy(p: Person, i: int) -> Case:
    """English first (for a Thai who works abroad or in an international firm), then
    '(ภาษาไทย)' and the same request in Thai; the English names and dates come first."""
    born_en = f"{p.born.day} {p.born.strftime('%B')} {p.born.year}"
    body = f"""\
Dear Sir/Madam,

I would like to request a certified copy of my house registration.
Full name: {p.en[0]} {p.en[1]} {p.en[2]}
ID card no.: {dashed_id(p.nid, " ")}
Date of birth: {born_en}
Mobile: {dashed_mobile(p.mobile)}

Thank you.

(ภาษาไทย)
เรียน เจ้าหน้าที่
ข้าพเจ้าขอคัดสำเนาทะเบียนบ้านฉบับรับรอง
ชื่อ-สกุล: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเกิด: {thai_date(p.born)}
โทรศัพท์: {dashed_mobile(p.mobile)}
ที่อยู่: {whole(p)}
"""
    if i % 2:
        body = body.replace("Date of birth", "DOB").replace("Full name", "Name")
    msg = message(p, "Request for house registration copy / ขอคัดสำเนาทะเบียนบ้าน", text=body, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("english_then_thai_copy", msg, expect(p, keys, long_line(p)))


EXPATS = (
    ("Mr.", "David", "Miller", with_check_digit("620010012345"), date(1970, 7, 4), "0895550142",
     "david.miller.pty@gmail.com", "99/1 Moo 3, Nong Prue, Bang Lamung", "Chonburi", "ชลบุรี",
     "20150"),
    ("Ms.", "Anna", "Schmidt", with_check_digit("650020004321"), date(1983, 2, 17), "0625550188",
     "anna.schmidt.cnx@gmail.com", "12/4 Moo 5, Nong Khwai, Hang Dong", "Chiang Mai",
     "เชียงใหม่", "50230"),
)  # fmt: skip


def expat_pink_card_english(p: Person, i: int) -> Case:
    """A foreign resident with a Thai 'pink card' ID writes in English only: the name
    with its English title, the pink card's 13 digits beside a passport number, a
    province in English and a foreign-style date of birth."""
    title, first, last, nid, born, mobile, email, addr, prov_en, prov_th, postal = EXPATS[i % 2]
    body = f"""\
Dear Officer,

My name is {title} {first} {last}. I am a foreign resident and hold a Thai pink ID card
(non-Thai ID). I would like to request a residence certificate for my bank.

Thai ID No.: {dashed_id(nid)}
Passport No.: 533112478
Date of birth: {born.strftime("%B")} {born.day}, {born.year}
Address: {addr}, {prov_en} {postal}
Mobile: +66 {mobile[1:3]} {mobile[3:6]} {mobile[6:]}
Email: {email}

Best regards,
{first} {last}
"""
    msg = EmailMessage()
    msg["From"] = f"{first} {last} <{email}>"
    msg["To"] = AGENCY
    msg["Subject"] = "Request for residence certificate"
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 10, i, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen10-expat-{i}@example.com>"
    msg.set_content(body, charset="utf-8")
    names = (f"{title} {first} {last}", f"{title}{first} {last}", f"{title.rstrip('.')} {first} "
             f"{last}", f"{first} {last}")  # fmt: skip
    exp = {
        "full_name": names,
        "national_id": (nid,),
        "birth_date": (born.isoformat(),),
        "phone": (intl(mobile),),
        "email": (email,),
        "address": (addr, f"{addr}, {prov_en}", f"{addr}, {prov_en} {postal}"),
        "postal_code": (postal,),
        "province": (prov_th, prov_en),
    }
    return case("expat_pink_card_english", msg, exp)


def thai_letter_enumerated(p: Person, i: int) -> Case:
    """Labels numbered with Thai letters (ก. ข. ค.) or with Thai numerals in brackets
    ((๑) (๒)), as on printed government forms."""
    marks = ("ก.", "ข.", "ค.", "ง.", "จ.", "ฉ.") if i % 2 == 0 else tuple(
        f"({thai(str(n))})" for n in range(1, 7))  # fmt: skip
    rows = (("ชื่อผู้ยื่นคำร้อง", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเดือนปีเกิด", thai_date(p.born)), ("ที่อยู่", whole(p)),
            ("หมายเลขโทรศัพท์", dashed_mobile(p.mobile)), ("ไปรษณีย์อิเล็กทรอนิกส์", p.email))  # fmt: skip
    lines = "\n".join(f"{m} {k} {v}" for m, (k, v) in zip(marks, rows, strict=True))
    body = f"เรียน เจ้าหน้าที่\nข้าพเจ้าขอยื่นคำร้อง รายละเอียดดังนี้\n{lines}\n"
    msg = message(p, "ยื่นคำร้อง", text=body, n=i)
    return case("thai_letter_enumerated", msg, expect(p, ALL, long_line(p)))


def tick_after_option(p: Person, i: int) -> Case:
    """The title chosen by a mark after the option ('นาย (/)  นาง ( )') or a tick
    ('นางสาว ✓'), the first and family names in boxes of their own, the kind of request
    ticked the same way."""
    opts = ("นาย", "นาง", "นางสาว")
    if i % 2 == 0:
        title = "  ".join(f"{o} ({'/' if o == p.title else ' '})" for o in opts)
        kind = "[ ] ขอเลขที่บ้าน  [x] ขอคัดสำเนาทะเบียนบ้าน  [ ] แจ้งย้ายออก"
    else:
        title = "  ".join(f"{o}{' ✓' if o == p.title else ''}" for o in opts)
        kind = "ขอเลขที่บ้าน   ขอคัดสำเนาทะเบียนบ้าน ✓   แจ้งย้ายออก"
    body = f"""\
แบบคำขอ (กรอกตอบในอีเมล)
คำนำหน้า: {title}
ชื่อ: {p.first}     นามสกุล: {p.last}
เลขประจำตัวประชาชน: {p.nid}
วันเกิด: {short_date(p.born)}
โทรศัพท์: {dashed_mobile(p.mobile)}
ประเภทคำขอ: {kind}
"""
    msg = message(p, "แบบคำขอ", text=body, n=i)
    return case("tick_after_option", msg, expect(p, "full_name national_id birth_date phone"))


def excel_two_rows_tabs(p: Person, i: int) -> Case:
    """Two rows copied from a spreadsheet into a plain-text mail: a header row and the
    citizen's row, the cells parted by tabs; the second has an empty cell (no email)."""
    heads = ["ชื่อ-สกุล", "เลขบัตรประชาชน", "วันเกิด", "เบอร์โทร", "อีเมล", "ที่อยู่", "จังหวัด",
             "รหัสไปรษณีย์"]  # fmt: skip
    born = f"{p.born.day}/{p.born.month}/{be(p.born)}"
    vals = [p.name, p.nid, born, dashed_mobile(p.mobile), p.email if i % 2 == 0 else "",
            short_line(p), p.province, p.postal]  # fmt: skip
    body = (
        "เรียน เจ้าหน้าที่\nส่งข้อมูลตามตารางครับ\n\n"
        + "\t".join(heads) + "\n" + "\t".join(vals) + "\n\nขอบคุณครับ\n"
    )  # fmt: skip
    msg = message(p, "ส่งข้อมูล", text=body, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    exp = expect(p, keys + (" email" if i % 2 == 0 else ""), short_line(p))
    return case("excel_two_rows_tabs", msg, exp)


def pcc_abbrev_labels(p: Person, i: int) -> Case:
    """Labels in the abbreviations clerks and citizens use: เลข ปชช., บัตร ปชช., ว/ด/ป
    เกิด, ว.ด.ป. เกิด, ที่อยู่ตาม ทร.14, ที่อยู่ตามบัตร."""
    if i % 2 == 0:
        labels = ("เลข ปชช.", "ว/ด/ป เกิด", "ที่อยู่ตาม ทร.14", "เบอร์ติดต่อ")
    else:
        labels = ("บัตร ปชช. เลขที่", "ว.ด.ป. เกิด", "ที่อยู่ตามบัตร", "มือถือ")
    body = f"""\
ชื่อ {p.name}
{labels[0]} {dashed_id(p.nid)}
{labels[1]} {short_date(p.born)}
{labels[2]} {short_line(p)} {province_short(p)} {p.postal}
{labels[3]} {dashed_mobile(p.mobile)}
ขอรับรองสำเนาทะเบียนบ้านค่ะ
"""
    msg = message(p, "ขอรับรองสำเนา", text=body, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("pcc_abbrev_labels", msg, expect(p, keys, short_line(p)))


def sara_am_decomposed(p: Person, i: int) -> Case:
    """Sara am typed as nikhahit then sara aa (ํ + า), as some keyboards and copied
    PDFs give it: in the labels (เลขประจําตัว, ตําบล, อําเภอ, คําร้อง) and the names."""
    text = f"""\
เรียน เจ้าหน้าที่
ขอยื่นคำร้องขอรับเบี้ยความพิการ
ชื่อ-สกุล: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเกิด: {thai_date(p.born)}
ที่อยู่: {whole(p)}
โทรศัพท์: {dashed_mobile(p.mobile)}
อีเมล: {p.email}
"""
    body = text.replace("ำ", "\u0e4d\u0e32")
    if i % 2:  # the names only, labels typed right
        body = text.replace(p.first, p.first.replace("ำ", "\u0e4d\u0e32")).replace(
            p.last, p.last.replace("ำ", "\u0e4d\u0e32"))  # fmt: skip
    msg = message(p, "ขอรับเบี้ยความพิการ", text=body, n=i)
    exp = expect(p, ALL, long_line(p))
    return case("sara_am_decomposed", msg, exp)


def qp_breaks_in_values(p: Person, i: int) -> Case:
    """Quoted-printable with its 76-column soft breaks: long lines (a letter written as
    one paragraph per field, each with a long label) so that the breaks fall inside the
    Thai words and the digits of the values."""
    pad = "ตามที่ปรากฏในบัตรประจำตัวประชาชนที่ยังไม่หมดอายุ" if i % 2 else "ของผู้ยื่นคำร้อง"
    body = f"""\
เรียน เจ้าหน้าที่งานทะเบียนราษฎร สำนักทะเบียนท้องถิ่น ข้าพเจ้าขอยื่นคำร้องขอหนังสือรับรองการเกิด
ชื่อและนามสกุล{pad}: {p.name}
เลขประจำตัวประชาชน{pad}: {p.nid}
วันเดือนปีเกิด{pad}: {thai_date(p.born)}
ที่อยู่ปัจจุบัน{pad}: {whole(p)}
หมายเลขโทรศัพท์ที่ติดต่อได้สะดวก: {p.mobile}
อีเมลที่ใช้ติดต่อกลับ: {p.email}
"""
    msg = message(p, "ขอหนังสือรับรองการเกิด", text=body, n=i, cte="quoted-printable")
    return case("qp_breaks_in_values", msg, expect(p, ALL, long_line(p)))


# --- mail programs -----------------------------------------------------------------------


def mso_spans_mid_word(p: Person, i: int) -> Case:
    """Outlook's Word-made HTML: every line a <p class=MsoNormal>, the text cut into
    <span>s where the language or font changed, which falls inside words, labels and
    numbers (a Thai font for the Thai, another for the digits), <o:p></o:p> at the end."""
    th = "<span lang=TH style='font-family:\"Angsana New\",serif;font-size:16.0pt'>"
    en = "<span lang=EN-US style='font-family:\"Calibri\",sans-serif'>"

    def p_(*runs: str) -> str:
        return f"<p class=MsoNormal>{''.join(runs)}<o:p></o:p></p>\n"

    cut = len(p.first) // 2
    nid = dashed_id(p.nid)
    m = dashed_mobile(p.mobile)
    body = (
        p_(th, "เรียน เจ้าหน้าที่</span>")
        + p_(th, "ชื่อ-นาม</span>", th, f"สกุล : {p.title}{p.first[:cut]}</span>",
             th, f"{p.first[cut:]} {p.last}</span>")
        + p_(th, "เลขประจำ</span>", th, "ตัวประชาชน </span>", en, f": {nid[:7]}</span>",
             en, f"{nid[7:]}</span>")
        + p_(th, "วันเกิด : ", thai_date(p.born)[:4], "</span>", th,
             f"{thai_date(p.born)[4:]}</span>")
        + p_(th, "โทร</span>", th, "ศัพท์ : </span>", en, f"{m[:5]}</span>", en, f"{m[5:]}</span>")
        + p_(th, "อีเมล : </span>", en, f"<a href='mailto:{p.email}'>{p.email}</a></span>")
        + p_(th, f"ที่อยู่ : {esc(long_line(p))} </span>", th, f"{p.province_written} </span>",
             en, f"{p.postal}</span>")
    )  # fmt: skip
    html = (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta charset=utf-8>"
        "<style>p.MsoNormal{margin:0cm;}</style></head><body lang=EN-US><div class=WordSection1>"
        + body + "</div></body></html>"
    )  # fmt: skip
    msg = message(p, "ขอหนังสือรับรอง", html=html, n=i)
    return case("mso_spans_mid_word", msg, expect(p, ALL, long_line(p)))


def gmail_signature_block_html(p: Person, i: int) -> Case:
    """Gmail's HTML: a <div> per line, <div><br></div> between paragraphs, and the
    signature in <div class="gmail_signature"> after '-- ': the citizen's name, job and
    employer with the firm's telephone and fax. On the second the body has no phone."""
    rows = [f"ชื่อ-นามสกุล: {p.name}", f"เลขบัตรประชาชน: {dashed_id(p.nid)}",
            f"วันเกิด: {thai_date(p.born)}", f"ที่อยู่: {whole(p)}"]  # fmt: skip
    if i % 2 == 0:
        rows.append(f"เบอร์มือถือ: {dashed_mobile(p.mobile)}")
    divs = "".join(f"<div>{esc(r)}</div>" for r in rows)
    sig = (
        "<div dir='ltr' class='gmail_signature' data-smartmail='gmail_signature'>"
        f"<div dir='ltr'><div><b>{p.en[1]} {p.en[2]}</b></div><div>วิศวกรโครงการ | "
        "บริษัท ก่อสร้างไทย จำกัด</div><div>Tel. 02-641-5500 ext. 214 | Fax 02-641-5501</div>"
        "<div>1 ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพฯ 10310</div></div></div>"
    )
    html = (
        "<div dir='ltr'><div>เรียน เจ้าหน้าที่</div><div><br></div>"
        "<div>ขอยื่นคำร้องขอหนังสือรับรองครับ</div><div><br></div>"
        f"{divs}<div><br></div><div>ขอบคุณครับ</div></div><br clear='all'><div><br></div>"
        f"<span class='gmail_signature_prefix'>-- </span><br>{sig}"
    )
    text = "\n".join(["เรียน เจ้าหน้าที่", "", *rows, "", "ขอบคุณครับ", "", "-- ",
                      f"{p.en[1]} {p.en[2]}", "Tel. 02-641-5500 ext. 214"])  # fmt: skip
    msg = message(p, "ขอหนังสือรับรอง", text=text, html=html, n=i)
    keys = "full_name national_id birth_date address postal_code province"
    exp = expect(p, keys + (" phone" if i % 2 == 0 else ""), long_line(p))
    if i % 2:
        exp["phone"] = ()
    return case("gmail_signature_block_html", msg, exp)


def apple_blockquote_filled(p: Person, i: int) -> Case:
    """An Apple Mail reply typed into the office's quoted blank form: Apple Mail splits
    the <blockquote type="cite"> round each answer, so each label ends one quote and the
    answer stands between quotes (first variant), or the answer is typed after the label
    inside the quote in another colour (second). The office's footer is in the quote."""
    labels = ("ชื่อ-สกุล:", "เลขประจำตัวประชาชน:", "วันเกิด:", "โทรศัพท์:", "ที่อยู่:")
    vals = (p.name, dashed_id(p.nid), thai_date(p.born), dashed_mobile(p.mobile), whole(p))
    bq = "<blockquote type='cite'>"
    head = (f"{bq}<div>On 2 Dec 2569 BE, at 14:05, งานทะเบียน &lt;{AGENCY}&gt; wrote:</div>"
            "<div><br></div><div>กรุณากรอกข้อมูลตามแบบด้านล่างแล้วตอบกลับ</div>")  # fmt: skip
    foot = (f"<div>--</div><div>งานทะเบียนราษฎร เทศบาลตำบลตัวอย่าง โทร {AGENCY_PHONE}</div>"
            "</blockquote>")  # fmt: skip
    if i % 2 == 0:
        body = head
        for lab, val in zip(labels, vals, strict=True):
            body += f"<div>{lab}</div></blockquote><div>{esc(val)}</div>{bq}"
        body += foot
    else:
        body = head + "".join(
            f"<div>{lab} <font color='#0433ff'>{esc(val)}</font></div>"
            for lab, val in zip(labels, vals, strict=True)
        ) + foot  # fmt: skip
    html = (
        "<html><head><meta http-equiv='content-type' content='text/html; charset=utf-8'></head>"
        "<body dir='auto'><div dir='ltr'>กรอกแล้วครับ</div><div dir='ltr'><br>"
        f"</div>{body}</body></html>"
    )
    msg = message(p, "Re: แบบฟอร์มคำร้อง", html=html, n=i)
    keys = "full_name national_id birth_date phone address postal_code province"
    return case("apple_blockquote_filled", msg, expect(p, keys, long_line(p)))


def outlook_plain_mailto(p: Person, i: int) -> Case:
    """Outlook's text/plain of a mail written in HTML: every link's target after its
    text in angle brackets (an address<mailto:address>, a number<tel:number>), the
    signature's web site likewise."""
    m = dashed_mobile(p.mobile)
    tel = f"{m}<tel:{p.mobile}>" if i % 2 == 0 else m
    body = f"""\
เรียน เจ้าหน้าที่

ชื่อ-นามสกุล: {p.name}
เลขประจำตัวประชาชน: {dashed_id(p.nid)}
วันเกิด: {thai_date(p.born)}
โทรศัพท์: {tel}
อีเมล: {p.email}<mailto:{p.email}>
ที่อยู่: {whole(p)}

ขอบคุณครับ
{p.name}
Facebook: https://www.facebook.com/{p.en[1].lower()}<https://www.facebook.com/{p.en[1].lower()}>
"""
    msg = message(p, "ยื่นคำร้อง", text=body, n=i)
    return case("outlook_plain_mailto", msg, expect(p, ALL, long_line(p)))


def nbsp_aligned_html(p: Person, i: int) -> Case:
    """Labels and values lined up with runs of &nbsp; in a fixed-width font, no colon,
    one <br> per line (a webmail's plain editor turned into HTML)."""
    rows = (("ชื่อ-สกุล", p.name), ("เลขบัตรประชาชน", dashed_id(p.nid)),
            ("วันเกิด", short_date(p.born)), ("โทรศัพท์", dashed_mobile(p.mobile)),
            ("อีเมล", p.email), ("ที่อยู่", whole(p)))  # fmt: skip
    width = 18
    nb = "&nbsp;" if i % 2 == 0 else "&#160;"
    lines = "<br>".join(f"{k}{nb * (width - len(k))}{esc(v)}" for k, v in rows)
    html = f"<font face='Courier New'>เรียน เจ้าหน้าที่<br><br>{lines}<br><br>ขอบคุณค่ะ</font>"
    msg = message(p, "ขอหนังสือรับรอง", html=html, n=i)
    return case("nbsp_aligned_html", msg, expect(p, ALL, long_line(p)))


def notes_forwarded_by(p: Person, i: int) -> Case:
    """A clerk forwards from HCL (Lotus) Notes: '----- Forwarded by Name/OU/ORG on
    date -----', a note with the clerk's own extension above, then the original's
    From:/To:/Date:/Subject: block with tabs, then the citizen's request."""
    body = f"""\
ส่งต่อให้งานทะเบียนดำเนินการครับ
สมชาย (ธุรการ) โทร {AGENCY_PHONE} ต่อ 15

----- Forwarded by Somchai Rakdee/SARABAN/CHUMPHAE on 03/12/2026 09:12 AM -----

From:\t"{p.first} {p.last}" <{p.email}>
To:\t{AGENCY}
Date:\t02/12/2026 08:55 PM
Subject:\tขอหนังสือรับรอง



เรียน เจ้าหน้าที่
ชื่อ-นามสกุล : {p.name}
เลขบัตรประชาชน : {dashed_id(p.nid)}
วันเกิด : {thai_date(p.born)}
โทร : {dashed_mobile(p.mobile)}
อีเมล : {p.email}
ที่อยู่ : {whole(p)}
"""
    msg = message(p, "Fw: ขอหนังสือรับรอง", text=body, n=i,
                  sender="Somchai Rakdee <somchai.r@example.go.th>")  # fmt: skip
    return case("notes_forwarded_by", msg, expect(p, ALL, long_line(p)))


def mailgothai_forward(p: Person, i: int) -> Case:
    """A government officer forwards from MailGoThai (Zimbra, Thai interface): her note
    and signature with her desk's number, '----- ข้อความที่ส่งต่อ -----' and the Thai
    header block (จาก/ถึง/ส่งแล้ว/เรื่อง), then the citizen's request."""
    body = f"""\
เรียน หัวหน้างานทะเบียน
ส่งคำร้องของประชาชนมาเพื่อโปรดดำเนินการค่ะ

นางสาวมาลี ใจงาม
เจ้าพนักงานธุรการ โทร 0-4331-1222 ต่อ 21

----- ข้อความที่ส่งต่อ -----
จาก: "{p.first} {p.last}" <{p.email}>
ถึง: "สารบรรณ" <{AGENCY}>
ส่งแล้ว: พุธ, 2 ธ.ค. 2026 20:15:33
เรื่อง: ขอเบี้ยยังชีพ

เรียน เจ้าหน้าที่
ชื่อ-สกุล {p.name}
เลขประจำตัวประชาชน {dashed_id(p.nid)}
เกิดวันที่ {thai_date(p.born)}
ที่อยู่ {whole(p)}
โทร {dashed_mobile(p.mobile)}
อีเมล {p.email}
"""
    if i % 2:
        body = body.replace("----- ข้อความที่ส่งต่อ -----", "----- ข้อความต้นฉบับ -----")
    msg = message(p, "ส่งต่อ: ขอเบี้ยยังชีพ", text=body, n=i,
                  sender="Malee Jaingam <malee.j@example.mail.go.th>")  # fmt: skip
    return case("mailgothai_forward", msg, expect(p, ALL, long_line(p)))


# --- second batch: the neighbours of the fixes, written after reading the readers ---------


def gmail_inline_answers_html(p: Person, i: int) -> Case:
    """Gmail's reply with the answers typed inline: Gmail splits its <blockquote
    class="gmail_quote"> round what is typed inside it, as Apple Mail does; or the
    answers typed above the quote in the same label: value shape the agency asked."""
    bq = "<blockquote class='gmail_quote' style='margin:0 0 0 .8ex;border-left:1px #ccc solid'>"
    attr = (f"<div class='gmail_attr'>เมื่อ วันพุธที่ 2 ธ.ค. 2569 14:05 งานทะเบียน &lt;{AGENCY}&gt;"
            " เขียนว่า:<br></div>")  # fmt: skip
    labels = ("ชื่อ-นามสกุล:", "เลขบัตรประชาชน:", "เบอร์โทร:", "ที่อยู่:")
    vals = (p.name, dashed_id(p.nid), dashed_mobile(p.mobile), whole(p))
    if i % 2 == 0:
        body = f"<div class='gmail_quote'>{attr}{bq}<div>กรุณาแจ้งข้อมูลดังนี้</div>"
        for lab, val in zip(labels, vals, strict=True):
            body += f"<div>{lab}</div></blockquote><div dir='ltr'><b>{esc(val)}</b></div>{bq}"
        body += f"<div>งานทะเบียน โทร {AGENCY_PHONE}</div></blockquote></div>"
        html = f"<div dir='ltr'>ตอบตามนี้ครับ</div><br>{body}"
    else:
        own = "".join(f"<div>{lab} {esc(val)}</div>" for lab, val in zip(labels, vals, strict=True))
        quote = "".join(f"<div>{lab}</div>" for lab in labels)
        html = (f"<div dir='ltr'>{own}</div><br><div class='gmail_quote'>{attr}{bq}"
                f"<div>กรุณาแจ้งข้อมูลดังนี้</div>{quote}<div>โทร {AGENCY_PHONE}</div>"
                "</blockquote></div>")  # fmt: skip
    msg = message(p, "Re: ขอข้อมูลเพิ่มเติม", html=html, n=i)
    keys = "full_name national_id phone address postal_code province"
    return case("gmail_inline_answers_html", msg, expect(p, keys, long_line(p)))


def apple_forward_blockquote(p: Person, i: int) -> Case:
    """A clerk forwards from Apple Mail: her note, 'Begin forwarded message:', then the
    original's headers and body inside <blockquote type="cite">."""
    rows = "".join(
        f"<div>{esc(r)}</div>"
        for r in (f"ชื่อ-สกุล: {p.name}", f"เลขประจำตัวประชาชน: {dashed_id(p.nid)}",
                  f"วันเกิด: {thai_date(p.born)}", f"โทรศัพท์: {dashed_mobile(p.mobile)}",
                  f"อีเมล: {p.email}")
    )  # fmt: skip
    html = (
        "<html><body dir='auto'><div>ส่งต่อให้งานทะเบียนค่ะ มาลี โทร 043-311-222 ต่อ 21</div>"
        "<div><br><blockquote type='cite'><div>Begin forwarded message:</div><br>"
        f"<div><b>From:</b> {p.first} {p.last} &lt;{p.email}&gt;<br><b>Subject:</b> "
        f"ขอหนังสือรับรอง<br><b>Date:</b> 2 December 2026 20:15:33 GMT+7<br><b>To:</b> {AGENCY}"
        f"<br></div><br><div>เรียน เจ้าหน้าที่</div>{rows}</blockquote></div></body></html>"
    )
    if i % 2:  # the marker outside the quote, as newer versions write it
        marker, cite = "<div>Begin forwarded message:</div>", "<blockquote type='cite'>"
        html = html.replace(cite + marker, marker + cite)
    msg = message(p, "Fwd: ขอหนังสือรับรอง", html=html, n=i,
                  sender="Malee <malee.j@example.go.th>")  # fmt: skip
    return case(
        "apple_forward_blockquote", msg, expect(p, "full_name national_id birth_date phone email")
    )


def address_glued_words(p: Person, i: int) -> Case:
    """The address with no spaces in its long form (เลขที่, หมู่ที่, ซอย, ถนน, ตำบล/แขวง,
    อำเภอ/เขต, จังหวัด), or glued in part only ("128ม.7 ต.โนนสะอาด อ.ชุมแพ")."""
    if i % 2 == 0:
        typed = long_line(p).replace(" ", "")
        prov = p.province_written.replace(" ", "")
    else:
        parts = short_line(p).split(" ")
        typed = "".join(parts[:2]) + " " + " ".join(parts[2:])
        prov = province_short(p)
    body = f"""\
แจ้งเหตุไฟฟ้าส่องสว่างดับครับ
ชื่อ: {p.name}
ที่อยู่: {typed}{prov}{p.postal}
โทร: {dashed_mobile(p.mobile)}
"""
    msg = message(p, "แจ้งไฟฟ้าดับ", text=body, n=i)
    keys = "full_name phone address postal_code province"
    return case("address_glued_words", msg, expect(p, keys))


def employer_certificate(p: Person, i: int) -> Case:
    """A firm's letter for its employee (to support her request): the firm's letterhead
    with its numbers, 'ขอรับรองว่า <employee> เลขประจำตัวประชาชน ... เป็นพนักงาน', signed
    by the HR manager with her own mobile."""
    body = f"""\
บริษัท ไทยรุ่งเรือง จำกัด
99/9 ถนนวิภาวดีรังสิต แขวงจอมพล เขตจตุจักร กรุงเทพฯ 10900 โทร 02-555-0199

                    หนังสือรับรองการทำงาน

        บริษัท ไทยรุ่งเรือง จำกัด ขอรับรองว่า {p.name} เลขประจำตัวประชาชน {dashed_id(p.nid)}
เป็นพนักงานของบริษัทตั้งแต่วันที่ 1 มิถุนายน 2563 จนถึงปัจจุบัน ตำแหน่งเจ้าหน้าที่บัญชี

                    ขอแสดงความนับถือ
                    (นางสุดา ใจดี)
                    ผู้จัดการฝ่ายบุคคล
                    มือถือ 089-555-0123
"""
    if i % 2:
        body = body.replace("บริษัท ไทยรุ่งเรือง จำกัด ขอรับรองว่า", "ข้าพเจ้า นางสุดา ใจดี "
                            "ผู้จัดการฝ่ายบุคคล ขอรับรองว่า")  # fmt: skip
    msg = message(p, "หนังสือรับรองการทำงาน", text=body, n=i,
                  sender="HR <hr@thairungruang.example.com>")  # fmt: skip
    exp = expect(p, "full_name national_id")
    exp["phone"] = ()
    return case("employer_certificate", msg, exp)


def citizen_enquiry_phrase(p: Person, i: int) -> Case:
    """The citizen's own number given the way offices give theirs: 'หากมีข้อสงสัย
    สอบถามได้ที่ 08...', or 'ติดต่อได้ในเวลาราชการ 08...' (she works office hours)."""
    own = (f"หากมีข้อสงสัยสอบถามได้ที่ {dashed_mobile(p.mobile)} ค่ะ" if i % 2 == 0
           else f"ติดต่อดิฉันได้ที่ {p.mobile} ในเวลาราชการค่ะ")  # fmt: skip
    body = f"""\
เรียน เจ้าหน้าที่
ดิฉัน{p.name} เลขบัตรประชาชน {p.nid} ขอยื่นคำร้องขอรับเงินอุดหนุนบุตร
{own}
"""
    msg = message(p, "ขอรับเงินอุดหนุน", text=body, n=i)
    return case("citizen_enquiry_phrase", msg, expect(p, "full_name national_id phone"))


def wrong_number_before(p: Person, i: int) -> Case:
    """The wrong and the right number with the words before them: 'เบอร์ผิด 08...
    เบอร์ที่ถูก 09...', or 'เบอร์ที่ถูกต้องคือ 09... ไม่ใช่ 08...'."""
    wrong = dashed_mobile(other_mobile(p.mobile))
    right = dashed_mobile(p.mobile)
    fix = (f"เบอร์ผิด {wrong}\nเบอร์ที่ถูก {right}" if i % 2 == 0
           else f"เบอร์ที่ถูกต้องคือ {right} ไม่ใช่ {wrong} นะคะ")  # fmt: skip
    body = f"""\
ขอแก้ไขเบอร์โทรในคำร้องเมื่อวานค่ะ
ชื่อ {p.name}
{fix}
"""
    msg = message(p, "แก้ไขเบอร์โทร", text=body, n=i)
    return case("wrong_number_before", msg, expect(p, "full_name phone"))


def student_with_parents(p: Person, i: int) -> Case:
    """A student applies for herself and lists her parents: ชื่อบิดา, ชื่อมารดา, their
    phones (เบอร์โทรบิดา, เบอร์ผู้ปกครอง), her own under นักเรียน or plain labels."""
    guardian = "ผู้ปกครอง" if i % 2 else "มารดา"
    body = f"""\
ขอยื่นคำร้องขอทุนการศึกษาค่ะ
ชื่อ-สกุล: {p.name}
เลขประจำตัวประชาชน: {p.nid}
วันเกิด: {thai_date(p.born)}
เบอร์โทรนักเรียน: {dashed_mobile(p.mobile)}
ชื่อบิดา: นายสมชาย {p.last}
เบอร์โทรบิดา: 081-000-1234
ชื่อ{guardian}: นางสมศรี {p.last}
เบอร์โทร{guardian}: 089-000-5678
"""
    msg = message(p, "ขอทุนการศึกษา", text=body, n=i)
    return case("student_with_parents", msg, expect(p, "full_name national_id birth_date phone"))


def name_two_scripts_lines(p: Person, i: int) -> Case:
    """The name on two lines, English first: 'Name (English): Mr. ...' then 'ชื่อ (ภาษา
    ไทย): นาย...', or 'ชื่อภาษาอังกฤษ' and 'ชื่อภาษาไทย' as Thai forms print them."""
    en = f"{p.en[0]} {p.en[1]} {p.en[2]}"
    if i % 2 == 0:
        names = f"Name (English): {en}\nชื่อ (ภาษาไทย): {p.name}"
    else:
        names = f"ชื่อภาษาอังกฤษ: {en}\nชื่อภาษาไทย: {p.name}"
    body = f"""\
{names}
เลขประจำตัวประชาชน: {p.nid}
โทรศัพท์: {dashed_mobile(p.mobile)}
"""
    msg = message(p, "ขอหนังสือรับรอง", text=body, n=i)
    return case("name_two_scripts_lines", msg, expect(p, "full_name national_id phone"))


def tick_marks_variety(p: Person, i: int) -> Case:
    """More ways to mark the title in a mail: boxes glued before ('☐นาย ☐นาง ✅นางสาว')
    or brackets glued after ('นาย[ ] นาง[/] นางสาว[ ]')."""
    opts = ("นาย", "นาง", "นางสาว")
    if i % 2 == 0:
        title = " ".join(f"{'✅' if o == p.title else '☐'}{o}" for o in opts)
    else:
        title = " ".join(f"{o}[{'/' if o == p.title else ' '}]" for o in opts)
    body = f"""\
คำนำหน้า: {title}
ชื่อ: {p.first}
นามสกุล: {p.last}
โทร: {dashed_mobile(p.mobile)}
"""
    msg = message(p, "แบบคำขอ", text=body, n=i)
    return case("tick_marks_variety", msg, expect(p, "full_name phone"))


def register_abbrev_more(p: Person, i: int) -> Case:
    """More abbreviations: ที่อยู่ตามทะเบียนบ้าน(ท.ร.14) glued to its note, เลขบัตร ปชช
    without the dot, ที่อยู่ตาม ทบ. (ทะเบียนบ้าน), ว/ด/ป. เกิด."""
    if i % 2 == 0:
        labels = ("เลขบัตร ปชช", "ว/ด/ป. เกิด", "ที่อยู่ตามทะเบียนบ้าน(ท.ร.14)")
    else:
        labels = ("ปชช.", "วดป เกิด", "ที่อยู่ตาม ทบ.")
    body = f"""\
ชื่อ: {p.name}
{labels[0]}: {dashed_id(p.nid)}
{labels[1]}: {short_date(p.born)}
{labels[2]}: {short_line(p)} {province_short(p)} {p.postal}
"""
    msg = message(p, "ขอสำเนา", text=body, n=i)
    keys = "full_name national_id birth_date address postal_code province"
    return case("register_abbrev_more", msg, expect(p, keys, short_line(p)))


SECOND_BATCH: tuple[Style, ...] = (
    gmail_inline_answers_html,
    apple_forward_blockquote,
    address_glued_words,
    employer_certificate,
    citizen_enquiry_phrase,
    wrong_number_before,
    student_with_parents,
    name_two_scripts_lines,
    tick_marks_variety,
    register_abbrev_more,
)


STYLES: tuple[Style, ...] = (
    chat_timestamps_senders,
    facebook_comment_copy,
    autocorrect_broken_words,
    thai_numerals_spaced_groups,
    id_digit_by_digit,
    phone_line_combined_label,
    mixed_era_years,
    date_era_in_label,
    address_glued_abbrev,
    house_register_labels,
    registered_and_current_address,
    address_bare_place_names,
    lawyer_for_client,
    certifying_letter,
    mother_and_child_ids,
    standalone_correction,
    work_footer_other_agency,
    hotline_mentions,
    english_then_thai_copy,
    expat_pink_card_english,
    thai_letter_enumerated,
    tick_after_option,
    excel_two_rows_tabs,
    pcc_abbrev_labels,
    sara_am_decomposed,
    qp_breaks_in_values,
    mso_spans_mid_word,
    gmail_signature_block_html,
    apple_blockquote_filled,
    outlook_plain_mailto,
    nbsp_aligned_html,
    notes_forwarded_by,
    mailgothai_forward,
)


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style; the
    styles about sara am take the people whose names hold one."""
    out: list[Case] = []
    for s, style in enumerate(STYLES):
        for i in range(2):
            p = PEOPLE[(3 * s + i) % len(PEOPLE)]
            if style is sara_am_decomposed:
                p = PEOPLE[(0, 2)[i]]
            out.append(style(p, i))
    return out


def build_second_batch() -> list[Case]:
    """The second batch, each style for two people, a different pair per style."""
    return [
        style(PEOPLE[(3 * s + i + 1) % len(PEOPLE)], i)
        for s, style in enumerate(SECOND_BATCH)
        for i in range(2)
    ]
