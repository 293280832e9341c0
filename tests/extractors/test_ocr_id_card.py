"""A photocopy of the applicant's ID card stapled beside a form, as OCR reads it
(extractors/ocr_id_card.py): its lines found among the form's, its ID taken for hers when
the card's name is the name on the form. Made-up people; the IDs' check digits hold."""

from __future__ import annotations

from pathlib import Path

from extractors.base import FieldCandidate, Provenance
from extractors.extract import matcher_for
from extractors.ocr_id_card import (
    card_block,
    id_on_card,
    with_birth_from_card,
    with_id_from_card,
    without_card,
)
from extractors.templates import load_templates

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))

FORM = [
    "คำขอใช้น้ำประปา",
    "ข้าพเจ้า นางสุดา ทองมา",
    "เลขประจำตัวประชาชน (ตามสำเนาบัตรที่แนบ)",
    "สถานที่ขอใช้น้ำ เลขที่ 12 หมู่ 3 ต.ในเมือง อ.เมือง",
    "เอกสารแนบ 1. สำเนาบัตรประจำตัวประชาชน 2. สำเนาทะเบียนบ้าน",
    "ลงชื่อ ผู้ยื่นคำร้อง",
]
CARD = [
    "บัตรประจําตัวประชาชน Thai National 1D Card",  # its ID read 1D
    "เลขประจําตัวประชาชน 3 6712 00452 18 5",
    "Identification Number",
    "ซือตัวและชื่อสกุล นาง สุดา ทองมา",  # ชื่อ read ซือ
    "Name Mrs. Suda",
    "Last name Thongma",
    "เกิดวันที่ 4 มี.ค. 2510",
    "Date of Birth 4 Mar. 1967",
    "ที่อยู่ 12 หมู่ที่ 3 ต.ในเมือง อ.เมือง",
    "จ.ขอนแก่น",
    "3 มี.ค. 2565",
    "วันออกบัตร Date of Issue",
]


def test_the_cards_lines_are_found_among_the_forms() -> None:
    lines = FORM + CARD
    block = card_block(lines)
    assert block == range(len(FORM), len(FORM) + len(CARD))
    assert card_block(FORM) is None  # a form naming a card copy is no card


def test_the_card_is_found_by_its_own_words_when_its_header_is_lost() -> None:
    lines = FORM + CARD[1:]
    assert card_block(lines) == range(len(FORM), len(lines))


def test_the_cards_id_is_hers_when_the_card_names_her() -> None:
    lines = FORM + CARD
    assert id_on_card([lines], "นางสุดา ทองมา") == "3671200452185"
    # the form's name misread at a mark or a letter: still her name
    assert id_on_card([lines], "นางสุคา ทองมา") == "3671200452185"


def test_the_name_may_be_read_on_another_reading_of_the_page() -> None:
    unnamed = [li if "สกุล" not in li else "ซือตัวและ ชาดดรร" for li in FORM + CARD]
    assert id_on_card([unnamed], "นางสุดา ทองมา") is None
    assert id_on_card([unnamed, FORM + CARD], "นางสุดา ทองมา") == "3671200452185"


def test_another_persons_card_or_a_misread_id_gives_none() -> None:
    lines = FORM + CARD
    assert id_on_card([lines], "นายประสิทธิ์ แก้วมณี") is None  # her husband's form
    misread = [li.replace("18 5", "18 6") for li in lines]  # check digit fails
    assert id_on_card([misread], "นางสุดา ทองมา") is None
    two = [lines, [li.replace("3 6712 00452 18 5", "3 1005 00123 45 8") for li in lines]]
    assert id_on_card(two, "นางสุดา ทองมา") is None  # two readings, two IDs: unsure
    assert id_on_card([FORM], "นางสุดา ทองมา") is None  # no card


def test_the_form_is_read_without_the_cards_lines() -> None:
    lines = without_card(FORM + CARD)
    assert lines[: len(FORM)] == FORM  # the form's address is not run on into the card's
    assert lines[len(FORM) :] == [""] * len(CARD)
    assert without_card(FORM) == FORM


def _read(key: str, value: str) -> FieldCandidate:
    prov = Provenance(part="a", kind="ocr", method="ocr", label=key, flags=["ocr"])
    return FieldCandidate(key=key, value=value, provenance=prov, confidence=0.8)


def test_the_cards_id_stands_in_for_the_forms_note() -> None:
    name = _read("full_name", "นางสุดา ทองมา")
    note = _read("national_id", "ตามสำเนาบัตรที่แนบ")  # the ID line's note read as its value
    found = with_id_from_card([name, note], [FORM + CARD], "a", 1, LABELS)
    ids = [c for c in found if c.key == "national_id"]
    assert [c.value for c in ids] == ["3671200452185"]
    assert "ocr_low_confidence" in ids[0].provenance.flags
    own = _read("national_id", "3100500123458")  # the form's own ID, its check digit holding
    assert with_id_from_card([name, own], [FORM + CARD], "a", 1, LABELS) == [name, own]
    assert with_id_from_card([note], [FORM + CARD], "a", 1, LABELS) == [note]  # no name read


def test_the_cards_birth_date_is_hers_when_the_form_gave_none() -> None:
    # the English date, its label misread, checked by the Thai one's year (BE = CE + 543)
    lines = [li.replace("Date of Birth", "Sate of Binn") for li in FORM + CARD]
    name = _read("full_name", "นางสุดา ทองมา")
    found = with_birth_from_card([name], [lines], "a", 1, LABELS)
    assert [c.value for c in found if c.key == "birth_date"] == ["4 Mar 1967"]
    other_year = [li.replace("2510", "2511") for li in lines]  # the two dates disagree
    assert with_birth_from_card([name], [other_year], "a", 1, LABELS) == [name]
    born = _read("birth_date", "4 มี.ค. 2510")  # the form's own
    assert with_birth_from_card([name, born], [lines], "a", 1, LABELS) == [name, born]
    misread = _read("birth_date", "4 มาระคุม 2510")  # the form's, its month misread
    found = with_birth_from_card([name, misread], [lines], "a", 1, LABELS)
    assert [c.value for c in found if c.key == "birth_date"] == ["4 Mar 1967"]
