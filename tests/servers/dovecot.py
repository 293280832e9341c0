"""A private Dovecot IMAP server for integration tests, and throwaway accounts on it.

The server runs in the foreground as a child of the test process (`dovecot -F -c FILE`)
with every path (base_dir, state_dir, log, mail, users) inside one temp dir, so it never
touches the system's Dovecot. It listens on loopback only: one plain port that offers
STARTTLS and one implicit-TLS port, with a certificate from a throwaway CA (`ca_file`).

Each account gets its own passwd-file (`users/<name>`). Dovecot rereads a passwd-file at
most once a second, so one shared file would make an account added within the same second
unknown; a file per user is read fresh on its first lookup.
"""

from __future__ import annotations

import atexit
import contextlib
import grp
import itertools
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import imapclient

from . import (
    INSTALL_HINT,
    LOOPBACK,
    ServerUnavailable,
    closed_port,
    die_with_parent,
    find_program,
    free_port,
    log_tail,
    make_public_tempdir,
    port_accepts,
    require_root,
    run_checked,
    wait_until,
)

__all__ = ["DovecotServer", "ImapAccount", "closed_port"]

MAIL_USER = "intake-test-mail"
_SBIN = ("/usr/sbin", "/usr/local/sbin")
_START_TIMEOUT_S = 30.0
_START_ATTEMPTS = 3  # a free port can be taken between our probe and Dovecot's bind
_APPEND_BATCH_BYTES = 4 * 1024 * 1024
_APPEND_BATCH_COUNT = 200
_FETCH_BATCH = 500


@dataclass(frozen=True)
class _Layout:
    root: Path

    @property
    def config(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def console(self) -> Path:
        """Dovecot's stdout/stderr: configuration errors land here before the log opens."""
        return self.root / "console.log"

    @property
    def users(self) -> Path:
        return self.root / "users"

    @property
    def mail(self) -> Path:
        return self.root / "mail"


class DovecotServer:
    """One running Dovecot; make it with `DovecotServer.start()`, end it with `stop()`."""

    host = LOOPBACK

    def __init__(
        self,
        layout: _Layout,
        process: subprocess.Popen[bytes],
        ports: tuple[int, int],
        ca_file: Path,
        doveadm: str,
    ) -> None:
        self._layout = layout
        self._process = process
        self.port, self.ssl_port = ports
        self.ca_file = ca_file
        self._doveadm = doveadm
        self._counter = itertools.count(1)

    @property
    def log_path(self) -> Path:
        """Dovecot's log (logins, auth failures, errors): read it when a test misbehaves."""
        return self._layout.log

    @property
    def root(self) -> Path:
        return self._layout.root

    @property
    def pid(self) -> int:
        """The Dovecot master's process id."""
        return self._process.pid

    @classmethod
    def start(cls) -> DovecotServer:
        """Start a fresh server; ServerUnavailable says what is missing or what went wrong."""
        require_root("Dovecot")
        dovecot = find_program("dovecot", *_SBIN)
        doveadm = find_program("doveadm", "/usr/bin", *_SBIN)
        version = _version(dovecot)
        uid, gid = _mail_owner()
        layout = _Layout(make_public_tempdir("intake-dovecot-", in_memory=True))
        try:
            ca_file = _prepare_dirs(layout, uid, gid)
            server = _start_with_retries(cls, layout, dovecot, doveadm, version, uid, gid, ca_file)
        except BaseException:
            shutil.rmtree(layout.root, ignore_errors=True)
            raise
        atexit.register(server.stop)
        return server

    def new_account(self, prefix: str = "t") -> ImapAccount:
        """A new user with an empty mailbox (INBOX only)."""
        if not re.fullmatch(r"[a-z0-9]{1,20}", prefix):
            raise ValueError("prefix must be 1-20 lower-case letters or digits")
        username = f"{prefix}{next(self._counter)}-{secrets.token_hex(3)}"
        password = secrets.token_urlsafe(12)
        entry = self._layout.users / username
        staging = entry.with_suffix(".tmp")
        staging.write_text(f"{username}:{{PLAIN}}{password}::::::\n")
        staging.chmod(0o644)
        os.replace(staging, entry)  # atomic: the auth process never reads half a line
        return ImapAccount(
            self.host, self.port, self.ssl_port, username, password, self.ca_file, self
        )

    def doveadm(self, *args: str) -> str:
        """Run a doveadm command against this server's config; returns its stdout."""
        command = [self._doveadm, "-c", str(self._layout.config), *args]
        return run_checked(command, f"doveadm {args[0] if args else ''}").stdout

    def stop(self, *, keep_files: bool = False) -> None:
        """Stop Dovecot and its children; remove the temp dir unless `keep_files`. Idempotent."""
        if self._process.poll() is None:
            self._process.terminate()  # the master stops every child it started
            try:
                self._process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=5)
        if not keep_files:
            shutil.rmtree(self._layout.root, ignore_errors=True)

    def restart(self) -> None:
        """Stop the server and start it again on the same ports with the same mail."""
        _terminate(self._process)
        self._process = _spawn(find_program("dovecot", *_SBIN), self._layout)
        _wait_ready(self._process, self._layout, (self.port, self.ssl_port), self.ca_file)

    def __repr__(self) -> str:
        return f"DovecotServer(port={self.port}, ssl_port={self.ssl_port}, root={self.root})"


