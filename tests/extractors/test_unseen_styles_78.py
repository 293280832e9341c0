"""Set 78 of requests written by someone who had not read the readers (issue 8): REQUESTS
TYPED ON PHONES BY PEOPLE WHO TYPE LITTLE, to เทศบาลตำบลบ้านโฮ่ง (ลำพูน), เทศบาลเมือง
สกลนคร and อบต.หนองบัว (บ้านค่าย, ระยอง): Gboard dictation (no punctuation, numbers in
Thai words beside digits, "เว้นวรรค"/"ขึ้นบรรทัดใหม่" left in), autocorrect slips and a
corrected phone, IDs in odd groups and Thai digits, phones with odd spaces and dashes,
emoji and stickers' alt text, LINE chats pasted or forwarded, grandchildren typing for
grandparents, one long line, a photo's caption beside a WPS or Google Docs file, a Google
Sheets sheet made on a phone. Kinds: plain, HTML (Gmail app, Samsung Email), Word, PDF
(fillable forms filled in a phone app, WPS letters), xlsx.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import and the earlier
sets' first docstrings). Conventions (the builder's docstring and WHO say them per style):
the applicant is the person whose matter it is: the grandparent when a grandchild types
(the grandchild's name, ID, birth date, phone and box never hers; her phone `()` where only
the grandchild's is given, set 37's ruling; email `()` where the grandchild sends); in a
LINE chat, the one who asks for himself, never the headman or the son in the group. A
value written in words or pieces is still that value: a phone in Thai words, words and
digits mixed, Thai digits, odd spaces and dashes, a sheet's number that lost its leading 0;
an ID in odd groups, Thai digits, split over two chat lines; "เว้นวรรค" between names is the
space. A phone set right in a later line is the corrected one. Timestamps, chat dates,
letters' and events' dates are never the birth date; deed, plot, farmer registration,
reference numbers and the office's sample ID never an ID or a phone. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_78 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_78.py -s -p
# no:randomly, set at d7db71c on main's 559a28d), 20 styles, 40 requests, 320 fields, all
# scored (no n/a; every request read as general_request): 275/320 right (0.859), 9 wrong
# flagged, 3 wrong without a flag (0.938%), 33 missing; 174 of the right values flagged for
# a look. By kind of input (right/fields; flagged, silent, missing): plain 98/112 (2, 2,
# 10), HTML 56/64 (3, 0, 5), Word 42/48 (2, 0, 4), PDF 45/48 (2, 1, 0), sheet 34/48 (0, 0,
# 14). Every miss, all forty-five:
# Silent, 3:
# - an address typed in Thai digits kept in Thai digits: plain_thai_digits_samsung address
#   v1 and v2 ("๘๘ ถ.สุขเกษม ต.ธาตุเชิงชุม อ.เมืองสกลนคร จ.สกลนคร ๔๗๐๐๐", "๖ ม.๑
#   ต.ศรีเตี้ย ..."); its postal code and province read right. (The conventions say nothing
#   of the address's digits; the expected form is Arabic digits, like every other set.)
# - the grandchild's phone as the elder's: pdf_fillable_for_elder phone v1 (+66981123456
#   from Text9 in the ผู้ยื่นคำขอแทน section; the elder's Text5 was "-", so `()`).
# Flagged, 9:
# - the grandchild's name for the elder's: pdf_fillable_for_elder full_name v1 and v2
#   (Text6 "นางสาวพิมพ์ชนก ใจคำ", "นายธีรภัทร ขันแก้ว"; the elder's ID, birth date and home
#   read right).
# - the office's sample in the quoted mail: html_gmail_app_quote_reply v2 full_name
#   ("นายตัวอย่าง ใจดี"), national_id (3510500000018) and phone (+6653591247, the office's
#   line), where the reply's bare lines carry no labels.
# - the dictation's "เว้นวรรค" as the surname: plain_spoken_numbers full_name v1 and v2
#   ("นายประจวบ เว้นวรรค", "นายทองดี เว้นวรรค").
# - the address of a WPS letter in Thai digits, cut before the province: docx_wps_photo_caption
#   address v1 and v2 ("๘๘ ถ.สุขเกษม ต.ธาตุเชิงชุม อ.เมืองสกลนคร", "๕๒ ม.๖ ต.หนองละลอก
#   อ.บ้านค่าย").
# Missing, 33: plain_gboard_one_line phone 2 (half in words: "081 ห้าสามศูนย์ 2241",
# "ศูนย์แปดหนึ่ง 944 2067"); plain_autocorrect_correction birth_date 2 and address 2 (after
# the slipped labels "เกิดวันที", "บ้านเลยที่"); plain_spoken_numbers national_id 2 (the first
# digits in words); plain_reply_to_clerk birth_date 2 (a bare "วันที่ 8 เดือนกันยายน
# พ.ศ. 2495" line, a bare "2 พฤศจิกายน 2504" line); html_gmail_forwarded_line full_name 2 and
# birth_date 2 (the LINE lines "09:16 ยายศรีนวล นางศรีนวล กันทะวงค์", "09:17 ... วันที่ 11
# เดือนมิถุนายน พ.ศ. 2497"); html_gmail_app_quote_reply email v2; docx_gdocs_voice_typing
# birth_date 2 and phone 2 (the dictated "เว้นวรรค เกิดวันที่ ...", "โทร ศูนย์เก้าสาม
# 4418760"); xlsx_gsheets_one_row phone, address, postal code, province, both variants
# (the headers "บ้าน", "เบอร์"; the phone a number without its 0); xlsx_gsheets_plots
# birth_date 2 (label "เกิด"); xlsx_gsheets_grandchild_two_rows birth_date 2 and phone 2
# (headers "เกิด", "เบอร์" on the grandparent's row; the grandchild's row never taken).
# Right everywhere else: the grandchild's mail for grandma (the grandchild's ID, birth date
# and phone never taken, phone `()` held), the LINE chat pasted (the ID split over two
# lines, the headman's and the son's phones never), the Gmail app's emoji and sticker, the
# Samsung Email HTML, the Google Docs table (the grandchild's row never), the fillable form
# filled on a phone, the WPS letter typed by a grandchild, the farmer's plots and witness.
# No builder slips found: each miss's value was printed and read back against the
# conventions (the builder's docstring and WHO).
# Floors: each style below 0.99 at its first-sight accuracy, rounded down; silent held at
# the three seen (one more fails).
# After fix78 (branch fix78 from main's 69f867c), 320/320 right (1.000), 0 wrong flagged,
# 0 silent, 0 missing; 195 of the right values flagged for a look (174 at first sight).
# By kind: plain 112/112, HTML 64/64, Word 48/48, PDF 48/48, sheet 48/48. What changed,
# by kind of miss (each rule's unit test written first, on fresh text, and seen failing):
# - address in Thai digits (2 silent, 2 flagged): an address's digits read Arabic where
#   every reader's address ends (validate._validator_for, key "address"; other free text
#   keeps its digits); the WPS letter's tail (province, postal code) then joins too
#   (test_validate).
# - the grandchild's phone and name in the fillable form (1 silent, 2 flagged): a line that
#   opens with the proxy's caption ("ผู้ยื่นคำขอแทน", no "ส่วนที่" before it) opens his part
#   of the form, its own row's boxes included; its values read at PROXY_SHARE
#   (pdf_proxy_part; test_pdf_proxy_caption). The elder's "-" is none: her phone `()`, the
#   grandchild's flagged.
# - dictation's spoken commands (2 flagged, 2 missing): "เว้นวรรค" and "ขึ้นบรรทัดใหม่"/
#   "ขึ้นย่อหน้าใหม่" standing as words are the space and the line break (dictation.py, in
#   dumps.shown_text, which every text reader reads); "จุด" and "ลูกน้ำ" left as words (a
#   count's classifier, mosquito larvae); "เกิดวันที่ วันที่ ..." said twice (prose._BORN)
#   (test_dictation).
# - numbers partly in words (6 missing): groups said in words beside groups typed in digits
#   are one number when all together have a phone's or an ID's digits (9, 10, 13;
#   thai.spoken_digits_to_arabic), read so in prose and under a label, an ID too
#   (spoken.spoken_value), flagged as spoken (test_dictation).
# - the office's sample in the quoted reply (3 flagged, 1 missing): a quote of three label
#   lines is not the template she filled when her own bare lines above hold a valid ID
#   (body_form.template_quotes) (test_phone_replies).
# - bare lines (2 missing): a date alone on its line beside a line that is her ID or phone
#   alone is her birth date (value_pieces.date_lines) (test_phone_replies).
# - the LINE chat forwarded inside HTML (4 missing): "HH:MM speaker message" with its tabs
#   turned to spaces is a chat when one word after the time opens four lines or more; a
#   date sent alone in a chat is labelled as the birth date (chat_transcript)
#   (test_phone_replies).
# - slipped labels (4 missing): "เกิดวันที" without its tone mark (prose._BORN); an address
#   line opening "บ้านเลยที่" (one letter of บ้านเลขที่ slipped, prose._ADDRESS_LINE)
#   (test_phone_replies).
# - Google Sheets' bare captions (14 missing): a cell "บ้าน", "เบอร์" or "เกิด" alone heading
#   (or opening a row beside) a value of the address's, phone's or birth date's kind is
#   that field's label (sheet_captions, in xlsx_form; the phone's lost 0 restored as
#   before) (test_sheet_captions).
# Every style now at 1.000: floors removed; silent held at none.
FLOORS: dict[str, float] = {}
SILENT_NOW = 0 / 320  # after fix78 (3 at first sight)

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=290)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
