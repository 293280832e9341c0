"""Data-subject rights: one person's export holds all of theirs and nothing of anyone
else's; erasure shreds what no duty keeps and records why it kept the rest."""

from __future__ import annotations

import base64
import json
import stat
from email import message_from_bytes
from pathlib import Path

import pytest
from privacy2_helpers import TESTER, case_id, chain_ok, close_case, count, found
from sqlmodel import select
from support.privacy_seed import PEOPLE, MakeStore, Person, request_mail

from compliance.subject import ACCESS_PURPOSE, KEPT_HELD, KEPT_OPEN, erase_subject, export_subject
from intake.cli import main
from intake.importer import import_paths
from intake.runner import process_due
from storage import retention
from storage.db import transaction
from storage.privacy import CaseErased, open_case_record
from storage.subject_requests import SubjectRequest

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _spaced(national_id: str) -> str:
    n = national_id
    return f"{n[0]} {n[1:5]} {n[5:10]} {n[10:12]} {n[12]}"


def _second_case(store: object, person: Person, tmp_path: Path) -> str:
    """Another request of the same person; returns its receipt number."""
    ctx = store.ctx  # type: ignore[attr-defined]
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "again.eml").write_bytes(request_mail(person, 99, details="ไฟดับอีกซอยหนึ่ง"))
    import_paths(ctx, [folder])
    process_due(ctx)
    receipts = found(ctx, person.national_id)
    assert len(receipts) == 2
    return next(r for r in receipts if r != store.receipts[person.national_id])  # type: ignore[attr-defined]


def _others(person: Person) -> list[str]:
    values: list[str] = []
    for other in PEOPLE:
        if other != person:
            values += [other.national_id, other.name, other.email, other.phone[1:], other.address]
    return values


def test_export_holds_every_case_of_the_person_and_nothing_else(
    make_store: MakeStore, tmp_path: Path
) -> None:
    store = make_store()
    person = PEOPLE[2]
    second = _second_case(store, person, tmp_path)
    output = tmp_path / "export.json"
    config = ["--config", str(store.config)]
    written = _spaced(person.national_id).translate(THAI)
    args = ["subject", "export", "--national-id", written, "--output", str(output), "--with-mail"]
    assert main([*config, *args]) == 0
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    text = output.read_text(encoding="utf-8")
    document = json.loads(text)
    receipts = [c["receipt_no"] for c in document["cases"]]
    assert sorted(receipts) == sorted([store.receipts[person.national_id], second])
    assert document["case_count"] == 2
    for case in document["cases"]:
        assert case["fields"]["national_id"] == person.national_id
        assert case["fields"]["full_name"] == person.name
        assert case["template"] == "complaint" and case["status"] == "new"
        assert case["received_at"] and case["messages"]
        request = case["messages"][0]
        assert request["role"] == "request" and request["headers"]["from_addr"] == person.email
        raw = base64.b64decode(request["raw_base64"])
        assert message_from_bytes(raw)["From"] == person.email
    for value in _others(person):
        assert value not in text
    with transaction(store.ctx.engine) as session:
        (row,) = session.exec(select(SubjectRequest)).all()
    assert (
        row.kind == "access" and row.outcome == "exported" and sorted(row.cases) == sorted(receipts)
    )
    assert person.national_id not in row.national_id_digest and len(row.national_id_digest) == 64
    opened = count(
        store.ctx.engine,
        "SELECT count(*) FROM audit_entries WHERE purpose = :p AND action = 'case.decrypt'",
        p=ACCESS_PURPOSE,
    )
    assert opened == 2


def test_export_of_a_stranger_is_empty_but_recorded(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:2])
    stranger = PEOPLE[3]
    document = export_subject(store.ctx, TESTER, national_id=stranger.national_id)
    assert document["cases"] == [] and document["case_count"] == 0
    assert (
        count(store.ctx.engine, "SELECT count(*) FROM subject_requests WHERE outcome = 'none'") == 1
    )


def test_erase_shreds_closed_cases_and_refuses_open_and_held_ones(
    make_store: MakeStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store()
    ctx = store.ctx
    person, bystander = PEOPLE[0], PEOPLE[1]
    first = store.receipts[person.national_id]
    second = _second_case(store, person, tmp_path)
    close_case(ctx, first)  # closed yesterday: well within retention, still erased
    config = ["--config", str(store.config)]
    args = ["subject", "erase", "--national-id", person.national_id, "--reason", "คำขอ 5/2568"]
    assert main([*config, *args]) == 0
    out = capsys.readouterr().out
    assert f"erased  {first}" in out and f"kept    {second}  {KEPT_OPEN}" in out
    assert "partly_erased" in out

    first_id = case_id(ctx, first)
    with transaction(ctx.engine) as session, pytest.raises(CaseErased):
        open_case_record(session, ctx.keyring, actor=TESTER, purpose="t", case_id=first_id)
    assert found(ctx, person.national_id) == [second]
    assert found(ctx, bystander.national_id) == [store.receipts[bystander.national_id]]
    with transaction(ctx.engine) as session:
        (row,) = session.exec(select(SubjectRequest)).all()
    assert row.kind == "erase" and row.outcome == "partly_erased"
    assert row.cases == [first] and row.refused == {second: KEPT_OPEN}
    assert chain_ok(ctx)
    assert main([*config, "audit", "verify"]) == 0

    # Closed now, but on legal hold: kept again, with that reason.
    close_case(ctx, second)
    with transaction(ctx.engine) as session:
        retention.place_hold(session, receipt_no=second, reason="สตง. ตรวจสอบ", actor=TESTER)
    result = erase_subject(ctx, TESTER, national_id=person.national_id, reason="ซ้ำ")
    assert result.outcome == "refused" and result.refused == {second: KEPT_HELD}
    assert found(ctx, person.national_id) == [second]
    assert chain_ok(ctx)


def test_erase_needs_a_reason(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    with pytest.raises(retention.RetentionError):
        erase_subject(store.ctx, TESTER, national_id=PEOPLE[0].national_id, reason="  ")
