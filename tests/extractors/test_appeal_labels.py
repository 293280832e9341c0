"""An appeal names its maker by what she does: ผู้อุทธรณ์, the appellant (an appeal to the
Official Information Act's tribunal, to a permit's or a tax's review). Her form's name
field is labelled so, as a request's is ผู้ยื่นคำร้อง or ผู้ขอ: she is the applicant, her
name the case's (set 85: a fillable appeal form whose name field is "ผู้อุทธรณ์").
Names and numbers invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from forms_for_tests import build_pdf, text_field, utf16

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _mail(text: str, pdf: bytes | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Somsri <somsri.k@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "อุทธรณ์คำสั่งไม่เปิดเผยข้อมูลข่าวสาร"
    msg.set_content(text)
    if pdf is not None:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="appeal.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_fillable_appeal_forms_appellant_field() -> None:
    pdf = build_pdf(
        fields=[
            text_field(utf16("ผู้อุทธรณ์"), utf16("นางสมศรี คงเจริญ")),
            text_field(utf16("เลขประจำตัวประชาชน"), utf16("3650100291740")),
            text_field(utf16("โทรศัพท์"), utf16("081-604-2219")),
        ],
        lines=[],
    )
    case = _mail("ส่งคำอุทธรณ์ตามไฟล์แนบค่ะ\n", pdf)
    assert case.fields.get("full_name") == "นางสมศรี คงเจริญ"


def test_an_appellants_labelled_line() -> None:
    case = _mail(
        "เรียน ประธานกรรมการวินิจฉัยการเปิดเผยข้อมูลข่าวสาร\n\n"
        "ชื่อผู้อุทธรณ์: นายประเสริฐ วงศ์ทอง\n"
        "ที่อยู่: 14 หมู่ 3 ตำบลท่าโพธิ์ อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000\n"
        "ขออุทธรณ์คำสั่งไม่เปิดเผยข้อมูลข่าวสารของราชการ\n"
    )
    assert case.fields.get("full_name") == "นายประเสริฐ วงศ์ทอง"
