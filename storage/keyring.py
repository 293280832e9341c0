"""Master keys (KEKs) that wrap the per-case data keys.

`KeyProvider` is the seam: the file keyring here can later be replaced by Vault or a
cloud KMS without touching the callers. `FileKeyring` keeps its keys in a versioned
JSON document, either a 0600 file or an environment variable:

    {"version": 1, "active": "mk-20261127-3f9a",
     "master_keys": [{"id", "created_at", "key" (base64), "retired": false}],
     "index_keys": [{"id", "created_at", "key" (base64), "active": true}],
     "signing_keys": [{"id", "created_at", "key" (base64 Ed25519 seed), "active": true}]}

Index keys feed the blind indexes; they live here so the file format stays stable.
Signing keys (Ed25519) sign the audit checkpoints. A keyring written before they existed
gets one on load: derived from its first master key (HKDF), so every process that loads
the same old file arrives at the same key, and written back when the file is writable.

A wrapped data key is `b"IK" | version | len(key id) | key id | nonce(12) | ciphertext`,
sealed with AES-256-GCM under the master key named in it, the associated data being
everything before the nonce plus the caller's context (e.g. b"data_key:42"), so a
wrapped key copied to another row does not unwrap.

Key bytes never appear in reprs, logs or error messages.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import errno
import json
import logging
import os
import re
import secrets
import stat
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeGuard, TypeVar, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import DecryptError, KeyringError

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
KEY_BYTES = 32  # AES-256
WRAP_MAGIC = b"IK"
WRAP_VERSION = 1
NONCE_BYTES = 12
_MAX_FILE_BYTES = 1 << 20  # a keyring is a few KiB; refuse to slurp anything huge
_KEY_ID_RE = re.compile(r"[A-Za-z0-9._:-]{1,64}")
_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK}


@dataclass(frozen=True, eq=False)
class MasterKey:
    """A key-encryption key. Equality is identity, so key bytes are never compared."""

    key_id: str
    created_at: datetime
    retired: bool = False
    _key: bytes = field(default=b"", repr=False, kw_only=True)

    def __post_init__(self) -> None:
        if len(self._key) != KEY_BYTES:
            raise KeyringError(f"master key {self.key_id} must be {KEY_BYTES} bytes")

    @classmethod
    def generate(cls, key_id: str, created_at: datetime) -> MasterKey:
        return cls(key_id, created_at, _key=secrets.token_bytes(KEY_BYTES))

    def __repr__(self) -> str:
        return f"MasterKey(key_id={self.key_id!r}, retired={self.retired})"

    def __str__(self) -> str:
        return self.key_id


@dataclass(frozen=True)
class KeyMeta:
    """What may be shown about an index or signing key: never its bytes."""

    key_id: str
    created_at: datetime
    active: bool


@dataclass(frozen=True, eq=False)
class _IndexKey:
    key_id: str
    created_at: datetime
    active: bool
    _key: bytes = field(repr=False, kw_only=True)

    def __repr__(self) -> str:
        return f"IndexKey(key_id={self.key_id!r}, active={self.active})"


@dataclass(frozen=True, eq=False)
class _SigningKey:
    key_id: str
    created_at: datetime
    active: bool
    _key: bytes = field(repr=False, kw_only=True)  # the Ed25519 private seed

    def __repr__(self) -> str:
        return f"SigningKey(key_id={self.key_id!r}, active={self.active})"

    @classmethod
    def generate(cls, key_id: str, created_at: datetime) -> _SigningKey:
        return cls(key_id, created_at, True, _key=secrets.token_bytes(KEY_BYTES))

    @classmethod
    def derived_from(cls, master: MasterKey) -> _SigningKey:
        """The signing key an old keyring (without one) gets: the same in every process."""
        hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"audit_signing")
        return cls(
            f"sk-{master.key_id}"[:64], master.created_at, True, _key=hkdf.derive(master._key)
        )

    def private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self._key)


_P = TypeVar("_P")
_PROVIDES: dict[tuple[type, type], bool] = {}


def provides(keyring: object, protocol: type[_P]) -> TypeGuard[_P]:
    """isinstance(keyring, protocol) for a runtime-checkable Protocol, answered once per
    class: the check walks the protocol's members at every call (about 20 µs), and the
    worker asks it several times a mail. Our keyrings' members are their class's."""
    key = (type(keyring), protocol)
    found = _PROVIDES.get(key)
    if found is None:
        found = _PROVIDES[key] = isinstance(keyring, protocol)
    return found


@runtime_checkable
class KeyProvider(Protocol):
    """Wraps and unwraps data keys under master keys it never hands out."""

    @property
    def active_key_id(self) -> str: ...

    def wrap(self, data_key: bytes, *, context: bytes) -> bytes: ...

    def unwrap(self, wrapped: bytes, *, context: bytes) -> bytes: ...

    def key_ids(self) -> list[str]: ...


def rewrap(provider: KeyProvider, wrapped: bytes, *, context: bytes) -> bytes:
    """Re-seal a wrapped data key under the provider's active master key (rotation)."""
    return provider.wrap(provider.unwrap(wrapped, context=context), context=context)


