"""Cases as records: decrypt, apply staff corrections, mask, re-extract.

A case's sealed record is `{"fields": {...extracted...}, "corrections": [...]}`;
a correction always wins over what the machine read, also after reprocessing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session, col, select

from extractors.base import FormTemplate
from extractors.masking import mask_value
from intake.context import Context
from intake.stage import Item
from storage.crypto import DataKey, decrypt_json, encrypt_json
from storage.db import transaction
from storage.keys import load_data_key
from storage.models import Case, Message, utcnow

log = logging.getLogger("intake.cases")


class CaseExport(BaseModel):
    receipt_no: str
    message_id: str | None
    template: str | None
    status: str
    received_at: datetime
    fields: dict[str, str | None]
    issues: dict[str, list[str]]


def effective_fields(record: dict[str, Any]) -> dict[str, str | None]:
    fields: dict[str, str | None] = dict(record.get("fields", {}))
    for correction in record.get("corrections", []):
        fields[correction["key"]] = correction["value"]
    return fields


def open_record(case: Case, key: DataKey) -> dict[str, Any]:
    if case.fields_enc is None:
        return {"fields": {}, "corrections": []}
    return dict(
        decrypt_json(key, case.fields_enc, table="cases", column="fields_enc", row_id=case.id or 0)
    )


def seal_record(case: Case, key: DataKey, record: dict[str, Any]) -> None:
    case.fields_enc = encrypt_json(
        key, record, table="cases", column="fields_enc", row_id=case.id or 0
    )


def masked(fields: dict[str, str | None], template: FormTemplate | None) -> dict[str, str | None]:
    if template is None:  # unknown template: mask everything, to be safe
        return {k: mask_value(v, "text") for k, v in fields.items()}
    specs = {f.key: f for f in template.fields}
    out: dict[str, str | None] = {}
    for key, value in fields.items():
        spec = specs.get(key)
        if spec is None:
            out[key] = mask_value(value, "text")
        else:
            out[key] = mask_value(value, spec.type) if spec.personal else value
    return out


def refresh_masked(case: Case, record: dict[str, Any], templates: list[FormTemplate]) -> None:
    """Recompute the masked copy after the sealed record changed."""
    template = next((t for t in templates if t.name == case.template), None)
    case.masked_json = json.dumps(masked(effective_fields(record), template), ensure_ascii=False)


def iter_exports(ctx: Context, *, reveal: bool) -> Iterator[CaseExport]:
    templates = {t.name: t for t in ctx.templates}
    with transaction(ctx.engine) as session:
        ids = list(session.execute(select(Case.id).order_by(col(Case.id))).scalars())
    for start in range(0, len(ids), 200):
        with transaction(ctx.engine) as session:
            for case_id in ids[start : start + 200]:
                yield _export_one(session, ctx, case_id, templates, reveal)


def _export_one(
    session: Session,
    ctx: Context,
    case_id: int,
    templates: dict[str, FormTemplate],
    reveal: bool,
) -> CaseExport:
    case = session.get(Case, case_id)
    assert case is not None and case.data_key_id is not None
    message = session.get(Message, case.message_id)
    key = load_data_key(session, ctx.keyring, case.data_key_id)
    fields = effective_fields(open_record(case, key))
    if not reveal:
        fields = masked(fields, templates.get(case.template or ""))
    return CaseExport(
        receipt_no=case.receipt_no,
        message_id=_source_message_id(session, ctx, message) if message else None,
        template=case.template,
        status=case.status,
        received_at=case.received_at,
        fields=fields,
        issues=json.loads(case.issues_json or "{}"),
    )


def _source_message_id(session: Session, ctx: Context, message: Message) -> str | None:
    headers = Item(session, ctx, message).open("headers_enc") or {}
    value = headers.get("message_id")
    return str(value) if value else None


def reprocess(ctx: Context, *, template: str | None, since: datetime | None) -> int:
    """Extract again from the stored raw message; corrections stay and win."""
    from extractors.extract import extract_case

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
            item = Item(session, ctx, message)
            result = extract_case(item.parsed, ctx.templates)
            message.extraction_enc = item.seal("extraction_enc", result.model_dump(mode="json"))
            record = open_record(case, item.key)
            record["fields"] = result.fields
            seal_record(case, item.key, record)
            refresh_masked(case, record, ctx.templates)
            corrected = {c["key"] for c in record.get("corrections", [])}
            issues = {
                k: [i.code for i in v] for k, v in result.issues.items() if v and k not in corrected
            }
            case.template = result.template
            case.template_reason = result.template_reason
            case.issues_json = json.dumps(issues, sort_keys=True)
            case.flag_count = sum(len(v) for v in issues.values())
            case.updated_at = utcnow()
            log.info("reprocessed", extra={"event": "reprocess", "case": case_id})
    return len(ids)


def load_key(session: Session, ctx: Context, case: Case) -> DataKey:
    assert case.data_key_id is not None
    return load_data_key(session, ctx.keyring, case.data_key_id)
