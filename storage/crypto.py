"""Data keys, field encryption and streaming file encryption (AES-256-GCM).

Every case has its own `DataKey`, wrapped by a master key (see `storage.keyring`).

Field token: `b"IF" | version | len(key id) | key id | nonce(12) | ciphertext+tag`.
The associated data is the header plus `table \\0 column \\0 row id`, so a ciphertext
copied to another row or column, or given another header, fails to decrypt.

Stream (raw messages, attachments), the STREAM construction of Hoang, Reyhanitabar,
Rogaway and Vizár: header `b"IB" | version | len(key id) | key id | segment size (4)
| nonce prefix (7)`, then segments of `segment size` plaintext bytes (the last may be
shorter, or empty for empty input), each sealed with nonce `prefix | counter (4, big
endian) | last flag (1)` and associated data `header + aad`. Reordered, dropped,
truncated or appended segments all fail. Input is re-chunked, never held whole.

Every failure to open a ciphertext is one opaque `DecryptError`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from hmac import digest as hmac_digest
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic_core import PydanticSerializationError, to_json

from storage import nonces
from storage.errors import DecryptError
from storage.keyring import KeyProvider

FORMAT_VERSION = 1
FIELD_MAGIC = b"IF"
STREAM_MAGIC = b"IB"
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
PREFIX_BYTES = 7
DEFAULT_SEGMENT_SIZE = 65536
MAX_SEGMENT_SIZE = 1 << 24  # bounds what a reader allocates for a forged header
_MAX_SEGMENTS = 1 << 32  # the counter is 4 bytes


@dataclass(frozen=True, eq=False)
class DataKey:
    """A per-case data key. `key_id` is the id of its database row, set by the caller."""

    key_id: int | str
    _key: bytes = field(repr=False, kw_only=True)

    def __post_init__(self) -> None:
        if len(self._key) != KEY_BYTES:
            raise ValueError(f"data key {self.key_id} must be {KEY_BYTES} bytes")
        text = str(self.key_id)
        if not (0 < len(text) < 256 and text.isascii() and text.isprintable()):
            raise ValueError("data key id must be 1-255 printable ASCII characters")

    @classmethod
    def generate(cls, key_id: int | str) -> DataKey:
        return cls(key_id, _key=secrets.token_bytes(KEY_BYTES))

    @classmethod
    def from_bytes(cls, key_id: int | str, raw: bytes) -> DataKey:
        return cls(key_id, _key=bytes(raw))

    @property
    def id_bytes(self) -> bytes:
        """The id as it appears in headers."""
        return str(self.key_id).encode("ascii")

    @cached_property
    def aead(self) -> AESGCM:
        """The key's AES-GCM cipher, built once: a case's key seals several fields a
        mail, and building the cipher cost more than sealing one. It lives as long as
        this object, as the key's bytes do."""
        return AESGCM(self._key)

    def __repr__(self) -> str:
        return f"DataKey(key_id={self.key_id!r})"

    def __str__(self) -> str:
        return str(self.key_id)


# -- envelope ---------------------------------------------------------------------


def data_key_context(key_id: int | str) -> bytes:
    """Associated data binding a wrapped data key to its row."""
    return f"data_key:{key_id}".encode("ascii")


def wrap_data_key(provider: KeyProvider, key: DataKey) -> bytes:
    """The data key sealed under the provider's active master key, bound to its id."""
    return provider.wrap(key._key, context=data_key_context(key.key_id))


def unwrap_data_key(provider: KeyProvider, key_id: int | str, wrapped: bytes) -> DataKey:
    """Open a wrapped data key stored in row `key_id`; DecryptError if it fails."""
    raw = provider.unwrap(wrapped, context=data_key_context(key_id))
    if len(raw) != KEY_BYTES:
        raise DecryptError()
    return DataKey.from_bytes(key_id, raw)


# -- headers ----------------------------------------------------------------------


def _header(magic: bytes, key: DataKey) -> bytes:
    kid = key.id_bytes
    return magic + bytes([FORMAT_VERSION, len(kid)]) + kid


def _split_header(token: bytes, magic: bytes) -> tuple[bytes, bytes, bytes]:
    """-> (key id, header, rest); DecryptError when the header is not ours."""
    if len(token) < 4 or token[:2] != magic or token[2] != FORMAT_VERSION:
        raise DecryptError()
    end = 4 + token[3]
    if len(token) < end:
        raise DecryptError()
    return token[4:end], token[:end], token[end:]


def _expect_key(key: DataKey, key_id: bytes) -> None:
    if key_id != key.id_bytes:
        raise DecryptError()


# -- fields -----------------------------------------------------------------------


