"""Looking into quarantine. What is shown is safe to print: ids, states, reasons."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from intake.context import Context
from storage.db import transaction
from storage.models import Message, MessageEvent, MessageState


@dataclass(frozen=True)
class QuarantinedRow:
    id: int
    source: str
    updated_at: datetime
    reason: str


def list_quarantined(ctx: Context) -> list[QuarantinedRow]:
    with transaction(ctx.engine) as session:
        rows = session.execute(
            select(Message)
            .where(Message.state == MessageState.QUARANTINED)
            .order_by(col(Message.id))
        ).scalars()
        return [
            QuarantinedRow(m.id or 0, m.source, m.updated_at, m.state_reason or "") for m in rows
        ]


def show_message(ctx: Context, message_id: int) -> dict[str, Any] | None:
    with transaction(ctx.engine) as session:
        message = session.get(Message, message_id)
        if message is None:
            return None
        events = session.execute(
            select(MessageEvent)
            .where(MessageEvent.message_id == message_id)
            .order_by(col(MessageEvent.id))
        ).scalars()
        return {
            "id": message.id,
            "source": message.source,
            "state": message.state,
            "reason": message.state_reason,
            "attempts": message.attempts,
            "last_error": message.last_error,
            "quarantined_from": message.quarantined_from,
            "size": message.size,
            "captured_at": message.captured_at,
            "facts": json.loads(message.facts_json or "{}"),
            "history": [
                {"at": e.at, "from": e.from_state, "to": e.to_state, "reason": e.reason}
                for e in events
            ],
        }
