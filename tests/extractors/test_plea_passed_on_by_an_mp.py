"""An MP's office passes on a citizen's plea pasted from its LINE chat (chat_transcript,
intermediary_office).

The office's one question in LINE's saved file ("HH:MM<TAB>speaker<TAB>text") is a turn
like the citizen's many: the chat is read as a chat, her lines as her values. The mail's
foot is the office's: the assistant's name, the MP's post, his office's address and
line; set behind, they give way to the citizen's.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.chat_transcript import as_questions_and_answers
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _check(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


CITIZEN_ID = _check("365010042218")
CHAT = (
    "10:02\tสุดารัตน์ พรหมมา\tสวัสดีค่ะ ไฟถนนหน้าบ้านดับมาสองเดือนแล้วค่ะ\n"
    "10:05\tสำนักงาน ส.ส.\tขอชื่อ ที่อยู่ และเบอร์ติดต่อด้วยค่ะ\n"
    "10:09\tสุดารัตน์ พรหมมา\tนางสุดารัตน์ พรหมมา\n"
    "10:09\tสุดารัตน์ พรหมมา\tบ้านเลขที่ 41 หมู่ที่ 3 ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก 65130\n"
    "10:10\tสุดารัตน์ พรหมมา\tเบอร์ 0827719354\n"
    f"10:10\tสุดารัตน์ พรหมมา\tเลขบัตร {CITIZEN_ID}\n"
)
FOOT = (
    "ขอบคุณค่ะ\n"
    "นางสาวกมลวรรณ อินทร์แก้ว\n"
    "ผู้ช่วย ส.ส. นายประยุทธ ศรีเมือง\n"
    "สมาชิกสภาผู้แทนราษฎร จังหวัดพิษณุโลก เขต 3\n"
    "88/9 ถนนพระองค์ดำ ตำบลในเมือง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000\n"
    "โทร 0 5525 8871 มือถือ 091-447-2286\n"
)


def test_a_chat_with_one_question_from_the_office_is_a_chat() -> None:
    text = as_questions_and_answers(CHAT)
    assert "10:09" not in text
    assert "สุดารัตน์ พรหมมา\t" not in text
    assert "นางสุดารัตน์ พรหมมา" in text


def _read() -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "กมลวรรณ อินทร์แก้ว <kamonwan.aide@example.com>"
    msg["To"] = "saraban@wangthong.example.go.th"
    msg["Subject"] = "ส่งเรื่องราษฎร: ไฟถนนดับ"
    msg.set_content(
        f"เรียน นายกเทศมนตรีตำบลวังทอง\n\nสำนักงานขอส่งเรื่องที่ราษฎรแจ้งผ่านไลน์ ตามด้านล่างค่ะ\n\n{CHAT}\n{FOOT}"
    )
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_citizen_in_the_chat_not_the_assistant_at_the_foot() -> None:
    case = _read()
    assert case.fields["full_name"] == "นางสุดารัตน์ พรหมมา"
    assert case.fields["phone"] == "+66827719354"
    assert case.fields["postal_code"] == "65130"
