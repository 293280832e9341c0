"""Small signed files kept outside the database: written atomically, 0600, fsynced.

The erasure list (storage.erasure_ledger) and the audit witness (storage.witness) are
both documents that someone with write access to the database cannot forge: they are
signed with the keyring's Ed25519 audit key and live beside the keyring or on another
mount. This module holds what they share: signing a canonical text, checking it, and
writing a file so that a crash leaves the old version or the new one, never half.
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature

from storage.errors import KeyringError

if TYPE_CHECKING:
    from storage.audit import SigningKeys


def sign(keys: SigningKeys, message: bytes) -> tuple[str, str]:
    """-> (key id, base64 signature)."""
    key_id, private = keys.signing_key()
    return key_id, base64.b64encode(private.sign(message)).decode("ascii")


def signature_ok(keys: SigningKeys, key_id: str, signature_b64: str, message: bytes) -> bool:
    """True when `signature_b64` is the keyring's key `key_id` signing `message`."""
    try:
        _, public = keys.verify_key(key_id)
        public.verify(base64.b64decode(signature_b64, validate=True), message)
    except (KeyringError, InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def write_private(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; the file is 0600 and on disk when this returns."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
