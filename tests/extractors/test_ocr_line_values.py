"""Digit values after their labels read again from their crops several ways and chosen
by the shape they must have (extractors/ocr_phones.py, ocr_ids.id_among,
ocr_id_line.phone_value_boxes and their use in extractors/ocr.py). Tesseract is replaced
by word tables and readings written here, but for one crop read for real. Numbers are
invented."""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from unseen_requests import with_check_digit

import extractors.ocr as ocr
from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_id_line import birth_value_box, phone_value_boxes
from extractors.ocr_ids import id_among
from extractors.ocr_phones import phone_among
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
FONT = KINNARI = Path("/usr/share/fonts/truetype/tlwg/Kinnari.ttf")
IN_CI = os.environ.get("CI") == "true"
HEAD = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)
ID = with_check_digit("370060031195")  # 3700600311951
PHONE = ["โท", "ร", "ศั", "พ", "ท", "์"]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _table(*lines: list[str]) -> str:
    rows = [HEAD]
    for n, words in enumerate(lines, start=1):
        for i, word in enumerate(words):
            rows.append(
                f"5\t1\t1\t1\t{n}\t{i + 1}\t{100 + i * 40}\t{600 + n * 100}\t30\t40\t90\t{word}"
            )
    return "\n".join(rows)


def test_the_phone_most_readings_give_in_a_thai_numbers_shape_is_taken() -> None:
    reads = ["0815527344", "0815527394", "0845527344", "0815527394", "0812552111594", ""]
    assert phone_among(reads) == "+66815527394"
    assert phone_among(["0815527394", "9-5527394", "05527394"]) is None  # one reading alone
    assert phone_among(["0815527394", "0815527394", "0815527344", "0815527344"]) is None  # a tie
    assert phone_among(["006411759200", "006411759200"]) is None  # no Thai number's shape


def test_an_id_read_wrong_at_a_place_or_two_by_each_reading_is_taken_place_by_place() -> None:
    """No valid ID read twice: each place's digit by most readings, then the one other
    reading's digit that makes the check digit hold."""
    reads = ["270060031195", "-68", "2700600311951", "3700600312255", "3700600311965", "1"]
    assert id_among(reads) == ID
    assert id_among([ID, f"3-7006-00311-95-{ID[-1]}", "2700600311951"]) == ID  # two agree
    assert id_among(["3700600312255", "3700600311965"]) is None  # too few to vote
    assert id_among([ID, "1103700982141"]) is None  # two valid ones, once each


def test_phone_boxes_pass_over_a_misread_label_and_leave_out_a_fax_line() -> None:
    table = _table(
        [*PHONE, "043-261-555", "โท", "ร", "ส", "า", "ร", "043-261-559"],  # a letterhead's
        [*PHONE, "ม", "ก", "ฤ", "อ", "ก", "O62445180", "37"],  # (มือถือ) misread
    )
    boxes = phone_value_boxes(table)
    assert len(boxes) == 1
    left, top, right, _ = boxes[0]
    assert top < 800 < boxes[0][3]  # the second line
    assert left < 100 + 11 * 40 and right >= 100 + 12 * 40 + 30  # both pieces of the number


def _found(page: OcrPage) -> dict[str, tuple[str, list[str]]]:
    return {c.key: (c.value, c.provenance.flags) for c in best_reading(page, "2", labels())}


def _page(line: str, phones: tuple[str, ...]) -> OcrPage:
    read = (OcrLine(line, (0.9,) * len(line.replace(" ", ""))),)
    return OcrPage(1, read, 0, 0.0, line_phones=phones)


def test_a_phone_the_page_lost_comes_from_its_crop_read_again_doubtful() -> None:
    value, flags = _found(_page("โทรศัพท์ 062445180 37", ("+66624418037",)))["phone"]
    assert value == "+66624418037"
    assert "ocr_repaired" in flags and "ocr_low_confidence" in flags


def test_a_phone_the_page_read_in_shape_is_kept() -> None:
    """Every reading of a fax's crop gave a 9 as 4: the page's own number stands."""
    value, _ = _found(_page("โทรศัพท์ 064-117-5920", ("+66641175420",)))["phone"]
    assert value.replace("-", "") in ("0641175920", "+66641175920")


