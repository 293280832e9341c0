"""Attachments built in code for the DOCX, PDF-layout and OCR tests.

DOCX with python-docx; PDFs whose text is placed glyph by glyph with pypdfium2 (a Thai
TrueType font embedded, so pdfplumber reads real Thai back), widgets added with pypdf;
scans and phone photos drawn with Pillow in a Thai font (Debian fonts-thai-tlwg), then
rotated, blurred, noised and saved as JPEG. The label lists here are written from paper
forms of Thai district offices, not imported from config/ or extractors/.
"""

from __future__ import annotations

import ctypes
import io
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")  # Debian fonts-thai-tlwg

# (key, label as printed on a Thai district-office form)
FORM_LABELS = (
    ("full_name", "ชื่อ-นามสกุล"),
    ("national_id", "เลขประจำตัวประชาชน"),
    ("phone", "โทรศัพท์"),
    ("email", "อีเมล"),
    ("address", "ที่อยู่"),
    ("province", "จังหวัด"),
    ("postal_code", "รหัสไปรษณีย์"),
)


@dataclass(frozen=True)
class Sample:
    """What a form says, by key (the truth a test compares with)."""

    values: dict[str, str]

    def pairs(self) -> list[tuple[str, str, str]]:
        return [(key, label, self.values[key]) for key, label in FORM_LABELS]

    def __repr__(self) -> str:
        return "Sample(<synthetic>)"


def make_sample(rng: random.Random) -> Sample:
    from tests.generator.people import make_person

    person = make_person(rng)
    phone = person.phone
    shown = f"{phone[:3]}-{phone[3:6]}-{phone[6:]}" if len(phone) == 10 else phone
    nid = person.national_id
    return Sample(
        {
            "full_name": person.full_name,
            "national_id": f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}",
            "phone": shown,
            "email": person.email.lower(),
            "address": person.address,
            "province": person.place.province,
            "postal_code": person.place.postal_code,
        }
    )


# --- DOCX -------------------------------------------------------------------------------


def docx_table(sample: Sample, *, columns: int = 2) -> bytes:
    """A title paragraph, then a table of label | value cells (2 or 4 to a row)."""
    document = docx.Document()
    document.add_paragraph("แบบคำร้องทั่วไป")
    pairs = sample.pairs()
    per_row = columns // 2
    table = document.add_table(rows=0, cols=columns)
    for i in range(0, len(pairs), per_row):
        cells = table.add_row().cells
        for j, (_, label, value) in enumerate(pairs[i : i + per_row]):
            cells[2 * j].text = label
            cells[2 * j + 1].text = value
    return _save(document)


def docx_paragraphs(sample: Sample) -> bytes:
    document = docx.Document()
    document.add_paragraph("เรียน นายอำเภอ")
    for _, label, value in sample.pairs():
        document.add_paragraph(f"{label}: {value}")
    document.add_paragraph("ขอแสดงความนับถือ")
    return _save(document)


def _save(document: object) -> bytes:
    out = io.BytesIO()
    document.save(out)  # type: ignore[attr-defined]
    return out.getvalue()


# --- PDFs with Thai text placed glyph by glyph ------------------------------------------


class ThaiPdf:
    """A one-page A4 PDF; `put` draws text at (x, y) points, y from the bottom."""

    def __init__(self) -> None:
        self.doc = pdfium.PdfDocument.new()
        self.page = self.doc.new_page(595, 842)
        data = FONT.read_bytes()
        self._font_data = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        self.font = pdfium_raw.FPDFText_LoadFont(
            self.doc.raw, self._font_data, len(data), pdfium_raw.FPDF_FONT_TRUETYPE, 1
        )
        self.metrics = ImageFont.truetype(str(FONT), 1000)

    def _object(self, text: str, x: float, y: float, size: float) -> None:
        obj = pdfium_raw.FPDFPageObj_CreateTextObj(self.doc.raw, self.font, size)
        wide = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
        pdfium_raw.FPDFText_SetText(obj, ctypes.cast(wide, ctypes.POINTER(pdfium_raw.FPDF_WCHAR)))
        pdfium_raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        pdfium_raw.FPDFPage_InsertObject(self.page.raw, obj)

    def put(self, text: str, x: float, y: float, size: float = 12, spacing: float = 0.0) -> float:
        """Draw text; with `spacing`, glyph by glyph that many points apart. Returns end x."""
        if not spacing:
            self._object(text, x, y, size)
            return x + self.metrics.getlength(text) * size / 1000
        base_x = x
        for ch in text:
            if unicodedata.category(ch) == "Mn":
                self._object(ch, base_x, y, size)  # a mark sits on its base
                continue
            self._object(ch, x, y, size)
            base_x = x
            x += self.metrics.getlength(ch) * size / 1000 + spacing
        return x

    def save(self) -> bytes:
        pdfium_raw.FPDFPage_GenerateContent(self.page.raw)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def spaced_pdf(sample: Sample, *, spacing: float = 3.0) -> bytes:
    """Labels and values letter-spaced glyph by glyph, as some form generators write."""
    pdf = ThaiPdf()
    pdf.put("แบบคำร้องทั่วไป", 200, 800, size=16, spacing=spacing)
    for i, (_, label, value) in enumerate(sample.pairs()):
        end = pdf.put(f"{label}:", 50, 760 - 30 * i, spacing=spacing)
        pdf.put(value, end + 8, 760 - 30 * i, spacing=spacing)
    return pdf.save()


