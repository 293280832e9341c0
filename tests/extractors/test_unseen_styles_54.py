"""Accuracy on a fifty-fourth set of requests written by others (issue 8): AN ORDINARY
WEEK OF AN EASTERN INDUSTRIAL TOWN's agency (เทศบาล in Rayong, Chonburi, Chachoengsao: Map
Ta Phut, Sriracha, Bo Win, Pluak Daeng, Amata Nakorn, Ban Chang, Bang Pakong). Factory
workers registered at a home in Isan or the north but living here in a dormitory or a
rented room, so two addresses in one request (ที่อยู่ตามทะเบียนบ้าน / ภูมิลำเนา beside
ที่อยู่ปัจจุบัน / ที่อยู่ที่ติดต่อได้ / ที่พัก / มาอยู่ที่), the dormitory's name and room before
or after the house number. Plain: an HR officer's request for a worker from the HR
mailbox (her signature with the factory's address, switchboard, her own mobile), a
night-shift worker on a chemical smell, a move-in with the consenting house owner (his
name, ID, phone, home), a landlord on his dormitory's rubbish (the dormitory's address
apart from his home), a Thai co-worker typing for a Myanmar worker (pink card, name in
English and Thai, home town abroad), a flood claim (damages, a bank account). HTML: HR's
Outlook/Exchange table with both addresses as rows, a technician's Outlook (the factory
in the signature, his mobile there), Gmail's div lines for a move-in, the town's
e-service table from no-reply, Outlook for Android from a Lao/Cambodian worker, a
landlord's Gmail with a table of flooded tenants (names, rooms, phones). Word: the
town's residence-certificate form (the current address in parts), the company's
letterhead letter for an employee, a move-in with the owner's หนังสือยินยอม, a migrant's
flood form typed by the dormitory's office (Christian-era birth date). PDF: a flood
claim form, a landlord's letter (his home top right, the dormitory in the body), a
worker's letter (both addresses in prose). Sheets: HR's row (both addresses as columns,
employee number, shift), a flood claim as an A/B form.

unseen_requests_54.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 51 and 52, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
applicant's own values only (the worker a request is for, also when HR, a co-worker or
the dormitory's office types it; the landlord in his own request), never the HR
officer's, the HR manager's, the factory's, the house owner's, a tenant's, a co-typist's.
ADDRESS: as the town's clerk reads each form's own caption, the applicant's address is
where he or she lives in the town: ที่อยู่ปัจจุบัน, ที่อยู่ที่ติดต่อได้, ที่พัก, ที่อยู่ใหม่ /
"มาอยู่ที่" of a move-in, the flooded room; the ที่อยู่ตามทะเบียนบ้าน / ภูมิลำเนา / ที่อยู่เดิม
in Isan or the north, a migrant's home abroad, the factory's and the owner's home are
never accepted; a landlord's is his own home (ที่อยู่ผู้ร้อง / ที่อยู่ติดต่อ / the letter's
sender block), never the dormitory he owns. ADDRESS_RULE in the builder names the caption
per style. Accepted: house number (or the dwelling first) to the อำเภอ, dwelling and room
part of it, with or without เลขที่, province (as typed) and postal code; province and
postal code of that same address. Name with its title; a migrant's in Thai letters or in
English as on the pink card. A pink card's 13 digits (0 0...) with a valid check digit
are the ID; an employee number, a bank account never. Phone her own mobile only; email
hers only where she gives it or sends from her own box (a worker's own work mailbox is
hers; HR's, the dormitory office's, a co-worker's, a no-reply box never). Birth date
only where given, in either era. Same harness (unseen_harness.py) as the other sets. Run
with `-s` to see the table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_54 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_54.py -s -p
# no:randomly, set at 40d0dfe on main's e53c45e), 21 styles, 42 requests, 308 fields
# scored: 262/308 right (0.851), 29 wrong flagged, 5 wrong without a flag (1.623%), 12
# missing, 0 n/a; 119 of the right values flagged for a look. By kind (right/fields;
# flagged, silent, missing): plain 74/84 (6, 0, 4), HTML 81/88 (4, 0, 3), Word 42/60
# (10, 4, 4), PDF 35/46 (9, 1, 1), sheet 30/30. Every miss:
# Silent, 5:
# - docx_certificate_form both variants (the town's form as a Word table: the registered
#   home in one cell "ที่อยู่ตามทะเบียนบ้าน", then "ที่อยู่ปัจจุบัน" in parts, ชื่ออาคาร/หอพัก/
#   ห้อง | เลขที่ | หมู่ที่ | ... | รหัสไปรษณีย์): address read as the registered home in
#   Isan ("71 หมู่ 6 ต.เสลภูมิ อ.เสลภูมิ จ.ร้อยเอ็ด 45120"; "123 หมู่ 8 ต.บ้านเป็ด ..."),
#   unflagged; postal code and province read right (the current block's).
# - docx_hr_letterhead both variants (the company's letter, the worker's mobile in the
#   body's prose, the HR manager's "โทร 081-337-4120" under his signature): phone read as
#   the HR manager's, unflagged.
# - pdf_flood_form variant 1 (a house, no dormitory): address right but ran on into the
#   next line "\nสมาชิกในครัวเรือน 3 คน (ตนเอง สามี/ภรรยา และบุตรอายุ 6 ปี)", unflagged.
# Flagged, 29 (the wrong address's value taken, a clerk asked to look):
# - the registered home (ทะเบียนบ้าน / ที่อยู่เดิม / ภูมิลำเนา) taken for the current one:
#   plain_move_in postal code and province both variants ("ย้ายออกจาก:" line);
#   html_gmail_move_in v2 postal code and province ("ที่อยู่เดิม :", address right);
#   pdf_flood_form v1 postal code and province; docx_move_in_consent address, postal code
#   and province both variants ("มีชื่ออยู่ในทะเบียนบ้านเลขที่ ..." in prose);
#   pdf_certificate_letter address, postal code and province both variants (prose).
# - the house owner's home "(เจ้าบ้านอาศัยอยู่ที่ 12 หมู่ 1 ต.เนินพระ ...)" for the
#   address: plain_move_in both variants; his phone for hers: docx_move_in_consent both
#   variants (the หนังสือยินยอม).
# - the factory's address from a signature or letterhead: html_outlook_worker_noise
#   address both variants; docx_hr_letterhead v2 address and postal code.
# - the dormitory's postal code (20230) for the landlord's: pdf_landlord_letter v2.
# Missing, 12: the dormitory's address under a caption not read: plain_migrant_friend
# ("ที่พัก:") address both variants, postal code and province v2; html_outlook_android_lao
# v1 ("อยู่ " without a colon) address, postal code, province; docx_migrant_flood
# ("ที่พักปัจจุบัน" row) address both variants, postal code and province v1;
# pdf_landlord_letter v2 (his home as the sender's block top right over two lines).
# Right everywhere else: HR-typed requests (HR's mailbox and signature never hers, the
# worker's mobile kept), pink-card 00... IDs, English and Thai names, both addresses as
# rows or columns in HTML and xlsx (the current one taken), the e-service table, the
# tenants' table, employee numbers and bank accounts never an ID or a phone. No builder
# slips found: each miss's value was printed and read back against the conventions.
# After (branch fix54, each fix's unit test seen failing first; same command): 287/308
# right (0.932), 18 wrong flagged, 0 wrong without a flag, 3 missing. By kind: plain 83/84
# (1, 0, 0), HTML 86/88 (1, 0, 1), Word 51/60 (9, 0, 0), PDF 37/46 (7, 0, 2), sheet 30/30.
# Fixed: the current address given box by box beside a registered one read whole (the
# boxes joined, the registered one below review; a "หอพัก... ห้อง 215" box kept); the HR
# manager's phone under the sign-off no longer hides the body's; an address cut at a line
# break after a province and five digits; ที่พัก/ที่พักปัจจุบัน, ที่อยู่ใหม่/มาอยู่ที่,
# ที่อยู่เดิม/ย้ายออกจาก read as captions (the former two current, the latter registered),
# the province and postal code of a registered line put below with it; "อยู่ " before an
# apartment named by its place. Left: the owner's home and phone on the move-ins
# (plain_move_in address, docx_move_in_consent 8), the factory's signature address
# (html_outlook_worker_noise v1), docx_hr_letterhead v2 address (the letterhead's), the
# registered home in pdf_certificate_letter's prose (6), pdf_landlord_letter v2; missing:
# the made-up postal code 24180 (none Thailand Post lists) in html_gmail_move_in v2 and
# pdf_flood_form v1, where the former home's 57160 was taken before.
# Floors: the styles below 0.99 now (their accuracy rounded down); silent held at none.
# On main after merging fix54 with fix5152 (stop 38): a dwelling's box asked before the
# house number heads the address as the form has it (address_parts._join, one rule for
# both helpers' building boxes); a role after ของ ("พนักงานประจำของบริษัทฯ") is whose the
# one spoken of is, not another party (whose_phone): 289/308 (0.938), 15 flagged, 0
# silent, 4 missing (24180, a code Thailand Post does not list, three times).
# Then a letter's "มีชื่ออยู่ในทะเบียนบ้านเลขที่ ... แต่ปัจจุบันพักอาศัยอยู่ที่ ..." read as the
# register's address and the current one, each with its own province and postal code
# (prose CURRENT_ADDRESS / REGISTERED_*; letter_prose reads the sentence though the
# register's label gave an address): 297/308 (0.964), 7 flagged, 0 silent, 4 missing;
# pdf_certificate_letter 14/14.
# After fix85 (stop 49: a postal code no sub-district has, in the range of the province
# named with it, kept with that province and flagged postal_code_unlisted): 304/308
# (0.987), 4 flagged, 0 silent, 0 missing (24180 read, flagged); only
# docx_move_in_consent below the target. Floors at what each style reads now.
FLOORS: dict[str, float] = {
    "docx_move_in_consent": 0.75,
}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=260)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 5 of 308 at first sight, none after fix54: held at the harness's line of none.
    HELD_OUT.assert_silent_at_most()
