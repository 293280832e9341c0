"""Read exported mail for `intake import`: .eml files, Maildir folders and mbox files.

Each message comes out as a `Found`: its bytes, or (over the size limit) only its size
and a content hash read in chunks, so a huge file is never held in memory. Inside a
directory, any file that looks like mail is read whatever its name; the others are
reported as `Skipped` with a reason (never their content). A file named on the command
line is always read: the operator asked for it.
"""

from __future__ import annotations

import hashlib
import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from intake.errors import SourceError

_CHUNK = 1024 * 1024
_SNIFF = 4096
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (and old Office files)
_HEADER_START = re.compile(rb"^[\x21-\x39\x3b-\x7e]{1,76}:")


@dataclass(frozen=True)
class Found:
    """One message: `raw` when within the limit, else None with its size and hash."""

    size: int
    raw: bytes | None = None
    sha256: str | None = None  # set when raw is None


@dataclass(frozen=True)
class Skipped:
    reason: str  # safe to print: a kind of file, never its name or content


def iter_messages(paths: list[Path], max_bytes: int) -> Iterator[Found | Skipped]:
    """Every message under the given paths, in a stable order."""
    for path in paths:
        if not path.exists():
            raise SourceError(f"import: {path} does not exist")
        yield from _iter_path(path, max_bytes, named=True)


def _iter_path(path: Path, max_bytes: int, *, named: bool) -> Iterator[Found | Skipped]:
    if path.is_dir():
        if (path / "cur").is_dir() and (path / "new").is_dir():
            yield from _iter_maildir(path, max_bytes)
            return
        for child in sorted(path.iterdir()):
            if not child.name.startswith("."):
                yield from _iter_path(child, max_bytes, named=False)
        return
    if not path.is_file():
        yield Skipped("not a regular file")
        return
    head = _head(path)
    if head.startswith(b"From "):
        yield from _iter_mbox(path, max_bytes)
        return
    reason = None if named else not_mail_reason(head)
    if reason is not None:
        yield Skipped(reason)
        return
    yield _read_file(path, max_bytes)


def not_mail_reason(head: bytes) -> str | None:
    """Why a file in a directory is not imported, from its first bytes; None if mail."""
    if not head:
        return "empty file"
    if head.startswith(_OLE_MAGIC):
        return "Outlook .msg or other OLE file (save it as .eml to import it)"
    if not _HEADER_START.match(head.lstrip(b"\r\n")):
        return "does not start with a mail header"
    return None


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(_SNIFF)


def _read_file(path: Path, max_bytes: int) -> Found:
    with path.open("rb") as handle:
        return _read_bounded(handle, max_bytes)


def _read_bounded(handle: BinaryIO, max_bytes: int) -> Found:
    """The bytes if there are at most `max_bytes`; else the size and hash, read in chunks."""
    data = handle.read(max_bytes + 1)
    if len(data) <= max_bytes:
        return Found(size=len(data), raw=data)
    digest = hashlib.sha256(data)
    size = len(data)
    del data
    while chunk := handle.read(_CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return Found(size=size, sha256=digest.hexdigest())


def _iter_maildir(path: Path, max_bytes: int) -> Iterator[Found | Skipped]:
    for sub in ("new", "cur"):
        for child in sorted((path / sub).iterdir()):
            if child.is_file() and not child.name.startswith("."):
                yield _read_file(child, max_bytes)


def _iter_mbox(path: Path, max_bytes: int) -> Iterator[Found | Skipped]:
    box = mailbox.mbox(str(path), create=False)
    try:
        for key in box.iterkeys():
            with box.get_file(key) as handle:  # the message alone, without its "From " line
                yield _read_bounded(handle, max_bytes)  # type: ignore[arg-type]
    finally:
        box.close()
