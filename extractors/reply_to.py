"""The applicant's e-mail and name from the Reply-To of a mail a web form sent (set 29).

A web-form service (WordPress Contact Form 7, a site's own form mailer) mails the agency
from the site's address and puts the person who filled the form in Reply-To, so that a
clerk's reply reaches them; some leave the e-mail, and the name, out of the body. Those
are the applicant's own answers moved into a header: read for the fields the body gave
none, less sure than a form's label (a clerk looks before trusting them). Only where
Reply-To names another address than From: a citizen's own mail is from the citizen, and
the address they write from is not a field they typed.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from email.utils import getaddresses

from extractors.address_case import ascii_lower
from extractors.base import FieldCandidate, ParsedMessage, Provenance
from extractors.values import has_type

__all__ = ["REPLY_TO_CONFIDENCE", "reply_to_contact"]

REPLY_TO_CONFIDENCE = 0.6  # below review.REVIEW_BELOW: a header, not the form's own label
# A display name that is a person's: two or three words of letters (Thai or Latin), no
# digits, no "@", not a service's name ("WordPress", "แบบฟอร์มออนไลน์" are one word).
_PERSON = re.compile(r"^[\u0e01-\u0e4eA-Za-z.]+(?: [\u0e01-\u0e4eA-Za-z.]+){1,2}$")


def reply_to_contact(
    parsed: ParsedMessage, candidates: list[FieldCandidate], own: Collection[str]
) -> list[FieldCandidate]:
    """The e-mail (and name) in Reply-To, for the fields `candidates` give no value of;
    none when Reply-To is From's address or one of `own` (the agency's mailboxes, folded
    by address_case.ascii_lower). An "e-mail" with no @ is none: a site's footer
    "อีเมลนี้ส่งจากแบบฟอร์ม..." ("this mail was sent from the form...") read under the
    e-mail's label."""
    found = {c.key for c in candidates if c.key != "email" or "@" in c.value}
    pairs = getaddresses(parsed.headers.get("reply-to", []))
    if len(pairs) != 1:
        return []  # none, or several: no one person to answer
    name, address = pairs[0][0].strip(), pairs[0][1].strip()
    sender = ascii_lower(parsed.from_addr.strip())
    if not has_type("email", address) or ascii_lower(address) in {sender, *own}:
        return []
    out = []
    # no "header" method: that reads as the sender's own Subject line, which stands
    # unflagged; this value's low confidence asks a clerk to look (review.py)
    provenance = Provenance(part="header", kind="body_text", label="Reply-To")
    if "email" not in found:
        out.append(_candidate("email", address, provenance))
    person = " ".join(name.split())
    if "full_name" not in found and _PERSON.match(person):
        out.append(_candidate("full_name", person, provenance))
    return out


def _candidate(key: str, value: str, provenance: Provenance) -> FieldCandidate:
    return FieldCandidate(
        key=key, value=value, provenance=provenance, confidence=REPLY_TO_CONFIDENCE
    )
