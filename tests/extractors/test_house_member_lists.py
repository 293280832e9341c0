"""A house registration's members (ท.ร.14) copied into a request, one row a person: the
row of the one who asks is hers, the เจ้าบ้าน's and the other members' rows are others'.
A sheet with a column of standing in the register (เจ้าบ้าน / ผู้อาศัย: every row another's
to the register) and a later column of relation to the one who files (บิดา, มารดา,
ผู้ยื่นคำขอ) is read by the later column. Names, numbers and places invented."""

from __future__ import annotations

import io
import sys
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import openpyxl

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.sheet_roles import own_role_row
from extractors.templates import load_templates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit
from unseen_requests_5 import docx_bytes

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

HEAD_ID = with_check_digit("341050012233")
WIFE_ID = with_check_digit("341050045566")
ASKER_ID = with_check_digit("141050078899")
BROTHER_ID = with_check_digit("141050091122")


def _mail(body: str, files: tuple[tuple[str, bytes, tuple[str, str]], ...] = ()) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "kanokwan.sr@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งสำเนาทะเบียนบ้าน"
    msg.set_content(body)
    for name, data, (main, sub) in files:
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_relation_column_names_the_asker_past_the_register_standing() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(("รายชื่อผู้อยู่อาศัยตามทะเบียนบ้าน",))
    sheet.append(())
    sheet.append(
        ("ที่", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "สถานะ", "ความสัมพันธ์", "เบอร์โทร")
    )
    sheet.append((1, "นายประยูร ศรีสุข", HEAD_ID, "3 มี.ค. 2500", "เจ้าบ้าน", "บิดา", ""))
    sheet.append((2, "นางบุญมี ศรีสุข", WIFE_ID, "9 ต.ค. 2503", "ผู้อาศัย", "มารดา", ""))
    sheet.append(
        (3, "นางสาวกนกวรรณ ศรีสุข", ASKER_ID, "21 ม.ค. 2531", "ผู้อาศัย", "ผู้ยื่นคำขอ", "086-224-7719")
    )
    sheet.append((4, "นายกฤษดา ศรีสุข", BROTHER_ID, "5 ส.ค. 2534", "ผู้อาศัย", "พี่/น้อง", ""))
    out = io.BytesIO()
    book.save(out)
    case = _mail(
        "เรียน นายก อบต.\nส่งรายชื่อสมาชิกในบ้านค่ะ\nกนกวรรณ\n", (("members.xlsx", out.getvalue(), XLSX),)
    )
    assert case.fields["national_id"] == ASKER_ID
    assert case.fields["birth_date"] == "1988-01-21"
    assert case.fields["phone"] == "+66862247719"


def test_own_role_row_looks_past_a_column_naming_no_asker() -> None:
    people = [
        ["นายประยูร ศรีสุข", "เจ้าบ้าน", "บิดา"],
        ["นางสาวกนกวรรณ ศรีสุข", "ผู้อาศัย", "ผู้ยื่นคำร้อง"],
        ["นายกฤษดา ศรีสุข", "ผู้อาศัย", "บุตร/ธิดา"],
    ]
    assert own_role_row(people) == 1


def test_the_birth_date_on_the_named_writers_line_of_the_members() -> None:
    html = (
        "<html><body><p>เรียน งานทะเบียนราษฎร</p>"
        "<p>ดิฉัน นางสาวกนกวรรณ ศรีสุข ผู้อาศัยในบ้านหลังนี้ ขอคัดสำเนาทะเบียนบ้าน 1 ชุด ค่ะ</p>"
        "<table border='1'><tr><th>ที่</th><th>ชื่อ-สกุล</th><th>เลขประจำตัวประชาชน</th>"
        "<th>วันเกิด</th><th>สถานภาพ</th></tr>"
        f"<tr><td>1</td><td>นายประยูร ศรีสุข</td><td>{HEAD_ID}</td>"
        "<td>3 มีนาคม 2500</td><td>เจ้าบ้าน</td></tr>"
        f"<tr><td>2</td><td>นางบุญมี ศรีสุข</td><td>{WIFE_ID}</td>"
        "<td>9/10/2503</td><td>ผู้อาศัย</td></tr>"
        f"<tr><td>3</td><td>นางสาวกนกวรรณ ศรีสุข</td><td>{ASKER_ID}</td>"
        "<td>21 ม.ค. 2531</td><td>ผู้อาศัย</td></tr>"
        "</table><p>โทร 086-224-7719</p><p>นางสาวกนกวรรณ ศรีสุข</p></body></html>"
    )
    msg = EmailMessage()
    msg["From"] = "kanokwan.sr@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอคัดสำเนาทะเบียนบ้าน"
    msg.set_content(html, subtype="html")
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields["full_name"] == "นางสาวกนกวรรณ ศรีสุข"
    assert case.fields["national_id"] == ASKER_ID
    assert case.fields["birth_date"] == "1988-01-21"


