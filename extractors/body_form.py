"""`label: value` lines in a text body, the usual way a citizen fills a template into a mail.

A line is read as label then value. The label is the longest known one that starts the
line (after numbering such as "1.", "๑)", "(ก)"), together with notes and units written
around it ("โทรศัพท์ (มือถือ)", "วันเกิด (พ.ศ.)", "เลขประจำตัวประชาชน 13 หลัก", "ชื่อ/Name").
What separates it from the value sets the confidence (an explicit colon is the surest):

    ชื่อ-นามสกุล: นายสมชาย ใจดี        colon, ASCII or full-width
    ชื่อ-นามสกุล ........ นายสมชาย      dot leaders or underscores
    ชื่อ - สมชาย ใจดี                  a dash
    National ID<TAB or 2+ spaces>...   a wide gap
    เรื่อง ขอสำเนาเอกสาร               one space after a Thai label; after an English
                                       label only when the value has the field's type
    ที่อยู่                              alone on its line: the value is on the next line(s)

Labels the vocabulary does not hold exactly ("ที่อยู่เดิม:") are still matched by prefix,
suffix or a small typo when a colon marks them. A value is then cleaned by its field's
type: an ID field keeps the 13 digits, a name stops before "อายุ ..." and so on.

Mail structure (see `extractors.mail_text`): quoted reply text and the signature are not
the request; a forwarded request is read instead of the forwarder's note; values typed
into a quoted blank template are read, with a lower confidence.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypeGuard, runtime_checkable

from extractors.acting_for import acts_for, owner_acted_for
from extractors.address_areas import areas_below
from extractors.address_breaks import joined_across_break
from extractors.address_parts import (
    ADDRESS_PART_KEYS,
    DISTRICT,
    DISTRICT_WORDS,
    HOUSE,
    HOUSE_WORDS,
    PLACE_WORDS,
    STREET_WORDS,
    SUBDISTRICT,
    SUBDISTRICT_WORDS,
    words_pattern,
)
from extractors.address_rows import address_box_rows
from extractors.address_stops import is_date_alone, run_on_head
from extractors.alternating_pairs import CELL_PIPES, alternating_pairs
from extractors.base import (
    Defect,
    ExtractionResult,
    FieldCandidate,
    FieldType,
    LabelIndex,
    Provenance,
    ProvenanceKind,
    ReadMethod,
)
from extractors.buyers_block import (
    BUYER_CONFIDENCE,
    SELLERS_HEAD,
    SELLERS_HEAD_CONFIDENCE,
    buyers_lines,
    sellers_head,
)
from extractors.charsets import decode_bytes
from extractors.correcting_word import without_correcting_word
from extractors.correction_columns import current_column
from extractors.dumps import dump_under_head, shown_text
from extractors.forwarding_letter import forwarded_paragraph, in_paragraph
from extractors.header_lists import is_list, rows_fitting
from extractors.intermediary_office import without_intermediarys_line
from extractors.juristic import is_juristic_name
from extractors.kin_part import heads_kin_filed_for
from extractors.labels import (
    NO_FIELD_HEADINGS,
    LabelMatcher,
    PrefixHit,
    is_another_line,
    is_no_field_heading,
    names_another_line,
    opens_no_field_pair,
)
from extractors.mail_text import (
    MailText,
    is_closing,
    request_lines,
    split_mail,
    with_earlier,
)
from extractors.named_by_part import part_as_name_label
from extractors.names import PART_KEYS, TITLE, is_option_line, opens_with_title_options
from extractors.numbered_answers import answered_by_number
from extractors.plausible import implausible
from extractors.role_words import BOOKKEEPER, HOST, SIGNS_FOR_BODY, VILLAGE_HEAD
from extractors.row_of_pairs import (
    after_titled_name,
    numbered_row,
    past_no_field_pair,
    rows_rejoined,
)
from extractors.second_persons import (
    CV_OTHERS_SECTION,
    CV_OWN_SECTION,
    DECEASED,
    SECOND_PERSON,
    cv_section,
)
from extractors.stacked_labels import stacked_labels
from extractors.stacked_signatures import stacked_signatures
from extractors.thai import CIVIL_TITLE, DASHES, KIN, thai_digits_to_arabic
from extractors.validate import national_id_is_valid, normalise_national_id
from extractors.values import (
    EMAIL_IN_TEXT,
    ID_IN_TEXT,
    PHONE_IN_TEXT,
    clean_value,
    has_type,
    is_relation_only,
    is_signature_caption,
    looks_broken,
    valid_ids_in,
)
from extractors.vouching import vouching_lines
from extractors.whose_phone import said_of_another, said_of_another_above
from extractors.wrapped_date import date_wraps_mended
from extractors.wrapped_mobile import mobile_wraps_mended

__all__ = [
    "PROXY",
    "BodyFormExtractor",
    "LabelLine",
    "decode_text_bytes",
    "guarded",
    "own_column",
    "parse_label_line",
    "people_parts",
    "read_body_text",
    "read_label_lines",
    "request_lines",
    "sender_field",
]

MakeProvenance = Callable[[int, str], Provenance]  # (line number, label as written)

# Written, notes and all: "ชื่อและนามสกุลตามที่ปรากฏในบัตรประจำตัวประชาชนที่ยังไม่หมดอายุ" is 62;
# the matcher still refuses a label whose canonical form, notes dropped, is a sentence.
MAX_LABEL_CHARS = 80
# Blank lines allowed between a lone label and its value.
MAX_GAP = 2
# Confidence factors by what separates label and value.
COLON, LEADERS, GAP, DASH, LONE, SPACE, JOINED = 1.0, 0.95, 0.9, 0.9, 0.9, 0.85, 0.8
JOINED_NAME = 0.75  # a titled name glued to its label: read, flagged
UNTYPED_SPACE = 0.6  # a typed field whose value after a single space does not fit the type
QUOTED_INLINE = 0.75  # a value inside a quoted line: flagged for review
QUOTED_BELOW = 0.9  # a value typed under a quoted label
BROKEN = 0.5  # a value whose letters come apart (see values.looks_broken): flagged
BRACKET_ONLY = 0.75  # the bracket after a lone label, with no value below it: flagged
DUG_OUT = 0.9  # a typed value taken out of other words after the label ("13 หลัก: 3-...")
# A label whose bracketed note names another line ("โทร (ที่ทำงาน)", labels.py): the
# value is the office's or a fax's, below review.REVIEW_BELOW and below the own line's
# label, as LabelMatcher.match scores the same label in a table.
ANOTHER_LINE = 0.75

_COLON = re.compile(r"[:：∶]")
_LEADERS = re.compile(r"(?<!\s)\s*(?:\.{3,}|_{3,}|…+)\s*")
_WIDE_GAP = re.compile(r"\t+|\s{2,}")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_LAST_BRACKET = re.compile(r"[(（]([^()（）]+)[)）]\s*$")
_WHOLLY_BRACKETED = re.compile(r"\([^()]*\)|（[^（）]*）|\[[^\[\]]*\]")
# A template's square-bracket blank ("[ระบุ]", "[วว/ดด/ปปปป]") left in place with the
# value typed after it: the bracket is the template's hint, the rest the answer. Not a
# box of digits ("[1] [4 0 9 9] ...": an ID typed into a form's boxes, set 42).
_PLACEHOLDER_FIRST = re.compile(r"^\[(?![\s0-9๐-๙]*\])[^\[\]]{1,30}\]\s+(?=\S)")
_EMPTY_VALUE = re.compile(r"^[\s.\-_…:：]*$|^\s*(?:={3,}|\*{3,}|~{3,}|#{3,})\s*$")
# A value typed in quotation marks ("fill in the blanks": ชื่อ “นายสมชาย ใจดี”), straight
# or curly, single or double, or the brackets of East Asian quotes: the quotes are no
# part of it. Only a pair that opens and closes the whole value, with none inside.
_WHOLLY_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|'[^']*'|‘[^‘’]*’|«[^«»]*»|「[^「」]*」")
_NUMBERING = re.compile(
    r"^\s*(?:(?:ข้อ(?:ที่)?|[Ii]tem|[Nn]o\.?)\s*[0-9๐-๙]{1,3}[.)]?(?=\s)"
    r"|[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*[.)]|\(?[0-9๐-๙]{1,3}\)|\([ก-ฮa-zA-Z]\)"
    r"|[ก-ฮa-z][.)](?=\s)|[-*•·▪●○◦➢►]+)\s*"
)
# Notes and units that belong to the label: "(มือถือ)", "(พ.ศ.)", "13 หลัก", "(ถ้ามี)".
# Brackets around digits only are the value's start, not a note: "(095) 765-4321", and
# the boxes of an ID typed a digit (or a group) a box, "[1] [4 0 9 9] ..." (set 42).
_QUALIFIER = re.compile(
    r"\s*(?:\((?![\s0-9๐-๙+\-]*\))[^()\n]{0,40}\)|（[^（）\n]{0,40}）|\[(?![\s0-9๐-๙]*\])[^\[\]\n]{0,40}\]"
    r"|[0-9๐-๙]{1,2}\s*หลัก)"
)
# A longer note in brackets that closes the label's line tells when or why ("ที่อยู่ใหม่
# (ย้ายเข้าเมื่อ 3 พ.ย. 2569 ตามใบแจ้งการย้ายที่อยู่ ท.ร.6 เลขที่ .../2569)"): the value is
# on the lines below it, never the note (set 86).
_LONG_NOTE = re.compile(r"\s*(?:\([^()\n]{41,200}\)|（[^（）\n]{41,200}）)(?=\s*$)")
# A role word after the label that is itself a label of the same field belongs to it:
# "ชื่อ-นามสกุล ผู้ยื่นคำขอ", "ชื่อ ผู้ร้อง", never the start of the value.
_ROLE_GAP = re.compile(r"[ \t]?")
# The asterisk a web form (Google Forms, Microsoft Forms) puts after a required
# question's title, or the question mark of a questionnaire's question, ending the line:
# part of the label, the answer is on the line below.
_REQUIRED_MARK = re.compile(r"\s*[*?？]+\s*$")
# An online form's required mark before the question's hint ("อีเมล * (เช่น ...)"), or
# before the answer typed beside it on a printed review page ("ที่อยู่ * 23/1 ถ...."; set
# 43): the label's either way. A star glued to what follows ("*123#") is not a mark.
_REQUIRED_BEFORE_NOTE = re.compile(r"\s*\*+(?=\s*[(（\[]|\s+\S)")
# A question's hint in brackets ("(เช่น 081-234-5678)", "(e.g. ...)") shows the shape of
# an answer, never the answer. (An agency's "(ตัวอย่าง: ...)" is read, and dropped, as
# the example it says it is: see _EXAMPLE.)
_EXAMPLE_NOTE = re.compile(r"^(?:เช่น|e\.\s?g\.)", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"\s*[/|]\s*")  # "ชื่อ/Name": the other language's label
# "เบอร์โทรศัพท์ของข้าพเจ้า", "ที่อยู่ของผม": "of mine" after a label is part of it.
# "ของท่าน", "ของคุณ" ("yours"): a questionnaire asks so ("ชื่อ-นามสกุลของท่าน?").
# "ชื่อ-นามสกุลของผู้ยื่นคำร้อง": "of the applicant", as a clerk's questions ask, is the
# sender's own part too.
_MINE = (
    r"ของ(?:ผม|กระผม|ดิฉัน|ข้าพเจ้า|หนู|ฉัน|เรา|ท่าน|คุณ"
    r"|ผู้ยื่น(?:คำร้อง|คำขอ)?|ผู้ร้อง(?:เรียน|ทุกข์)?|ผู้ขอ|ผู้แจ้ง)"
)
_POSSESSIVE = re.compile(rf"\s?{_MINE}(?=[\s:：∶.?？*]|$)")
# "โทรศัพท์มือถือผู้ประกอบการ", "ที่อยู่ผู้ขอ": the applicant's role right after a
# contact's label, "ของ" left out as forms do, names whose it is (set 33: the owner's
# mobile unread, the shop's phone above it taken). Not after a name's label, where the
# role is the label itself ("ชื่อผู้ขอ"), nor after any but a contact's: "รายละเอียดผู้
# ยื่นคำร้อง ตามตารางด้านล่าง" heads a table, it gives no details (set 21).
_WHOSE_KEYS = frozenset({"phone", "email", "address"})
# So is the part of the one who signs for a body that asks ("ที่อยู่หุ้นส่วนผู้จัดการ", a
# partnership's registration, set 88: role_words.SIGNS_FOR_BODY): his home, not its office.
_WHOSE = re.compile(
    r"\s?(?:ผู้ยื่น(?:คำร้อง|คำขอ)?|ผู้ร้อง|ผู้ขอ|ผู้ประกอบการ|ผู้ประกอบพาณิชยกิจ"
    rf"|{SIGNS_FOR_BODY})(?=[\s:：∶.?？*]|$)"
)
# "ที่อยู่ใหม่", "เบอร์โทรใหม่": "new" after a label names the field's new value (a change
# of address or number); "ส่วนตัว" ("personal": เบอร์มือถือส่วนตัว) the sender's own, as
# against the office's. Not after a name's label: ใหม่ is also a given name.
# "วันเกิดที่ถูกต้อง 14 มีนาคม 2531", "เลขบัตรที่แก้ไขแล้ว": a correction's label, the value
# the one to use (set 86).
_NEW = re.compile(r"\s?(?:ใหม่|ส่วนตัว|ที่ถูก(?:ต้อง)?|ที่แก้ไข(?:แล้ว)?)(?=[\s:：∶.?？*]|$)")
_NEW_EN = re.compile(r"(?:new|personal|private)\s+(?=[a-z])", re.IGNORECASE)  # its English
# What the value is for, after its label: "อีเมลสำหรับติดต่อกลับ", "เบอร์ที่ใช้ติดต่อ",
# "อีเมลสำหรับแจ้งผล" (an online form's questions say so). Not after a name's label.
# How readily one is reached there, after it: "ที่อยู่ปัจจุบันที่ติดต่อได้สะดวก",
# "โทรศัพท์ที่ติดต่อได้ตลอดเวลา" (an application form's captions, set 87).
_PURPOSE = re.compile(
    r"\s?(?:สำหรับ|ที่ใช้|ที่|เพื่อ)\s?(?:ใช้)?\s?"
    r"(?:ติดต่อ(?:กลับ)?(?:ได้)?(?:สะดวก|ง่าย|ทันที|ตลอด(?:เวลา)?)?|แจ้งผล|รับผล|รับเอกสาร|ส่งเอกสาร)"
    r"(?=[\s:：∶.?？*]|$)"
)
# What the requester asks for, after a label ending in ผู้ขอ: "ชื่อผู้ขอจดทะเบียน" (แบบ ทพ.),
# "ชื่อผู้ขออนุญาต", "ที่อยู่ผู้ขอรับเงิน": the label goes on over it (set 26).
# Also to rent, borrow or use something ("ผู้ขอเช่า", "ผู้ขอกู้", "ผู้ขอใช้น้ำ": a stall's,
# a fund's, a water meter's forms, set 28).
_ASKED_FOR = re.compile(
    r"(?:จดทะเบียน(?:พาณิชย์)?|อนุญาต|ลงทะเบียน|รับ(?:เงิน|ใบอนุญาต|บริการ|ความช่วยเหลือ)?"
    r"|ใช้(?:สิทธิ|น้ำ(?:ประปา)?|ไฟฟ้า|สถานที่)?|เช่า|กู้(?:เงิน|ยืม)?|ยืม)"
    r"(?=[\s:：∶.?？*]|$)"
)
# Between pairs on one row of a form; two spaces may part a label from its value.
# A tab and the white space after it, or a run of three or more white space characters;
# written to start with one \s, so the regex engine skips ahead to white space instead of
# trying both branches at every character: 7x faster on a long line (_SEP_GAP alike).
_PAIR_GAP = re.compile(r"\s(?:(?<=\t)\s*|\s{2,})")
_ONE_SPACE = re.compile(r"(?<=\S) (?=\S)")
_TWO_SPACES = re.compile(r"(?<=\S) {2}(?=\S)")
_BEFORE_COLON_LABEL = re.compile(r"(?<=\S) (?=[^\s:：∶]{1,30}[:：∶])")
_ITEM_NUMBER = re.compile(r"^\s*(?:ข้อ(?:ที่)?\s*)?\(?([0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*)[.)]")
# ":-" and ":=>" (typewriter-era forms teach "ชื่อ:- ..."): the dash glued to the colon is
# part of the separator, not the value's first letter (a number's minus stays: ":-5").
_SEP_COLON = re.compile(rf"[\s.…_*]*[:：∶](?:[{DASHES}=>]+(?![0-9๐-๙]))?[\s.…_:：*]*")
_SEP_LEADERS = re.compile(r"\s*(?:(?:\.\s?){2,}|…+|_{2,})[\s.…_]*")
# an arrow as a chatbot's summary or a form service parts label and value ("ชื่อ ▸ ...")
_ARROWS = "\u2192\u21d2\u2794\u279c\u27a1\u27a4\u25b6\u25b8\u25ba"  # → ⇒ ➔ ➜ ➡ ➤ ▶ ▸ ►
_SEP_DASH = re.compile(rf"\s*[{DASHES}=>{_ARROWS}]+\s+|\s+[{DASHES}=>{_ARROWS}]+\s*")
_SEP_GAP = re.compile(r"\s(?:(?<=\t)\s*|\s+)")  # a tab and what follows, or 2+ spaces
# "ชื่อของผมคือ ...", "ที่อยู่ ได้แก่ ...": the words "is" / "namely" (after "mine") join a
# label to its value in a sentence as a colon does on a form.
_SEP_IS = re.compile(rf"\s*(?:{_MINE}\s*)?(?:คือ|ได้แก่)(?:\s*[:：∶])?\s*")
_VALUE_START = re.compile(r"[0-9๐-๙+(]|[A-Za-z0-9._%+-]+@")
# A titled name of two words at least: a value glued to its label.
_TITLED_NAME = re.compile(rf"{CIVIL_TITLE}[\u0e01-\u0e4e]+\s+[\u0e01-\u0e4e]")
_BREAK_INSIDE = re.compile(r"[:：∶\t]|\s{2,}|\.{3,}|_{3,}")
# The other party of a complaint: the person complained about, the other side of a
# dispute. Their name, phone and address are not the sender's.
# Also a dead person a request is about (a death certificate, an inheritance: the dead
# write no mail).
# And a family member whose data a section gives (ข้อมูลบุตร: a parent applying for a
# child), only as "the data of ...": a title line about children (เงินอุดหนุนเด็กแรกเกิด)
# is followed by the sender's own data.
# And the people a form names beside the applicant who neither ask nor act for them: the
# dead named by what they were, a guarantor, a witness, an owner who consents (set 28,
# extractors.second_persons).
_OTHER_PARTY = re.compile(
    r"ผู้ถูกร้อง|ผู้ถูกกล่าวหา|ผู้ถูกฟ้อง|ผู้ถูกแจ้ง|คู่กรณี|คู่พิพาท|ผู้เสียชีวิต|ผู้ตาย|ผู้วายชนม์"
    r"|(?:ผู้|สถานที่)ก่อเหตุ"  # a nuisance's maker and his place (e-service rows, set 58)
    rf"|{SECOND_PERSON.pattern}"
    r"|ข้อมูล(?:ของ)?\s*(?:บุตร|เด็ก|ผู้เยาว์|บิดา|มารดา|คู่สมรส)"
)
# In a label only (a request may be about an emergency or a marriage): the person to
# call in an emergency, a spouse ("โทร (กรณีฉุกเฉิน)", "ชื่อ-นามสกุล (คู่สมรส)"); a child or
# a parent named in a label that does not also name the sender's own part
# ("เลขประจำตัวประชาชนบุตร" beside "เลขประจำตัวประชาชนผู้ขอ", "ชื่อผู้ขอ (มารดา)": the
# mother is the one who asks).
_SOMEONE_ELSE = re.compile(r"ฉุกเฉิน|คู่สมรส")
_FAMILY_MEMBER = re.compile(r"บุตร|บิดา|มารดา")
# The child too, as a day-care centre's form names him ("ชื่อ-สกุลเด็ก", set 61): never the
# parent who fills it, except where the form heads a guardian's part beside the child's
# (_guarded: the child asks there). Not "นักเรียน": a student may ask for herself
# ("เบอร์โทรนักเรียน" above her parents' lines, set 10).
_FAMILY_OR_CHILD = re.compile(rf"{_FAMILY_MEMBER.pattern}|เด็ก")
# The sender's own part of such a form: ผู้ร้อง, ผู้ยื่นคำร้อง, ผู้ขอ, ผู้แจ้ง, and the one
# who gives a power of attorney (ผู้มอบอำนาจ, ผู้มอบฉันทะ): the request is theirs.
_OWN_PARTY = re.compile(r"ผู้ร้อง|ผู้ยื่น|ผู้ขอ|ผู้แจ้ง|ผู้มอบ(?:อำนาจ|ฉันทะ)")  # ผู้ร้องเรียน too
# A form's own title ("คำขอใช้น้ำประปา", "แบบคำร้องขอ...") opens the applicant's part too:
# an owner's consent typed above the request ends where the request begins (set 28).
_FORM_TITLE = re.compile(r"(?:แบบ\s*)?คำ(?:ขอ|ร้อง)")
# A line opening with the dead person's name after the word for him ("ผู้ถึงแก่กรรม
# นาย... เลขประจำตัวประชาชน ... เกิดวันที่ ...", a funeral-aid form's first part, no label
# of ours opening it): it and his last address under it are his, up to the heir's part
# ("ผู้ขอรับเงิน ...", set 60).
_DECEASED_LINE = re.compile(rf"(?:{DECEASED.pattern})\s*(?:ชื่อ)?\s*[:：]?\s*{CIVIL_TITLE}")
# A line opening with a guarantor, a witness or a consenting owner and his name, on a
# form's dotted lines ("ผู้ค้ำประกัน ชื่อ....นาย....เลขประจำตัวประชาชน....", a market's
# stall lease, set 114): too long for a heading and no label of ours opening it, it opens
# his part as his heading would; his home and phone on the lines under it are his.
_SECOND_PERSONS_LINE = re.compile(
    rf"(?:{SECOND_PERSON.pattern})\s*(?:ชื่อ(?:\s*-?\s*(?:นาม)?สกุล)?)?[\s:：.…_]*{CIVIL_TITLE}"
)
# A line opening with the funeral's host (เจ้าภาพ, perhaps "ข้อมูล" or "ชื่อ" before it, a
# colon after it) after the dead person's lines: the living family member who asks, her
# lines follow (set 114: a chat and a funeral home's mail give the dead first, the host
# under him). The dead write no mail, so his part ends where hers begins.
_HOSTS_LINE = re.compile(rf"(?:(?:ข้อมูล|ชื่อ)(?:ของ)?\s*)?{HOST}(?![\u0e01-\u0e4e]*(?:ของ|กับ))")
# "เกี่ยวข้องกับผู้เสียชีวิตโดยเป็น บุตร", "ความเกี่ยวพันกับผู้ตาย": a line in the applicant's
# own part that names the other person only to say how the two are related (set 28).
_RELATION = re.compile(r"\s*(?:ความ)?(?:เกี่ยวข้อง|เกี่ยวพัน|สัมพันธ์)")
# A section heading naming the one who acts for the applicant (ผู้รับมอบอำนาจ, ผู้รับมอบ
# ฉันทะ, ผู้ยื่นแทน, ผู้ดำเนินการแทน): a proxy files the applicant's request, so the proxy's
# name, ID and number are the applicant's only where the applicant's own are not given
# (the one to call, often); read less sure than the applicant's, whichever block comes
# first (set 20, poa_grantor_grantee_blocks).
# So is a carer (ผู้ดูแลคนพิการ, ผู้ดูแลผู้สูงอายุ) who files an allowance form for the one
# in its care, and "ผู้ยื่นคำขอแทน" (the allowance forms' words for one filing under a power
# of attorney). A label naming one ("ชื่อ-สกุล (ผู้รับมอบอำนาจ)") is read as such too, and a
# line opening with one opens the part however long (set 26: "ผู้ยื่นคำขอแทนตามหนังสือ
# มอบอำนาจ เกี่ยวข้องกับผู้สูงอายุ ... โดยเป็น บุตร").
# And one who receives an allowance for the one it is paid to (ผู้รับเงินแทน, set 31), or
# notifies for the one a notice is about (ผู้แจ้งแทน: a wife's part on a voter's notice of
# not voting, set 99), or fills a web form in for her (ผู้กรอกข้อมูลแทน: a grandson's part
# of an elder's e-service application, set 109).
# The contact a kin note names ("ข้อมูลผู้ติดต่อ (หลาน)", set 125: a grandchild's mail for
# her grandmother, her own ID, Bangkok home and mobile under it): the kin who writes or
# is called for the one the request is for, as one who files in her stead (ผู้ส่งแทน).
_PROXY = re.compile(
    r"ผู้รับมอบ(?:อำนาจ|ฉันทะ)?|ผู้(?:ยื่น|ส่ง|ดำเนินการ|ทำการ|รับเงิน|แจ้ง|กรอก(?:ข้อมูล)?)(?:คำ(?:ขอ|ร้อง)ฯ?\s*)?แทน|ผู้ดูแล"
    rf"|ผู้ติดต่อ\s*[(（]\s*{KIN}"
)
PROXY = _PROXY  # for readers that name parts their own way (a fillable form's fields)
# A lawyer who files for a client (set 63: a law firm's sheet, "ทนายความผู้ยื่น <name>"
# over the office's line, his mobile and box): his block is a proxy's, the client's
# ("ลูกความ <name>", "เลขประจำตัวประชาชนลูกความ") the applicant's.
_LAWYER = re.compile(r"ทนายความ")
_CLIENT = re.compile(r"(?:ชื่อ\s*)?ลูกความ")
_PROXY_OPENING = re.compile(rf"[(（\[]?\s*(?:{_PROXY.pattern})")
# Below review.REVIEW_BELOW from a sure label: a proxy's value that stands (the guardian's
# phone, the one to call) is never taken silently; a clerk sees whose it is.
PROXY_SHARE = 0.75
# A section for the one the law lets act for a minor or an incompetent person (the
# guardian, ผู้ปกครอง; the curator, ผู้อนุบาล; ผู้พิทักษ์; ผู้แทนโดยชอบธรรม): where a
# form gives one, the child's or the ward's section beside it is whose request it is
# ("ข้อมูลเด็ก" then "ข้อมูลผู้ปกครอง": a day-care place, a school), and the guardian's
# is read as a proxy's. Without one, "ข้อมูลบุตร" beside the sender's own part stays
# another's (a parent's grant for a newborn, set 24).
_GUARDIAN = re.compile(r"ผู้ปกครอง|ผู้อนุบาล|ผู้พิทักษ์|ผู้แทนโดยชอบธรรม")
# A section's number before its heading ("ส่วนที่ 1", "ตอนที่ 2", "1.", "ข้อ 3"): no value.
_SECTION_NUMBER = re.compile(r"^\s*(?:(?:ส่วน|ตอน|ข้อ)(?:ที่)?\s*)?[0-9๐-๙]{1,2}[.)]?\s*")
# A part headed by the one an allowance or help is for ("ส่วนที่ 2 ผู้สูงอายุ", "ข้อมูล
# คนพิการ", "ผู้ประสบภัย"): his own, and a carer's or payee's part above it ends there.
# So is the one a lent device is for ("ส่วนที่ 1 ผู้ใช้อุปกรณ์", set 81).
_BENEFICIARY = re.compile(
    r"(?:ข้อมูล(?:ของ)?\s*)?(?:ผู้สูงอายุ|คนพิการ|ผู้พิการ|ผู้ป่วย|ผู้ประสบ(?:ภัย|เหตุ)|ผู้เดือดร้อน"
    r"|ผู้ใช้(?:กาย)?อุปกรณ์)"
)
# A bracket opening with a role ("(ผู้ถือกรรมสิทธิ์ร่วม...)", "(ผู้ยื่นแทน)") after a name's
# label: a note on whose part follows, no name (no given name begins with ผู้).
_ROLE_NOTE = re.compile(r"\s*[(（]\s*ผู้[^()（）]*[)）]\s*$")
# A relative's part ("ผู้ขอใช้บริการ (ญาติ)", "ข้อมูลญาติ") in a form that heads a part for
# the one the help is for (a patient the rescue van fetches, set 67): the relative asks for
# him, so her part is a proxy's, however it calls her the one who asks.
_RELATIVE = re.compile(r"ญาติ")
# So is the part of the one who borrows the device for him or answers for it ("ส่วนที่ 2
# ผู้ยืม/ผู้รับผิดชอบอุปกรณ์", a carer's, set 81): her home and mobile are never his.
_BORROWER = re.compile(r"ผู้ยืม|ผู้รับผิดชอบ")
# A form's part where an officer certifies the applicant's account ("คำรับรอง", "การรับรอง
# ของผู้ใหญ่บ้าน", "ความเห็นของกำนัน": a กชภ.อ.1's last part, set 67): its "ข้าพเจ้า....." is
# the certifier's (a headman, a community head), another's, never the applicant's.
_CERTIFYING = re.compile(
    r"(?:คำ|การ)รับรอง(?:ของ\s*\S+)?\s*"
    rf"|ความเห็น(?:ของ)?\s*{VILLAGE_HEAD}\S*\s*"
)
# A part's heading where another gives his opinion or certifies ("ความเห็นกำนัน",
# "ความคิดเห็นของผู้ตรวจ", "คำรับรองของผู้นำชุมชน"), on the line under a signature's caption
# ("ผู้ยื่นคำร้อง", set 121: a repair letter's headman's part): never a name, which never
# opens with these words.
_PART_HEADING = re.compile(rf"\s*(?:ความ(?:คิด)?เห็น|{_CERTIFYING.pattern})")
# The words a form prints between its blanks ("ข้าพเจ้า......อายุ......ปี"): a name's
# "value" made only of them is the form's print left between the dots, never a name
# (set 33: "อายุ ปี" taken for the name where the answers sat in text boxes).
_FORM_WORDS = frozenset({
    "อายุ", "ปี", "เดือน", "วัน", "บาท", "สัญชาติ", "เชื้อชาติ", "ศาสนา", "อาชีพ", "เลขที่",
    "บ้านเลขที่", "หมู่ที่", "หมู่", "ตำบล", "อำเภอ", "จังหวัด", "ถนน", "ซอย", "โทรศัพท์", "โทร",
    "เกิดวันที่", "วันที่",
})  # fmt: skip
# A line ending with a titled name and a proxy's role ("ข้าพเจ้า นายก ข ผู้รับเงินแทน",
# "ชื่อ นางค ง (ผู้ดูแล)"): the writer says he acts for another; his lines follow (set 31).
_NAME_THEN_PROXY = re.compile(
    rf"{CIVIL_TITLE}[\u0e01-\u0e4e]+\s+[\u0e01-\u0e4e]+\s*[(（]?\s*(?:{_PROXY.pattern})"
    r"[\u0e01-\u0e4e]*\s*[)）]?\s*$"
)
# A role with a note naming kin, opening a line before a titled name ("ผู้ป่วย (บุตร):
# เด็กชาย...", "ผู้รับการรักษา (คู่สมรส) นาง..."), in a text whose asker's own part opens
# another line ("ผู้ขอเบิก: ..."): the relative the asker's claim is about; her lines
# follow, never the asker's (a staff member's claim for her child's bills, set 81). With
# no asker's part the relative may be the one the request is for (a daughter's for her
# mother): left as read.
_KIN_ROLE_LINE = re.compile(
    rf"^\s*ผู้[\u0e01-\u0e4e]{{2,30}}\s*[(（]\s*{KIN}[^()（）]*[)）]\s*[:：]?\s*{CIVIL_TITLE}"
)
# A sentence saying the writer files for others ("ขอยื่นคำร้องแทนราษฎร...", "ยื่นคำขอแทน
# ผู้ป่วย..."), no label's line: the writer's own lines typed above it (a headman's, a
# volunteer's) are a proxy's, the applicant's follow (set 31). "ผู้ยื่นคำร้องแทน" is a
# proxy's heading, a signature's "(ยื่นแทน)" a note on who signs: neither is this.
_FILES_FOR = re.compile(r"(?<!ผู้)ขอยื่น(?:คำ(?:ร้อง|ขอ))?(?:เรื่อง)?แทน")
# A writer who says she keeps another's books ("ดิฉันเป็นผู้ทำบัญชีของ บริษัท ...", "ผม
# ในฐานะสำนักงานบัญชีของ ..."): the request is the client's, so the lines of her own
# signature below the letter's closing are hers, no one's the case records (an
# accountant's mobile under a company's line, set 56). Not a proxy in law: her values
# never stand in for the client's.
_KEEPS_BOOKS_FOR = re.compile(
    r"(?:ข้าพเจ้า|ดิฉัน|ผม|กระผม|เรา)\s*(?:เป็น|ใน\s*ฐานะ(?:เป็น)?)\s*"
    rf"{BOOKKEEPER}\s*(?:ของ|ให้(?:กับ|แก่)?)"
)
# A note in brackets after a heading's words.
_BRACKET_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]")
# A heading that is a person's role alone ("ผู้ย้ายเข้า", "ผู้เช่า (ผู้พักอาศัย)"): after
# another's part, a new person's part begins; whose, the lists above decide, else no one
# else's (set 31).
_ROLE_ALONE = re.compile(
    r"^(?:ข้อมูล(?:ของ)?\s*)?ผู้[\u0e01-\u0e4e]{2,30}\s*(?:[(（][^()（）]*[)）])?\s*$"
)
# A heading that says whose part it is by the asker's own words, not "of" or "with" him
# ("ข้อมูลผู้ปกครอง (ผู้สมัคร)", "ผู้แทนโดยชอบธรรม (ผู้ยื่นคำขอ)", "ผู้ยื่นคำขอ (นายจ้าง)"):
# the form tells which person asks, so his part is the applicant's whatever else the
# heading calls him (a parent, an employer, a co-owner); "ความเกี่ยวข้องกับผู้ขอ",
# "บุตรของผู้ยื่นคำขอ" name the asker only to relate another to him (set 31).
_ASKER_NAMED = re.compile(
    r"(?<!ของ)(?<!ของ )(?<!กับ)(?<!กับ )(?:ผู้ร้อง|ผู้ยื่น|ผู้ขอ|ผู้แจ้ง|ผู้สมัคร|ผู้มอบ(?:อำนาจ|ฉันทะ))"
)
# The employer's part, or its staff's ("ผู้ประสานงาน (นายจ้าง)", "ข้อมูลนายจ้าง"), below a
# heading that names the asker's part ("ข้อมูลลูกจ้าง (ผู้ขอ)"): the form says the worker
# asks, so the employer's rows (HR's name, mobile, box) are another's (set 70). Without
# such a heading, or where it names the employer ("ผู้ยื่นคำขอ (นายจ้าง)" above
# "สถานประกอบการ", set 31), the employer's part may be the asker's own (set 30:
# "ข้อมูลนายจ้าง" over an employer's request for his worker's certificate).
_EMPLOYERS_PART = re.compile(r"นายจ้าง|สถานประกอบการ")
# A pet's part (set 58: "ชื่อแมว:", its breed, birth date, microchip; "ข้อมูลสัตว์เลี้ยง"):
# another subject, as the other party is: its name and birth date are never its owner's.
# A label naming the owner ("ชื่อเจ้าของสุนัข") is the owner's; a line opening with the
# owner ("เจ้าของ:", "ข้อมูลเจ้าของ") ends the pet's part.
_PET = re.compile(r"สัตว์เลี้ยง|สุนัข|แมว|ชื่อสัตว์")
_PETS_OWNER = re.compile(r"^[\s(\[]*(?:ข้อมูล(?:ของ)?\s*|ชื่อ[\s\-–]*(?:นาม)?(?:สกุล)?\s*)?เจ้าของ")


def names_family_member(label: str, *, ward_asks: bool = False) -> bool:
    """Whether a field's label names a family member and no part of the asker's
    ("เลขประจำตัวประชาชนเด็ก", not "ชื่อผู้ขอ (มารดา)"), as the text's labels are read;
    not the child where he is the one who asks (`ward_asks`, see _FAMILY_OR_CHILD)."""
    family = _FAMILY_MEMBER if ward_asks else _FAMILY_OR_CHILD
    return family.search(label) is not None and _OWN_PARTY.search(label) is None


def names_another(label: str) -> bool:
    """Whether a field's label names another party or a pet ("โทรศัพท์ผู้ก่อเหตุ",
    "ชื่อแมว"): its value is theirs, for the readers of tables (html_table)."""
    return _OTHER_PARTY.search(label) is not None or _names_pet(label)


def _names_pet(label: str) -> bool:
    """Whether a label names a pet, not its owner ("ชื่อแมว", not "ชื่อเจ้าของแมว")."""
    return _PET.search(label) is not None and "เจ้าของ" not in label


# "เจ้าของ: <titled name>" after a pet's lines: the owner's name, as "ชื่อเจ้าของ:" says.
_OWNER_COLON = re.compile(r"^(?P<i>\s*)เจ้าของ(?P<s>\s*[:：]\s*)(?=" + CIVIL_TITLE + ")")
_PET_LINE = re.compile(r"^\s*(?:ข้อมูล|ชื่อ)?\s*(?:" + _PET.pattern + ")")


def _pets_owner_named(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The owner's line under a pet's lines read as the owner's name's label (set 58: an
    iPhone's cat registration gives the cat's lines, then "เจ้าของ: นางสาว..."); without
    a pet above it, "เจ้าของ:" may be the owner of a shop complained of, no one's name."""
    out, pet = [], False
    for n, line in lines:
        pet = pet or _PET_LINE.match(line) is not None
        out.append((n, _OWNER_COLON.sub(r"\g<i>ชื่อเจ้าของ\g<s>", line, count=1) if pet else line))
    return out


