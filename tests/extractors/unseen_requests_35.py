"""A thirty-fifth set of requests written by someone who had not read the readers (issue 8):
STRUCTURED ATTACHMENTS BUILT THE WAY AGENCIES REALLY BUILD THEIR TEMPLATES: Word forms
with content controls (plain-text w:sdt, the placeholder "คลิกที่นี่เพื่อป้อนข้อความ" left in
unfilled ones), legacy FORMTEXT fields (the value in the field's result), check boxes
(☐/☑/☒ glyphs and w14:checkbox controls), nested tables, merged cells (a label spanning
two rows, gridSpan, vMerge), a table per person and a table with a column per person, a
form whose table continues on a second page with its header row repeated, values typed in
a smaller font on the line under their label, labels and values in two tables side by
side; xlsx sheets (label in A and value in C with B empty or a colon, two pairs a row,
merged cells, an instruction sheet before the form, each person a row under a header row,
numbers stored as numbers, dates as Excel dates); fillable PDFs (AcroForm) whose field
names say nothing (Text1, fill_3, undefined_2), labelled only by the page text beside or
above each widget, a second person's fields on the same page, radio buttons and check
boxes; and mixed mails whose body says little ("ส่งแบบฟอร์มตามแนบครับ"), one whose body
gives the phone the attachment leaves blank.

Written before reading `extractors/` or `config/` (only the harness, set 33's test and
builder, the helpers of sets 5, 11, 13, 26 and 30 they import, blind_sets.py, and the
earlier sets' docstrings and style names were read).

Conventions (written down before any run):
- the applicant is the one the form names as ผู้ยื่นคำร้อง/ผู้ขอ; a spouse (คู่สมรส), a
  witness (พยาน), a house owner (เจ้าบ้าน), a certifier (ผู้รับรอง) and household members
  are not, wherever their table, column, row or widgets sit;
- a placeholder left in a content control ("คลิกที่นี่เพื่อป้อนข้อความ"), a legacy field's
  blank default and an empty widget are no value: where the applicant's own value is
  left so, that field expects none (any value read must be flagged);
- an unticked option is no value; the ticked title (☑/☒, a checked w14:checkbox or the
  chosen radio button) is the title of the name, so the full name is "นาย..." as Thai
  documents write it, title joined to the first name;
- in a sheet where each person is a row under a header row, the applicant is the row whose
  ฐานะ column says ผู้ยื่นคำร้อง (the first row in variant 0, the second in variant 1);
- numbers stored as numbers: a clerk expects the phone with its leading 0 (a 9-digit
  mobile stored as 816634018 is 0816634018) and the ID as its 13 digits (the number
  is exact in the cell though Excel shows 3.40E+12 in a General cell); a date cell is
  the date it holds;
- an instruction sheet's worked example (a made-up person) is not the applicant;
- where the body gives the phone and the attachment leaves it blank, the body's phone is
  right; where the body says only "ส่งแบบฟอร์มตามแนบ", everything comes from the attachment.
Everyone and every number is invented; every ID is made with with_check_digit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import (
    DOCX,
    XLSX,
    Field,
    Person,
    W,
    acroform,
    docx_bytes,
    expect,
    pdf_page,
    run,
    xlsx_bytes,
)
from unseen_requests_11 import PDF, Attachment, dashed_phone
from unseen_requests_13 import dashed_id
from unseen_requests_26 import _doc_title, _set, age
from unseen_requests_30 import full

# ruff: noqa: E501 -- forms as offices build them: long lines

PEOPLE: tuple[Person, ...] = (
    Person("นาง", "วาสนา", "บุญประเสริฐ", with_check_digit("341020061153"), date(1982, 5, 11),
           "0816620947", "wassana.bp@gmail.com", "72", "6", "", "", "หนองหิน",
           "เมืองยโสธร", "ยโสธร", "35000"),
    Person("นาย", "ธีรวัฒน์", "แสนสุข", with_check_digit("140110073325"), date(1976, 10, 23),
           "0894513862", "teerawat.ss@hotmail.com", "15/3", "2", "", "", "หนองแค",
           "หนองแค", "สระบุรี", "18140"),
    Person("นางสาว", "กมลวรรณ", "ศรีสุข", with_check_digit("150210045586"), date(1994, 1, 17),
           "0637719204", "kamonwan.ss@gmail.com", "48/12", "", "", "ศรีจันทร์", "ในเมือง",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นาย", "บุญเลิศ", "คำแก้ว", with_check_digit("350130028871"), date(1961, 7, 4),
           "0869935147", "boonlert.kk@yahoo.com", "204", "4", "", "", "หนองหอย",
           "เมืองเชียงใหม่", "เชียงใหม่", "50000"),
    Person("นาง", "สายใจ", "พรหมมา", with_check_digit("372050039962"), date(1968, 12, 30),
           "0818824713", "saijai.pm@gmail.com", "31", "8", "", "", "ดอนเจดีย์",
           "ดอนเจดีย์", "สุพรรณบุรี", "72170"),
    Person("นาย", "ศุภชัย", "รุ่งเรืองศรี", with_check_digit("110270051184"), date(1987, 3, 9),
           "0957726318", "supachai.rr@outlook.com", "88/21", "", "สุขุมวิท 101", "สุขุมวิท",
           "บางจาก", "พระโขนง", "กรุงเทพมหานคร", "10260"),
    Person("นางสาว", "ปิยนุช", "ทองคำ", with_check_digit("192110024478"), date(1999, 9, 26),
           "0625584913", "piyanut.tk@gmail.com", "9", "3", "", "", "บางรัก",
           "เมืองตรัง", "ตรัง", "92000"),
    Person("นาย", "สมพงษ์", "ใจกล้า", with_check_digit("320110087719"), date(1955, 4, 2),
           "0873314025", "sompong.jk@gmail.com", "166", "11", "", "", "ท่าสว่าง",
           "เมืองสุรินทร์", "สุรินทร์", "32000"),
)  # fmt: skip

# Second persons: spouses, witnesses, house owners, certifiers, household members.
OTHERS: tuple[Person, ...] = (
    Person("นาย", "ประสิทธิ์", "บุญประเสริฐ", with_check_digit("341990052217"), date(1979, 8, 1),
           "0824417736", "prasit.bp@gmail.com", "72", "6", "", "", "หนองหิน",
           "เมืองยโสธร", "ยโสธร", "35000"),
    Person("นาง", "ทองพูน", "แสนสุข", with_check_digit("140990064431"), date(1950, 2, 14),
           "0851127794", "thongpoon.ss@gmail.com", "15/3", "2", "", "", "หนองแค",
           "หนองแค", "สระบุรี", "18140"),
    Person("นาย", "อนุชา", "พิมพ์ดี", with_check_digit("150990031148"), date(1972, 6, 19),
           "0619946632", "anucha.pd@gmail.com", "120", "5", "", "", "ศิลา",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นาง", "บัวผัน", "คำแก้ว", with_check_digit("350990047725"), date(1963, 11, 7),
           "0894452186", "buaphan.kk@gmail.com", "204", "4", "", "", "หนองหอย",
           "เมืองเชียงใหม่", "เชียงใหม่", "50000"),
    Person("นาย", "สุรชัย", "มีสุข", with_check_digit("372990023358"), date(1970, 1, 28),
           "0867730219", "surachai.ms@gmail.com", "5", "8", "", "", "ดอนเจดีย์",
           "ดอนเจดีย์", "สุพรรณบุรี", "72170"),
    Person("นาง", "จันทร์เพ็ญ", "รุ่งเรืองศรี", with_check_digit("110990086629"), date(1989, 5, 30),
           "0812267408", "chanpen.rr@gmail.com", "88/21", "", "สุขุมวิท 101", "สุขุมวิท",
           "บางจาก", "พระโขนง", "กรุงเทพมหานคร", "10260"),
    Person("นาย", "เกรียงไกร", "ทองคำ", with_check_digit("192990071136"), date(1966, 3, 3),
           "0935521847", "kriangkrai.tk@gmail.com", "40", "3", "", "", "บางรัก",
           "เมืองตรัง", "ตรัง", "92000"),
    Person("นาง", "ละเอียด", "ใจกล้า", with_check_digit("320990015543"), date(1958, 10, 10),
           "0846638821", "laiad.jk@gmail.com", "166", "11", "", "", "ท่าสว่าง",
           "เมืองสุรินทร์", "สุรินทร์", "32000"),
)  # fmt: skip

MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")  # fmt: skip
SUBJECTS = ("ส่งแบบฟอร์มตามแนบ", "ยื่นคำร้อง (ไฟล์แนบ)", "ส่งคำขอครับ", "แบบฟอร์มที่กรอกแล้ว")
ATTACHED = (
    "ส่งแบบฟอร์มตามแนบครับ\n",
    "เรียน เจ้าหน้าที่\n\nส่งแบบฟอร์มตามแนบค่ะ\n",
    "ตามไฟล์แนบครับ\n\nส่งจาก iPhone ของฉัน\n",
    "สวัสดีครับ ส่งแบบฟอร์มที่กรอกแล้วตามแนบครับ\n",
)
PLACEHOLDER = "คลิกที่นี่เพื่อป้อนข้อความ"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
Style = Callable[[Person, int], Case]


def thai_day(d: date, k: int) -> str:
    y = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {y}", f"{d.day:02d}/{d.month:02d}/{y}",
            f"{d.day} เดือน {MONTHS[d.month - 1]} พ.ศ. {y}")[k % 3]  # fmt: skip


def message(p: Person, n: int, *, text: str | None = None, files: tuple[Attachment, ...] = (),
            subject: str | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>"
    msg["To"] = "saraban@nongkham.go.th"
    msg["Subject"] = subject or SUBJECTS[n % len(SUBJECTS)]
    msg["Date"] = format_datetime(datetime(2026, 12, 10, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set35-{n}-{p.first.encode().hex()[:8]}@example.net>"
    set_body(msg, text if text is not None else ATTACHED[n % len(ATTACHED)], None)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def without(exp: dict[str, tuple[str, ...]], *keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant's own value left blank on the form: none is expected, any read is
    right only if flagged."""
    for k in keys:
        exp[k] = ()
    return exp


