"""Retention per template after closing, legal hold, dry run, crypto-shredding."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from privacy2_helpers import TESTER, case_id, chain_ok, close_case, count, found
from sqlmodel import select
from support.privacy_seed import PEOPLE, MakeStore

from intake.cli import main
from intake.scheduler import RETENTION_JOB, build_scheduler
from storage import retention
from storage.db import transaction
from storage.errors import DecryptError
from storage.models import Case, Message
from storage.privacy import CaseErased, open_case_record, open_message_json, open_message_raw

LONG_AGO = datetime.now(UTC) - timedelta(days=365 * 11)  # past every template's 10 years
LAST_YEAR = datetime.now(UTC) - timedelta(days=365)


def _years(store: object) -> dict[str, int]:
    return {t.name: t.retention_years for t in store.ctx.templates}  # type: ignore[attr-defined]


def test_due_dates_follow_the_template_and_open_cases_are_never_due(
    make_store: MakeStore,
) -> None:
    store = make_store()
    ctx = store.ctx
    receipts = [store.receipts[p.national_id] for p in PEOPLE]
    close_case(ctx, receipts[0], at=LONG_AGO)  # due
    close_case(ctx, receipts[1], at=LAST_YEAR, status="rejected")  # closed, not yet due
    # receipts[2] stays open however old it is
    with transaction(ctx.engine) as session:
        case = session.exec(select(Case).where(Case.receipt_no == receipts[2])).one()
        case.received_at = case.updated_at = LONG_AGO
        due = retention.due_cases(session, _years(store))
        assert retention.closed_at(session, case) is None
    assert [d.receipt_no for d in due] == [receipts[0]]
    (item,) = due
    assert item.template == "complaint"
    assert item.due_at == retention.add_years(item.closed_at, 10)
    assert abs((item.closed_at - LONG_AGO).total_seconds()) < 1
    # A shorter retention for the template makes the rejected case due as well.
    with transaction(ctx.engine) as session:
        shorter = retention.due_cases(session, {"complaint": 1})
    assert {d.receipt_no for d in shorter} == {receipts[0], receipts[1]}


def test_add_years_handles_29_february() -> None:
    leap = datetime(2024, 2, 29, 12, tzinfo=UTC)
    assert retention.add_years(leap, 1) == datetime(2025, 2, 28, 12, tzinfo=UTC)
    assert retention.add_years(leap, 4) == leap.replace(year=2028)


def test_dry_run_lists_and_changes_nothing(
    make_store: MakeStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store(people=PEOPLE[:2])
    ctx = store.ctx
    receipt = store.receipts[PEOPLE[0].national_id]
    close_case(ctx, receipt, at=LONG_AGO)
    tables = ("audit_entries", "data_keys WHERE wrapped IS NOT NULL", "blind_index", "cases")
    before = [count(ctx.engine, f"SELECT count(*) FROM {t}") for t in tables]
    blobs = sorted(ctx.blobs.iter_names())
    capsys.readouterr()
    assert main(["--config", str(store.config), "retention", "run", "--dry-run"]) == 0
    out = capsys.readouterr().out
    closed = LONG_AGO.strftime("%Y-%m-%d")
    due = retention.add_years(LONG_AGO, 10).strftime("%Y-%m-%d")
    assert f"would erase  {receipt}  template=complaint  closed={closed}  due={due}" in out
    assert store.receipts[PEOPLE[1].national_id] not in out
    assert [count(ctx.engine, f"SELECT count(*) FROM {t}") for t in tables] == before
    assert sorted(ctx.blobs.iter_names()) == blobs


def test_run_shreds_due_cases_keeps_held_ones_and_the_chain_verifies(
    make_store: MakeStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store()
    ctx = store.ctx
    gone, held, kept = PEOPLE[0], PEOPLE[1], PEOPLE[2]
    for person in (gone, held):
        close_case(ctx, store.receipts[person.national_id], at=LONG_AGO)
    config = ["--config", str(store.config)]
    assert (
        main(
            [
                *config,
                "hold",
                "add",
                store.receipts[held.national_id],
                "--reason",
                "คดีปกครอง 12/2568",
            ]
        )
        == 0
    )
    assert main([*config, "hold", "list"]) == 0
    assert store.receipts[held.national_id] in capsys.readouterr().out
    gone_id = case_id(ctx, store.receipts[gone.national_id])
    with transaction(ctx.engine) as session:
        blob_names = [
            m.blob_name for m in session.exec(select(Message).where(Message.case_id == gone_id))
        ]
        message_ids = [
            m.id for m in session.exec(select(Message).where(Message.case_id == gone_id))
        ]
    assert blob_names and all(blob_names)

    assert main([*config, "retention", "run"]) == 0
    out = capsys.readouterr().out
    assert f"erased  {store.receipts[gone.national_id]}" in out
    assert f"kept (legal hold)  {store.receipts[held.national_id]}" in out

    _assert_shredded(store, gone_id, message_ids, blob_names)
    assert found(ctx, gone.national_id) == []
    assert found(ctx, held.national_id) == [store.receipts[held.national_id]]
    assert found(ctx, kept.national_id) == [store.receipts[kept.national_id]]
    assert (
        count(
            ctx.engine,
            "SELECT count(*) FROM audit_entries WHERE action = 'case.erase' AND case_id = :c",
            c=gone_id,
        )
        == 1
    )
    assert chain_ok(ctx)
    assert main([*config, "audit", "verify"]) == 0

    # Lifting the hold lets the next run dispose of the held case too.
    assert (
        main([*config, "hold", "lift", store.receipts[held.national_id], "--reason", "คดีถึงที่สุด"])
        == 0
    )
    assert main([*config, "retention", "run"]) == 0
    assert found(ctx, held.national_id) == []
    assert chain_ok(ctx)


def _assert_shredded(
    store: object, cid: int, message_ids: list[int | None], blobs: list[str | None]
) -> None:
    ctx = store.ctx  # type: ignore[attr-defined]
    with transaction(ctx.engine) as session:
        case = session.get(Case, cid)
        assert case is not None
        assert case.status == retention.ERASED and case.masked_json == "{}"
        assert case.fields_enc is None and case.receipt_no
        with pytest.raises(CaseErased):
            open_case_record(session, ctx.keyring, actor=TESTER, purpose="test", case_id=cid)
        for mid in message_ids:
            assert mid is not None
            with pytest.raises(CaseErased):
                open_message_json(
                    session,
                    ctx.keyring,
                    actor=TESTER,
                    purpose="t",
                    message_id=mid,
                    column="headers_enc",
                )
    assert count(ctx.engine, "SELECT count(*) FROM blind_index WHERE case_id = :c", c=cid) == 0
    assert (
        count(
            ctx.engine,
            "SELECT count(*) FROM data_keys WHERE id IN "
            "(SELECT data_key_id FROM messages WHERE case_id = :c) "
            "AND (wrapped IS NOT NULL OR destroyed_at IS NULL)",
            c=cid,
        )
        == 0
    )
    for name in blobs:
        assert name is not None and not ctx.blobs.exists(name)


def test_a_stolen_ciphertext_cannot_be_opened_after_shredding(make_store: MakeStore) -> None:
    """Even with the old ciphertext kept aside (a backup), the destroyed key opens nothing."""
    store = make_store(people=PEOPLE[:1])
    ctx = store.ctx
    receipt = store.receipts[PEOPLE[0].national_id]
    cid = case_id(ctx, receipt)
    with transaction(ctx.engine) as session:
        case = session.get(Case, cid)
        assert case is not None
        saved_token, message_id = case.fields_enc, case.message_id
    close_case(ctx, receipt, at=LONG_AGO)
    retention.run_retention(ctx.engine, ctx.blobs, _years(store), actor=TESTER, dry_run=False)
    with transaction(ctx.engine) as session:
        case = session.get(Case, cid)
        assert case is not None
        case.fields_enc = saved_token  # put the backup back
        session.add(case)
    with transaction(ctx.engine) as session, pytest.raises(CaseErased):
        open_case_record(session, ctx.keyring, actor=TESTER, purpose="test", case_id=cid)
    with transaction(ctx.engine) as session, pytest.raises((CaseErased, DecryptError)):
        open_message_raw(
            session, ctx.keyring, ctx.blobs, actor=TESTER, purpose="t", message_id=message_id
        )


def test_holds_need_a_case_and_a_reason(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    receipt = store.receipts[PEOPLE[0].national_id]
    with transaction(store.ctx.engine) as session, pytest.raises(retention.RetentionError):
        retention.place_hold(session, receipt_no=receipt, reason=" ", actor=TESTER)
    with (
        transaction(store.ctx.engine) as session,
        pytest.raises(retention.RetentionError, match="no case"),
    ):
        retention.place_hold(session, receipt_no="nope", reason="x", actor=TESTER)
    with transaction(store.ctx.engine) as session:
        retention.place_hold(session, receipt_no=receipt, reason="audit", actor=TESTER)
    with (
        transaction(store.ctx.engine) as session,
        pytest.raises(retention.RetentionError, match="already"),
    ):
        retention.place_hold(session, receipt_no=receipt, reason="again", actor=TESTER)
    with (
        transaction(store.ctx.engine) as session,
        pytest.raises(retention.RetentionError, match="legal hold"),
    ):
        retention.erase_case(
            session, case_id=case_id(store.ctx, receipt), actor=TESTER, purpose="x"
        )


def test_the_worker_runs_retention_daily(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    scheduler = build_scheduler(store.ctx, threading.Event())
    job = scheduler.get_job(RETENTION_JOB)
    assert job is not None and job.trigger.interval == timedelta(days=1)
