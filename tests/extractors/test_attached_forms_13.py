"""The principles set 13 of the requests written by others (unseen_requests_13.py) showed
the readers of attached files were missing, each on a small file made here."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
LABELS = matcher_for(TEMPLATES)


def mail_with(*files: tuple[str, bytes, str]) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "someone@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำร้อง"
    msg.set_content("ส่งแบบคำร้องตามแนบค่ะ\n")
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


HEAD = ["ประทับเวลา", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "โทรศัพท์มือถือ"]
FIRST = ["1/12/2026 9:00:01", "นายธีรพงษ์ คำภา", "1409900184623", "0925518763"]
LATER = ["1/12/2026 9:20:44", "นายธีรพงษ์ คำภา", "1409900184623", "0925518736"]


def test_the_last_of_several_responses_under_a_header_row_is_read_first() -> None:
    """An online form's export, one row per response: the later response (a citizen's
    correction) comes first, the earlier one after it."""
    from extractors.xlsx_form import xlsx_lines

    lines = xlsx_lines([HEAD, FIRST, LATER], LABELS)
    assert lines.index("โทรศัพท์มือถือ: 0925518736") < lines.index("โทรศัพท์มือถือ: 0925518763")


def test_two_responses_that_differ_give_the_later_value_flagged() -> None:
    text = "\r\n".join(",".join(row) for row in (HEAD, FIRST, LATER)) + "\r\n"
    case = mail_with(("responses.csv", text.encode(), "text/csv"))
    assert case.fields["phone"] in ("0925518736", "+66925518736")
    assert case.issues.get("phone")
    assert not case.issues.get("national_id")


FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"
PDF = "application/pdf"


def title_boxes_pdf(tick: str, face: str = "zapfdingbats", chosen: int = 1) -> bytes:
    """A flattened form: three drawn squares before นาย/นาง/นางสาว, `tick` drawn in one
    of them in `face` (nothing when `tick` is ""), then the name and an ID in boxes."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("T", "", FONT)
    pdf.set_text_shaping(True)
    pdf.set_font("T", size=13)
    pdf.text(20, 40, "คำนำหน้า")
    for k, title in enumerate(("นาย", "นาง", "นางสาว")):
        pdf.rect(50 + 25 * k, 36, 4, 4)
        pdf.text(56 + 25 * k, 40, title)
    pdf.text(20, 52, "ชื่อ  บุษบา")
    pdf.text(100, 52, "นามสกุล  ศรีสวัสดิ์")
    pdf.text(20, 64, "เลขประจำตัวประชาชน")
    for k, digit in enumerate("1409900184623"):
        pdf.rect(70 + 5 * k, 60, 5, 5)
        pdf.text(71 + 5 * k, 64, digit)
    if tick:
        pdf.set_font(face, size=11)
        pdf.text(50.4 + 25 * chosen, 39.6, tick)
    return bytes(pdf.output())


def test_a_dingbats_tick_in_a_drawn_box_chooses_the_title_after_it() -> None:
    """ZapfDingbats' check is the letter "4" in the file: read as the tick it draws, in
    the square it is drawn in, the title is the word after that square."""
    case = mail_with(("form.pdf", title_boxes_pdf("4"), PDF))
    assert case.fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"
    assert case.fields["national_id"] == "1409900184623"


def test_an_x_typed_in_a_drawn_box_chooses_the_title_after_it() -> None:
    case = mail_with(("form.pdf", title_boxes_pdf("X", "helvetica", chosen=2), PDF))
    assert case.fields["full_name"] == "นางสาวบุษบา ศรีสวัสดิ์"


def test_drawn_boxes_none_ticked_leave_the_title_unknown_and_flagged() -> None:
    case = mail_with(("form.pdf", title_boxes_pdf(""), PDF))
    name = case.fields.get("full_name")
    assert name is None or case.issues.get("full_name")


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
VML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CTRL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp"


