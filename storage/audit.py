"""The audit trail: append-only, hash-chained, with signed checkpoints.

Each entry's hash is SHA-256 over a canonical serialisation of its fields and the hash
of the entry before it, so editing, deleting, reordering or inserting a row breaks the
chain at that row. Entry ids are assigned here (previous id + 1) under a lock, so the
chain never forks. Hashes alone do not stop someone who rewrites the whole chain, or
cuts off its tail; signed checkpoints do: an Ed25519 signature over one entry's id,
hash and time, stored in `audit_checkpoints` and exportable as a short text to keep
off the machine (`export_checkpoint`). `verify_chain` checks all of it.

Entries never hold personal data: who (an account name), what action, which case or
message (ids), why (the purpose the actor gave), the outcome, and non-personal details.
The tables refuse UPDATE and DELETE (triggers, see migration 0002).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import BaseModel
from sqlalchemy import Table, text
from sqlalchemy import select as core_select
from sqlmodel import Field, Session, SQLModel, col, select

from storage.db import take_sqlite_writer_lock
from storage.errors import KeyringError, StorageError
from storage.held import add_rows, write_held
from storage.keyring import provides
from storage.models import utcnow

if TYPE_CHECKING:
    from storage.privacy import Actor

GENESIS_HASH = "0" * 64
DEFAULT_CHECKPOINT_EVERY = 100
_LOCK_ID = 0x41554454  # "AUDT": the advisory lock that serialises appends on PostgreSQL
_CHECKPOINT_HEADER = "intake audit checkpoint v1"
WITNESS_DUE = "intake.witness_due"  # session.info flag: storage.witness writes after commit
WITNESSED_ACTIONS = frozenset(
    {
        "case.reveal",
        "case.erase",
        "subject.erase",
        "subject.export",
        "erasure.reapply",
        "audit.checkpoint",
    }
)


def witnessed(action: str, details: dict[str, Any] | None) -> bool:
    """Acts that reach the audit witness at once (storage.witness): reveals, exports with
    personal data, erasures and key operations."""
    if action in WITNESSED_ACTIONS or action.startswith("key."):
        return True
    return bool(details and details.get("reveal") is True)


class AuditEntry(SQLModel, table=True):
    """Who did what to which case, why, and how it went. Never personal data."""

    __tablename__ = "audit_entries"

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(max_length=100, index=True)
    actor_role: str = Field(max_length=20)
    action: str = Field(max_length=40, index=True)
    case_id: int | None = Field(default=None, index=True)
    message_id: int | None = Field(default=None, index=True)
    purpose: str | None = Field(default=None, max_length=300)
    outcome: str = Field(default="ok", max_length=20)
    details_json: str = "{}"
    prev_hash: str = Field(max_length=64, unique=True)
    entry_hash: str = Field(max_length=64, unique=True)

    def __repr__(self) -> str:
        return f"AuditEntry(id={self.id}, action={self.action!r}, outcome={self.outcome!r})"


AUDIT_TABLE: Table = AuditEntry.__table__  # type: ignore[attr-defined]


class AuditCheckpoint(SQLModel, table=True):
    """A signature over one entry's hash, so a rewritten or cut chain shows."""

    __tablename__ = "audit_checkpoints"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(index=True)
    entry_hash: str = Field(max_length=64)
    at: datetime = Field(default_factory=utcnow)
    signature: str = Field(max_length=200)
    key_id: str = Field(max_length=64)


CHECKPOINT_TABLE: Table = AuditCheckpoint.__table__  # type: ignore[attr-defined]


def _newest(column: Any, order: Any) -> Any:
    return core_select(column).order_by(order.desc()).limit(1).scalar_subquery()


# The newest entry's id and hash, and the entry the newest checkpoint signs.
_HEAD_AND_CHECKPOINT = core_select(
    _newest(AUDIT_TABLE.c.id, AUDIT_TABLE.c.id),
    _newest(AUDIT_TABLE.c.entry_hash, AUDIT_TABLE.c.id),
    _newest(CHECKPOINT_TABLE.c.entry_id, CHECKPOINT_TABLE.c.id),
)


@runtime_checkable
class SigningKeys(Protocol):
    """What checkpoints need from the keyring (storage.keyring.FileKeyring has it)."""

    def signing_key(self) -> tuple[str, Ed25519PrivateKey]: ...

    def verify_key(self, key_id: str | None = None) -> tuple[str, Ed25519PublicKey]: ...


class ChainVerdict(BaseModel):
    ok: bool
    entries: int
    first_bad_id: int | None = None
    problem: str | None = None
    checkpoint_entry_id: int | None = None  # the checkpoint that was checked, if any


class CheckpointText(BaseModel):
    """A checkpoint as exported: enough to check the chain without trusting the machine."""

    entry_id: int
    entry_hash: str
    at: datetime
    key_id: str
    public_key: str  # base64 of the raw Ed25519 public key
    signature: str  # base64


