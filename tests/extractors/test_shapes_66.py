"""Unit tests for the shapes blind set 66 (animals, farms and fisheries: a group's or a
cooperative's request, a headman's letter for a farmer, a daughter's part of her
father's form) found the readers getting wrong (issue 8): each names the way a request
is written that it covers, with examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from typed_mail import flagged
from unseen_requests_5 import DOCX, Field, acroform, docx_bytes, pdf_page

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
FARMER_ID = "3700400512384"


def read(
    text: str,
    *,
    html: str = "",
    docx_paragraphs: tuple[str, ...] = (),
    pdf: bytes = b"",
    sender: str = "a <someone@example.com>",
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์"
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    if docx_paragraphs:

        def build(d: Any) -> None:
            for paragraph in docx_paragraphs:
                d.add_paragraph(paragraph)

        main, sub = DOCX.split("/")
        msg.add_attachment(docx_bytes(build), maintype=main, subtype=sub, filename="letter.docx")
    if pdf:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="form.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_coordinator_named_by_her_office_in_the_group_is_not_the_one_who_signs() -> None:
    """ "ผู้ประสานงาน: เหรัญญิกกลุ่ม <name> โทร ...": the group's officer to call, named by
    her office; the request is the chairman's, who signs it."""
    case = read(
        "เรียน นายกองค์การบริหารส่วนตำบลบางปลา\n\n"
        "ด้วยกลุ่มเลี้ยงปลากระชังบ้านท่าน้ำ มีสมาชิก 18 ราย ขอรับการสนับสนุนพันธุ์ปลานิล 30,000 ตัว\n\n"
        "ผู้ประสานงาน: เหรัญญิกกลุ่ม นางวิไลพร ศรีสมบูรณ์ โทร 086-330-4127\n\n"
        "ขอแสดงความนับถือ\n\n"
        "-- \nนายอำนาจ บุญเรือง\nประธานกลุ่มเลี้ยงปลากระชังบ้านท่าน้ำ\nโทร 089-114-2236\n"
    )
    assert case.fields.get("full_name") == "นายอำนาจ บุญเรือง"


@pytest.mark.parametrize("post", ["เจ้าหน้าที่ธุรการ", "พนักงานบัญชี"], ids=["officer", "clerk"])
def test_a_staff_signature_mobile_is_no_silent_phone_beside_the_letters_line(post: str) -> None:
    """A cooperative's staff sends its chairman's letter: the office line said in the
    letter ("สำนักงาน... โทรศัพท์ 0xx") is the request's; the mobile in the staff's
    signature below the chairman's closing is hers."""
    case = read(
        "เรียน นายกเทศมนตรีตำบลหนองแก\n\n"
        "ด้วยสหกรณ์ผู้เลี้ยงสุกรหนองแก จำกัด สำนักงานตั้งอยู่เลขที่ 41 ม.5 ต.หนองแก อ.เมือง "
        "โทรศัพท์ 044-218-330 ขอความอนุเคราะห์รถบรรทุกน้ำส่งน้ำให้ฟาร์มสมาชิก\n\n"
        "ขอแสดงความนับถือ\n\n(นายบุญมา รักไร่)\nประธานกรรมการดำเนินการสหกรณ์ผู้เลี้ยงสุกรหนองแก จำกัด\n\n"
        f"นางสาวกาญจนา มีทรัพย์\n{post}\nสหกรณ์ผู้เลี้ยงสุกรหนองแก จำกัด\nมือถือ 087-552-1934\n"
    )
    assert case.fields.get("full_name") == "นายบุญมา รักไร่"
    # the mobile under the staff's name said of another: never taken unflagged (a form's
    # line of another's part may be "said after โทร" too, so the labelled one is flagged)
    phone = case.fields.get("phone")
    assert phone in {"044218330", "+6644218330"} or flagged(case, "phone")


