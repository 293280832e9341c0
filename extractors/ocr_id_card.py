"""A photocopy of the applicant's Thai ID card stapled to a form, as OCR reads the page.

Offices ask for a copy of the card (สำเนาบัตรประจำตัวประชาชน) and many forms leave their
ID line empty, "ตามสำเนาบัตรที่แนบ": the ID is then only on the copy, stapled over the
form's foot or beside it. OCR reads the copy's lines among the form's: the label reader
runs the form's last value (the address) on into them and finds no ID, the card's ID
having a label of its own the reader does not know from a form's (the card prints
`เลขประจำตัวประชาชน` over `Identification Number`, the digits in the card's groups
`1 2345 67890 12 3`).

The card's face is a known shape: its header (`Thai National ID Card`), its labels in
Thai with English beside or under them (`Identification Number`, `Name`, `Last name`,
`Date of Birth`, `Date of Issue`, `Date of Expiry`, `ชื่อตัวและชื่อสกุล`, `วันออกบัตร`),
and the ID in its groups. `card_block` finds the run of a reading's lines that is the
card (three of its own words at least, one of them its header or its ID's groups: a
bilingual form's `Date of Birth` label is no card), so that the form is read without
them. `id_on_card` takes the card's ID, where its check digit holds, for the applicant's
only when the card's name (after `ชื่อตัวและชื่อสกุล`) is the name read on the form, its
given and family names each within a misread letter or mark: a husband's or a child's
card stapled to her form gives her no ID. The ID stays an OCR value, flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, LabelIndex, Provenance
from extractors.ocr_text import edit_distance, skeleton
from extractors.thai import CIVIL_TITLE, normalise_thai_text
from extractors.validate import national_id_is_valid, normalise_national_id

__all__ = ["card_block", "id_on_card", "with_id_from_card", "without_card"]

# The card's header, as OCR reads it (`ID Card`, `National 10 Card`: the D read 0 or 1).
_HEADER = re.compile(r"\bI[Dd1]\s*Card\b|National\s+\S{1,3}\s+Card", re.IGNORECASE)
# The card's own words: its English labels and the Thai ones no form prints.
_WORDS = re.compile(
    r"Identification|\bLast\s+name\b|^\W*Name\s|Date\s+of\s+(?:Birth|Issue|Exp)|of\s+Issue"
    r"|วันออกบัตร|บัตรหมดอายุ|ตัวและ\S{0,6}สกุล",
    re.IGNORECASE,
)
# The ID as the card prints it, in its groups: 1 2345 67890 12 3.
CARD_GROUPS = re.compile(r"(?<!\d)(\d) (\d{4}) (\d{5}) (\d{2}) (\d)(?!\d)")
# The card's name label (ชื่อตัวและชื่อสกุล), its ชื่อ often misread (ซือ, สือ).
_NAME_LABEL = re.compile(r"\S*ตัวและ\S{0,6}สกุล")
_TITLE = re.compile(rf"^{CIVIL_TITLE}")
_THAI = re.compile(r"[\u0e01-\u0e2e]")  # a word with a Thai letter (Latin specks aside)
MIN_WORDS = 3  # lines of the card's own words (with its header or ID) to call it a card
MAX_LINES = 18  # a card's face read as lines: a run longer than this is no card
LETTERS_PER_EDIT = 5  # of a name's skeleton, one letter or mark misread per this many
CARD_ID_CONFIDENCE = 0.5  # an ID read off a card copy, not the form's own line
CARD_LABEL = "เลขประจำตัวประชาชน (สำเนาบัตร)"  # where it was read, for the clerk


def _marked(line: str) -> bool:
    return bool(_HEADER.search(line) or _WORDS.search(line) or CARD_GROUPS.search(line))


def card_block(lines: Sequence[str]) -> range | None:
    """The run of lines (indexes) that is a copy of an ID card's face, from its first
    line of the card's own words (or its ID) to its last; None when the lines hold none."""
    marked = [i for i, line in enumerate(lines) if _marked(line)]
    if not marked:
        return None
    # the longest run of marked lines no further apart than a card's face
    best: list[int] = []
    for start in range(len(marked)):
        run = [i for i in marked[start:] if i - marked[start] < MAX_LINES]
        if len(run) > len(best):
            best = run
    sure = any(_HEADER.search(lines[i]) or CARD_GROUPS.search(lines[i]) for i in best)
    if len(best) < MIN_WORDS or not sure:
        return None
    return range(best[0], best[-1] + 1)