def test_the_register_standing_after_the_writers_name_is_no_part_of_it() -> None:
    case = _mail(
        "เรียน นายอำเภอ\nข้าพเจ้า นางสาวกนกวรรณ ศรีสุข ผู้อาศัย บ้านเลขที่ 14 หมู่ 2 "
        "ตำบลโคกปีบ อำเภอศรีมโหสถ จังหวัดปราจีนบุรี ขอหนังสือรับรองการมีชื่ออยู่ในทะเบียนบ้าน\n"
    )
    assert case.fields["full_name"] == "นางสาวกนกวรรณ ศรีสุข"


def test_a_word_tables_row_the_letter_names_as_its_writers() -> None:
    members = (
        ("1", "นายประยูร ศรีสุข", HEAD_ID, "3 มี.ค. 2500", "เจ้าบ้าน"),
        ("2", "นางบุญมี ศรีสุข", WIFE_ID, "9 ต.ค. 2503", "ผู้อาศัย"),
        ("3", "นางสาวกนกวรรณ ศรีสุข", ASKER_ID, "21 ม.ค. 2531", "ผู้อาศัย"),
    )

    def build(d: Any) -> None:
        d.add_paragraph("เรียน นายอำเภอ")
        d.add_paragraph(
            "ข้าพเจ้า นางสาวกนกวรรณ ศรีสุข อยู่บ้านเลขที่ 14 หมู่ 2 ตำบลโคกปีบ อำเภอศรีมโหสถ "
            "จังหวัดปราจีนบุรี ขอหนังสือรับรองการมีชื่ออยู่ในทะเบียนบ้าน"
        )
        table = d.add_table(rows=1, cols=5)
        heads = ("ลำดับ", "ชื่อ-ชื่อสกุล", "เลขประจำตัวประชาชน", "วันเกิด", "สถานภาพ")
        for cell, text in zip(table.rows[0].cells, heads, strict=True):
            cell.text = text
        for member in members:
            for cell, text in zip(table.add_row().cells, member, strict=True):
                cell.text = text

    case = _mail("ส่งคำขอตามแนบค่ะ\n", (("request.docx", docx_bytes(build), DOCX),))
    assert case.fields["national_id"] == ASKER_ID
    assert case.fields["birth_date"] == "1988-01-21"


def test_a_typed_list_of_members_gives_the_writers_line_not_the_heads() -> None:
    case = _mail(
        "เรียน งานทะเบียนราษฎร\n\n"
        "ดิฉัน นางสาวกนกวรรณ ศรีสุข เป็นผู้อาศัยในบ้านหลังนี้ ขอทราบเอกสารที่ต้องใช้ค่ะ\n\n"
        "สำเนาทะเบียนบ้าน\n"
        f"1. ชื่อ นายประยูร ศรีสุข เลขประจำตัวประชาชน {HEAD_ID} สถานภาพ เจ้าบ้าน\n"
        f"2. ชื่อ นางบุญมี ศรีสุข เลขประจำตัวประชาชน {WIFE_ID} สถานภาพ ผู้อาศัย\n"
        f"3. ชื่อ นางสาวกนกวรรณ ศรีสุข เลขประจำตัวประชาชน {ASKER_ID} สถานภาพ ผู้อาศัย\n"
    )
    assert case.fields["full_name"] == "นางสาวกนกวรรณ ศรีสุข"
    assert case.fields["national_id"] == ASKER_ID


def test_a_marriage_certificates_other_side_is_not_the_wifes() -> None:
    case = _mail(
        "เรียน นายอำเภอ\n\n"
        "ดิฉัน นางกนกวรรณ ศรีสุข ขอหนังสือรับรองสถานภาพการสมรส รายละเอียดตามทะเบียนสมรสค่ะ\n\n"
        "ชื่อ-สกุล ฝ่ายชาย: นายกฤษดา ศรีสุข\n"
        f"เลขประจำตัวประชาชน (ฝ่ายชาย): {BROTHER_ID}\n"
        "เกิดวันที่ (ฝ่ายชาย): 5 ส.ค. 2529\n"
        "ชื่อ-สกุล ฝ่ายหญิง: นางกนกวรรณ ศรีสุข\n"
        f"เลขประจำตัวประชาชน (ฝ่ายหญิง): {ASKER_ID}\n"
        "เกิดวันที่ (ฝ่ายหญิง): 21 ม.ค. 2531\n\n"
        "ขอแสดงความนับถือ\nนางกนกวรรณ ศรีสุข\n"
    )
    assert case.fields["full_name"] == "นางกนกวรรณ ศรีสุข"
    assert case.fields["national_id"] == ASKER_ID
    assert case.fields["birth_date"] == "1988-01-21"


# --- a register typed out as a text PDF: one numbered row a member, pairs one space apart --


