"""Accuracy on a seventieth set of requests written by others (issue 8): RESIDENTS WHO ARE
NOT (YET) THAI CITIZENS, AND THOSE WHO WRITE FOR THEM, at the border provinces' agencies
(เทศบาลนครแม่สอด and อำเภอแม่สอด, Tak; เทศบาลตำบลแม่สาย and อำเภอแม่ฟ้าหลวง, Chiang Rai;
เทศบาลเมืองระนอง; เทศบาลเมืองอรัญญประเทศ, Sa Kaeo; เทศบาลนครสมุทรสาคร). Migrant workers from
Myanmar, Cambodia and Laos (the pink card's 13 digits beginning 00, passports, work
permits), stateless and hill-tribe residents (numbers beginning 0, 6, 7), their names in
Thai script and romanised (Burmese, Khmer, Lao, Shan; some without a surname), birth
dates in Christian years or only a year, homes in workers' dormitories and camps; their
employers and HR staff, a shop owner, NGO staff and volunteer translators who write for
them; firms' own requests (a dormitory's licence and house number, a workers' camp, a
list of where the workers live); a worker's baby, a widow's deceased husband.
Plain: a worker's phone mail, HR's mail for a worker's baby's birth, a volunteer
translator's mail for a fisherman, a hill-tribe resident's request for her ท.ร.38ก record,
a worker's reply above the desk's quoted mail. HTML: HR's Gmail table (the worker's rows,
then HR's), a seafood firm's Outlook for its dormitory's licence, the e-service's complaint
notification (the ผู้ร้อง's and the ผู้กรอกแทน's sections), a stateless student's Gmail, a
shop owner's Outlook for his worker. Word: a firm's letterhead letter correcting a
worker's name, a translator's letter for a widow, a firm's request for a house number, the
district's form typed on dotted lines (the headman's certificate below). PDF: a fillable
residence certificate form (English field names, the employer's section), an NGO's typed
letter (its block top left), a fillable birth notice (the child's, mother's, father's
sections), a partnership's typed letter for a workers' camp. Sheets: a firm's list of its
workers (head block, then rows), an NGO's intake sheet for one worker.

unseen_requests_70.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37, 56/60, 65:
the APPLICANT is the one the request is for: the worker for a worker's matter, whoever
writes (his employer, HR, a shop owner, an NGO, a translator: their names, IDs, offices,
phones and boxes never; phone and e-mail `()` where only theirs appear); for a firm's own
matter, the director or managing partner who signs (his name, his ID where given), the
firm's office, line and general box (the workers on its list, HR's mobile, the dormitory's
or camp's site never). national_id: the person's own 13-digit number whatever its first
digit (00, 0, 6, 7) is expected; a passport or a work permit is never an ID (`()` where no
13-digit number of the applicant's is given); a child's, a husband's, a headman's, an
employer's number never. full_name: the Thai-script name, the romanised one (as written,
upper case, without its title) or both. birth_date: a whole date only (Christian or
Buddhist year), `()` where only a year is given; the child's, the husband's never.
Address: the dormitory, the camp, the village where the applicant lives (a firm's office
for its own matter). Same harness (unseen_harness.py) as the other sets. Run with `-s` to
see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_70 import KIND, build_set

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
