"""Set 78 of requests written by someone who had not read the readers (issue 8): REQUESTS
TYPED ON PHONES BY PEOPLE WHO TYPE LITTLE, to เทศบาลตำบลบ้านโฮ่ง (ลำพูน), เทศบาลเมือง
สกลนคร and อบต.หนองบัว (บ้านค่าย, ระยอง): Gboard dictation (no punctuation, numbers in
Thai words beside digits, "เว้นวรรค"/"ขึ้นบรรทัดใหม่" left in), autocorrect slips and a
corrected phone, IDs in odd groups and Thai digits, phones with odd spaces and dashes,
emoji and stickers' alt text, LINE chats pasted or forwarded, grandchildren typing for
grandparents, one long line, a photo's caption beside a WPS or Google Docs file, a Google
Sheets sheet made on a phone. Kinds: plain, HTML (Gmail app, Samsung Email), Word, PDF
(fillable forms filled in a phone app, WPS letters), xlsx.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import and the earlier
sets' first docstrings). Conventions (the builder's docstring and WHO say them per style):
the applicant is the person whose matter it is: the grandparent when a grandchild types
(the grandchild's name, ID, birth date, phone and box never hers; her phone `()` where only
the grandchild's is given, set 37's ruling; email `()` where the grandchild sends); in a
LINE chat, the one who asks for himself, never the headman or the son in the group. A
value written in words or pieces is still that value: a phone in Thai words, words and
digits mixed, Thai digits, odd spaces and dashes, a sheet's number that lost its leading 0;
an ID in odd groups, Thai digits, split over two chat lines; "เว้นวรรค" between names is the
space. A phone set right in a later line is the corrected one. Timestamps, chat dates,
letters' and events' dates are never the birth date; deed, plot, farmer registration,
reference numbers and the office's sample ID never an ID or a phone. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_78 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=290)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
