"""Thai digits checked against their shapes, so a misread digit does not pass unflagged.

Tesseract's Thai model reads Thai digits (๐-๙) written in a form poorly: on the
generator's scans and photos it reads ๘, ๔ and ๖ as ๕ and ๗ as ๓ about half the time
(38 of 78 digits of the national IDs it boxed one by one were right), with confidences
as high as for the letters, so an ID, date or phone came out wrong with nothing to
tell. It does find where each digit is (one box per digit in its `tsv` output). Each
box is compared here with the ten Thai digits drawn in the Thai fonts Debian ships
(fonts-thai-tlwg, already a system dependency): where the nearest shape is another
digit, or two shapes are nearly as near, the digit is doubtful and the value carries
`ocr_low_confidence`.

The shapes here do not replace Tesseract's digits: a whole run of Thai digits that reads
plainly by the direction of its strokes is replaced by `extractors.ocr_numbers`, and this
check is what is left for the runs it declines. On the same 78 digits the nearest shape
was right for 54-57, better than Tesseract but not enough for a 13-digit ID, and using
the check digit to choose among near shapes made valid-looking wrong IDs out of
unreadable ones (2 of 36 forms, none put right), so neither is done.

The templates leave out Loma, the font the test generator writes its forms in, so what
is measured is the check on a font the reader has never seen (with Loma alone the
shapes read 72 of the 78).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
# Regular upright faces of fonts-thai-tlwg, Loma left out (see the module's docstring).
TEMPLATE_FONTS = (
    "Garuda",
    "Kinnari",
    "Laksaman",
    "Norasi",
    "Sawasdee",
    "Umpush",
    "Waree",
    "TlwgTypo",
    "Purisa",
)
SIDE = 24  # glyphs are compared as SIDE x SIDE squares, blurred a little
# A digit whose second-nearest shape is within this ratio of the nearest is doubtful.
NEAR_RATIO = 1.25
DOUBTFUL = 0.5  # confidence given to a doubtful digit (below ocr.LOW_CHAR_CONFIDENCE)


@dataclass(frozen=True)
class DigitReading:
    digit: str  # the nearest shape
    ranking: tuple[tuple[str, float], ...]  # every digit and its distance, nearest first

    @property
    def doubtful(self) -> bool:
        (_, first), (_, second) = self.ranking[0], self.ranking[1]
        return second <= first * NEAR_RATIO


def _square(ink: Image.Image) -> Image.Image | None:
    """The ink (white on black) cropped, centred on a square, scaled to SIDE and blurred."""
    box = ink.getbbox()
    if box is None:
        return None
    ink = ink.crop(box)
    side = max(ink.size)
    square = Image.new("L", (side, side), 0)
    square.paste(ink, ((side - ink.width) // 2, (side - ink.height) // 2))
    small = square.resize((SIDE, SIDE), Image.Resampling.BILINEAR)
    return small.filter(ImageFilter.GaussianBlur(1))


@cache
def templates() -> tuple[tuple[str, Image.Image], ...]:
    """Each Thai digit in each template font, as compared (empty without the fonts)."""
    out = []
    for name in TEMPLATE_FONTS:
        try:
            font = ImageFont.truetype(str(FONT_DIR / f"{name}.ttf"), 64)
        except OSError:
            continue
        for digit in THAI_DIGITS:
            canvas = Image.new("L", (128, 128), 0)
            ImageDraw.Draw(canvas).text((24, 16), digit, font=font, fill=255)
            square = _square(canvas)
            if square is not None:
                out.append((digit, square))
    return tuple(out)


def read_digit(page: Image.Image, box: tuple[int, int, int, int]) -> DigitReading | None:
    """The digit whose shape is nearest to the ink in `box` of the (grey or binarised)
    page; None without ink or templates."""
    crop = page.crop(box).convert("L")
    shapes = _template_strip()
    if crop.width < 2 or crop.height < 2 or shapes is None:
        return None
    extrema = crop.getextrema()
    lo, hi = (int(extrema[0]), int(extrema[1])) if isinstance(extrema[0], int | float) else (0, 0)
    if hi - lo < 40:  # no ink, or too faint to tell from the paper
        return None
    cut = (lo + hi) / 2
    square = _square(crop.point(lambda v: 255 if v < cut else 0))
    if square is None:
        return None
    # The glyph beside every template at once: one difference and one box average give
    # each template's mean squared difference (a loop over templates cost 2 ms a digit).
    tiled = Image.new("L", shapes.size)
    for k in range(len(templates())):
        tiled.paste(square, (k * SIDE, 0))
    squared = ImageChops.difference(tiled, shapes).point(lambda v: v * v // 255)
    means = squared.resize((len(templates()), 1), Image.Resampling.BOX).tobytes()
    best: dict[str, float] = {}
    for (digit, _), distance in zip(templates(), means, strict=True):
        best[digit] = min(best.get(digit, float(distance)), float(distance))
    ranking = tuple(sorted(best.items(), key=lambda kv: kv[1]))
    return DigitReading(ranking[0][0], ranking)


@cache
def _template_strip() -> Image.Image | None:
    """The templates side by side, SIDE pixels apart; None without templates."""
    shapes = templates()
    if not shapes:
        return None
    strip = Image.new("L", (SIDE * len(shapes), SIDE))
    for k, (_, shape) in enumerate(shapes):
        strip.paste(shape, (k * SIDE, 0))
    return strip


def digit_boxes(
    word: str, box: tuple[int, int, int, int]
) -> list[tuple[int, tuple[int, int, int, int]]]:
    """(index in `word`, box) of each Thai digit of a word made of Thai digits only,
    the word's box cut evenly (Tesseract boxes Thai digits one by one as a rule)."""
    if not word or any(ch not in THAI_DIGITS for ch in word):
        return []
    left, top, right, bottom = box
    step = (right - left) / len(word)
    return [
        (i, (round(left + i * step), top, round(left + (i + 1) * step), bottom))
        for i in range(len(word))
    ]


def with_digit_shapes(
    text: str, confidences: Sequence[float], readings: Sequence[DigitReading | None]
) -> tuple[str, tuple[float, ...]]:
    """The line's confidences with each Thai digit doubtful where its shape (`readings`,
    one per Thai digit of `text` in order, None where no shape was read) says another
    digit, or two digits nearly alike. The text is kept as Tesseract read it: on a font
    they have not seen the shapes alone are right more often than Tesseract but not
    often enough to replace it (see the module's docstring). Unchanged when the readings
    do not match the line's digits one for one."""
    if len(readings) != sum(ch in THAI_DIGITS for ch in text):
        return text, tuple(confidences)
    conf = list(confidences)
    k = 0  # index into the confidences: one per non-space character
    digits = iter(readings)
    for ch in text:
        if ch.isspace():
            continue
        if ch in THAI_DIGITS:
            reading = next(digits)
            if reading is not None and (reading.digit != ch or reading.doubtful) and k < len(conf):
                conf[k] = min(conf[k], DOUBTFUL)
        k += 1
    return text, tuple(conf)
