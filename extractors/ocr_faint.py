"""Values written in faint ink beside printed labels: a carbon copy, a worn ribbon, a
pale ballpoint photocopied (runs in the OCR child process).

Every cut the reader makes is set by the page's own ink, and on a form the darkest ink
is the printed labels: a value as pale as a carbon copy's (grey 200-225 on paper at 255,
where the print is at 20) is paper to each of them, and the page reads as its labels
alone, confidently. The value is still there, to the right of its label on the label's
line. So where the first reading's lines end early and what lies to their right, on the
label's band, is ink fainter than any cut but much darker than paper (and next to no
dark ink, which would be a value the page did read, or a rule), the page is read once
more with those regions cut between that faint ink and the paper. Only such pages pay
for it.
"""

from __future__ import annotations

from PIL import Image

from extractors.ocr_id_line import words_by_line
from extractors.ocr_rules import Rect

PAPER_PERCENTILE = 0.9  # of a region's pixels: its paper level is this bright
INK_BELOW_PAPER = 20  # grey levels under the paper: darker is ink of some kind
MIN_FAINT_SHARE = 0.015  # of a region's pixels faint ink: a value, not a speck or grain
# of a region's pixels: more is shade or a photo's grain, never writing, which covers
# far less of its line's band; one such region on the page and none is taken (a photo
# whose every line had "faint ink" beside it took twice its time to read again)
MAX_FAINT_SHARE = 0.25
MAX_DARK_SHARE = 0.2  # of its faint pixels that may be dark ink (a halo, a dot)
RULE_FILL = 0.4  # a pixel row dark over this share of its width is a printed rule
MIN_FAINT_LINES = 2  # lines with a faint value: one could be a stain beside a label
FAINT_INK_PERCENTILE = 0.25  # of the faint pixels: the ink level the cut is set from
# the cut lies this share of the way from the faint ink to the paper: a carbon's strokes
# are darkest in their middle, and a cut halfway thins them to broken specks
CUT_TOWARD_PAPER = 0.75
GAP_HEIGHTS = 0.2  # line heights right of the last word a value may start at
PAD_HEIGHTS = 0.25  # of the line's height, above and below: a value's marks reach past
# the label's band (written larger, or a tone mark over a vowel over a letter)
MIN_WIDTH_HEIGHTS = 3  # a region narrower than this many line heights holds no value


def with_faint_values(
    ink: Image.Image, flat: Image.Image, table: str, dark_cut: float
) -> Image.Image | None:
    """`ink` (the page at the cut it was read at) with the regions beside its lines that
    hold a faint value (`faint_cut`) cut again from `flat` between that ink and the
    paper; None when the page has no faint values. Only those regions: at such a cut the
    rest of a photo's page is grain, which reads as junk and takes Tesseract minutes."""
    found = faint_cut(flat, table, dark_cut)
    if found is None:
        return None
    cut, regions = found
    out = ink.copy()
    for region in regions:
        out.paste(flat.crop(region).point(lambda v: 255 if v > cut else 0), region[:2])
    return out


def faint_cut(flat: Image.Image, table: str, dark_cut: float) -> tuple[int, list[Rect]] | None:
    """The grey level to read `flat` at so that faint values show and the regions they
    lie in, or None when fewer than MIN_FAINT_LINES lines of the reading whose word table
    is `table` have one. `flat` is the page as read (level, lighting flattened),
    `dark_cut` the cut that reading was made at."""
    lines = words_by_line(table)
    if not lines:
        return None
    # the text's right edge: the longest line read, or where the left margin's mirror
    # lies when every long line is a faint one
    left = min(box[0] for line in lines for _, box in line)
    right = min(flat.width, max(flat.width - left, *(box[2] for line in lines for _, box in line)))
    faint: list[int] = [0] * 256
    papers: list[int] = []
    regions: list[Rect] = []
    for line in lines:
        region = _after_line(line, right)
        found = None if region is None else _faint_histogram(flat.crop(region), dark_cut)
        if found is not None and sum(found[0]) > MAX_FAINT_SHARE * _area(region):
            return None
        if region is not None and found is not None:
            papers.append(found[1])
            # the whole line is cut again: a speck read as a word may have cut the
            # region short of the value's start, and the label is dark at any cut
            line_left = min(box[0] for _, box in line)
            regions.append(_padded((line_left, *region[1:]), flat.height))
            faint = [a + b for a, b in zip(faint, found[0], strict=True)]
    if len(papers) < MIN_FAINT_LINES:
        return None
    ink = _percentile(faint, FAINT_INK_PERCENTILE)
    paper = sorted(papers)[len(papers) // 2]
    return round(ink + CUT_TOWARD_PAPER * (paper - ink)), regions


def _after_line(line: list[tuple[str, Rect]], right: int) -> Rect | None:
    """The band of the line's words from a gap after its last word of letters or digits
    to `right`: the rule a value is written on reads as dashes and dots after its label."""
    words = [box for word, box in line if any(ch.isalnum() for ch in word)]
    if not words:
        return None
    top = min(box[1] for box in words)
    bottom = max(box[3] for box in words)
    height = bottom - top
    start = max(box[2] for box in words) + round(GAP_HEIGHTS * height)
    if height <= 0 or right - start < MIN_WIDTH_HEIGHTS * height:
        return None
    return (start, top, right, bottom)


def _area(region: Rect | None) -> int:
    return 0 if region is None else (region[2] - region[0]) * (region[3] - region[1])


def _padded(region: Rect, bottom_edge: int) -> Rect:
    """The region with room above and below for a value's marks past the label's band."""
    left, top, right, bottom = region
    pad = round(PAD_HEIGHTS * (bottom - top))
    return (left, max(0, top - pad), right, min(bottom_edge, bottom + pad))


def _faint_histogram(crop: Image.Image, dark_cut: float) -> tuple[list[int], int] | None:
    """The histogram of the crop's faint pixels and its paper's grey level, or None when
    it holds no faint value."""
    histogram = crop.histogram()[:256]
    area = crop.width * crop.height
    paper = _percentile(histogram, PAPER_PERCENTILE)
    below = max(0, paper - INK_BELOW_PAPER)
    dark_level = int(dark_cut)
    faint = [n if dark_level < i < below else 0 for i, n in enumerate(histogram)]
    count = sum(faint)
    if count < MIN_FAINT_SHARE * area:
        return None
    dark = _dark_off_rules(crop, dark_level)
    return (faint, paper) if dark <= MAX_DARK_SHARE * count else None


def _dark_off_rules(crop: Image.Image, dark_level: int) -> int:
    """Dark pixels of the crop outside its rows that are a printed rule."""
    mask = crop.point(lambda v: 255 if v <= dark_level else 0)
    rows = mask.resize((1, mask.height), Image.Resampling.BOX)
    total = 0
    for y in range(mask.height):
        share = rows.getpixel((0, y))
        if isinstance(share, (int, float)) and share < 255 * RULE_FILL:
            total += round(share / 255 * mask.width)
    return total


def _percentile(histogram: list[int], share: float) -> int:
    wanted = share * sum(histogram)
    seen = 0
    for level, n in enumerate(histogram):
        seen += n
        if seen >= wanted and n:
            return level
    return 255
