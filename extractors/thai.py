"""Thai text helpers: digits, legacy-font clean-up and dates in Buddhist Era or CE.

Pure functions of strings; none raises on bad input (a date that cannot be read is None).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from extractors.unicode_safe import normalize

__all__ = [
    "DASHES",
    "NUMBER_WORDS",
    "fold_label",
    "mixed_postal_code_to_arabic",
    "normalise_thai_text",
    "number_words_to_int",
    "parse_date",
    "parse_year",
    "spoken_digits_to_arabic",
    "thai_digits_to_arabic",
]

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# Every character a writer means as a dash or hyphen, for a regex character class: the
# hyphen-minus and what Word, Outlook and web pages turn it into (hyphen, non-breaking
# hyphen, figure dash, en and em dash, horizontal bar, minus sign, small em dash, small
# and full-width hyphen-minus). Between a label and its value or digit groups they are one.
DASHES = "\\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d"  # as masking.py's


def thai_digits_to_arabic(s: str) -> str:
    """Replace Thai digits (๐-๙) by ASCII digits; everything else is kept."""
    return s.translate(_THAI_DIGITS)


# A phone's Thai keyboard has ๐-๙ on the digit row's shifted keys, so a number may come out
# part Thai, part Arabic ("37๐00"). A postal code so typed at the end of an address is read
# in Arabic digits, as the postal code's own field reads it (set 38); a code in one script,
# and every other number, is kept as written (set 25 keeps a mixed house number as typed).
_MIXED_POSTAL_END = re.compile(r"(?<![0-9\u0e50-\u0e59])[0-9\u0e50-\u0e59]{5}$")
_THAI_DIGIT = re.compile(r"[\u0e50-\u0e59]")


def mixed_postal_code_to_arabic(s: str) -> str:
    """A five-digit number ending the text in Arabic digits when it mixes Thai and Arabic
    ones; everything else kept as written."""
    m = _MIXED_POSTAL_END.search(s)
    if m is None or not _THAI_DIGIT.search(code := m.group(0)):
        return s
    if not re.search("[0-9]", code):
        return s  # all Thai digits: kept here (an address reads Arabic in validate, set 78)
    return s[: m.start()] + thai_digits_to_arabic(code)


# A number dictated digit by digit to a phone's voice typing comes out as the digits'
# words ("ศูนย์แปดหนึ่ง ห้าห้าสอง สามเก้าหกศูนย์"). Only a whole run between non-Thai
# characters, of as many digits as a phone (9-10) or an ID (13) has, is read as a number:
# the words also open ordinary words ("สามี", "เก้าอี้", "หกล้ม").
_DIGIT_WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_DIGIT_WORD = "|".join(_DIGIT_WORDS)
_SPOKEN_RUN = re.compile(
    rf"(?<![\u0e01-\u0e4e])(?:{_DIGIT_WORD})(?:[ \t]?(?:{_DIGIT_WORD}))+(?![\u0e01-\u0e4e])"
)
_SPOKEN_DIGIT = re.compile(_DIGIT_WORD)
SPOKEN_DIGIT_COUNTS = frozenset({9, 10, 13})
# Groups of a number, some said in words and some typed in digits, one space or a dash
# between ("ศูนย์แปดหนึ่ง 944 2067", "สาม 2104 00277 45 2"): at least one group in words.
_WORDS_GROUP = rf"(?:{_DIGIT_WORD})+"  # spaces only between groups: one way to split
_GAP = r"(?:[ \t]{1,3}|[ \t]?-[ \t]?)"
_MIXED_RUN = re.compile(
    rf"(?<![0-9\u0e01-\u0e4e])(?:[0-9]{{1,13}}{_GAP})*{_WORDS_GROUP}"
    rf"(?:{_GAP}(?:[0-9]{{1,13}}|{_WORDS_GROUP}))*(?![0-9\u0e01-\u0e4e])"
)
SPOKEN_RUN = _MIXED_RUN  # for extractors.spoken, which reads it with the other spoken signs
DIGIT_WORDS = _DIGIT_WORDS


# A whole number said in words, up to the thousands a Buddhist year needs ("สิบเก้า" 19,
# "ยี่สิบเอ็ด" 21, "สองพันห้าร้อยสามสิบสาม" 2533), as voice typing writes a spoken date.
_UNIT_WORD = "|".join(_DIGIT_WORDS[1:])
NUMBER_WORDS = (
    rf"(?:(?:{_UNIT_WORD})พัน)?(?:(?:{_UNIT_WORD})ร้อย)?(?:(?:{_UNIT_WORD}|ยี่)?สิบ)?"
    rf"(?:เอ็ด|{_UNIT_WORD})?"
)
_NUMBER_PARTS = re.compile(
    rf"(?:(?P<k>{_UNIT_WORD})พัน)?(?:(?P<h>{_UNIT_WORD})ร้อย)?(?:(?P<t>{_UNIT_WORD}|ยี่)?(?P<ten>สิบ))?"
    rf"(?P<o>เอ็ด|{_UNIT_WORD})?"
)


def number_words_to_int(s: str) -> int | None:
    """The number a run of Thai number words says, or None when it says none."""
    m = _NUMBER_PARTS.fullmatch(s)
    if m is None or not s:
        return None

    def unit(word: str | None) -> int:
        return 0 if word is None else 2 if word == "ยี่" else _DIGIT_WORDS.index(word)

    tens = (unit(m.group("t")) or 1) if m.group("ten") else 0
    ones = 1 if m.group("o") == "เอ็ด" else unit(m.group("o"))
    return unit(m.group("k")) * 1000 + unit(m.group("h")) * 100 + tens * 10 + ones


def spoken_digits_to_arabic(s: str) -> str:
    """Runs of digit words the length of a phone or an ID number written in digits, the
    spaces between their groups kept ("ศูนย์แปดหนึ่ง ห้าห้าสอง" -> "081 552"); so too
    groups said in words beside groups typed in digits, when all of them together are
    as long ("081 ห้าสามศูนย์ 2241" -> "081 530 2241", set 78)."""
    if not any(word in s for word in _DIGIT_WORDS):
        return s  # cheap out: most text

    def digits(run: str) -> str:
        return _SPOKEN_DIGIT.sub(lambda d: str(_DIGIT_WORDS.index(d.group(0))), run)

    def whole(m: re.Match[str]) -> str:
        run = digits(m.group(0))
        return run if sum(c.isdigit() for c in run) in SPOKEN_DIGIT_COUNTS else m.group(0)

    def mixed(m: re.Match[str]) -> str:
        run = digits(m.group(0))
        if sum(c.isdigit() for c in run) in SPOKEN_DIGIT_COUNTS:
            return run
        return _SPOKEN_RUN.sub(whole, m.group(0))  # a whole run inside it, as before

    return _MIXED_RUN.sub(mixed, s)


# Legacy Thai fonts (Windows U+F700..U+F71A, Mac U+F880..U+F89E) draw shifted tone marks
# and vowels as Private Use Area glyphs; text extracted from such PDFs carries those code
# points. Each maps back to the one standard character it is a shape of (HarfBuzz's Thai
# fallback shaper uses the same table in the other direction).
_PUA_TO_THAI: dict[int, str] = {
    # Windows: shifted left (above vowels), shifted down-left and down (tone marks).
    0xF700: "\u0e10",  # THO THAN without descender
    0xF701: "\u0e34",
    0xF702: "\u0e35",
    0xF703: "\u0e36",
    0xF704: "\u0e37",
    **{0xF705 + i: chr(0x0E48 + i) for i in range(5)},  # tone marks, down-left
    **{0xF70A + i: chr(0x0E48 + i) for i in range(5)},  # tone marks, down
    0xF70F: "\u0e0d",  # YO YING without descender
    0xF710: "\u0e31",
    0xF711: "\u0e4d",
    0xF712: "\u0e47",
    **{0xF713 + i: chr(0x0E48 + i) for i in range(5)},  # tone marks, left
    0xF718: "\u0e38",
    0xF719: "\u0e39",
    0xF71A: "\u0e3a",
    # Mac.
    0xF884: "\u0e31",
    0xF885: "\u0e34",
    0xF886: "\u0e35",
    0xF887: "\u0e36",
    0xF888: "\u0e37",
    0xF889: "\u0e47",
    **{0xF88A + 3 * i: chr(0x0E48 + i) for i in range(5)},  # tone marks, left
    **{0xF88B + 3 * i: chr(0x0E48 + i) for i in range(5)},  # tone marks, down
    **{0xF88C + 3 * i: chr(0x0E48 + i) for i in range(5)},  # tone marks, down-left
    0xF899: "\u0e4d",
    0xF89A: "\u0e0d",
    0xF89B: "\u0e38",
    0xF89C: "\u0e39",
    0xF89D: "\u0e3a",
    0xF89E: "\u0e10",
}

# Invisible characters that only get in the way of matching (zero-width space is used in
# Thai as a word-break hint; soft hyphen and BOM are debris from copy and paste).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_TRANSLATE: dict[int, str | None] = {**_PUA_TO_THAI, **_INVISIBLE}
# str.translate with a dict looks up every character of non-ASCII text one by one; most
# text holds none of these, which one regex scan finds out far faster.
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE)) + "]")


def drop_invisible(s: str) -> str:
    """`s` without the invisible characters (zero-width space and joiners, soft hyphen,
    BOM): a chat app's word-break hints between a title and a name hide nothing."""
    return s.translate(_INVISIBLE) if _TRANSLATED.search(s) else s


