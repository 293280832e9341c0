"""Metamorphic checks of the readers (issue 8): a request whose fields read right, changed
the way mail programs and people really change mail, must still read right.

Each transform is a small pure function from a raw mail to the raw mail a clerk would read
as the same request (re-sent as HTML, forwarded by a relative, quoted in a reply, hard
wrapped by an old client, re-encoded in TIS-620 / windows-874, a phone's or a company's
signature appended, typed in Thai digits, moved into an attached .txt or .docx), or None
where it does not apply to that mail. The transforms were written from how mail gets
mangled in the wild, before any reader in extractors/ was read beyond its public entry
points (parse_message, extract_case, load_templates): they share no assumption with them.

A field right on the original and not right on the changed mail is a robustness bug
("broke"); wrong without a flag is the worst kind. The requests are those of the typed
sets (tests/extractors/unseen_requests*.py) whose information is in the mail's body, not
in an attachment (a mail with attachments is skipped: its body only points at them).

A forward that keeps the original's files (FILE_TRANSFORMS) is run over the requests whose
mail has files, the others over those whose information is in the body.

Run everything (all requests x all transforms, ~9 min on 2 cores under load, and the mails
with files read twice more) and print the table, every broken field written as JSON lines
to the optional path:
    PYTHONPATH=. /work/main/.venv/bin/python tests/extractors/metamorphic.py [broken.jsonl]
Values printed are the sets' invented people, safe to show.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib
import io
import json
import quopri
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __name__ in ("__main__", "__mp_main__"):  # a script (and its spawned children):
    # the paths pytest gives the tests
    sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parents[1])]

from unseen_harness import read_all, template_keys, verdict  # noqa: E402
from unseen_requests import MONTHS, MONTHS_SHORT, Case  # noqa: E402

Transform = Callable[[bytes], "bytes | None"]

AGENCY = "saraban@example.go.th"
RELATIVE = "Lek <lek.family2020@gmail.com>"  # the forwarder: no personal data in the note
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


# --- reading and writing the mail ------------------------------------------------------


def load(raw: bytes) -> EmailMessage:
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def dump(msg: EmailMessage) -> bytes:
    """The changed message's bytes, its untouched headers as they came: the stdlib cannot
    refold a header whose encoded words were cut inside a letter (set 2's subject)."""
    return msg.as_bytes(policy=msg.policy.clone(cte_type="8bit", refold_source="none"))


def is_attachment(part: EmailMessage) -> bool:
    return part.get_content_disposition() == "attachment" or part.get_filename() is not None


def body_parts(msg: EmailMessage) -> list[EmailMessage]:
    """The mail's own text: its text/plain and text/html leaves that are not attachments
    (nor inside an attached or forwarded message/rfc822)."""
    if msg.get_content_maintype() == "message":
        return []
    if msg.is_multipart():
        return [q for p in msg.iter_parts() for q in body_parts(p)]  # type: ignore[arg-type]
    if msg.get_content_type() in ("text/plain", "text/html") and not is_attachment(msg):
        return [msg]
    return []


def has_attachments(msg: EmailMessage) -> bool:
    own = body_parts(msg)
    return any(
        p.get_content_maintype() == "message" or (not p.is_multipart() and p not in own)
        for p in msg.walk()
    )


LATIN = frozenset({"iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii"})
_META_CHARSET = re.compile(r"""<meta[^>]*charset=["']?([\w-]+)""", re.I)


def honest_text(part: EmailMessage) -> str | None:
    """The text a clerk reads in a body part, or None where this module cannot be sure of
    it and so cannot re-send the same text: a charset label the bytes do not follow (8-bit
    bytes without a charset, UTF-8 under a Thai label, bytes that do not decode), an HTML
    meta charset that contradicts the header, quoted-printable left undecoded, and
    format=flowed (its soft breaks would become hard ones). Line ends made LF."""
    if (part.get_param("format") or "").lower() == "flowed":
        return None
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    charset = (part.get_content_charset() or "us-ascii").lower()
    codec = CODECS.get(charset, charset)
    utf8 = codec.replace("-", "").replace("_", "") == "utf8"
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    if not utf8 and not data.isascii():
        try:
            data.decode("utf-8")
            return None  # UTF-8 under another label: the reader guesses, this module won't
        except UnicodeDecodeError:
            pass
    if charset in LATIN and re.search(rb"[\xa1-\xfb]", data):
        return None  # Thai bytes under a Latin label (sets 20, 36): which text is meant?
    if part.get_content_subtype() == "html":
        meta = _META_CHARSET.search(text)
        if meta and CODECS.get(meta[1].lower(), meta[1].lower()) not in (codec, charset):
            return None
    if "=\n" in text or "=\r" in text:
        return None  # a quoted-printable soft break the stdlib did not take
    return text.replace("\r\n", "\n").replace("\r", "\n")


def own_texts(msg: EmailMessage) -> list[tuple[EmailMessage, str]] | None:
    """Each body part with its text, or None if there is none or one is not sure."""
    pairs = [(p, honest_text(p)) for p in body_parts(msg)]
    if not pairs or any(t is None for _, t in pairs):
        return None
    return [(p, t) for p, t in pairs if t is not None]


# The Thai charsets' names in mail that Python's codec registry does not know.
CODECS = {"windows-874": "cp874", "x-windows-874": "cp874", "iso-8859-11": "tis_620"}


def text_of(part: EmailMessage) -> str:
    """A body part's text, decoded by its charset (Thai names known here too)."""
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    charset = (part.get_content_charset() or "utf-8").lower()
    try:
        return data.decode(CODECS.get(charset, charset), "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def simple_body(raw: bytes) -> tuple[EmailMessage, str | None, str | None] | None:
    """(message, plain, html) of a mail that is only a body (plain, HTML or both as
    alternatives); None for a mail with attachments or other parts."""
    msg = load(raw)
    if has_attachments(msg):
        return None
    plain = html_ = None
    for part in body_parts(msg):
        text = honest_text(part)
        if text is None:
            return None
        if part.get_content_type() == "text/plain" and plain is None:
            plain = text
        elif part.get_content_type() == "text/html" and html_ is None:
            html_ = text
    if plain is None and html_ is None:
        return None
    return msg, plain, html_


def new_mail(
    like: EmailMessage, *, sender: str | None = None, subject: str | None = None
) -> EmailMessage:
    """A new message with `like`'s envelope headers (From, To, Subject, Date, ids)."""
    out = EmailMessage()
    for name in ("From", "To", "Cc", "Subject", "Date", "Message-ID", "Reply-To"):
        if like[name] is not None:
            out[name] = str(like[name])
    if sender is not None:
        del out["From"]
        out["From"] = sender
    if subject is not None:
        del out["Subject"]
        out["Subject"] = subject
    return out


def set_text_bytes(part: EmailMessage, data: bytes, subtype: str, charset: str | None, cte: str,
                   filename: str | None = None) -> None:  # fmt: skip
    """A text part's exact bytes and transfer encoding (set_content would rewrite its line
    ends and pick its own encoding)."""
    for name in ("Content-Type", "Content-Transfer-Encoding", "Content-Disposition"):
        del part[name]
    params = f"; charset={charset}" if charset else ""
    if filename:
        params += f'; name="{filename}"'
    part["Content-Type"] = f"text/{subtype}{params}"
    part["Content-Transfer-Encoding"] = cte
    if filename:
        part.add_header("Content-Disposition", "attachment", filename=filename)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = quopri.encodestring(data).decode("ascii")
    part.set_payload(payload)


def sent_at(msg: EmailMessage) -> tuple[str, str, str]:
    """The original's date as Gmail English, Gmail Thai and Outlook Thai write it."""
    try:
        d = parsedate_to_datetime(str(msg["Date"]))
    except (TypeError, ValueError):
        d = parsedate_to_datetime("Tue, 3 Nov 2026 09:00:00 +0000")
    days = ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.")  # Gmail's Thai weekdays, Monday first
    gmail_en = d.strftime("%a, %b %-d, %Y at %-I:%M %p")
    gmail_th = f"{days[d.weekday()]} {d.day} {MONTHS_SHORT[d.month - 1]} {d.year} เวลา {d:%H:%M}"
    outlook_th = f"{d.day} {MONTHS[d.month - 1]} {d.year + 543} {d:%H:%M}"
    return gmail_en, gmail_th, outlook_th


def subject_of(msg: EmailMessage) -> str:
    return str(msg["Subject"] or "")


def sender_of(msg: EmailMessage) -> str:
    return str(msg["From"] or "")


# --- HTML as mail programs write it ----------------------------------------------------


def _gmail_spaces(line: str) -> str:
    """Gmail keeps runs of spaces as '&nbsp; ' pairs and a tab as a pre-spaced span."""
    line = html.escape(line, quote=False)
    line = re.sub(r"(?<= ) ", "&nbsp;", line)  # the second space of a run onwards
    line = re.sub(r"^ ", "&nbsp;", line)
    return line.replace("\t", '<span style="white-space:pre">\t</span>')


def gmail_html(text: str) -> str:
    lines = text.rstrip("\n").split("\n")
    divs = "".join(
        f"<div>{_gmail_spaces(x)}</div>" if x.strip() else "<div><br></div>" for x in lines
    )
    return f'<div dir="ltr">{divs}</div>\n'


def _outlook_spaces(line: str) -> str:
    line = html.escape(line, quote=False)
    line = re.sub(r" (?= )", "&nbsp;", line)
    line = re.sub(r"^ ", "&nbsp;", line)
    tab = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
    return line.replace("\t", tab)


def outlook_html(text: str) -> str:
    span = "<span lang=TH style='font-size:14.0pt;font-family:\"Cordia New\",sans-serif'>"
    paras = "".join(
        f"<p class=MsoNormal>{span}{_outlook_spaces(x)}<o:p></o:p></span></p>"
        if x.strip()
        else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        for x in text.rstrip("\n").split("\n")
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head>'
        '<meta http-equiv=Content-Type content="text/html; charset=utf-8">'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
        '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cordia New";}\n'
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif;}\n--></style></head>'
        '<body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
        f"<div class=WordSection1>{paras}</div></body></html>\n"
    )


# --- the transforms --------------------------------------------------------------------


def html_gmail(raw: bytes) -> bytes | None:
    """A plain body re-sent as HTML only, the way Gmail's composer writes it (a div per
    line, <div><br></div> for a blank line, &nbsp; runs): clients and gateways that send
    only the HTML alternative."""
    got = simple_body(raw)
    if got is None or got[1] is None or got[2] is not None:
        return None
    msg, plain, _ = got
    out = new_mail(msg)
    out.set_content(gmail_html(plain), subtype="html", charset="utf-8")
    return bytes(out)


def html_outlook(raw: bytes) -> bytes | None:
    """A plain body re-sent as Outlook's HTML: a MsoNormal paragraph per line, Thai spans,
    <o:p>&nbsp;</o:p> for a blank line, the Word style sheet in the head."""
    got = simple_body(raw)
    if got is None or got[1] is None or got[2] is not None:
        return None
    msg, plain, _ = got
    out = new_mail(msg)
    out.set_content(outlook_html(plain), subtype="html", charset="utf-8")
    return bytes(out)


def _forward(
    raw: bytes, header: Callable[[EmailMessage], str], note: str, prefix: str
) -> bytes | None:
    got = simple_body(raw)
    if got is None or got[1] is None or got[2] is not None:
        return None  # a plain body only: with an HTML alternative, which one is the text?
    msg, plain, _ = got
    out = new_mail(msg, sender=RELATIVE, subject=f"{prefix}: {subject_of(msg)}")
    del out["Message-ID"]
    out["Message-ID"] = "<fwd-" + hashlib.sha1(raw).hexdigest()[:12] + "@mail.gmail.com>"
    out.set_content(f"{note}\n\n{header(msg)}\n{plain}", charset="utf-8")
    return bytes(out)


def fwd_gmail(raw: bytes) -> bytes | None:
    """Forwarded by a relative from Gmail (English UI): a one-line note without their own
    details, Gmail's "Forwarded message" block, the original body below."""

    def header(msg: EmailMessage) -> str:
        return (
            "---------- Forwarded message ---------\n"
            f"From: {sender_of(msg)}\nDate: {sent_at(msg)[0]}\n"
            f"Subject: {subject_of(msg)}\nTo: <{AGENCY}>\n"
        )

    return _forward(raw, header, "ส่งต่อคำร้องของคุณแม่ครับ รบกวนช่วยดำเนินการให้ด้วยครับ\n", "Fwd")


def fwd_outlook_th(raw: bytes) -> bytes | None:
    """Forwarded by a relative from Outlook in Thai: the underscore rule and the
    จาก/ส่ง/ถึง/เรื่อง block."""

    def header(msg: EmailMessage) -> str:
        return (
            "________________________________\n"
            f"จาก: {sender_of(msg)}\nส่ง: {sent_at(msg)[2]}\n"
            f"ถึง: {AGENCY}\nเรื่อง: {subject_of(msg)}\n"
        )

    return _forward(raw, header, "ส่งเรื่องแทนญาติค่ะ ขอบคุณค่ะ", "FW")


def reply_quoted(raw: bytes) -> bytes | None:
    """The citizen answers the thread again, a short thank-you on top and the whole request
    quoted below with "> " (Gmail's attribution line, English or Thai UI)."""
    got = simple_body(raw)
    if got is None or got[1] is None or got[2] is not None:
        return None  # a plain body only: with an HTML alternative, which one is the text?
    msg, plain, _ = got
    gmail_en, gmail_th, _ = sent_at(msg)
    thai_ui = hashlib.sha1(raw).digest()[0] % 2
    said = (
        f"เมื่อ {gmail_th} {sender_of(msg)} เขียนว่า:"
        if thai_ui
        else f"On {gmail_en} {sender_of(msg)} wrote:"
    )
    quoted = "\n".join(f"> {x}" if x.strip() else ">" for x in plain.rstrip("\n").split("\n"))
    out = new_mail(msg, subject=f"Re: {subject_of(msg)}")
    out.set_content(f"ขอบคุณครับ รบกวนติดตามเรื่องให้ด้วยครับ\n\n{said}\n\n{quoted}\n", charset="utf-8")
    return bytes(out)


def wrap_line(line: str, width: int) -> list[str]:
    """An old client's hard wrap: a line longer than `width` broken at its last space
    before the width (the space becomes the line break); a run without spaces is left
    long, as those clients do with Thai that has no spaces."""
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width + 1)
        if cut <= 0 or not line[:cut].strip():
            break
        out.append(line[:cut].rstrip(" "))
        line = line[cut + 1 :]
    return [*out, line]


