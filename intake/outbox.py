"""The outbox: write outgoing mail with the change that causes it, send it later.

`queue_ack` runs inside the open_case stage's transaction and `queue_reply` inside the
staff action's, so a case is never committed without its acknowledgement row nor a
reply recorded without its mail. `deliver_due` (the scheduler's outbox job, also run
right after each stage batch) sends what is due, one row at a time:

    1. claim (one transaction): attempts += 1, an attempt row "started", the row leased
       for `outbox.lease_seconds`; the sealed mail opened through the privacy door;
    2. send over SMTP, outside any transaction;
    3. finish (one transaction): the row "sent" (or backed off, or "failed"), the attempt
       closed with its outcome.

A crash between 2 and 3 leaves the row pending: it is sent again after the lease with
the same bytes and so the same Message-ID (fixed when the row was written), which the
receiving side can deduplicate. Connection and login errors never use up a mail: the
row waits, backing off, until SMTP works.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

from pyhanko.sign import signers
from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from extractors.base import FormTemplate, ParsedMessage
from intake.context import Context
from intake.errors import ConfigError
from intake.mail_out.compose import Privacy, Sender, Thread, compose_ack, compose_reply
from intake.mail_out.facts import AttachmentFact, ReceiptFacts, answer_by, verify_link
from intake.mail_out.msgid import MessageIdTagger, index_keys
from intake.mail_out.receipt_pdf import build_receipt_pdf, sign_receipt
from intake.mail_out.sent_copy import append_sent_copy
from intake.mail_out.signing import load_signer, signing_paths
from intake.mail_out.smtp import MailError, SmtpLoginFailed, SmtpRejected, SmtpUnavailable
from intake.mail_out.smtp import send_mail as smtp_send
from intake.mail_out.suppress import OwnIdentity, no_answer_reason
from intake.settings import Settings
from storage.crypto import DataKey, derive_key, encrypt_field, hmac_sha256
from storage.db import is_postgres, transaction
from storage.errors import StorageError
from storage.models import Case, MailboxStatus, utcnow
from storage.outbox import OutboxAttempt, OutboxKind, OutboxPurpose, OutboxRow, OutboxState
from storage.privacy import SYSTEM, Actor, CaseErased, open_outbox_payload

log = logging.getLogger("intake.outbox")
MAX_BACKOFF = timedelta(hours=6)
ADDRESS_PURPOSE = "outbox.address"
SEND_PURPOSE = "outbox:send"
_signers: dict[tuple[str, str], signers.SimpleSigner] = {}
_signers_lock = threading.Lock()


# -- writing rows ---------------------------------------------------------------------


def tagger(ctx: Context) -> MessageIdTagger:
    return MessageIdTagger(index_keys(ctx.keyring), ctx.settings.message_id_domain)


def address_hmac(ctx: Context, address: str) -> str:
    key = derive_key(index_keys(ctx.keyring).index_key()[1], purpose=ADDRESS_PURPOSE)
    return hmac_sha256(key, address.strip().lower().encode()).hex()


def own_identity(settings: Settings) -> OwnIdentity:
    addresses = {a.lower() for a in settings.agency.own_addresses}
    if settings.smtp is not None:
        addresses.add(settings.smtp.from_address.lower())
    for mailbox in settings.mailboxes:
        if mailbox.username and "@" in mailbox.username:
            addresses.add(mailbox.username.lower())
    return OwnIdentity(addresses=frozenset(addresses), message_id_domain=settings.message_id_domain)


def _sender(settings: Settings) -> Sender:
    smtp = settings.smtp
    address = smtp.from_address if smtp else f"saraban@{settings.message_id_domain}"
    return Sender(address=address, name=settings.agency.name_th)


def _signer(settings: Settings) -> signers.SimpleSigner:
    key_file, cert_file = signing_paths(settings)
    cache_key = (str(key_file), str(cert_file))
    with _signers_lock:
        if cache_key not in _signers:
            _signers[cache_key] = load_signer(settings)
        return _signers[cache_key]


@dataclass(frozen=True)
class AckSource:
    """What the open_case stage knows about the mail it turned into `case`."""

    parsed: ParsedMessage
    mail_sha256: str
    fields: dict[str, str | None]
    key: DataKey
    source: str = ""  # the mailbox name, or "import"


IMPORT_SOURCE = "import"  # intake.importer.SOURCE: archives of old mail get no ack


def _too_old(parsed: ParsedMessage, max_age_hours: int) -> bool:
    """A first sync of a mailbox full of old mail must not answer it all: mail whose
    Date is older than `max_age_hours` gets no acknowledgement."""
    if not parsed.date:
        return False
    try:
        sent = datetime.fromisoformat(parsed.date)
    except ValueError:
        return False
    if sent.tzinfo is None:
        sent = sent.replace(tzinfo=UTC)
    return utcnow() - sent > timedelta(hours=max_age_hours)


def queue_ack(session: Session, ctx: Context, case: Case, source: AckSource) -> str:
    """Write the acknowledgement row for a new case, or say why there is none."""
    settings = ctx.settings
    if not settings.ack.enabled:
        return "no ack: disabled in [ack]"
    if source.source == IMPORT_SOURCE:
        return "no ack: imported with intake import"
    if _too_old(source.parsed, settings.ack.max_age_hours):
        return f"no ack: sent more than {settings.ack.max_age_hours} hours ago"
    refusal = no_answer_reason(source.parsed, own_identity(settings))
    if refusal is not None:
        return f"no ack: {refusal}"
    recipient = source.parsed.from_addr.strip()
    if settings.ack.to == "email_field" and source.fields.get("email"):
        recipient = str(source.fields["email"]).strip()
    sender_hmac = address_hmac(ctx, source.parsed.from_addr)
    recipient_hmac = address_hmac(ctx, recipient)
    limited = _rate_limited(session, settings, sender_hmac, recipient_hmac)
    if limited is not None:
        return f"no ack: {limited}"
    assert case.id is not None
    message_id = tagger(ctx).new(case.id)
    mail = _ack_mail(ctx, case, source, recipient, message_id)
    _add_row(
        session,
        case=case,
        key=source.key,
        purpose=OutboxPurpose.ACK,
        mail=mail,
        message_id=message_id,
        sender_hmac=sender_hmac,
        recipient_hmac=recipient_hmac,
        actor=SYSTEM,
    )
    return "ack queued"


def _rate_limited(
    session: Session, settings: Settings, sender_hmac: str, recipient_hmac: str
) -> str | None:
    now = utcnow()
    per_hour = _count_acks(
        session, col(OutboxRow.sender_hmac) == sender_hmac, now - timedelta(hours=1)
    )
    if per_hour >= settings.ack.per_sender_per_hour:
        return f"sender already acknowledged {per_hour} time(s) in the last hour"
    per_day = _count_acks(
        session, col(OutboxRow.recipient_hmac) == recipient_hmac, now - timedelta(days=1)
    )
    if per_day >= settings.ack.per_recipient_per_day:
        return f"recipient already got {per_day} acknowledgement(s) in the last day"
    return None


def _count_acks(session: Session, match: object, since: object) -> int:
    query = (
        select(func.count())
        .select_from(OutboxRow)
        .where(
            match,  # type: ignore[arg-type]
            col(OutboxRow.purpose) == OutboxPurpose.ACK,
            col(OutboxRow.created_at) >= since,
        )
    )
    return int(session.execute(query).scalar_one())


def _template(ctx: Context, name: str | None) -> FormTemplate | None:
    return next((t for t in ctx.templates if t.name == name), None)


def _ack_mail(
    ctx: Context, case: Case, source: AckSource, recipient: str, message_id: str
) -> EmailMessage:
    settings = ctx.settings
    received = case.received_at
    facts = ReceiptFacts(
        receipt_no=case.receipt_no,
        received_at=received,
        mail_sha256=source.mail_sha256,
        attachments=[
            AttachmentFact(
                content_type=a.sniffed_type,
                size=a.size,
                sha256=hashlib.sha256(a.content).hexdigest(),
            )
            for a in source.parsed.attachments
        ],
        answer_by=answer_by(received, settings.ack.answer_days),
        agency_th=settings.agency.name_th,
        agency_en=settings.agency.name_en,
        verify_url=verify_link(settings.agency.public_url, case.receipt_no, source.mail_sha256),
    )
    pdf = sign_receipt(build_receipt_pdf(facts), _signer(settings), agency=settings.agency.name_en)
    template = _template(ctx, case.template)
    defaults = FormTemplate.model_fields
    privacy = Privacy(
        purpose_th=template.purpose_th if template else defaults["purpose_th"].default,
        purpose_en=template.purpose_en if template else defaults["purpose_en"].default,
        retention_years=template.retention_years if template else 10,
        dpo_contact=settings.agency.dpo_contact,
    )
    parsed = source.parsed
    thread = Thread(
        message_id=message_id,
        to=recipient,
        in_reply_to=parsed.message_id,
        references=list(parsed.references),
    )
    return compose_ack(
        settings.mail_templates_path,
        sender=_sender(settings),
        thread=thread,
        facts=facts,
        privacy=privacy,
        receipt_pdf=pdf,
    )


def _add_row(
    session: Session,
    *,
    case: Case,
    key: DataKey,
    purpose: str,
    mail: EmailMessage,
    message_id: str,
    sender_hmac: str | None,
    recipient_hmac: str | None,
    actor: Actor,
) -> OutboxRow:
    raw = mail.as_bytes(policy=email.policy.SMTP)
    row = OutboxRow(
        kind=OutboxKind.MAIL,
        purpose=purpose,
        case_id=case.id,
        data_key_id=case.data_key_id,
        message_id=message_id,
        sender_hmac=sender_hmac,
        recipient_hmac=recipient_hmac,
        payload_sha256=hashlib.sha256(raw).hexdigest(),
        created_by=actor.name[:100],
    )
    session.add(row)
    session.flush()  # the row id is bound into the ciphertext
    assert row.id is not None
    row.payload_enc = encrypt_field(key, raw, table="outbox", column="payload_enc", row_id=row.id)
    return row


@dataclass(frozen=True)
class ReplyThread:
    """The thread a staff reply continues: the citizen's address and Message-IDs."""

    to: str
    in_reply_to: str | None
    references: list[str]
    subject: str | None = None


