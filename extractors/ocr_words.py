"""Thai words the OCR readings are checked against: how much of a value is known words.

A page is read more than once (two ink cuts, the grey page, see `extractors.ocr`), and
the readings of one field differ where a thin mark was lost or a letter misread: `กิ่ง`
in one, `กิง` in another, `ชัยมงคลุ` beside `ชัยมงคล`. A misread mark makes no Thai
word far more often than it makes another one, so the reading whose Thai text is most
covered by known words is the likelier (a dictionary vote among the readings). The words
are Tesseract's own Thai word list (the `lstm-word-dawg` inside `tha.traineddata`, the
list its recogniser was trained with, unpacked with `combine_tessdata` and
`dawg2wordlist` from Debian's `tesseract-ocr`) and the names of Thailand's provinces,
districts and subdistricts (`geothai`, see `extractors.provinces`). Nothing here
changes a value: it only says which of the readings to keep.

Thai is written without spaces between words, so a run of Thai letters is cut into
known words by dynamic programming (the cut that covers most letters).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from extractors.thai import ABBREVIATED_WORD, normalise_thai_text
from extractors.thai_places import districts

MIN_WORD = 2  # letters (not marks) of a known word, but for _ONE_LETTER_WORD
MAX_WORD = 24  # longer known words are rare; the cut looks no further back
TOOL_SECONDS = 20.0  # unpacking the word list takes well under a second
_THAI_RUN = re.compile("[\u0e01-\u0e4e]+")
_MARKS = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d"
)
_PLACE_PREFIX = re.compile("^(?:อำเภอ|เขต|ตำบล|แขวง|กิ่งอำเภอ)")


@cache
def thai_words() -> frozenset[str]:
    """Tesseract's Thai word list, the words it reads as others (`UNLISTED`) and the place
    names."""
    # written as OCR'd lines are (Tesseract's list spells ำ as ํ + า)
    listed = (*_tesseract_words(), *UNLISTED.values(), *_place_names())
    words = {normalise_thai_text(w) for w in listed}
    return frozenset(w for w in words if _is_word(w))


# Common words Tesseract's Thai list lacks, by the listed word one mark away that its
# decoder, bent towards the list, reads them as. น้ำ (water), one of the commonest Thai
# words and in many a request (flooding, tap water, drainage), is not in the list, and
# the decoder reads it as น้า (a mother's younger sibling, rare in a request) on every
# reading of a form (a lost ํ), or as นำ (to lead, as common as น้ำ: left as read). A word
# is replaced only where it stands as a word of its own, not inside one (หน้า, คะน้า).
UNLISTED = {"น้า": "น้ำ"}


# A word of one letter is an open syllable with a long vowel above or below it (มี, ที่,
# ดู, ผู้): Tesseract's list also holds pieces (`นุ`, `น์`, `นิ`) that would cover any
# letter with a misread mark.
_ONE_LETTER_WORD = re.compile("[\u0e01-\u0e2e][\u0e35\u0e37\u0e39][\u0e48-\u0e4b]?")


def _is_word(word: str) -> bool:
    letters = len(word) - sum(ch in _MARKS for ch in word)
    return letters >= MIN_WORD or bool(_ONE_LETTER_WORD.fullmatch(word))


def _tessdata() -> Path | None:
    try:
        out = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, timeout=TOOL_SECONDS, check=False
        )
    except (FileNotFoundError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'"([^"]+)"', out.stdout.decode("utf-8", "replace"))
    return Path(found.group(1)) if found else None


def _tesseract_words() -> list[str]:
    """The words of tha.traineddata's word list (our own system file, not untrusted)."""
    tessdata = _tessdata()
    if tessdata is None or not (tessdata / "tha.traineddata").is_file():
        return []
    with tempfile.TemporaryDirectory(prefix="thawords-") as tmp:
        stem = Path(tmp) / "tha"
        try:
            for part in ("lstm-word-dawg", "lstm-unicharset"):
                subprocess.run(
                    ["combine_tessdata", "-e", str(tessdata / "tha.traineddata"), f"{stem}.{part}"],
                    capture_output=True,
                    timeout=TOOL_SECONDS,
                    check=True,
                )
            words = Path(tmp) / "words.txt"
            subprocess.run(
                ["dawg2wordlist", f"{stem}.lstm-unicharset", f"{stem}.lstm-word-dawg", str(words)],
                capture_output=True,
                timeout=TOOL_SECONDS,
                check=True,
            )
            return words.read_text(encoding="utf-8", errors="replace").split()
        except (FileNotFoundError, subprocess.SubprocessError, OSError):
            return []


