"""The audit witness: signed checkpoints outside the store, each naming the previous one,
so someone who can write to the database cannot cut the audit trail back unnoticed."""

from __future__ import annotations

import hashlib
import itertools
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from store_helpers import close_case
from support.invoke import invoke
from support.privacy_seed import PEOPLE, TESTER, MakeStore, lift_audit_guard

from compliance.subject import erase_subject
from intake.scheduler import WITNESS_JOB, build_scheduler


def _witness_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("checkpoint-*.txt"))


def _verify(capsys: pytest.CaptureFixture[str], config: Path) -> tuple[int, str, str]:
    return invoke(capsys, "--config", str(config), "audit", "verify")


def test_reveal_export_erasure_and_key_rotation_each_reach_the_witness(
    make_store: MakeStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    witness = tmp_path / "witness"
    store = make_store(people=PEOPLE[:2], **{"audit.witness_dir": witness})
    assert _witness_files(witness) == []

    code, _, err = invoke(
        capsys, "--config", str(store.config), "cases", "export", "--reveal", "--reason", "audit"
    )
    assert code == 0, err
    after_export = _witness_files(witness)
    assert len(after_export) == 1
    close_case(store.ctx, store.receipts[PEOPLE[0].national_id])
    erase_subject(store.ctx, TESTER, national_id=PEOPLE[0].national_id, reason="ร้องขอ")
    assert len(_witness_files(witness)) == 2
    code, _, err = invoke(capsys, "--config", str(store.config), "keys", "rotate")
    assert code == 0, err
    files = _witness_files(witness)
    assert len(files) == 3
    for earlier, later in itertools.pairwise(files):
        previous = hashlib.sha256(earlier.read_bytes()).hexdigest()
        assert f"previous: {previous}" in later.read_text()
    assert _verify(capsys, store.config)[0] == 0


def test_a_cut_audit_tail_fails_verify(
    make_store: MakeStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    witness = tmp_path / "witness"
    store = make_store(people=PEOPLE[:2], **{"audit.witness_dir": witness})
    invoke(capsys, "--config", str(store.config), "cases", "export", "--reveal", "--reason", "x")
    invoke(capsys, "--config", str(store.config), "audit", "checkpoint")
    code, _, err = _verify(capsys, store.config)
    assert code == 0, err

    engine = store.ctx.engine
    lift_audit_guard(engine)
    with engine.begin() as conn:  # the attacker cuts the tail and the stored checkpoints
        newest = conn.execute(text("SELECT max(id) FROM audit_entries")).scalar_one()
        conn.execute(text("DELETE FROM audit_entries WHERE id > :n"), {"n": newest - 3})
        conn.execute(text("DELETE FROM audit_checkpoints"))

    code, _out, err = _verify(capsys, store.config)
    assert code == 1
    assert "witness" in err and "cut off" in err


def test_a_rewritten_entry_fails_verify(
    make_store: MakeStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    witness = tmp_path / "witness"
    store = make_store(people=PEOPLE[:1], **{"audit.witness_dir": witness})
    invoke(capsys, "--config", str(store.config), "audit", "checkpoint")
    engine = store.ctx.engine
    lift_audit_guard(engine)
    with engine.begin() as conn:  # rewrite the whole chain from entry 1 on, consistently
        conn.execute(text("DELETE FROM audit_checkpoints"))
        conn.execute(text("DELETE FROM audit_entries"))
    code, _, err = _verify(capsys, store.config)
    assert code == 1 and "witness" in err


def test_the_worker_writes_the_witness_at_least_every_ten_minutes(
    make_store: MakeStore, tmp_path: Path
) -> None:
    store = make_store(people=PEOPLE[:1], **{"audit.witness_dir": tmp_path / "witness"})
    scheduler = build_scheduler(store.ctx, threading.Event())
    job = scheduler.get_job(WITNESS_JOB)
    assert job is not None
    assert timedelta(0) < job.trigger.interval <= timedelta(minutes=10)
    job.func(*job.args)
    assert len(_witness_files(tmp_path / "witness")) == 1