_TONE = "\u0e48-\u0e4b"  # MAI EK .. MAI CHATTAWA
_UPPER_LOWER_VOWEL = "\u0e31\u0e34-\u0e3a\u0e47"
_NIKHAHIT, _SARA_AA, _SARA_AM = "\u0e4d", "\u0e32", "\u0e33"

# A Thai word never starts with a combining mark or SARA AM, so whitespace before one is
# an artefact of text extraction ('ค ำแปล' from pdf.js bug 1046314). A run of spaces is
# taken whole from its first space: the check that none comes before it follows that
# space rather than leading the pattern, so the regex engine skips from space to space
# instead of trying the lookbehind at every character (5x faster on a long text).
_SPACE_BEFORE_MARK = re.compile(
    r"[ \t\u00a0](?<![ \t\u00a0].)[ \t\u00a0]*(?=[\u0e31\u0e33\u0e34-\u0e3a\u0e47-\u0e4e])"
)
# Rendered SARA AM is NIKHAHIT drawn before the tone mark, then SARA AA; legacy text
# gives those pieces back in drawing order, sometimes with SARA AA first.
_SPLIT_AM = re.compile(rf"{_NIKHAHIT}([{_TONE}]?){_SARA_AA}")
# In the reversed form the NIKHAHIT glyph also pushes a stray space after it ('จาํ นวน').
_SPLIT_AM_REVERSED = re.compile(rf"{_SARA_AA}([{_TONE}]?){_NIKHAHIT}[ ]?")
_AM_BEFORE_TONE = re.compile(rf"{_SARA_AM}([{_TONE}])")
# Text copied out of a PDF made from Word (TH Sarabun and the like) loses SARA AM's
# NIKHAHIT and puts a space where it was: "เลขประจ าตัว", "ส านักงาน", "ทองค า". No Thai
# word starts with SARA AA, so a space then SARA AA right after a consonant or its tone
# mark is that SARA AM (set 20, pdf_copy_paste_broken_sara_am).
_AM_AS_SPACE_AA = re.compile(rf"(?<=[\u0e01-\u0e2e{_TONE}])[ \u00a0]{_SARA_AA}")
# Unicode order is consonant, vowel above/below, then tone mark; some fonts emit the
# tone mark first, and some keyboards let it be typed first. THANTHAKHAT (the silencer,
# "ประสิทธิ์") sits in the tone mark's place and is typed first the same way.
_TONE_BEFORE_VOWEL = re.compile(rf"([{_TONE}\u0e4c])([{_UPPER_LOWER_VOWEL}])")
# A phone's keyboard repeats a mark on a long press and an old PC's lets one be typed
# twice ("ปั้้นทอง", "น้้ำ"); the screen draws the two on top of each other, so the writer
# never sees it. No letter carries the same mark twice: a run of one mark is that mark
# (set 38, a doubled tone mark kept in a name).
_DOUBLED_MARK = re.compile(r"([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\1+")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise_thai_text(s: str) -> str:
    """Clean Thai text from legacy PDF fonts and copy-paste into standard code points.

    Maps Private Use Area glyphs to the standard Thai characters, joins a split SARA AM,
    puts tone marks in Unicode order, drops invisible characters, collapses runs of
    horizontal whitespace to one space and strips each line. Newlines are kept (at most
    one blank line in a row). NFKC is deliberately not used: it would split SARA AM.
    """
    if len(s) <= NORMALISED_CACHE_CHARS:
        return _normalise_cached(s)
    return _normalise(s)


