"""A changed name: the current one is the applicant's name, the former one never is.

Thais change names often (a given name for luck, a family name at marriage or divorce),
and a request about records says so beside the name, in the ways the district office's
certificate (ช.3, ช.4) words it:

    นายสมปอง ดีมาก (เปลี่ยนชื่อเป็น นายภูมิพัฒน์ ดีมาก เมื่อ ...)   the new name last
    เดิมชื่อ นายเขียว ใบตอง ปัจจุบันชื่อ นายกฤตภาส ใบตอง               the current one last
    เปลี่ยนชื่อจาก นางมะลิ ศรีสุข เป็น นางณัฐชยา ศรีสุข
    นางสาวอรุณี แสงทอง (ชื่อเดิม นางสาวบัวผัน แสงทอง)                the former one after
    นางสาวชนิดา ทองดี (เปลี่ยนนามสกุลเป็น แก้วมณี)                    only the family name

or gives the former name a row of its own ("ชื่อ-สกุล (เดิม)", "ชื่อเดิม", "Former name")
beside the current one. `current_name` reads the first kind of value, `is_former_label`
tells the second kind of label.
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate

__all__ = ["FORMER_CONFIDENCE", "current_name", "is_former_label", "without_former_names"]

# A name read under a label marking it the former one: kept, so that a request giving
# only that is still looked at, but below any other name and below review's line.
FORMER_CONFIDENCE = 0.3

_PARTS = r"(?:\s*-?\s*(?:นาม)?สกุล)?"  # "ชื่อ", "ชื่อ-สกุล", "ชื่อ-นามสกุล"
_SAY = r"\s*(?:คือ|เป็น)?\s*[:：]?\s*"
# Words that say the name after them is the current one.
_NOW = re.compile(
    rf"(?:ปัจจุบัน\s*(?:ใช้|เปลี่ยนเป็น)?\s*ชื่อ{_PARTS}|ชื่อ{_PARTS}\s*(?:ปัจจุบัน|ใหม่)"
    rf"|(?:ได้)?เปลี่ยน\s*ชื่อ{_PARTS}\s*(?:ใหม่\s*)?(?:จาก.+?\s)?เป็น"
    r"|\b(?:current|new)\s+name\b|\bchanged\s+(?:my\s+|his\s+|her\s+)?name\s+(?:from\s.+?\s)?to\b)"
    rf"{_SAY}",
    re.IGNORECASE,
)
# Words that say only the family name changed; the given name stays.
_NEW_FAMILY = re.compile(
    r"(?:ปัจจุบัน\s*ใช้\s*(?:นาม)?สกุล|(?:นาม)?สกุล\s*(?:ปัจจุบัน|ใหม่)|(?:ได้)?เปลี่ยน\s*(?:นาม)?สกุล\s*เป็น)"
    rf"{_SAY}([\u0e01-\u0e4eA-Za-z]+)"
)
# Words that say the name after them is a former one (a maiden name is one too).
_FORMER_AFTER = re.compile(
    r"\s*[(（]?\s*(?:ชื่อ" + _PARTS + r"\s*เดิม|เดิม\s*ชื่อ|(?:นาม)?สกุลเดิม|ชื่อเก่า"
    r"|\bformerly\b|\bformer\s+name\b|\bnée\b|\bprevious(?:ly)?\b)",
    re.IGNORECASE,
)
_OPENING_FORMER = re.compile(r"^\s*(?:เดิม\s*ชื่อ|ชื่อ" + _PARTS + r"\s*เดิม)")
# How a change is dated or founded, or what the letter goes on to ask, after the new
# name: no part of it.
_WHEN = re.compile(
    r"(?:เมื่อ|ตั้งแต่|ตาม|ได้|จึง|ขอ|และ|วันที่|ณ|พ\.ศ\.|since\b|on\b|as\b|by\b)", re.IGNORECASE
)
_CLOSE = re.compile(r"[)）]")
_NAME_START = re.compile(r"[\u0e01-\u0e4eA-Za-z]")
# A label marking its value the former one ("ชื่อ-สกุล (เดิม)", "ชื่อเดิม", "Old name").
_FORMER_LABEL = re.compile(r"เดิม|เก่า|ก่อน\s*เปลี่ยน|\b(?:former|previous|old|maiden)\b", re.IGNORECASE)


# A change asked for, not made: "ขอเปลี่ยนชื่อเป็น ...", "ประสงค์จะเปลี่ยนชื่อเป็น ..." (a
# request to the district office that changes names). Until it is made, the name written
# before is the name; what follows is the request.
_ASKED = re.compile(
    r"\s*(?:มีความ)?(?:ขอ|จะ|ประสงค์|ต้องการ|ประสงค์จะ|ต้องการจะ|would\s+like\s+to|wish\s+to)\s*"
    r"(?:เปลี่ยน|change\b)",
    re.IGNORECASE,
)


def is_former_label(label: str) -> bool:
    """Whether a name's label says its value is a former name."""
    return _FORMER_LABEL.search(label) is not None


def current_name(value: str) -> str:
    """The current name in a value that tells a change of name; `value` otherwise (what
    follows the name, a date or a certificate, is left for the name's own cleaning).

    Read with each run of spaces as one: the patterns' optional spaces around optional
    words would otherwise try every split of a long run (a line padded with 3,000 spaces
    took 40 s of CPU), and a name's words are one space apart anyway."""
    collapsed = " ".join(value.split())
    changed = _current_name(collapsed)
    return value if changed == collapsed else changed


def _current_name(value: str) -> str:
    asked = _ASKED.search(value)
    now = _NOW.search(value)
    if asked is not None and asked.start() > 0 and (now is None or asked.start() < now.start()):
        return value[: asked.start()].strip()
    if now is not None and _NAME_START.match(value, now.end()):
        after = value[now.end() :]
        close = _CLOSE.search(after)
        return _without_when(after[: close.start()] if close else after)
    family = _NEW_FAMILY.search(value)
    if family is not None:
        head = _FORMER_AFTER.split(value[: family.start()], maxsplit=1)[0]
        words = head.strip(" \t(（").split()
        if len(words) >= 2:
            return " ".join([*words[:-1], family.group(1)])
    if _OPENING_FORMER.match(value):
        return value  # only the former name is given: a clerk is told by its low worth
    former = _FORMER_AFTER.search(value)
    if former is not None and former.start() > 0:
        return value[: former.start()].strip()
    return value


def _without_when(name: str) -> str:
    """The new name without the when and how of the change written after it ("... เมื่อ
    ก.ย. 2569", "... ได้เปลี่ยนชื่อตาม ช.3"): a word so opening, past the name's first two
    words, ends it."""
    words = name.split()
    for n, word in enumerate(words[2:], start=2):
        if _WHEN.match(word):
            return " ".join(words[:n])
    return " ".join(words)


def without_former_names(
    candidates: list[FieldCandidate], name_keys: set[str]
) -> list[FieldCandidate]:
    """`candidates` with every name read under a former name's label put below review's
    line: "ชื่อ-สกุล (เดิม)" beside "ชื่อ-สกุล (ปัจจุบัน)" is never the name."""
    out = []
    for c in candidates:
        label = c.provenance.label or ""
        if c.key in name_keys and is_former_label(label) and c.confidence > FORMER_CONFIDENCE:
            c = c.model_copy(update={"confidence": FORMER_CONFIDENCE})
        out.append(c)
    return out
