"""Unicode normalisation of text a sender controls stays linear in its length.

NFC, NFKC and NFD sort each run of combining marks by class with an insertion sort: one
Thai consonant carrying 240,000 marks that alternate MAI EK (class 107) and SARA U (103)
cost CPython minutes, and hostile set 6 (thai_marks_canonical_order) was quarantined for
it. Real text stacks a handful of marks on a letter; runs past the Stream-Safe limit of
UAX #15 (30 non-starters) are cut there."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from extractors.labels import canonical
from extractors.thai import normalise_thai_text
from extractors.unicode_safe import MAX_MARKS, normalize, stream_safe

TOWER = "ก" + "\u0e48\u0e38" * 20_000


@pytest.mark.parametrize("form", ["NFC", "NFKC", "NFD", "NFKD"])
def test_a_tower_of_marks_is_cut_to_the_stream_safe_limit(form: str) -> None:
    out = normalize(form, TOWER + " ทดสอบ")
    assert out.endswith(" ทดสอบ")
    assert len(out) == 1 + MAX_MARKS + len(" ทดสอบ")


def test_the_readers_normalisers_cut_the_tower() -> None:
    # at most MAX_MARKS marks stay on the letter (a mark typed twice in a row is one since
    # round 34, so a tower of two marks repeated comes down further still)
    cut = normalise_thai_text(TOWER)
    assert cut[0] == TOWER[0] and 1 < len(cut) <= 1 + MAX_MARKS
    assert len(canonical(TOWER)) <= 1 + MAX_MARKS


def test_real_thai_and_accented_text_is_left_as_it_is() -> None:
    text = "กี่ครั้ง ประสิทธิ์ น้ำ ผู้ใหญ่ café e\u0301\u0323 ḍ̇"
    assert stream_safe(text) == text
    assert normalize("NFC", text) == unicodedata.normalize("NFC", text)


def test_no_combining_mark_lies_past_the_planes_the_table_covers() -> None:
    """The mark table is built from planes 0 and 1 only (fast at import); a Unicode
    version that puts a mark further out must grow it."""
    far = [cp for cp in range(0x20000, sys.maxunicode + 1, 1) if unicodedata.combining(chr(cp))]
    assert far == []


def _cut_by_hand(text: str) -> str:
    """What stream_safe must give, worked out one character at a time."""
    kept, run = [], 0
    for char in text:
        run = run + 1 if unicodedata.combining(char) else 0
        if run <= MAX_MARKS:
            kept.append(char)
    return "".join(kept)


# U+1D167 (musical tremolo) and U+1E94A (Adlam nukta) are combining marks past the BMP;
# U+1F64F (folded hands, an emoji) is past it and is no mark.
@pytest.mark.parametrize(
    "text",
    [
        "x" + "\u0301" * 31 + " ทดสอบ " + "\u0e48" * 30 + "ก",
        "ขอบคุณครับ \U0001f64f " + "ก" + "\u0e48\u0e38" * 40,  # an emoji beside a long run
        "a" + "\U0001d167" * 45 + " b",  # a run of marks past the BMP alone
        "a" + "\u0301\U0001e94a" * 20 + " b" + "\U0001e94a" * 31,  # mixed, and at the end
        "\U0001f64f" * 40 + "\u0e31" * 29,  # astral text, runs under the limit
    ],
)
def test_runs_are_cut_alike_in_and_past_the_bmp(text: str) -> None:
    assert stream_safe(text) == _cut_by_hand(text)
