"""The erasure list: which cases were erased, kept outside the database, signed.

Crypto-shredding removes a case's keys from the live store, but a backup of the database
taken before the erasure still holds the wrapped keys, and the keyring opens them. So
every erasure is also written here, beside the keyring (and into the audit witness
folder when one is set): case id, receipt number, data key ids and the time, no personal
data. Every process that opens the store re-applies the list (storage.retention
`reapply_ledger`): a restored older store loses the erased people again before anyone can
read them, and the re-application is audited. An entry is written before the erasure
commits: if the commit then fails, the next start erases the case anyway (it was asked
for, or due), rather than a crash leaving an erasure that a backup could undo.

The file is signed with the keyring's audit key (Ed25519), so someone who can write to
the data folder but does not hold the keyring cannot shorten it unnoticed; a list whose
signature fails stops start-up with a clear error. Several copies are read and merged,
so losing one (restored with the data) still leaves the other.
"""

from __future__ import annotations

import fcntl
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from storage.errors import StorageError
from storage.signed_files import sign, signature_ok, write_private

if TYPE_CHECKING:
    from storage.audit import SigningKeys

LEDGER_NAME = "erasures.json"
_HEADER = "intake erasure list v1"


class LedgerError(StorageError):
    """An erasure list that cannot be trusted or read; safe to show."""


class LedgerEntry(BaseModel):
    """One erased case: ids only, never personal data. A case matches an entry only when
    its id, receipt number and creation time all match: a restored store that later
    numbers a new case like an erased one must not lose the new case."""

    case_id: int
    receipt_no: str
    case_created_at: datetime
    data_key_ids: list[int]
    erased_at: datetime


class ErasureLedger:
    """The signed erasure list at one or more paths (all written, all read)."""

    def __init__(self, paths: Sequence[Path], keys: SigningKeys) -> None:
        if not paths:
            raise ValueError("an erasure list needs at least one path")
        self.paths = list(dict.fromkeys(paths))
        self._keys = keys

    def __repr__(self) -> str:
        return f"ErasureLedger({', '.join(str(p) for p in self.paths)})"

    def entries(self) -> list[LedgerEntry]:
        """The union of every copy, by case id; LedgerError when a copy is not genuine."""
        merged: dict[tuple[int, str], LedgerEntry] = {}
        for path in self.paths:
            for entry in self._read(path):
                merged.setdefault((entry.case_id, entry.receipt_no), entry)
        return sorted(merged.values(), key=lambda e: (e.erased_at, e.case_id))

    def record(self, entries: Sequence[LedgerEntry]) -> None:
        """Add `entries` to every copy (the union of all copies is written back)."""
        if not entries:
            return
        with self._locked():
            known = {(e.case_id, e.receipt_no): e for e in self.entries()}
            for entry in entries:
                known.setdefault((entry.case_id, entry.receipt_no), entry)
            document = self._document(
                sorted(known.values(), key=lambda e: (e.erased_at, e.case_id))
            )
            for path in self.paths:
                write_private(path, document)

    def _document(self, entries: list[LedgerEntry]) -> bytes:
        body = [e.model_dump(mode="json") for e in entries]
        key_id, signature = sign(self._keys, _signed(body))
        document = {"format": _HEADER, "entries": body, "key": key_id, "signature": signature}
        return (json.dumps(document, ensure_ascii=True, indent=1) + "\n").encode("ascii")

    def _read(self, path: Path) -> list[LedgerEntry]:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            raise LedgerError(_untrusted(path, "cannot be read as JSON")) from None
        if not isinstance(document, dict) or document.get("format") != _HEADER:
            raise LedgerError(_untrusted(path, "is not an erasure list"))
        body = document.get("entries")
        if not isinstance(body, list) or not signature_ok(
            self._keys, str(document.get("key")), str(document.get("signature")), _signed(body)
        ):
            raise LedgerError(_untrusted(path, "is not signed by this keyring"))
        try:
            return [LedgerEntry.model_validate(item) for item in body]
        except ValidationError:
            raise LedgerError(_untrusted(path, "has a malformed entry")) from None

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Serialise read-modify-write across processes (worker, CLI, web app)."""
        lock_path = self.paths[0].with_name(f".{LEDGER_NAME}.lock")
        lock_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with lock_path.open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _signed(body: Sequence[object]) -> bytes:
    canonical = json.dumps(body, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return f"{_HEADER}\n{canonical}".encode("ascii")


def _untrusted(path: Path, what: str) -> str:
    return (
        f"erasure list {path} {what}; restore it from a copy kept with the keyring"
        " (never delete it: it keeps erased people erased in restored backups)"
    )