def _binding(table: str, column: str, row_id: int | str) -> bytes:
    parts = (table, column, str(row_id))
    if any("\0" in part for part in parts):
        raise ValueError("table, column and row id must not contain NUL")
    return "\0".join(parts).encode("utf-8")


def encrypt_field(
    key: DataKey, plaintext: bytes, *, table: str, column: str, row_id: int | str
) -> bytes:
    header = _header(FIELD_MAGIC, key)
    nonce = nonces.nonce(NONCE_BYTES)
    sealed = key.aead.encrypt(nonce, plaintext, header + _binding(table, column, row_id))
    return header + nonce + sealed


def decrypt_field(
    key: DataKey, token: bytes, *, table: str, column: str, row_id: int | str
) -> bytes:
    key_id, header, rest = _split_header(bytes(token), FIELD_MAGIC)
    _expect_key(key, key_id)
    if len(rest) < NONCE_BYTES + TAG_BYTES:
        raise DecryptError()
    nonce, sealed = rest[:NONCE_BYTES], rest[NONCE_BYTES:]
    try:
        return key.aead.decrypt(nonce, sealed, header + _binding(table, column, row_id))
    except InvalidTag:
        raise DecryptError() from None


def field_key_id(token: bytes) -> str:
    """The data key id named in a field token, to know which key to load."""
    return _split_header(bytes(token), FIELD_MAGIC)[0].decode("ascii", errors="replace")


def encrypt_text(key: DataKey, text: str, *, table: str, column: str, row_id: int | str) -> bytes:
    return encrypt_field(key, text.encode("utf-8"), table=table, column=column, row_id=row_id)


def decrypt_text(key: DataKey, token: bytes, *, table: str, column: str, row_id: int | str) -> str:
    plain = decrypt_field(key, token, table=table, column=column, row_id=row_id)
    try:
        return plain.decode("utf-8")
    except UnicodeDecodeError:
        raise DecryptError() from None


def json_text(value: Any) -> str:
    """The JSON that encrypt_json seals: what decrypt_json will read back."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def json_native_text(value: Any) -> str:
    """json_text of a JSON-native value (what json.loads gives: str keys, lists, strings,
    numbers, booleans, None) through pydantic-core's serializer, which reads back the
    same (a float may be spelled otherwise, 0.00001 for 1e-05) at a third to a fifth of
    the cost: a mail's extraction is some 6 KB of JSON. Not for other values: it writes
    a None key as "None" and takes types json refuses."""
    try:
        return to_json(value).decode()
    except PydanticSerializationError:  # a lone surrogate: json writes it, as before
        return json_text(value)


def encrypt_json(key: DataKey, value: Any, *, table: str, column: str, row_id: int | str) -> bytes:
    return encrypt_text(key, json_text(value), table=table, column=column, row_id=row_id)


def decrypt_json(key: DataKey, token: bytes, *, table: str, column: str, row_id: int | str) -> Any:
    text = decrypt_text(key, token, table=table, column=column, row_id=row_id)
    try:
        return json.loads(text)
    except ValueError:
        raise DecryptError() from None


# -- streams ----------------------------------------------------------------------


def _segment_nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def encrypt_stream(
    key: DataKey,
    chunks: Iterable[bytes],
    out: BinaryIO,
    *,
    aad: bytes,
    segment_size: int = DEFAULT_SEGMENT_SIZE,
) -> int:
    """Encrypt `chunks` into `out`; returns the number of bytes written to `out`."""
    if not 0 < segment_size <= MAX_SEGMENT_SIZE:
        raise ValueError(f"segment_size must be 1..{MAX_SEGMENT_SIZE}")
    prefix = nonces.nonce(PREFIX_BYTES)
    header = _header(STREAM_MAGIC, key) + segment_size.to_bytes(4, "big") + prefix
    associated = header + bytes(aad)
    cipher = key.aead
    out.write(header)
    written = len(header)
    counter = 0
    pending = bytearray()

    def seal(last: bool) -> int:
        if counter >= _MAX_SEGMENTS:
            raise ValueError("stream too long for its segment size")
        sealed = cipher.encrypt(_segment_nonce(prefix, counter, last), pending, associated)
        out.write(sealed)
        return len(sealed)

    for chunk in chunks:
        view = memoryview(chunk)
        pos = 0
        while pos < len(view):
            # A full segment is sealed only once more data arrives: the last segment
            # must carry the last flag, and we cannot know it is last before then.
            if len(pending) == segment_size:
                written += seal(last=False)
                counter += 1
                pending.clear()
            take = min(segment_size - len(pending), len(view) - pos)
            pending += view[pos : pos + take]
            pos += take
    written += seal(last=True)
    return written


def _read_exact(src: BinaryIO, size: int) -> bytes:
    """Up to `size` bytes, fewer only at end of file (read() may return short)."""
    parts: list[bytes] = []
    remaining = size
    while remaining:
        part = src.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def _read_stream_header(key: DataKey, src: BinaryIO) -> tuple[bytes, int, bytes]:
    """-> (header, segment size, nonce prefix)."""
    start = _read_exact(src, 4)
    if len(start) < 4:
        raise DecryptError()
    rest = _read_exact(src, start[3] + 4 + PREFIX_BYTES)
    key_id, _, _ = _split_header(start + rest, STREAM_MAGIC)
    if len(rest) < start[3] + 4 + PREFIX_BYTES:
        raise DecryptError()
    _expect_key(key, key_id)
    segment_size = int.from_bytes(rest[-PREFIX_BYTES - 4 : -PREFIX_BYTES], "big")
    if not 0 < segment_size <= MAX_SEGMENT_SIZE:
        raise DecryptError()
    return start + rest, segment_size, rest[-PREFIX_BYTES:]


def decrypt_stream(key: DataKey, src: BinaryIO, *, aad: bytes) -> Iterator[bytes]:
    """Yield plaintext segments, each authenticated before it is yielded.

    Truncation is only detectable at the end: treat the output as untrusted until the
    iterator is exhausted without a DecryptError.
    """
    header, segment_size, prefix = _read_stream_header(key, src)
    associated = header + bytes(aad)
    cipher = key.aead
    block = segment_size + TAG_BYTES
    current = _read_exact(src, block)
    counter = 0
    while True:
        following = _read_exact(src, block)
        last = not following
        if counter >= _MAX_SEGMENTS or (len(current) < block and not last):
            raise DecryptError()
        try:
            plain = cipher.decrypt(_segment_nonce(prefix, counter, last), current, associated)
        except (InvalidTag, ValueError):  # ValueError: shorter than a tag
            raise DecryptError() from None
        yield plain
        if last:
            return
        counter += 1
        current = following


def stream_key_id(src: BinaryIO) -> str:
    """The data key id in a stream's header; reads from `src`'s current position."""
    start = _read_exact(src, 4)
    if len(start) < 4:
        raise DecryptError()
    key_id, _, _ = _split_header(start + _read_exact(src, start[3]), STREAM_MAGIC)
    return key_id.decode("ascii", errors="replace")


# -- case binding -----------------------------------------------------------------


def case_binding(key: DataKey, *, case_id: int, message_id: int, receipt_no: str) -> str:
    """HMAC binding a case row to its message and receipt number, under a subkey of the
    case's own data key: it survives master-key rotation and dies with erasure."""
    mac_key = derive_key(key._key, purpose="case-binding")
    data = f"case:{case_id}\0message:{message_id}\0receipt:{receipt_no}".encode()
    return hmac_sha256(mac_key, data).hex()


