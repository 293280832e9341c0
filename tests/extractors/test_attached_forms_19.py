"""The principles set 19 of the requests written by others (unseen_requests_19.py) showed
the readers of attached files were missing, each on a small file made here."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.body_form import without_row_numbers
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
FONTS = Path("/usr/share/fonts/truetype/tlwg")
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def mail_with(*files: tuple[str, bytes, str], body: str = "ส่งคำร้องตามไฟล์แนบครับ\n") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำร้อง"
    msg.set_content(body)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- a numbered table's row numbers ---------------------------------------------------------


def page_of(lines: list[str], face: str = "Kinnari") -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / f"{face}.ttf"))
    pdf.set_font("F", size=13)
    pdf.set_text_shaping(True)
    for k, line in enumerate(lines):
        pdf.text(20, 30 + 10 * k, line)
    return bytes(pdf.output())


def test_a_numbered_tables_row_numbers_are_not_part_of_the_label() -> None:
    """ลำดับ | รายการ | ข้อมูล: each row "1 ชื่อ-สกุล ...", the number in a column of its
    own, no dot after it; three or more counting up by one are row numbers."""
    rows = ["ลำดับ รายการ ข้อมูล", "1 ชื่อ - นามสกุล นายปกรณ์ ศรีสว่าง",
            "2 เลขประจำตัวประชาชน 1-1017-00234-56-8", "3 โทรศัพท์ 089-552-1478",
            "4 อีเมล pakorn.ss@example.com"]  # fmt: skip
    case = mail_with(("list.pdf", page_of(rows), PDF))
    assert case.fields["full_name"] == "นายปกรณ์ ศรีสว่าง"
    assert case.fields["phone"] in ("+66895521478", "0895521478")
    assert case.fields["email"] == "pakorn.ss@example.com"


def test_a_lone_number_before_a_line_is_kept() -> None:
    """The test above can fail: a number not in a counting run (a house number opening a
    line) stays, and numbers that do not count up by one are no row numbers."""
    lines = [(1, "45 หมู่ที่ 2 ตำบลบ้านเป็ด"), (2, "ชื่อ: นายเอ บีซี")]
    assert without_row_numbers(lines) == lines
    skipping = [(1, "1 ชื่อ ก"), (2, "5 เลขที่ ข"), (3, "9 โทร ค")]
    assert without_row_numbers(skipping) == skipping
    counted = [(1, "๑ ชื่อ ก"), (2, "๒ เลขที่ ข"), (3, "๓ โทร ค")]
    assert [line for _, line in without_row_numbers(counted)] == ["ชื่อ ก", "เลขที่ ข", "โทร ค"]


# --- a PDF whose marks are drawn after their line ---------------------------------------------

MARKS = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d")


def marks_last(lines: list[str], face: str = "Loma") -> bytes:
    """Each line's letters drawn first, then its marks, each at the pen's place after its
    letter (Thai faces give marks no advance, their ink reaching back over the letter)."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / f"{face}.ttf"))
    pdf.set_font("F", size=14)
    for k, line in enumerate(lines):
        xs, x = [], 20.0
        for ch in line:
            xs.append(x)
            x += 0 if ch in MARKS else pdf.get_string_width(ch)
        for ch, at in zip(line, xs, strict=True):
            if ch not in MARKS:
                pdf.text(at, 30 + 10 * k, ch)
        for ch, at in zip(line, xs, strict=True):
            if ch in MARKS:
                pdf.text(at, 30 + 10 * k, ch)
    return bytes(pdf.output())


def test_marks_drawn_after_their_line_sit_on_their_letters() -> None:
    lines = ["ชื่อผู้ยื่นคำร้อง : นางลำดวน ชื่นใจดี", "ที่อยู่ : 17 หมู่ที่ 9 ตำบลหนองไผ่ อำเภอด่านซ้าย",
             "เบอร์โทรศัพท์ : 081-447-2036"]  # fmt: skip
    case = mail_with(("form.pdf", marks_last(lines), PDF))
    assert case.fields["full_name"] == "นางลำดวน ชื่นใจดี"
    assert case.fields["address"].startswith("17 หมู่ที่ 9 ตำบลหนองไผ่ อำเภอด่านซ้าย")


# --- Word: a group's caption down the rows' left ------------------------------------------------


def grouped_table(turned: bool, merged: bool) -> bytes:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    rows = [("ชื่อ - นามสกุล", "นายชยพล มีทรัพย์"), ("เลขประจำตัวประชาชน", "3-6701-00452-18-2"),
            ("โทรศัพท์", "086-210-3378"), ("อีเมล", "chayapon.m@example.com")]  # fmt: skip
    table = document.add_table(rows=len(rows), cols=3)
    for r, (label, value) in enumerate(rows):
        table.cell(r, 1).text, table.cell(r, 2).text = label, value
    table.cell(0, 0).text = "ข้อมูลผู้ยื่นคำร้อง"
    if merged:
        table.cell(0, 0).merge(table.cell(len(rows) - 1, 0))
    if turned:
        props = table.cell(0, 0)._tc.get_or_add_tcPr()
        props.append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="btLr"/>'))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_group_caption_merged_down_the_left_is_no_label() -> None:
    """ข้อมูลผู้ยื่นคำร้อง merged over the rows (its text turned, or not): the first row's
    label is that row's own middle cell, not the caption's value."""
    for turned in (True, False):
        case = mail_with(("form.docx", grouped_table(turned, merged=True), DOCX))
        assert case.fields["full_name"] == "นายชยพล มีทรัพย์"
        assert case.fields["national_id"] == "3670100452182"


def test_a_plain_three_cell_row_is_still_read() -> None:
    """The test above can fail: without the merge or the turned text, the first row reads
    as before (caption, label, value: the name is still found beside its label)."""
    case = mail_with(("form.docx", grouped_table(turned=False, merged=False), DOCX))
    assert case.fields["national_id"] == "3670100452182"
    assert case.fields["email"] == "chayapon.m@example.com"


# --- OCR: specks after a province's name -----------------------------------------------------


def test_a_province_misread_with_specks_after_it_is_its_first_word() -> None:
    """A grey scan's dust read as letters after the name ("ชุมพฤ . ทา"): the name is the
    first word, mended by its letters; a second real word after it is no speck."""
    from extractors.ocr_places import province_by_letters

    assert province_by_letters("ชุมพฤ . ทา") == "ชุมพร"
    assert province_by_letters("ชุมพฤ บ้านนาสาร") is None  # a word, not specks: unsure


# --- OCR: a date's 1 read as a bracket or a bar ------------------------------------------------


def test_a_dates_one_read_as_a_look_alike_is_a_one() -> None:
    """A thin face's 1 beside another digit comes out of OCR as `]`, `|`, `l` or `I`:
    "3] มกราคม" is the 31st, not the 3rd; letters of a word (Jul) stay."""
    from extractors.ocr_text import with_date_ones_restored

    assert with_date_ones_restored("2] ตุลาคม 2530") == "21 ตุลาคม 2530"
    assert with_date_ones_restored("l8/06/2541") == "18/06/2541"
    assert with_date_ones_restored("1| ก.พ. 2519") == "11 ก.พ. 2519"
    assert with_date_ones_restored("12 Jul 1987") == "12 Jul 1987"
    assert with_date_ones_restored("9 เมษายน 2530") == "9 เมษายน 2530"
