"""Thai digits checked against their shapes (extractors.ocr_digits): a digit Tesseract
read confidently but whose shape says another digit is made doubtful, so the value is
flagged `ocr_low_confidence` instead of passing with the blanket OCR flag alone."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from extractors.ocr import LOW_CHAR_CONFIDENCE, _lines
from extractors.ocr_digits import (
    DOUBTFUL,
    FONT_DIR,
    THAI_DIGITS,
    DigitReading,
    digit_boxes,
    read_digit,
    with_digit_shapes,
)

FONT = ImageFont.truetype(str(FONT_DIR / "Garuda.ttf"), 40)


def _digits(text: str) -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """`text` (Thai digits) drawn dark on white, with each digit's box."""
    image = Image.new("L", (60 * len(text) + 40, 90), 255)
    draw = ImageDraw.Draw(image)
    boxes = []
    for i, digit in enumerate(text):
        x = 20 + 60 * i
        draw.text((x, 15), digit, font=FONT, fill=30)
        boxes.append((x - 4, 8, x + 50, 80))
    return image, boxes


def test_each_thai_digit_is_read_by_its_shape() -> None:
    image, boxes = _digits(THAI_DIGITS)
    read = [read_digit(image, box) for box in boxes]
    assert "".join(r.digit for r in read if r is not None) == THAI_DIGITS


def test_a_box_without_ink_reads_nothing() -> None:
    assert read_digit(Image.new("L", (50, 50), 255), (0, 0, 50, 50)) is None


def test_a_word_of_thai_digits_is_cut_into_one_box_per_digit() -> None:
    assert digit_boxes("๑๒", (0, 0, 40, 20)) == [(0, (0, 0, 20, 20)), (1, (20, 0, 40, 20))]
    assert digit_boxes("๑a", (0, 0, 40, 20)) == []


def _sure(digit: str) -> DigitReading:
    return DigitReading(digit, ((digit, 1.0), ("๐", 100.0)))


def test_a_digit_whose_shape_says_another_is_doubtful_and_the_text_is_kept() -> None:
    text, conf = with_digit_shapes("ID ๑๕", [0.9, 0.9, 0.95, 0.95], [_sure("๑"), _sure("๘")])
    assert text == "ID ๑๕"
    assert conf == (0.9, 0.9, 0.95, DOUBTFUL)


def test_a_digit_with_two_near_shapes_is_doubtful() -> None:
    near = DigitReading("๘", (("๘", 10.0), ("๔", 11.0)))
    assert with_digit_shapes("๘", [0.97], [near])[1] == (DOUBTFUL,)


def test_readings_that_do_not_match_the_digits_change_nothing() -> None:
    assert with_digit_shapes("๑๕", [0.9, 0.9], [_sure("๘")]) == ("๑๕", (0.9, 0.9))


def test_a_confident_misread_digit_on_the_page_does_not_pass_as_sure() -> None:
    """Through the reading of tesseract's output: the page shows ๘๑, tesseract said
    ๕๑ at 96%. The run is read again from the page (extractors.ocr_numbers), so the ๕
    gives way to ๘; were it not read again, its shape would make it doubtful."""
    image, boxes = _digits("๘๑")
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for digit, (left, top, right, bottom) in zip("๕๑", boxes, strict=True):
        rows.append(f"5\t1\t1\t1\t1\t{left}\t{top}\t{right - left}\t{bottom - top}\t96\t{digit}")
    (line,) = _lines("๕๑\n", "\n".join(rows), image)
    assert line.text.replace(" ", "") == "๘๑"
    shapes = [read_digit(image, box) for box in boxes]
    _, confidences = with_digit_shapes("๕๑", [0.96, 0.96], shapes)
    assert confidences[0] < LOW_CHAR_CONFIDENCE <= confidences[1]
    (unchecked,) = _lines("๕๑\n", "\n".join(rows))
    assert unchecked.text == "๕๑" and min(unchecked.confidences) >= LOW_CHAR_CONFIDENCE
