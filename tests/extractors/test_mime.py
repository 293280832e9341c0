"""parse_message: Thai charsets, HTML tables, attachments, broken MIME, never raising.

Mails are generated here (no real person's data); the corpus of real third-party
mail in ../shared/corpus checks robustness and agreement with mail-parser.
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
import random
import zipfile
from pathlib import Path
from urllib.parse import quote_from_bytes

import mailparser
import pytest

from extractors.base import ParsedMessage
from extractors.html_text import html_tables, html_to_text
from extractors.mime import parse_message
from extractors.sniff import sniff_type

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
THAI_BODY = "เรียน เจ้าหน้าที่\nชื่อ-นามสกุล: สมหญิง ทดสอบ\nเรื่อง: ขอคัดสำเนาทะเบียนบ้าน “ด่วน”\n"
PDF_BYTES = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def corpus_mails() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(
        path
        for path in CORPUS.rglob("*")
        if path.is_file()
        and not path.name.startswith("LICENSE")
        and path.suffix in (".eml", ".txt", "")
    )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def mail(body: bytes, *, ctype: str = "text/plain", headers: str = "", cte: str = "8bit") -> bytes:
    head = (
        "From: Citizen <citizen@example.org>\r\n"
        "To: saraban@agency.example\r\n"
        "Subject: test\r\n"
        "Message-ID: <m1@example.org>\r\n"
        f"{headers}"
        "MIME-Version: 1.0\r\n"
        f"Content-Type: {ctype}\r\n"
        f"Content-Transfer-Encoding: {cte}\r\n\r\n"
    )
    return head.encode("ascii") + body


def multipart(parts: list[bytes], boundary: str = "B1", subtype: str = "mixed") -> bytes:
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + part + b"\r\n" for part in parts)
    return body + b"--" + boundary.encode() + b"--\r\n"


def part(body: bytes, ctype: str, extra: str = "", cte: str = "8bit") -> bytes:
    head = f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n{extra}\r\n"
    return head.encode("ascii") + body


# --- Thai charsets -------------------------------------------------------------------


def test_windows_874_subject_and_body_decode_to_thai() -> None:
    subject = "ขอคัดสำเนาทะเบียนบ้าน “ด่วน”"
    raw = mail(
        THAI_BODY.encode("cp874"),
        ctype="text/plain; charset=windows-874",
        headers=f"X-Case: =?windows-874?B?{b64(subject.encode('cp874'))}?=\r\n",
    ).replace(
        b"Subject: test", f"Subject: =?windows-874?B?{b64(subject.encode('cp874'))}?=".encode()
    )
    parsed = parse_message(raw)
    assert parsed.subject == subject
    assert parsed.headers["x-case"] == [subject]
    assert parsed.text_parts[0].text == THAI_BODY
    assert parsed.text_parts[0].charset == "cp874"
    assert parsed.text_parts[0].charset_declared == "windows-874"
    assert parsed.defects == []


def test_tis620_quoted_printable_body_and_q_subject() -> None:
    qp_subject = "".join(f"={byte:02X}" for byte in "คำร้องทั่วไป".encode("cp874"))
    qp_body = "".join(f"={byte:02X}" for byte in "ที่อยู่: 1 ถนนราชดำเนิน".encode("cp874"))
    raw = mail(qp_body.encode(), ctype='text/plain; charset="TIS-620"', cte="quoted-printable")
    raw = raw.replace(b"Subject: test", f"Subject: =?tis-620?Q?{qp_subject}?=".encode())
    parsed = parse_message(raw)
    assert parsed.subject == "คำร้องทั่วไป"
    assert parsed.text_parts[0].text == "ที่อยู่: 1 ถนนราชดำเนิน"


def test_undeclared_cp874_body_is_detected_and_recorded() -> None:
    parsed = parse_message(mail(THAI_BODY.encode("cp874")))
    assert parsed.text_parts[0].text == THAI_BODY
    assert parsed.text_parts[0].charset == "cp874"
    assert [d.code for d in parsed.defects] == ["charset_undeclared"]


def test_wrongly_declared_charset_is_detected_and_recorded() -> None:
    parsed = parse_message(mail(THAI_BODY.encode("cp874"), ctype="text/plain; charset=utf-8"))
    assert parsed.text_parts[0].text == THAI_BODY
    assert [(d.code, d.detail) for d in parsed.defects] == [
        ("charset_mismatch", "declared utf-8, read as cp874")
    ]


def test_thai_display_name_and_addresses() -> None:
    name = "=?utf-8?B?" + b64("สมชาย, ใจดี".encode()) + "?="
    raw = mail(b"hi").replace(
        b"From: Citizen <citizen@example.org>", f"From: {name} <somchai@example.org>".encode()
    )
    raw = raw.replace(b"To: saraban@agency.example", b"To: a@x.example, B <b@y.example>")
    parsed = parse_message(raw)
    assert (parsed.from_name, parsed.from_addr) == ("สมชาย, ใจดี", "somchai@example.org")
    assert parsed.to == ["a@x.example", "b@y.example"]


def test_envelope_fields() -> None:
    headers = (
        "Date: Tue, 3 Jan 2023 09:15:00 +0700\r\n"
        "In-Reply-To: <case-1@agency.example>\r\n"
        "References: <a@x> <case-1@agency.example>\r\n"
    )
    parsed = parse_message(mail(b"hi", headers=headers))
    assert parsed.message_id == "<m1@example.org>"
    assert parsed.date == "2023-01-03T09:15:00+07:00"
    assert parsed.in_reply_to == "<case-1@agency.example>"
    assert parsed.references == ["<a@x>", "<case-1@agency.example>"]
    assert parsed.headers["subject"] == ["test"]
    assert set(parsed.headers) >= {"from", "to", "date", "content-type", "mime-version"}


def test_bad_date_is_a_defect() -> None:
    parsed = parse_message(mail(b"hi", headers="Date: someday soon\r\n"))
    assert parsed.date is None
    assert [d.code for d in parsed.defects] == ["bad_date_header"]


# --- HTML ----------------------------------------------------------------------------


def test_html_table_body_becomes_label_value_lines() -> None:
    html = (
        "<html><body><p>เรียน เจ้าหน้าที่</p><table>"
        "<tr><td>ชื่อ-นามสกุล</td><td>สมหญิง ทดสอบ</td></tr>"
        "<tr><th>โทรศัพท์:</th><td>๐๘๑ ๒๓๔ ๕๖๗๘</td></tr>"
        "<tr><td>a</td><td>b</td><td>c</td></tr>"
        "</table><script>var x = 1;</script></body></html>"
    )
    raw = mail(html.encode("cp874"), ctype="text/html; charset=windows-874")
    text_part = parse_message(raw).text_parts[0]
    assert text_part.kind == "html"
    assert text_part.html == html
    assert text_part.text.splitlines() == [
        "เรียน เจ้าหน้าที่",
        "ชื่อ-นามสกุล : สมหญิง ทดสอบ",
        "โทรศัพท์ : ๐๘๑ ๒๓๔ ๕๖๗๘",
        "a | b | c",
    ]


def test_html_meta_charset_is_used_when_header_has_none() -> None:
    html = '<html><head><meta charset="tis-620"></head><body>จังหวัด</body></html>'
    text_part = parse_message(mail(html.encode("cp874"), ctype="text/html")).text_parts[0]
    assert text_part.text == "จังหวัด"
    assert text_part.charset_declared == "tis-620"


# --- structure and attachments -------------------------------------------------------


def test_part_paths_text_parts_and_sniffed_attachment() -> None:
    alternative = multipart(
        [
            part("ข้อความ".encode(), "text/plain; charset=utf-8"),
            part("<p>ข้อความ</p>".encode(), "text/html; charset=utf-8"),
        ],
        boundary="ALT",
    )
    body = multipart(
        [
            b'Content-Type: multipart/alternative; boundary="ALT"\r\n\r\n' + alternative,
            part(
                b64(PDF_BYTES).encode(),
                'application/octet-stream; name="form.bin"',
                'Content-Disposition: attachment; filename="form.bin"\r\n',
                cte="base64",
            ),
        ]
    )
    parsed = parse_message(mail(body, ctype='multipart/mixed; boundary="B1"'))
    assert [(t.part, t.kind, t.text) for t in parsed.text_parts] == [
        ("1.1", "plain", "ข้อความ"),
        ("1.2", "html", "ข้อความ"),
    ]
    [attachment] = parsed.attachments
    assert (attachment.index, attachment.part, attachment.filename) == (0, "2", "form.bin")
    assert attachment.declared_type == "application/octet-stream"
    assert attachment.sniffed_type == "application/pdf"
    assert attachment.content == PDF_BYTES
    assert attachment.size == len(PDF_BYTES)
    assert parsed.defects == []


def test_thai_filenames_rfc2231_and_rfc2047() -> None:
    rfc2231 = quote_from_bytes("คำร้อง.pdf".encode("cp874"))
    rfc2047 = b64("สำเนา.pdf".encode("cp874"))
    body = multipart(
        [
            part(b"hello", "text/plain"),
            part(
                PDF_BYTES,
                "application/pdf",
                f"Content-Disposition: attachment; filename*=tis-620''{rfc2231}\r\n",
            ),
            part(PDF_BYTES, f'application/pdf; name="=?windows-874?B?{rfc2047}?="'),
        ]
    )
    parsed = parse_message(mail(body, ctype="multipart/mixed; boundary=B1"))
    assert [a.filename for a in parsed.attachments] == ["คำร้อง.pdf", "สำเนา.pdf"]


def test_text_with_attachment_disposition_is_an_attachment() -> None:
    body = multipart(
        [
            part(b"body", "text/plain"),
            part(
                b"a,b\n1,2\n", "text/csv", 'Content-Disposition: attachment; filename="r.csv"\r\n'
            ),
            part(b"note", "text/plain", 'Content-Disposition: attachment; filename="n.txt"\r\n'),
        ]
    )
    parsed = parse_message(mail(body, ctype="multipart/mixed; boundary=B1"))
    assert [t.text for t in parsed.text_parts] == ["body"]
    assert [(a.part, a.sniffed_type) for a in parsed.attachments] == [
        ("2", "text/csv"),
        ("3", "text/plain"),
    ]


def test_attached_message_is_an_attachment_and_its_parts_are_walked() -> None:
    inner = mail("ภายใน".encode(), ctype="text/plain; charset=utf-8")
    body = multipart([part(b"see attached", "text/plain"), part(inner, "message/rfc822")])
    parsed = parse_message(mail(body, ctype="multipart/mixed; boundary=B1"))
    assert [(t.part, t.text) for t in parsed.text_parts] == [
        ("1", "see attached"),
        ("2.1", "ภายใน"),
    ]
    [attached] = parsed.attachments
    assert (attached.part, attached.declared_type, attached.sniffed_type) == (
        "2",
        "message/rfc822",
        "message/rfc822",
    )
    assert "ภายใน".encode() in attached.content


def test_non_text_single_part_message_is_an_attachment() -> None:
    parsed = parse_message(mail(b64(PDF_BYTES).encode(), ctype="application/pdf", cte="base64"))
    assert parsed.text_parts == []
    assert [(a.part, a.sniffed_type, a.content) for a in parsed.attachments] == [
        ("1", "application/pdf", PDF_BYTES)
    ]


# --- broken MIME ---------------------------------------------------------------------


def test_boundary_mismatch_recovers_the_parts() -> None:
    body = multipart(
        [part("ชื่อ: ก".encode(), "text/plain; charset=utf-8"), part(PDF_BYTES, "application/pdf")]
    )
    parsed = parse_message(mail(body, ctype="multipart/mixed; boundary=WRONG"))
    assert [t.text for t in parsed.text_parts] == ["ชื่อ: ก"]
    assert [a.sniffed_type for a in parsed.attachments] == ["application/pdf"]
    assert "broken_multipart" in {d.code for d in parsed.defects}
    assert "mime_start_boundary_not_found" in {d.code for d in parsed.defects}


def test_multipart_without_any_boundary_keeps_the_body_as_text() -> None:
    parsed = parse_message(mail("ชื่อ: ข".encode(), ctype="multipart/alternative"))
    assert [t.text for t in parsed.text_parts] == ["ชื่อ: ข"]
    assert "broken_multipart" in {d.code for d in parsed.defects}


def test_parts_after_the_close_boundary_are_kept() -> None:
    body = (
        multipart([part(b"first", "text/plain")])
        + b"\r\n"
        + multipart([part(PDF_BYTES, "application/pdf")])
    )
    parsed = parse_message(mail(body, ctype="multipart/mixed; boundary=B1"))
    assert [t.text for t in parsed.text_parts] == ["first"]
    assert [(a.part, a.sniffed_type) for a in parsed.attachments] == [("2", "application/pdf")]
    assert "parts_after_close_boundary" in {d.code for d in parsed.defects}


def test_missing_close_boundary_keeps_the_last_part() -> None:
    body = multipart([part(b"one", "text/plain"), part(b"two", "text/plain")])
    body = body.rsplit(b"--B1--", 1)[0]
    parsed = parse_message(mail(body, ctype="multipart/mixed; boundary=B1"))
    assert [t.text.strip() for t in parsed.text_parts] == ["one", "two"]
    assert "mime_close_boundary_not_found" in {d.code for d in parsed.defects}


@pytest.mark.parametrize("raw", [b"", b"\x00", b"\r\n\r\n", b"Subject: only a header"])
def test_degenerate_input(raw: bytes) -> None:
    assert isinstance(parse_message(raw), ParsedMessage)


def test_random_bytes_never_raise() -> None:
    rng = random.Random(20230110)
    for _ in range(200):
        data = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 2000)))
        parsed = parse_message(data)
        parsed.model_dump_json(exclude={"attachments": {"__all__": {"content"}}})


def test_nesting_too_deep_for_the_stdlib_keeps_headers_and_raw_bytes() -> None:
    nested = "".join(
        f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(3000)
    )
    raw = b"Subject: deep\r\n" + nested.encode()
    parsed = parse_message(raw)
    assert parsed.subject == "deep"
    assert parsed.attachments[0].content == raw
    assert "unparseable" in {d.code for d in parsed.defects}


def test_defect_details_carry_no_personal_data() -> None:
    secrets = ["สมศรี", "somsri", "1234567890123"]
    thai = secrets[0].encode("cp874")
    raw = (
        b"From: " + thai + b" <somsri@example.org>\r\n"
        b"Subject: " + thai + b"\r\n"
        b"Date: somsri 1234567890123\r\n"
        b"Content-Type: multipart/mixed; boundary=somsri\r\n\r\n"
        b"--somsri\r\nContent-Type: text/plain; charset=somsri\r\n\r\n"
        + thai
        + b" 1234567890123\r\n--x\r\nContent-Type: text/html\r\n\r\n"
        + thai
    )
    parsed = parse_message(raw)
    assert len(parsed.defects) >= 3
    for defect in parsed.defects:
        for secret in secrets:
            assert secret not in defect.detail and secret not in (defect.part or "")


# --- the corpus ----------------------------------------------------------------------


@pytest.mark.parametrize("path", corpus_mails(), ids=lambda p: p.name)
def test_corpus_mail_parses_without_raising(path: Path) -> None:
    parsed = parse_message(path.read_bytes())
    assert parsed.text_parts or parsed.attachments or parsed.defects
    for text_part in parsed.text_parts:
        text_part.text.encode("utf-8")  # valid text, no lone surrogates


def _corpus(name: str) -> ParsedMessage:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip("corpus not present (with CI=true the run stops at start-up instead)")
    return parse_message(path.read_bytes())


def test_corpus_attachment_after_reused_boundary_is_recovered() -> None:
    parsed = _corpus("spamscope-mail-parser/mail_malformed_1.eml")
    assert [a.sniffed_type for a in parsed.attachments] == ["application/zip"]
    assert {"broken_multipart", "parts_after_close_boundary"} <= {d.code for d in parsed.defects}


def test_corpus_wrong_declared_boundary_recovers_both_messages() -> None:
    parsed = _corpus("cpython-email/msg_31.txt")
    assert [t.text.strip() for t in parsed.text_parts] == ["message 1", "message 2"]


def test_corpus_truncated_report_boundary_still_finds_the_dsn() -> None:
    parsed = _corpus("cpython-email/msg_25.txt")
    assert "message/delivery-status" in {a.declared_type for a in parsed.attachments}


def test_corpus_pdf_attachment_is_sniffed() -> None:
    parsed = _corpus("mailgun-flanker/attached-pdf.eml")
    assert [a.sniffed_type for a in parsed.attachments] == ["application/pdf"]
    assert parsed.attachments[0].content.startswith(b"%PDF")


def _mailparser_bytes(attachment: dict[str, object]) -> bytes | None:
    payload = str(attachment["payload"])
    if not attachment["binary"]:
        return payload.encode("utf-8", "surrogateescape")
    try:
        return base64.b64decode(payload)
    except binascii.Error:
        return None


@pytest.mark.parametrize("path", corpus_mails(), ids=lambda p: p.name)
def test_nothing_mailparser_finds_is_missing(path: Path) -> None:
    """Every attachment and body mail-parser finds is also in our output."""
    raw = path.read_bytes()
    logging.disable(logging.CRITICAL)  # mail-parser logs header values
    try:
        theirs = mailparser.parse_from_bytes(raw)
    finally:
        logging.disable(logging.NOTSET)
    ours = parse_message(raw)
    contents = [a.content for a in ours.attachments]
    names = [a.filename for a in ours.attachments]
    for attachment in theirs.attachments:
        data = _mailparser_bytes(attachment)
        assert data in contents if data is not None else attachment["filename"] in names
    if "broken_multipart" in {d.code for d in ours.defects}:
        return  # mail-parser keeps the broken body as one string; we split it into parts
    ours_text = {"".join((t.html or t.text).split()) for t in ours.text_parts}
    for body in theirs.text_plain + theirs.text_html:
        assert "".join(body.split()) in ours_text


# --- content sniffing ----------------------------------------------------------------


def _zip(names: dict[str, bytes], stored_first: str | None = None) -> bytes:
    """The same bytes each time (a fixed date on every member): the bytes name the test,
    and pytest-xdist's processes must collect the same names."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if stored_first:
            archive.writestr(_member(stored_first), names.pop(stored_first), zipfile.ZIP_STORED)
        for name, data in names.items():
            archive.writestr(_member(name), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _member(name: str) -> zipfile.ZipInfo:
    return zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    ("data", "declared", "filename", "expected"),
    [
        (PDF_BYTES, "application/octet-stream", None, "application/pdf"),
        (b"\r\n" + PDF_BYTES, None, None, "application/pdf"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "application/pdf", None, "image/png"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, None, None, "image/jpeg"),
        (b"GIF89a" + b"\x00" * 20, None, None, "image/gif"),
        (b"II*\x00" + b"\x00" * 20, None, None, "image/tiff"),
        (
            _zip({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}),
            "application/octet-stream",
            "a.bin",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        (
            _zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>"}),
            None,
            None,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            _zip(
                {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "c.xml": b"<x/>"},
                stored_first="mimetype",
            ),
            None,
            None,
            "application/vnd.oasis.opendocument.spreadsheet",
        ),
        (_zip({"a.txt": b"hello"}), None, None, "application/zip"),
        (OLE + "Workbook".encode("utf-16-le"), None, None, "application/vnd.ms-excel"),
        (OLE + "WordDocument".encode("utf-16-le"), None, None, "application/msword"),
        ("ชื่อ,เบอร์\n".encode(), "application/octet-stream", "r.csv", "text/csv"),
        (b"a,b\n1,2\n", "text/csv", None, "text/csv"),
        ("สวัสดี".encode("cp874"), "application/octet-stream", None, "text/plain"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "text/plain", None, "text/html"),
        (b"Received: from x\r\nSubject: y\r\n\r\nbody", None, None, "message/rfc822"),
        (bytes(range(256)), "application/x-thing", None, "application/x-thing"),
        (bytes(range(256)), None, None, "application/octet-stream"),
        (b"", "application/pdf", "a.pdf", "application/x-empty"),
    ],
)
def test_sniff_type(data: bytes, declared: str | None, filename: str | None, expected: str) -> None:
    assert sniff_type(data, declared, filename) == expected


# --- HTML to text --------------------------------------------------------------------


def test_html_to_text_drops_scripts_and_breaks_blocks() -> None:
    html = "<style>p{}</style><div>หนึ่ง<br>สอง</div><p>สาม&nbsp;สี่</p><script>x()</script>ห้า"
    assert html_to_text(html).splitlines() == ["หนึ่ง", "สอง", "สาม สี่", "ห้า"]


def test_html_empty_lines_the_sender_typed_stay_empty_lines() -> None:
    """Gmail writes an empty line as `<div><br></div>`, Outlook as `<p>&nbsp;</p>`; the
    blank ends a value that runs over lines (x8: "ขอบคุณครับ" was read into the details).
    Whitespace between tags of pretty-printed HTML is no empty line."""
    gmail = "<div>รายละเอียด: ก</div><div><br></div><div><br></div><div>ขอบคุณครับ</div>"
    outlook = "<p class=MsoNormal>ก<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p>ข</p>"
    assert html_to_text(gmail).splitlines() == ["รายละเอียด: ก", "", "ขอบคุณครับ"]
    assert html_to_text(outlook).splitlines() == ["ก", "", "ข"]
    assert html_to_text("<div>\n  <p>ก</p>\n  <p>ข</p>\n</div>").splitlines() == ["ก", "ข"]


def test_html_row_with_empty_value_keeps_its_label() -> None:
    html = "<table><tr><td>อีเมล:</td><td></td></tr><tr><td></td><td></td></tr></table>"
    assert html_to_text(html) == "อีเมล :"


def test_html_spacer_cells_do_not_hide_a_label_value_pair() -> None:
    html = "<table><tr><td>จังหวัด</td><td> </td><td>เชียงใหม่</td></tr></table>"
    assert html_to_text(html) == "จังหวัด : เชียงใหม่"


def test_html_nested_layout_table_keeps_document_order() -> None:
    html = (
        "<table><tr><td>หัว<table><tr><td>ชื่อ</td><td>ก</td></tr></table></td>"
        "<td>ท้าย</td></tr></table>"
    )
    assert html_to_text(html).splitlines() == ["หัว", "ชื่อ : ก", "ท้าย"]
    assert html_tables(html) == [[["หัว", "ท้าย"]], [["ชื่อ", "ก"]]]


def test_html_tables_unclosed_tags() -> None:
    html = "<table><tr><td>ชื่อ<td>ก<tr><td>เบอร์<td>๐๘๑</table>"
    assert html_tables(html) == [[["ชื่อ", "ก"], ["เบอร์", "๐๘๑"]]]


@pytest.mark.parametrize("html", ["", "<", "<!", "<table><tr><td>", "</td></tr>x", "<!DOCTYPE"])
def test_html_to_text_never_raises(html: str) -> None:
    assert isinstance(html_to_text(html), str)
    assert isinstance(html_tables(html), list)
