"""People a request form names beside the applicant who neither ask nor act for them
(set 28): the one who died (a funeral-aid form gives the dead person's part first), a
guarantor (ผู้ค้ำประกัน, a lease's or a loan's), a witness (พยาน) and an owner who
consents (the land owner under a building permit, the house owner under a tenant's
water or power request). Their name, ID, address and phone are theirs, never the
applicant's: the label readers treat a part or a column naming one as another party's.
"""

from __future__ import annotations

import re

__all__ = [
    "CV_OTHERS_SECTION",
    "CV_OWN_SECTION",
    "DECEASED",
    "SECOND_PERSON",
    "SECOND_PERSON_COLUMN",
    "cv_section",
    "looks_like_cv",
]

# Named by what they were: "ผู้สูงอายุที่เสียชีวิต", "บุคคลที่ถึงแก่กรรม".
_DEAD = r"(?:ผู้|ที่)(?:เสียชีวิต|ถึงแก่กรรม|ถึงแก่ความตาย)"
_GUARANTOR = r"ผู้ค้ำประกัน"
# The one who died as a funeral-aid request names him ("ผู้ตาย นาย...", "ผู้ถึงแก่กรรม
# นาง..."), in a form's part or a line of prose (set 60): never the heir who asks.
DECEASED = re.compile(rf"ผู้ตาย|ผู้วายชนม์|{_DEAD}")
# Not evidence (พยานหลักฐาน, พยานเอกสาร, พยานวัตถุ): a person who saw or signs as one.
_WITNESS = r"พยาน(?!หลักฐาน|เอกสาร|วัตถุ)"
# The owner's consent, as such parts are headed ("ความยินยอมของเจ้าของบ้าน", "หนังสือ
# ยินยอมของเจ้าของที่ดิน", "หนังสือยินยอมให้ใช้ที่ดิน"), and the house owner's consent to
# a move-in under his house register ("หนังสือยินยอมของเจ้าบ้าน", set 31). Consent alone
# is not enough: a privacy consent ("หนังสือให้ความยินยอมในการเก็บรวบรวม...") is the applicant's own.
_CONSENTING_OWNER = (
    r"ยินยอม(?:ของ)?\s*เจ้า(?:ของ|บ้าน)|เจ้า(?:ของ)?(?:บ้าน|ที่ดิน)\s*(?:ผู้)?(?:ให้ความ)?ยินยอม"
    r"|หนังสือ(?:ให้ความ)?ยินยอมให้\s*(?:ใช้|ปลูกสร้าง|ก่อสร้าง|ติดตั้ง|เช่า)"
)
SECOND_PERSON = re.compile(f"{_DEAD}|{_GUARANTOR}|{_WITNESS}|{_CONSENTING_OWNER}")
# A sheet's column headed by the owner alone ("เจ้าของบ้าน" beside "ผู้ขอใช้น้ำ (ผู้เช่า)").
SECOND_PERSON_COLUMN = re.compile(rf"{SECOND_PERSON.pattern}|^\s*เจ้าของ(?:บ้าน|ที่ดิน)")

# A CV's or a job application's sections about other people and places (set 59): the
# references (บุคคลอ้างอิง) and the one to call in an emergency, the work history (each
# employer's address and switchboard), the schools (their places), the family. Their
# names, phones and addresses are never the applicant's: a heading of one opens another
# party's part as a guarantor's does. Matched whole, after a section's number.
CV_OTHERS_SECTION = re.compile(
    r"(?:ข้อมูล|รายชื่อ)?\s*(?:บุคคล|ผู้)\s*(?:ที่)?\s*อ้างอิง"
    r"|(?:ข้อมูล|ประวัติ)?\s*(?:การ)?(?:ทำงาน|ศึกษา)|ประสบการณ์\s*(?:การ)?\s*(?:ทำงาน)?"
    r"|(?:บุคคล|ผู้)\s*(?:ที่)?\s*(?:สามารถ)?\s*ติดต่อ\s*(?:ได้)?\s*(?:ใน)?\s*กรณี\s*ฉุกเฉิน"
    r"|(?:บุคคล|ผู้)\s*ติดต่อ\s*ฉุกเฉิน|(?:ข้อมูล|ประวัติ)?\s*ครอบครัว"
    r"|references?|referees?|(?:work(?:ing)?|employment|professional)\s+(?:experience|history)"
    r"|experiences?|education(?:al\s+background)?|emergency\s+contacts?|in\s+case\s+of\s+emergency"
    r"|family(?:\s+(?:background|information|details))?",
    re.IGNORECASE,
)
# A CV's sections of the applicant's own (her details, her contact lines, her skills):
# where one follows another party's part, her lines begin again.
CV_OWN_SECTION = re.compile(
    r"(?:ข้อมูล|ประวัติ)\s*ส่วนตัว|(?:ข้อมูล|ช่องทาง)?\s*(?:การ)?\s*ติดต่อ|ทักษะ.{0,20}"
    r"|ความสามารถ(?:พิเศษ)?|contacts?(?:\s+(?:information|details|info))?"
    r"|personal(?:\s+(?:information|details|data|info|profile))?|profile|about\s+me"
    r"|skills?|languages?",
    re.IGNORECASE,
)
# Around a heading: its number ("3.", "ส่วนที่ 2"), a note in brackets ("(References)"),
# a closing colon or dash.
_HEADING_NUMBER = re.compile(r"^\s*(?:(?:ส่วน|ตอน|ข้อ)(?:ที่)?\s*)?[0-9๐-๙]{1,2}[.)]?\s*")
_HEADING_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]")
_HEADING_END = re.compile(r"[\s:：∶\-–—]*$")
MIN_CV_HEADINGS = 2  # a CV heads its parts; one such word alone may head any form's part


def cv_section(text: str, section: re.Pattern[str]) -> bool:
    """Whether a line is, whole, one of a CV's section headings ("3. บุคคลอ้างอิง
    (References):"): its number, a note in brackets and a closing colon aside."""
    bare = _HEADING_NOTE.sub("", _HEADING_NUMBER.sub("", text))
    return section.fullmatch(_HEADING_END.sub("", bare).strip()) is not None


def looks_like_cv(lines: list[str]) -> bool:
    """Whether a document is a CV: two lines or more are its section headings."""
    headings = sum(
        1
        for line in lines
        if cv_section(line, CV_OTHERS_SECTION) or cv_section(line, CV_OWN_SECTION)
    )
    return headings >= MIN_CV_HEADINGS
