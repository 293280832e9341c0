"""The applicant's name read again from its line's crop and chosen word by word among the
readings (extractors/ocr_name_crop.py and its use in extractors/ocr.py). The rules are
tested on readings written here; two tests read rendered lines with real Tesseract."""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

import extractors.ocr as ocr
from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_name_crop import name_among, name_line_boxes, spelt
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
IN_CI = os.environ.get("CI") == "true"
HEAD = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)
NAME = "นายวิชัย พึ่งบุญ"  # made up


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _table(*lines: list[str]) -> str:
    """A `tsv` word table: each line's words 30 px wide and 10 px apart."""
    rows = [HEAD]
    for n, words in enumerate(lines, start=1):
        for i, word in enumerate(words):
            rows.append(f"5\t1\t1\t1\t{n}\t{i + 1}\t{100 + i * 40}\t{n * 100}\t30\t40\t90\t{word}")
    return "\n".join(rows)


def test_the_lines_after_a_name_label_are_found_and_not_the_signatures() -> None:
    table = _table(
        ["เรื่อง", "ขอ"],
        ["ข", "้า", "พ", "เจ", "้า", "นาย", "วิ", "ชัย"],
        ["ลง", "ชื่อ", "....", "ผู้", "ยื่น"],
        ["ชื่อ", "-", "สกุล", "นาง", "สม"],
    )
    boxes = name_line_boxes(table)
    assert [b[1] < 200 + 40 and b[3] > 200 for b in boxes] == [True, False]  # sentence's
    assert boxes[0][0] >= 100 + 4 * 40 + 30  # after the label's last letter
    assert boxes[1][1] < 400 < boxes[1][3]  # the item's line; the signature's is no label
    assert name_line_boxes(_table(["ลง", "ชื่อ", "นาย"])) == []


@pytest.mark.parametrize("word", ["พึ่งบุญ", "เพชรรัตน์", "สายสุนีย์", "นางสาวอรอุมา", "ใจมั่น"])
def test_names_thai_can_spell(word: str) -> None:
    assert spelt(word)


@pytest.mark.parametrize("word", ["เเญคหัด", "ุบญ", "าพึ่ง", "เ่รือน", "ศรี์ะ", "บุญ2", "พึ่ง.", "เ"])
def test_spellings_thai_cannot_have(word: str) -> None:
    assert not spelt(word)


def test_a_word_two_readings_spell_otherwise_is_replaced() -> None:
    readings = [
        "(นาย/นาง/นางสาว) นายวิชัย พึ่งบุญ อายุ 52 ปี",
        "(นาย/นาง/นงสาว) นายวิชัย พึ่งบุญ อายุ 2° ปี",
        "นายวิชัย พังบุญ อายุ 52 ปี",
    ]
    witnesses = [[r] for r in readings]  # three cuts, each read once
    assert name_among("นายวิชัย พังบุญ", witnesses) == NAME
    assert name_among(NAME, witnesses) is None  # read as chosen: nothing to change


def test_one_reading_or_a_tie_or_a_bad_spelling_changes_nothing() -> None:
    assert name_among("นายวิชัย พังบุญ", [["นายวิชัย พึ่งบุญ"], ["นายวิชัย พงบุญ"]]) is None
    tie = ["นายวิชัย พึ่งบุญ", "นายวิชัย พึ่งบุญ", "นายวิชัย พิงบุญ", "นายวิชัย พิงบุญ"]
    assert name_among("นายวิชัย พังบุญ", [[r] for r in tie]) is None
    assert name_among("นายวิชัย บุญล้อม", [["นายวิชัย เเญล้อม"]] * 3) is None
    # a short word of specks is matched by nothing
    assert name_among("os งายุ 0 ปขี", [["0ฝไเ oy 0 ป"]] * 3) is None


def test_the_readings_of_one_cut_at_both_sizes_are_one_witness() -> None:
    """A fax's family name: one cut reads a speck as ถ at both sizes (`อถินทรสุวรรณ`), the
    other loses ุ at both (`อินทรสวรรณ`, the page's letters): no two cuts agree on a
    spelling, the page's own stays. Two cuts reading it alike would change it."""
    one, other = "นางสาวกมลชนก อถินทรสุวรรณ", "นางสาวกมลชนก อินทรสวรรณ"
    page = "นางสาวกมลชนก อินทรสุวรรณ"
    assert name_among(page, [[one, one], [other, other]]) is None
    assert name_among(page, [[one, one]]) is None
    assert name_among(page, [[one], [one]]) == one


