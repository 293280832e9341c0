"""Two signatures set down before their names: the n-th name is the n-th signature's.

    ผู้วางบิล ....................
    ผู้มีอำนาจลงนาม ....................
    (นางสาว<clerk>)
    (นาย<director>)

A bill, a quotation or an agreement signed by two (the employee who hands it in and the
director with the power to bind the company, a grantor and his proxy) sets the two
signature lines side by side; its text layer, or a copy of it, gives the lines first
(one line or two) and the bracketed names after them in the same order. Read a line at a
time, the second caption took the first name below it: the clerk was read as the
director (set 101). Each caption is given its own name here, "caption: name", and the
name's line left empty (line numbers kept). Only where the lines of captions are followed
at once by exactly as many bracketed names as they hold captions, two or more: with more
or fewer nothing says whose name is whose, and nothing is paired. A name left as dots
("(....................)") is a blank: its caption gets no value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["stacked_signatures"]

MIN_SIGNATURES = 2  # one signature over its own name is the label reader's plain case

_LEADER = r"[.…_·]{4,}"
# A signature's caption: what the signer is to the document (ผู้วางบิล, ผู้มีอำนาจลงนาม,
# ผู้รับมอบอำนาจ, กรรมการผู้จัดการ, หุ้นส่วนผู้จัดการ, พยาน), before or after its line.
_ROLE = r"(?:ผู้|กรรมการ|หุ้นส่วน|พยาน)[\u0e01-\u0e4e]*"
_SIGN = r"(?:ลงชื่อ|ลงนาม)"
# "ลงชื่อ ...... ผู้ขอ", "ผู้วางบิล ......", "ลงชื่อ ......": a line to sign on and its caption
_SLOT = re.compile(
    rf"(?:{_SIGN}\s*(?P<before>{_ROLE})?|(?P<role>{_ROLE}))\s*{_LEADER}[ \t]*(?P<after>{_ROLE})?"
)
_BRACKETED = re.compile(r"[(（]\s*([^()（）]*?)\s*[)）]")
_BLANK_NAME = re.compile(r"[\s.…_·]*")


def _made_of(line: str, piece: re.Pattern[str]) -> list[re.Match[str]] | None:
    """`piece`'s matches, in order, of a line made only of them and blanks; else None."""
    found: list[re.Match[str]] = []
    at, text = 0, line.rstrip()
    while at < len(text):
        if text[at] in " \t":
            at += 1
            continue
        match = piece.match(text, at)
        if match is None:
            return None
        found.append(match)
        at = match.end()
    return found or None


def _captions(line: str) -> list[str] | None:
    """The captions of a line made only of signature slots, in order; else None."""
    slots = _made_of(line, _SLOT)
    if slots is None:
        return None
    return [s.group("after") or s.group("before") or s.group("role") or "ลงชื่อ" for s in slots]


def _names(line: str) -> list[str] | None:
    """The bracketed names of a line made only of them, in order ("" for one left as
    dots); else None."""
    names = _made_of(line, _BRACKETED)
    if names is None:
        return None
    inside = [n.group(1) for n in names]
    return ["" if _BLANK_NAME.fullmatch(i) else " ".join(i.split()) for i in inside]


def stacked_signatures(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """`lines` with each run of signature lines followed by their bracketed names made
    "caption: name" lines in order (one line each, a line of several signatures giving
    several with its number), the names' lines left empty."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        k = i
        captions: list[tuple[int, str]] = []  # (line number, caption)
        while k < len(lines) and (found := _captions(lines[k][1])) is not None:
            captions += [(lines[k][0], caption) for caption in found]
            k += 1
        names: list[str] = []
        j = k
        while captions and j < len(lines) and len(names) < len(captions):
            row = _names(lines[j][1])
            if row is None:
                break
            names += row
            j += 1
        if len(captions) >= MIN_SIGNATURES and len(names) == len(captions):
            out += [
                (n, f"{caption}: {name}" if name else "")
                for (n, caption), name in zip(captions, names, strict=True)
            ]
            out += [(number, "") for number, _ in lines[k:j]]
            i = j
        else:
            out += lines[i : max(k, i + 1)]
            i = max(k, i + 1)
    return out
