"""Whose is a phone number a letter in prose gives (set 37)? A complaint names others
beside the one who writes: the neighbour complained of ("นายบุญมี ... เบอร์ 08..."), the
house or car owner, a contractor's company, the headman, the official whose desk phone
the writer rang ("ได้โทรไปที่ 0-44..."). Said before the writer's own, such a number was
taken for hers. The person the text last spoke of before the number tells: another's
titled name or role, or the call the writer made to it, make it another's; the writer
herself (ข้าพเจ้า, ผู้ร้อง, her titled name after them or opening a line) her own.
"""

from __future__ import annotations

import re

from extractors.role_words import BODY, CLIENT, HOST, OTHER_SIDE, VILLAGE_HEAD, WORSHIP_POST
from extractors.thai import CIVIL_TITLE, KIN

__all__ = ["said_of_another", "said_of_another_above"]

# How far back, within the number's paragraph, the text is read for whom it speaks of.
_REACH = 160
# The writer, as a letter names her: ข้าพเจ้า, ผม, ดิฉัน, or her role in the request.
# A lawyer's client, an insurer's insured: the one his letter is for (set 77, after set
# 63's ruling), so "ติดต่อลูกความได้โดยตรงที่ 08..." gives the applicant's own number.
# A permit's applicant (ผู้ขออนุญาต, set 110: "ส่วนผู้ขออนุญาต นาย<him> ..." after a
# neighbour's name and home) is the writer's part too.
_SELF = (
    r"ข้าพเจ้า|ผม|ดิฉัน|ผู้ร้อง(?:เรียน|ทุกข์)?|ผู้ขอ(?:อนุญาต)?|ผู้ยื่น(?:คำร้อง|คำขอ)?"
    rf"|{CLIENT}"
)
# A titled name (นายก, the mayor, is another too), read with the name's two words so
# that none of them is taken for a title of its own ("นายคุณากร"). คุณ, but not in
# ขอบ(พระ)คุณ or คุณภาพ; นาย, but not in มิถุนายน (June), ทำนาย or นครนายก.
_TITLED = (
    r"(?:(?<!มิถุ)(?<!ทำ)(?<!นคร)นาย|นางสาว|นาง|น\.ส\.|(?<!ขอบ)(?<!พระ)คุณ(?!ภาพ|ค่า|สมบัติ))"
    r"\s?[ก-๙]+(?: [ก-๙]+)?"
)
# Roles a complaint names beside the writer, each a person or a business of its own; a
# garage (อู่ซ่อม, "อู่<name> โทร ...", set 83: the shop that priced a claim's repair), but
# not the places named so (อู่ทอง, อู่ตะเภา); the driver of the truck or van complained of
# ("คนขับชื่อ นาย... โทร ...", set 93); a student's advisor or teacher named after the
# student's own number ("ติดต่อนักศึกษาได้ที่ 08... หรืออาจารย์นิเทศ ... โทร 08...", set 96),
# not a title ("อาจารย์ ดร....", "รองศาสตราจารย์" signing the letter); an accounting or a
# law office by its trade name ("สำนักงานบัญชี...", set 117: an accountant's letterhead and
# signature over her client's request), a business as a firm is.
_ROLE = (
    rf"{VILLAGE_HEAD}|เจ้าหน้าที่|เจ้าของ|บริษัท|ห้างหุ้นส่วน|หจก\.?|ผู้รับเหมา|ผู้ควบคุมงาน"
    r"|สำนักงาน(?:บัญชี|กฎหมาย|ทนายความ)"
    r"|เพื่อนบ้าน|ร้าน|โรงงาน|ตำรวจ|ปลัด|(?<![ก-๙])อู่(?!ทอง|ตะเภา)|คนขับ|ผู้ขับขี่"
    r"|(?:อาจารย์|ครู)(?:นิเทศ|ที่ปรึกษา|ประจำชั้น|พี่เลี้ยง)"
)
# A number the writer rang is the one she called, not where she is called.
_CALLED = re.compile(r"โทร(?:ไป(?:ที่|หา|ถึง)?|หา|ถึง)\s*$")
# So is one she says she rang out to, to ask or chase, at a desk or a mobile ("โทรไปถาม
# ที่เบอร์โต๊ะ ...", "เมื่อโทรไปทวงที่เบอร์ ...", "โทรศัพท์ไปสอบถามที่งานพัสดุ เบอร์ ...", set
# 108): "ไป" is the call going out, to a place ("ที่"); the words up to the number name
# no one of hers and invite no call back ("โทรไปแล้ว ... โทรหาดิฉันได้ที่" is hers).
_CALLED_OUT = re.compile(r"โทร(?:ศัพท์)?ไป(?P<between>[ก-๙]{0,10}ที่[^\n0-9๐-๙]{0,24})$")
_CALL_BACK = re.compile(r"โทร|ได้ที่|มาที่|กลับ")
# A number the writer is told to pay into ("ให้โอนเงินผ่านพร้อมเพย์เบอร์ ...") is the
# payee's (set 68: an official asking for money on his own mobile); a refund to her own
# ("โอนเงินคืนเข้าพร้อมเพย์ของดิฉัน", "โอนให้ข้าพเจ้า") stays hers.
_PAY_INTO = re.compile(r"โอน(?P<after>[^\n]{0,40})$")
_BACK_TO_WRITER = re.compile(rf"คืน|{_SELF}")
# The office the writer says she rang to ask ("เมื่อดิฉันโทรสอบถามที่กองคลัง โทร 0-3...")
# gave the number she rang; "โทรสอบถามได้ที่" invites a call, and says no such thing.
_RANG_TO_ASK = re.compile(
    rf"(?:{_SELF}|ได้|เมื่อ|จึง)\s*โทร(?:ศัพท์)?\s*(?:ไป)?\s*สอบถาม(?!ได้)[^\n]{{0,40}}$"
)
# The number's own words saying whose it is: a relative's or the deceased's ("เบอร์เดิมของ
# แม่ 08...", "หมายเลขโทรศัพท์ของผู้ตาย 08...", set 69: a son's letter for his mother's
# funeral grant), however far back the letter last named him.
_NUMBER_OF_ANOTHER = re.compile(
    r"(?:เบอร์|โทร(?:ศัพท์)?)[^\n0-9๐-๙]{0,16}?ของ\s*"
    rf"(?:(?:{KIN})(?:ชาย|หญิง|สาว)?(?![ก-๙])|ผู้ตาย|ผู้(?:เสียชีวิต|ถึงแก่กรรม|วายชนม์))"
    r"[^\n0-9๐-๙]{0,12}$"
)
_MENTION = re.compile(
    rf"(?P<self>{_SELF})|(?P<titled>{_TITLED})|(?P<role>{_ROLE})|(?P<side>{OTHER_SIDE})"
)
# The one a fraud or a debt is against (role_words.OTHER_SIDE: "โดยผู้ใช้ไลน์ชื่อ "<nick>"
# เบอร์ ...", "ถูกมิจฉาชีพโทรมาจากเบอร์ ...", set 119), often by a nickname no title opens:
# the number after him is his, unless the writer says she is one ("ดิฉันเป็นแม่ค้า...",
# "ในฐานะเจ้าหนี้", "ข้าพเจ้า เจ้าหนี้ ...": her word for herself right before it).
_SHE_IS_ONE = re.compile(rf"(?:เป็น|ฐานะ|(?:{_SELF})\s*[:：]?)\s*$")
# Before a titled name, what makes it the writer's: her own word for herself or the
# word for a name ("ข้าพเจ้า นาย...", "ผู้ร้องเรียน: นาง...", "ชื่อ นาย..."); before a
# role, what makes it hers ("ข้าพเจ้าเป็นเจ้าของ...", "ในฐานะเจ้าของ...", "ผู้ขออนุญาต
# หจก. ...": the firm that asks); "โดย นาย..." is who signs for the firm that asks.
# A funeral's host named so ("เจ้าภาพ นาง...", "เจ้าภาพคือ ...", a chat or a steward's
# letter for her family, set 114) is the one who asks: her number after her name is hers.
# Only before her name: a host spoken of alone (a party next door) is no one here.
# Not her word after "ของ" ("กัดไก่ของดิฉัน คือ นาย<him>", set 125's probe: whose hens, the
# one named after it the dog's owner complained of).
_OWN_NAME_BEFORE = re.compile(
    rf"(?:(?<!ของ)(?<!ของ )(?:{_SELF}|{HOST})(?:\s*คือ)?|โดย|ชื่อ(?:\s*-?\s*(?:นาม)?สกุล)?)"
    r"\s*[:：]?\s*\(?\s*$"
)
# A line ending with the word that leads into a name ("มีผู้ให้เช่าคือ" / "นาง...", a
# typed letter's paragraph the page's width wrapped, set 80): the name opening the next
# line goes on its sentence, read as in the sentence, not as a line its writer begins.
# So does "ของ" (of) ending a line ("ต้นไม้ในที่ดินของ" / "นาย... บ้านเลขที่ ...", a typed
# complaint wrapped before the neighbour's name, set 98): no sentence ends with it.
# So do "ซึ่งมี", "โดยมี" ("which has" / "with": "...ร้าน... ซึ่งมี" / "นาย... เป็นเจ้าของ", set
# 112: an employee's letter wrapped before her shop's owner).
_LEADS_INTO_NAME = re.compile(r"(?:คือ|ได้แก่|ของ|(?:ซึ่ง|โดย)มี)[ \t]*$")
_OWN_ROLE_BEFORE = re.compile(rf"(?:เป็น|ฐานะ|(?:{_SELF})[ก-๙]*\s*[:：]?)\s*$")
# "เจ้าของร้านชื่อ นาย...", "ผู้ใหญ่บ้านชื่อ ...": the word for a name after a role names
# the one in that role, not the writer (set 58: a bar's owner's number taken for the
# anonymous complainant's).
_ROLES_NAME = re.compile(rf"(?:{_ROLE})[ก-๙]*\s*$")
# The line a letter is addressed on ("เรียน เจ้าหน้าที่"): whom it is to, no one spoken of.
_SALUTATION = re.compile(r"\s*(?:เรียน|ถึง|dear\b|to\b)", re.I)
_LINE_OPENING = re.compile(r"[ \t(]*(?:[0-9๐-๙]{1,2}[.)][ \t]*)?")
# A letter's signed closing: its signer's titled name alone on a line in brackets. A
# block below it that opens with another titled name is the one who sent it for him (a
# cooperative's staff under its chairman's letter, set 66): her number is hers, not his.
_SIGNED = re.compile(rf"^[ \t]*\([ \t]*(?P<name>{_TITLED})[ \t]*\)[ \t]*$", re.M)


