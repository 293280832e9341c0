"""A scanner's OCR layer (invisible text over a full-page picture) checked, not trusted.

CamScanner, Adobe Scan, Microsoft Lens, a copier's searchable PDF, ABBYY or ocrmypdf
write what their own OCR read of the picture as an invisible layer; the PDF reader reads
that layer as it reads any page text, and also reads the picture with the project's own
OCR (`pdf_form`: the page goes to `OcrExtractor.read_pdf_pages` once). Two readings of
one paper, then: this module lets them check each other, field by field, instead of
letting the layer's surer-looking label decide alone.

- By rule, where the layer's value fails its own type: Thai numerals and the Latin l, I,
  O read among digits (`73llO`) are digits; a space after a leading vowel (เ แ โ ใ ไ,
  which never end a word: 'ตำบลแ จระแม') is no word break.
- Against the picture's reading of the same field on the same page: a number or date
  that fails its type (an ID's check digit, a phone's shape) gives way to the picture's
  that passes; where both pass and differ, the picture's is taken when its own readings
  agreed on it (no `ocr_low_confidence`), the paper being what a clerk checks against.
- Names, addresses, places: compared letter by letter, the picture's reading lends the
  layer only what layers are known to lose: a tone mark or thanthakhat dropped, ส read
  as ล, a space set inside a word. Every other difference keeps the layer's letters (the
  picture's own OCR misreads too).

A value from a scan is never sure: every value stays flagged (`ocr`, `ocr_text_layer`);
one the picture mended also carries `ocr_layer_mended`, and one the two readings
disagree on without a mend `ocr_layer_disputed`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from extractors.base import FieldCandidate
from extractors.thai import normalise_thai_text, parse_date, thai_digits_to_arabic
from extractors.validate import (
    national_id_is_valid,
    normalise_national_id,
    normalise_phone,
    normalise_postal_code,
)

LAYER_FLAG = "ocr_text_layer"  # set by pdf_form on every value read from such a layer
MENDED = "ocr_layer_mended"
DISPUTED = "ocr_layer_disputed"
DOUBTFUL = "ocr_low_confidence"  # the OCR child's: its readings did not agree

# Types written in digits; "text" fields (an address) hold numbers among words.
_DIGIT_TYPES = frozenset({"national_id", "phone", "date", "postal_code"})
_WORD_TYPES = frozenset({"name", "text", "province"})

# A number a Latin-trained OCR read with letters of like shape: O/o for 0, l/I/| for 1,
# in a run of digits that holds at least one real digit and touches no Latin word.
_LIKE_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_NUMBER_WITH_LETTERS = re.compile(
    r"(?<![A-Za-z])(?=[0-9OolI|]*[0-9])(?=[0-9OolI|]*[OolI|])[0-9OolI|]++(?![A-Za-z])"
)
# A leading vowel is written before its consonant, and mai han-akat always has a final
# consonant after it: neither ends a word, so a space after one (or after mai han-akat's
# tone mark) is a layer's word break set inside the word ('ตำบลแ จระแม', 'จังหวั ดนครปฐม').
_SPACE_INSIDE_WORD = re.compile(
    r"(?:(?<=[\u0e40-\u0e44])|(?<=\u0e31)|(?<=\u0e31[\u0e48-\u0e4b]))[ \u00a0]+(?=[\u0e01-\u0e2e])"
)

# What a layer is known to lose that the picture can give back, letter by letter.
_MARKS_DROPPED = frozenset("\u0e48\u0e49\u0e4a\u0e4b\u0e4c")  # tone marks, thanthakhat
_READ_AS = {"ล": "ส"}  # the layer's letter -> the picture's, where layers misread it
_LAYERS_LETTER = {v: k for k, v in _READ_AS.items()}
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_CONSONANT = re.compile(r"[\u0e01-\u0e2e]")
_SPACE_IN_THAI = re.compile(r"(?<=[\u0e01-\u0e4e])[ \u00a0](?=[\u0e01-\u0e4e])")
MIN_WORD_LETTERS = 4  # the picture's words that may join a layer's pieces: no syllable


def mended_by_rule(kind: str, value: str) -> str:
    """`value` with the misreads its own type shows mended: digits for Thai numerals and
    for Latin letters read among digits (numbers and addresses), and no space after a
    leading vowel (Thai words)."""
    if kind in _DIGIT_TYPES or kind == "text":
        value = _NUMBER_WITH_LETTERS.sub(lambda m: m.group().translate(_LIKE_DIGIT), value)
        value = thai_digits_to_arabic(value)
    if kind == "name" or kind == "text" or kind == "province":
        value = _SPACE_INSIDE_WORD.sub("", value)
    return value


def _passes(kind: str, value: str) -> bool:
    """Whether `value` is a value of its digit type: an ID whose check digit holds, a
    Thai phone's shape, a date that exists, five digits of a postal code."""
    if kind == "national_id":
        digits = normalise_national_id(value)
        return digits is not None and national_id_is_valid(digits)
    if kind == "phone":
        return normalise_phone(value) is not None
    if kind == "date":
        return parse_date(value) is not None
    if kind == "postal_code":
        return normalise_postal_code(value) is not None
    return True


