"""Hostile set 3, leftovers: the "written from another address" mark beyond the case page.

A mail naming a case's receipt number in its subject is filed into that case whoever
writes it (a citizen writes again from her work address). The case page marks such a
mail from another mailbox than the request's; a downstream system reading the JSON API,
a webhook or an export must see the same, or a stranger's "send the papers to my new
address" reads there as the citizen's own word. One field everywhere:
`other_sender_replies`, the number of mails filed into the case from another mailbox
than the one its request came from.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from servers.smtp import SmtpSink

from intake.cases import iter_exports
from intake.cli.cases import write_csv
from intake.context import Context, open_context
from intake.delivery import deliver_due
from intake.settings import load_settings
from review.app import create_app
from review.options import WebOptions
from storage.accounts import create_api_token, create_user
from storage.db import transaction
from storage.privacy import Actor
from tests.hostile.test_hostile_3_mail import ATTACKER, VICTIM, cases, ctx_for, raw_mail
from tests.mail_out.mail_support import drop
from tests.mail_out.test_webhooks import Receiver, receiver  # noqa: F401 (fixture)
from tests.review.conftest import sign_in

pytestmark = pytest.mark.integration
FIELD = "other_sender_replies"
PASSWORD = "a long test password 1"


def two_cases(tmp_path: Path, ctx: Context) -> tuple[str, str]:
    """(the victim's case, which a stranger wrote into; a case only its citizen wrote into)."""
    drop(tmp_path, ctx, raw_mail(f"Somchai <{VICTIM}>"), raw_mail("malee@example.net"))
    victim, other = (c.receipt_no for c in cases(ctx))
    drop(
        tmp_path,
        ctx,
        raw_mail(ATTACKER, subject=f"Re: [{victim}] ส่งเอกสารไปที่อยู่ใหม่"),
        raw_mail(VICTIM, subject=f"Re: [{victim}] ส่งเอกสารเพิ่มเติม"),
        raw_mail("MALEE@example.net", subject=f"Re: [{other}] ส่งเอกสารเพิ่มเติม"),
    )
    return victim, other


def web_client(ctx: Context) -> tuple[TestClient, str]:
    with transaction(ctx.engine) as session:
        user = create_user(session, name="clerk", role="staff", password=PASSWORD)
        token, _ = create_api_token(session, user=user, label="marks")
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    return TestClient(app, follow_redirects=True), token


def test_the_json_api_carries_the_mark(tmp_path: Path, smtp_messages: SmtpSink) -> None:
    api_marks(ctx_for(tmp_path, smtp_messages), tmp_path)


def test_the_json_api_carries_the_mark_on_postgresql(
    tmp_path: Path, smtp_messages: SmtpSink, postgres_url: str
) -> None:
    api_marks(ctx_for(tmp_path, smtp_messages, database={"url": postgres_url}), tmp_path)


def api_marks(ctx: Context, tmp_path: Path) -> None:
    victim, other = two_cases(tmp_path, ctx)
    client, token = web_client(ctx)
    with client:
        auth = {"Authorization": f"Bearer {token}"}
        one = client.get(f"/api/cases/{victim}", headers=auth).json()
        clean = client.get(f"/api/cases/{other}", headers=auth).json()
        listed = client.get("/api/cases", headers=auth).json()["data"]
    assert (one[FIELD], clean[FIELD]) == (1, 0)
    assert {r["receipt_no"]: r[FIELD] for r in listed} == {victim: 1, other: 0}


def with_webhook(tmp_path: Path, receiver: Receiver) -> Context:  # noqa: F811
    """ctx_for's config and store, with one webhook endpoint that takes every event."""
    path = tmp_path / "agency.toml"  # as write_mail_config names it
    hook = f'[[webhooks]]\nname = "erp"\nurl = "{receiver.url}"\nsecret_env = "HOOK_SECRET"\n'
    path.write_text(path.read_text(encoding="utf-8") + hook, encoding="utf-8")
    return open_context(load_settings(path))


def test_the_webhook_payload_carries_the_mark(
    tmp_path: Path,
    smtp_messages: SmtpSink,
    receiver: Receiver,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every event of a case says how many of its mails came from another mailbox, as
    the event left it: the stranger's reply.received already counts the stranger."""
    monkeypatch.setenv("HOOK_SECRET", receiver.secret)
    ctx_for(tmp_path, smtp_messages)
    ctx = with_webhook(tmp_path, receiver)
    victim, other = two_cases(tmp_path, ctx)
    deliver_due(ctx)
    events = [json.loads(d.body) for d in receiver.deliveries]
    replies = [
        (e["data"]["receipt_no"], e["data"][FIELD]) for e in events if e["type"] == "reply.received"
    ]
    assert replies == [(victim, 1), (victim, 1), (other, 0)]
    assert [e["data"][FIELD] for e in events if e["type"] == "case.created"] == [0, 0]


def test_the_exports_carry_the_mark(tmp_path: Path, smtp_messages: SmtpSink) -> None:
    ctx = ctx_for(tmp_path, smtp_messages)
    victim, other = two_cases(tmp_path, ctx)
    client, _ = web_client(ctx)
    with client:
        sign_in(client, "clerk", PASSWORD)
        as_json = client.get("/exports/queue.json").json()
        as_csv = client.get("/exports/queue.csv").content.decode("utf-8-sig")
        book = load_workbook(io.BytesIO(client.get("/exports/queue.xlsx").content))
    assert {r["receipt_no"]: r[FIELD] for r in as_json} == {victim: 1, other: 0}
    table = list(csv.reader(io.StringIO(as_csv)))
    sheet = book.active
    assert sheet is not None
    cells = [[str(c.value or "") for c in row] for row in sheet.iter_rows()]
    for rows in (table, cells):
        marks = {r[0]: r[-1] for r in rows[1:]}
        assert marks == {victim: "1", other: "0"}, rows[0]
    records = list(iter_exports(ctx, reveal=False, actor=Actor(name="t", role="admin")))
    assert {r.receipt_no: getattr(r, FIELD, None) for r in records} == {victim: 1, other: 0}
    out = io.StringIO()
    write_csv(records, out)
    lines = list(csv.reader(io.StringIO(out.getvalue().lstrip("\ufeff"))))
    at = lines[0].index(FIELD)
    assert {r[0]: r[at] for r in lines[1:]} == {victim: "1", other: "0"}
