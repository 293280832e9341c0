"""A chat pasted in a mail by its party: the other side's numbers are the other side's.

    [LINE] ประวัติการแชทกับ ช่างสมชาย
    08:41<TAB>ช่างสมชาย<TAB>ขอเลขบัตรเจ้าของบ้านด้วยครับ
    08:45<TAB>มาลี<TAB>3-1005-...                      (her ID: she is the one who asks)
    09:02<TAB>ช่างสมชาย<TAB>ผู้รับเหมา บริษัท ... โทร 043-... มือถือ 081-...
    --
    นางมาลี ...
    โทร. 09...                                         (her own, under her name)

An owner who pastes her chat with a contractor, a clerk or a shop into her mail (a
permit's papers gathered over LINE, set 110) gives her ID and home in her own messages;
the other side types his own: his firm's office line, his mobile, his box. Read as the
sentences of the mail they came before her own "โทร." under her signature. In a chat
where one speaker alone gives a valid ID, she is its party who asks; the phones and
e-mails another speaker types are his, kept but set behind anything she gives (her
signature's too), so none is shown as hers without a flag. Where two speakers give an
ID, or none does, whose chat it is is not told here.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.base import FieldCandidate, TextPart
from extractors.chat_transcript import chat_messages
from extractors.set_behind import behind
from extractors.validate import national_id_is_valid, normalise_national_id
from extractors.values import ID_IN_TEXT

__all__ = ["other_sides_contacts_behind"]

# How one is reached: what the other side gives of his own in a chat.
_CONTACT = frozenset({"phone", "email"})
# Below a signature's number (prose.SIGNATURE_CONFIDENCE, 0.45): hers ranks first.
OTHER_SIDE_CONFIDENCE = 0.4


def _gives_an_id(text: str) -> bool:
    for m in ID_IN_TEXT.finditer(text):
        digits = normalise_national_id(m.group())
        if digits and national_id_is_valid(digits):
            return True
    return False


def _other_sides_lines(text: str) -> set[int]:
    """The numbers (from 1) of the lines of `text` that are messages of a chat's other
    side: a speaker other than the one alone who gives a valid ID in it."""
    messages = chat_messages(text)
    if not messages:
        return set()
    givers = {speaker for _, speaker, said in messages if _gives_an_id(said)}
    if len(givers) != 1:
        return set()
    return {n for n, speaker, _ in messages if speaker not in givers}


def other_sides_contacts_behind(
    candidates: Sequence[FieldCandidate], parts: Sequence[TextPart]
) -> list[FieldCandidate]:
    """`candidates` with the phones and e-mails typed by a chat's other side set behind."""
    theirs = {p.part: lines for p in parts if (lines := _other_sides_lines(p.text))}
    if not theirs:
        return list(candidates)
    out = []
    for c in candidates:
        lines = theirs.get(c.provenance.part, set())
        said = c.key in _CONTACT and c.provenance.line in lines
        out.append(behind(c, OTHER_SIDE_CONFIDENCE) if said else c)
    return out
