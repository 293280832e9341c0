"""The name a citizen signs a reply with, alone on the last line of their own words
(set 32):

    ส่งเลขบัตรที่ขาดไปค่ะ
    เลขประจำตัวประชาชน 1-6599-...
    เบอร์ 089-...

    รัตนา ศรีเมือง

    เมื่อ จ. 7 ธ.ค. 2569 ... เขียนว่า:
    > ...

No label, no closing word above it, no phone below it (prose's name above the phone):
two Thai words after a blank line (below the request's own lines), ending the text, with
or without a title. The last
line of a mail may as well be a plea ("รบกวน ด้วยนะคะ"): a line that ends with a polite
particle, opens with a verb of asking or is a closing is none. Read as the last resort
of names, flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.mail_text import CLOSING
from extractors.thai import CIVIL_TITLE, THAI_WORD

__all__ = ["CLOSING_NAME", "closing_name"]

CLOSING_NAME = "name alone closing the text"
_WORD = THAI_WORD
_LAST_LINE = re.compile(
    rf"\n[ \t]*\n[ \t]*(?P<s>(?:{CIVIL_TITLE})?[ \t]*{_WORD}[ \t]+{_WORD})[ \t]*\s*\Z"
)
_CLOSING = re.compile(rf"^{CLOSING}", re.IGNORECASE)
# a polite particle ends a sentence, never a family name; these open a plea or a request
_PARTICLE = re.compile(r"(?:ครับ|คร้าบ|ค่ะ|คะ|ขอรับ|จ้ะ|จ้า|นะ|เด้อ|ด้วย)$")
_PLEA = re.compile(
    r"^(?:ข้าพเจ้า|ผม|ดิฉัน|โดย|ขอ|รบกวน|ช่วย|กรุณา|โปรด|แจ้ง|ด่วน|ฝาก|สอบถาม|ส่ง|มี|ได้|จึง|ไม่)"
)


def closing_name(text: str) -> Iterator[tuple[str, str, int, str]]:
    """(field key, value, offset, what found it), as prose.find_entities yields them."""
    m = _LAST_LINE.search(text[-200:])
    if m is None:
        return
    name = " ".join(m.group("s").split())
    if _CLOSING.match(name) or _PARTICLE.search(name) or _PLEA.match(name):
        return
    yield "full_name", name, len(text) - len(text[-200:]) + m.start("s"), CLOSING_NAME
