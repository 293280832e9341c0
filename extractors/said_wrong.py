"""An attachment's values the mail's body says are wrong (issue 8: when two sources
disagree, flagged).

A sender who notices a slip in the form she attached says so in the body: "บ้านเลขที่ใน
ไฟล์พิมพ์ผิด ที่ถูกคือบ้านเลขที่ 85", "เบอร์โทรในแบบฟอร์มพิมพ์ผิด ที่ถูกต้องคือ 08...". The
body's reader supersedes its own values above such a line; the attachment's stand apart
(no line of the body) and were taken on their word, the mistyped house number silently.
Here every attachment value of a field the body says is wrong is made as unsure as a
superseded one: a right value the body gives wins over it, and with none (a house number
alone is no address) the attachment's is kept but flagged for a clerk.
"""

from __future__ import annotations

from extractors.address_parts import ADDRESS_PART_KEYS
from extractors.base import FieldCandidate, ParsedMessage
from extractors.body_form import SUPERSEDED, PrefixAware, corrected_keys

__all__ = ["said_wrong_in_body"]

ADDRESS = "address"
_BODY_KINDS = frozenset({"body_text", "body_html"})
_QUOTED = (">", "|")  # a reply's quoted lines are the earlier mail's, not this sender's


def said_wrong_in_body(
    parsed: ParsedMessage, candidates: list[FieldCandidate], labels: PrefixAware
) -> list[FieldCandidate]:
    """`candidates` with the attachments' values of fields the body says are wrong made
    no surer than SUPERSEDED."""
    if not parsed.attachments:
        return candidates
    keys: set[str] = set()
    for part in parsed.text_parts:
        for line in part.text.splitlines():
            if line.strip() and not line.lstrip().startswith(_QUOTED):
                keys |= corrected_keys(line, labels)
    if not keys:
        return candidates
    if keys & set(ADDRESS_PART_KEYS):  # a part of the address said wrong: the address is
        keys.add(ADDRESS)
    out = []
    for c in candidates:
        if c.key in keys and c.provenance.kind not in _BODY_KINDS:
            c = c.model_copy(update={"confidence": min(c.confidence, SUPERSEDED)})
        out.append(c)
    return out
