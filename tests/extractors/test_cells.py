"""Cell cleaning for exports: a control character in one field must not break a sheet."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from extractors.cells import clean_cell

ALLOWED_CONTROLS = {"\t", "\n", "\r"}


def test_control_characters_are_dropped_and_the_rest_kept() -> None:
    assert clean_cell("สมชาย\x00 ใจดี\x1b\x07") == "สมชาย ใจดี"
    assert clean_cell("line1\nline2\tcol\r") == "line1\nline2\tcol\r"
    assert clean_cell("a\ud800b") == "a\ufffdb"
    assert clean_cell("ปกติ =1+1") == "ปกติ =1+1"


def test_openpyxl_refuses_the_raw_value_but_takes_the_clean_one() -> None:
    sheet = Workbook().active
    assert sheet is not None
    with pytest.raises(IllegalCharacterError):
        sheet.append(["ที่อยู่\x00 12"])
    sheet.append([clean_cell("ที่อยู่\x00 12")])


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=60))
def test_any_clean_value_round_trips_through_an_xlsx_file(value: str) -> None:
    cleaned = clean_cell(value)
    assert all(ch in ALLOWED_CONTROLS or ord(ch) >= 0x20 for ch in cleaned)
    assert clean_cell(cleaned) == cleaned
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([cleaned])
    out = io.BytesIO()
    book.save(out)
    back = load_workbook(io.BytesIO(out.getvalue())).active
    assert back is not None
    assert _lines(back["A1"].value or "") == _lines(cleaned)  # XML reads CR as LF


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