def wrapped_key_id(wrapped: bytes) -> str:
    """The master key id named in a wrapped key's header; DecryptError if malformed."""
    return _split_wrapped(wrapped)[0]


def _wrap_header(key_id: str) -> bytes:
    kid = key_id.encode("ascii")
    return WRAP_MAGIC + bytes([WRAP_VERSION, len(kid)]) + kid


def _split_wrapped(wrapped: bytes) -> tuple[str, bytes, bytes, bytes]:
    """-> (key id, header, nonce, ciphertext); DecryptError on any malformation."""
    if len(wrapped) < 4 or wrapped[:2] != WRAP_MAGIC or wrapped[2] != WRAP_VERSION:
        raise DecryptError()
    end = 4 + wrapped[3]
    if len(wrapped) < end + NONCE_BYTES + 16:
        raise DecryptError()
    try:
        key_id = wrapped[4:end].decode("ascii")
    except UnicodeDecodeError:
        raise DecryptError() from None
    nonce = wrapped[end : end + NONCE_BYTES]
    return key_id, wrapped[:end], nonce, wrapped[end + NONCE_BYTES :]


def _new_key_id(prefix: str, now: datetime, taken: set[str]) -> str:
    while True:
        key_id = f"{prefix}-{now:%Y%m%d}-{secrets.token_hex(2)}"
        if key_id not in taken:
            return key_id


@dataclass(frozen=True)
class _Ring:
    """One immutable snapshot of the keyring; mutations build a new one."""

    master_keys: tuple[MasterKey, ...]
    active: str
    index_keys: tuple[_IndexKey, ...]
    signing_keys: tuple[_SigningKey, ...] = ()

    @classmethod
    def generate(cls, now: datetime) -> _Ring:
        master = MasterKey.generate(_new_key_id("mk", now, set()), now)
        index = _IndexKey(
            _new_key_id("ik", now, set()), now, True, _key=secrets.token_bytes(KEY_BYTES)
        )
        signing = _SigningKey.generate(_new_key_id("sk", now, set()), now)
        return cls((master,), master.key_id, (index,), (signing,))

    def with_signing_key(self) -> _Ring:
        """This ring, given a derived signing key if it has none (older files)."""
        if self.signing_keys:
            return self
        return replace(self, signing_keys=(_SigningKey.derived_from(self.master_keys[0]),))

    def master(self, key_id: str) -> MasterKey | None:
        return next((k for k in self.master_keys if k.key_id == key_id), None)

    def to_document(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "active": self.active,
            "master_keys": _entries(self.master_keys, "retired"),
            "index_keys": _entries(self.index_keys, "active"),
            "signing_keys": _entries(self.signing_keys, "active"),
        }

    @classmethod
    def from_json(cls, text: str, *, origin: str) -> _Ring:
        doc: object = None
        # Raise below, outside any handler: JSONDecodeError.doc holds the keys and
        # would ride along as the new error's __context__.
        with contextlib.suppress(ValueError):
            doc = json.loads(text)
        if not isinstance(doc, dict):
            raise _invalid(origin, "expected a JSON object")
        if doc.get("version") != FORMAT_VERSION:
            raise KeyringError(
                f"keyring {origin} has format version {doc.get('version')!r}; "
                f"this program reads version {FORMAT_VERSION}"
            )
        masters = _parse_entries(doc.get("master_keys"), "master_keys", "retired", origin)
        indexes = _parse_entries(doc.get("index_keys"), "index_keys", "active", origin)
        master_keys = tuple(
            MasterKey(kid, created, flag, _key=raw) for kid, created, raw, flag in masters
        )
        index_keys = tuple(
            _IndexKey(kid, created, flag, _key=raw) for kid, created, raw, flag in indexes
        )
        signing_keys: tuple[_SigningKey, ...] = ()
        if "signing_keys" in doc:  # absent in keyrings written before audit checkpoints
            signers = _parse_entries(doc.get("signing_keys"), "signing_keys", "active", origin)
            signing_keys = tuple(
                _SigningKey(kid, created, flag, _key=raw) for kid, created, raw, flag in signers
            )
            if sum(k.active for k in signing_keys) != 1:
                raise _invalid(origin, "exactly one signing key must be active")
        ring = cls(master_keys, str(doc.get("active")), index_keys, signing_keys)
        active = ring.master(ring.active)
        if active is None or active.retired:
            raise _invalid(origin, "'active' must name a master key that is not retired")
        if sum(k.active for k in index_keys) != 1:
            raise _invalid(origin, "exactly one index key must be active")
        return ring


