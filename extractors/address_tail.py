"""Province and postal code read from the end of an address typed on one line.

People rarely fill a province and a postal code box of their own: they type the whole
address, `45/7 ม.3 ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000`, or for Bangkok
`199 แขวงวังทองหลาง เขตวังทองหลาง กรุงเทพฯ 10310` with no "จังหวัด" at all. Whatever
source the address came from (a labelled line, a Word table, a quoted template), its tail
names the province and the postal code, so each address candidate yields those two
candidates as well, a little less sure than the address and read the same way (a quoted
address gives quoted, flagged values). A province box the sender filled in wins.

Only a tail that proves itself is taken: five digits that Thailand Post uses, and a
province named exactly (with or without จังหวัด/จ.; a bare word must be a province's
name or common short form, never a near miss, so `อ.เมืองขอนแก่น` is not a province).
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate
from extractors.provinces import (
    match_province,
    match_province_exactly,
    postal_area_provinces,
    postal_code_exists,
    postal_code_provinces,
)
from extractors.thai import thai_digits_to_arabic

__all__ = [
    "CUT_SHARE",
    "TAIL_SHARE",
    "address_end",
    "address_tail",
    "before_postal_label",
    "with_address_tails",
]

TAIL_SHARE = 0.95  # a derived value is a little less sure than the address it came from
CUT_SHARE = 0.9  # an address with other words cut off after it, as values dug out elsewhere
_POSTAL_IN_TEXT = re.compile(r"(?<![0-9๐-๙])[0-9๐-๙]{5}(?![0-9๐-๙])")
_SPLIT = re.compile(r"[\s,]+")
_POSTAL_WORD = re.compile(r"^(?:รหัสไปรษณีย์|รหัส|ปณ\.?|ไปรษณีย์)$")
_PREFIXED = re.compile(r"^(?:จังหวัด|จ\.)(?P<name>.+)$")
_PREFIX_ALONE = re.compile(r"^(?:จังหวัด|จ\.)$")
_STOP_AFTER = re.compile(r"\s*[.,;]+\s*")
# แขวง and เขต (with their names) are Bangkok's sub-district and district, no other
# province's: an address with both and no province word is in Bangkok (set 40, as
# residents of Bangkok often write it). "เขตเทศบาล" is a municipality's area, no เขต.
_KHWAENG = re.compile(r"^แขวง[\u0e01-\u0e4e]{2,}")
_KHET = re.compile(r"^เขต(?!เทศบาล)[\u0e01-\u0e4e]{2,}")
BANGKOK = "กรุงเทพมหานคร"


def address_tail(address: str) -> tuple[str | None, str | None]:
    """(province as written, postal code as written) at the end of `address`."""
    words = [w for w in _SPLIT.split(address.strip().rstrip(".,;")) if w]
    swapped = _postal_before_province(words)
    if swapped is not None:
        return swapped
    postal = None
    if words and re.fullmatch(r"\d{5}", thai_digits_to_arabic(words[-1])):
        postal = words.pop()
        if words and _POSTAL_WORD.match(words[-1]):
            words.pop()
    province = _province_at_end(words, postal)
    if postal is None or postal_code_exists(postal):
        return province, postal
    # five digits the sub-districts' booklet does not list: an organisation's own code
    # (a campus's, set 85) where the province named before it is the code's postal area;
    # else no postal code, and nothing at the end is sure
    named = match_province(province) if province is not None else None
    if named is not None and named in postal_area_provinces(postal):
        return province, postal
    return None, None


def _province_at_end(words: list[str], postal: str | None) -> str | None:
    """The province as written by the last words of an address (its postal code gone)."""
    if not words:
        return None
    last = words[-1]
    prefixed = _PREFIXED.match(last)
    if prefixed and match_province(last):
        return last
    if len(words) >= 2 and _PREFIX_ALONE.match(words[-2]) and match_province(last):
        return f"{words[-2]} {last}"
    for n in (3, 2, 1):  # a name of several words: "Chon Buri", "Chiang Mai"
        name = " ".join(words[-n:])
        if len(words) >= n and match_province_exactly(name):
            return name
    return BANGKOK if _in_bangkok(words, postal) else None


def _in_bangkok(words: list[str], postal: str | None) -> bool:
    """An address's words naming a แขวง and a เขต, its postal code (if any) Bangkok's."""
    if postal is not None and BANGKOK not in postal_code_provinces(postal):
        return False
    return any(_KHWAENG.match(w) for w in words) and any(_KHET.match(w) for w in words)


def _postal_before_province(words: list[str]) -> tuple[str, str] | None:
    """ "..., 30000 นครราชสีมา": the postal code before the province, as parcel labels and
    English-style forms order them. Taken only when the code is one of that province's."""
    for n in (3, 2, 1):
        if len(words) <= n or not re.fullmatch(r"\d{5}", thai_digits_to_arabic(words[-n - 1])):
            continue
        name = " ".join(words[-n:])
        province = match_province(name) if _PREFIXED.match(name) else match_province_exactly(name)
        if province is not None and province in postal_code_provinces(words[-n - 1]):
            return name, words[-n - 1]
    return None


