"""Webhooks arrive at a real HTTP receiver on loopback, signed the Standard Webhooks way:
the receiver checks each delivery with intake.webhook_signing.verify and with the
`standardwebhooks` package, as the agency's guide shows. Time is moved on by setting
`next_attempt_at` in the database, never by sleeping."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select
from standardwebhooks.webhooks import Webhook
from support.cli import run_cli, status_json
from support.mailgen import make_mail

from intake.context import Context, open_context
from intake.delivery import deliver_due
from intake.replies import thread_for, write_reply
from intake.settings import load_settings
from intake.status import build_status
from intake.webhook_signing import InvalidSignature, new_secret, verify
from intake.webhooks import dead_letters, disabled_endpoints
from review.app import create_app
from review.casework import change_status
from review.options import WebOptions
from review.outgoing import outgoing_mail
from storage.accounts import create_user
from storage.db import transaction
from storage.models import Case, Message, MessageState, utcnow
from storage.outbox import OutboxRow, OutboxState
from storage.privacy import Actor
from tests.mail_out.mail_support import FRESH, drop, parse, write_mail_config

pytestmark = pytest.mark.integration
SECRET = new_secret()
OTHER_SECRET = new_secret()
PASSWORD = "a long test password 1"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Delivery:
    headers: dict[str, str]
    body: bytes
    ours_ok: bool
    package_ok: bool


@dataclass
class Receiver:
    """Answers with `script` (one status per request, then 204) and keeps every delivery."""

    script: list[int] = field(default_factory=list)
    secret: str = SECRET
    deliveries: list[Delivery] = field(default_factory=list)
    url: str = ""


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            headers = {k.lower(): v for k, v in self.headers.items()}
            try:
                verify(receiver.secret, headers, body)
                ours = True
            except InvalidSignature:
                ours = False
            try:
                Webhook(receiver.secret).verify(body, headers)
                package = True
            except Exception:  # the package raises its own WebhookVerificationError
                package = False
            receiver.deliveries.append(Delivery(headers, body, ours, package))
            status = receiver.script.pop(0) if receiver.script else 204
            if not ours:
                status = 400  # what a receiver does with a bad signature
            self.send_response(status)
            if status in (302, 307):
                self.send_header("Location", "/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output free of request lines

    return Handler


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def _ctx(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, endpoints: list[dict[str, object]]
) -> Context:
    monkeypatch.setenv("HOOK_SECRET", SECRET)
    path = write_mail_config(
        tmp_path,
        sections={
            "ack": {**FRESH, "enabled": False},
            "agency": {"name_th": "อบต.ทดสอบ", "name_en": "Test SAO"},
        },
    )
    lines = []
    for endpoint in endpoints:
        lines.append("[[webhooks]]")
        for key, value in {"secret_env": "HOOK_SECRET", **endpoint}.items():
            shown = json.dumps(value) if not isinstance(value, bool) else str(value).lower()
            lines.append(f"{key} = {shown}")
    path.write_text(path.read_text() + "\n".join(lines) + "\n", encoding="utf-8")
    return open_context(load_settings(path))


def _make_due(ctx: Context) -> None:
    """Move time on: every pending webhook row is due now."""
    with transaction(ctx.engine) as session:
        for row in session.execute(select(OutboxRow)).scalars():
            if row.state == OutboxState.PENDING:
                row.next_attempt_at = utcnow() - timedelta(seconds=1)


def _rows(ctx: Context) -> list[OutboxRow]:
    with transaction(ctx.engine) as session:
        rows = session.execute(select(OutboxRow).where(col(OutboxRow.kind) == "webhook"))
        return list(rows.scalars())


def test_case_created_arrives_signed_without_personal_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    ctx = _ctx(tmp_path, monkeypatch, [{"name": "erp", "url": receiver.url}])
    request = make_mail(1)
    drop(tmp_path, ctx, request.raw)
    run = deliver_due(ctx)
    assert run.webhooks.sent == 1
    [delivery] = receiver.deliveries
    assert delivery.ours_ok and delivery.package_ok
    event = json.loads(delivery.body)
    with transaction(ctx.engine) as session:
        case = session.execute(select(Case)).scalar_one()
    assert event["type"] == "case.created"
    assert event["data"]["receipt_no"] == case.receipt_no
    assert event["data"]["status"] == "new"
    assert "personal" not in event["data"]
    assert request.sender.encode() not in delivery.body
    [row] = _rows(ctx)
    assert row.state == OutboxState.SENT and delivery.headers["webhook-id"] == row.message_id


def test_personal_data_only_to_the_endpoint_configured_for_it_and_sealed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    ctx = _ctx(
        tmp_path,
        monkeypatch,
        [
            {"name": "public", "url": receiver.url},
            {"name": "caseapp", "url": receiver.url, "personal_data": True},
        ],
    )
    request = make_mail(2)
    drop(tmp_path, ctx, request.raw)
    rows = {r.target: r for r in _rows(ctx)}
    sealed = rows["caseapp"].payload_enc
    assert sealed is not None and request.sender.encode() not in sealed
    assert rows["caseapp"].data_key_id is not None and rows["public"].data_key_id is None
    assert deliver_due(ctx).webhooks.sent == 2
    by_id = {d.headers["webhook-id"]: json.loads(d.body) for d in receiver.deliveries}
    assert "personal" not in by_id[rows["public"].message_id]["data"]
    personal = by_id[rows["caseapp"].message_id]["data"]["personal"]
    assert personal["from"] == request.sender


def test_a_receiver_failing_five_times_gets_the_event_on_the_next_try(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    receiver.script = [500, 503, 500, 502, 500]
    ctx = _ctx(tmp_path, monkeypatch, [{"name": "erp", "url": receiver.url}])
    drop(tmp_path, ctx, make_mail(3).raw)
    for n in range(5):
        run = deliver_due(ctx)
        assert run.webhooks.deferred == 1, n
        [row] = _rows(ctx)
        assert row.state == OutboxState.PENDING and row.next_attempt_at is not None
        assert deliver_due(ctx).webhooks.deferred == 0  # not due yet: waits its turn
        _make_due(ctx)
    assert deliver_due(ctx).webhooks.sent == 1
    [row] = _rows(ctx)
    assert row.state == OutboxState.SENT and row.attempts == 6
    ids = {d.headers["webhook-id"] for d in receiver.deliveries}
    assert ids == {row.message_id} and len(receiver.deliveries) == 6
    assert all(d.ours_ok and d.package_ok for d in receiver.deliveries)


def test_after_the_schedule_the_event_is_a_dead_letter_in_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    receiver.script = [500] * 20
    ctx = _ctx(tmp_path, monkeypatch, [{"name": "erp", "url": receiver.url}])
    drop(tmp_path, ctx, make_mail(4).raw)
    for _ in range(8):  # the first try and the spec's seven retries
        deliver_due(ctx)
        _make_due(ctx)
    [row] = _rows(ctx)
    assert row.state == OutboxState.FAILED and row.attempts == 8
    assert deliver_due(ctx).webhooks.deferred == 0 and len(receiver.deliveries) == 8
    with transaction(ctx.engine) as session:
        [letter] = dead_letters(session)

    status = build_status(ctx)
    assert letter.event == "case.created" and letter.last_error == "erp answered HTTP 500"
    assert status.webhooks is not None and status.webhooks.dead_letters == 1


def test_a_wrong_signature_is_refused_by_the_verifier(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    receiver.secret = OTHER_SECRET  # the receiver knows another secret
    ctx = _ctx(tmp_path, monkeypatch, [{"name": "erp", "url": receiver.url}])
    drop(tmp_path, ctx, make_mail(5).raw)
    assert deliver_due(ctx).webhooks.deferred == 1
    [delivery] = receiver.deliveries
    assert not delivery.ours_ok and not delivery.package_ok
    tampered = delivery.body.replace(b"case.created", b"case.deleted")
    with pytest.raises(InvalidSignature):
        verify(SECRET, delivery.headers, tampered)
    verify(SECRET, delivery.headers, delivery.body)  # the right secret accepts it


def test_410_disables_the_endpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    receiver.script = [410]
    ctx = _ctx(tmp_path, monkeypatch, [{"name": "erp", "url": receiver.url}])
    drop(tmp_path, ctx, make_mail(6).raw, make_mail(7).raw)
    run = deliver_due(ctx)
    assert run.webhooks.failed == 2 and len(receiver.deliveries) == 1
    assert {r.state for r in _rows(ctx)} == {OutboxState.FAILED}
    with transaction(ctx.engine) as session:
        assert disabled_endpoints(session) == ["erp"]
    hooks = build_status(ctx).webhooks
    assert hooks is not None and hooks.disabled == ["erp"]


def test_status_change_and_staff_reply_are_events(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    ctx = _ctx(tmp_path, monkeypatch, [{"name": "erp", "url": receiver.url}])
    drop(tmp_path, ctx, make_mail(8).raw)
    actor = Actor(name="clerk1", role="clerk")
    with transaction(ctx.engine) as session:
        case = session.execute(select(Case)).scalar_one()
        assert change_status(session, ctx, case, actor=actor, status="in_review")
        write_reply(session, ctx, case, body="ได้รับเรื่องแล้ว", actor=actor)
    assert deliver_due(ctx).webhooks.sent == 3
    events = [json.loads(d.body) for d in receiver.deliveries]
    assert [e["type"] for e in events] == ["case.created", "case.status_changed", "reply.sent"]
    assert events[1]["data"]["status"] == "in_review"
    assert events[1]["data"]["old_status"] == "new"


def _guide_verifier(language: str) -> object:
    """The `accept` function the guide's Webhooks section shows, taken from the text."""
    text = (Path(__file__).parents[2] / "docs" / language / "guide.md").read_text("utf-8")
    section = text.split("## 7. ")[1]
    code = section.split("```python\n")[1].split("```")[0]
    namespace: dict[str, object] = {}
    exec(code, namespace)  # the guide's own lines, run as written
    return namespace["accept"]


