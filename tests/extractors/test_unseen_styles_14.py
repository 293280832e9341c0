"""Accuracy on a fourteenth set of requests written by others (issue 8): MAIL BODIES in
shapes sets 1-13 do not hold.

unseen_requests_14.py was written before reading `extractors/` or `config/` (only the
harness, the first set's helpers, README.md, DESIGN.md, docs/ and the earlier sets'
style names and docstrings were read): Windows-874 bytes declared UTF-8, charset aliases,
quoted-printable padded or not applied, UTF-16 and bare-CR bodies, Apple Mail's
text-image-text, a lying header charset; Word's tab-count spans and label paragraphs,
mso-hide and class-hidden examples, iOS divs, Apple Notes lists, a saved form's select
and textarea, bottom-posting; space-aligned header rows, hard-wrapped pairs, slashes,
bare numbered answers, bracket placeholders, polite particles, one-letter signature
labels, a friend's request forwarded below, machine translation, underlined labels,
hashtags, ( / ) ticks; former names, ว่าที่ร้อยตรี, a monk's Pali name, อ.เมือง, everyday
province names, commas with the postal code first, fancy and keycap digits, Unicode
dashes and spaces, numbers broken across lines, dotted numbers; a headman and a typing
shop sending for others.
A second batch of 8 styles was written after the first fixes, blind to their code, to
probe their neighbours. Same harness (unseen_harness.py) as the other sets.

Run with `-s` to see the table per style; it is also in every failure message.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet
from unseen_requests import Case
from unseen_requests_14 import build_second_batch, build_set

# First sight, before any reader was read or changed (CI=true pytest
# tests/extractors/test_unseen_styles_14.py -s), 40 styles, 80 requests: 491/586 right
# (0.838), 9 wrong flagged, 22 wrong without a flag (3.754%), 64 missing. Six of the
# misses were the set's own error (an e-mail expected in three styles whose bodies hold
# none; corrected, 580 fields). The 22 silent: a friend's request forwarded below one's
# own read instead of it (14), Outlook's mso-hide example ID and addresses (3), a
# space-aligned header row's labels read as the name (2), square-bracket blanks kept
# round the address (2), a typed === rule read into the address (1). The misses were
# mostly transport: quoted-printable soft breaks padded by a relay (10), UTF-16LE read as
# ASCII (8), a business-card signature (14). Table per style in /work/wt/set14-REPORT.md.
# Fixes (each commit names its style): a form typed above a forward is the sender's own;
# HTML styled out of sight is not read; typed rules, bracket blanks and spaced header
# rows; QP line-end padding (RFC 2045 6.7) and UTF-16; polite particles after names;
# mathematical and keycap digits; the postal code before the province; unlabelled
# addresses in numbered answers and " / " lists; business-card signatures and a name with
# its title after it. After them: 573/580 right, 2 wrong flagged, 0 silent, 5 missing.
# A second batch of 8 styles (tiny_font_example to space_header_row_empty_cell), written
# after those fixes to probe their neighbours, measured first 74/100 right (one set
# error corrected), 2 wrong flagged, 4 silent (particles glued to names, a spaced header
# row with an empty cell), 20 missing; after fixing it is 96/100, 1 flagged, 0 silent.
# Since set 29's leftovers (value_pieces.py): a date alone among " / " pieces that hold
# the person's ID or phone is read as the birth date, flagged (0.5): all styles 669/680
# -> 671/680, slash_separated_line 12/14 -> 14/14.
# Stop 38: a mobile a hard wrap cut after its first group, where a phone word stands
# before it ("เบอร์โทรศัพท์มือถือ 089" / "8120457"), joined back (wrapped_mobile.py);
# text under 2px or 2pt is no text a reader sees (html_text._HIDDEN_STYLE): 672 -> 676/680,
# id_broken_across_lines and tiny_font_example 14/14 each.
# Floors for what is left, each below issue 8's 0.99 for a reason:
FLOORS: dict[str, float] = {
    # an unlabelled date among unlabelled values may be any date: not taken as the birth
    # date (a wrong birth date read with confidence would be worse than none)
    "bare_values_by_number": 0.85,
    # a typing shop's own labelled phone in its footer wins over the customer's phone in
    # the letter's prose; flagged (low confidence), not silent
    "typing_shop_sends": 0.85,
    # values parted by ", " (commas also part an address's own pieces): not split
    "semicolon_values": 0.9,
}


def the_whole_set() -> list[Case]:
    return [*build_set(), *build_second_batch()]


HELD_OUT = HeldOutSet(the_whole_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=96, styles=48, fields=680)


def test_accuracy_per_style() -> None:
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # Issue 8's line (0.5%): first sight 3.754% (22 of 586); none after the fixes.
    HELD_OUT.assert_silent_at_most()
