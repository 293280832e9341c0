"""Where a writer says her home is in a sentence asking something posted to it, or
telling a change (set 59): "กรุณาส่งทางไปรษณีย์ถึง <home>", "โดยส่งมาที่บ้าน <home>",
"ขอแจ้งเปลี่ยนที่อยู่ปัจจุบันเป็น <home> (ที่อยู่ตามทะเบียนบ้าน <registered> ...)". The home
is the case's address, its province and postal code the case's; the registered one in
brackets is not. Everyone here is made up."""

from __future__ import annotations

from pathlib import Path

from extractors.base import ExtractedCase, ParsedMessage, TextPart
from extractors.extract import extract_case
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def case_of(text: str) -> ExtractedCase:
    parsed = ParsedMessage(
        subject="ขอหนังสือรับรองการทำงาน", text_parts=[TextPart(part="1", kind="plain", text=text)]
    )
    return extract_case(parsed, load_templates(FORMS))


def test_the_home_she_asks_the_answer_posted_to() -> None:
    for said in ("กรุณาส่งทางไปรษณีย์ถึง", "โดยส่งมาที่บ้าน", "ส่งไปที่"):
        text = (
            "ดิฉัน นางสาวเยาวลักษณ์ ปานแก้ว ขอหนังสือรับรองการทำงาน 1 ฉบับ\n"
            f"{said} 31/5 ถ.ศรีจันทร์ ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000\n"
            "ขอบคุณค่ะ\n"
        )
        case = case_of(text)
        assert (case.fields["address"] or "").startswith("31/5 ถ.ศรีจันทร์"), said
        assert case.fields["postal_code"] == "40000", said


def test_a_changed_home_over_the_registered_one_in_brackets() -> None:
    text = (
        "ผม นายธนากร ศรีบุญ พนักงานจ้าง ขอต่อสัญญาจ้าง\n"
        "ขอแจ้งเปลี่ยนที่อยู่ปัจจุบันเป็น 8/14 ถ.มิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000 "
        "(ที่อยู่ตามทะเบียนบ้าน 61 หมู่ 3 ต.บ้านไผ่ อ.บ้านไผ่ จ.ขอนแก่น 40110 ไม่เปลี่ยนแปลง)\n"
        "มือถือ 086-551-0927\n"
    )
    case = case_of(text)
    assert (case.fields["address"] or "").startswith("8/14 ถ.มิตรภาพ")
    assert case.fields["postal_code"] == "40000"


def test_a_changed_home_without_the_word_province_ends_at_the_bracket() -> None:
    text = (
        "ขอแจ้งเปลี่ยนที่อยู่ปัจจุบันเป็น 8/14 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองขอนแก่น ขอนแก่น 40000 "
        "(ที่อยู่ตามทะเบียนบ้าน 61 หมู่ที่ 3 ตำบลบ้านไผ่ อำเภอบ้านไผ่ จังหวัดขอนแก่น 40110 ไม่เปลี่ยนแปลง)\n"
        "มือถือ 086-551-0927\n\nนายธนากร ศรีบุญ\n"
    )
    case = case_of(text)
    assert "บ้านไผ่" not in (case.fields["address"] or "-")
    assert case.fields["postal_code"] == "40000"
