"""Case work: status, assignment and the history of both. No personal data here.

The status lives on `cases.status` (the worker opens every case as "new"); who works a
case lives in `case_work`, keyed by case id, so the intake tables stay as they are.
Every change writes a `CaseEvent` (who, when, what, old -> new). Field corrections and
internal notes hold personal data, so they live in the case's sealed record instead
(see review.workflow); their events name only the field key.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Field, Session, SQLModel, col, select

from storage.errors import StorageError
from storage.models import Case, utcnow


class CaseStatus:
    NEW = "new"
    IN_REVIEW = "in_review"
    WAITING = "waiting"  # waiting for the citizen
    DONE = "done"
    REJECTED = "rejected"
    FORWARDED = "forwarded"

    ALL = (NEW, IN_REVIEW, WAITING, DONE, REJECTED, FORWARDED)
    OPEN = (NEW, IN_REVIEW, WAITING)
    CLOSED = (DONE, REJECTED, FORWARDED)


class EventKind:
    STATUS = "status"
    ASSIGN = "assign"
    CORRECT = "correct"
    NOTE = "note"


class WorkflowError(StorageError):
    """A change that is not allowed (unknown status, unknown user); safe to show."""


class AssignmentChanged(WorkflowError):
    """The case's assignee changed since the caller looked; nothing was written."""


class CaseWork(SQLModel, table=True):
    """Who works a case. One row per case, created on first assignment."""

    __tablename__ = "case_work"

    case_id: int = Field(foreign_key="cases.id", primary_key=True)
    assignee_id: int | None = Field(default=None, foreign_key="users.id", index=True)
    assigned_at: datetime | None = None
    updated_at: datetime = Field(default_factory=utcnow)


class CaseEvent(SQLModel, table=True):
    __tablename__ = "case_events"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    at: datetime = Field(default_factory=utcnow)
    actor: str = Field(max_length=40)
    kind: str = Field(max_length=20)
    old: str | None = Field(default=None, max_length=80)  # a status, a user name, a field key
    new: str | None = Field(default=None, max_length=80)


# The queue filters by status and sorts by age, flags or template within it.
Index("ix_cases_status_received_at", Case.status, Case.received_at)  # type: ignore[arg-type]
Index("ix_cases_flag_count", Case.flag_count)  # type: ignore[arg-type]


def record_event(
    session: Session,
    *,
    case_id: int,
    actor: str,
    kind: str,
    old: str | None = None,
    new: str | None = None,
) -> CaseEvent:
    event = CaseEvent(case_id=case_id, actor=actor, kind=kind, old=old, new=new)
    session.add(event)
    return event


def set_status(session: Session, *, case: Case, status: str, actor: str) -> bool:
    """Move a case to `status`; False when it already was there."""
    if status not in CaseStatus.ALL:
        raise WorkflowError(f"unknown status {status!r}")
    if case.status == status:
        return False
    assert case.id is not None
    record_event(
        session, case_id=case.id, actor=actor, kind=EventKind.STATUS, old=case.status, new=status
    )
    case.status = status
    case.updated_at = utcnow()
    return True


def assignee_id(session: Session, *, case_id: int) -> int | None:
    work = session.get(CaseWork, case_id)
    return work.assignee_id if work else None


def assign(
    session: Session,
    *,
    case_id: int,
    user_id: int | None,
    expected: int | None,
    actor: str,
    old_name: str | None,
    new_name: str | None,
) -> bool:
    """Give a case to a user (None: to nobody), from `expected`, who the caller saw had
    it; False when nothing changed. Raises AssignmentChanged when someone else changed
    it meanwhile.

    One conditional write, not a read then a write: clerks who take the same case at
    once each pass a check of who has it, and with a plain write each got it in turn,
    the last one keeping it (the others had it taken by a colleague)."""
    if expected == user_id:
        return False
    now = utcnow()
    _work_row(session, case_id, now)
    still = (
        col(CaseWork.assignee_id).is_(None)
        if expected is None
        else col(CaseWork.assignee_id) == expected
    )
    changed = session.execute(
        update(CaseWork)
        .where(col(CaseWork.case_id) == case_id, still)
        .values(
            assignee_id=user_id,
            assigned_at=now if user_id is not None else None,
            updated_at=now,
        )
        .execution_options(synchronize_session="fetch")
    )
    if not changed.rowcount:  # type: ignore[attr-defined]
        raise AssignmentChanged(f"case {case_id} was assigned by someone else meanwhile")
    record_event(
        session, case_id=case_id, actor=actor, kind=EventKind.ASSIGN, old=old_name, new=new_name
    )
    return True


def _work_row(session: Session, case_id: int, now: datetime) -> None:
    """The case's work row, created if missing; a row another transaction is creating
    at the same moment is waited for, not duplicated (which failed one of them)."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(CaseWork).values(case_id=case_id, updated_at=now).on_conflict_do_nothing()
    )


def case_events(session: Session, *, case_id: int) -> list[CaseEvent]:
    query = (
        select(CaseEvent)
        .where(CaseEvent.case_id == case_id)
        .order_by(col(CaseEvent.at).desc(), col(CaseEvent.id).desc())
    )
    return list(session.execute(query).scalars())
