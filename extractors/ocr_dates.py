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


def date_around_month(value: str) -> tuple[str, bool] | None:
    """`D month Y` read from `value`, and whether its month is a guess; None unless it
    has exactly one word that is a month, one day just before it and one year just
    after it. Another number that could be a day before the month, or any number
    between the month and its year, leaves the date unread: which is the day is not
    known. What comes after the year is not the date (a speck, the next field)."""
    words = fold_month_words(value, THAI_MONTHS).split()
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
    if not _is_day(day) or not _is_year(year):
        return None
    if any(_is_day(n) for n in numbers[:day_at]):
        return None
    return f"{day} {month} {year}", guessed
