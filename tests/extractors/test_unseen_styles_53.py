"""Accuracy on a fifty-third set of requests written by others (issue 8): AN ORDINARY
WEEK OF A NORTHERN อบต./เทศบาลตำบล (Chiang Mai, Chiang Rai, Mae Hong Son, Nan, Phrae,
Lampang, Phayao, Tak), its people as they are there: hill-tribe citizens (Akha, Lisu,
Hmong, Karen, Lahu, Mien) with names as registered ("นายอาเหล่อ เชอหมื่อ", "นางสาวหมี่ปา
แซ่ย่าง", แซ่ลี/แซ่จ๋าว), an elder with no surname ("นายจะแฮ", typed "(ไม่มีนามสกุล)"),
Thai Lue and Tai Yai names; 13-digit numbers that begin with 0, 6, 7 or 8 (check digit
valid); a birth registered as 1 January; villages (บ้าน.../หย่อมบ้าน...) after ม./หมู่ที่ or
before หมู่, หมู่ 15-24; คำเมือง (เจ้า, บ่, ป้อ). Plain: a ศศช. teacher typing a parent's
residence certificate, a son's or daughter's allowance request for an elder, a haze
complaint (PM2.5, a hotspot's lat/long), a headman's forward of a water request, a reply
filling the agency's quoted status template (the parents' names), wildlife damage (UTM,
a land document's number, baht), a รพ.สต. nurse's disability request (HN, caregiver,
the centre's line), a laterite road. HTML: Gmail's div lines with emoji, a LINE chat
pasted by the teacher, a headman's Gmail forward in a gmail_quote, a reply filling the
allowance template above the quoted blank one. Word: a residence form as a table with
a witness headman's ID and phone, the allowance form over dotted lines (13 spaced
digits, a bank account, the proxy), a water petition with a households table, the
wildlife damage form. PDF: the status form with the parents' IDs, the allowance form
with a proxy's ID and phone, a road letter with the sender's block top right over four
lines, a burning permit (the plot's หมู่ and lat/long). Sheet: the nurse's register row.

unseen_requests_53.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 51 and 52, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
applicant's own values only, the villager the request is for, never the teacher's, the
nurse's, the son's or daughter's, the headman's, a witness's, a parent's, a caregiver's,
a proxy's or the agency officer's; her name as registered, title + first name alone
where she has no surname (a note "(ไม่มีนามสกุล)" no part of it); the 13-digit number
whatever its first digit, never an HN, a bank account or a land document's number; phone
her own mobile only where she gives one; e-mail hers only (her From, or the From in a
forwarded header), never a helper's box; birth date ISO where a whole date is given,
never a fire's, a burning slot's or a chat's date; the address where she lives, with or
without the village, with or without the province and postal code; a plot's, a field's
or a road's place never hers; the province by its official name. Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style, per
kind of input and per kind of request.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_53 import KIND, REQUEST, build_set

# First sight: to be filled in after the first run (the set is committed before it).
FLOORS: dict[str, float] = {}
FIRST_SIGHT_SILENT = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=260)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    print("\n" + by_kind(HELD_OUT.table, REQUEST))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(FIRST_SIGHT_SILENT)
