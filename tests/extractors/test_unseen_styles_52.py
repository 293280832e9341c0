"""Accuracy on a fifty-second set of requests written by others (issue 8): AN ORDINARY
WEEK OF A BANGKOK DISTRICT OFFICE (สำนักงานเขต) AND OF THE BIG CITY MUNICIPALITIES
(เทศบาลนครนนทบุรี, เชียงใหม่, หาดใหญ่), urban people and urban addresses as they are
really written: condominium rooms ("คอนโด... อาคาร B ชั้น 12 ห้อง 1205"), housing estates
with their own ซอย and a หมู่, sois with names, numbers and แยก ("ซ.ลาดพร้าว 71 แยก 8"),
แขวง/เขต, the province as กรุงเทพฯ, กทม., กรุงเทพ, กรุงเทพมหานคร or bare ("นนทบุรี").
Plain: a Gen-Z noise complaint (no spaces, English, emoji, "น.ส."), a flooded soi, a
tenant on street vendors naming the room's owner (his phone and address), a dog's
registration (the dog's birth date and microchip after hers), ทะเบียนพาณิชย์ for an
online shop, ภาษีที่ดิน (a let townhouse's title deed and address, her current one to
send the bill to). HTML: Outlook from the company (signature with the company's address,
switchboard and extension, her mobile, a disclaimer), an Outlook reply above the
district officer's quoted mail and signature, Gmail's div-per-line with emoji, a city
web form's table (case number, lat/long), Apple Mail's <br> lines. Word: the district's
template as a table with the address in parts, a building-permit letter (the engineer's
licence and phone, a title deed), a noise petition with a table of co-signing
neighbours, a Google Docs .docx with soft line breaks. PDF: แบบ ทพ. from Word (the
shop's own address), a Google Docs letter (sender's block top right over two lines), a
Canva form (labels and values as separate boxes, the juristic office's phone in a
footer), ภ.ด.ส.10 (the taxed land's location). Sheets: the vendor form (labels in A,
values in B), an office record row (the request's date beside her birth date).

unseen_requests_52.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 48 and 49, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
applicant's own values only, never the room's owner's, the company's, the engineer's,
the neighbours', the district officer's or the juristic office's; her name with its
title ("น.ส." as typed right too); phone her own mobile, never a switchboard; e-mail
hers, her work mailbox when it sends the mail, never a no-reply form's; birth date only
where she gives it, never a dog's or a bill's date; the address where she lives, what
names the dwelling (project, อาคาร, ชั้น, ห้อง; หมู่บ้าน and its ซอย) part of it, with or
without เลขที่ and with or without the province (as typed or official) and postal code;
where a form asks a registered and a current one either of hers is right; the taxed
property's, the shop's, the company's and the owner's addresses are never hers; the
province by its official name. Same harness (unseen_harness.py) as the other sets. Run
with `-s` to see the table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_52 import KIND, build_set

# First sight: not yet measured.
FLOORS: dict[str, float] = {}
FIRST_SIGHT_SILENT = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=260)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(FIRST_SIGHT_SILENT)
