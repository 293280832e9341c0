"""A LINE chat saved and mailed by the one who asks, her answers giving whose each number
is by the clause's first word: "ของสามี เลขบัตร <his>" then "ของดิฉัน เลขบัตร <hers>"
(set 124: a widow's chat with the pension desk). "ของ..." (whose) opens an answer, never
a request ("ขอ...", ask): her lines are hers; the ID in her husband's clause is his.
Names and numbers invented (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.kins_clause import kins_ids
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
HERS = with_check_digit("350020041187")
HIS = with_check_digit("350020007736")


def _mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Pranee <pranee.w@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "Fwd: แชทไลน์"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_widows_saved_chat_gives_her_own_id_not_her_husbands() -> None:
    case = _mail(
        "ส่งแชทที่คุยไว้ค่ะ\n\n"
        "[LINE] ประวัติการแชทกับ กองคลัง\nวันที่บันทึก: 01/12/2569 10:00\n\n"
        "10:01\tปราณี\tสวัสดีค่ะ ดิฉันนางปราณี วงศ์ใหญ่ ขอรับเงินค่าทำศพสามีค่ะ\n"
        "10:04\tกองคลัง\tเสียใจด้วยค่ะ รบกวนแจ้งเลขบัตรของผู้ตายและผู้ขอรับค่ะ\n"
        f"10:06\tปราณี\tของสามี เลขบัตร {HIS} เสียเมื่อ 2 พ.ย. 2569\n"
        f"10:07\tปราณี\tของดิฉัน เลขบัตร {HERS}\n"
        "10:07\tปราณี\tเบอร์ 086-552-0174 ค่ะ\n"
        "10:09\tกองคลัง\tรับทราบค่ะ\n"
    )
    assert case.fields.get("full_name") == "นางปราณี วงศ์ใหญ่"
    assert case.fields.get("national_id") == HERS
    assert case.fields.get("phone") == "+66865520174"


def test_a_kins_id_alone_is_left_to_the_other_readers() -> None:
    text = f"ของแม่ เลขบัตร {HIS}\n"
    assert kins_ids(text, {text.index(HIS)}) == set()


def test_a_writers_own_clause_after_her_kins_on_one_line_is_hers() -> None:
    text = f"ของสามี เลขบัตร {HIS} ส่วนของดิฉัน เลขบัตร {HERS}\n"
    assert kins_ids(text, {text.index(HIS), text.index(HERS)}) == {text.index(HIS)}


def test_a_sons_mail_for_his_bedridden_mother_keeps_her_id_in_her_clause() -> None:
    # the letter is about her (sets 31/63): "ของแม่" names the one it is for, not another
    case = _mail(
        "เรียน งานสวัสดิการ\n\n"
        "ผม นายวิทยา วงศ์ใหญ่ เป็นบุตรของ นางปราณี วงศ์ใหญ่ ซึ่งป่วยติดเตียง\n"
        f"ของแม่ เลขบัตร {HIS}\n"
        "ขอให้เจ้าหน้าที่ไปเยี่ยมบ้านด้วยครับ\n\n"
        f"นายวิทยา วงศ์ใหญ่\nเลขประจำตัวประชาชน {HERS}\n"
    )
    assert case.fields.get("full_name") == "นางปราณี วงศ์ใหญ่"
    assert case.fields.get("national_id") == HIS
