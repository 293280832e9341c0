"""Unit tests for mends asked in issue 8's review: a Word or PDF table of people under
one header row (a list, none shown to be the applicant: nothing read, as HTML and text
tables already give nothing), the same header over one row (the applicant's: read).
Examples written afresh, not the held-out sets' strings."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import docx
from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def read_mail(text: str, docx_file: bytes | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งเอกสาร"
    msg.set_content(text)
    if docx_file is not None:
        msg.add_attachment(docx_file, maintype="application", subtype=DOCX, filename="a.docx")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def table_docx(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("แบบแจ้งรายชื่อผู้เข้าร่วมอบรมอาสาสมัคร")
    table = document.add_table(rows=1 + len(rows), cols=len(head))
    for c, caption in enumerate(head):
        table.cell(0, c).text = caption
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


HEAD = ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์")
TRAINEES = [
    ("1", "นายธนพล ศรีสุข", "1103700812342", "081-223-9045"),
    ("2", "นางสาวพิมพ์ชนก แสงทอง", "3409900462174", "092-771-3308"),
    ("3", "นายวรวุฒิ คำมา", "1100500123456", "086-554-1120"),
]


def test_a_word_table_of_people_under_a_header_row_is_no_applicant() -> None:
    case = read_mail("ส่งรายชื่อผู้เข้าอบรมตามไฟล์แนบครับ", table_docx(HEAD, TRAINEES))
    # none of them is shown to be the applicant: not the first row's person either
    for key in ("full_name", "national_id", "phone"):
        assert case.fields.get(key) is None, key


def test_a_word_header_over_one_row_is_the_applicants() -> None:
    case = read_mail("ส่งแบบคำขอตามไฟล์แนบครับ", table_docx(HEAD, TRAINEES[:1]))
    assert case.fields.get("full_name") == "นายธนพล ศรีสุข"
    assert case.fields.get("national_id") == "1103700812342"
    assert case.fields.get("phone") == "+66812239045"


def read_pdf_table(rows: list[tuple[str, ...]], row_gap: float) -> ExtractedCase:
    """HEAD's captions over `rows` on a PDF page, a row every `row_gap` points."""
    from unseen_requests_5 import pdf_page

    starts = (15.0, 30.0, 85.0, 145.0)
    texts = [(40.0, 20.0, "แบบแจ้งรายชื่อผู้เข้าร่วมอบรมอาสาสมัคร")]
    texts += [(x, 40.0, caption) for x, caption in zip(starts, HEAD, strict=True)]
    for r, row in enumerate(rows, start=1):
        texts += [(x + 2.0, 40.0 + row_gap * r, v) for x, v in zip(starts, row, strict=True)]
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งเอกสาร"
    msg.set_content("ตามไฟล์แนบครับ\n")
    data = pdf_page(texts, size=10, face="Garuda")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="a.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_pdf_table_of_people_under_a_header_row_is_no_applicant() -> None:
    # rows close together (read as one value wrapped: the three names joined) or a
    # row's height apart (the first person taken): a list either way
    for gap in (6.0, 9.0):
        case = read_pdf_table(TRAINEES, gap)
        for key in ("full_name", "national_id", "phone"):
            assert case.fields.get(key) is None, (gap, key)


def test_a_pdf_header_over_one_row_is_the_applicants() -> None:
    case = read_pdf_table(TRAINEES[:1], 9.0)
    assert case.fields.get("full_name") == "นายธนพล ศรีสุข"
    assert case.fields.get("national_id") == "1103700812342"
    assert case.fields.get("phone") == "+66812239045"


# --- one list of an address's words (extractors.address_parts) -----------------------------


def test_a_lane_word_cut_at_a_lines_end_is_mended() -> None:
    # ตรอก was missing from the break mender's own copy of the list: "ตร" / "อก..." stayed
    # two lines
    from extractors.address_breaks import joined_across_break

    joined = joined_across_break("45/2 ตร", "อกโรงเลื่อย แขวงวัดเทพศิรินทร์")
    assert joined == "45/2 ตรอกโรงเลื่อย แขวงวัดเทพศิรินทร์"


def test_a_lane_after_the_house_number_on_the_names_line_is_an_address() -> None:
    # ตรอก opens an address after a house number, as ซอย does (line_values had its own list)
    from extractors.line_values import LINE_ADDRESS, line_values

    text = "แจ้งท่อระบายน้ำอุดตันครับ นายสุเมธ ทองใบ 17 ตรอกวัดดวงแข แขวงรองเมือง เขตปทุมวัน"
    found = [(key, value) for key, value, _, how in line_values(text) if how == LINE_ADDRESS]
    assert found == [("address", "17 ตรอกวัดดวงแข แขวงรองเมือง เขตปทุมวัน")]


