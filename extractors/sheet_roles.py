"""A sheet of people, one a row under a header row, a column saying who each one is.

A register of those who claim a right, a family's or a household's list, asks the same
columns of everyone, one row each, and names each one's standing in a column of its own:

    ฐานะ          | ชื่อ-สกุล         | เลขประจำตัวประชาชน | โทรศัพท์ ...
    คู่สมรส        | นาย...           | 3...             | 08...
    ผู้ยื่นคำร้อง    | นาง...           | 1...             | 09...

The applicant is the row whose role names the one who asks (ผู้ยื่นคำร้อง, ผู้ขอ, ผู้ร้อง,
ตนเอง, เจ้าของเรื่อง), wherever it sits; the others' rows are other people's values. A note column
empty but in one row may mark that row as the asker's ("ผู้ยื่นคำร้อง" there). When no
row, or more than one, names the asker, the sheet does not say whose request it is: its
rows give nothing rather than the first row's person (a household's members beside a form
that names the applicant). A child's row beside a guardian's is `sheet_people`'s reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set

from extractors.base import FieldCandidate, LabelIndex
from extractors.body_form import OWN_PARTY, parse_label_line
from extractors.role_words import (
    AGENT,
    BODY_MEMBER,
    CARED_FOR,
    CARER_EN,
    CASE_PARTY,
    CERTIFIER,
    CONTACT,
    INFORMANT,
    NEIGHBOUR,
    OTHER_SIDE,
    REPORTER,
    SIGNS_FOR_BODY,
    VICTIM,
)
from extractors.second_persons import DECEASED, SECOND_PERSON
from extractors.set_behind import behind, lines_under
from extractors.sheet_people import MAX_ROLE_CHARS, roles
from extractors.thai import CIVIL_TITLE, KIN

__all__ = [
    "asker_named_row",
    "is_role_cell",
    "listed_lines",
    "listed_rows_behind",
    "own_role_row",
    "role_rows",
    "sellers_lines",
    "sellers_row_behind",
    "several_people",
]

# The asker by his own words in a role cell ("ตนเอง": oneself, "เจ้าของเรื่อง": the one
# the matter is about), beside the form's words for him (ผู้ร้อง, ผู้ยื่น, ผู้ขอ...); a job's
# or a place's applicant (ผู้สมัคร) below her parents' rows on a family sheet (set 96).
_SELF = re.compile(r"ตนเอง|ตัวเอง|เจ้าของเรื่อง|ผู้สมัคร")
# A role that names the asker only to relate another to him, or one acting for him.
_NOT_SELF = re.compile(r"ของ|กับ|แทน|ผู้รับมอบ")
# Another person's standing: a role in ผู้/เจ้า (ผู้อาศัย, เจ้าบ้าน, ผู้รับรอง), kin, a
# household member, a witness, a newborn (ทารก, set 57); a word or two ("บุตรสาว",
# "น้องชาย"), two kin words as one ("พี่/น้อง", "บุตร/ธิดา"), a note in brackets.
_OTHER = re.compile(
    rf"(?:ผู้|เจ้า|{KIN}|{CARED_FOR}|สมาชิก|พยาน|หัวหน้า|เด็ก|ทารก)[\u0e01-\u0e4e /]{{0,20}}"
    r"(?:\s*[(（][^()（）]*[)）])?"
)

# A list's note that marks the one row this request is about among rows already dealt with
# (a headman's list of his elders: "รายใหม่ ยื่นครั้งนี้" beside "ลงทะเบียนแล้ว ปี 2568").
# So too a petition's sheet of signers marking the one who acts for them (ผู้แทน, ตัวแทน,
# ผู้ประสานงาน: the applicant, wherever his row stands, set 71).
_THIS_ONE = re.compile(r"(?:ยื่น|ขอ)(?:คำขอ|คำร้อง)?\s*ครั้งนี้|รายใหม่|^\s*(?:ผู้แทน|ตัวแทน|ผู้ประสานงาน)")
# A group's offices in a committee's column: the chairman signs for the group (sets 66,
# 71), the vice-chairman, secretary, treasurer and members are others.
_CHAIR = re.compile(r"ประธาน(?:กลุ่ม|ชมรม|เครือข่าย|คณะกรรมการ|ชุมชน)?")
_OFFICE = re.compile(r"(?:รองประธาน|เลขานุการ|เหรัญญิก)[\u0e01-\u0e4e]*|กรรมการ|สมาชิก")
# A body's partners or directors a row each (a partnership's list of partners, a
# company's board): the one whose part says he manages it or may sign for it (หุ้นส่วน
# ผู้จัดการ, กรรมการผู้จัดการ, กรรมการผู้มีอำนาจลงนาม, ผู้มีอำนาจลงนาม) is the natural person
# who acts for the body (set 28's ruling), wherever his row stands; a plain partner
# (หุ้นส่วน, with or without limited liability) or director is another. The words are
# role_words' (SIGNS_FOR_BODY, BODY_MEMBER), as a mail's list of partners, a contact's
# label and a Word or HTML table's rows read them (signers_rows, body_form, own_role_row).
_SIGNS_FOR_BODY = re.compile(SIGNS_FOR_BODY)
_PARTNER = re.compile(BODY_MEMBER)

# A carer's part in English, the long-term-care programme's words ("Caregiver", "CG"):
# another's row beside the one cared for, as "ผู้ดูแล" is (set 128).
_CARER_EN = re.compile(CARER_EN, re.IGNORECASE)

Pairs = Callable[[list[str], list[str]], list[str]]
_TITLED = re.compile(CIVIL_TITLE)


# A bilingual role cell gives its Thai word in brackets after the English ("Wife (ภรรยา)
# - house owner", "Son (บุตร)", a foreigner's household sheet, set 82): that word says
# whose row it is.
_THAI_NOTE = re.compile(r"[(（]\s*(?P<w>[\u0e01-\u0e4e][^()（）]*?)\s*[)）]")


def _role(cell: str) -> str | None:
    """ "own" for the asker's role, "other" for another person's, else None."""
    text = cell.strip()
    if not text or len(text) > MAX_ROLE_CHARS or any(ch.isdigit() for ch in text):
        return None
    note = _THAI_NOTE.search(text) if text[0].isascii() else None
    if note is not None:
        text = note.group("w")
    elif _CARER_EN.fullmatch(text):
        return "other"
    if (OWN_PARTY.search(text) or _SELF.search(text)) and not _NOT_SELF.search(text):
        return "own"
    if _CHAIR.fullmatch(text) or _SIGNS_FOR_BODY.fullmatch(text):
        return "own"
    if _OFFICE.fullmatch(text) or _PARTNER.fullmatch(text):
        return "other"
    return "other" if _OTHER.fullmatch(text) else None


def is_role_cell(cell: str) -> bool:
    """Whether `cell` names a row's person by his part, the asker's or another's
    ("ผู้ยื่นคำร้อง", "บุตร"): a role column's answer, though it may read as a label."""
    return _role(cell) is not None


