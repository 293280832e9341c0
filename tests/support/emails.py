"""What the citizen typed as her e-mail, apart from the sender's address standing in."""

from __future__ import annotations

from extractors.base import ExtractedCase
from extractors.sender_email import SENDERS_ADDRESS


def typed_email(case: ExtractedCase) -> str | None:
    """The case's e-mail, or None when it is only the From address read for a request
    that gives none (extractors.sender_email): tests of what a text gives ask this."""
    provenance = case.provenance.get("email")
    if provenance is not None and provenance.label == SENDERS_ADDRESS:
        return None
    return case.fields.get("email")