# --- raw WordprocessingML -------------------------------------------------------------------


def control(value: str, n: int) -> str:
    """A plain-text content control; empty = its placeholder left showing."""
    if not value:
        return (f'<w:sdt><w:sdtPr><w:id w:val="{1000 + n}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
                '<w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
                f"<w:t>{PLACEHOLDER}</w:t></w:r></w:sdtContent></w:sdt>")  # fmt: skip
    return (f'<w:sdt><w:sdtPr><w:id w:val="{1000 + n}"/><w:text/></w:sdtPr>'
            f"<w:sdtContent>{run(value)}</w:sdtContent></w:sdt>")  # fmt: skip


def formtext(value: str, n: int) -> str:
    """A legacy text form field; empty = the five en spaces Word leaves as its default."""
    shown = value or "\u2002" * 5
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text{n}"/>'
            '<w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"{run(shown)}"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')  # fmt: skip


def w14_box(checked: bool) -> str:
    glyph = "2612" if checked else "2610"
    return (f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
            f'</w:sdtPr><w:sdtContent><w:r><w:sym w:font="MS Gothic" w:char="{glyph}"/>'
            "</w:r></w:sdtContent></w:sdt>")  # fmt: skip


def para_xml(d: Any, inner: str) -> None:
    from docx.oxml import parse_xml

    p = parse_xml(f'<w:p xmlns:w="{W}" xmlns:w14="{W14}">{inner}</w:p>')
    d.element.body.insert(len(d.element.body) - 1, p)


