"""Files inside Outlook's winmail.dat (TNEF), read as if they were attached themselves.

Outlook set to send "Rich Text" wraps a message's attachments in one part,
`application/ms-tnef`, named winmail.dat: other mail programs show only that file, and
the citizen's form is inside it. TNEF is a signature, a two-byte key and a list of
attributes (a level byte, a 32-bit id and length, the data, a 16-bit checksum); each
attachment starts with its rendering attribute and carries its bytes in attAttachData.
The same caps as a ZIP archive's hold (extractors.archive): the first MAX_MEMBERS
files, each to MAX_MEMBER_BYTES, all to MAX_TOTAL_BYTES; archives inside are not
opened; a defect names a file by its number, never by its name.
"""

from __future__ import annotations

import struct

from extractors.archive import MAX_MEMBER_BYTES, MAX_MEMBERS, Member
from extractors.base import Defect
from extractors.sniff import TNEF, ZIP, sniff_type

__all__ = ["tnef_members"]

SIGNATURE = b"\x78\x9f\x3e\x22"
MAX_ATTRIBUTES = 2000  # a message's attributes: a few dozen
MAX_TOTAL_BYTES = 48 * 1024 * 1024
_ATTACH_LEVEL = 2
_ATT_ATTACH_REND_DATA = 0x9002  # the id's low 16 bits: starts an attachment
_ATT_ATTACH_DATA = 0x800F  # its bytes
_HEAD = struct.Struct("<BII")


def tnef_members(data: bytes) -> tuple[list[Member], list[Defect]]:
    """The attached files of a winmail.dat worth reading, and a defect for each refused
    or for a stream cut short."""
    if not data.startswith(SIGNATURE):
        return [], [Defect(code="tnef_unreadable", detail="no TNEF signature")]
    found: list[bytes] = []
    defects: list[Defect] = []
    at, seen = 6, 0
    while at + _HEAD.size <= len(data) and seen < MAX_ATTRIBUTES:
        level, attribute, length = _HEAD.unpack_from(data, at)
        at += _HEAD.size
        if at + length + 2 > len(data):
            defects.append(Defect(code="tnef_truncated", detail=f"attribute {seen + 1} cut short"))
            break
        if level == _ATTACH_LEVEL and attribute & 0xFFFF == _ATT_ATTACH_REND_DATA:
            found.append(b"")  # an attachment starts; its data may come later or never
        elif level == _ATTACH_LEVEL and attribute & 0xFFFF == _ATT_ATTACH_DATA and found:
            found[-1] = data[at : at + length]
        at += length + 2  # the data and its checksum
        seen += 1
    files = [(n, blob) for n, blob in enumerate(found, start=1) if blob]
    if not files:
        defects.append(Defect(code="tnef_empty", detail="no attached file"))
    if len(files) > MAX_MEMBERS:
        detail = f"{len(files)} files, the first {MAX_MEMBERS} read"
        defects.append(Defect(code="tnef_too_many_members", detail=detail))
    members: list[Member] = []
    budget = MAX_TOTAL_BYTES
    for number, blob in files[:MAX_MEMBERS]:
        if len(blob) > min(budget, MAX_MEMBER_BYTES):
            detail = f"member {number}: {len(blob)} bytes, over the limit"
            defects.append(Defect(code="tnef_member_too_large", detail=detail))
            continue
        kind = sniff_type(blob, None, None)
        if kind in (ZIP, TNEF):
            defects.append(Defect(code="tnef_nested", detail=f"member {number}: not opened"))
            continue
        members.append(Member(number=number, content=blob, content_type=kind))
        budget -= len(blob)
    return members, defects
