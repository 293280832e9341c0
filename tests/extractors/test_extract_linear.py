"""The readers of a request's text must stay linear in it, like the masker
(test_masking_linear.py): the email pattern of `extractors.values` rescanned a long run of
letters from every position, so a 20 KB line cost the prose reader 0.2 s of every
message's extraction and a megabyte in an email field would have held a sandbox child
until its limit killed it, costing the citizen an attempt."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import pytest

from extractors.prose import find_entities
from extractors.sandbox import LimitExceeded, Limits, run_bounded
from extractors.values import clean_value

HOSTILE = {
    "letters": "x" * 1_000_000,
    "address characters": "a.b-c_d+" * 125_000,
    "at signs": "a@b" * 300_000,
}


def _entities(text: str) -> int:
    return len(list(find_entities(text)))


def _email_value(text: str) -> str:
    return clean_value("email", text)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
@pytest.mark.parametrize("reader", [_entities, _email_value], ids=["prose", "email field"])
def test_a_megabyte_of_hostile_text_is_read_within_a_generous_limit(
    kind: str, reader: Callable[[str], object]
) -> None:
    try:
        run_bounded(reader, HOSTILE[kind], limits=Limits(seconds=20, memory_mb=1024))
    except LimitExceeded as exc:
        pytest.fail(f"reading {kind} did not finish: {exc.reason}")


def test_an_address_inside_long_text_is_still_found() -> None:
    text = "x" * 50_000 + " write to somchai.j@example.co.th please"
    assert ("email", "somchai.j@example.co.th") in {(k, v) for k, v, _, _ in find_entities(text)}
    assert clean_value("email", "อีเมล somchai.j@example.co.th.") == "somchai.j@example.co.th"


# Patterns that `search`, `sub` or `finditer` run over untrusted text (those only ever
# `match`ed at one position cannot be quadratic). Each must start a match only where a
# run begins: a lookbehind, like masking.EMAIL's.
SCANNED = [
    ("extractors.values", "EMAIL_IN_TEXT"),
    ("extractors.mail_text", "_ADDRESS"),
    ("extractors.body_form", "_LEADERS"),
    ("extractors.thai", "_SPACE_BEFORE_MARK"),
    ("extractors.provinces", "_SUFFIX"),
    ("extractors.html_text", "_LABEL_COLON"),
    ("extractors.labels", "_WIDGET_WORDS"),
    ("extractors.masking", "EMAIL"),
    ("extractors.values", "_NAME_END"),
    ("extractors.values", "_DATE_END"),
    ("extractors.body_form", "_PAIR_GAP"),
    ("extractors.body_form", "_TWO_SPACES"),
    ("extractors.prose", "_SIGNED"),
    ("extractors.prose", "_SIGNED_OFF"),
    ("extractors.prose", "_BORN"),
    ("extractors.address_tail", "_SPLIT"),
]
RUNS = {
    "spaces": " " * 300_000,
    "letters": "x" * 300_000,
    "line ends": "\n" * 300_000,
    "signature words": "ลงชื่อ" * 50_000,  # each one a place a signature may start
}


def _scan(module: str, name: str, text: str) -> int:
    pattern = getattr(importlib.import_module(module), name)
    return sum(1 for _ in pattern.finditer(text))


@pytest.mark.parametrize("run", sorted(RUNS))
@pytest.mark.parametrize(("module", "name"), SCANNED, ids=[n for _, n in SCANNED])
def test_no_scanning_pattern_is_quadratic_on_a_long_run(module: str, name: str, run: str) -> None:
    try:
        run_bounded(_scan, module, name, RUNS[run], limits=Limits(seconds=20, memory_mb=512))
    except LimitExceeded as exc:
        pytest.fail(f"{module}.{name} on {run}: {exc.reason}")
