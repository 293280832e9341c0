"""What a receipt states, and the dates as Thai and English readers expect them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from urllib.parse import urlencode
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


class ReceiptFacts(BaseModel):
    """Everything the receipt PDF and the acknowledgement state; no personal data."""

    model_config = ConfigDict(frozen=True)

    receipt_no: str
    received_at: datetime
    mail_sha256: str
    attachments: list[AttachmentFact]
    answer_by: date
    agency_th: str
    agency_en: str
    verify_url: str


def verify_link(public_url: str, receipt_no: str, mail_sha256: str) -> str:
    query = urlencode({"receipt": receipt_no, "sha256": mail_sha256})
    return f"{public_url.rstrip('/')}/verify?{query}"


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
