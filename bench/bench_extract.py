"""Extraction throughput beside the floors it is built on, measured in the same run.

For generated body-form mails and 1-page PDF-form mails, times the whole path
(`extractors.mime.parse_message` then `extractors.extract.extract_case`). For the same
PDF files it also times bare page-text extraction with pdfplumber and with pypdfium2,
and for the body mails a bare stdlib parse, so each figure sits beside its floor.
For Thai OCR it times the OCR extractor (child process, upright and deskew, tesseract,
label reading) on generated phone photos of a paper form, beside bare `tesseract` run on
the same images with the same languages.

Usage: python bench/bench_extract.py [--n 200] [--ocr-pages 8]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from email import policy
from email.parser import BytesParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from the checkout without installing it
    sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from extractors.base import FormTemplate  # noqa: E402
from extractors.extract import extract_case, matcher_for  # noqa: E402
from extractors.mime import parse_message  # noqa: E402
from extractors.ocr import LANGUAGES, PSM, OcrExtractor  # noqa: E402
from extractors.templates import load_templates  # noqa: E402
from tests.generator.requests import FORMATS, generate_requests  # noqa: E402

BODY_FORMATS = [name for name, layout in FORMATS.items() if layout.kind != "pdf"]
PDF_FORMATS = [name for name, layout in FORMATS.items() if layout.kind == "pdf"]


def rate(items: Iterable[bytes], work: Callable[[bytes], object]) -> float:
    """Items per second for `work` over `items` (after one warm-up call)."""
    batch = list(items)
    work(batch[0])
    start = time.perf_counter()
    for item in batch:
        work(item)
    return len(batch) / (time.perf_counter() - start)


def pdf_of(raw: bytes) -> bytes:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for part in msg.walk():
        data = part.get_payload(decode=True) if part.get_filename() else None
        if isinstance(data, bytes) and data.startswith(b"%PDF-"):
            return data
    raise ValueError("generated PDF mail without a PDF attachment")


def extract(templates: list[FormTemplate]) -> Callable[[bytes], object]:
    return lambda raw: extract_case(parse_message(raw), templates)


def stdlib_parse(raw: bytes) -> object:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    return [p.get_content() for p in msg.walk() if not p.is_multipart()]


def plumber_text(pdf: bytes) -> object:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() for page in doc.pages]


def pdfium_text(pdf: bytes) -> object:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


def photos(count: int) -> list[bytes]:
    """Generated phone photos of a filled paper form (tests/extractors material)."""
    sys.path.insert(0, str(ROOT / "tests" / "extractors"))
    from attachments_for_tests import make_sample, photo

    rng = random.Random(2569)
    return [photo(make_sample(rng), rng) for _ in range(count)]


def ocr_extract(templates: list[FormTemplate]) -> Callable[[bytes], object]:
    labels, extractor = matcher_for(templates), OcrExtractor("image")
    return lambda image: extractor.extract(image, part="2", labels=labels)


def bare_tesseract(image: bytes) -> object:
    with tempfile.NamedTemporaryFile(suffix=".jpg") as file:
        file.write(image)
        file.flush()
        command = ["tesseract", file.name, "-", "-l", LANGUAGES, "--psm", PSM]
        # One thread, as the extractor runs it: the same work, not a different parallelism.
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        return subprocess.run(command, capture_output=True, check=True, env=env).stdout


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="mails of each kind (default 200)")
    parser.add_argument("--ocr-pages", type=int, default=8, help="photos to OCR (default 8)")
    args = parser.parse_args(argv)
    templates = load_templates(ROOT / "config" / "forms")
    body = [r.raw for r in generate_requests(args.n, formats=BODY_FORMATS)]
    pdf_mails = [r.raw for r in generate_requests(args.n, formats=PDF_FORMATS)]
    pdfs = [pdf_of(raw) for raw in pdf_mails]  # one page each

    body_rate = rate(body, extract(templates))
    parse_rate = rate(body, stdlib_parse)
    pdf_rate = rate(pdf_mails, extract(templates))
    plumber_rate = rate(pdfs, plumber_text)
    pdfium_rate = rate(pdfs, pdfium_text)
    images = photos(args.ocr_pages)
    ocr_rate = rate(images, ocr_extract(templates))
    tesseract_rate = rate(images, bare_tesseract)

    print(f"n = {args.n} mails of each kind (generated, seed 2569)")
    print(f"{'what':<52}{'per s':>10}")
    print(f"{'body-form mails: parse + extract (messages/s)':<52}{body_rate:>10.1f}")
    print(f"{'  floor: stdlib parse, policy.default (messages/s)':<52}{parse_rate:>10.1f}")
    print(f"{'1-page PDF-form mails: parse + extract (messages/s)':<52}{pdf_rate:>10.1f}")
    print(f"{'  floor: pdfplumber page text (pages/s)':<52}{plumber_rate:>10.1f}")
    print(f"{'  floor: pypdfium2 page text (pages/s)':<52}{pdfium_rate:>10.1f}")
    print(f"{'photo pages: OCR extract (pages/s)':<52}{ocr_rate:>10.2f}")
    print(f"{'  floor: bare tesseract, ' + LANGUAGES + ' (pages/s)':<52}{tesseract_rate:>10.2f}")
    print(f"(OCR on {len(images)} generated phone photos, 1 page each)")
    print("ratios:")
    print(f"  body extract / stdlib parse        {body_rate / parse_rate:8.3f}")
    print(f"  PDF extract / pdfplumber page text {pdf_rate / plumber_rate:8.3f}")
    print(f"  PDF extract / pypdfium2 page text  {pdf_rate / pdfium_rate:8.3f}")
    print(f"  pypdfium2 / pdfplumber page text   {pdfium_rate / plumber_rate:8.3f}")
    print(f"  OCR extract / bare tesseract       {ocr_rate / tesseract_rate:8.3f}")


if __name__ == "__main__":
    main()
