"""Complete RFC 5322 mails carrying a general request, with their normalised ground truth.

`generate_requests(n, seed)` spreads the mails evenly over FORMATS: `label: value` bodies
in UTF-8, TIS-620 and windows-874 (every Thai charset label, 8bit, quoted-printable and
base64; also undeclared and mislabelled), other separators, numbered and bilingual
labels, format=flowed wrapping, HTML tables, and PDF AcroForm attachments (flat and
nested field names). Values are written the way people type them; `expected` holds
what the system should store.

MIME is assembled by hand (not with `email.mime`): the stdlib cannot encode windows-874
without registering codec aliases, and registering them here would hide the very bug the
extractors must handle.
"""

from __future__ import annotations

import base64
import binascii
import html
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote

from .pdf_forms import build_form_pdf
from .people import THAI_MONTHS, THAI_MONTHS_ABBR, Person, make_person, to_thai_digits

KEYS = (
    "full_name",
    "national_id",
    "birth_date",
    "phone",
    "email",
    "address",
    "postal_code",
    "province",
    "subject",
    "details",
)
TH_LABELS = {
    "full_name": ["ชื่อ-นามสกุล", "ชื่อ - สกุล", "ชื่อ-สกุล"],
    "national_id": ["เลขประจำตัวประชาชน", "เลขบัตรประชาชน"],
    "birth_date": ["วันเกิด"],
    "phone": ["โทรศัพท์", "เบอร์โทรศัพท์"],
    "email": ["อีเมล", "อีเมล์"],
    "address": ["ที่อยู่"],
    "postal_code": ["รหัสไปรษณีย์"],
    "province": ["จังหวัด"],
    "subject": ["เรื่อง"],
    "details": ["รายละเอียด"],
}
EN_LABELS = {
    "full_name": ["Full name", "Full Name"],
    "national_id": ["National ID"],
    "birth_date": ["Date of birth", "Date of Birth"],
    "phone": ["Phone"],
    "email": ["E-mail", "Email"],
    "address": ["Address"],
    "postal_code": ["Postcode", "Postal code"],
    "province": ["Province"],
    "subject": ["Subject"],
    "details": ["Details"],
}

# Python codec for each charset label a Thai mail client writes. Only the generator's
# own encoding uses this; the extractors must find their own way to decode.
THAI_LABELS = ("tis-620", "iso-8859-11", "windows-874", "x-windows-874")
CODEC_FOR_LABEL = {
    "": "cp874",  # no charset declared: an old Thai client's own code page
    "iso-8859-1": "cp874",  # a wrong label over windows-874 bytes (misconfigured webmail)
    "utf-8": "utf-8",
    "tis-620": "tis_620",
    "iso-8859-11": "iso8859_11",
    "windows-874": "cp874",
    "x-windows-874": "cp874",
}


@dataclass(frozen=True)
class Layout:
    """How one format lays the form out and encodes it."""

    kind: str  # "text", "html_alternative", "html_only", "pdf"
    charset: str = "utf-8"  # the label written into Content-Type ("" = none)
    cte: str = "8bit"  # "8bit", "quoted-printable", "base64"
    separator: str = ": "  # text forms: between label and value ("\n" = next line)
    pdf_names: str = ""  # "th" or "en": language of the AcroForm field names
    pdf_parent: str = ""  # AcroForm parent field, so names read "form1.<name>"
    flowed: bool = False  # RFC 3676 format=flowed, long lines soft-wrapped
    decorated: bool = False  # labels numbered, bulleted or bilingual

    @property
    def codec(self) -> str:
        return CODEC_FOR_LABEL[self.charset]


