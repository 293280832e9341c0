"""Labels a business's request gives its own party and place: the operator
("ผู้ประกอบการ <name>") and the firm's head office ("ที่ตั้งสำนักงานใหญ่ | 88/8 ถนน...").

Where a business asks for its own licence, its operator is the one who will hold it (set
75: a salon's renewal signed off "ผู้ประกอบการ <her name>"), and a company that asks for
itself is answered at its office (set 75: a company's sheet of its branches, the
director's name, ID and mobile, no home of his). Elsewhere the same words name another:
the business a complaint is about, a contractor's office beside an owner's home, the
office beside the signing director's own home (set 28's "ที่อยู่กรรมการ" beside
"สำนักงานแห่งใหญ่"). So each is read under a key of its own that no template has, then
made the applicant's value a clerk checks, below any label of a person's own (the
complainant's, a home's) and below a home said in prose.

Not a template's labels: every template's labels are read in every mail (extract's
union), and a label claimed by two templates' keys makes every such mail read twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.base import FieldCandidate, FieldSpec
from extractors.role_words import COMPLAINT

__all__ = ["BUSINESS_SPECS", "as_applicants"]

OPERATOR = "operator_name"
HEAD_OFFICE = "head_office"
PREMISES = "production_premises"
_COMPLAINT = re.compile(COMPLAINT)
# Below review.REVIEW_BELOW, so flagged: as sure as a proxy's value that stands
# (body_form.PROXY_SHARE) for the operator's name.
OPERATOR_CONFIDENCE = 0.75
# As sure as a firm's office read in its signature (prose's another's address): below a
# home said in prose (0.6) or under any label of a home.
HEAD_OFFICE_CONFIDENCE = 0.5
_AS = {
    OPERATOR: ("full_name", OPERATOR_CONFIDENCE),
    HEAD_OFFICE: ("address", HEAD_OFFICE_CONFIDENCE),
    PREMISES: ("address", HEAD_OFFICE_CONFIDENCE),
}

BUSINESS_SPECS = [
    FieldSpec(
        key=OPERATOR,
        type="name",
        title_th="ผู้ประกอบการ",
        title_en="Operator",
        labels=["ผู้ประกอบการ", "ชื่อผู้ประกอบการ", "ชื่อ-นามสกุลผู้ประกอบการ"],
        personal=True,
    ),
    FieldSpec(
        key=HEAD_OFFICE,
        title_th="ที่ตั้งสำนักงานใหญ่",
        title_en="Head office",
        # not "ที่ตั้งสำนักงาน" alone: a form asking the office box by box opens with
        # "ที่ตั้งสำนักงาน เลขที่" over its house number (set 56), the whole read from parts
        # "สำนักงานตั้งอยู่เลขที่ | 88 ม.4 ..." (a form's row for a partnership's office,
        # set 101) and "สำนักงาน | ..." (a sheet's head row) name the firm's place too
        labels=[
            "ที่ตั้งสำนักงานใหญ่",
            "สำนักงานใหญ่",
            "สำนักงานแห่งใหญ่",
            "สำนักงานตั้งอยู่",
            "สำนักงานตั้งอยู่เลขที่",
            "สำนักงาน",
        ],
        personal=True,
        multiline=True,
    ),
    # A small producer's place of production ("ที่ตั้งสถานที่ผลิต", set 126: a city's
    # fillable food-advice form asking no home): a home kitchen or yard, where a clerk
    # reaches her, as a firm is reached at its office. A seller's in a buyer's complaint
    # stays below the buyer's home.
    FieldSpec(
        key=PREMISES,
        title_th="ที่ตั้งสถานที่ผลิต",
        title_en="Place of production",
        labels=["ที่ตั้งสถานที่ผลิต", "สถานที่ผลิต", "สถานที่ผลิตตั้งอยู่"],
        personal=True,
        multiline=True,
    ),
]


def as_applicants(
    candidates: list[FieldCandidate], words: Iterable[str] = ()
) -> list[FieldCandidate]:
    """`candidates` with the operator's name and the head office (or the place of
    production) read as the applicant's name and address, each a value a clerk checks.
    Where the mail's `words` (its subject, its text parts) call it a complaint, a place of
    production is the one complained of's (a buyer's about the food she bought): dropped,
    never the complainant's."""
    premises = any(c.key == PREMISES for c in candidates)  # most mails: no need to look
    complaint = premises and any(_COMPLAINT.search(text or "") for text in words)
    out = []
    for c in candidates:
        if complaint and c.key == PREMISES:
            continue
        if c.key in _AS:
            key, most = _AS[c.key]
            c = c.model_copy(update={"key": key, "confidence": min(c.confidence, most)})
        out.append(c)
    return out
