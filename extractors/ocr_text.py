"""Reading rules for OCR'd text: what Thai OCR gets wrong in a known way, put right.

Tesseract's mistakes on a Thai form are not random. It drops the thin marks above and
below a letter (tone marks, ุ, ั) more than anything else, especially once a page has been
binarised; it confuses a few letters that differ by one small stroke (ช/ซ); it spaces
a Latin word apart at its dots (`kittipong. i@example.net`) and reads O for 0 and l for 1
inside numbers; it turns a speck at the margin into a lone letter. Each rule here undoes
one of those, on text alone, and never decides a value is right: every OCR value stays
flagged for review with its confidence (see `extractors.ocr`).

- `restore_marks`: two readings of one line (the binarised page and the grey page) that
  agree on the letters but not on the marks: the marks one of them saw are put back,
  and of two marks one of which is the other with a stroke more (ี and ื), the fuller.
- `repair_label`: the label at the start of a line matched to a known label by its
  skeleton (letters without marks, look-alike letters folded), within a small edit
  distance; a typed field's value must then have the field's type.
- `repair_value`: a typed value (ID, phone, postal code, date, email) read with look-alike
  characters, spaced-out dots or a stray mark after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from difflib import SequenceMatcher

from extractors.base import FieldType
from extractors.labels import canonical
from extractors.thai import (
    ABBREVIATED_WORD,
    THAI_MONTH_ABBREVIATIONS,
    normalise_thai_text,
    thai_digits_to_arabic,
)
from extractors.validate import national_id_is_valid

# Thai marks that sit above or below a letter: tone marks, upper and lower vowels,
# thanthakhat, nikhahit. OCR drops them more often than any other character.
THAI_MARKS = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d"
)
_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_ABOVE = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e4d")
_BELOW = frozenset("\u0e38\u0e39\u0e3a")
# Letters that differ by a stroke OCR easily loses or adds, folded to one (ซ is ช with a
# tail, ฃ ข, ฅ ค, ฎ ฏ with a foot). Only used to compare labels, never to change a value.
_LOOK_ALIKE = str.maketrans("ซฃฅฎ", "ชขคฏ")
# Two readings of a line are the same line when their letters agree this well.
SAME_LINE = 0.8
UNTYPED = frozenset({"text", "name"})


# --- marks from a second reading --------------------------------------------------------


def skeleton(text: str) -> str:
    """Canonical letters without Thai marks, look-alikes folded: what OCR reads surely."""
    return "".join(ch for ch in canonical(text) if ch not in THAI_MARKS).translate(_LOOK_ALIKE)


def restore_marks(
    text: str, confidences: Sequence[float], other: str, other_confidences: Sequence[float]
) -> tuple[str, tuple[float, ...]]:
    """`text` with the Thai marks `other` saw and `text` lost, where both readings agree
    on every letter around them, and the fuller of two marks where `other`'s is `text`'s
    with a stroke more (`_FULLER`). Where the readings disagree on a letter or on marks
    otherwise, `text` is kept as read. Confidences (one per non-space character) follow
    the characters; a mark taken keeps the confidence the other reading gave it."""
    matcher = SequenceMatcher(None, text, other, autojunk=False)
    out: list[str] = []
    conf: list[float] = []
    own = _char_confidences(text, confidences)
    theirs = _char_confidences(other, other_confidences)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        fuller = op == "replace" and _fuller_mark(text[a0:a1], other[b0:b1])
        if fuller or (op == "insert" and _marks_fit(text, a0, other[b0:b1])):
            out.append(other[b0:b1])
            conf += [theirs[j] for j in range(b0, b1)]
            continue
        out.append(text[a0:a1])
        conf += [own[i] for i in range(a0, a1) if not text[i].isspace()]
    return "".join(out), tuple(conf)


# A mark and the marks that are it with a stroke more: ี is ิ with a tick, ื is ี with
# another, ู is ุ with a tail. A cut thins such a stroke away far more often than a speck
# adds one just there, so where one reading saw the fuller mark on the same letters it
# was written (กลางคืนมีดมาก beside กลางคืนมืดมาก, ชยางกุร beside ชยางกูร).
_FULLER = {"\u0e34": "\u0e35\u0e37", "\u0e35": "\u0e37", "\u0e38": "\u0e39"}


def _fuller_mark(mine: str, theirs: str) -> bool:
    """Whether `theirs` is the one mark `mine` is with a stroke more."""
    return len(mine) == len(theirs) == 1 and theirs in _FULLER.get(mine, "")


def _char_confidences(text: str, confidences: Sequence[float]) -> list[float]:
    """One confidence per character of `text` (spaces get 1.0, never used)."""
    out, it = [], iter(confidences)
    for ch in text:
        out.append(1.0 if ch.isspace() else next(it, 0.0))
    return out


def _marks_fit(text: str, at: int, marks: str) -> bool:
    """Whether `marks` inserted at `at` completes a Thai letter cluster: only marks, after
    a Thai consonant, and the cluster then holds at most one mark of each place."""
    if not marks or any(ch not in THAI_MARKS for ch in marks):
        return False
    start = at
    while start > 0 and text[start - 1] in THAI_MARKS:
        start -= 1
    if start == 0 or not ("\u0e01" <= text[start - 1] <= "\u0e2e"):
        return False
    end = at
    while end < len(text) and text[end] in THAI_MARKS:
        end += 1
    cluster = text[start:at] + marks + text[at:end]
    places = (_TONES, _ABOVE, _BELOW, frozenset("\u0e4c"))
    return all(sum(ch in place for ch in cluster) <= 1 for place in places)


def same_line(a: str, b: str) -> bool:
    """Whether two OCR lines read the same printed line (by their skeletons)."""
    sa, sb = skeleton(a), skeleton(b)
    if not sa or not sb:
        return False
    return SequenceMatcher(None, sa, sb, autojunk=False).ratio() >= SAME_LINE


# A speck or the end of a leader read at the end or the start of a line of Thai: one or
# two digits, Latin letters or punctuation, apart from the Thai word or glued to its end
# (`มืดมาก 1`, `บ้าน00`, `ติดต่อ i`, `1 ข้าพเจ้า`).
_SPECKS = "0-9A-Za-z|!.,'\"`~\\-"
# (glued, only digits and Latin letters: a dot after Thai letters is an abbreviation's)
_SPECK_TAIL = re.compile(f"(?<=[\u0e01-\u0e4e])(?: [{_SPECKS}]{{1,2}}|[0-9A-Za-z]{{1,2}})$")
_SPECK_HEAD = re.compile(f"^[{_SPECKS}]{{1,2}} (?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_THAI_END = re.compile("[\u0e01-\u0e4e]$")
_THAI_START = re.compile("^[\u0e01-\u0e2e\u0e40-\u0e44]")
ENDS_COMPARED = 3  # letters of the skeleton two readings must agree on at a line's end


def without_unshared_specks(
    text: str, confidences: Sequence[float], other: str
) -> tuple[str, tuple[float, ...]]:
    """`text` without the speck at its end or start (`_SPECK_TAIL`, `_SPECK_HEAD`) that
    `other`, another reading of the same line, does not have where both read the same
    letters. A speck is where the ink cut falls (specks, a leader's end, a fold), and the
    readings of one page cut it differently; a number written on the line is in every
    reading. Confidences (one per non-space character) follow the characters kept."""
    conf = tuple(confidences)
    tail = _SPECK_TAIL.search(text)
    if tail and _THAI_END.search(other):
        kept = text[: tail.start()]
        if _same_end(skeleton(kept), skeleton(other)):
            text, conf = kept, conf[: len(conf) - len(tail.group().strip())]
    head = _SPECK_HEAD.match(text)
    if head and _THAI_START.match(other):
        kept = text[head.end() :]
        if skeleton(kept)[:ENDS_COMPARED] == skeleton(other)[:ENDS_COMPARED]:
            text, conf = kept, conf[len(head.group().strip()) :]
    return text, conf


def _same_end(a: str, b: str) -> bool:
    return len(a) >= ENDS_COMPARED and a[-ENDS_COMPARED:] == b[-ENDS_COMPARED:]


def marks_restored(text: str, other: str) -> str:
    """`restore_marks` on text alone (equal confidences): for tests and callers without."""
    ones = [1.0] * len(text.replace(" ", ""))
    twos = [1.0] * len(other.replace(" ", ""))
    return normalise_thai_text(restore_marks(text, ones, other, twos)[0])


# --- labels -------------------------------------------------------------------------------


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or limit + 1 once it is certain to exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def allowed_edits(form: str, typed: bool) -> int:
    """Edits allowed between a known label's skeleton and what OCR read: none below four
    letters (a short word changed by one letter is another word), one up to eight, then
    one per eight letters; one more for a typed field, whose value must show its type."""
    if len(form) < 4:
        return 0
    return max(1, len(form) // 8) + (1 if typed and len(form) >= 5 else 0)


class LabelSkeletons:
    """Known labels by skeleton, to find the one an OCR'd line starts with."""

    def __init__(self, forms: Mapping[str, str], field_type: Callable[[str], FieldType]) -> None:
        # skeleton -> field key -> one canonical label with that skeleton
        self._keys: dict[str, dict[str, str]] = {}
        for form, key in forms.items():
            self._keys.setdefault(skeleton(form), {}).setdefault(key, form)
        # (skeleton, key, label, type, edits allowed) in the order `nearest` tries them:
        # worked out once, not on every line of every reading (a page asked this a few
        # hundred times, each over every known label: a tenth of an OCR'd page's time)
        self._entries: list[tuple[str, str, str, FieldType, int]] = []
        for shape, keys in self._keys.items():
            for key, form in keys.items():
                kind = field_type(key)
                self._entries.append(
                    (shape, key, form, kind, allowed_edits(shape, kind not in UNTYPED))
                )
        # the same words come back in every reading of a page and on every page
        self._seen: dict[str, tuple[int, str, str, FieldType] | None] = {}

    def nearest(self, written: str) -> tuple[int, str, str, FieldType] | None:
        """(edits, key, a canonical label of it, its type) for the one field whose known
        label is within the allowed edits of `written`; None when none is or two fields
        are. A short label (under eight letters) may have lost or changed a letter, never
        gained one: `เรื่องนี้` is the word เรื่อง and more, not เรื่อง misread."""
        got = skeleton(written)
        if not got:
            return None
        if got not in self._seen:
            if len(self._seen) >= MAX_SEEN:
                self._seen.clear()
            self._seen[got] = self._nearest(got)
        return self._seen[got]

    def _nearest(self, got: str) -> tuple[int, str, str, FieldType] | None:
        best: dict[str, tuple[int, str, FieldType]] = {}
        for shape, key, form, kind, limit in self._entries:
            if len(shape) < SHORT_LABEL and len(got) > len(shape):
                continue
            if abs(len(got) - len(shape)) > limit:
                continue  # what edit_distance would say at once, without the call
            distance = edit_distance(got, shape, limit)
            if distance <= limit:
                known = best.get(key)
                if known is None or distance < known[0]:
                    best[key] = (distance, form, kind)
        if not best:
            return None
        ranked = sorted(best.items(), key=lambda kv: kv[1][0])
        if len(ranked) > 1 and ranked[1][1][0] == ranked[0][1][0]:
            return None  # two fields as near: the label cannot be told
        key, (distance, form, kind) = ranked[0]
        return distance, key, form, kind


SHORT_LABEL = 8
MAX_SEEN = 4096  # skeletons whose nearest label is remembered, per set of labels
MAX_LABEL_WORDS = 4
MAX_JUNK_WORDS = 2  # specks read as letters before the label ("ร วหัส ...", "1 ว?หัส")


def repair_label(
    text: str,
    skeletons: LabelSkeletons,
    has_type: Callable[[FieldType, str], bool],
) -> str | None:
    """The line rewritten as `label value` with a known label (its canonical form) when
    its first words are such a label misread; None when they are not. Of the ways to
    read the first words as a label, the nearest wins, then the one of fewest words (a
    value's first word is not swallowed into the label). `has_type(kind, value)` says
    whether a value fits a typed field: a label matched loosely must be confirmed by
    its value."""
    words = text.split(" ")
    options: list[tuple[int, int, str]] = []  # (edits, words used, rewritten line)
    for skip in range(min(MAX_JUNK_WORDS, len(words) - 1) + 1):
        if skip and len(words[skip - 1]) > 2:
            break
        for n in range(1, min(MAX_LABEL_WORDS, len(words) - skip) + 1):
            found = skeletons.nearest(" ".join(words[skip : skip + n]))
            if found is None:
                continue
            distance, _key, form, kind = found
            value = " ".join(words[skip + n :]).strip()
            if kind not in UNTYPED and value and not _fits(kind, value, has_type):
                continue
            options.append((distance, skip + n, form + (f" {value}" if value else "")))
    return min(options)[2] if options else None


# A phone's label with its opening syllable and its tail misread and its word ศัพท์ read
# (`ไหวศัพท์มือถิง` for โทรศัพท์มือถือ, `ไทรศัพท์`): a line's first letters are where OCR
# reads worst (the edge of the ink, a box's side), and ศัพท์ is in no other label. Up to
# two specks before it (`ว ไทรศัพท์`); the word's tail is Thai letters only (a value's
# digit glued to it stays the value's).
_PHONE_WORD = re.compile(r"^(?:\S{1,2}\s+){0,2}[\u0e01-\u0e4e]*ศัพท์[\u0e01-\u0e4e]*")


def with_phone_word(text: str) -> str | None:
    """The line with the word holding ศัพท์ at its start read as the phone's label
    (`โทรศัพท์`), or None where it has none. The caller keeps it only where the label
    reader then reads a phone there."""
    m = _PHONE_WORD.match(text.strip())
    return None if m is None else "โทรศัพท์" + text.strip()[m.end() :]


def _fits(kind: FieldType, value: str, has_type: Callable[[FieldType, str], bool]) -> bool:
    """Whether a typed value has its type once its known misreadings are undone: look-
    alike characters, a date's slash read with the year's ๒ as ๗, and a speck or junk
    words after it (`ปีเก๑ ๒๑/๐๖/๒๕๐๓ 1`), which
    the reading of the value then drops as well (`ocr._value_repaired`)."""
    value = repair_value(kind, value)
    if kind == "date":  # the value then read so is flagged (`ocr._repaired_date`)
        value = with_date_slash_restored(value)
    fits = lambda v: has_type(kind, v)  # noqa: E731
    return fits(without_trailing_junk(without_trailing_speck(value, fits), fits))


# --- typed values ---------------------------------------------------------------------------

_DIGIT_LOOK_ALIKE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "!": "1"})
# A run of digits and digit look-alikes with at least one real digit, not inside a word.
_NUMBER_RUN = re.compile(r"(?<![A-Za-z])[0-9๐-๙OolI|!]*[0-9๐-๙][0-9๐-๙OolI|!]*(?![A-Za-z])")
_SPACED_DOT = re.compile(
    r"(?<=[A-Za-z0-9_])\s*([._@-])\s+(?=[A-Za-z0-9_])|(?<=[A-Za-z0-9_])\s+([._@])(?=[A-Za-z0-9_])"
)
_TRAILING_SPECK = re.compile(r"\s+\S{1,2}$")
# Two or more dots inside an address's local part: no address has them (RFC 5321), but
# an underscore, a low line where leaders sit, comes out of binarisation as dots.
_DOTTED_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9])\.{2,}(?=[A-Za-z0-9][A-Za-z0-9._%+-]*@)")
# A value that is one Latin word, one space and an address: an underscore between them
# lost with the leaders it sits among (`porntip maneerat@example.org`). Not before an
# address of one letter: an initial, which addresses join with a dot (`thidarat.m@`),
# a dot a cut lost; another reading that kept it gives the address whole.
_LOST_UNDERSCORE = re.compile(
    r"^(\s*[:：]?\s*[A-Za-z][A-Za-z0-9]*) (?=[A-Za-z0-9][A-Za-z0-9._%+-]+@[^\s@]+\s*$)"
)
_LOCAL_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+/!-]*(?=@)")
# A year of birth after a name, its 1 read as l: Tesseract takes the flag of a 1 set tight
# after letters for an l (`sakchail961`). Only 19xx: an l before any other three digits
# may be a name's own (`kamol`, `mongkol`) and cannot be told from a 1.
_YEAR_WITH_L = re.compile(r"(?<=[A-Za-z])[lI|](?=9[0-9]{2}(?![0-9]))")
# A 7 read as its stroke alone (`wanna/8`): no address is written with a slash.
_SLASH_SEVEN = re.compile(r"/(?=[0-9])|(?<=[0-9])/")
# A 1 read as `!` (a stroke and its foot), before or after a digit: no address is
# typed with one (`thanakorn!972@`).
_BANG_ONE = re.compile(r"!(?=[0-9])|(?<=[0-9])!")
DIGIT_TYPES = frozenset({"national_id", "phone", "postal_code", "date"})


