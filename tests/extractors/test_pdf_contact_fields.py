"""A fillable form with the one who asks and, in a part of its own, the person to call
about the event or the works ("ผู้ประสานงาน", "โทรผู้ประสานงาน"): a second person beside
the applicant, whose name and phone are never taken over hers silently (set 100: a town's
event permit). Invented people and numbers."""

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
OWN_ID = with_check_digit("150990034712")


def _with_pdf(data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Pimchanok <pimchanok.w@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขออนุญาตจัดงานวิ่งการกุศล"
    msg.set_content("ส่งแบบคำขอที่กรอกแล้วค่ะ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return bytes(msg)


def _form(own_phone: bool) -> bytes:
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(40, 20, "แบบคำขอใช้พื้นที่สาธารณะ"), (20, 40, "ชื่อผู้ยื่นคำขอ"),
                (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "โทรศัพท์"),
                (20, 80, "ชื่องาน"), (20, 95, "ผู้ประสานงาน"), (120, 95, "โทร")]  # fmt: skip
    fields = [Field("ชื่อผู้ยื่นคำขอ", "นางสาวพิมพ์ชนก วงศ์ใหญ่", 60, 40, 90),
              Field("เลขประจำตัวประชาชน", OWN_ID, 60, 50, 55),
              Field("ชื่องาน", "เดิน-วิ่งริมกว๊าน", 45, 80, 90),
              Field("ผู้ประสานงาน", "นายธนากร สุขเกษม", 50, 95, 60),
              Field("โทรผู้ประสานงาน", "089-554-3120", 130, 95, 45)]  # fmt: skip
    if own_phone:
        fields.append(Field("โทรศัพท์", "062-118-4057", 45, 60, 55))
    return acroform(pdf_page(captions, size=12), fields)


def test_the_coordinators_part_is_not_the_applicants() -> None:
    case = extract_case(parse_message(_with_pdf(_form(True))), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางสาวพิมพ์ชนก วงศ์ใหญ่"
    assert case.fields.get("national_id") == OWN_ID
    assert case.fields.get("phone") == "+66621184057"


def test_the_coordinators_phone_alone_is_flagged() -> None:
    case = extract_case(parse_message(_with_pdf(_form(False))), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางสาวพิมพ์ชนก วงศ์ใหญ่"
    if case.fields.get("phone") is not None:
        assert case.issues.get("phone")


def _certified_form() -> bytes:
    # a farmer's permit with the group chair's certifying part under it (set 103): the
    # chair's name and mobile in boxes named for him, the farmer's in boxes of his own
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(40, 20, "คำขอใช้น้ำเพื่อการเกษตร"), (20, 40, "ชื่อผู้ขอ"),
                (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "โทรศัพท์"),
                (20, 90, "คำรับรองของประธานกลุ่ม"), (20, 100, "ชื่อประธานกลุ่ม"),
                (120, 100, "โทร")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอ", "นายบุญส่ง คำแก้ว", 60, 40, 90),
              Field("เลขประจำตัวประชาชน", OWN_ID, 60, 50, 55),
              Field("โทรศัพท์", "061-772-3048", 45, 60, 55),
              Field("ชื่อประธานกลุ่ม", "นายสุวิทย์ ใจงาม", 50, 100, 60),
              Field("โทรประธานกลุ่ม", "086-230-5519", 130, 100, 45)]  # fmt: skip
    return acroform(pdf_page(captions, size=12), fields)


def test_the_certifying_chairs_boxes_are_not_the_farmers() -> None:
    case = extract_case(parse_message(_with_pdf(_certified_form())), load_templates(FORMS))
    assert case.fields.get("full_name") == "นายบุญส่ง คำแก้ว"
    assert case.fields.get("phone") == "+66617723048"


def _urgent_contact_form() -> bytes:
    # English box names (txt*), a box for the one to call when the asker cannot be
    # reached, named only "ContactName" and captioned for an emergency (set 103)
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(40, 20, "แบบคำร้องทั่วไป"), (20, 40, "ชื่อ-สกุล ผู้รับบริการ"),
                (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "โทรศัพท์"),
                (20, 90, "บุคคลที่ติดต่อได้กรณีฉุกเฉิน"), (125, 90, "โทร")]  # fmt: skip
    fields = [Field("txtName", "นางวิไล ทองคำ", 45, 40, 90),
              Field("txtPID", OWN_ID, 60, 50, 55),
              Field("txtTel", "063-510-2284", 45, 60, 55),
              Field("txtContactName", "นายสมบัติ ทองคำ (บุตร)", 75, 90, 48),
              Field("txtContactTel", "081-905-6637", 135, 90, 45)]  # fmt: skip
    return acroform(pdf_page(captions, size=12), fields)


def test_the_emergency_contacts_boxes_are_not_the_askers() -> None:
    case = extract_case(parse_message(_with_pdf(_urgent_contact_form())), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางวิไล ทองคำ"
    assert case.fields.get("phone") == "+66635102284"
