"""The compliance audit trail page: role, filters, CSV export, chain status."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from intake.context import Context
from tests.review.conftest import sign_in
from tests.review.review_seed import Person
from tests.review_api.test_review_exports import csv_rows, last_audit


def test_only_compliance_sees_the_trail(client: TestClient) -> None:
    sign_in(client, "staff1")
    assert client.get("/compliance/audit").status_code == 403
    assert client.get("/compliance/audit.csv").status_code == 403


def test_trail_filters_and_shows_a_verified_chain(client: TestClient, people: list[Person]) -> None:
    sign_in(client, "staff2")
    client.get("/queue", params={"q": people[0].national_id_dashed})  # a search, audited
    client.cookies.clear()
    sign_in(client, "auditor")
    page = client.get("/compliance/audit", params={"actor": "staff2"})
    assert page.status_code == 200
    assert 'id="chain-verdict" data-ok="1"' in page.text
    actions = set(re.findall(r"<td><code>([a-z_.]+)</code></td>", page.text))
    assert "auth.sign_in" in actions
    only = client.get("/compliance/audit", params={"actor": "staff2", "action": "auth.sign_in"})
    assert set(re.findall(r"<td><code>([a-z_.]+)</code></td>", only.text)) == {"auth.sign_in"}
    unknown = client.get("/compliance/audit", params={"case": "REQ-2569-999999"})
    assert "ไม่พบเรื่องตามเลขรับนี้" in unknown.text
    future = client.get("/compliance/audit", params={"since": "2999-01-01"})
    assert "ไม่พบบันทึกตามเงื่อนไขนี้" in future.text


def test_trail_exports_as_csv_and_the_export_is_audited(store: Context, client: TestClient) -> None:
    sign_in(client, "auditor")
    response = client.get("/compliance/audit.csv", params={"action": "auth.sign_in"})
    assert response.status_code == 200
    rows = csv_rows(response.content)
    assert len(rows) > 1 and {r[5] for r in rows[1:]} == {"auth.sign_in"}
    entry = last_audit(store, "export.audit")
    assert entry.actor == "auditor" and '"action": "auth.sign_in"' in entry.details_json
