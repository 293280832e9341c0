"""The rules blind set 55 (a rural Isan อบต.'s week) led to (issue 8), each on its
smallest case, with values written afresh, not the set's strings. The held-out set
measures them on whole mails (test_unseen_styles_55.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
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


# --- a letter about another: her values after her name are hers, not the writer's ------

MOTHER_ID = with_check_digit("345060011872")
SON_ID = with_check_digit("145990031264")
HEADMAN_ID = with_check_digit("345990022761")


def test_a_son_filing_for_his_mother_gives_her_name_id_and_phone() -> None:
    text = (
        "55/12 ซอยลาดพร้าว 64 แขวงวังทองหลาง เขตวังทองหลาง กรุงเทพฯ 10310\n\n"
        "เรื่อง ขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุแทนมารดา\nเรียน นายก อบต.โพนทอง\n\n"
        f"ด้วยข้าพเจ้า นายประเสริฐ ใจกล้า เป็นบุตรชายของ นางสำลี ใจกล้า เลขประจำตัวประชาชน {MOTHER_ID} "
        "อาศัยอยู่ที่ 14 หมู่ 3 ตำบลโพนทอง อำเภอเสลภูมิ จังหวัดร้อยเอ็ด 45120 โทรศัพท์ 0857712290 "
        "มีอายุครบตามเกณฑ์ ข้าพเจ้าทำงานอยู่กรุงเทพมหานคร จึงขอยื่นคำขอแทน\n"
        f"ติดต่อข้าพเจ้าได้ที่ 0926618034 (เลขประจำตัวประชาชนผู้ยื่นแทน {SON_ID})\n\n"
        "ขอแสดงความนับถือ\nนายประเสริฐ ใจกล้า\n"
    )
    fields = read(text).fields
    assert fields.get("full_name") == "นางสำลี ใจกล้า"
    assert fields.get("national_id") == MOTHER_ID
    assert fields.get("phone") == "+66857712290"
    assert fields.get("province") == "ร้อยเอ็ด"


@pytest.mark.parametrize("kin", ["บุตร", "ลูก", "หลาน"], ids=["son", "child", "grandchild"])
def test_a_bare_kin_word_before_ของ_names_the_one_filed_for(kin: str) -> None:
    # "เป็นบุตรของ" with no ชาย/สาว after the kin word: the same letter as above
    text = (
        "เรื่อง ขอรับเบี้ยความพิการแทนบิดา\nเรียน นายกเทศมนตรีตำบลนาดี\n\n"
        f"ข้าพเจ้า นายวีระ ทองมาก เป็น{kin}ของ นายสมาน ทองมาก เลขประจำตัวประชาชน {MOTHER_ID} "
        "อยู่บ้านเลขที่ 7 หมู่ 2 ตำบลนาดี อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000 "
        "บิดาเดินทางไม่ได้ จึงขอยื่นคำขอแทน\n"
        "ติดต่อข้าพเจ้าได้ที่ 0926618034\n\nขอแสดงความนับถือ\nนายวีระ ทองมาก\n"
    )
    fields = read(text).fields
    assert fields.get("full_name") == "นายสมาน ทองมาก"
    assert fields.get("national_id") == MOTHER_ID


def test_a_headmans_certificate_gives_the_elders_id_phone_and_home() -> None:
    text = (
        "หนังสือรับรอง\n"
        f"ข้าพเจ้า นายทองใบ มีสุข เลขประจำตัวประชาชน {HEADMAN_ID} ตำแหน่งผู้ใหญ่บ้าน หมู่ที่ 5 "
        f"ขอรับรองว่า นางบุญศรี พาลี เลขประจำตัวประชาชน {MOTHER_ID} อาศัยอยู่จริงที่ 9 ม.5 "
        "ต.หนองพอก อ.หนองพอก ร้อยเอ็ด 45210 โทรศัพท์ 0819934410 เป็นผู้มีคุณสมบัติครบถ้วน\n"
        "ให้ไว้ ณ วันที่ 3 ธันวาคม 2569\nลงชื่อ ..........\n(นายทองใบ มีสุข)\nผู้ใหญ่บ้าน\n"
        "โทร 0863320457\n"
    )
    fields = read(text).fields
    assert fields.get("full_name") == "นางบุญศรี พาลี"
    assert fields.get("national_id") == MOTHER_ID
    assert fields.get("phone") == "+66819934410"
    assert (fields.get("address") or "").startswith("9 ม.5 ต.หนองพอก อ.หนองพอก")


# --- a home said with the village first, or the หมู่ first, in sentences ---------------


def test_a_home_said_with_the_village_before_its_house_number_is_read() -> None:
    text = (
        "เรียน นายก อบต.\n\nข้อยชื่อ นางเหลา ไชยวงศ์ อายุ 77 ปี อยู่ บ้านโนนแดง เลขที่ 58 หมู่ 6 "
        "ต.หนองแวง อ.พยัคฆภูมิพิสัย จ.มหาสารคาม 44110 น้ำท่วมนาข้าว ขอความช่วยเหลือเด้อ\n"
    )
    assert read(text).fields.get("address") == ("บ้านโนนแดง เลขที่ 58 หมู่ 6 ต.หนองแวง อ.พยัคฆภูมิพิสัย")


def test_a_home_with_no_house_number_said_from_its_moo_is_read() -> None:
    text = (
        "เรียน นายก อบต.\n\nข้าพเจ้า นางเหลา ไชยวงศ์ อาศัยอยู่ที่ หมู่ที่ 6 บ้านโนนแดง ตำบลหนองแวง "
        "อำเภอพยัคฆภูมิพิสัย จังหวัดมหาสารคาม 44110 ขอรับเบี้ยยังชีพ\n"
    )
    assert read(text).fields.get("address") == "หมู่ที่ 6 บ้านโนนแดง ตำบลหนองแวง อำเภอพยัคฆภูมิพิสัย"


# --- the form's caption "ชื่อหมู่บ้าน" before the village's own name ---------------------


def test_the_village_name_caption_is_dropped_from_the_address() -> None:
    text = (
        "ข้าพเจ้า นายสมัย พลพวง\n"
        "มีชื่ออยู่ในทะเบียนบ้านเลขที่ 12 หมู่ที่ 3 ชื่อหมู่บ้าน บ้านโพนงาม ตำบลโพนงาม อำเภอกมลาไสย "
        "จังหวัดกาฬสินธุ์ รหัสไปรษณีย์ 46130\nโทรศัพท์ 0894471250\n"
    )
    assert "ชื่อหมู่บ้าน" not in (read(text).fields.get("address") or "ชื่อหมู่บ้าน")


# --- numbered answers to questions the officer listed on one line ---------------------


def test_answers_numbered_after_questions_listed_in_one_line_are_read() -> None:
    text = (
        "สวัสดีครับ ส่งข้อมูลของพ่อตามที่ขอครับ\n\n1. นายสอน ดวงมาลา\n"
        f"2. {with_check_digit('340050012288')}\n3. 21/07/2503\n4. 31 หมู่ 2 ต.ดอนหวาย อ.เมือง\n\n"
        "> เรียน คุณวิชัย กรุณาส่งข้อมูลเพิ่มดังนี้ 1. ชื่อ-สกุล 2. เลขประจำตัวประชาชน "
        "3. วันเดือนปีเกิด 4. ที่อยู่\n"
    )
    assert read(text).fields.get("birth_date") == "1960-07-21"
