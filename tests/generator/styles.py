"""One builder per style of request: how the citizen lays out and sends the values.

A builder gets a seeded rng and a Citizen and returns the message plus the keys it
really carries (a request written as prose has no postal-code field to read). Labels
come from `vocab`, never from the product's templates.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

from . import documents
from .citizens import KEYS, Citizen
from .people import make_national_id, to_thai_digits
from .vocab import (
    EN_LABELS,
    FORWARD_NOTES,
    FORWARD_SIGNATURES,
    GREETINGS,
    PROSE_ASKS,
    PROSE_CONTACTS,
    PROSE_OPENINGS,
    REPLY_NOTES,
    SIGN_OFFS,
    TEMPLATE_INTRO,
    TH_LABELS,
    THAI_NUMERALS,
)

FORM_TITLES = ["แบบคำร้องทั่วไป", "คำร้องทั่วไป", "แบบฟอร์มคำร้อง"]
AGENCY = "saraban@agency.example"
MEANINGLESS_NAMES = [
    [f"Text{i}" for i in range(1, 11)],
    [f"fill_{i}" for i in range(1, 11)],
    ["txtName", "txtID", "txtBirth", "txtTel", "txtMail", "txtAddr", "txtZip", "txtProv",
     "txtSubj", "txtDetail"],
    [f"untitled{i}" for i in range(1, 11)],
]  # fmt: skip


@dataclass(frozen=True)
class Built:
    message: EmailMessage
    keys: tuple[str, ...]  # the fields this request carries, scored against `expected`
    attachment: tuple[str, bytes] | None = None  # for writing the set out for a human
    # fields whose sources disagree: right only when flagged for review, whatever value
    must_flag: tuple[str, ...] = ()


Builder = Callable[[random.Random, Citizen], Built]


# --- labels and lines ----------------------------------------------------------------


def th_label(rng: random.Random, key: str) -> str:
    return rng.choice(TH_LABELS[key])


def en_label(rng: random.Random, key: str) -> str:
    return rng.choice(EN_LABELS[key])


def bilingual_label(rng: random.Random, key: str) -> str:
    th, en = TH_LABELS[key][0], EN_LABELS[key][0]
    return rng.choice([f"{th}/{en}", f"{th} / {en}", f"{th} ({en})"])


def number(rng_style: str, n: int) -> str:
    if rng_style == "arabic":
        return f"{n}. "
    if rng_style == "thai":
        return f"{THAI_NUMERALS[n]}) " if n < 10 else f"{to_thai_digits(str(n))}) "
    if rng_style == "paren":
        return f"({n}) "
    return f"ข้อ {n} "


def letter(rng: random.Random, c: Citizen, form: list[str]) -> str:
    head = [rng.choice(GREETINGS), "", "ข้าพเจ้าขอยื่นคำร้อง โดยมีรายละเอียดดังนี้", ""]
    return "\n".join([*head, *form, "", rng.choice(SIGN_OFFS), c.written["full_name"], ""])


def pairs(rng: random.Random, c: Citizen, label: Callable[[random.Random, str], str]) -> list:
    return [(label(rng, k), c.written[k]) for k in KEYS]


def mail(rng: random.Random, c: Citizen, subject: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    first, last = c.name_parts[1], c.name_parts[2]
    msg["From"] = f"{first} {last} <{c.expected['email']}>"
    msg["To"] = AGENCY
    msg["Subject"] = (
        subject
        if subject is not None
        else rng.choice([c.written["subject"], f"คำร้อง {c.written['subject']}", "ยื่นคำร้อง"])
    )
    return msg


def text_mail(rng: random.Random, c: Citizen, body: str) -> EmailMessage:
    msg = mail(rng, c)
    msg.set_content(body, cte=rng.choice(["8bit", "quoted-printable", "base64"]))
    return msg


# --- plain bodies ---------------------------------------------------------------------


def body_colon(rng: random.Random, c: Citizen) -> Built:
    sep = rng.choice([": ", " : ", ":", " :"])
    lines = [f"{lab}{sep}{val}" for lab, val in pairs(rng, c, th_label)]
    return Built(text_mail(rng, c, letter(rng, c, lines)), KEYS)


def body_fullwidth_colon(rng: random.Random, c: Citizen) -> Built:
    sep = rng.choice(["：", " ： ", "：　"])
    lines = [f"{lab}{sep}{val}" for lab, val in pairs(rng, c, th_label)]
    return Built(text_mail(rng, c, letter(rng, c, lines)), KEYS)


def body_dot_leaders(rng: random.Random, c: Citizen) -> Built:
    leader = rng.choice(["." * rng.randint(3, 12), "_" * rng.randint(3, 8), "…"])
    lines = [f"{lab}{leader}{val}" if rng.random() < 0.5 else f"{lab} {leader} {val}"
             for lab, val in pairs(rng, c, th_label)]  # fmt: skip
    return Built(text_mail(rng, c, letter(rng, c, lines)), KEYS)


def body_english_tab(rng: random.Random, c: Citizen) -> Built:
    """English labels without a colon, value after a tab or a run of spaces."""
    items = pairs(rng, c, en_label)
    width = max(len(lab) for lab, _ in items) + 2
    tab = rng.random() < 0.5
    lines = [f"{lab}\t{val}" if tab else f"{lab.ljust(width)}{val}" for lab, val in items]
    return Built(
        text_mail(rng, c, "Dear Sir/Madam,\n\n" + "\n".join(lines) + "\n\nThank you\n"), KEYS
    )


def body_lone_label(rng: random.Random, c: Citizen) -> Built:
    """Each label alone on its line, the value on the next (with or without a colon)."""
    colon, gap = rng.choice(["", ":"]), rng.random() < 0.4
    lines: list[str] = []
    for lab, val in pairs(rng, c, th_label):
        lines += [f"{lab}{colon}", val] + ([""] if gap else [])
    return Built(text_mail(rng, c, letter(rng, c, lines)), KEYS)


def body_numbered(rng: random.Random, c: Citizen) -> Built:
    style = rng.choice(["arabic", "thai", "paren", "kho"])
    sep = rng.choice([": ", " ", "  "])
    lines = [f"{number(style, n)}{lab}{sep}{val}"
             for n, (lab, val) in enumerate(pairs(rng, c, th_label), start=1)]  # fmt: skip
    return Built(text_mail(rng, c, letter(rng, c, lines)), KEYS)


def body_bilingual(rng: random.Random, c: Citizen) -> Built:
    sep = rng.choice([": ", " : ", "\t"])
    lines = [f"{lab}{sep}{val}" for lab, val in pairs(rng, c, bilingual_label)]
    return Built(text_mail(rng, c, letter(rng, c, lines)), KEYS)


# --- HTML without tables --------------------------------------------------------------


def _html(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'


def _entities(text: str) -> str:
    """Every non-ASCII letter as a numeric entity, as some webmail editors save Thai."""
    return "".join(ch if ch.isascii() else f"&#{ord(ch)};" for ch in text)


def html_mail(rng: random.Random, c: Citizen, markup: str, plain: bool) -> EmailMessage:
    msg = mail(rng, c)
    if plain:  # a multipart/alternative whose plain part is empty or useless
        msg.set_content("This message is in HTML.\n")
        msg.add_alternative(markup, subtype="html")
    else:
        msg.set_content(markup, subtype="html")
    return msg


def html_paragraphs(rng: random.Random, c: Citizen) -> Built:
    bold = rng.random() < 0.5
    rows = []
    for lab, val in pairs(rng, c, th_label):
        lab_html = f"<b>{html.escape(lab)}</b>" if bold else html.escape(lab)
        rows.append(f"<p>{lab_html}:&nbsp;{html.escape(val).replace(' ', '&nbsp;', 1)}</p>")
    head = f"<p>{html.escape(rng.choice(GREETINGS))}</p>"
    return Built(html_mail(rng, c, _html(head + "\n".join(rows)), rng.random() < 0.5), KEYS)


def html_breaks(rng: random.Random, c: Citizen) -> Built:
    """<div> with <br>; some labels alone with the value after the break."""
    parts = []
    for lab, val in pairs(rng, c, th_label):
        if rng.random() < 0.3:
            parts.append(f"<span style=\"font-weight:bold\">{html.escape(lab)}</span><br>\n"
                         f"{html.escape(val)}<br>")  # fmt: skip
        else:
            parts.append(f"{html.escape(lab)} : {html.escape(val)}<br>")
    markup = _html(
        f"<div>{html.escape(rng.choice(GREETINGS))}<br><br>\n" + "\n".join(parts) + "</div>"
    )
    return Built(html_mail(rng, c, markup, rng.random() < 0.5), KEYS)


def html_entities(rng: random.Random, c: Citizen) -> Built:
    rows = [f"<div>{_entities(lab)}&nbsp;:&nbsp;{_entities(val)}</div>"
            for lab, val in pairs(rng, c, th_label)]  # fmt: skip
    return Built(html_mail(rng, c, _html("\n".join(rows)), False), KEYS)


# --- mail structure --------------------------------------------------------------------


def _forwarder(rng: random.Random) -> tuple[str, str, str]:
    name = rng.choice(["สมศรี มีสุข", "วันเพ็ญ ใจงาม", "ประเสริฐ ทองคำ"])
    phone = rng.choice(["02-241-5678", "053-112-233", "081-555-0142"])
    return name, phone, f"staff{rng.randint(1, 9)}@district.example.go.th"


def forwarded_inline(rng: random.Random, c: Citizen) -> Built:
    """The forwarder's note (with their own name, phone and mail) above the request."""
    name, phone, email = _forwarder(rng)
    note = rng.choice(FORWARD_NOTES)
    sig = rng.choice(FORWARD_SIGNATURES).format(name=name, phone=phone, email=email)
    lines = [f"{lab}: {val}" for lab, val in pairs(rng, c, th_label)]
    inner = letter(rng, c, lines)
    who = f"{c.name_parts[1]} {c.name_parts[2]} <{c.expected['email']}>"
    if rng.random() < 0.5:
        header = ["---------- Forwarded message ---------", f"From: {who}",
                  "Date: Mon, 5 Jan 2026 at 09:12", f"Subject: {c.written['subject']}",
                  "To: <info@district.example.go.th>"]  # fmt: skip
    else:
        header = ["-----Original Message-----", f"จาก: {who}", "ส่ง: 5 มกราคม 2569 9:12",
                  "ถึง: info@district.example.go.th", f"เรื่อง: {c.written['subject']}"]  # fmt: skip
    body = "\n".join([note, "", sig, "", *header, "", inner])
    msg = EmailMessage()
    msg["From"] = f"{name} <{email}>"
    msg["To"] = AGENCY
    msg["Subject"] = f"Fwd: {c.written['subject']}"
    msg.set_content(body)
    return Built(msg, KEYS)


