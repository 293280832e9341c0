"""The principles set 17 of the requests written by others (unseen_requests_17.py) showed
the readers of attached files were missing, each on a small file made here."""

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

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def mail_with(*files: tuple[str, bytes, str], body: str = "ส่งแบบคำร้องตามแนบค่ะ\n") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำร้อง"
    msg.set_content(body)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


# --- sheets: the address asked part by part under captions ---------------------------------


def sheet_of(rows: list[list[str]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value:
                book.active.cell(r, c, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


PARTS = ["บ้านเลขที่", "หมู่ที่", "ซอย", "ถนน", "ตำบล/แขวง", "อำเภอ/เขต"]
BANGKOK = ["45/2", "-", "พหลโยธิน 24", "พหลโยธิน", "จอมพล", "จตุจักร"]


def test_two_captions_alone_in_a_row_head_the_row_below() -> None:
    """จังหวัด | รหัสไปรษณีย์ over their answers, under the address's other captions: the
    province (Bangkok) then chooses แขวง and เขต for the ตำบล/แขวง and อำเภอ/เขต boxes."""
    rows = [["ชื่อ - นามสกุล", "นายวีระ ดวงดี"], [], ["ที่อยู่", *PARTS], ["", *BANGKOK],
            ["", "จังหวัด", "รหัสไปรษณีย์"], ["", "กรุงเทพมหานคร", "10900"]]  # fmt: skip
    case = mail_with(("form.xlsx", sheet_of(rows), XLSX))
    assert case.fields["province"] == "กรุงเทพมหานคร"
    assert case.fields["postal_code"] == "10900"
    assert case.fields["address"] == "45/2 ซอยพหลโยธิน 24 ถนนพหลโยธิน แขวงจอมพล เขตจตุจักร"


def test_a_label_beside_its_value_is_no_header_of_two() -> None:
    """The test above can fail: a row with a label and its value is a pair, not two
    captions over the next row."""
    rows = [["จังหวัด", "ขอนแก่น"], ["รหัสไปรษณีย์", "40000"]]
    case = mail_with(("form.xlsx", sheet_of(rows), XLSX))
    assert case.fields["province"] == "ขอนแก่น"
    assert case.fields["postal_code"] == "40000"


def test_either_word_boxes_with_no_province_are_flagged() -> None:
    """ตำบล/แขวง with no province read: ตำบล is a guess a clerk must check."""
    rows = [["ชื่อ - นามสกุล", "นายวีระ ดวงดี"], ["ที่อยู่", *PARTS], ["", *BANGKOK]]
    case = mail_with(("form.xlsx", sheet_of(rows), XLSX))
    assert case.fields["address"].startswith("45/2 ")
    assert flagged(case, "address")


# --- files whose type only their bytes tell ---------------------------------------------------

LINES = "ชื่อ - นามสกุล: นางมาลี ศรีงาม\r\nโทรศัพท์มือถือ: 089-765-4321\r\n"


def test_a_notepad_unicode_text_sent_as_octet_stream_is_read() -> None:
    data = "\ufeff".encode("utf-16-le") + LINES.encode("utf-16-le")
    case = mail_with(("คำร้อง.txt", data, "application/octet-stream"))
    assert case.fields["full_name"] == "นางมาลี ศรีงาม"
    assert case.fields["phone"] in ("0897654321", "+66897654321")


def test_binary_with_a_byte_order_mark_is_still_no_text() -> None:
    """The test above can fail: bytes that decode to control characters are no text."""
    from extractors.sniff import sniff_type

    controls = "".join(chr(c) for c in range(1, 9)).encode("utf-16-le")
    assert sniff_type(b"\xff\xfe" + controls * 200, None, "x.bin") == "application/octet-stream"


def web_archive() -> bytes:
    """Word's "Single File Web Page" (.mht): a MIME multipart/related of the page."""
    import quopri

    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-874">'
            "</head><body><table><tr><td>ชื่อ - นามสกุล</td><td>นางมาลี ศรีงาม</td></tr>"
            "<tr><td>โทรศัพท์มือถือ</td><td>089-765-4321</td></tr></table></body></html>")  # fmt: skip
    qp = quopri.encodestring(html.encode("cp874")).replace(b"\n", b"\r\n")
    return (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n'
            b"--b1\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            b'Content-Type: text/html; charset="windows-874"\r\n\r\n'
            + qp + b"\r\n--b1--\r\n")  # fmt: skip


def test_a_saved_web_page_or_mail_sent_as_octet_stream_is_read_as_a_message() -> None:
    case = mail_with(("form.mht", web_archive(), "application/octet-stream"))
    assert case.fields["full_name"] == "นางมาลี ศรีงาม"
    inner = EmailMessage()
    inner["From"] = "malee@example.com"
    inner["Subject"] = "คำร้อง"
    inner.set_content(LINES.replace("\r\n", "\n"))
    case = mail_with(("old.eml", bytes(inner), "application/octet-stream"))
    assert case.fields["full_name"] == "นางมาลี ศรีงาม"


# --- ODT: Track Changes ------------------------------------------------------------------------

ODT = "application/vnd.oasis.opendocument.text"


def odt_of(body: str) -> bytes:
    import zipfile

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')  # fmt: skip
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
               f"<office:body><office:text>{body}</office:text></office:body>"
               "</office:document-content>")  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), ODT.encode(), compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content.encode())
    return out.getvalue()


