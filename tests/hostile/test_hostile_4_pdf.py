"""Hostile set 4, PDF (page trees, object streams, actions, XFA, renderers):
each read as the worker reads it, in the bounded child. See
hostile_mail_4 for the attacks and hostile4_check for what each is held to."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile4_check import TEMPLATES, Listener, check, make_bait
from hostile_mail_2 import Bait, pdf_from_objects
from hostile_mail_4 import ATTACKS, FONT, _page, _text_stream

from extractors.base import ExtractionResult
from extractors.extract import matcher_for
from extractors.ocr import pages_past_cap
from extractors.pdf_form import PdfFormExtractor

KINDS = ("pdf_",)


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="module")
def bait(tmp_path_factory: pytest.TempPathFactory, listener: Listener) -> Bait:
    return make_bait(tmp_path_factory.mktemp("bait"), listener.port)


@pytest.mark.parametrize(
    "attack", [a for a in ATTACKS if a.name.startswith(KINDS)], ids=lambda a: a.name
)
def test_a_pdf_attack_is_read_safely(
    attack: object, bait: Bait, listener: Listener, tmp_path: Path
) -> None:
    check(attack, bait, listener, tmp_path.parent)  # type: ignore[arg-type]


def _text_pdf(pages: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< >>",
        _text_stream(),
        FONT,
    ]
    objects += [_page() for _ in range(pages)]
    return pdf_from_objects(objects)


def _scan_pdf(pages: int) -> bytes:
    from PIL import Image

    sheets = [Image.new("L", (400, 300), 255) for _ in range(pages)]
    out = io.BytesIO()
    sheets[0].save(out, format="PDF", save_all=True, append_images=sheets[1:], resolution=50)
    return out.getvalue()


def _codes(result: ExtractionResult) -> set[str]:
    return {d.code for d in result.defects}


@pytest.mark.parametrize(("pages", "unread"), [(20, False), (25, True)])
def test_pages_past_the_readers_cap_are_a_defect(pages: int, unread: bool) -> None:
    """A form may go on past the pages read: the clerk must know some were not."""
    labels = matcher_for(list(TEMPLATES))
    result = PdfFormExtractor().extract(_text_pdf(pages), part="2", labels=labels)
    assert ("pdf_pages_unread" in _codes(result)) is unread
    if unread:
        (found,) = [d for d in result.defects if d.code == "pdf_pages_unread"]
        assert "20 of 25" in found.detail


@pytest.mark.parametrize(("pages", "left"), [(2, 0), (5, 0), (7, 2)])
def test_the_scanned_pages_past_the_ocr_cap_are_counted(pages: int, left: int) -> None:
    """What `ocr_pages_unread` says: OCR reads MAX_PAGES (5) pages of a scan, at seconds
    a page, so the defect's count is what is left (OCR itself is not run here)."""
    assert pages_past_cap(_scan_pdf(pages)) == left
