"""Two workers on PostgreSQL staging two sendings of one request at the same moment.

Each worker's batch is one transaction. Without a lock, neither sees the other's
sending (it is not committed yet) and both open a case: the bench's mixed mailbox gave
7,538 cases with 2 workers where 1 worker gave 7,536. The second lookup of a
fingerprint must wait for the first transaction holding it, and then find it, whichever
of the two sendings was captured first."""

from __future__ import annotations

import threading
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import Session, col, select
from support.cli import write_config
from support.pg_locks import someone_waits_on_an_advisory_lock

from extractors.base import ParsedMessage, TextPart
from intake.context import Context, open_context
from intake.importer import import_paths
from intake.resend import first_sending, read_earlier_requests
from intake.settings import load_settings
from storage.db import transaction
from storage.models import Message, MessageState

SENDER = "race.test@example.org"
SUBJECT = "ขอคัดสำเนาทะเบียนบ้าน"
TEXT = "ข้าพเจ้า นายทดสอบ แข่งกัน ขอคัดสำเนาทะเบียนบ้าน โทร 081-234-5678"


def _mail(n: int) -> bytes:
    mail = EmailMessage()
    mail["From"] = SENDER
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = SUBJECT
    mail["Message-ID"] = f"<race-{n}@example.org>"
    mail.set_content(TEXT)
    return mail.as_bytes()


def _parsed() -> ParsedMessage:
    part = TextPart(part="1", kind="plain", text=TEXT)
    return ParsedMessage(subject=SUBJECT, from_addr=SENDER, text_parts=[part])


@pytest.fixture
def ctx(tmp_path: Path, postgres_url: str) -> Context:
    config = write_config(
        tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[], database_url=postgres_url
    )
    context = open_context(load_settings(config))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    paths = []
    for n in (1, 2):
        path = inbox / f"{n}.eml"
        path.write_bytes(_mail(n))
        paths.append(path)
    import_paths(context, paths)
    return context


def _ids(ctx: Context) -> list[int]:
    with transaction(ctx.engine) as session:
        return list(session.execute(select(Message.id).order_by(col(Message.id))).scalars())


def _look_up(session: Session, ctx: Context, message_id: int) -> int | None:
    """What a batch does for one of its messages: its batch's lookup, then the stage's."""
    read_earlier_requests(session, ctx, [(message_id, _parsed())])
    message = session.get(Message, message_id)
    assert message is not None
    return first_sending(session, ctx, message, _parsed())


@pytest.mark.parametrize("first_staged", ["earlier", "later"])
def test_the_second_worker_waits_for_the_first_and_finds_its_sending(
    ctx: Context, first_staged: str
) -> None:
    earlier, later = _ids(ctx)
    first, second = (earlier, later) if first_staged == "earlier" else (later, earlier)
    found: list[int | None] = []
    with transaction(ctx.engine) as session:  # the first worker's batch, open
        assert _look_up(session, ctx, first) is None  # the request's first sending
        message = session.get(Message, first)
        assert message is not None
        message.state = MessageState.CLASSIFIED
        session.flush()

        def second_worker() -> None:
            with transaction(ctx.engine) as other:
                found.append(_look_up(other, ctx, second))

        thread = threading.Thread(target=second_worker)
        thread.start()
        waited = someone_waits_on_an_advisory_lock(ctx.engine)
    thread.join(timeout=60)  # the first batch has committed
    assert waited, "the second lookup did not wait for the first worker's batch"
    assert found == [first], "the second sending was not found to be a copy of the first"


def test_different_requests_do_not_wait_for_each_other(ctx: Context) -> None:
    earlier, later = _ids(ctx)
    with transaction(ctx.engine) as session:
        assert _look_up(session, ctx, earlier) is None
        with transaction(ctx.engine) as other:  # would hang here if it waited
            other_parsed = _parsed()
            other_parsed.subject = "ขอคัดสำเนาสูติบัตร"
            read_earlier_requests(other, ctx, [(later, other_parsed)])
            message = other.get(Message, later)
            assert message is not None
            assert first_sending(other, ctx, message, other_parsed) is None
