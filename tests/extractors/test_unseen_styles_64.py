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

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_64.py -s -p
# no:randomly, set at ae4407a on main's a50a36a), 21 styles, 42 requests, 298 fields, all
# scored (no n/a): 277/298 right (0.930), 13 wrong flagged, 2 wrong without a flag
# (0.671%), 6 missing; 157 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 74/85 (11, 0, 0), HTML 72/72 (0, 0, 0),
# Word 55/57 (2, 0, 0), PDF 57/57 (0, 0, 0), sheet 19/27 (0, 2, 6). Eighteen of the 21
# styles read right everywhere. Every miss, all twenty-one:
# Silent, 2:
# - a firm's contact officer's mobile as its phone: xlsx_firm_water_meters phone 2 (the
#   "ผู้ประสานงาน ... มือถือ 086-519-0273" row at the sheet's foot, not the firm's line
#   in its head block "โทรศัพท์").
# Flagged, 13:
# - the writer for a mother: plain_daughter_flood_aid_mother full_name, national_id,
#   address, postal code, province 2 each and phone v1 (the daughter in Sing Buri, the
#   son in Ang Thong: "หนูชื่อ <her> ... อยู่ <her home> เขียนมาแทนแม่ <mother> ...");
#   v2's phone (the mother has none) right.
# - a table's column head as a name: docx_villagers_water_main full_name 2 ("บ้านเลขที่",
#   the households table's head, over the writer named in the body and signing ผู้ยื่น).
# Missing, 6: xlsx_firm_water_meters address, postal code, province 2 each (the firm's
# office under "ที่ตั้งสำนักงาน" in the sheet's head block).
# Right everywhere else: the house code (รหัสประจำบ้าน), bank accounts, deeds, licence,
# report and meter numbers never an ID or a phone; the complainants over the neighbour,
# the pond's owner and the landing's firm (its line); the e-service table (the lamp's
# spot never); the child's rows over the parent's (phone and e-mail of the parent
# flagged or none); the elder over the son in Acrobat's Text1..Text11 form; the town's
# คำร้องทั่วไป with "ซอย - ถนน -"; the land in the town never the Ang Thong owner's home;
# the firms' signers in Outlook and Word; the CV's former employer and referee never.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO). Doubtful, not changed: a clerk might call a firm's
# named ผู้ประสานงาน back on her mobile; the convention written before the run says the
# firm's line only.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# the two seen (a third fails).
# After acting_for read "เขียนมาแทนแม่ <mother>" as the one the mail is for (the lead, stop
# 41): 285/298 (0.956), 5 flagged, 2 silent, 6 missing; plain_daughter_flood_aid_mother
# 3 -> 11/14 (the daughter's home, postal code and province still taken, flagged).
# After fix85 (stop 49: a coordinator's or contact person's sheet row under the one who
# asks is set behind, case_party_row): 296/298 (0.993), 2 flagged, 0 silent, 0 missing;
# only docx_villagers_water_main below the target. Floors at what each style reads now.
FLOORS: dict[str, float] = {
    "docx_villagers_water_main": 0.857,
}
SILENT_NOW = 0 / 298  # first sight: the contact officer's mobile, twice; none since fix85

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 298 at first sight, none since fix85: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
