"""One text value made safe for a spreadsheet cell (XLSX is XML 1.0, CSV is opened by Excel).

Citizens' mail can carry NUL and other control characters in any field; openpyxl refuses
them (and its error quotes the value), so one such field broke the XLSX export of every
case. Here they are dropped, and what cannot be encoded at all (a lone surrogate) becomes
U+FFFD. Tab, line feed and carriage return are legal in XML and are kept.
"""

from __future__ import annotations

import re

# XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Bidirectional controls reorder what follows them on screen: "scan<U+202E>fdp.exe"
# reads "scanexe.pdf", a sender's name or a subject can hide or reverse words. Thai and
# English text never needs them; in what a citizen (or an attacker) wrote they only
# disguise. Pages and exports write them out instead, visibly.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def show_bidi_controls(value: str) -> str:
    """The value with each bidirectional control written out as [U+XXXX]."""
    if not BIDI_CONTROLS.search(value):
        return value
    return BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", value)


def clean_cell(value: str) -> str:
    """The value without characters a spreadsheet cannot hold; unchanged when clean."""
    return _SURROGATE.sub("\ufffd", _ILLEGAL.sub("", value))
