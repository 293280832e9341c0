"""Page text rebuilt from glyph positions, and the label printed beside each form widget.

pdfplumber's own `extract_text` inserts a space wherever two glyphs are further apart than
a fixed tolerance. Two kinds of Thai PDF defeat that:

- letter-spaced text (a title set "expanded", a generator placing glyph by glyph) comes
  out as `ช ื่ อ - น า ม ส ก ุ ล`: every gap looks like a word break;
- a value typed over a dotted leader (`ชื่อ ........` printed, the name typed on the dots)
  comes out with the dots between its letters: `น.า.ย.ส.ม.ช.า.ย`.

So a line is rebuilt here: combining marks follow their base glyph whatever their x, a
dotted run with letters drawn over it is an underline and is dropped, and a word break is a
gap clearly wider than the line's usual gap between letters (its median), not a constant.

Widgets of a fillable PDF often have names that say nothing (`Text1`, `fill_3`); a person
reads the caption printed left of the box, or above it. `widget_label` finds that caption
from the same glyph positions.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from extractors.thai import garbled_thai, normalise_thai_text

LEADERS = frozenset("._…·‥")  # the dots or rule of a blank to fill in
# A glyph the font maps to no character (pdfminer writes "(cid:N)"). Shaped Thai (TH
# Sarabun from Word or LibreOffice) draws SARA AM and stacked marks with such glyphs
# beside the mapped ones; the text is whole without them, but a clerk should look.
UNMAPPED = "\ufffd"
_CID = re.compile(r"\(cid:\d+\)")
# A word break is a gap this many font sizes wider than the line's usual letter gap.
WORD_GAP_EM = 0.18
# Letter-spaced text: the median gap between letters is at least this many font sizes.
SPACED_EM = 0.05
MAX_SPACED_EM = 0.6  # wider than this, the gaps are columns, not letter spacing
# Glyphs whose baselines (else middles) are this many font sizes apart or less share a row.
ROW_TOLERANCE_EM = 0.3
# A printed leader is at least this many dots drawn one after another.
MIN_LEADER_RUN = 4
# A value typed over a leader sits at most this many font sizes above the leader's row.
MAX_LIFT_EM = 0.8
# A value drawn over a form's underline stands at most this many font sizes above it.
MAX_OVER_RULE_EM = 1.2
# A caption "ends before" a rule if it reaches at most this many points over its start.
RULE_SLACK = 2.0
# A drawn rule at most this thick (points) is a blank's underline, not a filled box.
MAX_RULE_THICKNESS = 1.5
# A form page has a few dozen blanks; more flat lines than this are a drawing's, and
# trying each against each line of text would cost rows x rules.
MAX_RULES = 400
# A caption further left of its box than this many font sizes belongs to something else.
MAX_CAPTION_GAP_EM = 12.0
# ... unless the caption starts at most this many font sizes left of the box: a column of
# captions at the margin with the boxes aligned at one x leaves a short caption ("E-mail",
# "จังหวัด") far from its box, with nothing else on the row between them.
MAX_CAPTION_REACH_EM = 24.0
# A caption above a box: its line ends at most this many box heights above the box top.
MAX_ABOVE_HEIGHTS = 2.5


@dataclass(frozen=True)
class Glyph:
    """One character drawn on a page; y grows downwards (pdfplumber's top/bottom)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    # Where the glyph sits (y downwards), when the PDF says: pdfminer hangs the box from
    # the font's descent, and Thai faces descend deep, so top/bottom lie low.
    baseline: float | None = None

    @property
    def size(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def row_y(self) -> float:
        """Where the glyph's row is: its baseline when known, so a value typed in another
        face (another descent, so other glyph boxes) on a caption's line shares its row."""
        return self.baseline if self.baseline is not None else self.middle

    @property
    def is_mark(self) -> bool:
        """A combining mark: drawn on the glyph before it, without an advance of its own.
        One glyph mapped to a mark and a spacing letter (SARA AM as NIKHAHIT + SARA AA, as
        MS Word's ToUnicode maps give it) advances like the letter."""
        return bool(self.text) and all(unicodedata.category(c) == "Mn" for c in self.text)

    @property
    def joins_left(self) -> bool:
        """Never starts a word: a mark, SARA AM (spacing, but part of the syllable, also
        when mapped to NIKHAHIT + SARA AA) or an unmapped glyph (a piece of the letter
        before it)."""
        starts_with_mark = bool(self.text) and unicodedata.category(self.text[0]) == "Mn"
        return starts_with_mark or self.text in ("\u0e33", UNMAPPED)


@dataclass(frozen=True)
class Line:
    glyphs: tuple[Glyph, ...]  # reading order, overlay dots removed

    @property
    def top(self) -> float:
        return min(g.top for g in self.glyphs)

    @property
    def bottom(self) -> float:
        return max(g.bottom for g in self.glyphs)

    @property
    def x0(self) -> float:
        return min(g.x0 for g in self.glyphs)

    @property
    def baseline(self) -> float | None:
        known = [g.baseline for g in self.glyphs if g.baseline is not None]
        return statistics.median(known) if known else None

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @property
    def text(self) -> str:
        return join_glyphs(self.glyphs)


@dataclass(frozen=True)
class Rule:
    """A horizontal line drawn on the page (a blank's underline), y downwards."""

    x0: float
    x1: float
    y: float


def rules_of(lines: Iterable[dict[str, object]], rects: Iterable[dict[str, object]]) -> list[Rule]:
    """The page's horizontal rules: pdfplumber's flat lines, and rectangles thin enough
    to be one (many producers fill a thin rectangle for an underline); none for a page
    with more than MAX_RULES (a drawing)."""
    out: list[Rule] = []
    for shape in [*lines, *rects]:
        try:
            x0, x1 = float(shape["x0"]), float(shape["x1"])  # type: ignore[arg-type]
            top, bottom = float(shape["top"]), float(shape["bottom"])  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError):
            continue
        if bottom - top <= MAX_RULE_THICKNESS and x1 - x0 > 2 * MAX_RULE_THICKNESS:
            out.append(Rule(x0, x1, (top + bottom) / 2))
            if len(out) > MAX_RULES:
                return []  # a drawing (hatching, a chart), not a form's blanks
    return out


@dataclass(frozen=True)
class Box:
    """A widget rectangle in page coordinates, y downwards."""

    x0: float
    x1: float
    top: float
    bottom: float


def glyphs_of(chars: Iterable[dict[str, object]]) -> list[Glyph]:
    """pdfplumber `page.chars` as glyphs, in content-stream order; upright text only."""
    glyphs = []
    for char in chars:
        text = char.get("text")
        if not isinstance(text, str) or not text or char.get("upright") is False:
            continue
        if _slanted(char.get("matrix")):
            continue
        try:
            x0, x1 = float(char["x0"]), float(char["x1"])  # type: ignore[arg-type]
            top, bottom = float(char["top"]), float(char["bottom"])  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError):
            continue
        text = UNMAPPED if _CID.fullmatch(text) else symbol_text(text, char.get("fontname"))
        glyph = Glyph(text, x0, x1, top, bottom)
        glyphs.append(_with_baseline(glyph, char))
    return glyphs


