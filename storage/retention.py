"""Retention, legal hold and crypto-shredding: how a case's personal data ends.

A case is due for disposal `retention_years` (its form template's) after it was
closed: the time of the last status change into done, rejected or forwarded
(storage.workflow's history), or the case's last update when no such event exists.
A case that is not closed is never due; a case under an active legal hold is never
disposed of, whatever its dates.

Disposal is crypto-shredding (`erase_case`): the data keys of the case and of every
message that belongs to it (the request, replies, duplicates) are destroyed
(`wrapped` = NULL, `destroyed_at` set), its blind-index rows removed, its encrypted
columns nulled and its blob files deleted. The case row stays as a tombstone (status
"erased", receipt number and issue codes kept, masked_json "{}"), and the audit
entry "case.erase" records who, why and what went; the audit chain is untouched.
Files are deleted only after the transaction commits (`settle_erasures`): a failed
commit must not leave a case whose keys survive but whose files are gone, while a
file left behind after a commit is ciphertext whose key no longer exists.

Gone from the files too: `settle_erasures` then scrubs the store (storage.db `scrub`:
the SQLite WAL checkpointed and emptied, with secure_delete on every connection; on
PostgreSQL the key table rewritten). And gone from backups: each erasure is written,
before its commit, to the signed erasure list (storage.erasure_ledger), which
`reapply_ledger` applies again whenever an older copy of the store is opened.
"""

from __future__ import annotations

import calendar
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pydantic import BaseModel
from sqlalchemy.engine import Engine
from sqlmodel import Field, Session, SQLModel, col, or_, select

from storage import blind_index
from storage.audit import DEFAULT_CHECKPOINT_EVERY, append_audit
from storage.blobs import BlobStore
from storage.db import scrub, transaction
from storage.erasure_ledger import ErasureLedger, LedgerEntry
from storage.errors import StorageError
from storage.models import Case, DataKeyRecord, Message, utcnow
from storage.privacy import Actor
from storage.workflow import CaseEvent, CaseStatus, EventKind, record_event

log = logging.getLogger("storage.retention")
ERASED = "erased"
DEFAULT_RETENTION_YEARS = 10  # FormTemplate's default, for a case whose template is unknown


class RetentionError(StorageError):
    """A hold or disposal request that cannot be carried out; safe to show."""


class LegalHold(SQLModel, table=True):
    """A case that must not be disposed of (litigation, an inquiry, an audit)."""

    __tablename__ = "legal_holds"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    reason: str = Field(max_length=300)
    placed_by: str = Field(max_length=100)
    placed_at: datetime = Field(default_factory=utcnow)
    lifted_at: datetime | None = None
    lifted_by: str | None = Field(default=None, max_length=100)
    lift_reason: str | None = Field(default=None, max_length=300)


class DueCase(BaseModel):
    """A closed case and when it falls due; `held` when a legal hold keeps it."""

    case_id: int
    receipt_no: str
    template: str | None
    status: str
    closed_at: datetime
    due_at: datetime
    held: bool


@dataclass
class Erasure:
    """What one erasure destroyed; `blob_names` are deleted after the commit."""

    case_id: int
    receipt_no: str
    data_keys: int = 0
    messages: int = 0
    blob_names: list[str] = field(default_factory=list)
    key_ids: list[int] = field(default_factory=list)
    erased_at: datetime = field(default_factory=utcnow)
    case_created_at: datetime = field(default_factory=utcnow)

    def ledger_entry(self) -> LedgerEntry:
        return LedgerEntry(
            case_id=self.case_id,
            receipt_no=self.receipt_no,
            case_created_at=self.case_created_at,
            data_key_ids=self.key_ids,
            erased_at=self.erased_at,
        )


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything is stored in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def add_years(moment: datetime, years: int) -> datetime:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    year = moment.year + years
    day = min(moment.day, calendar.monthrange(year, moment.month)[1])
    return moment.replace(year=year, day=day)


# -- closing dates and due dates ----------------------------------------------------------


def closed_at(session: Session, case: Case) -> datetime | None:
    """When the case was closed, or None while it is open (or already erased)."""
    if case.status not in CaseStatus.CLOSED:
        return None
    query = (
        select(CaseEvent.at)
        .where(
            CaseEvent.case_id == case.id,
            CaseEvent.kind == EventKind.STATUS,
            col(CaseEvent.new).in_(CaseStatus.CLOSED),
        )
        .order_by(col(CaseEvent.at).desc(), col(CaseEvent.id).desc())
        .limit(1)
    )
    found = session.exec(query).first()
    return aware(found if found is not None else case.updated_at)


