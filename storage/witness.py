"""The audit witness: signed checkpoints written outside the store, each naming the last.

The hash chain and the checkpoints stored in the database do not stop someone who can
write to the database from deleting the newest entries and the newest checkpoints: what
is left still verifies. The witness is a folder on another disk or mount
(`[audit] witness_dir`). After every sensitive act (a reveal, an export with personal
data, an erasure, a key operation; see `witnessed`) and at least every 10 minutes while
the worker runs, a file `checkpoint-NNNNNNNNNN.txt` is written there: the newest entry's
id and hash, signed with the keyring's Ed25519 audit key, and the SHA-256 of the
previous witness file. `check_witness` (run by `intake audit verify`) walks the files and
fails when the chain in the database is shorter than the newest checkpoint or differs
from any of them.

What it protects against: a database writer cutting the trail back or rewriting it.
What it does not: someone who can also delete the witness files and holds the keyring;
keep the witness folder on storage that account cannot write to after the fact (another
host, an append-only mount) and copy it off regularly.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import weakref
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from storage.audit import (
    WITNESS_DUE,
    AuditEntry,
    ChainVerdict,
    SigningKeys,
    check_against,
    utc_text,
    walk_chain,
)
from storage.errors import StorageError
from storage.models import utcnow
from storage.signed_files import sign, signature_ok, write_private

log = logging.getLogger("storage.witness")
_HEADER = "intake audit witness v1"
_NAME = re.compile(r"^checkpoint-(\d{10})\.txt$")
_FIRST = "0" * 64


class WitnessCheckpoint(BaseModel):
    seq: int
    entry_id: int
    entry_hash: str
    at: datetime
    previous: str  # SHA-256 hex of the previous witness file, zeros for the first
    key_id: str
    signature: str


def _signed(c: WitnessCheckpoint) -> bytes:
    parts = (_HEADER, c.seq, c.entry_id, c.entry_hash, utc_text(c.at), c.previous)
    return "\n".join(str(p) for p in parts).encode("ascii")


def _render(c: WitnessCheckpoint) -> bytes:
    return (
        f"{_HEADER}\nseq: {c.seq}\nentry: {c.entry_id}\nhash: {c.entry_hash}\n"
        f"at: {utc_text(c.at)}\nprevious: {c.previous}\nkey: {c.key_id}\n"
        f"signature: {c.signature}\n"
    ).encode("ascii")


def _parse(path: Path, data: bytes) -> WitnessCheckpoint:
    lines = data.decode("ascii", errors="replace").splitlines()
    if not lines or lines[0] != _HEADER:
        raise StorageError(f"witness file {path.name} is not an audit witness checkpoint")
    values = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    try:
        return WitnessCheckpoint(
            seq=int(values["seq"]),
            entry_id=int(values["entry"]),
            entry_hash=values["hash"],
            at=datetime.fromisoformat(values["at"].replace("Z", "+00:00")),
            previous=values["previous"],
            key_id=values["key"],
            signature=values["signature"],
        )
    except (KeyError, ValueError):
        raise StorageError(f"witness file {path.name} is malformed") from None


class Witness:
    """Writes and reads the witness folder."""

    def __init__(self, folder: Path, keys: SigningKeys) -> None:
        self.folder = folder
        self._keys = keys
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Witness({self.folder})"

    def files(self) -> list[tuple[int, Path]]:
        if not self.folder.is_dir():
            return []
        found = [(_NAME.match(p.name), p) for p in self.folder.iterdir()]
        return sorted((int(m.group(1)), p) for m, p in found if m)

    def write(self, engine: Engine) -> Path | None:
        """Sign the newest audit entry into the next witness file (None: no entries yet)."""
        with Session(engine) as session:
            last = session.exec(
                select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(1)
            ).first()
        if last is None:
            return None
        with self._lock:
            files = self.files()
            seq, previous = 1, _FIRST
            if files:
                seq = files[-1][0] + 1
                previous = hashlib.sha256(files[-1][1].read_bytes()).hexdigest()
            checkpoint = WitnessCheckpoint(
                seq=seq,
                entry_id=last.id,
                entry_hash=last.entry_hash,
                at=utcnow(),
                previous=previous,
                key_id="",
                signature="",
            )
            checkpoint.key_id, checkpoint.signature = sign(self._keys, _signed(checkpoint))
            path = self.folder / f"checkpoint-{seq:010d}.txt"
            write_private(path, _render(checkpoint))
        return path

    def checkpoints(self) -> tuple[list[WitnessCheckpoint], str | None]:
        """The checkpoints in order, and the first problem with the files (or None)."""
        checkpoints: list[WitnessCheckpoint] = []
        previous, expected_seq = _FIRST, None
        for seq, path in self.files():
            data = path.read_bytes()
            try:
                checkpoint = _parse(path, data)
            except StorageError as exc:
                return checkpoints, str(exc)
            if checkpoint.seq != seq or (expected_seq is not None and seq != expected_seq):
                return checkpoints, f"witness file {path.name} is out of sequence"
            # The first file kept may follow files pruned by the operator.
            if expected_seq is not None and checkpoint.previous != previous:
                return checkpoints, f"witness file {path.name} does not name its predecessor"
            if not signature_ok(
                self._keys, checkpoint.key_id, checkpoint.signature, _signed(checkpoint)
            ):
                return checkpoints, f"the signature of witness file {path.name} is not valid"
            checkpoints.append(checkpoint)
            previous, expected_seq = hashlib.sha256(data).hexdigest(), seq + 1
        return checkpoints, None


def check_witness(session: Session, witness: Witness) -> ChainVerdict | None:
    """None when the chain in the database covers every witness checkpoint unchanged;
    else the verdict saying what is wrong."""
    hashes, broken = walk_chain(session)
    if broken:
        return broken
    checkpoints, problem = witness.checkpoints()
    if problem:
        return ChainVerdict(ok=False, entries=len(hashes), problem=problem)
    for checkpoint in reversed(checkpoints):  # the newest first: a cut shows there
        what = f"the witness checkpoint {checkpoint.seq} (entry {checkpoint.entry_id})"
        verdict = check_against(hashes, checkpoint.entry_id, checkpoint.entry_hash, what)
        if verdict:
            return verdict
    return None


# -- writing after commit ----------------------------------------------------------------

_ATTACHED: weakref.WeakKeyDictionary[Engine, Witness] = weakref.WeakKeyDictionary()


def attach(engine: Engine, witness: Witness) -> None:
    """Write a witness checkpoint after every commit that holds a witnessed audit entry."""
    _ATTACHED[engine] = witness


@event.listens_for(OrmSession, "after_commit")
def _after_commit(session: OrmSession) -> None:
    if not session.info.pop(WITNESS_DUE, False):
        return
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else getattr(bind, "engine", None)
    witness = _ATTACHED.get(engine) if engine is not None else None
    if witness is None or engine is None:
        return
    try:
        witness.write(engine)
    except (OSError, StorageError) as exc:  # the act is committed; the 10-minute job retries
        log.error(
            "audit witness not written",
            extra={"event": "witness_failed", "error": type(exc).__name__},
        )


@event.listens_for(OrmSession, "after_soft_rollback")
def _after_rollback(session: OrmSession, _previous: Any) -> None:
    session.info.pop(WITNESS_DUE, None)
