"""The shipped templates pick themselves as a clerk would file the request."""

from pathlib import Path

import pytest

from extractors.extract import _folded, _generic_words, extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def _mail(subject: str, body: str) -> bytes:
    return (f"Subject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("ขอสำเนาทะเบียนบ้าน", "document_copy"),  # a copy, but not a school record
        ("ขอสำเนา ปพ.1", "document_request"),  # the longer, school keyword wins
        ("ขอ ปพ.2 ใบประกาศนียบัตร", "document_request"),
        ("ขอข้อมูลข่าวสารตาม พ.ร.บ.ข้อมูลข่าวสาร", "foi_request"),
        ("ขอต่ออายุใบอนุญาตประกอบกิจการ", "permit"),
        ("ขอนัดหมายเข้าพบนายก", "appointment"),
        ("ขอใบรับรองการศึกษา", "document_request"),
        ("ขอ ปพ.1 ฉบับจริง", "document_request"),
        ("ร้องเรียนเรื่องเสียงดังจากโรงงาน", "complaint"),
        ("สอบถามข้อมูล", "general_request"),
    ],
)
def test_subject_picks_the_template(subject: str, expected: str) -> None:
    parsed = parse_message(_mail(subject, "ชื่อ-นามสกุล: ทดสอบ ระบบ\nรายละเอียด: ตัวอย่าง"))
    result = extract_case(parsed, load_templates(FORMS))
    assert result.template == expected, result.template_reason
    assert result.template_reason  # the choice is explained


def test_keywords_are_folded_once_and_an_edited_template_is_read_anew() -> None:
    templates = load_templates(FORMS)
    parsed = parse_message(_mail("ขอรับน้ำดื่มสะอาดพิเศษ", "ชื่อ-นามสกุล: ทดสอบ ระบบ"))
    before = extract_case(parsed, templates).template
    target = next(t for t in templates if t.name != before and not t.rules.default)
    hits = _folded.cache_info().hits
    extract_case(parsed, templates)
    assert _folded.cache_info().hits > hits  # the second mail reuses the folded words
    # The caches are keyed by the words, not the objects: an edit is seen at once.
    target.rules.subject_keywords.append("น้ำดื่มสะอาดพิเศษ")
    assert extract_case(parsed, templates).template == target.name
    assert _folded.cache_info().maxsize == 256
    assert _generic_words.cache_info().maxsize == 16


def test_a_job_application_with_its_education_is_no_school_record_request() -> None:
    # A job application lists where she studied and when she finished: those are
    # labels of document_request's fields, but she asks for no school record (set 59).
    body = (
        "ชื่อ-นามสกุล: นางสาวทดลอง ใจเย็น\nโทรศัพท์: 089-000-1234\n"
        "ระดับการศึกษา: ปริญญาตรี\nสถานศึกษา: วิทยาลัยสมมุติ\nปีที่จบ: 2561\n"
    )
    templates = load_templates(FORMS)
    for subject in ("สมัครงาน ตำแหน่งพนักงานธุรการ", "ส่งใบสมัคร", "สมัครสอบพนักงานจ้าง"):
        result = extract_case(parse_message(_mail(subject, body)), templates)
        assert result.template == "general_request", result.template_reason
    # A school record asked for a job is still a school record request.
    asked = extract_case(parse_message(_mail("ขอใบรับรองการศึกษา เพื่อสมัครงาน", body)), templates)
    assert asked.template == "document_request", asked.template_reason
