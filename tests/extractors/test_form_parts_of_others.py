"""A fillable claim form's part on the one the claim is about, not by: the dead member
of a death-grant form (deceased_*), the patient of a reimbursement form (patient_*), the
co-heirs who consent (heir1, heir2). The one who claims (claimant_*) is the applicant:
the grant or the money is hers (set 124: the dead husband's name and ID taken over the
widow's). Names and numbers invented; IDs with a valid check digit."""

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
HERS = with_check_digit("341020055617")
HIS = with_check_digit("341020009914")


def _with_pdf(body: str, data: bytes, sender: str = "Malee <malee.s@example.com>") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำขอ"
    msg.set_content(body)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return bytes(msg)


def test_the_deceased_part_of_a_grant_form_is_not_the_claimants() -> None:
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 30, "ผู้ถึงแก่กรรม ชื่อ-สกุล"), (20, 40, "เลขประจำตัวประชาชน"),
                (20, 60, "ผู้ยื่นคำขอ ชื่อ-สกุล"), (20, 70, "เลขประจำตัวประชาชน"),
                (20, 80, "โทรศัพท์")]  # fmt: skip
    fields = [Field("deceased_name", "นายสมบัติ ใจงาม", 60, 30, 90),
              Field("deceased_pid", HIS, 60, 40, 60),
              Field("claimant_name", "นางมาลี ใจงาม", 60, 60, 90),
              Field("claimant_pid", HERS, 60, 70, 60),
              Field("claimant_tel", "081-552-7301", 45, 80, 55)]  # fmt: skip
    raw = _with_pdf("ส่งคำขอรับเงินค่าทำศพค่ะ\n", acroform(pdf_page(captions, size=12), fields))
    case = extract_case(parse_message(raw), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางมาลี ใจงาม"
    assert case.fields.get("national_id") == HERS


def test_the_patients_part_of_a_reimbursement_form_is_not_the_claimants() -> None:
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 30, "ชื่อผู้ขอเบิก"), (20, 40, "เลขประจำตัวประชาชน"),
                (20, 60, "ชื่อผู้ป่วย"), (20, 70, "เลขประจำตัวประชาชน")]  # fmt: skip
    fields = [Field("claimant_name", "นางมาลี ใจงาม", 60, 30, 90),
              Field("claimant_pid", HERS, 60, 40, 60),
              Field("patient_name", "นายสมบัติ ใจงาม", 60, 60, 90),
              Field("patient_pid", HIS, 60, 70, 60)]  # fmt: skip
    raw = _with_pdf("ขอเบิกค่ารักษาพยาบาลคู่สมรสค่ะ\n", acroform(pdf_page(captions, size=12), fields))
    case = extract_case(parse_message(raw), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางมาลี ใจงาม"
    assert case.fields.get("national_id") == HERS


def test_a_patients_own_form_with_no_claimant_part_is_hers() -> None:
    # the commonest: a patient asks for herself (a ride to dialysis, a home visit)
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 30, "ชื่อผู้ป่วย"), (20, 40, "เลขประจำตัวประชาชน"), (20, 50, "โทรศัพท์")]
    fields = [Field("patient_name", "นางมาลี ใจงาม", 60, 30, 90),
              Field("patient_pid", HERS, 60, 40, 60),
              Field("patient_tel", "081-552-7301", 45, 50, 55)]  # fmt: skip
    raw = _with_pdf("ขอรถรับส่งไปฟอกไตค่ะ\n", acroform(pdf_page(captions, size=12), fields))
    case = extract_case(parse_message(raw), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางมาลี ใจงาม"
    assert case.fields.get("national_id") == HERS
    assert not case.issues.get("national_id")
