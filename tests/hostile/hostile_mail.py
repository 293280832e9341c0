"""Hostile mail, built in the test: what the hostile set showed stalls or breaks intake.

Nothing here is read from disk; each builder returns raw RFC 5322 bytes.
"""

from __future__ import annotations

import base64
import random
import zlib
from email.message import EmailMessage
from functools import lru_cache

GIB = 1024 * 1024 * 1024


def pdf_with_content(content_stream: bytes, *, filter_flate: bool, extra: bytes = b"") -> bytes:
    """A one-page PDF whose page content is the given (already encoded) stream."""
    flt = b"/Filter /FlateDecode " if filter_flate else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< "
        + flt
        + extra
        + b"/Length %d >>\nstream\n" % len(content_stream)
        + content_stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@lru_cache(maxsize=1)
def zeros_deflated(size: int = 2 * GIB) -> bytes:
    """zlib data that inflates to `size` zero bytes (2 GiB -> about 2 MB)."""
    packer = zlib.compressobj(9)
    chunk = bytes(64 * 1024 * 1024)
    parts = [packer.compress(chunk) for _ in range(size // len(chunk))]
    parts.append(packer.flush())
    return b"".join(parts)


def pdf_bomb() -> bytes:
    return pdf_with_content(zeros_deflated(), filter_flate=True)


def slow_pdf(megabytes: int = 40) -> bytes:
    """Within every size cap, but its page content takes pdfminer minutes to interpret."""
    ops = b"BT /F1 1 Tf 1 1 Td (x) Tj ET\n" * (megabytes * 1024 * 1024 // 29)
    return pdf_with_content(zlib.compress(ops, 9), filter_flate=True)


def _request(subject: str, body: str, n: int) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = f"Hostile Sender {n} <hostile.{n}@example.org>"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = subject
    mail["Message-ID"] = f"<hostile-{n}-{random.Random(n).randint(10**8, 10**9)}@example.org>"
    mail.set_content(body)
    return mail


def mail_with_pdf(pdf: bytes, n: int) -> bytes:
    mail = _request("คำร้อง แนบแบบฟอร์ม", "ขอส่งแบบฟอร์มตามไฟล์แนบ", n)
    mail.add_attachment(pdf, maintype="application", subtype="pdf", filename="form.pdf")
    return bytes(mail)


def html_lt_mail(n: int, size: int = 1024 * 1024) -> bytes:
    """A 1 MB HTML body of repeated `<a`: quadratic for CPython's html.parser."""
    mail = _request("คำร้อง HTML", "plain", n)
    mail.set_content("<a" * (size // 2), subtype="html")
    return bytes(mail)


def nested_mail(depth: int, marker: str) -> bytes:
    head = (
        b"From: Deep <deep@example.org>\r\nTo: saraban@example.go.th\r\n"
        b"Subject: nested\r\nMessage-ID: <nested-%d@example.org>\r\nMIME-Version: 1.0\r\n" % depth
    )
    parts = [head]
    for level in range(depth):
        parts.append(
            b'Content-Type: multipart/mixed; boundary="lvl%d"\r\n\r\n--lvl%d\r\n' % (level, level)
        )
    parts.append(b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + marker.encode() + b"\r\n")
    parts += [b"--lvl%d--\r\n" % level for level in reversed(range(depth))]
    return b"".join(parts)


def not_mail_inputs() -> dict[str, bytes]:
    rng = random.Random(11)
    return {
        "empty": b"",
        "whitespace": b" \r\n\t\r\n   \n",
        "random": bytes(rng.randrange(256) for _ in range(4096)),
        "noise_text": base64.b85encode(bytes(rng.randrange(256) for _ in range(900))),
    }
