"""Unit tests for the shapes blind set 56 (a municipality's revenue and permits desk:
owners, their attorneys and agents, companies and their accountants) found the readers
missing (issue 8): each names the way a request is laid out that it covers, with
examples written afresh, not the set's strings. Names and numbers are invented; each
ID's check digit is computed."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def with_check(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


OWNER_ID, AGENT_ID = with_check("360110045128"), with_check("341020077391")
OWNER_HOME = "42/6 หมู่ 3 ต.บ้านใหม่ อ.เมืองนครสวรรค์ จ.นครสวรรค์ 60000"
AGENT_HOME = "17 ถนนสวรรค์วิถี ต.ปากน้ำโพ อ.เมืองนครสวรรค์ จ.นครสวรรค์ 60000"


def mail(text: str, files: tuple[tuple[str, bytes, str], ...] = ()) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ยื่นคำร้อง"
    msg.set_content(text)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def docx(paragraphs_then_table: list[str], rows: list[tuple[str, str]]) -> bytes:
    """Paragraphs, then (rows given) a two-column table and a form's signature line."""
    import docx as python_docx

    document = python_docx.Document()
    for text in paragraphs_then_table:
        document.add_paragraph(text)
    if rows:
        table = document.add_table(rows=len(rows), cols=2)
        for r, (label, value) in enumerate(rows):
            table.cell(r, 0).text = label
            table.cell(r, 1).text = value
        document.add_paragraph("(ลงชื่อ) ................ ผู้ขออนุญาต")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_writer_who_names_himself_the_attorney_after_khaphachao_is_not_the_owner() -> None:
    # "ข้าพเจ้า <name> ผู้รับมอบอำนาจ ขอยื่น...แทนเจ้าของ": the attorney's line, his name
    # never the applicant's; the owner's block (ผู้มอบอำนาจ) below is.
    case = mail(
        "เรียน งานทะเบียนทรัพย์สิน\n\n"
        "ข้าพเจ้า นายสุทธิพงษ์ เรืองชัย ผู้รับมอบอำนาจ ขอยื่นคำร้องแทนเจ้าของบ้าน ขอเปลี่ยนชื่อผู้ชำระภาษี\n\n"
        "ผู้มอบอำนาจ (เจ้าของบ้าน)\n"
        "ชื่อ นางบุษบา แก้วมณี\n"
        f"เลขประจำตัวประชาชน {OWNER_ID}\n"
        f"ที่อยู่ {OWNER_HOME}\n"
        "โทร 086-552-1907\n\n"
        "ผู้รับมอบอำนาจ\n"
        "ชื่อ นายสุทธิพงษ์ เรืองชัย\n"
        f"เลขประจำตัวประชาชน {AGENT_ID}\n"
        f"ที่อยู่ {AGENT_HOME}\n"
    )
    assert case.fields.get("full_name") == "นางบุษบา แก้วมณี"
    assert case.fields.get("national_id") == OWNER_ID


def test_the_agent_who_fills_the_khaphachao_line_of_a_permit_form_is_not_the_owner() -> None:
    # ข.1 typed by the owner's agent: "ข้าพเจ้า <agent> เลขประจำตัวประชาชน ... เป็นตัวแทน
    # เจ้าของอาคาร อยู่บ้านเลขที่ ...", then the owner's table under "เจ้าของอาคาร". The
    # agent's name and ID are never the applicant's, nor ever taken without a flag.
    data = docx(
        [
            "แบบ ข.1 คำขออนุญาตก่อสร้างอาคาร",
            f"ข้าพเจ้า นายสุทธิพงษ์ เรืองชัย เลขประจำตัวประชาชน {AGENT_ID} เป็นตัวแทนเจ้าของอาคาร "
            f"อยู่บ้านเลขที่ {AGENT_HOME} โทรศัพท์ 081-774-2290",
            "เจ้าของอาคาร",
        ],
        [
            ("ชื่อ", "นางบุษบา แก้วมณี"),
            ("เลขประจำตัวประชาชน", OWNER_ID),
            ("ที่อยู่", OWNER_HOME),
            ("โทรศัพท์", "086-552-1907"),
        ],
    )
    case = mail("เรียน กองช่าง\nแนบแบบ ข.1\n", (("kh1.docx", data, DOCX),))
    assert case.fields.get("full_name") == "นางบุษบา แก้วมณี"
    assert case.fields.get("national_id") == OWNER_ID


