"""Accuracy on a thirty-eighth set of requests written by others (issue 8): HOW THAI TEXT
REALLY ARRIVES WHEN PEOPLE TYPE IT ON PHONES AND OLD PCS: labels with the typos Thais
really type (ชือ-สกุน, นามสกุน, เบอ, เบอโทร, เบอร์โท, ทีอยู่, ที่อยุ่, อีเมล์, เมล,
เลขบัตรประชาชาชน, เลขปชช., บัตรปชช, วันเกิก, ว/ด/ป เกิด, จ./อ./ต./ม.); sara am as nikhahit +
sara aa (plain, HTML entities, Word, a converter's PDF), tone marks before their vowel and
doubled, zero-width spaces between Thai words, no-break spaces, soft hyphens, full-width
digits and colons, Thai digits mixed with Arabic in one number; phones with spaces, dots
and a landline after a slash; an ID in groups or with a group one digit short; a title
typed with a space and doubled spaces in the name; emoji between fields; a name typed with
the keyboard in English; chat-style run-on messages. Plain and HTML bodies, a Word file and
a text PDF.

unseen_requests_38.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 35 and 37, the helpers they import and
the earlier sets' docstrings and style names). Conventions written down there: a clerk
keeps clean Unicode (ำ composed, tone after vowel, no zero-width or no-break spaces or soft
hyphens, one space between the titled given name and the family name, Arabic digits); the
short ID is no ID (none or a flag is right); the Latin-gibberish name is no name unless
the mail signs with the real one; of a mobile and a landline after a slash, the mobile.
Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per
style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_38 import KIND, build_set

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_38.py -s -p
# no:randomly, set at 60634c0 on main's b59e09a), 23 styles, 46 requests, 368 fields:
# 346/368 right (0.940), 1 wrong flagged, 5 wrong without a flag (1.359%), 16 missing, 0
# n/a; 102 of the right values flagged for a look (every right field of the three chat
# styles among them). By kind (right/fields; flagged, silent, missing): plain 242/256
# (1, 3, 10), HTML 76/80 (0, 2, 2), Word 14/16 (0, 0, 2), PDF 14/16 (0, 0, 2).
# Silent, 5 (what was read): full_name x3, a doubled tone mark kept (the reader put the
# tone after its vowel but kept both marks): plain_tone_before_vowel ("นายวิชิต ปั้้นทอง",
# variant 1), html_tone_double_marks x2 ("นางสาวน้้ำฝน แก้วกำเนิด", "นายวิชิต ปั้้นทอง");
# address x2, plain_thai_arabic_mixed: the postal code typed with Thai and Arabic digits
# mixed kept as typed at the address's end ("... จังหวัดอำนาจเจริญ 37๐00", "...
# จังหวัดอุบลราชธานี 3๔00๐"; the postal code field itself read right). The second is by the
# convention written before the run (set 5's address forms, Arabic digits); a clerk
# might let an all-Thai-digit code stand, but not a mixed one.
# Flagged, 1: plain_wrong_keyboard_name full_name (variant 1: "ok'lk", the start of the
# Latin gibberish, taken over the real name signed at the foot "ลงชื่อ นางสาวน้ำฝน
# แก้วกำเนิด"; variant 0, gibberish only: right, no silent name).
# Missing, 16: full_name x14, the typo'd name labels not known: ชือ-สกุน
# (plain_typo_labels_chue x2, html_typos_fullwidth x2, docx_old_word_typos x2,
# pdf_converted_nikhahit x2), ชือ + นามสกุน on two lines (plain_typo_labels_short x2),
# ชื่อ-สกุน (plain_typo_labels_bor x2), and the run-on chat with zero-width spaces after
# ชื่อ and the title ("ผมชื่อ\u200b นาย\u200bประจักษ์ ...", plain_chat_run_on_emoji_zw x2;
# the same chat without them, plain_chat_run_on and html_chat_run_on, read right);
# address x2, ที่อยุ่ (plain_typo_labels_short x2: the address on two lines after the
# typo'd label).
# Right everywhere else: sara am as nikhahit + sara aa in plain text, HTML entities, Word
# and the PDF text layer (names, labels, places, provinces all read composed), tone marks
# before their vowel (single), zero-width spaces and &#8203; in labels and names, &shy;
# and soft hyphens, no-break spaces, full-width colons and digits (ID, phone, date, house
# number, postal code), Thai digits mixed into the ID, phone and date, the phone with
# spaces, dots and a landline after a slash, the ID in groups, the ID one digit short (no
# ID taken), the title typed with a space and doubled spaces, emoji around fields,
# เบอ/เบอโทร/เบอร์โท/เลขปชช./บัตรปชช/วันเกิก/ว/ด/ป เกิด/อีเมล์/เมล/ทีอยู่.
# No builder slips found in the generated inputs behind the misses (each printed and read
# back: the labels, the doubled marks and the mixed digits are as the docstring says).
# One slip was fixed before the first run, seen in the printed inputs only: soft hyphens
# put mid-syllable (before ำ, inside ชื่น), now between syllables.
# Cost: the whole file ~5 s on 2 cores under load (the reads ~2.6 s, the build ~1 s).
# Floors: each style below 0.99 at its first-sight accuracy; the silent share capped at
# its first-sight 5/368, as set 35's first-sight commit did.
# After fixes (same command), on branch fix38:
# - a repeated identical mark collapsed to one in normalise_thai_text (so every reader
#   gets it): 349/368 (0.948), 1 flagged, 2 silent (0.543%), 16 missing; plain 243/256
#   (1, 2, 10), HTML 78/80 (0, 0, 2), Word 14/16 (0, 0, 2), PDF 14/16 (0, 0, 2);
#   plain_tone_before_vowel and html_tone_double_marks 16/16.
# - a postal code typed in Thai and Arabic digits mixed at the end of an address read in
#   Arabic digits (a code in one script, and every other number, kept as written, as sets
#   3, 15, 16, 19 and 25 expect; every mixed number at first, set 25 went 1 silent): 351/368
#   (0.954), 1 flagged, 0 silent, 16 missing; plain 245/256 (1, 0, 10);
#   plain_thai_arabic_mixed 16/16.
# - the labels of a person's own data also known as phones and old PCs type them (a tone
#   mark left out, ู typed ุ before its tone, a final ล typed น; closed by a colon, a
#   space or the line's end; a typo'd label longer than a label as written wins):
#   365/368 (0.992), 1 flagged, 0 silent, 2 missing; plain 253/256 (1, 0, 2), HTML 80/80,
#   Word 16/16, PDF 16/16. Left: the run-on chat with zero-width spaces after ชื่อ and
#   the title (plain_chat_run_on_emoji_zw, 2 missing) and the wrong-keyboard name
#   (flagged).
# Stop 37: sentences are read with invisible characters dropped (thai.drop_invisible), so
# the chat's name is read: 367/368, plain_chat_run_on_emoji_zw 16/16.
FLOORS: dict[str, float] = {
    "plain_wrong_keyboard_name": 15 / 16,
}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=46, styles=23, fields=360)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 5 of 368 at first sight (1.359%), 2 after the doubled marks, 0 after the mixed
    # digits: held at none, as every set (unseen_harness.HELD_SILENT).
    HELD_OUT.assert_silent_at_most()
