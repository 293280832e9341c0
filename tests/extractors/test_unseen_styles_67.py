"""Accuracy on a sixty-seventh set of requests written by others (issue 8): FIRE, RESCUE
AND EMERGENCIES, the งานป้องกันและบรรเทาสาธารณภัย and ศูนย์กู้ชีพ of เทศบาล and อบต. in
Nakhon Ratchasima, Chachoengsao, Lampang and Surat Thani. A tenant's snake (the landlord's
name, mobile and home), a neighbour's bees' nest (the old owner's name and house number,
his son's mobile), a tree fallen on a power line (PEA's reference, ten digits opening 0 in
one, a GPS position), water by the fire truck in drought (an e-service's table from
no-reply, a fillable form with English field names and the headman's section, a headman's
list of households), compensation after a house fire or a summer storm in the กชภ.อ.1
manner (the one who lives in the house and files, the house's owner with his ID and own
home, the household's victims with IDs and birth dates, the headman certifying with his
mobile), a bedridden patient to be taken by the rescue van (the niece who writes, her ID,
mobile, box and home; the HN number; the appointment's date and number), a witness's
report of a road accident (the other driver's name and plate, the injured, her relative's
mobile, the unit's incident number), a school's fire drill (the director signs, a teacher
coordinates, the 10-digit school code), a factory's fire-safety inspection (registration
number, factory licence, fax, the safety officer's mobile), an อปพร. volunteer's training
(the card's number, issue and expiry dates, the emergency contact).
Plain: an iPhone's snake report, a webmail bees' nest, a niece's Gmail for the van, a
witness's Galaxy mail, a fire victim's letter in the body, a volunteer's Outlook for
Android. HTML: a Gmail on the fallen tree, a factory's Outlook signed by its safety
officer, an e-service's water request, a school's letter typed into Gmail, an Outlook.com
reply above the officer's quoted question. Word: the กชภ.อ.1-style form over dotted lines
with a household table, the patient-transfer form as a table (patient, then relative),
the อปพร. training form, a factory's letter on letterhead. PDF: the rescue centre's
fillable snake/bee form (Thai field names, a comb ID), a witness's typed letter, a fire
victim's typed letter, a fillable water request (req_*, headman_*). Sheets: a headman's
water list, a storm-damage survey sheet.

unseen_requests_67.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28, 31, 37,
56/60 and 63: the applicant is the one the request is for. A hazard's reporter (tenant or
neighbour), never the landlord or the owner of the nest's house. A villager asking water,
never the headman who certifies; a headman asking for his village, himself. The victim who
lives in the damaged house and files, never its owner, the other victims, the headman. The
PATIENT, never the niece who writes and sends (his phone `()` where only hers is given;
his e-mail `()`). The witness, never the driver, plate or injured. A school: the director
who signs (no ID: `()`), the school's place, line, box, the teacher's mobile also. A
factory: the managing director who signs its letter (no ID: `()`), no one where its safety
officer writes (`()`); its place, line, box, her mobile also; registration, licence and fax
never. A volunteer: himself, never his card number or emergency contact. An elder without
a box whose form a grandson mails: e-mail `()`. HN, incident, PEA, plate, card, school
code and appointment numbers are never an ID or a phone; appointment, fire, storm and card
dates never a birth date. Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_67 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_67.py -s -p
# no:randomly, set at 2cc06a4 on main's 92a343e), 21 styles, 42 requests, 308 fields, all
# scored (no n/a): 289/308 right (0.938), 12 wrong flagged, 2 wrong without a flag (0.649%),
# 5 missing; 150 of the right values flagged for a look. By kind of input (right/fields;
# flagged, silent, missing): plain 84/86 (2, 0, 0), HTML 68/72 (4, 0, 0), Word 55/62 (4,
# 2, 1), PDF 54/58 (2, 0, 2), sheet 28/30 (0, 0, 2). Every miss, all nineteen:
# Silent, 2:
# - the niece's box as the patient's: docx_patient_transfer_form email 2
#   (wilaiwan.dt@gmail.com, nicha.mss@gmail.com: the box that sends the form and the one
#   in its section "ผู้ขอใช้บริการ (ญาติ)"; the patient has none, so only no value or a
#   flagged one is right).
# Flagged, 12:
# - another party's home as the applicant's: plain_tenant_snake_phone address 2 (the
#   landlord's own home after "บ้านเจ้าของอยู่": 300/18 ถนนสุรนารายณ์, 45/211 ... เขตบางเขน);
#   html_outlook_storm_damage_reply address 2 (the owner's, her father's or father-in-law's,
#   new home after "ได้ย้ายไปอยู่ที่": 9/4 หมู่ที่ 2 ตำบลบางพระ).
# - the fallen tree's place run on as an address: html_gmail_fallen_tree_wire address 2
#   ("52 รถผ่านไม่ได้ มีสายไฟห้อยต่ำ ... พิกัด 14.9931" from "หน้าบ้านเลขที่ 52", the
#   reporter's home at the foot not taken).
# - the relative named as the patient: docx_patient_transfer_form full_name 2 (the niece
#   of the section "ผู้ขอใช้บริการ (ญาติ)") and phone v2 (her mobile, +66918830542, over the
#   patient's own row "โทรศัพท์ผู้ป่วย").
# - the certifier as the victim: docx_kchpa1_form full_name v2 ("นายจำรัส ใจมา ประธานชุมชน
#   ตำบลสวนดอก" from the คำรับรอง's "ข้าพเจ้า.....").
# - another person's ID in a typed fire letter: pdf_typed_fire_compensation_letter
#   national_id 2 (the owner's, her father's 3240100099354, and a child victim's
#   1841200522541; the writer's own after "ข้าพเจ้า ... เลขประจำตัวประชาชน" not taken).
# Missing, 5: docx_kchpa1_form email v2 (his own box that sends the form);
# pdf_typed_fire_compensation_letter birth_date 2 ("เกิดวันที่ 14 เม.ย. 2514" / "26
# พฤษภาคม 2517" in the letter's sentence); xlsx_storm_damage_sheet full_name 2 (the row
# "ผู้ประสบภัย").
# Right everywhere else: the niece's plain mail for the van (the patient's values, her
# phone and box never his), the witness's mail and typed letter (the plate, driver, injured
# and incident number never his), the neighbour's bees' nest, the volunteer's mail and form
# (his card number and dates, the emergency contact never his), the e-service's and the
# fillable water requests, the headman's water list, the factory's Outlook by its safety
# officer (no name) and its letter signed by the director, the school's letter, the
# fillable snake/bee form; PEA references, HN, school codes and registration numbers never
# an ID or a phone.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's docstring and WHO).
# After the fixes (branch fix67): 306/308 right (0.994), 2 wrong flagged, 0 wrong without
# a flag, 0 missing; by kind plain 86/86, HTML 72/72, Word 62/62, PDF 56/58 (2, 0, 0),
# sheet 30/30. Left: the typed fire letter's ID (the owner's and the child's, flagged), see
# below.
# What changed, by kind of miss (each with its test in test_shapes_67.py):
# - a relative's part of a form that heads the patient's part ("ผู้ขอใช้บริการ (ญาติ)"
#   beside "ข้อมูลผู้ป่วย") is a proxy's (body_form._RELATIVE): the niece's name, mobile
#   and box no longer the patient's (2 silent and 3 flagged gone);
# - the house a tenant rents ("บ้านเช่าเลขที่") is an address label (config/fields.toml):
#   her home over the landlord's said in brackets;
# - a house a place is named by ("หน้าบ้านเลขที่ 52 ...") is another's address, below the
#   writer's own (prose._LANDMARK_BEFORE);
# - the damaged house's address ("ที่อยู่บ้านที่เสียหาย") is an address label: the victim
#   lives there, the owner's new home after "ย้ายไปอยู่ที่" stays another's;
# - (tried and taken back: a titled name cut before an ID's label one space after it, so
#   the writer's own ID on the ข้าพเจ้า line is read; it split set 63's daughter's line from
#   its wrapped "เป็นบุตรสาวของ ..." and made her name silent there. Still flagged here.)
# - a date ends before Thai words after its four-digit year (values._DATE_END): "เกิดวันที่
#   14 เม.ย. 2514 เป็นผู้อาศัย..." reads as the birth date;
# - a form's certification part ("คำรับรอง") is the certifier's (body_form._CERTIFYING):
#   the community head no longer the applicant, and the victim's own box comes back;
# - the victim's row ("ผู้ประสบภัย | <name>") is a name label.
# Floors: every other style reads 1.000 now; silent none.
FLOORS: dict[str, float] = {
    "pdf_typed_fire_compensation_letter": 0.875,
}
SILENT_NOW = 0 / 308  # after fix67 (2 at first sight)

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 308 at first sight, none after the fixes: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