MAX_SLANT = 0.1  # sin of the angle (about 6°) past which a glyph is drawn at a slant


def _slanted(matrix: object) -> bool:
    """A glyph drawn turned by an angle (a diagonal "สำเนาถูกต้อง" or "ตัวอย่าง" across the
    page): a watermark or a stamp, never a line of the form, whose letters it would
    break into. pdfminer calls it upright (only a quarter turn or a mirror is not); an
    italic's slant is a shear (the matrix's c), not a turn (its b), and is kept."""
    if not isinstance(matrix, tuple | list) or len(matrix) != 6:
        return False
    try:
        a, b = float(matrix[0]), float(matrix[1])
    except (TypeError, ValueError):
        return False
    return abs(b) > MAX_SLANT * max(abs(a), 1e-9) and a > 0


# Symbol faces whose letters are pictures: a PDF that embeds them without a Unicode map
# gives the letter typed ("4"), not the tick drawn. Only the boxes and ticks a form uses.
_DINGBATS = {"3": "✓", "4": "✔", "5": "✕", "6": "✖", "7": "✗", "8": "✘", "n": "■", "l": "●",
             "o": "❏", "p": "❐", "q": "❑", "r": "❒"}  # fmt: skip
_WINGDINGS = {"þ": "☒", "ý": "☒", "x": "☒", "ü": "✓", "¨": "☐", "o": "☐", "q": "☐"}
_WINGDINGS_2 = {"R": "☒", "S": "☒", "T": "☒", "Q": "☒", "P": "✓", "£": "☐", "*": "☐"}


