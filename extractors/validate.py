"""Typed, normalised field values from what a citizen wrote, with each problem named.

The normalisers stand alone (the privacy work builds blind indexes on their output, so a
value must normalise the same way every time). `build_model` turns a form template into a
pydantic model whose validators are those normalisers; `validate_fields` runs it and
returns the values plus the issues per field. Nothing here raises on a bad value, and no
message or error carries the value itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, create_model
from pydantic_core import PydanticCustomError

from extractors.address_provinces import address_provinces
from extractors.base import FieldIssue, FieldSpec, FieldType, FormTemplate
from extractors.by_identity import ByIdentity
from extractors.date_orders import MONTH_FIRST, reread_date
from extractors.foreign_phone import normalise_foreign_phone
from extractors.provinces import (
    match_province,
    postal_area_provinces,
    postal_code_exists,
    postal_code_provinces,
)
from extractors.thai import (
    CIVIL_TITLE,
    DASHES,
    mixed_postal_code_to_arabic,
    normalise_thai_text,
    parse_date,
    parse_short_be_date,
    parse_year,
    thai_digits_to_arabic,
)

__all__ = [
    "TemplateFields",
    "any_kind_of_id",
    "build_model",
    "check_digit_holds",
    "issue",
    "national_id_is_valid",
    "normalise_amount",
    "normalise_any_phone",
    "normalise_email",
    "normalise_integer",
    "normalise_national_id",
    "normalise_phone",
    "normalise_postal_code",
    "normalise_province",
    "validate_fields",
]

# --- Normalisers: text in, canonical text or None out ------------------------------------

# A form's boxes, one a digit, typed as "|1|4|0|..." or "[1] [4 0 9 9] ..." part the
# digits as spaces do (set 42).
_ID_SEPARATORS = re.compile(rf"[\s{DASHES}._|\[\]]+")


def normalise_national_id(s: str) -> str | None:
    """The 13 digits of a Thai national ID written with spaces, dashes, dots, box marks
    or Thai digits; None if that does not leave exactly 13 digits. The check digit is not
    tested."""
    digits = _ID_SEPARATORS.sub("", thai_digits_to_arabic(s))
    return digits if re.fullmatch(r"\d{13}", digits, re.ASCII) else None


def _personal_kind(digits: str) -> bool:
    """A person's number, not a juristic person's: Thai and resident people's numbers
    open with 1-8, and the pink-card numbers of registered migrant workers with 00. A
    juristic person's (0 and a registration office's code, 10 to 99) and 9 are not."""
    migrant = digits.startswith("00") and digits[2:12].strip("0") != ""  # not a blank's 0s
    return digits[0] in "12345678" or migrant


def national_id_is_valid(digits: str) -> bool:
    """True for a person's 13 digits (_personal_kind) whose last digit is the mod-11
    check digit of the first twelve (weights 13 down to 2)."""
    if not re.fullmatch(r"\d{13}", digits, re.ASCII) or not _personal_kind(digits):
        return False
    return check_digit_holds(digits)


# Extensions are dropped, not refused: E.164 has no place for them and the line itself is
# what staff call back on (the raw value keeps the extension for them to read).
_EXTENSION = re.compile(
    r"\s*[(\[]?\s*(?:ต่อ|ext\.?|extension|x|#)\s*\d{1,5}\s*[)\]]?\s*$", re.IGNORECASE
)
_PHONE_LABEL = re.compile(r"^(?:โทรศัพท์|โทร\.?|มือถือ|tel\.?|phone|mobile|mob\.?)\s*:?\s*", re.I)
# \d alone takes any script's digits; a word processor's dashes part groups as "-" does
# (the country code may stand in brackets: "(+66) 81-...")
_PHONE_CHARS = re.compile(rf"\(?\+?[\d\s{DASHES}.()]+", re.ASCII)


def normalise_phone(s: str) -> str | None:
    """A Thai phone number in E.164 ("+66812345678"), or None.

    Accepts mobiles (06, 08, 09 + 8 digits) and landlines (02 + 7 digits, 03/04/05/07 +
    8 digits in all, e.g. 053-123456), written with 0, +66, 66 or 0066, spaces, dashes, dots,
    parentheses, "(0)" after the country code, and Thai digits. An extension ("ต่อ 12",
    "ext. 12", "#12") is dropped. Refused: foreign numbers, short codes and 1800 toll-free
    lines, numbers with the leading 0 missing, and two numbers in one value.
    """
    text = thai_digits_to_arabic(normalise_thai_text(s)).strip()
    text = _EXTENSION.sub("", _PHONE_LABEL.sub("", text)).replace("(0)", "")
    if not _PHONE_CHARS.fullmatch(text):
        return None
    digits = re.sub(r"\D", "", text)
    if text.lstrip("( ").startswith("+"):  # "(+66) 81-...": the country code in brackets
        if not digits.startswith("66"):
            return None
        national = digits[2:]
    elif digits.startswith("0066"):
        national = digits[4:]
    elif digits.startswith("66") and len(digits) in (10, 11, 12):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        return None
    national = national.removeprefix("0")  # "+66 081..." keeps a stray trunk 0
    is_mobile = len(national) == 9 and national[0] in "689"
    is_landline = len(national) == 8 and national[0] in "23457"
    return f"+66{national}" if is_mobile or is_landline else None


def normalise_any_phone(s: str) -> str | None:
    """A Thai number (`normalise_phone`), else one abroad written with its country code
    (extractors.foreign_phone, set 79), in E.164; None for neither. A phone field takes
    both: a Thai working abroad is called back on his number there (flagged, as
    `validate_fields` flags every number abroad)."""
    return normalise_phone(s) or normalise_foreign_phone(s)


def phone_compared(s: str) -> str:
    """A number as two of them are compared: in E.164 where it is one (the same number
    written with 0 or with +66), else by its digits."""
    return normalise_any_phone(s) or re.sub(r"\D", "", s)


_LOCAL_PART = re.compile(r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_ASCII_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
# A local part in Thai letters (SMTPUTF8), as THNIC's Thai e-mail gives them beside a
# Thai domain ("สมชาย@ตัวอย่าง.ไทย"): taken only with an internationalised domain, so a
# Thai label glued to a plain address ("อีเมลsomchai@gmail.com") is never read into it.
_THAI_LOCAL_PART = re.compile(r"[\u0e01-\u0e4e0-9a-z_-]+(?:\.[\u0e01-\u0e4e0-9a-z_-]+)*")


def normalise_email(s: str) -> str | None:
    """An email address trimmed and lower-cased, or None when it is not one.

    Strips "mailto:" and angle brackets, reads a full-width "＠". The local part must be
    plain ASCII, or Thai when the domain is internationalised ("สมชาย@ตัวอย่าง.ไทย"); the
    domain is kept in Unicode, lower-cased. Checks syntax only, not that the mailbox exists.
    """
    text = normalise_thai_text(s).replace("＠", "@").replace("．", ".").strip().casefold()
    text = text.removeprefix("mailto:").strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    local, at, domain = text.rpartition("@")
    domain = domain.rstrip(".")
    if not at or len(text) > 254 or len(local.encode()) > 64 or not _local_part_ok(local, domain):
        return None
    return f"{local}@{domain}" if _domain_is_valid(domain) else None


def _local_part_ok(local: str, domain: str) -> bool:
    if _LOCAL_PART.fullmatch(local):
        return True
    return not domain.isascii() and _THAI_LOCAL_PART.fullmatch(local) is not None


def _idna_label(label: str) -> str:
    """label.encode("idna") as text. An ASCII label (no dot: the domain is split at them)
    is what the codec's own ASCII path gives, without its pure-Python codec call (a few
    us a label, three labels an address, six addresses a mail)."""
    if label.isascii():
        if len(label) >= 64:
            raise UnicodeError("label too long")  # as the codec refuses it
        return label
    return label.encode("idna").decode("ascii")


def _domain_is_valid(domain: str) -> bool:
    labels = domain.split(".")
    if len(labels) < 2:
        return False
    try:
        ascii_labels = [_idna_label(label) for label in labels]
    except UnicodeError:
        return False
    tld = ascii_labels[-1]
    tld_ok = tld.startswith("xn--") or (tld.isalpha() and len(tld) >= 2)
    return tld_ok and all(_ASCII_LABEL.fullmatch(label) for label in ascii_labels)


def normalise_postal_code(s: str) -> str | None:
    """Five digits (Thai digits and surrounding spaces allowed), or None. Syntax only:
    whether the code exists is `extractors.provinces.postal_code_exists`."""
    digits = re.sub(r"\s+", "", thai_digits_to_arabic(s))
    return digits if re.fullmatch(r"\d{5}", digits, re.ASCII) else None


def normalise_province(s: str) -> str | None:
    """The canonical Thai name of one of the 77 provinces, or None."""
    return match_province(s)


_AMOUNT_NOISE = re.compile(r"บาท|baht|thb|฿|[,\s]|\.-$|\.—$", re.IGNORECASE)


def normalise_amount(s: str) -> str | None:
    """A non-negative amount of money with two decimals ("1,500.-" -> "1500.00"), or None."""
    text = _AMOUNT_NOISE.sub("", thai_digits_to_arabic(normalise_thai_text(s)))
    if not re.fullmatch(r"\d+(?:\.\d{1,2})?", text, re.ASCII):
        return None
    try:
        return f"{Decimal(text):.2f}"
    except InvalidOperation:
        return None


_NUMBER_WORDS = {
    "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8,
    "เก้า": 9, "สิบ": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
}  # fmt: skip
_COUNT_UNITS = re.compile(r"ฉบับ|ชุด|แผ่น|เล่ม|copies|copy|sets?|[\s.]", re.IGNORECASE)


def normalise_integer(s: str) -> str | None:
    """A whole count ("2", "๒ ฉบับ", "สองฉบับ", "3 copies") as digits, or None."""
    text = _COUNT_UNITS.sub("", thai_digits_to_arabic(normalise_thai_text(s)).casefold())
    if text in _NUMBER_WORDS:
        return str(_NUMBER_WORDS[text])
    return str(int(text)) if re.fullmatch(r"\d{1,6}", text, re.ASCII) else None


# Titles that Thai official writing joins to the first name ("นายสมชาย ใจดี"), and English
# ones kept before it with one space. Ranks and academic titles are left as written.
# A title typed with a space inside it, before a first and a family name: "นาง สาว สุดา
# มีสุข", "น. ส. สุดา มีสุข". "นาง สาวิตรี ใจดี" is นาง with the first name สาวิตรี.
_SPACED_TITLE = re.compile(r"^(นาง\s+สาว|น\.\s+ส\.|ด\.\s+[ชญ]\.|เด็ก\s+(?:ชาย|หญิง))(?=\s+\S+\s+\S)")
_JOINED_TITLE = re.compile(rf"^({CIVIL_TITLE})\s+(?=\S)")
# A woman's rank is written with หญิง close up to it (พ.ต.ท.หญิง, ร.ต.อ.หญิง, จ.ส.อ.หญิง):
# "ร.ต.อ. หญิง กมลชนก ..." is that rank typed with a space inside, before a given name
# and a family name (two words after it: "ร.ต.อ. หญิง ใจดี" may be a name หญิง).
_WOMANS_RANK = re.compile(r"^((?:ว่าที่\s*)?(?:[\u0e01-\u0e2e]{1,3}\.){2,4})\s+หญิง(?=\s+\S+\s+\S)")
_ENGLISH_TITLE = re.compile(r"^(Mrs|Mr|Ms|Miss|Mister)(?:(\.)\s*|\s+)(?=[A-Za-z])", re.IGNORECASE)
# An English title before a Thai name is the Thai civil title written in English (as the
# ID card gives both); Ms. may stand for นาง or นางสาว, so it is left as written.
_ENGLISH_BEFORE_THAI = re.compile(r"^(Mrs|Mr|Miss|Mister)\.?\s*(?=[\u0e01-\u0e2e])", re.I)
_THAI_OF_ENGLISH = {"mrs": "นาง", "mr": "นาย", "mister": "นาย", "miss": "นางสาว"}


# Marks a keyboard or an editor puts round a name, no part of it: chat and markdown
# emphasis ("**นายสมชาย ใจดี**", "*...*", "__...__", as a chat assistant's letter or a
# LINE message is pasted), and the full stop a phone adds for two spaces typed after the
# name (iOS) or a sentence ends on: a Thai name never ends in a dot (an English one may,
# "Jr.", so only after a Thai letter).
_EMPHASIS = re.compile(r"^[*_~]+\s*|\s*[*_~]+$")
_THAI_FINAL_DOT = re.compile(r"(?<=[\u0e01-\u0e4e])\.$")


# Emoji after a name ("นายสมชาย ใจดี 🙏", a chat's line): a name holds no pictograph.
_PICTOGRAPHS_END = re.compile("[\\s\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+$")


def normalise_name(s: str) -> str | None:
    """A person's name with single spaces and a Thai title joined to the first name.

    "นาย สมชาย  ใจดี" -> "นายสมชาย ใจดี"; "Mr.  John Smith" -> "Mr. John Smith";
    "ร.ต.อ. สมชาย ใจดี" and "ผศ.ดร. สมหญิง ใจงาม" keep their ranks and titles as written.
    """
    text = " ".join(_PICTOGRAPHS_END.sub("", normalise_thai_text(s)).split())
    text = _THAI_FINAL_DOT.sub("", _EMPHASIS.sub("", text))
    text = _SPACED_TITLE.sub(lambda m: "".join(m.group(1).split()), text)
    text = _ENGLISH_BEFORE_THAI.sub(lambda m: _THAI_OF_ENGLISH[m.group(1).casefold()], text)
    text = _JOINED_TITLE.sub(r"\1", text)
    text = _WOMANS_RANK.sub(r"\1หญิง", text)
    english = _ENGLISH_TITLE.match(text)
    if english:
        text = f"{english.group(1)}{english.group(2) or ''} {text[english.end() :]}"
    return text or None


def normalise_text(s: str, *, multiline: bool = False) -> str | None:
    """Thai-normalised, trimmed text (one line unless `multiline`), a postal code typed in
    Thai and Arabic digits mixed at its end in Arabic ones; None when empty."""
    text = mixed_postal_code_to_arabic(normalise_thai_text(s))
    if not multiline:
        text = " ".join(text.split())
    return text or None


# --- Issues -----------------------------------------------------------------------------

# Messages name the field, never its value (they reach logs and the review app).
_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("ยังไม่ได้ระบุ{th}", "{en} is missing"),
    "invalid_format": ("{th}มีรูปแบบไม่ถูกต้อง", "{en} is not in a valid format"),
    "invalid_checksum": ("{th}มีเลขตรวจสอบหลักสุดท้ายไม่ถูกต้อง", "{en} has a wrong check digit"),
    "invalid_date": ("{th}ไม่ใช่วันที่ที่ถูกต้อง", "{en} is not a valid date"),
    "date_in_future": ("{th}เป็นวันที่ในอนาคต", "{en} is in the future"),
    MONTH_FIRST: (
        "{th}เขียนเดือนก่อนวัน (ตัวเลขที่สองเกิน 12) อ่านเป็นเดือน/วัน/ปี โปรดตรวจสอบ",
        "{en} has the month first (its second number is over 12), read as month/day/year:"
        " please check",
    ),
    "two_digit_year": (
        "{th}เขียนปีเป็นเลขสองหลัก อ่านเป็นปี พ.ศ. โปรดตรวจสอบ",
        "{en} has a two-digit year, read as Buddhist Era: please check",
    ),
    "unknown_province": ("{th}ไม่ตรงกับจังหวัดใดใน 77 จังหวัด", "{en} is not one of the 77 provinces"),
    "unknown_postal_code": ("ไม่พบ{th}นี้ในระบบไปรษณีย์ไทย", "{en} does not exist"),
    "postal_code_unlisted": (
        "ไม่พบ{th}นี้ในรายการของตำบล อาจเป็นรหัสเฉพาะของหน่วยงานในจังหวัดนั้น โปรดตรวจสอบ",
        "{en} is no sub-district's: maybe an organisation's own code in that province,"
        " please check",
    ),
    "postal_code_province_mismatch": (
        "{th}ไม่อยู่ในจังหวัดที่ระบุ",
        "{en} does not belong to the province given",
    ),
    "not_in_address": (
        "{th}ไม่ตรงกับอำเภอหรือจังหวัดที่ระบุในที่อยู่ อาจเป็นของที่อื่นหรือของบุคคลอื่น โปรดตรวจทั้งสองค่า",
        "{en} is not where the address's district or province lies: one of them may be"
        " another place's or person's, check both",
    ),
    "address_elsewhere": (
        "{th}ระบุอำเภอหรือจังหวัดที่ไม่ตรงกับจังหวัดหรือรหัสไปรษณีย์ที่อ่านได้ โปรดตรวจทั้งสองค่า",
        "{en} names a district or province other than the province or postal code given:"
        " check both",
    ),
    # Review flags: the value is kept, but a clerk is told to check it and why.
    "low_confidence": (
        "ระบบอ่าน{th}ได้ไม่แน่ชัด โปรดตรวจกับต้นฉบับ",
        "{en} was read with low confidence: check it against the original",
    ),
    "read_from_prose": (
        "{th}พบในข้อความที่เขียนเป็นประโยค ไม่ใช่ในแบบฟอร์ม โปรดตรวจกับต้นฉบับ",
        "{en} was found in the sentences of the request, not in a form: check it",
    ),
    "read_by_ocr": (
        "{th}อ่านจากภาพด้วย OCR โปรดตรวจกับภาพต้นฉบับ",
        "{en} was read from an image by OCR: check it against the image",
    ),
    "ocr_digit_chosen": (
        "{th}อ่านจากภาพด้วย OCR และมีหนึ่งหลักที่อ่านไม่ชัด ระบบเลือกหลักที่ทำให้เลขตรวจสอบถูกต้อง"
        " โปรดตรวจกับภาพต้นฉบับ",
        "{en} was read from an image by OCR with one unclear digit, chosen so that the check"
        " digit is right: check it against the image",
    ),
    "ocr_mended": (
        "{th}อ่านจากภาพด้วย OCR และระบบซ่อมส่วนที่อ่านไม่ชัดจากข้อมูลอื่นในหน้าเดียวกัน โปรดตรวจกับภาพต้นฉบับ",
        "{en} was read from an image by OCR and an unclear part of it mended from the rest"
        " of the page: check it against the image",
    ),
    "sources_disagree": (
        "{th}ในแหล่งต่าง ๆ ของคำร้องไม่ตรงกัน ({sources}) โปรดตรวจว่าค่าใดถูก",
        "{en} differs between sources ({sources}): check which is right",
    ),
    "name_incomplete": (
        "{th}มีเพียงคำเดียว อาจไม่มีนามสกุล โปรดตรวจกับต้นฉบับ",
        "{en} is a single word, maybe without the family name: check it",
    ),
    "id_unusual_kind": (
        "{th}ขึ้นต้นด้วยเลขที่ไม่ใช่ของบุคคลสัญชาติไทยทั่วไป (เช่น บุคคลที่ไม่มีสถานะทางทะเบียน"
        " หรือเลขนิติบุคคล) โปรดตรวจกับต้นฉบับ",
        "{en} opens with digits no Thai person's usually does (a person of no registration"
        " status, or a company's number): check it",
    ),
    "implausible_value": (
        "{th}มีรูปแบบที่ไม่น่าใช่ค่าจริง (อาจมีข้อความอื่นปนมา) โปรดตรวจกับต้นฉบับ",
        "{en} does not look like one (other text may have run into it): check it",
    ),
    "writer_contact": (
        "{th}อยู่ในหนังสือที่ผู้อื่นเขียนรับรองผู้ยื่นคำร้อง อาจเป็นของผู้เขียน โปรดตรวจกับต้นฉบับ",
        "{en} is in a letter someone else wrote to vouch for the applicant: it may be the"
        " writer's, check it",
    ),
    "child_contact": (
        "ผู้ยื่นคำร้องเป็นเด็ก {th}ที่ให้ไว้น่าจะเป็นของบิดามารดาหรือผู้ปกครอง โปรดตรวจกับต้นฉบับ",
        "the applicant is a child: the {en} given is likely a parent's or guardian's, check it",
    ),
    "another_named_beside": (
        "{th}อยู่ใต้ชื่อของบุคคลอื่นที่ไม่ใช่ผู้ยื่นคำร้อง อาจเป็นของผู้นั้น โปรดตรวจกับต้นฉบับ",
        "{en} stands under the name of someone other than the applicant: it may be theirs,"
        " check it",
    ),
    "applicant_in_doubt": (
        "ชื่อผู้ยื่นคำร้องยังไม่แน่ชัด {th}นี้จึงอาจเป็นของบุคคลอื่น โปรดตรวจชื่อก่อน แล้วจึงตรวจ{th}",
        "who the applicant is, is in doubt (the name is flagged or missing), so the {en} may"
        " be someone else's: check the name first, then it",
    ),
    "two_people": (
        "คำร้องนี้ให้ข้อมูลของสองคน (ผู้ยื่นแทนและผู้ที่ยื่นแทนให้) {th}อาจเป็นของอีกคน โปรดตรวจกับต้นฉบับ",
        "{en} may be another person's: the request gives two people's details (one filing"
        " for the other), check it",
    ),
    "foreign_phone": (
        "{th}เป็นหมายเลขต่างประเทศ โปรดตรวจรหัสประเทศกับต้นฉบับก่อนโทร",
        "{en} is a number abroad: check its country code against the original before calling",
    ),
    "quoted_text": (
        "{th}อ่านจากข้อความที่อ้างถึงในอีเมลตอบกลับ โปรดตรวจกับต้นฉบับ",
        "{en} was read from quoted text in a reply: check it",
    ),
}


def issue(code: str, spec: FieldSpec, *, sources: str = "") -> FieldIssue:
    """The FieldIssue for `code` on a field, with Thai and English messages.

    `sources` names where disagreeing values came from ("body, attachment 1"): never a value.
    """
    th, en = _MESSAGES.get(code, _MESSAGES["invalid_format"])
    names = {"th": spec.title_th, "en": spec.title_en, "sources": sources}
    return FieldIssue(code=code, message_th=th.format(**names), message_en=en.format(**names))


# --- The model built from a template ----------------------------------------------------


def _problem(code: str) -> PydanticCustomError:
    return PydanticCustomError(code, _MESSAGES[code][1].format(en="value"))


def check_digit_holds(digits: str) -> bool:
    """The mod-11 check digit of the first twelve (weights 13 down to 2), whatever the
    first digit is."""
    total = sum(int(d) * w for d, w in zip(digits[:12], range(13, 1, -1), strict=True))
    return (11 - total % 11) % 10 == int(digits[12])


def _blank_id(digits: str) -> bool:
    """A form's blank left at its zeros ("0-0000-00000-00-0"): no one's number."""
    return digits[1:12].strip("0") == ""


def any_kind_of_id(digits: str) -> bool:
    """13 digits, no blank's, whose check digit holds, whatever the first digit: a Thai
    person's, a migrant's, a person's of no registration status, or a company's."""
    return not _blank_id(digits) and check_digit_holds(digits)


def _check_national_id(s: str) -> str:
    # A value in this field came after a person's ID label (config/fields.toml) or was
    # found as a person's (national_id_is_valid): 13 digits whose check digit holds are an
    # ID there whatever the first digit, as the numbers of people of no registration
    # status, 0 then the registrar's province ("0-6301-..."), are (set 53). Only a
    # blank's zeros are no one's.
    digits = normalise_national_id(s)
    if digits is None or _blank_id(digits):
        raise _problem("invalid_format")
    if not check_digit_holds(digits):
        raise _problem("invalid_checksum")
    return digits


def _check_date(s: str) -> str:
    parsed = parse_date(s)
    if parsed is None:
        raise _problem("invalid_date")
    return parsed.isoformat()


def _check_postal_code(s: str) -> str:
    code = normalise_postal_code(s)
    if code is None:
        raise _problem("invalid_format")
    if not postal_code_exists(code):
        raise _problem("unknown_postal_code")
    return code


def _check_province(s: str) -> str:
    name = normalise_province(s)
    if name is None:
        raise _problem("unknown_province")
    return name


def _check_year(s: str) -> str:
    year = parse_year(s)
    if year is None:
        raise _problem("invalid_format")
    return str(year)


def _format_check(normaliser: Callable[[str], str | None]) -> Callable[[str], str]:
    def check(s: str) -> str:
        value = normaliser(s)
        if value is None:
            raise _problem("invalid_format")
        return value

    return check


_CHECKS: dict[FieldType, Callable[[str], str]] = {
    "national_id": _check_national_id,
    "phone": _format_check(normalise_any_phone),
    "email": _format_check(normalise_email),
    "date": _check_date,
    "postal_code": _check_postal_code,
    "province": _check_province,
    "amount": _format_check(normalise_amount),
    "integer": _format_check(normalise_integer),
    "year": _check_year,
    "name": _format_check(normalise_name),
}

# What people write in a box they mean to leave empty.
_PLACEHOLDERS = frozenset(
    {"-", "--", "---", "–", "—", ".", "ไม่มี", "ไม่ระบุ", "n/a", "na", "none", "nil"}
)


def _blank_to_none(value: Any) -> str | None:
    if value is None:
        return None
    text = normalise_thai_text(str(value))
    return None if not text or text.casefold() in _PLACEHOLDERS else text


# A clerk keys an address's numbers (house, หมู่, postal code) in Arabic digits, as the ID,
# the phone and the postal code's own field read; a phone's Thai keyboard types ๐-๙. Done
# here, where every reader's address ends, so no path keeps them (set 78).
_ARABIC_DIGITS_KEYS = frozenset({"address"})


def _validator_for(spec: FieldSpec) -> Callable[[Any], str | None]:
    check = _CHECKS.get(spec.type)
    arabic = spec.key in _ARABIC_DIGITS_KEYS

    def validate(value: Any) -> str | None:
        text = _blank_to_none(value)
        if text is None:
            return None
        if check:
            return check(text)
        text = thai_digits_to_arabic(text) if arabic else text
        return normalise_text(text, multiline=spec.multiline)

    return validate


def normalise_value(spec: FieldSpec, value: str) -> str | None:
    """One field's normalised value, or None when it is blank or does not validate.

    The cheap check used to compare and rank candidates; `validate_fields` gives the issues.
    """
    try:
        return _validator_for(spec)(value)
    except PydanticCustomError:
        return None


class TemplateFields(BaseModel):
    """Base of every model built from a template: values never show in reprs or errors."""

    model_config = ConfigDict(frozen=True, extra="ignore", hide_input_in_errors=True)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(fields={sorted(type(self).model_fields)})"

    __str__ = __repr__


def build_model(template: FormTemplate) -> type[TemplateFields]:
    """A pydantic model with one optional `str` field per template field, whose validator
    normalises by the field's type and raises a custom error whose type is the issue code.
    Requiredness is left to `validate_fields` (it becomes a "missing" issue, not an error).
    """
    return _build_model(_JSON([template]))


# The template as JSON (the key of its model), written once per template object, as
# `extract.matcher_for` keeps one matcher: writing it cost a third of validating a mail.
_JSON: ByIdentity[FormTemplate, str] = ByIdentity(lambda one: one[0].model_dump_json(), 64)


@lru_cache(maxsize=64)
def _build_model(template_json: str) -> type[TemplateFields]:
    template = FormTemplate.model_validate_json(template_json)
    fields: dict[str, Any] = {
        spec.key: (
            Annotated[str | None, BeforeValidator(_validator_for(spec))],
            Field(
                default=None,
                title=spec.title_en,
                description=spec.title_th,
                json_schema_extra={
                    "x-type": spec.type,
                    "x-personal": spec.personal,
                    "x-required": spec.required,
                },
            ),
        )
        for spec in template.fields
    }
    name = "".join(part.title() for part in template.name.split("_")) + "Fields"
    return create_model(name, __base__=TemplateFields, **fields)


# --- Validation of one set of values ----------------------------------------------------


def validate_fields(
    template: FormTemplate,
    values: Mapping[str, str | None],
    *,
    today: dt.date | None = None,
) -> tuple[dict[str, str | None], dict[str, list[FieldIssue]]]:
    """Normalised values for every template field (None when missing or invalid) and the
    issues by field key (only fields that have some). Never raises on bad values.

    Dates come out as ISO CE "YYYY-MM-DD", phones in E.164, IDs as 13 digits, provinces as
    the canonical Thai name, text trimmed and Thai-normalised. `today` decides what is a
    date in the future (default: the local date).
    """
    model = build_model(template)
    specs = {spec.key: spec for spec in template.fields}
    found: dict[str, list[FieldIssue]] = {key: [] for key in specs}
    raw = {key: values.get(key) for key in specs}
    try:
        record = model.model_validate(raw)
    except ValidationError as exc:
        for error in exc.errors(include_input=False, include_url=False):
            key = str(error["loc"][0])
            found[key].append(issue(error["type"], specs[key]))
            raw[key] = None
        record = model.model_validate(raw)  # every value left passed its validator above
    normalised: dict[str, str | None] = record.model_dump()
    for key, spec in specs.items():
        if spec.required and normalised[key] is None and not found[key]:
            found[key].append(issue("missing", spec))
    _reread_refused_dates(template, values, normalised, found)
    _keep_organisations_postal_codes(template, values, normalised, found)
    _flag_phones_abroad(template, normalised, found)
    _check_postal_code_province(template, normalised, found)
    _check_address_places(template, normalised, found)
    _check_dates_not_future(template, normalised, found, today or dt.date.today())
    return normalised, {key: issues for key, issues in found.items() if issues}


def _flag_phones_abroad(
    template: FormTemplate,
    normalised: Mapping[str, str | None],
    found: dict[str, list[FieldIssue]],
) -> None:
    """A number abroad is always looked at: its country's numbering is not checked."""
    for spec in template.fields:
        value = normalised.get(spec.key)
        if spec.type == "phone" and value and not value.startswith("+66"):
            found[spec.key].append(issue("foreign_phone", spec))


