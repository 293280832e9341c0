"""Everything the case page shows, read through the privacy door and masked.

One call opens the case's record, its extraction, its headers and raw mail (each open
audited with the same purpose), and returns plain view models in which every personal
value is masked, unless `reveal` is set: then they come out as they are (the caller
has checked the role and recorded the reason as the purpose).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session, col, select

from extractors.base import FieldType, FormTemplate, ParsedMessage, Provenance
from extractors.masking import (
    TextMasker,
    case_masker,
    mask_email,
    mask_text,
    mask_value,
    personal_types,
)
from extractors.pdf_disarm import DisarmReport, disarm_report
from extractors.sender_auth import SenderVerdict
from intake.context import Context
from intake.outbox import author_of, mailbox_of
from review.mail_parsing import MailUnreadable, read_mail_for_view, safe_html_of
from review.mailview import numbered_lines
from review.unread_notes import UnreadNote, notes_by_attachment
from storage.accounts import User
from storage.models import Case, Message, MessageState
from storage.privacy import (
    Actor,
    effective_fields,
    open_case_record,
    open_message_json,
    open_message_raw,
)
from storage.workflow import CaseEvent, assignee_id, case_events

VIEW_PURPOSE = "case view"


class IssueView(BaseModel):
    code: str
    message_th: str
    message_en: str


class Correction(BaseModel):
    value: str | None
    old: str | None
    by: str
    at: datetime


class FieldView(BaseModel):
    key: str
    title_th: str
    title_en: str
    type: str
    personal: bool
    required: bool
    multiline: bool
    value: str | None  # masked unless revealed
    raw: str | None  # as written in the mail, masked unless revealed
    issues: list[IssueView]
    provenance: Provenance | None
    anchor: str | None  # id of the source line or attachment on the page
    corrections: list[Correction]


class PartView(BaseModel):
    part: str
    kind: str
    lines: list[tuple[int, str]]
    has_html: bool


class AttachmentView(BaseModel):
    index: int
    filename: str | None  # masked unless revealed: file names often carry a name
    content_type: str
    size: int
    disarm: DisarmReport | None = None  # PDFs: what the download strips, or why it is refused
    # what the machine did not read of it, and why (codes and catalog keys: no details)
    unread: list[UnreadNote] = []

    @property
    def needs_a_look(self) -> bool:
        return any(n.kind != "noted" for n in self.unread)


class NoteView(BaseModel):
    by: str
    at: datetime
    text: str  # masked unless revealed


class ReplyView(BaseModel):
    message_id: int
    received_at: datetime
    sender: str
    subject: str
    parts: list[PartView]
    unreadable: bool = False  # over the parse limits: a notice stands for it
    parts_left_out: int = 0
    # Written from another mailbox than the request's (threaded on the case by a
    # Message-ID someone copied on it knows): masked, all senders look alike, so the
    # page must say it, or a stranger's words are read as the citizen's.
    other_sender: bool = False


class CaseFile(BaseModel):
    id: int
    receipt_no: str
    status: str
    template: str | None
    template_title_th: str | None
    template_title_en: str | None
    received_at: datetime
    updated_at: datetime
    assignee_id: int | None
    assignee: str | None
    sender: str
    # The request came inside a forwarded mail: the sender above forwarded it, and this
    # is the original sender named in the forwarded header ("" when none was named).
    forwarded_from: str | None = None
    subject: str
    mail_date: datetime | None
    fields: list[FieldView]
    other_issues: list[IssueView]
    parts: list[PartView]
    attachments: list[AttachmentView]
    notes: list[NoteView]
    replies: list[ReplyView]
    events: list[CaseEvent]
    revealed: bool
    sender_auth: SenderVerdict | None = None  # None: judged before this check existed
    # The raw mail went over the parse limits (review.mail_parsing): sender, subject and
    # date come from the headers stored at intake, and a notice stands for parts and files.
    mail_unreadable: bool = False
    parts_left_out: int = 0  # text parts and attachments past review.mail_parsing.MAX_SHOWN
    # Another mail came before under this mail's Message-ID (a program that reuses its
    # ids): intake read it as a mail of its own (intake.same_mail), and the clerk is told.
    message_id_reused: bool = False


@dataclass(frozen=True)
class Door:
    """Who opens a case's messages and why: every open is audited with both."""

    actor: Actor
    purpose: str

    def message_json(self, session: Session, ctx: Context, message_id: int, column: str) -> Any:
        return open_message_json(
            session,
            ctx.keyring,
            actor=self.actor,
            purpose=self.purpose,
            message_id=message_id,
            column=column,
        )

    def raw(self, session: Session, ctx: Context, message_id: int) -> bytes:
        return open_message_raw(
            session,
            ctx.keyring,
            ctx.blobs,
            actor=self.actor,
            purpose=self.purpose,
            message_id=message_id,
        )