def symbol_text(text: str, font: object) -> str:
    """A glyph of a symbol face as the mark it draws (ZapfDingbats' "4" is a check);
    letters of other faces as they are. Word's Wingdings in the Private Use Area
    (U+F0FE) is read as the letter it stands for (þ)."""
    name = font.split("+", 1)[-1].lower().replace(" ", "") if isinstance(font, str) else ""
    if "dingbats" in name:
        table = _DINGBATS
    elif name.startswith("wingdings2"):
        table = _WINGDINGS_2
    elif name.startswith("wingdings"):
        table = _WINGDINGS
    else:
        return text
    if len(text) == 1 and 0xF020 <= ord(text) <= 0xF0FF:
        text = chr(ord(text) - 0xF000)
    return table.get(text, text)


def _with_baseline(glyph: Glyph, char: dict[str, object]) -> Glyph:
    """The baseline from the text matrix's origin: top + (y1 - origin y), y1 being the
    glyph box's top in PDF space (upright text only, as `glyphs_of` keeps)."""
    matrix, y1 = char.get("matrix"), char.get("y1")
    if not isinstance(matrix, tuple | list) or len(matrix) != 6:
        return glyph
    try:
        baseline = glyph.top + float(y1) - float(matrix[5])  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return glyph
    return replace(glyph, baseline=baseline)


def group_lines(glyphs: Sequence[Glyph], rules: Sequence[Rule] = ()) -> list[Line]:
    """Glyphs in lines, top to bottom, each line in reading order; `rules` are the page's
    drawn underlines, which tie a value drawn above its caption's row to that row."""
    rows: list[list[Glyph]] = []
    middles: list[float] = []
    for glyph in glyphs:  # stream order, so a mark lands on its base glyph's row
        near = [
            (abs(glyph.row_y - middle), i)
            for i, middle in enumerate(middles)
            if abs(glyph.row_y - middle) <= ROW_TOLERANCE_EM * glyph.size
        ]
        if near:
            rows[min(near)[1]].append(glyph)
        else:
            rows.append([glyph])
            middles.append(glyph.row_y)
    rows = _lift_onto_leaders(_lift_onto_rules(rows, middles, rules), middles)
    lines = [Line(tuple(reading_order(_drop_overlaid_leaders(row)))) for row in rows]
    lines = [line for line in lines if any(not g.text.isspace() for g in line.glyphs)]
    return sorted(lines, key=lambda line: line.top)


def reading_order(row: Sequence[Glyph]) -> list[Glyph]:
    """Sort by x, a combining mark keeping its place right after the glyph it sits on:
    the one drawn before it, or, when that one is elsewhere on the line (a producer
    that draws a line's letters first and its marks after them), the letter under it."""
    keyed: list[tuple[float, int, Glyph]] = []
    anchor = 0.0
    host: Glyph | None = None
    bases = [g for g in row if not g.is_mark and not g.text.isspace()]
    for order, glyph in enumerate(row):
        if not glyph.is_mark or order == 0:
            anchor, host = glyph.x0, glyph
        elif host is not None and not _sits_on(glyph, host):
            under = _letter_under(glyph, bases)
            if under is not None:
                anchor, host = under.x0, under
        keyed.append((anchor, order, glyph))
    return [g for _, _, g in sorted(keyed, key=lambda k: (k[0], k[1]))]


