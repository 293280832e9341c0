"""DOCX forms, Thai text PDFs read from glyph positions, widgets labelled by their printed
captions, and Thai OCR of scans and phone photos (real tesseract, no mocks).

The material is built in `attachments_for_tests` (python-docx, pypdfium2 with a Thai font,
pypdf, Pillow); the label vocabulary is the shipped one from config/forms, fed through
the common label reader, so these tests measure what an agency gets.
"""

from __future__ import annotations

import io
import random
import re
import subprocess
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pdfplumber
import pytest
from attachments_for_tests import (
    Sample,
    docx_paragraphs,
    docx_table,
    dotted_pdf,
    form_image,
    make_sample,
    photo,
    png_of,
    scanned_pdf,
    spaced_pdf,
    widget_pdf,
)
from ocr_sample import READ_ALL
from parallel_reads import OCR_SETS, in_threads
from PIL import Image

from extractors.base import Attachment, ExtractionResult, Extractor, FieldCandidate, ParsedMessage
from extractors.docx_form import DocxFormExtractor
from extractors.extract import extract_case
from extractors.labels import LabelMatcher
from extractors.ocr import (
    OcrExtractor,
    OcrLine,
    OcrPage,
    estimate_skew,
    might_be_scanned,
    page_candidates,
)
from extractors.pdf_form import PdfFormExtractor
from extractors.pdf_layout import Glyph, group_lines, join_glyphs
from extractors.sandbox import Limits
from extractors.sniff import DOCX, ODT, RTF, XLSX, sniff_type
from extractors.templates import load_templates

pytestmark = OCR_SETS

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
LABELS = LabelMatcher(TEMPLATES)


def values(result: ExtractionResult) -> dict[str, str]:
    return {c.key: c.value for c in result.candidates}


def by_key(result: ExtractionResult) -> dict[str, FieldCandidate]:
    return {c.key: c for c in result.candidates}


@pytest.fixture(scope="module")
def sample() -> Sample:
    return make_sample(random.Random(8))


# --- DOCX -------------------------------------------------------------------------------


@pytest.mark.parametrize("columns", [2, 4])
def test_docx_table_of_label_and_value_cells(sample: Sample, columns: int) -> None:
    data = docx_table(sample, columns=columns)
    assert sniff_type(data, "application/octet-stream", "form.bin") == DOCX
    result = DocxFormExtractor().extract(data, part="2", labels=LABELS)
    assert result.defects == []
    assert values(result) == sample.values
    prov = by_key(result)["national_id"].provenance
    assert (prov.kind, prov.part, prov.label) == ("docx", "2", "เลขประจำตัวประชาชน")


def test_docx_label_value_paragraphs(sample: Sample) -> None:
    result = DocxFormExtractor().extract(docx_paragraphs(sample), part="2", labels=LABELS)
    assert values(result) == sample.values


def test_docx_value_cell_of_several_paragraphs_is_a_multiline_address() -> None:
    import docx

    document = docx.Document()
    row = document.add_table(rows=1, cols=2).rows[0]
    row.cells[0].text = "ที่อยู่ :"
    row.cells[1].text = "99/1 หมู่ 2"
    row.cells[1].add_paragraph("ตำบลในเมือง")
    out = io.BytesIO()
    document.save(out)
    result = DocxFormExtractor().extract(out.getvalue(), part="2", labels=LABELS)
    assert values(result) == {"address": "99/1 หมู่ 2\nตำบลในเมือง"}


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _text_box(lines: list[str]) -> str:
    """A text box as Word and LibreOffice save it: a DrawingML shape (mc:Choice) and its
    VML fallback (mc:Fallback), both holding the same paragraphs."""
    paras = "".join(f"<w:p><w:r><w:t>{x}</w:t></w:r></w:p>" for x in lines)
    content = f"<w:txbxContent>{paras}</w:txbxContent>"
    return (
        f'<w:p xmlns:w="{_W}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{content}</wps:txbx>'
        "</wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>"
    )