def address_end(address: str) -> str:
    """`address` up to its province and postal code, when more follows them.

    A Thai address ends with the province and the postal code; what comes after them on
    the line ("... จ.ลำปาง 52000 รายละเอียด ขอ...", typed on a phone) or on the lines
    below (a heading such as ผู้ถูกร้อง) is the rest of the request, not the address.
    Only a tail that proves itself counts: a postal code Thailand Post uses, right after
    a province named exactly (see `address_tail`).
    """
    for m in _POSTAL_IN_TEXT.finditer(address):
        after = address[m.end() :]
        rest = after.strip(" \t.,;)")
        # a full stop or comma alone after the postal code is the keyboard's (iOS turns a
        # double space into ". "), no part of the address either
        stop = bool(_STOP_AFTER.fullmatch(after))
        # a code the booklet lists: an organisation's own (see `address_tail`) ends an
        # address only at a line's end, as a typo does (below)
        listed = postal_code_exists(m.group(0))
        if (rest or stop) and listed and all(address_tail(address[: m.end()])):
            return address[: m.end()]
        # five digits Thailand Post does not list (a typo) after a province named exactly,
        # the line ending there: the next line is the form's next one (set 54's PDF)
        if rest and _LINE_END.match(after) and address_tail(address[: m.start()])[0]:
            return address[: m.end()]
    return address


_LINE_END = re.compile(r"[ \t]*\r?\n")


# The postal code's own label and the code at the very end of an address; a paper form's
# short label ("ไปรษณีย์", "รหัส ปณ.") as well as the whole one.
_LABELLED_POSTAL = re.compile(
    r"[\s,]+(?:รหัส\s*(?:ไปรษณีย์|ปณ\.?)|ปณ\.?|ไปรษณีย์)\s*[:：]?\s*[0-9๐-๙]{5}[\s.,;]*$"
)


def before_postal_label(address: str) -> str:
    """`address` up to the postal code's label when the label and a postal code Thailand
    Post uses end it ("... จังหวัดสระบุรี รหัสไปรษณีย์ 18140"): the label names a field
    of its own, so it ends the address, as a label of another field does on a line of
    its own. Typed with a single space, no gap parted the two, and the label stayed in
    the address (set 35); the code is still read, as the postal code, from the tail."""
    m = _LABELLED_POSTAL.search(address)
    if m is None or m.start() == 0:
        return address
    _, postal = address_tail(address)
    return address[: m.start()] if postal is not None else address