MARK_REACH_EM = 0.3  # how far past its letter's box a mark may be drawn (kerning, offsets)


def _sits_on(mark: Glyph, letter: Glyph) -> bool:
    centre, reach = (mark.x0 + mark.x1) / 2, MARK_REACH_EM * letter.size
    return letter.x0 - reach <= centre <= letter.x1 + reach


def _letter_under(mark: Glyph, bases: Sequence[Glyph]) -> Glyph | None:
    """The letter the mark sits on: the one whose box holds the mark's middle; for a mark
    of no width (Thai faces draw a mark at the pen's place after its letter, its ink
    reaching back over it) the letter that ends there."""
    if mark.x1 - mark.x0 < NO_WIDTH:
        ending = [b for b in bases if abs(b.x1 - mark.x0) < NO_WIDTH and b.x1 > b.x0]
        return ending[0] if ending else None
    centre = (mark.x0 + mark.x1) / 2
    holding = [b for b in bases if b.x0 <= centre <= b.x1]
    return min(holding, key=lambda b: abs((b.x0 + b.x1) / 2 - centre)) if holding else None


NO_WIDTH = 0.05  # points: a glyph with no advance


def _leader_spans(row: Sequence[Glyph]) -> list[tuple[float, float]]:
    """The x-spans of a row's printed leaders: MIN_LEADER_RUN dots or more drawn one
    after another."""
    runs = [list(run) for is_dot, run in itertools.groupby(row, lambda g: g.text in LEADERS)
            if is_dot]  # fmt: skip
    return [(run[0].x0, run[-1].x1) for run in runs if len(run) >= MIN_LEADER_RUN]


def _on_leader(row: Sequence[Glyph], spans: Sequence[tuple[float, float]]) -> bool:
    """The row's leftmost letter lies over one of the leaders (a long value may run on
    past the leader's end, as typed text does)."""
    letters = [g for g in row if not g.text.isspace() and g.text not in LEADERS]
    if not letters:
        return False
    first = min(letters, key=lambda g: g.x0)
    return any(start < (first.x0 + first.x1) / 2 < end for start, end in spans)


def _lift_onto_leaders(rows: list[list[Glyph]], middles: list[float]) -> list[list[Glyph]]:
    """A value typed a little above a printed leader (a phone app's "Fill & Sign", text
    placed where the finger touched) belongs to the leader's row, whose caption is at
    its left: without this it reads as a line of its own, above the caption, and the
    reader takes the next row's value for the caption's."""
    out = [list(row) for row in rows]
    spans = [_leader_spans(row) for row in rows]
    for i, row in enumerate(rows):
        if spans[i] or not row:
            continue
        size = statistics.median(g.size for g in row)
        below = [
            j for j, middle in enumerate(middles)
            if spans[j] and 0 < middle - middles[i] <= MAX_LIFT_EM * size
            and _on_leader(row, spans[j])
        ]  # fmt: skip
        if below:
            target = min(below, key=lambda j: middles[j])
            out[target] += out[i]
            out[i] = []
    return [row for row in out if row]


