"""What a clerk does to a case: correct a field, add a note, move it on, hand it over.

Who may do what (documented in the case page's help too):
- view a case: everyone signed in (personal data masked);
- work a case (status, corrections, notes): staff, supervisor, admin;
- take an unassigned case, or hand back one's own: staff;
- assign a case to someone else, or take one someone else has: supervisor, admin;
- reveal personal data (with a reason): supervisor, compliance, admin on any case; staff
  only on cases assigned to them.
Every change is audited; the case's history (CaseEvent) names only statuses, user names
and field keys, never values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from extractors.validate import validate_fields
from intake import webhooks
from intake.cases import refresh_masked
from intake.context import Context
from review.casefile import template_for
from storage.accounts import User
from storage.audit import append_audit
from storage.events import EventFacts
from storage.models import Case, utcnow
from storage.privacy import Actor, effective_fields, open_case_record, seal_case_record
from storage.workflow import EventKind, assign, record_event, set_status

WORK_ROLES = ("staff", "supervisor", "admin")
ASSIGN_OTHERS_ROLES = ("supervisor", "admin")
REVEAL_ANY_ROLES = ("supervisor", "compliance", "admin")
MAX_NOTE = 4000


def may_work(role: str) -> bool:
    return role in WORK_ROLES


def may_reveal(role: str, user_id: int, case_assignee: int | None) -> bool:
    if role in REVEAL_ANY_ROLES:
        return True
    return role == "staff" and case_assignee == user_id


def may_assign(role: str, user_id: int, target: int | None, current: int | None) -> bool:
    if role in ASSIGN_OTHERS_ROLES:
        return True
    # staff take an unassigned case for themselves, or hand back one that is theirs; a
    # case someone else has stays theirs (taking it would also let them reveal it)
    if role != "staff":
        return False
    if target == user_id:
        return current is None or current == user_id
    return target is None and current == user_id


@dataclass(frozen=True)
class CorrectionProblem:
    """Why a correction was refused, in both languages (from the validators)."""

    message_th: str
    message_en: str


def correct_field(
    session: Session, ctx: Context, case: Case, *, actor: Actor, key: str, value: str
) -> CorrectionProblem | None:
    """Replace a field's value, keeping the old one; None when saved (or unchanged)."""
    assert case.id is not None
    template = template_for(ctx, case.template)
    spec = next((f for f in template.fields if f.key == key), None) if template else None
    if template is None or spec is None:
        return CorrectionProblem("ไม่มีช่องข้อมูลนี้ในแบบฟอร์ม", "This form has no such field")
    record = open_case_record(
        session, ctx.keyring, actor=actor, purpose="correction", case_id=case.id
    )
    current = effective_fields(record)
    normalised, issues = validate_fields(template, {**current, key: value.strip() or None})
    if issues.get(key):
        first = issues[key][0]
        return CorrectionProblem(first.message_th, first.message_en)
    new = normalised.get(key)
    old = current.get(key)
    if new == old:
        return None
    record.setdefault("corrections", []).append(
        {"key": key, "value": new, "old": old, "by": actor.name, "at": utcnow().isoformat()}
    )
    _seal(session, ctx, case, actor, record, purpose="correction")
    flags: dict[str, Any] = json.loads(case.issues_json or "{}")
    flags.pop(key, None)  # a clerk's value is the accepted one
    case.issues_json = json.dumps(flags, sort_keys=True)
    case.flag_count = sum(len(v) for v in flags.values())
    record_event(session, case_id=case.id, actor=actor.name, kind=EventKind.CORRECT, new=key)
    return None


def add_note(session: Session, ctx: Context, case: Case, *, actor: Actor, text: str) -> bool:
    """An internal note, sealed in the case's record (it may name people)."""
    assert case.id is not None
    text = text.strip()[:MAX_NOTE]
    if not text:
        return False
    record = open_case_record(session, ctx.keyring, actor=actor, purpose="note", case_id=case.id)
    record.setdefault("notes", []).append(
        {"by": actor.name, "at": utcnow().isoformat(), "text": text}
    )
    _seal(session, ctx, case, actor, record, purpose="note")
    record_event(session, case_id=case.id, actor=actor.name, kind=EventKind.NOTE)
    append_audit(session, actor=actor, action="case.note", case_id=case.id, keyring=ctx.keyring)
    return True


def _seal(
    session: Session, ctx: Context, case: Case, actor: Actor, record: dict[str, Any], purpose: str
) -> None:
    assert case.id is not None
    template = template_for(ctx, case.template)
    field_types = {f.key: f.type for f in template.fields} if template else {}
    seal_case_record(
        session,
        ctx.keyring,
        actor=actor,
        case_id=case.id,
        record=record,
        field_types=field_types,
        purpose=purpose,
        index_bits=ctx.settings.blind_index_bits,
    )
    refresh_masked(case, record, ctx.templates)
    case.updated_at = utcnow()


def change_status(session: Session, ctx: Context, case: Case, *, actor: Actor, status: str) -> bool:
    old = case.status
    if not set_status(session, case=case, status=status, actor=actor.name):
        return False
    changed = EventFacts(type="case.status_changed", extra={"old_status": old})
    webhooks.queue(session, ctx.settings, case, changed, actor=actor.name)
    append_audit(
        session,
        actor=actor,
        action="case.status",
        case_id=case.id,
        details={"from": old, "to": status},
        keyring=ctx.keyring,
    )
    return True


def change_assignee(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    actor: Actor,
    user_id: int | None,
    expected: int | None,
) -> bool:
    """Give the case to `user_id` from `expected` (who the caller checked has it);
    raises storage.workflow.AssignmentChanged when that changed meanwhile."""
    assert case.id is not None
    old_name = session.get(User, expected).name if expected else None  # type: ignore[union-attr]
    new_user = session.get(User, user_id) if user_id else None
    if user_id is not None and (new_user is None or not new_user.active):
        return False
    new_name = new_user.name if new_user else None
    if not assign(
        session,
        case_id=case.id,
        user_id=user_id,
        expected=expected,
        actor=actor.name,
        old_name=old_name,
        new_name=new_name,
    ):
        return False
    append_audit(
        session,
        actor=actor,
        action="case.assign",
        case_id=case.id,
        details={"from": old_name, "to": new_name},
        keyring=ctx.keyring,
    )
    return True


def assignable_users(session: Session) -> list[User]:
    query = (
        select(User)
        .where(col(User.active).is_(True), col(User.role).in_(WORK_ROLES))
        .order_by(col(User.name))
    )
    return list(session.execute(query).scalars())
