"""A thirty-sixth set of requests written by someone who had not read the readers (issue 8):
THE BYTES AND STRUCTURE OF REAL THAI MAIL. The requests themselves are ordinary (labelled
lines or a paragraph, as citizens write them); the MIME around them is what real clients
and old systems send: bodies in TIS-620, windows-874 (cp874) and ISO-8859-11 declared
correctly; a cp874 body declared as ISO-8859-1, or with no charset at all, or with no
Content-Type and no MIME-Version (old webmail, Outlook Express); a UTF-8 body declared as
TIS-620 or windows-874; an HTML body whose only charset is its <meta>; RFC 2047 subjects
and names in TIS-620 (B and Q) and UTF-8 split over several encoded words in the middle
of a character; RFC 2231 Thai attachment names (UTF-8 and windows-874, with
continuations); quoted-printable whose soft line breaks cut a Thai character's UTF-8
bytes; base64 in lines of odd length; format=flowed (delsp=no and delsp=yes) with a label
and its value, or an address, split over a flowed line; multipart/alternative whose plain
part is empty or says "เปิดด้วยโปรแกรมที่รองรับ HTML" with the request in the HTML; plain
and HTML parts that disagree; multipart/related with inline images (Outlook's and Apple's
nesting); a forwarded mail attached as message/rfc822; an Outlook reply with Thai quote
headers (จาก: / ส่ง: / ถึง: / เรื่อง:); a Gmail forward (English and Thai separator); an
iPhone mail "ส่งจาก iPhone ของฉัน"; a LINE and a Facebook chat copied into a mail; a .txt
attachment in cp874; a Word "web page" (.htm) attachment in windows-874; Outlook Express
multipart/alternative in windows-874. Outcomes: Thai out-of-office replies and bounces.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the tests
and builders of sets 33 and 35, the helpers they import, and the earlier sets' docstrings
and style names were read; the outcome kinds "request", "auto_reply" and "bounce" are
those earlier sets' outcome lists use).

Conventions (written down before any run):
- what the citizen wrote is what counts, decoded as a reader of the bytes would decode
  them: a body declared in the wrong charset (cp874 as ISO-8859-1, UTF-8 as TIS-620) is
  still the Thai the citizen typed, since that is what their own client showed them;
- the forwarder's note, the headman's covering letter, the agency's quoted text and its
  signature are not the citizen's values: a forwarder's or headman's phone is not the
  applicant's; in a reply filling the agency's quoted blank template, the values the
  citizen typed into it are the citizen's;
- a forwarded request (inline or attached as message/rfc822) and a request quoted under
  the citizen's own one-line reply are the citizen's request;
- where the plain and HTML alternatives disagree, the HTML is right: it is the part every
  client shows and the one the citizen saw and sent (RFC 2046: the last alternative is
  the one preferred); the plain part is a stale copy kept by the webmail from the draft;
- in a chat copied into a mail, the citizen's own lines count, the agency's lines (with
  the agency's phone) do not; the names and times before each line are not values;
- the e-mail is always written in the citizen's text (never only in From).
Everyone and every number is invented; every ID is made with with_check_digit.
"""

from __future__ import annotations

import base64
import struct
import zlib
from collections.abc import Callable
from datetime import date
from email.header import Header
from urllib.parse import quote

from support.blind_sets import two_each
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import Person, expect
from unseen_requests_11 import dashed_phone
from unseen_requests_13 import dashed_id
from unseen_requests_30 import full

# ruff: noqa: E501 -- mail as clients write it: long lines

PEOPLE: tuple[Person, ...] = (
    Person("นาง", "บุษบา", "วงศ์สวัสดิ์", with_check_digit("341060027718"), date(1974, 8, 19),
           "0815526304", "busaba.ws@gmail.com", "27", "4", "", "", "ตาดทอง",
           "เมืองยโสธร", "ยโสธร", "35000"),
    Person("นาย", "อำนาจ", "ศรีสมบูรณ์", with_check_digit("140170046632"), date(1969, 2, 3),
           "0893317640", "amnat.ss@hotmail.com", "88", "2", "", "", "ตาลเดี่ยว",
           "แก่งคอย", "สระบุรี", "18110"),
    Person("นางสาว", "จิราพร", "มณีวงศ์", with_check_digit("150280031259"), date(1996, 11, 12),
           "0628840175", "jiraporn.mw@gmail.com", "15/7", "", "", "หน้าเมือง", "ในเมือง",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นาย", "สุเมธ", "ปัญญาดี", with_check_digit("350270058841"), date(1960, 5, 27),
           "0866614392", "sumet.pd@yahoo.com", "132", "6", "", "", "ป่าแดด",
           "เมืองเชียงใหม่", "เชียงใหม่", "50100"),
    Person("นาง", "ประไพ", "ทองสุข", with_check_digit("372110062295"), date(1966, 1, 9),
           "0817739052", "prapai.ts@gmail.com", "9", "10", "", "", "บ้านกร่าง",
           "ศรีประจันต์", "สุพรรณบุรี", "72140"),
    Person("นาย", "ธนกร", "เลิศวิริยะ", with_check_digit("110350072216"), date(1985, 9, 14),
           "0954418837", "thanakorn.lw@outlook.com", "45/102", "", "ลาดพร้าว 71", "ลาดพร้าว",
           "สะพานสอง", "วังทองหลาง", "กรุงเทพมหานคร", "10310"),
    Person("นางสาว", "ศิริลักษณ์", "แก้วมณี", with_check_digit("192150027734"), date(1998, 4, 6),
           "0638825519", "siriluk.km@gmail.com", "61", "5", "", "", "โคกหล่อ",
           "เมืองตรัง", "ตรัง", "92000"),
    Person("นาย", "บุญชู", "สีดา", with_check_digit("320160039952"), date(1953, 10, 31),
           "0872216648", "boonchu.sd@gmail.com", "203", "7", "", "", "นอกเมือง",
           "เมืองสุรินทร์", "สุรินทร์", "32000"),
)  # fmt: skip