def _lift_onto_rules(
    rows: list[list[Glyph]], middles: list[float], rules: Sequence[Rule]
) -> list[list[Glyph]]:
    """A value drawn over a form's underline, its baseline raised above its caption's (a
    flattened fillable form: each value drawn in its field's box, in another face), is
    that caption's: the caption ends left of where the rule starts, both stand on the
    rule, and the value lies over it. Read as a line of its own it came before its
    caption, and each caption took the next row's value. Emptied rows stay in place (the
    indexes match `middles`); `_lift_onto_leaders` drops them."""
    out = [list(row) for row in rows]
    for i, row in enumerate(rows):
        letters = [g for g in row if not g.text.isspace()]
        if not letters or not out[i]:
            continue
        size = statistics.median(g.size for g in letters)
        first = min(letters, key=lambda g: g.x0)
        under = [
            rule for rule in rules
            if rule.x0 - RULE_SLACK <= first.x0 and first.x1 <= rule.x1
            and 0 < rule.y - middles[i] <= MAX_OVER_RULE_EM * size
        ]  # fmt: skip
        if not under:
            continue
        rule = min(under, key=lambda r: r.y - middles[i])
        captions = [
            j for j, middle in enumerate(middles)
            if j != i and out[j] and 0 < middle - middles[i] <= MAX_LIFT_EM * size
            and middle < rule.y and max(g.x1 for g in out[j]) <= rule.x0 + RULE_SLACK
        ]  # fmt: skip
        if captions:
            target = min(captions, key=lambda j: middles[j] - middles[i])
            out[target] += out[i]
            out[i] = []
    return out


def _drop_overlaid_leaders(row: list[Glyph]) -> list[Glyph]:
    """Drop each printed leader (dots drawn one after another) that has letters over it.

    Runs are taken in drawing order, not by x: the leader is drawn as one run of dots,
    while the dots of a value drawn over it ("ต.บางปลาสร้อย") sit between its letters.
    """
    runs: list[list[Glyph]] = [[]]
    for glyph in row:
        if glyph.text in LEADERS:
            runs[-1].append(glyph)
        elif runs[-1]:
            runs.append([])
    letters = [g for g in row if g.text not in LEADERS and not g.text.isspace()]
    dropped: set[int] = set()
    for run in runs:
        if len(run) < MIN_LEADER_RUN:
            continue  # full stops, an ellipsis: not a leader
        start, end = min(g.x0 for g in run), max(g.x1 for g in run)
        if any(start < (g.x0 + g.x1) / 2 < end for g in letters):
            dropped.update(id(g) for g in run)
    return [g for g in row if id(g) not in dropped]


# Thai vowels written before the consonant they are said after: never a word's last letter.
LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")


def join_glyphs(glyphs: Sequence[Glyph]) -> str:
    """The text of one line of glyphs in reading order, spaces where the gaps say so."""
    gaps = [gap for _, gap in _letter_gaps(glyphs)]
    size = statistics.median(g.size for g in glyphs) if glyphs else 1.0
    usual = statistics.median(gaps) if gaps else 0.0
    spaced = SPACED_EM * size <= usual <= MAX_SPACED_EM * size and len(gaps) >= 3
    letter_gap = usual if spaced else 0.0
    threshold = letter_gap + WORD_GAP_EM * size
    breaks = {id(glyph) for glyph, gap in _letter_gaps(glyphs) if gap > threshold}
    out: list[str] = []
    for glyph in glyphs:
        if glyph.text.isspace():
            out.append(" ")
            continue
        if id(glyph) in breaks:
            out.append(" ")
        out.append(glyph.text)
    return normalise_thai_text("".join(out))


def _letter_gaps(glyphs: Sequence[Glyph]) -> list[tuple[Glyph, float]]:
    """Each glyph that may start a word, with the gap from where the pen stood after the
    glyphs before it. A mark sits on its letter and most often ends within it; but
    character spacing (the PDF's Tc, Word's "expanded") moves the pen after a mark too,
    so a mark can stand a spacing right of its letter and the next letter a spacing right
    of the mark: measured from the letter, that double spacing read as a word break
    ("นายอั บดุ ลเลาะ"). The pen is where the last glyph, mark or letter, ended. Nor does a
    word end on a leading vowel (เ แ โ ใ ไ), however wide the gap after it."""
    found: list[tuple[Glyph, float]] = []
    right: float | None = None
    leading = False
    for glyph in glyphs:
        if glyph.text.isspace():
            continue
        if right is not None and not glyph.joins_left and not leading:
            found.append((glyph, glyph.x0 - right))
        right = glyph.x1 if right is None else max(right, glyph.x1)
        if not glyph.is_mark:
            leading = glyph.text[-1] in LEADING_VOWELS
    return found


