"""The rules blind set 55 (a rural Isan อบต.'s week) led to (issue 8), each on its
smallest case, with values written afresh, not the set's strings. The held-out set
measures them on whole mails (test_unseen_styles_55.py)."""

from __future__ import annotations

from pathlib import Path

from typed_mail import read

from extractors.extract import matcher_for
from extractors.templates import load_templates
from extractors.xlsx_form import xlsx_lines

LABELS = matcher_for(load_templates(Path(__file__).resolve().parents[2] / "config" / "forms"))


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


# --- the one who reports, named with his kinship to the elder, is not the elder --------


def test_a_reporter_named_as_the_elders_kin_is_not_the_applicant() -> None:
    text = (
        "เรียน เจ้าหน้าที่ อบต.\n\nขอเปลี่ยนการรับเบี้ยยังชีพของยายเป็นโอนเข้าบัญชีค่ะ\n\n"
        "ชื่อผู้สูงอายุ นางบุญเพ็ง ศรีสุวรรณ\n"
        f"เลขประจำตัวประชาชน {with_check_digit('340120055317')}\n"
        "ที่อยู่ 22 หมู่ 5 บ้านโคกกลาง ต.โคกกลาง อ.พนา จ.อำนาจเจริญ 37180\n\n"
        "ผู้แจ้ง นายอนุชา ศรีสุวรรณ (หลานชาย) โทร 0917734521\n"
    )
    assert read(text).fields.get("full_name") == "นางบุญเพ็ง ศรีสุวรรณ"


# --- a headman's list: the title's place, the row the note marks, a list naming no one --

HEADER = ["ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "หมู่", "โทร", "หมายเหตุ"]
TITLE = ["บัญชีรายชื่อผู้สูงอายุ บ้านหนองบัว หมู่ที่ 4 ต.นาแก อ.นาแก จ.นครพนม 48130"]
OLD, NEW = "รับเบี้ยแล้ว ปี 2567", "รายใหม่ ยื่นครั้งนี้"
ROWS = [
    ["1", "นางสมศรี ภูผาทอง", with_check_digit("348050011234"), "12", "4", "0861122334", OLD],
    ["2", "นายคำดี พรมมา", with_check_digit("348050022345"), "31", "4", "0872233445", NEW],
    ["3", "นางบุญมา แก้วดี", with_check_digit("348050033456"), "7/2", "4", "0883344556", OLD],
]  # fmt: skip


def test_a_lists_title_is_no_header_band_over_its_columns() -> None:
    # read as a header in two bands, the title took the first row for the header's answers
    lines = xlsx_lines([TITLE, HEADER, *ROWS, []], LABELS)
    assert "ลำดับ: 1" not in lines


def test_the_row_a_note_marks_as_this_request_is_the_applicants() -> None:
    lines = xlsx_lines([TITLE, HEADER, *ROWS, []], LABELS)
    assert "ชื่อ-สกุล: นายคำดี พรมมา" in lines
    assert not any("นางสมศรี" in line or "นางบุญมา" in line for line in lines)


def test_the_titles_place_joins_the_marked_rows_house_number() -> None:
    lines = xlsx_lines([TITLE, HEADER, *ROWS, []], LABELS)
    assert {"ตำบล: นาแก", "อำเภอ: นาแก", "จังหวัด: นครพนม", "รหัสไปรษณีย์: 48130"} <= set(lines)


def test_a_list_naming_no_one_gives_its_province_but_no_ones_address() -> None:
    unmarked = [row[:-1] for row in ROWS]
    lines = xlsx_lines([TITLE, HEADER[:-1], *unmarked, []], LABELS)
    assert "จังหวัด: นครพนม" in lines
    assert not any(line.startswith(("ตำบล:", "อำเภอ:")) for line in lines)


# --- a ตำบล whose name begins like a road's word (ถนนโพธิ์, ถนนหัก) ------------------------


def test_a_tambon_box_whose_name_opens_with_thanon_keeps_its_word() -> None:
    text = (
        "ชื่อ-สกุล: นายสำราญ ทองดี\nบ้านเลขที่: 8\nหมู่ที่: 3\nตำบล: ถนนโพธิ์\nอำเภอ: โนนไทย\n"
        "จังหวัด: นครราชสีมา\nโทรศัพท์: 0815523347\n"
    )
    assert read(text).fields.get("address") == "8 หมู่ที่ 3 ตำบลถนนโพธิ์ อำเภอโนนไทย"