def retention_years(template: str | None, years_by_template: Mapping[str, int]) -> int:
    return years_by_template.get(template or "", DEFAULT_RETENTION_YEARS)


def held_case_ids(session: Session, case_ids: Iterable[int] | None = None) -> set[int]:
    query = select(LegalHold.case_id).where(col(LegalHold.lifted_at).is_(None))
    if case_ids is not None:
        query = query.where(col(LegalHold.case_id).in_(list(case_ids)))
    return set(session.exec(query))


def due_cases(
    session: Session, years_by_template: Mapping[str, int], *, now: datetime | None = None
) -> list[DueCase]:
    """Closed cases whose retention has run out by `now`, held ones included (marked)."""
    now = now or utcnow()
    query = select(Case).where(col(Case.status).in_(CaseStatus.CLOSED)).order_by(col(Case.id))
    cases = list(session.exec(query))
    held = held_case_ids(session, [c.id for c in cases if c.id is not None])
    due: list[DueCase] = []
    for case in cases:
        closed = closed_at(session, case)
        assert closed is not None and case.id is not None
        due_at = add_years(closed, retention_years(case.template, years_by_template))
        if due_at <= now:
            due.append(
                DueCase(
                    case_id=case.id,
                    receipt_no=case.receipt_no,
                    template=case.template,
                    status=case.status,
                    closed_at=closed,
                    due_at=due_at,
                    held=case.id in held,
                )
            )
    return due


# -- legal holds ------------------------------------------------------------------------


def _case_by_receipt(session: Session, receipt_no: str) -> Case:
    case = session.exec(select(Case).where(Case.receipt_no == receipt_no)).first()
    if case is None:
        raise RetentionError(f"no case with receipt number {receipt_no}")
    return case


def _need_reason(reason: str) -> str:
    if not reason or not reason.strip():
        raise RetentionError("a reason is required")
    return reason.strip()[:300]


def place_hold(session: Session, *, receipt_no: str, reason: str, actor: Actor) -> LegalHold:
    """Put a case on legal hold; audited as "hold.add"."""
    why = _need_reason(reason)
    case = _case_by_receipt(session, receipt_no)
    if case.status == ERASED:
        raise RetentionError(f"case {receipt_no} was already erased; nothing is left to hold")
    assert case.id is not None
    if held_case_ids(session, [case.id]):
        raise RetentionError(f"case {receipt_no} is already on legal hold")
    hold = LegalHold(case_id=case.id, reason=why, placed_by=actor.name)
    session.add(hold)
    append_audit(session, actor=actor, action="hold.add", case_id=case.id, purpose=why)
    return hold


def lift_hold(session: Session, *, receipt_no: str, reason: str, actor: Actor) -> LegalHold:
    """End a case's active legal hold; audited as "hold.lift"."""
    why = _need_reason(reason)
    case = _case_by_receipt(session, receipt_no)
    query = select(LegalHold).where(
        LegalHold.case_id == case.id, col(LegalHold.lifted_at).is_(None)
    )
    hold = session.exec(query).first()
    if hold is None:
        raise RetentionError(f"case {receipt_no} is not on legal hold")
    hold.lifted_at, hold.lifted_by, hold.lift_reason = utcnow(), actor.name, why
    session.add(hold)
    append_audit(session, actor=actor, action="hold.lift", case_id=case.id, purpose=why)
    return hold


def list_holds(session: Session, *, include_lifted: bool = False) -> list[tuple[LegalHold, str]]:
    """(hold, receipt number), newest first."""
    query = select(LegalHold, Case.receipt_no).join(Case, col(Case.id) == LegalHold.case_id)
    if not include_lifted:
        query = query.where(col(LegalHold.lifted_at).is_(None))
    query = query.order_by(col(LegalHold.placed_at).desc())
    return [(hold, receipt) for hold, receipt in session.exec(query)]


# -- crypto-shredding -------------------------------------------------------------------