def find_case(session: Session, receipt_no: str) -> Case | None:
    return session.execute(select(Case).where(Case.receipt_no == receipt_no)).scalar_one_or_none()


def template_for(ctx: Context, name: str | None) -> FormTemplate | None:
    return next((t for t in ctx.templates if t.name == name), None)


def anchor_for(provenance: Provenance | None) -> str | None:
    if provenance is None:
        return None
    if provenance.kind in ("body_text", "body_html") and provenance.line:
        return f"p{provenance.part}-l{provenance.line}"
    if provenance.filename_index is not None:
        return f"att-{provenance.filename_index}"
    return f"p{provenance.part}"


def load_case_file(
    session: Session,
    ctx: Context,
    case: Case,
    *,
    actor: Actor,
    purpose: str = VIEW_PURPOSE,
    action: str = "case.view",
    reveal: bool = False,
) -> CaseFile:
    assert case.id is not None
    template = template_for(ctx, case.template)
    record = open_case_record(
        session, ctx.keyring, actor=actor, purpose=purpose, case_id=case.id, action=action
    )
    door = Door(actor, purpose)
    extraction = door.message_json(session, ctx, case.message_id, "extraction_enc") or {}
    headers = door.message_json(session, ctx, case.message_id, "headers_enc") or {}
    raw = door.raw(session, ctx, case.message_id)
    try:
        parsed, left_out = read_mail_for_view(ctx, raw, where=f"case {case.receipt_no}")
        unreadable = False
    except MailUnreadable:
        parsed, left_out, unreadable = _from_stored_headers(headers), 0, True
    fields = effective_fields(record)
    personal = personal_types(template, fields)
    masker = None if reveal else case_masker(template, fields, extraction.get("raw_fields", {}))
    show = _shower(personal, masker)
    disarm_reports = pdf_disarm_reports(session, case.message_id, parsed.attachments)
    unread = notes_by_attachment(parsed.attachments, extraction)
    owner = assignee_id(session, case_id=case.id)
    owner_name = session.get(User, owner).name if owner else None  # type: ignore[union-attr]
    return CaseFile(
        id=case.id,
        receipt_no=case.receipt_no,
        status=case.status,
        template=case.template,
        template_title_th=template.title_th if template else None,
        template_title_en=template.title_en if template else None,
        received_at=case.received_at,
        updated_at=case.updated_at,
        assignee_id=owner,
        assignee=owner_name,
        sender=_sender(headers, parsed.from_name, parsed.from_addr, reveal),
        forwarded_from=_forwarded_from(extraction, reveal),
        subject=parsed.subject if reveal else (masker(parsed.subject) if masker else ""),
        mail_date=_parse_date(parsed.date),
        fields=_field_views(template, record, extraction, show, masker),
        other_issues=[],
        parts=_part_views(parsed.text_parts, masker),
        attachments=[
            AttachmentView(
                index=a.index,
                filename=(
                    a.filename if reveal else (mask_text(a.filename) if a.filename else None)
                ),
                content_type=a.sniffed_type,
                size=a.size,
                disarm=disarm_reports.get(a.index),
                unread=unread.get(a.index, []),
            )
            for a in parsed.attachments
        ],
        notes=[
            NoteView(by=n["by"], at=n["at"], text=n["text"] if reveal else masker(n["text"]))  # type: ignore[misc]
            for n in reversed(record.get("notes", []))
        ],
        replies=_replies(
            session, ctx, case, door, reveal, masker, _request_author(headers, parsed)
        ),
        events=case_events(session, case_id=case.id),
        revealed=reveal,
        sender_auth=sender_verdict_of(session, case.message_id),
        mail_unreadable=unreadable,
        parts_left_out=left_out,
        message_id_reused=_message_id_reused(session, case.message_id),
    )


