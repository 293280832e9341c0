"""Fields laid over a scanned paper form (Acrobat's "Prepare Form" on a scan): the
captions are only in the page's picture, the fields named Text1, Text2...; each value is
keyed by the caption OCR reads beside its box."""

from __future__ import annotations

import io
import os
import shutil

import pytest
from attachments_for_tests import FONT, add_widgets
from forms_for_tests import GENERAL
from PIL import Image, ImageDraw, ImageFont

from extractors.labels import LabelMatcher
from extractors.pdf_form import PdfFormExtractor
from extractors.pdf_scanned_captions import words_of

IN_CI = os.environ.get("CI") == "true"
needs_ocr = pytest.mark.skipif(
    (shutil.which("tesseract") is None or shutil.which("pdftoppm") is None) and not IN_CI,
    reason="needs tesseract (tha) and pdftoppm (in CI their absence fails)",
)
LABELS = LabelMatcher([GENERAL])
DPI = 150
ROWS = [
    ("ชื่อ-นามสกุล", "นางสาวพิมพ์ชนก แสงทอง"),
    ("เลขประจำตัวประชาชน", "3-1006-01234-56-1"),
    ("โทรศัพท์", "089-123-4567"),
    ("อีเมล", "pimchanok.s@example.com"),
]


def tsv(*words: tuple[str, int, int, int, int, int]) -> str:
    """A Tesseract `tsv` table: (text, line, left, top, width, height) words, conf 90."""
    columns = "level page_num block_num par_num line_num word_num left top width height conf text"
    head = columns.replace(" ", "\t")
    rows = [f"5\t1\t1\t1\t{line}\t{n}\t{x}\t{y}\t{w}\t{h}\t90\t{text}"
            for n, (text, line, x, y, w, h) in enumerate(words, start=1)]  # fmt: skip
    return "\n".join([head, *rows])


def test_pieces_of_a_word_join_into_one_caption_and_a_far_word_stands_apart() -> None:
    table = tsv(("เลข", 1, 100, 50, 40, 30), ("บัตร", 1, 142, 48, 45, 34),
                ("ประชาชน", 1, 200, 50, 90, 30), ("[ไ1", 1, 600, 60, 40, 10))  # fmt: skip
    glyphs = words_of(table, 0.5)
    assert [g.text for g in glyphs] == ["เลขบัตร ประชาชน", "[ไ1"]
    first = glyphs[0]
    assert (first.x0, first.x1, first.top, first.bottom) == (50.0, 145.0, 24.0, 41.0)


def scanned_form() -> bytes:
    """The paper form as a 150 dpi grey scan (captions and dotted lines, no values), with
    a field named TextN over each dotted line."""
    page = Image.new("L", (1240, 1754), 246)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 34)
    draw.text((470, 90), "แบบคำร้องทั่วไป", font=font, fill=30)
    boxes = []
    for k, (label, value) in enumerate(ROWS):
        y = 240 + 90 * k
        draw.text((118, y - 30), label, font=font, fill=35)
        draw.text((470, y - 26), "." * 60, font=font, fill=80)
        top, bottom = (y - 34) * 72 / DPI, (y + 10) * 72 / DPI
        boxes.append((f"Text{k + 1}", value, (230.0, 842 - bottom, 580.0, 842 - top)))
    out = io.BytesIO()
    page.save(out, "PDF", resolution=DPI)
    return add_widgets(out.getvalue(), boxes)


@needs_ocr
def test_each_field_is_keyed_by_the_caption_in_the_picture() -> None:
    found = PdfFormExtractor().extract(scanned_form(), part="2", labels=LABELS)
    read = {c.key: c.value for c in found.candidates}
    assert read.get("full_name") == "นางสาวพิมพ์ชนก แสงทอง"
    assert read.get("phone") == "089-123-4567"
    assert read.get("email") == "pimchanok.s@example.com"
