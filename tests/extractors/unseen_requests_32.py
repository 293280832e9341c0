"""A thirty-second set of requests written by someone who had not read the readers (issue
8): ONE ORDINARY WEEK OF A SMALL THAI AGENCY'S INBOX (a เทศบาลตำบล / อบต.), typed text
only: each request as a different citizen would write it, drawn across the kinds of work a
clerk sees in a week (เบี้ยยังชีพผู้สูงอายุ, ไฟถนนดับ, ถังขยะ, ท่อระบายน้ำอุดตัน,
ขออนุญาตก่อสร้าง, คัดสำเนาทะเบียนบ้าน, ภาษีป้าย, น้ำประปา, สุนัขจรจัด, เหตุรำคาญ, ถุงยังชีพ)
rather than one trick per style.

Written before reading `extractors/` or `config/` (only the harness, blind_sets.py, set
30's test and builder with the helpers of sets 1, 5, 11, 13 and 26 it imports, and the
earlier sets' docstrings and style names were read). The mix: an elder's short mail typed
on a phone (no colons, values on one line, Thai digits, the ID in spaced groups), a young
person's mail with emoji and English words, a reply to the agency's auto-acknowledgement
adding what was missing, a request in the subject with a one-line body, a request forwarded
from a relative's mailbox, letters (เรียน นายก... ข้าพเจ้า ... จึงเรียนมาเพื่อโปรดพิจารณา)
with the values in prose, a Word letter attached to an empty mail, a PDF exported from a
phone's notes app, Outlook on the web's HTML, a Gmail signature with a second phone and an
office address; dates as 5 ธ.ค. 68, 05/12/2568, 5 December 2025 and ๕ ธันวาคม ๒๕๖๘;
phones as +66 81-234-5678, 081 234 5678 and 0812345678 (มือถือ); addresses with ม./หมู่/
ซ./ถ./ต./อ./จ. and without, the postal code on its own line.

Conventions (written down before any run):
- the applicant is the person the request is for and who signs it (an elder whose
  daughter forwards the mail is the applicant, the daughter is not);
- the name is the applicant's with the title joined (นางบุญมี ศรีสุข); where the citizen
  typed no title, the name without one is right too (a reader cannot invent it), and น.ส.
  is right beside นางสาว;
- the phone is the applicant's own mobile: not a relative's, not an office line or a work
  mobile in a signature, not the agency's number quoted back, not a home landline;
- the e-mail is the applicant's own as typed in the text, or a forwarded original's sender
  where a relative forwards it; an e-mail only in the From header is not expected (corrected
  after the first run, a builder slip: the first convention also expected the mailbox the
  applicant wrote from, which set 25 and the project's own rule leave out, the sender's
  address not being a value the citizen typed);
- the address is the applicant's home, never an office address in a signature or the place
  of the broken street light; the postal code and province follow it (where the text gives
  no postal code, none is expected);
- the birth date only where one is written (an age is none): a two-digit Buddhist year
  (ก.พ. 09) is the one that makes the writer of a plausible age (2509, not 2009);
- the subject, only where a request names its work in the mail's Subject (and in the
  letter's เรื่อง line, where it has one, the same words): that text as typed.
Everyone and every number is invented; every ID is made with with_check_digit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import (
    DOCX,
    XLSX,
    Person,
    addresses,
    docx_bytes,
    expect,
    pdf_page,
    xlsx_bytes,
)
from unseen_requests_11 import PDF, Attachment
from unseen_requests_26 import _doc_title, _right, esc

# ruff: noqa: E501 -- mails and letters as people type them: long lines

PEOPLE: tuple[Person, ...] = (
    Person("นางสาว", "กมลชนก", "ทองประเสริฐ", with_check_digit("140990087123"), date(1996, 8, 15),
           "0918264037", "kamonchanok.tp@gmail.com", "88/4", "5", "", "", "หนองแซง",
           "หนองแซง", "สระบุรี", "18170"),
    Person("นาย", "ประเสริฐ", "ใจกล้า", with_check_digit("319010045672"), date(1975, 3, 2),
           "0863172945", "prasert.jk@hotmail.com", "12", "3", "", "", "ท่าเรือ", "ท่าเรือ",
           "พระนครศรีอยุธยา", "13130"),
    Person("นาง", "ศิริพร", "คำภา", with_check_digit("345020061839"), date(1982, 11, 21),
           "0894520716", "siriporn.kp@gmail.com", "201", "9", "", "", "ขามใหญ่",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("นาย", "ธีรวัฒน์", "แสงสว่าง", with_check_digit("110370052284"), date(2001, 4, 9),
           "0627719384", "teerawat.ss@gmail.com", "45/7", "", "เทศบาล 5", "สุขาภิบาล 1",
           "ท่าข้าม", "พุนพิน", "สุราษฎร์ธานี", "84130"),
    Person("นางสาว", "อรทัย", "ผลดี", with_check_digit("150060023418"), date(1993, 7, 30),
           "0953381627", "orathai.pd@outlook.com", "7", "2", "", "", "ป่าซาง", "ป่าซาง",
           "ลำพูน", "51120"),
    Person("นาย", "วิชัย", "บุญยืน", with_check_digit("360080017745"), date(1968, 1, 17),
           "0819027364", "wichai.by@yahoo.com", "54", "1", "", "", "หนองบัว",
           "เมืองนครสวรรค์", "นครสวรรค์", "60000"),
    Person("นาง", "จันทร์เพ็ญ", "มาลัย", with_check_digit("380110034926"), date(1979, 9, 5),
           "0847765132", "janpen.ml@gmail.com", "163", "12", "", "", "นาข่า",
           "เมืองอุดรธานี", "อุดรธานี", "41000"),
    Person("นาย", "อนุชา", "ศรีทอง", with_check_digit("190010056318"), date(1989, 12, 24),
           "0642291873", "anucha.st@gmail.com", "30/2", "6", "", "", "เพ", "เมืองระยอง",
           "ระยอง", "21160"),
)  # fmt: skip

ELDERS: tuple[Person, ...] = (
    Person("นาง", "บุญมี", "ศรีสุข", with_check_digit("352010043117"), date(1966, 2, 14),
           "0816402873", "boonmee.ss1966@gmail.com", "117", "6", "", "", "ต้นธงชัย",
           "เมืองลำปาง", "ลำปาง", "52000"),
    Person("นาย", "สมบัติ", "พูลผล", with_check_digit("340140028853"), date(1955, 10, 3),
           "0897314026", "sombat.pp55@gmail.com", "42", "8", "", "", "หนองขอน",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("นาง", "ทองใบ", "แก้วคำ", with_check_digit("357030011264"), date(1949, 6, 21),
           "0857102394", "thongbai.kk@hotmail.com", "5", "4", "", "", "เวียงพางคำ", "แม่สาย",
           "เชียงราย", "57130"),
    Person("นาย", "เฉลิม", "ชูชาติ", with_check_digit("393020007751"), date(1958, 12, 5),
           "0832206418", "chalerm.cc@gmail.com", "88", "2", "", "", "ควนมะพร้าว",
           "เมืองพัทลุง", "พัทลุง", "93000"),
)  # fmt: skip

AGENCY = "saraban@tonthongchai.go.th"
AGENCY_NAME = "เทศบาลตำบลต้นธงชัย"
AGENCY_PHONE = "054-810-237"
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December")  # fmt: skip
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, subject: str, *, text: str | None = None,
            html: str | None = None, files: tuple[Attachment, ...] = (),
            sender: str | None = None, extra: dict[str, str] | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7 + n % 5, 7 + n % 11, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set32-{n}-{p.first.encode().hex()[:8]}@mail.example.com>"
    for k, v in (extra or {}).items():
        msg[k] = v
    if text is not None or html is not None:
        set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


# --- how people write the values ------------------------------------------------------------


def spaced_id(nid: str) -> str:
    """1 1002 00345 67 8: the card's own grouping, with spaces."""
    return f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}"


