"""Accuracy on a fifty-seventh set of requests written by others (issue 8): AN ORDINARY
WEEK OF A MUNICIPALITY'S CIVIL REGISTRATION DESK (งานทะเบียนราษฎรและบัตร of เทศบาลนคร
พิษณุโลก). Plain: a move out to a Bangkok flat (the house she leaves and the one she goes
to), a move in at the destination (the house she lives in, her old registration in
Uttaradit, the เจ้าบ้าน's ID), a father booking a birth notification (the newborn's date,
the mother's ID), a daughter notifying a death (the deceased's ID, birth date and house
apart from hers), a certified ท.ร.14 copy (the 11-digit house code, the people in the
house), a lost card from a phone (police report number, the card's laser code, issue and
expiry dates), a เจ้าบ้าน notifying her nephew's move into her house. HTML: a Gmail
asking a name change (the name now and the new one), an Outlook after the change (the
old name and the new, the ท.ช.3's number), a Gmail asking a house number (the new
house's deed and permit, her present home), an Outlook birth notification by the mother
with a table of baby, mother and father, the town's e-queue confirming a child's first
card (the grandmother who booked, then the child). Word: a ท.ร.6-like move-out table (from,
to, the เจ้าบ้าน), a เจ้าบ้าน's consent letter sent by the mover, the ท.ช.1 over dotted
lines (old and new given name), a death form (deceased block, then informant block).
PDF: a fillable copy request (birth date in three boxes, the deceased mother's record
and ID), a fillable house-number form (fields text1.., home in parts, the new house's
place), a typed letter on a lost card, a grandmother's (the guardian's) letter for a
grandchild's first card. Sheet: a housing estate office's list of a household moving in.

unseen_requests_57.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 55 and 56, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (WHO in
the builder says them per style): the applicant is the one whose request it is: the
mover who asks, the one whose house registration is copied for her, whose name changes,
whose card is lost, who asks a house number. A birth's or a death's INFORMANT (ผู้แจ้ง) is
the applicant, never the newborn, the mother where the father informs, the deceased. A
child's first card at seven is the CHILD's request (name, ID, birth date, house; no
phone or e-mail expected), never the parent's or guardian's who writes or books. A เจ้าบ้าน who only
consents is never the applicant; one who herself notifies a move into her house is (the
xlsx and plain_householder_moves_in). NAME CHANGE: before it is registered full_name is
the name she bears now (OLD); after it (ท.ช.3 issued) the NEW one. ADDRESS: where the
applicant lives when she writes: a move out, the house she leaves (never the
destination); a move in at the destination, the house she lives in and moves into (never
her old registered one); a house number, her present home (never the new house); a
death, the informant's own home (never the deceased's). Phone and e-mail hers only where
given (the e-queue's no-reply, the guardian's for a child, the เจ้าบ้าน's, the estate office's
never); birth date hers only where given (a newborn's, a deceased's, a card's issue or
expiry, a report's or an appointment's never). A house code, a police report's number, a
card's laser code or request number, a deed's or permit's number is never an ID or a
phone; another person's ID (mother, deceased, เจ้าบ้าน, parent, household members) never
the applicant's. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see
the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_57 import KIND, build_set

# First sight: not yet measured (the set is committed before any reader was read or run).
FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=300)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