def _typed_register(rows: list[str]) -> bytes:
    from unseen_requests_5 import pdf_page

    lines = ["สำเนาทะเบียนบ้าน (ท.ร.14)", "ที่อยู่ 7 หมู่ 2 ตำบลโพนงาม อำเภอกมลาไสย จังหวัดกาฬสินธุ์ 46130"]
    lines += ["รายการบุคคลในบ้าน", *rows, "สำเนาถูกต้อง"]
    return pdf_page([(20, 30 + 8 * k, line) for k, line in enumerate(lines)], size=11)


def _asking(rows: list[str]) -> ExtractedCase:
    body = (
        "เรียน งานทะเบียนราษฎร\n\nดิฉัน นางสาวกนกวรรณ ศรีสุข เป็นผู้อาศัยในทะเบียนบ้านที่แนบ "
        "ขอหนังสือรับรองการเป็นผู้อาศัยค่ะ\nโทร 086-224-7719\n"
    )
    pdf = ("application", "pdf")
    return _mail(body, (("tr14.pdf", _typed_register(rows), pdf),))


def test_a_typed_registers_row_gives_the_askers_id_and_birth_date() -> None:
    # "N. ชื่อ <name> เลขประจำตัวประชาชน <ID> เพศ <sex> เกิด <date> สถานภาพ <standing>": no
    # colons, one space apart; the name ends at the ID's label, "เพศ หญิง" no field's
    case = _asking(
        [
            f"1. ชื่อ นายประยูร ศรีสุข เลขประจำตัวประชาชน {HEAD_ID} "
            "เพศ ชาย เกิด 3 มี.ค. 2500 สถานภาพ เจ้าบ้าน",
            f"2. ชื่อ นางสาวกนกวรรณ ศรีสุข เลขประจำตัวประชาชน {ASKER_ID} "
            "เพศ หญิง เกิด 21 ม.ค. 2531 สถานภาพ ผู้อาศัย",
            f"3. ชื่อ นายกฤษดา ศรีสุข เลขประจำตัวประชาชน {BROTHER_ID} "
            "เพศ ชาย เกิด 5 ส.ค. 2534 สถานภาพ ผู้อาศัย",
        ]
    )
    assert case.fields["full_name"] == "นางสาวกนกวรรณ ศรีสุข"
    assert case.fields["national_id"] == ASKER_ID
    assert case.fields["birth_date"] == "1988-01-21"


def test_a_rows_label_left_at_the_lines_end_takes_the_value_wrapped_below() -> None:
    # the page's width wraps a row after a label ("... เพศ" / "หญิง เกิด ..."): the label's
    # value is on the next line, which is no row of its own
    case = _asking(
        [
            f"1. ชื่อ นายประยูร ศรีสุข เลขประจำตัวประชาชน {HEAD_ID} เพศ ชาย เกิด",
            "3 มี.ค. 2500 สถานภาพ เจ้าบ้าน",
            f"2. ชื่อ นางสาวกนกวรรณ ศรีสุข เลขประจำตัวประชาชน {ASKER_ID} เพศ",
            "หญิง เกิด 21 ม.ค. 2531 สถานภาพ ผู้อาศัย",
        ]
    )
    assert case.fields["national_id"] == ASKER_ID
    assert case.fields["birth_date"] == "1988-01-21"


def test_an_html_members_table_whose_role_cell_reads_as_a_label() -> None:
    # the asker's role cell ("ผู้ยื่นคำร้อง") is also a label of a name: under a column the
    # header names by no field (ความสัมพันธ์) it is a row's value, and the job cell after
    # it never her name (set 121: a Gmail table of a household)
    rows = [
        ("นางสาวกนกวรรณ ศรีสุข", ASKER_ID, "38", "ผู้ยื่นคำร้อง", "รับจ้างทั่วไป", "3,000"),
        ("เด็กชายภูมิ ศรีสุข", BROTHER_ID, "9", "บุตร", "นักเรียน", "-"),
        ("เด็กหญิงพลอย ศรีสุข", WIFE_ID, "7", "บุตร", "นักเรียน", "-"),
    ]
    head = "".join(
        f"<th>{h}</th>"
        for h in ("ชื่อ-สกุล", "เลขบัตรประชาชน", "อายุ", "ความสัมพันธ์", "อาชีพ", "รายได้/เดือน")
    )
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    msg = EmailMessage()
    msg["From"] = "kanokwan.sr@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับเงินสงเคราะห์"
    msg.set_content(
        "<div>ดิฉันขอรับเงินสงเคราะห์ครอบครัว สมาชิกในบ้านตามตารางค่ะ</div>"
        f"<table><tr>{head}</tr>{cells}</table><div>โทร 086-224-7719</div>",
        subtype="html",
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields["full_name"] == "นางสาวกนกวรรณ ศรีสุข"
    assert case.fields["national_id"] == ASKER_ID
