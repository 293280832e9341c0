"""Where an address written over several lines ends, beyond a blank line or a label.

An address holds no date. A line that is a date alone under an address's lines is the
next thing on the page: the issue date an ID card prints under its address (copied by a
phone's text reader, Google Lens, with the label under the date), the date a letter was
written under the writer's house. Read on, the address took the card's dates and their
labels (set 25, silently).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.address_parts import (
    DISTRICT_WORDS,
    HOUSE_WORDS,
    PROVINCE_WORD,
    STREET_WORDS,
    SUBDISTRICT_WORDS,
    abbreviated,
    words_pattern,
)
from extractors.thai import parse_date

MAX_DATE_LINE = 40  # "วันพฤหัสบดีที่ 12 กุมภาพันธ์ พ.ศ. 2569": a date alone is short


def is_date_alone(line: str) -> bool:
    """Whether a line reads whole as one date ("4 มี.ค. 2566", "12/01/2565")."""
    bare = line.strip()
    return 0 < len(bare) <= MAX_DATE_LINE and parse_date(bare) is not None


# What a run-on line of an address holds before the next label: a postal code, an address
# part's word or a province's label.
_PARTS = (*HOUSE_WORDS, *STREET_WORDS, *SUBDISTRICT_WORDS, *DISTRICT_WORDS, PROVINCE_WORD)
_ADDRESS_WORDS = re.compile(
    rf"\b\d{{5}}\b|{words_pattern(_PARTS)}|(?<![ก-๙]){words_pattern(abbreviated(_PARTS))}\s?"
)
_SPACES = re.compile(r"\s+")


def run_on_head(line: str, is_next_field: Callable[[str], bool]) -> str:
    """The words of an address that ran on to `line` before the next field's label and
    value ("อำเภอเมือง จังหวัดนครราชสีมา 30310 โทรศัพท์ 081-..."): a form copied out of a PDF
    viewer breaks each printed line hard, wherever the value stood (set 6, cut there
    silently). Empty when no field starts after the words, or they hold no address part
    ("นางสาวอรอุมา แก้วมณี โทร 089-...": a contact's line under the address)."""
    for space in _SPACES.finditer(line.strip()):
        head, rest = line.strip()[: space.start()], line.strip()[space.end() :]
        if is_next_field(rest):
            return head if _ADDRESS_WORDS.search(head) else ""
    return ""