def _from_stored_headers(headers: dict[str, Any]) -> ParsedMessage:
    """What intake stored of the mail's headers (decrypted already, for the sender), in
    the shape of a parse with no parts: the page shows them in place of the mail's."""
    return ParsedMessage(
        from_addr=headers.get("from_addr") or "",
        from_name=headers.get("from_name") or "",
        subject=headers.get("subject") or "",
        date=headers.get("date"),
    )


def sender_verdict_of(session: Session, message_id: int) -> SenderVerdict | None:
    """The stored sender-authenticity verdict of a message (not personal data)."""
    message = session.get(Message, message_id)
    if message is None or not message.sender_auth_json:
        return None
    return SenderVerdict.model_validate_json(message.sender_auth_json)


def _message_id_reused(session: Session, message_id: int) -> bool:
    """Whether intake recorded that another mail used this mail's Message-ID before."""
    message = session.get(Message, message_id)
    facts = json.loads(message.facts_json or "{}") if message else {}
    return facts.get("message_id_reused") is not None


def pdf_disarm_reports(
    session: Session, message_id: int, attachments: list[Any]
) -> dict[int, DisarmReport]:
    """For each PDF attachment, what disarming removes: as recorded at extraction, or
    worked out now (bounded) for mail extracted before this was recorded."""
    message = session.get(Message, message_id)
    facts = json.loads(message.facts_json or "{}") if message else {}
    known: dict[str, Any] = facts.get("pdf_disarm", {})
    reports = {}
    for a in attachments:
        if a.sniffed_type != "application/pdf":
            continue
        stored = known.get(str(a.index))
        reports[a.index] = (
            DisarmReport.model_validate(stored) if stored else disarm_report(a.content)
        )
    return reports


def _shower(
    personal: Mapping[str, FieldType], masker: TextMasker | None
) -> Callable[[str, str | None], str | None]:
    """A field's value as shown: a personal field masked whole; any other field (the
    subject, the details) as written, with the personal values inside it masked."""

    def show(key: str, value: str | None) -> str | None:
        if masker is None or value is None:
            return value
        if key in personal:
            return mask_value(value, personal[key])
        return masker(value)

    return show


def _forwarded_from(extraction: dict[str, Any], reveal: bool) -> str | None:
    if not extraction.get("forwarded_by"):
        return None
    original = str(extraction.get("forwarded_from") or "")
    return original if reveal or not original else mask_email(original)


def _sender(headers: dict[str, Any], name: str, address: str, reveal: bool) -> str:
    if reveal:
        return f"{name} <{address}>" if name else address
    masked_address = mask_email(address) if address else ""
    return f"{mask_text(name)} <{masked_address}>" if name else masked_address


def _field_views(
    template: FormTemplate | None,
    record: dict[str, Any],
    extraction: dict[str, Any],
    show: Callable[[str, str | None], str | None],
    masker: Callable[[str], str] | None,
) -> list[FieldView]:
    fields = effective_fields(record)
    raw_fields: dict[str, str] = extraction.get("raw_fields", {})
    provenance: dict[str, Any] = extraction.get("provenance", {})
    issues: dict[str, list[dict[str, str]]] = extraction.get("issues", {})
    corrected: dict[str, list[Correction]] = {}
    for c in record.get("corrections", []):
        corrected.setdefault(c["key"], []).append(
            Correction(
                value=show(c["key"], c["value"]),
                old=show(c["key"], c.get("old")),
                by=c["by"],
                at=c["at"],
            )
        )
    specs = list(template.fields) if template else []
    keys = [s.key for s in specs] + sorted(k for k in fields if k not in {s.key for s in specs})
    views = []
    for key in keys:
        spec = next((s for s in specs if s.key == key), None)
        prov = Provenance.model_validate(provenance[key]) if key in provenance else None
        views.append(
            FieldView(
                key=key,
                title_th=spec.title_th if spec else key,
                title_en=spec.title_en if spec else key,
                type=spec.type if spec else "text",
                personal=spec.personal if spec else True,
                required=spec.required if spec else False,
                multiline=spec.multiline if spec else False,
                value=show(key, fields.get(key)),
                raw=show(key, raw_fields.get(key)),
                issues=[] if key in corrected else [IssueView(**i) for i in issues.get(key, [])],
                provenance=prov,
                anchor=anchor_for(prov),
                corrections=list(reversed(corrected.get(key, []))),
            )
        )
    return views


