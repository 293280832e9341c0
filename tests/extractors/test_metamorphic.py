"""The metamorphic transforms (metamorphic.py) and a sample of their run over the typed sets.

(a) Each transform, on a tiny made-up mail: its output parses (the stdlib and the
service's parse_message) and a clerk reads the same text in it. (b) A deterministic sample
of requests x transforms, read now: each transform's right fields held at their floor and
its silent ones at their ceiling. The whole table (every request x every transform) is a
script: PYTHONPATH=. /work/main/.venv/bin/python tests/extractors/metamorphic.py
"""

from __future__ import annotations

import base64
import io
import re
from email.message import EmailMessage
from functools import cache
from html import unescape

import pytest
from metamorphic import (
    NOTE_SEE_FILE,
    RELATIVE,
    TRANSFORMS,
    Request,
    Row,
    all_requests,
    body_only,
    fwd_gmail_files,
    load,
    render,
    run,
    text_of,
    wrap_line,
)
from parallel_reads import OCR_SETS

from extractors.mime import parse_message

pytestmark = OCR_SETS  # reads many mails at once, READERS at a time

ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# A made-up request: every value invented, the ID's check digit valid.
TINY = """\
เรียน เจ้าหน้าที่งานสารบรรณ

ชื่อ-นามสกุล: นายสมชาย ใจดีมาก
เลขประจำตัวประชาชน: 1-1037-00451-23-0
โทรศัพท์: 089-123-4567
อีเมล: somchai.jd99@example.com
ที่อยู่: 45/7 หมู่ 3 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 ใกล้ตลาดสดเทศบาลและโรงเรียนประถม
เรื่อง: ขอสำเนาทะเบียนบ้าน

ขอบคุณครับ
"""


def tiny_mail(html: str | None = None, attach: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Somchai <somchai.jd99@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอสำเนาทะเบียนบ้าน"
    msg["Date"] = "Tue, 03 Nov 2026 09:00:00 +0000"
    msg["Message-ID"] = "<tiny@example.com>"
    if html is None:
        msg.set_content(TINY, charset="utf-8")
    else:
        msg.set_content(html, subtype="html", charset="utf-8")
    if attach:
        msg.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename="a.pdf")
    return bytes(msg)


def flat(text: str) -> str:
    """What a clerk reads, whitespace and quote marks aside, in Arabic digits."""
    text = re.sub(r"(?m)^>[ ]?", "", text)
    return " ".join(text.translate(ARABIC).split())


def html_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</(div|p)>", "\n", markup)
    return unescape(re.sub(r"<[^>]+>", "", markup))


