"""Content type -> the extractors that read it.

Looked up like the stdlib `email.contentmanager`: the full type ("text/html"), then the
main type ("text"), then the fallback (none). A type nobody reads is not an error: the
caller records it and moves on.
"""

from __future__ import annotations

from collections.abc import Mapping

from extractors.base import ExtractionResult, Extractor, LabelIndex
from extractors.body_form import BodyFormExtractor, decode_text_bytes
from extractors.csv_form import CsvFormExtractor
from extractors.docx_form import DocxFormExtractor
from extractors.html_table import HtmlTableExtractor
from extractors.html_text import html_to_text
from extractors.ocr import OcrExtractor
from extractors.ods_form import OdsFormExtractor
from extractors.office_text import OdtFormExtractor, RtfFormExtractor
from extractors.pdf_form import PdfFormExtractor
from extractors.prose import ProseExtractor
from extractors.sheet_paste import sheet_zeros_restored
from extractors.sniff import AVIF, DOCX, HEIC, ODS, ODT, RTF, SVG, XLSX
from extractors.svg_form import SvgFormExtractor
from extractors.vcard import VCardExtractor, VCardInTextExtractor
from extractors.xlsx_form import XlsxFormExtractor
from extractors.xml_form import XmlFormExtractor


class HtmlBodyFormExtractor:
    """`label: value` lines of an HTML body once converted to text (rows as lines)."""

    name = "html_body_form"

    def __init__(self) -> None:
        self._lines = BodyFormExtractor(kind="body_html")

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        html = decode_text_bytes(content) if isinstance(content, bytes) else content
        found = self._lines.extract(html_to_text(html), part=part, labels=labels)
        return sheet_zeros_restored(html, found, labels)


class HtmlProseExtractor:
    """Typed entities in the sentences of an HTML body once converted to text."""

    name = "html_prose"

    def __init__(self) -> None:
        self._text = ProseExtractor(kind="body_html")

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        html = decode_text_bytes(content) if isinstance(content, bytes) else content
        return self._text.extract(html_to_text(html), part=part, labels=labels)


class ExtractorRegistry:
    def __init__(
        self,
        handlers: Mapping[str, tuple[Extractor, ...]],
        fallback: tuple[Extractor, ...] = (),
    ) -> None:
        self._handlers = {key.lower(): value for key, value in handlers.items()}
        self._fallback = fallback

    def lookup(self, content_type: str) -> tuple[Extractor, ...]:
        """Extractors for a type such as "text/html; charset=utf-8"; () when none."""
        full = content_type.split(";", 1)[0].strip().lower()
        main = full.split("/", 1)[0]
        for key in (full, main):
            if key in self._handlers:
                return self._handlers[key]
        return self._fallback


def default_registry() -> ExtractorRegistry:
    return ExtractorRegistry(
        {
            "text/plain": (BodyFormExtractor(), ProseExtractor(), VCardInTextExtractor()),
            # any other text a person wrote (a Markdown note, a YAML file, a log): what it
            # is to a reader of words, plain text; unread, its request was lost (set 25)
            "text": (BodyFormExtractor(), ProseExtractor(), VCardInTextExtractor()),
            # ... but not what machines write as text: a returned mail's headers, an
            # invitation's calendar (their From, To and times are no applicant's)
            "text/rfc822-headers": (),
            "text/calendar": (),
            "text/html": (HtmlTableExtractor(), HtmlBodyFormExtractor(), HtmlProseExtractor()),
            # The OCR extractor reads only the pages without a text layer (scans).
            "application/pdf": (PdfFormExtractor(), OcrExtractor("pdf")),
            DOCX: (DocxFormExtractor(),),
            XLSX: (XlsxFormExtractor(),),
            # a form saved as CSV, or an online form's answers exported so
            "text/csv": (CsvFormExtractor(),),
            # an e-service's record of the submission (an office file saved as XML is
            # repacked before this: extractors.flat_xml)
            "application/xml": (XmlFormExtractor(),),
            "text/tab-separated-values": (CsvFormExtractor(),),
            ODT: (OdtFormExtractor(),),
            ODS: (OdsFormExtractor(),),
            RTF: (RtfFormExtractor(),),
            # a contact card: the phone's mail app attaches the sender's own
            "text/vcard": (VCardExtractor(),),
            "text/x-vcard": (VCardExtractor(),),
            "image/jpeg": (OcrExtractor("image"),),
            "image/png": (OcrExtractor("image"),),
            "image/tiff": (OcrExtractor("image"),),
            "image/webp": (OcrExtractor("image"),),  # saved from a browser or a chat app
            HEIC: (OcrExtractor("image"),),  # an iPhone's photos
            "image/heif": (OcrExtractor("image"),),
            AVIF: (OcrExtractor("image"),),  # Android's and web tools' newer photos
            # a form drawn in a design tool: its words, and any scan embedded in it
            SVG: (SvgFormExtractor(),),
        }
    )
