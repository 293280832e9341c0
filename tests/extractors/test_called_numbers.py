"""A number the writer says she rang ("โทรไปถามที่เบอร์โต๊ะ ...", "โทรไปทวงที่เบอร์ ...") is
the one she called, an office's desk or an official's mobile, not where she is called;
her own ("โทรหาดิฉันได้ที่ ...", "ส่ง SMS มาที่ ...") after it is hers. Names and numbers
are invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.whose_phone import said_of_another

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_body(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "complaint@example.go.th"
    msg["Subject"] = "ร้องเรียนการให้บริการ"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def at(text: str, number: str) -> int:
    return text.index(number)


def test_a_number_rung_to_ask_or_chase_is_anothers() -> None:
    for said in (
        "ผมโทรไปถามที่เบอร์โต๊ะ 044-210-377 ต่อ 21 ไม่มีใครรับ",
        "เมื่อโทรไปทวงที่เบอร์ 081-552-0349 กลับถูกต่อว่า",
        "ดิฉันโทรไปติดตามที่หมายเลข 02-143-8870 หลายครั้ง",
        "ได้โทรศัพท์ไปสอบถามที่งานพัสดุ เบอร์ 053-771-420",
    ):
        number = said.split("0", 1)[0]
        assert said_of_another(said, len(number)), said


def test_a_number_she_asks_to_be_called_on_stays_hers() -> None:
    for said in (
        "ถ้าต้องการสอบถามเพิ่ม โทรหาดิฉันได้ที่ 086-410-2297",
        "หากมีข้อสงสัยโทรมาที่ 086-410-2297",
        "ติดต่อกลับได้ที่ 086-410-2297 ค่ะ",
    ):
        assert not said_of_another(said, at(said, "086")), said


def test_her_number_after_the_desk_she_rang_is_the_case_phone() -> None:
    text = (
        "เรียน ศูนย์ดำรงธรรม\n\n"
        "ผมชื่อ นายวีรยุทธ แสงจันทร์ อยู่บ้านเลขที่ 14 หมู่ 3 ตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี 41000\n"
        "ผมไปติดต่อขอรับเงินชดเชยที่สำนักงานเกษตรอำเภอ เจ้าหน้าที่ไม่ให้บริการและพูดจาไม่ดี\n"
        "ผมโทรไปถามที่เบอร์โต๊ะ 042-221-904 ต่อ 18 ตามที่ติดไว้หน้าห้อง ก็ไม่มีคนรับสาย\n"
        "ขอให้ตรวจสอบด้วยครับ ถ้าสงสัยโทรหาผมได้ที่ 089-305-6612\n\n"
        "นายวีรยุทธ แสงจันทร์\n"
    )
    case = read_body(text)
    assert case.fields.get("phone") in ("+66893056612", "0893056612")


def test_her_sms_number_after_the_one_she_chased_is_the_case_phone() -> None:
    text = (
        "เรียน ศูนย์ดำรงธรรมจังหวัด\n\n"
        "ขอแจ้งว่ามีการเรียกเงินเพื่อรับเข้าทำงานที่สำนักงานเทศบาล ให้โอนเข้าบัญชีส่วนตัว "
        "เมื่อโทรไปทวงที่เบอร์ 092-118-4406 ก็ถูกขู่\n"
        "ผู้แจ้งไม่ขอออกนาม หากต้องการข้อมูลเพิ่มให้ส่งข้อความ SMS มาที่ 061 772 3058 เท่านั้น\n\nผู้แจ้ง\n"
    )
    case = read_body(text)
    assert case.fields.get("phone") in ("+66617723058", "0617723058")


def test_a_call_back_after_a_call_out_stays_hers() -> None:
    for said in (
        "โทรไปแล้วไม่มีคนรับ หากต้องการสอบถามโทรมาที่ 086-410-2297",
        "ผมโทรไปหลายรอบแล้ว ติดต่อกลับได้ที่ 086-410-2297",
    ):
        assert not said_of_another(said, at(said, "086")), said