def wrap72(raw: bytes) -> bytes | None:
    """Hard wrap at 72 columns by an old client (Outlook Express, mutt without flowed),
    of a plain body's lines; a body already within the width is not a change."""
    got = simple_body(raw)
    if got is None or got[1] is None or got[2] is not None:
        return None  # a plain body only: with an HTML alternative, which one is the text?
    msg, plain, _ = got
    lines = [w for x in plain.split("\n") for w in wrap_line(x, 72)]
    wrapped = "\n".join(lines)
    if wrapped == plain:
        return None
    out = new_mail(msg)
    out.set_content(wrapped, charset="utf-8")
    return bytes(out)


def crlf_trailing(raw: bytes) -> bytes | None:
    """A Windows client's text: CRLF kept inside a base64 body, spaces and tabs left at the
    ends of lines; and the whole message with CRLF line ends, as IMAP serves it."""
    msg = load(raw)
    texts = own_texts(msg)
    if texts is None:
        return None
    for k, (part, text) in enumerate(texts):
        tails = (" ", "  ", "\t", " \t", "")
        lines = [
            x + tails[(k + n) % len(tails)] if x.strip() else x
            for n, x in enumerate(text.split("\n"))
        ]
        data = "\r\n".join(lines).encode("utf-8")
        set_text_bytes(part, data, part.get_content_subtype(), "utf-8", "base64")
    out = dump(msg).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def _recharset(raw: bytes, charset: str, codec: str, cte: str) -> bytes | None:
    msg = load(raw)
    texts = own_texts(msg)
    if texts is None:
        return None
    for part, text in texts:
        if part.get_content_subtype() == "html":
            text = re.sub(r"charset=[\"']?utf-8", f"charset={charset}", text, flags=re.I)
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            return None  # a character the old charset has no place for: not the same text
        set_text_bytes(part, data, part.get_content_subtype(), charset, cte)
    return dump(msg)


