"""Masked forms of personal data for screens and exports (revealing is audited elsewhere).

Masks keep just enough for a clerk to tell records apart: the first and last digits of
a national ID, the last four digits of a phone, the first letter and domain of an email.
"""

from __future__ import annotations

from extractors.base import FieldType

MASK = "x"


def mask_national_id(value: str) -> str:
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) != 13:
        return mask_text(value)
    return f"{digits[0]}-{digits[1:5]}-{MASK * 5}-{MASK * 2}-{digits[12]}"


def mask_phone(value: str) -> str:
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) < 6:
        return MASK * len(digits)
    return MASK * (len(digits) - 4) + digits[-4:]


def mask_email(value: str) -> str:
    local, at, domain = value.partition("@")
    if not at:
        return mask_text(value)
    return f"{local[:1]}{MASK * 3}@{domain}"


def mask_text(value: str) -> str:
    """First character, then a fixed-length mask: the length itself can identify."""
    value = value.strip()
    return f"{value[:1]}{MASK * 4}" if value else ""


def mask_value(value: str | None, field_type: FieldType) -> str | None:
    if value is None:
        return None
    if field_type == "national_id":
        return mask_national_id(value)
    if field_type == "phone":
        return mask_phone(value)
    if field_type == "email":
        return mask_email(value)
    if field_type in ("date", "postal_code"):
        return MASK * len(value)
    return mask_text(value)