# The words that name a kind of place in a Thai address, which the list may lack.
_PLACE_WORDS = ("จังหวัด", "อำเภอ", "ตำบล", "แขวง", "เขต", "หมู่บ้าน", "หมู่", "ซอย", "ถนน")


# The words before a name in a Thai address long enough that one letter changed is no
# other word (หมู่, ซอย, ถนน, เขต are short: one letter changed may be a name's, and
# แขวง one changed is แขวน, to hang).
_LONG_PLACE_WORDS = ("อำเภอ", "ตำบล", "จังหวัด", "หมู่บ้าน")


def with_place_words_mended(text: str) -> tuple[str, bool]:
    """`text` with each Thai run that opens with an address's place word read with one
    letter changed (`อำเกอเมือง`: ภ read as ก) opening with that word, where the run
    opens with no place word as read; also says whether anything changed."""
    mended = _THAI_RUN.sub(lambda m: _place_word_mended(m.group(0)), text)
    return mended, mended != text


def _place_word_mended(run: str) -> str:
    """The run opening with the place word its head is with one letter more (a speck
    read as a letter: `อำเภกอ`), or else with one letter changed (`อำเกอ`)."""
    if run.startswith(_LONG_PLACE_WORDS):
        return run
    for word in _LONG_PLACE_WORDS:
        head = run[: len(word) + 1]
        if any(_is_consonant(ch) and head[:i] + head[i + 1 :] == word for i, ch in enumerate(head)):
            return word + run[len(word) + 1 :]
    for word in _LONG_PLACE_WORDS:
        head = run[: len(word)]
        if len(head) == len(word) and _one_letter_apart(head, word):
            return word + run[len(word) :]
    return run


