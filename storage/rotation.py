"""Keys over time: what each key protects, master-key and index-key rotation.

Master keys (KEKs) only wrap data keys, so rotating one never touches encrypted data:
`rotate_master_key` adds a key that becomes active and rewraps every live data key
under it (storage.keyring.rewrap: unwrap and wrap in memory, the data key itself never
leaves this module and is never used to decrypt). `keys_needing` then proves that
nothing still needs the old key (by the `master_key_id` column AND by the key id in
each wrapped key's own header) before `retire_master_key` / `remove_master_key` may go
ahead. A destroyed data key (crypto-shredded case) needs no master key at all.

Index keys feed the blind indexes and the Message-ID digests. `rotate_index_key` makes
a new index key active while the old one stays in the keyring, so lookups search both
versions during the changeover (storage.blind_index.candidate_ids tries every index
key); every case's rows are then recomputed from its decrypted values, through the door
(SYSTEM, purpose "key rotation"), and every message's Message-ID digest re-keyed.
`retire_index_key` drops an old index key once no row uses it.

Every operation is audited ("key.rotate", "key.retire", "key.remove",
"key.rotate_index", "key.retire_index"), refusals too; details hold key ids and
counts, never key material. A running worker keeps the keyring it loaded: restart it
(or let it reload) after a rotation, before retiring or removing the old key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from pydantic import BaseModel
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from storage import blind_index
from storage.audit import append_audit
from storage.blind_index import BlindIndexRow
from storage.crypto import data_key_context
from storage.db import transaction
from storage.errors import KeyringError, StorageError
from storage.keyring import FileKeyring, KeyProvider, rewrap, wrapped_key_id
from storage.models import Case, DataKeyRecord, Message
from storage.privacy import Actor, CaseErased, effective_fields, open_case_record

BATCH = 200
ROTATION_PURPOSE = "key rotation"


class RotationError(StorageError):
    """A key operation refused because something still needs the key; safe to show."""


class KeyInfo(BaseModel):
    kind: str  # master | index | signing
    key_id: str
    created_at: datetime
    state: str  # active | retired | in keyring (master); active | searchable (index)
    protects: int  # live data keys wrapped (master), blind-index rows (index), 0 (signing)
    age_days: int


class RotationResult(BaseModel):
    new_key_id: str
    previous_key_ids: list[str]
    rewritten: int  # data keys rewrapped, or cases re-indexed
    messages_rekeyed: int = 0
    left_behind: int  # what still needs an older key (0 on success)


# -- status -------------------------------------------------------------------------


def _age(created: datetime, now: datetime) -> int:
    created = created if created.tzinfo else created.replace(tzinfo=UTC)
    return max(0, (now - created).days)


def wrapped_counts(session: Session) -> dict[str, int]:
    """Live (not destroyed) data keys per master key id, as the column says."""
    query = (
        select(DataKeyRecord.master_key_id, func.count())
        .where(col(DataKeyRecord.wrapped).is_not(None))
        .group_by(col(DataKeyRecord.master_key_id))
    )
    return {str(k): int(n) for k, n in session.exec(query)}


def index_row_counts(session: Session) -> dict[str, int]:
    query = select(BlindIndexRow.key_id, func.count()).group_by(col(BlindIndexRow.key_id))
    return {str(k): int(n) for k, n in session.exec(query)}


def key_status(
    session: Session, keyring: FileKeyring, *, now: datetime | None = None
) -> list[KeyInfo]:
    """Every key in the keyring with what it protects and its age."""
    now = now or datetime.now(UTC)
    wrapped, rows = wrapped_counts(session), index_row_counts(session)
    infos: list[KeyInfo] = []
    for master in keyring.master_keys():
        state = "active" if master.key_id == keyring.active_key_id else "in keyring"
        infos.append(
            KeyInfo(
                kind="master",
                key_id=master.key_id,
                created_at=master.created_at,
                state="retired" if master.retired else state,
                protects=wrapped.get(master.key_id, 0),
                age_days=_age(master.created_at, now),
            )
        )
    for index in keyring.index_key_info():
        infos.append(
            KeyInfo(
                kind="index",
                key_id=index.key_id,
                created_at=index.created_at,
                state="active" if index.active else "searchable",
                protects=rows.get(index.key_id, 0),
                age_days=_age(index.created_at, now),
            )
        )
    for signing in keyring.signing_key_info():
        infos.append(
            KeyInfo(
                kind="signing",
                key_id=signing.key_id,
                created_at=signing.created_at,
                state="active" if signing.active else "verifies only",
                protects=0,
                age_days=_age(signing.created_at, now),
            )
        )
    return infos


# -- master keys --------------------------------------------------------------------


def keys_needing(session: Session, key_id: str) -> int:
    """Live data keys that need master key `key_id`, by column or by their own header."""
    count = 0
    query = select(DataKeyRecord.master_key_id, DataKeyRecord.wrapped).where(
        col(DataKeyRecord.wrapped).is_not(None)
    )
    for column_id, wrapped in session.exec(query):
        assert wrapped is not None
        if column_id == key_id or wrapped_key_id(wrapped) == key_id:
            count += 1
    return count


def rotate_master_key(
    engine: Engine, keyring: FileKeyring, *, actor: Actor, batch: int = BATCH
) -> RotationResult:
    """Add an active master key and rewrap every live data key under it."""
    previous = [k for k in keyring.key_ids() if k != keyring.active_key_id]
    previous.append(keyring.active_key_id)
    new = keyring.add_master_key().key_id
    rewrapped = 0
    while True:
        with transaction(engine) as session:
            query = (
                select(DataKeyRecord)
                .where(
                    col(DataKeyRecord.wrapped).is_not(None),
                    col(DataKeyRecord.master_key_id) != new,
                )
                .order_by(col(DataKeyRecord.id))
                .limit(batch)
            )
            records = list(session.exec(query))
            for record in records:
                assert record.id is not None and record.wrapped is not None
                record.wrapped = _rewrap(keyring, record.wrapped, record.id)
                record.master_key_id = wrapped_key_id(record.wrapped)
                session.add(record)
            rewrapped += len(records)
        if len(records) < batch:
            break
    with transaction(engine) as session:
        left = sum(keys_needing(session, old) for old in previous)
        append_audit(
            session,
            actor=actor,
            action="key.rotate",
            outcome="ok" if left == 0 else "incomplete",
            purpose=ROTATION_PURPOSE,
            details={"new_key": new, "previous_keys": previous, "rewrapped": rewrapped},
        )
    return RotationResult(
        new_key_id=new, previous_key_ids=previous, rewritten=rewrapped, left_behind=left
    )


def _rewrap(keyring: KeyProvider, wrapped: bytes, record_id: int) -> bytes:
    return rewrap(keyring, wrapped, context=data_key_context(record_id))


def _refuse(engine: Engine, actor: Actor, action: str, key_id: str, why: str) -> RotationError:
    with transaction(engine) as session:
        append_audit(
            session,
            actor=actor,
            action=action,
            outcome="refused",
            purpose=ROTATION_PURPOSE,
            details={"key": key_id, "why": why},
        )
    return RotationError(why)


def _master_may_go(
    engine: Engine, keyring: FileKeyring, actor: Actor, action: str, key_id: str
) -> None:
    if key_id not in keyring.key_ids():
        raise KeyringError(f"no master key {key_id!r} in the keyring")
    if key_id == keyring.active_key_id:
        raise _refuse(
            engine,
            actor,
            action,
            key_id,
            f"master key {key_id} is the active key; run: intake keys rotate",
        )
    with transaction(engine) as session:
        needing = keys_needing(session, key_id)
    if needing:
        raise _refuse(
            engine,
            actor,
            action,
            key_id,
            f"master key {key_id} still wraps {needing} data keys; run: intake keys rotate",
        )


def retire_master_key(engine: Engine, keyring: FileKeyring, *, actor: Actor, key_id: str) -> None:
    """Mark an old master key retired, once no live data key needs it."""
    _master_may_go(engine, keyring, actor, "key.retire", key_id)
    with transaction(engine) as session:
        append_audit(
            session,
            actor=actor,
            action="key.retire",
            purpose=ROTATION_PURPOSE,
            details={"key": key_id, "kind": "master"},
        )
        keyring.retire(key_id)  # a failure here rolls the audit entry back with it


def remove_master_key(engine: Engine, keyring: FileKeyring, *, actor: Actor, key_id: str) -> None:
    """Delete an old master key for good, once no live data key needs it."""
    _master_may_go(engine, keyring, actor, "key.remove", key_id)
    with transaction(engine) as session:
        append_audit(
            session,
            actor=actor,
            action="key.remove",
            purpose=ROTATION_PURPOSE,
            details={"key": key_id, "kind": "master"},
        )
        keyring.remove(key_id)


# -- index keys ---------------------------------------------------------------------


MessageIdOf = Callable[[Session, Message], str | None]


def rotate_index_key(
    engine: Engine,
    keyring: FileKeyring,
    *,
    actor: Actor,
    field_types: Mapping[str, Mapping[str, str]],
    bits: int,
    message_id_of: MessageIdOf | None = None,
    batch: int = BATCH,
) -> RotationResult:
    """A new active index key; every case re-indexed and every Message-ID digest re-keyed
    under it. `field_types`: template name -> {field key: type}; `message_id_of` gives a
    message's Message-ID (through the door) or None when it cannot be known."""
    previous = [k for k in keyring.index_key_ids()]
    new = keyring.add_index_key()
    reindexed = _reindex_cases(engine, keyring, actor, field_types, bits, batch)
    rekeyed = _rekey_message_ids(engine, keyring, message_id_of, batch) if message_id_of else 0
    with transaction(engine) as session:
        left = sum(index_row_counts(session).get(old, 0) for old in previous)
        append_audit(
            session,
            actor=actor,
            action="key.rotate_index",
            outcome="ok" if left == 0 else "incomplete",
            purpose=ROTATION_PURPOSE,
            details={
                "new_key": new,
                "previous_keys": previous,
                "cases_reindexed": reindexed,
                "message_ids_rekeyed": rekeyed,
            },
        )
    return RotationResult(
        new_key_id=new,
        previous_key_ids=previous,
        rewritten=reindexed,
        messages_rekeyed=rekeyed,
        left_behind=left,
    )


