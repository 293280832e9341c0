"""A child-care centre's application (Word) over dotted lines: the child's part (her
name, then her ID on the next line), then a parent's and the guardian's parts, each
with a name and an ID on one line, the guardian's certifying sentence and signature at
the foot. The child's is the record (sets 31/63, 64): the ID under her own name is hers,
never a parent's or the guardian's. Names and numbers invented (IDs with a valid check
digit)."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import docx
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
CHILD_ID = with_check_digit("164010051173")
MOTHER_ID = with_check_digit("164990022317")
GRAN_ID = with_check_digit("364010007745")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _read(paragraphs: list[str]) -> ExtractedCase:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    msg = EmailMessage()
    msg["From"] = "Som <som.k@example.com>"
    msg["To"] = "cdc@example.go.th"
    msg["Subject"] = "ใบสมัคร"
    msg.set_content("ส่งใบสมัครค่ะ")
    msg.add_attachment(out.getvalue(), maintype=DOCX[0], subtype=DOCX[1], filename="a.docx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_id_under_the_childs_name_is_hers() -> None:
    dots = "........"
    case = _read([
        "ใบสมัครเข้าเรียน ศูนย์พัฒนาเด็กเล็กบ้านสวน",
        "1. ข้อมูลเด็ก",
        f"ชื่อ - นามสกุล (เด็ก) {dots}เด็กหญิงใบข้าว ศรีสุข{dots} ชื่อเล่น {dots}ข้าว{dots}",
        f"เลขประจำตัวประชาชน {dots}{CHILD_ID}{dots}",
        f"ที่อยู่ บ้านเลขที่ {dots}5{dots} หมู่ที่ {dots}2{dots} ตำบล {dots}บ้านสวน{dots} "
        f"อำเภอ {dots}เมืองสุโขทัย{dots} จังหวัด {dots}สุโขทัย{dots}",
        "2. ข้อมูลมารดา",
        f"ชื่อ - นามสกุล {dots}นางสาวสมใจ ศรีสุข{dots} เลขประจำตัวประชาชน {dots}{MOTHER_ID}{dots}",
        "3. ข้อมูลผู้ปกครอง (ผู้ที่เด็กอาศัยอยู่ด้วย)",
        f"ชื่อ - นามสกุล {dots}นางบุญมา ศรีสุข{dots} เกี่ยวข้องเป็น {dots}ยาย{dots} "
        f"เลขประจำตัวประชาชน {dots}{GRAN_ID}{dots}",
        "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง",
        "ลงชื่อ ........................ ผู้ปกครอง\n( นางบุญมา ศรีสุข )",
    ])  # fmt: skip
    assert case.fields.get("full_name") == "เด็กหญิงใบข้าว ศรีสุข"
    assert case.fields.get("national_id") == CHILD_ID
