"""A village officer asking help for one villager: the request is hers, the writer a go-between.

    ผมผู้ใหญ่บ้านหมู่ที่ 6 ขอความอนุเคราะห์ให้ นาง<villager> เลขประจำตัวประชาชน ...
    บ้านเลขที่ ... ผู้ร้องอยู่คนเดียว ติดต่อได้ที่ 08...
    ดิฉัน อสม. หมู่ 4 ขอความอนุเคราะห์แก่ นาง<villager> ...

A headman (ผู้ใหญ่บ้าน, his assistant), a kamnan, a village health volunteer (อสม.) or a
community's chairman writes to the town for a villager who cannot (old, bedridden,
alone): she is the applicant, named right after the words. Her ID, home and phone follow
in the same paragraph (extractors.said_of_subject makes them hers, as for one vouched or
acted for); the writer's mobile and home under his name are his (set 62: the headman's
mobile under his signature was taken over the villager's number in the paragraph).

A son or daughter writing for a parent who cannot ("ขอ...ให้มารดาของผม คือ นาง<her>
เลขประจำตัวประชาชน ...", set 76) is such a go-between too: she is the applicant.

Only with the writer's post before the words, on their line: "ขอความอนุเคราะห์ให้" opens
many a citizen's own request ("...ให้เทศบาลมาซ่อม", a neighbour named after it), and an
officer named in the salutation ("เรียน ผู้ใหญ่บ้าน...") is the one written to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.passes_on import SENDS_ON_CARED_FOR
from extractors.role_words import (
    CARED_FOR,
    COMPLAINT,
    GROUP_LEAD,
    GROUP_MEMBER,
    HEALTH_UNIT,
    HEALTH_VOLUNTEER,
    IN_NEED,
    VILLAGE_HEAD,
    VILLAGER,
    WORKER,
    WORSHIP_POST,
)
from extractors.thai import KIN, THAI_WORD
from extractors.title_options import TITLED_NAME
from extractors.values import clean_value

__all__ = ["HELPED_FOR", "helped_for_entities"]

HELPED_FOR = "the villager a village officer asks help for (ขอความอนุเคราะห์ให้)"
# The posts of those who write to the town for a villager. Not whose_phone's roles, which
# are anyone a complaint names (a firm, an official, a neighbour), nor kin (acting_for).
# An abbot (an imam, a pastor) asks the town's help for a poor villager of his temple's
# village as a headman does ("อาตมภาพ <abbot> เจ้าอาวาสวัด... ขอความอนุเคราะห์ให้แก่
# นาง<her> ...", set 104): she is the applicant, the temple's line and its typist's his.
_POST = rf"{VILLAGE_HEAD}|{HEALTH_VOLUNTEER}|{WORSHIP_POST}"
_WORD = THAI_WORD
_HELPED = re.compile(
    rf"(?:{_POST})[^\n]{{0,60}}?ขอความ(?:อนุเคราะห์|ช่วยเหลือ)\s*(?:ช่วยเหลือ)?\s*(?:ให้\s*แก่|ให้|แก่)?"
    rf"\s*(?P<v>{TITLED_NAME})"
)
# A writer asking for his own kin, whom he names with her ID ("ขอความอนุเคราะห์จัดล่าม
# ให้มารดาของผม คือ นาง<her> เลขประจำตัวประชาชน ...", set 76: a son in Bangkok for his
# mother): she is the one the request is for, he the go-between. Only with "ของ" and
# the writer's word for himself, and her ID after her name: "ให้บิดา" alone may be a
# child's part of a form, and a name with no ID a relative spoken of in passing.
_KIN_HELPED = re.compile(
    rf"ขอ[^\n]{{0,60}}?ให้\s*{KIN}(?:ชาย|หญิง|สาว)?\s*ของ\s*(?:ผม|กระผม|ดิฉัน|ข้าพเจ้า|หนู)"
    rf"\s*(?:คือ|ชื่อ)?\s*(?P<v>{TITLED_NAME})"
    r"\s*(?=เลข|\(?\s*[0-9๐-๙])"
)
# So is a spouse or a grown child who asks a loan or help for a husband, a wife or a
# parent named with his ID ("ขอยืมรถเข็นให้สามี นาย<him> เลขประจำตัวประชาชน ...", set 81),
# without "ของผม": he is the one it is for. Not a child ("ให้บุตร ด.ญ. ...": a parent's
# own grant, set 24), nor a reimbursement ("ขอเบิกค่ารักษาพยาบาลให้บิดา": the staff
# member's own right to claim).
_ELDER_HELPED = re.compile(
    rf"ขอ[^\n]{{0,60}}?ให้\s*(?:สามี|ภรรยา|ภริยา|บิดา|มารดา|พ่อ|แม่)\s*(?:คือ|ชื่อ)?\s*"
    rf"(?P<v>{TITLED_NAME})\s*(?=เลข|\(?\s*[0-9๐-๙])"
)
_CLAIM = "เบิก"
# A writer who says she files for a parent or spouse ("ขอยื่นเรื่องแทนแม่ค่ะ", set 81), or
# asks a paper for him ("ขอหนังสือรับรองถิ่นที่อยู่ให้สามีซึ่งเป็นชาวต่างชาติ", a Thai wife for
# her foreign husband, set 82), then names him on a line of his own under the kin word
# ("ชื่อแม่ นาง...", "ชื่อสามี นาย..."): he is the one the request is for. Not a claim
# ("ขอเบิก...ให้บิดา": the staff member's own right, _CLAIM). So is an employer who asks a
# paper for his worker ("ขอหนังสือรับรองถิ่นที่อยู่ให้ลูกเรือชาวกัมพูชาของผม", a boat owner
# for his migrant crewman, set 106) and names him below ("ชื่อลูกเรือ นาย..."): the
# worker's card and room are the paper's, the owner's own ID and home above never.
_FILES_FOR_KIN = re.compile(
    r"(?<!ผู้)(?:ยื่น|ขอ)[^\n]{0,30}?(?:แทน|ให้)\s*"
    rf"(?P<k>สามี|ภรรยา|ภริยา|บิดา|มารดา|พ่อ|แม่|{WORKER})"
)
# A hospital or health centre opening its letter on a patient it discharges or refers
# ("ด้วยโรงพยาบาล... จะจำหน่ายผู้ป่วย นาย...", set 81): the patient is the one it asks help
# for, its social worker or nurse who signs a go-between.
# or the villager it found on a home visit ("ได้ออกเยี่ยมบ้านพบ นาง...", "ได้ออกเยี่ยมบ้าน
# ผู้สูงอายุในเขตรับผิดชอบ พบว่า นาง...", set 109: a รพ.สต.'s letter for a dependent elder).
# or the one whose home it visited, named right after the words ("ได้ตรวจเยี่ยมบ้าน
# นาย<him> เลขประจำตัวประชาชน ...", set 111: a รพ.สต.'s letter to register him disabled).
_UNIT_HELPED = re.compile(
    rf"ด้วย\s*{HEALTH_UNIT}[^\n]{{0,80}}?(?:ผู้ป่วย|เยี่ยมบ้าน(?:[^\n]{{0,60}}?\s)?พบ(?:ว่า)?"
    r"|เยี่ยมบ้าน(?:ของ)?(?=\s*(?:คุณ)?\s*[\u0e01-\u0e4e]))"
    rf"\s*(?:ชื่อ)?\s*(?P<v>{TITLED_NAME})"
)
# So does a clinic's or a hospital's referral (ใบส่งตัว) that names the patient right after
# the words that send him on ("ขอส่งตัว นาง<her> เลขประจำตัวประชาชน ... โทร ...", set 128: a
# private clinic's typed letter to a health centre): the care is his, the doctor who
# signs and the clinic on the letterhead go-betweens. Only in a text about care (a
# patient, a treatment, a doctor): "ส่งตัว" is said of a patient referred.
_REFERRED = re.compile(rf"ขอ\s*ส่งตัว\s*(?:ผู้ป่วย)?\s*(?:ชื่อ)?\s*(?P<v>{TITLED_NAME})")
_CARE_TEXT = re.compile(rf"{CARED_FOR}|รักษา|แพทย์")
# So does a village officer who asks a thing FOR the villager she names right after ให้
# or แก่, her post on her own line before it ("ดิฉัน <her> อาสาสมัครสาธารณสุขประจำหมู่บ้าน
# ... ขอยืมรถเข็น 1 คัน ให้ นาย<him> ...", set 89), or who reports the one she found on a
# home visit ("ได้ออกเยี่ยมบ้านพบว่า นาย<him> ..."). Not "ขอให้ <name>": that asks the one
# named to do something; nor a claim (_CLAIM: her own allowance). A typed letter's
# paragraph may wrap between her post and her words (a PDF's lines): a line break, not a
# blank line, may come between.
_WRAPPED = r"(?:[^\n]|\n(?!\s*\n)){0,160}?"
_POST_ASKS_FOR = re.compile(
    rf"(?:{_POST}){_WRAPPED}ขอ(?!ให้|ความ)[\u0e01-\u0e4e][^\n]{{0,60}}?"
    rf"(?:ให้|แก่)\s*(?P<v>{TITLED_NAME})"
)
_POST_VISITED = re.compile(
    rf"(?:{_POST}){_WRAPPED}เยี่ยมบ้าน[\u0e01-\u0e4e]{{0,8}}?พบ(?:ว่า)?\s*(?:ชื่อ)?\s*"
    rf"(?P<v>{TITLED_NAME})"
)
# A neighbour who does not name herself in her sentence but by what she is to the one she
# names with that one's ID ("ดิฉันเป็นเพื่อนบ้านของ นาง<elder> อายุ 84 ปี (เลขประจำตัว
# ประชาชน ...)", a teacher next door asking a visit for an elder living alone, set 89):
# the letter's papers are the elder's, the request hers. Not kin: a child or a spouse
# who so names a parent may ask for herself (an heir, set 63); nor a neighbour named with
# no ID (one complained of).
_NEIGHBOUR_OF = re.compile(
    rf"(?:ดิฉัน|ผม|กระผม|ข้าพเจ้า|หนู)\s*เป็น\s*เพื่อนบ้าน\s*ของ\s*(?:คุณ)?\s*(?P<v>{TITLED_NAME})"
    r"(?=[^\n]{0,40}?เลข(?:ประจำตัว|บัตร))"
)
# A village officer who passes on what another told her (an อสม. forwarding a relative's
# LINE chat, her post by her name below, set 102): the one the chat says is in need
# right after his name ("<name> นั่งวีลแชร์แล้ว", "<name> ติดเตียง") is the one it is for.
# Only with the post somewhere in the text: without a go-between he may write himself.
_POST_IN_TEXT = re.compile(_POST)
_NAMED_IN_NEED = re.compile(rf"(?P<v>{TITLED_NAME})\s+(?:[\u0e01-\u0e4e]{{0,8}}?){IN_NEED}")
_SALUTATION = re.compile(r"เรียน|ถึง")
# A village officer's letter that names a villager of his village with her ID ("ด้วยใน
# หมู่บ้านของกระผมมีครัวเรือนยากจน คือ นาง<her> เลขประจำตัวประชาชน ...", "ในพื้นที่หมู่ที่ 7
# มีผู้สูงอายุ ชื่อ ...", set 97: a headman's letter for a poor household's repair), his
# post only under his signature: she is the one it is for, his mobile there his. Only with
# her ID after her name, and the post on a line of the letter that is not its salutation
# (_OFFICER_SIGNS): a villager may write to the headman of a neighbour.
_VILLAGE_HAS = re.compile(
    r"(?:ใน|ของ)\s*(?:หมู่บ้าน|ชุมชน|หมู่ที่|พื้นที่|เขต)[^\n]{0,40}?มี[^\n]{0,40}?"
    rf"(?:คือ|ชื่อ)\s*(?P<v>{TITLED_NAME})\s*(?=เลข|\(?\s*[0-9๐-๙])"
)
# A village officer who reports or passes on the trouble of one of his villagers and names
# her right after the word for them ("ผม<him> ผู้ใหญ่บ้านหมู่ที่ 3 ขอแจ้งความเดือดร้อนของ
# ลูกบ้าน คือ นาง<her>", "กำนัน... ขอรายงานปัญหาของราษฎรในพื้นที่ ชื่อ นาย...", set 113): she
# is the one it is for, his mobile and ID under his signature his. Only with his post
# before, on the line (not the salutation's: helped_for_entities), and คือ/ชื่อ/ได้แก่ or
# a colon before her name: "ลูกบ้าน" alone may open a list's heading.
_POST_NAMES_VILLAGER = re.compile(
    rf"(?:{_POST})[^\n]{{0,80}}?ของ\s*{VILLAGER}[^\n]{{0,30}}?(?:คือ|ชื่อ|ได้แก่|[:：])\s*"
    rf"(?P<v>{TITLED_NAME})"
)
# A village officer who tells the registry or the town of one of his villagers, named with
# her ID right after "ว่า" ("กระผม <him> ผู้ใหญ่บ้านหมู่ที่ 9 ขอแจ้งว่า นาง<her> เลขประจำตัว
# ประชาชน ... ได้ปลูกสร้างบ้านใหม่ ขอให้ออกเลขที่บ้าน", set 116): the house number, the name
# added, the help is hers, his ID and mobile under his signature his. Not a complaint of a
# villager's wrongdoing (_WRONGDOING): there the one named is the other side, the officer
# who tells of him the applicant; nor a death or a birth he notifies (_DEATH): the one
# named is the dead or the mother, never the applicant (set 57).
_POST_INFORMS_OF = re.compile(
    rf"(?:{_POST})[^\n]{{0,80}}?ขอ(?:แจ้ง|เรียน|รายงาน)\s*(?:ให้ทราบ)?\s*ว่า\s*"
    # the word for his villagers may come first ("ว่า ลูกบ้าน นาง...", "ว่า ราษฎรในหมู่บ้าน ชื่อ ...")
    rf"(?:{VILLAGER}[^\n]{{0,30}}?(?:ชื่อ|คือ)?\s*)?(?P<v>{TITLED_NAME})"
    r"(?=\s*(?:เลข|\(?\s*[0-9๐-๙]))"
)
# So does a neighbour who names herself, perhaps her ID, and her standing as the
# household's neighbour, then tells the town of its head named with his ID after "ว่า"
# ("ข้าพเจ้า <her> เลขประจำตัวประชาชน ... เพื่อนบ้าน ขอเรียนว่า <him> เลขประจำตัวประชาชน ...",
# set 121: a poor household with no phone): he is the one it is for, her ID and mobile
# hers. Only with the word right after her name or ID ("ซึ่งเป็นเพื่อนบ้าน"): "ความเดือดร้อน
# จากเพื่อนบ้าน" is a complaint's other side; and not a wrong she tells of (_WRONGDOING).
_NEIGHBOUR_INFORMS_OF = re.compile(
    rf"(?:ข้าพเจ้า|ดิฉัน|กระผม|ผม)\s*(?:{TITLED_NAME})"
    r"(?:\s*เลข[\u0e01-\u0e4e]{0,20}\s*[:：]?\s*[0-9๐-๙][0-9๐-๙ -]{11,20}[0-9๐-๙])?"
    r"\s*(?:ซึ่ง)?\s*(?:เป็น|ในฐานะ)?\s*เพื่อนบ้าน(?:ของ(?:ครอบครัว|บ้าน)?[^\n]{0,30}?)?\s*"
    r"ขอ(?:แจ้ง|เรียน|รายงาน)\s*(?:ให้ทราบ)?\s*ว่า\s*"
    rf"(?P<v>{TITLED_NAME})(?=\s*(?:เลข|\(?\s*[0-9๐-๙]))"
)
_WRONGDOING = re.compile(
    rf"{COMPLAINT}|บุกรุก|รุกล้ำ|ลักลอบ|ก่อเหตุ|ก่อความ|รบกวน|ทะเลาะ|ทำร้าย|ผิดกฎหมาย|ฝ่าฝืน"
    r"|เสียงดัง|ส่งกลิ่น|ทิ้งขยะ|เผาขยะ|ยาเสพติด"
)
_OFFICER_SIGNS = re.compile(rf"^(?![ \t]*(?:เรียน|ถึง))[^\n]*(?:{_POST})", re.M)
# A grown child or grandchild who names herself so to a parent or grandparent named with
# her ID ("ข้าพเจ้า <her> ... เป็นบุตรสาวของ นาง<mother> อายุ 80 ปี เลขประจำตัวประชาชน
# ...", a daughter far away, set 109), then asks the town to care for, visit or help that
# parent by the kin word ("ขอความอนุเคราะห์ ... ไปเยี่ยมมารดา", "... ดูแลแม่"): the parent
# is the one it is for, the writer a go-between. Not a child who only names a parent and
# asks for herself (an heir's share, set 63): the ask must name the parent as served.
_CHILD_OF = re.compile(
    rf"(?:ข้าพเจ้า|ดิฉัน|ผม|กระผม|หนู){_WRAPPED}เป็น\s*(?:บุตร|ลูก|หลาน)(?:ชาย|สาว)?\s*ของ"
    rf"\s*(?:คุณ)?\s*(?P<v>{TITLED_NAME})(?=(?:[^\n]|\n(?!\s*\n)){{0,40}}?เลข(?:ประจำตัว|บัตร))"
)
# the kin word, not a word it opens (แม่บ้าน, พ่อค้า, ตาม, ย่าง)
_PARENT_WORD = r"(?:มารดา|บิดา|แม่(?!น้ำ|บ้าน|ข่าย)|พ่อ(?!ค้า|บ้าน)|ตา(?!ม|ราง|ก|ย)|ยาย|ปู่|ย่า(?!ง))"
_CARE_FOR_PARENT = re.compile(
    rf"ขอ(?:ความ)?(?:อนุเคราะห์|ช่วยเหลือ|รับ|ให้){_WRAPPED}"
    rf"(?:เยี่ยม|ดูแล|ช่วยเหลือ|ให้|แก่)\s*(?:คุณ)?{_PARENT_WORD}"
)

# Or who labels both the parent's ID and home as the parent's ("เลขบัตรประชาชนแม่ ...",
# "บ้านแม่อยู่ ...", set 113: a daughter far away asking a vet for her mother's cattle): the
# papers are the parent's, so is the request; a student who names a parent's ID gives her
# own home. Not where the parent has died (an heir's claim, set 63: "ผู้ถึงแก่กรรม",
# "มรณบัตร", "ทายาท").
_PARENTS_ID = re.compile(
    rf"เลข(?:ประจำตัว|บัตร)[\u0e01-\u0e4e]{{0,12}}?\s*(?:ของ)?\s*(?:คุณ)?{_PARENT_WORD}"
)
_PARENTS_HOME = re.compile(rf"(?:บ้าน|ที่อยู่)\s*(?:ของ)?\s*(?:คุณ)?{_PARENT_WORD}")
_DIED = re.compile(r"ถึงแก่กรรม|ถึงแก่ความตาย|เสียชีวิต|ผู้ตาย|มรณบัตร|ทายาท|มรดก|จัดการศพ")
# a death told of: those words, or "ตาย" said of the one named ("ได้ตายที่บ้าน"), not
# ตายาย (grandparents); or a birth ("ได้คลอดบุตร"): its informant is never the mother
# who does not inform (set 57)
_DEATH = re.compile(rf"{_DIED.pattern}|(?<!ผู้)ตาย(?!ผู้|าย)|คลอด")


# A health worker who sends on the data of one in her care (passes_on: "โรงพยาบาล...ขอส่ง
# ต่อข้อมูลผู้ป่วย ... ดังนี้", "ดิฉัน ... อสม. ขอส่งข้อมูลผู้ป่วยติดเตียง ...", set 111)
# names him on a line his part opens ("ผู้ป่วย นาย<him> อายุ ... HN ..."), or a relative
# she pasted names him as her parent ("แม่ชื่อ นาง<her>"): he is the one it is for, the
# worker who signs a go-between.
# So does one she names after the words that send them on ("ขอส่งรายชื่อผู้ป่วยที่แพทย์
# รับรองความพิการแล้ว ... ได้แก่ นาย<him> เลขประจำตัวประชาชน ...", a nurse's mail).
_SENT_ON_NAMED = re.compile(
    rf"(?:{SENDS_ON_CARED_FOR.pattern}){_WRAPPED}(?:ได้แก่|คือ|ชื่อ)\s*(?P<v>{TITLED_NAME})"
)
_PART_OPENS = re.compile(rf"^[ \t]*{CARED_FOR}[ \t]*[:：]?[ \t]*(?P<v>{TITLED_NAME})", re.M)
_PARENT_NAMED = re.compile(
    rf"(?<![\u0e01-\u0e4e])(?:คุณ)?{_PARENT_WORD}\s*ชื่อ\s*(?P<v>{TITLED_NAME})"
)


# A volunteers' body's letter, signed by its leader under his post ("(นาง<chair>)" /
# "ประธานชมรม อสม. ..."), that opens on one of its members by her name and her post in it,
# with her ID ("ด้วย นาง<her> อสม. หมู่ที่ 5 เลขประจำตัวประชาชน ... ได้ประสบอุบัติเหตุ ...
# จึงขอรับเงินช่วยเหลือ", set 120: a club's chair for a member hurt on duty): the member is
# the one it is for (sets 31/63), the chair a go-between, her ID, home and mobile under
# her signature hers. Only with the member's post right after the name and her ID in
# the sentence, and the leader's post on a line below it: a complaint opening "ด้วย
# นาย<neighbour> ..." names no post of a body and is signed by no leader; nor a member's
# wrongdoing or death told of (_WRONGDOING, _DEATH).
_MEMBER_OPENS = re.compile(
    # her post right after her name, or said so ("... ซึ่งเป็น อปพร. ...")
    rf"^[ \t]*ด้วย\s*(?P<v>{TITLED_NAME})\s*(?:(?:ซึ่ง)?เป็น\s*)?(?:{GROUP_MEMBER})"
    r"(?=[^\n]{0,80}?เลข(?:ประจำตัว|บัตร))",
    re.M,
)
_LEAD_LINE = re.compile(rf"^(?![ \t]*(?:เรียน|ถึง))[^\n]*(?:{GROUP_LEAD})", re.M)
# Where the letter is signed: its closing, "ลงชื่อ", or a titled name alone in brackets.
# The leader's post counts only at or below it: a leader asked in the sentences to act
# ("ขอให้หัวหน้าหน่วย ... ตรวจสอบ") is the one written to, not the one who signs.
_SIGNED_OFF = re.compile(rf"ขอแสดงความนับถือ|ด้วยความเคารพ|ลงชื่อ|^[ \t]*\([ \t]*{TITLED_NAME}", re.M)


def _member_opened(text: str) -> Iterator[re.Match[str]]:
    """A body's member its leader's letter opens on (see _MEMBER_OPENS)."""
    if _WRONGDOING.search(text) is not None or _DEATH.search(text) is not None:
        return
    for m in _MEMBER_OPENS.finditer(text):
        signed = _SIGNED_OFF.search(text, m.end())
        if signed is not None and _LEAD_LINE.search(text, signed.start()):
            yield m


def helped_for_entities(text: str) -> Iterator[tuple[str, str, int, str]]:
    """("full_name", the villager's name, its offset, HELPED_FOR) for each villager a
    village officer asks help for in `text`."""
    for m in _helped(text):
        line = text.rfind("\n", 0, m.start()) + 1
        if _SALUTATION.search(text, line, m.start()):
            continue  # "เรียน ผู้ใหญ่บ้าน ...": the officer written to, not the writer
        name = clean_value("name", " ".join(m.group("v").split()))
        if name:
            yield "full_name", name, m.start("v"), HELPED_FOR


def _helped(text: str) -> Iterator[re.Match[str]]:
    """The go-betweens' asks in `text`: a village officer's, a writer's for his kin."""
    if "ขอความ" in text:
        yield from _HELPED.finditer(text)
    if "ของ" in text:
        yield from _POST_NAMES_VILLAGER.finditer(text)
    if "ว่า" in text and _WRONGDOING.search(text) is None and _DEATH.search(text) is None:
        yield from _POST_INFORMS_OF.finditer(text)
        if "เพื่อนบ้าน" in text:
            yield from _NEIGHBOUR_INFORMS_OF.finditer(text)
    if "ของ" in text:
        yield from _KIN_HELPED.finditer(text)
    if "ผู้ป่วย" in text or "เยี่ยมบ้าน" in text:
        yield from _UNIT_HELPED.finditer(text)
        yield from _POST_VISITED.finditer(text)
    if "ขอ" in text:
        yield from (m for m in _POST_ASKS_FOR.finditer(text) if _CLAIM not in m.group(0))
    if "ส่งตัว" in text and _CARE_TEXT.search(text):
        yield from _REFERRED.finditer(text)
    if "เพื่อนบ้าน" in text:
        yield from _NEIGHBOUR_OF.finditer(text)
    if "ของ" in text and (_CARE_FOR_PARENT.search(text) or _parents_papers(text)):
        yield from _CHILD_OF.finditer(text)
    if "มี" in text and _OFFICER_SIGNS.search(text):
        yield from _VILLAGE_HAS.finditer(text)
    if "แทน" in text or "ให้" in text:
        yield from _kin_named_below(text)
    if "ให้" in text:
        yield from (m for m in _ELDER_HELPED.finditer(text) if _CLAIM not in m.group(0))
    if _POST_IN_TEXT.search(text):
        yield from _NAMED_IN_NEED.finditer(text)
    if "ส่ง" in text and SENDS_ON_CARED_FOR.search(text):
        yield from _PART_OPENS.finditer(text)
        yield from _SENT_ON_NAMED.finditer(text)
        yield from _PARENT_NAMED.finditer(text)
    if "ด้วย" in text:
        yield from _member_opened(text)


def _kin_named_below(text: str) -> Iterator[re.Match[str]]:
    """The kin's name on the line "ชื่อ<kin> <titled name>" below the writer's words that
    she files for that kin (see _FILES_FOR_KIN)."""
    for m in _FILES_FOR_KIN.finditer(text):
        if _CLAIM in m.group(0):
            continue
        named = re.compile(rf"^[ \t]*ชื่อ\s*{m.group('k')}\s*[:：]?\s*(?P<v>{TITLED_NAME})", re.M)
        found = named.search(text, m.end())
        if found is not None:
            yield found


def _parents_papers(text: str) -> bool:
    """The writer gives a living parent's ID and home as the parent's (see _PARENTS_ID)."""
    return (
        _PARENTS_ID.search(text) is not None
        and _PARENTS_HOME.search(text) is not None
        and _DIED.search(text) is None
    )
