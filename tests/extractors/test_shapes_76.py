"""Unit tests for the ways of writing blind set 76 (the Deep South's Muslim communities)
found the readers getting wrong (issue 8): each on text written afresh, not the set's
strings. Names and numbers are invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests_5 import Field, acroform, pdf_page

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
WIDOW_ID = "3940200517232"
HUSBAND_ID = "3940200140015"


def read(text: str, pdf: bytes = b"") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำขอ"
    msg.set_content(text)
    if pdf:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="form.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def test_a_fillable_forms_fields_named_for_the_deceased_are_his() -> None:
    """A relief form's first part is the dead man's, its fields named so in Thai
    ("ชื่อผู้ตาย", "เลขผู้ตาย") under the captions "ชื่อ-สกุล", "เลขประจำตัวประชาชน": his
    name and ID are never taken for the claimant's unflagged."""
    captions = [(20, 30, "ส่วนที่ 1 ผู้ตาย"), (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"),
                (20, 70, "ส่วนที่ 2 ผู้ยื่นคำขอ"), (20, 80, "ชื่อ-สกุล"), (20, 90, "เลขประจำตัวประชาชน"),
                (20, 100, "โทรศัพท์")]  # fmt: skip
    fields = [Field("ชื่อผู้ตาย", "นายอาแซ ลาเต๊ะ", 60, 40, 100),
              Field("เลขผู้ตาย", HUSBAND_ID, 60, 50, 60),
              Field("ชื่อผู้ยื่น", "นางแวนะ ลาเต๊ะ", 60, 80, 100),
              Field("เลขผู้ยื่น", WIDOW_ID, 60, 90, 60),
              Field("โทรผู้ยื่น", "081-662-0417", 60, 100, 60)]  # fmt: skip
    case = read("ส่งแบบคำขอที่กรอกแล้วค่ะ\n", pdf=acroform(pdf_page(captions, size=13), fields))
    assert case.fields["full_name"] == "นางแวนะ ลาเต๊ะ"
    assert case.fields["national_id"] == WIDOW_ID
