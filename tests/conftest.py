"""Shared fixtures. Real servers start once per session and stop at its end (see servers/)."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import start_or_skip
from servers.dovecot import DovecotServer, ImapAccount
from servers.postgres import PostgresServer
from servers.smtp import SmtpSink

# As in the worker: importing extractors.bounded has the sandbox's fork server import the
# readers once, so a child that replaces a killed one (tests/fuzz kills one per raising
# example) starts with them imported instead of importing them itself. A full run had it
# from collection (some test module imports it); `pytest tests/fuzz` alone did not, and
# its ODT test took 80 s (40 fresh children, 16 CPU-s) instead of 10 s (6 CPU-s).
import extractors.bounded  # noqa: F401

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (`make test`), a module's tests go to one process together: a
    module's fixtures (a seeded store, a built set of mails, a browser) are built once, not
    once in each process. Tests already in a group keep it (tests/extractors/parallel_reads.py)."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


def pytest_sessionstart(session: pytest.Session) -> None:
    """Tests that read ../shared/corpus skip without it on a developer's machine; in CI a
    missing corpus would turn them into silent passes, so the run stops here instead."""
    if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"} and not CORPUS.is_dir():
        raise pytest.UsageError(f"CI: the shared corpus is missing at {CORPUS}")


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    server = start_or_skip(DovecotServer.start, "Dovecot IMAP server (dovecot-imapd)")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = start_or_skip(PostgresServer.start, "PostgreSQL server (postgresql)")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def smtp_sink() -> Iterator[SmtpSink]:
    sink = start_or_skip(SmtpSink.start, "SMTP sink (aiosmtpd)")
    yield sink
    sink.stop()


@pytest.fixture
def imap_account(dovecot_server: DovecotServer) -> ImapAccount:
    """A fresh user with an empty INBOX."""
    return dovecot_server.new_account()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """SQLAlchemy URL of a fresh, empty database (superuser)."""
    return postgres_server.new_database()


@pytest.fixture
def smtp_messages(smtp_sink: SmtpSink) -> SmtpSink:
    """The session's SMTP sink, emptied for this test."""
    smtp_sink.clear()
    return smtp_sink