def cell_xml(cell: Any, inner: str) -> None:
    """A table cell's paragraph replaced by raw XML (a control or a field in a cell)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    tc = cell._tc
    for old in tc.findall(qn("w:p")):
        tc.remove(old)
    tc.append(parse_xml(f'<w:p xmlns:w="{W}" xmlns:w14="{W14}">{inner}</w:p>'))


def titles_boxes(p: Person, glyphs: tuple[str, str] | None) -> str:
    """The title row: ticked glyphs (☐ off, ☑/☒ on) or w14:checkbox controls."""
    out = ""
    for t in ("นาย", "นาง", "นางสาว"):
        if glyphs is None:
            out += w14_box(p.title == t) + run(f" {t}   ")
        else:
            out += run(f"{glyphs[1] if p.title == t else glyphs[0]} {t}   ")
    return out


def grid(d: Any, rows: list[tuple[str, str]], bold: bool = True) -> Any:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate(rows):
        _set(t.cell(r, 0), k, bold=bold)
        _set(t.cell(r, 1), v)
    return t


def person_rows(q: Person, k: int) -> list[tuple[str, str]]:
    return [("ชื่อ-นามสกุล", q.name), ("เลขประจำตัวประชาชน", dashed_id(q.nid)),
            ("วันเดือนปีเกิด", thai_day(q.born, k)), ("ที่อยู่", full(q)),
            ("โทรศัพท์", dashed_phone(q.mobile))]  # fmt: skip


# --- Word -------------------------------------------------------------------------------------


def docx_content_controls_placeholder(p: Person, i: int) -> Case:
    """คำร้องทั่วไป built with plain-text content controls in a two-column table; the
    citizen filled most, and left the placeholder in the อีเมล control (variant 0) or the
    วันเกิด control (variant 1), and in โทรสาร in both."""
    blank = "email" if i % 2 == 0 else "birth_date"
    rows = [
        ("ชื่อ-นามสกุล ผู้ยื่นคำร้อง", p.name),
        ("เลขประจำตัวประชาชน", p.nid),
        ("วันเดือนปีเกิด", "" if blank == "birth_date" else thai_day(p.born, i)),
        ("ที่อยู่", full(p)),
        ("โทรศัพท์มือถือ", dashed_phone(p.mobile)),
        ("โทรสาร", ""),
        ("อีเมล", "" if blank == "email" else p.email),
        ("เรื่องที่ขอ", "ขอให้ซ่อมไฟฟ้าส่องสว่างหน้าบ้าน"),
    ]

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำร้องทั่วไป")
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            _set(t.cell(r, 0), k, bold=True)
            cell_xml(t.cell(r, 1), control(v, r))

    raw = message(p, i, files=(("คำร้องทั่วไป.docx", docx_bytes(build), DOCX),))
    return Case("docx_content_controls_placeholder", raw, without(expect(p), blank))


def docx_controls_inline_w14_title(p: Person, i: int) -> Case:
    """Paragraphs "label control": the title as three w14:checkbox controls (one ticked),
    ชื่อ and นามสกุล in controls of their own, the rest one control a line."""

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอรับการสนับสนุนน้ำอุปโภคบริโภค")
        para_xml(d, run("ผู้ยื่นคำร้อง  คำนำหน้า ") + titles_boxes(p, None))
        para_xml(d, run("ชื่อ ") + control(p.first, 1) + run("  นามสกุล ") + control(p.last, 2))
        for n, (k, v) in enumerate((("เลขประจำตัวประชาชน", dashed_id(p.nid)),
                                    ("เกิดวันที่", thai_day(p.born, i + 1)),
                                    ("ที่อยู่", full(p)), ("โทรศัพท์", p.mobile),
                                    ("อีเมล", p.email)), 3):  # fmt: skip
            para_xml(d, run(f"{k} ") + control(v, n))

    raw = message(p, i, files=(("ขอน้ำ.docx", docx_bytes(build), DOCX),))
    return Case("docx_controls_inline_w14_title", raw, expect(p))


def docx_legacy_formtext_table(p: Person, i: int) -> Case:
    """An old .doc template saved as .docx: a table whose value cells hold FORMTEXT fields,
    the title ticked with ☒ glyphs among ☐; the e-mail field left at its blank default."""

    def build(d: Any) -> None:
        _doc_title(d, "คำร้องขอรับเบี้ยยังชีพ")
        rows: list[tuple[str, str]] = [
            ("คำนำหน้าชื่อ", ""),
            ("ชื่อ", p.first),
            ("นามสกุล", p.last),
            ("เลขประจำตัวประชาชน", p.nid),
            ("วัน/เดือน/ปี เกิด", thai_day(p.born, i + 2)),
            ("ที่อยู่ตามทะเบียนบ้าน", full(p)),
            ("หมายเลขโทรศัพท์", dashed_phone(p.mobile)),
            ("E-mail", ""),
        ]
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            _set(t.cell(r, 0), k)
            if r == 0:
                cell_xml(t.cell(r, 1), titles_boxes(p, ("☐", "☒")))
            else:
                cell_xml(t.cell(r, 1), formtext(v, r))

    raw = message(p, i, files=(("เบี้ยยังชีพ.docx", docx_bytes(build), DOCX),))
    return Case("docx_legacy_formtext_table", raw, without(expect(p), "email"))


def docx_glyph_boxes_request_type(p: Person, i: int) -> Case:
    """The title ticked with ☑ among ☐ on its own line before ชื่อ ... นามสกุล ...; a row of
    request types with one ticked; the address type "☐ ตามทะเบียนบ้าน ☑ ที่อยู่ปัจจุบัน"
    with only the ticked one filled."""

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำร้อง")
        d.add_paragraph("ประเภทคำขอ  ☐ ขอรับถังขยะ  ☑ ขอตัดต้นไม้  ☐ ขอซ่อมถนน")
        para_xml(d, run("ผู้ยื่นคำร้อง  ") + titles_boxes(p, ("☐", "☑")))
        d.add_paragraph(f"ชื่อ {p.first}   นามสกุล {p.last}")
        d.add_paragraph(f"เลขประจำตัวประชาชน {dashed_id(p.nid)}")
        d.add_paragraph(f"วันเกิด {thai_day(p.born, i)}")
        d.add_paragraph("ที่อยู่  ☐ ตามทะเบียนบ้าน  ☑ ที่อยู่ปัจจุบัน")
        d.add_paragraph(f"บ้านเลขที่ {p.line()} {p.province_written} รหัสไปรษณีย์ {p.postal}")
        d.add_paragraph(f"โทรศัพท์ {dashed_phone(p.mobile)}   อีเมล {p.email}")

    raw = message(p, i, files=(("คำร้อง.docx", docx_bytes(build), DOCX),))
    return Case("docx_glyph_boxes_request_type", raw, expect(p))


def docx_nested_table(p: Person, i: int) -> Case:
    """An outer table of sections (ส่วนที่ 1 ข้อมูลผู้ยื่นคำร้อง | an inner table of
    label/value rows), ส่วนที่ 2 the request's details in plain text."""

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอใช้อาคารอเนกประสงค์")
        outer = d.add_table(rows=2, cols=2)
        outer.style = "Table Grid"
        _set(outer.cell(0, 0), "ส่วนที่ 1 ข้อมูลผู้ยื่นคำร้อง", bold=True)
        inner = outer.cell(0, 1).add_table(rows=6, cols=2)
        inner.style = "Table Grid"
        for r, (k, v) in enumerate([*person_rows(p, i), ("อีเมล", p.email)]):
            _set(inner.cell(r, 0), k)
            _set(inner.cell(r, 1), v)
        _set(outer.cell(1, 0), "ส่วนที่ 2 รายละเอียด", bold=True)
        _set(outer.cell(1, 1), f"ขอใช้อาคารอเนกประสงค์วันที่ {thai_day(date(2027, 1, 9), 0)} จัดงานบวช")

    raw = message(p, i, files=(("ขอใช้อาคาร.docx", docx_bytes(build), DOCX),))
    return Case("docx_nested_table", raw, expect(p))


