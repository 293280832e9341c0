"""Attached forms as the seventh held-out set found them (issue 8): each test reproduces
one shape that set read wrong or not at all, and failed before its fix."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extractors.base import FieldCandidate
from extractors.docx_form import DocxFormExtractor
from extractors.extract import matcher_for
from extractors.names import join_name_parts
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
LABELS = matcher_for(load_templates(ROOT / "config" / "forms"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_of(build: Callable[[Any], None]) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read_docx(data: bytes) -> dict[str, FieldCandidate]:
    result = DocxFormExtractor().extract(data, part="2", labels=LABELS)
    return {c.key: c for c in join_name_parts(result.candidates)}


def _paragraph(d: Any, inner: str) -> None:
    from docx.oxml import parse_xml

    p = parse_xml(f'<w:p xmlns:w="{W}">{inner}</w:p>')
    d.element.body.insert(len(d.element.body) - 1, p)


def _run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_struck_out_titles_are_not_the_title() -> None:
    """ขีดฆ่าคำที่ไม่ใช้: on a Thai form the titles that do not apply are struck out;
    the one left standing is the applicant's."""

    def build(d: Any) -> None:
        _paragraph(d, _run("ข้าพเจ้า (") + _run("นาย", "<w:strike/>") + _run("/")
                   + _run("นาง") + _run("/") + _run("นางสาว", '<w:dstrike w:val="1"/>')
                   + _run(") ชื่อ ประภาพร  นามสกุล ศรีวิเศษ"))  # fmt: skip

    name = read_docx(docx_of(build))["full_name"].value
    assert name in ("นาง ประภาพร ศรีวิเศษ", "นางประภาพร ศรีวิเศษ")


def test_rows_and_cells_inside_content_controls_are_read() -> None:
    """Word's repeating-section control wraps table rows (w:tr) in w:sdt, a cell-level
    control wraps a cell (w:tc): the rows and cells are still the table's."""
    from docx.oxml import parse_xml

    def wrap(target: Any) -> None:
        wrapper = parse_xml(f'<w:sdt xmlns:w="{W}"><w:sdtPr/><w:sdtContent/></w:sdt>')
        target.addprevious(wrapper)
        wrapper[1].append(target)

    def build(d: Any) -> None:
        t = d.add_table(rows=2, cols=2)
        for r, (label, value) in enumerate((("ชื่อ-นามสกุล", "นายอนุชา แก้วประเสริฐ"),
                                            ("โทรศัพท์", "0619945382"))):  # fmt: skip
            t.cell(r, 0).text, t.cell(r, 1).text = label, value
        rows = list(t._tbl.tr_lst)
        wrap(rows[0])
        wrap(rows[1].tc_lst[1])

    found = read_docx(docx_of(build))
    assert found["full_name"].value == "นายอนุชา แก้วประเสริฐ"
    assert found["phone"].value == "0619945382"


def test_a_label_cell_and_a_value_cell_of_parallel_lines_pair_line_by_line() -> None:
    """All labels one per line in the left cell, all values in the same order in the
    right cell (lined up by eye): each line pairs with the line beside it."""
    rows = (("ชื่อ-นามสกุล", "นางสาวปิยะนุช บุญมี"), ("เลขประจำตัวประชาชน", "1800500377414"),
            ("โทรศัพท์", "0954420817"), ("อีเมล", "piyanuch.bm@hotmail.co.th"))  # fmt: skip

    def build(d: Any) -> None:
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "\n".join(f"{label} :" for label, _ in rows)
        t.cell(0, 1).text = "\n".join(value for _, value in rows)

    found = read_docx(docx_of(build))
    assert found["full_name"].value == "นางสาวปิยะนุช บุญมี"
    assert found["national_id"].value == "1800500377414"
    assert found["phone"].value == "0954420817"
    assert found["email"].value == "piyanuch.bm@hotmail.co.th"


