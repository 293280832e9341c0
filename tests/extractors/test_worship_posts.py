"""Letters from temples, mosques and churches: the post after its holder's name is no
part of it; an abbot asking the town's help for a poor villager asks for her (as a
headman does), her phone said again further on is hers, the temple's line and its lay
typist's mobile are not. Names and numbers invented; IDs with their check digit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates
from extractors.values import clean_value

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _check(twelve: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(twelve))
    return twelve + str((11 - total % 11) % 10)


def _mail(text: str, sender: str = "Wat <wat.nongbua@example.com>") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_post_at_a_place_of_worship_ends_the_name() -> None:
    assert clean_value("name", "นายอับดุลเลาะ หมัดอาดัม โต๊ะอิหม่ามมัสยิดบ้านเหนือ") == ("นายอับดุลเลาะ หมัดอาดัม")
    assert clean_value("name", "นายสมาน ทองคำ ไวยาวัจกรวัดหนองบัว") == "นายสมาน ทองคำ"


def test_a_name_run_on_into_having_no_phone() -> None:
    assert clean_value("name", "นางคำปุ่น แสนดีไม่มีโทรศัพท์") == "นางคำปุ่น แสนดี"


def test_an_abbot_asks_help_for_a_villager_whose_phone_is_given_below() -> None:
    her_id = _check("340110045571")
    case = _mail(
        "เจริญพร นายกเทศมนตรี\n\n"
        "อาตมภาพ พระครูสุนทรธรรมวงศ์ เจ้าอาวาสวัดหนองบัว ขอความอนุเคราะห์ให้แก่ "
        f"นางคำปุ่น แสนดี อายุ 68 ปี เลขประจำตัวประชาชน {her_id} บ้านเลขที่ 4 หมู่ 6 "
        "ตำบลหนองบัว อำเภอเมือง จังหวัดน่าน 55000\n"
        "ซึ่งอยู่ลำพัง บ้านทรุดโทรม ขอให้พิจารณาช่วยเหลือด้วย\n\n"
        "เบอร์ของนางคำปุ่น แสนดี 086 114 2739\n"
        "หรือติดต่อวัด 054-771-220\n\n"
        "ขอเจริญพร\nพระครูสุนทรธรรมวงศ์\nเจ้าอาวาสวัดหนองบัว\n\n"
        "(พิมพ์แทนโดย นายเอก ดีมา โทร 081-552-9034)\n"
    )
    assert case.fields.get("full_name") == "นางคำปุ่น แสนดี"
    assert case.fields.get("national_id") == her_id
    assert case.fields.get("phone") == "+66861142739"


def test_a_pastor_who_writes_himself_is_the_applicant_not_the_churchs_contact() -> None:
    his_id = _check("350990012276")
    case = _mail(
        "เรียน นายกเทศมนตรี\n\n"
        "ด้วยคริสตจักรนิมิตใหม่ จะจัดขบวนร้องเพลงในวันที่ 22 ธันวาคม\n"
        f"ข้าพเจ้า นายประเสริฐ วงศ์ดี ศาสนาจารย์ผู้ปกครองคริสตจักรนิมิตใหม่ เลขประจำตัวประชาชน {his_id} "
        "จึงขออนุญาตใช้เครื่องขยายเสียง\n\n"
        "ผู้ประสานงาน: นางสาวจิราพร แก้วมา เลขานุการคริสตจักร โทร 089-220-7713\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณา\n",
        sender="Church <office@nimitmai.example.org>",
    )
    assert case.fields.get("full_name") == "นายประเสริฐ วงศ์ดี"
    assert case.fields.get("national_id") == his_id


def test_the_temples_line_a_lay_writer_gives_is_the_temples() -> None:
    his_id = _check("356020045518")
    case = _mail(
        "เรียน นายก อบต.\n\n"
        f"ผม นายสมพงษ์ ใจเย็น เลขประจำตัวประชาชน {his_id} ประธานกรรมการหมู่บ้าน "
        "ขอความอนุเคราะห์เต็นท์ 10 หลัง สำหรับงานปอยหลวงที่วัดสบสาย\n"
        "ท่านเจ้าอาวาสอนุญาตแล้ว ติดต่อวัดได้ที่ 054 338172\n\n"
        "ขอแสดงความนับถือ\n\n--\nนายสมพงษ์ ใจเย็น\nโทร 086-773-1024\n",
        sender="Sompong <sompong.j@example.com>",
    )
    assert case.fields.get("phone") == "+66867731024"


def test_an_abbots_own_letter_keeps_his_temples_line() -> None:
    case = _mail(
        "เจริญพร นายก อบต.\n\n"
        "อาตมภาพ พระครูโสภณธรรมกิจ เจ้าอาวาสวัดสบสาย ขอยืมเต็นท์ 10 หลัง สำหรับงานปอยหลวง\n"
        "ติดต่อวัดได้ที่ 054 338172\n\nขอเจริญพร\n"
    )
    assert case.fields.get("phone") == "+6654338172"
