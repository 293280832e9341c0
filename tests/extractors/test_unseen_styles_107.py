"""Accuracy on a hundred-and-seventh set of requests written by others (issue 8): ROADS,
STREET LIGHTS AND PUBLIC WORKS, to the เทศบาล and อบต. of นครนายก, ปราจีนบุรี and สระแก้ว
(เทศบาลเมืองนครนายก, อบต.ศรีจุฬา, อบต.เกาะหวาย, เทศบาลเมืองปราจีนบุรี, เทศบาลเมือง
กบินทร์บุรี, อบต.ท่าตูม, เทศบาลตำบลประจันตคาม, เทศบาลเมืองสระแก้ว, เทศบาลเมืองอรัญญิก,
เทศบาลเมืองวังน้ำเย็น, อบต.ท่าเกษม...). Dead street lights (pole numbers นย.04-118, GPS,
photos by file name and time), potholes and a road's shoulder fallen into a canal, a
driveway (ทางเชื่อม) from a plot to a public road (deed, land and survey numbers, the road's
code, the culvert's size, the contractor, the consenting neighbour's ID and house), speed
bumps before a school, cutting or boring under a road for a water main or a fibre cable
(the water authority's job and request numbers, the engineer's licence and mobile, a
coordinator), a trench left open by a contractor (its foreman's mobile, the fallen rider),
villagers' petitions with their signers (numbered lines, a Word table, a sheet; the
representative third, fourth or fifth), a village committee's requests (its table with
IDs and mobiles; a letter in Thai digits signed by the headman as chair, the assistant
headman as contact and sender), a contractor's reply over the municipality's quoted mail
(the complainant's name, house and mobile in the quote), a company's letterhead letter.
Plain: an iPhone mail (v2 the ID beside the call-back), a LINE chat with the อบต.'s
official account forwarded by its officer (v2 the phone in Thai digits), an Android Gmail
about a driveway, an Outlook-for-Android petition with six signers, the town's web-form
notification (name and address in parts). HTML: Apple Mail from an iPhone with inline
photos and captions, a contractor's Outlook reply over the quote, a village committee's
Gmail with its table, an e-Service notification table (the broken light's place a house's
full address). Word: a petition with its signers' table, a committee's letter in Thai
digits, a driveway form on dotted lines (the neighbour's consent), a company's letterhead.
PDF: fillable with English names (applicant_*, site_*, contractor_*) and with Thai names
(the address in parts), typed (a representative's petition with the signers' list; a
resident's complaint, her block top right). Sheets: a headman's list of dead poles, a
petition's signers under the coordinator's head, the town's repair form as a sheet (v2 the
ID a number Excel formats with 0).

unseen_requests_107.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, sets 62/63's builders and tests, the helpers they
import, set 84's test comments and the earlier sets' first docstrings). Conventions
written down before measuring (the builder's docstring and WHO say them per style),
following sets 28 (the person who asks; for a body the natural person who signs for it),
31/63 (a service for one asked by another is the one it is for), 37 (only another's
phone: phone `()`), 62 (a headman asking for his village) and 71 (a petition's
REPRESENTATIVE wherever he stands among the signers; his house number with the village
the letter names is his address). So: the resident who reports; the villager in a
forwarded LINE chat (never the officer: e-mail `()`); the plot's owner (never the plot's
place); the petition's ผู้แทน/ตัวแทน/ผู้ประสานงาน (never the other signers; e-mail `()`
where a daughter or a son sends); the headman who signs as the committee's chair (never
the secretary or assistant who sends: e-mail `()`; ID `()` where none is given); for a
contractor or a company the partner or director who signs (national_id `()`), the firm's
office, line and box (never the engineer, coordinator, the quoted officer or
complainant); a web form's filer. Pole, deed, land, job, contract, e-GP, request and
juristic numbers, licences, coordinates and the 1111 line never an ID or a phone; the
pole's, pothole's, plot's and dig's places never the address; birth date only the
applicant's. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_107 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_107.py -s -p
# no:randomly, set at 559fc79 on main's 6eef80b), 20 styles, 40 requests, 287 fields of
# which 285 scored: 257/285 right (0.902), 18 wrong flagged, 2 wrong without a flag
# (0.702%), 8 missing, 2 n/a (birth_date of pdf_fillable_thai_complaint, read as
# complaint, which has none); 146 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 67/71 (4, 0, 0), HTML 54/58 (4, 0, 0),
# Word 46/56 (6, 2, 2), PDF 56/58 (2, 0, 0), sheet 34/42 (2, 0, 6). Every miss, all
# twenty-eight:
# Silent, 2: docx_company_letterhead_road_cut full_name 2 ("นายเดชา มั่นคง", the
#   coordinator of the last line, "ผู้ประสานงาน นายเดชา มั่นคง โทร ...", under the
#   signature of the กรรมการผู้จัดการ who signs for the company, นางสาวรัชนี วงศ์ประเสริฐ /
#   นายกฤษดา เหลืองอ่อน; the company's office, line and box read right).
# Flagged, 18:
# - plain_outlook_speed_bump_petition phone 2 (+66845529016, the fifth signer's, นายพิชัย
#   ศรีนวล, over the representative's, the third, "(ผู้แทนชาวบ้าน)", and his "ติดต่อผู้แทน
#   โทร ...") and address 2 (a run across the signers' lines, "22 5. นายพิชัย ศรีนวล
#   บ้านเลขที่ 31" / "19 5. ..."; v1 gives his whole address in the contact line, v2 his
#   house number with the village of the opening); his name and ID read right.
# - html_outlook_contractor_reply phone 2 (the municipality's officer's mobile in the
#   quoted mail, 081-442-0976 / 085-221-3390, over the หจก.'s line in the signature) and
#   address 2 (the complainant's home in the quote, "7/7 หมู่ 5 ตำบลท่าช้าง..." and
#   "301 ถนนสุวรรณศร ...", over the firm's office in the signature); the managing
#   partner's name, the box, the postal code and province read right.
# - docx_petition_signers_table full_name 2 (the one who sends for the representative,
#   "นางสาวกัญญา จันทร์หอม" / "นางสาวกัญญา สีดา", signing her mail, which names the
#   representative in brackets as her sister / mother; the letter says "มอบหมายให้ <rep>
#   (ลำดับที่ 4) เป็นผู้แทน"), national_id 2 (row 1's signer's, 3260400322172, not row
#   4's) and phone 2 (the sender's mobile in her mail, 095-7714420 / 095 771 4420).
# - pdf_typed_cut_not_restored address 2 (a run of the body after the neighbour's house
#   number, "21) ขับรถจักรยานยนต์ตกร่องได้รับบาดเจ็บ ข้าพเจ้า" / "114) ...", over her block
#   top right, four and three lines: house and road, ตำบล, อำเภอ, province and code).
# - xlsx_headman_dead_poles full_name 2 ("เบอร์ผู้แจ้ง", the poles' table's last column
#   head, over the head block's "ผู้รายงาน | <headman>"; his ID, mobile and home read right).
# Missing, 8: docx_petition_signers_table address 2 (row 4's house number with the
#   village the letter's opening names, set 71's convention); xlsx_petition_signers
#   address, postal_code and province 2 each (the coordinator's row, house and หมู่
#   columns, under the head's line naming the road, the village, the ตำบล, อำเภอ,
#   province and postal code; her name, ID, mobile and box read right).
# Right everywhere else: the iPhone mail (the shopkeeper's mobile and the 1111 line never),
# the LINE chat forwarded by the officer (the villager's name, ID, home and phone, v2 in
# Thai digits; the officer's never), the driveway mail (the plot's place, the contractor
# never), the web form's notification in parts (the dig's place never), Apple Mail's HTML
# with photos' captions, the village committee's Gmail table (the chair's ID and mobile;
# the secretary's box never), the e-Service table (the light's place never), the
# committee's letter in Thai digits (the assistant's mobile never), the dotted driveway
# form (the neighbour's consent never), both fillable PDFs, the representative's typed
# petition (her ID wrapped across two lines), the town's repair sheet (the ID a number).
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO). Doubts: the representative's address from a table's
# house number and the letter's village (docx_petition_signers_table, xlsx_petition_signers,
# plain_outlook_speed_bump_petition v2) follows set 71; a clerk might file only the
# house number.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# the first sight's two.
# After stop 52's fixes (fix107; rules by kind, each with a unit test on made-up text):
# 285/285 right (1.000), 0 flagged, 0 silent, 0 missing. By kind: plain 71/71, HTML 58/58,
# Word 56/56, PDF 58/58, sheet 42/42.
# - a contact named ผู้ประสานงาน/ผู้ติดต่อ within six lines under the only signed name is
#   the signer's staff, behind him (letter_prose._signature_foot): the two silent here and
#   set 103's two; set 20's petition coordinator still the applicant
#   (test_letter_contact_person).
# - "เบอร์ผู้แจ้ง" a phone label, no name (test_sheet_column_heads); petition signers
#   without IDs where the letter names its representative (signers_rows,
#   test_petition_signers_without_ids); an Outlook header block with no rule opens the
#   mail answered (mail_text._bare_header_block, test_mail_text); a Word table of signers'
#   representative, his house in the village the letter names (sheet_roles, docx_form,
#   signers_home, test_word_petition_representative); "(บ้านเลขที่ 21)" ends at its bracket
#   (prose, test_address_in_brackets).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 285  # first sight: two (the company's coordinator as its signer)

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 285 at first sight: a third fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