def repair_value(kind: FieldType, value: str) -> str:
    """A typed value with OCR's known misreadings undone; other values as they are."""
    if kind in DIGIT_TYPES:
        return _NUMBER_RUN.sub(lambda m: m.group(0).translate(_DIGIT_LOOK_ALIKE), value)
    if kind == "email":
        joined = _SPACED_DOT.sub(lambda m: m.group(1) or m.group(2), value)
        joined = _LOST_UNDERSCORE.sub(r"\1_", _DOTTED_UNDERSCORE.sub("_", joined))
        return _with_generic_tld(_LOCAL_PART.sub(_local_part_repaired, joined))
    return value


def _local_part_repaired(m: re.Match[str]) -> str:
    """An address's local part with its digits read as look-alikes put back, and an
    underscore read as two dashes (`somying--jaidee`) or a dash and a dot (`wichai-.s`),
    which no address is written with."""
    local = _SLASH_SEVEN.sub("7", _YEAR_WITH_L.sub("1", _BANG_ONE.sub("1", m.group(0))))
    return _DASHED_UNDERSCORE.sub("_", local)


# An underscore read as two dashes, or a dash and a dot either way round.
_DASHED_UNDERSCORE = re.compile(r"--|-\.|\.-")


# The generic top-level domains nearly every personal address ends in. Any two of them
# differ by two letters or more, so a label one letter off is near one of them at most.
GENERIC_TLDS = ("com", "net", "org", "info", "edu", "gov")
_TLD = re.compile(r"(?<=@)([A-Za-z0-9.-]+\.)([A-Za-z]{3,5})$")


