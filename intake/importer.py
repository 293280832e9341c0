"""`intake import`: exported mail (.eml files, Maildir, mbox) through the same capture.

A file's identity is its content hash, so importing the same set twice adds nothing,
and mail we already took from a mailbox becomes a recorded duplicate, not a new case.
A message over `import_max_message_mb` is recorded as `oversized` (never read whole),
files in a directory that are not mail are counted by reason, and messages are stored
in batches bounded by count and by bytes, so an import of any size holds little memory.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from intake.capture import capture_many, content_hash, record_oversized
from intake.context import Context
from intake.poll import known_refs
from intake.sources.base import ItemRef, SourceView
from intake.sources.files import Found, Skipped, iter_messages
from storage.db import transaction

log = logging.getLogger("intake.import")
SOURCE = "import"
BATCH = 50  # messages per transaction
BATCH_BYTES = 32 * 1024 * 1024  # raw bytes held at once, at most (plus one message)


@dataclass
class ImportResult:
    captured: int = 0
    already_imported: int = 0
    oversized: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> files


def import_key(raw: bytes) -> str:
    return f"file:{SOURCE}:{content_hash(raw)}"


def import_paths(
    ctx: Context, paths: list[Path], on_message: Callable[[], None] | None = None
) -> ImportResult:
    result = ImportResult()
    limit = int(ctx.settings.import_max_message_mb * 1024 * 1024)
    batch: list[tuple[ItemRef, bytes]] = []
    held = 0
    for found in iter_messages(paths, limit):
        if isinstance(found, Skipped):
            result.skipped[found.reason] += 1
            continue
        if found.raw is None:
            _store_oversized(ctx, found, limit, result)
        else:
            batch.append((ItemRef(key=import_key(found.raw), size=found.size), found.raw))
            held += found.size
        if len(batch) >= BATCH or held >= BATCH_BYTES:
            _store(ctx, batch, result)
            batch, held = [], 0
        if on_message:
            on_message()
    if batch:
        _store(ctx, batch, result)
    log.info(
        "import finished",
        extra={
            "event": "import",
            "captured": result.captured,
            "oversized": result.oversized,
            "skipped": sum(result.skipped.values()),
        },
    )
    return result


def _store_oversized(ctx: Context, found: Found, limit: int, result: ImportResult) -> None:
    # The hash is of the bytes as they are (not line-end normalised): the file is not read
    # whole, and the key only has to make a second import of the same file a no-op.
    ref = ItemRef(key=f"file:{SOURCE}:oversized:{found.sha256}", size=found.size)
    with transaction(ctx.engine) as session:
        if ref.key in known_refs(session, [ref.key]):
            result.already_imported += 1
            return
        message = record_oversized(
            session, SOURCE, SourceView(folder=None), ref, limit, "not imported"
        )
        message.server_done = True  # nothing to tell a file
    result.oversized += 1


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
        capture_many(session, ctx, SOURCE, view, fresh, server_done=True)  # nothing to tell a file
        result.captured += len(fresh)
