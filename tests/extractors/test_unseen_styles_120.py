"""Accuracy on a hundred-and-twentieth set of requests written by others (issue 8):
VOLUNTEERS AND COMMUNITY WORKERS writing to เทศบาลเมืองน่าน, เทศบาลเมืองแพร่ and อบต.ท่าเสา
(อุตรดิตถ์). Civil defence volunteers (อปพร.) registering and renewing their cards (member
numbers นน 0412/2565, card expiry dates, course numbers and dates); village health
volunteers (อสม.) claiming their ค่าป่วยการ or changing the bank account it is paid to (old
and new account numbers of 10 and 12 digits, dashed or not, one shaped like a phone); จิตอาสา
training sign-ups (a LINE chat exported and mailed with another member's ID and phone, a web
form's notification with an emergency contact, a one-person sheet); a volunteer's accident
claim (an HN, a group policy number, a witness's name, ID and phone); a group leader sending
a list of members (a Gmail table, a typed letter with a list, a roster sheet with accounts);
a volunteer or a ชมรม อสม.'s president writing for a sick colleague.
Plain: an iPhone renewal, a webmail bank change, a colleague's mail for a member in
hospital, a LINE chat forwarded, an accident claim. HTML: a leader's Gmail with a members'
table, an Outlook claim with a months' table, a web-form notification, an iPhone reply over
the office's quoted mail. Word: an อปพร. application form (a table, the village head as
ผู้รับรอง), a ชมรม อสม.'s letter for a hurt member, a certificate copy request, a dotted-line
bank-change form. PDF: a fillable renewal (member_* and ref_* fields), a fillable accident
claim (injured_* and witness_*), an อสม.'s typed letter with Thai digits, a leader's typed
letter with a members' list. Sheets: a ประธาน อสม.'s roster (her head block, six members'
rows), a จิตอาสา sign-up sheet, an อปพร.'s duty allowance claim.

unseen_requests_120.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28 (the person who asks;
the natural person who signs for a body), 31/63 (a service for one person asked by another
is the one it is for) and 37 (where only another's phone is given, phone `()`): a volunteer
writing for himself is the applicant; a sick colleague written for is the applicant (the
writer's name, ID, phone, home never; phone and e-mail `()`); a leader sending a list of
many members is the applicant himself (no member's row is ever his). Witnesses, emergency
contacts, ผู้รับรอง, quoted officers, ร.พ.สต. lines are never the applicant's. Account,
member, card, certificate, course, HN and policy numbers are never an ID or a phone; only
the applicant's birth date. Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_120 import KIND, build_set

# First sight: not yet run.
FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
