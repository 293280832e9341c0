"""A local drop folder of .eml files: the embedded default inbox.

A file's identity is its content hash, so renaming a file does not make it new.
Once capture has committed, the file is removed (`finish`): it is plain mail, and erasure
could not reach a copy left on disk. Only an operator who sets `server_action`
explicitly keeps it: "move" into the `processed_folder` subfolder, or "leave"/"flag" in
place; `intake status` and the compliance report then warn that plaintext stays.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from intake.errors import SourceUnreachable
from intake.settings import MailboxSettings
from intake.sources.base import ItemRef, SourceView


def file_key(source: str, raw: bytes) -> str:
    return _key(source, hashlib.sha256(raw).hexdigest())


def _key(source: str, hexdigest: str) -> str:
    return f"file:{source}:{hexdigest}"


class FolderSource:
    def __init__(self, mailbox: MailboxSettings) -> None:
        assert mailbox.path is not None
        self.name = mailbox.name
        self.mailbox = mailbox
        self.path: Path = mailbox.path

    def __enter__(self) -> FolderSource:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def select(self) -> SourceView:
        try:
            self.path.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise SourceUnreachable(
                f"mailbox {self.name!r}: cannot use folder {self.path} ({exc.strerror})"
            ) from None
        return SourceView(folder=None)

    def list_refs(self) -> list[ItemRef]:
        """Every file, keyed by its hash, read a block at a time: a folder of large mail
        read whole, each to hash it, grew the worker by the largest of them."""
        refs = []
        for path in sorted(self.path.glob("*.eml")):
            try:
                with path.open("rb") as file:
                    digest = hashlib.file_digest(file, "sha256")
                    size = file.tell()
            except OSError:
                continue  # vanished or unreadable now; seen again at the next poll
            refs.append(ItemRef(key=_key(self.name, digest.hexdigest()), size=size, path=path))
        return refs

    def fill_sizes(self, refs: Sequence[ItemRef]) -> None:
        return None  # known from the listing

    def fill_message_ids(self, refs: Sequence[ItemRef]) -> None:
        return None

    def fetch(self, refs: Sequence[ItemRef]) -> Iterator[tuple[ItemRef, bytes]]:
        for ref in refs:
            assert ref.path is not None
            try:
                yield ref, ref.path.read_bytes()
            except FileNotFoundError:
                continue

    def finish(self, refs: Sequence[ItemRef]) -> None:
        """Called only after the capture of `refs` committed."""
        action = self.mailbox.folder_action
        if action == "delete":
            for ref in refs:
                assert ref.path is not None
                ref.path.unlink(missing_ok=True)
            return
        if action != "move":
            return
        target = self.path / self.mailbox.processed_folder
        target.mkdir(exist_ok=True, mode=0o700)
        for ref in refs:
            assert ref.path is not None
            try:
                os.replace(ref.path, target / ref.path.name)
            except FileNotFoundError:
                continue
