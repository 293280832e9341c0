"""A city-problem app's export of reports on a map (extractors.pin_column, xlsx_form).

Its columns are the app's own in English (ticket_id, type, coords, address, state,
reporter_name, reporter_phone): the address beside a column of coordinates is the pin's
place, never the reporter's home, and a word under "type" that is also a label (ถนน, the
report's kind) does not make the report's row a second row of labels.
"""

from __future__ import annotations

from pathlib import Path

from extractors.extract import matcher_for
from extractors.pin_column import PIN_PLACE, with_pin_place
from extractors.templates import load_templates
from extractors.xlsx_form import xlsx_lines

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
LABELS = matcher_for(TEMPLATES)

HEAD = ["ticket_id", "type", "comment", "coords", "address", "state", "reporter_name",
        "reporter_phone"]  # fmt: skip
ROW = ["2027-QX7T12", "ถนน", "หลุมบนถนนหน้าวัด", "99.81234,16.01234",
       "หน้าวัดใหม่ ต.บ้านกล้วย อ.เมืองสุโขทัย จ.สุโขทัย 64000", "กำลังดำเนินการ",
       "นายเกรียงไกร บุญมา", "0863341207"]  # fmt: skip


def test_the_reporters_columns_are_read_under_a_kind_that_is_also_a_label() -> None:
    lines = xlsx_lines([HEAD, ROW], LABELS)
    assert "name: นายเกรียงไกร บุญมา" in lines
    assert "phone: 0863341207" in lines


def test_the_pins_address_is_no_home() -> None:
    lines = xlsx_lines([HEAD, ROW], LABELS)
    assert not any(line.startswith("address:") for line in lines)
    assert f"{PIN_PLACE}: {ROW[4]}" in lines


def test_an_address_without_coordinates_is_the_filers() -> None:
    head = ["name", "phone", "address"]
    assert with_pin_place(head) == head
    assert with_pin_place(["lat,lng", "ที่อยู่"]) == ["lat,lng", PIN_PLACE]
