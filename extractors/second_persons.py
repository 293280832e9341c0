"""People a request form names beside the applicant who neither ask nor act for them
(set 28): the one who died (a funeral-aid form gives the dead person's part first), a
guarantor (ผู้ค้ำประกัน, a lease's or a loan's), a witness (พยาน) and an owner who
consents (the land owner under a building permit, the house owner under a tenant's
water or power request). Their name, ID, address and phone are theirs, never the
applicant's: the label readers treat a part or a column naming one as another party's.
"""

from __future__ import annotations

import re

__all__ = ["DECEASED", "SECOND_PERSON", "SECOND_PERSON_COLUMN"]

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
