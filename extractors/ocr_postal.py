"""A postal code OCR misread at one digit, put right by the province on the same page.

A Thai postal code's digits are redundant with the province written beside it: every
code Thailand Post uses serves one province (a few serve two). When the code read from a
scan or photo serves another province than the one read on the same form, and changing
exactly one of its digits gives the only code in use that serves that province, the
digit was misread (Tesseract reads ๔ as ๕, ๖ as ๙, ...), as a check digit tells. The
value is then flagged `ocr_repaired`, as a repaired national ID is: a clerk sees a
digit was chosen, not read. Anything else is left as read (and the validator's
`postal_code_province_mismatch` stays).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.provinces import match_province, postal_code_exists, postal_code_provinces
from extractors.thai import thai_digits_to_arabic


def postal_code_for_province(code: str, province: str) -> str | None:
    """The one postal code in use for `province` (as written) that differs from the
    five digits of `code` in exactly one digit, when `code` itself does not serve that
    province; None otherwise (no such code, several, or nothing to repair)."""
    name = match_province(province)
    digits = thai_digits_to_arabic(code).strip()
    if name is None or not re.fullmatch(r"\d{5}", digits):
        return None
    if name in postal_code_provinces(digits):
        return None
    fixes = {
        trial
        for at in range(5)
        for d in "0123456789"
        if d != digits[at]
        for trial in [digits[:at] + d + digits[at + 1 :]]
        if postal_code_exists(trial) and name in postal_code_provinces(trial)
    }
    return fixes.pop() if len(fixes) == 1 else None


# Five digits standing alone (not part of a longer number: an ID's groups are of other
# lengths but for its third, which no code in use begins 0 like).
_CODE = re.compile(r"(?<![0-9])[0-9]{5}(?![0-9])")


def code_in_use_beside(code: str, lines: Sequence[str]) -> str | None:
    """The one postal code in use that a line holding `code` (the code read after its
    label) reads beside it, when `code` itself serves no place: a code crossed out and
    written again next to it (`รหัสไปรษณีย์ 50299 50230`), the label reader taking the
    first. None otherwise: `code` in use, no other code in use on its lines, or two.
    A guess the caller flags: which of the two the writer meant the page does not say,
    only that one of them is no code."""
    digits = thai_digits_to_arabic(code).strip()
    if not re.fullmatch(r"\d{5}", digits) or postal_code_exists(digits):
        return None
    beside = set()
    for line in lines:
        codes = _CODE.findall(thai_digits_to_arabic(line))
        if digits in codes:
            beside |= {c for c in codes if c != digits and postal_code_exists(c)}
    return beside.pop() if len(beside) == 1 else None
