"""The values a letter says of the one it is about, after her name: hers, not the writer's.

    ข้าพเจ้า <headman> เลขประจำตัวประชาชน <his> ... ขอรับรองว่า <elder> เลขประจำตัวประชาชน
    <hers> เกิด ... อาศัยอยู่จริงที่ <her home> โทรศัพท์ <hers> เป็นผู้มีคุณสมบัติ...

    ด้วยข้าพเจ้า <son> เป็นบุตรชายของ <mother> เลขประจำตัวประชาชน <hers> ... อาศัยอยู่ที่
    <her home> โทรศัพท์ <hers> ... ข้าพเจ้าทำงานอยู่กรุงเทพฯ จึงขอยื่นคำขอแทน

A letter whose writer vouches for another (prose.VOUCHED_FOR) or files for her
(acting_for) is about her: her name was read as such, but the ID, birth date, phone and
home said right after it were read as anyone's, and the writer's (his ID before, his
phone under his signature, his Bangkok sender's block) won (set 55). From her name to
the end of its paragraph, or to where the writer speaks of himself again ("ข้าพเจ้า..."),
or his signature and closing begin, the values are hers: they take the label her name
took, so the reader that ranks a letter's subject over its writer (extract) ranks them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.title_options import TITLED_NAME

__all__ = ["said_of_subject"]

Entity = tuple[str, str, int, str]

# The fields a letter says of a person; not the e-mail, which is the sender's box.
_HERS = frozenset({"national_id", "birth_date", "phone", "address", "postal_code", "province"})
# Where what is said of her ends: a blank line, the writer's own "I" again, the date it is
# given, his signature or the letter's closing.
# So does the writer's own number said as his ("ติดต่อข้าพเจ้าได้ที่ 09...", a daughter's
# letter for her mother, set 124): the word glued to ติดต่อ is still the writer's "I".
_END = re.compile(
    r"\n[ \t]*\n|(?<![\u0e01-\u0e4e])(?:ข้าพเจ้า|กระผม|ดิฉัน)|ให้ไว้\s*ณ|ลงชื่อ"
    r"|ขอแสดงความนับถือ|จึงเรียนมา|ติดต่อ(?:กลับ)?(?:ข้าพเจ้า|กระผม|ผม|ดิฉัน)"
)


def said_of_subject(text: str, entities: Sequence[Entity], about: Sequence[str]) -> list[Entity]:
    """`entities` of `text`, those said after the name of a person the letter is about
    (a full_name whose label is in `about`) up to the end of what is said of her
    relabelled with her name's label."""
    spans = []
    for key, value, offset, label in entities:
        if key == "full_name" and label in about:
            # her name again further on opens what is said of her there too ("โทรศัพท์
            # ของ<her> 08...", a paragraph of its own under an abbot's letter, set 104)
            for at in (offset, *_named_again(text, value, offset)):
                end = _END.search(text, at + len(value))
                stop = end.start() if end else len(text)
                if at != offset:  # named again: to her line's end only
                    line_end = text.find("\n", at)
                    stop = min(stop, line_end if line_end != -1 else len(text))
                # or where another person is named: a witness's name and number after hers
                # (a lawyer's mail, set 77: "พยาน: นาย... โทร ..." then the client's own)
                spans += [
                    (a, b, label) for a, b in _said_of_her(text, at, at + len(value), stop, value)
                ]
    if not spans:
        return list(entities)
    out = []
    for key, value, offset, label in entities:
        span = next((s for s in spans if s[0] < offset < s[1]), None)
        if span is not None and key in _HERS and label not in about:
            label = span[2]
        out.append((key, value, offset, label))
    return out


# Not a title glued to the word before it: a place's name holds นาง or นาย ("ตำบลโพนาง
# ดำออก", "บ้านนายาง", set 92), and read as another person there it cut her address short
# before its province and code (her son's Bangkok ones were taken).
_TITLED = re.compile(rf"(?<![\u0e01-\u0e4e.]){TITLED_NAME}")


def _named_again(text: str, name: str, after: int) -> list[int]:
    """Where `name` is written again after offset `after`."""
    found, at = [], text.find(name, after + len(name))
    while at != -1:
        found.append(at)
        at = text.find(name, at + len(name))
    return found


def _said_of_her(text: str, at: int, begin: int, stop: int, hers: str) -> list[tuple[int, int]]:
    """The spans from her name at `at` (searched on from `begin`) up to `stop` or another
    person's name. A name in brackets is an aside, not the letter turning to another
    ("... (แพทย์ผู้รับรอง นายแพทย์... ว.41236) ติดต่อผู้ป่วยได้ที่เบอร์ 08...", set 111: a
    nurse's referral): what is said of her goes on after the bracket, the aside left out."""
    spans = []
    start = at
    while True:
        other = _another(text, begin, stop, hers)
        aside = _aside(text, begin, other, stop) if other is not None else None
        if aside is None:
            spans.append((start, other if other is not None else stop))
            return spans
        spans.append((start, aside[0]))
        start = begin = aside[1]


def _aside(text: str, begin: int, at: int, stop: int) -> tuple[int, int] | None:
    """The bracket round the name at `at` (opened after `begin`, closed before `stop`)."""
    opened = text.rfind("(", begin, at)
    if opened == -1 or ")" in text[opened:at]:
        return None
    closed = text.find(")", at, stop)
    return (opened, closed + 1) if closed != -1 else None


def _another(text: str, begin: int, stop: int, hers: str) -> int | None:
    """Where, between `begin` and `stop`, a titled name other than `hers` is written."""
    for m in _TITLED.finditer(text, begin, stop):
        if " ".join(m.group().split()) != hers:
            return m.start()
    return None