def _check_postal_code_province(
    template: FormTemplate,
    normalised: Mapping[str, str | None],
    found: dict[str, list[FieldIssue]],
) -> None:
    postal = next((s for s in template.fields if s.type == "postal_code"), None)
    province = next((s for s in template.fields if s.type == "province"), None)
    if postal is None or province is None:
        return
    code, name = normalised[postal.key], normalised[province.key]
    if code and name and postal_code_exists(code) and name not in postal_code_provinces(code):
        found[postal.key].append(issue("postal_code_province_mismatch", postal))


def _check_address_places(
    template: FormTemplate,
    normalised: Mapping[str, str | None],
    found: dict[str, list[FieldIssue]],
) -> None:
    """A province or postal code in none of the provinces the address names (by its
    districts or its จังหวัด) is another place's, or the address is: both flagged."""
    specs = {s.key: s for s in template.fields}
    address = normalised.get("address") if "address" in specs else None
    places = address_provinces(address) if address else frozenset()
    if not places:
        return
    elsewhere = []
    for spec in template.fields:
        value = normalised[spec.key]
        if not value:
            continue
        if spec.type == "province" and value not in places:
            elsewhere.append(spec)
        served = postal_code_provinces(value) if spec.type == "postal_code" else frozenset()
        if served and not served & places:  # an unknown code is flagged as one already
            elsewhere.append(spec)
    for spec in elsewhere:
        found[spec.key].append(issue("not_in_address", spec))
    if elsewhere:
        found["address"].append(issue("address_elsewhere", specs["address"]))


