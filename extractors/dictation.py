"""A phone's voice typing leaves the speaker's spoken commands in as words (set 78):
Gboard and Google Docs write "เว้นวรรค" (space) and "ขึ้นบรรทัดใหม่" / "ขึ้นย่อหน้าใหม่"
(new line, new paragraph) where the speaker said them.

    ผมชื่อนายสมหมาย เว้นวรรค ดวงดี ขึ้นบรรทัดใหม่ โทร ...  ->  ผมชื่อนายสมหมาย ดวงดี\\nโทร ...

Read as the space and the line break meant, the name's surname is the surname, and a
label after a spoken line break opens its line. Only a command standing as a word of its
own (spaces or a line's ends around it) is one: "กรุณาเว้นวรรคให้ถูก" is a sentence.
"จุด" and "ลูกน้ำ" are left as written: a count's classifier ("ไฟดับ 3 จุด") and the
mosquito's larvae an office is asked about; a dictated e-mail's "จุด" is read by
extractors.spoken.
"""

from __future__ import annotations

import re

__all__ = ["as_dictated"]

_NEW_LINE = re.compile(r"[ \t]*(?<!\S)ขึ้น(?:บรรทัด|ย่อหน้า)ใหม่(?!\S)[ \t]*(\n?)")
_SPACE = re.compile(r"[ \t]*(?<!\S)เว้นวรรค(?!\S)[ \t]*")


def as_dictated(text: str) -> str:
    """`text` with voice typing's spoken commands as the space and line break meant."""
    if "ขึ้น" not in text and "เว้นวรรค" not in text:
        return text  # cheap out: nearly every mail
    text = _NEW_LINE.sub("\n", text)  # the line's own break, if any, is the same break
    return _SPACE.sub(" ", text)
