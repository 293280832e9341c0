"""Hostile set 6, the mail side: the acknowledgement and the reply rule.

- ack_splitlines_breaks: VT, FF, the ASCII separators, NEL, LINE and PARAGRAPH SEPARATOR
  (where str.splitlines() breaks but RFC 5322 does not), each followed by a Bcc to the
  victim, raw and in encoded words of the Subject and the display name.
- ack_address_tricks: the attacker's From with the victim in a comment, an encoded
  display name, a fold or a route, and the victim in the headers some clients answer
  instead of From (Resent-From, Mail-Reply-To, Errors-To, Disposition-Notification-To...).
- reply_lookalike_address: the victim's address spelt with a Kelvin sign (lower() gives
  k), a long s (casefold() gives s), full-width letters (NFKC gives ASCII), a Cyrillic а
  and a zero-width space, each writing with the victim's receipt number in the subject
  and In-Reply-To the victim's request: a clerk must not read it as the citizen's own.

The real pipeline files the mail (a drop folder) and the real outbox sends through an SMTP
server on loopback.

First sight (at 2cec0fe, before any fix): 2 of 3 held. ack_splitlines_breaks and
ack_address_tricks held (the ack went to the sender alone, no victim, no header of the
attacker's). reply_lookalike_address failed for one spelling: `\u212aasem.suk@...` (a
KELVIN SIGN for the k) writing with the victim's receipt number in the subject was filed
on the victim's case as the citizen's own, unmarked (its lower() is the victim's
address); the long s, full-width, Cyrillic and zero-width spellings were marked.
After 5aa8ff9 (a mailbox folds ASCII letters only): all 3 hold."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from email.utils import getaddresses
from pathlib import Path

import pytest
from hostile_mail_2 import Bait
from hostile_mail_6 import VICTIM, ack_address_tricks, by_name, lookalikes
from servers.smtp import SmtpSink
from sqlmodel import col, select

from intake.delivery import deliver_due
from review.casefile import load_case_file
from storage.db import transaction
from storage.models import Case, Message
from storage.privacy import Actor
from tests.mail_out.mail_support import drop, make_ctx, parse

pytestmark = pytest.mark.integration

_serial = itertools.count(1)


def raw_mail(
    from_header: str, extra: Sequence[str] = (), subject: str = "คำร้องขอข้อมูลข่าวสาร"
) -> bytes:
    n = next(_serial)
    lines = [
        f"From: {from_header}",
        "To: saraban@agency.example.go.th",
        f"Subject: {subject}",
        f"Date: Fri, 04 Dec 2026 10:{n % 60:02d}:00 +0700",
        f"Message-ID: <h6-{n}@mua.example.net>",
        *extra,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "ชื่อ-นามสกุล: เกษม ทดสอบหก\nรายละเอียด: ขอสำเนาเอกสาร",
        "",
    ]
    return "\r\n".join(lines).encode()


def recipients(sink: SmtpSink) -> list[str]:
    return [r.lower() for m in sink.messages for r in m.rcpt_tos]


def test_a_break_only_splitlines_sees_adds_no_recipient_or_header_to_the_ack(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    ctx = make_ctx(tmp_path, smtp_messages)
    raw = by_name("ack_splitlines_breaks").build(Bait(tmp_path / "none", "none", 9, "none"), 640)
    drop(tmp_path, ctx, raw)
    with transaction(ctx.engine) as session:
        states = [m.state for m in session.execute(select(Message)).scalars()]
    assert states == ["case"], states
    run = deliver_due(ctx)
    assert run.sent == 1, run.error
    [sent] = smtp_messages.messages
    assert [r.lower() for r in sent.rcpt_tos] == ["citizen606.640@example.org"]
    text = sent.raw.decode("utf-8", "replace")
    header_block = text.split("\r\n\r\n", 1)[0]
    assert not re.search(r"^(?:Bcc|Cc)\s*:", header_block, re.I | re.M), header_block
    # no line of the header block is a header the attacker wrote
    assert VICTIM not in header_block, header_block
    ack = parse(sent.raw)
    addressed = " ".join(str(ack.get(k, "")) for k in ("To", "Cc", "Bcc", "Reply-To"))
    assert VICTIM not in addressed


def test_no_trick_of_the_from_header_or_a_receipt_header_sends_the_ack_to_the_victim(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    ctx = make_ctx(tmp_path, smtp_messages, ack={"per_recipient_per_day": 100})
    drop(tmp_path, ctx, *(raw_mail(frm, extra) for frm, extra in ack_address_tricks()))
    deliver_due(ctx)
    assert VICTIM not in recipients(smtp_messages), recipients(smtp_messages)
    for sent in smtp_messages.messages:
        assert len(sent.rcpt_tos) == 1, sent.rcpt_tos
        ack = parse(sent.raw)
        assert [a for _, a in getaddresses([str(ack["To"])])] == sent.rcpt_tos
        assert VICTIM not in sent.raw.decode("utf-8", "replace").split("\r\n\r\n", 1)[0]


def test_a_lookalike_of_the_citizens_address_is_never_read_as_the_citizen(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """Each lookalike writes with the receipt number in the subject (plain, in Thai
    digits) and In-Reply-To the victim's request. Joined or not, a clerk must never
    see it as the citizen's own; the citizen's own follow-up is still not marked."""
    ctx = make_ctx(tmp_path, smtp_messages)
    request = raw_mail(f"Kasem <{VICTIM}>")
    request_id = str(parse(request)["Message-ID"])
    drop(tmp_path, ctx, request)
    with transaction(ctx.engine) as session:
        [case] = session.execute(select(Case)).scalars().all()
    receipt = case.receipt_no
    thai = receipt.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    attacks = []
    for k, address in enumerate(lookalikes()):
        subject = f"Re: [{receipt if k % 2 == 0 else thai}] ขอเปลี่ยนที่อยู่ส่งเอกสาร"
        attacks.append(
            raw_mail(
                f"Kasem <{address}>",
                [f"In-Reply-To: {request_id}", f"References: {request_id}"],
                subject=subject,
            )
        )
    own = raw_mail(VICTIM, [f"In-Reply-To: {request_id}"], subject=f"Re: [{receipt}] เพิ่มเติม")
    drop(tmp_path, ctx, *attacks, own)
    with transaction(ctx.engine) as session:
        rows = list(session.execute(select(Message).order_by(col(Message.id))).scalars())
        view = load_case_file(
            session, ctx, case, actor=Actor(name="hostile6-test", role="supervisor"), reveal=True
        )
    marks = {r.message_id: r.other_sender for r in view.replies}
    own_row = rows[-1]
    assert own_row.case_id == case.id, "the citizen's own follow-up no longer joins"
    assert marks.get(own_row.id) is False, "the citizen's own follow-up is marked"
    read_as_citizen = [
        address
        for address, row in zip(lookalikes(), rows[1:-1], strict=True)
        if row.case_id == case.id and marks.get(row.id, False) is not True
    ]
    assert not read_as_citizen, [a.encode("unicode_escape") for a in read_as_citizen]
