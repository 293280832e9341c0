"""`intake import`: exported mail (.eml files, Maildir, mbox) through the same capture.

A file's identity is its content hash, so importing the same set twice adds nothing,
and mail we already took from a mailbox becomes a recorded duplicate, not a new case.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from intake.capture import capture_many, content_hash
from intake.context import Context
from intake.poll import known_refs
from intake.sources.base import ItemRef, SourceView
from intake.sources.files import iter_messages
from storage.db import transaction

log = logging.getLogger("intake.import")
SOURCE = "import"
BATCH = 100


@dataclass
class ImportResult:
    captured: int = 0
    already_imported: int = 0


def import_key(raw: bytes) -> str:
    return f"file:{SOURCE}:{content_hash(raw)}"


def import_paths(
    ctx: Context, paths: list[Path], on_message: Callable[[], None] | None = None
) -> ImportResult:
    result = ImportResult()
    batch: list[tuple[ItemRef, bytes]] = []
    for raw in iter_messages(paths):
        batch.append((ItemRef(key=import_key(raw), size=len(raw)), raw))
        if len(batch) >= BATCH:
            _store(ctx, batch, result)
            batch = []
        if on_message:
            on_message()
    if batch:
        _store(ctx, batch, result)
    log.info("import finished", extra={"event": "import", "captured": result.captured})
    return result


def _store(ctx: Context, batch: Iterable[tuple[ItemRef, bytes]], result: ImportResult) -> None:
    items = list(batch)
    view = SourceView(folder=None)
    with transaction(ctx.engine) as session:
        known = known_refs(session, [ref.key for ref, _ in items])
        seen_now: set[str] = set()
        fresh: list[tuple[ItemRef, bytes]] = []
        for ref, raw in items:
            if ref.key in known or ref.key in seen_now:
                result.already_imported += 1
                continue
            seen_now.add(ref.key)
            fresh.append((ref, raw))
        for message in capture_many(session, ctx, SOURCE, view, fresh):
            message.server_done = True  # nothing to tell a file
        result.captured += len(fresh)
