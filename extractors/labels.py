"""Match a label as people type it to a template field key.

People write "ชื่อ - สกุล", "1. ชื่อ-นามสกุล :", "โทรศัพท์ (มือถือ)", "E-mail", "อีเมล์" or
"Full name / ชื่อ-นามสกุล" for the same few fields. Both sides are reduced to a canonical
form (see `normalise_label`), then compared: exact first, then a label that starts or ends
the text, then a similarity ratio for small typos. A label is short: long text never
matches, so ordinary sentences are not mistaken for labels.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from extractors.base import FieldSpec, FieldType, FormTemplate
from extractors.event_dates import names_an_event
from extractors.place_name_label import names_a_place
from extractors.role_words import BODY, CLIENT_NOTED
from extractors.thai import normalise_thai_text
from extractors.unicode_safe import normalize

# A label longer than this (in canonical characters) is a sentence, not a label.
MAX_LABEL_CHARS = 40
# Below this many canonical characters a typo changes the word, so only exact matches count.
MIN_FUZZY_CHARS = 4
FUZZY_THRESHOLD = 0.82
# Confidence floor for prefix/suffix matches: the rest of the text is an unknown qualifier.
AFFIX_BASE = 0.6
MIN_CONFIDENCE = 0.6

_THANTHAKHAT = "\u0e4c"  # การันต์: "อีเมล์" and "อีเมล" are the same word to a reader
_NUMBERING = re.compile(r"^\s*(?:\(?[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*[.)]|[-*•·]|[a-zA-Z][.)])\s*")
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|（[^（）]*）")  # ASCII, square and full-width
# A note naming another line or place than the applicant's own (at work, an office's, a
# fax, the one to call in an emergency) is part of the label, not a note on it:
# "โทรศัพท์ (ที่ทำงาน)" is read as "โทรศัพท์ที่ทำงาน" is, never as the plain phone's label
# (set 30: the office line beat the mobile). "(มือถือ)", "(บ้าน)" are notes on the
# applicant's own line and still dropped.
_ANOTHER_LINE = re.compile(
    r"ทำงาน|สำนักงาน|ที่ทำการ|หน่วยงาน|โทรสาร|แฟกซ์|แฟ็กซ์|ฉุกเฉิน"
    r"|\b(?:office|work|fax|emergency)\b",
    re.IGNORECASE,
)
# A body the writer chairs or belongs to: a group (กลุ่มทอผ้า, กลุ่มแม่บ้าน), a community
# enterprise, a cooperative, a club, an association, a foundation. Written between a
# phone's label and the number ("โทร. กลุ่ม 045-...", a chairman's signature, set 45), the
# line is the body's. Not in _ANOTHER_LINE: a bracketed note on any label keeps those
# words in it, and "ชื่อผู้ติดต่อ (ประธานกลุ่ม)" is still the label of his own name. Not a
# company or a shop: a licence filed for a firm gives the firm's number as his (set 12).
_A_BODYS_LINE = re.compile(r"กลุ่ม|วิสาหกิจ|สหกรณ์|ชมรม|สมาคม|มูลนิธิ")
# A note saying a place is the writer's own home ("ที่ตั้งร้าน (บ้านตัวเอง)", set 32): the
# label of a place (a shop's, a business's) so noted is the home address's label. A
# place's label alone (a shop's place) is no home, nor is a phone's noted so. So is a
# place noted as its owner's home ("สถานที่ติดตั้ง (บ้านเจ้าของ)": an installer's or a
# builder's notice filed for the owner, the work at her house, hers the notice's).
_OWN_HOME = re.compile(
    r"(?:บ้าน|ที่อยู่)(?:ของ)?\s*(?:ตัวเอง|ตนเอง|ผม|ดิฉัน|ข้าพเจ้า|ผู้ยื่น|ผู้ขอ|ผู้ร้อง"
    r"|เจ้าของ(?:บ้าน|อาคาร)?(?![\u0e01-\u0e4e]))"
    r"|\b(?:my|own)\s+home\b",
    re.IGNORECASE,
)
_PLACE = re.compile(r"ที่ตั้ง|สถานที่|location|premises", re.IGNORECASE)
# The place of a body that asks ("ที่ตั้งชมรม", "ที่ตั้งกลุ่ม", set 84: a club's roster,
# its office in the head row; "ที่ตั้งวัด", "ที่ทำการกองทุน", set 91): its address, as
# "ที่อยู่ชมรม" is. Not a shop's or a plot's, nor a school's (a pupil's form names it).
_BODYS_PLACE = re.compile(rf"(?:ที่ตั้ง|ที่ทำการ)\s*(?P<body>(?!โรงเรียน){BODY}\S*)$")
_HOME_LABEL = "ที่อยู่"
# A note naming the one a professional's sheet is for ("เจ้าของที่ดิน (ลูกค้า)", "ผู้ถือ
# กรรมสิทธิ์ (ลูกความ)": an accountant's or a lawyer's head for the client's block, set
# 105): the party so noted is the applicant, read as the client's name's label is.
_CLIENTS_NOTE = re.compile(rf"[(（\[]\s*{CLIENT_NOTED}\s*[)）\]]")
_CLIENTS_LABEL = "ลูกความ"
# A note whose closing bracket is cut off (a caption cut at its field's edge).
_OPEN_NOTE = re.compile(r"\s*[(（\[][^()（）\[\]]*$")
# Where a value was copied from, written after its label without brackets: "as it appears
# on the ID card / in the house register" ("ชื่อและนามสกุลตามที่ปรากฏในบัตรประจำตัว
# ประชาชน", "วันเกิดตามที่ระบุในบัตรประชาชน", "...ที่ยังไม่หมดอายุ"). A note, as a bracketed
# one is: its บัตรประจำตัวประชาชน names the ID's card, not the field.
_AS_ON_A_DOCUMENT = re.compile(
    r"(?<=\S)\s*ตาม(?:ที่)?(?:ปรากฏ|ระบุ|แสดง)?(?:อยู่|ไว้)?(?:ใน|บน)?\s*(?:สำเนา)?\s*"
    r"(?:บัตร(?:ประจำตัว)?(?:ประชาชน)?|ทะเบียนบ้าน|ท\.?\s*ร\.?\s*14)"
    r"(?:\s*(?:ที่)?(?:ยัง)?ไม่หมดอายุ)?\s*$"
)
# Column headings Thai forms print beside the ones a request asks for, that no field here
# takes (remarks, a row number, fax, age, nationality, occupation; an ID card's issue and
# expiry dates, copied beside its birth date; the sex a hospital's summary prints beside
# the patient's name, set 89): a header row may hold them beside its labels; their
# columns' values are not read.
_CASE_NUMBER = frozenset({"เลขที่เรื่อง", "เลขเรื่อง", "เลขที่รับ", "เลขรับ", "เลขที่รับเรื่อง"})
NO_FIELD_HEADINGS = frozenset(
    {"หมายเหตุ", "ลำดับ", "ลำดับที่", "โทรสาร", "แฟกซ์", "อายุ", "สัญชาติ", "อาชีพ", "ศาสนา"}
    | {"เพศ", "sex", "gender"}
    | {"remarks", "remark", "note", "no.", "fax", "age", "nationality", "occupation"}
    | {"วันออกบัตร", "วันที่ออกบัตร", "วันบัตรหมดอายุ", "วันที่บัตรหมดอายุ", "วันหมดอายุ"}
    | {"บัตรหมดอายุ", "date of issue", "issue date", "date of expiry", "expiry date"}
    # a committee's table: its row number ("ที่", as "ลำดับ") and each one's post (set 91)
    | {"ที่", "ตำแหน่ง"}
    # a list of cases' own number for each (an office's table of forwarded complaints,
    # set 94): the case's, never an ID or a phone
    | _CASE_NUMBER
    # a traveller's passport in a group's list (set 100: a tour's manifest): never a field
    # of a request, its number never an ID
    | {"หนังสือเดินทาง", "เลขที่หนังสือเดินทาง", "เลขหนังสือเดินทาง", "passport", "passport no."}
)
# One of them opening a piece of a form's row, its note in brackets after it and then its
# value ("สัญชาติ (Nationality)  Japanese", "อาชีพ: ค้าขาย"): the pair of a field no
# template has, which ends the value of the pair before it (set 47). Not a fax: a number
# before "โทรสาร 0-..." is an office's line (a work footer's "โทร. ... ต่อ 12 โทรสาร ..."),
# left run on as before so that a clerk is asked to look (set 10 work_footer_other_agency).
_FAX = frozenset({"โทรสาร", "แฟกซ์", "fax"})
# Nor "ที่" (a letter's number, "ที่ ศธ 0415/432", an address's "ที่ 5") nor a post: column
# headings only.
_HEADINGS_ONLY = _FAX | {"ที่", "ตำแหน่ง"} | _CASE_NUMBER
_NO_FIELD_PAIR = re.compile(
    "(?:"
    + "|".join(sorted(map(re.escape, NO_FIELD_HEADINGS - _HEADINGS_ONLY), key=len, reverse=True))
    + ")"
    r"\s*(?:[(（][^()（）]{0,40}[)）])?\s*[:：]?\s+\S",
    re.IGNORECASE,
)


# Or one alone, its value the next piece: a printed form's dotted line parts the heading
# from its answer as from a label's ("สัญชาติ........ไทย", set 102: an allowance form).
_NO_FIELD_HEADING = re.compile(
    _NO_FIELD_PAIR.pattern.removesuffix(r"\s*[:：]?\s+\S") + r"\s*[:：]?", re.IGNORECASE
)


def is_no_field_heading(piece: str) -> bool:
    """Whether `piece` is a heading no field takes and nothing else ("สัญชาติ")."""
    return _NO_FIELD_HEADING.fullmatch(piece.strip()) is not None


def opens_no_field_pair(piece: str) -> bool:
    """Whether `piece` (a row's text between wide gaps) is a heading no field takes and
    its value."""
    return _NO_FIELD_PAIR.match(piece.strip()) is not None


_ALTERNATIVES = re.compile(r"\s*/\s*|\s*\|\s*")
_LETTER = re.compile(r"[^\W\d_]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_INDEX = re.compile(r"\[\d+\]")
# Words form tools append to field names ("Given Name Text Box", "phone_txt"): not the label.
_WIDGET_WORDS = re.compile(
    r"(?:(?<!\s)\s+|^)(?:text\s*box|textbox|text\s*field|textfield|combo\s*box|list\s*box|"
    r"check\s*box|checkbox|formatted\s*field|field|fld|txt|tf|box)$",
    re.IGNORECASE,
)


def canonical(text: str) -> str:
    """Letters, marks and digits only, case-folded, Thai normalised, thanthakhat dropped."""
    if len(text) <= _CACHED_UP_TO:
        return _canonical_short(text)
    return _canonical(text)


# Labels, keywords and template titles are a small vocabulary met again in every mail
# (about 140 calls a mail, most on the same words), so short texts are cached.
_CACHED_UP_TO = 80


@lru_cache(maxsize=8192)
def _canonical_short(text: str) -> str:
    return _canonical(text)


def _canonical(text: str) -> str:
    # NFKC first: it splits SARA AM, which normalise_thai_text joins again.
    text = normalise_thai_text(normalize("NFKC", text)).casefold()
    kept = (ch for ch in text if unicodedata.category(ch)[0] in "LMN")
    return "".join(kept).replace(_THANTHAKHAT, "")


@lru_cache(maxsize=4096)
def _canonical_char(ch: str) -> str:
    return canonical(ch)


def _dropped_mark(ch: str) -> bool:
    """A mark that `canonical` drops but that belongs to the word before it."""
    return ch == _THANTHAKHAT or (unicodedata.category(ch) == "Mn" and not canonical(ch))


def normalise_label(label: str) -> list[str]:
    """Canonical forms worth trying for one label as written, most literal first.

    Numbering, notes in parentheses and "as on the ID card" are dropped; "A / B" is tried
    whole, then as A and B.
    """
    text = _NUMBERING.sub("", label.strip().rstrip(":：").strip())
    forms: list[str] = []
    without_notes = _OPEN_NOTE.sub(" ", _PARENS.sub(_dropped_note, text))
    for variant in (without_notes, text):
        pieces = [variant]
        alternatives = _ALTERNATIVES.split(variant)
        # "ชื่อ / Name" is two labels; "02-670-1299 | Mobile" (a signature's row cut
        # at a colon) is a value and a label, not a label.
        if all(_LETTER.search(piece) for piece in alternatives):
            pieces += alternatives
        for piece in pieces:
            form = canonical(piece)
            if form and form not in forms:
                forms.append(form)
    if _PLACE.search(without_notes) and any(
        _OWN_HOME.search(n.group(0)) for n in _PARENS.finditer(text)
    ):
        forms.append(canonical(_HOME_LABEL))  # a place noted as one's own home
    body = _BODYS_PLACE.match(without_notes.strip())
    if body is not None:  # "ที่ตั้งชมรม": read as "ที่อยู่ชมรม" is
        forms.append(canonical(_HOME_LABEL + body.group("body")))
    # Last, so a configured label keeps its own words ("ที่อยู่ตามบัตร" is one).
    as_on = canonical(_AS_ON_A_DOCUMENT.sub("", without_notes.strip()))
    if as_on and as_on not in forms:
        forms.append(as_on)
    return forms


def _dropped_note(note: re.Match[str]) -> str:
    return note.group(0) if _ANOTHER_LINE.search(note.group(0)) else " "


def names_another_line(label: str) -> bool:
    """Whether a bracketed note in the label names another line or place than the
    applicant's own ("เบอร์โทร (สำนักงาน)", "Tel. (office)")."""
    return any(_ANOTHER_LINE.search(note.group(0)) for note in _PARENS.finditer(label))


def is_another_line(note: str) -> bool:
    """Whether words written as a note on a phone's label without brackets, between it and
    the number ("โทร. กลุ่ม 045-...", "โทร สำนักงาน 02-..."), name another line than the
    applicant's own, as the bracketed note of `names_another_line` does."""
    return _ANOTHER_LINE.search(note) is not None or _A_BODYS_LINE.search(note) is not None


def normalise_form_field(name: str) -> str:
    """Readable label from an AcroForm field name.

    "form1[0].page1[0].fullName[0]" -> "full Name"; "Given Name Text Box" -> "Given Name".
    """
    last = _INDEX.sub("", name).rstrip(".").split(".")[-1]
    spaced = _CAMEL.sub(" ", last).replace("_", " ").replace("-", " ").strip()
    stripped = _WIDGET_WORDS.sub("", spaced).strip()
    return stripped or spaced


@dataclass(frozen=True)
class PrefixHit:
    """A known label that starts a line: its key and where it ends in the text."""

    key: str
    end: int  # index in the text just after the label's last letter or digit
    english: bool  # an ASCII label: a single space after it is not enough on its own


# Labels as Thais type them on a phone or an old PC (set 38): a tone mark left out
# ("ชือ"), SARA UU typed as SARA U before its tone mark ("ที่อยุ่"), and a final LO LING typed
# as NO NU ("สกุน": the two sound alike at a syllable's end). Each label of at least
# MIN_TYPO_CHARS canonical characters is also known in these spellings, unless one is a
# label as written or another field's typo; such a label counts only where a colon, a
# space or the line's end closes it, so it never starts a word ("ชือเสียง" is no label).
# Only the labels of a person's own data (name and its parts, ID, phone, address...): a
# subject's or a details' label so typed is a word that opens sentences ("ขอความ" of
# ข้อความ, "เรือง" of เรื่อง), and those fields take any text after it.
MIN_TYPO_CHARS = 3
_TYPO_TONE = re.compile("[\u0e48-\u0e4b]")
_TYPO_CLOSED = re.compile(r"\s|[:：]|$")


def _typo_spellings(form: str) -> set[str]:
    """The spellings of one canonical label with those typos, the label itself not among
    them."""
    spellings = {form}
    if form.endswith("ล"):
        spellings.add(form[:-1] + "น")
    spellings |= {re.sub("\u0e39(?=[\u0e48-\u0e4b])", "\u0e38", f) for f in spellings}
    for f in list(spellings):
        tones = [m.start() for m in _TYPO_TONE.finditer(f)]
        for mask in range(1, 2 ** len(tones)):
            dropped = {at for n, at in enumerate(tones) if mask >> n & 1}
            spellings.add("".join(ch for i, ch in enumerate(f) if i not in dropped))
    spellings.discard(form)
    return spellings


def _typo_tree(labels: dict[str, _Entry], personal: set[str]) -> dict[str, Any]:
    """The personal fields' labels' typo spellings (see `_typo_spellings`) as a tree like
    the labels'."""
    typos: dict[str, _Entry | None] = {}
    for form, entry in labels.items():
        if len(form) < MIN_TYPO_CHARS or form.isascii() or entry.key not in personal:
            continue
        for typo in _typo_spellings(form):
            if typo in labels:
                continue  # a label as written is read as that label
            known = typos.get(typo, entry)
            typos[typo] = entry if known is not None and known.key == entry.key else None
    tree: dict[str, Any] = {}
    for typo, found in typos.items():
        if found is None:
            continue  # two fields' labels typed alike: neither is read
        node = tree
        for letter in typo:
            node = node.setdefault(letter, {})
        node[""] = found
    return tree


@dataclass(frozen=True)
class _Entry:
    form: str  # canonical label
    key: str
    typed: bool  # the field has a type beyond free text: narrows a compound label


# Another document's number, captioned with the house number's word at its end
# ("โฉนดที่ดินเลขที่", "ใบอนุญาตก่อสร้างเลขที่" on a house-number form, set 57): no box of the
# applicant's house, whatever a label ending in เลขที่ would make of it.
_DOCUMENT_NUMBER = re.compile(
    r"^(?:โฉนด|น\.?ส\.?\s*[3๓]|ใบ(?:อนุญาต|แจ้งความ|เสร็จ|รับ)|สัญญา|หนังสือ|คำ(?:ขอ|ร้อง)"
    r"|ทะเบียน(?:รถ|พาณิชย์)|สิทธิบัตร)[\u0e01-\u0e4e\s.]*เลขที่$"
)


# A machine's network address a web form's notice prints last ("IP Address", "MAC address",
# "ที่อยู่ IP", set 108): where the form was sent from on the net, never where anyone lives.
_NETWORK_ADDRESS = re.compile(
    r"^(?:(?:ip(?:v[46])?|mac|url|web|server|network|ไอพี)(?:address|แอดเดรส)?"
    r"|ที่อยู่(?:ip(?:v[46])?|ไอพี|mac|url|เว็บ[\u0e01-\u0e4e]*))$"
)


def _of_a_network(form: str) -> bool:
    """A canonical label naming a machine's network address ("ipaddress")."""
    return _NETWORK_ADDRESS.match(form) is not None


def _of_a_document(form: str) -> bool:
    """A canonical label naming another document's number ("โฉนดที่ดินเลขที่"), or
    opening with เลขที่ and naming what the number is of ("เลขที่ผู้ใช้น้ำ")."""
    if form.startswith("เลขที่") and _NUMBER_OF_A_THING.match(form, len("เลขที่")):
        return True
    return form.endswith("เลขที่") and _DOCUMENT_NUMBER.match(form) is not None


# The same told the other way round, เลขที่ first: a water or power user's account number
# ("เลขที่ผู้ใช้น้ำ" beside the form's own "บ้านเลขที่" box, set 103), a bill's, a meter's,
# a contract's, an account's, a member's, an e-service's request number over the
# applicant's boxes ("เลขที่คำขอ", set 106), a complaint system's case number heading its
# notice ("เลขที่เรื่อง", set 108), a letter's or a receipt's: the number of that, no
# house's (fix103's, fix106's and fix108's lists, one).
_NUMBER_OF_A_THING = re.compile(
    r"\s*(?:ผู้ใช้|ใบ(?:แจ้ง|เสร็จ|อนุญาต|รับ|สั่ง)|มาตร|มิเตอร์|สัญญา|บัญชี|สมาชิก|อ้างอิง"
    r"|คำ(?:ขอ|ร้อง)|โฉนด|น\.?ส\.?\s*[3๓]|ทะเบียน|สิทธิบัตร|หนังสือ|เอกสาร|รับ|เรื่อง|คดี"
    r"|โครงการ|ติดตาม"
    # a web form's number for the entry it sends ("เลขที่รายการ: WF-...", set 113)
    r"|รายการ)"
)


def _of_an_event(form: str) -> bool:
    """A canonical label naming the date an event happened ("วันที่เกิดภัย")."""
    at = form.find("เกิด")
    while at >= 0:
        end = at + len("เกิด")
        if names_an_event(form[:end], form[end:]):
            return True
        at = form.find("เกิด", end)
    return False


class LabelMatcher:
    """LabelIndex over the union of templates' labels and form-field names.

    `extra` adds specs that belong to no template (the parts of a name) so their labels
    are read too, and are not mistaken for values.
    """

    def __init__(self, templates: Iterable[FormTemplate], extra: Iterable[FieldSpec] = ()) -> None:
        self._labels: dict[str, _Entry] = {}
        self._form_fields: dict[str, _Entry] = {}
        self._multiline: set[str] = set()
        self._personal: set[str] = set()
        self._written: dict[str, set[str]] = {}  # key -> its labels as written in config
        self._types: dict[str, FieldType] = {}
        self._part_of: dict[str, str] = {}  # a part's key -> the whole's
        self.conflicts: set[str] = set()  # canonical labels claimed by two different keys
        specs = [spec for template in templates for spec in template.fields]
        for spec in [*specs, *extra]:
            typed = spec.type not in ("text", "name")
            self._types.setdefault(spec.key, spec.type)
            if spec.part_of:
                self._part_of[spec.key] = spec.part_of
            if spec.multiline:
                self._multiline.add(spec.key)
            if spec.personal:
                self._personal.add(spec.key)
            labels = [*spec.labels, spec.title_th, spec.title_en]
            self._written.setdefault(spec.key, set()).update(label for label in labels if label)
            self._add(self._labels, labels, spec.key, typed)
            self._add(self._form_fields, [*spec.form_fields, spec.key], spec.key, typed)
        self._by_length = sorted(self._labels.values(), key=lambda e: -len(e.form))
        # The labels as a tree of their letters: `prefix_hits` walks it a letter at a time
        # and stops reading a line at the first letter no label goes on with (most lines
        # are no label at all). A node is a dict of the letters that go on; its label, if
        # one ends there, under "" (no letter is the empty string).
        self._tree: dict[str, Any] = {}
        for form, entry in self._labels.items():
            node = self._tree
            for letter in form:
                node = node.setdefault(letter, {})
            node[""] = entry
        own_data = {k for k in self._types if self._part_of.get(k, k) in self._personal}
        self._typo_tree = _typo_tree(self._labels, own_data | self._personal)
        self._match_cached = lru_cache(maxsize=4096)(self._match_uncached)
        self._whole_cached = lru_cache(maxsize=4096)(self._whole_of_parts)

    def _add(self, table: dict[str, _Entry], labels: list[str], key: str, typed: bool) -> None:
        for label in labels:
            for form in normalise_label(label)[:1]:
                known = table.get(form)
                if known is None:
                    table[form] = _Entry(form, key, typed)
                elif known.key != key:
                    self.conflicts.add(form)

    @property
    def keys(self) -> set[str]:
        return {e.key for e in self._labels.values()} | {e.key for e in self._form_fields.values()}

    def label_forms(self) -> dict[str, str]:
        """Every known label in canonical form -> its field key (OCR matches misread
        labels against these; see extractors.ocr_text)."""
        return {form: entry.key for form, entry in self._labels.items()}

    def is_multiline(self, key: str) -> bool:
        return key in self._multiline

    def field_type(self, key: str) -> FieldType:
        return self._types.get(key, "text")

    def is_personal(self, key: str) -> bool:
        """Personal data of somebody (name, ID, phone, address...), not the request's."""
        return key in self._personal

    def labels_of(self, key: str) -> frozenset[str]:
        """The key's labels as the templates write them."""
        return frozenset(self._written.get(key, ()))

    def prefix_hits(self, text: str) -> list[PrefixHit]:
        """Known labels that start `text`, longest first.

        Compared in canonical form, so "ชื่อ - สกุล", "ชื่อ-สกุล" and "ชื่อสกุล" are one label;
        the caller decides whether what follows the label is a separator.
        """
        hits = self._walk(text, self._tree)
        # a label as phones and old PCs type it (see _typo_tree), only where a colon, a
        # space or the line's end closes it, and only longer than any known as written:
        # "ชื่อ-สกุน" is a name's label, not "ชื่อ" with "- สกุน" before the name
        longest = hits[0].end if hits else 0
        typos = [
            h
            for h in self._walk(text, self._typo_tree)
            if h.end > longest and _TYPO_CLOSED.match(text, h.end)
        ]
        return [*typos, *hits]

    def _walk(self, text: str, tree: dict[str, Any]) -> list[PrefixHit]:
        node: dict[str, Any] | None = tree
        read = 0  # canonical letters read
        found: list[tuple[int, _Entry]] = []  # (end of its last character, entry)
        for i, ch in enumerate(text):
            folded = _canonical_char(ch)
            if not folded:
                continue  # a space, a dash: no letter read, nothing ends here
            for letter in folded:  # a letter at a time, as read
                node = node.get(letter) if node is not None else None
                if node is not None and "" in node:
                    found.append((i + 1, node[""]))
            read += len(folded)
            if node is None or read >= MAX_LABEL_CHARS:
                break  # none starts with what was read so far, or no label is longer
        hits = []
        for end, entry in reversed(found):  # longest first
            while end < len(text) and _dropped_mark(text[end]):  # "โทรศัพท์": keep the ์
                end += 1
            if entry.form.endswith("เกิด") and names_an_event(
                entry.form, canonical(text[end : end + 20])
            ):
                continue  # "วันที่เกิดเหตุ": the day of an event, no birth date
            hits.append(PrefixHit(entry.key, end, entry.form.isascii()))
        return hits

    def match(self, label: str) -> tuple[str, float] | None:
        if len(label) > MAX_LABEL_CHARS * 2:
            return None
        return self._match_cached(label)

    def match_form_field(self, name: str) -> tuple[str, float] | None:
        whole = self._form_fields.get(canonical(_INDEX.sub("", name)))
        if whole is not None:
            return whole.key, 1.0
        readable = normalise_form_field(name)
        entry = self._form_fields.get(canonical(readable))
        if entry is not None:
            return entry.key, 1.0
        found = self.match(readable)
        return (found[0], round(found[1] * 0.95, 3)) if found else None

    def _match_uncached(self, label: str) -> tuple[str, float] | None:
        best: tuple[float, int, str] | None = None
        for form in normalise_label(label):
            if len(form) > MAX_LABEL_CHARS:
                continue
            found = self._match_form(form)
            if found and (best is None or found[:2] > best[:2]):
                best = found
        whole = self.whole_of_parts(label)
        if whole is not None and (best is None or best[0] < 1.0 or best[2] != whole):
            return whole, 1.0
        client = self._noted_client(label, best)
        if client is not None:
            return client
        return (best[2], best[0]) if best and best[0] >= MIN_CONFIDENCE else None

    def _noted_client(
        self, label: str, best: tuple[float, int, str] | None
    ) -> tuple[str, float] | None:
        """The client's name's field for a party's label noted as the client's
        (`_CLIENTS_NOTE`), unless a field's own label is the label or opens it
        ("ที่อยู่ (ลูกค้า)" is her address): only what the label's end alone would make
        of it ("เจ้าของอาคาร" read as a building's name) gives way."""
        if not _CLIENTS_NOTE.search(label) or (best is not None and best[0] >= 1.0):
            return None
        bare = _PARENS.sub(" ", _NUMBERING.sub("", label.strip().rstrip(":：")))
        if self._walk(bare.strip(), self._tree):
            return None
        client = self._labels.get(canonical(_CLIENTS_LABEL))
        return (client.key, 1.0) if client is not None else None

    def whole_of_parts(self, label: str) -> str | None:
        """The field whose parts the label's alternatives name, each known whole and two
        or more of them: "คำนำหน้า/ชื่อ/นามสกุล" asks for the name, not its title. With no
        slash or bar, the words parted by spaces ("คำนำหน้า ชื่อ นามสกุล", a form's
        column captions over one blank)."""
        if len(label) > MAX_LABEL_CHARS * 2:
            return None
        return self._whole_cached(label)

    def _whole_of_parts(self, label: str) -> str | None:
        text = _NUMBERING.sub("", label.strip())
        written = _ALTERNATIVES.split(text)
        if len(written) < 2:
            written = text.split()
        entries = []
        for piece in written if len(written) >= 2 else ():  # one piece names no parts
            form = canonical(piece)
            entry = self._labels.get(form) if form else None
            if form and entry is None:
                return None  # a piece no label: the rest need not be folded
            if entry is not None:
                entries.append(entry)
        if len(entries) < 2:
            return None
        keys = {e.key for e in entries if e is not None}
        wholes = {self._part_of.get(key, key) for key in keys}
        if len(keys) >= 2 and len(wholes) == 1:
            return wholes.pop()
        return self._agreed(entries) if len(entries) == 2 else None

    def _agreed(self, halves: list[_Entry]) -> str | None:
        """Of a bilingual label's two halves that name different fields ("เลขประจำตัว /
        ID No.": a school's student number, the ID), the field the other half can mean
        as well: it opens one of that field's labels (เลขประจำตัวประชาชน). Both halves
        of one label say the same thing; the narrower half says which (set 82)."""
        for entry, other in (halves, halves[::-1]):
            if entry.key != other.key and any(
                form.startswith(other.form) and e.key == entry.key
                for form, e in self._labels.items()
            ):
                return entry.key
        return None

    def _match_form(self, form: str) -> tuple[float, int, str] | None:
        """(confidence, matched length, key) for one canonical form."""
        exact = self._labels.get(form)
        if exact is not None:
            return 1.0, len(form), exact.key
        if _of_an_event(form):
            return None  # "วันที่เกิดเหตุ" is no typo of "วันที่เกิด": see event_dates
        if _of_a_document(form) or _of_a_network(form) or names_a_place(form):
            return None  # "โฉนดที่ดินเลขที่" ends with the house box's word, no house box;
            # "ชื่อหอพัก" names a building, no person (place_name_label)
        # A small typo of a whole label ("ชือ-นามสกุล") is better evidence than a shorter
        # label at one end of it ("นามสกุล"): the surer of the two wins.
        found = [m for m in (self._match_affix(form), self._match_fuzzy(form)) if m]
        return max(found, key=lambda m: m[:2]) if found else None

    def _match_affix(self, form: str) -> tuple[float, int, str] | None:
        """A known label that starts or ends the text: "ที่อยู่ปัจจุบัน", "Mobile phone"."""
        hits = [
            e
            for e in self._by_length
            if len(e.form) >= 3
            and (form.startswith(e.form) or (form.endswith(e.form) and not _a_thing(e.form)))
        ]
        if not hits:
            return None

        # "ที่อยู่อีเมล" / "Email address": both keys hit; the typed field is the narrower one.
        # Otherwise the head word wins: first in Thai ("ที่อยู่ของผู้ร้อง" is an address),
        # last in English ("Complainant address").
        def head(e: _Entry) -> bool:
            return form.endswith(e.form) if e.form.isascii() else form.startswith(e.form)

        best = max(hits, key=lambda e: (e.typed, head(e), len(e.form)))
        coverage = len(best.form) / len(form)
        confidence = min(0.85, AFFIX_BASE + 0.3 * coverage)
        if len({e.key for e in hits}) > 1:
            confidence -= 0.05
        return round(confidence, 3), len(best.form), best.key

    def _match_fuzzy(self, form: str) -> tuple[float, int, str] | None:
        if len(form) < MIN_FUZZY_CHARS:
            return None
        best: tuple[float, int, str] | None = None
        matcher = SequenceMatcher(autojunk=False)
        matcher.set_seq2(form)
        for entry in self._by_length:
            if len(entry.form) < MIN_FUZZY_CHARS or _cut_short(form, entry.form):
                continue
            if _after_a_head(form, entry.form):
                continue
            matcher.set_seq1(entry.form)
            if matcher.real_quick_ratio() < FUZZY_THRESHOLD:
                continue
            if matcher.quick_ratio() < FUZZY_THRESHOLD:
                continue
            ratio = matcher.ratio()
            if ratio >= FUZZY_THRESHOLD and (best is None or ratio > best[0]):
                best = (ratio, len(entry.form), entry.key)
        if best is None:
            return None
        return round(best[0] * 0.95, 3), best[1], best[2]


# A label's word that is also a thing's name, the field of another when another word heads
# it: "ที่พัก" alone is where one stays, but "ที่ตั้งที่พัก", "ผู้ดูแลที่พัก" are a lodging's
# place and caretaker (set 118: a non-hotel lodging's notice, the owner's home above).
_THINGS = frozenset({canonical("ที่พัก")})


def _a_thing(label: str) -> bool:
    """Whether the canonical `label` names a thing when it ends another's words."""
    return label in _THINGS


def _after_a_head(form: str, label: str) -> bool:
    """Whether the Thai `label` stands whole in `form` after other words: no typo of it,
    but a label the words before it head, as the affix reading says ("ที่อยู่หุ้นส่วน
    ผู้จัดการ" is the managing partner's address, not his name's "หุ้นส่วนผู้จัดการ", set 88)."""
    return not label.isascii() and label in form and not form.startswith(label)


def _cut_short(form: str, label: str) -> bool:
    """Whether `form` is the English `label` without its ending ("request" of "requester",
    set 82: a club sheet's "Request" row read as the asker's name): another word, what is
    asked and not who asks, no typo. A slip drops one letter, not an ending."""
    return form.isascii() and len(label) - len(form) >= 2 and label.startswith(form)