def forwarded_attached(rng: random.Random, c: Citizen) -> Built:
    """Forwarded as an attachment (message/rfc822), the way Outlook forwards."""
    name, phone, email = _forwarder(rng)
    lines = [f"{lab}: {val}" for lab, val in pairs(rng, c, th_label)]
    inner = text_mail(rng, c, letter(rng, c, lines))
    outer = EmailMessage()
    outer["From"] = f"{name} <{email}>"
    outer["To"] = AGENCY
    outer["Subject"] = f"FW: {c.written['subject']}"
    sig = rng.choice(FORWARD_SIGNATURES).format(name=name, phone=phone, email=email)
    outer.set_content(rng.choice(FORWARD_NOTES) + "\n\n" + sig + "\n")
    outer.add_attachment(inner)
    return Built(outer, KEYS)


def reply_quoted_template(rng: random.Random, c: Citizen) -> Built:
    """A reply to the agency's blank template, the values typed into the quoted lines."""
    quoted = [f"> {rng.choice(TEMPLATE_INTRO)}", ">"]
    for lab, val in pairs(rng, c, th_label):
        quoted.append(f"> {lab}: {val}" if rng.random() < 0.8 else f">{lab} : {val}")
    quoted += [">", "> งานสารบรรณ", "> โทร 02-123-4567 ต่อ 101"]
    head = rng.choice(
        ["On Mon, 5 Jan 2026 at 08:00, งานสารบรรณ <saraban@agency.example> wrote:",
         "เมื่อ จ. 5 ม.ค. 2569 08:00 งานสารบรรณ <saraban@agency.example> เขียนว่า:"]
    )  # fmt: skip
    body = "\n".join([rng.choice(REPLY_NOTES), "", head, *quoted, ""])
    msg = mail(rng, c, "Re: แบบฟอร์มคำร้องทั่วไป")
    msg["In-Reply-To"] = "<template-2026-01@agency.example>"
    msg["References"] = "<template-2026-01@agency.example>"
    msg.set_content(body)
    return Built(msg, KEYS)


