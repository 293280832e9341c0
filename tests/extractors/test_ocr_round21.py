"""Round 21's OCR rules (issue 8), each on a line or a small file made here: a label
word read without the mai ek of its ที่, จังหวัด glued to a province's name at a line's
start, and a scanner's invisible text layer taken as OCR (flagged, the picture read too).
"""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.body_form import parse_label_line
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.ocr import read_line, with_label_marks, with_province_apart
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
LABELS = matcher_for(TEMPLATES)
FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        ("เกิดวันที 2 พฤศจิกายน 2528", "เกิดวันที่ 2 พฤศจิกายน 2528"),
        ("อยู่บ้านเลขที 27/8 หมู่ที 3 ตำบลท่าโพธิ์", "อยู่บ้านเลขที่ 27/8 หมู่ที่ 3 ตำบลท่าโพธิ์"),
        # no label made whole: as read (นาที is a word of its own)
        ("นัดหมายเวลา 10 นาที", "นัดหมายเวลา 10 นาที"),
        ("ที 5", "ที 5"),
    ],
)
def test_a_label_gets_back_the_mai_ek_of_its_ti(read: str, mended: str) -> None:
    assert with_label_marks(read, LABELS) == mended


def test_a_sentence_wrapped_after_its_birth_date_label_reads_its_fields() -> None:
    line = "เกิดวันที 2 พฤศจิกายน 2528 อยู่บ้านเลขที 27/8 หมู่ที 3 ตำบลท่าโพธิ อำเภอเมืองพิษณุโลก"
    found = parse_label_line(read_line(line, LABELS), LABELS)
    assert found is not None and found.key == "birth_date"
    # as read, too, since round 34: "เกิดวันที" (a tone mark left out) is a typed label's
    # spelling (extractors.labels' typo spellings); before, the field was lost
    as_read = parse_label_line(line, LABELS)
    assert as_read is not None and as_read.key == "birth_date"


@pytest.mark.parametrize(
    ("read", "apart"),
    [
        ("จังหวัดพิษณุโลก รหัสไปรษณีย์ 65000", "จังหวัด พิษณุโลก รหัสไปรษณีย์ 65000"),
        ("จ.ขอนแก่น 40140", "จ. ขอนแก่น 40140"),
        # not a province's name after it: as read
        ("จังหวัดละ 3 คน", "จังหวัดละ 3 คน"),
        ("ตำบลท่าโพธิ์ อำเภอเมือง", "ตำบลท่าโพธิ์ อำเภอเมือง"),
    ],
)
def test_a_province_glued_to_its_label_is_set_apart(read: str, apart: str) -> None:
    assert with_province_apart(read) == apart


def test_a_glued_province_line_is_parted_into_its_fields() -> None:
    found = parse_label_line(read_line("จังหวัดพิษณุโลก รหัสไปรษณีย์ 65000", LABELS), LABELS)
    assert found is not None and found.key == "province"


# --- a scanner's text layer ------------------------------------------------------------------

ROWS = (("ชื่อ - นามสกุล", "นางสาวมาลัย ทองคำ"), ("โทรศัพท์มือถือ", "081-234-5670"),
        ("ที่อยู่", "12 หมู่ที่ 4 ตำบลนาดี อำเภอเมืองยะลา จังหวัดยะลา"))  # fmt: skip


def searchable_scan(invisible: bool) -> bytes:
    """A page-size picture (blank: a scan's paper) with the rows as text over it,
    invisible as a scanner's OCR layer is, or drawn."""
    from fpdf import FPDF
    from fpdf.enums import TextMode
    from PIL import Image

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", size=14)
    picture = io.BytesIO()
    Image.new("L", (620, 877), 250).save(picture, "PNG")
    pdf.image(picture, x=0, y=0, w=210, h=297)
    with pdf.local_context():
        if invisible:
            pdf.text_mode = TextMode.INVISIBLE
        for k, (label, value) in enumerate(ROWS):
            pdf.text(20, 50 + 12 * k, f"{label} {value}")
    return bytes(pdf.output())


def read_pdf(data: bytes) -> tuple[dict[str, str | None], dict[str, list[str]], list[str]]:
    msg = EmailMessage()
    msg["From"] = "someone@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำร้อง"
    msg.set_content("ส่งแบบคำร้องตามแนบค่ะ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="scan0001.pdf")
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    flags = {key: list(p.flags) for key, p in case.provenance.items()}
    return case.fields, flags, [d.code for d in case.defects]


def test_a_scanners_text_layer_is_read_as_ocr_and_flagged() -> None:
    fields, flags, defects = read_pdf(searchable_scan(invisible=True))
    assert fields.get("phone") == "+66812345670"
    assert "ocr" in flags["phone"] and "ocr_text_layer" in flags["phone"]
    assert "pdf_scanner_ocr_layer" in defects


def test_text_drawn_over_a_picture_is_no_scanners_layer() -> None:
    fields, flags, defects = read_pdf(searchable_scan(invisible=False))
    assert fields.get("phone") == "+66812345670"
    assert "ocr" not in flags.get("phone", [])
    assert "pdf_scanner_ocr_layer" not in defects


# --- a blank back sheet ----------------------------------------------------------------------


def test_a_blank_back_with_the_front_showing_through_is_blank() -> None:
    from PIL import Image, ImageDraw, ImageFont

    from extractors.ocr import blank

    page = Image.new("L", (2480, 3508), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 60)
    for k in range(20):  # the front's lines, faint through the paper
        draw.text((200, 300 + 120 * k), "ข้าพเจ้า นายสมชาย ใจดี 081-234-5670", font=font, fill=232)
    assert blank(page)
    draw.text((200, 3000), "โทรศัพท์ 081-234-5670", font=font, fill=30)  # one line typed
    assert not blank(page)


# --- a typed field after a misread one on its line ---------------------------------------


def test_a_misread_birth_date_does_not_take_the_phone_after_it() -> None:
    from extractors.body_form import label_pairs

    line = "เกิดวันที ” เดือน กุมภาพันธ์ wa 42507 โทรศัพท์ 093-551-7086"  # as read on a scan
    pairs = label_pairs(read_line(line, LABELS), LABELS)
    assert pairs[-1] == "โทรศัพท์ 093-551-7086"
    assert pairs[0].startswith("เกิดวันที่")
    # a row the pair reader parts already is left as it was
    row = "จังหวัด พิษณุโลก รหัสไปรษณีย์ 65000 โทรศัพท์ 062-471-8853"
    assert label_pairs(read_line(row, LABELS), LABELS) == [
        "จังหวัด พิษณุโลก",
        "รหัสไปรษณีย์ 65000",
        "โทรศัพท์ 062-471-8853",
    ]