def _entries(
    keys: Iterable[MasterKey | _IndexKey | _SigningKey], flag_name: str
) -> list[dict[str, Any]]:
    """One section of the keyring document, read back by _parse_entries."""
    return [
        {
            "id": k.key_id,
            "created_at": k.created_at.isoformat(),
            "key": base64.b64encode(k._key).decode("ascii"),
            flag_name: getattr(k, flag_name),
        }
        for k in keys
    ]


def _invalid(origin: str, what: str) -> KeyringError:
    return KeyringError(f"keyring {origin} is not valid: {what}; restore it from a backup")


def _parse_entries(
    entries: object, section: str, flag_name: str, origin: str
) -> list[tuple[str, datetime, bytes, bool]]:
    if not isinstance(entries, list) or not entries:
        raise _invalid(origin, f"'{section}' must be a non-empty list")
    parsed: list[tuple[str, datetime, bytes, bool]] = []
    for number, entry in enumerate(entries, start=1):
        where = f"{section} entry {number}"
        if not isinstance(entry, dict):
            raise _invalid(origin, f"{where} is not an object")
        key_id = entry.get("id")
        if not isinstance(key_id, str) or not _KEY_ID_RE.fullmatch(key_id):
            raise _invalid(origin, f"{where} has no valid 'id' (1-64 of A-Z a-z 0-9 . _ : -)")
        if any(key_id == p[0] for p in parsed):
            raise _invalid(origin, f"{where} repeats id {key_id}")
        try:
            created = datetime.fromisoformat(str(entry.get("created_at")))
        except ValueError:
            raise _invalid(origin, f"{where} has no valid 'created_at'") from None
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        try:
            raw = base64.b64decode(str(entry.get("key")), validate=True)
        except binascii.Error:
            raw = b""
        if len(raw) != KEY_BYTES:
            raise _invalid(origin, f"{where} has no valid 'key' (base64 of {KEY_BYTES} bytes)")
        flag = entry.get(flag_name, False)
        if not isinstance(flag, bool):
            raise _invalid(origin, f"{where} has a non-boolean '{flag_name}'")
        parsed.append((key_id, created, raw, flag))
    return parsed


