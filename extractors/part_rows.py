"""A sheet's row naming a person by her part alone ("ผู้เช่า | <name>", "เจ้าของที่ดิน |
<name>"): no field's label, so her name was not read. Two cases give it, each below review
(the part does not say she asks), so a clerk looks:

- her own rows right under it (role_row_names). A tenant's rent ledger (set 97) names each
  side by its part, the landlord's rows labelled with his part, hers with the fields' own
  labels:

      ผู้ให้เช่า                   | นาย<landlord>
      เลขประจำตัวประชาชนผู้ให้เช่า  | ...
      ผู้เช่า                      | นาง<tenant>
      เลขประจำตัวประชาชน          | ...

  A part's row whose next row gave a sure ID or birth date under a label not naming that
  part gives the name of those rows; another's part labelled on its rows gives nothing.
  So does an owner's part ("เจ้าของบ้าน | <name>" over his own ID: a repair estimate's
  head block, set 121).
- the owner a filer's sheet is for (with_owners_row). A contractor's, a surveyor's or an
  engineer's sheet for a land owner's notice (set 98) opens with its own head block (the
  partnership as ผู้ยื่น, its man as ผู้ติดต่อ) and names the owner on a row of her own
  ("เจ้าของที่ดิน | นาง<owner>"): the land, the notice are hers (set 63's ruling), read
  where the sheet gives no sure name of its own. Not a house's owner (เจ้าของบ้าน): a
  tenant names her landlord so.
- the chair of a group whose sheet it is (with_chairs_row), or a volunteers' leader
  named by the part he plays with his post in brackets (set 120). A fishers' group's damage
  survey (set 106) opens with its head block ("ชื่อกลุ่ม | ...", "ประธานกลุ่ม | นาย<chair>",
  his ID and phone under labels of his office) over its members' rows: the chair asks for
  the group (sets 66, 71), so his row's name is read over the members' rows (set behind),
  where no sure name is read. So a headman who sends his village's list in his post
  (set 125).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, Provenance, ProvenanceKind
from extractors.review import REVIEW_BELOW
from extractors.role_words import GROUP_CHAIR, GROUP_LEAD, GROUP_MEMBER, VILLAGE_HEAD
from extractors.title_options import TITLED_NAME
from extractors.values import clean_value

__all__ = [
    "CHAIR_CONFIDENCE",
    "OWNER_CONFIDENCE",
    "ROLE_ROW_NAME",
    "role_row_names",
    "with_chairs_row",
    "with_owners_row",
]

ROLE_ROW_NAME = 0.7  # below review.REVIEW_BELOW: the part does not say she asks
# Above a maker's values set behind (set_behind.BEHIND_CONFIDENCE), below a part's own
# rows' name: nothing on the sheet ties the owner to its rows.
OWNER_CONFIDENCE = 0.6
# A chair's row: his office says he asks for the group, above a name read under the
# group's own name label ("ชื่อกลุ่ม", read as a name's label a little less sure), still
# below review: the sheet does not say he is the one who asks.
CHAIR_CONFIDENCE = 0.75
_ANY_PART = r"ผู้[\u0e01-\u0e4e]{2,20}"
_OWNERS_PART = r"เจ้าของ(?:ที่ดิน|อาคาร|กรรมสิทธิ์|แปลง(?:ที่ดิน)?|โฉนด(?:ที่ดิน)?)"
_HERS = frozenset({"national_id", "birth_date"})


def _part_row(part: str, *, whole_line: bool) -> re.Pattern[str]:
    """A row "<ชื่อ> <part> : <titled name>" (cells joined by the sheet's reader with a
    colon); `whole_line`: nothing after the name."""
    end = r"\s*$" if whole_line else ""
    return re.compile(
        rf"^\s*(?:ชื่อ(?:\s*-?\s*(?:นาม)?สกุล)?)?\s*(?P<part>{part})\s*[:：]\s*(?P<v>{TITLED_NAME}){end}"
    )


# So an owner's part ("เจ้าของบ้าน | <name>", a repair estimate's head block, set 121): her
# own ID under it gives her name, as a tenant's does (a landlord's row over no ID of his
# own gives nothing here).
_ROLE_ROW = _part_row(rf"{_ANY_PART}|เจ้าของ[\u0e01-\u0e4e]{{0,20}}", whole_line=True)
_OWNERS_ROW = _part_row(_OWNERS_PART, whole_line=False)
_CHAIRS_ROW = _part_row(GROUP_CHAIR, whole_line=True)
# A volunteers' leader's row in his roster's head block, his post said after the part he
# plays in sending it ("ผู้จัดส่ง (ประธานชมรม อสม.) | นาง<her>", "ผู้เสนอ (หัวหน้าชุด
# อปพร.) | ...") or his post over the members' word alone ("หัวหน้าหน่วย อปพร. | ...", set
# 120): the leader who sends his members' list asks for them (sets 28, 84), as a group's
# chair does.
# The parts of one who sends or files the list: not a certifier's (ผู้รับรอง: the chair
# of a community who vouches for another's sheet) nor a contact's.
_SENDERS_PART = r"ผู้(?:ส่ง|เสนอ|รายงาน|จัดทำ|รวบรวม|ยื่น|ขอ|ลงนาม)[\u0e01-\u0e4e]{0,12}"
# So a village's headman who sends its list in his post ("ผู้ส่ง (ผู้ใหญ่บ้าน) | นาย<him>",
# set 125: a vaccination day's list of owners): he asks for his village (sets 66, 71).
_LEADS_PART = (
    rf"{_SENDERS_PART}\s*[(（]\s*(?:{GROUP_LEAD}|{VILLAGE_HEAD})[^()（）\n]{{0,30}}[)）]"
    rf"|(?:{GROUP_LEAD})\s*(?:{GROUP_MEMBER})"
)
_LEADS_ROW = _part_row(_LEADS_PART, whole_line=True)


def _named_rows(
    lines: Sequence[str], row: re.Pattern[str], part: str, kind: ProvenanceKind, confidence: float
) -> list[tuple[int, str, FieldCandidate]]:
    """(line number, its part's words, the name read) for each row of `row`'s shape."""
    found = []
    for n, line in enumerate(lines, start=1):
        m = row.match(line)
        name = clean_value("name", " ".join(m.group("v").split())) if m else None
        if m is None or not name:
            continue
        provenance = Provenance(part=part, kind=kind, line=n, label=m.group("part"))
        candidate = FieldCandidate(
            key="full_name", value=name, provenance=provenance, confidence=confidence
        )
        found.append((n, m.group("part"), candidate))
    return found


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
    found = [
        name
        for n, role, name in _named_rows(lines, _ROLE_ROW, part, kind, ROLE_ROW_NAME)
        if any(at == n + 1 and role not in label for at, label in sure)
    ]
    return [*candidates, *found]


def with_owners_row(
    lines: Sequence[str], found: list[FieldCandidate], *, part: str, kind: ProvenanceKind
) -> list[FieldCandidate]:
    """`found` (read from `lines`, numbered from 1) with the owner's name from her row
    added, flagged, where no name read is sure (see the module's docstring)."""
    if any(c.key == "full_name" and c.confidence >= REVIEW_BELOW for c in found):
        return found
    owners = [name for *_, name in _named_rows(lines, _OWNERS_ROW, part, kind, OWNER_CONFIDENCE)]
    return [*found, *owners[:1]]  # the first owner named: a co-owner's row below is hers


def with_chairs_row(
    lines: Sequence[str], found: list[FieldCandidate], *, part: str, kind: ProvenanceKind
) -> list[FieldCandidate]:
    """`found` (read from `lines`, numbered from 1) with the group's chair's name from his
    row added, flagged, where no name read is sure (see the module's docstring). One
    chair's row only: a sheet naming several chairs (a network's groups) says no one."""
    if any(c.key == "full_name" and c.confidence >= REVIEW_BELOW for c in found):
        return found
    chairs = [
        name
        for row in (_CHAIRS_ROW, _LEADS_ROW)
        for *_, name in _named_rows(lines, row, part, kind, CHAIR_CONFIDENCE)
    ]
    return [*found, *chairs] if len(chairs) == 1 else found