def _with_generic_tld(value: str) -> str:
    """An address whose top-level domain of three letters or more is one edit (a letter
    changed, added or lost) from exactly one generic one, with that one: Tesseract reads
    a g whose descender a thin face or a cut lost as e (`.ore`), or as e and g (`.oreg`),
    and m as n (`.con`). A two-letter domain is a country's and stays as read, and so
    does a known one."""
    found = _TLD.search(value.rstrip())
    if found is None or found.group(2).lower() in GENERIC_TLDS:
        return value
    tld = found.group(2).lower()
    near = [g for g in GENERIC_TLDS if edit_distance(tld, g, 1) <= 1]
    if len(near) != 1:
        return value
    return value[: found.start(2)] + near[0]


# What is left of dot leaders once the ink is cut leniently: a run of dots, dashes or
# tildes between the label and the value, or after the value. No value starts so;
# "+66..." and "(0...)" do not start with these.
_LEADING_REMNANT = re.compile(r"^(\s*[:：]?\s*)[~\-–.=_`'·…,]+\s*(?=\S)")
_TRAILING_REMNANT = re.compile(r"(?<=\S)\s*[~\-–.=_·…]{2,}\s*$")


# Leader remnants glued to the start of a word after a space, and at the line's end.
_REMNANT_ON_WORD = re.compile(r"(?<=\s)[~\-–.=_·…]+(?=[^\s~\-–.=_·…])|\s*[~\-–.=_·…]{2,}\s*$")


