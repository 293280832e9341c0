"""Scanned PDFs and phone photos of a paper form, read by Thai OCR (Tesseract).

The `tesseract` binary (Debian `tesseract-ocr` + `tesseract-ocr-tha`) is called directly
rather than through pytesseract: pytesseract only writes temporary files and runs the same
binary, and one call here asks for both outputs we need (`txt`, whose line text keeps
Tesseract's own Thai word spacing with `preserve_interword_spaces`, and `tsv`, whose words
carry confidences) without another dependency. PDF pages are rendered with poppler's
`pdftoppm`, already a system dependency.

Everything that touches the untrusted bytes (Pillow decoding, pdfplumber, pdftoppm,
tesseract) runs inside `run_bounded`: a pooled child process with a memory limit that
the programs it starts inherit, and a wall-clock limit.

Before recognition an image declaring unequal resolutions (a standard-mode fax, 204x98
dpi) is stretched to square pixels, and a page is turned upright: EXIF orientation
(phones), a quarter-turn found by Tesseract's orientation detection, then the small
skew of a hand-held photo or a crooked scan, estimated from the horizontal projection
profile (text lines give the sharpest profile when level). Each line comes back with a
confidence per character, so each value read carries the recogniser's confidence for its
own characters and the flag `ocr` (and `ocr_low_confidence` when one of its characters
is doubtful).

Printed boxes (an ID's 13 boxes, a ruled table's cells) are taken off the page before it
is read (`extractors.ocr_rules`): their sides are read as `|`, `[` and `1` among the digits.
So are printed dotted leaders (`extractors.ocr_leaders`): a value written on the dots
is read with dots in it and its lower strokes misread. So are tick boxes
(`extractors.ocr_ticks`): the marked one of a row (`☐ นาย ☒ นาง ☐ นางสาว`) is found by
the ink inside it, and the word Tesseract read after it gives a name read without its
title that title (`with_title_ticked`). The ID's 13 boxes, found by their rules, are
cut apart inside their sides and read again as digits only (`extractors.ocr_id_boxes`):
that reading is taken where its check digit holds (`with_id_from_boxes`). An ID written
on a line after its label is cropped from the line (`extractors.ocr_id_line`, the label
found in the word table) and read as digits only on two cuts of the page: taken where
both agree and the check digit holds (`with_id_from_line`). Other rows of 2-12 boxes
(a date's day, month and year, a postal code, a phone) are cut apart the same way and
read as digits on one sheet (`extractors.ocr_char_boxes`): a row's digits replace what
each reading read among its boxes. So do an address's house and village numbers, found
after เลขที่ and หมู่ที่ in each reading's word table, cut out and read as digits on two
cuts, where both agree on a number of its shape (`extractors.ocr_address_numbers`).
A province and postal code the page did not read are taken, doubtful, from the place
names of the address it read (`extractors.ocr_address_places`, `with_places_from_address`).

A page read poorly is read again (the grey page, then a lenient ink cut when the grey
page reads worse); a page whose lines end early with faint ink to their right (a carbon
copy's values, paler than any cut set by the printed labels) is also read at a cut
between that ink and the paper (`extractors.ocr_faint`). Each reading is first given the
Thai marks the others saw, and the worker takes each field from the reading that read it
best (`field_vote`): a typed value that holds (a national ID's check digit), free text
with no junk and most of its Thai in known words (`extractors.ocr_words`: Tesseract's
own Thai word list and the place names), an email address with a character no one types
(`%`, `!`) or that, beside another reading's (compared in any case), lost its head, its
letters or a dot (a cut drops it) or gained a letter before a digit (the flag of a 1
read as `l`) losing; then the value most readings agree on, then the one found by its
label, then the most confident reading. An email address on a line whose Thai label was
read as Latin letters (`Aiwa`) is taken, doubtful.

The reading rules of `extractors.ocr_text` undo Tesseract's known misreadings of a
form: labels with lost marks or look-alike letters, specks, leader remnants (also in
the gaps between words), look-alike digits, a value in Thai digits run into its label, a
spaced-out email or one whose underscore, year's 1, 7 (or a 1 read `!`) or generic
top-level domain was misread, a month name with a lost mark, a date whose second slash
and year's first digit were read as one ๗, a national ID wrong at its one doubtful digit
or with one digit read as none (`@`), completed by its check digit (`ocr_repaired`),
junk after a typed value, a name opening a word with a silent mark or its title read at
one look-alike letter (`บาย` for นาย).
A word of a name or free text misread at one mark is mended when exactly one edit of
that mark makes it known words (`ocr_words.with_marks_mended`), น้ำ read as the word
Tesseract's list holds in its place put back (`ocr_words.with_unlisted_words`), misread
lines of no known words after free text dropped, a misread province matched by its
letters (`extractors.ocr_places`), all `ocr_repaired`. A name loses the printed
นามสกุล read into it and the junk around it (a bracket, specks after the family name);
free text loses the leader dots at its words' ends and gets หมู่ที่ whole; an address's
subdistrict and district misread are put right by the province and postal code read on
the page (`ocr_places.with_place_names_mended`); a date is read from its day, month and
year whatever the printed เดือน and พ.ศ. were read as (`ocr_text.date_from_parts`), and
a misread พ.ศ. between a month and its year is read as printed before the line is parted
into its fields (`ocr_text.with_era_restored`); a
phone beside a fax number (a letterhead's) ranks below a phone alone. None of them
makes a value trusted: every OCR value stays flagged.
A national ID whose check digit fails is chosen by it among the ways it could be read
(`extractors.ocr_ids`): without the printed boxes' sides read among its digits, or with
one digit another reading of the page saw in its place; a misread ID label, or one
inside a line, is taken on a value the check digit completes. Each choice is flagged
`ocr_repaired`, and doubtful where a digit was guessed.

Runs of Thai digits, which Tesseract's Thai model misreads most (๘ as ๕), are read again
glyph by glyph from the page by the direction of their strokes (`extractors.ocr_numbers`).
Beyond the recogniser's own confidences, a value is made doubtful (`ocr_low_confidence`)
where something else says it may be wrong: a Thai digit whose shape says another digit
(`extractors.ocr_digits`; Tesseract reads ๘ as ๕ with a sure letter's confidence), or
free text with a sign of a misread (`ocr_text.looks_misread`: a Latin word among Thai
ones, a syllable Thai spelling cannot have), or free text (not a name) with Thai letters
no known word covers (`extractors.ocr_words`). A postal code one digit off the province
read on the same page is put right (`extractors.ocr_postal`, `ocr_repaired`).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import itertools
import os
import re
import subprocess
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops, ImageFilter, ImageMath, ImageOps

from extractors.address_parts import (
    DISTRICT_WORDS,
    HOUSE_WORDS,
    POSTAL_WORD,
    PROVINCE_WORD,
    STREET_WORDS,
    SUBDISTRICT_WORDS,
)
from extractors.base import (
    Defect,
    ExtractionResult,
    FieldCandidate,
    FieldType,
    LabelIndex,
    Provenance,
    failed,
)
from extractors.body_form import label_pairs, parse_label_line, read_label_lines
from extractors.ocr_address_numbers import (
    NumberBox,
    number_among,
    number_boxes,
    shaped,
    village_number_from_readings,
)
from extractors.ocr_address_places import places_in_address
from extractors.ocr_area_names import with_area_names_cleaned
from extractors.ocr_batch import read_each
from extractors.ocr_captions_below import with_captions_below
from extractors.ocr_char_boxes import BoxedRun, digit_runs, with_boxed_runs
from extractors.ocr_dates import date_around_month
from extractors.ocr_digits import THAI_DIGITS, digit_boxes, read_digit, with_digit_shapes
from extractors.ocr_faint import with_faint_values
from extractors.ocr_id_boxes import boxes_strip, id_boxes
from extractors.ocr_id_card import (
    with_address_from_card,
    with_birth_from_card,
    with_id_from_card,
    with_name_from_card,
    without_card,
)
from extractors.ocr_id_line import birth_value_box, id_value_box, phone_value_boxes
from extractors.ocr_ids import (
    id_among,
    id_digits,
    id_from_readings,
    id_with_first_digit,
    id_without_box_sides,
)
from extractors.ocr_leaders import leader_dots
from extractors.ocr_name_caption import with_name_caption
from extractors.ocr_name_crop import name_among, name_line_boxes
from extractors.ocr_numbers import with_thai_numbers
from extractors.ocr_phones import (
    phone_among,
    phone_with_trunk_zero,
    phone_without_stray_letter,
)
from extractors.ocr_places import province_by_letters, with_place_names_mended
from extractors.ocr_postal import code_in_use_beside, postal_code_for_province
from extractors.ocr_postal_places import province_by_postal_code, with_names_by_postal_code
from extractors.ocr_rules import Rect, boxes_on_page, otsu_threshold, without_strokes
from extractors.ocr_signature import (
    SIGNED_NAME,
    name_as_read,
    name_as_signed,
    name_completed,
    signed_names,
    signers_caption,
    words_as_read,
)
from extractors.ocr_stacked import with_values_below
from extractors.ocr_text import (
    UNTYPED,
    LabelSkeletons,
    date_from_parts,
    drop_specks,
    fold_month_words,
    looks_misread,
    one_unread,
    repair_label,
    repair_national_id,
    repair_value,
    restore_marks,
    same_line,
    skeleton,
    with_date_ones_restored,
    with_date_slash_restored,
    with_era_restored,
    with_opening_vowel,
    with_phone_word,
    with_title_mended,
    with_village_marks,
    with_village_word,
    without_dot_leaders,
    without_dots_on_words,
    without_family_name_label,
    without_glued_remnants,
    without_leader_remnants,
    without_leaders_between_words,
    without_name_junk,
    without_one_speck,
    without_trailing_junk,
    without_trailing_speck,
    without_trailing_specks,
    without_unshared_specks,
    without_wrapped_remnants,
)
from extractors.ocr_ticks import (
    TickBox,
    after_title_options,
    tick_boxes,
    ticked_title,
    ticked_words,
)
from extractors.ocr_words import (
    known_letters,
    with_marks_mended,
    with_place_words_mended,
    with_unlisted_words,
    without_unknown_tail,
)
from extractors.provinces import (
    match_province,
    match_province_exactly,
    postal_code_exists,
    postal_code_provinces,
)
from extractors.sandbox import LimitExceeded, Limits, run_bounded
from extractors.thai import (
    CIVIL_TITLE,
    THAI_MONTHS,
    normalise_thai_text,
    parse_date,
    thai_digits_to_arabic,
)
from extractors.validate import national_id_is_valid, normalise_national_id, normalise_phone
from extractors.values import clean_value, has_type
from extractors.whose_phone import said_of_another

LANGUAGES = "tha+eng"
# Page segmentation 6 (one uniform block of text): on generated phone photos of a form it
# read 148 of 154 fields, against 142 for mode 4 (one column) and 135 for mode 3 (auto).
PSM = "6"
MAX_PAGES = 5  # a request form is a page or two; a scanned book is not read whole
# A page is rendered with its longer side this many pixels (300 dpi on A4) whatever size
# the PDF claims: a hostile 200-inch page costs no more than a real one.
RENDER_PIXELS = 3508
MAX_PIXELS = 60_000_000  # a decompression bomb is refused before it is decoded
MIN_WIDTH = 1600  # phone photos below this are enlarged: small Thai marks vanish otherwise
LIMITS = Limits(seconds=240.0, memory_mb=2048)
TOOL_SECONDS = 90.0  # one tesseract or pdftoppm run
# A value with a character below this confidence (0..1) is flagged as doubtful.
LOW_CHAR_CONFIDENCE = 0.6
MIN_TEXT_CHARS = 20  # a PDF page with fewer characters than this has no text layer
SKEW_RANGE = 15  # degrees either way
SKEW_STEP = 0.25  # degrees between the angles of the finer grid: finer than any peak
NARROW_PEAK = 1.5  # times as sharp: a peak the whole-degree grid stepped over
OSD_MIN_CONFIDENCE = 2.0  # below this, Tesseract's quarter-turn guess is ignored
# A cleaned page read at least this well is not read again. High: on blurred,
# noisy photos the cleaned page reads at 0.88-0.92 with thinned letters misread, and
# only the number of fields each reading yields tells the better one.
GOOD_READING = 0.95
RETRY_BELOW = 0.75  # mean character confidence under which the page may be on its side
PREVIEW_WIDTH = 1000  # pixels of the page image shown beside the fields
# Binarisation keeps ink darker than this share of the Otsu threshold. Dotted leaders,
# guide lines, background tint and speckle are fainter than written or printed strokes
# once the lighting is flattened; read as text they turn into runs of digits and
# punctuation glued to the values; at 0.6 of Otsu they vanish and strokes stay whole.
# A page that then reads poorly (thin marks and blurred ink as faint as those marks) is
# read again as grey and maybe with a lenient cut, and the best reading kept.
INK_SHARE = 0.6
# A third reading's cut, when the strict one reads below GOOD_READING: it keeps the thin
# marks the strict cut loses, and some leaders with them.
# On the generator's scans and photos (seed 7, 6 per style) the three readings together
# read 0.80 / 0.92 / 0.77 of the fields of scans / JPEG / PNG photos, against
# 0.82 / 0.75 / 0.65 with the strict cut and the grey page alone. It was read only when
# the grey page read worse than the strict cut; read always, forms filled in five other
# TLWG faces (tests/extractors/ocr_survey.py --per-kind 2 --seed 11) read 0.46 / 0.60 /
# 0.62 instead of 0.46 / 0.52 / 0.49, the generator's own Loma forms as before. The
# cost: a third tesseract run on every poorly read page (bench/bench_extract.py, Loma
# photos: 0.76 pages/s before, 0.39 after, bare tesseract 1.8-2.0).
LENIENT_INK_SHARE = 0.8
BOX_INK_SHARE = 1.0  # the cut a box's thin rules are looked for at when the strict one lost them
DOT_MARGIN = 2  # pixels painted around a leader dot found at the strict cut
TICK_MARGIN = 3  # pixels painted around a tick box: its rules' blur
BACKGROUND_CELL = 8  # the lighting is estimated on a copy this many times smaller


@dataclass(frozen=True)
class OcrLine:
    text: str  # Thai-normalised
    confidences: tuple[float, ...]  # 0..1, one per non-space character of `text`


NumberRead = tuple[str, str, str, tuple[int, int, int, int]]  # see OcrPage.numbers


@dataclass(frozen=True)
class OcrPage:
    number: int  # 1-based page (1 for a photo)
    lines: tuple[OcrLine, ...]
    rotated: int  # quarter-turn applied, degrees
    skew: float  # small rotation applied, degrees
    # Other readings of the same page (grey, lenient cut, beside the strict one), the more
    # confident first: the worker keeps the one from which the labels read most fields.
    alternatives: tuple[OcrPage, ...] = ()
    # The words printed after the page's marked tick boxes, as this reading read them
    # (`extractors.ocr_ticks`): `นางสาว` from `☐ นาย ☐ นาง ☒ นางสาว`.
    ticked: tuple[str, ...] = ()
    # The digits read from the page's 13 ID boxes cut apart (`extractors.ocr_id_boxes`).
    boxed_id: str = ""
    # The ID written after its label, cropped from its line and read as digits only on
    # two cuts of the page, when both read the same (`extractors.ocr_id_line`).
    line_id: str = ""
    # The phones written after their labels, top to bottom, each read again from its
    # crop several ways, as E.164 where readings agree on one, else "" (`ocr_phones`).
    line_phones: tuple[str, ...] = ()
    # The birth date after its label read again from its crop (Thai letters and digits,
    # several ways), as the date two readings agree on, else "" (`_line_birth`).
    line_birth: str = ""
    # The house and village numbers after their labels (`ocr_address_numbers`), each as
    # (kind, as this reading read it, as read again alone where both cuts read it alike
    # else "", where on the level page): other readings' re-reads of the same place may
    # settle a number this one kept as read (`with_numbers_read_again`).
    numbers: tuple[NumberRead, ...] = ()
    # The lines after the name's label read again from their crops (`_line_names`): per
    # line and cut, its readings at two sizes, as Tesseract read each (one witness: the
    # same ink); the name's words are chosen among them in the worker
    # (`with_name_from_line`).
    line_names: tuple[tuple[str, ...], ...] = ()

    @property
    def confidence(self) -> float:
        chars = [c for line in self.lines for c in line.confidences]
        return sum(chars) / len(chars) if chars else 0.0


class OcrUnavailable(Exception):
    """tesseract, its Thai data or pdftoppm is not installed."""


class PagesRefused(Exception):
    """Pages of a PDF not rendered, each for an image it draws declaring more than
    MAX_PIXELS (number, width, height); carries the pages that were read. poppler
    decodes an image whole before scaling it to the page: a 7 KB CCITT or Flate stream
    declaring 60000x60000 costs the render the reader's whole time, so such a page is
    refused from the image's dictionary, as an image file is by its header."""

    def __init__(self, pages: list[OcrPage], refused: list[tuple[int, int, int]]) -> None:
        super().__init__(pages, refused)
        self.pages = pages
        self.refused = refused


# --- in the child process ---------------------------------------------------------------


