"""Accuracy on an eighty-second set of requests written by others (issue 8): FOREIGN
RESIDENTS WHO WRITE IN ENGLISH, AND THEIR THAI FAMILIES, to เมืองพัทยา and the Nong Prue /
Na Kluea area (Bang Lamung, Chonburi), เทศบาลเมืองหัวหิน (Prachuap Khiri Khan), เทศบาลนคร
ภูเก็ต and เทศบาลตำบลกะรน (Phuket) and เทศบาลนครเชียงใหม่. British, German, American, Irish,
Swedish, Australian, Japanese, French and Canadian retirees, spouses of Thais, teachers and
small business owners: requests wholly in English, half English half Thai, and Thai
written by a Thai spouse or a translator for the foreigner. English labels (Full name,
Name-Surname, Given name(s) + Family name, Passport No., Date of Birth "15th March 1958",
DOB (MM/DD/YYYY), Tel, Mob., Mobile (TH), Address in Thailand), "Mr. John Michael SMITH"
and "SMITH, John Michael", condominium rooms, a home address abroad, a mobile abroad beside
the Thai one, pink-card numbers starting 6 or 0, the Thai spouse's ID, birth date and
phone, a translator's, a law firm's, a condo juristic manager's and an expat club
volunteer's values, visa, work-permit, TM30, ทร.14 book and company numbers.
Plain: a retiree's iPhone mail, a Thai wife's mail for her husband, a teacher's half-and-
half mail, a reply above the desk's quoted answer, a translator's mail. HTML: a Gmail
table with given and family names apart (the spouse's rows after), a shop owner's Outlook
signature (company number and line), the city's English e-service notification, a condo
juristic office's Outlook, a wife's forward of her husband's mail. Word: an English
letter (address block on top, "SMITH, John" signature), a bilingual ทร.13 form (the house
owner's rows), a law firm's English letter, a certified translation (the translator's
certificate). PDF: a fillable bilingual form (English field names, a spouse section), a
typed English letter (home abroad on top), a Thai wife's typed letter. Sheets: an expat
club's intake sheet, a household sheet, a bilingual one-row sheet.

unseen_requests_82.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37, 39, 47,
70: the APPLICANT is always the foreign resident the request is for, whoever writes (his
Thai spouse, a translator, a lawyer, a condo manager, a club volunteer: their names, IDs,
birth dates, phones, boxes and offices never his; phone and e-mail `()` where only theirs
appear). full_name: given names then family name as the passport orders them, with or
without Mr./Mrs./Ms., the family name as typed or in capitals, "FAMILY, Given" as typed,
a Japanese name either way round, the Thai-script name he gives (with or without its
title), or both. national_id: his pink-card 13 digits (6 or 0 first) where given, else
`()`; passport, visa, work permit, TM30, house book and company numbers never.
birth_date: ISO from his Christian-era date (ordinals, month names, DD/MM or MM/DD only
where the day is over 12). phone: his Thai mobile or his number abroad (E.164). Address:
where he lives in Thailand (condo and room included), in Thai or in English as typed (with
or without the English province and postal code); his home abroad, a shop's, an office's
never; province by its Thai name. Same harness (unseen_harness.py) as the other sets. Run
with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_82 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_82.py -s -p
# no:randomly, set at 7c9a30e on main's 0086f53), 20 styles, 40 requests, 318 fields of
# which 313 scored: 229/313 right (0.732), 24 wrong flagged, 18 wrong without a flag
# (5.751%), 42 missing, 5 n/a (birth_date 4: plain_translator_for_retiree and
# pdf_typed_english_letter read as complaint, which has none; full_name 1:
# plain_teacher_half_half v2 read as document_request); 147 of the right values flagged
# for a look. By kind of input (right/fields; flagged, silent, missing): plain 68/77 (7, 2,
# 0), HTML 66/78 (6, 0, 6), Word 41/64 (1, 6, 16), PDF 28/46 (6, 4, 8), sheet 26/48 (4, 6,
# 12). Every miss, all eighty-four:
# Silent, 18:
# - the home abroad as the address: docx_english_letter address 2 ("Home address: 14 Elm
#   Grove, Harrogate HG1 2QT, United Kingdom", "Storgatan 41, 582 23 Linkoping, Sweden",
#   the line under the Thai address block on top; the Thai address, name, birth date,
#   postal code and province not read).
# - the law firm's contacts as the client's: docx_lawfirm_english_letter phone 2 (the
#   lawyer's "Mobile 086-442-1178" under his signature) and email 2 (the letterhead's
#   "contact@siamcoastlegal.example.com").
# - the Thai wife who writes and signs the typed letter for her husband:
#   pdf_typed_thai_spouse_letter full_name 2 (นางสาวอรุณี แสงคำ, นางมาลัย ทอมป์สัน, from
#   "ข้าพเจ้า <wife> ... ขอยื่นคำร้องแทนสามี คือ <his names>") and phone 2 (her block's
#   "โทร 086-221-7745" / "081-774-5093", her "ติดต่อข้าพเจ้าได้ที่").
# - a bilingual label's English half taken into the value: plain_teacher_half_half
#   address 2 ("/ New address: Room 507, The Emerald Condo, ..." from "ที่อยู่ใหม่ / New
#   address: ...").
# - an expat club's sheet: xlsx_expat_club_intake full_name 2 ("Certificate of residence
#   for bank", the Request row's value) and email 2 (the club's
#   helpdesk@pattayaexpats.example.org in the head block).
# - a household sheet: xlsx_household_members phone 2 (the wife's row's phone,
#   086-221-7745 / 089-445-2718, not the applicant's row above it).
# Flagged, 24:
# - the writer named as the applicant: plain_thai_wife_for_husband full_name 2 and
#   html_gmail_given_family_table full_name 2 (the Thai spouse: นางมาลัย ทอมป์สัน,
#   นางบัวแก้ว มึลเลอร์, นางอำไพ เวเบอร์, นายวิโรจน์ ทองดี); plain_translator_for_retiree
#   full_name 2 (the translator นางสาวปิยวรรณ แก้วใส); html_condo_manager_for_owner
#   full_name 2 (the juristic manager นางสาวรัชนี บุญมา); docx_certified_translation
#   full_name v1 ("Miss Kanyarat Phetcharat" of the translator's certificate).
# - the spouse's other values: plain_thai_wife_for_husband birth_date v2 and
#   html_gmail_given_family_table birth_date v1 (the wife's, in B.E.);
#   pdf_typed_thai_spouse_letter national_id 2 and birth_date 2 (the wife's).
# - a Western name cut: plain_reply_above_quote full_name 2 ("O'BRIEN", "TANAKA" from
#   "Name: O'BRIEN, Peter James" / "TANAKA, Hiroshi"); html_outlook_shop_owner v1 ("Mr.
#   Peter James", cut at the apostrophe of O'BRIEN); pdf_typed_english_letter full_name 2
#   ("Ms. Emily Rose", "Mrs. Ingrid Sofia": the capitalised family name left off).
# - a sheet: xlsx_expat_club_intake phone 2 (the volunteer's "Mob. 087-551-2209" in the
#   head block); xlsx_household_members full_name 2 ("ID", a header's word).
# Missing, 42: docx_english_letter full_name, birth_date, postal code, province 2 each
# (the letter names him only as "I, SMITH, John Michael, ... born on 15th March 1958" and
# signs "SMITH, John Michael"; the address block on top); docx_lawfirm_english_letter
# full_name, address, postal code, province 2 each (the client in "We act for our client,
# Mr. ..., residing at ..."); pdf_typed_english_letter address, postal code, province 2
# each (in prose: "at my condominium, Room 507, ..."); html_condo_manager_for_owner
# address 2, birth_date v1 ("DOB 10/29/1963"), postal code and province v2 (the owner's
# "Room / ห้องชุด:" line); html_outlook_shop_owner full_name v2 ("I, Mrs. Marie-Claire
# DUBOIS,"); pdf_fillable_bilingual_form national_id 2 (the applicant_id comb field, 13
# digits starting 6); xlsx_bilingual_row_sheet national_id 2 ("เลขประจำตัว / ID No."
# column); xlsx_household_members national_id, birth_date, address, postal code,
# province 2 each (the applicant's row under "Role / Name / ID / Passport / Date of
# birth").
# Right everywhere else: the iPhone mail in English labels (Mobile (TH) beside the UK and
# German numbers, the home abroad, TM30 and visa never taken), the city's English
# e-service form (the passport in the ID box never an ID), the wife's forward of her
# husband's English mail, the bilingual ทร.13 Word form (the house owner's rows never his),
# the passports (9 and 8 digits), work permits, TM30, ทร.14 and company numbers never an
# ID or a phone, US and UK date orders, ordinal dates.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's docstring and WHO).
# (Floors were then each style below 0.99 at its first-sight accuracy, rounded down;
# silent held at the first sight's eighteen.)
# After fix82en and fix82who (two fixers at once, each rule with a unit test on made-up
# text, seen failing first; merged on main with the lead's child_named flag): 304/313
# right (0.971), 1 wrong flagged, 0 wrong without a flag (0.000%), 8 missing. By kind:
# plain 76/77 (1, 0, 0), HTML 78/78, Word 64/64, PDF 46/46, sheet 40/48 (0, 0, 8).
# fix82en (English writing; test_western_names, test_english_mail_values,
# test_letter_head_address, test_prose, test_labels):
# - Western names whole: a capitalised or apostrophised family name (O'BRIEN, DUBOIS), a
#   hyphenated given name, "FAMILY, Given" kept whole with or without a label.
# - an address in English prose opening with Room or "at my condominium", running over a
#   PDF's wrapped lines to its postal code; a room box that holds the whole address.
# - DOB / date of birth inside a line, English ordinals ("15th March 1958"), a month-first
#   date in prose (flagged as such dates are).
# - a bilingual label whose halves name two fields means the one both can
#   ("เลขประจำตัว / ID No.": the ID), so the pink card's 13 digits are read.
# - an English letter's unlabelled Thai address block on top is the writer's address; a
#   labelled home abroad no longer hides it (silent 2 -> 0).
# fix82who (whose values; test_shapes_82_who, test_labels):
# - a spouse who files "แทนสามี/ภรรยา คือ <name>" writes for him, her values set behind
#   (a child's "แทนมารดา คือ" stays her own request, set 3); "ยื่นเรื่อง...แทน" files for
#   another; "ขอ...ให้สามี" with a "ชื่อสามี" line names him (silent 4 -> 0).
# - "We act for our client, Mr. ..." / "on behalf of our co-owner" (role_words.CLIENT_EN):
#   the client or owner is the applicant, the firm's box and the lawyer's mobile set behind
#   (silent 4 -> 0).
# - an English label cut short ("Request" of "Requester") is another word; a club
#   volunteer's head block is its maker's as a health volunteer's is (role_words.
#   VOLUNTEER), "Member: Mr. ..." under it is the member (silent 4 -> 0).
# - a bilingual role cell's Thai word in brackets ("Wife (ภรรยา)") says whose row it is
#   (silent 2 -> 0); "ที่อยู่ใหม่ / New address:" is one label (silent 2 -> 0); "Spouse
#   (Thai)", "Husband", "Wife" as a heading open another's part.
# Left: xlsx_household_members national_id, address, postal code, province 2 each
# (missing: the applicant's row under "Role / Name / ID / Passport / Date of birth" gives
# no value but his name and phone); plain_thai_wife_for_husband birth_date v2 (flagged:
# his US-order 05/21/1966 and her date tie).
FLOORS: dict[str, float] = {
    "plain_thai_wife_for_husband": 0.937,
    "xlsx_household_members": 0.5,
}
SILENT_NOW = 0.0  # after fix82en and fix82who; first sight 18 / 313

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=290)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Eighteen of 313 at first sight.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
