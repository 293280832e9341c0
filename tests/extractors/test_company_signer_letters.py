"""A company's typed letter signed by the one who manages it (a tour operator, an event
organiser, a production house): "ข้าพเจ้า <name> <post> เลขประจำตัวประชาชน ..." names
the signer with his post run on, and the letter names others with their phones (a boat's
driver, a guide, a van's driver), a paragraph's wrap perhaps putting "โทร <number>" at a
line's start. The post is no part of his name; another's number is never his. Names,
numbers and places invented."""

from __future__ import annotations

import sys
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.values import clean_value

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit
from unseen_requests_11 import pdf_pages

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
PDF = ("application", "pdf")
SIGNER_ID = with_check_digit("310450066121")


def _mail(body: str, files: tuple[tuple[str, bytes, tuple[str, str]], ...] = ()) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "บริษัท ลำปาง ทัวร์ จำกัด <office@lampangtour.example.co.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอใช้พื้นที่จอดรถนำเที่ยว"
    msg.set_content(body)
    for name, data, (main, sub) in files:
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_company_post_after_the_name_ends_it() -> None:
    for post in ("กรรมการผู้จัดการ", "หุ้นส่วนผู้จัดการ", "กรรมการผู้มีอำนาจลงนาม", "Managing Director"):
        assert clean_value("name", f"นายวิทยา คำแสน {post}") == "นายวิทยา คำแสน"
    # a family name is never cut at a word it merely begins with
    assert clean_value("name", "นางสาวพรทิพย์ กรรมการ") == "นางสาวพรทิพย์ กรรมการ"


def test_the_signers_name_in_a_letter_without_his_post() -> None:
    body = (
        "เรียน นายกเทศมนตรี\n\n"
        "ข้าพเจ้า นายวิทยา คำแสน กรรมการผู้จัดการ\n"
        f"เลขประจำตัวประชาชน {SIGNER_ID} ในนามของบริษัท ลำปาง ทัวร์ จำกัด\n"
        "ขออนุญาตจอดรถตู้นำเที่ยวหน้าวัด ทุกวันอาทิตย์\n\n"
        "ขอแสดงความนับถือ\n(นายวิทยา คำแสน)\nกรรมการผู้จัดการ\n"
    )
    case = _mail(body)
    assert case.fields["full_name"] == "นายวิทยา คำแสน"
    assert case.fields["national_id"] == SIGNER_ID


def test_a_phone_wrapped_onto_a_line_after_anothers_name_is_not_the_signers() -> None:
    # the page's width cut the sentence between the van driver's name and his number
    lines = [
        "บริษัท ลำปาง ทัวร์ จำกัด",
        "เรียน นายกเทศมนตรีนครลำปาง",
        "ข้าพเจ้า นายวิทยา คำแสน กรรมการผู้จัดการ",
        f"เลขประจำตัวประชาชน {SIGNER_ID} ในนามของบริษัท",
        "ขออนุญาตจอดรถตู้นำเที่ยวหน้าวัดทุกวันอาทิตย์ คนขับรถ นายสุรชัย ดีงาม",
        "โทร 086-447-2951",
        "ติดต่อข้าพเจ้าได้ที่ 081-530-7764",
        "ขอแสดงความนับถือ",
        "(นายวิทยา คำแสน)",
    ]
    page = [(20, 20 + 9 * k, line) for k, line in enumerate(lines)]
    case = _mail("เรียน เทศบาล\nแนบหนังสือ\n", (("letter.pdf", pdf_pages([page], 13), PDF),))
    assert case.fields.get("phone") != "+66864472951"
    assert case.fields.get("phone") == "+66815307764" or case.issues.get("phone")


def test_the_writers_own_number_wrapped_onto_its_line_stays_hers() -> None:
    lines = [
        "เรียน นายกเทศมนตรีนครลำปาง",
        "ข้าพเจ้า นางสาวมาลัย ศรีจันทร์ มัคคุเทศก์อิสระ ขออนุญาตนำนักท่องเที่ยว",
        "เดินชมถนนคนเดินวันเสาร์ หากมีข้อสงสัยโปรดติดต่อข้าพเจ้าได้ทาง",
        "โทร 089-215-6603",
        "ขอแสดงความนับถือ",
        "(นางสาวมาลัย ศรีจันทร์)",
    ]
    page = [(20, 20 + 9 * k, line) for k, line in enumerate(lines)]
    case = _mail("เรียน เทศบาล\nแนบหนังสือ\n", (("letter.pdf", pdf_pages([page], 13), PDF),))
    assert case.fields["phone"] == "+66892156603"


def test_a_labelled_phone_under_a_line_of_anothers_value_stays_the_writers() -> None:
    body = (
        "เรียน เจ้าหน้าที่\n\nขอยื่นคำขออนุญาตจอดรถนำเที่ยว ดังนี้\n"
        "ชื่อ-สกุล นายวิทยา คำแสน\n"
        f"เลขประจำตัวประชาชน {SIGNER_ID}\n"
        "คนขับรถ นางสาวจันทร์จิรา ทองมา เบอร์ 089-220-1145 (ติดต่อได้ทุกวัน)\n"
        "โทรศัพท์ 081-530-7764\n"
    )
    case = _mail(body)
    assert case.fields.get("phone") == "+66815307764"
    assert not case.issues.get("phone")  # read from its label, not only from the sentences
