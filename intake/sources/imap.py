"""An IMAP folder as a source, over an injected imapclient factory.

UIDs are only meaningful with the folder's UIDVALIDITY, so every key carries both.
Bodies are fetched with BODY.PEEK[] so that capture never marks mail as read.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import ssl
from collections.abc import Callable, Iterator, Sequence
from types import TracebackType
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from intake.errors import SourceError, SourceLoginFailed, SourceUnreachable
from intake.settings import MailboxSettings
from intake.sources.base import ItemRef, SourceView

ClientFactory = Callable[[MailboxSettings], IMAPClient]
SIZE_CHUNK = 1000  # UIDs per RFC822.SIZE fetch
SEEN_FLAG = b"\\Flagged"


def imap_key(mailbox: str, folder: str, uidvalidity: int, uid: int) -> str:
    return f"imap:{mailbox}:{folder}:{uidvalidity}:{uid}"


def tls_context(mailbox: MailboxSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(mailbox.ca_file) if mailbox.ca_file else None)
    return context


def connect(mailbox: MailboxSettings) -> IMAPClient:
    """Open and log in; every failure becomes one SourceError line."""
    where = f"mailbox {mailbox.name!r}: {mailbox.host}:{mailbox.port} ({mailbox.security})"
    password = mailbox.password()  # a missing secret is reported before any connection
    try:
        client = IMAPClient(
            mailbox.host or "",
            port=mailbox.port,
            ssl=mailbox.security == "ssl",
            ssl_context=tls_context(mailbox) if mailbox.security != "plain" else None,
            timeout=mailbox.timeout_seconds,
        )
        if mailbox.security == "starttls":
            client.starttls(tls_context(mailbox))
    except ssl.SSLError as exc:
        raise SourceUnreachable(
            f"{where}: TLS failed ({exc.reason or exc.__class__.__name__});"
            " check security, port and ca_file"
        ) from None
    except TimeoutError:
        raise SourceUnreachable(f"{where}: timed out; check host, port and firewall") from None
    except (OSError, IMAPClientError) as exc:
        reason = getattr(exc, "strerror", None) or exc.__class__.__name__
        raise SourceUnreachable(
            f"{where}: cannot connect ({reason}); check host and port"
        ) from None
    try:
        client.login(mailbox.username or "", password)
    except LoginError:
        _quietly_close(client)
        secret = mailbox.password_env or mailbox.password_file
        raise SourceLoginFailed(
            f"{where}: login refused for user {mailbox.username}; check the password in {secret}"
        ) from None
    except (OSError, IMAPClientError) as exc:
        _quietly_close(client)
        raise SourceUnreachable(f"{where}: login failed ({exc.__class__.__name__})") from None
    return client


def _quietly_close(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # the connection is being abandoned anyway
        with contextlib.suppress(Exception):
            client.shutdown()


class ImapSource:
    def __init__(self, mailbox: MailboxSettings, client_factory: ClientFactory = connect) -> None:
        self.name = mailbox.name
        self.mailbox = mailbox
        self._factory = client_factory
        self._client: IMAPClient | None = None
        self._view: SourceView | None = None
        self._processed_ready = False

    def __enter__(self) -> ImapSource:
        self._client = self._factory(self.mailbox)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            _quietly_close(self._client)
            self._client = None

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise SourceError(f"mailbox {self.name!r}: not connected")
        return self._client

    def select(self) -> SourceView:
        try:
            info = self.client.select_folder(self.mailbox.folder)
        except IMAPClientError as exc:
            raise SourceError(
                f"mailbox {self.name!r}: cannot open folder {self.mailbox.folder!r}"
                f" ({exc.__class__.__name__}); check the folder name"
            ) from None
        self._view = SourceView(self.mailbox.folder, int(info[b"UIDVALIDITY"]))
        return self._view

    def list_refs(self) -> list[ItemRef]:
        view = self._require_view()
        uids = self._call(self.client.search, ["NOT", "DELETED"])
        assert view.uidvalidity is not None and view.folder is not None
        return [
            ItemRef(key=imap_key(self.name, view.folder, view.uidvalidity, uid), uid=uid)
            for uid in sorted(uids)
        ]

    def fill_sizes(self, refs: Sequence[ItemRef]) -> None:
        for chunk in _chunks(list(refs), SIZE_CHUNK):
            data = self._call(self.client.fetch, [r.uid for r in chunk], ["RFC822.SIZE"])
            for ref in chunk:
                ref.size = int(data.get(ref.uid, {}).get(b"RFC822.SIZE", 0))

    def fill_message_ids(self, refs: Sequence[ItemRef]) -> None:
        wanted = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"
        parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)
        for chunk in _chunks(list(refs), SIZE_CHUNK):
            data = self._call(self.client.fetch, [r.uid for r in chunk], [wanted, "RFC822.SIZE"])
            for ref in chunk:
                item = data.get(ref.uid, {})
                header = next((v for k, v in item.items() if k.startswith(b"BODY[HEADER")), b"")
                ref.message_id_hint = parser.parsebytes(header or b"").get("Message-ID")
                ref.size = int(item.get(b"RFC822.SIZE", ref.size))

    def fetch(self, refs: Sequence[ItemRef]) -> Iterator[tuple[ItemRef, bytes]]:
        data = self._call(self.client.fetch, [r.uid for r in refs], ["BODY.PEEK[]"])
        for ref in refs:
            raw = data.get(ref.uid, {}).get(b"BODY[]")
            if raw is not None:  # expunged meanwhile by someone else: next poll will not list it
                yield ref, bytes(raw)

    def finish(self, refs: Sequence[ItemRef]) -> None:
        uids = [r.uid for r in refs]
        if not uids or self.mailbox.server_action == "leave":
            return
        if self.mailbox.server_action == "flag":
            self._call(self.client.add_flags, uids, [SEEN_FLAG], silent=True)
            return
        self._ensure_processed_folder()
        target = self.mailbox.processed_folder
        if self.client.has_capability("MOVE"):
            self._call(self.client.move, uids, target)
        else:  # RFC 6851 fallback: COPY, mark deleted, expunge only those UIDs
            self._call(self.client.copy, uids, target)
            self._call(self.client.add_flags, uids, [b"\\Deleted"], silent=True)
            self._call(self.client.uid_expunge, uids)

    def _ensure_processed_folder(self) -> None:
        if self._processed_ready:
            return
        folder = self.mailbox.processed_folder
        if not self._call(self.client.folder_exists, folder):
            self._call(self.client.create_folder, folder)
        self._processed_ready = True

    def _require_view(self) -> SourceView:
        if self._view is None:
            raise SourceError(f"mailbox {self.name!r}: select() first")
        return self._view

    def _call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one IMAP command; connection trouble becomes a SourceError line."""
        try:
            return method(*args, **kwargs)
        except (OSError, IMAPClientError) as exc:
            raise SourceUnreachable(
                f"mailbox {self.name!r}: IMAP command failed ({exc.__class__.__name__});"
                " will retry at the next poll"
            ) from None


def _chunks(items: list[ItemRef], size: int) -> Iterator[list[ItemRef]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
