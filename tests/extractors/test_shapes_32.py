"""Unit tests for the shapes blind set 32 (one ordinary week of a small agency's inbox)
found the readers missing (issue 8): each names the way a request is written that it
covers, with examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_case(text: str, subject: str = "แจ้งเรื่อง") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_an_address_right_after_the_name_on_one_line_is_read() -> None:
    # A one-line body under a Subject that says the request: name, house, sub-district,
    # district, province and postal code, then the phone; no word says "address".
    case = read_case(
        "นางสาวพรทิพย์ เรือนคำ 27/1 หมู่ 4 ต.บ้านแหง อ.งาว จ.ลำปาง 52110 โทร 086-201-7745\n",
        subject="ขอให้มาซ่อมไฟกิ่งหน้าบ้าน",
    )
    assert (case.fields.get("address") or "").startswith("27/1 หมู่ 4 ต.บ้านแหง อ.งาว")
    assert case.fields.get("postal_code") == "52110"
    assert flagged(case, "address")  # said by no label: a clerk looks


def test_an_address_after_a_bare_yuu_is_read() -> None:
    # "อยู่ 5 ม.2 ..." as a phone's one line says where one lives (not อยู่บ้านเลขที่).
    case = read_case(
        "ขอถังขยะครับ ผมนายเกษม ทองสุก อยู่ 5 ม.2 ตำบลสบปราบ อำเภอสบปราบ จังหวัดลำปาง 52170 "
        "เบอร์ 0891203374\n"
    )
    assert (case.fields.get("address") or "").startswith("5 ม.2 ตำบลสบปราบ อำเภอสบปราบ")


def test_a_line_of_values_parted_by_commas_gives_name_and_address() -> None:
    # Everything on one line, parted by commas: the titled name is a piece alone, the
    # address another (it ends at its comma, not at the phone's).
    case = read_case(
        "แจ้งสุนัขจรจัดค่ะ, นางละเอียด บุญชู, 61 หมู่ที่ 9 ตำบลนาแก อำเภองาว จังหวัดลำปาง 52110, "
        "โทร 093-118-2046\n"
    )
    assert case.fields.get("full_name") == "นางละเอียด บุญชู"
    address = case.fields.get("address") or ""
    assert address.startswith("61 หมู่ที่ 9 ตำบลนาแก อำเภองาว")
    assert "โทร" not in address and "093" not in address


def test_no_address_is_made_of_a_name_and_an_age() -> None:
    # A number after a name that is no house: no sub-district or district follows.
    case = read_case("นายบุญเรือน แก้วใส 67 ปี อยู่ 2 คนกับภรรยา ขอรับเบี้ยยังชีพ โทร 0812093345\n")
    assert case.fields.get("address") is None


def read_pdf(data: bytes, body: str = "ตามไฟล์แนบค่ะ\n") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอถังขยะ"
    msg.set_content(body)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="note.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_lek_bat_labels_the_id_in_a_phones_note() -> None:
    # "เลขบัตร" (the card's number): how a citizen labels the ID in a note or a chat;
    # a note exported to PDF is no letter, so only a label reads it.
    from attachments_for_tests import ThaiPdf

    pdf = ThaiPdf()
    note = ("ขอถังขยะใบใหญ่ 1 ใบ", "ชื่อ นางมณีรัตน์ ปัญญาใส", "เลขบัตร 5-7101-00392-11-8",
            "โทร 087-330-5129")  # fmt: skip
    for k, line in enumerate(note):
        pdf.put(line, 50, 780 - 24 * k)
    case = read_pdf(pdf.save())
    assert case.fields.get("national_id") == "5710100392118"


def test_lek_bat_of_another_card_is_no_national_id() -> None:
    # A welfare card's number is no ID, though its label opens with เลขบัตร.
    case = read_case(
        "ชื่อ นายสุเทพ ใจมั่น\nเลขบัตรสวัสดิการแห่งรัฐ 6007 6414 2301 5586\nเบอร์โทร 0812276631\n"
    )
    assert case.fields.get("national_id") is None


def test_the_owner_of_a_sign_or_the_taxpayer_is_the_one_who_files_a_tax() -> None:
    # A tax return names its filer by what is taxed: the sign's owner (เจ้าของป้าย, the
    # one the sign tax is due from) or the taxpayer (ผู้เสียภาษี); bilingual as forms are.
    for label in ("เจ้าของป้าย / Sign owner", "ชื่อผู้เสียภาษี"):
        case = read_case(
            "ขอยื่นแบบ ภ.ป.1 ค่ะ\n"
            f"{label}: นางสาวรัตนา ศรีเมือง\n"
            "เลขประจำตัวประชาชน 1-6599-00218-44-5\n"
            "โทรศัพท์ 089-771-2305\n",
            subject="ยื่นภาษีป้าย",
        )
        assert case.fields.get("full_name") == "นางสาวรัตนา ศรีเมือง", label


def test_a_reply_signed_with_the_name_alone_above_the_quote_names_the_writer() -> None:
    # A citizen answers a clerk's mail with what was missing and signs with the name
    # alone, no title, on the last line of her own words; the quoted mail below is not
    # hers. Read as a last resort, flagged.
    text = (
        "ส่งเลขบัตรที่ขาดไปค่ะ\n"
        "เลขประจำตัวประชาชน 1-6599-00218-44-5\n"
        "เบอร์ 089-771-2305\n\n"
        "รัตนา ศรีเมือง\n\n"
        "เมื่อ จ. 7 ธ.ค. 2569 เวลา 09:12 น. งานทะเบียน <saraban@example.go.th> เขียนว่า:\n"
        "> เรียน ผู้ยื่นคำร้อง\n"
        "> กรุณาส่งเลขประจำตัวประชาชนเพิ่มเติม\n"
    )
    case = read_case(text, subject="Re: ขอคัดสำเนาทะเบียนบ้าน")
    assert case.fields.get("full_name") == "รัตนา ศรีเมือง"
    assert flagged(case, "full_name")


def test_a_closing_or_a_request_on_the_last_line_is_no_name() -> None:
    for last in ("ขอบคุณ มากค่ะ", "รบกวน ด้วยนะคะ", "ขอให้ดำเนินการ ด่วนค่ะ"):
        case = read_case(f"แจ้งไฟถนนดับหน้าวัดค่ะ\nโทร 089-771-2305\n\n{last}\n")
        assert case.fields.get("full_name") is None, last
