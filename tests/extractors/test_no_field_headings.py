"""A heading no field takes sharing a row with the name: a hospital's summary or a
clinic's card prints the patient's sex beside his name ("ชื่อผู้ป่วย: นาย...    เพศ: ชาย",
set 89's discharge summary); the sex ends the name as an age or a nationality does.
Names and numbers invented; the ID's check digit valid."""

from __future__ import annotations

import pytest
from test_shapes_47 import with_body, with_pdf

PATIENT_ID = "3100600445520"

ROWS = [
    "โรงพยาบาลตัวอย่าง แบบสรุปข้อมูลผู้ป่วย",
    "ชื่อผู้ป่วย: นางบุญเรือน ศรีทอง    เพศ: หญิง    อายุ: 71 ปี",
    f"เลขประจำตัวประชาชน: {PATIENT_ID}",
    "ที่อยู่: 5 หมู่ 2 ตำบลนาดี อำเภอเมืองสกลนคร จังหวัดสกลนคร 47000",
]


@pytest.mark.parametrize("sex", ["เพศ: หญิง", "เพศ หญิง", "Sex: F", "Gender: Female"])
def test_the_sex_beside_the_name_is_not_part_of_it(sex: str) -> None:
    rows = [row.replace("เพศ: หญิง", sex) for row in ROWS]
    case = with_body("\n".join(rows) + "\n")
    assert case.fields["full_name"] == "นางบุญเรือน ศรีทอง"


def test_the_sex_beside_the_name_in_a_typed_pdf() -> None:
    case = with_pdf("ขอเข้าระบบดูแลระยะยาวให้แม่ค่ะ\n", ROWS)
    assert case.fields["full_name"] == "นางบุญเรือน ศรีทอง"
