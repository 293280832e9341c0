"""A province in an office's name (องค์การบริหารส่วนจังหวัด..., ผู้ว่าราชการจังหวัด...,
อบจ....) is the agency's, never read ahead of the writer's own place. Names, firms and
numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.office_province import in_office_name
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Malinee K <account@krungsiam-trading.example.co.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับหนังสือค้ำประกันคืน"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def at(text: str, word: str) -> int:
    return text.index(word)


def test_the_words_an_office_sets_before_its_province() -> None:
    for text in (
        "เรียน นายกองค์การบริหารส่วนจังหวัดน่าน",
        "เรียน ผู้ว่าราชการจังหวัดน่าน",
        "ส่งเอกสารที่ศาลากลางจังหวัดน่าน",
        "สำนักงานสาธารณสุขจังหวัดน่าน",
    ):
        assert in_office_name(text, at(text, "จังหวัด")), text
    text = "วางหลักประกันไว้กับ อบจ.น่าน"
    assert in_office_name(text, at(text, "จ.น่าน"))


def test_an_address_s_province_is_no_office_s() -> None:
    for text in (
        "12 ม.3 ต.ดู่ใต้ อ.เมืองน่าน จังหวัดน่าน 55000",
        "อำเภอเมืองน่านจังหวัดน่าน",
        "12 ม.3 ต.ดู่ใต้ อ.เมืองน่าน จ.น่าน 55000",
    ):
        word = "จังหวัด" if "จังหวัด" in text else "จ.น่าน"
        assert not in_office_name(text, at(text, word)), text


def test_a_bangkok_firm_writing_to_a_provinces_office_keeps_its_own_province() -> None:
    case = read_mail(
        "เรียน ผู้อำนวยการกองคลัง องค์การบริหารส่วนจังหวัดน่าน\n\n"
        "ตามที่บริษัทฯ ได้วางหนังสือค้ำประกันไว้กับองค์การบริหารส่วนจังหวัดน่าน "
        "บัดนี้พ้นระยะเวลารับประกันแล้ว จึงขอรับหนังสือค้ำประกันคืน\n\n"
        "ขอแสดงความนับถือ\nนางสาวมาลินี แก้วเกตุ\nฝ่ายบัญชี บริษัท กรุงสยามเทรดดิ้ง จำกัด\n"
        "88 ถ.สุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพ 10110\nโทร 02 261 4470\n"
    )
    assert case.fields["province"] == "กรุงเทพมหานคร"
