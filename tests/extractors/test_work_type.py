"""The type of work a subject starts with, against the agency's own templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.templates import load_templates
from extractors.work_type import type_of_work_named_first

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


@pytest.mark.parametrize(
    ("subject", "template"),
    [
        ("ร้องเรียน ท่อระบายน้ำอุดตันหน้าบ้าน", "complaint"),
        ("  ขอข้อมูลข่าวสาร: งบประมาณปี 2569", "foi_request"),
        ("ต่ออายุใบอนุญาต สถานที่เก็บวัสดุ", "permit"),
        # a reply or forward prefix folds to letters no type of work starts with
        ("Re: ร้องเรียน ท่อระบายน้ำอุดตัน", None),
        ("ตอบกลับ: ขอข้อมูลข่าวสาร งบประมาณ", None),
        ("Fwd: ขอใบอนุญาต ก่อสร้าง", None),
        # a type of work named later, or none
        ("ส่งเอกสารเพิ่มเติม เรื่องร้องเรียน", None),
        ("ส่งเอกสารเพิ่มเติม", None),
        ("", None),
    ],
)
def test_only_a_subject_that_starts_with_a_type_of_work_names_one(
    subject: str, template: str | None
) -> None:
    found = type_of_work_named_first(subject, TEMPLATES)
    assert (found.name if found else None) == template
