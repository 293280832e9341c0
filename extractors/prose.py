"""Requests written as sentences: typed values found anywhere in the sender's own text.

    ข้าพเจ้า นายสมชาย ใจดี เลขประจำตัวประชาชน 3 1006 00123 45 1 อยู่บ้านเลขที่ 12 หมู่ 3
    ต.บางพลี อ.บางพลี จ.สมุทรปราการ 10540 โทร 081-234-5678 มีความประสงค์ขอ...

Only values that carry their own proof are taken: a 13-digit ID whose check digit is
right, a Thai mobile or landline number, an email address, the name right after
"ข้าพเจ้า" (or "My name is"), the address after "อยู่บ้านเลขที่" with the postal code and
province inside it. Each candidate has a low confidence and `method="prose"`, so a form
label always wins and a value found this way is flagged for a clerk to check.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator

from extractors.acting_for import (
    ACTING_FOR,
    acting_for_entities,
    files_claim_for,
    owner_acted_for,
)
from extractors.address_english import DOTTED_WORD, HOUSE_WORD, english_address_end
from extractors.address_parts import (
    DISTRICT_WORDS,
    DWELLING_WORDS,
    HOUSE_WORDS,
    PLACE_WORDS,
    PROVINCE_WORD,
    STREET_WORDS,
    SUBDISTRICT_WORDS,
    abbreviated,
    words_pattern,
)
from extractors.address_rest_line import is_rest_of_address
from extractors.base import (
    ExtractionResult,
    FieldCandidate,
    LabelIndex,
    Provenance,
    ProvenanceKind,
)
from extractors.body_form import decode_text_bytes, parse_label_line
from extractors.closing_name import CLOSING_NAME, closing_name
from extractors.consented_for import CONSENTED_FOR, consented_for_entities, in_owners_own_words
from extractors.current_address import ADDRESS_LINE
from extractors.date_orders import reread_date
from extractors.dumps import text_to_read
from extractors.dwelling_kind import DWELLING_KIND, without_dwelling_kind
from extractors.foreign_phone import country_before, foreign_phones_in
from extractors.forwarding_letter import FORWARDED_FOR, forwarded_paragraph, in_paragraph
from extractors.helped_for import HELPED_FOR, helped_for_entities
from extractors.kins_clause import kins_ids
from extractors.letter_head_address import HEAD_ADDRESS, head_address
from extractors.line_values import line_values
from extractors.listed_table_rows import listed_rows_behind_signer
from extractors.mail_text import CLOSING, MailText, split_mail, with_earlier
from extractors.mobile_first import is_mobile
from extractors.name_before_address import NAME_BEFORE_ADDRESS, names_before_address
from extractors.office_province import in_office_name
from extractors.old_and_new_phone import old_and_new
from extractors.provinces import match_province
from extractors.role_lines import ANOTHERS_ROLE_LINE, anothers_role_lines
from extractors.role_words import (
    ACADEMIC_OFFICE,
    BODY,
    CASE_PARTY,
    FIRM,
    HEALTH_UNIT,
    HOST,
    JURISTIC_BODY,
    JURISTIC_HEAD,
    NEIGHBOUR,
    SIGNS_FOR_BODY,
)
from extractors.romanised_name import with_romanised_words
from extractors.said_of_subject import said_of_subject
from extractors.second_persons import DECEASED
from extractors.spoken import SPOKEN, SPOKEN_CONFIDENCE, written
from extractors.thai import (
    CHILD_TITLE,
    CIVIL_TITLE,
    KIN,
    NUMBER_WORDS,
    VERB_AFTER_I,
    drop_invisible,
    number_words_to_int,
    parse_date,
    parse_short_be_date,
)
from extractors.title_options import HONOURED as _HONOURED
from extractors.title_options import LATIN_TITLE, PERSONS_TITLE, TITLED_NAME
from extractors.validate import national_id_is_valid, normalise_national_id, normalise_phone
from extractors.value_pieces import DATE_LINE, DATE_PIECE, date_lines, date_pieces
from extractors.values import (
    EMAIL_IN_TEXT,
    ID_IN_TEXT,
    PHONE_IN_TEXT,
    clean_value,
    labelled_ids_in,
    marked_old,
    valid_ids_in,
)
from extractors.vouching import vouching_spans
from extractors.whose_phone import said_of_another
from extractors.wrapped_mobile import PHONE_WORD, mobile_wraps_mended

PROSE_CONFIDENCE = 0.6
# A number the sentence itself calls a phone ("... โทร 081-..."), ahead of one it does not
# ("โทรไปที่ร้าน 044-...", the shop's): both found in prose, so both still flagged.
SAID_PHONE_CONFIDENCE = 0.65
OLD_PHONE_CONFIDENCE = 0.5  # "เบอร์เดิม 08... (ยกเลิกแล้ว)": the number no longer in use
MAX_CHARS = 20_000  # a request in sentences is short; the rest is not read
# The sender's signature under "-- " is who they are (a lecturer's name and mobile, a
# one-line "name | ID | Tel | e-mail"), but also their work's numbers: what it gives is
# a last resort, below any reading of the request itself and never a rival to one
# (review.MIN_RIVAL), always flagged for a clerk; its landlines are not read at all.
SIGNATURE_CONFIDENCE = 0.45
# Another's number where the signature gives one: behind it (see _behind_signature).
BEHIND_SIGNATURE_CONFIDENCE = 0.4
SIGNATURE = "signature"
# The one a letter appoints as its attorney ("ขอมอบอำนาจให้ นาย... เลขประจำตัวประชาชน ...
# อยู่บ้านเลขที่ ... โทร ... เป็นผู้ยื่น..."): his name, ID, home and phone, up to what he is
# appointed to do, are the attorney's, not the grantor's (set 56). Kept below any other
# reading, as a proxy's values are: the one to call where nothing else is given.
_APPOINTS = re.compile(r"มอบ(?:อำนาจ|ฉันทะ)\s*ให้(?:แก่)?\s*")
_APPOINTED_ENDS = re.compile(r"\s(?:เป็นผู้|เป็นตัวแทน|ให้เป็น|เพื่อ|มีอำนาจ|ดำเนินการ)|\n")
APPOINTED = "the attorney the text appoints (มอบอำนาจให้)"
APPOINTED_CONFIDENCE = 0.4
# The one who died, named with his ID and birth date before the heir who asks for the
# funeral aid ("ผู้ตาย นาย... เลขประจำตัวประชาชน ... เกิด ... ถึงแก่กรรมวันที่ ..."): what
# his lines say up to the heir's own part (a scan's text layer wraps his birth date
# onto the next line) or a blank line are his, never the heir's (set 60).
_DECEASED_NAMED = re.compile(rf"(?:{DECEASED.pattern})\s*(?:ชื่อ)?\s*[:：]?\s*(?={CIVIL_TITLE})")
# A line opening with the funeral's host ("เจ้าภาพ นาง...", "เจ้าภาพ: ...") ends them too:
# the family member who books the rites for him, under his lines (set 114: a forwarded
# chat, a funeral home's mail).
_DECEASED_ENDS = re.compile(
    r"\n[ \t]*\n|ผู้(?:ขอ|ยื่น|รับเงิน|ร้อง|แจ้ง)|ข้าพเจ้า|(?<![\u0e01-\u0e4e])(?:ผม|ดิฉัน)|ลงชื่อ"
    rf"|\n[ \t]*(?:ข้อมูล|ชื่อ)?{HOST}"
)
_DECEASED_LINE = re.compile(
    rf"^[ \t]*(?:{DECEASED.pattern})[ \t]*[:：]?[ \t]*(?=เลข|บัตร)", re.MULTILINE
)
_HIS = frozenset(
    {"full_name", "national_id", "birth_date", "phone", "address", "postal_code", "province"}
)

# พระ/สามเณร open a monk's or novice's name (พระมหา..., พระครู...: the rank is glued on),
# แม่ชี a nun's (set 72).
_TITLE = (
    rf"(?:{CIVIL_TITLE}|พระ|สามเณร|แม่ชี"
    r"|[ก-ฮ]{1,3}\.(?:[ก-ฮ]{1,3}\.)*)"
)
_THAI_WORD = r"[\u0e01-\u0e4e]+"
# A family name granted with ณ and a place (ณ นคร, ชุมพล ณ อยุธยา) is one family name: not
# ณ as the word "at" (ณ วันที่, ณ ที่ว่าการ, ณ บ้านเลขที่) that a sentence goes on with.
_NA = r"ณ\s+(?!วัน|ที่|บ้าน|สำนักงาน|ศาลา|อาคาร|หมู่|ตำบล|อำเภอ|จังหวัด|วัด|โรง|เวลา|ขณะ)"
# A monk writes the word ฉายา before his Pali name, in the family name's place.
_FAMILY = rf"(?:ฉายา\s+)?(?:(?:{_THAI_WORD}\s+)?{_NA}{_THAI_WORD}|{_THAI_WORD})"
# A signature's first line is often the sender's name under a rank or an academic title
# (ผศ.ดร., ร.ต.อ.หญิง, จ.ส.อ., ม.ล., ดร.): two dotted abbreviations at least, or one of the
# academic and medical ones; not a month's or an era's (ต.ค., พ.ศ.).
_NOT_A_TITLE = r"(?!(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค|พ\.ศ|ค\.ศ)\.)"
_RANK = (
    rf"(?:{CIVIL_TITLE}|{_NOT_A_TITLE}(?:[ก-ฮ]{{1,3}}\.){{2,4}}(?:หญิง)?"
    r"|(?:ผศ|รศ|ศ|ดร|นพ|พญ|ทพ|ทพญ|ภก|ภญ)\.(?:ดร\.)?)"
)
# _HONOURED (extractors.title_options): the same titles where they can open a line of a
# request: royal descent, academic and medical titles, and ranks of three dotted parts or
# a known two-part one. Not any two abbreviations (ร.ร., ส.ส. name a school, an MP).
_SIGNATURE_NAME = re.compile(
    # one line: the post on the next ("ประธานกลุ่ม...") is no word of the name (set 66)
    rf"^[ \t]*(?P<l>{_RANK}[ \t]*{_THAI_WORD}[ \t]+(?:{_THAI_WORD}[ \t]+)?"
    rf"(?:ณ[ \t]+)?{_THAI_WORD})[ \t]*$",
    re.M,
)
# อาตมภาพ, อาตมา: a monk's "I" (his letters' ข้าพเจ้า: "ด้วยอาตมภาพ พระ... ฉายา ...");
# ข้อย (Isan), ฉาน (southern), ฉัน and เรา: how people say "I" in their own speech
# ("ข้อยชื่อ นางสาว... เด้อ")
_I_TH = ("กระผม", "ผม", "ดิฉัน", "หนู", "อาตมภาพ", "อาตมา", "ข้าน้อย", "ข้อย", "ฉาน", "ฉัน", "เรา")
_I_EN = ("my name is", "My name is", "I am", "I,")  # a sentence starts with a capital
# A name in Latin letters: a given name and a family name, and up to two more words on the
# same line, as Vietnamese and Burmese names have three ("Tran Van Long", "Kyaw Zaw Oo");
# a word is capitalised and its second letter a small one ("I'm" or "I" is no name's).
_EN_TITLE = LATIN_TITLE
# A given name may be hyphenated ("Anne-Sophie"); the family name may be in capitals as a
# passport prints it ("O'NEILL", not an acronym before a number: "ID 123"), or first with
# a comma ("FITZGERALD, Laura Anne"); an apostrophe inside it either way ("O'Neill").
_EN_GIVEN = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_EN_CAPS = r"[A-Z](?:'?[A-Z])+(?:-[A-Z]+)?(?![A-Za-z'-]|[ \t]*[0-9:])"
_EN_WORD = rf"(?:[A-Z](?:'[A-Z])?[a-z][A-Za-z'-]*|{_EN_CAPS})"
_EN_NAME = (
    rf"{_EN_TITLE}?\.?\s*(?:{_EN_CAPS},[ \t]*{_EN_GIVEN}(?:[ \t]+{_EN_GIVEN}){{0,2}}"
    rf"|{_EN_GIVEN}\s+{_EN_WORD}(?:[ \t]+{_EN_WORD}){{0,2}})"
)
# Not after a word that makes the writer's "I" say whose child is named ("ลูกดิฉัน ด.ช.
# ...", "บุตรของข้าพเจ้าชื่อ ...", set 61): the name is the child's, never the writer's.
# The I-words' openers are tried where each begins, "ฉัน" inside "ดิฉัน", "ผม" inside "กระผม".
_WHOSE = "".join(
    f"(?<!{kin}{space}{inside})"
    for kin in ("ลูก", "หลาน", "บุตร", "ของ")
    for space in ("", " ")
    for inside in ("", "ดิ", "กระ")
)
_NAME = re.compile(
    rf"{_WHOSE}(?:ข้าพเจ้า\s*(?:ชื่อ)?|(?:{'|'.join(_I_TH)})\s*ชื่อ)\s*(?P<v>{_TITLE}?\s*{_THAI_WORD}\s+{_FAMILY})"
    # "ผม นายสมชาย ใจดี อายุ ...": without ชื่อ only a title proves a name follows
    rf"|{_WHOSE}(?:{'|'.join(_I_TH)})\s*(?P<t>{_TITLE}\s*{_THAI_WORD}\s+{_FAMILY})"
    # "... ขอคัดสำเนา ชื่อ นายสมชาย ใจดี บัตร ...": after ชื่อ anywhere, a title written
    # out proves a name (not the abbreviations of _TITLE: "ต." or "อ." of an address)
    rf"|(?<![\u0e01-\u0e4e])ชื่อ\s*(?P<n>{CIVIL_TITLE}\s*{_THAI_WORD}\s+{_FAMILY})"
    rf"|(?:{'|'.join(_I_EN)})\s+(?P<e>{_EN_NAME})",
)
# A juristic applicant's signer: "(หจก. ...) โดย นาย... (ตำแหน่ง) หุ้นส่วนผู้จัดการ". "โดย"
# alone is also "by" ("ได้รับแจ้งโดย นาย... เพื่อนบ้าน"): the signer's role proves him.
_SIGNER = re.compile(
    rf"(?<![\u0e01-\u0e4e])โดย\s*(?P<v>{_TITLE}\s*{_THAI_WORD}\s+{_FAMILY})"
    rf"\s*(?:(?:ตำแหน่ง|ในฐานะ(?:เป็น)?)\s*)?{SIGNS_FOR_BODY}"
)
SIGNER = "โดย (who signs for a juristic person)"
# A line that opens with a titled name, as a citizen answers "send your name, ID and
# phone" ("นางมาลี สุขใจ บัตร 3-1005-... เกิด ..."), or a chat pastes the name alone:
# the sender's name. Not an office a title's letters begin (นายกเทศมนตรี, นายกองค์การ
# บริหารส่วนตำบล, นายอำเภอ, นายทะเบียน); a name may (นายกิตติศักดิ์, นายกมล).
# Nor a role they begin (the employer, a broker, a bail guarantor): the employer's word
# before a titled name says whose the name is ("นายจ้าง นางอัมพร ทองดี", an employer's
# mail about her worker, set 30), and the name is read after it.
_OFFICES = (
    r"นายก(?:เทศมนตรี|องค์การ|อบต|อบจ|รัฐมนตรี|สมาคม|สโมสร|\s|$)|นายอำเภอ|นายทะเบียน|นายช่าง"
    r"|นายจ้าง|นายหน้า|นายประกัน"
)
# Emoji a phone's signature puts before a name ("🌸 นาง... 🌸", "👩‍💼 นาย..."): pictographs
# and dingbats, each maybe with its variation selector or joined by ZWJ (set 41).
_EMOJI_LEAD = "(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff][\ufe0f\u200d]*[ \t]*){0,4}"
# The one who asks named by her standing before her name (set 61): a guardian's line under
# a children's table or a school's letter ("ผู้ปกครอง นาง... (มารดา)"), a parent's line
# that says she applies ("มารดา (ผู้สมัคร) นาง..."). Not "ผู้ปกครองของ": another's.
# A funeral's host too (role_words.HOST: "เจ้าภาพ นาง...", a line of a chat or a funeral
# home's mail for her family, set 114).
_ASKERS_ROLE = (
    rf"ผู้ปกครอง(?![ \t]*ของ)|{KIN}[ \t]*[(（][ \t]*ผู้(?:สมัคร|ยื่น|ขอ|ร้อง|แจ้ง)[^\n()（）]{{0,15}}[)）]"
)
_LINE_NAME = re.compile(
    # or a numbered item ("1. นาย... 3-1005-... เจ้าบ้าน": a household's members listed)
    rf"^[ \t]*{_EMOJI_LEAD}(?P<n>[0-9๐-๙]{{1,2}}[.)][ \t]*)?"
    rf"(?:(?:นายจ้าง|{_ASKERS_ROLE}|{HOST})[ \t]*[:：]?[ \t]*)?(?!{_OFFICES})"
    rf"(?P<l>{CIVIL_TITLE}\s*{_THAI_WORD}\s+{_FAMILY})",
    re.MULTILINE,
)
# The same with the title after the name in brackets, the line holding nothing else, as
# a signature gives it ("สมศรี ใจดี (นาง)"): the bracketed title proves the name.
_LINE_NAME_HONOURED = re.compile(
    rf"^[ \t]*(?P<l>{_HONOURED}\s*{_THAI_WORD}\s+{_FAMILY})", re.MULTILINE
)
_LINE_NAME_TITLE_AFTER = re.compile(
    rf"^[ \t]*(?P<l>{_THAI_WORD}\s+{_THAI_WORD}\s*[(（]\s*{CIVIL_TITLE}\s*[)）])[ \t]*$",
    re.MULTILINE,
)
# The same in Latin letters: a line opening with an English titled name, then a comma, a
# bracket or the line's end, as a foreigner gives his details ("Mrs. Helen Carter,
# Australian, born ..."); the title proves a name, the line's start that it is the sender's.
_LINE_NAME_EN = re.compile(
    rf"^[ \t]*(?P<l>{_EN_TITLE}\.?[ \t]*[A-Z][a-z]+[ \t]+[A-Z][A-Za-z'-]+"
    r"(?:[ \t]+[A-Z][a-z][A-Za-z'-]*){0,2})[ \t]*(?:[,(]|$)",
    re.MULTILINE,
)
_EN_TITLES = ("Mr", "Ms", "Miss", "Dr")  # _EN_TITLE's: one is in every match
_TITLED = re.compile(_TITLE)
# The polite particle a speaker ends the sentence with, typed glued to the family name
# ("ผมชื่อสมชาย ใจดีนะครับ"): no Thai family name ends in one.
_PARTICLE_GLUED = re.compile(r"(?<=[\u0e01-\u0e4e])(?:นะ)?(?:ครับ|คร้าบ|ค่ะ|คะ|ขอรับ|จ้ะ|จ้า|เด้อ)$")
# A request typed on a phone, signed with the name alone on a line (after a blank line or
# at the start) and the number on the next: "ขอแบบฟอร์ม...ค่ะ\n\nมาลี สุขใจ\n081-...".
_NAME_ABOVE_PHONE = re.compile(
    rf"(?:\A|\n[ \t]*\n)[ \t]*(?P<s>{_TITLE}?[ \t]*{_THAI_WORD}[ \t]+{_THAI_WORD})[ \t]*\n"
    r"[ \t]*(?:(?:โทร\.?|มือถือ|Tel\.?|Mobile)[ \t]*:?[ \t]*)?"
    r"(?P<p>[+0๐][0-9๐-๙ ()+\-]{8,16}?)[ \t]*(?:\n|\Z)",
    re.IGNORECASE,
)
# What an address may open with before its number (address_parts keeps the list)
_BUILDING = DWELLING_WORDS
# An address alone on its line, from the house number through the sub-district and the
# district (a chat's paste, a signature): no word before it says it is one (or "บ้าน"
# alone, home), the shape does ("9 ถนน... ตำบลหาดใหญ่ อำเภอหาดใหญ่ จังหวัดสงขลา 90110").
_ADDRESS_LINE_OPENING = (
    # an item of a numbered list of answers may hold it: "5. 55 ซอย... แขวง... เขต..."
    # or a piece of a line of values parted by " / ", " | " or "; " ("นายก ข / 1-2345-... / 9 ...")
    r"(?:^|(?<=[ \t][/|][ \t])|(?<=;[ \t]))[ \t]*(?:[0-9๐-๙]{1,2}[.)][ \t]+(?=[0-9๐-๙]))?"
    # "บ้าน 54 ม.1 ..." (home:), as a note or a chat says whose address it is; a word glued
    # to it (บ้านแม่, บ้านเช่า) says another's house or none
    # and "บ้านเลยที่ 54 ..." for บ้านเลขที่, a letter of its caption slipped (set 78)
    r"(?:(?:ที่)?บ้าน(?:เล[\u0e01-\u0e2e]ที่?[ \t]*|[ \t]+)(?=[0-9๐-๙]))?"
    # "สำนักงาน 99 ม.2 ..." under a firm's name in its signature: the firm's office (set 60),
    # read as another's place is (a last resort, below any home said)
    r"(?P<office>สำนักงาน(?:ใหญ่)?[ \t]*[:：]?[ \t]*(?=[0-9๐-๙]))?"
)
_HOUSE_TO_SUBDISTRICT = r"[0-9๐-๙]{1,5}(?:/[0-9๐-๙]{1,4})?[ \t]+[^\n]*?(?:ตำบล|ต\.|แขวง)"
_ADDRESS_LINE = re.compile(
    _ADDRESS_LINE_OPENING + rf"(?P<v>{_HOUSE_TO_SUBDISTRICT}[^\n]*?"
    # it ends at the line's end, or at the next piece's separator when it is one; a
    # letter's block top right may put the province and the postal code on a line each
    # under it ("9 ม.6 ต.สระแก้ว อ.ท่าศาลา" / "นครศรีธรรมราช" / "80160", set 60), or both
    # on one line ("... อ.ปทุมราชวงศา" / "อำนาจเจริญ 37110", a body's letter, set 91)
    r"(?:อำเภอ|อ\.|เขต)[^\n]*?"
    r"(?:[ \t]*\n[ \t]*(?:จังหวัด|จ\.)?[ \t]*[\u0e01-\u0e4e]+\.?"
    r"(?:[ \t]*\n[ \t]*|[ \t]+)[0-9๐-๙]{5}(?=[ \t]*$))?)"
    r"[ \t]*(?:$|(?=[/|][ \t]|;))",
    re.MULTILINE,
)
# The same cut by the line's wrap, its rest (the district, the province, the postal code)
# alone on the next line (a CV's contact line in a PDF, set 87): taken whole where that
# line holds nothing else (address_rest_line).
# A letter's block may part that rest over a line or two more ("อ.เมือง" / "ขอนแก่น" /
# "40000"): tried over three lines of rest, then two, then one.
_CUT_ADDRESS_LINES = tuple(
    re.compile(
        _ADDRESS_LINE_OPENING + rf"(?P<v>(?P<head>{_HOUSE_TO_SUBDISTRICT}[^\n]*?)"
        rf"(?P<rest>(?:[ \t]*\n[ \t]*\S[^\n]*?){{{lines}}}))[ \t]*$",
        re.MULTILINE,
    )
    for lines in (3, 2, 1)
)
# A unit's line wrapped: the condominium's name (or its rest) on the next line, no number
# and no sub-district or district in it ("77/30 อาคาร 2 ศุภาลัย" / "ซิตี้ ถ.ศรีนครินทร์",
# "150/7 อาคาร A ห้อง 704" / "พลัมคอนโด แจ้งวัฒนะ", a tenant's block top right, set 122).
_BUILDING_NAME_WRAPPED = (
    r"(?:[ \t]*\n[ \t]*(?![^\n]*(?:ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|จังหวัด|จ\.))"
    r"[^\n0-9๐-๙:：@]{2,60}?)?"
)
# The same written as on an envelope, over two to five lines: the house line (the house
# number, maybe its หมู่/ซอย/ถนน, or the dwelling's name with its floor and room: "88
# สุขใจแมนชั่น ชั้น 5 ห้อง 507"), maybe a line each for the lane and the road (a letter's
# block at the top right wraps so, set 52), then the sub-district and district.
_ENVELOPE_ADDRESS = re.compile(
    # the house number maybe after its label ("เลขที่ 99 ม.4", a signature's line)
    r"^[ \t]*(?P<v>(?:(?:(?:บ้าน)?เลขที่[ \t]*)?[0-9๐-๙]{1,5}(?:/[0-9๐-๙]{1,4})?"
    r"(?:[ \t]+(?:ม\.|หมู่|ซ\.|ซอย|ถ\.|ถนน)[^\n]*"
    rf"|[ \t]+(?:{_BUILDING}|[^\n]*?(?:ชั้น|ห้อง)[ \t]*[0-9๐-๙])[^\n]*{_BUILDING_NAME_WRAPPED})?"
    # or the building first, its house number after it ("หอพัก... ห้อง 304 เลขที่ 59/1")
    rf"|(?:{_BUILDING})[^\n]*?เลขที่[ \t]*[0-9๐-๙]{{1,5}}(?:/[0-9๐-๙]{{1,4}})?[^\n]*)"
    r"[ \t]*\n(?:[ \t]*(?:ซ\.|ซอย|ถ\.|ถนน|หมู่บ้าน)[^\n]*\n){0,3}"
    # the sub-district maybe after the road on its line, the district maybe on the next
    # ("ถ.บรมไตรโลกนารถ ต.ในเมือง" over "อ.เมืองพิษณุโลก", a letter's block, set 57)
    r"[ \t]*(?:(?:ถ\.|ถนน)[^\n]*?)?(?:ตำบล|ต\.|แขวง)[^\n]*?(?:[ \t]*\n[ \t]*)?"
    r"(?:อำเภอ|อ\.|เขต)[^\n]*?"
    # and a last line of the province (one word, maybe cut short: "อุบลฯ") and the postal
    # code, or the postal code alone: the address's end, read for both (set 40; "กทม.")
    r"(?:[ \t]*\n[ \t]*(?:(?:จังหวัด|จ\.)?[ \t]*[\u0e01-\u0e4e]+\.?[ \t]+)?[0-9๐-๙]{5})?)[ \t]*$",
    re.MULTILINE,
)
# The same wrapped after its sub-district: the house line ends with the ตำบล, the อำเภอ
# opens the next line (a letter's block at the top right from Word, as a PDF, set 59).
_WRAPPED_ENVELOPE = re.compile(
    # the house number's next word a part of an address: a year ending a wrapped sentence
    # ("... 2569 มีชื่ออยู่ในทะเบียนบ้านเลขที่ ...", set 57) is no house number
    r"^[ \t]*(?P<v>(?:(?:บ้าน)?เลขที่[ \t]*)?[0-9๐-๙]{1,5}(?:/[0-9๐-๙]{1,4})?[ \t]+"
    r"(?=ม\.|หมู่|ซ\.|ซอย|ถ\.|ถนน|ตำบล|ต\.|แขวง)[^\n]*?"
    r"(?:ตำบล|ต\.|แขวง)[^\n]*\n[ \t]*(?:อำเภอ|อ\.|เขต)[^\n]*?"
    r"(?:[ \t]*\n[ \t]*(?:(?:จังหวัด|จ\.)?[ \t]*[\u0e01-\u0e4e]+\.?[ \t]+)?[0-9๐-๙]{5})?)[ \t]*$",
    re.MULTILINE,
)
# Every match of _NAME starts with one of these words. A form typed as labels holds
# none, and looking for them is far cheaper than trying _NAME at every position.
_NAME_OPENERS = ("ข้าพเจ้า", "ชื่อ", *_I_TH, *_I_EN)
# The signature block of a Thai letter or form: the name in brackets under "ลงชื่อ":
#     ลงชื่อ ............................ ผู้ยื่นคำร้อง
#            (นายสมชาย ใจดี)
_SIGNED = re.compile(
    r"ลงชื่อ[^\n]{0,200}\n(?:[ \t]*\n)?[ \t]*[(（]\s*"
    rf"(?P<s>{_TITLE}?\s*{_THAI_WORD}\s+{_FAMILY})\s*[)）]"
)
# ... or typed on the ลงชื่อ line itself, nothing after it ("ลงชื่อ ส.อ. <given> <family>",
# set 72): no caption, so no officer's or witness's part; a rank or a monk's title kept.
_SIGNED_ON_LINE = re.compile(
    rf"^[ \t]*ลงชื่อ[ \t]*[:：]?[ \t]*(?P<s>(?:{_RANK}|{_TITLE})?[ \t]*{_THAI_WORD}[ \t]+{_FAMILY})"
    r"[ \t]*$",
    re.MULTILINE,
)
# A signature line for someone other than the applicant: the officer who took the form,
# a witness, the registrar.
_OFFICIAL_SIGNATURE = re.compile(r"เจ้าหน้าที่|ผู้รับ|พยาน|นายทะเบียน|ผู้ตรวจ|ผู้อนุมัติ|ผู้บันทึก")
OFFICIAL_SIGNATURE = _OFFICIAL_SIGNATURE  # extractors.signature_blocks: the values under it


def signed_names(text: str) -> Iterator[tuple[str, int]]:
    """(name, offset) of each name in brackets under a "ลงชื่อ" line that is not an
    officer's or a witness's: on a printed form, the applicant's name often stands
    only there ("ลงชื่อ ........ ผู้ยื่นคำร้อง / ( นาง... )")."""
    for m in _SIGNED.finditer(text):
        signature_line = text[m.start() : text.find("\n", m.start())]
        name = clean_value("name", " ".join(m.group("s").split()))
        if name and not _OFFICIAL_SIGNATURE.search(signature_line):
            yield name, m.start("s")


# The part its writer signs with: alone on the line under his titled name at the foot
# ("นายวีระพงษ์ มาลัยทอง" / "ผู้ให้เช่า").
_SIGNED_ROLE = re.compile(
    rf"^[ \t]*[(（]?[ \t]*{CIVIL_TITLE}[ \t]*{_THAI_WORD}[ \t]+{_THAI_WORD}[ \t]*[)）]?[ \t]*\n"
    r"[ \t]*(?P<role>ผู้[\u0e01-\u0e4e]{2,20})[ \t]*$",
    re.MULTILINE,
)


def signed_role(text: str) -> str | None:
    """The part the text's last signature names under its signer's name, if any."""
    found = None
    for found in _SIGNED_ROLE.finditer(text):  # noqa: B007 (the last one is kept)
        pass
    return found.group("role") if found else None


# A mail signed under its closing: "ขอบคุณครับ" / "ด้วยความเคารพ" / "Best regards," and
# the sender's name alone on the next line (a signature after "-- " is not read at all).
_SIGNED_OFF = re.compile(
    # a printed letter leaves a few blank lines to sign in between (ขอแสดงความนับถือ, two
    # or three empty lines, then "(นาย... ...)")
    rf"^[ \t]*{CLOSING}\n(?:[ \t]*\n){{0,3}}"
    # in brackets as a Thai letter's signature prints it, when no line is left to sign on
    rf"[ \t]*(?P<b>[(（][ \t]*)?(?P<s>{_TITLE}?[ \t]*{_THAI_WORD}[ \t]+{_THAI_WORD})"
    rf"(?(b)[ \t]*[)）])[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# ... or an English closing over a name in Latin letters alone on its line ("Best regards,"
# / "Kenji Watanabe" / "Producer, ...", set 100: a foreign producer's mail): the one who
# signs, read below a name the mail says otherwise (SIGNED_IN_LATIN).
_SIGNED_OFF_EN = re.compile(
    r"^[ \t]*(?i:best regards|kind regards|warm regards|regards|yours sincerely"
    r"|yours faithfully|sincerely(?: yours)?)[ \t,.!]*\n(?:[ \t]*\n){0,3}"
    rf"[ \t]*(?P<s>{_EN_NAME})[ \t]*$",
    re.MULTILINE,
)
SIGNED_IN_LATIN = "name signed in Latin letters under an English closing"
_EN_CLOSINGS = ("regards", "sincerely", "faithfully")  # one is in every match, folded
# ... or a monk's conferred title, one word in brackets, with or without his own name in
# brackets on the next line ("(พระครู<title>)" / "(<name> <ฉายา>)", set 84): the title is
# the name he signs and is known by. A mail's copy of the letter may drop the title's
# brackets, his own name still bracketed below (a forwarded mail, set 91).
_SIGNED_TITLE = re.compile(
    rf"^[ \t]*{CLOSING}\n(?:[ \t]*\n){{0,3}}"
    r"[ \t]*(?P<b>[(（][ \t]*)?(?P<s>พระ[\u0e01-\u0e4e]{3,})"
    r"(?(b)[ \t]*[)）][ \t]*$|[ \t]*\n[ \t]*[(（][^()（）\n]+[)）][ \t]*$)",
    re.MULTILINE | re.IGNORECASE,
)
# ... or an officer's rank spelt out on a line of its own over his name in brackets, no
# title ("พันตำรวจโท" / "(<given> <family>)", set 83: a police station's letter): the rank
# is his title.
_SIGNED_UNDER_RANK = re.compile(
    rf"^[ \t]*{CLOSING}\n(?:[ \t]*\n){{0,3}}"
    r"[ \t]*(?P<r>(?:พล|พัน|ร้อย|สิบ)(?:ตำรวจ|อากาศ|เรือ)?(?:เอก|โท|ตรี)(?:หญิง)?"
    r"|ดาบตำรวจ(?:หญิง)?|จ่าสิบ(?:ตำรวจ|เอก|โท|ตรี)(?:หญิง)?)[ \t]*\n"
    rf"[ \t]*[(（][ \t]*(?P<s>{_THAI_WORD}[ \t]+{_THAI_WORD})[ \t]*[)）][ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# ... or a firm's letter signed for it: its stamp's note ("[ประทับตรา บริษัท ... จำกัด]",
# "(ตราประทับ)") or its name on the line between the closing and the signer's name in
# brackets (set 75: the director who signs a company's request for itself).
_SIGNED_UNDER_FIRM = re.compile(
    rf"^[ \t]*{CLOSING}\n(?:[ \t]*\n){{0,3}}"
    r"[ \t]*(?:[\[［(（][^\n\]］)）]*?ตรา[^\n\]］)）]*[\]］)）]"
    rf"|{FIRM}[^\n]*)[ \t]*\n(?:[ \t]*\n)?"
    rf"[ \t]*[(（][ \t]*(?P<s>{_TITLE}?[ \t]*{_THAI_WORD}[ \t]+{_THAI_WORD})[ \t]*[)）][ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# A titled name followed at once by its ID's words and a valid ID ("ข้อมูลผู้ยื่นค่ะ
# นางมาลี สุขใจ เลขบัตรประชาชน 3-1005-..."): Thai prose identifies a person so, the ID
# proving by its check digit that a person, not a place, was named.
_NAME_BEFORE_ID = re.compile(
    rf"(?<![\u0e01-\u0e4e])(?P<v>{CIVIL_TITLE}[ \t]*{_THAI_WORD}[ \t]+{_THAI_WORD})"
    # one way to read a run of spaces, with or without a comma; a table row's bar as text
    # ("2 | นาง... | 3-1005-...", a mail's HTML table of signers, set 71)
    r"[ \t]*(?:[,(/|][ \t]*)?"
    # the ID's words may be left out: a titled name then a valid ID and nothing between
    # ("ขอ...ครับ, นายชยพล วงศ์สุวรรณ, 1-4099-...", set 20 bare_values_one_line_no_labels)
    r"(?:(?:เลข(?:ที่)?(?:บัตร)?\s?(?:ประจำตัว)?\s?(?:ประชาชน|ปชช\.?)|เลขบัตร"
    # "บัตร" alone, as a chat shortens it ("นาย<name> บัตร 3 1505 ...", a villager's LINE
    # line a headman forwards, set 90)
    r"|บัตร(?:\s?(?:ประชาชน|ปชช\.?))?(?:\s?เลขที่)?)[ \t]*(?:(?:[:：]|คือ)[ \t]*)?)?"
    rf"(?P<id>{ID_IN_TEXT.pattern})"
)
# ... or with her age said between ("พร้อมด้วยสามี คือ นาย<him> อายุ 71 ปี เลขประจำตัว
# ประชาชน <his>", a wife enrolling herself and her husband): whose the ID is, for telling
# another's from the writer's (_anothers_ids), not a new name's reading.
_NAME_AGED_BEFORE_ID = re.compile(
    _NAME_BEFORE_ID.pattern.replace(
        r"[ \t]*(?:[,(/|][ \t]*)?",
        r"[ \t]*(?:[,(/|][ \t]*)?(?:อายุ[ \t]*[0-9๐-๙]{1,3}[ \t]*ปี[ \t]*)?",
        1,
    )
)
_COLON = re.compile(r"[:：]")
NAME_BEFORE_ID = "titled name before its ID"
# The same wrapped where a line ends: the titled name ends its line, the next opens with
# the ID's words and the ID (a typed letter's width, "...หนังสือเชิญ นาง<name>" / "เลข
# ประจำตัวประชาชน ...", or a mail's paragraph per line, "ผู้แสวงบุญ นาย<name>" / "เลข
# ประจำตัวประชาชน ...", set 76). Not after a label's colon: a form's rows are read so.
_NAME_WRAPPED_BEFORE_ID = re.compile(
    rf"(?<![\u0e01-\u0e4e])(?P<v>{CIVIL_TITLE}[ \t]*{_THAI_WORD}[ \t]+{_THAI_WORD})[ \t]*\n[ \t]*"
    r"(?:เลข(?:ที่)?(?:บัตร)?\s?(?:ประจำตัว)?\s?(?:ประชาชน|ปชช\.?)|เลขบัตร)[ \t]*(?:[:：][ \t]*)?"
    rf"(?P<id>{ID_IN_TEXT.pattern})"
)
# A group's committee listed by office, its chairman's line first ("ประธานกลุ่ม นาง...
# บ้านเลขที่ ..."): the chairman signs for the group (sets 66, 71). Not the chair of a
# meeting (ประธานในที่ประชุม: the headman presiding over the village's meeting).
_CHAIR_LINE = re.compile(
    rf"[ \t]*ประธาน(?!ใน|ที่ประชุม|การประชุม){_THAI_WORD}?[ \t]*[:：]?[ \t]*"
    rf"(?P<v>{CIVIL_TITLE}[ \t]*{_THAI_WORD}[ \t]+{_FAMILY})"
)
CHAIR_LINE = "a group's chairman opening a line"
# A titled name with a phone right after it, in a Subject line (a request typed on a
# phone into the Subject: "คำร้อง นายชยพล เรืองศรี โทร 081-..."): the number after the name
# says it is the one to call back, not a person complained about ("ร้องเรียน นายสมชาย
# ใจดี ทำร้ายร่างกาย"). Read in the Subject only: in a body such a line may name a
# relative or an officer to contact.
_NAME_BEFORE_PHONE = re.compile(
    rf"(?<![\u0e01-\u0e4e])(?!{_OFFICES})(?P<v>{CIVIL_TITLE}[ \t]*{_THAI_WORD}[ \t]+{_FAMILY})"
    r"[ \t]*[,(/\-–]?[ \t]*(?:(?:โทร(?:ศัพท์)?\.?|เบอร์(?:โทร)?|มือถือ|Tel\.?)[ \t]*[:：]?[ \t]*)?"
    r"(?P<p>[+0๐][0-9๐-๙ \-]{8,15}[0-9๐-๙])"
)


def name_before_phone(subject: str) -> str | None:
    """The titled name a phone number follows in a Subject line, or None."""
    for m in _NAME_BEFORE_PHONE.finditer(subject):
        if normalise_phone(m.group("p")) is not None:
            return " ".join(m.group("v").split())
    return None


# A letter that vouches for someone ("ข้าพเจ้า นายบุญมี ... ผู้ใหญ่บ้าน ขอรับรองว่า นายกำพล
# คำแก้ว เลขประจำตัวประชาชน ...", a headman's, an employer's or a condominium office's
# letter): the person vouched for is whom the request is about, not the writer after
# ข้าพเจ้า; the writer's own numbers sign the letter (see extractors.review).
# A rank's or a monk's title proves the name as a civil one does (set 72: an abbot certifies
# "ว่า พระ<name> ..." of his temple).
_VOUCHED = re.compile(rf"(?:ขอ)?รับรองว่า\s*(?P<v>{PERSONS_TITLE}\s*{_THAI_WORD}\s+{_THAI_WORD})")
VOUCHED_FOR = "the person a letter vouches for (รับรองว่า)"
# A headman's certificate of a death ("ขอรับรองว่า นาย... เลขประจำตัวประชาชน ... ได้ถึงแก่
# กรรมเมื่อ ...", set 69): the one vouched for is the dead, never whom the request is for.
_DIED = re.compile(r"ถึงแก่กรรม|ถึงแก่ความตาย|เสียชีวิต|(?<!ผู้)ตาย(?!ผู้)")
VOUCHED_CONFIDENCE = 0.65  # ahead of the writer after ข้าพเจ้า; still flagged as prose
# Whom a letter is about when its writer is another: the one vouched for, the one acted
# for, the villager a village officer asks help for (set 62), the tenant an owner's
# consent lets in (set 74).
ABOUT_ANOTHER = (VOUCHED_FOR, ACTING_FOR, HELPED_FOR, CONSENTED_FOR)
# What an owner's consent says after the tenant's name of a place is where she comes from
# ("... โดยย้ายมาจากบ้านเลขที่ ...", set 57): her home is the house he lets her into.
_WHERE_FROM = frozenset({"address", "postal_code", "province"})
# "ข้าพเจ้าขอยื่นคำร้อง ...": a verb after ข้าพเจ้า, not a name.
_NOT_A_NAME = re.compile(VERB_AFTER_I)
# "พวกข้าพเจ้าชาวบ้านบ้าน... หมู่ที่ 4" (we, the villagers of ...): a petition's signers
# speak as one, and the words after "we" or a people's word name the village or the
# group, never one person (set 71). A title written out is still a name.
_WE = "พวก"
_PEOPLES_WORD = re.compile(r"ชาว(?:บ้าน|ชุมชน|หมู่บ้าน|ตำบล)")
# A building's name said in passing ("อยู่หมู่บ้านเดียวกัน") is no address: one is only
# where a number and a part of an address follow.
_ADDRESS_PART = re.compile(
    r"(?:เลขที่|ห้อง|ชั้น|หมู่(?:ที่)?|ม\.)\s*[0-9๐-๙]"
    r"|(?:ซอย|ซ\.|ถนน|ถ\.|ตำบล|ต\.|แขวง)\s*[0-9๐-๙\u0e01-\u0e4e]"
)
_DIGIT = re.compile(r"[0-9๐-๙]")
# An apartment or a mansion named by its place, the word glued after the name
# ("ศรีราชาอพาร์ทเมนท์ ห้อง 506", set 54), its room's number after it.
_NAMED_BUILDING = (
    r"[\u0e01-\u0e4e]{2,24}(?:อพาร์ท?เม้?นท์|อพาร์ตเมนต์|แมนชั่น)(?=\s+(?:ห้อง|ชั้น|ตึก|อาคาร)?\s*[0-9๐-๙])"
)
# A village home said with the village first ("อยู่ บ้านคำน้ำแซบ เลขที่ 203 หมู่ 2 ...") or,
# with no house number, from its หมู่ ("อาศัยอยู่ที่ หมู่ที่ 14 บ้านนาห้วยแดง ...", set 55).
_TEMPLE = r"(?:สำนัก(?:สงฆ์|ชี))?วัด[\u0e01-\u0e4e]*\s*เลขที่"
_VILLAGE_FIRST = r"บ้าน[\u0e01-\u0e4e]+\s+(?:เลขที่|หมู่(?:ที่)?|ม\.)\s*[0-9๐-๙]"
_MOO_FIRST = r"(?:หมู่(?:ที่)?|ม\.)\s*[0-9๐-๙]"
# An address's own words after a number in it: the address goes on.
_ADDRESS_GOES_ON = words_pattern(
    HOUSE_WORDS,
    STREET_WORDS,
    SUBDISTRICT_WORDS,
    DISTRICT_WORDS,
    PLACE_WORDS,
    (PROVINCE_WORD,),
    abbreviated((*STREET_WORDS, *SUBDISTRICT_WORDS, *DISTRICT_WORDS, PROVINCE_WORD)),
)
# A body's caption for its place: not a school's, which a pupil's papers name too.
_BODY_WORD = rf"(?!โรงเรียน){BODY}(?:ชุมชน)?"
# Another thing's place: a shop's, a firm's, a plot's, a building's (a permit's places).
_BODY_WORD_OTHER = r"(?:ร้าน|กิจการ|สถาน|ที่ดิน|โรงงาน|อาคาร|บริษัท|ห้าง|โครงการ)"
# A body named before "ที่ตั้ง" alone on its line: the place is that body's.
_BODY_NAMED = re.compile(BODY)
_OFFICE_HEAD = re.compile(r"ที่ทำการ\s*(?:\(|[0-9๐-๙]|$)")  # "ที่ทำการ" naming no body
_ADDRESS = re.compile(
    # "บ้านอยู่ ..." ("my home is at"): how it is said in a chat. The address ends before
    # the province and its postal code, the official form's "รหัสไปรษณีย์" between them.
    # "อาศัยอยู่จริงที่" ("really lives at"): a certificate's words (set 55)
    # "อยู่ที่ใหม่ <number>", "ที่อยู่ใหม่ <number>": the new home of a move (set 99)
    r"(?:อยู่บ้านเลขที่|อาศัยอยู่บ้านเลขที่|ที่อยู่เลขที่|บ้านเลขที่|อาศัยอยู่(?:จริง)?ที่|อยู่ที่(?:ใหม่)?"
    # "ที่อยู่ปัจจุบัน <number>" in a sentence: where she lives now (set 105: "ขอให้ส่ง
    # หนังสือมาที่อยู่ปัจจุบัน 45 ถ. ...", a correction of the notice's old address)
    # and her own said as hers ("ที่อยู่ตามทะเบียนบ้านของดิฉัน 14/3 ม.1 ...", set 105: beside
    # her shop's place, "ร้านตั้งอยู่ที่ ...")
    r"|ที่อยู่(?:ปัจจุบัน|ใหม่|ตามทะเบียนบ้าน)?(?:ของ\s*(?:ข้าพเจ้า|ดิฉัน|กระผม|ผม|หนู))?"
    # the address of one named by his part ("ที่อยู่ผู้ให้เช่า 9/11 ...", set 80: a landlord
    # under his tenants' table): the writer's where he signs with that part, else no one's
    r"|ที่อยู่(?P<role>ผู้[\u0e01-\u0e4e]{2,20}?)"
    # the owner's by her part ("ที่อยู่เจ้าของ 7/1 ...", set 118: a manager who files for
    # the guesthouse's owner): hers where the writer files for the owner (owner_acted_for),
    # else not read here (a tenant's landlord's; an owner's own form line, its label's)
    r"|ที่อยู่(?P<owner>เจ้าของ[\u0e01-\u0e4e]{0,12}?)(?=\s*[0-9๐-๙])"
    # the condo unit the writer herself rents or lives in ("ดิฉันเป็นผู้เช่าห้องชุดเลขที่
    # 88/12 อาคาร B ...", set 122): her home, whoever owns it; "ผู้เช่าห้องชุดเลขที่ ..."
    # with no self-word before it is another's unit (a complaint's other party)
    r"|(?:ข้าพเจ้า|ดิฉัน|กระผม|ผม|หนู)\s*(?:เป็น|ได้)?\s*(?:ผู้)?(?:เช่า|พักอาศัยอยู่|อาศัยอยู่|อยู่)"
    r"\s*(?:ที่|ใน)?\s*ห้อง(?:ชุด)?\s*เลขที่"
    r"|บ้านอยู่(?:ที่)?"
    # the home of the kin the writer asks for, her house number straight after the kin
    # word ("บ้านแม่ 9 หมู่ 2 ...", "ที่อยู่ของพ่อ 14 ...", set 97: a son's mail for his
    # mother's repair, his own home above): said of her (said_of_subject) as her ID is
    # (the kin's own home, no one's, where the writer asks nothing for her: _FOR_KIN)
    rf"|(?:บ้าน|ที่อยู่(?:ของ)?)\s*(?P<kin>{KIN})(?=\s*[0-9๐-๙])"
    # the office of the group or cooperative that writes ("ด้วยสหกรณ์... สำนักงานตั้งอยู่
    # เลขที่ ...", set 66): where the one who asks is; a firm spoken of stays another's
    # (whose_phone.said_of_another)
    # or its office's number said straight after the word ("สำนักงานเลขที่ 99/9 ...", a
    # firm's letter for its own licence, set 70)
    r"|สำนักงาน(?:ใหญ่)?(?:ตั้งอยู่(?:ที่)?\s*(?:เลขที่)?|\s*เลขที่)"
    # where the body that writes stands, said after its name ("ด้วยคณะกรรมการอิสลามประจำ
    # มัสยิด... ตั้งอยู่เลขที่ ...", set 76): only after such an opening (_BODY_WRITES)
    r"|ตั้งอยู่(?:ที่)?\s*เลขที่"
    # the place of the body that asks under its caption, no colon ("ที่ตั้งวัด 7 ม.3 ...",
    # "ที่ตั้งชมรม ...", set 91): where a clerk reaches the one who signs for it (set 28);
    # "ที่ตั้ง" alone only after the body's name on its line (_BODY_NAMED)
    # a form's leader dots after it too ("ที่ตั้งองค์กร....56 ม.8 ...")
    rf"|ที่ตั้ง(?:{_BODY_WORD})?(?!{_BODY_WORD_OTHER})(?:\.{{2,}}|…+)?"
    # bare with a colon, as a body's table of its details gives it ("ที่ตั้ง : 17 ม.6 ...",
    # set 113): only under the body's name caption (_body_captioned_above)
    r"|ที่ตั้ง[ \t]*[:：]"
    # the office of the body that writes, in its letterhead or its chair's signature
    # ("ที่ทำการ 56 ม.2 ...", "ที่ทำการกลุ่ม (บ้านประธาน) 56 หมู่ 2 ...", set 103: a water-user
    # group's, its chair's house): where a clerk reaches the one who signs for it; bare,
    # only under the body's name (_OFFICE_HEAD). Whose house it is may be said without the
    # brackets ("ที่ทำการกลุ่ม บ้านประธาน 88/1 ...", "... ณ บ้านประธานกลุ่ม 31/2 ...", set
    # 126: a weaving group's chair in her Gmail): the same note, the same office.
    rf"|ที่ทำการ(?:{_BODY_WORD}[\u0e01-\u0e4e]{{0,40}})?\s*"
    rf"(?:\([^()\n]{{0,24}}\)|(?:ณ\s*)?บ้าน(?!เลขที่)[\u0e01-\u0e4e]{{2,24}})?\s*(?=[0-9๐-๙])"
    # the owner's home said without ที่ ("บ้านเจ้าของอยู่ 250/4 ...", set 62): another's
    # (whose_phone.said_of_another), its province and postal code with it
    r"|(?<=เจ้าของ)อยู่|(?<=เจ้าของบ้าน)อยู่"
    # where she asks the answer posted ("กรุณาส่งทางไปรษณีย์ถึง ...", "ส่งมาที่บ้าน ...") or
    # says her home is now ("ขอแจ้งเปลี่ยนที่อยู่ปัจจุบันเป็น ...", set 59)
    r"|ส่ง(?:ทาง)?(?:ไปรษณีย์)?(?:กลับ)?(?:มา|ไป)?(?:ให้)?(?:ที่|ถึง)\s*(?:บ้านเลขที่|บ้าน|เลขที่)?"
    r"|ที่อยู่(?:ปัจจุบัน)?(?:ใหม่)?\s*(?:เป็น|คือ)"
    # "อยู่หอพัก... ห้อง 304 เลขที่ 59/1": a building's name before the house number
    # or the kind of home first ("อยู่ห้องพักคนงานหลังร้าน เลขที่ ...": dwelling_kind, set 70)
    rf"|(?:อาศัย)?อยู่(?=\s*(?:{_BUILDING}|{_NAMED_BUILDING}|{_VILLAGE_FIRST}|{DWELLING_KIND}))"
    # where a monk, a novice or a nun resides (พำนัก, "really" at: จริง ณ), the temple's or
    # the nunnery's name before its number left out: a temple's house has its number as
    # any other (set 72: "พำนักอยู่ที่สำนักชีวัด... เลขที่ 55 ...", "พำนักอยู่จริง ณ 55 ...")
    rf"|อยู่(?:จริง)?\s*(?:ที่|ณ)\s*{_TEMPLE}|(?<=พำนัก)อยู่(?:จริง)?\s*ณ"
    # the temple's house in the register, where its monks and novices are ("มีชื่ออยู่ใน
    # ทะเบียนบ้านของวัด เลขที่ ...")
    rf"|(?<=ทะเบียนบ้าน)ของ{_TEMPLE}"
    # the house register's number said straight after its name, a หมู่, a road or a ตำบล
    # after the number ("ภูมิลำเนาตามทะเบียนบ้าน 201 หมู่ที่ 2 ...", "ทะเบียนบ้าน 45 ม.3
    # ...", set 79): "สำเนาทะเบียนบ้าน 2 ฉบับ" is a count, no address
    r"|ทะเบียนบ้าน(?=\s*[0-9๐-๙][0-9๐-๙/]*\s*(?:หมู่|ม\.|ซอย|ซ\.|ถนน|ถ\.|ตำบล|ต\.|แขวง))"
    # so too one's domicile so said ("ภูมิลำเนา 9 ม.7 ต.... อ....", a foundation's letter for
    # its member, set 102): "มีภูมิลำเนาอยู่จังหวัด..." names a province, no home
    r"|(?<!มี)ภูมิลำเนา(?=\s*[0-9๐-๙][0-9๐-๙/]*\s*(?:หมู่|ม\.|ซอย|ซ\.|ถนน|ถ\.|ตำบล|ต\.|แขวง))"
    # and "home" said alone before them ("บ้าน 112 หมู่ที่ 5 ตำบล...", a deaf writer's short
    # Thai in a relay's quote, set 102): "บ้าน 2 หลัง" is a count, no address
    r"|(?<![\u0e01-\u0e4e])บ้าน(?=\s*[0-9๐-๙][0-9๐-๙/]*\s*(?:หมู่|ม\.|ซอย|ซ\.|ถนน|ถ\.|ตำบล|ต\.|แขวง))"
    # where the writer says to reach her ("ระหว่างลาติดต่อดิฉันได้ที่ 61/3 ซ. ...", set 81):
    # her home, its parts said (a number said so is her phone)
    r"|(?<=ติดต่อ)(?:ข้าพเจ้า|ดิฉัน|ผม|กระผม|หนู)ได้ที่"
    # or where a petition says to reach the signers' representative ("ติดต่อผู้แทน 8 หมู่
    # ที่ 11 ตำบล... โทร ...", set 107): his home (whose: extractors.signers_rows)
    r"|(?<=ติดต่อ)(?:ผู้แทน|ตัวแทน|ผู้ประสานงาน)[\u0e01-\u0e4e]{0,12}?(?:ได้)?(?:ที่)?(?=\s*[0-9๐-๙])"
    # a personal letter's place of writing, top right ("เขียนที่ 77/5 ซ.... ต.... อ....",
    # set 100: a guide's home only there): his home where its areas are said (_WRITTEN_AT)
    r"|เขียนที่)"
    rf"\s*(?P<v>(?:[0-9๐-๙]|{_BUILDING}|{_NAMED_BUILDING}|{_VILLAGE_FIRST}|{_MOO_FIRST}"
    rf"|{DWELLING_KIND}).+?)"
    # or at its postal code after the province's name, a sentence going on after it ("...
    # เชียงใหม่ 50000 มีผู้ให้เช่าคือ ...", set 80: the landlord's home in brackets was read
    # on as the tenant's): no address part after it, no house number ("เลขที่ 10023")
    rf"(?:(?<=[\u0e01-\u0e4e.][ \t][1-9๑-๙][0-9๐-๙]{{4}})(?<!ที่[ \t][0-9๐-๙]{{5}})"
    rf"(?=[ \t\n]+(?!{_ADDRESS_GOES_ON})[\u0e01-\u0e4e])|"
    r"(?=\s*(?:(?:จังหวัด|จ\.)\s*[\u0e01-\u0e4e]+\s*(?:รหัสไปรษณีย์\s*)?[0-9๐-๙]{5}|"
    # a form's "หมายเลขโทรศัพท์" box after the province (แบบ ข.1's ข้าพเจ้า line, set 110)
    r"(?:หมาย)?เลข(?:หมาย)?\s*(?:โทร|มือถือ)|"
    r"โทร|เบอร์|มือถือ|อีเมล|e-?mail|เลขประจำตัว|เลขบัตร|มีความประสงค์|ประสงค์|"
    r"ขอ(?:ยื่น|ร้อง|แจ้ง|สำเนา|คัด|รับ|อนุญาต|ข้อมูล|นัด)|ซึ่ง|[,;]\s|\n\s*\n|$"
    # or at the next item of a numbered list ("3. นาง... บ้านเลขที่ 40" / "4. นาย... บ้าน
    # เลขที่ 52 โทร ...", a petition's signers, set 107): a row with no phone of its own
    # ran into the next row's name, house and phone
    r"|\n[ \t]*[0-9๐-๙]{1,3}[.)][ \t]+(?![0-9๐-๙])"
    # "(ที่อยู่ตามทะเบียนบ้าน ...)": another address in brackets after it (set 59), or
    # the phone in brackets ("บ้านเลขที่ 21 หมู่ 6 (โทร 08...)", set 98)
    r"|[(（]\s*(?:ที่อยู่|ทะเบียนบ้าน|ภูมิลำเนา|โทร|เบอร์|มือถือ)"
    # or another address said on the next line ("ร้านตั้งอยู่ที่ ...\nส่วนที่อยู่ตามทะเบียน
    # บ้านของผม ...", set 105): a line wrapped inside an address never opens so
    r"|\n\s*(?:ส่วน|และ)?\s*(?:ที่อยู่|ทะเบียนบ้าน|ภูมิลำเนา))))",
    re.IGNORECASE | re.DOTALL,
)
# A body's own name under its caption ("ชื่อวิสาหกิจชุมชน : ...", "ชื่อกลุ่ม : ...") on one
# of the few lines above a bare "ที่ตั้ง": a table of the body's details, the place its
# own (set 113: an enterprise's change of officers, its chair's and secretary's rows below).
_BODY_CAPTION = re.compile(
    rf"^[ \t]*ชื่อ\s*(?:ของ)?\s*(?!โรงเรียน){BODY}[\u0e01-\u0e4e]*\s*[:：]", re.M
)
_BODY_CAPTION_LINES = 3


def _body_captioned_above(
    text: str, opening: int, caption: re.Pattern[str] = _BODY_CAPTION
) -> bool:
    """Whether one of the few lines above the line starting at `opening` captions a body's
    own name (_BODY_CAPTION), or opens with it (_BODY_HEAD)."""
    start = opening
    for _ in range(_BODY_CAPTION_LINES):
        if start <= 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return caption.search(text, start, opening) is not None


# The openings of _ADDRESS whose value is a home only where its parts are said.
_SENT_OR_REACHED = ("ส่ง", "ข้าพเจ้า", "ดิฉัน", "ผม", "กระผม", "หนู")
# Where a letter is written is a home only as an address with its sub-district and its
# district said (an office's place is named, not numbered); read below an address said in
# the sentences (PROSE_CONFIDENCE), as he may write elsewhere: flagged for a clerk.
WRITTEN_AT = "place of writing (เขียนที่)"
# ... its house number's own words after it too ("เขียนที่ บ้านเลขที่ 101 ตำบล...", a power
# of attorney's head line, set 106): the opening "บ้านเลขที่" found within that line is no
# home said in a sentence.
_WRITTEN_AT_LINE = re.compile(r"[ \t]*เขียนที่\s*(?:ณ\s*)?(?:บ้าน)?(?:เลขที่)?\s*$")
_WRITTEN_AT_AREAS = (
    re.compile(r"(?:ตำบล|ต\.|แขวง)\s*[\u0e01-\u0e4e]"),
    re.compile(r"(?:อำเภอ|อ\.|เขต)\s*[\u0e01-\u0e4e]"),
)
# "เกิดวันที่ 2 เดือน กุมภาพันธ์ พ.ศ. 2530", "เกิดเมื่อ 1/2/2530": the sender's birth date.
# Not after another Thai word: "บุตรเกิดเมื่อ..." is a child's birth, "เกิดเหตุ" no birth.
# The label's own words in a line count too ("วันเกิด", "วันเดือนปีเกิด"), and a colon
# may follow ("เกิด : 3 ตุลาคม 2505"), or a dash as a phone's keyboard makes one ("เกิด —
# 6 มี.ค. 2524"), in a chat's bold ("*เกิด:* ..."). The date may be ISO, as a web form
# or an app writes it ("เกิด 1948-01-03").
_BORN = re.compile(
    # or right after the writer's "I" ("ดิฉันเกิดวันที่ ...", "ผมเกิด ...": their own)
    r"(?:(?<![\u0e01-\u0e4e])|(?<=วัน)|(?<=ปี)|(?<=ผม)|(?<=ดิฉัน)|(?<=ข้าพเจ้า)|(?<=หนู))เกิด(?:เมื่อ)?[*_]*\s*(?:(?:[:：]|[-–—](?=\s))[*_]*\s*)?"
    # the words said twice, as a speaker repeats them to voice typing, or typed without
    # their tone mark, as a phone's keyboard hides it behind a long press (set 78)
    r"(?:(?:วันที่?|วัน[\u0e01-\u0e4e]+ที่)\s*){0,2}"
    # the numeric shape first: "30.09.2542" would be read "30.09" by the worded one's dot;
    # a worded month may stand between dashes ("22-ธ.ค.-38")
    r"(?P<d>[0-9๐-๙]{1,2}(?:[/\-.][0-9๐-๙]{1,2}[/\-.]"
    # (each run of spaces has one way to be read: no two optional \s* side by side)
    r"|\s*(?:-\s*)?(?:เดือน\s*)?[\u0e01-\u0e4eA-Za-z.]+\s*(?:-\s*)?"
    r"(?:(?:พ\.ศ\.|ค\.ศ\.|พุทธศักราช|คริสต์ศักราช)\s*)?)[0-9๐-๙]{2,4}"
    r"|[0-9๐-๙]{4}-[0-9๐-๙]{1,2}-[0-9๐-๙]{1,2})(?![0-9๐-๙])"
)
# A birth date after the words a Thai abroad copies from the forms of the country he lives
# in: Japanese 生年月日, Chinese 出生日期, Korean 생년월일, English "date of birth" or "DOB"
# in a Thai sentence ("born on" is _BORN_EN's), the date as those forms write it
# ("2002/04/15", "2003年5月27日", "15 April 2002", set 79). The words before the date say
# it is his birth date.
_BORN_ABROAD = re.compile(
    r"(?:生年月日|出生日期|생년월일|\bdate\s+of\s+birth|\bD\.?O\.?B\b\.?)\s*[:：]?\s*"
    r"(?P<d>[0-9]{4}\s*(?:[/.\-]\s*[0-9]{1,2}\s*[/.\-]\s*[0-9]{1,2}|年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)"
    r"|[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{4}"
    r"|[0-9]{1,2}\s+[A-Za-z]{3,9}\.?,?\s+[0-9]{4}|[A-Za-z]{3,9}\.?\s+[0-9]{1,2},?\s+[0-9]{4})"
    r"(?![0-9])",
    re.IGNORECASE,
)
_BORN_ABROAD_WORDS = ("生年月日", "出生日期", "생년월일", "birth", "dob", "d.o.b")


# The day and the year said in words, as voice typing writes a dictated birth date
# ("เกิดวันที่สิบเก้า กรกฎาคม สองพันห้าร้อยสามสิบสาม"); the year may be in digits.
_BORN_WORDS = re.compile(
    rf"(?<![\u0e01-\u0e4e])เกิด(?:เมื่อ)?(?:วันที่)?\s*(?=[\u0e01-\u0e4e])(?P<d>{NUMBER_WORDS})"
    r"\s*(?:เดือน)?\s*(?P<m>[\u0e01-\u0e4e.]+?)\s*(?:พ\.ศ\.\s*)?"
    rf"(?P<y>(?=[\u0e01-\u0e4e]){NUMBER_WORDS}|[0-9๐-๙]{{4}})(?![\u0e01-\u0e4e0-9๐-๙])"
)


def _said_date(m: re.Match[str]) -> str | None:
    """The date a _BORN_WORDS match says, in digits, when it is one."""
    day = number_words_to_int(m.group("d"))
    year = m.group("y")
    year = year if year[0].isdigit() else str(number_words_to_int(year) or "")
    if day is None or not 1 <= day <= 31 or len(year) != 4:
        return None
    written = f"{day} {m.group('m')} {year}"
    return written if parse_date(written) is not None else None


# The same in English, as a Thai who writes in English puts it: "born on 30 November
# 1994" or "born on November 30, 1994" (a month name leaves no doubt which is the day),
# "My address is 99/12, Soi ..., Bangkok 10260."
# The address runs to the sentence's end (a full stop before a space) or the line's.
_BORN_EN = re.compile(
    # "03-Mar-1958", the month's short name between dashes, as passports and visas print it;
    # "DOB" or "date of birth" inside a line as well ("..., passport ..., DOB 10/29/1963");
    # an English day's ordinal ("15th March 1958", "March 2nd, 1961")
    r"(?<![A-Za-z])(?:born(?:\s+on)?|date\s+of\s+birth|D\.?O\.?B\.?)[ \t]*:?\s+"
    # or the Thai month and the Buddhist year in an English sentence ("born 8 กรกฎาคม 2518",
    # set 118: a foreign husband's letter for his Thai wife)
    r"(?P<d>(?:[0-9]{1,2}(?:(?:st|nd|rd|th)?\s+(?:of\s+)?(?:[A-Za-z]+\.?|[\u0e01-\u0e4e][\u0e01-\u0e4e.]*),?\s+|/[0-9]{1,2}/"
    r"|-[A-Za-z]{3,9}\.?-)"
    r"|[A-Za-z]+\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+)[0-9]{4})",
    re.IGNORECASE,
)
# A translator's (a machine translator's) "live at house number 56 Village No. 9, ...": the
# house's words before its number, an address word's own dot no sentence's end, and the
# address ends with its last piece (extractors.address_english), not the sentence's.
# An expat's home is often a condo's room: the address opens with the room's word and
# number ("residing at Room 1815, ..."), or follows the word for the home itself ("at my
# condominium, Unit 7C, ...", its comma proving the address comes next).
_ROOM_EN = r"(?:Room|Unit|Apartment|Apt\.?|Flat|Suite)\s+[A-Z]?[0-9]"
_ADDRESS_EN = re.compile(
    r"(?<![A-Za-z])(?:my (?:home |current |residential )?address is"
    r"|(?:live|lives|living|reside|resides|residing|resident|domiciled)\s+at"
    r"|(?:at|in)\s+my\s+(?:condominium|condo|house|home|apartment|flat|villa|room),"
    # a formal letter's "<name>, of <address>" (set 118: "my wife <her>, Thai ID ..., born
    # ..., of 7/1 ม.4 ต.... "): only a house number with its หมู่, road or ตำบล after it,
    # not a count ("2 of 4 rooms")
    r"|(?<=,)[ \t]*of(?=[ \t]+[0-9][0-9/]*[ \t]+(?:หมู่|ม\.|ซอย|ซ\.|ถนน|ถ\.|ตำบล|ต\.|แขวง"
    r"|moo\b|soi\b|village\b)))"
    rf"\s*:?\s*(?:{HOUSE_WORD}\s*)?(?P<v>(?:[0-9]|{_ROOM_EN})(?:{DOTTED_WORD}|[^\n])*?)"
    r"(?=\.(?:\s|$)|\n|$)",
    re.IGNORECASE,
)
# A typed letter printed to PDF breaks its lines where they fall, inside an address too
# ("... Room 507, The" / "Emerald Condo, ..."): where the sentence's address holds no
# postal code on its line, it runs on over single line breaks to the first postal code
# before the sentence's end (a line's end with none after it still ends it).
# A Thai abbreviation's dot ("ม.4", "ต.เชิงทะเล", set 118: a Thai address in an English
# letter) ends no sentence either: Thai writes no full stop.
_WRAPPED_TO_POSTAL = re.compile(
    rf"(?:{DOTTED_WORD}|[^\n.]|(?<=[\u0e01-\u0e4e])\.|\n(?![ \t]*\n)){{0,240}}?"
    r"(?<![0-9])[1-9][0-9]{4}(?![0-9])"
)
_POSTAL_CODE_EN = re.compile(r"(?<![0-9])[1-9][0-9]{4}(?![0-9])")
# Bangkok is no จังหวัด: an address there ends "กรุงเทพมหานคร 10310", "กรุงเทพฯ 10310".
# Only with the postal code after it: "ไปกรุงเทพมหานคร" alone is a place, not an address.
_BANGKOK = re.compile(r"(กรุงเทพมหานคร|กรุงเทพฯ|กทม\.?)\s*([1๑][0-9๐-๙]{4})(?![0-9๐-๙])")
# "somchai[at]gmail.com", "somchai (at) gmail.com": written so against harvesters; the
# brackets leave no doubt, a bare "at" in a sentence would.
_EMAIL_AT = re.compile(
    r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)\s?[\[(]\s?at\s?[\])]\s?"
    r"([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)",
    re.IGNORECASE,
)
# The postal code after it, maybe with its label: รหัสไปรษณีย์, ปณ. or รหัส ปณ. (the post
# office's abbreviation, as written on an envelope); in Thai digits as often as not in a
# letter typed the official way (the value's cleaning makes them 0-9).
_PROVINCE = re.compile(
    rf"(?:จังหวัด|จ\.)\s*({_THAI_WORD})(?:\s*(?:(?:รหัสไปรษณีย์|รหัส\s*ปณ\.?|ปณ\.?|ไปรษณีย์)\s*)?"
    r"([1-9๑-๙][0-9๐-๙]{4})(?![0-9๐-๙]))?"
)


SAID_PHONE = "phone number after โทร/เบอร์"
OLD_PHONE = "phone number said to be old"
# "ติดต่อกลับได้ที่ 08...", "โทรกลับได้ที่ 08..." (set 58): where to call the sender back
# is the sender's own number, ahead of the numbers a complaint cites ("เจ้าหน้าที่เบอร์
# 02-...", the office's). So is the number to reach the one who asks ("ติดต่อผู้ร้อง
# เรียนได้ที่ 08...", "ติดต่อข้าพเจ้าได้ที่"), after a complaint has named the others'
# (the man complained of, the witnesses).
# A headman's letter for a villager names her by the harm she suffered: "ติดต่อผู้เสียหาย
# ได้ที่หมายเลข 08..." is hers, not the number under his signed closing (set 66).
_ASKER = r"ผู้ร้อง(?:เรียน|ทุกข์)?|ผู้ขอ|ผู้ยื่น(?:คำร้อง|คำขอ)?|ผู้เสียหาย|ข้าพเจ้า|ผม|ดิฉัน|หนู"
# The kind of line may follow ("ติดต่อดิฉันได้ที่มือถือ 08...", set 62), or the word for
# a number, "this number" as a chat says it ("ติดต่อกลับเบอร์นี้ 08...", set 93: a LINE
# chat forwarded as text, a truck driver's number said turns above).
_CALL_BACK = re.compile(
    rf"(?:ติดต่อ(?:กลับ(?:มา)?|(?:{_ASKER}))|โทรกลับ(?:มา)?)(?:ได้)?(?:ที่)?"
    r"(?:(?:เบอร์(?:โทร)?|หมายเลข)\s?(?:นี้)?)?(?:มือถือ|โทรศัพท์(?:มือถือ)?)?\s*[:：]?\s*$"
)
CALL_BACK = "phone number to call back"
CALL_BACK_CONFIDENCE = 0.7
# The box on the line the writer says to reach her at ("ติดต่อดิฉันได้ที่ 08... อีเมล ...",
# set 74): hers, ahead of a box a letter gives beside another's name (a teacher's above).
_REACH_ME = re.compile(rf"ติดต่อ(?:กลับ(?:มา)?|(?:{_ASKER}))")
CALL_BACK_EMAIL = "e-mail on the line to reach the writer"
# How an office gives its own number, in the chat or the post a citizen copies in: for
# enquiries ("สอบถามเพิ่มเติมโทร 043-...", "ติดต่อสอบถาม ...") or in office hours ("...
# ในเวลาราชการ"). A citizen's own number is not said so; kept as a rival, never chosen
# over one that is not.
_ENQUIRIES_BEFORE = re.compile(
    r"สอบถาม(?:ข้อมูล)?(?:เพิ่มเติม)?(?:ได้)?(?:ที่)?\s*(?:โทร(?:ศัพท์)?\.?|เบอร์)?\s*[:：]?\s*$"
)
_OFFICE_HOURS_AFTER = re.compile(r"\s*\(?\s*(?:ในวันและ|ใน)?เวลาราชการ")
OFFICE_PHONE = "phone number an office gives for enquiries"
# A number said of another person the letter names (extractors.whose_phone): kept as a
# rival, never chosen over one that is not.
ANOTHERS_PHONE = "phone number said of another person"
# A numbered list names several people (a household's members, the neighbours a complaint
# speaks for): which of them asks is a guess, behind a name the mail gives otherwise.
LISTED_NAME = "titled name in a numbered list"
# An address the writer says she has left ("เดิมอยู่บ้านเลขที่...", "จากเดิมที่อยู่...",
# "เคยอยู่..."), told as a change of address does, beside where she lives now: the new one
# is the case's; the old one is kept, below it, for a mail that gives no other.
_FORMER_BEFORE = re.compile(r"(?:เดิม|เก่า|เคย|แต่ก่อน|ก่อนหน้านี้)\s*$")
# Or a clause opened by เดิม that runs, unbroken by a space, to the address's opener
# ("เดิมมีภูมิลำเนาและรับเบี้ยยังชีพอยู่ที่ ...", "แต่เดิมข้าพเจ้าพักอาศัยอยู่ที่ ...", a move-in
# letter's home left, set 86); not "...ตามเดิม", where the old is kept.
_FORMER_CLAUSE = re.compile(r"(?:^|\s)(?:แต่)?เดิม(?:ที)?\S{0,60}$")
FORMER_CLAUSE_CHARS = 70
FORMER_ADDRESS = "address the writer has left (เดิม)"
# A move told as come here, from the old home ("ได้ย้ายทะเบียนบ้านจากบ้านเลขที่ <old> มาอยู่
# ที่ใหม่ <new>", "ย้ายมาจากบ้านเลขที่ <old>", set 99): the house moved FROM is left. Only
# where the move comes here (มา before จาก, or after the old home's tail): a move out
# still to go ("ย้ายออกจาก <home> ไปอยู่ที่ ...", set 57) leaves her in it until she goes.
_MOVED_FROM = re.compile(r"ย้าย(?P<how>\S{0,20}?)จาก\s*$")
_COME_HERE = re.compile(r"\s*(?:และ)?\s*(?:ได้)?\s*(?:ย้าย)?(?:เข้า)?มา(?:อยู่|อาศัย|พัก)")
MOVED_FROM_CHARS = 32
# "ปัจจุบันพักอาศัยอยู่ที่ ..." after the registered home (set 54's letters): where she lives
# now, which extractors.current_address ranks over the registered one (its label says so).
_NOW_BEFORE = re.compile(r"ปัจจุบัน(?:นี้)?\s*(?:ได้)?\s*(?:พัก)?(?:อาศัย)?\s*$")
CURRENT_ADDRESS = "address the writer lives at now (ปัจจุบัน)"
# "มีชื่ออยู่ในทะเบียนบ้านเลขที่ ...": the house register's, ranked below a current one.
_REGISTER_BEFORE = re.compile(r"ทะเบียน(?:บ้าน)?\s*$")
REGISTERED_ADDRESS = "address in the house register (ทะเบียนบ้าน)"
REGISTERED_PROVINCE = "province of the address in the house register (ทะเบียนบ้าน)"
REGISTERED_POSTAL = "postal code of the address in the house register (ทะเบียนบ้าน)"
FORMER_PROVINCE = "province of an address the writer has left"
FORMER_POSTAL = "postal code of an address the writer has left"
# An address the text says is another person's ("(บ้านเจ้าของอยู่ที่ ...)", the owner's of
# the room she rents; a company's under its name in a signature: extractors.whose_phone):
# kept as a rival, as another's phone is, with its province and postal code.
ANOTHERS_ADDRESS = "address said of another person"
# Where a thing stands ("ร้าน... ตั้งอยู่ที่ ...", "ที่ดินตั้งอยู่ที่ ...": a shop, a plot, a
# building, set 56), not where a person lives: kept as another's is, below her home.
_STANDS_BEFORE = re.compile(r"ตั้ง\s*$")
# The writer asks for her kin ("ขอยื่นเรื่องแทนพ่อ", "ขอความช่วยเหลือให้แม่"): the kin's home
# he gives is the case's; where he asks nothing for her ("ขอแจ้งไฟดับ ... บ้านแม่ 14 ...",
# sets 31/32) it is no one's the case needs, read as no address.
_FOR_KIN = re.compile(rf"(?:แทน|ให้|เพื่อ)\s*(?:{KIN})")
# An ID said after a name ("เลขประจำตัวประชาชน 3-1234-...", "เลขบัตรประชาชน ...").
_ID_SAID = r"เลข(?:ประจำตัว|บัตร)(?:ประจำตัว)?ประชาชน\s*(?:[0-9๐-๙][\s0-9๐-๙-]{11,20})"
# A letter opening with the body that writes ("ด้วยคณะกรรมการ...", "ด้วยกลุ่ม...",
# "ด้วยมัสยิด..."): "ตั้งอยู่เลขที่" on its line says where that body, the one who asks,
# stands, as a cooperative's "สำนักงานตั้งอยู่เลขที่" does. Elsewhere it is a shop's or a
# plot's place, read as none.
_BODY_WRITES = re.compile(
    r"ด้วย\s*(?:คณะกรรมการ|กลุ่ม|สหกรณ์|ชมรม|สมาคม|มูลนิธิ|มัสยิด|วิสาหกิจ)"
    # or the school the writer teaches at or heads, named after her post ("ดิฉัน ... ครู
    # ประจำชั้น ป.5 โรงเรียน... ตั้งอยู่เลขที่ ...", set 84): where she asks from
    r"|(?:ข้าพเจ้า|ดิฉัน|กระผม|ผม)[^\n]{0,60}?(?:ครู|อาจารย์|ผู้อำนวยการ)[^\n]{0,30}?โรงเรียน"
    # or the condominium's or estate's juristic person the writer manages or chairs, or
    # that writes itself ("ข้าพเจ้า ... ผู้จัดการนิติบุคคลอาคารชุด... ตั้งอยู่เลขที่ ...",
    # set 127): where a clerk reaches the one who signs for it (set 28)
    # (her name and ID between, nothing else: "ได้แจ้งผู้จัดการ..." names another's office)
    rf"|(?:ข้าพเจ้า|ดิฉัน|กระผม|ผม)\s*(?:{TITLED_NAME})?\s*(?:{_ID_SAID})?\s*(?:ตำแหน่ง\s*)?"
    rf"{JURISTIC_HEAD}[^\n]{{0,10}}?{JURISTIC_BODY}"
    rf"|ด้วย\s*{JURISTIC_BODY}"
)
# So too a firm's letter whose line opens with its name and asks after its place ("บริษัท
# ... จำกัด (ใบอนุญาต...) ตั้งอยู่เลขที่ <place> ขอแจ้ง...", set 118: a hotel's notice of its
# guests): the firm asks, its place is its office. A firm whose place is said before
# anything else (a complaint's "บริษัท... ตั้งอยู่เลขที่ ... ปล่อยฝุ่น") asks nothing.
_FIRM_OPENS = re.compile(rf"[ \t]*(?:ด้วย\s*)?{FIRM}")
_ASKS_AFTER = re.compile(r"\s*(?:จึง)?(?:ใคร่)?ขอ")
# A body's letterhead: its name opening one of the few lines above a bare "ที่ตั้ง" (its
# code between, "รหัสทะเบียน ..."), set 118: an enterprise's letter.
_BODY_HEAD = re.compile(rf"^[ \t]*(?!โรงเรียน){BODY}[^\n]{{0,80}}$", re.M)
# A house a place is named by ("ต้นไม้ล้มขวางถนน หน้าบ้านเลขที่ 52 ...": in front of,
# beside, behind, opposite, near it, set 67): where a hazard lies, no one's home; kept as
# another's is, below the writer's own. Only a number run on into the sentence: with its
# road and areas ("ทำรั้วหน้าบ้านเลขที่ 61 ถ... ต... อ...") it is a home (set 51).
_LANDMARK_BEFORE = re.compile(r"(?:หน้า|ข้าง|หลัง|ตรงข้าม|ใกล้|ติด|แถว)\s*$")
ANOTHERS_PROVINCE = "province of an address said of another person"
ANOTHERS_POSTAL = "postal code of an address said of another person"
# Where a move out goes ("ย้ายออกจากบ้านเลขที่ <hers> ไปอยู่ที่ <the flat>", set 57): she
# lives in the house she leaves until she moves; the destination kept as another's is.
_GOING_BEFORE = re.compile(r"ไป\s*$")
# A house the writer owns and lets ("เป็นเจ้าของบ้านเลขที่ <house> ... ซึ่งให้ นาย<tenant>
# เช่าพักอาศัย", set 103: a landlord's letter on the drain in front of it, his own home in
# the block above): the tenant's home, not his; kept as another's is.
_OWNER_BEFORE = re.compile(r"เจ้าของ\s*$")
_LET_AFTER = re.compile(r"(?:ให้|ผู้)(?:(?!\n\s*\n)[\s\S]){0,40}?เช่า")  # a wrapped line too
LET_CHARS = 90
# ... or one the clause right after it says she lets, no เจ้าของ before it ("ส่วนบ้านเลขที่
# <house> ซึ่งข้าพเจ้าให้เช่า", "... ที่ดิฉันปล่อยให้เช่า", set 117: an owner's letter on her
# main house's tax, her home in the block above): "which I let" says it of her own house.
_LET_CLAUSE = re.compile(
    r"(?:^|(?<=\s))(?:ซึ่ง|ที่)\s*(?:ข้าพเจ้า|ดิฉัน|กระผม|ผม)?\s*(?:ได้)?\s*(?:ปล่อย)?ให้[^\n]{0,30}?เช่า"
)
LET_CLAUSE_CHARS = 12
_MOVING_OUT = re.compile(r"ย้ายออก|ออกจาก")
# A province the writer goes to, named alone right after her address ("... 80160 จะย้าย
# ไปรับราชการที่จังหวัดตรัง", set 60): where she will work, not where she lives. Only
# "ไป" (away); "ย้ายมา" brings her here, and an address after "ไปอยู่ที่" is read as one.
_GOING_TO = re.compile(r"ไป(?:รับราชการ|ทำงาน|อยู่|ศึกษา|เรียน|ประจำ)?\s*(?:ที่|ยัง)\s*$")
GOING_TO_PROVINCE = "province the writer is going to (ย้ายไป)"
# ... or the province of a school, an office, a hospital named as where one goes ("ขอย้าย
# บุตรไปเรียนที่โรงเรียน<new> จังหวัด<its>", a parent's transfer letter, set 115): the new
# school's, never the home the pupil leaves.
_GOING_TO_PLACE = re.compile(
    rf"ไป(?:รับราชการ|ทำงาน|อยู่|ศึกษา|เรียน|ประจำ)?\s*(?:ที่|ยัง)\s*"
    rf"(?:{ACADEMIC_OFFICE}|{HEALTH_UNIT}|บริษัท)[^\n\d]{{1,50}}?\s*$"
)
GOING_TO_PLACE_CHARS = 90
IN_ADDRESS = "province in address"
POSTAL_IN_ADDRESS = "postal code in address"
# A province and its postal code said where no address was read ("ป้ายหน้าตลาด ... เขต
# ห้วยขวาง กรุงเทพฯ 10310", the place a complaint is about) when one was: behind those the
# applicant's address read ends with, her own as a clerk reads them (set 52).
PROVINCE_ELSEWHERE = "province said in the text"
# The province an office is named after (extractors.office_province): behind any other.
OFFICE_NAME_PROVINCE = "province in an office's name"
OFFICE_NAME_CONFIDENCE = 0.4
POSTAL_ELSEWHERE = "postal code said in the text"
# A province already read as no one's home (a place gone to, an office's name): said
# after the name of the one a letter is for, it is still no part of her home ("ขอย้าย
# บุตรไปเรียนที่โรงเรียน... จังหวัด...", the new school's, set 115).
_PLACES_NOT_HERS = frozenset({GOING_TO_PROVINCE, OFFICE_NAME_PROVINCE})
ELSEWHERE_CONFIDENCE = 0.55
_CONFIDENCE = {
    FORMER_ADDRESS: OLD_PHONE_CONFIDENCE,
    FORMER_PROVINCE: OLD_PHONE_CONFIDENCE,
    FORMER_POSTAL: OLD_PHONE_CONFIDENCE,
    LISTED_NAME: OLD_PHONE_CONFIDENCE,
    CALL_BACK: CALL_BACK_CONFIDENCE,
    CALL_BACK_EMAIL: CALL_BACK_CONFIDENCE,
    SAID_PHONE: SAID_PHONE_CONFIDENCE,
    OLD_PHONE: OLD_PHONE_CONFIDENCE,
    OFFICE_PHONE: OLD_PHONE_CONFIDENCE,
    ANOTHERS_PHONE: OLD_PHONE_CONFIDENCE,
    ANOTHERS_ROLE_LINE: OLD_PHONE_CONFIDENCE,
    ANOTHERS_ADDRESS: OLD_PHONE_CONFIDENCE,
    WRITTEN_AT: OLD_PHONE_CONFIDENCE,
    SIGNED_IN_LATIN: OLD_PHONE_CONFIDENCE,
    APPOINTED: APPOINTED_CONFIDENCE,
    REGISTERED_PROVINCE: OLD_PHONE_CONFIDENCE,
    REGISTERED_POSTAL: OLD_PHONE_CONFIDENCE,
    ANOTHERS_PROVINCE: OLD_PHONE_CONFIDENCE,
    GOING_TO_PROVINCE: OLD_PHONE_CONFIDENCE,
    ANOTHERS_POSTAL: OLD_PHONE_CONFIDENCE,
    PROVINCE_ELSEWHERE: ELSEWHERE_CONFIDENCE,
    OFFICE_NAME_PROVINCE: OFFICE_NAME_CONFIDENCE,
    POSTAL_ELSEWHERE: ELSEWHERE_CONFIDENCE,
    VOUCHED_FOR: VOUCHED_CONFIDENCE,
    ACTING_FOR: VOUCHED_CONFIDENCE,
    HELPED_FOR: VOUCHED_CONFIDENCE,
    CONSENTED_FOR: VOUCHED_CONFIDENCE,
    DATE_PIECE: OLD_PHONE_CONFIDENCE,
    DATE_LINE: OLD_PHONE_CONFIDENCE,
    CLOSING_NAME: SIGNATURE_CONFIDENCE,  # a last resort: two words alone may be no name
}


# A number written with dashes that the sender's program wrapped after a dash ("เลข
# ประจำตัวประชาชน 3-\n3004-00112-59-2", a paragraph wrapped at 70 columns) goes on on
# the next line: its rest is moved up, the line break kept after it (so lines still count).
_CUT_NUMBER = re.compile(r"(?<=[0-9๐-๙]-)\n([0-9๐-๙][0-9๐-๙-]*)")


class ProseExtractor:
    """Text (or HTML turned into text) in, typed entities from sentences out."""

    name = "prose"

    def __init__(self, kind: ProvenanceKind = "body_text") -> None:
        self.kind: ProvenanceKind = kind

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        text = decode_text_bytes(content) if isinstance(content, bytes) else content
        text = text_to_read(drop_invisible(text))
        mail = split_mail(text, lambda line: parse_label_line(line, labels) is not None)
        result = self._read(mail, part)
        if mail.earlier is not None:  # her own earlier mail, quoted: less sure than the new
            earlier = self._read(mail.earlier, part).candidates
            result.candidates = with_earlier(result.candidates, earlier)
        return result

    def _read(self, mail: MailText, part: str) -> ExtractionResult:
        """The entities of the mail's own lines (and of its signature)."""
        # a mobile a hard wrap cut ("โทร 086 337" / "5120"), joined back on its line
        own = "\n".join(line for _, line in mobile_wraps_mended(mail.own))[:MAX_CHARS]
        # numbers, signs and e-mails dictated as words (voice typing) read as typed: lines
        # are kept, and what was read so is less sure (extractors.spoken)
        own, spoken = written(own)
        if "-\n" in own:  # every _CUT_NUMBER match: its lookbehind's dash, the line end
            own = _CUT_NUMBER.sub(r"\1\n", own)
        starts = _line_starts([n for n, _ in mail.own])
        candidates = []
        for key, value, offset, label in find_entities(own):
            said = _within(spoken, offset)
            provenance = Provenance(
                part=part,
                kind=self.kind,
                line=starts(own, offset),
                label=label,
                method="prose",
                flags=[SPOKEN] if said else [],
            )
            confidence = _CONFIDENCE.get(label, PROSE_CONFIDENCE)
            if said:
                confidence = min(confidence, SPOKEN_CONFIDENCE)
            candidates.append(
                FieldCandidate(key=key, value=value, provenance=provenance, confidence=confidence)
            )
        letter = forwarded_paragraph(mail.own)
        if letter is not None:
            # a letter forwarding a villager's request: only its paragraph on the villager
            # is theirs, the head, the foot and the signature are the office's
            provenance = Provenance(
                part=part, kind=self.kind, line=letter.first, label=FORWARDED_FOR, method="prose"
            )
            name = clean_value("name", letter.name)
            named = FieldCandidate(
                key="full_name", value=name, provenance=provenance, confidence=VOUCHED_CONFIDENCE
            )
            return ExtractionResult(candidates=[named, *in_paragraph(candidates, letter)])
        signed = self._signed(mail.signature, part)
        if _only_anothers_phone(candidates) and any(c.key == "phone" for c in signed):
            candidates = [_behind_signature(c) for c in candidates]
        # a table of people (staff, members) over the signature of one none of them is:
        # the rows are others' (extractors.listed_table_rows, set 112)
        candidates = listed_rows_behind_signer(candidates, mail.own, signed)
        return ExtractionResult(candidates=candidates + signed)

    def _signed(self, signature: list[tuple[int, str]], part: str) -> list[FieldCandidate]:
        """The entities of the signature under "-- ", each as a last resort."""
        text = "\n".join(line.replace("|", "\n") for _, line in signature)[:MAX_CHARS]
        if not text.strip():
            return []
        starts = _line_starts([n for n, line in signature for _ in range(line.count("|") + 1)])
        return [
            FieldCandidate(
                key=key,
                value=value,
                provenance=Provenance(
                    part=part,
                    kind=self.kind,
                    line=starts(text, offset),
                    label=f"{label} ({SIGNATURE})",
                    method="prose",
                ),
                confidence=SIGNATURE_CONFIDENCE,
            )
            for key, value, offset, label in [*_signature_names(text), *find_entities(text)]
            # a mobile is a person's own; a landline in a signature is mostly an office's
            if key != "phone" or is_mobile(value)
        ]