# One mail's values are normalised again and again: each field when candidates are
# ranked, validated, then compared for review (the details text about 5 times a mail,
# about 18 calls a mail on a few distinct strings). The results of texts up to this long
# are kept; a longer text is normalised each time, so the cache stays under a few MB
# (NORMALISED_CACHE_SIZE entries of at most this many characters, in and out) in a
# parser child with a memory limit.
NORMALISED_CACHE_CHARS = 8192
NORMALISED_CACHE_SIZE = 256


@lru_cache(maxsize=NORMALISED_CACHE_SIZE)
def _normalise_cached(s: str) -> str:
    return _normalise(s)


def _normalise(s: str) -> str:
    text = s.replace("\r\n", "\n").replace("\r", "\n")
    # ASCII is its own NFC, and every mending below looks for a character that is not
    # ASCII: an address or a number skips eight regex passes (the worker's blind index
    # normalises a new address every mail, which no cache has seen)
    if not text.isascii():
        text = _mend(text)
    # str.split() parts at the characters the regex calls \s (both ask Unicode's isspace);
    # joined by one space, a line's runs are collapsed and its ends stripped, 10x faster.
    text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    if "\n\n\n" in text:  # far cheaper than the regex, and rarely true
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _mend(text: str) -> str:
    """Legacy glyphs, invisible characters and Thai marks out of order, mended."""
    text = normalize("NFC", text)
    if _TRANSLATED.search(text):
        text = text.translate(_TRANSLATE)
    text = _SPACE_BEFORE_MARK.sub("", text)
    if f" {_SARA_AA}" in text or f"\u00a0{_SARA_AA}" in text:  # far cheaper than the regex
        text = _AM_AS_SPACE_AA.sub(_SARA_AM, text)
    text = _SPLIT_AM.sub(lambda m: m.group(1) + _SARA_AM, text)
    text = _SPLIT_AM_REVERSED.sub(lambda m: m.group(1) + _SARA_AM, text)
    text = _AM_BEFORE_TONE.sub(lambda m: m.group(1) + _SARA_AM, text)
    # collapsed before and after the reordering: a tone typed twice around its vowel
    # ("ป่ั่น") only comes together once the first is put after the vowel
    text = _TONE_BEFORE_VOWEL.sub(r"\2\1", _DOUBLED_MARK.sub(r"\1", text))
    return _DOUBLED_MARK.sub(r"\1", text)


