"""Values no person's data looks like: flagged for a clerk, however sure the reader was.

Measured on requests written by others, what the readers get wrong without knowing it has
a shape of its own: a name that carries on into the sentence typed after it ("นางก ข
ขอส่งแบบคำร้องตามไฟล์แนบค่ะ"), the marks of a chat or a text frame round a value ("**นายก
ข**", "│ นายก ข │"), a full stop a phone's keyboard put after the family name, an address
that is one place name, Thai words a PDF's text layer set apart ("ตำ บล"). A label read
surely says nothing about such a value, so the shape is checked apart from the reading:
the value is kept and `implausible_value` tells the clerk to look.
"""

from __future__ import annotations

import re
import unicodedata

from extractors.base import FieldType
from extractors.juristic import is_juristic_name

__all__ = ["implausible"]

# Checked where people's data has a shape; subject and details are the citizen's own words.
_FREE_WORDS = frozenset({"subject", "details"})
# In a name: letters and their marks, and the few signs names and titles are written with.
_NAME_SIGNS = frozenset(" .-'’()")
# Thai law lets a family name have at most ten consonants (ชื่อบุคคล Act B.E. 2505 s. 7,
# for names registered since); older ones run a little longer. A word far longer than
# that is a sentence run on into the name.
MAX_NAME_CONSONANTS = 14
_THAI_CONSONANT = re.compile(r"[ก-ฮ]")
_NAME_PARTICLE = frozenset({"ณ"})
_CIVIL_TITLE = re.compile(
    r"(?:นางสาว|นาง|นาย|เด็กชาย|เด็กหญิง|ด\.[ชญ]\.|น\.ส\.)(?=[ก-ฮ])"
)  # "ณ อยุธยา": a word of the family name
# An address's place words, as a text layer that sets letters apart breaks them.
_BROKEN_PLACE_WORD = re.compile(r"ตำ\s+บล|อำ\s+เภอ|จัง\s+หวัด")
_DIGIT = re.compile(r"[0-9๐-๙]")
_SAME_AS_REGISTERED = re.compile(r"ตาม\s*(?:ทะเบียน|ทร\.?\s*14|บัตร)")
_MARKUP = re.compile(r"\*\*|__|```|[\u2500-\u257f]")  # chat marks, box drawing
# What no postal address holds: an e-mail address, or the word ที่อยู่ past its start (a
# second copy of the form or another column printed on the same line ran into it).
_RUN_ON_ADDRESS = re.compile(r"@|\S\s*ที่อยู่")


def implausible(key: str, kind: FieldType, value: str) -> bool:
    """Whether `value`, as stored for a field of this kind, has a shape no such value has."""
    if key in _FREE_WORDS or not value.strip():
        return False
    if _MARKUP.search(value):
        return True
    if kind == "name":
        return _implausible_name(value)
    if key == "address":
        return _implausible_address(value)
    return False


def _implausible_name(name: str) -> bool:
    if is_juristic_name(name):
        return True  # a company's, a partnership's: no person's name (extractors.juristic)
    if any(not _name_char(ch) for ch in name):
        return True  # digits, colons, asterisks, frames: not a name's
    words = name.split()
    if words and words[-1].endswith(".") and words[-1].count(".") == 1 and len(words[-1]) > 4:
        return True  # "ใจดี.": the sentence's full stop, not an abbreviation's ("Jr.")
    thai = [w for w in words if _THAI_CONSONANT.search(w) and not w.endswith(".")]
    plain = [w for w in thai if w not in _NAME_PARTICLE and not w.startswith("(")]
    if any(len(_THAI_CONSONANT.findall(w)) > MAX_NAME_CONSONANTS for w in plain):
        return True
    if plain and _CIVIL_TITLE.match(plain[0]):
        return len(plain) > 2  # "นายก ข" is title+given, family: a third word is the sentence's
    return len(plain) > 3  # a rank or title written out may stand apart ("ว่าที่ร้อยตรี ก ข")


def _name_char(ch: str) -> bool:
    return ch in _NAME_SIGNS or unicodedata.category(ch)[0] in "LM"


# A house number alone ("72/4", under บ้านเลขที่ at a letter's top right, its date below):
# the house, not the address, which says where the house stands.
_HOUSE_ONLY = re.compile(r"[0-9๐-๙/\-\s]+")


def house_number_only(address: str) -> bool:
    """Whether an address is a house number alone, with no place it stands in."""
    return _HOUSE_ONLY.fullmatch(address) is not None


def _implausible_address(address: str) -> bool:
    if _BROKEN_PLACE_WORD.search(address) or _RUN_ON_ADDRESS.search(address):
        return True
    if house_number_only(address):
        return True
    if _DIGIT.search(address) or _SAME_AS_REGISTERED.search(address):
        return False
    return len(address.split()) <= 2  # one place name, no house: not the whole address
