"""Numbers written in Thai digits, read again glyph by glyph from the page.

Tesseract's Thai model reads the Thai digits of a form poorly: it takes ๔ ๖ ๘ ๙ for ๕,
๗ for ฒ, drops some and adds `@` or `อ`. Of the values written in Thai digits on the
scans and photos of `tests/extractors/ocr_survey.py --per-kind 12 --seed 7`, 27 came
out wrong or not at all, 19 of the 36 national IDs right. It does find where the digits
are. So each run of Thai digits in a line is read again here from the page:

- the run's box, from its first Thai digit to its last (and a letter standing for a
  digit at either end), a little taller than Tesseract boxed it (a digit's tail rises);
- ruled lines (an underline, a dotted leader the ink cut kept) cleared;
- cut into glyphs where no column of the line holds ink (pieces of one glyph joined), a
  glyph as wide as two or more of the run's digits (a wide face set tight: Garuda,
  Waree) cut again where its pieces look most like digits;
- each glyph compared with the Thai digits and `/` drawn in the TLWG fonts (a system
  dependency already) by the direction of its strokes: edges in eight directions summed
  over a grid of cells (the features of a histogram of oriented gradients). Plain pixel
  overlap, as `extractors.ocr_digits` compares, could not tell ๔ ๕ ๘ ๙ apart on a font it
  had not seen; where the strokes run tells the tail of one from the loop of another;
- a low, wide glyph is a dash; a wide gap is a space.

The templates leave out Loma, the font the test generator writes its forms in, so what is
measured is the reading of a font the reader has never seen: on the same survey 13
values in Thai digits are left wrong or missing, 27 national IDs right. A run whose
glyphs do not all read plainly (a run of nothing but touching digits, a piece of one,
a third of its digits doubtful) is left as Tesseract read it. A digit whose two nearest shapes are
nearly as near is kept with a low confidence, so its value is flagged
`ocr_low_confidence`; in a national ID whose check digit fails, the one near second
shape that makes it hold is taken, when only one does, and is doubtful too.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from extractors.ocr_digits import FONT_DIR, THAI_DIGITS
from extractors.thai import thai_digits_to_arabic
from extractors.validate import national_id_is_valid

SHAPES = THAI_DIGITS + "/"
LEFT_OUT = ("Loma",)  # see the module's docstring
FACES = ("", "Bold")  # regular and heavy (slanted faces read no better)
SIDE = 48  # a glyph is compared as a SIDE x SIDE square...
CELLS = 12  # ...its edges summed over CELLS x CELLS cells
# A glyph whose second-nearest shape is within this ratio of the nearest is doubtful.
NEAR_RATIO = 1.15
# A second shape this near (ratio of distances) may stand for the first where a national
# ID's check digit says one digit is wrong.
SECOND_RATIO = 1.2
# A glyph wider than this share of a digit's height is digits touching (`_split`), at
# most this many of them (a wider one is a rule or a leader).
TOUCHING = 1.6
MOST_TOUCHING = 3
SURE = 0.9  # confidence given to a digit read plainly
DOUBTFUL = 0.5  # and to a doubtful one (below ocr.LOW_CHAR_CONFIDENCE)
# Sobel kernels in four directions; each is taken with both signs, so the features say
# on which side of an edge the ink lies.
_KERNELS = (
    (-1, 0, 1, -2, 0, 2, -1, 0, 1),
    (-1, -2, -1, 0, 0, 0, 1, 2, 1),
    (0, 1, 2, -1, 0, 1, -2, -1, 0),
    (-2, -1, 0, -1, 0, 1, 0, 1, 2),
)
_FILTERS = tuple(
    ImageFilter.Kernel((3, 3), [sign * v for v in kernel], scale=1, offset=0)
    for kernel in _KERNELS
    for sign in (1, -1)
)

Box = tuple[int, int, int, int]  # left, top, right, bottom


@dataclass(frozen=True)
class NumberReading:
    text: str  # Thai digits, `-`, `/` and spaces
    confidences: tuple[float, ...]  # one per non-space character


def features(ink: Image.Image) -> Image.Image | None:
    """The glyph (white ink on black) as one row of CELLS-high tiles: its edges in each
    of eight directions and its ink, each summed over CELLS x CELLS cells."""
    box = ink.getbbox()
    if box is None:
        return None
    ink = ink.crop(box)
    side = max(ink.size)
    square = Image.new("L", (side, side), 0)
    square.paste(ink, ((side - ink.width) // 2, (side - ink.height) // 2))
    square = square.resize((SIDE, SIDE), Image.Resampling.BILINEAR)
    square = square.filter(ImageFilter.GaussianBlur(1))
    maps = [square.filter(f) for f in _FILTERS] + [square]
    row = Image.new("L", (CELLS * len(maps), CELLS))
    for k, image in enumerate(maps):
        row.paste(image.resize((CELLS, CELLS), Image.Resampling.BOX), (k * CELLS, 0))
    return row


def _drawn(font: ImageFont.FreeTypeFont, shape: str) -> Image.Image:
    canvas = Image.new("L", (128, 128), 0)
    ImageDraw.Draw(canvas).text((20, 16), shape, font=font, fill=255)
    return canvas


# Degrees each template is also drawn turned, either way: a page is levelled as a whole,
# and a digit on it still leans a little (a hand-held photo's perspective, a slanted
# face). On the glyphs of the seed-7 and seed-2569 Loma surveys (507 and 573, labelled by
# the values written) the nearest shape was right for 0.862 and 0.829 of them upright
# only, 0.882 and 0.859 with these (2 degrees: 0.868, 0.845; 4: 0.880, 0.843).
TURNS = (-3.0, 3.0)


def _variants(glyph: Image.Image) -> list[Image.Image]:
    """The glyph as drawn, thinner, thicker, turned a little either way and at a scan's
    low resolution."""
    out = [glyph, glyph.filter(ImageFilter.MinFilter(3)), glyph.filter(ImageFilter.MaxFilter(3))]
    out += [glyph.rotate(turn, resample=Image.Resampling.BILINEAR) for turn in TURNS]
    box = glyph.getbbox()
    if box is not None:
        ink = glyph.crop(box)
        for height in (14, 20):
            width = max(1, round(ink.width * height / ink.height))
            small = ink.resize((width, height), Image.Resampling.BOX)
            out.append(small.point(lambda v: 255 if v > 110 else 0))
    return out


@cache
def templates() -> tuple[tuple[str, ...], Image.Image | None]:
    """The shape of each template and their features stacked, one CELLS-high row each
    (no rows without the fonts)."""
    labels: list[str] = []
    rows: list[Image.Image] = []
    for path in sorted(FONT_DIR.glob("*.ttf")):
        family, _, face = path.stem.partition("-")
        if family in LEFT_OUT or face not in FACES:
            continue
        try:
            font = ImageFont.truetype(str(path), 64)
        except OSError:
            continue
        for shape in SHAPES:
            for variant in _variants(_drawn(font, shape)):
                row = features(variant)
                if row is not None:
                    labels.append(shape)
                    rows.append(row)
    if not rows:
        return (), None
    stack = Image.new("L", (rows[0].width, CELLS * len(rows)))
    for k, row in enumerate(rows):
        stack.paste(row, (0, k * CELLS))
    return tuple(labels), stack


def rank(ink: Image.Image) -> list[tuple[str, float]]:
    """Every shape and its distance to the glyph, nearest first (empty without ink or
    templates): the mean squared difference of the features, all templates at once."""
    labels, stack = templates()
    row = features(ink)
    if stack is None or row is None:
        return []
    tiled = Image.new("L", stack.size)
    tiled.paste(row, (0, 0))
    filled = CELLS
    while filled < stack.height:  # doubling: log2(n) pastes, not n
        tiled.paste(tiled.crop((0, 0, stack.width, filled)), (0, filled))
        filled *= 2
    squared = ImageChops.difference(tiled, stack).point(lambda v: v * v // 255)
    # averaged as floats: near shapes differ by less than one grey level
    column = squared.convert("F").resize((1, len(labels)), Image.Resampling.BOX)
    means = array("f", column.tobytes())
    best: dict[str, float] = {}
    for shape, distance in zip(labels, means, strict=True):
        best[shape] = min(best.get(shape, 255.0), float(distance))
    return sorted(best.items(), key=lambda kv: kv[1])


def read_number(page: Image.Image, box: Box) -> NumberReading | None:
    """The Thai digits in `box` of the page (a run Tesseract found), read glyph by glyph;
    None where a glyph does not read plainly as a digit, `/` or `-`."""
    left, top, right, bottom = box
    height = bottom - top
    if height < 6 or right - left < 4:
        return None
    margin = height // 2
    region = (max(0, left - 2), max(0, top - margin), min(page.width, right + 2))
    crop = page.crop((*region, min(page.height, bottom + margin))).convert("L")
    ink = _ink(crop)
    if ink is None:
        return None
    core = (top - region[1], bottom - region[1])  # the rows Tesseract boxed, in the crop
    glyphs = _glyphs(ink, core)
    if not glyphs:
        return None
    return _read(ink, glyphs)


def _ink(crop: Image.Image) -> Image.Image | None:
    """The crop as white ink on black, without ruled lines; None without ink."""
    extrema = crop.getextrema()
    lo, hi = (int(extrema[0]), int(extrema[1])) if isinstance(extrema[0], int | float) else (0, 0)
    if hi - lo < 40:
        return None
    cut = (lo + hi) / 2
    ink = crop.point(lambda v: 255 if v < cut else 0)
    rows = ink.resize((1, ink.height), Image.Resampling.BOX).tobytes()
    for y, share in enumerate(rows):
        if share > 140:  # ink across most of the row: a rule, not a glyph
            ink.paste(0, (0, y, ink.width, y + 1))
    return ink


def _runs(profile: bytes) -> list[tuple[int, int]]:
    """(start, end) of each run of non-zero entries."""
    runs, start = [], None
    for i, value in enumerate(profile):
        if value and start is None:
            start = i
        elif not value and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(profile)))
    return runs


def _glyphs(ink: Image.Image, core: tuple[int, int]) -> list[Box]:
    """Each glyph's box: columns with ink in the boxed rows, then the rows of ink that
    touch them (a tail above or below), not a neighbouring line's."""
    band = ink.crop((0, core[0], ink.width, core[1]))
    columns = band.resize((band.width, 1), Image.Resampling.BOX).point(lambda v: 255 if v else 0)
    boxes = []
    for x0, x1 in _runs(columns.tobytes()):
        strip = ink.crop((x0, 0, x1, ink.height))
        rows = strip.resize((1, strip.height), Image.Resampling.BOX).point(
            lambda v: 255 if v else 0
        )
        touching = [(y0, y1) for y0, y1 in _runs(rows.tobytes()) if y0 < core[1] and y1 > core[0]]
        if touching:
            boxes.append((x0, min(y for y, _ in touching), x1, max(y for _, y in touching)))
    return boxes


