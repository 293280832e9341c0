"""The line a phone or a mail app writes under what its user typed ("Sent from my iPhone",
"ส่งจาก iPhone ของฉัน", "Get Outlook for Android", "ส่งจาก Yahoo Mail บน Android"): the
program's words, never the citizen's. Under a name signed at the foot ("(นางสาว ...)"
over "ผู้ยื่นคำร้อง") it was read as the value below that role, and after a form
mailer's JSON it hid the dump. Blanked (the line kept, empty, so line numbers hold)
before the body's readers see the text.

Written from the signatures the phones and apps set by default, in Thai and English:
Apple (iPhone, iPad), Samsung, Huawei, Xiaomi, OPPO, vivo, Android's own, Outlook, Yahoo
Mail, Mail for Windows. Only a whole line, short, starting with "Sent from" /
"ส่งจาก" / "Get Outlook" / "รับ Outlook", and naming a device or an app: "ส่งจากบ้าน"
(sent from home) or "Sent from the village office" is the citizen's sentence, and so is
a line with a phone number or a polite particle in it.
"""

from __future__ import annotations

import re

__all__ = ["is_device_signature", "without_device_signatures"]

MAX_SIGNATURE_CHARS = 80  # the default lines are short; a longer line is a sentence

# The devices and apps the default signatures name (a brand alone is enough after
# "Sent from my": "Sent from my Xiaomi").
_DEVICE = (
    r"(?:iPhone|iPad|iPod|Apple\s+Watch|Samsung|Galaxy|Huawei|HUAWEI|Honor|Xiaomi|Redmi|POCO|"
    r"OPPO|vivo|realme|OnePlus|Nokia|Motorola|Sony|Pixel|Android|BlackBerry|Windows|"
    r"Mail|Outlook|Yahoo|Gmail|iOS|mobile|smartphone|phone|tablet|"
    r"โทรศัพท์|มือถือ|สมาร์ทโฟน|สมาร์ตโฟน|แท็บเล็ต|อุปกรณ์)"
)
_LINE = re.compile(
    r"^\s*(?:"
    rf"sent\s+(?:from|with|via|using)\s+(?:my\s+)?(?:\S+\s+){{0,4}}?{_DEVICE}\b.*"
    rf"|ส่ง(?:จาก|ด้วย|โดย|ผ่าน)\s*(?:\S+\s*){{0,4}}?{_DEVICE}.*"
    r"|(?:get|รับ|ดาวน์โหลด)\s+Outlook\s+(?:for|สำหรับ)\s+\S+.*"
    r")$",
    re.IGNORECASE,
)
# what a default signature never holds: a phone number, a polite particle (a citizen's
# sentence: "ส่งจากโทรศัพท์ของลูกสาว โทร 08... ได้ค่ะ")
_SENTENCE = re.compile(r"[0-9๐-๙]{5}|[0-9]{2,}[- ][0-9]{3,}|ครับ|ค่ะ|คะ|นะ|จ้า|เพราะ")


def is_device_signature(line: str) -> bool:
    """Whether the whole line is a phone's or a mail app's default signature."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= MAX_SIGNATURE_CHARS
        and _LINE.match(stripped) is not None
        and _SENTENCE.search(stripped) is None
    )


def without_device_signatures(text: str) -> str:
    """`text` with each device-signature line emptied (its line break kept)."""
    if "Sent" not in text and "sent" not in text and "ส่ง" not in text and "Outlook" not in text:
        return text  # most mails: no scan of every line
    lines = text.split("\n")
    return "\n".join("" if is_device_signature(line) else line for line in lines)
