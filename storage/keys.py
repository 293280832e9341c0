"""Data keys as database rows: create one per message, open it again later.

The raw key exists only in memory; the row holds it wrapped by a master key, and the
wrap is bound to the row id, so a wrapped key copied to another row will not open.
"""

from __future__ import annotations

from sqlmodel import Session

from storage.crypto import DataKey, derive_key, hmac_sha256, unwrap_data_key, wrap_data_key
from storage.errors import DecryptError
from storage.keyring import KeyProvider
from storage.models import DataKeyRecord


def new_data_keys(session: Session, provider: KeyProvider, count: int) -> list[DataKey]:
    """`count` fresh keys with one INSERT: capture makes one per message of a batch."""
    records = [DataKeyRecord(master_key_id=provider.active_key_id) for _ in range(count)]
    session.add_all(records)
    session.flush()  # the row id is part of what each wrap is bound to
    keys = []
    for record in records:
        assert record.id is not None
        key = DataKey.generate(record.id)
        record.wrapped = wrap_data_key(provider, key)
        keys.append(key)
    return keys


def load_data_key(session: Session, provider: KeyProvider, key_id: int) -> DataKey:
    record = session.get(DataKeyRecord, key_id)
    if record is None or record.wrapped is None:
        raise DecryptError()  # shredded or never existed: the data is gone
    return unwrap_data_key(provider, key_id, record.wrapped)


class MessageIdIndex:
    """A keyed hash of a Message-ID, so duplicates are found without storing the header."""

    PURPOSE = "messages.message_id"

    def __init__(self, index_key: bytes) -> None:
        self._key = derive_key(index_key, purpose=self.PURPOSE)

    def __repr__(self) -> str:
        return "MessageIdIndex()"

    def digest(self, message_id: str) -> str:
        normalised = message_id.strip().strip("<>").strip().lower()
        return hmac_sha256(self._key, normalised.encode("utf-8", "surrogateescape")).hex()