@pytest.mark.parametrize("phones", [("+66624418037", "+66815527394"), ("",), ()])
def test_no_phone_from_crops_that_do_not_give_one_number(phones: tuple[str, ...]) -> None:
    assert "phone" not in _found(_page("ชื่อ นายธนากร พึ่งทองคำ", phones))


@pytest.mark.skipif(
    (shutil.which("tesseract") is None or not FONT.exists()) and not IN_CI,
    reason="needs tesseract and fonts-thai-tlwg (fails in CI)",
)
def test_a_phone_cropped_tight_to_its_line_reads_again_as_written() -> None:
    """A blurred phone, the crop as the word table boxes it (no white above or below the
    digits): read several ways, framed in white, most readings give it (unframed, half
    read its 9 as 0)."""
    page = Image.new("L", (1400, 200), 255)
    draw = ImageDraw.Draw(page)
    draw.text((420, 60), "081 552 7394", font=ImageFont.truetype(str(KINNARI), 36), fill=40)
    page = page.filter(ImageFilter.GaussianBlur(1.5))
    box = (400, 80, 645, 110)  # the digits' words, as Tesseract boxes them: tight
    assert phone_among(ocr._line_reads(box, (page, page))) == "+66815527394"


BIRTH = ["เก", "ิ", "ด", "วั", "น", "ที่"]


def test_the_birth_date_box_runs_past_the_month_to_the_next_label() -> None:
    line = [*BIRTH, "16", "เดือน", "สิงหาคม", "พ.ศ.", "2519", "โท", "ร", "ศั", "พ", "ท", "์", "086"]
    box = birth_value_box(_table(line))
    assert box is not None
    assert box[2] >= 100 + 10 * 40 + 30  # the year's word, past the month's letters
    assert box[2] < 100 + 11 * 40 + 30  # not over โทรศัพท์
    assert birth_value_box(_table(line, line)) is None  # two people's dates
    assert birth_value_box(_table([*BIRTH, "เดือน", "พ.ศ."])) is None  # nothing written


def test_a_birth_date_is_taken_where_two_readings_of_its_crop_agree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Four readings (two cuts, two heights), made dates as a page's line (a month two
    letters off, leader dots): one date read twice is taken, a tie or one reading not."""
    answers = iter(
        [
            "วันที่.. 30. เดือน.. มกถรวคม. พ.ศ...2502.",  # no date
            "วันที 30 เดือน.มกราคม พ ศ. 2502",
            "วันที่ 30 เดือน มกราคม พ.ศ. 2502",
            "วันที่ 30 เดือน มกราคม พ.ศ. 2602",  # a year to come
            *["Yuh 14 เตือน รธันวาคม wa. 2528", "ขันที่ 19 เตือน รธันวาคม wa. 2528"] * 2,
        ]
    )
    monkeypatch.setattr(ocr, "read_each", lambda crops, *_: [next(answers) for _ in crops])
    cuts = (Image.new("L", (2000, 1500), 255), Image.new("L", (2000, 1500), 255))
    table = _table([*BIRTH, "30", "เดือน", "มกราคม", "พ.ศ.", "2502"])
    assert ocr._line_birth(table, cuts) == "30 มกราคม 2502"
    assert ocr._line_birth(table, cuts) == ""  # 14 twice, 19 twice: a fax's 9 or 4


def test_a_birth_date_with_its_month_abbreviated_is_read_from_its_crop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A form's month written short (ก.พ.): its dots are the month's, not a leader's (a
    scan's four readings of such a crop gave no date, each read right but the year)."""
    answers = iter(
        [
            "Jun 11 เดือน ก.พ.   wm, 2943",
            "วันท 11  เดิอน กุพ.   WA. 2543",
            "วันที่ 11 เดือน ก.พ.   พ.ศ. 2543",
            "วันที่ 11 เดือน ก.พ.   พ.ศ. 2943",
        ]
    )
    monkeypatch.setattr(ocr, "read_each", lambda crops, *_: [next(answers) for _ in crops])
    cuts = (Image.new("L", (2000, 1500), 255), Image.new("L", (2000, 1500), 255))
    table = _table([*BIRTH, "11", "เดือน", "ก.พ.", "พ.ศ.", "2543"])
    assert ocr._line_birth(table, cuts) == "11 ก.พ. 2543"


