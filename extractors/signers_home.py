"""A signer's home: his house number in the signers' list, the village the letter names.

    พวกข้าพเจ้าชาวบ้านบ้าน<village> หมู่ที่ 4 ตำบล... อำเภอ... จังหวัด... ขอให้ ...
    ลำดับ | ชื่อ-สกุล | เลขบัตร | บ้านเลขที่ | โทร
    1 | นาย... | 3-... | 4/2 | 08...

A village's petition (set 71) says once, for all who sign, the village they live in, and
gives each signer's house number in his row. A clerk writing to the one who asks puts the
two together: a house number alone reaches no one. The home so made is a guess of the
reader's (at the row's prose confidence: flagged), and its postal code the one Thailand
Post gives that ตำบล of that อำเภอ, where it gives one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, Provenance
from extractors.plausible import house_number_only
from extractors.thai_places import districts_named

__all__ = ["HOME_PUT_TOGETHER", "house_in_village", "signers_home", "village_named"]

HOME_PUT_TOGETHER = "house number in the signers' list, the village the letter names"
_PLACE = r"[\u0e01-\u0e4e]+"
# The signers as the village's people: "ชาวบ้าน(บ้าน<name>) หมู่ที่ 4 ตำบล... อำเภอ..."
# ... or as its citizens ("ข้าพเจ้าราษฎรหมู่ที่ 8 ตำบล...", a Word petition, set 107)
_VILLAGE = re.compile(
    rf"(?:ชาวบ้าน|ราษฎร)\s*(?:บ้าน{_PLACE}\s*)?(?:หมู่(?:ที่)?|ม\.)\s*(?P<moo>\d{{1,2}})\s*"
    rf"(?:ตำบล|ต\.)\s*(?P<t>{_PLACE})\s*(?:อำเภอ|อ\.)\s*(?P<a>{_PLACE})"
    rf"(?:\s*(?:จังหวัด|จ\.)\s*(?P<p>{_PLACE}))?"
)
_HOUSE = re.compile(r"\d{1,4}(?:/\d{1,4})?")
_HOUSE_HEAD = "บ้านเลขที่"
_CELLS = re.compile(r"\t|\s*\|\s*")


def village_named(texts: Sequence[str]) -> str | None:
    """The one village the texts say the signers are the people of, as an address's
    tail ("หมู่ที่ 4 ตำบล... อำเภอ... จังหวัด..."); None where none or several."""
    found = {
        (m.group("moo"), m.group("t"), m.group("a"), m.group("p") or "")
        for text in texts
        for m in _VILLAGE.finditer(text)
    }
    if len(found) != 1:
        return None
    moo, tambon, amphoe, province = found.pop()
    tail = f"หมู่ที่ {moo} ตำบล{tambon} อำเภอ{amphoe}"
    return f"{tail} จังหวัด{province}" if province else tail


def house_in_village(house: str, texts: Sequence[str]) -> str | None:
    """A signer's house number (his row's cell) with the village the texts name as the
    signers' ("4/2 หมู่ที่ 4 ตำบล... อำเภอ... จังหวัด..."); None where the cell is no house
    number alone or the texts name no one village."""
    village = village_named(texts)
    if village is None or not _HOUSE.fullmatch(house.strip()):
        return None
    return f"{house.strip()} {village}"


def signers_home(
    name: str, row: list[FieldCandidate], texts: Sequence[str], at: Provenance, confidence: float
) -> list[FieldCandidate]:
    """The address (and postal code) of the signer `name` whose row's candidates are
    `row`, put together from his house number and the village the texts name."""
    village = village_named(texts)
    if village is None:
        return []
    house = next(
        (c.value.strip() for c in row if c.key == "address" and house_number_only(c.value)),
        None,
    ) or _house_cell(name, texts)
    if house is None:
        return []
    m = _VILLAGE.search(f"ชาวบ้าน {village}")
    postal = _postal(m.group("t"), m.group("a")) if m else None
    where = at.model_copy(update={"label": HOME_PUT_TOGETHER, "method": "prose"})
    address = f"{house} {village}" + (f" {postal}" if postal else "")
    out = [FieldCandidate(key="address", value=address, provenance=where, confidence=confidence)]
    if postal:
        out.append(
            FieldCandidate(key="postal_code", value=postal, provenance=where, confidence=confidence)
        )
    return out


def _house_cell(name: str, texts: Sequence[str]) -> str | None:
    """The cell under บ้านเลขที่ in the table row (tabs or bars) holding `name`."""
    for text in texts:
        lines = text.splitlines()
        for k, line in enumerate(lines):
            if name not in " ".join(line.split()):
                continue
            head = next((lines[j] for j in range(k - 1, -1, -1) if _HOUSE_HEAD in lines[j]), None)
            if head is None:
                continue
            heads, cells = _CELLS.split(head.strip()), _CELLS.split(line.strip())
            col = next((i for i, h in enumerate(heads) if _HOUSE_HEAD in h), None)
            if col is not None and len(cells) == len(heads) and _HOUSE.fullmatch(cells[col]):
                return cells[col]
    return None


def _postal(tambon: str, amphoe: str) -> str | None:
    codes = {
        code
        for district in districts_named().get(amphoe, ())
        for code in district.subdistricts.get(tambon, frozenset())
    }
    return codes.pop() if len(codes) == 1 else None
