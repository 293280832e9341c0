"""A read receipt sent as a plain mail, with no report part to tell it by.

RFC 8098 receipts (multipart/report; message/disposition-notification) and Exchange's
Content-Class: urn:content-classes:mdn are told in `classify`. Outlook also sends the
receipt as an ordinary text mail when the account or a relay does not make reports (and
a converter may flatten one): its subject is the receipt's word before the original
subject, its body a few fixed sentences around the original's To/Subject/Sent lines:

    อ่านแล้ว: <subject>                    Read: <subject>
    ข้อความของคุณ                            Your message
      ถึง: ... เรื่อง: ... ส่งเมื่อ: ...       To: ... Subject: ... Sent: ...
    ถูกอ่านเมื่อ <date>                       was read on <date>.

("ไม่ได้อ่าน:" / "Not read:" with "ถูกลบโดยไม่ได้อ่าน" / "was deleted without being read"
when it was deleted unread.) Both the subject and a receipt's sentence are needed, in a
short body with no national ID in it: a citizen's request whose subject happens to start
"อ่านแล้ว:" ("I read your notice: ...") is still a request.
"""

from __future__ import annotations

import re

from extractors.base import ParsedMessage

__all__ = ["is_plain_read_receipt"]

_SUBJECT = re.compile(
    r"^\s*(?:read|not\s+read|read\s+receipt|return\s+receipt|อ่านแล้ว|ไม่ได้อ่าน|ยังไม่ได้อ่าน)\s*[:：]",
    re.IGNORECASE,
)
# The sentence that says what became of the message: read, or deleted unread.
_DONE = re.compile(
    r"ถูกอ่าน(?:แล้ว)?\s*เมื่อ|ได้รับการอ่าน|อ่านแล้ว\s*เมื่อ|ถูกลบ(?:โดย|ไป)?\s*(?:ยัง)?ไม่ได้(?:ถูก)?อ่าน"
    r"|\bwas\s+read\s+(?:on|at)\b|\bhas\s+been\s+read\b|\bwas\s+deleted\s+without\s+being\s+read\b",
    re.IGNORECASE,
)
MAX_RECEIPT_CHARS = 2_000  # a receipt's body is a few lines; a request runs longer


def is_plain_read_receipt(parsed: ParsedMessage, carries_an_id: bool) -> bool:
    """Whether the mail is a read receipt written as text (see the module's note);
    `carries_an_id`: a national ID is typed in its own lines (no receipt has one)."""
    if _SUBJECT.match(parsed.subject) is None or carries_an_id:
        return False
    own = "\n".join(part.text for part in parsed.text_parts).strip()
    return 0 < len(own) <= MAX_RECEIPT_CHARS and _DONE.search(own) is not None