def dotted_pdf(sample: Sample) -> bytes:
    """A printed form with dot leaders, the values typed over the dots."""
    pdf = ThaiPdf()
    pdf.put("แบบคำร้องทั่วไป", 200, 800, size=16)
    for i, (_, label, value) in enumerate(sample.pairs()):
        y = 760 - 30 * i
        end = pdf.put(label, 50, y)
        pdf.put("." * 110, end + 4, y - 1)
        pdf.put(value, end + 20, y + 1)
    return pdf.save()


def widget_pdf(sample: Sample, *, layout: str = "left", names: list[str] | None = None) -> bytes:
    """Fillable PDF: captions printed on the page, fields named Text1, fill_2, txtName...

    layout "left": caption left of its box; "above": caption on the line above the box;
    "row": two caption-box pairs on one line.
    """
    pdf = ThaiPdf()
    pdf.put("แบบคำร้องทั่วไป", 200, 800, size=16)
    boxes: list[tuple[str, str, tuple[float, float, float, float]]] = []
    names = names or ["Text1", "fill_2", "txtName", "Text4", "fill_5", "Text6", "untitled7"]
    for i, (_, label, value) in enumerate(sample.pairs()):
        if layout == "above":
            y = 770 - 60 * i
            pdf.put(label, 50, y)
            rect = (50.0, y - 30, 400.0, y - 8)
        elif layout == "row":
            y = 760 - 40 * (i // 2)
            x = 50 if i % 2 == 0 else 310
            end = pdf.put(label, x, y)
            rect = (end + 6, y - 6, x + 250.0, y + 14)
        else:
            y = 760 - 40 * i
            pdf.put(label, 50, y)
            rect = (200.0, y - 6, 545.0, y + 14)
        boxes.append((names[i], value, rect))
    return add_widgets(pdf.save(), boxes)


def add_widgets(data: bytes, boxes: list[tuple[str, str, tuple[float, ...]]]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    fields = ArrayObject()
    annots = ArrayObject()
    for name, value, rect in boxes:
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/F"): NumberObject(4),
                NameObject("/T"): TextStringObject(name),
                NameObject("/V"): TextStringObject(value),
                NameObject("/Rect"): ArrayObject(FloatObject(v) for v in rect),
                NameObject("/P"): page.indirect_reference,
            }
        )
        ref = writer._add_object(widget)
        fields.append(ref)
        annots.append(ref)
    page[NameObject("/Annots")] = annots
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): fields, NameObject("/NeedAppearances"): BooleanObject(True)}
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- Scans and phone photos -------------------------------------------------------------


def form_image(sample: Sample, *, size: int = 34) -> Image.Image:
    """A white A4-ish page with the form's lines drawn in a Thai font."""
    font = ImageFont.truetype(str(FONT), size)
    page = Image.new("L", (1700, 1200), 255)
    draw = ImageDraw.Draw(page)
    draw.text((500, 60), "แบบคำร้องทั่วไป", font=ImageFont.truetype(str(FONT), size + 8), fill=0)
    for i, (_, label, value) in enumerate(sample.pairs()):
        draw.text((100, 180 + i * 95), f"{label}: {value}", font=font, fill=0)
    return page


def photo(sample: Sample, rng: random.Random, *, angle: float | None = None) -> bytes:
    """The form as a phone photo: turned a few degrees, grey paper, blur, noise, JPEG."""
    page = form_image(sample).convert("RGB")
    turn = angle if angle is not None else rng.uniform(-6, 6)
    page = page.rotate(turn, expand=True, fillcolor=(120, 110, 100), resample=Image.BICUBIC)
    page = Image.eval(page, lambda v: int(v * 0.85 + 20))  # grey paper, weak contrast
    page = page.filter(ImageFilter.GaussianBlur(0.8))
    noise = Image.effect_noise(page.size, 18).convert("RGB")
    page = Image.blend(page, noise, 0.12)
    out = io.BytesIO()
    page.save(out, "JPEG", quality=70)
    return out.getvalue()


def scanned_pdf(sample: Sample, rng: random.Random) -> bytes:
    """An image-only PDF (no text layer) of a slightly crooked scan at 150 dpi."""
    page = form_image(sample).rotate(rng.uniform(-2, 2), expand=True, fillcolor=255)
    out = io.BytesIO()
    page.save(out, "PDF", resolution=150)
    return out.getvalue()


def png_of(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
