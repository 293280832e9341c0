"""Accuracy on a sixty-fourth set of requests written by others (issue 8): AN ORDINARY WEEK
OF A CENTRAL PLAINS เทศบาลตำบล AND อบต. in flood season (เทศบาลตำบลบางปลาม้า, Suphan Buri;
องค์การบริหารส่วนตำบลบางหลวงโดด, Bang Ban, Ayutthaya; people also from Ang Thong, Sing Buri
and Chai Nat), each kind of request in its usual shape, so that first sight estimates what
an ordinary week reads. Plain: a certified copy of the house registration from an iPhone
(the รหัสประจำบ้าน beside the ID), a complaint of a neighbour's burning rice straw (no ID
in v2), a daughter or son asking flood aid for a mother (the mother's phone in v1 only), an
elder registering or moving his เบี้ยยังชีพ from Yahoo (his ธ.ก.ส. account, his former home
in Ang Thong), a job application from webmail (a referee's line), a water meter for a new
house on his land (its own house number). HTML: a river villager's Gmail on a sand barge
landing (its firm's line from its sign), the town's e-service report of a dead street
light (a table from the system's box, the lamp's spot and GPS), a firm's Outlook on a
building permit (the engineer's licence and mobile; the director signs), a farmer's Gmail
table for flood aid (house code, his rice field elsewhere), a parent's Gmail table for a
child's place at the ศูนย์พัฒนาเด็กเล็ก (the child's rows, then the parent's). Word: the
town's คำร้องทั่วไป typed over its dotted lines (address in slots, "ซอย - ถนน -"), a
building permit letter for land in the town by a woman living in Ang Thong (v2: the land
her father's), a villagers' letter for a water main (a table of four households), a firm's
letter on its letterhead (a certificate of work done, a purchase order's copy). PDF: the
elderly allowance form made fillable by Acrobat (fields Text1..Text11; a son's proxy
section filled in v2), a typed flood-aid letter (block top right), a CV's text export
(former employer's address and line, referee), a typed complaint of a fish pond draining
into the canal. Sheets: a farmer's flood damage sheet (his plots below), a firm's request
for four water meters (units' house numbers, a contact officer's mobile).

unseen_requests_64.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO, per style): the applicant is the one the request is FOR
(set 63): most write for themselves; the mother, not the daughter or son who writes (her
phone only where given, else `()`; e-mail `()`); the child, not the parent (phone, e-mail
`()`); the elder, not the son in the form's proxy section; the writer who signs as ผู้ยื่น,
not the neighbours listed; the complainant, never the neighbour, the pond's owner or the
landing's firm; a firm: the director or managing partner who signs (no ID given: `()`),
its office, line and box, never the engineer or contact officer. Address: where the
applicant lives, never the land to build on, the new house's or the units' numbers, the
lamp's spot, the fields, the former home, the employer. A house code, deed, bank account,
licence, registration or report number is never an ID or a phone. Birth date ISO, only
the applicant's. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see
the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_64 import KIND, build_set

# First sight: not yet measured (the set is committed before any reader runs on it).
FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