def test_a_form_typed_in_a_text_box_is_read_once() -> None:
    """unseen2: the whole form inside a text box, which python-docx's paragraphs skip."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("แบบคำร้องทั่วไป")
    box = ["ชื่อ-นามสกุล: นายก ข", "โทรศัพท์: 081-654-3210"]
    document.element.body.insert(1, parse_xml(_text_box(box)))
    out = io.BytesIO()
    document.save(out)
    result = DocxFormExtractor().extract(out.getvalue(), part="2", labels=LABELS)
    assert [(c.key, c.value) for c in result.candidates] == [
        ("full_name", "นายก ข"),
        ("phone", "081-654-3210"),
    ]


def _sdt(inner: str, ns: str = "") -> str:
    return f"<w:sdt{ns}><w:sdtPr/><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def test_answers_in_content_controls_are_read() -> None:
    """unseen2: a fillable Word form keeps its answers in content controls (w:sdt), in a
    paragraph, around whole paragraphs, or in a table cell; python-docx's text skips them."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    ns = f' xmlns:w="{_W}"'
    run = "<w:r><w:t xml:space='preserve'>{}</w:t></w:r>"
    inline = f"<w:p{ns}>{run.format('ชื่อ-นามสกุล: ')}{_sdt(run.format('นายก ข'))}</w:p>"
    body.insert(0, parse_xml(inline))
    body.insert(1, parse_xml(_sdt(f"<w:p>{run.format('โทรศัพท์: 081-654-3210')}</w:p>", ns)))
    cells = document.add_table(rows=1, cols=2).rows[0].cells
    cells[0].text = "อีเมล"
    cells[1]._tc.remove(cells[1]._tc.p_lst[0])
    cells[1]._tc.append(parse_xml(_sdt(f"<w:p>{run.format('a@b.co')}</w:p>", ns)))
    out = io.BytesIO()
    document.save(out)
    result = DocxFormExtractor().extract(out.getvalue(), part="2", labels=LABELS)
    assert [(c.key, c.value) for c in result.candidates] == [
        ("full_name", "นายก ข"),
        ("phone", "081-654-3210"),
        ("email", "a@b.co"),
    ]


def test_an_excel_form_is_read_row_by_row() -> None:
    """unseen2: the agency's form made in Excel, filled in and sent back."""
    import datetime as dt

    import openpyxl

    from extractors.xlsx_form import XlsxFormExtractor

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["แบบคำร้องทั่วไป"])
    sheet.append(["ชื่อ-นามสกุล", "นายก ข"])
    sheet.append(["เลขประจำตัวประชาชน :", 1459900123454])  # typed as a number
    sheet.append(["วันเกิด", dt.datetime(1987, 2, 1)])  # a date cell
    sheet.append([None, "ที่อยู่", "45 ม.3", "ต.พระบาท"])
    out = io.BytesIO()
    book.save(out)
    assert sniff_type(out.getvalue(), "application/octet-stream", "form.bin") == XLSX
    result = XlsxFormExtractor().extract(out.getvalue(), part="2", labels=LABELS)
    assert [(c.key, c.value) for c in result.candidates] == [
        ("full_name", "นายก ข"),
        ("national_id", "1459900123454"),
        ("birth_date", "1987-02-01"),
        ("address", "45 ม.3 ต.พระบาท"),
    ]
    assert result.candidates[0].provenance.kind == "spreadsheet"
    broken = XlsxFormExtractor().extract(b"PK\x03\x04 no zip", part="3", labels=LABELS)
    assert [d.code for d in broken.defects] == ["xlsx_broken"]


def test_an_excel_sheet_of_labels_across_the_first_row_is_read_by_column() -> None:
    """unseen3: answers exported from an online form (Google Forms, Microsoft Forms) or
    typed into a sheet the same way: the labels across row 1, the answers across row 2."""
    import openpyxl

    from extractors.xlsx_form import XlsxFormExtractor

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ประทับเวลา", "ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "เบอร์โทรศัพท์", "อีเมล"])
    sheet.append(["24/11/2026 9:41:07", "นายก ข", "1459900123454", "0812345678", "a@b.co"])
    out = io.BytesIO()
    book.save(out)
    result = XlsxFormExtractor().extract(out.getvalue(), part="2", labels=LABELS)
    assert [(c.key, c.value) for c in result.candidates] == [
        ("full_name", "นายก ข"),
        ("national_id", "1459900123454"),
        ("phone", "0812345678"),
        ("email", "a@b.co"),
    ]


