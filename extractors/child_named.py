"""A child (ด.ช./ด.ญ.) named beside an adult: whose request it is, the text does not settle.

A parent, a grandparent or a guardian writes for a child, or fills a child's form under
her own block. Writers of independent test sets ruled both ways on the same words: the
child is the applicant for a paper or a right that is his (set 16's "ยื่นแทนบุตร", set
57's first ID card, set 84's library card), the adult for what she asks as a parent (sets
34 and 61: an enrolment, a claim for her children). The law does not settle it either: a
minor acts through his legal representative. So where the chosen applicant is a child and
an adult is named, or an adult and a child is named, the name, ID and birth date may be
the other person's whichever way the reader went: review flags them `two_people`, and the
clerk, who knows what the agency holds the applicant to be for that request, looks.

A child is known by his title (under fifteen: เด็กชาย, เด็กหญิง, ด.ช., ด.ญ.), in a name the
readers found or in the mail's own text; an adult by a name without such a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from extractors.base import FieldCandidate
from extractors.thai import CHILD_TITLE, THAI_WORD

__all__ = ["child_beside_adult", "the_applicant_a_child"]

_CHILDS = re.compile(rf"\s*{CHILD_TITLE}")
# A child's titled name in a sentence: "ยื่นแทนบุตร ด.ช.ก้องภพ ...", "เด็กหญิง ...".
_CHILD_IN_TEXT = re.compile(rf"{CHILD_TITLE}\s*{THAI_WORD}")


def child_beside_adult(
    chosen: Mapping[str, FieldCandidate],
    candidates: Iterable[FieldCandidate],
    texts: Iterable[str],
    at_least: float,
) -> bool:
    """Whether the chosen applicant is a child and an adult is named too, or an adult and
    a child is named too (in `candidates` at least `at_least` sure, or in `texts`)."""
    name = chosen.get("full_name")
    if name is None:
        return False
    names = [c.value for c in candidates if c.key == "full_name" and c.confidence >= at_least]
    if _CHILDS.match(name.value):
        return any(not _CHILDS.match(other) for other in names)
    return any(_CHILDS.match(other) for other in names) or any(
        _CHILD_IN_TEXT.search(text) for text in texts
    )


def the_applicant_a_child(chosen: Mapping[str, FieldCandidate]) -> bool:
    """Whether the chosen applicant is a child by his title: a phone or a mailbox given
    for him is his parent's or guardian's (set 37's ruling gives a child no number of
    his own), so a clerk checks whose it is."""
    name = chosen.get("full_name")
    return name is not None and _CHILDS.match(name.value) is not None
