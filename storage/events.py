"""Webhook events, writing side: one outbox row per (event, endpoint), in the caller's
transaction, so a case is never committed without the events it causes.

Storage knows nothing of the settings (the web app and the worker both call this), so the
endpoints arrive as plain data. A row's `kind` is "webhook", its `target` the endpoint's
name, its `purpose` the event type and its `message_id` the Standard Webhooks `webhook-id`,
fixed here so every retry carries the same id. The payload holds no personal data unless
the endpoint asks for it; then the payload is sealed under the case's data key like the
outbox mail (and erasing the case shreds it). Sending lives in intake/webhooks.py.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlmodel import Session

from storage.crypto import DataKey, encrypt_field
from storage.db import insert_row, new_row
from storage.ids import next_id
from storage.models import Case, utcnow
from storage.outbox import OutboxRow

WEBHOOK_KIND = "webhook"


@dataclass(frozen=True)
class Endpoint:
    """What the writing side needs to know of a configured endpoint."""

    name: str
    events: frozenset[str]
    personal_data: bool = False


@dataclass(frozen=True)
class EventFacts:
    """An event about one case: facts anyone may see, and personal ones kept apart."""

    type: str
    extra: Mapping[str, str | int | None] = field(default_factory=dict)
    personal: Mapping[str, object] = field(default_factory=dict)


def new_webhook_id() -> str:
    return "msg_" + secrets.token_hex(16)


def event_body(case: Case, facts: EventFacts, *, personal: bool) -> bytes:
    data: dict[str, object] = {
        "receipt_no": case.receipt_no,
        "status": case.status,
        "template": case.template,
        **facts.extra,
    }
    if personal:
        data["personal"] = dict(facts.personal)
    body = {"type": facts.type, "timestamp": utcnow().isoformat(), "data": data}
    return json.dumps(body, ensure_ascii=False, sort_keys=True).encode()


def queue_event(
    session: Session,
    endpoints: Iterable[Endpoint],
    case: Case,
    facts: EventFacts,
    *,
    key: DataKey | None = None,
    actor: str = "intake",
) -> list[OutboxRow]:
    """Write one row per endpoint subscribed to `facts.type`. Personal data goes only to
    endpoints configured for it, and only sealed: without the case's key it is left out."""
    rows = []
    for endpoint in endpoints:
        if facts.type not in endpoint.events:
            continue
        personal = endpoint.personal_data and key is not None and case.data_key_id is not None
        body = event_body(case, facts, personal=personal)
        row = new_row(
            OutboxRow,
            id=next_id(session, "outbox"),  # bound into the ciphertext
            kind=WEBHOOK_KIND,
            purpose=facts.type[:20],
            target=endpoint.name,
            case_id=case.id,
            message_id=new_webhook_id(),
            created_by=actor[:100],
        )
        assert row.id is not None  # drawn: it is bound into the ciphertext
        if personal:
            assert key is not None
            row.data_key_id = case.data_key_id
            row.payload_enc = encrypt_field(
                key, body, table="outbox", column="payload_enc", row_id=row.id
            )
        else:
            row.payload_enc = body  # no personal data: nothing to seal
        insert_row(session, row)  # written whole, as storage.db.insert_row says
        rows.append(row)
    return rows