def test_an_online_forms_wide_export_is_read_to_its_last_column() -> None:
    """unseen3: a Google Forms export has a column per question and a few of its own
    (timestamp, mail, consent): the postal code sat in column 14 and was not read."""
    import openpyxl

    from extractors.xlsx_form import XlsxFormExtractor

    book = openpyxl.Workbook()
    sheet = book.active
    head = ["Timestamp", "ชื่อ-นามสกุล", *[f"ข้อ {n}" for n in range(11)], "อีเมล", "รหัสไปรษณีย์"]
    sheet.append(head)
    sheet.append(["24/11/2026", "นายก ข", *["-"] * 11, "a@b.co", "10310"])
    out = io.BytesIO()
    book.save(out)
    result = XlsxFormExtractor().extract(out.getvalue(), part="2", labels=LABELS)
    assert [(c.key, c.value) for c in result.candidates] == [
        ("full_name", "นายก ข"),
        ("email", "a@b.co"),
        ("postal_code", "10310"),
    ]


def test_an_excel_zip_bomb_is_a_defect_within_the_child_limits() -> None:
    """An XLSX is a zip of XML: one cell that inflates to 600 MB, from about 600 KB
    sent, must cost the request a defect, not the worker its memory: the package is
    refused before openpyxl reads it (ooxml_package.check_package), within the child."""
    import zipfile

    import openpyxl

    from extractors.sandbox import Limits
    from extractors.xlsx_form import XlsxFormExtractor

    book = openpyxl.Workbook()
    book.active.append(["ชื่อ", "นายก ข"])
    plain = io.BytesIO()
    book.save(plain)
    bomb = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                out.writestr(item, source.read(item))
                continue
            with out.open(item.filename, "w", force_zip64=True) as sheet:
                sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/')
                sheet.write(b'spreadsheetml/2006/main"><sheetData><row r="1">')
                sheet.write(b'<c r="A1" t="inlineStr"><is><t>')
                for _ in range(600):
                    sheet.write(b"a" * (1024 * 1024))
                sheet.write(b"</t></is></c></row></sheetData></worksheet>")
    assert len(bomb.getvalue()) < 2 * 1024 * 1024
    reader = XlsxFormExtractor(Limits(seconds=60.0, memory_mb=256))
    result = reader.extract(bomb.getvalue(), part="2", labels=LABELS)
    assert result.candidates == []
    assert [d.code for d in result.defects] == ["xlsx_too_large"], result.defects


def test_a_broken_docx_is_a_defect_not_a_crash() -> None:
    result = DocxFormExtractor().extract(b"PK\x03\x04 not a zip", part="3", labels=LABELS)
    assert result.candidates == []
    assert [(d.code, d.part) for d in result.defects] == [("docx_broken", "3")]


# --- Text PDFs: letter-spaced Thai and values typed over dot leaders --------------------


def test_letter_spaced_thai_reads_without_broken_words(sample: Sample) -> None:
    data = spaced_pdf(sample)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        plain = pdf.pages[0].extract_text()
    assert "ชื่อ-นามสกุล" not in plain  # the material reproduces the fault: letters split
    result = PdfFormExtractor().extract(data, part="2", labels=LABELS)
    assert values(result) == sample.values


def test_values_typed_over_dot_leaders_lose_the_dots_not_their_own(sample: Sample) -> None:
    data = dotted_pdf(sample)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        plain = pdf.pages[0].extract_text()
    assert sample.values["postal_code"] not in plain  # dots between the digits
    assert values(PdfFormExtractor().extract(data, part="2", labels=LABELS)) == sample.values


