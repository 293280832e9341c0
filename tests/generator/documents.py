"""Attachments a citizen sends: Word files, Thai text PDFs, fillable PDFs, scans, photos.

Thai is drawn with a TLWG font (Debian `fonts-thai-tlwg`, installed by
scripts/install-system-deps.sh): pdfium embeds it into PDFs, Pillow renders it into
images (with libraqm, so marks sit where a printer puts them).
"""

from __future__ import annotations

import ctypes
import io
import random
import subprocess
import unicodedata
import zipfile
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from docx import Document
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

FONT_DIR = Path("/usr/share/fonts/truetype/tlwg")
PRINT_FONT = "Garuda.ttf"  # the printed form
INK_FONT = "Loma.ttf"  # what the citizen typed or wrote in
A4 = (595.0, 842.0)
FIXED_DATE = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)  # PDF dates: same seed, same bytes


@cache
def font_path(name: str) -> Path:
    """A TLWG file name, an absolute path, or a file fontconfig knows (faces not from TLWG,
    to try the reader on hands it was never tuned on)."""
    path = Path(name) if Path(name).is_absolute() else FONT_DIR / name
    if not path.is_file() and not Path(name).is_absolute():
        path = _fontconfig_file(name) or path
    if not path.is_file():
        raise FileNotFoundError(
            f"Thai font {path} missing: run scripts/install-system-deps.sh (fonts-thai-tlwg)"
        )
    return path


