"""The session's real servers work as the integration tests expect."""

from __future__ import annotations

import smtplib
import socket
import ssl
import tempfile
from pathlib import Path

import imapclient
import psycopg
import pytest
import sqlalchemy as sa
from imapclient.exceptions import LoginError

from servers import ServerUnavailable, closed_port, memory_dir, start_or_skip
from servers.dovecot import DovecotServer, ImapAccount
from servers.postgres import PostgresServer
from servers.smtp import SmtpSink
from servers.tls import make_tls_files

pytestmark = pytest.mark.integration


def make_message(n: int, subject: str = "คำร้องทั่วไป") -> bytes:
    """A small UTF-8 message with a unique Message-ID, CRLF line ends (as stored by Dovecot)."""
    return (
        f"From: sender{n}@example.org\r\n"
        f"To: saraban@example.go.th\r\n"
        f"Subject: =?utf-8?b?{subject.encode().hex()}?= {n}\r\n"
        f"Message-ID: <msg-{n}@example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        f"ชื่อ-นามสกุล: ทดสอบ {n}\r\n"
    ).encode()


# --- Dovecot --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["plain", "starttls", "ssl"])
def test_login_in_each_security_mode(imap_account: ImapAccount, mode: str) -> None:
    conn = imap_account.client(ssl=mode == "ssl", starttls=mode == "starttls")
    try:
        assert conn.has_capability("UIDPLUS")
        assert conn.has_capability("MOVE")
        assert conn.select_folder("INBOX")[b"EXISTS"] == 0
        tls_in_use = isinstance(conn.socket(), ssl.SSLSocket)
        assert tls_in_use == (mode != "plain")
    finally:
        conn.logout()


def test_tls_certificate_is_verified_against_the_test_ca(
    imap_account: ImapAccount, tmp_path: Path
) -> None:
    other_ca = make_tls_files(tmp_path).ca_file
    untrusting = ssl.create_default_context(cafile=str(other_ca))
    with pytest.raises(ssl.SSLCertVerificationError):
        imapclient.IMAPClient(
            imap_account.host, imap_account.ssl_port, ssl=True, ssl_context=untrusting
        )
    address = (imap_account.host, imap_account.ssl_port)
    with (
        socket.create_connection(address, timeout=5) as sock,
        pytest.raises(ssl.SSLCertVerificationError, match="mismatch"),
    ):
        imap_account.ssl_context().wrap_socket(sock, server_hostname="wrong.example")


def test_wrong_password_is_a_login_error(imap_account: ImapAccount) -> None:
    conn = imapclient.IMAPClient(imap_account.host, imap_account.port, ssl=False)
    with pytest.raises(LoginError):
        conn.login(imap_account.username, imap_account.password + "x")


def test_accounts_made_in_a_burst_are_separate_and_usable(dovecot_server: DovecotServer) -> None:
    accounts = [dovecot_server.new_account("burst") for _ in range(5)]
    accounts[0].append("INBOX", make_message(1))
    assert len({a.username for a in accounts}) == 5
    assert [a.count("INBOX") for a in accounts] == [1, 0, 0, 0, 0]


def test_append_many_500_messages(imap_account: ImapAccount) -> None:
    raws = [make_message(n) for n in range(500)]
    assert imap_account.append_many("INBOX", raws) == 500
    assert imap_account.count("INBOX") == 500
    assert imap_account.uids("INBOX") == list(range(1, 501))
    assert imap_account.fetch_all("INBOX") == raws


def test_uid_move_between_folders(imap_account: ImapAccount) -> None:
    raws = [make_message(n) for n in range(3)]
    imap_account.append_many("INBOX", raws)
    imap_account.create_folder("Processed")
    with imap_account.session() as conn:
        conn.select_folder("INBOX")
        uids = sorted(conn.search("ALL"))
        conn.move(uids[:2], "Processed")
    assert imap_account.fetch_all("INBOX") == raws[2:]
    assert imap_account.fetch_all("Processed") == raws[:2]
    assert "Processed" in imap_account.folders()


def test_append_creates_a_missing_folder(imap_account: ImapAccount) -> None:
    imap_account.append("Archive/2567", make_message(1), flags=[r"\Seen"])
    assert imap_account.count("Archive/2567") == 1
    assert list(imap_account.flags("Archive/2567").values()) == [{r"\Seen"}]