def dashed_id(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def id_as(nid: str, k: int) -> str:
    return (spaced_id(nid), dashed_id(nid), nid, thai(spaced_id(nid)))[k % 4]


def date_as(d: date, k: int) -> str:
    """5 ธ.ค. 68, 05/12/2568, 5 December 2025, ๕ ธันวาคม ๒๕๖๘, 5 ธันวาคม 2568."""
    be = d.year + 543
    return (
        f"{d.day} {MONTHS_SHORT[d.month - 1]} {str(be)[2:]}",
        f"{d.day:02d}/{d.month:02d}/{be}",
        f"{d.day} {ENGLISH_MONTHS[d.month - 1]} {d.year}",
        thai(f"{d.day} {MONTHS[d.month - 1]} {be}"),
        f"{d.day} {MONTHS[d.month - 1]} {be}",
    )[k % 5]


def phone_as(m: str, k: int) -> str:
    """+66 81-234-5678, 081 234 5678, 0812345678 (มือถือ), 081-234-5678."""
    return (
        f"+66 {m[1:3]}-{m[3:6]}-{m[6:]}",
        f"{m[:3]} {m[3:6]} {m[6:]}",
        f"{m} (มือถือ)",
        f"{m[:3]}-{m[3:6]}-{m[6:]}",
    )[k % 4]


def short_address(p: Person) -> str:
    """ม./ซ./ถ./ต./อ./จ. and the postal code, on one line."""
    return f"{p.line(short=True)} จ.{p.province} {p.postal}"


def long_address(p: Person) -> str:
    return f"{p.line()} {p.province_written} {p.postal}"


# --- what a clerk accepts ---------------------------------------------------------------------


def exp(p: Person, keys: str, *, untitled: bool = False, short_title: bool = False,
        subject: str = "", thai_digits: bool = False,
        typed_email: bool = True) -> dict[str, tuple[str, ...]]:  # fmt: skip
    out = expect(p, keys)
    if not typed_email:
        out.pop("email", None)  # only in the From header: not a value the citizen typed
    if "full_name" in out:
        names = [p.name]
        if untitled:
            names.append(f"{p.first} {p.last}")
        if short_title and p.title == "นางสาว":
            names.append(f"น.ส.{p.first} {p.last}")
        out["full_name"] = tuple(names)
    if "address" in out and thai_digits:
        out["address"] = (*out["address"], *(thai(a) for a in addresses(p)))
    if subject:
        out["subject"] = (subject,)
    return out


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"
COMPLAINT = "full_name phone email address postal_code province"


# --- plain bodies -------------------------------------------------------------------------------


def elder_phone_one_line_thai_digits(p: Person, i: int) -> Case:
    """An elder types on her phone: no colons, every value on one line, the ID in the card's
    groups with spaces; Thai digits throughout (i even) or Arabic (i odd); the year of birth
    in two digits (i even) or four."""
    e = ELDERS[i % 4]
    born = e.born
    if i % 2 == 0:
        line = (
            f"สวัสดีค่ะ ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุค่ะ {e.title} {e.first} {e.last} "
            f"เลขบัตร {thai(spaced_id(e.nid))} เกิด {thai(f'{born.day} {MONTHS_SHORT[born.month - 1]} {str(born.year + 543)[2:]}')} "
            f"บ้านเลขที่ {thai(e.line(short=True))} จ.{e.province} {thai(e.postal)} โทร {thai(phone_as(e.mobile, 1))}"
        )
    else:
        line = (
            f"ขอยื่นเรื่องเบี้ยยังชีพคนแก่ครับ {e.name} บัตรประชาชน {spaced_id(e.nid)} "
            f"เกิดวันที่ {born.day} {MONTHS_SHORT[born.month - 1]} {born.year + 543} "
            f"อยู่ {e.line(short=True)} จ.{e.province} {e.postal} เบอร์ {e.mobile}"
        )
    text = line + "\n\n" + ("ส่งจาก iPhone ของฉัน\n" if i % 2 == 0 else "ขอบคุณครับ\n")
    raw = message(e, i, "เบี้ยยังชีพ", text=text)
    return Case(
        "elder_phone_one_line_thai_digits",
        raw,
        exp(e, ALL, thai_digits=i % 2 == 0, typed_email=False),
    )


def young_emoji_english_bin(p: Person, i: int) -> Case:
    """A young person asks for a second bin: emoji, English words and labels (i even), or
    emoji standing for the labels (i odd)."""
    if i % 2 == 0:
        text = (
            "สวัสดีค่าาา 🙏🙏 อยากขอถังขยะเพิ่มอีก 1 ใบค่ะ ตอนนี้ bin เต็มทุกวันเลย 😭 "
            "ขอแบบมีฝาปิดนะคะ กลัวหมามาคุ้ย\n\n"
            f"Name: {p.title}{p.first} {p.last}\n"
            f"ID card: {id_as(p.nid, i)}\n"
            f"Tel: {phone_as(p.mobile, 0)} 📱\n"
            f"Email: {p.email}\n"
            f"Address: {short_address(p)} 🏠\n\n"
            "Thank you ka 💕\n"
        )
    else:
        t = "น.ส." if p.title == "นางสาว" else p.title
        text = (
            "hello ค่ะ ขอถังขยะใบใหม่ได้มั้ยคะ ใบเก่าแตกแล้ว 🥲🗑️\n"
            f"👤 {t}{p.first} {p.last}\n"
            f"🪪 {dashed_id(p.nid)}\n"
            f"📞 {phone_as(p.mobile, 3)}\n"
            f"📧 {p.email}\n"
            f"📍 {short_address(p)}\n"
            "ขอบคุณมากๆ นะคะ ✨\n"
        )
    raw = message(p, i, "ขอถังขยะค่ะ 🙏", text=text)
    return Case("young_emoji_english_bin", raw, exp(p, NO_BIRTH, short_title=True))


def reply_to_auto_ack_adds_missing(p: Person, i: int) -> Case:
    """The citizen answers the agency's automatic acknowledgement, typing the missing ID,
    birth date and phone above it; the acknowledgement below echoes the address and gives
    the agency's phone. Signed without a title."""
    receipt = f"{812 + i:04d}/2569"
    ack = (
        f"เรียน คุณ{p.first} {p.last}\n\n"
        f"{AGENCY_NAME} ได้รับคำร้องของท่านแล้ว เลขรับ {receipt} เมื่อวันที่ 3 ธันวาคม 2569\n"
        "เรื่อง แจ้งท่อระบายน้ำอุดตัน\n"
        f"ที่อยู่ที่แจ้ง {short_address(p)}\n"
        "ข้อมูลที่ยังขาด เลขประจำตัวประชาชน วันเดือนปีเกิด หมายเลขโทรศัพท์\n"
        "กรุณาตอบกลับอีเมลนี้พร้อมข้อมูลที่ขาด\n\n"
        f"งานสารบรรณ {AGENCY_NAME}\nโทร {AGENCY_PHONE}\n(ข้อความนี้ส่งโดยอัตโนมัติ)"
    )
    quoted = "\n".join("> " + ln if ln else ">" for ln in ack.splitlines())
    text = (
        "ขอส่งข้อมูลที่ขาดเพิ่มเติมครับ\n"
        f"เลขประจำตัวประชาชน {id_as(p.nid, i + 1)}\n"
        f"วันเดือนปีเกิด {date_as(p.born, 1 if i % 2 == 0 else 4)}\n"
        f"เบอร์ติดต่อ {phone_as(p.mobile, i + 1)}\n\n"
        f"{p.first} {p.last}\n\n"
        f"เมื่อ พฤ. 3 ธ.ค. 2569 เวลา 10:14 น. {AGENCY_NAME} <{AGENCY}> เขียนว่า:\n\n"
        f"{quoted}\n"
    )
    raw = message(p, i, f"Re: [เลขรับ {receipt}] ได้รับคำร้องของท่านแล้ว", text=text,
                  extra={"In-Reply-To": f"<ack-{812 + i}@tonthongchai.go.th>"})  # fmt: skip
    return Case(
        "reply_to_auto_ack_adds_missing", raw, exp(p, ALL, untitled=True, typed_email=False)
    )


def subject_holds_request_oneline_body(p: Person, i: int) -> Case:
    """The request is the Subject; the body one line of name, address and phone."""
    subject = ("แจ้งท่อระบายน้ำอุดตัน น้ำท่วมขังหน้าบ้าน", "ขอให้มาตัดกิ่งไม้ที่พาดสายไฟ")[i % 2]
    text = (
        f"{p.name} {short_address(p) if i % 2 == 0 else long_address(p)} "
        f"โทร {phone_as(p.mobile, i)} รบกวนด้วยครับ\n"
    )
    raw = message(p, i, subject, text=text)
    return Case(
        "subject_holds_request_oneline_body",
        raw,
        exp(p, COMPLAINT, subject=subject, typed_email=False),
    )


def forwarded_from_daughter(p: Person, i: int) -> Case:
    """A grown child forwards the request a parent typed to them, with the forwarder's own
    note and number above; the parent is the applicant."""
    e = ELDERS[(i + 1) % 4]
    d = p
    parent = "แม่" if e.title == "นาง" else "พ่อ"
    note = (
        f"เรียนเจ้าหน้าที่ค่ะ\nส่งแทน{parent}นะคะ {parent}ส่งอีเมลเองไม่เป็น "
        f"ถ้ามีอะไรติดต่อหนูได้ที่ {phone_as(d.mobile, 3)} ค่ะ\n{d.first}\n\n"
    )
    original = (
        f"ชื่อ {e.name}\n"
        f"เลขบัตรประชาชน {id_as(e.nid, i)}\n"
        f"เกิด {date_as(e.born, 3 if i % 2 == 0 else 1)}\n"
        f"ที่อยู่ {long_address(e) if i % 2 == 0 else short_address(e)}\n"
        f"โทร {phone_as(e.mobile, i + 2)}\n"
        "ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ\n"
    )
    head = (
        "---------- Forwarded message ---------\n"
        f"From: {e.first} {e.last} <{e.email}>\n"
        "Date: พ. 2 ธ.ค. 2569 เวลา 19:40\n"
        "Subject: เบี้ยยังชีพ\n"
        f"To: {d.first} <{d.email}>\n\n"
    )
    raw = message(e, i, "Fwd: เบี้ยยังชีพ", text=note + head + original,
                  sender=f"{d.first} {d.last} <{d.email}>")  # fmt: skip
    return Case("forwarded_from_daughter", raw, exp(e, ALL))


def letter_prose_building_permit(p: Person, i: int) -> Case:
    """A building-permit request as a letter, the values in the ข้าพเจ้า paragraph; the
    plot's deed and place beside them; an age, no birth date."""
    subject = "ขออนุญาตก่อสร้างอาคาร"
    text = (
        f"                                              เขียนที่ บ้านเลขที่ {p.house}\n"
        f"                                              {4 + i % 3} ธันวาคม 2569\n\n"
        f"เรื่อง  {subject}\n"
        "เรียน  นายกเทศมนตรีตำบลต้นธงชัย\n\n"
        f"          ข้าพเจ้า {p.name} อายุ {2026 - p.born.year} ปี เลขประจำตัวประชาชน {id_as(p.nid, i)}"
        f" อยู่บ้านเลขที่ {p.line()} {p.province_written} รหัสไปรษณีย์ {p.postal}"
        f" หมายเลขโทรศัพท์ {phone_as(p.mobile, 3)} อีเมล {p.email}"
        " มีความประสงค์ขออนุญาตก่อสร้างอาคารพักอาศัย คอนกรีตเสริมเหล็ก 2 ชั้น จำนวน 1 หลัง"
        f" บนที่ดินโฉนดเลขที่ {30412 + i} ตั้งอยู่หมู่ที่ {p.moo or '1'} ตำบล{p.tambon}"
        " พร้อมนี้ได้แนบแบบแปลนและสำเนาโฉนดที่ดินมาด้วยแล้ว\n\n"
        "          จึงเรียนมาเพื่อโปรดพิจารณา\n\n"
        "                                       ขอแสดงความนับถือ\n\n"
        f"                                       ({p.name})\n"
    )
    raw = message(p, i, subject, text=text)
    return Case("letter_prose_building_permit", raw, exp(p, NO_BIRTH, subject=subject))


def gmail_signature_office_phone_address(p: Person, i: int) -> Case:
    """A nuisance complaint from a Gmail user whose signature holds her office address, the
    office line and a work mobile below her own details."""
    text = (
        "เรียน เจ้าหน้าที่ อบต.\n\n"
        "ขอแจ้งเหตุรำคาญ กลิ่นเหม็นจากฟาร์มหมูข้างบ้าน ช่วงเย็นกลิ่นแรงมาก เด็กๆ ในบ้านเวียนหัว\n"
        "ขอให้เจ้าหน้าที่มาตรวจสอบด้วยค่ะ\n\n"
        f"ผู้แจ้ง {p.name}\n"
        f"ที่อยู่ {long_address(p) if i % 2 else short_address(p)}\n"
        f"เบอร์โทร {phone_as(p.mobile, i)}\n\n"
        "ขอบคุณค่ะ\n\n"
        "-- \n"
        f"{p.name}\n"
        "เจ้าหน้าที่การเงิน บริษัท อุบลการเกษตร จำกัด\n"
        "99 ถ.ชยางกูร ต.ในเมือง อ.เมืองอุบลราชธานี จ.อุบลราชธานี 34000\n"
        f"โทร 045-24{i % 10}-118 ต่อ 21 | มือถือ (งาน) 08{6 + i % 3}-55{i % 10}-0192\n"
    )
    raw = message(p, i, "แจ้งเหตุรำคาญ กลิ่นฟาร์มหมู", text=text)
    return Case("gmail_signature_office_phone_address", raw, exp(p, COMPLAINT, typed_email=False))


def sign_tax_english_labels_dates(p: Person, i: int) -> Case:
    """A shop owner files the sign tax: English labels beside Thai, the birth date in
    English words (i even) or dd/mm/BE, the sign's sizes and count."""
    text = (
        "เรียน งานจัดเก็บรายได้\n\n"
        "ขอยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ประจำปี 2570 ค่ะ\n"
        f"ชื่อร้าน: ร้าน{p.first}มินิมาร์ท\n"
        f"เจ้าของป้าย / Owner: {p.name}\n"
        f"Date of birth: {date_as(p.born, 2 if i % 2 == 0 else 1)}\n"
        f"ID no.: {id_as(p.nid, i + 2)}\n"
        f"Mobile: {phone_as(p.mobile, 0)}\n"
        f"E-mail: {p.email}\n"
        f"ที่ตั้งร้าน (บ้านตัวเอง): {long_address(p)}\n"
        f"ป้ายไวนิล ขนาด 120 x 240 ซม. จำนวน {1 + i % 2} ป้าย ติดตั้งเมื่อ 1 ตุลาคม 2569\n\n"
        "รบกวนแจ้งยอดภาษีที่ต้องชำระด้วยค่ะ\n"
    )
    raw = message(p, i, "ยื่นภาษีป้าย ภ.ป.1 ปี 2570", text=text)
    return Case("sign_tax_english_labels_dates", raw, exp(p, ALL))


def water_supply_address_postal_alone(p: Person, i: int) -> Case:
    """A request for a water connection: the address over several lines, the postal code
    alone on the last (i even: the label alone on its line first)."""
    if i % 2 == 0:
        addr = (
            "ที่อยู่\n"
            f"บ้านเลขที่ {p.house}{' หมู่ ' + p.moo if p.moo else ''}\n"
            f"ตำบล{p.tambon} อำเภอ{p.amphoe}\n"
            f"{p.province_written}\n{p.postal}\n"
        )
    else:
        addr = (
            f"ที่อยู่ {p.house}{' ม.' + p.moo if p.moo else ''} ต.{p.tambon}\n"
            f"อ.{p.amphoe} จ.{p.province}\n{p.postal}\n"
        )
    text = (
        "เรียน หัวหน้างานประปา\n\n"
        "ข้าพเจ้าขอติดตั้งมาตรวัดน้ำประปาใหม่ สำหรับบ้านที่เพิ่งสร้างเสร็จ\n\n"
        f"ชื่อ-สกุล {p.name}\n"
        f"เลขประจำตัวประชาชน {id_as(p.nid, i)}\n" + addr + f"โทรศัพท์ {phone_as(p.mobile, i + 1)}\n"
        f"อีเมล {p.email}\n\n"
        "ขอบคุณครับ\n"
    )
    raw = message(p, i, "ขอติดตั้งน้ำประปา", text=text)
    return Case("water_supply_address_postal_alone", raw, exp(p, NO_BIRTH))


def street_light_complaint_no_postal(p: Person, i: int) -> Case:
    """Street lights out: where the lights are, then the reporter's name, number and home
    (no postal code)."""
    text = (
        f"ไฟถนนดับ 3 ต้นค่ะ ตั้งแต่หน้าวัดถึงสามแยกหมู่ {p.moo or '2'} มืดมาก "
        "มีเด็กนักเรียนเดินผ่านทุกเย็น ขอให้มาซ่อมด่วนค่ะ\n\n"
        f"ผู้แจ้ง {p.name}\n"
        f"{phone_as(p.mobile, i + 2)}\n"
        f"บ้านเลขที่ {p.line(short=i % 2 == 0)} จ.{p.province}\n"
    )
    raw = message(p, i, "ไฟถนนดับ", text=text)
    return Case("street_light_complaint_no_postal", raw,
                exp(p, "full_name phone email address province", typed_email=False))  # fmt: skip


def stray_dogs_mobile_note_home_line(p: Person, i: int) -> Case:
    """Stray dogs: the mobile with (มือถือ) after it, a home landline beside it."""
    text = (
        "เรียน เจ้าหน้าที่\n"
        f"มีสุนัขจรจัดประมาณ 6-7 ตัว อยู่บริเวณตลาดหมู่ {p.moo or '3'} ไล่กัดเด็กและคนเดินผ่าน "
        "ขอให้มาจับไปดูแลด้วยครับ\n\n"
        f"ชื่อ {p.name}\n"
        f"โทรบ้าน 0-{3531 + i}-{2290 + i}  มือถือ {phone_as(p.mobile, 2)}\n"
        f"ที่อยู่ {short_address(p) if i % 2 else long_address(p)}\n"
        f"อีเมล {p.email}\n"
    )
    raw = message(p, i, "สุนัขจรจัด", text=text)
    return Case("stray_dogs_mobile_note_home_line", raw, exp(p, COMPLAINT))


def house_register_copy_plus66(p: Person, i: int) -> Case:
    """A copy of the house register for a bank: labels with colons, the birth date as
    dd/mm/BE, the phone with +66 and dashes, two copies asked for."""
    text = (
        "เรียน นายทะเบียนท้องถิ่น\n\n"
        "ขอคัดสำเนาทะเบียนบ้าน (ท.ร.14) จำนวน 2 ฉบับ เพื่อใช้ยื่นขอสินเชื่อธนาคาร\n\n"
        f"ชื่อ-นามสกุล : {p.name}\n"
        f"เลขประจำตัวประชาชน : {id_as(p.nid, i + 3)}\n"
        f"วัน/เดือน/ปีเกิด : {date_as(p.born, 1)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน : {long_address(p)}\n"
        f"โทรศัพท์ : {phone_as(p.mobile, 0)}\n"
        f"อีเมล : {p.email}\n\n"
        "จะไปรับด้วยตนเองวันจันทร์ครับ\n"
    )
    raw = message(p, i, "ขอคัดสำเนาทะเบียนบ้าน", text=text)
    return Case("house_register_copy_plus66", raw, exp(p, ALL))


def stray_dogs_one_line_commas(p: Person, i: int) -> Case:
    """Everything on one line, parted by commas, no labels but โทร."""
    text = (
        f"แจ้งหมาจรจัดกัดไก่ที่บ้านตายหมดเล้าครับ, {p.name}, {p.line(short=True)} จ.{p.province} "
        f"{p.postal}, โทร {phone_as(p.mobile, i + 1)}, บัตร {dashed_id(p.nid)}\n"
    )
    raw = message(p, i, "แจ้งเรื่องสุนัข", text=text)
    return Case("stray_dogs_one_line_commas", raw, exp(p, NO_BIRTH, typed_email=False))


def elder_thai_digits_full_words(p: Person, i: int) -> Case:
    """An elder's grandchild types for him in the elder's own mailbox: labels with colons,
    every number in Thai digits, the month in full, the address written out."""
    e = ELDERS[(i + 2) % 4]
    text = (
        "เรียน นายกองค์การบริหารส่วนตำบล\n\n"
        "ข้าพเจ้าขอยื่นคำขอรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ ๒๕๗๐\n"
        f"ชื่อ : {e.name}\n"
        f"เกิดวันที่ : {thai(f'{e.born.day} {MONTHS[e.born.month - 1]} {e.born.year + 543}')}\n"
        f"เลขประจำตัวประชาชน : {thai(dashed_id(e.nid))}\n"
        f"ที่อยู่ : {thai(long_address(e))}\n"
        f"โทรศัพท์ : {thai(phone_as(e.mobile, 3))}\n\n"
        "ขอแสดงความนับถือ\n"
        f"{e.name}\n"
    )
    raw = message(e, i, "ขอรับเงินเบี้ยยังชีพผู้สูงอายุ", text=text)
    return Case(
        "elder_thai_digits_full_words", raw, exp(e, ALL, thai_digits=True, typed_email=False)
    )


def flood_aid_household_members(p: Person, i: int) -> Case:
    """A request for relief after a flood: the applicant's lines, then the household's
    members with their ages, the damage in baht."""
    text = (
        "เรียน นายก อบต.\n\n"
        "บ้านของข้าพเจ้าถูกน้ำท่วมสูงประมาณ 80 ซม. เมื่อวันที่ 28 พฤศจิกายน 2569 "
        "ขอรับถุงยังชีพและความช่วยเหลือค่ะ\n\n"
        f"ชื่อผู้ขอ {p.name}\n"
        f"เลขบัตรประชาชน {id_as(p.nid, i)}\n"
        f"วันเกิด {date_as(p.born, 4)}\n"
        f"บ้านเลขที่ {p.line(short=i % 2 == 1)} {p.province_written} {p.postal}\n"
        f"โทร {phone_as(p.mobile, i + 3)}\n\n"
        "สมาชิกในบ้าน 4 คน\n"
        f"1. {p.name} (ผู้ขอ)\n"
        f"2. นาย{('สมชาย', 'สมศักดิ์')[i % 2]} {p.last} อายุ 47 ปี\n"
        f"3. ด.ญ.{('ปาริชาต', 'ปิยะดา')[i % 2]} {p.last} อายุ 11 ปี\n"
        f"4. นาง{('ผัน', 'แดง')[i % 2]} {p.last} อายุ 78 ปี (ติดเตียง)\n"
        "ความเสียหาย ตู้เย็น ที่นอน ข้าวสาร ประมาณ 15,000 บาท\n"
    )
    raw = message(p, i, "ขอรับความช่วยเหลือน้ำท่วม", text=text)
    return Case("flood_aid_household_members", raw, exp(p, ALL, typed_email=False))


def numbered_answers_to_clerk(p: Person, i: int) -> Case:
    """The clerk asked by mail for four numbered details; the citizen answers with the
    numbers only, the clerk's questions quoted below."""
    ask = (
        "เรียน คุณผู้ยื่นคำร้อง\n"
        "เรื่องขอติดตั้งน้ำประปา รบกวนแจ้งข้อมูลเพิ่มเติมดังนี้\n"
        "1) ชื่อ-นามสกุล\n2) เลขประจำตัวประชาชน\n3) ที่อยู่ที่ขอติดตั้ง\n4) เบอร์โทรศัพท์\n"
        f"นางสาวสุดารัตน์ วงศ์ใหญ่ เจ้าหน้าที่งานประปา โทร {AGENCY_PHONE}"
    )
    quoted = "\n".join("> " + ln for ln in ask.splitlines())
    text = (
        "ตอบตามนี้ครับ\n"
        f"1) {p.name}\n"
        f"2) {id_as(p.nid, i + 2)}\n"
        f"3) {short_address(p) if i % 2 == 0 else long_address(p)}\n"
        f"4) {phone_as(p.mobile, i + 3)}\n\n"
        f"On Mon, Dec 7, 2026 at 9:02 AM งานประปา <{AGENCY}> wrote:\n{quoted}\n"
    )
    raw = message(p, i, "Re: สอบถามข้อมูลเพิ่มเติม เรื่องขอติดตั้งน้ำประปา", text=text)
    return Case("numbered_answers_to_clerk", raw, exp(p, NO_BIRTH, typed_email=False))


# --- HTML bodies -----------------------------------------------------------------------------


OWA_DIV = ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
           'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">')  # fmt: skip


