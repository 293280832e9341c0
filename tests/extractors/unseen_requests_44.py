"""A forty-fourth set of requests written by someone who had not read the readers (issue
8): THE ISSUE'S OWN LIST OF WHAT WENT WRONG, WRITTEN AFRESH. Each kind in issue 8's "Why"
list, two or three ways, as a southern town municipality (เทศบาลเมืองทุ่งสง) receives
them from its residents: labels written every way people write them ("ชื่อ - สกุล",
"ผู้ยื่นคำร้อง :", numbered labels, qualifiers "(มือถือ)", "(พ.ศ.)", "(13 หลัก)", English
labels with a tab and no colon, a lone label with its value on the next line, dot leaders,
full-width colons); forwarded mail (Gmail's and Outlook's Thai headers, a community
leader's or a son's note on top); replies filling in the agency's quoted blank template;
HTML of <p>, <br>, &nbsp; and numeric entities; a request written as one sentence
("ข้าพเจ้า ... อยู่บ้านเลขที่ ... โทร ..."); Word forms as a table or as label: value
paragraphs; fillable PDFs whose field names say nothing (Text1, fill_3, txtName); text PDFs
whose Thai letters are spread apart (letter spacing, glyph-by-glyph placement); names
written with a space after the title. Typed text only: no scans or photos.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 40 and 41, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what a Thai clerk keeps.
- full_name: the applicant's (who the request is for and who signs it) with the title
  joined to the first name and one space before the family name ("นายธนากร ศรีสุวรรณ"),
  however it was typed ("นาย ธนากร  ศรีสุวรรณ"). Never the forwarder's, a community
  leader's, a son's or the agency officer's.
- national_id: the applicant's 13 digits.
- birth_date: ISO; Buddhist-era years converted.
- phone: the applicant's mobile as 0... or +66...; never the forwarder's or the agency's.
- email: the applicant's, lower case: the one he types, or, where he types none, the From
  of his own mail (never a forwarder's From).
- address: the home from the house number to the district, as set 5's `addresses`
  accepts it (written out or short, with or without เลขที่/บ้านเลขที่, province, postal
  code). province (official name) and postal_code (five digits): those of that home.
- A field the request does not give is not expected.
Everyone and every number is invented (every ID made with with_check_digit); ตำบล, อำเภอ,
provinces and postal codes are real and belong together.
"""

from __future__ import annotations

import html as htmllib
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit
from unseen_requests_5 import DOCX, FONTS, Person, addresses, docx_bytes, pdf_page
from unseen_requests_11 import PDF, Widget, add_widgets

# ruff: noqa: E501 -- messages as residents type them: long lines

AGENCY = "saraban@example.go.th"
TOWN = "เทศบาลเมืองทุ่งสง"


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


PEOPLE: tuple[Person, ...] = (
    P("นาย", "ธนากร", "ศรีสุวรรณ", "380990012345", date(1978, 3, 12), "0817374521", "thanakorn.ss@gmail.com",
      "45/2", "5", "", "", "ปากแพรก", "ทุ่งสง", "นครศรีธรรมราช", "80110"),
    P("นาง", "จันทร์เพ็ญ", "ทองคำ", "380170034512", date(1969, 7, 25), "0892871034", "janpen.tk@hotmail.com",
      "112", "", "", "ราชดำเนิน", "คลัง", "เมืองนครศรีธรรมราช", "นครศรีธรรมราช", "80000"),
    P("นางสาว", "อารีรัตน์", "หนูแก้ว", "181990045123", date(1995, 11, 2), "0623418890", "Areerat.NK@gmail.com",
      "9/14", "", "", "มหาราช", "ปากน้ำ", "เมืองกระบี่", "กระบี่", "81000"),
    P("นาย", "สมพงษ์", "ขุนทอง", "384010056789", date(1972, 1, 30), "0867742319", "sompong.kt@yahoo.com",
      "78", "2", "", "", "วิชิต", "เมืองภูเก็ต", "ภูเก็ต", "83000"),
    P("นาง", "สุกัญญา", "ชูช่วย", "390110078234", date(1981, 9, 9), "0810983376", "sukanya.cc@gmail.com",
      "23/7", "", "ราษฎร์อุทิศ 2", "ราษฎร์อุทิศ", "คอหงส์", "หาดใหญ่", "สงขลา", "90110"),
    P("นาย", "อับดุลเลาะ", "สาและ", "395020034410", date(1988, 4, 17), "0935571208", "abdullah.sl@gmail.com",
      "15", "3", "", "", "สะเตง", "เมืองยะลา", "ยะลา", "95000"),
    P("นางสาว", "กนกวรรณ", "พรหมทอง", "184990012367", date(1999, 12, 21), "0648812205", "kanokwan.pt@gmail.com",
      "201/3", "", "", "ตลาดใหม่", "ตลาด", "เมืองสุราษฎร์ธานี", "สุราษฎร์ธานี", "84000"),
    P("นาย", "ประเสริฐ", "แก้วประดิษฐ์", "392010045566", date(1960, 6, 5), "0819561142", "prasert.kp@hotmail.com",
      "88", "", "", "พระราม 6", "ทับเที่ยง", "เมืองตรัง", "ตรัง", "92000"),
    P("นาง", "วิไลวรรณ", "เพชรสุวรรณ", "380150067812", date(1975, 2, 14), "0873326619", "wilaiwan.ps@gmail.com",
      "5/1", "4", "", "", "ที่วัง", "ทุ่งสง", "นครศรีธรรมราช", "80110"),
    P("นาย", "ณัฐวุฒิ", "รัตนพันธ์", "190990011234", date(1991, 8, 8), "0952216784", "nattawut.rp@outlook.com",
      "67/12", "1", "", "", "ควนลัง", "หาดใหญ่", "สงขลา", "90110"),
    P("นางสาว", "ซอฟียะห์", "ดาโอ๊ะ", "194990023345", date(1997, 5, 30), "0989914453", "sofiyah.do@gmail.com",
      "31", "", "", "ยะรัง", "สะบารัง", "เมืองปัตตานี", "ปัตตานี", "94000"),
    P("นาย", "วีระพงษ์", "ชูแสง", "384990027745", date(1983, 10, 10), "0861120947", "weerapong.cs@gmail.com",
      "140", "6", "", "", "ชะมาย", "ทุ่งสง", "นครศรีธรรมราช", "80110"),
)  # fmt: skip