def xlsx_with_title_boxes(chosen: str, *, in_vml: bool) -> bytes:
    """An Excel form whose title is three check-box form controls over row 2 (B, C, D),
    `chosen` ticked in the VML shape (`in_vml`) or only in its control-properties part."""
    import io
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for r, (label, value) in enumerate(
        (("คำนำหน้า", ""), ("ชื่อ", "บุษบา"), ("นามสกุล", "ศรีสวัสดิ์")), start=2
    ):
        sheet.cell(r, 1, label)
        if value:
            sheet.cell(r, 2, value)
    out = io.BytesIO()
    book.save(out)
    titles = ("นาย", "นาง", "นางสาว")
    shapes = "".join(
        f'<v:shape id="_x0000_s{1025 + k}"><v:textbox><div>{t}</div></v:textbox>'
        f'<x:ClientData ObjectType="Checkbox"><x:Anchor>{1 + k}, 4, 1, 2, {2 + k}, 4, 2, 2'
        f"</x:Anchor>{'<x:Checked>1</x:Checked>' if in_vml and t == chosen else ''}"
        "</x:ClientData></v:shape>"
        for k, t in enumerate(titles)
    )
    vml = (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:x="urn:schemas-microsoft-com:office:excel">{shapes}</xml>'
    )
    rels = f'<Relationship Id="rIdV" Type="{VML_REL}" Target="../drawings/vmlDrawing1.vml"/>'
    rels += "".join(
        f'<Relationship Id="rIdC{k}" Type="{CTRL_REL}" Target="../ctrlProps/ctrlProp{k}.xml"/>'
        for k in range(3)
    )
    controls = "".join(f'<control shapeId="{1025 + k}" r:id="rIdC{k}"/>' for k in range(3))
    src = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    dst_buf = io.BytesIO()
    with zipfile.ZipFile(dst_buf, "w") as dst:
        for name in src.namelist():
            blob = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                tail = f'<legacyDrawing r:id="rIdV"/><controls>{controls}</controls></worksheet>'
                blob = blob.replace(b"</worksheet>", tail.encode())
                if b"xmlns:r=" not in blob:
                    ns = f'<worksheet xmlns:r="{R_NS}" '.encode()
                    blob = blob.replace(b"<worksheet ", ns, 1)
            dst.writestr(name, blob)
        dst.writestr("xl/drawings/vmlDrawing1.vml", vml)
        dst.writestr(
            "xl/worksheets/_rels/sheet1.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rels}</Relationships>",
        )
        for k, t in enumerate(titles):
            on = 'checked="Checked" ' if t == chosen and not in_vml else ""
            dst.writestr(
                f"xl/ctrlProps/ctrlProp{k}.xml",
                '<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/'
                f'main" objectType="CheckBox" {on}/>',
            )
    return dst_buf.getvalue()


def test_excel_check_box_controls_give_the_title_ticked_in_the_shape() -> None:
    case = mail_with(("form.xlsx", xlsx_with_title_boxes("นาง", in_vml=True), XLSX))
    assert case.fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"


def test_excel_check_box_controls_give_the_title_ticked_in_their_properties() -> None:
    case = mail_with(("form.xlsx", xlsx_with_title_boxes("นางสาว", in_vml=False), XLSX))
    assert case.fields["full_name"] == "นางสาวบุษบา ศรีสวัสดิ์"


def _page(texts: list[tuple[float, float, str]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("T", "", FONT)
    pdf.set_text_shaping(True)
    pdf.set_font("T", size=13)
    for x, y, text in texts:
        pdf.text(x, y, text)
    return bytes(pdf.output())


def layered_pdf(*, marked: bool) -> bytes:
    """A form page (name and address typed) with an example layer switched off in the
    default view: another address drawn on the address's line, by a form XObject that
    belongs to the layer, or whose drawing is marked content of the layer (`marked`)."""
    import io

    import pikepdf

    doc = pikepdf.open(io.BytesIO(_page([
        (20, 40, "ชื่อ - นามสกุล  นางบุษบา ศรีสวัสดิ์"),
        (20, 52, "ที่อยู่  17 หมู่ 5 ต.ศิลา อ.เมืองขอนแก่น"),
    ])))  # fmt: skip
    example = pikepdf.open(io.BytesIO(_page([(140, 52, "99 หมู่ 1 ต.ในเมือง")])))
    page = doc.pages[0]
    ocg = doc.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String("x")))
    xobj = doc.copy_foreign(example.pages[0].as_form_xobject())
    name = page.add_resource(xobj, pikepdf.Name.XObject)
    if marked:
        page.obj.Resources.Properties = pikepdf.Dictionary(MC0=ocg)
        page.contents_add(doc.make_stream(b"/OC /MC0 BDC q " + str(name).encode() + b" Do Q EMC"))
    else:
        xobj.OC = ocg
        page.contents_add(doc.make_stream(b"q " + str(name).encode() + b" Do Q"))
    doc.Root.OCProperties = pikepdf.Dictionary(
        OCGs=pikepdf.Array([ocg]), D=pikepdf.Dictionary(OFF=pikepdf.Array([ocg]))
    )
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_marked_content_of_a_layer_switched_off_is_not_read() -> None:
    case = mail_with(("form.pdf", layered_pdf(marked=True), PDF))
    assert "99" not in (case.fields["address"] or "")
    assert (case.fields["address"] or "").startswith("17 ")