def _reindex_cases(
    engine: Engine,
    keyring: FileKeyring,
    actor: Actor,
    field_types: Mapping[str, Mapping[str, str]],
    bits: int,
    batch: int,
) -> int:
    with transaction(engine) as session:
        ids = list(
            session.exec(
                select(Case.id).where(col(Case.fields_enc).is_not(None)).order_by(col(Case.id))
            )
        )
    done = 0
    for start in range(0, len(ids), batch):
        with transaction(engine) as session:
            for case_id in ids[start : start + batch]:
                assert case_id is not None
                done += _reindex_one(session, keyring, actor, case_id, field_types, bits)
    return done


def _reindex_one(
    session: Session,
    keyring: FileKeyring,
    actor: Actor,
    case_id: int,
    field_types: Mapping[str, Mapping[str, str]],
    bits: int,
) -> int:
    case = session.get(Case, case_id)
    assert case is not None
    try:
        record = open_case_record(
            session, keyring, actor=actor, purpose=ROTATION_PURPOSE, case_id=case_id
        )
    except CaseErased:
        blind_index.remove_case(session, case_id)
        return 0
    types = field_types.get(case.template or "", {})
    values = blind_index.values_to_index(effective_fields(record), types)
    blind_index.index_values(session, keyring, case_id=case_id, values=values, bits=bits)
    return 1


