"""A titled name followed at once by a home and a phone: a person's own contact, one line.

    ขอหมอมาเยี่ยมที่บ้านหน่อย ... นาง<her> 17 หมู่ 8 ตำบล... จังหวัด... 41000 โทร 08...

A mail typed on a phone in one line says what is wanted, then who the writer is as an
envelope does: her titled name, her house number and its road or หมู่, her number (set
128: an elder's one-line mail for a home visit). No label and no "ข้าพเจ้า" name her, so
no other reader takes the name. The name followed at once by an address that a phone
ends, the line ending there, is read as the one who writes, flagged as a sentence's
value is.

Not in a complaint: the one complained of may be named with his home and number. Not
where the writer names herself ("ดิฉันชื่อ ..."): a landlord or a neighbour so named is
another (the caller checks that).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.role_words import COMPLAINT
from extractors.title_options import TITLED_NAME

__all__ = ["NAME_BEFORE_ADDRESS", "names_before_address"]

NAME_BEFORE_ADDRESS = "titled name before its home and phone"
# The name, a house number ("17", "112/4", "บ้านเลขที่ 9") and an address's next part (หมู่,
# ถนน, ซอย, ตำบล, แขวง) at once after it; then on the same line a phone's word and digits.
_NAME_HOME_PHONE = re.compile(
    rf"(?<![\u0e01-\u0e4e])(?P<v>{TITLED_NAME})[ \t]+"
    r"(?:(?:บ้าน)?เลขที่[ \t]*)?[0-9๐-๙]{1,5}(?:/[0-9๐-๙]{1,4})?[ \t]+"
    r"(?:หมู่|ม\.|ถนน|ถ\.|ซอย|ซ\.|ตำบล|ต\.|แขวง)"
    r"[^\n]{0,160}?(?:โทร(?:ศัพท์)?|เบอร์|มือถือ)\.?[ \t]*[:：]?[ \t]*[0-9๐-๙+][0-9๐-๙ \-]{7,14}"
    # the contact ends the line, as a sign-off does: a particle or a note in brackets at
    # most ("... โทร 08... เลี้ยงหมาปล่อยกัดคน": a neighbour told of, his doing after him)
    # (each part takes its own spaces after it: runs of spaces side by side would try
    # every split of a line padded with spaces, cubic in its length)
    r"[ \t]*(?:(?:ค่ะ|คะ|ครับ|นะคะ|นะครับ|จ้า|จ้ะ)[ \t]*)?(?:[(（][^()（）\n]{0,30}[)）][ \t]*)?"
    r"(?:[.!][ \t.!]*)?$",
    re.MULTILINE,
)
_COMPLAINT = re.compile(COMPLAINT)


def names_before_address(text: str) -> Iterator[tuple[str, int]]:
    """(the titled name as written, its offset) for each name over its home and phone on
    one line of `text`; none in a complaint."""
    if _COMPLAINT.search(text) is not None:
        return
    for m in _NAME_HOME_PHONE.finditer(text):
        yield m.group("v"), m.start("v")
