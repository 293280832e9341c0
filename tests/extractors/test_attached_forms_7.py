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