# Thai spelling any real text keeps: a vowel or tone mark above or below sits on a
# consonant (or on a mark that does), a vowel written first (เ แ โ ใ ไ) is followed by a
# consonant (or by a second เ: many type แ as เเ), SARA A, AA and AM follow a
# consonant or its marks, and no letter carries two vowels above, two below, or two tone
# marks. A PDF font with no
# Unicode map gives its letters in glyph order or shuffled, and breaks these everywhere;
# the readers' sets of Thai (30,000 letters) break none after normalise_thai_text.
_MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_MISSPELT = re.compile(
    rf"(?<![\u0e01-\u0e2e{_MARK}])[{_MARK}]"
    r"|[\u0e40-\u0e44](?![\u0e01-\u0e2e\u0e40])"
    rf"|(?<![\u0e01-\u0e2e{_MARK}\u0e30\u0e32\u0e33])[\u0e30\u0e32\u0e33]"
    r"|[\u0e31\u0e34-\u0e37\u0e47][\u0e31\u0e34-\u0e37\u0e47]"
    r"|[\u0e38-\u0e3a][\u0e38-\u0e3a]|[\u0e48-\u0e4b][\u0e48-\u0e4c]"
)
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")  # not the digits
GARBLED_MIN_LETTERS = 20
GARBLED_SHARE = 0.03  # a font's glyph order breaks them at about one letter in seven


