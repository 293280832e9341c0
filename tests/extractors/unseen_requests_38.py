"""A thirty-eighth set of requests written by someone who had not read the readers (issue
8): HOW THAI TEXT REALLY ARRIVES WHEN PEOPLE TYPE IT ON PHONES AND OLD PCS. Labels with
the typos and informal spellings Thais really type (ชือ, ชื่อ-สกุน, นามสกุน, เบอ, เบอโทร,
เบอร์โท, ทีอยู่, ที่อยุ่, อีเมล์, เมล, เลขบัตรประชาชาชน, เลขปชช., บัตรปชช, วันเกิก, ว/ด/ป
เกิด, จ., อ., ต., ม.); Unicode as keyboards and converters produce it (sara am typed as
nikhahit + sara aa, อํา/ตําบล/อําเภอ, from Windows and PDFs; a tone mark typed before its
vowel, ท่ี for ที่; doubled marks; zero-width spaces between Thai words from word-breaking
editors; no-break spaces; soft hyphens; full-width digits and colons; Thai digits mixed
with Arabic in one number); values as typed (a phone with spaces, dots or a slash and a
landline after it; an ID in groups with spaces, or with a group one digit short; a
title typed with a space, นาง สาว..., and a doubled space in the name; emoji between
fields; a name typed with the keyboard in the wrong language, Latin gibberish); and
chat-style run-on messages with no line breaks at all. Plain and HTML bodies mostly, a
Word file and a text PDF.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the
tests and builders of sets 35 and 37, the helpers they import, and the earlier sets'
docstrings and style names were read).

Conventions (written down before any run): what a clerk types into the case is clean,
searchable Unicode, whatever the citizen's keyboard sent:
- the full name with its title joined to the given name and one space before the family
  name (นางสาววิภา ชัยมงคล), whatever spaces, no-break spaces or zero-width spaces the
  citizen typed; sara am as the one letter ำ (U+0E33), tone marks after their vowel, a
  doubled mark once. The harness compares names exactly, so a name kept with nikhahit +
  sara aa, a zero-width space or a doubled space is wrong;
- the national ID as its 13 Arabic digits, from any mix of Thai, full-width and Arabic
  digits, spaces or dashes; an ID with a group one digit short (12 digits) cannot be the
  ID: none, or a flag, is right;
- the phone as the mobile's 10 digits (or +66...), from spaces, dots, dashes, Thai or
  full-width digits; where a landline follows the mobile after a slash, the mobile;
- the birth date as ISO from any Thai-era form, Thai or full-width digits included;
- the e-mail in lower case;
- the address as written, in the forms set 5's `addresses` accepts (written out or
  short, with or without province and postal code), normalised the same way as names
  (ำ composed, no zero-width spaces, soft hyphens or no-break spaces, tone after vowel,
  full-width digits as Arabic); the province by its name, the postal code's 5 digits;
- a name typed with the keyboard left in English (Latin gibberish) is no name: none, or
  a flag, is right; where the mail also signs with the real name, that name is right.
Everyone and every number is invented; every valid 13-digit ID is made with
with_check_digit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit
from unseen_requests_5 import DOCX, Person, addresses, docx_bytes, expect, pdf_page
from unseen_requests_11 import PDF

# ruff: noqa: E501 -- messages as citizens type them: long lines

PEOPLE: tuple[Person, ...] = (
    Person("นางสาว", "คำแพง", "ศรีสำราญ", with_check_digit("137040012345"), date(1990, 3, 15),
           "0815520947", "kampaeng.ss@gmail.com", "12", "4", "", "", "บุ่ง",
           "เมืองอำนาจเจริญ", "อำนาจเจริญ", "37000"),
    Person("นาย", "วิชิต", "ปั้นทอง", with_check_digit("162050033418"), date(1976, 8, 9),
           "0897731264", "wichit.pt@hotmail.com", "88/3", "6", "", "", "คำน้ำแซบ",
           "วารินชำราบ", "อุบลราชธานี", "34190"),
    Person("นาง", "สำเนียง", "ชื่นใจ", with_check_digit("352010044529"), date(1968, 11, 22),
           "0862245107", "samniang.cj@gmail.com", "145", "2", "", "", "ต้นธงชัย",
           "เมืองลำปาง", "ลำปาง", "52000"),
    Person("นาย", "ธนกร", "ลี้ประเสริฐ", with_check_digit("110150055630"), date(1985, 1, 30),
           "0926618453", "thanakorn.lp@outlook.com", "55/120", "", "รามอินทรา 65", "รามอินทรา",
           "ท่าแร้ง", "บางเขน", "กรุงเทพมหานคร", "10220"),
    Person("นางสาว", "น้ำฝน", "แก้วกำเนิด", with_check_digit("113990066741"), date(1999, 5, 4),
           "0638842076", "namfon.kk@gmail.com", "7", "11", "", "", "คลองสาม",
           "คลองหลวง", "ปทุมธานี", "12120"),
    Person("นาย", "ประจักษ์", "ดำรงค์ศักดิ์", with_check_digit("341120077852"), date(1961, 7, 17),
           "0817204593", "prajak.dr@yahoo.com", "203", "8", "", "", "หนองขอน",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("นาง", "ลำไย", "ปิ่นเงิน", with_check_digit("362010088963"), date(1973, 12, 2),
           "0894457318", "lamyai.pn@gmail.com", "31/1", "5", "", "", "ไตรตรึงษ์",
           "เมืองกำแพงเพชร", "กำแพงเพชร", "62000"),
    Person("นาย", "ชำนาญ", "จิ้มลิ้ม", with_check_digit("351060099174"), date(1982, 4, 26),
           "0954413870", "chamnan.jl@gmail.com", "99", "10", "", "", "ริมปิง",
           "เมืองลำพูน", "ลำพูน", "51000"),
)  # fmt: skip

AGENCY = "saraban@example.go.th"
Style = Callable[[Person, int], Case]

# --- how keyboards and converters send Thai ---------------------------------------------------

ZW = "\u200b"  # zero-width space, put between Thai words by word-breaking editors
NB = "\u00a0"  # no-break space
SHY = "\u00ad"  # soft hyphen
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
WIDE_DIGITS = str.maketrans("0123456789:", "０１２３４５６７８９：")
UPPER_VOWELS = "ิีึืั"
TONES = "่้๊๋"


def nikhahit(text: str) -> str:
    """Sara am as nikhahit + sara aa (U+0E4D U+0E32), as Windows keyboards and PDF
    converters send it; a tone before sara am stays before the nikhahit."""
    return text.replace("ำ", "\u0e4d\u0e32")


def tone_first(text: str) -> str:
    """A tone mark typed before its upper vowel (ที่ sent as ท + ่ + ี)."""
    out = list(text)
    for n in range(len(out) - 1):
        if out[n] in UPPER_VOWELS and out[n + 1] in TONES:
            out[n], out[n + 1] = out[n + 1], out[n]
    return "".join(out)


def doubled_tone(text: str) -> str:
    """The first tone mark typed twice (a sticky key on a phone)."""
    for n, ch in enumerate(text):
        if ch in TONES:
            return text[: n + 1] + ch + text[n + 1 :]
    return text


def thai_mixed(digits: str, k: int) -> str:
    """Thai digits for some of the number's digits, Arabic for the rest."""
    return "".join(
        d.translate(THAI_DIGITS) if (n + k) % 3 == 0 else d for n, d in enumerate(digits)
    )


