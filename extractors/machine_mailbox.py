"""Mailboxes no person reads: a server's daemons, no-reply senders, a service's notices.

One list for the readers that ask (intake's rules for mail that gets no automatic
answer, intake/mail_out/suppress.py; the forwarded mail's sender that is no citizen,
forwarded_sender.py), each with its own question: whom never to answer, and whose
address is no person's.
"""

from __future__ import annotations

import re

__all__ = ["DAEMONS", "answers_no_one", "no_person_reads"]

# The server's own mailboxes and list managers (RFC 2142, RFC 3834 section 2).
DAEMONS = ("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon", "listserv", "majordomo")
# A sender that asks not to be answered, or a bounce handler ("bounces+tag@").
_NO_REPLY_WORDS = r"no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|bounces?"
_NO_REPLY = re.compile(rf"^(?:{_NO_REPLY_WORDS})(?:[+-].*)?$")
# A local part opening with one of those words, a daemon's, or a service's notices
# ("notifications@", "alerts-th@", "auto-confirm@"), then a separator or the end.
_MACHINE = re.compile(
    rf"^(?:{_NO_REPLY_WORDS}|{'|'.join(re.escape(d) for d in DAEMONS)}"
    r"|notifications?|notify|notice|mailer|alerts?|system|automated|auto-?\w*)(?:[-_.+]|$)"
)


def answers_no_one(local: str) -> bool:
    """Whether a lower-case local part is a daemon's or a no-reply sender's: mail from it
    gets no automatic answer."""
    return local in DAEMONS or _NO_REPLY.match(local) is not None


def no_person_reads(address: str) -> bool:
    """Whether an address is a machine's: a daemon, a no-reply sender, a service's
    notices (a page's or a form service's notification names no person)."""
    local = address.strip().rpartition("@")[0].lower()
    return answers_no_one(local) or _MACHINE.match(local) is not None