def garbled_thai(text: str) -> bool:
    """Whether Thai text (normalised) breaks Thai spelling too often to be what a person
    wrote: letters out of order, as from a PDF whose font maps glyphs to no character."""
    letters = len(_THAI_LETTER.findall(text))
    if letters < GARBLED_MIN_LETTERS:
        return False
    return len(_MISSPELT.findall(text)) >= GARBLED_SHARE * letters


_LABEL_NOISE = re.compile(rf"[\s{DASHES}_.:：;,/\\()\[\]{{}}*'\"“”‘’]+")


def fold_label(s: str) -> str:
    """A label or name reduced for comparison: Thai-normalised, case-folded, no spaces or
    punctuation ('ชื่อ - สกุล' and 'ชื่อ-สกุล' fold alike, as do 'E-mail' and 'email')."""
    return _LABEL_NOISE.sub("", normalise_thai_text(s).casefold())


# --- Dates ------------------------------------------------------------------------------
#
# Choices, so that a clerk can trust a date the system fills in:
# - numeric dates are day first (dd/mm/yyyy, the Thai and British order) or ISO year first;
#   "01/15/1992" is not read as US month-first, it is no date;
# - the year must have four digits. Two-digit years ("15/01/35", even "พ.ศ. 35") are
#   refused: "35" is 2535 BE to most Thai writers but 1935 or 2035 to others, and a wrong
#   guess on a birth date is worse than a flag asking a person;
# - a year over 2400 is Buddhist Era (CE = BE - 543) unless "ค.ศ."/"A.D." says otherwise,
#   which makes the date contradictory and so None; "พ.ศ."/"B.E." with a year of 2400 or
#   less is refused the same way. BE - 543 is the modern reckoning: before 1941 the Thai
#   year began on 1 April, so January-March dates of those years are one year off;
# - the result must fall in 1800..2200 CE, and must be a real day (29/02/2535 is 1992-02-29,
#   a leap day; 29/02/2534 is None).

