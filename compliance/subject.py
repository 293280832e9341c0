"""Data-subject rights: access (PDPA §30) and erasure (PDPA §33) for one person.

The person is found by national ID, written any way (intake.search normalises it),
through the blind index; each candidate is decrypted through the door with the
request's purpose and kept only when one of its fields really holds that ID, so a
false positive of the truncated index never reaches the export.

Access writes one JSON document with every case of that person: receipt number, dates,
template, status, fields, corrections (without the staff member's name), issue codes,
the conversation's message metadata (captured at, state, size, From, To, Subject,
Date; no Cc or other recipients) and, on request, the raw mails as base64. Nothing of
anyone else: a mail filed into the case from another mailbox than the request's (a
neighbour answering all, a stranger naming the receipt number: `Message.other_sender`)
is a third party's, so only that it came, when, its state and size are exported, marked
`from_another_sender`, never its headers or text. A citizen who wrote from a second
address of their own asks again from it, or the compliance officer reads the case.

Erasure crypto-shreds every case of that person except those a duty keeps, and records
each refusal with its reason. What keeps a case (decided here, shown to the person):

  * an active legal hold (storage.retention.LegalHold): "legal hold";
  * an open case (status new, in_review or waiting): "case still open: PDPA §33 para 2
    allows keeping data needed to carry out the request".

A closed case within its retention period is erased: `retention_years` in a form
template is the longest the agency keeps a case, not a legal duty to keep it. A template
that must be kept by law for a minimum period should say so with a legal hold.

Both requests are entered in the register (storage.subject_requests, the national ID as
a keyed digest only) and audited ("subject.export", "subject.erase").
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session

from intake.context import Context
from intake.search import normalised_criteria
from storage import retention
from storage.audit import append_audit
from storage.blind_index import candidate_ids
from storage.db import transaction
from storage.models import Case, Message, utcnow
from storage.privacy import (
    Actor,
    CaseErased,
    effective_fields,
    open_case_record,
    open_message_json,
    open_message_raw,
)
from storage.subject_requests import record_request
from storage.workflow import CaseStatus

ACCESS_PURPOSE = "PDPA §30 access request"
ERASE_PURPOSE = "PDPA §33 erasure request"
KEPT_OPEN = "case still open: PDPA §33 para 2 allows keeping data needed to carry out the request"
KEPT_HELD = "legal hold"
EXPORT_FORMAT = "intake subject access export v1"
_HEADER_KEYS = ("from_addr", "from_name", "to", "subject", "date")


class ErasureOutcome(BaseModel):
    outcome: str  # erased | partly_erased | refused | none
    erased: list[str]
    refused: dict[str, str]  # receipt number -> why it was kept
    files_deleted: int = 0


def _national_id(value: str) -> str:
    return normalised_criteria(national_id=value, phone=None, email=None)["national_id"]


def cases_of(
    session: Session, ctx: Context, actor: Actor, normalised: str, purpose: str
) -> list[tuple[Case, dict[str, Any]]]:
    """(case, decrypted record) of every case holding this national ID, oldest first."""
    found: list[tuple[Case, dict[str, Any]]] = []
    bits = ctx.settings.blind_index_bits
    ids = candidate_ids(session, ctx.keyring, field="national_id", normalised=normalised, bits=bits)
    for case_id in ids:
        case = session.get(Case, case_id)
        if case is None:
            continue
        try:
            record = open_case_record(
                session,
                ctx.keyring,
                actor=actor,
                purpose=purpose,
                case_id=case_id,
                checkpoint_every=ctx.settings.audit_checkpoint_every,
            )
        except CaseErased:
            continue
        values = effective_fields(record).values()
        if any(v and _matches(v, normalised) for v in values):
            found.append((case, record))
    return found


def _matches(value: str, normalised: str) -> bool:
    from extractors.validate import normalise_national_id

    return normalise_national_id(value) == normalised


# -- access -----------------------------------------------------------------------------


def export_subject(
    ctx: Context,
    actor: Actor,
    *,
    national_id: str,
    with_mail: bool = False,
    reason: str | None = None,
) -> dict[str, Any]:
    """The access export (a JSON-ready dict); registered and audited in one transaction."""
    normalised = _national_id(national_id)
    with transaction(ctx.engine) as session:
        found = cases_of(session, ctx, actor, normalised, ACCESS_PURPOSE)
        cases = [_case_export(session, ctx, actor, c, r, with_mail) for c, r in found]
        receipts = [c.receipt_no for c, _ in found]
        record_request(
            session,
            ctx.keyring,
            kind="access",
            national_id=normalised,
            requested_by=actor.name,
            outcome="exported" if receipts else "none",
            cases=receipts,
            reason=reason,
        )
        append_audit(
            session,
            actor=actor,
            action="subject.export",
            purpose=ACCESS_PURPOSE,
            details={"cases": receipts, "with_mail": with_mail},
            keyring=ctx.keyring,
        )
    return {
        "format": EXPORT_FORMAT,
        "generated_at": utcnow().isoformat(),
        "legal_basis": "PDPA B.E. 2562 section 30 (right of access) and 31 (portability)",
        "case_count": len(cases),
        "cases": cases,
    }


def _iso(moment: datetime | None) -> str | None:
    return retention.aware(moment).isoformat() if moment else None


def _case_export(
    session: Session,
    ctx: Context,
    actor: Actor,
    case: Case,
    record: dict[str, Any],
    with_mail: bool,
) -> dict[str, Any]:
    corrections = [
        {
            "field": c.get("key"),
            "value": c.get("value"),
            "previous": c.get("old"),
            "at": c.get("at"),
        }
        for c in record.get("corrections", [])
    ]
    messages = [
        _message_export(session, ctx, actor, m, case, with_mail)
        for m in sorted(retention.case_messages(session, case), key=lambda m: m.id or 0)
    ]
    return {
        "receipt_no": case.receipt_no,
        "received_at": _iso(case.received_at),
        "closed_at": _iso(retention.closed_at(session, case)),
        "template": case.template,
        "status": case.status,
        "fields": effective_fields(record),
        "fields_as_read": record.get("fields", {}),
        "corrections": corrections,
        "issues": json.loads(case.issues_json or "{}"),
        "messages": messages,
    }


def _message_export(
    session: Session, ctx: Context, actor: Actor, message: Message, case: Case, with_mail: bool
) -> dict[str, Any]:
    assert message.id is not None
    role = "request" if message.id == case.message_id else message.state
    out: dict[str, Any] = {
        "role": role,
        "captured_at": _iso(message.captured_at),
        "state": message.state,
        "size": message.size,
    }
    if message.other_sender and message.id != case.message_id:
        return {**out, "from_another_sender": True}
    if message.headers_enc is not None:
        headers = open_message_json(
            session,
            ctx.keyring,
            actor=actor,
            purpose=ACCESS_PURPOSE,
            message_id=message.id,
            column="headers_enc",
        )
        out["headers"] = {k: (headers or {}).get(k) for k in _HEADER_KEYS}
    if with_mail and message.blob_name:
        raw = open_message_raw(
            session,
            ctx.keyring,
            ctx.blobs,
            actor=actor,
            purpose=ACCESS_PURPOSE,
            message_id=message.id,
        )
        out["raw_base64"] = base64.b64encode(raw).decode("ascii")
    return out


# -- erasure ----------------------------------------------------------------------------


def erase_subject(ctx: Context, actor: Actor, *, national_id: str, reason: str) -> ErasureOutcome:
    """Crypto-shred every case of this person that no duty keeps; record the refusals."""
    why = (reason or "").strip()
    if not why:
        raise retention.RetentionError("an erasure needs --reason saying on what request")
    normalised = _national_id(national_id)
    with transaction(ctx.engine) as session:
        found = [case for case, _ in cases_of(session, ctx, actor, normalised, ERASE_PURPOSE)]
        held = retention.held_case_ids(session, [c.id for c in found if c.id is not None])
        refused: dict[str, str] = {}
        erasures: list[retention.Erasure] = []
        for case in found:
            assert case.id is not None
            kept = _kept_because(case, held)
            if kept:
                refused[case.receipt_no] = kept
                continue
            erasures.append(
                retention.erase_case(
                    session,
                    case_id=case.id,
                    actor=actor,
                    purpose=ERASE_PURPOSE,
                    details={"request": "subject erasure"},
                    keyring=ctx.keyring,
                    ledger=ctx.ledger,
                )
            )
        erased = [e.receipt_no for e in erasures]
        outcome = _outcome(erased, refused)
        record_request(
            session,
            ctx.keyring,
            kind="erase",
            national_id=normalised,
            requested_by=actor.name,
            outcome=outcome,
            cases=erased,
            refused=refused,
            reason=why,
        )
        append_audit(
            session,
            actor=actor,
            action="subject.erase",
            outcome=outcome,
            purpose=ERASE_PURPOSE,
            details={"erased": erased, "refused": refused},
            keyring=ctx.keyring,
        )
    files = retention.settle_erasures(ctx.engine, ctx.blobs, erasures)
    return ErasureOutcome(outcome=outcome, erased=erased, refused=refused, files_deleted=files)


def _kept_because(case: Case, held: set[int]) -> str | None:
    if case.id in held:
        return KEPT_HELD
    if case.status in CaseStatus.OPEN:
        return KEPT_OPEN
    return None


def _outcome(erased: list[str], refused: dict[str, str]) -> str:
    if erased and refused:
        return "partly_erased"
    if erased:
        return "erased"
    return "refused" if refused else "none"
