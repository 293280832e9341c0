"""Where a Thai address written in English ends, in a sentence.

    I, Mrs. ..., live at house number 56 Village No. 9, Nong Bua Subdistrict, Mueang Udon
    Thani District, Udon Thani Province 41000, identification card number ..., born ...

A translator's (or a machine translator's) sentence runs on after the address, its pieces
parted by commas like the address's own. The address is its pieces from the house number
on while each is an address's: a place's name (capitalised, as English writes names), a
number, or a piece opening with an address word typed in small letters ("moo 3, tambon
..."). It ends before the first that is not (", identification card number ...", ", and
my phone is ...") or that holds another field's proof (a phone, an ID, an e-mail: ", Tel.
053-..."). The postal code after a province ends it as well (address_tail.address_end,
applied to every address read).
"""

from __future__ import annotations

import re

from extractors.address_parts import (
    DISTRICT_WORDS_EN,
    HOUSE_WORDS_EN,
    PROVINCE_WORDS_EN,
    STREET_WORDS_EN,
    SUBDISTRICT_WORDS_EN,
    words_pattern,
)
from extractors.provinces import match_province_exactly
from extractors.values import EMAIL_IN_TEXT, ID_IN_TEXT, PHONE_IN_TEXT

__all__ = ["DOTTED_WORD", "HOUSE_WORD", "english_address_end"]

_WORDS = (HOUSE_WORDS_EN, STREET_WORDS_EN, SUBDISTRICT_WORDS_EN, DISTRICT_WORDS_EN,
          PROVINCE_WORDS_EN)  # fmt: skip
# The words before a house number ("house number 56", "house no. 71/5"), any case.
HOUSE_WORD = words_pattern(HOUSE_WORDS_EN)
# An address word's own full stop ("Village No. 9", "Ramkhamhaeng Rd., ..."), or a short
# capitalised word's before a number ("Tel. 053-...", "Mob. 08..."): no sentence's end. A
# pattern to read as one piece before looking for the end, so that the address's pieces
# are all seen by `english_address_end` (the one holding the phone among them).
DOTTED_WORD = (
    r"(?<![A-Za-z])(?:"
    + words_pattern(tuple({w.split()[-1] for g in _WORDS for w in g if w.endswith(".")}))
    + r"|[A-Z][a-z]{0,3}\.(?=[ \t]*[0-9+]))"
)
# a piece opening with an address word typed in small letters ("moo 3", "tambon nong kae")
_WORD_OPENING = re.compile(rf"\s*{words_pattern(*_WORDS)}(?![A-Za-z])", re.IGNORECASE)
_CAPITAL_OR_DIGIT = re.compile(r"\s*[A-Z0-9]")
_POSTAL_AFTER = re.compile(r"\s+[0-9]{5}\s*$")


def _is_address_piece(piece: str) -> bool:
    opens = (
        _CAPITAL_OR_DIGIT.match(piece)
        or _WORD_OPENING.match(piece)
        or match_province_exactly(_POSTAL_AFTER.sub("", piece))  # "chiang mai 50180"
    )
    holds_another = any(p.search(piece) for p in (PHONE_IN_TEXT, ID_IN_TEXT, EMAIL_IN_TEXT))
    return opens is not None and not holds_another


def english_address_end(text: str) -> str:
    """`text` (from a house number on) up to the end of the address it opens with: up to
    the comma before the first piece, after the house's, that is no address's."""
    commas = [i for i, c in enumerate(text) if c == ","]
    # no comma (a Thai address after "My address is", set 118): nothing to part; the zip
    # below would pair no comma with the text's end and raise, losing the part's prose
    for start, end in zip(commas, [*commas[1:], len(text)][: len(commas)], strict=True):
        if not _is_address_piece(text[start + 1 : end]):
            return text[:start]
    return text
