"""The e-mail of a forwarded mail's author, when the request gives none (set 29).

A clerk, or the e-Saraban system, forwards a citizen's mail: the case shows who
forwarded it, and the forwarded mail's own sender line ("From:/จาก: name <address>")
says who wrote it, the citizen. Where the citizen typed no e-mail, that address is where
they are answered, as the Reply-To of a web form's mail is (reply_to.py): read for the
e-mail field, less sure than a label (a header's address, not a typed value; flagged).

Not when the forwarded mail is a machine's (a page's or a service's notification, sent
from "notification@", "no-reply@"...: it names no person) or the agency's own.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from extractors.address_case import ascii_lower
from extractors.base import FieldCandidate, Provenance
from extractors.machine_mailbox import no_person_reads
from extractors.own_domain import on_agency_domain
from extractors.reply_to import REPLY_TO_CONFIDENCE
from extractors.values import has_type

__all__ = ["FORWARDED_SENDER", "forwarded_sender_email", "forwards_own_mail"]

FORWARDED_SENDER = "sender of the forwarded mail"


def forwarded_sender_email(
    address: str | None,
    candidates: Sequence[FieldCandidate],
    sender: str,
    recipients: Collection[str],
) -> list[FieldCandidate]:
    """An e-mail candidate from `address` (the forwarded mail's sender), for a request
    whose `candidates` give no e-mail with an @; none for a machine's, the forwarder's
    own (`sender`) or the agency's (`recipients`, its domain)."""
    if not address or not has_type("email", address) or no_person_reads(address):
        return []
    if any(c.key == "email" and "@" in c.value for c in candidates):
        return []
    own = {ascii_lower(a.strip()) for a in [sender, *recipients] if a.strip()}
    if ascii_lower(address) in own or on_agency_domain(address, recipients):
        return []
    provenance = Provenance(part="header", kind="body_text", label=FORWARDED_SENDER)
    return [
        FieldCandidate(
            key="email", value=address, provenance=provenance, confidence=REPLY_TO_CONFIDENCE
        )
    ]


def forwards_own_mail(address: str | None, sender: str) -> bool:
    """Whether the forwarded mail's sender (`address`) is the forwarder himself (`sender`,
    From): a citizen forwarding his own earlier mail or the chat he exported to himself
    ("Fwd: ... From: <name> <his box>", set 116: a father's LINE chat with the registry)
    writes as himself, so From is his as any citizen's is (sender_email.py), not a
    go-between's."""
    if not address or not sender.strip():
        return False
    return ascii_lower(address.strip()) == ascii_lower(sender.strip())