def docx_merged_label_two_rows(p: Person, i: int) -> Case:
    """A four-column form: a heading row merged across (gridSpan), ชื่อ | value | เลขประจำตัว
    | value, and the label ที่อยู่ merged down two rows (vMerge) beside the house line and
    the district line, each of those merged across three cells."""

    def build(d: Any) -> None:
        _doc_title(d, "คำร้องขอความช่วยเหลือ")
        t = d.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        t.cell(0, 0).merge(t.cell(0, 3))
        _set(t.cell(0, 0), "ข้อมูลผู้ยื่นคำร้อง", bold=True)
        _set(t.cell(1, 0), "ชื่อ-สกุล")
        _set(t.cell(1, 1), p.name)
        _set(t.cell(1, 2), "เลขประจำตัวประชาชน")
        _set(t.cell(1, 3), p.nid)
        _set(t.cell(2, 0), "วันเกิด")
        _set(t.cell(2, 1), thai_day(p.born, i + 1))
        _set(t.cell(2, 2), "โทรศัพท์")
        _set(t.cell(2, 3), dashed_phone(p.mobile))
        label = t.cell(3, 0).merge(t.cell(4, 0))
        _set(label, "ที่อยู่")
        top = t.cell(3, 1).merge(t.cell(3, 3))
        _set(top, f"บ้านเลขที่ {p.house}" + (f" หมู่ที่ {p.moo}" if p.moo else "")
             + (f" ถนน{p.road}" if p.road else ""))  # fmt: skip
        low = t.cell(4, 1).merge(t.cell(4, 3))
        _set(
            low,
            f"{'แขวง' if p.bangkok else 'ตำบล'}{p.tambon} {'เขต' if p.bangkok else 'อำเภอ'}{p.amphoe} {p.province_written} {p.postal}",
        )
        d.add_paragraph(f"อีเมล {p.email}")

    typed = (f"บ้านเลขที่ {p.house}" + (f" หมู่ที่ {p.moo}" if p.moo else "")
             + (f" ถนน{p.road}" if p.road else "")
             + f" {'แขวง' if p.bangkok else 'ตำบล'}{p.tambon} {'เขต' if p.bangkok else 'อำเภอ'}{p.amphoe}")  # fmt: skip
    raw = message(p, i, files=(("คำร้อง.docx", docx_bytes(build), DOCX),))
    return Case("docx_merged_label_two_rows", raw, expect(p, "", typed))


def docx_table_per_person(p: Person, i: int) -> Case:
    """ดร.-like form: a table for the applicant (ผู้ยื่นคำร้อง), then one for the spouse
    (คู่สมรส) and one for the house owner (เจ้าบ้าน), each with the same labels."""
    spouse = OTHERS[i % len(OTHERS)]
    owner = OTHERS[(i + 3) % len(OTHERS)]

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำร้องขอรับการสงเคราะห์ครอบครัว")
        for head, q, k in (("1. ผู้ยื่นคำร้อง", p, i), ("2. คู่สมรส", spouse, i + 1),
                           ("3. เจ้าบ้าน", owner, i + 2)):  # fmt: skip
            d.add_paragraph(head).runs[0].bold = True
            rows = person_rows(q, k)
            if q is p:
                rows.append(("อีเมล", p.email))
            grid(d, rows, bold=False)

    raw = message(p, i, files=(("สงเคราะห์ครอบครัว.docx", docx_bytes(build), DOCX),))
    return Case("docx_table_per_person", raw, expect(p))


