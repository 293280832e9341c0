"""Values typed on one line with no label before them (set 32): the name, the address
and the phone one after another, as a citizen types a request on a phone.

    นางสาวพรทิพย์ เรือนคำ 27/1 หมู่ 4 ต.บ้านแหง อ.งาว จ.ลำปาง 52110 โทร 086-...
    ขอถังขยะครับ ผมนายเกษม ทองสุก อยู่ 5 ม.2 ตำบลสบปราบ อำเภอสบปราบ ...
    แจ้งสุนัขจรจัดค่ะ, นางละเอียด บุญชู, 61 หมู่ที่ 9 ตำบลนาแก อำเภองาว ..., โทร ...

No word says "address" (prose's อยู่บ้านเลขที่, อยู่ที่), and the address does not open
its line (prose's address line): what says it is one is where it stands, right after a
titled name, after a bare "อยู่" (lives at) or as a comma-parted piece, and its shape, a
house number, then a part word (ม./หมู่, ซ./ซอย, ถ./ถนน, ต./ตำบล, แขวง) and a
sub-district and a district. It ends, as prose's does, before the province with its
postal code, or at a comma, a phone's or an ID's word. A titled name that is a piece of
its own between commas is the writer's name. Both are prose: less sure, flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.address_parts import (
    DISTRICT_WORDS,
    POSTAL_WORD,
    PROVINCE_WORD,
    STREET_WORDS,
    SUBDISTRICT_WORDS,
    abbreviated,
    words_pattern,
)
from extractors.thai import CIVIL_TITLE, THAI_WORD

__all__ = ["LINE_ADDRESS", "LINE_NAME_PIECE", "line_values"]

LINE_ADDRESS = "address on the name's line"
LINE_NAME_PIECE = "titled name between commas"
_WORD = THAI_WORD
# the words a house number comes straight before: the street's and the sub-district's
_AFTER_HOUSE = (*STREET_WORDS, *SUBDISTRICT_WORDS)
_PROVINCE = (PROVINCE_WORD,)
_ADDRESS = re.compile(
    rf"(?:อยู่|,|{CIVIL_TITLE}[ \t]*{_WORD}[ \t]+{_WORD})[ \t]+"
    r"(?P<v>[0-9๐-๙]{1,5}(?:/[0-9๐-๙]{1,4})?[ \t]+"
    rf"{words_pattern(_AFTER_HOUSE, abbreviated(_AFTER_HOUSE))}"
    r"[^\n,]*?)"
    rf"(?=[ \t]*(?:{words_pattern(_PROVINCE, abbreviated(_PROVINCE))}[ \t]*[\u0e01-\u0e4e]+"
    rf"[ \t]*(?:{POSTAL_WORD}[ \t]*)?[0-9๐-๙]{{5}}"
    r"|,|โทร|เบอร์|มือถือ|อีเมล|บัตร|เลขบัตร|เลขประจำตัว|$))",
    re.MULTILINE,
)
_SUBDISTRICT = re.compile(
    rf"{words_pattern(SUBDISTRICT_WORDS, abbreviated(SUBDISTRICT_WORDS))}[ \t]*[\u0e01-\u0e4e]"
)
_DISTRICT = re.compile(
    rf"{words_pattern(DISTRICT_WORDS, abbreviated(DISTRICT_WORDS))}[ \t]*[\u0e01-\u0e4e]"
)
_NAME_PIECE = re.compile(
    rf"(?:^|,)[ \t]*(?P<l>{CIVIL_TITLE}[ \t]*{_WORD}[ \t]+{_WORD})[ \t]*(?=,)", re.MULTILINE
)


def line_values(text: str) -> Iterator[tuple[str, str, int, str]]:
    """(field key, value, offset, what found it), as prose.find_entities yields them."""
    if "," in text:
        for m in _NAME_PIECE.finditer(text):
            yield "full_name", " ".join(m.group("l").split()), m.start("l"), LINE_NAME_PIECE
    for m in _ADDRESS.finditer(text):
        value = m.group("v")
        if _SUBDISTRICT.search(value) and _DISTRICT.search(value):
            yield "address", " ".join(value.split()), m.start("v"), LINE_ADDRESS
