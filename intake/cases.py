"""Cases as records: decrypt, apply staff corrections, mask, re-extract.

A case's sealed record is `{"fields": {...extracted...}, "corrections": [...]}`;
a correction always wins over what the machine read, also after reprocessing.
Every decryption goes through storage.privacy, audited with who and why.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session, col, select

from extractors.base import ExtractedCase, FormTemplate
from extractors.masking import case_masker, mask_value, personal_types
from extractors.sender_auth import SenderVerdict
from intake.context import Context
from intake.follow_ups import other_sender_replies
from intake.stage import Item, limits_of
from intake.unread_files import record_unread_files
from storage.crypto import DataKey, encrypt_json
from storage.db import assign, transaction
from storage.keys import load_data_key
from storage.models import Case, Message, utcnow
from storage.privacy import (
    SYSTEM,
    Actor,
    PurposeRequired,
    open_case_record,
    open_case_record_with_key,
    seal_case_record,
)
from storage.privacy import effective_fields as effective_fields
from storage.retention import ERASED

log = logging.getLogger("intake.cases")


class CaseExport(BaseModel):
    receipt_no: str
    message_id: str | None
    template: str | None
    status: str
    received_at: datetime
    fields: dict[str, str | None]
    issues: dict[str, list[str]]
    sender_auth: str | None = None  # sender-authenticity summary (not personal data)
    other_sender_replies: int = 0  # mails filed from another mailbox (intake/follow_ups.py)


def open_record(
    case: Case, key: DataKey, *, actor: Actor = SYSTEM, purpose: str = "maintenance"
) -> dict[str, Any]:
    """A case's record with its key already loaded (maintenance, tests); audited."""
    session = Session.object_session(case)
    assert isinstance(session, Session) and case.id is not None
    return open_case_record_with_key(session, key, actor=actor, purpose=purpose, case_id=case.id)


def seal_record(case: Case, key: DataKey, record: dict[str, Any]) -> None:
    """Encrypt only; prefer storage.privacy.seal_case_record, which also re-indexes."""
    case.fields_enc = encrypt_json(
        key, record, table="cases", column="fields_enc", row_id=case.id or 0
    )


def field_types(templates: list[FormTemplate], name: str | None) -> dict[str, str]:
    """Field key -> template field type, for the blind index (empty if unknown)."""
    template = next((t for t in templates if t.name == name), None)
    return {f.key: f.type for f in template.fields} if template else {}


def masked(fields: dict[str, str | None], template: FormTemplate | None) -> dict[str, str | None]:
    """Personal fields masked whole; every other field as written, with the case's own
    personal values and anyone's national ID, phone or email inside it masked (a
    neighbour's ID typed into the details is personal data too)."""
    personal = personal_types(template, fields)
    masker = case_masker(template, fields)
    return {
        key: mask_value(value, personal[key]) if key in personal else (value and masker(value))
        for key, value in fields.items()
    }


def refresh_masked(case: Case, record: dict[str, Any], templates: list[FormTemplate]) -> None:
    """Recompute the masked copy after the sealed record changed.

    Only personal fields are kept, as masks: the copy is plaintext at rest, and the
    other fields (a request's subject, say) are read from the sealed record."""
    template = next((t for t in templates if t.name == case.template), None)
    fields = effective_fields(record)
    types = personal_types(template, fields)  # every kept field is one of these
    personal = {f.key for f in template.fields if f.personal} if template else set(fields)
    kept = {k: mask_value(v, types[k]) for k, v in fields.items() if k in personal}
    assign(case, "masked_json", json.dumps(kept, ensure_ascii=False))


def iter_exports(
    ctx: Context, *, reveal: bool, actor: Actor = SYSTEM, reason: str | None = None
) -> Iterator[CaseExport]:
    """One record per case; each decryption audited as `actor`: "case.reveal" with the
    reason as purpose when revealing, else "case.decrypt" for "export" (masked)."""
    if reveal and not (reason or "").strip():
        raise PurposeRequired()
    templates = {t.name: t for t in ctx.templates}
    with transaction(ctx.engine) as session:
        ids = list(session.execute(select(Case.id).order_by(col(Case.id))).scalars())
    purpose = (reason or "").strip() if reveal else "export"
    access = _Access(actor=actor, purpose=purpose, reveal=reveal)
    for start in range(0, len(ids), 200):
        with transaction(ctx.engine) as session:
            for case_id in ids[start : start + 200]:
                yield _export_one(session, ctx, case_id, templates, access)


class _Access(BaseModel):
    actor: Actor
    purpose: str
    reveal: bool