def outlook_web_html_divs(p: Person, i: int) -> Case:
    """Outlook on the web: one div per line, empty lines as <div><br></div>, the
    signature in its own div; the plain alternative beside it (i odd)."""
    lines = [
        "เรียน เจ้าหน้าที่กองช่าง",
        "",
        "ขออนุญาตต่อเติมโรงจอดรถหน้าบ้าน ขนาด 3 x 6 เมตร หลังคาเมทัลชีท ค่ะ",
        "รายละเอียดผู้ขอดังนี้",
        "",
        f"ชื่อ-นามสกุล : {p.name}",
        f"เลขบัตรประชาชน : {id_as(p.nid, i + 1)}",
        f"ที่อยู่ : {short_address(p)}",
        f"เบอร์มือถือ : {phone_as(p.mobile, 1)}",
        f"อีเมล : {p.email}",
        "",
        "ขอบคุณค่ะ",
    ]
    divs = "".join(f"{OWA_DIV}{esc(ln) if ln else '<br>'}</div>" for ln in lines)
    sig = (f'<div id="Signature"><div style="font-family: Aptos; font-size: 11pt;">'
           f"{esc(p.first)} {esc(p.last)}<br>Sent from Outlook</div></div>")  # fmt: skip
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        f'</head><body dir="ltr">{divs}{OWA_DIV}<br></div>{sig}</body></html>'
    )
    text = "\n".join(lines) + f"\n\n{p.first} {p.last}\nSent from Outlook\n" if i % 2 else None
    raw = message(p, i, "ขออนุญาตต่อเติมอาคาร", text=text, html=html)
    return Case("outlook_web_html_divs", raw, exp(p, NO_BIRTH))