def shaped_pdf(rows: list[tuple[str, str]]) -> bytes:
    """A text PDF with Thai shaped by HarfBuzz (fpdf2), as Word and LibreOffice draw TH
    Sarabun: SARA AM and stacked marks become glyphs of which some map to no character,
    which pdfminer writes "(cid:N)"."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("Laksaman", "", "/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
    pdf.set_font("Laksaman", size=16)
    pdf.set_text_shaping(True)
    for label, value in rows:
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(55, 9, label)
        pdf.set_xy(75, y)
        pdf.cell(120, 9, value, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_glyphs_mapped_to_no_character_are_dropped_and_their_values_flagged() -> None:
    """unseen2: "ตำ(cid:3)บล" read as the address let a wrong value through silently, and
    "เลขประจำ(cid:3)ตัวประชาชน" hid the ID's label."""
    data = shaped_pdf(
        [
            ("เลขประจำตัวประชาชน", "3-2001-00567-89-7"),
            ("ที่อยู่", "7 หมู่ที่ 12 ตำบลหนองบัว อำเภอเมืองอุดรธานี"),
            ("โทรศัพท์", "093-111-2222"),
        ]
    )
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert "(cid:" in pdf.pages[0].extract_text()  # the material reproduces the fault
    found = PdfFormExtractor().extract(data, part="2", labels=LABELS).candidates
    assert {c.key: c.value for c in found} == {
        "national_id": "3-2001-00567-89-7",
        "address": "7 หมู่ที่ 12 ตำบลหนองบัว อำเภอเมืองอุดรธานี",
        "phone": "093-111-2222",
    }
    sure = {c.key: c.confidence >= 0.8 for c in found}
    # a line that lost a glyph is checked by a clerk; the others are not
    assert sure == {"national_id": False, "address": False, "phone": True}


def without_unicode_maps(data: bytes) -> bytes:
    """The PDF with its fonts' ToUnicode maps taken out, as "print to PDF" drivers and old
    Thai PDF makers write it: pdfminer then falls back on the font's own tables and gives
    the letters out of order (the Thai PDF that copy-pastes as nonsense)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and "/ToUnicode" in obj:
                del obj["/ToUnicode"]
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def test_a_pdf_whose_text_layer_is_nonsense_is_read_by_ocr_and_says_so() -> None:
    """A text PDF whose fonts have no Unicode map gave letters out of order: no label was
    found, nothing was read and nothing told the clerk why (a request silently empty)."""
    rows = [
        ("ชื่อ-นามสกุล", "นายสมชาย ใจดี"),
        ("เลขประจำตัวประชาชน", "3-2001-00567-89-7"),
        ("โทรศัพท์", "093-111-2222"),
    ]
    data = without_unicode_maps(shaped_pdf(rows))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert "ประจำตัว" not in pdf.pages[0].extract_text()  # the material shows the fault
    read = PdfFormExtractor().extract(data, part="2", labels=LABELS)
    assert [d.code for d in read.defects] == ["pdf_text_unreadable"]
    assert "page 1" in read.defects[0].detail
    found = {c.key: c for c in read.candidates}
    assert found["national_id"].value == "3-2001-00567-89-7"
    assert found["phone"].value == "093-111-2222"
    assert {c.provenance.kind for c in read.candidates} == {"ocr"}
    assert all("ocr" in c.provenance.flags for c in read.candidates)
    # the same page with its maps is read from its text, not by OCR
    mapped = PdfFormExtractor().extract(shaped_pdf(rows), part="2", labels=LABELS)
    assert {c.provenance.kind for c in mapped.candidates} == {"pdf_text"}
    assert mapped.defects == []


def glyphs(text: str, x: float = 0.0, advance: float = 6.0, size: float = 10.0) -> list[Glyph]:
    out, right = [], x
    for ch in text:
        mark = ch in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b"
        start = right - advance / 2 if mark else right
        out.append(Glyph(ch, start, start if mark else start + advance - 1, 0.0, size))
        right = right if mark else right + advance
    return out


def test_join_glyphs_word_breaks_come_from_wide_gaps_only() -> None:
    assert join_glyphs(glyphs("ชื่อ") + glyphs("สมชาย", x=40)) == "ชื่อ สมชาย"
    # three full stops of a version number are not a leader to drop
    line = group_lines(glyphs("3.4.0."))[0]
    assert line.text == "3.4.0."


def test_one_glyph_mapped_to_nikhahit_and_sara_aa_advances_like_sara_am() -> None:
    """MS Word's ToUnicode maps give SARA AM's glyph as U+0E4D U+0E32: a spacing glyph
    that joins the letter before it, not a mark after which a word breaks."""
    word = [*glyphs("ต"), Glyph("\u0e4d\u0e32", 6, 11, 0.0, 10.0), *glyphs("บล", x=12)]
    assert join_glyphs(word) == "ตำบล"


def test_a_value_typed_a_little_above_a_leader_joins_its_caption() -> None:
    """A phone app's text sits where the finger touched, above the dots: it is the
    dotted row's value, not a line of its own above the caption."""
    caption = glyphs("ชื่อ") + glyphs("." * 12, x=30)
    value = [Glyph(g.text, g.x0, g.x1, -6.0, 4.0) for g in glyphs("สมชาย", x=40)]
    assert [line.text for line in group_lines(caption + value)] == ["ชื่อ สมชาย"]
    # a line a whole line above the dots, or not starting on them, stays apart
    far = [Glyph(g.text, g.x0, g.x1, -14.0, -4.0) for g in glyphs("สมชาย", x=40)]
    assert len(group_lines(caption + far)) == 2
    left = [Glyph(g.text, g.x0, g.x1, -6.0, 4.0) for g in glyphs("สมชาย", x=0)]
    assert len(group_lines(caption + left)) == 2


