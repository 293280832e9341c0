"""A caption opening with เลขที่ and naming what the number is of: a water user's account
("เลขที่ผู้ใช้น้ำ", set 103's fillable form beside its "บ้านเลขที่" box), a bill, a meter, a
contract. No box of the applicant's house, whatever a label starting with the house
number's word would make of it; "เลขที่" alone, and "บ้านเลขที่", still are."""

from __future__ import annotations

from pathlib import Path

from extractors.extract import matcher_for
from extractors.templates import load_templates

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def test_a_things_number_is_no_house_number() -> None:
    for caption in ("เลขที่ผู้ใช้น้ำ", "เลขที่ผู้ใช้ไฟฟ้า", "เลขที่ใบแจ้งหนี้", "เลขที่มาตรวัดน้ำ",
                    "เลขที่สัญญา", "เลขที่บัญชีผู้ใช้น้ำ", "เลขที่สมาชิก"):  # fmt: skip
        found = LABELS.match(caption)
        assert found is None or found[0] != "addr_house", caption


def test_the_house_numbers_own_captions_stay() -> None:
    for caption in ("เลขที่", "บ้านเลขที่", "เลขที่ (บ้าน)", "เลขที่บ้าน"):
        found = LABELS.match(caption)
        assert found is not None and found[0] in ("addr_house", "address"), caption
