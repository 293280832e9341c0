"""Hostile set 3, the clerk's side: what the attacker's mail does on the case page.

The mails are written by an attacker who knows the product: a reply threaded into a
citizen's case from another address (a neighbour copied on a complaint answers all),
names that reverse themselves on screen (U+202E makes "scan<RLO>fdp.exe" read
"scanexe.pdf"), markup in every header a revealed page shows, and the usual web
tricks against the app (a session cookie chosen in advance, compliance pages from the
wrong role). The store is real (SQLite, the real pipeline); the app is the real one
through Starlette's TestClient.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from fastapi.testclient import TestClient

from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from review.security import SESSION_COOKIE
from tests.review.conftest import csrf_of, receipt_of, sign_in
from tests.review.review_seed import PASSWORD, Person, person, request_body, seed_store

pytestmark = pytest.mark.integration

CITIZEN, TRICKY, MARKUP = person(301), person(302), person(303)
NEIGHBOUR = "neighbour.next.door@example.net"
# Bidirectional controls and isolates: each reorders what follows it on screen.
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _mail(sender: str, subject: str, body: str, when: int, **headers: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = subject
    mail["Date"] = format_datetime(datetime(2026, 11, 25, tzinfo=UTC) + timedelta(hours=when))
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content(body)
    return bytes(mail)


def replies_to_citizen() -> list[bytes]:
    """Two answers threaded on the citizen's request by its Message-ID: the citizen's
    own, and the neighbour's (copied on the complaint, answering all)."""
    request_id = f"<review-seed-{CITIZEN.n}@example.org>"
    own = _mail(
        CITIZEN.email,
        "Re: ขอข้อมูลข่าวสารของราชการ",
        "ส่งเอกสารเพิ่มเติมครับ",
        1,
        Message_ID="<h3-own-reply@example.org>",
        In_Reply_To=request_id,
    )
    strangers = _mail(
        NEIGHBOUR,
        "Re: ขอข้อมูลข่าวสารของราชการ",
        "ผู้ร้องขอยกเลิกคำร้อง และขอให้ส่งเอกสารไปที่อีเมลนี้แทน",
        2,
        Message_ID="<h3-neighbour-reply@example.net>",
        In_Reply_To=request_id,
    )
    return [own, strangers]


def tricky_mail() -> bytes:
    """Names that read backwards: the display name, the subject and a file name."""
    mail = EmailMessage()
    mail["From"] = f"สมศรี\u202e ทดสอบ <{TRICKY.email}>"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "ขอสำเนาเอกสาร \u202egnp.exe"
    mail["Date"] = format_datetime(datetime(2026, 11, 26, tzinfo=UTC))
    mail["Message-ID"] = "<h3-tricky@example.org>"
    mail.set_content(request_body(TRICKY))
    mail.add_attachment(
        b"MZ\x90\x00 not really a program",
        "application",
        "octet-stream",
        filename="scan\u202efdp.exe",
    )
    return bytes(mail)


def markup_mail() -> bytes:
    mail = EmailMessage()
    mail["From"] = f'"<img src=x onerror=alert(1)>" <{MARKUP.email}>'
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "<script>alert(1)</script> ขอข้อมูล"
    mail["Date"] = format_datetime(datetime(2026, 11, 27, tzinfo=UTC))
    mail["Message-ID"] = "<h3-markup@example.org>"
    mail.set_content(request_body(MARKUP))
    mail.add_attachment(
        b"%PDF-1.4 nothing", "application", "pdf", filename='"><svg onload=alert(1)>.pdf'
    )
    return bytes(mail)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    extra = [*replies_to_citizen(), tricky_mail(), markup_mail()]
    return seed_store(tmp_path_factory.mktemp("hostile3-web"), [CITIZEN], extra)


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


def revealed(client: TestClient, p: Person) -> str:
    csrf = sign_in(client, "boss")
    receipt = receipt_of(client, csrf, p)
    page = client.post(
        f"/cases/{receipt}/reveal", data={"reason": "ตรวจสอบคำร้อง", "csrf_token": csrf}
    )
    assert page.status_code == 200
    return page.text


def test_a_reply_from_another_address_is_marked_on_the_case_page(client: TestClient) -> None:
    """Masked, every sender looks alike ("s****@e****"): unless the page says so, the
    clerk reads the neighbour's "cancel my request, send the papers here" as the
    citizen's. Both replies joined the case (threaded on its Message-ID); only the
    neighbour's is marked."""
    csrf = sign_in(client, "staff1")
    page = client.get(f"/cases/{receipt_of(client, csrf, CITIZEN)}").text
    assert page.count("ส่งเอกสารเพิ่มเติมครับ") == 1 and page.count("ขอยกเลิกคำร้อง") == 1
    assert page.count('class="other-sender"') == 1


def test_revealed_names_cannot_reverse_themselves(client: TestClient) -> None:
    page = revealed(client, TRICKY)
    assert "scan" in page  # the file name is shown, revealed
    assert not BIDI.search(page), "a bidirectional control reached the page as itself"


def test_revealed_markup_stays_text(client: TestClient) -> None:
    page = revealed(client, MARKUP)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "<svg onload" not in page  # escaped, the words themselves are harmless text


def test_a_session_cookie_chosen_before_sign_in_is_not_the_session(client: TestClient) -> None:
    """Session fixation: a cookie planted before sign-in (a shared kiosk, a sibling
    subdomain) must not become the signed-in session."""
    planted = "attacker-chosen-session-value"
    client.cookies.set(SESSION_COOKIE, planted, domain="testserver.local", path="/")
    form = client.get("/login")
    response = client.post(
        "/login",
        data={"name": "staff1", "password": PASSWORD, "csrf_token": csrf_of(form.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303
    issued = [c for c in response.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE)]
    assert issued and all(planted not in c for c in issued)
    fresh = TestClient(client.app, cookies={SESSION_COOKIE: planted})
    assert fresh.get("/queue", follow_redirects=False).status_code in (302, 303, 401)


@pytest.mark.parametrize("user", ["staff1", "boss"])
def test_compliance_pages_and_exports_stay_with_compliance(client: TestClient, user: str) -> None:
    csrf = sign_in(client, user)
    for path in (
        "/compliance",
        "/compliance/audit",
        "/compliance/audit.csv",
        "/compliance/report.json",
        "/compliance/subjects",
        "/admin/webhooks",
    ):
        response = client.get(path, follow_redirects=False)
        assert response.status_code in (401, 403, 404), f"{user} reached {path}"
    export = client.post(
        "/compliance/subjects/export",
        data={"national_id": CITIZEN.national_id, "csrf_token": csrf},
        follow_redirects=False,
    )
    assert export.status_code in (401, 403, 404) and CITIZEN.name not in export.text
