"""The door: purpose required, audit row in the same transaction, no personal data in it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session
from support.privacy_seed import PEOPLE, TESTER, MakeStore, Store

from intake.cli import main
from intake.search import find_cases
from storage.db import transaction
from storage.models import Case
from storage.privacy import CaseErased, PurposeRequired, open_case_record, open_message_json

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def audit_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM audit_entries")).scalar_one())


def first_case(store: Store) -> int:
    with store.ctx.engine.connect() as conn:
        return int(conn.execute(text("SELECT min(id) FROM cases")).scalar_one())


@pytest.mark.parametrize("purpose", ["", "   "])
def test_a_purpose_is_required(make_store: MakeStore, purpose: str) -> None:
    store = make_store(people=PEOPLE[:1])
    before = audit_count(store.ctx.engine)
    with transaction(store.ctx.engine) as session, pytest.raises(PurposeRequired):
        open_case_record(
            session, store.ctx.keyring, actor=TESTER, purpose=purpose, case_id=first_case(store)
        )
    assert audit_count(store.ctx.engine) == before


def test_the_audit_row_commits_and_rolls_back_with_the_work(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    ctx, case_id = store.ctx, first_case(store)
    before = audit_count(ctx.engine)
    with Session(ctx.engine) as session:
        record = open_case_record(session, ctx.keyring, actor=TESTER, purpose="x", case_id=case_id)
        assert record["fields"]["national_id"] == PEOPLE[0].national_id
        session.rollback()
    assert audit_count(ctx.engine) == before
    with transaction(ctx.engine) as session:
        open_case_record(session, ctx.keyring, actor=TESTER, purpose="check", case_id=case_id)
    with ctx.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT actor, actor_role, action, case_id, purpose, outcome FROM audit_entries"
                " ORDER BY id DESC LIMIT 1"
            )
        ).one()
    assert tuple(row) == ("tester", "admin", "case.decrypt", case_id, "check", "ok")


def _refuse_audit_inserts(engine: Engine) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(
                text(
                    "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN RAISE EXCEPTION 'audit insert refused'; END $$"
                )
            )
            conn.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON audit_entries "
                    "FOR EACH ROW EXECUTE FUNCTION refuse()"
                )
            )
        else:
            conn.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON audit_entries "
                    "BEGIN SELECT RAISE(ABORT, 'audit insert refused'); END"
                )
            )


def test_a_failing_audit_insert_fails_the_whole_transaction(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    ctx, case_id = store.ctx, first_case(store)
    _refuse_audit_inserts(ctx.engine)
    handed_out = None
    refused = pytest.raises(DBAPIError, match="audit insert refused")
    with refused, transaction(ctx.engine) as session:
        case = session.get(Case, case_id)
        assert case is not None
        case.status = "closed"  # other work in the same transaction
        handed_out = open_case_record(
            session, ctx.keyring, actor=TESTER, purpose="x", case_id=case_id
        )
    assert handed_out is None  # no plaintext left the door
    with transaction(ctx.engine) as session:
        case = session.get(Case, case_id)
        assert case is not None and case.status != "closed"


def test_an_erased_case_cannot_be_opened(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    ctx, case_id = store.ctx, first_case(store)
    with ctx.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE data_keys SET wrapped = NULL WHERE id = "
                "(SELECT data_key_id FROM cases WHERE id = :c)"
            ),
            {"c": case_id},
        )
    with transaction(ctx.engine) as session, pytest.raises(CaseErased):
        open_case_record(session, ctx.keyring, actor=TESTER, purpose="x", case_id=case_id)
    with transaction(ctx.engine) as session, pytest.raises(CaseErased):
        message_id = session.get(Case, case_id).message_id  # type: ignore[union-attr]
        open_message_json(
            session,
            ctx.keyring,
            actor=TESTER,
            purpose="x",
            message_id=message_id,
            column="headers_enc",
        )


def test_the_pipeline_and_export_are_audited(
    make_store: MakeStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store(people=PEOPLE[:1])
    with store.ctx.engine.connect() as conn:
        pipeline = {
            tuple(r)
            for r in conn.execute(text("SELECT actor, action, purpose FROM audit_entries")).all()
        }
    assert ("intake", "message.raw", "pipeline:parse") in pipeline
    assert ("intake", "case.create", "pipeline:open_case") in pipeline
    reason = "เจ้าของข้อมูลขอสำเนา"
    code = main(["--config", str(store.config), "cases", "export", "--reveal", "--reason", reason])
    assert code == 0
    with store.ctx.engine.connect() as conn:
        revealed = conn.execute(
            text("SELECT actor_role, purpose FROM audit_entries WHERE action = 'case.reveal'")
        ).all()
    assert [tuple(r) for r in revealed] == [("admin", reason)]


def spellings(value: str) -> list[bytes]:
    """Every encoding the app could have written a value in."""
    forms = {value, value.translate(THAI_DIGITS), value.upper(), value.lower()}
    out: list[bytes] = []
    for form in forms:
        out += [form.encode("utf-8"), form.encode("utf-16-le"), form.encode("utf-16-be")]
        out.append(json.dumps(form).encode("ascii"))  # \\u escapes
    return out


def test_no_personal_data_in_audit_or_index_rows(
    make_store: MakeStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store()
    for person in PEOPLE:
        find_cases(store.ctx, TESTER, national_id=person.national_id, email=person.email)
    assert (
        main(["--config", str(store.config), "cases", "export", "--reveal", "--reason", "t"]) == 0
    )
    dump = b""
    with store.ctx.engine.connect() as conn:
        for table in ("audit_entries", "audit_checkpoints", "blind_index"):
            for row in conn.execute(text(f"SELECT * FROM {table}")).all():
                dump += repr(tuple(row)).encode("utf-8") + b"\n"
                dump += "|".join(str(v) for v in row).encode("utf-8") + b"\n"
    assert dump.count(b"\n") > 20  # the tables really hold rows
    for person in PEOPLE:
        national = person.phone[1:]
        for value in (
            person.name,
            person.national_id,
            person.phone,
            f"+66{national}",
            person.email,
            person.address,
            person.name.split()[0],
        ):
            for spelled in spellings(value):
                assert spelled not in dump, "personal data found in the audit or index tables"
