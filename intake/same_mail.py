"""Whether two mails under one Message-ID are the same mail.

A Message-ID is meant to name one mail, and usually does: the same mail delivered twice
(through a relay that adds its Received header, an export with other line ends, a CC
that comes back) keeps it. But some mail programs reuse one (an old webmail writing
`<1@localhost>` on every mail, a scanner's fixed id), and a different request under a
reused id taken as a copy is a request lost. So the id only proposes an original; it is
one when the mail is the same:

- the same mail as its sender wrote it, whatever carried it (capture.canonical_form:
  trace headers, line ends and mbox quoting do not count), or
- the same writer's same subject, text and files (intake.fingerprint: a relay that
  re-encoded the text changed neither), or
- the same sending: the same Date, stamped by the program that wrote the mail (relays,
  forwarders and lists keep it while they tag the subject or add a footer), and the
  same files. A program that reuses its Message-ID still dates each mail when it sends
  it; two mails written in one second are the same one.

Opening the other mail is an audited read of its bytes; it happens only when two mails
share an id and differ in their bytes, which is rare.
"""

from __future__ import annotations

import hashlib

from extractors.base import ParsedMessage
from extractors.bounded import parse_bounded
from intake import outbox
from intake.capture import canonical_form
from intake.fingerprint import fingerprint
from intake.stage import Item, limits_of
from storage.models import Message


def same_mail(item: Item, other: Message) -> bool:
    """Whether `other` (sharing the item's Message-ID) is the item's own mail."""
    if other.sha256 is not None and other.sha256 == item.message.sha256:
        return True
    if other.blob_name is None:
        # Erased (or never stored): nothing to compare, and a mail of an erased case
        # coming back must not open it again. As before, the id decides.
        return True
    earlier = Item(item.session, item.ctx, other, actor=item.actor, purpose=item.purpose)
    if canonical_form(earlier.raw) == canonical_form(item.raw):
        return True
    mine, theirs = item.parsed, parse_bounded(earlier.raw, limits_of(item.ctx))
    if mine.date and mine.date == theirs.date and _files(mine) == _files(theirs):
        return True
    settings = item.ctx.settings
    written = fingerprint(mine, outbox.author_of(mine, settings))
    return written == fingerprint(theirs, outbox.author_of(theirs, settings))


def _files(parsed: ParsedMessage) -> list[str]:
    return sorted(hashlib.sha256(a.content).hexdigest() for a in parsed.attachments)
