"""A copy of each staff reply in the mailbox's Sent folder (IMAP APPEND), so the
agency's ordinary mail program shows the conversation too. Optional: `[smtp]
sent_copy_mailbox` names the mailbox. The mail has been sent by then; a failed copy
is logged (safely) and never sends the mail again."""

from __future__ import annotations

import contextlib
import logging

from imapclient.exceptions import IMAPClientError

from intake.errors import IntakeError
from intake.settings import Settings
from intake.sources.imap import connect

log = logging.getLogger("intake.outbox")


def append_sent_copy(settings: Settings, raw: bytes) -> bool:
    """Append `raw` to the Sent folder; False (and a log line) when it could not."""
    smtp = settings.smtp
    if smtp is None or not smtp.sent_copy_mailbox:
        return False
    try:
        mailbox = settings.mailbox(smtp.sent_copy_mailbox)
        if mailbox.kind != "imap":
            raise IntakeError(f"sent_copy_mailbox {mailbox.name!r} is not an IMAP mailbox")
        client = connect(mailbox)
    except IntakeError as exc:
        log.warning("sent copy not kept", extra={"event": "sent_copy_failed", "reason": str(exc)})
        return False
    try:
        if not client.folder_exists(smtp.sent_folder):
            client.create_folder(smtp.sent_folder)
        client.append(smtp.sent_folder, raw, flags=(b"\\Seen",))
        return True
    except (OSError, IMAPClientError) as exc:
        reason = f"IMAP APPEND to {smtp.sent_folder!r} failed ({type(exc).__name__})"
        log.warning("sent copy not kept", extra={"event": "sent_copy_failed", "reason": reason})
        return False
    finally:
        with contextlib.suppress(OSError, IMAPClientError):
            client.logout()