# A part headed by another person's role alone, as forms with several people head each
# person's lines (set 31): a birth report's "มารดา" and "บิดา", a minor's "ผู้เยาว์", the
# child's "ข้อมูลเด็กที่เกิด", a spouse, the house owner who consents to a move-in
# (เจ้าบ้าน), a landlord, the co-owners of a plot, an employer's worker.
_OTHER_HEADING = re.compile(
    r"^[\s(\[]*(?:ส่วนที่\s*[0-9๐-๙]+\.?\s*)?(?:ข้อมูล(?:ของ)?\s*|รายชื่อ\s*)?(?:บิดา|มารดา|ผู้เยาว์|เด็ก|บุตร"
    r"|คู่สมรส|สามี|ภรรยา|เจ้าบ้าน|เจ้าของ(?:บ้าน|ที่ดิน|ห้อง|อาคาร)|ผู้ให้เช่า|ผู้ถือกรรมสิทธิ์"
    r"|ลูกจ้าง|ผู้เข้ารับการ|"
    # a foreigner's table heads his Thai spouse's rows in English ("Spouse (Thai)", set 82)
    r"(?i:spouse|husband|wife)\b|"
    rf"{_PET.pattern})"
)
GUARDIAN, OWN_PARTY = _GUARDIAN, _OWN_PARTY  # for the readers of tables (html_table)
_WARD_DATA = re.compile(
    r"ข้อมูล(?:ของ)?\s*(?:บุตร|เด็ก|ผู้เยาว์|นักเรียน)|คนไร้ความสามารถ|คนเสมือนไร้ความสามารถ"
)
# A filled example the agency prints before its form ("ตัวอย่างการกรอก", "ตัวอย่าง:"):
# an invented person's values, no one's data; it ends at the next heading that is no label.
_EXAMPLE = re.compile(r"[(\[]?\s*(?:ตัวอย่าง|example\b)", re.IGNORECASE)
_HEADING_CHARS = 40  # a section heading is short and holds no value after a colon
_VALUE_AFTER_COLON = re.compile(r"[:：∶]\s*\S")