def _same(kind: str, a: str, b: str) -> bool:
    """The two readings say the same thing (digits compared as digits)."""
    if kind == "national_id":
        return normalise_national_id(a) == normalise_national_id(b) is not None
    if kind == "phone":
        return normalise_phone(a) == normalise_phone(b) is not None
    if kind == "date":
        return parse_date(a) == parse_date(b) is not None
    return " ".join(a.split()) == " ".join(b.split())


def lent_by_picture(
    layer: str, picture: str, *, words_at_least: int = 1, swaps: bool = False
) -> str:
    """The layer's value with what the picture's reading of the same words shows the
    layer lost: a tone mark or thanthakhat, ส read as ล, a space inside a Thai word, and
    with `swaps` one consonant read as another of like shape (one only: the picture's
    own misreads are as likely as the layer's beyond that). Every other difference
    keeps the layer's letters. The spaces stay when joining them would leave fewer than
    `words_at_least` words (a name's given and family name: the picture may have read
    the gap between them too narrow)."""
    a, b = normalise_thai_text(layer), normalise_thai_text(picture)
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    swapped = sum(_swapped(a[i1:i2], b[j1:j2]) for op, i1, i2, j1, j2 in opcodes if op == "replace")
    swaps = swaps and swapped == 1
    joined = _lent(a, b, opcodes, join=True, swaps=swaps)
    if len(joined.split()) >= min(words_at_least, len(a.split())):
        return joined
    return _lent(a, b, opcodes, swaps=swaps)


def _lent(
    a: str,
    b: str,
    opcodes: Sequence[tuple[str, int, int, int, int]],
    *,
    join: bool = False,
    swaps: bool = False,
) -> str:
    out: list[str] = []
    for op, i1, i2, j1, j2 in opcodes:
        mine, theirs = a[i1:i2], b[j1:j2]
        if op == "insert" and set(theirs) <= _MARKS_DROPPED and _after_thai(a, i1):
            out.append(theirs)  # a mark the layer dropped
        elif op == "replace" and _marks_and_misreads(mine, theirs):
            out.append(theirs)  # letters the layer misread, marks it dropped
        elif swaps and op == "replace" and _swapped(mine, theirs):
            out.append(theirs)  # the one consonant the two readings read apart
        elif join and op == "delete" and not mine.strip() and _inside_thai_word(a, i1, i2):
            continue  # a space the layer set inside a word the picture reads whole
        else:
            out.append(mine)
    return "".join(out)


def _swapped(mine: str, theirs: str) -> int:
    """How many consonants `theirs` reads otherwise than `mine`, letter for letter and
    nothing else apart (0 when anything else differs)."""
    if len(mine) != len(theirs):
        return 0
    pairs = [(m, t) for m, t in zip(mine, theirs, strict=True) if m != t]
    return len(pairs) if all(_CONSONANT.match(m) and _CONSONANT.match(t) for m, t in pairs) else 0


def with_page_words(value: str, words: frozenset[str], *, words_at_least: int = 1) -> str:
    """`value` mended by the picture's words on the same page, where the field's own
    reading did not reach (the picture read the address's first line, the province on
    its own): a space the layer set inside a word one of them spans ('จังหวัดอุ
    บลราชธานี' against the province 'อุบลราชธานี'), and a word of them the layer wrote
    with its marks dropped or ส read as ล ('จังหวัดศรีละเกษ' against 'ศรีสะเกษ')."""
    text = value
    for space in reversed(list(_SPACE_IN_THAI.finditer(value))):
        left = re.search(r"\S*$", text[: space.start()])
        right = re.match(r"\S*", text[space.end() :])
        before = left.group() if left else ""
        after = right.group() if right else ""
        whole = before + after
        # the word spans the space and holds one piece whole: a piece cut off a word,
        # not two words a gluing reading ran together at their ends
        spans = any(
            w in whole and w not in before and w not in after and (before in w or after in w)
            for w in words
        )
        if spans and len(text.split()) > words_at_least:
            text = text[: space.start()] + text[space.end() :]
    return "".join(_word_mended(token, words) for token in re.split(r"(\s+)", text))