def _only_anothers_phone(candidates: list[FieldCandidate]) -> bool:
    """Whether every phone the sentences give is said of another person."""
    phones = [c for c in candidates if c.key == "phone"]
    return bool(phones) and all(c.provenance.label == ANOTHERS_PHONE for c in phones)


def _behind_signature(candidate: FieldCandidate) -> FieldCandidate:
    """A number the sentences say is another's (the foreman the writer rang, set 62) set
    behind the mobile her signature gives, where the sentences give no number of hers:
    another's is "never chosen over one that is not", and a signature's mobile, a last
    resort, is hers. The signature's value is chosen flagged (SIGNATURE_CONFIDENCE)."""
    if candidate.key != "phone" or candidate.provenance.label != ANOTHERS_PHONE:
        return candidate
    return candidate.model_copy(update={"confidence": BEHIND_SIGNATURE_CONFIDENCE})


def _signature_names(text: str) -> Iterator[tuple[str, str, int, str]]:
    """A line of a signature that is only a titled name (its rank or degree before it)."""
    for m in _SIGNATURE_NAME.finditer(text):
        name = clean_value("name", " ".join(m.group("l").split()))
        if name:
            yield "full_name", name, m.start("l"), "titled name alone on a line"


def _line_starts(numbers: list[int]) -> Callable[[str, int], int | None]:
    """Offset in the joined text -> the line number in the original body."""

    def line_of(text: str, offset: int) -> int | None:
        index = text.count("\n", 0, offset)
        return numbers[index] if index < len(numbers) else None

    return line_of


