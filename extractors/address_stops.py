"""Where an address written over several lines ends, beyond a blank line or a label.

An address holds no date. A line that is a date alone under an address's lines is the
next thing on the page: the issue date an ID card prints under its address (copied by a
phone's text reader, Google Lens, with the label under the date), the date a letter was
written under the writer's house. Read on, the address took the card's dates and their
labels (set 25, silently).
"""

from __future__ import annotations

from extractors.thai import parse_date

MAX_DATE_LINE = 40  # "วันพฤหัสบดีที่ 12 กุมภาพันธ์ พ.ศ. 2569": a date alone is short


def is_date_alone(line: str) -> bool:
    """Whether a line reads whole as one date ("4 มี.ค. 2566", "12/01/2565")."""
    bare = line.strip()
    return 0 < len(bare) <= MAX_DATE_LINE and parse_date(bare) is not None
