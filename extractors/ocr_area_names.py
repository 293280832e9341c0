"""An OCR'd address's district and subdistrict names, read with specks in them or with
marks and letters lost, put right by the province read on the same page and, for the
subdistrict, by the district named beside it.

A Thai address names its parts in one order: house number, หมู่ที่, ซอย, ถนน, ตำบล/แขวง,
อำเภอ/เขต, จังหวัด. On a worn scan Tesseract reads a speck or a quote into a name
(`อำเภอ- !มืองลำพูน`, `เ!มองภูเก็ต`, `ตำบล“าหว้า`), or the short place word with a
tone mark and a quote for its dot (`[อ๊"ทำญจนดิษฐ์`), or the place word as a short Latin
word (`dung ข่วงสามสิบ`). The module before this one (`ocr_places`) compares the name as
read, specks and all, letter for letter; this one drops the specks and compares by
skeleton (`ocr_postal_places.clearly_nearest`: letters without marks, look-alikes folded,
nearer than any other name by two edits), against few names: the province's districts,
and the subdistricts of the one district the address names (those of the province when
it names none of them).

A name that is a place's anywhere as read stays (the citizen's province may be what was
misread), and nothing is added that the address does not name. The value stays an OCR
value, flagged `ocr_repaired` by the caller.

The parts' frame is put right with them: the house number read with a leader's dot
between its digits or after a number no house has; a place word read with its vowel split
(`ตวับล`, `อวจ์เภอ` for ตำบล, อำเภอ) or หมู่ with its tone mark lost before its number; the
place word of a subdistrict of the district named that stands bare after the village
number (`หมู่ที่ 16 ปากช่อง อ.ปากช่อง`: it can be nothing else there); and what OCR read
of the page between a subdistrict of the district named and the district's word (`0 eee`,
a leader's remnant read as a word), after a district of the province (a signature's
strokes, the next box's caption) or after the province as a postal code's caption with
no code in use after it. All of these only where the names read prove the parts.
"""

from __future__ import annotations

import re

from extractors.ocr_postal_places import clearly_nearest
from extractors.ocr_text import THAI_MARKS, edit_distance, skeleton
from extractors.provinces import match_province, postal_code_exists
from extractors.thai_places import District, all_place_names, in_province

BANGKOK = "กรุงเทพมหานคร"  # its subdistricts are แขวง and its districts เขต
# What Tesseract reads of dirt and of a dot (a blot as `%`): kept out of a name.
_SPECKS = "!'\"“”‘’|\\[\\]()%"
_SPECK = re.compile(f"[{_SPECKS}]")
_THAI = "\u0e01-\u0e4e"
# A place word (long or short; the short one's dot read as a quote after a tone mark),
# then specks, a dash or spaces, then the name with specks inside it; the name runs to a
# space, the next short place word glued to it, or anything else.
_AREA = re.compile(
    rf"(?<![{_THAI}])[{_SPECKS}]*"
    rf"(?:(?P<sub>ตำบล|แขวง|ต\.|ต[\u0e48-\u0e4b]?[\"“”'])|(?P<dist>อำเภอ|เขต|อ\.|อ[\u0e48-\u0e4b]?[\"“”']))"
    rf"(?P<gap>[-–\s{_SPECKS}]*)(?P<name>[{_THAI}{_SPECKS}]+?)"
    rf"(?=[อจต]\.\s*[\u0e01-\u0e2e]|[^{_THAI}{_SPECKS}]|$)"
)
# A short word standing for the district's place word (`dung`, `สาเทอ` for อำเภอ), after
# the subdistrict's name and before a Thai name: the order of the parts says which it is.
_LATIN_DISTRICT = re.compile(
    rf"(?<=\s)(?P<word>[A-Za-z]{{2,6}}|[{_THAI}]{{2,6}})\s+(?P<name>[{_THAI}]+)"
)


def with_area_names_cleaned(address: str, province: str, postal: str = "") -> str:
    """`address` with each district and subdistrict name after its place word (see the
    module's docstring) made the one official name it was read from, by the province
    read on the page (`province`, as read) and the district named; as read when the
    province is none, the name is right or a place's anywhere, or no name is clearly
    nearest."""
    name = match_province(province)
    if name is None:
        return address
    address = _place_words_mended(address)
    own = in_province(name)
    bangkok = name == BANGKOK
    district_names = frozenset(d.name for d in own)
    address = _AREA.sub(
        lambda m: _mended(m, district_names, bangkok) if m.group("dist") else m.group(0), address
    )
    address = _after_subdistrict(address, district_names, bangkok)
    named = [
        d for d in own if re.search(rf"(?<![{_THAI}]){re.escape(d.name)}(?![{_THAI}])", address)
    ]
    subdistricts = _subdistricts(named if len(named) == 1 else own, postal)
    address = _bare_subdistrict(address, subdistricts, bangkok)
    address = _AREA.sub(
        lambda m: _mended(m, subdistricts, bangkok) if m.group("sub") else m.group(0), address
    )
    address = _without_debris(address, own)
    address = _PROVINCE.sub(lambda m: _province(m, name), address)
    return _cut_after_province(_without_lost_code(address), name)


