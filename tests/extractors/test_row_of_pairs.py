"""A register's member typed on one numbered row, its pairs one space apart with no
colons ("1. ชื่อ <name> เลขประจำตัวประชาชน <ID> เพศ <sex> เกิด <date> สถานภาพ <standing>"):
each field's pair read apart, the pair no field takes (เพศ) passed over, a row wrapped
after a label joined to its value below (extractors.row_of_pairs). Made-up people."""

from __future__ import annotations

from pathlib import Path

from extractors.body_form import label_pairs, parse_label_line
from extractors.extract import matcher_for
from extractors.row_of_pairs import rows_rejoined
from extractors.templates import load_templates

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


MEMBER_ID = with_check_digit("347020031145")


def _read(line: str) -> dict[str, str]:
    found = [parse_label_line(pair, LABELS) for pair in label_pairs(line, LABELS)]
    return {f.key: f.value for f in found if f is not None}


def test_a_numbered_rows_pairs_are_read_apart() -> None:
    read = _read(
        f"2. ชื่อ นางลำดวน พรมมา เลขประจำตัวประชาชน {MEMBER_ID} เพศ หญิง เกิด 14 ก.ย. 2511 สถานภาพ ผู้อาศัย"
    )
    assert read["full_name"] == "นางลำดวน พรมมา"
    assert read["national_id"] == MEMBER_ID
    assert read["birth_date"] == "14 ก.ย. 2511"


def test_a_line_no_list_numbers_is_read_whole_as_before() -> None:
    # a certificate's line beside the one who asks: its name only, as before
    read = _read(f"ชื่อ เด็กชายภาคิน พรมมา เลขประจำตัวประชาชน {MEMBER_ID}")
    assert read == {"full_name": "เด็กชายภาคิน พรมมา"}


def test_a_row_wrapped_after_a_label_is_joined_to_the_line_below() -> None:
    lines = [
        (1, f"1. ชื่อ นายบุญมี พรมมา เลขประจำตัวประชาชน {MEMBER_ID} เพศ"),
        (2, "ชาย เกิด 2 ม.ค. 2508 สถานภาพ เจ้าบ้าน"),
        (3, "สำเนาถูกต้อง"),
    ]
    joined = rows_rejoined(lines, lambda word: word in {"เพศ", "เกิด"})
    assert joined[0][1].endswith("เพศ ชาย เกิด 2 ม.ค. 2508 สถานภาพ เจ้าบ้าน")
    assert joined[1] == (2, "")
    assert joined[2] == (3, "สำเนาถูกต้อง")
