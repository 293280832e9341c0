"""Images too small to hold a line of text (a logo's mark inline in an HTML signature, a
1x1 tracking pixel, a bullet icon) are not read: enlarged to a page's width they cost a
full reading each (set 36's 12x12 inline logos took 10-17 s a mail) and can only yield
speckle. The page reader is replaced by a stand-in that records what it was given."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

import extractors.ocr as ocr


def _png(width: int, height: int) -> bytes:
    image = Image.new("RGB", (width, height), "white")
    ImageDraw.Draw(image).rectangle((0, 0, width // 2, height // 2), fill="navy")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _pages_read(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    sizes: list[tuple[int, int]] = []

    def stand_in(image: Image.Image, number: int) -> ocr.OcrPage:
        sizes.append(image.size)
        return ocr.OcrPage(number=number, lines=(), rotated=0, skew=0.0)

    monkeypatch.setattr(ocr, "ocr_page", stand_in)
    return sizes


@pytest.mark.parametrize("size", [(1, 1), (12, 12), (16, 16), (40, 12), (200, 10)])
def test_an_image_smaller_than_a_line_of_text_is_not_read(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    read = _pages_read(monkeypatch)
    assert ocr.ocr_image(_png(*size)) == []
    assert read == []


@pytest.mark.parametrize("size", [(120, 18), (64, 64), (1200, 1600)])
def test_an_image_that_can_hold_a_few_letters_is_read(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    read = _pages_read(monkeypatch)
    pages = ocr.ocr_image(_png(*size))
    assert [page.number for page in pages] == [1]
    assert read == [size]
