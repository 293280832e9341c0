"""Accuracy on an eighty-second set of requests written by others (issue 8): FOREIGN
RESIDENTS WHO WRITE IN ENGLISH, AND THEIR THAI FAMILIES, to เมืองพัทยา and the Nong Prue /
Na Kluea area (Bang Lamung, Chonburi), เทศบาลเมืองหัวหิน (Prachuap Khiri Khan), เทศบาลนคร
ภูเก็ต and เทศบาลตำบลกะรน (Phuket) and เทศบาลนครเชียงใหม่. British, German, American, Irish,
Swedish, Australian, Japanese, French and Canadian retirees, spouses of Thais, teachers and
small business owners: requests wholly in English, half English half Thai, and Thai
written by a Thai spouse or a translator for the foreigner. English labels (Full name,
Name-Surname, Given name(s) + Family name, Passport No., Date of Birth "15th March 1958",
DOB (MM/DD/YYYY), Tel, Mob., Mobile (TH), Address in Thailand), "Mr. John Michael SMITH"
and "SMITH, John Michael", condominium rooms, a home address abroad, a mobile abroad beside
the Thai one, pink-card numbers starting 6 or 0, the Thai spouse's ID, birth date and
phone, a translator's, a law firm's, a condo juristic manager's and an expat club
volunteer's values, visa, work-permit, TM30, ทร.14 book and company numbers.
Plain: a retiree's iPhone mail, a Thai wife's mail for her husband, a teacher's half-and-
half mail, a reply above the desk's quoted answer, a translator's mail. HTML: a Gmail
table with given and family names apart (the spouse's rows after), a shop owner's Outlook
signature (company number and line), the city's English e-service notification, a condo
juristic office's Outlook, a wife's forward of her husband's mail. Word: an English
letter (address block on top, "SMITH, John" signature), a bilingual ทร.13 form (the house
owner's rows), a law firm's English letter, a certified translation (the translator's
certificate). PDF: a fillable bilingual form (English field names, a spouse section), a
typed English letter (home abroad on top), a Thai wife's typed letter. Sheets: an expat
club's intake sheet, a household sheet, a bilingual one-row sheet.

unseen_requests_82.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37, 39, 47,
70: the APPLICANT is always the foreign resident the request is for, whoever writes (his
Thai spouse, a translator, a lawyer, a condo manager, a club volunteer: their names, IDs,
birth dates, phones, boxes and offices never his; phone and e-mail `()` where only theirs
appear). full_name: given names then family name as the passport orders them, with or
without Mr./Mrs./Ms., the family name as typed or in capitals, "FAMILY, Given" as typed,
a Japanese name either way round, the Thai-script name he gives (with or without its
title), or both. national_id: his pink-card 13 digits (6 or 0 first) where given, else
`()`; passport, visa, work permit, TM30, house book and company numbers never.
birth_date: ISO from his Christian-era date (ordinals, month names, DD/MM or MM/DD only
where the day is over 12). phone: his Thai mobile or his number abroad (E.164). Address:
where he lives in Thailand (condo and room included), in Thai or in English as typed (with
or without the English province and postal code); his home abroad, a shop's, an office's
never; province by its Thai name. Same harness (unseen_harness.py) as the other sets. Run
with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_82 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=290)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