def gmail_html_signature_office(p: Person, i: int) -> Case:
    """Gmail's HTML: the request in divs, then the signature block with the writer's
    position, office address, office line and a second (work) mobile."""
    body = [
        "เรียน เจ้าหน้าที่",
        "",
        "ขอแจ้งว่าท่อระบายน้ำหน้าบ้านอุดตัน ฝนตกทีไรน้ำเอ่อเข้าบ้านทุกครั้ง รบกวนมาลอกท่อด้วยครับ",
        "",
        f"ชื่อ {p.name}",
        f"บ้านเลขที่ {p.line(short=i % 2 == 0)} {p.province_written} {p.postal}",
        f"โทร {phone_as(p.mobile, i + 1)}",
        "",
        "ขอบคุณครับ",
    ]
    divs = "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in body)
    sig = (
        '<span class="gmail_signature_prefix">-- </span><br>'
        '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
        f"<div>{esc(p.name)}</div><div>นักวิชาการเกษตร ชำนาญการ</div>"
        "<div>สำนักงานเกษตรอำเภอ 219 หมู่ 1 ถนนพหลโยธิน ตำบลบ้านใหม่ อำเภอเมือง จังหวัดนครสวรรค์ 60000</div>"
        f"<div>โทร 056-22{i % 10}-431 / มือถือสำนักงาน 09{i % 10}-117-40{i % 10}2</div></div></div>"
    )
    html = f'<div dir="ltr">{divs}<div><br clear="all"></div><div><br></div>{sig}</div>'
    raw = message(p, i, "แจ้งท่อระบายน้ำอุดตัน", html=html)
    return Case("gmail_html_signature_office", raw, exp(p, COMPLAINT, typed_email=False))