@pytest.mark.parametrize("language", ["en", "th"])
def test_the_verifier_the_guide_shows_accepts_ours_and_refuses_a_wrong_signature(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver, language: str
) -> None:
    accept = _guide_verifier(language)
    assert callable(accept)
    ctx = _ctx(tmp_path, monkeypatch, [{"name": "erp", "url": receiver.url}])
    drop(tmp_path, ctx, make_mail(9).raw)
    deliver_due(ctx)
    [delivery] = receiver.deliveries
    assert accept(SECRET, delivery.headers, delivery.body) is True
    assert accept(OTHER_SECRET, delivery.headers, delivery.body) is False
    forged = {**delivery.headers, "webhook-id": "msg_forged"}
    assert accept(SECRET, forged, delivery.body) is False
    assert accept(SECRET, delivery.headers, delivery.body + b" ") is False


def _signed_in(ctx: Context, name: str, role: str) -> TestClient:
    with transaction(ctx.engine) as session:
        create_user(session, name=name, role=role, password=PASSWORD)
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    client = TestClient(app, follow_redirects=True)
    token = CSRF.search(client.get("/login").text)
    assert token
    form = {"name": name, "password": PASSWORD, "csrf_token": token.group(1), "next": "/queue"}
    assert client.post("/login", data=form).status_code == 200
    return client


