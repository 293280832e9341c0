"""Page cleaning before OCR, and captions of widgets far from their label column.

Unit tests of small pieces on hand-made images and glyphs; the accuracy they buy on
whole scans, photos and forms is measured by test_accuracy_styles.py and
test_attachments.py.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw

from extractors.labels import LabelMatcher
from extractors.ocr import (
    INK_SHARE,
    OcrLine,
    OcrPage,
    best_reading,
    binarise,
    flatten,
    label_first,
    otsu_threshold,
    trim_stray_marks,
)
from extractors.pdf_layout import Box, Glyph, group_lines, widget_label
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]

INK, FAINT = 20, 110  # a written stroke; a printed dotted leader


def _form_row() -> Image.Image:
    """Strokes of ink and a dotted leader on paper lit from one side (photo-like)."""
    page = Image.new("L", (800, 120), 255)
    draw = ImageDraw.Draw(page)
    for x in range(40, 760, 60):  # letters: thick dark strokes across the whole width
        draw.rectangle((x, 30, x + 6, 70), fill=INK)
    for x in range(40, 760, 12):  # the leader: small faint dots on the baseline
        draw.rectangle((x + 20, 90, x + 22, 92), fill=FAINT)
    light = Image.linear_gradient("L").rotate(90).resize(page.size)  # dark on the left
    shade = light.point(lambda v: 150 + v * 105 // 255)
    return Image.composite(page, Image.new("L", page.size, 0), shade)


def test_cleaning_keeps_ink_and_drops_faint_leaders_and_shadow() -> None:
    clean = binarise(flatten(_form_row()), INK_SHARE)
    strokes = [clean.getpixel((x + 3, 50)) for x in range(40, 760, 60)]
    dots = [clean.getpixel((x + 21, 91)) for x in range(40, 760, 12)]
    paper = [clean.getpixel((x, 10)) for x in range(5, 795, 10)]
    assert strokes == [0] * len(strokes)  # every stroke kept, in the shadow too
    assert dots == [255] * len(dots)  # no dot of the leader left to be read as a digit
    assert paper == [255] * len(paper)  # the shadowed side is not turned to ink


def test_otsu_threshold_falls_between_the_two_levels() -> None:
    image = Image.new("L", (100, 100), 200)
    image.paste(40, (0, 0, 30, 100))
    assert 40 <= otsu_threshold(image) < 200
    assert binarise(image, 1.0).getpixel((10, 10)) == 0
    assert binarise(image, 1.0).getpixel((90, 10)) == 255


def _caption(text: str, x: float, top: float, size: float = 11.0) -> list[Glyph]:
    return [
        Glyph(ch, x + i * size * 0.5, x + (i + 1) * size * 0.5, top, top + size)
        for i, ch in enumerate(text)
    ]


def test_a_short_caption_at_the_margin_labels_a_box_aligned_far_right() -> None:
    """ "E-mail" at the margin, the box at the column where every box starts."""
    lines = group_lines(_caption("E-mail", 60, 100) + _caption("ที่อยู่ที่ติดต่อได้", 60, 130))
    assert widget_label(lines, Box(x0=250, x1=535, top=98, bottom=114)) == "E-mail"


def test_a_caption_beyond_reach_labels_nothing() -> None:
    lines = group_lines(_caption("E-mail", 60, 100))
    assert widget_label(lines, Box(x0=480, x1=560, top=98, bottom=114)) == ""


def test_stray_marks_at_the_ends_of_an_ocr_line_are_dropped_with_their_confidences() -> None:
    line = OcrLine("| ชื่อ: นายสมชาย ใจดี ,", (0.1,) + (0.9,) * 17 + (0.2,))
    trimmed = trim_stray_marks(line)
    assert trimmed.text == "ชื่อ: นายสมชาย ใจดี"
    assert trimmed.confidences == (0.9,) * 17
    kept = OcrLine("E-mail: a.b@example.org", (0.9,) * 21)
    assert trim_stray_marks(kept) == kept  # marks inside words stay


def _reading(*lines: str) -> OcrPage:
    return OcrPage(1, tuple(OcrLine(t, (0.9,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)


def test_the_reading_with_more_fields_wins_over_the_more_confident_one() -> None:
    labels = LabelMatcher(load_templates(ROOT / "config" / "forms"))
    # a label misread beyond repair (three letters off: see test_ocr_text for the repairs)
    thinned = _reading("ฐือ-นาสุล: นายสมชาย ใจดี", "โทรศัพท์: 0812345678")
    grey = _reading("ชื่อ-นามสกุล: นายสมชาย ใจดี", "โทรศัพท์: 0812345678")
    assert [c.key for c in best_reading(thinned, "2", labels)] == ["phone"]
    found = best_reading(replace(thinned, alternatives=(grey,)), "2", labels)
    assert {c.key for c in found} == {"full_name", "phone"}
    assert all("ocr" in c.provenance.flags for c in found)  # still flagged for review
    tie = best_reading(replace(grey, alternatives=(thinned,)), "2", labels)
    assert {c.key for c in tie} == {"full_name", "phone"}


def test_a_lone_letter_before_a_label_does_not_hide_it() -> None:
    labels = LabelMatcher(load_templates(ROOT / "config" / "forms"))
    page = _reading("ที่อยู่: 12 ถนนสุขุมวิท", "ว รหัสไปรษณีย์ 20000")
    found = {c.key: c.value for c in best_reading(page, "2", labels)}
    assert found == {"address": "12 ถนนสุขุมวิท", "postal_code": "20000"}
    assert label_first("ก ข้อความธรรมดา", labels) == "ก ข้อความธรรมดา"  # no label: kept


def test_a_mark_another_reading_misread_does_not_unmake_a_label() -> None:
    """One reading put ั over โทรศัพท์'s ร: given to the reading that read the label
    right, it took the applicant's phone line's label away, and the letterhead's phone
    (beside its fax number) was all the page gave."""
    labels = LabelMatcher(load_templates(ROOT / "config" / "forms"))
    head = "โทรศัพท์ 044-511-200 โทรสาร 044-511-209"
    right = _reading(head, "๕.โทรศัพท์ 081 552 7394")
    wrong = _reading(head, "๕.โทรัศัพท์ 081 552 7394")
    found = best_reading(replace(right, alternatives=(wrong,)), "2", labels)
    phones = sorted(found, key=lambda c: -c.confidence)
    assert next(c.value for c in phones if c.key == "phone") == "081 552 7394"
    # a mark that makes no known word unknown is still taken (a name's lost ุ)
    lost = _reading("ชื่อ-นามสกุล: นางสายสนีย์ บุญประคอง")
    kept = _reading("ชื่อ-นามสกุล: นางสายสุนีย์ บุญประคอง")
    found = best_reading(replace(lost, alternatives=(kept,)), "2", labels)
    assert [c.value for c in found if c.key == "full_name"] == ["นางสายสุนีย์ บุญประคอง"]
