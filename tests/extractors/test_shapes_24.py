"""Unit tests for the shapes blind set 24 found the readers missing (issue 8): each names
the way people write that it covers, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
CHILD_ID = "1100201567820"
PARENT_ID = "1900900128470"


def read_case(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def read(text: str) -> dict[str, str | None]:
    return read_case(text).fields


CHILD = f"ข้อมูลเด็ก\nชื่อ-สกุล: เด็กหญิงมะลิ ใจดี\nเลขประจำตัวประชาชน: {CHILD_ID}\nวันเกิด: 3 ตุลาคม 2564\n"
GUARDIAN = (
    f"ข้อมูลผู้ปกครอง\nชื่อ-สกุล: นางสาวมาลี ใจดี\nเลขประจำตัวประชาชน: {PARENT_ID}\nโทรศัพท์: 095-441-8230\n"
)


def test_a_guardians_part_makes_the_child_the_applicant_whichever_comes_first() -> None:
    """A form with a part for the guardian (ผู้ปกครอง, ผู้อนุบาล) acts for the one in the
    other part: the child is the applicant; the guardian's phone is the one to call."""
    for text in (CHILD + "\n" + GUARDIAN, GUARDIAN + "\n" + CHILD):
        fields = read(text)
        assert fields["national_id"] == CHILD_ID, text
        assert fields["full_name"] == "เด็กหญิงมะลิ ใจดี", text
        assert fields["phone"] == "+66954418230", text


def test_a_childs_data_beside_the_applicants_own_part_stays_the_childs() -> None:
    """ "ข้อมูลผู้ขอ" then "ข้อมูลบุตร" (a parent asking a grant for a newborn): the one
    who asks is the applicant, as before."""
    text = (
        "ข้อมูลผู้ขอ\nชื่อ-สกุล: นางสาวมาลี ใจดี\n"
        f"เลขประจำตัวประชาชน: {PARENT_ID}\n\n"
        f"ข้อมูลบุตร\nชื่อ-สกุล: เด็กหญิงมะลิ ใจดี\nเลขประจำตัวประชาชน: {CHILD_ID}\n"
    )
    assert read(text)["national_id"] == PARENT_ID


def test_an_age_after_the_word_for_i_is_no_name() -> None:
    """ "ข้าพเจ้า อายุ 42 ปี ...": a letter whose writer is named only at its foot."""
    text = (
        "เรียน นายก อบต.\n\n"
        "        ข้าพเจ้า อายุ 42 ปี ถือบัตรประจำตัวประชาชนเลขที่ 3-4012-00458-71-1"
        " ขอรับความช่วยเหลือ\n\n"
        "ขอแสดงความนับถือ\n\n\n"
        "                    (นายอนุชา วงศ์สวัสดิ์)\n"
    )
    case = read_case(text)
    assert case.fields["full_name"] == "นายอนุชา วงศ์สวัสดิ์"


def test_an_address_does_not_run_on_into_the_letters_date() -> None:
    """A letter's top right: the writer's house, then the date under it."""
    text = (
        "                                        บ้านเลขที่ 72/4\n"
        "                                        5 ธันวาคม 2569\n\n"
        "เรื่อง ขอรับความช่วยเหลือ\n"
    )
    case = read_case(text)
    assert "ธันวาคม" not in (case.fields.get("address") or "")


def test_a_house_number_alone_yields_to_the_whole_address_in_the_letter() -> None:
    """The house number at a letter's top right is not the address its prose gives."""
    text = (
        "                                        บ้านเลขที่ 72/4\n"
        "                                        5 ธันวาคม 2569\n\n"
        "เรื่อง ขอรับความช่วยเหลือ\n\n"
        "        ข้าพเจ้า นายอนุชา วงศ์สวัสดิ์ อยู่บ้านเลขที่ 72/4 หมู่ที่ 5 ตำบลบ้านเป็ด"
        " อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 ขอรับความช่วยเหลือ\n"
    )
    address = read(text)["address"] or ""
    assert address.startswith("72/4 หมู่ที่ 5 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น"), address


