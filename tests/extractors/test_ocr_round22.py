"""Round 22's OCR rules (issue 8), each on a small image or line made here: square pixels
for a standard-mode fax, labels printed above their values, an address after a label
read as Latin, a ruled cell's side before a label."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from extractors.base import FieldType
from extractors.body_form import label_pairs
from extractors.extract import matcher_for
from extractors.ocr import MAX_PIXELS, square_pixels, with_address_label, with_cell_sides_apart
from extractors.ocr_stacked import with_values_below
from extractors.templates import load_templates
from extractors.values import clean_value, has_type


@pytest.mark.parametrize(
    ("size", "dpi", "squared"),
    [
        ((1728, 570), (204, 98), (1728, 1187)),  # a standard-mode fax: rows stretched back
        ((570, 1728), (98, 204), (1187, 1728)),  # the same turned: columns stretched
        ((1728, 570), (204, 196), (1728, 570)),  # a fine fax: near enough square
        ((1728, 570), (300, 300), (1728, 570)),
        ((1728, 570), (0, 98), (1728, 570)),  # a nonsense resolution says nothing
        ((1728, 570), (600, 72), (1728, 570)),  # a ratio no fax has
        ((1728, 570), None, (1728, 570)),
    ],
)
def test_pixels_made_square_by_the_declared_resolutions(
    size: tuple[int, int], dpi: tuple[int, int] | None, squared: tuple[int, int]
) -> None:
    assert square_pixels(Image.new("1", size), dpi).size == squared


def test_a_stretch_past_the_pixel_cap_is_not_made() -> None:
    big = Image.new("1", (10_000, 4_000))
    assert big.width * big.height * 2 > MAX_PIXELS
    assert square_pixels(big, (204, 98)).size == (10_000, 4_000)


# --- labels above their values (extractors/ocr_stacked.py) ------------------------------------

ROOT = Path(__file__).resolve().parents[2]
LABELS = matcher_for(load_templates(ROOT / "config" / "forms"))


def _fits(kind: FieldType, value: str) -> bool:
    return has_type(kind, clean_value(kind, value))  # type: ignore[arg-type]


def _stacked(*lines: str) -> list[str]:
    return [text for _, text in with_values_below(list(enumerate(lines, 1)), LABELS, _fits)]


def test_a_row_of_labels_gives_each_the_value_under_it_cut_by_type() -> None:
    assert _stacked("จังหวัด / Province รหัสไปรษณีย์ / Postcode", "แพร่ 54130") == [
        "จังหวัด แพร่",
        "รหัสไปรษณีย์ 54130",
    ]
    assert _stacked(
        "เลขประจำตัวประชาชน / ID No. วันเกิด / Date of Birth", "5-4003-00612-38-6 9 พ.ค. 2506"
    ) == [
        "เลขประจำตัวประชาชน 5-4003-00612-38-6",
        "วันเกิด 9 พ.ค. 2506",
    ]


def test_a_blank_box_beside_a_value_of_the_first_labels_type() -> None:
    assert _stacked("โทรศัพท์มือถือ / Mobile อีเมล / E-mail", "089-143-7265") == [
        "โทรศัพท์มือถือ 089-143-7265"
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ("จังหวัด รหัสไปรษณีย์", "ขอนแก่น"),  # which box holds it: the page does not say
        ("ชื่อ นามสกุล", "สมชาย ใจดี"),  # no typed value to cut by
        ("จังหวัด รหัสไปรษณีย์", "โทรศัพท์ 0812345678"),  # a label under labels
        ("ชื่อ-สกุล นายสมชาย ใจดี", "แพร่ 54130"),  # a label with its value above
    ],
)
def test_rows_the_types_do_not_part_are_left_as_read(lines: tuple[str, str]) -> None:
    assert _stacked(*lines) == list(lines)


# --- misread labels and cell sides (extractors/ocr.py read_line) ----------------------------


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (
            "Nod: 88/4 ม.2 ต.บ้านตุ่น อ.เมืองพะเยา จ.พะเยา 56000",
            "ที่อยู่ 88/4 ม.2 ต.บ้านตุ่น อ.เมืองพะเยา จ.พะเยา 56000",
        ),
        ("Wad: 12/1 หมู่ 7 ตำบลหาดอาษา อำเภอสรรพยา", "ที่อยู่ 12/1 หมู่ 7 ตำบลหาดอาษา อำเภอสรรพยา"),
        ("Tel: 081 234 5678", "Tel: 081 234 5678"),  # a label of its own
        ("Nod: 12 ต.บ้านตุ่น", "Nod: 12 ต.บ้านตุ่น"),  # one place word: not sure
        ("Abc 12 มี.ค. 2532", "Abc 12 มี.ค. 2532"),
    ],
)
def test_an_address_after_an_unread_label_is_the_address(read: str, meant: str) -> None:
    assert with_address_label(read, LABELS) == meant


def test_a_cell_side_before_a_label_parts_the_row() -> None:
    line = "ชื่อ-สกุล นางสาวอรอุมา พรหมวงศ์ [เลขประจำตัวประชาชน 2600300977141"
    apart = with_cell_sides_apart(line, LABELS)
    assert label_pairs(apart, LABELS) == [
        "ชื่อ-สกุล นางสาวอรอุมา พรหมวงศ์",
        "เลขประจำตัวประชาชน 2600300977141",
    ]
    assert with_cell_sides_apart("บ้านเลขที่ 12 | หมู่ที่ 3", LABELS) == "บ้านเลขที่ 12 | หมู่ที่ 3"
