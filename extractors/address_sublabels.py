"""An address answer that still holds a form builder's sub-labels (set 29).

Jotform, WPForms and Gravity Forms mail their address field as one answer whose lines
each open with the box's own caption: "Street Address: 31/4 หมู่ที่ 7 / Street Address
Line 2: ตำบลหนองแก / City: อำเภอหัวหิน / State / Province: ประจวบคีรีขันธ์ / Postal / Zip
Code: 77110 / Country: Thailand". The captions are the builder's words, not the address:
the street lines and the city are the address, the state the province (written as a clerk
writes it, จังหวัด before it outside Bangkok) and the postal code after it, so the
address's tail gives those fields (address_tail); the country is left out.
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate

__all__ = ["without_address_sublabels"]

_STREET = (
    r"Street\s+Address(?:\s+Line\s*[12])?|Address\s+Line\s*[12]|Address\s*2"
    r"|Apartment,\s*suite,\s*etc\.?"
)
_CITY = r"(?:Town\s*/\s*)?City"
_STATE = r"State\s*/\s*Province(?:\s*/\s*Region)?|State|Province"
_POSTAL = r"Postal\s*/\s*Zip\s+Code|ZIP\s+Code|Postal\s+Code|Zip"
_COUNTRY = r"Country"
_SUBLABEL = re.compile(
    rf"(?:^|(?<=\s))(?P<label>{_STREET}|{_CITY}|{_STATE}|{_POSTAL}|{_COUNTRY})\s*[:：]\s*",
    re.IGNORECASE,
)
_BANGKOK = re.compile(r"กรุงเทพ|กทม")
_WRITTEN = re.compile(r"^(?:จังหวัด|จ\.)")
MIN_SUBLABELS = 2  # one "City:" inside an address is no builder's layout


_ADDRESS_KEYS = frozenset({"address", "province", "postal_code"})
_LABEL = re.compile(rf"{_STREET}|{_CITY}|{_STATE}|{_POSTAL}|{_COUNTRY}", re.IGNORECASE)


def without_address_sublabels(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """Each address candidate whose value opens with a builder's sub-label, rewritten;
    without the other readings of that same line for the address's fields (under
    "Province:", "Address", or the answer cut at "Street"): the rewritten address gives
    them, through its tail."""
    out = [_rewritten(c) if c.key == "address" else c for c in candidates]
    lines = {_where(new) for old, new in zip(candidates, out, strict=True) if new is not old}
    if not lines:
        return out
    parts = {line[:2] for line in lines}
    return [
        c
        for old, c in zip(candidates, out, strict=True)
        if c is not old or c.key not in _ADDRESS_KEYS or not _same_answer(c, lines, parts)
    ]


def _same_answer(
    c: FieldCandidate,
    lines: set[tuple[str, int | None, int | None]],
    parts: set[tuple[str, int | None]],
) -> bool:
    """Read from the rewritten answer: on its line, or in the same part under one of its
    sub-labels or opening with one (a reader that took each <br> line of the cell on its
    own: "State / Province: ...", "ที่อยู่: Street Address: 8 หมู่ที่ 1")."""
    where = _where(c)
    if where in lines:
        return True
    piece = _LABEL.fullmatch((c.provenance.label or "").strip()) or _SUBLABEL.match(c.value)
    return where[:2] in parts and piece is not None


def _where(c: FieldCandidate) -> tuple[str, int | None, int | None]:
    return c.provenance.part, c.provenance.filename_index, c.provenance.line


def _rewritten(candidate: FieldCandidate) -> FieldCandidate:
    value = " ".join(candidate.value.split())
    found = list(_SUBLABEL.finditer(value))
    if len(found) < MIN_SUBLABELS or found[0].start() != 0:
        return candidate
    street: list[str] = []
    state = postal = ""
    for m, nxt in zip(found, [*found[1:], None], strict=True):
        answer = value[m.end() : nxt.start() if nxt else len(value)].strip(" ,")
        if not answer:
            continue
        label = m.group("label")
        if re.fullmatch(_STATE, label, re.IGNORECASE):
            state = answer
        elif re.fullmatch(_POSTAL, label, re.IGNORECASE):
            postal = answer
        elif not re.fullmatch(_COUNTRY, label, re.IGNORECASE):
            street.append(answer)
    if not street:
        return candidate
    if state and not _BANGKOK.search(state) and not _WRITTEN.match(state):
        state = f"จังหวัด{state}"
    written = " ".join(x for x in (*street, state, postal) if x)
    return candidate.model_copy(update={"value": written})