def test_a_form_xobject_of_a_layer_switched_off_is_not_read() -> None:
    case = mail_with(("form.pdf", layered_pdf(marked=False), PDF))
    assert "99" not in (case.fields["address"] or "")
    assert (case.fields["address"] or "").startswith("17 ")


def raw_bytes_form(encoding: str) -> bytes:
    """A fillable form whose values a Thai tool wrote as `encoding` bytes, no BOM."""
    import io

    import pikepdf

    doc = pikepdf.open(io.BytesIO(_page([(20, 40, "ชื่อ - นามสกุล"), (20, 52, "จังหวัด")])))
    page = doc.pages[0]
    fields = pikepdf.Array()
    for k, (name, value) in enumerate((("name", "นางบุษบา ศรีสวัสดิ์"), ("prov", "ขอนแก่น"))):
        y = 842 - (40 + 12 * k) * 72 / 25.4
        field = doc.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
            T=pikepdf.String(name), V=pikepdf.String(value.encode(encoding)),
            Rect=pikepdf.Array([200, y - 3, 450, y + 15]), P=page.obj,
        ))  # fmt: skip
        fields.append(field)
    page.obj.Annots = fields
    doc.Root.AcroForm = pikepdf.Dictionary(Fields=fields)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_field_values_in_tis620_bytes_without_a_mark_read_as_thai() -> None:
    case = mail_with(("form.pdf", raw_bytes_form("cp874"), PDF))
    assert case.fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"
    assert case.fields["province"] == "ขอนแก่น"


def test_field_values_in_utf8_bytes_without_a_mark_read_as_thai() -> None:
    case = mail_with(("form.pdf", raw_bytes_form("utf-8"), PDF))
    assert case.fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"


def test_a_latin_value_in_pdfdocencoding_is_still_read_as_such() -> None:
    from extractors.pdf_form import decode_pdf_string

    assert decode_pdf_string(b"Caf\xe9 Ren\xe9") == "Café René"


def test_a_question_with_its_required_mark_and_a_hint_is_a_lone_label() -> None:
    """An online form's question printed over its answer: '*' then a hint in brackets
    are the question's, so the answer on the next line is the value."""
    from extractors.body_form import parse_label_line

    for line in ("ที่อยู่ * (บ้านเลขที่ หมู่ ซอย ถนน ตำบล อำเภอ)", "อีเมล * (เช่น a@b.co)"):
        found = parse_label_line(line, LABELS)
        assert found is not None and found.key in ("address", "email") and found.value == ""


def test_an_example_in_brackets_is_no_value_but_a_value_in_brackets_is() -> None:
    from extractors.body_form import parse_label_line

    example = parse_label_line("โทรศัพท์มือถือ (เช่น 081-234-5678)", LABELS)
    assert example is not None and example.value == ""
    typed = parse_label_line("อีเมล (somsri.k@gmail.com)", LABELS)
    assert typed is not None and typed.value == "somsri.k@gmail.com"


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_body(xml: str) -> bytes:
    """A Word file whose body is the given WordprocessingML."""
    import io

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    holder = parse_xml(f'<w:body xmlns:w="{W}">{xml}</w:body>')
    for child in list(holder):
        document.element.body.insert(len(document.element.body) - 1, child)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def read_docx(data: bytes) -> dict[str, str]:
    from extractors.docx_form import DocxFormExtractor

    found = DocxFormExtractor().extract(data, part="2", labels=LABELS).candidates
    return {c.key: c.value for c in reversed(found)}