@runtime_checkable
class MultilineAware(Protocol):
    """A label index that also knows which fields run over several lines (address...)."""

    def is_multiline(self, key: str) -> bool: ...


@runtime_checkable
class PersonalAware(Protocol):
    """A label index that knows which fields hold a person's data, and their labels."""

    def is_personal(self, key: str) -> bool: ...

    def labels_of(self, key: str) -> frozenset[str]: ...


@runtime_checkable
class PrefixAware(Protocol):
    """A label index that finds known labels at the start of a line and knows types."""

    def prefix_hits(self, text: str) -> list[PrefixHit]: ...

    def field_type(self, key: str) -> FieldType: ...

    def whole_of_parts(self, label: str) -> str | None: ...


def _is_prefix_aware(labels: LabelIndex) -> TypeGuard[PrefixAware]:
    # isinstance() with a runtime protocol lists the protocol's members on every call,
    # several times a line; the index the extractors are given is a LabelMatcher.
    return type(labels) is LabelMatcher or isinstance(labels, PrefixAware)


def _is_multiline_aware(labels: LabelIndex) -> TypeGuard[MultilineAware]:
    return type(labels) is LabelMatcher or isinstance(labels, MultilineAware)


def _is_personal_aware(labels: LabelIndex) -> TypeGuard[PersonalAware]:
    return type(labels) is LabelMatcher or isinstance(labels, PersonalAware)


@dataclass(frozen=True)
class LabelLine:
    key: str
    label: str  # as written
    value: str  # "" when the value is on the next line(s)
    confidence: float


def decode_text_bytes(data: bytes) -> str:
    """Text from bytes of undeclared charset (a text attachment): detected, Thai-aware."""
    return decode_bytes(data, None)[0]


# A list's bullet opening a value on the line under its heading ("ผู้แจ้ง (บิดา)" / "- นาย<him>",
# a mail's list of the reporter's details, set 125): the list's mark, no part of the name.
_BULLET_FIRST = re.compile(r"^[-–•*·▪]\s+(?=[^\s0-9๐-๙])")


def _clean_value(value: str) -> str:
    value = _BULLET_FIRST.sub("", value.strip(), count=1)
    if _has_leaders(value):
        value = _LEADERS.sub(" ", value)
    # "แก้ไขเป็น 48/2 ..." after a struck old value: the word is no part of the value
    value = without_correcting_word(value.strip())
    if _PLACEHOLDER_FIRST.match(value):
        value = _PLACEHOLDER_FIRST.sub("", value, count=1)  # "[วว/ดด/ปปปป] 12/03/2531"
    if _WHOLLY_BRACKETED.fullmatch(value) or _WHOLLY_QUOTED.fullmatch(value):
        value = value[1:-1].strip()  # "(นางสาวก ข)", “นางสาวก ข”, "[...]": typed within
    return "" if _EMPTY_VALUE.match(value) else value


def _has_colon(text: str) -> bool:
    """_COLON.search(text) is not None: a substring search of each of its three colons
    costs a small part of trying the pattern at every position, and most lines the
    readers split hold no colon at all."""
    return ":" in text or "：" in text or "∶" in text


def _has_leaders(text: str) -> bool:
    # Every _LEADERS match holds one of these; most values hold none, and looking for
    # them costs a twentieth of trying _LEADERS (lookbehind first) at every position.
    return "..." in text or "___" in text or "…" in text


# --- One line ----------------------------------------------------------------------------


def parse_label_line(line: str, labels: LabelIndex) -> LabelLine | None:
    """Read one line as a label (and maybe its value); None for ordinary text."""
    if line.lstrip().startswith("|"):  # "| label | value |" typed as a text table
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 2 or not all(cells):
            return None
        line = f"{cells[0]} : {cells[1]}"
    elif line.count(" | ") >= 2:  # a flattened row of 3+ cells: the table reader's job
        return None
    if _is_prefix_aware(labels):
        found = _read_by_prefix(line, labels)
        if found is not None:
            return _under_heading(found, found.label, found.value, labels)
        split = _colon_split(line)
        if split is not None and 0 < len(split[0].strip()) <= _HEADING_CHARS:
            # "การติดต่อ: โทร 08...": a heading no field has, then a labelled answer
            inner = _under_heading(None, split[0].strip(), split[1], labels)
            if inner is not None:
                return inner
    return _read_by_split(line, labels)


def is_lone_label(text: str, labels: LabelIndex) -> bool:
    """A known label standing alone, its value elsewhere (a caption, a cell, a column's
    heading)."""
    found = parse_label_line(text, labels)
    return found is not None and not found.value


def _under_heading(
    found: LabelLine | None, heading: str, value: str, labels: PrefixAware
) -> LabelLine | None:
    """The answer behind its own label after a group heading ("ผู้ยื่นคำขอ: ชื่อ นาย...",
    "การติดต่อ: โทร 08..."), as a Word table row of heading cell and answers cell is read
    or a citizen types it: the inner label names the field, and is no part of the value.
    Taken only when the inner value proves itself (a titled name, a value of the field's
    type); else `found` as it was."""
    if not value.strip():
        return found
    inner = _read_by_prefix(value.strip(), labels)
    if inner is None or not inner.value:
        return found
    kind = labels.field_type(inner.key)
    proves = _TITLED_NAME.match(inner.value) if kind == "name" else has_type(kind, inner.value)
    if kind == "text" or not proves:
        return found
    confidence = min(inner.confidence, found.confidence) if found else inner.confidence * COLON
    return LabelLine(inner.key, f"{heading}: {inner.label}", inner.value, round(confidence, 3))


def _read_by_prefix(line: str, labels: PrefixAware) -> LabelLine | None:
    """The longest known label at the start of the line that a separator closes."""
    numbering = _NUMBERING.match(line)
    text = line[numbering.end() if numbering else 0 :].lstrip()
    whole = _whole_named_by_parts(text, labels)
    if whole is not None:
        return whole
    for hit in labels.prefix_hits(text):
        if _BREAK_INSIDE.search(text[: hit.end]) or _unbalanced(text[: hit.end]):
            continue
        end = _label_end(text, hit.end, hit.key, labels)
        kind = labels.field_type(hit.key)
        found = _separate(text[end:], kind, english=hit.english)
        if found is None:
            continue
        factor, value = found
        if hit.key in ADDRESS_PART_KEYS and factor not in (COLON, GAP, LEADERS, LONE):
            # "ถนน หน้าบ้าน ...", "เขต ..." open sentences: a box only when a colon, a tab,
            # a wide gap or the form's blank (dots, underscores) parts it from its value,
            # or it stands alone
            continue
        if kind == "name" and _COLON.search(value):
            continue  # "ชื่อ ผู้แทน: ..." a name has no colon: the label goes on to it
        if kind == "name" and _only_form_words(value):
            continue
        if kind == "name" and _ROLE_NOTE.match(value):
            # "ผู้ยื่นคำร้อง (ผู้ถือกรรมสิทธิ์ร่วม...)": a heading's note on who he is
            return LabelLine(hit.key, text[:end].strip(), "", round(factor, 3))
        label = text[:end].strip()
        if len(_LONG_NOTE.sub("", label)) <= MAX_LABEL_CHARS:  # the note is no label's length
            written = _clean_value(value)
            cleaned = clean_value(kind, written)
            if cleaned != written and kind != "name":  # the value had other words around it
                factor *= DUG_OUT
            if names_another_line(label) or _another_line_before(kind, written, cleaned):
                factor *= ANOTHER_LINE
            return LabelLine(hit.key, label, cleaned, round(factor, 3))
    return None


def _another_line_before(kind: FieldType, written: str, number: str) -> bool:
    """Whether the words between a phone's label and the number taken ("กลุ่ม" in "โทร.
    กลุ่ม 045-210-338") name another line than the applicant's own: the words after any
    number before it, so "บ้าน" of "บ้าน 0-3561-2244 / มือถือ 08..." is not the mobile's."""
    at = written.find(number) if kind == "phone" and number else -1
    return at > 0 and is_another_line(_DIGITS.split(written[:at])[-1])


_DIGITS = re.compile(r"[0-9๐-๙]")


# A row of `label: value` pairs that ends on a label, its answer the first words of the
# next line before that line's own label ("... อำเภอ/เขต:" / "จตุจักร จังหวัด: ..."): a
# mail client's hard wrap fell between a box and its answer. Left there, the answer was
# read into the next caption ('จตุจักร จังหวัด') and the box gave its caption as the value.
_ENDS_ON_LABEL = re.compile(r"[:：]\s*$")
_FIRST_COLON = re.compile(r"[:：]")
MAX_WRAPPED_WORDS = 4


def _answer_wrapped_below(lines: list[tuple[int, str]], parse: Parse) -> list[tuple[int, str]]:
    out = list(lines)
    for k in range(len(out) - 1):
        (n, above), (m, below) = out[k], out[k + 1]
        if m != n + 1 or len(_FIRST_COLON.findall(above)) < 2 or not _ENDS_ON_LABEL.search(above):
            continue
        if below.lstrip().startswith(">"):
            continue  # a quoted line: its mark is no answer
        colon = _FIRST_COLON.search(below)
        words = below[: colon.start()].split() if colon else []
        for cut in range(1, min(len(words), MAX_WRAPPED_WORDS + 1)):
            caption = parse(" ".join(words[cut:]) + ":")
            answer = " ".join(words[:cut])
            if caption is not None and not caption.value and parse(answer) is None:
                start = re.match(rf"\s*(?:\S+\s+){{{cut}}}", below)
                if start is not None:
                    out[k] = (n, f"{above.rstrip()} {answer}")
                    out[k + 1] = (m, below[start.end() :])
                break
    return out


def _captions_only(value: str, parse: Parse) -> bool:
    """Whether a value is other fields' captions and nothing else, two or more: the rest of
    a header row whose cells a program ran together with single spaces (a tab made a
    space), read as the first caption's value. A column's caption no field takes (ลำดับ,
    สัญชาติ, หนังสือเดินทาง) is one of them, and is no value alone either: "ชื่อ (ตาม
    หนังสือเดินทาง) | หนังสือเดินทาง | สัญชาติ", a group list's header (set 100), its
    label's value cut at the next caption."""
    words = value.split()
    if " ".join(words).casefold() in NO_FIELD_HEADINGS:
        return True
    return len(words) >= 2 and all(_caption_word(w, parse) for w in words)


def _caption_word(word: str, parse: Parse) -> bool:
    if word.rstrip(":：").casefold() in NO_FIELD_HEADINGS:
        return True
    return (h := parse(word)) is not None and not h.value


def _only_form_words(value: str) -> bool:
    words = _clean_value(value).split()
    return bool(words) and _FORM_WORDS.issuperset(words)


def _whole_named_by_parts(text: str, labels: PrefixAware) -> LabelLine | None:
    """ "คำนำหน้า/ชื่อ/นามสกุล: นายก ข", "คำนำหน้า ชื่อ นามสกุล" alone above its value: a
    caption naming two or more parts of one field asks for the whole of it, where the
    first part's label would take the name for its title."""
    split = _colon_split(text)
    label, value = split if split is not None else (text, "")
    if not 0 < len(label.strip()) <= MAX_LABEL_CHARS:
        return None
    key = labels.whole_of_parts(label) or _house_line_caption(label, labels)
    if key is None:
        return None
    kind = labels.field_type(key)
    written = _clean_value(value)
    return LabelLine(key, label.strip(), clean_value(kind, written), COLON if written else LONE)


