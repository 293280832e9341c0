"""A request sent again: the same citizen's same text, with a new Message-ID.

Citizens who see no answer soon, or whose mail program says a send failed, send the
request again: "Send again" from the Sent folder, the text pasted into a new mail, the
web mail's retry. The copy has a new Message-ID and Date, so it is not the same mail
(capture's sha256 and Message-ID see two), but a second case for it would give one
request two receipt numbers and two clerks. What stays the same is what the citizen
wrote: the address that wrote it, the subject, the text and the attached files. That is
the request's fingerprint, stored only as a keyed hash (like the Message-ID's), and a
copy is only a copy within RESEND_WINDOW of the first: the same short text sent next
month ("ขอรับเงินสงเคราะห์ประจำเดือน") is a new request.

The hash is keyed by the active index key and not rewritten by `keys rotate-index`
(it is worth a day): a copy sent across a rotation opens a case of its own, as every
copy did before this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Table, text
from sqlmodel import Session, col, select

from extractors.base import ParsedMessage
from intake import outbox
from storage.db import assign
from storage.models import Message, MessageState
from storage.transaction_state import keep, kept

if TYPE_CHECKING:
    from intake.context import Context

RESEND_WINDOW = timedelta(hours=24)
# A request on its way to a case, or one: an earlier sending that was refused or
# ignored does not make this one a copy.
REQUESTS = (MessageState.CLASSIFIED, MessageState.EXTRACTED, MessageState.CASE)
_SENT = "intake.requests_sent"  # this transaction's requests, by fingerprint
_EARLIER = "intake.earlier_requests"  # the stored requests of its fingerprints
_DIGESTS = "intake.request_digests"  # message id -> its fingerprint, worked out once
LOCK_CLASS = 0x1A7B  # first key of the two-key advisory locks: "a fingerprint looked up"


def _digest(ctx: Context, parsed: ParsedMessage) -> str:
    return ctx.request_fingerprints.digest(parsed, outbox.author_of(parsed, ctx.settings))


Sendings = dict[str, list[tuple[int, datetime]]]  # fingerprint -> (message id, captured)


def read_earlier_requests(
    session: Session, ctx: Context, mails: Iterable[tuple[int, ParsedMessage]]
) -> None:
    """The stored requests with the fingerprints of a batch's mails (message id, parse),
    one query for all (on PostgreSQL a query a mail is a round trip a mail); first_sending
    reads them, and the fingerprints: hashing a mail's whole text once is enough."""
    digests = {message_id: _digest(ctx, parsed) for message_id, parsed in mails}
    keep(session, _DIGESTS, digests)
    keep(session, _EARLIER, _stored(session, sorted(set(digests.values()))))


def lock_request(session: Session, ctx: Context, message_id: int, parsed: ParsedMessage) -> None:
    """Lock (and read) this message's fingerprint now, where its batch has not: a stage
    that appends an audit entry before first_sending (a case's request read through the
    privacy door) would otherwise take the chain's lock before the fingerprint's, the
    other order from a batch's, and the two could wait for each other."""
    digests: dict[int, str] | None = kept(session, _DIGESTS)
    if digests is None or message_id not in digests:
        read_earlier_requests(session, ctx, [(message_id, parsed)])


_MESSAGES: Table = Message.__table__  # type: ignore[attr-defined]
# On PostgreSQL one index probe a fingerprint, whatever the planner knows. Asked for a
# batch's fifty at once with IN, a planner without the column's statistics (a store's
# first minute, before autovacuum's first ANALYZE of it: the whole of a bench run)
# reckons half a percent of the table a value, a quarter of it for fifty, and reads the
# whole table every batch: 15 ms a batch at 2,000 messages, growing with the store.
_STORED_PG = text(
    "SELECT m.request_hmac, m.id, m.captured_at, m.state"
    " FROM unnest(CAST(:digests AS varchar[])) AS d(digest) CROSS JOIN LATERAL"
    " (SELECT request_hmac, id, captured_at, state FROM messages"
    "  WHERE request_hmac = d.digest) AS m"
).columns(_MESSAGES.c.request_hmac, _MESSAGES.c.id, _MESSAGES.c.captured_at, _MESSAGES.c.state)


# Several workers on PostgreSQL: two sendings of one request staged at the same moment
# in two batches (two transactions) would not see each other and make two cases. So a
# batch takes a lock per fingerprint before it reads them, held until it commits, and a
# second batch with one of them waits and then reads the first's sending. The locks are
# taken in one order (sorted keys), and before any other lock of the transaction (the
# audit chain's, the receipt counter's row): no two batches wait for each other.
_LOCK_FINGERPRINTS = text(
    "SELECT count(pg_advisory_xact_lock(:c, k)) FROM"
    " (SELECT DISTINCT k FROM unnest(CAST(:keys AS integer[])) AS t(k) ORDER BY k) AS s"
)


def _lock_key(digest: str) -> int:
    """A fingerprint's lock (32 bits of it: two fingerprints sharing one only wait)."""
    return int.from_bytes(bytes.fromhex(digest[:8]), "big", signed=True)


def _stored(session: Session, digests: list[str]) -> Sendings:
    found: Sendings = {d: [] for d in digests}
    if not digests:
        return found
    # the state is tested here, not in SQL: SQLite would take the state's index, whose
    # 'case' rows grow with the store, instead of the fingerprint's
    query = select(Message.request_hmac, Message.id, Message.captured_at, Message.state)
    with session.no_autoflush:
        if session.get_bind().dialect.name == "postgresql":
            keys = sorted({_lock_key(d) for d in digests})
            session.execute(_LOCK_FINGERPRINTS, {"c": LOCK_CLASS, "keys": keys})
            rows = session.execute(_STORED_PG, {"digests": digests})
        else:
            rows = session.execute(query.where(col(Message.request_hmac).in_(digests)))
        for digest, message_id, captured_at, state in rows:
            if state in REQUESTS:
                found[digest].append((message_id, captured_at))
    return found


def first_sending(
    session: Session, ctx: Context, message: Message, parsed: ParsedMessage
) -> int | None:
    """The other mail, within RESEND_WINDOW, holding this mail's request; the message
    keeps its fingerprint's keyed hash for later copies.

    Usually the other was captured earlier. With several workers a later sending may
    have been staged first (and be a case already): then this one is its copy, so that
    whichever came first, one request makes one case.

    Neither looking up nor noting needs a flush (which would write the rows the batch
    holds back, storage.held, for every message): the batch's own requests are kept in
    the transaction's memory, the stored ones read once for the batch."""
    assert message.id is not None
    digests: dict[int, str] = kept(session, _DIGESTS) or {}
    digest = digests.get(message.id) or _digest(ctx, parsed)
    assign(message, "request_hmac", digest)
    sent: dict[str, Message] | None = kept(session, _SENT)
    if sent is None:
        sent = {}
        keep(session, _SENT, sent)
    earlier = sent.get(digest)
    if earlier is not None and earlier.state in REQUESTS and earlier.id != message.id:
        return earlier.id
    stored: Sendings | None = kept(session, _EARLIER)
    if stored is None or digest not in stored:
        stored = _stored(session, [digest])
    at = message.captured_at
    found = min(
        (i for i, then in stored[digest] if i != message.id and abs(then - at) <= RESEND_WINDOW),
        default=None,
    )
    if found is None:
        sent[digest] = message
    return found
