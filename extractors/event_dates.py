"""A birth label's last word, เกิด ("to happen" as much as "to be born"), followed by what
happened: "วันที่เกิดภัย", "วันที่เกิดเหตุ", "วันเกิดอัคคีภัย" ask the day of the flood,
the accident or the fire on a disaster relief or a complaint form, not a birth date.

The label reader matches a known label at the start of a longer one ("วันที่เกิด" +
"ภัย"), which is right for a qualifier ("วันเกิดผู้ยื่นคำร้อง": whose birth) and wrong for
an event; this tells the two apart (set 26, the disaster relief form in a sheet).
"""

from __future__ import annotations

import re

__all__ = ["names_an_event"]

# Canonical text (letters and digits only, as extractors.labels compares): the events a
# Thai form asks the date of, after เกิด.
_EVENT = re.compile(
    r"(?:สาธารณ|อุทก|วาต|อัคคี|ธรณีพิบัติ)?ภัย|เหตุ|อุบัติเหตุ|เพลิงไหม้|ไฟไหม้|น้ำท่วม"
    r"|ความเสียหาย|การ[\u0e01-\u0e4e]|ปัญหา|โรค|ดินถล่ม|แผ่นดินไหว"
)
_BORN = "เกิด"


def names_an_event(label_form: str, rest: str) -> bool:
    """Whether a label ending in เกิด (canonical `label_form`) is followed, in the text
    (canonical `rest`), by the name of an event."""
    return label_form.endswith(_BORN) and _EVENT.match(rest) is not None
