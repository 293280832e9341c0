"""A chat forwarded by one who is no party to its request: the note around it is his.

    ผมส่งข้อความของแม่มาให้ครับ ... ถ้าติดต่อแม่ไม่ได้ติดต่อผมได้
    <son> (ลูกชาย) โทร 09...
    ที่อยู่ปัจจุบัน <his own home in another province>

    [LINE] ประวัติแชทกับ แม่
    19:03<TAB>แม่<TAB>แม่ชื่อ นาง<her> บัตรประชาชน ...
    19:03<TAB>แม่<TAB>บ้านเลขที่ ... (her home)

A mother, a grandfather, a neighbour who cannot mail types her particulars in a chat;
a son, a grandchild or a volunteer saves or pastes the chat into his own mail and writes
a note over it with his own mobile and home, so the office can call him. The request is
hers (sets 31/63): her values are the chat's, his the note's. The chat is another's where
the one who gives an ID in it is named as its other side by LINE's own heading ("ประวัติ
แชทกับ <her>": the one who saved it is someone else) or by the note ("ข้อความของ<her>",
"แชทของ<her>"), and the note itself gives no ID (a writer giving her own particulars
above her chat with an office is its party). The note's values are kept, behind
(set_behind.behind), so none is shown as hers without a flag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, TextPart
from extractors.chat_transcript import chat_messages
from extractors.set_behind import behind
from extractors.validate import national_id_is_valid, normalise_national_id
from extractors.values import ID_IN_TEXT

__all__ = ["forwarders_note_behind"]

# the person's own values a forwarder's note gives of himself
_PERSONAL = frozenset(
    {
        "full_name",
        "national_id",
        "birth_date",
        "phone",
        "email",
        "address",
        "postal_code",
        "province",
    }
)
# LINE's saved file names the chat's other side in its heading
_LINE_HEADING = re.compile(
    r"ประวัติ(?:การ)?แชท\s*(?:กับ)?\s*(?P<with>[^\n]{1,40}?)\s*$"
    r"|chat history with\s+(?P<en>[^\n]{1,40}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# the note says whose messages it sends: "ข้อความของแม่", "แชทจากคุณตา", "ไลน์ของยาย"
_WHOSE = r"(?:ข้อความ|แชท|ไลน์|line)\s*(?:ของ|จาก)\s*(?:คุณ)?\s*"


def _gives_an_id(text: str) -> bool:
    for m in ID_IN_TEXT.finditer(text):
        digits = normalise_national_id(m.group())
        if digits and national_id_is_valid(digits):
            return True
    return False


def _forwarded_span(text: str) -> tuple[int, int] | None:
    """The first and last line of a chat in `text` whose particulars are another's than
    the note's writer's; None where there is none."""
    messages = chat_messages(text)
    if not messages:
        return None
    first, last = messages[0][0], messages[-1][0]
    lines = text.split("\n")
    note = "\n".join(lines[: first - 1] + lines[last:])
    if _gives_an_id(note):
        return None
    givers = {speaker for _, speaker, said in messages if _gives_an_id(said)}
    if not givers:
        return None
    headed = {
        (m.group("with") or m.group("en") or "").strip() for m in _LINE_HEADING.finditer(note)
    }
    named = any(re.search(_WHOSE + re.escape(giver), note, re.IGNORECASE) for giver in givers)
    return (first, last) if givers & headed or named else None


def forwarders_note_behind(
    candidates: Sequence[FieldCandidate], parts: Sequence[TextPart]
) -> list[FieldCandidate]:
    """`candidates` with the personal values of the note around another's forwarded chat
    set behind the chat's."""
    spans = {p.part: span for p in parts if (span := _forwarded_span(p.text)) is not None}
    if not spans:
        return list(candidates)
    out = []
    for c in candidates:
        span = spans.get(c.provenance.part)
        line = c.provenance.line
        outside = span is not None and line is not None and not span[0] <= line <= span[1]
        out.append(behind(c) if outside and c.key in _PERSONAL else c)
    return out
