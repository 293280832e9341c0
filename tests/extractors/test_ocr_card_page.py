"""A scanned request whose copy of the applicant's ID card is a page of its own (the
form on page 1, the card on page 2): the card's birth date and ID are hers where the
form's pages read none, the card's name checked against the name the form read
(`ocr.with_card_on_its_own_page`). Made-up people; the IDs' check digits hold."""

from __future__ import annotations

from pathlib import Path

from extractors.extract import matcher_for
from extractors.ocr import OcrLine, OcrPage, best_reading, with_card_on_its_own_page
from extractors.templates import load_templates
from extractors.validate import national_id_is_valid

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))
CARD_ID = "3620400517239"

FORM = (
    "คำร้องขอติดตั้งมาตรวัดน้ำ",
    "ข้าพเจ้า (นาย/นาง/นางสาว) นางสาวกมลา ศรีวงศ์",
    "บ้านเลขที่ 45 หมู่ที่ 7 ตำบล ท่าช้าง",
    "อำเภอ ท่าช้าง จังหวัด นครนายก รหัสไปรษณีย์ 26000",
    "แนบ สำเนาบัตรประจำตัวประชาชน (หน้า 2)",
    "ลงชื่อ ผู้ยื่นคำร้อง",
)
CARD = (
    "บัตรประจำตัวประชาชน Thai National ID Card",
    "เลขประจำตัวประชาชน 3 6204 00517 23 9",
    "ชื่อตัวและชื่อสกุล นางสาว กมลา ศรีวงศ์",
    "Name Miss Kamala",
    "Last name Sriwong",
    "เกิดวันที่ 9 ส.ค. 2531",
    "Date of Birth 9 Aug. 1988",
    "ที่อยู่ 45 หมู่ที่ 7 ต.ท่าช้าง",
    "15 มี.ค. 2564 8 ส.ค. 2573",
    "วันออกบัตร วันบัตรหมดอายุ",
)


def _page(number: int, lines: tuple[str, ...]) -> OcrPage:
    read = tuple(OcrLine(t, (0.9,) * len(t.replace(" ", ""))) for t in lines)
    return OcrPage(number, read, 0, 0.0)


def _fields(pages: list[OcrPage]) -> dict[str, list[str]]:
    found = [c for page in pages for c in best_reading(page, "1", LABELS)]
    out: dict[str, list[str]] = {}
    for c in with_card_on_its_own_page(found, pages, "1", LABELS):
        out.setdefault(c.key, []).append(c.value)
    return out


def test_the_card_on_its_own_page_gives_her_birth_date_and_id() -> None:
    assert national_id_is_valid(CARD_ID)
    pages = [_page(1, FORM), _page(2, CARD)]
    found = _fields(pages)
    assert found["birth_date"] == ["9 Aug 1988"]
    assert found["national_id"] == [CARD_ID]


def test_a_card_naming_another_gives_nothing() -> None:
    other = tuple(line.replace("กมลา", "สมหญิง").replace("Kamala", "Somying") for line in CARD)
    found = _fields([_page(1, FORM), _page(2, other)])
    assert "birth_date" not in found and "national_id" not in found


def test_the_cards_printed_name_mends_the_forms_name_a_letter_off() -> None:
    # the form's handwriting read a letter off (กมลา as กมสา), the card's print read whole
    form = tuple(line.replace("นางสาวกมลา", "นางสาวกมสา") for line in FORM)
    found = _fields([_page(1, form), _page(2, CARD)])
    assert found["full_name"] == ["นางสาวกมลา ศรีวงศ์"]


def test_a_card_on_the_forms_page_mends_the_name_and_is_flagged() -> None:
    form = tuple(line.replace("ศรีวงศ์", "ศรีวงค์") for line in FORM)
    found = {c.key: c for c in best_reading(_page(1, form + CARD), "1", LABELS)}
    assert found["full_name"].value == "นางสาวกมลา ศรีวงศ์"
    assert "ocr_repaired" in found["full_name"].provenance.flags


def test_the_forms_name_the_card_reads_alike_or_names_another_stays() -> None:
    found = _fields([_page(1, FORM), _page(2, CARD)])
    assert found["full_name"] == ["นางสาวกมลา ศรีวงศ์"]
    other = tuple(line.replace("กมลา", "สมหญิง") for line in CARD)
    form = tuple(line.replace("นางสาวกมลา", "นางสาวกมสา") for line in FORM)
    assert _fields([_page(1, form), _page(2, other)])["full_name"] == ["นางสาวกมสา ศรีวงศ์"]