@pytest.mark.parametrize("folder", ["INBOX", "Processed"])
def test_reset_uidvalidity_keeps_messages_under_new_uids(
    imap_account: ImapAccount, folder: str
) -> None:
    raws = [make_message(n) for n in range(4)]
    imap_account.append_many(folder, raws)
    imap_account.append(folder, make_message(9), flags=[r"\Flagged"])
    old_validity, old_uids = imap_account.uidvalidity(folder), imap_account.uids(folder)

    new_validity = imap_account.reset_uidvalidity(folder)

    assert new_validity != old_validity
    assert imap_account.uidvalidity(folder) == new_validity
    assert imap_account.fetch_all(folder) == [*raws, make_message(9)]
    new_uids = imap_account.uids(folder)
    assert len(new_uids) == 5
    assert not set(new_uids) & set(old_uids)
    assert imap_account.flags(folder)[new_uids[-1]] == {r"\Flagged"}


def test_recreate_folder_empties_it_with_new_uidvalidity(imap_account: ImapAccount) -> None:
    imap_account.append("Processed", make_message(1))
    before = imap_account.uidvalidity("Processed")
    imap_account.recreate_folder("Processed")
    assert imap_account.count("Processed") == 0
    assert imap_account.uidvalidity("Processed") != before


def test_closed_port_refuses_connections() -> None:
    port = closed_port()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2)


def test_stopped_dovecot_leaves_no_process_or_files() -> None:
    server = start_or_skip(DovecotServer.start, "Dovecot")
    master = server.pid
    children = _children(master)
    assert children, "Dovecot master should have started its helper processes"
    server.stop()
    assert not [pid for pid in [master, *children] if _alive(pid)]
    assert not server.root.exists()


def test_stopped_postgres_leaves_no_process_or_files() -> None:
    server = start_or_skip(PostgresServer.start, "PostgreSQL")
    postmaster = server.pid
    children = _children(postmaster)
    assert children, "the postmaster should have started its background workers"
    server.stop()
    assert not [pid for pid in [postmaster, *children] if _alive(pid)]
    assert not server.root.exists()


# --- PostgreSQL -----------------------------------------------------------------------


def test_the_cluster_lives_on_the_ram_disk_when_there_is_one(
    postgres_server: PostgresServer,
) -> None:
    """Its databases (2.2 GB by the session's end) took 149 s to remove from a disk
    mounted with `discard`, 5 s from RAM (servers.memory_dir)."""
    expected = memory_dir() or Path(tempfile.gettempdir())
    assert postgres_server.root.parent == expected


def test_new_database_accepts_tables(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE note (id serial PRIMARY KEY, body text)"))
            conn.execute(sa.text("INSERT INTO note (body) VALUES ('ทดสอบ')"))
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT body FROM note")).scalar_one() == "ทดสอบ"
            tables = conn.execute(
                sa.text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            )
            assert tables.scalar_one() == 1
    finally:
        engine.dispose()


def test_each_new_database_is_distinct(postgres_server: PostgresServer) -> None:
    first, second = postgres_server.new_database(), postgres_server.new_database()
    assert sa.make_url(first).database != sa.make_url(second).database


def test_created_role_logs_in_with_its_password_only(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    database = sa.make_url(postgres_url).database
    assert database is not None
    role_url = sa.make_url(postgres_server.create_role("app_reader", "s3cret:/@", database))
    postgres_server.execute("CREATE TABLE audit (id int)", database=database)
    postgres_server.execute("GRANT SELECT ON audit TO app_reader", database=database)

    engine = sa.create_engine(role_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM audit")).scalar_one() == 0
            with pytest.raises(sa.exc.ProgrammingError):
                conn.execute(sa.text("DELETE FROM audit"))
    finally:
        engine.dispose()
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(host=role_url.host, port=role_url.port, user="app_reader",
                        password="wrong", dbname=database).close()  # fmt: skip


# --- SMTP -----------------------------------------------------------------------------


def test_smtp_sink_captures_what_smtplib_sends(smtp_messages: SmtpSink) -> None:
    raw = make_message(7)
    with smtplib.SMTP(smtp_messages.host, smtp_messages.port, timeout=10) as client:
        client.sendmail("noreply@example.go.th", ["citizen@example.org"], raw)
    [captured] = smtp_messages.wait_for(1)
    assert captured.mail_from == "noreply@example.go.th"
    assert captured.rcpt_tos == ["citizen@example.org"]
    assert captured.raw == raw


# --- the skip-or-fail policy ----------------------------------------------------------


def _unavailable() -> None:
    raise ServerUnavailable("dovecot not found")


def test_missing_server_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="dovecot not found"):
        start_or_skip(_unavailable, "Dovecot")


def test_missing_server_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="dovecot not found"):
        start_or_skip(_unavailable, "Dovecot")


# --- helpers --------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    """Running, as opposed to gone or a zombie waiting for a parent that may never reap it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
