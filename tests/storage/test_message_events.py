"""A batch's message events inserted as plain rows: the same columns as the model."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from storage.db import make_engine, migrate, transaction
from storage.message_events import event_row, insert_events
from storage.models import Message, MessageEvent


def test_an_event_row_has_every_column_of_the_table_but_its_id() -> None:
    columns = {c.name for c in MessageEvent.__table__.columns}  # type: ignore[attr-defined]
    assert set(event_row(1, "parsed")) == columns - {"id"}


def test_events_inserted_together_read_back_as_events(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    migrate(engine)
    with transaction(engine) as session:
        message = Message(source="drop", source_key="file:drop:1", size=1, state="received")
        session.add(message)
        session.flush()
        assert message.id is not None
        rows = [
            event_row(message.id, "parsed", "received"),
            event_row(message.id, "ignored", "parsed", "not a request"),
        ]
        insert_events(session, rows)
    with transaction(engine) as session:
        found = session.exec(select(MessageEvent).order_by(MessageEvent.id)).all()  # type: ignore[arg-type]
    assert [(e.from_state, e.to_state, e.reason) for e in found] == [
        ("received", "parsed", None),
        ("parsed", "ignored", "not a request"),
    ]
    assert all(e.at is not None for e in found)
