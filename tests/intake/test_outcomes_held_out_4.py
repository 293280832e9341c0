"""Outcomes (case, reply, ignored, duplicate) on a fourth held-out set of mail (issue 8).

tests/intake/outcome_mail_4.py holds other kinds than the first three sets: the
citizen's "ลืมแนบไฟล์" second mail (threaded on her request, a forward of it, fresh under
the same subject, with no text), one mail reaching us by two routes (Bcc and the
agency's own group, each order; an outside list's copy first), households (two
people's requests in one mail, a son's two mails under one subject), forwards by
another agency's clerk (.eml attached, Outlook FW: of a request we already hold) and by
staff from a personal Gmail, requests in the subject only or in a meeting request, Thai
spam flagged and not, Thai marketing with List-Unsubscribe, Thai first-person vacation
replies, a bounce of a forwarded acknowledgement and a postmaster's plain bounce naming
the receipt, "Unsubscribe"/"STOP"/ทวงถาม answers to the acknowledgement, and mail
without Message-ID retried, re-sent within a day and after two. The outcome each must
have, and why, is in that module's docstring, written before measuring. It is
delivered in order into one mailbox through the first set's harness (tests/intake/
test_outcomes_held_out.py): each delivery its own UID, the worker run after each.

Run with `-s` to see the table per kind (it is also in the failure message).
"""

from __future__ import annotations

from pathlib import Path

from tests.intake.outcome_mail_4 import SET
from tests.intake.test_outcomes_held_out import Mailbox, agency, table

# First sight (commit 229fbcc, set written before any product code was read; product
# at 11edb29): 49/51; case 29/31, duplicate 4/4, ignored 8/8, reply 8/8; 50 kinds.
# Wrong at first sight (position in SET: expected, came):
#   20 trap_direct_copy_after_outside_list_copy  case, duplicate ("same message as #20":
#      message 20 is position 19, the outside list's copy, ignored as list mail). The
#      citizen Bcc'd us and wrote to an outside group we belong to; its copy came first. The
#      README's rule (a Message-ID over the same mail, whatever carried it) is followed
#      to the letter, but the mail it is a copy of made no case: the request is lost,
#      no receipt, no acknowledgement. A copy of an ignored mail should be read on its
#      own (or the first copy's ignoring undone when a direct copy comes).
#   25 trap_no_message_id_resent_after_two_days  case, duplicate ("the request of #25
#      sent again", position 24): no Message-ID, the same subject and text, its Date and Received
#      lines 50 hours after the first's. My reading: the resend rule's 24 hours are
#      measured on arrival (the harness captures the whole set within seconds), not on
#      the mails' Date; in a real mailbox this mail arrives two days later and would be
#      a case. Confirmed after first sight (intake/resend.py, read once this was
#      committed): RESEND_WINDOW is compared on messages.captured_at. So this miss is
#      the harness's, not the rule's: the set can only say time through Date and
#      Received, and capture time is the sound clock (a Date is the sender's word). It
#      can come right only if the harness lets a delivery set its capture time.
# Come right since (stop 36): 20 (a request whose earlier copy, carried another way, was
# ignored is read on its own: intake/stages/classify.py, test_copy_of_ignored_mail.py);
# 25 (the harness now lets a delivery arrive later, Delivery.arrives_after: the earlier
# mail's capture times move back 50 hours; the resend rule itself is unchanged).
# Right at first sight, among others: "ลืมแนบไฟล์" threaded on the citizen's own request
# and a Gmail forward of it (reply); fresh or empty under the same subject (case); one
# mail by Bcc and by the agency's own group in either order (duplicate); a son's two
# mails under one subject; every forward; subject-only and header-only requests and a
# meeting request; flagged spam ignored, unflagged spam a case; Thai first-person
# vacation replies; a postmaster's plain bounce naming the receipt (ignored, not a
# reply); Unsubscribe, STOP, a follow-up three weeks on, References only, and a reply
# into the second mailbox (reply).

# Mail of the set known to end elsewhere than expected, by its position in SET, with
# what came at first sight. Like a strict xfail: the test fails when one of them comes
# right (remove it here, so RIGHT_FLOOR rises) or when any other goes wrong.
KNOWN_WRONG: dict[int, str] = {}

# As measured: messages of the set whose final state is the expected one.
RIGHT_FLOOR = len(SET) - len(KNOWN_WRONG)


def test_outcomes_of_the_fourth_held_out_set(tmp_path: Path) -> None:
    mailbox = Mailbox(agency(tmp_path))
    results = [mailbox.deliver(d) for d in SET]
    report = table(results)
    print("\n" + report)
    for i, r in enumerate(results):  # why each went where it went (no personal data)
        print(f"  {i:2} {r.delivery.kind}: {r.state} ({r.reason})")
    wrong = {i: r.state for i, r in enumerate(results) if r.state != r.delivery.expect}
    assert sum(r.state == r.delivery.expect for r in results) >= RIGHT_FLOOR, report
    assert wrong == KNOWN_WRONG, report
