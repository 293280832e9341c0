"""Accuracy on a thirty-sixth set of requests written by others (issue 8): THE BYTES AND
STRUCTURE OF REAL THAI MAIL: TIS-620, windows-874 and ISO-8859-11 bodies, declared right,
wrong (cp874 as ISO-8859-1, UTF-8 as TIS-620) or not at all; RFC 2047 words split
mid-character, RFC 2231 Thai file names; quoted-printable cut inside a character, base64
in odd lines, format=flowed; empty or "open with HTML" plain parts, plain and HTML that
disagree, inline images, message/rfc822 forwards, Outlook replies with Thai quote
headers, Gmail forwards, iPhone mail, LINE and Facebook chats pasted in, .txt and .htm
attachments in cp874; Thai out-of-office replies and bounces.

unseen_requests_36.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 33 and 35, the helpers they import and
the earlier sets' docstrings and style names). Conventions written down there: what the
citizen wrote counts, decoded as their own client showed it; a forwarder's note, a
headman's covering letter, the agency's quoted text and signature are not the citizen's;
values typed into the agency's quoted template are; where plain and HTML disagree the
HTML is right; in a pasted chat only the citizen's lines count. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_36 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_36.py -s -p
# no:randomly, set at c1f0452 on main's 1a47552), 22 styles, 44 requests: 351/352 right
# (0.997), 0 wrong flagged, 1 wrong without a flag (0.284%), 0 missing (0 n/a); 101 of
# the right values flagged for a look (most on the paragraph variants). By kind
# (right/fields; flagged, silent, missing): charset 128/128, encoding 64/64, structure
# 63/64 (0, 1, 0), quoting 64/64, attached 32/32. Outcomes 6/6 (both Thai auto-replies,
# both bounces, the message/rfc822 forward and the cp874 mail without Content-Type read
# as requests).
# Silent, 1: rfc822_attached_forward phone (variant 1: the headman's covering note "โทร
# 091-775-0283" above a message/rfc822 whose UTF-8 HTML request, a paragraph, gives the
# villager's "ติดต่อกลับได้ที่หมายเลข 0628840175"; the forwarder's number taken for the
# applicant's, no flag. Variant 0, the same note over a TIS-620 labelled request, right).
# Flagged: none. Missing: none.
# Right everywhere: TIS-620, "TIS620", windows-874 and ISO-8859-11 bodies; cp874 declared
# ISO-8859-1 (8bit and QP), with no charset, with no Content-Type or MIME-Version and a
# raw cp874 subject; UTF-8 declared TIS-620 and windows-874; HTML whose charset is only
# in <meta>; Outlook Express alternatives; RFC 2047 words split mid-character (TIS-620 Q,
# UTF-8 B); QP cut inside characters; base64 in 58- and 70-character lines; format=flowed
# delsp=no (label and value split) and delsp=yes (a word split); empty and "open with
# HTML" plain parts; the stale plain part (the HTML's phone and e-mail taken); Outlook's
# and Apple's inline-image nesting; the Outlook reply (own request quoted, and the
# agency's template filled in under Thai quote headers); Gmail forwards (English and Thai
# separators, the daughter's phone not taken); iPhone mail; LINE and Messenger chats;
# .txt in cp874 (RFC 2231 names in UTF-8 and windows-874) and Word .htm attachments.
# No builder slips found: the silent phone's expected value is in the attached mail and
# the read one is the headman's (his note says "ผม" though HELPERS[3] is titled นาง; no
# value depends on it, left as built).
# Cost: related_inline_images' two mails take 10-17 s each under load (~10 on 2 cores):
# their 12x12 inline logo PNGs are sent to OCR. The other 42 mails read in 0.9 s.
# Fixes (lead, after first sight): the inline logos are not read (an image smaller than
# a line of a few letters; extractors/ocr.py, test_ocr_tiny_images.py): this test 28 ->
# 7 s. A mail's own text over an attached message that gives more of the applicant's
# fields is the forwarder's note, its values the forwarder's
# (extractors/attached_forward.py, test_attached_forward.py, seen failing first): 352/352
# (1.000), 0 flagged, 0 silent, 0 missing. Sets 4, 7, 17-20, 24, 25 (the others with
# attached messages), test_accuracy_styles, test_attached_forms_17: identical lines.
# Floors: every style at the harness's 0.99 and the harness's silent line (0).
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=44, styles=22, fields=340)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 1 of 352 at first sight (0.284%), 0 after the attached-forward fix.
    HELD_OUT.assert_silent_at_most()


@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