def _read_private_file(path: Path) -> str | None:
    """The file's text, None if missing; refuses files other users can touch."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyringError(f"cannot read keyring {path}: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())  # fstat the open file: no check-then-open race
        if not stat.S_ISREG(info.st_mode):
            raise KeyringError(f"keyring {path} is not a regular file; point to the JSON file")
        mode = stat.S_IMODE(info.st_mode)
        if mode & 0o077:
            how = "readable" if mode & 0o044 else "writable"
            raise KeyringError(
                f"keyring {path} is {how} by other users (mode {mode:04o}); run: chmod 600 {path}"
            )
        data = handle.read(_MAX_FILE_BYTES + 1)
    if len(data) > _MAX_FILE_BYTES:
        raise _invalid(str(path), "the file is far too large for a keyring")
    # "replace", not a raised UnicodeDecodeError: its .object would carry the key bytes.
    return data.decode("utf-8", errors="replace")


def _write_temp(directory: Path, data: bytes) -> Path:
    """A fsynced 0600 file with `data` in `directory` (same filesystem as the target)."""
    tmp = directory / f".keyring-{secrets.token_hex(8)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _serialise(ring: _Ring) -> bytes:
    return (json.dumps(ring.to_document(), indent=2) + "\n").encode("utf-8")


def _create_file(path: Path, ring: _Ring) -> bool:
    """Publish a new keyring file; False if another process created one first."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.parent.chmod(0o700)  # mkdir's mode is masked by the umask
    data = _serialise(ring)
    tmp = _write_temp(path.parent, data)
    try:
        # link() publishes the complete file or fails if the name exists: a concurrent
        # starter never sees a half-written keyring and never overwrites another one.
        os.link(tmp, path)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        return _create_exclusive(path, data)  # filesystems without hard links
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)
    return True


def _create_exclusive(path: Path, data: bytes) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    except FileExistsError:
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)
    return True


def _replace_file(path: Path, ring: _Ring) -> None:
    tmp = _write_temp(path.parent, _serialise(ring))
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


