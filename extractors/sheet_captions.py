"""The one word a person types on a phone's sheet for a field's caption (set 78).

A sheet made in Google Sheets on a phone heads its columns, or opens its rows, with the
shortest word for the thing: "บ้าน" (home) over the address, "เบอร์" (number) over the
phone, "เกิด" (born) beside the birth date. In a mail's sentences these words open other
things ("บ้านผมอยู่...", "เบอร์ผิด", "เกิดเหตุ"), so they are no labels of the templates;
a sheet's cell holding the word alone is a caption where the value it heads (the cell
below it in a header row, or beside it in a row) is that field's kind of value: written
then as the field's own label, for the sheet's reader to read as any other.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.thai import parse_date
from extractors.validate import normalise_phone

__all__ = ["with_short_captions"]


def _home(value: str) -> bool:
    return re.match(r"[0-9๐-๙]", value) is not None  # the house number first


def _phone(value: str) -> bool:
    # a number the sheet made of it lost its 0 (read back by xlsx_form.zero_restored)
    digits = re.sub(r"[\s\-]", "", value)
    return normalise_phone(value) is not None or re.fullmatch(r"[689]\d{8}", digits) is not None


def _born(value: str) -> bool:
    return parse_date(value) is not None


_CAPTIONS: dict[str, tuple[str, Callable[[str], bool]]] = {
    "บ้าน": ("ที่อยู่", _home),
    "เบอร์": ("โทรศัพท์", _phone),
    "เกิด": ("วันเกิด", _born),
}


def with_short_captions(rows: list[list[str]]) -> list[list[str]]:
    """`rows` with each cell that is a short caption alone, over (the next row's cell in
    its column) or beside (the next cell in its row) a value of its field's kind,
    written as that field's label."""
    out = [list(row) for row in rows]
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            caption = _CAPTIONS.get(cell.strip())
            if caption is None:
                continue
            label, fits = caption
            beside = row[k + 1].strip() if k + 1 < len(row) else ""
            below = rows[r + 1][k].strip() if r + 1 < len(rows) and k < len(rows[r + 1]) else ""
            if (beside and fits(beside)) or (below and fits(below)):
                out[r][k] = label
    return out