def _export_one(
    session: Session,
    ctx: Context,
    case_id: int,
    templates: dict[str, FormTemplate],
    access: _Access,
) -> CaseExport:
    case = session.get(Case, case_id)
    assert case is not None
    if case.status == ERASED or case.fields_enc is None:
        return _tombstone(case)
    message = session.get(Message, case.message_id)
    record = open_case_record(
        session,
        ctx.keyring,
        actor=access.actor,
        purpose=access.purpose,
        case_id=case_id,
        action="case.reveal" if access.reveal else "case.decrypt",
        checkpoint_every=ctx.settings.audit_checkpoint_every,
    )
    fields = effective_fields(record)
    if not access.reveal:
        fields = masked(fields, templates.get(case.template or ""))
    return CaseExport(
        receipt_no=case.receipt_no,
        message_id=_source_message_id(session, ctx, message, access) if message else None,
        template=case.template,
        status=case.status,
        received_at=case.received_at,
        fields=fields,
        issues=json.loads(case.issues_json or "{}"),
        sender_auth=_sender_summary(message),
        other_sender_replies=other_sender_replies(session, case_id),
    )


def _sender_summary(message: Message | None) -> str | None:
    if message is None or not message.sender_auth_json:
        return None
    return SenderVerdict.model_validate_json(message.sender_auth_json).summary()


def _tombstone(case: Case) -> CaseExport:
    """An erased case: its receipt number, template and issue codes, no personal data.

    The line stays so that a register built from the export has no silent gap."""
    return CaseExport(
        receipt_no=case.receipt_no,
        message_id=None,
        template=case.template,
        status=ERASED,
        received_at=case.received_at,
        fields={},
        issues=json.loads(case.issues_json or "{}"),
    )


def _source_message_id(
    session: Session, ctx: Context, message: Message, access: _Access
) -> str | None:
    item = Item(session, ctx, message, actor=access.actor, purpose=access.purpose)
    headers = item.open("headers_enc") or {}
    value = headers.get("message_id")
    return str(value) if value else None


def reprocess(ctx: Context, *, template: str | None, since: datetime | None) -> int:
    """Extract again from the stored raw message; corrections stay and win."""
    from extractors.bounded import extract_bounded

    query = select(Case.id).order_by(col(Case.id))
    if template:
        query = query.where(Case.template == template)
    if since:
        query = query.where(col(Case.received_at) >= since)
    with transaction(ctx.engine) as session:
        ids = list(session.execute(query).scalars())
    for case_id in ids:
        with transaction(ctx.engine) as session:
            case = session.get(Case, case_id)
            message = session.get(Message, case.message_id) if case else None
            if case is None or message is None:
                continue
            item = Item(session, ctx, message, purpose="reprocess")
            result = extract_bounded(item.parsed, ctx.templates, limits_of(ctx))
            record_extraction(item, case, result, purpose="reprocess")
    return len(ids)


def record_extraction(item: Item, case: Case, result: ExtractedCase, *, purpose: str) -> None:
    """Write a new extraction of the case's mail into the case, in the item's transaction:
    the sealed fields, the unread files' flags and the issues; a staff correction keeps
    winning, and a field a person corrected is no longer flagged."""
    ctx, session = item.ctx, item.session
    assert case.id is not None
    item.message.extraction_enc = item.seal("extraction_enc", result.model_dump(mode="json"))
    record = open_case_record(
        session,
        ctx.keyring,
        actor=SYSTEM,
        purpose=purpose,
        case_id=case.id,
        checkpoint_every=ctx.settings.audit_checkpoint_every,
    )
    record["fields"] = result.fields
    seal_case_record(
        session,
        ctx.keyring,
        actor=SYSTEM,
        case_id=case.id,
        record=record,
        field_types=field_types(ctx.templates, result.template),
        purpose=purpose,
        index_bits=ctx.settings.blind_index_bits,
        checkpoint_every=ctx.settings.audit_checkpoint_every,
    )
    refresh_masked(case, record, ctx.templates)
    corrected = {c["key"] for c in record.get("corrections", [])}
    issues = {k: [i.code for i in v] for k, v in result.issues.items() if v and k not in corrected}
    record_unread_files(item, result, issues)
    case.template = result.template
    case.template_reason = result.template_reason
    case.issues_json = json.dumps(issues, sort_keys=True)
    case.flag_count = sum(len(v) for v in issues.values())
    case.updated_at = utcnow()
    log.info("reprocessed", extra={"event": purpose, "case": case.id})


def load_key(session: Session, ctx: Context, case: Case) -> DataKey:
    assert case.data_key_id is not None
    return load_data_key(session, ctx.keyring, case.data_key_id)
