"""Accuracy on a thirty-seventh set of requests written by others (issue 8): LETTERS AND
MAILS IN PROSE THAT NAME OTHER PEOPLE, PLACES AND NUMBERS BESIDES THE APPLICANT'S OWN:
complaints naming the respondent (a neighbour's name, house and phone, a stall's owner, a
contractor's company, an official's desk phone), the place of the problem away from home
(another house, a road, a canal, a field in another province, a GPS pin, a Maps link), a
son writing about his mother, a mother of 82 whose son's phone is the call-back, a
caretaker; deed, plate, bank account, meter and receipt numbers, a 13-digit customer
number that fails the check digit, other people's valid IDs; incident, letter and visit
dates; a nickname signature and a name only in the signature block. Plain and HTML
bodies, Word and PDF หนังสือร้องเรียน letters.

unseen_requests_37.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 35 and 36, the helpers they import and
the earlier sets' docstrings and style names). Conventions written down there: the
applicant is who writes as ข้าพเจ้า and signs as ผู้ร้อง; every other person's name, ID,
phone and address is not the applicant's; the address is the applicant's home, not the
place of the problem; the birth date is the applicant's, none where only an age is given;
the mother whose letter gives only her son's phone for the call back expects no phone (the
son's only with a flag). Same harness (unseen_harness.py) as the other sets. Run with `-s`
to see the table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_37 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_37.py -s -p
# no:randomly, set at 4fee30a on main's d548416), 22 styles, 44 requests, 350 fields:
# 315/336 right (0.938), 20 wrong flagged, 0 wrong without a flag (0.000%), 1 missing, 14
# n/a (the birth date in the seven styles read with the complaint template, which does
# not collect it); 252 of the right values flagged for a look. By kind (right/fields;
# flagged, silent, missing): plain 173/182 (9, 0, 0), HTML 83/94 (10, 0, 1), Word 30/30,
# PDF 29/30 (1, 0, 0).
# Silent: none.
# Flagged, 20 (what was read): phone x15, another person's number taken before the
# applicant's own later in the text: plain_neighbour_named_first (the neighbour's
# 084-112-6695, variant 0 where he is named first), plain_contractor_company x2 (the
# company's 0-4571-3348), plain_official_desk_phone x2 (the official's desk 0-4427-1165 /
# 0-3634-2218 after "ได้โทรไปที่"), html_front_of_house_45 x2 (the other house's owner's),
# html_canal_field x2 (the headman's 089-660-1742), html_earlier_case_visit x2 (the
# official's desk phone), html_plate_owner_incident x2 (the car owner's), pdf_complaint_
# letter (the respondent's 085-226-7114, variant 0); address x3, the place of the problem
# taken for the home: plain_neighbour_named_first ("45 หมู่ 5", the neighbour's house),
# html_front_of_house_45 x2 ("45 หมู่ 3 (บ้านของนาย..." cut at the bracket); full_name x3,
# the words after the name kept: plain_son_for_mother x2 ("นายทองใบ พรมดี บุตร"),
# plain_utility_customer_number ("นายชยพล วงศ์ไพศาล ผู้ใช้ไฟฟ้า หมายเลขผู้ใช้ไฟฟ้า").
# Missing, 1: html_name_only_in_signature full_name (variant 1: "....<br>(นางสาววิภาวรรณ
# ชัยมงคล)<br>ผู้ร้อง", the name only in brackets between the dots and the role; variant
# 0, "ลงชื่อ .... ผู้ร้อง<br>( name )", right).
# Right everywhere else: the mother of 82 (variant 0: no phone of her own, her son's
# number taken with a flag, as the convention asks; variant 1: her own mobile over her
# son's; no e-mail taken from her son's From), the customer number failing the check
# digit (no ID taken, the field flagged), the neighbour's, mother's, ward's, witness's and
# car owner's valid IDs never taken for the applicant's, the field in another province
# (มหาสารคาม 44130) not taken for the home, the deed, plate, account, meter and receipt
# numbers, every incident, letter and visit date (no birth date taken where only an age
# is given), the nickname and untitled signatures (the name in the text kept), the
# caretaker, the Word letters and memo with witnesses, the PDF letter naming a neighbour
# with his ID and the applicant only under the signature.
# No builder slips found: each wanted value is in the mail or attachment as expected (the
# bodies and the Word and PDF text were printed and read back before the run; "บุตร" and
# "ผู้ใช้ไฟฟ้า" after the name are as written, not slips). Two slips were fixed before the
# first run, seen in the printed inputs only: "ดิฉัน" for a man and mothers of 80-odd with
# IDs starting 1.
# Cost: the whole file ~9 s on 2 cores under load (the reads 4.8 s, the build 2 s).
# Floors: each style below 0.99 at its first-sight accuracy; the silent share at the
# harness's line (0), as at first sight.
# After fix37's first fix (a number said of another person the letter names, after his
# titled name or role or as the number the writer rang, is kept as a rival below her
# own: extractors/whose_phone.py), same command: 328/336 right (0.976), 7 wrong flagged,
# 0 silent, 1 missing. By kind: plain 178/182 (4, 0, 0), HTML 91/94 (2, 0, 1), Word
# 30/30, PDF 29/30 (1, 0, 0). Phone 14 of the 15 now right; left: pdf_complaint_letter
# variant 0 (the PDF's wrapped line puts "โทร 085-..." of the respondent where the label
# reader takes it, 0.85), and the address x3, full_name x3 and the missing name above.
# After fix37's second fix (the writer's kin word or a utility customer's role after his
# name ends it: "... บุตร", "... ผู้ใช้ไฟฟ้า"; extractors/values.py _NAME_END), same
# command: 331/336 right (0.985), 4 wrong flagged, 0 silent, 1 missing. By kind: plain
# 181/182 (1, 0, 0), HTML 91/94 (2, 0, 1), Word 30/30, PDF 29/30 (1, 0, 0). Left: the
# address x3 (the place of the problem), the pdf phone and the missing name above.
# Floors raised to what each style now reads; the styles now whole held at the target.
FLOORS: dict[str, float] = {
    "plain_neighbour_named_first": 13 / 14,
    "html_front_of_house_45": 14 / 16,
    "html_name_only_in_signature": 13 / 14,
    "pdf_complaint_letter": 13 / 14,
}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=340)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 0 of 336 at first sight: held at none.
    HELD_OUT.assert_silent_at_most()
