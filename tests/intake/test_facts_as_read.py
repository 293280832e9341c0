"""Facts a stage adds read back as their JSON would (intake.stage.as_read), without the
round trip through JSON text that once cost a fifth of the add."""

from __future__ import annotations

import json
from enum import IntEnum, StrEnum
from typing import Any

import pytest

from intake.stage import as_read


class Kind(StrEnum):
    REQUEST = "request"


class Level(IntEnum):
    HIGH = 3


CASES: list[Any] = [
    {"template": "general", "template_reason": None, "forwarded": False},
    {"defects": ["a", "b"], "text_parts": 1, "attachments": ("application/pdf", "image/png")},
    {"issues": {"phone": ["bad_digits"], "email": []}, "pdf_disarm": {"0": {"js": 2}}},
    {"score": 0.1, "tiny": 1e-05, "big": 1e300, "neg": -0.0},
    {7: "int key", 2.5: "float key", False: "bool key", None: "none key"},
    {"kind": Kind.REQUEST, "level": Level.HIGH, "nested": [Kind.REQUEST, (Level.HIGH,)]},
    {"thai": "คำร้อง", "nested": {"deep": [[{"x": (1, 2)}]]}},
]


@pytest.mark.parametrize("facts", CASES)
def test_as_read_is_what_the_json_reads_back(facts: dict[Any, Any]) -> None:
    expected = json.loads(json.dumps(facts))
    got = as_read(facts)
    assert got == expected
    # the same types, all the way down (1 == 1.0 == True would hide a difference)
    assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)
    assert repr(got) == repr(expected)


def test_as_read_shares_nothing_with_what_it_was_given() -> None:
    inner = ["a"]
    facts = {"list": inner, "dict": {"k": inner}}
    got = as_read(facts)
    inner.append("b")
    assert got == {"list": ["a"], "dict": {"k": ["a"]}}


def test_as_read_refuses_what_json_refuses() -> None:
    with pytest.raises(TypeError):
        as_read({"when": object()})
