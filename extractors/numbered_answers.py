"""Answers numbered after the agency's numbered questions, matched by their numbers.

An office asks for what a request lacks as a numbered list ("๑. ชื่อ-นามสกุล ๒. เลข
ประจำตัวประชาชน ๓. ที่อยู่", "(1) ...", "ข้อ 1 ..."), and the citizen answers by number,
above or below the quoted questions, with no label of their own:

    ข้อ ๑ นายสมชาย ใจดี
    ข้อ ๒ 3-1006-00123-45-1
    > ๑. ชื่อ-นามสกุล
    > ๒. เลขประจำตัวประชาชน

Each answer is the value of the question with its number (whatever the order the answers
come in), written as "label: value" on the answer's line for the text reader. When an
answer does not fit its question (a phone under the ID's number: a question skipped, the
answers numbered on), the matching is doubtful, and every value it gave is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extractors.thai import thai_digits_to_arabic

__all__ = ["DOUBTFUL", "MATCHED", "answered_by_number"]

Lines = list[tuple[int, str]]

MATCHED = 0.85  # an answer read under its question's label by number
DOUBTFUL = 0.6  # ...when some answer does not fit its question: all flagged
MIN_MATCHED = 2  # one number matching may be chance; two make the list an answer

# "ข้อ ๑ ...", "ข้อที่ 2. ...", "(3) ...", "4. ...", "๕) ...": the item's number, then the text.
# "2.1" is a sub-item's number, not item 2.
_ITEM = re.compile(
    r"^\s*(?:ข้อ(?:ที่)?\s*(?P<a>[0-9๐-๙]{1,2})(?:\s*[.):]|(?=\s))"
    r"|[(（]\s*(?P<b>[0-9๐-๙]{1,2})\s*[)）]"
    r"|(?P<c>[0-9๐-๙]{1,2})[.)](?=\s|$))\s*"
)


# An officer's questions run on in one line of his mail ("กรุณาส่งข้อมูลเพิ่มดังนี้ 1. ชื่อ-สกุล
# 2. เลขประจำตัวประชาชน 3. วันเดือนปีเกิด ...", set 55): each number after a space, then its text.
_INLINE_ITEM = re.compile(r"(?:^|(?<=\s))([0-9๐-๙]{1,2})[.)]\s+")


def _listed_in_line(line: str) -> list[tuple[int, str]]:
    """The items of a list written in one line, (number, text) each, when it holds two or
    more numbered from 1 on in order; else []."""
    marks = list(_INLINE_ITEM.finditer(line))
    numbers = [int(thai_digits_to_arabic(m.group(1))) for m in marks]
    if len(marks) < MIN_MATCHED or numbers != list(range(1, len(marks) + 1)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(line)]
    items = zip(numbers, marks, ends, strict=True)
    return [(n, line[m.end() : end].strip()) for n, m, end in items]


def _item(line: str) -> tuple[int, str] | None:
    m = _ITEM.match(line)
    if m is None:
        return None
    number = m.group("a") or m.group("b") or m.group("c")
    return int(thai_digits_to_arabic(number)), line[m.end() :].strip()


def answered_by_number(
    own: Sequence[tuple[int, str]],
    elsewhere: Sequence[tuple[int, str]],
    label_of: Callable[[str], tuple[str, str] | None],
    fits: Callable[[str, str], bool],
) -> tuple[Lines, dict[int, float]]:
    """`own` with each numbered answer written as its question's "label: value", and the
    confidence of each line so rewritten (line number -> factor).

    `label_of(text)` is (key, value) of a text that opens with a known label, the value
    "" for a label standing alone (a question); `fits(key, value)` whether a value could
    be that field's. Questions are looked for in `own` and `elsewhere` (the quoted
    mail); answers, numbered text with no label of its own, only in `own`.
    """
    questions: dict[int, tuple[str, str]] = {}  # number -> (label as written, key)
    answers: list[tuple[int, int, str]] = []  # (index in own, number, value)
    for source in (own, elsewhere):
        for k, (_, line) in enumerate(source):
            listed = _listed_in_line(line) if source is elsewhere else []
            for number, text in listed:  # "ดังนี้ 1. ชื่อ-สกุล 2. ...": questions only
                found = label_of(text.rstrip(" :：?？*"))
                if found is not None and not found[1]:
                    questions.setdefault(number, (text.rstrip(" :：?？*"), found[0]))
            item = _item(line) if line.strip() and not listed else None
            if item is None or not item[1]:
                continue
            number, text = item
            label = text.rstrip(" :：?？*")
            found = label_of(label)
            if found is not None and not found[1]:
                questions.setdefault(number, (label, found[0]))
            elif found is None and source is own:
                answers.append((k, number, text))
    matched = [(k, number, text) for k, number, text in answers if number in questions]
    if len(matched) < MIN_MATCHED:
        return list(own), {}
    sure = all(fits(questions[number][1], text) for _, number, text in matched)
    out = list(own)
    confidence: dict[int, float] = {}
    for k, number, text in matched:
        line_number = own[k][0]
        out[k] = (line_number, f"{questions[number][0]}: {text}")
        confidence[line_number] = MATCHED if sure else DOUBTFUL
    return out, confidence
