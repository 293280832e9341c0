"""A correction request's table of old and new values (set 68): "รายการ | ข้อมูลเดิม |
ข้อมูลใหม่" heads a row per value, the one on record and the one to use. The applicant's
current values are the new column's; the old column is never read as hers. Names,
numbers and places are invented."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.body_form import own_column
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

OLD_ROW = ("ชื่อ-นามสกุล", "นางสาวพิมพ์ชนก ดวงแก้ว", "นางพิมพ์ชนก ศรีสวัสดิ์")
ADDRESS_ROW = (
    "ที่อยู่",
    "17/2 หมู่ 3 ตำบลบ้านกลาง อำเภอเมืองลำพูน จังหวัดลำพูน 51000",
    "88 ถนนช้างคลาน ตำบลช้างคลาน อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50100",
)
PHONE_ROW = ("เบอร์โทรศัพท์", "086-410-2297", "093-552-7180")
NEW_PHONES = ("+66935527180", "0935527180")


def mail(text: str, attachment: bytes | None = None, html: str | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอแก้ไขข้อมูลส่วนบุคคล"
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if attachment is not None:
        maintype, subtype = DOCX.split("/")
        msg.add_attachment(attachment, maintype=maintype, subtype=subtype, filename="แก้ไข.docx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def docx_letter(head: tuple[str, str, str]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("เรื่อง ขอแก้ไขข้อมูลส่วนบุคคล")
    document.add_paragraph("ข้าพเจ้าขอให้แก้ไขข้อมูลของข้าพเจ้าในทะเบียน ดังนี้")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for row in (OLD_ROW, ADDRESS_ROW, PHONE_ROW):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def assert_new_values(case: ExtractedCase) -> None:
    assert case.fields.get("full_name") == "นางพิมพ์ชนก ศรีสวัสดิ์"
    assert case.fields.get("phone") in NEW_PHONES
    assert case.fields.get("postal_code") == "50100"
    assert "ช้างคลาน" in (case.fields.get("address") or "")


def test_a_word_table_of_old_and_new_values_reads_the_new_column() -> None:
    case = mail("ตามหนังสือแนบ", docx_letter(("รายการ", "ข้อมูลเดิม", "ข้อมูลที่ถูกต้อง")))
    assert_new_values(case)


def test_the_new_column_first_is_read_too() -> None:
    case = mail("ตามหนังสือแนบ", docx_letter(("หัวข้อ", "ข้อมูลใหม่", "ข้อมูลเก่า")))
    assert case.fields.get("full_name") == "นางสาวพิมพ์ชนก ดวงแก้ว"  # the columns swap
    assert case.fields.get("phone") in ("+66864102297", "0864102297")


def test_a_typed_table_of_old_and_new_values_reads_the_new_column() -> None:
    rows = [("รายการ", "ที่บันทึกไว้ (ผิด)", "ที่ถูกต้อง"), OLD_ROW, ADDRESS_ROW, PHONE_ROW]
    case = mail("ขอแก้ไขข้อมูลดังนี้\n" + "\n".join("\t".join(r) for r in rows) + "\n")
    assert_new_values(case)


def test_an_html_table_of_old_and_new_values_reads_the_new_column() -> None:
    rows = [("รายการ", "ข้อมูลเดิม", "ข้อมูลใหม่"), OLD_ROW, ADDRESS_ROW, PHONE_ROW]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    case = mail("ขอแก้ไขข้อมูล", html=f"<p>ขอแก้ไขข้อมูลดังนี้</p><table border='1'>{body}</table>")
    assert_new_values(case)


def test_which_column_is_current() -> None:
    assert own_column(["รายการ", "ข้อมูลเดิม", "ข้อมูลใหม่"]) == 2
    assert own_column(["รายการ", "ข้อมูลที่ไม่ถูกต้อง", "ข้อมูลที่ถูกต้อง"]) == 2
    assert own_column(["Item", "New", "Old"]) == 1
    # two current columns, or none said old: no correction's header
    assert own_column(["รายการ", "ข้อมูลใหม่", "ที่อยู่ปัจจุบัน"]) is None
    assert own_column(["รายการ", "ที่อยู่ตามทะเบียนบ้าน", "ที่อยู่ปัจจุบัน"]) is None
