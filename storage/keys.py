"""Data keys as database rows: create one per message, open it again later.

The raw key exists only in memory; the row holds it wrapped by a master key, and the
wrap is bound to the row id, so a wrapped key copied to another row will not open.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from storage.bulk import insert_rows
from storage.crypto import DataKey, derive_key, hmac_sha256, unwrap_data_key, wrap_data_key
from storage.errors import DecryptError
from storage.ids import next_ids
from storage.keyring import KeyProvider
from storage.models import DataKeyRecord


def new_data_keys(session: Session, provider: KeyProvider, count: int) -> list[DataKey]:
    """`count` fresh keys, their rows written with one statement: capture makes one per
    message of a batch. The ids are drawn first (each wrap is bound to its row id), so
    each row is written once, whole, through the connection."""
    ids = next_ids(session, "data_keys", count)
    keys = [DataKey.generate(key_id) for key_id in ids]
    master = provider.active_key_id
    rows = [
        {"id": key_id, "master_key_id": master, "wrapped": wrap_data_key(provider, key)}
        for key_id, key in zip(ids, keys, strict=True)
    ]
    insert_rows(session.connection(), DataKeyRecord.__table__, rows)  # type: ignore[attr-defined]
    return keys


_UNWRAPPED = "keys.unwrapped"  # in session.info: key id -> (row, wrapped bytes, key)
_EARLIER = "keys.earlier"  # in session.info: key id -> (wrapped bytes, key), see reuse_keys


def load_data_key(session: Session, provider: KeyProvider, key_id: int) -> DataKey:
    """The key of row `key_id`, unwrapped once per session: a stage batch opens each
    message's key several times. Holding the row keeps it in the identity map, so a
    second call costs no query; a shredded row (wrapped emptied) is seen at once."""
    cache: dict[int, tuple[DataKeyRecord, bytes, DataKey]] = session.info.setdefault(_UNWRAPPED, {})
    hit = cache.get(key_id)
    # The row held is the identity map's while it is in the session, so no lookup is
    # needed; read from its __dict__, where an expired row has no value (then looked up).
    if hit is not None and hit[0] in session and hit[0].__dict__.get("wrapped") == hit[1]:
        return hit[2]
    return _opened(session, provider, key_id, session.get(DataKeyRecord, key_id))


def _opened(
    session: Session, provider: KeyProvider, key_id: int, record: DataKeyRecord | None
) -> DataKey:
    """The key of `record`, the row `key_id` as the session holds it, kept for the session."""
    cache: dict[int, tuple[DataKeyRecord, bytes, DataKey]] = session.info.setdefault(_UNWRAPPED, {})
    if record is None or record.wrapped is None:
        cache.pop(key_id, None)
        raise DecryptError()  # shredded or never existed: the data is gone
    earlier = session.info.get(_EARLIER, {}).get(key_id)
    if earlier is not None and earlier[0] == record.wrapped:
        key = earlier[1]
    else:
        key = unwrap_data_key(provider, key_id, record.wrapped)
    cache[key_id] = (record, record.wrapped, key)
    return key


def unwrapped_keys(session: Session) -> dict[int, tuple[bytes, DataKey]]:
    """The keys this session unwrapped, with the wrapped bytes each was opened from,
    for a later session of the same piece of work (`reuse_keys`). Held in memory only,
    for as long as that work lasts: never stored, never logged."""
    cache: dict[int, tuple[DataKeyRecord, bytes, DataKey]] = session.info.get(_UNWRAPPED, {})
    return {key_id: (wrapped, key) for key_id, (_, wrapped, key) in cache.items()}


def reuse_keys(session: Session, keys: dict[int, tuple[bytes, DataKey]]) -> None:
    """Let `session` take these keys, unwrapped by an earlier session, instead of
    unwrapping them again: a stage batch opens its messages' keys in two transactions.
    Each is still read from its row first, and taken only while its wrapped bytes are
    the ones it was opened from: a key shredded or rewrapped since is seen as before."""
    session.info[_EARLIER] = keys


def preload_data_keys(
    session: Session, provider: KeyProvider, key_ids: Iterable[int | None]
) -> None:
    """Unwrap the keys of a batch of messages with one query instead of one each."""
    wanted = sorted({k for k in key_ids if k is not None})
    query = select(DataKeyRecord).where(col(DataKeyRecord.id).in_(wanted))
    for record in session.exec(query):  # the rows as the session holds them: no lookup
        if record.id is not None and record.wrapped is not None:
            _opened(session, provider, record.id, record)


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