def wide(text: str) -> str:
    return text.translate(WIDE_DIGITS)


KEDMANEE = dict(zip(
    "ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ",
    "1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./", strict=True,
))  # fmt: skip


def wrong_keyboard(thai_text: str) -> str:
    """Thai typed with the keyboard left in English: the keys' Latin letters (shifted
    letters not in the map come out as their key's shifted Latin, here a capital)."""
    return "".join(KEDMANEE.get(ch, "P" if ch != " " else " ") for ch in thai_text)


# --- dates, values, expectations ---------------------------------------------------------------


def be_day(d: date, k: int) -> str:
    y = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {y}", f"{d.day:02d}/{d.month:02d}/{y}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {y}", f"{d.day}/{d.month}/{y}")[k % 4]  # fmt: skip


def grouped_id(nid: str) -> str:
    return f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}"


def short_group_id(nid: str) -> str:
    """The ID in groups with the third group one digit short: 12 digits, not an ID."""
    return f"{nid[0]} {nid[1:5]} {nid[5:9]} {nid[10:12]} {nid[12]}"


def spaced_phone(m: str, k: int) -> str:
    return (f"{m[:2]} {m[2:6]} {m[6:]}", f"{m[:3]}.{m[3:6]}.{m[6:]}", f"{m[:3]}-{m[3:6]}-{m[6:]}",
            f"{m[:3]} {m[3:6]} {m[6:]}")[k % 4]  # fmt: skip