def queue_reply(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    key: DataKey,
    thread: ReplyThread,
    body: str,
    actor: Actor,
) -> OutboxRow:
    """Write a staff reply to the outbox, in the caller's transaction."""
    if not body.strip():
        raise ConfigError("the reply is empty; write the text to send")
    assert case.id is not None
    message_id = tagger(ctx).new(case.id)
    settings = ctx.settings
    mail = compose_reply(
        settings.mail_templates_path,
        sender=_sender(settings),
        thread=Thread(
            message_id=message_id,
            to=thread.to,
            in_reply_to=thread.in_reply_to,
            references=thread.references,
        ),
        receipt_no=case.receipt_no,
        agency_th=settings.agency.name_th,
        agency_en=settings.agency.name_en,
        body=body,
    )
    return _add_row(
        session,
        case=case,
        key=key,
        purpose=OutboxPurpose.REPLY,
        mail=mail,
        message_id=message_id,
        sender_hmac=None,
        recipient_hmac=address_hmac(ctx, thread.to),
        actor=actor,
    )


# -- sending --------------------------------------------------------------------------


@dataclass
class DeliveryRun:
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    error: str | None = None  # the connection-level error that stopped this run
    sent_ids: list[int] = field(default_factory=list)


def deliver_due(ctx: Context, stop: threading.Event | None = None, limit: int = 500) -> DeliveryRun:
    """Send every due mail row (at most `limit`); stops at the first connection error."""
    run = DeliveryRun()
    if ctx.settings.smtp is None:
        return run  # the embedded default: mail waits; status says so
    for _ in range(limit):
        if stop is not None and stop.is_set():
            break
        claimed = _claim_next(ctx)
        if claimed is None:
            break
        row_id, attempt_id, raw, purpose = claimed
        if raw is None:  # the case was erased: nothing left to send
            run.failed += 1
            continue
        if not _send_one(ctx, row_id, attempt_id, raw, run):
            break
        if purpose == OutboxPurpose.REPLY and row_id in run.sent_ids:
            append_sent_copy(ctx.settings, raw)
    if run.error is not None or run.sent:
        record_smtp_health(ctx, run.error)
    return run


