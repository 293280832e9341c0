"""A PDF a spreadsheet printed: the phone the sheet made a number gets its 0 back, flagged.

Excel shows a mobile typed into a General cell without its 0 (857730412) and prints it so;
the printed page still says it came from a sheet (a long number in E-notation, a number too
wide for its column as ########, or the program named as the PDF's producer)."""

from __future__ import annotations

import io

import pikepdf
from attachments_for_tests import ThaiPdf
from forms_for_tests import GENERAL

from extractors.labels import LabelMatcher
from extractors.pdf_form import PdfFormExtractor
from extractors.review import REVIEW_BELOW

LABELS = LabelMatcher([GENERAL])


def sheet_pdf(shown_id: str, phone: str, producer: str | None = None) -> bytes:
    pdf = ThaiPdf()
    rows = [("ชื่อ-สกุล", "นายปรีชา ทองมา"), ("เลขบัตรประชาชน", shown_id),
            ("โทรศัพท์", phone), ("จังหวัด", "สุพรรณบุรี")]  # fmt: skip
    for k, (label, value) in enumerate(rows):
        pdf.put(label, 50, 760 - 30 * k)
        pdf.put(value, 300, 760 - 30 * k)
    data = pdf.save()
    if producer is None:
        return data
    with pikepdf.open(io.BytesIO(data)) as doc:
        doc.docinfo["/Producer"] = producer
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def phone_of(data: bytes) -> tuple[str, float] | None:
    found = PdfFormExtractor().extract(data, part="a.pdf", labels=LABELS)
    phones = [c for c in found.candidates if c.key == "phone"]
    return (phones[0].value, phones[0].confidence) if phones else None


def test_an_e_notation_id_marks_a_printed_sheet() -> None:
    value, confidence = phone_of(sheet_pdf("1.40050E+12", "985126374")) or ("", 1.0)
    assert value == "0985126374"
    assert confidence < REVIEW_BELOW


def test_a_column_too_narrow_marks_a_printed_sheet() -> None:
    value, _ = phone_of(sheet_pdf("########", "639182746")) or ("", 1.0)
    assert value == "0639182746"


def test_the_producer_marks_a_printed_sheet() -> None:
    value, _ = phone_of(sheet_pdf("1400500273183", "812345678", "Microsoft® Excel® 2016")) or (
        "",
        1,
    )
    assert value == "0812345678"


def test_a_document_not_from_a_sheet_keeps_the_number_as_typed() -> None:
    found = phone_of(sheet_pdf("1400500273183", "812345678", "Microsoft® Word 2016"))
    assert found is None or found[0] != "0812345678"
