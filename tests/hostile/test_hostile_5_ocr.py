"""Hostile set 5, the decode bombs a PDF's OCR meets only when it draws the page: a 7 KB
CCITT G4 image declaring 60000x60000 and a Flate image of 40000x40000 with a PNG predictor
of 2^30 columns. poppler decodes an image whole before scaling it to the page, so each
spent the reader's whole time (24 s of a 30 s message in the bounded child, ocr_limit).
A page that draws an image declaring more pixels than an image file may have is refused
from the image's dictionary, with a defect naming the page and the size; a page with a
scan-sized image is rendered as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_mail_5 import _image_page, _stream, pdf_ccitt_bomb, pdf_predictor_columns_bomb

from extractors.extract import matcher_for
from extractors.ocr import MAX_PIXELS, OcrExtractor, _oversized_images
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
LABELS = matcher_for(list(load_templates(ROOT / "config" / "forms")))


@pytest.mark.parametrize("build", [pdf_ccitt_bomb, pdf_predictor_columns_bomb])
def test_a_page_drawing_an_image_past_the_pixel_cap_is_refused_not_rendered(build: object) -> None:
    result = OcrExtractor("pdf").extract(build(), part="2", labels=LABELS)  # type: ignore[operator]
    codes = [d.code for d in result.defects]
    assert codes == ["ocr_image_too_large"], codes
    assert "page 1" in result.defects[0].detail


def test_a_page_with_a_scan_sized_image_is_rendered_one_past_the_cap_is_not() -> None:
    """Judged from the images' dictionaries (what decides before poppler is run)."""
    side = 5000  # 25 Mpx: an A4 page scanned at 600 dpi is 35 Mpx
    assert side * side < MAX_PIXELS
    shape = b"/Type /XObject /Subtype /Image /Width %d /Height %d /BitsPerComponent 8 "
    scan = _image_page(_stream(b"\xff" * 64, shape % (side, side) + b"/ColorSpace /DeviceGray "))
    assert _oversized_images(scan, [1]) == {}
    past = _image_page(_stream(b"\xff" * 64, shape % (8000, 8000) + b"/ColorSpace /DeviceGray "))
    assert _oversized_images(past, [1]) == {1: (8000, 8000)}
