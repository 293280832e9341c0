"""A typed mail read the way the service reads it, for the tests of mail shapes."""

from __future__ import annotations

from email.message import EmailMessage
from functools import cache
from pathlib import Path

from extractors.base import ExtractedCase, FormTemplate
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def templates() -> list[FormTemplate]:
    return load_templates(ROOT / "config" / "forms")


def read(text: str | None = None, html: str | None = None, subject: str = "คำร้อง") -> ExtractedCase:
    """The case extracted from a mail with this plain and/or HTML body, with the shipped
    templates."""
    msg = EmailMessage()
    msg["From"] = "a@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    if text is not None:
        msg.set_content(text, charset="utf-8")
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html", charset="utf-8")
        else:
            msg.add_alternative(html, subtype="html", charset="utf-8")
    return extract_case(parse_message(bytes(msg)), templates())


def flagged(case: ExtractedCase, key: str) -> bool:
    """Whether a clerk is asked to check the field: an issue on it, or a flag its
    reading carries (a value read by OCR, a repaired digit)."""
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)
