"""Attack: a signed-in clerk (or a page on another site riding their session) against
every route of the review app that changes something or names a case.

- CSRF: every POST form route of the app, enumerated from the app itself so that a
  route added later is covered too, refuses a missing or wrong form token, even for an
  admin (the refusal is not a role check), and records nothing.
- IDOR: staff2 against a case assigned to staff1: no reveal, no attachment download, no
  taking it (as "me", by their own id, or by unassigning the colleague), on the web and
  on the API (which has no route to take or reveal at all).
- Open redirect: `next=` on sign-in (form and already-signed-in) and on the language
  switch, read the way a browser reads a Location (tabs and newlines dropped, "\\" as
  "/"), never leaves the site.
- Attachment names: a traversal or right-to-left trick in the name reaches neither the
  download's file name nor the page without a reveal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlmodel import func, select

from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from storage.accounts import create_api_token, find_user
from storage.audit import AuditEntry
from storage.db import transaction
from tests.review.conftest import csrf_of, receipt_of, sign_in
from tests.review.review_seed import PASSWORD, Person, person, request_mail, seed_store

OWNED = person(401)  # assigned to staff1
WITH_FILE = person(402)  # carries an attachment with a hostile name
EVIL_NAME = "../../../etc/cron.d/x\u202egpj.exe"


def _mail_with_attachment(p: Person) -> bytes:
    from email import message_from_bytes, policy

    mail = message_from_bytes(request_mail(p), policy=policy.default)
    assert isinstance(mail, EmailMessage)
    mail.add_attachment(
        f"สำเนาบัตร {p.national_id}".encode(),
        maintype="text",
        subtype="plain",
        filename=EVIL_NAME,
    )
    return bytes(mail)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    return seed_store(
        tmp_path_factory.mktemp("attack-routes"), [OWNED], extra=[_mail_with_attachment(WITH_FILE)]
    )


def _client(store: Context) -> TestClient:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    return TestClient(app, follow_redirects=True)


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    with _client(store) as test_client:
        yield test_client


def _audit_count(store: Context) -> int:
    with transaction(store.engine) as session:
        return int(session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


# --- CSRF -----------------------------------------------------------------------------


def _form_posts(client: TestClient) -> list[str]:
    """Every POST route of the web app (the API takes bearer tokens, not cookies; the
    sign-in form has its own pre-session token, tested in tests/review)."""
    found = []
    for path, methods in _routes(client.app.routes, ""):  # type: ignore[attr-defined]
        if "POST" in methods and not path.startswith("/api/") and path != "/login":
            found.append(path)
    return found


def _routes(routes: list[Any], prefix: str) -> Iterator[tuple[str, set[str]]]:
    """(path, methods) of every route, through included routers (however FastAPI keeps
    them: as plain routes, or wrapped with the router they came from)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield prefix + route.path, set(route.methods)
        inner = getattr(route, "original_router", None)
        if inner is not None:
            context = getattr(route, "include_context", None)
            yield from _routes(inner.routes, prefix + str(getattr(context, "prefix", "")))


def _fill(path: str, receipt: str) -> str:
    return path.replace("{receipt_no}", receipt).replace("{key}", "phone").replace("{index}", "0")


def test_every_post_form_refuses_a_missing_or_wrong_token(
    store: Context, client: TestClient
) -> None:
    csrf = sign_in(client, "root")
    receipt = receipt_of(client, csrf, OWNED)
    paths = _form_posts(client)
    assert len(paths) >= 10, paths  # the enumeration found the forms
    before = _audit_count(store)
    for path in paths:
        url = _fill(path, receipt)
        data = {"reason": "ตรวจสอบคำร้อง", "assignee": "me", "status": "closed", "text": "x"}
        for token in (None, "wrong", csrf[:-1]):
            form = dict(data) if token is None else data | {"csrf_token": token}
            response = client.post(url, data=form, follow_redirects=False)
            assert response.status_code == 403, (url, token, response.status_code)
    assert _audit_count(store) == before, "a refused post left a trace of having acted"
    assert client.get("/queue").status_code == 200  # still signed in: nothing was done


def test_a_session_cookie_does_not_open_the_api(client: TestClient) -> None:
    """The API answers bearer tokens only: a page elsewhere cannot ride the cookie."""
    csrf = sign_in(client, "root")
    receipt = receipt_of(client, csrf, OWNED)
    response = client.post(f"/api/cases/{receipt}/status", json={"status": "closed"})
    assert response.status_code == 401


# --- IDOR -----------------------------------------------------------------------------