def page_text(chars: Iterable[dict[str, object]], extra: Iterable[Glyph] = ()) -> str:
    """The page's text, one line per printed line, rebuilt from glyph positions; `extra`
    glyphs (text shown by annotations) are laid in among the page's own."""
    texts = (line.text for line in group_lines([*glyphs_of(chars), *extra]))
    return "\n".join(text for text in texts if text)


def unreadable_text(text: str) -> bool:
    """Whether a page's text layer says nothing a reader can use although glyphs are
    drawn: most of them map to no character, or its Thai letters come out of order (a
    font without a Unicode map). Such a page is read from its image, as a scan is."""
    visible = "".join(text.split())
    if not visible:
        return False
    return visible.count(UNMAPPED) >= len(visible) / 2 or garbled_thai(text)


MAX_ANNOTATIONS = 500  # per page; a form has a few dozen values
MAX_ANNOTATION_TEXT = 2000
HIDDEN = 2  # annotation flag bits: Hidden (2), NoView (32)
NO_VIEW = 32
_FONT_SIZE = re.compile(rb"(\d+(?:\.\d+)?)\s+Tf")
_DEFAULT_SIZE = 11.0


def annotation_glyphs(
    annots: Iterable[dict[str, object]], page: Sequence[Glyph] = ()
) -> list[Glyph]:
    """The text a viewer's typewriter or Acrobat's "Fill & Sign" typed on the page: each
    FreeText annotation's contents as glyphs in its box, so a value typed over a dotted
    line reads on its caption's line. The text sits at the bottom of its box (the box is
    dragged down onto the line); widths are estimated, only the order and gaps count.
    A line of typed text floating a little over a printed line (the box dragged high)
    is set on that line: the `page` glyphs' baselines say where the lines are."""
    baselines = sorted({round(g.baseline, 1) for g in page if g.baseline is not None})
    glyphs: list[Glyph] = []
    for annot in itertools.islice(annots, MAX_ANNOTATIONS):
        data = annot.get("data")
        if not isinstance(data, dict) or getattr(data.get("Subtype"), "name", None) != "FreeText":
            continue
        flags = data.get("F")
        if isinstance(flags, int) and flags & (HIDDEN | NO_VIEW):
            continue
        text = annot.get("contents")
        try:
            x0, bottom = float(annot["x0"]), float(annot["bottom"])  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError):
            continue
        if isinstance(text, str) and text.strip():
            size = _size(data.get("DA"))
            glyphs += _typed_lines(text[:MAX_ANNOTATION_TEXT], x0, bottom, size, baselines)
    return glyphs


def _size(appearance: object) -> float:
    found = _FONT_SIZE.search(appearance) if isinstance(appearance, bytes) else None
    size = float(found.group(1)) if found else 0.0
    return size if 4 <= size <= 72 else _DEFAULT_SIZE


# How far below typed text a printed line may be and still be the line it was typed on.
MAX_DROP_EM = 1.5


def typed_glyphs(
    text: str, x0: float, bottom: float, size: float, baselines: Sequence[float]
) -> list[Glyph]:
    """Glyphs of text shown in a box whose bottom left is (x0, bottom), its last line at
    the bottom, each line set on the printed line at or a little under it."""
    return _typed_lines(text, x0, bottom, size if 4 <= size <= 72 else _DEFAULT_SIZE, baselines)


