"""Which readings of a page OCR makes (extractors.ocr.ocr_page): the strict ink cut
first, then, when that reads poorly, the grey page and a lenient cut. Tesseract is replaced
by a stand-in that answers each reading with a set confidence: what is tested is the
choice of readings, not recognition (the accuracy test runs real tesseract)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFilter

import extractors.ocr as ocr
from extractors.ocr import OcrLine


def _page() -> Image.Image:
    """Dark strokes and fainter marks: the lenient cut keeps more ink than the strict one."""
    image = Image.new("L", (1700, 600), 255)
    draw = ImageDraw.Draw(image)
    for y in range(100, 500, 80):
        draw.rectangle((100, y, 1500, y + 12), fill=20)
        for x in range(100, 1500, 12):
            draw.rectangle((x, y + 40, x + 7, y + 47), fill=65)
    return image.filter(ImageFilter.GaussianBlur(1))


def _ink(image: Image.Image) -> int:
    return sum(image.histogram()[:128])


def test_a_good_first_reading_is_the_only_one(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _stand_in(monkeypatch, [0.97])
    page = ocr.ocr_page(_page(), 1)
    assert len(calls) == 1 and page.alternatives == ()


def test_a_poor_first_reading_is_read_again_grey_and_at_a_lenient_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _stand_in(monkeypatch, [0.90, 0.80, 0.88])
    page = ocr.ocr_page(_page(), 1)
    assert len(calls) == 3
    strict, _grey, lenient = (image for image, _ in calls)
    assert _ink(lenient) > _ink(strict)  # the faint dots kept
    assert page.lines[0].text == "reading 1"  # the most confident first
    assert [a.lines[0].text for a in page.alternatives] == ["reading 3", "reading 2"]


def test_the_lenient_cut_is_read_even_when_the_grey_page_reads_better(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A thin typeface is thinned away at the strict cut and reads as junk on the grey
    page too: the grey page reading better says nothing about thinned strokes."""
    calls = _stand_in(monkeypatch, [0.76, 0.80, 0.85])
    page = ocr.ocr_page(_page(), 1)
    assert len(calls) == 3
    assert page.lines[0].text == "reading 3" and len(page.alternatives) == 2


def _stand_in(
    monkeypatch: pytest.MonkeyPatch, answers: list[float]
) -> list[tuple[Image.Image, float]]:
    """Replace tesseract by answers in order; each call's image and answer."""
    calls: list[tuple[Image.Image, float]] = []

    def recognise(
        image: Image.Image, boxed: object = (), flat: object = None
    ) -> tuple[list[OcrLine], str, tuple[ocr.NumberRead, ...]]:
        confidence = answers[len(calls)]
        calls.append((image, confidence))
        return [OcrLine(f"reading {len(calls)}", (confidence,) * 9)], "", ()

    monkeypatch.setattr(ocr, "_recognise", recognise)
    monkeypatch.setattr(ocr, "estimate_skew", lambda gray: 0.0)
    return calls


def test_a_page_turned_upright_is_read_as_an_upright_page_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A photo taken sideways, once turned upright, gets the same readings as a page that
    came upright (strict cut, grey, lenient cut), not the grey page alone: the grey page
    alone read a sideways typewriter-faced form at 0.52, all its fields junk."""
    calls = _stand_in(monkeypatch, [0.60, 0.55, 0.50, 0.90, 0.80, 0.88])
    monkeypatch.setattr(ocr, "_quarter_turn", lambda gray: 90)
    page = ocr.ocr_page(_page(), 1)
    assert len(calls) == 6
    assert page.rotated == 90
    assert page.lines[0].text == "reading 4" and len(page.alternatives) == 2
    strict, _grey, lenient = (image for image, _ in calls[3:])
    assert strict.height > strict.width  # read turned
    assert _ink(lenient) > _ink(strict)


def test_a_page_that_reads_worse_turned_stays_as_it_came(monkeypatch: pytest.MonkeyPatch) -> None:
    """Orientation detection can be wrong on a poor page: the turn is kept only when the
    turned page reads more surely than the page as it came."""
    _stand_in(monkeypatch, [0.70, 0.60, 0.55, 0.40, 0.35, 0.30])
    monkeypatch.setattr(ocr, "_quarter_turn", lambda gray: 90)
    page = ocr.ocr_page(_page(), 1)
    assert page.rotated == 0 and page.lines[0].text == "reading 1"


# --- skew -------------------------------------------------------------------------------------


def _ruled_table() -> Image.Image:
    """A page whose strongest lines are a table's long rules, with short words in its
    cells: the profile's peak is a few tenths of a degree wide."""
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    for row in range(8):
        y = 400 + row * 110
        draw.line((160, y, 2320, y), fill=0, width=3)
        if row < 7:
            for x in range(200, 700, 60):
                draw.rectangle((x, y + 40, x + 40, y + 75), fill=0)
    draw.line((160, 400, 160, 1170), fill=0, width=3)
    draw.line((800, 400, 800, 1170), fill=0, width=3)
    return image


@pytest.mark.parametrize("angle", [0.6, -0.7, 1.35])
def test_a_ruled_table_a_fraction_of_a_degree_askew_is_levelled(angle: float) -> None:
    """A whole-degree grid stepped over the narrow peak of a table's rules (a scan 0.6°
    askew was turned 0.4° the other way, and the table's cells read as nothing)."""
    turned = _ruled_table().rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)
    assert ocr.estimate_skew(turned) == pytest.approx(-angle, abs=0.15)