def exp(p: Person, *typed: str, nid: bool = True, name: bool = True) -> dict[str, tuple[str, ...]]:
    """Set 5's table of right values: every field; the address as set 5 accepts it, or as
    typed here (already normalised: `typed` is what a clerk keeps)."""
    e = expect(p)
    e["address"] = addresses(p, *typed)
    if not nid:
        e["national_id"] = ()
    if not name:
        e["full_name"] = ()
    return e


def short_addr(p: Person) -> str:
    """The address as phones type it: ม. ต. อ. (or แขวง/เขต), then จ. and the code."""
    where = p.province if p.bangkok else f"จ.{p.province}"
    return f"{p.line(short=True)} {where} {p.postal}"


def long_addr(p: Person) -> str:
    return f"{p.line()} {p.province_written} {p.postal}"


def message(p: Person, n: int, subject: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 5, 8, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set38-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def polite(p: Person) -> str:
    return "ครับ" if p.title == "นาย" else "ค่ะ"


# --- plain bodies -------------------------------------------------------------------------------


def plain_typo_labels_chue(p: Person, i: int) -> Case:
    """ชือ-สกุน / เลขบัตรประชาชาชน / วันเกิก / เบอ / ทีอยู่ / อีเมล์: the labels as typed in a
    hurry on a phone."""
    text = (
        f"เรียน เจ้าหน้าที่\n\nขอยื่นคำร้องขอรับเบี้ยยังชีพ{polite(p)}\n\n"
        f"ชือ-สกุน : {p.name}\n"
        f"เลขบัตรประชาชาชน : {p.nid}\n"
        f"วันเกิก : {be_day(p.born, i)}\n"
        f"เบอ : {p.mobile}\n"
        f"ทีอยู่ : {long_addr(p)}\n"
        f"อีเมล์ : {p.email}\n\nขอบคุณ{polite(p)}\n"
    )
    return Case("plain_typo_labels_chue", message(p, i, "ขอยื่นคำร้อง", text=text), exp(p))


def plain_typo_labels_short(p: Person, i: int) -> Case:
    """ชือ / นามสกุน on two lines, เลขปชช., ว/ด/ป เกิด, เบอโทร, ที่อยุ่ over lines with ม. ต.
    อ. จ., เมล."""
    text = (
        f"สวัสดี{polite(p)} แจ้งเรื่องไฟฟ้าส่องสว่างในหมู่บ้านดับ\n\n"
        f"ชือ {p.title}{p.first}\nนามสกุน {p.last}\n"
        f"เลขปชช. {p.nid}\n"
        f"ว/ด/ป เกิด {p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}\n"
        f"เบอโทร {spaced_phone(p.mobile, 2)}\n"
        f"ที่อยุ่ {p.line(short=True)}\n"
        f"{p.province if p.bangkok else 'จ.' + p.province} {p.postal}\n"
        f"เมล {p.email}\n"
    )
    return Case("plain_typo_labels_short", message(p, i, "ไฟดับ", text=text), exp(p))


def plain_typo_labels_bor(p: Person, i: int) -> Case:
    """เบอร์โท / บัตรปชช / ชื่อ-สกุน with no colon; the address split into its own labels:
    บ้านเลขที่, ม., ต., อ., จ."""
    tam, amp = ("แขวง", "เขต") if p.bangkok else ("ต.", "อ.")
    text = (
        f"ชื่อ-สกุน {p.name}\n"
        f"บัตรปชช {p.nid}\n"
        f"เกิด {be_day(p.born, i + 1)}\n"
        f"บ้านเลขที่ {p.house}"
        + (f" ม.{p.moo}" if p.moo else "")
        + (f" ซ.{p.soi}" if p.soi else "")
        + "\n"
        + (f"ถ.{p.road}\n" if p.road else "")
        + f"{tam}{p.tambon}\n{amp}{p.amphoe}\n"
        f"{'' if p.bangkok else 'จ.'}{p.province} {p.postal}\n"
        f"เบอร์โท {p.mobile}\n"
        f"อีเมล์ {p.email}\n\nขอแจ้งท่อระบายน้ำหน้าบ้านอุดตัน{polite(p)}\n"
    )
    return Case("plain_typo_labels_bor", message(p, i, "ท่ออุดตัน", text=text), exp(p))


def plain_nikhahit_sara_am(p: Person, i: int) -> Case:
    """The whole mail typed on an old Windows PC: every ำ sent as nikhahit + sara aa (ตําบล,
    อําเภอ, and in the names and places)."""
    text = (
        "เรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า {p.name}\n"
        f"เลขประจําตัวประชาชน: {p.nid}\n"
        f"วันเดือนปีเกิด: {be_day(p.born, i)}\n"
        f"ที่อยู่: {long_addr(p)}\n"
        f"โทรศัพท์: {spaced_phone(p.mobile, 2)}\n"
        f"อีเมล: {p.email}\n\n"
        "มีความประสงค์ขอน้ำประปาเพิ่มเติม จึงเรียนมาเพื่อโปรดพิจารณา\n"
    )
    raw = message(p, i, nikhahit("ขอน้ำประปา"), text=nikhahit(text))
    return Case("plain_nikhahit_sara_am", raw, exp(p))


def plain_tone_before_vowel(p: Person, i: int) -> Case:
    """Tone marks typed before their vowel (ท่ีอยู่, ช่ือ, ป้ัน) and, in variant 1, a
    doubled mark in the name."""
    name = tone_first(p.name)
    if i % 2:
        name = doubled_tone(name)
    text = tone_first(
        f"เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ-นามสกุล: {name}\n"
        f"เลขที่บัตรประชาชน: {p.nid}\n"
        f"เกิดวันที่: {be_day(p.born, i + 2)}\n"
        f"ที่อยู่: {long_addr(p)}\n"
        f"มือถือ: {p.mobile}\n"
        f"อีเมล: {p.email}\n\n"
        "ขอคัดสำเนาทะเบียนบ้าน\n"
    )
    return Case("plain_tone_before_vowel", message(p, i, "ขอคัดสำเนา", text=text), exp(p))


def zw_words(text: str) -> str:
    """Zero-width spaces where a word-breaking editor puts them: between a label's words,
    after a title, between an address's parts with no space of their own."""
    for word in ("ชื่อ", "สกุล", "เลข", "ประจำตัว", "ประชาชน", "วันเกิด", "ที่อยู่", "เบอร์",
                 "โทร", "ตำบล", "อำเภอ", "จังหวัด", "หมู่ที่", "นางสาว", "นาง", "นาย", "แขวง", "เขต"):  # fmt: skip
        text = text.replace(word, word + ZW)
    return text.replace(ZW + "สาว" + ZW, "สาว" + ZW).replace(ZW * 2, ZW)


def plain_zero_width_spaces(p: Person, i: int) -> Case:
    """Zero-width spaces between Thai words (a word-breaking editor), in labels, after the
    title, between the address's parts."""
    text = (
        "เรียน ผู้อำนวยการกองคลัง\n\n"
        f"ชื่อ สกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {p.nid}\n"
        f"วันเกิด: {be_day(p.born, i)}\n"
        f"ที่อยู่: {long_addr(p)}\n"
        f"เบอร์โทร: {p.mobile}\n"
        f"อีเมล: {p.email}\n\nขอชำระภาษีป้ายย้อนหลัง\n"
    )
    raw = message(p, i, "ขอชำระภาษีป้าย", text=zw_words(text))
    return Case("plain_zero_width_spaces", raw, exp(p))


# Where a justifying editor hyphenates each long word: between syllables.
SYLLABLES = {"ประจำตัว": "ประ|จำตัว", "ศรีสำราญ": "ศรี|สำราญ", "ปั้นทอง": "ปั้น|ทอง",
             "ชื่นใจ": "ชื่น|ใจ", "ลี้ประเสริฐ": "ลี้|ประเสริฐ", "แก้วกำเนิด": "แก้ว|กำเนิด",
             "ดำรงค์ศักดิ์": "ดำรงค์|ศักดิ์", "ปิ่นเงิน": "ปิ่น|เงิน", "จิ้มลิ้ม": "จิ้ม|ลิ้ม",
             "วารินชำราบ": "วาริน|ชำราบ", "บางเขน": "บาง|เขน", "คลองหลวง": "คลอง|หลวง"}  # fmt: skip


def soft(word: str) -> str:
    """A soft hyphen between two syllables of a word, as a justifying editor leaves it."""
    if word.startswith("เมือง"):
        return "เมือง" + SHY + word[5:]
    return SYLLABLES[word].replace("|", SHY)


def plain_nbsp_soft_hyphen(p: Person, i: int) -> Case:
    """No-break spaces between the name's parts and after labels, soft hyphens in long
    words (the label, the family name, the district)."""
    last = soft(p.last)
    addr = long_addr(p).replace(p.amphoe, soft(p.amphoe)).replace(" ", NB, 2)
    text = (
        f"เรียน{NB}เจ้าหน้าที่\n\n"
        f"ชื่อ-สกุล:{NB}{p.title}{p.first}{NB}{last}\n"
        f"เลข{soft('ประจำตัว')}ประชาชน:{NB}{p.nid}\n"
        f"วันเกิด:{NB}{be_day(p.born, i + 1)}\n"
        f"ที่อยู่:{NB}{addr}\n"
        f"โทรศัพท์:{NB}{spaced_phone(p.mobile, 3)}\n"
        f"อีเมล:{NB}{p.email}\n\nขออนุญาตตัดต้นไม้ริมถนน\n"
    )
    return Case("plain_nbsp_soft_hyphen", message(p, i, "ขอตัดต้นไม้", text=text), exp(p))


def plain_fullwidth_digits(p: Person, i: int) -> Case:
    """A phone's Japanese or Chinese keyboard: full-width colons, and full-width digits in
    the ID, the phone, the date, the house number and the postal code."""
    addr = long_addr(p)
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ：{p.name}\n"
        f"เลขประจำตัวประชาชน：{wide(p.nid)}\n"
        f"วันเกิด：{wide(f'{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}')}\n"
        f"ที่อยู่：{wide(addr) if i % 2 else addr}\n"
        f"โทร：{wide(spaced_phone(p.mobile, 2))}\n"
        f"อีเมล：{p.email}\n\nขอรับถังขยะเพิ่ม\n"
    )
    return Case("plain_fullwidth_digits", message(p, i, "ขอถังขยะ", text=text), exp(p))


