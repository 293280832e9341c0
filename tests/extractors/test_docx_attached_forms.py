"""Word forms as Thai citizens fill them (issue 8, the fifth held-out set): each test
reproduces one shape that set found read wrong or not at all, and failed before its fix."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extractors.base import FieldCandidate
from extractors.docx_form import DocxFormExtractor
from extractors.labels import LabelMatcher
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
LABELS = LabelMatcher(load_templates(ROOT / "config" / "forms"))


def docx_of(build: Callable[[Any], None]) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read(data: bytes) -> dict[str, FieldCandidate]:
    result = DocxFormExtractor().extract(data, part="2", labels=LABELS)
    return {c.key: c for c in result.candidates}


def test_the_applicants_box_in_the_page_header_is_read_and_flagged() -> None:
    """An agency template keeps the applicant's box in the page header so it repeats on
    every page; the body holds only the request. Read, but a clerk looks (a header is
    also where a letterhead's own phone and address are)."""

    def build(d: Any) -> None:
        t = d.sections[0].header.add_table(rows=2, cols=2, width=d.sections[0].page_width)
        for r, (label, value) in enumerate([("ชื่อ-สกุล", "นายสมชาย ใจดี"), ("โทรศัพท์", "0816639027")]):
            t.cell(r, 0).text, t.cell(r, 1).text = label, value
        d.add_paragraph("ข้าพเจ้ามีความประสงค์ขอรับรองสำเนาเอกสาร")

    found = read(docx_of(build))
    assert found["full_name"].value == "นายสมชาย ใจดี"
    assert found["phone"].value == "0816639027"
    assert all(c.confidence < 0.8 for c in found.values())


def test_the_body_wins_over_a_letterhead_in_the_header_or_footer() -> None:
    def build(d: Any) -> None:
        d.sections[0].header.paragraphs[0].text = "องค์การบริหารส่วนตำบลตัวอย่าง โทรศัพท์ 045-123456"
        d.sections[0].footer.paragraphs[0].text = "อีเมล: saraban@example.go.th"
        d.add_paragraph("โทรศัพท์: 0816639027")
        d.add_paragraph("อีเมล: somchai@example.com")

    found = read(docx_of(build))
    assert found["phone"].value == "0816639027"
    assert found["email"].value == "somchai@example.com"


def test_pairs_lined_up_with_tab_stops_stay_apart() -> None:
    """Label TAB value TAB label TAB value, as Word users line a form up with tab stops:
    the tabs part the pairs (they were collapsed to single spaces with the text)."""

    def build(d: Any) -> None:
        para = d.add_paragraph()
        for piece in ("ชื่อ-สกุล", "\t", "นางประภาพร ศรีวิเศษ", "\t", "โทร", "\t", "0816639027"):
            para.add_run(piece)

    found = read(docx_of(build))
    assert found["full_name"].value == "นางประภาพร ศรีวิเศษ"
    assert found["phone"].value == "0816639027"