def ocr_image(data: bytes) -> list[OcrPage]:
    """A JPEG/PNG/WebP/HEIC/AVIF photo or scan: one page; a TIFF (a fax, a scanner's file)
    each of its pages up to MAX_PAGES; an animation (WebP, APNG, a HEIF sequence) its
    frames with text, as pages numbered by frame (`frames_to_read`)."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS // 2  # Pillow refuses images over twice this
    open_heif()
    with Image.open(io.BytesIO(data)) as image:
        pages = [
            ocr_page(page, number)
            for number, page in image_pages(image)
            if holds_a_line_of_text(page)
        ]
        unread = frames_past_cap(image)
        if unread:
            raise FramesUnread(pages, unread, _frames_looked_at(image))
    return pages


# An image smaller than a line of a few letters (a logo's mark inline in a signature, a
# 1x1 tracking pixel, a bullet icon) holds nothing to read: enlarged to MIN_WIDTH it would
# cost a page's readings (10-17 s a mail for two 12x12 logos) and yield only speckle.
MIN_LINE_HEIGHT = 16  # pixels: Thai marks above and below a letter need about this
MIN_LINE_LENGTH = 48  # pixels: three letters of that height


def holds_a_line_of_text(image: Image.Image) -> bool:
    short, long = sorted(image.size)
    return short >= MIN_LINE_HEIGHT and long >= MIN_LINE_LENGTH


@functools.cache
def open_heif() -> None:
    """HEIC, an iPhone's photos, through pillow-heif (libheif): Pillow has no HEVC decoder
    (it reads AVIF itself). Opening reads the header only, so Pillow's pixel cap refuses a
    bomb by its declared size before anything is decoded, as for every other image;
    libheif's own security limits stay on. Thumbnails, depth maps and auxiliary images
    are not read: the photo is."""
    try:
        import pillow_heif
    except ImportError:  # an install without it: HEIC fails as an unknown image (ocr_failed)
        return
    pillow_heif.register_heif_opener(
        thumbnails=False, depth_images=False, aux_images=False, decode_threads=1
    )


def image_pages(image: Image.Image, only: int | None = None) -> list[tuple[int, Image.Image]]:
    """The pages of an image file, numbered from 1 (or page `only`), each turned as its
    EXIF says and laid on white: a TIFF holds a page per frame (a fax of two sheets); an
    animation's pages are its frames with text (`frames_to_read`); any other file is its
    first frame."""
    if image.format == "TIFF":
        numbers = list(range(1, min(getattr(image, "n_frames", 1), MAX_PAGES) + 1))
    elif only is not None:
        numbers = [only] if 1 <= only <= min(_frames(image), MAX_FRAMES) else []
    else:
        return _frames_worth_reading(image)  # each made a page when it was looked at
    return [(number, _page(image, number)) for number in numbers if only in (None, number)]


def _page(image: Image.Image, number: int) -> Image.Image:
    image.seek(number - 1)
    image.load()
    return _upright(image)


def _upright(image: Image.Image) -> Image.Image:
    """The frame `image` stands at, turned as its EXIF says, on white, pixels square."""
    upright = ImageOps.exif_transpose(image) or image
    return square_pixels(on_white(upright), image.info.get("dpi"))


# An animation (a chat sticker, a screen recording saved as WebP) is looked through for
# the frames that hold text: at most MAX_FRAMES frames and FRAME_PIXELS pixels decoded
# (each frame costs its whole canvas), of which at most MAX_PAGES are read.
MAX_FRAMES = 20
FRAME_PIXELS = 4 * MAX_PIXELS
SAME_FRAME = 3.0  # mean grey difference (0..255) under which a frame repeats the last one
_THUMB = 256  # frames are compared as thumbnails this wide


def _frames(image: Image.Image) -> int:
    return int(getattr(image, "n_frames", 1) or 1)


def frames_to_read(image: Image.Image) -> list[int]:
    """The frames of an animation worth reading, numbered from 1: not blank and not a
    repeat of the frame read before. A still image is its one frame."""
    return [number for number, _ in _frames_worth_reading(image)]


def _frames_worth_reading(image: Image.Image) -> list[tuple[int, Image.Image]]:
    """`frames_to_read`'s frames, each made its page while it is decoded: seeking back to
    a frame of a GIF or an APNG decodes the animation again from its first frame."""
    if _frames(image) == 1:
        return [(1, _page(image, 1))]
    chosen: list[tuple[int, Image.Image]] = []
    last: Image.Image | None = None
    for number in range(1, _frames_looked_at(image) + 1):
        image.seek(number - 1)
        image.load()
        grey = ImageOps.grayscale(on_white(image))
        if blank(grey):
            continue
        thumb = grey.resize((_THUMB, max(1, grey.height * _THUMB // max(grey.width, 1))))
        if last is not None and _mean_difference(thumb, last) < SAME_FRAME:
            continue
        chosen.append((number, _upright(image)))
        last = thumb
        if len(chosen) == MAX_PAGES:
            break
    return chosen


def _frames_looked_at(image: Image.Image) -> int:
    by_pixels = max(1, FRAME_PIXELS // max(image.width * image.height, 1))
    return min(_frames(image), MAX_FRAMES, by_pixels)


def frames_past_cap(image: Image.Image) -> int:
    """How many frames of an animation no one looked at (past MAX_FRAMES or FRAME_PIXELS)."""
    if image.format == "TIFF" or _frames(image) == 1:
        return 0
    return _frames(image) - _frames_looked_at(image)


def _mean_difference(one: Image.Image, other: Image.Image) -> float:
    if one.size != other.size:
        return 255.0
    histogram = ImageChops.difference(one, other).histogram()
    return sum(level * count for level, count in enumerate(histogram)) / (one.width * one.height)


class FramesUnread(Exception):
    """An animation's frames past the cap, not looked at; carries the pages that were read."""

    def __init__(self, pages: list[OcrPage], unread: int, looked: int) -> None:
        super().__init__(pages, unread, looked)
        self.pages = pages
        self.unread = unread
        self.looked = looked


def on_white(image: Image.Image) -> Image.Image:
    """A picture with transparency laid on white paper: a clipping tool's PNG keeps its
    ground transparent, and the colour under that is often black, so dropping the alpha
    made black letters on black (read as nothing)."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("RGB")
    return image


# A standard-mode fax is 204x98 dpi: each pixel twice as tall as wide, the letters
# squashed to half their height unless the page is stretched back; a fine fax (204x196)
# is near enough square. Beyond this, a resolution says something odd, not a fax.
MIN_DPI_RATIO = 1.2
MAX_DPI_RATIO = 4.0


def square_pixels(image: Image.Image, dpi: object) -> Image.Image:
    """The image with square pixels: its lower-resolution side stretched by its declared
    resolutions' ratio (a standard-mode fax TIFF's 204x98), within MAX_PIXELS."""
    try:
        across, down = (float(v) for v in dpi)  # type: ignore[attr-defined]
    except (TypeError, ValueError):  # no resolution, or not two numbers
        return image
    if across <= 0 or down <= 0:
        return image
    ratio = max(across, down) / min(across, down)
    if not MIN_DPI_RATIO <= ratio <= MAX_DPI_RATIO:
        return image
    width, height = image.size
    size = (width, round(height * ratio)) if across > down else (round(width * ratio), height)
    if size[0] * size[1] > MAX_PIXELS:
        return image
    # as grey: a one-bit fax stretched by repeating rows keeps its stair steps
    return ImageOps.grayscale(image).resize(size, Image.Resampling.BICUBIC)


def ocr_pdf(data: bytes, numbers: Sequence[int] | None = None) -> list[OcrPage]:
    """The pages of a PDF that carry no text layer (or those `numbers`), rendered and read."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS // 2  # Pillow refuses images over twice this
    pages: list[OcrPage] = []
    wanted = _pages_without_text(data) if numbers is None else list(numbers[:MAX_PAGES])
    oversized = _oversized_images(data, wanted)
    with tempfile.TemporaryDirectory(prefix="ocr-") as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(data)
        for number in (n for n in wanted if n not in oversized):
            with _render(source, Path(tmp) / f"p{number}", number) as image:
                if not blank(image):
                    pages.append(ocr_page(image, number))
    if oversized:
        raise PagesRefused(pages, [(n, *size) for n, size in sorted(oversized.items())])
    return pages


def _oversized_images(data: bytes, numbers: Sequence[int]) -> dict[int, tuple[int, int]]:
    """The largest image over MAX_PIXELS that each of these pages draws, by page number,
    from the images' dictionaries (/Width, /Height): nothing is decoded."""
    import pdfplumber

    found: dict[int, tuple[int, int]] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number in numbers:
            if not 0 < number <= len(pdf.pages):
                continue
            try:
                sizes = [_declared_size(image) for image in pdf.pages[number - 1].images]
            except Exception:  # a page pdfminer cannot lay out: poppler may still draw it
                continue
            largest = max(sizes, key=lambda size: size[0] * size[1], default=(0, 0))
            if largest[0] * largest[1] > MAX_PIXELS:
                found[number] = largest
    return found


def _declared_size(image: dict[str, Any]) -> tuple[int, int]:
    try:
        width, height = image.get("srcsize") or (0, 0)
        return max(int(width), 0), max(int(height), 0)
    except (TypeError, ValueError):  # a size that is no number: poppler will not draw it
        return 0, 0


# A pixel this dark is ink on any scan; a sheet's back seen through the paper, or the
# grey of a copier's glass, is far lighter.
INK_LEVEL = 128
# A page with less ink than this share holds no line of a form: one short typed line
# at 300 dpi is about twice as much. A copier's duplex scan adds the blank back of each
# sheet, which read costs a page's time and gives junk.
BLANK_SHARE = 0.0005


def blank(image: Image.Image) -> bool:
    """Whether a rendered page is blank paper: next to no pixel as dark as ink."""
    histogram = ImageOps.grayscale(image).histogram()
    return sum(histogram[:INK_LEVEL]) < BLANK_SHARE * image.width * image.height


def _render(source: Path, stem: Path, number: int) -> Image.Image:
    """Page `number` of the PDF as a grey image, its longer side RENDER_PIXELS."""
    size = ("-scale-to", str(RENDER_PIXELS))
    pages = ("-f", str(number), "-l", str(number))
    # Raw PGM, not PNG: compressing a 300 dpi page costs pdftoppm ten times its rendering.
    run_tool(["pdftoppm", *size, "-gray", "-singlefile", *pages, str(source), str(stem)])
    image = Image.open(f"{stem}.pgm")
    image.load()
    return image


def _pages_without_text(data: bytes) -> list[int]:
    import pdfplumber  # the child imports it only for PDFs

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        numbers = [
            page.page_number
            for page in pdf.pages[:MAX_PAGES]
            if len([c for c in page.chars if not str(c.get("text", "")).isspace()]) < MIN_TEXT_CHARS
        ]
    return numbers


def ocr_page(image: Image.Image, number: int) -> OcrPage:
    gray = light_ground(ImageOps.grayscale(image))
    if gray.width < MIN_WIDTH:
        scale = MIN_WIDTH / gray.width
        gray = gray.resize((MIN_WIDTH, round(gray.height * scale)), Image.Resampling.LANCZOS)
    # Orientation detection costs as much as recognition, and most pages come upright:
    # it runs only when a first reading is poor, as a page on its side reads.
    page = _readings(gray, number, 0)
    if page.confidence >= RETRY_BELOW:
        return page
    # Orientation is detected on the page with its lighting flattened, as it is read: on
    # a phone photo's shadow and fall-off Tesseract finds too few characters to tell.
    rotated = _quarter_turn(flatten(gray))
    if not rotated:
        return page
    # A page turned upright is a photo like any other: blurred ink or thin strokes need
    # the same readings (the grey page alone read a sideways typewriter form as junk).
    turned = _readings(gray.rotate(rotated, expand=True, fillcolor=255), number, rotated)
    return turned if turned.confidence > page.confidence else page


# A page whose middle grey is darker than this is light text on a dark ground: a
# screenshot of an app or web page in dark mode. Paper, even a photo in shadow, is the
# page's commonest tone and far lighter.
DARK_GROUND = 80
# ... and whose light pixels are fewer than this share: letters. A sheet photographed on
# a dark table is dark round the edges but a large light area of its own.
MAX_LIGHT_SHARE = 0.25
LIGHT = 160


def light_ground(gray: Image.Image) -> Image.Image:
    """The page as dark ink on a light ground, as every step after expects (ink is what
    is darker than the Otsu cut, leaders and boxes are dark strokes): a page whose
    ground is dark and whose light is only its letters is inverted."""
    histogram = gray.histogram()
    pixels = gray.width * gray.height
    light = sum(histogram[LIGHT:]) / max(pixels, 1)
    seen = 0
    for level, count in enumerate(histogram):
        seen += count
        if seen >= pixels / 2:
            dark = level < DARK_GROUND and light < MAX_LIGHT_SHARE
            return ImageOps.invert(gray) if dark else gray
    return gray


def _readings(gray: Image.Image, number: int, rotated: int) -> OcrPage:
    """The page (upright) read at the strict ink cut, and when that reads poorly also as
    grey and at a lenient cut, and when its lines end early beside faint ink also at a
    cut between that ink and the paper; the most confident first, the others beside it."""
    skew = estimate_skew(gray)
    flat = flatten(gray)
    dark_cut = INK_SHARE * otsu_threshold(flat)
    strict = _level(_cut_at(flat, dark_cut), skew)
    ticks = _ticks(strict, flat, skew)
    strokes, runs = _boxes(strict, flat, skew)
    # printed boxes (an ID's 13, a ruled table's cells, tick boxes) and dotted leaders
    # come off every reading; a leader dot is larger at the lenient cut and softer on the
    # grey page; a tick box read is a bracket or a letter glued to its word
    boxes = (
        strokes
        + [(x0 - DOT_MARGIN, y0 - DOT_MARGIN, x1 + DOT_MARGIN, y1 + DOT_MARGIN)
           for x0, y0, x1, y1 in leader_dots(strict)]
        + [(x0 - TICK_MARGIN, y0 - TICK_MARGIN, x1 + TICK_MARGIN, y1 + TICK_MARGIN)
           for x0, y0, x1, y1 in (t.rect for t in ticks)]
    )  # fmt: skip
    clean = without_strokes(strict, boxes)
    level_flat = _level(flat, skew)
    cells = id_boxes(strict, runs)
    boxed_id = _boxed_id(level_flat, cells, strokes) if cells else ""
    boxed = _boxed_runs(level_flat, digit_runs(strict, runs, cells))
    flat_clean = without_strokes(level_flat, boxes)
    page, table = _reading(
        clean, number, rotated, skew, ticks, (clean, flat_clean), boxed, flat_clean
    )
    page = replace(page, boxed_id=boxed_id)
    # Values in ink too faint for every cut below (a carbon copy) leave the labels
    # alone on their lines: read once more at a cut between that ink and the paper.
    faint_page = with_faint_values(clean, level_flat, table, dark_cut)
    faint = (
        [
            _reading(
                without_strokes(faint_page, boxes),
                number,
                rotated,
                skew,
                ticks,
                (),
                boxed,
                flat_clean,
            )[0]
        ]
        if faint_page is not None
        else []
    )
    if page.confidence >= GOOD_READING:
        return replace(page, alternatives=tuple(faint)) if faint else page
    # A poor first reading has two causes: ink as faint as the marks dropped (a blurred
    # photo: the grey page, tesseract's own binarisation, reads better), or thin strokes
    # the strict cut thinned away (a tone mark, ุ, or a whole thin typeface: a lenient
    # cut keeps them, with some leaders). Both are read: the grey page reading better
    # does not tell that no strokes were thinned (a typewriter face on a photo reads as
    # junk at the strict cut and on the grey page, and right at the lenient cut).
    # Confidence alone picks badly between readings (thinned strokes read confidently
    # wrong), so all go back; the worker takes each field from the reading that read it
    # best, each reading given the marks the others saw.
    grey = without_strokes(_level(gray, skew), boxes)
    lenient = without_strokes(_level(binarise(flat, LENIENT_INK_SHARE), skew), boxes)
    more = [
        _reading(image, number, rotated, skew, ticks, (), boxed, flat_clean)
        for image in (grey, lenient)
    ]
    readings = [page] + [p for p, _ in more] + faint
    first = readings[0]
    # The birth line's label lost at the strict cut (a photo's `วเกิดวันที่` read as junk)
    # may be read on the grey page or at the lenient cut: its crop is found there
    # (len(cuts) * 2 Tesseract runs more for each such reading, only then).
    line_birth = first.line_birth or next(
        (b for _, table in more if (b := _line_birth(table, (clean, flat_clean)))), ""
    )
    page, *others = sorted(readings, key=lambda p: -p.confidence)
    return replace(
        page,
        alternatives=tuple(others),
        boxed_id=boxed_id,
        line_id=first.line_id,
        line_phones=first.line_phones,
        line_birth=line_birth,
        line_names=first.line_names,
    )


def _cut_at(flat: Image.Image, cut: float) -> Image.Image:
    return flat.point(lambda v: 255 if v > cut else 0)


def _reading(
    image: Image.Image,
    number: int,
    rotated: int,
    skew: float,
    ticks: Sequence[TickBox],
    id_cuts: Sequence[Image.Image] = (),
    boxed: Sequence[BoxedRun] = (),
    flat: Image.Image | None = None,
) -> tuple[OcrPage, str]:
    """The page read from `image`, and the word table (`tsv`) of that reading. The
    address's house and village numbers this reading misread are read again alone, on
    `image` and the page with its lighting flattened (`flat`, the same size, level), and
    put in its lines as the digits of rows of boxes are (`_address_numbers`)."""
    lines, table, numbers = _recognise(image, boxed, flat)
    page = OcrPage(
        number, tuple(lines), rotated, skew, ticked=ticked_words(table, ticks), numbers=numbers
    )
    if not id_cuts:
        return page, table
    line_id, line_phones = _line_digits(table, id_cuts)
    line_birth, line_names = _line_birth(table, id_cuts), _line_names(table, id_cuts)
    page = replace(page, line_id=line_id, line_phones=line_phones, line_birth=line_birth)
    return replace(page, line_names=line_names), table


LINE_PIXELS = 90  # a line's height Tesseract reads digits best at (a fax's is half that)


def _line_digits(table: str, cuts: Sequence[Image.Image]) -> tuple[str, tuple[str, ...]]:
    """The ID and each phone written after their labels in this reading's word table
    (`ocr_id_line.id_value_box`, `phone_value_boxes`), all their crops read again several
    ways at one go (`_boxes_reads`).

    The ID: the valid ID its readings agree on (`ocr_ids.id_among`), "" when no label was
    read or no valid ID has two readings for it: a lone reading of digits is too unsteady
    to take on its check digit alone. The phones, top to bottom: each the number of a
    Thai phone's shape its readings agree on (`ocr_phones.phone_among`), E.164, "" for
    one they do not."""
    id_box = id_value_box(table)
    reads = _boxes_reads(
        [*([id_box] if id_box is not None else []), *phone_value_boxes(table)], cuts
    )
    line_id = (id_among(reads.pop(0)) or "") if id_box is not None else ""
    return line_id, tuple(phone_among(read) or "" for read in reads)


