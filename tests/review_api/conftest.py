"""Fixtures for the JSON API, exports, dashboard and audit pages: a seeded store per
module, one bearer token per role, a TestClient per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from storage.accounts import create_api_token, find_user
from storage.db import transaction
from tests.review.review_seed import USERS, Person, person, seed_store

API_PEOPLE = [person(n) for n in range(31, 36)]


@pytest.fixture(scope="module")
def people() -> list[Person]:
    return API_PEOPLE


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    return seed_store(tmp_path_factory.mktemp("review-api-store"), API_PEOPLE)


@pytest.fixture(scope="module")
def tokens(store: Context) -> dict[str, str]:
    """A bearer token per user name (staff1, staff2, boss, auditor, root)."""
    made = {}
    with transaction(store.engine) as session:
        for name in USERS:
            user = find_user(session, name=name)
            assert user is not None
            made[name], _ = create_api_token(session, user=user, label="tests")
    return made


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
