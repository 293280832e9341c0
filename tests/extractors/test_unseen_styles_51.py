"""Accuracy on a fifty-first set of requests written by others (issue 8): AN ORDINARY
WEEK'S INBOX of a SOUTHERN เทศบาลตำบล / อบต. (Pattani, Yala, Narathiwat, Songkhla, Satun,
a few from Phuket, Krabi, Trang, Nakhon Si Thammarat), each kind in its usual real shape,
so that first sight estimates the typical rate. Muslim Thai names of Malay origin (long
first names, นายหะยีมะแซ whose registered name holds หะยี, a ฮัจญี who signs so), a
Phuket Thai-Chinese shop owner; villages written บ้าน.../กำปง... between หมู่ and ตำบล;
mosques, pondoks, บาลาเซาะห์ and ตาดีกา in free text; Malay words in greetings and
thanks (อัสสลามูอะลัยกุม, ตรีมอกาเซะ, วัสลาม), one request in Malay and English with
English labels. Kinds: plain (a grandchild on a phone, a flood victim vouched for by the
imam, the agency's quoted template filled in a reply, a son in Malaysia forwarding, the
mosque's เมาลิด venue request with a Hijri date, the Malay/English one, a road repair,
ภาษีป้าย with the shop's line); HTML (Gmail on a phone, Outlook with a teacher's
signature, Yahoo Mail's markup, the agency's web form table); Word (คำร้องทั่วไป with
dotted leaders, a wedding letter, the disability allowance table with the carer's row);
ODT (a pondok's letter signed by its โต๊ะครู, a flood form table); PDF exported from Word
(หนังสือรับรอง, เบี้ยยังชีพ with a proxy, ผู้ประสบอุทกภัย with a bank account, ภ.ป.1 with the
sign's location).

unseen_requests_51.py was written before reading `extractors/`, `intake/` or `config/`
(only the harness, the tests and builders of sets 48 and 49, the helpers they import and
the earlier sets' first docstrings). Conventions written down before measuring: the
applicant's own values only: the elder, never the grandchild who types or the son who
forwards (his Malaysian mobile), the imam who vouches, the proxy, the carer, the couple
or the imam named in a wedding letter; the เมาลิด request's applicant is the committee
member who signs it; the pondok's letter's is its โต๊ะครู, at the pondok's address. Name:
as registered with its title; a hajji's ฮัจญี in a signature is no part of it, the หะยี
of a registered first name is. Phone: her own mobile, expected only when she gives one;
where she gives a shop's, school's or pondok's line beside it, either is right. E-mail:
hers only, expected where she gives one or sends from her own box; a kin's, a son's, a
pondok's or a web form's From never. Address: her home, with or without the village she
writes after หมู่; never the sign's location on ภ.ป.1. A water level, a sign's size, a
road's length, a bank account, a pole number, a Hijri or a flood's date are never a
phone, an ID or a birth date. Same harness (unseen_harness.py) as the other sets. Run
with `-s` to see the table per style and kind.
"""

from __future__ import annotations

from unseen_harness import HeldOutSet, by_kind
from unseen_requests_51 import KIND, build_set

# First sight: not yet measured.
FLOORS: dict[str, float] = {}
FIRST_SIGHT_SILENT = 0.0

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=42, styles=21, fields=280)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    HELD_OUT.assert_silent_at_most(FIRST_SIGHT_SILENT)