def test_a_wrapped_label_beside_a_two_line_value_stays_one_pair() -> None:
    """A label cell whose label wraps over two lines beside a two-line address is one
    pair, not two (the second label line is no label)."""

    def build(d: Any) -> None:
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "ที่อยู่ที่สามารถ\nติดต่อได้"
        t.cell(0, 1).text = "19 หมู่ที่ 11 ตำบลท่าไม้\nอำเภอท่าม่วง จังหวัดกาญจนบุรี"

    found = read_docx(docx_of(build))
    assert " ".join(found["address"].value.split()).startswith("19 หมู่ที่ 11 ตำบลท่าไม้ อำเภอท่าม่วง")


FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"


def pdf_of(texts: list[tuple[float, float, str, float]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.add_font("F", "", FONT)
    pdf.set_text_shaping(True)
    for x, y, text, size in texts:
        pdf.set_font("F", size=size)
        pdf.text(x, y, text)
    return bytes(pdf.output())


def read_pdf(data: bytes) -> dict[str, FieldCandidate]:
    from extractors.address_parts import join_address_parts
    from extractors.pdf_form import PdfFormExtractor

    result = PdfFormExtractor().extract(data, part="2", labels=LABELS)
    return {c.key: c for c in join_address_parts(join_name_parts(result.candidates))}


def test_a_pdf_row_of_labels_over_a_row_of_values_is_read_by_column() -> None:
    """A ruled table printed with the labels as a header row and the values in the row
    under it: each value is its column's label's, not the header line's words."""
    found = read_pdf(pdf_of([
        (14, 36, "ชื่อ-นามสกุล", 10), (64, 36, "เลขประจำตัวประชาชน", 10), (142, 36, "โทรศัพท์", 10),
        (14, 45, "นางสาวกมลชนก ศรีสุข", 9), (64, 45, "1570200433893", 9), (142, 45, "0647729105", 9),
    ]))  # fmt: skip
    assert found["full_name"].value == "นางสาวกมลชนก ศรีสุข"
    assert found["national_id"].value == "1570200433893"
    assert found["phone"].value == "0647729105"


def test_small_captions_over_address_boxes_name_the_boxes_below() -> None:
    """A ภ.ง.ด.-like page: each address box has its small caption above it; boxes that
    do not apply are empty. The captions are not the address; each value is its box's."""
    found = read_pdf(pdf_of([
        (20, 52, "ที่อยู่", 11),
        (20, 58, "อาคาร", 8), (65, 58, "ห้องเลขที่", 8), (110, 58, "ชั้นที่", 8),
        (155, 58, "หมู่บ้าน", 8),
        (20, 74, "เลขที่", 8), (65, 74, "หมู่ที่", 8), (110, 74, "ตรอก/ซอย", 8), (155, 74, "ถนน", 8),
        (21.5, 80, "7", 12), (66.5, 80, "2", 12), (156.5, 80, "มิตรภาพ", 12),
        (20, 90, "ตำบล/แขวง", 8), (65, 90, "อำเภอ/เขต", 8), (110, 90, "จังหวัด", 8),
        (21.5, 96, "ในเมือง", 12), (66.5, 96, "เมืองนครราชสีมา", 12),
        (111.5, 96, "นครราชสีมา", 12),
    ]))  # fmt: skip
    assert found["address"].value == "7 หมู่ที่ 2 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองนครราชสีมา"
    assert found["province"].value == "นครราชสีมา"


def _address(value: str, province: str) -> list[FieldCandidate]:
    from extractors.base import Provenance

    where = Provenance(part="2", kind="pdf_text", label="อยู่บ้านเลขที่")
    return [
        FieldCandidate(key="address", value=value, provenance=where, confidence=0.9),
        FieldCandidate(key="province", value=province, provenance=where, confidence=0.9),
    ]


def test_an_address_in_the_registry_forms_parts_reads_as_written() -> None:
    """The คำร้องทั่วไป of a registry office asks the address part by part (หมู่ที่ ...
    ตรอก/ซอย ... ถนน ... ตำบล/แขวง ... อำเภอ/เขต ...), "-" in the parts that do not
    apply: the address is written as a clerk writes it, without the empty parts or the
    other word of each pair."""
    from extractors.address_parts import join_address_parts

    typed = "63 หมู่ที่ 8 ตรอก/ซอย - ถนน -\nตำบล/แขวง  นาเชือก\nอำเภอ/เขต  นาเชือก"
    rural = join_address_parts(_address(typed, "มหาสารคาม"))
    assert rural[0].value == "63 หมู่ที่ 8 ตำบลนาเชือก อำเภอนาเชือก"
    city = join_address_parts(_address(
        "88/17 หมู่ที่ - ตรอก/ซอย ลาดพร้าว 71 ถนน ลาดพร้าว\nตำบล/แขวง สะพานสอง อำเภอ/เขต "
        "วังทองหลาง จังหวัด กรุงเทพมหานคร", "กรุงเทพมหานคร"))  # fmt: skip
    assert city[0].value == (
        "88/17 ซอยลาดพร้าว 71 ถนนลาดพร้าว แขวงสะพานสอง เขตวังทองหลาง กรุงเทพมหานคร"
    )


def test_an_address_as_a_citizen_types_it_is_left_alone() -> None:
    from extractors.address_parts import join_address_parts

    typed = "12 ซอย 5 ถนน สุขุมวิท แขวงคลองตัน เขตคลองเตย"
    assert join_address_parts(_address(typed, "กรุงเทพมหานคร"))[0].value == typed


def _mail_with(name: str, data: bytes, mime: str) -> dict[str, str | None]:
    from email.message import EmailMessage

    from extractors.extract import extract_case
    from extractors.mime import parse_message

    msg = EmailMessage()
    msg["From"] = "someone@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำร้อง"
    msg.set_content("ส่งแบบคำร้องตามแนบค่ะ\n")
    main, sub = mime.split("/")
    msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    case = extract_case(parse_message(bytes(msg)), load_templates(ROOT / "config" / "forms"))
    return case.fields


CSV_ROWS = (("ชื่อ-นามสกุล", "นายธีรพงษ์ คำภา"), ("เลขประจำตัวประชาชน", "1409900184623"),
            ("โทรศัพท์", "0925518736"), ("จังหวัด", "กรุงเทพมหานคร"))  # fmt: skip


def test_a_csv_form_in_utf8_with_its_mark_is_read() -> None:
    """Excel's 'CSV UTF-8': label,value rows after a byte-order mark."""
    text = "หัวข้อ,ข้อมูล\r\n" + "".join(f"{a},{b}\r\n" for a, b in CSV_ROWS)
    fields = _mail_with("คำร้อง.csv", text.encode("utf-8-sig"), "text/csv")
    assert fields["full_name"] == "นายธีรพงษ์ คำภา"
    assert fields["national_id"] == "1409900184623"
    assert fields["phone"] in ("0925518736", "+66925518736")


def test_a_csv_export_in_tis620_with_a_header_row_is_read_by_column() -> None:
    """Plain 'CSV' on a Thai Windows: TIS-620 bytes, a row of labels over the answers."""
    text = ",".join(a for a, _ in CSV_ROWS) + "\r\n" + ",".join(b for _, b in CSV_ROWS) + "\r\n"
    fields = _mail_with("คำร้อง.csv", text.encode("cp874"), "text/csv")
    assert fields["full_name"] == "นายธีรพงษ์ คำภา"
    assert fields["province"] == "กรุงเทพมหานคร"


def test_answers_a_blank_row_under_the_header_row_are_still_its_answers() -> None:
    """A response row under the header with an empty row between (a test response
    cleared): still read column by column."""
    from extractors.xlsx_form import xlsx_lines

    head = [a for a, _ in CSV_ROWS]
    lines = xlsx_lines([head, [], [b for _, b in CSV_ROWS]], LABELS)
    assert "เลขประจำตัวประชาชน: 1409900184623" in lines


def test_a_reference_to_another_document_does_not_outrank_the_number_there() -> None:
    """'เลขประจำตัวประชาชน: ตามสำเนาบัตรประชาชนที่แนบ' on the form, the number on the
    attached card copy: the reference holds no digit, it is no ID, the card's is."""
    from extractors.base import Provenance
    from extractors.extract import pick_best

    template = next(t for t in load_templates(ROOT / "config" / "forms") if t.rules.default)
    form = Provenance(part="2", kind="docx", label="เลขประจำตัวประชาชน")
    card = Provenance(part="3", kind="pdf_text", label="เลขประจำตัวประชาชน")
    chosen = pick_best(template, [
        FieldCandidate(key="national_id", value="ตามสำเนาบัตรประชาชนที่แนบ", provenance=form,
                       confidence=1.0),
        FieldCandidate(key="national_id", value="3 1006 00245 17 2", provenance=card,
                       confidence=0.85),
    ])  # fmt: skip
    assert chosen["national_id"].value == "3 1006 00245 17 2"


def test_pairs_lined_up_with_runs_of_spaces_stay_apart() -> None:
    """Columns lined up with spaces, not tabs ('ชื่อ-นามสกุล      นายอนุชา ...
    โทรศัพท์      0619945382'): a run of spaces parts the pairs as a tab does."""

    def build(d: Any) -> None:
        d.add_paragraph("ชื่อ-นามสกุล      นายอนุชา แก้วประเสริฐ        โทรศัพท์      0619945382")
        d.add_paragraph("เลขประจำตัวประชาชน      1103700299541")

    found = read_docx(docx_of(build))
    assert found["full_name"].value == "นายอนุชา แก้วประเสริฐ"
    assert found["phone"].value == "0619945382"


def test_values_drawn_only_in_widget_appearances_are_read() -> None:
    """A filler that draws each value in its widget's appearance stream and stores no
    /V: a viewer shows the values beside their printed labels, so they are read."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    rows = (("ชื่อ-นามสกุล", "นางสาวปิยะนุช บุญมี"), ("โทรศัพท์", "0954420817"))
    pdf = pikepdf.open(io.BytesIO(pdf_of([(20, 55 + 12 * k, label, 14)
                                          for k, (label, _) in enumerate(rows)])))  # fmt: skip
    values = [pikepdf.open(io.BytesIO(pdf_of([(1, 5, value, 12)]))) for _, value in rows]
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    annots = Array()
    for k, vpdf in enumerate(values):
        form = pdf.copy_foreign(vpdf.pages[0].as_form_xobject())
        form.BBox = Array([0, height - 20, 350, height])
        x, y = 184, height - (55 + 12 * k) * 72 / 25.4 - 8
        annots.append(pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Widget, FT=Name.Tx, T=String(f"f{k}"), F=4,
            Rect=Array([x, y, x + 350, y + 20]), AP=Dictionary(N=form),
        )))  # fmt: skip
    page.obj.Annots = annots
    pdf.Root.AcroForm = pdf.make_indirect(Dictionary(Fields=annots))
    out = io.BytesIO()
    pdf.save(out)
    found = read_pdf(out.getvalue())
    assert found["full_name"].value == "นางสาวปิยะนุช บุญมี"
    assert found["phone"].value == "0954420817"


def test_captions_centred_over_their_columns_and_one_wrapped_name_the_values() -> None:
    """A table printed from Word: header captions centred over their columns (one
    wrapped over two lines), the values set at each column's left in a lower row."""
    found = read_pdf(pdf_of([
        (29, 35, "ชื่อ-นามสกุล", 10), (74, 35, "เลขประจำตัว", 10), (77, 39.5, "ประชาชน", 10),
        (121, 35, "วันเดือนปีเกิด", 10), (171, 35, "โทรศัพท์", 10),
        (14, 48, "นายธีรพงษ์ คำภา", 9), (62, 48, "1409900184623", 9),
        (108, 48, "9 กุมภาพันธ์ 2527", 9), (156, 48, "0925518736", 9),
    ]))  # fmt: skip
    assert found["full_name"].value == "นายธีรพงษ์ คำภา"
    assert found["national_id"].value == "1409900184623"
    assert found["birth_date"].value == "9 กุมภาพันธ์ 2527"
    assert found["phone"].value == "0925518736"


def test_struck_titles_in_a_table_cell_leave_the_one_standing() -> None:
    """A title cell printing 'นาย / นาง / นางสาว' with two struck, the given and family
    names in cells of their own: the title is the one left standing."""
    from docx.oxml import parse_xml

    def build(d: Any) -> None:
        t = d.add_table(rows=2, cols=4)
        t.cell(0, 0).text = "คำนำหน้าชื่อ"
        cell = t.cell(0, 1)
        xml = (_run("นาย", "<w:strike/>") + _run(" / ") + _run("นาง") + _run(" / ")
               + _run("นางสาว", "<w:strike/>"))  # fmt: skip
        cell._tc.remove(cell._tc.p_lst[0])
        cell._tc.append(parse_xml(f'<w:p xmlns:w="{W}">{xml}</w:p>'))
        t.cell(0, 2).text, t.cell(0, 3).text = "ชื่อ", "ประภาพร"
        t.cell(1, 0).text, t.cell(1, 1).text = "นามสกุล", "ศรีวิเศษ"

    name = read_docx(docx_of(build))["full_name"].value
    assert name in ("นาง ประภาพร ศรีวิเศษ", "นางประภาพร ศรีวิเศษ")


def test_a_box_ticked_only_in_its_appearance_state_is_ticked() -> None:
    """A filler that sets the check box's appearance state (/AS /Yes) and no /V: a
    viewer shows the tick, so the title beside it is the applicant's."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    base = pdf_of([(20, 55, "คำนำหน้า", 14), (45, 55, "นาย", 14), (70, 55, "นาง", 14),
                   (20, 67, "ชื่อ", 14), (105, 67, "นามสกุล", 14)])  # fmt: skip
    pdf = pikepdf.open(io.BytesIO(base))
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    mm = 72 / 25.4

    def widget(name: str, x: float, y: float, w: float, **extra: Any) -> Any:
        rect = Array([x * mm, height - y * mm - 3, (x + w) * mm, height - y * mm + 17])
        d = Dictionary(Type=Name.Annot, Subtype=Name.Widget, F=4, T=String(name), Rect=rect)
        d.P = page.obj
        for key, value in extra.items():
            d[f"/{key}"] = value
        return pdf.make_indirect(d)

    on = pdf.make_stream(b"0 g BT /ZaDb 10 Tf 2 2 Td (4) Tj ET")
    fields = [
        widget("Check Box1", 39, 55, 5, FT=Name.Btn, AS=Name.Off,
               AP=Dictionary(N=Dictionary(Yes=on, Off=pdf.make_stream(b"")))),
        widget("Check Box2", 64, 55, 5, FT=Name.Btn, AS=Name.Yes,
               AP=Dictionary(N=Dictionary(Yes=on, Off=pdf.make_stream(b"")))),
        widget("Text1", 30, 67, 70, FT=Name.Tx, V=String("ประภาพร")),
        widget("Text2", 122, 67, 70, FT=Name.Tx, V=String("ศรีวิเศษ")),
    ]  # fmt: skip
    page.obj.Annots = Array(fields)
    pdf.Root.AcroForm = pdf.make_indirect(Dictionary(Fields=Array(fields)))
    out = io.BytesIO()
    pdf.save(out)
    name = read_pdf(out.getvalue())["full_name"].value
    assert name in ("นาง ประภาพร ศรีวิเศษ", "นางประภาพร ศรีวิเศษ")


def test_the_question_before_the_first_box_is_not_its_option() -> None:
    """'คำนำหน้า ☒ นาย ☐ นาง ☐ นางสาว' set tight: the question ends as close before the
    first box as its option starts after it. The question is a form's label, never an
    option: the first box's word is the one after it."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    base = pdf_of([(20, 55, "คำนำหน้า", 14), (45, 55, "นาย", 14), (70, 55, "นาง", 14),
                   (95, 55, "นางสาว", 14), (20, 67, "ชื่อ", 14),
                   (105, 67, "นามสกุล", 14)])  # fmt: skip
    pdf = pikepdf.open(io.BytesIO(base))
    page = pdf.pages[0]
    height = float(page.mediabox[3])
    mm = 72 / 25.4
    on = pdf.make_stream(b"0 g BT /ZaDb 10 Tf 2 2 Td (4) Tj ET")

    def widget(name: str, x: float, y: float, w: float, **extra: Any) -> Any:
        rect = Array([x * mm, height - y * mm - 3, (x + w) * mm, height - y * mm + 17])
        d = Dictionary(Type=Name.Annot, Subtype=Name.Widget, F=4, T=String(name), Rect=rect)
        d.P = page.obj
        for key, value in extra.items():
            d[f"/{key}"] = value
        return pdf.make_indirect(d)

    def box(name: str, x: float, ticked: bool) -> Any:
        state = Name.Yes if ticked else Name.Off
        ap = Dictionary(N=Dictionary(Yes=on, Off=pdf.make_stream(b"")))
        return widget(name, x, 55, 5, FT=Name.Btn, V=state, AS=state, AP=ap)

    fields = [box("Check Box1", 39, True), box("Check Box2", 64, False),
              box("Check Box3", 89, False),
              widget("Text1", 30, 67, 70, FT=Name.Tx, V=String("สมเกียรติ")),
              widget("Text2", 122, 67, 70, FT=Name.Tx, V=String("วงศ์ใหญ่"))]  # fmt: skip
    page.obj.Annots = Array(fields)
    pdf.Root.AcroForm = pdf.make_indirect(Dictionary(Fields=Array(fields)))
    out = io.BytesIO()
    pdf.save(out)
    name = read_pdf(out.getvalue())["full_name"].value
    assert name in ("นาย สมเกียรติ วงศ์ใหญ่", "นายสมเกียรติ วงศ์ใหญ่")