# --- Fillable PDFs with meaningless field names -----------------------------------------


@pytest.mark.parametrize("layout", ["left", "above", "row"])
def test_widgets_are_labelled_by_the_caption_beside_or_above(sample: Sample, layout: str) -> None:
    result = PdfFormExtractor().extract(widget_pdf(sample, layout=layout), part="2", labels=LABELS)
    assert values(result) == sample.values
    prov = by_key(result)["full_name"].provenance
    assert (prov.kind, prov.form_field, prov.label) == ("pdf_form", "Text1", "ชื่อ-นามสกุล")


def test_well_named_and_meaningless_fields_share_a_row(sample: Sample) -> None:
    """Captions are looked up only for the meaningless names; the others keep theirs."""
    names = ["ชื่อ-นามสกุล", "Text2", "โทรศัพท์", "Text4", "ที่อยู่", "Text6", "Text7"]
    data = widget_pdf(sample, layout="row", names=names)
    result = PdfFormExtractor().extract(data, part="2", labels=LABELS)
    assert values(result) == sample.values
    assert by_key(result)["national_id"].provenance.label == "เลขประจำตัวประชาชน"


# --- OCR --------------------------------------------------------------------------------


def test_install_script_installs_thai_ocr() -> None:
    script = (ROOT / "scripts" / "install-system-deps.sh").read_text()
    for package in ("tesseract-ocr", "tesseract-ocr-tha", "poppler-utils", "fonts-thai-tlwg"):
        assert re.search(rf"\b{package}\b", script), package
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    assert "tha" in langs.stdout.split()


@pytest.mark.parametrize("angle", [5.0, -3.0])
def test_skew_is_estimated_from_the_projection_profile(sample: Sample, angle: float) -> None:
    turned = form_image(sample).rotate(angle, expand=True, fillcolor=255)
    assert estimate_skew(turned) == pytest.approx(-angle, abs=0.5)


def test_photo_is_read_with_confidence_and_flag(sample: Sample) -> None:
    data = photo(sample, random.Random(1), angle=4.0)
    result = OcrExtractor("image").extract(data, part="2", labels=LABELS)
    assert result.defects == []
    assert values(result) == sample.values
    for candidate in result.candidates:
        prov = candidate.provenance
        assert prov.kind == "ocr" and "ocr" in prov.flags
        assert prov.ocr_confidence is not None and 0.3 < prov.ocr_confidence <= 1.0
        assert candidate.confidence <= prov.ocr_confidence


def test_quarter_turned_photo_is_turned_upright(sample: Sample) -> None:
    turned = Image.open(io.BytesIO(photo(sample, random.Random(2), angle=1.0))).rotate(
        90, expand=True
    )
    result = OcrExtractor("image").extract(png_of(turned), part="2", labels=LABELS)
    assert values(result)["national_id"] == sample.values["national_id"]


