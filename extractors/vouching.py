"""Another person who vouches under the applicant's own request (set 51).

    ดิฉัน นางอามีเนาะ ยูโซะ เลขบัตรประชาชน ... อยู่บ้านเลขที่ ... ขอถุงยังชีพ...
    นางอามีเนาะ ยูโซะ

    ข้าพเจ้า ฮัจญีอิสมาแอ สามะ โต๊ะอิหม่ามมัสยิดบ้านตาบา ขอรับรองว่าบ้านหลังนี้ถูกน้ำท่วมจริง
    โทร 081-...

A flood victim's request, the village's imam (a headman, a neighbour) certifying it
below her signature: he writes "ข้าพเจ้า" too, but the request's writer has named
herself already, so his paragraph's name and numbers are his, none of them hers. Read
as the writer's, his name (title and mosque run in) was taken over hers, his mobile
for her empty phone field. So is a paragraph below hers that certifies and names
another person ("ผู้รับรอง นาย... โทร ...", "ลงชื่อ ... ผู้รับรอง (นาย...)").

Not this: a letter whose writer vouches for a person he names ("ข้าพเจ้า <headman> ขอ
รับรองว่า <villager>", extractors.prose.VOUCHED_FOR: the one vouched for is the
applicant), nor a writer certifying her own words ("ข้าพเจ้าขอรับรองว่าข้อความข้างต้น
เป็นความจริง", with her own name or none): only another name makes another person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.thai import CIVIL_TITLE, THAI_WORD, VERB_AFTER_I

__all__ = ["vouching_lines", "vouching_spans"]

_WORD = THAI_WORD
# A writer's "I" and the name she gives after it ("ดิฉัน นาง...", "ข้าพเจ้าชื่อ ...");
# the words after an "I" that is no name's are a verb ("ข้าพเจ้าขอยื่น...").
_I = r"(?<![\u0e01-\u0e4e])(?:ข้าพเจ้า|กระผม|ผม|ดิฉัน)"
_NAMED = re.compile(rf"{_I}\s*(?:ชื่อ\s*)?(?!{VERB_AFTER_I}|รับรอง)(?P<name>{_WORD}(?:\s+{_WORD})?)")
# A person named by a title (a hajji's too) in the certifier's paragraph: "ผู้รับรอง นาย...",
# "(นาย...)" under "ลงชื่อ ... ผู้รับรอง".
# นายก (a mayor: "นายกเทศมนตรี", "นายก อบต.") is none.
_TITLED = re.compile(
    rf"(?<![\u0e01-\u0e4e])(?!นายก(?:เทศมนตรี|องค์การ|ฯ|\s|$))(?:{CIVIL_TITLE}|ฮัจญี|หะยี)\s*{_WORD}"
)
# What certifies: "(ขอ)รับรองว่า ...", or the certifier's role under his signature.
_CERTIFIES = re.compile(r"รับรองว่า|ขอรับรอง|ผู้รับรอง")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_SPACE = re.compile(r"\s*")
# A title and a hajji's ฮัจญี/หะยี before a given name: two names are one person's when
# their given names are the same.
_TITLE = re.compile(rf"^(?:{CIVIL_TITLE})?\s*(?:ฮัจญี|หะยี)?\s*")


def vouching_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each part of `text` in which a person other than its writer
    certifies her request, after she named herself ("ดิฉัน <name>"): a line opening with
    "ข้าพเจ้า <another name>" whose paragraph says รับรองว่า (from that line to the
    paragraph's end, a blank line, or the text's), or a later paragraph that certifies
    (รับรองว่า, ผู้รับรอง) and names another person."""
    first = _NAMED.search(text)
    if first is None:
        return []  # whose request it is the text does not say: no one to tell apart
    writer = _given_name(first.group("name"))
    spans: list[tuple[int, int]] = []
    for m in _NAMED.finditer(text, first.end()):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].strip() or _given_name(m.group("name")) == writer:
            continue  # an "I" inside a sentence, or the writer herself again
        end = _paragraph_end(text, m.end())
        if _CERTIFIES.search(text, m.end(), end):
            spans.append((m.start(), end))
    start = _paragraph_end(text, first.end())
    while start < len(text):
        start = _SPACE.match(text, start).end()  # type: ignore[union-attr]  # matches empty too
        end = _paragraph_end(text, start)
        part = text[start:end]
        certifier = _CERTIFIES.search(part) and any(
            _given_name(n.group(0)) != writer for n in _TITLED.finditer(part)
        )
        if certifier and not any(a < end and start < b for a, b in spans):
            spans.append((start, end))
        start = end + 1
    return sorted(spans)


def _paragraph_end(text: str, at: int) -> int:
    found = _PARAGRAPH_END.search(text, at)
    return found.start() if found else len(text)


def vouching_lines(lines: Sequence[str]) -> set[int]:
    """Indexes of `lines` inside a paragraph in which another person vouches."""
    text = "\n".join(lines)
    spans = vouching_spans(text) if "รับรอง" in text else []
    if not spans:
        return set()
    found: set[int] = set()
    offset = 0
    for index, line in enumerate(lines):
        end = offset + len(line)
        if any(start <= end and offset < stop for start, stop in spans):
            found.add(index)
        offset = end + 1
    return found


def _given_name(name: str) -> str:
    words = _TITLE.sub("", name.strip(), count=1).split()
    return words[0] if words else ""
