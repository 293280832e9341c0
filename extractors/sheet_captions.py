"""The one word a person types on a phone's sheet for a field's caption (set 78).

A sheet made in Google Sheets on a phone heads its columns, or opens its rows, with the
shortest word for the thing: "บ้าน" (home) over the address, "เบอร์" (number) over the
phone, "เกิด" (born) beside the birth date. In a mail's sentences these words open other
things ("บ้านผมอยู่...", "เบอร์ผิด", "เกิดเหตุ"), so they are no labels of the templates;
a sheet's cell holding the word alone is a caption where the value it heads (the cell
below it in a header row, or beside it in a row) is that field's kind of value: written
then as the field's own label, for the sheet's reader to read as any other.

So too a body's sheet (a school's list of things it borrows, a fund's roster, an
enterprise's project, set 91) gives its place under "ที่ตั้ง" or "ที่ทำการ" alone, the body
named above it ("หน่วยงานผู้ยืม | โรงเรียน...", a title "ทะเบียนกรรมการกองทุน..."): the
body's address, where a clerk reaches the one who signs for it (set 28), written as its
"ที่อยู่<body>" label; with no body named above, a shop's or a plot's place, left alone.
So too the one who signs for it, by his part alone ("ผู้แทน (ประธาน)", set 118), written
as a representative's name label.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.role_words import BODY, FIRM, JURISTIC_BODY
from extractors.thai import parse_date
from extractors.title_options import TITLED_NAME
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


_PLACE_CAPTIONS = frozenset({"ที่ตั้ง", "ที่ทำการ"})
# a firm named above too ("ชื่อโรงแรม | บริษัท ... จำกัด", set 118: a hotel's register of
# its guests, the hotel's place under it): the firm that sends it, its office (set 56);
# or a condominium's or an estate's juristic person (its list of units, set 122)
_BODY = re.compile(rf"{BODY}|{FIRM}|{JURISTIC_BODY}")


def _bodys_place(rows: list[list[str]], r: int, k: int) -> str | None:
    """The `ที่อยู่<body>` label of a bare place caption at `rows[r][k]` when a body is
    named in a cell above it or before it in its row; else None."""
    before = [cell for row in rows[:r] for cell in row] + rows[r][:k]
    for cell in before:
        body = _BODY.search(cell)
        if body is not None:
            return f"ที่อยู่{body.group(0)}:"  # the colon: a caption alone, its value beside
    return None


# A body's sheet names the one who signs for it by his part alone in its head ("ผู้แทน
# (ประธาน) | นาย...", set 118: an enterprise's members sheet, the members' "ชื่อ-สกุล" rows
# below): written as the name label a form gives him ("ผู้แทนกลุ่ม"). Alone, ผู้แทน opens
# a minor's legal representative's label (ผู้แทนโดยชอบธรรม) too: only where a body is
# named above and the cell beside holds a titled name.
_SIGNER_CAPTIONS = frozenset({"ผู้แทน", "ประธาน"})
_SIGNER_LABEL = "ผู้แทนกลุ่ม:"
_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]")
_TITLED = re.compile(TITLED_NAME)


def _titled_name(value: str) -> bool:
    return _TITLED.match(value) is not None


def with_short_captions(rows: list[list[str]]) -> list[list[str]]:
    """`rows` with each cell that is a short caption alone, over (the next row's cell in
    its column) or beside (the next cell in its row) a value of its field's kind,
    written as that field's label."""
    out = [list(row) for row in rows]
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            text = cell.strip()
            caption = _CAPTIONS.get(text)
            if caption is None and text in _PLACE_CAPTIONS:
                place = _bodys_place(rows, r, k)
                caption = (place, _home) if place is not None else None
            if caption is None and _NOTE.sub("", text) in _SIGNER_CAPTIONS:
                named = _bodys_place(rows, r, k) is not None  # a body named above
                caption = (_SIGNER_LABEL, _titled_name) if named else None
            if caption is None:
                continue
            label, fits = caption
            beside = row[k + 1].strip() if k + 1 < len(row) else ""
            below = rows[r + 1][k].strip() if r + 1 < len(rows) and k < len(rows[r + 1]) else ""
            if (beside and fits(beside)) or (below and fits(below)):
                out[r][k] = label
    return out
