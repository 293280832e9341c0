"""A backup made before an erasure does not bring the person back: the signed erasure
list kept beside the keyring is re-applied when the older store is started, audited."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlmodel import select
from store_helpers import case_secrets, close_case, files_holding
from support.privacy_seed import PEOPLE, TESTER, MakeStore, Person, request_mail

from compliance.subject import erase_subject
from intake.context import Context, open_context
from intake.errors import ConfigError
from intake.importer import import_paths
from intake.runner import process_due
from intake.search import find_cases
from intake.settings import load_settings
from storage.audit import AuditEntry
from storage.db import transaction
from storage.models import Case


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'var' / 'intake.db'}"


def _backup(var: Path, to: Path) -> None:
    to.mkdir()
    for path in var.glob("intake.db*"):
        shutil.copy2(path, to / path.name)
    shutil.copytree(var / "blobs", to / "blobs")


def _restore(backup: Path, var: Path) -> None:
    for path in var.glob("intake.db*"):
        path.unlink()
    shutil.rmtree(var / "blobs")
    for path in backup.glob("intake.db*"):
        shutil.copy2(path, var / path.name)
    shutil.copytree(backup / "blobs", var / "blobs")


def test_restored_backup_loses_the_erased_person_again(
    make_store: MakeStore, tmp_path: Path
) -> None:
    store = make_store(people=PEOPLE[:2])
    person, receipt = PEOPLE[0], store.receipts[PEOPLE[0].national_id]
    var = tmp_path / "var"
    store.ctx.engine.dispose()
    _backup(var, tmp_path / "backup")  # the case is still open, and whole, in the backup
    case_id = close_case(store.ctx, receipt)
    erase_subject(store.ctx, TESTER, national_id=person.national_id, reason="ร้องขอ")
    store.ctx.engine.dispose()

    _restore(tmp_path / "backup", var)
    restored = open_context(load_settings(store.config))

    assert find_cases(restored, TESTER, national_id=person.national_id) == []
    assert find_cases(restored, TESTER, national_id=PEOPLE[1].national_id) != []
    with transaction(restored.engine) as session:
        assert session.get(Case, case_id).status == "erased"  # type: ignore[union-attr]
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "erasure.reapply")).one()
    assert json.loads(entry.details_json)["receipts"] == [receipt]
    # Started again: nothing left to re-apply, so no second entry.
    again = open_context(load_settings(store.config))
    with transaction(again.engine) as session:
        entries = session.exec(select(AuditEntry).where(AuditEntry.action == "erasure.reapply"))
        assert len(list(entries)) == 1


def test_restored_backup_holds_no_trace_after_start(make_store: MakeStore, tmp_path: Path) -> None:
    store = make_store(people=PEOPLE[:1])
    receipt = store.receipts[PEOPLE[0].national_id]
    var = tmp_path / "var"
    with transaction(store.ctx.engine) as session:
        case_id = session.exec(select(Case.id).where(Case.receipt_no == receipt)).one()
    secrets = case_secrets(store.ctx, case_id)
    store.ctx.engine.dispose()
    _backup(var, tmp_path / "backup")
    close_case(store.ctx, receipt)
    erase_subject(store.ctx, TESTER, national_id=PEOPLE[0].national_id, reason="ร้องขอ")
    store.ctx.engine.dispose()
    _restore(tmp_path / "backup", var)
    assert files_holding(var, secrets), "the restored backup holds the case"

    open_context(load_settings(store.config)).engine.dispose()

    assert files_holding(var, secrets) == []


def test_a_shortened_erasure_list_stops_start_up(make_store: MakeStore, tmp_path: Path) -> None:
    store = make_store(people=PEOPLE[:1])
    receipt = store.receipts[PEOPLE[0].national_id]
    close_case(store.ctx, receipt)
    erase_subject(store.ctx, TESTER, national_id=PEOPLE[0].national_id, reason="ร้องขอ")
    ledger = tmp_path / "var" / "erasures.json"
    document = json.loads(ledger.read_text())
    assert [e["receipt_no"] for e in document["entries"]] == [receipt]
    assert PEOPLE[0].national_id not in ledger.read_text()
    document["entries"] = []
    ledger.write_text(json.dumps(document))

    with pytest.raises(ConfigError, match="not signed by this keyring"):
        open_context(load_settings(store.config))


def test_a_new_case_numbered_like_an_erased_one_survives(
    make_store: MakeStore, tmp_path: Path
) -> None:
    store = make_store(people=PEOPLE[:1])
    var = tmp_path / "var"
    store.ctx.engine.dispose()
    _backup(var, tmp_path / "backup")
    _import(store.ctx, PEOPLE[1], 1, tmp_path / "second")
    erased_receipt = find_cases(store.ctx, TESTER, national_id=PEOPLE[1].national_id)[0]
    close_case(store.ctx, erased_receipt)
    erase_subject(store.ctx, TESTER, national_id=PEOPLE[1].national_id, reason="ร้องขอ")
    store.ctx.engine.dispose()
    _restore(tmp_path / "backup", var)

    restored = open_context(load_settings(store.config))
    _import(restored, PEOPLE[2], 2, tmp_path / "third")  # gets the erased case's id and number
    assert find_cases(restored, TESTER, national_id=PEOPLE[2].national_id) == [erased_receipt]
    restored.engine.dispose()
    again = open_context(load_settings(store.config))

    assert find_cases(again, TESTER, national_id=PEOPLE[2].national_id) == [erased_receipt]


def _import(ctx: Context, person: Person, number: int, folder: Path) -> None:
    folder.mkdir()
    (folder / "mail.eml").write_bytes(request_mail(person, number))
    import_paths(ctx, [folder])
    process_due(ctx)