def _typed_lines(
    text: str, x0: float, bottom: float, size: float, baselines: Sequence[float]
) -> list[Glyph]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    glyphs: list[Glyph] = []
    for k, line in enumerate(lines):
        baseline = bottom - 0.25 * size - (len(lines) - 1 - k) * 1.2 * size
        # The printed line at or a little under it (y grows downwards), nearest first.
        under = [
            b for b in baselines if -ROW_TOLERANCE_EM * size <= b - baseline <= MAX_DROP_EM * size
        ]
        baseline = min(under, key=lambda b: abs(b - baseline)) if under else baseline
        x = x0
        for ch in line:
            mark = unicodedata.category(ch) == "Mn"
            width = 0.0 if mark else 0.5 * size
            glyphs.append(Glyph(ch, x, x + width, baseline - 0.9 * size, baseline + 0.25 * size,
                                baseline))  # fmt: skip
            x += width
    return glyphs


def widget_label(lines: Sequence[Line], box: Box, others: Sequence[Box] = ()) -> str:
    """The caption a person reads for a box: printed left of it on its line, else in
    brackets right under it (Thai forms caption a line as a signature is captioned:
    "(ชื่อ - นามสกุล)" under the dots), else above."""
    return (
        _left_caption(lines, box, others)
        or _below_bracketed_caption(lines, box)
        or _above_caption(lines, box)
    )


_BRACKETED_PHRASE = re.compile(r"\(\s*([^()]+?)\s*\)")
MAX_BELOW_HEIGHTS = 1.5  # a caption under a box sits within this many box heights of it


def _below_bracketed_caption(lines: Sequence[Line], box: Box) -> str:
    height = max(box.bottom - box.top, 1.0)
    below = [
        line
        for line in lines
        if line.top >= box.bottom - 2 and line.top - box.bottom <= MAX_BELOW_HEIGHTS * height
    ]
    for line in sorted(below, key=lambda line: line.top):  # nearest first
        under = [g for g in line.glyphs if box.x0 - 2 <= (g.x0 + g.x1) / 2 <= box.x1 + 2]
        for phrase in _phrases(under):
            found = _BRACKETED_PHRASE.fullmatch(join_glyphs(phrase).strip())
            if found:
                return found.group(1)
    return ""


def _left_caption(lines: Sequence[Line], box: Box, others: Sequence[Box]) -> str:
    middle = (box.top + box.bottom) / 2
    # Another box on the same row, left of this one: the caption lies between the two.
    fence = max(
        (o.x1 for o in others if o.x1 <= box.x0 + 1 and o.top < middle < o.bottom), default=0.0
    )
    for line in lines:
        if not _beside(line, box, middle):
            continue
        left = [g for g in line.glyphs if fence - 1 <= (g.x0 + g.x1) / 2 <= box.x0 + 2]
        caption = _last_phrase(left)
        if not caption:
            continue
        size = left[0].size
        gap, reach = box.x0 - max(g.x1 for g in left), box.x0 - min(g.x0 for g in left)
        if gap <= MAX_CAPTION_GAP_EM * size or reach <= MAX_CAPTION_REACH_EM * size:
            return caption
    return ""


def option_caption(
    lines: Sequence[Line],
    box: Box,
    others: Sequence[Box] = (),
    question: Callable[[str], bool] | None = None,
) -> str:
    """The word a check box or radio button stands for: printed right after it ("☐ นาย")
    or right before it ("นาย ☐"), whichever is nearer; the word on the other side is the
    next (or the previous) option's, or the question's (`question` says which words are
    a question's: a form's label, never an option). Only up to the next box on the row
    either way."""
    after = _side_phrase(lines, box, others, after=True)
    before = _side_phrase(lines, box, others, after=False)
    if question is not None and after is not None and before is not None:
        # the question printed before the first box ("คำนำหน้า ☒ นาย"), however close,
        # is no option: the option is the word on the other side
        if question(before[0]) and not question(after[0]):
            return after[0]
        if question(after[0]) and not question(before[0]):
            return before[0]
    if after is not None and (before is None or after[1] <= before[1]):
        return after[0]
    return before[0] if before is not None else ""


