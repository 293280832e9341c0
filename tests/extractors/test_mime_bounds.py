"""parse_message keeps what a request can be and no more (issue 11, the second hostile
set): a text part's text and a header's value are cut, and the MIME fields whose
parameters the stdlib reads in quadratic time are cut before it reads them."""

from __future__ import annotations

from email.message import EmailMessage

from extractors.mime import (
    MAX_ATTACHED_DEPTH,
    MAX_DEFECTS,
    MAX_HEADER_CHARS,
    MAX_HEADER_FIELDS,
    MAX_PARAM_FIELD_BYTES,
    MAX_TEXT_CHARS,
    MAX_TEXT_PARTS,
    parse_message,
)
from extractors.sandbox import Limits, run_bounded

# A generous bound, not a timing: the parse takes well under a second after the cut and
# over a minute before it.
PARSE_LIMITS = Limits(seconds=30.0, memory_mb=1024)


def request(body: str, subject: str = "คำร้องทั่วไป") -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "ผู้ทดสอบ <tester@example.org>"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = subject
    mail.set_content(body)
    return mail


def codes(raw: bytes) -> list[str]:
    return [d.code for d in parse_message(raw).defects]


def test_a_text_part_longer_than_any_request_is_cut_with_a_defect() -> None:
    body = "ชื่อ-นามสกุล: ผู้ทดสอบ ใจดี\n" + "ก" * (MAX_TEXT_CHARS + 10)
    parsed = parse_message(bytes(request(body)))
    (text,) = parsed.text_parts
    assert len(text.text) <= MAX_TEXT_CHARS
    assert text.text.startswith("ชื่อ-นามสกุล: ผู้ทดสอบ ใจดี")
    assert "text_truncated" in [d.code for d in parsed.defects]


def test_an_html_part_is_cut_too_both_its_html_and_its_text() -> None:
    mail = request("plain")
    mail.set_content("<p>ชื่อ: ก</p>" + "&#3585;" * (MAX_TEXT_CHARS // 7 + 10), subtype="html")
    parsed = parse_message(bytes(mail))
    (html,) = parsed.text_parts
    assert html.html is not None and len(html.html) <= MAX_TEXT_CHARS
    assert "text_truncated" in [d.code for d in parsed.defects]


def test_a_short_text_is_whole_and_has_no_defect() -> None:
    parsed = parse_message(bytes(request("ชื่อ-นามสกุล: ผู้ทดสอบ ใจดี\n")))
    assert parsed.text_parts[0].text.strip() == "ชื่อ-นามสกุล: ผู้ทดสอบ ใจดี"
    assert not {"text_truncated", "header_truncated"} & {d.code for d in parsed.defects}


def test_a_header_value_past_any_real_one_is_cut() -> None:
    raw = bytes(request("x", subject="ก")).replace(
        b"Subject: ", b"Subject: " + "ข".encode() * (MAX_HEADER_CHARS + 10), 1
    )
    parsed = parse_message(raw)
    assert len(parsed.subject) <= MAX_HEADER_CHARS
    assert "header_truncated" in [d.code for d in parsed.defects]


def test_a_content_type_of_150000_parameters_is_cut_before_the_parser_reads_it() -> None:
    params = b"".join(b";\r\n x%d=y" % i for i in range(150_000))
    raw = (
        b"From: a@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=b" + params + b"\r\n\r\n"
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "ชื่อ: ผู้ทดสอบ".encode()
        + b"\r\n--b--\r\n"
    )
    parsed = run_bounded(parse_message, raw, limits=PARSE_LIMITS)
    assert [t.text.strip() for t in parsed.text_parts] == ["ชื่อ: ผู้ทดสอบ"]
    assert "header_truncated" in [d.code for d in parsed.defects]


def test_a_file_name_in_150000_rfc2231_sections_is_read_from_its_first_sections() -> None:
    sections = b"".join(b";\r\n filename*%d=a" % i for i in range(1, 150_000))
    raw = (
        b"From: a@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
        b"--b\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename*0=form" + sections + b"\r\n\r\n"
        b"%PDF-1.4\r\n--b--\r\n"
    )
    parsed = run_bounded(parse_message, raw, limits=PARSE_LIMITS)
    (attachment,) = parsed.attachments
    assert attachment.filename is not None and attachment.filename.startswith("forma")
    assert len(attachment.filename) < MAX_PARAM_FIELD_BYTES
    assert "header_truncated" in [d.code for d in parsed.defects]


def test_attached_messages_500_deep_are_read_for_text_but_kept_as_files_only_10_deep() -> None:
    inner = b"From: x@example.org\r\nSubject: in\r\n\r\n" + "ชื่อ: ผู้ทดสอบ".encode() + b"\r\n"
    for level in range(500):
        inner = (
            b"From: l%d@example.org\r\nSubject: level %d\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: message/rfc822\r\n\r\n" % (level, level) + inner
        )
    raw = b"From: a@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\n" + inner.split(b"\r\n", 2)[2]
    parsed = run_bounded(parse_message, raw, limits=PARSE_LIMITS)
    assert [t.text.strip() for t in parsed.text_parts] == ["ชื่อ: ผู้ทดสอบ"]
    assert len(parsed.attachments) <= MAX_ATTACHED_DEPTH
    assert "nesting_too_deep" in [d.code for d in parsed.defects]


def test_a_forward_of_a_forward_is_kept_whole_at_every_level() -> None:
    inner = b"From: x@example.org\r\nSubject: in\r\n\r\nhello\r\n"
    for level in range(3):
        inner = (
            b"From: l%d@example.org\r\nSubject: fwd %d\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: message/rfc822\r\n\r\n" % (level, level) + inner
        )
    parsed = parse_message(inner)
    assert len(parsed.attachments) == 3
    assert all(a.content for a in parsed.attachments)
    assert "nesting_too_deep" not in [d.code for d in parsed.defects]


def test_a_mail_of_50000_parts_hands_back_the_first_hundred_and_a_count() -> None:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(20_000))
    files = b"".join(
        b"--b\r\nContent-Type: application/octet-stream\r\n"
        b'Content-Disposition: attachment; filename="f.bin"\r\n\r\nx\r\n'
        for _ in range(1_000)
    )
    raw = (
        b"From: a@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "ชื่อ: ผู้ทดสอบ".encode()
        + b"\r\n"
        + parts
        + files
        + b"--b--\r\n"
    )
    parsed = run_bounded(parse_message, raw, limits=PARSE_LIMITS)
    assert len(parsed.text_parts) == MAX_TEXT_PARTS
    assert parsed.text_parts[0].text.strip() == "ชื่อ: ผู้ทดสอบ"  # the first ones kept
    assert len(parsed.defects) <= MAX_DEFECTS + 3
    details = [d.detail for d in parsed.defects if d.code == "too_many_parts"]
    # so many parts are read flat, the first ones only: the rest are counted, not parsed
    assert "21001 parts, the first 200 read" in details
    assert "200 text parts, the first 100 kept" in details
    assert parsed.parts_left_out == 21_001 - MAX_TEXT_PARTS


def test_a_mail_of_50000_parts_is_read_flat_before_the_stdlib_builds_them() -> None:
    """The stdlib's parser alone took over 10 s on the hostile set's 50,000 one-line
    parts (a Message object each); the boundary lines are counted on the bytes first."""
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(50_000))
    files = b"".join(
        b"--b\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="f.pdf"\r\n\r\n%PDF-1.4\r\n'
        for _ in range(2)
    )
    raw = (
        b"From: a@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "ชื่อ: ผู้ทดสอบ".encode()
        + b"\r\n"
        + files
        + parts
        + b"--b--\r\n"
    )
    # a bound, not a timing: over 10 s before, well under a second now
    parsed = run_bounded(parse_message, raw, limits=Limits(seconds=5.0, memory_mb=1024))
    assert parsed.subject == "s" and parsed.from_addr == "a@example.org"
    assert parsed.text_parts[0].text.strip() == "ชื่อ: ผู้ทดสอบ"
    assert [a.filename for a in parsed.attachments] == ["f.pdf", "f.pdf"]
    assert "too_many_parts" in {d.code for d in parsed.defects}
    assert parsed.parts_left_out > 49_000


