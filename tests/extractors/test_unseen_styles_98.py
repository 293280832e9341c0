"""Accuracy on a ninety-eighth set of requests written by others (issue 8): TREES, SOIL AND
FIRE, to เทศบาลเมืองกาญจนบุรี, เทศบาลเมืองสุพรรณบุรี, เทศบาลเมืองท่าม่วง, the เทศบาลตำบล
อู่ทอง and ด่านช้าง and the อบต. ลาดหญ้า, วังขนาย, บ่อพลอย, ท่ามะขาม, สวนแตง, ดอนเจดีย์ and
ศรีประจันต์ (Kanchanaburi, Suphan Buri): permits to cut or trim trees (a rain tree on the
power line, teak in a registered plantation, dead ยางนา at a resort, a neighbour's leaning
eucalyptus); notices to dig or fill land under พ.ร.บ.การขุดดินและถมดิน พ.ศ. 2543 (แบบ
ขด.1 typed in Thai digits, แบบ ถด.1 fillable, มาตรา 17 and 26); permits to burn cane stubble
and rice straw (a LINE chat an officer forwards, an e-service notification, a headman's
fillable form, a farmer's sheet); complaints and a villagers' petition about sand trucks.
Contractors (a ห้างหุ้นส่วนจำกัด's registration number, its man's ID and mobile), licensed
surveyors (ช.ร.อ.) and engineers (ภย./สย.) filing for land owners; โฉนด, น.ส.3ก., ส.ป.ก.
4-01, เลขที่ดิน, หน้าสำรวจ and ระวาง numbers, electricity accounts, plates, GPS points,
areas and depths beside the applicant's values.
Plain: a resident's iPhone mail, an officer's forward of a LINE chat history, a Gmail
complaint, a surveyor's fill notice, an owner's Android notice of a deep pond. HTML: a
contractor's Gmail (the owner's lines as a list), a resort's Outlook (the director signs,
a contact with her mobile, a signature table), an e-service's table, an iPhone reply over
the clerk's quoted mail. Word: a typed แบบ ขด.1 over dots in Thai digits mailed by the
engineer, an owner's หนังสือมอบอำนาจ to a contractor, a tree form in a table (the tree's
place another ตำบล), a petition with its co-signers' table. PDF: a fillable burn form
(applicant_*, plot_*, witness_*), a fillable ถด.1 (Thai field names, the owner's and the
ผู้ยื่นแทน's sections), an engineer's typed letter (his block top left), a resident's typed
complaint (her block top right). Sheets: a contractor's plot list (its head block, the
owner's rows), a farmer's burn sheet (a date cell, the headman's rows), a tree list with
the requester's block under it (labels in a row, values below).

unseen_requests_98.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28 (the person who asks;
for a body the natural person who signs), 31/63 (a service for one person asked by another
is the one it is for) and 37 (where only another's phone is given, phone `()`). So the
APPLICANT IS THE LAND OWNER, FARMER OR RESIDENT the permit or notice is for, never the
contractor, surveyor, engineer, officer or headman who files or mails it (their names,
IDs, licences, registration numbers, offices, mobiles and boxes never; e-mail `()` where
they send; the owner's phone only where written as his). A company: the director who signs
(no ID given: `()`), the company's office, line and box; its contact never. A complaint or
petition: the one who writes and signs; neighbours and co-signers never. Address: where the
applicant lives, never the plot, the tree's place, the burn plot, a filer's office.
Deed, parcel, survey page, map sheet, licence, registration, electricity account, permit,
request and plate numbers, GPS points, areas and depths are never an ID or a phone. Thai
digits are the same values. Same harness (unseen_harness.py) as the other sets. Run with
`-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_98 import KIND, build_set

FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # before any run

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