# ำ read as a vowel apart (`ตวับล`, `อวิเภอ`, `อวจ์เภอ`): the place word, no Thai word else.
_SPLIT_WORDS = (
    (re.compile(r"(?<![\u0e01-\u0e4e])ตว[\u0e31\u0e34]?(?:จ์)?บล"), "ตำบล"),
    (re.compile(r"(?<![\u0e01-\u0e4e])อว[\u0e31\u0e34]?(?:จ์)?เภอ"), "อำเภอ"),
)
# หมู่ with its tone mark lost, before its number (`หมู6`): หมู (pork) is no address's word.
_VILLAGE_NO_MARK = re.compile(r"(?<![\u0e01-\u0e4e])หมู(?![\u0e48-\u0e4b\u0e35])(\s*)(?=[0-9๐-๙])")


# The house number, first in the address (after its label or not), with a leader's dot
# read between its digits (`20.4/3`), or after a number no house has (`73703 204/1`).
_HOUSE_DOT = re.compile(r"^((?:บ้านเลขที่|เลขที่)?\s*)([0-9]{1,3})\.([0-9]{1,3}(?:/[0-9]{1,4})?)(?=\s)")
_NO_HOUSE_BEFORE = re.compile(
    r"^(?:[0-9]{5,}|0[0-9]*)\s+(?=[1-9][0-9]{0,3}(?:/[1-9][0-9]{0,3})?\s)"
)


def _place_words_mended(address: str) -> str:
    for pattern, word in _SPLIT_WORDS:
        address = pattern.sub(word, address)
    address = _NO_HOUSE_BEFORE.sub("", _HOUSE_DOT.sub(r"\1\2\3", address))
    return _VILLAGE_NO_MARK.sub(lambda m: "หมู่" + (m.group(1) or " "), address)


# A word standing bare between the village number and the district's place word.
_BARE = re.compile(
    r"(?P<head>(?:หมู่ที่|หมู่|ม\.)\s*[0-9๐-๙]{1,2}\s+)(?P<name>[\u0e01-\u0e4e]+)"
    r"(?=\s*(?:อำเภอ|อ\.|เขต))"
)


def _bare_subdistrict(address: str, subdistricts: frozenset[str], bangkok: bool) -> str:
    """A subdistrict's name (or one clearly nearest it) of the district named, bare after
    the village number and before the district's word, given its place word back."""

    def put(m: re.Match[str]) -> str:
        read = m.group("name")
        if _AREA.match(read) or read.startswith(("ซอย", "ถนน")):
            return m.group(0)
        best = read if read in subdistricts else clearly_nearest(read, subdistricts)
        if best is None or (read in all_place_names() and best != read):
            return m.group(0)
        return m.group("head") + ("แขวง" if bangkok else "ต.") + best

    return _BARE.sub(put, address, count=1)


_PART_WORD = re.compile(r"หมู่|ซอย|ถนน|ตำบล|แขวง|อำเภอ|เขต|จังหวัด|[0-9๐-๙]{2}")
# What may follow a district in an address: the province, a postal code, or its caption.
_AFTER_DISTRICT = re.compile(r"[\s" + _SPECKS + r"]*(?:จ|กรุงเทพ|รหัส|[0-9๐-๙]{5})")


def _without_debris(address: str, own: tuple[District, ...]) -> str:
    """The address without words read between a subdistrict and the word of the district
    it lies in, and without what follows a district of the province (`own`) that is
    neither the province nor a postal code (see the module's docstring)."""
    parts = list(_AREA.finditer(address))
    sub = next((m for m in parts if m.group("sub")), None)
    dist = next((m for m in parts if m.group("dist")), None)
    district = None
    if dist is not None:
        read = _SPECK.sub("", dist.group("name"))
        district = next((d for d in own if d.name == read), None)
    if dist is None or district is None:
        return address
    rest = address[dist.end() :]
    if rest.strip() and not _AFTER_DISTRICT.match(rest):
        address = address[: dist.end()]
    if sub is None or sub.end() > dist.start():
        return address
    if _SPECK.sub("", sub.group("name")) not in district.subdistricts:
        return address
    between = address[sub.end() : dist.start()]
    words = between.split()
    if not words or _PART_WORD.search(between) or any(w in all_place_names() for w in words):
        return address
    gap = "\n" if "\n" in between else " "
    return address[: sub.end()] + gap + address[dist.start() :]


# A postal code's caption and what was read after it, at the address's end.
_CODE_TAIL = re.compile(r"\s*รหัสไปรษณีย์\s*(?P<code>\S*)\s*$")


def _without_lost_code(address: str) -> str:
    """The address without a postal code's caption at its end whose value is no code in
    use (`รหัสไปรษณีย์ 191000`): the page's postal code field is read on its own."""
    m = _CODE_TAIL.search(address)
    if m is None or postal_code_exists(m.group("code")):
        return address
    return address[: m.start()]


