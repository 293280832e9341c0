"""Accuracy on a fifty-fourth set of requests written by others (issue 8): AN ORDINARY
WEEK OF AN EASTERN INDUSTRIAL TOWN's agency (เทศบาล in Rayong, Chonburi, Chachoengsao: Map
Ta Phut, Sriracha, Bo Win, Pluak Daeng, Amata Nakorn, Ban Chang, Bang Pakong). Factory
workers registered at a home in Isan or the north but living here in a dormitory or a
rented room, so two addresses in one request (ที่อยู่ตามทะเบียนบ้าน / ภูมิลำเนา beside
ที่อยู่ปัจจุบัน / ที่อยู่ที่ติดต่อได้ / ที่พัก / มาอยู่ที่), the dormitory's name and room before
or after the house number. Plain: an HR officer's request for a worker from the HR
mailbox (her signature with the factory's address, switchboard, her own mobile), a
night-shift worker on a chemical smell, a move-in with the consenting house owner (his
name, ID, phone, home), a landlord on his dormitory's rubbish (the dormitory's address
apart from his home), a Thai co-worker typing for a Myanmar worker (pink card, name in
English and Thai, home town abroad), a flood claim (damages, a bank account). HTML: HR's
Outlook/Exchange table with both addresses as rows, a technician's Outlook (the factory
in the signature, his mobile there), Gmail's div lines for a move-in, the town's
e-service table from no-reply, Outlook for Android from a Lao/Cambodian worker, a
landlord's Gmail with a table of flooded tenants (names, rooms, phones). Word: the
town's residence-certificate form (the current address in parts), the company's
letterhead letter for an employee, a move-in with the owner's หนังสือยินยอม, a migrant's
flood form typed by the dormitory's office (Christian-era birth date). PDF: a flood
claim form, a landlord's letter (his home top right, the dormitory in the body), a
worker's letter (both addresses in prose). Sheets: HR's row (both addresses as columns,
employee number, shift), a flood claim as an A/B form.

unseen_requests_54.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 51 and 52, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
applicant's own values only (the worker a request is for, also when HR, a co-worker or
the dormitory's office types it; the landlord in his own request), never the HR
officer's, the HR manager's, the factory's, the house owner's, a tenant's, a co-typist's.
ADDRESS: as the town's clerk reads each form's own caption, the applicant's address is
where he or she lives in the town: ที่อยู่ปัจจุบัน, ที่อยู่ที่ติดต่อได้, ที่พัก, ที่อยู่ใหม่ /
"มาอยู่ที่" of a move-in, the flooded room; the ที่อยู่ตามทะเบียนบ้าน / ภูมิลำเนา / ที่อยู่เดิม
in Isan or the north, a migrant's home abroad, the factory's and the owner's home are
never accepted; a landlord's is his own home (ที่อยู่ผู้ร้อง / ที่อยู่ติดต่อ / the letter's
sender block), never the dormitory he owns. ADDRESS_RULE in the builder names the caption
per style. Accepted: house number (or the dwelling first) to the อำเภอ, dwelling and room
part of it, with or without เลขที่, province (as typed) and postal code; province and
postal code of that same address. Name with its title; a migrant's in Thai letters or in
English as on the pink card. A pink card's 13 digits (0 0...) with a valid check digit
are the ID; an employee number, a bank account never. Phone her own mobile only; email
hers only where she gives it or sends from her own box (a worker's own work mailbox is
hers; HR's, the dormitory office's, a co-worker's, a no-reply box never). Birth date
only where given, in either era. Same harness (unseen_harness.py) as the other sets. Run
with `-s` to see the table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_54 import KIND, build_set

# First sight: not yet measured.
FLOORS: dict[str, float] = {}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=260)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most()
