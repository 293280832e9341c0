"""The principles set 15 of the requests written by others (unseen_requests_15.py) showed
the readers of attached files were missing, each on a small file made here."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def mail_with(*files: tuple[str, bytes, str]) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำร้อง"
    msg.set_content("ส่งแบบคำร้องตามแนบค่ะ\n")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- PDF: text a viewer does not draw -------------------------------------------------------

ROWS = (("ชื่อ - นามสกุล", "นางสาวมาลัย ทองคำ"), ("ที่อยู่", "12 หมู่ที่ 4 ตำบลนาดี อำเภอเมืองยะลา"),
        ("โทรศัพท์มือถือ", "081-234-5670"))  # fmt: skip
SAMPLE = ("นายสมชาย ใจดี", "99 หมู่ที่ 1 ตำบลในเมือง อำเภอเมืองนครราชสีมา", "089-999-0000")


def form_with_hidden_sample(how: str, under_image: bool = False) -> bytes:
    """Labels and values, with a template's sample values just under each value drawn
    invisible (render mode 3), in white, or (how "") in black."""
    from fpdf import FPDF
    from fpdf.enums import TextMode
    from PIL import Image

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", size=14)
    pdf.set_text_shaping(True)
    if under_image:  # a scan the sample's text layer would lie over
        picture = io.BytesIO()
        Image.new("RGB", (400, 200), (250, 250, 245)).save(picture, "PNG")
        pdf.image(picture, x=60, y=40, w=140, h=50)
    with pdf.local_context():
        if how == "invisible":
            pdf.text_mode = TextMode.INVISIBLE
        elif how == "white":
            pdf.set_text_color(255, 255, 255)
        for k, value in enumerate(SAMPLE):
            pdf.text(65, 55 + 12 * k, value)
    for k, (label, value) in enumerate(ROWS):
        pdf.text(20, 50 + 12 * k, label)
        pdf.text(65, 50 + 12 * k, value)
    return bytes(pdf.output())


def test_a_sample_drawn_invisible_or_white_is_not_read() -> None:
    for how in ("invisible", "white"):
        case = mail_with(("form.pdf", form_with_hidden_sample(how), PDF))
        assert case.fields["address"] == ROWS[1][1], how
        assert case.fields["full_name"] == ROWS[0][1], how
        assert case.fields["phone"] in ("0812345670", "+66812345670"), how


def test_the_same_sample_drawn_in_black_is_read() -> None:
    """The test above can fail: seen, the sample's address joins the citizen's."""
    case = mail_with(("form.pdf", form_with_hidden_sample(""), PDF))
    assert case.fields.get("address") != ROWS[1][1]


def test_invisible_text_over_an_image_is_kept_as_its_text_layer() -> None:
    import pdfplumber

    from extractors.pdf_covered import uncovered_chars

    for image, count in ((False, 0), (True, 1)):
        data = form_with_hidden_sample("invisible", under_image=image)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            text = "".join(c["text"] for c in uncovered_chars(pdf.pages[0]))
        assert text.count("สมชาย") == count, image
