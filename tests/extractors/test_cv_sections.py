"""A CV's sections name other people and places beside the applicant's own lines (set
59): an employer's line under the work history, a reference's name and mobile, the one
to call in an emergency. They are another party's part, as a guarantor's or a spouse's
are on a form: never the applicant's phone, name or address. A CV made in Word as one
table of two columns (a sidebar of her contact lines beside the rest) is two columns
read one after the other, not the sidebar taken for one long label. Everyone here is
made up."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extractors.base import Attachment, ExtractedCase, ParsedMessage, TextPart
from extractors.extract import extract_case
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def docx_of(build: Callable[[Any], None]) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def case_of(text: str, attachment: bytes | None = None, mime: str = DOCX) -> ExtractedCase:
    files = []
    if attachment is not None:
        files = [
            Attachment(index=0, part="2", filename="cv", sniffed_type=mime, size=len(attachment),
                       content=attachment)
        ]  # fmt: skip
    parsed = ParsedMessage(
        subject="สมัครงาน", text_parts=[TextPart(part="1", kind="plain", text=text)],
        attachments=files,
    )  # fmt: skip
    return extract_case(parsed, load_templates(FORMS))


SIDEBAR = [
    "ติดต่อ", "โทร 086-731-2284", "kamolchanok.tp@example.com",
    "ที่อยู่ 52/8 ถนนเจริญราษฎร์ ตำบลในเมือง อำเภอเมืองพิษณุโลก จ.พิษณุโลก 65000", "",
    "ข้อมูลส่วนตัว", "วันเกิด 4 ก.พ. 2540", "สถานภาพ โสด",
]  # fmt: skip
RIGHT = [
    "นางสาวกมลชนก ทองประเสริฐ", "ตำแหน่งที่สนใจ: เจ้าหน้าที่ธุรการ", "",
    "ประสบการณ์ทำงาน", "2565 - 2569  บริษัท ตัวอย่างพาณิชย์ จำกัด",
    "88 ถนนบรมไตรโลกนารถ ต.ในเมือง อ.เมืองพิษณุโลก จ.พิษณุโลก 65000 โทร 055-214-377", "",
    "บุคคลอ้างอิง", "นายเกรียงไกร สมใจนึก (ผู้จัดการสาขา)", "โทร 089-552-0716",
]  # fmt: skip


def test_a_word_cv_of_two_columns_reads_the_sidebar_as_her_lines() -> None:
    def build(d: Any) -> None:
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "\n".join(SIDEBAR)
        t.cell(0, 1).text = "\n".join(RIGHT)

    case = case_of("แนบ CV มาด้วยค่ะ", docx_of(build))
    assert case.fields["phone"] == "+66867312284"
    assert case.fields["full_name"] == "นางสาวกมลชนก ทองประเสริฐ"
    assert case.fields["postal_code"] == "65000"


def test_a_cvs_work_references_and_emergency_sections_are_other_peoples() -> None:
    text = (
        "ประวัติย่อ\nนายภาณุพงศ์ ศรีเมือง\n\n"
        "ประวัติการทำงาน\n2563-2568 ห้างหุ้นส่วนจำกัด ตัวอย่างก่อสร้าง\n"
        "12 หมู่ 4 ต.บ้านใหม่ อ.เมืองนครราชสีมา จ.นครราชสีมา 30000\nโทร 044-251-339\n\n"
        "บุคคลอ้างอิง\nนางสุภาพร ใจมั่น ผู้จัดการ\nโทร 081-440-2297\n\n"
        "บุคคลที่ติดต่อได้กรณีฉุกเฉิน\nนางมาลี ศรีเมือง (มารดา) โทร 089-114-0352\n\n"
        "ข้อมูลติดต่อ\nโทร 062-775-1948\nที่อยู่ 7/3 หมู่ 2 ต.โพธิ์กลาง อ.เมืองนครราชสีมา จ.นครราชสีมา 30000\n"
    )
    case = case_of(text)
    assert case.fields["phone"] == "+66627751948"
    assert (case.fields["address"] or "").startswith("7/3 หมู่ 2")
    assert case.fields["full_name"] == "นายภาณุพงศ์ ศรีเมือง"


def test_english_cv_headings_too() -> None:
    text = (
        "Curriculum Vitae\nนางสาวรุ่งนภา แก้วประเสริฐ\n\n"
        "WORK EXPERIENCE\nบริษัท ทดลองค้าส่ง จำกัด\nTel 02-611-4580\n\n"
        "REFERENCES\nนายอุดม ศักดิ์ดี\nMobile 086-203-7719\n\n"
        "CONTACT\nMobile 095-318-6602\n"
    )
    assert case_of(text).fields["phone"] == "+66953186602"


def test_a_pdf_cv_of_two_columns_at_the_same_heights_is_read_column_by_column() -> None:
    """A CV from a design tool: her lines down the left under CONTACT and PERSONAL, no
    labels but the values' shapes; her schools, work and a reference down the right,
    each line at the same height as one of hers."""
    from unseen_requests_5 import pdf_page

    left = ["CONTACT", "091 274 3385", "sasithorn.pk@example.com", "18/6 ซ.ประชาสงเคราะห์ 3",
            "ต.ในเมือง อ.เมืองขอนแก่น", "จ.ขอนแก่น 40000", "", "PERSONAL",
            "Birth 12 ม.ค. 2539"]  # fmt: skip
    right = ["EDUCATION", "ปริญญาตรี บริหารธุรกิจ", "GPA 3.12", "", "EXPERIENCE",
             "บริษัท ทดสอบขนส่ง จำกัด", "Tel 043-226-781", "REFERENCE", "นายชาติชาย ทองมา",
             "Tel 0817740259"]  # fmt: skip
    texts = [(15, 22, "นางสาวศศิธร พึ่งคุ้ม")]
    texts += [(15, 40 + 8 * k, t) for k, t in enumerate(left) if t]
    texts += [(85, 40 + 8 * k, t) for k, t in enumerate(right) if t]
    case = case_of("แนบเรซูเม่ค่ะ", pdf_page(texts, size=10, face="Kinnari"), "application/pdf")
    assert case.fields["phone"] == "+66912743385"
    assert case.fields["address"] is not None and "GPA" not in case.fields["address"]
    assert case.fields["birth_date"] == "1996-01-12"


def test_her_firms_line_in_her_signature_yields_to_the_number_she_gives_as_hers() -> None:
    """Written from her present employer's mailbox: her own mobile in her sentence, the
    firm's switchboard under its name in her signature (set 59)."""
    text = (
        "เรียน งานการเจ้าหน้าที่\n\n"
        "ดิฉัน นางสาวพิมพ์ชนก สายสุวรรณ ขอหนังสือรับรองการทำงาน "
        "หากมีข้อสงสัยติดต่อดิฉันได้ที่ 093-412-6658\n\nขอบคุณค่ะ\n\n"
        "นางสาวพิมพ์ชนก สายสุวรรณ\nเจ้าหน้าที่บัญชี | บริษัท ทดลองอาหาร จำกัด\n"
        "77 ถนนมิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000\nโทร 043-330-512 ต่อ 18\n"
    )
    assert case_of(text).fields["phone"] == "+66934126658"


def test_a_contact_heading_does_not_end_the_part_of_the_one_complained_of() -> None:
    """Only a CV's own part ends a CV's part on others: under the one a complaint is
    about, "ข้อมูลติดต่อ" heads his contact lines, not the writer's."""
    text = (
        "ผู้ถูกร้องเรียน\nชื่อ: นายสมบัติ มากมี\nข้อมูลติดต่อ\nโทรศัพท์: 081-990-2231\n\n"
        "ผู้ร้องเรียน\nชื่อ: นางสาวอัมพร ใจซื่อ\nโทรศัพท์: 062-118-4470\n"
    )
    assert case_of(text).fields["phone"] == "+66621184470"