def plain_thai_arabic_mixed(p: Person, i: int) -> Case:
    """Thai digits mixed with Arabic inside one number (the phone's Thai keyboard's digit
    row): the ID, the phone, the date, the postal code."""
    b = p.born
    text = (
        "เรียน ปลัด อบต.\n\n"
        f"ชื่อ {p.name}\n"
        f"เลขประจำตัวประชาชน {thai_mixed(p.nid, i)}\n"
        f"เกิด {thai_mixed(f'{b.day:02d}', i)}/{thai_mixed(f'{b.month:02d}', i + 1)}/{thai_mixed(str(b.year + 543), i + 2)}\n"
        f"ที่อยู่ {p.line()} {p.province_written} {thai_mixed(p.postal, i)}\n"
        f"โทร {thai_mixed(p.mobile[:3], i)}-{thai_mixed(p.mobile[3:6], i + 1)}-{thai_mixed(p.mobile[6:], i + 2)}\n"
        f"อีเมล {p.email}\n\nขอใบอนุญาตก่อสร้างรั้ว\n"
    )
    return Case("plain_thai_arabic_mixed", message(p, i, "ขออนุญาตสร้างรั้ว", text=text), exp(p))


def plain_phone_shapes(p: Person, i: int) -> Case:
    """The mobile typed as "08 1234 5678" or "081.234.5678", then a landline after a
    slash ("081-234-5678/ 02-xxx-xxxx" in variant 1)."""
    land = "0-4531-2277" if i % 2 == 0 else "02-941-3385"
    phone = spaced_phone(p.mobile, i % 2) + (f" / {land}" if i % 2 == 0 else "")
    if i % 2:
        phone = f"{spaced_phone(p.mobile, 2)}/ {land}"
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ-สกุล: {p.name}\n"
        f"เลขบัตรประชาชน: {p.nid}\n"
        f"วันเกิด: {be_day(p.born, i + 3)}\n"
        f"ที่อยู่: {long_addr(p)}\n"
        f"เบอร์โทร: {phone}\n"
        f"อีเมล: {p.email}\n\nขอให้ตรวจสอบน้ำประปาขุ่น\n"
    )
    return Case("plain_phone_shapes", message(p, i, "น้ำประปาขุ่น", text=text), exp(p))