class FileKeyring(KeyProvider):
    """Master and index keys from a 0600 JSON file or an environment variable."""

    def __init__(self, ring: _Ring, *, path: Path | None, origin: str, read_only: bool) -> None:
        self._ring = ring
        self._path = path
        self._origin = origin
        self._read_only = read_only
        self._lock = threading.Lock()

    # -- construction -------------------------------------------------------------

    @classmethod
    def load_or_create(cls, path: Path) -> FileKeyring:
        """Load the keyring at `path`, creating it (0600, one new key each) if missing."""
        path = Path(path)
        text = _read_private_file(path)
        if text is None:
            ring = _Ring.generate(datetime.now(UTC))
            try:
                created = _create_file(path, ring)
            except OSError as exc:
                raise KeyringError(f"cannot create keyring {path}: {exc.strerror}") from None
            if created:
                log.info("keyring created", extra={"path": str(path), "key_id": ring.active})
                return cls(ring, path=path, origin=str(path), read_only=False)
            text = _read_private_file(path)
            if text is None:
                raise KeyringError(f"keyring {path} vanished while loading; try again")
        return cls._upgraded(_Ring.from_json(text, origin=str(path)), path)

    @classmethod
    def _upgraded(cls, ring: _Ring, path: Path) -> FileKeyring:
        """Add the signing key an older file lacks, and write it back."""
        upgraded = ring.with_signing_key()
        if upgraded is not ring:
            try:
                _replace_file(path, upgraded)
                log.info("keyring given a signing key", extra={"path": str(path)})
            except OSError as exc:  # the derived key is the same next time: carry on
                log.warning(
                    "cannot write the signing key to the keyring",
                    extra={"path": str(path), "error": exc.strerror},
                )
        return cls(upgraded, path=path, origin=str(path), read_only=False)

    @classmethod
    def load(cls, path: Path) -> FileKeyring:
        """Load an existing keyring file; never creates one."""
        path = Path(path)
        text = _read_private_file(path)
        if text is None:
            raise KeyringError(f"keyring {path} not found; restore it or set data_dir correctly")
        return cls._upgraded(_Ring.from_json(text, origin=str(path)), path)

    @classmethod
    def from_env(cls, var_name: str, *, environ: Mapping[str, str] | None = None) -> FileKeyring:
        """The keyring JSON, raw or base64, from an environment variable (read-only)."""
        origin = f"from environment variable {var_name}"
        value = (os.environ if environ is None else environ).get(var_name, "").strip()
        if not value:
            raise KeyringError(
                f"environment variable {var_name} is not set; "
                "set it to the keyring JSON or its base64"
            )
        if not value.startswith("{"):
            compact = "".join(value.split())  # tolerate wrapped base64 lines
            try:
                decoded = base64.b64decode(compact, validate=True)
            except binascii.Error:
                decoded = b""
            value = decoded.decode("utf-8", errors="replace")
            if not value.lstrip().startswith("{"):
                raise KeyringError(
                    f"environment variable {var_name} holds neither keyring JSON nor its base64"
                )
        ring = _Ring.from_json(value, origin=origin).with_signing_key()
        return cls(ring, path=None, origin=origin, read_only=True)

    @classmethod
    def in_memory(cls) -> FileKeyring:
        """A fresh keyring that lives only in this process (tests, throwaway runs)."""
        return cls(
            _Ring.generate(datetime.now(UTC)), path=None, origin="in memory", read_only=False
        )

    def reload(self) -> None:
        """Re-read the file, e.g. after another process rotated keys."""
        if self._path is None:
            return
        fresh = FileKeyring.load(self._path)
        with self._lock:
            self._ring = fresh._ring

    def export_json(self) -> str:
        """The keyring document, KEY MATERIAL INCLUDED: for provisioning only, never log it."""
        return json.dumps(self._ring.to_document(), indent=2)

    def __repr__(self) -> str:
        return f"FileKeyring({self._origin!r}, active={self._ring.active!r})"

    # -- KeyProvider ----------------------------------------------------------------

    @property
    def active_key_id(self) -> str:
        return self._ring.active

    @property
    def path(self) -> Path | None:
        return self._path

    def key_ids(self) -> list[str]:
        return [k.key_id for k in self._ring.master_keys]

    def master_keys(self) -> list[MasterKey]:
        return list(self._ring.master_keys)

    def wrap(self, data_key: bytes, *, context: bytes) -> bytes:
        ring = self._ring
        master = ring.master(ring.active)
        assert master is not None  # _Ring guarantees the active key exists
        header = _wrap_header(master.key_id)
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = AESGCM(master._key).encrypt(nonce, bytes(data_key), header + bytes(context))
        return header + nonce + sealed

    def unwrap(self, wrapped: bytes, *, context: bytes) -> bytes:
        key_id, header, nonce, sealed = _split_wrapped(bytes(wrapped))
        master = self._ring.master(key_id)
        if master is None:
            raise DecryptError()
        try:
            return AESGCM(master._key).decrypt(nonce, sealed, header + bytes(context))
        except (InvalidTag, ValueError):
            raise DecryptError() from None

    # -- index keys -----------------------------------------------------------------

    def index_key(self, key_id: str | None = None) -> tuple[str, bytes]:
        """(id, key bytes) of the active index key, or of the one named."""
        for key in self._ring.index_keys:
            if key.active if key_id is None else key.key_id == key_id:
                return key.key_id, key._key
        raise KeyringError(f"no index key {key_id!r} in keyring {self._origin}")

    def index_key_ids(self) -> list[str]:
        """Every index key still in the ring (the active one first): all are searched."""
        keys = sorted(self._ring.index_keys, key=lambda k: not k.active)
        return [k.key_id for k in keys]

    def index_key_info(self) -> list[KeyMeta]:
        """Id, creation time and state of every index key, in ring order; no key bytes."""
        return [KeyMeta(k.key_id, k.created_at, k.active) for k in self._ring.index_keys]

    def add_index_key(self) -> str:
        """Generate an index key and make it active; the older ones stay in the ring (and
        searched) until `remove_index_key`. Returns the new key's id."""
        with self._lock:
            ring = self._ring
            now = datetime.now(UTC)
            taken = {k.key_id for k in ring.index_keys}
            key = _IndexKey(
                _new_key_id("ik", now, taken), now, True, _key=secrets.token_bytes(KEY_BYTES)
            )
            older = tuple(replace(k, active=False) for k in ring.index_keys)
            self._commit(replace(ring, index_keys=(*older, key)))
        log.info("index key added", extra={"key_id": key.key_id})
        return key.key_id

    def remove_index_key(self, key_id: str) -> None:
        """Delete an index key that is no longer active: nothing is searched with it again."""
        with self._lock:
            ring = self._ring
            key = next((k for k in ring.index_keys if k.key_id == key_id), None)
            if key is None:
                raise KeyringError(f"no index key {key_id!r} in keyring {self._origin}")
            if key.active:
                raise KeyringError(
                    f"index key {key_id} is the active key and cannot be removed; "
                    "add a new index key first"
                )
            kept = tuple(k for k in ring.index_keys if k.key_id != key_id)
            self._commit(replace(ring, index_keys=kept))
        log.info("index key removed", extra={"key_id": key_id})

    # -- signing keys (audit checkpoints) -----------------------------------------------

    def signing_key(self) -> tuple[str, Ed25519PrivateKey]:
        """(id, private key) of the active audit signing key."""
        for key in self._ring.signing_keys:
            if key.active:
                return key.key_id, key.private()
        raise KeyringError(f"no active signing key in keyring {self._origin}")

    def verify_key(self, key_id: str | None = None) -> tuple[str, Ed25519PublicKey]:
        """(id, public key) of the active signing key, or of the one named."""
        for key in self._ring.signing_keys:
            if key.active if key_id is None else key.key_id == key_id:
                return key.key_id, key.private().public_key()
        raise KeyringError(f"no signing key {key_id!r} in keyring {self._origin}")

    def signing_key_info(self) -> list[KeyMeta]:
        """Id, creation time and state of every signing key, in ring order; no key bytes."""
        return [KeyMeta(k.key_id, k.created_at, k.active) for k in self._ring.signing_keys]

    # -- rotation -------------------------------------------------------------------

    def add_master_key(self) -> MasterKey:
        """Generate a master key and make it active; older keys still unwrap."""
        with self._lock:
            ring = self._ring
            now = datetime.now(UTC)
            key = MasterKey.generate(_new_key_id("mk", now, set(self.key_ids())), now)
            self._commit(replace(ring, master_keys=(*ring.master_keys, key), active=key.key_id))
        log.info("master key added", extra={"key_id": key.key_id})
        return key

    def retire(self, key_id: str) -> None:
        """Mark a key retired: it no longer wraps but still unwraps until removed."""
        with self._lock:
            ring = self._ring
            self._existing(ring, key_id)
            if key_id == ring.active:
                raise KeyringError(
                    f"master key {key_id} is active; add a new master key before retiring it"
                )
            keys = tuple(
                replace(k, retired=True) if k.key_id == key_id else k for k in ring.master_keys
            )
            self._commit(replace(ring, master_keys=keys))
        log.info("master key retired", extra={"key_id": key_id})

    def remove(self, key_id: str) -> None:
        """Delete a key for good. Anything still wrapped under it becomes unreadable."""
        with self._lock:
            ring = self._ring
            self._existing(ring, key_id)
            if key_id == ring.active:
                raise KeyringError(
                    f"master key {key_id} is the active key and cannot be removed; "
                    "add a new master key first"
                )
            keys = tuple(k for k in ring.master_keys if k.key_id != key_id)
            self._commit(replace(ring, master_keys=keys))
        log.info("master key removed", extra={"key_id": key_id})

    def _existing(self, ring: _Ring, key_id: str) -> MasterKey:
        key = ring.master(key_id)
        if key is None:
            raise KeyringError(f"no master key {key_id!r} in keyring {self._origin}")
        return key

    def _commit(self, ring: _Ring) -> None:
        """Persist first, then switch: a failed write leaves memory and file agreeing."""
        if self._read_only:
            raise KeyringError(
                f"keyring {self._origin} is read-only; rotate keys in a keyring file "
                "and update the variable with its content"
            )
        if self._path is not None:
            try:
                _replace_file(self._path, ring)
            except OSError as exc:
                raise KeyringError(f"cannot write keyring {self._path}: {exc.strerror}") from None
        self._ring = ring
