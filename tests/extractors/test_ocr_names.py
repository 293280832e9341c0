"""An OCR'd name the known words "mended" put back as written where the bracketed name
under the signature writes it so (extractors/ocr.py, `with_name_as_signed`): a Thai form
has the applicant's name written twice."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _reading(confidence: float, *lines: str) -> OcrPage:
    return OcrPage(
        1, tuple(OcrLine(t, (confidence,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0
    )


def _page(*readings: OcrPage) -> OcrPage:
    first, *others = readings
    return OcrPage(1, first.lines, 0, 0.0, alternatives=tuple(others))


def _name(page: OcrPage) -> str:
    found = {c.key: c for c in best_reading(page, "ocr", labels())}
    assert "ocr" in found["full_name"].provenance.flags  # an OCR value, flagged
    return found["full_name"].value


NAME = "นางสาวกรอุมา ทองสุข"  # made up; one edit of ุ makes กรอุมา the list's pieces


def test_a_name_the_signature_writes_as_read_is_not_mended() -> None:
    lines = (f"ชื่อ-นามสกุล {NAME}", "ลงชื่อ ............ ผู้ยื่นคำร้อง", f"({NAME})")
    assert _name(_page(_reading(0.95, *lines))) == NAME
    # in another reading's lines too, the best reading's signature lost
    page = _page(
        _reading(0.95, f"ชื่อ-นามสกุล {NAME}", "( นางสาว... )"),
        _reading(0.80, f"ชื่อ-นามสกุล {NAME}", f"oe ( {NAME} รรว"),  # specks after it
    )
    assert _name(page) == NAME


def test_a_mending_the_signature_agrees_with_stands() -> None:
    # a speck read as ุ in the field, the name signed without it
    read, signed = "นางวิไลวุรรณ อินทร์จันทร์", "นางวิไลวรรณ อินทร์จันทร์"
    page = _page(_reading(0.95, f"ข้าพเจ้า {read}", f"(..{signed}"))
    assert _name(page) == signed


def test_another_name_signed_leaves_the_field_as_mended() -> None:
    # a parent may sign for a child: the signer's name is no reading of the field
    mended = _name(_page(_reading(0.95, f"ชื่อ-นามสกุล {NAME}")))
    page = _page(_reading(0.95, f"ชื่อ-นามสกุล {NAME}", "(นายสมชาย ใจดี)"))
    assert _name(page) == mended != NAME


def test_a_national_id_labelled_after_the_name_on_its_line_is_read_with_it() -> None:
    # a form's row: the name's item, then the ID's, one space between (a printed gap
    # Tesseract read as one)
    page = _reading(0.95, "ชื่อ-นามสกุล นางลำดวน รักษาดี เลขประจำตัวประชาชน 1103702071811")
    found = {c.key: c.value for c in best_reading(page, "2", labels())}
    assert found["full_name"] == "นางลำดวน รักษาดี"
    assert found["national_id"] == "1103702071811"


def test_an_id_in_a_sentence_after_the_name_is_read_too() -> None:
    page = _reading(0.95, "ข้าพเจ้า นางลำดวน รักษาดี อายุ 61 ปี เลขประจำตัวประชาชน 1-1037-02071-81-1")
    found = {c.key: c.value for c in best_reading(page, "2", labels())}
    assert found["full_name"] == "นางลำดวน รักษาดี"
    assert found["national_id"].replace("-", "") == "1103702071811"
