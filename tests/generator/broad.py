"""The broadened set: every style of `styles`, plus mail that must not open a new case.

`generate_set(seed)` is deterministic: the same seed gives the same bytes. Each sample
carries its style, its expected field values (only the fields that request really
carries) and its expected outcome, the final state a message reaches in the worker:
`case`, `ignored` (auto-replies, bounces), `duplicate` (the same mail delivered again)
or `reply` (a follow-up to a case already open).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from .citizens import make_citizen
from .styles import STYLES
from .vocab import FOLLOW_UPS, OOF_BODIES, OOF_SUBJECTS

DEFAULT_SEED = 2569
PER_STYLE = 12  # typed styles: quick to make and to read
PER_OCR_STYLE = 2  # scans and photos: each costs an OCR run
OUTCOME_STYLES = ("auto_reply", "bounce", "duplicate", "reply_to_case")
PER_OUTCOME_STYLE = 3


@dataclass(frozen=True)
class Sample:
    style: str
    group: str  # body, html, structure, prose, docx, pdf, conflict, ocr, outcome
    raw: bytes = field(repr=False)
    expected: dict[str, str] = field(repr=False)  # normalised values of carried fields
    outcome: str  # case | ignored | duplicate | reply
    message_id: str
    attachment: tuple[str, bytes] | None = field(default=None, repr=False)
    # fields whose sources disagree: right only when flagged for review
    must_flag: tuple[str, ...] = ()
    refers_to: str = ""  # outcome mail: the Message-ID of the request it follows


def _stamp(msg: EmailMessage, seed: int, n: int, message_id: str) -> bytes:
    sent = datetime(2026, 1, 5, 8, 30, tzinfo=UTC) + timedelta(minutes=17 * n)
    del msg["Date"], msg["Message-ID"], msg["MIME-Version"]
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = message_id
    msg["MIME-Version"] = "1.0"
    for k, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_part{k}_{seed}_{n}")  # the stdlib's are random
    # the stdlib folds Thai headers as RFC 2047 words; CRLF as on the wire
    return msg.as_bytes(policy=policy.SMTP)


def request_samples(seed: int, per_style: int, per_ocr: int) -> list[Sample]:
    samples = []
    for style, (builder, group) in STYLES.items():
        for i in range(per_ocr if group == "ocr" else per_style):
            rng = random.Random(f"{seed}:{style}:{i}")
            citizen = make_citizen(rng)
            built = builder(rng, citizen)
            mid = f"<{style}.{i}.{seed}@citizen.example>"
            raw = _stamp(built.message, seed, len(samples), mid)
            expected = {k: citizen.expected[k] for k in built.keys}
            sample = Sample(
                style, group, raw, expected, "case", mid, built.attachment, built.must_flag
            )
            samples.append(sample)
    return samples


def _auto_reply(rng: random.Random, original: Sample, i: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"officer{i}@partner.example.go.th"
    msg["To"] = "saraban@agency.example"
    msg["Subject"] = rng.choice(OOF_SUBJECTS).format(s="คำร้องทั่วไป")
    if rng.random() < 0.5:
        msg["Auto-Submitted"] = "auto-replied"
    else:
        msg["X-Autoreply"] = "yes"
    msg["In-Reply-To"] = original.message_id
    msg.set_content(rng.choice(OOF_BODIES) + "\n")
    return msg


def _bounce(i: int, sent: str, message_id: str) -> bytes:
    """An RFC 3464 delivery status notification, written out as Postfix sends one."""
    text = f"""From: Mail Delivery System <MAILER-DAEMON@agency.example>
To: saraban@agency.example
Subject: Undelivered Mail Returned to Sender
Date: {sent}
Message-ID: {message_id}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn{i}"

--dsn{i}
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.agency.example.
I'm sorry to have to inform you that your message could not be delivered.

--dsn{i}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.agency.example

Final-Recipient: rfc822; gone{i}@example.com
Action: failed
Status: 5.1.1

--dsn{i}--
"""
    return text.replace("\n", "\r\n").encode("ascii")


def _follow_up(rng: random.Random, original: Sample) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"citizen <{original.expected.get('email', 'someone@example.com')}>"
    msg["To"] = "saraban@agency.example"
    msg["Subject"] = "Re: คำร้องทั่วไป"
    msg["In-Reply-To"] = original.message_id
    msg["References"] = original.message_id
    msg.set_content(rng.choice(FOLLOW_UPS) + "\n")
    return msg


def outcome_samples(seed: int, requests: list[Sample], per_style: int) -> list[Sample]:
    """Mail that follows the requests: each refers to a request earlier in the set."""
    typed = [s for s in requests if s.group == "body"]
    out = []
    for style in OUTCOME_STYLES:
        for i in range(per_style):
            rng = random.Random(f"{seed}:{style}:{i}")
            original = typed[rng.randrange(len(typed))]
            n = len(requests) + len(out)
            mid = f"<{style}.{i}.{seed}@outcome.example>"
            if style == "duplicate":  # delivered again: one more Received line, same id
                hop = f"Received: from relay{i}.example by mx.agency.example; {i} Jan 2026\r\n"
                raw = hop.encode("ascii") + original.raw
                out.append(Sample(
                    style, "outcome", raw, {}, "duplicate", original.message_id,
                    refers_to=original.message_id,
                ))  # fmt: skip
                continue
            if style == "auto_reply":
                msg, outcome = _auto_reply(rng, original, i), "ignored"
            elif style == "bounce":
                sent = format_datetime(datetime(2026, 1, 6, 1, i, tzinfo=UTC))
                out.append(Sample(
                    style, "outcome", _bounce(i, sent, mid), {}, "ignored", mid,
                    refers_to=original.message_id,
                ))  # fmt: skip
                continue
            else:
                msg, outcome = _follow_up(rng, original), "reply"
            raw = _stamp(msg, seed, n, mid)
            out.append(
                Sample(style, "outcome", raw, {}, outcome, mid, refers_to=original.message_id)
            )
    return out


def generate_set(
    seed: int = DEFAULT_SEED,
    *,
    per_style: int = PER_STYLE,
    per_ocr: int = PER_OCR_STYLE,
    per_outcome: int = PER_OUTCOME_STYLE,
) -> list[Sample]:
    """Requests of every style, then the mail about them, in delivery order."""
    requests = request_samples(seed, per_style, per_ocr)
    return requests + outcome_samples(seed, requests, per_outcome)
