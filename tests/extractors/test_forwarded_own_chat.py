"""A citizen forwards her own chat with the office's LINE account under her own note
(Gmail's "ข้อความที่ส่งต่อ" marker over LINE's saved file, no mail's header below it): the
note is hers, with the home and mobile she is reached at; the chat's other side is the
office, whose line is no one's phone; a house she says stands empty is not her home.
Names, numbers and places invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
ID = with_check_digit("341020033417")


def _mail(marker: str) -> bytes:
    text = (
        "ส่งแชทที่คุยกับเจ้าหน้าที่มาให้ตามที่แจ้งค่ะ\n"
        "นางสุดใจ ทองเหลือง ที่อยู่ปัจจุบัน 52 หมู่ 7 ตำบลหนองขอน อำเภอเมืองอุบลราชธานี "
        "จ.อุบลราชธานี 34000 โทร 0873314520\n\n"
        f"{marker}\n"
        "[LINE] ประวัติการแชทกับ เทศบาลตำบลหนองขอน\nวันที่บันทึก: 2027/02/03 10:15\n\n"
        "2027/02/02(อ.)\n"
        "10:01\tสุดใจ\tสอบถามเรื่องค่าขยะค่ะ\n"
        "10:03\tเทศบาลตำบลหนองขอน\tแจ้งชื่อและเลขบัตรด้วยครับ\n"
        f"10:05\tสุดใจ\tนางสุดใจ ทองเหลือง {ID}\n"
        "10:06\tสุดใจ\tบ้านเลขที่ 9/2 หมู่ที่ 1 ตำบลหนองขอน อำเภอเมืองอุบลราชธานี "
        "ปิดไว้ไม่มีคนอยู่ ขอยกเว้นค่าขยะได้ไหมคะ\n"
        "10:09\tเทศบาลตำบลหนองขอน\tส่งอีเมลมาได้ครับ หรือโทรกองสาธารณสุข 045-210-334 ต่อ 12\n"
    )
    msg = EmailMessage()
    msg["From"] = "Sudjai Thongluang <sudjai.tl@example.com>"
    msg["To"] = "saraban@nongkhon.example.go.th"
    msg["Subject"] = "Fwd: แชท LINE เรื่องค่าขยะ"
    msg.set_content(text)
    return bytes(msg)


def test_her_own_forwarded_chat_keeps_her_note() -> None:
    for marker in ("---------- ข้อความที่ส่งต่อ ----------", "---------- Forwarded message ---------"):
        case = extract_case(parse_message(_mail(marker)), TEMPLATES)
        assert case.fields.get("national_id") == ID
        assert case.fields.get("phone") == "+66873314520", marker
        assert case.fields.get("email") == "sudjai.tl@example.com", marker
        assert (case.fields.get("address") or "").startswith("52 "), marker
        assert case.fields.get("postal_code") == "34000", marker


def test_a_request_of_her_own_above_keeps_the_chat_out() -> None:
    # her form above (name, ID, address, phone lines), a planner's chat below with a
    # resort's line in it: the chat only shows what was agreed
    text = (
        "ขออนุญาตใช้ลานหน้าอำเภอจัดงานค่ะ\n\n"
        f"ชื่อเจ้าของงาน (ผู้ขอ) นางสุดใจ ทองเหลือง\nเลขบัตรประชาชน {ID}\n"
        "ที่อยู่ 52 หมู่ 7 ตำบลหนองขอน อำเภอเมืองอุบลราชธานี จ.อุบลราชธานี 34000\n"
        "เบอร์ 0873314520\n\nแนบแชทกับร้านมาให้ดูค่ะ\n\n"
        "---------- ข้อความที่ส่งต่อ ----------\n"
        "[LINE] ประวัติการแชทกับ ร้านเต็นท์ใจดี\n\n"
        "10:01\tร้านเต็นท์ใจดี\tลานหน้าอำเภอต้องขออนุญาตก่อนนะคะ\n"
        "10:02\tร้านเต็นท์ใจดี\tส่งเมลไปที่เทศบาลได้เลย ใส่ชื่อ เลขบัตร ที่อยู่ เบอร์เจ้าของงานนะคะ\n"
        "10:03\tร้านเต็นท์ใจดี\tถ้าเขาถามเรื่องเต็นท์ โทรหาพี่ได้ 086-552-7013\n"
        "10:04\tสุดใจ\tได้ค่ะ\n"
        "10:05\tร้านเต็นท์ใจดี\tร้านเบอร์ 045-311-902 ต่อ 3 นะคะ เผื่อเทศบาลถาม\n"
    )
    msg = EmailMessage()
    msg["From"] = "Sudjai Thongluang <sudjai.tl@example.com>"
    msg["To"] = "saraban@nongkhon.example.go.th"
    msg["Subject"] = "Fwd: ขอใช้ลาน"
    msg.set_content(text)
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("phone") == "+66873314520"


def test_a_forwarded_mail_whose_header_opens_with_its_subject_is_no_chat() -> None:
    # Thunderbird's inline forward writes the forwarded mail's Subject: first, then Date:
    # and From:. A clerk forwards a citizen's mail that pastes her chat with the office:
    # the request is the citizen's, not the clerk's note above it.
    citizen_id = with_check_digit("341990021458")
    text = (
        "ส่งต่อเรื่องให้กองคลังดำเนินการครับ\nนายวีระ แสงทอง โทร 0813327740\n\n"
        "-------- Forwarded Message --------\n"
        "Subject: ขอยกเว้นค่าขยะ\nDate: Tue, 2 Feb 2027 10:20:00 +0700\n"
        "From: Malai Srisuk <malai.ss@example.com>\nTo: saraban@nongkhon.example.go.th\n\n"
        "10:01\tมาลัย\tสอบถามเรื่องค่าขยะค่ะ\n"
        "10:03\tเทศบาลตำบลหนองขอน\tแจ้งชื่อและเลขบัตรด้วยครับ\n"
        f"10:05\tมาลัย\tนางมาลัย ศรีสุข {citizen_id} โทร 0892210463\n"
    )
    msg = EmailMessage()
    msg["From"] = "Weera Saengthong <weera@nongkhon.example.go.th>"
    msg["To"] = "saraban@nongkhon.example.go.th"
    msg["Subject"] = "Fwd: ขอยกเว้นค่าขยะ"
    msg.set_content(text)
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("email") == "malai.ss@example.com"
    assert case.fields.get("phone") != "+66813327740"
