"""A seeded store for the compliance pages, shaped so every page has something to show.

People 71-76 each have one case, seeded through the real pipeline. Then:
  * 0 and 1 were closed in 2010 (done, rejected): past any retention, due for disposal;
  * 2 was closed and then erased on request (a tombstone, status "erased");
  * 3 is open and asked for erasure: refused (case still open), so the register has a
    refusal with its reason;
  * 4 and 5 are open (the access-export tests use them);
and a signed audit checkpoint is made last.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from compliance.subject import erase_subject
from intake.context import Context
from intake.search import find_cases
from review.app import create_app
from review.options import WebOptions
from storage.audit import make_checkpoint
from storage.db import transaction
from storage.keyring import FileKeyring
from storage.models import Case
from storage.privacy import Actor
from storage.workflow import CaseEvent, set_status
from tests.review.review_seed import Person, person, seed_store

PEOPLE = [person(n) for n in range(71, 77)]
OFFICER = Actor(name="auditor", role="compliance")
LONG_AGO = datetime(2010, 3, 15, 3, 0, tzinfo=UTC)


@dataclass(frozen=True)
class World:
    ctx: Context
    people: list[Person]
    receipts: list[str]  # receipts[i] is people[i]'s case

    @property
    def keyring(self) -> FileKeyring:
        assert isinstance(self.ctx.keyring, FileKeyring)
        return self.ctx.keyring


def close(ctx: Context, receipt: str, status: str, at: datetime | None = None) -> None:
    with transaction(ctx.engine) as session:
        case = session.exec(select(Case).where(Case.receipt_no == receipt)).one()
        set_status(session, case=case, status=status, actor="boss")
        session.add(case)
    if at is None:
        return
    with transaction(ctx.engine) as session:
        for event in session.exec(select(CaseEvent).where(CaseEvent.case_id == case.id)):
            event.at = at
            session.add(event)


def build_world(ctx: Context) -> World:
    receipts = []
    for p in PEOPLE:
        found = find_cases(ctx, OFFICER, national_id=p.national_id)
        assert len(found) == 1, "every seeded person has exactly one case"
        receipts.append(found[0])
    close(ctx, receipts[0], "done", LONG_AGO)
    close(ctx, receipts[1], "rejected", LONG_AGO)
    close(ctx, receipts[2], "done")
    erased = erase_subject(ctx, OFFICER, national_id=PEOPLE[2].national_id, reason="คำขอที่ 1/2569")
    assert erased.erased == [receipts[2]]
    refused = erase_subject(ctx, OFFICER, national_id=PEOPLE[3].national_id, reason="คำขอที่ 2/2569")
    assert refused.outcome == "refused"
    with transaction(ctx.engine) as session:
        make_checkpoint(session, ctx.keyring)  # type: ignore[arg-type]
    return World(ctx=ctx, people=PEOPLE, receipts=receipts)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(seed_store(tmp_path_factory.mktemp("review-compliance"), PEOPLE))


@pytest.fixture
def client(world: World) -> Iterator[TestClient]:
    ctx = world.ctx
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


def case_status(ctx: Context, receipt: str) -> str:
    with Session(ctx.engine) as session:
        return session.exec(select(Case.status).where(Case.receipt_no == receipt)).one()
