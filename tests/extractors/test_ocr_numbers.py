"""Numbers in Thai digits read again glyph by glyph from the page (extractors.ocr_numbers):
where Tesseract's Thai model reads ๘ as ๕ or drops a digit, the run's glyphs are cut
where no column holds ink and each compared with the digits of the TLWG fonts."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from extractors.ocr import LOW_CHAR_CONFIDENCE, _lines
from extractors.ocr_numbers import (
    FONT_DIR,
    LEFT_OUT,
    SURE,
    THAI_DIGITS,
    NumberReading,
    _checked,
    digit_runs,
    rank,
    read_number,
    with_thai_numbers,
)
from extractors.thai import thai_digits_to_arabic
from extractors.validate import national_id_is_valid

FONT = ImageFont.truetype(str(FONT_DIR / "Laksaman.ttf"), 56)
ID = "๑-๙๓๘๐-๖๘๑๓๔-๔๖-๘"


def _page(
    text: str, underline: bool = False, spacing: int = 4, touching: tuple[int, ...] = ()
) -> tuple[Image.Image, tuple]:
    """`text` drawn dark on white, a glyph at a time `spacing` pixels apart (the glyphs
    at `touching` overlapping the next by 6, their ink joined), with the box Tesseract
    would give the run (the digits' body, not their tails)."""
    image = Image.new("L", (60 * len(text) + 80, 160), 255)
    draw = ImageDraw.Draw(image)
    x = 30
    for i, ch in enumerate(text):
        draw.text((x, 40), ch, font=FONT, fill=20)
        x += round(draw.textlength(ch, font=FONT)) + (-6 if i in touching else spacing)
    if underline:
        draw.line((10, 112, x + 20, 112), fill=40, width=3)
    ink = image.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert ink is not None
    return image, (ink[0], ink[1] + 8, ink[2], ink[3])


def test_every_thai_digit_is_told_apart_by_its_strokes() -> None:
    for digit in THAI_DIGITS:
        canvas = Image.new("L", (120, 120), 0)
        ImageDraw.Draw(canvas).text((20, 10), digit, font=FONT, fill=255)
        assert rank(canvas)[0][0] == digit


def test_the_generators_font_is_not_among_the_shapes_compared() -> None:
    assert "Loma" in LEFT_OUT


def test_the_digits_of_a_face_the_shapes_leave_out_are_read_at_a_scans_size_too() -> None:
    # Loma, left out of the shapes: what is measured is a face the reader has not seen
    face = ImageFont.truetype(str(FONT_DIR / "Loma.ttf"), 40)
    for digit in THAI_DIGITS:
        canvas = Image.new("L", (96, 96), 0)
        ImageDraw.Draw(canvas).text((20, 12), digit, font=face, fill=255)
        box = canvas.getbbox()
        assert box is not None
        ink = canvas.crop(box)
        small = ink.resize((max(1, round(ink.width * 20 / ink.height)), 20), Image.Resampling.BOX)
        for glyph in (canvas, small.point(lambda v: 255 if v > 110 else 0)):
            assert rank(glyph)[0][0] == digit, digit


def test_a_national_id_with_dashes_is_read_whole() -> None:
    image, box = _page(ID)
    reading = read_number(image, box)
    assert reading is not None
    assert reading.text == ID
    assert len(reading.confidences) == len(ID)


def test_an_underline_under_the_digits_is_not_read() -> None:
    image, box = _page("๕๐๒๐๐", underline=True)
    reading = read_number(image, box)
    assert reading is not None and reading.text == "๕๐๒๐๐"


def test_a_wide_gap_is_a_space() -> None:
    image, box = _page("๑๒ ๓๔")
    reading = read_number(image, box)
    assert reading is not None and reading.text == "๑๒ ๓๔"


def test_a_run_of_nothing_but_digits_run_together_is_left_as_tesseract_read_it() -> None:
    image, box = _page("๘๘๘", spacing=-14)  # no digit alone tells a digit's width
    assert read_number(image, box) is None


def test_digits_that_touch_are_cut_apart_at_a_digits_width() -> None:
    """A wide face set tight (Garuda, Waree) joins two digits: the pair, as wide as two
    of the run's single digits, is cut where its pieces look most like digits."""
    for text, touching in [
        ("๖๗๐๖๗๖๖๔๘๖๘๐๘", (1, 6, 9)),  # three pairs
        ("๑๓๘๙๖๖๒๔๓๓๒๙๑", (2, 7)),
        ("๒๕๐๘", (0,)),
        ("๒๕๐๘", (1,)),
    ]:
        image, box = _page(text, spacing=6, touching=touching)
        reading = read_number(image, box)
        assert reading is not None and reading.text == text


def test_a_glyph_wider_than_three_digits_is_no_digits_and_is_not_cut() -> None:
    """Digits touch in twos and threes; a glyph as wide as five is a rule or a leader
    read as digits: the run is left as Tesseract read it, no cut tried."""
    image, box = _page("๑๒๘๘๘๘๘", spacing=6, touching=(2, 3, 4, 5))
    assert read_number(image, box) is None


def _words(*texts: str, gap_after: tuple[int, ...] = ()) -> list:
    """Words 20 pixels tall, 10 wide, 2 apart (a digit's spacing), 30 after `gap_after`."""
    out, x = [], 0
    for i, text in enumerate(texts):
        out.append((text, 0.9, (x, 0, x + 10, 20)))
        x += 10 + (30 if i in gap_after else 2)
    return out


def test_a_month_name_ends_a_run_and_letters_read_for_digits_do_not() -> None:
    assert digit_runs(_words("๑๐", "ก", "ั", "น", "ยา", "๒๕๐๔")) == [(0, 0), (5, 5)]
    assert digit_runs(_words("๑", "อ", "๒", "-", "๕")) == [(0, 4)]
    # ๗๗๗ read as five consonants, tight between digits: still one number
    assert digit_runs(_words("๘", "๓", "ฒ", "ณ", "ญ", "ณ", "ญ", "๓", "๖")) == [(0, 8)]


def test_a_space_ends_a_run() -> None:
    assert digit_runs(_words("๐๘๑", "๒๓๔", gap_after=(0,))) == [(0, 0), (1, 1)]


def test_the_run_is_spliced_into_the_line_with_its_confidences() -> None:
    image, box = _page("๘๖๑")
    left, top, right, bottom = box
    third = (right - left) // 3
    words = [
        ("เลข", 0.8, (0, 0, 5, 5)),
        ("๕", 0.96, (left, top, left + third, bottom)),
        ("อ", 0.7, (left + third, top, left + 2 * third, bottom)),  # a digit read as a letter
        ("๑", 0.9, (left + 2 * third, top, right, bottom)),
        ("ท้าย", 0.6, (right + 80, top, right + 90, bottom)),
    ]
    text, confidences = with_thai_numbers(
        "เลข ๕อ๑ ท้าย", [0.8, 0.8, 0.8, 0.96, 0.7, 0.9, 0.6, 0.6, 0.6, 0.6], words, image
    )
    assert text == "เลข ๘๖๑ ท้าย"
    assert confidences == (0.8, 0.8, 0.8, SURE, SURE, SURE, 0.6, 0.6, 0.6, 0.6)


def test_a_line_whose_digits_do_not_match_its_words_is_kept() -> None:
    image, box = _page("๘๑")
    words = [("๕", 0.9, box)]
    assert with_thai_numbers("๕๑", [0.9, 0.9], words, image) == ("๕๑", (0.9, 0.9))


def test_tesseracts_misread_digits_give_way_to_the_page_through_the_reading() -> None:
    """Through the reading of tesseract's output: the page shows ๘๑, tesseract said
    ๕๑ at 96%: the line says ๘๑, read plainly."""
    image, (left, top, right, bottom) = _page("๘๑")
    middle = (left + right) // 2
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for digit, (x0, x1) in zip("๕๑", [(left, middle), (middle, right)], strict=True):
        rows.append(f"5\t1\t1\t1\t1\t{x0}\t{top}\t{x1 - x0}\t{bottom - top}\t96\t{digit}")
    (line,) = _lines("๕๑\n", "\n".join(rows), image)
    assert line.text == "๘๑"
    assert min(line.confidences) >= LOW_CHAR_CONFIDENCE


def _ranked(text: str, near: dict[int, list[tuple[str, float]]]) -> dict:
    far = {i: [(ch, 5.0), ("๐" if ch != "๐" else "๑", 60.0)] for i, ch in enumerate(text)}
    return {**far, **near}


def test_a_national_id_failing_its_check_digit_takes_the_one_near_shape_that_holds() -> None:
    misread = "๑๙๓๘๐๖๘๑๓๕๔๖๘"  # 1938068134468 with its tenth digit read as ๕
    reading = NumberReading(misread, (SURE,) * 13)
    fixed = _checked(reading, _ranked(misread, {9: [("๕", 10.0), ("๔", 11.0)]}))
    assert thai_digits_to_arabic(fixed.text) == "1938068134468"
    assert fixed.confidences[9] < LOW_CHAR_CONFIDENCE  # chosen, not read: flagged
    # with the right shape far, or two near shapes that would each hold, it is left alone
    far = _checked(reading, _ranked(misread, {9: [("๕", 10.0), ("๔", 30.0)]}))
    assert far == reading
    # ๘ read where ๙ was written at the 7th digit holds the check digit too: two choices
    two = _ranked(misread, {9: [("๕", 10.0), ("๔", 11.0)], 6: [("๘", 10.0), ("๙", 11.0)]})
    assert national_id_is_valid("1938069135468")
    assert _checked(reading, two) == reading