def role_rows(rows: list[list[str]], i: int, pairs: Pairs) -> tuple[list[str], int] | None:
    """When `rows[i]` heads two rows of people or more (each read by `pairs`, the
    column reader, with its role cell left out) and one column names each one's role:
    the asker's row's `label: value` lines (none unless exactly one row names him) and
    the index after the list; else None."""
    head = rows[i]
    people: list[list[str]] = []
    j = i + 1
    while j < len(rows) and rows[j]:
        people.append(rows[j])
        j += 1
    if len(people) < 2 or roles(people) is not None:  # a child and its guardian
        return None
    width = min(len(row) for row in people)
    for k in range(min(width, len(head))):
        found = _with_unknown_others([row[k] for row in people])
        if not all(found):
            continue
        k = _asking_column(people, k, min(width, len(head))) or k
        found = _with_unknown_others([row[k] for row in people])
        read = [pairs(head, _without(row, k)) for row in people]
        if not all(read):
            return None  # the rows do not answer the header: no list of people
        cells = [row[k] for row in people]
        victim = _victims_row(cells, found)
        if victim is not None:
            # a report's victim beside its informant: hers, flagged unless his part says
            # he reports for her (_victims_row)
            at, sure = victim
            return [_ASKERS_HEADING if sure else _SELLERS_HEADING, *read[at]], j
        own = [lines for lines, role in zip(read, found, strict=True) if role == "own"]
        if len(own) == 1 and _victim_beside(cells, found):
            return [_SELLERS_HEADING, *own[0]], j  # a complainant beside a victim: flagged
        if not own and (seller := _sellers_row([row[k] for row in people])) is not None:
            return [_SELLERS_HEADING, *read[seller]], j
        if not own and (cared := _cared_for_row([row[k] for row in people])) is not None:
            return [_SELLERS_HEADING, *read[cared]], j
        if not own and (head_row := _household_head_row([row[k] for row in people])) is not None:
            return [_SELLERS_HEADING, *read[head_row]], j
        if not own and (marked := _marked_row(head, people, pairs, j)) is not None:
            # every row's kin to another (heirs: บุตร, บุตรสาว, หลาน), a note column marking
            # the one who files ("ผู้ยื่นคำร้อง" in หมายเหตุ, set 105): her row, under the
            # asker's heading (a dead owner's block above it is no longer read on into it)
            return ([_ASKERS_HEADING, *marked[0]] if marked[0] else []), marked[1]
        return (own[0] if len(own) == 1 else []), j
    return _marked_row(head, people, pairs, j)