# -- hashing ----------------------------------------------------------------------


def utc_text(moment: datetime) -> str:
    """One spelling of a time, whatever the database hands back (SQLite drops the zone)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class NewEntry:
    """An entry about to be written (see append_audit)."""

    id: int
    at: datetime
    actor: str
    actor_role: str
    action: str
    case_id: int | None
    message_id: int | None
    purpose: str | None
    outcome: str
    details_json: str
    prev_hash: str


def entry_hash(entry: AuditEntry | NewEntry) -> str:
    """SHA-256 over the canonical JSON array of the entry's fields and prev_hash."""
    fields = [
        entry.id,
        utc_text(entry.at),
        entry.actor,
        entry.actor_role,
        entry.action,
        entry.case_id,
        entry.message_id,
        entry.purpose,
        entry.outcome,
        entry.details_json,
        entry.prev_hash,
    ]
    canonical = json.dumps(fields, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


# -- appending --------------------------------------------------------------------


def _lock_chain(session: Session) -> None:
    """Serialise appends so two writers never chain onto the same entry."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
    else:
        take_sqlite_writer_lock(session.connection(), "audit_checkpoints")


_HEAD = "audit.chain_head"  # in session.info: (transaction, newest entry) after an append


@dataclass(frozen=True)
class _Head:
    id: int
    entry_hash: str


def _chain_head(session: Session) -> _Head | None:
    """The entry to chain onto. The first append of a transaction takes the chain's lock
    and reads the newest entry, and the entry the newest checkpoint signs with it (one
    round trip, not two: on PostgreSQL a stage batch's are a tenth of its statements);
    later appends in the same transaction (a batch of messages appends several) know
    both already, since the lock keeps every other writer out."""
    head = _head_held(session)
    if head is not None:
        return head
    _lock_chain(session)
    last_id, last_hash, checkpointed = session.execute(_HEAD_AND_CHECKPOINT).one()
    session.info[_CHECKPOINTED] = (session.get_transaction(), checkpointed or 0)
    return _Head(last_id, last_hash) if last_id is not None else None


def _head_held(session: Session) -> _Head | None:
    """The newest entry, where this transaction appended (and holds the chain's lock)."""
    cached = session.info.get(_HEAD)
    if cached is not None and cached[0] is session.get_transaction():
        head: _Head = cached[1]
        return head
    return None


def _last_entry(session: Session) -> AuditEntry | None:
    return session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(1)).first()


def append_audit(
    session: Session,
    *,
    actor: Actor,
    action: str,
    outcome: str = "ok",
    case_id: int | None = None,
    message_id: int | None = None,
    purpose: str | None = None,
    details: dict[str, Any] | None = None,
    keyring: object | None = None,
    checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY,
) -> None:
    """Add one entry in the caller's transaction; signs a checkpoint every N entries
    when given a keyring that can sign. `details` must hold no personal data.

    The entry is written through the connection, not by the session's next flush: a
    stage batch appends two a message, and a model object each, flushed through the
    unit of work, cost more than hashing and writing them. A stage batch holds them
    (storage.held) and writes them all with one statement; the chain is the same,
    ids and hashes being assigned here from the head this transaction holds (the
    chain's lock keeps every other writer out until it ends)."""
    last = _chain_head(session)
    entry = NewEntry(
        id=(last.id + 1) if last else 1,
        at=utcnow(),
        actor=actor.name,
        actor_role=actor.role,
        action=action,
        case_id=case_id,
        message_id=message_id,
        purpose=purpose,
        outcome=outcome,
        details_json=json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
        prev_hash=last.entry_hash if last else GENESIS_HASH,
    )
    digest = entry_hash(entry)
    # written now, or with the rest of a stage batch's (storage.held)
    add_rows(session, AUDIT_TABLE, [vars(entry) | {"entry_hash": digest}])
    session.info[_HEAD] = (session.get_transaction(), _Head(entry.id, digest))
    if witnessed(action, details):
        session.info[WITNESS_DUE] = True
    if (
        provides(keyring, SigningKeys)  # type: ignore[type-abstract]  # mypy#4717
        and checkpoint_every > 0
        and entry.id - _checkpointed_up_to(session) >= checkpoint_every
    ):
        make_checkpoint(session, keyring)


_CHECKPOINTED = "audit.checkpointed_up_to"  # in session.info: (transaction, entry id)


def _checkpointed_up_to(session: Session) -> int:
    """The entry the newest checkpoint signs: read with the chain's head at the
    transaction's first append (`_chain_head`), moved on by its own checkpoints."""
    up_to: int = session.info[_CHECKPOINTED][1]
    return up_to


# -- checkpoints ------------------------------------------------------------------


def _signed_message(entry_id: int, entry_hash_hex: str, at: datetime) -> bytes:
    return f"{_CHECKPOINT_HEADER}\n{entry_id}\n{entry_hash_hex}\n{utc_text(at)}".encode("ascii")


def make_checkpoint(session: Session, keyring: SigningKeys) -> AuditCheckpoint:
    """Sign the newest entry now (same transaction as the caller).

    After an append in this transaction the newest entry is the head it holds, held
    rows included, and the checkpoint row is written like an entry: now, or with a
    stage batch's other rows (storage.held). So a batch that crosses a checkpoint
    writes nothing in its middle; before, the checkpoint wrote the held rows and
    flushed the batch's messages first, and read the newest entry back."""
    head = _head_held(session) or _newest_written(session)
    key_id, private = keyring.signing_key()
    at = utcnow()
    signature = private.sign(_signed_message(head.id, head.entry_hash, at))
    checkpoint = AuditCheckpoint(
        entry_id=head.id,
        entry_hash=head.entry_hash,
        at=at,
        signature=base64.b64encode(signature).decode("ascii"),
        key_id=key_id,
    )
    add_rows(session, CHECKPOINT_TABLE, [checkpoint.model_dump(exclude={"id"})])
    session.info[_CHECKPOINTED] = (session.get_transaction(), head.id)
    return checkpoint


def _newest_written(session: Session) -> _Head:
    write_held(session, AUDIT_TABLE)  # the newest may be held, see storage.held
    session.flush()  # the caller may have autoflush off: its newest entries are the ones
    last = _last_entry(session)
    if last is None:
        raise StorageError("the audit trail has no entries yet; nothing to checkpoint")
    return _Head(last.id, last.entry_hash)


def _latest_checkpoint(session: Session) -> AuditCheckpoint | None:
    query = select(AuditCheckpoint).order_by(col(AuditCheckpoint.id).desc()).limit(1)
    return session.exec(query).first()


def latest_checkpoint(session: Session) -> AuditCheckpoint | None:
    return _latest_checkpoint(session)


def _public_b64(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def export_checkpoint(
    session: Session, keyring: SigningKeys, checkpoint: AuditCheckpoint | None = None
) -> str:
    """A short text (entry, hash, time, key, public key, signature) to keep off the machine."""
    checkpoint = checkpoint or _latest_checkpoint(session)
    if checkpoint is None:
        raise StorageError("no audit checkpoint yet; run: intake audit checkpoint")
    _, public = keyring.verify_key(checkpoint.key_id)
    return (
        f"{_CHECKPOINT_HEADER}\n"
        f"entry: {checkpoint.entry_id}\n"
        f"hash: {checkpoint.entry_hash}\n"
        f"at: {utc_text(checkpoint.at)}\n"
        f"key: {checkpoint.key_id}\n"
        f"public-key: {_public_b64(public)}\n"
        f"signature: {checkpoint.signature}\n"
    )


_LINE = re.compile(r"^([a-z-]+):\s*(\S+)\s*$")


def parse_checkpoint(text_block: str) -> CheckpointText:
    """Read an exported checkpoint; StorageError when it is not one."""
    lines = [line.strip() for line in text_block.strip().splitlines() if line.strip()]
    if not lines or lines[0] != _CHECKPOINT_HEADER:
        raise StorageError(f"not an audit checkpoint: expected a first line {_CHECKPOINT_HEADER!r}")
    values: dict[str, str] = {}
    for line in lines[1:]:
        match = _LINE.match(line)
        if match:
            values[match.group(1)] = match.group(2)
    missing = {"entry", "hash", "at", "key", "public-key", "signature"} - values.keys()
    if missing:
        raise StorageError(f"audit checkpoint lacks {', '.join(sorted(missing))}")
    try:
        return CheckpointText(
            entry_id=int(values["entry"]),
            entry_hash=values["hash"],
            at=datetime.fromisoformat(values["at"].replace("Z", "+00:00")),
            key_id=values["key"],
            public_key=values["public-key"],
            signature=values["signature"],
        )
    except ValueError:
        raise StorageError("audit checkpoint has a malformed entry number or time") from None


def _signature_ok(public: Ed25519PublicKey, signature_b64: str, message: bytes) -> bool:
    try:
        public.verify(base64.b64decode(signature_b64, validate=True), message)
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def _public_from_b64(value: str) -> Ed25519PublicKey | None:
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError):
        return None


# -- verifying --------------------------------------------------------------------


def walk_chain(session: Session) -> tuple[dict[int, str], ChainVerdict | None]:
    """Check every link; -> (entry id -> hash, the first break or None)."""
    hashes: dict[int, str] = {}
    previous_id, previous_hash = 0, GENESIS_HASH
    query = select(AuditEntry).order_by(col(AuditEntry.id))
    for count, entry in enumerate(session.exec(query), start=1):
        problem = None
        if entry.prev_hash != previous_hash:
            problem = (
                f"entry {entry.id} does not follow entry {previous_id}: "
                "a row was deleted, inserted or reordered"
            )
        elif entry.id != previous_id + 1:
            problem = f"entry {entry.id} follows entry {previous_id}: ids are not consecutive"
        elif entry_hash(entry) != entry.entry_hash:
            problem = f"entry {entry.id} was altered: its content does not match its hash"
        if problem:
            return hashes, ChainVerdict(
                ok=False, entries=count, first_bad_id=entry.id, problem=problem
            )
        hashes[entry.id] = entry.entry_hash
        previous_id, previous_hash = entry.id, entry.entry_hash
    return hashes, None


def check_against(
    hashes: dict[int, str], entry_id: int, expected_hash: str, what: str
) -> ChainVerdict | None:
    last_id = max(hashes, default=0)
    if entry_id not in hashes:
        return ChainVerdict(
            ok=False,
            entries=len(hashes),
            first_bad_id=last_id + 1,
            problem=f"the chain ends at entry {last_id} but {what} covers entry {entry_id}: "
            "entries were cut off",
            checkpoint_entry_id=entry_id,
        )
    if hashes[entry_id] != expected_hash:
        return ChainVerdict(
            ok=False,
            entries=len(hashes),
            first_bad_id=entry_id,
            problem=f"entry {entry_id} differs from {what}: the chain was rewritten",
            checkpoint_entry_id=entry_id,
        )
    return None


def _bad_signature(hashes: dict[int, str], entry_id: int, what: str) -> ChainVerdict:
    return ChainVerdict(
        ok=False,
        entries=len(hashes),
        first_bad_id=entry_id,
        problem=f"the signature of {what} is not valid",
        checkpoint_entry_id=entry_id,
    )


def _verify_exported(hashes: dict[int, str], checkpoint: CheckpointText) -> ChainVerdict | None:
    what = f"the checkpoint at entry {checkpoint.entry_id}"
    public = _public_from_b64(checkpoint.public_key)
    message = _signed_message(checkpoint.entry_id, checkpoint.entry_hash, checkpoint.at)
    if public is None or not _signature_ok(public, checkpoint.signature, message):
        return _bad_signature(hashes, checkpoint.entry_id, what)
    return check_against(hashes, checkpoint.entry_id, checkpoint.entry_hash, what)


def _verify_stored(
    session: Session, hashes: dict[int, str], keyring: SigningKeys | None
) -> ChainVerdict | None:
    for stored in session.exec(select(AuditCheckpoint).order_by(col(AuditCheckpoint.id))):
        what = f"the stored checkpoint at entry {stored.entry_id}"
        if keyring is not None:
            try:
                _, public = keyring.verify_key(stored.key_id)
            except KeyringError:
                return _bad_signature(hashes, stored.entry_id, what + " (unknown key)")
            message = _signed_message(stored.entry_id, stored.entry_hash, stored.at)
            if not _signature_ok(public, stored.signature, message):
                return _bad_signature(hashes, stored.entry_id, what)
        verdict = check_against(hashes, stored.entry_id, stored.entry_hash, what)
        if verdict:
            return verdict
    return None


def verify_chain(
    session: Session,
    *,
    checkpoint_text: str | None = None,
    keyring: SigningKeys | None = None,
) -> ChainVerdict:
    """Walk the whole chain; then check it against every stored checkpoint (signatures
    too when given the keyring) and against `checkpoint_text` when given (its own public
    key is what it is checked with: the text is the anchor kept off the machine)."""
    hashes, broken = walk_chain(session)
    if broken:
        return broken
    verdict = _verify_stored(session, hashes, keyring)
    exported = parse_checkpoint(checkpoint_text) if checkpoint_text else None
    if verdict is None and exported is not None:
        verdict = _verify_exported(hashes, exported)
    if verdict:
        return verdict
    return ChainVerdict(
        ok=True, entries=len(hashes), checkpoint_entry_id=exported.entry_id if exported else None
    )


# -- reading ----------------------------------------------------------------------


def list_audit(
    session: Session,
    *,
    actor: str | None = None,
    action: str | None = None,
    case_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[AuditEntry]:
    """Newest first, filtered; for the compliance pages and `intake audit list`."""
    query = select(AuditEntry)
    if actor is not None:
        query = query.where(AuditEntry.actor == actor)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if case_id is not None:
        query = query.where(AuditEntry.case_id == case_id)
    if since is not None:
        query = query.where(col(AuditEntry.at) >= since)
    if until is not None:
        query = query.where(col(AuditEntry.at) < until)
    query = query.order_by(col(AuditEntry.id).desc()).offset(offset).limit(limit)
    return list(session.exec(query))
