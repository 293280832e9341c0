"""The outbox: every outgoing mail (and, later, webhook) as a row written in the same
transaction as the change that causes it, then sent by a job with retries.

A row's `kind` says how it travels ("mail" over SMTP; a webhook would be another kind
with its endpoint in `target`), its `purpose` why ("ack", "reply"). The Message-ID is
fixed when the row is written, so every retry sends the same mail. The payload (the
whole MIME message: it holds the citizen's address and what staff wrote) is sealed
under the case's data key, bound to this table, column and row; erasing the case
shreds its outgoing mail too. Addresses are kept only as keyed hashes (rate limits).
Every attempt is a row in `outbox_attempts`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.models import utcnow


class OutboxState:
    PENDING = "pending"  # waiting to be sent (also: waiting for SMTP to be configured)
    SENT = "sent"
    FAILED = "failed"  # gave up: permanent refusal or too many attempts

    ALL = (PENDING, SENT, FAILED)


class OutboxKind:
    MAIL = "mail"


class OutboxPurpose:
    ACK = "ack"
    REPLY = "reply"


class OutboxRow(SQLModel, table=True):
    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("message_id", name="uq_outbox_message_id"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default=OutboxKind.MAIL, max_length=20, index=True)
    purpose: str = Field(max_length=20, index=True)
    target: str | None = Field(default=None, max_length=80)  # e.g. a webhook endpoint name
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)
    data_key_id: int | None = Field(default=None, foreign_key="data_keys.id")
    message_id: str = Field(max_length=250)  # our Message-ID, with angle brackets
    sender_hmac: str | None = Field(default=None, max_length=64, index=True)
    recipient_hmac: str | None = Field(default=None, max_length=64, index=True)
    payload_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    payload_sha256: str | None = Field(default=None, max_length=64)  # of the mail as sent
    state: str = Field(default=OutboxState.PENDING, max_length=20, index=True)
    attempts: int = 0
    next_attempt_at: datetime | None = Field(default=None, index=True)
    last_error: str | None = Field(default=None, max_length=300)
    created_by: str = Field(default="intake", max_length=100)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    sent_at: datetime | None = None


class OutboxAttempt(SQLModel, table=True):
    """One try at sending a row: "started" until it ends as "sent" or "error"."""

    __tablename__ = "outbox_attempts"

    id: int | None = Field(default=None, primary_key=True)
    outbox_id: int = Field(foreign_key="outbox.id", index=True)
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    outcome: str = Field(default="started", max_length=20)
    error: str | None = Field(default=None, max_length=300)
