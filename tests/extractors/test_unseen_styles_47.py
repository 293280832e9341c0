"""Accuracy on a forty-seventh set of requests written by others (issue 8): PEOPLE AND
SITUATIONS earlier sets hold little of: foreign residents in English and in Thai and
English mixed (romanised names with Mr./Ms., an alien's ID from 6 or 8, birth dates in
the Christian era, the Thai address from the house book, a bilingual PDF form); shop
owners asking for themselves with the shop's juristic tax ID, landline and address in
a signature, on a Word letterhead or in an HTML phone signature; monks (พระมหา,
พระอธิการ, ฉายา, lay surname, ใบสุทธิ, the temple as home, a Word form split into
title/name/ฉายา rows) and novices with the abbot as guardian; a headman writing for a
villager from his own mail and a kamnan's certificate in a PDF; teachers filing for
their school (its 10-digit code, landline, address); ranks short (ร.ต.อ., จ.ส.อ.) and
written out, ว่าที่ ร.ต., ผศ.ดร.; a two-word family name (ณ ลำปาง) and a married name
with the maiden name after it; a phone's LINE-style mail with emoji and sticker text;
zero-width spaces, soft hyphens and no-break spaces; a label typed in the wrong layout
and an e-mail typed in the Thai layout, each typed again; a misspelt label; replies
thanking the agency, plain and Outlook HTML, above its quoted answer.

unseen_requests_47.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 45 and 46, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
applicant's own name, ID, birth date, phone, e-mail and home only (the foreigner, the
owner as a person, the monk or novice, the villager, the teacher who files, the officer,
the one who replies); a name with its title, rank or academic title as written (with or
without a space after it, a rank written out or short), a monk by his name and ฉายา, a
foreigner with or without Mr./Ms. or in the Thai script he gives; a shop's tax ID, a
school's code, a ใบสุทธิ, an officer's card, a headman's, kamnan's or abbot's ID or
mobile, a shop's, school's, temple's, station's or the agency's landline are never hers;
a monk's or novice's home is his temple (its name before the address accepted); no
phone expected of one who gives none; a foreigner's birth date in the Christian era.
Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table per
style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_47 import KIND, build_set

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=46, styles=23, fields=300)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