# The boxes of an address's first line, which one answer fills ("บ้านเลขที่ หมู่ ซอย ถนน")
_HOUSE_LINE = ADDRESS_PART_KEYS - {SUBDISTRICT, DISTRICT}


def _house_line_caption(label: str, labels: PrefixAware) -> str | None:
    """HOUSE for a caption naming the house number and more of its line's boxes with
    spaces and nothing else ("บ้านเลขที่ หมู่ ซอย ถนน", a Microsoft Forms question; set 43),
    as "บ้านเลขที่/หมู่/ซอย/ถนน" is read; else None."""
    pieces = label.split()
    if not 2 <= len(pieces) <= len(_HOUSE_LINE):
        return None
    keys = set()
    for piece in pieces:
        whole = [h for h in labels.prefix_hits(piece) if h.end == len(piece)]
        if not whole or whole[0].key not in _HOUSE_LINE:
            return None
        keys.add(whole[0].key)
    return HOUSE if HOUSE in keys and len(keys) >= 2 else None


def _unbalanced(text: str) -> bool:
    return text.count("(") != text.count(")") or text.count("（") != text.count("）")


def _label_end(text: str, end: int, key: str, labels: PrefixAware) -> int:
    """Extend the label over notes, units and a second-language label after a slash."""
    if text[end : end + 1] == "." and text[end + 1 : end + 2] != ".":
        end += 1  # the dot of an abbreviation ("โทร.", "Tel. No."), not a dot leader
    kind = labels.field_type(key)
    while True:
        qualifier = _QUALIFIER.match(text, end) or _LONG_NOTE.match(text, end)
        if qualifier is not None and not _bracketed_value(text, qualifier, kind):
            end = qualifier.end()
            continue
        mine = _POSSESSIVE.match(text, end)
        if mine is None and text[:end].endswith("ผู้ขอ"):
            mine = _ASKED_FOR.match(text, end)
        if mine is None and kind != "name":
            mine = _NEW.match(text, end) or _PURPOSE.match(text, end)
        if mine is None and key in _WHOSE_KEYS:
            mine = _WHOSE.match(text, end)
        if mine is not None:
            end = mine.end()
            continue
        role = _same_field_label(text, end, key, labels)
        if role is not None:
            end = role
            continue
        required = _REQUIRED_MARK.match(text, end)
        if required is not None:
            return required.end()
        noted = _REQUIRED_BEFORE_NOTE.match(text, end)
        if noted is not None:  # "ที่อยู่ * (บ้านเลขที่ หมู่ ...)": the note is the label's too
            end = noted.end()
            continue
        slash = _ALTERNATIVE.match(text, end)
        if slash is not None:
            rest = text[slash.end() :]
            # "ที่อยู่ใหม่ / New address:": the English half's own word for ใหม่ before
            # its label (set 82), the same field's label only
            new = _NEW_EN.match(rest)
            skip = new.end() if new else 0
            hits = [
                h
                for h in labels.prefix_hits(rest[skip:])
                if not _BREAK_INSIDE.search(rest[: skip + h.end])
                and not rest[skip + h.end : skip + h.end + 1].isalnum()  # a whole word
                and (not skip or h.key == key)
            ]
            if hits:
                end = slash.end() + skip + hits[0].end
                continue
            other = _other_name(rest, kind)
            if other is not None:
                end = slash.end() + other
                continue
        return end


# A second name of a typed field after a slash that no label here holds ("เลขประจำตัว
# ประชาชน/เลขประจำตัวผู้เสียภาษีอากร 3 1017 ...", as tax forms print it): words with no
# digit, then the field's own kind of value.
_OTHER_NAME = re.compile(r"[^\s\d:：/()]{2,40}")


def _other_name(rest: str, kind: FieldType) -> int | None:
    """The end of the alternative name at the start of `rest`, when what follows it is a
    value of the field's type (an ID, a phone, a date), else None."""
    if kind in ("text", "name"):
        return None
    m = _OTHER_NAME.match(rest)
    if m is None:
        return None
    after = rest[m.end() :].lstrip(" \t:：")
    return m.end() if after and has_type(kind, clean_value(kind, after)) else None


def _bracketed_value(text: str, qualifier: re.Match[str], kind: FieldType) -> bool:
    """Whether the bracket after a label is its value, not a note on it: it ends the line
    and holds a value of the field's type ("อีเมล (a@b.co)") or, for a name, a titled
    name ("ชื่อผู้ยื่น (นางสาวก ข)"). A note ("(มือถือ)", "(ตามทะเบียนบ้าน)") or the
    choices of a title ("(นาย/นาง/นางสาว)") is neither."""
    if text[qualifier.end() :].strip():
        return False
    inner = qualifier.group(0).strip()[1:-1].strip()
    if _EXAMPLE_NOTE.match(inner):
        return False
    if kind == "name":
        return _TITLED_NAME.match(inner) is not None
    return kind not in ("text",) and has_type(kind, clean_value(kind, inner))


def _same_field_label(text: str, end: int, key: str, labels: PrefixAware) -> int | None:
    """The end of a second label of the same field right after the first, if any."""
    gap = _ROLE_GAP.match(text, end)
    start = gap.end() if gap else end
    rest = text[start:]
    for hit in labels.prefix_hits(rest):
        word = rest[: hit.end]
        after = rest[hit.end : hit.end + 1]
        if hit.key == key and not _BREAK_INSIDE.search(word) and (not after or not after.isalnum()):
            return start + hit.end
    return None


def _separate(rest: str, kind: FieldType, *, english: bool) -> tuple[float, str] | None:
    """(confidence factor, value) from the text after a label, or None if no separator."""
    if not rest.strip():
        return LONE, ""
    for pattern, factor in (
        (_SEP_COLON, COLON),
        (_SEP_LEADERS, LEADERS),
        (_SEP_GAP, GAP),
        (_SEP_DASH, DASH),
        (_SEP_IS, GAP),
    ):
        m = pattern.match(rest)
        if m is not None:
            return factor, rest[m.end() :]
    value = rest.strip()
    typed = kind not in ("text", "name")
    fits = typed and has_type(kind, value)
    if rest[:1].isspace():
        if not english:
            return (SPACE if fits or not typed else UNTYPED_SPACE), value
        return (SPACE, value) if fits else None
    # Nothing between label and value ("โทร0812345678"): only a value of the field's type
    # that starts right there, not one found further on ("ติดต่อกลับได้ที่ ... 08...").
    starts = bool(_VALUE_START.match(value))
    if kind == "name" and _TITLED_NAME.match(value):
        # "ชื่อนายสมชาย ใจดี": the title shows where the name starts, but nothing shows
        # where it ends: flagged
        return JOINED_NAME, value
    return (JOINED, value) if fits and starts else None


def _read_by_split(line: str, labels: LabelIndex) -> LabelLine | None:
    """Labels not held exactly: split the line and match the left side loosely.

    Without a colon only an exact label would count, and the prefix reader has found
    those already: with a PrefixAware index only the colon split is tried (cheaper).
    """
    best: LabelLine | None = None
    options = _options(line)
    if _is_prefix_aware(labels):
        split = _colon_split(line)
        options = iter([(split[0], split[1], COLON)] if split else [])
    for label, value, factor in options:
        label = label.strip()
        if not label or len(label) > MAX_LABEL_CHARS:
            continue
        found = labels.match(label)
        if found is None:
            continue
        key, confidence = found
        if factor < 1.0 and confidence < 0.9:  # without a colon, only a sure label counts
            continue
        score = round(confidence * factor, 3)
        # On equal scores the longer label wins: "ชื่อ - สกุล" over "ชื่อ".
        if best is None or (score, len(label)) > (best.confidence, len(best.label)):
            kind = labels.field_type(key) if _is_prefix_aware(labels) else "text"
            best = LabelLine(key, label, clean_value(kind, _clean_value(value)), score)
    return best


def _colon_split(line: str) -> tuple[str, str] | None:
    """Split at the first colon that is not inside a time or ratio ("10:30")."""
    if not _has_colon(line):
        return None
    for m in _COLON.finditer(line):
        before, after = line[: m.start()], line[m.end() :]
        if before[-1:].isdigit() and after[:1].isdigit():
            continue
        return before, after
    return None


def _options(line: str) -> Iterator[tuple[str, str, float]]:
    """(label, value, factor) for each way the line may be read as label and value."""
    split = _colon_split(line)
    if split is not None:
        yield split[0], split[1], COLON
    leaders = _LEADERS.search(line)
    if leaders is not None and leaders.start() > 0:
        yield line[: leaders.start()], line[leaders.end() :], LEADERS
    stripped = line.strip()
    gap = _WIDE_GAP.search(stripped)
    if gap is not None:
        yield stripped[: gap.start()], stripped[gap.end() :], GAP
    words = stripped.split(" ")
    for n in range(1, min(4, len(words))):
        label = " ".join(words[:n])
        if _THAI.search(label):
            yield label, " ".join(words[n:]), SPACE
    yield stripped, "", LONE  # a label standing alone: value on the next line


# --- Many lines ---------------------------------------------------------------------------


def read_label_lines(
    lines: Sequence[tuple[int, str]],
    labels: LabelIndex,
    provenance: MakeProvenance,
    *,
    quoted: frozenset[int] = frozenset(),
    method: ReadMethod | None = None,
    line_confidence: Mapping[int, float] | None = None,
) -> list[FieldCandidate]:
    """Field candidates from numbered text lines, each with its provenance.

    The one reader of `label: value` text: mail bodies, PDF page text, DOCX paragraphs and
    OCR lines all come through here. `quoted` holds the numbers of lines that were quoted
    ("> ...") in a reply: their inline values are less sure, and a quoted lone label takes
    its value only from an unquoted line (what the replier typed under it). `method`
    marks every candidate (e.g. "ocr", which flags it for review); `line_confidence`
    (line number -> 0..1, e.g. OCR's word confidence) scales the label's confidence.
    """
    multiline = labels.is_multiline if _is_multiline_aware(labels) else lambda _: False
    senders = _sender_fields(labels)
    kind_of = labels.field_type if _is_prefix_aware(labels) else lambda _: "text"
    # a paragraph in which another person certifies the request below its writer's
    # signature ("ข้าพเจ้า <imam> ... ขอรับรองว่า ..."): his lines, by their numbers
    vouching = {lines[k][0] for k in vouching_lines([line for _, line in lines])}
    parse = _remembering(labels)
    lines = [
        (n, _pictograph_label(_unframed(line), parse))
        for n, line in _option_lists(
            without_row_numbers(
                _without_underlines(
                    address_box_rows(date_wraps_mended(mobile_wraps_mended(_cut_ids_mended(lines))))
                )
            )
        )
    ]
    lines = [(n, _bracketed_label(_title_options_label(line, parse), parse)) for n, line in lines]
    lines = [(n, _label_after(line, labels, parse)) for n, line in lines]
    lines = [(n, part_as_name_label(line, parse)) for n, line in lines]
    lines = _pets_owner_named(lines)
    lines = _answer_wrapped_below(lines, parse)
    lines = _header_rows(_party_columns(lines), parse, multiline)
    lines = stacked_labels(lines, lambda line: (f := parse(line)) is not None and not f.value)
    lines = rows_rejoined(lines, _is_label_word(labels))  # a numbered row's value wrapped
    lines = stacked_signatures(lines)  # two signatures' lines, then their names in order
    split = [(n, line, piece) for n, line in lines for piece in label_pairs(line, labels, parse)]
    lines = [(n, piece) for n, _, piece in split]
    whole = [line for _, line, _ in split]  # the line each pair was cut from
    parsed = [parse(line) if line.strip() else None for _, line in lines]
    others, headings, proxies = _other_party(lines, parsed, senders)
    buyers = buyers_lines(lines)  # the agency as a seller's customer: its block
    ward_asks = _guarded(lines)
    candidates: list[FieldCandidate] = []
    i = 0
    while i < len(lines):
        start, found = i, parsed[i]
        i += 1
        if found is None:
            continue
        is_quoted = lines[start][0] in quoted
        run_on_sentence = False  # a sentence's address taken on past a line break
        values = [found.value] if found.value else []
        confidence = found.confidence * (QUOTED_INLINE if is_quoted and values else 1.0)
        if not values:  # the value is on the next non-blank line, unless that is a label
            gap = 0
            while i < len(lines) and not lines[i][1].strip() and gap < MAX_GAP:
                i, gap = i + 1, gap + 1
            # "ลงชื่อ.....ผู้รับมอบอำนาจ" under a signer's role ("กรรมการผู้มีอำนาจ"): the
            # next signature's line, no value of the label above (set 63)
            below = (
                i < len(lines)
                and parsed[i] is None
                and bool(lines[i][1].strip())
                and not is_signature_caption(lines[i][1])
            )
            if below and not (is_quoted and lines[i][0] in quoted):
                values.append(_clean_value(lines[i][1]))
                confidence *= QUOTED_BELOW if is_quoted else 1.0
                i += 1
        if not values and found.label.endswith((")", "）")):
            # "เรื่อง (ขอข้อมูล...)" and no value below: the bracket was the value. It may
            # be a note on a blank left empty ("ที่อยู่ (ตามทะเบียนบ้าน)"): flagged.
            note = _LAST_BRACKET.search(found.label)
            if note is not None and note.start() > 0:
                values.append(note.group(1).strip())
                confidence *= BRACKET_ONLY
        if values and multiline(found.key):  # continue until a blank line or the next label
            more = True
            while more:
                while i < len(lines) and lines[i][1].strip() and _more_of(parsed[i]):
                    if is_quoted != (lines[i][0] in quoted):
                        break
                    if next_item(lines[start][1], lines[i][1]):
                        break  # "8. ..." after "7. label value": the form's next item
                    if is_closing(lines[i][1]):
                        break  # "จึงเรียนมาเพื่อโปรดพิจารณา": the letter ends, the signature follows
                    if i in headings:
                        break  # "ผู้ถูกร้อง": the next section of the form
                    if _unknown_pair(lines[i][1]):
                        break  # "วันออกบัตร : 12 มิ.ย. 2565": a field no template has
                    if found.key == "address" and _other_value(lines[i][1]):
                        # "ทร. 061-883-0247" under it: an address holds no phone; but a
                        # PDF viewer's hard break runs a form's address line on before the
                        # next label. A sentence's ("...อยู่บ้านเลขที่ 71 ... ถนนลาดพร้าว"
                        # wrapped by a mail client before "แขวงจอมพล ... 10900 โทรศัพท์")
                        # runs on too, marked read from prose (flagged): a break inside a
                        # sentence may be its wrap or its writer's (cut there, the areas
                        # were lost unflagged)
                        head = run_on_head(lines[i][1], _next_field(parse))
                        in_sentence = start > 0 and lines[start - 1][0] == lines[start][0]
                        run_on_sentence = bool(head) and in_sentence
                        _add_line(values, head, found.key)
                        break
                    if found.key == "address" and is_date_alone(lines[i][1]):
                        break  # an ID card's issue date under its address (address_stops)
                    _add_line(values, _clean_value(lines[i][1]), found.key)
                    i += 1
                areas = lines[i + 1] if i + 1 < len(lines) and not lines[i][1].strip() else None
                if (
                    found.key == "address"
                    and areas is not None
                    and is_quoted == (areas[0] in quoted)
                    and areas_below(" ".join(values), areas[1])
                ):
                    values.append(_clean_value(areas[1]))  # see extractors.address_areas
                    i += 2  # and its lines go on after it
                else:
                    more = False
        value = "\n".join(v for v in values if v)
        if line_confidence is not None:
            confidence *= line_confidence.get(lines[start][0], 1.0)
        if lines[start][0] in buyers:
            confidence = min(confidence, BUYER_CONFIDENCE)
        if looks_broken(value):  # letters set apart by a PDF's text layer
            confidence *= BROKEN
        theirs = start in others or _OTHER_PARTY.search(found.label) is not None
        theirs = theirs or _names_pet(found.label)
        theirs = theirs or _SOMEONE_ELSE.search(found.label) is not None
        theirs = theirs or lines[start][0] in vouching
        theirs = theirs or names_family_member(found.label, ward_asks=ward_asks)
        if kind_of(found.key) == "phone":
            theirs = theirs or _wrapped_under_another(
                lines, parsed, start, found.value, whole[start]
            )
            theirs = theirs or _cut_from_sentence(whole[start], lines[start][1], found.value)
        if (start in proxies or _PROXY.search(found.label)) and senders(found.key):
            confidence *= PROXY_SHARE
        if kind_of(found.key) == "name" and is_juristic_name(value):
            continue  # a company's name where the applicant's is asked: the signer's follows
        if value and _captions_only(value.split("\n")[0], parse):
            continue  # "ชื่อ-นามสกุล เลขประจำตัวประชาชน วันเกิด": a header row, no value
        if kind_of(found.key) == "name" and is_relation_only(value):
            continue  # "ผู้แจ้งเป็น บิดา (ตามข้อมูลข้างต้น)": a relation, the name is elsewhere
        if kind_of(found.key) == "name" and _PART_HEADING.match(value.split("\n")[0]):
            continue  # "ผู้ยื่นคำร้อง" over "ความเห็นกำนัน": a caption, then another's part
        if value and not (theirs and senders(found.key)):
            prov = provenance(lines[start][0], found.label)
            how = "quoted" if is_quoted else method
            how = "prose" if run_on_sentence and how is None else how
            if how is not None:
                prov = prov.model_copy(update={"method": how})
            candidates.append(
                FieldCandidate(
                    key=found.key, value=value, provenance=prov, confidence=round(confidence, 3)
                )
            )
    labelled = {lines[k][0] for k, line_found in enumerate(parsed) if line_found is not None}
    seller = sellers_head(lines, buyers, labelled)
    if seller is not None:  # the seller's own address over its invoice (buyers_block)
        candidates.append(
            FieldCandidate(
                key=_ADDRESS_KEY,
                value=seller[1],
                provenance=provenance(seller[0], SELLERS_HEAD),
                confidence=SELLERS_HEAD_CONFIDENCE,
            )
        )
    return candidates


