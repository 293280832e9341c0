"""The queue: filter, sort and page cases without decrypting anything.

Lists show only what is stored in the clear: status, template, flag counts, dates, the
assignee, and the masked copy of the fields (`cases.masked_json`). Searching by national
ID, phone or email goes through the blind indexes (intake.search).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col, select

from extractors.sender_auth import SenderVerdict
from extractors.validate import normalise_any_phone, normalise_email, normalise_national_id
from intake.follow_ups import other_sender_column
from storage.accounts import User
from storage.models import Case, Message
from storage.workflow import CaseStatus, CaseWork

SortKey = Literal["received", "receipt", "flags", "status", "template", "assignee"]
StatusFilter = Literal[
    "open", "all", "new", "in_review", "waiting", "done", "rejected", "forwarded"
]
RECEIPT = re.compile(r"^[A-Za-z]{2,6}-\d{4}-\d{1,6}$")
RECEIPT_PART = re.compile(r"^[A-Za-z0-9-]{2,40}$")


class QueueQuery(BaseModel):
    """The queue view as it stands in the URL's query string."""

    status: StatusFilter = "open"
    template: str | None = Field(default=None, max_length=80)
    q: str | None = Field(default=None, max_length=200)
    flagged: bool = False
    mine: bool = False
    sort: SortKey = "received"
    order: Literal["asc", "desc"] = "asc"  # oldest first: the queue is worked in order
    page: int = Field(default=1, ge=1, le=100_000)


class SearchTerm(BaseModel):
    """What a search box entry was read as."""

    kind: Literal["receipt", "national_id", "phone", "email", "text"]
    value: str  # normalised; personal values never leave the server in a page


def read_search(text: str) -> SearchTerm:
    """Decide what the clerk typed: a receipt number, an ID, a phone or an email."""
    text = text.strip()
    if RECEIPT.match(text):
        return SearchTerm(kind="receipt", value=text.upper())
    if "@" in text or "＠" in text:
        email = normalise_email(text)
        if email:
            return SearchTerm(kind="email", value=email)
    national_id = normalise_national_id(text)
    if national_id:
        return SearchTerm(kind="national_id", value=national_id)
    phone = normalise_any_phone(text)
    if phone:
        return SearchTerm(kind="phone", value=phone)
    return SearchTerm(kind="text", value=text)


class QueueRow(BaseModel):
    id: int
    receipt_no: str
    received_at: datetime
    template: str | None
    status: str
    flag_count: int
    flagged_fields: list[str]
    masked_name: str | None
    assignee: str | None
    sender_auth: str | None = None  # one-line verdict summary (results, aligned domain, flags)
    other_sender_replies: int = 0  # mails filed from another mailbox (intake/follow_ups.py)


class QueuePage(BaseModel):
    rows: list[QueueRow]
    total: int
    page: int
    pages: int


def _sort_column(sort: SortKey) -> Any:
    columns: dict[str, Any] = {
        "received": col(Case.received_at),
        "receipt": col(Case.receipt_no),
        "flags": col(Case.flag_count),
        "status": col(Case.status),
        "template": col(Case.template),
        "assignee": col(User.name),
    }
    return columns[sort]


