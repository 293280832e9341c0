"""A parent's letter for a pupil's own school paper: the pupil's request, the parent a go-between.

    ข้าพเจ้า <father> เลขประจำตัวประชาชน ... เป็นบิดาของ เด็กชาย<son> เลขประจำตัวประชาชน ...
    นักเรียนชั้น ป.4 มีความประสงค์ขอย้ายบุตรไปเรียนที่... จึงขอหลักฐานการย้ายนักเรียน

A transfer, a student certificate, a school record (ปพ.1), a leaving certificate are the
pupil's own papers, kept under her name and ID whoever asks for them (sets 31/63: a
service for one person asked by another is hers; set 115). A parent writes and signs for
a minor, as a guardian does (acting_for's ผู้ปกครองของ), so the child named after the
parent's kinship is the applicant; so is the child a class teacher names right after the
paper she asks for him ("ขอใบรับรองการเป็นนักเรียนให้ ด.ช.<pupil>"). Only with a child's
title (ด.ช., ด.ญ., เด็กชาย, เด็กหญิง) and only where the letter asks one of those papers:
a parent's complaint about a teacher, a claim for her children's aid, a grown child's
letter for a parent are asked for the writer herself, or settled elsewhere (acting_for,
kin_part). An enrolment is left to review (child_named): sets 61 and 64/109 ruled it both
ways on the same forms.
"""

from __future__ import annotations

import re

from extractors.role_words import COMPLAINT
from extractors.thai import CHILD_TITLE, CIVIL_TITLE, THAI_WORD
from extractors.values import ID_IN_TEXT

__all__ = ["asks_a_pupils_paper", "pupils_parent_lines"]

# The papers of a pupil's school record and what moves it: the transfer's evidence (หลักฐาน
# การย้าย, ใบย้าย), moving the child to another school, a certificate that she studies there,
# the record of her results (ระเบียนแสดงผลการเรียน, ปพ.1/ปพ.2), the leaving certificate (ใบสุทธิ).
PUPILS_PAPER = re.compile(
    r"หลักฐานการย้าย|ใบย้าย|ย้าย(?:บุตร|ธิดา|ลูก|หลาน|นักเรียน)?\s*(?:ไป)?(?:เรียน|เข้าเรียน|โรงเรียน|สถานศึกษา)"
    r"|รับรองการเป็นนักเรียน|ระเบียนแสดงผลการเรียน|ปพ\.\s?[12]|ใบสุทธิ"
)
_ID_WORDS = r"(?:เลข(?:ที่)?(?:บัตร)?\s?(?:ประจำตัว)?\s?(?:ประชาชน)?\s*[:：]?\s*)?"
# The writer's own name (her ID, age, home after it, in the same paragraph, no other
# person's name between), then her kinship or guardianship to a titled child.
_GAP = rf"(?:(?!{CIVIL_TITLE}|\n[ \t]*\n)[\s\S]){{0,200}}?"
_PARENT_OF_CHILD = re.compile(
    rf"(?:ข้าพเจ้า|ดิฉัน|ผม|กระผม)\s*{CIVIL_TITLE}?\s*{THAI_WORD}\s+{THAI_WORD}"
    rf"{_GAP}(?:ซึ่ง)?(?:เป็น|ในฐานะ)\s*(?:บิดา|มารดา|พ่อ|แม่|ผู้ปกครอง)"
    r"(?:โดยชอบ(?:ด้วย)?(?:ธรรม|กฎหมาย))?(?:และผู้ปกครอง)?\s*ของ\s*"
    rf"(?P<v>{CHILD_TITLE}\s*{THAI_WORD}\s+{THAI_WORD})"
    rf"(?:\s*(?:[,(]\s*)?{_ID_WORDS}(?P<id>{ID_IN_TEXT.pattern}))?"
)


# Or the paper asked right before the child it is for, by anyone ("ขอใบรับรองการเป็นนักเรียน
# ให้ ด.ญ.<pupil> ชั้น ป.5/1", a class teacher's mail, set 115): hers, the teacher who
# signs a go-between.
_PAPER_FOR_CHILD = re.compile(
    rf"(?:{PUPILS_PAPER.pattern})[\u0e01-\u0e4e]{{0,20}}?\s*(?:ให้(?:แก่|กับ)?|แก่|ของ)\s*"
    rf"(?P<v>{CHILD_TITLE}\s*{THAI_WORD}\s+{THAI_WORD})"
    rf"(?:\s*(?:[,(]\s*)?{_ID_WORDS}(?P<id>{ID_IN_TEXT.pattern}))?"
)


# A complaint names the paper it is about ("โรงเรียนไม่ยอมออกใบย้ายให้"): the complaint is
# the parent's who makes it, whatever paper it names.
_COMPLAINT = re.compile(COMPLAINT)


def asks_a_pupils_paper(text: str) -> bool:
    return PUPILS_PAPER.search(text) is not None and _COMPLAINT.search(text) is None


def pupils_parent_lines(text: str) -> list[re.Match[str]]:
    """The child named after the writer's kinship, where the letter asks her paper, or
    named right after the paper asked for her."""
    if not asks_a_pupils_paper(text):
        return []
    return [*_PARENT_OF_CHILD.finditer(text), *_PAPER_FOR_CHILD.finditer(text)]
