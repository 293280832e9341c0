"""Is the case's phone or e-mail under another person's name?

A mail names several people beside the one it is for: the headman who certifies a poor
household, the surveyor who files for a land owner, the interpreter who writes for a deaf
man, the firm's staff contact under its director. Each writes his own number under his
own name, and the readers that tell whose it is know their roles by word lists (role_words,
whose_phone) that the next kind of go-between is not on (blind sets 89-102: most values
wrong without a flag at first sight were such numbers). Whatever the role, the name
nearest above a number, on its line before it or on the few lines over it, says whose it
is: where that is a name other than the case's, a clerk is told to check. The value is
kept: it is often the right one all the same, but not surely.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from extractors.base import FieldCandidate, source_of
from extractors.names import same_person
from extractors.thai import CIVIL_TITLE
from extractors.title_options import LATIN_TITLE
from extractors.values import EMAIL_IN_TEXT, PHONE_IN_TEXT

__all__ = ["CONTACT_KEYS", "another_named_above"]

CONTACT_KEYS = frozenset({"phone", "email"})
# How many lines above a number its owner's name may stand: a signature's name, its post,
# its office, then "โทร ..." (four lines), not the letter's opening a page away.
_REACH = 4
# A person's titled name in running text: the title and two words (นายก, the mayor, and
# นายอำเภอ are posts; มิถุนายน holds นาย and names no one).
_TITLED_NAME = re.compile(
    rf"(?<![ก-๙])(?!นายก(?:[ \t]|เทศ|องค์|อบ|รัฐ)|นายอำเภอ){CIVIL_TITLE}\s?[ก-๙]+[ \t]+[ก-๙]+"
    rf"|\b{LATIN_TITLE}\.?[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]+"
)
# A salutation's line names whom the mail is to, not whose a number is.
_SALUTATION = re.compile(r"\s*(?:เรียน|ถึง|dear\b|to\b)", re.I)


def _own_contact_after(line: str, name: str) -> bool:
    """Whether `line` gives a phone or e-mail after `name`: that person's own number is
    on his line ("คนขับรถ นาง... เบอร์ 08..."), so the line under it is not his."""
    at = line.find(name)
    if at < 0:
        return False
    rest = line[at + len(name) :]
    return PHONE_IN_TEXT.search(rest) is not None or EMAIL_IN_TEXT.search(rest) is not None


def _read_names(
    value: FieldCandidate, candidates: list[FieldCandidate]
) -> Iterator[tuple[int, str]]:
    """(line, name) of the names the readers read in the value's own text."""
    where = source_of(value)
    for c in candidates:
        if c.key == "full_name" and c.provenance.line is not None and source_of(c) == where:
            yield c.provenance.line, c.value


def _written_names(value: FieldCandidate, text: str) -> Iterator[tuple[int, str]]:
    """(line, name) of the titled names written in the value's text above it: on its own
    line, only before the value."""
    line = value.provenance.line
    lines = text.splitlines()
    if line is None or not 0 < line <= len(lines):
        return
    own = lines[line - 1]
    at = own.find(value.value)
    if at < 0:
        return  # the text is not the one the value was read from
    for n in range(max(1, line - _REACH), line + 1):
        written = own[:at] if n == line else lines[n - 1]
        if not _SALUTATION.match(written):
            for m in _TITLED_NAME.finditer(written):
                yield n, m.group()


def another_named_above(
    value: FieldCandidate,
    name: FieldCandidate | None,
    candidates: list[FieldCandidate],
    texts: Mapping[str, str],
) -> bool:
    """Whether the name nearest above `value` (on its line or up to _REACH lines over
    it, in the same text) is someone other than the case's `name`. `texts` are the mail's
    text parts by part; names the readers read in attachments count too."""
    line = value.provenance.line
    if name is None or line is None:
        return False
    text = texts.get(value.provenance.part) if value.provenance.kind.startswith("body") else None
    lines = (text or "").splitlines()
    named = [
        (at, who)
        for at, who in [*_read_names(value, candidates), *_written_names(value, text or "")]
        if 0 <= line - at <= _REACH
        and not (at < line <= len(lines) and _own_contact_after(lines[at - 1], who))
    ]
    if not named:
        return False
    nearest = max(at for at, _ in named)
    return not any(same_person(who, name.value) for at, who in named if at == nearest)
