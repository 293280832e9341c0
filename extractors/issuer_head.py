"""A sheet's head block under its maker's name: the maker's contacts, not the asker's.

A firm that files for a family (a funeral home's case sheet, set 69) opens its sheet as
its letterhead: its own name alone on the first row, its address, line and box under it,
then the people the request is about, the one who asks marked as such:

    สถานรับจัดงานศพ ...                    the firm's name: no person, no form's title
    ที่อยู่ | 55/9 ถนน...                     the firm's address
    โทร | 034-... | อีเมล | ...@...            the firm's line and box
    (blank)
    ผู้ถึงแก่กรรม | นาย...                     the deceased's rows
    ผู้ขอ (เจ้าภาพ) | นาง...                   the one who asks, named by her part
    ที่อยู่ผู้ขอ | ...

Where the sheet names the asker so, below a head that names no one, the head's address,
phone and box are the firm's: set behind (flagged where nothing else is given), and the
same number or box again lower down (its staff's "โทร" beside their name) with them. A
sheet whose first rows name a person, or that never names the asker's part, is left as
read: its head may be the applicant's own.

So is a head whose first row names its maker under a label, a firm or a lawyer writing
for the one it names below as its insured or client (set 77):

    บริษัท | บริษัท ... ประกันภัย จำกัด         ทนายความ | นาย<lawyer>
    ผู้ติดต่อ | นาย<officer> | โทร | ... | อีเมล    โทรสำนักงาน | ... | อีเมล | ...
    ผู้เอาประกันภัย ... (the claim's row)         ลูกความ (ผู้เสียหาย) | นาง<client>

there the person in the head (the firm's contact) is the maker's staff: his name is set
behind with the head's line and box.

So is an agent's sheet for a sale (set 80): her name in the head under her part in it
(ผู้ประสานงาน, นายหน้า, ตัวแทน), her office, line and box, and below the sale's sides a
row each, the seller's read as the asker's (sheet_roles.sellers_lines, which the caller
passes): the agent is no side of the sale, her name is set behind with her line and box.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from extractors.base import FieldCandidate
from extractors.body_form import OWN_PARTY
from extractors.juristic import is_juristic_name
from extractors.role_words import ACADEMIC_OFFICE, AGENT, BOOKKEEPER, CLIENT, REPORTER
from extractors.set_behind import BEHIND_CONFIDENCE, compared, first_block, with_values_behind
from extractors.thai import CIVIL_TITLE

__all__ = ["ISSUERS_CONFIDENCE", "without_issuers_head"]

ISSUERS_CONFIDENCE = BEHIND_CONFIDENCE
# What a letterhead gives: where the maker is and how to reach it.
_CONTACT_KEYS = frozenset({"address", "province", "postal_code", "phone", "email"})
_PERSON_KEYS = frozenset({"full_name", "national_id", "birth_date"})
# A form's own title ("แบบคำขอ...", "คำร้อง...") or a list's ("บัญชี...", "รายชื่อ..."): the
# asker's form, not a maker's name.
_TITLE_OF_A_FORM = re.compile(r"(?:แบบ|คำ(?:ขอ|ร้อง)|บัญชี|รายชื่อ|ข้อมูล|ใบ)")
_PERSON = re.compile(CIVIL_TITLE)
# A maker named under a label on the first row: a firm, an office, a lawyer.
_MAKERS_LABEL = re.compile(r"\s*(?:บริษัท|ห้างหุ้นส่วน|สำนักงาน|ทนายความ)\s*[:：]")
# The one a firm or a lawyer writes for, by what she is to it: its insured, its client.
_FOR_WHOM = re.compile(CLIENT)
# An agent's part in her own head, before her name: she works for the one named below.
_AGENTS_LABEL = re.compile(rf"\s*{AGENT}")
_DIGIT = re.compile(r"[0-9๐-๙]")
# A bookkeeper's or accounting office's words in the head (its name, her licence "ผู้ทำ
# บัญชี เลขทะเบียน ..."): she files for the clients listed below.
_BOOKKEEPERS = re.compile(BOOKKEEPER)
# Someone's own values read below the head: a client's row, whatever its name's label.
_SOMEONES = frozenset({"full_name", "national_id"})


def without_issuers_head(
    lines: Sequence[str], candidates: list[FieldCandidate], sellers: Set[int] = frozenset()
) -> list[FieldCandidate]:
    """`candidates` (read from `lines`, numbered from 1) with the contacts of the sheet's
    head block set behind where the head is its maker's (see the module's docstring);
    `sellers` numbers the lines of a sale's seller's row read as the asker's."""
    labelled = _labelled_maker(lines)
    reporter = _reporters_head(lines)
    office = _offices_head(lines)
    head = _head_lines(lines) or labelled or reporter or office
    if not head:
        return candidates
    sale_below = any(n > max(head) for n in sellers)
    bookkeeper = _a_bookkeepers(lines, head) and _someone_below(candidates, max(head))
    # a faculty's sheet for its student: her rows below its head (set 96)
    students = bool(office) and _someone_below(candidates, max(head))
    if not (_names_the_asker(candidates, max(head)) or sale_below or bookkeeper or students):
        return candidates
    in_head = [c for c in candidates if (c.provenance.line or 0) in head]
    agent = (_an_agents(in_head) and sale_below) or bookkeeper or bool(reporter) or students
    if not (labelled or agent) and any(c.key in _PERSON_KEYS for c in in_head):
        return candidates  # a person's own block: her name or ID under the title
    keys = _CONTACT_KEYS | (_PERSON_KEYS if labelled or agent else frozenset())
    return with_values_behind(candidates, {compared(c) for c in in_head if c.key in keys})