@dataclass(frozen=True)
class ImapAccount:
    """One user on the test server, with helpers that set up and inspect its mailbox.

    Every helper opens its own short connection, so it never disturbs the selected
    folder of a client under test.
    """

    host: str
    port: int
    ssl_port: int
    username: str
    password: str = field(repr=False)
    ca_file: Path
    server: DovecotServer = field(repr=False, compare=False)

    def ssl_context(self) -> ssl.SSLContext:
        """A context that trusts only the test CA and checks the host name."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def client(self, ssl: bool = False, *, starttls: bool = False) -> imapclient.IMAPClient:
        """A logged-in client over implicit TLS (`ssl`), STARTTLS, or plain text."""
        if ssl:
            conn = imapclient.IMAPClient(
                self.host, self.ssl_port, ssl=True, ssl_context=self.ssl_context(), timeout=30
            )
        else:
            conn = imapclient.IMAPClient(self.host, self.port, ssl=False, timeout=30)
            if starttls:
                conn.starttls(self.ssl_context())
        conn.login(self.username, self.password)
        return conn

    @contextlib.contextmanager
    def session(self) -> Iterator[imapclient.IMAPClient]:
        """A plain logged-in client that is logged out afterwards."""
        conn = self.client()
        try:
            yield conn
        finally:
            with contextlib.suppress(Exception):
                conn.logout()

    def create_folder(self, folder: str) -> None:
        """Create `folder` if it does not exist yet."""
        with self.session() as conn:
            _ensure_folder(conn, folder)

    def folders(self) -> list[str]:
        with self.session() as conn:
            return sorted(name for _flags, _sep, name in conn.list_folders())

    def append(self, folder: str, raw: bytes, flags: Iterable[str] = ()) -> None:
        """Append one message, creating the folder if needed."""
        with self.session() as conn:
            _ensure_folder(conn, folder)
            conn.append(folder, raw, flags=tuple(flags))

    def append_many(self, folder: str, raws: Iterable[bytes]) -> int:
        """Append messages in order over one connection (MULTIAPPEND batches); returns the count."""
        with self.session() as conn:
            _ensure_folder(conn, folder)
            return _multiappend(conn, folder, ({"msg": raw} for raw in raws))

    def count(self, folder: str) -> int:
        return self._status(folder, b"MESSAGES")

    def uidvalidity(self, folder: str) -> int:
        return self._status(folder, b"UIDVALIDITY")

    def uids(self, folder: str) -> list[int]:
        with self.session() as conn:
            conn.select_folder(folder, readonly=True)
            return sorted(conn.search("ALL"))

    def fetch_all(self, folder: str) -> list[bytes]:
        """Raw bytes of every message in `folder`, in UID order."""
        return [message["msg"] for message in self._fetch_messages(folder)]

    def flags(self, folder: str) -> dict[int, set[str]]:
        """Stored flags of each message by UID (\\Recent, a session flag, left out)."""
        with self.session() as conn:
            conn.select_folder(folder, readonly=True)
            found = conn.get_flags(conn.search("ALL"))
            # \Recent belongs to a session, not to the message: leave it out.
            return {
                uid: {_text(flag) for flag in fl if flag != imapclient.RECENT}
                for uid, fl in found.items()
            }

    def recreate_folder(self, folder: str) -> None:
        """Delete and re-create a folder (not INBOX): it ends empty, with a new UIDVALIDITY."""
        if folder.upper() == "INBOX":
            raise ValueError("INBOX cannot be deleted; use reset_uidvalidity")
        with self.session() as conn:
            if conn.folder_exists(folder):
                conn.delete_folder(folder)
            conn.create_folder(folder)

    def reset_uidvalidity(self, folder: str) -> int:
        """Give `folder` a new UIDVALIDITY, keeping its messages; returns the new value.

        What a server migration does: the same messages (bytes, flags, internal dates),
        a new UIDVALIDITY, and new UIDs (they continue after the old UIDNEXT, so no old
        UID names a message any more). Works for INBOX too.
        """
        messages = self._fetch_messages(folder)
        old = self.uidvalidity(folder)
        with self.session() as conn:
            conn.select_folder(folder)
            if messages:
                uids = conn.search("ALL")
                conn.add_flags(uids, [imapclient.DELETED])
                conn.expunge()
            conn.unselect_folder()
            new = old + 1 if old < 0xFFFFFFFF else 1
            self.server.doveadm(
                "mailbox", "update", "-u", self.username, "--uid-validity", str(new), folder
            )
            _multiappend(conn, folder, iter(messages))
        return new

    def _status(self, folder: str, key: bytes) -> int:
        with self.session() as conn:
            value: int = conn.folder_status(folder, [key])[key]
            return value

    def _fetch_messages(self, folder: str) -> list[dict[str, Any]]:
        """Messages as multiappend items: bytes, flags (minus \\Recent) and internal date."""
        items = [b"BODY.PEEK[]", b"FLAGS", b"INTERNALDATE"]
        messages: list[dict[str, Any]] = []
        with self.session() as conn:
            conn.select_folder(folder, readonly=True)
            uids = sorted(conn.search("ALL"))
            for start in range(0, len(uids), _FETCH_BATCH):
                batch = conn.fetch(uids[start : start + _FETCH_BATCH], items)
                for uid in sorted(batch):
                    data = batch[uid]
                    flags = [f for f in data[b"FLAGS"] if f != imapclient.RECENT]
                    messages.append(
                        {"msg": data[b"BODY[]"], "flags": flags, "date": data[b"INTERNALDATE"]}
                    )
        return messages


def _ensure_folder(conn: imapclient.IMAPClient, folder: str) -> None:
    if folder.upper() != "INBOX" and not conn.folder_exists(folder):
        conn.create_folder(folder)


def _multiappend(conn: imapclient.IMAPClient, folder: str, items: Iterator[dict[str, Any]]) -> int:
    """Send items in MULTIAPPEND batches bounded by count and size; returns how many."""
    total = 0
    batch: list[dict[str, Any]] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item["msg"])
        if len(batch) >= _APPEND_BATCH_COUNT or size >= _APPEND_BATCH_BYTES:
            conn.multiappend(folder, batch)
            total, batch, size = total + len(batch), [], 0
    if batch:
        conn.multiappend(folder, batch)
        total += len(batch)
    return total


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _version(dovecot: str) -> tuple[int, int]:
    output = run_checked([dovecot, "--version"], "dovecot --version").stdout
    match = re.match(r"(\d+)\.(\d+)", output.strip())
    if match is None:
        raise ServerUnavailable(f"cannot read the Dovecot version from {output.strip()!r}")
    return int(match[1]), int(match[2])


def _mail_owner() -> tuple[int, int]:
    """Uid/gid owning the maildirs: a dedicated system user, made if missing, else nobody."""
    with contextlib.suppress(KeyError):
        entry = pwd.getpwnam(MAIL_USER)
        return entry.pw_uid, entry.pw_gid
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    created = subprocess.run(
        [
            useradd,
            "--system",
            "--user-group",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            MAIL_USER,
        ],
        capture_output=True,
        check=False,
    )
    if created.returncode == 0 or _user_exists(MAIL_USER):
        entry = pwd.getpwnam(MAIL_USER)
        return entry.pw_uid, entry.pw_gid
    nobody = pwd.getpwnam("nobody")
    gid = grp.getgrnam("nogroup").gr_gid if _group_exists("nogroup") else nobody.pw_gid
    return nobody.pw_uid, gid


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _group_exists(name: str) -> bool:
    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


def _prepare_dirs(layout: _Layout, uid: int, gid: int) -> Path:
    from .tls import make_tls_files  # imported late: `cryptography` is only needed here

    for directory in ("run", "state", "tls"):
        (layout.root / directory).mkdir()
    layout.users.mkdir(mode=0o755)
    layout.mail.mkdir(mode=0o755)
    os.chown(layout.mail, uid, gid)
    tls = make_tls_files(layout.root / "tls")
    (layout.root / "tls").chmod(0o755)
    return tls.ca_file


def _start_with_retries(
    cls: type[DovecotServer],
    layout: _Layout,
    dovecot: str,
    doveadm: str,
    version: tuple[int, int],
    uid: int,
    gid: int,
    ca_file: Path,
) -> DovecotServer:
    error: ServerUnavailable | None = None
    for _attempt in range(_START_ATTEMPTS):
        ports = (free_port(), free_port())
        if ports[0] == ports[1]:
            continue
        layout.config.write_text(_config(version, layout, ports, uid, gid))
        process = _spawn(dovecot, layout)
        try:
            _wait_ready(process, layout, ports, ca_file)
        except ServerUnavailable as failure:
            error = failure
            _terminate(process)
            continue
        return cls(layout, process, ports, ca_file, doveadm)
    raise error or ServerUnavailable("Dovecot: could not find two free ports")


def _spawn(dovecot: str, layout: _Layout) -> subprocess.Popen[bytes]:
    with layout.console.open("wb") as console:
        try:
            return subprocess.Popen(
                [dovecot, "-F", "-c", str(layout.config)],
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
                preexec_fn=die_with_parent(signal.SIGTERM),
            )
        except OSError as error:
            raise ServerUnavailable(f"cannot run {dovecot}: {error}; {INSTALL_HINT}") from error


def _wait_ready(
    process: subprocess.Popen[bytes], layout: _Layout, ports: tuple[int, int], ca_file: Path
) -> None:
    def ready() -> bool:
        return port_accepts(ports[0], b"* OK") and _tls_greets(ports[1], ca_file)

    try:
        wait_until(
            ready,
            timeout=_START_TIMEOUT_S,
            what="Dovecot",
            alive=lambda: process.poll() is None,
            log=layout.log,
        )
    except ServerUnavailable as error:
        raise ServerUnavailable(f"{error}{log_tail(layout.console)}") from None


def _tls_greets(port: int, ca_file: Path) -> bool:
    """A full handshake: a bare TCP probe leaves a login process waiting, delaying shutdown."""
    context = ssl.create_default_context(cafile=str(ca_file))
    try:
        with (
            socket.create_connection((LOOPBACK, port), timeout=2) as raw,
            context.wrap_socket(raw, server_hostname=LOOPBACK) as tls,
        ):
            return tls.recv(64).startswith(b"* OK")
    except OSError:
        return False


def _terminate(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _config(
    version: tuple[int, int], layout: _Layout, ports: tuple[int, int], uid: int, gid: int
) -> str:
    """dovecot.conf for 2.3 (Debian 12, Ubuntu 24.04) or the renamed settings of 2.4."""
    paths = {
        "root": layout.root,
        "log": layout.log,
        "users": layout.users,
        "mail": layout.mail,
        "cert": layout.root / "tls" / "server.pem",
        "key": layout.root / "tls" / "server.key",
        "imap": ports[0],
        "imaps": ports[1],
        "uid": uid,
        "gid": gid,
    }
    newer = version >= (2, 4)
    text = (_HEAD_2_4 if newer else "") + _COMMON_HEAD
    text += (_CONFIG_2_4 if newer else _CONFIG_2_3) + _COMMON_TAIL
    return text.format(**paths)


# Settings valid in both versions. fsync is off: test mail need not survive a power cut.
# auth_failure_delay is 0 so wrong-password tests do not each wait 2 seconds.
_COMMON_HEAD = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {log}
protocols = imap
listen = 127.0.0.1
ssl = yes
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0
first_valid_uid = 1
mail_fsync = never
"""

_HEAD_2_4 = """\
dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0
"""

_CONFIG_2_3 = """\
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {users}/%u
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={mail}/%u
}}
"""

# Untested here (the machine has 2.3); follows doc.dovecot.org's 2.3-to-2.4 upgrade notes.
_CONFIG_2_4 = """\
ssl_server_cert_file = {cert}
ssl_server_key_file = {key}
auth_allow_cleartext = yes
mail_driver = maildir
mail_path = ~/Maildir
passdb passwd-file {{
  passwd_file_path = {users}/%{{user}}
}}
userdb static {{
  fields {{
    uid = {uid}
    gid = {gid}
    home = {mail}/%{{user}}
  }}
}}
"""

# Helpers and the worker under test may hold several connections for one user at once.
# Every client comes from 127.0.0.1, so the auth penalty (up to 15 s per login after a
# failed one) would slow every test after a wrong-password test: its socket is disabled.
_COMMON_TAIL = """\
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
service imap-login {{
  inet_listener imap {{
    port = {imap}
  }}
  inet_listener imaps {{
    port = {imaps}
    ssl = yes
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
"""
