"""Content types from magic bytes, not from what the sender declared.

A mail client may call a PDF `application/octet-stream` or a spreadsheet `text/plain`;
the extractor registry routes by the sniffed type, so it must come from the bytes.
"""

from __future__ import annotations

import io
import re
import zipfile

PDF = "application/pdf"
ZIP = "application/zip"
OLE = "application/x-ole-storage"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLS = "application/vnd.ms-excel"
DOC = "application/msword"
PPT = "application/vnd.ms-powerpoint"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
RTF = "application/rtf"
XML = "application/xml"
TNEF = "application/ms-tnef"  # Outlook's winmail.dat
SVG = "image/svg+xml"
HEIC = "image/heic"
AVIF = "image/avif"
EMPTY = "application/x-empty"
OCTET = "application/octet-stream"

_PREFIXES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\x1f\x8b", "application/gzip"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"\x78\x9f\x3e\x22", TNEF),
    (b"{\\rtf", RTF),  # WordPad, old Word: text, but not to be read as a mail body
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# OLE2 directory entries are UTF-16LE stream names.
_OLE_STREAMS: tuple[tuple[bytes, str], ...] = (
    ("Workbook".encode("utf-16-le"), XLS),
    ("Book".encode("utf-16-le"), XLS),
    ("WordDocument".encode("utf-16-le"), DOC),
    ("PowerPoint Document".encode("utf-16-le"), PPT),
)
_OOXML_DIRS = (("xl/", XLSX), ("word/", DOCX), ("ppt/", PPTX))
_HEAD = 4096
_HTML = re.compile(rb"<(!doctype\s+html|html|head|body|table|div|p|br)[\s>/]", re.IGNORECASE)
_MAIL_HEADER = re.compile(
    rb"^(received|return-path|from|message-id|mime-version|date|subject|to|delivered-to)"
    rb":[ \t]",
    re.IGNORECASE,
)
# ISO base media files (HEIF, AVIF, MP4) open with an `ftyp` box listing brands: a photo
# is known by an image brand among them, a video (isom, mp42, qt) by none.
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})
# An SVG may open with a prolog, comments and a DOCTYPE before its root element.
_SVG_ROOT = re.compile(
    rb"^(?:<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>|\s)*<svg[\s>/:]",
    re.DOTALL | re.IGNORECASE,
)
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


def sniff_type(data: bytes, declared: str | None, filename: str | None) -> str:
    """The content type the bytes show; the declared type only when they show none."""
    declared = (declared or "").strip().lower() or None
    if not data:
        return EMPTY
    head = data[:_HEAD]
    for magic, kind in _PREFIXES:
        if head.startswith(magic):
            return kind
    if b"%PDF-" in data[:1024]:  # some generators put junk before the header
        return PDF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        photo = _ftyp_kind(head)
        if photo:
            return photo
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(data)
    if _is_text(head):
        return _text_kind(head, declared, filename)
    return declared or OCTET


def _ftyp_kind(head: bytes) -> str | None:
    """HEIC or AVIF from the brands of an `ftyp` box; None for another ISO media file."""
    size = int.from_bytes(head[:4], "big")
    end = min(max(size, 16), len(head))
    brands = {head[8:12]} | {head[at : at + 4] for at in range(16, end - 3, 4)}
    if brands & _AVIF_BRANDS:
        return AVIF
    if brands & _HEIC_BRANDS:
        return HEIC
    return None


def _zip_kind(data: bytes) -> str:
    # ODF stores an uncompressed "mimetype" member first, readable without unzipping.
    if data[30:38] == b"mimetype":
        kind = data[38:120].split(b"PK", 1)[0].decode("ascii", "replace").strip()
        if kind.startswith("application/vnd.oasis.opendocument."):
            return kind
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return ZIP
    if "[Content_Types].xml" in names:
        for prefix, kind in _OOXML_DIRS:
            if any(name.startswith(prefix) for name in names):
                return kind
    return ZIP


def _ole_kind(data: bytes) -> str:
    for stream, kind in _OLE_STREAMS:
        if stream in data:
            return kind
    return OLE


def _is_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _is_wide_text(head)
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte in _CONTROL)
    return controls <= len(head) // 100


def _is_wide_text(head: bytes) -> bool:
    """UTF-16 with its byte-order mark (Notepad's "Unicode"): judged by its letters, as
    its bytes hold a control byte in every Thai letter (U+0E01 is 01 0E)."""
    text = head[: len(head) // 2 * 2].decode("utf-16", errors="replace")
    controls = sum(1 for ch in text if ord(ch) in _CONTROL or ch == "\ufffd")
    return controls <= len(text) // 100


# The headers only a mail program writes. A file sent as text/plain and named .txt whose
# first lines are "From: ..." and "Subject: ..." with none of these is text a person or a
# web form wrote (a contact form's notice saved by Notepad): read as text, its lines are
# read as the same lines in a body are. Read as an attached mail, its Subject line became
# a header the case never reads, and the mail's own subject (the site's name before the
# form's) was taken (the metamorphic harness's txt_utf8, txt_cp874).
_PROGRAMS_HEADER = re.compile(
    rb"^(?:received|return-path|message-id|mime-version|delivered-to|content-type"
    rb"|content-transfer-encoding|dkim-signature|x-[\w-]+):",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_END = re.compile(rb"\r?\n[ \t]*\r?\n")


def _typed_text(stripped: bytes, declared: str | None, filename: str | None) -> bool:
    if declared != "text/plain" or not (filename or "").lower().endswith(".txt"):
        return False
    end = _HEADER_END.search(stripped)
    block = stripped[: end.start()] if end else stripped
    return _PROGRAMS_HEADER.search(block) is None


def _text_kind(head: bytes, declared: str | None, filename: str | None) -> str:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if _SVG_ROOT.match(stripped):  # a drawing: its words are read apart (extractors.svg_form)
        return SVG
    if stripped[:5].lower() == b"<?xml":
        return XML
    if _MAIL_HEADER.match(stripped) and not _typed_text(stripped, declared, filename):
        return "message/rfc822"  # before HTML: a saved page (.mht) is a message of it
    if _HTML.search(head[:1024]):
        return "text/html"
    if declared and declared.startswith("text/"):
        return declared  # text/csv, text/calendar: the bytes cannot tell them apart
    if filename and filename.lower().endswith((".csv", ".tsv")):
        return "text/csv"
    return "text/plain"
