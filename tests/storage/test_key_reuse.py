"""A stage batch opens its messages' data keys in two transactions: the second takes the
keys the first unwrapped (storage.keys.reuse_keys) only while each row still holds the
wrapped bytes it was opened from. A key shredded or rewrapped in between is seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from storage.crypto import DataKey, data_key_context
from storage.db import make_engine, migrate, transaction
from storage.errors import DecryptError
from storage.keyring import FileKeyring, KeyProvider, rewrap
from storage.keys import load_data_key, new_data_keys, reuse_keys, unwrapped_keys


class Counting:
    """The real keyring, counting its unwraps."""

    def __init__(self, ring: FileKeyring) -> None:
        self.ring = ring
        self.unwraps = 0

    @property
    def active_key_id(self) -> str:
        return self.ring.active_key_id

    def wrap(self, data_key: bytes, *, context: bytes) -> bytes:
        return self.ring.wrap(data_key, context=context)

    def unwrap(self, wrapped: bytes, *, context: bytes) -> bytes:
        self.unwraps += 1
        return self.ring.unwrap(wrapped, context=context)

    def key_ids(self) -> list[str]:
        return self.ring.key_ids()


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    migrate(engine)
    return engine


def _first_session(
    engine: Engine, provider: KeyProvider, ids: list[int]
) -> dict[int, tuple[bytes, DataKey]]:
    with transaction(engine) as session:
        for key_id in ids:
            load_data_key(session, provider, key_id)
        return unwrapped_keys(session)


def test_the_second_transaction_reuses_the_keys_it_is_given(engine: Engine, tmp_path: Path) -> None:
    provider = Counting(FileKeyring.load_or_create(tmp_path / "keyring.json"))
    with transaction(engine) as session:
        made = new_data_keys(session, provider, 3)
    ids = [int(k.key_id) for k in made]
    earlier = _first_session(engine, provider, ids)
    assert provider.unwraps == 3
    with transaction(engine) as session:
        reuse_keys(session, earlier)
        again = [load_data_key(session, provider, key_id) for key_id in ids]
        assert [load_data_key(session, provider, key_id) for key_id in ids] == again
    assert provider.unwraps == 3  # none unwrapped twice
    assert [k._key for k in again] == [k._key for k in made]


def test_a_key_shredded_or_rewrapped_in_between_is_not_reused(
    engine: Engine, tmp_path: Path
) -> None:
    provider = Counting(FileKeyring.load_or_create(tmp_path / "keyring.json"))
    with transaction(engine) as session:
        shredded, rewrapped = (int(k.key_id) for k in new_data_keys(session, provider, 2))
    earlier = _first_session(engine, provider, [shredded, rewrapped])
    with engine.begin() as conn:
        conn.execute(text("UPDATE data_keys SET wrapped = NULL WHERE id = :i"), {"i": shredded})
        wrapped = conn.execute(
            text("SELECT wrapped FROM data_keys WHERE id = :i"), {"i": rewrapped}
        ).scalar_one()
        conn.execute(
            text("UPDATE data_keys SET wrapped = :w WHERE id = :i"),
            {"w": rewrap(provider.ring, wrapped, context=data_key_context(rewrapped)),
             "i": rewrapped},
        )  # fmt: skip
    unwraps = provider.unwraps
    with transaction(engine) as session:
        reuse_keys(session, earlier)
        with pytest.raises(DecryptError):
            load_data_key(session, provider, shredded)
        load_data_key(session, provider, rewrapped)
    assert provider.unwraps == unwraps + 1  # the rewrapped key opened from its new bytes