def _as_layers_read(word: str) -> str:
    """A word as a layer that drops marks and reads ส as ล writes it."""
    return "".join(_LAYERS_LETTER.get(c, c) for c in word if c not in _MARKS_DROPPED)


def _word_mended(token: str, words: frozenset[str]) -> str:
    """`token` with a picture's word it holds in the layer's misreading given back."""
    for word in words:
        if word not in token and _as_layers_read(word) in _as_layers_read(token):
            opcodes = SequenceMatcher(None, token, word, autojunk=False).get_opcodes()
            token = _lent(token, word, opcodes)
    return token


def _after_thai(text: str, at: int) -> bool:
    return at > 0 and _THAI_LETTER.match(text[at - 1]) is not None


def _inside_thai_word(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(before and after and _THAI_LETTER.match(before) and _THAI_LETTER.match(after))


def _misread(mine: str, theirs: str) -> bool:
    """Letter for letter, each difference a misread layers make (ล for ส)."""
    return all(m == t or _READ_AS.get(m) == t for m, t in zip(mine, theirs, strict=True))


def _marks_and_misreads(mine: str, theirs: str) -> bool:
    """`theirs` is `mine` with letters misread by the layer given back and marks it
    dropped added: 'ล' against 'ส', 'ลง' against 'สง่' (an aligner may join the two
    differences into one)."""
    kept = "".join(c for c in theirs if c not in _MARKS_DROPPED)
    return len(kept) == len(mine) and _misread(mine, kept)


def _flagged(candidate: FieldCandidate, value: str, flag: str) -> FieldCandidate:
    flags = list(dict.fromkeys([*candidate.provenance.flags, flag]))
    prov = candidate.provenance.model_copy(update={"flags": flags})
    return candidate.model_copy(update={"value": value, "provenance": prov})


def checked_candidate(
    candidate: FieldCandidate,
    kind: str,
    picture: FieldCandidate | None,
    words: frozenset[str] = frozenset(),
) -> FieldCandidate:
    """One value of the layer, mended by rule and then checked against the picture's
    reading of the same field (None: the picture gave none) and `words`, the picture's
    words on the same page."""
    value = mended_by_rule(kind, candidate.value)
    least = 2 if kind == "name" else 1  # a name keeps its given and family name apart
    if picture is not None and kind in _DIGIT_TYPES and not _same(kind, value, picture.value):
        seen = picture.value
        sure = DOUBTFUL not in picture.provenance.flags
        if _passes(kind, seen) and (not _passes(kind, value) or sure):
            return _flagged(candidate, seen, MENDED)
        return _flagged(candidate, value, DISPUTED)
    if kind in _WORD_TYPES:
        if picture is not None:
            sure = kind == "name" and DOUBTFUL not in picture.provenance.flags
            lent = lent_by_picture(value, picture.value, words_at_least=least, swaps=sure)
            value = lent if lent != normalise_thai_text(value) else value
        value = with_page_words(value, words, words_at_least=least)
    return _flagged(candidate, value, MENDED) if value != candidate.value else candidate


def checked_layer(
    candidates: Sequence[FieldCandidate],
    picture: Sequence[FieldCandidate],
    field_type: Callable[[str], str],
) -> list[FieldCandidate]:
    """`candidates` with each value read from a scanner's layer checked (the others as
    they are) against `picture`, the same pages read from their image: per key and
    page, the picture's surest value, and the words of all its values on the page."""
    best: dict[tuple[str, int | None], FieldCandidate] = {}
    words: dict[int | None, set[str]] = {}
    for seen in picture:
        at = (seen.key, seen.provenance.page)
        if seen.value.strip() and (at not in best or seen.confidence > best[at].confidence):
            best[at] = seen
        words.setdefault(seen.provenance.page, set()).update(
            w
            for w in normalise_thai_text(seen.value).split()
            if len(_THAI_LETTER.findall(w)) >= MIN_WORD_LETTERS
        )
    out: list[FieldCandidate] = []
    for candidate in candidates:
        if LAYER_FLAG not in candidate.provenance.flags:
            out.append(candidate)
            continue
        page = candidate.provenance.page
        same = best.get((candidate.key, page))
        on_page = frozenset(words.get(page, ()))
        out.append(checked_candidate(candidate, field_type(candidate.key), same, on_page))
    return out


def layer_checked(
    candidates: Sequence[FieldCandidate], picture: Sequence[FieldCandidate], labels: object
) -> list[FieldCandidate]:
    """`checked_layer` with the fields' types from the templates' label index (a plain
    index knows none: every field is then read as text)."""
    field_type: Callable[[str], str] = getattr(labels, "field_type", lambda _key: "text")
    return checked_layer(candidates, picture, field_type)