def _claim_next(ctx: Context) -> tuple[int, int, bytes | None, str] | None:
    """Claim the next due row and open its mail; (ids, None, ...) when its case was
    erased (the row is failed on the spot: an erased person's mail is never sent)."""
    now = utcnow()
    settings = ctx.settings
    with transaction(ctx.engine) as session:
        query = (
            select(OutboxRow)
            .where(
                col(OutboxRow.kind) == OutboxKind.MAIL,
                col(OutboxRow.state) == OutboxState.PENDING,
                or_(
                    col(OutboxRow.next_attempt_at).is_(None), col(OutboxRow.next_attempt_at) <= now
                ),
            )
            .order_by(col(OutboxRow.id))
            .limit(1)
        )
        if is_postgres(ctx.engine):  # several workers: each row to one of them
            query = query.with_for_update(skip_locked=True)
        row = session.execute(query).scalar_one_or_none()
        if row is None:
            return None
        assert row.id is not None
        row.attempts += 1
        row.next_attempt_at = now + timedelta(seconds=settings.outbox.lease_seconds)
        attempt = OutboxAttempt(outbox_id=row.id)
        session.add(attempt)
        session.flush()
        assert attempt.id is not None
        try:  # the door raises before writing anything, or after auditing the failure
            raw: bytes | None = open_outbox_payload(
                session,
                ctx.keyring,
                actor=SYSTEM,
                purpose=SEND_PURPOSE,
                outbox_id=row.id,
                checkpoint_every=settings.audit_checkpoint_every,
            )
        except (CaseErased, StorageError):
            raw = None
            reason = "case erased: its mail can no longer be sent"
            row.state, row.next_attempt_at, row.last_error = OutboxState.FAILED, None, reason
            attempt.outcome, attempt.error, attempt.finished_at = "error", reason, now
        return row.id, attempt.id, raw, row.purpose