def test_a_birth_date_said_in_the_body_that_differs_from_the_forms_is_flagged() -> None:
    """ "ดิฉันเกิดวันที่ ..." in the mail, another year in the attached form's box: which is
    right a clerk must see, even though the body says it in a sentence."""
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content("เรียน เจ้าหน้าที่\n\nส่งแบบฟอร์มตามแนบค่ะ ดิฉันเกิดวันที่ 17 กันยายน 2527 ค่ะ\n")
    form = "ชื่อ-นามสกุล: นางสาวมาลี ใจดี\nวันเดือนปีเกิด: 17 กันยายน 2528\n"
    msg.add_attachment(form.encode(), maintype="text", subtype="plain", filename="form.txt")
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields["birth_date"] is not None
    assert "sources_disagree" in [i.code for i in case.issues.get("birth_date", [])]


def test_an_address_wrapped_inside_its_cell_under_a_header_row_is_whole() -> None:
    """A table of headers over values, printed: the address wraps onto the lines under
    its row, at the left of the first column."""
    text = (
        "ที่อยู่                        จังหวัด                  รหัสไปรษณีย์   อีเมล\n"
        "555/88 ซอยจรัญสนิทวงศ์ 13      กรุงเทพมหานคร            10600          a.b@gmail.com\n"
        "ถนนจรัญสนิทวงศ์\n"
        "แขวงวัดท่าพระ เขตบางกอกใหญ่\n"
    )
    fields = read(text)
    assert fields["address"] == ("555/88 ซอยจรัญสนิทวงศ์ 13 ถนนจรัญสนิทวงศ์ แขวงวัดท่าพระ เขตบางกอกใหญ่"), (
        fields["address"]
    )
    assert fields["postal_code"] == "10600"


def test_a_value_wrapped_inside_its_column_on_a_pdf_is_whole() -> None:
    """A PDF table of captions over values: the address wraps inside its box onto the
    lines below, each piece under its own caption's column."""
    from unseen_requests_5 import pdf_page

    texts = [
        (15.0, 42.0, "ที่อยู่"), (70.0, 42.0, "จังหวัด"), (110.0, 42.0, "รหัสไปรษณีย์"),
        (17.0, 51.0, "555/88 ซอยจรัญสนิทวงศ์ 13"), (72.0, 51.0, "กรุงเทพมหานคร"),
        (112.0, 51.0, "10600"), (17.0, 56.0, "ถนนจรัญสนิทวงศ์"),
        (17.0, 61.0, "แขวงวัดท่าพระ เขตบางกอกใหญ่"), (15.0, 90.0, "ขอบคุณครับ"),
    ]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content("ตามไฟล์แนบครับ\n")
    data = pdf_page(texts, size=9, face="Garuda")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    fields = extract_case(parse_message(bytes(msg)), TEMPLATES).fields
    assert fields["address"] == ("555/88 ซอยจรัญสนิทวงศ์ 13 ถนนจรัญสนิทวงศ์ แขวงวัดท่าพระ เขตบางกอกใหญ่"), (
        fields["address"]
    )
    assert fields["province"] == "กรุงเทพมหานคร"


def test_a_registry_export_spells_the_district_amphur() -> None:
    """Thai systems' exports romanise อำเภอ the old way in their column keys (AMPHUR,
    as DOPA's own field names do): the district is part of the address, never left out."""
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content("ตามไฟล์แนบครับ\n")
    data = (
        "PID|FNAME|LNAME|HOUSE_NO|MOO|TAMBON|AMPHUR|PROVINCE|ZIPCODE\n"
        f"{PARENT_ID}|มาลี|ใจดี|7|4|ฉลอง|เมืองภูเก็ต|ภูเก็ต|83130\n"
    ).encode()
    msg.add_attachment(data, maintype="text", subtype="csv", filename="export.csv")
    address = extract_case(parse_message(bytes(msg)), TEMPLATES).fields["address"] or ""
    assert "เมืองภูเก็ต" in address, address
