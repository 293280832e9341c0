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

# What a machine says of ITS OWN mail, in Thai and English: this mail was sent by an
# automatic system, is an automated message, do not reply to it; or a challenge asking us
# to prove we are the sender. Said of this mail ("...นี้", "this ..."): a citizen's
# follow-up speaks of ours in the same words ("ได้รับข้อความตอบกลับอัตโนมัติแล้วแต่...",
# "I got your automated message but ...") and is a person's. "ไม่ต้องตอบกลับ" (no need
# to answer) is left out: a citizen's thanks says it too.
_THIS_MAIL = r"(?:อีเมล์?|ข้อความ|จดหมาย(?:อิเล็กทรอนิกส์)?)\s*(?:ฉบับ)?\s*นี้"
_SAYS_AUTOMATIC = re.compile(
    rf"{_THIS_MAIL}\s*(?:เป็น|ถูก|ได้|จะ)?\s*(?:การ)?\s*(?:ส่ง|สร้าง|ตอบ(?:กลับ|รับ)|แจ้ง)"
    r"[^\n]{0,20}?อัตโนมัติ"
    rf"|(?:กรุณา|โปรด)\s*(?:อย่า|งด)\s*ตอบกลับ\s*{_THIS_MAIL}"
    r"|ยืนยัน(?:ว่า)?\s*(?:ท่าน|คุณ)\s*เป็น\s*(?:ผู้ส่ง|มนุษย์|บุคคลจริง|คนจริง)"
    r"|\bthis\s+(?:is\s+an?\s+)?(?:automated|automatic|auto-generated|computer-generated"
    r"|automatically\s+generated)\s+(?:message|e-?mail|response|reply|notification)"
    r"|\bthis\s+(?:message|e-?mail|notification|reply)\s+(?:was|is|has\s+been)\s+"
    r"(?:sent|generated)\s+automatically\b"
    r"|\bplease\s+do\s+not\s+reply\s+to\s+this\b"
    r"|\b(?:prove|verify|confirm)\s+(?:that\s+)?you\s+are\s+(?:a\s+)?"
    r"(?:human|real\s+person|real\s+sender|the\s+sender|not\s+a\s+robot)",
    re.IGNORECASE,
)
# A person writing of herself: a machine's answer has no "I". An officer's out-of-office
# with no header says "ดิฉัน": filed as a reply a clerk reads, the safer mistake.
_FIRST_PERSON = re.compile(r"ดิฉัน|กระผม|ผม|หนู|ข้าพเจ้า|\bI\b|\b[Mm]y\b")
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
    return _SAYS_AUTOMATIC.search(own) is not None and _FIRST_PERSON.search(own) is None


def _own_text(parsed: ParsedMessage) -> str:
    """The answer's own lines: of its plain parts, or of the others when it has none."""
    parts = [p for p in parsed.text_parts if p.kind == "plain"] or parsed.text_parts
    return "\n".join(line for p in parts for _, line in request_lines(p.text))
