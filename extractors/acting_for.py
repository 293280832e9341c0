"""A writer who acts for another in law: the request is that person's, the writer a proxy.

    ข้าพเจ้า นางสาวรัตนา ทองดี เลขประจำตัวประชาชน ... ในฐานะผู้อนุบาลของ นายสมพงษ์ ทองดี
    เลขประจำตัวประชาชน ... ขอยื่นคำร้อง ...

    ข้าพเจ้า นางบุญมา ศรีทอง เลขประจำตัวประชาชน ... ผู้ปกครอง (ยาย) ของ เด็กหญิง...

A curator (ผู้อนุบาล) for a person the court declared incompetent, a guardian or legal
representative (ผู้ปกครอง, ผู้แทนโดยชอบธรรม) for a minor, a custodian (ผู้พิทักษ์), an
attorney (ผู้รับมอบอำนาจ): the one they act for is the applicant. That person, named
after the words (and the ID after the name), is read here; the writer's own line is a
proxy's (`body_form`), and their other values of the same fields are rivals no surer
than prose (`extract`). So is a shop's licensee its letter names ("โดย <name>
ผู้รับใบอนุญาต"): the request is his whoever types it (a manager, set 58).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.pupils_paper import pupils_parent_lines
from extractors.role_words import (
    AGENT,
    CLIENT_EN,
    COMPLAINT,
    GROUP_LEAD,
    HOST,
    IN_NEED,
    INTERPRETER,
    KIN_EN,
)
from extractors.thai import CIVIL_TITLE, KIN, THAI_WORD
from extractors.title_options import LATIN_TITLED_NAME, TITLED_NAME
from extractors.validate import national_id_is_valid, normalise_national_id
from extractors.values import ID_IN_TEXT, PHONE_IN_TEXT, clean_value

__all__ = ["ACTING_FOR", "acting_for_entities", "acts_for", "files_claim_for", "owner_acted_for"]

ACTING_FOR = "the person the writer acts for (ในฐานะผู้อนุบาล/ผู้ปกครองของ)"
# A lawyer (ทนายความ, "ทนายความผู้รับมอบอำนาจ") acts for his client as an attorney does
# (set 63: "ในฐานะทนายความผู้รับมอบอำนาจของ <client>", "ข้าพเจ้า <lawyer> ทนายความของ
# <client>"): the client is the applicant, never the lawyer.
_LAWYER = r"ทนายความ(?:ผู้รับมอบอำนาจ)?"
_ROLE = (
    r"ในฐานะ(?:เป็น)?\s*(?:ผู้อนุบาล|ผู้ปกครอง|ผู้พิทักษ์|ผู้แทนโดยชอบธรรม"
    rf"|ผู้รับมอบ(?:อำนาจ|ฉันทะ)|{_LAWYER})(?:โดยชอบธรรม|ตามกฎหมาย)?"
)
_ACTS = re.compile(_ROLE)
_WORD = THAI_WORD
# an ID's words before its digits, any of them left out ("เลขประจำตัวประชาชน :", "เลขบัตร")
# or with her part after them ("เลขประจำตัวประชาชนเจ้าของ ...", the owner's on her own line)
_ID_WORDS = r"(?:เลข(?:ที่)?(?:บัตร)?\s?(?:ประจำตัว)?\s?(?:ประชาชน)?(?:เจ้าของ)?\s*[:：]?\s*)?"
# the one acted for: a titled name (a rank's or a monk's title too: an abbot reports for
# his monk, set 72), and her ID right after it, maybe with its words
_NAMED_FOR = (
    rf"(?P<v>{TITLED_NAME})"
    rf"(?:\s*(?:[,(]\s*)?{_ID_WORDS}"
    rf"(?P<id>{ID_IN_TEXT.pattern}))?"
)
# the writer's kinship to the one she acts for, in brackets after the role ("ผู้ปกครอง
# (ยาย) ของ ...", set 57)
_KIN_NOTE = rf"(?:\(\s*{_WORD}\s*\)\s*)?"
_FOR = re.compile(rf"{_ROLE}\s*{_KIN_NOTE}(?:ของ|แก่|แทน)\s*{_NAMED_FOR}")
# The role with no ในฐานะ, right after the writer's own name and ID ("ข้าพเจ้า <her> <her
# ID> ผู้ปกครอง (ยาย) ของ <child> ...", a guardian's letter for a grandchild's first card,
# set 57): there, too, it says whom she writes for. Elsewhere a bare ผู้ปกครอง names
# someone else's guardian, so the writer's line must hold it.
_BARE_ROLE = rf"(?:ผู้อนุบาล|ผู้ปกครอง|ผู้พิทักษ์|ผู้แทนโดยชอบธรรม|{_LAWYER})(?:โดยชอบธรรม|ตามกฎหมาย)?"
# An attorney's own line may name whom he holds the power from ("ข้าพเจ้า <lawyer>
# ทนายความผู้รับมอบอำนาจจาก <client> (ลูกความ)", set 108): the grantor is the one it is for.
# Her phone may stand between her ID and the role ("ข้าพเจ้า <her> <her ID> โทรศัพท์ <hers>
# เป็นผู้ปกครองของ <child> ...", a guardian's consent for a youth's football camp, set 123).
_HER_PHONE = rf"(?:\s*(?:โทร(?:ศัพท์)?|เบอร์โทร(?:ศัพท์)?|มือถือ)\.?\s*[:：]?\s*{PHONE_IN_TEXT.pattern})?"
_WRITER_FOR = re.compile(
    rf"ข้าพเจ้า\s*{CIVIL_TITLE}?\s*{_WORD}\s+(?:ณ\s+)?{_WORD}"
    rf"(?:\s*{_ID_WORDS}{ID_IN_TEXT.pattern})?{_HER_PHONE}"
    rf"\s*(?:เป็น)?\s*{_BARE_ROLE}\s*{_KIN_NOTE}(?:ของ|แก่|แทน|(?<=อำนาจ)จาก)\s*{_NAMED_FOR}"
)
# A child who files for a parent in her own words: "ข้าพเจ้า <son> เป็นบุตรชายของ <mother>
# ... จึงขอยื่นคำขอแทน" (set 55: the son's letter, his name taken for his mother's). The
# kinship alone says nothing of whose request it is; the filing for another does, the
# matter's word or none between ("ข้าพเจ้าจึงขอยื่นเรื่องแทน", a son's typed letter for his
# mother's storm aid, set 106).
_KIN_FOR = re.compile(rf"เป็น\s*{KIN}(?:{_WORD})?\s*ของ\s*{_NAMED_FOR}")
_FILES_FOR = re.compile(r"(?<!ผู้)ยื่น(?:คำ(?:ขอ|ร้อง)|เรื่อง)?ฯ?\s*แทน")
# Or signs as the one who files for another ("หลาน ผู้ยื่นแทน" under her name, set 89: a
# niece's letter for her bedridden uncle): her kinship named in the letter says for whom.
_SIGNS_AS_FILER = re.compile(r"ผู้ยื่น(?:คำ(?:ขอ|ร้อง))?ฯ?\s*แทน")
# Or asks the aid be paid into that kin's account ("ขอรับเงินช่วยเหลือ ... โดยโอนเข้าบัญชี
# ธ.ก.ส. ของมารดา", a son's letter for his flooded mother, set 92): money paid to the
# parent is the parent's aid, whoever writes.
# A typed letter's line may break between the words ("โอนเข้าบัญชี" / "ธ.ก.ส. ของบิดา").
_PAID_TO_KIN = re.compile(rf"(?:โอน|บัญชี)[\s\S]{{0,40}}?(?:ของ|ในนาม|ให้(?:แก่)?)\s*(?:คุณ)?{KIN}")
# A shop's letter "ร้าน... (ใบอนุญาต...) โดย <name> ผู้รับใบอนุญาต เลขประจำตัวประชาชน ...":
# the licensee the shop's request is by, whoever types it (set 58: a restaurant's manager
# writes for the owner; her Outlook signature and mobile were taken for his).
_LICENSEE = re.compile(
    rf"(?<![\u0e01-\u0e4e])โดย\s*(?P<v>{CIVIL_TITLE}\s*{_WORD}\s+(?:ณ\s+)?{_WORD})"
    r"\s*(?:ในฐานะ(?:เป็น)?\s*)?ผู้รับใบอนุญาต"
    rf"(?:\s*{_ID_WORDS}(?P<id>{ID_IN_TEXT.pattern}))?"
)


# A relative at home who writes for one abroad (set 79): "ดิฉัน <wife> ภรรยาของ <husband>
# <his ID> ... ชำระแทนสามี ... ขอให้ออกใบเสร็จในนามสามี", "ข้าพเจ้า <brother> <his ID> เกิด ...
# พี่ชายของ <sister> <her ID> ..." signed "ผู้ยื่นแทน". The writer's kinship after her own
# name, no เป็น before it, says whom she writes about; the words that she asks FOR that
# kin (แทน, ในนาม, ผู้ยื่นแทน) say whose the request is. Without them a wife's or a
# child's letter naming her kin is her own request (a widow's, an heir's); so is a
# parent's for a child (set 61), as for _FILES_FOR_NAMED.
_WRITER_KIN_OF = re.compile(
    rf"(?:ข้าพเจ้า|ดิฉัน|ผม)\s*{CIVIL_TITLE}?\s*{_WORD}\s+(?:ณ\s+)?{_WORD}[^\n]{{0,120}}?"
    rf"(?<![\u0e01-\u0e4e]){KIN}(?:{_WORD})?\s*ของ\s*(?!ด\.[ชญ]\.|เด็ก){_NAMED_FOR}"
)
_FOR_KIN = re.compile(rf"(?:แทน|ในนาม)\s*{KIN}|ผู้ยื่น(?:คำ(?:ขอ|ร้อง))?แทน")
# The same writer's line as a typed letter wraps it: her ID and her phone between her name
# and her kinship, a line break among them ("ข้าพเจ้า <her> เลขประจำตัวประชาชน <hers>" /
# "โทรศัพท์ <hers> ภรรยาของ <him>" / "เลขประจำตัวประชาชน <his> ...", set 129: a wife's letter
# for her husband hurt on a delivery). Only her own values may stand between, so the
# wrap takes no other line's name. Not "เป็น<kin>ของ", _KIN_FOR's, read where she files
# for him: a daughter's "เป็นลูกสาวของ <mother>" over her mother's own block under its
# labels (set 88) is not read twice.
_WRITER_KIN_OF_WRAPPED = re.compile(
    rf"(?<![\u0e01-\u0e4e])(?:ข้าพเจ้า|ดิฉัน|กระผม|ผม)\s*{CIVIL_TITLE}?\s*{_WORD}\s+(?:ณ\s+)?{_WORD}"
    rf"(?:\s*{_ID_WORDS}{ID_IN_TEXT.pattern})?{_HER_PHONE}"
    rf"\s*(?<![\u0e01-\u0e4e]){KIN}(?:{_WORD})?\s*ของ\s*(?!ด\.[ชญ]\.|เด็ก){_NAMED_FOR}"
)
# A claim she files in his place, its name between the words and แทน, nothing or his kin
# word after it ("จึงขอยื่นขอรับเงินทดแทนการขาดรายได้แทน", "ขอยื่นคำขอรับประโยชน์ทดแทนแทน
# สามี", set 129: a rider's wife for her husband in hospital). แทน must stand as a word of
# its own: in เงินทดแทน, ค่าตอบแทน, ตัวแทน it is a part of another word, ใบแทน is a
# replacement paper (her own lost permit's), and แทนที่ is "instead of". Not where the
# kin died (a widow claims her own right), nor a reimbursement or a complaint, the
# writer's own whoever it concerns (set 124).
_IN_HIS_PLACE = rf"(?<!ทด)(?<!ตอบ)(?<!ตัว)(?<!ใบ)แทน(?:\s*{KIN}|(?![\u0e01-\u0e4e]))"
# A funeral's or a death's grant ("ค่าทำศพ", "ค่าจัดการศพ", "กรณีตาย", "ฌาปนกิจ") says the
# kin died though no word for dying is written: the living who files claims her own right.
_DEATH_GRANT = re.compile(r"ศพ|กรณี(?:ถึงแก่)?(?:ตาย|ความตาย)|ฌาปนกิจ")
_FILES_CLAIM_FOR = re.compile(
    rf"(?<!ผู้)ยื่น(?:คำ(?:ขอ|ร้อง)|เรื่อง|ขอ)[\u0e01-\u0e4e]{{1,40}}?{_IN_HIS_PLACE}"
)


# A grown child's letter about a parent in her own words, no "ยื่นแทน" ("ข้าพเจ้า <son>
# <his ID> เป็นบุตรของ <father> <his ID> ... บิดาป่วยติดเตียง", set 63): whose request it
# is the kinship does not say (an heir, a child moving into a parent's house ask for
# themselves), but the writer's line is no surer than a proxy's: flagged. Only a child's
# words: a parent's line over a child's is the parent's own request (set 61).
_WRITER_CHILD_OF = re.compile(
    rf"ข้าพเจ้า\s*{CIVIL_TITLE}?\s*{_WORD}\s+(?:ณ\s+)?{_WORD}"
    rf"(?:\s*{_ID_WORDS}{ID_IN_TEXT.pattern})?"
    rf"\s*เป็น\s*(?:บุตร|ธิดา|หลาน|ลูก)[\u0e01-\u0e4e]*?\s*ของ\s*{CIVIL_TITLE}"
)
# The same child's line as a son or daughter writes it in a mail (set 124): "กระผม <son>
# เป็นบุตรของ <father> ..." (กระผม, ผม or ดิฉัน for ข้าพเจ้า), or the kinship straight after her
# own name and ID with no เป็น ("ข้าพเจ้า <her> เลขประจำตัวประชาชน <hers> บุตรสาวของ <mother>
# ...", "ผมชื่อ <son> ลูกชายของ <mother>"): the parent is named right after, her ID maybe
# after her name. Read only where the parent is the one in need (`_parent_in_need`).
# A typed letter's opening glues "ด้วย" to the writer's word ("ด้วยข้าพเจ้า <son> ...
# เป็นบุตรของ <father>", set 128): the word still opens the writer's own line.
_CHILD_WRITES = (
    rf"(?:(?<![\u0e01-\u0e4e])|(?<=ด้วย))(?:ข้าพเจ้า|กระผม|ผม|ดิฉัน)\s*(?:ชื่อ)?\s*{CIVIL_TITLE}?\s*{_WORD}\s+(?:ณ\s+)?{_WORD}"
    rf"(?:\s*{_ID_WORDS}{ID_IN_TEXT.pattern})?"
    r"\s*(?:เป็น)?\s*(?:บุตร|ธิดา|หลาน|ลูก)[\u0e01-\u0e4e]*?\s*ของ\s*"
)
_CHILD_WRITES_OF = re.compile(rf"{_CHILD_WRITES}{CIVIL_TITLE}")
_CHILD_WRITES_FOR = re.compile(rf"{_CHILD_WRITES}{_NAMED_FOR}")


# ... unless the letter says that parent is the one in need: paralysed, bedridden, disabled,
# in a wheelchair ("ข้าพเจ้า <son> <his ID> เป็นบุตรของ <father> <his ID> ... ซึ่งเป็นอัมพาต
# และใช้รถเข็น ขอให้ทำทางลาด...", sets 63/102): the ramp, the visit, the allowance are his
# (sets 31/63: the one a service is for). Never a parent who died: the dead ask nothing.
_IN_NEED = re.compile(rf"{IN_NEED}|ป่วย")
_DIED = re.compile(r"ถึงแก่(?:กรรม|อนิจกรรม)|เสียชีวิต|ผู้ตาย|ผู้วายชนม์")
# Nor a child who claims her own right for a sick parent: an official's reimbursement of
# her parent's hospital fees ("ขอเบิกค่ารักษาพยาบาลของบิดา") is hers, the parent a patient.
# Only the reimbursement's word: a parent's own right ("บิดาเป็นผู้มีสิทธิได้รับเบี้ยยังชีพ")
# is what a child asks for him.
# So is her own leave to nurse him ("ขอลากิจเพื่อดูแลบิดา") or her own scholarship ("ขอรับ
# ทุนการศึกษา ... บิดาป่วยเป็นอัมพาต"): the writer's right, the parent's illness its reason.
_OWN_CLAIM = re.compile(r"ขอเบิก|ขอลา(?!ด|ง)|ทุนการศึกษา|ขอ(?:รับ)?ทุน")
# Nor her complaint, though her parent's illness is why she makes it ("ขอร้องเรียนโรงงาน
# ... บิดาซึ่งป่วยติดเตียงพักผ่อนไม่ได้"): the one who complains asks (set 28).
_COMPLAINT = re.compile(COMPLAINT)


def files_claim_for(text: str) -> bool:
    """Whether the writer says she files a claim in another's place (_FILES_CLAIM_FOR),
    or files for another with no name after the words ("ขอยื่นเรื่องแทน"), and the claim
    is not her own: no one died (nor a funeral's grant), nothing reimbursed, no complaint."""
    return (
        "แทน" in text
        and (_FILES_CLAIM_FOR.search(text) is not None or _FILES_FOR.search(text) is not None)
        and _DIED.search(text) is None
        and _DEATH_GRANT.search(text) is None
        and _OWN_CLAIM.search(text) is None
        and _COMPLAINT.search(text) is None
    )


def _parent_in_need(text: str) -> bool:
    """Whether a child's letter that names her parent says that parent is in need."""
    return (
        _CHILD_WRITES_OF.search(text) is not None
        and _IN_NEED.search(text) is not None
        and _DIED.search(text) is None
        and _OWN_CLAIM.search(text) is None
        and _COMPLAINT.search(text) is None
    )


# The one the writer files for, named right after the words ("ขอยื่นเรื่องแทนนาย... (ลุง)",
# a caretaker for a disabled man, set 63; set 31's headman for a villager), or after her
# kinship ("เขียนมาแทนแม่ นาง...", a daughter for her flooded mother, set 64): her
# request. A spouse's word may have คือ after it ("ขอยื่นคำร้องแทนสามี คือ นาย<him>", a
# Thai wife for her foreign husband, set 82); not a parent's so named: a grown child who
# gives her own block and "ขอยื่นคำร้องแทนมารดา คือ นาง<her> <her ID>" is the applicant by
# set 3's ruling. Not a child's title: a parent who files for a child asks herself (set 61).
# So too the owner by her part ("ขอยื่นเรื่องแทนเจ้าของ คือ นาง<owner>", "แทนเจ้าของร้าน
# ชื่อ ...", set 118: a guesthouse's manager renewing its notice): the lodging, the shop,
# the permit are the owner's, the staff who files a go-between.
# So too a group's head by his post, คือ or none before his name ("ขอส่งเรื่องแทนประธานกลุ่ม
# คือ <chair>", "ขอยื่นคำขอแทนหัวหน้ากลุ่ม <her>", set 126: a member for the group's elderly
# chair): a group asks through the one who heads it (set 28), the member who types a
# go-between. A member's complaint of her chair, or her own request naming him, files
# nothing "แทน" him.
_SPOUSE = r"(?:สามี|ภรรยา|ภริยา|คู่สมรส)"
_OWNER = r"เจ้าของ[\u0e01-\u0e4e]{0,12}?"
_HEAD = rf"{GROUP_LEAD}\s*(?:คือ|ได้แก่|ชื่อ)?\s*"
_FILES_FOR_NAMED = re.compile(
    # the request's own name may follow its word ("ขอส่งคำขอรับเงินสงเคราะห์...แทน", set 69;
    # "ขอยื่นเรื่องร้องเรียนแทน", a translator's, set 82) or reports for him ("ขอแจ้งแทน
    # พระ<monk> พระลูกวัด ...", an abbot, set 72), or a notice's ("ขอยื่นแจ้งการขุดดินแทน
    # <owner>", "แจ้งการถมดินแทน <owner>", an engineer's letter for a land owner, set 98)
    r"(?<!ผู้)(?:ยื่น|เขียน(?:มา)?|ส่ง(?:มา)?|แจ้ง)"
    r"(?:(?:เรื่อง|คำ(?:ขอ|ร้อง)|แจ้ง|การ)[\u0e01-\u0e4e]{0,40}?|หนังสือ)?ฯ?\s*แทน"
    rf"\s*(?:{KIN}\s*|(?:{_SPOUSE}|{_OWNER})\s*(?:คือ|ได้แก่|ชื่อ)\s*|{_HEAD})?(?!ด\.[ชญ]\.|เด็ก){_NAMED_FOR}"
)


# A relative who says she only types the request for her kin ("ลูกพิมพ์แทนแม่นะคะ",
# "หลานพิมพ์ให้ตาครับ") and then names that kin by the same word ("แม่ชื่อ นาง...", set 85):
# the request is the kin's, as where a grandchild types for a grandmother whose name
# stands over her ID (set 78). Typing is a clerk's part, not a filer's: one who files
# (ยื่นแทน) for a parent while giving her own block asks herself (set 3). Only the kin
# she types for: another kin named beside them is not whom the request is for.
_TYPES_FOR_KIN = re.compile(rf"(?<!ผู้)พิมพ์(?:หนังสือ|ข้อความ)?\s*(?:แทน|ให้)\s*(?:คุณ)?(?P<kin>{KIN})")
# So too one who notifies or sends for her kin and then gives that kin's own block under
# the same word ("ขอแจ้งปรับปรุงทะเบียนเกษตรกรแทนคุณพ่อ ... คุณพ่อชื่อ นาย... / เลข... /
# ที่อยู่ ...", a daughter in the city for a farmer father with no phone, set 92): the
# register, the aid are the parent's. Without "<kin>ชื่อ" (a son's complaint "แทนแม่"
# over his own ID and home, set 37) nothing is read here.
_NOTIFIES_FOR_KIN = re.compile(
    r"(?<!ผู้)(?:แจ้ง|ยื่น|ส่ง|เขียน)[\u0e01-\u0e4e]{0,40}?\s*แทน\s*(?:คุณ)?"
    rf"(?P<kin>{KIN})"
)


# Or who says the details she sends are that kin's ("ส่งต่อข้อความ... ข้อมูลของแม่ ขอต่อ
# ใบอนุญาต...", a daughter forwarding her chat with her mother, a beach vendor, set 118),
# then names her either way round ("แม่ชื่อ นาง...", "ชื่อแม่ นาง..."): the permit is the
# mother's. A writer's own details naming her mother ("ชื่อแม่ ...") say no such thing.
_DETAILS_OF_KIN = re.compile(rf"ข้อมูล(?:ของ)?\s*(?:คุณ)?(?P<kin>{KIN})(?![\u0e01-\u0e4e])")


def _typed_for_kin(text: str) -> list[re.Match[str]]:
    """The names said after "<kin>ชื่อ" (or "ชื่อ<kin>") of the kin the writer says she
    types, notifies or sends for, or whose details she says she sends."""
    kins = {m.group("kin") for m in _TYPES_FOR_KIN.finditer(text)}
    kins |= {m.group("kin") for m in _NOTIFIES_FOR_KIN.finditer(text)}
    kins |= {m.group("kin") for m in _DETAILS_OF_KIN.finditer(text)}
    found: list[re.Match[str]] = []
    for kin in kins:
        named = re.compile(
            rf"(?<![\u0e01-\u0e4e])(?:(?:คุณ)?{kin}\s*ชื่อ|ชื่อ\s*(?:คุณ)?{kin})\s*"
            rf"(?!ด\.[ชญ]\.|เด็ก){_NAMED_FOR}"  # not a child's: a parent asks herself (set 61)
        )
        found += named.finditer(text)
    return found


# The one the writer has his power from, named after the words ("ข้าพเจ้า <lawyer>
# ทนายความ ใบอนุญาต... ได้รับมอบอำนาจจาก <client> เลขประจำตัวประชาชน ...", set 63): the
# grantor's request. So is one who entrusted it ("บริษัทฯ ได้รับมอบหมายจาก <client> ...
# (เจ้าภาพ)", an event firm's letter, set 65) or gave a proxy (มอบฉันทะ). A company's name
# has no civil title, so it gives none here. Her part may come first ("ได้รับมอบหมายจาก
# ผู้ขาย คือ <seller>", a real-estate agent for the seller, set 80): one word and คือ,
# ได้แก่ or ชื่อ before her name.
_HER_PART = rf"(?:{_WORD}\s*(?:คือ|ได้แก่|ชื่อ)\s*)?"
_GRANTED_BY = re.compile(
    rf"(?<!ผู้)(?:ได้)?รับมอบ(?:อำนาจ|หมาย|ฉันทะ)(?:มา)?จาก\s*{_HER_PART}{_NAMED_FOR}"
)


# A real-estate agent (นายหน้า), an agent (ตัวแทน) or a coordinator (ผู้ประสานงาน) who names
# on his own line the one he acts for, after her part or not ("ดิฉัน <agent> ตัวแทนของผู้ขาย
# <seller>", "ผม <agent> นายหน้า... ขอ...แทนผู้ขาย คือ <seller>", "...ผู้ประสานงานการขาย
# บ้านของ <seller>", set 80): hers is the request, the agent's name, line and box never.
_AN_AGENT = re.compile(AGENT)
_CLIENTS_PART = rf"(?:(?:ผู้|เจ้าของ|ลูกค้า){_WORD}?\s*(?:คือ|ได้แก่|ชื่อ)?\s*)?"
_AGENT_FOR = re.compile(
    rf"(?:ข้าพเจ้า|กระผม|ผม|ดิฉัน)\s*{CIVIL_TITLE}\s*{_WORD}\s+(?:ณ\s+)?{_WORD}"
    rf"\s*(?:เป็น)?\s*{AGENT}[^\n]{{0,60}}?(?:ของ|แทน|จาก)\s*{_CLIENTS_PART}{_NAMED_FOR}"
)


# The writer naming himself the owner's attorney or agent on his own line, no ในฐานะ
# ("ข้าพเจ้า นาย... ผู้รับมอบอำนาจ ขอยื่น...แทนเจ้าของ", a permit form's "ข้าพเจ้า นาย...
# เลขประจำตัวประชาชน ... เป็นตัวแทนเจ้าของอาคาร อยู่บ้านเลขที่ ...", set 56): that line is
# his, the owner's block is elsewhere. ผู้ดูแล is left out: a carer is an applicant too.
_SELF_PROXY = re.compile(
    rf"ข้าพเจ้า\s*{CIVIL_TITLE}?\s*{_WORD}\s+(?:ณ\s+)?{_WORD}"
    rf"(?:\s*{_ID_WORDS}{ID_IN_TEXT.pattern})?"
    r"\s*(?:เป็น)?\s*(?:ผู้รับมอบ(?:อำนาจ|ฉันทะ)|ตัวแทน(?:ของ|เจ้าของ|ผู้))"
)


# The writer who says on his own line that he files FOR THE OWNER, by her part, his trade
# and licence between ("ข้าพเจ้า <surveyor> ช่างรังวัดเอกชน ใบอนุญาตเลขที่ ... ขอยื่นแจ้ง
# การถมดิน ... แทนเจ้าของที่ดิน", an engineer's or a contractor's likewise): the notice,
# the land are the owner's, whose block follows; his name, licence and mobile never hers.
_FILES_FOR_OWNER = re.compile(
    rf"ข้าพเจ้า\s*{CIVIL_TITLE}?\s*{_WORD}\s+(?:ณ\s+)?{_WORD}[^\n]{{0,200}}?"
    r"(?<!ผู้)(?:ยื่น|แจ้ง|ส่ง)[^\n]{0,120}?แทน\s*(?P<role>เจ้าของ[\u0e01-\u0e4e]*)"
)


# Or says he was entrusted by the owner, by her part alone ("สำนักงานฯ ในฐานะผู้ออกแบบ
# ได้รับมอบหมายจากเจ้าของอาคาร ขอส่งเอกสาร...", an architect's office sending an owner's
# permit papers ahead; "ได้รับมอบอำนาจจากเจ้าของที่ดิน"): the papers are the owner's, whose
# lines follow under the same part's word; the office's signature, mobile and box never hers.
# So does one who says he sends or files the papers for the owner by her part, whoever he
# is ("สำนักงานฯ ขอส่งแบบขออนุญาตแทนเจ้าของอาคาร ดังนี้", "ยื่นในนามเจ้าของที่ดิน"). The
# part's word is one a permit names, as Thai may run the next word on without a space.
_OWNERS_PART = r"เจ้าของ(?:อาคาร|ที่ดิน|บ้าน|ป้าย|กิจการ|ร้าน|ห้องชุด|โครงการ)"
_GRANTED_BY_OWNER = re.compile(
    r"(?:(?<!ผู้)(?:ได้)?รับมอบ(?:อำนาจ|หมาย|ฉันทะ)(?:มา)?จาก"
    r"|(?<!ผู้)(?:ยื่น|ส่ง)[^\n]{0,120}?(?:แทน|ในนาม(?:ของ)?))"
    rf"\s*(?P<role>{_OWNERS_PART})"
)


def _owners_lines(text: str) -> list[re.Match[str]]:
    """The owner's own name line below the writer's words that he files for her by her
    part ("เจ้าของที่ดิน: <name>", "ชื่อเจ้าของที่ดิน <name>"), or that she entrusted him
    by it: that part's word labels no name a form reads (a renter's landlord is so named
    too), but here it names whom the notice is for."""
    said = _FILES_FOR_OWNER.search(text) or _GRANTED_BY_OWNER.search(text)
    if said is None:
        return []
    role = re.escape(said.group("role"))
    line = re.compile(rf"^[ \t]*(?:ชื่อ)?{role}\s*[:：]?\s*{_NAMED_FOR}", re.M)
    return list(line.finditer(text, said.end()))


# Whom the letter is for, in words no proxy's role names (set 70: residents who are not
# Thai citizens, and those who write for them): an employer's "บริษัทฯ มีลูกจ้างสัญชาติ...
# ชื่อ <worker>" or "ขอคัดสำเนา...ของลูกจ้าง คือ <worker>", a translator's "ขอทำหนังสือนี้
# แทน <widow>", a foundation's "ได้รับการร้องขอจาก <worker>". The worker, the widow is the
# applicant; the writer's name, line and box (HR's mobile under her signature, the shop
# owner's, the foundation's letterhead block) are the writer's. Only the employer's own
# words for his worker (มี, ของ, ให้, แก่, แทน before ลูกจ้าง, "แทนลูกจ้างของบริษัทฯ คือ"):
# a complaint naming a shop's worker ("ลูกจ้างของร้าน ชื่อ ...", no such word before it)
# names another party.
_EMPLOYERS_WORKER = re.compile(
    r"(?:มี|ของ|ให้|แก่|แทน)\s*ลูกจ้าง(?:ของ\s*(?:บริษัท|โรงงาน|ร้าน|ห้าง)ฯ?)?"
    rf"(?:สัญชาติ\s*{_WORD})?\s*(?:ชื่อ|คือ|ได้แก่)\s*{_NAMED_FOR}"
)
# So a body's own words for its member ("มูลนิธิฯ ขอส่งความประสงค์ของสมาชิก คือ <him>",
# "...ให้สมาชิกของสมาคม ชื่อ <her>", set 102: a foundation for the blind): the member is
# the applicant, its social worker who signs and its line a go-between's.
_BODYS_MEMBER = re.compile(
    r"(?:ของ|ให้|แก่|แทน)\s*สมาชิก(?:ของ\s*[\u0e01-\u0e4e]{1,30}ฯ?)?"
    rf"\s*(?:ชื่อ|คือ|ได้แก่)\s*{_NAMED_FOR}"
)
_LETTER_FOR = re.compile(rf"(?<!ผู้)ทำ(?:หนังสือ|คำ(?:ขอ|ร้อง))(?:ฉบับ)?(?:นี้)?\s*แทน\s*{_NAMED_FOR}")
# "ได้รับการร้องขอความช่วยเหลือจาก <elder>": a legal-aid volunteer's words for the one who
# asked him for help (set 108), as a foundation's "ได้รับการร้องขอจาก".
_ASKED_BY = re.compile(
    rf"ได้รับ(?:การ)?ร้องขอ(?:ความ(?:ช่วยเหลือ|อนุเคราะห์|เป็นธรรม))?(?:มา)?จาก\s*{_NAMED_FOR}"
)


# The one who came to ask the writer to send it for him, named before the words ("<name>
# (ลำดับที่ 2) หัวหน้าครัวเรือน ได้มาขอให้กระผมส่งคำร้อง...แทน", a headman's mail over a
# list of households, set 92): his request, the list's other rows and the headman's own
# signature never. No other titled name between his and the words.
_CAME_TO_ASK_ME = re.compile(
    rf"(?P<v>{TITLED_NAME})(?P<id>)(?:(?!นาย|นาง)[^\n]){{0,60}}?"
    r"(?:ได้)?(?:มา)?ขอให้\s*(?:กระผม|ผม|ดิฉัน|ข้าพเจ้า)\s*(?:ช่วย)?\s*"
    r"(?:ส่ง|ยื่น|แจ้ง|เขียน)[^\n]{0,80}?แทน"
)


# An interpreter or translator who writes what another asks, her role on her line before
# the words ("ดิฉัน <her> ล่ามภาษามือ ทะเบียนเลขที่ ... ขอแปลความประสงค์ของ <him> (คนหูหนวก)",
# "...ขอถ่ายทอดคำร้องของ...", "...ขอแปลคำร้องแทน...", set 102): his request, she a go-between.
_INTERPRETS_FOR = re.compile(
    rf"{INTERPRETER}[^\n]{{0,80}}?(?<!ผู้)(?:แปล|ถ่ายทอด)"
    r"(?:ความ(?:ประสงค์|ต้องการ)|คำ(?:ร้อง|ขอ|พูด)|ข้อความ|เรื่อง(?:ราว)?)?"
    rf"\s*(?:ของ|แทน|ให้(?:แก่)?)\s*{_NAMED_FOR}"
)


# An insurer's claim in its own name for what it paid its insured (รับช่วงสิทธิ์): "ของ
# ผู้เอาประกันภัย คือ <name>", "ผู้เอาประกันภัย: <name>" (set 77's ruling: the insured is the
# applicant, never the company nor its claims officer).
_INSURED = re.compile(rf"ผู้เอาประกันภัย\s*(?:[:：]|คือ|ได้แก่|ชื่อ)?\s*{_NAMED_FOR}")


# A power of attorney in its grantor's words: "ข้าพเจ้า <grantor> อายุ ... ขอมอบอำนาจให้
# <lawyer> ...". The request is the grantor's whoever sends the paper (set 77: the lawyer
# mails it, his own name signed under the mail); her name is read as the one it is for.
_GRANTOR = re.compile(
    rf"ข้าพเจ้า\s*(?P<v>{TITLED_NAME})(?P<id>)[^\n]{{0,300}}?(?<!ผู้)(?:ขอ)?มอบ(?:อำนาจ|ฉันทะ)\s*ให้"
)


# A firm's or an office's English letter for the one it acts for ("We act for our client,
# Mr. <him>, ...", a law firm's, set 82): he is the applicant, the firm's letterhead box and
# its lawyer's mobile under the signature the writer's.
_FOR_OUR_CLIENT = re.compile(
    rf"(?i:\b(?:for|on\s+behalf\s+of)\s+(?:our|my)\s+{CLIENT_EN})\s*,?\s*"
    rf"(?P<v>{LATIN_TITLED_NAME})(?P<id>)"
)


# So a husband's or a son's for his kin, named at once in Thai or English ("on behalf of my
# wife, นาง<her>, who owns ...", "I, <him>, write for my wife นาง<her>, Thai ID ...", set
# 118): hers is the request, his name, passport and phone never.
_FOR_MY_KIN = re.compile(
    rf"(?i:\b(?:for|on\s+behalf\s+of)\s+my\s+(?P<kin>{KIN_EN}))\s*,?\s*"
    rf"(?P<v>{LATIN_TITLED_NAME}|{TITLED_NAME})(?P<id>)"
)


# ... and her own number said as hers ("My wife's mobile is 08...", set 118: beside his own
# "You can reach me at ..."): the applicant's phone, his never.
_MY_KINS_PHONE = (
    r"(?i:\bmy\s+{kin}['’]s\s+(?:mobile|cell|phone|tel\.?|telephone|number)(?:\s+(?:number|no\.?))?"
    r"\s*(?:is|:)?)\s*(?P<phone>{phone})"
)


def _kins_phones(text: str, kins: set[str]) -> Iterator[re.Match[str]]:
    """Each number said as "my <kin>'s mobile is ..." of a kin the writer writes for."""
    for kin in kins:
        said = _MY_KINS_PHONE.format(kin=re.escape(kin), phone=PHONE_IN_TEXT.pattern)
        yield from re.finditer(said, text, re.IGNORECASE)


# Or names him on a line of his own under his part's word after saying so ("On behalf of
# our co-owner, please issue ..." / "Owner: Mr. <him> (Australian), passport ...", a
# condominium office's mail, set 82): he is the applicant, the manager who signs a writer.
_OUR_CLIENT_SAID = re.compile(rf"(?i:\b(?:for|on\s+behalf\s+of)\s+(?:our|my)\s+{CLIENT_EN})\b")
_CLIENTS_LINE = re.compile(
    rf"^[ \t]*(?i:{CLIENT_EN})\s*[:：]\s*(?P<v>{LATIN_TITLED_NAME}|{TITLED_NAME})(?P<id>)", re.M
)


# A funeral home or a temple's steward that says it writes for the funeral's host or
# the dead's family ("ได้รับมอบหมายจากเจ้าภาพ", "ขอยื่นคำขอแทนครอบครัวผู้ถึงแก่กรรม", "ใน
# นามเจ้าภาพ", set 114), then names her by her part ("เจ้าภาพ: <name> (บุตร) เลขประจำตัว
# ประชาชน ...", "เจ้าภาพคือ <name> ..."): the host is the one who asks, the firm's staff
# or the steward who signs never.
_FOR_HOST = re.compile(rf"(?:รับมอบหมาย(?:มา)?จาก|แทน|ในนาม(?:ของ)?)\s*(?:{HOST}|ครอบครัว|ญาติ)")
_KIN_AFTER = rf"(?:\s*[(（]\s*{_WORD}\s*[)）])?"
_HOSTS_NAME = re.compile(
    rf"(?<![\u0e01-\u0e4e]){HOST}\s*(?:คือ|ได้แก่|ชื่อ)?\s*[:：]?\s*(?P<v>{TITLED_NAME}){_KIN_AFTER}"
    rf"(?:\s*{_ID_WORDS}(?P<id>{ID_IN_TEXT.pattern}))?"
)


def _hosts_lines(text: str) -> list[re.Match[str]]:
    """The host named after the writer's words that he writes for her or her family."""
    said = _FOR_HOST.search(text)
    return list(_HOSTS_NAME.finditer(text, said.end())) if said else []


def _clients_lines(text: str) -> list[re.Match[str]]:
    """The client's own lines below the writer's words that she writes for him."""
    said = _OUR_CLIENT_SAID.search(text)
    return list(_CLIENTS_LINE.finditer(text, said.end())) if said else []


def _names_an_agent(text: str) -> bool:
    return _AN_AGENT.search(text) is not None


def acts_for(text: str) -> bool:
    """Whether the line says its writer acts for another (ในฐานะผู้อนุบาล..., his name
    after ข้าพเจ้า followed by ผู้รับมอบอำนาจ, ตัวแทนเจ้าของ... or "ทนายความของ <client>",
    or "ได้รับมอบอำนาจ/มอบหมาย/มอบฉันทะจาก <name>", or an agent's "ตัวแทนของผู้ขาย <name>")."""
    if "ในฐานะ" in text and _ACTS.search(text) is not None:
        return True
    if "รับมอบ" in text and _GRANTED_BY.search(text) is not None:
        return True
    if "แทน" in text and _FILES_FOR_NAMED.search(text) is not None:
        return True
    if _names_an_agent(text) and _AGENT_FOR.search(text) is not None:
        return True
    if ("แปล" in text or "ถ่ายทอด" in text) and _INTERPRETS_FOR.search(text) is not None:
        return True
    return "ข้าพเจ้า" in text and (
        _SELF_PROXY.search(text) is not None
        or _FILES_FOR_OWNER.search(text) is not None
        or _WRITER_FOR.search(text) is not None
        or _WRITER_CHILD_OF.search(text) is not None
    )


# The owner the writer says he acts for, by role ("เป็นตัวแทนเจ้าของอาคาร", "ยื่นแทนเจ้าของ
# ที่ดิน"): a part headed by that role below is the applicant's, not another's (set 56).
_FOR_OWNER = re.compile(r"แทน\s*(?P<role>เจ้าของ[\u0e01-\u0e4e]*)")


def owner_acted_for(text: str) -> str | None:
    """The owner's role ("เจ้าของอาคาร") a line that `acts_for` another names, if any."""
    if not acts_for(text):
        return None
    m = _FOR_OWNER.search(text)
    return m.group("role") if m else None


def acting_for_entities(text: str) -> Iterator[tuple[str, str, int, str]]:
    """(key, value, offset, ACTING_FOR) for the person named after the words (or after the
    writer's kinship to her, where he says he files for another), and their ID when it
    follows the name."""
    found = list(_FOR.finditer(text)) if "ในฐานะ" in text else []
    found += _WRITER_FOR.finditer(text) if "ข้าพเจ้า" in text else ()
    in_need = _parent_in_need(text)
    claim_for = files_claim_for(text)
    if (
        _FILES_FOR.search(text)
        or _SIGNS_AS_FILER.search(text)
        or _PAID_TO_KIN.search(text)
        or in_need
        or claim_for
    ):
        found += _KIN_FOR.finditer(text)
    if in_need:
        found += _CHILD_WRITES_FOR.finditer(text)
    if "ของ" in text and _FOR_KIN.search(text):
        found += _WRITER_KIN_OF.finditer(text)
    if "ของ" in text and (claim_for or _FOR_KIN.search(text)):
        found += _WRITER_KIN_OF_WRAPPED.finditer(text)
    if "รับมอบ" in text:
        found += _GRANTED_BY.finditer(text)
    if "แทน" in text:
        found += _FILES_FOR_NAMED.finditer(text)
    if ("แทน" in text or "รับมอบ" in text or "ในนาม" in text) and "เจ้าของ" in text:
        found += _owners_lines(text)
    if "ผู้รับใบอนุญาต" in text:
        found += _LICENSEE.finditer(text)
    if _names_an_agent(text):
        found += _AGENT_FOR.finditer(text)
    if "ลูกจ้าง" in text:
        found += _EMPLOYERS_WORKER.finditer(text)
    if "สมาชิก" in text:
        found += _BODYS_MEMBER.finditer(text)
    if "แทน" in text:
        found += _LETTER_FOR.finditer(text)
    if "พิมพ์" in text or "แทน" in text or "ข้อมูล" in text:
        found += _typed_for_kin(text)
    if "ร้องขอ" in text:
        found += _ASKED_BY.finditer(text)
    if "ขอให้" in text and "แทน" in text:
        found += _CAME_TO_ASK_ME.finditer(text)
    if "ผู้เอาประกันภัย" in text:
        found += _INSURED.finditer(text)
    if "แปล" in text or "ถ่ายทอด" in text:
        found += _INTERPRETS_FOR.finditer(text)
    if "มอบ" in text and "ข้าพเจ้า" in text:
        found += _GRANTOR.finditer(text)
    if "เจ้าภาพ" in text:
        found += _hosts_lines(text)
    found += pupils_parent_lines(text)  # a parent's letter for a pupil's paper (set 115)
    if " our " in text or " my " in text:
        found += _FOR_OUR_CLIENT.finditer(text)
        mine = list(_FOR_MY_KIN.finditer(text))
        found += mine
        for said in _kins_phones(text, {m.group("kin").lower() for m in mine}):
            yield "phone", said.group("phone"), said.start("phone"), ACTING_FOR
        found += _clients_lines(text)
    for m in found:
        name = clean_value("name", " ".join(m.group("v").split()))
        if name:
            yield "full_name", name, m.start("v"), ACTING_FOR
        digits = normalise_national_id(m.group("id")) if m.group("id") else None
        if digits and national_id_is_valid(digits):
            yield "national_id", m.group("id"), m.start("id"), ACTING_FOR