def _wrapped_under_another(
    lines: Sequence[tuple[int, str]],
    parsed: Sequence[LabelLine | None],
    start: int,
    value: str,
    whole: str | None = None,
) -> bool:
    """A "โทร <number>" line right under a paragraph's line (no label of its own) whose
    sentence, wrapped before the number, names another as its owner (whose_phone). The
    number may follow other pairs the page's width carried down with it ("... ขอให้ติดต่อ
    หลาน คือ นาย<him>" / "เลขประจำตัวประชาชน ... โทร 08...", set 125: an elder's letter
    giving her grandchild's details): the sentence goes on through them to the number."""
    if not value:
        return False
    first = start
    while first and lines[first - 1][0] == lines[start][0] and parsed[first - 1] is not None:
        first -= 1  # the pairs cut from the number's own line, before it
    if not first or parsed[first - 1] is not None:
        return False
    (above_at, above), at = lines[first - 1], lines[start][0]
    if _has_colon(above):
        return False  # "<part> : <name>", a sheet's or a form's row, no sentence wrapped
    line = whole if whole is not None and first < start else lines[start][1]
    where = line.find(value)
    return at - above_at <= 1 and where >= 0 and said_of_another_above(above, line, where)


def _cut_from_sentence(line: str, piece: str, value: str) -> bool:
    """A "โทร <number>" pair that label_pairs cut, one space after the text before it,
    from a sentence whose words name another as its owner ("เมื่อวันที่ ... ผู้เห็น
    เหตุการณ์ นาย<witness> โทร 08...", set 120: the witness's mobile at the end of an
    injured volunteer's account, his own "โทร." line below): read in the sentence, it is
    said of that other (whose_phone), not the writer's label. A pair set apart by a gap
    or a tab is a form's row, its label its own."""
    if piece == line or not value:
        return False
    at = line.find(piece)
    if at < 2 or line[at - 1] != " " or line[at - 2].isspace():
        return False
    where = line.find(value, at)
    return where >= 0 and said_of_another(line, where)


# A dashed ID cut after a dash at a line's end, its last groups opening the next line
# ("เลขประจำตัวประชาชน 3-5011-00523-" / "97-9   วันเกิด ...": a printed form's text layer,
# set 42). Its rest is moved up where the two make a valid ID, as prose._CUT_NUMBER
# moves a mail's wrapped number up; the next line keeps what follows it.
_CUT_ID_TAIL = re.compile(r"(?<![0-9๐-๙])[0-9๐-๙][0-9๐-๙\-]*-[ \t]*$")
_CUT_ID_HEAD = re.compile(r"[ \t]*([0-9๐-๙][0-9๐-๙\-]*)(?![0-9๐-๙])")


CUT_ID_TAIL_CHARS = 40  # a dashed ID's 17 characters and spaces: a long line's tail alone


