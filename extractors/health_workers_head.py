"""A sheet's head block naming the health worker or unit that made it: the maker's values.

A village health volunteer (อสม.) reporting a bedridden villager, a health centre
(รพ.สต.) referring a patient for a device, opens its sheet with a block of its own, then
the patient's rows under a blank one (set 81):

    แบบรายงานการเยี่ยมบ้าน...                     the form's title
    อสม.: นาง... | เลขบัตร | 3... | โทร | 08...    the volunteer, her ID, her mobile
    หมู่บ้าน: หมู่ 3 ...
    (blank)
    ผู้ป่วย / ชื่อ-สกุล: นาย...                     the patient's rows
    เลขประจำตัวประชาชน: ...

The request is the patient's: the head block's name, ID, phone, box and address are the
maker's. Where the patient's rows follow (an ID, a name or an address below the block),
they are set behind, below review, so a clerk sees whose they are where nothing else is
given; the patient's name on its line under his part's word ("ผู้ป่วย: นาย...", no name's
label) is read as his. A head that names no health worker or unit is left as read
(issuer_head reads a firm's). So is a head whose title names a health unit and its
patients ("รายชื่อผู้ป่วยส่งต่อ ... โรงพยาบาล...", a hospital's referral sheet). A club's
volunteer who sends a member's sheet (set 82: "Volunteer: Mrs. ..." and the club's box
over "Member: Mr. ...") is read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.role_words import CARED_FOR, HEALTH_UNIT, HEALTH_WORKER, REPORTER, VOLUNTEER
from extractors.set_behind import compared, first_block, with_values_behind
from extractors.title_options import LATIN_TITLED_NAME, TITLED_NAME
from extractors.values import clean_value

__all__ = ["without_health_workers_head"]

# A health worker or unit as a label of the head block's line ("อสม.: ...", "หน่วยบริการ:
# ...", "สถานบริการ", "รพ.สต. ...", "โรงพยาบาล..."): who made the sheet. So does a club's
# volunteer for its member ("Volunteer: Mrs. ...", set 82): his rows follow as a
# patient's do.
# So does her work's caption with her post beside it ("ผู้สำรวจ (อสม.): ...", "ผู้รายงาน
# อสม.: ...", set 111: a volunteer's survey sheet).
_MAKER = re.compile(rf"\s*(?:{REPORTER}\s*[(（]?\s*)?(?:{HEALTH_WORKER}|{VOLUNTEER})[^:：]*[:：]")
_PERSONS_KEYS = ("full_name", "national_id", "birth_date")
_KEYS = frozenset({*_PERSONS_KEYS, "phone", "email", "address", "province", "postal_code"})
# The patient's own values below the head: her rows follow.
_PERSONS = frozenset({"full_name", "national_id", "address"})
# The patient's part named on his name's line ("ผู้ป่วย: นาย..."); not "ผู้ป่วย (บุตร)", a
# relative's in a staff member's claim (a note in brackets): only the word and a colon.
# A club's member is named so under its volunteer's head ("Member: Mr. ...", set 82), his
# name as his passport spells it.
_PATIENTS_PART = "ผู้ป่วย"
_PART = rf"(?:{_PATIENTS_PART}|สมาชิก|[Mm]ember)"
_PATIENT = re.compile(rf"\s*{_PART}\s*[:：]\s*(?P<v>{TITLED_NAME}|{LATIN_TITLED_NAME})\s*$")
_PATIENT_CONFIDENCE = 0.8  # a part's word, no name's label: a label's share of sureness


def without_health_workers_head(
    lines: Sequence[str], candidates: list[FieldCandidate]
) -> list[FieldCandidate]:
    """`candidates` (read from `lines`, numbered from 1) with the values of a health
    worker's or unit's head block set behind (see the module's docstring)."""
    head = _head(lines)
    if not head:
        return candidates
    below = max(head)
    if not any(c.key in _PERSONS and (c.provenance.line or 0) > below for c in candidates):
        return candidates
    in_head = [c for c in candidates if c.key in _KEYS and (c.provenance.line or 0) in head]
    kept = with_values_behind(candidates, {compared(c) for c in in_head})
    return kept + _patient_named(lines, below, kept)


def _patient_named(
    lines: Sequence[str], below: int, candidates: list[FieldCandidate]
) -> list[FieldCandidate]:
    """The patient's name on a line below the head that names him by his part ("ผู้ป่วย:
    นาย..."), where no label read a name there: the one the sheet is about (set 81)."""
    under = [c for c in candidates if (c.provenance.line or 0) > below]
    if not under or any(c.key == "full_name" for c in under):
        return []
    for n, line in enumerate(lines, start=1):
        found = _PATIENT.match(line) if n > below else None
        name = clean_value("name", found.group("v")) if found else None
        if name:
            part = line.split(":")[0].split("：")[0].strip()
            where = under[0].provenance.model_copy(update={"line": n, "label": part})
            return [
                FieldCandidate(
                    key="full_name", value=name, provenance=where, confidence=_PATIENT_CONFIDENCE
                )
            ]
    return []


def _head(lines: Sequence[str]) -> set[int]:
    """The numbers of the first block's lines (down to the first blank one) where one of
    them names a health worker or unit under a label, or its title names a health unit
    and the ones in its care (_UNITS_TITLE)."""
    head = first_block(lines)
    if any(_MAKER.match(lines[n - 1]) for n in head):
        return head
    title = lines[min(head) - 1] if head else ""
    return head if ":" not in title and _UNITS_TITLE.search(title) else set()


# A title naming a health unit and those in its care ("รายชื่อผู้ป่วยส่งต่อ ... โรงพยาบาล
# ...", set 111: a hospital's referral sheet, its address and line under the title): the
# unit made the sheet, its patients' rows follow.
_UNITS_TITLE = re.compile(rf"{CARED_FOR}[^:：]*{HEALTH_UNIT}|{HEALTH_UNIT}[^:：]*{CARED_FOR}")