def cp874_qp(raw: bytes) -> bytes | None:
    """The body in windows-874, quoted-printable: Outlook on a Thai Windows."""
    return _recharset(raw, "windows-874", "cp874", "quoted-printable")


def tis620_b64(raw: bytes) -> bytes | None:
    """The body in TIS-620, base64: old Thai webmail and Thunderbird set to Thai."""
    return _recharset(raw, "TIS-620", "tis_620", "base64")


def _append(raw: bytes, plain_tail: str, html_tail: str) -> bytes | None:
    msg = load(raw)
    texts = own_texts(msg)
    if texts is None:
        return None
    for part, text in texts:
        if part.get_content_subtype() == "html":
            low = text.lower()
            at = low.rfind("</body>")
            text = text[:at] + html_tail + text[at:] if at >= 0 else text + html_tail
        else:
            text = text.rstrip("\n") + "\n" + plain_tail
        part.set_content(text, subtype=part.get_content_subtype(), charset="utf-8")
    return dump(msg)


def sig_iphone(raw: bytes) -> bytes | None:
    """The phone's signature under the text: "ส่งจาก iPhone ของฉัน" (a Thai iPhone)."""
    return _append(
        raw, "\nส่งจาก iPhone ของฉัน\n", '<div><br><div dir="ltr">ส่งจาก iPhone ของฉัน</div></div>'
    )


DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the "
    "sole use of the intended recipient(s) and may contain confidential and privileged "
    "information. Any unauthorized review, use, disclosure or distribution is prohibited. "
    "If you are not the intended recipient, please contact the sender by reply e-mail and "
    "destroy all copies of the original message. Tel. +66 2 000 0000"
)


def disclaimer(raw: bytes) -> bytes | None:
    """A company mail server's English confidentiality notice appended under a rule."""
    return _append(
        raw,
        "\n________________________________\n" + DISCLAIMER + "\n",
        f"<hr><p style='font-size:8pt;color:gray'>{DISCLAIMER}</p>",
    )


_EMAIL_OR_URL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+")


_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|&#\d+;")


def to_thai_digits(text: str) -> str:
    """Every Arabic digit as its Thai digit, except inside e-mail addresses and links (a
    Thai keyboard types those in Latin)."""
    out, at = [], 0
    for m in _EMAIL_OR_URL.finditer(text):
        out += [text[at : m.start()].translate(THAI_DIGITS), m.group()]
        at = m.end()
    return "".join([*out, text[at:].translate(THAI_DIGITS)])


def _thai_digits_html(markup: str) -> str:
    """Only the text between tags, and not inside entities like &#8203;."""
    pieces = re.split(r"(<[^>]*>|&#?\w+;)", markup)
    return "".join(p if p.startswith(("<", "&")) else to_thai_digits(p) for p in pieces)


