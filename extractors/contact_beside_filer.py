"""A form's contact person beside the filer it names: the filer is the applicant.

A return or a request typed for a firm names the one who files it under the asker's part
("ผู้ยื่นแบบ <name> (<post>)", "ผู้ยื่นคำขอ ...") and, apart, the one a clerk may call
about it ("ผู้ประสานงาน: <bookkeeper> (<office>) โทร ...", role_words.CONTACT). Both
labels name a person's name, sure; for a body the applicant is the one who files and
signs (set 28), the contact is its staff or its bookkeeper (set 56). Where exactly one
name is so filed in a part and the contact is another, the contact's name is set below
the sentences' (letter_prose.ANOTHERS_SIGNATURE), as a contact above a letter's signer
is (letter_prose.contacts_behind_signers). Set 105: an accountant named as the contact of
a firm's sign-tax return (ภ.ป.1) over the partner who files it.
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate
from extractors.body_form import OWN_PARTY, PROXY
from extractors.juristic import is_juristic_name
from extractors.letter_prose import ANOTHERS_SIGNATURE
from extractors.names import name_key
from extractors.role_words import CONTACT
from extractors.thai import CIVIL_TITLE

__all__ = ["contacts_behind_filers"]

_CONTACT_LABEL = re.compile(rf"\s*(?:ชื่อ)?{CONTACT}")
_TITLE = re.compile(rf"^\s*{CIVIL_TITLE}\s*")


def contacts_behind_filers(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """`candidates` with each part's contact's name set behind where the part names one
    other filer under the asker's label (see the module's docstring)."""
    behind: set[int] = set()
    for part in {c.provenance.part for c in candidates if c.key == "full_name"}:
        names = [c for c in candidates if c.key == "full_name" and c.provenance.part == part]
        # a person filed, by her titled name: a firm's own name under ผู้ยื่นคำขอ (set 28)
        # leaves its contact as the one to deal with
        filers = {
            name_key(c.value)
            for c in names
            if _files(c.provenance.label or "")
            and _TITLE.match(c.value)
            and not is_juristic_name(c.value.strip())
        }
        if len(filers) != 1:
            continue
        filer = filers.pop()
        behind |= {
            id(c)
            for c in names
            if _CONTACT_LABEL.match(c.provenance.label or "")
            and not name_key(c.value).startswith(filer)
            and not filer.startswith(name_key(c.value))
        }
    if not behind:
        return candidates
    return [
        c.model_copy(update={"confidence": min(c.confidence, ANOTHERS_SIGNATURE)})
        if id(c) in behind
        else c
        for c in candidates
    ]


def _files(label: str) -> bool:
    """Whether a name's label is the asker's part (ผู้ยื่น..., ผู้ขอ, ผู้ร้อง), not a proxy's
    ("ผู้ยื่นแทน") nor a contact's."""
    return (
        OWN_PARTY.search(label) is not None
        and PROXY.search(label) is None
        and _CONTACT_LABEL.match(label) is None
    )
