"""A part headed by the kin the writer files for: that kin's, the applicant's own part.

    ข้าพเจ้า <son> เลขประจำตัวประชาชน ... อยู่ที่ ... ขอยื่นคำร้องแทนมารดา ขอรับ...
    ข้อมูลมารดา (คนพิการ)
    ชื่อ-สกุล: นาง...

A grown child (a spouse) who says she files for her parent (her husband) and then heads
that person's own lines by the same kin word gives the request of the one it is for
(sets 31/63: a service for one person asked by another is hers); the writer's own line
above is a go-between's. So is a kin's part whose heading notes her as the one the help
is for ("ข้อมูลบิดา (ผู้สูงอายุ)"). Without either, "ข้อมูลบิดา" beside the writer's own
part is another's (body_form's _OTHER_PARTY: an heir's, a household's). Only elders and
spouses: a parent who files for a child asks herself (set 61).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.role_words import HELPED

__all__ = ["heads_kin_filed_for"]

# the kin a grown writer files for, longer words first
_ELDER = r"(?:คู่สมรส|ภรรยา|ภริยา|มารดา|บิดา|สามี|พ่อ|แม่|ยาย|ปู่|ย่า|ตา|ลุง|ป้า|น้า|อา)"
# "ข้อมูลมารดา", "ข้อมูลของบิดา (คนพิการ)", "ข้อมูลแม่ผู้ป่วย": a part's heading on kin
# (not "ข้อมูลแม่บ้าน": another word that opens with the kin's)
_KIN_HEADING = re.compile(
    rf"^\s*ข้อมูล(?:ของ)?\s*(?:คุณ)?(?P<kin>{_ELDER})(?:(?![\u0e01-\u0e4e])|(?=ผู้))"
)
# the one the help is for, noted in the heading (as body_form's _BENEFICIARY heads a part)
_HELPED = re.compile(HELPED)
# "ขอยื่นคำร้องแทนมารดา", "ยื่นเรื่องแทนบิดา", "ส่งคำขอแทนแม่": the writer files for that kin
_FILES_FOR = r"(?<!ผู้)(?:ยื่น|ส่ง|เขียน|แจ้ง)[\u0e01-\u0e4e]{{0,20}}?\s*แทน\s*(?:คุณ)?{kin}"


def heads_kin_filed_for(heading: str, before: Sequence[str]) -> bool:
    """Whether `heading` heads the part of the kin that the lines `before` it say their
    writer files for, or notes that kin as the one the help is for."""
    m = _KIN_HEADING.match(heading)
    if m is None:
        return False
    kin = m.group("kin")
    if _HELPED.search(heading, m.end()):
        return True
    files_for = re.compile(_FILES_FOR.format(kin=kin))
    return any(files_for.search(line) for line in before)
