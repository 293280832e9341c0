"""The web side: `/verify` answers yes or no (never personal data) and is rate-limited;
a clerk's reply from the case page is written to the outbox, sent, and shown in the
case's conversation (its text only after a reveal with a reason)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from servers.smtp import SmtpSink
from sqlmodel import select
from support.mailgen import make_mail

from intake.context import Context
from intake.delivery import deliver_due
from review.app import create_app
from review.options import WebOptions
from review.verify import RateLimiter
from storage.accounts import create_user
from storage.db import transaction
from storage.models import Case, Message
from storage.outbox import OutboxPurpose, OutboxRow, OutboxState
from tests.mail_out.mail_support import drop, make_ctx, parse

pytestmark = pytest.mark.integration
PASSWORD = "a long test password 1"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def store(tmp_path: Path, smtp_messages: SmtpSink) -> Context:
    ctx = make_ctx(tmp_path, smtp_messages)
    drop(tmp_path, ctx, make_mail(70).raw)
    deliver_due(ctx)
    with transaction(ctx.engine) as session:
        create_user(session, name="clerk", role="staff", password=PASSWORD)
    return ctx


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


def _case(ctx: Context) -> tuple[str, str]:
    with transaction(ctx.engine) as session:
        case = session.execute(select(Case)).scalar_one()
        message = session.get(Message, case.message_id)
        assert message is not None and message.sha256
        return case.receipt_no, message.sha256


def _outcome(html: str) -> str | None:
    found = re.search(r'data-outcome="([a-z_]+)"', html)
    return found.group(1) if found else None


def test_verify_confirms_the_receipt_and_refuses_a_changed_hash(
    store: Context, client: TestClient, smtp_messages: SmtpSink
) -> None:
    receipt, sha = _case(store)
    # the link in the receipt's QR code and text is exactly this page
    [ack] = smtp_messages.wait_for(1)
    assert (
        f"/verify?receipt={receipt}&sha256={sha}"
        in parse(ack.raw).get_body(("plain",)).get_content()
    )  # type: ignore[union-attr]
    ok = client.get("/verify", params={"receipt": receipt, "sha256": sha})
    assert ok.status_code == 200 and _outcome(ok.text) == "confirmed"
    changed = sha[:-1] + ("0" if sha[-1] != "0" else "1")
    bad = client.get("/verify", params={"receipt": receipt, "sha256": changed})
    assert bad.status_code == 200 and _outcome(bad.text) == "not_confirmed"
    other = client.get("/verify", params={"receipt": receipt[:-1] + "9", "sha256": sha})
    assert _outcome(other.text) == "not_confirmed"
    # the answer is yes/no only: nothing about the person or the mail is shown
    request = make_mail(70)
    for page in (ok.text, bad.text):
        assert request.sender not in page and request.subject not in page
        assert request.body_marker not in page


def test_verify_is_rate_limited(store: Context, client: TestClient) -> None:
    receipt, sha = _case(store)
    client.app.state.verify_limiter = RateLimiter(limit=3, window=600)  # type: ignore[attr-defined]
    answers = [
        client.get("/verify", params={"receipt": receipt, "sha256": sha}).status_code
        for _ in range(4)
    ]
    assert answers == [200, 200, 200, 429]


def test_rate_limiter_forgets_after_the_window() -> None:
    limiter = RateLimiter(limit=2, window=10)
    assert [limiter.allow("a", now=t) for t in (0, 1, 2)] == [True, True, False]
    assert limiter.allow("b", now=2)
    assert limiter.allow("a", now=11)


def _sign_in(client: TestClient) -> str:
    form = client.get("/login")
    token = CSRF.search(form.text)
    assert token
    page = client.post(
        "/login",
        data={
            "name": "clerk",
            "password": PASSWORD,
            "csrf_token": token.group(1),
            "next": "/queue",
        },
    )
    assert page.status_code == 200
    found = CSRF.search(page.text)
    assert found
    return found.group(1)


def test_a_reply_from_the_case_page_is_sent_and_shown(
    store: Context, client: TestClient, smtp_messages: SmtpSink
) -> None:
    receipt, _ = _case(store)
    csrf = _sign_in(client)
    page = client.post(
        f"/cases/{receipt}/reply",
        data={"text": "เรียน ท่านผู้ยื่น กรุณาส่งเอกสารเพิ่ม MARKREPLY", "csrf_token": csrf},
    )
    assert page.status_code == 200
    [_, sent] = smtp_messages.wait_for(2)  # the background task sent it
    reply = parse(sent.raw)
    assert receipt in reply["Subject"]
    with transaction(store.engine) as session:
        row = session.execute(
            select(OutboxRow).where(OutboxRow.purpose == OutboxPurpose.REPLY)
        ).scalar_one()
    assert row.state == OutboxState.SENT and row.created_by == "clerk"
    shown = client.get(f"/cases/{receipt}").text
    assert 'data-purpose="reply" data-state="sent"' in shown
    assert "MARKREPLY" not in shown  # masked until revealed
    client.post(f"/cases/{receipt}/assign", data={"assignee": "me", "csrf_token": csrf})
    revealed = client.post(
        f"/cases/{receipt}/reveal", data={"reason": "answer a phone call", "csrf_token": csrf}
    )
    assert "MARKREPLY" in revealed.text


def test_every_outbox_purpose_state_and_reply_outcome_has_words_in_both_languages() -> None:
    from review.i18n import catalog
    from storage.outbox import OutboxState

    for lang in ("th", "en"):
        keys = catalog(lang)
        assert all(f"mail_out.state.{s}" in keys for s in OutboxState.ALL)
        assert all(
            f"mail_out.purpose.{p}" in keys for p in (OutboxPurpose.ACK, OutboxPurpose.REPLY)
        )
        assert all(
            f"mail_out.done.{d}" in keys for d in ("reply_queued", "reply_empty", "reply_failed")
        )