def docx_column_per_person(p: Person, i: int) -> Case:
    """One table, a column per person: รายการ | ผู้ยื่นคำร้อง | คู่สมรส | พยาน (variant 1 puts
    the witness before the applicant's column)."""
    spouse = OTHERS[(i + 1) % len(OTHERS)]
    witness = OTHERS[(i + 4) % len(OTHERS)]
    cols = [("ผู้ยื่นคำร้อง", p), ("คู่สมรส", spouse), ("พยาน", witness)]
    if i % 2:
        cols = [cols[2], cols[0], cols[1]]

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอจดทะเบียนครอบครัว (ข้อมูลประกอบ)")
        labels = ["ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์", "อีเมล"]
        t = d.add_table(rows=len(labels) + 1, cols=4)
        t.style = "Table Grid"
        _set(t.cell(0, 0), "รายการ", bold=True)
        for c, (head, q) in enumerate(cols, 1):
            _set(t.cell(0, c), head, bold=True)
            for r, v in enumerate((q.name, q.nid, thai_day(q.born, i), full(q),
                                   dashed_phone(q.mobile), q.email), 1):  # fmt: skip
                _set(t.cell(r, c), v)
        for r, k in enumerate(labels, 1):
            _set(t.cell(r, 0), k)

    raw = message(p, i, files=(("ข้อมูลประกอบ.docx", docx_bytes(build), DOCX),))
    return Case("docx_column_per_person", raw, expect(p))


