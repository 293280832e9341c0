"""Outcomes (case, reply, ignored, duplicate) on a second held-out set of mail (issue 8).

tests/intake/outcome_mail_2.py holds other kinds than the first set: Thai out-of-office
replies with and without their headers, an auto-reply quoting our acknowledgement and
its receipt number, Yahoo, Hotmail, Exchange (Thai), Postfix, Exim, cPanel and Sendmail
bounces and delay warnings, read receipts, outside lists and newsletters, spam as Thai
filters mark it, phishing, calendar invitations, replies that lose their threading or
change their subject, and the same request sent twice. It is delivered in order into one
mailbox through the first set's harness (tests/intake/test_outcomes_held_out.py): each
delivery its own UID, the worker run after each, so an answer quotes the
acknowledgement the agency really produced.

Run with `-s` to see the table per kind (it is also in the failure message).
"""

from __future__ import annotations

from pathlib import Path

from tests.intake.outcome_mail_2 import SET
from tests.intake.test_outcomes_held_out import Mailbox, agency, table

# First sight (commit 53502a6, before any fix): 57/63; case 24/25, duplicate 3/4,
# ignored 21/25, reply 9/9; 60 kinds. Wrong at first sight:
#   dup_sent_twice_new_message_id        case   (same request, other Message-ID, a minute on)
#   spam_thai_loan_spamassassin_status   case   (X-Spam-Status: Yes without X-Spam-Flag)
#   spam_thai_loan_rspamd                case   (X-Spam: Yes, [SPAM] in the subject)
#   spam_thai_loan_microsoft_scl         case   (EOP's SFV:SPM / SCL 9)
#   phishing_forges_own_address          case   (From: the agency's own inbox, from outside)
#   trap_new_request_by_replying_old_ack reply  (new subject and request on an old ack)
# Everything the set expects of automatic answers to our acknowledgement (out-of-office
# with or without headers, an auto-reply quoting the receipt number, bounces, delays,
# read receipts) was right at first sight.
#
# After the fixes: 62/63; case 25/25, duplicate 3/4, ignored 25/25, reply 9/9. Spam as
# SpamAssassin's status, rspamd and Exchange/EOP flag it is ignored (extractors/
# classify._spam); mail written as the agency's own inbox is its own (own_mail); a new
# type of work written on an old acknowledgement is a new case (intake/stages/
# classify.starts_a_new_request). Then 63/63: the same request sent again with a new
# Message-ID is a duplicate of the first (a keyed hash of the sender, subject, text and
# files, within a day: intake/resend.py).

# As measured: messages of the set whose final state is the expected one. Raise it as
# the classifier learns; a drop fails.
RIGHT_FLOOR = 63  # of 63


def test_outcomes_of_the_second_held_out_set(tmp_path: Path) -> None:
    mailbox = Mailbox(agency(tmp_path))
    results = [mailbox.deliver(d) for d in SET]
    report = table(results)
    print("\n" + report)
    for r in results:  # why each went where it went (no personal data in the reasons)
        print(f"  {r.delivery.kind}: {r.state} ({r.reason})")
    right = sum(r.state == r.delivery.expect for r in results)
    assert right >= RIGHT_FLOOR, report
