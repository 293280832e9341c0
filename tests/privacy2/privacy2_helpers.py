"""Small helpers shared by the privacy2 tests: closing cases, counting, opening data."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import select

from intake.context import Context
from intake.search import find_cases
from storage.audit import verify_chain
from storage.db import transaction
from storage.models import Case, Message
from storage.privacy import Actor, open_case_record, open_message_raw
from storage.workflow import CaseEvent, set_status

TESTER = Actor(name="tester", role="admin")


def count(engine: Engine, sql: str, **params: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def case_id(ctx: Context, receipt: str) -> int:
    with transaction(ctx.engine) as session:
        found = session.exec(select(Case.id).where(Case.receipt_no == receipt)).first()
    assert found is not None
    return found


def close_case(
    ctx: Context, receipt: str, *, status: str = "done", at: datetime | None = None
) -> None:
    """Close a case the way the review app does; back-date the status event when asked."""
    with transaction(ctx.engine) as session:
        case = session.exec(select(Case).where(Case.receipt_no == receipt)).one()
        set_status(session, case=case, status=status, actor="clerk")
        session.flush()
        if at is not None:
            event = session.exec(
                select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id.desc())  # type: ignore[union-attr]
            ).first()
            assert event is not None
            event.at = at
            session.add(event)


def open_everything(ctx: Context) -> tuple[int, int]:
    """Decrypt every case record and every stored raw mail; -> (cases, mails)."""
    cases = mails = 0
    with transaction(ctx.engine) as session:
        for case in session.exec(select(Case).where(Case.status != "erased")):
            assert case.id is not None
            open_case_record(session, ctx.keyring, actor=TESTER, purpose="test", case_id=case.id)
            cases += 1
        for message in session.exec(select(Message).where(Message.blob_name != None)):  # noqa: E711
            assert message.id is not None
            open_message_raw(
                session, ctx.keyring, ctx.blobs, actor=TESTER, purpose="test", message_id=message.id
            )
            mails += 1
    return cases, mails


def chain_ok(ctx: Context) -> bool:
    with transaction(ctx.engine) as session:
        verdict = verify_chain(session, keyring=ctx.keyring)  # type: ignore[arg-type]
    return verdict.ok


def found(ctx: Context, national_id: str) -> list[str]:
    return find_cases(ctx, TESTER, national_id=national_id)
