"""An app's export of reports on a map: its address column is the pin's, not a home.

A city-problem app (Traffy Fondue and its like) exports each report with the pin's
coordinates and the place the map gives for them: ticket_id | type | comment | coords |
address | ... | reporter_name | reporter_phone (set 94). The address there is where the
broken road or the blocked drain is, never where the reporter lives; with a column of
coordinates beside it, it is read as no field (a clerk sees it in the sheet).
"""

from __future__ import annotations

import re

__all__ = ["PIN_PLACE", "with_pin_place"]

PIN_PLACE = "location"  # the caption the pin's address is given instead: no field's label
# A column of map coordinates: "coords", "lat,lng", "latitude", "พิกัด", "GPS".
_COORDINATES = re.compile(
    r"coord(?:s|inates?)?|lat(?:itude)?\s*[,/_]?\s*(?:lng|lon|long|longitude)?|พิกัด|gps",
    re.IGNORECASE,
)
# The place's column, by its plain caption (not the filer's own: "reporter_address").
_PLACE = re.compile(r"address|location|ที่อยู่|สถานที่(?:เกิดเหตุ)?", re.IGNORECASE)


def with_pin_place(head: list[str]) -> list[str]:
    """`head` with its address caption renamed PIN_PLACE where a column of coordinates
    stands in the same row; else `head` as it is."""
    if not any(_COORDINATES.fullmatch(cell.strip()) for cell in head):
        return head
    return [PIN_PLACE if _PLACE.fullmatch(cell.strip()) else cell for cell in head]