def test_a_companys_line_given_by_its_label_wins_over_the_writers_signature() -> None:
    # An accountant writes for a company: its line under "โทรศัพท์บริษัท:", her own
    # mobile in her signature; the company's line is the one kept (or, at the least, hers
    # never silently).
    case = mail(
        "เรียน กองคลัง\n\n"
        "ดิฉันเป็นผู้ทำบัญชีของ บริษัท นครสวรรค์ไม้แปรรูป จำกัด ขอให้ออกใบเสร็จในนามบริษัทค่ะ\n\n"
        "ชื่อผู้เสียภาษี: บริษัท นครสวรรค์ไม้แปรรูป จำกัด\n"
        "ที่อยู่: 210 หมู่ 7 ต.นครสวรรค์ตก อ.เมืองนครสวรรค์ จ.นครสวรรค์ 60000\n"
        "โทรศัพท์บริษัท: 056-221-348\n\n"
        "ขอบคุณค่ะ\n\n"
        "นางสาวพรทิพย์ ศรีสุข\n"
        "สำนักงานบัญชีพรทิพย์\n"
        "โทร 089-640-1173\n"
    )
    assert case.fields.get("phone") in ("056221348", "+6656221348")
    # No closing on a line of its own: her signature opens with her name after a blank.
    case = mail(
        "ผมในฐานะสำนักงานบัญชีของ ห้างหุ้นส่วนจำกัด ปากน้ำโพค้าวัสดุ ขอสำเนาใบเสร็จภาษีป้ายปีที่แล้ว\n"
        "ที่ตั้งสำนักงานใหญ่: 88 หมู่ 2 ต.หนองกรด อ.เมืองนครสวรรค์ จ.นครสวรรค์ 60240\n"
        "โทรศัพท์ห้าง: 056-330-912\n"
        "ส่งทางอีเมลนี้ได้เลย ขอบคุณครับ\n\n"
        "นายอนุชา ทองดี\n"
        "มือถือ 092-418-6650\n"
    )
    assert case.fields.get("phone") in ("056330912", "+6656330912")


def test_a_place_that_stands_somewhere_is_not_where_the_writer_lives() -> None:
    # "ร้าน... ตั้งอยู่ที่ 12/3 ถนน..." is where the shop stands; her home follows under
    # "บ้านเลขที่". The shop's place is never taken over it.
    case = mail(
        "สวัสดีค่ะ ดิฉันเปิดร้านก๋วยเตี๋ยว ตั้งอยู่ที่ 12/3 หมู่ 4 ถนนพหลโยธิน ต.บ้านใหม่ มีป้ายใหม่ 1 ป้ายค่ะ\n"
        "ขนาด 80 x 200 ซม.\n\n"
        "ชื่อ นางบุษบา แก้วมณี\n"
        f"บัตรประชาชน {OWNER_ID}\n"
        f"บ้านเลขที่ {OWNER_HOME}\n"
        "มือถือ 086-552-1907\n"
    )
    assert case.fields.get("address", "").startswith("42/6")
    assert case.fields.get("postal_code") == "60000"


def test_a_house_number_box_captioned_as_the_address_joins_the_area_boxes() -> None:
    # A fillable form whose boxes have no names of their own (fill_1, fill_2...): the
    # house number's box is keyed by its caption "ที่อยู่ เลขที่" as the address, the
    # village, sub-district and district boxes by theirs. The address is the boxes
    # joined, never the house number alone.
    from extractors.address_parts import join_address_parts
    from extractors.base import FieldCandidate, Provenance

    def box(key: str, value: str, label: str, n: int) -> FieldCandidate:
        prov = Provenance(part="2", kind="pdf_form", page=1, label=label, form_field=f"fill_{n}")
        return FieldCandidate(key=key, value=value, provenance=prov, confidence=1.0)

    joined = join_address_parts([
        box("address", "18/7", "ที่อยู่ เลขที่", 3),
        box("addr_moo", "2", "หมู่ที่", 4),
        box("addr_subdistrict", "บ้านใหม่", "ตำบล/แขวง", 6),
        box("addr_district", "เมืองนครสวรรค์", "อำเภอ/เขต", 7),
        box("province", "นครสวรรค์", "จังหวัด", 8),
    ])  # fmt: skip
    addresses = [c.value for c in joined if c.key == "address"]
    assert addresses == ["18/7 หมู่ที่ 2 ตำบลบ้านใหม่ อำเภอเมืองนครสวรรค์"]


def test_the_one_a_letter_appoints_as_attorney_is_not_the_applicant() -> None:
    # A company's letter: "บริษัทโดย <director> กรรมการผู้มีอำนาจ (เลขประจำตัวประชาชน ...)
    # ขอมอบอำนาจให้ <attorney> เลขประจำตัวประชาชน ... อยู่บ้านเลขที่ ... เป็นผู้ยื่น...": the
    # attorney's name, ID and home are never taken over the director who signs and the
    # company's office.
    data = docx(
        [
            "บริษัท นครสวรรค์ไม้แปรรูป จำกัด",
            "210 หมู่ 7 ต.นครสวรรค์ตก อ.เมืองนครสวรรค์ จ.นครสวรรค์ 60000  โทร 056-221-348",
            "เรื่อง ขอทบทวนการประเมินภาษีที่ดิน",
            "\tในการนี้ บริษัทโดย นายไพโรจน์ ศรีวงศ์ กรรมการผู้มีอำนาจ (เลขประจำตัวประชาชน "
            f"{OWNER_ID}) ขอมอบอำนาจให้ นายสุทธิพงษ์ เรืองชัย เลขประจำตัวประชาชน {AGENT_ID} "
            f"อยู่บ้านเลขที่ {AGENT_HOME} โทร 081-774-2290 เป็นผู้ยื่นเอกสารแทนบริษัท",
            "ขอแสดงความนับถือ\n\n(นายไพโรจน์ ศรีวงศ์)\nกรรมการผู้มีอำนาจ",
        ],
        [],
    )
    case = mail("เรียน กองคลัง\nแนบหนังสือบริษัท\n", (("letter.docx", data, DOCX),))
    assert case.fields.get("full_name") == "นายไพโรจน์ ศรีวงศ์"
    assert case.fields.get("national_id") != AGENT_ID
    assert not (case.fields.get("address") or "").startswith("17 ")
