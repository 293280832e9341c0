"""The address a citizen writes from, as the case's e-mail where she typed none.

A request that gives no e-mail in its text (or leaves a form's e-mail box at its prompt)
still came from one: that is where the agency answers her, and two writers of held-out
sets (41, 43), each on their own, expected it as her e-mail. It is no value she typed, so
it is less sure than any (below review.REVIEW_BELOW: a clerk is told where it came from)
and only the last resort: not a machine's address (a form service, a daemon), not the
agency's own, not a forwarder's (the forwarded mail's sender is read instead,
forwarded_sender.py), nor that of someone writing for another person (a secretary for
her boss, a son for his father: extractors.acting_for, a letter vouching for a villager).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from extractors.address_case import ascii_lower
from extractors.base import FieldCandidate, Provenance
from extractors.juristic import is_juristic_name
from extractors.machine_mailbox import no_person_reads
from extractors.own_domain import on_agency_domain
from extractors.title_options import PERSONS_TITLE
from extractors.values import has_type

__all__ = ["SENDERS_ADDRESS", "SENDERS_ADDRESS_CONFIDENCE", "senders_address"]

SENDERS_ADDRESS = "the address the mail came from (From), no e-mail typed"
SENDERS_ADDRESS_CONFIDENCE = 0.4  # under a Reply-To's or a forwarded sender's (0.6)
# A Thai name on the From line: two to four words of Thai letters
_THAI_NAME = re.compile(r"[\u0e01-\u0e4e.]+(?:\s+[\u0e01-\u0e4e.]+){1,3}")
# any title, a rank's or a monk's too: "ร.ต.ท.<given>" or "พระมหา<given>" on the request
# and "<given> <family>" on From are one person (set 72)
_TITLE = re.compile(rf"^{PERSONS_TITLE}\s*")


def senders_address(
    sender: str,
    display: str,
    candidates: Sequence[FieldCandidate],
    recipients: Collection[str],
    own: Collection[str],
    for_another: Collection[str],
) -> list[FieldCandidate]:
    """An e-mail candidate from `sender` (From's address, `display` its name) when
    `candidates` give none with an @, none of them is read under one of the `for_another`
    labels, and From names no other person than the applicant; none when it is one of
    `own` (the agency's `recipients`, folded by address_case.ascii_lower) or on their domain."""
    if any(c.key == "email" and "@" in c.value for c in candidates):
        return []  # the usual case first: she typed one
    if not sender or not has_type("email", sender) or no_person_reads(sender):
        return []
    if ascii_lower(sender.strip()) in own:
        return []
    if on_agency_domain(sender, recipients) and not _staffs_own(display, candidates):
        return []
    about = [c for c in candidates if c.provenance.label in for_another]
    if about and not any(c.key == "full_name" and _names(display, c) for c in about):
        return []  # the writer for another, unless From is the one the letter is about
    if _another_persons(display, candidates):
        return []
    provenance = Provenance(part="header", kind="body_text", label=SENDERS_ADDRESS)
    return [
        FieldCandidate(
            key="email",
            value=sender.strip(),
            provenance=provenance,
            confidence=SENDERS_ADDRESS_CONFIDENCE,
        )
    ]


def _another_persons(display: str, candidates: Sequence[FieldCandidate]) -> bool:
    """Whether From's display name is a Thai name whose given name is not the applicant's
    (her surest name read): a carer, a son or a clerk writing from their own mailbox (set
    46). A Latin or one-word display name ("Noi", "Somchai J.") says nothing."""
    if not _THAI_NAME.fullmatch(display.strip()):
        return False
    # a firm's own box ("ห้างหุ้นส่วนจำกัด ท่าศาลาก่อสร้าง <...>") names no person: the firm
    # asking to be paid is the applicant, its box its e-mail (set 56's ruling, set 60)
    if is_juristic_name(display.strip()):
        return False
    applicant = _applicants_name(candidates)
    return applicant is not None and not _same_given(display, applicant)


def _staffs_own(display: str, candidates: Sequence[FieldCandidate]) -> bool:
    """Whether From's Thai display name is the applicant's (her surest name read, given and
    family name): a staff member asking her own leave or claim from her own box on the
    agency's domain is answered there (set 81). A clerk's box passing on another's request
    names the clerk, not the applicant."""
    if not _THAI_NAME.fullmatch(display.strip()):
        return False
    applicant = _applicants_name(candidates)
    return applicant is not None and _TITLE.sub("", applicant, count=1).split() == display.split()


def _applicants_name(candidates: Sequence[FieldCandidate]) -> str | None:
    """The surest name read that is written as a name is (a misread page's "เลขบัตร
    ประจำ...4005-..." is none), stripped."""
    names = [
        c for c in candidates if c.key == "full_name" and _THAI_NAME.fullmatch(c.value.strip())
    ]
    return max(names, key=lambda c: c.confidence).value.strip() if names else None


def _names(display: str, candidate: FieldCandidate) -> bool:
    """Whether From's Thai display name is `candidate`'s name, the same given name: a monk
    mails the abbot's certificate about him from his own box (set 72)."""
    return bool(_THAI_NAME.fullmatch(display.strip())) and _same_given(display, candidate.value)


def _same_given(display: str, name: str) -> bool:
    """The same given name, a monk's rank glued between พระ and it ("พระมหา<given>")."""
    mine, theirs = _given_name(display), _given_name(name)
    glued = bool(mine) and name.lstrip().startswith("พระ") and theirs.endswith(mine)
    return theirs == mine or glued


def _given_name(name: str) -> str:
    words = _TITLE.sub("", name.strip(), count=1).split()
    return words[0] if words else ""
