"""No page, export or API answer holds an unmasked national ID, phone or email.

A store is seeded through the real pipeline (mails written as citizens write them,
including generated text, HTML and PDF forms), then every GET route of every router is
walked as each role: pages are crawled by their links (and frames), exports downloaded
in every format, the API read with each role's token. Every body is searched for every
spelling of every seeded value (tests/review_scan/leaks.py). A reveal with a reason is
the one answer allowed to hold them, and only that answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from extractors.validate import normalise_email, normalise_national_id, normalise_phone
from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from storage.accounts import create_api_token, find_user
from storage.db import transaction
from storage.models import Case
from tests.generator.requests import GeneratedRequest, generate_requests
from tests.review.conftest import csrf_of, sign_in
from tests.review.review_seed import USERS, Person, person, seed_store
from tests.review_scan.leaks import Secret, body_text, leaks

PEOPLE = [person(n) for n in range(51, 55)]
GENERATED = generate_requests(
    6, seed=5150, formats=["text_utf8_8bit", "html_alternative", "pdf_form_thai_names",
                           "text_windows874_qp", "html_only", "text_spaced_colon"],
)  # fmt: skip
MAX_PAGES_PER_ROLE = 400
LINK = re.compile(r'(?:href|src)="([^"#]+)"')
SKIP_PREFIXES = ("/static/", "/logout")


def secrets_of(people: list[Person], generated: list[GeneratedRequest]) -> list[Secret]:
    found = []
    for p in people:
        found += [
            Secret(f"person {p.n}", "national_id", p.national_id),
            Secret(f"person {p.n}", "phone", normalise_phone(p.phone) or ""),
            Secret(f"person {p.n}", "email", p.email.lower()),
        ]
    for i, g in enumerate(generated):
        nid = normalise_national_id(g.expected["national_id"])
        phone = normalise_phone(g.expected["phone"])
        email = normalise_email(g.expected["email"])
        found += [Secret(f"generated {i}", "national_id", nid)] if nid else []
        found += [Secret(f"generated {i}", "phone", phone)] if phone else []
        found += [Secret(f"generated {i}", "email", email)] if email else []
    return found


SECRETS = secrets_of(PEOPLE, GENERATED)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    extra = [g.raw for g in GENERATED]
    return seed_store(tmp_path_factory.mktemp("review-scan-store"), PEOPLE, extra)


@pytest.fixture(scope="module")
def receipts(store: Context) -> list[str]:
    with Session(store.engine) as session:
        found = list(session.execute(select(Case.receipt_no)).scalars())
    assert len(found) == len(PEOPLE) + len(GENERATED), "every seeded mail became a case"
    return found


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


def get_routes(client: TestClient) -> list[APIRoute]:
    return [
        r
        for r in client.app.routes  # type: ignore[attr-defined]
        if isinstance(r, APIRoute) and "GET" in (r.methods or set())
    ]


def route_of(routes: list[APIRoute], path: str) -> str | None:
    for route in routes:
        if route.path_regex.match(path):
            return route.path
    return None


class Scan:
    """Fetches URLs, remembers which routes it reached, and collects leaks."""

    def __init__(self, client: TestClient, headers: dict[str, str] | None = None) -> None:
        self.client = client
        self.headers = headers or {}
        self.routes = get_routes(client)
        self.reached: set[str] = set()
        self.found: list[str] = []
        self.seen: set[str] = set()

    def fetch(self, url: str) -> str:
        response = self.client.get(url, headers=self.headers)
        assert response.status_code < 500, f"{url}: {response.status_code}"
        route = route_of(self.routes, urlsplit(url).path)
        if route:
            self.reached.add(route)
        text = body_text(response.content, response.headers.get("content-type", ""))
        self.found += [f"{url}: {leak}" for leak in leaks(text, SECRETS)]
        return text

    def crawl(self, seeds: list[str]) -> None:
        queue = list(seeds)
        while queue and len(self.seen) < MAX_PAGES_PER_ROLE:
            url = queue.pop(0)
            if url in self.seen:
                continue
            self.seen.add(url)
            text = self.fetch(url)
            for link in LINK.findall(text):
                target = urljoin(url, link.replace("&amp;", "&"))
                parts = urlsplit(target)
                if parts.netloc not in ("", "testserver") or parts.path.startswith(SKIP_PREFIXES):
                    continue
                local = parts.path + (f"?{parts.query}" if parts.query else "")
                if local not in self.seen:
                    queue.append(local)


def page_seeds(receipts: list[str]) -> list[str]:
    first, last = "2000-01-01", "2999-12-31"
    seeds = ["/queue", "/dashboard", "/exports", "/compliance", "/compliance/audit", "/docs"]
    seeds += [f"/cases/{r}" for r in receipts]
    seeds += [f"/exports/queue.{fmt}?status=all" for fmt in ("csv", "xlsx", "json")]
    seeds += [f"/exports/register.{fmt}?first={first}&last={last}" for fmt in ("csv", "xlsx")]
    seeds += [f"/queue?q={p.national_id_dashed}" for p in PEOPLE[:2]]  # refused, redirected
    seeds += [
        f"/exports/queue.csv?q={PEOPLE[0].email}",
        "/compliance/audit.csv",
        "/lang/th?next=/queue",
    ]
    return seeds


def api_seeds(receipts: list[str]) -> list[str]:
    p = PEOPLE[0]
    seeds = ["/openapi.json", "/api/cases?status=all&page_size=200", "/api/audit?limit=500"]
    seeds += [f"/api/cases/{r}" for r in receipts]
    seeds += [f"/api/cases?national_id={p.national_id_dashed}", f"/api/cases?phone={p.phone}"]
    return seeds


def test_no_page_or_answer_shows_personal_data(
    store: Context, client: TestClient, receipts: list[str]
) -> None:
    reached: set[str] = set()
    problems: list[str] = []
    client.cookies.clear()
    signed_out = Scan(client)
    signed_out.crawl(["/login", "/docs", "/openapi.json"])
    reached |= signed_out.reached
    for name in USERS:
        client.cookies.clear()
        csrf = sign_in(client, name)
        scan = Scan(client)
        scan.crawl(page_seeds(receipts))
        for p in PEOPLE[:2]:  # the search results page (posted, as the queue does)
            for q in (p.national_id_dashed, p.phone, p.email):
                found = client.post("/queue/search", data={"q": q, "csrf_token": csrf})
                assert found.status_code == 200 and "/cases/" in found.text
                scan.found += [f"POST /queue/search: {leak}" for leak in leaks(found.text, SECRETS)]
        reached |= scan.reached
        problems += [f"{name} {leak}" for leak in scan.found]
    client.cookies.clear()
    with transaction(store.engine) as session:
        tokens = {}
        for name in USERS:
            user = find_user(session, name=name)
            assert user is not None
            tokens[name], _ = create_api_token(session, user=user)
    for name, token in tokens.items():
        scan = Scan(client, {"Authorization": f"Bearer {token}"})
        scan.crawl(api_seeds(receipts))
        reached |= scan.reached
        problems += [f"{name} (api) {leak}" for leak in scan.found]
    assert problems == [], "\n".join(problems[:40])
    every_get = {r.path for r in get_routes(client)}
    assert every_get - reached == set(), f"routes never fetched: {sorted(every_get - reached)}"


def test_a_reveal_shows_the_values_in_that_answer_only(
    client: TestClient, receipts: list[str]
) -> None:
    p = PEOPLE[2]
    mine = [s for s in SECRETS if s.owner == f"person {p.n}"]
    csrf = sign_in(client, "boss")
    page = client.post("/queue/search", data={"q": p.email, "csrf_token": csrf})
    found = re.findall(r'href="/cases/([A-Z]+-\d{4}-\d{6})"', page.text)
    assert len(found) == 1, f"search found {len(found)} cases"
    receipt = found[0]
    revealed = client.post(
        f"/cases/{receipt}/reveal", data={"reason": "โทรกลับเพื่อขอเอกสารเพิ่ม", "csrf_token": csrf}
    )
    assert revealed.status_code == 200
    assert "person" in " ".join(leaks(revealed.text, mine))  # the scan sees a real value
    after = client.get(f"/cases/{receipt}")
    assert csrf_of(after.text)
    assert leaks(after.text, SECRETS) == []
    exported = client.get("/exports/queue.csv", params={"status": "all"})
    assert leaks(body_text(exported.content, ""), SECRETS) == []
