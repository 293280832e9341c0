"""What a receipt states, and the dates as Thai and English readers expect them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from hashlib import sha256
from urllib.parse import quote_plus
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

BANGKOK = ZoneInfo("Asia/Bangkok")
THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip


class AttachmentFact(BaseModel):
    """An attachment as the receipt lists it: no file name (it may be personal)."""

    model_config = ConfigDict(frozen=True)

    content_type: str
    size: int
    sha256: str


# The receipt lists this many attachments by hash, then says how many more there were.
# Listing all of a hostile mail's 10,000 one-byte parts took 48 s and 150 pages in the
# worker; the mail's own SHA-256, on every receipt, covers every attachment anyway.
MAX_LISTED = 20


def receipt_attachments(parts: Sequence[tuple[bytes, str]]) -> tuple[list[AttachmentFact], int]:
    """The attachments a receipt lists (content, sniffed type), and how many there were."""
    listed = [
        AttachmentFact(content_type=kind, size=len(content), sha256=sha256(content).hexdigest())
        for content, kind in parts[:MAX_LISTED]
    ]
    return listed, len(parts)


class ReceiptFacts(BaseModel):
    """Everything the receipt PDF and the acknowledgement state; no personal data."""

    model_config = ConfigDict(frozen=True)

    receipt_no: str
    received_at: datetime
    mail_sha256: str
    attachments: list[AttachmentFact]  # the first MAX_LISTED
    attachment_count: int | None = None  # all of them; None in drafts from before the cap
    answer_by: date
    agency_th: str
    agency_en: str
    verify_url: str

    @property
    def total_attachments(self) -> int:
        return len(self.attachments) if self.attachment_count is None else self.attachment_count


def verify_link(public_url: str, receipt_no: str, mail_sha256: str) -> str:
    # urlencode's own spelling of these two (quote_plus, nothing safe), at half its cost
    receipt, sha256 = quote_plus(receipt_no, safe=""), quote_plus(mail_sha256, safe="")
    return f"{public_url.rstrip('/')}/verify?receipt={receipt}&sha256={sha256}"


def answer_by(received_at: datetime, days: int) -> date:
    return (received_at.astimezone(BANGKOK) + timedelta(days=days)).date()


def thai_date(day: date) -> str:
    """1 ธันวาคม พ.ศ. 2569 (Buddhist Era)."""
    return f"{day.day} {THAI_MONTHS[day.month - 1]} พ.ศ. {day.year + 543}"


def thai_datetime(moment: datetime) -> str:
    local = moment.astimezone(BANGKOK)
    return f"{thai_date(local.date())} เวลา {local:%H:%M:%S} น."


def english_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def english_datetime(moment: datetime) -> str:
    local = moment.astimezone(BANGKOK)
    return f"{english_date(local.date())}, {local:%H:%M:%S} (Bangkok time, UTC+7)"
