"""A sheet of people a row each, a column naming each one's part, where the one who
reports (ผู้แจ้ง) says in her part what she is to another ("ผู้แจ้ง (บุตรสาว)", "ผู้แจ้ง
(หลานชาย)") or that she reports in another's stead (ผู้แจ้งแทน): she reports for that
other, whose row is the only other person's, and the request is that one's (sets 31/63),
whatever his row calls him (a card holder, a patient, an owner). Stop 54 read so
only a victim's row (ผู้เสียหาย). Not where the other row is a complaint's respondent, a
case's other party, a dead person or a certifier: the informant's own row stays read as
hers, as it does beside several others' rows. Names, numbers and places invented."""

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

HOLDER = "นายเสาร์ แก้วประเสริฐ"
HOLDER_ID = with_check_digit("360070022519")
REPORTER = "นางสาวพิมพ์ชนก แก้วประเสริฐ"
REPORTER_ID = with_check_digit("160070099301")
HEADER = ("สถานะ", "ชื่อ - สกุล", "เลขบัตรประจำตัวประชาชน", "เบอร์โทรศัพท์")


def _reporter(role: str) -> tuple[str, ...]:
    return (role, REPORTER, REPORTER_ID, "081-447-2096")


def _sheet(*rows: tuple[str, ...]) -> ExtractedCase:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(("แบบแจ้งเรื่องขอความช่วยเหลือ",))
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    sheet.append(())
    sheet.append(("รายละเอียด", "ค่ารักษาพยาบาลไม่พอ ขอรับการช่วยเหลือ"))
    out = io.BytesIO()
    book.save(out)
    msg = EmailMessage()
    msg["From"] = "pimchanok.k@example.com"
    msg["To"] = "help@example.go.th"
    msg["Subject"] = "แจ้งเรื่องของพ่อ"
    msg.set_content("เรียน เจ้าหน้าที่\nแนบไฟล์ค่ะ\n")
    msg.add_attachment(out.getvalue(), maintype=XLSX[0], subtype=XLSX[1], filename="form.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def test_a_daughter_reporting_for_her_father_gives_his_row() -> None:
    for role in ("ผู้ป่วย", "ผู้ถือบัตร", "เจ้าของบ้าน"):
        case = _sheet(_reporter("ผู้แจ้ง (บุตรสาว)"), (role, HOLDER, HOLDER_ID, "-"))
        assert case.fields["full_name"] == HOLDER, role
        assert case.fields["national_id"] == HOLDER_ID, role
        # his cell is "-": his daughter's mobile is not his
        assert not case.fields.get("phone") or _flagged(case, "phone"), role


def test_one_who_reports_in_his_stead_gives_his_row() -> None:
    case = _sheet(_reporter("ผู้แจ้งแทน"), ("ผู้ถือบัตร", HOLDER, HOLDER_ID, ""))
    assert case.fields["full_name"] == HOLDER


def test_a_complaint_against_another_still_reads_the_informant() -> None:
    # the commonest such sheet: she complains herself of another; her kin note does not
    # make the respondent the applicant
    for role in ("ผู้ถูกร้องเรียน", "คู่กรณี", "ผู้ตาย", "ผู้รับรอง"):
        case = _sheet(_reporter("ผู้แจ้ง (บุตรสาว)"), (role, HOLDER, HOLDER_ID, "089-120-7734"))
        assert case.fields["full_name"] == REPORTER, role
        assert case.fields["national_id"] == REPORTER_ID, role


def test_a_bare_informant_keeps_her_own_row() -> None:
    # no word says she reports for him: a complaint's own ผู้แจ้ง, as before
    case = _sheet(_reporter("ผู้แจ้ง"), ("ผู้ถูกร้องเรียน", HOLDER, HOLDER_ID, ""))
    assert case.fields["full_name"] == REPORTER


def test_a_table_of_a_kin_report() -> None:
    people = [["ผู้แจ้ง (หลานชาย)", REPORTER, REPORTER_ID], ["ผู้ถือบัตร", HOLDER, HOLDER_ID]]
    assert own_role_row(people) == 1
    # two others beside her: which one she reports for is not said
    three = [*people, ["ผู้ป่วย", "นางบุญมา แสงทอง", ""]]
    assert own_role_row(three) != 1 and own_role_row(three) != 2
    assert own_role_row([people[0], ["ผู้ถูกร้อง", HOLDER, ""]]) == 0


def test_a_parent_notifying_a_birth_keeps_her_row() -> None:
    # "ผู้แจ้ง (บิดา)" beside the newborn's row: the birth's notice is its informant's
    people = [["ทารก", "เด็กหญิงพลอย แก้วประเสริฐ", ""], ["ผู้แจ้ง (บิดา)", HOLDER, HOLDER_ID]]
    assert own_role_row(people) == 1


def test_one_who_sends_or_files_in_his_stead_gives_his_row() -> None:
    # "ผู้ส่งแทน (หลาน)", "ผู้ยื่นแทน", "ผู้กรอกแทน": a grandchild's or a neighbour's part
    # saying she sends for him, his row above or below hers
    for role in ("ผู้ส่งแทน (หลาน)", "ผู้ยื่นแทน", "ผู้กรอกข้อมูลแทน"):
        for rows in (
            ((("เจ้าของบ้าน", HOLDER, HOLDER_ID, "-")), _reporter(role)),
            (_reporter(role), ("ผู้ถือบัตร", HOLDER, HOLDER_ID, "")),
        ):
            case = _sheet(*rows)
            assert case.fields["full_name"] == HOLDER, role
            assert case.fields["national_id"] == HOLDER_ID, role
            assert not case.fields.get("phone") or _flagged(case, "phone"), role


def test_one_who_sends_in_his_stead_against_a_respondent_keeps_her_row() -> None:
    case = _sheet(_reporter("ผู้ส่งแทน"), ("ผู้ถูกร้องเรียน", HOLDER, HOLDER_ID, ""))
    assert case.fields.get("full_name") != HOLDER
