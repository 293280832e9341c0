"""Forms sent inside a ZIP archive, read as if they were attached themselves.

Windows' "Send to > Compressed folder" and phones' "share as zip" put a form in a
.zip, and a clerk opens it. An archive is also the oldest way to hurt a parser: a
member that inflates a thousandfold, sizes in the directory that lie, an archive in an
archive, a directory of a million entries. So the directory's entry count is read from
its end record before anything is opened; only the first MAX_MEMBERS files are read,
each to at most MAX_MEMBER_BYTES of what actually inflates (never what it declares),
all together to MAX_TOTAL_BYTES; archives inside are not opened; encrypted members are
passed over. Every refusal is a defect that names a member by its number (a file's
name may be the citizen's own). The whole analysis runs in the bounded child anyway
(extractors/bounded.py); these caps keep one archive from using all of it.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass

from extractors.base import Defect
from extractors.sniff import ZIP, sniff_type

__all__ = ["MAX_MEMBERS", "MAX_MEMBER_BYTES", "Member", "archive_members", "inflated_size"]

MAX_MEMBERS = 20  # a request is a form and a few scans
MAX_LISTED = 1000  # entries in the directory; past this the archive is not opened
MAX_MEMBER_BYTES = 16 * 1024 * 1024
MAX_TOTAL_BYTES = 48 * 1024 * 1024
_ARCHIVES = frozenset(
    {ZIP, "application/gzip", "application/vnd.rar", "application/x-7z-compressed"}
)
_STEP_BYTES = 1024 * 1024
_END_RECORD = b"PK\x05\x06"
_END_RECORD_MAX = 22 + 0xFFFF  # the record and the longest comment
_ENCRYPTED = 0x1  # general purpose flag bit 0
_UNREADABLE = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
               ValueError, OSError)  # fmt: skip


@dataclass(frozen=True)
class Member:
    number: int  # 1-based, in the archive's order
    content: bytes
    content_type: str  # sniffed from the bytes


def archive_members(data: bytes) -> tuple[list[Member], list[Defect]]:
    """The files of a ZIP archive worth reading, and a defect for each refused."""
    entries = _listed_entries(data)
    if entries is None:
        return [], [Defect(code="archive_unreadable", detail="no ZIP directory")]
    if entries > MAX_LISTED:
        detail = f"{entries} entries listed, over {MAX_LISTED}: not opened"
        return [], [Defect(code="archive_too_many_members", detail=detail)]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except _UNREADABLE as exc:
        return [], [Defect(code="archive_unreadable", detail=type(exc).__name__)]
    files = [(n, info) for n, info in enumerate(infos, start=1) if _worth_reading(info)]
    defects = []
    if not files:
        defects.append(Defect(code="archive_empty", detail="no file to read"))
    if len(files) > MAX_MEMBERS:
        detail = f"{len(files)} files, the first {MAX_MEMBERS} read"
        defects.append(Defect(code="archive_too_many_members", detail=detail))
    members: list[Member] = []
    budget = MAX_TOTAL_BYTES
    with archive:
        for number, info in files[:MAX_MEMBERS]:
            member, defect = _read(archive, number, info, min(budget, MAX_MEMBER_BYTES))
            if defect is not None:
                defects.append(defect)
            if member is not None:
                members.append(member)
                budget -= len(member.content)
    return members, defects


def inflated_size(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> int:
    """How many bytes the member really inflates to, counted in steps and never past
    `limit + 1` (nothing is kept): what the directory declares is the sender's word."""
    size = 0
    with archive.open(info) as stream:
        while size <= limit:
            step = stream.read(min(_STEP_BYTES, limit + 1 - size))
            if not step:
                break
            size += len(step)
    return size


def _listed_entries(data: bytes) -> int | None:
    """The entry count the end-of-directory record gives (ZIP64's 0xFFFF as such)."""
    at = data.rfind(_END_RECORD, max(0, len(data) - _END_RECORD_MAX))
    if at < 0 or len(data) < at + 22:
        return None
    return int.from_bytes(data[at + 10 : at + 12], "little")


def _worth_reading(info: zipfile.ZipInfo) -> bool:
    """Files, not folders, nor the resource forks and desktop files of Mac and Windows."""
    name = info.filename.replace("\\", "/")
    base = name.rpartition("/")[2]
    if info.is_dir() or not base or name.startswith("__MACOSX/") or base.startswith("."):
        return False
    return base.lower() not in ("thumbs.db", "desktop.ini")


def _read(
    archive: zipfile.ZipFile, number: int, info: zipfile.ZipInfo, limit: int
) -> tuple[Member | None, Defect | None]:
    where = f"member {number}"
    if info.flag_bits & _ENCRYPTED:
        return None, Defect(code="archive_member_encrypted", detail=f"{where}: password-protected")
    too_large = Defect(
        code="archive_member_too_large", detail=f"{where}: inflates past {limit} bytes"
    )
    if info.file_size > limit:
        return None, too_large
    try:
        with archive.open(info) as stream:
            # what inflates, whatever the directory says; reading to the end checks the CRC
            content = stream.read(limit + 1)
    except _UNREADABLE as exc:
        detail = f"{where}: {type(exc).__name__}"
        return None, Defect(code="archive_member_unreadable", detail=detail)
    if len(content) > limit:
        return None, too_large
    kind = sniff_type(content, None, info.filename)
    if kind in _ARCHIVES:
        return None, Defect(code="archive_nested", detail=f"{where}: an archive, not opened")
    return Member(number=number, content=content, content_type=kind), None
