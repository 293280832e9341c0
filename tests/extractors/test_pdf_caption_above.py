"""A fillable PDF whose boxes sit right UNDER their captions (each caption printed on the
line above its box, the box's top at the caption's baseline), field names saying nothing
(fill_1..). A Thai face's glyph boxes hang far below the baseline (pdfminer takes the
font's deep descent), so the caption's boxes reached into the box under it: the caption
counted as neither above the box nor clear of its row, and the box took the caption of
the row before, or the first letter of its own caption ("เ") as a caption beside it
(set 44's acro_fill_above, 0/16). Made-up people and places only.
"""

from __future__ import annotations

from pathlib import Path

from attachments_for_tests import ThaiPdf, add_widgets

from extractors.labels import LabelMatcher
from extractors.pdf_form import PdfFormExtractor
from extractors.pdf_layout import Box, Glyph, group_lines, widget_label
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
LABELS = LabelMatcher(load_templates(ROOT / "config" / "forms"))


def deep_glyphs(text: str, x: float, baseline: float, size: float = 12.0) -> list[Glyph]:
    """Glyphs of a Thai face as pdfminer boxes them: a third of the box above the
    baseline, two thirds below it."""
    out = []
    for ch in text:
        out.append(Glyph(ch, x, x + 6, baseline - size / 3, baseline + 2 * size / 3, baseline))
        x += 6
    return out


def test_a_caption_whose_glyph_boxes_reach_into_the_box_below_is_its_caption_above() -> None:
    printed = [("ชื่อผู้ขอ", 50, 100), ("อำเภอ", 50, 130), ("ตำบล", 300, 160)]
    lines = group_lines([g for text, x, y in printed for g in deep_glyphs(text, x, y)])
    name_box = Box(50, 350, 100.5, 120)  # top at the caption's baseline, drawn under it
    district_box = Box(50, 350, 130.5, 150)
    assert widget_label(lines, name_box, [district_box]) == "ชื่อผู้ขอ"
    assert widget_label(lines, district_box, [name_box]) == "อำเภอ"
    # a caption on the box's own row, left of it, is still the one read
    beside = group_lines(deep_glyphs("ตำบล", 50, 200) + deep_glyphs("อำเภอ", 50, 180))
    assert widget_label(beside, Box(90, 300, 190, 204), []) == "ตำบล"


ROWS = [
    ("ชื่อ - นามสกุล", "นายกิตติพัฒน์ แสงอรุณ"),
    ("เลขประจำตัวประชาชน", "1959900412385"),
    ("ที่อยู่", "12/7 ถ.ราษฎร์ยินดี ต.บ่อยาง อ.เมืองสงขลา"),
    ("จังหวัด", "สงขลา"),
    ("รหัสไปรษณีย์", "90000"),
    ("โทรศัพท์", "0861204479"),
]


def boxes_under_captions() -> bytes:
    pdf = ThaiPdf()
    pdf.put("แบบคำร้องทั่วไป", 200, 800, size=16)
    boxes: list[tuple[str, str, tuple[float, ...]]] = []
    for i, (caption, value) in enumerate(ROWS):
        y = 740 - 40 * i
        pdf.put(caption, 56, y)
        boxes.append((f"fill_{i + 1}", value, (56.0, y - 20, 400.0, y - 0.2)))
    return add_widgets(pdf.save(), boxes)


def test_boxes_right_under_their_captions_take_those_captions() -> None:
    found = PdfFormExtractor().extract(boxes_under_captions(), part="2", labels=LABELS)
    values = {c.key: c.value for c in found.candidates}
    assert values == {
        "full_name": "นายกิตติพัฒน์ แสงอรุณ",
        "national_id": "1959900412385",
        "address": "12/7 ถ.ราษฎร์ยินดี ต.บ่อยาง อ.เมืองสงขลา",
        "province": "สงขลา",
        "postal_code": "90000",
        "phone": "0861204479",
    }
    assert {c.key: c.provenance.form_field for c in found.candidates}["full_name"] == "fill_1"
