"""A mobile number a hard wrap cut after its first group, put back on one line.

A phone's mail app wraps at the screen's width, and a number typed with a space after
its first group ("089 8120457") is cut there: "เบอร์โทรศัพท์มือถือ 089" / "8120457" (or
after its second, "081 993" / "4418": a petition typed in an editor, set 58). Read as
it stands the label's value is "089", no number. Where the line names a phone right
before the three digits (a Thai mobile's 06/08/09 prefix) and the next line opens with
the seven digits left, the rest is moved up, as `body_form._cut_ids_mended` moves a
dashed ID's rest up; the next line keeps what follows it. A house number ending a line
("ที่อยู่ 089") is left alone: no phone is named before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# The word for a phone right before the number, as a line or a sentence gives one's own.
PHONE_WORD = re.compile(
    r"(?:โทร(?:ศัพท์)?|เบอร์(?:โทร(?:ศัพท์)?)?|มือถือ|tel|mobile|phone)\.?(?:ใหม่|ปัจจุบัน)?"
    r"\s*[:：]?\s*$",
    re.I,
)
# Where a wrap cuts one, "หมายเลข" (number) right before it names a phone as well
# ("ผู้ร้องติดต่อได้ที่หมายเลข 086 954" / "1238", a typed letter's PDF, set 108); a house's
# "หมายเลขที่" does not end with it. Kept out of PHONE_WORD, which ranks a phone named so.
_NUMBER_WORD = re.compile(r"หมายเลข(?:โทรศัพท์)?\s*[:：]?\s*$")
# Cut after its first group ("089"), or after its second where it is typed 3-3-4 ("081
# 993" / "4418", a petition's line wrapped in the typist's editor, set 58).
_CUT_MOBILE = re.compile(r"(?<![0-9])0[689][0-9](?P<second>[ -]?[0-9]{3})?[ \t]*$")
_REST = re.compile(r"[ \t]*([0-9]{3}[ -]?[0-9]{4})(?![0-9])")
_REST_AFTER_SECOND = re.compile(r"[ \t]*([0-9]{4})(?![0-9])")


def mobile_wraps_mended(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with each mobile cut after its first group joined back on its line."""
    return rests_moved_up(lines, _mobiles_rest)


def _mobiles_rest(line: str) -> re.Pattern[str] | None:
    """What the next line must open with when `line` ends with a phone's cut mobile."""
    cut = _CUT_MOBILE.search(line)
    if cut is None:
        return None
    before = line[: cut.start()]
    if PHONE_WORD.search(before) is None and _NUMBER_WORD.search(before) is None:
        return None
    return _REST_AFTER_SECOND if cut.group("second") else _REST


def rests_moved_up(
    lines: Sequence[tuple[int, str]], rest_of: Callable[[str], re.Pattern[str] | None]
) -> list[tuple[int, str]]:
    """The lines with a value a wrap cut joined back: where `rest_of` a line gives the
    pattern of the value's rest and the next line opens with it (its group 1), the rest
    is moved up; the next line keeps what follows it."""
    out = list(lines)
    for k in range(len(out) - 1):
        rest_pattern = rest_of(out[k][1])
        rest = rest_pattern.match(out[k + 1][1]) if rest_pattern else None
        if rest is None:
            continue
        out[k] = (out[k][0], f"{out[k][1].rstrip()} {rest.group(1)}")
        out[k + 1] = (out[k + 1][0], out[k + 1][1][rest.end() :])
    return out