def _side_phrase(
    lines: Sequence[Line], box: Box, others: Sequence[Box], *, after: bool
) -> tuple[str, float] | None:
    """The word next to the box on one side of it, and its distance from the box."""
    middle = (box.top + box.bottom) / 2
    row = [o for o in others if o.top < middle < o.bottom]
    right = min((o.x0 for o in row if o.x0 >= box.x1 - 1), default=float("inf"))
    left = max((o.x1 for o in row if o.x1 <= box.x0 + 1), default=0.0)
    for line in lines:
        if not _beside(line, box, middle):
            continue
        if after:
            side = [g for g in line.glyphs if box.x1 - 2 <= (g.x0 + g.x1) / 2 <= right + 1]
        else:
            side = [g for g in line.glyphs if left - 1 <= (g.x0 + g.x1) / 2 <= box.x0 + 2]
        phrases = _phrases(side)
        if not phrases:
            continue
        phrase = phrases[0] if after else phrases[-1]
        gap = phrase[0].x0 - box.x1 if after else box.x0 - max(g.x1 for g in phrase)
        # The word nearest the box: an option is a word ("นาย"), and the words further
        # off are the question's ("คำนำหน้า นาย ☐") or the next option's.
        words = join_glyphs(phrase).strip(" :：-_").split()
        if words and gap <= MAX_CAPTION_GAP_EM * phrase[0].size:
            return words[0] if after else words[-1], max(gap, 0.0)
    return None


def _beside(line: Line, box: Box, middle: float) -> bool:
    """The line is the box's row: the box's middle falls in the line's glyph boxes, or
    the box holds the line's baseline (a box drawn on the line a caption is written on;
    a deep-descent Thai face hangs the glyph boxes below the box's middle). A line
    standing on the box's top edge or higher is above the box, however far its glyph
    boxes hang down into it."""
    if _stands_above(line, box):
        return False
    if line.top - 2 <= middle <= line.bottom + 2:
        return True
    baseline = line.baseline
    return baseline is not None and box.top < baseline <= box.bottom + 2


def _stands_above(line: Line, box: Box) -> bool:
    """The line ends above the box's top: its glyph boxes do, or its baseline does (a Thai
    face's glyph boxes reach two thirds of a size below the baseline, into a box drawn
    right under the caption)."""
    baseline = line.baseline
    return line.bottom <= box.top + 2 or (baseline is not None and baseline <= box.top + 2)


def _above_caption(lines: Sequence[Line], box: Box) -> str:
    height = max(box.bottom - box.top, 1.0)
    above = [
        line
        for line in lines
        if _stands_above(line, box) and box.top - line.bottom <= MAX_ABOVE_HEIGHTS * height
    ]
    for line in sorted(above, key=lambda line: -line.bottom):  # nearest first
        over = [g for g in line.glyphs if box.x0 - 2 <= (g.x0 + g.x1) / 2 <= box.x1 + 2]
        caption = _last_phrase(over, first=True)
        if _BRACKETED_PHRASE.fullmatch(caption):
            continue  # "(ชื่อ - นามสกุล)" captions the line above it, not a box below
        if caption:
            return caption
    return ""


def _last_phrase(glyphs: Sequence[Glyph], first: bool = False) -> str:
    """The phrase nearest the box: text after (or, above a box, before) a wide gap."""
    phrases = _phrases(glyphs)
    if not phrases:
        return ""
    phrase = phrases[0] if first else phrases[-1]
    return join_glyphs(phrase).strip(" :：-_")


def _phrases(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs (leaders dropped) in phrases parted by gaps wider than 1.5 font sizes."""
    kept = [g for g in glyphs if g.text not in LEADERS]
    if not kept:
        return []
    phrases: list[list[Glyph]] = [[kept[0]]]
    for a, b in itertools.pairwise(kept):
        if not b.joins_left and b.x0 - a.x1 > 1.5 * b.size:
            phrases.append([])
        phrases[-1].append(b)
    return phrases