def _cut_ids_mended(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    out = list(lines)
    for k in range(len(out) - 1):
        line = out[k][1]
        from_ = max(0, len(line) - CUT_ID_TAIL_CHARS)  # each start would scan on to the end
        tail = _CUT_ID_TAIL.search(line, from_) if line.rstrip().endswith("-") else None
        head = _CUT_ID_HEAD.match(out[k + 1][1]) if tail is not None else None
        if tail is None or head is None:
            continue
        digits = normalise_national_id(tail.group(0).rstrip() + head.group(1))
        if digits is not None and national_id_is_valid(digits):
            out[k] = (out[k][0], out[k][1].rstrip() + head.group(1))
            out[k + 1] = (out[k + 1][0], out[k + 1][1][head.end() :])
    return out


# Box-drawing characters (U+2500..U+257F) frame a form typed or copied as a text table
# ("┌────┬────┐", "│ ชื่อ-สกุล │ นาย... │"): a line of nothing else is a rule, no text; in
# a line they part its cells as a tab does. Kept, they were read as part of the value.
_BOX = re.compile(r"[\u2500-\u257f]+")
_BOX_RULE = re.compile(r"[\s\u2500-\u257f]+")
# A rule typed with one key held down ("==========", "-----", "*****") underlines the
# label above it (as a typewriter or plain-text heading does) or parts sections: a line
# of nothing else, no value (_EMPTY_VALUE). "--" alone is the signature mark, read
# before this.
_TYPED_RULE = re.compile(r"\s*(?:={3,}|-{3,}|_{3,}|\*{3,}|~{3,}|#{3,})\s*")


def _without_underlines(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each typed rule right under a line of text (its underline) left out,
    so the label it underlines stands right above its value. A rule after a blank line
    parts sections and stays: read as a value it is empty, so no label reaches past it."""
    out: list[tuple[int, str]] = []
    for number, line in lines:
        if _TYPED_RULE.fullmatch(line) and out and out[-1][1].strip():
            continue
        out.append((number, line))
    return out


def _option_lists(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each run of choice-list options one per line ("( ) นาย", "(•) นาง",
    "( ) นางสาว", as a web form's mailed copy lists them under the question) made one line,
    so the question, a lone label, takes all its options as its answer, and the chosen
    one is read among them as on a paper form's line of boxes."""
    out: list[tuple[int, str]] = []
    run = False
    for number, line in lines:
        option = is_option_line(line)
        if option and run:
            out[-1] = (out[-1][0], f"{out[-1][1].rstrip()}  {line.strip()}")
        else:
            out.append((number, line))
        run = option
    return out


def _unframed(line: str) -> str:
    if line.isascii() or _BOX.search(line) is None:  # isascii: a flag, not a scan
        return line
    if _BOX_RULE.fullmatch(line):
        return ""
    return "\t".join(cell for cell in (c.strip() for c in _BOX.split(line)) if cell)


# The value first and what it is after it, in brackets or after a dash, as people list
# the numbers they were asked for: "1-2345-67890-12-3 (เลขบัตรประชาชน)", "6 มี.ค. 2524 -
# วันเกิด". Read as label then value when the words after it are a label and nothing
# else, and the value proves to be the field's (its type, a titled name, a house number
# opening an address).
_LABEL_AFTER = re.compile(
    r"^\s*(?P<v>\S.*?)\s*(?:[(（](?P<a>[^()（）]{2,40})[)）]|\s[-–—]\s(?P<b>[^-–—]{2,40}))\s*$"
)
_HOUSE_NUMBER = re.compile(r"[0-9๐-๙]{1,5}(?:/[0-9๐-๙]{1,4})?\s")
_DASH_INSIDE = re.compile(r"\s[-–—]\s")


def _label_after(line: str, labels: LabelIndex, parse: Parse) -> str:
    if not (line.rstrip().endswith((")", "）")) or _DASH_INSIDE.search(line)):
        return line
    m = _LABEL_AFTER.match(line)
    if m is None or not _is_prefix_aware(labels) or parse(line) is not None:
        return line
    label, value = (m.group("a") or m.group("b")).strip(), m.group("v")
    found = parse(label)
    if found is None or found.value:
        return line
    kind = labels.field_type(found.key)
    if kind == "name":
        proves = _TITLED_NAME.match(value) is not None
    elif kind == "text":
        proves = found.key == "address" and _HOUSE_NUMBER.match(value) is not None
    else:
        cleaned = clean_value(kind, value)
        proves = has_type(kind, cleaned) and cleaned == value
    return f"{label}: {value}" if proves else line


# A pictograph standing for its field in front of the value, as people set out their
# data in a chat or a phone's notes ("👤 นายสมชาย ใจดี", "🎂 1 ม.ค. 2530", "🏠 12 หมู่ 3
# ..."): read as the field's plainest label. Only at the start of a line.
_PICTOGRAPHS = {
    "👤": "ชื่อ", "🙋": "ชื่อ", "🆔": "เลขประจำตัวประชาชน", "🪪": "เลขประจำตัวประชาชน",
    "🎂": "วันเกิด", "📱": "โทรศัพท์", "📞": "โทรศัพท์", "☎": "โทรศัพท์", "📲": "โทรศัพท์",
    "📧": "อีเมล", "✉": "อีเมล", "📩": "อีเมล", "📨": "อีเมล", "🏠": "ที่อยู่", "🏡": "ที่อยู่",
    "📍": "ที่อยู่",
}  # fmt: skip
_PICTOGRAPH = re.compile(
    "^\\s*(" + "|".join(map(re.escape, _PICTOGRAPHS)) + ")\ufe0f?\\s*[:：]?\\s*(?=\\S)"
)


# A label set in brackets before its value, as people mark labels off without a colon
# ("[ชื่อ-สกุล] นาย...", and the lenticular and corner brackets of a phone keyboard's
# symbol page: "【ที่อยู่】12 ..."): read as the label with a colon, when the words in the
# brackets are a label and nothing else ("[ด่วน] ..." stays text).
_BRACKET_LABEL = re.compile(
    r"^\s*[\[［【〔「『〖]\s*([^\]］】〕」』〗]{2,40}?)\s*[\]］】〕」』〗]\s*(?=\S)"
)


def _bracketed_label(line: str, parse: Parse) -> str:
    m = _BRACKET_LABEL.match(line)
    if m is None:
        return line
    found = parse(m.group(1))
    if found is None or found.value:
        return line
    return f"{m.group(1)}: {line[m.end() :]}"


def _title_options_label(line: str, parse: Parse) -> str:
    """A line opening with the printed titles, one ticked ("☐ นาย ☒ นาง ☐ นางสาว ชื่อ
    ..."), has its title label put before them: the options are that field's answer."""
    if not opens_with_title_options(line) or parse(line) is not None:
        return line
    return f"{TITLE_LABEL} {line.lstrip()}"


TITLE_LABEL = "คำนำหน้า"  # a label of the name's title (extractors.names' NAME_PART_SPECS)


def _pictograph_label(line: str, parse: Parse) -> str:
    stripped = line.lstrip()
    if not stripped or stripped[0] < "\u2600":  # every pictograph above is past U+2600
        return line
    m = _PICTOGRAPH.match(line)
    if m is None or parse(line[m.end() :]) is not None:
        return line  # "📞 เบอร์: 08...": a label follows the pictograph, and says it
    return f"{_PICTOGRAPHS[m.group(1)]}: {line[m.end() :]}"


# A row of labels with a row of values under it, parted by commas or tabs: a
# spreadsheet's or a system's export pasted into a mail ("ชื่อ,นามสกุล,เลขบัตร,...").
# Read as each label with the value in its column, when two labels or more head
# columns and the row under it has as many cells and is no row of labels itself.
# A markdown table ("| ชื่อ | โทร |", "|---|---|", "| นาย... | 08... |", as a chat assistant
# writes one) is such a pair with its rule between: the rule is skipped.
_COLUMN_SEPARATORS = (",", "\t", ";", "|")
_MARKDOWN_RULE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?")
MIN_HEADER_LABELS = 2
MIN_GAP_COLUMNS = 3  # two cells parted by spaces are a label and its value, not a table
MAX_GAP_COLUMNS = 12  # a request's header row names a few fields; a longer run is no header


def _cells(line: str, sep: str) -> list[str]:
    """The cells of a separated row; a cell in double quotes may hold the separator
    (an address with commas, as a CSV export quotes it)."""
    try:
        return [cell.strip() for cell in next(csv.reader([line], delimiter=sep))]
    except (csv.Error, StopIteration):
        return [cell.strip() for cell in line.split(sep)]


# A table's row number printed in its own column (ลำดับ) before the label, with no dot:
# "1 ชื่อ-สกุล ...". Up to two digits and a space; only a run of them counts (below).
_ROW_NUMBER = re.compile(r"^\s*([0-9๐-๙]{1,2})[ \t]+(?=\D)")
MIN_NUMBERED_ROWS = 3


def without_row_numbers(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines with a numbered table's row numbers dropped. A bare number before a line's
    text is a row number only when three or more lines carry such numbers counting up by
    one (1, 2, 3...): alone, "5 หมู่ที่ 2" is an address's house number."""
    found = [(k, _ROW_NUMBER.match(line)) for k, (_, line) in enumerate(lines)]
    numbered = [(k, int(m.group(1))) for k, m in found if m is not None]
    rows: set[int] = set()
    run: list[tuple[int, int]] = []
    for k, value in numbered:
        if run and value != run[-1][1] + 1:
            rows |= {j for j, _ in run} if len(run) >= MIN_NUMBERED_ROWS else set()
            run = []
        run.append((k, value))
    rows |= {j for j, _ in run} if len(run) >= MIN_NUMBERED_ROWS else set()
    out = []
    for k, (n, line) in enumerate(lines):
        m = found[k][1]
        out.append((n, line[m.end() :] if k in rows and m is not None else line))
    return out


# A table with a column per party, as a complaint or a power of attorney copied out of a
# two-column Word table reads ("<TAB>ผู้ร้องเรียน<TAB>ผู้ถูกร้องเรียน", then "ชื่อ<TAB>นาย
# ...<TAB>นาย ..."): the header names the parties, each row below is a label and each
# party's value. The sender's column (ผู้ร้อง, ผู้มอบอำนาจ) is read as the label's value;
# the other party's and a proxy's are left out (set 20, plain_side_by_side_two_people).
_PARTY_HEADER_CHARS = 30


def _party_cells(line: str) -> tuple[str, list[str]] | None:
    if "\t" in line:
        return "\t", [cell.strip() for cell in line.strip(" ").split("\t")]
    if " | " in line or line.lstrip().startswith("| "):
        return "|", [cell.strip() for cell in line.strip().split("|")]
    return None


# A cell naming a person by role: Thai names a role with ผู้ ("ผู้ให้เช่า", "ผู้ว่าจ้าง",
# "ผู้ถือกรรมสิทธิ์ร่วม") or by kin or standing (เจ้าบ้าน, เจ้าของ..., บิดา, นายจ้าง...).
# Beside a column marked as the asker's ("ผู้เช่า (ผู้ร้อง)"), such a column is another
# person's, whatever the form calls him (set 31: "ผู้ให้เช่า" first, then the tenant).
_PERSON_ROLE = re.compile(
    r"^(?:ข้อมูล(?:ของ)?\s*)?(?:ผู้|เจ้า|บิดา|มารดา|บุตร|เด็ก|คู่สมรส|สามี|ภรรยา|นายจ้าง|ลูกจ้าง)"
)


def own_column(cells: list[str]) -> int | None:
    """The index of the sender's column when the row names the parties, one a column,
    or the new values' column of a correction's old and new (correction_columns)."""
    current = current_column(cells)
    if current is not None:
        return current
    kinds = []
    for cell in cells[1:]:
        if not cell or len(cell) > _PARTY_HEADER_CHARS:
            return None
        if _OTHER_PARTY.search(cell) or _PROXY.search(cell):
            kinds.append("theirs")
        elif _OWN_PARTY.search(cell):
            kinds.append("own")
        elif _PERSON_ROLE.match(cell):
            kinds.append("theirs")  # a role the own column is told apart from
        else:
            return None
    if kinds.count("own") != 1 or len(kinds) < 2:
        return None
    return kinds.index("own") + 1


def _party_columns(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    own: int | None = None
    width, sep = 0, ""
    for number, line in lines:
        split = _party_cells(line)
        if own is not None and split is not None and split[0] == sep and len(split[1]) == width:
            cells = split[1]
            if cells[own] and cells[own] not in {"-", "–", "—"}:
                out.append((number, f"{cells[0]}: {cells[own]}" if cells[0] else cells[own]))
            continue
        own = None
        column = own_column(split[1]) if split is not None else None
        if split is not None and column is not None:
            own, sep, width = column, split[0], len(split[1])
            continue  # the header: no value of its own
        out.append((number, line))
    return out


def _header_rows(
    lines: list[tuple[int, str]], parse: Parse, multiline: Callable[[str], bool] = lambda _: False
) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        number, line = lines[i]
        skip = 2 if i + 2 < len(lines) and _MARKDOWN_RULE.fullmatch(lines[i + 1][1]) else 1
        pairs = _header_and_row(line, lines[i + skip][1], parse) if i + skip < len(lines) else None
        if pairs is None:
            if not _labels_only(line, parse):
                out.append((number, line))
            i += 1
            continue
        below = lines[i + skip][0]
        i += skip + 1
        fitting = 1 + rows_fitting(
            _header_and_row(line, row, parse) is not None for _, row in lines[i:]
        )
        if is_list(fitting):
            # a second row that fits the header: a list of people (workers, members of a
            # household), none of them shown to be the applicant; its rows give nothing
            i += fitting - 1
            continue
        pairs, i = _wrapped_first_cell(pairs, lines, i, parse, multiline)
        out += [(below, f"{label}: {value}") for label, value in pairs]
    return out


# What a line of an address holds: a number, or a word that names a part of one.
_ADDRESS_PIECE = re.compile(
    r"[0-9๐-๙]|ถนน|ถ\.|ซอย|ซ\.|หมู่|ม\.|ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|จังหวัด|จ\.|หมู่บ้าน|อาคาร"
)


def _wrapped_first_cell(
    pairs: list[tuple[str, str]],
    lines: list[tuple[int, str]],
    i: int,
    parse: Parse,
    multiline: Callable[[str], bool],
) -> tuple[list[tuple[str, str]], int]:
    """A long value wrapped inside the first column's box of a header-over-values table
    goes on in the lines under the row, one cell each at the left (an address printed
    in a narrow box): joined to the first value when its field runs over lines."""
    first = parse(pairs[0][0]) if pairs else None
    if first is None or first.key != "address" or not multiline(first.key):
        return pairs, i
    more = []
    while i < len(lines) and (line := lines[i][1]).strip():
        if parse(line) is not None or len(_gap_cells(line)) != 1 or line[:1].isspace():
            break
        if not _ADDRESS_PIECE.search(line):
            break  # "ขอบคุณครับ" under a table pasted in a mail: the mail goes on
        more.append(line.strip())
        i += 1
    if not more:
        return pairs, i
    return [(pairs[0][0], " ".join([pairs[0][1], *more])), *pairs[1:]], i


def _gap_cells(line: str) -> list[str]:
    return [cell.strip() for cell in _SEP_GAP.split(line.strip())]


def _split_rows(head: str, row: str) -> Iterator[tuple[list[str], list[str]]]:
    """The header and the row under it cut into cells: by a separator the header holds
    twice or more, or (a table lined up with spaces, as typed in a proportional font) by
    runs of two or more spaces."""
    for sep in _COLUMN_SEPARATORS:
        if head.count(sep) >= 2:
            yield _cells(head, sep), _cells(row, sep)
    labels, values = _gap_cells(head), _gap_cells(row)
    if MIN_GAP_COLUMNS <= len(labels) <= MAX_GAP_COLUMNS and "\t" not in head:
        yield labels, values


def _labels_only(line: str, parse: Parse) -> bool:
    """A header row spaced out with no row under it that fits (a cell left empty moves
    the values along): its labels have no values on the line, and read as `label value`
    the next label would be the value. Such a line gives nothing; the row under it is
    still read for the values that prove themselves."""
    cells = _gap_cells(line)
    if not MIN_GAP_COLUMNS <= len(cells) <= MAX_GAP_COLUMNS or "\t" in line:
        return False
    return all((h := parse(cell)) is not None and not h.value for cell in cells)


def _without_blank_tail(labels: list[str], values: list[str]) -> tuple[list[str], list[str]]:
    """The header's and the row's cells, where their counts differ, without the empty ones
    a blank left at a line's end makes (a Windows client's " \\t" after the last cell):
    the row's cells past the header's last label must be empty too."""
    while labels and not labels[-1]:
        labels = labels[:-1]
    if len(values) > len(labels) and not any(values[len(labels) :]):
        values = values[: len(labels)]
    return labels, values


def _header_and_row(head: str, row: str, parse: Parse) -> list[tuple[str, str]] | None:
    for labels, values in _split_rows(head, row):
        if len(labels) != len(values):
            labels, values = _without_blank_tail(labels, values)
        if len(labels) != len(values):
            continue
        heads = [parse(cell) for cell in labels if cell]
        if sum(1 for h in heads if h is not None and not h.value) < MIN_HEADER_LABELS:
            continue
        if sum(1 for v in values if v and (h := parse(v)) is not None and not h.value) > 0:
            continue  # the row under it is labels too
        return [(a, b) for a, b in zip(labels, values, strict=True) if a and b]
    return None


def _more_of(found: LabelLine | None) -> bool:
    """Whether a line under a multi-line value goes on with it: no label, or the box of an
    address ("ตำบล: บางพลี" under "ที่อยู่:")."""
    return found is None or found.key in ADDRESS_PART_KEYS


# A short head of words without digits, a colon, then a value: a label the vocabulary
# does not hold with its answer (an ID card reader's วันออกบัตร, a form's own fields). An
# address's own lines hold digits or no colon ("ตำบลบางพลี อำเภอบางพลี"), or are its own
# boxes ("ตำบล: บางพลี").
_UNKNOWN_LABEL_CHARS = 30
# The words written inside an address's value; the province and postal code are fields
# of their own: their boxes end the address (extractors.address_parts).
_ADDRESS_PART = re.compile(
    words_pattern(HOUSE_WORDS, STREET_WORDS, SUBDISTRICT_WORDS, DISTRICT_WORDS, PLACE_WORDS)
)


def _unknown_pair(line: str) -> bool:
    split = _colon_split(line)
    if split is None:
        return False
    head, value = split[0].strip(), split[1].strip()
    if _ADDRESS_PART.match(head):
        return False
    digitless = not any(c.isdigit() for c in head)
    return 0 < len(head) <= _UNKNOWN_LABEL_CHARS and digitless and bool(value)


def _add_line(values: list[str], line: str, key: str) -> None:
    """One more line of a multi-line value; an address's line mended where a hard break
    cut a word (see extractors.address_breaks)."""
    if not line:
        return
    if key == "address" and values and values[-1]:
        values[-1] = joined_across_break(values[-1], line)
    else:
        values.append(line)


_ADDRESS_FIELDS = frozenset({"address", "postal_code", "province", *ADDRESS_PART_KEYS})


def _next_field(parse: Parse) -> Callable[[str], bool]:
    """Whether a piece of a line starts with another field's label and its value, that
    value a phone, an ID or an e-mail (an address's own boxes and province are not)."""

    def is_next(text: str) -> bool:
        found = parse(text)
        return bool(found and found.value and found.key not in _ADDRESS_FIELDS) and _other_value(
            text
        )

    return is_next


def _other_value(line: str) -> bool:
    """Whether a line holds a phone number, a valid ID or an e-mail address: another
    field's value under a label no template has ("ทร. 061-...", "ติดต่อ 02-..."), never
    a line of an address (set 20, address_bor_village_abbrev)."""
    return bool(
        PHONE_IN_TEXT.search(line) or EMAIL_IN_TEXT.search(line) or next(valid_ids_in(line), None)
    )


def _sender_fields(labels: LabelIndex) -> Callable[[str], bool]:
    """Whether a key is the sender's personal data (name, phone, address...): a field
    whose own labels name the other party (ผู้ถูกร้องเรียน) is theirs by design."""
    if not _is_personal_aware(labels):
        return lambda _: False
    aware = labels

    def sender(key: str) -> bool:
        if not aware.is_personal(key):
            return False
        return not _names_other_party(aware.labels_of(key))

    return sender


@lru_cache(maxsize=1024)
def _names_other_party(labels: frozenset[str]) -> bool:
    """Whether one of a field's labels names the other party: the same for every mail of
    a template set, so read once, not once a line."""
    return any(_OTHER_PARTY.search(label) for label in labels)


def _other_party(
    lines: Sequence[tuple[int, str]],
    parsed: Sequence[LabelLine | None],
    senders: Callable[[str], bool],
) -> tuple[set[int], set[int], set[int]]:
    """(indexes of lines in the other party's section, indexes of section headings,
    indexes of lines in a proxy's section).

    A short line naming the other party (ผู้ถูกร้อง, คู่กรณี) opens their section, one
    naming a proxy (ผู้รับมอบอำนาจ) the proxy's; a heading naming the sender (ผู้ร้อง,
    ผู้มอบอำนาจ) or a label of a field that is no one's personal data (เรื่อง,
    รายละเอียด) ends it.
    """
    inside, example, proxy = False, False, False
    acted_for: str | None = None  # "เจ้าของอาคาร": the owner the writer acts for (set 56)
    bookkeeper = False  # the writer keeps the applicant's books: her signature is no one's
    cv_part = False  # the part another's is a CV's (its references, work, schools)
    guarded = _guarded(lines)
    cared_for = _cared_for(lines)
    others: set[int] = set()
    headings: set[int] = set()
    proxies: set[int] = set()
    pet = False  # inside a pet's part: its owner's line ends it
    lawyer = False  # inside a lawyer's block: the client's lines end it
    asker_headed = False  # a heading above named the asker's part, not the employer
    deceased = False  # the other party's part open is the dead person's (see _HOSTS_LINE)
    # an asker's part opens a line ("ผู้ขอเบิก: ..."): a kin-noted role's lines are another's
    asker_lines = any(_OWN_PARTY.match(line.strip()) for _, line in lines)
    certificate = any(_CERTIFICATE.match(line.strip()) for _, line in lines)
    for i, (_, line) in enumerate(lines):
        text = line.strip()
        heading = _is_heading(text)
        if pet and _PETS_OWNER.match(text):
            inside = example = proxy = pet = False  # "เจ้าของ: <name>": the owner's lines
            headings.add(i)
            continue
        bookkeeper = bookkeeper or _KEEPS_BOOKS_FOR.search(text) is not None
        if bookkeeper and (is_closing(text) or _signs_block(lines, i)):
            inside, proxy = True, False  # her signature's lines follow (her name too)
            if is_closing(text):
                continue
        if parsed[i] is None and not (inside or example) and _FILES_FOR.search(text):
            start = max((h for h in headings if h < i), default=-1) + 1
            proxies.update(k for k in range(start, i) if k not in others)
            proxy = False  # the ones filed for: their lines follow
            continue
        if heading and _EXAMPLE.match(text):
            example = True
            headings.add(i)
            continue
        if heading and guarded and _WARD_DATA.search(text):
            inside = example = proxy = False  # the ward's own part: see _GUARDIAN
            headings.add(i)
            continue
        if heading and cared_for and (_RELATIVE.search(text) or _BORROWER.search(text)):
            inside, proxy = False, True  # see _RELATIVE, _BORROWER
            headings.add(i)
            continue
        if heading and _ASKER_NAMED.search(text) and not _PROXY.search(text):
            inside = example = proxy = False  # the form says this is the asker's part
            # "ผู้ยื่นคำขอ (นายจ้าง)": the employer asks, his establishment's part is his
            asker_headed = _EMPLOYERS_PART.search(text) is None
            headings.add(i)
            continue
        if heading and asker_headed and _EMPLOYERS_PART.search(text):
            inside, proxy = True, False  # see _EMPLOYERS_PART
            headings.add(i)
            continue
        if heading and acted_for and _BRACKET_NOTE.sub("", text).strip().startswith(acted_for):
            inside = example = proxy = False  # the owner the writer's line acts for: his
            headings.add(i)
            continue
        if heading and _CERTIFYING.fullmatch(_SECTION_NUMBER.sub("", text)):
            inside, proxy = True, False  # see _CERTIFYING
            headings.add(i)
            continue
        if heading and heads_kin_filed_for(text, [line for _, line in lines[:i]]):
            # "ข้อมูลมารดา (คนพิการ)" below "ขอยื่นคำร้องแทนมารดา": hers, the writer's a proxy's
            start = max((h for h in headings if h < i), default=-1) + 1
            proxies.update(k for k in range(start, i) if k not in others)
            inside = example = proxy = False
            headings.add(i)
            continue
        if (
            heading
            and (
                _OTHER_PARTY.search(text)
                or _OTHER_HEADING.match(text)
                or cv_section(text, CV_OTHERS_SECTION)
            )
            and not _RELATION.match(text)
        ):
            inside, proxy = True, False
            deceased = DECEASED.search(text) is not None
            pet = _names_pet(text)  # "ข้อมูลสัตว์เลี้ยง": until the owner's heading
            # a CV's part on others: her own next part ("ข้อมูลติดต่อ") ends it, which
            # would not end a form's part on the one complained of (his contact lines)
            cv_part = not (_OTHER_PARTY.search(text) or _OTHER_HEADING.match(text))
            headings.add(i)
            continue
        if heading and inside and cv_part and cv_section(text, CV_OWN_SECTION):
            inside = cv_part = False
            headings.add(i)
            continue
        # "ผู้ปกครอง นาง... (มารดา)": a guardian's name line, no heading of a guardian's
        # part; in a parent's own mail her lines follow it (set 61). Where a ward's part is
        # given (guarded), her part is a proxy's still.
        if heading and _GUARDIAN.search(text) and (guarded or not _TITLED_NAME.search(text)):
            inside, proxy = False, True
            headings.add(i)
            continue
        opens_proxy = parsed[i] is None and _PROXY_OPENING.match(text) is not None
        unnumbered = _SECTION_NUMBER.sub("", text)  # "ส่วนที่ 1 ผู้ดูแล...": no value
        if (
            (heading or opens_proxy)
            and _PROXY.search(text)
            and not any(c.isdigit() for c in unnumbered)
        ):
            inside, proxy = False, True
            headings.add(i)
            said = parsed[i]
            if said is not None and said.value:  # "ข้าพเจ้า นายก ข ผู้รับเงินแทน": his own
                proxies.add(i)
            continue
        if heading and (
            _OWN_PARTY.search(text) or _FORM_TITLE.match(text) or _BENEFICIARY.match(unnumbered)
        ):
            inside = example = proxy = False
            headings.add(i)
            continue
        if heading and _ROLE_ALONE.match(unnumbered):
            inside = example = proxy = False  # "ผู้ย้ายเข้า": a person's part no list names
            headings.add(i)
            continue
        found = parsed[i]
        if asker_lines and _kin_role_line(text):
            inside, proxy = True, False  # see _KIN_ROLE_LINE
        if _DECEASED_LINE.match(text):
            inside, proxy, deceased = True, False, True  # "ผู้ถึงแก่กรรม นาย...": his lines follow
        elif _SECOND_PERSONS_LINE.match(text):
            inside, proxy, deceased = True, False, False  # see _SECOND_PERSONS_LINE
        elif inside and deceased and _HOSTS_LINE.match(text):
            inside = deceased = False  # see _HOSTS_LINE
        # a name's part (คำนำหน้า, นามสกุล: an e-service's rows give the dead man's name
        # in parts, set 114) is the person's own, whose part it is: no field of the request
        if found is not None and not senders(found.key) and found.key not in PART_KEYS:
            inside = proxy = False
        if found is not None and found.value and not _RELATION.match(found.label):
            # "ผู้ถูกร้องเรียน <name>" as a label and its value: his lines follow, until
            # "ผู้ร้องเรียน <name>" gives the asker's (set 31)
            if _OTHER_PARTY.search(found.label):
                inside, proxy = True, False
                deceased = DECEASED.search(found.label) is not None
            elif _names_pet(found.label):
                inside, proxy, pet = True, False, True  # "ชื่อแมว: ...": the pet's lines
            elif _CLIENT.search(found.label):
                inside = proxy = lawyer = False  # "ที่อยู่ลูกความ": the client's
            elif _LAWYER.search(found.label):
                inside, lawyer = False, True  # "ทนายความผู้ยื่น <name>": his block follows
            elif _ASKER_NAMED.search(found.label) and not _PROXY.search(found.label):
                inside = proxy = False
        if found is None and _CLIENT.match(text):
            inside = proxy = lawyer = False  # "ลูกความ <name>", a row no label of ours opens
        if lawyer and found is not None and senders(found.key):
            proxies.add(i)  # his office's line, his mobile and box, whatever labels between
        if _NAME_THEN_PROXY.search(text):
            inside, proxy = False, True  # "ข้าพเจ้า <name> ผู้รับเงินแทน": his lines follow
        # "ข้าพเจ้า ... ในฐานะผู้อนุบาลของ ...": the writer's line, its words perhaps wrapped
        # onto the next line by a PDF's page width (set 63)
        if proxy or acts_for(text) or _acts_for_wrapped(lines, i):
            proxies.add(i)
            acted_for = owner_acted_for(text) or acted_for
        if example and heading and text and found is None:
            example = False  # the form's own title ("แบบคำร้องทั่วไป") after the example
            headings.add(i)
        if inside or example or _CERTIFIES_ABOVE.search(text):
            others.add(i)
        elif certificate and _PRACTITIONERS_LINE.search(text):
            others.add(i)  # see _PRACTITIONERS_LINE
    return others, headings, proxies


# A line where its writer certifies the one the form names above ("ข้าพเจ้า <head> ...
# ประธานศูนย์ ขอรับรองว่าผู้มีรายชื่อข้างต้นเป็นครูผู้สอนจริง", set 76): the certifier's own
# name, ID and phone, never the applicant's, who is the one named above.
_CERTIFIES_ABOVE = re.compile(r"ขอรับรองว่า\s*(?:ผู้(?:มี)?(?:รายชื่อ|ชื่อ)|บุคคล)\s*(?:ข้างต้น|ข้างบน|ดังกล่าว)")


def _kin_role_line(text: str) -> bool:
    """Whether `text` opens with a role noted as kin before a titled name, the role no
    asker's, proxy's or guardian's (see _KIN_ROLE_LINE)."""
    found = _KIN_ROLE_LINE.match(text)
    if found is None:
        return False
    role = found.group(0).split("(")[0].split("（")[0]
    return not (_OWN_PARTY.search(role) or _PROXY.search(role) or _GUARDIAN.search(role))


# A licensed practitioner's own line in a medical certificate ("ใบรับรองแพทย์": "ข้าพเจ้า
# นายแพทย์... ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ ว...."): the doctor certifying the one he
# examined, never the one who asks (a certificate attached to her request, set 81). Only
# under such a heading: a doctor asking a permit for his own clinic names his licence too.
# A hospital's typed "เอกสารรับรองความพิการ" or "หนังสือรับรองแพทย์" is one too (set 111).
_CERTIFICATE = re.compile(r"(?:ใบ|เอกสาร|หนังสือ)รับรอง(?:แพทย์|ความพิการ)")
_PRACTITIONERS_LINE = re.compile(r"ข้าพเจ้า.{0,60}ใบอนุญาตประกอบวิชาชีพ")


def _acts_for_wrapped(lines: Sequence[tuple[int, str]], i: int) -> bool:
    """Whether the writer's line i ("ข้าพเจ้า ...") and the line after it, joined, say she
    acts for another."""
    text = lines[i][1].strip()
    after = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
    return "ข้าพเจ้า" in text and bool(after) and acts_for(f"{text} {after}")


_NAME_ALONE = re.compile(rf"{CIVIL_TITLE}\s*[\u0e01-\u0e4e]+\s+[\u0e01-\u0e4e]+")


def _signs_block(lines: Sequence[tuple[int, str]], i: int) -> bool:
    """Whether line i is a titled name alone opening a block after a blank line: how a
    signature begins where no closing word stands on its own line."""
    blank_above = i > 0 and not lines[i - 1][1].strip()
    return blank_above and _NAME_ALONE.fullmatch(lines[i][1].strip()) is not None


def _is_heading(text: str) -> bool:
    """A section heading: short, no value after a colon; a note in brackets does not make
    it long ("ผู้ยื่นคำร้อง (ผู้ถือกรรมสิทธิ์ร่วมคนที่สามตามโฉนด)", set 31)."""
    if _VALUE_AFTER_COLON.search(text):
        return False
    return len(text) <= _HEADING_CHARS or len(_BRACKET_NOTE.sub("", text)) <= _HEADING_CHARS


def people_parts(texts: Sequence[str], labels: LabelIndex) -> tuple[set[int], set[int]]:
    """(indexes of the texts in another person's part, in a proxy's part): the parts of a
    form read as `read_label_lines` reads them, for a reader that keeps its own rows (an
    HTML table whose one-cell rows head each person's rows, set 31)."""
    parse = _remembering(labels)
    parsed = [parse(text) if text.strip() else None for text in texts]
    others, _, proxies = _other_party(list(enumerate(texts)), parsed, _sender_fields(labels))
    return others, proxies


def sender_field(labels: LabelIndex) -> Callable[[str], bool]:
    """Whether a key is the sender's personal data (see _sender_fields)."""
    return _sender_fields(labels)


def _guarded(lines: Sequence[tuple[int, str]]) -> bool:
    """Whether the text has a guardian's section heading and no heading of the sender's
    own part (ผู้ขอ, ผู้ยื่นคำร้อง...), which would make the guardian the one who asks."""
    headings = [text for _, line in lines if _is_heading(text := line.strip())]
    # "ผู้ปกครอง นาง..." names the guardian on her line, heads no part (set 61)
    guardians = [h for h in headings if _GUARDIAN.search(h) and not _TITLED_NAME.search(h)]
    return bool(guardians) and not any(
        _OWN_PARTY.search(h) or (_ASKER_NAMED.search(h) and not _PROXY.search(h)) for h in headings
    )


def _cared_for(lines: Sequence[tuple[int, str]]) -> bool:
    """Whether the text heads a part for the one the help is for ("ข้อมูลผู้ป่วย")."""
    return any(
        _is_heading(text := line.strip()) and _BENEFICIARY.match(_SECTION_NUMBER.sub("", text))
        for _, line in lines
    )


guarded = _guarded  # for the sentences' reader (role_lines): whose a child's part is


Parse = Callable[[str], LabelLine | None]


def _remembering(labels: LabelIndex) -> Parse:
    """parse_label_line for one text, each line read once: deciding whether a line holds
    two pairs reads it, and reading the lines read it again (a third of a text mail's
    extraction)."""
    seen: dict[str, LabelLine | None] = {}

    def parse(line: str) -> LabelLine | None:
        if line not in seen:
            seen[line] = parse_label_line(line, labels)
        return seen[line]

    return parse


def label_pairs(line: str, labels: LabelIndex, parse: Parse | None = None) -> list[str]:
    """A line holding several `label value` pairs set apart by tabs or wide gaps, as a
    paper form's row is typed ("คำนำหน้าชื่อ นาย   ชื่อ สมชาย   นามสกุล ใจดี"), split
    into one line per pair; any other line unchanged. A piece that is no label belongs
    to the pair before it (a value set apart from its label by a gap)."""
    parse = parse or _remembering(labels)
    if " | " in line:  # a flattened table row: caption, value, caption, value cells
        cells = alternating_pairs(line, parse, CELL_PIPES)
        if cells is not None:
            return cells
    pieces = _PAIR_GAP.split(line.strip())
    if len(pieces) < 2:
        pieces = _colon_pairs(line.strip())
    if len(pieces) < 2:
        # Spaces collapsed (a Word paragraph, a PDF's text layer): a known label closed
        # by a colon, or the dotted line the values were typed on, parts the pairs.
        for split in (_colon_label_pairs, _leader_pairs):
            found = _pairs_of(split(line.strip(), labels), parse)
            if found is not None:
                return found
        return alternating_pairs(line, parse) or _space_pair(line, labels, parse)
    return _pairs_of(pieces, parse) or [line]


def _pairs_of(pieces: list[str], parse: Parse) -> list[str] | None:
    """The pieces as `label value` pairs, a piece that is no label joined to the pair
    before it; None unless two pairs or more, each with its value."""
    if len(pieces) < 2:
        return None
    pairs: list[str | None] = []  # None: a pair no field takes ("สัญชาติ  ไทย"), left out
    for piece in pieces:
        if parse(piece) is not None:
            pairs.append(piece)
        elif opens_no_field_pair(piece) or (pairs and is_no_field_heading(piece)):
            pairs.append(None)  # the value before it ends here (set 47: a birth date)
        elif pairs and pairs[-1] is not None:
            pairs[-1] = f"{pairs[-1]}  {piece}"
        elif not pairs:
            return None  # text before the first label: not a form row
    read = [pair for pair in pairs if pair is not None]
    if len(pairs) < 2 or not read or any(not _value_of(pair, parse) for pair in read):
        return None  # "ที่อยู่<TAB>บ้านเลขที่ 12": a label whose value is the next piece
    return read


# A space, then a phrase up to the next colon: where a `label:` may start a pair.
_COLON_AHEAD = re.compile(r"(?<=\S) (?=([^\s:：∶][^:：∶]{0,40}?)\s*[:：∶])")
_LEADER_RUN = re.compile(r"\s*(?:\.{3,}|_{3,}|…+)\s*")
KNOWN_LABEL = 0.95  # a phrase matching a label this well is that label


def _colon_label_pairs(line: str, labels: LabelIndex) -> list[str]:
    """ "ชื่อ-สกุล: นายสมชาย ใจดี ที่อยู่: 12 ...": cut one space before each phrase that is
    a known label closed by a colon (a two-column form's line, spaces collapsed)."""
    if not _has_colon(line):
        return [line]
    cuts = [0]
    for ahead in _COLON_AHEAD.finditer(line):
        found = labels.match(ahead.group(1).strip())
        before = line[cuts[-1] : ahead.start()]
        if found is not None and found[1] >= KNOWN_LABEL and _COLON.search(before):
            cuts.append(ahead.start())
    return [line[a:b].strip() for a, b in itertools.pairwise([*cuts, len(line)])]


def _leader_pairs(line: str, labels: LabelIndex) -> list[str]:
    """ "จังหวัด.....ยโสธร.....รหัสไปรษณีย์.....35000": the dotted lines of a printed form
    part each label from its value and each pair from the next."""
    if "..." not in line and "___" not in line and "…" not in line:
        return [line]  # a substring search: the split tries the pattern at every space
    pieces = [piece for piece in _LEADER_RUN.split(line) if piece.strip()]
    return [part for piece in pieces for part in _UNIT_THEN_LABEL.split(piece, maxsplit=1) if part]


# A unit the form prints after a blank, then the next label one space on, with no dots
# between ("อายุ....71....ปี เกิดวันที่....30/01/2498", set 76): the unit closes the blank
# before it, and the label opens its own pair.
_UNIT_THEN_LABEL = re.compile(r"^(ปี|เดือน|บาท|คน)\s+(?=\S)")


MAX_SPACE_PAIRS = 6  # a form's row holds a few; a longer run is no row


def _space_pair(line: str, labels: LabelIndex, parse: Parse) -> list[str]:
    """ "จังหวัด กรุงเทพมหานคร รหัสไปรษณีย์ 10310": pairs one space apart (a PDF's text
    layer keeps one space). Cut only where the first value, too long for its type, fits
    it once cut before another field's label; then the rest likewise; else whole."""
    pairs: list[str] = []
    while len(pairs) < MAX_SPACE_PAIRS - 1:
        cut = _first_pair_cut(line, labels, parse)
        if cut is None and pairs and opens_no_field_pair(line):
            # "... เพศ ชาย เกิด 3 ก.พ. 2505": past the pair no field takes (row_of_pairs)
            skip = past_no_field_pair(line, _opens_pair(labels, parse, None))  # type: ignore[arg-type]
            if skip is not None:
                line = line[skip:]
                continue
        if cut is None:
            break
        pairs.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    if pairs and opens_no_field_pair(line):
        return pairs  # the last pair is one no field takes: read by none
    return [*pairs, line]


def _first_pair_cut(line: str, labels: LabelIndex, parse: Parse) -> int | None:
    """Where the second pair of `line` starts, or None when the line is one pair."""
    aware = labels
    if not _is_prefix_aware(aware):
        return None
    first = parse(line)
    if first is None or not first.value:
        return None
    kind = aware.field_type(first.key)
    if first.key == TITLE:
        # "คำนำหน้าชื่อ นาง ชื่อ วิไลวรรณ นามสกุล ...": a title is one word, the rest the
        # next pairs (a drop-down's choice, or a title typed, one space before them)
        title = _TITLE_WORD.match(first.value)
        at = line.find(first.value)
        if title is not None and at >= 0:
            cut = at + title.end()
            after = parse(line[cut:].lstrip())
            if after is not None and after.key != TITLE and after.value:
                return cut
    if kind == "name":
        # "1. ชื่อ นาย<first> <last> เลขประจำตัวประชาชน ...": a numbered list's row, one
        # member's pairs (row_of_pairs); a line no list numbers is read whole, as before
        if not numbered_row(line):
            return None
        return after_titled_name(line, first.value, _opens_pair(aware, parse, first.key))
    # A value of the type with more after it ("0816639027 อีเมล a@b.co") may run on
    # into the next pair: only a value that is wholly of its type ends the line.
    whole = has_type(kind, first.value) and line.rstrip().endswith(first.value.strip())
    if kind in ("text", "name") or whole:
        return None
    for space in _ONE_SPACE.finditer(line):
        head, rest = line[: space.start()], line[space.end() :]
        if opens_no_field_pair(rest):
            # "วันเกิด 2 November 1975 สัญชาติ (Nationality) Japanese": a heading no field
            # takes ends a value of the type before it, as another field's label does
            a = parse(head)
            if a is not None and has_type(kind, a.value):
                return space.end()
            continue
        if not any(hit.key != first.key for hit in aware.prefix_hits(rest)):
            continue
        if _unbalanced(head):
            # "... ค่าซ่อม 38,500 บาท (อู่<name> โทร 04...)": a label inside an aside the
            # sentence opened is a word of the aside, no pair of a form's row (set 83)
            continue
        a, b = parse(head), parse(rest)
        if a is not None and b is not None and b.value and has_type(kind, a.value):
            return space.end()
    return None


_TITLE_WORD = re.compile(rf"{CIVIL_TITLE}(?=\s)")


def _is_label_word(labels: LabelIndex) -> Callable[[str], bool]:
    """Whether a word is a known label or a heading no field takes ("เกิด", "เพศ")."""

    def is_label(word: str) -> bool:
        if word in NO_FIELD_HEADINGS:
            return True
        found = labels.match(word)
        return found is not None and found[1] >= KNOWN_LABEL

    return is_label


def _opens_pair(labels: PrefixAware, parse: Parse, not_key: str | None) -> Callable[[str], bool]:
    """Whether a text opens a pair of a field (not `not_key`'s) with its value."""

    def opens(text: str) -> bool:
        if not any(hit.key != not_key for hit in labels.prefix_hits(text)):
            return False
        found = parse(text)
        return found is not None and found.key != not_key and bool(found.value)

    return opens


def _colon_pairs(line: str) -> list[str]:
    """Pieces two spaces apart when each holds a colon ("จังหวัด: ลำปาง  รหัสไปรษณีย์: 52000");
    else the line whole: without colons two spaces may part a label from its value."""
    if not _has_colon(line):
        return [line]  # no piece could hold a colon
    pieces = _TWO_SPACES.split(line)
    if len(pieces) >= 2 and all(_COLON.search(piece) for piece in pieces):
        return pieces
    # one space apart, each pair opened by a short label closed by its colon; not cells
    # parted by pipes (a signature's "Tel: ... | Fax: ... | Mobile: ...", a flattened row)
    if "|" in line:
        return [line]
    pieces = _BEFORE_COLON_LABEL.split(line)
    if len(pieces) >= 2 and all(_COLON.search(piece) for piece in pieces):
        return pieces
    return [line]


def _value_of(line: str, parse: Parse) -> str:
    found = parse(line)
    return found.value if found is not None else ""


def next_item(label_line: str, line: str) -> bool:
    """Whether `line` opens the item numbered after the one `label_line` opens ("7." then
    "8.", "๒)" then "๓)", "2.1" then "2.2"): the value of an unknown label, not more of
    the value above. A list inside the value starts at 1 and runs on."""
    own, other = _ITEM_NUMBER.match(label_line), _ITEM_NUMBER.match(line)
    if own is None or other is None:
        return False
    a = [int(n) for n in thai_digits_to_arabic(own.group(1)).split(".")]
    b = [int(n) for n in thai_digits_to_arabic(other.group(1)).split(".")]
    return len(a) == len(b) and a[:-1] == b[:-1] and b[-1] == a[-1] + 1


def template_quotes(mail: MailText, labels: LabelIndex) -> bool:
    """Whether the quoted text is a blank template the sender filled in.

    Quoted text is somebody else's words, except when it is the agency's blank form that
    the citizen answered: two or more quoted label lines with at least one still blank,
    or three or more when the sender wrote no form of their own above the quote, nor
    her ID in a line of its own (the office's quoted sample then, not her answers).
    """
    found = [parse_label_line(line, labels) for _, line in mail.quoted]
    hits = [f for f in found if f is not None]
    if len(hits) >= 2 and any(not f.value for f in hits):
        return True
    if len(hits) < 3:
        return False
    own = "\n".join(line for _, line in mail.own)
    if any(valid_ids_in(own)):  # her ID in bare lines above: the quote's is a sample (set 78)
        return False
    return not any(line.strip() and parse_label_line(line, labels) for _, line in mail.own)


class BodyFormExtractor:
    """Text body (or HTML converted to text) in, `label: value` candidates out."""

    name = "body_form"

    def __init__(self, kind: ProvenanceKind = "body_text") -> None:
        self.kind: ProvenanceKind = kind

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        text = decode_text_bytes(content) if isinstance(content, bytes) else content

        def provenance(line: int, label: str) -> Provenance:
            return Provenance(part=part, kind=self.kind, line=line, label=label)

        return read_body_text(text, labels, provenance, part=part)


def read_body_text(
    text: str, labels: LabelIndex, provenance: MakeProvenance, *, part: str
) -> ExtractionResult:
    """Candidates from text read by a mail body's line rules: as its program showed it
    (full-width digits folded, a phone's signature left out), a form mailer's dump as
    `label: value` lines, the sender's own lines apart from quoted and forwarded ones,
    corrections applied. A body typed into a Word file or a text file is read so too:
    the same lines mean the same there (the metamorphic harness's attached_docx)."""
    text = shown_text(text)
    dump = dump_under_head(text)
    if dump is not None:  # the form's names for its boxes in its lines, not in the head's
        head, lines = dump
        text = head + "\n".join(_named_by_field(line, labels) for line in lines.splitlines())
    mail = split_mail(text, lambda line: parse_label_line(line, labels) is not None)
    return read_mail_text(mail, labels, provenance, part=part)


# In a form mailer's dump the labels are the web form's own names for its boxes ("fname",
# "idcard", "zipcode"): the names PDF forms give their fields. Such a name, known exactly,
# is written as one of its field's labels; only in a dump ("ADDR: 36/8####..." from a
# card reader is no form's box).
_FIELD_NAME = re.compile(r"([A-Za-z][A-Za-z0-9_]{1,40}): ")


def _named_by_field(line: str, labels: LabelIndex) -> str:
    m = _FIELD_NAME.match(line)
    found = labels.match_form_field(m.group(1)) if m is not None else None
    if m is None or found is None or found[1] < 1.0 or not _is_personal_aware(labels):
        return line
    written = labels.labels_of(found[0])
    if not written:
        return line
    return f"{min(written, key=lambda w: (len(w), w))}: {line[m.end() :]}"


def read_mail_text(
    mail: MailText, labels: LabelIndex, provenance: MakeProvenance, *, part: str
) -> ExtractionResult:
    """Candidates from a mail body split into own, quoted and forwarded lines."""
    # "ข้อ ๑ นายสมชาย ใจดี" answering the agency's "๑. ชื่อ-นามสกุล": read under its label
    lines, by_number = answered_by_number(
        mail.own, [*mail.quoted, *mail.after_reply], _label_and_value(labels), _fits(labels)
    )
    quoted: frozenset[int] = frozenset()
    if template_quotes(mail, labels):  # the reply's answers sit under the quoted labels
        lines = sorted([*lines, *mail.quoted, *mail.after_reply])
        quoted = frozenset(n for n, _ in mail.quoted)
    method: ReadMethod | None = "forwarded" if mail.forwarded else None
    candidates = read_label_lines(
        lines, labels, provenance, quoted=quoted, method=method, line_confidence=by_number or None
    )
    candidates = _corrected(candidates, mail.own, labels, provenance, quoted)
    letter = forwarded_paragraph(mail.own)
    if letter is not None:  # the letter's head and foot are the forwarding office's
        candidates = in_paragraph(candidates, letter)
    # an office sending for another signs with its own line (set 76: a Hajj agent's)
    candidates = without_intermediarys_line(mail.own, candidates)
    if mail.earlier is not None:  # her own earlier mail, quoted: read, and checked by a clerk
        earlier = read_mail_text(mail.earlier, labels, provenance, part=part).candidates
        candidates = with_earlier(candidates, earlier, method="quoted")
    defects = []
    if mail.forwarded:  # no personal data here: who forwarded is kept in the extraction
        detail = "read the forwarded mail"
        defects.append(Defect(code="forwarded_request", detail=detail, part=part))
    return ExtractionResult(
        candidates=candidates, defects=defects, forwarded_from=mail.forwarded_from
    )


def _label_and_value(labels: LabelIndex) -> Callable[[str], tuple[str, str] | None]:
    def label_of(text: str) -> tuple[str, str] | None:
        found = parse_label_line(text, labels)
        return None if found is None else (found.key, found.value)

    return label_of


_DIGIT_RUN = re.compile(r"[0-9๐-๙][0-9๐-๙ \-]{5,}")
_ANY_DIGIT = re.compile(r"[0-9๐-๙]")


def _fits(labels: LabelIndex) -> Callable[[str, str], bool]:
    """Whether a value could be the field's: a typed one has the type; a name is two
    words or more and holds no long number (an ID or a phone answered under the name's
    number); an address holds its house number; none has a shape no such value has."""

    def fits(key: str, value: str) -> bool:
        kind = labels.field_type(key) if _is_prefix_aware(labels) else "text"
        if kind in ("national_id", "phone", "email", "date", "postal_code"):
            return has_type(kind, clean_value(kind, value))
        if implausible(key, kind, value):
            return False
        if kind == "name":
            return len(value.split()) >= 2 and _DIGIT_RUN.search(value) is None
        return key != _ADDRESS_KEY or _ANY_DIGIT.search(value) is not None

    return fits


# --- Corrections -------------------------------------------------------------------------

# "แก้ไขเบอร์โทรเป็น 08...", "ขอแก้ไขข้อมูล ที่ถูกต้องคือ": the sender corrects a value.
_CORRECTION = re.compile(r"(?:ขอ)?แก้(?:ไข)?\s*")
_CORRECTION_WORD = "แก้"
_CORRECTION_IS = re.compile(r"\s*(?:ใหม่\s*)?(?:เป็น|คือ|ที่ถูกต้อง(?:คือ)?|[:：])\s*")
# A line announcing corrected values below: short, about the data ("ขอแก้ไขข้อมูลครับ
# ที่ถูกต้องคือ", "พิมพ์เบอร์ผิด แก้ไขใหม่ตามนี้", "กรอกผิดไป ส่งใหม่ค่ะ": the form typed
# again under it), not a request to mend something ("ขอให้แก้ไขท่อระบายน้ำให้ใหม่"). A
# slip is said with the typing verb: "ผู้กระทำผิดดังนี้" names an offender, corrects nothing.
_CORRECTED_BELOW = re.compile(
    r"(?:แก้(?:ไข)?\s*(?:ข้อมูล)?|(?:พิมพ์|กรอก|ใส่)[^\n]{0,20}?ผิด).{0,25}?"
    r"(?:ที่ถูกต้อง|ถูกต้องดังนี้|ดังนี้|ตาม(?:นี้|ด้านล่าง|ข้างล่าง)|(?:ส่ง|พิมพ์|กรอก)ใหม่)"
)
MAX_CORRECTION_LINE = 60
_PARTICLE = re.compile(r"\s*(?:ครับ|ค่ะ|คะ|นะคะ|นะครับ|จ้า|ด้วย)?\s*[.!]*\s*$")
SUPERSEDED = 0.5  # a value the sender corrected: kept as a rival (MIN_RIVAL), never chosen


def _corrected(
    candidates: list[FieldCandidate],
    own: Sequence[tuple[int, str]],
    labels: LabelIndex,
    provenance: MakeProvenance,
    quoted: frozenset[int] = frozenset(),
) -> list[FieldCandidate]:
    """Candidates with the sender's corrections applied: a value given after "แก้ไข<label>
    เป็น ...", "<label>ที่ถูกต้องคือ ..." on one line, or the values of labels below
    "ขอแก้ไขข้อมูล ที่ถูกต้องคือ", supersede the same fields' values read above that line
    and in the quoted earlier mail (`quoted` line numbers), wherever it stands. A field
    said to be wrong with no right value given ("ที่อยู่ในเมลก่อนผิด") has its old value
    superseded too: kept, as no other is known, but flagged."""
    is_next = _next_field(_remembering(labels))  # a field's label and value after words
    # _CORRECTION's one word that is not optional, or _WRONG's: the pattern is in a line
    # only when one of them is
    if not _is_prefix_aware(labels) or not any(_said_wrong(t) for _, t in own):
        return candidates
    added: list[FieldCandidate] = []
    since: dict[str, int] = {}  # key -> line from which its values are the corrected ones
    for k, (number, text) in enumerate(own):
        wrong_above = k > 0 and own[k - 1][0] == number - 1 and _says_wrong(own[k - 1][1])
        inline = (
            _inline_correction(text, labels)
            or _right_after_label(text, labels, wrong_above=wrong_above)
            or _typed_correction(text, wrong_above=wrong_above)
        )
        if inline is not None and inline[0] == _ADDRESS_KEY:
            inline = _correction_run_on(inline, text, own[k + 1 : k + 2], number, is_next)
        if inline is not None:
            key, label, value = inline
            prov = provenance(number, label)
            added.append(FieldCandidate(key=key, value=value, provenance=prov, confidence=0.9))
            since[key] = number
        elif len(text.strip()) <= MAX_CORRECTION_LINE and _CORRECTED_BELOW.search(text):
            for c in candidates:
                line = c.provenance.line
                if line is not None and line > number and line not in quoted:
                    since.setdefault(c.key, number)
        else:
            for key in _said_wrong_keys(text, labels):
                since.setdefault(key, number)
    out = []
    for c in [*candidates, *added]:
        line = c.provenance.line
        if c.key in since and line is not None and (line < since[c.key] or line in quoted):
            c = c.model_copy(update={"confidence": min(c.confidence, SUPERSEDED)})
        out.append(c)
    return out


# "เบอร์เดิมผิด ที่ถูกคือ 08...", "เลขบัตรพิมพ์ผิดไป ที่ถูกต้องคือ 3-...": a line that says a
# value was wrong and gives the right one after ที่ถูก(ต้อง)(คือ); no label need be named,
# the right value's type (an ID with its check digit, a phone number, an e-mail address)
# says which field it corrects.
_WRONG = "ผิด"
_RIGHT_IS = re.compile(
    r"(?:ที่ถูก(?:ต้อง)?|ถูกต้อง)\s*(?:คือ|เป็น|[:：∶])?\s*"
    r"(?:(?:เบอร์|หมายเลข|เลข)[\u0e01-\u0e4e]{0,12}\s*)?(?:คือ\s*)?"
)
_TYPED_KEYS: tuple[tuple[str, FieldType], ...] = (
    ("national_id", "national_id"), ("email", "email"), ("phone", "phone"),
)  # fmt: skip
_TYPED_VALUE = {"national_id": ID_IN_TEXT, "email": EMAIL_IN_TEXT, "phone": PHONE_IN_TEXT}


# "เบอร์ข้างบนเลิกใช้แล้ว ติดต่อเบอร์ใหม่ 08...", "เบอร์เดิมใช้ไม่ได้แล้ว ใหม่คือ 08...": a
# line (a P.S. under the signature, often) that says the number given is out of use and
# gives the new one after ใหม่: the new one supersedes the values above it, as a value
# said wrong does (set 20, ps_addendum_corrects_phone). ใหม่ alone ("ร้านเปิดใหม่ โทร
# 02...") corrects nothing.
_OUT_OF_USE = re.compile(r"เลิกใช้|ใช้ไม่ได้|ไม่ได้ใช้|ไม่ใช้แล้ว|ยกเลิก")
_NEW_IS = re.compile(r"ใหม่\s*(?:คือ|เป็น|[:：∶])?\s*")


def _said_wrong(text: str) -> bool:
    return _CORRECTION_WORD in text or _WRONG in text or "ใหม่" in text


def _says_wrong(text: str) -> bool:
    """Whether a line says a value is wrong or corrects it ("ขอแก้ไข...", "...ผิด")."""
    return _CORRECTION_WORD in text or _WRONG in text


def _typed_correction(text: str, *, wrong_above: bool = False) -> tuple[str, str, str] | None:
    """(key, words, value) of "...ผิด ที่ถูกคือ <value>" or "...เลิกใช้ ... ใหม่ <value>" in a
    line, if any. `wrong_above`: the line just above said the value wrong ("ขอแก้ไขเบอร์
    โทร เบอร์เดิม ... ผิด" / "ที่ถูกต้องคือ 08..."), a sentence an Outlook paragraph split."""
    intros: list[re.Match[str]] = []
    if (wrong_above or _says_wrong(text)) and "ถูก" in text:
        intros += _RIGHT_IS.finditer(text)
    if "ใหม่" in text and _OUT_OF_USE.search(text):
        intros += _NEW_IS.finditer(text)
    for m in intros:
        for key, kind in _TYPED_KEYS:
            found = _TYPED_VALUE[key].match(text, m.end())
            if found is None:
                continue
            value = clean_value(kind, found.group(0).strip())
            if has_type(kind, value):
                return key, m.group(0).strip(), value
    return None


def _inline_correction(text: str, labels: PrefixAware) -> tuple[str, str, str] | None:
    """(key, label, value) of "แก้ไข<label>เป็น <value>" in a line, if any."""
    for m in _CORRECTION.finditer(text):
        rest = text[m.end() :]
        for hit in labels.prefix_hits(rest):
            joined = _CORRECTION_IS.match(rest, hit.end)
            if joined is None:
                continue
            value = _corrected_value(labels, hit.key, rest[joined.end() :])
            if value is not None:
                return hit.key, rest[: hit.end].strip(), value
    return None


# The address is free text, with no end of its own in a sentence: it ends where the
# speaker's polite particle does ("ขอแก้ไขที่อยู่เป็น 8/2 หมู่ 7 ... 35000 นะคะ ฉบับก่อน...").
_SAID_TO = re.compile(r"\s*(?:นะ\s*)?(?:ครับ|ค่ะ|คะ|จ้ะ|จ้า)(?![\u0e01-\u0e4e])")
_ADDRESS_KEY = "address"
_HOUSE_NUMBER = re.compile(r"^(?:บ้านเลขที่|เลขที่)?\s*[0-9๐-๙]")


def _corrected_value(labels: PrefixAware, key: str, said: str) -> str | None:
    """The right value said after a correction's words, if its shape proves it: a typed
    value, a titled name, or an address from its house number to the particle."""
    kind = labels.field_type(key)
    if key == _ADDRESS_KEY:
        value = _SAID_TO.split(_clean_value(said), maxsplit=1)[0].strip(" ,.")
        return value if _HOUSE_NUMBER.match(value) else None
    value = clean_value(kind, _PARTICLE.sub("", _clean_value(said)))
    # free text has no end to tell: only a typed value or a titled name is taken
    if (kind == "name" and _TITLED_NAME.match(value)) or has_type(kind, value):
        return value
    return None


def _correction_run_on(
    said: tuple[str, str, str],
    text: str,
    after: Sequence[tuple[int, str]],
    number: int,
    is_next: Callable[[str], bool],
) -> tuple[str, str, str]:
    """A corrected address that reached its line's end with no particle, and the line
    right under it goes on with the address's areas ("...แขวงจอมพล" / "เขตจตุจักร ... 10900
    ค่ะ"): a mail client's hard wrap cut the sentence. The address goes on to the particle,
    or to the next field's label, on that line (cut at the wrap, the correction lost its
    district, province and postal code, and superseded the whole address unflagged)."""
    key, label, value = said
    if not after or after[0][0] != number + 1 or _SAID_TO.search(text):
        return said
    if not text.rstrip(" ,.").endswith(value):
        return said
    line = _clean_value(after[0][1])
    if not _ADDRESS_PART.match(line) and not _ADDRESS_CODE.match(line):
        return said
    more = _SAID_TO.split(line, maxsplit=1)[0].strip(" ,.")
    head = run_on_head(more, is_next)
    return key, label, f"{value} {head or more}"


_ADDRESS_CODE = re.compile(r"[0-9๐-๙]{5}(?![0-9๐-๙])")  # a postal code alone under it


# "<label> ที่ถูกต้องคือ <value>": the label, then the words that say the value is right.
_RIGHT = re.compile(r"(?:ที่ถูก(?:ต้อง)?|ถูกต้อง)\s*(?:คือ|เป็น|[:：∶])?\s*")
MAX_LABEL_BEFORE_RIGHT = 40


def _right_after_label(
    text: str, labels: PrefixAware, *, wrong_above: bool = False
) -> tuple[str, str, str] | None:
    """(key, label, value) of "...<label>ที่ถูกต้องคือ <value>" in a line said wrong, or
    under a line said wrong (`wrong_above`: "ขอแก้ไขที่อยู่ บ้านเลขที่พิมพ์ผิด" /
    "ที่อยู่ที่ถูกต้องคือ ...")."""
    if "ถูก" not in text or not (wrong_above or _says_wrong(text)):
        return None
    for m in _RIGHT.finditer(text):
        for start in _word_starts(text, m.start() - MAX_LABEL_BEFORE_RIGHT, m.start()):
            before = text[start : m.start()].rstrip()
            hit = next((h for h in labels.prefix_hits(before) if h.end == len(before)), None)
            if hit is None:
                continue
            value = _corrected_value(labels, hit.key, text[m.end() :])
            if value is not None:
                return hit.key, before.strip(), value
    return None


def _word_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where a label may begin in text[lo:hi]: the line's start or after a space."""
    lo = max(0, lo)
    return [i for i in range(lo, hi) if (i == 0 or text[i - 1].isspace()) and not text[i].isspace()]


# "ที่อยู่ในเมลก่อนหน้าผิด", "เบอร์ที่ให้ไปผิดค่ะ": a field named, then said wrong (not "ไม่
# ผิด", nor "ทำผิดกฎหมาย", "ผิดนัด" of a complaint).
_SAID_WRONG = re.compile(r"(?<!ไม่)(?<!ไม่ได้)ผิด(?!กฎ|นัด|ศีล|สัญญา|ระเบียบ)")
MAX_LABEL_BEFORE_WRONG = 40


def _said_wrong_keys(text: str, labels: PrefixAware) -> set[str]:
    """The fields a line names and says are wrong, with no right value given."""
    if _WRONG not in text:
        return set()
    keys = set()
    for m in _SAID_WRONG.finditer(text):
        for start in _word_starts(text, m.start() - MAX_LABEL_BEFORE_WRONG, m.start()):
            hits = labels.prefix_hits(text[start : m.start()])
            if hits and not text[start : start + hits[0].end].isascii():
                keys.add(hits[0].key)
                break
    return keys


def corrected_keys(text: str, labels: PrefixAware) -> set[str]:
    """The fields a line of the sender's own text says are wrong, with or without the
    right value ("บ้านเลขที่ในไฟล์พิมพ์ผิด ที่ถูกคือ ...", "แก้ไขเบอร์โทรเป็น ..."): what an
    attachment says of them is no longer to be taken on its word (extractors.said_wrong)."""
    if not _said_wrong(text):
        return set()
    keys = _said_wrong_keys(text, labels)
    said = _inline_correction(text, labels) or _right_after_label(text, labels)
    said = said or _typed_correction(text)
    if said is not None:
        keys.add(said[0])
    return keys
