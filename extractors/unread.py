"""Which attached file each reading problem belongs to, and which problems mean a clerk
must open the file herself.

A defect's `part` is the MIME path of what was read ("3"), or of a file inside an
attached archive ("3/1"): both belong to attachment 3's place in the list. A problem
that left the file, or some of it, unread is one a clerk must be told of beside that
file, and the case flagged; a note (read another way, links not followed) is said
without flagging. A code not known here flags: a new reader's problem is never silent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from extractors.base import Attachment, Defect

# The key under which a case's flags list its unread files, beside its fields' keys.
ATTACHMENTS_KEY = "attachments"
UNREAD_FLAG = "attachment_unread"

Kind = Literal["unread", "partly", "noted"]

# Read, with something left aside that does not hide the request's words: said, not flagged.
NOTED = frozenset(
    {
        "pdf_encrypted_read",  # an empty password: opened and read
        "pdf_actual_text",  # letters taken from the page's /ActualText spans
        "pdf_scanner_ocr_layer",  # a scanner's text layer: read again from the picture
        "pdf_text_unreadable",  # letters out of order: read from the page's picture
        "pdf_no_text",  # a scan: read from its picture (OCR says if that failed)
        "pdf_xfa_entities",
        "svg_external_ignored",
        "value_too_long",  # the field itself is flagged
        "forwarded_request",
        "nothing_found",  # read, no field in it: said beside it, not flagged
    }
)
NOTED_SUFFIXES = ("_entities", "_external_resources")  # office packages: not expanded, not fetched
# the parse's remarks on the file's MIME part (stdlib defects, a guessed charset): the
# file was decoded all the same, so said beside it, not flagged
NOTED_PREFIXES = ("mime_", "charset_")

# Some of the file read, some not (pages past the cap, frames, pictures, members).
PARTLY = frozenset(
    {
        "pdf_pages_unread",
        "pdf_page_unreadable",
        "pdf_fields_left",
        "ocr_pages_unread",
        "ocr_frames_unread",
        "ocr_image_too_large",  # one page's picture; the others are read
        "svg_pictures_unread",
        "archive_too_many_members",
        "tnef_too_many_members",
        "tnef_truncated",
        "text_truncated",
        "nesting_too_deep",
    }
)


def kind_of(code: str) -> Kind:
    """How much of the file a problem left unread; anything unknown counts as unread."""
    if code in NOTED or code.endswith(NOTED_SUFFIXES) or code.startswith(NOTED_PREFIXES):
        return "noted"
    return "partly" if code in PARTLY else "unread"


def needs_a_look(code: str) -> bool:
    return kind_of(code) != "noted"


def attachment_index(part: str | None, attachments: Sequence[Attachment]) -> int | None:
    """The attachment a part path belongs to: itself, or a file inside it ("3/1")."""
    if not part:
        return None
    for attachment in attachments:
        if part == attachment.part or part.startswith(f"{attachment.part}/"):
            return attachment.index
    return None


def defects_by_attachment(
    attachments: Sequence[Attachment], defects: Iterable[Defect]
) -> dict[int, list[str]]:
    """The codes of each attachment's problems (sorted, each once), by its index; no
    details, which are for logs: the codes carry no personal data."""
    found: dict[int, set[str]] = {}
    for defect in defects:
        index = attachment_index(defect.part, attachments)
        if index is not None:
            found.setdefault(index, set()).add(defect.code)
    return {index: sorted(codes) for index, codes in sorted(found.items())}


def unread_flags(by_attachment: dict[int, list[str]]) -> dict[str, list[str]]:
    """The case's flag for its unread files (one per file), in the shape of field flags."""
    count = sum(any(needs_a_look(c) for c in codes) for codes in by_attachment.values())
    return {ATTACHMENTS_KEY: [UNREAD_FLAG] * count} if count else {}
