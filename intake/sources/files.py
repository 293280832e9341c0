"""Read exported mail for `intake import`: .eml files, Maildir folders and mbox files."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path

from intake.errors import SourceError


def iter_messages(paths: list[Path]) -> Iterator[bytes]:
    """Every message under the given paths, in a stable order."""
    for path in paths:
        yield from _iter_path(path)


def _iter_path(path: Path) -> Iterator[bytes]:
    if not path.exists():
        raise SourceError(f"import: {path} does not exist")
    if path.is_dir():
        if (path / "cur").is_dir() and (path / "new").is_dir():
            yield from _iter_maildir(path)
            return
        for child in sorted(path.iterdir()):
            if child.is_dir() or _looks_like_mail_file(child):
                yield from _iter_path(child)
        return
    if _is_mbox(path):
        yield from _iter_mbox(path)
    else:
        yield path.read_bytes()


def _looks_like_mail_file(path: Path) -> bool:
    return not path.name.startswith(".") and path.suffix.lower() in ("", ".eml", ".txt", ".mbox")


def _is_mbox(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"From "


def _iter_maildir(path: Path) -> Iterator[bytes]:
    for sub in ("new", "cur"):
        for child in sorted((path / sub).iterdir()):
            if child.is_file() and not child.name.startswith("."):
                yield child.read_bytes()


def _iter_mbox(path: Path) -> Iterator[bytes]:
    box = mailbox.mbox(str(path), create=False)
    try:
        for key in box.iterkeys():
            yield box.get_bytes(key)
    finally:
        box.close()