def test_a_birth_date_label_only_another_reading_read_gives_the_crop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A photo's strict cut lost the birth line's label (`วเกิดวันที่` read as junk) where
    the grey page read it: the crop after the label as that reading found it is read
    again (the readings of a poor page read at the grey page and the lenient cut)."""
    tables = iter(["strict", "grey", "lenient"])

    def reading(image: Image.Image, number: int, *args: object, **kw: object) -> object:
        table = next(tables)
        line = OcrLine("ชื่อ นางสาวมาลี ใจดี", (0.5,) * 15)
        births = {"strict": ""}
        page = OcrPage(number, (line,), 0, 0.0, line_birth=births.get(table, ""))
        return page, table

    monkeypatch.setattr(ocr, "_reading", reading)
    monkeypatch.setattr(
        ocr, "_line_birth", lambda table, cuts: "25 มิถุนายน 2540" if table == "grey" else ""
    )
    page = ocr._readings(Image.new("L", (1200, 900), 255), 1, 0)
    assert page.line_birth == "25 มิถุนายน 2540"


def _born(line: str, birth: str) -> dict[str, tuple[str, list[str]]]:
    read = (OcrLine(line, (0.9,) * len(line.replace(" ", ""))),)
    return _found(OcrPage(1, read, 0, 0.0, line_birth=birth))


def test_a_birth_date_the_page_lost_comes_from_its_crop_doubtful() -> None:
    value, flags = _born("ชื่อ นายธนากร พึ่งทองคำ", "30 มกราคม 2502")["birth_date"]
    assert value == "30 มกราคม 2502" and "ocr_low_confidence" in flags
    kept, _ = _born("เกิดวันที่ 14 ธันวาคม 2528", "19 ธันวาคม 2528")["birth_date"]
    assert "14" in kept  # the page's own date stands


def test_a_page_date_with_a_digit_read_as_a_symbol_gives_way_to_its_crop() -> None:
    """Tesseract writes `?` (or `°`, `#`) for a digit it could not place: `1?` is a day
    of two digits whose second was lost, and the page's date made of what is left (the
    1st) is no reading of it. The crop's readings that agree on one date stand in,
    doubtful; with no crop reading the page's is kept, as flagged as it was."""
    value, flags = _born("เกิดวันที่ 2? เดือน มีนาคม พ.ศ. 2519", "27 มีนาคม 2519")["birth_date"]
    assert value == "27 มีนาคม 2519" and {"ocr_repaired", "ocr_low_confidence"} <= set(flags)
    value, _ = _born("เกิดวันที่ 8 เดือน พฤษภาคม พ.ศ. 25°4", "8 พฤษภาคม 2534")["birth_date"]
    assert value == "8 พฤษภาคม 2534"
    kept, _ = _born("เกิดวันที่ 2? เดือน มีนาคม พ.ศ. 2519", "")["birth_date"]
    assert kept.startswith("2?")
    # a speck after a whole number (`2519.`, `14,`) is no lost digit
    kept, _ = _born("เกิดวันที่ 14, เดือน มีนาคม พ.ศ. 2519.", "17 มีนาคม 2519")["birth_date"]
    assert "14" in kept


def test_a_crop_tesseract_dies_on_reads_as_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract was seen to die (SIGFPE) on one phone crop of a flatbed scan: that
    reading is lost, not the page. The run reading a mode's crops together dies with it
    (`ocr_batch.read_each` gives None), and each crop is read alone."""

    def dies(strip: Image.Image, also: str = "", mode: str = "7") -> str:
        if mode == "13":
            raise RuntimeError("tesseract exited with -8")
        return "0815527394"

    def batch(crops: list[Image.Image], options: list[str], run: object) -> list[str] | None:
        return None if "13" in options else ["0815527394"] * len(crops)

    monkeypatch.setattr(ocr, "read_each", batch)
    monkeypatch.setattr(ocr, "_read_digits", dies)
    page = Image.new("L", (800, 200), 255)
    reads = ocr._line_reads((100, 50, 500, 100), (page, page))
    assert reads.count("") == 4 and phone_among(reads) == "+66815527394"
