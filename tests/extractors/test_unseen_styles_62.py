"""Accuracy on a sixty-second set of requests written by others (issue 8): A
MUNICIPALITY'S PUBLIC WORKS AND UTILITIES DESK (กองช่าง and งานประปา of เทศบาลเมืองบ้านโป่ง,
Ratchaburi). Street lights that died (a pole's number บป.104 / ทผ-141 / P178, a GPS
position in three shapes, a plus code), a pothole in front of a neighbour's house (his
name and house number), a tenant asking a water meter (the house's owner with his ID,
mobile and own home, who consents), a tree leaning over power lines (PEA's 12-digit CA
number, the land's owner and deed), blocked drains, a village headman or an อสม. writing
for one villager, a complaint of road works with the contractor's foreman's mobile, photo
captions as a phone shows them (file, date, position, device), a dormitory's sub-meters.
Numbers like fields everywhere: meter numbers of 10 and 12 digits (one in three opening
0), user numbers of 10 digits opening 0, CA numbers, deed and land numbers, ticket
numbers, coordinates, dates of the damage beside birth dates.
Plain: a dead light from a phone (pole, GPS, plus code), a pothole before the
neighbour's house, a tenant's meter request naming the owner (his ID, mobile and home
before hers), a headman for an old villager (from his own box, his mobile and home below),
a works complaint (the foreman's mobile), a leaning tree (CA number, deed, the land
owner's mobile). HTML: a Gmail with photo captions, an employee's Outlook about her home
(the firm's address and line in the signature), a Traffy-like notification from no-reply
(only the problem's place: address `()`), the town's e-service meter table (a
neighbour's user number, a deed), an อสม.'s Gmail for a bedridden villager (a
daughter's contact phone: no phone scored). Word: the office's meter form over dotted
lines with the owner's consent part (his ID and home), a headman's letter for his
village (he is the applicant), a tree-cut table with the land owner's row. PDF: a
fillable meter request with fields untitled1..untitled11 (address in parts), a typed
complaint (sender block top right, the foreman's mobile), a water bill in the OWNER's name
with the tenant's lines in the mail, a fillable repair form in Thai field names (the
pole's place a full address). Sheets: a headman's list of dead lights (houses in rows),
a dormitory owner's sub-meters (tenants' mobiles in rows).

unseen_requests_62.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 59 and 60, the helpers they import).
Conventions written down before measuring (the builder's docstring and WHO say them per
style): the applicant is the one the request is FOR, whose street, house, meter or roof it
is: the resident who reports; the TENANT who asks a meter (the house's owner who consents
never: his name, ID, mobile, home); the dormitory's owner (a tenant in her rows never). A
headman or an อสม. writing for ONE villager: the villager is the applicant (her name, ID,
address, her phone where hers is given); the writer's name, mobile, box, home never hers.
A headman asking for his VILLAGE (a letter, a list of lights): he is the applicant, his
home and mobile. A neighbour, a land owner, a foreman, a firm's line, a no-reply box,
the office's line never hers. A pole, meter, user, CA, deed, land, ticket number, a
coordinate, a plus code never a phone or an ID. Address: where she lives, with or without
เลขที่, province and postal code; the light's, pothole's or tree's place never (the
notification giving only that: address `()`, no value or a flagged one right). Birth
date hers only; a damage, report or photo date never. Same harness (unseen_harness.py) as
the other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_62 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_62.py -s -p
# no:randomly, set at 32ca3b0 on main's 0d4d971), 20 styles, 40 requests, 261 fields, all
# scored (no n/a): 251/261 right (0.962), 6 wrong flagged, 4 wrong without a flag
# (1.533%), 0 missing; 122 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 73/79 (4, 2, 0), HTML 60/62 (2, 0, 0),
# Word 40/40, PDF 53/55 (0, 2, 0), sheet 25/25. Every miss, all ten:
# Silent, 4:
# - plain_headman_for_villager phone 2: the headman's own mobile below his name
#   (+66819927734, +66897715046), not the villager's "ติดต่อได้ที่ 086 771 5523" /
#   "089-773-2068" in the body (her name, ID, address right).
# - pdf_fillable_meter_untitled address 2: only the house field ("9/3 หมู่ 2",
#   "88/2 ถ.ราษฎร์บำรุง"): the tambon, amphoe, province and postal code in their own
#   fields untitled5..untitled8 not joined on (province and postal code read right).
# Flagged, 6:
# - the house's owner for the tenant: plain_meter_tenant_owner v2 postal_code "10240" and
#   province "กรุงเทพมหานคร" (the owner's own home in Bangkok, "บ้านเจ้าของอยู่ ...";
#   her address, ID, birth date right).
# - the contractor's foreman: plain_works_foreman phone 2 (+66892256613, "โทรหาโฟร์แมน
#   ... เบอร์ ..."; her "Tel." in the signature below).
# - the firm's line in an employee's Outlook signature: html_outlook_office_drain phone 2
#   (+6632211450 "Tel. 032-211-450 ext."; her "มือถือ" in the body).
# Right everywhere else: pole numbers, GPS in three shapes, plus codes, meter numbers of
# 10 and 12 digits opening 0, user numbers, PEA CA numbers, deeds, tickets never a phone
# or an ID; the neighbour's house in front of which the pothole is, the land's owner and
# his mobile, the owner's consent part of the Word form (his ID and home), the water bill
# in the owner's name, the dormitory's tenants and the headman's rows never hers; the
# อสม.'s box and phone never the villager's; the Traffy-like notice left with no address.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO).
# After the fixes on branch fix62 (same command): 261/261 right (1.000), 0 wrong flagged,
# 0 wrong without a flag (0.000%), 0 missing; 130 of the right values flagged for a look
# (122 at first sight: the ten mended are read from sentences or a signature). By kind:
# plain 79/79, HTML 62/62, Word 40/40, PDF 55/55, sheet 25/25. Mended: a village
# officer asking help for one villager ("<post> ... ขอความอนุเคราะห์ให้ <her>":
# extractors.helped_for, her values said after her name hers, prose.ABOUT_ANOTHER); a
# fillable form's address box holding the house line ("9/3 หมู่ 2", "88/2 ถ.ราษฎร์บำรุง")
# joins the area boxes (address_parts, areas short where the line is); another's number
# in the sentences set behind the signature's mobile (prose); "ติดต่อดิฉันได้ที่มือถือ ..."
# a call-back, so the firm's "Tel. ... ext." yields (prose._CALL_BACK,
# labelled_for_another); "บ้านเจ้าของอยู่ <home>" without ที่ the owner's, its province and
# postal code with it (prose._ADDRESS).
# Left, unscored (tests/extractors/unscored_survey.py _62): html_gmail_osm_for_villager
# phone 2 is the อสม.'s own "โทร" under her name, unflagged (as on main before the fixes):
# the set scores no phone there, the convention says hers is never the villager's.
# Floors: every style at 1.000 after the fixes, so none below the harness's 0.99; silent
# held at none (first sight: five styles below 0.99, silent 4 of 261).
FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0  # after fix62; first sight 4/261: the headman's mobile 2, the house field 2

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=250)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Four of 261 at first sight, none after fix62: held there, so one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