def test_the_page_takes_the_name_its_crops_read_flagged() -> None:
    lines = ("ข้าพเจ้า นายวิชัย พังบุญ อายุ 52 ปี",)
    read = tuple(OcrLine(t, (0.9,) * len(t.replace(" ", ""))) for t in lines)
    crops = (("นายวิชัย พึ่งบุญ อายุ 52 ปี",),) * 2  # two cuts
    page = OcrPage(1, read, 0, 0.0, line_names=crops)
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["full_name"].value == NAME
    assert "ocr_repaired" in found["full_name"].provenance.flags
    plain = {c.key: c.value for c in best_reading(OcrPage(1, read, 0, 0.0), "2", labels())}
    assert plain["full_name"] == "นายวิชัย พังบุญ"


@pytest.mark.skipif(
    (shutil.which("tesseract") is None or not FONT_DIR.exists()) and not IN_CI,
    reason="needs tesseract (tha) and fonts-thai-tlwg (in CI their absence fails)",
)
def test_a_small_typed_name_the_page_misreads_is_read_right_from_its_crop() -> None:
    """A line typed small (a fax's size) and enlarged: the page loses ึ and ่ of พึ่ง,
    its crop read alone keeps them."""
    font = ImageFont.truetype(str(FONT_DIR / "Norasi.ttf"), 18)
    small = Image.new("L", (520, 40), 255)
    ImageDraw.Draw(small).text((10, 8), f"ข้าพเจ้า {NAME} อายุ 52 ปี", font=font, fill=0)
    line = small.resize((1560, 120), Image.Resampling.BILINEAR)
    line = line.point(lambda v: 0 if v < 140 else 255)
    lighter = line.point(lambda v: 40 if v == 0 else v)  # another cut: other pixels
    page, _ = ocr._reading(line, 1, 0, 0.0, (), (line, lighter))
    # two cuts, each as it is and twice its size
    assert [len(cut) for cut in page.line_names] == [2, 2]
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["full_name"].value == NAME
    assert "ocr_repaired" in found["full_name"].provenance.flags


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ข้าพเจ้า..นางอำไพ.คำแสน", "นางอำไพ คำแสน"),
        ("ข้าพเจ้า นางจันทร์เพ็ญ..รักษ์ทอง อายุ 40 ปี", "นางจันทร์เพ็ญ รักษ์ทอง"),
        ("ชื่อ ม.ร.ว.สุขุมพันธุ์ บริพัตร", "ม.ร.ว.สุขุมพันธุ์ บริพัตร"),  # a title's dots stay
    ],
)
def test_a_leader_dot_between_the_given_and_the_family_name_is_a_gap(line: str, name: str) -> None:
    read = (OcrLine(line, (0.9,) * len(line.replace(" ", ""))),)
    found = {c.key: c.value for c in best_reading(OcrPage(1, read, 0, 0.0), "2", labels())}
    assert found["full_name"] == name


def test_a_reading_that_only_lost_vowel_marks_or_changed_the_title_is_not_taken() -> None:
    # ุ and ่ lost together: a thin stroke vanishes far more often than one is made up
    assert name_among("นางทองใบ ศรีบุญเรื่อง", [["นางทองใบ ศรีบญเรือง"]] * 3) is None
    assert name_among("นายสมชาย ใจดี", [["นางสมชาย ใจดี"]] * 3) is None  # the page's title
    # a given name opening with a silent letter: ั read as ์
    assert name_among("นายณัฐวุฒิ ใจดี", [["นายณ์ฐวุฒิ ใจดี"]] * 3) is None
    # a mark read as another, or a tone mark lost (a speck's), may be put right
    assert name_among("นางวิภา ทองดี้", [["นางวิภา ทองดี"]] * 2) == "นางวิภา ทองดี"
    assert name_among("แงบุญเรือน ทองดี", [["นางบุญเรือน ทองดี"]] * 2) == "นางบุญเรือน ทองดี"


