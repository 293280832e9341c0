"""The outbox, writing side: outgoing mail is written with the change that causes it.

`queue_ack` runs inside the open_case stage's transaction and `queue_reply` inside the
staff action's, so a case is never committed without its acknowledgement row nor a
reply recorded without its mail. The Message-ID is fixed here, when the row is written
(tagged with the case, see intake/mail_out/msgid.py), and every retry sends these very
bytes. Sending, retries and the outbox's health live in intake/delivery.py.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict, Unpack

from pydantic import BaseModel, ConfigDict
from sqlalchemy import (
    ARRAY,
    ScalarSelect,
    Select,
    String,
    Table,
    any_,
    bindparam,
    func,
    literal,
    union_all,
)
from sqlalchemy import select as core_select
from sqlmodel import Session, select

from extractors.address_case import ascii_lower
from extractors.base import FormTemplate, ParsedMessage
from extractors.classify import author_address
from extractors.domains import org_domain
from extractors.sender_auth import SenderVerdict
from extractors.validate import normalise_email
from intake.context import Context
from intake.errors import ConfigError
from intake.mail_out.compose import Privacy, Sender, Thread, compose_ack, compose_reply
from intake.mail_out.facts import ReceiptFacts, answer_by, receipt_attachments, verify_link
from intake.mail_out.msgid import MessageIdTagger, index_keys
from intake.mail_out.signing import load_signer, signing_paths
from intake.mail_out.suppress import OwnIdentity, no_answer_reason
from intake.settings import Settings
from storage.crypto import DataKey, encrypt_field, index_hash
from storage.db import new_row, row_values
from storage.held import add_rows, write_held
from storage.ids import next_id
from storage.models import Case, utcnow
from storage.outbox import OutboxKind, OutboxPurpose, OutboxRow
from storage.privacy import SYSTEM, Actor
from storage.transaction_state import keep, kept

if TYPE_CHECKING:  # pyhanko and fpdf cost a second at start-up; only sending draws a PDF
    from pyhanko.sign import signers

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
    """The keyed hash of the mailbox an address delivers to (see `mailbox_of`)."""
    mac = index_hash(index_keys(ctx.keyring).index_key()[1], ADDRESS_PURPOSE)
    return mac.digest(mailbox_of(address).encode()).hex()


def mailbox_of(address: str) -> str:
    """The one mailbox an address delivers to: ASCII lower case, without an RFC 5233
    sub-address ("name+anything@" reaches "name@" at Gmail, Outlook.com, Fastmail and
    any Postfix with the usual delimiter). The rate limits count mailboxes, or a flood
    from name+1@, name+2@, ... makes the agency mail one person without limit."""
    # only ASCII letters fold: a lookalike mailbox (KELVIN SIGN for K) is not the citizen's
    local, at, domain = ascii_lower(address.strip()).rpartition("@")
    base = local.split("+", 1)[0]
    return f"{base or local}{at}{domain}" if at else domain


def own_identity(settings: Settings) -> OwnIdentity:
    # Asked several times a mail, and it depends only on these settings: one answer for
    # each set of them (its domains then computed once too), keyed by the values
    # themselves, so a changed list of addresses gets its own answer.
    smtp = settings.smtp
    return _own_identity(
        tuple(settings.agency.own_addresses),
        smtp.from_address if smtp is not None else None,
        tuple(mailbox.username for mailbox in settings.mailboxes),
        settings.message_id_domain,
    )


@lru_cache(maxsize=32)
def _own_identity(
    own_addresses: tuple[str, ...],
    smtp_from: str | None,
    usernames: tuple[str | None, ...],
    message_id_domain: str,
) -> OwnIdentity:
    addresses = {ascii_lower(a) for a in own_addresses}
    if smtp_from is not None:
        addresses.add(ascii_lower(smtp_from))
    for username in usernames:
        if username and "@" in username:
            addresses.add(ascii_lower(username))
    return OwnIdentity(addresses=frozenset(addresses), message_id_domain=message_id_domain)


def author_of(parsed: ParsedMessage, settings: Settings) -> str:
    """The address that wrote the mail, to be answered (see classify.author_address)."""
    return author_address(parsed, own_identity(settings).domains)


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
    sender_auth: SenderVerdict | None = None  # as judged at parse; None: not judged


def forged_from(verdict: SenderVerdict | None) -> bool:
    """The agency's own receiving server found the From not the writer's: it fails DMARC,
    or (a domain without a DMARC record, so no DMARC verdict) the From's own domain's SPF
    refused the sending host and no signature aligned with it passed. An answer would go
    to someone who wrote nothing (backscatter, and an agency-signed mail about a request
    they never made). Only that server's verdict counts (anything else in the mail the
    sender could have written). A From that nothing vouches for either way (no SPF
    record, softfail, no trusted result) is answered: the ack carries nothing of the
    request but its receipt number and type of work (see ReceiptFacts)."""
    if verdict is None or not verdict.trusted:
        return False
    if verdict.dmarc == "fail":
        return True
    return verdict.dmarc != "pass" and verdict.aligned_domain is None and _spf_refused(verdict)


def _spf_refused(verdict: SenderVerdict) -> bool:
    domain, envelope = verdict.from_domain, verdict.spf_domain
    return (
        verdict.spf == "fail"
        and domain is not None
        and envelope is not None
        and org_domain(envelope) == org_domain(domain)
    )


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
    if forged_from(source.sender_auth):
        return "no ack: the From failed DMARC at the agency's own server"
    refusal = no_answer_reason(source.parsed, own_identity(settings))
    if refusal is not None:
        return f"no ack: {refusal}"
    author = author_of(source.parsed, settings).strip()
    sender_hmac = address_hmac(ctx, author)
    recipient = _typed_recipient(session, ctx, author, sender_hmac, source.fields)
    foreign = recipient is not None
    recipient = recipient or author
    recipient_hmac = address_hmac(ctx, recipient) if foreign else sender_hmac  # the same
    per_day = FOREIGN_PER_DAY if foreign else settings.ack.per_recipient_per_day
    limited = _rate_limited(session, settings, sender_hmac, recipient_hmac, per_day)
    if limited is not None:
        return f"no ack: {limited}"
    assert case.id is not None
    message_id = tagger(ctx).new(case.id)
    draft = _ack_draft(ctx, case, source, recipient, message_id, threaded=not foreign)
    _write_row(
        session,
        case=case,
        key=source.key,
        purpose=OutboxPurpose.ACK,
        payload=draft.model_dump_json().encode(),
        built=False,
        message_id=message_id,
        sender_hmac=sender_hmac,
        recipient_hmac=recipient_hmac,
        actor=SYSTEM,
    )
    return "ack queued"


# An address typed into the form, not the one that wrote, gets at most this many a day
# (whoever writes): anyone can type anyone's address (backscatter through the agency).
FOREIGN_PER_DAY = 1


def _typed_recipient(
    session: Session, ctx: Context, author: str, sender_hmac: str, fields: dict[str, str | None]
) -> str | None:
    """With `[ack] to = "email_field"`, the form's address when it is another mailbox than
    the one that wrote and has had no acknowledgement in the last day; else None (the
    acknowledgement goes to the mailbox that wrote, as always). Nothing vouches for a
    typed address: an attacker types a victim's to make the agency mail them, so it is
    mailed once a day at most, and the mail carries nothing the writer wrote but what
    makes the receipt (see `_ack_draft`'s `threaded`)."""
    if ctx.settings.ack.to != "email_field":
        return None
    typed = normalise_email(str(fields.get("email") or ""))
    if typed is None or not typed.isascii() or mailbox_of(typed) == mailbox_of(author):
        return None
    _, per_day = _recent_acks(session, sender_hmac, address_hmac(ctx, typed))
    return typed if per_day < FOREIGN_PER_DAY else None


def _rate_limited(
    session: Session, settings: Settings, sender_hmac: str, recipient_hmac: str, per_day: int
) -> str | None:
    per_hour, sent_today = _recent_acks(session, sender_hmac, recipient_hmac)
    if per_hour >= settings.ack.per_sender_per_hour:
        return f"sender already acknowledged {per_hour} time(s) in the last hour"
    if sent_today >= per_day:
        return f"recipient already got {sent_today} acknowledgement(s) in the last day"
    return None


def _recent_acks(session: Session, sender_hmac: str, recipient_hmac: str) -> tuple[int, int]:
    """Acknowledgements to this sender in the last hour, and to this recipient in the
    last day, in one statement (it runs for every new case) of two counts, each on its
    own index: one count over `sender OR recipient` scanned every recent ack instead.
    In a stage batch, from what the batch read once for all its addresses."""
    batch = _batch_acks(session)
    if batch is not None:
        return batch.counts(session, sender_hmac, recipient_hmac)
    write_held(session, OUTBOX_TABLE)  # count the acks of this transaction too
    now = utcnow()
    params = {
        "sender": sender_hmac,
        "hour_ago": now - timedelta(hours=1),
        "recipient": recipient_hmac,
        "day_ago": now - timedelta(days=1),
    }
    per_hour, per_day = session.connection().execute(_RECENT_ACKS, params).one()
    return int(per_hour), int(per_day)


def _ack_count(column: str, value: str, since: str) -> ScalarSelect[int]:
    outbox = OutboxRow.__table__.c  # type: ignore[attr-defined]
    query = select(func.count()).where(
        outbox[column] == bindparam(value),
        outbox.purpose == OutboxPurpose.ACK,
        outbox.created_at >= bindparam(since),
    )
    return query.scalar_subquery()


# Built once, run through the connection: building the query and the ORM's execution
# path cost more than SQLite's answer for a statement run once per new case.
_RECENT_ACKS = select(
    _ack_count("sender_hmac", "sender", "hour_ago"),
    _ack_count("recipient_hmac", "recipient", "day_ago"),
)


OUTBOX_TABLE: Table = OutboxRow.__table__  # type: ignore[attr-defined]
_BATCH_ACKS = "intake.outbox.batch_acks"  # session.info: (transaction, BatchAcks)
HOUR, DAY = timedelta(hours=1), timedelta(days=1)


@dataclass
class BatchAcks:
    """The recent acknowledgements a stage batch's rate limits count, read with one
    statement for all the addresses the batch expects to answer, instead of one for
    every new case, and kept up to date with the acknowledgements the batch queues (so
    the third mail of one sender in a batch sees the first two).

    What is read is when each ack was written (an ack to the address in the last hour
    as sender, in the last day as recipient): each check counts from its own time, as
    its own statement did. Few rows: an address gets no more acks in a window than
    its limit allows. The addresses the batch expects are read before its stages
    run (`expect_acks`); another is read when first asked about."""

    sent: dict[str, list[datetime]] = field(default_factory=dict)  # by sender, last hour
    received: dict[str, list[datetime]] = field(default_factory=dict)  # recipient, day

    def counts(self, session: Session, sender_hmac: str, recipient_hmac: str) -> tuple[int, int]:
        if sender_hmac not in self.sent or recipient_hmac not in self.received:
            self.read(session, {sender_hmac, recipient_hmac})
        now = utcnow()
        per_hour = sum(1 for at in self.sent[sender_hmac] if at >= now - HOUR)
        per_day = sum(1 for at in self.received[recipient_hmac] if at >= now - DAY)
        return per_hour, per_day

    def read(self, session: Session, wanted: set[str]) -> None:
        hmacs = sorted(wanted - (self.sent.keys() & self.received.keys()))
        if not hmacs:
            return
        write_held(session, OUTBOX_TABLE)  # the batch's own acks are counted below
        now = utcnow()
        params = {"hmacs": hmacs, "hour_ago": now - HOUR, "day_ago": now - DAY}
        for hmac in hmacs:
            self.sent[hmac], self.received[hmac] = [], []
        connection = session.connection()
        query = _ACKS_OF_ARRAY if connection.dialect.name == "postgresql" else _ACKS_OF
        for hmac, as_sender, at in connection.execute(query, params):
            (self.sent if as_sender else self.received)[hmac].append(_aware(at))

    def queued(self, row: Mapping[str, Any]) -> None:
        """An ack this batch wrote (its values): the checks after it count it (an
        address not read yet finds the row itself: held rows are written before a read)."""
        if row["sender_hmac"] in self.sent:
            self.sent[row["sender_hmac"]].append(row["created_at"])
        if row["recipient_hmac"] in self.received:
            self.received[row["recipient_hmac"]].append(row["created_at"])


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite drops the zone


def expect_acks(session: Session, ctx: Context, addresses: Iterable[str]) -> None:
    """This transaction (a stage batch) may acknowledge mail from or to `addresses`:
    its rate limits read the recent acks of all of them at once (see BatchAcks), now,
    before its stages hold rows that a read would have to write first (and the rest
    of them again at the end: two statements a table instead of one)."""
    acks = BatchAcks()
    acks.read(session, {address_hmac(ctx, a) for a in addresses})
    keep(session, _BATCH_ACKS, acks)


def _batch_acks(session: Session) -> BatchAcks | None:
    acks: BatchAcks | None = kept(session, _BATCH_ACKS)
    return acks


def _acks_of(column: str, as_sender: bool, since: str, array: bool = False) -> Select[Any]:
    outbox = OutboxRow.__table__.c  # type: ignore[attr-defined]
    if array:
        addressed = outbox[column] == any_(bindparam("hmacs", type_=ARRAY(String)))
    else:
        addressed = outbox[column].in_(bindparam("hmacs", expanding=True))
    return core_select(  # sqlalchemy's: sqlmodel's types three columns otherwise
        outbox[column].label("hmac"),
        literal(as_sender).label("as_sender"),
        outbox.created_at,
    ).where(
        addressed,
        # `purpose || ''` keeps SQLite off the purpose index, which it prefers to an IN
        # list when it has no statistics: every ack ever sent is a row of that index
        outbox.purpose.concat("") == OutboxPurpose.ACK,
        outbox.created_at >= bindparam(since),
    )


# Each half on its address's index, as in _RECENT_ACKS. On PostgreSQL the addresses go
# as one array: an IN list of a hundred is a new statement text for every length, which
# the server plans afresh and the driver cannot prepare.
_ACKS_OF = union_all(
    _acks_of("sender_hmac", True, "hour_ago"), _acks_of("recipient_hmac", False, "day_ago")
)
_ACKS_OF_ARRAY = union_all(
    _acks_of("sender_hmac", True, "hour_ago", array=True),
    _acks_of("recipient_hmac", False, "day_ago", array=True),
)


def _template(ctx: Context, name: str | None) -> FormTemplate | None:
    return next((t for t in ctx.templates if t.name == name), None)


class AckDraft(BaseModel):
    """An acknowledgement as the open_case stage writes it: everything the mail says,
    fixed with the case (the Message-ID in `thread` too), but not yet rendered. Rendering
    and signing the receipt PDF costs about 80 ms; done in the stage it held the write
    transaction for every new case, so it is done by the sender (`build_ack`), once,
    and the bytes it built are the ones every retry sends."""

    model_config = ConfigDict(frozen=True)

    facts: ReceiptFacts
    privacy: Privacy
    thread: Thread


def _ack_draft(
    ctx: Context,
    case: Case,
    source: AckSource,
    recipient: str,
    message_id: str,
    *,
    threaded: bool = True,
) -> AckDraft:
    """`threaded`: answer the request's Message-ID (In-Reply-To, References), so the
    writer's mail program shows the ack under their mail; not for an address the writer
    typed, which never saw that mail (and the ids are the writer's words)."""
    settings = ctx.settings
    received = case.received_at
    parts = [(a.content, a.sniffed_type) for a in source.parsed.attachments]
    listed, count = receipt_attachments(parts)
    facts = ReceiptFacts(
        receipt_no=case.receipt_no,
        received_at=received,
        mail_sha256=source.mail_sha256,
        attachments=listed,
        attachment_count=count,
        answer_by=answer_by(received, settings.ack.answer_days),
        agency_th=settings.agency.name_th,
        agency_en=settings.agency.name_en,
        verify_url=verify_link(settings.agency.public_url, case.receipt_no, source.mail_sha256),
    )
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
        in_reply_to=parsed.message_id if threaded else None,
        references=list(parsed.references) if threaded else [],
    )
    return AckDraft(facts=facts, privacy=privacy, thread=thread)