FORMATS: dict[str, Layout] = {
    "text_utf8_8bit": Layout("text"),
    "text_utf8_qp": Layout("text", cte="quoted-printable"),
    "text_utf8_base64": Layout("text", cte="base64"),
    "text_tis620_8bit": Layout("text", charset="tis-620"),
    "text_windows874_qp": Layout("text", charset="windows-874", cte="quoted-printable"),
    "text_x_windows874_base64": Layout("text", charset="x-windows-874", cte="base64"),
    "text_iso8859_11_8bit": Layout("text", charset="iso-8859-11"),
    "text_spaced_colon": Layout("text", separator=" : "),
    "text_fullwidth_colon": Layout("text", separator="："),
    "text_next_line": Layout("text", separator="\n"),
    "text_decorated_labels": Layout("text", decorated=True),
    "text_flowed_utf8": Layout("text", flowed=True),
    "text_undeclared_cp874": Layout("text", charset=""),
    "text_mislabelled_latin1": Layout("text", charset="iso-8859-1", cte="quoted-printable"),
    "html_alternative": Layout("html_alternative", cte="quoted-printable"),
    "html_only": Layout("html_only", cte="base64"),
    "html_windows874": Layout("html_only", charset="windows-874", cte="quoted-printable"),
    "pdf_form_thai_names": Layout("pdf", pdf_names="th"),
    "pdf_form_english_names": Layout("pdf", pdf_names="en"),
    "pdf_form_nested_names": Layout("pdf", pdf_names="th", pdf_parent="form1"),
}


@dataclass(frozen=True)
class GeneratedRequest:
    raw: bytes = field(repr=False)
    expected: dict[str, str] = field(repr=False)  # normalised values by key
    format: str
    written: dict[str, str] = field(repr=False)  # values as the citizen typed them
    labels: dict[str, str] = field(repr=False)  # label or form-field name used per key
    charset: str = "utf-8"  # charset label of the part carrying the form ("" = none)
    codec: str = "utf-8"  # the codec its bytes are really in


# --- values as people type them ---------------------------------------------------


def _spaced(rng: random.Random, text: str) -> str:
    """Sometimes a doubled space or a trailing space, as in real typing."""
    if rng.random() < 0.15 and " " in text:
        text = text.replace(" ", "  ", 1)
    if rng.random() < 0.1:
        text += " "
    return text


def write_national_id(rng: random.Random, nid: str) -> str:
    shapes = [
        nid,
        f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}",
        f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}",
        to_thai_digits(nid),
        to_thai_digits(f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"),
    ]
    return rng.choice(shapes)


def write_phone(rng: random.Random, phone: str) -> str:
    if phone.startswith("02"):
        a, b, c = phone[:2], phone[2:5], phone[5:]
        shapes = [f"{a}-{b}-{c}", phone, f"+66 2 {b} {c}", to_thai_digits(f"{a}-{b}-{c}")]
    else:
        a, b, c = phone[:3], phone[3:6], phone[6:]
        shapes = [
            f"{a}-{b}-{c}",
            phone,
            f"+66 {a[1:]} {b} {c}",
            to_thai_digits(phone),
            f"{a} {b} {c}",
        ]
    return rng.choice(shapes)


def write_birth_date(rng: random.Random, born: date) -> str:
    d, m, y = born.day, born.month, born.year
    be = y + 543
    shapes = [
        f"{d} {THAI_MONTHS[m - 1]} {be}",
        f"{d} {THAI_MONTHS_ABBR[m - 1]} {be}",
        f"{d} {THAI_MONTHS[m - 1]} พ.ศ. {be}",
        f"{d:02d}/{m:02d}/{be}",
        f"{d}/{m}/{be}",
        f"{y:04d}-{m:02d}-{d:02d}",
        to_thai_digits(f"{d:02d}/{m:02d}/{be}"),
        to_thai_digits(f"{d} {THAI_MONTHS[m - 1]} {be}"),
    ]
    return rng.choice(shapes)


def write_province(rng: random.Random, province: str) -> str:
    if province == "กรุงเทพมหานคร":
        return rng.choice(["กรุงเทพมหานคร", "กรุงเทพฯ", "กทม.", "กรุงเทพ"])
    return rng.choice([province, f"จ.{province}", f"จังหวัด{province}", f"จ. {province}"])


