"""FileKeyring's index-key rotation: add_index_key and remove_index_key."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.errors import KeyringError
from storage.keyring import FileKeyring


def test_add_index_key_makes_a_new_active_key_and_keeps_the_old(tmp_path: Path) -> None:
    ring = FileKeyring.load_or_create(tmp_path / "keyring.json")
    old_id, old_key = ring.index_key()
    new_id = ring.add_index_key()
    assert new_id != old_id and ring.index_key()[0] == new_id
    assert ring.index_key()[1] != old_key
    assert ring.index_key_ids() == [new_id, old_id]  # the active one first, both searched
    assert ring.index_key(old_id)[1] == old_key
    assert [(k.key_id, k.active) for k in ring.index_key_info()] == [
        (old_id, False),
        (new_id, True),
    ]
    again = FileKeyring.load(tmp_path / "keyring.json")  # persisted
    assert again.index_key()[0] == new_id and again.index_key_ids() == [new_id, old_id]
    assert "key" not in repr(ring.index_key_info()).replace("key_id", "")


def test_remove_index_key_refuses_the_active_one(tmp_path: Path) -> None:
    ring = FileKeyring.load_or_create(tmp_path / "keyring.json")
    old_id = ring.index_key()[0]
    new_id = ring.add_index_key()
    with pytest.raises(KeyringError, match="active"):
        ring.remove_index_key(new_id)
    with pytest.raises(KeyringError, match="no index key"):
        ring.remove_index_key("ik-nope")
    ring.remove_index_key(old_id)
    assert ring.index_key_ids() == [new_id]
    assert FileKeyring.load(tmp_path / "keyring.json").index_key_ids() == [new_id]
    with pytest.raises(KeyringError):
        ring.index_key(old_id)


def test_a_read_only_keyring_cannot_add_an_index_key() -> None:
    import base64

    source = FileKeyring.in_memory()
    env = {"RING": base64.b64encode(source.export_json().encode()).decode()}
    ring = FileKeyring.from_env("RING", environ=env)
    with pytest.raises(KeyringError, match="read-only"):
        ring.add_index_key()
    assert ring.index_key_ids() == source.index_key_ids()
