"""A body's fillable form names the one who signs for it its representative (its caption
"ผู้แทนองค์กร" beside the rep_name field) and another member to call beside him
(contact_name, caption "ผู้ประสานงาน"): for a body the applicant is the one who signs for
it (set 28), so the representative's name is read over the contact's, and the body's own
name ("ชื่อองค์กร") is no one's (set 91: a grant form). A person's representative (rep_*
beside the data subject's ds_*, set 68) stays a proxy: the field's name alone says
nothing of a body. Names invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit
from unseen_requests_5 import Field, acroform, pdf_page

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _read(labels: list[tuple[float, float, str]], fields: list[Field]) -> dict[str, str | None]:
    data = acroform(pdf_page(labels, size=13), fields)
    msg = EmailMessage()
    msg["From"] = "club <thalat.sport@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับการสนับสนุน"
    msg.set_content("ส่งแบบฟอร์มที่กรอกแล้วครับ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES).fields


def test_a_persons_representative_stays_a_proxy() -> None:
    labels = [(20, 34, "ชื่อ-สกุล"), (20, 46, "กรณีผู้แทนยื่นแทน ชื่อ-สกุลผู้แทน")]
    fields = [Field("ds_name", "นางบุญเรือน สายทอง", 45, 34, 70),
              Field("rep_name", "นางสาวจิราพร สายทอง", 95, 46, 70)]  # fmt: skip
    assert _read(labels, fields).get("full_name") == "นางบุญเรือน สายทอง"


def test_the_representative_over_the_contact() -> None:
    labels = [(40, 18, "แบบขอรับการสนับสนุนกิจกรรม"), (20, 34, "ชื่อองค์กร"),
              (20, 46, "ผู้แทนองค์กร"), (20, 58, "เลขประจำตัวประชาชน"), (20, 70, "ผู้ประสานงาน"),
              (120, 70, "โทรศัพท์")]  # fmt: skip
    rep_id = with_check_digit("345020011873")
    fields = [Field("org_name", "ชมรมกีฬาบ้านท่าลาด", 45, 34, 140),
              Field("rep_name", "นายสุรเชษฐ์ บุญมาก", 45, 46, 70),
              Field("rep_id", rep_id, 60, 58, 55),
              Field("contact_name", "นางสาวอรอุมา พึ่งทอง", 45, 70, 70),
              Field("contact_phone", "089-233-6140", 135, 70, 50)]  # fmt: skip
    got = _read(labels, fields)
    assert got.get("full_name") == "นายสุรเชษฐ์ บุญมาก"
    assert got.get("national_id") == rep_id
