"""A person named under the part he plays, no name's label: "ผู้ป่วย : นาย...".

A son's mail for his father just discharged sets the father's facts out as a table (set
89): "ผู้ป่วย : นาย<father>", then his ID, birth date and home under their own labels. The
patient's part alone heads his name, as "ชื่อผู้ป่วย" would: the line is read so. Only the
parts of the one a care service is for (role_words.CARED_FOR, whom sets 31/63 rule the
applicant), and only where a titled name and nothing else follows, so that a part's
heading over its own rows, or a sentence, is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from extractors.role_words import CARED_FOR
from extractors.title_options import TITLED_NAME

__all__ = ["part_as_name_label"]

_PART_THEN_NAME = re.compile(rf"^(?P<pad>\s*)(?P<part>{CARED_FOR})\s*[:：]\s*(?={TITLED_NAME}\s*$)")


class _Found(Protocol):
    @property
    def key(self) -> str: ...


def part_as_name_label(line: str, parse: Callable[[str], _Found | None]) -> str:
    """`line` with the part's word made the name's label ("ชื่อผู้ป่วย: นาย...") where it
    names one cared for by his part alone and the label reader takes that label for the
    name; else `line` as it is."""
    m = _PART_THEN_NAME.match(line)
    if m is None or parse(line) is not None:
        return line
    relabelled = f"{m['pad']}ชื่อ{m['part']}: {line[m.end() :]}"
    found = parse(relabelled)
    return relabelled if found is not None and found.key == "full_name" else line