# -- keyed hashing ----------------------------------------------------------------


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    # the stdlib's one-shot HMAC (OpenSSL through hashlib): one C call, where an
    # HMAC object of `cryptography` is several, and this runs a few times a mail
    return hmac_digest(key, data, hashlib.sha256)


def derive_key(master: bytes, *, purpose: str) -> bytes:
    """A 32-byte subkey for `purpose` (HKDF-SHA256, no salt, info = purpose in UTF-8)."""
    if not purpose:
        raise ValueError("purpose must not be empty")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode())
    return hkdf.derive(master)


@lru_cache(maxsize=64)
def index_subkey(index_key: bytes, purpose: str) -> bytes:
    """derive_key for an index key, remembered: the blind index, the address and the
    Message-ID tags derive the same few subkeys several times a mail. Index keys live
    as long as the keyring that holds them; never use this for a data key, whose
    derivations must not outlive its shredding."""
    return derive_key(index_key, purpose=purpose)


class KeyedHash:
    """HMAC-SHA256 under one key, its key set up once: each digest copies that state
    (the stdlib's `hmac.HMAC.copy`), where a one-shot `hmac.digest` sets the key up in
    OpenSSL every call. The same bytes as hmac_sha256; no HMAC written here."""

    __slots__ = ("_keyed",)

    def __init__(self, key: bytes) -> None:
        self._keyed = hmac.new(key, digestmod="sha256")

    def __repr__(self) -> str:
        return "KeyedHash(...)"

    def digest(self, data: bytes) -> bytes:
        keyed = self._keyed.copy()
        keyed.update(data)
        return keyed.digest()


@lru_cache(maxsize=64)
def index_hash(index_key: bytes, purpose: str) -> KeyedHash:
    """The HMAC under `index_subkey(index_key, purpose)`, remembered as that is: the
    address, blind-index and Message-ID tags hash under it several times a mail. Only
    for index keys (see index_subkey)."""
    return KeyedHash(index_subkey(index_key, purpose))