def test_admins_see_dead_letters_on_the_web_and_others_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    receiver.script = [410]
    ctx = _ctx(tmp_path, monkeypatch, [{"name": "erp", "url": receiver.url}])
    request = make_mail(10)
    drop(tmp_path, ctx, request.raw)
    deliver_due(ctx)
    with transaction(ctx.engine) as session:
        receipt = session.execute(select(Case)).scalar_one().receipt_no
    with _signed_in(ctx, "root", "admin") as admin:
        page = admin.get("/admin/webhooks")
    assert page.status_code == 200
    assert receipt in page.text and "case.created" in page.text and "410 Gone" in page.text
    assert 'id="disabled"' in page.text and "erp" in page.text
    assert request.sender not in page.text
    with _signed_in(ctx, "clerk", "staff") as clerk:
        assert clerk.get("/admin/webhooks").status_code == 403


def test_a_citizens_reply_is_a_reply_received_event_with_personal_data_only_if_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    ctx = _ctx(
        tmp_path,
        monkeypatch,
        [
            {"name": "public", "url": receiver.url, "events": ["reply.received"]},
            {"name": "caseapp", "url": receiver.url, "personal_data": True},
        ],
    )
    request = make_mail(11)
    drop(tmp_path, ctx, request.raw)
    answer = EmailMessage()
    answer["From"] = request.sender
    answer["To"] = "saraban@agency.example.go.th"
    answer["Subject"] = "ส่งเอกสารเพิ่มเติม"
    answer["Message-ID"] = "<answer-11@example.org>"
    answer["In-Reply-To"] = str(parse(request.raw)["Message-ID"]).strip()
    answer.set_content("ส่งเอกสารเพิ่มเติมตามที่ขอ", charset="utf-8")
    drop(tmp_path, ctx, bytes(answer))
    with transaction(ctx.engine) as session:
        states = sorted(session.execute(select(Message.state)).scalars())
    assert states == [MessageState.CASE, MessageState.REPLY]
    assert deliver_due(ctx).webhooks.sent == 3  # created to caseapp; received to both
    rows = {(r.target, r.purpose): r.message_id for r in _rows(ctx)}
    assert set(rows) == {
        ("caseapp", "case.created"),
        ("caseapp", "reply.received"),
        ("public", "reply.received"),
    }
    by_id = {d.headers["webhook-id"]: json.loads(d.body) for d in receiver.deliveries}
    public = by_id[rows[("public", "reply.received")]]
    private = by_id[rows[("caseapp", "reply.received")]]
    assert public["type"] == "reply.received" and "personal" not in public["data"]
    assert private["data"]["personal"]["from"] == request.sender


