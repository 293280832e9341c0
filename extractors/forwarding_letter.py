"""A letter forwarding a villager's request: which of its values are the villager's.

A sub-district office, a village head (ผู้ใหญ่บ้าน) or a kamnan sends a villager's
request on in an official letter, the villager named in the paragraph that opens it:

    ด้วย นางบุญเรือน ศรีสุข เลขประจำตัวประชาชน ... อยู่บ้านเลขที่ ... ได้ยื่นคำร้อง ...
    ตามที่ นายเอกชัย พรหมวงศ์ ... ได้มายื่นคำร้อง ... นั้น
    ขอส่งคำร้องของ นางสาวกาญจนา แสงทอง ... มาเพื่อโปรดพิจารณา
    ด้วยศูนย์ดำรงธรรมอำเภอ... ได้รับเรื่องร้องเรียนจาก นายสมพร ใจงาม ...

The villager is the applicant, and that paragraph holds their values. The rest of the
letter is the office's: its letterhead, number and address above, and below the signer
with the office's phone, fax and e-mail; so is the covering mail it comes in. Taken as
the citizen's, the office's phone was a wrong value no flag pointed at (blind set 23):
where the villager gave no number, none is better than the office's.

A letter in the first person (ข้าพเจ้า, กระผม, ดิฉัน) is the writer's own request, whatever
its words: its contact lines are the writer's, and nothing here applies to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.base import FieldCandidate
from extractors.mail_text import is_closing
from extractors.thai import THAI_WORD
from extractors.title_options import NOT_AN_OFFICE, PERSONS_TITLE

__all__ = [
    "FORWARDED_FOR",
    "NOT_AN_OFFICE",
    "ForwardedParagraph",
    "forwarded_paragraph",
    "in_paragraph",
    "without_covering_note",
]

FORWARDED_FOR = "the villager a letter forwards (ด้วย/ตามที่/ขอส่งคำร้องของ)"

_WORD = THAI_WORD
# A soldier's unit or a novice's temple writes so too: the name under a rank or a monk's
# title (set 72: "ด้วย ส.อ. <name>", "ด้วยสามเณร<name>").
_NAME = rf"(?P<name>{NOT_AN_OFFICE}{PERSONS_TITLE}[ \t]*{_WORD}[ \t]+(?:ณ[ \t]+)?{_WORD})"
# How an official letter opens on someone else's request: ด้วย/ตามที่ at the paragraph's
# start and a titled name at once, or "ขอส่งคำร้องของ" and the name anywhere.
_OPENS = re.compile(rf"^[ \t]*(?:ด้วย|ตามที่)[ \t]*{_NAME}")
_SENDS_ON = re.compile(
    rf"(?:ขอ|จึงขอ)?(?:นำ)?ส่ง(?:คำร้อง|คำขอ|เรื่อง(?:ร้องเรียน|ร้องทุกข์|ราว)?)ของ[ \t]*{_NAME}"
)
# An office that received the request writes whom from: "ด้วยศูนย์ดำรงธรรมอำเภอ...ได้รับ
# เรื่องร้องเรียนจาก นาย...", "ด้วย อบต. ... ได้รับคำร้องจาก นาง..." (set 73): the citizen, not
# the office that opens the sentence or its officer who signs.
_RECEIVED_FROM = re.compile(
    rf"ได้รับ(?:เรื่อง(?:ร้องเรียน|ร้องทุกข์|ราวร้องทุกข์)?|การร้องเรียน|คำ(?:ร้อง|ขอ)(?:เรียน)?)"
    rf"(?:[ \t]*(?:ทาง|ผ่าน)[^\n]{{0,30}}?)?จาก[ \t]*{_NAME}"
)
# The paragraph opened by ด้วย/ตามที่ must say the person asked ("ได้ยื่นคำร้อง", "ได้มา
# ยื่น", "ได้ร้องขอ") or that the letter sends it on: ด้วย opens any official paragraph.
_ASKED = re.compile(r"ได้(?:มา)?(?:ยื่น|ร้อง|แจ้ง)|ยื่นคำ(?:ร้อง|ขอ)|(?:ขอ|นำ)ส่งคำ(?:ร้อง|ขอ)")
# ... or that the person wishes ("ประสงค์ขอ", a unit's letter on its soldier), or name him
# by his identity at once ("ด้วยสามเณร<name> เลขประจำตัวประชาชน ..."): the paragraph is
# about him, whatever it asks for him (set 72: a temple's letter asking an ID card for its
# novice). Not a child's: a school's letter on its pupil ("ด้วย ด.ช. ... เลขประจำตัว
# ประชาชน ... ผู้ปกครองมีความประสงค์ขอย้าย") is sent by the parent who asks (set 61).
_WISHES = re.compile(r"ประสงค์(?:จะ)?ขอ")
_IDENTIFIED = re.compile(r"[ \t]*(?:หมายเลข|เลข)(?:ประจำตัว|บัตร)")
_CHILD = re.compile(r"ด\.[ชญ]\.|เด็ก(?:ชาย|หญิง)")
# ... but not where the writer is only whom the person asked: an MP's letter, "ตามที่
# <citizen> ... ได้ร้องขอต่อกระผมว่า ..." (set 94), the request the citizen's own.
_FIRST_PERSON = re.compile(r"(?<!ต่อ)(?<!ต่อ )(?<!แก่)(?<!แก่ )(?:ข้าพเจ้า|กระผม|ดิฉัน)")
# The paragraph ends at a blank line, the letter's closing, or the paragraph that draws
# its conclusion ("จึงเรียนมา...", "จึงขอส่ง...", "ในการนี้ ..."), the office's own words.
# The writer may open it in his own voice ("กระผมจึงขอความอนุเคราะห์...", an MP's, set 94).
_NEXT_PARAGRAPH = re.compile(
    r"^[ \t]*(?:(?:ข้าพเจ้า|กระผม|ดิฉัน|ผม)[ \t]*(?=จึง))?(?:จึง|ในการนี้|อนึ่ง|ทั้งนี้|ขอแสดงความนับถือ)"
)
# Values that are not the applicant's own (what the letter is about): kept wherever read.
NOT_THE_APPLICANTS = frozenset({"subject", "details"})


@dataclass(frozen=True)
class ForwardedParagraph:
    first: int  # line numbers, both included
    last: int
    name: str  # the villager, as written, on the first line
    # lines below it, above the closing, that give the villager's number to answer her
    # on ("แจ้งผลให้ผู้ร้องทราบที่หมายเลข ...", an MP's conclusion, set 94)
    answered_at: frozenset[int] = frozenset()


# A sentence that gives the one who asked a number to be answered on: "แจ้งผลให้ผู้ร้อง
# ทราบที่หมายเลข ...", "ผู้ร้องติดต่อได้ที่ ...", "โทร. ของผู้ร้อง ...".
_ASKERS_NUMBER = re.compile(
    r"ผู้ร้อง(?:ทุกข์|เรียน)?[^\n]{0,20}?(?:หมายเลข|เบอร์|โทร|ติดต่อ)"
    r"|(?:หมายเลข|เบอร์|โทร)[^\n]{0,10}?ของผู้ร้อง"
)


def forwarded_paragraph(lines: Sequence[tuple[int, str]]) -> ForwardedParagraph | None:
    """The paragraph of a forwarding letter that names the villager, if the text is one."""
    for i, (number, line) in enumerate(lines):
        found = _OPENS.match(line) or _named_after(line, lines[i + 1 : i + 2])
        if found is None:
            continue
        end = i + 1
        while end < len(lines) and _goes_on(lines[end][1]):
            end += 1
        text = " ".join(line for _, line in lines[i:end])
        if _FIRST_PERSON.search(text):
            return None
        if found.re is _OPENS and not _ASKED.search(text) and not _about_him(found, line, text):
            continue
        name = " ".join(found.group("name").split())
        return ForwardedParagraph(number, lines[end - 1][0], name, _answered_at(lines[end:]))
    return None


def _answered_at(below: Sequence[tuple[int, str]]) -> frozenset[int]:
    """The lines of `below`, down to the letter's closing, that give the asker's number."""
    found: set[int] = set()
    for number, line in below:
        if is_closing(line) or line.strip().startswith("ขอแสดงความนับถือ"):
            break
        if _ASKERS_NUMBER.search(line):
            found.add(number)
    return frozenset(found)


def _about_him(found: re.Match[str], line: str, text: str) -> bool:
    """Whether a paragraph opened by ด้วย and a grown person's name wishes for him or names
    him by his ID at once (_WISHES, _IDENTIFIED)."""
    if _CHILD.match(found.group("name")):
        return False
    return bool(_WISHES.search(text) or _IDENTIFIED.match(line, found.end()))


def _named_after(line: str, below: Sequence[tuple[int, str]]) -> re.Match[str] | None:
    """The villager named after "ขอส่งคำร้องของ" or "ได้รับคำร้องจาก" in `line`; the name
    may go on on the line below, where a letter printed to PDF wrapped it ("...ได้รับคำร้อง
    จาก นางสาวมณี" / "ศรีสวัสดิ์ เลขประจำตัว...")."""
    words = [pattern for cue, pattern in _CUED if cue in line]
    for pattern in words:
        if found := pattern.search(line):
            return found
    if not words or not below or not _goes_on(below[0][1]):
        return None
    joined = f"{line.rstrip()} {below[0][1].lstrip()}"
    for pattern in words:
        found = pattern.search(joined)
        if found is not None and found.start("name") < len(line.rstrip()):
            return found
    return None


# Each with a word it needs: most lines hold neither, and are not searched.
_CUED = (("ส่ง", _SENDS_ON), ("ได้รับ", _RECEIVED_FROM))


def _goes_on(line: str) -> bool:
    return bool(line.strip()) and not is_closing(line) and not _NEXT_PARAGRAPH.match(line)


def in_paragraph(
    candidates: Sequence[FieldCandidate], paragraph: ForwardedParagraph
) -> list[FieldCandidate]:
    """The candidates read inside the villager's paragraph (and what is no one's own
    value: the subject, the details); the office's head and foot are left out."""
    return [
        c
        for c in candidates
        if c.key in NOT_THE_APPLICANTS
        or paragraph.first <= (c.provenance.line or 0) <= paragraph.last
        or (c.key == "phone" and (c.provenance.line or 0) in paragraph.answered_at)
    ]


def without_covering_note(candidates: Sequence[FieldCandidate]) -> list[FieldCandidate]:
    """`candidates` without the mail text's own values when an attached file is a letter
    forwarding a villager's request: the mail is the office's covering note ("ส่ง
    หนังสือตามไฟล์แนบ", its officer and phone), the villager's values are in the letter."""
    if not any(
        c.provenance.label == FORWARDED_FOR and c.provenance.filename_index is not None
        for c in candidates
    ):
        return list(candidates)
    return [
        c
        for c in candidates
        if c.provenance.filename_index is not None or c.key in NOT_THE_APPLICANTS
    ]
