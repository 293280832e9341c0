"""A Thai mobile number read by OCR with its leading 0 misread as 6, 8 or 9 (one bowl,
its stroke closed or its tail seen): no Thai number opens so, and the field was lost
(`ocr_phones.phone_with_trunk_zero`). Made-up numbers; the mended value is flagged."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_phones import phone_with_trunk_zero
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def test_a_mobile_whose_leading_zero_is_read_as_a_look_alike_gets_its_zero() -> None:
    assert phone_with_trunk_zero("984-517-2206") == "084-517-2206"
    assert phone_with_trunk_zero("6931705528") == "0931705528"
    assert phone_with_trunk_zero("๙๖๑-๒๒๔-๗๗๐๕") == "0๖๑-๒๒๔-๗๗๐๕"


def test_a_number_that_is_no_mobile_with_a_zero_stays_unmended() -> None:
    for kept in (
        "084-517-2206",  # a phone as read
        "984-517-220",  # nine digits: a digit lost as well
        "954-517-2206",  # 05: no mobile's prefix
        "184-517-2206",  # 1 is no look-alike of 0
        "66-84-517-2206",  # a country code
    ):
        assert phone_with_trunk_zero(kept) is None, kept


def test_the_phone_line_gives_the_mended_number_flagged() -> None:
    page = OcrPage(1, (OcrLine("โทรศัพท์ 984-517-2206", (0.95,) * 19),), 0, 0.0)
    found = {c.key: c for c in best_reading(page, "2", labels())}
    assert found["phone"].value == "084-517-2206"
    assert {"ocr_repaired", "ocr_low_confidence"} <= set(found["phone"].provenance.flags)
