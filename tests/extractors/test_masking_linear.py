"""Masking runs on every field and mail a clerk opens, so it must stay linear in the text:
the email pattern once rescanned a long run of letters from every position (a 20 KB line
took seconds, a 1 MB one hours), stalling the open_case stage of the worker."""

from __future__ import annotations

import pytest

from extractors.masking import mask_identifiers
from extractors.sandbox import LimitExceeded, Limits, run_bounded

HOSTILE = {
    "letters": "x" * 1_000_000,
    "address characters": "a.b-c_d+" * 125_000,
    "digits and spaces": ("1" + " " * 40) * 20_000,
    "at signs": "a@b" * 300_000,
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_megabyte_of_hostile_text_is_masked_within_a_generous_limit(kind: str) -> None:
    text = HOSTILE[kind]
    try:
        masked = run_bounded(mask_identifiers, text, limits=Limits(seconds=60, memory_mb=1024))
    except LimitExceeded as exc:
        pytest.fail(f"masking {kind} did not finish: {exc.reason}")
    assert len(masked) > 0


def test_addresses_are_still_masked_inside_long_text() -> None:
    text = "x" * 50_000 + " write to somchai.j@example.co.th please " + "y" * 50_000
    masked = mask_identifiers(text)
    assert "somchai.j@" not in masked and "sxxx@example.co.th" in masked
