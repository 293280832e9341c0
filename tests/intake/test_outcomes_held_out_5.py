"""Outcomes (case, reply, ignored, duplicate) on a fifth held-out set of mail (issue 8).

tests/intake/outcome_mail_5.py holds other kinds than the first four sets: signed
requests (S/MIME, PGP/MIME, PGP inline) and a signed answer, old Thai encodings (TIS-620
with no charset, no MIME headers at all, a TIS-620 encoded-word subject), requests whose
content is elsewhere (a Drive link, a Drive share notice from a no-reply sender, Gmail
confidential mode, Microsoft 365 encryption, winmail.dat, an inline scan, a locked PDF,
a HEIC photo, a 1.4 MB mail cut off mid-attachment, a headman's message/rfc822 forward),
Teams and Zoom invitations and a Teams cancellation, requests that look automatic (a
CRM's List-Unsubscribe, an "automatic" footer), one mail in both mailboxes and one
request composed to each, a copy whose Date alone differs, answers naming another
case's or a non-existent receipt number, and a Thai ISP's bounce and delay warning,
the own staff's out-of-office, flagged Thai phishing and a department's newsletter.
The outcome each must have, and why, is in that module's docstring, written before
measuring. It is delivered in order into one mailbox through the first set's harness
(tests/intake/test_outcomes_held_out.py): each delivery its own UID, the worker run
after each.

Run with `-s` to see the table per kind (it is also in the failure message).
"""

from __future__ import annotations

from pathlib import Path

from tests.intake.outcome_mail_5 import SET
from tests.intake.test_outcomes_held_out import Mailbox, agency, table

# First sight: not measured yet (set written before any product code was read).

# Mail of the set known to end elsewhere than expected, by its position in SET, with
# what came at first sight. Like a strict xfail: the test fails when one of them comes
# right (remove it here, so RIGHT_FLOOR rises) or when any other goes wrong.
KNOWN_WRONG: dict[int, str] = {}

# As measured: messages of the set whose final state is the expected one.
RIGHT_FLOOR = len(SET) - len(KNOWN_WRONG)


def test_outcomes_of_the_fifth_held_out_set(tmp_path: Path) -> None:
    mailbox = Mailbox(agency(tmp_path))
    results = [mailbox.deliver(d) for d in SET]
    report = table(results)
    print("\n" + report)
    for i, r in enumerate(results):  # why each went where it went (no personal data)
        print(f"  {i:2} {r.delivery.kind}: {r.state} ({r.reason})")
    wrong = {i: r.state for i, r in enumerate(results) if r.state != r.delivery.expect}
    assert sum(r.state == r.delivery.expect for r in results) >= RIGHT_FLOOR, report
    assert wrong == KNOWN_WRONG, report