def _part_views(parts: list[Any], masker: Callable[[str], str] | None) -> list[PartView]:
    return [
        PartView(
            part=p.part, kind=p.kind, lines=numbered_lines(p.text, masker), has_html=bool(p.html)
        )
        for p in parts
    ]


def _replies(
    session: Session,
    ctx: Context,
    case: Case,
    door: Door,
    reveal: bool,
    masker: Callable[[str], str] | None,
    request_author: str,
) -> list[ReplyView]:
    messages = session.execute(
        select(Message)
        .where(Message.case_id == case.id, Message.state == MessageState.REPLY)
        .order_by(col(Message.captured_at))
    ).scalars()
    replies = []
    for message in messages:
        assert message.id is not None
        raw = door.raw(session, ctx, message.id)
        try:
            where = f"reply {message.id} of case {case.receipt_no}"
            parsed, left_out = read_mail_for_view(ctx, raw, where=where)
        except MailUnreadable:
            replies.append(_unreadable_reply(message))
            continue
        replies.append(
            ReplyView(
                message_id=message.id,
                received_at=message.captured_at,
                sender=_sender({}, parsed.from_name, parsed.from_addr, reveal),
                subject=parsed.subject if reveal or masker is None else masker(parsed.subject),
                parts=_part_views(
                    [p for p in parsed.text_parts if p.kind == "plain"] or parsed.text_parts, masker
                ),
                parts_left_out=left_out,
                other_sender=_other_sender(message, parsed, ctx, request_author),
            )
        )
    return replies


def _other_sender(
    message: Message, parsed: ParsedMessage, ctx: Context, request_author: str
) -> bool:
    """The mark intake recorded when it filed the mail (what the API and exports count);
    for mail filed before it was recorded, worked out here the same way."""
    if message.other_sender is not None:
        return message.other_sender
    return mailbox_of(author_of(parsed, ctx.settings)) != mailbox_of(request_author)


def _request_author(headers: dict[str, Any], parsed: ParsedMessage) -> str:
    """Who wrote the request, as intake stored it (the writer behind our own group or
    web form), else as its From reads."""
    return str(headers.get("author_addr") or parsed.from_addr or "")


def _unreadable_reply(message: Message) -> ReplyView:
    assert message.id is not None
    return ReplyView(
        message_id=message.id,
        received_at=message.captured_at,
        sender="",
        subject="",
        parts=[],
        unreadable=True,
    )


def mail_html(session: Session, ctx: Context, case: Case, *, actor: Actor, part: str) -> str | None:
    """The sanitised, masked HTML of one text part of the case's mail, or None.
    Parsed, sanitised and masked in a bounded child: MailUnreadable when over."""
    assert case.id is not None
    door = Door(actor, VIEW_PURPOSE)
    record = open_case_record(
        session, ctx.keyring, actor=actor, purpose=VIEW_PURPOSE, case_id=case.id, action="case.view"
    )
    extraction = door.message_json(session, ctx, case.message_id, "extraction_enc") or {}
    raw = door.raw(session, ctx, case.message_id)
    template = template_for(ctx, case.template)
    fields = effective_fields(record)
    masker = case_masker(template, fields, extraction.get("raw_fields", {}))
    return safe_html_of(ctx, raw, part, masker, where=f"case {case.receipt_no}")


def _parse_date(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def issues_json(case: Case) -> dict[str, list[str]]:
    return dict(json.loads(case.issues_json or "{}"))
