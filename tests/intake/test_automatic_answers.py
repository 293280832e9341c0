"""A machine's answer to our acknowledgement, with no header saying so, joins no case.

Outcome set 3's #32 and #34 (an e-Saraban receipt of our acknowledgement, a Thai ISP's
challenge) joined the case as the citizen's replies. A citizen's answer that quotes the
acknowledgement, which says itself that it was sent automatically, stays a reply.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import col, select
from support.mailgen import GeneratedMail

from intake.context import Context
from intake.runner import process_due
from storage.db import transaction
from storage.models import Message, MessageState
from storage.outbox import OutboxRow
from tests.intake.test_reply_matching import _first_case
from tests.intake.test_runner import capture_mails

# The shipped acknowledgement's own closing lines (config/mail/ack.*.txt).
ACK_LINES = (
    "อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ\n---------- English ----------\nThis email was sent automatically.\n"
)


def answer(ctx: Context, sender: str, text: str) -> GeneratedMail:
    with transaction(ctx.engine) as session:
        ack_id = session.execute(select(OutboxRow.message_id)).scalar_one()
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "Re: ได้รับคำร้องของท่านแล้ว"
    mail["Date"] = "Fri, 02 Jan 2026 08:00:00 +0000"
    mail["Message-ID"] = "<answer-auto@example.org>"
    mail["In-Reply-To"] = f"<{ack_id.strip('<>')}>"
    mail.set_content(text, charset="utf-8")
    return GeneratedMail(bytes(mail), "", sender, "")


def last(ctx: Context) -> tuple[str, int | None, str | None]:
    with transaction(ctx.engine) as session:
        query = select(Message.state, Message.case_id, Message.state_reason)
        return session.execute(query.order_by(col(Message.id).desc()).limit(1)).one()  # type: ignore[return-value]


@pytest.mark.parametrize(
    "text",
    [
        "ระบบสารบรรณอิเล็กทรอนิกส์ ได้ลงทะเบียนรับหนังสือของท่านแล้ว เลขทะเบียนรับ 8841/2569\n"
        "อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n",
        "อีเมลที่ท่านส่งถูกกักไว้ชั่วคราว กรุณาคลิกลิงก์เพื่อยืนยันว่าท่านเป็นผู้ส่งจริง\n"
        "https://verify.example.net/?id=1\n",
    ],
    ids=["esaraban_receipt", "challenge"],
)
def test_a_machines_answer_threaded_on_the_acknowledgement_is_ignored(
    tmp_path: Path, text: str
) -> None:
    ctx, sender, _ = _first_case(tmp_path)
    capture_mails(tmp_path, ctx, [answer(ctx, sender, text)])
    process_due(ctx)
    state, case_id, reason = last(ctx)
    assert (state, case_id) == (MessageState.IGNORED, None)
    assert reason is not None and reason.startswith("auto_reply:")


@pytest.mark.parametrize(
    "text",
    [
        "ขอบคุณครับ\n\nเมื่อ 2 ม.ค. 2569 saraban@example.go.th เขียนว่า:\n"
        + "".join(f"> {line}\n" for line in ACK_LINES.splitlines()),
        "ขอบคุณครับ ได้รับแล้ว\n\n" + ACK_LINES,  # pasted without quote marks
    ],
    ids=["quoted", "pasted"],
)
def test_a_citizens_answer_quoting_the_acknowledgement_is_a_reply(
    tmp_path: Path, text: str
) -> None:
    ctx, sender, _ = _first_case(tmp_path)
    capture_mails(tmp_path, ctx, [answer(ctx, sender, text)])
    process_due(ctx)
    state, case_id, _ = last(ctx)
    assert (state, case_id) == (MessageState.REPLY, 1)
