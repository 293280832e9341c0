"""Accuracy on a hundred-and-twenty-sixth set of requests written by others (issue 8):
COMMUNITY ENTERPRISES, OTOP AND SMALL PRODUCERS, to เทศบาลเมืองศรีสะเกษ, เทศบาลเมือง
อำนาจเจริญ and อบต. in อุบลราชธานี (ปะอาว, ขุหลุ, โนนรัง, ทรายมูล). A chair registering a
วิสาหกิจชุมชน (the secretary's and members' names, IDs and phones beside hers), a producer
asking an OTOP booth (product codes, booth numbers, a bank account for the deposit), a
weaving group's budget (its treasurer, its account, items and amounts), an อย. advice
visit (staff counts, product codes, an อย. number), a cooperative's letters signed by its
ประธานกรรมการ (its office, line and box; the manager's mobile), a member writing for the
group's elderly chair, a daughter sending her mother's silk-weaving application, a buyer's
complaints (the seller's name, รหัสทะเบียน, phone and address).
Plain: a chair's iPhone mail, a forwarded LINE chat, a member's mail for the chair, a
buyer's Gmail-mobile complaint, a producer's request with her helper's phone. HTML: a
chair's Gmail with a budget table and the treasurer in the signature, a cooperative's
Outlook, an e-Service notification table, a daughter's Gmail list. Word: a registration
form (a label table and the committee table), a group's letter on its head, a mother's
application filled by her daughter, a buyer's complaint letter. PDF: a fillable OTOP booth
form (owner_* and helper_* fields), a fillable food-advice form (Thai field names), a
cooperative's typed letter, a member's typed letter for the chair. Sheets: a member list
(the secretary's row above the chair's), a budget sheet, a buyer's order list.

unseen_requests_126.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, sets 62/63's tests and builders, the helpers they import and the
earlier sets' first docstrings). Conventions written down before measuring (the builder's
docstring and WHO say them per style), after sets 28 (the person who asks; the natural
person who signs for a body), 31/63 (a service for one person asked by another is the one
it is for), 37 (only another's phone: phone `()`) and 63 (a body's address, line and box
are its office's). So: a group's chair who signs, never its secretary, treasurer or
members; a cooperative's ประธานกรรมการ (no ID: `()`), its office, line and box; the elderly
chair, not the member who writes for her (phone and e-mail `()`); the mother, not the
daughter (e-mail `()`; phone the mother's where the form gives it, else `()`); the buyer,
not the seller. A รหัสทะเบียน, OTOP code, bank account, อย. number, order, lot, booth,
amount or member count is never an ID or a phone. Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_126 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