def _send_one(ctx: Context, row_id: int, attempt_id: int, raw: bytes, run: DeliveryRun) -> bool:
    """Send one claimed row and record the outcome; False when the run should stop."""
    mail = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(mail, EmailMessage)
    try:
        smtp_send(ctx.settings.smtp, mail)
    except SmtpRejected as exc:
        _finish(ctx, row_id, attempt_id, error=str(exc), give_up=True)
        run.failed += 1
        return True
    except (SmtpUnavailable, SmtpLoginFailed) as exc:
        _finish(ctx, row_id, attempt_id, error=str(exc), give_up=False, counts=False)
        run.deferred += 1
        run.error = str(exc)
        return False
    except MailError as exc:
        _finish(ctx, row_id, attempt_id, error=str(exc), give_up=False)
        run.deferred += 1
        return True
    _finish(ctx, row_id, attempt_id, error=None, give_up=False)
    run.sent += 1
    run.sent_ids.append(row_id)
    return True


def _finish(
    ctx: Context,
    row_id: int,
    attempt_id: int,
    *,
    error: str | None,
    give_up: bool,
    counts: bool = True,
) -> None:
    now = utcnow()
    outbox = ctx.settings.outbox
    with transaction(ctx.engine) as session:
        row = session.get(OutboxRow, row_id)
        attempt = session.get(OutboxAttempt, attempt_id)
        if row is None or attempt is None:
            return
        attempt.finished_at = now
        attempt.outcome = "sent" if error is None else "error"
        attempt.error = error[:300] if error else None
        if error is None:
            row.state = OutboxState.SENT
            row.sent_at = now
            row.next_attempt_at = None
            row.last_error = None
            log.info("mail sent", extra={"event": "outbox_sent", "outbox": row_id})
            return
        row.last_error = error[:300]
        if give_up or (counts and row.attempts >= outbox.max_attempts):
            row.state = OutboxState.FAILED
            row.next_attempt_at = None
        else:
            delay = timedelta(seconds=outbox.retry_base_seconds * 2 ** max(row.attempts - 1, 0))
            row.next_attempt_at = now + min(delay, MAX_BACKOFF)
        log.warning(
            "mail not sent", extra={"event": "outbox_error", "outbox": row_id, "reason": error}
        )


# -- reporting ------------------------------------------------------------------------

# SMTP health is kept in the mailbox_status table under a name no mailbox can have
# (mailbox names are lower-case letters, digits, '-' and '_'), so no new table is needed.
SMTP_STATUS_NAME = "@smtp"


def record_smtp_health(ctx: Context, error: str | None) -> None:
    """Remember the outcome of the last SMTP contact, for `intake status`."""
    now = utcnow()
    with transaction(ctx.engine) as session:
        row = session.get(MailboxStatus, SMTP_STATUS_NAME)
        if row is None:
            row = MailboxStatus(name=SMTP_STATUS_NAME)
            session.add(row)
        row.last_poll_at = now
        if error is None:
            row.last_ok_at = now
            row.last_error = None
            row.consecutive_failures = 0
        else:
            row.last_error = error[:300]
            row.consecutive_failures += 1


@dataclass(frozen=True)
class OutboxSummary:
    pending: int
    sent: int
    failed: int
    last_error: str | None
    smtp_contacted: bool


def outbox_summary(session: Session) -> OutboxSummary:
    rows = session.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state))
    counts = {state: n for state, n in rows}
    health = session.get(MailboxStatus, SMTP_STATUS_NAME)
    last_error = health.last_error if health else None
    return OutboxSummary(
        pending=counts.get(OutboxState.PENDING, 0),
        sent=counts.get(OutboxState.SENT, 0),
        failed=counts.get(OutboxState.FAILED, 0),
        last_error=last_error,
        smtp_contacted=health is not None,
    )