def thai_digits(raw: bytes) -> bytes | None:
    """Every number of the body typed in Thai digits (older citizens on the Thai layout)."""
    msg = load(raw)
    texts = own_texts(msg)
    if texts is None:
        return None
    changed = False
    for part, text in texts:
        if part.get_content_subtype() == "plain" and _ENCODED.search(text):
            return None  # a machine's escapes (%E0%B8, \u0e01): nobody typed those digits
        new = (
            _thai_digits_html(text)
            if part.get_content_subtype() == "html"
            else to_thai_digits(text)
        )
        changed |= new != text
        part.set_content(new, subtype=part.get_content_subtype(), charset="utf-8")
    return dump(msg) if changed else None


NOTE_SEE_FILE = "ส่งคำร้องตามไฟล์แนบครับ"


def _into_file(
    raw: bytes, make: Callable[[str], tuple[bytes, str, str, str | None]]
) -> bytes | None:
    got = simple_body(raw)
    if got is None or got[1] is None or got[2] is not None:
        return None  # a plain body only: with an HTML alternative, which one is the text?
    msg, plain, _ = got
    data, filename, mime, charset = make(plain)
    out = new_mail(msg)
    out.set_content(NOTE_SEE_FILE + "\n", charset="utf-8")
    maintype, subtype = mime.split("/")
    if maintype == "text":
        att = EmailMessage()
        set_text_bytes(att, data, subtype, charset, "base64", filename=filename)
        out.make_mixed()
        out.attach(att)
    else:
        out.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(out)