# The province's place word and its name, as `_AREA` reads a district's.
_PROVINCE = re.compile(
    rf"(?<![{_THAI}])(?P<word>จังหวัด|จ\.)(?P<gap>\s*)(?P<name>[{_THAI}{_SPECKS}]+?)"
    rf"(?=[^{_THAI}{_SPECKS}]|$)"
)
# A line that may follow the province's: its postal code, with its caption or not.
_POSTAL_LINE = re.compile(r"\s*(?:รหัสไปรษณีย์)?\s*[0-9๐-๙]{5}\s*")


def _province(m: re.Match[str], province: str) -> str:
    """The name after จังหวัด made the page's province where it is nearest that (as the
    page's province field read it: `วิเก็ต` for ภูเก็ต) and no place's name as read."""
    read = _SPECK.sub("", m.group("name"))
    if read == province or read in all_place_names() or match_province(read) is not None:
        return m.group(0)
    if clearly_nearest(read, frozenset({province})) is None:
        return m.group(0)
    return m.group("word") + m.group("gap") + province


def _cut_after_province(address: str, province: str) -> str:
    """The address to the end of the line naming the page's province after จังหวัด, and
    a postal code's line after it: an address ends there, and the lines OCR ran on
    (an ID card's copy stapled below, its dates and captions) are no part of it."""
    lines = address.split("\n")
    at = next(
        (
            i
            for i, line in enumerate(lines)
            if any(m.group("name") == province for m in _PROVINCE.finditer(line))
        ),
        None,
    )
    if at is None:
        return address
    kept = lines[: at + 1]
    kept += [line for line in lines[at + 1 : at + 2] if _POSTAL_LINE.fullmatch(line)]
    return "\n".join(kept)


def _subdistricts(districts: tuple[District, ...] | list[District], postal: str) -> frozenset[str]:
    """The districts' subdistrict names, those under `postal` only where some are."""
    every = {s: codes for d in districts for s, codes in d.subdistricts.items()}
    under = frozenset(s for s, codes in every.items() if postal in codes)
    return under or frozenset(every)


def _mended(m: re.Match[str], names: frozenset[str], bangkok: bool) -> str:
    read = m.group("name")
    clean = _SPECK.sub("", read)
    rest = ""
    if clean in names:
        best: str | None = clean
    elif clean in all_place_names():
        return m.group(0)
    else:
        best = clearly_nearest(clean, names)
        if best is None:
            best, rest = _glued(clean, names)
    if best is None or (best == read and not _SPECK.search(m.group(0))):
        return m.group(0)
    return _word(m, bangkok) + best + (" " + rest if rest else "")


def _glued(read: str, names: frozenset[str]) -> tuple[str | None, str]:
    """The name a word begins with, and what is glued after it (the next part's word
    with no space, `จังหวัด`; the next line's junk run on): of the word's beginnings
    clearly nearest one of `names` and as long as it, less a letter, the nearest (the
    longest of those as near); (None, "") where none is."""
    found = []
    for end in range(len(read) - 1, 0, -1):
        if read[end] in THAI_MARKS:
            continue  # a mark belongs to the letter before it
        head = read[:end]
        best = clearly_nearest(head, names)
        if best is not None and len(skeleton(head)) >= len(skeleton(best)) - 1:
            found.append((edit_distance(skeleton(head), skeleton(best), len(head)), -end, best))
    if not found:
        return None, ""
    _, end, best = min(found)
    return best, read[-end:]


def _word(m: re.Match[str], bangkok: bool) -> str:
    """The place word as written, its short form's dot and the specks around it put
    right (`[อ๊"` -> `อ.`)."""
    word = m.group("sub") or m.group("dist")
    if word[-1] in "\"“”'":
        word = ("แขวง" if bangkok else "ต.") if m.group("sub") else ("เขต" if bangkok else "อ.")
    gap = " " if re.search(r"[-–\s]", m.group("gap")) else ""  # a speck there was no space
    return word + gap


def _after_subdistrict(address: str, districts: frozenset[str], bangkok: bool) -> str:
    """A short Latin word after the subdistrict part and before a name clearly nearest one
    of the province's districts: the district's place word misread."""
    sub = next((m for m in _AREA.finditer(address) if m.group("sub")), None)
    if sub is None or any(m.group("dist") for m in _AREA.finditer(address)):
        return address

    def put(m: re.Match[str]) -> str:
        if m.group("word") in all_place_names():
            return m.group(0)  # a name of its own (the subdistrict's second word)
        read = m.group("name")
        best = read if read in districts else clearly_nearest(read, districts)
        if best is None or (read in all_place_names() and best != read):
            return m.group(0)
        return f"{'เขต' if bangkok else 'อำเภอ'} {best}"

    head, tail = address[: sub.end()], address[sub.end() :]
    return head + _LATIN_DISTRICT.sub(put, tail, count=1)