def html_letter_paragraphs_prose(p: Person, i: int) -> Case:
    """An elder allowance letter typed in a webmail's editor: <p> paragraphs, the values in
    the ข้าพเจ้า sentence, &nbsp; for indents."""
    e = ELDERS[(i + 3) % 4]
    paras = [
        "เรื่อง&nbsp;&nbsp;ขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ",
        "เรียน&nbsp;&nbsp;นายกเทศมนตรีตำบลต้นธงชัย",
        "&nbsp;" * 8 + f"ข้าพเจ้า {esc(e.name)} เกิดวันที่ {esc(date_as(e.born, 4 if i % 2 == 0 else 3))}"
        f" เลขประจำตัวประชาชน {esc(id_as(e.nid, i))} อยู่บ้านเลขที่ {esc(e.line())}"
        f" {esc(e.province_written)} {e.postal} โทรศัพท์ {esc(phone_as(e.mobile, 3))}"
        " ปัจจุบันอายุครบ 60 ปีบริบูรณ์ มีความประสงค์ขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ"
        " โดยขอรับเงินผ่านบัญชีธนาคาร",
        "&nbsp;" * 8 + "จึงเรียนมาเพื่อโปรดพิจารณา",
        "&nbsp;" * 30 + "ขอแสดงความนับถือ",
        "&nbsp;" * 30 + f"({esc(e.name)})",
    ]
    html = "<html><body>" + "".join(f"<p>{x}</p>" for x in paras) + "</body></html>"
    raw = message(e, i, "ขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", html=html)
    return Case("html_letter_paragraphs_prose", raw, exp(e, ALL, typed_email=False))


