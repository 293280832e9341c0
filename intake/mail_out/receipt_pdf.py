"""The receipt PDF: what was received and when, signed by the agency (PAdES, pyHanko).

The page states the receipt number, the time received (BE and CE), the SHA-256 of the
mail exactly as received and, per attachment, its type, size and SHA-256 (no file
names: they can be personal data), with a QR code to the public `/verify` page. Thai
text needs a Thai font and shaping: the bundled Sarabun (OFL) with HarfBuzz.
"""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import functools
import io
import logging
import shutil
import tempfile
from pathlib import Path

import segno
from fontTools.ttLib import TTFont
from fpdf import FPDF
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from intake.mail_out.facts import (
    MAX_LISTED,
    ReceiptFacts,
    english_date,
    english_datetime,
    thai_date,
    thai_datetime,
)

# fontTools logs every glyph it subsets at INFO: noise in the worker's log, and a list of
# the characters printed; keep both libraries to warnings.
for _name in ("fontTools", "fpdf"):
    logging.getLogger(_name).setLevel(logging.WARNING)

FONTS = Path(__file__).resolve().parents[2] / "review" / "static" / "fonts"
SIGNATURE_FIELD = "AgencyReceiptSignature"


@functools.cache
def _sfnt_fonts() -> Path:
    """The bundled WOFF2 fonts as plain TrueType, once per process: HarfBuzz cannot read
    WOFF2, and fpdf2 would otherwise re-serialise each font for every receipt (~0.2 s)."""
    folder = Path(tempfile.mkdtemp(prefix="intake-fonts-"))
    atexit.register(shutil.rmtree, folder, True)
    for woff in FONTS.glob("sarabun-*-normal.woff2"):
        font = TTFont(str(woff))
        font.flavor = None
        font.save(str(folder / f"{woff.stem}.ttf"))
    return folder


def build_receipt_pdf(facts: ReceiptFacts) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_title(f"Receipt {facts.receipt_no}")
    pdf.set_author(facts.agency_en)
    fonts = _sfnt_fonts()
    for style, weight in (("", "400"), ("B", "700")):
        pdf.add_font("sarabun-latin", style, str(fonts / f"sarabun-latin-{weight}-normal.ttf"))
        pdf.add_font("sarabun-thai", style, str(fonts / f"sarabun-thai-{weight}-normal.ttf"))
    pdf.set_fallback_fonts(["sarabun-thai"])
    pdf.set_text_shaping(True)
    pdf.add_page()
    _heading(pdf, facts)
    _body(pdf, facts)
    _qr(pdf, facts)
    return bytes(pdf.output())


def _line(pdf: FPDF, text: str, *, size: float = 12, bold: bool = False) -> None:
    pdf.set_font("sarabun-latin", "B" if bold else "", size)
    pdf.multi_cell(0, size * 0.6, text, new_x="LMARGIN", new_y="NEXT")


def _heading(pdf: FPDF, facts: ReceiptFacts) -> None:
    _line(pdf, facts.agency_th, size=16, bold=True)
    _line(pdf, facts.agency_en, size=12)
    pdf.ln(4)
    _line(pdf, "ใบรับหนังสือทางอีเมล / Receipt of an emailed request", size=15, bold=True)
    pdf.ln(2)


def _body(pdf: FPDF, facts: ReceiptFacts) -> None:
    _line(pdf, f"เลขรับ / Receipt number: {facts.receipt_no}", size=13, bold=True)
    _line(pdf, f"รับเมื่อ: {thai_datetime(facts.received_at)}")
    _line(pdf, f"Received: {english_datetime(facts.received_at)}")
    _line(pdf, f"กำหนดแจ้งผล: ภายใน {thai_date(facts.answer_by)}")
    _line(pdf, f"We will answer by: {english_date(facts.answer_by)}")
    pdf.ln(2)
    _line(pdf, "SHA-256 ของอีเมลตามที่ได้รับ / SHA-256 of the mail as received:", bold=True)
    _line(pdf, facts.mail_sha256, size=10)
    _line(pdf, "(line endings as LF, trailing newlines removed / ขึ้นบรรทัดใหม่แบบ LF)", size=8)
    pdf.ln(2)
    count = facts.total_attachments
    _line(pdf, f"เอกสารแนบ / Attachments: {count}", bold=True)
    listed = facts.attachments[:MAX_LISTED]  # a draft from before the cap may hold more
    for n, item in enumerate(listed, start=1):
        _line(pdf, f"{n}. {item.content_type}, {item.size} bytes", size=10)
        _line(pdf, f"    SHA-256 {item.sha256}", size=9)
    unlisted = count - len(listed)
    if unlisted > 0:
        _line(
            pdf,
            f"และอีก {unlisted} ไฟล์ ซึ่งรวมอยู่ใน SHA-256 ของอีเมลข้างต้น"
            f" / and {unlisted} more, covered by the mail's SHA-256 above",
            size=10,
        )
    pdf.ln(3)
    _line(
        pdf,
        "ตรวจสอบใบรับนี้ได้ที่ / Verify this receipt at: " + facts.verify_url,
        size=9,
    )
    _line(
        pdf,
        "เอกสารนี้ลงลายมือชื่ออิเล็กทรอนิกส์โดยหน่วยงาน"
        " / This document is electronically signed by the agency.",
        size=9,
    )


def _qr(pdf: FPDF, facts: ReceiptFacts) -> None:
    image = io.BytesIO()
    segno.make(facts.verify_url, error="m").save(image, kind="png", scale=6, border=2)
    image.seek(0)
    pdf.image(image, x=pdf.w - pdf.r_margin - 40, y=pdf.t_margin, w=40, h=40)


def sign_receipt(pdf: bytes, signer: signers.Signer, *, agency: str) -> bytes:
    """A PAdES signature (B-B level: no timestamp server needed) over the whole PDF.

    pyHanko's synchronous API runs its own event loop (asyncio.run), which fails in a
    thread where a loop is already running; there it signs in a short-lived thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _sign(pdf, signer, agency)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_sign, pdf, signer, agency).result()


def _sign(pdf: bytes, signer: signers.Signer, agency: str) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        reason="Receipt of an emailed request",
        name=agency[:64],
    )
    out = signers.sign_pdf(writer, meta, signer=signer)
    return out.getvalue()
