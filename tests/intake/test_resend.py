"""A request sent again with a new Message-ID is a duplicate of the first, not a second
case (issue 8's outcomes; the second held-out outcome set's dup_sent_twice_new_message_id):
the same citizen's same subject, text and files, within a day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import col, select, update
from support.cli import write_config

from extractors.base import ParsedMessage, TextPart
from intake.context import Context, open_context
from intake.fingerprint import RequestFingerprints, fingerprint
from intake.importer import import_paths
from intake.resend import RESEND_WINDOW
from intake.runner import process_due
from intake.settings import load_settings
from storage.db import transaction
from storage.models import Case, Message
from storage.privacy import SYSTEM
from storage.retention import erase_case

TEXT = "เรียน เจ้าหน้าที่\nข้าพเจ้า นายทดสอบ ส่งซ้ำ ขอคัดสำเนาทะเบียนบ้าน\nโทร 081-234-5678\n"


def request(
    n: int, *, sender: str = "resend.test@example.org", text: str = TEXT, file: bytes = b""
) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "ขอคัดสำเนาทะเบียนบ้าน"
    mail["Message-ID"] = f"<send-{n}@example.org>"  # each sending its own
    mail["Date"] = f"Mon, 5 Jan 2026 10:0{n % 10}:00 +0700"
    mail.set_content(text)
    if file:
        mail.add_attachment(file, maintype="application", subtype="pdf", filename="form.pdf")
    return mail.as_bytes()


# PostgreSQL looks the stored fingerprints up its own way (one index probe each)
@pytest.fixture(params=["sqlite", "postgresql"])
def ctx(tmp_path: Path, request: pytest.FixtureRequest) -> Context:
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    config = write_config(
        tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[], database_url=url
    )
    return open_context(load_settings(config))


@pytest.fixture
def deliver(tmp_path: Path, ctx: Context) -> Callable[..., list[str]]:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    count = [0]

    def run(*raws: bytes) -> list[str]:
        """Import these mails as one batch, run the stages; every message's state."""
        paths = []
        for raw in raws:
            count[0] += 1
            path = inbox / f"{count[0]:03d}.eml"
            path.write_bytes(raw)
            paths.append(path)
        import_paths(ctx, paths)
        process_due(ctx)
        with transaction(ctx.engine) as session:
            query = select(Message.state).order_by(col(Message.id))
            return list(session.execute(query).scalars())

    return run


def test_the_same_request_sent_again_in_one_batch_is_a_duplicate(
    deliver: Callable[..., list[str]],
) -> None:
    assert deliver(request(1), request(2)) == ["case", "duplicate"]


def test_the_same_request_sent_again_later_is_a_duplicate_of_the_first(
    deliver: Callable[..., list[str]], ctx: Context
) -> None:
    deliver(request(1))
    assert deliver(request(2), request(3)) == ["case", "duplicate", "duplicate"]
    with transaction(ctx.engine) as session:
        copies = session.execute(
            select(Message.duplicate_of_id).where(col(Message.state) == "duplicate")
        ).scalars()
        assert set(copies) == {1}
        assert len(session.execute(select(Case.id)).all()) == 1


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(dict(sender="someone.else@example.org"), id="another sender"),
        pytest.param(dict(text=TEXT.replace("ทะเบียนบ้าน", "สูติบัตร")), id="another text"),
        pytest.param(dict(file=b"%PDF-1.4 another form"), id="another file"),
    ],
)
def test_another_request_is_a_case(deliver: Callable[..., list[str]], other: dict) -> None:
    assert deliver(request(1), request(2, **other)) == ["case", "case"]


def test_the_same_text_a_day_later_is_a_new_request(
    deliver: Callable[..., list[str]], ctx: Context
) -> None:
    deliver(request(1))
    with transaction(ctx.engine) as session:
        before = session.execute(select(Message.captured_at)).scalar_one()
        earlier = before - RESEND_WINDOW - timedelta(minutes=1)
        session.execute(update(Message).values(captured_at=earlier))
    assert deliver(request(2)) == ["case", "case"]


def test_a_first_sending_that_made_no_case_does_not_make_the_second_a_copy(
    deliver: Callable[..., list[str]], ctx: Context
) -> None:
    deliver(request(1))
    with transaction(ctx.engine) as session:  # as if it had been quarantined
        session.execute(update(Message).values(state="quarantined"))
    assert deliver(request(2)) == ["quarantined", "case"]


def test_erasing_the_case_forgets_its_fingerprint(
    deliver: Callable[..., list[str]], ctx: Context
) -> None:
    deliver(request(1))
    with transaction(ctx.engine) as session:
        assert session.execute(select(Message.request_hmac)).scalar_one() is not None
        case_id = session.execute(select(Case.id)).scalar_one()
        erase_case(session, case_id=case_id, actor=SYSTEM, purpose="test", keyring=ctx.keyring)
    with transaction(ctx.engine) as session:
        assert session.execute(select(Message.request_hmac)).scalar_one() is None


def parsed(subject: str, *texts: str) -> ParsedMessage:
    parts = [TextPart(part=str(n), kind="plain", text=t) for n, t in enumerate(texts)]
    return ParsedMessage(subject=subject, text_parts=parts)


def test_the_fingerprint_ignores_spacing_and_the_html_alternative() -> None:
    plain = parsed("ขอ  สำเนา", "บรรทัดหนึ่ง\r\nบรรทัด  สอง \n")
    rewrapped = parsed("ขอ สำเนา", "บรรทัดหนึ่ง บรรทัด สอง")
    html = TextPart(part="9", kind="html", text="something else", html="<p>x</p>")
    with_html = parsed("ขอ สำเนา", "บรรทัดหนึ่ง บรรทัด สอง")
    with_html.text_parts.append(html)
    assert fingerprint(plain, "A@Example.org") == fingerprint(rewrapped, "a@example.org")
    assert fingerprint(with_html, "a@example.org") == fingerprint(plain, "a@example.org")
    assert fingerprint(plain, "a@example.org") != fingerprint(plain, "b@example.org")


def test_the_stored_hash_depends_on_the_index_key() -> None:
    message = parsed("ขอ สำเนา", "ข้อความ")
    one, two = RequestFingerprints(b"1" * 32), RequestFingerprints(b"2" * 32)
    assert one.digest(message, "a@example.org") != two.digest(message, "a@example.org")
    assert len(one.digest(message, "a@example.org")) == 64
    assert "ข้อความ" not in repr(one)
