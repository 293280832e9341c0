"""Attack: mail built so that the pipeline fails on it, with personal data exactly where
an error message would quote it (a charset name, a broken date, a bad transfer
encoding, an undecodable byte run, a corrupt PDF and DOCX named after the person, a
huge header). A full pipeline run over it, as the worker runs, logs at DEBUG; then
nothing of the person may be in any log record (message, arguments, extras or
traceback), in a recorded failure or quarantine reason, or in what `intake` prints
about the messages.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import select

from intake.context import Context, open_context
from intake.importer import import_paths
from intake.logs import JsonFormatter, setup_logging
from intake.runner import process_due
from intake.settings import Settings
from storage.db import transaction
from storage.models import Message, MessageEvent
from tests.attack.attack_helpers import digit_run
from tests.review.review_seed import person, request_body
from tests.support.cli import write_config
from tests.support.invoke import invoke

VICTIM = person(501)
NID = VICTIM.national_id


def _base(subject: str = "ขอข้อมูลข่าวสาร") -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = f"{VICTIM.name} <{VICTIM.email}>"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = subject
    return mail


def hostile_mails() -> list[bytes]:
    body = request_body(VICTIM)
    mails: list[bytes] = []
    # a charset whose name is the ID: LookupError("unknown encoding: ...") quotes it
    raw = bytes(_base_with_text(body))
    mails.append(raw.replace(b'charset="utf-8"', f'charset="x-{NID}"'.encode()))
    # a Date header that is the ID, and a Message-ID built from it
    dated = _base_with_text(body)
    dated["Date"] = f"{NID} {VICTIM.email}"
    mails.append(bytes(dated))
    # a transfer encoding named after the person, and base64 that is not base64
    broken = bytes(_base_with_text(body)).replace(
        b"Content-Transfer-Encoding: base64", f"Content-Transfer-Encoding: x-{NID}".encode()
    )
    mails.append(broken)
    mails.append(
        b"From: " + VICTIM.email.encode() + b"\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + f"!!{NID}!!{VICTIM.phone}==".encode()
        + b"\r\n"
    )
    # bytes that are no charset at all around the ID
    mails.append(
        b"From: " + VICTIM.email.encode() + b"\r\nSubject: \xff\xfe" + NID.encode() + b"\r\n"
        b"Content-Type: text/plain; charset=tis-620\r\n\r\n\xff\xfe\x00"
        + NID.encode()
        + b"\x81\x82\r\n"
    )
    # corrupt attachments named after the person, the ID inside them
    for subtype, name in (
        ("pdf", f"{VICTIM.name} {NID}.pdf"),
        ("vnd.openxmlformats-officedocument.wordprocessingml.document", f"{NID}.docx"),
    ):
        mail = _base_with_text(body)
        content = b"%PDF-1.7\n" if subtype == "pdf" else b"PK\x03\x04"
        mail.add_attachment(
            content + f"{NID} {VICTIM.phone} {VICTIM.email}".encode() + b"\x00" * 64,
            maintype="application",
            subtype=subtype,
            filename=name,
        )
        mails.append(bytes(mail))
    # a header far over any sane length, made of the ID
    long = _base_with_text(body)
    long["X-Long"] = " ".join([NID] * 3000)
    mails.append(bytes(long))
    return mails


def _base_with_text(body: str) -> EmailMessage:
    mail = _base()
    mail.set_content(body, cte="base64")
    return mail


def secrets() -> dict[str, str]:
    return {
        "national id": NID,
        "phone": VICTIM.phone_digits,
        "email": VICTIM.email,
        "name": VICTIM.name,
    }


def assert_clean(text: str, where: str) -> None:
    digits = digit_run(text)
    found = [
        kind
        for kind, value in secrets().items()
        if value in text or (value.isdigit() and value in digits)
    ]
    assert not found, f"{where} holds the person's {found}"


class _Keep(logging.Handler):
    """Keeps every record, to look at its arguments, extras and traceback too."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[tuple[Path, _Keep]]:
    """Logging set up as `intake` sets it up with log_level = "DEBUG" (the most an
    operator can ask for), plus a JSON file and a record keeper on the root logger."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    noisy = {name: logging.getLogger(name).level for name in logging.root.manager.loggerDict}
    setup_logging("json", "DEBUG")
    path = tmp_path / "intake.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(JsonFormatter())
    keep = _Keep()
    root.addHandler(handler)
    root.addHandler(keep)
    yield path, keep
    handler.close()
    root.handlers[:], level = saved
    root.setLevel(level)
    for name, old in noisy.items():
        logging.getLogger(name).setLevel(old)


@pytest.fixture
def ran(tmp_path: Path, logs: tuple[Path, _Keep]) -> Context:
    ctx = open_context(Settings(data_dir=tmp_path / "data", max_attempts=1))
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for n, raw in enumerate(hostile_mails()):
        path = folder / f"{n}.eml"
        path.write_bytes(raw)
        paths.append(path)
    import_paths(ctx, paths)
    for _ in range(3):
        process_due(ctx)
    return ctx


def test_a_pipeline_run_over_hostile_mail_logs_nothing_of_the_person(
    ran: Context, logs: tuple[Path, _Keep]
) -> None:
    with transaction(ran.engine) as session:
        assert len(session.execute(select(Message)).scalars().all()) == len(hostile_mails())
    path, keep = logs
    logged = path.read_text(encoding="utf-8")
    assert logged.strip() and keep.records, "nothing was logged: the check would be empty"
    assert_clean(logged, "the log")
    formatter = logging.Formatter()
    for record in keep.records:
        text = record.getMessage() + repr(record.__dict__)
        if record.exc_info:
            text += formatter.formatException(record.exc_info)
        assert_clean(text, f"a record of logger {record.name}")


def test_failure_and_quarantine_reasons_hold_nothing_of_the_person(ran: Context) -> None:
    with transaction(ran.engine) as session:
        messages = session.execute(select(Message)).scalars().all()
        texts = [f"{m.state} {m.state_reason} {m.last_error}" for m in messages]
        events = session.execute(select(MessageEvent)).scalars().all()
        texts += [str(e.reason) for e in events]
    for text in texts:
        assert_clean(text, "a recorded reason")


def test_what_intake_prints_about_the_messages_holds_nothing_of_the_person(
    ran: Context, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path / "agency.toml", data_dir=ran.settings.data_dir, mailboxes=[])
    for argv in (["status"], ["status", "--json"], ["quarantine", "list"], ["cases", "export"]):
        code, out, err = invoke(capsys, "--config", str(config), *argv)
        assert code == 0, (argv, err[-300:])
        assert_clean(out + err, f"intake {' '.join(argv)}")
