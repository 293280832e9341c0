"""Accuracy on a hundred-and-tenth set of requests written by others (issue 8): BUILDING,
ALTERATION AND DEMOLITION PERMITS (ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร: แบบ ข.1, the
permit อ.1 and its renewal) at the กองช่าง of เทศบาลนครขอนแก่น, เทศบาลเมืองมหาสารคาม and
เทศบาลเมืองกาฬสินธุ์: owners who ask, the architects (ภ-สถ/ส-สถ licences) and engineers
(สย./ภย./วย. licences) who design and supervise, the contractors who build or demolish
(a 13-digit juristic registration number, an office line, a manager's mobile and ID), the
neighbours who consent to a wall near the boundary (their names, IDs, homes, phones), a
grown child writing for an elderly owner, an architect's office, a contractor and a
contractor's proxy sending for the owner, a company building a warehouse.
Plain: an owner's iPhone mail (alteration; the engineer's licence and mobile), a LINE chat
forwarded (the owner's ID and home typed in the chat beside the contractor's registration
number, line and mobile), an architect's office sending the owner's ข.1 (its signature),
an owner's reply over the กองช่าง's quoted mail (the neighbour's name, ID and home first),
an e-service notification (the applicant's block, then the engineer's). HTML: an owner's
Gmail with a table of designer and contractor and the contractor's quoted mail, a
company's coordinator in Outlook (the director who signs and his ID, the company's office,
line and box in prose; the coordinator's signature), a web form's table in sections
(ผู้ขออนุญาต, ผู้ควบคุมงาน, สถาปนิก), a grown child's Gmail for an elderly parent. Word:
แบบ ข.1 typed (the address in the form's own boxes ตรอก/ซอย, ถนน, หมู่ที่, ตำบล/แขวง ...),
a neighbour's consent letter (the neighbour its ข้าพเจ้า; the owner's lines in the mail, her
ID in v1 only), a demolition request as a table (the demolisher's and supervisor's rows),
a power of attorney from the owner to the contractor's manager who mails it. PDF: a
fillable form with English field names (owner_*, designer_*, supervisor_*), a fillable
ข.1 with Thai field names (the ตัวแทน's section filled in v2 by the one who sends), an
owner's typed renewal letter (his block top right, the ID wrapped), a contractor's typed
letter on its letterhead. Sheets: an owner's checklist in sections, a neighbours' consent
list under the applicant's head block, a one-row register (the address in its columns).

unseen_requests_110.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28 (the person who asks;
the natural person who signs for a body), 31/63 (a request for one person sent by another
is the one it is for), 37 (only another's phone: phone `()`) and 56/60/63 (a company: the
director who signs, his ID; its office, line, general box). So the APPLICANT IS THE OWNER
WHO ASKS FOR THE PERMIT, never the architect, engineer, contractor, neighbour, clerk or
proxy; where another sends for the owner, phone and e-mail `()` (no value, or a flagged
one, is right). Address: where the applicant lives, never the building site (a plot by
its โฉนด), an office, the neighbour's home. Licence, deed, permit, request and receipt
numbers, a contractor's registration number, areas and baht sums are never an ID or a
phone; birth date only the applicant's where given (an age is none). Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_110 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_110.py -s -p
# no:randomly, set at 60ff8c4 on main's 51390cb), 20 styles, 40 requests: 272/294 right
# (0.925), 15 wrong flagged, 3 wrong without a flag (1.020%), 4 missing. Two of those
# misses were MY BUILDER'S SLIPS (values the mail never writes), mended in the builder's
# expectations only (every mail as before; `git diff 60ff8c4` shows the two mends):
# - docx_kh1_form postal_code 2 (missing): แบบ ข.1's address boxes stop at จังหวัด, and
#   neither the form nor the mail writes a รหัสไปรษณีย์; no postal code is expected now.
# - xlsx_one_row_register address v1 (silent, "301 ถนนศรีจันทร์ ตำบลในเมือง
#   อำเภอเมืองขอนแก่น"): the register has no ซอย column, so "ซอยศรีจันทร์ 12" is never
#   written; the address expected is now the one its columns write.
# After the mend (the same reader, run a second time), all scored, no n/a: 273/292 right
# (0.935), 15 wrong flagged, 2 wrong without a flag (0.685%), 2 missing; 149 of the right
# values flagged for a look (54.6%). By kind of input (right/fields; flagged, silent,
# missing): plain 58/72 (10, 2, 2), HTML 60/60 (0, 0, 0), Word 54/56 (2, 0, 0), PDF 55/58
# (3, 0, 0), sheet 46/46 (0, 0, 0). Every miss, all nineteen:
# Silent, 2:
# - the architect's mobile as the owner's phone: plain_architect_office_for_owner phone 2
#   (+66813307714 and +66954418820, the mobiles in the signatures of นายชยพล อุ่นใจ
#   ภ-สถ 14822 and นางสาวกนกวรรณ ศรีภูธร ส-สถ 3107, who send the owner's ข.1 ahead; the
#   mail gives no phone of the owner's, so phone is `()`, as set 63's lawyer's line).
# Flagged, 15:
# - the sender or another party named as the applicant: plain_architect_office_for_owner
#   full_name 2 (the architect who signs; the owner's ID and registered home under
#   "เจ้าของอาคาร:" read right); plain_neighbour_consent_reply full_name, national_id and
#   address 2 each (the neighbour whose consent the owner reports first, "เจ้าของที่ดิน
#   ด้านทิศเหนือคือ นายทองใบ ศรีหาบุตร เลขบัตร ... บ้านเลขที่ 220 ถนนมิตรภาพ ...", "นางบัว
#   ผัน ดวงมาลา ... 11 หมู่ที่ 4 ตำบลขามเรียง ..."; the owner's own lines after "ส่วน
#   ผู้ขออนุญาต <name> เลขบัตร ..." not taken; v2's address is inferred from the counts,
#   the table lists six misses a style).
# - a contractor's numbers: plain_line_forward_demolition phone 2 (the contractor's office
#   line in the chat, 043-306-118 and 043-813-402, over the owner's "โทร." under her
#   signature); pdf_typed_contractor_letter postal_code 2 and province v2 (the letterhead's
#   40000, 46000 and กาฬสินธุ์; the owner's name, ID and home in the body read right).
# - a form's next label run into the address: docx_kh1_form address 2 ("... จังหวัด
#   กาฬสินธุ์ หมายเลข", "... จังหวัดขอนแก่น หมายเลข": "หมายเลขโทรศัพท์" follows the
#   province in ข.1's line; the boxes ตรอก/ซอย - ถนน - หมู่ที่ were put together right).
# Missing, 2: plain_neighbour_consent_reply email 2 (the owner's box in the From line,
#   kritsada.wk@outlook.com and boonlert.ps@hotmail.com, not taken once the neighbour was).
# Right everywhere else: the iPhone mail (the engineer's licence and mobile never), the
# e-service notification and the web form's sections (engineer's and architect's rows
# never), the Gmail with its quoted contractor (registration number never an ID), the
# company's director and ID with the office, line and box in prose (the coordinator's
# mobile and box never), the child's Gmail for an elderly parent (phone and box `()`
# right: no value or a flagged one), the neighbour's consent letter in Word (its
# ข้าพเจ้า's ID never taken silently, v2's national_id `()` right), the demolition table,
# the power of attorney (the manager's ID and mobile never), both fillable PDFs
# (designer_*/supervisor_* and the ตัวแทน's section never), the renewal letter with its
# ID wrapped across lines, all three sheets.
# Rulings and doubts: the owner who asks is the applicant wherever another sends for him
# (sets 31/63), so the architect's mobile is no phone of the owner's although his office
# would take the clerk's call; a neighbour's consent reported in the owner's own mail names
# no applicant, the mail's "ผู้ขออนุญาต" line does.
# Floors: each style below 0.99 at its first-sight accuracy (after the mend), rounded
# down; silent held at the first sight's two (SILENT_NOW = 2 / 292).
# After stop 53's fixes (fix110 and the lead's applicant_in_doubt; rules by kind, each with
# a unit test on made-up text): 292/292 right (1.000), 0 flagged, 0 silent, 0 missing. By
# kind: plain 72/72, HTML 60/60, Word 56/56, PDF 58/58, sheet 46/46.
# - the lead's review flag applicant_in_doubt (a phone or e-mail beside a flagged or
#   missing name, test_applicant_in_doubt), committed before this set's fixes, flagged
#   both silent architect's mobiles (273 -> 275/292, 0 silent).
# - a sender the owner gave the job to by her role ("ได้รับมอบหมายจากเจ้าของอาคาร"), or who
#   sends or files for her ("ยื่นในนามเจ้าของที่ดิน"), writes for the "เจ้าของอาคาร: <name>"
#   below (acting_for, test_filed_for_owner); a name and ID after a neighbour's role
#   (role_words.NEIGHBOUR) are another's, a home under "ผู้ขออนุญาต <name>" the writer's own
#   (prose, whose_phone, test_neighbours_consent); a form's "หมายเลขโทรศัพท์" box ends an
#   address (prose, test_blank_address_boxes); in a pasted chat where one speaker gives an
#   ID, the other speaker's numbers are behind (chat_other_side, test_chat_other_side); an
#   unsure prose address takes its province and postal code from its own line or the next
#   (tail_beside_address, test_tail_beside_address).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 292  # first sight: the architect's mobile twice

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Two of 292 at first sight (after the builder's mend): one more silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
