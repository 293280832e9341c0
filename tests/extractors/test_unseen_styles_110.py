"""Accuracy on a hundred-and-tenth set of requests written by others (issue 8): BUILDING,
ALTERATION AND DEMOLITION PERMITS (ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร: แบบ ข.1, the
permit อ.1 and its renewal) at the กองช่าง of เทศบาลนครขอนแก่น, เทศบาลเมืองมหาสารคาม and
เทศบาลเมืองกาฬสินธุ์: owners who ask, the architects (ภ-สถ/ส-สถ licences) and engineers
(สย./ภย./วย. licences) who design and supervise, the contractors who build or demolish
(a 13-digit juristic registration number, an office line, a manager's mobile and ID), the
neighbours who consent to a wall near the boundary (their names, IDs, homes, phones), a
grown child writing for an elderly owner, an architect's office, a contractor and a
contractor's proxy sending for the owner, a company building a warehouse.
Plain: an owner's iPhone mail (alteration; the engineer's licence and mobile), a LINE chat
forwarded (the owner's ID and home typed in the chat beside the contractor's registration
number, line and mobile), an architect's office sending the owner's ข.1 (its signature),
an owner's reply over the กองช่าง's quoted mail (the neighbour's name, ID and home first),
an e-service notification (the applicant's block, then the engineer's). HTML: an owner's
Gmail with a table of designer and contractor and the contractor's quoted mail, a
company's coordinator in Outlook (the director who signs and his ID, the company's office,
line and box in prose; the coordinator's signature), a web form's table in sections
(ผู้ขออนุญาต, ผู้ควบคุมงาน, สถาปนิก), a grown child's Gmail for an elderly parent. Word:
แบบ ข.1 typed (the address in the form's own boxes ตรอก/ซอย, ถนน, หมู่ที่, ตำบล/แขวง ...),
a neighbour's consent letter (the neighbour its ข้าพเจ้า; the owner's lines in the mail, her
ID in v1 only), a demolition request as a table (the demolisher's and supervisor's rows),
a power of attorney from the owner to the contractor's manager who mails it. PDF: a
fillable form with English field names (owner_*, designer_*, supervisor_*), a fillable
ข.1 with Thai field names (the ตัวแทน's section filled in v2 by the one who sends), an
owner's typed renewal letter (his block top right, the ID wrapped), a contractor's typed
letter on its letterhead. Sheets: an owner's checklist in sections, a neighbours' consent
list under the applicant's head block, a one-row register (the address in its columns).

unseen_requests_110.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28 (the person who asks;
the natural person who signs for a body), 31/63 (a request for one person sent by another
is the one it is for), 37 (only another's phone: phone `()`) and 56/60/63 (a company: the
director who signs, his ID; its office, line, general box). So the APPLICANT IS THE OWNER
WHO ASKS FOR THE PERMIT, never the architect, engineer, contractor, neighbour, clerk or
proxy; where another sends for the owner, phone and e-mail `()` (no value, or a flagged
one, is right). Address: where the applicant lives, never the building site (a plot by
its โฉนด), an office, the neighbour's home. Licence, deed, permit, request and receipt
numbers, a contractor's registration number, areas and baht sums are never an ID or a
phone; birth date only the applicant's where given (an age is none). Same harness
(unseen_harness.py) as the other sets. Run with `-s` to see the table per style and per
kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_110 import KIND, build_set

# Before the first sight: no floors yet (every style held at the target), silent not held.
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