# A printed dotted line as read: two or more dots (spaces among them), or a dot standing
# alone between spaces. No value holds either: an abbreviation's dot (พ.ศ., ม.) and a
# decimal point touch a letter or digit on both sides, and a dot standing alone is none.
# The spaces either side go with it: a lone dot between a label and its value (`โทรศัพท์ .
# 081-...`) left as three spaces would part them as two cells of a row.
_DOT_LEADER = re.compile(r"\s*\.(?:\s*\.)+\s*|\s+\.\s+")


def without_dot_leaders(line: str) -> str:
    """The line with the dotted lines a paper form prints between its labels and the
    values written on them made a gap: printed as black as the labels, no ink cut removes
    them, and they are read as runs of dots (`จังหวัด ..เชียงใหม่.. รหัสไปรษณีย์ ..50180.`)
    that hide where one value ends and the next label starts, and split a value written
    in groups over them (`089..330..7146`). A line with an email address is left to the
    email rules: dots in its local part stand for an underscore."""
    if "@" in line:
        return line
    return _DOT_LEADER.sub(" ", line).strip()


def without_glued_remnants(line: str) -> str:
    """The whole line without leader remnants glued to a word's start or ending it: where
    they hide the label's value from the label reader (after an English label a value
    must show its type: `E-mail .-Piyanut.p@Example.org.........---`)."""
    return _REMNANT_ON_WORD.sub("", line)


def without_leader_remnants(value: str) -> str:
    """`value` (what follows a label) without the leader remnants before and after it."""
    value = _LEADING_REMNANT.sub(lambda m: m.group(1) or " ", value)
    return _TRAILING_REMNANT.sub("", value)


def without_trailing_speck(value: str, fits: Callable[[str], bool]) -> str:
    """`value` without a last word of one or two characters (a speck read as a letter or
    digit) when only then does it fit its type."""
    if fits(value):
        return value
    shorter = _TRAILING_SPECK.sub("", value)
    return shorter if shorter != value and fits(shorter) else value


MAX_TRAILING_JUNK = 4  # words of junk after a typed value: leaders, specks, a stray mark


def without_trailing_junk(value: str, fits: Callable[[str], bool]) -> str:
    """`value` without the fewest last words (at most MAX_TRAILING_JUNK) after which it
    fits its type: dot leaders a grey reading keeps come out as digits and dashes after
    the value (`02 459 2341 0 020202080090 0`, `๑๒ พฤศจิกายน ๒๕๑๐ - 3:`). A value that
    fits as read, or fits no shorter, stays as read."""
    if fits(value):
        return value
    words = value.split(" ")
    for n in range(1, min(MAX_TRAILING_JUNK, len(words) - 1) + 1):
        shorter = " ".join(words[:-n]).rstrip()
        if shorter and fits(shorter):
            return shorter
    return value


# A leader remnant at the start of a wrapped line, glued to the Thai word after it
# (`-.ข้าพเจ้า`): a bullet a citizen typed has a space after it and stays.
_GLUED_REMNANT = re.compile(r"^[~\-–.=_`'·…,]+(?=[\u0e01-\u0e4e])", re.MULTILINE)


def without_wrapped_remnants(value: str) -> str:
    """Free text running over several lines without the leader remnants glued to the
    start of its wrapped lines (the first line's are handled with its label)."""
    first, sep, rest = value.partition("\n")
    return first + sep + _GLUED_REMNANT.sub("", rest) if sep else value


# Dashes, dots, tildes glued between two words or a number and a word, with no space.
_GLUED_LEADER = re.compile(
    r"(?<=[\u0e01-\u0e4e0-9\u0e50-\u0e59])[-–~=.]+(?=[\u0e01-\u0e4e0-9\u0e50-\u0e59])"
)
# The word before an abbreviation's dot (extractors.thai.ABBREVIATED_WORD) at the end.
_ABBREVIATED = re.compile(rf"(?:^|[\s.\-–~=]){ABBREVIATED_WORD}$")


def without_leaders_between_words(value: str) -> str:
    """Free text with the leader remnants glued into the gaps between its words made
    spaces again: under a value the dotted leader shows through each gap, and the
    lenient cut reads it there (`166-หมู่-1.ซอย9-ถนนสุขุมวิท-ต.บางปลาสร้อย`). Only between
    a Thai letter and a word or a number: a dash or dot between digits (`21-23`, `10.30`)
    is written, and so is the dot after an abbreviation (`ต.ในเมือง`, `ม.2`)."""
    return _GLUED_LEADER.sub(lambda m: _gap(m, value), value)


def _gap(m: re.Match[str], value: str) -> str:
    before, after = value[m.start() - 1], value[m.end()]
    if before.isdigit() and after.isdigit():
        return m.group(0)
    if m.group(0) == "." and _ABBREVIATED.search(value[: m.start()]):
        return m.group(0)
    return " "


# A letter carrying ์ with a letter after it, at the start of a word of a name or right
# after the title the given name is written against.
_SILENT_OPENING = re.compile(
    r"(?:^|(?<=\s)|(?<=^นางสาว)|(?<=^นาย)|(?<=^นาง))([\u0e01-\u0e2e])\u0e4c(?=[\u0e01-\u0e2e])"
)


def with_opening_vowel(name: str) -> str:
    """A name with the ์ Tesseract read on the first letter of one of its words made the
    ั it is: ์ silences the last letter of a syllable, and no word opens with one;
    ั and ์ are both a short stroke over a letter (`นายณ์ฐวุฒิ` for `นายณัฐวุฒิ`)."""
    return _SILENT_OPENING.sub("\\1\u0e31", name)


# A Thai address opening `<house number> หมู่ <village number>` in Thai, its หมู่ read as a
# short Latin word (`ny`, `KY`, `wy`: Tesseract reads a Thai word it cannot make out as
# Latin, see `looks_misread`).
_VILLAGE_AS_LATIN = re.compile(
    r"^(\s*[0-9]+(?:/[0-9]+)?) [A-Za-z]{1,4} ([0-9]{1,2}) (?=[\u0e01-\u0e2e\u0e40-\u0e44])"
)


