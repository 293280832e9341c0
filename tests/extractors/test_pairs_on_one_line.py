"""Two label/value pairs on one line, as attached forms come out of Word and PDF text
layers with their spaces collapsed (issue 8, the fifth held-out set): each test failed
before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.labels import LabelMatcher
from extractors.office_files import read_lines
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
LABELS = LabelMatcher(load_templates(ROOT / "config" / "forms"))


def read(*lines: str) -> dict[str, str]:
    result = read_lines(list(lines), part="2", kind="docx", labels=LABELS)
    return {c.key: c.value for c in result.candidates}


@pytest.mark.parametrize(
    "line",
    [
        "จังหวัด.......ยโสธร.......รหัสไปรษณีย์......35000......",
        "จังหวัด………ยโสธร………รหัสไปรษณีย์………35000",
        "จังหวัด____ยโสธร____รหัสไปรษณีย์____35000____",
    ],
)
def test_pairs_parted_by_the_dotted_lines_they_were_typed_on(line: str) -> None:
    assert read(line) == {"province": "ยโสธร", "postal_code": "35000"}


def test_id_and_phone_typed_on_dots_after_the_name() -> None:
    found = read(
        "ข้าพเจ้า (ชื่อ-สกุล)......นายสมชาย ใจดี..........เลขประจำตัวประชาชน....3400600518273.....",
        "เกิดวันที่....14 มีนาคม 2514.....โทรศัพท์.....0816639027.....",
    )
    assert found["full_name"] == "นายสมชาย ใจดี"
    assert found["national_id"] == "3400600518273"
    assert found["birth_date"] == "14 มีนาคม 2514"
    assert found["phone"] == "0816639027"


def test_a_known_label_closed_by_a_colon_starts_a_pair_one_space_on() -> None:
    """A two-column PDF form: each printed line holds a pair of each column."""
    found = read(
        "ชื่อ-สกุล: นายสมชาย ใจดี ที่อยู่: 12 หมู่ที่ 3 ตำบลในเมือง อำเภอเมืองยโสธร",
        "วันเกิด: 14 มีนาคม 2514 รหัสไปรษณีย์: 35000",
        "โทรศัพท์: 0816639027 อีเมล: somchai@example.com",
    )
    assert found["full_name"] == "นายสมชาย ใจดี"
    assert found["address"] == "12 หมู่ที่ 3 ตำบลในเมือง อำเภอเมืองยโสธร"
    assert found["postal_code"] == "35000"
    assert found["email"] == "somchai@example.com"


def test_a_phone_run_on_into_the_next_label_one_space_apart() -> None:
    assert read("โทรศัพท์ 0816639027 อีเมล somchai@example.com") == {
        "phone": "0816639027",
        "email": "somchai@example.com",
    }


def test_a_colon_inside_a_value_is_no_pair() -> None:
    found = read("รายละเอียด: ขอสำเนาเอกสาร เวลา 10:30 น.")
    assert "details" not in found or found["details"].endswith("10:30 น.")


def test_a_heading_no_field_takes_on_its_own_dots_ends_the_value_before_it() -> None:
    """ "เกิดวันที่.....3 ตุลาคม 2502.....สัญชาติ.....ไทย.....": an allowance form's dotted
    line (set 102); the nationality's blank is no part of the birth date."""
    found = read(
        "ข้าพเจ้า (นาย/นาง/นางสาว)........นายสมชาย ใจดี........เกิดวันที่........3 ตุลาคม 2502"
        "........สัญชาติ........ไทย........"
    )
    assert found["full_name"] == "นายสมชาย ใจดี"
    assert found["birth_date"] == "3 ตุลาคม 2502"
