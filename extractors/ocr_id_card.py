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
from collections import Counter
from collections.abc import Sequence

from extractors.base import FieldCandidate, LabelIndex, Provenance
from extractors.ocr_text import edit_distance, skeleton
from extractors.thai import CIVIL_TITLE, normalise_thai_text
from extractors.validate import national_id_is_valid, normalise_national_id
from extractors.values import clean_value, has_type

__all__ = [
    "address_on_card",
    "birth_on_card",
    "card_block",
    "id_on_card",
    "name_on_card",
    "with_address_from_card",
    "with_birth_from_card",
    "with_id_from_card",
    "with_name_from_card",
    "without_card",
]

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
# The card's birth date in English (`Date of Birth 9 Jan. 1985`): the first English date
# on its face (the issue and expiry dates come after the address).
_ENGLISH_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})(?!\d)"
)
_BE_YEAR = re.compile(r"(?<!\d)25\d\d(?!\d)")  # a Buddhist-era year, as the Thai date prints it
BE_OFFSET = 543
CARD_ID_CONFIDENCE = 0.5  # an ID read off a card copy, not the form's own line
CARD_LABEL = "เลขประจำตัวประชาชน (สำเนาบัตร)"  # where it was read, for the clerk
CARD_BIRTH_LABEL = "เกิดวันที่ (สำเนาบัตร)"
CARD_ADDRESS_LABEL = "ที่อยู่ (สำเนาบัตร)"
# The card's address line: its label, then the house number and the names of its places
# (`ที่อยู่ 204 หมู่ที่ 9 ต.แม่สาย อ.แม่สาย`; the province follows on the next line).
_CARD_ADDRESS = re.compile(r"^\W*ที่อยู่\s*[:.]?\s*(?P<value>[0-9๐-๙].*\S)\s*$")
_CARD_PLACE = re.compile(r"(?:^|\s)(?:หมู่|ม\.|ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต)")
MIN_CARD_PLACES = 2  # a village and an area at least: a house number alone is no address


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


def _cards(readings: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each reading's lines from its card's first on, as far as a card's face reaches
    (the block's last line of the card's own words may come before its dates)."""
    found = []
    for lines in readings:
        block = card_block(lines)
        if block is not None:
            found.append(list(lines[block.start : block.start + MAX_LINES]))
    return found


def _card_is_hers(cards: Sequence[Sequence[str]], name: str) -> bool:
    form_name = _name_words(name)
    return any(_hers(n, form_name) for card in cards for n in _names_on_card(card))


def id_on_card(readings: Sequence[Sequence[str]], name: str) -> str | None:
    """The ID on the card copy the page's readings (each a reading's lines) hold, when
    one reading of the card's name is `name` (the name read on the form) and the
    readings read one ID in the card's groups whose check digit holds; None otherwise.
    Where one reading finds the card, another's lines in the card's groups are its ID
    too (a poorer cut of the page may lose the card's words and keep its big digits)."""
    cards = _cards(readings)
    if not cards:
        return None
    ids = {
        digits
        for lines in readings
        for line in lines
        for m in CARD_GROUPS.finditer(line)
        if national_id_is_valid(digits := "".join(m.groups()))
    }
    return ids.pop() if len(ids) == 1 and _card_is_hers(cards, name) else None


def birth_on_card(readings: Sequence[Sequence[str]], name: str) -> str | None:
    """The birth date on the card copy (`9 Jan 1985`), when the card is hers (as for its
    ID), the readings that read it read one date, and the card's Thai date has its year
    (2528 for 1985): the English date's label is often misread, and the Thai one's
    month; each checks the other. None otherwise."""
    cards = _cards(readings)
    dates = set()
    for card in cards:
        text = "\n".join(card)
        m = _ENGLISH_DATE.search(text)
        years = {int(y) for y in _BE_YEAR.findall(text)}
        if m is not None and int(m.group(3)) + BE_OFFSET in years:
            dates.add(f"{int(m.group(1))} {m.group(2)} {m.group(3)}")
    return dates.pop() if len(dates) == 1 and _card_is_hers(cards, name) else None


def address_on_card(readings: Sequence[Sequence[str]], name: str) -> str | None:
    """The address on the card copy (after its `ที่อยู่`, as far as its line goes), when
    the card is hers (as for its ID) and the readings that read the line whole read one
    address more often than any other; None otherwise."""
    cards = _cards(readings)
    read = Counter(
        m.group("value")
        for card in cards
        for line in card
        if (m := _CARD_ADDRESS.match(normalise_thai_text(line))) is not None
        and len(_CARD_PLACE.findall(m.group("value"))) >= MIN_CARD_PLACES
    )
    ranked = read.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0] if _card_is_hers(cards, name) else None