# the era also spelt out, as a formal letter writes it: พุทธศักราช, คริสต์ศักราช
_ERA_BE = re.compile(r"พุทธศักราช|พ\s*\.?\s*ศ\s*\.?|(?<![a-z])b\s*\.\s*e\s*\.?|(?<![a-z])be(?![a-z])")
_ERA_CE = re.compile(
    r"คริสต์ศักราช|คริสตศักราช|ค\s*\.?\s*ศ\s*\.?|(?<![a-z])(?:a\s*\.\s*d|c\s*\.\s*e)\s*\.?|(?<![a-z])(?:ad|ce)(?![a-z])"
)
# The months as a Thai form writes them, in full and abbreviated.
THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
# The letters of a word written before an abbreviation's dot: a few consonants, no
# vowel (ต. อ. ม. กทม.). An address is full of them.
ABBREVIATED_WORD = "[\u0e01-\u0e2e]{1,3}"
# What follows a writer's "I" when no name does ("ข้าพเจ้าขอยื่นคำร้อง", "ผมมีความประสงค์"):
# a verb, for every reader that takes the words after ข้าพเจ้า/ผม/ดิฉัน for a name (prose,
# vouching); or the post he writes in ("ข้าพเจ้าในฐานะผู้ใหญ่บ้าน...", set 66).
VERB_AFTER_I = r"(?:ขอ|มี|ได้|จึง|ใคร่|ประสงค์|เป็น|อยู่|ยื่น|แจ้ง|ร้อง|ทำ|ไม่|ในฐานะ)"
# The titles an ID card gives a name (นางสาว before นาง: the longer first).
# One run of Thai letters and marks: a word, as the sentence readers take one.
THAI_WORD = r"[\u0e01-\u0e4e]+"
CIVIL_TITLE = r"(?:นางสาว|นาย|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง)"
# A child's of them (under 15): a boy's or a girl's.
CHILD_TITLE = r"(?:ด\.[ชญ]\.|เด็กชาย|เด็กหญิง)"
# How one person is kin to another, as a form's role cell or a sentence names it: one
# list for every reader that must tell a relation from a name (values, sheet_roles). The
# longer first, so that an alternation tries คู่สมรส before a shorter word it begins with.
KIN_WORDS = (
    "คู่สมรส", "ภรรยา", "มารดา", "บิดา", "บุตร", "ธิดา", "สามี", "หลาน", "ญาติ", "น้อง", "ลูก",
    "พ่อ", "แม่", "พี่", "ลุง", "ป้า", "น้า", "ยาย", "ปู่", "ย่า", "ตา", "อา",
)  # fmt: skip
KIN = "(?:" + "|".join(KIN_WORDS) + ")"
THAI_MONTH_ABBREVIATIONS = frozenset(
    [
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    ]
)

_THAI_MONTHS = (
    r"มกรา(?:คม)?|ม\.?\s*ค\.?",
    r"กุมภา(?:พันธ์?)?|ก\.?\s*พ\.?",
    r"มีนา(?:คม)?|มี\.?\s*ค\.?",
    r"เมษา(?:ยน)?|เม\.?\s*ย\.?",
    r"พฤษภา(?:คม)?|พ\.?\s*ค\.?",
    r"มิถุนา(?:ยน)?|มิ\.?\s*ย\.?",
    r"กรก[ฎฏ]า(?:คม)?|ก\.?\s*ค\.?",
    r"สิงหา(?:คม)?|ส\.?\s*ค\.?",
    r"กันยา(?:ยน)?|ก\.?\s*ย\.?",
    r"ตุลา(?:คม)?|ต\.?\s*ค\.?",
    r"พฤศจิกา(?:ยน)?|พ\.?\s*ย\.?",
    r"ธันวา(?:คม)?|ธ\.?\s*ค\.?",
)
_ENGLISH_MONTHS = (
    "jan(?:uary)?",
    "feb(?:ruary)?",
    "mar(?:ch)?",
    "apr(?:il)?",
    "may",
    "june?",
    "july?",
    "aug(?:ust)?",
    "sep(?:t(?:ember)?)?",
    "oct(?:ober)?",
    "nov(?:ember)?",
    "dec(?:ember)?",
)
_MONTHS = tuple(
    re.compile(rf"{thai}|(?<![a-z])(?:{english})\.?(?![a-z])")
    for thai, english in zip(_THAI_MONTHS, _ENGLISH_MONTHS, strict=True)
)
_FILLER = re.compile(
    r"วันที่|เดือน|ปี|วัน|ที่|จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์"
    r"|(?<![a-z])(?:the|of|date|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?![a-z])"
    r"|(?<=\d)(?:st|nd|rd|th)(?![a-z])"
)
_DMY = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})")
_YMD = re.compile(r"(\d{4})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{1,2})")
# a date as Japan and China write it, year first in C.E. ("2003年5月27日", set 79)
_CJK_YMD = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def parse_date(s: str) -> dt.date | None:
    """Read a date written in Thai or English, Buddhist Era or CE; None if it is no real date.

    Accepts dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, "d mmmm yyyy" with Thai month
    names full or abbreviated ("มกราคม", "ม.ค.") or English ones ("January", "Jan"), with
    or without "วันที่", a weekday, "พ.ศ."/"ค.ศ."/"B.E."/"A.D.", and Thai digits.
    See the notes above for the choices on ambiguous input.
    """
    text = thai_digits_to_arabic(normalise_thai_text(s)).casefold()
    is_be, is_ce = bool(_ERA_BE.search(text)), bool(_ERA_CE.search(text))
    if is_be and is_ce:
        return None
    text = _ERA_CE.sub(" ", _ERA_BE.sub(" ", text))
    parts = _numeric_parts(text) or _textual_parts(_FILLER.sub(" ", text))
    if parts is None:
        return None
    written_year, month, day = parts
    year = _ce_year(written_year, is_be=is_be, is_ce=is_ce)
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_parts(text: str) -> tuple[int, int, int] | None:
    body = _FILLER.sub(" ", text).strip()
    if m := _DMY.fullmatch(body):
        return int(m.group(4)), int(m.group(3)), int(m.group(1))
    if m := _YMD.fullmatch(body):
        return int(m.group(1)), int(m.group(3)), int(m.group(4))
    if m := _CJK_YMD.fullmatch(body):
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    return None


