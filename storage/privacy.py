"""The one door to personal data: every decryption goes through here and is audited.

Each function takes an actor and a purpose, decrypts, and writes the audit entry in the
caller's session, so the entry commits or rolls back with the work it describes: a
failed audit insert means no plaintext is handed out and the transaction fails. A test
(tests/privacy/test_one_door.py) fails when any other module decrypts.

    open_case_record      a case's {"fields", "corrections"}        "case.decrypt"
    seal_case_record      write it back, refresh the blind index     "case.update"
    open_message_raw      the stored raw mail                        "message.raw"
    open_message_json     headers_enc / extraction_enc of a message  "message.decrypt"
    open_outbox_payload   an outgoing mail as sealed in the outbox   "outbox.decrypt"

A case is opened only when its binding (storage.crypto.case_binding: an HMAC over case
id, message id and receipt number under its data key) matches, so a `message_id`
swapped between rows by someone with write access to the database raises
`CaseBindingError` instead of showing one person's case with another's mail.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlmodel import Session, col, select

from storage import blind_index
from storage.audit import DEFAULT_CHECKPOINT_EVERY, append_audit
from storage.blobs import BlobStore
from storage.crypto import (
    DataKey,
    case_binding,
    decrypt_field,
    decrypt_json,
    encrypt_text,
    json_native_text,
    json_text,
)
from storage.db import assign, insert_row
from storage.errors import DecryptError, StorageError
from storage.keyring import KeyProvider
from storage.keys import load_data_key
from storage.models import Case, DataKeyRecord, Message, StoreFlag, utcnow
from storage.outbox import OutboxRow

MESSAGE_COLUMNS = ("headers_enc", "extraction_enc")
ROLES = ("staff", "supervisor", "compliance", "admin", "system")


class Actor(BaseModel):
    """Who is asking: an account name (never a citizen's data) and a role."""

    model_config = ConfigDict(frozen=True)

    name: str
    role: str


SYSTEM = Actor(name="intake", role="system")


class PurposeRequired(StorageError):
    """Personal data was asked for without saying why."""

    def __init__(self) -> None:
        super().__init__("a purpose is required to open personal data")


class CaseErased(StorageError):
    """The case was crypto-shredded: its key is gone, and its data with it."""

    def __init__(self, case_id: int) -> None:
        super().__init__(f"case {case_id} has been erased; its personal data no longer exists")
        self.case_id = case_id


class CaseBindingError(StorageError):
    """A case row no longer matches its binding: its message or receipt was changed."""

    def __init__(self, case: Case, why: str) -> None:
        super().__init__(
            f"case {case.receipt_no} (id {case.id}): {why}; the database was changed "
            "outside the application: restore the cases table from a backup and run "
            "intake audit verify"
        )
        self.case_id = case.id


def _binding_of(case: Case, key: DataKey) -> str:
    assert case.id is not None
    return case_binding(
        key, case_id=case.id, message_id=case.message_id, receipt_no=case.receipt_no
    )


def _check_binding(case: Case, key: DataKey) -> None:
    if case.binding is None:
        if case.fields_enc is None:  # a case being opened: sealed for the first time
            assign(case, "binding", _binding_of(case, key))
            return
        raise CaseBindingError(case, "it has no binding to its message")
    if not secrets.compare_digest(case.binding, _binding_of(case, key)):
        raise CaseBindingError(case, "its link to its message was altered")


BINDING_FLAG = "case_binding"


def bind_unbound_cases(session: Session, keyring: KeyProvider) -> int:
    """Once, after migration 0006: bind the cases stored before bindings existed (trust
    on first use; audited as "case.bind"). Later a missing binding is refused."""
    flag = session.get(StoreFlag, BINDING_FLAG)
    if flag is None or flag.value != "pending":
        return 0
    bound = 0
    for case in session.exec(select(Case).where(col(Case.binding).is_(None))):
        record = session.get(DataKeyRecord, case.data_key_id) if case.data_key_id else None
        if record is None or record.wrapped is None:
            continue  # erased: nothing to bind, nothing to open
        assert case.data_key_id is not None
        case.binding = _binding_of(case, load_data_key(session, keyring, case.data_key_id))
        session.add(case)
        bound += 1
    flag.value = "done"
    session.add(flag)
    if bound:
        append_audit(session, actor=SYSTEM, action="case.bind", details={"cases": bound})
    return bound


CASE_CREATED = "case.create"  # the audit action of a case's first sealing: no index rows yet


def message_blob_aad(message_id: int) -> bytes:
    """Associated data of a raw-mail blob, binding it to its message row."""
    return f"messages:{message_id}:raw".encode()


def _require_purpose(purpose: str | None) -> str:
    if not purpose or not purpose.strip():
        raise PurposeRequired()
    return purpose.strip()


def _case_and_key(
    session: Session, keyring: KeyProvider, case_id: int, case: Case | None = None
) -> tuple[Case, DataKey]:
    case = case or session.get(Case, case_id)
    if case is None:
        raise StorageError(f"no case with id {case_id}")
    key = _key_of(session, keyring, case.data_key_id, lambda: CaseErased(case_id))
    _check_binding(case, key)
    return case, key


def _message_and_key(
    session: Session, keyring: KeyProvider, message_id: int, message: Message | None = None
) -> tuple[Message, DataKey]:
    if message is None or message.id != message_id:
        message = session.get(Message, message_id)
    if message is None:
        raise StorageError(f"no message with id {message_id}")
    case_id = message.case_id

    def erased() -> StorageError:
        if case_id is not None:
            return CaseErased(case_id)
        return StorageError(f"message {message_id} has no key; its data no longer exists")

    return message, _key_of(session, keyring, message.data_key_id, erased)


def _key_of(
    session: Session,
    keyring: KeyProvider,
    key_id: int | None,
    erased: Callable[[], StorageError],
) -> DataKey:
    """A row's data key; `erased()` raised when its key row is gone or shredded, and
    DecryptError only when the key is there and does not open. The key is tried first:
    the row is looked up again only when it fails (a lookup costs as much as a key
    the session already holds)."""
    if not key_id:
        raise erased()
    try:
        return load_data_key(session, keyring, key_id)
    except DecryptError:
        record = session.get(DataKeyRecord, key_id)
        if record is None or record.wrapped is None:
            raise erased() from None
        raise


def open_case_record(
    session: Session,
    keyring: KeyProvider,
    *,
    actor: Actor,
    purpose: str,
    case_id: int,
    action: str = "case.decrypt",
    checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY,
) -> dict[str, Any]:
    """The case's sealed record, decrypted; audited as `action` in this transaction."""
    why = _require_purpose(purpose)
    case, key = _case_and_key(session, keyring, case_id)
    return _open_record(session, case, key, actor, why, action, keyring, checkpoint_every)


def open_case_record_with_key(
    session: Session,
    key: DataKey,
    *,
    actor: Actor,
    purpose: str,
    case_id: int,
    action: str = "case.decrypt",
) -> dict[str, Any]:
    """As `open_case_record`, for a caller that already holds the case's data key."""
    why = _require_purpose(purpose)
    case = session.get(Case, case_id)
    if case is None:
        raise StorageError(f"no case with id {case_id}")
    _check_binding(case, key)
    return _open_record(session, case, key, actor, why, action, None, DEFAULT_CHECKPOINT_EVERY)


def _open_record(
    session: Session,
    case: Case,
    key: DataKey,
    actor: Actor,
    why: str,
    action: str,
    keyring: KeyProvider | None,
    checkpoint_every: int,
) -> dict[str, Any]:
    assert case.id is not None
    case_id = case.id

    def audit(outcome: str) -> None:
        append_audit(
            session,
            actor=actor,
            action=action,
            outcome=outcome,
            case_id=case_id,
            message_id=case.message_id,
            purpose=why,
            keyring=keyring,
            checkpoint_every=checkpoint_every,
        )

    if case.fields_enc is None:
        audit("ok")
        return {"fields": {}, "corrections": []}
    try:
        record = decrypt_json(
            key, case.fields_enc, table="cases", column="fields_enc", row_id=case_id
        )
    except DecryptError:
        audit("failed")
        raise
    audit("ok")
    return dict(record)


def seal_case_record(
    session: Session,
    keyring: KeyProvider,
    *,
    actor: Actor,
    case_id: int,
    record: dict[str, Any],
    field_types: Mapping[str, str],
    purpose: str = "update",
    action: str = "case.update",
    index_bits: int = blind_index.DEFAULT_BITS,
    checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY,
    new: Case | None = None,
    json_native: bool = False,
) -> None:
    """Encrypt `record` into the case and refresh its blind-index rows; audited.
    `json_native`: the record holds JSON types alone (a new case's, made of its sealed
    extraction), so storage.crypto.json_native_text may write it.

    `new` is a case not yet stored, its id drawn beforehand (storage.ids): it is
    inserted here, whole, with its sealed fields, instead of inserted and then updated.
    The insert goes straight through the connection, not the session's next flush, so
    that the index rows below, which refer to it, can follow it at once without
    flushing everything else the transaction holds (the object stays outside the
    session; later reads load the stored row)."""
    case, key = _case_and_key(session, keyring, case_id, new)
    text = json_native_text(record) if json_native else json_text(record)
    # assign: a stage's own setattr, a dozen calls fewer (storage.db.assign)
    assign(
        case,
        "fields_enc",
        encrypt_text(key, text, table="cases", column="fields_enc", row_id=case_id),
    )
    assign(case, "updated_at", utcnow())
    if new is None:
        session.add(case)
    else:
        insert_row(session, new)
    values = blind_index.values_to_index(effective_fields(record), field_types)
    blind_index.index_values(
        session,
        keyring,
        case_id=case_id,
        values=values,
        bits=index_bits,
        new_case=action == CASE_CREATED,
    )
    append_audit(
        session,
        actor=actor,
        action=action,
        case_id=case_id,
        message_id=case.message_id,
        purpose=purpose,
        details={"indexed": sorted(values)},
        keyring=keyring,
        checkpoint_every=checkpoint_every,
    )


def effective_fields(record: dict[str, Any]) -> dict[str, str | None]:
    """Fields as read, with staff corrections applied (a correction always wins)."""
    fields: dict[str, str | None] = dict(record.get("fields", {}))
    for correction in record.get("corrections", []):
        fields[correction["key"]] = correction["value"]
    return fields


def open_message_raw(
    session: Session,
    keyring: KeyProvider,
    blobs: BlobStore,
    *,
    actor: Actor,
    purpose: str,
    message_id: int,
    checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY,
    message: Message | None = None,
) -> bytes:
    """The raw mail as captured; audited as "message.raw". `message` is its row where
    the caller holds it already (else it is looked up)."""
    why = _require_purpose(purpose)
    message, key = _message_and_key(session, keyring, message_id, message)
    if message.blob_name is None:
        raise StorageError(f"message {message_id} has no stored raw mail")
    outcome = "failed"
    try:
        raw = blobs.read_all(message.blob_name, key, aad=message_blob_aad(message_id))
        outcome = "ok"
    finally:
        append_audit(
            session,
            actor=actor,
            action="message.raw",
            outcome=outcome,
            case_id=message.case_id,
            message_id=message_id,
            purpose=why,
            keyring=keyring,
            checkpoint_every=checkpoint_every,
        )
    return raw


def open_message_json(
    session: Session,
    keyring: KeyProvider,
    *,
    actor: Actor,
    purpose: str,
    message_id: int,
    column: str,
    checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY,
    message: Message | None = None,
) -> Any:
    """An encrypted JSON column of a message (None when empty); audited. `message` as
    for open_message_raw."""
    if column not in MESSAGE_COLUMNS:
        raise ValueError(f"column must be one of {MESSAGE_COLUMNS}")
    why = _require_purpose(purpose)
    message, key = _message_and_key(session, keyring, message_id, message)
    token = getattr(message, column)
    if token is None:
        return None
    outcome = "failed"
    try:
        value = decrypt_json(key, token, table="messages", column=column, row_id=message_id)
        outcome = "ok"
    finally:
        append_audit(
            session,
            actor=actor,
            action="message.decrypt",
            outcome=outcome,
            case_id=message.case_id,
            message_id=message_id,
            purpose=why,
            details={"column": column},
            keyring=keyring,
            checkpoint_every=checkpoint_every,
        )
    return value


def open_outbox_payload(
    session: Session,
    keyring: KeyProvider,
    *,
    actor: Actor,
    purpose: str,
    outbox_id: int,
    checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY,
) -> bytes:
    """An outgoing mail (the MIME bytes) as sealed in the outbox; audited "outbox.decrypt"."""
    why = _require_purpose(purpose)
    row = session.get(OutboxRow, outbox_id)
    if row is None or row.payload_enc is None:
        raise StorageError(f"no outbox row {outbox_id} with a payload")
    record = session.get(DataKeyRecord, row.data_key_id) if row.data_key_id else None
    if record is None or record.wrapped is None:
        raise CaseErased(row.case_id or 0)
    assert row.data_key_id is not None
    key = load_data_key(session, keyring, row.data_key_id)
    outcome = "failed"
    try:
        plain = decrypt_field(
            key, row.payload_enc, table="outbox", column="payload_enc", row_id=outbox_id
        )
        outcome = "ok"
    finally:
        append_audit(
            session,
            actor=actor,
            action="outbox.decrypt",
            outcome=outcome,
            case_id=row.case_id,
            purpose=why,
            details={"outbox": outbox_id, "purpose": row.purpose},
            keyring=keyring,
            checkpoint_every=checkpoint_every,
        )
    return plain
