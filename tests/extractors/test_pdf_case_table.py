"""An office's table of forwarded cases printed to PDF (pdf_columns, labels).

Printed from a sheet in landscape: its header names each case's number (เลขที่เรื่อง, no
field's) beside the petitioner's columns, and her address wraps inside its narrow cell,
even inside a word ("... จังหวัดสุโข" / "ทัย 64000"), over the lines under the row.
"""

from __future__ import annotations

from pathlib import Path

from extractors.address_parts import join_address_parts
from extractors.base import FieldCandidate
from extractors.extract import matcher_for
from extractors.names import join_name_parts
from extractors.pdf_form import PdfFormExtractor
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
LABELS = matcher_for(TEMPLATES)
FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf"


def _check(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


PETITIONER_ID = _check("164990012834")


def _table() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4", orientation="L")
    pdf.add_page()
    pdf.add_font("F", "", FONT)
    pdf.set_text_shaping(True)
    pdf.set_font("F", size=11)
    xs = (10, 22, 58, 100, 140, 200)
    heads = ("ลำดับ", "เลขที่เรื่อง", "ชื่อผู้ร้อง", "เลขบัตรประชาชน", "ที่อยู่", "โทร")
    row = ("1", "สท 0017/88", "นางพิมพ์ใจ ศรีงาม", PETITIONER_ID, "12/3 ม.5", "0815523306")
    for x, head in zip(xs, heads, strict=True):
        pdf.text(x, 38, head)
    for x, value in zip(xs, row, strict=True):
        pdf.text(x, 48, value)
    pdf.text(140, 54, "ต.บ้านกล้วย อ.เมืองสุโข")
    pdf.text(140, 60, "ทัย จ.สุโขทัย 64000")
    return bytes(pdf.output())


def _read(data: bytes) -> dict[str, FieldCandidate]:
    result = PdfFormExtractor().extract(data, part="2", labels=LABELS)
    return {c.key: c for c in join_address_parts(join_name_parts(result.candidates))}


def test_a_case_number_column_does_not_unmake_the_header() -> None:
    found = _read(_table())
    assert found["full_name"].value == "นางพิมพ์ใจ ศรีงาม"
    assert found["phone"].value == "0815523306"
    assert found["phone"].provenance.label == "โทร"  # its column's, not a sentence's


def test_the_address_wrapped_in_its_cell_is_read_whole_and_mended() -> None:
    found = _read(_table())
    assert found["address"].value == "12/3 ม.5 ต.บ้านกล้วย อ.เมืองสุโขทัย จ.สุโขทัย 64000"
