"""A mail signed with the writer's given name alone, her family name only in From.

A citizen writing from her phone closes with "ขอบคุณค่ะ" and her given name on a line of
its own ("พิมพ์ชนก"); her mail program's From gives it whole ("พิมพ์ชนก สายทอง"). No
reader takes one Thai word for a name, so the case had none. Where nothing names her
otherwise and the From's Thai display name opens with the very given name she signs
with, the From's name is hers: read, but below review (no title is written, and the box
could be a namesake's), so a clerk checks it (set 105: a shop owner's iPhone mail about
her sign tax). So where the mail names her by an elder's kin word as her title and her
whole name as in From ("ยาย<given> <family>", set 121: a grandchild typing on her phone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, ParsedMessage, Provenance
from extractors.juristic import is_juristic_name
from extractors.mail_text import request_lines
from extractors.set_behind import BEHIND_CONFIDENCE

__all__ = ["SIGNED_GIVEN_NAME", "name_signed_by_given"]

SIGNED_GIVEN_NAME = "given name signed, the whole name in From"
# A person's Thai display name: a given and a family name, maybe a middle word; no title
# (a title in a display name is rare, and then the signature shows it).
_DISPLAY = re.compile(r"(?P<given>[\u0e01-\u0e4e]{2,})(?:\s+[\u0e01-\u0e4e]{2,}){1,2}")
# Or an elder named by a kin word as her title, her whole name as in From ("ยาย<given>
# <family> อายุ 78 ปี ให้หลานพิมพ์แทน", a grandchild typing on her phone, set 121): the box
# and the words say her. An elder's kin word only: a junior's (หลาน, ลูก) names the one
# who types for her.
_ELDER = r"(?:ยาย|ตา|ปู่|ย่า|ลุง|ป้า|น้า|อา|แม่|พ่อ)"


def name_signed_by_given(
    parsed: ParsedMessage, candidates: Sequence[FieldCandidate]
) -> list[FieldCandidate]:
    """The From's display name as the applicant's, below review, when no name was read and
    a line of the mail's own words is that name's given name alone, or holds the whole
    name after an elder's kin word (see the docstring)."""
    if any(c.key == "full_name" for c in candidates):
        return []
    display = " ".join(parsed.from_name.split())
    m = _DISPLAY.fullmatch(display)
    if m is None or is_juristic_name(display):
        return []
    given = m.group("given")
    elder = re.compile(
        rf"(?<![\u0e01-\u0e4e])(?:คุณ)?{_ELDER}\s*{re.escape(display)}(?![\u0e01-\u0e4e])"
    )
    for part in parsed.text_parts:
        lines = [" ".join(line.split()) for _, line in request_lines(part.text)]
        if any(line == given or elder.search(line) for line in lines):
            provenance = Provenance(part="header", kind="body_text", label=SIGNED_GIVEN_NAME)
            return [
                FieldCandidate(
                    key="full_name",
                    value=display,
                    provenance=provenance,
                    confidence=BEHIND_CONFIDENCE,
                )
            ]
    return []
