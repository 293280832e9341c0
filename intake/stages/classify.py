"""parsed -> duplicate | ignored | reply | classified.

Order matters: the same mail twice is a duplicate whatever it says; an auto-reply to
our acknowledgement carries In-Reply-To but must not join the case conversation.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Select, bindparam, or_
from sqlmodel import col, select

from extractors.classify import classify
from intake import outbox, webhooks
from intake.stage import Item, Outcome
from storage.events import EventFacts
from storage.keys import load_data_key
from storage.models import Case, Message, MessageState


class ClassifyStage:
    name = "classify"
    accepts = MessageState.PARSED

    def process(self, item: Item) -> Outcome:
        original = find_original(item)
        if original is not None:
            item.message.duplicate_of_id = original
            return Outcome(MessageState.DUPLICATE, f"same message as #{original}")
        kind = classify(item.parsed)
        item.add_facts(classification=kind.kind)
        if kind.kind != "request":
            return Outcome(MessageState.IGNORED, f"{kind.kind}: {kind.reason}")
        case_id = find_case_replied_to(item)
        if case_id is not None:
            item.message.case_id = case_id
            _reply_received(item, case_id)
            return Outcome(MessageState.REPLY, f"reply to case #{case_id}")
        return Outcome(MessageState.CLASSIFIED)


def _reply_received(item: Item, case_id: int) -> None:
    """The citizen answered: a reply.received event, in this transaction."""
    settings = item.ctx.settings
    case = item.session.get(Case, case_id)
    if case is None or not settings.webhooks:
        return
    key = None
    if case.data_key_id is not None and any(w.personal_data for w in settings.webhooks):
        key = load_data_key(item.session, item.ctx.keyring, case.data_key_id)
    facts = EventFacts(type="reply.received", personal={"from": item.parsed.from_addr})
    webhooks.queue(item.session, settings, case, facts, key=key)


def find_original(item: Item) -> int | None:
    """The earliest other message with the same content or Message-ID."""
    message = item.message
    params = {"id": item.id, "sha": message.sha256, "mid": message.message_id_hmac}
    found = item.session.connection().execute(_ORIGINAL, params).scalar_one_or_none()
    return None if found is None else int(found)


def _original_query() -> Select[Any]:
    messages = Message.__table__.c  # type: ignore[attr-defined]
    return (
        select(messages.id)
        .where(
            messages.id < bindparam("id"),
            or_(messages.sha256 == bindparam("sha"), messages.message_id_hmac == bindparam("mid")),
            messages.state.not_in([MessageState.DUPLICATE, MessageState.OVERSIZED]),
        )
        .order_by(messages.id)
        .limit(1)
    )


# Built once and run through the connection: it runs for every message, and building
# the query and the ORM's execution path cost more than the database's answer.
_ORIGINAL = _original_query()


def find_case_replied_to(item: Item) -> int | None:
    """The case this mail answers: our tagged Message-ID in In-Reply-To/References (so
    References may be missing), a Message-ID of a mail of the case, or its receipt
    number in the subject."""
    parsed = item.parsed
    ids = [i for i in [parsed.in_reply_to, *parsed.references] if i]
    tagged = tagged_case(item, ids)
    if tagged is not None:
        return tagged
    if ids:
        digests = [item.ctx.message_ids.digest(i) for i in ids]
        query = select(Message.case_id).where(
            col(Message.message_id_hmac).in_(digests), col(Message.case_id).is_not(None)
        )
        found = item.session.execute(query.limit(1)).scalar_one_or_none()
        if found is not None:
            return found
    for receipt_no in receipt_numbers(parsed.subject, item.ctx.settings.receipt_prefix):
        case_id = item.session.execute(
            select(Case.id).where(Case.receipt_no == receipt_no)
        ).scalar_one_or_none()
        if case_id is not None:
            return case_id
    return None


def tagged_case(item: Item, ids: list[str]) -> int | None:
    tagger = outbox.tagger(item.ctx)
    for message_id in ids:
        case_id = tagger.case_of(message_id)
        if case_id is not None and item.session.get(Case, case_id) is not None:
            return case_id
    return None


def receipt_numbers(text: str, prefix: str) -> list[str]:
    pattern = re.compile(rf"\b{re.escape(prefix)}-(\d{{4}})-(\d{{6}})\b", re.IGNORECASE)
    return [f"{prefix}-{year}-{number}" for year, number in pattern.findall(text or "")]