def txt_utf8(raw: bytes) -> bytes | None:
    """The body saved as an attached คำร้อง.txt (UTF-8, CRLF, as Notepad saves it), the
    mail saying only "see the file"."""
    return _into_file(
        raw, lambda t: (t.replace("\n", "\r\n").encode("utf-8"), "คำร้อง.txt", "text/plain", "utf-8")
    )


def txt_cp874(raw: bytes) -> bytes | None:
    """As txt_utf8, saved by an old Thai Windows Notepad as "ANSI" (windows-874) and
    attached without a charset, as Outlook attaches a file."""

    def make(text: str) -> tuple[bytes, str, str, str | None]:
        return text.replace("\n", "\r\n").encode("cp874"), "request.txt", "text/plain", None

    try:
        return _into_file(raw, make)
    except UnicodeEncodeError:
        return None


def docx_bytes(text: str) -> bytes:
    import docx  # python-docx; imported here so the other transforms need nothing more

    document = docx.Document()
    for line in text.rstrip("\n").split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def attached_docx(raw: bytes) -> bytes | None:
    """The body typed into Word, a paragraph per line, attached as คำร้อง.docx."""
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return _into_file(raw, lambda t: (docx_bytes(t), "คำร้อง.docx", mime, None))


TRANSFORMS: dict[str, Transform] = {
    "html_gmail": html_gmail,
    "html_outlook": html_outlook,
    "fwd_gmail": fwd_gmail,
    "fwd_outlook_th": fwd_outlook_th,
    "reply_quoted": reply_quoted,
    "wrap72": wrap72,
    "crlf_trailing": crlf_trailing,
    "cp874_qp": cp874_qp,
    "tis620_b64": tis620_b64,
    "sig_iphone": sig_iphone,
    "disclaimer": disclaimer,
    "thai_digits": thai_digits,
    "txt_utf8": txt_utf8,
    "txt_cp874": txt_cp874,
    "attached_docx": attached_docx,
}


# --- a forward that keeps the files -----------------------------------------------------


def file_parts(msg: EmailMessage) -> list[EmailMessage] | None:
    """The mail's attached files (leaves that are not its own text), or None when one is a
    message (an attached mail: Gmail forwards it as a file too, but as which bytes?)."""
    own = body_parts(msg)
    files = []
    for part in msg.walk():
        if part.get_content_maintype() == "message" and part is not msg:
            return None  # (a message/rfc822 part is multipart to the stdlib: asked first)
        if part.is_multipart() or part in own:
            continue
        files.append(part)
    return files