def case_messages(session: Session, case: Case) -> list[Message]:
    """The request, its replies, and duplicates of either: all carry the person's data."""
    direct = list(
        session.exec(
            select(Message).where(
                or_(col(Message.id) == case.message_id, col(Message.case_id) == case.id)
            )
        )
    )
    ids = [m.id for m in direct if m.id is not None]
    dupes = session.exec(select(Message).where(col(Message.duplicate_of_id).in_(ids)))
    seen = {m.id for m in direct}
    return direct + [m for m in dupes if m.id not in seen]


def _destroy_key(session: Session, key_id: int | None, now: datetime) -> int:
    record = session.get(DataKeyRecord, key_id) if key_id is not None else None
    if record is None or record.wrapped is None:
        return 0
    record.wrapped, record.destroyed_at = None, now
    session.add(record)
    return 1


def erase_case(
    session: Session,
    *,
    case_id: int,
    actor: Actor,
    purpose: str,
    details: Mapping[str, object] | None = None,
    keyring: object | None = None,
    checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY,
    ledger: ErasureLedger | None = None,
    despite_hold: bool = False,
) -> Erasure:
    """Crypto-shred one case in the caller's transaction; audited as "case.erase".

    Refuses a case on legal hold (unless `despite_hold`: re-applying an erasure that
    already happened). Records it in `ledger` before the caller commits; the caller
    then calls `settle_erasures` after the commit.
    """
    case = session.get(Case, case_id)
    if case is None:
        raise RetentionError(f"no case with id {case_id}")
    if not despite_hold and held_case_ids(session, [case_id]):
        raise RetentionError(f"case {case.receipt_no} is on legal hold and cannot be erased")
    now = utcnow()
    erasure = Erasure(
        case_id=case_id,
        receipt_no=case.receipt_no,
        erased_at=now,
        case_created_at=aware(case.created_at),
    )
    key_ids = {case.data_key_id}
    for message in case_messages(session, case):
        key_ids.add(message.data_key_id)
        if message.blob_name:
            erasure.blob_names.append(message.blob_name)
        message.blob_name = message.headers_enc = message.extraction_enc = None
        message.request_hmac = None  # nothing left to link a later copy to
        message.sender_hmac = None  # nor the writer's mailbox to a later mail
        message.updated_at = now
        session.add(message)
        erasure.messages += 1
    erasure.key_ids = sorted(k for k in key_ids if k is not None)
    erasure.data_keys = sum(_destroy_key(session, k, now) for k in key_ids)
    blind_index.remove_case(session, case_id)
    _drop_outgoing_mail(session, case_id)
    previous = case.status
    case.fields_enc, case.masked_json, case.status, case.updated_at = None, "{}", ERASED, now
    session.add(case)
    record_event(
        session,
        case_id=case_id,
        actor=actor.name[:40],
        kind=EventKind.STATUS,
        old=previous,
        new=ERASED,
    )
    append_audit(
        session,
        actor=actor,
        action="case.erase",
        case_id=case_id,
        message_id=case.message_id,
        purpose=purpose,
        details={
            "receipt_no": case.receipt_no,
            "template": case.template,
            "previous_status": previous,
            "data_keys_destroyed": erasure.data_keys,
            "messages": erasure.messages,
            "files": len(erasure.blob_names),
            **(details or {}),
        },
        keyring=keyring,
        checkpoint_every=checkpoint_every,
    )
    session.flush()
    if ledger is not None:
        ledger.record([erasure.ledger_entry()])
    return erasure


def _drop_outgoing_mail(session: Session, case_id: int) -> None:
    """The case's outgoing mail (acknowledgement, replies) goes too: its ciphertext is
    nulled (its key is already destroyed), and anything unsent will never be sent."""
    from storage.outbox import OutboxRow, OutboxState

    for row in session.execute(select(OutboxRow).where(OutboxRow.case_id == case_id)).scalars():
        row.payload_enc = None
        if row.state == OutboxState.PENDING:
            row.state, row.next_attempt_at = OutboxState.FAILED, None
            row.last_error = "case erased: its mail can no longer be sent"
        session.add(row)


def delete_files(blobs: BlobStore, erasures: Sequence[Erasure]) -> int:
    """Delete the erased cases' blob files (after the commit); returns how many."""
    count = 0
    for erasure in erasures:
        for name in erasure.blob_names:
            blobs.delete(name)
            count += 1
    return count