def test_scanned_pdf_pages_are_read_and_text_pages_are_not(sample: Sample) -> None:
    scanned = OcrExtractor("pdf").extract(scanned_pdf(sample, random.Random(3)), part="2",
                                          labels=LABELS)  # fmt: skip
    read = values(scanned)
    right = [key for key, value in sample.values.items() if read.get(key) == value]
    assert len(right) >= 6  # real OCR: the rate over many forms is test_accuracy_per_kind's
    assert {c.provenance.page for c in scanned.candidates} == {1}
    assert all("ocr" in c.provenance.flags for c in scanned.candidates)
    assert might_be_scanned(scanned_pdf(sample, random.Random(3)))
    assert not might_be_scanned(spaced_pdf(sample))  # no image: no child process at all
    text_pdf = OcrExtractor("pdf").extract(spaced_pdf(sample), part="2", labels=LABELS)
    assert text_pdf.candidates == [] and text_pdf.defects == []
    # a text PDF with an image in it (a logo) goes to the child, which skips its text page
    with_image = OcrExtractor("pdf").extract(spaced_pdf(sample) + b"\n% /Image", part="2",
                                             labels=LABELS)  # fmt: skip
    assert with_image.candidates == [] and with_image.defects == []


def test_a_doubtful_character_flags_the_value() -> None:
    label = (0.95,) * 9  # "โทรศัพท์:" and "รหัสไปรษณีย์:" without spaces: 9 and 13 characters
    page = OcrPage(
        1,
        (OcrLine("โทรศัพท์: 0812345678", label + (0.9,) * 10),
         OcrLine("รหัสไปรษณีย์: 10400", label + (0.95,) * 4 + (0.95, 0.4, 0.95, 0.95, 0.95))),
        rotated=0,
        skew=0.0,
    )  # fmt: skip
    found = {c.key: c for c in page_candidates(page, "2", LABELS)}
    assert found["phone"].provenance.flags == ["ocr"]
    assert found["phone"].provenance.ocr_confidence == pytest.approx(0.9)
    assert found["postal_code"].provenance.flags == ["ocr", "ocr_low_confidence"]
    assert found["postal_code"].provenance.ocr_confidence == pytest.approx(0.84)
    assert found["postal_code"].confidence <= 0.84
    assert found["phone"].provenance.line == 1 and found["postal_code"].provenance.line == 2


def test_ocr_over_its_time_limit_is_a_defect(sample: Sample) -> None:
    slow = OcrExtractor("image", limits=Limits(seconds=0.05, memory_mb=2048))
    result = slow.extract(png_of(form_image(sample)), part="2", labels=LABELS)
    assert result.candidates == []
    assert [d.code for d in result.defects] == ["ocr_limit"]


def test_an_image_that_is_not_one_is_a_defect() -> None:
    result = OcrExtractor("image").extract(b"\x89PNG\r\n\x1a\n broken", part="4", labels=LABELS)
    assert [(d.code, d.part) for d in result.defects] == [("ocr_failed", "4")]


def test_photo_attachment_through_the_whole_extraction(sample: Sample) -> None:
    data = photo(sample, random.Random(4), angle=-2.0)
    attachment = Attachment(
        index=0, part="2", filename="IMG_0001.jpg", sniffed_type="image/jpeg",
        size=len(data), content=data,
    )  # fmt: skip
    parsed = ParsedMessage(subject="คำร้องทั่วไป", attachments=[attachment])
    case = extract_case(parsed, TEMPLATES)
    assert case.fields["national_id"] == re.sub(r"\D", "", sample.values["national_id"])
    prov = case.provenance["national_id"]
    assert (prov.kind, prov.filename_index, prov.flags[0]) == ("ocr", 0, "ocr")


# --- Accuracy per kind ------------------------------------------------------------------

