"""What the JSON API answers with: a Base/Public family per resource, masked values only.

Nothing here holds a decrypted value: case fields come from the stored masked copy
(`cases.masked_json`) and pass through the identifier masker once more on the way out,
so a national ID, phone or email typed into a free-text field is masked too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from extractors.sender_auth import SenderVerdict
from review.queue import SortKey, StatusFilter

CaseStatusName = Literal["new", "in_review", "waiting", "done", "rejected", "forwarded"]


class ApiError(BaseModel):
    """Every error: a short reason that never repeats a value the caller sent."""

    detail: str


class CaseBase(BaseModel):
    receipt_no: str = Field(description="เลขรับ, e.g. SRB-2569-000123")
    template: str | None = Field(description="type of work (form template name)")
    status: str = Field(description="new, in_review, waiting, done, rejected or forwarded")
    received_at: datetime
    flag_count: int = Field(
        description="open problems: one per field problem, and one per attachment not read"
    )
    other_sender_replies: int = Field(
        default=0,
        description="mails filed into the case from another mailbox than its request's"
        " (a receipt number in the subject files mail whoever writes): not the requester's"
        " own word until they confirm it",
    )


class CaseSummaryPublic(CaseBase):
    """A case in a list (the queue's columns)."""

    masked_name: str | None
    assignee: str | None = Field(description="account name of who works the case")
    flagged_fields: list[str] = Field(
        description="keys of the fields with problems; 'attachments' when a file was not read"
    )


class CasesPublic(BaseModel):
    data: list[CaseSummaryPublic]
    count: int = Field(description="cases matching the filters, over all pages")
    page: int
    pages: int
    page_size: int


class CasePublic(CaseBase):
    """One case: every field masked, its problems by field, who has it."""

    template_title: str | None
    updated_at: datetime
    assignee: str | None
    fields: dict[str, str | None] = Field(description="field key -> masked value")
    issues: dict[str, list[str]] = Field(description="field key -> problem codes")
    sender_auth: SenderVerdict | None = Field(
        default=None,
        description="sender authenticity: SPF/DKIM/DMARC results from the agency's own"
        " receiving server, the aligned domain and flags (null: received before this check)",
    )


_IN_URL = (
    "Deprecated here: a value in a URL is written to the access logs of every proxy and "
    "server on the way. Search with POST /api/cases/search, which takes it in the body."
)


class CaseListQuery(BaseModel):
    """Filters of GET /api/cases; personal values may be written any way a person does."""

    national_id: str | None = Field(
        default=None, max_length=64, description=_IN_URL, json_schema_extra={"deprecated": True}
    )
    phone: str | None = Field(
        default=None, max_length=64, description=_IN_URL, json_schema_extra={"deprecated": True}
    )
    email: str | None = Field(
        default=None, max_length=254, description=_IN_URL, json_schema_extra={"deprecated": True}
    )
    status: StatusFilter = "all"
    template: str | None = Field(default=None, max_length=80)
    sort: SortKey = "received"
    order: Literal["asc", "desc"] = "asc"
    page: int = Field(default=1, ge=1, le=100_000)
    page_size: int = Field(default=50, ge=1, le=200)


class CaseSearch(CaseListQuery):
    """Body of POST /api/cases/search: the same filters, none of them in the URL.

    National ID, phone and email in any formatting (Thai digits, dashes, +66); several
    must all match. An unknown key is refused, so a misspelt filter never widens the
    answer to every case."""

    model_config = ConfigDict(extra="forbid")

    national_id: str | None = Field(default=None, max_length=64)
    phone: str | None = Field(default=None, max_length=64)
    email: str | None = Field(default=None, max_length=254)


class StatusUpdate(BaseModel):
    status: CaseStatusName


class AuditEntryPublic(BaseModel):
    id: int
    at: datetime
    actor: str
    actor_role: str
    action: str
    case_id: int | None
    message_id: int | None
    purpose: str | None
    outcome: str
    details: dict[str, Any]


class AuditPublic(BaseModel):
    data: list[AuditEntryPublic]
    offset: int
    limit: int
