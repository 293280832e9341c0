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
from extractors.base import FieldCandidate, ParsedMessage, ProvenanceKind
from extractors.intermediary_office import office_block_lines
from extractors.office_letterhead import OFFICE_WRITES_FOR, offices_subject
from extractors.role_words import ACADEMIC_OFFICE
from extractors.set_behind import behind
from extractors.title_options import PERSONS_TITLE

__all__ = ["offices_mail_for_another", "offices_own_box_behind"]

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


# An office's own place and lines in its mail's signature block.
_BLOCK_KEYS = frozenset({"address", "postal_code", "province", "phone", "email"})
_PLACE_AT_MOST = 0.45  # below another's address said in a sentence: hers, in its letter


def offices_mail_for_another(
    parsed: ParsedMessage, candidates: Sequence[FieldCandidate]
) -> list[FieldCandidate]:
    """`candidates` of a mail whose From is an office's (see `_offices_name`) with the one
    its body asks for (office_letterhead.offices_subject: "ขอความอนุเคราะห์รับ <name>", a
    name before a student's code) over the names its signature gives, and the place and
    lines of its signature block (intermediary_office.office_block_lines) set behind: a
    faculty's webmail for a student signs with its office, place and line (set 96).
    Where the body names no one it asks for, the block is left as it is."""
    found = list(candidates)
    if not _offices_name(parsed.from_name or ""):
        return found
    for text in parsed.text_parts:
        lines = text.text.splitlines()
        kind: ProvenanceKind = "body_html" if text.kind == "html" else "body_text"
        found = offices_subject(lines, found, part=text.part, kind=kind, by_office=True)
        if not any(
            c.provenance.label == OFFICE_WRITES_FOR and c.provenance.part == text.part
            for c in found
        ):
            # no one the letter asks for: the body asks for itself, and its signer's
            # place and lines are where it is answered (set 28: a school's own budget)
            continue
        block = office_block_lines(list(enumerate(lines, start=1)))
        found = [
            behind(c, _PLACE_AT_MOST)
            if c.key in _BLOCK_KEYS
            and c.provenance.part == text.part
            and c.provenance.filename_index is None
            and (c.provenance.line or 0) in block
            else c
            for c in found
        ]
    return found