def write_values(rng: random.Random, p: Person) -> tuple[dict[str, str], dict[str, str]]:
    """Return (as written, normalised) values for the ten general-request keys."""
    postal = p.place.postal_code
    written = {
        "full_name": _spaced(rng, p.full_name),
        "national_id": write_national_id(rng, p.national_id),
        "birth_date": write_birth_date(rng, p.birth_date),
        "phone": write_phone(rng, p.phone),
        "email": p.email,
        "address": _spaced(rng, p.address),
        "postal_code": to_thai_digits(postal) if rng.random() < 0.15 else postal,
        "province": write_province(rng, p.place.province),
        "subject": _spaced(rng, p.subject),
        "details": _spaced(rng, p.details),
    }
    expected = {
        "full_name": " ".join(p.full_name.split()),
        "national_id": p.national_id,
        "birth_date": p.birth_date.isoformat(),
        "phone": "+66" + p.phone[1:],
        "email": p.email.lower(),
        "address": " ".join(p.address.split()),
        "postal_code": postal,
        "province": p.place.province,
        "subject": " ".join(p.subject.split()),
        "details": " ".join(p.details.split()),
    }
    return written, expected


def decorate_labels(rng: random.Random, labels: dict[str, str]) -> dict[str, str]:
    """Numbered, bulleted or bilingual labels, as on printed Thai government forms."""
    style = rng.choice(["numbered", "bullet", "bilingual"])
    out = {}
    for n, key in enumerate(KEYS, start=1):
        if style == "numbered":
            out[key] = f"{n}. {labels[key]}"
        elif style == "bullet":
            out[key] = f"- {labels[key]}"
        else:
            th, en = TH_LABELS[key][0], EN_LABELS[key][0]
            out[key] = rng.choice([f"{th} ({en})", f"{th} / {en}"])
    return out


def choose_labels(rng: random.Random) -> dict[str, str]:
    lang = rng.choice(["th", "th", "en", "mixed"])
    labels = {}
    for key in KEYS:
        use_th = lang == "th" or (lang == "mixed" and rng.random() < 0.5)
        labels[key] = rng.choice((TH_LABELS if use_th else EN_LABELS)[key])
    return labels


# --- bodies --------------------------------------------------------------------------

GREETINGS = ["เรียน เจ้าหน้าที่ผู้รับผิดชอบ", "เรียน นายกเทศมนตรี", "เรียน ผู้อำนวยการ"]
INTROS = [
    "ข้าพเจ้าขอยื่นคำร้องทั่วไป โดยมีรายละเอียดดังนี้",
    "ขอยื่นคำร้องทั่วไปทางอีเมลตามข้อมูลด้านล่าง",
    "ข้าพเจ้าขอส่งข้อมูลคำร้องตามแบบฟอร์มของหน่วยงาน",
]
CLOSINGS = ["ขอแสดงความนับถือ", "ด้วยความเคารพ"]


def _letter(rng: random.Random, form_lines: list[str], signer: str) -> str:
    head = [rng.choice(GREETINGS), "", rng.choice(INTROS), ""]
    tail = ["", rng.choice(CLOSINGS), signer.strip(), ""]
    return "\n".join(head + form_lines + tail)


def text_form_lines(
    rng: random.Random, labels: dict[str, str], written: dict[str, str], sep: str
) -> list[str]:
    lines: list[str] = []
    if sep == "\n":
        colon = rng.random() < 0.5
        gap = rng.random() < 0.5
        for key in KEYS:
            lines += [labels[key] + (":" if colon else ""), written[key]] + ([""] if gap else [])
        return lines
    width = max(len(labels[k]) for k in KEYS) if rng.random() < 0.3 else 0
    return [labels[k].ljust(width) + sep + written[k] for k in KEYS]


def html_form(rng: random.Random, labels: dict[str, str], written: dict[str, str]) -> str:
    cell = "th" if rng.random() < 0.3 else "td"
    colon = ":" if rng.random() < 0.4 else ""
    pretty = rng.random() < 0.3  # Word and Outlook put line breaks inside cells
    pad = "\n      " if pretty else ""
    rows = []
    if rng.random() < 0.3:
        rows.append("<tr><th>รายการ</th><th>ข้อมูล</th></tr>")
    for key in KEYS:
        label = f"<{cell}><b>{html.escape(labels[key])}{colon}</b></{cell}>"
        value = f"<td>{pad}{html.escape(written[key])}{pad}</td>"
        rows.append(f"<tr>{label}{value}</tr>")
    return '<table border="1" cellpadding="4">\n' + "\n".join(rows) + "\n</table>"