def with_village_word(text: str) -> str:
    """Free text opening with a house number, a short Latin word, a village number and
    Thai, with that word หมู่: the place a Thai address writes it (`822/98 ny 7 ถนน...`)."""
    return _VILLAGE_AS_LATIN.sub("\\1 หมู่ \\2 ", text)


# The titles a Thai name on a form opens with (longest first), and the letters Tesseract
# reads in place of theirs: น as บ or ฝ (the tail at the other end of the bowl, or one too
# tall) or ห (the same bowl and tail, the head's notch seen at the other side), า as ว
# (the hook of า read closed), ส as ล (the tail of ส lost in a thin face).
_TITLES = ("นางสาว", "นาย", "นาง")
_TITLE_READ_AS = {"น": "บฝห", "า": "ว", "ส": "ล"}
MIN_NAME_WORDS = 3  # title, given name, family name: a lone title word stands so
# A title's น and า written close run together and read as แ (its two humps): นาง as แง.
_NA_AA, _NA_AA_READ_AS = "นา", "แ"
# What a stray mark before the title is read as: the ticked box or a leader's end read
# as ห (a box with its tick), a digit or a speck. A Thai letter but ห is a name's own.
_STRAY_BEFORE = re.compile(r"[ห0-9|!'\"“”‘’.,:;*°_~\-]")
# What may open a given name written against its title: a consonant or a leading vowel
# (a vowel or mark after the title's last letter is the word's own: แย้ม, แงะ).
_NAME_OPENING = re.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44]")
# The marks no title carries, read over its letters from a speck: the tones, ็ and ์.
_NO_TITLE_MARKS = _TONES | frozenset("\u0e47\u0e4c")


def with_title_mended(name: str) -> str:
    """A name whose title was misread (`_title_misread`) with that title: a first word
    that is such a title with two words after it (`บาย ธนากร ใจดี`, `นางลาว อรุณี
    วงศ์ใหญ่`, `แง ประไพ มีทรัพย์`), or a first word opening with one and no title as
    written (`ฝางสาวนภัสสร`, `ห่างสาวพรทิพย์`, `หนายสมพงษ์`). A name opening with a
    title as written (`นางลาวัลย์`), or with no title but one of its letters another
    (`นาวิน`), stays as read."""
    words = name.split(" ")
    first = words[0]
    if len(words) >= MIN_NAME_WORDS:
        whole = {t for t in _TITLES if _title_misread(t, first, whole=True) is not None}
        if len(whole) == 1:
            return " ".join([whole.pop(), *words[1:]])
    if any(first.startswith(t) for t in _TITLES):
        return name
    for title in _TITLES:
        end = _title_misread(title, first, whole=False)
        if end is not None:
            return title + name[end:]
    return name


def _title_misread(title: str, word: str, whole: bool) -> int | None:
    """Where in `word` the misread `title` it opens with ends: the title with one letter
    read as its look-alike (`_TITLE_READ_AS`), or its นา read as แ; with a tone mark
    read between its letters (no title carries one: a speck over the line, `ห่าง`) and
    a stray mark read before it (`_STRAY_BEFORE`: `หนาย`, `1หางสาว`) or not. `whole`:
    the word is the title and nothing more; else a given name follows it. None when
    `word` opens with no title so misread, or with the title as written."""
    forms = [(title, True)]
    if title.startswith(_NA_AA):
        forms.append((_NA_AA_READ_AS + title[len(_NA_AA) :], False))
    for skip in (0, 1):
        if skip and not (word and _STRAY_BEFORE.match(word[0])):
            continue
        for form, look_alike in forms:
            end = _misread_prefix(form, title, word, skip, look_alike)
            if end is None or (end == len(word)) != whole:
                continue
            if not whole and not _NAME_OPENING.match(word[end]):
                continue
            return end
    return None


def _misread_prefix(form: str, title: str, word: str, at: int, look_alike: bool) -> int | None:
    """Where `form` (the title, or its นา-as-แ form) read from `word[at:]` ends, tone
    marks and ็ or ์ between its letters skipped and (`look_alike`) one letter read as its
    look-alike; None if it is not so read, or is `title` as written."""
    pos, differ, marks = at, 0, 0
    for i, letter in enumerate(form):
        while i and pos < len(word) and word[pos] in _NO_TITLE_MARKS:
            pos, marks = pos + 1, marks + 1
        if pos >= len(word):
            return None
        if word[pos] != letter:
            if not look_alike or word[pos] not in _TITLE_READ_AS.get(letter, ""):
                return None
            differ += 1
        pos += 1
    if differ > 1 or (form == title and not differ and not marks and not at):
        return None
    return pos


def repair_national_id(value: str, doubtful: Sequence[bool]) -> str | None:
    """The 13 digits with their one doubtful digit changed so that the check digit holds,
    when exactly one digit of the 13 was read doubtfully and exactly one value of it makes
    the ID valid; None otherwise. `doubtful` has one entry per digit of `value`. An ID
    with one digit read as no digit at all (`@`, a letter) in its printed layout is
    completed the same way (`one_unread`), whatever `doubtful` says."""
    unread = one_unread(value)
    if unread is not None:
        return _completed(*unread)
    digits = [ch for ch in value if ch.isdigit()]
    if len(digits) != 13 or len(doubtful) != 13 or national_id_is_valid("".join(digits)):
        return None
    unsure = [i for i, d in enumerate(doubtful) if d]
    if len(unsure) != 1:
        return None
    return _completed(digits, unsure[0])


def _completed(digits: Sequence[str], at: int) -> str | None:
    """The ID with the digit at `at` the one other value that makes it valid, if one."""
    fixes = []
    for d in "0123456789":
        trial = [*digits[:at], d, *digits[at + 1 :]]
        if d != digits[at] and national_id_is_valid("".join(trial)):
            fixes.append("".join(trial))
    return fixes[0] if len(fixes) == 1 else None


# A national ID as printed on the card and written on forms: 1-4-5-2-1 digits.
_ID_LAYOUT = (1, 4, 5, 2, 1)


def one_unread(value: str) -> tuple[list[str], int] | None:
    """(the 13 characters, the place of the one that is no digit) of an ID read with
    one character standing for a digit, in the 1-4-5-2-1 layout or as 13 characters in
    a row; None otherwise. A place the check digit cannot tell (the third weighs 11)
    is left to `_completed` to find ten values for, and so none."""
    groups = [g for g in re.split(r"[-\s]+", value.strip()) if g]
    if tuple(len(g) for g in groups) != _ID_LAYOUT and [len(g) for g in groups] != [13]:
        return None
    chars = list("".join(groups))
    unread = [i for i, ch in enumerate(chars) if not ch.isdigit()]
    if len(unread) != 1:
        return None
    return chars, unread[0]


