"""Accuracy on a fifty-eighth set of requests written by others (issue 8): AN ORDINARY
WEEK OF A MUNICIPALITY'S PUBLIC HEALTH AND ENVIRONMENT DESK (กองสาธารณสุขและสิ่งแวดล้อม of
เทศบาลเมืองบ้านโป่ง, Ratchaburi): nuisance complaints (smoke from a charcoal kiln, a pig
farm's smell, a karaoke bar's and a building site's noise, a car-paint shop's fumes)
where the place complained of has its own address, owner's name, phone and once an ID;
an anonymous complainant who gives only a phone; garbage bins and fees (a market stall,
rooms to let); septic-tank pumping booked for a let house or a mother's house, the
tenant's name and phone there; dogs and cats registered and sterilised (the pet's age,
birth date, 15-digit microchip beside the owner's lines, the vet's licence); mosquito
fogging asked by community chairmen (dengue patients named with house numbers, a
committee member's phone); food-shop permits and food handlers' health certificates
where an employer writes for employees (their names, IDs and birth dates in tables and
lists) or a manager writes for the licensee. Plain: a kiln's smoke, an anonymous
karaoke complaint from a Samsung phone, a LINE chat export with the headman pasted in,
a Bangkok owner booking pumping for her let house, dogs for sterilisation, a stall's
bin. HTML: a chairman's Gmail for fogging, a restaurant manager's Outlook for the owner
with a staff table, a building site's noise (Gmail, text and HTML), the town's e-service
complaint table from no-reply, an iPhone's HTML cat registration. Word: the desk's
complaint form over dotted lines, the pumping booking as a table, the pet registration
form (owner's and pet's tables), a community's fogging letter. PDF: a fillable food
permit (fields text1..), an employer's letter listing employees, a villagers' petition
scanned with a text layer, a fillable bin request (fill_1.., the address in boxes).
Sheets: a chairman's list of the community's animals, an employer's staff list.

unseen_requests_58.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 55 and 56, the helpers they import
and the earlier sets' first docstrings). Conventions, written down before measuring
(WHO in the builder says them per style):
- The APPLICANT is the one whose request it is: the COMPLAINANT (never the one
  complained of, his shop, his phone, his ID, the foreman on a site's board, the
  headman in a pasted chat), the one who books the pumping (never the house pumped,
  its tenant or contact), the pet's owner (never the pet, its microchip, the vet), the
  chairman for his community (never the patients or the committee member he names),
  the food shop's owner or licensee (never the employees, never the manager who writes
  for the owner and whose mobile and box sign the mail), the villagers' representative
  who writes as ข้าพเจ้า (never the other signers listed below).
- An ANONYMOUS complainant (ไม่ประสงค์ออกนาม): her phone and the box she sends from
  are hers; full_name, national_id and address `()` (no value, or a flagged one, is
  right: the bar's and its owner's stand there).
- address: the applicant's home, never the place complained of, the house to be
  pumped, the stall, the shop, the rooms to let, the community's hall; accepted with
  or without เลขที่/บ้านเลขที่, the province (as typed) and postal code; province and
  postal code of that address.
- phone: the applicant's own mobile; email: her own box where she sends from it or
  gives it (a no-reply box, a manager's box or a grandchild's box never; where one has
  no box of his own his e-mail is not scored).
- birth_date only where the applicant's is given; a pet's birth date, an employee's,
  an incident's, a booking's or a vaccination's date never; where a pet's birth date is
  the only one given (the cat's), birth_date is `()`.
- A microchip (15 digits), a permit, receipt, complaint or booking number is never an
  ID or a phone; an employee's or a complained-of owner's ID is never the applicant's.
Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per
style, per kind of input and per kind of request.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_58 import KIND, REQUEST, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_58.py -s -p
# no:randomly, set at c242ca1 on main's 136181b), 21 styles, 42 requests, 282 fields
# scored: 262/282 right (0.929), 16 wrong flagged, 2 wrong without a flag (0.709%), 2
# missing, 0 n/a. By kind of input (right/fields; flagged, silent, missing): plain 77/79
# (2, 0, 0), HTML 56/68 (10, 2, 0), Word 54/54, PDF 53/55 (2, 0, 0), sheet 22/26 (2, 0,
# 2). By kind of request: nuisance 83/89 (6, 0, 0), septic 28/28, pets 55/59 (2, 2, 0),
# garbage 25/25, fogging 23/25 (2, 0, 0), food 48/56 (6, 0, 2). Every miss, all twenty:
# Silent, 2:
# - html_iphone_cat_registration both variants: birth_date the cat's ("วันเกิด:" in the
#   cat's lines, 2024-05-15 and 2024-06-16); the owner gives none.
# Flagged, 16:
# - the one complained of taken for the complainant: plain_anonymous_karaoke phone 2
#   (the bar owner's "เบอร์ 0829914476" over her "โทรกลับได้ที่ ..."; her name, ID and
#   address rightly empty); html_eservice_nuisance phone 2 (the "โทรศัพท์ผู้ก่อเหตุ" row
#   over "โทรศัพท์ผู้ร้องเรียน"); pdf_scanned_pig_petition phone 2 (the farm owner's,
#   "เจ้าของคือ ... โทร 0815568243", over the representative's on his ข้าพเจ้า line, once
#   wrapped "081 993 / 4418").
# - the one who writes for the licensee: html_outlook_restaurant_health_cert full_name
#   and phone 2 each (the manager's Outlook signature over the owner named "โดย ...
#   ผู้รับใบอนุญาต" with ID, home and phone in the body).
# - an employee for the employer: xlsx_employer_staff_list full_name 2 (the last staff
#   row's name, นางพิมพา คงคา, over "ชื่อผู้ประกอบการ" in the head block; ID, address,
#   phone right).
# - a pet for its owner: html_iphone_cat_registration full_name 2 (the cat's name
#   "ส้มจี๊ด" from "ชื่อแมว:").
# - a patient's house for the chairman's: html_gmail_fogging_chairman address 2 (from
#   the patient's "บ้านเลขที่ 52/1 ป่วยเมื่อวันที่ ..." run on to the end of the
#   paragraph, over his own "บ้านเลขที่ ..." in the signature).
# Missing, 2: xlsx_employer_staff_list email (the employer sends from her own box; the
# sheet has none).
# Right everywhere else: the kiln's, farm's, workshop's owners and their phones and ID
# never the complainant's on plain mail, the LINE export, the desk's Word form; the
# anonymous complainant given no name, ID or address; the house pumped, its tenant and
# contact never the owner's (Bangkok and Nakhon Pathom homes read); microchips (plain,
# spaced, dashed), receipts, permit, complaint and booking numbers never an ID or phone;
# the dog's birth date never the owner's on the Word form (hers read); employees' IDs
# never the employer's (Outlook table, PDF letter, sheet); the fillable forms (text1..,
# fill_1.. with the address in boxes); the chairman's Word letter. No builder slips
# found: each miss's value was printed and read back against the conventions (WHO).
# After fix58 (PYTHONPATH=. /work/main/.venv/bin/python -m pytest
# tests/extractors/test_unseen_styles_58.py -s -p no:randomly): 276/282 right (0.979), 4
# wrong flagged, 0 silent, 2 missing. By kind of input: plain 79/79, HTML 66/68 (2, 0,
# 0), Word 54/54, PDF 55/55, sheet 22/26 (2, 0, 2); by kind of request: fogging 23/25,
# food 52/56 (2, 0, 2), the rest all right. The pet's lines are another subject's
# (body_form: ชื่อแมว opens them, เจ้าของ: ends them and names the owner); ผู้ก่อเหตุ rows
# the other party's (text and html_table); "เจ้าของร้านชื่อ นาย..." names the owner,
# "โทรกลับได้ที่" the writer's number (whose_phone, prose); a mobile wrapped 3-3 / 4
# mended; the OCR reader lifts no phone label a line says is another's
# (ocr._typed_label_inside); "โดย ... ผู้รับใบอนุญาต" the licensee the letter is by
# (acting_for). Left: html_gmail_fogging_chairman address 2 (the patient's "บ้านเลขที่
# 52/1 ป่วยเมื่อ..." read from prose: ด.ช. is not among whose_phone's titles, so the
# child is not taken for another; the chairman's signature address read as another's,
# "ประธานชุมชน..." a role before it, once as a former one, "ตลาดเก่า");
# xlsx_employer_staff_list full_name 2, email 2 (a header "ลำดับ | ชื่อ-สกุล | ..." over
# numbered rows read as a form export's responses, the last meant: taking it for a list
# of people fixed these but left set 55's xlsx_headman_drought_list phone silent, 2,
# and was reverted).
# Floors: each style below 0.99 at its accuracy now; silent held at none.
FLOORS: dict[str, float] = {
    "html_gmail_fogging_chairman": 0.857,
    "xlsx_employer_staff_list": 0.714,
}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    print("\n" + by_kind(HELD_OUT.table, REQUEST))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 2 of 282 at first sight (the cat's birth date read as its owner's), none after
    # fix58: held there, so one silent value fails.
    HELD_OUT.assert_silent_at_most()
