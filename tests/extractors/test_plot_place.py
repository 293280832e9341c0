"""The place a request is about is not where its writer lives (set 80: land, houses and
the papers about them): a tax objection's plot in its own fields, a tenant's landlord's
home in brackets. The applicant's own home, postal code and province are the ones read.
Names, numbers and plots invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def _with_pdf(subject: str, data: bytes) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "owner <owner.sample@example.com>"
    msg["To"] = "revenue@example.go.th"
    msg["Subject"] = subject
    msg.set_content("ส่งแบบคำร้องที่กรอกแล้วครับ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return extract_case(parse_message(bytes(msg)), load_templates(FORMS))


def test_a_fillable_forms_plot_fields_are_not_the_owners_home() -> None:
    """A tax objection's fillable form names the owner's part owner_* and the plot's
    land_* (its ตำบล, อำเภอ, จังหวัด): the plot's province is never the owner's."""
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 30, "ชื่อผู้เสียภาษี"), (20, 40, "ที่อยู่"), (20, 50, "โทรศัพท์"),
                (20, 66, "ที่ดินโฉนดเลขที่"), (20, 76, "ตำบล"), (80, 76, "อำเภอ"),
                (140, 76, "จังหวัด")]  # fmt: skip
    fields = [Field("owner_name", "นายสมบูรณ์ แก้วประเสริฐ", 55, 30, 100),
              Field("owner_address", "27/3 ม.5 ต.คลองหนึ่ง อ.คลองหลวง ปทุมธานี 12120", 35, 40, 160),
              Field("owner_phone", "081-730-2246", 45, 50, 55),
              Field("land_deed", "60418", 55, 66, 40),
              Field("land_tambon", "ท่าช้าง", 35, 76, 40),
              Field("land_amphoe", "บางกล่ำ", 95, 76, 40),
              Field("land_province", "สงขลา", 155, 76, 35)]  # fmt: skip
    case = _with_pdf("คัดค้านการประเมินภาษี", acroform(pdf_page(captions, size=12), fields))
    assert case.fields.get("full_name") == "นายสมบูรณ์ แก้วประเสริฐ"
    assert case.fields.get("province") == "ปทุมธานี"
    assert case.fields.get("postal_code") == "12120"