# A date in digits whose second slash and the year's first digit were read as one 7:
# `/๒` set tight reads as ๗ (the slash a stem leaning into the ๒'s loop), and a year of
# the Buddhist era begins ๒๔ or ๒๕ (`๐๖/๑๒๗๕๒๕` for ๐๖/๑๒/๒๕๒๕).
_SLASH_AND_TWO = re.compile(r"^(\s*[0-9๐-๙]{1,2}/[0-9๐-๙]{1,2})([7๗])(?=[45๔๕][0-9๐-๙]{2}\s*$)")


# The digit 1 as OCR reads it beside another digit in a thin face: a bracket, a bar, a
# Latin l or I ("3] มกราคม" for 31, "l5/04/2530").
_ONE_LOOKALIKE = re.compile(r"(?<=[0-9])[\]|lI](?![A-Za-z0-9])|(?<![A-Za-z0-9])[\]|lI](?=[0-9])")


def with_date_ones_restored(value: str) -> str:
    """A date's digit 1 read as a look-alike glued to its other digits, as a 1."""
    return _ONE_LOOKALIKE.sub("1", value)


def with_date_slash_restored(value: str) -> str:
    """A date `dd/mm` with its year glued on behind a 7 that stands for `/2`, as written."""
    return _SLASH_AND_TWO.sub(lambda m: m.group(1) + ("/๒" if m.group(2) == "๗" else "/2"), value)


def fold_month_words(value: str, months: Sequence[str]) -> str:
    """Words of a date that are a Thai month name with marks lost or look-alike letters
    (`กมภาพันธ์`), written as that month; other words as they are."""
    by_skeleton = {skeleton(m): m for m in months}
    value = _ABBREVIATED_MONTH.sub(_abbreviation, value)
    value = _LATIN_MONTH.sub(_latin_abbreviation, value)
    out = []
    for word in value.split(" "):
        s = skeleton(word)
        if len(s) >= 4 and word not in months:
            near = [m for k, m in by_skeleton.items() if edit_distance(s, k, 1) <= 1]
            if len(near) == 1:
                word = near[0]
        out.append(word)
    return " ".join(out)


# An abbreviated Thai month ("ก.ย.") whose first dot OCR read as the mark below a letter
# (ุ, a dot's size and place) or beside another dot: "กุย.", "ก.ุย.".
_ABBREVIATED_MONTH = re.compile(
    r"(?<![\u0e01-\u0e2e])([\u0e01-\u0e2e]{1,2})[.\u0e38]{1,2}([\u0e01-\u0e2e])\."
)


def _abbreviation(m: re.Match[str]) -> str:
    written = f"{m.group(1)}.{m.group(2)}."
    return written if written in THAI_MONTH_ABBREVIATIONS else m.group(0)


# An abbreviated month of two letters read as the Latin letters of like shape, its dots
# kept or lost (`nw.` for ก.พ.): Tesseract's tha+eng reads a short Thai word it cannot
# make out in the other script, as it reads พ.ศ. `wa.`. Only the look-alikes of the
# letters those months begin and end with that it is seen to make: ก n, พ w, ม u.
_LATIN_MONTH = re.compile(r"(?<![A-Za-z.])([nwWuU])\.?([nwWuU])\.?(?![A-Za-z])")
_THAI_OF_LATIN = str.maketrans({"n": "ก", "w": "พ", "W": "พ", "u": "ม", "U": "ม"})


def _latin_abbreviation(m: re.Match[str]) -> str:
    written = f"{m.group(1)}.{m.group(2)}.".translate(_THAI_OF_LATIN)
    return written if written in THAI_MONTH_ABBREVIATIONS else m.group(0)


def without_one_speck(value: str, fits: Callable[[str], bool]) -> str:
    """`value` without one short word that is no number (`Ju` for วันที่, `wer.` for
    พ.ศ.), when only then does it fit its type; the last word tried first, then the
    first, then the others. Numbers are never dropped: they are the value."""
    if fits(value):
        return value
    words = value.split(" ")
    order = [len(words) - 1, 0, *range(1, len(words) - 1)]
    for i in dict.fromkeys(order):
        word = words[i]
        if not word or len(word) > 4 or any(ch.isdigit() for ch in word):
            continue
        shorter = " ".join(words[:i] + words[i + 1 :])
        if fits(shorter):
            return shorter
    return value


# --- specks ---------------------------------------------------------------------------------

# A Thai consonant standing alone, perhaps with a tone mark, is no Thai word, except these
# two (ณ "at", ธ "you", royal); abbreviations carry their dot ("ต.", "จ.") and stay.
_LONE_CONSONANT = re.compile(r"[\u0e01-\u0e2e][\u0e48-\u0e4b]?")
_ONE_LETTER_WORDS = frozenset("ณธ")


def is_speck(word: str) -> bool:
    """A word that is a speck read as a letter: one Thai consonant alone (`ร`, `ว่`)."""
    return bool(_LONE_CONSONANT.fullmatch(word)) and word not in _ONE_LETTER_WORDS


def drop_specks(text: str, confidences: Sequence[float]) -> tuple[str, tuple[float, ...]]:
    """The line without its speck words (`is_speck`), with the confidences of the rest.
    A line of nothing but specks is kept as read: it is no value anyway."""
    words = text.split(" ")
    if not any(is_speck(w) for w in words) or all(is_speck(w) for w in words):
        return text, tuple(confidences)
    kept_words: list[str] = []
    kept: list[float] = []
    at = 0
    for word in words:
        n = len(word)
        if not is_speck(word):
            kept_words.append(word)
            kept += confidences[at : at + n]
        at += n
    return " ".join(w for w in kept_words if w), tuple(kept)


# --- signs of a misread in free text --------------------------------------------------------

# A short word of Latin letters among Thai words: Tesseract (tha+eng) reads a Thai word
# it cannot make out as Latin (หมู่ as `ui`, `vil`, `wii`; ใจดี as `Tos`).
_LATIN_WORD = re.compile(r"[A-Za-z]{1,5}")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e2e]")
# ใ, ไ and โ take no vowel mark above or below the consonant they go with (nor the
# letter after a leading ห): `ไดื้`, `ใหญุ่` are no Thai. (After a cluster such as พร
# the second letter may begin the next syllable: ไพรี, ไพลิน.)
_VOWEL_AFTER_SOLE_VOWEL = re.compile(
    "[ใไโ](?:ห[\u0e01-\u0e2e]|[\u0e01-\u0e2e])[\u0e31\u0e34-\u0e39\u0e47]"
)


