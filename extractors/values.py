"""A value as read after a label, cleaned by its field's type, and tests of a value's type.

Cleaning keeps the value as written (validation normalises it later) but drops what is
plainly not part of it: an ID field keeps the 13 digits out of "13 หลัก: 3-1006-...", a
phone field the number out of "081-234-5678 (ติดต่อได้ทุกวัน)", a name stops before
"อายุ 45 ปี" or "อยู่บ้านเลขที่ ...".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import FieldType
from extractors.changed_name import current_name
from extractors.date_orders import states_order
from extractors.foreign_phone import FOREIGN_PHONE_IN_TEXT
from extractors.mobile_first import mobile_of
from extractors.role_words import SIGNS_FOR_BODY, WORSHIP_POST
from extractors.thai import CIVIL_TITLE, DASHES, KIN, parse_date, thai_digits_to_arabic
from extractors.title_options import LATIN_TITLE
from extractors.validate import (
    any_kind_of_id,
    national_id_is_valid,
    normalise_any_phone,
    normalise_email,
    normalise_national_id,
    normalise_phone,
    normalise_postal_code,
    normalise_province,
)

__all__ = [
    "ID_IN_TEXT", "PHONE_IN_TEXT", "clean_value", "has_type", "is_signature_caption",
    "labelled_ids_in", "looks_broken", "marked_old", "valid_ids_in",
]  # fmt: skip

_D = "[0-9๐-๙]"
# The two patterns below are searched through every body. Each starts with the class of
# its first character and checks that no digit comes before it right after it (not in a
# lookbehind first): the regex engine then skips to the next candidate character itself
# instead of trying the whole pattern at every position (about 3x faster on a long body).
_NOT_AFTER_DIGIT = "(?<![0-9๐-๙].)"
# 13 digits, maybe grouped by spaces, dashes or dots (1-2345-67890-12-3).
ID_IN_TEXT = re.compile(rf"{_D}{_NOT_AFTER_DIGIT}(?:[\s{DASHES}.]?{_D}){{12}}(?![0-9๐-๙])")


# Where the groups of an ID written in groups may part (after digits 1, 5, 10, 12: the
# card's 1-4-5-2-1).
_ID_BREAKS = frozenset({1, 5, 10, 12})
_GROUP_SEPARATOR = re.compile(rf"[\s{DASHES}.]")


def _two_numbers(written: str) -> bool:
    """13 digits in two groups parted where no ID's groups part: two numbers side by
    side, a UTM reference's easting and northing ("47Q 512782 2146424", set 53), not one
    ID whose check digit happens to hold. A line end parts no two numbers: a mail
    program's wrap cuts an ID anywhere (set 3)."""
    if "\n" in written or "\r" in written:
        return False
    groups = _GROUP_SEPARATOR.split(written)
    return len(groups) == 2 and len(groups[0]) not in _ID_BREAKS


def valid_ids_in(text: str) -> Iterator[re.Match[str]]:
    """The matches of ID_IN_TEXT in `text` that are a person's valid national ID."""
    for m in ID_IN_TEXT.finditer(text):
        digits = normalise_national_id(m.group(0))
        if digits is not None and national_id_is_valid(digits) and not _two_numbers(m.group(0)):
            yield m


# A person's ID label ending right before a number, maybe across a line end:
# "เลขประจำตัวประชาชน", "เลขบัตร ปชช.", "บัตรประชาชนเลขที่", "ID No.:".
_ID_LABEL_BEFORE = re.compile(
    r"(?:ประชาชน|ปชช\.?|เลข(?:ที่)?บัตร|เลขประจำตัว(?:\s*13\s*หลัก)?|\bID(?:\s*(?:No\.?|number))?)"
    r"(?:\s*เลขที่)?\s*[:：]?\s*$",
    re.IGNORECASE,
)


