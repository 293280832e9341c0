"""Where a national ID written on a line after its label lies on the page (in the OCR
child), so that it can be read again as digits only.

Read with the whole page, an ID typed or written on a dotted line comes out with a
leader's remnant, a dust streak or a misread dash among its digits (`35630400118270`,
`อ๊:7102-00463-19-0`), and the Thai model reads a digit as a letter beside Thai words.
Read alone, cropped from its line and with nothing but digits allowed, the same ink
reads as digits. The label is found in Tesseract's word table (`tsv`) by the words an
ID's label always holds (ประชาชน, ประจำตัว: the printed label, which reads far better
than the written value); the value is the run of words after it on its line that hold
digits, up to the next word of Thai letters (the next item's label, `โทร.`).

What comes of the crop is one more reading, taken only where readings of it (cuts of
the page, heights, page modes) agree and the check digit holds (`ocr_ids.id_among`,
`extractors.ocr.with_id_from_line`). A phone after its label (โทรศัพท์, โทร., มือถือ) is
found the same way (`phone_value_boxes`) and read again so (`ocr_phones.phone_among`).
"""

from __future__ import annotations

import csv
import io
import itertools
import re

from extractors.ocr_rules import Rect

# What an ID's label holds however it is worded (เลขประจำตัวประชาชน, เลขบัตรประจำตัว
# ประชาชน, บัตรประจำตัวประชาชนเลขที่), each part long enough to survive one misread mark.
_ID_LABEL = re.compile(r"(?=(ชาชน|ประชา|ประจำตัว|ประจําตัว|จำตัว))")
# A phone's label (โทรศัพท์, เบอร์โทร, โทร., มือถือ); a line with a fax's (โทรสาร) is an
# office's (a letterhead's `โทรศัพท์ 043-261-555 โทรสาร 043-261-559`): not looked in.
_PHONE_LABEL = re.compile(r"(?=(โทรศัพท์|ศัพท์|โทร|มือถือ))")
_FAX_LABEL = re.compile(r"ทรสาร|แฟกซ์|แฟ็กซ์")
# A birth date's label (เกิดวันที่, วันเดือนปีเกิด, เกิดเมื่อ), and what ends its value on
# its line: the next item's label (โทรศัพท์ after the year on a typed form, อายุ).
_BIRTH_LABEL = re.compile(r"(?=(เกิด))")
_AFTER_DATE = re.compile(r"โทร|ศัพท์|อายุ")
_DIGIT = re.compile(r"[0-9\u0e50-\u0e59]")
# A Thai letter with its marks, as Tesseract gives one "word" of a Thai line.
_THAI_LETTER = re.compile(r"[\u0e40-\u0e44]?[\u0e01-\u0e2e][\u0e30-\u0e4e]*")
NEXT_LABEL_LETTERS = 2  # Thai letters in a row after the digits: the next item's label
PAD = 0.35  # of the line's height, taken round the value's words


def words_by_line(table: str) -> list[list[tuple[str, Rect]]]:
    """The `tsv` table's words, line by line in reading order, each with its box."""
    lines: dict[tuple[str, str, str, str], list[tuple[str, Rect]]] = {}
    for row in csv.DictReader(io.StringIO(table), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word:
            continue
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        left, top = int(row["left"]), int(row["top"])
        box = (left, top, left + int(row["width"]), top + int(row["height"]))
        lines.setdefault(key, []).append((word, box))
    return list(lines.values())


def id_value_box(table: str) -> Rect | None:
    """The box of the ID written after its label, or None: no label read, or no digits
    after it on its line, or more than one such line (a second person's ID: the page
    does not say which is the applicant's)."""
    found = [box for line in words_by_line(table) if (box := _value_after_label(line))]
    return found[0] if len(found) == 1 else None


def phone_value_boxes(table: str) -> list[Rect]:
    """The boxes of the phones written after their labels, top to bottom: a form may
    give two (a home's and a mobile), a letterhead its office's; lines naming a fax are
    left out. Thai letters between the label and the digits are the label's, misread
    (`โทรศัพท์ (มือถือ)` read `โทรศัพท์มกฤอก`), not a digit."""
    found = []
    for line in words_by_line(table):
        if _FAX_LABEL.search("".join(word for word, _ in line)):
            continue
        box = _value_after_label(line, _PHONE_LABEL, letters_first=False)
        if box is not None:
            found.append(box)
    return sorted(found, key=lambda b: b[1])


def birth_value_box(table: str) -> Rect | None:
    """The box of the birth date after its label, to the next item's label or the
    line's end (the month's name is letters: the value does not end at them), or None:
    no label read, no digit after it, or more than one such line."""
    found = [box for line in words_by_line(table) if (box := _date_after_label(line))]
    return found[0] if len(found) == 1 else None


def _label_word(words: list[tuple[str, Rect]], label_at: re.Pattern[str]) -> int | None:
    """The index of the word holding the label's last letter, the line's letters run
    together (the label's parts overlap, ประชา and ชาชน, so each is looked for); None when
    no label is read."""
    joined = "".join(word for word, _ in words)
    last = max((m.start() + len(m.group(1)) for m in label_at.finditer(joined)), default=0)
    if not last:
        return None
    ends = list(itertools.accumulate(len(word) for word, _ in words))
    return next(i for i, end in enumerate(ends) if end >= last)


def _date_after_label(line: list[tuple[str, Rect]]) -> Rect | None:
    words = sorted(line, key=lambda w: w[1][0])
    label = _label_word(words, _BIRTH_LABEL)
    if label is None:
        return None
    rest = words[label + 1 :]
    after = _AFTER_DATE.search("".join(word for word, _ in rest))
    if after is not None:
        reach = list(itertools.accumulate(len(word) for word, _ in rest))
        rest = rest[: next(i for i, end in enumerate(reach) if end > after.start())]
    if not any(_DIGIT.search(word) for word, _ in rest):
        return None
    top = min(b[1] for _, b in rest)
    bottom = max(b[3] for _, b in rest)
    pad = int((bottom - top) * PAD)
    return (words[label][1][2] + 2, top - pad, max(b[2] for _, b in rest) + pad, bottom + pad)


def _value_after_label(
    line: list[tuple[str, Rect]], label_at: re.Pattern[str] = _ID_LABEL, letters_first: bool = True
) -> Rect | None:
    """Tesseract's Thai "words" are mostly single letters: the label is looked for in
    the line's letters run together, and the value ends where two Thai letters follow
    each other after its digits (the next item's label). Before the first digit, a
    Thai letter is taken as a digit misread (`letters_first`) or passed over."""
    words = sorted(line, key=lambda w: w[1][0])
    label = _label_word(words, label_at)
    if label is None:
        return None
    value: list[Rect] = []
    letters: list[Rect] = []  # Thai letters after the digits, the next label's maybe
    for word, box in words[label + 1 :]:
        if _DIGIT.search(word):
            value += [*letters, box]
            letters = []
        elif _THAI_LETTER.fullmatch(word) and not value and not letters_first:
            continue
        elif _THAI_LETTER.fullmatch(word) and value:
            letters.append(box)
            if len(letters) >= NEXT_LABEL_LETTERS:
                break
        else:
            value.append(box)  # a dash, a bar, a misread digit before the first
    while value and not any(_DIGIT.search(w) for w, b in words if b == value[-1]):
        value.pop()
    if not value:
        return None
    top = min(b[1] for b in value)
    bottom = max(b[3] for b in value)
    pad = int((bottom - top) * PAD)
    return (words[label][1][2] + 2, top - pad, max(b[2] for b in value) + pad, bottom + pad)
