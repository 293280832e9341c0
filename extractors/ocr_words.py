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

import geothai

# Letters (not marks) a known word has at least: Tesseract's list also holds syllable
# pieces (`น์`, `นุ`), which would cover any letter with its misread mark.
MIN_WORD = 2
MAX_WORD = 24  # longer known words are rare; the cut looks no further back
TOOL_SECONDS = 20.0  # unpacking the word list takes well under a second
_THAI_RUN = re.compile("[\u0e01-\u0e4e]+")
_MARKS = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d"
)
_PLACE_PREFIX = re.compile("^(?:อำเภอ|เขต|ตำบล|แขวง|กิ่งอำเภอ)")


@cache
def thai_words() -> frozenset[str]:
    """Tesseract's Thai word list and the place names; empty without tesseract."""
    words = (*_tesseract_words(), *_place_names())
    return frozenset(w for w in words if len(w) - sum(ch in _MARKS for ch in w) >= MIN_WORD)


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


def _place_names() -> list[str]:
    names: list[str] = []
    for province in geothai.provinces():
        names.append(province.name_th)
        for district in geothai.districts(province.code):
            names.append(_PLACE_PREFIX.sub("", district.name_th))
            for sub in geothai.subdistricts(district.code):
                names.append(_PLACE_PREFIX.sub("", sub.name_th))
    return names


def known_letters(text: str, words: frozenset[str] | None = None) -> tuple[int, int]:
    """(Thai characters covered by known words, Thai characters) in `text`, each run of
    Thai cut into words the way that covers most."""
    words = thai_words() if words is None else words
    covered = total = 0
    for run in _THAI_RUN.findall(text):
        total += len(run)
        covered += _covered(run, words)
    return covered, total


def known_share(text: str, words: frozenset[str] | None = None) -> float:
    """The share of `text`'s Thai characters that known words cover (1.0 with no Thai)."""
    covered, total = known_letters(text, words)
    return covered / total if total else 1.0


def _covered(run: str, words: frozenset[str]) -> int:
    best = [0] * (len(run) + 1)
    for end in range(1, len(run) + 1):
        best[end] = best[end - 1]  # this character unknown
        for start in range(max(0, end - MAX_WORD), end - MIN_WORD + 1):
            if run[start:end] in words:
                best[end] = max(best[end], best[start] + end - start)
    return best[-1]
