"""Keys over time: status, master-key rotation with proof before retiring, index-key
rotation with both versions searched during the changeover; all of it audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from privacy2_helpers import TESTER, chain_ok, count, found, open_everything
from sqlalchemy import text
from sqlmodel import select
from support.cli import run_cli
from support.privacy_seed import PEOPLE, MakeStore

from intake.capture import header_message_id
from intake.cli import main
from intake.context import open_context
from intake.settings import load_settings
from storage import rotation
from storage.db import transaction
from storage.keyring import FileKeyring
from storage.keys import MessageIdIndex
from storage.models import Message
from storage.privacy import SYSTEM, open_message_raw

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _keyring(ctx: object) -> FileKeyring:
    ring = ctx.keyring  # type: ignore[attr-defined]
    assert isinstance(ring, FileKeyring)
    return ring


def test_status_counts_what_each_key_protects(make_store: MakeStore) -> None:
    store = make_store()
    ctx = store.ctx
    with transaction(ctx.engine) as session:
        infos = rotation.key_status(session, _keyring(ctx))
    by_kind = {i.kind: i for i in infos}
    live = count(ctx.engine, "SELECT count(*) FROM data_keys WHERE wrapped IS NOT NULL")
    rows = count(ctx.engine, "SELECT count(*) FROM blind_index")
    assert live >= len(PEOPLE) and rows >= 3 * len(PEOPLE)
    assert by_kind["master"].state == "active" and by_kind["master"].protects == live
    assert by_kind["index"].state == "active" and by_kind["index"].protects == rows
    assert by_kind["signing"].state == "active"
    assert all(i.age_days == 0 for i in infos)


def test_rotate_retire_remove_and_everything_still_decrypts(
    make_store: MakeStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store()
    ctx = store.ctx
    old = _keyring(ctx).active_key_id
    # Before a rotation the old key is the active one: retiring it is refused in one line.
    assert main(["--config", str(store.config), "keys", "retire", old]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "active" in err and "intake keys rotate" in err

    assert main(["--config", str(store.config), "keys", "rotate"]) == 0
    fresh = open_context(load_settings(store.config))
    new = _keyring(fresh).active_key_id
    assert new != old
    assert (
        count(fresh.engine, "SELECT count(*) FROM data_keys WHERE master_key_id = :k", k=old) == 0
    )
    with transaction(fresh.engine) as session:
        assert rotation.keys_needing(session, old) == 0
        assert rotation.keys_needing(session, new) == count(
            fresh.engine, "SELECT count(*) FROM data_keys WHERE wrapped IS NOT NULL"
        )

    assert main(["--config", str(store.config), "keys", "retire", old]) == 0
    assert main(["--config", str(store.config), "keys", "remove", old]) == 0
    capsys.readouterr()
    reloaded = open_context(load_settings(store.config))
    assert old not in _keyring(reloaded).key_ids()
    cases, mails = open_everything(reloaded)
    assert cases == len(PEOPLE) and mails >= len(PEOPLE)
    assert found(reloaded, PEOPLE[0].national_id) == [store.receipts[PEOPLE[0].national_id]]
    assert chain_ok(reloaded)

    with reloaded.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT action, outcome, details_json FROM audit_entries "
                "WHERE action LIKE 'key.%' ORDER BY id"
            )
        ).all()
    assert [(a, o) for a, o, _ in rows] == [
        ("key.retire", "refused"),
        ("key.rotate", "ok"),
        ("key.retire", "ok"),
        ("key.remove", "ok"),
    ]
    material = [k["key"] for k in json.loads(_keyring(reloaded).export_json())["master_keys"]]
    for _, _, details in rows:
        assert not any(m in details for m in material)
    assert json.loads(rows[1][2])["new_key"] == new


def test_removal_is_refused_while_a_data_key_still_needs_the_key(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:2])
    ctx = store.ctx
    ring = _keyring(ctx)
    old = ring.active_key_id
    ring.add_master_key()  # a new key, but no rewrap: every data key still needs the old one
    with pytest.raises(rotation.RotationError, match="still wraps"):
        rotation.remove_master_key(ctx.engine, ring, actor=TESTER, key_id=old)
    assert old in ring.key_ids()
    # The column may lie (a worker with an old keyring); the wrapped key's header does not.
    result = rotation.rotate_master_key(ctx.engine, ring, actor=TESTER)
    assert result.left_behind == 0 and result.rewritten >= 2
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE data_keys SET master_key_id = :n"), {"n": result.new_key_id})
    with transaction(ctx.engine) as session:
        assert rotation.keys_needing(session, result.new_key_id) >= 2


def test_rotation_is_refused_on_the_command_line_in_one_line(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    ring = _keyring(store.ctx)
    old = ring.active_key_id
    ring.add_master_key()
    done = run_cli(store.config, "keys", "remove", old)
    assert done.returncode == 1
    assert done.stderr.strip().startswith("intake: master key") and "\n" not in done.stderr.strip()


def test_index_rotation_searches_both_then_retires_the_old(make_store: MakeStore) -> None:
    store = make_store()
    ctx = store.ctx
    ring = _keyring(ctx)
    old = ring.index_key()[0]
    person = PEOPLE[1]
    receipt = store.receipts[person.national_id]

    # The changeover: a new active key, old rows not yet rewritten, both searched.
    ring.add_index_key()
    assert ring.index_key()[0] != old and old in ring.index_key_ids()
    assert found(ctx, person.national_id.translate(THAI)) == [receipt]

    result = rotation.rotate_index_key(
        ctx.engine,
        ring,
        actor=SYSTEM,
        field_types={t.name: {f.key: f.type for f in t.fields} for t in ctx.templates},
        bits=ctx.settings.blind_index_bits,
    )
    assert result.rewritten == len(PEOPLE) and result.left_behind == 0
    new = ring.index_key()[0]
    assert count(ctx.engine, "SELECT count(*) FROM blind_index WHERE key_id <> :k", k=new) == 0
    purposes = count(
        ctx.engine,
        "SELECT count(*) FROM audit_entries WHERE purpose = 'key rotation' AND actor = 'intake'",
    )
    assert purposes >= len(PEOPLE)
    for stale in result.previous_key_ids:
        rotation.retire_index_key(ctx.engine, ring, actor=TESTER, key_id=stale)
    assert ring.index_key_ids() == [new]
    for p in PEOPLE:
        assert found(ctx, p.national_id) == [store.receipts[p.national_id]]
        assert find_phone(ctx, "+66" + p.phone[1:]) == [store.receipts[p.national_id]]
    assert chain_ok(ctx)


def find_phone(ctx: object, phone: str) -> list[str]:
    from intake.search import find_cases

    return find_cases(ctx, TESTER, phone=phone)  # type: ignore[arg-type]


def test_cli_index_rotation_rekeys_message_ids_and_refuses_early_retire(
    make_store: MakeStore, tmp_path: Path
) -> None:
    store = make_store(people=PEOPLE[:2])
    ring = _keyring(store.ctx)
    old = ring.index_key()[0]
    ring.reload()
    # A second, newer index key with the old rows left under `old`: retiring `old` must wait.
    ring.add_index_key()
    refused = run_cli(store.config, "keys", "retire-index", old)
    assert refused.returncode == 1 and "still has" in refused.stderr

    done = run_cli(store.config, "keys", "rotate-index")
    assert done.returncode == 0, done.stderr
    ctx = open_context(load_settings(store.config))
    new = _keyring(ctx).index_key()[0]
    index = MessageIdIndex(_keyring(ctx).index_key()[1])
    with transaction(ctx.engine) as session:
        for message in session.exec(select(Message)):
            assert message.id is not None
            raw = open_message_raw(
                session, ctx.keyring, ctx.blobs, actor=TESTER, purpose="test", message_id=message.id
            )
            value = header_message_id(raw)
            assert value and message.message_id_hmac == index.digest(value)
    for stale in [k for k in _keyring(ctx).index_key_ids() if k != new]:
        assert run_cli(store.config, "keys", "retire-index", stale).returncode == 0
    status = run_cli(store.config, "keys", "status")
    assert status.returncode == 0 and new in status.stdout and old not in status.stdout
    assert "index rows" in status.stdout and "data keys" in status.stdout
