"""A twenty-sixth set of requests written by someone who had not read the readers (issue 8):
REAL Thai agency forms, laid out as the agency prints them and filled in the way citizens
fill them, typed into a mail or attached (Word, PDF text layers, xlsx and ods sheets).

Written before reading `extractors/` or `config/` (only the harness, the `Case` type, set
24's test and builder, the file makers of sets 5, 11, 13 and 17 and the earlier sets'
style names were read). Each style is modelled on a public form as it is printed:

- คำร้องทั่วไป of a เทศบาล or อบต. (เขียนที่..., วันที่...เดือน...พ.ศ...., เรื่อง, เรียน
  นายกเทศมนตรี, ข้าพเจ้า.....อายุ....ปี สัญชาติ....อยู่บ้านเลขที่....หมู่ที่....) with its
  dotted leaders kept around the values, or the dots deleted and spaces left;
- แบบคำขอข้อมูลข่าวสาร (พ.ร.บ. ข้อมูลข่าวสารของราชการ พ.ศ. 2540), with "(นาย/นาง/นางสาว)",
  "ตรอก/ซอย", "ตำบล/แขวง", "-" in the empty ones and ticks before ขอตรวจดู/ขอสำเนา;
- แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ and เบี้ยความพิการ: the title ticked (☑/☐ or
  [X]/[ ]), ชื่อ and นามสกุล apart, a bank account number, and the section of the
  ผู้รับมอบอำนาจ or the ผู้ดูแลคนพิการ with its own name, ID, address and phone;
- หนังสือมอบอำนาจ: the ผู้มอบอำนาจ and the ผู้รับมอบอำนาจ, each with age, ID and address,
  the card's issue and expiry dates, the signatures and a witness;
- คำขออนุญาตก่อสร้างอาคาร (แบบ ข.๑, the อ.๑ people ask for) and the แจ้งการขุดดิน: the
  site's address, the deed's numbers and the engineer's name and licence beside the owner's;
- คำร้องขอรับความช่วยเหลือผู้ประสบภัย: the kind of disaster ticked, its date, the household
  members and the bank account;
- ภ.ป.๑ (ภาษีป้าย) and a request to review a land and building tax (ภ.ด.ส.) assessment:
  the sign's or the land's place, sizes, deed numbers, the notice's number and date;
- คำร้องขอคัดและรับรองสำเนาทะเบียนบ้าน, with the 11-digit house code and Thai numerals;
- คำขอจดทะเบียนพาณิชย์ (แบบ ทพ.): a shop owner, the shop's name, kind, capital, premises
  (another address), the manager and the day the trade began;
- a school's คำร้องขอย้ายนักเรียน with the student's and the parent's details and the new
  school's province.

Attachments: Word built with python-docx (tables with merged cells, paragraphs with dotted
leaders or dotted underlines, a table inside a table); PDF text layers (fpdf2, as the
earlier builders print: printed dotted lines with the typed value drawn over them, two
columns, ruled boxes); xlsx and ods sheets laid out as a form (a label in one cell, the
value in the next or two cells to the right); and mail bodies holding the printed form's
text copied and filled in.

Conventions (written down before any run):
- the applicant is the person the request is FOR: the elderly or disabled person, not the
  ผู้รับมอบอำนาจ or ผู้ดูแล who files it; in a หนังสือมอบอำนาจ only the ผู้มอบอำนาจ; the
  student, not the parent; the shop owner (a natural person), not the manager;
- the address is the applicant's own (where they live or are registered), never the
  construction site, the land, the sign's place, the shop's premises or the new school's;
  the postal code and province follow it;
- a form that asks for an age but no birth date: only no birth date, or a flagged one, is
  right (the harness's empty tuple): the date of filing, of a disaster, of an ID card's
  issue, of a contract or of a trade's start is no birth date;
- the contact phone and e-mail are the applicant's when the form gives them; when it gives
  none, the writer's (the proxy's) as set 24 decided, and an e-mail only in From is not
  expected;
- names: the title joined to the first name, one space before the family name; a title
  ticked in a row of boxes is the applicant's title; a student's ด.ช./ด.ญ. is accepted;
- values written in Thai numerals are right in Thai or Arabic digits.
Everyone and every number is invented; every ID is made with with_check_digit.
"""

from __future__ import annotations

import html as htmllib
import io
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import two_each
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import (
    DOCX,
    FONTS,
    XLSX,
    Person,
    addresses,
    docx_bytes,
    expect,
    intl,
    pdf_page,
    thai_date,
    xlsx_bytes,
)
from unseen_requests_11 import PDF, Attachment, dashed_phone
from unseen_requests_13 import ODS, ODS_NS, dashed_id, ods_cell

# ruff: noqa: E501 -- forms as agencies print them: long lines of labels and leaders