def _in_open_aside(text: str, line: int, named: int, number: int) -> bool:
    """Whether the titled name at `named`, opening the line at `line`, follows a bracket
    still open at the number at `number`: an aside on another a typed letter wrapped onto
    its own line ("(นายท้ายเรือ นาย<him> ...\nโทร 08...) และ...", set 118: a boat's
    captain), not the writer beginning a line; a signature's "(นาย...)" closes first."""
    return "(" in text[line:named] and ")" not in text[named:number]


def _signed_by_another(text: str, line: int, name: str) -> bool:
    """Whether the last signed closing above `line` names someone other than `name`."""
    signed = None
    for signed in _SIGNED.finditer(text, 0, line):  # noqa: B007 (the last one is kept)
        pass
    return signed is not None and "".join(signed["name"].split()) != "".join(name.split())


# A table's row as the HTML's text gives it, its cells parted by " | ": a list of people
# (a win's members, a household's, workers), a titled name in a row of three cells or
# more with another such row beside it, says no one of them is surely the writer (set
# 93: a win's head's table of new members, his own number under it). The table reader
# takes nothing from such a list (html_table); the sentences' reader reads it as another's.
_CELL = " | "
_PERSON_CELL = re.compile(rf"(?:^|{re.escape(_CELL)})\s*{CIVIL_TITLE}\s?[ก-๙]")