def _labelled_maker(lines: Sequence[str]) -> set[int]:
    """The numbers of the first block's lines, down to the first blank one, when its
    first line names the maker under a label (a firm, an office, a lawyer) or gives a
    juristic person's name as its value."""
    texts = [line.strip() for line in lines]
    if not texts or ":" not in texts[0]:
        return set()
    value = texts[0].split(":", 1)[1].strip()
    if not (_MAKERS_LABEL.match(texts[0]) or is_juristic_name(value)):
        return set()
    return first_block(texts)


def _reporters_head(lines: Sequence[str]) -> set[int]:
    """The numbers of the first block's lines, down to the first blank one, when one of
    them names its person under the part of the one who reports or gathers the list
    (ผู้รายงาน, ผู้จัดทำ: role_words.REPORTER) with a pair after it (his post, "ตำแหน่ง"):
    an official's sheet of the cases he sends on, the asker named below (set 94); or
    with a bookkeeper's words in it ("จัดทำโดย | <name> | ผู้ทำบัญชี เลขทะเบียน ...": an
    accountant's summary for a client, set 105), her office, line and box under it."""
    texts = [line.strip() for line in lines]
    block = first_block(texts)
    said = [texts[n - 1] for n in sorted(block)]
    if any(_REPORTERS_LINE.match(t) for t in said) and any(
        _POST.search(t) or _BOOKKEEPERS.search(t) for t in said
    ):
        return block
    return set()


def _offices_head(lines: Sequence[str]) -> set[int]:
    """The numbers of the first block's lines, down to the first blank one, when one of
    them gives an office's name as its value (a faculty, a university, a school:
    role_words.ACADEMIC_OFFICE, no person's title) above any person's name: a
    university's sheet for one student, its coordinator, line, box and advisor in its
    head, her rows below (set 96). Its people and lines are the office's, never the
    student's."""
    texts = [line.strip() for line in lines]
    block = first_block(texts)
    for n in sorted(block):
        pair = texts[n - 1].split(":", 1)
        if len(pair) == 2 and _OFFICES_NAME.match(pair[1].strip()):
            return block
        if _PERSON.search(texts[n - 1]):
            return set()  # a person's own sheet, her office under her name
    return set()


_OFFICES_NAME = re.compile(rf"{ACADEMIC_OFFICE}(?![^\n]*{CIVIL_TITLE})")
# The reporter's name under his part; his post beside it or on a line of the block.
_REPORTERS_LINE = re.compile(rf"(?:ชื่อ)?{REPORTER}\s*[:：]\s*\S")
_POST = re.compile(r"ตำแหน่ง")


def _head_lines(lines: Sequence[str]) -> set[int]:
    """The numbers of the lines under the first one down to the first blank line, when
    the first is a maker's name alone: no digit, no person, no form's title, no pair."""
    texts = [line.strip() for line in lines]
    if not texts or not texts[0] or ":" in texts[0] or _DIGIT.search(texts[0]):
        return set()
    if _PERSON.search(texts[0]) or _TITLE_OF_A_FORM.match(texts[0]):
        return set()
    return first_block(texts, start=2)


def _names_the_asker(candidates: list[FieldCandidate], below: int) -> bool:
    """Whether a name below line `below` is given under a label naming the asker's part."""
    return any(
        c.key == "full_name"
        and (c.provenance.line or 0) > below
        and (
            OWN_PARTY.search(c.provenance.label or "") is not None
            or _FOR_WHOM.search(c.provenance.label or "") is not None
        )
        for c in candidates
    )


def _an_agents(in_head: list[FieldCandidate]) -> bool:
    """Whether the head's person is named under an agent's part (ผู้ประสานงาน...)."""
    return any(
        c.key == "full_name" and _AGENTS_LABEL.match(c.provenance.label or "") is not None
        for c in in_head
    )


def _a_bookkeepers(lines: Sequence[str], head: set[int]) -> bool:
    """Whether the head, or the maker's name alone above it, names a bookkeeper or an
    accounting office (set 88: an accountant's sheet of the shops she files for)."""
    return any(_BOOKKEEPERS.search(lines[n - 1]) for n in range(1, max(head) + 1))


def _someone_below(candidates: list[FieldCandidate], below: int) -> bool:
    """Whether a name or an ID is read below line `below`: the client's row."""
    return any(c.key in _SOMEONES and (c.provenance.line or 0) > below for c in candidates)
