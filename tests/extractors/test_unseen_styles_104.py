"""Accuracy on a hundred-and-fourth set of requests written by others (issue 8): TEMPLES,
MOSQUES, CHURCHES AND CULTURAL EVENTS in ลำพูน, ลำปาง and แพร่, to the เทศบาลเมืองลำพูน,
เทศบาลนครลำปาง, เทศบาลเมืองแพร่, seven เทศบาลตำบล and eight อบต. A temple fair on the temple's
grounds (the village committee's chair who asks, the abbot who consents, a ride operator's
partnership and its number, the stall holders' IDs); an ordination's procession and its
loudspeakers (the host father, the ordained son's ID and birth date, a กลองสะบัดชัย
troupe's coordinator, the sound shop's operator on a fillable ฆ.ษ.1); merit-making
loudspeakers at a temple; a cremation at a temple's เมรุ (a widow's LINE chat forwarded by
her son, the crematorium form with the deceased's section, a typed letter for the hearse);
donations and receipts (a donor asking her e-Donation receipt beside the fund's KBank
account opening 098 and a transfer's reference; a kathin group's list of donors with their
IDs); an abbot's letter for a poor villager typed on the temple's iPhone; an imam's
certificate pasted into a villager's Gmail (สัปบุรุษ number, the imam's ID and mobile, a
Hijri date); a mosque's เมาลิด letter signed by the imam; a church's Christmas carol
procession from its Outlook box (the pastor's ID, the secretary's mobile); a temple's letter
in Thai digits and a temple's list of things to borrow, signed by the abbot (พระครู...,
พระอธิการ..., own name and ฉายา); a monk's own request for the old-age allowance (ฉายา, lay
surname, his temple, the abbot's certificate, a former temple in another province);
cultural troupes asking a stage (a web form's notification, a letter with the members'
table), an elders' club and a youth group asking the town's ข่วง.
Plain: an iPhone mail, a LINE chat forwarded from Gmail on Android, a villager's Gmail with
the imam's letter pasted, Outlook for Android, an e-Service notification. HTML: Gmail with
its signature (text and HTML), Outlook from a church's box (signature table), iPhone Mail,
a web form's table. Word: a temple's letter in Thai digits, the crematorium form on dotted
lines, a troupe's letter with its members' table, a mosque's letter. PDF: fillable ฆ.ษ.1
(applicant_*/operator_*), a monk's typed letter with the abbot's certificate, a fillable
venue form (Thai field names), a typed letter for the hearse (the writer's block top
right). Sheets: a fair's stall list, a temple's list of things to borrow, a kathin group's
donors.

unseen_requests_104.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, set
84's test comments and the earlier sets' first docstrings). Conventions written down before
measuring (the builder's docstring and WHO say them per style), following sets 28, 31/63,
37, 47/72, 69, 76 and 91: the APPLICANT is the one who asks in her own name and signs (the
host of an ordination, a merit-making or a cremation, the donor, a committee's chair, a
troupe's or club's leader, a collector, a monk for his own allowance); for a body, the
natural person who signs for it (the abbot by his title name, with or without his own name
and ฉายา, no ID: `()`; the imam and the pastor with their IDs), with the body's place, line
(or the signer's or the temple's ไวยาวัจกร's mobile) and own box; a service for one person
asked by another is the one it is for (the villager of the abbot's letter, the mother of
the forwarded chat; the sender's phone and box never: `()`). The ordained son, the
deceased, coordinators, members, trainers, stall holders, donors, operators, secretaries
and the abbot who consents or certifies are never the applicant; the temple, crematorium,
ข่วง, route or place of use never the address (but the body's own place where it asks, and
a monk's temple); accounts, references, receipts, death certificates, HN, plates and
register numbers never an ID or a phone; birth date only the applicant's (`()` where only
another's is written). Same harness (unseen_harness.py) as the other sets. Run with `-s`
to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_104 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_104.py -s -p
# no:randomly, set at f534f05 on 6eef80b), 20 styles, 40 requests, 294 fields, all scored
# (no n/a): 254/294 right (0.864), 19 wrong flagged, 5 wrong without a flag (1.701%), 16
# missing; 166 of the right values flagged for a look. By kind of input (right/fields;
# flagged, silent, missing): plain 64/76 (7, 5, 0), HTML 49/58 (7, 0, 2), Word 51/56 (3, 0,
# 2), PDF 48/62 (2, 0, 12), sheet 42/42 (0, 0, 0). Every miss, all forty:
# Silent, 5: plain_line_forward_cremation address 2, postal code v1, province 2: the son's
#   or daughter's own place over the chat ("ที่อยู่ปัจจุบัน 88/120 หมู่บ้านพฤกษาวิลล์ ซอย
#   รามอินทรา 40 แขวงนวลจันทร์ เขตบึงกุ่ม กรุงเทพฯ 10230", 10230, กรุงเทพมหานคร; "15/3 หมู่ 2
#   ต.สันทรายน้อย อ.สันทราย จ.เชียงใหม่ 50210", เชียงใหม่) where the mother, whose name and ID
#   were read right, types her own home in the chat ("บ้านเลขที่ 45/1 หมู่ 2 ต.ปากบ่อง ...").
#   The mother is the applicant (sets 31/63: the service is hers, the son only forwards).
# Flagged, 19:
# - the sender's or another's phone over the applicant's own: plain_line_forward_cremation
#   phone 2 (the son's, the daughter's mobile over the chat; the mother's "เบอร์แม่ ..." in
#   it), postal code v2 (the daughter's 50210); plain_gmail_imam_letter_pasted phone 2 (the
#   imam's mobile under his pasted certificate; hers "ติดต่อดิฉันได้ที่ ..." above);
#   plain_webform_troupe_stage phone 2 (the desk's line in the notice's footer "สอบถามโทร
#   054-511-021", 054-237-150, over "โทรศัพท์มือถือ : ..."); html_gmail_fair_chair phone 2
#   (the temple's line "ติดต่อวัดได้ที่ 053-979-214", 054-829-337, over the chair's mobile in
#   his signature); html_iphone_abbot_for_villager phone v2 (the lay typist's 092-661-4083
#   over the villager's own).
# - another person named as the applicant: html_outlook_church_carol full_name 2 (the
#   church's secretary, "ผู้ประสานงาน: นางสาวกนกวรรณ ศรีสุข", "นายเอกชัย ทาเขียว", over the
#   pastor who writes ข้าพเจ้า with his ID and signs); html_iphone_abbot_for_villager
#   full_name v2 (the abbot who writes for her, "พระอธิการประสิทธิ์ สิริวณฺโณ").
# - a name run on: html_iphone_abbot_for_villager full_name v1 ("นายสุรินทร์ ปัญญาดี
#   ไม่มีโทรศัพท์", the sentence after the name typed without a space);
#   docx_mosque_maulid_letter full_name 2 ("นายฮารูน ศักดิ์สุวรรณ อิหม่ามประจำมัสยิด", the
#   role after his name in the body).
# - an address: docx_crematorium_form address v1 ("3/7 หมู่ที่ ถนนทิพย์ช้าง ...": the form's
#   empty หมู่ที่ blank kept); pdf_fillable_ks1_ordination address 2 (the operator_address
#   field, "ร้านทองดีซาวด์ 14 หมู่ 2 ต.แม่ทะ อ.แม่ทะ", over the applicant_house/moo/road/
#   tambon/amphoe fields, whose postal code and province read right).
# Missing, 16: html_outlook_church_carol address 2 (the church's place only in the
#   signature's table cell beside the logo); docx_troupe_letter_members phone 2 (the
#   leader's mobile only in his own row of the members' table and under his signature);
#   pdf_typed_monk_allowance full_name, phone, address, postal code, province 2 each,
#   national_id and birth_date v1 (nothing read of the monk's letter, "อาตมภาพ พระอินถา
#   ถาวรธมฺโม (นามสกุลเดิม ปัญญาวงศ์) ... เลขประจำตัวประชาชน ...", the temple's block top
#   right; v2's ID and birth date read right, and both e-mails: v1's own box, v2's none).
# Right everywhere else: the ordination's host (the son's ID and birth date never his,
# birth_date left empty), the donor (the fund's KBank account 098-1-52283-7, the reference
# and her savings account never a phone or an ID), the e-Service notices (plain and HTML;
# the place of use, the sound shop never), the temples' letter in Thai digits and their
# borrow sheet (the abbot's title name, the temple's place and line), the mosques' place and
# the imams' IDs, the crematorium form's deceased never the filer, the fillable venue form
# (the ผู้ประสานงาน never), the typed hearse letters (the father's ID and birth date never),
# the fair's stall list and the kathin donors' list (the stall holders' and donors' IDs
# never, the collector's own row in the donors' never confusing).
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's WHO); every value expected is written in its mail, every
# 13-digit number has a valid check digit. Doubt: the forwarded LINE chat could be read as
# the son's own request; it is scored as the mother's (the chat is hers: her name, ID, home,
# mobile, and "ส่งเรื่องให้เทศบาลให้แม่"), as sets 31/63 rule.
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# first sight's five.
# After stop 52's fixes (fix104; rules by kind, each with a unit test on made-up text):
# 290/294 right (0.986), 2 flagged, 0 silent, 2 missing. By kind: plain 76/76, HTML 56/58
# (0, 0, 2), Word 56/56, PDF 60/62 (2, 0, 0), sheet 42/42.
# - a mail forwarding a LINE chat: the forwarder's note around it is his, set behind where
#   the chat's speaker gives an ID (forwarded_chat): the five silent (test_forwarded_chat).
# - role_words.WORSHIP_POST (imam, abbot, lay steward, pastor) ends a name, an abbot asking
#   for a villager is a go-between (helped_for); "ไม่มีโทรศัพท์" ends a name; "ติดต่อวัดได้ที่"
#   from a lay writer is the temple's line (whose_phone) (test_worship_posts); a pasted
#   certificate's signer's contacts set behind (certified_writer, test_pasted_certificate);
#   an e-service footer's dashed line is no forward marker (staff_forward,
#   test_eservice_footer); a monk's letter (อาตมภาพ, ขอเจริญพร) read as a letter
#   (letter_prose, test_monks_letter); an empty address blank dropped (address_tail);
#   "ด้วยผม <name>" marks the writer's row (sheet_roles, test_members_table_writer).
# Left: html_outlook_church_carol's address (the signature cell's breaks lost, missing);
# pdf_fillable_ks1_ordination's applicant house boxes not read (the operator's, flagged).
# Floors: each style still below 0.99 at its reading now, rounded down; silent at none.
FLOORS: dict[str, float] = {
    "html_outlook_church_carol": 0.857,
    "pdf_fillable_ks1_ordination": 0.857,
}
SILENT_NOW = 0 / 294  # first sight: five (the forwarding son's or daughter's place)

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Five of 294 at first sight: a sixth fails.
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
