"""A phone number abroad, kept whole in international form (set 79: Thais abroad).

A worker in Taiwan or Korea, a student in Tokyo, a woman married in Berlin gives the
mobile she answers: "+886 912-345-678", "+82 10-4821-7735", "0049 151 1234 5678". The
agency calls back on it (or over LINE/WhatsApp on the same number), so it is her phone,
stored as E.164 ("+886912345678"), never read as a Thai number and never dropped. A
number abroad is always flagged for a look (review.FOREIGN_PHONE): a clerk who dials it
checks the country, and nothing here knows each country's numbering plan.

Written in its local form, a number abroad has a Thai number's shape: Taiwan's mobile
"0912-345-678" is also a Thai 09 mobile. Only a label naming the country ("เบอร์ลูก
(ไต้หวัน)", "โทรเกาหลี") tells them apart: such a number is that country's, its trunk 0
dropped after the country code (`in_country`); a label saying only "abroad" gives no
country, and the number is not read as Thai (`abroad_unnamed`).
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate
from extractors.thai import DASHES, normalise_thai_text, thai_digits_to_arabic

# Country calling codes in use (ITU-T E.164), 66 (Thailand) apart: a "+" before other
# digits is no phone. 1 and 7 stand alone; the rest are two or three digits.
_CODE_LIST = (
    "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60"
    " 61 62 63 64 65 81 82 84 86 90 91 92 93 94 95 98 211 212 213 216 218 220 221 222 223"
    " 224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239 240 241 242 243 244"
    " 245 246 248 249 250 251 252 253 254 255 256 257 258 260 261 262 263 264 265 266 267"
    " 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370 371 372 373"
    " 374 375 376 377 378 380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504"
    " 505 506 507 508 509 590 591 592 593 594 595 596 597 598 599 670 672 673 674 675 676"
    " 677 678 679 680 681 682 683 685 686 687 688 689 690 691 692 850 852 853 855 856 880"
    " 886 960 961 962 963 964 965 966 967 968 970 971 972 973 974 975 976 977 992 993 994"
    " 995 996 998"
)
_CODES = frozenset(_CODE_LIST.split())
# E.164: at most 15 digits with the country code; a mobile abroad has 7 or more after it
_NATIONAL_DIGITS = range(6, 13)
_PREFIX = re.compile(r"^\(?\s*(?:\+|00)\s*")
_PHONE_CHARS = re.compile(rf"\(?(?:\+|00)[\d\s{DASHES}.()/]+", re.ASCII)
# a number abroad inside a longer value or a sentence: "+", its country code, then digits
# parted by spaces, dashes, dots or brackets, up to where the digits end
FOREIGN_PHONE_IN_TEXT = re.compile(
    rf"(?<![\w+])\+\s?(?!66)\d{{1,3}}(?:[\s{DASHES}.]?\(?\d{{1,5}}\)?){{2,6}}(?![\d])"
)


def _split_code(digits: str) -> tuple[str, str] | None:
    for size in (1, 2, 3):
        code = digits[:size]
        if code in _CODES:
            return code, digits[size:]
    return None


def normalise_foreign_phone(s: str) -> str | None:
    """A number abroad written with its country code ("+82 10-4821-7735", "0081 90 ...",
    "+49 (0)151 ...") as E.164, or None: a Thai number (+66) and a number with no
    country code are not this function's."""
    text = thai_digits_to_arabic(normalise_thai_text(s)).strip().replace("(0)", "")
    if not _PHONE_CHARS.fullmatch(text):
        return None
    digits = re.sub(r"\D", "", _PREFIX.sub("", text))
    split = _split_code(digits)
    if split is None or split[0] == "66":
        return None
    code, national = split
    national = national.removeprefix("0") if code != "39" else national  # Italy keeps its 0
    if len(national) not in _NATIONAL_DIGITS:
        return None
    return f"+{code}{national}"


# A label naming the country whose number follows, and its code; Thai and English names.
_COUNTRY_CODES: tuple[tuple[str, str], ...] = (
    (r"ไต้หวัน|taiwan", "886"),
    (r"เกาหลี|korea", "82"),
    (r"ญี่ปุ่น|japan", "81"),
    (r"อิสราเอล|israel", "972"),
    (r"ซาอุ|saudi", "966"),
    (r"กาตาร์|qatar", "974"),
    (r"ฮ่องกง|hong\s?kong", "852"),
    (r"สิงคโปร์|singapore", "65"),
    (r"มาเลเซีย|malaysia", "60"),
    (r"เยอรมัน|เยอรมนี|germany", "49"),
    (r"อังกฤษ|\bUK\b|united\s+kingdom", "44"),
    (r"ออสเตรเลีย|australia", "61"),
)
_COUNTRY_LABELS = tuple((re.compile(p, re.IGNORECASE), code) for p, code in _COUNTRY_CODES)
_ABROAD = re.compile(r"ต่างประเทศ|abroad|overseas", re.IGNORECASE)
_LOCAL_DIGITS = re.compile(rf"^[\d\s{DASHES}.()]+$")


def country_code_named(label: str) -> str | None:
    """The calling code of the one country `label` names, else None."""
    codes = {code for pattern, code in _COUNTRY_LABELS if pattern.search(label)}
    return codes.pop() if len(codes) == 1 else None


def abroad_unnamed(label: str) -> bool:
    """A label saying the number is abroad without naming the country."""
    return bool(_ABROAD.search(label)) and country_code_named(label) is None


def in_country(value: str, code: str) -> str | None:
    """A number written in its country's local form ("0912-345-678" under a Taiwan label)
    as E.164 with that country's code, its trunk 0 dropped; None if it is no such number."""
    text = thai_digits_to_arabic(normalise_thai_text(value)).strip()
    if not _LOCAL_DIGITS.fullmatch(text):
        return None
    digits = re.sub(r"\D", "", text)
    national = digits.removeprefix("0")
    return f"+{code}{national}" if len(national) in _NATIONAL_DIGITS else None


def phones_in_country(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """Phone candidates under a label naming a country abroad, written without a country
    code, given that country's code; under a label saying only "abroad", left out (its
    Thai reading would be a wrong number, and the country is unknown)."""
    out: list[FieldCandidate] = []
    for c in candidates:
        label = c.provenance.label or ""
        if c.key != "phone" or "+" in c.value or c.value.lstrip().startswith("00"):
            out.append(c)
            continue
        code = country_code_named(label)
        if code is not None:
            whole = in_country(c.value, code)
            out.append(c.model_copy(update={"value": f"+{code} {c.value.strip()}"}) if whole else c)
        elif not abroad_unnamed(label):
            out.append(c)
    return out


# How far before a number in a sentence its country may be named: "เบอร์ลูก (ไต้หวัน) 09..."
_COUNTRY_REACH = 30


def country_before(text: str, start: int) -> str | None:
    """What the words just before a number at text[start] (on its line) say of where it
    is: a country's calling code, "" for abroad with no country named, None for nothing."""
    line = text.rfind("\n", 0, start) + 1
    before = text[max(line, start - _COUNTRY_REACH) : start]
    code = country_code_named(before)
    if code is not None:
        return code
    return "" if abroad_unnamed(before) else None


def foreign_phones_in(text: str) -> list[re.Match[str]]:
    """Numbers abroad with their country code in a sentence, as E.164 would take them."""
    return [m for m in FOREIGN_PHONE_IN_TEXT.finditer(text) if normalise_foreign_phone(m.group(0))]
