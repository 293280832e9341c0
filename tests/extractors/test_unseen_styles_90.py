"""Accuracy on a ninetieth set of requests written by others (issue 8): NUISANCE AND
NEIGHBOUR COMPLAINTS (เหตุเดือดร้อนรำคาญ under พ.ร.บ.การสาธารณสุข พ.ศ. 2535) AND MUNICIPAL
SERVICES, to เทศบาลเมืองสิงห์บุรี, เทศบาลตำบลบ้านหมี่, อบต.ถลุงเหล็ก, อบต.ไม้ดัด and อบต.โพกรวม
(Lop Buri, Sing Buri): smoke from burning rubbish and straw, a pig farm's smell and
wastewater, a karaoke shop's noise (the nights and hours, its owner's phone and 13-digit
business registration), a neighbour's dogs (photos' captions with dates, times and GPS),
broken street lights (pole numbers, GPS, an asset code), uncollected rubbish (the fee's
receipt numbers), a blocked drain (a reply over the clerk's quoted mail), a village water
supply (meter numbers, 10-digit water account numbers, receipts, readings). The
complainant names the offender (name, house number, phone, registration), asks not to be
named (ขอปกปิดชื่อ), writes for several households with their list; a village headman
(ผู้ใหญ่บ้าน) forwards a villager's complaint (a LINE chat pasted, a letter in Thai digits, a
typed letter with his own ID).
Plain: an iPhone mail, a headman's forwarded LINE chat, Android Gmail, webmail, Outlook.
HTML: Gmail with photo captions, Outlook with a households' table, the city's e-Service
notification (v2's name "ไม่ประสงค์ออกนาม"), a Gmail reply over the clerk's quoted mail.
Word: the city's complaint form on dotted lines, a headman's letter, a households'
petition with its table, a letter headed "ขอให้ปกปิดชื่อผู้ร้องเรียน". PDF: fillable
(complainant_*/respondent_* fields; a water form's user_*, account_no, meter_no), typed (a
complainant's block top right; a headman's block top left). Sheets: a list of broken
poles under the reporter's block, households' rows under the ผู้ยื่น's block, a water
user's readings under her block.

unseen_requests_90.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import, the
earlier sets' first docstrings and set 84's test comments). Conventions written down
before measuring (the builder's docstring and WHO say them per style), following sets 28
(the person who asks), 31/63 (the villager, not the headman who files for him) and 37
(only another's phone: phone `()`): THE COMPLAINANT IS THE APPLICANT, also where she asks
not to be named but gives her name and contacts (the clerk must reach her; hiding her
from the offender is the office's duty); where she gives no name at all, full_name and
national_id `()`, her phone, box and home still hers. The OFFENDER (neighbour, farm's or
shop's owner: name, house, phone, registration) never. A headman who forwards: the
villager (name, ID, home); the headman's name, ID, phone, box never (the villager's phone
and e-mail `()`). Several households: the one who writes and signs for them; the list's
others never. The clerk in a quoted mail, the water committee's chair never. Address the
complainant's home, never the offender's, the farm's, the pole's or the drain's place.
Pole, meter, water account, receipt, registration, asset and complaint numbers, GPS and
hours never an ID or a phone; birth date only the complainant's, scored where she gives
it. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the table
per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_90 import KIND, build_set

# First sight: not yet run.
FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
