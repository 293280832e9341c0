"""The buyer's block on a seller's paper: the agency's own place, never the writer's.

    ผู้ขาย | บริษัท ... จำกัด                  the seller: the one who writes
    ที่อยู่ผู้ขาย | 302 ถ.โกสีย์ ...
    ลูกค้า | เทศบาลนคร...                      the buyer: the agency the paper is sent to
    ที่อยู่ลูกค้า | เลขที่ 999 ถนนพหลโยธิน ...

An invoice, a bill (ใบวางบิล) or a quotation a firm or a shop sends the agency names the
agency as its customer (ลูกค้า, ผู้ซื้อ, "เสนอราคาต่อ", Bill to) with the agency's address
and tax number under it. The writer is the seller; read as the request's own, the
agency's address came before the seller's office (set 101). A line naming the buyer
where the buyer is a body (an office of the state, or a juristic person: no one who
writes for himself is one), the lines under it that give its place and numbers (its
address, a line of areas, its phone or tax number) and any line whose label names the
buyer ("ที่อยู่ลูกค้า") are the buyer's block: its values are set behind (below review),
kept for a clerk where nothing else is given. A buyer who is a person (a receipt made
out to the citizen who forwards it) is hers, and left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.juristic import is_juristic_name

__all__ = [
    "BUYER_CONFIDENCE",
    "SELLERS_HEAD",
    "SELLERS_HEAD_CONFIDENCE",
    "buyers_lines",
    "sellers_head",
]

BUYER_CONFIDENCE = 0.45  # below review, and below a firm's office read as another's (0.5)

_BUYER_WORD = r"(?:ลูกค้า|ผู้ซื้อ|ผู้ว่าจ้าง|ผู้รับวางบิล|bill\s*to|sold\s*to|customer)"
# "ลูกค้า", "ชื่อลูกค้า", "เสนอราคาต่อ", "Bill to:" opening a line, its value after it
_BUYER_LINE = re.compile(
    rf"\s*(?:(?:ชื่อ|นาม)\s*)?(?:{_BUYER_WORD}|เสนอราคา\s*(?:ต่อ|แก่|ถึง))"
    r"\s*(?:[:：|]\s*)?(?P<value>.*)",
    re.IGNORECASE,
)
# A label naming the buyer's own value ("ที่อยู่ลูกค้า", "โทรศัพท์ผู้ซื้อ")
_BUYERS_LABEL = re.compile(rf"\s*[\u0e01-\u0e4e]{{2,20}}?{_BUYER_WORD}\s*[:：|]", re.IGNORECASE)
# An office of the state named as the buyer
_AGENCY = re.compile(
    r"เทศบาล|องค์การบริหารส่วน|อบต|อบจ|กรม|กระทรวง|สำนักงาน|ที่ว่าการ|ศาลากลาง|โรงพยาบาล"
    r"|โรงเรียน|มหาวิทยาลัย|กองทัพ|สถานี|กรุงเทพมหานคร"
)
# The lines under the buyer's name that give its place or numbers: a label of one, or a
# line of its address (a house number or a road, its areas, a postal code).
_CONTACT = re.compile(
    r"\s*(?:ที่อยู่|ที่ตั้ง|โทร|แฟกซ์|fax|tel|e-?mail|อีเมล|เลขประจำตัวผู้เสียภาษี|เลขผู้เสียภาษี"
    r"|สาขา|address)",
    re.IGNORECASE,
)
_ADDRESS_LINE = re.compile(
    r"(?:เลขที่|ถนน|ถ\.|ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|จังหวัด|จ\.)[^\n]*?(?<![0-9])[1-9][0-9]{4}(?![0-9])"
)
_UNDER_AT_MOST = 4  # lines: an address over two, a phone, a tax number
# The seller's own head over such a paper: its name, then its address on a line of its
# own, no label ("19 หมู่ที่ 6 ตำบล... 61160" under "บริษัท ... จำกัด", a typed ใบวางบิล). The
# seller is the one who writes, so that is the writer's place (a firm's office): read as
# a firm's office is, a value a clerk checks, but ahead of the buyer's.
SELLERS_HEAD = "address in a seller's head"
SELLERS_HEAD_CONFIDENCE = 0.5
_HEAD_AT_MOST = 6  # lines from the top: a name, its address over two, a phone, a title
_HEAD_LINE_AT_MOST = 120  # characters: an address line, not a sentence
_HOUSE_FIRST = re.compile(r"\s*(?:(?:บ้าน)?เลขที่\s*)?[0-9๐-๙]")


_NAME_AT_MOST = 80  # characters: a body's name, not a sentence that opens with the word


def _is_body(value: str) -> bool:
    value = value.strip()
    if not value or len(value) > _NAME_AT_MOST:
        return False
    return _AGENCY.search(value) is not None or is_juristic_name(value)


def buyers_lines(lines: Sequence[tuple[int, str]]) -> set[int]:
    """The numbers of `lines` in a buyer's block where the buyer is a body."""
    block: set[int] = set()
    k = 0
    while k < len(lines):
        line = lines[k][1]
        k += 1
        m = _BUYER_LINE.match(line)
        if m is None:
            continue
        value, first = m.group("value"), k
        if not value.strip() and k < len(lines):  # the name on the next line
            value, first = lines[k][1], k + 1
        if not _is_body(value):
            continue
        block.update(n for n, _ in lines[k - 1 : first])
        for n, under in lines[first : first + _UNDER_AT_MOST]:
            if not under.strip() or _BUYER_LINE.match(under):
                break
            if not (_CONTACT.match(under) or _ADDRESS_LINE.search(under)):
                break
            block.add(n)
    if block:  # "ที่อยู่ลูกค้า | ..." wherever it stands, once a body is the buyer
        block.update(n for n, line in lines if _BUYERS_LABEL.match(line))
    return block


def sellers_head(
    lines: Sequence[tuple[int, str]], buyers: set[int], labelled: set[int]
) -> tuple[int, str] | None:
    """(number, line) of the address in the head of a paper whose buyer is a body (its
    `buyers` lines found): the first unlabelled line (not in `labelled`) above the buyer's
    block, near the top, that opens with a house number and ends with a postal code."""
    if not buyers:
        return None
    for k, (number, line) in enumerate(lines[:_HEAD_AT_MOST]):
        if number in buyers:
            return None
        text = line.strip()
        if (
            number not in labelled
            and len(text) <= _HEAD_LINE_AT_MOST
            and _HOUSE_FIRST.match(text)
            and _ADDRESS_LINE.search(text)
            and k > 0
        ):
            return number, text
    return None