def _person_row(line: str, width: int | None = None) -> bool:
    """A row of cells naming a titled person (as wide as `width` cells, when given)."""
    cells = line.count(_CELL) + 1
    return cells >= 3 and (width is None or cells == width) and bool(_PERSON_CELL.search(line))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def in_listed_row(text: str, start: int) -> bool:
    """Whether text[start:] is in a row of a list of people: a table row naming one, a
    row as wide naming another right above or below it."""
    begin = text.rfind("\n", 0, start) + 1
    end = _line_end(text, start)
    line = text[begin:end]
    if not _person_row(line):
        return False
    above = text[text.rfind("\n", 0, begin - 1) + 1 : begin - 1] if begin else ""
    below = text[end + 1 : _line_end(text, end + 1)] if end < len(text) else ""
    width = line.count(_CELL) + 1
    return _person_row(above, width) or _person_row(below, width)


# A list of people a line each, each line opening with a titled name (perhaps after its
# number or bullet) and giving a phone: a film's key crew, a committee, volunteers (set
# 100: "นายธนากร ... (ผู้กำกับ) 081-..." a line each above the director's signature). The
# writer does not list herself so beside others: none of the numbers is surely hers.
_PERSON_LINE = re.compile(rf"[ \t]*(?:[0-9๐-๙]{{1,2}}[.)][ \t]*|[-•*·][ \t]*)?(?P<name>{_TITLED})")
_NUMBER_IN_LINE = re.compile(r"(?<![0-9])0[0-9](?:[ -]?[0-9]){7,8}(?![0-9])")


