"""The compliance report: 100% encryption coverage on a seeded store, less when a test
plants plaintext; record of processing, keys, retention, refusals and chain status."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from privacy2_helpers import TESTER, case_id, close_case
from sqlalchemy import text
from support.privacy_seed import PEOPLE, MakeStore, lift_audit_guard

from compliance.coverage import personal_data_kinds
from compliance.report import build_report
from compliance.subject import KEPT_OPEN, erase_subject
from intake.cli import main


def test_a_seeded_store_is_fully_encrypted_and_the_report_is_complete(
    make_store: MakeStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store()
    ctx = store.ctx
    done = store.receipts[PEOPLE[0].national_id]
    close_case(ctx, done, at=datetime.now(UTC) - timedelta(days=365 * 11))
    erase_subject(ctx, TESTER, national_id=PEOPLE[1].national_id, reason="คำขอ 1/2568")
    report = build_report(ctx)
    assert report.coverage_percent == 100.0, report.coverage.problems
    cover = report.coverage
    assert cover.values_total >= 3 * len(PEOPLE) and cover.files_total >= len(PEOPLE)
    assert cover.values_encrypted == cover.values_total and cover.problems == []
    complaint = next(t for t in report.templates if t.name == "complaint")
    assert {"full_name", "national_id", "phone", "email", "address"} <= {
        f["key"] for f in complaint.personal_fields
    }
    assert "incident_date" not in {f["key"] for f in complaint.personal_fields}
    assert complaint.purpose_th and complaint.purpose_en and complaint.retention_years == 10
    assert complaint.cases_by_status == {"new": 3, "done": 1}
    assert report.cases_total == 4 and report.cases_erased == 0
    assert [d.receipt_no for d in report.past_retention] == [done]
    assert report.refused_requests[0].refused == {store.receipts[PEOPLE[1].national_id]: KEPT_OPEN}
    assert report.chain.ok and {k.kind for k in report.keys} == {"master", "index", "signing"}

    config = ["--config", str(store.config)]
    assert main([*config, "compliance", "report"]) == 0
    screen = capsys.readouterr().out
    assert "Encryption coverage: 100.00%" in screen and "PDPA §39" in screen
    assert (
        main(
            [
                *config,
                "compliance",
                "report",
                "--format",
                "json",
                "--output",
                str(tmp_path / "r.json"),
            ]
        )
        == 0
    )
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["coverage_percent"] == 100.0 and data["chain"]["ok"] is True
    assert (
        main(
            [
                *config,
                "compliance",
                "report",
                "--format",
                "html",
                "--output",
                str(tmp_path / "r.html"),
            ]
        )
        == 0
    )
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "@media print" in page
    assert "ความครอบคลุมของการเข้ารหัส / Encryption coverage" in page
    assert "<script" not in page and "http" not in page  # self-contained
    for person in PEOPLE:
        for value in (person.national_id, person.name, person.email):
            assert value not in screen and value not in page and value not in json.dumps(data)


def test_a_planted_plain_value_lowers_coverage(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:2])
    ctx = store.ctx
    victim = case_id(ctx, store.receipts[PEOPLE[0].national_id])
    plain = json.dumps({"fields": {"national_id": PEOPLE[0].national_id}}).encode()
    with ctx.engine.begin() as conn:
        conn.execute(
            text("UPDATE cases SET fields_enc = :v WHERE id = :c"), {"v": plain, "c": victim}
        )
    report = build_report(ctx)
    assert report.coverage_percent < 100.0
    assert report.coverage.values_encrypted == report.coverage.values_total - 1
    assert report.coverage.problems == [f"cases.fields_enc of case {victim} is not encrypted"]
    assert PEOPLE[0].national_id not in report.model_dump_json()


def test_a_planted_plain_file_lowers_coverage(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    ctx = store.ctx
    folder = ctx.blobs.root / "ab"
    folder.mkdir(exist_ok=True)
    (folder / ("ab" + "0" * 30)).write_text(f"From: {PEOPLE[0].email}\n", encoding="utf-8")
    report = build_report(ctx)
    assert report.coverage_percent < 100.0
    assert report.coverage.files_encrypted == report.coverage.files_total - 1
    assert main(["--config", str(store.config), "compliance", "report"]) == 1


def test_plaintext_in_a_plain_column_is_found(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    ctx = store.ctx
    with ctx.engine.begin() as conn:
        conn.execute(
            text("UPDATE messages SET state_reason = :r"),
            {"r": f"โทร {PEOPLE[0].phone[:3]}-{PEOPLE[0].phone[3:]}"},
        )
    report = build_report(ctx)
    assert report.coverage_percent < 100.0
    assert any("state_reason" in p and "phone" in p for p in report.coverage.problems)


def test_a_broken_chain_shows_in_the_report(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    lift_audit_guard(store.ctx.engine)
    with store.ctx.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entries SET purpose = 'edited' WHERE id = 2"))
    report = build_report(store.ctx)
    assert not report.chain.ok and "entry 2" in (report.chain.problem or "")


@pytest.mark.parametrize(
    ("value", "kinds"),
    [
        ("1-1017-00123-45-" + PEOPLE[0].national_id[-1], ["national ID"]),
        (
            PEOPLE[0].national_id.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")),
            ["national ID"],
        ),
        ("1234567890123", []),  # wrong check digit
        ("+66 81 234 5678", ["phone"]),
        ("mail somchai.j@example.org", ["email"]),
        ('{"national_id": ["invalid_checksum"]}', []),
    ],
)
def test_plaintext_detector(value: str, kinds: list[str]) -> None:
    assert personal_data_kinds(value) == kinds