# A sale's two sides a row each, no row saying who asks (an agent's sheet of the papers a
# sale needs, set 80: "ผู้ขาย (เจ้าของ)" over "ผู้ซื้อ"): the papers of a house or a plot are
# its owner's to ask for, so the seller's row is read, under a heading of its own (found
# again by `sellers_lines`), and flagged (`sellers_row_behind`): the sheet never says so,
# a clerk looks. The buyer's row is never the applicant's.
_SELLER = re.compile(r"ผู้(?:จะ)?ขาย(?!ฝาก)")
_BUYER = re.compile(r"ผู้(?:จะ)?ซื้อ")
_SELLERS_HEADING = "ผู้ขาย"
# The heading a marked row's lines are read under: the asker's own part.
_ASKERS_HEADING = "ผู้ยื่นคำร้อง"
SELLERS_SHARE = 0.7  # below review.REVIEW_BELOW from a sure label: a clerk looks


def _sellers_row(cells: list[str]) -> int | None:
    """The index of the one seller's role cell when every other is a buyer's."""
    sellers = [n for n, cell in enumerate(cells) if _SELLER.search(cell)]
    buyers = [n for n, cell in enumerate(cells) if _BUYER.search(cell) and n not in sellers]
    if len(sellers) != 1 or len(buyers) != len(cells) - 1:
        return None
    return sellers[0]


# A visit's or a loan's sheet: the one cared for (a patient, an elder) a row, his carer or
# kin a row each, no row saying who asks (set 89: an อสม.'s home-visit sheet). The service
# is his (sets 31/63), so his row is read, under the same heading as a seller's and
# flagged the same way: the sheet never says who asks, a clerk looks.
_CARED_FOR = re.compile(rf"\s*{CARED_FOR}")


def _cared_for_row(cells: list[str]) -> int | None:
    """The index of the one role cell naming the one cared for, every other naming
    another's standing (none of them his)."""
    cared = [n for n, cell in enumerate(cells) if _CARED_FOR.match(cell)]
    return cared[0] if len(cared) == 1 else None


# A household's sheet: its head a row, the spouse's and children's rows beside his, no row
# saying who asks (set 97: a บ้านมั่นคง household survey, สถานะ "หัวหน้าครัวเรือน", "คู่สมรส",
# "บุตร"). A household's programme is dealt with through its head, as a group's through
# its chairman, so his row is read, under the seller's heading and flagged the same way:
# the sheet never says who sends it, a clerk looks.
_HOUSEHOLD_HEAD = re.compile(r"\s*หัวหน้า(?:ครัวเรือน|ครอบครัว)")


def _household_head_row(cells: list[str]) -> int | None:
    """The index of the one role cell naming the household's head."""
    heads = [n for n, cell in enumerate(cells) if _HOUSEHOLD_HEAD.match(cell)]
    return heads[0] if len(heads) == 1 else None


