"""A sheet's row that names one of a case's other people by the role in its first cell.

An officer's sheet about a case (set 83: a police station's list of cameras) gives the
victim a row of her own: "ผู้เสียหาย | <name> | เลขประจำตัวประชาชน | <ID> | วันเกิด | ...".
The labels after the role are the field's own, so the ID and the birth date were read as
the sender's, sure. They are the one the role names: her row is read under a heading of
its own (`party_row`), found again by `case_party_lines`, and its values are set behind
(extractors.set_behind): where the sheet gives no other a clerk still sees them, flagged.
So too a body's contact's row under the one who asks ("ผู้ประสานงาน (ฝ่ายจัดซื้อ) | <name> |
มือถือ | <number>" below "ผู้ยื่นคำขอ | <company>", set 85): her mobile reaches her, not
the company whose line its head block gives, nor the director who signs. So too the row
of one who gathered a list of others ("ผู้รวบรวม | <name> | ผู้ใหญ่บ้าน | โทร | <number>"
over a list of households, set 92): his mobile is his, wherever the list marks the asker.
A contact whose row heads the sheet, no asker above it, is its maker (an agent's sheet of
a sale's papers, set 80): her head block is issuer_head's to read, left whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.role_words import CASE_PARTY, CLAIMANT, COLLECTOR, CONTACT, PATIENT
from extractors.set_behind import behind, lines_under

__all__ = ["case_party_lines", "claimant_above", "party_row", "with_case_party_behind"]

# The role alone in the row's first cell, a note in brackets after it allowed.
_NOTE = r"\s*[(（][^()（）]*[)）]"
_PARTY_CELL = re.compile(rf"\s*(?:{CASE_PARTY}|{CONTACT}|{COLLECTOR})(?:{_NOTE})?\s*[:：]?\s*")
_CONTACT_CELL = re.compile(rf"\s*{CONTACT}")
_ROLE_LABEL = re.compile(rf"\s*{CASE_PARTY}\s*(?:{_NOTE})?\s*[:：]")
# A reimbursement sheet's patient row ("ผู้ป่วย | <her> | เลขประจำตัวประชาชน | ...") under the
# claimant's own ("ผู้ขอเบิก | <him> | ...", set 124): the money is his right, she another.
# Only with the claimant's row above: a patient's row alone is the patient's own request,
# or a health volunteer's on her (sets 81, 89), whose head block another reader sets aside.
_PATIENT_CELL = re.compile(rf"\s*{PATIENT}(?:{_NOTE})?\s*[:：]?\s*")
_CLAIMANT_LINE = re.compile(rf"\s*{CLAIMANT}\s*[:：]")


def party_row(
    first_cell: str, pairs: list[str], *, asker_above: bool = True, claimant_above: bool = False
) -> list[str]:
    """A row's `label: value` `pairs` under the role of its `first_cell` as a heading, a
    blank line closing them, when the role is a case's other person's, or a body's
    contact's with the one who asks named above (`asker_above`), or a patient's under a
    claimant's rows (`claimant_above`), and the row labels values after it; else `pairs`
    unchanged."""
    patient = claimant_above and _PATIENT_CELL.fullmatch(first_cell) is not None
    if len(pairs) < 2 or (_PARTY_CELL.fullmatch(first_cell) is None and not patient):
        return pairs
    if not asker_above and _CONTACT_CELL.match(first_cell):
        return pairs
    # the heading without its note: a note alone on a line ("(ฝ่ายบัญชี)", her
    # department) would read as the value of the role's label, a name
    return [re.sub(_NOTE, "", first_cell).strip(), *pairs, ""]


def case_party_lines(lines: Sequence[str]) -> set[int]:
    """The numbers (from 1) of the lines under a case party's heading (`party_row`)."""
    claims = claimant_above(lines)
    return lines_under(
        lines,
        lambda line: (
            _PARTY_CELL.fullmatch(line) is not None
            or (claims and _PATIENT_CELL.fullmatch(line) is not None)
        ),
    )


def claimant_above(lines: Sequence[str], first_cell: str = "") -> bool:
    """Whether a claimant's own row ("ผู้ขอเบิก: <name>") has been read among `lines`;
    given a row's `first_cell`, only where that row is a patient's (the lines not looked
    at for any other row: a long sheet's rows each ask)."""
    if first_cell and _PATIENT_CELL.fullmatch(first_cell) is None:
        return False
    return any(_CLAIMANT_LINE.match(line) for line in lines)


def with_case_party_behind(
    lines: Sequence[str], found: list[FieldCandidate]
) -> list[FieldCandidate]:
    """`found` with the values read from a case party's row set behind, and without the
    name her role's own cell labels: a claim's head block reads "ผู้เสียหาย | <name>" as
    the name of the one harmed who writes (config/fields.toml), but on a row of its own
    under an officer's name she is the case's victim, never the sender (set 83)."""
    party = case_party_lines(lines)
    if not party:
        return found
    return [
        behind(c) if (c.provenance.line or 0) in party else c
        for c in found
        if not _role_named(lines, c, party)
    ]


def _role_named(lines: Sequence[str], c: FieldCandidate, party: set[int]) -> bool:
    """A name read from a case party's row whose label is her role."""
    line = c.provenance.line or 0
    return c.key == "full_name" and line in party and _ROLE_LABEL.match(lines[line - 1]) is not None
