"""A sheet's head block as a row of captions over one row of values (set 103: a group's
head over its members' list), and a signer's row with its date beside his name. Names,
numbers and places invented."""

from __future__ import annotations

from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import matcher_for
from extractors.templates import load_templates
from extractors.values import clean_value
from extractors.xlsx_form import xlsx_lines

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))
CHAIR_ID = with_check_digit("340180011223")


def test_captions_in_a_row_over_their_values() -> None:
    head = ["ชื่อชมรม", "เลขทะเบียนชมรม", "ประธานชมรม", "เลขประจำตัวประชาชนประธาน",
            "โทรศัพท์ประธาน", "ที่ตั้งชมรม"]  # fmt: skip
    values = ["ชมรมผู้สูงอายุบ้านโคก", "อบ.77/2563", "นายเสนาะ ใจมั่น", CHAIR_ID,
              "089 224 7781", "19 ม.6 ต.โคกสะอาด อ.เมือง จ.อุบลราชธานี 34000"]  # fmt: skip
    lines = xlsx_lines([["รายงานสมาชิก"], head, values, [], ["ลำดับ", "ชื่อ"]], LABELS)
    assert "ประธานชมรม: นายเสนาะ ใจมั่น" in lines
    assert f"เลขประจำตัวประชาชนประธาน: {CHAIR_ID}" in lines
    assert "ที่ตั้งชมรม: 19 ม.6 ต.โคกสะอาด อ.เมือง จ.อุบลราชธานี 34000" in lines


def test_a_header_over_several_rows_is_left_to_the_lists() -> None:
    head = ["ชื่อชมรม", "ประธานชมรม", "โทรศัพท์ประธาน"]
    rows = [head, ["ชมรมก", "นายหนึ่ง ใจดี", "0812223344"], ["ชมรมข", "นายสอง ใจดี", "0815556677"]]
    assert "ประธานชมรม: นายหนึ่ง ใจดี" not in xlsx_lines(rows, LABELS)


def test_the_date_beside_a_signers_name_ends_it() -> None:
    assert clean_value("name", "นายเสนาะ ใจมั่น วันที่ 3/12/2569") == "นายเสนาะ ใจมั่น"
    assert clean_value("name", "นายวันที ใจมั่น") == "นายวันที ใจมั่น"


def test_a_titled_name_under_a_caption_is_a_value() -> None:
    # a family name near a label's word ("...สกุล" beside "นามสกุล") is still a name (set 114)
    head = ["ลำดับ", "ชื่อผู้จอง", "เลขประจำตัวประชาชนผู้จอง", "โทรศัพท์", "ที่อยู่ผู้จอง", "แปลงเลขที่"]
    values = ["1", "นายอดิศักดิ์ ลิ้มสกุล", CHAIR_ID, "089-221-4470",
              "12 ถ.ชยางกูร ต.ในเมือง อ.เมืองอุบลราชธานี จังหวัดอุบลราชธานี 34000", "E-17"]  # fmt: skip
    lines = xlsx_lines([head, values], LABELS)
    assert "ชื่อผู้จอง: นายอดิศักดิ์ ลิ้มสกุล" in lines
    assert f"เลขประจำตัวประชาชนผู้จอง: {CHAIR_ID}" in lines
