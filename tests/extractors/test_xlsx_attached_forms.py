"""Excel forms as Thai citizens fill them (issue 8, the fifth held-out set): each test
failed before its fix."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from extractors.extract import matcher_for
from extractors.templates import load_templates
from extractors.xlsx_form import XlsxFormExtractor

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def workbook(rows: list[tuple[str, object]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for r, (label, value) in enumerate(rows, start=1):
        book.active.cell(r, 1, label)
        book.active.cell(r, 2, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("typed", "want"), [(816639027, "0816639027"), (21234567, "021234567")])
def test_a_phone_excel_made_a_number_gets_its_leading_zero_back_and_a_flag(
    typed: int, want: str
) -> None:
    """0816639027 typed into a General cell is stored as the number 816639027: the
    leading 0 of a Thai number is Excel's loss, not the citizen's. A clerk checks it."""
    result = XlsxFormExtractor().extract(workbook([("เบอร์โทร", typed)]), part="2", labels=LABELS)
    found = {c.key: c for c in result.candidates}
    assert found["phone"].value == want
    assert found["phone"].confidence < 0.8


def test_a_number_that_is_no_thai_phone_is_left_as_it_is() -> None:
    result = XlsxFormExtractor().extract(workbook([("เบอร์โทร", 12345)]), part="2", labels=LABELS)
    assert {c.key: c.value for c in result.candidates}.get("phone", "12345") == "12345"


def test_two_pairs_to_a_row_are_both_read() -> None:
    """unseen9: a paper form laid out in Excel, two label/value pairs to a row (A:B and
    D:E); the second label is a cell of its own, not words of the first value."""
    import openpyxl

    book = openpyxl.Workbook()
    rows = [
        ("ชื่อ-นามสกุล", "นายศุภชัย พรหมวงศ์", "เลขประจำตัวประชาชน", "1101400277351"),
        ("ที่อยู่", "55/102 ถนนนวมินทร์ แขวงคลองกุ่ม", "จังหวัด", "กรุงเทพมหานคร"),
    ]
    for r, (a, b, d, e) in enumerate(rows, start=1):
        for c, text in ((1, a), (2, b), (4, d), (5, e)):
            book.active.cell(r, c, text)
    out = io.BytesIO()
    book.save(out)
    result = XlsxFormExtractor().extract(out.getvalue(), part="2", labels=LABELS)
    found = {c.key: c.value for c in result.candidates}
    assert found["full_name"] == "นายศุภชัย พรหมวงศ์"
    assert found["national_id"] == "1101400277351"
    assert found["address"] == "55/102 ถนนนวมินทร์ แขวงคลองกุ่ม"
    assert found["province"] == "กรุงเทพมหานคร"