# A report's sheet or table: the victim (ผู้เสียหาย) a row, the one who reports it (ผู้แจ้ง)
# a row, perhaps the other side's (ผู้ถูกร้อง, คู่กรณี) below (set 119: a son's sheet for his
# mother's loan-shark complaint, her phone cell "-", his mobile in his). The report is
# about her harm and asked for her (sets 31/63): her row is read, the informant's is not.
# Where his part says he reports for her (a kin word in its note, "ผู้แจ้ง (บุตร)", or in
# her stead, "ผู้แจ้งแทน") that is sure; a bare ผู้แจ้ง beside her is read under the
# seller's heading and flagged the same way: the sheet never says whose request it is.
# A complainant's own part (ผู้ร้อง, ผู้ยื่นคำร้อง) beside a victim's row, two people, is
# flagged too (`_victim_beside`). A complaint naming only the party it is against keeps
# its complainant's row as read.
_VICTIM = re.compile(rf"\s*{VICTIM}")
_INFORMANT = re.compile(rf"\s*{INFORMANT}")
# One who sends, files or fills in "in another's stead" (ผู้ส่งแทน, ผู้ยื่นแทน, ผู้กรอกแทน,
# set 125: a grandchild's sheet for her grandmother's dogs, "เจ้าของสัตว์" over "ผู้ส่งแทน
# (หลาน)"): his part says he reports for the one other row, as ผู้แจ้งแทน does. Not the
# bare ผู้แทน (a petition's representative, who asks: _THIS_ONE).
_IN_STEAD = re.compile(r"\s*ผู้[\u0e01-\u0e4e]+แทน")
# a kin word whole in the note ("(บุตร)", "(ลูกสาว)", "(หลานของผู้เสียหาย)"), not a
# word it begins ("(อาสาสมัคร)")
_FOR_HER = re.compile(rf"แทน|[(（]\s*{KIN}(?:ชาย|สาว|หญิง|เขย|สะใภ้)?(?:ของ|\s*[)）/,])")


def _victims_row(cells: list[str], found: list[str | None]) -> tuple[int, bool] | None:
    """The index of the one victim's role cell beside one informant's, and whether the
    informant's says he reports for her; None where there is not exactly one of each,
    the victim's cell is the asker's own ("ผู้เสียหาย (ผู้แจ้ง)") or another row is a
    complainant's own part. No victim's row: the one other row an informant reporting
    for another stands beside (`_reported_for_row`), sure."""
    victims = [n for n, cell in enumerate(cells) if _VICTIM.match(cell) and found[n] != "own"]
    informants = [
        n for n, cell in enumerate(cells) if _INFORMANT.match(cell) or _IN_STEAD.match(cell)
    ]
    if len(informants) != 1:
        return None
    if any(role == "own" and n not in informants for n, role in enumerate(found)):
        return None
    if not victims and (other := _reported_for_row(cells, informants[0])) is not None:
        return other, True
    if len(victims) != 1:
        return None
    return victims[0], _FOR_HER.search(cells[informants[0]]) is not None


# An informant whose part says she reports for another ("ผู้แจ้ง (บุตรสาว)", "ผู้แจ้งแทน")
# beside one other person's row reports for that one, whatever the row calls him (a card
# holder, a patient, an owner: a daughter's sheet of her mother's welfare card,
# set 121): the request is his (sets 31/63). Never a party she is against or beside
# (a complaint's respondent, a case's other side, a witness, one who died, one who
# certifies or gathers, a neighbour, an agent or contact), nor a newborn whose birth she
# notifies (ทารก: the informant's own request, set 57): her kin note then says only who
# she is, and her own row stays read (a complaint about another, the commonest such sheet).
_NOT_REPORTED_FOR = re.compile(
    rf"\s*(?:{OTHER_SIDE}|{CASE_PARTY}|{DECEASED.pattern}|{SECOND_PERSON.pattern}|{CERTIFIER}"
    rf"|{REPORTER}|{CONTACT}|{AGENT}|{NEIGHBOUR}|{INFORMANT}|ผู้ถูก|ทารก|เด็กแรกเกิด)"
)


def _reported_for_row(cells: list[str], informant: int) -> int | None:
    """The index of the one row beside the informant's whose role is no party she is
    against or beside, when her part says she reports for another; else None."""
    if _FOR_HER.search(cells[informant]) is None:
        return None
    others = [n for n in range(len(cells)) if n != informant]
    if len(others) != 1 or not cells[others[0]].strip():
        return None
    if _NOT_REPORTED_FOR.match(cells[others[0]]) is not None:
        return None
    return others[0]


def _victim_beside(cells: list[str], found: list[str | None]) -> bool:
    """Whether a victim's role cell, not the asker's own, stands beside the asker's."""
    pairs = zip(cells, found, strict=True)
    return any(_VICTIM.match(cell) and role != "own" for cell, role in pairs)


def sellers_lines(lines: Sequence[str]) -> set[int]:
    """The numbers (from 1) of the lines of `lines` that read a sale's seller's row."""
    return lines_under(lines, lambda line: line.strip() == _SELLERS_HEADING)


def sellers_row_behind(sellers: Set[int], found: list[FieldCandidate]) -> list[FieldCandidate]:
    """`found` with the values read from the `sellers` lines made less sure than review
    lets by."""
    return [
        c.model_copy(update={"confidence": round(c.confidence * SELLERS_SHARE, 3)})
        if (c.provenance.line or 0) in sellers
        else c
        for c in found
    ]


