"""Hostile set 3, mail side: what crosses from one citizen to another.

An attacker who knows the stack (it is open source) writes mail to the agency's inbox to
get their words filed into another citizen's case (where a clerk reads them as that
citizen's), or to make the agency mail a victim (backscatter, a spam cannon, a header
smuggled into the acknowledgement). Every test drops real mail in a folder mailbox, runs
the real pipeline and sends through a real SMTP server (aiosmtpd on loopback); the
invented people live at example.org / example.net / evil.example.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from email.utils import getaddresses
from pathlib import Path
from typing import Any

import pytest
from servers.smtp import SmtpSink
from sqlmodel import col, select

from intake.context import Context, open_context
from intake.delivery import deliver_due
from intake.settings import load_settings
from review.casefile import load_case_file
from storage.db import transaction
from storage.models import Case, Message, MessageState
from storage.outbox import OutboxRow, OutboxState
from storage.privacy import Actor
from tests.mail_out.mail_support import FRESH, drop, parse, smtp_section, write_mail_config

pytestmark = pytest.mark.integration

VICTIM = "somchai.victim@example.org"
ATTACKER = "mallory@evil.example"
TRUSTED = "mx.agency.example.go.th"
_serial = itertools.count(1)


def raw_mail(
    from_header: str,
    subject: str = "คำร้องขอข้อมูลข่าวสาร",
    body: str = "ชื่อ-นามสกุล: สมชาย ทดสอบ\nรายละเอียด: ขอสำเนาเอกสาร",
    extra: Iterable[str] = (),
) -> bytes:
    """A mail as the attacker writes it on the wire: headers exactly as given."""
    n = next(_serial)
    lines = [
        *extra,
        f"From: {from_header}",
        "To: saraban@agency.example.go.th",
        f"Subject: {subject}",
        f"Date: Thu, 01 Jan 2026 10:{n % 60:02d}:00 +0700",
        f"Message-ID: <h3-{n}-{id(body) % 100000}@mua.example.net>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        body,
        "",
    ]
    return "\r\n".join(lines).encode()


def ctx_for(tmp_path: Path, sink: SmtpSink, **sections: dict[str, Any]) -> Context:
    """A drop-folder mailbox whose receiving server is `TRUSTED` (so its
    Authentication-Results are believed), an agency, SMTP, fresh-mail acks."""
    all_sections: dict[str, dict[str, Any]] = {
        "agency": {"name_th": "องค์การบริหารส่วนตำบลทดสอบ", "name_en": "Test SAO"},
        "smtp": smtp_section(sink),
        **sections,
        "ack": {**FRESH, **sections.get("ack", {})},
    }
    box = {
        "name": "drop",
        "kind": "folder",
        "path": str(tmp_path / "inbox"),
        "trusted_authserv_id": TRUSTED,
    }
    config = write_mail_config(tmp_path, sections=all_sections, mailboxes=[box])
    return open_context(load_settings(config))


def cases(ctx: Context) -> list[Case]:
    with transaction(ctx.engine) as session:
        return list(session.execute(select(Case).order_by(col(Case.id))).scalars())


def messages(ctx: Context) -> list[Message]:
    with transaction(ctx.engine) as session:
        return list(session.execute(select(Message).order_by(col(Message.id))).scalars())


def recipients(sink: SmtpSink) -> list[str]:
    return [r.lower() for m in sink.messages for r in m.rcpt_tos]


def ack_text(raw: bytes) -> str:
    """What a person reads of a mail: its headers and every text part, decoded."""
    mail = parse(raw)
    head = "\n".join(f"{k}: {v}" for k, v in mail.items())
    texts = [p.get_content() for p in mail.walk() if p.get_content_maintype() == "text"]
    names = [p.get_filename() or "" for p in mail.iter_attachments()]
    return "\n".join([head, *texts, *names])


def victim_case(tmp_path: Path, ctx: Context) -> Case:
    drop(tmp_path, ctx, raw_mail(f"Somchai <{VICTIM}>"))
    [case] = cases(ctx)
    return case


# --- filing into another citizen's case ------------------------------------------------


def test_a_stranger_naming_a_receipt_number_in_the_subject_is_never_taken_for_the_citizen(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """Receipt numbers are sequential (PREFIX-YEAR-NNNNNN): anyone can guess one. The
    README files a mail with the number in its subject into the case whoever writes (a
    citizen writes again from her work address), so a stranger's "send my papers to
    this new address" lands in the victim's case: the clerk must see that it is not
    from the citizen (masked, every sender looks alike), while the citizen's own
    follow-up is not marked. (As first written, this test asked that the stranger's
    mail join no case; see the report of hostile set 3 for why that changed.)"""
    ctx = ctx_for(tmp_path, smtp_messages)
    case = victim_case(tmp_path, ctx)
    attack = raw_mail(
        f"Somchai <{ATTACKER}>",
        subject=f"Re: [{case.receipt_no}] ขอเปลี่ยนที่อยู่ส่งเอกสาร",
        body="โปรดส่งเอกสารทั้งหมดไปที่อีเมลใหม่ของผม mallory@evil.example",
    )
    own = raw_mail(VICTIM, subject=f"Re: [{case.receipt_no}] ส่งเอกสารเพิ่มเติม")
    drop(tmp_path, ctx, attack)
    drop(tmp_path, ctx, own)
    with transaction(ctx.engine) as session:
        view = load_case_file(
            session, ctx, case, actor=Actor(name="hostile3-test", role="supervisor"), reveal=True
        )
    marked = {ATTACKER in r.sender: r.other_sender for r in view.replies}
    assert marked.get(True, True) is True, "a stranger's mail reads as the citizen's"
    assert marked.get(False) is False, "the citizen's own follow-up is marked"


def test_a_stranger_naming_a_receipt_number_in_the_text_joins_no_case(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    ctx = ctx_for(tmp_path, smtp_messages)
    case = victim_case(tmp_path, ctx)
    attack = raw_mail(ATTACKER, subject="ติดตามเรื่อง", body=f"เรื่องเลขรับ {case.receipt_no} ของผม")
    drop(tmp_path, ctx, attack)
    assert messages(ctx)[-1].case_id != case.id


def test_the_citizens_own_follow_up_by_receipt_number_still_joins_even_without_an_ack(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """The other side of the rule: the citizen writing again from the same address (in
    another case of letters) with the number in the subject is a follow-up, also when
    no acknowledgement was sent (acks off, or withheld by a rate limit)."""
    ctx = ctx_for(tmp_path, smtp_messages, ack={"enabled": False})
    case = victim_case(tmp_path, ctx)
    again = raw_mail(VICTIM.upper(), subject=f"ส่งเอกสารเพิ่มเติม {case.receipt_no}")
    drop(tmp_path, ctx, again)
    last = messages(ctx)[-1]
    assert (last.state, last.case_id) == (MessageState.REPLY, case.id)


def test_a_guessed_receipt_number_brings_nothing_of_the_victims_case_back(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """Whatever becomes of the stranger's mail, nothing that goes to the stranger names
    the victim's case or reaches the victim."""
    ctx = ctx_for(tmp_path, smtp_messages)
    case = victim_case(tmp_path, ctx)
    deliver_due(ctx)
    smtp_messages.messages.clear()
    drop(tmp_path, ctx, raw_mail(ATTACKER, subject=f"Re: {case.receipt_no}"))
    deliver_due(ctx)
    for captured in smtp_messages.messages:
        assert [r.lower() for r in captured.rcpt_tos] == [ATTACKER]
        assert case.receipt_no not in ack_text(captured.raw)