def html_document(rng: random.Random, table: str, charset: str, signer: str) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    body = [
        f"<p>{rng.choice(GREETINGS)}</p>",
        f"<p>{rng.choice(INTROS)}</p>",
        table,
        f"<p>{rng.choice(CLOSINGS)}<br>{html.escape(signer.strip())}</p>",
    ]
    return f"<html><head>{meta}</head><body>\n" + "\n".join(body) + "\n</body></html>\n"


def cp874_flourish(rng: random.Random, details: str) -> str:
    """Outlook on Thai Windows types curly quotes, which exist only in windows-874."""
    if rng.random() < 0.5:
        return details
    return details + " (อ้างถึงประกาศ “การให้บริการประชาชนทางอีเมล”)"


# --- MIME assembly ------------------------------------------------------------------

CRLF = b"\r\n"


def encode_body(text: str, codec: str, cte: str) -> bytes:
    data = text.replace("\r\n", "\n").encode(codec)
    if cte == "base64":
        data = data.replace(b"\n", CRLF)
        return base64.encodebytes(data).replace(b"\n", CRLF)
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).replace(b"\n", CRLF) + CRLF
    return data.replace(b"\n", CRLF)


def encoded_words(text: str, charset: str, mode: str) -> str:
    """RFC 2047 encoded words, each at most 75 characters, folded onto lines."""
    codec = CODEC_FOR_LABEL[charset]
    per_word = 39 if codec != "utf-8" else 13
    if mode == "Q":
        per_word = per_word // 3 if codec != "utf-8" else 6
    chunks = [text[i : i + per_word] for i in range(0, len(text), per_word)]
    words = [f"=?{charset}?{mode}?{_encode_word(c.encode(codec), mode)}?=" for c in chunks]
    return "\r\n ".join(words)


def _encode_word(data: bytes, mode: str) -> str:
    if mode == "B":
        return base64.b64encode(data).decode("ascii")
    safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/"
    return "".join("_" if b == 0x20 else chr(b) if b in safe else f"={b:02X}" for b in data)


def part_bytes(content_type: str, cte: str, body: bytes, extra: str = "") -> bytes:
    head = f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: {cte}\r\n{extra}"
    return head.encode("ascii") + CRLF + body


def multipart(subtype: str, boundary: str, parts: list[bytes]) -> bytes:
    head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n'.encode("ascii")
    out = head + CRLF
    for part in parts:
        out += f"--{boundary}".encode("ascii") + CRLF + part + CRLF
    return out + f"--{boundary}--".encode("ascii") + CRLF


def text_part(text: str, layout: Layout, subtype: str = "plain") -> bytes:
    ctype = f"text/{subtype}" + (f"; charset={layout.charset}" if layout.charset else "")
    if layout.flowed:
        ctype += "; format=flowed"
        text = "\n".join(flow(line) for line in text.split("\n"))
    return part_bytes(ctype, layout.cte, encode_body(text, layout.codec, layout.cte))


def flow(line: str, width: int = 72) -> str:
    """Soft-wrap one line as RFC 3676 does: a trailing space marks a soft break."""
    words, out, current = line.rstrip().split(" "), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            out.append(current + " ")
            current = word
        else:
            current = f"{current} {word}" if current else word
    return "\n".join([*out, current])


def pdf_attachment(rng: random.Random, pdf: bytes) -> bytes:
    declared = rng.choice(["application/pdf", "application/pdf", "application/octet-stream"])
    if rng.random() < 0.5:
        name = "คำร้องทั่วไป.pdf"
        disposition = f"attachment; filename*=utf-8''{quote(name)}"
        ctype = f"{declared}; name*=utf-8''{quote(name)}"
    else:
        disposition, ctype = 'attachment; filename="request-form.pdf"', declared
    body = base64.encodebytes(pdf).replace(b"\n", CRLF)
    return part_bytes(ctype, "base64", body, f"Content-Disposition: {disposition}\r\n")


# --- one request per format ------------------------------------------------------------


@dataclass
class Draft:
    rng: random.Random
    layout: Layout
    labels: dict[str, str]
    written: dict[str, str]
    signer: str


def build_text(d: Draft) -> bytes:
    lines = text_form_lines(d.rng, d.labels, d.written, d.layout.separator)
    return text_part(_letter(d.rng, lines, d.signer), d.layout)


