"""A university's or a school's sheet for one student: the head block under its name (its
coordinator, line, box, the advisor and his mobile) is the office's; the student's rows
below are hers (set 96). Names and numbers invented."""

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from unseen_requests import with_check_digit
from unseen_requests_5 import XLSX, xlsx_bytes

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
NID = with_check_digit("110370045521")


def _read(build: Any) -> Any:
    msg = EmailMessage()
    msg["From"] = "Intern Office <intern@example.ac.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ข้อมูลนักศึกษาฝึกงาน"
    msg.set_content("ส่งข้อมูลนักศึกษาตามไฟล์แนบ\n")
    data = xlsx_bytes(build)
    main, sub = XLSX.split("/")
    msg.add_attachment(data, maintype=main, subtype=sub, filename="student.xlsx")
    return extract_case(parse_message(bytes(msg)), load_templates(FORMS))


def test_the_head_blocks_coordinator_and_advisor_are_not_the_student() -> None:
    def build(book: Any) -> None:
        ws = book.active
        ws.append(("แบบข้อมูลนักศึกษาสหกิจศึกษา 1/2570",))
        ws.append(("สถานศึกษา", "วิทยาลัยเทคนิคตัวอย่าง"))
        ws.append(("ผู้ประสานงาน", "นายวิชัย ศรีงาม", "โทร", "042-511-380"))
        ws.append(("ครูที่ปรึกษา", "นางอำไพ ดวงดี", "มือถือ", "089-330-1472"))
        ws.append(())
        ws.append(("ชื่อ-สกุล", "นายก้องภพ ใจมั่น"))
        ws.append(("เลขประจำตัวประชาชน", NID))
        ws.append(("โทรศัพท์", "062-775-1038"))

    case = _read(build)
    assert case.fields.get("full_name") == "นายก้องภพ ใจมั่น"
    assert case.fields.get("national_id") == NID
    assert case.fields.get("phone") == "+66627751038"


def test_a_staff_members_own_sheet_keeps_her_name_above_her_office() -> None:
    def build(book: Any) -> None:
        ws = book.active
        ws.append(("แบบคำขอลา",))
        ws.append(("ชื่อ-สกุล", "นางสาวพรทิพย์ แสงใส"))
        ws.append(("สังกัด", "กองคลัง"))
        ws.append(("โทรศัพท์", "081-442-7305"))
        ws.append(())
        ws.append(("ผู้รับมอบงาน", "นางสุภา ทองคำ"))

    case = _read(build)
    assert case.fields.get("full_name") == "นางสาวพรทิพย์ แสงใส"
    assert case.fields.get("phone") == "+66814427305"
