"""Exports: the current queue view and the incoming register (ทะเบียนหนังสือรับ).

The queue view comes from review.queue.list_queue (the queue page's own query), so an
export holds exactly the rows the clerk sees, in the same order, every page of them,
and only stored masked values. The register needs the sender and subject, which live
in the encrypted headers: they are opened through the privacy door (audited, purpose
"register export") and masked before they leave this module.

Writers turn (header, rows) into bytes: CSV and XLSX through storage.sheets (the one
writer the command line uses too, formulas defused), JSON as one UTF-8 document.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session, col, select

from extractors.masking import case_masker, mask_email, mask_identifiers, mask_text
from intake.context import Context
from review.i18n import LOCAL_TZ, Translator
from review.queue import (
    QueueQuery,
    QueueRow,
    list_queue,
    read_search,
    receipts_for_plain_search,
)
from review.titles import Titles
from storage import sheets
from storage.accounts import User
from storage.models import Case, Message
from storage.privacy import Actor, CaseErased, effective_fields, open_case_record, open_message_json
from storage.workflow import CaseWork

EXPORT_PAGE = 1000
REGISTER_PURPOSE = "register export"
MAX_REGISTER_DAYS = 366
Table = tuple[list[str], list[list[str]]]


# --- the queue view -------------------------------------------------------------------


class PersonalSearchInUrl(ValueError):
    """A national ID, phone or email in an export URL: refused, as the queue does."""


def search_receipts(session: Session, query: QueueQuery) -> tuple[QueueQuery, list[str] | None]:
    """What the queue page does with a search in its URL: the receipt numbers to limit
    the view to (None: no search), and the query with status widened to "all".

    Only receipt numbers and plain text may stand in a URL; a personal value is posted
    on the queue page and never exported from a link (PersonalSearchInUrl)."""
    if not (query.q and query.q.strip()):
        return query, None
    receipts = receipts_for_plain_search(session, read_search(query.q))
    if receipts is None:
        raise PersonalSearchInUrl()
    return query.model_copy(update={"status": "all"}), receipts


def queue_rows(
    session: Session, *, query: QueueQuery, user_id: int, receipt_nos: list[str] | None
) -> Iterator[QueueRow]:
    """Every row of the queue view, page by page, in the page's order."""
    page_no = 1
    while True:
        page = list_queue(
            session,
            query=query.model_copy(update={"page": page_no}),
            user_id=user_id,
            page_size=EXPORT_PAGE,
            receipt_nos=receipt_nos,
        )
        yield from page.rows
        if page.page >= page.pages:
            return
        page_no += 1


class QueueExportRow(BaseModel):
    """One queue row as exported (JSON); masked values only."""

    receipt_no: str
    received_at: datetime
    received_be: str
    template: str | None
    template_title: str | None
    status: str
    status_title: str
    flag_count: int
    flagged_fields: list[str]
    masked_name: str | None
    assignee: str | None
    sender_auth: str | None = None
    other_sender_replies: int = 0  # as the JSON API names it (intake/follow_ups.py)


def queue_export_rows(
    rows: Sequence[QueueRow], t: Translator, titles: Titles
) -> list[QueueExportRow]:
    return [
        QueueExportRow(
            receipt_no=row.receipt_no,
            received_at=row.received_at,
            received_be=t.date(row.received_at),
            template=row.template,
            template_title=titles.template(row.template),
            status=row.status,
            status_title=t(f"status.{row.status}"),
            flag_count=row.flag_count,
            flagged_fields=[titles.field(row.template, key) for key in row.flagged_fields],
            masked_name=row.masked_name,
            assignee=row.assignee,
            sender_auth=row.sender_auth,
            other_sender_replies=row.other_sender_replies,
        )
        for row in rows
    ]


def queue_table(rows: Sequence[QueueExportRow], t: Translator) -> Table:
    header = [
        t("col.receipt"),
        t("col.received"),
        t("col.template"),
        t("col.name"),
        t("col.status"),
        t("col.flags"),
        t("exports.flagged_fields"),
        t("col.assignee"),
        t("sender_auth.col"),
        t("col.other_sender_replies"),
    ]
    body = [
        [
            r.receipt_no,
            r.received_be,
            r.template_title or "",
            r.masked_name or "",
            r.status_title,
            str(r.flag_count),
            ", ".join(r.flagged_fields),
            r.assignee or "",
            r.sender_auth or "",
            str(r.other_sender_replies),
        ]
        for r in rows
    ]
    return header, body


# --- the incoming register ------------------------------------------------------------


