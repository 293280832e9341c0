"""A hospital's typed disability certificate sent on by a relative: the patient's paper.

"เอกสารรับรองความพิการ" (as "ใบรับรองแพทย์" and "ใบรับรองความพิการ", set 81) opens with the
doctor's own line, "ข้าพเจ้า แพทย์หญิง... ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ ว....", then
the one examined, "ชื่อ นาย... HN ...": the doctor certifies, the patient is the one the
request is for (sets 31/63), and neither name runs on into the licence's or the
hospital number's words. Names and numbers invented (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit
from unseen_requests_5 import pdf_page

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
PATIENT_ID = with_check_digit("360040015538")


def _read(lines: tuple[str, ...]) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Kan <kan.rel@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งเอกสาร"
    msg.set_content("แนบเอกสารของพ่อครับ\n")
    page = pdf_page([(25, 25 + 9 * n, line) for n, line in enumerate(lines)], face="Loma")
    msg.add_attachment(page, maintype="application", subtype="pdf", filename="cert.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_patient_examined_over_the_doctor_who_certifies() -> None:
    case = _read((
        "เอกสารรับรองความพิการ",
        "โรงพยาบาลชุมแสง",
        "ข้าพเจ้า แพทย์หญิงนภา ณ ถลาง ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่",
        "ว.48812 ได้ตรวจร่างกาย",
        "ชื่อ นายเสถียร บุญมา HN 61-0032",
        f"เลขประจำตัวประชาชน {PATIENT_ID}",
        "ที่อยู่ 7 หมู่ 2 ตำบลชุมแสง อำเภอชุมแสง จังหวัดนครสวรรค์ 60120",
    ))  # fmt: skip
    assert case.fields.get("full_name") == "นายเสถียร บุญมา"
    assert case.fields.get("national_id") == PATIENT_ID


def test_a_patients_name_before_his_hospital_number_ends_there() -> None:
    msg = EmailMessage()
    msg["From"] = "Kan <kan.rel@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอลงทะเบียนคนพิการ"
    msg.set_content(
        "เรียน เจ้าหน้าที่\n\nชื่อ-สกุล นายสมาน ดีงาม HN 64-00218 AN 6701882\n"
        f"เลขประจำตัวประชาชน {PATIENT_ID}\n"
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("full_name") == "นายสมาน ดีงาม"
