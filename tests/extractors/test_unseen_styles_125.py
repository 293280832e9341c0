"""Accuracy on a hundred-and-twenty-fifth set of requests written by others (issue 8):
PETS, STRAY ANIMALS AND ANIMAL BITES, to เทศบาลนครนครสวรรค์, เทศบาลเมืองอุทัยธานี and the อบต.
of ชัยนาท (ธรรมามูล, ตลุก, ห้วยกรด, หนองน้อย). Registering dogs and cats (15-digit microchips
opening 764, rabies vaccines' brands and lot numbers, the clinic's vet with his licence ว.
and the clinic's line beside the owner, a headman's vaccination-day list with owners' IDs,
mobiles and dog counts), stray dogs (a pack by a school in a LINE chat the อบต.'s officer
forwards, a volunteer asking sterilisation for the strays she feeds, the other feeders'
mobiles), dog bites (the bitten man naming the dog's owner and his mobile, the hospital's
HN; a parent for a bitten child, the child's ID and birth date; the dog's owner answering
the officer's quoted mail, the bitten postman's mobile; the dog's owner's typed letter, the
child's parent's mobile), the sterilisation campaign (a clinic's Outlook letter signed by
its owner vet, the clinic's licence ten digits opening 06, an assistant's mobile; an
owner's fillable booking), a pet shop's (หจก.) letterhead letter for its permit (juristic
number, the managing partner's ID), complaints about a neighbour's dogs (the neighbour's
name, house, mobile, ID; an earlier complaint's number), an elder's requests sent by a
grandchild (the grandchild's ID, home elsewhere, mobile and box only).
Plain: an owner's iPhone mail, a bitten man's Gmail, a grandchild's Gmail for her
grandmother's cats, a forwarded LINE chat, a web form's complaint notification. HTML: a
parent's Gmail list, a clinic's Outlook, the city's e-service table (owner's, pet's and
clinic's rows), an iPhone reply over the officer's quoted mail. Word: the registration form
on dotted lines with the vet's certification (its own ข้าพเจ้า), a neighbour complaint
letter (Thai digits in v2), a pet shop's letterhead, a volunteer's letter with a table of
strays. PDF: fillable bite report (Thai field names ผู้ถูกกัด_*, เจ้าของสัตว์_*, ผู้แจ้ง_*;
the parent's ผู้แจ้ง section filled in v2), fillable sterilisation booking (owner_*, pet_*,
vet_*), typed letters (a dog's owner, his block top right; an elder's, typed and sent by her
grandchild). Sheets: a headman's vaccination-day list (his head block over the owners'
rows), an owner's pets sheet, a grandchild's sheet with a row per role.

unseen_requests_125.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, the tests and builders of sets 62 and 63, the helpers
they import, set 84's test comments and the earlier sets' first docstrings). Conventions
written down before measuring (the builder's docstring and WHO say them per style),
following sets 28 (the person who asks; for a body the natural person who signs), 31/63 (a
service for one person asked by another is the one it is for; the ผู้แจ้ง of a report, the
parent for a child), 37 (where only another's phone is given, phone `()`), 56/60 (a firm:
the partner who signs, his ID), 58/66 (the pet's owner; pets' birth dates never) and 66/71
(the headman who sends his village's list). So the APPLICANT is the owner who registers or
books; the one who reports strays or complains of a neighbour (the neighbour never; the
villager in a forwarded chat, e-mail `()`); the bitten person who reports his bite; the
dog's owner who reports or answers about his dog's bite (the bitten never); the parent who
reports a child's bite (the child never: birth_date `()`); the elder a grandchild writes or
sends for (the grandchild never: phone and e-mail `()`); the volunteer in her own name; the
owner vet who signs a clinic's letter (ID `()`; the clinic's place, line, box); the
managing partner who signs a pet shop's letter (his ID; the shop's office, line, box); the
headman who sends the list. Microchips, vaccine lots, HNs, clinic and vet licences,
juristic, complaint and request numbers and dog counts are never an ID or a phone; the
place of a bite, the school, the market, the clinic beside an owner, the neighbour's house
and the grandchild's home never the address. Same harness (unseen_harness.py) as the other
sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_125 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_125.py -s -p
# no:randomly, set at 7c3b1f8 on main's d4e3b1c), 20 styles, 40 requests, 312 fields of
# which 310 scored: 276/310 right (0.890), 14 wrong flagged, 2 wrong without a flag
# (0.645%), 18 missing, 2 n/a (docx_neighbour_complaint: by elimination its birth_date
# `()`, the one field the complaint styles hold that plain_webform_neighbour_dogs does
# not); 153 of the right values flagged for a look. By kind of input (right/fields;
# flagged, silent, missing): plain 72/76 (4, 0, 0), HTML 54/62 (6, 0, 2), Word 60/60 (0,
# 0, 0), PDF 56/64 (4, 2, 2), sheet 34/48 (0, 0, 14). Every miss, all thirty-four:
# Silent, 2: pdf_typed_elder_by_grandchild phone 2 (+66983347712, +66614429985: the
#   grandchild's mobile from "ข้าพเจ้าไม่มีโทรศัพท์ ขอให้ติดต่อหลาน คือ <name> ... โทร ...";
#   set 37's ruling: the elder has no phone, `()`; the elder's name, ID, birth date and
#   home read right, the grandchild's ID and box never taken).
# Flagged, 14:
# - the grandchild's home for the grandmother's: plain_grandchild_cats_sterilise address
#   2, postal code and province v1 (the Bangkok condo "55/201 คอนโดเดอะทรี ... 10800";
#   v2 "7/3 หมู่ที่ 4 ตำบลบางหลวง อำเภอสรรพยา", whose 17150 and ชัยนาท are the
#   grandmother's too, so v2's postal code and province score right by coincidence).
# - a parent reporting a child's bite: html_gmail_parent_child_bitten full_name 2 (the
#   parent's name with the list's bullet, "- นายธีรวัฒน์ อินทร์จันทร์", "- นางจินตนา ทองดี")
#   and national_id 2 (the child's, 1600102244181 and 1180500711540, from the ผู้ถูกกัด
#   list above the ผู้แจ้ง's); pdf_fillable_bite_report v2 national_id (the child's, from
#   ผู้ถูกกัด_เลขบัตร, over ผู้แจ้ง_เลขบัตร).
# - the dog's owner's section of the fillable bite report: pdf_fillable_bite_report
#   full_name 2 (เจ้าของสัตว์_ชื่อ, นายเสน่ห์ จันทร์แก้ว in v1 where the bitten man files
#   himself, นายสุรินทร์ คงเจริญ in v2) and phone v2 (เจ้าของสัตว์_โทร, +66871120934).
# - the clinic's line as the dog's owner's phone: html_iphone_reply_dog_owner phone 2
#   (056-511-238, 056-411-905 from "(<vet> ใบอนุญาต ว.... โทร ...)"; his mobile alone on
#   its line under his name).
# Missing, 18: html_gmail_parent_child_bitten email 2 and pdf_fillable_bite_report email
#   2 (the parent's, the bitten man's own box that sends the mail); xlsx_headman_
#   vaccination_day full_name 2 (the name beside "ผู้ส่ง (ผู้ใหญ่บ้าน)"; his ID, home,
#   mobile read right); xlsx_grandchild_elder_dogs full_name, national_id, birth_date,
#   address, postal code and province 2 each (the row labelled "เจ้าของสัตว์" under a header
#   row ชื่อ-สกุล/เลขประจำตัวประชาชน/...; nothing of either row read, the grandchild's
#   never: phone and e-mail `()` right).
# Right everywhere else: the owners' iPhone, e-service and sheet registrations (15-digit
# chips, vaccine lots, pets' birth dates, the vets' ว. licences and clinics' lines never
# taken), the bitten man's Gmail (the dog's owner's name and mobile, the HN never), the
# forwarded LINE chat (the officer's lines and box never), the web form's complaint (the
# neighbour's block never), the clinic's Outlook letter (the owner vet who signs, the
# clinic's licence 0603200012/0613100027 never a phone, the assistant's mobile never), the
# dotted registration form (the vet's own ข้าพเจ้า never), the neighbour complaint letter
# (his ID and mobile never; v2 in Thai digits), the pet shop's letterhead (the partner's
# ID, the juristic number never), the volunteer's table of feeders, the sterilisation
# booking (pet_*, vet_* never), the dog owner's typed letter.
# No builder slips found: each miss's value was read back against the conventions (the
# builder's WHO); every expected value is written in its mail (names, IDs, phones,
# addresses and birth dates checked against the built text before the run). Doubts: the
# parent's bite report follows set 31 (the ผู้แจ้ง, not the child); read instead as a
# service for the child (31/63), the child's ID flagged would be right and the parent's
# name wrong.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# the first sight's two.
# After stop 56's fixes (fix125; rules by kind, each with a unit test on made-up text):
# 308/310 right (0.994), 2 flagged, 0 silent, 0 missing. By kind: plain 76/76, HTML 60/62
# (2, 0, 0), Word 60/60, PDF 64/64, sheet 48/48.
# - Another's mobile under his name wrapped to the next line with his ID before "โทร"
#   ("ขอให้ติดต่อหลาน คือ <him>" / "เลขประจำตัวประชาชน <his> โทร <his>") is said of
#   another, flagged (body_form._wrapped_under_another, test_phone_of_the_contact).
#   Review flags it too: a relative named by kinship and a titled name in the mail or
#   its attachments flags the name, ID and birth date two_people (lead, relative_named).
# - A sheet's role cell of one who sends or files in another's stead (ผู้ส่งแทน,
#   ผู้ยื่นแทน, ผู้กรอกแทน) beside one other row gives that row (sheet_roles,
#   test_informant_kin_rows).
# - "ผู้ส่ง (ผู้ใหญ่บ้าน/กำนัน)" gives the headman's name, flagged; a certifier's row gives
#   none (part_rows, test_headman_sender_row).
# - A fillable report's boxes named "<part>_<field>": the informant's part, else the one
#   harmed; the owner's and the child's set behind (new named_form_parts,
#   test_named_form_parts).
# - A list's bullet before a value is no part of it (body_form, test_bulleted_values).
# - A practitioner's line in a bracketed aside ("(น.สพ.<him> ว.6632 โทร ...)") is his
#   practice's (whose_phone, test_practitioners_aside).
# - A contact's part with a kin note ("ข้อมูลผู้ติดต่อ (หลาน)") is a proxy's (body_form,
#   test_kin_contact_part).
# - Left: html_gmail_parent_child_bitten takes the child's ID for the parent's (2,
#   flagged two_people; the parent-for-child ruling splits the sets).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {
    "html_gmail_parent_child_bitten": 0.875,
}
SILENT_NOW = (
    0 / 310
)  # after stop 56; 2 at first sight: the grandchild's mobile as the elder's, twice

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 310 at first sight: one more fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