def build_html_only(d: Draft) -> bytes:
    table = html_form(d.rng, d.labels, d.written)
    doc = html_document(d.rng, table, d.layout.charset, d.signer)
    return text_part(doc, d.layout, "html")


def build_html_alternative(d: Draft) -> bytes:
    lines = text_form_lines(d.rng, d.labels, d.written, ": ")
    plain = text_part(_letter(d.rng, lines, d.signer), d.layout)
    html_doc = html_document(d.rng, html_form(d.rng, d.labels, d.written), "utf-8", d.signer)
    rich = text_part(html_doc, d.layout, "html")
    return multipart("alternative", _boundary(d.rng), [plain, rich])


def build_pdf(d: Draft) -> bytes:
    pool = TH_LABELS if d.layout.pdf_names == "th" else EN_LABELS
    names = {key: d.rng.choice(pool[key]) for key in KEYS}
    parent = d.layout.pdf_parent
    d.labels.update({k: f"{parent}.{n}" if parent else n for k, n in names.items()})
    captions = [EN_LABELS[key][0] for key in KEYS]
    pairs = [(names[k], d.written[k].strip()) for k in KEYS]
    pdf = build_form_pdf(pairs, captions=captions, parent=parent or None)
    note = "\n".join(
        [d.rng.choice(GREETINGS), "", "ข้าพเจ้าขอส่งแบบคำร้องทั่วไปตามไฟล์แนบ", "", d.signer.strip()]
    )
    cte = d.rng.choice(["8bit", "quoted-printable", "base64"])
    body = text_part(note + "\n", Layout("text", cte=cte))
    return multipart("mixed", _boundary(d.rng), [body, pdf_attachment(d.rng, pdf)])


BUILDERS: dict[str, Callable[[Draft], bytes]] = {
    "text": build_text,
    "html_only": build_html_only,
    "html_alternative": build_html_alternative,
    "pdf": build_pdf,
}


def _boundary(rng: random.Random) -> str:
    return "----=_Part_" + "".join(rng.choice("0123456789abcdef") for _ in range(24))


def headers(rng: random.Random, p: Person, layout: Layout, index: int, seed: int) -> bytes:
    header_charset = "utf-8"
    if layout.codec != "utf-8":  # a Thai client labels its headers as it likes
        thai_label = layout.charset if layout.charset in THAI_LABELS else "windows-874"
        header_charset = rng.choice(["windows-874", thai_label])
    prefix = rng.choice(["คำร้องทั่วไป: ", "ยื่นคำร้อง - ", "General request: ", ""])
    subject = encoded_words(prefix + p.subject, header_charset, rng.choice(["B", "Q"]))
    name = encoded_words(f"{p.first} {p.last}", header_charset, "B")
    sent = datetime(2026, 1, 5, 8, 30, tzinfo=UTC) + timedelta(minutes=37 * index)
    lines = [
        f"From: {name} <{p.email.lower()}>",
        "To: saraban@agency.example",
        f"Subject: {subject}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <gen-{seed}-{index:05d}@generator.example>",
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(lines).encode("ascii") + CRLF


def generate_one(index: int, fmt: str, seed: int) -> GeneratedRequest:
    rng = random.Random(f"{seed}:{index}")
    layout = FORMATS[fmt]
    person = make_person(rng)
    written, expected = write_values(rng, person)
    if layout.codec == "cp874":
        written["details"] = cp874_flourish(rng, written["details"])
        expected["details"] = " ".join(written["details"].split())
    labels = choose_labels(rng)
    if layout.decorated:
        labels = decorate_labels(rng, labels)
    draft = Draft(rng, layout, labels, written, person.full_name)
    content = BUILDERS[layout.kind](draft)
    raw = headers(rng, person, layout, index, seed) + content
    return GeneratedRequest(raw, expected, fmt, written, draft.labels, layout.charset, layout.codec)


def generate_requests(
    n: int = 240, seed: int = 2569, formats: Sequence[str] | None = None
) -> list[GeneratedRequest]:
    """n mails, formats spread evenly (round robin), reproducible for a given seed.

    `formats` limits the set to some names of FORMATS (default: all of them).
    """
    names = list(formats or FORMATS)
    unknown = set(names) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown formats: {sorted(unknown)}")
    return [generate_one(i, names[i % len(names)], seed) for i in range(n)]
