"""Size caps on a PDF before pdfminer decodes it: inflated size (actual and declared),
object count. Reproduces issue 11: a 2 MB stream of compressed zeros inflated to 2 GiB."""

from __future__ import annotations

import zlib

import pytest

from extractors import pdf_caps
from extractors.extract import matcher_for
from extractors.pdf_caps import inflated_size, pdf_over_caps
from extractors.pdf_form import PdfFormExtractor
from tests.extractors.forms_for_tests import GENERAL, build_pdf, text_field
from tests.hostile.hostile_mail import pdf_with_content

MB = 1024 * 1024
LABELS = matcher_for([GENERAL])


def test_a_stream_inflating_past_the_cap_is_refused_without_inflating_it_whole() -> None:
    bomb = zlib.compress(bytes(80 * MB), 9)  # 80 MB of zeros in ~80 KB
    defect = pdf_over_caps(pdf_with_content(bomb, filter_flate=True))
    assert defect is not None and defect.code == "pdf_too_large"
    assert "inflates to more than 64 MB" in defect.detail
    assert inflated_size(bomb, 10 * MB) < 12 * MB  # counting stops soon after the cap


def test_streams_together_past_the_total_cap_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_caps, "MAX_TOTAL_INFLATED", 3 * MB)
    stream = zlib.compress(bytes(2 * MB))
    one = pdf_with_content(stream, filter_flate=True)
    assert pdf_over_caps(one) is None
    extra = b"6 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (len(stream), stream)
    defect = pdf_over_caps(one + extra)
    assert defect is not None and "streams inflate to more than 3 MB" in defect.detail


def test_a_declared_decoded_length_past_the_cap_is_refused() -> None:
    pdf = pdf_with_content(zlib.compress(b"BT ET"), filter_flate=True, extra=b"/DL 99999999999 ")
    defect = pdf_over_caps(pdf)
    assert defect is not None and "declares" in defect.detail


def test_too_many_objects_are_refused() -> None:
    many = b"%PDF-1.4\n" + b"".join(b"%d 0 obj\nnull\nendobj\n" % n for n in range(200_001))
    defect = pdf_over_caps(many)
    assert defect is not None and "objects" in defect.detail


def test_an_ordinary_form_passes_and_the_extractor_reports_a_bomb_as_a_defect() -> None:
    assert pdf_over_caps(build_pdf(lines=["ชื่อ: ทดสอบ"])) is None
    bomb = pdf_with_content(zlib.compress(bytes(80 * MB), 9), filter_flate=True)
    result = PdfFormExtractor().extract(bomb, part="2", labels=matcher_for([GENERAL]))
    assert [d.code for d in result.defects] == ["pdf_too_large"]
    assert result.defects[0].part == "2"


def test_fields_past_the_cap_are_left_unread_and_the_clerk_is_told() -> None:
    from extractors.pdf_form import MAX_FIELDS

    def flood(count: int) -> bytes:
        return build_pdf([text_field(b"(f%d)" % i, b"(x%d)" % i) for i in range(count)])

    result = PdfFormExtractor().extract(flood(MAX_FIELDS + 5), part="2", labels=LABELS)
    (left,) = [d for d in result.defects if d.code == "pdf_fields_left"]
    assert f"first {MAX_FIELDS}" in left.detail and left.part == "2"
    few = PdfFormExtractor().extract(flood(MAX_FIELDS), part="2", labels=LABELS)
    assert "pdf_fields_left" not in {d.code for d in few.defects}
