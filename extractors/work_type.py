"""The type of work a subject starts with, as the agency's guide tells citizens to write it.

The guide's request templates say what a subject starts with ("ร้องเรียน ...",
"ขอข้อมูลข่าวสาร ...", "ขอใบอนุญาต ..."). A subject that starts with one names a new
request of that type; one that starts with a reply prefix ("Re:", "ตอบกลับ:") or with
anything else ("ส่งเอกสารเพิ่มเติม") names none.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.base import FormTemplate
from extractors.labels import canonical


def type_of_work_named_first(
    subject: str, templates: Sequence[FormTemplate]
) -> FormTemplate | None:
    """The template whose title or subject keyword the subject starts with (the longest
    when several do: "ต่ออายุใบอนุญาต" before "ใบอนุญาต"), or None. Folded first, so
    spaces, punctuation and case do not count; a reply prefix folds to letters that no
    type of work starts with."""
    text = canonical(subject)
    best: tuple[int, FormTemplate] | None = None
    for template in templates:
        for word in (template.title_th, *template.rules.subject_keywords):
            folded = canonical(word)
            if folded and text.startswith(folded) and (best is None or len(folded) > best[0]):
                best = (len(folded), template)
    return best[1] if best else None
