"""Accuracy on a hundred-and-seventh set of requests written by others (issue 8): ROADS,
STREET LIGHTS AND PUBLIC WORKS, to the เทศบาล and อบต. of นครนายก, ปราจีนบุรี and สระแก้ว
(เทศบาลเมืองนครนายก, อบต.ศรีจุฬา, อบต.เกาะหวาย, เทศบาลเมืองปราจีนบุรี, เทศบาลเมือง
กบินทร์บุรี, อบต.ท่าตูม, เทศบาลตำบลประจันตคาม, เทศบาลเมืองสระแก้ว, เทศบาลเมืองอรัญญิก,
เทศบาลเมืองวังน้ำเย็น, อบต.ท่าเกษม...). Dead street lights (pole numbers นย.04-118, GPS,
photos by file name and time), potholes and a road's shoulder fallen into a canal, a
driveway (ทางเชื่อม) from a plot to a public road (deed, land and survey numbers, the road's
code, the culvert's size, the contractor, the consenting neighbour's ID and house), speed
bumps before a school, cutting or boring under a road for a water main or a fibre cable
(the water authority's job and request numbers, the engineer's licence and mobile, a
coordinator), a trench left open by a contractor (its foreman's mobile, the fallen rider),
villagers' petitions with their signers (numbered lines, a Word table, a sheet; the
representative third, fourth or fifth), a village committee's requests (its table with
IDs and mobiles; a letter in Thai digits signed by the headman as chair, the assistant
headman as contact and sender), a contractor's reply over the municipality's quoted mail
(the complainant's name, house and mobile in the quote), a company's letterhead letter.
Plain: an iPhone mail (v2 the ID beside the call-back), a LINE chat with the อบต.'s
official account forwarded by its officer (v2 the phone in Thai digits), an Android Gmail
about a driveway, an Outlook-for-Android petition with six signers, the town's web-form
notification (name and address in parts). HTML: Apple Mail from an iPhone with inline
photos and captions, a contractor's Outlook reply over the quote, a village committee's
Gmail with its table, an e-Service notification table (the broken light's place a house's
full address). Word: a petition with its signers' table, a committee's letter in Thai
digits, a driveway form on dotted lines (the neighbour's consent), a company's letterhead.
PDF: fillable with English names (applicant_*, site_*, contractor_*) and with Thai names
(the address in parts), typed (a representative's petition with the signers' list; a
resident's complaint, her block top right). Sheets: a headman's list of dead poles, a
petition's signers under the coordinator's head, the town's repair form as a sheet (v2 the
ID a number Excel formats with 0).

unseen_requests_107.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, sets 62/63's builders and tests, the helpers they
import, set 84's test comments and the earlier sets' first docstrings). Conventions
written down before measuring (the builder's docstring and WHO say them per style),
following sets 28 (the person who asks; for a body the natural person who signs for it),
31/63 (a service for one asked by another is the one it is for), 37 (only another's
phone: phone `()`), 62 (a headman asking for his village) and 71 (a petition's
REPRESENTATIVE wherever he stands among the signers; his house number with the village
the letter names is his address). So: the resident who reports; the villager in a
forwarded LINE chat (never the officer: e-mail `()`); the plot's owner (never the plot's
place); the petition's ผู้แทน/ตัวแทน/ผู้ประสานงาน (never the other signers; e-mail `()`
where a daughter or a son sends); the headman who signs as the committee's chair (never
the secretary or assistant who sends: e-mail `()`; ID `()` where none is given); for a
contractor or a company the partner or director who signs (national_id `()`), the firm's
office, line and box (never the engineer, coordinator, the quoted officer or
complainant); a web form's filer. Pole, deed, land, job, contract, e-GP, request and
juristic numbers, licences, coordinates and the 1111 line never an ID or a phone; the
pole's, pothole's, plot's and dig's places never the address; birth date only the
applicant's. Same harness (unseen_harness.py) as the other sets. Run with `-s` to see the
table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_107 import KIND, build_set

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
