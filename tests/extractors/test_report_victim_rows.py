"""A report's sheet of people a row each, a column naming each one's part: the victim
(ผู้เสียหาย) a row, the one who reports for her (ผู้แจ้ง) a row, perhaps the other side's.
The report is the victim's (sets 31/63: a service for one person asked by another is the
one it is for): her row, not her informant's. Where the informant's part says he acts for
her (a kin word, แทน) that is sure; a bare ผู้แจ้ง beside her is flagged. A complainant's
own row (ผู้ร้อง) beside a victim's cannot be told apart surely either: flagged. The
commoner complaint, the complainant over the party complained of (ผู้ถูกร้อง, คู่กรณี), still
reads the complainant's row, sure. Names, numbers and places invented."""

from __future__ import annotations

import io
import sys
from email.message import EmailMessage
from pathlib import Path

import openpyxl

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.sheet_roles import own_role_row
from extractors.templates import load_templates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

VICTIM_ID = with_check_digit("350020011447")
INFORMANT_ID = with_check_digit("150020088213")
VICTIM = "นางคำปุน ดวงแก้ว"
INFORMANT = "นางสาวอรอุมา ดวงแก้ว"
HEADER = ("ฐานะ", "ชื่อ-นามสกุล", "เลขบัตรประชาชน", "วันเดือนปีเกิด", "ที่อยู่", "เบอร์โทร")
VICTIMS_HOME = "17 หมู่ 6 ตำบลแม่ทา อำเภอแม่ออน จังหวัดเชียงใหม่ 50130"
INFORMANTS_HOME = "88/4 ถนนช้างคลาน ตำบลช้างคลาน อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50100"
VICTIMS_ROW = ("ผู้เสียหาย", VICTIM, VICTIM_ID, "4 ก.ย. 2494", VICTIMS_HOME, "-")


def _informants_row(role: str) -> tuple[str, ...]:
    return (role, INFORMANT, INFORMANT_ID, "", INFORMANTS_HOME, "089-664-1203")


def _sheet(*rows: tuple[str, ...]) -> ExtractedCase:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(("แบบรายงานข้อมูลผู้ถูกหลอกลวง",))
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = "onuma.dk@example.com"
    msg["To"] = "complaint@example.go.th"
    msg["Subject"] = "แจ้งเรื่องถูกหลอก"
    msg.set_content("เรียน เจ้าหน้าที่\nส่งข้อมูลตามไฟล์แนบค่ะ\n")
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="report.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def test_a_daughter_reporting_for_her_mother_gives_the_mothers_row() -> None:
    case = _sheet(
        VICTIMS_ROW,
        _informants_row("ผู้แจ้ง (ลูกสาว)"),
        ("คู่กรณี (ผู้ขาย)", "นายวิชิต ทองเปลว", "", "", "", "062-118-4470"),
    )
    assert case.fields["full_name"] == VICTIM
    assert case.fields["national_id"] == VICTIM_ID
    assert case.fields["birth_date"] == "1951-09-04"
    assert "แม่ทา" in (case.fields["address"] or "")
    assert case.fields.get("phone") in (None, "")  # hers is "-": her daughter's is not hers


def test_one_who_reports_in_her_stead_gives_her_row_too() -> None:
    case = _sheet(_informants_row("ผู้แจ้งแทน"), VICTIMS_ROW)
    assert case.fields["full_name"] == VICTIM
    assert case.fields["national_id"] == VICTIM_ID


def test_a_bare_informant_beside_the_victim_gives_her_row_flagged() -> None:
    # "(อาสาสมัคร)" opens with อา, a kin word, but names none: no more than a bare ผู้แจ้ง
    for role in ("ผู้แจ้ง", "ผู้แจ้ง (อาสาสมัคร)"):
        case = _sheet(VICTIMS_ROW, _informants_row(role))
        assert case.fields["full_name"] == VICTIM, role
        assert _flagged(case, "full_name") and _flagged(case, "national_id"), role


def test_a_complainant_beside_a_victim_is_flagged() -> None:
    case = _sheet(_informants_row("ผู้ร้อง"), VICTIMS_ROW)
    assert _flagged(case, "full_name") and _flagged(case, "national_id")


def test_a_complaint_against_another_still_reads_the_complainant() -> None:
    case = _sheet(
        _informants_row("ผู้ร้องเรียน"),
        ("ผู้ถูกร้อง", "นายวิชิต ทองเปลว", "", "", "", "062-118-4470"),
    )
    assert case.fields["full_name"] == INFORMANT
    assert case.fields["national_id"] == INFORMANT_ID
    assert not _flagged(case, "full_name")


def test_a_table_of_a_report_gives_the_victims_row() -> None:
    people = [
        ["ผู้เสียหาย", VICTIM, VICTIM_ID],
        ["ผู้แจ้ง (หลาน)", INFORMANT, INFORMANT_ID],
        ["ผู้ต้องสงสัย", "นายวิชิต ทองเปลว", ""],
    ]
    assert own_role_row(people) == 0
    assert own_role_row([people[1], ["ผู้ถูกร้อง", "นายวิชิต ทองเปลว", ""]]) == 0


def test_a_notice_labelling_the_victim_and_the_informant_gives_the_victims_id() -> None:
    msg = EmailMessage()
    msg["From"] = "onuma.dk@example.com"
    msg["To"] = "complaint@example.go.th"
    msg["Subject"] = "แจ้งเรื่องถูกหลอก"
    msg.set_content(
        f"ชื่อผู้เสียหาย: {VICTIM}\nเลขประจำตัวประชาชนผู้เสียหาย: {VICTIM_ID}\n"
        f"ชื่อผู้แจ้ง: {INFORMANT}\nเลขประจำตัวประชาชนผู้แจ้ง: {INFORMANT_ID}\n"
        "เบอร์โทรผู้แจ้ง: 089-664-1203\n"
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields["full_name"] == VICTIM
    assert case.fields["national_id"] == VICTIM_ID
    assert case.fields.get("phone") is None or _flagged(case, "phone")