def plain_id_groups(p: Person, i: int) -> Case:
    """The ID typed in groups with spaces (variant 0), or with its third group one digit
    short, twelve digits in all (variant 1: not an ID)."""
    nid = grouped_id(p.nid) if i % 2 == 0 else short_group_id(p.nid)
    text = (
        "เรียน นายก อบต.\n\n"
        f"ชื่อ {p.name}\n"
        f"เลขบัตรประชาชน {nid}\n"
        f"วันเกิด {be_day(p.born, i)}\n"
        f"ที่อยู่ {short_addr(p)}\n"
        f"เบอร์ {spaced_phone(p.mobile, 3)}\n"
        f"อีเมล {p.email}\n\nขอรับการสนับสนุนพันธุ์ปลา\n"
    )
    return Case("plain_id_groups", message(p, i, "ขอพันธุ์ปลา", text=text), exp(p, nid=i % 2 == 0))


def spaced_title(p: Person, k: int) -> str:
    """The title typed with a space (นาง สาว, นาย ), a doubled space before the family name."""
    title = "นาง สาว" if p.title == "นางสาว" else p.title
    return (f"{title} {p.first}  {p.last}", f"{title}{p.first}   {p.last}")[k % 2]


def plain_title_spaced(p: Person, i: int) -> Case:
    """A title typed with a space (นาง สาว วิภา, นาย วิชิต) and two or three spaces before
    the family name."""
    text = (
        f"สวัสดี{polite(p)}\n\n"
        f"ชื่อ: {spaced_title(p, i)}\n"
        f"เลขบัตรประชาชน: {p.nid}\n"
        f"วันเกิด: {be_day(p.born, i + 1)}\n"
        f"ที่อยู่: {long_addr(p)}\n"
        f"เบอร์: {p.mobile}\n"
        f"อีเมล: {p.email}\n\nขอลงทะเบียนผู้พิการ\n"
    )
    return Case("plain_title_spaced", message(p, i, "ขอลงทะเบียน", text=text), exp(p))


