"""Hostile set 3, leftovers on the mail side: receipt-number junk, an acknowledgement sent
to an address taken from the mail's content, and a forged From without a DMARC policy.

As in test_hostile_3_mail: real mail in a folder mailbox, the real pipeline, a real SMTP
server (aiosmtpd on loopback); the invented people live at example.org / evil.example.
"""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from servers.smtp import SmtpSink

from intake.delivery import deliver_due
from intake.settings import Settings
from storage.db import transaction
from storage.models import MessageState
from storage.privacy import SYSTEM
from storage.retention import erase_case
from tests.hostile.test_hostile_3_mail import (
    ATTACKER,
    TRUSTED,
    VICTIM,
    ack_text,
    cases,
    ctx_for,
    messages,
    raw_mail,
    recipients,
)
from tests.mail_out.mail_support import drop, parse

pytestmark = pytest.mark.integration
LIMIT = 3


# --- receipt-number junk ---------------------------------------------------------------


def test_one_mailbox_files_only_so_many_mails_into_cases_it_did_not_open(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """Receipt numbers are sequential (PREFIX-YEAR-NNNNNN): an attacker walks them, one
    mail a number (or many a real one), and every mail lands in a citizen's case. Past
    the limit, the mail is kept as its own message with the reason, never dropped and
    never filed; sub-addresses of the attacker's mailbox share its limit."""
    walk_receipt_numbers(tmp_path, smtp_messages, {})


def test_the_limit_holds_on_postgresql(
    tmp_path: Path, smtp_messages: SmtpSink, postgres_url: str
) -> None:
    walk_receipt_numbers(tmp_path, smtp_messages, {"database": {"url": postgres_url}})


def walk_receipt_numbers(
    tmp_path: Path, smtp_messages: SmtpSink, sections: dict[str, dict[str, Any]]
) -> None:
    limits = {"follow_ups": {"other_address_per_day": LIMIT}}
    ctx = ctx_for(tmp_path, smtp_messages, **limits, **sections)
    drop(tmp_path, ctx, *(raw_mail(f"citizen{n}@example.org") for n in range(3)))
    numbers = [c.receipt_no for c in cases(ctx)]
    local, _, domain = ATTACKER.partition("@")
    junk = [
        raw_mail(f"{local}+{n}@{domain}", subject=f"Re: [{numbers[n % 3]}] ด่วน", body=f"spam {n}")
        for n in range(LIMIT + 4)
    ]
    drop(tmp_path, ctx, *junk)
    from_attacker = messages(ctx)[3:]
    assert len(from_attacker) == LIMIT + 4, "a mail was lost"
    filed = [m for m in from_attacker if m.state == MessageState.REPLY]
    held = [m for m in from_attacker if m.state != MessageState.REPLY]
    assert len(filed) == LIMIT
    assert all(m.state == MessageState.IGNORED and m.case_id is None for m in held)
    assert all(m.state_reason and "another address" in m.state_reason for m in held)
    assert len(cases(ctx)) == 3, "the junk opened cases"


def test_the_citizens_own_follow_ups_and_another_mailbox_are_not_held(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    ctx = ctx_for(tmp_path, smtp_messages, follow_ups={"other_address_per_day": LIMIT})
    drop(tmp_path, ctx, raw_mail(VICTIM))
    [case] = cases(ctx)
    own = [raw_mail(VICTIM, subject=f"Re: [{case.receipt_no}] ฉบับที่ {n}") for n in range(6)]
    flood = [raw_mail(ATTACKER, subject=f"Re: [{case.receipt_no}] {n}") for n in range(6)]
    work = raw_mail("somchai@work.example.net", subject=f"Re: [{case.receipt_no}] จากที่ทำงาน")
    drop(tmp_path, ctx, *own, *flood, work)
    states = [m.state for m in messages(ctx)[1:]]
    assert states[:6] == [MessageState.REPLY] * 6
    assert states[6:12].count(MessageState.REPLY) == LIMIT
    assert states[12] == MessageState.REPLY


def test_erasing_a_case_forgets_who_wrote_its_mails(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """The writer's mailbox is kept as a keyed hash on each mail (the limit counts by
    it): crypto-shredding the case must leave nothing that links its mails to a writer."""
    ctx = ctx_for(tmp_path, smtp_messages)
    drop(tmp_path, ctx, raw_mail(VICTIM))
    [case] = cases(ctx)
    drop(tmp_path, ctx, raw_mail(ATTACKER, subject=f"Re: [{case.receipt_no}] ขอเอกสาร"))
    assert all(m.sender_hmac for m in messages(ctx))
    with transaction(ctx.engine) as session:
        assert case.id is not None
        erase_case(session, case_id=case.id, actor=SYSTEM, purpose="test", keyring=ctx.keyring)
    assert [m.sender_hmac for m in messages(ctx)] == [None, None]


def test_there_is_a_limit_by_default(tmp_path: Path, smtp_messages: SmtpSink) -> None:
    limit = Settings().follow_ups.other_address_per_day  # type: ignore[attr-defined]
    assert 0 < limit <= 50


# --- the acknowledgement to an address from the form -----------------------------------


def form_mail(sender: str, form_email: str, subject: str = "คำร้องขอข้อมูลข่าวสาร") -> bytes:
    return raw_mail(
        sender,
        subject=subject,
        body=f"ชื่อ-นามสกุล: สมชาย ทดสอบ\nอีเมล: {form_email}\nรายละเอียด: ขอสำเนาเอกสาร",
    )


def test_an_address_typed_in_the_form_gets_at_most_one_mail_a_day(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """With `[ack] to = "email_field"` the attacker fills the victim's address into the
    form, from many mailboxes: the agency mails the victim once a day at most, and that
    mail carries nothing the attacker wrote but the receipt number; the rest of the
    acknowledgements go to the mailboxes that wrote."""
    ctx = ctx_for(tmp_path, smtp_messages, ack={"to": "email_field"})
    senders = [f"bot{n}@evil.example" for n in range(4)]
    drop(
        tmp_path,
        ctx,
        *(form_mail(s, VICTIM, subject=f"BUY-NOW-{n}") for n, s in enumerate(senders)),
    )
    deliver_due(ctx)
    to_victim = [m for m in smtp_messages.messages if [r.lower() for r in m.rcpt_tos] == [VICTIM]]
    assert len(to_victim) == 1
    ack = parse(to_victim[0].raw)
    assert ack["In-Reply-To"] is None and ack["References"] is None
    text = ack_text(to_victim[0].raw)
    assert "BUY-NOW" not in text and "evil.example" not in text
    assert sorted(set(recipients(smtp_messages)) - {VICTIM}) == sorted(senders[1:])


def test_the_form_address_of_the_sender_itself_is_answered_as_usual(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    ctx = ctx_for(tmp_path, smtp_messages, ack={"to": "email_field"})
    drop(tmp_path, ctx, form_mail(f"Somchai <{VICTIM}>", VICTIM.upper()))
    deliver_due(ctx)
    [ack] = smtp_messages.messages
    assert [r.lower() for r in ack.rcpt_tos] == [VICTIM]
    assert parse(ack.raw)["In-Reply-To"] is not None  # threaded on the citizen's own mail


# --- a forged From without a DMARC policy ----------------------------------------------


def authenticated(results: str) -> list[str]:
    return [
        f"Authentication-Results: {TRUSTED}; {results}",
        f"Received: from relay.evil.example by {TRUSTED} with ESMTP",
    ]


def test_a_from_its_own_domains_spf_refuses_gets_no_ack(
    tmp_path: Path, smtp_messages: SmtpSink
) -> None:
    """No DMARC record, so no dmarc=fail: but the From's own domain publishes an SPF
    that refuses the sending host, and no signature of that domain passes. The owner of
    the address's domain says this mail is not theirs."""
    ctx = ctx_for(tmp_path, smtp_messages)
    forged = raw_mail(
        f"Somchai <{VICTIM}>",
        extra=authenticated(
            "spf=fail smtp.mailfrom=example.org; dkim=none; dmarc=none header.from=example.org"
        ),
    )
    drop(tmp_path, ctx, forged)
    deliver_due(ctx)
    assert len(cases(ctx)) == 1
    assert VICTIM not in recipients(smtp_messages)


PERSONAL = {
    "name": "สมชาย ลับเฉพาะ",
    "national_id": "1101700203451",
    "phone": "0812345678",
    "address": "99/9 หมู่ 9 ตำบลบางรัก",
    "subject": "ขอคัดสำเนาโฉนดที่ดินเลขที่ 4455",
    "file": "บัตรประชาชน-สมชาย.pdf",
}


def personal_request(sender: str, extra: list[str]) -> bytes:
    mail = EmailMessage()
    for line in extra:
        name, _, value = line.partition(": ")
        mail[name] = value
    mail["From"] = sender
    mail["To"] = "saraban@agency.example.go.th"
    mail["Subject"] = PERSONAL["subject"]
    mail["Date"] = "Thu, 01 Jan 2026 10:00:00 +0700"
    mail["Message-ID"] = "<forged-1@mua.example.net>"
    mail.set_content(
        f"ชื่อ-นามสกุล: {PERSONAL['name']}\nเลขประจำตัวประชาชน: {PERSONAL['national_id']}\n"
        f"โทรศัพท์: {PERSONAL['phone']}\nที่อยู่: {PERSONAL['address']}\nรายละเอียด: ขอเอกสาร",
        charset="utf-8",
    )
    mail.add_attachment(b"%PDF-1.4\n%%EOF\n", "application", "pdf", filename=PERSONAL["file"])
    return bytes(mail)


def pdf_text(raw: bytes) -> str:
    texts = []
    for part in parse(raw).iter_attachments():
        content = part.get_content()
        if isinstance(content, bytes) and content.startswith(b"%PDF"):
            with pdfplumber.open(io.BytesIO(content)) as pdf:
                texts += [page.extract_text() or "" for page in pdf.pages]
    return "\n".join(texts)


@pytest.mark.parametrize(
    "results",
    [
        "spf=softfail smtp.mailfrom=example.org; dkim=none; dmarc=none header.from=example.org",
        "spf=none smtp.mailfrom=example.org; dkim=none",
        None,  # no trusted result at all
    ],
)
def test_an_ack_to_a_from_nobody_vouches_for_carries_nothing_of_the_request(
    tmp_path: Path, smtp_messages: SmtpSink, results: str | None
) -> None:
    """Without a DMARC policy nothing says the From is forged, so the ack goes out. It
    may reach someone who wrote nothing: it carries the receipt number and the type of
    work, never what the request says (name, ID, phone, address, subject, file names)."""
    ctx = ctx_for(tmp_path, smtp_messages)
    extra = authenticated(results) if results else []
    drop(tmp_path, ctx, personal_request(f"{PERSONAL['name']} <{VICTIM}>", extra))
    deliver_due(ctx)
    [ack] = smtp_messages.messages
    [case] = cases(ctx)
    seen = ack_text(ack.raw) + "\n" + pdf_text(ack.raw)
    assert case.receipt_no in seen
    for kind, value in PERSONAL.items():
        assert value not in seen, kind