# A word of a standing no list above knows ("มะห์รอม", a pilgrim's companion, set 76):
# a word or two of Thai letters, no title of a person's name, no digit.
_ROLE_LIKE = re.compile(r"[\u0e01-\u0e4e]+(?: [\u0e01-\u0e4e]+)?(?:\s*[(（][^()（）]*[)）])?")


def _with_unknown_others(cells: list[str]) -> list[str | None]:
    """Each cell's role (`_role`); where exactly one names the asker, a cell that reads
    as a standing no list knows is another's: the column says who each one is."""
    found = [_role(cell) for cell in cells]
    if found.count("own") != 1 or all(found):
        return found
    unknown = [cell.strip() for cell, role in zip(cells, found, strict=True) if role is None]
    if all(_role_like(cell) for cell in unknown):
        return [role or "other" for role in found]
    return found


def _role_like(cell: str) -> bool:
    return (
        0 < len(cell) <= MAX_ROLE_CHARS
        and _ROLE_LIKE.fullmatch(cell) is not None
        and _TITLED.match(cell) is None
    )


def _marked_row(
    head: list[str], people: list[list[str]], pairs: Pairs, end: int
) -> tuple[list[str], int] | None:
    """The one row a note column marks as this request's (`_THIS_ONE`), its own lines,
    when every row answers the header; else None (set 55: the headman's list named its
    already-registered first row's elder for the new one)."""
    # a note column is often empty but in the marked row (a sheet's row ends at its last
    # filled cell): every column of the header is looked at
    for k in range(len(head)):
        cells = [row[k] if k < len(row) else "" for row in people]
        marked = [n for n, cell in enumerate(cells) if _THIS_ONE.search(cell)]
        if not marked:
            marked = _named_asker(cells)
        if len(marked) != 1:
            continue
        read = [pairs(head, _without(row, k)) for row in people]
        return (read[marked[0]], end) if all(read) else None
    return None


def _named_asker(cells: list[str]) -> list[int]:
    """The rows whose note names the asker's part ("ผู้ยื่นคำร้อง" in a headman's list of
    households, the others' notes empty): a note column that marks one row so says whose
    request the list comes with (set 92). A column whose other cells say anything but
    another's role is no such note: none is marked."""
    found = [_role(cell) if cell.strip() else "" for cell in cells]
    if any(role is None for role in found):
        return []
    return [n for n, role in enumerate(found) if role == "own"]


def own_role_row(people: list[list[str]]) -> int | None:
    """Among two rows of people or more, the index of the one whose role cell names the
    asker, in the first column where every row's cell is a role ("ทารก", "มารดา (ผู้แจ้ง)",
    "บิดา" under ฐานะ: an HTML table of a birth, set 57); None unless exactly one does."""
    if len(people) < 2:
        return None
    width = min(len(row) for row in people)
    for k in range(width):
        found = [_role(row[k]) for row in people]
        if all(found):
            k = _asking_column(people, k, width) or k
            found = [_role(row[k]) for row in people]
            victim = _victims_row([row[k] for row in people], found)
            if victim is not None:
                return victim[0]  # a report's victim beside its informant (_victims_row)
            own = [n for n, role in enumerate(found) if role == "own"]
            return own[0] if len(own) == 1 else None
    return _noted_row(people)


def _asking_column(people: list[list[str]], first: int, width: int) -> int | None:
    """When the first column of roles names no asker (a house register's standing,
    เจ้าบ้าน / ผู้อาศัย, every row another's to the register), the later column of roles
    that names exactly one (the household's relation to the one who files: บิดา, มารดา,
    ผู้ยื่นคำขอ): a member list says whose it is in its second column of roles. None when
    the first already names the asker or no later one names exactly one."""
    if any(_role(row[first]) == "own" for row in people):
        return None
    for k in range(first + 1, width):
        found = _with_unknown_others([row[k] for row in people])
        if all(found) and found.count("own") == 1:
            return k
    return None


