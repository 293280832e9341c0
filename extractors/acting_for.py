"""A writer who acts for another in law: the request is that person's, the writer a proxy.

    ข้าพเจ้า นางสาวรัตนา ทองดี เลขประจำตัวประชาชน ... ในฐานะผู้อนุบาลของ นายสมพงษ์ ทองดี
    เลขประจำตัวประชาชน ... ขอยื่นคำร้อง ...

A curator (ผู้อนุบาล) for a person the court declared incompetent, a guardian or legal
representative (ผู้ปกครอง, ผู้แทนโดยชอบธรรม) for a minor, a custodian (ผู้พิทักษ์), an
attorney (ผู้รับมอบอำนาจ): the one they act for is the applicant. That person, named
after the words (and the ID after the name), is read here; the writer's own line is a
proxy's (`body_form`), and their other values of the same fields are rivals no surer
than prose (`extract`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.thai import CIVIL_TITLE
from extractors.validate import national_id_is_valid, normalise_national_id
from extractors.values import ID_IN_TEXT, clean_value

__all__ = ["ACTING_FOR", "acting_for_entities", "acts_for"]

ACTING_FOR = "the person the writer acts for (ในฐานะผู้อนุบาล/ผู้ปกครองของ)"
_ROLE = (
    r"ในฐานะ(?:เป็น)?\s*(?:ผู้อนุบาล|ผู้ปกครอง|ผู้พิทักษ์|ผู้แทนโดยชอบธรรม"
    r"|ผู้รับมอบ(?:อำนาจ|ฉันทะ))(?:โดยชอบธรรม|ตามกฎหมาย)?"
)
_ACTS = re.compile(_ROLE)
_WORD = r"[\u0e01-\u0e4e]+"
_FOR = re.compile(
    rf"{_ROLE}\s*(?:ของ|แก่|แทน)\s*(?P<v>{CIVIL_TITLE}\s*{_WORD}\s+(?:ณ\s+)?{_WORD})"
    # the ward's ID right after the name, maybe with its words ("เลขประจำตัวประชาชน")
    rf"(?:\s*(?:[,(]\s*)?(?:เลข(?:ที่)?(?:บัตร)?\s?(?:ประจำตัว)?\s?(?:ประชาชน)?\s*[:：]?\s*)?"
    rf"(?P<id>{ID_IN_TEXT.pattern}))?"
)


def acts_for(text: str) -> bool:
    """Whether the line says its writer acts for another (ในฐานะผู้อนุบาล...)."""
    return "ในฐานะ" in text and _ACTS.search(text) is not None


def acting_for_entities(text: str) -> Iterator[tuple[str, str, int, str]]:
    """(key, value, offset, ACTING_FOR) for the person named after the words, and their
    ID when it follows the name."""
    if "ในฐานะ" not in text:
        return
    for m in _FOR.finditer(text):
        name = clean_value("name", " ".join(m.group("v").split()))
        if name:
            yield "full_name", name, m.start("v"), ACTING_FOR
        digits = normalise_national_id(m.group("id")) if m.group("id") else None
        if digits and national_id_is_valid(digits):
            yield "national_id", m.group("id"), m.start("id"), ACTING_FOR
