"""Text under a white box drawn over it is not read; text drawn over the box is
(extractors/pdf_covered.py)."""

from __future__ import annotations

import io

import pdfplumber
from fpdf import FPDF
from unseen_requests_5 import FONTS

from extractors.pdf_covered import uncovered_chars


def page_text(box: tuple[int, int, int] | None, new_first: bool = False) -> str:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", str(FONTS / "Laksaman.ttf"))
    pdf.set_font("F", size=12)
    if new_first:
        pdf.text(62, 50, "0899999999")
    pdf.text(20, 50, "โทรศัพท์")
    pdf.text(62, 50, "0811111111")
    if box is not None:
        pdf.set_fill_color(*box)
        pdf.rect(61, 45, 40, 7, style="F")
    if not new_first:
        pdf.text(62, 49.6, "0899999999")
    with pdfplumber.open(io.BytesIO(bytes(pdf.output()))) as doc:
        return "".join(str(c["text"]) for c in uncovered_chars(doc.pages[0]))


def test_the_old_value_under_a_white_box_is_gone() -> None:
    assert page_text((255, 255, 255)) == "โทรศัพท์0899999999"


def test_without_a_white_box_everything_stays() -> None:
    assert "0811111111" in page_text(None)
    assert "0811111111" in page_text((200, 200, 200))  # a grey box is a fill, not an eraser


def test_text_drawn_before_the_box_is_covered_whatever_it_is() -> None:
    assert page_text((255, 255, 255), new_first=True) == "โทรศัพท์"
