"""storage.db.new_row builds the object the constructor would, without its cost."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import inspect

from storage.db import assign, new_row
from storage.models import Case
from storage.outbox import OutboxRow

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _fields(row: Case | OutboxRow) -> dict[str, object]:
    return {k: v for k, v in row.model_dump().items() if k not in ("created_at", "updated_at")}


def test_a_new_row_has_the_constructors_values_and_defaults() -> None:
    given = {"id": 7, "receipt_no": "REQ-2569-000007", "message_id": 3, "received_at": NOW}
    built, made = Case(**given), new_row(Case, **given)
    assert _fields(made) == _fields(built)
    assert made.created_at is not None and made.created_at.tzinfo is not None  # its factory
    assert made.__pydantic_fields_set__ == built.__pydantic_fields_set__
    outbox = {"id": 9, "kind": "mail", "purpose": "ack", "message_id": "<9@t>"}
    assert _fields(new_row(OutboxRow, **outbox)) == _fields(OutboxRow(**outbox))


def test_a_new_row_tracks_later_assignments_and_is_in_no_session() -> None:
    made = new_row(Case, id=7, receipt_no="REQ-2569-000007", message_id=3, received_at=NOW)
    made.binding = "bound"
    state = inspect(made)
    assert state.transient
    assert state.attrs.binding.history.added == ["bound"]
    assert new_row(Case, id=8, receipt_no="x", message_id=4, received_at=NOW).binding is None


def test_assign_is_an_assignment_as_sqlmodel_makes_it() -> None:
    given = {"id": 7, "receipt_no": "REQ-2569-000007", "message_id": 3, "received_at": NOW}
    by_setattr, by_assign = Case(**given), Case(**given)
    by_setattr.template = "general"
    assign(by_assign, "template", "general")
    assert _fields(by_assign) == _fields(by_setattr)
    assert by_assign.__pydantic_fields_set__ == by_setattr.__pydantic_fields_set__
    history = inspect(by_assign).attrs.template.history
    assert history == inspect(by_setattr).attrs.template.history
    assert history.added == ["general"]  # tracked: the next flush writes it


def test_row_values_are_what_insert_row_writes_of_a_new_row() -> None:
    from storage.db import _column_names, _values_of, row_values

    outbox = {"id": 9, "kind": "mail", "purpose": "ack", "message_id": "<9@t>"}
    table = OutboxRow.__table__  # type: ignore[attr-defined]
    written = _values_of(new_row(OutboxRow, **outbox), _column_names(table))
    values = row_values(OutboxRow, **outbox)
    assert list(values) == [c.name for c in table.columns]  # every column, in order
    assert values["created_at"] is not None and values["created_at"].tzinfo is not None
    assert {k: v for k, v in values.items() if k != "created_at"} == {
        k: v for k, v in written.items() if k != "created_at"
    }
