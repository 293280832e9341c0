"""Another person's lines in a form typed as text: a guarantor's line on a lease's dotted
lines, too long for a heading, opens his part (his home and phone under it are his); the
dead man's rows of an e-service's mail, his name given in parts (คำนำหน้า, ชื่อ,
นามสกุล), stay his to the next heading (set 114). Names, numbers and places invented;
IDs with their check digit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = with_check_digit("340010066271")
OTHER_ID = with_check_digit("340010090318")


def _mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Kanya <kanya.p@example.com>"
    msg["To"] = "market@ubon.example.go.th"
    msg["Subject"] = "คำขอ"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_guarantors_dotted_line_opens_his_part() -> None:
    case = _mail(
        f"ข้าพเจ้า....นางกัญญา พรหมมา....อายุ....44....ปี เลขประจำตัวประชาชน....{OWN_ID}....\n"
        "อยู่บ้านเลขที่....17....หมู่ที่....3....ถนน....-....\n"
        "ตำบล/แขวง....ขามใหญ่....อำเภอ/เขต....เมืองอุบลราชธานี....จังหวัด....อุบลราชธานี....รหัสไปรษณีย์....34000....\n"
        "โทรศัพท์....089-331-4470....อีเมล....kanya.p@example.com....\n"
        "มีความประสงค์ขอเช่าแผงเลขที่....ก-7....\n"
        f"ผู้ค้ำประกัน ชื่อ....นายประยุทธ ทองแท้....เลขประจำตัวประชาชน....{OTHER_ID}....\n"
        "อยู่บ้านเลขที่....5 ถนนชยางกูร ตำบลในเมือง อำเภอเมืองอุบลราชธานี จังหวัดอุบลราชธานี 34000....\n"
        "โทรศัพท์....081-660-2291....\n"
    )
    assert case.fields.get("phone") == "+66893314470"
    assert case.fields.get("national_id") == OWN_ID
    assert (case.fields.get("address") or "").startswith("17")


def test_the_dead_mans_rows_in_parts_stay_his() -> None:
    case = _mail(
        "ระบบบริการออนไลน์ (e-Service)\n"
        "ข้อมูลผู้ยื่นคำขอ\n"
        "คำนำหน้า : นาง\nชื่อ : กัญญา\nนามสกุล : พรหมมา\n"
        f"เลขประจำตัวประชาชน : {OWN_ID}\n"
        "โทรศัพท์มือถือ : 0893314470\n"
        "ข้อมูลผู้ถึงแก่กรรม\n"
        "คำนำหน้า : นาย\nชื่อ : ทองดี\nนามสกุล : พรหมมา\n"
        f"เลขประจำตัวประชาชน : {OTHER_ID}\n"
        "วันที่ถึงแก่กรรม : 02/12/2569\n"
    )
    assert case.fields.get("national_id") == OWN_ID
    assert case.fields.get("full_name") != "ทองดี"