def with_address_from_card(
    found: list[FieldCandidate],
    readings: Sequence[Sequence[str]],
    part: str,
    page: int,
) -> list[FieldCandidate]:
    """The address on the card copy (`address_on_card`) where the form gave none (its
    address asked under a label of its own, `สถานที่ขอใช้น้ำ`, or its line misread),
    doubtful: the card gives the address registered, not the form's own line."""
    if any(c.key == "address" for c in found):
        return found
    names = [c.value for c in found if c.key == "full_name"]
    address = address_on_card(readings, names[0]) if names else None
    if address is None:
        return found
    return _from_card(found, [], "address", address, CARD_ADDRESS_LABEL, part, page)


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
    return _from_card(found, ids, "national_id", digits, CARD_LABEL, part, page)


def with_birth_from_card(
    found: list[FieldCandidate],
    readings: Sequence[Sequence[str]],
    part: str,
    page: int,
    labels: LabelIndex,
) -> list[FieldCandidate]:
    """The birth date on the card copy (`birth_on_card`) where the form gave none that
    holds as a date (its month misread: `9 มาระคุม 2528`), doubtful: it is not the
    form's own line."""
    kind = getattr(labels, "field_type", None)
    if kind is None or kind("birth_date") != "date":
        return found
    dates = [c for c in found if c.key == "birth_date"]
    if any(has_type("date", clean_value("date", c.value)) for c in dates):
        return found
    names = [c.value for c in found if c.key == "full_name"]
    born = birth_on_card(readings, names[0]) if names else None
    if born is None:
        return found
    return _from_card(found, dates, "birth_date", born, CARD_BIRTH_LABEL, part, page)


def _from_card(
    found: list[FieldCandidate],
    replaced: list[FieldCandidate],
    key: str,
    value: str,
    label: str,
    part: str,
    page: int,
) -> list[FieldCandidate]:
    """`found` with the form's `replaced` values of `key` given up for the card's,
    flagged and doubtful."""
    prov = Provenance(part=part, kind="ocr", page=page, method="ocr", label=label)
    prov.flags = ["ocr", "ocr_low_confidence"]
    card = FieldCandidate(key=key, value=value, provenance=prov, confidence=CARD_ID_CONFIDENCE)
    return [*(c for c in found if c not in replaced), card]


def name_on_card(readings: Sequence[Sequence[str]], name: str) -> str | None:
    """The form's name (`name`, as read) spelt as the card copy prints it, when the card
    is hers (its given and family names each a letter or mark from the form's) and its
    readings read one spelling more than any other: the card's print reads better than
    a form's handwriting or a faint cut. The form's title is kept (the card prints it
    apart, `นาง อำไพ`, or in English). None when the card spells it as the form read
    it, or is not hers, or the form's name has no title."""
    title = _TITLE.match(normalise_thai_text(name).strip())
    form = _name_words(name)
    if title is None or len(form) < 2:
        return None
    spelt = Counter(
        (n[0], n[1]) for card in _cards(readings) for n in _names_on_card(card) if _hers(n, form)
    )
    ranked = spelt.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    given, family = ranked[0][0]
    if [given, family] == form[:2]:
        return None
    return f"{title.group(0)}{given} {family}"


def with_name_from_card(
    found: list[FieldCandidate], readings: Sequence[Sequence[str]]
) -> list[FieldCandidate]:
    """The applicant's full name spelt as the card copy prints it (`name_on_card`),
    flagged `ocr_repaired` and doubtful: a spelling chosen from the card, not read on
    the form's line."""
    out = []
    for c in found:
        if c.key == "full_name" and (spelt := name_on_card(readings, c.value)) is not None:
            flags = [*c.provenance.flags]
            flags += [f for f in ("ocr_repaired", "ocr_low_confidence") if f not in flags]
            prov = c.provenance.model_copy(update={"flags": flags})
            c = c.model_copy(update={"value": spelt, "provenance": prov})
        out.append(c)
    return out