def _merged(glyphs: Sequence[Box], height: int) -> list[Box]:
    """Pieces of one glyph joined: a stroke thinned to nothing on a photo leaves a column
    gap inside a digit (๓ in two), the pieces narrow and nearly touching."""
    out: list[Box] = []
    for box in glyphs:
        if out:
            left, top, right, bottom = out[-1]
            narrow = min(right - left, box[2] - box[0]) < 0.55 * height
            if narrow and box[0] - right <= max(1, 0.12 * height) and box[2] - left <= 1.3 * height:
                out[-1] = (left, min(top, box[1]), box[2], max(bottom, box[3]))
                continue
        out.append(box)
    return out


def _split(ink: Image.Image, glyphs: Sequence[Box], height: int) -> list[Box] | None:
    """Digits touching cut apart: in a wide face set tight (Garuda, Waree) two or three
    digits share an inked column, and a box as wide as k digits is k digits, a digit as
    wide as the run's median single glyph (as tall as a digit, narrower than TOUCHING of
    its height). Each cut is made where the pieces look most like digits (`_cuts`).
    Each piece keeps the rows its own ink reaches. None where a glyph is wider than
    MOST_TOUCHING digits: a ruled line or a leader read as digits, not digits, and the
    run is left as Tesseract read it before any cut is tried."""
    singles = sorted(
        x1 - x0
        for x0, y0, x1, y1 in glyphs
        if y1 - y0 >= 0.6 * height and x1 - x0 <= TOUCHING * height
    )
    if not singles:
        return list(glyphs)
    digit = singles[len(singles) // 2]
    widest = max(right - left for left, _, right, _ in glyphs)
    if round(widest / max(digit, 1)) > MOST_TOUCHING:
        return None
    out: list[Box] = []
    for box in glyphs:
        left, top, right, _ = box
        parts = round((right - left) / max(digit, 1))
        if right - left <= TOUCHING * height or parts < 2:
            out.append(box)
            continue
        strip = ink.crop(box)
        cuts = _cuts(strip, parts)
        for x0, x1 in itertools.pairwise(cuts):
            piece = strip.crop((x0, 0, x1, strip.height)).getbbox()
            if piece is not None:
                x, y = left + x0, top
                out.append((x + piece[0], y + piece[1], x + piece[2], y + piece[3]))
    return out


def _cuts(strip: Image.Image, parts: int) -> list[int]:
    """Where to cut `strip` (digits touching) into `parts` digits: 0, the cuts, its
    width. Each cut, left to right, is the column near the next k-th of the width whose
    pieces either side (to the cut before, to the k-th after) look most like digits: a
    column of least ink misses where a digit's stroke runs into its neighbour's. Every
    other column is tried, then the two beside the best (each try ranks two pieces)."""
    width = strip.width
    cuts = [0]
    for k in range(1, parts):
        aim, reach = k * width // parts, max(1, width // (3 * parts))
        after = (k + 1) * width // parts
        low, high = max(cuts[-1] + 2, aim - reach), min(width - 2, aim + reach)
        if low > high:
            cuts.append(aim)
            continue

        def fit(x: int, before: int = cuts[-1], after: int = after) -> float:
            pieces = (strip.crop((a, 0, b, strip.height)) for a, b in ((before, x), (x, after)))
            return sum(r[0][1] if r else 255.0 for r in map(rank, pieces))

        best = min(range(low, high + 1, 2), key=fit)
        cuts.append(min((x for x in (best - 1, best, best + 1) if low <= x <= high), key=fit))
    cuts.append(width)
    return cuts


def _read(ink: Image.Image, glyphs: Sequence[Box]) -> NumberReading | None:
    """The glyphs read; None where one of them is not plainly a digit, `/` or `-` (a
    fragment, two touching, a smudge), or too many are doubtful to trust the cut."""
    height = sorted(b - t for _, t, _, b in glyphs)[len(glyphs) * 2 // 3]  # a digit's
    text: list[str] = []
    confidences: list[float] = []
    rankings: dict[int, list[tuple[str, float]]] = {}  # by place in `confidences`
    previous: int | None = None
    merged = _merged(glyphs, height)
    if any(_a_piece(box, height) for box in merged):
        return None  # before cutting touching digits apart, which costs a `rank` a try
    cut = _split(ink, merged, height)
    if cut is None:
        return None
    for left, top, right, bottom in cut:
        tall, wide = bottom - top, right - left
        if tall < height / 4 and wide < height / 4:
            continue  # a speck
        if previous is not None and left - previous > 0.7 * height:
            text.append(" ")
        previous = right
        if tall < 0.45 * height and wide >= 0.8 * tall:
            text.append("-")
            confidences.append(SURE)
            continue
        if wide > TOUCHING * height or tall < 0.6 * height:
            return None  # glyphs touching, or a piece of one: not cut right, so not read
        ranking = rank(ink.crop((left, top, right, bottom)))
        if len(ranking) < 2 or (ranking[0][0] == "/" and tall < 0.8 * height):
            return None
        (shape, first), (_, second) = ranking[0], ranking[1]
        rankings[len(confidences)] = ranking
        text.append(shape)
        confidences.append(DOUBTFUL if second <= first * NEAR_RATIO else SURE)
    marks = [ch for ch in text if ch != " "]  # one confidence each
    digits = [c for ch, c in zip(marks, confidences, strict=True) if ch in THAI_DIGITS]
    if not digits or sum(c == DOUBTFUL for c in digits) * 3 > len(digits):
        return None
    return _checked(NumberReading("".join(text).strip(), tuple(confidences)), rankings)


def _a_piece(box: Box, height: int) -> bool:
    """Whether a glyph no wider than a digit is a piece of one (as `_read` tells it: not
    a speck, not a dash, less tall than a digit), which leaves the run unread."""
    tall, wide = box[3] - box[1], box[2] - box[0]
    if wide > TOUCHING * height or (tall < height / 4 and wide < height / 4):
        return False
    return tall < 0.6 * height and not (tall < 0.45 * height and wide >= 0.8 * tall)


def _checked(reading: NumberReading, rankings: dict[int, list[tuple[str, float]]]) -> NumberReading:
    """A national ID (13 digits) whose check digit fails, with the one digit changed
    to a near second shape that makes it hold, when exactly one such change exists; that
    digit is doubtful, so the value is flagged. Any other reading as it is."""
    marks = [ch for ch in reading.text if ch != " "]
    places = [i for i, ch in enumerate(marks) if ch in THAI_DIGITS]
    arabic = thai_digits_to_arabic("".join(marks[i] for i in places))
    if len(places) != 13 or national_id_is_valid(arabic):
        return reading
    fixes = []
    for k, place in enumerate(places):
        ranking = rankings.get(place, [])
        best = ranking[0][1] if ranking else 0.0
        for shape, distance in ranking[1:]:
            if shape in THAI_DIGITS and distance <= best * SECOND_RATIO:
                trial = arabic[:k] + thai_digits_to_arabic(shape) + arabic[k + 1 :]
                if national_id_is_valid(trial):
                    fixes.append((place, shape))
    if len(fixes) != 1:
        return reading
    place, shape = fixes[0]
    marks[place] = shape
    confidences = list(reading.confidences)
    confidences[place] = DOUBTFUL
    text = iter(marks)
    return NumberReading(
        "".join(ch if ch == " " else next(text) for ch in reading.text), tuple(confidences)
    )


Word = tuple[str, float, Box]  # Tesseract's word, its confidence and its box


def digit_runs(words: Sequence[Word]) -> list[tuple[int, int]]:
    """(first, last) index of each run of words holding Thai digits: from a word with a
    Thai digit to the last before a gap wider than half a digit's height (a space) or two
    words of Thai letters (a month's name). A one-letter word sitting tight between
    digits does not end a run: it is a digit Tesseract read as a letter (๗ as ฒ)."""
    heights = sorted(b[3] - b[1] for w, _, b in words if any(ch in THAI_DIGITS for ch in w))
    if not heights:
        return []
    gap = heights[len(heights) // 2] / 2
    runs: list[tuple[int, int]] = []
    letters = 0
    for i, (word, _, box) in enumerate(words):
        if i and box[0] - words[i - 1][2][2] > gap:
            letters = 2  # a space: whatever follows starts afresh
        if any(ch in THAI_DIGITS for ch in word):
            if runs and letters < 2:
                runs[-1] = (runs[-1][0], i)
            else:
                runs.append((i, i))
            letters = 0
        elif any("\u0e01" <= ch <= "\u0e4e" for ch in word) and not _stand_in_letter(word):
            letters += 1
    return runs


def _stand_in_letter(word: str) -> bool:
    return len(word) == 1 and "\u0e01" <= word <= "\u0e2e"  # one consonant, no mark


def with_thai_numbers(
    text: str, confidences: Sequence[float], words: Sequence[Word], page: Image.Image
) -> tuple[str, tuple[float, ...]]:
    """The line with each run of Thai digits that reads plainly from the page written as
    read here (see the module's docstring), from its first Thai digit to its last; the
    rest of the line as Tesseract read it. Unchanged where the line's Thai digits and
    its words' do not match one for one."""
    digits_before = [sum(ch in THAI_DIGITS for ch in w) for w, _, _ in words]
    if sum(digits_before) != sum(ch in THAI_DIGITS for ch in text):
        return text, tuple(confidences)
    at = [i for i, ch in enumerate(text) if ch in THAI_DIGITS]  # each Thai digit's place
    pieces: list[tuple[int, int, NumberReading]] = []
    for run in digit_runs(words):
        first, last = _with_stand_ins(words, run)
        reading = read_number(page, _union([box for _, _, box in words[first : last + 1]]))
        if reading is None:
            continue
        start = sum(digits_before[: run[0]])
        end = start + sum(digits_before[run[0] : run[1] + 1])
        span = _span(text, (at[start], at[end - 1] + 1), words, (first, last), run)
        if span is not None:
            pieces.append((*span, reading))
    return _spliced(text, tuple(confidences), pieces)


def _union(boxes: Sequence[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _with_stand_ins(words: Sequence[Word], run: tuple[int, int]) -> tuple[int, int]:
    """The run widened over up to two one-character words at either end that sit as
    close as its digits do: a first or last digit Tesseract read as a letter (๗ as ฒ)."""
    first, last = run
    _, top, _, bottom = _union([box for _, _, box in words[first : last + 1]])
    near = bottom - top  # a gap under a digit's height is inside the number

    def stand_in(k: int) -> bool:
        word = words[k][0]
        return len(word) == 1 and word not in THAI_DIGITS and not word.isspace()

    while first > 0 and run[0] - first < 2 and stand_in(first - 1):
        if words[first][2][0] - words[first - 1][2][2] > near:
            break
        first -= 1
    while last + 1 < len(words) and last - run[1] < 2 and stand_in(last + 1):
        if words[last + 1][2][0] - words[last][2][2] > near:
            break
        last += 1
    return first, last


def _span(
    text: str,
    digits: tuple[int, int],
    words: Sequence[Word],
    widened: tuple[int, int],
    run: tuple[int, int],
) -> tuple[int, int] | None:
    """Where the widened run lies in the line's text: its Thai digits' span, stretched
    over the stand-in words next to it (only dashes or spaces between); None where they
    are not found there."""
    start, end = digits
    for k in range(run[0] - 1, widened[0] - 1, -1):
        found = text.rfind(words[k][0], 0, start)
        if found < 0 or text[found + 1 : start].strip(" -"):
            return None
        start = found
    for k in range(run[1] + 1, widened[1] + 1):
        found = text.find(words[k][0], end)
        if found < 0 or text[end:found].strip(" -"):
            return None
        end = found + 1
    return start, end


def _spliced(
    text: str, confidences: tuple[float, ...], pieces: Sequence[tuple[int, int, NumberReading]]
) -> tuple[str, tuple[float, ...]]:
    """`text[start:end]` replaced by each reading, the confidences with it (one per
    non-space character)."""
    out_text, out_conf = "", list[float]()
    done = 0
    for start, end, reading in pieces:
        out_text += text[done:start] + reading.text
        out_conf += _confidences_of(text, confidences, done, start) + list(reading.confidences)
        done = end
    out_text += text[done:]
    out_conf += _confidences_of(text, confidences, done, len(text))
    return out_text, tuple(out_conf)


def _confidences_of(text: str, confidences: tuple[float, ...], start: int, end: int) -> list[float]:
    before = len(text[:start].replace(" ", ""))
    return list(confidences[before : before + len(text[start:end].replace(" ", ""))])