def find_entities(text: str) -> Iterator[tuple[str, str, int, str]]:
    """(field key, value as written, offset, what found it) for each entity in `text`;
    none of a paragraph in which another person certifies the writer's request
    (extractors.vouching: his name and numbers), but whom he vouches for if he names her."""
    vouching = vouching_spans(text) if "รับรอง" in text else []
    appointed = _appointed_spans(text) if "มอบ" in text else []
    dead = _deceased_spans(text) if "ผู้" in text else []
    kept = [
        e
        for e in _entities(text)
        if (e[3] == VOUCHED_FOR or not _within(vouching, e[2]))
        and not (e[0] in _HIS and _within(dead, e[2]))
    ]
    if others := anothers_role_lines(text):  # "มารดา <her> <her ID>" above the informant
        # the one an owner's consent lets in is whom it is for, under his heading too
        kept = [
            _as_anothers(e) if _within(others, e[2]) and e[3] != CONSENTED_FOR else e for e in kept
        ]
    # "คือ นาย<nephew> เลขประจำตัวประชาชน ...", and a case's victim or suspect so named
    # "ของสามี เลขบัตร <his>" beside "ของดิฉัน เลขบัตร <hers>" (kins_clause, set 124); not
    # in a letter about that kin (acted or vouched for): there her ID is the one asked for
    ids = {e[2] for e in kept if e[0] == "national_id"}
    about_kin = any(e[3] in ABOUT_ANOTHER for e in kept)
    kins = kins_ids(text, ids) if "ของ" in text and not about_kin else set()
    if theirs := _anothers_ids(text, kept) | _case_parties_ids(text, kept) | kins:
        born = _born_after(text, kept, theirs)  # "... <his ID> เกิดวันที่ ...": his birth
        # and the titled name said right before his ID (set 81: "ขอเบิกค่ารักษาพยาบาลของ
        # คู่สมรส นาย<him> เลขประจำตัวประชาชน <his>"): his name, not the writer's
        named = _names_before(text, theirs)
        kept = [
            _as_anothers(e)
            if (e[0] == "national_id" and e[2] in theirs)
            or e[2] in born
            or (e[0] == "full_name" and e[3] == NAME_BEFORE_ID and e[2] in named)
            else e
            for e in kept
        ]
    # her ID, phone and home said after the name of the one vouched or acted for are hers
    for before, entity in zip(kept, said_of_subject(text, kept, ABOUT_ANOTHER), strict=True):
        key, value, start, how = entity
        if how == CONSENTED_FOR and key in _WHERE_FROM:
            entity = before  # a tenant's home is the owner's house, not where she comes from
        if before[3] in _PLACES_NOT_HERS:
            entity = before  # the new school's province after a pupil's name (set 115)
        if key == "full_name" and "(" in text:  # "นายอ่อง โก โก (Mr. Aung Ko Ko)": 3 words
            entity = key, with_romanised_words(text, start, value), start, how
        yield (key, entity[1], start, APPOINTED) if _within(appointed, start) else entity


