"""The acknowledgement and the staff reply as MIME messages, from the templates in
`config/mail/` (`ack.th.txt`, `ack.en.txt`, `reply.txt`: a `subject:` line, a blank
line, the body; `$name` placeholders, see config/agency.example.toml).

Both are threaded (In-Reply-To, References) and carry the receipt number in the
subject. The acknowledgement is `Auto-Submitted: auto-replied` (RFC 3834) and asks
Exchange not to answer it (`X-Auto-Response-Suppress: All`), so two auto-responders
stop after one exchange.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from string import Template

from pydantic import BaseModel, ConfigDict

from intake.errors import ConfigError
from intake.mail_out.facts import (
    ReceiptFacts,
    english_date,
    english_datetime,
    thai_date,
    thai_datetime,
)
from storage.models import utcnow


class Thread(BaseModel):
    """Where a mail belongs: whom it answers and the thread so far (Message-IDs)."""

    model_config = ConfigDict(frozen=True)

    message_id: str  # ours, fixed when the outbox row is written
    to: str
    in_reply_to: str | None = None
    references: list[str] = []


class Sender(BaseModel):
    model_config = ConfigDict(frozen=True)

    address: str
    name: str


class Privacy(BaseModel):
    """The PDPA section 23 notice: why, how long, whom to ask."""

    model_config = ConfigDict(frozen=True)

    purpose_th: str
    purpose_en: str
    retention_years: int
    dpo_contact: str


def load_template(folder: Path, name: str) -> tuple[Template, Template]:
    """(subject, body) of a mail template file."""
    path = folder / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"mail template {path}: cannot read ({exc.strerror}); restore it from config/mail/"
        ) from None
    head, _, body = text.partition("\n\n")
    if not head.lower().startswith("subject:"):
        raise ConfigError(f"mail template {path}: the first line must be 'subject: ...'")
    return Template(head.split(":", 1)[1].strip()), Template(body)


def ack_fixed_lines(folder: Path) -> list[str]:
    """The acknowledgement's lines that hold no placeholder: what every ack says, for
    telling it pasted into an answer without quote marks (extractors.automatic_answer)."""
    lines: list[str] = []
    for name in ("ack.th.txt", "ack.en.txt"):
        _, body = load_template(folder, name)
        lines += [ln.strip() for ln in body.template.splitlines() if ln.strip() and "$" not in ln]
    return lines


def _fill(template: Template, values: dict[str, str], where: str) -> str:
    try:
        return template.substitute(values)
    except (KeyError, ValueError) as exc:
        raise ConfigError(
            f"mail template {where}: unknown or broken placeholder {exc};"
            f" known: {', '.join('$' + k for k in sorted(values))}"
        ) from None


def _base(sender: Sender, thread: Thread, subject: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = formataddr((sender.name, sender.address))
    mail["To"] = thread.to
    mail["Subject"] = subject
    mail["Date"] = format_datetime(utcnow())
    mail["Message-ID"] = thread.message_id
    if thread.in_reply_to:
        mail["In-Reply-To"] = thread.in_reply_to
    refs = [r for r in thread.references if r]
    if thread.in_reply_to and thread.in_reply_to not in refs:
        refs.append(thread.in_reply_to)
    if refs:
        mail["References"] = " ".join(refs[-20:])  # keep the header bounded
    mail["X-Auto-Response-Suppress"] = "All"
    return mail


def compose_ack(
    folder: Path,
    *,
    sender: Sender,
    thread: Thread,
    facts: ReceiptFacts,
    privacy: Privacy,
    receipt_pdf: bytes,
) -> EmailMessage:
    values = {
        "receipt_no": facts.receipt_no,
        "received_at": thai_datetime(facts.received_at),
        "received_at_en": english_datetime(facts.received_at),
        "answer_by": thai_date(facts.answer_by),
        "answer_by_en": english_date(facts.answer_by),
        "agency": facts.agency_th,
        "agency_en": facts.agency_en,
        "verify_url": facts.verify_url,
        "purpose_th": privacy.purpose_th,
        "purpose_en": privacy.purpose_en,
        "retention_years": str(privacy.retention_years),
        "dpo_contact": privacy.dpo_contact,
    }
    th_subject, th_body = load_template(folder, "ack.th.txt")
    en_subject, en_body = load_template(folder, "ack.en.txt")
    subject = _with_receipt(_fill(th_subject, values, "ack.th.txt"), facts.receipt_no)
    body = (
        _fill(th_body, values, "ack.th.txt").rstrip()
        + "\n\n---------- English ----------\n\n"
        + _fill(en_body, values, "ack.en.txt").rstrip()
        + "\n"
    )
    del en_subject  # the English subject would make the line too long; the body has it
    mail = _base(sender, thread, subject)
    mail["Auto-Submitted"] = "auto-replied"
    mail.set_content(body, charset="utf-8")
    mail.add_attachment(
        receipt_pdf,
        maintype="application",
        subtype="pdf",
        filename=f"receipt-{facts.receipt_no}.pdf",
    )
    return mail


def compose_reply(
    folder: Path,
    *,
    sender: Sender,
    thread: Thread,
    receipt_no: str,
    agency_th: str,
    agency_en: str,
    body: str,
) -> EmailMessage:
    """A staff reply: written by a person, so no Auto-Submitted header."""
    values = {
        "receipt_no": receipt_no,
        "agency": agency_th,
        "agency_en": agency_en,
        "body": body.strip(),
    }
    subject_t, body_t = load_template(folder, "reply.txt")
    subject = _with_receipt(_fill(subject_t, values, "reply.txt"), receipt_no)
    mail = _base(sender, thread, subject)
    mail.set_content(_fill(body_t, values, "reply.txt"), charset="utf-8")
    return mail


def _with_receipt(subject: str, receipt_no: str) -> str:
    """The receipt number is always in the subject, even if a template drops it."""
    return subject if receipt_no in subject else f"[{receipt_no}] {subject}"