# Forwarders, headmen and the agency's staff: their numbers are never the applicant's.
HELPERS: tuple[tuple[str, str, str], ...] = (
    ("นางสาวกัญญา วงศ์สวัสดิ์", "0641193376", "kanya.ws@gmail.com"),
    ("นายวีระ ศรีสมบูรณ์", "0829964410", "weera.ss@gmail.com"),
    ("นายสมนึก ใจบุญ", "0856627731", "somnuek.jb@gmail.com"),
    ("นางอุไร ปัญญาดี", "0917750283", "urai.pd@gmail.com"),
)
AGENCY = "saraban@taladthong.go.th"
AGENCY_PHONE = "0-4571-2345"

MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")  # fmt: skip
SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
         "พ.ย.", "ธ.ค.")  # fmt: skip
MATTERS = (
    "ขอให้ซ่อมแซมถนนในหมู่บ้านที่ชำรุดเป็นหลุมบ่อ",
    "ขอรับความช่วยเหลือกรณีบ้านถูกน้ำท่วม",
    "ขอให้ติดตั้งไฟฟ้าส่องสว่างในซอยหน้าบ้าน",
    "ขอให้ตัดกิ่งไม้ที่พาดสายไฟฟ้าหน้าบ้าน",
    "ขอให้จัดเก็บขยะที่ตกค้างหน้าหมู่บ้าน",
    "ขอให้ขุดลอกรางระบายน้ำที่อุดตัน",
)
CRLF = "\r\n"
Style = Callable[[Person, int], Case]


def thai_day(d: date, k: int) -> str:
    y = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {y}", f"{d.day:02d}/{d.month:02d}/{y}",
            f"{d.day} {SHORT[d.month - 1]} {y}")[k % 3]  # fmt: skip


def id_as(p: Person, k: int) -> str:
    return (dashed_id(p.nid), p.nid)[k % 2]


def phone_as(p: Person, k: int) -> str:
    return (dashed_phone(p.mobile), p.mobile, f"{p.mobile[:3]} {p.mobile[3:6]} {p.mobile[6:]}")[
        k % 3
    ]


# --- what the citizens write ----------------------------------------------------------------


def form_lines(p: Person, k: int) -> list[str]:
    """The request's labelled lines, labels as citizens type them."""
    names = ("ชื่อ-นามสกุล", "ชื่อผู้ยื่นคำร้อง", "ชื่อ - สกุล")
    phones = ("โทรศัพท์", "เบอร์โทร", "โทรศัพท์มือถือ")
    return [
        f"{names[k % 3]}: {p.name}",
        f"เลขประจำตัวประชาชน: {id_as(p, k)}",
        f"วันเกิด: {thai_day(p.born, k)}",
        f"ที่อยู่: {full(p)}",
        f"{phones[k % 3]}: {phone_as(p, k)}",
        f"อีเมล: {p.email}",
    ]


def form_text(p: Person, k: int) -> str:
    matter = MATTERS[k % len(MATTERS)]
    lines = ["เรียน นายกองค์การบริหารส่วนตำบล", "",
             f"ข้าพเจ้าขอยื่นคำร้อง{matter} โดยมีรายละเอียดดังนี้", "",
             *form_lines(p, k), "", "จึงเรียนมาเพื่อโปรดพิจารณา", "", "ขอแสดงความนับถือ",
             p.name]  # fmt: skip
    return "\n".join(lines) + "\n"


def prose_text(p: Person, k: int) -> str:
    matter = MATTERS[(k + 2) % len(MATTERS)]
    return (
        "เรียน เจ้าหน้าที่ที่เกี่ยวข้อง\n\n"
        f"ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {id_as(p, k)} เกิดวันที่ {thai_day(p.born, k)} "
        f"อยู่บ้านเลขที่ {p.line()} {p.province_written} {p.postal} "
        f"มีความประสงค์{matter} เนื่องจากเดือดร้อนมาเป็นเวลานานแล้ว "
        f"จึงเรียนมาเพื่อโปรดพิจารณา ติดต่อกลับได้ที่หมายเลข {phone_as(p, k)} "
        f"หรืออีเมล {p.email}\n\nขอแสดงความนับถือ\n{p.name}\n"
    )


def html_of(text: str, charset: str = "utf-8") -> str:
    """A webmail's HTML: a <div> a line, &nbsp; for blank lines."""
    body = "".join(f"<div>{line or '&nbsp;'}</div>\n" for line in text.split("\n")[:-1])
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'</head><body><div dir="ltr">\n{body}</div></body></html>\n')  # fmt: skip


# --- bytes as clients put them on the wire ----------------------------------------------------


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def words(text: str, charset: str = "utf-8") -> str:
    """An RFC 2047 header value as the stdlib encodes it."""
    return Header(text, charset).encode()


def qp(data: bytes, width: int = 73) -> bytes:
    """Quoted-printable cut at `width` wherever it falls: Thai UTF-8 bytes are =XX each,
    so a soft break often lands between the bytes of one character (as real encoders do)."""
    out: list[str] = []
    for line in data.replace(b"\r\n", b"\n").split(b"\n"):
        cur = ""
        for n, b in enumerate(line):
            last = n == len(line) - 1
            tok = chr(b) if (33 <= b <= 126 and b != 61) or (b == 32 and not last) else f"={b:02X}"
            if len(cur) + len(tok) > width:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return CRLF.join(out).encode("ascii")


def b64(data: bytes, width: int = 76) -> bytes:
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i : i + width] for i in range(0, len(s), width)).encode("ascii") + b"\r\n"


def entity(headers: list[str], body: bytes) -> bytes:
    return (CRLF.join(headers) + CRLF + CRLF).encode("ascii") + body


def multipart(boundary: str, parts: list[bytes], preamble: str = "") -> bytes:
    out = preamble.encode("ascii") + (b"\r\n" if preamble else b"")
    for part in parts:
        out += f"--{boundary}\r\n".encode("ascii") + part + b"\r\n"
    return out + f"--{boundary}--\r\n".encode("ascii")


def top(p: Person, n: int, subject: str, *, sender: str | None = None, mime: bool = True,
        extra: tuple[str, ...] = ()) -> list[str]:  # fmt: skip
    """The top headers: From, To, Subject (encoded), Date, Message-ID."""
    frm = sender or f"{words(p.first + ' ' + p.last)} <{p.email}>"
    heads = [f"From: {frm}", f"To: {AGENCY}", f"Subject: {subject}",
             f"Date: Wed, 9 Dec 2026 10:{n % 60:02d}:00 +0700",
             f"Message-ID: <set36-{n}-{p.email.split('@')[0]}@example.net>", *extra]  # fmt: skip
    return heads + (["MIME-Version: 1.0"] if mime else [])