def _certifies_a_death(text: str, end: int) -> bool:
    """Whether the sentence after the vouched name ending at `end` says he died: up to
    the next titled name or the line's end."""
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    after = _TITLED_IN_TEXT.search(text, end, stop)
    return _DIED.search(text, end, after.start() if after else stop) is not None


def _as_anothers(entity: tuple[str, str, int, str]) -> tuple[str, str, int, str]:
    """A name, ID or birth date on a line of another person's standing, labelled so."""
    key, value, start, _ = entity
    if key in ("full_name", "national_id", "birth_date"):
        return key, value, start, ANOTHERS_ROLE_LINE
    return entity


# The writer naming herself, her titled name right after her "I" ("ดิฉัน นางพร... เจ้าบ้าน")
_WRITER_TITLED = re.compile(
    rf"(?:ข้าพเจ้า|{'|'.join(_I_TH)})[ \t]*(?P<v>{CIVIL_TITLE}[ \t]*{_THAI_WORD}[ \t]+{_THAI_WORD})"
)


def _writers_own_names(text: str) -> set[str]:
    """The titled names the writer gives as hers, right after her "I"."""
    return {" ".join(m.group("v").split()) for m in _WRITER_TITLED.finditer(text)}


def _unwrapped(text: str) -> str:
    """`text` with a paragraph's wrapped lines joined, offsets kept: a letter's paragraph
    wraps where its width ends, between a name, the ID's words and the ID (set 69:
    "เป็นภริยาของ นาย<him>" / "เลขประจำตัวประชาชน <his>"), so a line break alone reads as
    the space it stands for; a blank line still parts two paragraphs."""
    joined = _PARAGRAPH_BREAK.sub(lambda m: m.group(0).replace("\n", "\r"), text)
    return joined.replace("\n", " ").replace("\r", "\n")


