"""A tip whose writer withholds her name: the people it names are others, set behind.

    ข้าพเจ้าเป็นประชาชนในพื้นที่ ขอไม่เปิดเผยชื่อเพราะเกรงจะได้รับอันตราย
    ...
    หุ้นส่วนผู้จัดการคือ นาง<partner> เลขประจำตัวประชาชน ...

A whistleblower's mail ("ไม่ประสงค์ออกนาม", "ขอไม่เปิดเผยชื่อ", in the text, the Subject or
the sender's display name) names those it tells about: an official, a contractor's
partner with her ID, the office where it happened. None of them is the writer, so the
name, ID, birth date and address read from it are kept (a clerk still sees them) but set
behind (set_behind.behind), never shown as hers without a flag (set 108). One who names
herself ("ดิฉันชื่อ นาง...", "ผู้ร้อง: นาย...") and asks that her name be kept from the one
complained of is the applicant: then nothing is set behind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate
from extractors.set_behind import behind
from extractors.title_options import TITLED_NAME

__all__ = ["anonymous_tip", "anonymous_writer_behind"]

# The writer withholding her name or who she is: "ไม่ประสงค์(จะ)ออกนาม", "ไม่ขอออกนาม",
# "(ขอ)ไม่(ขอ)เปิดเผยชื่อ/ตัวตน/นาม", "ไม่ประสงค์จะเปิดเผยชื่อ". "ขอให้ปกปิดชื่อ" (keep my name
# secret) is said by one who gives it, and is not here.
_WITHHELD = re.compile(r"ไม่(?:ประสงค์(?:จะ)?|ขอ)?\s*(?:ออกนาม|เปิดเผย\s*(?:ชื่อ|ตัวตน|นาม))")
# The writer naming herself: her word for herself (not "ของข้าพเจ้า", her son's) and her
# titled name, or a row labelled for the one who complains or reports.
_NAMES_HERSELF = re.compile(
    rf"(?<!ของ)(?:ข้าพเจ้า|ดิฉัน|กระผม|(?<![ก-๙])ผม)\s*(?:ชื่อ)?\s*[:：]?\s*{TITLED_NAME}"
    rf"|(?:ชื่อ)?\s*ผู้(?:ร้อง(?:เรียน|ทุกข์)?|แจ้ง(?:เบาะแส)?)\s*[:：]\s*{TITLED_NAME}"
)
# The values that tell who she is and where she lives; a phone or a box she leaves to be
# answered on is hers, and not here.
_WHO_AND_WHERE = frozenset(
    {"full_name", "national_id", "birth_date", "address", "postal_code", "province"}
)


def anonymous_tip(texts: Sequence[str]) -> bool:
    """Whether the writer of `texts` (the mail's text, Subject, sender's name) withholds
    her name and nowhere names herself."""
    joined = "\n".join(texts)
    return _WITHHELD.search(joined) is not None and _NAMES_HERSELF.search(joined) is None


def anonymous_writer_behind(
    candidates: Sequence[FieldCandidate], texts: Sequence[str]
) -> list[FieldCandidate]:
    """`candidates` with every name, ID, birth date and address set behind where the
    writer of `texts` withholds her name (`anonymous_tip`)."""
    if not anonymous_tip(texts):
        return list(candidates)
    return [behind(c) if c.key in _WHO_AND_WHERE else c for c in candidates]
