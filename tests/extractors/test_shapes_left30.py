"""Unit tests for what set 30 left at its floors (issue 8): an office line whose bracketed
qualifier was dropped as a note, a list of workers under a header row read as the
applicant, a role word beginning with a title's letters (นายจ้าง) kept in the name, and
the birth date in a row of an ID card's dates under one header row. Examples written
afresh, not the set's strings."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import docx

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.labels import LabelMatcher
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read_case(text: str, *, html: bool = False, docx_file: bytes | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอรับบริการ"
    msg.set_content(text, subtype="html" if html else "plain")
    if docx_file is not None:
        msg.add_attachment(
            docx_file,
            maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename="form.docx",
        )
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in pairs)


# --- an office, fax or emergency line named in a bracket after the label ------------------


def test_a_bracketed_office_qualifier_is_part_of_the_label() -> None:
    # "(สำนักงาน)" names the line at work: the label is no longer the plain phone's.
    matcher = LabelMatcher(TEMPLATES)
    plain = matcher.match("เบอร์โทรศัพท์")
    office = matcher.match("เบอร์โทรศัพท์ (สำนักงาน)")
    mobile = matcher.match("เบอร์โทรศัพท์ (มือถือ)")
    assert plain is not None and mobile is not None
    assert mobile == plain  # a note on the same line is dropped, as before
    assert office is None or office[1] < plain[1]


def test_an_office_line_in_an_html_table_gives_way_to_the_mobile() -> None:
    case = read_case(
        "<html><body><table border='1'>"
        + rows(
            [
                ("ชื่อ-สกุล", "นางวันเพ็ญ ศรีสุข"),
                ("เบอร์โทร (สำนักงาน)", "0-7431-2280 ต่อ 305"),
                ("เบอร์โทร (แฟกซ์)", "0-7431-2281"),
                ("เบอร์โทร (มือถือ)", "086-513-7742"),
                ("อีเมล", "wanpen.ss@hotmail.com"),
            ]
        )
        + "</table></body></html>",
        html=True,
    )
    assert case.fields.get("phone") == "+66865137742"


def test_an_office_line_in_a_mail_body_gives_way_to_the_mobile() -> None:
    case = read_case("ชื่อ-สกุล นายประเสริฐ ทองมา\nโทร (ที่ทำงาน) 0-4424-9130 ต่อ 17\nมือถือ 095-227-6408\n")
    assert case.fields.get("phone") == "+66952276408"


def test_an_office_line_alone_is_flagged() -> None:
    # The one number given is the office's: kept, but a clerk is told to check it.
    case = read_case(
        "<html><body><table>"
        + rows([("ชื่อ-สกุล", "นายอดิศร แก้วกล้า"), ("โทรศัพท์ (ที่ทำงาน)", "0-3861-4420")])
        + "</table></body></html>",
        html=True,
    )
    assert case.fields.get("phone") == "+6638614420"
    assert case.issues.get("phone")


def test_an_emergency_contacts_number_in_an_html_table_is_not_the_applicants() -> None:
    case = read_case(
        "<html><body><table>"
        + rows(
            [
                ("ชื่อ-สกุล", "นางสาวจันทร์เพ็ญ วงศ์ใหญ่"),
                ("โทรศัพท์ (กรณีฉุกเฉิน)", "081-660-2394"),
                ("โทรศัพท์", "089-771-0356"),
            ]
        )
        + "</table></body></html>",
        html=True,
    )
    assert case.fields.get("phone") == "+66897710356"


# --- a list of people under a header row ---------------------------------------------------


def test_a_list_of_workers_under_a_header_row_is_not_the_applicant_html() -> None:
    case = read_case(
        "<html><body><p>ขอแจ้งรายชื่อลูกจ้าง</p><table border='1'>"
        "<tr><th>ลำดับ</th><th>ชื่อ-สกุล</th><th>สัญชาติ</th><th>วันเกิด</th></tr>"
        "<tr><td>1</td><td>MR. SOE MIN</td><td>เมียนมา</td><td>3/2/2540</td></tr>"
        "<tr><td>2</td><td>MS. KHIN MAR</td><td>เมียนมา</td><td>21/7/2542</td></tr>"
        "<tr><td>3</td><td>MR. SAI HTUN</td><td>เมียนมา</td><td>9/12/2538</td></tr>"
        "</table><p>ผู้แจ้ง</p>"
        "<p>ชื่อ นายวีระพงษ์ ศักดิ์ดี<br>เกิดวันที่ 14/5/2512<br>โทร 081-204-5567</p></body></html>",
        html=True,
    )
    assert case.fields.get("full_name") == "นายวีระพงษ์ ศักดิ์ดี"
    assert case.fields.get("birth_date") == "1969-05-14"


def test_a_list_of_workers_under_a_header_row_is_not_the_applicant_text() -> None:
    case = read_case(
        "รายชื่อแรงงาน\n"
        "ลำดับ\tชื่อ-สกุล\tสัญชาติ\tวันเกิด\n"
        "1\tMR. THAN HTIKE\tเมียนมา\t5/8/2539\n"
        "2\tMS. AYE AYE\tเมียนมา\t17/1/2541\n"
        "\n"
        "ชื่อ นางลำดวน ใจกล้า\n"
        "เกิดวันที่ 2/3/2515\n"
        "โทร 089-552-1043\n"
    )
    assert case.fields.get("full_name") == "นางลำดวน ใจกล้า"
    assert case.fields.get("birth_date") == "1972-03-02"


# --- a role word that begins with a title's letters -----------------------------------------


def test_the_employer_word_is_no_title_before_the_employers_name() -> None:
    case = read_case(
        "เรียน เจ้าหน้าที่\n\n"
        "ขอสอบถามเรื่องการแจ้งเข้าทำงานของลูกจ้างครับ\n\n"
        "นายจ้าง นายสุรชัย พันธ์ดี\n"
        "โทร 086-330-7125\n"
    )
    assert case.fields.get("full_name") == "นายสุรชัย พันธ์ดี"


# --- the dates of an ID card in one row under their header row ------------------------------


def card_dates_docx(heads: tuple[str, ...], values: tuple[str, ...]) -> bytes:
    document = docx.Document()
    document.add_paragraph("แบบคำขอ")
    table = document.add_table(rows=2, cols=len(heads))
    for c, (head, value) in enumerate(zip(heads, values, strict=True)):
        table.cell(0, c).text = head
        table.cell(1, c).text = value
    document.add_paragraph("")
    details = document.add_table(rows=2, cols=2)
    for r, (label, value) in enumerate((("ชื่อ-สกุล", "นายชาตรี บุญเรือง"), ("โทรศัพท์", "084-117-2093"))):
        details.cell(r, 0).text = label
        details.cell(r, 1).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_birth_date_among_an_id_cards_dates_under_one_header_row() -> None:
    data = card_dates_docx(
        ("วันเกิด", "วันที่ออกบัตร", "วันหมดอายุ"), ("9/4/2531", "2/11/2566", "8/4/2575")
    )
    case = read_case("ส่งแบบคำขอตามไฟล์แนบ", docx_file=data)
    assert case.fields.get("birth_date") == "1988-04-09"