def _keep_organisations_postal_codes(
    template: FormTemplate,
    values: Mapping[str, str | None],
    normalised: dict[str, str | None],
    found: dict[str, list[FieldIssue]],
) -> None:
    """A postal code refused as no sub-district's, kept and flagged where the province
    given (or the address's) is the code's postal area (its first two digits): Thailand
    Post gives a large campus or office a code of its own (set 85: a faculty's 40002),
    which the sub-districts' booklet does not hold. A clerk checks it, as a code typed
    wrong in the right area would be."""
    specs = {s.key: s for s in template.fields}
    places: set[str] = set()
    for spec in template.fields:
        value = normalised.get(spec.key)
        if spec.type == "province" and value:
            places.add(value)
    address = normalised.get("address") if "address" in specs else None
    if address:
        places |= address_provinces(address)
    for spec in template.fields:
        raw = values.get(spec.key)
        codes = [i.code for i in found[spec.key]]
        if spec.type != "postal_code" or not raw or codes != ["unknown_postal_code"]:
            continue
        code = normalise_postal_code(mixed_postal_code_to_arabic(normalise_thai_text(raw)))
        if code is not None and places & postal_area_provinces(code):
            normalised[spec.key] = code
            found[spec.key] = [issue("postal_code_unlisted", spec)]


