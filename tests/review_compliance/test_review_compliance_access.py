"""Only the compliance role opens the compliance pages; everyone else gets the Thai 403."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.review.conftest import sign_in
from tests.review_compliance.conftest import World

PAGES = [
    "/compliance",
    "/compliance/keys",
    "/compliance/retention",
    "/compliance/subjects",
    "/compliance/report",
    "/compliance/report.json",
    "/compliance/report.html",
]
FORMS = [
    "/compliance/retention/holds",
    "/compliance/retention/holds/lift",
    "/compliance/subjects/export",
]
FORBIDDEN_TH = "คุณไม่มีสิทธิ์เข้าถึงหน้านี้"


@pytest.mark.parametrize("name", ["staff1", "boss", "root"])
def test_other_roles_get_the_thai_403_page(client: TestClient, world: World, name: str) -> None:
    csrf = sign_in(client, name)
    for url in PAGES:
        response = client.get(url)
        assert response.status_code == 403, url
        assert FORBIDDEN_TH in response.text, url
    p = world.people[4]
    for url in FORMS:
        data = {"csrf_token": csrf, "receipt": world.receipts[4], "reason": "ทดสอบสิทธิ์การใช้งาน"}
        response = client.post(url, data=data | {"national_id": p.national_id})
        assert response.status_code == 403, url
        assert FORBIDDEN_TH in response.text
        assert p.national_id not in response.text


def test_compliance_sees_every_page_and_the_links_between_them(client: TestClient) -> None:
    sign_in(client, "auditor")
    for url in PAGES:
        assert client.get(url).status_code == 200, url
    overview = client.get("/compliance").text
    for url in [*PAGES[1:5], "/compliance/audit"]:
        assert f'href="{url}"' in overview, url
    queue = client.get("/queue").text
    assert 'href="/compliance"' in queue


def test_signed_out_visitors_are_sent_to_sign_in(client: TestClient) -> None:
    response = client.get("/compliance/keys", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=/compliance/keys")


def test_the_forms_need_the_csrf_token(client: TestClient, world: World) -> None:
    sign_in(client, "auditor")
    for url in FORMS:
        data = {"receipt": world.receipts[4], "reason": "ไม่มีโทเค็น", "national_id": "x"}
        assert client.post(url, data=data).status_code == 403, url
