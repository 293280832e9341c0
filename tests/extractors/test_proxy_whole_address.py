"""A fillable form's address boxes beside a proxy's whole address field.

An allowance form asks the applicant's home box by box (บ้านเลขที่, หมู่ที่, ตำบล, อำเภอ,
จังหวัด, รหัสไปรษณีย์) and the carer's or proxy's home in one field of her part: the boxes
are the applicant's address, the proxy's field (read less sure, her part's) never stands
in for them (sets 31/63). Names and numbers invented (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit
from unseen_requests_5 import Field, acroform, pdf_page

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = with_check_digit("342010055817")
PROXY_HOME = "8/2 ถนนเจริญรัฐ ตำบลกุดป่อง อำเภอเมืองเลย จังหวัดเลย 42000"


def test_the_applicants_boxes_over_the_proxys_whole_address() -> None:
    labels = [(40, 18, "แบบคำขอรับเงินเบี้ยยังชีพ"), (20, 40, "ชื่อ-นามสกุล"), (20, 50, "เลขประจำตัวประชาชน"),
              (20, 60, "บ้านเลขที่"), (80, 60, "หมู่ที่"), (20, 70, "ตำบล"), (110, 70, "อำเภอ"),
              (20, 80, "จังหวัด"), (110, 80, "รหัสไปรษณีย์"), (20, 96, "ผู้ยื่นแทน"),
              (20, 106, "ที่อยู่ผู้ยื่นแทน")]  # fmt: skip
    fields = [Field("f_name", "นางบุญตา วงศ์ดี", 55, 40, 80), Field("f_id", OWN_ID, 60, 50, 60),
              Field("f_house", "21", 42, 60, 25), Field("f_moo", "5", 95, 60, 15),
              Field("f_tambon", "โพนทอง", 35, 70, 60), Field("f_amphoe", "เมืองเลย", 125, 70, 60),
              Field("f_province", "เลย", 40, 80, 50), Field("f_zip", "42000", 135, 80, 20),
              Field("p_name", "นายวีระ วงศ์ดี", 50, 96, 100),
              Field("p_addr", PROXY_HOME, 60, 106, 140)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    msg = EmailMessage()
    msg["From"] = "Weera <weera.wd@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "แบบคำขอ"
    msg.set_content("ส่งแบบคำขอของแม่ครับ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("national_id") == OWN_ID
    assert (case.fields.get("address") or "").startswith("21 ")
