"""Follow-ups written from another mailbox than the case's request: marked, and limited.

A receipt number in the subject files a mail into its case whoever writes (a citizen
writes again from her work address). Receipt numbers are sequential (PREFIX-YEAR-NNNNNN,
printed on every acknowledgement and letter), so anyone can name one, or walk them all:

- every such mail is marked (`Message.other_sender`), and the mark reaches every place a
  case is read: the case page, the JSON API, webhooks and exports, as one count,
  `other_sender_replies`, the case's mails from another mailbox than its request's;
- one mailbox (counted as `outbox.mailbox_of` counts: sub-addresses are the mailbox)
  may file only `[follow_ups] other_address_per_day` mails a day into cases it did not
  open; past that its mail is kept as an ignored message with the reason, never filed
  and never dropped.

Who wrote is known by a keyed hash of the mailbox (`Message.sender_hmac`), written when
a mail is classified; for a request classified before that existed, or across an index
key rotation, the request's stored headers are read through the privacy door instead.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from intake import outbox
from storage.db import assign
from storage.errors import StorageError
from storage.held import flush_all
from storage.models import Case, Message, utcnow
from storage.privacy import open_message_json

if TYPE_CHECKING:
    from intake.stage import Item

WINDOW = timedelta(days=1)
FOLLOW_UP_PURPOSE = "match a follow-up to its case"


def mark_writer(item: Item) -> str:
    """Record (and return) the keyed hash of the mailbox that wrote this mail."""
    author = outbox.author_of(item.parsed, item.ctx.settings)
    digest = outbox.address_hmac(item.ctx, author)
    if item.message.sender_hmac != digest:
        assign(item.message, "sender_hmac", digest)
    return digest


def from_another_mailbox(item: Item, case_id: int) -> bool:
    """Did another mailbox than the one the case's request came from write this mail?"""
    case = item.session.get(Case, case_id)
    if case is None:
        return True
    request = item.session.get(Message, case.message_id)
    mine = item.message.sender_hmac or mark_writer(item)
    if request is not None and request.sender_hmac == mine:
        return False
    author = outbox.author_of(item.parsed, item.ctx.settings).strip()  # folded by mailbox_of
    return not requested_by(item, case.message_id, author)


def requested_by(item: Item, message_id: int, author: str) -> bool:
    """Did `author` write the request `message_id` (its stored headers, audited)?"""
    try:
        headers = open_message_json(
            item.session,
            item.ctx.keyring,
            actor=item.actor,
            purpose=FOLLOW_UP_PURPOSE,
            message_id=message_id,
            column="headers_enc",
            checkpoint_every=item.ctx.settings.audit_checkpoint_every,
        )
    except StorageError:  # erased: nobody's case to add to any more
        return False
    headers = headers if isinstance(headers, dict) else {}
    written = str(headers.get("author_addr") or headers.get("from_addr") or "")
    return outbox.mailbox_of(written) == outbox.mailbox_of(author)


def over_limit(item: Item, case_id: int) -> str | None:
    """Why this mail from another mailbox is not filed into `case_id`, or None."""
    limit = item.ctx.settings.follow_ups.other_address_per_day
    flush_all(item.session)  # the batch's earlier mails of this mailbox count too
    query = select(func.count(col(Message.id))).where(
        col(Message.sender_hmac) == item.message.sender_hmac,
        col(Message.other_sender).is_(True),
        col(Message.captured_at) >= utcnow() - WINDOW,
    )
    filed = int(item.session.execute(query).scalar_one())
    if filed < limit:
        return None
    return (
        f"held, not filed into case #{case_id}: this mailbox already wrote {filed} mail(s)"
        f" in the last day into cases whose request came from another address"
        f" (limit [follow_ups] other_address_per_day = {limit})"
    )


def file_mark(item: Item, other: bool) -> None:
    assign(item.message, "other_sender", other)


# -- reading the mark ------------------------------------------------------------------


def _count_of(case_id: Any) -> Any:
    return select(func.count(col(Message.id))).where(
        col(Message.case_id) == case_id,  # the mark is set on filed mail only
        col(Message.other_sender).is_(True),
    )


def other_sender_column() -> Any:
    """A case query's column: its mails from another mailbox (correlated to cases.id;
    the query may join the request's own message, so the count reads an alias)."""
    mail = aliased(Message)
    query = select(func.count(col(mail.id))).where(
        col(mail.case_id) == col(Case.id), col(mail.other_sender).is_(True)
    )
    return query.correlate(Case).scalar_subquery()


def other_sender_replies(session: Session, case_id: int) -> int:
    flush_all(session)
    return int(session.execute(_count_of(case_id)).scalar_one())
