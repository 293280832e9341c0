"""Accuracy on an eighty-eighth set of requests written by others (issue 8): COMMERCE
REGISTRATION (ทะเบียนพาณิชย์, พ.ร.บ.ทะเบียนพาณิชย์ พ.ศ. 2499) at เทศบาลนครเชียงราย and
เทศบาลเมืองพะเยา, by online sellers and small traders: registering a new shop (แบบ ทพ.),
changing its details (name, place, channels), closing it; shop names, Facebook pages, LINE
IDs (@shopname), Shopee and Lazada links, websites; PromptPay numbers (the owner's own
mobile, her 13-digit ID, a husband's mobile) and bank accounts; ordinary partnerships
(ห้างหุ้นส่วนสามัญ) with the partners' IDs and mobiles, a registered partnership's 13-digit
juristic number starting with 0; the shop's place (สถานที่ตั้งสำนักงานใหญ่) beside the owner's
home; an accountant, a daughter and a brother filing for the owner.
Plain: an iPhone mail (a new online shop), Android Gmail (closing), a daughter's Gmail for
her mother, a LINE chat with the town's LINE OA forwarded, a managing partner's webmail.
HTML: a Gmail table (the owner's rows, the shop's rows), an accountant's Outlook (a
change), the town's e-service notification, a Gmail reply over the clerk's quoted mail.
Word: the ทพ. on dotted lines, a partnership's change form with its partners' table, a
หนังสือมอบอำนาจ to a brother, a change of place as a label table (old and new places). PDF:
a fillable ทพ. (owner_*, shop_*, filer_*), a fillable closing form (Text1..Text9), a typed
ทพ., an accountant's typed letter on letterhead. Sheets: an accountant's list of clients
(the mail names ลำดับที่ 2), a seller's own label sheet, a partnership's list of partners
(the managing partner's row second).

unseen_requests_88.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 62 and 63, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring (the
builder's docstring and WHO say them per style), following sets 28, 31/63, 37 and 65/75:
the APPLICANT is the shop's owner who registers, changes or closes it; for an ordinary
partnership the managing partner who signs (the other partners never; the juristic number
never an ID); filed by an accountant or a relative, the owner (the filer's values never:
phone and e-mail `()` where only the filer's appear). Address: WHERE THE OWNER LIVES, never
the shop's place, old or new, nor the partnership's office, the accountant's office. A
PromptPay number is the owner's phone or ID only where it is hers; a husband's never. Bank
accounts, registration and reference numbers, capital, shop IDs and the clerk's line are
never an ID or a phone; birth date only the owner's. Same harness (unseen_harness.py) as
the other sets. Run with `-s` to see the table per style and per kind of input.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_88 import KIND, build_set

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
