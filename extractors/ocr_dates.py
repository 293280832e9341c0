"""A date read by OCR from the numbers either side of its month's name, the name misread
up to two letters (`ศกราคฆ` for มกราคม).

`ocr_text.fold_month_words` mends a month one letter or mark off and `date_from_parts`
takes a date whose only numbers are its day and year. What Tesseract makes of a Thai
form's date line is often worse: the month two letters off (ม read as ศ, ม as ฆ or บ),
the printed พ.ศ. read as a word with a digit in it (`พุ๒`), a cell's side or a speck
read as a number before the day (`71 11 กุมภาพันธ์`) or after the year. Here the month
is the one word whose skeleton (`ocr_text.skeleton`) one month alone is nearest to, the
day the number just before it (one misread word, the printed เดือน, between them at
most) and the year the number just after it (one misread word, พ.ศ., between them at
most). A name two letters off is a guess: the caller makes that date doubtful.
"""

from __future__ import annotations

import re

from extractors.ocr_text import (
    MAX_DAY,
    YEARS,
    edit_distance,
    fold_month_words,
    month_in,
    skeleton,
)
from extractors.thai import THAI_MONTHS, thai_digits_to_arabic

MAX_EDITS = 2  # letters a month's name may be misread at
MIN_LETTERS_PER_EDIT = 3  # two edits only on six letters read or more (มกราคม's six)
MIN_LETTERS = 4  # a shorter word is no month's name misread (ตุลาคม, the shortest, has 5)
MARGIN = 2  # edits further the next nearest month must be, for a name two letters off
BE_YEARS = (2400, 2600)  # a Buddhist-era birth year: its first digit is a 2
# The digits Tesseract reads in place of others on a form's handwriting and print: 0, 6,
# 8 and 9 (one bowl, closed or open), 1 and 7 (a stroke with its flag or not), 3 and 8
# (closed or open on the left), 5 and 6 (the top open or closed).
DIGIT_READ_AS = {
    "0": "689",
    "6": "0895",
    "8": "0693",
    "9": "068",
    "1": "7",
    "7": "1",
    "3": "8",
    "5": "6",
}
# Leader dots glue a day to the printed word after it (`๓..เดือน`).
_DAY_GLUED = re.compile(r"(?<=[0-9\u0e50-\u0e59])[.]+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
GAP = 1  # misread words (เดือน, พ.ศ.) allowed between the month and its day or year
# Specks and leader remnants Tesseract glues to a number's ends (`2501.`, `|17`).
_SPECKS = ".,:;!|'\"“”‘’*°()[]{}-_~"

_SKELETONS = {skeleton(m): m for m in THAI_MONTHS}


def nearest_month(word: str) -> str | None:
    """The Thai month `word` is, read with up to MAX_EDITS letters wrong: the one month
    whose skeleton is nearest, no other as near; at two edits, only on a word of six
    letters or more and with no other month within MARGIN more."""
    read = skeleton(word.strip(_SPECKS))
    if len(read) < MIN_LETTERS:
        return None
    allowed = min(MAX_EDITS, len(read) // MIN_LETTERS_PER_EDIT)
    ranked = sorted((edit_distance(read, k, MAX_EDITS + MARGIN), m) for k, m in _SKELETONS.items())
    (best, month), (runner_up, _) = ranked[0], ranked[1]
    if best > allowed or runner_up == best:
        return None
    if best == MAX_EDITS and runner_up < best + MARGIN:
        return None
    return month


def _month(word: str) -> tuple[str, bool] | None:
    """The month `word` names (as `ocr_text.month_in` reads it, else `nearest_month`), and
    whether it is a guess (two letters off)."""
    known = month_in(word, THAI_MONTHS)
    if known is not None:
        return known, False
    near = nearest_month(word)
    if near is None:
        return None
    edits = edit_distance(skeleton(word.strip(_SPECKS)), skeleton(near), MAX_EDITS)
    return near, edits >= MAX_EDITS


def _number(word: str) -> str | None:
    """The number `word` is, specks at its ends aside (Thai digits as Arabic)."""
    digits = thai_digits_to_arabic(word.strip(_SPECKS))
    return digits if digits.isdigit() else None


def _is_day(number: str | None) -> bool:
    return number is not None and len(number) <= 2 and 1 <= int(number) <= MAX_DAY


def _is_year(number: str | None) -> bool:
    return number is not None and len(number) == 4 and YEARS[0] <= int(number) <= YEARS[1]


def _year_mended(number: str) -> str | None:
    """A four-digit number that is no year as read but a Buddhist-era one with its first
    digit a 2 (๒ read as ๑ or ๔, 2 as 3): the 2 it was; None otherwise."""
    if len(number) != 4 or _is_year(number):
        return None
    year = "2" + number[1:]
    return year if BE_YEARS[0] <= int(year) <= BE_YEARS[1] else None


def _day_mended(number: str) -> str | None:
    """A day number past MAX_DAY that is one day alone with one digit read back as the
    digit it is misread for (`DIGIT_READ_AS`: 39 for 30); None otherwise."""
    if len(number) != 2 or _is_day(number):
        return None
    days = {
        day
        for i, read in enumerate(number)
        for was in DIGIT_READ_AS.get(read, "")
        if _is_day(day := number[:i] + was + number[i + 1 :]) and not day.startswith("0")
    }
    return days.pop() if len(days) == 1 else None


def date_around_month(value: str) -> tuple[str, bool] | None:
    """`D month Y` read from `value`, and whether its month is a guess; None unless it
    has exactly one word that is a month, one day just before it and one year just
    after it. Another number that could be a day before the month, or any number
    between the month and its year, leaves the date unread: which is the day is not
    known. What comes after the year is not the date (a speck, the next field)."""
    words = fold_month_words(_DAY_GLUED.sub(" ", value), THAI_MONTHS).split()
    months = [(i, m) for i, m in ((i, _month(w)) for i, w in enumerate(words)) if m is not None]
    if len(months) != 1:
        return None
    at, (month, guessed) = months[0]
    numbers = [_number(w) for w in words]
    day_at = next((i for i in range(at - 1, at - 2 - GAP, -1) if i >= 0 and numbers[i]), None)
    year_at = next((i for i in range(at + 1, at + 2 + GAP) if i < len(words) and numbers[i]), None)
    if day_at is None or year_at is None:
        return None
    day, year = numbers[day_at], numbers[year_at]
    if day is None or year is None or any(_is_day(n) for n in numbers[:day_at]):
        return None
    # a digit misread in the day or the year's first: a guess, as a month two letters off
    day_read, year_read = day, year
    day = day if _is_day(day) else _day_mended(day)
    year = year if _is_year(year) else _year_mended(year)
    if day is None or year is None:
        return None
    return f"{day} {month} {year}", guessed or (day, year) != (day_read, year_read)
