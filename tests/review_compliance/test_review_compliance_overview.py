"""The overview, the key inventory and the report pages."""

from __future__ import annotations

import json
import re

from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session
from support.privacy_seed import lift_audit_guard

from compliance.report import build_report
from review.i18n import format_date
from storage.audit import latest_checkpoint, verify_chain
from storage.rotation import key_status
from tests.review.conftest import sign_in
from tests.review_api.test_review_exports import last_audit
from tests.review_compliance.conftest import World


def count_of(html: str, status: str) -> int:
    found = re.search(rf'data-status="{status}">(\d+)<', html)
    assert found, f"no count for {status}"
    return int(found.group(1))


def test_overview_shows_chain_coverage_counts_keys_and_retention(
    client: TestClient, world: World
) -> None:
    sign_in(client, "auditor")
    page = client.get("/compliance").text
    with Session(world.ctx.engine) as session:
        verdict = verify_chain(session, keyring=world.keyring)
        checkpoint = latest_checkpoint(session)
    assert verdict.ok and checkpoint is not None
    assert 'id="chain-verdict" data-ok="1"' in page
    # the chain only grows while the page is made (the sign-in is audited before it)
    shown = int(re.search(r"บันทึกทั้ง (\d+) รายการ", page).group(1))  # type: ignore[union-attr]
    assert shown >= verdict.entries
    assert f"รายการที่ {checkpoint.entry_id} เมื่อ {format_date(checkpoint.at, 'th')}" in page
    assert 'id="coverage" data-percent="100.00"' in page
    assert count_of(page, "erased") == 1 and count_of(page, "done") == 1
    assert count_of(page, "rejected") == 1 and count_of(page, "new") == 3
    assert "ลบข้อมูลแล้ว" in page
    with Session(world.ctx.engine) as session:
        keys = key_status(session, world.keyring)
    assert all(f"<code>{key.key_id}</code>" in page for key in keys)
    assert 'id="past-retention" data-due="2"' in page


def test_overview_names_the_first_bad_entry_of_a_broken_chain(
    client: TestClient, world: World
) -> None:
    sign_in(client, "auditor")
    lift_audit_guard(world.ctx.engine)  # as someone holding the database file could
    with world.ctx.engine.begin() as conn:
        entry_id, purpose = conn.execute(
            text("SELECT id, purpose FROM audit_entries ORDER BY id LIMIT 1 OFFSET 3")
        ).one()
        conn.execute(
            text("UPDATE audit_entries SET purpose = 'edited' WHERE id = :id"), {"id": entry_id}
        )
    try:
        page = client.get("/compliance").text
        assert 'id="chain-verdict" data-ok="0"' in page
        assert f'data-first-bad="{entry_id}"' in page
        assert f"รายการที่ {entry_id} " in page
    finally:
        with world.ctx.engine.begin() as conn:
            conn.execute(
                text("UPDATE audit_entries SET purpose = :p WHERE id = :id"),
                {"p": purpose, "id": entry_id},
            )
    assert 'data-ok="1"' in client.get("/compliance").text


def test_key_inventory_lists_every_key_read_only(client: TestClient, world: World) -> None:
    sign_in(client, "auditor")
    response = client.get("/compliance/keys")
    page = response.text
    with Session(world.ctx.engine) as session:
        keys = key_status(session, world.keyring)
    assert {k.kind for k in keys} == {"master", "index", "signing"}
    for key in keys:
        row = re.search(
            rf'<tr data-kind="{key.kind}" data-key="{key.key_id}"[^>]*>(.*?)</tr>', page, re.S
        )
        assert row, key.key_id
        assert format_date(key.created_at, "th") in row.group(1)  # Buddhist Era
        assert f'data-protects="{key.protects}"' in row.group(1)
    master = next(k for k in keys if k.kind == "master")
    assert master.protects > 0 and f"ห่อกุญแจข้อมูล {master.protects} ดอก" in page
    assert "<code>intake keys rotate</code>" in page
    assert page.count('method="post"') == 1  # signing out; nothing here changes a key


def test_report_page_and_its_downloads(client: TestClient, world: World) -> None:
    sign_in(client, "auditor")
    page = client.get("/compliance/report").text
    report = build_report(world.ctx)
    assert 'id="report-coverage" data-percent="100.00"' in page
    assert 'href="/compliance/report.json"' in page and 'href="/compliance/report.html"' in page
    for template in report.templates:
        assert template.title_th in page
    assert f"เรื่องทั้งหมด {report.cases_total} เรื่อง" in page
    assert f"ลบข้อมูลแล้ว (คงไว้เพียงหลักฐาน) {report.cases_erased} เรื่อง" in page
    assert world.receipts[0] in page and world.receipts[1] in page  # past retention

    as_json = client.get("/compliance/report.json")
    assert as_json.status_code == 200
    assert as_json.headers["content-disposition"].startswith("attachment;")
    assert as_json.headers["x-content-type-options"] == "nosniff"
    document = json.loads(as_json.content)
    assert document["coverage_percent"] == 100.0 and document["cases_erased"] == 1
    assert {d["receipt_no"] for d in document["past_retention"]} == set(world.receipts[:2])
    assert last_audit(world.ctx, "export.compliance_report").details_json == '{"format": "json"}'

    as_html = client.get("/compliance/report.html")
    assert as_html.headers["content-disposition"].startswith("attachment;")
    assert "Record of processing (PDPA §39)" in as_html.text
    assert "script-src" not in as_html.headers["content-security-policy"]
    assert last_audit(world.ctx, "export.compliance_report").details_json == '{"format": "html"}'


def test_english_pages_show_common_era_dates(client: TestClient, world: World) -> None:
    sign_in(client, "auditor")
    client.cookies.set("intake_lang", "en")
    page = client.get("/compliance/keys").text
    with Session(world.ctx.engine) as session:
        key = key_status(session, world.keyring)[0]
    assert "Encryption keys" in page and format_date(key.created_at, "en") in page
    assert format_date(key.created_at, "th") not in page
    overview = client.get("/compliance").text
    assert "Compliance overview" in overview and "Erased" in overview