def _listed_person(line: str) -> str | None:
    """The titled name opening `line` when the line also gives a phone number."""
    found = _PERSON_LINE.match(line)
    if found is None or _NUMBER_IN_LINE.search(line, found.end()) is None:
        return None
    return "".join(found["name"].split())


def in_listed_lines(text: str, start: int) -> bool:
    """Whether text[start:] is on a line of a list of people a line each: it opens with a
    titled name and gives a phone, and so does the line right above or below it, for
    another name."""
    begin = text.rfind("\n", 0, start) + 1
    end = _line_end(text, start)
    name = _listed_person(text[begin:end])
    if name is None:
        return False
    above = text[text.rfind("\n", 0, begin - 1) + 1 : begin - 1] if begin else ""
    below = text[end + 1 : _line_end(text, end + 1)] if end < len(text) else ""
    return any(
        (other := _listed_person(near)) is not None and other != name for near in (above, below)
    )


# How a writer tells the office to reach a body that is not he ("ติดต่อวัดได้ที่ 053-...",
# the temple whose grounds a village committee's fair is on, set 104): the body's line.
# Not where he himself holds a post at the place of worship ("ข้าพเจ้า <imam> อิหม่าม...",
# "อาตมภาพ ..."): its line is then his body's own.
_REACH_A_BODY = re.compile(
    rf"ติดต่อ\s*(?:ทาง)?\s*(?:{BODY}|โบสถ์|คริสตจักร)[\u0e01-\u0e4e]{{0,30}}?\s*(?:ได้)?\s*"
    r"(?:ที่)?\s*(?:โทร(?:ศัพท์)?\.?|เบอร์)?\s*[:：]?\s*$"
)
_WRITER_HOLDS_A_POST = re.compile(rf"อาตม|(?:{_SELF})[^\n]{{0,80}}?{WORSHIP_POST}")


# A practitioner named in an aside, by his title or his licence ("ที่<clinic> (น.สพ.<vet>
# ใบอนุญาต ว.6632 โทร 056-...)", set 125: a dog's owner naming the clinic that keeps his
# dog; "(นพ.<doctor> ว.41236 โทร ...)"): the number in the bracket is the practice's. Not
# any licence: a shop's own permit in brackets beside its line is the writer's.
_PRACTITIONER = re.compile(
    r"(?<![ก-๙])(?:น\.สพ|สพ\.ญ|นพ|พญ|ทพ|ทพญ|ภก|ภญ)\.|นายสัตวแพทย์|สัตวแพทย์หญิง|นายแพทย์"
    r"|แพทย์หญิง|ใบอนุญาตประกอบวิชาชีพ|(?<![ก-๙])ว\.\s?[0-9๐-๙]"
)