def _fontconfig_file(name: str) -> Path | None:
    """The installed file called `name` (e.g. NotoSansThai-Regular.ttf), found by fc-list."""
    try:
        listing = subprocess.run(
            ["fc-list", "--format", "%{file}\\n"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return next((Path(f) for f in listing.splitlines() if Path(f).name == name), None)


# --- Word ---------------------------------------------------------------------------


def docx_table(title: str, rows: list[tuple[str, str]]) -> bytes:
    """A two-column table: label | value, as agencies publish their forms in Word."""
    doc = Document()
    doc.add_heading(title, level=1)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_paragraph("ลงชื่อ ........................................ ผู้ยื่นคำร้อง")
    return _docx_bytes(doc)


def docx_paragraphs(title: str, lines: list[str]) -> bytes:
    """`label: value` (or dot-leader) paragraphs, as people fill a Word form in."""
    doc = Document()
    doc.add_paragraph(title).runs[0].bold = True
    for line in lines:
        doc.add_paragraph(line)
    return _docx_bytes(doc)


def _docx_bytes(doc: object) -> bytes:
    """The saved file, re-zipped with fixed member dates (python-docx stamps the clock)."""
    saved = io.BytesIO()
    doc.save(saved)  # type: ignore[attr-defined]
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# --- PDF ----------------------------------------------------------------------------


class _Page:
    """One A4 page drawn through pdfium's object API, Thai font embedded."""

    def __init__(self) -> None:
        self.doc = pdfium.PdfDocument.new()
        self.page = self.doc.new_page(*A4)
        data = font_path(PRINT_FONT).read_bytes()
        self._font_data = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)  # kept alive
        self.font = pdfium_c.FPDFText_LoadFont(
            self.doc.raw, self._font_data, len(data), pdfium_c.FPDF_FONT_TRUETYPE, 1
        )

    def text(self, s: str, x: float, y: float, size: float = 11) -> None:
        obj = pdfium_c.FPDFPageObj_CreateTextObj(self.doc.raw, self.font, size)
        wide = ctypes.create_string_buffer((s + "\0").encode("utf-16-le"))
        pdfium_c.FPDFText_SetText(obj, ctypes.cast(wide, ctypes.POINTER(ctypes.c_ushort)))
        pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        pdfium_c.FPDFPage_InsertObject(self.page.raw, obj)

    def spaced(self, s: str, x: float, y: float, size: float = 11, spacing: float = 2.0) -> None:
        for cluster in clusters(s):
            self.text(cluster, x, y, size)
            x += width(cluster, size) + spacing

    def save(self) -> PdfWriter:
        """The page as a pypdf writer, for widgets and for fixed dates and /ID."""
        pdfium_c.FPDFPage_GenerateContent(self.page.raw)
        out = io.BytesIO()
        self.doc.save(out)
        return PdfWriter(clone_from=PdfReader(io.BytesIO(out.getvalue())))


def _pdf_bytes(writer: PdfWriter) -> bytes:
    """pdfium stamps the clock into /CreationDate and /ID: fix both, so that the same
    seed gives the same bytes."""
    stamp = FIXED_DATE.strftime("D:%Y%m%d%H%M%S+00'00'")
    writer.add_metadata({"/CreationDate": stamp, "/ModDate": stamp, "/Creator": "generator"})
    writer._ID = ArrayObject(
        [ByteStringObject(b"saraban-intake-g"), ByteStringObject(b"saraban-intake-g")]
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# Thai marks drawn above or below their base letter: they travel with it.
THAI_MARKS = frozenset(chr(c) for c in [0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)])
LINE_WIDTH = 475.0  # points of text per line on the A4 page, margins left


def width(text: str, size: float) -> float:
    """Advance width in points of `text` in the print font at `size` points."""
    return _font(PRINT_FONT, int(size * 10)).getlength(text) / 10


def wrap(text: str, size: float, room: float) -> list[str]:
    """Lines of `text` cut at spaces: the first fits `room`, the others a full line."""
    lines, rest = [], text
    while rest:
        head, rest = _fit_points(rest, size, room if not lines else LINE_WIDTH)
        lines.append(head)
    return lines or [""]


def _fit_points(text: str, size: float, room: float) -> tuple[str, str]:
    words = text.split(" ")
    for n in range(len(words), 0, -1):
        if width(" ".join(words[:n]), size) <= room or n == 1:
            return " ".join(words[:n]), " ".join(words[n:])
    return text, ""


def clusters(text: str) -> list[str]:
    """Base letters with their marks, the units a letter-spacing tool moves apart."""
    out: list[str] = []
    for ch in text:
        if out and ch in THAI_MARKS:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def text_pdf(title: str, rows: list[tuple[str, str]], *, sep: str, spacing: float = 0.0) -> bytes:
    """A typed request saved as PDF, Thai in an embedded font, long values wrapped.

    With `spacing`, every letter is placed on its own with that many points between
    letters, as letter-spaced headings and some Thai PDF writers do: the text layer
    then holds gaps a reader must not take for word breaks.
    """
    page = _Page()
    page.text(title, 60, A4[1] - 70, size=16)
    y = A4[1] - 110
    for label, value in rows:
        head = f"{label}{sep}"
        for n, part in enumerate(wrap(value, 11, LINE_WIDTH - width(head, 11))):
            line, x = (head + part, 60.0) if n == 0 else (part, 60.0 + width(head, 11))
            if spacing:
                page.spaced(line, x, y, spacing=spacing)
            else:
                page.text(line, x, y)
            y -= 22
    return _pdf_bytes(page.save())


def leaders_pdf(title: str, rows: list[tuple[str, str]]) -> bytes:
    """A printed form with dot leaders, the values typed over the dots (as filling a
    form in a PDF editor does): in the text layer the dots and letters interleave."""
    page = _Page()
    page.text(title, 60, A4[1] - 70, size=16)
    y = A4[1] - 110
    dot = width(".", 11)
    for label, value in rows:
        x = 60 + width(label, 11) + 4
        page.text(label, 60, y)
        for part in wrap(value, 11, 535 - x - 8):
            page.text("." * int((535 - x) / dot), x, y - 1)
            page.text(part, x + 8, y + 1)
            y, x = y - 24, 60 + 20
    return _pdf_bytes(page.save())


def fillable_pdf(title: str, rows: list[tuple[str, str, str]], *, label_above: bool) -> bytes:
    """An AcroForm whose field names say nothing (Text1, fill_3, txtName): the only
    thing that says what a field is, is the label printed beside (or above) its box.

    rows: (printed label, field name, value typed into the field).
    """
    page = _Page()
    page.text(title, 60, A4[1] - 70, size=16)
    step = 44 if label_above else 30
    boxes = []
    for i, (label, _, _) in enumerate(rows):
        y = A4[1] - 120 - step * i
        page.text(label, 60, y)
        boxes.append((60.0, y - 24, 535.0, y - 6) if label_above else (250.0, y - 4, 535.0, y + 14))
    writer = page.save()
    pdf_page = writer.pages[0]
    fields = ArrayObject()
    annots = ArrayObject()
    for (_, name, value), rect in zip(rows, boxes, strict=True):
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/F"): NumberObject(4),
                NameObject("/T"): TextStringObject(name),
                NameObject("/V"): TextStringObject(value),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
                NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
                NameObject("/P"): pdf_page.indirect_reference,
            }
        )
        ref = writer._add_object(widget)
        fields.append(ref)
        annots.append(ref)
    pdf_page[NameObject("/Annots")] = annots
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): fields,
            NameObject("/NeedAppearances"): BooleanObject(True),
            NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
        }
    )
    return _pdf_bytes(writer)


