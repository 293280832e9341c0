"""A house number said in brackets in a letter's sentence ("ลูกสาวของเพื่อนบ้าน (บ้านเลขที่
40)") ends at the bracket that closes it: the sentence goes on after it, over the next line
too, and was read on as the address ("40) ล้มได้รับบาดเจ็บ ..."). The writer's own block,
top right, is her address. Names and places invented."""

from __future__ import annotations

from pathlib import Path

from extractors.extract import matcher_for
from extractors.prose import ProseExtractor
from extractors.templates import load_templates

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def _addresses(text: str) -> list[str]:
    found = ProseExtractor().extract(text, part="1", labels=LABELS).candidates
    return [c.value for c in found if c.key == "address"]


def test_a_neighbours_house_in_brackets_stops_at_its_bracket() -> None:
    text = (
        "เมื่อวันที่ 2 ตุลาคม 2569 ลูกสาวของเพื่อนบ้าน (บ้านเลขที่ 40)\n"
        "ล้มได้รับบาดเจ็บที่ฝาท่อที่เปิดทิ้งไว้ ข้าพเจ้าจึงขอให้ซ่อมโดยเร็ว\n"
    )
    assert _addresses(text) == ["40"]


def test_an_address_with_a_bracket_of_its_own_is_whole() -> None:
    text = "ข้าพเจ้าอยู่บ้านเลขที่ 8 หมู่บ้านสุขใจ (โครงการ 2) ตำบลนาดี อำเภอเมือง จังหวัดยโสธร 35000\n"
    assert any("ตำบลนาดี" in value for value in _addresses(text))