PEOPLE: tuple[Person, ...] = (
    Person("นาย", "สุรชัย", "พรหมมา", with_check_digit("341050012345"), date(1958, 2, 11),
           "0819034427", "surachai.pm@gmail.com", "118", "6", "", "", "โนนสูง",
           "เมืองอุดรธานี", "อุดรธานี", "41330"),
    Person("นางสาว", "ปวีณา", "แก้วมณี", with_check_digit("110370045528"), date(1993, 7, 4),
           "0926651830", "paweena.km@hotmail.com", "45/12", "", "ปรีดีพนมยงค์ 26", "สุขุมวิท",
           "พระโขนงเหนือ", "วัฒนา", "กรุงเทพมหานคร", "10110"),
    Person("นาง", "ละเอียด", "สมบูรณ์ชัย", with_check_digit("325010007731"), date(1952, 10, 30),
           "0857712093", "laiad.sb@yahoo.com", "9", "2", "", "", "ท่าตูม",
           "ศรีมหาโพธิ", "ปราจีนบุรี", "25140"),
    Person("นาย", "ประเสริฐ", "ชัยมงคล", with_check_digit("330990018824"), date(1979, 5, 22),
           "0896610248", "prasert.cm@gmail.com", "201/3", "8", "", "มิตรภาพ", "ในเมือง",
           "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
    Person("นาง", "จันทร์เพ็ญ", "อ่อนศรี", with_check_digit("393020004417"), date(1963, 12, 9),
           "0634497125", "chanpen.os@gmail.com", "67", "11", "", "", "แม่ขรี",
           "ตะโหมด", "พัทลุง", "93160"),
    Person("นาย", "กฤษดา", "มั่นคง", with_check_digit("110290061937"), date(1986, 9, 14),
           "0950082637", "kritsada.mk@outlook.com", "33/7", "", "รามอินทรา 40", "รามอินทรา",
           "นวลจันทร์", "บึงกุ่ม", "กรุงเทพมหานคร", "10230"),
    Person("นางสาว", "สุดารัตน์", "บุญมี", with_check_digit("150990072263"), date(1998, 3, 27),
           "0613320984", "sudarat.bm@gmail.com", "150", "4", "", "", "ป่าแดด",
           "เมืองเชียงใหม่", "เชียงใหม่", "50100"),
    Person("นาย", "บุญส่ง", "ทองดี", with_check_digit("376010003358"), date(1949, 8, 1),
           "0878812546", "boonsong.td@gmail.com", "5", "1", "", "", "บ้านแหลม",
           "บ้านแหลม", "เพชรบุรี", "76110"),
)  # fmt: skip

ELDERS = (PEOPLE[0], PEOPLE[2], PEOPLE[4], PEOPLE[7])  # sixty or more on 5 December 2026
YOUNG = (PEOPLE[1], PEOPLE[3], PEOPLE[5], PEOPLE[6])  # proxies, carers, parents

# students: (person, student number, class); their parent is YOUNG[1] or YOUNG[2]
STUDENTS = (
    Person("เด็กชาย", "ธนภัทร", "ชัยมงคล", with_check_digit("130990120457"), date(2013, 1, 18),
           "", "", "201/3", "8", "", "มิตรภาพ", "ในเมือง", "เมืองนครราชสีมา", "นครราชสีมา",
           "30000"),
    Person("เด็กหญิง", "กัญญาณัฐ", "มั่นคง", with_check_digit("110030198762"), date(2014, 6, 2),
           "", "", "33/7", "", "รามอินทรา 40", "รามอินทรา", "นวลจันทร์", "บึงกุ่ม",
           "กรุงเทพมหานคร", "10230"),
)  # fmt: skip
STUDENT_PARENT = (PEOPLE[3], PEOPLE[5])
SHORT_TITLE = {"เด็กชาย": "ด.ช.", "เด็กหญิง": "ด.ญ."}

AGENCY_MAIL = "saraban@nonsung.go.th"
SUBJECTS = ("ส่งแบบคำร้อง", "ยื่นคำร้องทางอีเมล", "ขอยื่นแบบฟอร์ม", "คำขอ (ตามไฟล์แนบ)")
ATTACHED = (
    "เรียน เจ้าหน้าที่\n\nส่งแบบฟอร์มที่กรอกแล้วตามไฟล์แนบครับ\n\nขอบคุณครับ\n",
    "ตามไฟล์แนบค่ะ\n\nส่งจาก iPhone ของฉัน\n",
    "เรียน งานธุรการ\nแนบแบบคำขอมาให้พิจารณาค่ะ\n",
    "สวัสดีครับ\nกรอกแบบฟอร์มตามที่เว็บไซต์ให้ดาวน์โหลดไว้ครับ\n",
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
    msg["Date"] = format_datetime(datetime(2026, 12, 5, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set26-{n}-{who.first.encode().hex()[:8]}@example.net>"
    if text is None and html is None:
        text = ATTACHED[n % len(ATTACHED)]
    if text is not None:
        msg.set_content(text, charset="utf-8")
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html", charset="utf-8")
        else:
            msg.add_alternative(html, subtype="html", charset="utf-8")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


# --- what a citizen writes into a form's blanks ---------------------------------------------


def age(born: date) -> int:
    return 2026 - born.year - ((born.month, born.day) > (12, 5))


def dots(value: str, left: int = 8, right: int = 8) -> str:
    """A value typed into a dotted leader, the dots kept on both sides."""
    return "." * left + value + "." * right


def dash(value: str) -> str:
    return value or "-"


def tambon_v(p: Person) -> str:
    """What goes after a "ตำบล/แขวง" label: a Bangkok citizen writes the word to say which."""
    return f"แขวง{p.tambon}" if p.bangkok else p.tambon


def amphoe_v(p: Person) -> str:
    return f"เขต{p.amphoe}" if p.bangkok else p.amphoe


def be_parts(d: date) -> tuple[str, str, str]:
    return str(d.day), MONTHS[d.month - 1], str(d.year + 543)


def no_birth(exp: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The form asks for an age, not a birth date: any date read as one must be flagged."""
    exp["birth_date"] = ()
    return exp


def proxy_contact(exp: dict[str, tuple[str, ...]], writer: Person) -> dict[str, tuple[str, ...]]:
    """The form gives the applicant no phone: the writer's is the contact."""
    exp["phone"] = (intl(writer.mobile), writer.mobile)
    return exp


def with_thai_digits(p: Person, exp: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    typed = thai(p.line())
    exp["address"] = (*addresses(p, typed), *exp["address"],
                      f"{typed} {p.province_written} {thai(p.postal)}")  # fmt: skip
    return exp


def esc(text: str) -> str:
    return htmllib.escape(text, quote=False)


def student_names(c: Person) -> tuple[str, ...]:
    return (c.name, f"{SHORT_TITLE[c.title]}{c.first} {c.last}")


# --- plain bodies: the printed form's text copied into the mail and filled -----------------


def tessaban_kham_rong_dotted_body(p: Person, i: int) -> Case:
    """A เทศบาล's คำร้องทั่วไป copied from its web page into the mail: each blank a dotted
    leader, the value typed in the middle of the dots (i even) or the dots deleted and
    spaces left where a value went, dots left on the blanks not filled (i odd)."""

    def f(v: str) -> str:
        return dots(v) if i % 2 == 0 else f"  {v}  "

    empty = "." * 20
    text = (
        "                                   คำร้องทั่วไป\n"
        "                                                  เขียนที่ สำนักงานเทศบาลตำบลโนนสูง\n"
        f"                                                  วันที่{f('5')}เดือน{f('ธันวาคม')}พ.ศ.{f('2569')}\n"
        f"เรื่อง{f('ขอให้ซ่อมไฟฟ้าส่องสว่างสาธารณะ')}\n"
        "เรียน นายกเทศมนตรีตำบลโนนสูง\n\n"
        f"          ข้าพเจ้า{f(p.name)}อายุ{f(str(age(p.born)))}ปี สัญชาติ{f('ไทย')}\n"
        f"อยู่บ้านเลขที่{f(p.house)}หมู่ที่{f(p.moo) if p.moo else empty}ตรอก/ซอย{f(p.soi) if p.soi else empty}"
        f"ถนน{f(p.road) if p.road else empty}\n"
        f"ตำบล/แขวง{f(tambon_v(p))}อำเภอ/เขต{f(amphoe_v(p))}จังหวัด{f(p.province)}\n"
        f"รหัสไปรษณีย์{f(p.postal)}โทรศัพท์{f(dashed_phone(p.mobile))}\n"
        f"เลขประจำตัวประชาชน{f(dashed_id(p.nid))}E-mail{f(p.email)}\n"
        f"ขอยื่นคำร้องต่อนายกเทศมนตรีตำบลโนนสูง ด้วย{f('ไฟฟ้าส่องสว่างหน้าบ้านเลขที่ 120 ดับมา 2 สัปดาห์')}\n"
        f"{'.' * 60}\n"
        "จึงเรียนมาเพื่อโปรดพิจารณา\n\n"
        "                              (ลงชื่อ).......................................ผู้ยื่นคำร้อง\n"
        f"                                     ({f(p.name)})\n"
    )
    return Case("tessaban_kham_rong_dotted_body", message(p, i, text=text), no_birth(expect(p)))


def info_request_2540_body(p: Person, i: int) -> Case:
    """แบบคำขอข้อมูลข่าวสาร under the Official Information Act 2540, copied and filled:
    "(นาย/นาง/นางสาว)", "ตรอก/ซอย", "-" in the blanks that do not apply, ticks before the
    ways of access; one label a line (i even) or the address's labels several to a line
    as printed (i odd). A contract's number and date in what is asked for."""
    tick = ("☐", "☑") if i % 2 == 0 else ("[ ]", "[X]")
    who = (
        f"ข้าพเจ้า (นาย/นาง/นางสาว) {p.title} {p.first} นามสกุล {p.last}"
        if i % 2
        else f"ข้าพเจ้า (นาย/นาง/นางสาว) {p.name}"
    )
    if i % 2 == 0:
        addr = (
            f"ที่อยู่ที่ติดต่อได้ เลขที่ {p.house}\nหมู่ที่ {dash(p.moo)}\nตรอก/ซอย {dash(p.soi)}\n"
            f"ถนน {dash(p.road)}\nตำบล/แขวง {tambon_v(p)}\nอำเภอ/เขต {amphoe_v(p)}\n"
            f"จังหวัด {p.province}\nรหัสไปรษณีย์ {p.postal}\n"
            f"โทรศัพท์ {dashed_phone(p.mobile)}\nโทรสาร -\nE-mail {p.email}\n"
        )
    else:
        addr = (
            f"ที่อยู่ที่ติดต่อได้ เลขที่ {p.house} หมู่ที่ {dash(p.moo)} ตรอก/ซอย {dash(p.soi)} ถนน {dash(p.road)}\n"
            f"ตำบล/แขวง {tambon_v(p)} อำเภอ/เขต {amphoe_v(p)} จังหวัด {p.province} รหัสไปรษณีย์ {p.postal}\n"
            f"โทรศัพท์ {dashed_phone(p.mobile)} โทรสาร - E-mail {p.email}\n"
        )
    text = (
        "แบบคำขอข้อมูลข่าวสาร\nตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540\n\n"
        "                                        วันที่ 5 เดือน ธันวาคม พ.ศ. 2569\n"
        "เรียน นายกองค์การบริหารส่วนตำบลท่าตูม\n\n"
        f"{who}\n"
        f"บัตรประจำตัวประชาชนเลขที่ {dashed_id(p.nid)}\n"
        f"อายุ {age(p.born)} ปี อาชีพ รับจ้างทั่วไป\n"
        f"{addr}"
        "มีความประสงค์ขอข้อมูลข่าวสาร ดังนี้\n"
        f"    สำเนาสัญญาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 6 สัญญาเลขที่ {14 + i}/2569 ลงวันที่ 15 มีนาคม 2569\n"
        f"โดย  {tick[0]} ขอตรวจดู  {tick[1]} ขอสำเนา  {tick[1]} ขอสำเนาที่มีคำรับรองถูกต้อง  จำนวน 1 ชุด\n"
        "เพื่อใช้ประโยชน์ในการ ตรวจสอบการใช้งบประมาณของหมู่บ้าน\n\n"
        "                    ลงชื่อ ................................ ผู้ยื่นคำขอ\n"
        f"                          ({p.name})\n"
    )
    return Case("info_request_2540_body",
                message(p, i, text=text, subject="ขอข้อมูลข่าวสารตาม พ.ร.บ.ข้อมูลข่าวสาร"),
                no_birth(expect(p)))  # fmt: skip


def elderly_allowance_body(p: Person, i: int) -> Case:
    """แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ copied into the mail by the elder's
    child, who files it under a power of attorney: the title ticked, ชื่อ and นามสกุล
    apart, the birth date in its three blanks, a bank account, then the ผู้รับมอบอำนาจ's
    own name, ID, address and phone. The mail is the child's."""
    elder, proxy = ELDERS[i % 4], YOUNG[i % 4]
    tick = ("☑", "☐") if i % 2 == 0 else ("[X]", "[ ]")
    titles = "  ".join(
        f"{tick[0] if t == elder.title else tick[1]} {t}" for t in ("นาย", "นาง", "นางสาว")
    )
    d, m, y = be_parts(elder.born)
    text = (
        "เรียน เจ้าหน้าที่ อบต.\n\nส่งแบบคำขอเบี้ยยังชีพแทนแม่/พ่อครับ ตามข้างล่างนี้\n\n"
        "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2570\n"
        "                                   เขียนที่ องค์การบริหารส่วนตำบล\n"
        "                                   วันที่ 5 เดือน ธันวาคม พ.ศ. 2569\n"
        "ข้อมูลผู้สูงอายุ\n"
        f"คำนำหน้านาม  {titles}\n"
        f"ชื่อ {elder.first}  นามสกุล {elder.last}\n"
        f"เกิดวันที่ {d} เดือน {m} พ.ศ. {y}  อายุ {age(elder.born)} ปี  สัญชาติ ไทย\n"
        f"มีชื่ออยู่ในสำเนาทะเบียนบ้านเลขที่ {elder.house} หมู่ที่ {dash(elder.moo)} ตรอก/ซอย {dash(elder.soi)} ถนน {dash(elder.road)}\n"
        f"ตำบล/แขวง {tambon_v(elder)} อำเภอ/เขต {amphoe_v(elder)} จังหวัด {elder.province} รหัสไปรษณีย์ {elder.postal}\n"
        f"เลขประจำตัวประชาชน {' '.join((elder.nid[0], elder.nid[1:5], elder.nid[5:10], elder.nid[10:12], elder.nid[12]))}\n"
        f"โทรศัพท์ {dashed_phone(elder.mobile)}\n"
        f"สถานภาพสมรส  {tick[1]} โสด  {tick[0]} สมรส  {tick[1]} หม้าย  {tick[1]} หย่าร้าง\n"
        "รายได้ต่อเดือน 1,500 บาท  อาชีพ เกษตรกร\n"
        "มีความประสงค์ขอรับเงินเบี้ยยังชีพผู้สูงอายุ โดยวิธีดังต่อไปนี้ (เลือก 1 วิธี)\n"
        f"{tick[1]} รับเงินสดด้วยตนเอง\n{tick[1]} รับเงินสดโดยบุคคลที่ได้รับมอบอำนาจจากผู้มีสิทธิ\n"
        f"{tick[0]} โอนเข้าบัญชีเงินฝากธนาคารในนามผู้มีสิทธิ ธนาคาร กรุงไทย เลขที่บัญชี 405-0-{12345 + i}-6\n"
        f"{tick[1]} โอนเข้าบัญชีเงินฝากธนาคารในนามบุคคลที่ได้รับมอบอำนาจจากผู้มีสิทธิ ธนาคาร.......... เลขที่บัญชี..........\n\n"
        "(กรณีผู้สูงอายุทำหนังสือมอบอำนาจให้ผู้อื่นเป็นผู้ยื่นคำขอฯ แทน)\n"
        f"ผู้ยื่นคำขอแทนตามหนังสือมอบอำนาจ เกี่ยวข้องกับผู้สูงอายุที่ขอขึ้นทะเบียน โดยเป็น บุตร\n"
        f"ชื่อ-สกุล (ผู้รับมอบอำนาจ) {proxy.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(proxy.nid)}\n"
        f"ที่อยู่ {proxy.line()} {proxy.province_written} {proxy.postal}\n"
        f"โทรศัพท์ {dashed_phone(proxy.mobile)}\n\n"
        "ลงชื่อ ........................ ผู้ยื่นคำขอ      ลงชื่อ ........................ ผู้รับมอบอำนาจ\n"
        f"      ({elder.name})                ({proxy.name})\n"
    )
    exp = expect(elder, "full_name national_id birth_date phone address postal_code province")
    return Case("elderly_allowance_body",
                message(elder, i, text=text, subject="ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", sender=proxy), exp)  # fmt: skip


def power_of_attorney_body(p: Person, i: int) -> Case:
    """A หนังสือมอบอำนาจ typed into the mail by the ผู้รับมอบอำนาจ, under a line of his own
    with his phone: both parties with age, ID, the card's issue and expiry dates and the
    address; signatures and a witness at the foot. Only the ผู้มอบอำนาจ is the applicant."""
    grantor, grantee = ELDERS[(i + 1) % 4], YOUNG[(i + 2) % 4]
    witness = "นางบุญมา พรหมมา" if i % 2 == 0 else "นายสมศักดิ์ ใจกว้าง"

    def party(q: Person) -> str:
        return (
            f"{q.name} อายุ {age(q.born)} ปี สัญชาติ ไทย\n"
            f"ถือบัตรประจำตัวประชาชนเลขที่ {dashed_id(q.nid)} ออกให้ ณ อำเภอ{q.amphoe}"
            f" เมื่อวันที่ 3 มีนาคม 2565 หมดอายุวันที่ {q.born.day} {MONTHS[q.born.month - 1]} 2574\n"
            f"อยู่บ้านเลขที่ {q.line()} {q.province_written} {q.postal}\n"
        )

    text = (
        f"เรียน เจ้าหน้าที่\n\nผมยื่นแทน{('คุณพ่อ' if grantor.title == 'นาย' else 'คุณแม่')}ตามหนังสือมอบอำนาจข้างล่างครับ"
        f" ติดต่อผมได้ที่ {dashed_phone(grantee.mobile)}\n\n"
        "                              หนังสือมอบอำนาจ\n"
        f"                                        ทำที่ บ้านเลขที่ {grantor.house}\n"
        "                                        วันที่ 4 เดือน ธันวาคม พ.ศ. 2569\n\n"
        f"          โดยหนังสือฉบับนี้ ข้าพเจ้า {party(grantor)}"
        f"ขอมอบอำนาจให้ {party(grantee)}"
        "เป็นผู้มีอำนาจกระทำการแทนข้าพเจ้า ในการยื่นคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ และลงนามในเอกสารที่เกี่ยวข้อง\n"
        "การใดที่ผู้รับมอบอำนาจได้กระทำไปตามหนังสือมอบอำนาจนี้ ให้ถือเสมือนว่าข้าพเจ้าได้กระทำด้วยตนเองทุกประการ\n"
        "เพื่อเป็นหลักฐาน ข้าพเจ้าจึงได้ลงลายมือชื่อไว้เป็นสำคัญต่อหน้าพยาน\n\n"
        "        ลงชื่อ .............................. ผู้มอบอำนาจ\n"
        f"              ({grantor.name})\n"
        "        ลงชื่อ .............................. ผู้รับมอบอำนาจ\n"
        f"              ({grantee.name})\n"
        "        ลงชื่อ .............................. พยาน\n"
        f"              ({witness})\n"
    )
    exp = no_birth(
        proxy_contact(
            expect(grantor, "full_name national_id address postal_code province"), grantee
        )
    )
    return Case("power_of_attorney_body",
                message(grantor, i, text=text, subject="ส่งหนังสือมอบอำนาจ", sender=grantee), exp)  # fmt: skip


def disaster_relief_body(p: Person, i: int) -> Case:
    """คำร้องขอรับความช่วยเหลือผู้ประสบภัย copied and filled: the disaster ticked with its
    date and hour, the damage, the household members (i odd, a table of names, relations
    and ages), a bank account in the applicant's name."""
    tick = ("☑", "☐")
    members = ""
    if i % 2:
        members = (
            "สมาชิกในครัวเรือน\n"
            "ลำดับ\tชื่อ-สกุล\tความสัมพันธ์\tอายุ\n"
            f"1\t{p.name}\tเจ้าบ้าน\t{age(p.born)}\n"
            f"2\tนางบุญมา {p.last}\tภรรยา\t61\n"
            f"3\tเด็กหญิงปาริชาติ {p.last}\tหลาน\t9\n"
        )
    text = (
        "แบบคำร้องขอรับความช่วยเหลือผู้ประสบภัย\n"
        "                                                  เขียนที่ ที่ทำการ อบต.โนนสูง\n"
        "                                                  วันที่ 5 เดือน ธันวาคม พ.ศ. 2569\n"
        "เรื่อง ขอรับความช่วยเหลือผู้ประสบภัย\n"
        "เรียน นายกองค์การบริหารส่วนตำบลโนนสูง\n\n"
        f"          ข้าพเจ้า (นาย/นาง/นางสาว) {p.name} เลขประจำตัวประชาชน {p.nid}\n"
        f"อยู่บ้านเลขที่ {p.house} หมู่ที่ {dash(p.moo)} ตรอก/ซอย {dash(p.soi)} ถนน {dash(p.road)}"
        f" ตำบล/แขวง {tambon_v(p)} อำเภอ/เขต {amphoe_v(p)} จังหวัด {p.province} {p.postal}\n"
        f"หมายเลขโทรศัพท์ {p.mobile}   E-mail (ถ้ามี) {p.email}\n"
        f"ได้รับความเดือดร้อนจากสาธารณภัย ประเภท  {tick[0]} อุทกภัย  {tick[1]} วาตภัย  {tick[1]} อัคคีภัย  {tick[1]} ภัยแล้ง  {tick[1]} อื่นๆ\n"
        f"เมื่อวันที่ {27 + i % 2} เดือน ตุลาคม พ.ศ. 2569 เวลา 03.00 น.\n"
        f"ความเสียหาย  {tick[0]} บ้านเรือนเสียหายบางส่วน  {tick[1]} เสียหายทั้งหลัง  {tick[0]} ทรัพย์สินเสียหาย\n"
        "รายละเอียดความเสียหาย น้ำท่วมสูง 1.20 เมตร นาน 5 วัน ตู้เย็นและที่นอนเสียหาย\n"
        f"{members}"
        f"ขอรับเงินช่วยเหลือโดยโอนเข้าบัญชี ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร เลขที่บัญชี 020-2-{71234 + i}-5 ชื่อบัญชี {p.name}\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณาให้ความช่วยเหลือ\n"
        "                    ลงชื่อ ................................ ผู้ยื่นคำร้อง\n"
        f"                          ({p.name})\n"
    )
    return Case("disaster_relief_body",
                message(p, i, text=text, subject="ขอรับความช่วยเหลือน้ำท่วม"), no_birth(expect(p)))  # fmt: skip


def house_code(p: Person) -> str:
    return f"{p.postal[:2]}01-0{p.nid[5:10]}-{p.nid[12]}"


def house_register_certify_body(p: Person, i: int) -> Case:
    """คำร้องขอคัดและรับรองสำเนาทะเบียนบ้าน at the local registration office: the 11-digit
    house code beside the ID; in Thai numerals throughout (i odd), as official letters
    are typed."""
    n = thai if i % 2 else str
    d, m, y = be_parts(p.born)
    text = (
        "คำร้องขอคัดและรับรองสำเนาทะเบียนบ้าน\n"
        "                              เขียนที่ สำนักทะเบียนท้องถิ่นเทศบาลตำบลโนนสูง\n"
        f"                              วันที่ {n('5')} ธันวาคม {n('2569')}\n"
        "เรียน นายทะเบียนท้องถิ่น\n\n"
        f"ข้าพเจ้า {p.name}\n"
        f"เลขประจำตัวประชาชน {n(dashed_id(p.nid))}\n"
        f"เกิดวันที่ {n(d)} {m} {n(y)}\n"
        f"อยู่บ้านเลขที่ {n(p.line())} {p.province_written} {n(p.postal)}\n"
        f"รหัสประจำบ้าน {n(house_code(p))}\n"
        f"มีความประสงค์ขอคัดและรับรองสำเนาทะเบียนบ้าน (ท.ร.๑๔) จำนวน {n('2')} ฉบับ\n"
        "เพื่อนำไปใช้ประกอบการ ยื่นขอรับเงินสงเคราะห์\n"
        f"ติดต่อกลับ โทร {n(dashed_phone(p.mobile))} อีเมล {p.email}\n\n"
        "                    ลงชื่อ ................................ ผู้ยื่นคำร้อง\n"
        f"                          ({p.name})\n"
    )
    exp = expect(p)
    if i % 2:
        exp = with_thai_digits(p, exp)
    return Case("house_register_certify_body",
                message(p, i, text=text, subject="ขอรับรองสำเนาทะเบียนบ้าน"), exp)  # fmt: skip


SHOPS = (
    ("ร้านประเสริฐการช่าง", "ซ่อมรถจักรยานยนต์และจำหน่ายอะไหล่", "50,000",
     "88 หมู่ที่ 3 ถนนสุรนารายณ์ ตำบลจอหอ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30310", "044-212-880"),
    ("ร้านข้าวแกงป้าเพ็ญ", "ขายอาหารและเครื่องดื่ม", "30,000",
     "19/4 ถนนเพชรเกษม ตำบลหาดใหญ่ อำเภอหาดใหญ่ จังหวัดสงขลา 90110", "074-235-118"),
)  # fmt: skip
MANAGER = (
    "นายวีระ ใจกล้า อายุ 35 ปี สัญชาติ ไทย อยู่บ้านเลขที่ 12 หมู่ที่ 2 ตำบลจอหอ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา"
)


def commercial_registration_tp_body(p: Person, i: int) -> Case:
    """คำขอจดทะเบียนพาณิชย์ (แบบ ทพ.) copied and filled by a shop owner: numbered items,
    the owner's age, ID and home, then the shop's name, kind, capital, premises (another
    address, a landline), the manager (the owner himself, or another man with his own
    address, i odd) and the day the trade began. Item numbers in Thai numerals (i odd)."""
    shop, kind, capital, premises, landline = SHOPS[i % 2]
    k = thai if i % 2 else str
    manager = MANAGER if i % 2 else p.name
    text = (
        "แบบ ทพ.\n                         คำขอจดทะเบียนพาณิชย์\n"
        "  ☑ จดทะเบียนตั้งใหม่   ☐ จดทะเบียนเปลี่ยนแปลงรายการ   ☐ จดทะเบียนเลิกประกอบพาณิชยกิจ\n\n"
        "เรียน พนักงานเจ้าหน้าที่\n"
        "ข้าพเจ้าขอจดทะเบียนพาณิชย์ ดังต่อไปนี้\n"
        f"{k('1')}. ชื่อผู้ขอจดทะเบียน {p.name} อายุ {age(p.born)} ปี สัญชาติ ไทย\n"
        f"   เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"   อยู่บ้านเลขที่ {p.line()} {p.province_written} รหัสไปรษณีย์ {p.postal}\n"
        f"   โทรศัพท์มือถือ {dashed_phone(p.mobile)}  E-mail {p.email}\n"
        f"{k('2')}. ชื่อที่ใช้ในการประกอบพาณิชยกิจ {shop}\n"
        f"{k('3')}. ชนิดแห่งพาณิชยกิจ {kind}\n"
        f"{k('4')}. จำนวนเงินทุนที่นำมาใช้ในการประกอบพาณิชยกิจเป็นประจำ {capital} บาท\n"
        f"{k('5')}. ที่ตั้งสำนักงานแห่งใหญ่ เลขที่ {premises} โทรศัพท์ {landline}\n"
        f"{k('6')}. ชื่อผู้จัดการ {manager}\n"
        f"{k('7')}. วันเริ่มประกอบพาณิชยกิจ 1 ธันวาคม 2569\n\n"
        "ข้าพเจ้าขอรับรองว่ารายการข้างต้นเป็นความจริงทุกประการ\n"
        "          ลงชื่อ ........................ ผู้ขอจดทะเบียน\n"
        f"                ({p.name})\n"
    )
    exp = no_birth(expect(p))
    # as typed, with the form's "รหัสไปรษณีย์" before the code, is right too: set 16's
    # convention, which set 23 keeps (mended after the first run: not accepted then)
    exp["address"] = (*exp["address"], f"{p.line()} {p.province_written} รหัสไปรษณีย์ {p.postal}")
    return Case("commercial_registration_tp_body",
                message(p, i, text=text, subject="ขอจดทะเบียนพาณิชย์"), exp)  # fmt: skip


def disability_allowance_body(p: Person, i: int) -> Case:
    """แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ copied and filled by the carer: the disabled
    person's details (the disability card's number is the same ID, its issue and expiry
    dates), the kind of disability ticked, a bank account, then the ผู้ดูแลคนพิการ's own
    name, ID, relation, address and phone. The disabled person is the applicant."""
    carer = YOUNG[(i + 3) % 4]
    tick = ("[X]", "[ ]") if i % 2 == 0 else ("(/)", "( )")
    d, m, y = be_parts(p.born)
    text = (
        "เรียน นายกองค์การบริหารส่วนตำบล\n\nขอส่งแบบคำขอเบี้ยความพิการค่ะ\n\n"
        "แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ ประจำปีงบประมาณ พ.ศ. 2570\n"
        "                                   วันที่ 5 เดือน ธันวาคม พ.ศ. 2569\n"
        "ข้อมูลคนพิการ\n"
        f"ชื่อ-นามสกุล (คนพิการ) {p.name}\n"
        f"เกิดวันที่ {d} เดือน {m} พ.ศ. {y}   อายุ {age(p.born)} ปี   สัญชาติ ไทย\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"บัตรประจำตัวคนพิการเลขที่ {dashed_id(p.nid)} ออกให้เมื่อ 12 มกราคม 2566 บัตรหมดอายุ 11 มกราคม 2574\n"
        f"ประเภทความพิการ {tick[0]} ทางการเคลื่อนไหวหรือทางร่างกาย  {tick[1]} ทางการเห็น  {tick[1]} ทางการได้ยินหรือสื่อความหมาย\n"
        f"มีชื่ออยู่ในสำเนาทะเบียนบ้านเลขที่ {p.house} หมู่ที่ {dash(p.moo)} ตรอก/ซอย {dash(p.soi)} ถนน {dash(p.road)}\n"
        f"ตำบล/แขวง {tambon_v(p)} อำเภอ/เขต {amphoe_v(p)} จังหวัด {p.province} รหัสไปรษณีย์ {p.postal}\n"
        f"หมายเลขโทรศัพท์ {dashed_phone(p.mobile)}\n"
        f"ความประสงค์ขอรับเงิน {tick[1]} รับเงินสดด้วยตนเอง  {tick[0]} โอนเข้าบัญชีเงินฝากธนาคารในนามคนพิการ"
        f" ธนาคารออมสิน เลขที่บัญชี 0203-{4471 + i}-8812\n\n"
        "ข้อมูลผู้ดูแลคนพิการ / ผู้แทนโดยชอบธรรม\n"
        f"ชื่อ-นามสกุล {carer.name}\n"
        f"เลขประจำตัวประชาชน {dashed_id(carer.nid)}\n"
        f"เกี่ยวข้องกับคนพิการโดยเป็น {'หลาน' if i % 2 else 'บุตร'}\n"
        f"ที่อยู่ {carer.line()} {carer.province_written} {carer.postal}\n"
        f"หมายเลขโทรศัพท์ {dashed_phone(carer.mobile)}\n"
    )
    exp = expect(p, "full_name national_id birth_date phone address postal_code province")
    return Case("disability_allowance_body",
                message(p, i, text=text, subject="ขอลงทะเบียนเบี้ยความพิการ", sender=carer), exp)  # fmt: skip


# --- HTML bodies ---------------------------------------------------------------------------


def html_kham_rong_underlined_values(p: Person, i: int) -> Case:
    """The คำร้องทั่วไป filled in Outlook's editor: each value underlined with &nbsp; padding
    (the printed form's blanks), the blanks not filled left as dotted spans, the date
    line right-aligned, paragraphs of <p class=MsoNormal> with <br> inside."""

    def u(v: str) -> str:
        pad = "&nbsp;" * 3
        return (
            f"<u>{pad}{esc(v)}{pad}</u>"
            if v
            else '<span style="color:gray">..................</span>'
        )

    br = "<br>" if i % 2 == 0 else "</p><p class=MsoNormal>"
    html = (
        "<html><body lang=TH><div class=WordSection1>"
        '<p class=MsoNormal align=center style="text-align:center"><b>คำร้องทั่วไป</b></p>'
        f'<p class=MsoNormal align=right style="text-align:right">เขียนที่ {u("อบต.ท่าตูม")}<br>'
        f"วันที่ {u('5')} เดือน {u('ธันวาคม')} พ.ศ. {u('2569')}</p>"
        f"<p class=MsoNormal>เรื่อง {u('ขอรับการสนับสนุนถังเก็บน้ำ')}{br}เรียน นายกองค์การบริหารส่วนตำบลท่าตูม</p>"
        f"<p class=MsoNormal>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ข้าพเจ้า {u(p.name)} อายุ {u(str(age(p.born)))} ปี"
        f" สัญชาติ {u('ไทย')}{br}อยู่บ้านเลขที่ {u(p.house)} หมู่ที่ {u(p.moo)} ตรอก/ซอย {u(p.soi)} ถนน {u(p.road)}{br}"
        f"ตำบล/แขวง {u(tambon_v(p))} อำเภอ/เขต {u(amphoe_v(p))} จังหวัด {u(p.province)} รหัสไปรษณีย์ {u(p.postal)}{br}"
        f"เลขประจำตัวประชาชน {u(p.nid)} โทรศัพท์ {u(dashed_phone(p.mobile))}{br}"
        f"E-mail {u(p.email)}</p>"
        f"<p class=MsoNormal>มีความประสงค์ {u('ขอรับถังเก็บน้ำขนาด 2,000 ลิตร จำนวน 1 ใบ เนื่องจากน้ำประปาหมู่บ้านไหลไม่สม่ำเสมอ')}</p>"
        "<p class=MsoNormal>จึงเรียนมาเพื่อโปรดพิจารณา</p>"
        '<p class=MsoNormal align=center style="text-align:center">ลงชื่อ ........................ ผู้ยื่นคำร้อง<br>'
        f"( {esc(p.name)} )</p></div></body></html>"
    )
    return Case("html_kham_rong_underlined_values", message(p, i, html=html), no_birth(expect(p)))


def html_school_transfer_request(p: Person, i: int) -> Case:
    """A school's คำร้องขอย้ายนักเรียน pasted from Word into Gmail as a table: a section row
    spanning four columns, then label-value-label-value rows; the student's section and
    the parent's; the new school and its province; the parent's phone and e-mail."""
    c, parent = STUDENTS[i % 2], STUDENT_PARENT[i % 2]
    d, m, y = be_parts(c.born)
    new_school = (
        ("โรงเรียนหาดใหญ่วิทยาลัย", "สงขลา") if i % 2 == 0 else ("โรงเรียนยุพราชวิทยาลัย", "เชียงใหม่")
    )

    def row(*cells: str) -> str:
        return "<tr>" + "".join(f"<td>{esc(x)}</td>" for x in cells) + "</tr>"

    def head(text: str) -> str:
        return f'<tr><td colspan="4" style="background:#d9d9d9"><b>{esc(text)}</b></td></tr>'

    rows = [
        head("ข้อมูลนักเรียน"),
        row("ชื่อ-สกุล นักเรียน", c.name, "เลขประจำตัวนักเรียน", f"0{4512 + i}"),
        row("เลขประจำตัวประชาชน", dashed_id(c.nid), "เกิดวันที่", f"{d} {m} {y}"),
        row("ชั้น", f"มัธยมศึกษาปีที่ {1 + i % 2}/3", "ปีการศึกษา", "2569"),
        head("ข้อมูลผู้ปกครอง"),
        row("ชื่อ-สกุล ผู้ปกครอง", parent.name, "เกี่ยวข้องเป็น", "บิดา"),
        row("เลขประจำตัวประชาชน", dashed_id(parent.nid), "อาชีพ", "ค้าขาย"),
        '<tr><td>ที่อยู่</td><td colspan="3">'
        + esc(f"{c.line()} {c.province_written} {c.postal}")
        + "</td></tr>",
        row("โทรศัพท์", dashed_phone(parent.mobile), "อีเมล", parent.email),
        head("ความประสงค์"),
        '<tr><td>ย้ายไปเรียนที่</td><td colspan="3">'
        + esc(f"{new_school[0]} จังหวัด{new_school[1]}")
        + "</td></tr>",
        '<tr><td>เหตุผลที่ย้าย</td><td colspan="3">ผู้ปกครองย้ายที่ทำงาน</td></tr>',
    ]
    html = (
        "<div>เรียน ผู้อำนวยการโรงเรียน</div><div>ขอยื่นคำร้องขอย้ายนักเรียนครับ</div><br>"
        '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
        + "".join(rows)
        + "</table><div><br></div><div>ขอบคุณครับ</div>"
    )
    exp = {
        "full_name": student_names(c),
        **expect(c, "national_id birth_date address postal_code province"),
    }
    exp["phone"] = (intl(parent.mobile), parent.mobile)
    exp["email"] = (parent.email,)
    return Case("html_school_transfer_request",
                message(parent, i, html=html, subject="คำร้องขอย้ายนักเรียน"), exp)  # fmt: skip


def html_building_permit_kh1(p: Person, i: int) -> Case:
    """แบบ ข.๑ (คำขออนุญาตก่อสร้างอาคาร), the form citizens call "ขอ อ.๑", filled and sent
    as HTML from <p>, <br> and &nbsp;: the owner's details, then the site (another หมู่,
    another ตำบล), the deed's numbers, the building, and the engineer's name and licence."""
    nb = "&nbsp;"
    site = (
        "หมู่ที่ 9 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี",
        "หมู่ที่ 3 ตำบลบ้านจั่น อำเภอเมืองอุดรธานี จังหวัดอุดรธานี",
    )[i % 2]
    lines = [
        "<b>แบบ ข.๑</b>",
        "<b>คำขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร</b>",
        f"{nb * 40}เขียนที่ สำนักงานเทศบาลตำบลโนนสูง",
        f"{nb * 40}วันที่ 5 เดือน ธันวาคม พ.ศ. 2569",
        f"{nb * 8}ข้าพเจ้า {esc(p.name)} เจ้าของอาคารหรือตัวแทนเจ้าของอาคาร",
        f"&#9745; เป็นบุคคลธรรมดา เลขประจำตัวประชาชน {esc(p.nid)}",
        f"อยู่บ้านเลขที่ {esc(p.house)} ตรอก/ซอย {esc(dash(p.soi))} ถนน {esc(dash(p.road))} หมู่ที่ {esc(dash(p.moo))}",
        f"ตำบล/แขวง {esc(tambon_v(p))} อำเภอ/เขต {esc(amphoe_v(p))} จังหวัด {esc(p.province)}",
        f"หมายเลขโทรศัพท์ {esc(dashed_phone(p.mobile))}",
        "ขอยื่นคำขอรับใบอนุญาต &#9745; ก่อสร้างอาคาร &#9744; ดัดแปลงอาคาร &#9744; รื้อถอนอาคาร ต่อเจ้าพนักงานท้องถิ่น ดังต่อไปนี้",
        f"ข้อ ๑ ทำการก่อสร้างอาคาร ที่บ้านเลขที่ - ตรอก/ซอย - ถนน - {site}",
        f"โดย &#9745; เป็นเจ้าของอาคารเอง อยู่ในที่ดิน โฉนดที่ดินเลขที่ {45678 + i} เลขที่ดิน 120 หน้าสำรวจ 3345 เป็นที่ดินของ {esc(p.name)}",
        "ข้อ ๒ เป็นอาคาร ชนิด คอนกรีตเสริมเหล็ก 2 ชั้น จำนวน 1 หลัง เพื่อใช้เป็น ที่พักอาศัย โดยมีที่จอดรถ จำนวน 2 คัน พื้นที่ 30 ตารางเมตร",
        "ข้อ ๓ มี นายวิศวะ รุ่งเรืองกิจ เป็นผู้ควบคุมงาน ผู้ออกแบบและคำนวณ ใบอนุญาตประกอบวิชาชีพวิศวกรรมควบคุม เลขทะเบียน ภย. 12345",
        "ข้อ ๔ กำหนดแล้วเสร็จ 180 วัน นับตั้งแต่วันที่ได้รับใบอนุญาต",
        "พร้อมคำขอนี้ ข้าพเจ้าได้แนบเอกสารหลักฐานต่าง ๆ มาด้วยแล้ว คือ แผนผังบริเวณ แบบแปลน และรายการประกอบแบบแปลน จำนวน 5 ชุด",
        f"{nb * 30}(ลายมือชื่อ) ............................ ผู้ขออนุญาต",
        f"{nb * 38}( {esc(p.name)} )",
    ]
    sep = "<br>\n" if i % 2 == 0 else "</p>\n<p>"
    html = f"<html><body><p>{sep.join(lines)}</p></body></html>"
    # the form asks no postal code (mended after the first run: the builder expected one)
    exp = no_birth(expect(p, "full_name national_id birth_date phone address province"))
    # the address in the form's own order (ซอย, ถนน, then หมู่ที่) is right too (mended after
    # the fixes' run: a clerk writes it as the form asks it)
    typed = " ".join(x for x in (p.house, f"ซอย{p.soi}" if p.soi else "", f"ถนน{p.road}" if p.road else "",
                                 f"หมู่ที่ {p.moo}" if p.moo else "") if x)  # fmt: skip
    area = f"แขวง{p.tambon} เขต{p.amphoe}" if p.bangkok else f"ตำบล{p.tambon} อำเภอ{p.amphoe}"
    exp["address"] = (*exp["address"], *addresses(p, f"{typed} {area}"))
    return Case("html_building_permit_kh1",
                message(p, i, html=html, subject="ยื่นขออนุญาตก่อสร้างบ้าน (อ.1)"), exp)  # fmt: skip


# --- Word (python-docx) --------------------------------------------------------------------


def _doc_title(d: Any, text: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    para = d.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run(text).bold = True


def _right(d: Any, text: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT


def docx_kham_rong_leaders(p: Person, i: int) -> Case:
    """The คำร้องทั่วไป downloaded as Word and filled: paragraphs of labels and dotted
    leaders, the value typed over the middle of the dots (i even) or in runs underlined
    with Word's dotted underline after the dots were deleted (i odd)."""
    from docx.enum.text import WD_UNDERLINE

    def build(d: Any) -> None:
        _doc_title(d, "คำร้องทั่วไป")
        _right(d, "เขียนที่ ....สำนักงานเทศบาลตำบลโนนสูง....")
        _right(d, "วันที่ ...5... เดือน ....ธันวาคม.... พ.ศ. ...2569...")
        d.add_paragraph("เรื่อง ....ขอความอนุเคราะห์ตัดแต่งกิ่งไม้ริมถนน....")
        d.add_paragraph("เรียน นายกเทศมนตรีตำบลโนนสูง")
        lines = [
            [("ข้าพเจ้า", p.name), ("อายุ", str(age(p.born))), ("ปี สัญชาติ", "ไทย")],
            [
                ("อยู่บ้านเลขที่", p.house),
                ("หมู่ที่", dash(p.moo)),
                ("ตรอก/ซอย", dash(p.soi)),
                ("ถนน", dash(p.road)),
            ],
            [("ตำบล/แขวง", tambon_v(p)), ("อำเภอ/เขต", amphoe_v(p)), ("จังหวัด", p.province)],
            [("รหัสไปรษณีย์", p.postal), ("โทรศัพท์", dashed_phone(p.mobile))],
            [("เลขประจำตัวประชาชน", dashed_id(p.nid))],
            [("อีเมล", p.email)],
            [("ขอยื่นคำร้องต่อนายกเทศมนตรี ด้วย", "กิ่งไม้ริมถนนหน้าบ้านพาดสายไฟ ขอให้ตัดแต่ง")],
        ]
        for k, line in enumerate(lines):
            para = d.add_paragraph("        " if k == 0 else "")
            for label, value in line:
                para.add_run(label)
                if i % 2 == 0:
                    para.add_run(dots(value, 6, 6))
                else:
                    run = para.add_run(f"  {value}  ")
                    run.font.underline = WD_UNDERLINE.DOTTED
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        _right(d, "(ลงชื่อ)..................................ผู้ยื่นคำร้อง")
        _right(d, f"( {p.name} )")

    raw = message(p, i, files=(("คำร้องทั่วไป.docx", docx_bytes(build), DOCX),))
    return Case("docx_kham_rong_leaders", raw, no_birth(expect(p)))


def _set(cell: Any, text: str, bold: bool = False) -> None:
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = bold


def docx_elderly_allowance_merged_table(p: Person, i: int) -> Case:
    """The เบี้ยยังชีพผู้สูงอายุ form as a Word table: section rows merged across four
    columns, label-value-label-value rows, the title as a row of ticks in one merged cell,
    ชื่อ and นามสกุล in separate cells, a bank row; the ผู้รับมอบอำนาจ's section below.
    The mail is the proxy's."""
    elder, proxy = ELDERS[(i + 2) % 4], YOUNG[(i + 1) % 4]
    tick = ("☑", "☐") if i % 2 == 0 else ("■", "□")
    d_, m_, y_ = be_parts(elder.born)

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2570")
        _right(d, "วันที่ 5 เดือน ธันวาคม พ.ศ. 2569")
        rows: list[tuple[str, ...]] = [
            ("ข้อมูลผู้สูงอายุ",),
            (
                "คำนำหน้านาม",
                "  ".join(
                    f"{tick[0] if t == elder.title else tick[1]} {t}"
                    for t in ("นาย", "นาง", "นางสาว")
                ),
            ),
            ("ชื่อ", elder.first, "นามสกุล", elder.last),
            ("เกิดวันที่", f"{d_} {m_} {y_}", "อายุ", f"{age(elder.born)} ปี"),
            ("เลขประจำตัวประชาชน", elder.nid, "สัญชาติ", "ไทย"),
            ("ที่อยู่ตามทะเบียนบ้าน เลขที่", elder.house, "หมู่ที่", dash(elder.moo)),
            ("ตำบล/แขวง", tambon_v(elder), "อำเภอ/เขต", amphoe_v(elder)),
            ("จังหวัด", elder.province, "รหัสไปรษณีย์", elder.postal),
            ("โทรศัพท์", dashed_phone(elder.mobile), "สถานภาพ", "สมรส"),
            ("ธนาคาร", "กรุงไทย สาขาอุดรธานี", "เลขที่บัญชี", f"405-0-{22871 + i}-3"),
            ("ผู้รับมอบอำนาจ (กรณียื่นแทน)",),
            ("ชื่อ-สกุล", proxy.name, "เกี่ยวข้องเป็น", "บุตร"),
            ("เลขประจำตัวประชาชน", proxy.nid, "โทรศัพท์", dashed_phone(proxy.mobile)),
            ("ที่อยู่", f"{proxy.line()} {proxy.province_written} {proxy.postal}"),
        ]
        table = d.add_table(rows=len(rows), cols=4)
        table.style = "Table Grid"
        for r, values in enumerate(rows):
            cells = table.rows[r].cells
            if len(values) == 1:
                merged = cells[0].merge(cells[3])
                _set(merged, values[0], bold=True)
            elif len(values) == 2:
                _set(cells[0], values[0])
                merged = cells[1].merge(cells[3])
                _set(merged, values[1])
            else:
                for k, v in enumerate(values):
                    _set(cells[k], v)
        d.add_paragraph("ลงชื่อ ........................ ผู้ยื่นคำขอ")
        d.add_paragraph(f"( {elder.name} )")

    raw = message(elder, i, files=(("แบบคำขอเบี้ยยังชีพ.docx", docx_bytes(build), DOCX),), sender=proxy)
    exp = expect(elder, "full_name national_id birth_date phone address postal_code province")
    return Case("docx_elderly_allowance_merged_table", raw, exp)


def docx_disability_nested_table(p: Person, i: int) -> Case:
    """The เบี้ยความพิการ form in Word built as a frame table whose cells hold tables: the
    disabled person's details in a table inside the first row's cell, the carer's in a
    table inside the second; a heading paragraph in each cell above its inner table."""
    carer = YOUNG[(i + 2) % 4]
    d_, m_, y_ = be_parts(p.born)
    person_rows = [
        ("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
        ("วัน/เดือน/ปีเกิด", f"{p.born.day:02d}/{p.born.month:02d}/{y_}" if i % 2 else f"{d_} {m_} {y_}"),
        ("ประเภทความพิการ", "☑ ทางการเคลื่อนไหวหรือทางร่างกาย"),
        ("ที่อยู่ตามทะเบียนบ้าน", f"{p.line()} {p.province_written} {p.postal}"),
        ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email),
    ]  # fmt: skip
    carer_rows = [
        ("ชื่อ-นามสกุล", carer.name), ("เลขประจำตัวประชาชน", dashed_id(carer.nid)),
        ("ความเกี่ยวข้อง", "บุตร"), ("ที่อยู่", f"{carer.line()} {carer.province_written} {carer.postal}"),
        ("โทรศัพท์", dashed_phone(carer.mobile)),
    ]  # fmt: skip

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ")
        outer = d.add_table(rows=2, cols=1)
        outer.style = "Table Grid"
        for cell, heading, rows in (
            (outer.cell(0, 0), "ส่วนที่ 1 ข้อมูลคนพิการ (ผู้ขอรับเงิน)", person_rows),
            (outer.cell(1, 0), "ส่วนที่ 2 ข้อมูลผู้ดูแลคนพิการ", carer_rows),
        ):
            _set(cell, heading, bold=True)
            inner = cell.add_table(rows=len(rows), cols=2)
            inner.style = "Table Grid"
            for r, (k, v) in enumerate(rows):
                _set(inner.cell(r, 0), k)
                _set(inner.cell(r, 1), v)
        d.add_paragraph("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ")

    raw = message(p, i, files=(("เบี้ยความพิการ.docx", docx_bytes(build), DOCX),), sender=carer)
    return Case("docx_disability_nested_table", raw, expect(p))


def docx_power_of_attorney_side_by_side(p: Person, i: int) -> Case:
    """A หนังสือมอบอำนาจ in Word: the opening paragraph, then a two-column table with the
    ผู้มอบอำนาจ on the left and the ผู้รับมอบอำนาจ on the right, the same labels in both
    (i even), or the two parties as paragraphs one after the other (i odd); the mail is
    the grantee's and gives his phone."""
    grantor, grantee = ELDERS[(i + 3) % 4], YOUNG[i % 4]
    labels = ("ชื่อ-สกุล", "อายุ", "เลขประจำตัวประชาชน", "ที่อยู่")

    def values(q: Person) -> tuple[str, ...]:
        return (
            q.name,
            f"{age(q.born)} ปี",
            dashed_id(q.nid),
            f"{q.line()} {q.province_written} {q.postal}",
        )

    def build(d: Any) -> None:
        _doc_title(d, "หนังสือมอบอำนาจ")
        _right(d, f"ทำที่ บ้านเลขที่ {grantor.house}")
        _right(d, "วันที่ 4 ธันวาคม 2569")
        d.add_paragraph(
            "โดยหนังสือฉบับนี้ ผู้มอบอำนาจขอมอบอำนาจให้ผู้รับมอบอำนาจ เป็นผู้มีอำนาจกระทำการแทน"
            " ในการยื่นคำร้องขอรับเงินช่วยเหลือผู้ประสบภัย และรับเงินแทน"
        )
        if i % 2 == 0:
            table = d.add_table(rows=len(labels) + 1, cols=2)
            table.style = "Table Grid"
            _set(table.cell(0, 0), "ผู้มอบอำนาจ", bold=True)
            _set(table.cell(0, 1), "ผู้รับมอบอำนาจ", bold=True)
            for r, (a, b) in enumerate(zip(values(grantor), values(grantee), strict=True), start=1):
                _set(table.cell(r, 0), f"{labels[r - 1]} {a}")
                _set(table.cell(r, 1), f"{labels[r - 1]} {b}")
        else:
            for heading, q in (("ผู้มอบอำนาจ", grantor), ("ผู้รับมอบอำนาจ", grantee)):
                d.add_paragraph().add_run(heading).bold = True
                for k, v in zip(labels, values(q), strict=True):
                    d.add_paragraph(f"{k} : {v}")
        d.add_paragraph("ลงชื่อ .................... ผู้มอบอำนาจ")
        d.add_paragraph(f"({grantor.name})")
        d.add_paragraph("ลงชื่อ .................... ผู้รับมอบอำนาจ")
        d.add_paragraph(f"({grantee.name})")
        d.add_paragraph("ลงชื่อ .................... พยาน")
        d.add_paragraph("(นางสาวมาลี ศรีงาม)")

    text = f"เรียน เจ้าหน้าที่\n\nแนบหนังสือมอบอำนาจมาครับ ผมเป็นผู้รับมอบ โทร {dashed_phone(grantee.mobile)}\n"
    raw = message(grantor, i, text=text, files=(("หนังสือมอบอำนาจ.docx", docx_bytes(build), DOCX),),
                  subject="หนังสือมอบอำนาจ", sender=grantee)  # fmt: skip
    exp = no_birth(
        proxy_contact(
            expect(grantor, "full_name national_id address postal_code province"), grantee
        )
    )
    return Case("docx_power_of_attorney_side_by_side", raw, exp)


def docx_excavation_notice_kd1(p: Person, i: int) -> Case:
    """แบบ ขด.๑ (การแจ้งการขุดดิน) in Word: the notifier's paragraph (age, ID, address,
    phone), then a table of the plot (deed, land number, ตำบล, area, depth) and the
    works' start and end dates; the plot is elsewhere."""

    def build(d: Any) -> None:
        _doc_title(d, "แบบ ขด.๑")
        _doc_title(d, "แบบการแจ้งการขุดดิน")
        _right(d, "เขียนที่ สำนักงานเทศบาลตำบลโนนสูง")
        _right(d, "วันที่ 5 เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"        ข้าพเจ้า {p.name} อายุ {age(p.born)} ปี สัญชาติ ไทย"
            f" เลขประจำตัวประชาชน {p.nid}"
            f" อยู่บ้านเลขที่ {p.house} หมู่ที่ {dash(p.moo)} ตรอก/ซอย {dash(p.soi)} ถนน {dash(p.road)}"
            f" ตำบล/แขวง {tambon_v(p)} อำเภอ/เขต {amphoe_v(p)} จังหวัด {p.province} รหัสไปรษณีย์ {p.postal}"
            f" โทรศัพท์ {dashed_phone(p.mobile)} อีเมล {p.email}"
        )
        d.add_paragraph("ขอแจ้งการขุดดินต่อเจ้าพนักงานท้องถิ่น ดังนี้")
        rows = [
            ("สถานที่ขุดดิน", f"หมู่ที่ {7 + i} ตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000"),
            ("โฉนดที่ดินเลขที่", f"{30112 + i}"), ("เลขที่ดิน", "88"),
            ("เนื้อที่", "4 ไร่ 2 งาน 15 ตารางวา"), ("ความลึกของบ่อดิน", "3 เมตร"),
            ("พื้นที่ปากบ่อดิน", "1,600 ตารางเมตร"),
            ("ระยะเวลาทำการขุดดิน", "15 ธันวาคม 2569 ถึง 15 กุมภาพันธ์ 2570"),
            ("ผู้ควบคุมงาน", "นายวิศวะ รุ่งเรืองกิจ ทะเบียน ภย. 12345"),
        ]  # fmt: skip
        table = d.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            _set(table.cell(r, 0), k)
            _set(table.cell(r, 1), v)
        d.add_paragraph("ลงชื่อ .......................... ผู้แจ้ง")
        d.add_paragraph(f"( {p.name} )")

    raw = message(p, i, files=(("แบบ ขด.1.docx", docx_bytes(build), DOCX),), subject="แจ้งการขุดดิน")
    return Case("docx_excavation_notice_kd1", raw, no_birth(expect(p)))


# --- PDF text layers -----------------------------------------------------------------------


Text = tuple[float, float, str]


def text_width(text: str, size: float, face: str = "Garuda") -> float:
    """The printed width in mm, so a typed value lands on the dots after its label."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / f"{face}.ttf"))
    pdf.set_font("F", size=size)
    return float(pdf.get_string_width(text))


def dotted_line(y: float, blanks: list[tuple[str, int, str]], size: float,
                x: float = 20) -> tuple[list[Text], list[Text]]:  # fmt: skip
    """One printed line of labels, each followed by `n` dots, and the values typed over
    the dots (a little above them, as a PDF editor's text box sits)."""
    printed: list[Text] = []
    typed: list[Text] = []
    dot = text_width(".", size)
    for label, n, value in blanks:
        # the blank is long enough for what is typed on it (mended after the first run:
        # a value wider than its dots ran into the next label, which no one could read)
        if value:
            n = max(n, int((text_width(value, size) + 6) / dot) + 1)
        printed.append((x, y, label + "." * n))
        if value:
            typed.append((x + text_width(label, size) + 3, y - 1.2, value))
        x += text_width(label + "." * n, size) + 2
    return printed, typed


def wrap_mm(text: str, width: float, size: float) -> list[str]:
    """Cuts a line at spaces so each piece prints within `width` mm."""
    out, line = [], ""
    for word in text.split(" "):
        if line and text_width(f"{line} {word}", size) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*out, line]


def pdf_info_request_values_over_dots(p: Person, i: int) -> Case:
    """The information request form printed with dotted lines after each label; the values
    typed over the dots with a PDF editor and flattened (drawn after the page, a little
    above the dots; in the other order in one variant), several labels to a printed line."""
    size = 12
    printed: list[Text] = [
        (65, 18, "แบบคำขอข้อมูลข่าวสาร"),
        (45, 25, "ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540"),
        (20, 46, "เรียน นายกองค์การบริหารส่วนตำบลท่าตูม"),
    ]
    typed: list[Text] = []
    lines = [
        (36.0, [("วันที่", 8, "5"), ("เดือน", 20, "ธันวาคม"), ("พ.ศ.", 12, "2569")], 110.0),
        (58.0, [("ข้าพเจ้า (นาย/นาง/นางสาว)", 70, p.name)], 20.0),
        (68.0, [("บัตรประจำตัวประชาชนเลขที่", 45, dashed_id(p.nid)), ("อายุ", 8, str(age(p.born))), ("ปี", 0, "")], 20.0),
        (78.0, [("ที่อยู่ที่ติดต่อได้ เลขที่", 12, p.house), ("หมู่ที่", 8, dash(p.moo)),
                ("ตรอก/ซอย", 22, dash(p.soi)), ("ถนน", 22, dash(p.road))], 20.0),
        (88.0, [("ตำบล/แขวง", 24, tambon_v(p)), ("อำเภอ/เขต", 26, amphoe_v(p)),
                ("จังหวัด", 22, p.province)], 20.0),
        (98.0, [("รหัสไปรษณีย์", 12, p.postal), ("โทรศัพท์", 22, dashed_phone(p.mobile)),
                ("E-mail", 38, p.email)], 20.0),
        (108.0, [("มีความประสงค์ขอข้อมูลข่าวสาร ดังนี้", 60, "สำเนารายงานการประชุมสภา อบต. ครั้งที่ 3/2569")], 20.0),
    ]  # fmt: skip
    for y, blanks, x in lines:
        more, values = dotted_line(y, blanks, size, x)
        printed += more
        typed += values
    printed += [(20, 128, "โดย  [   ] ขอตรวจดู   [   ] ขอสำเนา   [   ] ขอสำเนาที่มีคำรับรองถูกต้อง"),
                (110, 148, "ลงชื่อ..................................ผู้ยื่นคำขอ"),
                (118, 156, "(.....................................)")]  # fmt: skip
    box = 20 + text_width("โดย  [", size) + 0.5
    second = 20 + text_width("โดย  [   ] ขอตรวจดู   [", size) + 0.5
    typed += [(box + 50, 128, ""), (second, 128, "/"), (122, 155, p.name)]
    typed = [t for t in typed if t[2]]
    data = pdf_page(printed + (typed if i % 2 == 0 else typed[::-1]), size=size, face="Garuda")
    raw = message(p, i, files=(("แบบคำขอข้อมูลข่าวสาร.pdf", data, PDF),))
    return Case("pdf_info_request_values_over_dots", raw, no_birth(expect(p)))


def pdf_elderly_allowance_two_columns(p: Person, i: int) -> Case:
    """The เบี้ยยังชีพ form as a two-column PDF: the elder's details on the left, the
    ผู้รับมอบอำนาจ's on the right, the same labels on the same lines."""
    elder, proxy = ELDERS[(i + 3) % 4], YOUNG[(i + 3) % 4]

    def column(q: Person, heading: str, birth: bool) -> list[tuple[str, str]]:
        rows = [(heading, ""), ("ชื่อ-สกุล", q.name), ("เลขประจำตัวประชาชน", dashed_id(q.nid))]
        rows += [("เกิดวันที่", thai_date(q.born))] if birth else [("เกี่ยวข้องเป็น", "บุตร")]
        rows += [("บ้านเลขที่", f"{q.house} หมู่ที่ {dash(q.moo)}"), ("ตำบล/แขวง", tambon_v(q)),
                 ("อำเภอ/เขต", amphoe_v(q)), ("จังหวัด", q.province), ("รหัสไปรษณีย์", q.postal),
                 ("โทรศัพท์", dashed_phone(q.mobile))]  # fmt: skip
        return rows

    texts: list[tuple[float, float, str]] = [
        (30, 18, "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ พ.ศ. 2570"),
        (130, 28, "วันที่ 5 ธันวาคม 2569"),
    ]
    left = column(elder, "ผู้สูงอายุ (ผู้ขอรับเงิน)", True)
    right = column(proxy, "ผู้รับมอบอำนาจ", False)
    for k, ((a, b), (c, e)) in enumerate(zip(left, right, strict=True)):
        y = 40 + 8 * k
        texts.append((15, y, f"{a} {b}".strip() if not b else f"{a} : {b}"))
        texts.append((108, y, f"{c} {e}".strip() if not e else f"{c} : {e}"))
    y = 40 + 8 * len(left) + 8
    texts += [(15, y, f"(/) โอนเข้าบัญชีเงินฝากธนาคารในนามผู้มีสิทธิ ธนาคารกรุงไทย เลขที่บัญชี 405-0-{31872 + i}-0"),
              (15, y + 16, "ลงชื่อ ........................ ผู้ยื่นคำขอ"), (25, y + 24, f"({elder.name})"),
              (108, y + 16, "ลงชื่อ ........................ ผู้รับมอบอำนาจ"), (118, y + 24, f"({proxy.name})")]  # fmt: skip
    data = pdf_page(texts, size=11, face="Garuda")
    raw = message(elder, i, files=(("เบี้ยยังชีพ.pdf", data, PDF),), sender=proxy)
    exp = expect(elder, "full_name national_id birth_date phone address postal_code province")
    return Case("pdf_elderly_allowance_two_columns", raw, exp)


def pdf_signboard_tax_pp1(p: Person, i: int) -> Case:
    """ภ.ป.๑ (แบบแสดงรายการภาษีป้าย) printed from the agency's PDF and typed in: the sign's
    owner, ID, address and phone; the place the sign stands (a shop, another address);
    a ruled table of the signs with sizes, areas and tax; the day it was put up."""
    shop = ("ร้านสุดารัตน์มินิมาร์ท", "ร้านกฤษดาการยาง")[i % 2]
    texts: list[tuple[float, float, str]] = [
        (85, 16, "ภ.ป.๑"),
        (60, 24, "แบบแสดงรายการภาษีป้าย ประจำปี พ.ศ. 2570"),
        (20, 36, f"ชื่อเจ้าของป้าย {p.name}"),
        (20, 44, f"เลขประจำตัวประชาชน/เลขประจำตัวผู้เสียภาษีอากร {p.nid}"),
        (
            20,
            52,
            f"ที่อยู่ เลขที่ {p.house} หมู่ที่ {dash(p.moo)} ตรอก/ซอย {dash(p.soi)} ถนน {dash(p.road)} ตำบล/แขวง {tambon_v(p)}",
        ),
        (20, 60, f"อำเภอ/เขต {amphoe_v(p)} จังหวัด {p.province} รหัสไปรษณีย์ {p.postal}"),
        (20, 68, f"โทรศัพท์ {dashed_phone(p.mobile)}   อีเมล {p.email}"),
        (
            20,
            80,
            f"สถานที่ติดตั้งป้าย ชื่อสถานประกอบการ {shop} เลขที่ 99/{i + 1} หมู่ที่ 2 ตำบลหนองบัว อำเภอเมืองอุดรธานี",
        ),
        (20, 88, f"จังหวัดอุดรธานี 41000 โทรศัพท์ 042-110-{350 + i:03d}"),
    ]
    heads = ("ประเภทป้าย", "ข้อความ", "กว้าง x ยาว (ซม.)", "พื้นที่ (ตร.ซม.)", "ติดตั้งวันที่", "ภาษี (บาท)")
    row = ("ประเภท 1", shop, "150 x 300", "45,000", "1 มกราคม 2569", "450")
    xs = (15, 37, 80, 112, 140, 170)
    rects: list[tuple[float, float, float, float]] = []
    for k, x in enumerate(xs):
        w = (xs[k + 1] if k + 1 < len(xs) else 195) - x
        rects += [(x, 96, w, 9), (x, 105, w, 9)]
        texts += [(x + 1.5, 102, heads[k]), (x + 1.5, 111, row[k])]
    texts += [(20, 130, "ข้าพเจ้าขอรับรองว่ารายการที่แจ้งไว้ข้างต้นเป็นความจริงทุกประการ"),
              (110, 145, "ลงชื่อ ........................ เจ้าของป้าย"), (118, 153, f"({p.name})")]  # fmt: skip
    data = pdf_page(texts, size=10, face="Garuda", rects=rects)
    raw = message(p, i, files=(("ภป1.pdf", data, PDF),), subject="ยื่นแบบภาษีป้าย ภ.ป.1")
    return Case("pdf_signboard_tax_pp1", raw, no_birth(expect(p)))


def pdf_land_tax_review_request(p: Person, i: int) -> Case:
    """A request to review a land and building tax assessment: the owner's details in a
    box on the left and the assessment notice's number and date in a box on the right;
    a ruled table of plots (deed, land number, area, the plot's ตำบล)."""
    # each box's text wraps inside it (mended after the first run: a long Bangkok address
    # ran over the right box's words, which no printed form does)
    left = [
        f"ชื่อ-สกุล {p.name}",
        f"เลขประจำตัวประชาชน {p.nid}",
        *wrap_mm(f"ที่อยู่ {p.line(short=True)}", 96, 10),
        f"จังหวัด {p.province} รหัสไปรษณีย์ {p.postal}",
        f"โทรศัพท์ {p.mobile}",
        f"อีเมล {p.email}",
    ]
    right = ["หนังสือแจ้งการประเมิน (ภ.ด.ส.๖)", f"เลขที่ {1180 + i}/2569", "ลงวันที่ 30 เมษายน 2569",
             "ได้รับแจ้งเมื่อ 12 พฤษภาคม 2569", "ภาษีที่ประเมิน 2,340.00 บาท"]  # fmt: skip
    texts: list[tuple[float, float, str]] = [
        (30, 16, "คำร้องขอให้ทบทวนการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. 2569"),
        (17, 30, "ข้อมูลผู้เสียภาษี"), (122, 30, "ข้อมูลการประเมิน"),
        *((17.0, 38.0 + 8 * k, t) for k, t in enumerate(left)),
        *((122.0, 38.0 + 8 * k, t) for k, t in enumerate(right)),
    ]  # fmt: skip
    rects = [(15, 24, 100, 64), (120, 24, 78, 64)]
    heads = ("โฉนดเลขที่", "เลขที่ดิน", "ตำบล", "เนื้อที่ (ไร่-งาน-ตร.ว.)", "การใช้ประโยชน์")
    plot = (f"{20871 + i}", "215", "นาข่า", "3-1-45", "เกษตรกรรม")
    xs = (15, 45, 70, 100, 150)
    for k, x in enumerate(xs):
        w = (xs[k + 1] if k + 1 < len(xs) else 198) - x
        rects += [(x, 92, w, 9), (x, 101, w, 9)]
        texts += [(x + 1.5, 98, heads[k]), (x + 1.5, 107, plot[k])]
    texts += [(17, 120, "เหตุผลที่ขอให้ทบทวน ที่ดินใช้ทำนาทั้งแปลง แต่ประเมินเป็นที่รกร้างว่างเปล่า"),
              (110, 140, "ลงชื่อ ........................ ผู้ยื่นคำร้อง"), (118, 148, f"({p.name})")]  # fmt: skip
    data = pdf_page(texts, size=10, face="Garuda", rects=rects)
    raw = message(p, i, files=(("คำร้องทบทวนภาษี.pdf", data, PDF),), subject="ขอทบทวนการประเมินภาษีที่ดิน")
    return Case("pdf_land_tax_review_request", raw, no_birth(expect(p)))


def pdf_commercial_registration_over_dots(p: Person, i: int) -> Case:
    """แบบ ทพ. printed with dotted lines, the values typed over them in a PDF editor: the
    owner's item, the shop's name and kind, its premises and landline, the start date."""
    shop, kind, capital, premises, landline = SHOPS[(i + 1) % 2]
    size = 11
    printed: list[Text] = [(90, 16, "แบบ ทพ."), (75, 24, "คำขอจดทะเบียนพาณิชย์")]
    typed: list[Text] = []
    lines = [
        [("๑. ชื่อผู้ขอจดทะเบียน", 50, p.name), ("อายุ", 8, str(age(p.born))), ("ปี สัญชาติ", 10, "ไทย")],
        [("เลขประจำตัวประชาชน", 50, dashed_id(p.nid))],
        [("ที่อยู่", 110, f"{p.line()} {p.province_written} {p.postal}")],
        [("โทรศัพท์", 30, dashed_phone(p.mobile)), ("E-mail", 45, p.email)],
        [("๒. ชื่อที่ใช้ในการประกอบพาณิชยกิจ", 60, shop)],
        [("๓. ชนิดแห่งพาณิชยกิจ", 70, kind)],
        [("๔. จำนวนเงินทุน", 40, capital), ("บาท", 0, "")],
        [("๕. ที่ตั้งสำนักงานแห่งใหญ่ เลขที่", 100, premises)],
        [("โทรศัพท์", 30, landline)],
        [("๖. วันเริ่มประกอบพาณิชยกิจ", 40, "1 ธันวาคม 2569")],
    ]  # fmt: skip
    for k, blanks in enumerate(lines):
        more, values = dotted_line(36.0 + 9 * k, blanks, size)
        printed += more
        typed += values
    data = pdf_page(printed + typed, size=size, face="Garuda")
    raw = message(p, i, files=(("คำขอจดทะเบียนพาณิชย์.pdf", data, PDF),), subject="ขอจดทะเบียนพาณิชย์")
    return Case("pdf_commercial_registration_over_dots", raw, no_birth(expect(p)))


# --- sheets --------------------------------------------------------------------------------


def xlsx_school_transfer_form_sheet(p: Person, i: int) -> Case:
    """The school's transfer request laid out in a sheet as a printed form: each label
    merged over A:B and its value in C (i even) or the label in A and the value in B with
    an empty column between sections; the student's number and ID as numbers, the birth
    date a date cell; the parent's section and the new school below."""
    c, parent = STUDENTS[(i + 1) % 2], STUDENT_PARENT[(i + 1) % 2]
    rows: list[tuple[str, Any]] = [
        ("ข้อมูลนักเรียน", None), ("ชื่อ-นามสกุล", c.name), ("เลขประจำตัวนักเรียน", 4700 + i),
        ("เลขประจำตัวประชาชน", int(c.nid)), ("วันเดือนปีเกิด", datetime(c.born.year, c.born.month, c.born.day)),
        ("ที่อยู่", f"{c.line()} {c.province_written}"), ("รหัสไปรษณีย์", c.postal),
        ("ข้อมูลผู้ปกครอง", None), ("ชื่อ-นามสกุลผู้ปกครอง", parent.name), ("เกี่ยวข้องเป็น", "บิดา"),
        ("เลขประจำตัวประชาชนผู้ปกครอง", int(parent.nid)), ("โทรศัพท์", parent.mobile), ("อีเมล", parent.email),
        ("ย้ายไปโรงเรียน", "โรงเรียนสุราษฎร์ธานี จังหวัดสุราษฎร์ธานี"), ("เหตุผล", "ย้ายตามผู้ปกครอง"),
    ]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำร้องขอย้าย"
        ws["A1"] = "คำร้องขอย้ายนักเรียน"
        ws["A2"] = "วันที่ 5 ธันวาคม 2569"
        col = 3 if i % 2 == 0 else 2
        for r, (label, value) in enumerate(rows, start=4):
            ws.cell(r, 1, label)
            if i % 2 == 0:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            if value is not None:
                cell = ws.cell(r, col, value)
                if isinstance(value, datetime):
                    cell.number_format = "d mmmm yyyy"
                elif isinstance(value, int):
                    cell.number_format = "0"

    raw = message(parent, i, files=(("คำร้องขอย้าย.xlsx", xlsx_bytes(build), XLSX),),
                  subject="คำร้องขอย้ายนักเรียน")  # fmt: skip
    exp = {
        "full_name": student_names(c),
        **expect(c, "national_id birth_date address postal_code province"),
    }
    exp["phone"] = (intl(parent.mobile), parent.mobile)
    exp["email"] = (parent.email,)
    return Case("xlsx_school_transfer_form_sheet", raw, exp)


def ods_disaster_relief_form_sheet(p: Person, i: int) -> Case:
    """The disaster relief request as an ods sheet laid out like the paper form: a label
    in A, the value two cells to the right in C (i even) or in B and C split (ชื่อ in B,
    นามสกุล in C, i odd), the disaster's ticks as ☑/☐ cells, its date a date cell."""
    tick = "☑"
    name_row = (
        [ods_cell("ชื่อ-สกุล"), ods_cell(""), ods_cell(p.name)]
        if i % 2 == 0
        else [ods_cell("ชื่อ - นามสกุล"), ods_cell(f"{p.title}{p.first}"), ods_cell(p.last)]
    )
    rows = [
        [ods_cell("แบบคำร้องขอรับความช่วยเหลือผู้ประสบภัย", 4)],
        [ods_cell("วันที่ยื่น"), ods_cell(""), ods_cell(date(2026, 12, 5))],
        name_row,
        [ods_cell("เลขประจำตัวประชาชน"), ods_cell(""), ods_cell(p.nid)],
        [ods_cell("บ้านเลขที่"), ods_cell(""), ods_cell(p.house)],
        [ods_cell("หมู่ที่"), ods_cell(""), ods_cell(dash(p.moo))],
        [ods_cell("ตำบล/แขวง"), ods_cell(""), ods_cell(tambon_v(p))],
        [ods_cell("อำเภอ/เขต"), ods_cell(""), ods_cell(amphoe_v(p))],
        [ods_cell("จังหวัด"), ods_cell(""), ods_cell(p.province)],
        [ods_cell("รหัสไปรษณีย์"), ods_cell(""), ods_cell(p.postal)],
        [ods_cell("โทรศัพท์"), ods_cell(""), ods_cell(dashed_phone(p.mobile))],
        [ods_cell("ประเภทภัย"), ods_cell(tick), ods_cell("อุทกภัย")],
        [ods_cell(""), ods_cell("☐"), ods_cell("วาตภัย")],
        [ods_cell("วันที่เกิดภัย"), ods_cell(""), ods_cell(date(2026, 10, 27 + i % 2))],
        [ods_cell("ความเสียหาย"), ods_cell(""), ods_cell("บ้านเสียหายบางส่วน ข้าวในยุ้งเสียหาย 2 ตัน")],
        [ods_cell("เลขที่บัญชี ธ.ก.ส."), ods_cell(""), ods_cell(f"020-2-{55120 + i}-1")],
    ]
    body = "".join(f"<table:table-row>{''.join(r)}</table:table-row>" for r in rows)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}>'
               '<office:body><office:spreadsheet><table:table table:name="คำร้อง">'
               '<table:table-column table:number-columns-repeated="4"/>'
               f"{body}</table:table></office:spreadsheet></office:body></office:document-content>")  # fmt: skip
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODS}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
                '"text/xml"/></manifest:manifest>')  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ODS.encode(), compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content.encode())
        z.writestr("META-INF/manifest.xml", manifest.encode())
    raw = message(p, i, files=(("คำร้องผู้ประสบภัย.ods", out.getvalue(), ODS),))
    exp = no_birth(expect(p, "full_name national_id address postal_code province phone"))
    return Case("ods_disaster_relief_form_sheet", raw, exp)


def xlsx_house_register_pairs_across(p: Person, i: int) -> Case:
    """The house register request as a sheet with two pairs to a row: ชื่อ in A and its
    value in B, นามสกุล in C and its value in D; the ID a number cell shown with format
    "0", the birth date a date cell; the house code beside the house number."""

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คำร้อง"
        ws.append(["คำร้องขอคัดและรับรองสำเนาทะเบียนบ้าน"])
        ws.append(["เขียนที่", "สำนักทะเบียนท้องถิ่น", "วันที่", "5 ธันวาคม 2569"])
        ws.append([])
        ws.append(["คำนำหน้า", p.title, "", ""])
        ws.append(["ชื่อ", p.first, "นามสกุล", p.last])
        ws.append(
            [
                "เลขประจำตัวประชาชน",
                int(p.nid),
                "วันเกิด",
                datetime(p.born.year, p.born.month, p.born.day),
            ]
        )
        ws.append(["บ้านเลขที่", p.house, "รหัสประจำบ้าน", house_code(p)])
        soi_road = " ".join(
            x for x in (f"ซอย{p.soi}" if p.soi else "", f"ถนน{p.road}" if p.road else "") if x
        )
        ws.append(["หมู่ที่", dash(p.moo), "ถนน/ซอย", dash(soi_road)])
        ws.append(["ตำบล/แขวง", tambon_v(p), "อำเภอ/เขต", amphoe_v(p)])
        ws.append(["จังหวัด", p.province, "รหัสไปรษณีย์", p.postal])
        ws.append(["โทรศัพท์", p.mobile, "อีเมล", p.email])
        ws.append(["จำนวนที่ขอ", "2 ฉบับ", "เพื่อใช้", "ยื่นธนาคาร"])
        ws.cell(6, 2).number_format = "0"
        ws.cell(6, 4).number_format = "dd/mm/yyyy" if i % 2 == 0 else "d mmm yy"

    raw = message(p, i, files=(("ขอสำเนาทะเบียนบ้าน.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_house_register_pairs_across", raw, expect(p))


def xlsx_signboard_tax_sheet(p: Person, i: int) -> Case:
    """ภ.ป.๑ kept as a sheet: the owner's block with the label in A and the value in C
    (B empty), the sign's place with its own address and phone, then a table of signs
    with a header row and sizes."""
    shop = ("ร้านอ่อนศรีพาณิชย์", "ร้านบุญมีการเกษตร")[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ภป1"
        ws.append(["ภ.ป.๑ แบบแสดงรายการภาษีป้าย ประจำปี 2570"])
        ws.append([])
        for label, value in (
            ("ชื่อเจ้าของป้าย", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("ที่อยู่", f"{p.line()} {p.province_written} {p.postal}"),
            ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email),
            ("สถานที่ติดตั้งป้าย", f"{shop} 45 หมู่ที่ 1 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000"),
            ("โทรศัพท์สถานประกอบการ", "042-110-520"),
        ):  # fmt: skip
            ws.append([label, None, value])
        ws.append([])
        ws.append(
            ["ประเภทป้าย", "ข้อความ", "กว้าง (ซม.)", "ยาว (ซม.)", "พื้นที่ (ตร.ซม.)", "วันที่ติดตั้ง", "ภาษี"]
        )
        ws.append(["1", shop, 120, 240, 28800, datetime(2026, 1, 15), 288])
        ws.cell(ws.max_row, 6).number_format = "dd/mm/yyyy"

    raw = message(p, i, files=(("ภป1.xlsx", xlsx_bytes(build), XLSX),), subject="ยื่นแบบภาษีป้าย")
    return Case("xlsx_signboard_tax_sheet", raw, no_birth(expect(p)))


STYLES: tuple[Style, ...] = (
    tessaban_kham_rong_dotted_body, info_request_2540_body, elderly_allowance_body,
    power_of_attorney_body, disaster_relief_body, house_register_certify_body,
    commercial_registration_tp_body, disability_allowance_body,
    html_kham_rong_underlined_values, html_school_transfer_request, html_building_permit_kh1,
    docx_kham_rong_leaders, docx_elderly_allowance_merged_table, docx_disability_nested_table,
    docx_power_of_attorney_side_by_side, docx_excavation_notice_kd1,
    pdf_info_request_values_over_dots, pdf_elderly_allowance_two_columns, pdf_signboard_tax_pp1,
    pdf_land_tax_review_request, pdf_commercial_registration_over_dots,
    xlsx_school_transfer_form_sheet, ods_disaster_relief_form_sheet,
    xlsx_house_register_pairs_across, xlsx_signboard_tax_sheet,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:8]},
    **{s.__name__: "HTML" for s in STYLES[8:11]},
    **{s.__name__: "Word" for s in STYLES[11:16]},
    **{s.__name__: "PDF" for s in STYLES[16:21]},
    **{s.__name__: "sheet" for s in STYLES[21:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects). Duplicates and
    replies to a case are the intake's to tell (by Message-ID and hash, by In-Reply-To),
    not the classifier's: a citizen's reply to the acknowledgement is a request here."""
    p = PEOPLE[6]
    away = EmailMessage()
    away["From"] = f"{p.first} {p.last} <{p.email}>"
    away["To"] = AGENCY_MAIL
    away["Subject"] = "Automatic reply: [รับเรื่องแล้ว] ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุ"
    away["Date"] = format_datetime(datetime(2026, 12, 5, 11, 5, tzinfo=UTC))
    away["Message-ID"] = "<set26-outcome-away@example.net>"
    away["Auto-Submitted"] = "auto-replied"
    away["X-Auto-Response-Suppress"] = "All"
    away.set_content("ขณะนี้ไม่อยู่ที่สำนักงาน จะกลับวันที่ 14 ธันวาคม 2569\n", charset="utf-8")
    reply = EmailMessage()
    reply["From"] = f"{p.first} {p.last} <{p.email}>"
    reply["To"] = AGENCY_MAIL
    reply["Subject"] = "Re: [รับเรื่องแล้ว เลขรับ 1187/2569] คำร้องทั่วไป"
    reply["Date"] = format_datetime(datetime(2026, 12, 5, 12, 0, tzinfo=UTC))
    reply["Message-ID"] = "<set26-outcome-reply@example.net>"
    reply["In-Reply-To"] = "<ack-1187-2569@nonsung.go.th>"
    reply.set_content(
        f"ขอแก้เบอร์โทรเป็น {dashed_phone(PEOPLE[3].mobile)} ค่ะ\n\n"
        "> เรียน ผู้ยื่นคำร้อง\n> สำนักงานได้รับคำร้องของท่านแล้ว เลขรับ 1187/2569\n",
        charset="utf-8",
    )
    return [
        ("a power of attorney typed into the mail", power_of_attorney_body(p, 0).raw, "request"),
        (
            "an elderly allowance form in Word",
            docx_elderly_allowance_merged_table(p, 1).raw,
            "request",
        ),
        ("a citizen's reply to the acknowledgement", bytes(reply), "request"),
        ("an out-of-office in English and Thai", bytes(away), "auto_reply"),
    ]
