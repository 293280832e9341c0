"""A request's fingerprint: what its citizen wrote, kept only as a keyed hash.

See intake/resend.py for what it is for.
"""

from __future__ import annotations

import hashlib

from extractors.base import ParsedMessage
from storage.crypto import derive_key, hmac_sha256

PURPOSE = "messages.request_fingerprint"


class RequestFingerprints:
    """Keyed hashes of requests' fingerprints, so a resend is found without storing text."""

    def __init__(self, index_key: bytes) -> None:
        self._key = derive_key(index_key, purpose=PURPOSE)

    def __repr__(self) -> str:
        return "RequestFingerprints()"

    def digest(self, parsed: ParsedMessage, author: str) -> str:
        return hmac_sha256(self._key, fingerprint(parsed, author)).hex()


def fingerprint(parsed: ParsedMessage, author: str) -> bytes:
    """What the citizen wrote, as bytes: spacing and line ends do not count (mail
    programs rewrap and re-encode a text they send again), nor do the order of the
    attachments or the HTML alternative of a text part."""
    texts = [_words(p.text) for p in parsed.text_parts if p.kind == "plain"]
    if not texts:
        texts = [_words(p.text) for p in parsed.text_parts]
    files = sorted(hashlib.sha256(a.content).hexdigest() for a in parsed.attachments)
    parts = [author.strip().lower(), _words(parsed.subject), *texts, *files]
    return "\x1f".join(parts).encode("utf-8", "surrogateescape")


def _words(text: str) -> str:
    return " ".join(text.split())
