"""Which case a citizen's later mail joins, when nothing but the text says so."""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import col, select
from support.mailgen import GeneratedMail, make_mail

from intake.context import Context
from intake.runner import process_due
from intake.stages.classify import receipt_numbers
from storage.db import transaction
from storage.models import Case, Message, MessageState
from storage.outbox import OutboxRow
from tests.intake.test_batch import acking_context
from tests.intake.test_runner import capture_mails


def _new_mail(sender: str, n: int, text: str) -> GeneratedMail:
    """A fresh mail: a subject of its own, no In-Reply-To or References."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "สอบถามความคืบหน้า"
    mail["Date"] = "Thu, 01 Jan 2026 08:00:00 +0000"
    mail["Message-ID"] = f"<later-{n}@example.org>"
    mail.set_content(text, charset="utf-8")
    return GeneratedMail(bytes(mail), "", sender, "")


def _first_case(tmp_path: Path) -> tuple[Context, str, str]:
    """A store with one acknowledged request; its sender and receipt number."""
    ctx = acking_context(tmp_path)
    request = make_mail(1)
    capture_mails(tmp_path, ctx, [request])
    process_due(ctx)
    with transaction(ctx.engine) as session:
        receipt = session.execute(select(Case.receipt_no)).scalar_one()
        acked = session.execute(select(OutboxRow.id)).scalars().all()
    assert len(acked) == 1  # the number reached this address by the acknowledgement
    return ctx, request.sender, receipt


def _last_state(ctx: Context) -> tuple[str, int | None]:
    """The state of the latest message, and the case it belongs to."""
    with transaction(ctx.engine) as session:
        query = select(Message.state, Message.case_id).order_by(col(Message.id).desc())
        state, case_id = session.execute(query.limit(1)).one()
    return state, case_id


def test_the_acknowledged_sender_citing_the_receipt_number_in_the_text_joins_the_case(
    tmp_path: Path,
) -> None:
    """The acknowledgement gave this address the number: a later mail of theirs that
    names it in the text, whatever its subject, is about that case (issue 8)."""
    ctx, sender, receipt = _first_case(tmp_path)
    later = _new_mail(sender, 2, f"ตามที่แจ้งเรื่องไว้ เลขรับ {receipt} ขอทราบความคืบหน้าครับ")
    capture_mails(tmp_path, ctx, [later])
    process_due(ctx)
    state, case_id = _last_state(ctx)
    assert (state, case_id) == (MessageState.REPLY, 1)


def test_another_sender_citing_a_receipt_number_in_the_text_opens_a_case(
    tmp_path: Path,
) -> None:
    """A stranger naming someone's number (a neighbour with the same problem) writes
    for herself: no one files mail into another person's case by quoting a number."""
    ctx, _, receipt = _first_case(tmp_path)
    later = _new_mail("neighbour@example.net", 3, f"ไฟดับเหมือนเรื่องเลขรับ {receipt} ค่ะ")
    capture_mails(tmp_path, ctx, [later])
    process_due(ctx)
    state, case_id = _last_state(ctx)
    assert state == MessageState.CASE and case_id != 1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("เลขรับ REQ-2569-000001", ["REQ-2569-000001"]),
        # Thai runs words together: no space needs to stand between the number and them
        ("สอบถามเลขรับREQ-2569-000001ค่ะ", ["REQ-2569-000001"]),
        ("Re: [REQ-2569-000001] ได้รับคำร้อง", ["REQ-2569-000001"]),
        ("req-2569-000001", ["REQ-2569-000001"]),
        # typed with Thai digits, as a Thai keyboard's digit row gives them
        ("เลขรับ REQ-๒๕๖๙-๐๐๐๐๑๒", ["REQ-2569-000012"]),
        # part of a longer code or number: not ours
        ("XREQ-2569-000001", []),
        ("REQ-2569-0000012", []),
        ("REQ-25690-000001", []),
    ],
)
def test_receipt_numbers_in_thai_text(text: str, found: list[str]) -> None:
    assert receipt_numbers(text, "REQ") == found


def _answer_to_ack(ctx: Context, sender: str, receipt: str, subject: str) -> GeneratedMail:
    """The citizen's mail program answering the acknowledgement: In-Reply-To and
    References name it, and the acknowledgement (its receipt number) is quoted."""
    with transaction(ctx.engine) as session:
        ack_id = session.execute(select(OutboxRow.message_id)).scalar_one()
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = subject
    mail["Date"] = "Fri, 02 Jan 2026 08:00:00 +0000"
    mail["Message-ID"] = "<answer-9@example.org>"
    mail["In-Reply-To"] = f"<{ack_id.strip('<>')}>"
    mail["References"] = f"<{ack_id.strip('<>')}>"
    text = "ชื่อ-นามสกุล: สมหญิง ทดสอบ\nรายละเอียด: ท่อระบายน้ำอุดตัน\n\n> เลขรับ: " + receipt
    mail.set_content(text, charset="utf-8")
    return GeneratedMail(bytes(mail), "", sender, "")


@pytest.mark.parametrize(
    ("subject_of", "state"),
    [
        # a new subject starting with another type of work: a new request, its own case
        (lambda own, other, receipt: f"{other} ท่อระบายน้ำอุดตัน", MessageState.CASE),
        # the reply prefix kept: an answer, whatever it says
        (lambda own, other, receipt: f"Re: {other} ท่อระบายน้ำอุดตัน", MessageState.REPLY),
        # an edited subject naming no type of work, or the case's own: more for the case
        (lambda own, other, receipt: "ส่งเอกสารเพิ่มเติม", MessageState.REPLY),
        (lambda own, other, receipt: f"{own} ส่งเอกสารเพิ่มเติม", MessageState.REPLY),
        # the receipt number in the subject names the case, whatever else it says
        (lambda own, other, receipt: f"{other} เลขรับ {receipt}", MessageState.REPLY),
    ],
)
def test_a_new_type_of_work_written_on_an_old_acknowledgement_is_a_new_request(
    tmp_path: Path, subject_of: Callable[[str, str, str], str], state: MessageState
) -> None:
    """Hitting Reply on an old acknowledgement to find the address and writing a new
    request under a new subject: it needs its own receipt number and deadline."""
    ctx, sender, receipt = _first_case(tmp_path)
    with transaction(ctx.engine) as session:
        template = session.execute(select(Case.template)).scalar_one()
    own = next(t.title_th for t in ctx.templates if t.name == template)
    other = next(t.title_th for t in ctx.templates if t.name != template and not t.rules.default)
    answer = _answer_to_ack(ctx, sender, receipt, subject_of(own, other, receipt))
    capture_mails(tmp_path, ctx, [answer])
    process_due(ctx)
    got, case_id = _last_state(ctx)
    assert got == state
    assert (case_id == 1) == (state == MessageState.REPLY)