def labelled_ids_in(text: str) -> Iterator[re.Match[str]]:
    """valid_ids_in's matches, and the 13 digits right after a person's ID label whose
    check digit holds whatever the first digit: a person of no registration status has a
    number opening 0 and the registrar's province ("0-6301-...", set 53), a company's
    shape, but after "เลขประจำตัวประชาชน" it is hers, and the phone it opens like is not."""
    for m in ID_IN_TEXT.finditer(text):
        digits = normalise_national_id(m.group(0))
        if digits is None:
            continue
        if _two_numbers(m.group(0)):
            continue
        if national_id_is_valid(digits) or (
            any_kind_of_id(digits)
            and _ID_LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            yield m


_SEP = rf"(?:[^\S\n]|[{DASHES}.])"  # a space, dash or dot: never a line end
# A Thai number: 0 or +66 then 8-9 more digits in groups, maybe with an extension. The
# groups are parted by spaces, not line ends: "โทร 09...\n2. ..." ends at the line. The
# country code may be typed in Thai digits as the rest is ("+๖๖ ๘๑ ..."): missed, the
# mobile lost to a landline beside it (the metamorphic harness's thai_digits).
PHONE_IN_TEXT = re.compile(
    rf"[+0๐]{_NOT_AFTER_DIGIT}(?:(?<=\+)\s?(?:66|๖๖)\s?(?:\([0๐]\))?|(?<=[0๐]))"
    rf"{_SEP}?\(?{_D}{{1,2}}\)?(?:{_SEP}?{_D}){{6,8}}"
    rf"(?:\s*\(?\s*(?:ต่อ|ext\.?|extension|x|#)\s*{_D}{{1,5}}\s*\)?)?(?![0-9๐-๙])",
    re.IGNORECASE,
)
# The lookbehind starts a match only where a run of address characters starts; without it
# a long run with no "@" is rescanned from every position (quadratic, as in masking.py).
_LOCAL = r"[A-Za-z0-9._%+'-]"
# An apostrophe may be inside an address (o'brien@...) but does not open one: before the
# first letter it is a quote round the address ('somchai@gmail.com').
_LOCAL_OPEN = r"[A-Za-z0-9._%+-]"
# The run is taken whole (possessive: "@" is no address character, so giving some back
# could never find it) and not tried again shorter, letter by letter, when no "@" follows.
# The lookbehind comes after the first character (as _NOT_AFTER_DIGIT): a pattern that
# opens with a character class lets the engine skip the text no address starts in.
EMAIL_IN_TEXT = re.compile(
    rf"{_LOCAL_OPEN}(?<!{_LOCAL_OPEN}.){_LOCAL}*+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)
_SPACE_AFTER_DOT = re.compile(r"(?<=[A-Za-z0-9])\. (?=[A-Za-z]{2,}\b)")
_PROVINCE_IN_TEXT = re.compile(r"(?:จังหวัด|จ\.)\s*([\u0e01-\u0e4e]+)")
_POSTAL_IN_TEXT = re.compile(rf"(?<![0-9๐-๙]){_D}{{5}}(?![0-9๐-๙])")
# The one a notification's informant is kin to, named by the part he plays in it: the
# newborn, the deceased (after a kin word: "บุตรผู้ตาย", "มารดาเด็ก").
_WHOSE_KIN = r"(?:เด็ก|ทารก|ผู้ตาย|ผู้เสียชีวิต|ผู้ถึงแก่กรรม|ผู้วายชนม์)"
# Words that end a name written in a sentence ("นายสมชาย ใจดี อายุ 45 ปี").
_NAME_END = re.compile(
    # a list separator ends it too: "นายสมชาย ใจดี / เลขบัตร ...", "นายสมชาย ใจดี; โทร ..."
    r"(?<!\s)\s*(?:[,(（;|]|\s/|/(?:\s|$)"
    r"|\s(?:เลขประจำตัว|เลขบัตร|บัตรประจำตัว|บัตรประชาชน|ถือบัตร|อยู่บ้านเลขที่|อยู่ที่|บ้านเลขที่|ที่อยู่|"
    r"มีความประสงค์|ขอยื่น|ขอร้อง|ขอแจ้ง|ขอสำเนา|ขอคัด|ขอรับ|ขออนุญาต|ขอข้อมูล|ขอนัด|"
    r"เป็นผู้|เกิดวันที่|เกิดเมื่อ|โทรศัพท์|เบอร์โทร|เบอร์มือถือ|ชื่อเล่น|ในนาม|ในฐานะ)"
    # "เกิด 1 ก.พ. 30": the birth date; "เกิดผล" is a family name, so only before a number
    r"|\sเกิด\s*(?=[0-9๐-๙])"
    # "วันที่ 29/11/2569" after the signer's name on a sheet's last row ("ผู้รายงาน | นาย... |
    # วันที่ | ...", set 103): the day he signed, only before a number
    r"|\sวันที่\s*(?=[0-9๐-๙])"
    # one who has no phone, said right after her name with no space ("นาง...ไม่มีโทรศัพท์
    # ให้ติดต่อหลาน...", a letter typed on a phone, set 104)
    r"|\s?ไม่มี(?:โทรศัพท์|เบอร์|มือถือ)"
    # short words that also begin family names ("โทรศักดิ์"): only as whole words
    r"|\s(?:อายุ|โทร|เบอร์|สัญชาติ|อาชีพ|ตำแหน่ง|ซึ่ง)(?![\u0e01-\u0e2e])"
    r"|\s(?:age|born|ID|tel|phone|living)\b"
    # a hospital's numbers for its patient after his name ("ชื่อ นาย... HN 61-0032 AN ...",
    # set 111: a typed certificate), capitals only: no Thai name goes on in Latin letters
    r"|\s(?-i:HN|AN)(?![A-Za-z])"
    # a practitioner's licence after her name ("แพทย์หญิง... ใบอนุญาตประกอบวิชาชีพเวชกรรม
    # เลขที่ ว....", set 111): no family name begins with ใบอนุญาต
    r"|\sใบอนุญาต"
    # the role a permit or tax form prints after the name ("นาย... เจ้าของอาคารหรือตัวแทน
    # เจ้าของอาคาร", "... ผู้ขออนุญาต"): set 26, แบบ ข.๑
    r"|\s(?:เจ้าของ(?:อาคาร|ที่ดิน|ป้าย|บ้าน|กิจการ|ร้าน)|ตัวแทนเจ้าของ|ผู้ขออนุญาต|ผู้ยื่นคำ(?:ขอ|ร้อง)"
    r"|ผู้รับมอบอำนาจ|ผู้มอบอำนาจ|ผู้ประกอบ(?:การ|พาณิชยกิจ)"
    # a lawyer's calling after his name ("ข้าพเจ้า นาย... ทนายความผู้รับมอบอำนาจจาก ...", set 108)
    r"|ทนายความ"
    # how the writer is related to another, or his role in the form, typed after his
    # name ("... เกี่ยวข้องกับเด็กเป็น ยาย", "... ผู้รับเงินแทน", "... เจ้าบ้าน"): set 31;
    # his standing in the house register ("ข้าพเจ้า นาง... ผู้อาศัย บ้านเลขที่ ...", set 95)
    r"|(?:ความ)?เกี่ยวข้อง|เจ้าบ้าน|ผู้อาศัย|ผู้(?:ยื่น|รับเงิน|ดำเนินการ)แทน|ผู้ดูแล|ผู้ปกครอง|ผู้แทนโดยชอบธรรม"
    # a utility's customer, as a bill's owner writes himself ("... ผู้ใช้ไฟฟ้า หมายเลข..."):
    # set 37; no family name begins with ผู้ใช้
    r"|ผู้ใช้(?:ไฟฟ้า|น้ำ|บริการ)"
    # the post of one who signs for a company after his name ("ข้าพเจ้า นาย...
    # กรรมการผู้จัดการ เลขประจำตัวประชาชน ...", set 100): no family name begins so
    rf"|{SIGNS_FOR_BODY}"
    # his post at the temple, mosque or church he signs for ("... อิหม่ามประจำมัสยิด", set 104)
    rf"|{WORSHIP_POST}"
    # a village post alone after the name, as a sheet's cell gives the head who reports
    # ("... ผู้ใหญ่บ้าน", set 60); only at the value's end: "ข้าพเจ้า นาย... ผู้ใหญ่บ้าน
    # หมู่ที่ 3" opens a headman's certificate, whose name is not the applicant's (set 28)
    r"|(?:ผู้ช่วย)?ผู้ใหญ่บ้าน\s*$|กำนัน\s*$"
    # the office he holds in the group he signs for ("... ประธานเครือข่ายผู้ปกครอง",
    # "... เหรัญญิกกลุ่ม", "... ผู้ประสานงาน", set 71); ประธาน only alone or before the
    # group's word, as a family name may begin with it (ประธานทอง)
    r"|(?:รอง)?ประธาน(?=กลุ่ม|ชมรม|เครือข่าย|คณะ|กรรมการ|ชุมชน|องค์กร|สภา|มัสยิด|สหกรณ์|ที่ประชุม"
    r"|ในที่ประชุม|จัดงาน|\s|$)|เลขานุการ|เหรัญญิก|ผู้ประสานงาน"
    # or his post in a firm, run on after his name by a contact line ("ผู้ประสานงาน นาง...
    # ผู้จัดการฝ่ายอาคาร โทร ...", set 98): no family name begins with ผู้จัดการ
    r"|ผู้จัดการ|ผู้อำนวยการ"
    # a team's coach, or the unit, team or group he leads, run on after his name ("ข้าพเจ้า
    # นาย... ผู้ฝึกสอนทีม ...", set 123; "... หัวหน้าชุด อปพร. บ้าน... เลขประจำตัว...", set
    # 120): no family name begins with ผู้ฝึก, and หัวหน้า only before what he heads. (Not an
    # อสม.'s post alone: "ผู้รายงาน นาง... อสม.บ้าน..." tells the readers of a health
    # worker's head block whose line it is, set 111.)
    r"|ผู้ฝึกสอน|หัวหน้า(?:หน่วย|กลุ่ม|ชุด|ทีม|ศูนย์|ชมรม|โครงการ|คณะ))"
    # how the writer is kin to the one the request is for ("ข้าพเจ้า นาย... บุตร เลข...",
    # set 37): whole words only, as family names begin with them (บุตรดี, ลูกอินทร์)
    rf"|\s{KIN}(?:ชาย|สาว)?(?:ของ|(?![\u0e01-\u0e4e]))"
    # or glued to the one it is about, as a notification's informant writes ("... บุตร
    # ผู้ตาย", "... ภรรยาผู้ตาย", "... บิดาเด็ก", set 116): no family name goes on so
    rf"|\s{KIN}(?:ชาย|สาว)?(?={_WHOSE_KIN})"
    # or says so in a clause ("ข้าพเจ้า นาง... เป็นบุตรสาวของ นาง...", set 113): เป็น alone
    # begins family names (เป็นสุข), so only before the kin word and ของ
    rf"|\sเป็น\s*{KIN}(?:ชาย|สาว)?\s*ของ"
    # or, an informant's line, ends on the kin word or names the one it is about after
    # it ("ผู้แจ้ง นาย... เป็นบิดา เลขบัตร ...", "... ผู้เป็นสามี", "... ฐานะบิดาเด็ก", set
    # 116), or her standing in the register ("... เป็นเจ้าบ้าน"): the kin word whole,
    # not a family name it opens (เป็นพ่อค้า)
    rf"|\s(?:ผู้)?(?:เป็น|ฐานะ)\s*(?:{KIN}(?:ชาย|สาว)?(?=\s*(?:ของ|{_WHOSE_KIN})|[^\u0e01-\u0e4e]|$)"
    r"|เจ้าบ้าน))",
    re.IGNORECASE,
)


# A note after a date: the age, the time of day ("เวลาประมาณ 22.00 น."), a remark in
# brackets, the place ("เกิดวันที่ 30 เม.ย. 2545 ที่หย่อมบ้าน...": the birth village, set 53),
# and a letter's sentence going on after the year ("เกิดวันที่ 14 เม.ย. 2514 เป็นผู้อาศัย...",
# a PDF's line, set 67): Thai words after a four-digit year are no more of the date.
_DATE_END = re.compile(
    r"(?<!\s)\s*(?:[(（,;]|เวลา|\s(?:อายุ|age|aged|at)(?![\u0e01-\u0e2ea-z])|\sที่\s?(?=[\u0e01-\u0e2e])"
    r"|(?<=[0-9๐-๙]{4}\s)(?=[\u0e01-\u0e4e]))",
    re.IGNORECASE,
)
# A nickname put between the given and the family name, in brackets or quotes, as people
# introduce themselves ("นายสมชาย (ต้น) ใจดี", "นายสมชาย 'ต้น' ใจดี"): no part of the name.
_NICKNAME_INSIDE = re.compile(
    r"(?<=[\u0e01-\u0e4e])\s+(?:[(（][\u0e01-\u0e4eA-Za-z]{1,12}[)）]|([\"'“‘])[\u0e01-\u0e4eA-Za-z]{1,12}[\"'”’])"
    r"\s+(?=[\u0e01-\u0e4e]+\s*$)"
)
# The given name's blank after the title's: "นาง ชื่อ ประภาพร" (not "นายชื่นชม").
_GIVEN_LABEL = re.compile(rf"^({CIVIL_TITLE})\s*ชื่อ(?:ตัว)?(?:\s*[:：.…_\-]+\s*|\s+)")
_FAMILY_LABEL = re.compile(
    r"\s+(?:นามสกุล|ชื่อสกุล|สกุล|surname|last name|family name)\s*[:：.…_\-]*\s*", re.I
)


# An address spelt out under an e-mail label, as dictated or against harvesters: "somchai
# แอท gmail ดอท com", "somchai @ gmail . com". Every word must be part of the address.
_SPELT_SIGNS = {"แอท": "@", "at": "@", "@": "@", "ดอท": ".", "dot": ".", ".": ".",
                "ดอทคอม": ".com", "คอม": "com"}  # fmt: skip
_ADDRESS_WORD = re.compile(r"[A-Za-z0-9._%+-]+")


# A spoken politeness after a value, as a word of its own ("นายก ข ครับ", "... ค่ะ 🙏"):
# no family name is one of these words.
_POLITE_END = re.compile(r"\s+(?:นะ)?(?:คะ|ค่ะ|ครับผม|ครับ|คร้าบ|ขอรับ|จ้ะ|จ้า)[\s.!]*$")
# The same typed on without a space ("ใจดีค่ะ"): only the particles with their tone marks
# or ร, which no family name ends in (a name may end in คะ or จ้า).
MAX_NAME_LINE_CHARS = 1000
MAX_NAME_CHARS = 200  # a titled name with a rank and a Pali chaya is well under this
_POLITE_GLUED = re.compile(r"(?<=[\u0e01-\u0e4e])(?:นะ)?(?:ค่ะ|ครับผม|ครับ|คร้าบ|ขอรับ)[\s.!]*$")


def _spelt_email(value: str) -> str | None:
    words = _POLITE_END.sub("", value).rstrip(". ").split()
    if len(words) < 3 or not any(_SPELT_SIGNS.get(w.casefold()) == "@" for w in words):
        return None
    parts = []
    for word in words:
        sign = _SPELT_SIGNS.get(word.casefold())
        if sign is None and not _ADDRESS_WORD.fullmatch(word):
            return None
        parts.append(sign or word)
    joined = "".join(parts)
    return joined if joined.count("@") == 1 and normalise_email(joined) is not None else None


# A kin word in a name's place, maybe after "... เป็น" and with a note in brackets ("บิดา
# (ตามข้อมูลข้างต้น)", "ผู้แจ้งเป็น ยาย"): how one is related, no one's name (set 31).
_RELATION_ONLY = re.compile(
    rf"^(?:[\u0e01-\u0e4e]{{0,20}}เป็น\s*)?{KIN}(?:ชาย|สาว)?"
    r"(?:\s*[(（][^()（）]*[)）])?\s*$"
)


# The person himself in a name's place: a form's ผู้แจ้ง answered "ผู้ย้ายแจ้งเอง" (the mover
# informs himself, set 57), "แจ้งเอง", "ตนเอง": he is named elsewhere on the form.
_HIMSELF_ONLY = re.compile(
    r"^(?:ผู้[\u0e01-\u0e4e]{1,12}?)?(?:แจ้ง|ยื่น|มา)?\s*(?:ด้วย)?(?:ตน|ตัว)?เอง$|^เจ้าตัว$"
)


def is_relation_only(value: str) -> bool:
    """Whether a name's value only says how someone is related ("บิดา (ตามข้างต้น)"), or
    that it is the person himself ("ผู้ย้ายแจ้งเอง")."""
    value = value.strip()
    return _RELATION_ONLY.match(value) is not None or _HIMSELF_ONLY.match(value) is not None


def clean_value(kind: FieldType, value: str) -> str:
    """The part of `value` that is the field's value, as written; `value` when unsure."""
    value = value.strip()
    if not value:
        return value
    if kind == "national_id" and normalise_national_id(value) is None:
        found = ID_IN_TEXT.search(value)
        return found.group(0) if found else value
    if kind == "phone" and normalise_phone(value) is None:
        found = _current_phone(value) or FOREIGN_PHONE_IN_TEXT.search(value)
        return found.group(0).strip() if found else value
    if kind == "email" and normalise_email(value) is None:
        # "somchai@gmail. com": a phone keyboard's space after the dot (Gboard), closed up
        # when that alone makes the value one address
        closed = _SPACE_AFTER_DOT.sub(".", value.rstrip(". "))
        if closed != value and "@" in closed and normalise_email(closed) is not None:
            return closed
        spoken = _spelt_email(value)
        if spoken is not None:
            return spoken
        found = EMAIL_IN_TEXT.search(value)
        return found.group(0).rstrip(".") if found else value
    if kind == "postal_code" and normalise_postal_code(value) is None:
        found = _POSTAL_IN_TEXT.search(value)
        return found.group(0) if found else value
    if kind == "province" and normalise_province(value) is None:
        # "ตำบลบ้านเกาะ อำเภอเมือง จังหวัดอุตรดิตถ์ 53000" under "ตำบล/อำเภอ/จังหวัด": the
        # word after จังหวัด is the province
        found = _PROVINCE_IN_TEXT.search(value)
        return found.group(1) if found and normalise_province(found.group(1)) else value
    if kind == "date" and states_order(value):  # "09/23/1978 (MM/DD/YYYY)": kept whole
        return value
    if kind == "date" and parse_date(value) is None:  # "12 มี.ค. 2531 (อายุ 38 ปี)"
        head = _DATE_END.split(value, maxsplit=1)[0].strip()
        return head if head and parse_date(head) is not None else value
    if kind == "name" and is_signature_caption(value):
        return ""  # "ลงชื่อ.......ผู้รับมอบอำนาจ": a line to sign on, no one's name yet
    if kind == "name":  # "สมชาย นามสกุล ใจดี" (a form's two blanks on one line)
        # A name in a sentence is read from the sentence's start; past this many characters
        # there is no more of it, and the label patterns below take quadratic time over a
        # long run of spaces (20,000 took 30 s).
        whole, value = value, current_name(value[:MAX_NAME_LINE_CHARS])
        value = _GIVEN_LABEL.sub(r"\1 ", _FAMILY_LABEL.sub(" ", value), count=1)
        value = _NICKNAME_INSIDE.sub(" ", value, count=1)
        value = _title_first(_thai_of_two(value))
        value = _without_boxes_after(_ADDRESS_AFTER.sub("", value))
        family_first = _FAMILY_FIRST.match(value)
        if family_first:  # "O'BRIEN, Peter James": the passport's order, its comma no end
            return family_first.group(0)
        value = _PAIR_MARK_AFTER.sub("", _NAME_END.split(value, maxsplit=1)[0].strip())
        if len(value) > MAX_NAME_CHARS:  # no name; and the particle patterns scan back
            # a value past the line's length goes on whole, to be cut and flagged as too
            # long where every field's value is (extract._cut_values)
            return whole if len(whole) > MAX_NAME_LINE_CHARS else value
        return _POLITE_GLUED.sub("", _POLITE_END.sub("", value))
    return value


# A Western name in a passport's order, family name first in capitals and a comma, then
# the given names ("FITZGERALD, Laura Anne", "D'ARCY, Thomas"): the comma that ends a Thai
# name in a sentence ("นายสมชาย ใจดี, โทร ...") is inside this one.
_FAMILY_FIRST = re.compile(
    rf"(?:{LATIN_TITLE}\.?\s+)?[A-Z][A-Z'’-]*[A-Z](?:[ \t]+[A-Z][A-Z'’-]*[A-Z])*,[ \t]*"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,3}"
    r"(?=[ \t]*(?:[,;(]|$))"
)


# A signature line and its caption, its dots gone or not ("ลงชื่อ ผู้รับมอบอำนาจ", set 63:
# the line under a signer's role "กรรมการผู้มีอำนาจ" read as his name): no name is in it.
_SIGNATURE_CAPTION = re.compile(r"ลงชื่อ[\s.…_·]*(?:ผู้[\u0e01-\u0e4e]*|พยาน)?[\s.…_·]*")


def is_signature_caption(value: str) -> bool:
    """Whether `value` is only a line to sign on and its caption ("ลงชื่อ....ผู้มอบอำนาจ")."""
    return _SIGNATURE_CAPTION.fullmatch(value.strip()) is not None


# "นางมาลี ทองดี <malee@example.org>": a name as a mail header (a form service's "ผู้ตอบ:"
# line) writes it, its address after it in angle brackets; no part of the name (set 29).
_ADDRESS_AFTER = re.compile(r"\s*[<＜(]\s*(?:mailto:)?[^\s<>@]+@[^\s<>]+\s*[>＞)].*$")


# A tick box after the name opens the form's next question on its line ("ชื่อผู้ขอ ...
# ☑ บุคคลธรรมดา ☐ นิติบุคคล", set 33): no name holds one. Boxes before the titles ("☐ นาย
# ☑ นาง ...", perhaps after their caption "คำนำหน้า") are title options, left to the title
# reader.
_BOX = re.compile(rf"\s*[☐☑☒■□❏❐✅](?!\s*{CIVIL_TITLE})")
_BOXES_AND_TITLES = re.compile(rf"(?:\s*[☐☑☒■□❏❐✅]|\s*{CIVIL_TITLE})*\s*")


def _without_boxes_after(value: str) -> str:
    """The name cut before the first tick box that follows a word of the name."""
    for box in _BOX.finditer(value):
        if not _BOXES_AND_TITLES.fullmatch(value[: box.start()]):
            return value[: box.start()].rstrip()
    return value


# The mark a line of several pairs parts them with ("ชื่อ ... · เลขบัตร ... · โทร ...", a
# phone app's inline spans; "•", "|", ";"), left after a name cut before the next label:
# no name holds one.
_PAIR_MARK_AFTER = re.compile(r"\s*[·•∙‧|;,、]+$")


# A number given as the old one beside the new ("เบอร์เดิม 08... (ยกเลิกแล้ว) เบอร์ใหม่ 09...",
# "09... (เดิม 08... ใช้ไม่ได้แล้ว)"): marked old by เดิม/เก่า before it or by a note after it
# that it is cancelled or out of use, or wrong ("08... (ผิด) ขอแก้เป็น 09... (ถูก)", a mail
# sent to mend yesterday's request).
_OLD_BEFORE = re.compile(r"(?:เดิม|เก่า|ผิด|old|wrong)\s*[:：]?\s*$", re.IGNORECASE)
_OLD_AFTER = re.compile(
    r"^\s*[(（]?\s*(?:ยกเลิก|ใช้ไม่ได้|ไม่ใช้|เลิกใช้|เบอร์เก่า|เบอร์เดิม|old|ผิด|พิมพ์ผิด|wrong)",
    re.IGNORECASE,
)


def marked_old(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is said to be an old one."""
    before = text[max(0, start - 20) : start]
    return bool(_OLD_BEFORE.search(before) or _OLD_AFTER.match(text[end : end + 20]))


def _current_phone(value: str) -> re.Match[str] | None:
    """The mobile of the numbers in `value` not marked as an old one (`mobile_first`), else
    the first of them; the first when all are."""
    found = list(PHONE_IN_TEXT.finditer(value))
    current = [m for m in found if not marked_old(value, m.start(), m.end())]
    # several of one's own numbers ("บ้าน 0-35.. / มือถือ 08.."): the mobile is the contact
    return mobile_of(value, current) or next(iter(current or found), None)


# The title written after the name in brackets, as a form's title box printed after the
# name's ("ชื่อ-สกุล ..... (นาย/นาง/นางสาว)") is filled in: "สมศรี ใจดี (นาง)".
_TITLE_AFTER = re.compile(rf"([^()（）]+?)\s*[(（]\s*({CIVIL_TITLE})\s*[)）]")
_TITLE_FIRST = re.compile(rf"{CIVIL_TITLE}")


def _title_first(value: str) -> str:
    """ "สมศรี ใจดี (นาง)" -> "นางสมศรี ใจดี"; `value` otherwise."""
    m = _TITLE_AFTER.fullmatch(value)
    if m is None or _TITLE_FIRST.match(m.group(1)):
        return value
    return f"{m.group(2)}{m.group(1).strip()}"


# The same name in both scripts, the Thai one after a slash or in brackets: "Mr. Kor
# Khai / นายก ข", "Kor Khai (นายก ข)", as the ID card gives both.
_TWO_SCRIPTS = re.compile(r"([A-Za-z][A-Za-z.\s'-]*?)\s*(?:/\s*([^/()]+?)|\(([^()]+)\))\s*")
_THAI_NAME_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_ENGLISH_TITLE_WORD = re.compile(r"^(?:mrs|mr|ms|miss|mister)\.?$", re.IGNORECASE)


def _thai_of_two(value: str) -> str:
    """The Thai name of a name written in English then Thai; `value` otherwise. Taken only
    when the Thai part has as many words as the English one (less its title): a Thai
    nickname in brackets ("John Smith (ต้น)") is no second writing of the name."""
    m = _TWO_SCRIPTS.fullmatch(value)
    if m is None:
        return value
    thai = (m.group(2) or m.group(3)).strip()
    if not _THAI_NAME_LETTER.search(thai) or re.search("[A-Za-z]", thai):
        return value
    english = [w for w in m.group(1).split() if not _ENGLISH_TITLE_WORD.match(w)]
    return thai if len(thai.split()) == len(english) else value


def has_type(kind: FieldType, value: str) -> bool:
    """Whether `value` (already cleaned) looks like a value of the type."""
    value = value.strip()
    if kind == "national_id":
        return normalise_national_id(clean_value(kind, value)) is not None
    if kind == "phone":
        cleaned = clean_value(kind, value)
        return normalise_any_phone(cleaned) is not None
    if kind == "email":
        return normalise_email(value) is not None
    if kind == "postal_code":
        return normalise_postal_code(value) is not None
    if kind == "province":
        return normalise_province(value) is not None
    if kind == "date":
        return parse_date(value) is not None
    if kind in ("integer", "year", "amount"):
        return bool(re.match(r"\d", thai_digits_to_arabic(value)))
    return False


def looks_broken(value: str) -> bool:
    """Text that a PDF's text layer broke apart: letters set one by one ("น า ย ส ม ชา ย")
    or interleaved with the dots they were typed over ("..น...า.ย.."). Such a value may
    still be read right, but a clerk must be told to check it."""
    tokens = value.split()
    # a lone letter ("น", "สุ"), not an abbreviation ("ม.") or a number ("3")
    letters = sum(len(t) <= 2 and not t.endswith(".") and not t.isdigit() for t in tokens)
    if len(tokens) >= 4 and letters >= 0.6 * len(tokens):
        return True
    visible = "".join(tokens)  # split() drops exactly the characters isspace() names
    return len(visible) >= 6 and visible.count(".") >= 0.3 * len(visible)
