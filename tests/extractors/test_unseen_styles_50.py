"""Accuracy on a fiftieth set of requests written by others (issue 8): SEARCHABLE SCANS.
Each mail carries one PDF that is a scan or a phone photo of a paper request form with
an invisible text layer under the picture (render mode 3, at the words' places) as
CamScanner, Adobe Scan, Microsoft Lens, a copier's searchable PDF, ABBYY FineReader or
ocrmypdf write it. The layers hold what those apps' OCR read: right in the controls (a
clean layer; a form in Thai numerals read right) and, in the other styles, with the
misreads real layers have: every tone mark dropped, ล for ส, one digit of the ID or of
the mobile wrong, O for 0 and l for 1, long words split, captions first then values (a
two-column form), a layer over the top of the page only, a Latin-only layer over Thai,
sara am as nikhahit + sara aa, the printed captions read and the handwritten values
not, a phone photo whose layer misreads a digit of the birth year, one whose layer
misreads a letter of the surname. One control has no layer at all (a copier's scan).

unseen_requests_50.py was written before reading `extractors/`, `intake/` or `config/`.
Conventions written down before measuring: every expected value is what the PAPER says
(what a clerk reads on the page's picture), never what the layer says: a value read from
a wrong layer is wrong, silent unless the field is flagged for a look. The applicant's
own name, ID, birth date, phone and home (the one who signs the form); no e-mail is
scored (none is on the paper); Thai numerals are expected as Arabic digits. Same
harness (unseen_harness.py) as the typed sets. Run with `-s` to see the table per style
and kind.
"""

from __future__ import annotations

import os
import shutil

import pytest
from ocr_sample import pages_to_read, what_was_read
from parallel_reads import OCR_SETS
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_50 import KIND, build_set

IN_CI = os.environ.get("CI") == "true"
# Scans: the pages without a usable layer go through tesseract, so the set runs with the
# other OCR sets (one after another, not beside them: parallel_reads.OCR_SETS).
pytestmark = [
    OCR_SETS,
    pytest.mark.skipif(
        (shutil.which("tesseract") is None or shutil.which("pdftoppm") is None) and not IN_CI,
        reason="needs tesseract (tha) and pdftoppm (in CI their absence fails)",
    ),
]

# First sight, before any reader was read or changed (OMP_THREAD_LIMIT=1 PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_50.py -s -p
# no:randomly, set at d9bc46a on main's 26ee6a8, 163 s on a shared 2-core machine), 16
# styles, 32 requests, 224 fields: 200/224 right (0.893), 21 wrong flagged, 0 wrong
# without a flag (0.000%), 3 missing; every right value is flagged for a look too. By
# kind (right/fields; flagged, silent, missing): control 40/42 (2, 0, 0), layer 136/154
# (15, 0, 3), photo 24/28 (4, 0, 0).
# Silent: none. Every value read from a wrong layer carries a flag.
# Right: the clean layer, the scan with no layer (OCR'd), the two-column form whose layer
# holds captions first, the layer over the top of the page only, the Latin-only layer and
# sara am stored as nikhahit + sara aa: 14/14 each.
# Misses by cause (every one listed):
# - the layer's misread taken as the value, flagged (18): tones dropped (2 names:
#   'นายสมศักดิ เสือสงา', 'นางสาวกาญจนา สองแสง'; 1 address 'ถนนติวานนท'); ล for ส (1 name
#   'นายลมศักดิ์ เลือลง่า'; 2 addresses 'ศรีละเกษ', 'ซอยลุขุมวิท'); the mobile's misread
#   digit (2: +66925513836 for 0925518836, +66872236515 for 0872236615); l and O for 1 and 0
#   in the address (2: 'l6 ... 73llO', '... 5OlOO' - the other numbers were right); split
#   words (2 names 'นางสุ ดใจ ศรีสวั สดิ์', 'นายธี รวัฒน์ สร้อย สุวรรณ'; 2 addresses
#   'ตำบลแ จระแม', 'ตำบลห้ วยทราย ... จังหวั ดนครปฐม'); the birth year's misread digit on the
#   photos (2: 1995-04-03 for 1990-04-03, 1951-12-01 for 1956-12-01); the surname's
#   misread letter on the photos (2: 'ลร้อยสุวรรณ', 'ม้อยเนื้อ').
# - the ID whose layer digit is wrong (check digit fails): no ID at all, missing (2); the
#   picture's right ID was not taken instead.
# - Thai numerals kept in the address ('๕๕/๑๒๐ ... ๑๑๐๐๐'), flagged (2); ID, birth date,
#   phone and postal code in Thai numerals were read as Arabic digits.
# - handwritten values under a captions-only layer (read from the picture): one birth date
#   missing; one address cut ('64 หมู่ท 8 ... เมืองขอนแก่น', no province line), flagged.
# No builder slips found: the layers were printed (pdftotext) and each miss is the misread
# put in its layer, or a value read off the picture.
# After fix50 (extractors/pdf_ocr_layer.py: the layer checked against the picture's own
# OCR, field by field; same command): 222/224 right (0.991), 1 wrong flagged, 0 silent,
# 1 missing; by kind control 42/42, layer 152/154 (1, 0, 1), photo 28/28. Left: the
# handwritten values under a captions-only layer are the picture's reading alone (no
# layer value to check): one birth date missing, one address cut before its province
# line (flagged) - the OCR child's reading of handwriting.
# Floors: the default (0.99) but for what is left; the silent share held at 0.
FLOORS: dict[str, float] = {
    "layer_captions_only": 0.857,  # first 12/14, after fix50 12/14
}

HELD_OUT = HeldOutSet(build_set, FLOORS, lambda cases: pages_to_read(cases, KIND.__getitem__))


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=32, styles=16, fields=220)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    print(what_was_read(HELD_OUT.read, HELD_OUT.cases))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 0 of 224 at first sight: held at none.
    HELD_OUT.assert_silent_at_most()
