"""Accuracy on a hundred-and-fourteenth set of requests written by others (issue 8):
MUNICIPAL PROPERTY AND FAMILY SERVICES, to เทศบาลเมืองแสนสุข (ชลบุรี), เทศบาลเมืองฉะเชิงเทรา
and เทศบาลนครสมุทรปราการ. Renting a stall in the municipal market (the stall's number and
size, rent and deposit, a helper who sells with her mobile, a guarantor with his own ID,
home and mobile), a hall for a wedding, a hundred-day merit-making or a funeral's chanting
nights (a coordinator's and a caterer's numbers, a deposit receipt's book and number), a
plot in the municipal cemetery (plot numbers beside a parent's, a sister as second
contact), the crematorium (the deceased's ID, birth and death dates, มรณบัตร numbers, the
funeral home's name and line), the hearse and tents, the elderly's funeral aid (the
deceased's block, a bank account, the headman's certificate), heirs taking over or
refunding a dead parent's stall and exhuming a grave (the other heirs' IDs and mobiles),
a temple's abbot and ไวยาวัจกร writing for an unclaimed body or a poor family.
Plain: a vendor's iPhone mail, a LINE chat forwarded by a ไวยาวัจกร, an heir's webmail for
funeral aid (the deceased's block before or after hers), a son's Outlook-for-Android plot
booking in Thai digits, a host's Gmail for a merit-making hall. HTML: an heir's Gmail
lists (stall transfer), a funeral home's Outlook (its staff's signature with registration
number, line, LINE ID), the e-Service notification table (title, names and address in
parts; the deceased's rows), a reply above the hall clerk's quoted mail. Word: the
market's stall form on dotted lines (the guarantor's lines), the funeral aid form in
tables (ส่วนที่ 1 the deceased, 2 the ผู้ยื่นคำขอ, 3 the headman), a temple's letter signed
by the abbot, an heir's letter with the heirs' consent table. PDF: fillable
(host_*/deceased_*/funeral_home_* fields; Thai-named hall form with a coordinator), typed
(an heir's refund letter with her block top right; a ไวยาวัจกร's letter naming the host).
Sheets: a vendor's label sheet (birth date as text or a date cell, the helper's row), a
list of heirs (the deceased's row, the filer marked), a cemetery's booking row.

unseen_requests_114.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test's comments and the earlier sets' first docstrings). Conventions written down
before measuring (the builder's docstring and WHO say them per style), following sets 28,
31/63, 37 and 60/65/69/104: the APPLICANT is the living person who asks and signs: the
vendor (never her helper or guarantor), the host of a funeral, merit-making or wedding
(never the deceased, the couple, a coordinator, a caterer), the heir who asks (never the
deceased parent, the other heirs, the certifying headman). Where a funeral home or a
ไวยาวัจกร writes or forwards for the host, the host (her phone only where written as hers;
e-mail `()`; the firm's and the ไวยาวัจกร's names, IDs, lines, boxes never). A temple asking
for itself: the abbot who signs (title name, with or without his own name and ฉายา; no
ID: `()`), the temple's place and line (the ไวยาวัจกร's mobile also accepted). Birth date
only the applicant's (`()` where only the deceased's is written). Address where the
applicant lives (Arabic or Thai digits as typed), never the market, hall, cemetery,
crematorium, temple of the rites, funeral home, a guarantor's, helper's or heir's home;
stall, contract, plot, receipt, e-Service, มรณบัตร, account and registration numbers never
an ID or a phone. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see
the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_114 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_114.py -s -p
# no:randomly, set at 82ef01d on main's 51390cb), 20 styles, 40 requests, 298 fields, all
# scored (no n/a): 254/298 right (0.852), 28 wrong flagged, 0 wrong without a flag
# (0.000%), 16 missing; 98 of the right values flagged for a look. By kind of input
# (right/fields; flagged, silent, missing): plain 64/76 (4, 0, 8), HTML 45/60 (13, 0, 2),
# Word 51/56 (5, 0, 0), PDF 54/60 (6, 0, 0), sheet 40/46 (0, 0, 6). The harness lists six
# misses a style; the rest (plain_line_forward_crematorium, html_outlook_funeral_home) were
# printed by reading those styles' mails once more with the harness's own read_all and
# verdict, nothing changed in between. Every miss, all forty-four:
# Silent, 0.
# Flagged, 28:
# - the ไวยาวัจกร who forwards a host's LINE chat: plain_line_forward_crematorium full_name
#   2 (his name from his signature, นายมานพ อ่อนศรี / นายสุรินทร์ คงเจริญ) and phone 2 (his
#   mobile, 086-337-8812 / 081-994-5521, over the host's "เบอร์ 0815542096" in the chat).
# - a funeral home booking for the family: html_outlook_funeral_home full_name 2 (its staff
#   in the Outlook signature, นางสาวรัชนี ทองมา / นายกิตติพงษ์ แสงทอง), phone 2 (the staff's
#   mobile, not the "โทรศัพท์เจ้าภาพ" written in the body), address and postal code 2 each
#   (the firm's office in the signature, 120/4 ... ท้ายบ้าน 10280 / 88/8 ... เสม็ด 20000),
#   province v2 (ชลบุรี, the firm's, for a host in ฉะเชิงเทรา).
# - the e-Service table's second section: html_webform_crematorium full_name 2 (the
#   deceased's bare given name from his "ชื่อ" row, 'สำราญ' / 'บุญส่ง') and national_id 2
#   (the deceased's, 3200100346238 / 3200500425429); the ผู้ยื่นคำขอ's rows above them (title,
#   ชื่อ, นามสกุล apart) not joined into her name.
# - the guarantor's lines on the stall form: docx_stall_rent_form phone 2 (the ผู้ค้ำประกัน's
#   mobile 081-229-0473 / 086-993-1187), postal code 2 (from his home, 24000 / 10270),
#   province v2 (สมุทรปราการ, his); her dotted-line address in parts read right.
# - the ไวยาวัจกร's typed letter for a host: pdf_typed_waiyawatchakon_for_host full_name 2
#   (the writer, ด้วยข้าพเจ้า <name> ไวยาวัจกร..., who signs), phone 2 (the temple's line at
#   the head, 038392205 / 038845117, not the host's "โทร" after her address), national_id
#   v2 (his ID, 3240100445902) and address v2 (the temple's place at the head, 150 หมู่ที่ 4
#   ตำบลบางตีนเป็ด).
# Missing, 16: plain_line_forward_crematorium national_id, address, postal code, province 2
# each (the host's "บัตร ...", "บ้านเลขที่ ..." chat lines, tab-separated after time and
# sender, not read); html_outlook_funeral_home national_id 2 (the host's "เจ้าภาพ: <name>
# (บุตร) เลขประจำตัวประชาชน ..."); xlsx_cemetery_booking_row v2 all six (the row under the
# header "ชื่อผู้จอง | เลขประจำตัวประชาชนผู้จอง | ..." sent from a family member's box for
# a man with no e-mail; v1, the same sheet from his own box, read right).
# Right by coincidence, counted right as the harness counts values: html_outlook_funeral_home
# province v1 (the firm's office and the host are both in สมุทรปราการ), docx_stall_rent_form
# province v1 (the guarantor's home and hers both in ฉะเชิงเทรา),
# pdf_typed_waiyawatchakon_for_host postal code and province v2 (the temple and the host
# both in ตำบลบางตีนเป็ด 24000).
# Right everywhere else: the vendor's iPhone mail (her helper's mobile never), the heirs'
# funeral aid mail (the deceased's block before or after hers; birth date left empty), the
# son's plot booking in Thai digits (his sister's phone never), the hall mails (coordinator,
# caterer, the couple, the clerk's quoted mail never), the heir's stall transfer list (the
# brother's ID never), the funeral aid form's three parts, the abbot's letter (his title
# name, the temple's place and line; the unclaimed dead's ID never), the heirs' consent
# table (his own row second), both fillable forms (deceased_*, funeral_home_*, the
# coordinator never), the heir's refund letter (block top right), the vendor's sheet (birth
# date as text or a date cell; the helper's row never), the list of heirs (the filer
# marked; the deceased's row and birth date never).
# Rulings and doubts: the host's phone in the forwarded chat and in the funeral home's and
# the ไวยาวัจกร's texts is written as hers ("เบอร์", "โทรศัพท์เจ้าภาพ", "โทร" after her
# address), so it is expected (set 37's `()` is for mail giving only another's phone).
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO); no request was changed.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down to 3 decimals;
# silent held at none (one fails).
# After stop 53's fixes (fix114 and the lead's applicant_in_doubt; rules by kind, each with
# a unit test on made-up text): 298/298 right (1.000), 0 flagged, 0 silent, 0 missing. By
# kind: plain 76/76, HTML 60/60, Word 56/56, PDF 60/60, sheet 46/46.
# - the lead's review flag applicant_in_doubt changed nothing here (no value was silent).
# - the funeral's host (role_words.HOST): a line opening "เจ้าภาพ"/"ชื่อเจ้าภาพ" ends the
#   dead's lines and "เจ้าภาพ <titled name>" names the asker, her number after it hers
#   (prose, body_form, whose_phone, test_funeral_host); one who writes for the host
#   ("ได้รับมอบหมายจากเจ้าภาพ", "ในนามเจ้าภาพ", "แทนครอบครัว") acts for the host named below
#   (acting_for); a guarantor's or witness's dotted line with his name opens his part, a
#   name's part rows (คำนำหน้า, นามสกุล) no longer end another's part (body_form,
#   test_other_persons_lines); a titled name under a caption row is a value (caption_row,
#   test_caption_row).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 298  # first sight: none

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # None of 298 at first sight: one silent value fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
