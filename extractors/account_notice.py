"""A service's sign-in notice about one of the agency's own accounts.

The saraban mailbox is often the address of the agency's LINE Official Account, its
Facebook page, its Google or Microsoft account; their security notices ("a new sign-in
to your account ... if this was not you, change your password") come from a no-reply
sender, often with no list header. They ask the agency for nothing.

The sender alone decides nothing: web forms, e-service portals and other agencies'
systems hand on citizens' requests from no-reply addresses too. What tells a sign-in
notice is its two sentences together, a sign-in or password and "if this was not you",
in a short mail with no file and no national ID, from an address no person reads
(extractors.machine_mailbox). A form's notification asks the agency to log in to read
the request; it never asks whether the sign-in was theirs.
"""

from __future__ import annotations

import re

from extractors.base import ParsedMessage
from extractors.machine_mailbox import no_person_reads
from extractors.values import valid_ids_in

__all__ = ["is_sign_in_notice"]

_SIGN_IN = re.compile(
    r"เข้าสู่ระบบ|ลงชื่อเข้าใช้|ล็อกอิน|รหัสผ่าน|\bsign[\s-]?in\b|\blog[\s-]?in\b|\bpassword\b",
    re.IGNORECASE,
)
# "If this was not you": the question only an account's owner is asked.
_NOT_YOU = re.compile(
    r"(?:หาก|ถ้า)\s*(?:นี่|การเข้าสู่ระบบนี้|การดำเนินการนี้)?\s*ไม่ใช่\s*(?:คุณ|ท่าน)"
    r"|(?:หาก|ถ้า)\s*(?:คุณ|ท่าน)\s*ไม่ได้\s*(?:เป็นผู้)?\s*(?:เข้าสู่ระบบ|ดำเนินการ|ทำรายการ)"
    r"|\bif\s+(?:this|it)\s+(?:wasn[’']?t|was\s+not)\s+you\b"
    r"|\bif\s+you\s+(?:didn[’']?t|did\s+not)\s+(?:do\s+this|sign\s+in|log\s+in|make\s+this)",
    re.IGNORECASE,
)
MAX_NOTICE_CHARS = 3_000  # a notice is a few lines; a request handed on runs longer


def is_sign_in_notice(parsed: ParsedMessage) -> bool:
    """Whether the mail is a service's sign-in notice to an account's owner (see the
    module's note)."""
    if parsed.attachments or not no_person_reads(parsed.from_addr):
        return False
    parts = [p for p in parsed.text_parts if p.kind == "plain"] or parsed.text_parts
    text = "\n".join(p.text for p in parts)
    if not text.strip() or len(text) > MAX_NOTICE_CHARS or any(valid_ids_in(text)):
        return False
    return _SIGN_IN.search(text) is not None and _NOT_YOU.search(text) is not None
