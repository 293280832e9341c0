"""The audit chain: edits, deletions, reorderings, insertions, cut tails and forged
signatures each make verification fail, naming the first bad entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from support.privacy_seed import TESTER, lift_audit_guard

from storage.audit import (
    AUDIT_TABLE,
    CHECKPOINT_TABLE,
    AuditEntry,
    ChainVerdict,
    append_audit,
    entry_hash,
    export_checkpoint,
    make_checkpoint,
    parse_checkpoint,
    verify_chain,
)
from storage.db import make_engine, migrate, transaction
from storage.held import rows_held
from storage.keyring import FileKeyring

ENTRIES = 8


@pytest.fixture
def keyring() -> FileKeyring:
    return FileKeyring.in_memory()


@pytest.fixture
def engine(database_url: str, keyring: FileKeyring) -> Iterator[Engine]:
    engine = make_engine(database_url)
    migrate(engine)
    append(engine, ENTRIES)
    yield engine
    engine.dispose()


def append(
    engine: Engine, count: int, keyring: FileKeyring | None = None, every: int = 100
) -> None:
    with transaction(engine) as session:
        for number in range(count):
            append_audit(
                session,
                actor=TESTER,
                action="case.view",
                case_id=number % 3 + 1,
                purpose=f"check {number}",
                details={"n": number},
                keyring=keyring,
                checkpoint_every=every,
            )


def verify(
    engine: Engine, checkpoint: str | None = None, keyring: FileKeyring | None = None
) -> ChainVerdict:
    with transaction(engine) as session:
        return verify_chain(session, checkpoint_text=checkpoint, keyring=keyring)


def sql(engine: Engine, *statements: str) -> None:
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def checkpoint_text(engine: Engine, keyring: FileKeyring) -> str:
    with transaction(engine) as session:
        return export_checkpoint(session, keyring, make_checkpoint(session, keyring))


def test_an_untouched_chain_verifies(engine: Engine) -> None:
    assert verify(engine) == ChainVerdict(ok=True, entries=ENTRIES)


def test_rows_cannot_be_updated_or_deleted_while_the_guard_stands(engine: Engine) -> None:
    for statement in (
        "UPDATE audit_entries SET purpose = 'x' WHERE id = 2",
        "DELETE FROM audit_entries WHERE id = 2",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            sql(engine, statement)
    assert verify(engine).ok


def test_an_edited_row_fails_at_that_entry(engine: Engine) -> None:
    lift_audit_guard(engine)
    sql(engine, "UPDATE audit_entries SET purpose = 'nothing to see' WHERE id = 4")
    verdict = verify(engine)
    assert (verdict.ok, verdict.first_bad_id) == (False, 4)
    assert "altered" in (verdict.problem or "")


def test_a_deleted_row_fails_at_the_entry_after_it(engine: Engine) -> None:
    lift_audit_guard(engine)
    sql(engine, "DELETE FROM audit_entries WHERE id = 4")
    verdict = verify(engine)
    assert (verdict.ok, verdict.first_bad_id) == (False, 5)
    assert "does not follow entry 3" in (verdict.problem or "")


def test_reordered_rows_fail_at_the_first_of_them(engine: Engine) -> None:
    lift_audit_guard(engine)
    sql(
        engine,
        "UPDATE audit_entries SET id = 1000 WHERE id = 4",
        "UPDATE audit_entries SET id = 4 WHERE id = 5",
        "UPDATE audit_entries SET id = 5 WHERE id = 1000",
    )
    verdict = verify(engine)
    assert (verdict.ok, verdict.first_bad_id) == (False, 4)


def test_an_inserted_row_fails_at_that_entry(engine: Engine) -> None:
    lift_audit_guard(engine)
    sql(
        engine,
        "UPDATE audit_entries SET id = id + 1000 WHERE id >= 4",
        "UPDATE audit_entries SET id = id - 999 WHERE id >= 1000",
    )
    forged = AuditEntry(
        id=4,
        actor="intruder",
        actor_role="admin",
        action="case.view",
        prev_hash="f" * 64,
        entry_hash="",
    )
    forged.entry_hash = entry_hash(forged)  # a well-formed row, but not linked in
    with transaction(engine) as session:
        session.add(forged)
    verdict = verify(engine)
    assert (verdict.ok, verdict.first_bad_id) == (False, 4)


def test_a_row_appended_without_its_link_fails(engine: Engine) -> None:
    with transaction(engine) as session:
        session.add(
            AuditEntry(
                id=ENTRIES + 1,
                actor="x",
                actor_role="admin",
                action="case.view",
                prev_hash="e" * 64,
                entry_hash="d" * 64,
            )
        )
    assert verify(engine).first_bad_id == ENTRIES + 1


def test_a_cut_tail_is_caught_by_an_exported_checkpoint(
    engine: Engine, keyring: FileKeyring
) -> None:
    exported = checkpoint_text(engine, keyring)
    assert parse_checkpoint(exported).entry_id == ENTRIES
    append(engine, 3)
    assert verify(engine, exported, keyring).ok
    lift_audit_guard(engine)
    # the attacker removes the tail and the stored checkpoints that would betray it
    sql(engine, "DELETE FROM audit_entries WHERE id > 5", "DELETE FROM audit_checkpoints")
    assert verify(engine).ok  # hashes alone cannot see a cut tail ...
    verdict = verify(engine, exported)
    assert (verdict.ok, verdict.first_bad_id) == (False, 6)  # ... the kept checkpoint can
    assert "cut off" in (verdict.problem or "")


def test_a_cut_tail_is_caught_by_a_stored_checkpoint(engine: Engine, keyring: FileKeyring) -> None:
    checkpoint_text(engine, keyring)
    lift_audit_guard(engine)
    sql(engine, f"DELETE FROM audit_entries WHERE id = {ENTRIES}")
    verdict = verify(engine, keyring=keyring)
    assert (verdict.ok, verdict.first_bad_id) == (False, ENTRIES)


def test_a_rewritten_chain_is_caught_by_the_checkpoint(
    engine: Engine, keyring: FileKeyring
) -> None:
    exported = checkpoint_text(engine, keyring)
    lift_audit_guard(engine)
    sql(engine, "DELETE FROM audit_entries", "DELETE FROM audit_checkpoints")
    append(engine, ENTRIES)  # a fresh, internally consistent chain of the same length
    assert verify(engine).ok
    verdict = verify(engine, exported)
    assert (verdict.ok, verdict.first_bad_id) == (False, ENTRIES)
    assert "rewritten" in (verdict.problem or "")


def test_a_bad_signature_is_caught(engine: Engine, keyring: FileKeyring) -> None:
    exported = checkpoint_text(engine, keyring)
    signature = parse_checkpoint(exported).signature
    flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
    verdict = verify(engine, exported.replace(signature, flipped))
    assert (verdict.ok, verdict.first_bad_id) == (False, ENTRIES)
    assert "signature" in (verdict.problem or "")
    # a checkpoint signed by some other key does not vouch for this chain either
    other = FileKeyring.in_memory()
    assert not verify(engine, keyring=other).ok
    assert verify(engine, keyring=keyring).ok


def test_a_forged_stored_signature_is_caught_with_the_keyring(
    engine: Engine, keyring: FileKeyring
) -> None:
    checkpoint_text(engine, keyring)
    lift_audit_guard(engine)
    sql(engine, "UPDATE audit_checkpoints SET signature = 'AAAA'")
    verdict = verify(engine, keyring=keyring)
    assert (verdict.ok, verdict.first_bad_id) == (False, ENTRIES)


def test_checkpoints_are_signed_every_n_entries(database_url: str, keyring: FileKeyring) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    append(engine, 7, keyring=keyring, every=3)
    with engine.connect() as conn:
        covered = conn.execute(text("SELECT entry_id FROM audit_checkpoints ORDER BY id")).all()
    assert [row[0] for row in covered] == [3, 6]
    assert verify(engine, keyring=keyring).ok
    engine.dispose()


def _audit_inserts(engine: Engine) -> tuple[list[int], Callable[..., None]]:
    seen = [0]

    def note(_c: object, _cur: object, statement: str, *_: object) -> None:
        if statement.startswith(("INSERT INTO audit_entries ", "COPY audit_entries ")):
            seen[0] += 1  # COPY: many whole rows on PostgreSQL (storage.bulk)

    event.listen(engine, "before_cursor_execute", note)
    return seen, note


def test_held_appends_are_written_with_one_statement_and_chain_as_ever(
    database_url: str, keyring: FileKeyring
) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    append(engine, 2)
    inserts, note = _audit_inserts(engine)
    with transaction(engine) as session, rows_held(session, AUDIT_TABLE):
        for number in range(7):
            append_audit(session, actor=TESTER, action="case.view", details={"n": number})
    event.remove(engine, "before_cursor_execute", note)
    assert inserts == [1]
    append(engine, 1)  # a later transaction chains onto the held ones
    assert verify(engine) == ChainVerdict(ok=True, entries=10)
    engine.dispose()


def test_a_checkpoint_signs_the_held_entries_before_it(
    database_url: str, keyring: FileKeyring
) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    with transaction(engine) as session, rows_held(session, AUDIT_TABLE):
        for number in range(7):
            append_audit(
                session,
                actor=TESTER,
                action="case.view",
                details={"n": number},
                keyring=keyring,
                checkpoint_every=3,
            )
    with engine.connect() as conn:
        covered = conn.execute(text("SELECT entry_id FROM audit_checkpoints ORDER BY id")).all()
    assert [row[0] for row in covered] == [3, 6]
    assert verify(engine, keyring=keyring) == ChainVerdict(ok=True, entries=7)
    engine.dispose()


def test_a_checkpoint_amid_held_entries_writes_nothing_before_the_end(
    database_url: str, keyring: FileKeyring
) -> None:
    """A stage batch holds its entries and its checkpoints: one statement writes the
    entries and one the checkpoints at the end, none in between (each was a round trip
    on PostgreSQL, and a checkpoint wrote the held entries and read the newest back)."""
    engine = make_engine(database_url)
    migrate(engine)
    append(engine, 2)
    written: list[str] = []

    def note(_c: object, _cur: object, statement: str, *_: object) -> None:
        if statement.startswith(("INSERT", "COPY", "SELECT audit", "SELECT audit_checkpoints")):
            # COPY: how storage.bulk writes many whole rows on PostgreSQL; an insert all the same
            written.append(statement.split("(")[0].strip().replace("COPY ", "INSERT INTO ", 1))

    with transaction(engine) as session, rows_held(session, AUDIT_TABLE, CHECKPOINT_TABLE):
        event.listen(engine, "before_cursor_execute", note)
        for number in range(7):
            append_audit(
                session,
                actor=TESTER,
                action="case.view",
                details={"n": number},
                keyring=keyring,
                checkpoint_every=3,
            )
    event.remove(engine, "before_cursor_execute", note)
    assert written == ["INSERT INTO audit_entries", "INSERT INTO audit_checkpoints"]
    with engine.connect() as conn:
        covered = conn.execute(text("SELECT entry_id FROM audit_checkpoints ORDER BY id")).all()
    assert [row[0] for row in covered] == [3, 6, 9]
    assert verify(engine, keyring=keyring) == ChainVerdict(ok=True, entries=9)
    engine.dispose()


def test_the_first_append_reads_the_head_and_the_checkpoint_with_one_query(
    database_url: str, keyring: FileKeyring
) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    append(engine, 4, keyring=keyring, every=3)
    selects: list[str] = []

    def note(_c: object, _cur: object, statement: str, *_: object) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "lock" not in statement:
            selects.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    append(engine, 2, keyring=keyring, every=3)  # entries 5 and 6: a checkpoint at 6
    event.remove(engine, "before_cursor_execute", note)
    assert len(selects) == 1, selects
    with engine.connect() as conn:
        covered = conn.execute(text("SELECT entry_id FROM audit_checkpoints ORDER BY id")).all()
    assert [row[0] for row in covered] == [3, 6]
    assert verify(engine, keyring=keyring) == ChainVerdict(ok=True, entries=6)
    engine.dispose()


def test_held_entries_of_a_failed_transaction_are_never_written(engine: Engine) -> None:
    with (
        pytest.raises(RuntimeError),
        transaction(engine) as session,
        rows_held(session, AUDIT_TABLE),
    ):
        append_audit(session, actor=TESTER, action="case.view")
        raise RuntimeError("a stage failed")
    append(engine, 1)  # chains onto the last committed entry, not the dropped one
    assert verify(engine) == ChainVerdict(ok=True, entries=ENTRIES + 1)


def test_a_commit_inside_writes_what_is_held_first(engine: Engine) -> None:
    with transaction(engine) as session, rows_held(session, AUDIT_TABLE):
        append_audit(session, actor=TESTER, action="case.view")
        session.commit()
        append_audit(session, actor=TESTER, action="case.view")  # a new transaction: at once
    assert verify(engine) == ChainVerdict(ok=True, entries=ENTRIES + 2)