def readable(raw: bytes) -> str:
    """Every text a clerk would open: the body parts and the attached .txt and .docx."""
    import docx

    out = []
    for part in load(raw).walk():
        if part.is_multipart():
            continue
        kind, name = part.get_content_type(), part.get_filename() or ""
        if name.endswith(".docx"):
            data = part.get_payload(decode=True)
            out += [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
        elif name.endswith(".txt") and part.get_content_charset() is None:
            out.append(part.get_payload(decode=True).decode("cp874"))  # Notepad's "ANSI"
        elif kind == "text/html":
            out.append(html_text(text_of(part)))
        elif kind == "text/plain":
            out.append(text_of(part))
    return "\n".join(out)


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_transform_parses_and_keeps_the_text(name: str) -> None:
    raw = tiny_mail()
    out = TRANSFORMS[name](raw)
    assert out is not None and out != raw
    parsed = parse_message(out)
    assert parsed.text_parts or parsed.attachments
    assert not [d for d in parsed.defects if d.code != "header_truncated"], parsed.defects
    assert flat(TINY) in flat(readable(out))


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_transform_keeps_an_html_body_or_skips_it(name: str) -> None:
    html = "<div dir=ltr><div>ชื่อ: นายสมชาย ใจดีมาก</div><div>โทร 089-123-4567</div></div>"
    out = TRANSFORMS[name](tiny_mail(html=html))
    if out is not None:
        assert flat("ชื่อ: นายสมชาย ใจดีมาก โทร 089-123-4567") in flat(readable(out))


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_a_mail_with_attachments_is_left_alone_or_keeps_them(name: str) -> None:
    """The rebuilt mails would lose an attachment: they skip such a mail."""
    out = TRANSFORMS[name](tiny_mail(attach=True))
    if out is not None:
        assert any(p.get_filename() == "a.pdf" for p in load(out).walk())


# The transforms that write a new mail (its headers taken as text) and not the original's
# own header lines.
REWRITTEN = {"html_gmail", "html_outlook", "fwd_gmail", "fwd_outlook_th", "reply_quoted",
             "wrap72", "txt_utf8", "txt_cp874", "attached_docx"}  # fmt: skip


def cut_subject() -> bytes:
    """Set 2's subject: two RFC 2047 words cut inside a Thai letter's bytes, folded."""
    data = "ขอสำเนาทะเบียนบ้านและหนังสือรับรองการมีชีวิตของผู้สูงอายุ".encode()
    first, second = (base64.b64encode(x).decode() for x in (data[:7], data[7:]))
    return f"Subject: =?utf-8?b?{first}?=\n =?utf-8?b?{second}?=\n".encode()


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_a_header_cut_mid_letter_is_kept_as_it_came(name: str) -> None:
    """The stdlib cannot re-encode such a header: the transforms that change the body in
    place write the original's header lines as they came."""
    raw = tiny_mail().replace(b"Subject:", b"X-Old-Subject:", 1)
    out = TRANSFORMS[name](cut_subject() + raw)
    assert out is not None
    if name not in REWRITTEN:
        assert out.replace(b"\r\n", b"\n").startswith(cut_subject())


def raw_mail(content_type: str, body: bytes, cte: str = "8bit") -> bytes:
    head = f"From: a@example.com\nSubject: x\nMIME-Version: 1.0\nContent-Type: {content_type}\n"
    return head.encode() + f"Content-Transfer-Encoding: {cte}\n\n".encode() + body


@pytest.mark.parametrize(
    "raw",
    [
        raw_mail("text/plain; charset=utf-8; format=flowed", "ชื่อ: นาย \nสมชาย\n".encode()),
        raw_mail("text/plain; charset=windows-874", "ชื่อ: นายสมชาย\n".encode()),  # UTF-8
        raw_mail("text/plain", "ชื่อ: นายสมชาย\n".encode()),  # 8-bit, no charset
        raw_mail("text/plain; charset=utf-8", "ชื่อ: นายสมชาย\n".encode("cp874")),
        raw_mail("text/plain; charset=utf-8", b"=E0=B8=8A=E0= \n=B8=B7\n", "quoted-printable"),
        raw_mail(
            "text/html; charset=utf-8",
            '<meta charset="windows-874"><p>ชื่อ</p>'.encode(),
        ),
        raw_mail("text/plain; charset=iso-8859-1", "ชื่อ: นายสมชาย\n".encode("cp874")),
    ],
    ids=[
        "flowed",
        "utf8_as_cp874",
        "no_charset",
        "cp874_as_utf8",
        "qp_soft_space",
        "meta",
        "cp874_as_latin1",
    ],
)
def test_a_body_whose_text_is_not_sure_is_skipped(raw: bytes) -> None:
    """Re-sending a text this module might have decoded wrong would change the request."""
    assert all(t(raw) is None for t in TRANSFORMS.values())


def test_machine_escapes_keep_their_digits() -> None:
    raw = raw_mail("text/plain; charset=utf-8", b"name=%E0%B8%8A&phone=0891234567\n")
    assert TRANSFORMS["thai_digits"](raw) is None


def test_html_gmail_writes_a_div_per_line() -> None:
    out = TRANSFORMS["html_gmail"](tiny_mail())
    assert out is not None
    msg = load(out)
    assert msg.get_content_type() == "text/html"
    markup = text_of(msg)
    assert "<div>ชื่อ-นามสกุล: นายสมชาย ใจดีมาก</div>" in markup and "<div><br></div>" in markup


def test_html_outlook_writes_msonormal_paragraphs() -> None:
    out = TRANSFORMS["html_outlook"](tiny_mail())
    assert out is not None
    markup = text_of(load(out))
    assert markup.count("<p class=MsoNormal>") == len(TINY.rstrip("\n").split("\n"))
    assert "<o:p>&nbsp;</o:p>" in markup


@pytest.mark.parametrize("name", ["fwd_gmail", "fwd_outlook_th"])
def test_forward_is_from_the_relative_and_carries_the_original_sender(name: str) -> None:
    out = TRANSFORMS[name](tiny_mail())
    assert out is not None
    msg = load(out)
    assert str(msg["From"]) == RELATIVE
    body = text_of(msg)
    assert "somchai.jd99@example.com" in body.split(TINY[:10])[0]  # in the header block
    note = body.split("\n")[0]
    assert not re.search(r"\d|@", note)  # the forwarder's note carries no data of theirs


def test_reply_quotes_every_line() -> None:
    out = TRANSFORMS["reply_quoted"](tiny_mail())
    assert out is not None
    body = text_of(load(out))
    assert "> ชื่อ-นามสกุล: นายสมชาย ใจดีมาก" in body
    assert str(load(out)["Subject"]).startswith("Re: ")


def test_wrap_breaks_at_spaces_only() -> None:
    line = "ที่อยู่: " + " ".join(["บ้านเลขที่ 45/7"] * 10)
    parts = wrap_line(line, 72)
    assert len(parts) > 1 and all(len(p) <= 72 for p in parts)
    assert " ".join(parts) == line
    thai_run = "ก" * 100
    assert wrap_line(thai_run, 72) == [thai_run]  # no space: left long, as the clients do


def test_crlf_reaches_the_decoded_text() -> None:
    out = TRANSFORMS["crlf_trailing"](tiny_mail())
    assert out is not None
    assert b"\r\n" in out and b"\n" not in out.replace(b"\r\n", b"")
    data = load(out).get_payload(decode=True)
    assert b"\r\n" in data and (b" \r\n" in data or b"\t\r\n" in data)


@pytest.mark.parametrize(
    ("name", "charset", "cte"),
    [("cp874_qp", "windows-874", "quoted-printable"), ("tis620_b64", "tis-620", "base64")],
)
def test_recharset_declares_its_charset(name: str, charset: str, cte: str) -> None:
    out = TRANSFORMS[name](tiny_mail())
    assert out is not None
    msg = load(out)
    assert msg.get_content_charset() == charset and msg["Content-Transfer-Encoding"] == cte
    assert "ขอสำเนาทะเบียนบ้าน".encode() not in out


def test_recharset_skips_text_the_charset_cannot_hold() -> None:
    msg = EmailMessage()
    msg.set_content("ชื่อ: นายสมชาย 🙏", charset="utf-8")
    assert TRANSFORMS["cp874_qp"](bytes(msg)) is None


def test_thai_digits_leave_email_addresses() -> None:
    out = TRANSFORMS["thai_digits"](tiny_mail())
    assert out is not None
    body = text_of(load(out))
    assert "somchai.jd99@example.com" in body and "๐๘๙-๑๒๓-๔๕๖๗" in body
    assert not re.search(r"[0-9]", body.replace("somchai.jd99@example.com", ""))


@pytest.mark.parametrize("name", ["txt_utf8", "txt_cp874", "attached_docx"])
def test_body_moved_into_a_file(name: str) -> None:
    out = TRANSFORMS[name](tiny_mail())
    assert out is not None
    msg = load(out)
    body = msg.get_body(("plain",))
    assert body is not None and text_of(body).strip() == NOTE_SEE_FILE  # type: ignore[arg-type]
    assert len(list(msg.iter_attachments())) == 1


@pytest.mark.parametrize("name", ["sig_iphone", "disclaimer"])
def test_signature_goes_under_the_text(name: str) -> None:
    out = TRANSFORMS[name](tiny_mail())
    assert out is not None
    body = text_of(load(out))
    assert body.index("ขอบคุณครับ") < body.index("iPhone" if name == "sig_iphone" else "NOTICE")


def test_forward_with_files_keeps_each_file_and_quotes_the_body() -> None:
    raw = tiny_mail(attach=True)
    out = fwd_gmail_files(raw)
    assert out is not None
    msg = load(out)
    assert str(msg["From"]) == RELATIVE and str(msg["Subject"]).startswith("Fwd: ")
    files = [p for p in msg.walk() if p.get_filename()]
    assert [(p.get_filename(), p.get_content_type()) for p in files] == [
        ("a.pdf", "application/pdf")
    ]
    assert files[0].get_payload(decode=True) == b"%PDF-1.4\n"
    body = msg.get_body(("plain",))
    assert body is not None
    text = text_of(body)  # type: ignore[arg-type]
    assert "---------- Forwarded message ---------" in text and flat(TINY) in flat(text)
    parsed = parse_message(out)
    assert not [d for d in parsed.defects if d.code != "header_truncated"], parsed.defects


def test_forward_with_files_skips_an_attached_mail() -> None:
    msg = load(tiny_mail())
    msg.make_mixed()
    msg.add_attachment(load(tiny_mail()))
    assert fwd_gmail_files(bytes(msg)) is None


def test_forward_with_files_leaves_a_mail_without_files_to_fwd_gmail() -> None:
    assert fwd_gmail_files(tiny_mail()) is None
    assert "fwd_gmail_files" not in TRANSFORMS  # the body-only transforms' tests skip it


def test_forward_with_files_keeps_a_text_file_as_it_came() -> None:
    msg = load(tiny_mail())
    att = EmailMessage()
    att.set_content("ชื่อ: นายสมชาย ใจดีมาก\n".encode("cp874"), maintype="text",
                    subtype="plain", filename="req.txt")  # fmt: skip
    msg.make_mixed()
    msg.attach(att)
    out = fwd_gmail_files(bytes(msg))
    assert out is not None
    got = [p for p in load(out).walk() if p.get_filename() == "req.txt"]
    assert len(got) == 1 and got[0].get_payload(decode=True) == "ชื่อ: นายสมชาย ใจดีมาก\n".encode(
        "cp874"
    )


# --- the sample ----------------------------------------------------------------------
# Sets of plain and HTML bodies that build in well under a second each (the sets of
# attachments take 2-4 s to build and give few body-only requests).
SAMPLE_SETS = (
    "unseen_requests_10",
    "unseen_requests_12",
    "unseen_requests_18",
    "unseen_requests_38",
)
STRIDE = 9  # every ninth body-only request of those sets


@cache
def sample() -> tuple[Request, ...]:
    return tuple(body_only(all_requests(SAMPLE_SETS))[::STRIDE])


@cache
def sample_table() -> dict[str, Row]:
    return run(sample())


# Measured at main's ecf6faa, raised since where a fix holds: per transform, fields right
# after the change (a floor) and fields wrong without a flag (a ceiling). See the end of
# the file for the whole table.
FLOORS: dict[str, tuple[int, int]] = {
    "html_gmail": (151, 0),  # 148, 1 silent before metafix3 (set 10's tab rows: tabs kept)
    "html_outlook": (151, 0),  # 149 before metafix3 (Outlook's mso-tab-count span a tab)
    "fwd_gmail": (152, 0),
    "fwd_outlook_th": (152, 0),  # 148 before metafix1 (Outlook's block under FW: read)
    "reply_quoted": (151, 0),  # 103 before metafix1 (her own quoted request read, flagged)
    "wrap72": (107, 0),  # 106, 1 silent before metafix3
    "crlf_trailing": (193, 0),  # 190, 1 silent before metafix3 (a blank after a row's cells)
    "cp874_qp": (179, 0),
    "tis620_b64": (179, 0),
    "sig_iphone": (193, 0),
    "disclaimer": (189, 0),  # 4 phones taken from the disclaimer's company number, flagged
    "thai_digits": (193, 0),
    "txt_utf8": (152, 0),
    "txt_cp874": (138, 0),
    "attached_docx": (150, 0),  # 148 before the Word reader read lines as the body does
}


def test_sample_size() -> None:
    assert len(sample()) >= 30


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_sample_floors(name: str) -> None:
    row = sample_table()[name]
    print(f"\n{render({name: row})}")
    right, silent = FLOORS[name]
    assert row.counts["right"] >= right, render({name: row})
    assert row.counts["silent"] <= silent, render({name: row})


# The whole table at metafix2's 95a08b7 (PYTHONPATH=. /work/main/.venv/bin/python
# tests/extractors/metamorphic.py broken.jsonl; ~15 min on 2 cores under load). 1629 requests
# carry their information in a body this module is sure of, 10426/10472 fields right before.
# "broke" = right before, not right after; "styles" = (set, style) pairs with a broke.
# Before metafix2 (main's 66413f2): sig_iphone broke 45 (10 silent), attached_docx broke 183
# (27 silent); after: 0 and 20 (0 silent). f31870c (a dump with lines appended) then mends
# set 6's 4 silent under disclaimer (and its sig_iphone ones, already mended here).
#   transform        reqs fields  right  flag silent  miss broke (silent) styles mended
#   html_gmail       1302   8124   8067    11      4    42    21        4      6      0
#   html_outlook     1302   8124   8078    11      0    35    10        0      4      0
#   fwd_gmail        1302   8124   8066    17      4    37    22        4      6      0
#   fwd_outlook_th   1302   8124   7521    15      2   586   567        2     49      0
#   reply_quoted     1302   8124   6120    64      0  1940  1968        0    244      0
#   wrap72            750   5144   5014    44     12    74   106       12     40      3
#   crlf_trailing    1629  10472  10407    15      3    47    19        3      6      0
#   cp874_qp         1513   9666   9622    13      0    31     0        0      0      0
#   tis620_b64       1513   9666   9622    13      0    31     0        0      0      0
#   sig_iphone       1629  10472  10426    13      0    33     0        0      0      0
#   disclaimer       1629  10472  10288   139      4    41   138        4     68      0
#   thai_digits      1585  10208  10123    15      3    67    42        3     21      0
#   txt_utf8         1302   8124   8078     9      3    34    10        3      4      0
#   txt_cp874        1201   7420   7378     7      3    32     8        3      3      0
#   attached_docx    1302   8124   8070    13      0    41    20        0     11      2
# Silent broke left, by cause (values invented): header cells read as the name from
# tab-separated rows once trailing tabs, HTML or a wrap touch them (set 10
# excel_two_rows_tabs, set 24 cells_one_per_line_header_then_values); set 6's JSON /
# print_r bodies under a forward header (fwd_gmail, fwd_outlook_th) or hard-wrapped give an
# address starting '"'; a hard wrap cuts addresses at the line end (sets 4, 14, 37) and
# picks another person's phone (sets 3, 16); in Thai digits a landline wins over the mobile
# (sets 1, 34); a web form notice moved to a .txt prefixes the subject with the agency
# (set 1). Mended by metafix2: a phone's signature read as the full name (sets 3, 37), the
# .docx ones (corrections, the agency's quoted text, full-width digits: the Word reader now
# reads lines by the body's rules), set 6's dumps with a disclaimer or signature appended.
# Not silent but large: a request quoted under the citizen's own follow-up (attribution
# names the sender's own address) is read as somebody else's words (1925 fields); an
# Outlook Thai forward (underscore rule, จาก/ส่ง/ถึง/เรื่อง) of prose, chat or letter styles
# is not taken as a forward (551); the disclaimer's company number "+66 2 000 0000" taken as
# the phone, flagged (about 120). Charset changes broke nothing.

# metafix1 (ed433ee, main's 66413f2 + Outlook forwards under FW: and her own quoted
# request read), same command; before on 66413f2: fwd_outlook_th right 7521, broke 567
# (2 silent); reply_quoted right 6120, broke 1968 (0 silent); 1629 requests now. After:
#   1629 requests with the information in the body, 10430/10472 fields right before
#   transform        reqs fields  right  flag silent  miss broke (silent) styles mended
#   html_gmail       1302   8124   8071    11      4    38    21        4      6      0
#   html_outlook     1302   8124   8082    11      0    31    10        0      4      0
#   fwd_gmail        1302   8124   8066    17      4    37    26        4      7      0
#   fwd_outlook_th   1302   8124   8067    15      4    38    25        4      6      0
#   reply_quoted     1302   8124   8041    21      0    62    51        0     13      0
#   wrap72            750   5144   5026    36     10    72    96       10     39      1
#   crlf_trailing    1629  10472  10411    15      3    43    19        3      6      0
#   cp874_qp         1513   9666   9626    13      0    27     0        0      0      0
#   tis620_b64       1513   9666   9626    13      0    27     0        0      0      0
#   sig_iphone       1629  10472  10385    38     11    38    45       10     24      0
#   disclaimer       1629  10472  10292   139      4    37   138        4     68      0
#   thai_digits      1585  10208  10127    15      3    63    42        3     21      0
#   txt_utf8         1302   8124   8082     9      3    30    10        3      4      0
#   txt_cp874        1201   7420   7382     7      3    28     8        3      3      0
#   attached_docx    1302   8124   7911    65     27   121   183       27     46      2
# fwd_outlook_th's 2 new silent are set 6's print_r dump (the address '=> ...'), as under
# fwd_gmail; reply_quoted's 51 left are dumps and chats read whole (set 12 urlencoded
# body 9, set 6 JSON 8, chatbot Q&A 6, CF7 slugs 4...), not yet looked into.

# metafix3 (b2fe1b0, main's adf0e01 + the causes of the silent breaks fixed), same command
# (the body-only transforms; ~20 min under load). Before, at adf0e01: silent broke 35
# (wrap72 11, html_gmail 4, fwd_gmail 4, fwd_outlook_th 4, crlf_trailing 3, thai_digits 3,
# txt_utf8 3, txt_cp874 3). After: 1 (wrap72: set 3's second person's phone on a wrapped
# line of its own, "โทร ..." read as a label line). Every typed set's line identical.
#   1693 requests with the information in the body, 10903/10956 fields right before
#   transform        reqs fields  right  flag silent  miss broke (silent) styles mended
#   html_gmail       1350   8487   8442    13      0    32     4        0      2      0
#   html_outlook     1350   8487   8442    13      0    32     4        0      2      0
#   fwd_gmail        1350   8487   8439    15      0    33     9        0      4      2
#   fwd_outlook_th   1350   8487   8440    13      0    34     8        0      3      2
#   reply_quoted     1350   8487   8395    25      0    67    51        0     13      0
#   wrap72            785   5411   5309    32      1    69    74        1     35      1
#   crlf_trailing    1693  10956  10894    19      0    43     9        0      4      0
#   cp874_qp         1573  10118  10067    17      0    34     0        0      0      0
#   tis620_b64       1573  10118  10067    17      0    34     0        0      0      0
#   sig_iphone       1693  10956  10903    17      0    36     0        0      0      0
#   disclaimer       1693  10956  10780   139      0    37   123        0     66      0
#   thai_digits      1645  10668  10597    19      0    52    24        0      9      0
#   txt_utf8         1350   8487   8439    13      0    35     7        0      3      0
#   txt_cp874        1247   7767   7723    11      0    33     5        0      2      0
#   attached_docx    1350   8487   8428    17      0    42    20        0     11      2
# fwd_gmail_files (a Gmail forward keeping the files), over the requests whose mail has
# files: sets 17, 5, 21, 33 (at 815e3c8): 265 requests, 2104 fields, 2078 right, 0 broke,
# 3 mended; every other set (at b2fe1b0): 732 requests, 5789 fields, 5758 right, 11 broke
# (1 silent), all the transform's own faults, mended since: Apple Mail's text / picture /
# text parts forwarded with the first text only (set 14, 10 missing), an attached mail's
# inner parts attached again as files (set 36, 1 silent; such a mail is now skipped). Sets
# 14 and 36 again after: 8 requests, 62 fields, 62 right, 0 broke.