def test_a_mail_of_some_parts_is_parsed_as_a_tree() -> None:
    mail = request("ชื่อ: ผู้ทดสอบ")
    for number in range(30):
        mail.add_attachment(b"%PDF-1.4", "application", "pdf", filename=f"{number}.pdf")
    parsed = parse_message(bytes(mail))
    assert len(parsed.attachments) == 30
    assert "too_many_parts" not in {d.code for d in parsed.defects}


def test_a_mail_of_120000_header_fields_hands_back_the_first_thousand() -> None:
    """Each field kept is a string in a list in a dict that goes from the parser's child
    to the worker: 120,000 of them were 20 MB of the worker's memory for one mail."""
    fields = b"".join(b"X-H%d: v\r\n" % i for i in range(100_000))
    fields += b"".join(b"Received: from x%d by y\r\n" % i for i in range(20_000))
    raw = b"From: a@example.org\r\nSubject: s\r\n" + fields + b"\r\nbody\r\n"
    parsed = run_bounded(parse_message, raw, limits=PARSE_LIMITS)
    assert parsed.subject == "s" and parsed.from_addr == "a@example.org"
    assert sum(len(values) for values in parsed.headers.values()) == MAX_HEADER_FIELDS
    details = [d.detail for d in parsed.defects if d.code == "header_truncated"]
    assert f"120002 header fields, the first {MAX_HEADER_FIELDS} kept" in details


def test_a_long_trace_of_received_fields_is_kept_whole() -> None:
    mail = request("ชื่อ: ผู้ทดสอบ")
    for hop in range(60):
        mail["Received"] = f"from relay{hop}.example.org by mx.example.go.th"
    parsed = parse_message(bytes(mail))
    assert len(parsed.headers["received"]) == 60
    assert "header_truncated" not in {d.code for d in parsed.defects}
