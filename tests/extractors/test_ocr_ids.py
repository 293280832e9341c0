"""A national ID read by OCR chosen by its check digit among the ways it could be read
(extractors.ocr_ids): box sides read among its digits, and the digits other readings of
the page saw. What is chosen is flagged `ocr_repaired`, and doubtful when a digit was
guessed; where the check digit cannot tell, nothing is chosen. IDs are invented."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_ids import id_from_readings, id_without_box_sides
from extractors.templates import load_templates
from extractors.validate import national_id_is_valid

ROOT = Path(__file__).resolve().parents[2]
ID = with_check_digit("170020013457")  # 1700200134576


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _page(*lines: str) -> OcrPage:
    return OcrPage(1, tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)


def test_box_sides_no_digit_looks_like_are_dropped() -> None:
    assert id_without_box_sides(f"{ID[0]} [{ID[1:5]} {ID[5:10]}| {ID[10:12]} {ID[12]}]") == ID
    assert id_without_box_sides("๑๗๐๐๒ ๐๐๑๓๔ ๕๗๖") == ID  # Thai digits


def test_a_side_read_as_1_is_dropped_where_the_check_digit_says() -> None:
    assert id_without_box_sides(f"{ID[0]}1{ID[1:]}") == ID
    assert id_without_box_sides(f"{ID[:5]} 1{ID[5:]}") == ID


def test_no_choice_when_the_check_digit_cannot_tell_or_none_holds() -> None:
    other = with_check_digit("250310066281")
    # two sides read as 1: two 1s are not dropped (a guess too often wrong)
    assert id_without_box_sides(f"{other[0]} [1{other[1:6]} 1{other[6:]}") is None
    assert id_without_box_sides(ID[:12] + str((int(ID[12]) + 1) % 10)) is None  # no side
    assert id_without_box_sides(f"{ID}99") is None  # too many digits
    assert id_without_box_sides(f"{ID[:6]}ก{ID[7:]}") is None  # a letter: not for here


def test_a_digit_another_reading_saw_is_taken_when_only_it_makes_the_id_valid() -> None:
    wrong_first = "2" + ID[1:]
    other = ID[0] + "9" + ID[2:]  # right where the chosen is wrong, wrong elsewhere
    assert not national_id_is_valid(wrong_first)
    assert id_from_readings(wrong_first, [other]) == ID
    assert id_from_readings(ID, [other]) is None  # valid already
    assert id_from_readings(wrong_first, [wrong_first, ID[:12]]) is None  # nothing to take
    far = ID[0] + "98" + ID[3:]  # three places apart: not the same digits read well
    assert id_from_readings(wrong_first, [far]) is None


def test_the_page_reader_repairs_a_boxed_id_under_a_misread_label_and_flags_it() -> None:
    line = f"เลขประจำตัวประชชน {ID[0]} [1{ID[1:5]} {ID[5:10]}| {ID[10:]}"
    found = {c.key: c for c in best_reading(_page(line), "ocr", labels())}
    assert found["national_id"].value == ID
    assert {"ocr", "ocr_repaired", "ocr_low_confidence"} <= set(
        found["national_id"].provenance.flags
    )


def test_an_id_label_inside_a_line_is_read_when_the_check_digit_completes_its_value() -> None:
    thai = ID.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    line = f"oy ๕๕ ปี บัตรประจำตัวประชาชนเลขที่ {thai[0]}/{thai[2:]}"  # ๗ read as /
    found = {c.key: c for c in best_reading(_page(line), "ocr", labels())}
    assert found["national_id"].value == ID
    assert "ocr_low_confidence" in found["national_id"].provenance.flags


def test_the_readings_of_a_page_vote_an_id_by_its_check_digit() -> None:
    wrong_first = "2" + ID[1:]
    page = _page(f"เลขประจำตัวประชาชน {wrong_first}")
    grey = _page(f"เลขประจำตัวประชาชน {ID[0]}9{ID[2:]}")
    page = OcrPage(1, page.lines, 0, 0.0, alternatives=(grey,))
    found = {c.key: c for c in best_reading(page, "ocr", labels())}
    assert found["national_id"].value == ID
    assert {"ocr_repaired", "ocr_low_confidence"} <= set(found["national_id"].provenance.flags)


def test_a_first_digit_3_read_as_2_is_chosen_by_the_check_digit_and_doubtful() -> None:
    # 3 set in a typewriter face read as 2: only 3 makes the check digit hold
    page = _page("เลขประจำตัวประชาชน 2103702071818")
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["national_id"].value == "3103702071818"
    assert {"ocr_repaired", "ocr_low_confidence"} <= set(found["national_id"].provenance.flags)