def plain_emoji_fields(p: Person, i: int) -> Case:
    """Emoji before labels and after values, as a phone's keyboard suggests them."""
    text = (
        f"สวัสดี{polite(p)} 🙏🙏\n\n"
        f"👤 ชื่อ {p.name} 😊\n"
        f"🆔 เลขบัตร {p.nid}\n"
        f"🎂 วันเกิด {be_day(p.born, i + 2)}\n"
        f"🏠 ที่อยู่ {long_addr(p)} 🏡\n"
        f"📞 {spaced_phone(p.mobile, 0)} 📱\n"
        f"📧 {p.email}\n\n"
        f"ขอแจ้งสุนัขจรจัดกัดคนในซอย 🐕🐕 ช่วยด้วย{polite(p)} 🙏\n"
    )
    return Case("plain_emoji_fields", message(p, i, "สุนัขจรจัด 🐕", text=text), exp(p))


def plain_wrong_keyboard_name(p: Person, i: int) -> Case:
    """The name typed with the keyboard left in English (Latin gibberish); variant 1 signs
    with the real name at the foot."""
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ: {wrong_keyboard(p.title + p.first + ' ' + p.last)}\n"
        f"เลขบัตรประชาชน: {p.nid}\n"
        f"วันเกิด: {be_day(p.born, i)}\n"
        f"ที่อยู่: {long_addr(p)}\n"
        f"โทร: {p.mobile}\n"
        f"อีเมล: {p.email}\n\nขอรับรองการอยู่อาศัย\n"
    )
    if i % 2:
        text += f"\nลงชื่อ {p.name}\n"
    return Case("plain_wrong_keyboard_name", message(p, i, "ขอหนังสือรับรอง", text=text),
                exp(p, name=bool(i % 2)))  # fmt: skip


def chat_line(p: Person, i: int) -> str:
    """A whole request as one chat message with no line break."""
    pol = polite(p)
    return (
        f"สวัสดี{pol} {('ดิฉัน' if p.title != 'นาย' else 'ผม')}ชื่อ {p.name} นะ{'ครับ' if p.title == 'นาย' else 'คะ'} "
        f"อยากสอบถามเรื่องขอรับเบี้ยยังชีพผู้พิการ{pol} เบอ {spaced_phone(p.mobile, i)} "
        f"อยู่ {short_addr(p)} เลขบัตร {p.nid} เกิด {be_day(p.born, i + 1)} "
        f"เมล {p.email} ขอบคุณ{pol}"
    )


