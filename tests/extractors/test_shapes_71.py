"""Unit tests for the shapes blind set 71 (petitions and group requests with many
signers) found the readers getting wrong (issue 8): each names the way a request is
written that it covers, with examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.values import clean_value

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_body(text: str, sender: str = "someone <someone@example.com>") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- a group's office after the name -------------------------------------------------------


def test_a_groups_office_after_the_name_is_no_part_of_it() -> None:
    # "ผู้ยื่นคำร้อง: นาง... ประธานกลุ่มแม่บ้าน": the office he holds in the group
    assert clean_value("name", "นางสมใจ รักถิ่น ประธานชมรมผู้สูงอายุ") == "นางสมใจ รักถิ่น"
    assert clean_value("name", "นายเกษม บุญล้อม ประธาน") == "นายเกษม บุญล้อม"
    assert clean_value("name", "นายเกษม บุญล้อม รองประธานกลุ่มเกษตรกร") == "นายเกษม บุญล้อม"
    assert clean_value("name", "นางอร ทองคำ เลขานุการคณะกรรมการ") == "นางอร ทองคำ"
    assert clean_value("name", "นางอร ทองคำ เหรัญญิกกลุ่ม") == "นางอร ทองคำ"
    assert clean_value("name", "นายวิทยา แสงทอง ผู้ประสานงาน") == "นายวิทยา แสงทอง"
    # a family name that only begins like an office stays whole
    assert clean_value("name", "นายสมพร ประธานทอง") == "นายสมพร ประธานทอง"


# --- another's signature block: the recorder's, a witness's --------------------------------


def _docx(paragraphs: list[str]) -> bytes:
    import io

    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read_attached(data: bytes) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอซ่อมถนน พร้อมรายงานการประชุม"
    msg.set_content("แนบหนังสือและรายงานการประชุมค่ะ")
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    msg.add_attachment(data, maintype=wml.split("/")[0], subtype=wml.split("/")[1],
                       filename="request.docx")  # fmt: skip
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_id_and_phone_under_a_recorders_signature_are_his() -> None:
    # The letter names its writer, his ID and phone in a sentence; the meeting's minutes
    # after it give the recorder's under his ลงชื่อ ... ผู้บันทึกการประชุม: the recorder's.
    case = read_attached(
        _docx(
            [
                "เรื่อง ขอให้ซ่อมถนนในหมู่บ้าน\nเรียน นายกองค์การบริหารส่วนตำบลโคกกลาง",
                "ด้วยที่ประชุมหมู่บ้านได้เลือกข้าพเจ้า นายประยูร ศรีสองเมือง เลขประจำตัวประชาชน "
                "3102001234566 อยู่บ้านเลขที่ 14 ม.2 ต.โคกกลาง อ.พนมไพร จ.ร้อยเอ็ด โทรศัพท์ "
                "081-223-9087 เป็นผู้แทนยื่นคำร้อง",
                "จึงเรียนมาเพื่อโปรดพิจารณา\n\nลงชื่อ..............ผู้แทนชาวบ้าน\n(นายประยูร ศรีสองเมือง)",
                "บันทึกการประชุมหมู่บ้าน\nที่ประชุมมีมติเห็นชอบ",
                "ลงชื่อ..............ผู้บันทึกการประชุม\n(นางมณี ทองสุข)\n"
                "เลขประจำตัวประชาชน 3409900776659 โทร 086-551-2204",
            ]
        )
    )
    assert case.fields["national_id"] == "3102001234566"
    assert case.fields["phone"] in ("0812239087", "+66812239087")


# --- a petition's signers: the one named to act for them, else the first ------------------

SIGNERS = (
    "1. นายเจริญ มาดี เลขบัตร 3100500112235 บ้านเลขที่ 4 โทร 081-234-5670\n"
    "2. นางพิกุล สุขสม เลขบัตร 3-1005-00445-56-1 บ้านเลขที่ 19/1 โทร 089-876-5432\n"
    "3. นายพร ทองดี เลขบัตร 3100500778896 บ้านเลขที่ 30 โทร 086-111-2222\n"
)


def test_the_representative_named_in_the_text_is_the_signers_row_read() -> None:
    case = read_body(
        "เรียน นายกองค์การบริหารส่วนตำบลหนองแวง\n\n"
        "พวกข้าพเจ้าขอให้ซ่อมท่อระบายน้ำหน้าหมู่บ้าน\n\n"
        f"รายชื่อผู้ร้อง\n{SIGNERS}\n"
        "ขอให้ติดต่อผู้ประสานงาน คือ นางพิกุล สุขสม\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n"
    )
    assert case.fields["full_name"] == "นางพิกุล สุขสม"
    assert case.fields["national_id"] == "3100500445561"
    assert case.fields["phone"] in ("0898765432", "+66898765432")


def test_where_no_one_is_named_the_first_signer_is_read_not_the_typists_number() -> None:
    case = read_body(
        "เรียน นายกองค์การบริหารส่วนตำบลหนองแวง\n\n"
        "ชาวบ้านหมู่ 4 ขอให้ซ่อมท่อระบายน้ำ\n\n"
        f"{SIGNERS}\nมีอะไรโทรหาหลานได้ค่ะ 095-000-1234\n"
    )
    assert case.fields["national_id"] == "3100500112235"
    assert case.fields["phone"] in ("0812345670", "+66812345670")


# --- a signer's house number alone, the letter naming the signers' village ------------------


def test_a_signers_house_number_is_completed_with_the_village_the_letter_names() -> None:
    # "พวกข้าพเจ้าชาวบ้าน... หมู่ที่ 4 ตำบล... อำเภอ... จังหวัด..." says where every signer
    # lives; the list gives each his house number only: the two make his home (flagged)
    case = read_body(
        "เรียน นายกองค์การบริหารส่วนตำบลโนนสูง\n\n"
        "พวกข้าพเจ้าชาวบ้านบ้านโคกใหญ่ หมู่ที่ 4 ตำบลโนนสูง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี "
        "ขอให้ซ่อมท่อระบายน้ำ\n\n"
        "ลำดับ\tชื่อ-สกุล\tเลขบัตรประชาชน\tบ้านเลขที่\tเบอร์โทร\n"
        "1\tนายเจริญ มาดี\t3100500112235\t4/2\t0812345670\n"
        "2\tนางพิกุล สุขสม\t3100500445561\t19\t0898765432\n"
    )
    assert case.fields["national_id"] == "3100500112235"
    address = " ".join((case.fields["address"] or "").split())
    assert address.startswith("4/2 หมู่ที่ 4 ตำบลโนนสูง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี")
    assert case.fields["postal_code"] == "41330"
    assert case.issues.get("address")  # put together: a clerk looks


# --- a sheet of signers: the row its note marks as the representative; a committee's chair --


def _sheet_lines(rows: list[list[str]]) -> list[str]:
    from extractors.extract import matcher_for
    from extractors.xlsx_form import xlsx_lines

    return xlsx_lines(rows, matcher_for(TEMPLATES))


SHEET_HEAD = ["ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "โทรศัพท์", "หมายเหตุ"]
SHEET_ROWS = [
    ["1", "นายเจริญ มาดี", "3100500112235", "4/2", "0812345670"],
    ["2", "นางพิกุล สุขสม", "3100500445561", "19", "0898765432", "ตัวแทน"],
    ["3", "นายพร ทองดี", "3100500778896", "30", "0861112222"],
]


def test_the_row_a_note_marks_as_the_representative_is_the_applicants() -> None:
    lines = _sheet_lines([["รายชื่อผู้ร่วมลงชื่อ หมู่ที่ 4 ตำบลโนนสูง"], SHEET_HEAD, *SHEET_ROWS, []])
    assert "ชื่อ-สกุล: นางพิกุล สุขสม" in lines
    assert not any("นายเจริญ" in line or "นายพร" in line for line in lines)


def test_a_committees_chairman_row_is_the_applicants() -> None:
    head = ["ตำแหน่ง", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์"]
    rows = [
        ["รองประธาน", "นายเจริญ มาดี", "3100500112235", "0812345670"],
        ["ประธาน", "นางพิกุล สุขสม", "3100500445561", "0898765432"],
        ["เหรัญญิก", "นายพร ทองดี", "3100500778896", "0861112222"],
    ]
    lines = _sheet_lines([["คณะกรรมการกลุ่มออมทรัพย์"], head, *rows, []])
    assert "ชื่อ-สกุล: นางพิกุล สุขสม" in lines
    assert not any("นายเจริญ" in line or "นายพร" in line for line in lines)


def test_the_titles_village_number_joins_a_row_whose_columns_give_none() -> None:
    # the title names หมู่ที่ 4 once for all; the columns give the house number only: the
    # marked row's home holds the หมู่ (an address without it reached the wrong house)
    title = ["รายชื่อผู้ร่วมลงชื่อ บ้านโคกใหญ่ หมู่ที่ 4 ตำบลโนนสูง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี"]
    lines = _sheet_lines([title, SHEET_HEAD, *SHEET_ROWS])
    assert "หมู่ที่: 4" in lines
