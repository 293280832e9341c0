"""POST /api/cases/search: a personal value in the request body, never in the URL, which
proxies and access logs keep (issue 9, item 12)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.review.review_seed import Person
from tests.review_api.conftest import bearer


def test_search_by_body_finds_the_case_in_any_formatting(
    client: TestClient, tokens: dict[str, str], people: list[Person]
) -> None:
    p = people[1]
    token = bearer(tokens["staff1"])
    found = client.post(
        "/api/cases/search", json={"national_id": p.national_id_dashed}, headers=token
    )
    assert found.status_code == 200, found.text
    data = found.json()["data"]
    assert len(data) == 1
    assert p.national_id not in found.text and p.email not in found.text
    same = client.post(
        "/api/cases/search",
        json={"phone": "+66" + p.phone_digits[1:], "email": p.email.upper()},
        headers=token,
    )
    assert [r["receipt_no"] for r in same.json()["data"]] == [data[0]["receipt_no"]]
    assert str(found.request.url).endswith("/api/cases/search")  # nothing personal in the URL
    none = client.post(
        "/api/cases/search",
        json={"national_id": p.national_id, "email": people[2].email},
        headers=token,
    )
    assert none.json()["data"] == [] and none.json()["count"] == 0


def test_search_pages_and_filters_like_the_list(
    client: TestClient, tokens: dict[str, str], people: list[Person]
) -> None:
    token = bearer(tokens["boss"])
    listed = client.get("/api/cases", params={"page_size": 2}, headers=token).json()
    searched = client.post("/api/cases/search", json={"page_size": 2}, headers=token).json()
    assert searched == listed


def test_search_refuses_without_a_token_and_does_not_echo_bad_values(
    client: TestClient, tokens: dict[str, str]
) -> None:
    assert client.post("/api/cases/search", json={}).status_code == 401
    bad = client.post(
        "/api/cases/search", json={"national_id": "12345-99"}, headers=bearer(tokens["staff1"])
    )
    assert bad.status_code == 422 and "12345" not in bad.text
    unknown = client.post(
        "/api/cases/search", json={"nationalid": "1"}, headers=bearer(tokens["staff1"])
    )
    assert unknown.status_code == 422  # a misspelt filter is an error, not "every case"


def test_the_api_document_points_personal_searches_at_post(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert "post" in document["paths"]["/api/cases/search"]
    listing = document["paths"]["/api/cases"]["get"]
    params = {p["name"]: p for p in listing["parameters"]}
    national_id = params["national_id"]
    assert national_id.get("deprecated") or national_id["schema"].get("deprecated")
    assert "log" in listing["description"] and "/api/cases/search" in listing["description"]
