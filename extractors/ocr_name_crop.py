"""The applicant's name read again from its line's crop, and chosen word by word among
the readings.

Read with the whole page, a typed name comes out one or two marks off (`สายสูนีย์` for
สายสุนีย์, `บญประคอง` for บุญประคอง, `พังทองคำ` for พึ่งทองคำ): a small mark is a few pixels
and the page's segmentation guesses at it. Read alone, the line after the name's label
(`ข้าพเจ้า`, `ชื่อ`: found in Tesseract's word table, `name_line_boxes`) cropped from two
cuts of the page and read as one line at two heights, the same ink often reads whole.

What comes of the crops is a set of readings of the line, label options and all
(`(นาย/นาง/นางสาว) นายธนากร พึ่งทองคำ อายุ 58 ปี`): each word of the name the page chose
is matched to the nearest word of each reading (its letters, marks and look-alikes
aside: `ocr_text.skeleton`, a letter or so off), and replaced where two witnesses or more
give the same other spelling, more witnesses than give the page's own, and that spelling
is one Thai can have (`spelt`: no mark on a vowel letter, no leading vowel before a
non-consonant, ...). A witness is one cut of one line, its readings at both heights
counted once: they read the same ink, so a stroke that cut lost (ช's tail: `ซัยมงคล` on a
Kinnari photo; a speck read as ถ: `อถินทรสุวรรณ` on a fax) is lost at every height, and
two readings of it are no agreement. The name chosen so stays flagged (`ocr_repaired`):
a clerk still confirms it.

A word the bracketed name under the signature writes as the page read it stays: the
form has the name written twice, and a crop's readings of one line are no match for that.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from extractors.ocr_id_line import words_by_line
from extractors.ocr_rules import Rect
from extractors.ocr_text import THAI_MARKS, edit_distance, looks_misread, skeleton
from extractors.thai import normalise_thai_text

# A name's label as Tesseract reads it: ข้าพเจ้า opens a form's sentence, ชื่อ a name's
# item (ชื่อ-สกุล, ชื่อ-นามสกุล); its marks are often lost (ขาพเจา, ชือ). `ลงชื่อ` is the
# signature's, no label of the applicant's name.
_NAME_LABEL = re.compile(r"(?=(ข้าพเจ้า|ข้าพเจา|ขาพเจ้า|ขาพเจา|ชื่อ|ชือ))")
_SIGNATURE = "ลง"
MAX_LINES = 2  # name labels looked at, top down: the applicant's is the first or second
PAD = 0.3  # of the line's height, taken round the line's words


def name_line_boxes(table: str) -> list[Rect]:
    """The boxes of the lines after a name's label (to the line's last word), top down,
    at most MAX_LINES: the value lies there with what follows it on its line."""
    found = []
    for line in words_by_line(table):
        words = sorted(line, key=lambda w: w[1][0])
        joined = "".join(word for word, _ in words)
        labelled = _NAME_LABEL.finditer(joined)
        at = next((m for m in labelled if not joined[: m.start()].endswith(_SIGNATURE)), None)
        if at is None:
            continue
        last = at.start() + len(at.group(1))
        ends = list(itertools.accumulate(len(word) for word, _ in words))
        label = next(i for i, end in enumerate(ends) if end >= last)
        rest = [box for _, box in words[label + 1 :]]
        if not rest:
            continue
        top, bottom = min(b[1] for b in rest), max(b[3] for b in rest)
        pad = int((bottom - top) * PAD)
        right = max(b[2] for b in rest)
        found.append((words[label][1][2] + 2, top - pad, right + pad, bottom + pad))
    return sorted(found, key=lambda b: b[1])[:MAX_LINES]


_CONSONANT = "\u0e01-\u0e2e"
_LEADING = "\u0e40-\u0e44"  # เ แ โ ใ ไ: written before the consonant they follow
_MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_FOLLOWING = "\u0e30\u0e32\u0e33\u0e45"  # ะ า ำ ๅ: after a consonant
_UNSPELT = re.compile(
    rf"^[{_MARK}{_FOLLOWING}]"  # a word opening with a mark or a following vowel
    rf"|[{_LEADING}](?![{_CONSONANT}])"  # a leading vowel before no consonant (เเ, เา)
    rf"|[{_LEADING}{_FOLLOWING}][{_MARK}]"  # a mark on a vowel letter (าุ, เ่)
    rf"|\u0e4c[{_MARK}{_FOLLOWING}]"  # a vowel or mark after ์ (it ends its letter)
    rf"|[{_LEADING}]$"
)
_THAI_WORD = re.compile(rf"[{_CONSONANT}{_LEADING}{_FOLLOWING}{_MARK}]+")


def spelt(word: str) -> bool:
    """Whether `word` is Thai letters only, spelt as Thai can be: no mark on a vowel
    letter or opening the word, a leading vowel before a consonant, nothing after
    ์ on its letter, and nothing `ocr_text.looks_misread` finds (two marks of one place)."""
    return (
        _THAI_WORD.fullmatch(word) is not None
        and _UNSPELT.search(word) is None
        and not looks_misread(word)
    )


_WORD_GAPS = re.compile(r"[\s().\[\]:|/,\"'“”‘’]+")
MIN_WITNESSES = 2  # cuts (of one line or two) whose readings must give the same spelling
MIN_LETTERS = 3  # of a word's skeleton: a shorter one is matched by nothing surely
LETTERS_PER_EDIT = 4  # of a word's skeleton, one letter off allowed per this many


def _letters(word: str) -> str:
    return skeleton(word).replace(" ", "")


def _nearest(word: str, tokens: Sequence[str]) -> str | None:
    """The token of a reading nearest to `word` by its letters, within a letter per
    LETTERS_PER_EDIT; None when none is (or two are as near and differ)."""
    own = _letters(word)
    allowed = max(1, len(own) // LETTERS_PER_EDIT)
    near = sorted(
        (d, t) for t in tokens if (d := edit_distance(_letters(t), own, allowed)) <= allowed
    )
    if not near or (len(near) > 1 and near[1][0] == near[0][0] and near[1][1] != near[0][1]):
        return None
    return near[0][1]


def _tokens(reading: str) -> list[str]:
    return [t for t in _WORD_GAPS.split(normalise_thai_text(reading)) if t]


_TITLE = re.compile(r"นางสาว|นาย|นาง")  # the titles a form's name opens with
_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
# ์ on a word's first consonant: a silent letter ends a syllable, never opens a name.
_SILENT_FIRST = re.compile(rf"[{_LEADING}]?[{_CONSONANT}][{_MARK}]*\u0e4c")


def _vowel_marks(word: str) -> Counter[str]:
    return Counter(ch for ch in word if ch in THAI_MARKS and ch not in _TONES)


def _may_replace(word: str, other: str) -> bool:
    """Whether the readings' `other` may stand for the page's `word`: spelt as Thai can
    be (`spelt`), opening with the title the page read where it read one (the title is
    the form's print or the ticked box's, not the crops' to change), and not the same
    letters with vowel marks lost and none gained: a thin stroke vanishes far more often
    than one is dreamt up (`ศรีบุญเรื่อง` read `ศรีบญเรือง`). A mark read as another
    (`พังทองคำ`, `พึ่งทองคำ`) or a tone mark lost (a speck's: `สุนี้ย์`, `สุนีย์`) may be."""
    if other == word or not spelt(other):
        return False
    title = _TITLE.match(word)
    if title is not None and not other.startswith(title.group(0)):
        return False
    if _SILENT_FIRST.match(other[len(title.group(0)) if title else 0 :]):
        return False  # a name opening with a silent letter (`นายณ์ฐวุฒิ` for ณัฐวุฒิ)
    own, its = _vowel_marks(word), _vowel_marks(other)
    return not (_letters(other) == _letters(word) and own - its and not its - own)


def _spellings(word: str, readings: Sequence[Sequence[str]]) -> set[str]:
    """The spellings a witness's readings (each as its tokens) give for `word`."""
    return {near for tokens in readings if (near := _nearest(word, tokens)) is not None}


def name_among(
    value: str, witnesses: Sequence[Sequence[str]], signed: Sequence[str] = ()
) -> str | None:
    """The name `value` with each word the crops' readings spell otherwise replaced (see
    the module's docstring), or None where no word changes. `witnesses`: the readings of
    each cut of each line (`OcrPage.line_names`); a spelling counts once per witness
    however many of its readings give it. A word the name under the signature writes as
    the page read it (`signed`: the bracketed names the page's readings read there)
    stays: the page wrote it so twice (`คำแก้ว`, the crops of its line read `ค้าแก้ว`)."""
    read = [[_tokens(r) for r in readings] for readings in witnesses]
    twice = {w for name in signed for w in _tokens(name)}
    chosen = []
    for word in value.split():
        if len(_letters(word)) < MIN_LETTERS or word in twice:
            chosen.append(word)  # a speck's word matched by nothing surely; one signed so
            continue
        votes = Counter(s for readings in read for s in _spellings(word, readings))
        best = sorted(
            ((n, s) for s, n in votes.items() if n >= MIN_WITNESSES and _may_replace(word, s)),
            reverse=True,
        )
        if best and best[0][0] > votes[word] and (len(best) == 1 or best[1][0] < best[0][0]):
            chosen.append(best[0][1])
        else:
            chosen.append(word)
    name = " ".join(chosen)
    return name if name != value else None
