"""Unit tests for the shapes blind set 31 (real Thai forms with a second or third person
beside the applicant) found the readers missing (issue 8): each names the way a form is
laid out that it covers, with examples written afresh, not the set's strings. Names and
numbers are invented; each ID's check digit is computed."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def with_check(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


def read_case(text: str, subject: str = "ยื่นคำร้อง") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def read_docx_table(rows: list[list[str]]) -> ExtractedCase:
    import docx

    document = docx.Document()
    document.add_paragraph("คำร้อง")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content("ตามไฟล์แนบ\n")
    msg.add_attachment(out.getvalue(), maintype=DOCX.split("/")[0],
                       subtype=DOCX.split("/")[1], filename="form.docx")  # fmt: skip
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


MINE, THEIRS = with_check("310050026417"), with_check("367010033198")


def test_a_column_per_person_the_applicants_named_by_its_role_in_brackets() -> None:
    # A header row of people, one a column: the one marked as the asker ("(ผู้ขอ)",
    # "(ผู้ร้อง)") is the applicant's; the other column is another person's, whatever
    # his role is called (ผู้ให้เช่า, เจ้าของร้าน, ผู้ว่าจ้าง...), even when it comes first.
    case = read_docx_table([
        ["หัวข้อ", "ผู้ให้เช่าพื้นที่", "ผู้เช่าพื้นที่ (ผู้ขอ)"],
        ["ชื่อ-สกุล", "นายวินัย ทองสุข", "นางสาวอรพรรณ ใจงาม"],
        ["เลขประจำตัวประชาชน", THEIRS, MINE],
        ["โทรศัพท์", "081-200-3344", "089-771-0452"],
    ])  # fmt: skip
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    assert case.fields.get("national_id") == MINE
    assert case.fields.get("phone") in ("+66897710452", "0897710452")


def test_a_minors_part_headed_alone_is_not_the_parents_who_asks() -> None:
    # "ผู้เยาว์" heading the child's lines, then the parent marked as the one who asks
    # ("ผู้แทนโดยชอบธรรม (ผู้ยื่นคำขอ)"), giving an age: the child's birth date is no
    # birth date of the applicant's (none, or a flagged one), nor his name or ID.
    child = with_check("112990034561")
    case = read_case(
        "ผู้เยาว์\n"
        "ชื่อ-สกุล เด็กชายก้องภพ ใจงาม\n"
        f"เลขประจำตัวประชาชน {child}\n"
        "เกิดวันที่ 3 มีนาคม 2558\n\n"
        "ผู้แทนโดยชอบธรรม (ผู้ยื่นคำขอ)\n"
        "ชื่อ-สกุล นางสาวอรพรรณ ใจงาม  อายุ 38 ปี\n"
        f"เลขประจำตัวประชาชน {MINE}\n"
        "ที่อยู่ 5 หมู่ที่ 2 ตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
        "โทรศัพท์ 089-771-0452\n"
    )
    assert case.fields.get("birth_date") is None or flagged(case, "birth_date")
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    assert case.fields.get("national_id") == MINE


ADDRESS = "5 หมู่ที่ 2 ตำบลนาข่า อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000"
THEIR_ADDRESS = "90 หมู่ที่ 8 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000"


def test_a_child_care_form_whose_parent_part_is_marked_as_the_applicants() -> None:
    # The child's part first (ข้อมูลเด็ก), then the parent's headed with the asker's word
    # in brackets ("(ผู้สมัคร)") and giving an age: the parent asks, so the child's birth
    # date is no birth date of the applicant's, nor the child's name hers.
    case = read_case(
        "ข้อมูลเด็ก\n"
        "ชื่อ-สกุล เด็กหญิงพิมพ์ลดา ใจงาม\n"
        "วันเดือนปีเกิด 12/08/2565\n\n"
        "ข้อมูลผู้ปกครอง (ผู้สมัคร)\n"
        "ชื่อ-สกุล นางสาวอรพรรณ ใจงาม\n"
        "อายุ 38 ปี\n"
        f"ที่อยู่ {ADDRESS}\n"
        "โทรศัพท์ 089-771-0452\n"
    )
    assert case.fields.get("birth_date") is None or flagged(case, "birth_date")
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"


def test_numbered_sections_a_carer_who_files_first_then_the_one_in_care() -> None:
    # "ส่วนที่ 1 ผู้ดูแล... (ผู้ยื่นแทน)" then "ส่วนที่ 2 ...": the section's number is no
    # value; the carer files for the one in care, whose values are the applicant's.
    case = read_case(
        "ส่วนที่ 1 ผู้ดูแลผู้สูงอายุ (ผู้ยื่นแทน)\n"
        "ชื่อ-สกุล นายวินัย ทองสุข\n"
        f"เลขประจำตัวประชาชน {THEIRS}\n"
        f"ที่อยู่ {THEIR_ADDRESS}\n"
        "โทรศัพท์ 081-200-3344\n\n"
        "ส่วนที่ 2 ผู้สูงอายุ\n"
        "ชื่อ-สกุล นางสาวอรพรรณ ใจงาม\n"
        f"เลขประจำตัวประชาชน {MINE}\n"
        f"ที่อยู่ {ADDRESS}\n"
        "โทรศัพท์ 089-771-0452\n"
    )
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    assert case.fields.get("national_id") == MINE
    assert case.fields.get("phone") in ("+66897710452", "0897710452")


def test_a_payee_part_is_the_proxys_even_when_first() -> None:
    # An allowance paid into another's account: the ผู้รับเงินแทน's part (his name, ID,
    # phone, account) is a proxy's, the one the money is for asks.
    case = read_case(
        "ผู้รับเงินแทน\n"
        "ชื่อ-สกุล นายวินัย ทองสุข\n"
        f"เลขประจำตัวประชาชน {THEIRS}\n"
        "โทรศัพท์ 081-200-3344\n"
        "เลขที่บัญชี 020-1-55555-1\n\n"
        "ผู้ขอรับเงินเบี้ยความพิการ\n"
        "ชื่อ-สกุล นางสาวอรพรรณ ใจงาม\n"
        f"เลขประจำตัวประชาชน {MINE}\n"
        f"ที่อยู่ {ADDRESS}\n"
        "โทรศัพท์ 089-771-0452\n"
    )
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    assert case.fields.get("national_id") == MINE
    assert case.fields.get("phone") in ("+66897710452", "0897710452")


def test_the_house_owners_consent_to_a_move_in_is_the_owners_part() -> None:
    # "หนังสือยินยอมของเจ้าบ้าน" heads the owner's lines (a house owner, not a land
    # owner), typed above the mover's own.
    case = read_case(
        "หนังสือยินยอมของเจ้าบ้าน\n"
        "ชื่อ-สกุล นายวินัย ทองสุข\n"
        f"เลขประจำตัวประชาชน {THEIRS}\n"
        "โทรศัพท์ 081-200-3344\n\n"
        "ผู้แจ้งย้ายเข้า\n"
        "ชื่อ-สกุล นางสาวอรพรรณ ใจงาม\n"
        f"เลขประจำตัวประชาชน {MINE}\n"
        f"ที่อยู่ {ADDRESS}\n"
        "โทรศัพท์ 089-771-0452\n"
    )
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    assert case.fields.get("national_id") == MINE
    assert case.fields.get("phone") in ("+66897710452", "0897710452")


def test_a_list_of_co_owners_headed_raai_chue_is_theirs() -> None:
    # "รายชื่อผู้ถือกรรมสิทธิ์ร่วม" over the other owners' lines, the applicant's part
    # after it.
    case = read_case(
        "รายชื่อผู้ถือกรรมสิทธิ์ร่วม\n"
        "ชื่อ-สกุล นายวินัย ทองสุข\n"
        f"เลขประจำตัวประชาชน {THEIRS}\n"
        f"ที่อยู่ {THEIR_ADDRESS}\n\n"
        "ผู้ยื่นคำร้อง\n"
        "ชื่อ-สกุล นางสาวอรพรรณ ใจงาม\n"
        f"เลขประจำตัวประชาชน {MINE}\n"
        f"ที่อยู่ {ADDRESS}\n"
        "โทรศัพท์ 089-771-0452\n"
    )
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    assert case.fields.get("national_id") == MINE


def test_a_name_stops_before_the_relation_or_role_typed_after_it() -> None:
    # "ชื่อ-สกุล นาง... เกี่ยวข้องกับผู้ป่วยเป็น บุตร": how the writer is related, and a
    # role after the name ("... ผู้รับเงินแทน"), are no part of the name.
    case = read_case(
        "ผู้แจ้ง\n"
        "ชื่อ-สกุล นางสาวอรพรรณ ใจงาม  เกี่ยวข้องกับผู้ป่วยเป็น บุตร\n"
        f"เลขประจำตัวประชาชน {MINE}\n"
        "โทรศัพท์ 089-771-0452\n"
    )
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    case = read_case(f"ผู้ขอ\nชื่อ-สกุล นางสาวอรพรรณ ใจงาม ผู้ดูแลคนพิการ\nเลขประจำตัวประชาชน {MINE}\n")
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"


def test_after_anothers_part_a_part_headed_by_an_unlisted_role_is_not_theirs() -> None:
    # The owner's consent, then the mover's part headed by his own role ("ผู้ย้ายเข้า"),
    # no word the readers know as the asker's: a new person's part begins, so his name
    # is read, not left out as the owner's.
    case = read_case(
        "เจ้าบ้าน\n"
        "ชื่อ-สกุล นายวินัย ทองสุข\n"
        f"เลขประจำตัวประชาชน {THEIRS}\n"
        "โทร 081-200-3344\n\n"
        "ผู้ย้ายเข้า\n"
        "ชื่อ-สกุล นางสาวอรพรรณ ใจงาม\n"
        f"เลขประจำตัวประชาชน {MINE}\n"
        "โทร 089-771-0452\n"
    )
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    assert case.fields.get("national_id") == MINE


def test_a_heading_with_a_long_note_in_brackets_is_still_a_heading() -> None:
    # "ผู้ยื่นคำร้อง (ผู้ถือกรรมสิทธิ์ร่วมคนที่สามตามโฉนด)": the note makes the line long,
    # yet it heads the asker's part after the other owners' list.
    case = read_case(
        "รายชื่อผู้ถือกรรมสิทธิ์ร่วม\n"
        "ชื่อ-สกุล นายวินัย ทองสุข\n"
        f"เลขประจำตัวประชาชน {THEIRS}\n\n"
        "ผู้ยื่นคำร้อง (ผู้ถือกรรมสิทธิ์ร่วมคนที่สามตามโฉนดที่ดิน)\n"
        "ชื่อ-สกุล นางสาวอรพรรณ ใจงาม\n"
        f"เลขประจำตัวประชาชน {MINE}\n"
    )
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    assert case.fields.get("national_id") == MINE


def test_the_lines_under_a_labelled_respondent_are_his_until_the_complainant() -> None:
    # "ผู้ถูกร้องเรียน <name>" typed as a label and value, his address and phone below,
    # then "ผู้ร้องเรียน <name>" and the complainant's own lines.
    case = read_case(
        "ผู้ถูกร้องเรียน นายวินัย ทองสุข (เจ้าของอู่ซ่อมรถ)\n"
        f"ที่อยู่ {THEIR_ADDRESS}\n"
        "โทร 081-200-3344\n\n"
        "ผู้ร้องเรียน นางสาวอรพรรณ ใจงาม\n"
        f"เลขประจำตัวประชาชน {MINE}\n"
        f"ที่อยู่ {ADDRESS}\n"
        "โทร 089-771-0452\n",
        subject="ร้องเรียนเสียงดัง",
    )
    assert case.fields.get("phone") in ("+66897710452", "0897710452")
    assert (case.fields.get("address") or "").startswith("5 หมู่ที่ 2")


def read_html(html: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "คำร้อง"
    msg.set_content(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_an_html_table_whose_one_cell_rows_head_each_persons_rows() -> None:
    # One table for a birth report: "บิดา" and "มารดา" rows with the same labels as the
    # "ผู้แจ้ง" rows under them; only the reporter's are the applicant's.
    def row(k: str, v: str) -> str:
        return f"<tr><td>{k}</td><td>{v}</td></tr>"

    html = (
        "<table border='1'><tr><td colspan='2'><b>บิดา</b></td></tr>"
        + row("ชื่อ-สกุล", "นายวินัย ทองสุข") + row("เลขประจำตัวประชาชน", THEIRS)
        + "<tr><td colspan='2'><b>ผู้แจ้ง</b></td></tr>"
        + row("ชื่อ-สกุล", "นางสาวอรพรรณ ใจงาม") + row("เลขประจำตัวประชาชน", MINE)
        + row("โทรศัพท์", "089-771-0452") + "</table>"
    )  # fmt: skip
    case = read_html(html)
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    assert case.fields.get("national_id") == MINE


def test_an_html_table_with_a_column_per_person_reads_the_askers() -> None:
    # "หัวข้อ | ผู้ถูกร้องเรียน | ผู้ร้องเรียน": the respondent's column first.
    html = (
        "<table border='1'><tr><th>หัวข้อ</th><th>ผู้ถูกร้องเรียน</th><th>ผู้ร้องเรียน</th></tr>"
        "<tr><td>ชื่อ-สกุล</td><td>นายวินัย ทองสุข</td><td>นางสาวอรพรรณ ใจงาม</td></tr>"
        f"<tr><td>ที่อยู่</td><td>{THEIR_ADDRESS}</td><td>{ADDRESS}</td></tr>"
        "<tr><td>โทรศัพท์</td><td>081-200-3344</td><td>089-771-0452</td></tr></table>"
    )
    case = read_html(html)
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    assert case.fields.get("phone") in ("+66897710452", "0897710452")
    assert not flagged(case, "full_name")


def test_a_writer_who_names_himself_a_payee_writes_a_proxys_lines() -> None:
    # "ข้าพเจ้า <name> ผู้รับเงินแทน" and his ID and phone, then the one the allowance is
    # for under her own heading: the writer's lines are a proxy's.
    case = read_case(
        "ข้าพเจ้า นายวินัย ทองสุข ผู้รับเงินแทน\n"
        f"เลขประจำตัวประชาชน {THEIRS}\n"
        "โทรศัพท์ 081-200-3344\n\n"
        "คนพิการ\n"
        "ชื่อ-สกุล นางสาวอรพรรณ ใจงาม\n"
        f"เลขประจำตัวประชาชน {MINE}\n"
        "โทรศัพท์ 089-771-0452\n"
    )
    assert case.fields.get("full_name") == "นางสาวอรพรรณ ใจงาม"
    assert case.fields.get("national_id") == MINE
    assert case.fields.get("phone") in ("+66897710452", "0897710452")


def test_a_relation_under_or_beside_a_name_label_is_no_name() -> None:
    # The reporter is the father above: "ผู้แจ้ง" heads his part and the line under it
    # says so ("ผู้แจ้งเป็น บิดา (ตามข้อมูลข้างต้น)"); a kin word is no one's name, in
    # text or in an HTML table's cell.
    case = read_case(
        "บิดา\nชื่อ-สกุล นายวินัย ทองสุข\n\nผู้แจ้ง\nผู้แจ้งเป็น บิดา (ตามข้อมูลข้างต้น)\nโทรศัพท์ 089-771-0452\n"
    )
    assert case.fields.get("full_name") in (None, "นายวินัย ทองสุข")
    html = (
        "<table><tr><td>ชื่อ-สกุล</td><td>นายวินัย ทองสุข</td></tr>"
        "<tr><td>ผู้แจ้งเป็น</td><td>บิดา (ตามข้อมูลข้างต้น)</td></tr></table>"
    )
    assert read_html(html).fields.get("full_name") == "นายวินัย ทองสุข"