def _anothers_ids(text: str, entities: list[tuple[str, str, int, str]]) -> set[int]:
    """Offsets of the IDs said right after the titled name of another than the writer
    who names herself ("ดิฉัน <her> ... คือ <nephew> เลขประจำตัวประชาชน <his>", a เจ้าบ้าน
    notifying a move in, set 57), when another ID is given too (hers, under her name):
    his, not hers. A child's ID too, wherever the writer names herself (_childs_ids).
    None where the letter is about another (vouched, acted for)."""
    own = _writers_own_names(text)
    if any(label in ABOUT_ANOTHER for *_, label in entities):
        return set()
    ids = {start for key, _, start, _ in entities if key == "national_id"}
    children = len(ids) > 1 and ("ด." in text or "เด็ก" in text)
    theirs = _childs_ids(text, ids, own) if children else set()
    if not own:
        return theirs if ids - theirs else set()
    unwrapped = _unwrapped(text)
    for m in _NAME_AGED_BEFORE_ID.finditer(unwrapped) if len(ids) > 1 else ():
        name = " ".join(m.group("v").split())
        if name not in own and m.start("id") in ids:
            theirs.add(m.start("id"))
    return theirs if ids - theirs else set()


# A case's other people by their part, said right after the ID ("<her ID> อายุ 52 ปี
# ผู้เสียหาย") or right before the name ("ผู้ต้องสงสัยคือ นาย<him>"), set 83: an officer's
# letter about a case. So is a neighbour by his, right before his name ("เจ้าของที่ดิน
# ด้านทิศใต้คือ นาย<him> เลขบัตร <his>", set 110: the consent a permit needs, reported in
# the owner's mail above her own lines).
_PARTY_AFTER_ID = re.compile(rf"[^\n]{{0,24}}?{CASE_PARTY}")
_PARTY_BEFORE_NAME = re.compile(rf"(?:{CASE_PARTY}|{NEIGHBOUR})\s*(?:คือ|ได้แก่|ชื่อ)?\s*$")
_PARTY_WORDS = re.compile(rf"{CASE_PARTY}|{NEIGHBOUR}")
_BEFORE_NAME_CHARS = 48  # a neighbour's part is long: "เจ้าของที่ดินแปลงด้านทิศตะวันออกคือ"