def docx_two_page_header_repeated(p: Person, i: int) -> Case:
    """A long form as a three-column table (ลำดับ | รายการ | ข้อมูล) with its header row
    marked to repeat; page 1 holds the questionnaire rows, a page break, then the table
    goes on with the header row typed again and the applicant's rows."""
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    def table(d: Any, rows: list[tuple[str, str]], start: int) -> None:
        t = d.add_table(rows=len(rows) + 1, cols=3)
        t.style = "Table Grid"
        for c, v in enumerate(("ลำดับ", "รายการ", "ข้อมูล")):
            _set(t.cell(0, c), v, bold=True)
        t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader xmlns:w="{W}"/>'))
        for r, (k, v) in enumerate(rows, 1):
            _set(t.cell(r, 0), str(start + r - 1))
            _set(t.cell(r, 1), k)
            _set(t.cell(r, 2), v)

    def build(d: Any) -> None:
        _doc_title(d, "แบบสำรวจและคำขอรับการช่วยเหลือเกษตรกร")
        survey = [(f"พื้นที่แปลงที่ {k}", f"{3 + k} ไร่ ปลูกข้าว") for k in range(1, 19)]
        table(d, survey, 1)
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        own = [("ชื่อผู้ยื่นคำร้อง", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
               ("วันเกิด", thai_day(p.born, i + 2)), ("ที่อยู่", full(p)),
               ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
        table(d, own, 19)

    raw = message(p, i, files=(("ช่วยเหลือเกษตรกร.docx", docx_bytes(build), DOCX),))
    return Case("docx_two_page_header_repeated", raw, expect(p))


def docx_value_below_small_font(p: Person, i: int) -> Case:
    """Each label a bold paragraph, the value typed on the line below in a smaller font,
    indented."""
    from docx.shared import Cm, Pt

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำร้องขอรับความช่วยเหลือผู้ประสบภัย")
        for k, v in (("ชื่อ-สกุล (ผู้ยื่นคำร้อง)", p.name), ("เลขประจำตัวประชาชน", p.nid),
                     ("วัน เดือน ปี เกิด", thai_day(p.born, i)), ("ที่อยู่ปัจจุบัน", full(p)),
                     ("เบอร์โทรศัพท์ที่ติดต่อได้", dashed_phone(p.mobile)), ("อีเมล", p.email),
                     ("ความเสียหาย", "หลังคาบ้านพังจากพายุ")):  # fmt: skip
            d.add_paragraph().add_run(k).bold = True
            para = d.add_paragraph()
            para.paragraph_format.left_indent = Cm(1)
            para.add_run(v).font.size = Pt(10)

    raw = message(p, i, files=(("ผู้ประสบภัย.docx", docx_bytes(build), DOCX),))
    return Case("docx_value_below_small_font", raw, expect(p))


def docx_side_by_side_tables(p: Person, i: int) -> Case:
    """Labels in one floating table at the left, values in another floating table beside
    it (tblpPr), as a form designer lines them up: in the file the label table comes
    first, then the value table."""
    from docx.oxml import parse_xml

    labels = ["ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์", "อีเมล"]
    values = [
        p.name,
        dashed_id(p.nid),
        thai_day(p.born, i + 1),
        full(p),
        dashed_phone(p.mobile),
        p.email,
    ]

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขออนุญาตจำหน่ายสินค้าในที่สาธารณะ")
        d.add_paragraph("ข้อมูลผู้ยื่นคำร้อง")
        for col, x in ((labels, 0), (values, 3200)):
            t = d.add_table(rows=len(col), cols=1)
            t.style = "Table Grid"
            t._tbl.tblPr.append(parse_xml(
                f'<w:tblpPr xmlns:w="{W}" w:leftFromText="180" w:rightFromText="180" '
                f'w:vertAnchor="text" w:horzAnchor="margin" w:tblpX="{x}" w:tblpY="200"/>'))  # fmt: skip
            for r, v in enumerate(col):
                _set(t.cell(r, 0), v)

    raw = message(p, i, files=(("ขอจำหน่ายสินค้า.docx", docx_bytes(build), DOCX),))
    return Case("docx_side_by_side_tables", raw, expect(p))


# --- sheets -----------------------------------------------------------------------------------


def xlsx_label_a_value_c(p: Person, i: int) -> Case:
    """Label in A, a colon (variant 0) or nothing (variant 1) in B, value in C."""
    sep = ":" if i % 2 == 0 else None

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แบบคำร้อง"
        ws.append(["แบบคำร้องขอรับการสนับสนุน"])
        for k, v in (("ชื่อผู้ยื่นคำร้อง", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
                     ("วันเกิด", thai_day(p.born, i)), ("ที่อยู่", full(p)),
                     ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)):  # fmt: skip
            ws.append([k, sep, v])

    raw = message(p, i, files=(("คำร้อง.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_label_a_value_c", raw, expect(p))


def xlsx_two_pairs_per_row(p: Person, i: int) -> Case:
    """Two label/value pairs a row: A-B and D-E (C empty between them)."""

    def build(book: Any) -> None:
        ws = book.active
        ws.append(["คำร้องขอรับเงินอุดหนุน"])
        ws.append(["ชื่อ-สกุล", p.name, None, "เลขประจำตัวประชาชน", p.nid])
        ws.append(["วันเกิด", thai_day(p.born, i + 1), None, "โทรศัพท์", dashed_phone(p.mobile)])
        ws.append(["ที่อยู่", p.line(), None, "จังหวัด", p.province])
        ws.append(["รหัสไปรษณีย์", p.postal, None, "อีเมล", p.email])

    raw = message(p, i, files=(("อุดหนุน.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_two_pairs_per_row", raw, expect(p))


def xlsx_merged_cells_form(p: Person, i: int) -> Case:
    """The title merged across A:F, each label merged A:B and each value merged C:F, the
    address value wrapped over two merged rows."""

    def build(book: Any) -> None:
        ws = book.active
        ws["A1"] = "แบบคำขออนุญาตใช้เสียง"
        ws.merge_cells("A1:F1")
        rows = [("ชื่อผู้ขอ", p.name), ("เลขประจำตัวประชาชน", p.nid),
                ("วันเดือนปีเกิด", thai_day(p.born, i + 2)), ("ที่อยู่", full(p)),
                ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)]  # fmt: skip
        r = 3
        for k, v in rows:
            ws.cell(row=r, column=1, value=k)
            ws.cell(row=r, column=3, value=v)
            span = 2 if k == "ที่อยู่" else 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r + span - 1, end_column=2)
            ws.merge_cells(start_row=r, start_column=3, end_row=r + span - 1, end_column=6)
            r += span

    raw = message(p, i, files=(("ขออนุญาตใช้เสียง.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_merged_cells_form", raw, expect(p))


def xlsx_instruction_sheet_first(p: Person, i: int) -> Case:
    """Sheet 1 "คำชี้แจง" with a worked example (a made-up person with an ID, phone and
    address), sheet 2 "แบบฟอร์ม" the citizen's own values."""
    ex = OTHERS[(i + 2) % len(OTHERS)]

    def build(book: Any) -> None:
        info = book.active
        info.title = "คำชี้แจง"
        info.append(["วิธีกรอกแบบฟอร์ม: กรอกข้อมูลในชีต แบบฟอร์ม ให้ครบทุกช่อง"])
        info.append(["ตัวอย่างการกรอก"])
        info.append(["ชื่อ-สกุล", ex.name])
        info.append(["เลขประจำตัวประชาชน", ex.nid])
        info.append(["ที่อยู่", full(ex)])
        info.append(["โทรศัพท์", dashed_phone(ex.mobile)])
        ws = book.create_sheet("แบบฟอร์ม")
        ws.append(["แบบคำร้องขอรับถุงยังชีพ"])
        for k, v in (("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
                     ("วันเกิด", thai_day(p.born, i)), ("ที่อยู่", full(p)),
                     ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)):  # fmt: skip
            ws.append([k, v])

    raw = message(p, i, files=(("ถุงยังชีพ.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_instruction_sheet_first", raw, expect(p))


def xlsx_person_rows_header(p: Person, i: int) -> Case:
    """A header row (ฐานะ | ชื่อ-สกุล | เลขประจำตัวประชาชน | วันเกิด | ที่อยู่ | โทรศัพท์ |
    อีเมล), then a row per person: the applicant (ฐานะ ผู้ยื่นคำร้อง) and the spouse; the
    applicant first in variant 0, second in variant 1."""
    spouse = OTHERS[(i + 5) % len(OTHERS)]
    rows = [("ผู้ยื่นคำร้อง", p), ("คู่สมรส", spouse)]
    if i % 2:
        rows.reverse()

    def build(book: Any) -> None:
        ws = book.active
        ws.append(["ทะเบียนผู้ขอรับสิทธิ"])
        ws.append(["ฐานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์", "อีเมล"])
        for role, q in rows:
            ws.append([role, q.name, dashed_id(q.nid), thai_day(q.born, i), full(q),
                       dashed_phone(q.mobile), q.email])  # fmt: skip

    raw = message(p, i, files=(("ผู้ขอรับสิทธิ.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_person_rows_header", raw, expect(p))


def xlsx_numbers_as_numbers(p: Person, i: int) -> Case:
    """The phone typed as a number (its leading 0 lost), the ID a number in a General cell
    (Excel shows 3.41E+12), the birth date an Excel date; the postal code a number too."""

    def build(book: Any) -> None:
        ws = book.active
        ws.append(["แบบคำร้อง"])
        ws.append(["ชื่อ-นามสกุล", p.name])
        ws.append(["เลขประจำตัวประชาชน", int(p.nid)])
        ws.append(["วันเกิด", p.born])
        ws.cell(row=4, column=2).number_format = "d/m/yyyy" if i % 2 else "dd mmm yyyy"
        ws.append(["ที่อยู่", p.line()])
        ws.append(["จังหวัด", p.province])
        ws.append(["รหัสไปรษณีย์", int(p.postal)])
        ws.append(["โทรศัพท์", int(p.mobile)])
        ws.append(["อีเมล", p.email])

    raw = message(p, i, files=(("คำร้อง.xlsx", xlsx_bytes(build), XLSX),))
    return Case("xlsx_numbers_as_numbers", raw, expect(p))


# --- fillable PDFs ------------------------------------------------------------------------------


def acro_two_people_same_page(p: Person, i: int) -> Case:
    """Labels printed beside the widgets, fields named Text1... for the applicant's block
    and Text9... for the spouse's block below it on the same page."""
    spouse = OTHERS[(i + 6) % len(OTHERS)]
    texts: list[tuple[float, float, str]] = [(70, 20, "แบบคำร้องขอรับเงินสงเคราะห์")]
    fields: list[Field] = []
    n = 1
    y = 35.0
    for head, q in (("ส่วนที่ 1 ผู้ยื่นคำร้อง", p), ("ส่วนที่ 2 คู่สมรส", spouse)):
        texts.append((20, y, head))
        y += 9
        for k, v in (("ชื่อ-สกุล", q.name), ("เลขประจำตัวประชาชน", q.nid),
                     ("วันเกิด", thai_day(q.born, i)), ("ที่อยู่", full(q)),
                     ("โทรศัพท์", dashed_phone(q.mobile)), ("อีเมล", q.email)):  # fmt: skip
            texts.append((20, y, k))
            fields.append(Field(f"Text{n}", v, 62, y, w=130))
            n += 1
            y += 9
        y += 6
    data = acroform(pdf_page(texts, size=12, face="Garuda"), fields)
    raw = message(p, i, files=(("สงเคราะห์.pdf", data, PDF),))
    return Case("acro_two_people_same_page", raw, expect(p))


def acro_labels_above_fill_names(p: Person, i: int) -> Case:
    """Each label printed above its widget (the widget on the line under it), the fields
    named fill_1, fill_3, undefined_2... as Acrobat's form wizard names them."""
    names = ["fill_1", "undefined", "fill_3", "undefined_2", "fill_5", "Text6"]
    rows = [("ชื่อ-นามสกุล ผู้ยื่นคำร้อง", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วัน เดือน ปีเกิด", thai_day(p.born, i + 1)), ("ที่อยู่", full(p)),
            ("หมายเลขโทรศัพท์", p.mobile), ("อีเมล", p.email)]  # fmt: skip
    texts: list[tuple[float, float, str]] = [(60, 18, "แบบคำขอใช้รถบริการการแพทย์ฉุกเฉิน")]
    fields: list[Field] = []
    for k, ((label, v), name) in enumerate(zip(rows, names, strict=True)):
        y = 32.0 + 16 * k
        texts.append((20, y, label))
        fields.append(Field(name, v, 20, y + 8, w=160))
    data = acroform(pdf_page(texts, size=12, face="Garuda"), fields)
    raw = message(p, i, files=(("ขอใช้รถ.pdf", data, PDF),))
    return Case("acro_labels_above_fill_names", raw, expect(p))


def acro_radio_title_checkboxes(p: Person, i: int) -> Case:
    """The title a radio group (Group1, options Choice1-3, the page printing นาย นาง
    นางสาว beside them), ชื่อ and นามสกุล separate Text fields, the request type check
    boxes (Check Box1-3, one ticked)."""
    titles = ("นาย", "นาง", "นางสาว")
    chosen = f"Choice{titles.index(p.title) + 1}"
    texts: list[tuple[float, float, str]] = [(70, 18, "แบบคำร้องทั่วไป"), (20, 32, "คำนำหน้า")]
    texts += [(48 + 22 * k + 6, 32, t) for k, t in enumerate(titles)]
    fields = [
        Field("Group1", chosen, 48, 32, kind="radio", options=("Choice1", "Choice2", "Choice3"))
    ]
    texts += [(20, 42, "ชื่อ"), (105, 42, "นามสกุล")]
    fields += [Field("Text1", p.first, 32, 42, w=65), Field("Text2", p.last, 125, 42, w=65)]
    y = 52.0
    for k, (label, v) in enumerate((("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", thai_day(p.born, i + 2)),
                                    ("ที่อยู่", full(p)), ("โทรศัพท์", dashed_phone(p.mobile)),
                                    ("อีเมล", p.email)), 3):  # fmt: skip
        texts.append((20, y, label))
        fields.append(Field(f"Text{k}", v, 62, y, w=130))
        y += 10
    texts.append((20, y, "เรื่องที่ขอ"))
    for k, (label, on) in enumerate((("ขอรับถังขยะ", False), ("ขอซ่อมท่อระบายน้ำ", True),
                                     ("อื่น ๆ", False))):  # fmt: skip
        fields.append(Field(f"Check Box{k + 1}", on, 45 + 50 * k, y, kind="check"))
        texts.append((52 + 50 * k, y, label))
    data = acroform(pdf_page(texts, size=12, face="Garuda"), fields)
    raw = message(p, i, files=(("คำร้องทั่วไป.pdf", data, PDF),))
    return Case("acro_radio_title_checkboxes", raw, expect(p))


def acro_house_owner_blank_email(p: Person, i: int) -> Case:
    """คำร้องขอเลขที่บ้าน: the applicant's fields, then the house owner's (เจ้าบ้าน) name,
    ID and phone on the same page; the applicant's e-mail widget left empty."""
    owner = OTHERS[(i + 7) % len(OTHERS)]
    rows: list[tuple[str, str]] = [
        ("ผู้ยื่นคำร้อง ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
        ("วันเกิด", thai_day(p.born, i)), ("ที่อยู่", full(p)),
        ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", ""),
        ("เจ้าบ้าน ชื่อ-สกุล", owner.name), ("เลขประจำตัวประชาชนเจ้าบ้าน", owner.nid),
        ("โทรศัพท์เจ้าบ้าน", dashed_phone(owner.mobile)),
    ]  # fmt: skip
    texts: list[tuple[float, float, str]] = [(65, 18, "คำร้องขอเลขที่บ้าน")]
    fields: list[Field] = []
    for k, (label, v) in enumerate(rows):
        y = 32.0 + 10 * k + (6 if k >= 6 else 0)
        texts.append((20, y, label))
        fields.append(Field(f"Text{k + 1}" if k % 3 else f"fill_{k + 1}", v, 75, y, w=115))
    data = acroform(pdf_page(texts, size=12, face="Garuda"), fields)
    raw = message(p, i, files=(("ขอเลขที่บ้าน.pdf", data, PDF),))
    return Case("acro_house_owner_blank_email", raw, without(expect(p), "email"))


# --- mixed mails --------------------------------------------------------------------------------


def body_phone_attachment_blank(p: Person, i: int) -> Case:
    """The body gives the phone; the Word form's phone is left blank: its content control
    showing the placeholder (variant 0) or its FORMTEXT field at its blank default
    (variant 1)."""
    blank = control if i % 2 == 0 else formtext

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำร้องทั่วไป")
        for n, (k, v) in enumerate((("ผู้ยื่นคำร้อง", p.name), ("เลขประจำตัวประชาชน", p.nid),
                                    ("วันเกิด", thai_day(p.born, i)), ("ที่อยู่", full(p)),
                                    ("โทรศัพท์", ""), ("อีเมล", p.email)), 1):  # fmt: skip
            para_xml(d, run(f"{k} : ") + blank(v, n))

    text = f"ส่งแบบฟอร์มตามแนบครับ\nเบอร์โทรติดต่อ {dashed_phone(p.mobile)} ครับ\n"
    raw = message(p, i, text=text, files=(("คำร้อง.docx", docx_bytes(build), DOCX),))
    return Case("body_phone_attachment_blank", raw, expect(p))


def body_little_acro(p: Person, i: int) -> Case:
    """ "ส่งแบบฟอร์มตามแนบครับ" and nothing else; a fillable PDF with Text fields, labels
    beside them, holds everything."""
    texts: list[tuple[float, float, str]] = [(60, 18, "แบบคำร้องขอความอนุเคราะห์")]
    fields: list[Field] = []
    for k, (label, v) in enumerate((("ข้าพเจ้า (ผู้ยื่นคำร้อง)", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
                                    ("วันเกิด", thai_day(p.born, i + 1)), ("ที่อยู่", full(p)),
                                    ("โทรศัพท์", p.mobile), ("อีเมล", p.email))):  # fmt: skip
        y = 32.0 + 10 * k
        texts.append((20, y, label))
        fields.append(Field(f"Text{k + 1}", v, 72, y, w=120))
    data = acroform(pdf_page(texts, size=12, face="Garuda"), fields)
    raw = message(p, i, text="ส่งแบบฟอร์มตามแนบครับ\n", files=(("แบบฟอร์ม.pdf", data, PDF),))
    return Case("body_little_acro", raw, expect(p))


def body_little_form_and_household_sheet(p: Person, i: int) -> Case:
    """ "ส่งแบบฟอร์มตามแนบค่ะ"; a Word form (content controls) for the applicant and a sheet
    of household members (ชื่อ | เลขประจำตัว | ความสัมพันธ์ | โทรศัพท์) beside it."""
    members = [OTHERS[(i + k) % len(OTHERS)] for k in (1, 2)]

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอรับการช่วยเหลือ")
        for n, (k, v) in enumerate((("ชื่อ-สกุลผู้ยื่นคำร้อง", p.name), ("เลขประจำตัวประชาชน", p.nid),
                                    ("วันเกิด", thai_day(p.born, i + 2)), ("ที่อยู่", full(p)),
                                    ("โทรศัพท์", dashed_phone(p.mobile)), ("อีเมล", p.email)), 1):  # fmt: skip
            para_xml(d, run(f"{k} ") + control(v, n))

    def sheet(book: Any) -> None:
        ws = book.active
        ws.title = "สมาชิกในครัวเรือน"
        ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ความสัมพันธ์", "โทรศัพท์"])
        for m, rel in zip(members, ("สามี", "มารดา"), strict=True):
            ws.append([m.name, m.nid, rel, dashed_phone(m.mobile)])

    files = (("คำขอ.docx", docx_bytes(build), DOCX), ("สมาชิกครัวเรือน.xlsx", xlsx_bytes(sheet), XLSX))
    raw = message(p, i, text="ส่งแบบฟอร์มตามแนบค่ะ\n", files=files)
    return Case("body_little_form_and_household_sheet", raw, expect(p))


def body_little_side_age_form(p: Person, i: int) -> Case:
    """ "ตามไฟล์แนบครับ"; a Word form whose label cells and value cells are in one table
    of four columns per row (ชื่อ | value | อายุ | value), the age beside the name, no
    birth date asked; the witness's row at the foot."""
    witness = OTHERS[(i + 2) % len(OTHERS)]

    def build(d: Any) -> None:
        _doc_title(d, "คำขออนุญาตเผาในที่โล่ง")
        t = d.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        cells = [("ชื่อผู้ขอ", p.name, "อายุ", f"{age(p.born)} ปี"),
                 ("เลขประจำตัวประชาชน", dashed_id(p.nid), "โทรศัพท์", dashed_phone(p.mobile)),
                 ("ที่อยู่", full(p), "อีเมล", p.email),
                 ("พยาน", witness.name, "โทรศัพท์พยาน", dashed_phone(witness.mobile)),
                 ("เลขประจำตัวประชาชนพยาน", witness.nid, "", "")]  # fmt: skip
        for r, row in enumerate(cells):
            for c, v in enumerate(row):
                _set(t.cell(r, c), v, bold=c % 2 == 0)

    raw = message(
        p, i, text="ตามไฟล์แนบครับ\n", files=(("ขออนุญาตเผา.docx", docx_bytes(build), DOCX),)
    )
    return Case("body_little_side_age_form", raw, without(expect(p), "birth_date"))


STYLES: tuple[Style, ...] = (
    docx_content_controls_placeholder, docx_controls_inline_w14_title, docx_legacy_formtext_table,
    docx_glyph_boxes_request_type, docx_nested_table, docx_merged_label_two_rows,
    docx_table_per_person, docx_column_per_person, docx_two_page_header_repeated,
    docx_value_below_small_font, docx_side_by_side_tables,
    xlsx_label_a_value_c, xlsx_two_pairs_per_row, xlsx_merged_cells_form,
    xlsx_instruction_sheet_first, xlsx_person_rows_header, xlsx_numbers_as_numbers,
    acro_two_people_same_page, acro_labels_above_fill_names, acro_radio_title_checkboxes,
    acro_house_owner_blank_email,
    body_phone_attachment_blank, body_little_acro, body_little_form_and_household_sheet,
    body_little_side_age_form,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "Word" for s in STYLES[:11]},
    **{s.__name__: "sheet" for s in STYLES[11:17]},
    **{s.__name__: "PDF form" for s in STYLES[17:21]},
    **{s.__name__: "mixed" for s in STYLES[21:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
