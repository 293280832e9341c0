"""receipt_numbers finds what the one case-insensitive pattern it was written as finds
(number before and after it guarded, Thai digits counted), on texts made to trip it:
letters that fold onto ASCII ones (KELVIN SIGN, LONG S, dotless i), prefixes run
together, numbers at the very start and end, dashes and digits everywhere."""

from __future__ import annotations

import random
import re

import pytest

from intake.stages.classify import receipt_numbers


def reference(text: str, prefix: str) -> list[str]:
    pattern = re.compile(
        rf"(?<![A-Za-z\d]){re.escape(prefix)}-(\d{{4}})-(\d{{6}})(?![A-Za-z\d])", re.IGNORECASE
    )
    digits = lambda s: "".join(str(int(d)) for d in s)  # noqa: E731
    return [f"{prefix}-{digits(y)}-{digits(n)}" for y, n in pattern.findall(text)]


# Pieces a text is built of: whole numbers, their parts, and characters next to them.
PIECES = [
    "REQ-2569-000001", "req-2569-000002", "REQ-๒๕๖๙-๐๐๐๐๑๒", "ReQ", "REQ", "-", "-2569",
    "-000003", "2569", "0000045", "X", "x", "1", "๑", "\u212a", "\u017f", "\u0131", "\u0130",
    "ſQ", " ", "\n", "ก", "เลขรับ", "[", "]", "AAA", "AA-2569-000006", "KS",
]  # fmt: skip


@pytest.mark.parametrize("prefix", ["REQ", "AA", "KS", "SARA"])
def test_same_numbers_as_the_pattern_it_was_written_as(prefix: str) -> None:
    rng = random.Random(2569)
    pieces = [*PIECES, f"{prefix}-2569-000007", f"{prefix.lower()}-2570-123456"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = reference(text, prefix)
        assert receipt_numbers(text, prefix) == expected, text
        found += len(expected)
    assert found > 100  # the texts did name numbers, so the two were compared on some


def test_letters_folding_onto_the_prefix() -> None:
    # IGNORECASE folds KELVIN SIGN onto k and LONG S onto s: as the pattern always did
    assert receipt_numbers("\u212as-2569-000001", "KS") == ["KS-2569-000001"]
    assert receipt_numbers("\u017fREQ-2569-000001", "REQ") == []  # a letter just before
