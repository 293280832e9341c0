"""The principles set 13 of the requests written by others (unseen_requests_13.py) showed
the readers of attached files were missing, each on a small file made here."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
LABELS = matcher_for(TEMPLATES)


def mail_with(*files: tuple[str, bytes, str]) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำร้อง"
    msg.set_content("ส่งแบบคำร้องตามแนบค่ะ\n")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


HEAD = ["ประทับเวลา", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "โทรศัพท์มือถือ"]
FIRST = ["1/12/2026 9:00:01", "นายธีรพงษ์ คำภา", "1409900184623", "0925518763"]
LATER = ["1/12/2026 9:20:44", "นายธีรพงษ์ คำภา", "1409900184623", "0925518736"]


def test_the_last_of_several_responses_under_a_header_row_is_read_first() -> None:
    """An online form's export, one row per response: the later response (a citizen's
    correction) comes first, the earlier one after it."""
    from extractors.xlsx_form import xlsx_lines

    lines = xlsx_lines([HEAD, FIRST, LATER], LABELS)
    assert lines.index("โทรศัพท์มือถือ: 0925518736") < lines.index("โทรศัพท์มือถือ: 0925518763")


def test_two_responses_that_differ_give_the_later_value_flagged() -> None:
    text = "\r\n".join(",".join(row) for row in (HEAD, FIRST, LATER)) + "\r\n"
    case = mail_with(("responses.csv", text.encode(), "text/csv"))
    assert case.fields["phone"] in ("0925518736", "+66925518736")
    assert case.issues.get("phone")
    assert not case.issues.get("national_id")
