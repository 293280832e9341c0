"""`intake audit verify | checkpoint | list` as an operator runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from support.privacy_seed import PEOPLE, MakeStore, lift_audit_guard

from intake.cli import main


def run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_verify_checkpoint_and_a_cut_tail(
    make_store: MakeStore, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    store = make_store(people=PEOPLE[:2])
    code, out, _ = run(capsys, store.config, "audit", "verify")
    assert code == 0 and "audit chain whole" in out
    kept = tmp_path / "checkpoint.txt"
    assert run(capsys, store.config, "audit", "checkpoint", "--output", str(kept))[0] == 0
    assert kept.read_text().startswith("intake audit checkpoint v1")
    code, out, _ = run(capsys, store.config, "audit", "verify", "--checkpoint", str(kept))
    assert code == 0 and "matches the checkpoint" in out
    with store.ctx.engine.connect() as conn:
        last = int(conn.execute(text("SELECT max(id) FROM audit_entries")).scalar_one())
    lift_audit_guard(store.ctx.engine)
    with store.ctx.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE id >= :n"), {"n": last - 1})
        conn.execute(text("DELETE FROM audit_checkpoints"))
    code, _, err = run(capsys, store.config, "audit", "verify", "--checkpoint", str(kept))
    assert code != 0 and f"broken at entry {last - 1}" in err


def test_verify_names_an_edited_entry(
    make_store: MakeStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store(people=PEOPLE[:1])
    lift_audit_guard(store.ctx.engine)
    with store.ctx.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET actor = 'someone else' WHERE id = 2"))
    code, _, err = run(capsys, store.config, "audit", "verify")
    assert code == 1 and "broken at entry 2" in err


def test_list_filters_by_case_and_actor(
    make_store: MakeStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store(people=PEOPLE[:2])
    receipt = store.receipts[PEOPLE[1].national_id]
    code, out, _ = run(capsys, store.config, "audit", "list", "--case", receipt)
    with store.ctx.engine.connect() as conn:
        case_id = conn.execute(
            text("SELECT id FROM cases WHERE receipt_no = :r"), {"r": receipt}
        ).scalar_one()
    lines = out.splitlines()
    assert code == 0 and lines and all(f"case={case_id} " in line for line in lines)
    code, out, _ = run(capsys, store.config, "audit", "list", "--actor", "nobody")
    assert code == 0 and out == ""
    code, out, _ = run(capsys, store.config, "audit", "list", "--limit", "2")
    assert len(out.splitlines()) == 2
