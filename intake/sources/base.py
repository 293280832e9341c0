"""The contract every mailbox source keeps with the capture loop."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Protocol


@dataclass(frozen=True)
class SourceView:
    """What the source is showing now: the folder and its UIDVALIDITY (IMAP only)."""

    folder: str | None
    uidvalidity: int | None = None


@dataclass
class ItemRef:
    """One message at its source, before its body is fetched."""

    key: str  # the unique source identity, stored as messages.source_key
    size: int = 0
    uid: int | None = None
    path: Path | None = field(default=None, repr=False)
    message_id_hint: str | None = field(default=None, repr=False)  # from a header-only fetch


class Source(Protocol):
    """A mailbox seen as: list what is there, fetch some, then tell the server we have them."""

    name: str

    def __enter__(self) -> Source: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def select(self) -> SourceView:
        """Open the folder; raise SourceError when it cannot be reached."""
        ...

    def list_refs(self) -> list[ItemRef]:
        """Every message now in the folder (sizes may be zero until `fill_sizes`)."""
        ...

    def fill_sizes(self, refs: Sequence[ItemRef]) -> None:
        """Set `size` on each ref, cheaply (no bodies)."""
        ...

    def fill_message_ids(self, refs: Sequence[ItemRef]) -> None:
        """Set `message_id_hint` from a header-only fetch (used to re-sync)."""
        ...

    def fetch(self, refs: Sequence[ItemRef]) -> Iterator[tuple[ItemRef, bytes]]:
        """The raw bytes of each message, in bounded batches chosen by the caller."""
        ...

    def finish(self, refs: Sequence[ItemRef]) -> None:
        """Carry out the server action (move, flag or leave) for captured messages."""
        ...