Builder = Callable[[Sample, random.Random], bytes]
KINDS: dict[str, tuple[Builder, Extractor, int, float]] = {
    # kind: (builder, extractor, forms, minimum share of fields right)
    "DOCX table": (
        lambda s, r: docx_table(s, columns=r.choice([2, 4])), DocxFormExtractor(), 20, 0.99
    ),
    "DOCX paragraphs": (lambda s, r: docx_paragraphs(s), DocxFormExtractor(), 20, 0.99),
    "PDF, meaningless field names": (
        lambda s, r: widget_pdf(s, layout=r.choice(["left", "above", "row"])),
        PdfFormExtractor(), 20, 0.99,
    ),
    "PDF, spaced Thai": (
        lambda s, r: spaced_pdf(s, spacing=r.uniform(1.5, 4)), PdfFormExtractor(), 20, 0.99
    ),
    "PDF, values over dot leaders": (lambda s, r: dotted_pdf(s), PdfFormExtractor(), 20, 0.99),
    "scanned PDF (OCR)": (scanned_pdf, OcrExtractor("pdf"), 8, 0.95),  # measured 0.982
    "phone photo (OCR)": (photo, OcrExtractor("image"), 8, 0.90),
}  # fmt: skip
# Each OCR'd form costs seconds, and test_accuracy_styles reads the same generator's
# scans and photos: under `make test` the OCR kinds read their first forms only (all
# are drawn, so every kind reads the same forms as before); OCR_SETS=all reads every one.
OCR_FORMS_UNDER_MAKE_TEST = 3


def forms_to_read(extractor: Extractor, forms: int, read_all: bool = READ_ALL) -> int:
    if read_all or not isinstance(extractor, OcrExtractor):
        return forms
    return min(forms, OCR_FORMS_UNDER_MAKE_TEST)


def test_only_the_ocr_kinds_read_fewer_forms_under_make_test() -> None:
    assert forms_to_read(OcrExtractor("pdf"), 8, read_all=False) == OCR_FORMS_UNDER_MAKE_TEST
    assert forms_to_read(OcrExtractor("pdf"), 8, read_all=True) == 8
    assert forms_to_read(DocxFormExtractor(), 20, read_all=False) == 20


def test_accuracy_per_kind(capsys: pytest.CaptureFixture[str]) -> None:
    """Fields right per kind of attachment, and wrong values a clerk is not warned of."""
    rng = random.Random(2569)
    report, failures = [], []
    for kind, (build, extractor, forms, floor) in KINDS.items():
        right = total = silent_wrong = 0
        samples, built = [], []
        for _ in range(forms):  # drawn in the same order as when each was read at once
            samples.append(make_sample(rng))
            built.append(build(samples[-1], rng))
        read = forms_to_read(extractor, forms)
        samples, built = samples[:read], built[:read]
        results = in_threads(partial(extractor.extract, part="2", labels=LABELS), built)
        for sample, result in zip(samples, results, strict=True):
            found = by_key(result)
            for key, value in sample.values.items():
                total += 1
                got = found.get(key)
                if got is not None and got.value == value:
                    right += 1
                elif got is not None and not got.provenance.flags:
                    silent_wrong += 1
        share = right / total
        of = "" if read == forms else f"  ({read} of {forms} forms; OCR_SETS=all reads all)"
        report.append(
            f"{kind:<32}{right:>5}/{total:<5}{share:8.1%}  wrong unflagged {silent_wrong}{of}"
        )
        if share < floor or silent_wrong:
            failures.append(kind)
    with capsys.disabled():
        print("\nattachment accuracy (generated forms, seed 2569)\n" + "\n".join(report))
    assert failures == []


# --- Real forms from the corpus ---------------------------------------------------------

CORPUS = ROOT / ".." / "shared" / "corpus"