def test_the_deleted_text_of_odt_tracked_changes_is_not_read() -> None:
    old = "<text:p>โทรศัพท์มือถือ : 081-111-2223</text:p>"
    tracked = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
               f"{old}</text:deletion></text:changed-region></text:tracked-changes>")  # fmt: skip
    body = ('<text:p><text:change text:change-id="c1"/></text:p>'
            "<text:p>ชื่อ - นามสกุล : นางมาลี ศรีงาม</text:p>"
            "<text:p>โทรศัพท์มือถือ : 089-765-4321</text:p>")  # fmt: skip
    case = mail_with(("form.odt", odt_of(tracked + body), ODT))
    assert case.fields["phone"] in ("0897654321", "+66897654321")
    assert not flagged(case, "phone")
    # the test can fail: the same old line in the body is read, and disagrees
    case = mail_with(("form.odt", odt_of(old + body), ODT))
    assert flagged(case, "phone") or case.fields["phone"] not in ("0897654321", "+66897654321")


# --- PDF forms: the ID in boxes grouped as the card prints it ---------------------------------


def test_an_id_in_five_boxes_grouped_1_4_5_2_1_is_one_id_and_a_date_stays_a_date() -> None:
    from extractors.pdf_form import AcroField, _close_run, _Runs

    def boxes(*values: str) -> list[AcroField]:
        return [AcroField(f"Text{k}", v, None, "text", 1) for k, v in enumerate(values)]

    runs = _Runs({}, set())
    head, *rest = boxes("3", "6502", "00111", "87", "5")
    _close_run(head, rest, runs)
    assert runs.joined["Text0"] == "3-6502-00111-87-5"
    runs = _Runs({}, set())
    head, *rest = boxes("14", "03", "2514")
    _close_run(head, rest, runs)
    assert runs.joined["Text0"] == "14/03/2514"


# --- PDF forms: half flattened -----------------------------------------------------------------


def half_flattened(name_field: str = "") -> bytes:
    """A page printing the name beside its label, and a live field for the phone (and,
    given `name_field`, one for the name over the printed one)."""
    import pikepdf
    from fpdf import FPDF
    from pikepdf import Array, Dictionary, Name, String

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", size=14)
    pdf.set_text_shaping(True)
    pdf.text(60, 100, "ชื่อ - นามสกุล")
    if not name_field:
        pdf.text(200, 100, "นางมาลี ศรีงาม")
    pdf.text(60, 140, "โทรศัพท์มือถือ")
    doc = pikepdf.open(io.BytesIO(bytes(pdf.output())))
    page = doc.pages[0]
    height = float(page.mediabox[3])

    def field(name: str, value: str, y: float) -> Any:
        rect = Array([200, height - y - 4, 450, height - y + 14])
        return doc.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(name), V=String(value),
            F=4, P=page.obj, Rect=rect, DA=String("/Helv 0 Tf 0 g"),
        ))  # fmt: skip

    fields = [field("Text1", "089-765-4321", 140)]
    if name_field:
        fields.append(field("Text2", name_field, 100))
    page.obj.Annots = Array(fields)
    doc.Root.AcroForm = Dictionary(Fields=Array(fields), NeedAppearances=True)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_value_printed_beside_its_label_on_a_filled_form_is_read_flagged() -> None:
    case = mail_with(("form.pdf", half_flattened(), PDF))
    assert case.fields["phone"] in ("0897654321", "+66897654321")
    assert case.fields["full_name"] == "นางมาลี ศรีงาม"
    assert flagged(case, "full_name")


