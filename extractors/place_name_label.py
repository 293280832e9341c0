"""A label that names a building or a place by its name: "ชื่อหอพัก", "ชื่ออพาร์ตเมนต์",
"ชื่อหมู่บ้าน", "ชื่อโครงการ" (a landlord's sheet for a dormitory's refuse fee, set 117, an
address form's village box). The words after ชื่อ say whose name it is: a dwelling's, an
estate's or a project's, never a person's. Read by the label matcher before the near
readings, which took "ชื่อ" with a short tail for the person's name's label and ranked it
over the landlord's own longer "ชื่อเจ้าของหอพัก"."""

from __future__ import annotations

import re

from extractors.address_parts import DWELLING_WORDS

# what a place is called by, after ชื่อ: a dwelling (DWELLING_WORDS: a dormitory, a flat,
# a condominium, a housing estate...), a project, a hotel or a resort; and a sports team's
# or club's ("ชื่อทีม | <place> เอฟซี" above its manager's row, set 123); without the
# thanthakhat, as a canonical label is written ("อพาร์ตเมนต์" is "อพารตเมนต")
_PLACE_NAMED = re.compile(
    "ชื่อ(?:" + (DWELLING_WORDS + "|โครงการ|โรงแรม|รีสอร์ท|ทีม|สโมสร").replace("\u0e4c", "") + ")"
)


def names_a_place(form: str) -> bool:
    """Whether a canonical label ("ชื่อหอพัก") asks a building's or a place's name."""
    return _PLACE_NAMED.match(form) is not None
