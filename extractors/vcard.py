"""A contact card (.vcf, text/vcard) attached to a request: the sender's name, phone,
e-mail, birthday and address as the phone's address book holds them.

Phone mail apps attach the sender's own card ("ข้อมูลติดต่อตามไฟล์แนบ"). Its values are
typed and exact, but whose card it is is a guess (a card may be someone else's contact
passed on), so each is read below the review line: a clerk confirms it, and a value the
request gives under a label wins over it.

vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350): folded lines are unfolded, parameters
dropped, and the quoted-printable values of 2.1 cards (how Android exports Thai) decoded.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator

from extractors.base import ExtractionResult, FieldCandidate, LabelIndex, Provenance
from extractors.charsets import decode_bytes
from extractors.provinces import match_province, match_province_exactly

__all__ = ["CARD_CONFIDENCE", "VCardExtractor", "VCardInTextExtractor", "read_vcard"]

CARD_CONFIDENCE = 0.7  # below review.REVIEW_BELOW: whose card it is, a clerk confirms
MAX_CHARS = 64_000  # a card is short; a photo in it is not read
_FOLD = re.compile(r"\r?\n[ \t]")
_QP_SOFT_BREAK = re.compile(r"=\r?\n")
_LINE = re.compile(
    r"^(?:[A-Za-z0-9-]+\.)?(?P<name>[A-Za-z-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$"
)
_ESCAPED = re.compile(r"\\([,;:\\nN])")


def read_vcard(text: str) -> list[tuple[str, str, str]]:
    """(field key, value, property name) of the first card in `text`."""
    text = _QP_SOFT_BREAK.sub("", _FOLD.sub("", text[:MAX_CHARS]))
    props: Props = {}
    for line in text.splitlines():
        m = _LINE.match(line.strip())
        if m is None:
            continue
        name, params = m.group("name").upper(), m.group("params").upper()
        if name == "END":
            break
        value = m.group("value")
        if "QUOTED-PRINTABLE" in params:
            value = quopri.decodestring(value.encode("latin-1", "replace")).decode(
                "utf-8", "replace"
            )
        props.setdefault(name, []).append((params, value))
    return list(_fields(props))


def _components(value: str) -> list[str]:
    """The parts of a structured value (N, ADR), split at the semicolons not escaped."""
    return [_unescape(p) for p in re.split(r"(?<!\\);", value)]


def _unescape(value: str) -> str:
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()


Props = dict[str, list[tuple[str, str]]]  # property name -> (parameters, value) each


def _fields(props: Props) -> Iterator[tuple[str, str, str]]:
    name = _name(props)
    if name:
        yield "full_name", name, "FN"
    phones = props.get("TEL", [])
    # the mobile first: it is the number a clerk calls back on
    phones.sort(key=lambda p: "CELL" not in p[0])
    if phones:
        yield "phone", _unescape(phones[0][1]).removeprefix("tel:"), "TEL"
    if props.get("EMAIL"):
        yield "email", _unescape(props["EMAIL"][0][1]), "EMAIL"
    if props.get("BDAY"):
        born = _unescape(props["BDAY"][0][1])
        if re.fullmatch(r"\d{8}", born):  # 19940115: the basic format of ISO 8601
            born = f"{born[:4]}-{born[4:6]}-{born[6:]}"
        yield "birth_date", born, "BDAY"
    if props.get("ADR"):
        yield from _address(_home_first(props["ADR"])[0][1])


def _home_first(addresses: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The card's addresses, home first and work last: a request is answered at home, and
    a card shared from a work phone holds the office too (set 41's Outlook card)."""

    def rank(address: tuple[str, str]) -> int:
        kinds = set(re.split(r"[;=,]", address[0]))
        return 0 if "HOME" in kinds else 2 if "WORK" in kinds else 1

    return sorted(addresses, key=rank)


def _name(props: Props) -> str:
    """FN, with the title of N (honorific prefix) put before it when FN lacks it."""
    full = _unescape(props["FN"][0][1]) if props.get("FN") else ""
    parts = _components(props["N"][0][1]) if props.get("N") else []
    parts += [""] * (4 - len(parts))
    family, given, _, prefix = parts[:4]
    if not full:
        full = " ".join(w for w in (given, family) if w)
    if full and prefix and not full.startswith(prefix):
        full = f"{prefix}{full}" if re.match(r"[\u0e01-\u0e4e]", prefix) else f"{prefix} {full}"
    return full


def _address(value: str) -> Iterator[tuple[str, str, str]]:
    """ADR: post office box; extended; street; locality; region; postal code; country."""
    parts = _components(value)
    parts += [""] * (7 - len(parts))
    _, extended, street, locality, region, postal, _ = parts[:7]
    district, region = _split_region(region)
    address = " ".join(w for w in (extended, street, locality, district) if w)
    if address:
        yield "address", " ".join(address.split()), "ADR"
    if region:
        yield "province", region, "ADR region"
    if postal:
        yield "postal_code", postal, "ADR postal code"


def _split_region(region: str) -> tuple[str, str]:
    """(what goes with the address, the province) of a region box: an iPhone card holds
    "อำเภอคลองหลวง ปทุมธานี" there, the district typed before the province (set 41)."""
    words = region.split()
    if len(words) > 1 and match_province_exactly(words[-1]) and not match_province(region):
        return " ".join(words[:-1]), words[-1]
    return "", region


class VCardExtractor:
    """A .vcf attachment in, the card owner's values out (flagged for review)."""

    name = "vcard"

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        text = decode_bytes(content, None)[0] if isinstance(content, bytes) else content
        candidates = [
            FieldCandidate(
                key=key,
                value=value,
                provenance=Provenance(part=part, kind="document", label=f"vCard {prop}"),
                confidence=CARD_CONFIDENCE,
            )
            for key, value, prop in read_vcard(text)
            if value
        ]
        return ExtractionResult(candidates=candidates)


# A card pasted into a text body ("share contact as text" on a phone, or a card opened
# in a text editor and copied): the same card as an attached one, found by its own
# BEGIN and END lines.
_CARD_IN_TEXT = re.compile(r"^[ \t>]*BEGIN:VCARD\s*$.*?^[ \t>]*END:VCARD\s*$", re.M | re.S | re.I)


class VCardInTextExtractor:
    """The first card pasted into a text body, read as an attached card is."""

    name = "vcard_text"

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        text = decode_bytes(content, None)[0] if isinstance(content, bytes) else content
        if "VCARD" not in text.upper():
            return ExtractionResult(candidates=[])
        card = _CARD_IN_TEXT.search(text[: MAX_CHARS * 4])
        if card is None:
            return ExtractionResult(candidates=[])
        return VCardExtractor().extract(card.group(0), part=part, labels=labels)
