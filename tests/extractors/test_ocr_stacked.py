"""Labels printed above their values in a grid (extractors.ocr_stacked): the grid's
upright rules, which Tesseract reads as `|`, are no part of a label nor of a value.
The ID is invented."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
ID = with_check_digit("520310044712")


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _found(*lines: str) -> dict[str, str]:
    page = OcrPage(1, tuple(OcrLine(t, (0.9,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)
    return {c.key: c.value for c in best_reading(page, "attachment", labels())}


def test_a_grid_rule_read_as_a_bar_between_labels_leaves_each_its_value() -> None:
    dashed = f"{ID[0]}-{ID[1:5]}-{ID[5:10]}-{ID[10:12]}-{ID[12]}"
    found = _found(
        "เลขประจำตัวประชาชน | วัน เดือน ปีเกิด",
        f"{dashed} 19 ก.ย. 2520",
        "รหัสไปรษณีย์ | โทรศัพท์ (มือถือ)",
        "52130 | 089-117 -5024",
    )
    assert found["national_id"].replace("-", "") == ID
    assert found["birth_date"] == "19 ก.ย. 2520"
    assert found["postal_code"] == "52130"
    assert found["phone"] == "089-117 -5024"


def test_specks_after_the_last_label_of_a_typed_value_are_no_value_of_it() -> None:
    # the postal code's English gloss misread (`Postage!`) and a stamp's edge read as
    # letters after it: no digit, so nothing a postal code's value could be
    found = _found(
        "จังหวัด / Province รหัสไปรษณีย์ / Postage! แรมธะสรกร",
        "ลำปาง 52130",
    )
    assert found["province"] == "ลำปาง"
    assert found["postal_code"] == "52130"


def test_a_value_with_digits_after_the_last_label_is_its_value_not_a_speck() -> None:
    # the postal code given on the labels' line: no row of labels, the line under it
    # is not cut into values for them
    found = _found(
        "จังหวัด ลำปาง รหัสไปรษณีย์ 52130",
        "ลำพูน 51000",
    )
    assert found["province"] == "ลำปาง"
    assert found["postal_code"] == "52130"