def with_address_tails(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """`candidates` with each address cut at its end (see `address_end`), plus a province
    and a postal code candidate from each address, the address then ending before the
    postal code's label (see `before_postal_label`)."""
    candidates = [_cut(c) if c.key == "address" else c for c in candidates]
    derived: list[FieldCandidate] = []
    for k, c in enumerate(candidates):
        if c.key != "address":
            continue
        province, postal = address_tail(c.value)
        ended = _province_joined(before_postal_label(_without_empty_boxes(c.value)), province)
        ended = _AREA_APART.sub(r"\1", ended)  # "ตำบล บึงกาฬ" -> "ตำบลบึงกาฬ"
        ended = _VILLAGE_CAPTION.sub("", ended)  # "หมู่บ้าน บ้านดอนมูล" -> "บ้านดอนมูล"
        if ended != c.value:
            candidates[k] = c.model_copy(update={"value": ended})
        confidence = round(c.confidence * TAIL_SHARE, 3)
        for key, value in (("province", province), ("postal_code", postal)):
            if value is not None:
                derived.append(
                    FieldCandidate(
                        key=key, value=value, provenance=c.provenance, confidence=confidence
                    )
                )
    return [*candidates, *derived]


# The province's full word typed apart from its name at the address's end: "จังหวัด
# ขอนแก่น". A paragraph form prints "จังหวัด " before its blank and the answer (a typed
# value, a drop-down's choice) follows it (set 48); a clerk writes the two as one word,
# as every address does. The abbreviation ("จ. ขอนแก่น") is left as typed: people type it
# with a space as often as without.
_WORD_APART = re.compile(r"จังหวัด\s+")


def _province_joined(address: str, province: str | None) -> str:
    """`address` with its tail's province written "จังหวัด<name>" when it was typed
    "จังหวัด <name>" (`province` as `address_tail` read it)."""
    opened = _WORD_APART.match(province) if province is not None else None
    if province is None or opened is None:
        return address
    name = province[opened.end() :]
    found = list(re.finditer(rf"จังหวัด\s+{re.escape(name)}", address))
    if not found:
        return address
    last = found[-1]
    return f"{address[: last.start()]}จังหวัด{name}{address[last.end() :]}"


# A printed form's box left at a dash ("หมู่ที่ -" in a town, "ซอย -", "ถนน -"): the box
# does not apply, and the word before the dash is no part of the address (set 49: a
# PDF's "67/2 หมู่ที่ - ตำบลตลาด ..." read so, unflagged). A dash inside a value stays
# ("ถนนเชียงใหม่-ลำปาง", "ซอย 3-5").
_EMPTY_BOX = re.compile(r"(?:(?<=\s)|^)(?:หมู่ที่|หมู่|ม\.|ซอย|ซ\.|ตรอก|ถนน|ถ\.)\s*[-–—]+(?=\s|$)\s*")


# The same for the sub-district's, district's, road's and lane's full words anywhere in
# the address before a name: "ตำบล บึงกาฬ", "ถนน แจ้งวัฒนะ", as a form typed on its
# dotted lines gives them ("ตำบล....บึงกาฬ....", set 49) and a clerk writes them as one
# word each (a lane's number stays apart: "ซอย 5"). Not the abbreviations, nor a word
# inside another ("หมู่บ้านเขตทอง").
_AREA_APART = re.compile(
    r"(?<![\u0e01-\u0e4e])(ตำบล|แขวง|อำเภอ|เขต|ถนน|ซอย|ตรอก)[ \t]+(?=[\u0e01-\u0e4e])"
)

# A form's caption for the village typed apart before a name that says it is one
# ("หมู่บ้าน....หย่อมบ้านห้วยหก....", set 53): the caption is the form's word, the name
# is the village's; kept, it read "หมู่บ้าน หย่อมบ้านห้วยหก", no clerk's address. So is the
# allowance form's "ชื่อหมู่บ้าน" ("หมู่ที่ 7 ชื่อหมู่บ้าน บ้านหนองแวง", set 55).
_VILLAGE_CAPTION = re.compile(
    r"(?<![\u0e01-\u0e4e])(?:ชื่อ)?หมู่บ้าน[ \t]+(?=(?:หย่อม)?บ้าน[\u0e01-\u0e4e])"
)


# So is a box left blank, its dots gone, its word straight before the next box's ("3/7
# หมู่ที่ ถนนทิพย์ช้าง ...", a crematorium form typed in Word with no หมู่ in town, set 104).
_BOX_WORD = r"(?:หมู่ที่|หมู่|ม\.|ซอย|ซ\.|ตรอก|ถนน|ถ\.)"
_BLANK_BOX = re.compile(
    rf"(?:(?<=\s)|^){_BOX_WORD}\s+(?=(?:{_BOX_WORD}|ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต)(?!\s*[-–—]))"
)


def _without_empty_boxes(address: str) -> str:
    address = _BLANK_BOX.sub("", address)
    if not any(dash in address for dash in "-–—"):
        return address.strip()  # most addresses: no regex run
    return _EMPTY_BOX.sub("", address).strip()


def _cut(candidate: FieldCandidate) -> FieldCandidate:
    value = address_end(candidate.value)
    if value == candidate.value:
        return candidate
    confidence = round(candidate.confidence * CUT_SHARE, 3)
    return candidate.model_copy(update={"value": value, "confidence": confidence})
