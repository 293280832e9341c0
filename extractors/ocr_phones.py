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

from collections import Counter
from collections.abc import Sequence

from extractors.validate import normalise_phone

MIN_AGREEING = 2  # readings of one crop that must give the same number


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