def test_a_field_giving_the_value_is_not_doubled_by_the_page() -> None:
    case = mail_with(("form.pdf", half_flattened("นางสาวสุดา ใจงาม"), PDF))
    assert case.fields["full_name"] == "นางสาวสุดา ใจงาม"
    assert not flagged(case, "full_name")


# --- a sentence with the official form's blanks -------------------------------------------------


def test_an_address_said_in_a_sentence_ends_before_province_and_postal_code_labels() -> None:
    """ "... อำเภอเมืองลำปาง จังหวัด ลำปาง รหัสไปรษณีย์ 52000": the official form's words
    between the province and its postal code do not run the address on."""
    from extractors.prose import find_entities

    text = ("ข้าพเจ้า นางมาลี ศรีงาม อยู่บ้านเลขที่ 12 หมู่ที่ 4 ตำบลพระบาท อำเภอเมืองลำปาง "
            "จังหวัด ลำปาง รหัสไปรษณีย์ 52000 โทรศัพท์ 089-765-4321")  # fmt: skip
    found = {key: value for key, value, _, _ in find_entities(text)}
    assert found["address"] == "12 หมู่ที่ 4 ตำบลพระบาท อำเภอเมืองลำปาง"
    assert found["province"] == "ลำปาง"
    assert found["postal_code"] == "52000"


# --- Word: the name as three label/value cell pairs in one row -----------------------------------


def name_row_docx(words: tuple[str, str, str]) -> bytes:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=6)
    row = [words[0], "นาง", words[1], "มาลี", words[2], "ศรีงาม"]
    for cell, text in zip(table.rows[0].cells, row, strict=True):
        cell.text = text
    table.rows[1].cells[0].text = "โทรศัพท์มือถือ"
    table.rows[1].cells[1].text = "089-765-4321"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_title_given_and_family_name_cells_in_one_row_are_the_whole_name() -> None:
    """ชื่อสกุล after ชื่อ is the family name (the registry's word), not the whole name."""
    for words in (("คำนำหน้านาม", "ชื่อ", "ชื่อสกุล"), ("คำนำหน้า", "ชื่อตัว", "นามสกุล")):
        case = mail_with(("form.docx", name_row_docx(words), DOCX))
        assert case.fields["full_name"] == "นางมาลี ศรีงาม", words


def form_pdf(
    texts: list[tuple[float, float, str]], fields: list[tuple[str, str, float, float, float]]
) -> bytes:
    """A page of printed `texts` (x, y from the top, in pt) and filled text fields (name,
    value, x, y, width)."""
    import pikepdf
    from fpdf import FPDF
    from pikepdf import Array, Dictionary, Name, String

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", FONT)
    pdf.set_font("F", size=13)
    pdf.set_text_shaping(True)
    for x, y, text in texts:
        pdf.text(x, y, text)
    doc = pikepdf.open(io.BytesIO(bytes(pdf.output())))
    page = doc.pages[0]
    height = float(page.mediabox[3])
    made = [
        doc.make_indirect(
            Dictionary(
                Type=Name.Annot,
                Subtype=Name.Widget,
                FT=Name.Tx,
                T=String(name),
                V=String(value),
                F=4,
                P=page.obj,
                Rect=Array([x, height - y - 4, x + w, height - y + 14]),
                DA=String("/Helv 0 Tf 0 g"),
            )
        )
        for name, value, x, y, w in fields
    ]
    page.obj.Annots = Array(made)
    doc.Root.AcroForm = Dictionary(Fields=Array(made), NeedAppearances=True)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_captions_of_address_part_fields_are_no_printed_address() -> None:
    """The address in part fields, their captions printed on one line: the parts are
    the address, the line of captions no value beside a label."""
    texts = [(40, 100, "บ้านเลขที่"), (150, 100, "หมู่ที่"), (240, 100, "ตำบล"),
             (380, 100, "อำเภอ/เขต")]  # fmt: skip
    fields = [("Text1", "12", 95, 100, 50), ("Text2", "4", 185, 100, 50),
              ("Text3", "พระบาท", 270, 100, 105),
              ("Text4", "เมืองลำปาง", 440, 100, 120)]  # fmt: skip
    case = mail_with(("form.pdf", form_pdf(texts, fields), PDF))
    assert case.fields["address"] == "12 หมู่ที่ 4 ตำบลพระบาท อำเภอเมืองลำปาง"
