"""An address's house number and village number (หมู่ที่) read again as digits only
(extractors/ocr_address_numbers.py and its use in extractors/ocr.py): where the values
lie after their labels in Tesseract's word table, which are read again, which re-reads
are taken, and a rendered page whose small written numbers the page's reading lost."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import extractors.ocr as ocr
from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import best_reading, ocr_page
from extractors.ocr_address_numbers import HOUSE, VILLAGE, number_among, number_boxes, shaped
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
IN_CI = os.environ.get("CI") == "true"
needs_ocr = pytest.mark.skipif(
    (shutil.which("tesseract") is None or not FONT_DIR.exists()) and not IN_CI,
    reason="needs tesseract and fonts-thai-tlwg (fails in CI)",
)
HEAD = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _table(*words: tuple[str, int, int]) -> str:
    """A one-line `tsv` word table: each word with its left and right, 40 px high."""
    rows = [HEAD]
    for i, (text, left, right) in enumerate(words, start=1):
        rows.append(f"5\t1\t1\t1\t1\t{i}\t{left}\t600\t{right - left}\t40\t80\t{text}")
    return "\n".join(rows)


def test_the_shapes_of_a_house_and_a_village_number() -> None:
    assert shaped(HOUSE, "88") and shaped(HOUSE, "9/41") and shaped(HOUSE, "1234")
    assert not shaped(HOUSE, "*”") and not shaped(HOUSE, "0") and not shaped(HOUSE, "9/")
    assert shaped(VILLAGE, "4") and shaped(VILLAGE, "12")
    assert not shaped(VILLAGE, "123") and not shaped(VILLAGE, "04") and not shaped(VILLAGE, "")


def test_values_misread_after_their_labels_are_found_up_to_the_next_label() -> None:
    table = _table(
        ("ที่อยู่", 100, 220), ("เลข", 240, 300), ("ที่", 300, 340), ("*”", 420, 450),
        ("หมู่", 560, 620), ("ที่", 620, 660), ("“*", 720, 750), ("ตำบล", 860, 960),
    )  # fmt: skip
    got = number_boxes(table)
    assert [(b.kind, b.read) for b in got] == [(HOUSE, "*”"), (VILLAGE, "“*")]
    house, village = got
    assert house.rect[0] >= 340 and house.rect[2] <= 560  # between the labels
    assert village.rect[0] >= 660 and village.rect[2] <= 860
    assert house.rect[1] < 600 and house.rect[3] > 640  # the line's band and above


def test_a_label_read_as_latin_letters_ends_the_value_before_it() -> None:
    # หมู่ที่ read as `wifi` glued between the numbers: the house number's crop stops there
    table = _table(("เลขที่", 240, 340), ("143wifi7", 420, 700), ("ตำบล", 860, 960))
    assert number_boxes(table) == [] or all(b.rect[2] <= 420 for b in number_boxes(table))
    table = _table(("เลขที่", 240, 340), ("AS", 420, 470), ("wun", 560, 660), ("ตำบล", 860, 960))
    assert [(b.read, b.rect[2] <= 560) for b in number_boxes(table)] == [("AS", True)]


def test_values_read_as_numbers_of_their_shape_are_read_again_too() -> None:
    # a digit misread as another (143 as 163) leaves a number of the shape
    table = _table(
        ("เลขที่", 240, 340), ("9/41", 420, 500), ("หมู่ที่", 560, 660), ("2", 720, 740),
        ("ตำบล", 860, 960),
    )  # fmt: skip
    assert [(b.kind, b.read) for b in number_boxes(table)] == [(HOUSE, "9/41"), (VILLAGE, "2")]


def test_a_value_nothing_was_read_in_is_read_again_where_there_is_room() -> None:
    roomy = _table(("หมู่ที่", 560, 660), ("ตำบล", 860, 960))
    assert [(b.kind, b.read) for b in number_boxes(roomy)] == [(VILLAGE, "")]
    # the label closing its line as read: the room of a number after it
    (last,) = number_boxes(_table(("3", 400, 420), ("หมู่ที่", 560, 660)))
    assert last.kind == VILLAGE and last.rect[0] >= 660 and 740 <= last.rect[2] <= 800
    # a receipt number's label (เลขที่รับ) has its next word right after it
    receipt = _table(("เลขที่", 240, 340), ("รับ", 345, 400), ("12/2569", 420, 560))
    assert number_boxes(receipt) == []
    # หมู่บ้าน, a village's name: no number after it
    assert number_boxes(_table(("หมู่", 100, 160), ("บ้าน", 165, 240), ("สุขใจ", 250, 380))) == []


def _runs(sheet: list[str]) -> list[tuple[int, ocr.BoxedRun]]:
    """The runs taken when the sheet of crops reads `sheet`."""
    table = _table(("เลขที่", 240, 340), ("*”", 420, 450), ("หมู่ที่", 560, 660), ("ตำบล", 860, 960))
    cuts = [Image.new("L", (1200, 800), 255), Image.new("L", (1200, 800), 254)]

    def read_rows(strips: list[Image.Image], also: str = "") -> list[str]:
        assert also == "/"
        assert len(strips) == 2 * len(cuts)  # both values on both cuts, one sheet
        return sheet

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ocr, "_read_digit_strips", read_rows)
        return ocr._address_numbers(table, cuts)


def test_a_value_is_taken_where_both_cuts_read_it_alike_and_of_its_shape() -> None:
    # a sheet reads cut one's house, village, then cut two's house, village
    runs = _runs(["88", "4", "88", "4"])
    assert [r.digits for _, r in runs] == ["88", "4"]
    runs = _runs(["88", "4", "83", "4"])  # the house numbers differ
    assert [r.digits for _, r in runs] == ["4"]
    runs = _runs(["88", "123", "88", "123"])  # no village numbered 123
    assert [r.digits for _, r in runs] == ["88"]
    assert _runs(["", "", "", ""]) == []


def test_among_several_readings_the_number_of_its_shape_read_most_is_taken() -> None:
    # a page's own reading that is no number: two readings alike and ahead suffice
    assert number_among(HOUSE, ["", "39", "", "39", "44", ""], "°°") == "39"
    assert number_among(HOUSE, ["20443", "2043", "20423", "204/3", "", "204/3"], "%") == "204/3"
    assert number_among(VILLAGE, ["2", "9", "2", "9", "", ""], "”") is None  # a tie
    assert number_among(VILLAGE, ["18", "", "", "", "", ""], "'") is None  # one reading
    assert number_among(VILLAGE, ["123", "123", "0", "0", "", ""], "*") is None  # no shape
    # a number the page read stands (a letterhead's 27/8 over the next line's marks,
    # set 21's letter/copier, read 6 three times); in Thai digits too (held-out
    # thai_digits/scan_pdf's ๒๐๑, read 1 twice)
    assert number_among(HOUSE, ["6", "", "0", "6", "0", "6"], "27/8") is None
    assert number_among(HOUSE, ["1", "1", "", "", "", ""], "๒๐๑") is None
    # nor is a value read with letters (set 24's house register: `20AR` for 71, read 7)
    # or a house number with its slash among specks and another number (`73703 204/1`)
    assert number_among(HOUSE, ["7", "7", "", "", "", ""], "20AR") is None
    assert number_among(HOUSE, ["3471", "3471", "", "", "", ""], "73703204/1") is None
    # or a number with a speck on it (set 25's ruled letter: 73 with a dot, read 13)
    assert number_among(HOUSE, ["13", "13", "", "", "", ""], "73.") is None


def test_a_value_the_cuts_read_apart_is_read_again_cut_to_its_ink() -> None:
    # the first sheet's cuts differ on the house number; two more sheets of the crops cut
    # to their ink, at two heights, read it alike
    sheets = iter([["", "4", "83", "4"], ["88", "4", "88", "4"], ["88", "", "88", ""]])
    table = _table(("เลขที่", 240, 340), ("*”", 420, 450), ("หมู่ที่", 560, 660), ("ตำบล", 860, 960))
    cuts = [Image.new("L", (1200, 800), 255), Image.new("L", (1200, 800), 254)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ocr, "_read_digit_strips", lambda strips, also="": next(sheets))
        runs = ocr._address_numbers(table, cuts)
    assert [r.digits for _, r in runs] == ["88", "4"]


def test_a_sheet_tesseract_dies_on_loses_its_readings_not_the_page() -> None:
    sheets = iter([["", "4", "83", "4"]])

    def read(strips: list[Image.Image], also: str = "") -> list[str]:
        for sheet in sheets:
            return sheet
        raise RuntimeError("tesseract exited with -8")

    table = _table(("เลขที่", 240, 340), ("*”", 420, 450), ("หมู่ที่", 560, 660), ("ตำบล", 860, 960))
    cuts = [Image.new("L", (1200, 800), 255), Image.new("L", (1200, 800), 254)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ocr, "_read_digit_strips", read)
        runs = ocr._address_numbers(table, cuts)
    assert [r.digits for _, r in runs] == ["4"]


def test_a_crop_cut_to_its_ink_leaves_the_specks_after_it() -> None:
    crop = Image.new("L", (900, 90), 255)
    draw = ImageDraw.Draw(crop)
    draw.rectangle((40, 20, 60, 70), fill=0)  # a digit's strokes
    draw.rectangle((80, 20, 100, 70), fill=0)
    for x in range(300, 900, 150):
        draw.rectangle((x, 40, x + 2, 42), fill=0)  # a leader's dust
    cut = ocr._to_ink(crop)
    assert 60 <= cut.width <= 120 and cut.height == 90


@needs_ocr
def test_crops_read_on_one_sheet_keep_their_readings_beside_a_blank_one() -> None:
    font = ImageFont.truetype(str(FONT_DIR / "TlwgTypewriter.ttf"), 60)

    def crop(text: str) -> Image.Image:
        image = Image.new("L", (300, 90), 255)
        ImageDraw.Draw(image).text((20, 10), text, font=font, fill=0)
        return image

    # a sheet's lines counted against its crops lose every reading to one blank crop
    assert ocr._read_digit_strips([crop("88"), crop(""), crop("9/41")], "/") == ["88", "", "9/41"]


@needs_ocr
def test_a_number_written_against_its_label_is_read_again() -> None:
    # A number written straight after its label is cut by the crop's left edge (the
    # crop starts where the label's box ends): with no white before what is left of it
    # Tesseract read nothing there, the value lost ('หมู่ที่ + ตำบล' on a held-out fax).
    hand = ImageFont.truetype(str(FONT_DIR / "Purisa.ttf"), 36)
    label = ImageFont.truetype(str(FONT_DIR / "Garuda.ttf"), 40)
    page = Image.new("L", (900, 160), 255)
    draw = ImageDraw.Draw(page)
    draw.text((40, 50), "หมู่ที่", font=label, fill=0)
    end = round(draw.textbbox((40, 50), "หมู่ที่", font=label)[2])
    ink = draw.textbbox((0, 0), "4", font=hand)
    draw.text((end - 2 - ink[0], 52), "4", font=hand, fill=0)  # its stroke in the label's box
    draw.text((end + 90, 50), "ตำบล", font=label, fill=0)
    words = (("หมู่", 40, end - 30), ("ที่", end - 30, end), ("+", end + 2, end + 30),
             ("ตำบล", end + 90, end + 190))  # fmt: skip
    rows = [HEAD]
    for i, (text, left, right) in enumerate(words, start=1):
        rows.append(f"5\t1\t1\t1\t1\t{i}\t{left}\t62\t{right - left}\t40\t80\t{text}")
    page = page.point(lambda v: 255 if v > 128 else 0)  # a fax
    runs = ocr._address_numbers("\n".join(rows), (page, page))
    assert [r.digits for _, r in runs] == ["4"]


def _draw_form(house: str, village: str) -> Image.Image:
    """An address line of a printed form, the house and village numbers written small and
    grey above the leader dots after their labels; blurred as a scan."""
    page = Image.new("L", (2480, 520), 255)
    draw = ImageDraw.Draw(page)
    label = ImageFont.truetype(str(FONT_DIR / "Garuda.ttf"), 46)
    typed = ImageFont.truetype(str(FONT_DIR / "TlwgTypewriter.ttf"), 30)
    x, y = 150, 200
    parts = (("ที่อยู่ เลขที่", house, 180), ("หมู่ที่", village, 140), ("ตำบล", "โนนสูง", 330))
    for text, value, width in parts:
        draw.text((x, y), text, font=label, fill=0)
        x += int(draw.textlength(text, font=label)) + 10
        for k in range(0, width, 14):
            draw.ellipse((x + k, y + 50, x + k + 4, y + 54), fill=0)
        draw.text((x + 50, y + 12), value, font=typed, fill=100)
        x += width + 20
    y = 340
    draw.text((150, y), "อำเภอ", font=label, fill=0)
    draw.text((330, y + 12), "น้ำพอง", font=typed, fill=100)
    draw.text((700, y), "จังหวัด", font=label, fill=0)
    draw.text((900, y + 12), "ขอนแก่น", font=typed, fill=100)
    return page.filter(ImageFilter.GaussianBlur(0.8))


@needs_ocr
@pytest.mark.parametrize(("house", "village"), [("88", "4"), ("9/41", "2")])
def test_small_written_house_and_village_numbers_are_read(house: str, village: str) -> None:
    found = {c.key: c for c in best_reading(ocr_page(_draw_form(house, village), 1), "2", labels())}
    address = found["address"]
    words = address.value.split()
    # the labels as read (a mark of เลขที่ may be lost), the numbers as written
    at = next(i for i, word in enumerate(words) if word.startswith("หมู่"))
    assert words[at - 1 : at + 2] == [house, words[at], village], address.value
    assert "ocr" in address.provenance.flags and address.confidence < 1


def test_a_stamp_read_over_the_value_does_not_reach_the_lines_beside() -> None:
    # a stamp across the lines read as one tall word: the words given way to are the
    # label's line's only, and the crop is the label's height with room above
    rows = [HEAD, "5\t1\t1\t1\t1\t1\t240\t600\t100\t40\t80\tเลขที่"]
    rows.append("5\t1\t1\t1\t1\t2\t420\t480\t120\t300\t20\t@%")
    rows.append("5\t1\t1\t1\t1\t3\t860\t600\t100\t40\t80\tตำบล")
    (box,) = number_boxes("\n".join(rows))
    assert box.band[1] == 600 and box.band[3] == 640
    assert 570 <= box.rect[1] < 600 and 640 <= box.rect[3] <= 660
    # the line it goes in is the label's own, as the word table numbers its lines
    rows.append("5\t1\t1\t1\t2\t1\t240\t700\t100\t40\t80\tหมู่ที่")
    rows.append("5\t1\t1\t1\t2\t2\t600\t700\t100\t40\t80\tตำบล")
    assert [(b.kind, b.line) for b in number_boxes("\n".join(rows))] == [(HOUSE, 0), (VILLAGE, 1)]


HOUSE_AT = (400, 600, 560, 640)  # where the house number lies on the level page
LETTERHEAD_AT = (400, 100, 560, 140)  # a letterhead's own house number, above


def _readings(*numbers: tuple[ocr.NumberRead, ...]) -> ocr.OcrPage:
    """A page of readings (the first the most confident) whose address reads 163."""
    line = "ที่อยู่ เลขที่ 163 หมู่ที่ 5 ตำบล โนนสูง อำเภอ น้ำพอง"
    page, *others = [
        ocr.OcrPage(1, (ocr.OcrLine(line, (0.9,) * len(line.replace(" ", ""))),), 0, 0.0, numbers=n)
        for n in numbers
    ]
    return replace(page, alternatives=tuple(others))


def _address(page: ocr.OcrPage) -> tuple[str, list[str]]:
    found = {c.key: c for c in best_reading(page, "2", labels())}
    return found["address"].value, found["address"].provenance.flags


def test_a_number_one_reading_kept_yields_to_what_others_read_again_in_its_place() -> None:
    kept = (HOUSE, "163", "", (402, 598, 561, 641))  # its two cuts read 163 and 143
    page = _readings(
        ((HOUSE, "143", "143", LETTERHEAD_AT), kept),
        ((HOUSE, "1ุ43", "143", HOUSE_AT), (VILLAGE, "5", "5", (700, 600, 780, 640))),
        ((HOUSE, "143", "143", HOUSE_AT),),
    )
    value, flags = _address(page)
    assert value.startswith("143 หมู่ที่ 5"), value
    assert "ocr_repaired" in flags
    # re-reads elsewhere on the page, or that disagree in its place, settle nothing
    for others in (
        ((HOUSE, "143", "143", LETTERHEAD_AT),),
        ((HOUSE, "143", "143", HOUSE_AT), (HOUSE, "148", "148", HOUSE_AT)),
    ):
        value, flags = _address(_readings((kept,), others))
        assert value.startswith("163 หมู่ที่ 5"), others
