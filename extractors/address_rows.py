"""An address asked box by box on a form's lines, each box's caption a space from its
answer: "บ้านเลขที่ 45/2 หมู่ที่ 3 ซอย - ถนน -" and, on the next line, "ตำบล/แขวง หนองบัว
อำเภอ/เขต เมืองอุบลราชธานี", as a Word form printed to PDF keeps them (its blanks' lines
gone, one space left).

A box's caption before its answer is read only with a colon, a gap or the form's blank
after it (body_form: "ถนน ..." opens many a sentence), so such rows gave no address
(set 25). A line that opens with the house number's caption and holds three captions or
more, each with an answer, is no sentence: with the lines under it that are boxes too
(ตำบล, อำเภอ), it is one address, joined as extractors.address_parts joins a row of
boxes under captions. Lines with a colon are left to the label reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.address_parts import address_in_boxes

_HOUSE = ("บ้านเลขที่", "เลขที่")
# the boxes of the address itself: the province and the postal code are fields of their own
_BOX = re.compile(
    r"(?:^|(?<=\s))(?:บ้านเลขที่|เลขที่|หมู่ที่|หมู่|ตรอก/ซอย|ซอย/ตรอก|ตรอก|ซอย|ถนน"
    r"|ตำบล/แขวง|แขวง/ตำบล|ตำบล|แขวง|อำเภอ/เขต|เขต/อำเภอ|อำเภอ|เขต)(?=\s)"
)
_COLON = re.compile(r"[:：]")
# the province and the postal code end the boxes: their own fields, read from their own line
_OWN_FIELD = re.compile(r"(?:^|(?<=\s))(?:จังหวัด|รหัสไปรษณีย์)(?=\s)")
# a tab or a wide gap parts the pairs of a Word table's copy: the pair reader's rows; a
# pipe parts an HTML table's cells flattened to a line (html_text): the table readers'
# rows, whose pipes are no answers ("บ้านเลขที่ | หมู่ที่ | ซอย" heads, set 40)
_WIDE = re.compile(r"\t| {2,}|\|")


def address_box_rows(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each row of address boxes (and the box lines under it) written as
    one "ที่อยู่: ..." line, numbered as its first line."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        number, line = lines[i]
        boxes, rest = _boxes(line)
        if boxes is None or boxes[0][0] not in _HOUSE:
            out.append((number, line))
            i += 1
            continue
        tails = [(number, rest)] if rest else []
        j = i + 1
        while not tails and j < len(lines):
            more, rest = _boxes(lines[j][1])
            if more is None or more[0][0] in _HOUSE:
                break
            boxes += more
            tails = [(lines[j][0], rest)] if rest else []
            j += 1
        address = address_in_boxes([c for c, _ in boxes], [a for _, a in boxes])
        if address is None:
            out.append((number, line))
            i += 1
            continue
        out += [(number, f"ที่อยู่: {address}"), *tails]
        i = j
    return out


def _boxes(line: str) -> tuple[list[tuple[str, str]] | None, str]:
    """(caption, answer) for each box of a line made of boxes, and what follows them from
    the province's or the postal code's caption on; (None, "") for any other line."""
    text = line.strip()
    # A line of boxes opens with a caption: most lines do not, and the searches below
    # walk the whole line (about 70 us a thousand characters for each pattern). The
    # boxes are read from a prefix of `text`, so one that opens with none has none.
    if not _BOX.match(text) or _COLON.search(text) or _WIDE.search(text):
        return None, ""
    own = _OWN_FIELD.search(text)
    text, rest = (text[: own.start()].rstrip(), text[own.start() :]) if own else (text, "")
    found = list(_BOX.finditer(text))
    if len(found) < 2 or found[0].start() != 0:
        return None, ""
    boxes = []
    for here, after in zip(found, [*found[1:], None], strict=True):
        answer = text[here.end() : after.start() if after else len(text)].strip()
        if not answer:
            return None, ""
        boxes.append((here.group(), answer))
    return boxes, rest