def _in_practitioners_aside(text: str, begin: int, start: int) -> bool:
    """Whether the number at `start` is inside a bracket, opened after `begin`, that
    names a practitioner before it and not the writer."""
    opened = text.rfind("(", begin, start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    aside = text[opened + 1 : start]
    return _PRACTITIONER.search(aside) is not None and re.search(_SELF, aside) is None


def said_of_another(text: str, start: int) -> bool:
    """Whether the phone number at text[start:] is said of someone not the writer."""
    if in_listed_row(text, start) or in_listed_lines(text, start):
        return True
    if _in_practitioners_aside(text, max(0, start - _REACH), start):
        return True
    if _REACH_A_BODY.search(text, max(0, start - 60), start) and not _WRITER_HOLDS_A_POST.search(
        text
    ):
        return True
    paragraph = text.rfind("\n\n", 0, start)
    begin = max(paragraph + 2 if paragraph >= 0 else 0, start - _REACH)
    if _CALLED.search(text, max(begin, start - 20), start):
        return True
    out = _CALLED_OUT.search(text, max(begin, start - 48), start)
    if out is not None and not re.search(rf"{_SELF}|{_CALL_BACK.pattern}", out["between"]):
        return True
    if _NUMBER_OF_ANOTHER.search(text, max(begin, start - 48), start):
        return True
    if _RANG_TO_ASK.search(text, max(begin, start - 72), start):
        return True
    paid = _PAY_INTO.search(text, max(begin, start - 48), start)
    if paid is not None and not _BACK_TO_WRITER.search(paid.group("after")):
        return True
    last = None
    for m in _MENTION.finditer(text, begin, start):
        if m.group("role") and text.endswith("ของ", begin, m.start()):
            continue  # "พนักงานของบริษัทฯ": whose the one spoken of is, not another spoken of
        if not _SALUTATION.match(text, text.rfind("\n", 0, m.start()) + 1):
            last = m
    if last is None or last.group("self"):
        return False
    if last.group("side"):
        return _SHE_IS_ONE.search(text, max(begin, last.start() - 24), last.start()) is None
    line = text.rfind("\n", 0, last.start()) + 1
    if last.group("role"):
        own_role = _OWN_ROLE_BEFORE.search(text, max(line, last.start() - 24), last.start())
        return own_role is None or _anothers_role(text, own_role.start())
    if _LINE_OPENING.fullmatch(text, line, last.start()):
        if _in_open_aside(text, line, last.start(), start):
            return True  # "(นายท้ายเรือ นาย... โทร 08...)": see _in_open_aside
        above = text.rfind("\n", 0, max(line - 1, 0)) + 1
        if line and _LEADS_INTO_NAME.search(text, above, line - 1):
            line = above  # the sentence above goes on: see _LEADS_INTO_NAME
        else:
            # a titled name opening a line: the writer's, as she begins it, unless the
            # letter above closed with another's signed name (her staff's signature)
            return _signed_by_another(text, line, last.group())
    own = _OWN_NAME_BEFORE.search(text, max(line, last.start() - 20), last.start())
    if own is None:
        return True
    if not text.startswith("ชื่อ", own.start()):
        return False
    return _ROLES_NAME.search(text, max(line, own.start() - 24), own.start()) is not None


# "<titled name> เป็นเจ้าของ (โทร ...)": the role is the one just named, not the writer's
# (set 112: an employee's letter names her shop's owner so, her own number said after).
_NAME_THEN_BEING = re.compile(rf"(?<![ก-๙])(?P<name>{_TITLED})\s*$")
_BEING = re.compile(r"เป็น|ฐานะ")
_LETTER_OPENS = re.compile(r"ด้วย\s*$")


def _anothers_role(text: str, at: int) -> bool:
    """Whether the role said after text[at:] ("เป็น...", "ในฐานะ...") is the titled name's
    right before it, that name not the writer's own ("ข้าพเจ้า นาย... เป็นเจ้าของ" is). A
    typed letter's width may wrap the name (its family name opening the line)."""
    if not _BEING.match(text, at):
        return False
    begin = max(0, at - 80)
    before = text[begin:at].replace("\n", " ")
    named = _NAME_THEN_BEING.search(before)
    if named is None:
        return False
    start = named.start("name")
    line = text.rfind("\n", 0, begin + start) + 1
    above = text.rfind("\n", 0, max(line - 1, 0)) + 1
    runs_on = line > 0 and _LEADS_INTO_NAME.search(text, above, line - 1) is not None
    if _LINE_OPENING.fullmatch(text, line, begin + start) and not runs_on:
        return False  # a titled name opening its line: the writer's, as she begins it
    if _LETTER_OPENS.search(before, max(0, start - 8), start):
        return False  # "ด้วย <name> เป็นเจ้าของ...": a letter's writer opening it so
    return _OWN_NAME_BEFORE.search(before, max(0, start - 20), start) is None


# A paragraph's line that the page's or the mail's width wrapped right before "โทร
# <number>" (set 100: "... คนเรือ นาย... ทะเลงาม" / "โทร 089-..."): the number goes on the
# sentence above, whose last words name whose it is; read alone, its line looked like the
# writer's own "โทร" label. Only where the line above ends with that titled name, the
# number cut off from it (a line ending with a value, "อีเมลทนายความ ...", or a clause
# closed, "... (she speaks Thai)", is no sentence going on); a line this short was ended
# by its writer, not by the width; a signature's line ("ลงชื่อ นาย...") names the writer.
_WRAPPED_LINE = 30
_ENDS_WITH_NAME = re.compile(rf"(?<![ก-๙]){_TITLED}$")


def said_of_another_above(above: str, line: str, at: int) -> bool:
    """Whether the number at line[at:], on a line opening with a phone's word right under
    the sentence `above`, is said of another in that sentence run on."""
    above = above.rstrip()
    if len(above.strip()) < _WRAPPED_LINE or "ลงชื่อ" in above:
        return False
    if _ENDS_WITH_NAME.search(above, max(0, len(above) - 60)) is None:
        return False
    return said_of_another(f"{above} {line}", len(above) + 1 + at)
