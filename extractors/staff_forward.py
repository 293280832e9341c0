"""A staff member's forward of someone else's words: whose values are whose (set 29).

A clerk forwards a citizen's chat (a LINE Official Account, a Facebook page's message) or
mail from her own mailbox on the agency's domain: her note and signature first ("โทร
043-xxx-xxx ต่อ 12", her mobile), then a marker line ("----- แชท LINE OA -----",
"---------- Forwarded message ---------"), then the citizen's words. Her note is hers,
not the citizen's: its values are dropped where the forwarded text holds values of its
own. And the numbers of her signature are the office's: the same number repeated inside
the forwarded text (the chat account's "สอบถามโทร ...", a page's automatic reply) is no
citizen's phone either.

Only a sender on the agency's own government domain (`own_domain`) is staff: a citizen
forwarding their own earlier mail keeps the phone they sign with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, ParsedMessage
from extractors.forwarding_letter import NOT_THE_APPLICANTS
from extractors.names import name_key
from extractors.own_domain import on_agency_domain
from extractors.role_lines import ANOTHERS_ROLE_LINE
from extractors.validate import normalise_phone
from extractors.values import PHONE_IN_TEXT

__all__ = ["without_staff_note"]

# A marker line: words between runs of dashes, equals signs or stars ("----- แชท LINE OA
# -----", "===== บทสนทนา =====", "-------- ข้อความต้นฉบับ --------"), or a mail program's
# own ("Begin forwarded message:"). A bare rule (no words) is a separator, not a marker.
_MARKER = re.compile(
    r"^[ \t]*(?:[-=*_]{2,}[ \t]*[^-=*_\s][^\n]*?[ \t]*[-=*_]{2,}|Begin forwarded message:"
    r"|เริ่มข้อความที่ส่งต่อ:)[ \t]*$",
    re.IGNORECASE,
)


MAX_MARKER_CHARS = 120  # a marker is a short line: a long one is not tried (its lazy run)


def _is_marker(line: str) -> bool:
    return len(line) <= MAX_MARKER_CHARS and _MARKER.match(line) is not None


def without_staff_note(
    parsed: ParsedMessage, candidates: Sequence[FieldCandidate], recipients: Sequence[str]
) -> list[FieldCandidate]:
    """`candidates` without the forwarding staff member's own values, when the mail is
    from the agency's domain and a plain text part has a marker line below her note; her
    own name, wherever she signs, below any other."""
    if not on_agency_domain(parsed.from_addr, recipients):
        return list(candidates)
    candidates = _below_others(candidates, parsed.from_name)
    notes: dict[str, int] = {}  # part -> the marker's line number (1-based)
    numbers: set[str] = set()
    for text in parsed.text_parts:
        if text.kind != "plain":
            continue  # an HTML part's lines are numbered as rendered, not as here
        lines = text.text.splitlines()
        marker = next((i for i, line in enumerate(lines, 1) if _is_marker(line)), None)
        if marker is None or not any(line.strip() for line in lines[: marker - 1]):
            continue
        # a marker opens the words forwarded under it: one with none below is a footer
        # (an e-service's "-- อีเมลนี้ส่งจากระบบอัตโนมัติ ... สอบถามโทร ... --", set 104)
        if not any(line.strip() for line in lines[marker:]):
            continue
        notes[text.part] = marker
        for line in lines[: marker - 1]:
            numbers |= {
                p for m in PHONE_IN_TEXT.finditer(line) if (p := normalise_phone(m.group(0)))
            }
    if not notes:
        return list(candidates)
    below = {
        c.provenance.part
        for c in candidates
        if c.provenance.part in notes
        and c.key not in NOT_THE_APPLICANTS
        and (c.provenance.line or 0) > notes[c.provenance.part]
    }
    return [c for c in candidates if not _staffs(c, notes, below, numbers)]


def _staffs(c: FieldCandidate, notes: dict[str, int], below: set[str], numbers: set[str]) -> bool:
    """Whether the value is the forwarding staff member's: read in her note above the
    marker (when the forwarded text gives values), or one of her signature's numbers."""
    if c.key in NOT_THE_APPLICANTS:
        return False
    if c.key == "phone" and normalise_phone(c.value) in numbers:
        return True
    part, line = c.provenance.part, c.provenance.line
    return part in below and line is not None and line < notes[part]


# A clerk who passes a citizen's chat or call on in a memo or a mail signs it with her own
# name ("(นางสาว...)" under จึงเรียนมา, her name above her post): the name the mail's From
# gives, with or without her title. It is no applicant's where the text names another,
# so it ranks below any other name; where none is named it is kept, flagged (a clerk
# may write her own request from her work box).
STAFF_NAME = 0.3
NAME_KEY = "full_name"


def _below_others(candidates: Sequence[FieldCandidate], sender: str) -> list[FieldCandidate]:
    own = name_key(sender)
    if len(own.split()) < 2:  # a display name of one word may be part of any name
        return list(candidates)
    # a name the sentences say is another's ("คู่สมรส นาย... <his ID>") is no applicant
    # the clerk passes on: her own claim for her spouse's bill is hers (set 81)
    if not any(
        c.key == NAME_KEY and name_key(c.value) != own and c.provenance.label != ANOTHERS_ROLE_LINE
        for c in candidates
    ):
        return list(candidates)
    return [
        c.model_copy(update={"confidence": min(c.confidence, STAFF_NAME)})
        if c.key == NAME_KEY and name_key(c.value) == own
        else c
        for c in candidates
    ]