def gmail_html_forward_relative(p: Person, i: int) -> Case:
    """A son or daughter forwards, in Gmail's HTML, the request a parent wrote to them; the
    forwarder's own note and number above."""
    e = ELDERS[i % 4]
    parent = "แม่" if e.title == "นาง" else "พ่อ"
    note = f"<div>ส่งเรื่องแทน{parent}ครับ ติดต่อผมได้ที่ {esc(phone_as(p.mobile, 1))}</div>"
    attr = (
        '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        f'From: <strong class="gmail_sendername" dir="auto">{esc(e.first)} {esc(e.last)}</strong> '
        f'<span dir="auto">&lt;{e.email}&gt;</span><br>Date: อ. 1 ธ.ค. 2569 เวลา 20:03<br>'
        f"Subject: ไฟถนนดับ<br>To: {esc(p.first)} &lt;{p.email}&gt;<br></div><br><br>"
    )
    original = "".join(
        f"<div>{esc(x)}</div>"
        for x in (
            "ไฟถนนหน้าบ้านดับมา 2 อาทิตย์แล้ว ช่วยบอกเทศบาลให้หน่อย",
            f"{e.name}",
            f"{short_address(e) if i % 2 else long_address(e)}",
            f"โทร {phone_as(e.mobile, 2 if i % 2 else 3)}",
        )
    )
    html = (f'<div dir="ltr">{note}<br><div class="gmail_quote">{attr}'
            f'<div dir="ltr">{original}</div></div></div>')  # fmt: skip
    raw = message(e, i, "Fwd: ไฟถนนดับ", html=html, sender=f"{p.first} {p.last} <{p.email}>")
    return Case("gmail_html_forward_relative", raw, exp(e, COMPLAINT))


