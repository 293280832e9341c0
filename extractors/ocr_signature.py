"""The applicant's name as the page writes it elsewhere: under the signature line, in
brackets, title first (`ลงชื่อ ....... (นายกิตติศักดิ์ วงษ์ใหญ่)`).

A Thai form has the applicant write the name twice, and OCR reads each place on each
cut of the page (the strict, grey and lenient readings): the labelled value it chose may
be misread (`นางสำดวน` for นางลำดวน) where two or more readings of the signature agree on
a name one letter or mark off it that reads better. That name is taken: the one near
name read most often, at least twice, more often than the chosen value itself is, and
better by the caller's score (junk, known words), or as good and read more often than
the lines read the labelled value itself (its line read two ways, the signature alike).
A name only as good where the value was read as often, or read once, is no evidence
against the labelled value; nor is a name further off (another person: the officer who
signs for receipt).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from extractors.ocr_text import edit_distance, skeleton
from extractors.thai import normalise_thai_text

# The name in brackets under a form's signature line: `ลงชื่อ ....... (นายกิตติศักดิ์ วงษ์ใหญ่)`.
# Its bracket may be lost in the reading: a line holding a titled name alone will do.
SIGNED_NAME = re.compile(
    r"(?:\(|^)[\s.(]*(นางสาว|นาย|นาง)\s*([\u0e01-\u0e4e]+(?:[\s.]+[\u0e01-\u0e4e]+)+)"
)
MIN_TIMES = 2  # readings of the signature that agree on the name
LETTERS_PER_EDIT = 8  # of the name's skeleton, one letter or mark off allowed per this many


def signed_names(lines: Sequence[str]) -> Counter[str]:
    """The titled names under the signature lines, as each reading read them (dots of the
    leaders between the words read as spaces), and how many times each was read."""
    found: Counter[str] = Counter()
    for line in lines:
        for m in SIGNED_NAME.finditer(normalise_thai_text(line)):
            found[m.group(1) + " ".join(m.group(2).replace(".", " ").split())] += 1
    return found


def _as_long_as(signed: Counter[str], words: int) -> Counter[str]:
    """The signed names cut to their first `words` words, counted together: a speck or a
    stamp's edge read as a word after the family name (`นางสาวอรอุมา เพชรรัตน์ รรว`) is
    the same name signed, another witness to it."""
    cut: Counter[str] = Counter()
    for name, times in signed.items():
        parts = name.split()
        if len(parts) >= words:
            cut[" ".join(parts[:words])] += times
    return cut


def _letters(name: str) -> str:
    return skeleton(name).replace(" ", "")


def name_as_signed(
    value: str, lines: Sequence[str], score: Callable[[str], tuple[float, ...]]
) -> str | None:
    """The name the signature writes in place of `value` (see the module's docstring), or
    None where the signature is no better evidence."""
    own = _letters(value)
    allowed = max(1, len(own) // LETTERS_PER_EDIT)
    signed = _as_long_as(signed_names(lines), len(value.split()))
    near = [
        (times, name)
        for name, times in signed.items()
        if edit_distance(_letters(name), own, allowed) <= allowed
    ]
    near.sort(reverse=True)
    if not near or near[0][0] < MIN_TIMES or (len(near) > 1 and near[1][0] == near[0][0]):
        return None
    times, name = near[0]
    if name == value or times <= signed[value] or score(name) < score(value):
        return None
    if score(name) == score(value) and times <= _lines_reading(value, lines):
        return None  # as good, and the labelled value read as often: the page does not say
    return name


def _lines_reading(value: str, lines: Sequence[str]) -> int:
    """How many of the readings' lines hold `value` as it stands."""
    return sum(value in normalise_thai_text(line) for line in lines)


_WORD_GAPS = re.compile(r"[\s().\[\]:|]+")  # brackets, leader dots, a colon, a cell's side


def name_as_read(value: str, lines: Sequence[str], mend: Callable[[str], str]) -> str | None:
    """The name as the page's readings read it where the known words "mended" it
    (`mend(read) == value`, one mark changed: `อรอุมา` to อรอูมา, a name no list holds
    made its listed pieces) and two or more lines of the readings read it so, none as
    mended: a guess against every reading of the page is undone. None otherwise."""
    own = _letters(value)
    size = len(value.split())
    read: Counter[str] = Counter()
    for line in lines:
        words = [w for w in _WORD_GAPS.split(normalise_thai_text(line)) if w]
        spans = {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
        if value in spans:
            return None  # a reading agrees with the mending
        read.update(s for s in spans if _letters(s) == own and mend(s) == value)
    ranked = read.most_common(2)
    if not ranked or ranked[0][1] < MIN_TIMES or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def words_as_read(
    value: str, witnesses: Sequence[Sequence[str]], mend: Callable[[str], str]
) -> str | None:
    """`name_as_read` word by word: a word of the name the known words "mended" (one
    mark changed: `อรอุมา` to อรอูมา) put back as two or more witnesses read it, where
    none reads it as mended. A witness is a line of one of the page's readings, or one
    cut of the name's line read again from its crop (its readings at two sizes are the
    same ink: one witness). Word by word, since a form seldom has the whole name on one
    line as the value holds it: the title ticked in a box, `นามสกุล` printed between the
    given and the family name (`ชื่อ..อรอุมา นามสกุล...เพชรรัตน์`), specks at a crop's
    edge (`-อรอุมา`). None where no word changes."""
    words = value.split()
    title = _TITLE.match(words[0]) if words else None
    head = title.group(1) if title and len(words[0]) > len(title.group(1)) else ""
    seen = [
        {
            w
            for text in witness
            for t in _WORD_GAPS.split(normalise_thai_text(text))
            for w in _forms(t)
        }
        for witness in witnesses
    ]
    out = []
    for i, word in enumerate(words):
        core = word[len(head) :] if i == 0 else word
        read: Counter[str] = Counter()
        if len(_THAI_LETTER.findall(core)) >= MIN_FAMILY_LETTERS and not any(
            core in tokens for tokens in seen
        ):
            own = _letters(core)
            for tokens in seen:
                read.update(
                    t for t in tokens if t != core and _letters(t) == own and mend(t) == core
                )
        ranked = read.most_common(2)
        if (
            ranked
            and ranked[0][1] >= MIN_TIMES
            and (len(ranked) < 2 or ranked[1][1] < ranked[0][1])
        ):
            core = ranked[0][0]
        out.append((head + core) if i == 0 else core)
    chosen = " ".join(out)
    return chosen if chosen != " ".join(words) else None


def _forms(token: str) -> set[str]:
    """A token of a witness as a word of a name: itself, without what is no Thai letter
    at its ends (a speck, a bracket), and without a title before the given name."""
    bare = re.sub(r"^[^\u0e01-\u0e4e]+|[^\u0e01-\u0e4e]+$", "", token)
    title = _TITLE.match(bare)
    forms = {token, bare}
    if title and len(bare) > len(title.group(1)):
        forms.add(bare[len(title.group(1)) :])
    return {f for f in forms if f}


_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_TITLE = re.compile(r"(นางสาว|นาย|นาง)")  # as SIGNED_NAME reads a title
MIN_FAMILY_LETTERS = 3  # a word after the given name with fewer Thai letters is junk


def name_completed(value: str, lines: Sequence[str]) -> str | None:
    """The signed name where `value` is a titled given name with no family name after it
    (only junk: a receiving stamp pressed across the name line leaves `นางสาวปวีณา 4 แม`)
    and two or more readings of the signature agree on a name that starts with the same
    given name (its letters, `ocr_text.skeleton`) and goes on; None otherwise."""
    words = value.split()
    title = _TITLE.match(words[0]) if words else None
    if title is None or len(words[0]) == len(title.group(1)):
        return None
    if any(len(_THAI_LETTER.findall(w)) >= MIN_FAMILY_LETTERS for w in words[1:]):
        return None  # a family name read: `name_as_signed` weighs a misread one
    given = _letters(words[0])
    near = [
        (times, name)
        for name, times in signed_names(lines).items()
        if len(name.split()) > 1 and _letters(name.split()[0]) == given
    ]
    near.sort(reverse=True)
    if not near or near[0][0] < MIN_TIMES or (len(near) > 1 and near[1][0] == near[0][0]):
        return None
    return near[0][1]


# The signer's part printed under a form's signature line (`ลงชื่อ ...... ผู้ยื่นคำร้อง`):
# the label reader takes `ลงชื่อ` for a name's label and, the name under it unread or
# elsewhere, the caption for the name. The roles are body_form's own party's (its
# patterns are the label reader's, with their lookarounds), as OCR reads them: ยื่น
# loses its mark (ยืน), a speck of a mark is glued to the end.
_SIGNERS = re.compile(r"ผู้(?:ยื่น|ยืน)(?:คำร้อง|คำขอ)?|ผู้ร้อง(?:เรียน)?|ผู้ขอ|ผู้แจ้ง|ผู้สมัคร")
_TRAILING_MARKS = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e.,:;'\"|]+$")


def signers_caption(value: str) -> bool:
    """The value is the caption of the signer's part (ผู้ยื่นคำร้อง), no one's name."""
    text = _TRAILING_MARKS.sub("", normalise_thai_text(value).strip())
    return _SIGNERS.fullmatch(text) is not None
