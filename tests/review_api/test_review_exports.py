"""Exports of the queue view (CSV with BOM, XLSX, JSON) and of the incoming register."""

from __future__ import annotations

import csv
import io
import json

from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlmodel import Session, col, select

from intake.context import Context
from review.exports import to_csv
from review.i18n import LOCAL_TZ
from storage.audit import AuditEntry
from storage.models import utcnow
from tests.review.conftest import sign_in
from tests.review.review_seed import Person


def last_audit(store: Context, action: str) -> AuditEntry:
    with Session(store.engine) as session:
        query = (
            select(AuditEntry)
            .where(AuditEntry.action == action)
            .order_by(col(AuditEntry.id).desc())
        )
        entry = session.execute(query).scalars().first()
    assert entry is not None, f"no {action} entry"
    return entry


def csv_rows(body: bytes) -> list[list[str]]:
    assert body.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM for Excel"
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_queue_export_in_three_formats_holds_the_view(
    store: Context, client: TestClient, people: list[Person]
) -> None:
    sign_in(client, "staff1")
    as_csv = client.get("/exports/queue.csv")
    assert as_csv.status_code == 200
    assert "attachment" in as_csv.headers["content-disposition"]
    rows = csv_rows(as_csv.content)
    assert rows[0][0] == "เลขรับ"
    assert len(rows) == 1 + len(people)
    as_json = client.get("/exports/queue.json").json()
    assert [r["receipt_no"] for r in as_json] == [r[0] for r in rows[1:]]
    assert all(r["masked_name"] and "x" in r["masked_name"] for r in as_json)
    assert all(r["received_be"].endswith(str(utcnow().year + 543)) for r in as_json)
    book = load_workbook(io.BytesIO(client.get("/exports/queue.xlsx").content))
    sheet = book.active
    assert sheet is not None
    assert [c.value for c in sheet["A"]][1:] == [r[0] for r in rows[1:]]
    none = csv_rows(client.get("/exports/queue.csv", params={"status": "rejected"}).content)
    assert len(none) == 1  # the same filters as the queue: no rejected cases yet


def test_a_search_export_is_audited_and_personal_values_stay_out_of_urls(
    store: Context, client: TestClient, people: list[Person]
) -> None:
    sign_in(client, "boss")
    receipt = client.get("/exports/queue.json").json()[1]["receipt_no"]
    found = client.get("/exports/queue.json", params={"q": receipt.lower()}).json()
    assert [r["receipt_no"] for r in found] == [receipt]
    entry = last_audit(store, "export.queue")
    details = json.loads(entry.details_json)
    assert entry.actor == "boss" and details["rows"] == 1 and details["search"] == "receipt"
    p = people[1]
    refused = client.get(
        "/exports/queue.csv",
        params={"q": p.national_id_dashed, "status": "done"},
        follow_redirects=False,
    )
    assert refused.status_code == 303 and refused.headers["location"] == "/exports?status=done"
    assert p.national_id_dashed not in refused.text and p.national_id not in refused.text


def test_register_has_its_columns_masked_and_in_range(
    store: Context, client: TestClient, people: list[Person]
) -> None:
    sign_in(client, "staff2")
    # The register's days are Thai days: after 17:00 UTC the Thai date is tomorrow's.
    today = utcnow().astimezone(LOCAL_TZ).date()
    response = client.get(
        "/exports/register.csv",
        params={"first": today.replace(day=1).isoformat(), "last": today.isoformat()},
    )
    assert response.status_code == 200
    rows = csv_rows(response.content)
    assert rows[0] == ["เลขรับ", "วันที่รับ", "จาก", "ถึง", "เรื่อง", "การปฏิบัติ", "หมายเหตุ"]
    assert len(rows) == 1 + len(people)
    text = response.content.decode("utf-8-sig")
    for p in people:
        assert p.email not in text and p.name not in text
    assert all(str(today.year + 543) in r[1] for r in rows[1:])
    assert all("@" in r[2] and "xxx@" in r[2] for r in rows[1:])  # masked sender address
    entry = last_audit(store, "export.register")
    assert json.loads(entry.details_json)["rows"] == len(people)
    empty = client.get(
        "/exports/register.xlsx", params={"first": "2001-01-01", "last": "2001-01-31"}
    )
    sheet = load_workbook(io.BytesIO(empty.content)).active
    assert sheet is not None and sheet.max_row == 1
    backwards = client.get(
        "/exports/register.csv", params={"first": "2026-02-01", "last": "2026-01-01"}
    )
    assert backwards.status_code == 400


def test_exports_page_links_carry_the_queue_view(client: TestClient) -> None:
    sign_in(client, "staff1")
    page = client.get("/exports", params={"status": "waiting", "flagged": "1"})
    assert page.status_code == 200
    assert 'href="/exports/queue.csv?status=waiting&amp;flagged=1"' in page.text


def test_csv_defuses_spreadsheet_formulas() -> None:
    rows = csv_rows(to_csv((["a"], [['=HYPERLINK("x")'], ["plain"]])))
    assert rows[1] == ['\'=HYPERLINK("x")'] and rows[2] == ["plain"]