# --- paper: scans and phone photos ---------------------------------------------------


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(name)), size)


def render_paper(
    title: str, rows: list[tuple[str, str]], *, ink_font: str = INK_FONT
) -> Image.Image:
    """The paper form at 150 dpi: printed labels with dot leaders, the values in ink.
    A long value goes on under its label, as a hand runs on to the next dotted line; a
    word too long for its line (Thai has no spaces to wrap at) is written smaller to fit.
    `ink_font` (a TLWG font file, or another face, see `font_path`) is what the citizen
    filled in with: the OCR tests read forms in fonts the reader was never tuned on."""
    label_font = _font(PRINT_FONT, 32)
    lines: list[tuple[str, str, float]] = []  # label, value, room for the value
    for label, value in rows:
        room = 1150 - 100 - label_font.getlength(label)
        first, rest = _fit(value, ink_font, INK_SIZE, room)
        lines.append((label, first, room))
        while rest:
            part, rest = _fit(rest, ink_font, INK_SIZE, 1000)
            lines.append(("", part, 1000))
    page = Image.new("L", (1240, 340 + 64 * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    draw.text((620, 70), title, font=_font(PRINT_FONT, 44), fill=0, anchor="mm")
    for i, (label, value, room) in enumerate(lines):
        y = 150 + 64 * i
        draw.text((90, y), label, font=label_font, fill=0)
        x = (100 + label_font.getlength(label)) if label else 130
        draw.text((x, y + 6), "." * 90, font=_font(PRINT_FONT, 20), fill=110)
        size = _ink_to_fit(value, room, ink_font)
        for run, face in _runs(value, ink_font):  # each run in a face that has its letters
            font = _font(face, size)
            draw.text((x + 20, y - 4), run, font=font, fill=30)
            x += font.getlength(run)
    return page


INK_SIZE = 34
MIN_INK_SIZE = 20


def _ink_to_fit(text: str, room: float, ink_font: str = INK_FONT) -> int:
    """The ink's size, smaller when `text` is wider than `room` (one word, no space)."""
    size = INK_SIZE
    while size > MIN_INK_SIZE and _ink_length(text, ink_font, size) > room:
        size -= 1
    return size


def _fit(text: str, ink_font: str, size: int, width: float) -> tuple[str, str]:
    """The longest head of `text` (cut at a space) that fits `width`, and the rest."""
    words = text.split(" ")
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        if _ink_length(head, ink_font, size) <= width or n == 1:
            return head, " ".join(words[n:])
    return text, ""


def _ink_length(text: str, ink_font: str, size: int) -> float:
    return sum(_font(face, size).getlength(run) for run, face in _runs(text, ink_font))


def _runs(text: str, ink_font: str) -> list[tuple[str, str]]:
    """`text` cut into runs, each with the face to draw it in: the ink font where it has
    the characters, else the first face of fontconfig's fallback list for it that has
    them, as a word processor draws the Latin and digits a Thai-only face (Noto Sans
    Thai) lacks in the face that follows it (Noto Sans). Thai marks stay with their
    letter's run."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        face = ink_font if ch.isspace() or _has(ink_font, ch) else _fallback(ink_font, ch)
        if runs and (runs[-1][1] == face or unicodedata.category(ch) == "Mn"):
            runs[-1] = (runs[-1][0] + ch, runs[-1][1])
        else:
            runs.append((ch, face))
    return runs


@cache
def _cmap(name: str) -> frozenset[int]:
    """The code points the face has, as fontconfig lists them (`20-7e a0 e01-e3a`)."""
    listed = subprocess.run(
        ["fc-query", "--format", "%{charset}", str(font_path(name))],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    points: set[int] = set()
    for span in listed.split():
        first, _, last = span.partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return frozenset(points)


def _has(name: str, ch: str) -> bool:
    return ord(ch) in _cmap(name)


@cache
def _fallback(name: str, ch: str) -> str:
    """The first face fontconfig would fall back to from `name` that has `ch`."""
    family = subprocess.run(
        ["fc-query", "--format", "%{family[0]}", str(font_path(name))],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    chain = subprocess.run(
        ["fc-match", "-s", "--format", "%{file}\\n", family or "sans-serif"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.splitlines()
    face = next((f for f in chain if f.endswith(".ttf") and _has(f, ch)), None)
    if face is None:
        raise FileNotFoundError(f"no installed face has {ch!r} for {name}")
    return face


def _noise(rng: random.Random, image: Image.Image, amount: float) -> Image.Image:
    # noise from the seeded rng (Image.effect_noise is not seedable): same seed, same bytes
    raw = rng.randbytes(image.width * image.height)
    noise = Image.frombytes("L", image.size, raw).point(lambda v: 255 if v > 128 else 0)
    speckled = Image.blend(image, noise.convert(image.mode), amount)
    return speckled.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def scanned_pdf(
    rng: random.Random, page: Image.Image, *, turn: float = 1.5, speckle: float = 0.06
) -> bytes:
    """A flatbed scan: grey, turned by up to `turn` degrees, some speckle; image-only PDF."""
    turned = page.rotate(rng.uniform(-turn, turn), resample=Image.Resampling.BICUBIC, fillcolor=255)
    out = io.BytesIO()
    _noise(rng, turned, speckle).save(
        out,
        format="PDF",
        resolution=150,
        creationDate=FIXED_DATE.timetuple(),
        modDate=FIXED_DATE.timetuple(),
    )
    return out.getvalue()


def phone_photo(
    rng: random.Random,
    page: Image.Image,
    fmt: str,
    *,
    turn: float = 3.5,
    speckle: float = 0.04,
    quality: int = 72,
    shade: int = 4,
) -> bytes:
    """A phone photo of the paper: on a desk, at an angle (up to `turn` degrees), light
    falling off (by up to 1/`shade` across the page), speckle, JPEG at `quality` or PNG."""
    rgb = page.convert("RGB")
    turned = rgb.rotate(
        rng.uniform(-turn, turn),
        resample=Image.Resampling.BICUBIC,
        expand=True,
        fillcolor=(96, 80, 64),
    )
    canvas = Image.new("RGB", (turned.width + 80, turned.height + 80), (96, 80, 64))
    canvas.paste(turned, (40, 40))
    light = Image.linear_gradient("L").resize(canvas.size).point(lambda v: 255 - v // shade)
    lit = Image.composite(canvas, Image.new("RGB", canvas.size, (0, 0, 0)), light)
    noisy = _noise(rng, lit.convert("L"), speckle).convert("RGB")
    out = io.BytesIO()
    if fmt == "jpeg":
        noisy.save(out, format="JPEG", quality=quality)
    else:
        noisy.save(out, format="PNG", compress_level=3)
    return out.getvalue()