def test_an_alignment_tab_parts_label_and_value_as_a_tab_does() -> None:
    ptab = '<w:r><w:ptab w:relativeTo="margin" w:alignment="center" w:leader="dot"/></w:r>'
    pair = f"<w:p>{run('ชื่อ - นามสกุล')}{ptab}{run('นางบุษบา ศรีสวัสดิ์')}"
    pair += f"{ptab}{run('เลขประจำตัวประชาชน')}{ptab}{run('1409900184623')}</w:p>"
    fields = read_docx(docx_body(pair))
    assert fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"
    assert fields["national_id"] == "1409900184623"


def test_a_non_breaking_hyphen_is_a_hyphen() -> None:
    hyphen = "<w:r><w:noBreakHyphen/></w:r>"
    date = hyphen.join(run(p) for p in ("21", "8", "2536"))
    fields = read_docx(docx_body(f"<w:p>{run('วันเกิด : ')}{date}</w:p>"))
    assert fields["birth_date"] == "21-8-2536"


def test_a_table_inside_a_block_custom_xml_element_is_read() -> None:
    row = (
        f"<w:tr><w:tc><w:p>{run('เลขประจำตัวประชาชน')}</w:p></w:tc>"
        f"<w:tc><w:p>{run('1409900184623')}</w:p></w:tc></w:tr>"
    )
    table = (
        f'<w:tbl><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>{row}</w:tbl>'
    )
    xml = f'<w:customXml w:element="applicant">{table}</w:customXml>'
    assert read_docx(docx_body(xml))["national_id"] == "1409900184623"


ODS = "application/vnd.oasis.opendocument.spreadsheet"