def prose(rng: random.Random, c: Citizen) -> Built:
    """A request written as a letter: the values inside sentences, no labels."""
    w = c.written
    address = f"{w['address']} จังหวัด{c.expected['province']} {c.expected['postal_code']}"
    opening = rng.choice(PROSE_OPENINGS).format(
        name=w["full_name"], nid=w["national_id"], address=address
    )
    contact = rng.choice(PROSE_CONTACTS).format(phone=w["phone"], email=w["email"])
    ask = rng.choice(PROSE_ASKS).format(subject=w["subject"])
    text = "\n".join([rng.choice(GREETINGS), "", f"{opening} {ask} {w['details']}", contact, "",
                      rng.choice(SIGN_OFFS), w["full_name"], ""])  # fmt: skip
    msg = mail(rng, c, w["subject"])
    msg.set_content(text)
    return Built(msg, ("full_name", "national_id", "phone", "email", "subject"))


# --- attachments -------------------------------------------------------------------------

ATTACH_NOTES = ["ส่งแบบคำร้องตามไฟล์แนบครับ", "แนบแบบฟอร์มคำร้องมาพร้อมนี้ค่ะ", "ตามไฟล์แนบ"]


def attach(rng: random.Random, c: Citizen, data: bytes, ctype: str, name: str) -> EmailMessage:
    msg = mail(rng, c)
    msg.set_content(rng.choice(ATTACH_NOTES) + "\n")
    maintype, subtype = ctype.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def docx_table(rng: random.Random, c: Citizen) -> Built:
    label = bilingual_label if rng.random() < 0.3 else th_label
    data = documents.docx_table(rng.choice(FORM_TITLES), pairs(rng, c, label))
    return Built(attach(rng, c, data, DOCX, "คำร้อง.docx"), KEYS, ("request.docx", data))