def _filters(
    query: QueueQuery, *, user_id: int, receipt_nos: list[str] | None
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if query.status == "open":
        where.append(col(Case.status).in_(CaseStatus.OPEN))
    elif query.status != "all":
        where.append(col(Case.status) == query.status)
    if query.template:
        where.append(col(Case.template) == query.template)
    if query.flagged:
        where.append(col(Case.flag_count) > 0)
    if query.mine:
        where.append(col(CaseWork.assignee_id) == user_id)
    if receipt_nos is not None:
        where.append(col(Case.receipt_no).in_(receipt_nos))
    return where


def list_queue(
    session: Session,
    *,
    query: QueueQuery,
    user_id: int,
    page_size: int,
    receipt_nos: list[str] | None = None,
) -> QueuePage:
    """One page of the queue. `receipt_nos` limits it to a search's hits."""
    where = _filters(query, user_id=user_id, receipt_nos=receipt_nos)
    count_query = select(func.count()).select_from(Case)
    if query.mine:
        count_query = count_query.join(CaseWork, col(CaseWork.case_id) == col(Case.id))
    total = session.execute(count_query.where(*where)).scalar_one()
    pages = max((total + page_size - 1) // page_size, 1)
    page = min(query.page, pages)
    sort = _sort_column(query.sort)
    ordering = sort.asc() if query.order == "asc" else sort.desc()
    tiebreak = col(Case.id).asc() if query.order == "asc" else col(Case.id).desc()
    rows = session.execute(
        select(  # type: ignore[call-overload]
            Case.id,
            Case.receipt_no,
            Case.received_at,
            Case.template,
            Case.status,
            Case.flag_count,
            Case.issues_json,
            Case.masked_json,
            User.name,
            Message.sender_auth_json,
            other_sender_column(),
        )
        .outerjoin(CaseWork, col(CaseWork.case_id) == col(Case.id))
        .outerjoin(User, col(User.id) == col(CaseWork.assignee_id))
        .outerjoin(Message, col(Message.id) == col(Case.message_id))
        .where(*where)
        .order_by(ordering, tiebreak)
        .limit(page_size)
        .offset((page - 1) * page_size)
    ).all()
    return QueuePage(rows=[_row(r) for r in rows], total=total, page=page, pages=pages)


def _row(r: tuple[object, ...]) -> QueueRow:
    case_id, receipt_no, received_at, template, status, flags, issues, masked, assignee = r[:9]
    auth, other_sender = r[9:]
    masked_fields = json.loads(str(masked or "{}"))
    return QueueRow(
        id=int(str(case_id)),
        receipt_no=str(receipt_no),
        received_at=received_at,  # type: ignore[arg-type]
        template=template,  # type: ignore[arg-type]
        status=str(status),
        flag_count=int(str(flags)),
        flagged_fields=sorted(json.loads(str(issues or "{}"))),
        masked_name=masked_fields.get("full_name"),
        assignee=assignee,  # type: ignore[arg-type]
        sender_auth=_sender_summary(auth),
        other_sender_replies=int(str(other_sender or 0)),
    )


def _sender_summary(stored: object) -> str | None:
    if not stored:
        return None
    return SenderVerdict.model_validate_json(str(stored)).summary()


def status_counts(session: Session) -> dict[str, int]:
    """Cases per status across the whole store (one GROUP BY over an indexed column)."""
    rows = session.execute(select(Case.status, func.count()).group_by(col(Case.status))).all()
    found = {str(status): int(n) for status, n in rows}
    counts = {status: int(found.get(status, 0)) for status in CaseStatus.ALL}
    counts["open"] = sum(counts[s] for s in CaseStatus.OPEN)
    counts["all"] = sum(int(n) for n in found.values())
    return counts


def template_names(session: Session) -> list[str]:
    names = session.execute(
        select(Case.template).where(col(Case.template).is_not(None)).distinct()
    ).scalars()
    return sorted(str(n) for n in names)


def receipts_matching(session: Session, text: str, limit: int = 500) -> list[str]:
    """Receipt numbers containing `text` (a partial receipt number typed in the box)."""
    if not RECEIPT_PART.match(text):
        return []
    pattern = f"%{text.upper()}%"
    return list(
        session.execute(
            select(Case.receipt_no).where(col(Case.receipt_no).like(pattern)).limit(limit)
        ).scalars()
    )


def receipts_for_plain_search(session: Session, search: SearchTerm) -> list[str] | None:
    """Receipt numbers for a search that may stand in a URL (a receipt number or plain
    text); None for a personal one, which only the blind indexes may answer."""
    if search.kind == "receipt":
        return [search.value]
    if search.kind == "text":
        return receipts_matching(session, search.value)
    return None


def queue_url(query: QueueQuery, **changes: object) -> str:
    """The queue URL for `query` with some values changed (defaults left out)."""
    from urllib.parse import urlencode

    values = query.model_dump() | changes
    defaults = QueueQuery().model_dump()
    kept = {k: v for k, v in values.items() if v not in (None, "") and v != defaults.get(k)}
    kept = {k: ("1" if v is True else v) for k, v in kept.items()}
    return "/queue" + (f"?{urlencode(kept)}" if kept else "")
