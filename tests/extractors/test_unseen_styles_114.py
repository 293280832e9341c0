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

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # before the first sight

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=270)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
