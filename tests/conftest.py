"""Shared fixtures. Real servers start once per session and stop at its end (see servers/)."""

from collections.abc import Iterator

import pytest
from servers import start_or_skip
from servers.dovecot import DovecotServer, ImapAccount
from servers.postgres import PostgresServer
from servers.smtp import SmtpSink


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
