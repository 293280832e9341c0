"""Where an address's house number and village number (หมู่ที่) lie on the page, after
their printed labels (in the OCR child), so that a misread one can be read again as
digits only.

Written small on a leader after `เลขที่` and `หมู่ที่`, a few digits come out of the
page's reading as quotes and stars (`*” หมู่ที่ “* ตำบล`) or a letter (`หมู่ที่ ?`):
the Thai model has little to go on in two strokes beside a dotted line. Cut out alone
and read with nothing but digits and the slash allowed, the same ink reads as digits.
The labels are found in Tesseract's word table (`tsv`), the letters of a line's words
run together as `ocr_id_line` finds the ID's; the value is what lies between the label
and the next word of Thai letters on the line (the next item's label, `ตำบล`).

What comes of the crop replaces the words read there (`ocr_char_boxes.BoxedRun`), in
every reading of the page, only where two cuts of the page read it alike and as a
number of the value's shape (a house number `12` or `12/3`, a village number of one or
two digits): the address stays an OCR value, flagged for the clerk like any other.
Where they do not and the page read no number there, the crops are read again cut to
their ink (a leader's dust and a wide crop's specks after the number read as digits or
made Tesseract read nothing) at two heights, and the number of the shape most of those
readings give is taken (`number_among`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.ocr_id_line import words_by_line
from extractors.ocr_rules import Rect
from extractors.thai import thai_digits_to_arabic

HOUSE = "house"
VILLAGE = "village"
# The labels as printed (บ้านเลขที่, ที่อยู่ เลขที่, หมู่ที่, หมู่), with ที่'s mark kept or
# lost; `เลขที่รับ` (a receipt number) is no address: a Thai letter straight after it.
_LABELS = re.compile(r"(?P<house>เลขที่|เลขที)|(?P<village>หมู่ที่|หมู่ที|หมูที่|หมู่)")
_THAI = re.compile(r"[\u0e01-\u0e2e]")
# Three Latin letters in a row: a Thai label read as Latin (หมู่ที่ as `wifi`, `wun`), not
# a number misread (45 as `AS`).
_LATIN_WORD = re.compile(r"[A-Za-z]{3}")
_SHAPES = {
    HOUSE: re.compile(r"[1-9][0-9]{0,3}(?:/[1-9][0-9]{0,3})?"),
    VILLAGE: re.compile(r"[1-9][0-9]?"),
}
MIN_GAP = 0.8  # of the line's height: less between a label and the next word holds no value
LINE_END = 3  # line heights after a label closing its line as read: a number's room
PAD = 0.5  # of the line's height, taken round the value: writing sits above the leader


@dataclass(frozen=True)
class NumberBox:
    kind: str  # HOUSE or VILLAGE
    rect: Rect  # where the value lies on the level page, cut out to read it again
    band: Rect  # the same from left to right, as high as the label: the words it replaces
    line: int  # the word table's line (in `words_by_line`'s order) the label is on
    read: str  # what the page's reading read there ("" for nothing)


def shaped(kind: str, text: str) -> bool:
    """`text` is a number of the kind's shape: a house number (12, 12/3) or a village
    number (1-99, no leading zero)."""
    return bool(_SHAPES[kind].fullmatch(text))


# Readings of a crop that must agree on a number for it to stand where the page read none.
AGREE = 2
_A_LETTER = re.compile(r"[A-Za-z\u0e01-\u0e2e]")
_SLASHED = re.compile(r"[1-9][0-9]{0,3}/[1-9]")
_NOT_NUMBER = re.compile(r"[^0-9/]")


def number_among(kind: str, readings: Sequence[str], read: str) -> str | None:
    """The number of the kind's shape that most `readings` of its crop give, at least
    AGREE of them and more than any other such number, where the page's own reading
    `read` is no number of the shape (in Thai digits or not, specks on it or not), holds
    no letter and, for a
    house number, no number with its slash; None otherwise. What the page read stands:
    its crop's readings at two heights are not two witnesses (a letterhead's 27/8 over
    the next line's tone marks read 6 three times; a house register's `20AR` for 71 read
    7; `73703 204/1`, a crossed-out number before the house's, 3471)."""
    read = thai_digits_to_arabic(read)
    number = _NOT_NUMBER.sub("", read)  # the specks on it aside (`73.`)
    if shaped(kind, number) or _A_LETTER.search(read) or (kind == HOUSE and _SLASHED.search(read)):
        return None
    counts = Counter(r for r in readings if shaped(kind, r)).most_common(2)
    if not counts:
        return None
    best, times = counts[0]
    if len(counts) > 1 and counts[1][1] == times:
        return None
    return best if times >= AGREE else None