def plain_chat_run_on(p: Person, i: int) -> Case:
    """A chat-style message on one line: greeting, name, phone, address, ID, birth date,
    e-mail, no line breaks at all."""
    return Case("plain_chat_run_on", message(p, i, "สอบถาม", text=chat_line(p, i) + "\n"), exp(p))


def plain_chat_run_on_emoji_zw(p: Person, i: int) -> Case:
    """The chat line pasted from a messaging app: emoji between the parts, zero-width
    spaces between Thai words, the sara am as nikhahit + sara aa in variant 1."""
    line = zw_words(chat_line(p, i)).replace(" เบอ ", " 📞 เบอ ").replace(" อยู่ ", " 🏠 อยู่ ")
    if i % 2:
        line = nikhahit(line)
    return Case(
        "plain_chat_run_on_emoji_zw", message(p, i, "สอบถามค่ะ", text=line + " 🙏\n"), exp(p)
    )


# --- HTML bodies -------------------------------------------------------------------------------


def html_body(lines: list[str], k: int) -> str:
    """A phone's webmail: a <div> per line or <br> between lines, &nbsp; for spaces."""
    if k % 2:
        body = "<div>" + "<br>".join(lines) + "</div>"
    else:
        body = "".join(f"<div>{line or '<br>'}</div>" for line in lines)
    return f'<html><head><meta charset="utf-8"></head><body dir="auto">{body}</body></html>\n'


def entities(text: str) -> str:
    """Every Thai letter and mark as a numeric entity (some webmails send them so)."""
    return "".join(
        f"&#{ord(c)};" if "\u0e00" <= c <= "\u0e7f" or c in (ZW, SHY) else c for c in text
    )


def html_nikhahit_nbsp(p: Person, i: int) -> Case:
    """HTML with sara am as nikhahit + sara aa (as entities in variant 0), &nbsp; after the
    labels and between the name's parts."""
    lines = [
        "เรียน เจ้าหน้าที่",
        "",
        f"ชื่อ-นามสกุล:&nbsp;{p.title}{p.first}&nbsp;{p.last}",
        f"เลขประจำตัวประชาชน:&nbsp;{p.nid}",
        f"วันเกิด:&nbsp;{be_day(p.born, i)}",
        f"ที่อยู่:&nbsp;{long_addr(p)}",
        f"โทร:&nbsp;{spaced_phone(p.mobile, 1)}",
        f"อีเมล:&nbsp;{p.email}",
        "",
        "ขอความอนุเคราะห์รถน้ำ",
    ]
    html = nikhahit(html_body(lines, i))
    if i % 2 == 0:
        html = entities(html)
    return Case("html_nikhahit_nbsp", message(p, i, "ขอรถน้ำ", html=html), exp(p))


def html_zw_shy_entities(p: Person, i: int) -> Case:
    """&#8203; between Thai words and &shy; in long words, as a word-breaking editor saves
    its HTML."""
    lines = [
        "เรียน ผู้อำนวยการกองช่าง",
        "",
        zw_words(f"ชื่อ สกุล: {p.name}"),
        f"เลข{soft('ประจำตัว')}ประชาชน: {p.nid}",
        f"วันเกิด: {be_day(p.born, i + 1)}",
        zw_words(f"ที่อยู่: {long_addr(p)}"),
        zw_words(f"เบอร์โทร: {p.mobile}"),
        f"อีเมล: {p.email}",
        "",
        "ขอให้ซ่อมถนนในหมู่บ้าน",
    ]
    html = html_body(lines, i).replace(ZW, "&#8203;").replace(SHY, "&shy;")
    return Case("html_zw_shy_entities", message(p, i, "ขอซ่อมถนน", html=html), exp(p))


def html_typos_fullwidth(p: Person, i: int) -> Case:
    """Typo labels with full-width colons in a phone's HTML: ชือ-สกุน， เลขปชช.， วันเกิก，
    เบอโทร， ที่อยุ่， อีเมล์."""
    lines = [
        f"สวัสดี{polite(p)}",
        f"ชือ-สกุน：{p.name}",
        f"เลขปชช.：{p.nid}",
        f"วันเกิก：{be_day(p.born, i + 2)}",
        f"เบอโทร：{spaced_phone(p.mobile, i)}",
        f"ที่อยุ่：{short_addr(p)}",
        f"อีเมล์：{p.email}",
        f"ขอแจ้งซ่อมไฟถนน{polite(p)}",
    ]
    return Case("html_typos_fullwidth", message(p, i, "แจ้งซ่อมไฟ", html=html_body(lines, i)), exp(p))


