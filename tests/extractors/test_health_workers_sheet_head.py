"""A health worker's or unit's sheet on a patient: its head block is its own.

A volunteer who surveys her village heads her sheet with her own rows under the caption
of what she does, her post in brackets ("ผู้สำรวจ (อสม.) | นาง... ", her ID, her "โทร"),
then the person's rows, his own "โทรศัพท์" among them: her number is never his.

A health unit's sheet of the patients it refers names it in the title: a hospital's or a
health centre's referral sheet opens with a title naming the unit and its patients
("รายชื่อผู้ป่วยส่งต่อ ... โรงพยาบาล..."), the unit's address and line under it, then a
header over the patients' rows: the head's address and line are the unit's, never the
patient's (sets 31/63, 37). A citizen's own sheet, titled with no health unit, is read as
before. Names and numbers invented (IDs with a valid check digit)."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PATIENT_ID = with_check_digit("460030019924")
PATIENT_HOME = "41 หมู่ 6 ตำบลนาจารย์ อำเภอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์ 46000"


def _sheet(title: str) -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append((title,))
    ws.append(("ที่อยู่", "ถนนกาฬสินธุ์ ตำบลกาฬสินธุ์ อำเภอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์ 46000", "",
               "โทร", "043-811-520 ต่อ 3102"))  # fmt: skip
    ws.append(())
    ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "เบอร์ญาติ"))
    ws.append((1, "นายบุญมี ศรีหา", PATIENT_ID, PATIENT_HOME, "0817752046"))
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _read(sheet: bytes) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "social.work@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งต่อผู้ป่วย"
    msg.set_content("แนบรายชื่อผู้ป่วยค่ะ\n")
    msg.add_attachment(sheet, maintype="application", subtype=XLSX.split("/")[1],
                       filename="refer.xlsx")  # fmt: skip
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def test_the_units_line_and_place_in_its_titled_head_are_not_the_patients() -> None:
    case = _read(_sheet("รายชื่อผู้ป่วยส่งต่อเพื่อขอรับการสงเคราะห์ โรงพยาบาลกาฬสินธุ์"))
    assert case.fields.get("national_id") == PATIENT_ID
    assert case.fields.get("address") == PATIENT_HOME
    assert case.fields.get("phone") is None or _flagged(case, "phone")


def test_a_citizens_own_sheet_naming_a_hospital_keeps_her_place_and_phone() -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(("แบบขอใช้รถรับส่งไปโรงพยาบาลกาฬสินธุ์",))
    ws.append(("ที่อยู่", PATIENT_HOME, "", "โทร", "081-775-2046"))
    ws.append(())
    ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันที่นัด", "เวลา"))
    ws.append((1, "นายบุญมี ศรีหา", PATIENT_ID, "12/01/2570", "08:00"))
    data = io.BytesIO()
    book.save(data)
    case = _read(data.getvalue())
    assert case.fields.get("address") == PATIENT_HOME
    assert case.fields.get("phone") == "+66817752046"


def test_a_surveying_volunteers_number_in_her_head_rows_is_not_the_persons() -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(("แบบสำรวจผู้สูงอายุติดบ้าน",))
    ws.append(("ผู้สำรวจ (อสม.)", "นางทองใบ ศรีหา", "เลขที่บัตร อสม.", "46-0312-0077"))
    ws.append(("โทร", "0891120456"))
    ws.append(())
    ws.append(("ชื่อ-สกุล", "นายบุญมี ศรีหา"))
    ws.append(("เลขประจำตัวประชาชน", PATIENT_ID))
    ws.append(("ที่อยู่", PATIENT_HOME))
    ws.append(("โทรศัพท์", "0817752046"))
    data = io.BytesIO()
    book.save(data)
    case = _read(data.getvalue())
    assert case.fields.get("national_id") == PATIENT_ID
    assert case.fields.get("phone") == "+66817752046"