def subject_of(n: int) -> str:
    return words(MATTERS[n % len(MATTERS)])


def png(seed: int) -> bytes:
    """A small grey PNG (a signature logo)."""
    w = h = 12
    raw = b"".join(b"\x00" + bytes([(seed * 37 + x * y) % 256 for x in range(w)]) for y in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    head = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", head)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def case(style: str, raw: bytes, p: Person) -> Case:
    return Case(style, raw, expect(p))


# --- legacy charsets ------------------------------------------------------------------------


def tis620_plain_declared(p: Person, i: int) -> Case:
    """An old Thai webmail: text/plain; charset=TIS-620 (variant 1 spells it "TIS620"),
    8bit, the labelled form."""
    cs = ("TIS-620", "TIS620")[i % 2]
    body = crlf(form_text(p, i)).encode("tis-620")
    heads = [*top(p, i, subject_of(i)), f"Content-Type: text/plain; charset={cs}",
             "Content-Transfer-Encoding: 8bit"]  # fmt: skip
    return case("tis620_plain_declared", entity(heads, body), p)


def cp874_qp_windows874(p: Person, i: int) -> Case:
    """Outlook with the Thai code page: text/plain; charset="windows-874", quoted-printable,
    the request as a paragraph with “curly quotes” and an ellipsis (bytes only cp874 has)."""
    text = prose_text(p, i).replace("มีความประสงค์", "มีความประสงค์ “").replace(
        " เนื่องจาก", "” เนื่องจาก").replace("แล้ว ", "แล้ว… ")  # fmt: skip
    heads = top(p, i, words(MATTERS[i % 6], "tis-620"), extra=("X-Mailer: Microsoft Outlook 16.0",))
    heads += [
        'Content-Type: text/plain; charset="windows-874"',
        "Content-Transfer-Encoding: quoted-printable",
    ]
    return case("cp874_qp_windows874", entity(heads, qp(crlf(text).encode("cp874"), 76)), p)


def iso885911_base64(p: Person, i: int) -> Case:
    """charset=ISO-8859-11, base64 (variant 0 the form, variant 1 the paragraph)."""
    text = (form_text, prose_text)[i % 2](p, i)
    heads = [*top(p, i, subject_of(i)), "Content-Type: text/plain; charset=ISO-8859-11",
             "Content-Transfer-Encoding: base64"]  # fmt: skip
    return case("iso885911_base64", entity(heads, b64(crlf(text).encode("iso8859_11"))), p)


def cp874_declared_latin1(p: Person, i: int) -> Case:
    """Outlook Express on a Thai Windows with the wrong default: cp874 bytes declared
    charset=iso-8859-1 (8bit in variant 0, quoted-printable in variant 1)."""
    raw = crlf(form_text(p, i) if i % 2 == 0 else prose_text(p, i)).encode("cp874")
    heads = top(
        p,
        i,
        words(MATTERS[i % 6], "tis-620"),
        extra=("X-Mailer: Microsoft Outlook Express 6.00.2900.5512",),
    )
    if i % 2 == 0:
        heads += [
            'Content-Type: text/plain; charset="iso-8859-1"',
            "Content-Transfer-Encoding: 8bit",
        ]
        body = raw
    else:
        heads += [
            'Content-Type: text/plain; charset="iso-8859-1"',
            "Content-Transfer-Encoding: quoted-printable",
        ]
        body = qp(raw, 76)
    return case("cp874_declared_latin1", entity(heads, body), p)


def cp874_no_charset(p: Person, i: int) -> Case:
    """An old web form's mailer: cp874 bytes, no Content-Transfer-Encoding header; variant
    0 says Content-Type: text/plain with no charset, variant 1 has no Content-Type and no
    MIME-Version at all; the subject is raw cp874 bytes in variant 1."""
    body = crlf(form_text(p, i + 1)).encode("cp874")
    if i % 2 == 0:
        heads = [*top(p, i, subject_of(i)), "Content-Type: text/plain"]
        return case("cp874_no_charset", entity(heads, body), p)
    heads = top(p, i, "SUBJ", sender=f"{p.email}", mime=False)
    raw = entity(heads, body).replace(
        b"Subject: SUBJ", b"Subject: " + MATTERS[i % 6].encode("cp874")
    )
    return case("cp874_no_charset", raw, p)


def utf8_declared_tis620(p: Person, i: int) -> Case:
    """A UTF-8 body declared charset=tis-620 (8bit, variant 0) or windows-874 (base64,
    variant 1): the citizen's client showed the Thai they typed."""
    text = crlf((prose_text, form_text)[i % 2](p, i)).encode("utf-8")
    if i % 2 == 0:
        heads = [
            *top(p, i, subject_of(i)),
            "Content-Type: text/plain; charset=tis-620",
            "Content-Transfer-Encoding: 8bit",
        ]
        return case("utf8_declared_tis620", entity(heads, text), p)
    heads = [
        *top(p, i, subject_of(i)),
        "Content-Type: text/plain; charset=windows-874",
        "Content-Transfer-Encoding: base64",
    ]
    return case("utf8_declared_tis620", entity(heads, b64(text)), p)


def html_meta_charset_only(p: Person, i: int) -> Case:
    """Old webmail: Content-Type: text/html with no charset; the body's bytes are TIS-620
    (variant 0, <meta charset="tis-620">, 8bit) or cp874 (variant 1, http-equiv meta,
    quoted-printable); <p> and <br> and &nbsp;."""
    lines = form_text(p, i).split("\n")[:-1]
    inner = "".join(
        f"{line.replace(': ', ':&nbsp;')}<br>\r\n" if line else "</p><p>\r\n" for line in lines
    )
    meta = ('<meta charset="tis-620">' if i % 2 == 0
            else '<meta http-equiv="Content-Type" content="text/html; charset=windows-874">')  # fmt: skip
    doc = f"<html><head>{meta}<title>คำร้อง</title></head><body><p>\r\n{inner}</p></body></html>\r\n"
    data = doc.encode("tis-620" if i % 2 == 0 else "cp874")
    heads = [*top(p, i, subject_of(i)), "Content-Type: text/html"]
    if i % 2 == 0:
        return case(
            "html_meta_charset_only", entity([*heads, "Content-Transfer-Encoding: 8bit"], data), p
        )
    return case(
        "html_meta_charset_only",
        entity([*heads, "Content-Transfer-Encoding: quoted-printable"], qp(data)),
        p,
    )


def outlook_express_alt_windows874(p: Person, i: int) -> Case:
    """Outlook Express 6: multipart/alternative, both parts charset="windows-874"
    quoted-printable, the HTML in <DIV><FONT face=Tahoma size=2>."""
    text = (prose_text, form_text)[i % 2](p, i)
    divs = "".join(
        f"<DIV><FONT face=Tahoma size=2>{line or '&nbsp;'}</FONT></DIV>\r\n"
        for line in text.split("\n")[:-1]
    )
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\r\n<HTML><HEAD>\r\n'
            '<META http-equiv=Content-Type content="text/html; charset=windows-874">\r\n'
            '<META content="MSHTML 6.00.2900.5512" name=GENERATOR></HEAD>\r\n<BODY bgColor=#ffffff>\r\n'
            f"{divs}</BODY></HTML>\r\n")  # fmt: skip
    b = "----=_NextPart_000_0007_01DB4A2C.5E8F1A20"
    parts = [
        entity(['Content-Type: text/plain;\r\n\tcharset="windows-874"', "Content-Transfer-Encoding: quoted-printable"],
               qp(crlf(text).encode("cp874"), 76)),
        entity(['Content-Type: text/html;\r\n\tcharset="windows-874"', "Content-Transfer-Encoding: quoted-printable"],
               qp(html.encode("cp874"), 76)),
    ]  # fmt: skip
    heads = top(
        p,
        i,
        words(MATTERS[i % 6], "tis-620"),
        extra=("X-Mailer: Microsoft Outlook Express 6.00.2900.5512", "X-Priority: 3"),
    )
    heads += [f'Content-Type: multipart/alternative;\r\n\tboundary="{b}"']
    raw = entity(heads, multipart(b, parts, "This is a multi-part message in MIME format.\r\n"))
    return case("outlook_express_alt_windows874", raw, p)


