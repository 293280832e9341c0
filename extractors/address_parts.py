"""An address written in the boxes of a form (บ้านเลขที่, หมู่, ซอย, ถนน, ตำบล/แขวง,
อำเภอ/เขต) joined into one address.

Thai paper forms and the web forms copied from them ask for the address box by box;
form services send each box as "label: value". The boxes are read under keys of their
own (no template has them), only when a colon closes the label ("ถนน ..." opens many a
sentence), and joined here, per source, into the `address` candidate: "128" + "5" +
"บ้านกลาง" + "เมืองลำพูน" becomes "128 หมู่ที่ 5 ตำบลบ้านกลาง อำเภอเมืองลำพูน". The
province and postal code are fields of their own and are not joined in.
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate, FieldSpec, source_of
from extractors.current_address import is_registered

__all__ = [
    "ADDRESS_PART_KEYS",
    "ADDRESS_PART_SPECS",
    "DISTRICT_WORDS",
    "DISTRICT_WORDS_EN",
    "DWELLING_WORDS",
    "EITHER_CAPTIONS",
    "HAS_AREA",
    "HOUSE_WORDS",
    "HOUSE_WORDS_EN",
    "PLACE_WORDS",
    "POSTAL_WORD",
    "PROVINCE_WORD",
    "PROVINCE_WORDS_EN",
    "STREET_WORDS",
    "STREET_WORDS_EN",
    "SUBDISTRICT_WORDS",
    "SUBDISTRICT_WORDS_EN",
    "abbreviated",
    "address_in_boxes",
    "join_address_parts",
    "words_pattern",
]

# --- The words that name an address's parts: the one list every address reader uses ------
# (body_form, address_stops, address_breaks, line_values and this module). They are
# named by the part they open, because the readers need different parts of the list:
# the words written INSIDE the address field's value (a box under it continues it) are
# the house's, street's, area's and place's; the province and postal code are fields of
# their own and end it; a form's boxes are asked with the street's, the area's, the
# province's and the postal code's, and the either-of-two captions only a form prints;
# the words a house number comes straight before are the street's and the sub-district's.
HOUSE_WORDS = ("บ้านเลขที่", "เลขที่")  # before the house number
STREET_WORDS = ("หมู่ที่", "หมู่", "ตรอก", "ซอย", "ถนน")  # the village number, lane, road
SUBDISTRICT_WORDS = ("ตำบล", "แขวง")  # outside Bangkok, in Bangkok
DISTRICT_WORDS = ("อำเภอ", "เขต")
# a named place inside the address: a housing estate, a building, its floor and room
PLACE_WORDS = ("หมู่บ้าน", "อาคาร", "ชั้น", "ห้อง")
PROVINCE_WORD = "จังหวัด"
# What an address may open with before its number: a dormitory, a condominium, a flat, a
# row house, a housing estate (its name and its own numbers follow). A regex alternation.
DWELLING_WORDS = (
    r"หอพัก|อาคารชุด|อาคาร|คอนโด|ตึกแถว|หมู่บ้าน|แฟลต|อพาร์ท?เม้?นท์|อพาร์ตเมนต์|แมนชั่น"
    r"|บ้านพัก|ห้องเช่า|ทาวน์โฮม|ทาวน์เฮาส์"
)
POSTAL_WORD = "รหัสไปรษณีย์"
# The same parts of a Thai address written in English (set 39), each part's words: the
# Thai word in Latin letters (Moo, Soi, Thanon, Tambon, Khwaeng, Amphoe, Khet, Changwat,
# as signs and ID cards romanise them) and a translator's English word (Village No.,
# Alley, Road, Subdistrict, District, Province, as Google Translate gives them). Read by
# address_english in a sentence; the boxes below take fewer of them as their labels
# ("District:" alone may caption another district than the applicant's).
HOUSE_WORDS_EN = ("House No.", "House number", "No.")
STREET_WORDS_EN = ("Village No.", "Moo", "Mu", "Soi", "Alley", "Lane", "Trok", "Thanon", "Road",
                   "Rd.", "Street", "St.")  # fmt: skip
SUBDISTRICT_WORDS_EN = ("Tambon", "Khwaeng", "Subdistrict", "Sub-district")
DISTRICT_WORDS_EN = ("Amphoe", "Amphur", "Khet", "District")
PROVINCE_WORDS_EN = ("Changwat", "Chang Wat", "Province")
# a form's box asking for either of two (a citizen's own address names the one)
EITHER_CAPTIONS = ("ตรอก/ซอย", "ซอย/ตรอก", "ตำบล/แขวง", "แขวง/ตำบล", "อำเภอ/เขต", "เขต/อำเภอ")
# as people shorten the words ("ม.4 ต.พิชัย อ.เมือง จ.ลำปาง")
_SHORT = {"หมู่": "ม.", "ซอย": "ซ.", "ถนน": "ถ.", "ตำบล": "ต.", "อำเภอ": "อ.", PROVINCE_WORD: "จ."}


def abbreviated(words: tuple[str, ...]) -> tuple[str, ...]:
    """The short forms people write of `words` (those that have one), in their order."""
    return tuple(_SHORT[w] for w in words if w in _SHORT)


def words_pattern(*groups: tuple[str, ...]) -> str:
    """A regular expression's group matching any of the words, the longest first, so a
    word that opens another (หมู่ in หมู่ที่) never takes the other's place."""
    words = sorted({w for group in groups for w in group}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


ADDRESS = "address"
HOUSE, MOO, SOI, ROAD = "addr_house", "addr_moo", "addr_soi", "addr_road"
SUBDISTRICT, DISTRICT = "addr_subdistrict", "addr_district"
# A condominium's boxes, before the building's house number (Bangkok's forms ask them):
# the room, its floor, the building's name.
ROOM, FLOOR, BUILDING = "addr_room", "addr_floor", "addr_building"
# A building's box that names a dwelling with no room box beside it (_dwelling): joined
# in the form's order, after the village number, as typed. No reader reads this key.
PLACE = "addr_place"


def _spec(key: str, th: str, en: str, labels: list[str]) -> FieldSpec:
    return FieldSpec(key=key, title_th=th, title_en=en, labels=labels, personal=True)


# The Thai words spelt in Latin letters are a web form's names for its boxes too
# (ban_lek_thi, mu_thi, thanon: set 73).
ADDRESS_PART_SPECS = [
    _spec(HOUSE, "บ้านเลขที่", "House number", ["บ้านเลขที่", "เลขที่", "House No.", "Ban lek thi"]),
    _spec(MOO, "หมู่ที่", "Village No.", ["หมู่ที่", "หมู่", "Moo", "Mu thi", "Moo thi"]),
    _spec(SOI, "ซอย", "Lane", ["ซอย", "ตรอก/ซอย", "ตรอก", "Soi"]),
    _spec(ROAD, "ถนน", "Road", ["ถนน", "Street", "Thanon"]),
    _spec(
        SUBDISTRICT,
        "ตำบล/แขวง",
        "Sub-district",
        ["ตำบล", "แขวง", "แขวง/ตำบล", "Subdistrict", "Tambon", "Khwaeng"],
    ),
    # "Amphur": the old romanisation Thai systems' exports keep in their keys (AMPHUR)
    _spec(
        DISTRICT, "อำเภอ/เขต", "District", ["อำเภอ", "เขต", "เขต/อำเภอ", "Amphoe", "Amphur", "Khet"]
    ),
]
ADDRESS_PART_SPECS += [
    _spec(ROOM, "ห้องเลขที่", "Room No.", ["ห้องเลขที่", "เลขที่ห้อง", "ห้อง", "Room No.", "Room", "Unit"]),
    _spec(FLOOR, "ชั้น", "Floor", ["ชั้น", "ชั้นที่", "Floor"]),
    _spec(BUILDING, "อาคาร", "Building", ["อาคาร", "ชื่ออาคาร", "อาคารชุด", "Building"]),
]
ADDRESS_PART_KEYS = frozenset(spec.key for spec in ADDRESS_PART_SPECS)
# The word each box's value is written after in an address; the two of a box that asks
# for either (ตำบล/แขวง) are told apart by the province (Bangkok has แขวง and เขต).
_WORDS = {
    ROOM: ("ห้องเลขที่ ",), FLOOR: ("ชั้น ",), BUILDING: ("อาคาร",),
    MOO: ("หมู่ที่ ",), SOI: ("ซอย",), ROAD: ("ถนน",),
}  # fmt: skip
_AREA_WORDS = {SUBDISTRICT: ("ตำบล", "แขวง"), DISTRICT: ("อำเภอ", "เขต")}
AREA_GUESSED = 0.75  # below review.REVIEW_BELOW: ตำบล or แขวง chosen with no province to go by
_EMPTY_BOX = re.compile(r"[-–—_.\s]*")  # "-" typed in a box that does not apply
_ORDER = (ROOM, FLOOR, BUILDING, HOUSE, MOO, PLACE, SOI, ROAD, SUBDISTRICT, DISTRICT)
_CONDO = (ROOM, FLOOR, BUILDING)
# A room's number and a floor have digits ("1203", "12", "๑๒"); "ชั้น ม.3" is a school
# grade, "ห้อง 2/1" a class: a floor is its number alone, a room has a digit.
_DWELLING = re.compile(rf"^(?:{DWELLING_WORDS})")
_FLOOR_VALUE = re.compile(r"[0-9๐-๙]{1,3}|[A-Za-z]?[0-9๐-๙]{1,3}[A-Za-z]?")
_DIGIT = re.compile(r"[0-9๐-๙]")
_BANGKOK = re.compile(r"กรุงเทพ|กทม|bangkok", re.IGNORECASE)
_ALREADY = re.compile(r"^(?:หมู่|ม\.|ซอย|ซ\.|ถนน|ถ\.|ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|ห้อง|ชั้น|อาคาร|ตึก)")
# An address read under its own label that holds no sub-district or district yet.
# An area's box already written with its word. Only an area's: a ตำบล named ถนนหัก or
# ถนนโพธิ์ opens like a road's word, and took none (set 55: "19/1 หมู่ที่ 6 ถนนหัก").
_AREA_ALREADY = re.compile(r"^(?:ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต)")
HAS_AREA = re.compile(r"ตำบล|แขวง|อำเภอ|เขต|(?<![\u0e01-\u0e4e])[ตอ]\.")


# A whole address this much less sure than the boxes' surest was set behind as another
# part's (a proxy's share of a label's sureness is 0.75, body_form.PROXY_SHARE).
_BEHIND_THE_BOXES = 0.8


def join_address_parts(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """Candidates with each source's address boxes joined into an `address` candidate,
    when the boxes give a house number and a sub-district or district. An address read
    whole from the same source is kept unless it lacks the areas the boxes give (the
    house box read as the address: "บ้านเลขที่ / ถนน: 128 หมู่ที่ 5")."""
    candidates = [
        _machine_fields(_spaced(_as_written(c, candidates))) if c.key == ADDRESS else c
        for c in candidates
    ]
    parts = [c for c in candidates if c.key in ADDRESS_PART_KEYS]
    if not parts:
        return candidates
    kept = [c for c in candidates if c.key not in ADDRESS_PART_KEYS]
    for source in dict.fromkeys(source_of(c) for c in parts):
        mine: dict[str, FieldCandidate] = {}
        end = _next_house_line(parts, source)
        for c in parts:
            if source_of(c) == source and not _EMPTY_BOX.fullmatch(c.value) and _line(c) < end:
                mine.setdefault(c.key, c)  # two readers of one part read the same boxes
        _condo_boxes(mine)
        if HOUSE not in mine and {SUBDISTRICT, DISTRICT} & mine.keys():
            # the house box keyed as the address by its caption ("ที่อยู่ เลขที่" over a
            # box named fill_3, set 56): a house number alone, or its house line ("9/3
            # หมู่ 2", "88/2 ถ.ราษฎร์บำรุง" where no box of its own asks the street, set
            # 62), so it is the house box
            streets = bool({MOO, SOI, ROAD} & mine.keys())
            alone = [c for c in kept if _house_number_alone(c, source, streets=streets)]
            if alone:
                mine[HOUSE] = alone[0].model_copy(update={"key": HOUSE})
                kept = [c for c in kept if c not in alone]
        if HOUSE in mine and not ({SUBDISTRICT, DISTRICT} & mine.keys()):
            kept += _house_line_as_address(mine[HOUSE], kept, source)
            continue
        if HOUSE not in mine:
            # a condo's room box over the whole address ("Room / ห้องชุด: 219/33 คอนโด...
            # ห้อง 2208 หมู่ 5 ตำบล...", a juristic office's line, set 82): that address
            room = next((mine[k] for k in (ROOM, PLACE) if k in mine), None)
            kept += _house_line_as_address(room, kept, source) if room else []
            continue
        # an address under its own label (one found in sentences, less sure, stays a rival;
        # a registered one is another address than the boxes', kept beside them: set 54)
        # Nor one well below the surest box: another part's (a proxy's or a carer's home in
        # one field below the applicant's boxes, set 111), never the boxes' own address.
        surest_box = max(c.confidence for c in mine.values())
        whole = [
            c
            for c in kept
            if c.key == ADDRESS
            and source_of(c) == source
            and c.provenance.method != "prose"
            and not is_registered(c)
            and c.confidence >= surest_box * _BEHIND_THE_BOXES
        ]
        if any(HAS_AREA.search(c.value) for c in whole):
            continue
        provinces = [c for c in candidates if c.key == "province" and source_of(c) == source]
        # the province beside the boxes says which words they take: another person's
        # further down (a proxy in Bangkok) does not (set 26)
        near = sorted(provinces, key=lambda c: abs(_line(c) - _line(mine[HOUSE])))[:1]
        bangkok = any(_BANGKOK.search(c.value) for c in near)
        kept = [c for c in kept if c not in whole]
        kept.append(_join(mine, bangkok=bangkok, guessed=not provinces))
    return kept


def _condo_boxes(mine: dict[str, FieldCandidate]) -> None:
    """Keep a condominium's boxes only as a room's: a room number with a digit, a floor
    that is a number; without a room, a floor and a building are no home's (a school's
    grade, a permit's building), unless the building's box is a dwelling's (_dwelling)."""
    if FLOOR in mine and not _FLOOR_VALUE.fullmatch(mine[FLOOR].value.strip()):
        del mine[FLOOR]
    if ROOM in mine and not _DIGIT.search(mine[ROOM].value):
        del mine[ROOM]
    if ROOM not in mine:
        dwelling = mine.get(BUILDING) if BUILDING in mine and _dwelling(mine[BUILDING]) else None
        for key in _CONDO:
            mine.pop(key, None)
        if dwelling is not None:
            mine[PLACE] = dwelling


# A form's box for the building or the housing estate one lives in ("อาคาร/หมู่บ้าน", as a
# Bangkok district's คำร้องทั่วไป asks it between หมู่ที่ and ตรอก/ซอย), or a building's box
# whose answer names its own room ("สุขใจแมนชั่น ชั้น 5 ห้อง 507", set 52; "หอพัก... ห้อง
# 215", set 54): the dwelling's name, floor and room are the address's, written as typed
# after the house number.
_ESTATE_BOX = re.compile(r"หมู่บ้าน")
_OWN_ROOM = re.compile(r"ห้อง\s*(?:เลขที่\s*)?[0-9๐-๙]")


def _dwelling(box: FieldCandidate) -> bool:
    label = box.provenance.label or ""
    return bool(_ESTATE_BOX.search(label) or _OWN_ROOM.search(box.value))


def _line(c: FieldCandidate) -> int:
    return c.provenance.line or 0


def _next_house_line(
    parts: list[FieldCandidate], source: tuple[str, int | None, int | None]
) -> float:
    """The line of the source's second house-number box: the boxes from there on are a
    second person's address (a proxy's, a carer's), not more of the first one's. A box
    with the first one's number is that box again: an HTML table's reader counts its
    rows, the text reader the lines of the same table (set 40), so one box is read on
    two lines."""
    houses = sorted(
        (_line(c), " ".join(c.value.split()))
        for c in parts
        if c.key == HOUSE and source_of(c) == source and c.provenance.line
    )
    later = [line for line, value in houses if houses and value != houses[0][1]]
    return later[0] if later else float("inf")


# A house number as typed in its box: digits, a slash and more digits, a letter.
_HOUSE_NUMBER = re.compile(r"[0-9๐-๙]{1,5}(?:\s*/\s*[0-9๐-๙]{1,5})?[ก-ฮA-Za-z]?")
# The house line: its number and the street's parts after it (หมู่, ซอย, ถนน, as written
# or short), no area: "9/3 หมู่ 2", "88/2 ถ.ราษฎร์บำรุง".
_STREET_AFTER = re.compile(rf"\s+{words_pattern(STREET_WORDS, abbreviated(STREET_WORDS))}")
_POSTAL = re.compile(r"(?<![0-9๐-๙])[0-9๐-๙]{5}(?![0-9๐-๙])")


def _house_number_alone(
    c: FieldCandidate, source: tuple[str, int | None, int | None], *, streets: bool = False
) -> bool:
    """Whether `c` is an address read from a form's box of `source` that holds only a
    house number, or (no box of the street's given: `streets` False) its house line."""
    if c.key != ADDRESS or source_of(c) != source or c.provenance.method == "prose":
        return False
    value = c.value.strip()
    number = _HOUSE_NUMBER.match(value)
    if number is None:
        return False
    if number.end() == len(value):
        return True
    return (
        not streets
        and _STREET_AFTER.match(value, number.end()) is not None
        and not HAS_AREA.search(value)
        and not _POSTAL.search(value)
    )


def _house_line_as_address(
    house: FieldCandidate, kept: list[FieldCandidate], source: tuple[str, int | None, int | None]
) -> list[FieldCandidate]:
    """The house number's box when it holds the whole address ("บ้านเลขที่ 12 หมู่ที่ 3
    ตำบลในเมือง อำเภอเมือง...": บ้านเลขที่ opens many people's address line) and no
    address was read under its own label: that address."""
    if not HAS_AREA.search(house.value):
        return []
    if any(c.key == ADDRESS and source_of(c) == source and not _anothers(c) for c in kept):
        return []
    return [house.model_copy(update={"key": ADDRESS})]


# How the sentences' reader labels an address it reads as another's (prose.ANOTHERS_ADDRESS,
# not imported: prose reads this module): a shop's place in the signature of the shop that
# files for a house owner (set 103) is no address of the owner's, and does not stand in
# for the house line her block gives.
_ANOTHERS_LABEL = "address said of another person"


def _anothers(address: FieldCandidate) -> bool:
    label = address.provenance.label or ""
    return address.provenance.method == "prose" and label.startswith(_ANOTHERS_LABEL)


# A card reader's dump parts the ID chip's address fields with '#' ("9####ตำบลนาดี#
# อำเภอเมือง#จังหวัดลำปาง", the empty ones in a row): no address as a person writes it.
_HASH_FIELDS = re.compile(r"\S#")
MACHINE_FIELDS = 0.75  # below review.REVIEW_BELOW: a clerk reads it against the card


def _machine_fields(address: FieldCandidate) -> FieldCandidate:
    if not _HASH_FIELDS.search(address.value):
        return address
    confidence = min(address.confidence, MACHINE_FIELDS)
    return address.model_copy(update={"confidence": confidence})


def _join(mine: dict[str, FieldCandidate], *, bangkok: bool, guessed: bool) -> FieldCandidate:
    """The boxes as one address. `guessed`: no province was read beside them, so a box
    asking for either word (ตำบล/แขวง) got ตำบล for want of one: a clerk checks it."""
    words = []
    # a dwelling's box asked before the house number's (set 54's "ชื่ออาคาร/หอพัก/ห้อง"
    # row above เลขที่) heads the address, as the form has it; asked after หมู่ที่ (a
    # Bangkok district's "อาคาร/หมู่บ้าน"), it follows the village number
    place_first = PLACE in mine and _line(mine[PLACE]) < _line(mine[HOUSE])
    order = (PLACE, *(k for k in _ORDER if k != PLACE)) if place_first else _ORDER
    short = _written_short(mine[HOUSE].value)
    for key in order:
        if key not in mine:
            continue
        value = " ".join(mine[key].value.split())
        if key in _AREA_WORDS and not _AREA_ALREADY.match(value):
            word = _area_word(key, mine[key].provenance.label or "", bangkok)
            value = (_SHORT.get(word, word) if short else word) + value
        elif key in _WORDS and not _ALREADY.match(value) and not _DWELLING.match(value):
            value = _WORDS[key][0] + value
        elif key == HOUSE and (ROOM in mine or place_first) and not value.startswith("เลขที่"):
            value = "เลขที่ " + value  # the building's number, told from the room's
        words.append(value)
    house = mine[HOUSE]
    confidence = min(c.confidence for c in mine.values())
    if guessed and any(
        _both_words(mine[k].provenance.label or "", k) for k in _AREA_WORDS if k in mine
    ):
        confidence = min(confidence, AREA_GUESSED)
    label = " + ".join(mine[k].provenance.label or k for k in _ORDER if k in mine)
    provenance = house.provenance.model_copy(update={"label": label[:200]})
    return FieldCandidate(
        key=ADDRESS, value=" ".join(words), provenance=provenance, confidence=confidence
    )


# The street's short words in a house line ("88/2 ถ.ราษฎร์บำรุง"), and its full ones.
_SHORT_STREET = re.compile(
    "(?<![\u0e01-\u0e4e])(?:" + "|".join(re.escape(w) for w in abbreviated(STREET_WORDS)) + ")"
)
_FULL_STREET = re.compile(words_pattern(STREET_WORDS))


def _written_short(house: str) -> bool:
    """Whether the house box's line writes the street's words short and none in full
    ("88/2 ถ.ราษฎร์บำรุง", set 62): the areas joined after it are written so too (ต., อ.),
    one address in one hand, not "ถ.... ตำบล..."."""
    return bool(_SHORT_STREET.search(house)) and not _FULL_STREET.search(house)


def _both_words(label: str, key: str) -> bool:
    """The box's label names both words of its part (ตำบล/แขวง) or neither."""
    rural, city = _AREA_WORDS[key]
    return (rural in label) == (city in label)


def _area_word(key: str, label: str, bangkok: bool) -> str:
    """ตำบล or แขวง (อำเภอ or เขต): the one the box's label names, or by the province
    when it names both."""
    rural, city = _AREA_WORDS[key]
    if rural in label and city not in label:
        return rural
    if city in label and rural not in label:
        return city
    return city if bangkok else rural


# The words of a form that asks the address part by part, each before its part's value.
# A place's words (หมู่บ้าน, อาคาร) are written with its name, never a box of their own.
_PART_WORD = words_pattern(
    EITHER_CAPTIONS,
    STREET_WORDS,
    SUBDISTRICT_WORDS,
    DISTRICT_WORDS,
    (PROVINCE_WORD, POSTAL_WORD),
)
_STANDING_WORD = re.compile(rf"(?:^|(?<=\s)){_PART_WORD}(?=\s)")
# The form's own layout shows: a word asking for either of two (ตำบล/แขวง), or a part
# answered "-" (does not apply). A citizen's own address has neither.
_FORM_LAYOUT = re.compile(
    rf"(?:^|\s)(?:ตรอก/ซอย|ซอย/ตรอก|ตำบล/แขวง|แขวง/ตำบล|อำเภอ/เขต|เขต/อำเภอ)\s"
    rf"|(?:^|\s){_PART_WORD}\s+[-–—]+(?=\s|$)"
)


_BOX_COLON = re.compile(rf"(?:^|(?<=\s))({_PART_WORD})\s*[:：]")


def _as_written(address: FieldCandidate, candidates: list[FieldCandidate]) -> FieldCandidate:
    """An address read from a form that asks it part by part in one paragraph ("อยู่บ้าน
    เลขที่ 63 หมู่ที่ 8 ตรอก/ซอย - ถนน - ตำบล/แขวง นาเชือก ...", as the registry office's
    คำร้องทั่วไป prints it) written as a clerk writes an address: the parts answered
    "-" left out, ตำบล/แขวง and อำเภอ/เขต as the one the province calls for, each word
    joined to its name ("ตำบลนาเชือก"); any other address unchanged."""
    # a box's own line under the address ("หมู่ที่: 11", "ตำบล/แขวง: แม่ขรี", a Word table's
    # cells read one a line): its colon goes, the word stays before its answer
    value = _BOX_COLON.sub(r"\1 ", " ".join(address.value.split()))
    if not _FORM_LAYOUT.search(value):
        return address
    words = [m for m in _STANDING_WORD.finditer(value)]
    # The address's own province, when its จังหวัด part is answered, says which words it
    # takes; another province read from the same source may be another person's (a
    # proxy in Bangkok beside an elder in Udon Thani, set 26).
    own = [
        value[w.end() : words[k + 1].start() if k + 1 < len(words) else len(value)].strip()
        for k, w in enumerate(words)
        if w.group() == "จังหวัด"
    ]
    if own and own[0] and not _EMPTY_BOX.fullmatch(own[0]):
        bangkok = bool(_BANGKOK.search(own[0]))
    else:
        bangkok = bool(_BANGKOK.search(value)) or any(
            c.key == "province" and source_of(c) == source_of(address) and _BANGKOK.search(c.value)
            for c in candidates
        )
    out = [value[: words[0].start()].strip()] if words else [value]
    for k, word in enumerate(words):
        end = words[k + 1].start() if k + 1 < len(words) else len(value)
        answer = value[word.end() : end].strip()
        if not _EMPTY_BOX.fullmatch(answer):
            out.append(_written_part(word.group(), answer, bangkok))
    return address.model_copy(update={"value": " ".join(w for w in out if w)})


# An address typed on a phone with no spaces ("128ม.7ต.โนนสะอาดอ.ชุมแพจ.ขอนแก่น40290",
# "55/301ซ.ลาดพร้าว71ถ.ลาดพร้าวแขวงสะพานสองเขตวังทองหลางกทม10310"), or with some
# ("128ม.7 ต.โนนสะอาด อ.ชุมแพจ.ขอนแก่น40290"): the words and abbreviations that open
# each part still show where the parts begin, a Thai word never ends in a digit, and the
# postal code is the five digits at the end. A run is taken apart when it holds two
# parts (one opening glued inside it, another inside or at its start), or a house number
# with its หมู่/ซอย glued on ("128ม.7"); one glued word ("ต.บ้านเป้า") is already written.
_PART_OPENING = (
    r"(?:หมู่ที่|หมู่|ซอย|ถนน|ตำบล|แขวง|อำเภอ|เขต|จังหวัด|กทม|กรุงเทพ"
    r"|[มซถตอจ]\.(?![\u0e01-\u0e4e]\.))"
)
# Bangkok's name right after the province word ("จ.กรุงเทพมหานคร", "จังหวัดกทม.") is that
# part's own answer, not a second part glued on (set 29).
_GLUED_OPENING = re.compile(
    r"(?<=[0-9๐-๙\u0e01-\u0e4e.])(?!(?<=จ\.)(?:กทม|กรุงเทพ))(?!(?<=จังหวัด)(?:กทม|กรุงเทพ))"
    rf"(?={_PART_OPENING}[0-9๐-๙\u0e01-\u0e4e])"
)
_OPENS = re.compile(rf"{_PART_OPENING}[0-9๐-๙\u0e01-\u0e4e]")
_AFTER_HOUSE = re.compile(rf"[0-9๐-๙](?={_PART_OPENING}[0-9๐-๙\u0e01-\u0e4e])")
_WORD_THEN_DIGITS = re.compile(r"(?<=[\u0e01-\u0e4e])(?=[0-9๐-๙])")


def _glued(word: str) -> bool:
    inside = len(_GLUED_OPENING.findall(word))
    return inside + bool(_OPENS.match(word)) >= 2 or (
        inside > 0 and bool(_AFTER_HOUSE.search(word))
    )


def _spaced(address: FieldCandidate) -> FieldCandidate:
    """An address whose parts were typed with no space between them, spaced as written."""
    words = address.value.split()
    if not any(_glued(w) for w in words):
        return address
    spaced = [
        _WORD_THEN_DIGITS.sub(" ", _GLUED_OPENING.sub(" ", w)) if _glued(w) else w for w in words
    ]
    return address.model_copy(update={"value": " ".join(spaced)})


def _written_part(word: str, answer: str, bangkok: bool) -> str:
    """One part as written in an address: หมู่ที่ 8, ซอยลาดพร้าว 71, แขวงสะพานสอง, the
    province alone in Bangkok (no one writes จังหวัดกรุงเทพมหานคร), the postal code bare.
    An answer that already opens with its part's word ("ตำบล/แขวง แขวงสุริยวงศ์": the
    citizen wrote which of the two) is written as it is, not after the word again."""
    if word != "จังหวัด" and _ALREADY.match(answer):
        return answer
    if word in ("หมู่ที่", "หมู่"):
        return f"หมู่ที่ {answer}"
    if word in ("ตรอก/ซอย", "ซอย/ตรอก"):
        word = "ซอย"
    elif "/" in word:
        area = SUBDISTRICT if ("ตำบล" in word) else DISTRICT
        word = _AREA_WORDS[area][1 if bangkok else 0]
    if word == "จังหวัด":
        return answer if bangkok else f"จังหวัด{answer}"
    if word == "รหัสไปรษณีย์":
        return answer
    return f"{word}{answer}"


_HOUSE_CAPTIONS = ("บ้านเลขที่", "เลขที่")
_CAPTION = re.compile(rf"(?:{words_pattern(HOUSE_WORDS)}|{_PART_WORD})")
MIN_CAPTIONS = 3  # a row of fewer part captions is a date's or a name's, not an address


def address_in_boxes(captions: list[str], answers: list[str]) -> str | None:
    """An address typed box by box under a row of its parts' captions (บ้านเลขที่ | หมู่ที่
    | ซอย | ถนน | ตำบล | อำเภอ over 9 | 12 | - | - | แม่เหียะ | เมืองเชียงใหม่), as one address
    a clerk writes: each answer after its part's word, the parts answered "-" left out.
    A caption asking for either word (ตำบล/แขวง) is kept before its answer, to be chosen
    by the province (`_as_written`). None unless every caption names a part and one the
    house number: the answers alone, a space apart, would be an address of bare numbers
    and names no one can read."""
    pairs = [
        (" ".join(c.split()).rstrip(" :："), " ".join(a.split()))
        for c, a in zip(captions, answers, strict=False)
        if c.strip()
    ]
    if len(pairs) < MIN_CAPTIONS or not all(_CAPTION.fullmatch(c) for c, _ in pairs):
        return None
    if not any(c in _HOUSE_CAPTIONS for c, _ in pairs):
        return None
    bangkok = any(_BANGKOK.search(a) for _, a in pairs)
    out = []
    for caption, answer in pairs:
        if _EMPTY_BOX.fullmatch(answer):
            continue
        if caption in _HOUSE_CAPTIONS or _ALREADY.match(answer):
            out.append(answer)
        elif "/" in caption and caption not in ("ตรอก/ซอย", "ซอย/ตรอก"):
            out.append(f"{caption} {answer}")
        else:
            out.append(_written_part(caption, answer, bangkok))
    return " ".join(out) or None