def iphone_html_emoji_lines(p: Person, i: int) -> Case:
    """iPhone Mail's HTML: <div dir="auto"> lines, emoji, an English word or two, the date
    as 5 ธ.ค. 68 style (two-digit year), "Sent from my iPhone"."""
    lines = [
        "สวัสดีค่ะ 😊",
        "ขอคัดสำเนาทะเบียนบ้าน 1 ชุด ใช้สมัครงานค่ะ urgent นิดนึงนะคะ 🙏",
        f"ชื่อ {p.name}",
        f"เลขบัตร {id_as(p.nid, i)}",
        f"เกิด {date_as(p.born, 0)}",
        f"เบอร์ {phone_as(p.mobile, i)}",
        f"ที่อยู่ {short_address(p)}",
    ]
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body dir="auto">'
        + "".join(f'<div dir="auto">{esc(x)}</div>' for x in lines)
        + '<div dir="auto"><br></div><div dir="ltr">Sent from my iPhone</div></body></html>'
    )
    raw = message(p, i, "ขอสำเนาทะเบียนบ้านค่ะ", html=html)
    return Case("iphone_html_emoji_lines", raw, exp(p, ALL, typed_email=False))


# --- attachments ----------------------------------------------------------------------------


def docx_letter_empty_body(p: Person, i: int) -> Case:
    """A Word letter attached to a mail with no body at all: heading, เรื่อง/เรียน, the
    values in the ข้าพเจ้า paragraph, the signature."""

    def build(d: Any) -> None:
        _right(d, f"เขียนที่ {p.house} หมู่ {p.moo or '-'}")
        _right(d, f"วันที่ {5 + i % 3} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph("เรื่อง\tขอรับการช่วยเหลือกรณีเหตุรำคาญจากเสียงเครื่องจักร")
        d.add_paragraph("เรียน\tนายกองค์การบริหารส่วนตำบล")
        d.add_paragraph(
            f"\tข้าพเจ้า {p.name} เลขประจำตัวประชาชน {id_as(p.nid, i + 1)} "
            f"เกิดวันที่ {date_as(p.born, 4)} อยู่บ้านเลขที่ {p.line()} {p.province_written} "
            f"{p.postal} โทรศัพท์ {phone_as(p.mobile, 3)} อีเมล {p.email} "
            "ขอร้องเรียนว่าโรงสีข้าวใกล้บ้านเปิดเครื่องจักรตลอดคืน เสียงดังจนนอนไม่ได้ "
            "ขอให้ทางองค์การบริหารส่วนตำบลตรวจสอบและแก้ไขด้วย"
        )
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณา")
        _right(d, "ขอแสดงความนับถือ")
        _right(d, f"({p.name})")

    raw = message(p, i, "ร้องเรียนเหตุรำคาญ",
                  files=(("หนังสือร้องเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_letter_empty_body", raw, exp(p, ALL))


def docx_elder_form_tabs(p: Person, i: int) -> Case:
    """The elder allowance form retyped in Word: label, tab, value paragraphs; ticks for
    the way to be paid; a bank account number."""
    e = ELDERS[(i + 1) % 4]

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ")
        for label, value in (
            ("ชื่อ-สกุล (ผู้สูงอายุ)", e.name),
            ("วัน เดือน ปีเกิด", date_as(e.born, 4 if i % 2 else 1)),
            ("เลขประจำตัวประชาชน", id_as(e.nid, i + 2)),
            ("ที่อยู่ตามทะเบียนบ้าน", long_address(e)),
            ("โทรศัพท์", phone_as(e.mobile, 3)),
            ("อีเมล", e.email),
        ):
            d.add_paragraph(f"{label}\t{value}")
        d.add_paragraph("ความประสงค์รับเงิน  ☐ รับเงินสด  ☑ โอนเข้าบัญชีธนาคาร")
        d.add_paragraph(f"ธนาคารกรุงไทย เลขที่บัญชี 512-0-{40713 + i}-{i % 10}")

    raw = message(e, i, "ส่งแบบคำขอเบี้ยยังชีพ", text="ส่งแบบฟอร์มตามไฟล์แนบครับ\n",
                  files=(("แบบคำขอเบี้ยยังชีพ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_elder_form_tabs", raw, exp(e, ALL))


def pdf_phone_notes_export(p: Person, i: int) -> Case:
    """A phone's notes app exported to PDF: a bold-ish first line as the title, then short
    lines, labels without colons."""
    lines = [
        "ขอถังขยะ 2 ใบ (เปียก/แห้ง)",
        f"ชื่อ {p.name}",
        f"เลขบัตร {id_as(p.nid, i + 3)}",
        f"โทร {phone_as(p.mobile, i + 1)}",
        f"บ้าน {p.line(short=True)}",
        f"จ.{p.province} {p.postal}",
        f"เมล {p.email}",
    ]
    texts = [(15.0, 22.0 + 9 * k, ln) for k, ln in enumerate(lines)]
    data = pdf_page(texts, size=13, face="Garuda")
    raw = message(p, i, "ขอถังขยะ", text="ตามไฟล์แนบค่ะ\n",
                  files=((f"Note {i + 1}.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_phone_notes_export", raw, exp(p, NO_BIRTH))


def pdf_letter_drain_complaint(p: Person, i: int) -> Case:
    """A complaint letter printed to PDF: เรียน, ข้าพเจ้า with the values wrapped over
    several printed lines, จึงเรียนมา, signature."""
    lines = [
        (120.0, f"เขียนที่ บ้านเลขที่ {p.house}"),
        (120.0, f"วันที่ {2 + i % 5} ธันวาคม 2569"),
        (20.0, "เรื่อง  ร้องเรียนท่อระบายน้ำอุดตัน"),
        (20.0, "เรียน  นายกเทศมนตรีตำบลต้นธงชัย"),
        (35.0, f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {id_as(p.nid, i)}"),
        (20.0, f"อยู่บ้านเลขที่ {p.line()} {p.province_written} {p.postal}"),
        (20.0, f"โทรศัพท์ {phone_as(p.mobile, 3)} ขอร้องเรียนว่าท่อระบายน้ำในซอยอุดตันมานาน"),
        (20.0, "ทำให้น้ำเน่าส่งกลิ่นเหม็น ขอให้ดำเนินการลอกท่อด้วย"),
        (35.0, "จึงเรียนมาเพื่อโปรดพิจารณา"),
        (110.0, "ขอแสดงความนับถือ"),
        (105.0, f"({p.name})"),
    ]
    texts = [(x, 25.0 + 10 * k, t) for k, (x, t) in enumerate(lines)]
    data = pdf_page(texts, size=15)
    raw = message(p, i, "ร้องเรียนท่อระบายน้ำอุดตัน", text="", files=(("ร้องเรียน.pdf", data, PDF),))
    return Case(
        "pdf_letter_drain_complaint",
        raw,
        exp(p, "full_name national_id phone email address postal_code province", typed_email=False),
    )


def xlsx_sign_tax_sheet(p: Person, i: int) -> Case:
    """A sign-tax form kept as a sheet: a title row, label and value columns, then a
    table of the signs with their sizes and counts."""

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ภ.ป.1"
        ws.append(["แบบแสดงรายการภาษีป้าย ประจำปี 2570"])
        ws.append([])
        for label, value in (
            ("ชื่อเจ้าของป้าย", p.name),
            ("เลขประจำตัวประชาชน", id_as(p.nid, i + 1)),
            ("วันเกิด", date_as(p.born, 1)),
            ("ที่อยู่", long_address(p)),
            ("โทรศัพท์", phone_as(p.mobile, 3)),
            ("อีเมล", p.email),
        ):
            ws.append([label, value])
        ws.append([])
        ws.append(["ลำดับ", "ประเภทป้าย", "กว้าง (ซม.)", "ยาว (ซม.)", "จำนวน"])
        ws.append([1, "ป้ายไวนิล อักษรไทย", 120, 240, 1])
        ws.append([2, "ป้ายไฟ อักษรไทยปนอังกฤษ", 60, 180, 1 + i % 2])

    raw = message(p, i, "ส่งแบบ ภ.ป.1", text="ส่งแบบภาษีป้ายเป็นไฟล์ excel ค่ะ\n",
                  files=(("ภาษีป้าย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_sign_tax_sheet", raw, exp(p, ALL))


STYLES: tuple[Style, ...] = (
    elder_phone_one_line_thai_digits, young_emoji_english_bin, reply_to_auto_ack_adds_missing,
    subject_holds_request_oneline_body, forwarded_from_daughter, letter_prose_building_permit,
    gmail_signature_office_phone_address, sign_tax_english_labels_dates,
    water_supply_address_postal_alone, street_light_complaint_no_postal,
    stray_dogs_mobile_note_home_line, house_register_copy_plus66, stray_dogs_one_line_commas,
    elder_thai_digits_full_words, flood_aid_household_members, numbered_answers_to_clerk,
    outlook_web_html_divs, gmail_html_signature_office, html_letter_paragraphs_prose,
    gmail_html_forward_relative, iphone_html_emoji_lines,
    docx_letter_empty_body, docx_elder_form_tabs,
    pdf_phone_notes_export, pdf_letter_drain_complaint,
    xlsx_sign_tax_sheet,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:16]},
    **{s.__name__: "HTML" for s in STYLES[16:21]},
    **{s.__name__: "Word" for s in STYLES[21:23]},
    **{s.__name__: "PDF" for s in STYLES[23:25]},
    **{s.__name__: "sheet" for s in STYLES[25:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