def fwd_gmail_files(raw: bytes) -> bytes | None:
    """Forwarded by a relative from Gmail with the original's files kept: Gmail's
    "Forwarded message" block over the original's plain body, and each file attached again
    under its own name and type (its bytes as they came). Only for a mail with files (one
    without is fwd_gmail's) and a plain body this module is sure of."""
    msg = load(raw)
    files = file_parts(msg)
    if not files:
        return None
    texts = own_texts(msg)
    # every plain part, in order: Apple Mail sends text, a picture, more text as parts
    plains = [t for p, t in texts or [] if p.get_content_type() == "text/plain"]
    plain = "\n".join(t.rstrip("\n") for t in plains) + "\n" if plains else None
    if texts is None or plain is None:
        return None  # an HTML body alone, or a text not sure: which text is forwarded?
    header = (
        "---------- Forwarded message ---------\n"
        f"From: {sender_of(msg)}\nDate: {sent_at(msg)[0]}\n"
        f"Subject: {subject_of(msg)}\nTo: <{AGENCY}>\n"
    )
    note = "ส่งต่อคำร้องของคุณแม่ครับ รบกวนช่วยดำเนินการให้ด้วยครับ\n"
    out = new_mail(msg, sender=RELATIVE, subject=f"Fwd: {subject_of(msg)}")
    del out["Message-ID"]
    out["Message-ID"] = "<fwdf-" + hashlib.sha1(raw).hexdigest()[:12] + "@mail.gmail.com>"
    out.set_content(f"{note}\n{header}\n{plain}", charset="utf-8")
    for part in files:
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            return None
        maintype, subtype = part.get_content_maintype(), part.get_content_subtype()
        name = part.get_filename()
        if maintype == "text":
            att = EmailMessage()
            set_text_bytes(att, data, subtype, part.get_content_charset(), "base64",
                           filename=name or f"file.{subtype}")  # fmt: skip
            out.make_mixed()
            out.attach(att)
        else:
            out.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(out)


# Transforms of the mails with files (the others skip them): run over the requests whose
# mail has files, not the body-only ones.
FILE_TRANSFORMS: dict[str, Transform] = {"fwd_gmail_files": fwd_gmail_files}


def accepted_after(name: str, key: str, accepted: tuple[str, ...]) -> tuple[str, ...]:
    """Free text typed in Thai digits may be kept as typed: the sets keep an address's
    numbers in the digits they were typed in (sets 3, 15, 16, 19, 25)."""
    if name == "thai_digits" and key in ("address", "subject", "details"):
        return accepted + tuple(a.translate(THAI_DIGITS) for a in accepted)
    return accepted


# --- the runner ------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    set_name: str
    case: Case


def set_modules() -> list[str]:
    return sorted(p.stem for p in HERE.glob("unseen_requests*.py"))


def all_requests(modules: Iterable[str] | None = None) -> list[Request]:
    out = []
    for name in modules or set_modules():
        for case in importlib.import_module(name).build_set():
            out.append(Request(name.removeprefix("unseen_requests").lstrip("_") or "1", case))
    return out


def body_only(requests: Iterable[Request]) -> list[Request]:
    return [r for r in requests if simple_body(r.case.raw) is not None]


@dataclass(frozen=True)
class Broke:
    """A field right on the original, not right after the transform (values invented)."""

    set_name: str
    style: str
    key: str
    expected: str
    got: str | None
    verdict: str  # flagged, silent or missing


@dataclass
class Row:
    requests: int = 0
    counts: Counter[str] = field(default_factory=Counter)  # right flagged silent missing
    mended: int = 0  # not right before, right after
    broken: list[Broke] = field(default_factory=list)

    @property
    def fields(self) -> int:
        return sum(self.counts.values())

    @property
    def broke(self) -> int:
        return len(self.broken)

    @property
    def broke_silent(self) -> int:
        return sum(b.verdict == "silent" for b in self.broken)

    def examples(self, most: int = 10) -> list[Broke]:
        """The silent ones first (the worst kind), then one per style before a second."""
        order = sorted(self.broken, key=lambda b: b.verdict != "silent")
        seen: set[tuple[str, str]] = set()
        first = []
        for b in order:
            if (b.set_name, b.style) not in seen:
                seen.add((b.set_name, b.style))
                first.append(b)
        rest = [b for b in order if b not in first]
        return (first + rest)[:most]