# ั and ื never end a syllable: a consonant (or อ) always follows them (`ติดต่อื`).
_OPEN_VOWEL_AT_END = re.compile("[\u0e31\u0e37](?![\u0e48-\u0e4b]?[\u0e01-\u0e2e])")


def looks_misread(value: str) -> bool:
    """Whether free text (a name, an address, details) shows a sign of a misread that
    its characters' confidences may not: a short Latin word among Thai ones, a Thai
    letter with two marks of one place (`ดิ์ื`), or a syllable Thai spelling cannot have
    (ใ ไ โ with a vowel mark, ั or ื with no letter after it)."""
    words = value.split()
    thai = [w for w in words if _THAI_LETTER.search(w)]
    if thai and any(_LATIN_WORD.fullmatch(w) for w in words):
        return True
    if _VOWEL_AFTER_SOLE_VOWEL.search(value) or _OPEN_VOWEL_AT_END.search(value):
        return True
    return any(not _well_marked(cluster) for cluster in _MARKED.findall(value))


_MARKED = re.compile(f"[\u0e01-\u0e2e][{''.join(sorted(THAI_MARKS))}]{{2,}}")


def _well_marked(cluster: str) -> bool:
    """At most one mark of each place (tone, above, below, thanthakhat) on one letter."""
    places = (_TONES, _ABOVE, _BELOW, frozenset("\u0e4c"))
    return all(sum(ch in place for ch in cluster[1:]) <= 1 for place in places)


# The label a Thai form prints between the given name and the family name.
FAMILY_NAME_LABEL = "นามสกุล"


def without_family_name_label(name: str) -> str:
    """A name with the printed label นามสกุล taken out of it: on `ข้าพเจ้า ....... นามสกุล
    .......` the name written on the first dots runs into the label (`นางสายสนีย์นามสกุล
    บุญประคอง`), and Tesseract reads the label itself one letter off (`บามสกุล`, `นำมสกุล`,
    `นามสกล`), so the label reader sees one value. The label, glued to the end of a word
    or a word of its own, within one edit, with a word after it (the family name)."""
    words = name.split(" ")
    for i, word in enumerate(words[:-1]):
        if not any(w.strip() for w in words[i + 1 :]):
            break
        cut = _label_cut(word)
        if cut is not None:
            head = word[:cut]
            rest = [w for w in words[i + 1 :] if w]
            return " ".join([*words[:i], *([head] if head else []), *rest])
    return name


def _label_cut(word: str) -> int | None:
    """Where the family-name label starts at the end of `word` (0: the whole word), the
    closest reading of it; None when no ending is within one edit of it. A glued label
    leaves two letters or more before it (a given name)."""
    found = []
    for cut in range(len(word)):
        if cut == 1:
            continue
        tail = word[cut:]
        distance = edit_distance(tail, FAMILY_NAME_LABEL, 1)
        if distance <= 1:
            found.append((distance, abs(len(tail) - len(FAMILY_NAME_LABEL)), cut))
    return min(found)[2] if found else None


_NAME_PUNCTUATION = "()[]{}<>“”\"'‘’.,;:|!-_~=*"
_THAI_LETTERS = re.compile("[\u0e01-\u0e2e]")


def without_name_junk(name: str) -> str:
    """A name without what the line around it left on it: the signature line's bracket
    (`( นายวีระพงษ์ สุขเจริญ.`), leader dots (one between the names is a gap), and specks
    read after the family name as digits or Latin letters (`คำแก้ว 000`, `บุญประคอง ce`).
    A Thai name is Thai letters:
    trailing words holding a digit or no Thai letter go, when two words with Thai letters
    stay before them (the name and the family name); a Latin name stays as written."""
    value = _DOT_BETWEEN_NAMES.sub(" ", name.strip(_NAME_PUNCTUATION + " "))
    words = value.split()
    end = len(words)
    while end > 0 and _junk_after_name(words[end - 1]):
        end -= 1
    if end < len(words) and sum(bool(_THAI_LETTERS.search(w)) for w in words[:end]) >= 2:
        value = " ".join(words[:end]).strip(_NAME_PUNCTUATION + " ")
    return value if value else name


# A leader dot read between the given and the family name (`นางอำไพ.คำแสน`): a gap.
# Three Thai characters at least either side: a title's dots (ม.ร.ว.) part single letters.
_DOT_BETWEEN_NAMES = re.compile(r"(?<=[\u0e01-\u0e4e]{3})\.(?=[\u0e01-\u0e4e]{3})")