def _name_words(name: str) -> list[str]:
    """A name's given and family names: the title off, leader dots read as spaces."""
    words = [w for w in re.split(r"[\s.()]+", normalise_thai_text(name)) if _THAI.search(w)]
    if words:
        words[0] = _TITLE.sub("", words[0])
    return [w for w in words if w]


def _same_word(a: str, b: str) -> bool:
    sa, sb = skeleton(a), skeleton(b)
    allowed = max(1, min(len(sa), len(sb)) // LETTERS_PER_EDIT)
    return edit_distance(sa, sb, allowed) <= allowed


def _names_on_card(lines: Sequence[str]) -> list[list[str]]:
    names = []
    for line in lines:
        m = _NAME_LABEL.search(normalise_thai_text(line))
        if m is not None:
            names.append(_name_words(line[m.end() :].strip()))
    return names


def _hers(card_name: list[str], form_name: list[str]) -> bool:
    """The card names her: its given name and family name, the first two Thai words
    after the label (junk may follow), are the form's."""
    if len(card_name) < 2 or len(form_name) < 2:
        return False
    return _same_word(card_name[0], form_name[0]) and _same_word(card_name[1], form_name[1])


def id_on_card(readings: Sequence[Sequence[str]], name: str) -> str | None:
    """The ID on the card copy the page's readings (each a reading's lines) hold, when
    one reading of the card's name is `name` (the name read on the form) and the
    readings read one ID in the card's groups whose check digit holds; None otherwise.
    Where one reading finds the card, another's lines in the card's groups are its ID
    too (a poorer cut of the page may lose the card's words and keep its big digits)."""
    blocks = [(lines, card_block(lines)) for lines in readings]
    cards = [[lines[i] for i in block] for lines, block in blocks if block is not None]
    if not cards:
        return None
    ids = {
        digits
        for lines in readings
        for line in lines
        for m in CARD_GROUPS.finditer(line)
        if national_id_is_valid(digits := "".join(m.groups()))
    }
    form_name = _name_words(name)
    hers = any(_hers(n, form_name) for card in cards for n in _names_on_card(card))
    return ids.pop() if len(ids) == 1 and hers else None


def without_card(lines: Sequence[str]) -> list[str]:
    """The lines with the card copy's read as blank: the form's last value (its
    address) is not run on into the card's, nor a card label read as the form's."""
    block = card_block(lines)
    return [("" if block is not None and i in block else line) for i, line in enumerate(lines)]


def with_id_from_card(
    found: list[FieldCandidate],
    readings: Sequence[Sequence[str]],
    part: str,
    page: int,
    labels: LabelIndex,
) -> list[FieldCandidate]:
    """The ID on the card copy (`id_on_card`, the name being the form's full name as
    read) where the form gave no ID that holds (its line left empty, or the note
    `ตามสำเนาบัตรที่แนบ` read as its value), doubtful: it is not the form's own line."""
    kind = getattr(labels, "field_type", None)
    if kind is None or kind("national_id") != "national_id":
        return found
    ids = [c for c in found if kind(c.key) == "national_id"]
    if any((d := normalise_national_id(c.value)) and national_id_is_valid(d) for c in ids):
        return found
    names = [c.value for c in found if c.key == "full_name"]
    digits = id_on_card(readings, names[0]) if names else None
    if digits is None:
        return found
    prov = Provenance(part=part, kind="ocr", page=page, method="ocr", label=CARD_LABEL)
    prov.flags = ["ocr", "ocr_low_confidence"]
    card = FieldCandidate(
        key="national_id", value=digits, provenance=prov, confidence=CARD_ID_CONFIDENCE
    )
    return [*(c for c in found if c not in ids), card]