def _case_parties_ids(text: str, entities: list[tuple[str, str, int, str]]) -> set[int]:
    """Offsets of the IDs said with the titled name of a case's victim or suspect
    (`_PARTY_AFTER_ID`, `_PARTY_BEFORE_NAME`) who is not the writer naming herself."""
    if not _PARTY_WORDS.search(text):
        return set()
    own = _writers_own_names(text)
    ids = {start for key, _, start, _ in entities if key == "national_id"}
    unwrapped = _unwrapped(text)
    theirs = set()
    for m in _NAME_BEFORE_ID.finditer(unwrapped):
        if m.start("id") not in ids or " ".join(m.group("v").split()) in own:
            continue
        before = unwrapped[max(0, m.start("v") - _BEFORE_NAME_CHARS) : m.start("v")]
        if _PARTY_AFTER_ID.match(unwrapped, m.end()) or _PARTY_BEFORE_NAME.search(before):
            theirs.add(m.start("id"))
    return theirs


def _names_before(text: str, ids: set[int]) -> set[int]:
    """Offsets of the titled names said right before the IDs at `ids` (as _anothers_ids
    reads them, a paragraph's wrapped lines joined)."""
    return {
        m.start("v")
        for m in _NAME_AGED_BEFORE_ID.finditer(_unwrapped(text))
        if m.start("id") in ids
    }


# What stands between another's ID and the birth date said right after it ("<his ID>
# เกิดวันที่ 9 ม.ค. 2491", "<his ID>, เกิดเมื่อ ..."): his, as the ID is.
_BORN_RIGHT_AFTER = re.compile(r"[\s,]*(?:และ\s*)?(?:วัน)?เกิด[^\n0-9๐-๙]{0,15}")


def _born_after(text: str, entities: list[tuple[str, str, int, str]], theirs: set[int]) -> set[int]:
    """Offsets of the birth dates said right after one of the IDs at `theirs`: another's
    particulars go on after his ID, his birth date with it."""
    ends = {start + len(value) for key, value, start, _ in entities if start in theirs}
    return {
        start
        for key, _, start, _ in entities
        if key == "birth_date"
        and any(_BORN_RIGHT_AFTER.fullmatch(text, end, start) for end in ends if end <= start)
    }


