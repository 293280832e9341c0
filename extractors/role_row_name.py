"""A sheet's row naming a person by her part alone, her own rows right under it: her name.

    ผู้ให้เช่า                   | นาย<landlord>
    เลขประจำตัวประชาชนผู้ให้เช่า  | ...
    (blank)
    ผู้เช่า                      | นาง<tenant>
    เลขประจำตัวประชาชน          | ...
    วันเกิด                     | ...

A tenant's rent ledger (set 97) names each side by its part, the landlord's rows labelled
with his part, hers with the fields' own labels. The part alone ("ผู้เช่า") is no field's
label, so her ID and birth date were read and her name not. A row whose label is a part
alone (ผู้ + a word, "ชื่อ" before it or not) and whose value is a titled name, with the
next row's ID or birth date read as the applicant's under a label that does not name that
part, gives the name of those rows: read, but below review (the sheet never says who
asks, only whose the rows are), so a clerk looks. Another's part labelled on its rows
("เลขประจำตัวประชาชนผู้ให้เช่า") gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, Provenance, ProvenanceKind
from extractors.review import REVIEW_BELOW
from extractors.title_options import TITLED_NAME
from extractors.values import clean_value

__all__ = ["ROLE_ROW_NAME", "role_row_names"]

ROLE_ROW_NAME = 0.7  # below review.REVIEW_BELOW: the part does not say she asks
_ROLE_ROW = re.compile(
    rf"^\s*(?:ชื่อ\s*)?(?P<role>ผู้[\u0e01-\u0e4e]{{2,20}})\s*[:：]\s*(?P<v>{TITLED_NAME})\s*$"
)
_HERS = frozenset({"national_id", "birth_date"})


def role_row_names(
    lines: Sequence[str], candidates: Sequence[FieldCandidate], part: str, kind: ProvenanceKind
) -> list[FieldCandidate]:
    """`candidates` and the name of each part's row whose next row gave a sure ID or
    birth date under a label not naming that part (`lines` numbered from 1)."""
    if any(c.key == "full_name" for c in candidates):
        return list(candidates)
    sure = {
        (c.provenance.line, c.provenance.label or "")
        for c in candidates
        if c.key in _HERS and c.confidence >= REVIEW_BELOW
    }
    found: list[FieldCandidate] = []
    for n, line in enumerate(lines, start=1):
        m = _ROLE_ROW.match(line)
        if m is None:
            continue
        role = m.group("role")
        if not any(at == n + 1 and role not in label for at, label in sure):
            continue
        name = clean_value("name", " ".join(m.group("v").split()))
        if name:
            provenance = Provenance(part=part, kind=kind, line=n, label=role)
            found.append(
                FieldCandidate(
                    key="full_name", value=name, provenance=provenance, confidence=ROLE_ROW_NAME
                )
            )
    return [*candidates, *found]