def test_the_next_items_label_the_crops_read_whole_ends_the_name() -> None:
    line = "ข้าพเจ้า นางวิภา ทองดีเดิศ อาย 57 ขี"
    read = (OcrLine(line, (0.9,) * len(line.replace(" ", ""))),)
    crops = (("นางวิภา ทองดีเลิศ อายุ 57 ปี สัญชาติ ไทย",),) * 2
    page = OcrPage(1, read, 0, 0.0, line_names=crops)
    found = {c.key: c.value for c in best_reading(page, "2", labels())}
    assert found["full_name"] == "นางวิภา ทองดีเลิศ"


def test_a_word_the_signature_writes_as_the_page_read_it_stays() -> None:
    """The form has the name twice: its line's crops reading `ค้าแก้ว` twice do not
    outweigh `คำแก้ว` after the label and under the signature."""
    lines = ("ข้าพเจ้า นายประสงค์ คำแก้ว อายุ 52 ปี", "ลงชื่อ ........ ผู้ยื่นคำร้อง", "(นายประสงค์ คำแก้ว)")
    read = tuple(OcrLine(t, (0.9,) * len(t.replace(" ", ""))) for t in lines)
    crops = (("นายประสงค์ ค้าแก้ว อายุ 52 ปี",) * 2,) * 2
    found = {
        c.key: c.value
        for c in best_reading(OcrPage(1, read, 0, 0.0, line_names=crops), "2", labels())
    }
    assert found["full_name"] == "นายประสงค์ คำแก้ว"
    assert name_among("นายประสงค์ คำแก้ว", crops) == "นายประสงค์ ค้าแก้ว"  # unsigned


def _typed_line(text: str, font: str = "Norasi.ttf") -> Image.Image:
    """`text` typed on a line 120 px high, as a strict cut gives it (black on white)."""
    face = ImageFont.truetype(str(FONT_DIR / font), 40)
    line = Image.new("L", (1400, 120), 255)
    ImageDraw.Draw(line).text((20, 30), text, font=face, fill=0)
    return line


@pytest.mark.skipif(
    (shutil.which("tesseract") is None or not FONT_DIR.exists()) and not IN_CI,
    reason="needs tesseract (tha) and fonts-thai-tlwg (in CI their absence fails)",
)
def test_one_cuts_crop_read_at_both_sizes_is_one_witness() -> None:
    """The page reads ชัยมงคล; one cut of it (the ink of ช's tail lost: ซัยมงคล, a Kinnari
    photo's) reads the other spelling at both sizes, the other cut reads nothing. Its
    two readings are of the same ink: one witness, no agreement to change the name on."""
    page_line = _typed_line("ข้าพเจ้า นายสุรชัย ชัยมงคล อายุ 52 ปี")
    worn = _typed_line("ข้าพเจ้า นายสุรชัย ซัยมงคล อายุ 52 ปี")
    blank = Image.new("L", page_line.size, 255)
    page, _ = ocr._reading(page_line, 1, 0, 0.0, (), (worn, blank))
    assert any("ซัยมงคล" in r for cut in page.line_names for r in cut)  # what it guards
    found = {c.key: c.value for c in best_reading(page, "2", labels())}
    assert found["full_name"] == "นายสุรชัย ชัยมงคล"


@pytest.mark.skipif(
    (shutil.which("tesseract") is None or not FONT_DIR.exists()) and not IN_CI,
    reason="needs tesseract (tha) and fonts-thai-tlwg (in CI their absence fails)",
)
def test_cuts_of_the_same_pixels_are_one_witness() -> None:
    """A bilevel page (a fax's 1-bit TIFF): its flattened cut is its strict cut, pixel for
    pixel; the name's line read from both is the same ink read twice, one witness."""
    line = _typed_line("ข้าพเจ้า นางสาวกมลชนก อินทรสุวรรณ อายุ 52 ปี")
    page, _ = ocr._reading(line, 1, 0, 0.0, (), (line, line.copy()))
    assert len(page.line_names) == 1
    lighter = line.point(lambda v: 40 if v == 0 else v)  # another cut: other pixels
    page, _ = ocr._reading(line, 1, 0, 0.0, (), (line, lighter))
    assert len(page.line_names) == 2