def test_a_redirect_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    receiver.script = [307, 302]
    ctx = _ctx(tmp_path, monkeypatch, [{"name": "erp", "url": receiver.url}])
    drop(tmp_path, ctx, make_mail(12).raw)
    assert deliver_due(ctx).webhooks.deferred == 1
    _make_due(ctx)
    assert deliver_due(ctx).webhooks.deferred == 1
    assert len(receiver.deliveries) == 2  # each answer taken as a failure, nothing followed
    [row] = _rows(ctx)
    assert row.last_error == "erp answered HTTP 302"


def test_webhook_rows_stay_out_of_the_mail_thread_and_the_case_pages_mail_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    ctx = _ctx(tmp_path, monkeypatch, [{"name": "erp", "url": receiver.url}])
    drop(tmp_path, ctx, make_mail(13).raw)
    actor = Actor(name="clerk1", role="staff")
    with transaction(ctx.engine) as session:
        case = session.execute(select(Case)).scalar_one()
        thread = thread_for(session, ctx, case, actor)
        assert case.id is not None
        shown = outgoing_mail(session, ctx, case.id, actor=actor, reveal_reason="answering")
    assert not any(ref.startswith("msg_") for ref in thread.references)
    assert shown == []  # acknowledgements are off here; the webhook row is no mail


def test_intake_poll_once_sends_webhooks_without_smtp_and_status_shows_410(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    receiver.script = [410]
    ctx = _ctx(tmp_path, monkeypatch, [{"name": "erp", "url": receiver.url}])
    assert ctx.settings.smtp is None and ctx.settings.source_file is not None
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    (inbox / "0001.eml").write_bytes(make_mail(14).raw)
    done = run_cli(ctx.settings.source_file, "poll", "--once", env={"HOOK_SECRET": SECRET})
    assert done.returncode == 0, done.stderr
    assert len(receiver.deliveries) == 1 and receiver.deliveries[0].ours_ok
    status = status_json(ctx.settings.source_file)
    assert status["webhooks"] == {"dead_letters": 1, "disabled": ["erp"]}
    table = run_cli(ctx.settings.source_file, "status").stdout
    assert "webhooks: 1 dead letter(s); disabled by 410: erp" in table
