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
