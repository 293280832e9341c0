"""Unit tests for shapes blind sets 31 and 32 still read wrong or missed (issue 8), left
after their first fixes: each names the way a request is written that it covers, with
examples written afresh, not the sets' strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from attachments_for_tests import ThaiPdf
from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _message(body: str, subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def read_case(text: str, subject: str = "แจ้งเรื่อง") -> ExtractedCase:
    return extract_case(parse_message(bytes(_message(text, subject))), TEMPLATES)


def read_pdf(lines: tuple[str, ...], body: str = "ตามไฟล์แนบครับ\n") -> ExtractedCase:
    pdf = ThaiPdf()
    for k, line in enumerate(lines):
        pdf.put(line, 50, 780 - 24 * k)
    msg = _message(body, "ขอรับบริการ")
    msg.add_attachment(pdf.save(), maintype="application", subtype="pdf", filename="memo.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_note_printed_to_pdf_gives_the_province_and_postal_code_as_a_body_would() -> None:
    # A short note saved as PDF, no letter ("ข้าพเจ้า") and no form: its values that no
    # label gives are read from its text as a mail body's are, and flagged as prose.
    case = read_pdf(
        (
            "ขอตัดกิ่งไม้ริมทาง",
            "ชื่อ นายวีระพงษ์ สายทอง",
            "โทร 089-551-0273",
            "ที่บ้าน 17/3 ม.6 ต.ท่าวังผา อ.ท่าวังผา",
            "จ.น่าน 55140",
        )
    )
    assert case.fields.get("full_name") == "นายวีระพงษ์ สายทอง"
    assert case.fields.get("province") == "น่าน"
    assert case.fields.get("postal_code") == "55140"
    assert flagged(case, "postal_code")


def test_home_before_an_address_line_says_it_is_the_address() -> None:
    # "บ้าน" (home) then a house number, a หมู่, a sub-district and a district: the
    # writer's address, in a body as in a note saved as PDF; said by no label: flagged.
    body = read_case("ขอให้ตัดกิ่งไม้ครับ\nนายชาตรี ใจงาม\nบ้าน 9/1 หมู่ 2 ตำบลบ่อสวก อำเภอเมืองน่าน\n"
                     "จังหวัดน่าน 55000\n")  # fmt: skip
    assert (body.fields.get("address") or "").startswith("9/1 หมู่ 2 ตำบลบ่อสวก อำเภอเมืองน่าน")
    assert flagged(body, "address")
    note = read_pdf(("ขอถังขยะเพิ่ม", "ชื่อ นางอรุณี แสงทอง", "บ้าน 102 ม.7 ต.ฝายแก้ว อ.ภูเพียง",
                     "จ.น่าน 55000"))  # fmt: skip
    assert (note.fields.get("address") or "").startswith("102 ม.7 ต.ฝายแก้ว อ.ภูเพียง")


def test_home_of_another_or_a_place_near_home_is_no_address() -> None:
    # "บ้าน" glued to a word (บ้านแม่, บ้านเช่า) or a number that is no house is not the
    # writer's address line.
    case = read_case("ขอแจ้งไฟดับครับ\nนายชาตรี ใจงาม โทร 0815520917\nบ้านแม่ 14 ม.3 ต.บ่อสวก อ.เมืองน่าน\n")
    assert case.fields.get("address") is None


def test_a_place_the_writer_notes_is_his_own_home_gives_the_address() -> None:
    # "สถานที่เลี้ยงสัตว์ (บ้านของผม):" where the dogs are kept, noted as the writer's own
    # home: the home address; a place with no such note (a farm elsewhere) is no home.
    home = read_case(
        "ขอขึ้นทะเบียนสุนัข 2 ตัว\nชื่อเจ้าของ: นายอดิศร คำแสน\nโทร: 0869134402\n"
        "สถานที่เลี้ยงสัตว์ (บ้านของผม): 33 หมู่ 5 ตำบลนาซาว อำเภอเมืองน่าน จังหวัดน่าน 55000\n"
    )
    assert (home.fields.get("address") or "").startswith("33 หมู่ 5 ตำบลนาซาว")
    shop = read_case(
        "ขอขึ้นทะเบียนสุนัข 2 ตัว\nชื่อเจ้าของ: นายอดิศร คำแสน\nโทร: 0869134402\n"
        "สถานที่เลี้ยงสัตว์ (ฟาร์ม): 33 หมู่ 5 ตำบลนาซาว อำเภอเมืองน่าน จังหวัดน่าน 55000\n"
    )
    assert not (shop.fields.get("address") or "").startswith("33 หมู่ 5")
    phone = read_case("ชื่อ: นายอดิศร คำแสน\nโทรศัพท์ (บ้านตัวเอง): 054-771-233\n")
    assert phone.fields.get("address") is None


def test_lines_typed_before_saying_one_files_for_another_are_the_filers() -> None:
    # A village volunteer's own lines, then "ขอยื่นคำร้องแทน..." (I file for ...), then
    # the one the request is for: the lines above the sentence are the filer's, not the
    # applicant's; the applicant's follow.
    case = read_case(
        "เรียน นายก อบต.\n\nข้าพเจ้า นายบุญส่ง ทาแก้ว อาสาสมัครสาธารณสุขประจำหมู่บ้าน\n"
        "เลขประจำตัวประชาชน 3550100274811\nโทรศัพท์ 081-772-4410\n"
        "ขอยื่นคำร้องแทนผู้ป่วยติดเตียงในหมู่บ้าน ดังนี้\n\n"
        "ผู้ขอรับความช่วยเหลือ\nชื่อ-สกุล นางคำปัน ศรีวงศ์\n"
        "เลขประจำตัวประชาชน 3550100310231\nโทรศัพท์ 089-201-6637\n"
    )
    assert case.fields.get("full_name") == "นางคำปัน ศรีวงศ์"
    assert case.fields.get("national_id") == "3550100310231"
    assert case.fields.get("phone") == "+66892016637"


def test_a_signature_noting_it_files_for_another_moves_no_lines() -> None:
    # "ลงชื่อ ผู้ดูแล (ยื่นแทน)" at the foot: a note on who signs, not a sentence before
    # the applicant's lines; the lines above it stay the applicant's.
    case = read_case(
        "เรื่อง ขอรับเบี้ยยังชีพผู้สูงอายุ\n\nชื่อ-สกุล นางคำปัน ศรีวงศ์\n"
        "เลขประจำตัวประชาชน 3550100310231\nโทรศัพท์ 089-201-6637\n\nลงชื่อ ผู้ดูแล (ยื่นแทน)\n"
    )
    assert case.fields.get("full_name") == "นางคำปัน ศรีวงศ์"
    assert not flagged(case, "national_id")