def html_chat_run_on(p: Person, i: int) -> Case:
    """The chat line as HTML from a phone: one <div>, no <br>, &nbsp; between some words,
    emoji."""
    line = chat_line(p, i + 1).replace(" เลขบัตร ", "&nbsp; 🪪 เลขบัตร ")
    html = f'<html><body><div dir="auto">{line} 😊</div></body></html>\n'
    return Case("html_chat_run_on", message(p, i, "สอบถามเบี้ยยังชีพ", html=html), exp(p))


def html_tone_double_marks(p: Person, i: int) -> Case:
    """HTML whose Thai has tone marks before their vowels and a doubled mark in the name
    and address (typed on an old phone keyboard)."""
    lines = [
        "เรียน เจ้าหน้าที่",
        "",
        f"ชื่อ-สกุล: {doubled_tone(p.name)}",
        f"เลขที่บัตรประชาชน: {grouped_id(p.nid)}",
        f"วันเกิด: {be_day(p.born, i + 3)}",
        f"ที่อยู่: {long_addr(p)}",
        f"เบอร์โทรศัพท์: {p.mobile}",
        f"อีเมล: {p.email}",
        "",
        "ขอตรวจสอบสิทธิ์บัตรทอง",
    ]
    return Case(
        "html_tone_double_marks",
        message(p, i, "ตรวจสอบสิทธิ์", html=tone_first(html_body(lines, i))),
        exp(p),
    )


# --- Word and PDF -------------------------------------------------------------------------------


def form_lines(p: Person, i: int) -> list[str]:
    """A request typed in an old Word with a Thai font that stores sara am as nikhahit +
    sara aa, labels typed with the usual typos."""
    return [
        "แบบคําร้องทั่วไป",
        f"ชือ-สกุน {p.name}",
        f"เลขบัตรประชาชาชน {grouped_id(p.nid)}",
        f"ว/ด/ป เกิด {be_day(p.born, i + 1)}",
        f"ทีอยู่ {long_addr(p)}",
        f"เบอร์โท {spaced_phone(p.mobile, 2)}",
        f"อีเมล์ {p.email}",
        "เรื่อง ขอรับการช่วยเหลือผู้ประสบภัยน้ําท่วม",
    ]


def docx_old_word_typos(p: Person, i: int) -> Case:
    """The form above as Word paragraphs: sara am as nikhahit + sara aa, a tone before its
    vowel in variant 1."""
    lines = [nikhahit(line) for line in form_lines(p, i)]
    if i % 2:
        lines = [tone_first(line) for line in lines]

    def build(d: Any) -> None:
        for line in lines:
            d.add_paragraph(line)

    raw = message(p, i, "ส่งคำร้อง", text="ส่งแบบคำร้องตามไฟล์แนบ\n",
                  files=(("คำร้อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_old_word_typos", raw, exp(p))


def pdf_converted_nikhahit(p: Person, i: int) -> Case:
    """The form above printed to PDF by a converter that writes sara am as nikhahit + sara
    aa in the text layer."""
    lines = [nikhahit(line) for line in form_lines(p, i)]
    data = pdf_page(
        [(20, 25 + 9 * n, line) for n, line in enumerate(lines)], size=13, face="Garuda"
    )
    raw = message(p, i, "ส่งคำร้อง (PDF)", text="ตามไฟล์แนบ\n",
                  files=(("คำร้อง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_converted_nikhahit", raw, exp(p))


STYLES: tuple[Style, ...] = (
    plain_typo_labels_chue, plain_typo_labels_short, plain_typo_labels_bor,
    plain_nikhahit_sara_am, plain_tone_before_vowel, plain_zero_width_spaces,
    plain_nbsp_soft_hyphen, plain_fullwidth_digits, plain_thai_arabic_mixed,
    plain_phone_shapes, plain_id_groups, plain_title_spaced, plain_emoji_fields,
    plain_wrong_keyboard_name, plain_chat_run_on, plain_chat_run_on_emoji_zw,
    html_nikhahit_nbsp, html_zw_shy_entities, html_typos_fullwidth, html_chat_run_on,
    html_tone_double_marks, docx_old_word_typos, pdf_converted_nikhahit,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:16]},
    **{s.__name__: "HTML" for s in STYLES[16:21]},
    "docx_old_word_typos": "Word",
    "pdf_converted_nikhahit": "PDF",
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
