"""Fixtures for the review app: one seeded store per module, a TestClient per test."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from tests.review.review_seed import PASSWORD, Person, person, seed_store

PEOPLE = [person(n) for n in range(1, 7)]
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(scope="module")
def people() -> list[Person]:
    return PEOPLE


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    return seed_store(tmp_path_factory.mktemp("review-store"), PEOPLE)


@pytest.fixture
def app_client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as client:
        yield client


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "page has no CSRF field"
    return found.group(1)


def sign_in(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Sign in and return the session's CSRF token (from the queue page)."""
    form = client.get("/login")
    response = client.post(
        "/login",
        data={
            "name": name,
            "password": password,
            "csrf_token": csrf_of(form.text),
            "next": "/queue",
        },
    )
    assert response.status_code == 200, response.text[:500]
    assert response.url.path == "/queue"
    return csrf_of(response.text)


def search(client: TestClient, csrf: str, q: str) -> str:
    """The queue page after typing `q` into the search box."""
    response = client.post("/queue/search", data={"q": q, "csrf_token": csrf})
    assert response.status_code == 200
    return response.text


def receipt_of(client: TestClient, csrf: str, p: Person) -> str:
    page = client.post("/queue/search", data={"q": p.national_id_dashed, "csrf_token": csrf})
    found = re.findall(r'href="/cases/([A-Z]+-\d{4}-\d{6})"', page.text)
    assert len(found) == 1, f"search found {len(found)} cases"
    return found[0]


@pytest.fixture
def data_dir(store: Context) -> Path:
    return store.settings.data_dir
