"""Masked forms of personal data for screens and exports (revealing is audited elsewhere).

Masks keep just enough for a clerk to tell records apart: the first and last digits of
a national ID, the last four digits of a phone, the first letter and domain of an email.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping

from extractors.base import FieldType, FormTemplate

MASK = "x"


def mask_national_id(value: str) -> str:
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) != 13:
        return mask_text(value)
    return f"{digits[0]}-{digits[1:5]}-{MASK * 5}-{MASK * 2}-{digits[12]}"


def mask_phone(value: str) -> str:
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) < 6:
        return MASK * len(digits)
    return MASK * (len(digits) - 4) + digits[-4:]


def mask_email(value: str) -> str:
    local, at, domain = value.partition("@")
    if not at:
        return mask_text(value)
    return f"{local[:1]}{MASK * 3}@{domain}"


def mask_text(value: str) -> str:
    """First character, then a fixed-length mask: the length itself can identify."""
    value = value.strip()
    return f"{value[:1]}{MASK * 4}" if value else ""


def mask_value(value: str | None, field_type: FieldType) -> str | None:
    if value is None:
        return None
    if field_type == "national_id":
        return mask_national_id(value)
    if field_type == "phone":
        return mask_phone(value)
    if field_type == "email":
        return mask_email(value)
    if field_type in ("date", "postal_code"):
        return MASK * len(value)
    return mask_text(value)


# --- masking inside free text ---------------------------------------------------------
#
# One function for every screen and export: the case page, the mail frame, the JSON API,
# the web and command-line exports. It masks the case's own personal values wherever
# they stand (however the whitespace between their words runs) and anything shaped like
# a national ID, a Thai phone number or an email address, whoever's it is. Invisible
# characters (zero-width spaces, soft hyphens) are dropped first: a reader does not see
# them, so they must not split a value out of a mask's reach.

# also what draws nothing or only decorates: variation selectors, tag characters, the
# Arabic letter mark, Hangul fillers, Khmer inherent vowels and Mongolian selectors
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2069\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
# accents put on a digit: the reader still reads the digit (Thai marks never follow one)
_DIGIT_MARKS = re.compile(
    r"(?<=\d)[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)
# every dash a word processor or a keyboard writes (hyphen, en and em dash, minus,
# full-width), the full-width stop and slash: between digits they separate like "-"
_DASHES = "\\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d"
# between digits: one punctuation mark (with any space around it) or any space; HTML
# shows a run of spaces or line breaks as one space, so its length proves nothing
_SEP = rf"(?:\s*[{_DASHES}.,/_·•\uff0e\uff0f]\s*|\s+)?"
NATIONAL_ID = re.compile(rf"(?<!\d)\d(?:{_SEP}\d){{12}}(?!\d)")
PHONE = re.compile(
    rf"(?<![\d+＋])(?:[+＋]66|0066|66|[0๐０])[\s{_DASHES}.()]*\d"
    rf"(?:(?:\s*[{_DASHES}.()/_·•]\s*|\s+)?\d){{7,8}}(?!\d)"
)
# The lookbehind starts a match only where a run of address characters starts: without it
# a long run with no "@" is rescanned from every position (quadratic: a 20 KB line of
# letters took seconds, one hostile mail could hold the worker for hours).
_LOCAL = r"[\w.!#$%&'*+/=?^`{|}~-]"
EMAIL = re.compile(rf"(?<!{_LOCAL}){_LOCAL}+\s?[@＠]\s?[\w-]+(?:\.[\w-]+)+")
MIN_KNOWN = 3  # shorter values would mask ordinary words
Span = tuple[int, int, str]  # [start, end) of the text and what stands there instead


def _email_mask(found: str) -> str:
    return mask_email(re.sub(r"\s", "", found).replace("＠", "@"))


_IDENTIFIERS: tuple[tuple[re.Pattern[str], Callable[[str], str]], ...] = (
    (EMAIL, _email_mask),  # first: a phone-like run of digits inside an address stays in it
    (NATIONAL_ID, mask_national_id),
    (PHONE, mask_phone),
)


def strip_invisible(text: str) -> str:
    return _DIGIT_MARKS.sub("", _INVISIBLE.sub("", text))


_SARA_AM = "\u0e33"  # ำ, which is also written as nikhahit + sara aa (ํา): the same on screen
_TONES = "\u0e48-\u0e4b"


def _word_pattern(word: str) -> str:
    """A word of a known value as a pattern that also matches it however its sara am is
    written (ำ, ํา, and with a tone mark before or after the nikhahit): a Thai name
    copied out of a PDF often comes decomposed, and reads the same."""
    word = re.sub(f"\u0e4d([{_TONES}]?)\u0e32", "\\1" + _SARA_AM, word)
    word = re.sub(f"([{_TONES}])\u0e4d\u0e32", "\\1" + _SARA_AM, word)
    out: list[str] = []
    for n, ch in enumerate(word):
        following = word[n + 1 : n + 2]
        if re.match(f"[{_TONES}]", ch) and following == _SARA_AM:
            out.append(f"(?:{ch}\u0e33|{ch}\u0e4d\u0e32|\u0e4d{ch}\u0e32)")
        elif ch == _SARA_AM:
            if not (out and n and re.match(f"[{_TONES}]", word[n - 1])):
                out.append("(?:\u0e33|\u0e4d\u0e32)")
        else:
            out.append(re.escape(ch))
    return "".join(out)


class _Claims:
    """Spans taken so far, kept sorted, so a claim costs a bisection, not a walk over the
    text (a per-character bookkeeping made masking a long mail slow)."""

    def __init__(self) -> None:
        self.spans: list[Span] = []

    def claim(self, start: int, end: int, mask: str) -> None:
        at = bisect.bisect_left(self.spans, (start,))
        if at and self.spans[at - 1][1] > start:
            return
        if at < len(self.spans) and self.spans[at][0] < end:
            return
        self.spans.insert(at, (start, end, mask))

    def blanked(self, text: str) -> str:
        out, at = [], 0
        for start, end, _ in self.spans:
            out += [text[at:start], "\0" * (end - start)]
            at = end
        out.append(text[at:])
        return "".join(out)


class TextMasker:
    """Masks known (value, mask) pairs, longest first, then identifiers, in any text.

    `spans` says where, so that a caller holding text in pieces (the text nodes of an
    HTML mail) can mask across the pieces; calling the masker masks a whole string."""

    def __init__(self, known: Iterable[tuple[str, str]] = ()) -> None:
        pairs = {(v.strip(), m) for v, m in known if v and len(v.strip()) >= MIN_KNOWN}
        # the words of a value with any whitespace between, or none: two table cells or
        # two spans side by side show "สมศรี" and "ทดสอบ" with nothing between in the text
        self._known = [
            (re.compile(r"\s*".join(map(_word_pattern, value.split())), re.IGNORECASE), mask)
            for value, mask in sorted(pairs, key=lambda p: (-len(p[0]), p[0]))
        ]

    def spans(self, text: str) -> list[Span]:
        """Non-overlapping spans to mask, in order; `text` already free of invisibles."""
        found = _Claims()
        for pattern, mask in self._known:
            for m in pattern.finditer(text):
                found.claim(m.start(), m.end(), mask)
        for pattern, masker in _IDENTIFIERS:
            # what is already masked is blanked, so no identifier is read across it
            for m in pattern.finditer(found.blanked(text)):
                found.claim(m.start(), m.end(), masker(m.group()))
        return found.spans

    def __call__(self, text: str) -> str:
        text = strip_invisible(text)
        out, at = [], 0
        for start, end, mask in self.spans(text):
            out += [text[at:start], mask]
            at = end
        out.append(text[at:])
        return "".join(out)


def mask_identifiers(text: str) -> str:
    """Mask anything shaped like a national ID, a phone number or an email address."""
    return TextMasker()(text)


def known_values(
    raw_fields: Mapping[str, str | None],
    fields: Mapping[str, str | None],
    personal: Mapping[str, FieldType],
) -> list[tuple[str, str]]:
    """(value, mask) for every personal field value, as written and as normalised.

    `personal` maps the key of each personal field to its type."""
    found: list[tuple[str, str]] = []
    for key, field_type in personal.items():
        for value in (raw_fields.get(key), fields.get(key)):
            if value:
                found.append((value, mask_value(value, field_type) or ""))
                lines = [line for line in value.splitlines() if line.strip()]
                if len(lines) > 1:  # multi-line values (addresses) also line by line
                    found.extend((line, mask_text(line)) for line in lines)
    return found


def personal_types(
    template: FormTemplate | None, fields: Mapping[str, object]
) -> dict[str, FieldType]:
    """Field key -> type for every personal field of a case: the template's personal
    fields, and, to be safe, any field the template does not know (all, without one)."""
    specs = {f.key: f for f in template.fields} if template else {}
    personal: dict[str, FieldType] = {k: s.type for k, s in specs.items() if s.personal}
    personal.update({k: "text" for k in fields if k not in specs})
    return personal


def case_masker(
    template: FormTemplate | None,
    fields: Mapping[str, str | None],
    raw_fields: Mapping[str, str | None] | None = None,
) -> TextMasker:
    """The masker for text about one case: its personal values, then identifiers."""
    personal = personal_types(template, fields)
    return TextMasker(known_values(raw_fields or {}, fields, personal))
