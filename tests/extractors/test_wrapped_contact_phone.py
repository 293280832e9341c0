"""A letter's sentence naming another's phone, wrapped so that "โทร" opens a line.

A firm's letter printed to PDF says whom it has asked to deal with the matter and how to
reach her ("ทั้งนี้ได้มอบหมายให้ นางสาว... สำนักงานบัญชี..." / "โทร 08... เป็นผู้ประสานงาน"):
the page's width breaks the sentence before โทร, which then reads as a label of the
writer's line. The sentence says the number is the one named's (prose: said of
another), so the labelled reading gives way (letter_prose). Names and numbers made up.
"""

from __future__ import annotations

from pathlib import Path

from extractors.base import FieldCandidate, Provenance
from extractors.extract import matcher_for
from extractors.letter_prose import ANOTHERS_CONFIDENCE, with_letter_prose
from extractors.templates import load_templates

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))
LINES = [
    "ห้างหุ้นส่วนจำกัด พิษณุโลกวัสดุ",
    "โทร 055-241-118",
    "เรื่อง ขอแก้ไขพื้นที่ป้าย",
    "ห้างฯ ขอให้ทบทวนการประเมินภาษีป้ายหน้าร้านเนื่องจากวัดขนาดผิด",
    "ในการนี้ได้มอบหมายให้ นางสาวศิริวรรณ ใจงาม สำนักงานบัญชีศิริการบัญชี",
    "โทร 086-117-4402 เป็นผู้ประสานงาน",
    "ขอแสดงความนับถือ",
    "(นายอนุชา พึ่งทอง)",
    "หุ้นส่วนผู้จัดการ",
]


def labelled(value: str, line: int) -> FieldCandidate:
    provenance = Provenance(part="2", kind="pdf_text", line=line, label="โทร")
    return FieldCandidate(key="phone", value=value, provenance=provenance, confidence=0.765)


def test_a_phone_wrapped_onto_its_own_line_stays_the_one_named() -> None:
    found = [labelled("055-241-118", 2), labelled("086-117-4402", 6)]
    out = with_letter_prose(found, LINES, part="2", kind="pdf_text", labels=LABELS)
    contact = [c for c in out if c.key == "phone" and c.value == "086-117-4402"]
    assert contact and all(c.confidence <= ANOTHERS_CONFIDENCE for c in contact)
    # read as the sentence reads it: none of the firm's own numbers a mobile ranks over
    assert all(c.provenance.method == "prose" for c in contact)
    assert any(c.value == "055-241-118" and c.confidence > ANOTHERS_CONFIDENCE for c in out)
