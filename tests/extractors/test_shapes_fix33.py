"""Unit tests for the silent values blind set 33 left after its sheet fix (issue 8): a
body that says the attachment's value is wrong, a shop's phone against the owner's
mobile, label words in a Word text box's dotted line taken for a name. Examples written
afresh, not the set's strings."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def mail(body: str, data: bytes, mime: str, filename: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone <someone@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบฟอร์มตามแนบ"
    msg.set_content(body)
    maintype, subtype = mime.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def sheet(rows: list[list[Any]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


SHEET_ROWS: list[list[Any]] = [
    ["แบบคำร้อง"],
    ["ชื่อ-สกุล", "นางพิมพ์ใจ ศรีสุข"],
    ["บ้านเลขที่", "58"],
    ["หมู่ที่", "3"],
    ["ตำบล", "หนองบัว"],
    ["อำเภอ", "เมืองอุดรธานี"],
    ["จังหวัด", "อุดรธานี"],
    ["รหัสไปรษณีย์", "41000"],
    ["โทรศัพท์", "089-114-2207"],
]


def test_a_body_saying_the_sheets_house_number_is_wrong_flags_the_address() -> None:
    # The body says the attachment's house number was mistyped: the sheet's address can
    # no longer be taken on its word (issue 8: two sources disagree, flagged).
    body = "แนบแบบฟอร์มมาค่ะ\nบ้านเลขที่ในแบบฟอร์มพิมพ์ผิดค่ะ ที่ถูกคือบ้านเลขที่ 85\n"
    case = mail(body, sheet(SHEET_ROWS), XLSX, "form.xlsx")
    assert case.fields.get("address") is not None
    assert flagged(case, "address")
    assert not flagged(case, "phone")  # the other fields stand


def test_a_body_that_says_nothing_wrong_leaves_the_sheets_address_unflagged() -> None:
    case = mail("แนบแบบฟอร์มมาค่ะ ขอบคุณค่ะ\n", sheet(SHEET_ROWS), XLSX, "form.xlsx")
    assert case.fields.get("address") is not None
    assert not flagged(case, "address")


def test_a_body_correcting_the_attachments_phone_wins_over_it() -> None:
    # The body gives the right number after saying the attachment's is wrong: the body's
    # is taken (and the disagreement still shown).
    body = "แนบแบบฟอร์มมาค่ะ\nเบอร์โทรในไฟล์พิมพ์ผิด ที่ถูกต้องคือ 089-114-2270 ค่ะ\n"
    case = mail(body, sheet(SHEET_ROWS), XLSX, "form.xlsx")
    assert case.fields.get("phone") == "+66891142270"


def docx(lines: list[str]) -> bytes:
    import docx as python_docx

    d = python_docx.Document()
    for line in lines:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_phone_labelled_as_the_operators_own_is_read_beside_the_shops() -> None:
    # A trade registration form gives the shop's phone under the shop's item and the
    # operator's mobile under "โทรศัพท์มือถือผู้ประกอบการ": the label naming whose it is
    # must be read, so the shop's is no longer taken unquestioned.
    dots = "." * 6
    case = mail(
        "ส่งแบบฟอร์มตามแนบครับ\n",
        docx(
            [
                f"1. ชื่อ{dots}นายวีระ คงมั่น{dots}",
                f"5. ที่ตั้งสำนักงานแห่งใหญ่{dots}71 หมู่ที่ 4 ตำบลนาโพธิ์ อำเภอนาโพธิ์ บุรีรัมย์ 31230{dots}",
                f"   โทรศัพท์{dots}0-4461-2039{dots}",
                f"   โทรศัพท์มือถือผู้ประกอบการ{dots}086-702-3314{dots}",
            ]
        ),
        DOCX,
        "form.docx",
    )
    assert case.fields.get("phone") == "+66867023314" or flagged(case, "phone")


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _box(value: str) -> str:
    """A text box as Word saves it: the DrawingML shape, and the same text again in the
    VML fallback for old readers."""
    text = value.replace("&", "&amp;").replace("<", "&lt;")
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    content = f"<w:txbxContent><w:p>{run}</w:p></w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
        'markup-compatibility/2006"><mc:Choice xmlns:wps="http://schemas.microsoft.com/'
        'office/word/2010/wordprocessingShape" Requires="wps"><w:drawing><wp:anchor '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'simplePos="0" relativeHeight="3" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:extent cx="2000000" cy="220000"/>'
        '<wp:docPr id="4" name="Text Box 4"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:shape xmlns:v="urn:schemas-microsoft-com:vml" type="#_x0000_t202">'
        f"<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )  # fmt: skip


def boxed_docx(lines: list[tuple[str, str]]) -> bytes:
    import docx as python_docx
    from docx.oxml import parse_xml

    d = python_docx.Document()
    body = d.element.body
    for label, value in lines:
        text = label.replace("&", "&amp;").replace("<", "&lt;")
        own = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
        body.insert(len(body) - 1, parse_xml(f'<w:p xmlns:w="{W}">{own}{_box(value)}</w:p>'))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_text_boxes_typed_over_a_forms_dotted_lines_fill_its_blanks() -> None:
    # Each value typed in a text box laid over its line's dots: the box's pieces go into
    # the line's blanks in order, so the label words left between the dots ("อายุ ปี")
    # are never a value, and a second field on the line (the postal code) is read.
    dots = "." * 40
    case = mail(
        "ส่งแบบฟอร์มตามแนบค่ะ\n",
        boxed_docx(
            [
                (f"ข้าพเจ้า{dots}อายุ{dots[:8]}ปี", "นายอนุชา แก้วใส          52"),
                (f"อยู่บ้านเลขที่{dots}", "18 หมู่ที่ 6 ตำบลท่าช้าง อำเภอบางกล่ำ จังหวัดสงขลา"),
                (f"รหัสไปรษณีย์{dots[:12]}โทรศัพท์{dots[:20]}", "90110          087-330-1942"),
            ]
        ),
        DOCX,
        "form.docx",
    )
    assert case.fields.get("full_name") == "นายอนุชา แก้วใส"
    assert case.fields.get("postal_code") == "90110"
    assert case.fields.get("phone") == "+66873301942"


def test_a_name_that_is_only_a_forms_label_words_is_no_name() -> None:
    # The value under a name's label is only the label words left between its dots: no
    # name was read, and none is given.
    dots = "." * 30
    case = mail(
        "ส่งแบบฟอร์มตามแนบค่ะ\n",
        docx([f"ข้าพเจ้า{dots}อายุ{dots[:6]}ปี", "โทรศัพท์ 089-551-2036"]),
        DOCX,
        "form.docx",
    )
    assert case.fields.get("full_name") is None


def test_a_role_after_a_heading_words_makes_no_label_of_them() -> None:
    # Only a contact's label takes the applicant's role after it: "รายละเอียดผู้ยื่นคำร้อง
    # ตามตารางด้านล่าง" heads a table and gives no details (set 21's embedded sheet unread
    # when it did), while "อีเมลผู้ขอ" is the applicant's e-mail.
    from extractors.body_form import parse_label_line
    from extractors.extract import matcher_for

    labels = matcher_for(TEMPLATES)
    heading = parse_label_line("รายละเอียดผู้ยื่นคำร้อง ดังตารางข้างล่าง", labels)
    assert heading is None or heading.key != "details"
    mail_line = parse_label_line("อีเมลผู้ขอ : suda.kp@gmail.com", labels)
    assert mail_line is not None and mail_line.key == "email"