def _junk_after_name(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or not _THAI_LETTERS.search(word)


# Leader dots left at the ends of a value's words: around a house number's slash, after
# a word, before one. Not the dot of an abbreviation (ต.ในเมือง, ม.3, ถ. สุขุมวิท), and
# not one between digits (10.30).
_DOTS_AT_SLASH = re.compile(r"\.+(?=/)|(?<=/)\.+")
_DOTS_AFTER_WORD = re.compile(r"(?<=[\u0e01-\u0e4e0-9\u0e50-\u0e59])\.+(?=[ \t]|\n|$)")
_DOTS_BEFORE_WORD = re.compile(
    r"(?:(?<=[ \t\n])|^)\.+(?=[\u0e01-\u0e2e\u0e40-\u0e440-9\u0e50-\u0e59])"
)


# Specks after free text: two or more words of one character that is no Thai letter (a
# ruled cell's side, a smudge, read as `7`, `0`, `|`) at the end of its last line.
_TRAILING_SPECKS = re.compile(r"(?:\s+[^\s\u0e01-\u0e4e]){2,}\s*$")
MIN_WORDS_BEFORE_SPECKS = 2  # Thai words of the text before them: an address, not a count


def without_trailing_specks(text: str) -> str:
    """Free text (an address) without the specks OCR read after it: two or more words of
    one character each, none a Thai letter, ending its last line (`อำเภอแก้งคร้อ 7 0`).
    One such word is kept (a soi's or a village's number ends an address: `ซอย 7`), and
    so are they after text of fewer than two Thai words."""
    found = _TRAILING_SPECKS.search(text)
    if found is None:
        return text
    kept = text[: found.start()]
    if len(re.findall(r"[\u0e01-\u0e4e]+", kept)) < MIN_WORDS_BEFORE_SPECKS:
        return text
    return kept


def without_dots_on_words(text: str) -> str:
    """Free text with the leader dots read at the ends of its Thai words and numbers
    taken off (`45./.2`, `ดอนแก้ว.`, `.12`): Thai does not end a word or a sentence with a
    full stop, and a number has none either side of it; the dotted line the value was
    written on shows at the gaps. An abbreviation's dot stays (`ABBREVIATED_WORD`)."""
    text = _DOTS_AT_SLASH.sub("", text)
    text = _DOTS_AFTER_WORD.sub(lambda m: _dot_kept(m, text), text)
    return _DOTS_BEFORE_WORD.sub("", text)


def _dot_kept(m: re.Match[str], text: str) -> str:
    return m.group(0) if _ABBREVIATED.search(text[: m.start()]) else ""


# หมู่ที่ before a village number with a tone mark lost (the thinnest strokes of a line).
_VILLAGE_NUMBER_WORD = re.compile(r"หมู\u0e48?ที\u0e48?(?=\s*[0-9\u0e50-\u0e59])")


def with_village_marks(text: str) -> str:
    """Free text with หมู่ที่ before a number written whole where a tone mark was lost
    (`หมู่ที 12`, `หมูที่ 3`): no other word is spelt so before a village number."""
    return _VILLAGE_NUMBER_WORD.sub("หมู่ที่", text)


# A number of a date: digits not glued before a Thai letter (those are a misread letter).
_DATE_NUMBER = re.compile(r"(?<![0-9\u0e50-\u0e59])[0-9\u0e50-\u0e59]+(?![0-9\u0e01-\u0e59])")
_AFTER_MISREAD_HEAD = re.compile(r"^.*[0-9A-Za-z\u0e50-\u0e59]")
MIN_MONTH_TAIL = 5  # letters of a month's end that name it
_DOT_IN_NUMBER = re.compile(r"(?<=[0-9\u0e50-\u0e59])\.(?=[0-9\u0e50-\u0e59])")
MAX_DAY = 31
YEARS = (1900, 2600)  # CE or BE years a form's date can have


def date_from_parts(value: str, months: Sequence[str]) -> str | None:
    """`D month Y` made of the date's parts, when it has exactly one day number, one
    word that is a Thai month (as `fold_month_words` reads it, or with a speck on it:
    `รธันวาคม`, `“กราคม`) and one year, whatever else was read between them: a form
    prints `วันที่ .. เดือน .. พ.ศ. ..` and Tesseract reads the printed words it cannot
    make out as Latin or as look-alikes (`19 เตือน รธันวาคม wa, 2528`); or `D/M/Y` when
    it has no month's name and three numbers that are a day, a month and a year in that
    order (`_numbered_date`). None otherwise."""
    words = fold_month_words(value, months).split()
    named = [w for w in (month_in(w, months) for w in words) if w]
    numbers = [thai_digits_to_arabic(n) for n in _DATE_NUMBER.findall(value)]
    if len(numbers) != 2:  # a leader dot read inside the year (`2.518`)
        numbers = [
            thai_digits_to_arabic(n) for n in _DATE_NUMBER.findall(_DOT_IN_NUMBER.sub("", value))
        ]
    days = [n for n in numbers if len(n) <= 2 and 1 <= int(n) <= MAX_DAY]
    years = [n for n in numbers if len(n) == 4 and YEARS[0] <= int(n) <= YEARS[1]]
    if not named and len(numbers) == 3:
        return _numbered_date(numbers)
    if len(named) != 1 or len(days) != 1 or len(years) != 1 or len(numbers) != 2:
        return None
    return f"{days[0]} {named[0]} {years[0]}"


def _numbered_date(numbers: Sequence[str]) -> str | None:
    """`D/M/Y` of a date whose month is a number, as a form's boxes hold it (`วันที่
    [0][7] เดือน [1][1] พ.ศ. [2][5][1][8]`): day, month and year in that order, each
    in its range."""
    day, month, year = numbers
    if len(day) > 2 or not 1 <= int(day) <= MAX_DAY or len(month) > 2 or not 1 <= int(month) <= 12:
        return None
    if len(year) != 4 or not YEARS[0] <= int(year) <= YEARS[1]:
        return None
    return f"{day}/{month}/{year}"


# A word read between a month and a Buddhist-era year: what a form prints there is พ.ศ.
ERA = "พ.ศ."
BE_YEARS = (2400, 2600)  # a year a form dates in the Buddhist era
# It opens with what พ.ศ. is read as (a Latin letter, พ, ศ, a dot or comma) after any
# specks, not with another Thai letter (`ปี`, `ถึง` are words), and holds no digit.
_ERA_LOOKALIKE = re.compile(
    r"[^0-9\u0e50-\u0e59\u0e01-\u0e2e\u0e40-\u0e44]*[A-Za-z.,\u0e28\u0e1e][^0-9\u0e50-\u0e59]*"
)


def with_era_restored(text: str, months: Sequence[str]) -> str:
    """`text` with the word between a month's name and a Buddhist-era year read as พ.ศ.
    where it was misread as Latin look-alikes or lost its dots (`สิงหาคม we 2514`,
    `wa, 2501`, `พศ. 2569`): a Thai form prints `เดือน .. พ.ศ. ..` and the era is the
    one word that stands there. Left misread, the date is no date, and a field set after
    it on the same line (`โทรศัพท์ ...`) is not parted from it and is lost with it. Only a
    short word of no digits and no Thai word's letters but the era's own (พ, ศ), after a
    word that is a month, before a year of the Buddhist era."""
    words = text.split(" ")
    for i in range(1, len(words) - 1):
        word, year = words[i], thai_digits_to_arabic(words[i + 1])
        if word == ERA or not 1 <= len(word) <= 5 or not _ERA_LOOKALIKE.fullmatch(word):
            continue
        if not (year.isdigit() and len(year) == 4 and BE_YEARS[0] <= int(year) <= BE_YEARS[1]):
            continue
        if month_in(words[i - 1], months) is not None:
            words[i] = ERA
    return " ".join(words)


def month_in(word: str, months: Sequence[str]) -> str | None:
    """The month `word` is, as written (or abbreviated: `มี.ค.`), or with one letter or
    sign more at either end."""
    if word in months or word in THAI_MONTH_ABBREVIATIONS:
        return word
    tail = _AFTER_MISREAD_HEAD.sub("", word)  # `52จิกายน`: พฤศ read as digits
    ending = [m for m in months if len(tail) >= MIN_MONTH_TAIL and m.endswith(tail)]
    if tail != word and len(ending) == 1:
        return ending[0]
    for trimmed in (word[1:], word[:-1]):
        if trimmed in months:
            return trimmed
        folded = fold_month_words(trimmed, months)
        if folded in months:
            return folded
    return None
