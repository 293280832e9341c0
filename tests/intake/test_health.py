"""`/healthz`, `/metrics` and the warning of `intake status` over a real store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlmodel import select
from support.cli import write_config
from support.invoke import invoke
from support.mailgen import make_mail

from intake.context import Context, open_context
from intake.health import build_health
from intake.importer import import_paths
from intake.runner import process_due
from intake.settings import load_settings
from review.app import create_app
from review.options import WebOptions
from storage.db import transaction
from storage.models import MailboxStatus, Message, utcnow


@pytest.fixture
def store(tmp_path: Path) -> tuple[Path, Context]:
    """Two cases, one not_mail, and one message left pending (captured, never run)."""
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[],
    )
    with config.open("a") as handle:
        handle.write("[alerts]\nmax_pending_minutes = 30\n")
    ctx = open_context(load_settings(config))
    (tmp_path / "mail").mkdir()
    for n in range(2):
        (tmp_path / "mail" / f"{n}.eml").write_bytes(make_mail(n).raw)
    import_paths(ctx, [tmp_path / "mail", _write(tmp_path / "blank.eml", b"   \n")])
    process_due(ctx)
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "x.eml").write_bytes(make_mail(7).raw)
    import_paths(ctx, [tmp_path / "later"])
    return config, ctx


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.fixture
def client(store: tuple[Path, Context]) -> Iterator[TestClient]:
    _, ctx = store
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    with TestClient(app) as test_client:
        yield test_client


def _age_pending(ctx: Context, minutes: float) -> None:
    with transaction(ctx.engine) as session:
        for message in session.execute(select(Message)).scalars():
            if message.state == "received":
                message.captured_at = utcnow() - timedelta(minutes=minutes)


def test_metrics_are_prometheus_text_with_the_store_s_figures(
    client: TestClient, store: tuple[Path, Context]
) -> None:
    _, ctx = store
    _age_pending(ctx, 5)
    with transaction(ctx.engine) as session:
        session.add(MailboxStatus(name="saraban", last_error="login failed"))
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(response.text)
        for s in family.samples
    }
    assert samples[("intake_messages", (("state", "case"),))] == 2
    assert samples[("intake_messages", (("state", "not_mail"),))] == 1
    assert samples[("intake_messages", (("state", "received"),))] == 1
    assert 4 * 60 < samples[("intake_oldest_pending_message_age_seconds", ())] < 60 * 60
    assert samples[("intake_queue_age_seconds", ())] >= 0
    assert samples[("intake_poll_errors", ())] == 1
    assert samples[("intake_mailbox_poll_failing", (("mailbox", "saraban"),))] == 1
    assert samples[("intake_outbox_backlog", ())] == 0
    assert ("intake_stage_kills", ()) in samples
    assert "login failed" not in response.text


def test_healthz_is_ok_then_degraded_when_a_message_waits_too_long(
    client: TestClient, store: tuple[Path, Context]
) -> None:
    _, ctx = store
    first = client.get("/healthz")
    assert first.status_code == 200
    assert first.json()["status"] == "ok" and first.json()["pending"] == 1
    _age_pending(ctx, 45)
    later = client.get("/healthz")
    assert later.status_code == 200
    body = later.json()
    assert body["status"] == "degraded"
    assert any("max_pending_minutes = 30" in line for line in body["problems"])


def test_status_warns_when_the_oldest_pending_message_is_too_old(
    store: tuple[Path, Context], capsys: pytest.CaptureFixture[str]
) -> None:
    config, ctx = store
    code, out, _ = invoke(capsys, "--config", str(config), "status")
    assert code == 0 and "warning:" not in out
    _age_pending(ctx, 45)
    code, out, _ = invoke(capsys, "--config", str(config), "status")
    assert code == 0
    assert "warning: the oldest pending message has waited 45 min" in out
    assert build_health(ctx).warnings


def test_outbox_backlog_counts_what_waits_to_be_sent(store: tuple[Path, Context]) -> None:
    _, ctx = store
    from storage.outbox import OutboxRow, OutboxState

    with transaction(ctx.engine) as session:
        for n, state in enumerate([OutboxState.PENDING, OutboxState.PENDING, OutboxState.SENT]):
            session.add(OutboxRow(purpose="ack", message_id=f"<m{n}@test>", state=state))
    assert build_health(ctx).outbox_backlog == 2
