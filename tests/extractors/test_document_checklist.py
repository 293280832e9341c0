"""A request's list of the papers it encloses names the ID card ("บัตรประชาชน สำเนา 1
ฉบับ", "บัตรประชาชน (ตัวจริง)" alone on its line): the card's name there is no label of
the ID, and the next paper's line no ID's value. The ID given under its own label stays
the case's, unflagged. Names and numbers invented (the ID with a valid check digit)."""

from __future__ import annotations

import pytest
from typed_mail import flagged, read
from unseen_requests import with_check_digit

ID = with_check_digit("341020011223")


@pytest.mark.parametrize(
    "paper",
    ["บัตรประชาชน สำเนา 1 ฉบับ", "บัตรประชาชน (ตัวจริง)", "- บัตรประชาชน", "1. บัตรประชาชน 1 ฉบับ"],
)
def test_the_id_card_in_a_list_of_papers_is_no_id_label(paper: str) -> None:
    case = read(
        "เรียน นายกเทศมนตรี\nชื่อ นางสมพร ใจเย็น\n"
        f"เลขประจำตัวประชาชน {ID}\nโทร 0912345678\n\n"
        f"เอกสารแนบ\n{paper}\nทะเบียนบ้าน สำเนา 1 ฉบับ\n",
        subject="ขอรับเบี้ยยังชีพผู้สูงอายุ",
    )
    assert case.fields.get("national_id") == ID
    assert not flagged(case, "national_id")