def test_a_colleague_cannot_take_reveal_or_download_an_assigned_case(
    store: Context, client: TestClient
) -> None:
    csrf1 = sign_in(client, "staff1")
    owned = receipt_of(client, csrf1, OWNED)
    with_file = receipt_of(client, csrf1, WITH_FILE)
    for receipt in (owned, with_file):
        taken = client.post(
            f"/cases/{receipt}/assign", data={"assignee": "me", "csrf_token": csrf1}
        )
        assert taken.status_code == 200
    with transaction(store.engine) as session:
        staff2 = find_user(session, name="staff2")
        assert staff2 is not None and staff2.id is not None
        staff2_id = staff2.id
        token, _ = create_api_token(session, user=staff2, label="attack")
    with _client(store) as colleague:
        csrf2 = sign_in(colleague, "staff2")
        for assignee in ("me", str(staff2_id), ""):
            grab = colleague.post(
                f"/cases/{owned}/assign", data={"assignee": assignee, "csrf_token": csrf2}
            )
            assert grab.status_code == 403, assignee
        reveal = {"reason": "ขอดูข้อมูลเพื่อติดต่อ", "csrf_token": csrf2}
        assert colleague.post(f"/cases/{owned}/reveal", data=reveal).status_code == 403
        download = colleague.post(f"/cases/{with_file}/attachments/0", data=reveal)
        assert download.status_code == 403
        assert WITH_FILE.national_id not in download.text
        page = colleague.get(f"/cases/{owned}").text
        assert OWNED.national_id not in page and OWNED.phone not in page
        api = {"Authorization": f"Bearer {token}"}
        for verb, path in (
            ("post", f"/api/cases/{owned}/assign"),
            ("post", f"/api/cases/{owned}/reveal"),
            ("get", f"/api/cases/{owned}/reveal"),
            ("get", f"/api/cases/{with_file}/attachments/0"),
        ):
            answer = colleague.request(verb.upper(), path, headers=api, json={"assignee": "me"})
            assert answer.status_code in (404, 405), path
        seen = colleague.get(f"/api/cases/{owned}", headers=api)
        assert seen.status_code == 200 and OWNED.national_id not in seen.text
    # still staff1's
    assert "staff1" in client.get(f"/cases/{owned}").text


# --- open redirect --------------------------------------------------------------------

HOSTILE_NEXT = [
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example/",
    " //evil.example/",
    "https://evil.example/",
    "https:evil.example",
    "javascript:alert(1)",
    "/%2F/evil.example/",
    "/%5Cevil.example/",
    "/\u3000/evil.example/",
    "/．/evil.example",
    "//evil.example%2F@good/",
]


def _browser_target(location: str) -> tuple[str, str]:
    """(scheme, host) a browser would go to from a Location on http://testserver/."""
    cleaned = re.sub(r"[\t\n\r]", "", location).strip(" \x00-\x1f").replace("\\", "/")
    target = urlsplit(urljoin("http://testserver/queue", cleaned))
    return target.scheme, target.netloc


def _assert_stays(response_location: str, nxt: str) -> None:
    scheme, host = _browser_target(response_location)
    assert (scheme, host) == ("http", "testserver"), (nxt, response_location)


@pytest.mark.parametrize("nxt", HOSTILE_NEXT)
def test_sign_in_next_never_leaves_the_site(client: TestClient, nxt: str) -> None:
    form = client.get("/login", params={"next": nxt})
    assert form.status_code == 200
    response = client.post(
        "/login",
        data={
            "name": "staff2",
            "password": PASSWORD,
            "csrf_token": csrf_of(form.text),
            "next": nxt,
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    _assert_stays(response.headers["location"], nxt)
    again = client.get("/login", params={"next": nxt}, follow_redirects=False)
    assert again.status_code == 303  # signed in already: straight on, but only here
    _assert_stays(again.headers["location"], nxt)
    lang = client.get("/lang/en", params={"next": nxt}, follow_redirects=False)
    _assert_stays(lang.headers["location"], nxt)


# --- attachment names -----------------------------------------------------------------


def test_a_hostile_attachment_name_goes_nowhere(client: TestClient) -> None:
    csrf = sign_in(client, "boss")
    receipt = receipt_of(client, csrf, WITH_FILE)
    page = client.get(f"/cases/{receipt}").text
    assert "etc/cron" not in page and "\u202e" not in page  # masked: first letter only
    response = client.post(
        f"/cases/{receipt}/attachments/0",
        data={"reason": "ตรวจเอกสารแนบ", "csrf_token": csrf},
    )
    assert response.status_code == 200
    disposition = response.headers["content-disposition"]
    assert disposition == f'attachment; filename="{receipt}-1.txt"'
    assert response.headers["x-content-type-options"] == "nosniff"
