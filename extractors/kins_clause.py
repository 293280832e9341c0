"""An ID said in a clause that opens with whose it is: a kin's ("ของสามี ..."), not the writer's.

    ของสามี เลขบำนาญ ทบ.... เลขบัตร <his>
    ของดิฉัน เลขบัตร <hers> เกิด ...

A widow who answers an office's "the dead man's numbers and the claimant's" in a chat, a
wife who gives her husband's numbers and then her own, says whose each is by the clause's
first word: "ของ<kin>" (her husband's, her mother's) and "ของดิฉัน" (hers). The ID in the
kin's clause is that kin's (set 124: the dead husband's ID taken over the widow's); only
where another ID is given too, so a kin's ID alone is left to the readers that weigh it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Set

from extractors.thai import KIN

__all__ = ["kins_ids"]

# "ของสามี", "ของคุณแม่": the clause opens the line or follows a space; not "ของสามีดิฉัน"'s
# own ("ของ<kin>ของดิฉัน" is still the kin's). Not a word that merely opens with a kin's
# ("ของตาม...", "ของพี่เลี้ยง"): the kin's word ends at a space, a colon or a number.
_KINS_CLAUSE = re.compile(
    rf"(?:^|(?<=[ \t]))ของ\s*(?:คุณ)?{KIN}(?:ของ(?:ดิฉัน|ผม|ข้าพเจ้า|หนู)|ดิฉัน|ผม)?(?=[\s:：0-9])",
    re.M,
)
# where the writer turns to her own: "ของดิฉัน", "ของผม", "ส่วนของข้าพเจ้า"
_OWN_CLAUSE = re.compile(r"ของ\s*(?:ดิฉัน|ผม|ข้าพเจ้า|หนู|ตัวเอง|ตนเอง)")


# A clause is short: its kin's numbers follow within a line's length (a chat message's,
# a sentence's), which bounds the work on a long line with no break.
MAX_CLAUSE = 160


def kins_ids(text: str, ids: Set[int]) -> set[int]:
    """Of the IDs at offsets `ids`, those in a clause opened by "ของ<kin>", up to its
    line's end or the writer's own clause; none where that leaves no other ID."""
    starts = sorted(ids)
    theirs: set[int] = set()
    for m in _KINS_CLAUSE.finditer(text):
        stop = min(len(text), m.end() + MAX_CLAUSE)
        line_end = text.find("\n", m.end(), stop)
        stop = stop if line_end < 0 else line_end
        own = _OWN_CLAUSE.search(text, m.end(), stop)
        stop = own.start() if own else stop
        theirs.update(starts[bisect_left(starts, m.end()) : bisect_left(starts, stop)])
    return theirs if ids - theirs else set()
