"""A relative named by name beside the writer: whose request it is, a clerk decides.

A son writes for his bedridden father, a daughter for her widowed mother, a wife for her
husband in hospital; and a son asks to be repaid for his father's bills, a daughter
complains of what was done to her mother. The words that tell the two apart are many
and loosely used, and independent test sets' writers ruled each way on them (sets 31 and
63: a service for one person asked by another is the one it is for; set 124: a
reimbursement is the claimant's own). At first sight on sets 120-124, every one of the 10
values read wrong without a flag was a go-between's or his relative's. So wherever the
mail's own text names a relative by kinship and by a titled name ("มารดา นางบุญมี
ศรีสุข", "นายสมศักดิ์ ใจดี ซึ่งเป็นบิดาของข้าพเจ้า"), the applicant's name, ID and birth
date may be the other person's whichever way the readers went: review flags them
`two_people`, as it does for a child named beside an adult (extractors.child_named).

Only a titled name counts: "แม่" alone, or "ยายสมศรี", names no one a clerk could confuse
with the applicant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from extractors.base import FieldCandidate
from extractors.names import name_key
from extractors.thai import KIN_WORDS
from extractors.title_options import TITLED_NAME

__all__ = ["relative_beside", "relatives_named"]

# Thai runs words together, so a kin word of four letters or more is one wherever it
# stands ("ขอให้ช่วยเหลือมารดา", "ซึ่งเป็นบุตร"); a shorter one must open a word or follow
# a short word that leads to it ("ให้แม่"): not ตา in ตาม, not อา in อาคาร.
_LEADS = ("ให้", "แทน", "ของ", "คือ", "เป็น", "กับ", "และ", "พา", "ช่วย")
_OPENS = "(?:(?<![\u0e01-\u0e4e])" + "".join(f"|(?<={word})" for word in _LEADS) + ")"
_LONG = "|".join(word for word in KIN_WORDS if len(word) >= 4)
_SHORT = "|".join(word for word in KIN_WORDS if len(word) < 4)
# With the endings that make it one person's relation (บุตรชาย, ลูกสาว, ลูกเขย, แม่ยาย).
_RELATION = rf"(?:{_LONG}|{_OPENS}(?:{_SHORT}))(?:ชาย|สาว|เขย|สะใภ้|บุญธรรม|ยาย)?"
# A form's or a CV's label for a relative ("ชื่อบิดา", "ชื่อ-สกุลมารดา", "บิดา:" over his
# name) lists a family, as a job application or an enrolment asks it: no one acts for
# anyone there (set 87: +50 flags on right values before this).
_NOT_A_LABEL = r"(?<!ชื่อ)(?<!ชื่อ )(?<!สกุล)(?<!สกุล )"
_WHOSE = r"(?:ของ\s*(?:ข้าพเจ้า|กระผม|ผม|ดิฉัน|ฉัน|หนู))"
_NAMED = rf"(?P<name>{TITLED_NAME})"
# Each optional word takes its own spaces after it: runs of [ \t]* side by side would
# try every split of a long run of spaces (a line padded to 3,000: test_shapes_14).
# "มารดา นางบุญมี ...", "บิดาของข้าพเจ้า คือ นายสมศักดิ์ ...", "ลูกสาว (น.ส. ...)", and
# the writer's own relation to another: "เป็นบุตรของ นายสมบัติ ...", "ภรรยาของนายวิชัย ...".
_RELATION_THEN_NAME = re.compile(
    rf"{_NOT_A_LABEL}{_RELATION}\)?[ \t]*(?:(?:{_WHOSE}|ของ)[ \t]*)?"
    rf"(?:(?:ชื่อ|คือ|ได้แก่)[ \t]*)?(?:\([ \t]*)?{_NAMED}"
)
# "นายสมศักดิ์ ใจดี ซึ่งเป็นบิดาของข้าพเจ้า", "นางบุญมี ศรีสุข (มารดา)".
_NAME_THEN_RELATION = re.compile(
    rf"{_NAMED}[ \t]*(?:[(,][ \t]*)?(?:ซึ่ง[ \t]*)?(?:เป็น[ \t]*)?{_RELATION}"
    r"(?:" + _WHOSE + r"|(?![\u0e01-\u0e4e]))"
)


# Review runs after the readers' time budget: a hostile part of millions of characters
# (test_reader_budget's zero-width joiners, 0.7 s a part here) must cost it nothing. A
# letter names a relative in its first pages; a text without a kin word is passed over.
_READ_AT_MOST = 100_000  # characters of each text


def relatives_named(texts: Iterable[str]) -> set[str]:
    """The name keys (extractors.names.name_key) of everyone the texts name by kinship."""
    found: set[str] = set()
    for text in texts:
        head = text[:_READ_AT_MOST]
        if not any(word in head for word in KIN_WORDS):
            continue
        for pattern in (_RELATION_THEN_NAME, _NAME_THEN_RELATION):
            found.update(name_key(m["name"]) for m in pattern.finditer(head))
    return found


def relative_beside(chosen: Mapping[str, FieldCandidate], texts: Iterable[str]) -> bool:
    """Whether the mail names by kinship someone beside the chosen applicant, or names
    the chosen applicant as someone's relative (then the writer is the other person)."""
    name = chosen.get("full_name")
    return name is not None and bool(relatives_named(texts))
