"""A typed letter's line wrapped inside a mobile number ("ติดต่อได้ที่หมายเลข 086 954" /
"1238", a PDF's page width): the number put back whole and read as the applicant's.
Names and numbers are invented."""

from __future__ import annotations

from extractors.wrapped_mobile import mobile_wraps_mended


def test_a_number_after_its_word_wrapped_after_the_second_group() -> None:
    lines = [(1, "เร่งรัดให้ผู้ร้องโดยเร็ว ผู้ร้องติดต่อได้ที่หมายเลข 089 412"), (2, "7730"),
             (3, "ขอแสดงความนับถือ")]  # fmt: skip
    mended = mobile_wraps_mended(lines)
    assert "089 412 7730" in mended[0][1]
    assert mended[1][1].strip() == ""


def test_a_house_number_ending_a_line_is_left_alone() -> None:
    lines = [(1, "ผู้ร้องอยู่บ้านหมายเลขที่ 089"), (2, "4127730 ตำบลนาดี")]
    assert mobile_wraps_mended(lines) == lines
