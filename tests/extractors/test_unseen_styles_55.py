"""Accuracy on a fifty-fifth set of requests written by others (issue 8): AN ORDINARY
WEEK OF A RURAL ISAN อบต./เทศบาลตำบล (Roi Et, Kalasin, Sakon Nakhon, Ubon, Surin, Buriram,
Yasothon). Old-age and disability allowance registrations typed by a son, daughter or
grandchild working in Bangkok for a parent or grandparent in the village (the child's
own name, ID, phone and Bangkok address beside the elder's as ผู้ยื่นแทน / ผู้ดูแล), drought,
flood and storm aid for farmers (ทะเบียนเกษตรกร numbers, ธ.ก.ส. accounts, ไร่-งาน-ตร.ว., the
plot's own หมู่), a village headman mailing for a villager, certifying one, and sending
lists; Isan words (ข้อย, เด้อ, บ่, แหน่, แม่ใหญ่, พ่อใหญ่), Khmer/Kui-origin surnames in
Surin and Buriram (สมานรัมย์, เจริญรัมย์, กะการดี, แก้วประโคน); homes written บ้าน<name>
หมู่ <n> with no road, the village before or after the หมู่, two with no house number;
births known by the year alone (พ.ศ. 2490, -/-/2492) or typed in Thai numerals; elders'
IDs opening 3; a phone the whole family shares. Plain: a daughter's phone mail, a son's
disability request (Thai-numeral birth date), a farmer's own drought mail in Isan, a
headman for a villager, a grandchild's mail all in Thai numerals, an elder's voice-typed
flood prose. HTML: Gmail lines with the child's Bangkok signature, Yahoo's three-column
table (the disabled elder | the carer), a drought plots table, an elder's own Yahoo, a
reply above the officer's quoted question and signature. Word: the อบต.'s allowance form
in parts with the ผู้ยื่นแทน section, the disability form over dotted leaders, กษ.01 with
the plots, a headman's หนังสือรับรอง. PDF: the allowance form with the ผู้ยื่นแทน lines, a
son's letter with HIS Bangkok address as the sender's block, a storm-aid form. Sheets: a
headman's list of elders (the new one named in the mail and marked in หมายเหตุ), a
headman's list of five farmers naming none, the อบต.'s sheet with the elder's and the
ผู้ยื่นแทน's sections under the same labels.

unseen_requests_55.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 53 and 54, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
APPLICANT is the one the allowance or aid is for (the PARENT or grandparent, the
disabled person, the farmer, the villager a headman writes for), never the child's,
grandchild's, headman's or officer's values. Birth date ISO where a whole date is given;
where only the YEAR is known no whole date was given, so only no value or a flagged one is
right (an unflagged 1 January made up is silent). Phone the elder's own number under her
own caption, also when noted as the family's shared phone; not scored where she has none.
E-mail hers only where she sends from her own box. Address her home in the village from
the house number (or the village / หมู่ where there is none) to the อำเภอ, with or without
the village's name, เลขที่, province and postal code, in Arabic or Thai digits; the
child's Bangkok address, a field plot's place, the headman's post, the อบต.'s own address
never. In xlsx_headman_elder_list the applicant is the row the mail names (marked รายใหม่);
in xlsx_headman_drought_list, a list of five with no one named, there is NO applicant:
name, ID, phone and address are right only as no value or a flagged one (the province,
every row's, is expected). Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_55 import KIND, build_set

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