# A titled name in a paragraph: the last one before an ID names whose it is.
_TITLED_IN_TEXT = re.compile(
    rf"(?<![\u0e01-\u0e4e])(?P<v>{CIVIL_TITLE}[ \t]*{_THAI_WORD}[ \t]+{_THAI_WORD})"
)
_CHILDS = re.compile(CHILD_TITLE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
CHILDS_ID_WINDOW = 300  # a child's particulars run a sentence or two after his name


def _childs_ids(text: str, ids: set[int], own: set[str]) -> set[int]:
    """Offsets of the IDs said after a child's titled name, no other titled name between
    and in the same paragraph ("ขอย้าย ด.ช.<son> ชั้น ... เลขประจำตัวนักเรียน ...
    เลขประจำตัวประชาชน <his>", a parent's transfer request, set 61): the child's, not the
    writer's, when the writer does not name himself so."""
    theirs = set()
    for at in ids:
        start = max(0, at - CHILDS_ID_WINDOW)
        breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, start, at)]
        names = list(_TITLED_IN_TEXT.finditer(text, breaks[-1] if breaks else start, at))
        last = " ".join(names[-1].group("v").split()) if names else ""
        if last and _CHILDS.match(last) and last not in own:
            theirs.add(at)
    return theirs


def _deceased_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each dead person's particulars after ผู้ตาย and his name, to the
    line's end or the heir's own part; and of a line ผู้ตาย opens, his name said above
    ("ผู้ตาย เลขประจำตัวประชาชน ... เกิด ...", an executor's mail, set 69), to its end."""
    spans = []
    for m in _DECEASED_NAMED.finditer(text):
        end = _DECEASED_ENDS.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
    for m in _DECEASED_LINE.finditer(text):
        line_end = text.find("\n", m.end())
        spans.append((m.end(), line_end if line_end >= 0 else len(text)))
    return spans


def _appointed_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each attorney's particulars after มอบอำนาจให้, to what he is
    appointed to do or the line's end."""
    spans = []
    for m in _APPOINTS.finditer(text):
        end = _APPOINTED_ENDS.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
    return spans


def _entities(text: str) -> Iterator[tuple[str, str, int, str]]:
    ids = [m.span() for m in labelled_ids_in(text)]
    for a, b in ids:
        yield "national_id", text[a:b], a, "13-digit ID"
    phones = [
        m
        for m in _phones_outside(text, ids)
        if normalise_phone(m.group(0)) is not None
        and not _inside_id(text, m.start())
        and not _after_reference(text, m.start())
    ]
    numbers: list[tuple[int, str, str]] = []
    for m, how in zip(phones, _listed_mobile_said(text, phones), strict=True):
        # a number in its local form after a country abroad is that country's (set 79)
        abroad = country_before(text, m.start())
        if abroad is None:
            numbers.append((m.start(), m.group(0).strip(), how))
        elif abroad:
            numbers.append((m.start(), f"+{abroad} {m.group(0).strip()}", how))
    for m in foreign_phones_in(text) if "+" in text else ():
        if not _within(ids, m.start()):
            numbers.append((m.start(), m.group(0).strip(), _how_said(text, m.start(), m.end())))
    # in the text's order, numbers abroad among the Thai ones: the first said ranks first
    for start, value, how in sorted(numbers):
        yield "phone", value, start, how
    for m in _BARE_COUNTRY_CODE.finditer(text):
        how = _how_said(text, m.start(), m.end())
        if how in (SAID_PHONE, CALL_BACK) and not _within(ids, m.start()):
            yield "phone", m.group(0), m.start(), how
    for m in _if_any(EMAIL_IN_TEXT, text, "@"):
        line = text.rfind("\n", 0, m.start()) + 1
        reach = _REACH_ME.search(text, line, m.start()) is not None
        yield (
            "email",
            m.group(0).rstrip("."),
            m.start(),
            CALL_BACK_EMAIL if reach else "email address",
        )
    for m in _EMAIL_AT.finditer(text) if "at" in text else ():
        yield "email", f"{m.group(1)}@{m.group(2)}", m.start(), "email address, [at]"
    found = []
    for m in _name_matches(text):
        group = next(g for g in ("v", "t", "n", "e") if m.group(g))
        name = clean_value("name", _PARTICLE_GLUED.sub("", " ".join(m.group(group).split())))
        if name and not _NOT_A_NAME.match(name) and not _said_of_a_group(text, m, name):
            found.append((name, m.start(group), "my name is" if group == "e" else "ข้าพเจ้า/ชื่อ"))
    # "แจ้งให้ข้าพเจ้าส่งเอกสาร นั้น ข้าพเจ้า นายสมชาย ใจดี": a titled name proves itself,
    # the words after another ข้าพเจ้า may be a verb: titled names first (ranks by order)
    found.sort(key=lambda item: _TITLED.match(item[0]) is None)
    for name, start, how in found:
        yield "full_name", name, start, how
    named = {start for _, start, _ in found}
    before_id: list[tuple[int, str]] = []
    for m in _NAME_BEFORE_ID.finditer(text) if next(valid_ids_in(text), None) else ():
        if m.start("v") in named or _opens_line(text, m.start("v")):
            continue  # found once, by the words before it or as a line's titled name
        name = clean_value("name", " ".join(m.group("v").split()))
        if "|" in text[m.end("v") : m.start("id")] and _CHILDS.match(name):
            continue  # a table of children (a parent's list, set 61): no signer's row
        digits = normalise_national_id(m.group("id"))
        if name and digits and national_id_is_valid(digits):
            before_id.append((m.start("v"), name))
    unwrapped = {start for start, _ in before_id}
    for m in _NAME_WRAPPED_BEFORE_ID.finditer(text) if next(valid_ids_in(text), None) else ():
        ahead = text[text.rfind("\n", 0, m.start("v")) + 1 : m.start("v")]
        at = m.start("v")
        if at in named or at in unwrapped or _opens_line(text, at) or _COLON.search(ahead):
            continue
        name = clean_value("name", " ".join(m.group("v").split()))
        digits = normalise_national_id(m.group("id"))
        if name and digits and national_id_is_valid(digits):
            before_id.append((m.start("v"), name))
    for start, name in sorted(before_id):  # in the text's order: the first named ranks first
        yield "full_name", name, start, NAME_BEFORE_ID
    if not found and not before_id:  # no name the writer gives herself or an ID proves
        # a one-line mail's name over its home and phone (extractors.name_before_address)
        for written, start in names_before_address(text):
            name = clean_value("name", " ".join(written.split()))
            if name:
                yield "full_name", name, start, NAME_BEFORE_ADDRESS
    for m in _SIGNER.finditer(text) if "โดย" in text else ():
        name = clean_value("name", " ".join(m.group("v").split()))
        if name and m.start("v") not in named:
            yield "full_name", name, m.start("v"), SIGNER
    yield from acting_for_entities(text)
    yield from helped_for_entities(text)
    yield from consented_for_entities(text)
    for m in _VOUCHED.finditer(text) if "รับรองว่า" in text else ():
        name = clean_value("name", " ".join(m.group("v").split()))
        if name and not _certifies_a_death(text, m.end()):
            yield "full_name", name, m.start("v"), VOUCHED_FOR
    signed = set()
    newlines = list(_occurrences(text, "\n"))
    lines = [0, *(i + 1 for i in newlines)]  # where a pattern opening with ^ may match
    on_line = _tried_at(_SIGNED_ON_LINE, text, lines) if "ลงชื่อ" in text else []
    # a firm's signer before the closing's next line, which may be the firm's name
    firms = _tried_at(_SIGNED_UNDER_FIRM, text, lines)
    titles = _tried_at(_SIGNED_TITLE, text, lines) if "พระ" in text else []
    signs = [*_SIGNED.finditer(text), *firms, *_tried_at(_SIGNED_OFF, text, lines), *on_line]
    ranked = _tried_at(_SIGNED_UNDER_RANK, text, lines) if "(" in text else []
    for m in [*signs, *titles, *ranked]:
        rank = f"{m.group('r')} " if "r" in m.re.groupindex else ""
        name = clean_value("name", rank + " ".join(m.group("s").split()))
        if name:
            signed.add(m.start("s"))
            yield "full_name", name, m.start("s"), "ลงชื่อ (signature)"
    folded = text.casefold()
    for m in _tried_at(_SIGNED_OFF_EN, text, lines) if _has_any(folded, _EN_CLOSINGS) else ():
        name = " ".join(m.group("s").split())
        if m.start("s") not in signed:
            yield "full_name", name, m.start("s"), SIGNED_IN_LATIN
    for m in _tried_at(_CHAIR_LINE, text, lines) if "ประธาน" in text else ():
        name = clean_value("name", " ".join(m.group("v").split()))
        if name and m.start("v") not in signed:
            yield "full_name", name, m.start("v"), CHAIR_LINE
    for m in _tried_at(_LINE_NAME, text, lines) if _has_any(text, _CIVIL_TITLES) else ():
        name = clean_value("name", " ".join(m.group("l").split()))
        if name and m.start("l") not in signed:  # a signature's name is found once
            how = LISTED_NAME if m.group("n") else "titled name opening a line"
            yield "full_name", name, m.start("l"), how
    for m in _tried_at(_LINE_NAME_HONOURED, text, lines) if "." in text or "หม่อม" in text else ():
        name = clean_value("name", " ".join(m.group("l").split()))
        if name and m.start("l") not in signed:
            yield "full_name", name, m.start("l"), "titled name opening a line"
    for m in _tried_at(_LINE_NAME_TITLE_AFTER, text, lines) if "(" in text else ():
        name = clean_value("name", " ".join(m.group("l").split()))
        if name and _TITLED.match(name) and m.start("l") not in signed:
            yield "full_name", name, m.start("l"), "name with its title after it"
    for m in _tried_at(_LINE_NAME_EN, text, lines) if _has_any(text, _EN_TITLES) else ():
        name = clean_value("name", " ".join(m.group("l").split()))
        if name and m.start("l") not in signed:
            yield "full_name", name, m.start("l"), "titled name opening a line"
    for m in _tried_at(_NAME_ABOVE_PHONE, text, [0, *newlines]):
        name = clean_value("name", " ".join(m.group("s").split()))
        proves = name and not _NOT_A_NAME.match(name) and normalise_phone(m.group("p"))
        if proves and m.start("s") not in signed:
            yield "full_name", name, m.start("s"), "name above the phone"
    for m in _BORN.finditer(text) if "เกิด" in text else ():
        # a two-digit B.E. year ("เกิด 28-9-09", set 42) too: the word says it is a birth
        # date, the century is a guess, and the check of the value flags it (two_digit_year)
        if parse_date(m.group("d")) is not None or parse_short_be_date(m.group("d")) is not None:
            yield "birth_date", m.group("d"), m.start("d"), "เกิดวันที่"
    for m in _BORN_ABROAD.finditer(text) if _has_any(text.lower(), _BORN_ABROAD_WORDS) else ():
        if parse_date(m.group("d")) is not None:
            yield "birth_date", m.group("d"), m.start("d"), "เกิดวันที่"
    for m in _BORN_WORDS.finditer(text) if "เกิด" in text else ():
        spoken = _said_date(m)
        if spoken is not None:
            yield "birth_date", spoken, m.start("d"), "เกิดวันที่, said in words"
    yield from date_pieces(text)  # "... / 08/02/1987 / ...": the line's date alone
    yield from date_lines(text)  # a bare date line beside her bare ID line
    said = []
    former = []  # "เดิมอยู่บ้านเลขที่ ...": an address left, with its province and postal code
    theirs = []  # another person's or a company's address, with its province and postal code
    registered = []  # the house register's, beside where she lives now
    for m in _address_matches(text):
        address = " ".join(_before_a_date_line(m.group("v")).split()).rstrip(" ,.")
        address = without_dwelling_kind(address)  # "หอพักคนงาน เลขที่ ...": from the number
        address = _closed_by_its_bracket(text, m.start(), address)
        if not address or (
            not address[0].isdigit()
            and not (_DIGIT.search(address) and _ADDRESS_PART.search(address))
        ):
            continue
        if m.group(0).startswith(_SENT_OR_REACHED) and (
            not _ADDRESS_PART.search(address) or PHONE_IN_TEXT.match(address)
        ):
            # "ส่งถึง 2 ฉบับ": what is sent, no home; a number to reach her at, whatever
            # follows it ("ติดต่อดิฉันได้ที่ 08... ค่ะ (ดิฉันทำงานอยู่ที่ ...)", set 113: her
            # place of work in brackets, read as its parts)
            continue
        written_at = m.group(0).startswith("เขียนที่") or _WRITTEN_AT_LINE.match(
            text, text.rfind("\n", 0, m.start()) + 1, m.start()
        )
        if written_at and not all(area.search(address) for area in _WRITTEN_AT_AREAS):
            continue  # see WRITTEN_AT
        opening = text.rfind("\n", 0, m.start()) + 1
        if m.group(0).startswith("ตั้ง") and not (
            _BODY_WRITES.search(text, opening, m.start())
            or (
                _FIRM_OPENS.match(text, opening)
                and _ASKS_AFTER.match(text, _tail_end(text, m.end("v")))
            )
        ):
            continue  # a shop's or a plot's place: see _BODY_WRITES
        bare = text[m.start() : m.start("v")].strip(" \t:：") == "ที่ตั้ง"
        if bare and not (
            _BODY_NAMED.search(text, opening, m.start())
            or _body_captioned_above(text, opening)
            or _body_captioned_above(text, opening, _BODY_HEAD)
        ):
            continue  # a place named by no body: a shop's, a plot's
        if m.group(0).startswith("ที่ทำการ") and (
            not _ADDRESS_PART.search(address)  # "ที่ทำการ 2 ครั้ง": a count, no address
            or (_OFFICE_HEAD.match(m.group(0)) and not _BODY_NAMED.search(text, 0, m.start()))
        ):
            continue  # or "ที่ทำการ 12 ...", of no body the text names above it
        if m.group("kin") is not None and not (_FOR_KIN.search(text) or files_claim_for(text)):
            # a kin's home where nothing is asked for her (see _FOR_KIN), nor a claim filed
            # in her place ("ขอยื่นขอรับเงินทดแทนการขาดรายได้แทน ที่อยู่ของสามี ...", set 129)
            continue
        role = m.group("role")
        if role is not None and role != signed_role(text):
            continue  # another's part's address: see _ADDRESS
        if m.group("owner") is not None and owner_acted_for(text) is None:
            # the owner's, where no one files for her: left to its label's reader, its
            # province and postal code another's (a tenant's landlord's home, set 122)
            theirs.append((m.start("v"), _tail_end(text, m.end("v"))))
            continue
        said.append(m.span("v"))
        how = "อยู่บ้านเลขที่"
        if role is not None:  # the writer's own part (see _ADDRESS): his, whoever is above
            yield "address", address, m.start("v"), how
            continue
        if (
            _FORMER_BEFORE.search(text, max(0, m.start() - 16), m.start())
            or _FORMER_CLAUSE.search(text, max(0, m.start() - FORMER_CLAUSE_CHARS), m.start())
            or _moved_here_from(text, m.start(), m.end("v"))
        ):
            how = FORMER_ADDRESS
            former.append((m.start("v"), _tail_end(text, m.end("v"))))
        elif (
            said_of_another(text, m.start("v"))
            or _STANDS_BEFORE.search(text, max(0, m.start() - 8), m.start())
            or (
                _LANDMARK_BEFORE.search(text, max(0, m.start() - 8), m.start())
                and not _ADDRESS_PART.search(address)  # "หน้าบ้านเลขที่ 61 ถ. ต. อ.": a home
            )
            or _moving_to(text, m.start())
            or _let_out(text, m.start(), m.end("v"))
            or in_owners_own_words(text, m.start("v"))  # a consenting owner's (set 112)
        ):
            how = ANOTHERS_ADDRESS  # "(บ้านเจ้าของอยู่ที่ ...)": the room's owner's
            theirs.append((m.start("v"), _tail_end(text, m.end("v"))))
        elif _NOW_BEFORE.search(text, max(0, m.start() - 24), m.start()) or any(
            # "อยู่ที่ใหม่ ...": a move's new home; "ที่อยู่ปัจจุบัน ...": her home now
            word in text[m.start() : m.start("v")]
            for word in ("ใหม่", "ปัจจุบัน")
        ):
            how = CURRENT_ADDRESS
        elif _REGISTER_BEFORE.search(text, max(0, m.start() - 12), m.start()) or (
            "ทะเบียนบ้าน" in text[m.start() : m.start("v")]  # "ที่อยู่ตามทะเบียนบ้านของผม ..."
        ):
            how = REGISTERED_ADDRESS
            registered.append((m.start("v"), _tail_end(text, m.end("v"))))
        elif written_at:
            how = WRITTEN_AT
        yield "address", address, m.start("v"), how
    for m in _address_lines(text, lines):
        if not _within(said, m.start("v")):  # not one already said so
            said.append(m.span("v"))
            how = ADDRESS_LINE
            if m.groupdict().get("office") or said_of_another(text, m.start("v")):
                how = ANOTHERS_ADDRESS  # a signature's company, its head office under it
                theirs.append((m.start("v"), _tail_end(text, m.end("v"))))
            yield "address", " ".join(m.group("v").split()), m.start("v"), how
    if not found and not signed:  # no name said or signed otherwise
        yield from closing_name(text)
    for key, value, start, how in line_values(text):  # no label, no line of its own
        if key != "address" or not _within(said, start):
            yield key, value, start, how
    folded = text.casefold()
    born = any(word in folded for word in ("born", "birth", "dob", "d.o.b"))
    for m in _BORN_EN.finditer(text) if born else ():
        # a month-first date ("10/29/1963": no 29th month) is read so, and flagged, later
        if parse_date(m.group("d")) is not None or reread_date(m.group("d")) is not None:
            yield "birth_date", m.group("d"), m.start("d"), "born on"
    # every match holds "address", "at" or "of" (IGNORECASE: found in the case-folded text)
    english = "addre" in folded or "at" in folded or "of" in folded
    for m in _ADDRESS_EN.finditer(text) if english else ():
        value = m.group("v")
        wrapped = _WRAPPED_TO_POSTAL.match(text, m.start("v"))
        if wrapped and "\n" in wrapped.group(0) and not _POSTAL_CODE_EN.search(value):
            value = wrapped.group(0)
        address = " ".join(english_address_end(value).split()).rstrip(" ,.")
        yield "address", address, m.start("v"), "my address is"
    head = head_address(text) if "\n" in text else None
    if head is not None:  # an English letter's address block on top (set 82)
        yield "address", head[0], head[1], HEAD_ADDRESS
    # where each address read ends, its province and postal code with it; where none of
    # them is hers (none read, or only a former one or another's) a province said
    # anywhere is as likely hers as not (a labelled address's next line: "จังหวัด ...")
    ended = [(a, _tail_end(text, b)) for a, b in said]
    if all(_within(former, a) or _within(theirs, a) for a, _ in ended):
        ended = [(0, len(text))]
    for m in _BANGKOK.finditer(text) if "กรุงเทพ" in text or "กทม" in text else ():
        yield from _tail_entities(m, _whose_tail(m.start(), former, theirs, ended, registered))
    for m in _PROVINCE.finditer(text):  # "จ.สมุทรปราการ 10540" at the end of an address
        if not match_province(m.group(1)):
            continue
        if _GOING_TO.search(text, max(0, m.start() - 24), m.start()) or _GOING_TO_PLACE.search(
            text, max(0, m.start() - GOING_TO_PLACE_CHARS), m.start()
        ):
            yield "province", m.group(1), m.start(1), GOING_TO_PROVINCE
            continue
        if in_office_name(text, m.start()):  # "องค์การบริหารส่วนจังหวัด...": the agency's
            yield "province", m.group(1), m.start(1), OFFICE_NAME_PROVINCE
            continue
        yield from _tail_entities(m, _whose_tail(m.start(), former, theirs, ended, registered))


def _moved_here_from(text: str, start: int, end: int) -> bool:
    """Whether the address said from `start` to `end` is the one a move here left: "ย้าย
    ...จาก" right before it, the move said to come here (_MOVED_FROM)."""
    moved = _MOVED_FROM.search(text, max(0, start - MOVED_FROM_CHARS), start)
    if moved is None or "ออก" in moved.group("how"):
        return False
    return "มา" in moved.group("how") or bool(_COME_HERE.match(text, _tail_end(text, end)))


def _let_out(text: str, start: int, end: int) -> bool:
    """Whether the house is one the writer owns and lets out (see _OWNER_BEFORE and
    _LET_CLAUSE)."""
    owned = _OWNER_BEFORE.search(text, max(0, start - 10), start) is not None
    if owned and _LET_AFTER.search(text, end, end + LET_CHARS) is not None:
        return True
    # the clause ends the address ("ซึ่ง"), or it ran on over it ("ที่" ends none)
    # (opening a few letters past its end at most: a later sentence's is of another house)
    let = _LET_CLAUSE.search(text, start, end + LET_CHARS)
    return let is not None and let.start() <= end + LET_CLAUSE_CHARS


def _moving_to(text: str, at: int) -> bool:
    """Whether the address said at `at` is where a move out goes: right after ไป, a move
    out said in the same line before it."""
    if _GOING_BEFORE.search(text, max(0, at - 8), at) is None:
        return False
    return _MOVING_OUT.search(text, text.rfind("\n", 0, at) + 1, at) is not None


def _whose_tail(
    at: int,
    former: list[tuple[int, int]],
    theirs: list[tuple[int, int]],
    ended: list[tuple[int, int]],
    registered: list[tuple[int, int]],
) -> tuple[str, str]:
    """The labels of a province and postal code at `at`: of the house register's address,
    of an address the writer has left, of another's, of an address read (hers), or said
    elsewhere in the text."""
    if _within(registered, at):
        return REGISTERED_PROVINCE, REGISTERED_POSTAL
    if _within(former, at):
        return FORMER_PROVINCE, FORMER_POSTAL
    if _within(theirs, at):
        return ANOTHERS_PROVINCE, ANOTHERS_POSTAL
    if _within(ended, at):
        return IN_ADDRESS, POSTAL_IN_ADDRESS
    return PROVINCE_ELSEWHERE, POSTAL_ELSEWHERE


def _tail_entities(
    m: re.Match[str], labels: tuple[str, str]
) -> Iterator[tuple[str, str, int, str]]:
    """The province and postal code (if any) `m` found, under `labels`."""
    yield "province", m.group(1), m.start(1), labels[0]
    if m.group(2):
        yield "postal_code", m.group(2), m.start(2), labels[1]


def _tail_end(text: str, end: int) -> int:
    """Where the province and postal code right after an address value end (_ADDRESS stops
    before them), else `end`."""
    start = _SPACES.match(text, end).end()  # type: ignore[union-attr]  # matches empty too
    tail = _PROVINCE.match(text, start) or _BANGKOK.match(text, start)
    return tail.end() if tail else end


_SPACES = re.compile(r"\s{0,4}")  # as many as lie between a value and its tail


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` falls inside one of `spans` (start, end)."""
    return any(a <= at < b for a, b in spans)


def _before_a_date_line(address: str) -> str:
    """The address up to a line that is a date alone: a letter's top right gives the
    writer's house, then the date it was written, which is no part of the address."""
    lines = address.split("\n")
    for k, line in enumerate(lines[1:], start=1):
        if parse_date(line.strip()) is not None:
            return "\n".join(lines[:k])
    return address


def _address_matches(text: str) -> Iterator[re.Match[str]]:
    """_ADDRESS's matches in `text`; after one cut at a date line (_before_a_date_line), the
    search goes on from that line, not from the match's end: the lines under a letter's
    date are its body, whose sentence may say the home ("เขียนที่ บ้านเลขที่ 101 ตำบล...",
    the date, then "ข้าพเจ้า ... อยู่บ้านเลขที่ 101 ม.4 ...", a power of attorney, set 106:
    the grantor's own home was swallowed by the head line's match)."""
    if not _has_any(text, _ADDRESS_WORDS):
        return
    pos = 0
    while (m := _ADDRESS.search(text, pos)) is not None:
        yield m
        value = m.group("v")
        kept = len(_before_a_date_line(value))
        pos = m.start("v") + kept if kept < len(value) else max(m.end(), m.start() + 1)


_LIST_NUMBER = re.compile(r"[ \t]*(?:[0-9๐-๙]{1,2}[.)][ \t]*)?")


def _opens_line(text: str, start: int) -> bool:
    """Whether only white space, or a list's number, stands before `start` on its line:
    _LINE_NAME's place (a numbered list's names stay the guesses it makes them)."""
    return _LIST_NUMBER.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


# Numbers listed after one phone word ("Tel. 02 378 1165 ext. 204 / 06-...", "โทร 0-2245-
# 1180 ต่อ 31, 09...", "... หรือ 08..."): the word says them all, and of one's own numbers
# the mobile is the one a clerk calls back, as `mobile_first` takes it in a form (set 42).
_LIST_MARK = re.compile(r"\s*(?:/|,|;|หรือ|และ)\s*")
# "66" and a mobile's nine digits, no plus ("ติดต่อกลับที่เบอร์ 66897723361", as an app or
# a LINE profile shows the number, set 42): taken only where the words before it say it
# is a phone (SAID_PHONE, CALL_BACK); eleven bare digits are otherwise any other number.
_BARE_COUNTRY_CODE = re.compile(r"(?<![0-9๐-๙+])[6๖][6๖][689๖๘๙][0-9๐-๙]{8}(?![0-9๐-๙])")


def _listed_mobile_said(text: str, phones: list[re.Match[str]]) -> list[str]:
    """How each of `phones` is said (`_how_said`); in a list of numbers said by the word
    before its first and nothing else, the one mobile among landlines takes the word's
    saying and the first, a landline, is left a plain number."""
    hows = [_how_said(text, m.start(), m.end()) for m in phones]
    is_old, is_new = old_and_new(text, [m.span() for m in phones], [h == OLD_PHONE for h in hows])
    for n, (o, new) in enumerate(zip(is_old, is_new, strict=True)):
        if o:
            hows[n] = OLD_PHONE
        elif new and hows[n] == "phone number":
            hows[n] = SAID_PHONE  # "เบอร์เดิม 08... เปลี่ยนเป็น 09...": the new one is said
    k = 0
    while k < len(phones):
        run = [k]
        while run[-1] + 1 < len(phones) and _LIST_MARK.fullmatch(
            text, phones[run[-1]].end(), phones[run[-1] + 1].start()
        ):
            run.append(run[-1] + 1)
        k = run[-1] + 1
        if len(run) < 2 or hows[run[0]] not in (SAID_PHONE, CALL_BACK):
            continue
        if any(hows[n] != "phone number" for n in run[1:]):
            continue
        mobiles = [n for n in run if is_mobile(phones[n].group(0))]
        if len(mobiles) == 1 and mobiles[0] != run[0]:
            hows[mobiles[0]], hows[run[0]] = hows[run[0]], "phone number"
    return hows


def _how_said(text: str, start: int, end: int) -> str:
    """What the words round the phone number at text[start:end] say of it."""
    if marked_old(text, start, end):
        return OLD_PHONE
    before = max(0, start - 30)
    if _CALL_BACK.search(text, before, start):
        return CALL_BACK
    if _ENQUIRIES_BEFORE.search(text, before, start) or _OFFICE_HOURS_AFTER.match(
        text, end, end + 30
    ):
        return OFFICE_PHONE
    if said_of_another(text, start):
        return ANOTHERS_PHONE
    named = PHONE_WORD.search(text, max(0, start - 24), start) is not None
    return SAID_PHONE if named else "phone number"


# How far before an address's words a bracket may open that holds it.
_BRACKET_BEFORE_CHARS = 40
_OPENING_BRACKET = re.compile(r"[(（][^()（）]*$")
_CLOSING_BRACKET = re.compile(r"[)）]")


def _closed_by_its_bracket(text: str, start: int, address: str) -> str:
    """`address`, said at `start` inside brackets ("บุตรชายของเพื่อนบ้าน (บ้านเลขที่ 21)"),
    cut at the bracket that closes them: the sentence goes on after it, over the next line
    too (set 107: "21) ขับรถจักรยานยนต์ตก..." was read as an address)."""
    if _OPENING_BRACKET.search(text, max(0, start - _BRACKET_BEFORE_CHARS), start) is None:
        return address
    return _CLOSING_BRACKET.split(address, maxsplit=1)[0].rstrip(" ,.")


# Words every match of a pattern holds: where none is in the text the pattern is not
# tried (a substring search costs a small part of trying a pattern at every position).
_CIVIL_TITLES = ("นาย", "นาง", "น.ส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง")  # CIVIL_TITLE's
_SUBDISTRICT = ("ตำบล", "ต.", "แขวง")  # one of these is in every address line
_ADDRESS_WORDS = (
    "อยู่",
    "บ้านเลขที่",
    "ส่ง",
    "สำนักงาน",
    "ทะเบียนบ้าน",
    "ได้ที่",
    "ที่ตั้ง",
    "เขียนที่",
    "ภูมิลำเนา",
    "บ้าน",  # "บ้าน 112 หมู่ที่ 5 ..." (บ้านเลขที่, ทะเบียนบ้าน hold it too)
    "ที่ทำการ",
)  # _ADDRESS's openers each hold one


def _has_any(text: str, words: Iterable[str]) -> bool:
    return any(w in text for w in words)


def _if_any(pattern: re.Pattern[str], text: str, *words: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) when one of `words`, which every match holds, is in it."""
    return pattern.finditer(text) if _has_any(text, words) else iter(())


def _address_lines(text: str, lines: list[int]) -> list[re.Match[str]]:
    """The matches of the two address patterns (each opens with ^), tried at `lines`."""
    if not _has_any(text, _SUBDISTRICT):
        return []
    after = (i + len(sep) for sep in _PIECE_SEPARATORS for i in _occurrences(text, sep))
    pieces = sorted({*lines, *itertools.islice(after, MAX_PIECES)})
    found, end = [], 0
    for start in pieces:
        m = _address_line(text, start) if start >= end else None
        if m is not None and not _spans_pieces(m):
            found.append(m)
            end = m.end()
    return [
        *found,
        *_tried_at(_ENVELOPE_ADDRESS, text, lines),
        *_tried_at(_WRAPPED_ENVELOPE, text, lines),
    ]


# A sentence's words that say an address follows: a line holding them is a sentence that
# wrapped ("... ตั้งแต่วันที่ 3 มกราคม" / "2569 มีชื่ออยู่ในทะเบียนบ้านเลขที่ 8 ..."), no
# address alone on its line, and its number no house number.
_SAYS_ADDRESS = re.compile(r"อยู่|บ้านเลขที่|ทะเบียนบ้าน")


def _address_line(text: str, start: int) -> re.Match[str] | None:
    """The address line at `start`, with its rest on the next line where the wrap cut it."""
    whole = _ADDRESS_LINE.match(text, start)
    for pattern in _CUT_ADDRESS_LINES:
        cut = pattern.match(text, start)
        if (
            cut is not None
            and (whole is None or cut.end() > whole.end())  # a letter's block goes further
            and not _SAYS_ADDRESS.search(cut.group("head"))
            and is_rest_of_address(cut.group("head"), cut.group("rest"))
        ):
            return cut
    return whole


_PIECE_SEPARATORS = (" / ", " | ", "; ")
# A line of values holds a handful of pieces; each start costs a scan to its line's end,
# so only so many are tried (a text of nothing but separators would cost quadratic time).
MAX_PIECES = 60


def _spans_pieces(m: re.Match[str]) -> bool:
    """Whether an address match runs over several pieces of a line of values parted by
    " / " (a date or a phone before the address): the address is its own piece."""
    value = m.group("v")
    return any(sep in value for sep in _PIECE_SEPARATORS)


def _said_of_a_group(text: str, m: re.Match[str], name: str) -> bool:
    """The words after "พวกข้าพเจ้า" (we), or a people's word ("ชาวบ้าน..."), untitled."""
    if _TITLED.match(name):
        return False
    return text.endswith(_WE, 0, m.start()) or _PEOPLES_WORD.match(name) is not None


def _name_matches(text: str) -> Iterator[re.Match[str]]:
    """_NAME.finditer(text): every match starts with one of its openers."""
    starts = sorted({i for word in _NAME_OPENERS for i in _occurrences(text, word)})
    return _tried_at(_NAME, text, starts)


def _tried_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose every match starts at one of `starts`
    (ascending): the same matches, the pattern tried there only, not at every offset (a
    pattern that opens with ^ or an opener word has no prefix the engine can skip to)."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)) is not None:
            end = m.end()
            yield m


def _occurrences(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _phones_outside(text: str, ids: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """PHONE_IN_TEXT's matches in `text` that start outside the spans of valid IDs `ids`.
    A pink card's "0-0529-90123-45-8" opens with a phone's shape (set 39), and a match
    inside an ID may run on into the phone after it ("3-5604-00123-45-2 081-..."): the
    number that is part of an ID is the ID's, and the search goes on after the ID."""
    pos = 0
    while (m := PHONE_IN_TEXT.search(text, pos)) is not None:
        end = next((b for a, b in ids if a <= m.start() < b), None)
        if end is None and not _PASSBOOK.fullmatch(m.group().strip()):
            yield m
        pos = m.end() if end is None else end


# A bank account as a passbook prints it: 3-1-5-1 digits ("065-1-12448-7"). No one writes
# a phone so, and its ten digits opening with 0 would pass for a mobile (blind set 46).
_PASSBOOK = re.compile(r"[0-9๐-๙]{3}-[0-9๐-๙]-[0-9๐-๙]{5}-[0-9๐-๙]")


# The words of another kind of number right before a phone-shaped one: a money
# transfer's control number ("MTCN 0627418853", ten digits opening with 0), a slip's, an
# account's, a passport's or a residence permit's number (set 79) is no phone.
_REFERENCE_BEFORE = re.compile(
    r"(?:\bMTCN|\bRef(?:erence)?\.?(?:\s*No\.?)?|\bTracking(?:\s*No\.?)?|\bPassport(?:\s*No\.?)?"
    r"|\bIqama(?:\s*No\.?)?|\bQID|\bARC(?:\s*No\.?)?|บัญชี(?:เลขที่)?|เลขที่บัญชี|หนังสือเดินทาง(?:เลขที่)?"
    r"|สลิป(?:เลขที่)?|ใบเสร็จ(?:รับเงิน)?(?:เลขที่)?|เลขอ้างอิง)\s*[:#：]?\s*$",
    re.IGNORECASE,
)


def _after_reference(text: str, start: int) -> bool:
    """Whether the number at text[start] follows the words of another kind of number."""
    return _REFERENCE_BEFORE.search(text, max(0, start - 30), start) is not None


def _inside_id(text: str, start: int) -> bool:
    """A phone-shaped run of digits that is really the tail of a longer number."""
    return start > 0 and text[start - 1].isdigit()