# A line of the letter giving its writer's or asker's name: "ข้าพเจ้า <name> ผู้อาศัย...",
# "ดิฉัน <name> ขอ...", "<name> ผู้ยื่นคำขอ"; a letter's opening "ด้วย" glued to the word
# ("ด้วยผม <name> ... หัวหน้าคณะ", a troupe's letter over its members' table, set 104).
# ... or its signers' representative: "มอบหมายให้ <name> (ลำดับที่ 4) เป็นผู้แทน" over a
# petition's table of signers (set 71: he is the one who asks, wherever his row stands)
_WRITER = re.compile(
    r"(?<![\u0e01-\u0e4e])(?:ด้วย)?(?:ข้าพเจ้า|ดิฉัน|กระผม|ผม)|ผู้ยื่นคำ(?:ขอ|ร้อง)|ผู้ขอ|ผู้ร้อง"
    r"|มอบ(?:หมาย)?ให้|ผู้แทน|ตัวแทน"
)


def asker_named_row(people: list[list[str]], texts: Sequence[str]) -> int | None:
    """Among two rows of people or more that no role marks (a house register's members,
    เจ้าบ้าน and ผู้อาศัย alike others' standing to the register), the index of the one
    whose titled name a line of the letter (`texts`, the lines outside the rows) gives as
    its writer's or asker's ("ข้าพเจ้า <name> ..."): her own row, wherever it stands, not
    the เจ้าบ้าน's first. None unless exactly one row is so named."""
    if len(people) < 2:
        return None
    said = [" ".join(line.split()) for line in texts if _WRITER.search(line)]
    named = [
        n
        for n, row in enumerate(people)
        if any(
            _TITLED.match(cell.strip()) and " ".join(cell.split()) in line
            for cell in row
            for line in said
        )
    ]
    return named[0] if len(named) == 1 else None


# A person's cell that notes his part in brackets after his name, no column of roles
# ("นาย... (หุ้นส่วนผู้จัดการ)" in a Word table of partners, the others' names bare, set 88).
_NOTE_AT_END = re.compile(r"[(（]\s*(?P<w>[^()（）]+?)\s*[)）]\s*$")


def _noted_row(people: list[list[str]]) -> int | None:
    """The index of the one row a cell of which ends in a note naming the asker or the
    one who signs for the body (`_role`'s "own"); None unless exactly one does."""
    marked = [
        n
        for n, row in enumerate(people)
        if any(
            (note := _NOTE_AT_END.search(cell)) is not None and _role(note.group("w")) == "own"
            for cell in row
        )
    ]
    return marked[0] if len(marked) == 1 else None


def _without(row: list[str], k: int) -> list[str]:
    return [cell if n != k else "" for n, cell in enumerate(row)]


# Rows of people under one header that nothing above marks (no role column, no note): a
# village's list of households, a petition's signers, a street's neighbours beside the one
# who files (set 90), a headman's list whose note is not read (set 92). Each row is
# someone's, and the sheet does not say whose request it is: the rows are read under a
# heading of their own (`listed_lines`), found again by `listed_rows_behind`, their values
# set behind. Where nothing else gives a value a clerk still sees it, flagged; a block
# above that names the one who asks ("ผู้ยื่นเรื่อง | <name> ...") is read over them.
# An online form's export answered twice by the same person (the same name, the same ID)
# is no list of people: its rows stay as read.
LISTED_HEADING = "บุคคลในรายชื่อ"
_SOMEONES = frozenset({"full_name", "national_id"})
_NOT_DIGIT = re.compile(r"\D")


def several_people(answers: Sequence[Sequence[str]], labels: LabelIndex) -> bool:
    """Whether two rows' `label: value` lines or more give different names or IDs."""
    seen: dict[str, set[str]] = {}
    for lines in answers:
        for line in lines:
            found = parse_label_line(line, labels)
            if found is None or found.key not in _SOMEONES or not found.value.strip():
                continue
            value = found.value
            value = (
                _NOT_DIGIT.sub("", value) if found.key == "national_id" else " ".join(value.split())
            )
            seen.setdefault(found.key, set()).add(value)
    return any(len(values) > 1 for values in seen.values())


def listed_lines(answers: Sequence[Sequence[str]], blank_before: bool) -> list[str]:
    """The rows' lines under the list's heading, a blank line closing them (one before
    too when `blank_before`: the heading must open a line of its own)."""
    return [*([""] if blank_before else []), LISTED_HEADING, *(ln for a in answers for ln in a), ""]


def listed_rows_behind(lines: Sequence[str], found: list[FieldCandidate]) -> list[FieldCandidate]:
    """`found` with the values read from a list's rows (`listed_lines`) set behind."""
    listed = lines_under(lines, lambda line: line.strip() == LISTED_HEADING)
    if not listed:
        return found
    return [behind(c) if (c.provenance.line or 0) in listed else c for c in found]
