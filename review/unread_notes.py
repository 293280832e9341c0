"""What the case page says beside a file the machine did not (wholly) read.

The extraction records each reading problem as a code with the part it belongs to
(`extractors.unread`); here each code becomes a catalog key for a one-line reason in
the clerk's language (`[unread.reason]` in review/i18n/*.toml, one table per language).
A code with no line of its own takes its family's (`*_limit`, `*_broken`...), else a
generic one: never the reader's detail, which names exceptions and is for logs.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from extractors.base import Attachment, Defect
from extractors.unread import Kind, defects_by_attachment, kind_of
from review.i18n import DEFAULT_LANGUAGE, catalog

REASON = "unread.reason."
# a family of codes made from a reader's name ("docx_limit", "svg_limit", "xlsx_broken")
FAMILIES = ("_limit", "_too_large", "_broken", "_refused", "_entities", "_external_resources")
PREFIXES = ("mime_", "charset_")  # the parse's: mime_invalid_base64_padding, charset_unknown
GENERIC = f"{REASON}generic"


class UnreadNote(BaseModel):
    code: str  # on the page as data-unread, for tests and for support
    kind: Kind
    reason_key: str  # catalog key of the one-line reason


def reason_key(code: str) -> str:
    known = catalog(DEFAULT_LANGUAGE)  # Thai is complete: a test keeps English level with it
    if f"{REASON}{code}" in known:
        return f"{REASON}{code}"
    family = next((f for f in FAMILIES if code.endswith(f)), None)
    if family and f"{REASON}any{family}" in known:
        return f"{REASON}any{family}"
    prefix = next((p for p in PREFIXES if code.startswith(p)), None)
    if prefix and f"{REASON}{prefix}any" in known:
        return f"{REASON}{prefix}any"
    return GENERIC


def notes_by_attachment(
    attachments: list[Attachment], extraction: dict[str, Any]
) -> dict[int, list[UnreadNote]]:
    """Each attachment's notes, what most needs the clerk first, from the sealed
    extraction's defects (their parts say which file)."""
    defects = [Defect.model_validate(d) for d in extraction.get("defects", [])]
    order = {"unread": 0, "partly": 1, "noted": 2}
    notes = {}
    for index, codes in defects_by_attachment(attachments, defects).items():
        found = [UnreadNote(code=c, kind=kind_of(c), reason_key=reason_key(c)) for c in codes]
        notes[index] = sorted(found, key=lambda n: (order[n.kind], n.code))
    return notes
