"""The tables. Personal data lives only in the `*_enc` columns, encrypted per case key.

A message's identity at its source is `source_key` (unique): for IMAP
`imap:<mailbox>:<folder>:<uidvalidity>:<uid>`, for files `file:<source>:<sha256>`.
Dedupe across sources uses `sha256` (of the raw bytes) and `message_id_hmac` (a keyed
hash of the Message-ID, so the header itself is not stored in plaintext).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import BigInteger, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class MessageState:
    """Where a message is. Pending states move on; terminal states are final."""

    RECEIVED = "received"  # raw bytes encrypted and committed
    PARSED = "parsed"  # headers read, parse defects recorded
    CLASSIFIED = "classified"  # a new request: not a duplicate, reply or auto-mail
    EXTRACTED = "extracted"  # fields read and validated against a template
    CASE = "case"
    REPLY = "reply"
    DUPLICATE = "duplicate"
    IGNORED = "ignored"
    QUARANTINED = "quarantined"
    OVERSIZED = "oversized"  # over the size limit: recorded, left on the server
    NOT_MAIL = "not_mail"  # empty, whitespace or bytes with no mail header: kept, no case

    PENDING = (RECEIVED, PARSED, CLASSIFIED, EXTRACTED)
    TERMINAL = (CASE, REPLY, DUPLICATE, IGNORED, QUARANTINED, OVERSIZED, NOT_MAIL)


class DataKeyRecord(SQLModel, table=True):
    """A per-case data key, wrapped by a master key. Deleting `wrapped` shreds the case."""

    __tablename__ = "data_keys"

    id: int | None = Field(default=None, primary_key=True)
    master_key_id: str = Field(max_length=64, index=True)
    wrapped: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    created_at: datetime = Field(default_factory=utcnow)
    destroyed_at: datetime | None = None


class Message(SQLModel, table=True):
    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("source_key", name="uq_messages_source_key"),)

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=40)  # mailbox name, or "import": a few values, no index
    source_key: str = Field(max_length=200)
    folder: str | None = Field(default=None, max_length=200)
    uidvalidity: int | None = Field(default=None, sa_column=Column(BigInteger))  # 32-bit unsigned
    uid: int | None = Field(default=None, sa_column=Column(BigInteger))
    size: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    sha256: str | None = Field(default=None, max_length=64, index=True)
    message_id_hmac: str | None = Field(default=None, max_length=64, index=True)
    synthetic_message_id: bool = False
    # keyed hash of what the citizen wrote (intake/resend.py): a request sent again
    request_hmac: str | None = Field(default=None, max_length=64, index=True)
    # keyed hash of the mailbox that wrote it (intake.outbox.address_hmac), set when the
    # mail is classified: the limit on follow-ups from another mailbox counts by it
    sender_hmac: str | None = Field(default=None, max_length=64, index=True)
    # a follow-up filed into a case from another mailbox than the request's (None: filed
    # before this was recorded, or not a follow-up); see intake/follow_ups.py
    other_sender: bool | None = None
    data_key_id: int | None = Field(default=None, foreign_key="data_keys.id")
    blob_name: str | None = Field(default=None, max_length=80)
    state: str = Field(max_length=20, index=True)
    state_reason: str | None = Field(default=None, max_length=300)
    attempts: int = 0
    next_attempt_at: datetime | None = Field(default=None, index=True)
    last_error: str | None = Field(default=None, max_length=300)
    quarantined_from: str | None = Field(default=None, max_length=20)
    server_done: bool = False  # the server action (move/flag) has been carried out
    duplicate_of_id: int | None = Field(default=None, foreign_key="messages.id")
    case_id: int | None = Field(default=None, index=True)  # no FK: cases points back here
    captured_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)
    # encrypted JSON: message_id, from, to, subject, date, in_reply_to, references
    headers_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    # encrypted JSON of the extraction (fields, raw values, provenance)
    extraction_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    # non-personal facts: parse defect codes, classification, template, field issue codes
    facts_json: str | None = None
    # non-personal: the sender-authenticity verdict (domains and SPF/DKIM/DMARC results,
    # flags), read from the agency's own server's Authentication-Results
    sender_auth_json: str | None = None


class MessageEvent(SQLModel, table=True):
    """Every state change, so a message's trip can be shown step by step."""

    __tablename__ = "message_events"

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="messages.id", index=True)
    from_state: str | None = Field(default=None, max_length=20)
    to_state: str = Field(max_length=20)
    reason: str | None = Field(default=None, max_length=300)
    at: datetime = Field(default_factory=utcnow)


class Case(SQLModel, table=True):
    __tablename__ = "cases"

    id: int | None = Field(default=None, primary_key=True)
    receipt_no: str = Field(max_length=40, unique=True)
    message_id: int = Field(foreign_key="messages.id", index=True)
    data_key_id: int | None = Field(default=None, foreign_key="data_keys.id")
    template: str | None = Field(default=None, max_length=80, index=True)
    template_reason: str | None = Field(default=None, max_length=300)
    # indexed with received_at (storage.workflow), which serves status alone too
    status: str = Field(default="new", max_length=20)
    received_at: datetime = Field(default_factory=utcnow, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # encrypted JSON: normalised fields, staff corrections
    fields_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    # masked forms only (e.g. "1-1017-xxxxx-xx-1"), so lists never need to decrypt
    masked_json: str = "{}"
    # non-personal: {field key: [issue codes]}
    issues_json: str = "{}"
    flag_count: int = 0
    # HMAC over (case id, message id, receipt) under a key derived from the case's data
    # key (storage.crypto.case_binding): a message_id swapped between rows is refused
    binding: str | None = Field(default=None, max_length=64)


class StoreFlag(SQLModel, table=True):
    """One-off facts about the store, e.g. whether old cases still await their binding."""

    __tablename__ = "store_flags"

    name: str = Field(primary_key=True, max_length=40)
    value: str = Field(max_length=40)


class ReceiptCounter(SQLModel, table=True):
    """The running receipt number (เลขรับ) per Buddhist-Era year."""

    __tablename__ = "receipt_counters"

    year_be: int = Field(primary_key=True)
    last: int = 0


class MailboxStatus(SQLModel, table=True):
    __tablename__ = "mailbox_status"

    name: str = Field(primary_key=True, max_length=40)
    folder: str | None = Field(default=None, max_length=200)
    uidvalidity: int | None = Field(default=None, sa_column=Column(BigInteger))
    last_poll_at: datetime | None = None
    last_ok_at: datetime | None = None
    last_error: str | None = Field(default=None, max_length=300)
    consecutive_failures: int = 0
