"""Accuracy on a seventy-ninth set of requests written by others (issue 8): THAIS ABROAD AND
THEIR FAMILIES AT HOME, writing to เทศบาลตำบลโนนสัง (Nong Bua Lamphu), อบต.ตูมใต้ (Udon
Thani), อบต.นาฝาย (Chaiyaphum) and สำนักงานเขตบางเขน (Bangkok). Workers in Taiwan (an ARC
number, a factory dorm in Taoyuan, +886 9xx), South Korea (외국인등록번호 of 13 digits,
+82 10), Israel (a moshav, a B/1 visa, +972 5x), Japan (在留カード, +81 90), Qatar and Saudi
Arabia (QID, Iqama, +974, +966); students in Tokyo and Taipei; Thai women married in Japan
or Germany; mothers, wives, sisters, brothers and fathers at home who write for them,
with their own IDs, birth dates and Thai phones; a power of attorney made at the Thai
trade office in Taipei, an embassy's certification of a signature, a Western Union MTCN
of 10 digits, an employer's letter forwarded, a foreign phone's mail UI.
Plain: a Taiwan worker's Android mail, a mother's mail for her son in Korea, an Israel
worker's reply over the อบต.'s answer, a Tokyo student's iPhone mail, a wife's Yahoo mail
for her husband in Qatar. HTML: a Korea worker's Gmail table, a Japan intern's Outlook
forward of his employer's letter, the district's e-Service notice (a marriage abroad), a
sister's Gmail list for her brother in Israel, a father's Gmail reply for his daughter in
Taiwan. Word: a power of attorney from Taipei to a mother, a worker's letter from Doha or
Riyadh, a surname change after a marriage abroad, a brother's letter for his sister in
Japan. PDF: the อบต.'s fillable notice of work abroad (a contact person at home), a
letter certified by the embassy in Seoul, a wife's typed letter on her husband's tax paid
from a remittance, a Tokyo student's typed letter. Sheets: the อบต.'s survey row (the
contact person's columns), a sister's payments sheet for her brother.

unseen_requests_79.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions (the builder's docstring and WHO, written
down before any run), after set 63's rule: the APPLICANT IS THE ONE THE REQUEST IS FOR,
never the relative who sends it (the son in Korea, not his mother; the husband abroad,
not his wife; the ผู้มอบอำนาจ abroad, not the mother he empowers; the woman married abroad,
not her foreign husband). Phone: his own foreign mobile, with its country code (a local
form such as 0912-345-678 is still Taiwan's: the Thai reading of it is wrong), and his own
Thai number where he gives one too; a relative's Thai number never (`()` where only hers
appears). Address: the Thai house-registration address, never the one abroad; province
and postal code of it. E-mail: his own box, a relative's `()`. Passport, ARC, alien
registration, visa, residence card, QID, Iqama, embassy reference, MTCN and slip numbers
never an ID or a phone; birth date only the applicant's, from B.E., C.E., 2002/04/15 or
2002年4月15日. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_79 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
