"""A header value's addresses as `email.utils` reads them, read once for both readers.

The stdlib's address parser walks the value a character at a time in Python (about
30 µs for a From with an encoded Thai name), and the analysis of a mail reads its From
twice: the MIME reader (`extractors.mime`) and the sender's verdict
(`extractors.sender_auth`), on the same unfolded value. The last few values are
remembered, so the second read costs a lookup; a value written differently is parsed
anew, so the answer is always the stdlib's for that exact text.
"""

from __future__ import annotations

import email.utils
from functools import lru_cache


def address_list(value: str) -> list[tuple[str, str]]:
    """`email.utils.getaddresses([value])`: (display name, address) pairs, as written."""
    return list(_parsed(value))


def first_address(value: str) -> tuple[str, str]:
    """`email.utils.parseaddr(value)`: the first pair, or ("", "") when there is none."""
    pairs = _parsed(value)
    return pairs[0] if pairs else ("", "")


# A few only: the From and To of the mail being read (personal data, kept no longer).
@lru_cache(maxsize=4)
def _parsed(value: str) -> tuple[tuple[str, str], ...]:
    return tuple(email.utils.getaddresses([value]))