class RegisterRow(BaseModel):
    receipt_no: str  # เลขรับ
    received: str  # วันที่รับ (Buddhist Era in Thai)
    sender: str  # จาก, masked
    to: str  # ถึง: the mailbox it came in through
    subject: str  # เรื่อง, masked
    action: str  # การปฏิบัติ: status and who has it
    remarks: str  # หมายเหตุ: fields with problems


def local_range(first: date, last: date) -> tuple[datetime, datetime]:
    """[first 00:00, the day after last 00:00) in Thai time."""
    start = datetime.combine(first, time.min, tzinfo=LOCAL_TZ)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=LOCAL_TZ)
    return start, end


def mailbox_label(ctx: Context, source: str | None) -> str:
    """The address (IMAP user) of the mailbox a mail came in through, else its name."""
    for mailbox in ctx.settings.effective_mailboxes():
        if mailbox.name == source:
            return mailbox.username or mailbox.name
    return source or ""


def _masked_headers(session: Session, ctx: Context, case: Case, actor: Actor) -> tuple[str, str]:
    """(sender, subject) of a case's mail, masked with the case's own known values."""
    assert case.id is not None
    door: dict[str, Any] = {
        "actor": actor,
        "purpose": REGISTER_PURPOSE,
        "checkpoint_every": ctx.settings.audit_checkpoint_every,
    }
    try:
        record = open_case_record(session, ctx.keyring, case_id=case.id, **door)
        headers = (
            open_message_json(
                session, ctx.keyring, message_id=case.message_id, column="headers_enc", **door
            )
            or {}
        )
    except CaseErased:
        return "", ""
    template = next((t for t in ctx.templates if t.name == case.template), None)
    masker = case_masker(template, effective_fields(record))
    name, address = str(headers.get("from_name") or ""), str(headers.get("from_addr") or "")
    masked_address = mask_email(address) if address else ""
    sender = f"{mask_text(name)} <{masked_address}>" if name else masked_address
    return sender, masker(str(headers.get("subject") or ""))


def register_rows(
    session: Session,
    ctx: Context,
    *,
    actor: Actor,
    first: date,
    last: date,
    t: Translator,
    titles: Titles,
) -> list[RegisterRow]:
    start, end = local_range(first, last)
    found = session.execute(
        select(Case, Message.source, User.name)
        .join(Message, col(Message.id) == col(Case.message_id))
        .outerjoin(CaseWork, col(CaseWork.case_id) == col(Case.id))
        .outerjoin(User, col(User.id) == col(CaseWork.assignee_id))
        .where(col(Case.received_at) >= start, col(Case.received_at) < end)
        .order_by(col(Case.received_at), col(Case.id))
    ).all()
    rows = []
    for case, source, assignee in found:
        sender, subject = _masked_headers(session, ctx, case, actor)
        action = t(f"status.{case.status}")
        if assignee:
            action = t("exports.action_by", status=action, who=assignee)
        flagged = [titles.field(case.template, key) for key in sorted(json.loads(case.issues_json))]
        rows.append(
            RegisterRow(
                receipt_no=case.receipt_no,
                received=t.date(case.received_at),
                sender=sender,
                to=mailbox_label(ctx, source),
                subject=_subject(titles.template(case.template), mask_identifiers(subject)),
                action=action,
                remarks=t("exports.remarks_flags", fields=", ".join(flagged)) if flagged else "",
            )
        )
    return rows


def _subject(kind: str | None, masked_subject: str) -> str:
    """The type of work first: a masked subject alone tells a clerk little."""
    return f"{kind}: {masked_subject}" if kind and masked_subject else (kind or masked_subject)


def register_table(rows: Sequence[RegisterRow], t: Translator) -> Table:
    header = [
        t("exports.reg_receipt"),
        t("exports.reg_received"),
        t("exports.reg_from"),
        t("exports.reg_to"),
        t("exports.reg_subject"),
        t("exports.reg_action"),
        t("exports.reg_remarks"),
    ]
    body = [
        [r.receipt_no, r.received, r.sender, r.to, r.subject, r.action, r.remarks] for r in rows
    ]
    return header, body


# --- writers --------------------------------------------------------------------------


def to_csv(table: Table) -> bytes:
    return sheets.csv_bytes(*table)


def to_xlsx(table: Table, *, title: str) -> bytes:
    return sheets.xlsx_bytes(*table, title=title)


def to_json(rows: Sequence[BaseModel]) -> bytes:
    data = [row.model_dump(mode="json") for row in rows]
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
