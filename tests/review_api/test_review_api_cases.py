"""The JSON API: bearer tokens, role scopes, filters in any formatting, masking, audit."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from extractors.masking import mask_national_id
from intake.context import Context
from storage.accounts import revoke_api_token, user_for_token
from storage.audit import AuditEntry
from storage.db import transaction
from tests.review.review_seed import Person
from tests.review_api.conftest import bearer

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def audit_of(store: Context, actor: str, action: str) -> list[AuditEntry]:
    with Session(store.engine) as session:
        query = (
            select(AuditEntry)
            .where(AuditEntry.actor == actor, AuditEntry.action == action)
            .order_by(col(AuditEntry.id))
        )
        return list(session.execute(query).scalars())


def test_no_token_or_a_bad_one_is_401(client: TestClient) -> None:
    missing = client.get("/api/cases")
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/cases", headers=bearer("itk_not-a-token")).status_code == 401
    assert client.get("/api/cases", headers={"Authorization": "Basic eDp5"}).status_code == 401


def test_a_revoked_token_stops_working(
    store: Context, client: TestClient, tokens: dict[str, str]
) -> None:
    from storage.accounts import create_api_token, find_user

    with transaction(store.engine) as session:
        user = find_user(session, name="staff2")
        assert user is not None
        token, row = create_api_token(session, user=user)
        token_id = row.id
    assert client.get("/api/cases", headers=bearer(token)).status_code == 200
    with transaction(store.engine) as session:
        assert token_id is not None and revoke_api_token(session, token_id=token_id)
        assert user_for_token(session, token=token) is None
    assert client.get("/api/cases", headers=bearer(token)).status_code == 401


def test_list_is_masked_and_paged(
    client: TestClient, tokens: dict[str, str], people: list[Person]
) -> None:
    response = client.get("/api/cases", params={"page_size": 2}, headers=bearer(tokens["staff1"]))
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == len(people)
    assert body["pages"] == (len(people) + 1) // 2
    assert len(body["data"]) == 2
    for p in people:
        assert p.national_id not in response.text and p.email not in response.text
    last = client.get(
        "/api/cases",
        params={"page_size": 2, "page": body["pages"]},
        headers=bearer(tokens["staff1"]),
    ).json()
    assert len(last["data"]) == len(people) - 2 * (body["pages"] - 1)
    receipts = {row["receipt_no"] for row in body["data"]} | {
        row["receipt_no"] for row in last["data"]
    }
    assert len(receipts) == len(body["data"]) + len(last["data"])  # pages do not overlap


def _only_receipt(client: TestClient, token: str, **params: str) -> str:
    response = client.get("/api/cases", params=params, headers=bearer(token))
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert len(data) == 1, f"{len(data)} cases found"
    return str(data[0]["receipt_no"])


def test_filters_take_any_formatting(
    client: TestClient, tokens: dict[str, str], people: list[Person]
) -> None:
    token = tokens["boss"]
    p = people[2]
    by_id = _only_receipt(client, token, national_id=p.national_id)
    assert _only_receipt(client, token, national_id=p.national_id_dashed) == by_id
    assert _only_receipt(client, token, national_id=p.national_id.translate(THAI_DIGITS)) == by_id
    assert _only_receipt(client, token, phone="+66" + p.phone_digits[1:]) == by_id
    assert _only_receipt(client, token, email=p.email.upper()) == by_id
    assert _only_receipt(client, token, national_id=p.national_id, email=p.email) == by_id
    other = people[3]
    both = client.get(
        "/api/cases",
        params={"national_id": p.national_id, "email": other.email},
        headers=bearer(token),
    )
    assert both.json()["data"] == []  # several filters must all hold


def test_a_value_that_cannot_be_read_is_422_without_echo(
    client: TestClient, tokens: dict[str, str]
) -> None:
    response = client.get(
        "/api/cases", params={"national_id": "12345-99"}, headers=bearer(tokens["staff1"])
    )
    assert response.status_code == 422
    assert "12345" not in response.text


def test_one_case_is_masked_audited_and_404_when_unknown(
    store: Context, client: TestClient, tokens: dict[str, str], people: list[Person]
) -> None:
    p = people[0]
    receipt = _only_receipt(client, tokens["staff2"], national_id=p.national_id)
    before = len(audit_of(store, "staff2", "case.view"))
    response = client.get(f"/api/cases/{receipt}", headers=bearer(tokens["staff2"]))
    assert response.status_code == 200
    case = response.json()
    assert case["receipt_no"] == receipt
    assert case["fields"]["national_id"] == mask_national_id(p.national_id)
    for secret in p.secrets():
        assert secret not in response.text
    views = audit_of(store, "staff2", "case.view")
    assert len(views) == before + 1 and views[-1].purpose == "api"
    missing = client.get("/api/cases/REQ-2569-999999", headers=bearer(tokens["staff2"]))
    assert missing.status_code == 404
    assert missing.json() == {"detail": "no such case"}


def test_scopes_staff_works_cases_compliance_reads_the_audit(
    store: Context, client: TestClient, tokens: dict[str, str], people: list[Person]
) -> None:
    receipt = _only_receipt(client, tokens["staff1"], national_id=people[1].national_id)
    refused = client.post(
        f"/api/cases/{receipt}/status", json={"status": "done"}, headers=bearer(tokens["auditor"])
    )
    assert refused.status_code == 403
    moved = client.post(
        f"/api/cases/{receipt}/status",
        json={"status": "in_review"},
        headers=bearer(tokens["staff1"]),
    )
    assert moved.status_code == 200 and moved.json()["status"] == "in_review"
    assert (
        audit_of(store, "staff1", "case.status")[-1].details_json
        == '{"from": "new", "to": "in_review"}'
    )
    bad = client.post(
        f"/api/cases/{receipt}/status", json={"status": "lost"}, headers=bearer(tokens["staff1"])
    )
    assert bad.status_code == 422

    assert client.get("/api/audit", headers=bearer(tokens["staff1"])).status_code == 403
    assert client.get("/api/audit", headers=bearer(tokens["boss"])).status_code == 403
    trail = client.get(
        "/api/audit", params={"action": "case.status"}, headers=bearer(tokens["auditor"])
    )
    assert trail.status_code == 200
    entries = trail.json()["data"]
    assert entries and {e["action"] for e in entries} == {"case.status"}
    assert any(e["actor"] == "staff1" for e in entries)
    assert client.get("/api/cases", headers=bearer(tokens["auditor"])).status_code == 200


def test_openapi_names_bearer_auth_and_docs_work_offline(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert document["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert {"/api/cases", "/api/cases/{receipt_no}", "/api/audit"} <= set(document["paths"])
    assert not any(p.startswith(("/queue", "/cases", "/login")) for p in document["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/cases/{receipt_no}" in docs.text and "CasePublic" in docs.text
    assert "<script" not in docs.text.replace('<script src="/static/js/app.js" defer></script>', "")
    assert "http://" not in docs.text.replace("http://HOST:PORT", "").replace(
        "http://www.w3.org", ""
    )
