"""The keyring's audit signing key: present in new keyrings, added to old ones on load."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from storage.keyring import FileKeyring


def old_keyring_file(path: Path) -> dict[str, Any]:
    """A keyring as written before signing keys existed."""
    doc: dict[str, Any] = json.loads(FileKeyring.in_memory().export_json())
    del doc["signing_keys"]
    path.write_text(json.dumps(doc))
    os.chmod(path, 0o600)
    return doc


def public_bytes(ring: FileKeyring) -> bytes:
    return ring.verify_key()[1].public_bytes(Encoding.Raw, PublicFormat.Raw)


def test_a_new_keyring_has_one_active_signing_key(tmp_path: Path) -> None:
    ring = FileKeyring.load_or_create(tmp_path / "keyring.json")
    doc = json.loads((tmp_path / "keyring.json").read_text())
    assert [k["active"] for k in doc["signing_keys"]] == [True]
    key_id, private = ring.signing_key()
    assert ring.verify_key(key_id)[0] == key_id
    signature = private.sign(b"checkpoint")
    ring.verify_key()[1].verify(signature, b"checkpoint")  # raises when wrong


def test_an_old_keyring_gets_the_same_signing_key_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    doc = old_keyring_file(path)
    from_env = FileKeyring.from_env("K", environ={"K": json.dumps(doc)})  # read-only: derived
    loaded = FileKeyring.load(path)  # writable: derived and written back
    assert public_bytes(from_env) == public_bytes(loaded)
    written = json.loads(path.read_text())
    assert len(written["signing_keys"]) == 1
    assert written["master_keys"] == doc["master_keys"]  # nothing else changed
    assert public_bytes(FileKeyring.load(path)) == public_bytes(loaded)
    assert path.stat().st_mode & 0o777 == 0o600


def test_signing_key_material_never_shows(tmp_path: Path) -> None:
    ring = FileKeyring.load_or_create(tmp_path / "keyring.json")
    doc = json.loads((tmp_path / "keyring.json").read_text())
    seed = doc["signing_keys"][0]["key"]
    raw = base64.b64decode(seed)
    shown = " ".join([repr(ring), str(ring), repr(ring.signing_key()), repr(ring._ring)])
    assert seed not in shown and raw.hex() not in shown
