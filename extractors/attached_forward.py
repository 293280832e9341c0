"""A request forwarded as an attached message (message/rfc822, or a saved .eml sent as a
file): the mail's own text is then the forwarder's note, as the text above an inline
forward marker is (`mail_text`), and the name and phone in it are the forwarder's. The
note's values go when the attached message gives more of the applicant's fields than the
note does; a citizen who types her request and attaches an earlier mail for reference
gives as many in her own text, and keeps them."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.base import FieldCandidate, ParsedMessage
from extractors.forwarding_letter import NOT_THE_APPLICANTS

__all__ = ["without_forwarders_note"]

_MESSAGE_TYPES = frozenset({"message/rfc822", "message/global"})
MIN_FORWARDED_FIELDS = 2  # one value inside an attached mail is no request of its own


def without_forwarders_note(
    parsed: ParsedMessage, candidates: Sequence[FieldCandidate]
) -> list[FieldCandidate]:
    inside = _attached_message_parts(parsed)
    if not inside:
        return list(candidates)

    def forwarded(c: FieldCandidate) -> bool:
        return c.provenance.part.startswith(inside)

    def the_notes(c: FieldCandidate) -> bool:
        return c.provenance.filename_index is None and not forwarded(c)

    applicants = [c for c in candidates if c.key not in NOT_THE_APPLICANTS]
    in_forward = {c.key for c in applicants if forwarded(c)}
    in_note = {c.key for c in applicants if the_notes(c)}
    if len(in_forward) < MIN_FORWARDED_FIELDS or len(in_note) >= len(in_forward):
        return list(candidates)
    return [c for c in candidates if c.key in NOT_THE_APPLICANTS or not the_notes(c)]


def _attached_message_parts(parsed: ParsedMessage) -> tuple[str, ...]:
    """The part-number prefixes ("2.") of the mail's attached messages."""
    return tuple(
        a.part + "."
        for a in parsed.attachments
        if a.declared_type in _MESSAGE_TYPES or a.sniffed_type == "message/rfc822"
    )