def ods_of(rows: str) -> bytes:
    import io
    import zipfile

    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    content = (
        f"<office:document-content {ns}><office:body><office:spreadsheet>"
        f'<table:table table:name="a">{rows}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", ODS, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
    return out.getvalue()


def test_a_calc_spreadsheet_is_read_as_an_excel_sheet_is() -> None:
    """Label | value rows; the date cell's date and the ID's number, not the text shown;
    a hidden row (the last applicant's) is no answer."""
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    rows = [
        f"<table:table-row>{cell.format('ชื่อ-นามสกุล')}{cell.format('นางบุษบา ศรีสวัสดิ์')}"
        "</table:table-row>",
        f'<table:table-row table:visibility="collapse">{cell.format("โทรศัพท์")}'
        f"{cell.format('0811111111')}</table:table-row>",
        f"<table:table-row>{cell.format('เลขประจำตัวประชาชน')}<table:table-cell "
        'office:value-type="float" office:value="1409900184623"><text:p>1.41E+12</text:p>'
        "</table:table-cell></table:table-row>",
        f"<table:table-row>{cell.format('วันเกิด')}<table:table-cell office:value-type="
        '"date" office:date-value="1993-08-21"><text:p>21/08/93</text:p></table:table-cell>'
        "</table:table-row>",
    ]
    case = mail_with(("form.ods", ods_of("".join(rows)), ODS))
    assert case.fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"
    assert case.fields["national_id"] == "1409900184623"
    assert case.fields["birth_date"] == "1993-08-21"
    assert case.fields.get("phone") is None


DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"


XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def xlsx_with_text_boxes(boxes: list[tuple[int, str]]) -> bytes:
    """Labels in column A, dots in C, and a text box anchored in C of each given row
    (0-based) with the given text; row 3's C holds a typed value of its own."""
    anchors = "".join(
        f"<xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff>"
        f"<xdr:row>{row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6"
        f"</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row + 1}</xdr:row><xdr:rowOff>0"
        '</xdr:rowOff></xdr:to><xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="t"/>'
        '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>'
        f"{text}</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>"
        for row, text in boxes
    )
    return xlsx_with_drawing(anchors)


def xlsx_with_drawing(anchors: str) -> bytes:
    """The three-row form of xlsx_with_text_boxes with the given DrawingML anchors."""
    import io
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for r, label in enumerate(("ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "จังหวัด"), start=1):
        sheet.cell(r, 1, label)
        sheet.cell(r, 3, "." * 30 if r < 3 else "ขอนแก่น")
    out = io.BytesIO()
    book.save(out)
    drawing = f'<xdr:wsDr xmlns:xdr="{XDR_NS}" xmlns:a="{A_NS}">{anchors}</xdr:wsDr>'
    src = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    dst_buf = io.BytesIO()
    with zipfile.ZipFile(dst_buf, "w") as dst:
        for name in src.namelist():
            blob = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                blob = blob.replace(b"</worksheet>", b'<drawing r:id="rIdD"/></worksheet>')
                if b"xmlns:r=" not in blob:
                    blob = blob.replace(b"<worksheet ", f'<worksheet xmlns:r="{R_NS}" '.encode())
            dst.writestr(name, blob)
        dst.writestr("xl/drawings/drawing1.xml", drawing)
        dst.writestr(
            "xl/worksheets/_rels/sheet1.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdD" Type="{DRAWING_REL}" Target="../drawings/drawing1.xml"/>'
            "</Relationships>",
        )
    return dst_buf.getvalue()


def test_text_boxes_typed_over_the_blanks_are_the_values_and_a_note_is_not() -> None:
    boxes = [(0, "นางบุษบา ศรีสวัสดิ์"), (1, "1409900184623"), (2, "กรุณาตรวจสอบ")]
    case = mail_with(("form.xlsx", xlsx_with_text_boxes(boxes), XLSX))
    assert case.fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"
    assert case.fields["national_id"] == "1409900184623"
    assert case.fields["province"] == "ขอนแก่น"


def grouped_boxes(texts: list[str], moved_by: int) -> str:
    """Text boxes over rows 0, 1, ... grouped (select all, Group), as Excel saves them: one
    anchor for the group, each box placed in the group's own child coordinates, which keep
    their old origin after the group is dragged `moved_by` EMU down and back again."""
    row_height = 190500  # 15 pt, Excel's default row
    child_y = 3000000 + moved_by
    boxes = "".join(
        f'<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="{k + 3}" name="TextBox {k + 1}"/>'
        '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm>'
        f'<a:off x="5000000" y="{child_y + row_height * k}"/><a:ext cx="3000000" cy="180000"/>'
        "</a:xfrm></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>"
        f"{text}</a:t></a:r></a:p></xdr:txBody></xdr:sp>"
        for k, text in enumerate(texts)
    )
    placing = (
        '<xdr:grpSpPr><a:xfrm><a:off x="1219200" y="0"/><a:ext cx="3000000" '
        f'cy="{row_height * len(texts)}"/><a:chOff x="5000000" y="{child_y}"/>'
        f'<a:chExt cx="3000000" cy="{row_height * len(texts)}"/></a:xfrm></xdr:grpSpPr>'
    )
    return (
        "<xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff>"
        "<xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col>"
        f"<xdr:colOff>0</xdr:colOff><xdr:row>{len(texts)}</xdr:row><xdr:rowOff>0</xdr:rowOff>"
        '</xdr:to><xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="2" name="Group 1"/><xdr:cNvGrpSpPr/>'
        f"</xdr:nvGrpSpPr>{placing}{boxes}</xdr:grpSp><xdr:clientData/></xdr:twoCellAnchor>"
    )


def test_text_boxes_grouped_over_the_blanks_are_read_row_by_row() -> None:
    for moved_by in (0, 777777):
        boxes = grouped_boxes(["นางบุษบา ศรีสวัสดิ์", "1409900184623"], moved_by)
        case = mail_with(("form.xlsx", xlsx_with_drawing(boxes), XLSX))
        assert case.fields["full_name"] == "นางบุษบา ศรีสวัสดิ์", moved_by
        assert case.fields["national_id"] == "1409900184623", moved_by
        assert case.fields["province"] == "ขอนแก่น"


def frame(x: int, y: int, text: str) -> str:
    place = f'<w:framePr w:w="3000" w:hAnchor="page" w:vAnchor="page" w:x="{x}" w:y="{y}"/>'
    return f"<w:p><w:pPr>{place}</w:pPr>{run(text)}</w:p>"


def test_framed_paragraphs_are_read_by_their_place_on_the_page() -> None:
    """A PDF turned into Word: every line a frame, the captions' frames first."""
    captions = frame(1134, 2600, "ชื่อ - นามสกุล") + frame(1134, 3160, "เลขประจำตัวประชาชน")
    values = frame(4500, 2600, "นางบุษบา ศรีสวัสดิ์") + frame(4500, 3160, "1409900184623")
    fields = read_docx(docx_body(captions + values))
    assert fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"
    assert fields["national_id"] == "1409900184623"


def one_column_table(texts: list[str], x: int) -> str:
    rows = "".join(f"<w:tr><w:tc><w:p>{run(t)}</w:p></w:tc></w:tr>" for t in texts)
    place = f'<w:tblpPr w:vertAnchor="text" w:horzAnchor="margin" w:tblpX="{x}" w:tblpY="200"/>'
    grid = '<w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>'
    return f"<w:tbl><w:tblPr>{place}</w:tblPr>{grid}{rows}</w:tbl>"


def test_a_floating_table_of_answers_beside_the_captions_table_pairs_row_by_row() -> None:
    captions = one_column_table(["ชื่อ - นามสกุล", "เลขประจำตัวประชาชน"], 0)
    answers = one_column_table(["นางบุษบา ศรีสวัสดิ์", "1409900184623"], 4300)
    for xml in (captions + answers, answers + captions):
        fields = read_docx(docx_body(xml + "<w:p/>"))
        assert fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"
        assert fields["national_id"] == "1409900184623"


def test_captions_down_one_column_and_answers_down_the_next_pair_line_by_line() -> None:
    """Newspaper columns: the captions, a column break, then the answers."""
    brk = '<w:r><w:br w:type="column"/></w:r>'
    xml = f"<w:p>{run('ชื่อ - นามสกุล')}</w:p><w:p>{run('เลขประจำตัวประชาชน')}{brk}</w:p>"
    xml += f"<w:p>{run('นางบุษบา ศรีสวัสดิ์')}</w:p><w:p>{run('1409900184623')}</w:p>"
    fields = read_docx(docx_body(xml))
    assert fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"
    assert fields["national_id"] == "1409900184623"


def test_a_title_ticked_in_a_box_drawn_with_four_strokes_and_the_name_below() -> None:
    """'ข้าพเจ้า ☐ นาย ☒ นาง ☐ นางสาว' with the boxes drawn as four strokes each, then
    'ชื่อ ... นามสกุล ...' on the next line: the title goes before that name."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("T", "", FONT)
    pdf.set_text_shaping(True)
    pdf.set_font("T", size=13)
    pdf.text(20, 40, "ข้าพเจ้า")
    for k, title in enumerate(("นาย", "นาง", "นางสาว")):
        x = 45 + 24 * k
        for x1, y1, x2, y2 in ((x, 36, x + 4, 36), (x + 4, 36, x + 4, 40), (x, 40, x + 4, 40),
                               (x, 36, x, 40)):  # fmt: skip
            pdf.line(x1, y1, x2, y2)
        pdf.text(x + 6, 40, title)
    pdf.text(20, 52, "ชื่อ  บุษบา")
    pdf.text(95, 52, "นามสกุล  ศรีสวัสดิ์")
    pdf.set_font("helvetica", size=11)
    pdf.text(45 + 24 + 0.4, 39.6, "X")
    case = mail_with(("form.pdf", bytes(pdf.output()), PDF))
    assert case.fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"


def test_the_registrys_given_and_family_name_labels_make_one_name() -> None:
    """ชื่อตัว and ชื่อสกุล (the registry's words): ชื่อสกุล beside a given name is the
    family name, not the whole name."""
    from extractors.xlsx_form import xlsx_lines

    rows = [["คำนำหน้านาม", "นาง"], ["ชื่อตัว", "บุษบา"], ["ชื่อสกุล", "ศรีสวัสดิ์"]]
    text = "\r\n".join(",".join(r) for r in rows) + "\r\n"
    assert xlsx_lines(rows, LABELS)
    case = mail_with(("form.csv", text.encode(), "text/csv"))
    assert case.fields["full_name"] == "นางบุษบา ศรีสวัสดิ์"