def _line_birth(table: str, cuts: Sequence[Image.Image]) -> str:
    """The birth date after its label (`ocr_id_line.birth_value_box`) read again from
    its crop as a line of Thai (the month is a word) on each cut at each of LINE_HEIGHTS
    (len(cuts) * 2 Tesseract runs), each reading made a date as a page's line is
    (`_date_from_parts`, a day, a month, a year within a lifetime: `_date_lived`); the
    date at least two readings give and no other as many, else "". A fax's day read 14
    at one height and 19 at the other gives none."""
    box = birth_value_box(table)
    if box is None:
        return ""
    crops = [_framed(_tall(cut.crop(_inside(box, cut)), h)) for cut in cuts for h in LINE_HEIGHTS]
    dates: dict[dt.date, list[str]] = {}
    for read in _read_lines(crops):
        value = _date_on_line(read)
        when = parse_date(value) if value is not None and _date_lived(value) else None
        if value is not None and when is not None:
            dates.setdefault(when, []).append(value)
    ranked = sorted(dates.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 2 or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return ""
    return ranked[0][0]


def _line_names(table: str, cuts: Sequence[Image.Image]) -> tuple[tuple[str, ...], ...]:
    """The lines after a name's label (`ocr_name_crop.name_line_boxes`, at most two)
    cropped from each cut and read as one line (`_read_line`) at each of `_name_sizes`,
    the readings of one line's crop from one cut together (one witness: the same ink):
    at most 2 * len(cuts) * 2 Tesseract runs on crops a line high."""
    witnesses = [
        [_framed(sized) for sized in _name_sizes(crop)]
        for box in name_line_boxes(table)
        for crop in _distinct([cut.crop(_inside(box, cut)) for cut in cuts])
    ]
    read = iter(_read_lines([crop for sizes in witnesses for crop in sizes]))
    return tuple(tuple(next(read) for _ in sizes) for sizes in witnesses)


def _distinct(crops: Sequence[Image.Image]) -> list[Image.Image]:
    """`crops` without those the same pixels as one before: a bilevel page (a fax's
    1-bit TIFF) leaves its flattened cut as its strict one, and the same ink read twice
    is one witness, not two (set 21's fax: `อถินทรสุวรรณ`, a speck read as ถ, on both)."""
    seen: set[tuple[tuple[int, int], str, bytes]] = set()
    kept = []
    for crop in crops:
        key = (crop.size, crop.mode, crop.tobytes())
        if key not in seen:
            seen.add(key)
            kept.append(crop)
    return kept


def _name_sizes(crop: Image.Image) -> list[Image.Image]:
    """A name line's crop as it is (LINE_PIXELS high at least) and twice its size: a
    small mark (ุ, a tone) reads at one size and not at the other. On the sets' name
    lines (scratch ocr40a/evalsel.py) these two read 4 names right more where 130 px
    and twice read 2: a crop already taller than both heights reads alike at both."""
    twice = crop.resize((crop.width * 2, crop.height * 2), Image.Resampling.LANCZOS)
    return [_tall(crop), twice]


def _date_on_line(text: str) -> str | None:
    """The date a line read alone holds, its leader dots as spaces (`เดือน.มกราคม`): its
    day, month and year (`_date_from_parts`); else as read, the dots kept, for a month
    written short (`ก.พ.`, whose dots are the month's); or the numbers either side of a
    month's name misread (`ocr_dates.date_around_month`)."""
    kept = normalise_thai_text(text)
    line = kept.replace(".", " ")
    around = date_around_month(line)
    return _date_from_parts(line) or _date_from_parts(kept) or (around[0] if around else None)


LINE_OPTIONS = ("-l", LANGUAGES, "--psm", "7")  # one line of Thai and English


def _read_line(crop: Image.Image) -> str:
    """Tesseract's reading of a crop one line high, as Thai and English (page mode 7)."""
    with tempfile.TemporaryDirectory(prefix="tess-") as tmp:
        path = Path(tmp) / "line.pgm"
        crop.save(path)
        command = ["tesseract", str(path), "stdout", *LINE_OPTIONS]
        return run_tool(command, check=False).strip()  # a crash reads as nothing (see above)


def _read_lines(crops: Sequence[Image.Image]) -> list[str]:
    """`[_read_line(crop) for crop in crops]`, by one Tesseract run (`ocr_batch`)."""
    read = read_each(crops, LINE_OPTIONS, run_tool)
    return [r.strip() for r in read] if read is not None else [_read_line(c) for c in crops]


# Ways a value's crop is read again: its line made this many pixels high (a fax's
# small line enlarged, a photo's kept), and Tesseract's page modes for one line of text
# (7) and for a line read as raw text (13, no layout analysis: a digit a dust speck
# splits is not cut into two words). Each gets some crops right that the others miss.
LINE_HEIGHTS = (LINE_PIXELS, 130)
LINE_MODES = ("7", "13")


def _line_reads(box: Rect, cuts: Sequence[Image.Image]) -> list[str]:
    """The crop `box` of each cut of the page (the same size, level) read as digits and
    dashes, at each of LINE_HEIGHTS and LINE_MODES: len(cuts) * 4 readings of a crop a
    line high."""
    return _boxes_reads([box], cuts)[0]


def _boxes_reads(boxes: Sequence[Rect], cuts: Sequence[Image.Image]) -> list[list[str]]:
    """`[_line_reads(box, cuts) for box in boxes]`, by one Tesseract run per page mode."""
    crops = [
        _framed(_tall(cut.crop(_inside(box, cut)), h))
        for box in boxes
        for cut in cuts
        for h in LINE_HEIGHTS
    ]
    by_mode = [_digits_or_none_each(crops, mode) for mode in LINE_MODES]
    reads = [read for pair in zip(*by_mode, strict=True) for read in pair]
    each = len(cuts) * len(LINE_HEIGHTS) * len(LINE_MODES)
    return [reads[k * each : (k + 1) * each] for k in range(len(boxes))]


def _digits_or_none(crop: Image.Image, mode: str) -> str:
    """`_read_digits` of a value's crop, "" where Tesseract fails on it: it was seen to
    die (SIGFPE) on one crop at page mode 13, and one more reading of a value lost is
    no reason to lose the page."""
    try:
        return _read_digits(crop, "-", mode)
    except RuntimeError:
        return ""


def _digits_or_none_each(crops: Sequence[Image.Image], mode: str) -> list[str]:
    """`[_digits_or_none(crop, mode) for crop in crops]`, by one Tesseract run
    (`ocr_batch`), each alone when that run fails."""
    read = read_each(crops, _digit_options("-", mode), run_tool)
    if read is None:
        return [_digits_or_none(crop, mode) for crop in crops]
    return [thai_digits_to_arabic(r).strip() for r in read]


def _address_numbers(table: str, cuts: Sequence[Image.Image]) -> list[tuple[int, BoxedRun]]:
    """The house and village numbers after their labels in this reading's word table
    (`ocr_address_numbers.number_boxes`), each cropped from every cut of the page (the
    same size, level) and read as digits and a slash on one sheet (one Tesseract run);
    a value is taken where the cuts read it alike, as a number of its shape. Each with
    the word table's line its label is on, the only line it goes in (a stamp read
    across the lines makes lines of its own that reach into the value's band)."""
    return [
        (box.line, BoxedRun(box.band, digits))
        for box, digits in _numbers_read(table, cuts)
        if digits
    ]


def _numbers_read(table: str, cuts: Sequence[Image.Image]) -> list[tuple[NumberBox, str]]:
    """Each number box of the word table with what the cuts read in it alike, as a
    number of its kind's shape; where they differ or read no such number and the page
    read none there either, the number the readings of its crops cut to their ink
    (`_to_ink`, at each of LINE_HEIGHTS: one sheet, one Tesseract run, each) and the
    first give most (`number_among`), or "".
    One Tesseract run for a page's reading, three where a value is not read alike."""
    found = number_boxes(table)
    if not found:
        return []
    crops = [_margined(_tall(cut.crop(_inside(box.rect, cut)))) for cut in cuts for box in found]
    read = _read_digit_strips(crops, "/")
    sheets = [[r.replace(" ", "") for r in read]]
    out = []
    for k, box in enumerate(found):
        seen = {sheets[0][k + n * len(found)] for n in range(len(cuts))}
        digits = seen.pop() if len(seen) == 1 else ""
        if not shaped(box.kind, digits):
            if len(sheets) == 1:
                sheets += [_sheet_or_none(inked) for inked in _inked_crops(found, cuts)]
            readings = [s[k + n * len(found)] for s in sheets for n in range(len(cuts))]
            digits = number_among(box.kind, readings, box.read) or ""
        out.append((box, digits))
    return out


def _sheet_or_none(crops: Sequence[Image.Image]) -> list[str]:
    """`_read_digit_strips` of a sheet of crops cut to their ink, "" for each where
    Tesseract fails on it: one more reading of a number lost is no reason to lose the
    page (a lamp photo's page was lost so)."""
    try:
        return [r.replace(" ", "") for r in _read_digit_strips(crops, "/")]
    except RuntimeError:
        return [""] * len(crops)


def _inked_crops(
    found: Sequence[NumberBox], cuts: Sequence[Image.Image]
) -> list[list[Image.Image]]:
    """The boxes' crops of every cut (in `_numbers_read`'s order) cut to their ink, a
    sheet's worth at each of LINE_HEIGHTS."""
    inked = [_to_ink(cut.crop(_inside(box.rect, cut))) for cut in cuts for box in found]
    return [[_margined(_tall(crop, h)) for crop in inked] for h in LINE_HEIGHTS]


INK = 128  # darker than this is ink, on a cut page or on the page with its lighting flattened
STROKE = 0.15  # of the crop's height: a run of columns with less ink is a speck
NUMBER_GAP = 0.6  # of the crop's height: a wider gap after the number ends it
INK_MARGIN = 4


def _to_ink(crop: Image.Image) -> Image.Image:
    """The crop from its first run of inked columns holding a stroke to the last such
    run no wider gap than NUMBER_GAP apart: a number's crop runs to the next label, and
    a leader's dust or a wide crop's specks after the number are read as digits (`89`
    for 88) or make Tesseract read nothing. The crop as it is when it holds no stroke."""
    ink = crop.convert("L").point(lambda v: 1 if v < INK else 0)
    width, height = ink.size
    data = list(ink.getdata())
    columns = [sum(data[x::width]) for x in range(width)]
    runs: list[tuple[int, int]] = []
    x = 0
    while x < width:
        if columns[x]:
            start = x
            while x < width and columns[x]:
                x += 1
            if sum(columns[start:x]) >= STROKE * height:
                runs.append((start, x))
        x += 1
    if not runs:
        return crop
    left, right = runs[0]
    for start, end in runs[1:]:
        if start - right >= NUMBER_GAP * height:
            break
        right = end
    return crop.crop((max(left - INK_MARGIN, 0), 0, min(right + INK_MARGIN, width), height))


NUMBER_MARGIN = 0.5  # of a crop's height, white put either side of it before reading


def _margined(crop: Image.Image) -> Image.Image:
    """The crop with white either side: a number written straight after its label lies
    against the crop's left edge (the crop starts where the label ends), and with no
    white before it Tesseract read nothing there (`หมู่ที่ + ตำบล`: a 4 lost on both
    cuts of a fax, though read alone on a margin)."""
    side = round(NUMBER_MARGIN * crop.height)
    return ImageOps.expand(crop, border=(side, 0), fill=255)


def _framed(crop: Image.Image) -> Image.Image:
    """The crop with white round it: NUMBER_MARGIN of its height either side, half that
    above and below. A line's crop read with no white over and under it read as junk
    where framed it read right (`0815527394` from a scan's phone at page modes 7 and 13,
    `9-5527394` and `015527344` unframed)."""
    side = round(NUMBER_MARGIN * crop.height)
    return ImageOps.expand(crop, border=(side, side // 2), fill=255)


def _inside(rect: Rect, page: Image.Image) -> Rect:
    """`rect` cut to the page: Pillow fills what lies outside with black."""
    x0, y0, x1, y1 = rect
    return (max(x0, 0), max(y0, 0), min(x1, page.width), min(y1, page.height))


def _tall(crop: Image.Image, height: int = LINE_PIXELS) -> Image.Image:
    if crop.height >= height:
        return crop
    scale = height / max(crop.height, 1)
    size = (round(crop.width * scale), height)
    return crop.resize(size, Image.Resampling.LANCZOS)


def _ticks(strict: Image.Image, flat: Image.Image, skew: float) -> list[TickBox]:
    """The page's tick boxes (`ocr_ticks.tick_boxes`) at the strict cut, or at the Otsu
    cut when it finds none: a printed box's thin rules come out broken at the strict cut."""
    return tick_boxes(strict) or tick_boxes(_level(binarise(flat, BOX_INK_SHARE), skew))


def _boxes(strict: Image.Image, flat: Image.Image, skew: float) -> tuple[list[Rect], list[Rect]]:
    """The printed boxes' strokes and runs (`ocr_rules.boxes_on_page`) found at the
    strict cut, or when it finds none at the Otsu cut: a box's rules are thin lines, and
    on a blurred photo the strict cut thins them away, leaving the sides among the digits."""
    found = boxes_on_page(strict)
    return found if found[0] else boxes_on_page(_level(binarise(flat, BOX_INK_SHARE), skew))


STRIP_GAPS = (0.35, 0.5)  # box heights between the boxes, one strip read at each


def _boxed_id(page: Image.Image, cells: list[Rect], strokes: Sequence[Rect] = ()) -> str:
    """The digits of the ID's boxes (`ocr_id_boxes.boxes_strip`, cut from the page with
    its lighting flattened, not from the strict cut: a photo's pale ink is lost there),
    read on two strips spaced apart differently, or "" when the two readings differ.
    Tesseract reads a line of spaced digits unsteadily (a digit doubled or lost in a
    gap, a 6 for a 0); a wrong reading that passes the check digit (one in ten) was
    seen, the same wrong one from both strips was not: the check digit alone is not
    enough when a reading this unsteady is taken with no label read.

    The boxes are cut twice: from the page with the printed rules found (`strokes`)
    painted off, and from the page with them on, each piece's rules then taken off row
    by row (`ocr_id_boxes.boxes_strip`). Painting a rule off paints off every stroke
    that crosses it, and digits written in boxes cross them: a hand writes low, over
    the bottom rule, or as wide as the box (held-out photos read 1409902015683 with the
    rules on, 146009902015603 with them off). A cut whose two strips agree is a
    reading; of the readings, the one whose check digit holds is taken, and none when
    two that hold differ (the page does not say which is right)."""
    cuts = [without_strokes(page, list(strokes)), page] if strokes else [page]
    agreed = []
    strips = [boxes_strip(cut, cells, gap) for cut in cuts for gap in STRIP_GAPS]
    reads = _read_digits_each(strips)
    for k in range(len(cuts)):
        read = {r.replace(" ", "") for r in reads[k * len(STRIP_GAPS) : (k + 1) * len(STRIP_GAPS)]}
        agreed += list(read) if len(read) == 1 else []
    valid = {d for d in agreed if (digits := id_digits(d)) and national_id_is_valid(digits)}
    if len(valid) > 1:
        return ""
    return valid.pop() if valid else (agreed[0] if agreed else "")


def _boxed_runs(page: Image.Image, rows: Sequence[list[Rect]]) -> list[BoxedRun]:
    """The digits of each row of boxes (`ocr_char_boxes.digit_runs`), cut from `page`
    (lighting flattened, rules on: each piece's rules are taken off row by row, and a
    digit written over a rule keeps its stroke) and read as digits only on two sheets
    spaced apart differently. A row is taken where both sheets read it alike and read
    one digit a box: a row read otherwise is left as the page read it. Both spacings go
    on one sheet, read by one Tesseract run (its start-up costs more than the reading)."""
    if not rows:
        return []
    read_all = _read_digit_rows(
        [boxes_strip(page, cells, gap) for gap in SHEET_GAPS for cells in rows]
    )
    sheets = [read_all[k * len(rows) : (k + 1) * len(rows)] for k in range(len(SHEET_GAPS))]
    found = []
    for cells, *read in zip(rows, *sheets, strict=True):
        digits = {r.replace(" ", "") for r in read}
        if len(digits) == 1 and len(got := digits.pop()) == len(cells) and got.isdigit():
            found.append(BoxedRun((cells[0][0], cells[0][1], cells[-1][2], cells[-1][3]), got))
    return found


ROW_GAP = 1.0  # of the tallest strip, white between two rows on the sheet
# Box heights between the boxes on a sheet of rows, one sheet read at each: closer than
# the ID's strips (read alone at psm 7), as a row read among others at psm 6 is read as
# one word only when its digits sit close (a day's 07 came out 01 at 0.5).
SHEET_GAPS = (0.25, 0.35)


def _read_digit_rows(strips: Sequence[Image.Image], also: str = "") -> list[str]:
    """Strips of boxes' insides (`ocr_id_boxes.boxes_strip`) stacked on one sheet and
    read at one go as digits only, a line a strip (one Tesseract run for every row of
    the page); [""] * n when the lines read are not one a strip."""
    sheet, _ = _stacked(strips)
    lines = [line for line in _digits_on(sheet, also).splitlines() if line.strip()]
    if len(lines) != len(strips):
        return [""] * len(strips)
    return [thai_digits_to_arabic(line).strip() for line in lines]


def _read_digit_strips(strips: Sequence[Image.Image], also: str = "") -> list[str]:
    """Crops stacked on one sheet and read at one go as digits only (and `also`), what
    was read on each crop by where its words lie on the sheet (the word table): a crop
    with nothing on it reads as "" and the others keep their readings, where a sheet's
    lines counted against its crops (`_read_digit_rows`) would lose them all."""
    sheet, spans = _stacked(strips)
    table = _digits_on(sheet, also, "tsv")
    read: list[list[tuple[int, str]]] = [[] for _ in strips]
    for row in csv.DictReader(io.StringIO(table), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word:
            continue
        middle = int(row["top"]) + int(row["height"]) / 2
        at = next((k for k, (top, bottom) in enumerate(spans) if top <= middle < bottom), None)
        if at is not None:
            read[at].append((int(row["left"]), word))
    return [thai_digits_to_arabic("".join(w for _, w in sorted(words))) for words in read]


def _stacked(strips: Sequence[Image.Image]) -> tuple[Image.Image, list[tuple[int, int]]]:
    """The strips pasted one under another with white between, and each one's span of
    rows on the sheet (half the white above and below it)."""
    space = int(ROW_GAP * max(s.height for s in strips))
    sheet = Image.new(
        "L", (max(s.width for s in strips), sum(s.height + space for s in strips)), 255
    )
    spans, y = [], 0
    for strip in strips:
        sheet.paste(strip, (0, y))
        spans.append((y - space // 2, y + strip.height + space // 2))
        y += strip.height + space
    return sheet, spans


def _digits_on(sheet: Image.Image, also: str, *output: str) -> str:
    """Tesseract's reading of a sheet of stacked strips as digits only (and `also`), at
    psm 6 (a block of lines); `output` "tsv" for the word table."""
    with tempfile.TemporaryDirectory(prefix="tess-") as tmp:
        path = Path(tmp) / "sheet.pgm"
        sheet.save(path)
        whitelist = "tessedit_char_whitelist=0123456789" + THAI_DIGITS + also
        command = ["tesseract", str(path), "stdout", "-l", LANGUAGES, "--psm", "6", "-c", whitelist]
        return run_tool([*command, *output])


def _read_digits(strip: Image.Image, also: str = "", mode: str = "7") -> str:
    """The digits on a strip of boxes' insides (`ocr_id_boxes.boxes_strip`), read as one
    line of digits only: Arabic or Thai, nothing a box's side could be read as; and the
    characters `also` (an ID's printed dashes on a line, which else are read as digits).
    `mode`: Tesseract's page mode, one line (7) or raw line (13)."""
    with tempfile.TemporaryDirectory(prefix="tess-") as tmp:
        path = Path(tmp) / "strip.pgm"
        strip.save(path)
        command = ["tesseract", str(path), "stdout", *_digit_options(also, mode)]
        return thai_digits_to_arabic(run_tool(command)).strip()


def _read_digits_each(strips: Sequence[Image.Image]) -> list[str]:
    """`[_read_digits(strip) for strip in strips]`, by one Tesseract run (`ocr_batch`)."""
    read = read_each(strips, _digit_options("", "7"), run_tool)
    if read is None:
        return [_read_digits(strip) for strip in strips]
    return [thai_digits_to_arabic(r).strip() for r in read]


def _digit_options(also: str, mode: str) -> list[str]:
    """Tesseract's options for digits only (Arabic and Thai) and `also`, at page `mode`."""
    whitelist = "tessedit_char_whitelist=0123456789" + THAI_DIGITS + also
    return ["-l", LANGUAGES, "--psm", mode, "-c", whitelist]


def flatten(gray: Image.Image) -> Image.Image:
    """The page with its lighting flattened and its speckle removed.

    A phone photo is darker at one edge than the other, so one threshold for the page
    would lose the text on the dark side or keep the shadow: the page's own background
    (the brightest nearby pixels, smoothed) is divided out first. A 3x3 median then
    removes salt-and-pepper speckle.
    """
    small = gray.resize(
        (max(1, gray.width // BACKGROUND_CELL), max(1, gray.height // BACKGROUND_CELL)),
        Image.Resampling.BOX,
    )
    background = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    background = background.resize(gray.size, Image.Resampling.BILINEAR)
    # Divided, not subtracted: ink in the shadow keeps its contrast against its paper.
    flat = ImageMath.lambda_eval(
        lambda e: e["convert"](e["min"](e["g"] * 255 / e["max"](e["b"], 1), 255), "L"),
        g=gray,
        b=background,
    )
    return flat.filter(ImageFilter.MedianFilter(3))


def binarise(flat: Image.Image, share: float) -> Image.Image:
    """Black ink on white: pixels darker than `share` of the Otsu threshold are ink."""
    return _cut_at(flat, share * otsu_threshold(flat))


def _level(gray: Image.Image, skew: float) -> Image.Image:
    if not skew:
        return gray
    return gray.rotate(skew, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)


def upright(gray: Image.Image) -> tuple[Image.Image, int, float]:
    """The page turned upright and level; with the quarter-turn and skew applied."""
    rotated = _quarter_turn(gray)
    if rotated:
        gray = gray.rotate(rotated, expand=True, fillcolor=255)
    skew = estimate_skew(gray)
    return _level(gray, skew), rotated, skew


def estimate_skew(gray: Image.Image) -> float:
    """Degrees to rotate (counter-clockwise) so text lines are level; 0.0 when unsure."""
    small = gray.copy()
    small.thumbnail((900, 900))
    ink = ImageOps.autocontrast(small).point(lambda v: 255 if v < 128 else 0)

    @functools.cache
    def sharpness(angle: float) -> float:
        turned = ink.rotate(angle, fillcolor=0)
        profile = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        return float(sum((a - b) ** 2 for a, b in itertools.pairwise(profile)))

    whole = max(range(-SKEW_RANGE, SKEW_RANGE + 1), key=sharpness)
    best = max((whole + step / 5 for step in range(-5, 6)), key=sharpness)
    # The profile's peak is as narrow as a line is thin beside the page's width: a ruled
    # table's long rules make it a few tenths of a degree wide, and the whole-degree grid
    # can step over it (a table scanned 0.6° askew was turned 0.4° the wrong way, and its
    # cells read as nothing). A finer grid finds it; it is taken where it is far sharper
    # than what the whole degrees found, else a page the whole degrees levelled well
    # keeps its angle to the tenth (a few hundredths either way change what is read).
    steps = round(SKEW_RANGE / SKEW_STEP)
    finer = max((i * SKEW_STEP for i in range(-steps, steps + 1)), key=sharpness)
    finer = max((finer + step * SKEW_STEP / 5 for step in range(-5, 6)), key=sharpness)
    if sharpness(finer) > NARROW_PEAK * sharpness(best):
        best = finer
    return round(best, 1) if abs(best) >= 0.2 else 0.0


def _quarter_turn(gray: Image.Image) -> int:
    """Degrees (0, 90, 180, 270) Tesseract's orientation detection says to turn the page."""
    with tempfile.TemporaryDirectory(prefix="osd-") as tmp:
        path = Path(tmp) / "page.png"
        small = gray.copy()
        small.thumbnail((2000, 2000))
        small.save(path)
        out = run_tool(["tesseract", str(path), "-", "--psm", "0"], check=False)
    info = dict(
        line.split(":", 1) for line in out.splitlines() if ":" in line
    )  # "Rotate: 90", "Orientation confidence: 4.2"
    try:
        rotate = int(info.get("Rotate", "0").strip())
        confidence = float(info.get("Orientation confidence", "0").strip())
    except ValueError:
        return 0
    # Tesseract's "Rotate" is clockwise; PIL rotates counter-clockwise.
    return (360 - rotate) % 360 if rotate and confidence >= OSD_MIN_CONFIDENCE else 0


def _recognise(
    gray: Image.Image, boxed: Sequence[BoxedRun] = (), flat: Image.Image | None = None
) -> tuple[list[OcrLine], str, tuple[NumberRead, ...]]:
    """The page's lines, and the `tsv` table of its words with their boxes; the digits
    of rows of boxes read apart (`boxed`) in place of what was read among their boxes,
    and with `flat` (the page with its lighting flattened, the same size) the address's
    numbers read again on `gray` and `flat` (`_address_numbers`) in place of theirs."""
    with tempfile.TemporaryDirectory(prefix="tess-") as tmp:
        # PGM: tesseract reads it as fast, and Pillow writes it without compressing
        path, base = Path(tmp) / "page.pgm", Path(tmp) / "out"
        gray.save(path)
        run_tool(
            [
                "tesseract",
                str(path),
                str(base),
                "-l",
                LANGUAGES,
                "--psm",
                PSM,
                "-c",
                "preserve_interword_spaces=1",
                "txt",
                "tsv",
            ]
        )
        text = (base.with_suffix(".txt")).read_text(encoding="utf-8", errors="replace")
        table = (base.with_suffix(".tsv")).read_text(encoding="utf-8", errors="replace")
    reads = _numbers_read(table, (gray, flat)) if flat is not None else []
    numbers = [(box.line, BoxedRun(box.band, digits)) for box, digits in reads if digits]
    kept = tuple((box.kind, box.read, digits, box.band) for box, digits in reads)
    return _lines(text, table, gray, boxed, numbers), table, kept


Box = tuple[int, int, int, int]  # left, top, right, bottom


def _lines(
    text: str,
    table: str,
    page: Image.Image | None = None,
    boxed: Sequence[BoxedRun] = (),
    numbers: Sequence[tuple[int, BoxedRun]] = (),
) -> list[OcrLine]:
    """Text lines of the `txt` output, each given the confidences of its `tsv` words,
    and its Thai digits read again by their shapes on `page` (see `extractors.ocr_digits`);
    the digits of rows of boxes (`boxed`) in place of what was read among them, and an
    address's numbers read again (`numbers`) in the line holding their label.

    Both outputs come from one recognition, line by line in the same order; when their
    counts differ (never seen), every character gets its line's mean instead.
    """
    words: dict[tuple[str, str, str, str], list[tuple[str, float, Box]]] = {}
    for row in csv.DictReader(io.StringIO(table), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word:
            continue
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        left, top = int(row["left"]), int(row["top"])
        box = (left, top, left + int(row["width"]), top + int(row["height"]))
        words.setdefault(key, []).append((word, max(float(row["conf"]), 0.0) / 100, box))
    rows = list(words.values())
    texts = [line for line in text.splitlines() if line.strip()]
    if len(rows) != len(texts):
        mean = [sum(c for _, c, _ in r) / len(r) for r in rows if r] or [0.0]
        rows = [[(t, sum(mean) / len(mean), (0, 0, 0, 0))] for t in texts]
        page, boxed, numbers = None, (), ()  # no boxes to read digits in
    lines = []
    for n, (raw, read) in enumerate(zip(texts, rows, strict=True)):
        runs = [*boxed, *(run for line, run in numbers if line == n)]
        swapped = with_boxed_runs(raw, read, runs) if runs else None
        lines.append(_line(*swapped, page) if swapped else _line(raw, read, page))
    return lines


def _line(raw: str, words: list[tuple[str, float, Box]], page: Image.Image | None) -> OcrLine:
    text = normalise_thai_text(raw)
    per_char = [conf for word, conf, _ in words for _ in word.replace(" ", "")]
    wanted = len(text.replace(" ", ""))
    if per_char and len(per_char) != wanted:  # normalising joined or split characters
        per_char = [per_char[i * len(per_char) // wanted] for i in range(wanted)]
    line = OcrLine(text, tuple(per_char or [0.0] * wanted))
    if page is not None and any(ch in THAI_DIGITS for ch in text):
        shapes = [
            read_digit(page, box)
            for word, _, word_box in words
            for _, box in digit_boxes(word, word_box)
        ]
        line = OcrLine(*with_digit_shapes(line.text, line.confidences, shapes))
        line = OcrLine(*with_thai_numbers(line.text, line.confidences, words, page))
    return trim_stray_marks(line)


def trim_stray_marks(line: OcrLine) -> OcrLine:
    """The line without words of punctuation alone at either end (`|`, `,`, `.`, `“`):
    the page edge, a fold or a speck read as a mark, which would end up in the value."""
    words = line.text.split()
    start, end = 0, len(words)
    while start < end and _stray(words[start]):
        start += 1
    while end > start and _stray(words[end - 1]):
        end -= 1
    if (start, end) == (0, len(words)):
        return line
    before = sum(len(w) for w in words[:start])
    kept = sum(len(w) for w in words[start:end])
    text = line.text.strip()
    for word in words[:start]:
        text = text[len(word) :].lstrip()
    for word in reversed(words[end:]):
        text = text[: -len(word)].rstrip()
    return OcrLine(text, line.confidences[before : before + kept])


def _stray(word: str) -> bool:
    return all(unicodedata.category(ch)[0] in "PS" for ch in word)


def run_tool(command: list[str], check: bool = True) -> str:
    """Run poppler's or Tesseract's program (in the child), one thread; OcrUnavailable
    when it or the Thai data is missing, RuntimeError when it fails."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one thread: the pool runs in parallel
    try:
        done = subprocess.run(
            command, capture_output=True, timeout=TOOL_SECONDS, env=env, check=False
        )
    except FileNotFoundError:
        raise OcrUnavailable(command[0]) from None
    if check and done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace")
        if "Failed loading language" in error:
            raise OcrUnavailable("tesseract Thai data (tesseract-ocr-tha)")
        raise RuntimeError(f"{command[0]} exited with {done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def page_png(data: bytes, content_type: str, number: int) -> bytes:
    """The page a clerk checks OCR'd values against, upright and level as OCR saw it,
    as a PNG at most PREVIEW_WIDTH wide (runs in the child process)."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS // 2  # Pillow refuses images over twice this
    open_heif()
    if content_type == "image/svg+xml":  # the scan embedded in a drawing, by its order
        from extractors.svg_form import svg_contents

        rasters = svg_contents(data).rasters
        if not 1 <= number <= len(rasters):
            raise ValueError("no such picture in the drawing")
        data, content_type, number = rasters[number - 1], "image", 1
    if content_type == "application/pdf":
        with tempfile.TemporaryDirectory(prefix="page-") as tmp:
            source = Path(tmp) / "in.pdf"
            source.write_bytes(data)
            with _render(source, Path(tmp) / "page", number) as image:
                gray = ImageOps.grayscale(image)
    else:
        with Image.open(io.BytesIO(data)) as image:
            pages = image_pages(image, number)
            gray = ImageOps.grayscale(pages[0][1] if pages else image)
    gray = upright(gray)[0]
    gray.thumbnail((PREVIEW_WIDTH, PREVIEW_WIDTH * 2))
    out = io.BytesIO()
    gray.save(out, "PNG", optimize=True)
    return out.getvalue()


# --- in the worker ----------------------------------------------------------------------


def render_page(data: bytes, content_type: str, number: int) -> bytes:
    """`page_png` within the OCR limits; raises LimitExceeded or OcrUnavailable."""
    return run_bounded(page_png, data, content_type, number, limits=LIMITS)


class OcrExtractor:
    """An image, or a PDF's pages without a text layer, in: OCR'd `label: value` lines out."""

    name = "ocr"

    def __init__(self, source: str = "image", limits: Limits = LIMITS) -> None:
        self.source = source  # "image" or "pdf"
        self.limits = limits

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        if isinstance(content, str):
            content = content.encode("latin-1", errors="replace")
        if self.source == "pdf" and not might_be_scanned(content):
            return ExtractionResult()
        reader = ocr_pdf if self.source == "pdf" else ocr_image
        result, read = self._read(reader, (content,), part, labels)
        if self.source == "pdf" and read:  # a scan: say what the page cap left
            result.defects += self._pages_left(content, part)
        return result

    def read_pdf_pages(
        self, content: bytes, numbers: Sequence[int], *, part: str, labels: LabelIndex
    ) -> ExtractionResult:
        """These pages of a PDF read from their image, whatever their text layer holds
        (for the PDF reader, when that text is nonsense)."""
        result, _ = self._read(ocr_pdf, (content, list(numbers)), part, labels)
        if len(numbers) > MAX_PAGES:
            result.defects.append(_unread(len(numbers) - MAX_PAGES, part))
        return result

    def _pages_left(self, content: bytes, part: str) -> list[Defect]:
        """A defect for the pages of a scanned PDF past MAX_PAGES, which no one read: the
        form may go on there (a clerk opens the file)."""
        try:
            left = run_bounded(pages_past_cap, content, limits=self.limits)
        except Exception:  # a page tree the OCR read around but pdfminer cannot count
            return []
        return [_unread(left, part)] if left else []

    def _read(
        self,
        reader: Callable[..., list[OcrPage]],
        args: tuple[object, ...],
        part: str,
        labels: LabelIndex,
    ) -> tuple[ExtractionResult, int]:
        """The reading's candidates (or its failure), and how many pages it read."""
        refused: list[Defect] = []
        try:
            pages = run_bounded(reader, *args, limits=self.limits)
        except PagesRefused as exc:
            pages = exc.pages
            refused = [_image_too_large(*page, part) for page in exc.refused]
        except FramesUnread as exc:
            pages = exc.pages
            refused = [_frames_unread(exc.unread, exc.looked, part)]
        except LimitExceeded as exc:
            return failed(part, "ocr_limit", exc.reason), 0
        except OcrUnavailable as exc:
            detail = f"{exc} not installed: run scripts/install-system-deps.sh"
            return failed(part, "ocr_unavailable", detail), 0
        except Exception as exc:  # a file Pillow, poppler or tesseract cannot read
            return failed(part, "ocr_failed", type(exc).__name__), 0
        candidates: list[FieldCandidate] = []
        for page in pages:
            candidates.extend(best_reading(page, part, labels))
        candidates = with_card_on_its_own_page(candidates, pages, part, labels)
        return ExtractionResult(candidates=candidates, defects=refused), len(pages)


def with_card_on_its_own_page(
    found: list[FieldCandidate], pages: Sequence[OcrPage], part: str, labels: LabelIndex
) -> list[FieldCandidate]:
    """The candidates of a file's pages with the ID and birth date of a copy of the
    applicant's ID card that is a page of its own (the form on page 1, the card on page
    2) where no page read one that holds: each page's own reading (`best_reading`) finds
    no name on the card's page to check the card against, the card's lines being no
    form's. The name is the one the form's pages read (`with_id_from_card`,
    `with_birth_from_card`: the card's name must be it, a letter or mark apart), the
    values doubtful, as from a card copy beside the form."""
    if len(pages) < 2 or not any(c.key == "full_name" for c in found):
        return found
    for page in pages:
        texts = [[li.text for li in r.lines] for r in with_marks((page, *page.alternatives))]
        found = with_id_from_card(found, texts, part, page.number, labels)
        found = with_birth_from_card(found, texts, part, page.number, labels)
        found = with_name_from_card(found, texts)
    return found


def _image_too_large(number: int, width: int, height: int, part: str) -> Defect:
    detail = (
        f"page {number}: an image of {width}x{height} pixels (over {MAX_PIXELS:,}) was not rendered"
    )
    return Defect(code="ocr_image_too_large", detail=detail, part=part)


def _frames_unread(frames: int, looked: int, part: str) -> Defect:
    detail = f"{frames} frame(s) of the animation past the first {looked} not looked at"
    return Defect(code="ocr_frames_unread", detail=detail, part=part)


def _unread(pages: int, part: str) -> Defect:
    detail = f"{pages} page(s) past the first {MAX_PAGES} not read from their image"
    return Defect(code="ocr_pages_unread", detail=detail, part=part)


def pages_past_cap(data: bytes) -> int:
    """How many pages the PDF's page tree counts past MAX_PAGES (runs in the child)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    tree = resolve1(document.catalog.get("Pages"))
    count = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
    return max(count - MAX_PAGES, 0) if isinstance(count, int) else 0


def best_reading(page: OcrPage, part: str, labels: LabelIndex) -> list[FieldCandidate]:
    """The candidates of the page's reading that yields most fields read without a
    doubtful character (a misread label loses its field; junk read from leaders or
    speckle is doubtful); on a tie, of the more confident reading. Each reading first
    gets back the Thai marks the others saw on the same letters (see `with_marks`).
    A field that reading lost (its label misread) is taken from the next best reading
    that has it: every OCR value is flagged for review, and a value to check is more
    use to a clerk than none."""
    pages = with_marks((page, *page.alternatives))
    readings = sorted(
        (page_candidates(r, part, labels) for r in pages), key=_reading_score, reverse=True
    )
    beside = [li.text for r in pages for li in r.lines]
    found = with_postal_code_written_again(field_vote(readings, labels), beside, labels)
    found = with_postal_code_repaired(found, labels)
    found = with_village_number_from_readings(found, readings, labels)
    found = with_id_from_readings(found, readings, labels)
    found = with_id_from_line(found, page, part, labels)
    found = with_id_from_boxes(found, page, part, labels)
    found = with_phone_from_line(found, page, part, labels)
    found = with_birth_from_line(found, page, part, labels)
    texts = [[li.text for li in r.lines] for r in pages]
    found = with_id_from_card(found, texts, part, page.number, labels)
    found = with_birth_from_card(found, texts, part, page.number, labels)
    found = with_title_ticked(found, pages, labels)
    lines = [li.text for r in pages for li in r.lines]
    found = with_title_from_signature(found, lines, labels)
    as_read = [li.text for r in (page, *page.alternatives) for li in r.lines]
    found = with_name_as_signed(found, as_read, labels)
    crops = tuple(dict.fromkeys(c for r in (page, *page.alternatives) for c in r.line_names))
    found = with_name_as_read(found, as_read, labels, crops)
    found = with_name_from_signature(found, as_read, labels)
    found = with_name_from_line(found, page, as_read, labels)
    found = with_name_from_card(found, texts)
    found = with_address_from_card(found, texts, part, page.number)
    found = with_place_names_by_postal_code(with_place_names_repaired(found, labels), labels)
    found = with_area_names_repaired(found, labels)
    found = with_province_from_postal_code(
        with_places_from_address(found, labels), labels, _province_line_read(lines)
    )
    # again, by the province the address's names or its postal code proved just now
    found = with_area_names_repaired(found, labels)
    return with_numbers_read_again(found, pages)


def with_village_number_from_readings(
    found: list[FieldCandidate], readings: Sequence[list[FieldCandidate]], labels: LabelIndex
) -> list[FieldCandidate]:
    """The address with its village number read as a symbol (`หมู่ที่ %`) given the
    one number the page's other readings read there
    (`ocr_address_numbers.village_number_from_readings`): flagged `ocr_repaired` and
    doubtful (the readings that read it were not the address's best)."""
    out = []
    for c in found:
        if _kind(c.key, labels) == "text" and c.key == "address":
            others = [o.value for r in readings for o in r if o.key == c.key and o is not c]
            mended = village_number_from_readings(c.value, others)
            if mended is not None:
                c = _with_flags(c, mended, ["ocr_repaired", "ocr_low_confidence"])
        out.append(c)
    return out


def with_numbers_read_again(
    found: list[FieldCandidate], pages: Sequence[OcrPage]
) -> list[FieldCandidate]:
    """The address with a house or village number that a reading kept as read (its two
    cuts read it differently: `163`) made what the other readings read again at the same
    place (`OcrPage.numbers`), where they all read it alike (143) and the kept number
    stands once in the address. Each re-read is two cuts agreeing already; the reading
    that kept its number had one cut against the other. Flagged `ocr_repaired`."""
    address = next((c for c in found if c.key == "address"), None)
    if address is None:
        return found
    value = address.value
    reads = [n for p in pages for n in p.numbers]
    for kind, read, digits, band in reads:
        if digits or not read or read not in value:
            continue
        again = {d for k, _, d, b in reads if k == kind and d and _same_place(band, b)}
        if len(again) != 1 or read in again:
            continue
        at = [m.start() for m in re.finditer(rf"(?<![\d/]){re.escape(read)}(?![\d/])", value)]
        if len(at) == 1:
            value = value[: at[0]] + again.pop() + value[at[0] + len(read) :]
    if value == address.value:
        return found
    flags = list(dict.fromkeys([*address.provenance.flags, "ocr_repaired"]))
    prov = address.provenance.model_copy(update={"flags": flags})
    fixed = address.model_copy(update={"value": value, "provenance": prov})
    return [fixed if c is address else c for c in found]


def _same_place(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Two readings' boxes after the same label: each one's middle inside the other."""
    return all(
        p[0] <= (q[0] + q[2]) / 2 <= p[2] and p[1] <= (q[1] + q[3]) / 2 <= p[3]
        for p, q in ((a, b), (b, a))
    )


def with_id_from_readings(
    found: list[FieldCandidate], readings: Sequence[list[FieldCandidate]], labels: LabelIndex
) -> list[FieldCandidate]:
    """The national ID chosen, when its check digit fails, with one digit another
    reading of the page saw in its place, where exactly one such digit makes it valid
    (`ocr_ids.id_from_readings`); flagged `ocr_repaired` and doubtful: the check digit
    chose between readings, the page did not say which was right."""
    others = [
        digits
        for reading in readings
        for c in reading
        if _kind(c.key, labels) == "national_id"
        and (digits := normalise_national_id(c.value)) is not None
    ]
    for i, c in enumerate(found):
        digits = normalise_national_id(c.value) if _kind(c.key, labels) == "national_id" else None
        fixed = id_from_readings(digits, others) if digits is not None else None
        if fixed is not None:
            found[i] = _with_flags(c, fixed, ["ocr_repaired", "ocr_low_confidence"])
    return found


def with_title_ticked(
    found: list[FieldCandidate], readings: Sequence[OcrPage], labels: LabelIndex
) -> list[FieldCandidate]:
    """The applicant's name read without its title given the title ticked in the form's
    row of title boxes (`ocr_ticks.ticked_title`, from the words each reading read beside
    the marked box), flagged `ocr_repaired`, and doubtful unless every reading read the
    same title as printed. Where marked boxes of two rows name titles (a second person's
    row), the page does not say which is the applicant's: no title is taken."""
    boxes = zip(*(r.ticked for r in readings), strict=True)  # one page: the same boxes
    titles = [t for words in boxes if (t := ticked_title(words)) is not None]
    if len(titles) != 1:
        return found
    title, sure = titles[0]
    for i, c in enumerate(found):
        if _kind(c.key, labels) == "name" and not _TITLED.match(c.value):
            added = ["ocr_repaired"] if sure else ["ocr_repaired", "ocr_low_confidence"]
            found[i] = _with_flags(c, title + c.value.strip(), added)
    return found


LINE_ID_CONFIDENCE = 0.5  # an ID read from its line's crop alone, its value unread


def with_id_from_line(
    found: list[FieldCandidate], page: OcrPage, part: str, labels: LabelIndex
) -> list[FieldCandidate]:
    """The national ID read again from its line's crop as digits only (`OcrPage.line_id`),
    where its check digit holds: in place of the page's reading where that one fails its
    check or was not read, flagged `ocr_repaired` and doubtful. Where both hold and
    differ, the page's is kept but made doubtful: two readings of the same ink that each
    pass the check, and differ, leave the page unsure which is right."""
    line = id_digits(page.line_id)
    if line is None or not national_id_is_valid(line):
        return found
    ids = [i for i, c in enumerate(found) if _kind(c.key, labels) == "national_id"]
    for i in ids:
        own = normalise_national_id(found[i].value)
        if own is not None and national_id_is_valid(own):
            found[i] = found[i] if own == line else _doubtful(found[i])
        else:
            found[i] = _with_flags(found[i], line, ["ocr_repaired", "ocr_low_confidence"])
    key = "national_id"
    if not ids and _kind(key, labels) == "national_id":
        found.append(_repaired(key, line, page.number, part, LINE_ID_CONFIDENCE))
    return found


LINE_PHONE_CONFIDENCE = 0.5  # a phone read from its line's crop alone, its value unread


def with_phone_from_line(
    found: list[FieldCandidate], page: OcrPage, part: str, labels: LabelIndex
) -> list[FieldCandidate]:
    """The phone read again from its line's crop (`OcrPage.line_phones`) where the page
    gave none, or none of a Thai number's shape: flagged `ocr_repaired` and doubtful.
    Only when the page's labelled phones read again come to one number: two (a home's
    and a mobile, an office's on the letterhead) and the page does not say which is the
    applicant's. A phone the page read in shape is kept: its crop read again as digits
    only is not surer (a 9 read as 4 by every reading of one crop was seen)."""
    again = {p for p in page.line_phones if p}
    if len(again) != 1 or len(page.line_phones) != 1:
        return found
    line = again.pop()
    phones = [i for i, c in enumerate(found) if _kind(c.key, labels) == "phone"]
    for i in phones:
        if normalise_phone(found[i].value) is None:
            found[i] = _with_flags(found[i], line, ["ocr_repaired", "ocr_low_confidence"])
    key = "phone"
    if not phones and _kind(key, labels) == "phone":
        found.append(_repaired(key, line, page.number, part, LINE_PHONE_CONFIDENCE))
    return found


def with_birth_from_line(
    found: list[FieldCandidate], page: OcrPage, part: str, labels: LabelIndex
) -> list[FieldCandidate]:
    """The birth date read again from its line's crop (`OcrPage.line_birth`) where the
    page gave none, or none that is a date within a lifetime, or one with a digit read
    as a symbol (`_digit_lost`): flagged `ocr_repaired` and doubtful. A date the page
    read whole is kept: the crop's readings are no surer."""
    if not page.line_birth or _kind("birth_date", labels) != "date":
        return found
    dates = [i for i, c in enumerate(found) if c.key == "birth_date"]
    for i in dates:
        if not _date_lived(found[i].value) or _digit_lost(found[i].value):
            found[i] = _with_flags(
                found[i], page.line_birth, ["ocr_repaired", "ocr_low_confidence"]
            )
    if not dates:
        found.append(
            _repaired("birth_date", page.line_birth, page.number, part, LINE_PHONE_CONFIDENCE)
        )
    return found


# Tesseract writes a digit it cannot place as `?` (or `°`, `#`) glued to the digits it
# did read (`1?` for 19, `25°4` for 2534): what is left of that number is another
# number, and a date made of it another date (`1? ธันวาคม` parsed as the 1st). A speck
# after a whole number (`2519.`, `14,`) or a date's slash is no such symbol.
_LOST_DIGIT = re.compile(r"[0-9๐-๙][?°#]|[?°#][0-9๐-๙]")


def _digit_lost(value: str) -> bool:
    """Whether a number in `value` has a digit read as a symbol (`_LOST_DIGIT`)."""
    return _LOST_DIGIT.search(value) is not None


BOXED_ID_CONFIDENCE = 0.5  # an ID read from its boxes alone, its label unread


def with_id_from_boxes(
    found: list[FieldCandidate], page: OcrPage, part: str, labels: LabelIndex
) -> list[FieldCandidate]:
    """The national ID read from its 13 boxes cut apart (`OcrPage.boxed_id`), where its
    check digit holds: in place of the page's own reading where that differs, or as the
    field when no label was read. Flagged `ocr_repaired` and doubtful: one reading of
    thirteen handwritten digits, one in ten wrong ones passing the check. Preferred to
    the page's reading when both hold: that one read the boxes' sides among the digits
    (a wrong number passing the check there was seen on generated forms, never one from
    the boxes cut apart)."""
    boxed = id_digits(page.boxed_id)
    if boxed is None or not national_id_is_valid(boxed):
        return found
    ids = [i for i, c in enumerate(found) if _kind(c.key, labels) == "national_id"]
    for i in ids:
        if normalise_national_id(found[i].value) != boxed:
            found[i] = _with_flags(found[i], boxed, ["ocr_repaired", "ocr_low_confidence"])
    key = "national_id"
    if not ids and _kind(key, labels) == "national_id":
        found.append(_repaired(key, boxed, page.number, part, BOXED_ID_CONFIDENCE))
    return found


def _repaired(key: str, value: str, page: int, part: str, confidence: float) -> FieldCandidate:
    """A value the page's reading lost, read again from its own crop or boxes: flagged
    `ocr_repaired` and doubtful, with no label read."""
    prov = Provenance(part=part, kind="ocr", page=page, method="ocr", label=None)
    prov.flags = ["ocr", "ocr_repaired", "ocr_low_confidence"]
    return FieldCandidate(key=key, value=value, provenance=prov, confidence=confidence)


_TITLED = re.compile(rf"^{CIVIL_TITLE}")


def with_title_from_signature(
    found: list[FieldCandidate], lines: Sequence[str], labels: LabelIndex
) -> list[FieldCandidate]:
    """The applicant's name read without its title (a form where the title is ticked in
    a box, which OCR does not read) given the title of the bracketed name under the
    signature line, when that name has the same letters (`ocr_text.skeleton`, marks and
    look-alikes aside): a Thai form has the applicant write the full name there, title
    first. Flagged `ocr_repaired`."""
    for i, c in enumerate(found):
        if _kind(c.key, labels) != "name" or _TITLED.match(c.value):
            continue
        own = skeleton(c.value).replace(" ", "")
        titles = {
            m.group(1)
            for line in lines
            for m in SIGNED_NAME.finditer(line)
            if skeleton(re.sub(r"[\s.]", "", m.group(2))) == own
        }
        if len(titles) == 1 and own:
            flags = [*c.provenance.flags, "ocr_repaired"]
            prov = c.provenance.model_copy(update={"flags": flags})
            value = titles.pop() + c.value.strip()
            found[i] = c.model_copy(update={"value": value, "provenance": prov})
    return found


def with_name_as_signed(
    found: list[FieldCandidate], lines: Sequence[str], labels: LabelIndex
) -> list[FieldCandidate]:
    """The applicant's name put back as written where the known words "mended" it and the
    bracketed name under the signature writes it as it was: a Thai form has the name
    written twice, and one edit of a mark can make a given name the list's pieces
    (`อรอุมา` as อร อู มา: `อรอูมา`), which two places of the page reading alike outweigh.
    A mending the signature agrees with stands (`วิไลวุรรณ` mended to the `วิไลวรรณ`
    signed). `lines` are the readings as Tesseract gave them, before `with_marks` gave
    each the marks of the most confident one (its ู over another's ุ, under the
    signature too). Every OCR value stays flagged."""
    signed = [
        (m.group(1) + m.group(2)).split()
        for line in lines
        for m in SIGNED_NAME.finditer(normalise_thai_text(line))
    ]
    for i, c in enumerate(found):
        words = c.value.split()
        if not signed or not words or _kind(c.key, labels) != "name":
            continue
        if any(name[: len(words)] == words for name in signed):
            continue  # the signature writes it as chosen
        written = {
            " ".join(name[: len(words)])
            for name in signed
            if len(name) >= len(words)
            and with_marks_mended(" ".join(name[: len(words)]))[0] == c.value
        } - {c.value}
        if len(written) == 1:
            found[i] = c.model_copy(update={"value": written.pop()})
    return found


def with_name_from_signature(
    found: list[FieldCandidate], lines: Sequence[str], labels: LabelIndex
) -> list[FieldCandidate]:
    """The applicant's name taken from the signature where two or more readings of the
    bracketed name under it agree on a name one letter or mark off the value chosen,
    that reads better (`ocr_signature.name_as_signed`: less junk, more of it known
    words): `นางสำดวน` read after the label, `นางลำดวน` twice under the signature.
    Flagged `ocr_repaired`. `lines` are the readings as Tesseract gave them."""
    for i, c in enumerate(found):
        if _kind(c.key, labels) != "name":
            continue
        signed = name_as_signed(c.value, lines, _signed_name_score) or name_completed(
            c.value, lines
        )
        if signed is not None:
            found[i] = _with_flags(c, signed, ["ocr_repaired"])
    return found


def with_name_from_line(
    found: list[FieldCandidate], page: OcrPage, lines: Sequence[str], labels: LabelIndex
) -> list[FieldCandidate]:
    """The applicant's name with each word its line's crops read again spell otherwise,
    two cuts or more alike and more than as chosen (`OcrPage.line_names`,
    `ocr_name_crop.name_among`): `นายธนากร พังทองคำ` on a fax's page, `พึ่งทองคำ` on every
    reading of its crop; a word the name under the signature writes as the page read it
    stays (`lines`, the readings as Tesseract gave them: `ocr_signature.signed_names`).
    Flagged `ocr_repaired`: readings chose, a clerk confirms."""
    signed = list(signed_names(lines))
    for i, c in enumerate(found):
        if _kind(c.key, labels) != "name" or not page.line_names:
            continue
        chosen = name_among(c.value, page.line_names, signed)
        # a word the page misread before the next item's label (`อาย 57`), read whole
        # now (`อายุ 57`), ends the name as the label reader ends one
        chosen = clean_value("name", chosen) if chosen is not None else None
        if chosen and chosen != c.value:
            found[i] = _with_flags(c, chosen, ["ocr_repaired"])
    return found


def with_name_as_read(
    found: list[FieldCandidate],
    lines: Sequence[str],
    labels: LabelIndex,
    crops: Sequence[Sequence[str]] = (),
) -> list[FieldCandidate]:
    """A name the known words "mended" put back as two or more lines of the page's
    readings read it, where none reads it as mended (`ocr_signature.name_as_read`): three
    readings of `นางสาวอรอุมา` outweigh the list's อร อู มา. `lines` are the readings as
    Tesseract gave them. Else each word so mended put back as two or more witnesses read
    it, none as mended: a line of the readings, or one cut of the name's line read again
    from its crop (`crops`, `OcrPage.line_names`; `ocr_signature.words_as_read`)."""
    witnesses = [(line,) for line in lines] + [tuple(c) for c in crops]
    for i, c in enumerate(found):
        if _kind(c.key, labels) != "name":
            continue
        mend = lambda s: with_marks_mended(s)[0]  # noqa: E731
        read = name_as_read(c.value, lines, mend) or words_as_read(c.value, witnesses, mend)
        if read is not None:
            found[i] = c.model_copy(update={"value": read})
    return found


def _signed_name_score(value: str) -> tuple[float, ...]:
    """`_name_score`, then whether the name opens no word with a silent mark: a signed
    name read with one (`นายณ์ฐวุฒิ`) is no better than the value mended from it."""
    return (*_name_score(value), float(with_opening_vowel(value) == value))


def _name_score(value: str) -> tuple[float, ...]:
    """How well a name reads (`_field_score` of a name but its confidence)."""
    covered, total = known_letters(value)
    return (float(not looks_misread(value)), float(-len(_junk("name", value))), covered - total)


def field_vote(
    readings: Sequence[list[FieldCandidate]], labels: LabelIndex
) -> list[FieldCandidate]:
    """Each field from the reading that read it best (`_field_score`), the readings
    ranked best first: one reading may lose a mark in the name that another kept, and
    keep the mark the other lost in the address. Where the scores tie but for the
    readings' own confidences, the value more readings agree on wins. A field only one
    reading has (its label misread in the others) comes from that reading. A value
    another reading rivals (as good a value, but another: `_rivalled`), or that lost a
    part another reading kept (`_part_lost`), is doubtful (`ocr_low_confidence`)."""
    field_type = getattr(labels, "field_type", None)
    chosen: dict[str, int] = {}
    rivalled: set[str] = set()
    for key in dict.fromkeys(c.key for reading in readings for c in reading):
        kind = field_type(key) if field_type is not None else "text"
        firsts = [next((c for c in reading if c.key == key), None) for reading in readings]
        said = Counter(_substance(kind, c.value) for c in firsts if c is not None)
        values = [c.value for c in firsts if c is not None]
        options = []
        lost: dict[int, bool] = {}
        for rank, first in enumerate(firsts):
            if first is not None:
                score = _field_score(kind, first)
                whole = float(not _part_lost(kind, first.value, values, said))
                agree = float(said[_substance(kind, first.value)])
                # a reading that lost words has fewer unknown letters: it loses first;
                # readings that agree outweigh one reading's own confidences
                head = (*score[:-2], whole, score[-2]) if kind in UNTYPED else (*score[:-1], whole)
                # where as many agree, a value found by its label beats one found without
                labelled = float(bool(first.provenance.label))
                options.append(((*head, agree, labelled, score[-1], -rank), rank, len(head)))
                lost[rank] = not whole
        best = max(options)
        chosen[key] = best[1]
        # another reading as good with another value, or one that kept a part it lost
        if _rivalled(kind, best, options, firsts) or lost[best[1]]:
            rivalled.add(key)
    return [
        _doubtful(c) if key in rivalled else c
        for key, rank in chosen.items()
        for c in readings[rank]
        if c.key == key
    ]


def _rivalled(
    kind: str,
    best: tuple[tuple[float, ...], int, int],
    options: Sequence[tuple[tuple[float, ...], int, int]],
    firsts: Sequence[FieldCandidate | None],
) -> bool:
    """Whether another reading read the field as well by everything but agreement and
    confidences (as valid, as free of junk and unknown words, as whole) and read another
    value: two cuts of one page that each make a well-formed value of it, and differ
    (ขอรับ and ขอวับ, 2540 and 2546), leave the page unsure whichever wins on confidence."""
    (key, rank, size) = best
    chosen = firsts[rank]
    assert chosen is not None
    return any(
        other[0][:size] == key[:size]
        and (first := firsts[other[1]]) is not None
        and _substance(kind, first.value) != _substance(kind, chosen.value)
        for other in options
        if other[1] != rank
    )


def _doubtful(found: FieldCandidate) -> FieldCandidate:
    if "ocr_low_confidence" in found.provenance.flags:
        return found
    flags = [*found.provenance.flags, "ocr_low_confidence"]
    return found.model_copy(
        update={"provenance": found.provenance.model_copy(update={"flags": flags})}
    )


# What readings of a name or free text must agree on: its letters and (but in a name)
# digits. Spaces, leaders and specks between the words differ with the ink cut.
_NOT_NAME_LETTERS = re.compile(r"[^\u0e01-\u0e4eA-Za-z]")
_NOT_TEXT_LETTERS = re.compile(r"[^\u0e01-\u0e4eA-Za-z0-9๐-๙]")


def _substance(kind: str, value: str) -> str:
    """The part of a value two readings agree on when they agree: a name's letters, free
    text's letters and digits (`นาย-อนุชา-พูลสวัสดิ์` says what `นาย อนุชา พูลสวัสดิ์`
    says), a typed value with its spaces collapsed."""
    if kind == "name":
        return _NOT_NAME_LETTERS.sub("", value)
    if kind == "text":
        return _NOT_TEXT_LETTERS.sub("", value)
    if kind == "email":  # an address is one in any case (`Wichai.s@` at a line's start)
        return " ".join(value.split()).casefold()
    return " ".join(value.split())


def _part_lost(kind: str, value: str, values: Sequence[str], said: Counter[str]) -> bool:
    """Whether this reading lost a part of the value that others kept: the head of an
    address (`_head_lost`), or the end of free text (a wrapped line, `อ.หาดใหญ่`) that
    two or more readings go on with, whether or not they agree on its letters (a speck
    read before it in one). A reading that lost words has fewer unknown letters left to
    count against it; a line only one reading has may be junk and does not count."""
    if kind == "email":
        return _head_lost(value, values) or _dot_lost(value, values) or _flag_apart(value, values)
    if kind not in UNTYPED:
        return False
    own = _substance(kind, value)
    longer = sum(n for other, n in said.items() if len(other) > len(own) and other.startswith(own))
    return bool(own) and longer >= 2


# The head of an address another reading kept: two or more letters or digits (a speck
# is one) and a dot, an underscore or a hyphen after them.
_ADDRESS_HEAD = re.compile(r"[a-z0-9][a-z0-9._-]*[a-z0-9][._-]")


def _head_lost(value: str, others: Sequence[str]) -> bool:
    """Whether another reading holds this address with more before it after a dot, an
    underscore or a hyphen (`anucha_inkaew@` where this one has `inkaew@`): OCR splits
    an address at those and reads the head apart, as Thai junk the address is then cut
    from, or not at all; no reading adds a head that is not on the page. Two readings
    that lost the head alike (the two ink cuts of one page) do not outvote the one that
    kept it."""
    address = value.strip().casefold().rstrip(".")  # a speck after it is no part of it
    if "@" not in address:
        return False
    digits_only = address.partition("@")[0].isdigit()
    for other in others:
        longer = other.strip().casefold().rstrip(".")
        head = longer[: -len(address)] if longer.endswith(address) else ""
        if head and _ADDRESS_HEAD.fullmatch(head):
            return True
        # cut where its letters end (`960@` of `somchai1960@`): the letters read as junk
        if digits_only and _LETTERS_HEAD.fullmatch(head):
            return True
    return False


# What was before the digits an address was cut to: anything with a letter in it.
_LETTERS_HEAD = re.compile(r".*[a-z].*")


def _dot_lost(value: str, others: Sequence[str]) -> bool:
    """Whether another reading holds this address with a dot between two of its letters
    or digits that this one lacks (`piyanut.p@` where this one has `piyanutp@`): a cut
    thins the dot away far more often than a speck lands just between two letters."""
    address = value.strip().casefold().rstrip(".")
    if "@" not in address:
        return False
    for other in others:
        longer = other.strip().casefold().rstrip(".")
        if len(longer) != len(address) + 1:
            continue
        at = next(
            (i for i, (a, b) in enumerate(zip(address, longer, strict=False)) if a != b),
            len(address),
        )
        dotted = longer[at] == "." and 0 < at < longer.index("@") - 1
        between = longer[at - 1].isalnum() and longer[at + 1].isalnum() if dotted else False
        if between and longer[:at] + longer[at + 1 :] == address:
            return True
    return False


def _flag_apart(value: str, others: Sequence[str]) -> bool:
    """Whether this address has a letter (l, t, i) between a letter and a digit that
    another reading holds it without (`piyanutl1957@` beside `piyanut1957@`) or with a 1
    in its place (`_flag_for_one`): Tesseract reads the flag of a 1 after letters as a
    letter of its own, or the 1 as it."""
    address = value.strip().casefold().rstrip(".")
    for other in others:
        shorter = other.strip().casefold().rstrip(".")
        if _flag_for_one(address, shorter):
            return True
        if len(address) != len(shorter) + 1 or "@" not in shorter:
            continue
        at = next((i for i, (a, b) in enumerate(zip(address, shorter, strict=False)) if a != b), 0)
        flag = address[at] in "lti" and 0 < at < address.index("@") - 1
        between = flag and address[at - 1].isalpha() and address[at + 1].isdigit()
        if between and address[:at] + address[at + 1 :] == shorter:
            return True
    return False


def _flag_for_one(address: str, other: str) -> bool:
    """Whether `address` has l, t or i before a digit just where `other`, otherwise the
    same, has the 1 of a year of birth (`kanokwant991@` beside `kanokwan1991@`): the 1
    read as its flag. Only a year (19xx, 20xx): names end in t (`nattawut91@`), and a t
    read as 1 makes no year."""
    if len(address) != len(other) or "@" not in other:
        return False
    differ = [i for i, (a, b) in enumerate(zip(address, other, strict=True)) if a != b]
    if len(differ) != 1:
        return False
    at = differ[0]
    return address[at] in "lti" and _YEAR_AT.match(other, at) is not None


_YEAR_AT = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")


def _field_score(kind: str, found: FieldCandidate) -> tuple[float, ...]:
    """How well one reading read a field, higher better: a typed value that holds (a
    national ID's check digit, a phone's length...); free text with no sign of a misread
    and the fewest Thai letters outside known words (`ocr_words`), after any letter at
    all; then no doubtful character."""
    sure = float("ocr_low_confidence" not in found.provenance.flags)
    value = found.value
    if kind in UNTYPED:
        covered, total = known_letters(value)
        junk = len(_junk(kind, value))
        return (
            float(bool(_A_LETTER.search(_PRINTED_PART_WORDS.sub("", value)))),
            float(not looks_misread(value)),
            float(-junk),
            float(covered - total),
            sure,
        )
    return (float(_holds(kind, value)), sure)


# A name or an address has letters: a value of none (`‘ 2`, specks and a digit read
# after the label of a page on its side) is no reading of it, however clean; nor is one
# whose letters are only the words a form prints to name an address's parts (`หมู่ 3
# ตำบล อำเภอจังหวัด รหัสไปรษณีย์`: a photo's reading that lost every name it asks for).
_A_LETTER = re.compile(r"[A-Za-z\u0e01-\u0e2e]")
_PRINTED_PART_WORDS = re.compile(
    "|".join(
        sorted(
            (*HOUSE_WORDS, *STREET_WORDS, *SUBDISTRICT_WORDS, *DISTRICT_WORDS, PROVINCE_WORD,
             POSTAL_WORD),
            key=len,
            reverse=True,
        )
    )
)  # fmt: skip


# Junk, never part of a value as written, counts against a reading before unknown
# words do (a rare name is no word, yet right). In a name on a Thai form, anything but
# Thai letters, spaces and the dots of abbreviated ranks (a Thai name read as Latin
# letters, leaders, specks: a Latin name costs every reading alike); in any free text,
# digits glued to the end of a Thai word, or by leader remnants (`ชัยมงคล00202222`,
# `บ้าน00`, `อุบลราชธานี---๐6226`), or a Thai mark after a Latin letter or digit.
_NAME_JUNK = re.compile(r"[^\u0e01-\u0e4e\s.]")
_GLUED_JUNK = re.compile(r"(?<=[\u0e01-\u0e4e])[-~=_·…]*[0-9๐-๙]+|(?<=[A-Za-z0-9])[\u0e31-\u0e4e]+")


def _junk(kind: str, value: str) -> str:
    if kind == "name":
        return "".join(_NAME_JUNK.findall(value))
    return "".join(_GLUED_JUNK.findall(value))


# What a personal address's local part is typed with: letters, digits, dots, underscores,
# hyphens, plus. The standard allows `%`, `!` and more, and no provider hands them out:
# in an address read by OCR one is a letter or a digit misread (`piyanu%6`, `thanakorn!9`).
_TYPED_LOCAL_PART = re.compile(r"[A-Za-z0-9._+-]+")


def _holds(kind: str, value: str) -> bool:
    if kind == "email" and not value.strip().isascii():  # a mark read after a letter
        return False
    cleaned = clean_value(kind, value)  # type: ignore[arg-type]  # junk around it: no part
    if kind == "email" and not _TYPED_LOCAL_PART.fullmatch(cleaned.partition("@")[0]):
        return False
    if kind == "national_id":
        digits = normalise_national_id(clean_value("national_id", value))
        return digits is not None and national_id_is_valid(digits)
    if kind == "date":
        return _date_lived(cleaned)
    return has_type(kind, cleaned)  # type: ignore[arg-type]


LIFETIME_YEARS = 120  # a date a form asks for (a birth, an incident) is no older than this


def _date_lived(value: str) -> bool:
    """Whether the value is a date no later than today and within a lifetime before it:
    every date a form asks for (a birth, an incident) lies there (`validate` flags a
    future one). A Buddhist-era year misread at a digit (2662 for 2502, 2593 for 2543)
    makes a real date a century or decades away: a reading that read the year right
    wins the vote over it."""
    when = parse_date(value)
    today = dt.date.today()
    return when is not None and dt.date(today.year - LIFETIME_YEARS, 1, 1) <= when <= today


def with_postal_code_repaired(
    found: list[FieldCandidate], labels: LabelIndex
) -> list[FieldCandidate]:
    """The page's fields with a postal code misread at one digit put right by the
    province read on the same page (`ocr_postal`), flagged `ocr_repaired`."""
    field_type = getattr(labels, "field_type", None)
    if field_type is None:
        return found
    by_type = {field_type(c.key): c for c in found}
    postal, province = by_type.get("postal_code"), by_type.get("province")
    if postal is None or province is None:
        return found
    fixed = postal_code_for_province(postal.value, province.value)
    if fixed is None:
        return found
    flags = [*postal.provenance.flags, "ocr_repaired"]
    repaired = postal.model_copy(
        update={"value": fixed, "provenance": postal.provenance.model_copy(update={"flags": flags})}
    )
    return [repaired if c is postal else c for c in found]


def with_postal_code_written_again(
    found: list[FieldCandidate], lines: Sequence[str], labels: LabelIndex
) -> list[FieldCandidate]:
    """The page's fields with a postal code that serves no place replaced by the one code
    in use the lines holding it read beside it (`ocr_postal.code_in_use_beside`: a code
    crossed out and written again), flagged `ocr_repaired` and doubtful."""
    field_type = getattr(labels, "field_type", None)
    if field_type is None:
        return found
    out = []
    for c in found:
        if field_type(c.key) == "postal_code":
            again = code_in_use_beside(c.value, lines)
            if again is not None:
                c = _with_flags(c, again, ["ocr_repaired", "ocr_low_confidence"])
        out.append(c)
    return out


def with_place_names_repaired(
    found: list[FieldCandidate], labels: LabelIndex
) -> list[FieldCandidate]:
    """The page's free text (an address) with its subdistrict and district misread
    put right by the province and postal code read on the same page
    (`ocr_places.with_place_names_mended`), flagged `ocr_repaired`."""
    field_type = getattr(labels, "field_type", None)
    if field_type is None:
        return found
    by_type = {field_type(c.key): c for c in found}
    province, postal = by_type.get("province"), by_type.get("postal_code")
    if province is None:
        return found
    code = thai_digits_to_arabic(postal.value).strip() if postal is not None else ""
    out = []
    for c in found:
        fixed = with_place_names_mended(c.value, province.value, code)
        if field_type(c.key) == "text" and fixed != c.value:
            flags = [*c.provenance.flags, "ocr_repaired"]
            prov = c.provenance.model_copy(update={"flags": flags})
            c = c.model_copy(update={"value": fixed, "provenance": prov})
        out.append(c)
    return out


PLACES_CONFIDENCE = 0.5  # a province or postal code the page did not read, but proved


def with_places_from_address(
    found: list[FieldCandidate], labels: LabelIndex
) -> list[FieldCandidate]:
    """The page's province and postal code, where it read none or read what is none
    (no province's name, no postal code in use), from the place names of the address
    read (`ocr_address_places.places_in_address`), flagged `ocr_repaired` and doubtful.
    A province is not taken against a postal code read of another province."""
    field_type = getattr(labels, "field_type", None)
    address = next((c for c in found if c.key == "address"), None)
    if field_type is None or address is None:
        return found
    by_type = {field_type(c.key): c for c in found}
    province, postal = by_type.get("province"), by_type.get("postal_code")
    read_province = match_province(province.value) if province is not None else None
    read_postal = postal.value if postal is not None and postal_code_exists(postal.value) else None
    proved = places_in_address(address.value, read_province)
    if read_postal is not None and proved[0] not in postal_code_provinces(read_postal):
        proved = (None, None)
    out = list(found)
    for key, value, read, old in (
        ("province", proved[0], read_province, province),
        ("postal_code", proved[1], read_postal, postal),
    ):
        if value is None or read is not None or field_type(key) != key:
            continue
        flags = [*address.provenance.flags, "ocr_repaired", "ocr_low_confidence"]
        prov = address.provenance.model_copy(update={"flags": flags})
        new = FieldCandidate(key=key, value=value, provenance=prov, confidence=PLACES_CONFIDENCE)
        out = [c for c in out if c is not old] + [new]
    return out


def with_place_names_by_postal_code(
    found: list[FieldCandidate], labels: LabelIndex
) -> list[FieldCandidate]:
    """The page's free text (an address) with a garbled subdistrict, district or province
    name after its place word put right by the postal code it holds or the page's postal
    code field reads (`ocr_postal_places`), flagged `ocr_repaired`."""
    field_type = getattr(labels, "field_type", None)
    if field_type is None:
        return found
    postal = next((c for c in found if field_type(c.key) == "postal_code"), None)
    code = postal.value if postal is not None else ""
    out = []
    for c in found:
        if field_type(c.key) == "text":
            fixed = with_names_by_postal_code(c.value, code)
            if fixed != c.value:
                flags = list(dict.fromkeys([*c.provenance.flags, "ocr_repaired"]))
                prov = c.provenance.model_copy(update={"flags": flags})
                c = c.model_copy(update={"value": fixed, "provenance": prov})
        out.append(c)
    return out


def with_area_names_repaired(
    found: list[FieldCandidate], labels: LabelIndex
) -> list[FieldCandidate]:
    """The address with a district or subdistrict read with specks or lost marks made the
    name it was read from, by the province read (or else the one its postal code serves)
    and the district named (`ocr_area_names`), flagged `ocr_repaired`."""
    field_type = getattr(labels, "field_type", None)
    address = next((c for c in found if c.key == "address"), None)
    if field_type is None or address is None:
        return found
    by_type = {field_type(c.key): c for c in found}
    province, postal = by_type.get("province"), by_type.get("postal_code")
    code = thai_digits_to_arabic(postal.value).strip() if postal is not None else ""
    name = province.value if province is not None else ""
    if match_province(name) is None:
        name = province_by_postal_code(code) or ""
    fixed = with_area_names_cleaned(address.value, name, code)
    if fixed == address.value:
        return found
    flags = list(dict.fromkeys([*address.provenance.flags, "ocr_repaired"]))
    prov = address.provenance.model_copy(update={"flags": flags})
    mended = address.model_copy(update={"value": fixed, "provenance": prov})
    return [mended if c is address else c for c in found]


# A province line printed on the page: its label with a value after it (`จังหวัด พขรรณบรี`),
# or a paper form's short one opening a word (`จ. เลำพูน`, the จ read apart: `จ .เลำพูน`).
_PROVINCE_LINE = re.compile(r"จังหวัด\s*\S*[\u0e01-\u0e2e]|(?:^|(?<=\s))จ\s*\.\s*\S*[\u0e01-\u0e2e]")


def _province_line_read(lines: Sequence[str]) -> bool:
    """Whether some reading of the page read a province label with Thai after it."""
    return any(_PROVINCE_LINE.search(line) for line in lines)


def with_province_from_postal_code(
    found: list[FieldCandidate], labels: LabelIndex, province_line: bool = False
) -> list[FieldCandidate]:
    """The page's province as the one province its postal code serves, flagged
    `ocr_repaired` and doubtful (a code's five digits read more surely than a name's Thai
    letters): where the page read a province line that is no province's name, by the
    code in its field or else the one in the address; where it read no province, by the
    code the address holds, or by the code in its field where the page printed a
    province line (`province_line`: its value read as no name and dropped, `จังหวัด
    พขรรณบรี`); a page with no province line to read keeps none. None where the
    address's place names prove another province."""
    field_type = getattr(labels, "field_type", None)
    if field_type is None or field_type("province") != "province":
        return found
    by_type = {field_type(c.key): c for c in found}
    province, postal = by_type.get("province"), by_type.get("postal_code")
    if province is not None and match_province(province.value) is not None:
        return found
    source, name = postal, None
    if (province is not None or province_line) and postal is not None:
        name = province_by_postal_code(postal.value)
    address = next((c for c in found if c.key == "address"), None)
    if name is None and address is not None:
        codes = set(_ADDRESS_CODE.findall(address.value))
        name = province_by_postal_code(codes.pop()) if len(codes) == 1 else None
        source = address
    if name is None or source is None:
        return found
    if address is not None and places_in_address(address.value, None)[0] not in (None, name):
        return found  # the address's place names say another province: one was misread
    flags = list(dict.fromkeys([*source.provenance.flags, "ocr_repaired", "ocr_low_confidence"]))
    prov = source.provenance.model_copy(update={"flags": flags})
    new = FieldCandidate(key="province", value=name, provenance=prov, confidence=PLACES_CONFIDENCE)
    return [c for c in found if c is not province] + [new]


_ADDRESS_CODE = re.compile(r"(?<![0-9๐-๙])[0-9๐-๙]{5}(?![0-9๐-๙])")  # a postal code in it


def _reading_score(found: list[FieldCandidate]) -> tuple[int, float]:
    """Fields whose every character was read surely, then the summed confidences."""
    sure = sum("ocr_low_confidence" not in c.provenance.flags for c in found)
    return sure, sum(c.confidence for c in found)


def with_marks(readings: Sequence[OcrPage]) -> list[OcrPage]:
    """Each reading with the tone marks and vowels another reading of the same line saw,
    and without the specks at a line's end or start that another reading did not see.

    A strict cut drops the thinnest strokes (a tone mark, ุ), and a lenient one loses others
    under leaders and speckle: a mark one reading saw on letters both read alike is put
    back in the other (`ocr_text.restore_marks`); letters they disagree on stay as read.
    A speck read as a digit or a letter after the last word (`มืดมาก 1`, `บ้าน00`) is where
    one cut fell, and is dropped where another reading ends the line on the same letters
    without it (`ocr_text.without_unshared_specks`).
    """
    if len(readings) < 2:
        return list(readings)
    out = []
    for n, reading in enumerate(readings):
        others = [line for m, r in enumerate(readings) if m != n for line in r.lines]
        out.append(
            replace(reading, lines=tuple(_line_with_marks(li, others) for li in reading.lines))
        )
    return out


def _line_with_marks(line: OcrLine, others: Sequence[OcrLine]) -> OcrLine:
    for other in others:
        if same_line(line.text, other.text):
            text, conf = restore_marks(line.text, line.confidences, other.text, other.confidences)
            if _known_words(text) < _known_words(line.text):
                # the other reading's mark was its own misread: it unmade a known word
                # (ั over โทรศัพท์'s ร left a phone line without its label)
                text, conf = line.text, line.confidences
            text, conf = without_unshared_specks(normalise_thai_text(text), conf, other.text)
            line = OcrLine(text, conf)
    return line


def _known_words(text: str) -> int:
    """How many of the line's runs of Thai letters known words cover whole."""
    return sum(1 for run in text.split() if (known := known_letters(run))[0] == known[1] > 0)


def might_be_scanned(pdf: bytes) -> bool:
    """False when the PDF holds no image at all, so there is nothing to OCR.

    A scan's pages are image XObjects, and a stream's dictionary is never compressed
    (object streams cannot hold streams), so "/Image" is in the bytes of every scan;
    most text PDFs are skipped without starting a child process.
    """
    return b"/Image" in pdf


def page_candidates(page: OcrPage, part: str, labels: LabelIndex) -> list[FieldCandidate]:
    """The common label reader over the page's lines; each value gets its OCR confidence."""
    page = replace(
        page, lines=tuple(OcrLine(*drop_specks(li.text, li.confidences)) for li in page.lines)
    )
    form = without_card([li.text for li in page.lines])  # a stapled ID card copy's aside
    kept = [li if li.text == t else OcrLine(t, ()) for li, t in zip(page.lines, form, strict=True)]
    page = replace(page, lines=tuple(kept))
    as_read = [(i, line.text) for i, line in enumerate(page.lines, start=1)]
    as_read = with_captions_below(
        as_read, labels, _fits_repaired, functools.partial(read_line, labels=labels)
    )
    numbered = [(i, after_title_options(read_line(text, labels), labels)) for i, text in as_read]
    numbered = with_values_below(numbered, labels, _fits_repaired)

    def provenance(line: int, label: str) -> Provenance:
        return Provenance(part=part, kind="ocr", page=page.number, line=line, label=label)

    found = []
    labelled = read_label_lines(numbered, labels, provenance)
    for candidate in [*labelled, *_email_label_unread(numbered, labelled, labels, provenance)]:
        if _kind(candidate.key, labels) == "name" and (
            _options_only(candidate.value) or signers_caption(candidate.value)
        ):
            continue
        start = (candidate.provenance.line or 1) - 1
        chars = value_confidences(page.lines[start:], candidate.value)
        candidate = _repaired_date(_repaired_id(candidate, chars, labels), labels)
        candidate = _repaired_phone(candidate, labels)
        candidate = _mended_text(candidate, labels)
        candidate = _province_matched(candidate, labels)
        mean = sum(chars) / len(chars) if chars else 0.0
        doubtful = min(chars, default=0.0) < LOW_CHAR_CONFIDENCE or _misread_text(candidate, labels)
        doubtful = doubtful or not candidate.provenance.label
        flags = ["ocr", "ocr_low_confidence"] if doubtful else ["ocr"]
        flags += [f for f in candidate.provenance.flags if f not in flags]  # ocr_repaired
        prov = candidate.provenance.model_copy(
            update={"ocr_confidence": round(mean, 3), "flags": flags, "method": "ocr"}
        )
        confidence = round(
            candidate.confidence * mean * _office_share(candidate, page.lines, labels), 3
        )
        found.append(candidate.model_copy(update={"provenance": prov, "confidence": confidence}))
    return without_letterhead_phones(found, page.lines, labels)


def without_letterhead_phones(
    found: list[FieldCandidate], lines: Sequence[OcrLine], labels: LabelIndex
) -> list[FieldCandidate]:
    """The candidates without a phone read beside a fax number above every other field
    read on the page: that is the letterhead, the agency's phone and fax printed over
    the form, never the applicant's. Where the applicant's own phone line was misread
    beyond its label, it was taken for theirs (held-out forms: 3 of 24). A phone and fax
    given below a field of the applicant's (a firm's own numbers) stay."""
    other = [c.provenance.line or 0 for c in found if _kind(c.key, labels) != "phone"]
    first = min(other, default=len(lines) + 1)
    return [
        c
        for c in found
        if not (_office_share(c, lines, labels) < 1.0 and (c.provenance.line or 0) < first)
    ]


_TITLE_OPTIONS = re.compile(rf"^(?:[\s/|(),.\[\]]*{CIVIL_TITLE})+[\s/|(),.\[\]]*$")


def _options_only(value: str) -> bool:
    """A name of titles alone, or with two titles as words: the printed choices `☐ นาย
    ☐ นาง ☐ นางสาว` after a name label (`ข้าพเจ้า`), their boxes gone or read as junk,
    are no one's name (the ticked one is taken from the boxes, `with_title_ticked`)."""
    if len(re.findall(CIVIL_TITLE, value)) >= 2 and _TITLE_OPTIONS.match(value):
        return True
    # the boxes read as junk between them (`นาย ww นางสาว`): no name has two titles
    words = [w.strip("[](){}|/.,'\"") for w in value.split()]
    return sum(bool(re.fullmatch(CIVIL_TITLE, w)) for w in words) >= 2


# A fax label: an office prints its phone and fax side by side.
_FAX_LABEL = re.compile(r"โทรสาร|แฟกซ์|แฟ็กซ์|\bfax\b", re.IGNORECASE)
OFFICE_PHONE_SHARE = 0.3  # of its confidence, a phone beside a fax number keeps


def _office_share(candidate: FieldCandidate, lines: Sequence[OcrLine], labels: LabelIndex) -> float:
    """OFFICE_PHONE_SHARE for a phone read on a line that also gives a fax number, 1.0
    otherwise. A letterhead gives the office's phone and fax together (`โทรศัพท์ 043-261-555
    โทรสาร 043-261-559`), printed crisp, so it reads more surely than the applicant's own
    phone written on the form's dots and would win over it; a person's entry gives a
    phone alone. Only the ranking changes: such a phone is still read, and taken where
    it is the only one."""
    if _kind(candidate.key, labels) != "phone":
        return 1.0
    at = (candidate.provenance.line or 0) - 1
    line = lines[at].text if 0 <= at < len(lines) else ""  # as read: no label cut off it
    return OFFICE_PHONE_SHARE if _FAX_LABEL.search(line) else 1.0


# A line of Latin letters (with a parenthesised Thai `ถ้ามี`), then an address at its end.
_LATIN_LABEL_EMAIL = re.compile(
    r"^\s*[A-Za-z][A-Za-z.:-]*(?:\s+[A-Za-z][A-Za-z.:-]*){0,2}\s*(?:\([^)]*\))?"
    r"(?:\s[\s~\-–=_·…]*|[~\-–=·…][\s~\-–=_·…]*)"  # an underscore glued on is the address's
    r"(?<=[\s~\-–=_·…])([A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9.-]+[A-Za-z])[.\s]*$"
)


def _email_label_unread(
    numbered: Sequence[tuple[int, str]],
    labelled: Sequence[FieldCandidate],
    labels: LabelIndex,
    provenance: Callable[[int, str], Provenance],
) -> list[FieldCandidate]:
    """The email address (its misreadings undone, `ocr_text.repair_value`) of a line whose
    Thai label was read as Latin letters, where no line gave the email field by its label.
    Tesseract reads a line in one script: before a Latin address, อีเมล comes out as
    `Aiwa`, อีเมล (ถ้ามี) as `dina (ถ้ามี)`, and no label is found. Only such a line: an
    address after Thai words is some other address (an office's), not taken. No label was
    read, so the value is doubtful."""
    field_type = getattr(labels, "field_type", None)
    keys: set[str] = getattr(labels, "keys", set())
    emails = [k for k in keys if field_type is not None and field_type(k) == "email"]
    if len(emails) != 1 or any(c.key == emails[0] for c in labelled):
        return []
    taken = "\n".join(c.value for c in labelled)
    found = []
    for number, text in numbered:
        match = _LATIN_LABEL_EMAIL.match(text)
        address = repair_value("email", match.group(1)) if match else ""
        if match and match.group(1) not in taken and has_type("email", address):
            found.append(
                FieldCandidate(
                    key=emails[0],
                    value=address,
                    provenance=provenance(number, ""),
                    confidence=0.5,
                )
            )
    return found[:1] if len(found) == 1 else []


def _mended_text(candidate: FieldCandidate, labels: LabelIndex) -> FieldCandidate:
    """A name or free text without leader remnants at the start of its wrapped lines or
    in the gaps between its words (`ocr_text.without_leaders_between_words`), with a
    word misread at one mark put right by the known words (`ocr_words.with_marks_mended`)
    and a common word Tesseract's list lacks put back (`ocr_words.with_unlisted_words`:
    น้า for น้ำ), free text without the misread lines of no known words after it
    (`ocr_words.without_unknown_tail`), with หมู่ after a house number read as Latin put
    back (`ocr_text.with_village_word`) and an address's place word misread at one letter
    (`ocr_words.with_place_words_mended`) and without specks read after it
    (`ocr_text.without_trailing_specks`), a name without a silent mark opening a word
    (`ocr_text.with_opening_vowel`) and with its title read at one look-alike letter put
    right (`ocr_text.with_title_mended`), flagged `ocr_repaired` then."""
    kind = _kind(candidate.key, labels)
    if kind not in UNTYPED:
        return candidate
    value = candidate.value
    changed = False  # by a rule of its own kind
    if kind == "name":
        value = without_name_junk(without_family_name_label(value))
        value = with_title_mended(with_opening_vowel(value))
        changed = value != candidate.value
    if kind == "text":
        value = without_leaders_between_words(without_wrapped_remnants(value))
        value = with_village_marks(without_dots_on_words(value))
        value, changed = without_unknown_tail(value)
        village = with_village_word(value)
        changed = changed or village != value
        value, placed = with_place_words_mended(village)
        bare = without_trailing_specks(value)
        changed = changed or placed or bare != value
        value = bare
    value, mended = with_marks_mended(value)
    value, unlisted = with_unlisted_words(value)
    flags = candidate.provenance.flags
    if mended or unlisted or changed:
        flags = [*flags, "ocr_repaired"]
    prov = candidate.provenance.model_copy(update={"flags": flags})
    return candidate.model_copy(update={"value": value, "provenance": prov})


def _province_matched(candidate: FieldCandidate, labels: LabelIndex) -> FieldCandidate:
    """A province name misread past what `match_province` reads, as the one province its
    letters point at (`ocr_places`), flagged `ocr_repaired`."""
    if _kind(candidate.key, labels) != "province":
        return candidate
    name = province_by_letters(candidate.value)
    if name is None:
        return candidate
    flags = [*candidate.provenance.flags, "ocr_repaired"]
    prov = candidate.provenance.model_copy(update={"flags": flags})
    return candidate.model_copy(update={"value": name, "provenance": prov})


def _kind(key: str, labels: LabelIndex) -> str:
    field_type = getattr(labels, "field_type", None)
    return str(field_type(key)) if field_type is not None else "text"


def _misread_text(candidate: FieldCandidate, labels: LabelIndex) -> bool:
    """A name or free-text value showing a sign of a misread (`ocr_text.looks_misread`),
    or free text (not a name: most names are no words) with Thai letters no known word
    covers (`ocr_words`): doubtful whatever the confidences of its characters say.
    A misread mark that makes another word (`มืด` read `มีด`) shows no sign, but most
    misreads leave letters outside any word; a road or a soi the lists do not know
    makes a right address doubtful too, which costs the clerk a look, not a wrong value."""
    kind = _kind(candidate.key, labels)
    if kind not in UNTYPED:
        return False
    if looks_misread(candidate.value):
        return True
    covered, total = known_letters(candidate.value)
    return kind == "text" and covered < total


def read_line(text: str, labels: LabelIndex) -> str:
    """An OCR'd line with its misreadings undone where they are known ones: a speck
    before the label, a label misread (`ชือผู้ยืนคำร้อง`), a value in Thai digits run
    into its label, an address spaced apart, a typed value's look-alike characters or
    stray mark, a printed dotted line. See extractors.ocr_text."""
    text = with_labels_unglued(without_dot_leaders(text), labels)
    text = with_label_dot_apart(text, labels)
    text = with_era_restored(text, THAI_MONTHS)
    text = with_province_apart(with_label_marks(text, labels))
    text = with_province_label(label_first(text, labels), labels)
    text = with_name_caption(text, labels)
    text = with_cell_sides_apart(with_address_label(text, labels), labels)
    text = with_short_place_labels(text, labels)
    skeletons = _skeletons(labels)
    if skeletons is not None and parse_label_line(text, labels) is None:
        fixed = repair_label(text, skeletons, _fits_or_id)
        if fixed is not None and parse_label_line(fixed, labels) is not None:
            text = fixed
    if parse_label_line(text, labels) is None:
        text = _phone_word_label(text, labels)
    if parse_label_line(text, labels) is None:
        text = _value_apart(text, labels, skeletons)
    if parse_label_line(text, labels) is None:
        bare = without_glued_remnants(text)
        if bare != text and parse_label_line(bare, labels) is not None:
            text = bare
    if parse_label_line(text, labels) is None:
        text = _address_joined(text, labels)
    if parse_label_line(text, labels) is None:
        text = _typed_label_inside(text, labels)
    else:
        text = _typed_field_after_misread(text, labels)
    return _value_repaired(text, labels)


def _phone_word_label(text: str, labels: LabelIndex) -> str:
    """The line read as the phone's label and value where its first word holds ศัพท์
    (`ocr_text.with_phone_word`) and the label reader then reads a phone's value of its
    type there; the line as it is otherwise."""
    fixed = with_phone_word(text)
    found = parse_label_line(fixed, labels) if fixed is not None else None
    if found is None or _kind(found.key, labels) != "phone":
        return text
    return fixed if fixed is not None and has_type("phone", found.value) else text


def _typed_field_after_misread(text: str, labels: LabelIndex) -> str:
    """A line opening with a typed field whose value does not fit its type (a birth
    date misread), with a gap made before a label inside it whose value does fit
    (`... พ.ศ. 25O7 โทรศัพท์ 093-551-7086`): the pair reader parts a row's pairs only
    after a value of its type, so a misread first value would take the next field's
    with it. Both fields are read; the first stays as misread (flagged, as every OCR
    value is). So is a name followed on its line by a typed field's label and a value of
    its type (`ชื่อ-นามสกุล นาง... เลขประจำตัวประชาชน 5710...`: a form's row of items,
    the printed gap between them read as one space): no name holds an ID's label.
    Not free text: an address may run on into words a label starts."""
    found = parse_label_line(text, labels)
    field_type = getattr(labels, "field_type", None)
    if found is None or field_type is None or not found.value:
        return text
    kind = field_type(found.key)
    if kind == "text" or (
        kind != "name" and _fits_or_id(kind, clean_value(kind, repair_value(kind, found.value)))
    ):
        return text
    if len(label_pairs(text, labels)) > 1:
        return text  # the pair reader parts it already
    at = text.rfind(found.value)
    if at < 0:
        return text
    value = text[at:]
    inside = _typed_label_inside(value, labels)
    if inside == value:
        return text
    return f"{text[:at]}{value[: len(value) - len(inside)].rstrip()}   {inside}"


# A Thai word glued to the number before it, its dot (a leader's) between them or not:
# `2501โทรศัพท์`, `2501.โทรศัพท์`. And a leader dot glued between a word of four letters
# or more and the number after it: `เกิดเมือวันที.21` (a short word's dot is its
# abbreviation's: ม.2, ซ.5, โทร.08...).
_WORD_AFTER_NUMBER = re.compile(r"(?<=[0-9๐-๙])\.?(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_DOT_BEFORE_NUMBER = re.compile(r"(?<=[\u0e01-\u0e4e]{4})\.(?=[0-9๐-๙])")


def with_labels_unglued(text: str, labels: LabelIndex) -> str:
    """`text` with a space where Tesseract lost the gap between a value and a label: a
    typed field's label glued to the number before it (a birth year, `2501โทรศัพท์`:
    the date then runs into the phone and neither is read), where the word after the
    number is that label whole; and a leader dot glued between a line's label and its
    value (`เกิดเมือวันที.21 พฤษภาคม 2501`: no label reads the word), where only then a
    label opens the line."""
    starts = getattr(labels, "prefix_hits", None)
    field_type = getattr(labels, "field_type", None)
    if starts is None or field_type is None:
        return text

    def apart(m: re.Match[str]) -> str:
        word = text[m.end() :].split(" ", 1)[0].rstrip(".:")  # `โทรศัพท์.` ends a label too
        whole = [h for h in starts(word) if h.end == len(word)]
        return " " if whole and field_type(whole[0].key) not in UNTYPED else m.group(0)

    text = _WORD_AFTER_NUMBER.sub(apart, text)
    if parse_label_line(text, labels) is None:
        dotless = _DOT_BEFORE_NUMBER.sub(" ", text, count=1)
        if parse_label_line(with_label_marks(dotless, labels), labels) is not None:
            text = dotless
    return text


# The word ที่ (in เกิดวันที่, บ้านเลขที่, หมู่ที่, เลขที่) read without its mai ek: the
# tone mark sits small on top of the vowel and is the mark Tesseract loses most.
_LOST_MAI_EK = "ที"


def with_label_marks(text: str, labels: LabelIndex) -> str:
    """`text` with a word that ends in ที given back its mai ek where that makes the word
    a known label whole (`เกิดวันที 2 พฤศจิกายน 2528` for เกิดวันที่): the label is printed,
    so the word read is that label; left as read, the line opens with no label (its
    field lost) or, inside a line, the field set after another runs into it."""
    starts = getattr(labels, "prefix_hits", None)
    if starts is None or _LOST_MAI_EK + " " not in text + " ":
        return text
    words = text.split(" ")
    for i, word in enumerate(words):
        mended = word + "่"
        if word.endswith(_LOST_MAI_EK) and any(h.end == len(mended) for h in starts(mended)):
            words[i] = mended
    return " ".join(words)


# จังหวัด (or จ.) glued to the name after it, as Thai writes a province in a sentence.
_PROVINCE_GLUED = re.compile(r"^(\s*)(จังหวัด|จ\.)(?=[\u0e01-\u0e2e\u0e40-\u0e44])(\S+)")


def with_province_apart(text: str) -> str:
    """A line opening with จังหวัด glued to a province's name (`จังหวัดพิษณุโลก รหัส
    ไปรษณีย์ 65000`, a typed letter's address wrapped there) with the two apart: the
    label reader needs a gap after a label, and the line would be taken for the
    address's continuation, its postal code and phone with it. Only where the word
    after จังหวัด is a province's name exactly."""
    m = _PROVINCE_GLUED.match(text)
    if m is None or match_province_exactly(m.group(3)) is None:
        return text
    return f"{m.group(1)}{m.group(2)} {text[m.end(2) :]}"


# A line opening with a short Latin word, then a Thai word.
_LATIN_HEAD = re.compile(r"^\s*[A-Za-z]{2,6}\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def with_province_label(text: str, labels: LabelIndex) -> str:
    """A line that opens with a short Latin word and then a province's name as written,
    with that word จังหวัด, when no label starts the line as read: Tesseract reads a Thai
    word it cannot make out in the other script (`fonda จันทบุรี` for จังหวัด จันทบุรี),
    and no other label stands before a province's name alone."""
    m = _LATIN_HEAD.match(text)
    if m is None or parse_label_line(text, labels) is not None:
        return text
    rest = text[m.end() :]
    if match_province_exactly(rest.split(" ")[0]) is None:
        return text
    fixed = f"จังหวัด {rest}"
    found = parse_label_line(fixed, labels)
    return fixed if found is not None and _kind(found.key, labels) == "province" else text


# A ruled cell's side read as a bracket or a bar between two cells' words, the second
# cell starting with a Thai word: `นางสาวอรอุมา พรหมวงศ์ [เลขประจำตัวประชาชน 2600...`.
_CELL_SIDE = re.compile(r"(?<=\S)\s*[\[\]|]+\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
CELL_GAP = "   "  # the gap the pair reader parts a row's cells at (body_form._PAIR_GAP)


def with_cell_sides_apart(text: str, labels: LabelIndex) -> str:
    """The line with a ruled table's cell side, read as `[`, `]` or `|` before a label,
    made the wide gap between cells, where the pair reader then reads one more pair: a
    grid's row `label | value | label | value` whose rules came off the page but for a
    remnant, so that the second label is not read as the first value's end."""
    for m in reversed(list(_CELL_SIDE.finditer(text))):
        apart = text[: m.start()] + CELL_GAP + text[m.end() :]
        if len(label_pairs(apart, labels)) > len(label_pairs(text, labels)):
            text = apart
    return text


# A line opening with a short Latin word (a colon or a dot after it), then a number.
_LATIN_HEAD_NUMBER = re.compile(r"^\s*[A-Za-z]{2,6}\s*[:.;]?\s+(?=[0-9๐-๙])")
# An address's start as Thai people write it: the house number, maybe /its sub-number.
_HOUSE_FIRST = re.compile(r"^[0-9๐-๙]{1,4}(?:/[0-9๐-๙]{1,4})?(?:\s|$)")
# The place words of an address, long or short (ม. ต. อ. จ.), each at a word's start.
_PLACE_WORD = re.compile(r"(?:^|\s)(?:หมู่|ม\.|ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|จังหวัด|จ\.)")
MIN_PLACE_WORDS = 3  # fewer could be a date, a phone or a count with a word or two


def with_address_label(text: str, labels: LabelIndex) -> str:
    """A line that opens with a short Latin word and then an address as written (a
    house number first, three place words or more: หมู่/ม. ตำบล/ต. อำเภอ/อ. จังหวัด/จ.),
    with that word ที่อยู่, when no label starts the line as read: Tesseract reads a short
    Thai label it cannot make out as Latin (`Nod:`, `Wad:` for ที่อยู่:), and no other
    field's value is a house number followed by the names of its places."""
    m = _LATIN_HEAD_NUMBER.match(text)
    if m is None or parse_label_line(text, labels) is not None:
        return text
    rest = text[m.end() :]
    if _HOUSE_FIRST.match(rest) is None or len(_PLACE_WORD.findall(rest)) < MIN_PLACE_WORDS:
        return text
    fixed = f"ที่อยู่ {rest}"
    found = parse_label_line(fixed, labels)
    return fixed if found is not None and found.key == "address" else text


# A dot between two Thai words: a leader's last dot glued to the label before it and the
# value after it (`จังหวัด.กรุงเทพมหานคร`), or an abbreviation's (`ม.4`, `จ.น่าน`).
_DOT_BETWEEN_WORDS = re.compile(r"(?<=[\u0e01-\u0e4e])\.(?=[\u0e01-\u0e4e])")


def with_label_dot_apart(text: str, labels: LabelIndex) -> str:
    """A line no label starts read with the dot glued between a whole label and its
    value made a space, where the line then reads as that label's: a printed dotted
    line's last dot that the value was written on. An abbreviation's dot is left, as
    what comes before it is no label."""
    if parse_label_line(text, labels) is not None:
        return text
    for m in _DOT_BETWEEN_WORDS.finditer(text):
        trial = f"{text[: m.start()]} {text[m.end() :]}"
        found = parse_label_line(trial, labels)
        if found is not None and found.label == text[: m.start()].strip():
            return trial
    return text


# A paper form's short captions for an address's boxes, which Tesseract reads as printed:
# the house number's caption before an address written whole (`บ้านเลขที่ 12 ม. 3 ต. ...`),
# `จ.` before the province's name opening a line, `ไปรษณีย์` before a postal code.
# The caption may lose its mai ek (บ้านเลขที) and come after a short word Tesseract read in
# Latin (a label it could not make out: `tee บ้านเลขที 9/88 ...`, as `with_address_label`).
_HOUSE_HEAD = re.compile(r"^\s*(?:[A-Za-z]{2,6}\s*[:.;]?\s+)?บ้านเลขที่?\s*[:.]?\s*(?=[0-9๐-๙])")
# The place words after it counted glued to the word before as well (Tesseract loses the
# space between Thai words: `ตำบลหัวหนิอำเภอหัวหิน`), the long ones only: a short one's
# letter and dot end many a word.
_PLACE_WORD_GLUED = re.compile(r"หมู่|ตำบล|แขวง|อำเภอ|จังหวัด|(?:^|\s)(?:ม|ต|อ|จ)\.")
_PROVINCE_SHORT = re.compile(r"^\s*จ\s*\.\s*(?=\S*[\u0e01-\u0e2e])")
_POSTAL_SHORT = re.compile(r"(?:(?<=\s)|^)ไปรษณีย์(?=\s*[:.]?\s*[0-9๐-๙]{5}(?![0-9๐-๙]))")


def with_short_place_labels(text: str, labels: LabelIndex) -> str:
    """A line no label starts read with a paper form's short address captions made the
    whole ones: `บ้านเลขที่` before a house number and three place words or more (the
    address written whole, as `ที่อยู่`; not `เลขที่` alone, which opens an office's
    letterhead, `เลขที่ 11 ถนน... ตำบล... อำเภอ...`), `จ.` opening the line before a Thai word (the
    province's `จังหวัด`), when the line then reads as labelled; `ไปรษณีย์` before five
    digits (`รหัสไปรษณีย์`) anywhere, for the reader of labels inside a line. A typed
    reader reads them so; the OCR label reader did not."""
    if parse_label_line(text, labels) is not None:
        return text
    text = fixed = _POSTAL_SHORT.sub("รหัสไปรษณีย์", text)  # inside the line: read later
    house = _HOUSE_HEAD.match(fixed)
    if house is not None:
        rest = fixed[house.end() :]
        places = len(_PLACE_WORD_GLUED.findall(rest))
        if _HOUSE_FIRST.match(rest) and places >= MIN_PLACE_WORDS:
            fixed = f"ที่อยู่ {rest}"
    fixed = _PROVINCE_SHORT.sub("จังหวัด ", fixed)
    return fixed if parse_label_line(fixed, labels) is not None else text


_LABEL_THEN_TYPED = re.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44]\S*\s+.*[0-9๐-๙@]")


def _typed_label_inside(text: str, labels: LabelIndex) -> str:
    """The line from a label inside it, when no label starts it and what follows that
    label is a value of its typed field (an ID, a phone, a date, a postal code): a paper
    form sets short items side by side, and the first may be one no template collects
    (`อายุ 58 ปี เลขประจำตัวประชาชน 3 5011 ...`, `อาชีพ ... โทรศัพท์ ...`). Not a name or
    free text: the words before a label inside a sentence may be part of the value. Nor
    a line that starts with a label whose value was misread (`จังหวัด ถรุงเทพมหวานคร
    รหัสไปรษณีย์ ...`): its words are a field's, not an item to skip. The label inside
    may be misread as one at a line's start is (`บัตรประจำตัวประชาชนเลขท/ ...` after
    `อายุ ๒๕ ปี`): it is repaired the same way (`ocr_text.repair_label`), on a value of
    its type only."""
    field_type = getattr(labels, "field_type", None)
    starts = getattr(labels, "prefix_hits", None)
    if field_type is None or (starts is not None and starts(text.lstrip())):
        return text
    skeletons = _skeletons(labels)
    for at in (m.end() for m in re.finditer(r"\s+", text)):
        rest = text[at:]
        found = parse_label_line(rest, labels)
        # the label inside misread too: tried where a Thai word starts and a typed value
        # (a digit, an @) follows, not at every space of every line no label starts
        if found is None and skeletons is not None and _LABEL_THEN_TYPED.match(rest):
            fixed = repair_label(rest, skeletons, _fits_or_id)
            if fixed is not None and (found := parse_label_line(fixed, labels)) is not None:
                rest = fixed
        if found is None or not found.value:
            continue
        kind = field_type(found.key)
        if kind == "phone" and said_of_another(text, at):
            continue  # "เจ้าของคือ นาย... โทร 08...": another's number, no item (set 58)
        if kind not in UNTYPED and _fits_or_id(
            kind, clean_value(kind, repair_value(kind, found.value))
        ):
            return rest
    return text


def _fits_repaired(kind: FieldType, value: str) -> bool:
    """A value fits its type once its known misreadings are undone (`_fits_or_id`)."""
    return _fits_or_id(kind, clean_value(kind, repair_value(kind, value)))


def _fits_or_id(kind: FieldType, value: str) -> bool:
    """`has_type`, or for a national ID, a reading the check digit completes: box sides
    among its digits (`ocr_ids.id_without_box_sides`) or one character that is no digit
    (`ocr_text.one_unread`). A misread label, or one inside a line, is taken for the
    ID's on such a value; the value is then repaired and flagged (`_repaired_id`)."""
    if has_type(kind, value):
        return True
    if kind != "national_id":
        return False
    arabic = thai_digits_to_arabic(normalise_thai_text(value))
    unread = one_unread(arabic)
    return id_without_box_sides(value, ones=2) is not None or (
        unread is not None and repair_national_id(arabic, []) is not None
    )


# A Thai digit right after a Thai letter or mark: no Thai word holds one.
_GLUED_THAI_DIGIT = re.compile("(?<=[\u0e01-\u0e4e])(?=[\u0e50-\u0e59])")


def _value_apart(text: str, labels: LabelIndex, skeletons: LabelSkeletons | None) -> str:
    """The line with a space before a value in Thai digits run into the label before it,
    when a label (repaired as `repair_label` does) then reads: Tesseract loses the label's
    last letter or mark and the space after it together, the digit taking their place
    (`โทรศัพท์มือถือ ๐๘๗-...` read `โทรศัพท์มือถื๐๘๗-...`)."""
    glued = _GLUED_THAI_DIGIT.search(text)
    if glued is None:
        return text
    apart = f"{text[: glued.start()]} {text[glued.start() :]}"
    if parse_label_line(apart, labels) is None and skeletons is not None:
        apart = repair_label(apart, skeletons, _fits_or_id) or apart
    return apart if parse_label_line(apart, labels) is not None else text


def _address_joined(text: str, labels: LabelIndex) -> str:
    """The line with an address Tesseract spaced apart at a dot or an underscore joined
    (`E-mail Sakchai_ maneerat@Example.com`), when only then does a label read it as an
    email: after an English label without a colon a value must show its type first."""
    joined = repair_value("email", text)
    found = parse_label_line(joined, labels) if joined != text else None
    return joined if found is not None and _kind(found.key, labels) == "email" else text


def _value_repaired(text: str, labels: LabelIndex) -> str:
    """The line with its value's OCR misreadings undone: leader remnants around any
    value; look-alike characters, a Thai month with a lost mark or a stray mark after a
    typed value, kept only when the value then has its field's type. The line as read
    otherwise. A line holding two labelled values (`จังหวัด เชียงใหม่ รหัสไปรษณีย์ 50180`,
    as a paper form prints them side by side) is left to the label reader, which splits
    it: the second label and its value are no junk after the first value."""
    found = parse_label_line(text, labels)
    field_type = getattr(labels, "field_type", None)
    at = text.find(found.label) if found is not None else -1
    if found is None or field_type is None or at < 0 or _two_pairs(text, labels):
        return text
    kind = field_type(found.key)
    head, rest = text[: at + len(found.label)], text[at + len(found.label) :]
    fixed_rest = without_leader_remnants(rest)
    if kind not in UNTYPED:
        fixed_rest = repair_value(kind, fixed_rest)
        fits = lambda v: has_type(kind, clean_value(kind, v))  # noqa: E731
        if kind == "date":
            fixed_rest = without_one_speck(fold_month_words(fixed_rest, THAI_MONTHS), fits)
            if not fits(fixed_rest):  # the printed เดือน, พ.ศ. misread between the parts
                fixed_rest = _date_from_parts(fixed_rest) or fixed_rest
        fixed_rest = without_trailing_junk(without_trailing_speck(fixed_rest, fits), fits)
    if fixed_rest == rest:
        return text
    fixed = parse_label_line(head + fixed_rest, labels)
    if fixed is None or fixed.key != found.key or not fixed.value:
        return text
    if kind in UNTYPED or has_type(kind, fixed.value):
        return head + fixed_rest
    return text


def _date_from_parts(value: str) -> str | None:
    """`ocr_text.date_from_parts`, but for a `D/M/Y` made of three numbers where a word
    names a month misread past one letter (`๓๐ Wau ศกราคฆ พุ๒ ๒๕๐๒`: the ๒ of a misread
    พ.ศ. is no month): that date is left to `_repaired_date`, which reads the month and
    flags the guess."""
    parts = date_from_parts(value, THAI_MONTHS)
    if parts is not None and "/" in parts and date_around_month(value) is not None:
        return None
    return parts


def _no_provenance(line: int, label: str) -> Provenance:
    return Provenance(part="", kind="ocr", line=line)


def _two_pairs(text: str, labels: LabelIndex) -> bool:
    """The label reader reads two fields from the line alone."""
    found = read_label_lines([(1, text)], labels, _no_provenance)
    return len({c.key for c in found}) > 1


_SKELETONS: dict[int, tuple[LabelIndex, LabelSkeletons]] = {}


def _skeletons(labels: LabelIndex) -> LabelSkeletons | None:
    """The label index's known labels by skeleton (built once per index)."""
    forms, field_type = getattr(labels, "label_forms", None), getattr(labels, "field_type", None)
    if forms is None or field_type is None:
        return None
    known = _SKELETONS.get(id(labels))
    if known is None or known[0] is not labels:
        if len(_SKELETONS) > 16:
            _SKELETONS.clear()
        known = _SKELETONS[id(labels)] = (labels, LabelSkeletons(forms(), field_type))
    return known[1]


def _repaired_id(
    candidate: FieldCandidate, chars: Sequence[float], labels: LabelIndex
) -> FieldCandidate:
    """A national ID whose check digit fails, with its one doubtful digit changed when
    exactly one value of it makes the ID valid (`ocr_text.repair_national_id`); flagged
    `ocr_repaired` so the clerk sees a digit was chosen, not read. One read as no digit
    at all (`@`) is completed by the check digit the same way, and is doubtful too: no
    confidence of the page speaks for the digit chosen. Failing those, a first digit 3
    read as 2 (`ocr_ids.id_with_first_digit`), doubtful."""
    field_type = getattr(labels, "field_type", None)
    if field_type is None or field_type(candidate.key) != "national_id":
        return candidate
    digits = normalise_national_id(candidate.value)
    if digits is not None and national_id_is_valid(digits):
        return candidate
    sides_off = id_without_box_sides(candidate.value)
    if sides_off is not None:
        # a box side dropped: a mark no digit looks like, or a 1 the check digit chose
        guessed = len(id_digits(candidate.value) or "") != len(sides_off)
        return _with_flags(
            candidate, sides_off, ["ocr_repaired"] + ["ocr_low_confidence"] * guessed
        )
    visible = candidate.value.replace(" ", "").replace("\n", "")
    arabic = normalise_thai_text(visible).translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    added = ["ocr_repaired"]
    if one_unread(arabic) is not None:
        fixed = repair_national_id(arabic, [])
        added.append("ocr_low_confidence")
    elif len(chars) == len(visible):
        doubtful = [
            c < LOW_CHAR_CONFIDENCE for ch, c in zip(arabic, chars, strict=True) if ch.isdigit()
        ]
        fixed = repair_national_id(arabic, doubtful)
    else:
        fixed = None
    if fixed is None:
        first = id_with_first_digit(digits or "")
        if first is None:
            return candidate
        return _with_flags(candidate, first, ["ocr_repaired", "ocr_low_confidence"])
    return _with_flags(candidate, fixed, added)


def _with_flags(candidate: FieldCandidate, value: str, added: Sequence[str]) -> FieldCandidate:
    flags = [
        *candidate.provenance.flags,
        *(f for f in added if f not in candidate.provenance.flags),
    ]
    prov = candidate.provenance.model_copy(update={"flags": flags})
    return candidate.model_copy(update={"value": value, "provenance": prov})


def _repaired_phone(candidate: FieldCandidate, labels: LabelIndex) -> FieldCandidate:
    """A mobile read with its leading 0 as a look-alike, its 0 put back
    (`ocr_phones.phone_with_trunk_zero`), or with a Thai letter read among its digits,
    without it (`ocr_phones.phone_without_stray_letter`): flagged `ocr_repaired` and
    doubtful."""
    if _kind(candidate.key, labels) != "phone":
        return candidate
    mended = phone_with_trunk_zero(candidate.value) or phone_without_stray_letter(candidate.value)
    if mended is None:
        return candidate
    return _with_flags(candidate, mended, ["ocr_repaired", "ocr_low_confidence"])


def _repaired_date(candidate: FieldCandidate, labels: LabelIndex) -> FieldCandidate:
    """A date with a 1 read as a look-alike beside its digits (`3] มกราคม`: the day would
    be read as 3), or that is no date as read but is once a 7 standing for its second
    slash and the year's first digit is read so (`ocr_text.with_date_slash_restored`),
    so; or, failing those, read from the numbers either side of its month's name
    (`ocr_dates.date_around_month`: the name misread, junk numbers beside the day or
    after the year). Flagged `ocr_repaired`, and doubtful where the month is a guess."""
    if _kind(candidate.key, labels) != "date":
        return candidate
    fixed = with_date_ones_restored(candidate.value)
    if fixed == candidate.value and has_type("date", candidate.value):
        return candidate
    fixed = with_date_slash_restored(fixed)
    if fixed != candidate.value and has_type("date", fixed):
        return _with_flags(candidate, fixed, ["ocr_repaired"])
    around = date_around_month(fixed)
    if around is None or not has_type("date", around[0]):
        return candidate
    value, guessed = around
    return _with_flags(candidate, value, ["ocr_repaired", *(["ocr_low_confidence"] * guessed)])


def label_first(text: str, labels: LabelIndex) -> str:
    """The line without a lone letter before its label: a speck at the margin read as a
    letter (`ว รหัสไปรษณีย์ 20000`) hides the label, and the line would be taken as the
    previous field's continuation. Dropped only when the rest then starts with a label.
    Nor with the number of the form's item before it (`without_item_number`)."""
    head, _, rest = text.partition(" ")
    if len(head) != 1 or head.isdigit() or not rest:
        return without_item_number(text, labels)
    if parse_label_line(text, labels) is None and parse_label_line(rest, labels) is not None:
        return rest
    return without_item_number(text, labels)


# An item's number before its label: `๓.`, `3)`, glued to the label or not (`๓วัน/เดือน/
# ปีเกิด`), or read as a short Latin word with its dot (`on.` for ๓.).
_ITEM_NUMBER = re.compile(
    r"^\s*(?:[0-9๐-๙]{1,2}[.)]?|[A-Za-z0-9]{1,3}\.)\s*(?=[\u0e01-\u0e2e\u0e40-\u0e44])"
)


def without_item_number(text: str, labels: LabelIndex) -> str:
    """The line without the number of the form's item before its label (`๓. วัน/เดือน/
    ปีเกิด`: the label reader takes `๓วัน/...`, glued, or `on.`, the number read as Latin,
    for the start of an unknown label). Only when no label starts the line as read and
    one starts it without the number."""
    m = _ITEM_NUMBER.match(text)
    if m is None or parse_label_line(text, labels) is not None:
        return text
    rest = text[m.end() :]
    return rest if parse_label_line(rest, labels) is not None else text


def value_confidences(lines: Sequence[OcrLine], value: str) -> list[float]:
    """Per-character confidences of a (possibly multi-line) value, found line by line."""
    out: list[float] = []
    i = 0
    for piece in (p for p in value.split("\n") if p.strip()):
        target = piece.replace(" ", "")
        for j in range(i, len(lines)):
            at = lines[j].text.replace(" ", "").rfind(target)
            if at >= 0:
                out += lines[j].confidences[at : at + len(target)]
                i = j + 1
                break
        else:  # cleaned beyond recognition (leaders dropped): the whole line speaks for it
            if i < len(lines):
                out += lines[i].confidences
                i += 1
    return out