def _textual_parts(text: str) -> tuple[int, int, int] | None:
    found = [(n, m) for n, rx in enumerate(_MONTHS, start=1) for m in rx.finditer(text)]
    if len(found) != 1:
        return None
    month, m = found[0]
    tokens = _TOKEN.findall(text[: m.start()] + " " + text[m.end() :])
    if any(not t.isdigit() for t in tokens) or len(tokens) != 2:
        return None
    days = [t for t in tokens if len(t) <= 2]
    years = [t for t in tokens if len(t) == 4]
    before = _TOKEN.findall(text[: m.start()])
    if len(days) == 2 and len(before) == 1 and _THAI_LETTER.search(m.group(0)):
        # "24 ก.พ.97": a two-digit Buddhist year after a Thai month, as forms are often
        # filled in; the century is the latest that does not put the date in the future.
        return _two_digit_be(int(days[1])), month, int(days[0])
    if len(days) != 1 or len(years) != 1:
        return None
    return int(years[0]), month, int(days[0])


_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_DMY_SHORT = re.compile(r"\s*(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{2})\s*")


def parse_short_be_date(s: str) -> dt.date | None:
    """A numeric date with a two-digit year ("03/07/28", "30/9/42") read as Thai forms
    mean it, the Buddhist year's last two digits (the latest century that does not put it
    in the future). `parse_date` refuses these: the reading is a guess a person must
    confirm, so its caller flags it."""
    m = _DMY_SHORT.fullmatch(thai_digits_to_arabic(normalise_thai_text(s)))
    if m is None:
        return None
    year = _two_digit_be(int(m.group(4))) - 543
    try:
        return dt.date(year, int(m.group(3)), int(m.group(1)))
    except ValueError:
        return None


def _two_digit_be(yy: int) -> int:
    year = 2500 + yy
    return year - 100 if year - 543 > dt.date.today().year else year


_YEAR_WORDS = re.compile(r"ปีการศึกษา|ปี|(?<![a-z])(?:academic|school|year)(?![a-z])")


def parse_year(s: str) -> int | None:
    """A year on its own ("2560", "พ.ศ. ๒๕๖๐", "ปีการศึกษา 2560", "2017") as the CE year,
    by the same rules as `parse_date`; None otherwise."""
    text = thai_digits_to_arabic(normalise_thai_text(s)).casefold()
    is_be, is_ce = bool(_ERA_BE.search(text)), bool(_ERA_CE.search(text))
    if is_be and is_ce:
        return None
    body = _YEAR_WORDS.sub(" ", _ERA_CE.sub(" ", _ERA_BE.sub(" ", text))).strip()
    if not re.fullmatch(r"\d{4}", body):
        return None
    return _ce_year(int(body), is_be=is_be, is_ce=is_ce)


def _ce_year(year: int, *, is_be: bool, is_ce: bool) -> int | None:
    if (is_be and year <= 2400) or (is_ce and year > 2400):
        return None
    if year > 2400:
        year -= 543
    return year if 1800 <= year <= 2200 else None
