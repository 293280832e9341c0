"""A partnership's or a company's request names its partners or directors; the one who
signs for it (the managing partner, the director with the power to sign) is the one who
asks, wherever he stands among them, by the same words in a mail's list, a Word or HTML
table and a sheet (role_words.SIGNS_FOR_BODY). His home, where given, is the address,
never the body's office. Names, numbers and places invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from unseen_requests import with_check_digit
from unseen_requests_5 import docx_bytes

from extractors.base import ExtractedCase
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.sheet_roles import own_role_row
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

FIRST_ID = with_check_digit("340110023456")
SIGNER_ID = with_check_digit("170020045678")
LAST_ID = with_check_digit("560030067891")
HOME = "45/2 ถ.ราชดำเนิน ต.ในเมือง อ.เมืองนครพนม จ.นครพนม 48000"
OFFICE = "88 หมู่ 4 ตำบลอาจสามารถ อำเภอเมืองนครพนม จังหวัดนครพนม 48000"


def read_mail(text: str, files: tuple[tuple[str, bytes], ...] = ()) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "wanchai.pk@example.com"
    msg["To"] = "tabien@example.go.th"
    msg["Subject"] = "ขอจดทะเบียนห้างหุ้นส่วน"
    msg.set_content(text)
    for name, data in files:
        msg.add_attachment(data, maintype=DOCX[0], subtype=DOCX[1], filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_managing_partner_of_a_mails_list_not_its_first_partner() -> None:
    case = read_mail(
        "เรียน นายทะเบียนพาณิชย์\n\n"
        f"ขอจดทะเบียนห้างหุ้นส่วนสามัญ ร้านรุ่งโรจน์ค้าข้าว สำนักงานตั้งอยู่ {OFFICE} "
        "มีผู้เป็นหุ้นส่วน 3 คน\n"
        f"1. นางสาวพิมพ์ใจ แก้วกาหลง เลขประจำตัวประชาชน {FIRST_ID} โทร 081-330-4521\n"
        f"2. นายวันชัย ภูคำ เลขประจำตัวประชาชน {SIGNER_ID} โทร 089-602-7714 (หุ้นส่วนผู้จัดการ)\n"
        f"3. นายสุเมธ ทองสุข เลขประจำตัวประชาชน {LAST_ID} โทร 086-115-2098\n\n"
        f"ที่อยู่หุ้นส่วนผู้จัดการ {HOME}\n\n"
        "ลงชื่อ นายวันชัย ภูคำ หุ้นส่วนผู้จัดการ\n"
    )
    assert case.fields["full_name"] == "นายวันชัย ภูคำ"
    assert case.fields["national_id"] == SIGNER_ID
    assert case.fields["phone"] == "+66896027714"
    assert "45/2" in (case.fields["address"] or "")


def test_a_contacts_label_for_the_one_who_signs_is_his_own() -> None:
    labels = matcher_for(TEMPLATES)
    # the label whole with a word before it is no typo of it ("หุ้นส่วนผู้จัดการ", his
    # name's label): the head word says the field
    for label in ("ที่อยู่หุ้นส่วนผู้จัดการ", "ที่อยู่กรรมการผู้จัดการ"):
        found = labels.match(label)
        assert found is not None and found[0] == "address"
    case = read_mail(f"เรียน นายทะเบียน\n\nที่อยู่หุ้นส่วนผู้จัดการ {HOME}\n")
    assert case.fields["address"] == HOME


def test_the_managing_partners_row_of_a_word_table_in_the_middle() -> None:
    rows = [
        ("ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์"),
        ("1", "นางสาวพิมพ์ใจ แก้วกาหลง", FIRST_ID, "9 ม.1 ต.นาราชควาย อ.เมืองนครพนม", "081-330-4521"),
        ("2", "นายวันชัย ภูคำ (หุ้นส่วนผู้จัดการ)", SIGNER_ID, HOME, "089-602-7714"),
        ("3", "นายสุเมธ ทองสุข", LAST_ID, "17 ถ.อภิบาลบัญชา ต.ในเมือง อ.เมืองนครพนม", "086-115-2098"),
    ]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำขอจดทะเบียนพาณิชย์ ห้างหุ้นส่วนสามัญ ร้านรุ่งโรจน์ค้าข้าว")
        d.add_paragraph(f"สำนักงานแห่งใหญ่: {OFFICE}")
        table = d.add_table(rows=0, cols=5)
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        d.add_paragraph("ลงชื่อ........................หุ้นส่วนผู้จัดการ")
        d.add_paragraph("(นายวันชัย ภูคำ)")

    case = read_mail("เรียน นายทะเบียนพาณิชย์\nแนบคำขอมาด้วย\n", (("คำขอ.docx", docx_bytes(build)),))
    assert case.fields["national_id"] == SIGNER_ID
    assert case.fields["phone"] == "+66896027714"
    assert "45/2" in (case.fields["address"] or "")


def test_a_row_noted_as_the_one_who_signs_among_bare_names() -> None:
    people = [
        ["1", "นายก ข", FIRST_ID],
        ["2", "นางค ง", LAST_ID],
        ["3", "นายจ ฉ (กรรมการผู้มีอำนาจลงนาม)", SIGNER_ID],
    ]
    assert own_role_row(people) == 2
    # two rows noted so, or none: no one row is his
    assert own_role_row([people[2], people[2]]) is None
    assert own_role_row(people[:2]) is None