@pytest.mark.parametrize(
    ("name", "suffix"),
    [("pdfjs/bug1883609.pdf", " Text Box"), ("pypdf/libreoffice-form.pdf", "")],
)
def test_captions_of_real_forms_agree_with_their_authors_field_names(
    name: str, suffix: str
) -> None:
    """These authors named their text fields after the printed caption ("Given Name Text
    Box" beside "Given Name"): an oracle for the captions found from glyph positions."""
    from extractors.pdf_form import _acro_fields, _captions, _LaidOut, _open_pdf

    data = (CORPUS / name).read_bytes()
    with _open_pdf(data, []) as pdf:
        fields = _acro_fields(pdf, data, [])
        captions = _captions(pdf, fields, _LaidOut(pdf, []))
    texts = [f for f in fields if f.kind == "text" and f.name.endswith(suffix)]
    named = {f.name: f.name.removesuffix(suffix) for f in texts}
    agree = [k for k, v in named.items() if captions.get(k) == v]
    assert len(named) >= 4
    assert len(agree) / len(named) >= 0.75, {k: captions.get(k) for k in named}


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)  # 10 gigapixels, grey
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")
    result = OcrExtractor("image").extract(bomb, part="5", labels=LABELS)
    assert [(d.code, d.detail) for d in result.defects] == [
        ("ocr_failed", "DecompressionBombError")
    ]


def _odt(body: str) -> bytes:
    import zipfile

    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return out.getvalue()


def test_an_opendocument_form_is_read() -> None:
    """unseen3: a form typed in LibreOffice Writer and sent as .odt (it was not read)."""
    from extractors.office_text import OdtFormExtractor

    data = _odt(
        "<text:p>ชื่อ-นามสกุล: <text:span>นายก ข</text:span></text:p>"
        "<text:p>เลขประจำตัวประชาชน:<text:s/>1459900123454</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>อีเมล</text:p></table:table-cell>"
        "<table:table-cell><text:p>a@b.co</text:p></table:table-cell></table:table-row>"
        "</table:table>"
    )
    assert sniff_type(data, "application/octet-stream", "form.bin") == ODT
    result = OdtFormExtractor().extract(data, part="2", labels=LABELS)
    assert [(c.key, c.value) for c in result.candidates] == [
        ("full_name", "นายก ข"),
        ("national_id", "1459900123454"),
        ("email", "a@b.co"),
    ]
    assert result.candidates[0].provenance.kind == "document"
    broken = OdtFormExtractor().extract(b"PK\x03\x04 no zip", part="3", labels=LABELS)
    assert [d.code for d in broken.defects] == ["odt_broken"]


def test_an_rtf_form_is_read_in_thai() -> None:
    """unseen3: a form saved by WordPad: Thai as \\uNNNN? escapes or \\'hh bytes of code
    page 874; read as a mail body only its ASCII digits were found."""
    from extractors.office_text import RtfFormExtractor

    name = "".join(f"\\u{ord(c)}?" for c in "ชื่อ-นามสกุล")
    tis = "".join(f"\\'{b:02x}" for b in "นายก ข".encode("cp874"))
    rtf = (
        "{\\rtf1\\ansi\\ansicpg874{\\fonttbl{\\f0 Tahoma;}}{\\*\\generator Riched20;}"
        f"\\pard {name}: {tis}\\par\n{{\\b E-mail}}: a@b.co\\par}}"
    ).encode("ascii")
    assert sniff_type(rtf, "application/octet-stream", "form.rtf") == RTF
    result = RtfFormExtractor().extract(rtf, part="2", labels=LABELS)
    assert [(c.key, c.value) for c in result.candidates] == [
        ("full_name", "นายก ข"),
        ("email", "a@b.co"),
    ]


def test_rtf_unicode_escapes_out_of_range_or_halved_give_text_that_can_be_stored() -> None:
    """\\uN is a signed 16-bit UTF-16 unit: a hostile number past it raised OverflowError,
    and a surrogate half left alone (not encodable as UTF-8) would fail sealing the case;
    \\ansicpg naming a code page no codec has raised LookupError."""
    from extractors.office_text import RtfFormExtractor, rtf_text

    assert rtf_text(rb"{\rtf1 \u-10179?\u-8434? x}") == "\U0001f70e x"  # a pair: one char
    hostiles = (
        rb"{\rtf1 \u9999999999?}",
        rb"{\rtf1 \u55357? x}",
        rb"{\rtf1 \u-8434?}",
        rb"{\rtf1\ansi\ansicpg99999 \'a1\'b2}",  # a code page no codec has: read as 874
    )
    for hostile in hostiles:
        text = rtf_text(hostile)
        text.encode("utf-8")  # storable
        result = RtfFormExtractor().extract(hostile, part="2", labels=LABELS)
        assert result.candidates == []