Style = Callable[[Person, int], Case]
ALL = "full_name national_id birth_date phone email address postal_code province"


# --- what a clerk keeps ----------------------------------------------------------------------


def exp(p: Person, keys: str = ALL, *typed: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": tuple(dict.fromkeys(" ".join(a.split()) for a in addresses(p, *typed))),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in keys.split()}


# --- how residents write the values ------------------------------------------------------------


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def spaced_id(nid: str) -> str:
    return f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}"


def born_th(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day:02d}/{d.month:02d}/{be}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {be}")[k % 3]  # fmt: skip


def mobile(m: str, k: int) -> str:
    return (f"{m[:3]}-{m[3:6]}-{m[6:]}", m, f"{m[:3]}-{m[3:]}")[k % 3]


def name_as_typed(p: Person, k: int) -> str:
    """Half the residents put a space after the title, as on a paper form's blank."""
    return p.name if k % 2 == 0 else f"{p.title} {p.first} {p.last}"


def home(p: Person, k: int) -> str:
    prov = p.province_written if k % 2 else f"จ.{p.province}"
    return f"{p.line(short=k % 2 == 0)} {prov} {p.postal}"


def message(p: Person, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = from_ or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 8, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set44-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def body(top: str, lines: list[str], end: str = "ขอบคุณค่ะ") -> str:
    return f"เรียน นายกเทศมนตรีเมืองทุ่งสง\n\n{top}\n\n" + "\n".join(lines) + f"\n\n{end}\n"


# --- labels as people write them -----------------------------------------------------------------


def plain_name_dash_surname(p: Person, i: int) -> Case:
    """ "ชื่อ - สกุล" and its kin with spaces round the dash and no colon."""
    lines = [
        f"ชื่อ - สกุล {name_as_typed(p, i)}",
        f"เลขประจำตัวประชาชน {dashed(p.nid)}",
        f"วัน - เดือน - ปีเกิด {born_th(p.born, i)}",
        f"ที่อยู่ {home(p, i)}",
        f"เบอร์โทร {mobile(p.mobile, i)}",
        f"อีเมล์ {p.email}",
    ]
    text = body("ขอแจ้งท่อระบายน้ำอุดตันหน้าบ้าน น้ำท่วมขังทุกครั้งที่ฝนตกค่ะ", lines)
    return Case("plain_name_dash_surname", message(p, i, "แจ้งท่อระบายน้ำอุดตัน", text=text), exp(p))


def plain_applicant_colon(p: Person, i: int) -> Case:
    """ "ผู้ยื่นคำร้อง :" with a space before the colon, the petition form's own wording."""
    lines = [
        f"ผู้ยื่นคำร้อง : {name_as_typed(p, i + 1)}",
        f"เลขที่บัตรประชาชน : {p.nid}",
        f"เกิดวันที่ : {born_th(p.born, i + 1)}",
        f"ที่อยู่ผู้ยื่นคำร้อง : {home(p, i + 1)}",
        f"หมายเลขโทรศัพท์ : {mobile(p.mobile, i + 1)}",
        f"E-mail : {p.email}",
        "เรื่องที่ร้อง : ขอรับเบี้ยยังชีพผู้สูงอายุ",
    ]
    text = body("ขอยื่นคำร้องตามรายละเอียดดังนี้", lines, "ขอแสดงความนับถือ")
    return Case("plain_applicant_colon", message(p, i, "ยื่นคำร้องขอรับเบี้ยยังชีพ", text=text), exp(p))


def plain_numbered_labels(p: Person, i: int) -> Case:
    """Numbered labels: "1." or "(1)" before each, as the paper form numbers its blanks."""
    nums = [f"{k}." for k in range(1, 8)] if i % 2 == 0 else [f"({k})" for k in range(1, 8)]
    labels = ["ชื่อและนามสกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "ที่อยู่ตามทะเบียนบ้าน",
              "รหัสไปรษณีย์", "โทรศัพท์", "อีเมล"]  # fmt: skip
    values = [name_as_typed(p, i), dashed(p.nid), born_th(p.born, i), p.line(short=i % 2 == 1) + f" จังหวัด{p.province}",
              p.postal, mobile(p.mobile, i), p.email]  # fmt: skip
    lines = [
        f"{n} {lab} {val}" if i % 2 else f"{n} {lab}: {val}"
        for n, lab, val in zip(nums, labels, values, strict=True)
    ]
    text = body("ขอร้องเรียนเสียงดังจากร้านคาราโอเกะหลังบ้าน เปิดถึงตีสองทุกคืนครับ", lines, "ขอบคุณครับ")
    return Case("plain_numbered_labels", message(p, i, "ร้องเรียนเสียงดังรบกวน", text=text), exp(p))


def plain_qualified_labels(p: Person, i: int) -> Case:
    """Qualifiers beside the labels: (13 หลัก), (พ.ศ.), (มือถือ), (ถ้ามี), (5 หลัก)."""
    b = p.born
    lines = [
        f"ชื่อ-นามสกุล (นาย/นาง/นางสาว) {name_as_typed(p, i)}",
        f"เลขประจำตัวประชาชน (13 หลัก) {(p.nid, spaced_id(p.nid))[i % 2]}",
        f"วันเดือนปีเกิด (พ.ศ.) {b.day:02d}/{b.month:02d}/{b.year + 543}",
        f"ที่อยู่ (ที่ติดต่อได้) {p.line()}",
        f"จังหวัด {p.province}",
        f"รหัสไปรษณีย์ (5 หลัก) {p.postal}",
        f"โทรศัพท์ (มือถือ) {mobile(p.mobile, i)}",
        f"อีเมล (ถ้ามี) {p.email}",
    ]
    text = body("ขอแจ้งซ่อมไฟถนนหน้าบ้านดับมา 1 สัปดาห์แล้วค่ะ", lines)
    return Case("plain_qualified_labels", message(p, i, "ขอให้ซ่อมไฟถนน", text=text), exp(p))


def plain_english_tab(p: Person, i: int) -> Case:
    """An English form the resident copied from a hotel's or an employer's template:
    English labels, a tab, no colon, Thai values."""
    b = p.born
    rows = [
        ("Name", name_as_typed(p, i)),
        ("National ID", (p.nid, dashed(p.nid))[i % 2]),
        ("Date of Birth", f"{b.day:02d}/{b.month:02d}/{b.year}"),
        ("Address", f"{p.line()} {p.province_written}"),
        ("Postcode", p.postal),
        ("Mobile", mobile(p.mobile, i)),
        ("Email", p.email),
    ]
    text = ("Dear Sir/Madam,\n\nขอแจ้งเรื่องขอถังขยะใหม่ ถังเดิมแตกครับ\n\n"
            + "\n".join(f"{k}\t{v}" for k, v in rows) + "\n\nThank you\n")  # fmt: skip
    return Case(
        "plain_english_tab", message(p, i, "Request for new garbage bin", text=text), exp(p)
    )


def plain_label_then_line(p: Person, i: int) -> Case:
    """Each label alone on its line (a colon or not), the value on the next."""
    colon = ":" if i % 2 == 0 else ""
    pairs = [
        ("ชื่อ-สกุล", name_as_typed(p, i)),
        ("เลขบัตรประจำตัวประชาชน", dashed(p.nid)),
        ("วันเกิด", born_th(p.born, i)),
        ("ที่อยู่", home(p, i)),
        ("เบอร์โทรศัพท์", mobile(p.mobile, i)),
        ("อีเมล", p.email),
    ]
    lines: list[str] = []
    for lab, val in pairs:
        lines += [f"{lab}{colon}", val]
    text = body("ขออนุญาตตัดต้นไม้ในที่ดินของตนเองค่ะ รายละเอียดผู้ขอ", lines)
    return Case("plain_label_then_line", message(p, i, "ขออนุญาตตัดต้นไม้", text=text), exp(p))


def plain_dot_leaders(p: Person, i: int) -> Case:
    """The paper form's dotted blanks copied into the mail, the values typed over the
    dots, dots left on both sides."""
    d = "." * (6 + i % 3)
    lines = [
        f"ข้าพเจ้า{d}{name_as_typed(p, i)}{d}",
        f"เลขประจำตัวประชาชน{d}{p.nid}{d}",
        f"เกิดวันที่{d}{p.born.day}{d}เดือน{d}{MONTHS[p.born.month - 1]}{d}พ.ศ.{d}{p.born.year + 543}{d}",
        f"อยู่บ้านเลขที่{d}{p.house}{d}หมู่ที่{d}{p.moo or '-'}{d}ถนน{d}{p.road or '-'}{d}",
        f"ตำบล{d}{p.tambon}{d}อำเภอ{d}{p.amphoe}{d}จังหวัด{d}{p.province}{d}",
        f"รหัสไปรษณีย์{d}{p.postal}{d}โทรศัพท์{d}{mobile(p.mobile, i)}{d}",
        f"อีเมล{d}{p.email}{d}",
    ]
    text = body("ขอยื่นแบบคำร้องทั่วไป ดังนี้", lines, "ขอแสดงความนับถือ")
    return Case("plain_dot_leaders", message(p, i, "แบบคำร้องทั่วไป", text=text), exp(p))


def plain_fullwidth_colon(p: Person, i: int) -> Case:
    """Labels ending in a full-width colon (U+FF1A), as a phone's keyboard or a pasted
    Word form gives it."""
    c = "：" if i % 2 == 0 else " ： "
    lines = [
        f"ชื่อ-นามสกุล{c}{name_as_typed(p, i)}",
        f"เลขประจำตัวประชาชน{c}{p.nid}",
        f"วันเดือนปีเกิด{c}{born_th(p.born, i)}",
        f"ที่อยู่{c}{home(p, i)}",
        f"โทรศัพท์มือถือ{c}{mobile(p.mobile, i)}",
        f"อีเมล{c}{p.email}",
    ]
    text = body("ขอแจ้งสุนัขจรจัดในซอยไล่กัดเด็กนักเรียนค่ะ", lines)
    return Case("plain_fullwidth_colon", message(p, i, "แจ้งสุนัขจรจัด", text=text), exp(p))


def name_spaced_title(p: Person, i: int) -> Case:
    """The name typed with a space after the title (and two before the family name in
    one variant), everywhere it appears: the label and the closing."""
    name = f"{p.title} {p.first}  {p.last}" if i % 2 else f"{p.title} {p.first} {p.last}"
    lines = [
        f"ชื่อผู้ร้อง: {name}",
        f"เลขประจำตัวประชาชน: {dashed(p.nid)}",
        f"วันเกิด: {born_th(p.born, i)}",
        f"ที่อยู่: {home(p, i)}",
        f"โทร: {mobile(p.mobile, i)}",
        f"อีเมล: {p.email}",
    ]
    text = body("ขอความอนุเคราะห์รถน้ำ เนื่องจากบ่อน้ำที่บ้านแห้งครับ", lines, f"ขอบคุณครับ\n{name}")
    return Case("name_spaced_title", message(p, i, "ขอความอนุเคราะห์น้ำอุปโภค", text=text), exp(p))


# --- mail structure -----------------------------------------------------------------------------

LEADERS = (("นายสุรชัย บุญฤทธิ์", "ประธานชุมชนตลาดเก่า", "0814477920", "surachai.br@gmail.com"),
           ("นายเอกชัย ทองหนู", "บุตรชาย", "0897703316", "ekkachai.tn@gmail.com"))  # fmt: skip


def request_lines(p: Person, k: int) -> list[str]:
    return [
        f"ชื่อ-สกุล: {name_as_typed(p, k)}",
        f"เลขประจำตัวประชาชน: {dashed(p.nid)}",
        f"วันเดือนปีเกิด: {born_th(p.born, k)}",
        f"ที่อยู่: {home(p, k)}",
        f"โทรศัพท์: {mobile(p.mobile, k)}",
        f"อีเมล: {p.email}",
    ]


def fwd_gmail_note(p: Person, i: int) -> Case:
    """A community leader (or a son) forwards the resident's mail with a note and his own
    name and phone above Gmail's "Forwarded message" block."""
    who, role, phone, mail = LEADERS[i % 2]
    note = (f"เรียน เจ้าหน้าที่เทศบาล\n\nส่งต่อคำร้องของลูกบ้านครับ รบกวนดำเนินการด้วย\n\n{who}\n{role}\nโทร {phone}\n\n"
            if i % 2 == 0 else
            f"ส่งเรื่องของแม่มาให้ครับ แม่ส่งผิดเมลไป\n{who} ({role}) {phone}\n\n")  # fmt: skip
    inner = body("ขอให้เทศบาลมาตัดหญ้าข้างทางในซอย หญ้าสูงมีงูเข้าบ้านค่ะ", request_lines(p, i))
    text = (note + "---------- Forwarded message ---------\n"
            f"From: {p.first} {p.last} <{p.email}>\nDate: Mon, Dec 7, 2026 at 7:41 PM\n"
            f"Subject: ขอให้ตัดหญ้าข้างทาง\nTo: {mail}\n\n" + inner)  # fmt: skip
    raw = message(
        p, i, "Fwd: ขอให้ตัดหญ้าข้างทาง", text=text, from_=f"{who.removeprefix('นาย')} <{mail}>"
    )
    return Case("fwd_gmail_note", raw, exp(p))


def fwd_outlook_thai(p: Person, i: int) -> Case:
    """Outlook's Thai forward header (จาก/ส่ง/ถึง/เรื่อง) under the forwarder's one-line note
    and signature."""
    who, role, phone, mail = LEADERS[(i + 1) % 2]
    inner = body("ขอรับการสนับสนุนทรายและกระสอบ เตรียมรับน้ำท่วมครับ", request_lines(p, i + 1), "ขอบคุณครับ")
    text = (f"FYI ครับ\n\n{who}\n{role}\nมือถือ {phone}\n\n"
            "________________________________\n"
            f"จาก: {p.first} {p.last} <{p.email}>\nส่ง: 7 ธันวาคม 2569 20:12\nถึง: {who.removeprefix('นาย')} <{mail}>\n"
            "เรื่อง: ขอกระสอบทราย\n\n" + inner)  # fmt: skip
    raw = message(p, i, "FW: ขอกระสอบทราย", text=text, from_=f"{who.removeprefix('นาย')} <{mail}>")
    return Case("fwd_outlook_thai", raw, exp(p))


BLANK = ["ชื่อ-สกุล:", "เลขประจำตัวประชาชน:", "วันเดือนปีเกิด:", "ที่อยู่:", "โทรศัพท์มือถือ:", "อีเมล:"]
OFFICE_SIG = ["งานธุรการ สำนักปลัดเทศบาล", TOWN, "ถนนชนปรีดา ตำบลปากแพรก อำเภอทุ่งสง จังหวัดนครศรีธรรมราช 80110",
              "โทร 0-7541-1234 ต่อ 105"]  # fmt: skip


def agency_blank(k: int) -> list[str]:
    return ["เรียน ท่านผู้ร้อง", "", "เพื่อดำเนินการตามคำร้อง ขอให้ท่านกรอกข้อมูลด้านล่างแล้วตอบกลับอีเมลนี้",
            "", *BLANK, "", "ขอบคุณค่ะ", *OFFICE_SIG]  # fmt: skip


def values(p: Person, k: int) -> list[str]:
    return [
        name_as_typed(p, k),
        p.nid,
        born_th(p.born, k),
        home(p, k),
        mobile(p.mobile, k),
        p.email,
    ]


def reply_inline_quote(p: Person, i: int) -> Case:
    """A plain-text reply typing the values into the agency's quoted blank template,
    after each quoted label ("> ชื่อ-สกุล: นาย..."), the rest of the quote left as it was."""
    quoted = []
    vals = dict(zip(BLANK, values(p, i), strict=True))
    for line in agency_blank(i):
        quoted.append(f"> {line} {vals[line]}" if line in vals else (f"> {line}" if line else ">"))
    text = ("กรอกแล้วค่ะ\n\n"
            f"On Tue, Dec 8, 2026 at 9:02 AM {TOWN} <{AGENCY}> wrote:\n" + "\n".join(quoted) + "\n")  # fmt: skip
    return Case("reply_inline_quote", message(p, i, "Re: ขอข้อมูลผู้ร้องเพิ่มเติม", text=text), exp(p))


def reply_filled_above(p: Person, i: int) -> Case:
    """An Outlook reply: the resident copied the blank template above, filled it, and the
    agency's blank stays below under Outlook's Thai header."""
    filled = [f"{lab} {val}" for lab, val in zip(BLANK, values(p, i + 1), strict=True)]
    text = ("เรียน เจ้าหน้าที่\n\nส่งข้อมูลตามที่ขอครับ\n\n" + "\n".join(filled) + "\n\nขอบคุณครับ\n\n"
            "________________________________\n"
            f"จาก: {TOWN} <{AGENCY}>\nส่ง: 8 ธันวาคม 2569 09:02\nถึง: {p.email}\n"
            "เรื่อง: ขอข้อมูลผู้ร้องเพิ่มเติม\n\n" + "\n".join(agency_blank(i)) + "\n")  # fmt: skip
    return Case("reply_filled_above", message(p, i, "RE: ขอข้อมูลผู้ร้องเพิ่มเติม", text=text), exp(p))


# --- HTML ---------------------------------------------------------------------------------


def html_doc(inner: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body>{inner}</body></html>\n'


def html_p_nbsp(p: Person, i: int) -> Case:
    """One <p> per line, &nbsp; between label and value (and around the colon)."""
    rows = [
        ("ชื่อ-นามสกุล", name_as_typed(p, i)),
        ("เลขประจำตัวประชาชน", dashed(p.nid)),
        ("วันเกิด", born_th(p.born, i)),
        ("ที่อยู่", home(p, i)),
        ("มือถือ", mobile(p.mobile, i)),
        ("อีเมล", p.email),
    ]
    sep = ":&nbsp;" if i % 2 == 0 else "&nbsp;:&nbsp;&nbsp;"
    inner = ("<p>เรียน&nbsp;เจ้าหน้าที่</p><p>&nbsp;</p><p>ขอแจ้งน้ำประปาไหลอ่อนมาสามวันแล้วค่ะ</p><p>&nbsp;</p>"
             + "".join(f"<p>{htmllib.escape(k)}{sep}{htmllib.escape(v)}</p>" for k, v in rows)
             + "<p>&nbsp;</p><p>ขอบคุณค่ะ</p>")  # fmt: skip
    return Case("html_p_nbsp", message(p, i, "น้ำประปาไหลอ่อน", html=html_doc(inner)), exp(p))


def entities(text: str) -> str:
    """Every non-ASCII letter as a decimal entity, as some web forms' mailers write it."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text)


def html_br_entities(p: Person, i: int) -> Case:
    """A web form's mailer: lines joined by <br>, Thai written as numeric entities
    (decimal or hex), no table."""
    lines = [
        "เรียน เจ้าหน้าที่",
        "",
        "ขอส่งคำร้องขอรับถุงยังชีพผู้ประสบอุทกภัย",
        "",
        *request_lines(p, i),
        "",
        "ขอบคุณครับ",
    ]
    if i % 2 == 0:
        enc = [entities(x) for x in lines]
    else:
        enc = ["".join(c if ord(c) < 128 else f"&#x{ord(c):x};" for c in x) for x in lines]
    inner = '<div style="font-family:Tahoma">' + "<br>\n".join(enc) + "</div>"
    return Case("html_br_entities", message(p, i, "คำร้องขอรับถุงยังชีพ", html=html_doc(inner)), exp(p))


def html_outlook_msonormal(p: Person, i: int) -> Case:
    """Outlook's HTML: <p class=MsoNormal><span lang=TH>...</span></p>, the label bold,
    &nbsp; runs between label and value, an empty <o:p>."""
    rows = [
        ("ชื่อ - สกุล", name_as_typed(p, i + 1)),
        ("เลขประจำตัวประชาชน", p.nid),
        ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)),
        ("ที่อยู่", home(p, i + 1)),
        ("โทรศัพท์", mobile(p.mobile, i + 1)),
        ("E-mail", p.email),
    ]
    para = "<p class=MsoNormal><span lang=TH style=\"font-family:'TH SarabunPSK'\">{}<o:p></o:p></span></p>\n"
    inner = para.format("เรียน เจ้าหน้าที่กองช่าง") + para.format("&nbsp;")
    inner += para.format("ขออนุญาตเชื่อมท่อระบายน้ำจากบ้านลงรางระบายน้ำสาธารณะครับ")
    inner += "".join(
        para.format(f"<b>{htmllib.escape(k)}</b>&nbsp;&nbsp;&nbsp;{htmllib.escape(v)}")
        for k, v in rows
    )
    inner += para.format("&nbsp;") + para.format("ด้วยความเคารพ")
    return Case(
        "html_outlook_msonormal",
        message(p, i, "ขออนุญาตเชื่อมท่อระบายน้ำ", html=html_doc(inner)),
        exp(p),
    )


# --- prose ---------------------------------------------------------------------------------------


def prose_one_sentence(p: Person, i: int) -> Case:
    """The whole request as one sentence: ข้าพเจ้า ... เลขประจำตัวประชาชน ... อยู่บ้านเลขที่ ... โทร ..."""
    moo = f" หมู่ที่ {p.moo}" if p.moo else ""
    road = f" ถนน{p.road}" if p.road else ""
    soi = f" ซอย{p.soi}" if p.soi else ""
    text = (
        "เรียน นายกเทศมนตรีเมืองทุ่งสง\n\n"
        f"ข้าพเจ้า {name_as_typed(p, i)} เลขประจำตัวประชาชน {dashed(p.nid)} เกิดวันที่ {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {p.house}{moo}{soi}{road} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal} "
        f"โทร {mobile(p.mobile, i)} อีเมล {p.email} มีความประสงค์ขอให้เทศบาลมาดูดสิ่งปฏิกูลจากบ่อเกรอะที่บ้าน "
        "จึงเรียนมาเพื่อโปรดพิจารณา\n\nขอแสดงความนับถือ\n"
    )
    return Case("prose_one_sentence", message(p, i, "ขอใช้บริการดูดสิ่งปฏิกูล", text=text), exp(p))


def prose_letter_age(p: Person, i: int) -> Case:
    """A letter in prose: age instead of a birth date in the sentence, the birth date
    later; ถือบัตรประจำตัวประชาชนเลขที่; "ติดต่อได้ที่หมายเลข"."""
    age = 2569 - (p.born.year + 543)
    text = (
        "เรื่อง ขอความอนุเคราะห์ซ่อมแซมถนนในหมู่บ้าน\n"
        "เรียน นายกเทศมนตรีเมืองทุ่งสง\n\n"
        f"        ด้วยข้าพเจ้า{name_as_typed(p, i + 1)} อายุ {age} ปี ถือบัตรประจำตัวประชาชนเลขที่ {p.nid} "
        f"(เกิดวันที่ {born_th(p.born, i + 1)}) อยู่บ้านเลขที่ {p.line(short=True)} จ.{p.province} {p.postal} "
        "ขอเรียนว่าถนนหน้าบ้านเป็นหลุมเป็นบ่อ รถจักรยานยนต์ล้มบ่อยครั้ง\n"
        "        จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์ "
        f"หากมีข้อสงสัยติดต่อได้ที่หมายเลข {mobile(p.mobile, i + 1)} หรืออีเมล {p.email}\n\n"
        f"ขอแสดงความนับถือ\n{name_as_typed(p, i + 1)}\n"
    )
    return Case("prose_letter_age", message(p, i, "ขอความอนุเคราะห์ซ่อมถนน", text=text), exp(p))


# --- Word -----------------------------------------------------------------------------------------


def docx_rows(p: Person, k: int) -> list[tuple[str, str]]:
    return [
        ("ชื่อ - สกุล", name_as_typed(p, k)),
        ("เลขประจำตัวประชาชน", dashed(p.nid)),
        ("วันเดือนปีเกิด", born_th(p.born, k)),
        ("บ้านเลขที่", p.house),
        ("หมู่ที่", p.moo or "-"),
        ("ถนน", p.road or "-"),
        ("ตำบล", p.tambon),
        ("อำเภอ", p.amphoe),
        ("จังหวัด", p.province),
        ("รหัสไปรษณีย์", p.postal),
        ("โทรศัพท์มือถือ", mobile(p.mobile, k)),
        ("อีเมล", p.email),
    ]


def attached(p: Person, i: int, style: str, name: str, data: bytes, mime: str) -> Case:
    text = "เรียน เจ้าหน้าที่\n\nส่งแบบคำร้องตามไฟล์แนบค่ะ\n\nขอบคุณค่ะ\n"
    return Case(style, message(p, i, "ส่งแบบคำร้อง", text=text, files=((name, data, mime),)), exp(p))


def docx_table_two_columns(p: Person, i: int) -> Case:
    """The municipality's Word form: a heading, then a two-column table of label | value."""

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำร้องทั่วไป {TOWN}")
        rows = docx_rows(p, i)
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            t.cell(r, 0).text = k
            t.cell(r, 1).text = v
        d.add_paragraph("เรื่อง ขอรับการช่วยเหลือซ่อมแซมบ้านที่เสียหายจากวาตภัย")
        d.add_paragraph("ลงชื่อ ........................................ ผู้ยื่นคำร้อง")

    return attached(p, i, "docx_table_two_columns", "คำร้องทั่วไป.docx", docx_bytes(build), DOCX)


def docx_table_four_columns(p: Person, i: int) -> Case:
    """A compact Word form: label | value | label | value on each row."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอ")
        rows = docx_rows(p, i + 1)
        t = d.add_table(rows=(len(rows) + 1) // 2, cols=4)
        t.style = "Table Grid"
        for n, (k, v) in enumerate(rows):
            t.cell(n // 2, 2 * (n % 2)).text = k
            t.cell(n // 2, 2 * (n % 2) + 1).text = v

    return attached(p, i, "docx_table_four_columns", "แบบคำขอ.docx", docx_bytes(build), DOCX)


def docx_label_paragraphs(p: Person, i: int) -> Case:
    """A letter typed in Word: "label: value" paragraphs, a tab after the colon in one
    variant."""
    sep = ":\t" if i % 2 else ": "

    def build(d: Any) -> None:
        d.add_paragraph("เรียน นายกเทศมนตรีเมืองทุ่งสง")
        d.add_paragraph("ขอแจ้งความประสงค์ขอติดตั้งไฟฟ้าส่องสว่างสาธารณะในซอย รายละเอียดผู้ยื่นคำขอ ดังนี้")
        for k, v in (("ชื่อ-สกุล", name_as_typed(p, i)), ("เลขประจำตัวประชาชน", p.nid),
                     ("วันเกิด", born_th(p.born, i)), ("ที่อยู่", home(p, i)),
                     ("โทรศัพท์", mobile(p.mobile, i)), ("อีเมล", p.email)):  # fmt: skip
            d.add_paragraph(f"{k}{sep}{v}")
        d.add_paragraph("ขอแสดงความนับถือ")

    return attached(p, i, "docx_label_paragraphs", "หนังสือขอติดตั้งไฟฟ้า.docx", docx_bytes(build), DOCX)


# --- fillable PDFs with meaningless names -------------------------------------------------------

FORM_TOP = (
    (70, 18, "แบบคำร้องทั่วไป"),
    (120, 28, f"เขียนที่ {TOWN}"),
    (20, 40, "เรียน นายกเทศมนตรีเมืองทุ่งสง"),
)


def form_rows(p: Person) -> list[tuple[str, str]]:
    return [
        ("ชื่อ - สกุล", p.name),
        ("เลขประจำตัวประชาชน", dashed(p.nid)),
        ("วัน เดือน ปีเกิด", born_th(p.born, 0)),
        ("ที่อยู่", p.line()),
        ("จังหวัด", p.province),
        ("รหัสไปรษณีย์", p.postal),
        ("โทรศัพท์", mobile(p.mobile, 0)),
        ("อีเมล", p.email),
    ]


def acro_beside(p: Person, i: int, style: str, names: list[str]) -> Case:
    rows = form_rows(p)
    texts = list(FORM_TOP) + [
        (20, 52 + 11 * k, f"{lab} " + "." * 60) for k, (lab, _) in enumerate(rows)
    ]
    widgets = [
        Widget(n, v, 62, 52 + 11 * k) for k, (n, (_, v)) in enumerate(zip(names, rows, strict=True))
    ]
    return attached(p, i, style, "แบบคำร้อง.pdf", add_widgets(pdf_page(texts, 12), widgets), PDF)


def acro_text_numbers(p: Person, i: int) -> Case:
    """Acrobat's auto-named fields Text1..Text8 beside the printed labels."""
    return acro_beside(p, i, "acro_text_numbers", [f"Text{k + 1}" for k in range(8)])


def acro_fill_above(p: Person, i: int) -> Case:
    """Fields named fill_1..fill_8, each under its label printed on the line above."""
    rows = form_rows(p)
    texts = list(FORM_TOP) + [(20, 52 + 14 * k, lab) for k, (lab, _) in enumerate(rows)]
    widgets = [Widget(f"fill_{k + 1}", v, 20, 58 + 14 * k, w=120) for k, (_, v) in enumerate(rows)]
    return attached(
        p, i, "acro_fill_above", "คำร้อง_กรอกได้.pdf", add_widgets(pdf_page(texts, 12), widgets), PDF
    )


def acro_txt_names(p: Person, i: int) -> Case:
    """A programmer's names (txtName, txtID, txtDOB, txtAddr1, ...), half of which say
    something and half not."""
    names = ["txtName", "txtID", "txtDOB", "txtAddr1", "txtAddr2", "txtZip", "txtTel", "txtMail"]
    return acro_beside(p, i, "acro_txt_names", names)


# --- text PDFs whose letters come apart ------------------------------------------------------------


def spaced_pdf(rows: list[str], *, spacing: float = 0, glyphs: bool = False) -> bytes:
    """A Thai text PDF, letters spread: by character spacing (Tc, as Word's "distributed"
    alignment or a letter-spaced template writes it), or each letter placed on its own
    (as some report generators write Thai)."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / "Laksaman.ttf"))
    pdf.set_font("F", size=14)
    if glyphs:
        for r, row in enumerate(rows):
            x = 20.0
            for cluster in clusters(row):
                pdf.text(x, 30 + 10 * r, cluster)
                x += pdf.get_string_width(cluster) + 0.6
    else:
        pdf.set_text_shaping(True)
        pdf.set_char_spacing(spacing)
        for r, row in enumerate(rows):
            pdf.text(20, 30 + 10 * r, row)
    return bytes(pdf.output())


def clusters(text: str) -> list[str]:
    """A base letter with its marks above and below (Thai vowels and tones do not advance)."""
    marks = set(
        "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
    )
    out: list[str] = []
    for c in text:
        if out and c in marks:
            out[-1] += c
        else:
            out.append(c)
    return out


def pdf_rows(p: Person) -> list[str]:
    return [
        "คำร้องขอรับความช่วยเหลือ",
        f"ชื่อ-สกุล {p.name}",
        f"เลขประจำตัวประชาชน {p.nid}",
        f"วันเกิด {born_th(p.born, 0)}",
        f"ที่อยู่ {p.line()}",
        f"{p.province_written} รหัสไปรษณีย์ {p.postal}",
        f"โทรศัพท์ {mobile(p.mobile, 1)}",
        f"อีเมล {p.email}",
    ]


def pdf_letter_spaced(p: Person, i: int) -> Case:
    """Character spacing on every line: extractors print the Thai with gaps between letters."""
    data = spaced_pdf(pdf_rows(p), spacing=3 + i % 2)
    return attached(p, i, "pdf_letter_spaced", "คำร้อง.pdf", data, PDF)


def pdf_glyph_by_glyph(p: Person, i: int) -> Case:
    """Each letter (with its marks) placed on its own with a small gap."""
    return attached(
        p, i, "pdf_glyph_by_glyph", "คำร้องช่วยเหลือ.pdf", spaced_pdf(pdf_rows(p), glyphs=True), PDF
    )


STYLES: tuple[Style, ...] = (
    plain_name_dash_surname,
    plain_applicant_colon,
    plain_numbered_labels,
    plain_qualified_labels,
    plain_english_tab,
    plain_label_then_line,
    plain_dot_leaders,
    plain_fullwidth_colon,
    name_spaced_title,
    fwd_gmail_note,
    fwd_outlook_thai,
    reply_inline_quote,
    reply_filled_above,
    html_p_nbsp,
    html_br_entities,
    html_outlook_msonormal,
    prose_one_sentence,
    prose_letter_age,
    docx_table_two_columns,
    docx_table_four_columns,
    docx_label_paragraphs,
    acro_text_numbers,
    acro_fill_above,
    acro_txt_names,
    pdf_letter_spaced,
    pdf_glyph_by_glyph,
)

KIND: dict[str, str] = {
    s.__name__: {
        "plain": "labels",
        "fwd": "mail",
        "reply": "mail",
        "html": "HTML",
        "prose": "prose",
        "docx": "Word",
        "acro": "fillable",
        "pdf": "textPDF",
        "name": "names",
    }[s.__name__.split("_")[0]]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style for two residents (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    return [
        ("a request forwarded by a community leader", fwd_gmail_note(PEOPLE[3], 90).raw, "request"),
        (
            "a reply filling in the agency's blank template",
            reply_inline_quote(PEOPLE[6], 91).raw,
            "request",
        ),
    ]
