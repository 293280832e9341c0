"""A phone number read again from its crop several ways, chosen by the shape a Thai
number must have (in the OCR child's results).

Read with the whole page, a phone written after its label comes out with a digit lost
or added (`062445180 37`, a leader's dot read as a 1), so that no Thai number is left
and the field is lost. Read again from the crop alone, as digits only, at two ink cuts,
two heights and two page modes (`extractors.ocr._line_reads`), most readings give a
number of the right length and prefix (a mobile 06/08/09 and 8 digits, a landline 02
and 7, 03/04/05/07 and 7: `validate.normalise_phone`), and the readings that agree on
one are taken. Never as sure: the value is flagged `ocr_repaired` and doubtful.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from extractors.thai import thai_digits_to_arabic
from extractors.validate import normalise_phone

MIN_AGREEING = 2  # readings of one crop that must give the same number
ZERO_READ_AS = "689"  # the digits Tesseract reads a 0 as (one bowl, closed or with a tail)
MOBILE_LENGTH = 10  # a Thai mobile's digits, its trunk 0 among them
_PHONE_SHAPE = re.compile(r"[0-9\u0e50-\u0e59][0-9\u0e50-\u0e59 ./-]*")


def phone_with_trunk_zero(value: str) -> str | None:
    """A phone read with its leading 0 as a look-alike (`ZERO_READ_AS`: 984-517-2206),
    its 0 put back (084-517-2206): ten digits, no Thai number opening with that digit,
    and a mobile's shape with a 0 (06, 08, 09 and 8 digits). None for any other value
    (a phone as read, a digit lost or added besides, a country code)."""
    text = value.strip()
    if not _PHONE_SHAPE.fullmatch(text) or normalise_phone(text) is not None:
        return None
    digits = [c for c in thai_digits_to_arabic(text) if c.isdigit()]
    if len(digits) != MOBILE_LENGTH or digits[0] not in ZERO_READ_AS:
        return None
    if digits[:2] == ["6", "6"]:  # Thailand's country code, a digit lost after it
        return None
    mended = "0" + text[1:]
    return mended if normalise_phone(mended) is not None else None


# A Thai letter read between two of a phone's digits: a speck or a stroke of a digit
# written apart (`0ว274`); no Thai number holds a letter.
_LETTER_AMONG_DIGITS = re.compile(r"(?<=[0-9\u0e50-\u0e59])[\u0e01-\u0e2e](?=[0-9\u0e50-\u0e59])")


def phone_without_stray_letter(value: str) -> str | None:
    """A phone read with one Thai letter among its digits (`081-663-0ว274`), without it,
    its leading 0 put back too where it was read as a look-alike
    (`phone_with_trunk_zero`), when that leaves a Thai number; None otherwise (no
    letter, more than one, or no number without it)."""
    text = value.strip()
    if len(_LETTER_AMONG_DIGITS.findall(text)) != 1:
        return None
    bare = _LETTER_AMONG_DIGITS.sub("", text)
    if normalise_phone(bare) is not None:
        return bare
    return phone_with_trunk_zero(bare)


def phone_among(readings: Sequence[str]) -> str | None:
    """The phone (E.164) most readings of one crop give among those of a Thai number's
    shape, when at least MIN_AGREEING give it and no other number as many; else None."""
    shaped = Counter(p for r in readings if r and (p := normalise_phone(r)) is not None)
    ranked = shaped.most_common(2)
    if not ranked or ranked[0][1] < MIN_AGREEING:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