# --- header and transfer encodings ------------------------------------------------------------


def split_words(data: bytes, charset: str, kind: str, size: int) -> str:
    """Encoded words of `size` bytes each, cut wherever the bytes fall (mid-character in
    UTF-8, between a consonant and its vowel or tone mark in TIS-620)."""
    out = []
    for k in range(0, len(data), size):
        chunk = data[k : k + size]
        if kind == "B":
            enc = base64.b64encode(chunk).decode("ascii")
        else:
            enc = "".join(chr(c) if c < 128 and chr(c).isalnum() else f"={c:02X}" for c in chunk)
        out.append(f"=?{charset}?{kind}?{enc}?=")
    return "\r\n ".join(out)


def rfc2047_split_words(p: Person, i: int) -> Case:
    """The subject and the sender's name in encoded words split mid-character: TIS-620 in
    Q (variant 0) and UTF-8 in B cut inside a character's bytes (variant 1); the body in
    UTF-8 quoted-printable, the request as a paragraph."""
    subj = f"คำร้อง{MATTERS[i % 6]}"
    name = f"{p.first} {p.last}"
    if i % 2 == 0:
        s = split_words(subj.encode("tis-620"), "TIS-620", "Q", 7)
        f = split_words(name.encode("tis-620"), "tis-620", "Q", 5)
    else:
        s = split_words(subj.encode("utf-8"), "UTF-8", "B", 20)
        f = split_words(name.encode("utf-8"), "utf-8", "B", 13)
    heads = top(p, i, s, sender=f"{f} <{p.email}>")
    heads += [
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
    ]
    return case("rfc2047_split_words", entity(heads, qp(crlf(prose_text(p, i)).encode())), p)


def qp_soft_break_mid_char(p: Person, i: int) -> Case:
    """UTF-8 quoted-printable with soft breaks at 73 and 61 columns, cutting the bytes of
    Thai characters (and labels from their values) across lines."""
    text = crlf(form_text(p, i)).encode("utf-8")
    heads = [
        *top(p, i, subject_of(i)),
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
    ]
    return case("qp_soft_break_mid_char", entity(heads, qp(text, (73, 61)[i % 2])), p)


def base64_odd_lines(p: Person, i: int) -> Case:
    """UTF-8 base64 in lines of 58 and 70 characters (not multiples of 4), as a few old
    mailers wrap it."""
    text = crlf((prose_text, form_text)[i % 2](p, i)).encode("utf-8")
    heads = [
        *top(p, i, subject_of(i)),
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
    ]
    return case("base64_odd_lines", entity(heads, b64(text, (58, 70)[i % 2])), p)


def flowed_label_split(p: Person, i: int) -> Case:
    """format=flowed: variant 0 (delsp=no, Thunderbird) ends the name's and the address's
    label lines with a space and puts the value on the next line, and breaks the address
    after a space; variant 1 (delsp=yes, Apple Mail) breaks the address inside a word
    (the trailing space is the soft break's and is deleted on joining)."""
    lines = form_text(p, i).split("\n")[:-1]
    out: list[str] = []
    for line in lines:
        if line.startswith(("ชื่อ", "ที่อยู่")) and i % 2 == 0:
            label, value = line.split(": ", 1)
            if label.startswith("ที่อยู่"):
                head, _, tail = (
                    value.partition(" อำเภอ") if not p.bangkok else value.partition(" เขต")
                )
                out += [f"{label}: ", f"{head} ", ("อำเภอ" if not p.bangkok else "เขต") + tail]
            else:
                out += [f"{label}: ", value]
        elif line.startswith("ที่อยู่") and i % 2 == 1:
            label, value = line.split(": ", 1)
            word = p.tambon
            cut = value.index(word) + len(word) // 2
            while "\u0e31" <= value[cut] <= "\u0e4e" and not "\u0e40" <= value[cut] <= "\u0e46":
                cut += 1  # a vowel or tone mark stays with its consonant
            out += [f"{label}: {value[:cut]} ", value[cut:]]
        else:
            out.append(line)
    delsp = ("no", "yes")[i % 2]
    heads = [*top(p, i, subject_of(i)), f"Content-Type: text/plain; charset=utf-8; format=flowed; delsp={delsp}",
             "Content-Transfer-Encoding: 8bit"]  # fmt: skip
    return case("flowed_label_split", entity(heads, (CRLF.join(out) + CRLF).encode("utf-8")), p)


