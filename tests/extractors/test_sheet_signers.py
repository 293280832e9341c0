"""A sheet of a body's partners or directors, one a row, a column saying each one's part:
the one whose part says he manages it or signs for it is the one who acts for the body,
wherever his row stands; the others' rows are never his. Names and numbers invented."""

from __future__ import annotations

from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import FieldCandidate
from extractors.extract import matcher_for
from extractors.office_files import read_lines
from extractors.templates import load_templates
from extractors.xlsx_form import xlsx_lines

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))

FIRST_ID = with_check_digit("310990045123")
SIGNER_ID = with_check_digit("150010077342")


def read(rows: list[list[str]]) -> list[FieldCandidate]:
    lines = xlsx_lines(rows, LABELS)
    return read_lines(lines, part="2", kind="spreadsheet", labels=LABELS).candidates


def best(found: list[FieldCandidate], key: str) -> str:
    return max((c for c in found if c.key == key), key=lambda c: c.confidence).value


# A partnership's partners, a plain partner first, the managing partner below him.
PARTNERS = [
    ["ห้างหุ้นส่วนสามัญ", "ร้านรุ่งเรืองค้าไม้"],
    [],
    ["ชื่อ-สกุล", "ฐานะ", "เลขประจำตัวประชาชน", "โทรศัพท์"],
    ["นายสมพร ทองดี", "หุ้นส่วน", FIRST_ID, "081-220-4417"],
    ["นางวิไล แสนคำ", "หุ้นส่วนผู้จัดการ", SIGNER_ID, "092-318-5560"],
    ["นายชาตรี บุญมา", "หุ้นส่วน", with_check_digit("370050012884"), "086-775-1093"],
]  # fmt: skip


def test_the_managing_partners_row_over_the_first_partners() -> None:
    found = read(PARTNERS)
    assert best(found, "full_name") == "นางวิไล แสนคำ"
    assert best(found, "national_id") == SIGNER_ID
    assert best(found, "phone") == "092-318-5560"


# A company's directors: the one with authority to sign is the last row.
DIRECTORS = [
    ["ตำแหน่ง", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์มือถือ"],
    ["กรรมการ", "นายประยูร ศรีวงศ์", FIRST_ID, "081-640-2271"],
    ["กรรมการผู้มีอำนาจลงนาม", "นางสาวจันทร์เพ็ญ ดวงดี", SIGNER_ID, "095-118-7736"],
]


def test_the_director_who_signs_over_the_other_director() -> None:
    found = read(DIRECTORS)
    assert best(found, "full_name") == "นางสาวจันทร์เพ็ญ ดวงดี"
    assert best(found, "national_id") == SIGNER_ID
    assert best(found, "phone") == "095-118-7736"