# --- whom the acknowledgement goes to --------------------------------------------------


def test_an_encoded_word_address_is_no_address_to_answer(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """RFC 2047 section 5: an encoded-word never stands in an addr-spec. Decoded, it
    makes the agency answer an address the mail's sending server never saw (and that
    DMARC never judged): the victim gets the acknowledgement."""
    ctx = ctx_for(tmp_path, smtp_messages)
    forged = "=?utf-8?q?somchai=2Evictim=40example=2Eorg?="
    drop(tmp_path, ctx, raw_mail(forged), raw_mail(f"Somchai <{forged}>"))
    deliver_due(ctx)
    assert VICTIM not in recipients(smtp_messages)


def test_a_line_break_smuggled_in_an_encoded_address_adds_no_recipient(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """A CR/LF decoded out of an encoded-word is a header injection attempt (Bcc: the
    victim). The mail library refuses such a header when the ack is built, so a product
    that took it for an address holds a poisoned row in its outbox, retried for ever.
    Neither may happen: no such recipient, no row that cannot be sent."""
    ctx = ctx_for(tmp_path, smtp_messages)
    smuggled = "=?utf-8?q?mallory=40evil=2Eexample=0D=0ABcc=3A_somchai=2Evictim=40example=2Eorg?="
    drop(tmp_path, ctx, raw_mail(f"<{smuggled}>"), raw_mail(smuggled))
    deliver_due(ctx)
    assert VICTIM not in recipients(smtp_messages)
    with transaction(ctx.engine) as session:
        rows = list(session.execute(select(OutboxRow)).scalars())
    assert [r for r in rows if r.attempts and r.state != OutboxState.SENT] == []


def test_a_line_break_smuggled_in_in_reply_to_neither_injects_nor_blocks_the_ack(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """The ack copies the request's Message-ID into In-Reply-To/References: an encoded
    CR/LF there must neither add a header nor leave the citizen without a receipt."""
    ctx = ctx_for(tmp_path, smtp_messages)
    smuggled = "=?utf-8?q?x=0D=0ABcc=3A_somchai=2Evictim=40example=2Eorg?="
    mail = raw_mail(ATTACKER, extra=[f"In-Reply-To: {smuggled}", f"References: {smuggled}"])
    drop(tmp_path, ctx, mail)
    run = deliver_due(ctx)
    assert run.sent == 1, run.error
    [captured] = smtp_messages.messages
    assert [r.lower() for r in captured.rcpt_tos] == [ATTACKER]
    ack = parse(captured.raw)
    assert ack["Bcc"] is None and ack["Cc"] is None


def test_display_names_several_froms_and_reply_to_never_redirect_the_ack(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """The ack goes to the one address that wrote: not to an address written as a
    display name, not to a second address in From, not to a stranger's Reply-To."""
    ctx = ctx_for(tmp_path, smtp_messages, ack={"per_recipient_per_day": 100})
    drop(
        tmp_path,
        ctx,
        raw_mail(f'"{VICTIM}" <a1@evil.example>'),
        raw_mail(f"a2@evil.example, {VICTIM}"),
        raw_mail("a3@evil.example", extra=[f"Reply-To: {VICTIM}", f"Sender: {VICTIM}"]),
        raw_mail("a4@evil.example", extra=[f"Return-Path: <{VICTIM}>"]),
    )
    deliver_due(ctx)
    for captured in smtp_messages.messages:
        assert len(captured.rcpt_tos) == 1
        ack = parse(captured.raw)
        assert [a for _, a in getaddresses([str(ack["To"])])] == captured.rcpt_tos
    assert VICTIM not in recipients(smtp_messages)


def test_a_from_our_own_server_found_forged_gets_no_ack(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """The agency's own receiving server wrote that the From fails DMARC: the address
    is not the writer's. Acknowledging it mails a person who wrote nothing (backscatter,
    and an agency-signed mail in the victim's inbox about a request they never made).
    The case is still opened (the request may be real); only the answer is withheld."""
    ctx = ctx_for(tmp_path, smtp_messages)
    forged = raw_mail(
        f"Somchai <{VICTIM}>",
        extra=[
            f"Authentication-Results: {TRUSTED}; spf=fail smtp.mailfrom=evil.example;"
            " dkim=none; dmarc=fail header.from=example.org",
            f"Received: from evil.example by {TRUSTED} with ESMTP",
        ],
    )
    drop(tmp_path, ctx, forged)
    deliver_due(ctx)
    assert len(cases(ctx)) == 1
    assert VICTIM not in recipients(smtp_messages)


def test_a_passing_from_is_still_answered(tmp_path: Path, smtp_messages: SmtpSink) -> None:
    ctx = ctx_for(tmp_path, smtp_messages)
    good = raw_mail(
        f"Somchai <{VICTIM}>",
        extra=[
            f"Authentication-Results: {TRUSTED}; spf=pass smtp.mailfrom=example.org;"
            " dkim=pass header.d=example.org; dmarc=pass header.from=example.org",
            f"Received: from mail.example.org by {TRUSTED} with ESMTPS",
        ],
    )
    drop(tmp_path, ctx, good)
    deliver_due(ctx)
    assert recipients(smtp_messages) == [VICTIM]


# --- the acknowledgement as a spam cannon ----------------------------------------------


def test_sub_addresses_of_one_mailbox_share_its_daily_cap(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """victim+1@, victim+2@, ... all land in the victim's one mailbox (RFC 5233
    sub-addressing, which Gmail, Outlook.com and Postfix all deliver): counted as
    separate recipients they let one attacker lift the per-recipient cap at will."""
    cap = 3
    ctx = ctx_for(tmp_path, smtp_messages, ack={"per_recipient_per_day": cap})
    local, _, domain = VICTIM.partition("@")
    flood = [raw_mail(f"{local}+{n}@{domain}") for n in range(cap + 4)]
    drop(tmp_path, ctx, *flood)
    deliver_due(ctx)
    assert len(smtp_messages.messages) <= cap


def test_one_address_written_several_ways_shares_its_hourly_limit(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    ctx = ctx_for(tmp_path, smtp_messages)
    ways = [VICTIM, VICTIM.upper(), f"Somchai <{VICTIM}>", f"<{VICTIM}>"]
    drop(tmp_path, ctx, *(raw_mail(w, subject=f"คำร้องที่ {n}") for n, w in enumerate(ways)))
    deliver_due(ctx)
    assert len(smtp_messages.messages) == 1


def test_an_ack_carries_nothing_of_another_case(tmp_path: Path, smtp_messages: SmtpSink) -> None:
    ctx = ctx_for(tmp_path, smtp_messages)
    drop(
        tmp_path,
        ctx,
        raw_mail(VICTIM, body="ชื่อ-นามสกุล: สมชาย ลับมาก\nรายละเอียด: VICTIMSECRET"),
        raw_mail(ATTACKER, body="ชื่อ-นามสกุล: มัลลอรี\nรายละเอียด: ขอข้อมูล"),
    )
    deliver_due(ctx)
    victim_case_, attacker_case = cases(ctx)
    [to_attacker] = [m for m in smtp_messages.messages if m.rcpt_tos == [ATTACKER]]
    text = ack_text(to_attacker.raw)
    assert victim_case_.receipt_no not in text and attacker_case.receipt_no in text
    assert "VICTIMSECRET" not in text and VICTIM not in text
