"""A juristic person's name: a company, a partnership, a foundation, an association, a
cooperative, a condominium's or an estate's juristic person. A licence or an information
request filed for one puts its name where a form asks the applicant's ("ผู้ขอรับใบอนุญาต:
บริษัท ... จำกัด") and the director who signs below it (set 28; the words for his part:
role_words.SIGNS_FOR_BODY). No person is named so: such a value is never the applicant's
full name, and a reader that meets one as a name leaves it for the person's.
"""

from __future__ import annotations

import re

__all__ = ["is_juristic_name"]

# The forms the Civil and Commercial Code and the registrars give these names, written
# out or abbreviated, at the start of the name (บริษัท ... จำกัด (มหาชน), ห้างหุ้นส่วนจำกัด,
# หจก., บจก., บมจ.), or a company's closing "จำกัด" / "(มหาชน)" after its words.
_OPENING = re.compile(
    r"\s*(?:บริษัท|ห้างหุ้นส่วน(?:จำกัด|สามัญ(?:นิติบุคคล)?)?|หจก\.|บจก\.|บมจ\.|หสน\."
    r"|มูลนิธิ|สมาคม|สหกรณ์|วิสาหกิจชุมชน|(?:Company|Co\.|Ltd\.?|Limited|Partnership)\b"
    # a condominium's or a housing estate's juristic person (พ.ร.บ.อาคารชุด, พ.ร.บ.การจัดสรร
    # ที่ดิน): its office's mailbox and signature name it, never a person (set 122)
    r"|นิติบุคคล\s*(?:อาคารชุด|หมู่บ้าน))",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"\s(?:จำกัด|\(มหาชน\)|จำกัด\s*\(มหาชน\)|Co\.,?\s*Ltd\.?|Limited)\s*$", re.IGNORECASE
)


def is_juristic_name(value: str) -> bool:
    """Whether `value` names a juristic person, not a natural one."""
    return _OPENING.match(value) is not None or _CLOSING.search(value) is not None