def docx_paragraphs(rng: random.Random, c: Citizen) -> Built:
    sep = rng.choice([": ", " : ", " ........ ", "\t"])
    lines = [f"{lab}{sep}{val}" for lab, val in pairs(rng, c, th_label)]
    data = documents.docx_paragraphs(rng.choice(FORM_TITLES), lines)
    return Built(attach(rng, c, data, DOCX, "form.docx"), KEYS, ("request.docx", data))


def pdf_fillable_meaningless(rng: random.Random, c: Citizen) -> Built:
    names = rng.choice(MEANINGLESS_NAMES)
    rows = [
        (lab, name, val) for (lab, val), name in zip(pairs(rng, c, th_label), names, strict=True)
    ]
    data = documents.fillable_pdf(rng.choice(FORM_TITLES), rows, label_above=rng.random() < 0.4)
    return Built(attach(rng, c, data, "application/pdf", "form.pdf"), KEYS, ("request.pdf", data))


def pdf_text_thai(rng: random.Random, c: Citizen) -> Built:
    sep = rng.choice([": ", " ", " ..... "])
    data = documents.text_pdf(rng.choice(FORM_TITLES), pairs(rng, c, th_label), sep=sep)
    return Built(attach(rng, c, data, "application/pdf", "คำร้อง.pdf"), KEYS, ("request.pdf", data))


