"""An automatic answer to our mail, told by its own words where no header says so.

`classify` knows automatic mail by its headers (RFC 3834 Auto-Submitted, Precedence,
vendor headers) and its structure. Some machines answering our acknowledgement write
none of them: another agency's e-Saraban that registers our mail as incoming and
answers with its own receipt ("อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ"), an
ISP's challenge-response filter asking us to prove we are the sender. Threaded on our
acknowledgement they would join the case as the citizen's replies. Only the text says
what they are, so intake asks this of a mail that answers a case's mail, never of a new
mail: web forms and notices a citizen forwards say "do not reply" too and are requests.

The answer's own words are read: quoted text ("> ", below "On ... wrote:" or an Outlook
"Original Message" block) is the mail it answers, and our acknowledgement says it was
"sent automatically" itself. A person's answer that pastes ours without marks is told
by our own lines in it (`ours`: the acknowledgement's fixed lines, which intake knows).
A machine's answer is short, attaches nothing and types no national ID: an answer with
any of these is a person's, whatever it says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import ParsedMessage
from extractors.mail_text import request_lines
from extractors.values import valid_ids_in

__all__ = ["is_automatic_answer"]

# What a machine says of its own mail, in Thai and English: sent by an automatic system,
# an automated message, do not reply; a challenge asking the sender to prove it is one.
# "ไม่ต้องตอบกลับ" (no need to answer) is left out: a citizen's thanks says it too.
_SAYS_AUTOMATIC = re.compile(
    r"ส่ง(?:มา)?\s*(?:โดย|จาก)\s*(?:ระบบ)?\s*อัตโนมัติ"
    r"|(?:ข้อความ|อีเมล์?|จดหมาย)\s*(?:ตอบกลับ|ตอบรับ|แจ้งเตือน)?\s*อัตโนมัติ"
    r"|ระบบ\s*(?:ตอบกลับ|ตอบรับ)\s*อัตโนมัติ"
    r"|(?:กรุณา|โปรด)\s*(?:อย่า|งด)\s*ตอบกลับ"
    r"|ยืนยัน(?:ว่า)?\s*(?:ท่าน|คุณ)\s*เป็น\s*(?:ผู้ส่ง|มนุษย์|บุคคลจริง|คนจริง)"
    r"|\bautomated\s+(?:message|e-?mail|response|reply|notification)"
    r"|\bautomatically\s+generated\b|\b(?:auto-generated|computer-generated)\s+(?:message|e-?mail)"
    r"|\b(?:was|is|has\s+been)\s+(?:sent|generated)\s+automatically\b"
    r"|\b(?:please\s+)?do\s+not\s+reply\b"
    r"|\b(?:prove|verify|confirm)\s+(?:that\s+)?you\s+are\s+(?:a\s+)?"
    r"(?:human|real\s+person|real\s+sender|the\s+sender|not\s+a\s+robot)",
    re.IGNORECASE,
)
MAX_ANSWER_CHARS = 2_000  # a machine's answer is a few lines (read_receipt's bound too)
OUR_LINES_QUOTED = 2  # this many of our own lines in the answer: ours pasted, unmarked


def is_automatic_answer(parsed: ParsedMessage, ours: Sequence[str] = ()) -> bool:
    """Whether a mail answering ours is a machine's answer by its own words (see the
    module's note). `ours`: lines of our own mail it may paste without quote marks."""
    if parsed.attachments:
        return False
    own = _own_text(parsed)
    if not own.strip() or len(own) > MAX_ANSWER_CHARS or any(valid_ids_in(own)):
        return False
    lines = {line.strip() for line in own.splitlines()}
    if sum(line.strip() in lines for line in ours if line.strip()) >= OUR_LINES_QUOTED:
        return False
    return _SAYS_AUTOMATIC.search(own) is not None


def _own_text(parsed: ParsedMessage) -> str:
    """The answer's own lines: of its plain parts, or of the others when it has none."""
    parts = [p for p in parsed.text_parts if p.kind == "plain"] or parsed.text_parts
    return "\n".join(line for p in parts for _, line in request_lines(p.text))