def _reread_refused_dates(
    template: FormTemplate,
    values: Mapping[str, str | None],
    normalised: dict[str, str | None],
    found: dict[str, list[FieldIssue]],
) -> None:
    """A date the day-first reading refused, read another way Thai forms are filled in
    (`_refused_date`) and flagged where only the numbers said how, instead of being left
    blank: the clerk checks a proposed date rather than retyping it."""
    for spec in template.fields:
        raw = values.get(spec.key)
        codes = [i.code for i in found[spec.key]]
        if spec.type != "date" or not raw or codes != ["invalid_date"]:
            continue
        read = _refused_date(raw)
        if read is not None:
            normalised[spec.key] = read[0].isoformat()
            found[spec.key] = [issue(read[1], spec)] if read[1] else []


def _refused_date(raw: str) -> tuple[dt.date, str | None] | None:
    """A two-digit year ("ว/ด/ป เกิด 03/07/28") as Buddhist Era, always flagged; else a
    date that says its order, is month-first beyond doubt, or is written compact
    (`extractors.date_orders`)."""
    short = parse_short_be_date(raw)
    if short is not None:
        return short, "two_digit_year"
    return reread_date(raw)


def _check_dates_not_future(
    template: FormTemplate,
    normalised: Mapping[str, str | None],
    found: dict[str, list[FieldIssue]],
    today: dt.date,
) -> None:
    # Every date on the shipped forms (birth, incident) lies in the past; a future one is
    # kept but flagged, since a typo in the year is the likely cause.
    for spec in template.fields:
        value = normalised[spec.key]
        if spec.type == "date" and value and dt.date.fromisoformat(value) > today:
            found[spec.key].append(issue("date_in_future", spec))
