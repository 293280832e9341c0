"""A slow attachment costs itself, not its message: each attachment reader in the bounded
child gets what is left of the message's time less a reserve, and a reader cut short is a
defect on the case (`pdf_limit`) while the body and the other attachments are still read.

Issue 11: pdfplumber ran inline in the extraction child with no clock of its own, so a
PDF whose page content takes minutes to interpret cost the whole message its attempts,
and the citizen's request waited in quarantine.
"""

from __future__ import annotations

import csv
import io
import math
import time
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from hostile_mail import mail_with_pdf, slow_pdf
from support.mailgen import make_mail

from extractors.base import ParsedMessage
from extractors.bounded import analyse_many_bounded, extract_bounded, parse_bounded
from extractors.extract import extract_case
from extractors.sandbox import LimitExceeded, Limits, reserve_for, run_bounded
from extractors.sender_auth import AgencyIdentity
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
AGENCY = AgencyIdentity(domains=("example.go.th",))
# Short enough for a quick test; the slow PDF takes pdfminer over 30 s to interpret.
LIMITS = Limits(seconds=6.0, memory_mb=768)


def _slow_pdf_with_csv_mail() -> bytes:
    """The slow PDF, then a CSV form: the body and the CSV must still be read."""
    mail = message_from_bytes(mail_with_pdf(slow_pdf(16), 31), policy=default)
    assert isinstance(mail, EmailMessage)
    rows = io.StringIO()
    csv.writer(rows).writerows([["ชื่อ-นามสกุล", "นายทดสอบ งบประมาณ"]])
    mail.add_attachment(rows.getvalue().encode(), "text", "csv", filename="form.csv")
    return bytes(mail)


def _sleep_then(seconds: float, value: str) -> str:
    import time

    time.sleep(seconds)
    return value


def _inner_reader(seconds: float) -> str:
    """Run inside a bounded child: a nested bounded call with its own, longer, limit."""
    try:
        return run_bounded(_sleep_then, seconds, "read", limits=Limits(seconds=600))
    except LimitExceeded as exc:
        return f"cut: {exc.reason}"


def test_a_reader_inside_a_child_never_outlives_the_calls_own_time() -> None:
    # 600 s of its own, but the enclosing call has 4 s: the reader is cut before the
    # parent kills the child, and its caller still answers
    answer = run_bounded(_inner_reader, 30.0, limits=Limits(seconds=4.0))
    assert answer.startswith("cut: ") and "in time" in answer


def test_a_reader_within_the_calls_time_is_not_cut() -> None:
    assert run_bounded(_inner_reader, 0.1, limits=Limits(seconds=4.0)) == "read"


def test_a_slow_pdf_is_a_defect_and_the_body_and_other_attachment_are_read() -> None:
    raw = _slow_pdf_with_csv_mail()
    parsed = parse_bounded(raw, LIMITS)
    extracted = extract_bounded(parsed, TEMPLATES, LIMITS)  # was: LimitExceeded
    codes = {d.code for d in extracted.defects}
    assert "pdf_limit" in codes
    (cut,) = [d for d in extracted.defects if d.code == "pdf_limit"]
    assert "in time" in cut.detail
    assert "csv_limit" not in codes
    (csv_part,) = [a.part for a in parsed.attachments if a.filename == "form.csv"]
    assert csv_part in {p.part for p in extracted.provenance.values()}


def test_a_mail_cut_short_after_others_in_one_call_goes_alone() -> None:
    normal = make_mail(32).raw
    slow = mail_with_pdf(slow_pdf(16), 33)
    analyses = analyse_many_bounded([(normal, None), (slow, None)], TEMPLATES, AGENCY, LIMITS)
    assert analyses[0] is not None
    # its reader had only what the mail before it left: alone, it gets the whole time
    assert analyses[1] is None


def test_a_mail_cut_short_with_the_calls_whole_time_keeps_its_defect() -> None:
    slow = mail_with_pdf(slow_pdf(16), 34)
    (analysis,) = analyse_many_bounded([(slow, None)], TEMPLATES, AGENCY, LIMITS)
    assert analysis is not None
    assert "pdf_limit" in {d.code for d in analysis.extracted.defects}


def _slow_body_mail(text_parts: int) -> bytes:
    """Three million zero-width joiners after a label, in `text_parts` text parts, then
    a CSV form."""
    from hostile_mail_2 import text_zero_width_joiners

    mail = message_from_bytes(text_zero_width_joiners(35), policy=default)
    assert isinstance(mail, EmailMessage)
    text = mail.get_content()
    mail.make_mixed()
    for _ in range(text_parts - 1):
        mail.add_attachment(text, subtype="plain", disposition="inline", cte="base64")
    rows = io.StringIO()
    csv.writer(rows).writerows([["ชื่อ-นามสกุล", "นายทดสอบ งบประมาณ"]])
    mail.add_attachment(rows.getvalue().encode(), "text", "csv", filename="form.csv")
    return bytes(mail)


def _reading(raw: bytes) -> tuple[ParsedMessage, float]:
    parsed = parse_bounded(raw, LIMITS)
    started = time.monotonic()
    extract_case(parsed, TEMPLATES)  # in this process: no clock
    return parsed, time.monotonic() - started


def test_a_body_too_slow_to_read_is_a_defect_and_the_attachment_is_still_read() -> None:
    """Three million zero-width joiners after a label: the label reader took 15 s of a
    loaded machine, and the message was quarantined. Its text is cut short like a slow
    file, with a slice kept for the file after it.

    How slow the text is depends on the machine (15 s at load 20, 1.5 s quiet): the mail
    gets as many such parts as make its reading take 3 s here at least, and the call a
    third of that (at most 4 s) beyond the 1 s its clock keeps back (sandbox.reserve_for),
    so it is cut short on any machine and the reserve is left for the file after it."""
    parsed, reading = _reading(_slow_body_mail(1))
    parts = min(8, math.ceil(3.0 / max(reading, 0.1)))
    if parts > 1:
        parsed, reading = _reading(_slow_body_mail(parts))
    # at most 5 s, where the reserve is still 1 s: on a machine loaded enough that the parts
    # took over 12 s (CI at load 10: 12.1 s), a third of that gave 5.04 s and a reserve of
    # 1.008 s. Capped, the parts are still cut short (they take 12 s, the readers get 4)
    seconds = min(1.0 + max(reading, 3.0) / 3, 5.0)
    assert reserve_for(seconds) == 1.0  # what the arithmetic above counts on
    extracted = extract_bounded(parsed, TEMPLATES, Limits(seconds=seconds, memory_mb=768))
    cut = [d for d in extracted.defects if d.code.endswith("_limit")]
    assert cut and all("in time" in d.detail for d in cut)
    (csv_part,) = [a.part for a in parsed.attachments if a.filename == "form.csv"]
    assert csv_part not in {d.part for d in cut}
    assert csv_part in {p.part for p in extracted.provenance.values()}