def baseline(requests: Sequence[Request]) -> list[dict[str, str]]:
    """Each request's verdict per field the chosen template collects, as it reads now."""
    out = []
    for r, case in zip(requests, read_all([r.case.raw for r in requests]), strict=True):
        keys = template_keys(case.template)
        out.append({k: verdict(case, k, a) for k, a in r.case.expected.items() if k in keys})
    return out


def with_files(requests: Iterable[Request]) -> list[Request]:
    """The requests whose mail has files (and no attached mail) under a plain body."""
    return [r for r in requests if fwd_gmail_files(r.case.raw) is not None]


def run(requests: Sequence[Request], names: Iterable[str] | None = None,
        before: Sequence[dict[str, str]] | None = None) -> dict[str, Row]:  # fmt: skip
    """Each transform over the requests it applies to; fields scored as the harness does,
    over the fields the original's template collects."""
    before = before if before is not None else baseline(requests)
    table: dict[str, Row] = {}
    every = {**TRANSFORMS, **FILE_TRANSFORMS}
    for name in names or TRANSFORMS:
        todo = [(i, every[name](r.case.raw)) for i, r in enumerate(requests)]
        todo = [(i, raw) for i, raw in todo if raw is not None]
        row = table.setdefault(name, Row())
        for (i, _), case in zip(todo, read_all([raw for _, raw in todo]), strict=True):
            r = requests[i]
            row.requests += 1
            for key, was in before[i].items():
                accepted = accepted_after(name, key, r.case.expected[key])
                now = verdict(case, key, accepted)
                row.counts[now] += 1
                row.mended += was != "right" and now == "right"
                if was == "right" and now != "right":
                    want = accepted[-1] if accepted else "(a flag)"
                    got = case.fields.get(key)
                    row.broken.append(Broke(r.set_name, r.case.style, key, want, got, now))
    return table


def render(table: dict[str, Row]) -> str:
    head = (
        f"{'transform':<16}{'reqs':>5}{'fields':>7}{'right':>7}{'flag':>6}{'silent':>7}{'miss':>6}"
    )
    lines = [head + f"{'broke':>6}{'(silent)':>9}{'styles':>7}{'mended':>7}"]
    for name, row in table.items():
        c = row.counts
        styles = len({(b.set_name, b.style) for b in row.broken})
        lines.append(
            f"{name:<16}{row.requests:>5}{row.fields:>7}{c['right']:>7}{c['flagged']:>6}"
            f"{c['silent']:>7}{c['missing']:>6}{row.broke:>6}{row.broke_silent:>9}{styles:>7}"
            f"{row.mended:>7}"
        )
    for name, row in table.items():
        if row.broken:
            by_key = Counter(b.key for b in row.broken)
            lines.append(f"{name}: broke by field {dict(by_key.most_common())}; up to 10 "
                         "(set, style, field, expected, got, verdict):")  # fmt: skip
            lines += [
                f"  ({b.set_name}, {b.style}, {b.key}, {b.expected!r}, {b.got!r}, {b.verdict})"
                for b in row.examples()
            ]
    return "\n".join(lines)


def main() -> None:
    everything = all_requests()
    requests = body_only(everything)
    before = baseline(requests)
    fields = sum(len(b) for b in before)
    right = sum(v == "right" for b in before for v in b.values())
    print(
        f"{len(requests)} requests with the information in the body, "
        f"{right}/{fields} fields right before"
    )
    table = run(requests, before=before)
    filed = with_files(everything)
    before_filed = baseline(filed)
    fields = sum(len(b) for b in before_filed)
    right = sum(v == "right" for b in before_filed for v in b.values())
    print(f"{len(filed)} requests with files, {right}/{fields} fields right before")
    table.update(run(filed, FILE_TRANSFORMS, before=before_filed))
    print(render(table))
    if len(sys.argv) > 1:  # every broken field, as JSON lines, for the sessions that fix them
        with open(sys.argv[1], "w", encoding="utf-8") as out:
            for name, row in table.items():
                for b in row.broken:
                    out.write(json.dumps({"transform": name, **asdict(b)}, ensure_ascii=False))
                    out.write("\n")


if __name__ == "__main__":
    main()