def pdf_text_letterspaced(rng: random.Random, c: Citizen) -> Built:
    """Every letter placed on its own, a little apart: naive text has spaces inside words."""
    spacing = rng.choice([3.5, 4.5, 6.0])
    rows = pairs(rng, c, th_label)
    data = documents.text_pdf(rng.choice(FORM_TITLES), rows, sep=": ", spacing=spacing)
    return Built(attach(rng, c, data, "application/pdf", "form.pdf"), KEYS, ("request.pdf", data))


def pdf_typed_over_leaders(rng: random.Random, c: Citizen) -> Built:
    data = documents.leaders_pdf(rng.choice(FORM_TITLES), pairs(rng, c, th_label))
    return Built(attach(rng, c, data, "application/pdf", "form.pdf"), KEYS, ("request.pdf", data))


def conflict_body_pdf(rng: random.Random, c: Citizen) -> Built:
    """The body and the attached form give two different (both valid) national IDs:
    no reader can know which is right, so the field must be flagged, not guessed."""
    other = make_national_id(rng)
    rows = pairs(rng, c, th_label)
    lines = [f"{lab}: {val}" for lab, val in rows]
    pdf_rows = [
        (lab, other if key == "national_id" else val)
        for key, (lab, val) in zip(KEYS, rows, strict=True)
    ]
    data = documents.text_pdf(rng.choice(FORM_TITLES), pdf_rows, sep=": ")
    msg = text_mail(rng, c, letter(rng, c, lines))
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return Built(msg, KEYS, ("request.pdf", data), must_flag=("national_id",))


def _paper(rng: random.Random, c: Citizen) -> documents.Image.Image:
    rows = [(f"{lab}", val) for lab, val in pairs(rng, c, th_label)]
    return documents.render_paper(rng.choice(FORM_TITLES), rows)


def scan_pdf(rng: random.Random, c: Citizen) -> Built:
    data = documents.scanned_pdf(rng, _paper(rng, c))
    return Built(attach(rng, c, data, "application/pdf", "scan.pdf"), KEYS, ("scan.pdf", data))


def photo_jpeg(rng: random.Random, c: Citizen) -> Built:
    data = documents.phone_photo(rng, _paper(rng, c), "jpeg")
    return Built(attach(rng, c, data, "image/jpeg", "IMG_2041.jpg"), KEYS, ("photo.jpg", data))


def photo_png(rng: random.Random, c: Citizen) -> Built:
    data = documents.phone_photo(rng, _paper(rng, c), "png")
    return Built(attach(rng, c, data, "image/png", "form.png"), KEYS, ("photo.png", data))


# Style name -> (builder, group). The group says which reader a style exercises.
STYLES: dict[str, tuple[Builder, str]] = {
    "body_colon": (body_colon, "body"),
    "body_fullwidth_colon": (body_fullwidth_colon, "body"),
    "body_dot_leaders": (body_dot_leaders, "body"),
    "body_english_tab": (body_english_tab, "body"),
    "body_lone_label": (body_lone_label, "body"),
    "body_numbered": (body_numbered, "body"),
    "body_bilingual": (body_bilingual, "body"),
    "html_paragraphs": (html_paragraphs, "html"),
    "html_breaks": (html_breaks, "html"),
    "html_entities": (html_entities, "html"),
    "forwarded_inline": (forwarded_inline, "structure"),
    "forwarded_attached": (forwarded_attached, "structure"),
    "reply_quoted_template": (reply_quoted_template, "structure"),
    "prose": (prose, "prose"),
    "docx_table": (docx_table, "docx"),
    "docx_paragraphs": (docx_paragraphs, "docx"),
    "pdf_fillable_meaningless": (pdf_fillable_meaningless, "pdf"),
    "pdf_text_thai": (pdf_text_thai, "pdf"),
    "pdf_text_letterspaced": (pdf_text_letterspaced, "pdf"),
    "pdf_typed_over_leaders": (pdf_typed_over_leaders, "pdf"),
    "conflict_body_pdf": (conflict_body_pdf, "conflict"),
    "scan_pdf": (scan_pdf, "ocr"),
    "photo_jpeg": (photo_jpeg, "ocr"),
    "photo_png": (photo_png, "ocr"),
}
