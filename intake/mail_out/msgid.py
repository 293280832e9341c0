"""Our Message-IDs carry an HMAC tag that ties them to their case.

    <sb.CASE.NONCE.TAG@domain>    TAG = HMAC(index-derived key, "CASE.NONCE")[:10 bytes]

A citizen's answer names our Message-ID in In-Reply-To or References; the tag lets the
classify stage find the case from that alone (no lookup of what we sent, no subject),
and a forged id with another case number fails the check. Every index key still in the
keyring is tried, so a rotated index key does not orphan old threads.
"""

from __future__ import annotations

import hmac
import re

from intake.errors import ConfigError
from storage import nonces
from storage.blind_index import IndexKeys
from storage.crypto import index_hash
from storage.keyring import provides

PURPOSE = "outbox.message_id_tag"
_TAGGED = re.compile(r"<?sb\.(\d{1,12})\.([0-9a-f]{16})\.([0-9a-f]{20})@([^>\s]+)>?", re.I)


def index_keys(keyring: object) -> IndexKeys:
    if not provides(keyring, IndexKeys):  # type: ignore[type-abstract]  # mypy#4717
        raise ConfigError("this keyring holds no index keys; tagged Message-IDs need them")
    return keyring


class MessageIdTagger:
    def __init__(self, keys: IndexKeys, domain: str) -> None:
        self._keys = keys
        self.domain = domain.lower()

    def __repr__(self) -> str:
        return f"MessageIdTagger(domain={self.domain!r})"

    def _tag(self, key: bytes, body: str) -> str:
        return index_hash(key, PURPOSE).digest(body.encode())[:10].hex()

    def new(self, case_id: int) -> str:
        nonce = nonces.nonce(8).hex()
        body = f"{case_id}.{nonce}"
        tag = self._tag(self._keys.index_key()[1], body)
        return f"<sb.{body}.{tag}@{self.domain}>"

    def case_of(self, message_id: str) -> int | None:
        """The case a Message-ID of ours names, if its tag checks out."""
        found = _TAGGED.search(message_id or "")
        if found is None:
            return None
        case, nonce, tag = found.group(1), found.group(2), found.group(3).lower()
        body = f"{int(case)}.{nonce}"
        for key_id in self._keys.index_key_ids():
            if hmac.compare_digest(self._tag(self._keys.index_key(key_id)[1], body), tag):
                return int(case)
        return None

    def is_ours(self, message_id: str) -> bool:
        """Any Message-ID in our own domain (loop protection), tagged or not."""
        return (message_id or "").strip().strip("<>").lower().endswith("@" + self.domain)
