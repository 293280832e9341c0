"""Accuracy on a thirty-ninth set of requests written by others (issue 8): REQUESTS IN
ENGLISH AND IN BOTH LANGUAGES, as Thailand's residents send them to a เทศบาล, an อบต. or
a district office: foreign residents with a passport only, a work permit, a pink card
(13 digits starting 00, the Thai-script name on the card) or an alien's 13-digit ID
starting 6, 7 or 8; Thai citizens writing in English (romanised names, "Moo/Tambon/
Amphoe/Chang Wat", "Soi/Thanon/Khwaeng/Khet", a translator's "Village No./Subdistrict/
District/Province"); bilingual labels; English dates in both eras and an MM/DD/YYYY
form; "+66 (0)81-...", "(mobile)", Line IDs, WhatsApp and numbers abroad; a Thai wife
translating, a Thai employer writing for a worker, a Google-translated letter, a Google
Forms receipt, an Outlook office mail; an English Word form, an English PDF letter and a
bilingual PDF form; English automatic replies.

unseen_requests_39.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 37 and 38, the helpers they import and
the earlier sets' first docstrings). Conventions written down there: a Thai citizen's
name in Thai script where the mail gives it, in Latin letters (with or without the
title's dot, or the title) where it gives only those; a foreigner's in Latin letters, or
the pink card's Thai script; a non-Thai's 13-digit number with a valid check digit is
the ID, a passport or work permit number never; birth dates ISO, day first unless the
form says MM/DD/YYYY, Buddhist years converted; the applicant's own Thai mobile, never a
number abroad, a Line ID, an office's, an employer's or a translating relative's; an
English address accepted as typed, the province by its Thai name. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_39 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_39.py -s -p
# no:randomly, set at 510db9f on main's ecf6faa), 22 styles, 44 requests, 352 fields:
# 338/350 right (0.966), 2 wrong flagged, 0 wrong without a flag (0.000%), 10 missing, 2
# n/a (the birth date in pdf_english_letter, read with the complaint template, which does
# not collect it); 78 of the right values flagged for a look. By kind (right/fields;
# flagged, silent, missing): plain 197/208 (1, 0, 10), HTML 80/80, Word 32/32, PDF 29/30
# (1, 0, 0). Outcomes 3/3 (both English automatic replies, the English request).
# Silent: none.
# Flagged, 2 (what was read): plain_us_date_format phone (variant 1, the Myanmar worker:
# "+6652990123", digits out of his pink card's dashed number "0-0529-90123-45-8" on body
# line 6, taken over "Cell: +66 95 228 4671" on line 8; flagged read_from_prose and
# sources_disagree; his ID from the same line read right); pdf_english_letter full_name
# (variant 0: "Mr. Tran Van", the three-word name "Mr. Tran Van Long" cut in the letter's
# sentence "I, Mr. Tran Van Long, a Vietnamese national"; flagged read_from_prose).
# Missing, 10: plain_google_translated address, postal_code, province x2 (the machine
# translation's "live at house number 123/4 Village No. 14, Nai Mueang Subdistrict,
# Mueang Khon Kaen District, Khon Kaen Province 40000, identification card number ..."
# and "45 Village No. 3, Nong Khwai Subdistrict, Hang Dong District, Chiang Mai Province
# 50230": no address read at all; its name, ID, "born on October 27, 2533", phone and
# e-mail read right); plain_line_whatsapp_contacts full_name, birth_date x2 (the
# unlabelled first line "Mr. David Whitmore, British, born 03-Mar-1958" / "Mr. Rajesh
# Kumar, Indian, born 18-Sep-1969").
# Right everywhere else: the passport-only foreigners (no ID taken, passport and work
# permit numbers never taken), the pink cards' 00... numbers and the aliens' IDs starting
# 6, 7 and 8 taken, the translating wife's ID (variant 1) and phone and the employer's
# shop phone not taken, the pink card's Thai-script name, romanised names with Mr./Mrs./
# Miss/Ms., English addresses with Moo/Tambon/Amphoe/Chang Wat and Soi/Thanon/Khwaeng/
# Khet/Bangkok and bare names, provinces in Thai from their English names, "12 Jan
# 1985", "January 12, 1985", day-first "09/06/1974", Buddhist years in English text
# ("25 August 2509", "12/01/2528"), the MM/DD/YYYY form both with the day over 12 and
# not ("02/09/1993"), "+66 (0)81-...", "(mobile)", Line IDs, WhatsApp and numbers abroad
# never taken, the Outlook office switchboard not taken, the Google Forms receipt, both
# Word forms (the English one's Title/First name/Last name cells joined) and the
# bilingual PDF.
# No builder slips found: each input behind a miss was printed and read back (the
# translated letter, the contacts line and the PDF letter before the run, the worker's
# MM/DD mail after it) (the address, the unlabelled line, the pink card's dashed number and the
# three-word name are as the docstring says). Slips fixed before the first run, seen in
# the printed inputs only: PDF lines running past the page's right edge (the bilingual
# form now 8.5 pt, the letter's documents on a line of their own) and "a American".
# Cost: the whole file ~7 s on 2 cores under load (the reads ~1.5 s, the build ~1.3 s).
# Floors: each style below 0.99 at its first-sight accuracy; the silent share at the
# harness's line (0), as at first sight.
# After fixes (same command), on branch fix39 (unit tests on fresh examples in
# test_shapes_39.py), all in the prose reader: 350/350 (1.000), 0 flagged, 0 silent, 0
# missing; 90 of the right values flagged for a look; plain 208/208, HTML 80/80, Word
# 32/32, PDF 30/30:
# - a number that is part of a valid 13-digit ID is no phone (the pink card's
#   "0-0..." opened with a phone's shape): plain_us_date_format 16/16;
# - a name in Latin letters after "I," / "My name is" takes up to two more capitalised
#   words on its line (Vietnamese and Burmese names of three): pdf_english_letter 14/14;
# - a line opening with an English titled name ("Mr. X Y, British, born ...") is a name,
#   as a Thai titled name opening a line is, and "born 03-Mar-1958" a birth date:
#   plain_line_whatsapp_contacts 16/16;
# - an English address in a sentence after "live/reside/residing at" and "house
#   number/house no./No." (extractors/address_english.py, its words from
#   address_parts' English lists: Village No./Moo, Soi/Alley, Road/Thanon/Rd.,
#   Subdistrict/Tambon/Khwaeng, District/Amphoe/Khet, Province/Changwat), an address
#   word's dot no sentence end, ending at the first comma-parted piece that is no
#   address's (a small-letter phrase, a phone, an ID, an e-mail) or after its postal
#   code: plain_google_translated 16/16.
# Every style now at the harness's target: no floor of its own.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=350)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 0 of 350 at first sight: held at none.
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
