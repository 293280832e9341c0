"""An e-mail address read under a name's label is the person's e-mail, not her name.

A form service that collects the respondent's address heads its notification with it,
under a word that elsewhere labels the one who answers ("ผู้ตอบ: somchai.j@example.com",
Google Forms, set 73): the label says whose it is, the value's shape what it is. No name
is an e-mail address; kept as her name it outranked the name the form asks for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extractors.base import FieldCandidate
from extractors.values import EMAIL_IN_TEXT

__all__ = ["emails_under_name_labels"]

EMAIL_KEY = "email"


def emails_under_name_labels(
    candidates: Sequence[FieldCandidate], kind_of: Callable[[str], str]
) -> list[FieldCandidate]:
    """`candidates` with a name's value that is one e-mail address moved to the e-mail."""
    return [
        c.model_copy(update={"key": EMAIL_KEY})
        if kind_of(c.key) == "name" and EMAIL_IN_TEXT.fullmatch(c.value.strip())
        else c
        for c in candidates
    ]
