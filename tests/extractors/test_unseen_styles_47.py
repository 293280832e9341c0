"""Accuracy on a forty-seventh set of requests written by others (issue 8): PEOPLE AND
SITUATIONS earlier sets hold little of: foreign residents in English and in Thai and
English mixed (romanised names with Mr./Ms., an alien's ID from 6 or 8, birth dates in
the Christian era, the Thai address from the house book, a bilingual PDF form); shop
owners asking for themselves with the shop's juristic tax ID, landline and address in
a signature, on a Word letterhead or in an HTML phone signature; monks (พระมหา,
พระอธิการ, ฉายา, lay surname, ใบสุทธิ, the temple as home, a Word form split into
title/name/ฉายา rows) and novices with the abbot as guardian; a headman writing for a
villager from his own mail and a kamnan's certificate in a PDF; teachers filing for
their school (its 10-digit code, landline, address); ranks short (ร.ต.อ., จ.ส.อ.) and
written out, ว่าที่ ร.ต., ผศ.ดร.; a two-word family name (ณ ลำปาง) and a married name
with the maiden name after it; a phone's LINE-style mail with emoji and sticker text;
zero-width spaces, soft hyphens and no-break spaces; a label typed in the wrong layout
and an e-mail typed in the Thai layout, each typed again; a misspelt label; replies
thanking the agency, plain and Outlook HTML, above its quoted answer.

unseen_requests_47.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 45 and 46, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
applicant's own name, ID, birth date, phone, e-mail and home only (the foreigner, the
owner as a person, the monk or novice, the villager, the teacher who files, the officer,
the one who replies); a name with its title, rank or academic title as written (with or
without a space after it, a rank written out or short), a monk by his name and ฉายา, a
foreigner with or without Mr./Ms. or in the Thai script he gives; a shop's tax ID, a
school's code, a ใบสุทธิ, an officer's card, a headman's, kamnan's or abbot's ID or
mobile, a shop's, school's, temple's, station's or the agency's landline are never hers;
a monk's or novice's home is his temple (its name before the address accepted); no
phone expected of one who gives none; a foreigner's birth date in the Christian era.
Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per
style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_47 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_47.py -s -p
# no:randomly, set at 274e47e on main's 6178ef6), 23 styles, 46 requests, 350 fields:
# 326/336 right (0.970), 4 wrong flagged, 2 wrong without a flag (0.595%), 4 missing, 14
# n/a (plain_two_word_family_name read with the appointment template, which does not
# collect the ID, birth date, address, postal code or province: 10; the birth date in
# plain_acting_academic_title and plain_invisible_marks, read with the complaint
# template: 4); 77 of the right values flagged for a look. By kind (right/fields;
# flagged, silent, missing): plain 203/203, HTML 60/60, Word 42/44 (2, 0, 0), PDF 21/29
# (2, 2, 4).
# Silent, 2: pdf_kamnan_certificate both variants, full_name "นายสุวิทย์ ทองประเสริฐ",
# the kamnan who signs the certificate (his "ข้าพเจ้า ... ตำแหน่ง กำนัน..." opens the
# page), over the villager he certifies ("ขอรับรองว่า นายคำปั่น ศรีบุญ" / "นางบัวผัน ดวงดี").
# Flagged, 4: pdf_kamnan_certificate both variants national_id, the kamnan's own ID
# (3540500990379 / 3401200990383) over the villager's, flagged read_from_prose and
# sources_disagree; docx_monk_form both variants full_name "สมศักดิ์ ฐิตปญฺโญ" / "สุรชัย
# ปญฺญาวโร" without the title the form puts in its own คำนำหน้า row (พระอธิการ /
# พระมหา), flagged low_confidence.
# Missing, 4: pdf_foreigner_bilingual_form both variants national_id (after "เลขประจำตัว
# 13 หลัก (13-digit ID No.)", 8-1099-00124-57-4 / 6-7701-00023-18-8; the text layer
# reads back clean) and birth_date ("2 November 1975" / "Mar 14, 1961" followed on the
# same line by "สัญชาติ (Nationality) ...", flagged invalid_date; the same dates alone on
# their line in the plain English mails were right).
# Right everywhere else: romanised names with Mr./Ms., alien IDs from 6 and 8, Christian-
# era dates and Thai addresses in English and mixed mails; the owner's own ID and mobile
# over the shop's juristic tax ID, landline and address (signature, Word letterhead, HTML
# phone signature); monks by name and ฉายา with the temple as home in prose, ใบสุทธิ and
# temple landlines left alone; novices over the abbot; the villager over the headman in
# his mail; teachers over the school's code, landline and address; ranks short, written
# out and ว่าที่ ร.ต., ผศ.ดร.; ณ ลำปาง; emoji and sticker text; zero-width spaces, soft
# hyphens, NBSP; the wrong-layout lines; the misspelt labels; both thank-you replies.
# Not scored (no value expected), seen in the outputs: where the applicant has no phone,
# html_novice_scholarship variant 1 takes the abbot's mobile and plain_headman_note
# variant 0 the headman's, both flagged read_from_prose; plain_headman_note takes the
# headman's From mailbox as the villager's e-mail, flagged low_confidence (not scored).
# No builder slips found: each miss's input was printed and read back.
# Floors at first sight: each style below 0.99 at what it reads; the silent share held
# at the 2 seen.
# After (fix47; test_shapes_47.py, each seen failing first): the one a certificate
# vouches for read from a document's text beside the writer after ข้าพเจ้า
# (letter_prose.with_letter_prose, prose.ABOUT_ANOTHER): pdf_kamnan_certificate 9 ->
# 13/13, name and ID flagged read_from_prose, the phone writer_contact; a monk's title
# in the form's own title row kept (title_options.is_monks_title): docx_monk_form 12 ->
# 14/14; "เลขประจำตัว 13 หลัก" the ID (config/fields.toml) and a heading no field takes
# ("สัญชาติ (Nationality)", labels.opens_no_field_pair) ending the birth date before it:
# pdf_foreigner_bilingual_form 12 -> 16/16. 336/336 (1.000), 0 flagged, 0 silent, 0
# missing; 82 of the right values flagged for a look. Every other set's line identical.
# The templates were looked at and kept: plain_two_word_family_name asks in its body
# "ขอนัดหมายทำบัตรประชาชนใหม่" (an appointment: the word, not ณ ลำปาง, chose it), the
# other two "ขอร้องเรียน" (complaints); their 14 n/a are the templates' fields. Unscored
# and kept: where the applicant gives no phone, the headman's (prose: said of another)
# and the abbot's mobile are read, flagged, the one way back to the villager or novice.
# Floors: every style at the harness's 0.99; the silent share at its line (0).
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=46, styles=23, fields=300)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 2 of 336 at first sight (the kamnan's name, both variants), none since fix47: held
    # at none.
    HELD_OUT.assert_silent_at_most()