def number_boxes(table: str) -> list[NumberBox]:
    """The values after each house and village number label in the word table, each
    with the box to read again: those read as a number of their shape too, as a digit
    misread as another (143 as 163) leaves the shape whole."""
    return [
        box
        for n, line in enumerate(words_by_line(table))
        for box in _after_labels(sorted(line, key=lambda w: w[1][0]), n)
    ]


def _after_labels(words: list[tuple[str, Rect]], line: int) -> list[NumberBox]:
    """Tesseract's Thai "words" are mostly letters and marks apart: a label is looked
    for in the line's letters run together, and its box is its words' together."""
    joined = "".join(word for word, _ in words)
    ends = list(itertools.accumulate(len(word) for word, _ in words))
    found = []
    for match in _LABELS.finditer(joined):
        kind = HOUSE if match.group("house") else VILLAGE
        first = next(i for i, end in enumerate(ends) if end > match.start())
        last = next((i for i, end in enumerate(ends) if end >= match.end()), None)
        if last is None or ends[last] != match.end():
            continue  # the label ends inside a word: glued to its value or another word
        boxes = [box for _, box in words[first : last + 1]]
        label = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                 max(b[2] for b in boxes), max(b[3] for b in boxes))  # fmt: skip
        height = label[3] - label[1]
        value: list[tuple[str, Rect]] = []
        for word, box in words[last + 1 :]:
            if _THAI.search(word) or _LATIN_WORD.search(word):
                break  # the next item's label (ตำบล, หมู่ที่; read as Latin, `wifi`)
            value.append((word, box))
        left = label[2]
        nxt = last + 1 + len(value)
        right = words[nxt][1][0] if nxt < len(words) else None
        if right is None:  # the label or its value closes the line as read
            right = max([left] + [b[2] for _, b in value]) + LINE_END * height
        if right - left < MIN_GAP * height:
            continue  # `เลขที่รับ`: the label's next word right after it
        # The label's height, not its value's: what was read there may be a stamp or a
        # signature across the lines, and the band says which lines' words give way.
        pad = int(height * PAD)
        rect = (left + 2, label[1] - pad, right - 2, label[3] + pad // 2)
        band = (left + 2, label[1], right - 2, label[3])
        found.append(NumberBox(kind, rect, band, line, "".join(word for word, _ in value)))
    return found


# A village number read as a symbol (`หมู่ที่ %`, `หมู่ ?ฯ`): no digit, no Thai letter.
_VILLAGE_AS_SYMBOL = re.compile(
    r"(?P<label>หมู่ที่|หมู่ที|หมูที่|หมู่)\s*(?P<read>[^\s0-9\u0e50-\u0e59\u0e01-\u0e2e\u0e40-\u0e4e]{1,2})(?=\s|$)"
)
_VILLAGE_NUMBER = re.compile(
    r"(?:หมู่ที่|หมู่ที|หมูที่|หมู่)\s*(?P<number>[0-9\u0e50-\u0e59]{1,2})(?![0-9\u0e50-\u0e59/])"
)


def village_number_from_readings(address: str, others: Sequence[str]) -> str | None:
    """`address` with its village number read as a symbol (`หมู่ที่ %`) given the
    number the other readings of the page read after their หมู่ที่, when they read
    one number there (as Arabic digits) and no other; None when the address has no
    such symbol, or the others read none or differ."""
    m = _VILLAGE_AS_SYMBOL.search(address)
    if m is None:
        return None
    numbers = {
        str(int(thai_digits_to_arabic(n.group("number"))))
        for other in others
        for n in _VILLAGE_NUMBER.finditer(other)
    }
    if len(numbers) != 1:
        return None
    return address[: m.start("read")] + numbers.pop() + address[m.end("read") :]