def _rekey_message_ids(
    engine: Engine, keyring: FileKeyring, message_id_of: MessageIdOf, batch: int
) -> int:
    from storage.keys import MessageIdIndex

    index = MessageIdIndex(keyring.index_key()[1])
    with transaction(engine) as session:
        ids = list(
            session.exec(
                select(Message.id)
                .where(col(Message.message_id_hmac).is_not(None))
                .order_by(col(Message.id))
            )
        )
    done = 0
    for start in range(0, len(ids), batch):
        with transaction(engine) as session:
            for message_id in ids[start : start + batch]:
                message = session.get(Message, message_id)
                assert message is not None
                value = message_id_of(session, message)
                if value:
                    message.message_id_hmac = index.digest(value)
                    session.add(message)
                    done += 1
    return done


def retire_index_key(engine: Engine, keyring: FileKeyring, *, actor: Actor, key_id: str) -> None:
    """Drop an old index key from the keyring (no longer searched) once no row uses it."""
    if key_id not in keyring.index_key_ids():
        raise KeyringError(f"no index key {key_id!r} in the keyring")
    if key_id == keyring.index_key()[0]:
        raise _refuse(
            engine,
            actor,
            "key.retire_index",
            key_id,
            f"index key {key_id} is the active key; run: intake keys rotate-index",
        )
    with transaction(engine) as session:
        rows = index_row_counts(session).get(key_id, 0)
    if rows:
        raise _refuse(
            engine,
            actor,
            "key.retire_index",
            key_id,
            f"index key {key_id} still has {rows} blind-index rows; run: intake keys rotate-index",
        )
    with transaction(engine) as session:
        append_audit(
            session,
            actor=actor,
            action="key.retire_index",
            purpose=ROTATION_PURPOSE,
            details={"key": key_id, "kind": "index"},
        )
        keyring.remove_index_key(key_id)
