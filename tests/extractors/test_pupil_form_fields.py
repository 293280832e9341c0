"""A fillable form on a pupil made with English field names (a bursary or enrolment form:
"student_name", "student_id", then the guardian's "guardian_name", "guardian_id") (issue 8,
set 115). The guardian's boxes are another's, as a carer's or a spouse's are; a box named
"student_id" holding 13 digits whose check digit holds, under the printed caption
"เลขประจำตัวประชาชน", is the pupil's national ID, not a student number. Names and numbers
invented."""

from email.message import EmailMessage
from pathlib import Path

import pytest
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
PUPIL = with_check_digit("163010042871")
GUARDIAN = with_check_digit("363010055402")


def spaced(nid: str) -> str:
    return f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}"


def _read(pupil_box: str, pupil_caption: str, pupil_value: str, guardian: str) -> ExtractedCase:
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(40, 18, "แบบขอรับเงินอุดหนุนนักเรียนยากจน"), (20, 40, "ชื่อ-สกุลนักเรียน"),
                (20, 50, pupil_caption), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
                (20, 70, "โทรศัพท์นักเรียน"), (20, 100, "ชื่อ-สกุลผู้ปกครอง"),
                (20, 110, "เลขประจำตัวประชาชนผู้ปกครอง"), (20, 120, "โทรศัพท์ผู้ปกครอง")]  # fmt: skip
    fields = [Field("student_name", "นางสาวพรรณวดี สุขเกษม", 55, 40, 100),
              Field(pupil_box, pupil_value, 68, 50, 50),
              Field("student_dob", "3 สิงหาคม 2552", 135, 50, 45),
              Field("student_address", "45 หมู่ 2 ตำบลดอนแก้ว อำเภอแม่ริม เชียงใหม่ 50180", 35, 60, 160),
              Field("student_phone", "093-518-2274", 55, 70, 55),
              Field(f"{guardian}_name", "นางบุญศรี สุขเกษม", 60, 100, 90),
              Field(f"{guardian}_id", spaced(GUARDIAN), 80, 110, 45),
              Field(f"{guardian}_phone", "081-447-9063", 60, 120, 45)]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "Panwadee <panwadee.sk@example.com>"
    msg["To"] = "edu@example.go.th"
    msg["Subject"] = "ส่งแบบขอรับเงินอุดหนุน"
    msg.set_content("ส่งแบบฟอร์มค่ะ\n")
    data = acroform(pdf_page(captions, size=13, face="Garuda"), fields)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return extract_case(parse_message(bytes(msg)), load_templates(FORMS))


@pytest.mark.parametrize("guardian", ["guardian", "parent"])
def test_the_pupils_id_in_a_box_named_student_id(guardian: str) -> None:
    case = _read("student_id", "เลขประจำตัวประชาชน", spaced(PUPIL), guardian)
    assert case.fields.get("national_id") == PUPIL


def test_the_guardians_id_alone_is_looked_at() -> None:
    # the pupil's own box left a student number: the guardian's ID is never taken silently
    case = _read("student_no", "เลขประจำตัวนักเรียน", "20571", "guardian")
    got = case.fields.get("national_id")
    assert got != GUARDIAN or case.issues.get("national_id")


def test_a_student_number_in_a_box_named_student_id_is_no_id() -> None:
    case = _read("student_id", "เลขประจำตัวนักเรียน", "20571", "guardian")
    assert case.fields.get("national_id") != "20571"
    assert case.raw_fields.get("student_number", "20571") == "20571"