def build_ack(settings: Settings, payload: bytes) -> bytes:
    """The acknowledgement mail (MIME bytes) of a draft row's payload."""
    from intake.mail_out.receipt_pdf import build_receipt_pdf, sign_receipt

    draft = AckDraft.model_validate_json(payload)
    pdf = sign_receipt(
        build_receipt_pdf(draft.facts), _signer(settings), agency=settings.agency.name_en
    )
    mail = compose_ack(
        settings.mail_templates_path,
        sender=_sender(settings),
        thread=draft.thread,
        facts=draft.facts,
        privacy=draft.privacy,
        receipt_pdf=pdf,
    )
    return mail.as_bytes(policy=email.policy.SMTP)


class RowToWrite(TypedDict):
    """What `_write_row` and `_add_row` are told of the outbox row to write."""

    case: Case
    key: DataKey
    purpose: str
    payload: bytes
    message_id: str
    sender_hmac: str | None
    recipient_hmac: str | None
    actor: Actor
    built: NotRequired[bool]  # True when not given


def _add_row(session: Session, **row: Unpack[RowToWrite]) -> OutboxRow:
    """`_write_row`, and the row it wrote as an object outside the session (later reads
    load the stored row)."""
    return new_row(OutboxRow, **_write_row(session, **row))


def _write_row(session: Session, **row: Unpack[RowToWrite]) -> dict[str, Any]:
    """`payload` is the mail's MIME bytes, or for an acknowledgement not yet `built` its
    draft (then `payload_sha256` stays empty until the sender builds it).

    The row is written at once, whole, through the connection (or with the stage
    batch's rows); returned are its values. An acknowledgement, written for every
    case, needs no object of it (storage.db.row_values)."""
    row_id = next_id(session, "outbox")
    case, payload, purpose = row["case"], row["payload"], row["purpose"]
    values = row_values(
        OutboxRow,
        id=row_id,
        kind=OutboxKind.MAIL,
        purpose=purpose,
        case_id=case.id,
        data_key_id=case.data_key_id,
        message_id=row["message_id"],
        sender_hmac=row["sender_hmac"],
        recipient_hmac=row["recipient_hmac"],
        payload_sha256=hashlib.sha256(payload).hexdigest() if row.get("built", True) else None,
        created_by=row["actor"].name[:100],
        # the id is in the associated data
        payload_enc=seal_payload(row["key"], payload, row_id),
    )
    add_rows(session, OUTBOX_TABLE, [values])
    batch = _batch_acks(session)
    if batch is not None and purpose == OutboxPurpose.ACK:
        batch.queued(values)
    return values


def seal_payload(key: DataKey, payload: bytes, row_id: int) -> bytes:
    return encrypt_field(key, payload, table="outbox", column="payload_enc", row_id=row_id)


def is_draft(row: OutboxRow) -> bool:
    """An acknowledgement whose mail the sender has not built yet (see AckDraft)."""
    return row.purpose == OutboxPurpose.ACK and row.payload_sha256 is None


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
        payload=mail.as_bytes(policy=email.policy.SMTP),
        message_id=message_id,
        sender_hmac=None,
        recipient_hmac=address_hmac(ctx, thread.to),
        actor=actor,
    )
