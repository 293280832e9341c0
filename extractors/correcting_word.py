"""A correcting word before a value: "แก้ไขเป็น 48/2 ถนน...", "เปลี่ยนเป็น 09...".

A citizen correcting a form in place strikes the old value through and types the word
that says what it is now before the new one ("ที่อยู่ ~~3 ม.1~~ แก้ไขเป็น 48/2 ..."); a
struck run is no text, so the label is followed by the word and then the value. The word
says which value is current; it is no part of the value (set 86: an address read
"แก้ไขเป็น 57 หมู่ที่ 2 ...").
"""

from __future__ import annotations

import re

__all__ = ["without_correcting_word"]

# Opening the value only, and followed by more text: "ร้านซ่อมแก้ไขเป็นเลิศ" is a value.
_CORRECTING = re.compile(
    r"^\s*(?:"
    r"(?:ขอ)?(?:แก้ไข|แก้|เปลี่ยน(?:แปลง)?)\s*(?:ให้)?\s*เป็น"
    r"|(?:ที่|ข้อมูลที่)?ถูก(?:ต้อง)?\s*(?:คือ|เป็น)"
    r"|→|->|=>"
    r"|(?:corrected|changed|updated)\s+to\b"
    r")\s*[:：]?\s*(?=\S)",
    re.IGNORECASE,
)


def without_correcting_word(value: str) -> str:
    """`value` without a correcting word at its start; as it is when no value follows."""
    return _CORRECTING.sub("", value, count=1)
