"""Unit tests for what blind set 35 showed (issue 8): a sheet of people, one a row under a
header row with a column naming each one's role, read as its first row whatever the
roles say; an address line going on to the postal code's label and the code, kept
whole; the ticked title on a line of its own above "ชื่อ ... นามสกุล ...", and the title's
caption before its boxes, read into the name. Examples written afresh, not the set's
strings."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from typed_mail import flagged
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.labels import LabelMatcher
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
LABELS = LabelMatcher(TEMPLATES)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def mail(body: str, data: bytes, mime: str, filename: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งเอกสารตามแนบ"
    msg.set_content(body)
    maintype, subtype = mime.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def sheet(rows: list[list[Any]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- a row per person under a header row, a column naming each one's role ------------------

HUSBAND_ID = with_check_digit("310060072214")
ASKER_ID = with_check_digit("170990031452")
SON_ID = with_check_digit("110370220013")
HEAD = ["ความเกี่ยวข้อง", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "เบอร์โทรศัพท์", "อีเมล"]
HUSBAND = ["สามี", "นายเกรียงไกร พรมมา", HUSBAND_ID, "081-330-4412", "kriang.pm@gmail.com"]
ASKER = ["ผู้ขอ", "นางจันทร์เพ็ญ พรมมา", ASKER_ID, "093-217-5580", "janpen.pm@hotmail.com"]
SON = ["บุตร", "นายกิตติพัฒน์ พรมมา", SON_ID, "062-448-1907", "kittipat.pm@gmail.com"]


def test_the_row_whose_role_names_the_asker_is_the_applicants_not_the_first() -> None:
    # The husband's row comes first; the role column says the second row is the one who
    # asks (ผู้ขอ): its values are the applicant's, the husband's are another person's.
    data = sheet([["ทะเบียนครอบครัวผู้ขอรับสิทธิ"], HEAD, HUSBAND, ASKER, SON])
    case = mail("ส่งรายละเอียดตามไฟล์แนบค่ะ\n", data, XLSX, "family.xlsx")
    assert case.fields.get("full_name") == "นางจันทร์เพ็ญ พรมมา"
    assert case.fields.get("national_id") == ASKER_ID
    assert case.fields.get("phone") == "+66932175580"
    assert case.fields.get("email") == "janpen.pm@hotmail.com"


def test_rows_of_people_none_named_the_asker_give_no_unflagged_applicant() -> None:
    # Two people, their roles given (สามี, บุตร) but neither is the one who asks: taking
    # either row would be a guess, so nothing of theirs stands unflagged.
    data = sheet([["ทะเบียนครอบครัว"], HEAD, HUSBAND, SON])
    case = mail("ส่งรายละเอียดตามไฟล์แนบค่ะ\n", data, XLSX, "family.xlsx")
    for key in ("full_name", "national_id", "phone", "email"):
        assert case.fields.get(key) is None or flagged(case, key), key


def docx_form(pairs: list[tuple[str, str]]) -> bytes:
    import docx as python_docx

    d = python_docx.Document()
    d.add_paragraph("แบบคำขอรับความช่วยเหลือ")
    table = d.add_table(rows=0, cols=2)
    for label, value in pairs:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_forms_named_applicant_outranks_a_sheet_of_household_members() -> None:
    # The Word form names the applicant; the sheet beside it lists the household, each
    # member's relation given (ภรรยา, บุตร), none the one who asks: the sheet says
    # nothing about whose request it is, so the first member is no rival to the form.
    form = docx_form(
        [
            ("ชื่อ-สกุลผู้ขอ", "นายอนุชา แก้วมณี"),
            ("เลขประจำตัวประชาชน", ASKER_ID),
            ("โทรศัพท์", "095-604-2218"),
        ]
    )
    members = sheet(
        [
            ["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ความสัมพันธ์", "โทรศัพท์"],
            ["นางสุดา แก้วมณี", HUSBAND_ID, "ภรรยา", "084-771-3092"],
            ["เด็กชายภูมิ แก้วมณี", SON_ID, "บุตร", ""],
        ]
    )
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งเอกสารตามแนบ"
    msg.set_content("ส่งแบบฟอร์มตามแนบครับ\n")
    msg.add_attachment(form, maintype="application", subtype=DOCX.split("/")[1], filename="f.docx")
    msg.add_attachment(
        members, maintype="application", subtype=XLSX.split("/")[1], filename="m.xlsx"
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("full_name") == "นายอนุชา แก้วมณี"
    assert case.fields.get("national_id") == ASKER_ID
    assert case.fields.get("phone") == "+66956042218"


def read_body(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับบริการ"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- the postal code's label after the province, on the address's line ---------------------

CHANTHABURI = "27 หมู่ 5 ตำบลท่าช้าง อำเภอเมืองจันทบุรี จังหวัดจันทบุรี"


def docx_lines(lines: list[str]) -> bytes:
    import docx as python_docx

    d = python_docx.Document()
    for line in lines:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_the_postal_codes_label_ends_an_address_in_a_word_form() -> None:
    # A single space before "รหัสไปรษณีย์": no gap parts the two fields, yet the label
    # names a field of its own, so the address ends before it and the code is its own.
    data = docx_lines(
        [
            "แบบคำขอ",
            "ชื่อ-สกุล นางสาวเยาวลักษณ์ ภู่ระหงษ์",
            "ที่อยู่ปัจจุบัน",
            f"{CHANTHABURI} รหัสไปรษณีย์ 22000",
            "โทรศัพท์ 086-210-7745",
        ]
    )
    case = mail("ส่งแบบคำขอตามแนบค่ะ\n", data, DOCX, "form.docx")
    assert case.fields.get("address") == CHANTHABURI
    assert case.fields.get("postal_code") == "22000"


def test_the_postal_codes_label_ends_an_address_in_a_mail_body() -> None:
    case = read_body(f"ชื่อ นายสมพงษ์ ใจเย็น\nที่อยู่ {CHANTHABURI} รหัสไปรษณีย์ 22000\nโทร 081-947-2203\n")
    assert case.fields.get("address") == CHANTHABURI
    assert case.fields.get("postal_code") == "22000"


# --- the ticked title on its own line above "ชื่อ ... นามสกุล ..." --------------------------


def test_a_ticked_title_line_joins_the_given_and_family_names_below() -> None:
    data = docx_lines(
        [
            "แบบคำขอ",
            "ผู้ขอ  ☐ นาย  ☒ นาง  ☐ นางสาว",
            "ชื่อ พรรณี   นามสกุล ศรีวงศ์",
            "โทรศัพท์ 089-602-1174",
        ]
    )
    case = mail("ส่งแบบคำขอตามแนบค่ะ\n", data, DOCX, "form.docx")
    assert case.fields.get("full_name") == "นางพรรณี ศรีวงศ์"


def test_the_titles_own_label_before_its_boxes_is_no_part_of_the_name() -> None:
    # "คำนำหน้าชื่อ" captions the boxes after the applicant's heading: the title's label,
    # not a word of the name.
    data = docx_lines(
        [
            "แบบคำขอ",
            "ผู้ขอ  คำนำหน้าชื่อ ☐ นาย  ☐ นาง  ☑ นางสาว",
            "ชื่อ อรวรรณ   นามสกุล มณีโชติ",
            "โทรศัพท์ 089-602-1174",
        ]
    )
    case = mail("ส่งแบบคำขอตามแนบค่ะ\n", data, DOCX, "form.docx")
    assert case.fields.get("full_name") == "นางสาวอรวรรณ มณีโชติ"
