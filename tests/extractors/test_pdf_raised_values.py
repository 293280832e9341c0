"""A flattened fillable PDF: the captions printed in the page, each value drawn where its
field was (set 48's pdf_flattened_fields), in another face and size, its baseline half a
line above its caption's, both standing on the field's drawn underline. Read line by
line, each value came out as a line of its own ABOVE its caption, so every caption took
the next row's value (the address took the mobile). A value over the rule beside its
caption is that caption's. Made-up people and places only.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from attachments_for_tests import ThaiPdf

from extractors.labels import LabelMatcher
from extractors.pdf_form import PdfFormExtractor
from extractors.pdf_layout import Glyph, Rule, group_lines, rules_of
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
LABELS = LabelMatcher(load_templates(ROOT / "config" / "forms"))

ROWS = [
    ("ชื่อ-นามสกุล", "นางสาวพรทิพย์ ใจงาม"),
    ("เลขประจำตัวประชาชน", "3-5701-00428-71-1"),
    ("ที่อยู่", "8/14 หมู่ที่ 6 ตำบลท่าศาลา อำเภอเมืองลพบุรี จังหวัดลพบุรี 15000"),
    ("โทรศัพท์มือถือ", "089-314-7726"),
    ("อีเมล", "porntip.jn@example.com"),
]
RULE_X0, RULE_X1 = 176.0, 510.0


def with_rules(data: bytes, ys: list[float]) -> bytes:
    """Underlines drawn under each field (y from the bottom), as a form's blank lines."""
    pdf = pikepdf.Pdf.open(io.BytesIO(data))
    ops = "\n".join(f"0.5 w {RULE_X0} {y} m {RULE_X1} {y} l S" for y in ys)
    pdf.pages[0].contents_add(pdf.make_stream(ops.encode()))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def flattened_form() -> bytes:
    pdf = ThaiPdf()
    pdf.put("แบบคำร้องทั่วไป", 210, 780, size=12)
    ys = []
    for n, (caption, _value) in enumerate(ROWS):
        pdf.put(caption, 57, 714 - 34 * n)
        ys.append(711.5 - 34 * n)
    # the values drawn after all the captions, 6 points higher, in a smaller size
    for n, (_caption, value) in enumerate(ROWS):
        pdf.put(value, 180, 720 - 34 * n, size=11)
    return with_rules(pdf.save(), ys)


def test_values_raised_over_the_rule_beside_their_captions_are_theirs() -> None:
    found = PdfFormExtractor().extract(flattened_form(), part="2", labels=LABELS)
    values = {c.key: c.value for c in found.candidates}
    # as printed: the pipeline's validators take the dashes off later
    assert values["national_id"] == "3-5701-00428-71-1"
    assert values["phone"] == "089-314-7726"
    assert values["email"] == "porntip.jn@example.com"
    assert values["address"].startswith("8/14 หมู่ที่ 6 ตำบลท่าศาลา")
    assert "089" not in values["address"]


def glyphs(text: str, x: float, baseline: float, size: float = 12.0) -> list[Glyph]:
    return [
        Glyph(ch, x + 6 * k, x + 6 * k + 6, baseline - size * 0.8, baseline + size * 0.2, baseline)
        for k, ch in enumerate(text)
    ]


def test_a_raised_line_joins_only_the_caption_that_ends_before_its_rule() -> None:
    rule = Rule(100.0, 400.0, 103.0)
    raised = glyphs("สมชาย", 110, 94)
    # a caption left of the rule: the raised value is its row's
    beside = group_lines([*glyphs("ชื่อ", 40, 100), *raised], rules=[rule])
    assert [line.text for line in beside] == ["ชื่อ สมชาย"]
    # a line that runs on over the rule is a sentence of its own, not a caption
    sentence = group_lines([*glyphs("ข้อความยาวมากจนเลย", 40, 100), *raised], rules=[rule])
    assert len(sentence) == 2
    # without a drawn rule, nothing says the two belong together
    assert len(group_lines([*glyphs("ชื่อ", 40, 100), *raised])) == 2


def test_a_drawing_of_many_flat_lines_gives_no_rules() -> None:
    hatching = [{"x0": 10.0, "x1": 90.0, "top": y / 4, "bottom": y / 4} for y in range(2000)]
    assert rules_of(hatching, []) == []
    underline = {"x0": 176.0, "x1": 510.0, "top": 130.0, "bottom": 130.6}
    assert rules_of([], [underline]) == [Rule(176.0, 510.0, 130.3)]
