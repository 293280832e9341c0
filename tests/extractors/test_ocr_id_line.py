"""The national ID on its line read again as digits only (extractors/ocr_id_line.py and
its use in extractors/ocr.py): where the value lies after its label in Tesseract's word
table, and when the re-read is taken. Tesseract is replaced by word tables and readings
written here: what is tested is the rules, not recognition (the blind and held-out sets
run real tesseract)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from PIL import Image

import extractors.ocr as ocr
from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_id_line import id_value_box
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
HEAD = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _table(*lines: list[str], top: int = 600, height: int = 40) -> str:
    """A `tsv` word table: each line's words 30 px wide and 10 px apart, as Tesseract
    gives a Thai line (mostly a letter a word)."""
    rows = [HEAD]
    for n, words in enumerate(lines, start=1):
        y = top + n * 100
        for i, word in enumerate(words):
            x = 100 + i * 40
            rows.append(f"5\t1\t1\t1\t{n}\t{i + 1}\t{x}\t{y}\t30\t{height}\t90\t{word}")
    return "\n".join(rows)


LABEL = ["เล", "ข", "ป", "ร", "ะ", "จ", "ํ", "า", "ต", "ั", "ว", "ป", "ร", "ะ", "ชา", "ชน"]


def test_the_value_after_the_label_is_found_up_to_the_next_label() -> None:
    """`เลขประจำตัวประชาชน 3-6304-00118-27-0 โทร. 086...`: the ID's words, not the phone's."""
    table = _table(
        ["ช", "ื่", "อ", "นาย"], [*LABEL, "3-6304", "|", "00118-27-0", "โท", "ร", ".", "086"]
    )
    box = id_value_box(table)
    assert box is not None
    left, top, right, bottom = box
    label_end = 100 + (len(LABEL) - 1) * 40 + 30
    assert left >= label_end and left - label_end < 10  # from the label's end
    assert right >= 100 + (len(LABEL) + 2) * 40 + 30  # past the ID's last group
    assert right < 100 + (len(LABEL) + 3) * 40 + 30  # not over โทร (a margin at most)
    assert top < 800 and bottom > 840  # the ID's line (the second), and a margin


def test_a_digit_misread_as_a_letter_before_the_id_is_in_the_crop() -> None:
    """`อ๊:7102-00463-19-0` for 5-7102-...: a lone letter before the digits is the ID's."""
    table = _table([*LABEL, "อ๊", ":7102-00463-19-0"])
    box = id_value_box(table)
    assert box is not None and box[0] < 100 + len(LABEL) * 40


@pytest.mark.parametrize(
    "lines",
    [
        [["ช", "ื่", "อ", "นาย"]],  # no ID label
        [[*LABEL, "โท", "ร", "."]],  # a label and no digits after it
        [[*LABEL, "3630400118270"], [*LABEL, "1103700982141"]],  # two people's IDs
    ],
)
def test_no_box_without_one_labelled_id_with_digits(lines: list[list[str]]) -> None:
    assert id_value_box(_table(*lines)) is None


def test_the_crop_is_read_several_ways_and_taken_where_two_readings_agree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two cuts, two heights, two page modes: eight readings a crop (`_line_reads`)."""
    once = ["3-6304-00118-27-0", "3630400118270", "", "-", "3630400118276", "1", "", ""]
    twice = ["3630400118270", "3630400118276", "", "", "", "", "", ""]
    answers = iter([*once, *twice])
    monkeypatch.setattr(ocr, "read_each", lambda crops, *_: [next(answers) for _ in crops])
    cuts = (Image.new("L", (2000, 1500), 255), Image.new("L", (2000, 1500), 255))
    table = _table([*LABEL, "3-6304-00118-27-0"])
    assert ocr._line_digits(table, cuts)[0] == "3630400118270"  # dashes aside, twice
    assert ocr._line_digits(table, cuts)[0] == ""  # valid once only: not taken
    assert ocr._line_digits(_table(["ช", "ื่", "อ"]), cuts) == ("", ())  # no label: none read


def _page(line: str, line_id: str) -> OcrPage:
    read = (OcrLine(line, (0.9,) * len(line.replace(" ", ""))),)
    return OcrPage(1, read, 0, 0.0, line_id=line_id)


def _found(page: OcrPage) -> dict[str, tuple[str, list[str]]]:
    return {c.key: (c.value, c.provenance.flags) for c in best_reading(page, "2", labels())}


def test_an_id_that_fails_its_check_is_replaced_by_the_line_read_again() -> None:
    """A dust streak read as a digit: 14 digits on the page, 13 valid ones on the crop."""
    value, flags = _found(_page("เลขประจำตัวประชาชน 35630400118270", "3630400118270"))["national_id"]
    assert value == "3630400118270"
    assert "ocr_repaired" in flags and "ocr_low_confidence" in flags


def test_an_id_whose_label_was_lost_comes_from_the_line_read_again() -> None:
    value, flags = _found(_page("ชื่อ นายธนากร พึ่งทองคำ", "3630400118270"))["national_id"]
    assert value == "3630400118270" and "ocr_low_confidence" in flags


def test_two_valid_readings_that_differ_leave_the_page_reading_doubtful() -> None:
    """Both pass the check digit (one wrong number in ten does): the page is unsure."""
    page = _page("เลขประจำตัวประชาชน 3630400118270", "1103700982141")
    value, flags = _found(page)["national_id"]
    assert value == "3630400118270" and "ocr_low_confidence" in flags


@pytest.mark.parametrize("line_id", ["3630400118271", "363040011827", ""])
def test_a_line_reading_that_fails_its_check_changes_nothing(line_id: str) -> None:
    page = _page("เลขประจำตัวประชาชน 3630400118270", line_id)
    assert _found(page)["national_id"][0] == "3630400118270"
    assert "national_id" not in _found(_page("ชื่อ นายธนากร พึ่งทองคำ", line_id))