def settle_erasures(engine: Engine, blobs: BlobStore, erasures: Sequence[Erasure]) -> int:
    """After the erasures committed: delete their files and scrub the store's files of
    the old bytes (storage.db `scrub`); returns how many files went."""
    count = delete_files(blobs, erasures)
    if erasures:
        for problem in scrub(engine):
            log.warning(
                "erased data may remain in the database files",
                extra={"event": "scrub_incomplete", "problem": problem},
            )
    return count


# -- the erasure list, re-applied to an older store --------------------------------------


def reapply_ledger(
    engine: Engine, blobs: BlobStore, ledger: ErasureLedger, *, actor: Actor
) -> list[str]:
    """Erase again whatever the erasure list names but the store still holds (a restored
    backup); audited as "erasure.reapply". Returns the receipt numbers erased again."""
    entries = ledger.entries()
    if not entries:
        return []
    with transaction(engine) as session:
        erasures = _reapply(session, entries, actor)
        if not erasures:
            return []
        append_audit(
            session,
            actor=actor,
            action="erasure.reapply",
            purpose=REAPPLY_PURPOSE,
            details={
                "receipts": [e.receipt_no for e in erasures],
                "cases": [e.case_id for e in erasures],
                "data_keys_destroyed": sum(e.data_keys for e in erasures),
            },
        )
    settle_erasures(engine, blobs, erasures)
    log.warning(
        "erasures re-applied to an older store",
        extra={"event": "erasure_reapplied", "count": len(erasures)},
    )
    return [e.receipt_no for e in erasures]


REAPPLY_PURPOSE = "erasure re-applied: the store is older than the erasure list"


def _reapply(session: Session, entries: Sequence[LedgerEntry], actor: Actor) -> list[Erasure]:
    erasures: list[Erasure] = []
    for entry in entries:
        case = session.get(Case, entry.case_id)
        if case is None or case.status == ERASED or not _same_case(case, entry):
            continue
        erasures.append(
            erase_case(
                session,
                case_id=entry.case_id,
                actor=actor,
                purpose=REAPPLY_PURPOSE,
                details={"reapplied": True},
                despite_hold=True,
            )
        )
    return erasures


def _same_case(case: Case, entry: LedgerEntry) -> bool:
    return case.receipt_no == entry.receipt_no and aware(case.created_at) == aware(
        entry.case_created_at
    )


# -- the disposal run -------------------------------------------------------------------


class RetentionRun(BaseModel):
    """What a run disposed of (or, dry, would), and what legal holds kept."""

    dry_run: bool
    disposed: list[DueCase]
    held: list[DueCase]
    files_deleted: int = 0


def run_retention(
    engine: Engine,
    blobs: BlobStore,
    years_by_template: Mapping[str, int],
    *,
    actor: Actor,
    dry_run: bool,
    now: datetime | None = None,
    keyring: object | None = None,
    checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY,
    ledger: ErasureLedger | None = None,
) -> RetentionRun:
    """Crypto-shred every due case not on hold, one transaction per case; a dry run
    only reports (and writes nothing, not even an audit entry)."""
    with transaction(engine) as session:
        due = due_cases(session, years_by_template, now=now)
    run = RetentionRun(
        dry_run=dry_run,
        disposed=[d for d in due if not d.held],
        held=[d for d in due if d.held],
    )
    if dry_run:
        return run
    erasures: list[Erasure] = []
    try:
        for item in list(run.disposed):
            try:
                erasures.append(_erase_due(engine, item, actor, keyring, checkpoint_every, ledger))
            except RetentionError:  # put on hold since the list was made: keep it
                run.disposed.remove(item)
                run.held.append(item.model_copy(update={"held": True}))
    finally:  # what committed is settled (files, scrub) even if a later case failed
        run.files_deleted = settle_erasures(engine, blobs, erasures)
    return run


def _erase_due(
    engine: Engine,
    item: DueCase,
    actor: Actor,
    keyring: object | None,
    checkpoint_every: int,
    ledger: ErasureLedger | None,
) -> Erasure:
    with transaction(engine) as session:
        return erase_case(
            session,
            case_id=item.case_id,
            actor=actor,
            purpose="retention period ended",
            details={
                "closed_at": item.closed_at.isoformat(),
                "due_at": item.due_at.isoformat(),
            },
            keyring=keyring,
            checkpoint_every=checkpoint_every,
            ledger=ledger,
        )