def test_a_title_ticked_in_a_box_after_its_word_is_the_title() -> None:
    """'คำนำหน้าชื่อ นาย ☐ นาง ☒ นางสาว ☐': boxes printed after their words; the ticked
    box's word is the title, as with boxes before their words."""
    from extractors.base import Provenance

    where = Provenance(part="2", kind="pdf_text", label="คำนำหน้าชื่อ")
    title = FieldCandidate(key="name_title", value="นาย ☐ นาง ☒ นางสาว ☐ (โปรดเลือก)",
                           provenance=where, confidence=0.9)  # fmt: skip
    given = FieldCandidate(key="given_name", value="ประภาพร", provenance=where, confidence=0.9)
    family = FieldCandidate(key="family_name", value="ศรีวิเศษ", provenance=where, confidence=0.9)
    names = [c for c in join_name_parts([title, given, family]) if c.key == "full_name"]
    assert names[0].value in ("นาง ประภาพร ศรีวิเศษ", "นางประภาพร ศรีวิเศษ")


def test_a_remarks_column_does_not_keep_a_header_row_from_being_read_by_column() -> None:
    """A header row with a หมายเหตุ (remarks) column, a column left unanswered: still a
    header row over its values."""
    found = read_pdf(pdf_of([
        (14, 36, "ชื่อ-นามสกุล", 10), (64, 36, "โทรศัพท์", 10), (94, 36, "โทรสาร", 10),
        (118, 36, "อีเมล", 10), (175, 36, "หมายเหตุ", 10),
        (14, 45, "นายธีรพงษ์ คำภา", 9), (64, 45, "0925518736", 9),
        (118, 45, "teerapong.kp@hotmail.com", 9), (175, 45, "-", 9),
    ]))  # fmt: skip
    assert found["full_name"].value == "นายธีรพงษ์ คำภา"
    assert found["phone"].value == "0925518736"
    assert found["email"].value == "teerapong.kp@hotmail.com"
