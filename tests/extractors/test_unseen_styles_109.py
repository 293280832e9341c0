"""Accuracy on a hundred-and-ninth set of requests written by others (issue 8): CHILD AND
ELDER CARE, to the เทศบาลเมืองยโสธร, the เทศบาลตำบลกุดชุม and the อบต. ทุ่งแต้, เดิด, ย่อ,
น้ำคำใหญ่ and หนองหมี (Yasothon), the เทศบาลเมืองอำนาจเจริญ, the เทศบาลตำบลพนา and the อบต.
นาจิก and นาหมอม้า (Amnat Charoen), the เทศบาลนครอุบลราชธานี, the เทศบาลเมืองวารินชำราบ, the
เทศบาลตำบลเขื่องใน and the อบต.กระโสบ (Ubon Ratchathani). Enrolling a small child at a
ศูนย์พัฒนาเด็กเล็ก (a mother's iPhone mail, a grandparent's LINE chat forwarded by the
centre's teacher, the ศพด.'s form over dotted lines in Thai digits, a fillable form with
child_* and guardian_* fields, a sheet with a column per person); school milk and lunch (a
school's Outlook mail for the term's budget signed by its director, with the coordinating
teacher's mobile, the school's code and bank account; a parent's Gmail reply over the
clerk's quoted mail complaining of spoiled milk or short lunches; a parent's sheet on a
pupil's milk allergy with a doctor's licence and an HN); the elderly school (a web form's
plain notification, filled by the elder or a grandson; a Word table with an emergency
contact; a wife's typed letter for herself and her husband); an elder living alone (a
niece's or nephew's Gmail, the city's e-service table with an อสม.'s or a neighbour's rows,
a daughter's or son's typed letter with her block top right and the mother's landline);
long-term care (a CG's monthly report from Outlook for Android, a fillable care plan in
Thai field names with the CG's, relative's and CM's fields, a CG's visit log with date
cells, a รพ.สต.'s letter asking a bathroom and a bed, signed by its director and naming
the CM); a grandmother asking the child support grant for a grandchild she raises (her
Gmail table; the aunt's Gmail list); a child-care teacher's บันทึกข้อความ asking aid for a
grandparent raising grandchildren (the children's table with their IDs).

unseen_requests_109.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the `Case` type, set 63's builder and test, set 62's test, the helpers
they import, set 84's test comments and the earlier sets' first docstrings). Conventions
written down before measuring (the builder's docstring and WHO say them per style),
following sets 28 (the person who asks; for a body the natural person who signs), 31/63
(a service for one person asked by another is the one it is FOR; set 64: a child's place
at a ศพด. is the child's), 37 (where only another's phone is given, phone `()`) and 95 (a
mother asking the newborn grant is the applicant). So the APPLICANT is: the CHILD whose
place at the ศพด. or milk substitute it is (her name with เด็กหญิง or ด.ญ., her ID, birth
date, home; phone and e-mail `()`), never the parent, grandparent or teacher; the ELDER a
home visit, a care report, a care plan, a CM's letter or an elderly school place asked by
another is for (her phone only where written as hers, her box only where she sends or
gives it), never the niece, nephew, son, daughter, grandson, อสม., neighbour, CG, CM,
relative or headman; the elder who enrols herself (her husband beside her never); the
GRANDMOTHER who asks the child support grant (the grandchild, the mother, the aunt who
sends never); the GRANDPARENT a teacher's memo names ผู้ขอรับความช่วยเหลือ; the PARENT who
complains (birth date not given: `()`; the child's never); for a school, its DIRECTOR who
signs (no ID: `()`), the school's place, line (or her own mobile) and box. Address where
the applicant lives (with or without the village's name, เลขที่, province, postal code);
never a school's (but for its director), a รพ.สต.'s, a hospital's or a writer's home
elsewhere. School codes, student numbers, HNs, CG certificates, อสม. cards, care plan,
request and letter numbers, milk lots, bank accounts, BP, ADL and DTX figures are never an
ID or a phone; birth date only the applicant's. Same harness (unseen_harness.py) as the
other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_109 import KIND, build_set

# First sight: not yet run.
FLOORS: dict[str, float] = {}
SILENT_NOW = 1.0  # before the first sight

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=40, styles=20, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(SILENT_NOW)
