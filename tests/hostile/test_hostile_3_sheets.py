"""Hostile set 3, exports: a formula hidden behind a bidirectional control.

storage.sheets defuses a cell whose formula sign comes after characters a spreadsheet
may trim or that draw nothing (whitespace, zero-width space, BOM). The bidirectional
controls (U+202A-U+202E, U+2066-U+2069, U+061C) draw nothing either, and an attacker
writes them into a subject, a name or a file name as easily."""

from __future__ import annotations

import pytest

from storage.sheets import safe_cell

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("control", [*BIDI, "\u061c"])
@pytest.mark.parametrize(
    "formula", ['=HYPERLINK("http://evil.example","ดูเอกสาร")', "+1+1", "@SUM(A1)"]
)
def test_a_formula_behind_a_bidi_control_is_defused(control: str, formula: str) -> None:
    assert safe_cell(control + formula).startswith("'")


def test_thai_text_with_a_dash_inside_is_left_alone() -> None:
    assert safe_cell("ขอสำเนา - ทะเบียนบ้าน") == "ขอสำเนา - ทะเบียนบ้าน"