# --- a parent filing for a minor child (ขอยื่นคำร้องแทนบุตร) ----------------------------------
# The lines before "ขอยื่นคำร้องแทน..." are the filer's, a proxy's; the person filed for is
# the applicant where the mail gives that person's block (extractors/acting_for.py's rule;
# blind sets differ on a parent and a minor: set 16 the child, set 34 the parent). What
# must hold either way: no value of one person passes unflagged beside the other's name.

PARENT = ("นางสุภาพร มีสุข", "3409900462174", "+66812239045")
CHILD = ("ด.ญ.กานต์ธิดา มีสุข", "1103700812342", "2015-03-04")
CHILDS_ADDRESS = "88 หมู่ 3 ตำบลบ้านค้อ อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"


def test_a_parent_filing_for_a_minor_child_gives_the_childs_values_flagged() -> None:
    case = read_mail(
        "เรียน นายทะเบียนอำเภอ\n\n"
        f"ชื่อ-สกุล: {PARENT[0]}\n"
        f"เลขประจำตัวประชาชน: {PARENT[1]}\n"
        "โทรศัพท์: 081-223-9045\n"
        "ขอยื่นคำร้องแทนบุตร ซึ่งยังไม่บรรลุนิติภาวะ เพื่อขอคัดสำเนาสูติบัตร\n"
        f"ชื่อ-สกุล: {CHILD[0]}\n"
        f"เลขประจำตัวประชาชน: {CHILD[1]}\n"
        "วันเกิด: 4 มีนาคม 2558\n"
        f"ที่อยู่: {CHILDS_ADDRESS}\n\n"
        f"ขอแสดงความนับถือ\n{PARENT[0]}\n"
    )
    fields = case.fields
    assert (fields["full_name"], fields["national_id"]) == CHILD[:2]
    assert fields["birth_date"] == CHILD[2]
    assert fields["address"] == CHILDS_ADDRESS
    # the parent's name and ID stand against the child's: a clerk is told to look
    assert flagged(case, "full_name") and flagged(case, "national_id")
    # the child's block has no phone: the parent's (the contact), flagged
    assert fields["phone"] == PARENT[2] and flagged(case, "phone")


def test_an_id_other_than_the_one_beside_the_chosen_name_is_flagged() -> None:
    # "ขอยื่นคำร้องแทน ด.ญ. ..." with the child's ID and birth date labelled under it: the
    # name read is the parent's (flagged, a proxy's line), the ID the child's. Whichever
    # person a clerk holds the applicant, name and ID are two people's: the ID beside the
    # chosen name differs from the chosen ID, so the ID is flagged too (it was not).
    case = read_mail(
        "เรียน นายทะเบียนอำเภอ\n\n"
        f"ข้าพเจ้า {PARENT[0]} เลขประจำตัวประชาชน {PARENT[1]} โทร 081-223-9045\n"
        f"ขอยื่นคำร้องแทน {CHILD[0]} ซึ่งเป็นบุตรของข้าพเจ้า อายุ 11 ปี\n"
        f"เลขประจำตัวประชาชน: {CHILD[1]}\n"
        "วันเกิด: 4 มีนาคม 2558\n"
        f"ที่อยู่: {CHILDS_ADDRESS}\n\n"
        f"ขอแสดงความนับถือ\n{PARENT[0]}\n"
    )
    fields = case.fields
    assert fields["full_name"] == PARENT[0] and flagged(case, "full_name")
    assert fields["national_id"] == CHILD[1] and flagged(case, "national_id")
    assert fields["birth_date"] == CHILD[2]


def test_a_birth_date_beside_two_peoples_name_and_id_is_flagged() -> None:
    # The case above: name the parent's, ID the child's (both flagged). The birth date is
    # the child's block's, and whichever person a clerk holds the applicant, it came with
    # two people's identities mixed: it was shown unflagged (stop 34's note).
    case = read_mail(
        "เรียน นายทะเบียนอำเภอ\n\n"
        f"ข้าพเจ้า {PARENT[0]} เลขประจำตัวประชาชน {PARENT[1]} โทร 081-223-9045\n"
        f"ขอยื่นคำร้องแทน {CHILD[0]} ซึ่งเป็นบุตรของข้าพเจ้า อายุ 11 ปี\n"
        f"เลขประจำตัวประชาชน: {CHILD[1]}\n"
        "วันเกิด: 4 มีนาคม 2558\n"
        f"ที่อยู่: {CHILDS_ADDRESS}\n\n"
        f"ขอแสดงความนับถือ\n{PARENT[0]}\n"
    )
    assert case.fields["birth_date"] == CHILD[2]
    assert "two_people" in {i.code for i in case.issues.get("birth_date", [])}