# --- structure ---------------------------------------------------------------------------------


def alt_plain_empty_html(p: Person, i: int) -> Case:
    """multipart/alternative whose text/plain is empty (variant 0) or says only
    "เปิดด้วยโปรแกรมที่รองรับ HTML" (variant 1); the HTML holds the request."""
    plain = ("", "ข้อความนี้อยู่ในรูปแบบ HTML กรุณาเปิดด้วยโปรแกรมที่รองรับ HTML\r\n")[i % 2]
    html = html_of((form_text, prose_text)[i % 2](p, i))
    b = f"b1_set36_{i}"
    parts = [entity(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"], plain.encode()),
             entity(["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"], b64(html.encode()))]  # fmt: skip
    heads = [*top(p, i, subject_of(i)), f'Content-Type: multipart/alternative; boundary="{b}"']
    return case("alt_plain_empty_html", entity(heads, multipart(b, parts)), p)


def alt_plain_html_disagree(p: Person, i: int) -> Case:
    """The webmail kept the plain part of the saved draft: the citizen then corrected the
    phone (variant 0) or the e-mail (variant 1) in the HTML editor. The HTML, which the
    citizen saw and sent, is right (see the conventions)."""
    text = form_text(p, i)
    stale = (text.replace(phone_as(p, i), dashed_phone("0899990000")) if i % 2 == 0
             else text.replace(p.email, p.email.split("@")[0] + "@yahoo.co.th"))  # fmt: skip
    assert stale != text
    b = f"b2_set36_{i}"
    parts = [entity(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"], qp(crlf(stale).encode())),
             entity(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"], qp(html_of(text).encode()))]  # fmt: skip
    heads = [*top(p, i, subject_of(i)), f'Content-Type: multipart/alternative; boundary="{b}"']
    return case("alt_plain_html_disagree", entity(heads, multipart(b, parts)), p)


def related_inline_images(p: Person, i: int) -> Case:
    """Inline images: Outlook's multipart/related around multipart/alternative with a logo
    (variant 0); Apple's multipart/alternative with multipart/related around the HTML and
    two pictures (variant 1)."""
    text = form_text(p, i)
    lines = text.split("\n")[:-1]
    html = ('<html><head><meta charset="utf-8"></head><body>'
            + "".join(f"<p>{line or '&nbsp;'}</p>" for line in lines)
            + '<p><img src="cid:image001.png@01DB4A2C.5E8F1A20" width="12" height="12"></p>'
            + ('<p><img src="cid:7F2A-IMG@apple"></p>' if i % 2 else "")
            + "</body></html>\r\n")  # fmt: skip
    plain = entity(
        ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"],
        b64(crlf(text).encode()),
    )
    hpart = entity(
        ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"],
        b64(html.encode()),
    )
    img1 = entity(['Content-Type: image/png; name="image001.png"', "Content-Transfer-Encoding: base64",
                   "Content-ID: <image001.png@01DB4A2C.5E8F1A20>", 'Content-Disposition: inline; filename="image001.png"'], b64(png(i)))  # fmt: skip
    if i % 2 == 0:
        alt = entity(
            ['Content-Type: multipart/alternative; boundary="alt36"'],
            multipart("alt36", [plain, hpart]),
        )
        body_type, body = (
            'multipart/related; type="multipart/alternative"; boundary="rel36"',
            multipart("rel36", [alt, img1]),
        )
    else:
        img2 = entity(['Content-Type: image/png; name="IMG_2041.png"', "Content-Transfer-Encoding: base64",
                       "Content-ID: <7F2A-IMG@apple>", 'Content-Disposition: inline; filename="IMG_2041.png"'], b64(png(i + 7)))  # fmt: skip
        rel = entity(
            ['Content-Type: multipart/related; type="text/html"; boundary="rel36"'],
            multipart("rel36", [hpart, img1, img2]),
        )
        body_type, body = (
            'multipart/alternative; boundary="alt36"',
            multipart("alt36", [plain, rel]),
        )
    heads = [*top(p, i, subject_of(i)), f"Content-Type: {body_type}"]
    return case("related_inline_images", entity(heads, body), p)


def inner_request(p: Person, i: int) -> bytes:
    """The citizen's own mail as it was sent: TIS-620 8bit (variant 0) or UTF-8 HTML
    (variant 1)."""
    if i % 2 == 0:
        heads = [
            *top(p, i + 50, words(MATTERS[i % 6], "tis-620")),
            "Content-Type: text/plain; charset=tis-620",
            "Content-Transfer-Encoding: 8bit",
        ]
        return entity(heads, crlf(form_text(p, i)).encode("tis-620"))
    heads = [
        *top(p, i + 50, subject_of(i)),
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: base64",
    ]
    return entity(heads, b64(html_of(prose_text(p, i)).encode()))


def rfc822_attached_forward(p: Person, i: int) -> Case:
    """The village headman forwards a villager's mail as an attachment (message/rfc822);
    his covering note gives his own name and phone."""
    h_name, h_phone, h_mail = HELPERS[2 + i % 2]
    note = (f"เรียน ปลัด อบต.\r\n\r\nผมขอส่งต่อคำร้องของลูกบ้านตามไฟล์แนบครับ ลูกบ้านส่งมาที่ผมเพราะไม่ทราบอีเมลของ อบต.\r\n\r\n"
            f"{h_name}\r\nผู้ใหญ่บ้านหมู่ {p.moo or '1'}\r\nโทร {dashed_phone(h_phone)}\r\n")  # fmt: skip
    b = f"fwd36_{i}"
    parts = [entity(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"], note.encode()),
             entity([f'Content-Type: message/rfc822; name="{words("คำร้อง.eml")}"' if i % 2 else "Content-Type: message/rfc822",
                     "Content-Disposition: attachment" + ('; filename="=?UTF-8?B?' + base64.b64encode("คำร้อง.eml".encode()).decode() + '?="' if i % 2 else "")],
                    inner_request(p, i))]  # fmt: skip
    heads = top(p, i, words("Fw: " + MATTERS[i % 6]), sender=f"{words(h_name)} <{h_mail}>")
    heads += [f'Content-Type: multipart/mixed; boundary="{b}"']
    return case("rfc822_attached_forward", entity(heads, multipart(b, parts)), p)


# --- replies, forwards, phones, chats ---------------------------------------------------------


def outlook_reply_quote_headers(p: Person, i: int) -> Case:
    """Outlook (Thai UI), windows-874 quoted-printable. Variant 0: a one-line reply
    ("ส่งซ้ำอีกครั้ง...") above the citizen's own earlier request quoted under จาก: / ส่ง: /
    ถึง: / เรื่อง:. Variant 1: the agency's reply asking for the data, its blank template
    quoted under those headers and filled in by the citizen, the agency's signature with
    its own phone below."""
    rule = "________________________________"
    if i % 2 == 0:
        text = (f"ส่งซ้ำอีกครั้งครับ เนื่องจากยังไม่ได้รับการติดต่อกลับ\n\n{rule}\n"
                f"จาก: {p.first} {p.last} <{p.email}>\nส่ง: 2 ธันวาคม 2569 9:12\nถึง: {AGENCY}\n"
                f"เรื่อง: {MATTERS[i % 6]}\n\n{form_text(p, i)}")  # fmt: skip
    else:
        filled = "\n".join(form_lines(p, i))
        text = (f"กรอกข้อมูลตามที่ขอแล้วค่ะ\n\n{rule}\n"
                f"จาก: งานสารบรรณ อบต.ตลาดทอง <{AGENCY}>\nส่ง: 8 ธันวาคม 2569 14:05\n"
                f"ถึง: {p.first} {p.last} <{p.email}>\nเรื่อง: RE: {MATTERS[i % 6]}\n\n"
                f"เรียน คุณ{p.first}\n\nเพื่อดำเนินการตามคำร้องของท่าน กรุณากรอกข้อมูลด้านล่างแล้วตอบกลับอีเมลนี้\n\n"
                f"{filled}\n\nขอบคุณค่ะ\nงานสารบรรณ องค์การบริหารส่วนตำบลตลาดทอง\nโทร {AGENCY_PHONE} ต่อ 12\n{AGENCY}\n")  # fmt: skip
    heads = top(
        p,
        i,
        words("RE: " + MATTERS[i % 6], "tis-620"),
        extra=("X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtKLF6PGiA="),
    )
    heads += [
        'Content-Type: text/plain; charset="windows-874"',
        "Content-Transfer-Encoding: quoted-printable",
    ]
    return case("outlook_reply_quote_headers", entity(heads, qp(crlf(text).encode("cp874"), 76)), p)


def gmail_forward(p: Person, i: int) -> Case:
    """A daughter or son forwards the parent's request from Gmail (English separator in
    variant 0, the Thai UI's in variant 1), her note with her own phone above it; plain and
    HTML alternatives, the HTML with <div class="gmail_quote">."""
    h_name, h_phone, h_mail = HELPERS[i % 2]
    note = f"เรียน เจ้าหน้าที่\n\nส่งต่อคำร้องของคุณพ่อคุณแม่ค่ะ หากต้องการข้อมูลเพิ่มเติมติดต่อ{h_name} (ลูก) โทร {h_phone} ได้ค่ะ\n\n"
    if i % 2 == 0:
        head = (f"---------- Forwarded message ---------\nFrom: {p.first} {p.last} <{p.email}>\n"
                f"Date: Tue, Dec 8, 2026 at 7:42 PM\nSubject: {MATTERS[i % 6]}\nTo: <{h_mail}>\n\n")  # fmt: skip
    else:
        head = (f"---------- ข้อความที่ส่งต่อ ---------\nจาก: {p.first} {p.last} <{p.email}>\n"
                f"Date: อ. 8 ธ.ค. 2569 19:42\nSubject: {MATTERS[i % 6]}\nTo: <{h_mail}>\n\n")  # fmt: skip
    request = (form_text, prose_text)[i % 2](p, i)
    text = note + head + request
    html = ('<div dir="ltr">' + note.replace("\n", "<br>") + '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + head.replace("\n", "<br>").replace("<", "&lt;").replace(">", "&gt;").replace("&lt;br&gt;", "<br>")
            + '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + request.replace("\n", "<br>") + "</blockquote></div></div>\r\n")  # fmt: skip
    b = f"000000000000a1b2c3d4e5f6{i:02d}"
    parts = [entity(['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: base64"], b64(crlf(text).encode())),
             entity(['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable"], qp(html.encode()))]  # fmt: skip
    heads = top(
        p,
        i,
        words("Fwd: " + MATTERS[i % 6]),
        sender=f"{words(h_name[3:] if h_name.startswith('นาย') else h_name[6:])} <{h_mail}>",
    )
    heads += [f'Content-Type: multipart/alternative; boundary="{b}"']
    return case("gmail_forward", entity(heads, multipart(b, parts)), p)


def iphone_sent_from(p: Person, i: int) -> Case:
    """iPhone Mail: short lines typed on a phone, "ส่งจาก iPhone ของฉัน"; variant 0 plain
    quoted-printable, variant 1 multipart/alternative with Apple's HTML."""
    text = (f"สวัสดีค่ะ ขอแจ้งเรื่อง{MATTERS[(i + 1) % 6]}ค่ะ\n\n"
            f"ชื่อ {p.name}\nเลขบัตรประชาชน {id_as(p, i)}\nเกิด {thai_day(p.born, i + 2)}\n"
            f"ที่อยู่ {full(p)}\nเบอร์ {phone_as(p, i + 1)}\nอีเมล {p.email}\n\n"
            "ขอบคุณค่ะ\n\nส่งจาก iPhone ของฉัน\n")  # fmt: skip
    if i % 2 == 0:
        heads = top(p, i, subject_of(i + 1), extra=("X-Mailer: iPhone Mail (21G93)",))
        heads += [
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        return case("iphone_sent_from", entity(heads, qp(crlf(text).encode())), p)
    lines = text.split("\n")[:-1]
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "".join(f"<div dir=\"ltr\">{line or '<br>'}</div>" for line in lines[:-1])
            + '<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">ส่งจาก iPhone ของฉัน</div></div></body></html>\r\n')  # fmt: skip
    b = "Apple-Mail-7C1F2E44-9A0B-4D3E-B1C2-5F6A7B8C9D0E"
    parts = [entity(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(crlf(text).encode())),
             entity(["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"], qp(html.encode()))]  # fmt: skip
    heads = top(p, i, subject_of(i + 1), extra=("X-Mailer: iPhone Mail (21G93)",))
    heads += [f"Content-Type: multipart/alternative; boundary={b}"]
    return case("iphone_sent_from", entity(heads, multipart(b, parts)), p)


def chat_copied(p: Person, i: int) -> Case:
    """A LINE chat exported as text (variant 0: "time<TAB>name<TAB>message") or a Facebook
    Messenger chat copied (variant 1: the name, the time, then the message), pasted under
    one line; the agency's lines ask for the data and give its own phone."""
    me = f"{p.first} {p.last}"
    office = "อบต.ตลาดทอง"
    said = [
        (office, f"รบกวนแจ้งชื่อ เลขบัตรประชาชน วันเกิด ที่อยู่ เบอร์โทร และอีเมล ทางอีเมล {AGENCY} ด้วยนะคะ หรือโทร {AGENCY_PHONE} ในเวลาราชการค่ะ"),
        (me, "ได้ครับ ข้อมูลตามนี้ครับ"),
        (me, f"ชื่อ {p.name}"),
        (me, f"เลขบัตรประชาชน {id_as(p, i)}"),
        (me, f"วันเกิด {thai_day(p.born, i)}"),
        (me, f"ที่อยู่ {full(p)}"),
        (me, f"เบอร์โทร {phone_as(p, i)}"),
        (me, f"อีเมล {p.email}"),
        (office, "รับทราบค่ะ"),
    ]  # fmt: skip
    if i % 2 == 0:
        chat = [f"[LINE] แชทกับ {office}", "บันทึกเมื่อ: 2569/12/09 10:20", "", "2569.12.09 วันพุธ",
                f"10:02\t{me}\tสวัสดีครับ ขอแจ้ง{MATTERS[i % 6]}ครับ"]  # fmt: skip
        chat += [f"10:{4 + k:02d}\t{who}\t{what}" for k, (who, what) in enumerate(said)]
    else:
        chat = [me, "10:02 น.", f"สวัสดีครับ ขอแจ้ง{MATTERS[i % 6]}ครับ"]
        for k, (who, what) in enumerate(said):
            chat += [who, f"10:{4 + k:02d} น.", what]
    text = "เรียน เจ้าหน้าที่\n\nส่งข้อมูลที่คุยกันทางแชทมาทางอีเมลตามที่แจ้งครับ\n\n" + "\n".join(chat) + "\n"
    heads = [
        *top(p, i, subject_of(i)),
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
    ]
    return case("chat_copied", entity(heads, b64(crlf(text).encode())), p)


# --- attachments ---------------------------------------------------------------------------------


def rfc2231(name: str, charset: str) -> str:
    return f"{charset}''{quote(name.encode(charset), safe='.')}"


def txt_attachment_cp874(p: Person, i: int) -> Case:
    """Notepad's .txt in cp874 holding the form (CRLF, tabs after the labels); variant 0
    text/plain; charset=windows-874 with an RFC 2231 UTF-8 name, variant 1
    application/octet-stream, no charset, its name RFC 2231 in windows-874."""
    form = (
        "แบบคำร้องทั่วไป\n\n"
        + "\n".join(line.replace(": ", ":\t") for line in form_lines(p, i))
        + f"\nเรื่อง:\t“{MATTERS[i % 6]}”\n"
    )
    data = crlf(form).encode("cp874")
    name = "คำร้อง_ทั่วไป.txt"
    if i % 2 == 0:
        att = entity(['Content-Type: text/plain; charset="windows-874"', "Content-Transfer-Encoding: base64",
                      f"Content-Disposition: attachment; filename*={rfc2231(name, 'utf-8')}"], b64(data))  # fmt: skip
    else:
        att = entity(["Content-Type: application/octet-stream", "Content-Transfer-Encoding: base64",
                      f"Content-Disposition: attachment; filename*={rfc2231(name, 'cp874').replace('cp874', 'windows-874', 1)}"], b64(data))  # fmt: skip
    note = entity(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
                  "ส่งแบบฟอร์มตามไฟล์แนบครับ\r\n".encode())  # fmt: skip
    b = f"txt36_{i}"
    heads = [*top(p, i, subject_of(i)), f'Content-Type: multipart/mixed; boundary="{b}"']
    return case("txt_attachment_cp874", entity(heads, multipart(b, [note, att])), p)


def htm_attachment_rfc2231(p: Person, i: int) -> Case:
    """Word's "web page, filtered" (.htm) in windows-874 attached, its Thai name in RFC 2231
    continuations (filename*0*=, filename*1*=) and RFC 2047 in name=; the part declares the
    charset (variant 0) or only the file's <meta> does (variant 1)."""
    rows = "".join(
        f"<p class=MsoNormal><b><span lang=TH style='font-family:\"TH SarabunPSK\"'>{k}</span></b>"
        f"<span lang=TH>&nbsp;&nbsp;&nbsp; {v}</span></p>\r\n"
        for k, v in (line.split(": ", 1) for line in form_lines(p, i))
    )
    doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\r\n<head>\r\n'
           '<meta http-equiv=Content-Type content="text/html; charset=windows-874">\r\n'
           '<meta name=Generator content="Microsoft Word 15 (filtered)">\r\n</head>\r\n'
           '<body lang=EN-US><div class=WordSection1>\r\n<p class=MsoNormal align=center><b>แบบคำร้องทั่วไป</b></p>\r\n'
           f"{rows}</div></body></html>\r\n")  # fmt: skip
    name = "แบบคำร้องขอความอนุเคราะห์.htm"
    enc = quote(name.encode("utf-8"), safe=".")
    cut = enc.index("%", len(enc) // 2)
    ctype = "text/html; charset=windows-874" if i % 2 == 0 else "text/html"
    att = entity([f'Content-Type: {ctype};\r\n\tname="{words(name)}"', "Content-Transfer-Encoding: base64",
                  f"Content-Disposition: attachment;\r\n\tfilename*0*=utf-8''{enc[:cut]};\r\n\tfilename*1*={enc[cut:]}"],
                 b64(doc.encode("cp874")))  # fmt: skip
    note = entity(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"],
                  "เรียน เจ้าหน้าที่\r\n\r\nแนบแบบคำร้องที่กรอกแล้วค่ะ\r\n".encode())  # fmt: skip
    b = f"htm36_{i}"
    heads = [*top(p, i, subject_of(i)), f'Content-Type: multipart/mixed; boundary="{b}"']
    return case("htm_attachment_rfc2231", entity(heads, multipart(b, [note, att])), p)


STYLES: tuple[Style, ...] = (
    tis620_plain_declared, cp874_qp_windows874, iso885911_base64, cp874_declared_latin1,
    cp874_no_charset, utf8_declared_tis620, html_meta_charset_only,
    outlook_express_alt_windows874,
    rfc2047_split_words, qp_soft_break_mid_char, base64_odd_lines, flowed_label_split,
    alt_plain_empty_html, alt_plain_html_disagree, related_inline_images,
    rfc822_attached_forward,
    outlook_reply_quote_headers, gmail_forward, iphone_sent_from, chat_copied,
    txt_attachment_cp874, htm_attachment_rfc2231,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "charset" for s in STYLES[:8]},
    **{s.__name__: "encoding" for s in STYLES[8:12]},
    **{s.__name__: "structure" for s in STYLES[12:16]},
    **{s.__name__: "quoting" for s in STYLES[16:20]},
    **{s.__name__: "attached" for s in STYLES[20:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    p, q = PEOPLE[0], PEOPLE[3]
    ooo = crlf("เรียน ผู้ติดต่อ\n\nขณะนี้ดิฉันไม่อยู่ที่สำนักงาน ระหว่างวันที่ 7–11 ธันวาคม 2569 "
               "จะติดต่อกลับโดยเร็วที่สุดเมื่อกลับมา หากมีเรื่องเร่งด่วนโปรดติดต่อ 0-4571-2345\n\n"
               f"{p.first} {p.last}\n")  # fmt: skip
    away = entity(
        [*top(p, 90, words("ตอบกลับอัตโนมัติ: แจ้งผลการพิจารณาคำร้อง", "tis-620"), extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")), 'Content-Type: text/plain; charset="windows-874"', "Content-Transfer-Encoding: quoted-printable"],
        qp(ooo.encode("cp874"), 76),
    )  # fmt: skip
    vac = crlf(
        f"ขอบคุณสำหรับอีเมลครับ ผมลาพักร้อนถึงวันที่ 14 ธันวาคม 2569\nจะตอบกลับเมื่อกลับมาทำงานครับ\n\n{q.first}\n"
    )
    vacation = entity(
        [*top(q, 91, split_words("ไม่อยู่: Re: แจ้งผลการพิจารณาคำร้อง".encode("tis-620"), "TIS-620", "Q", 9), extra=("Auto-Submitted: auto-replied (vacation)", "Precedence: bulk")), "Content-Type: text/plain; charset=TIS-620", "Content-Transfer-Encoding: 8bit"],
        vac.encode("tis-620"),
    )  # fmt: skip
    original = entity(
        [f"From: {words('งานสารบรรณ อบต.ตลาดทอง')} <{AGENCY}>", f"To: {p.email}",
         f"Subject: {words('แจ้งผลการพิจารณาคำร้อง', 'tis-620')}", "MIME-Version: 1.0",
         "Content-Type: text/plain; charset=tis-620", "Content-Transfer-Encoding: 8bit"],
        crlf(f"เรียน คุณ{p.first}\n\nคำร้องของท่านได้รับการพิจารณาแล้ว\n\n> {form_lines(p, 0)[0]}\n> {form_lines(p, 0)[1]}\n").encode("tis-620"),
    )  # fmt: skip
    status = entity(["Content-Type: message/delivery-status"],
                    crlf(f"Reporting-MTA: dns; mx.taladthong.go.th\n\nFinal-Recipient: rfc822; {p.email}\nAction: failed\n"
                         "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n").encode())  # fmt: skip
    notice = entity(["Content-Type: text/plain; charset=us-ascii"],
                    crlf(f"This is the mail system at host mx.taladthong.go.th.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<{p.email}>: host gmail-smtp-in.l.google.com said: 550 5.1.1 user unknown\n").encode())  # fmt: skip
    dsn = entity(
        ["From: MAILER-DAEMON@mx.taladthong.go.th (Mail Delivery System)", f"To: {AGENCY}",
         "Subject: Undelivered Mail Returned to Sender", "Date: Wed, 9 Dec 2026 11:00:00 +0700",
         "Message-ID: <set36-bounce-1@mx.taladthong.go.th>", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
         'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn36"'],
        multipart("dsn36", [notice, status, entity(["Content-Type: message/rfc822"], original)]),
    )  # fmt: skip
    thai_bounce = entity(
        [f"From: {words('ระบบจัดส่งอีเมล')} <postmaster@mail.taladthong.go.th>", f"To: {AGENCY}",
         f"Subject: {words('ส่งอีเมลไม่สำเร็จ: แจ้งผลการพิจารณาคำร้อง', 'tis-620')}",
         "Date: Wed, 9 Dec 2026 11:05:00 +0700", "Message-ID: <set36-bounce-2@mail.taladthong.go.th>",
         "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="tb36"'],
        multipart("tb36", [
            entity(["Content-Type: text/plain; charset=tis-620", "Content-Transfer-Encoding: 8bit"],
                   crlf(f"ไม่สามารถส่งอีเมลถึงผู้รับต่อไปนี้ได้\n\n    {p.email}\n\nเหตุผล: ไม่พบผู้รับปลายทาง (550 5.1.1)\n").encode("tis-620")),
            entity(["Content-Type: message/rfc822"], original),
        ]),
    )  # fmt: skip
    return [
        ("a Thai out-of-office reply in windows-874", away, "auto_reply"),
        ("a Thai vacation reply, TIS-620 Q words", vacation, "auto_reply"),
        ("a bounce of the agency's TIS-620 answer", dsn, "bounce"),
        ("a Thai postmaster's bounce without a report", thai_bounce, "bounce"),
        (
            "a headman forwarding a TIS-620 request as message/rfc822",
            rfc822_attached_forward(PEOPLE[1], 0).raw,
            "request",
        ),
        ("a cp874 request with no Content-Type", cp874_no_charset(PEOPLE[2], 1).raw, "request"),
    ]