def test_a_headmans_letter_gives_the_injured_farmers_number_not_his_own() -> None:
    """A kamnan writes for a villager whose rice a herd trampled: "ติดต่อผู้เสียหายได้ที่
    หมายเลข 08..." is the villager's; the "โทร" under the kamnan's signed closing is his."""
    case = read(
        "ส่งหนังสือขอความช่วยเหลือลูกบ้านครับ\n",
        docx_paragraphs=(
            "เรื่อง ขอความช่วยเหลือราษฎรที่นาข้าวเสียหาย\nเรียน นายกองค์การบริหารส่วนตำบลหนองโพ",
            f"ด้วย นางสาวรุ่งนภา ชัยมงคล เลขประจำตัวประชาชน {FARMER_ID} อยู่บ้านเลขที่ 17 หมู่ที่ 4 "
            "ตำบลหนองโพ อำเภอโพธาราม ราษฎรในตำบลนี้ นาข้าวเสียหายจากฝูงโคของผู้อื่นเหยียบย่ำ",
            "ข้าพเจ้าในฐานะกำนันได้ไปตรวจสอบแล้วเป็นความจริง จึงขอความอนุเคราะห์ให้ความช่วยเหลือ ทั้งนี้ "
            "สามารถติดต่อผู้เสียหายได้ที่หมายเลข 061-447-2093",
            "จึงเรียนมาเพื่อโปรดพิจารณา\n\nขอแสดงความนับถือ\n\n(นายสุรชัย บุญประเสริฐ)\nกำนันตำบลหนองโพ\n"
            "โทร 085-903-1176",
        ),
    )
    assert case.fields.get("phone") in {"0614472093", "+66614472093"}
    # "ข้าพเจ้าในฐานะกำนัน...": the words after his ข้าพเจ้า say his post, no name
    assert "ฐานะ" not in (case.fields.get("full_name") or "")


def test_a_fillable_forms_part_for_the_one_who_files_instead_is_hers() -> None:
    """A fillable form whose part 2 is headed "ผู้ยื่นคำขอแทน": its fields ("ชื่อ-สกุล_2",
    "โทรศัพท์_2", the only "อีเมล") are the son's who files for his mother, never hers
    unflagged; her own phone field holds "-"."""
    labels = [
        (40, 16, "แบบคำขอรับเบี้ยยังชีพ"),
        (15, 34, "ส่วนที่ 1 ผู้ขอรับสิทธิ"), (15, 42, "ชื่อ-สกุล"), (15, 50, "โทรศัพท์"),
        (15, 62, "ส่วนที่ 2 ผู้ยื่นคำขอแทน"), (15, 70, "ชื่อ-สกุล"), (15, 78, "โทรศัพท์"),
        (100, 78, "อีเมล"),
        (15, 90, "ส่วนที่ 3 เอกสารประกอบ"), (15, 98, "จำนวนเอกสาร"),
    ]  # fmt: skip
    fields = [
        Field("ชื่อ-สกุล", "นางบัวผัน ทองสุก", 35, 42, 110), Field("โทรศัพท์", "-", 35, 50, 50),
        Field("ชื่อ-สกุล_2", "นายอดิศร ทองสุก", 35, 70, 110),
        Field("โทรศัพท์_2", "098-775-3016", 35, 78, 50),
        Field("อีเมล", "adisorn.ts@example.com", 112, 78, 80),
        Field("จำนวนเอกสาร", "3", 45, 98, 20),
    ]  # fmt: skip
    case = read("ส่งแบบคำขอของแม่ครับ\n", pdf=acroform(pdf_page(labels, size=12), fields))
    assert case.fields.get("full_name") == "นางบัวผัน ทองสุก"
    for key in ("phone", "email"):
        assert case.fields.get(key) is None or flagged(case, key), key


def test_a_cooperatives_office_said_in_its_letter_is_its_address() -> None:
    """ "ด้วย<cooperative> ... สำนักงานตั้งอยู่เลขที่ ...": where the one who asks is."""
    case = read(
        "เรียน นายกเทศมนตรีตำบลหนองแก\n\n"
        "ด้วยสหกรณ์ผู้เลี้ยงโคเนื้อบ้านโนน จำกัด สำนักงานตั้งอยู่เลขที่ 58 ม.3 ต.บ้านโนน อ.ซำสูง "
        "ขอนแก่น 40170 โทรศัพท์ 043-302-118 ขอความอนุเคราะห์รถขุดลอกสระน้ำของสหกรณ์\n\n"
        "ขอแสดงความนับถือ\n\n(นายประยูร ดีพร้อม)\nประธานกรรมการดำเนินการ\n"
    )
    assert (case.fields.get("address") or "").startswith("58 ม.3 ต.บ้านโนน")
    assert case.fields.get("postal_code") == "40170"
