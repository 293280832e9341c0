"""An office's own box, on From and again in its letter, sheet or signature, is the
office's (set 96).

    From: คณะวิทยาการจัดการ <intern.office@example.ac.th>
    ... ขอความอนุเคราะห์รับ <student> ...
    งานฝึกประสบการณ์วิชาชีพ  โทร 0x-xxx-xxxx  อีเมล intern.office@example.ac.th

A faculty, a school or an office writes for one of its students or clients and prints
its own box at the foot of its letter or in its sheet's head block: that is where the
office is answered, never the student's own box, though a reader finds it under an
"อีเมล" label. From's display name tells whose the box is: an office's name (a faculty,
a university, a school, an office: role_words.ACADEMIC_OFFICE) and no person's title.
The same box read anywhere in the request is set behind, below review: kept (the office
may be the one asking), but flagged so a clerk sees whose it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.address_case import ascii_lower
from extractors.base import FieldCandidate
from extractors.role_words import ACADEMIC_OFFICE
from extractors.set_behind import behind
from extractors.title_options import PERSONS_TITLE

__all__ = ["offices_own_box_behind"]

_OFFICE = re.compile(ACADEMIC_OFFICE)
_PERSON = re.compile(rf"(?:^|\s){PERSONS_TITLE}\S")


def _offices_name(display: str) -> bool:
    """Whether From's display name is an office's: one of its words, no person's title."""
    text = display.strip()
    return bool(_OFFICE.search(text)) and not _PERSON.search(text)


def offices_own_box_behind(
    sender: str, display: str, candidates: Sequence[FieldCandidate]
) -> list[FieldCandidate]:
    """`candidates` with each e-mail that is `sender`'s (From) set behind when `display`
    (From's name) is an office's (see the module's docstring)."""
    box = ascii_lower(sender.strip())
    if not box or "@" not in box or not _offices_name(display):
        return list(candidates)
    return [
        behind(c)
        if c.key == "email" and ascii_lower(c.value.strip().removeprefix("mailto:")) == box
        else c
        for c in candidates
    ]