def _is_consonant(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e2e"


def _one_letter_apart(read: str, word: str) -> bool:
    """Whether `read` is `word` with one consonant read as another."""
    differ = [(a, b) for a, b in zip(read, word, strict=True) if a != b]
    return len(differ) == 1 and all(_is_consonant(ch) for ch in differ[0])


def _place_names() -> list[str]:
    names: list[str] = list(_PLACE_WORDS)
    province = ""
    for district in districts():
        if district.province != province:
            province = district.province
            names.append(province)
        names.append(district.name)
        names.extend(_PLACE_PREFIX.sub("", sub) for sub in district.subdistricts)
    return names


def with_unlisted_words(text: str, words: frozenset[str] | None = None) -> tuple[str, bool]:
    """`text` with each word Tesseract reads a common unlisted word as (`UNLISTED`) put
    back where the cut into known words takes it as a word of its own; also says whether
    anything changed."""
    words = thai_words() if words is None else words
    if not words or not any(read in text for read in UNLISTED):
        return text, False
    mended = _THAI_RUN.sub(lambda m: _unlisted_run(m.group(0), words), text)
    return mended, mended != text


def _unlisted_run(run: str, words: frozenset[str]) -> str:
    spans = _cut_words(run, words)
    out, done = [], 0
    for start, end in spans:
        if run[start:end] in UNLISTED:
            out += [run[done:start], UNLISTED[run[start:end]]]
            done = end
    return "".join(out) + run[done:]


def without_unknown_tail(text: str, words: frozenset[str] | None = None) -> tuple[str, bool]:
    """Free text without the wrapped lines at its end whose Thai is at most half known
    words: a line under the value whose label was misread past repair (`รหัสไปรษณีย์`
    read `รหณ์ จ1`) or speckle read as letters is taken for the value's next line, and a
    misread continuation line keeps most of its Thai in words (place names are). The
    first line is the value and stays. Also says whether anything was dropped."""
    words = thai_words() if words is None else words
    lines = text.split("\n")
    if not words or len(lines) < 2:
        return text, False
    while len(lines) > 1 and _mostly_unknown(lines[-1], words):
        lines.pop()
    kept = "\n".join(lines)
    return kept, kept != text


def _mostly_unknown(line: str, words: frozenset[str]) -> bool:
    covered, total = known_letters(line, words)
    return total > 0 and covered * 2 <= total


def known_letters(text: str, words: frozenset[str] | None = None) -> tuple[int, int]:
    """(Thai characters covered by known words, Thai characters) in `text`, each run of
    Thai cut into words the way that covers most. An abbreviation (a few consonants and
    a dot: `ต.`, `อ.`, `กทม.`) is known: an address is full of them."""
    words = thai_words() if words is None else words
    covered = total = 0
    for found in _THAI_RUN.finditer(text):
        run = found.group(0)
        total += len(run)
        if _ABBREVIATION.fullmatch(run) and text[found.end() : found.end() + 1] == ".":
            covered += len(run)
        else:
            covered += _covered(run, words)
    return covered, total


_ABBREVIATION = re.compile(ABBREVIATED_WORD)


def known_share(text: str, words: frozenset[str] | None = None) -> float:
    """The share of `text`'s Thai characters that known words cover (1.0 with no Thai)."""
    covered, total = known_letters(text, words)
    return covered / total if total else 1.0


def _covered(run: str, words: frozenset[str]) -> int:
    return _cut(run, words)[0]


def _cut(run: str, words: frozenset[str]) -> tuple[int, int, frozenset[int]]:
    """(letters covered, known words used, indices of the letters left uncovered) of the
    cut of `run` into known words that covers most letters, with fewest words."""
    best, back = _best_cut(run, words)
    return best[0], -best[1], frozenset(_walk_back(back)[1])


def _cut_words(run: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each known word of `_cut`'s cut of `run`, in order."""
    return _walk_back(_best_cut(run, words)[1])[0]


def _walk_back(back: list[int]) -> tuple[list[tuple[int, int]], set[int]]:
    """The known words of a cut, (start, end) in order, and the letters it left uncovered,
    from `_best_cut`'s back pointers."""
    spans: list[tuple[int, int]] = []
    uncovered: set[int] = set()
    end = len(back) - 1
    while end > 0:
        if back[end] < 0:
            uncovered.add(end - 1)
            end -= 1
        else:
            spans.append((back[end], end))
            end = back[end]
    return spans[::-1], uncovered


def _best_cut(run: str, words: frozenset[str]) -> tuple[tuple[int, int], list[int]]:
    """The dynamic programme of `_cut`: (covered, -words) of the whole run, and for each
    end the start of its last known word, or a negative number where none ends there."""
    best: list[tuple[int, int]] = [(0, 0)] * (len(run) + 1)  # (covered, -words)
    back: list[int] = [0] * (len(run) + 1)  # start of the last word, or end - 1 if none
    for end in range(1, len(run) + 1):
        best[end], back[end] = best[end - 1], -(end - 1) - 1
        for start in range(max(0, end - MAX_WORD), end):
            if run[start:end] in words:
                covered, pieces = best[start]
                trial = (covered + end - start, pieces - 1)
                if trial > best[end]:
                    best[end], back[end] = trial, start
    return best[-1], back


# One-mark edits tried on a word no known words cover whole: the marks OCR most often
# loses, adds or confuses (a tone mark; an upper or lower vowel read as its neighbour).
_TONE_MARKS = "\u0e48\u0e49"
_UPPER = "\u0e34\u0e35\u0e36\u0e37"
_SWAPS = {
    **{v: _UPPER.replace(v, "") for v in _UPPER},
    "\u0e38": "\u0e39",
    "\u0e39": "\u0e38",
    "\u0e48": "\u0e49",
    "\u0e49": "\u0e48",
    "\u0e4b": "\u0e48",  # ๋ is ่ with a stroke across: a speck on ่ reads as ๋
}


def with_marks_mended(text: str, words: frozenset[str] | None = None) -> tuple[str, bool]:
    """`text` with each Thai word (a run between spaces) that known words do not cover
    whole put right by the one edit of one mark (a lost tone mark, an extra mark, a vowel
    or tone read as its neighbour) after which they do, when exactly one such edit
    exists: `กิงไม้` -> `กิ่งไม้`, `อันต่ราย` -> `อันตราย`, `มีดมาก` -> `มืดมาก`. A word
    no single edit makes known (a name, a road) stays as read. Also says whether
    anything changed."""
    words = thai_words() if words is None else words
    if not words:
        return text, False
    mended = _THAI_RUN.sub(lambda m: _mended_run(m.group(0), words), text)
    return mended, mended != text


def _mended_run(run: str, words: frozenset[str]) -> str:
    """The run put right by one edit near each group of letters no known word covers,
    after which known words cover that group and uncover nothing else. Each group is
    mended on its own: a word the list lacks elsewhere in the run (`สำหรับ` is not in
    Tesseract's list) does not keep a mark misread here (`ติดต่อุ`) as read. Of several
    edits for one group, the one whose cut needs fewest words wins (a real word, not
    syllable pieces of the list), then the kind of edit OCR makes most (a lost tone
    mark, then a mark that lost a stroke, `มีด` for `มืด` beside the word `มิด`, then a
    mark read as its neighbour otherwise, then a speck read as a mark); two edits
    still alike leave the group as read."""
    if _OPEN_VOWEL_AT_END.search(run) and len(run) > 2:
        run = _without_open_vowel(run, words)
    covered, _, uncovered = _cut(run, words)
    if covered == len(run):
        return run
    # last group first: an edit changes the length of the run only after earlier groups
    for group in reversed(_groups(uncovered)):
        run = _mended_group(run, words, group, len(run) - _cut(run, words)[0])
    return run


# Edits are tried this many characters either side of a letter no known word covers:
# the list's pieces may cover the misread mark itself and leave its neighbour uncovered
# (`แสงทอัง` cut as แสง, ท, อัง).
REACH = 2


# ั and ื never end a syllable: a consonant always follows them (`บ้านื`, `ติดต่อื`).
_OPEN_VOWEL_AT_END = re.compile("[\u0e31\u0e37]$")


def _without_open_vowel(run: str, words: frozenset[str]) -> str:
    """The run without the ั or ื it ends with, no Thai syllable can (a speck read as
    the mark, or a letter after it lost), unless that leaves more of it outside known
    words: the list's pieces may cover such a mark (`บ้านื`), so it is not left to
    the mending by known words alone."""
    trial = run[:-1]
    if len(trial) - _cut(trial, words)[0] <= len(run) - _cut(run, words)[0]:
        return trial
    return run


def _groups(uncovered: frozenset[int]) -> list[set[int]]:
    """The uncovered letters in groups whose edit neighbourhoods (REACH either side)
    touch, in order along the run."""
    groups: list[set[int]] = []
    for i in sorted(uncovered):
        if groups and i - max(groups[-1]) <= 2 * REACH + 1:
            groups[-1].add(i)
        else:
            groups.append({i})
    return groups


def _mended_group(run: str, words: frozenset[str], group: set[int], left: int) -> str:
    """`run` with the one edit near `group` after which the uncovered letters are
    `left` less the group's; the run as it is when no edit or two alike do."""
    near = {i + d for i in group for d in range(-REACH, REACH + 1)}
    found: list[tuple[int, int, str]] = []
    for rank, edits in enumerate(_one_mark_edits(run, near)):
        for trial in edits - {run}:
            got, pieces, _ = _cut(trial, words)
            if len(trial) - got != left - len(group):
                continue
            # with letters still unknown elsewhere, a real word must hold the edit, not a
            # syllable piece of the list (`ชยางกูร` is no `ชยางกร` for its piece `กร`)
            if left > len(group) and not _in_a_word(trial, _first_change(run, trial), words):
                continue
            found.append((pieces, rank, trial))
    if not found:
        return run
    found.sort()
    if len(found) > 1 and found[1][:2] == found[0][:2]:
        return run
    return found[0][2]


MENDED_WORD = 3  # letters (not marks) of the known word that must hold a lone mend


def _first_change(run: str, trial: str) -> int:
    return next((i for i, (a, b) in enumerate(zip(run, trial, strict=False)) if a != b), len(trial))


def _in_a_word(trial: str, at: int, words: frozenset[str]) -> bool:
    """Whether a known word of MENDED_WORD letters or more holds the letter before `at`
    (the letter the changed mark sits on) and reaches `at`."""
    base = max(at - 1, 0)
    for start in range(max(0, base - MAX_WORD), base + 1):
        for end in range(max(base + 1, at), min(len(trial), start + MAX_WORD) + 1):
            word = trial[start:end]
            if word in words and len(word) - sum(ch in _MARKS for ch in word) >= MENDED_WORD:
                return True
    return False


# A mark and the marks that are it with a stroke more (ี is ิ with a tick, ื is ี with
# another, ู is ุ with a tail): a cut thins such a stroke away far more often than a
# speck adds one just there, so a swap to the fuller mark is tried before the others.
_FULLER = {"\u0e34": "\u0e35\u0e37", "\u0e35": "\u0e37", "\u0e38": "\u0e39"}


def _one_mark_edits(run: str, near: set[int]) -> tuple[set[str], set[str], set[str], set[str]]:
    """(tone marks inserted, marks swapped for a fuller one, marks swapped otherwise,
    marks deleted) at the positions `near`."""
    inserted: set[str] = set()
    fuller: set[str] = set()
    swapped: set[str] = set()
    deleted: set[str] = set()
    for i, ch in enumerate(run):
        if i not in near:
            continue
        if ch in _MARKS:
            deleted.add(run[:i] + run[i + 1 :])
            for other in _SWAPS.get(ch, ""):
                kind = fuller if other in _FULLER.get(ch, "") else swapped
                kind.add(run[:i] + other + run[i + 1 :])
        after = run[i + 1] if i + 1 < len(run) else ""
        base = "\u0e01" <= ch <= "\u0e2e" and (after not in _MARKS or after in _UPPER + "\u0e31")
        if base or (ch in _UPPER + "\u0e31\u0e38\u0e39" and after not in _MARKS):
            inserted |= {run[: i + 1] + tone + run[i + 1 :] for tone in _TONE_MARKS}
    return inserted, fuller, swapped, deleted
