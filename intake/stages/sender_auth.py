"""The sender-authenticity verdict for a message, judged when it is parsed.

Which Authentication-Results headers are believed depends on the mailbox the mail came in
through: only that mailbox's `trusted_authserv_id` (its own receiving server). Mail brought
in by `intake import` has no known receiving server, so nothing in it is believed. The
agency's identity (domains, names) is the union over all mailboxes: one agency per install.
"""

from __future__ import annotations

from extractors.sandbox import Limits, run_bounded
from extractors.sender_auth import (
    MAX_HEADER_BYTES,
    AgencyIdentity,
    SenderVerdict,
    header_fields,
    judge_sender,
)
from intake.settings import MailboxSettings, Settings

# The header block is cut at 256 KB and read by a linear scanner; these are generous.
LIMITS = Limits(seconds=10.0, memory_mb=768)


def agency_identity(settings: Settings) -> AgencyIdentity:
    mailboxes = settings.effective_mailboxes()
    domains = sorted({d for m in mailboxes for d in m.own_domains})
    names = sorted({n.strip() for m in mailboxes for n in m.agency_names if n.strip()})
    return AgencyIdentity(domains=tuple(domains), names=tuple(names))


def mailbox_of(settings: Settings, source: str) -> MailboxSettings | None:
    return next((m for m in settings.effective_mailboxes() if m.name == source), None)


def sender_verdict(settings: Settings, source: str, raw: bytes) -> SenderVerdict:
    """Judge the sender of `raw`, which arrived through mailbox `source`."""
    mailbox = mailbox_of(settings, source)
    trusted = mailbox.trusted_authserv_id if mailbox else None
    return run_bounded(
        _judge, raw[:MAX_HEADER_BYTES], trusted, agency_identity(settings), limits=LIMITS
    )


def _judge(raw: bytes, trusted: str | None, agency: AgencyIdentity) -> SenderVerdict:
    return judge_sender(header_fields(raw), trusted_authserv_id=trusted, agency=agency)
