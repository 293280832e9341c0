"""A university's numbered letter asking a placement for a student: the student it names
before her code is the one it is for, wherever its number and head stand (set 96).
Names and numbers invented."""

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from unseen_requests_5 import DOCX, docx_bytes

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def _read(build: Any) -> Any:
    msg = EmailMessage()
    msg["From"] = "คณะเกษตรศาสตร์ <agri.training@example.ac.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอส่งนักศึกษาเข้าฝึกงาน"
    msg.set_content("เรียน เทศบาลตำบลตัวอย่าง\nแนบหนังสือ\n")
    main, sub = DOCX.split("/")
    msg.add_attachment(docx_bytes(build), maintype=main, subtype=sub, filename="letter.docx")
    return extract_case(parse_message(bytes(msg)), load_templates(FORMS))


def test_the_student_named_before_her_code_is_the_one_the_letter_is_for() -> None:
    def build(d: Any) -> None:
        d.add_paragraph("ที่ อว 0655.12/771\t\t\tคณะเกษตรศาสตร์ มหาวิทยาลัยตัวอย่าง")
        d.add_paragraph("\t\t\t\t5 มกราคม 2570")
        d.add_paragraph("เรื่อง ขอส่งนักศึกษาเข้าฝึกงาน")
        d.add_paragraph("เรียน นายกเทศมนตรีตำบลตัวอย่าง")
        d.add_paragraph(
            "ตามที่ นางสาวชลธิชา วงศ์คำ รหัสนักศึกษา 6620114587 ชั้นปีที่ 3 "
            "มีความประสงค์จะฝึกงานที่กองสาธารณสุข ระหว่างวันที่ 1-30 เมษายน 2570 "
            "จึงเรียนมาเพื่อโปรดพิจารณา"
        )
        d.add_paragraph("ขอแสดงความนับถือ\n\n(นายปรีชา แก้วมณี)\nคณบดีคณะเกษตรศาสตร์")

    case = _read(build)
    assert case.fields.get("full_name") == "นางสาวชลธิชา วงศ์คำ"


def test_a_typed_pdf_letter_names_its_student_before_her_code() -> None:
    from unseen_requests_5 import pdf_page

    lines = [(20, 20, "ที่ อว 0655.12/804"), (115, 20, "คณะเกษตรศาสตร์ มหาวิทยาลัยตัวอย่าง"),
             (115, 28, "12 มกราคม 2570"), (20, 40, "เรื่อง ขอส่งนักศึกษาเข้าฝึกงาน"),
             (20, 48, "เรียน นายกเทศมนตรีตำบลตัวอย่าง"),
             (30, 60, "ด้วย นายพีรพล ศรีบุญ รหัสนักศึกษา 6620117702 ประสงค์จะฝึกงาน ณ กองช่าง"),
             (110, 80, "ขอแสดงความนับถือ"), (100, 96, "(นายปรีชา แก้วมณี)"),
             (100, 104, "คณบดีคณะเกษตรศาสตร์")]  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "คณะเกษตรศาสตร์ <agri.training@example.ac.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอส่งนักศึกษาเข้าฝึกงาน"
    msg.set_content("แนบหนังสือ\n")
    data = pdf_page(lines, size=13, face="Loma")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="letter.pdf")
    case = extract_case(parse_message(bytes(msg)), load_templates(FORMS))
    assert case.fields.get("full_name") == "นายพีรพล ศรีบุญ"


def test_the_advisors_mobile_after_the_students_is_his() -> None:
    from extractors.whose_phone import said_of_another

    text = "ติดต่อนักศึกษาได้ที่ 061-558-2290 หรืออาจารย์ที่ปรึกษา อาจารย์สุริยา มั่นคง โทร 089-117-4032"
    assert said_of_another(text, text.index("089"))
    assert not said_of_another(text, text.index("061"))
    # a title is no role: the dean who signs is "อาจารย์ ดร....", "รองศาสตราจารย์ ..."
    signed = "ขอแสดงความนับถือ\n(รองศาสตราจารย์ ดร.มานพ ใจดี)\nคณบดี\nโทรศัพท์ 055-118-220"
    assert said_of_another(signed, signed.index("055")) == said_of_another(
        signed.replace("รองศาสตราจารย์ ", ""), signed.replace("รองศาสตราจารย์ ", "").index("055")
    )


def test_students_beside_the_researcher_who_asks_are_not_the_one_it_is_for() -> None:
    def build(d: Any) -> None:
        d.add_paragraph("ที่ อว 0655.12/902\t\t\tคณะเกษตรศาสตร์ มหาวิทยาลัยตัวอย่าง")
        d.add_paragraph("เรื่อง ขอข้อมูลเพื่อการวิจัย")
        d.add_paragraph("เรียน นายกเทศมนตรีตำบลตัวอย่าง")
        d.add_paragraph(
            "ด้วย นางสาวจิตรา บุญมาก หัวหน้าโครงการวิจัย พร้อมด้วยนักศึกษา นายธวัช ใจงาม "
            "รหัส 6620119904 ขอข้อมูลการใช้น้ำของตำบล จึงเรียนมาเพื่อโปรดพิจารณา"
        )
        d.add_paragraph("ขอแสดงความนับถือ\n\n(นางสาวจิตรา บุญมาก)\nหัวหน้าโครงการวิจัย")

    assert _read(build).fields.get("full_name") == "นางสาวจิตรา บุญมาก"
