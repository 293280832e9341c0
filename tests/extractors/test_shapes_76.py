"""Unit tests for the ways of writing blind set 76 (the Deep South's Muslim communities)
found the readers getting wrong (issue 8): each on text written afresh, not the set's
strings. Names and numbers are invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
WIDOW_ID = "3940200517232"
HUSBAND_ID = "3940200140015"


def read(text: str, pdf: bytes = b"", docx: bytes = b"", xlsx: bytes = b"") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำขอ"
    msg.set_content(text)
    if pdf:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="form.pdf")
    if docx:
        main, sub = DOCX.split("/")
        msg.add_attachment(docx, maintype=main, subtype=sub, filename="form.docx")
    if xlsx:
        main, sub = XLSX.split("/")
        msg.add_attachment(xlsx, maintype=main, subtype=sub, filename="list.xlsx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_fillable_forms_fields_named_for_the_deceased_are_his() -> None:
    """A relief form's first part is the dead man's, its fields named so in Thai
    ("ชื่อผู้ตาย", "เลขผู้ตาย") under the captions "ชื่อ-สกุล", "เลขประจำตัวประชาชน": his
    name and ID are never taken for the claimant's unflagged."""
    captions = [(20, 30, "ส่วนที่ 1 ผู้ตาย"), (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"),
                (20, 70, "ส่วนที่ 2 ผู้ยื่นคำขอ"), (20, 80, "ชื่อ-สกุล"), (20, 90, "เลขประจำตัวประชาชน"),
                (20, 100, "โทรศัพท์")]  # fmt: skip
    fields = [Field("ชื่อผู้ตาย", "นายอาแซ ลาเต๊ะ", 60, 40, 100),
              Field("เลขผู้ตาย", HUSBAND_ID, 60, 50, 60),
              Field("ชื่อผู้ยื่น", "นางแวนะ ลาเต๊ะ", 60, 80, 100),
              Field("เลขผู้ยื่น", WIDOW_ID, 60, 90, 60),
              Field("โทรผู้ยื่น", "081-662-0417", 60, 100, 60)]  # fmt: skip
    case = read("ส่งแบบคำขอที่กรอกแล้วค่ะ\n", pdf=acroform(pdf_page(captions, size=13), fields))
    assert case.fields["full_name"] == "นางแวนะ ลาเต๊ะ"
    assert case.fields["national_id"] == WIDOW_ID


def test_a_certifier_of_the_one_named_above_is_not_the_applicant() -> None:
    """A centre's form: the teacher's rows in a table, then its head certifies "the one
    named above" on a line of his own (his name, ID, mobile): the teacher is the
    applicant, never the head."""

    def build(d: Any) -> None:
        d.add_paragraph("แบบขอรับค่าตอบแทนครูผู้สอน ศูนย์การศึกษาอิสลาม")
        rows = [("ชื่อ-สกุลครูผู้สอน", "นางสาวซูฮัยลา มะดีเยาะ"), ("เลขประจำตัวประชาชน", WIDOW_ID),
                ("โทรศัพท์", "086-330-1927")]  # fmt: skip
        t = d.add_table(rows=len(rows), cols=2)
        for r, (x, y) in enumerate(rows):
            t.cell(r, 0).text, t.cell(r, 1).text = x, y
        d.add_paragraph(
            f"ข้าพเจ้า นายมะรอเซะ อาแว เลขประจำตัวประชาชน {HUSBAND_ID} หัวหน้าศูนย์ "
            "ขอรับรองว่าผู้มีรายชื่อข้างต้นเป็นครูผู้สอนประจำศูนย์จริง โทร 089-442-7130"
        )

    case = read("ส่งแบบของครูครับ\n", docx=docx_bytes(build))
    assert case.fields["full_name"] == "นางสาวซูฮัยลา มะดีเยาะ"
    assert case.fields["national_id"] == WIDOW_ID
    assert case.fields["phone"] in ("+66863301927", "0863301927")


def test_a_titled_name_wrapped_before_its_id_on_the_next_line() -> None:
    """A typed letter wraps at its width (or a mail sets each paragraph on its line):
    "...หนังสือเชิญ นาง<name>" ends a line, "เลขประจำตัวประชาชน <ID>" opens the next.
    The name is the one the ID identifies, the request's subject, not the officer who
    signs the letter."""
    text = (
        "เรียน นายอำเภอ\n\n"
        "ตามที่อำเภอได้มีหนังสือเชิญ นางแวนะ ลาเต๊ะ\n"
        f"เลขประจำตัวประชาชน {WIDOW_ID} อยู่บ้านเลขที่ 4 หมู่ 3 ตำบลตะลุโบะ\n"
        "อำเภอเมืองปัตตานี จังหวัดปัตตานี 94000 มาให้ถ้อยคำ มูลนิธิจึงขอจัดล่ามให้ด้วย\n"
        "ขอแสดงความนับถือ\n(นางสาวรอฮานี สาแม)\nเจ้าหน้าที่มูลนิธิ\n"
    )
    case = read(text)
    assert case.fields["full_name"] == "นางแวนะ ลาเต๊ะ"


def test_the_first_named_before_an_id_ranks_first_wrapped_or_not() -> None:
    """An agent's mail, a paragraph a line: the pilgrim's name, her ID on the next line,
    then her companion's name and ID on one line. The pilgrim, named first, is the one
    the request is for."""
    text = (
        "เรียน นายอำเภอ\n\nบริษัท ตานีทัวร์ จำกัด ขอส่งรายชื่อผู้แสวงบุญ\n"
        "ผู้แสวงบุญ นางแวนะ ลาเต๊ะ\n"
        f"เลขประจำตัวประชาชน {WIDOW_ID}\n"
        f"ผู้ร่วมเดินทาง นายอาแซ ลาเต๊ะ เลขประจำตัวประชาชน {HUSBAND_ID}\n"
    )
    case = read(text)
    assert case.fields["full_name"] == "นางแวนะ ลาเต๊ะ"


def test_a_son_asks_for_his_mother_named_with_her_id() -> None:
    """A son in the city writes for his mother: his own name, ID and home first, then
    "ขอ...ให้มารดาของผม คือ <her> เลขประจำตัวประชาชน ... อยู่บ้านเลขที่ ...". She is the
    one the request is for: her name, ID and home, never his."""
    text = (
        "เรียน นายอำเภอ\n\nผม นายอิสมาแอ ลาเต๊ะ เลขบัตร "
        f"{HUSBAND_ID} ทำงานอยู่ที่ 51/2 ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310\n"
        "ขอความอนุเคราะห์จัดล่ามให้มารดาของผม คือ นางแวนะ ลาเต๊ะ "
        f"เลขประจำตัวประชาชน {WIDOW_ID} อยู่บ้านเลขที่ 4 หมู่ 3 ตำบลตะลุโบะ อำเภอเมืองปัตตานี "
        "จังหวัดปัตตานี 94000\nเนื่องจากมารดาฟังภาษาไทยไม่เข้าใจครับ\n\nติดต่อผมได้ที่ 081-552-0193\n"
    )
    case = read(text)
    assert case.fields["full_name"] == "นางแวนะ ลาเต๊ะ"
    assert case.fields["national_id"] == WIDOW_ID
    assert case.fields["postal_code"] == "94000"


def test_where_the_committee_that_writes_stands_is_its_address() -> None:
    """ "ด้วยคณะกรรมการ...ประจำมัสยิด... ตั้งอยู่เลขที่ ...": the body that asks, and where
    it stands; a shop "ตั้งอยู่เลขที่" in another's letter is no one's home."""
    text = (
        "เรียน นายก อบต.\n\nด้วยคณะกรรมการอิสลามประจำมัสยิดนูรุลฮุดา ตั้งอยู่เลขที่ 7 หมู่ที่ 5 "
        "ตำบลตะลุโบะ อำเภอเมืองปัตตานี จังหวัดปัตตานี 94000 มีความประสงค์ขอซ่อมถนน\n\n"
        f"ผู้ยื่นคำร้อง นายอาแซ ลาเต๊ะ ประธานคณะกรรมการ\nเลขประจำตัวประชาชน {HUSBAND_ID}\n"
    )
    case = read(text)
    assert case.fields["postal_code"] == "94000"
    assert (case.fields["address"] or "").startswith("7 หมู่ที่ 5")


def test_a_sheets_role_column_with_a_standing_no_list_knows() -> None:
    """A pilgrim's sheet under a title and a header row: ฐานะ "ผู้ขอ" on her row,
    "มะห์รอม" (her companion, a word no list of roles knows) on his. Her row is the
    request's: her ID, her mobile; never the whole row as her name."""

    def fill(book: Any) -> None:
        ws = book.active
        ws.append(("แบบข้อมูลผู้เดินทาง",))
        ws.append(("ฐานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์"))
        ws.append(("ผู้ขอ", "นางแวนะ ลาเต๊ะ", WIDOW_ID, "081-552-0193"))
        ws.append(("มะห์รอม", "นายอาแซ ลาเต๊ะ", HUSBAND_ID, ""))

    case = read("ส่งแบบข้อมูลค่ะ\n", xlsx=xlsx_bytes(fill))
    assert case.fields["full_name"] == "นางแวนะ ลาเต๊ะ"
    assert case.fields["national_id"] == WIDOW_ID
    assert case.fields["phone"] in ("+66815520193", "0815520193")


def test_a_households_address_beside_its_title_and_a_phone_in_its_notes() -> None:
    """A household's sheet: its title with "ที่อยู่ ..." in the next cell, a header row,
    the claimant's row with "โทร ..." in the notes column, the deceased's row. Her home
    is the address beside the title; her phone is the one in her row's notes."""

    def fill(book: Any) -> None:
        ws = book.active
        ws.append(("ข้อมูลครัวเรือน", "ที่อยู่ 4 หมู่ 3 ตำบลตะลุโบะ อำเภอเมืองปัตตานี จังหวัดปัตตานี 94000"))
        ws.append(("สถานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "หมายเหตุ"))
        ws.append(
            ("ผู้ยื่นคำขอ (ภรรยา)", "นางแวนะ ลาเต๊ะ", WIDOW_ID, "3 มีนาคม 2521", "โทร 081-552-0193")
        )
        ws.append(("ผู้เสียชีวิต (สามี)", "นายอาแซ ลาเต๊ะ", HUSBAND_ID, "9 ตุลาคม 2518", "เสียชีวิต"))

    case = read("ส่งข้อมูลครัวเรือนครับ\n", xlsx=xlsx_bytes(fill))
    assert case.fields["full_name"] == "นางแวนะ ลาเต๊ะ"
    assert case.fields["phone"] in ("+66815520193", "0815520193")
    assert case.fields["postal_code"] == "94000"
