"""Encrypted files (raw messages, attachments) under random names.

Layout: `root/ab/ab12...` (32 hex characters, the first two as a fan-out folder), 0600
files in 0700 folders. A blob is written to a hidden `.<name>.partial` beside its final
name, fsynced, renamed and the folder fsynced, so a crash leaves either a complete blob
or a partial file that `remove_partials` sweeps; only ciphertext ever reaches the disk.
A batch (`put_many`, what capture uses) keeps that order with one syncfs for all the
files and one for all the renames, on Linux.
Names say nothing about the content; the database maps cases to names.
"""

from __future__ import annotations

import ctypes
import errno
import io
import os
import re
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from storage.crypto import DataKey, decrypt_stream, encrypt_stream
from storage.errors import BlobError, BlobNotFoundError

_NAME_RE = re.compile(r"[0-9a-f]{32}")
_PARTIAL_RE = re.compile(r"\.[0-9a-f]{32}\.partial")
_DISK_FULL = {errno.ENOSPC, errno.EDQUOT}


class _TrackedInput:
    """Iterates the caller's chunks, noting whether an error came from them (not us)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self.failed = False

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        try:
            return next(self._chunks)
        except StopIteration:
            raise
        except BaseException:
            self.failed = True
            raise


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _load_syncfs() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None, use_errno=True).syncfs
    except (AttributeError, OSError):  # not Linux: per-file fsync instead
        return None


_SYNCFS = _load_syncfs()


def _sync_filesystem(path: Path) -> None:
    """Everything written to the filesystem holding `path` reaches the disk (Linux
    syncfs, which also reports write-back errors since 5.8). One call for a batch of
    blobs costs what one or two fsyncs do, where a file each cost a hundred."""
    assert _SYNCFS is not None
    fd = os.open(path, os.O_RDONLY)
    try:
        if _SYNCFS(fd) != 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))
    finally:
        os.close(fd)


class BlobStore:
    """Put, read and delete encrypted blobs under `root`."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"BlobStore({str(self.root)!r})"

    # -- writing ----------------------------------------------------------------------

    def put(self, key: DataKey, chunks: Iterable[bytes], *, aad: bytes) -> str:
        """Encrypt `chunks` into a new blob; returns its name."""
        name = secrets.token_hex(16)
        source = _TrackedInput(chunks)
        try:
            directory = self._ensure_dir(name[:2])
        except OSError as exc:
            raise self._write_error(exc) from None
        partial = directory / f".{name}.partial"
        try:
            self._write(partial, key, source, aad)
            os.rename(partial, directory / name)
            _fsync_dir(directory)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            if source.failed:
                raise  # the caller's input failed, not our disk: let its error through
            raise self._write_error(exc) from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return name

    def put_many(self, items: Sequence[tuple[DataKey, bytes, bytes]]) -> list[str]:
        """Encrypt several (key, plaintext, aad) at once, durable when this returns.

        As with `put`, no final name ever holds a partial file: every file is written
        and synced under its partial name, then renamed, then the renames are synced.
        On Linux each sync is one syncfs for the whole batch; elsewhere each file is
        fsynced and each folder once.
        """
        written: list[tuple[Path, Path]] = []  # (partial, final)
        try:
            for key, data, aad in items:
                name = secrets.token_hex(16)
                directory = self._ensure_dir(name[:2])
                partial = directory / f".{name}.partial"
                written.append((partial, directory / name))
                self._write(partial, key, [data], aad, sync=_SYNCFS is None)
            if _SYNCFS is not None:
                _sync_filesystem(self.root)
            for partial, final in written:
                os.rename(partial, final)
            self._sync_renames({final.parent for _, final in written})
        except OSError as exc:
            for partial, final in written:
                partial.unlink(missing_ok=True)
                final.unlink(missing_ok=True)
            raise self._write_error(exc) from None
        except BaseException:
            for partial, _ in written:
                partial.unlink(missing_ok=True)
            raise
        return [final.name for _, final in written]

    def _sync_renames(self, directories: set[Path]) -> None:
        if _SYNCFS is not None:
            _sync_filesystem(self.root)
            return
        for directory in directories:
            _fsync_dir(directory)

    @staticmethod
    def _write(
        partial: Path, key: DataKey, source: Iterable[bytes], aad: bytes, *, sync: bool = True
    ) -> None:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        with os.fdopen(fd, "wb") as out:
            encrypt_stream(key, source, out, aad=aad)
            out.flush()
            if sync:
                os.fsync(out.fileno())

    def _ensure_dir(self, fan_out: str) -> Path:
        if not self.root.is_dir():
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.root.chmod(0o700)  # mkdir's mode is masked by the umask
        directory = self.root / fan_out
        directory.mkdir(exist_ok=True, mode=0o700)
        return directory

    def _write_error(self, exc: OSError) -> BlobError:
        if exc.errno in _DISK_FULL:
            return BlobError(
                f"no space left on device writing to {self.root}; free disk space or move data_dir"
            )
        return BlobError(
            f"cannot write to {self.root}: {exc.strerror}; "
            "check that the service's user owns that folder"
        )

    # -- reading ----------------------------------------------------------------------

    def open(self, name: str, key: DataKey, *, aad: bytes) -> Iterator[bytes]:
        """Plaintext segments of blob `name`; see `decrypt_stream` about truncation."""
        path = self._path(name)
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            raise BlobNotFoundError(f"blob {name} not found under {self.root}") from None
        except OSError as exc:
            raise BlobError(f"cannot read blob {name} under {self.root}: {exc.strerror}") from None
        return self._segments(handle, name, key, aad)

    def _segments(self, handle: BinaryIO, name: str, key: DataKey, aad: bytes) -> Iterator[bytes]:
        with handle:
            try:
                yield from decrypt_stream(key, handle, aad=aad)
            except OSError as exc:
                raise BlobError(
                    f"cannot read blob {name} under {self.root}: {exc.strerror}"
                ) from None

    def read_all(self, name: str, key: DataKey, *, aad: bytes) -> bytes:
        # Into one growing buffer, handed back without a copy: joining the segments
        # held them all and their join at once, twice the mail (a 15 MB mail, 30 MB).
        out = io.BytesIO()
        for segment in self.open(name, key, aad=aad):
            out.write(segment)
        return out.getvalue()

    # -- housekeeping -----------------------------------------------------------------

    def exists(self, name: str) -> bool:
        return self._path(name).is_file()

    def delete(self, name: str) -> None:
        """Remove a blob; a missing one is fine (deletion is idempotent)."""
        self._path(name).unlink(missing_ok=True)

    def iter_names(self) -> Iterator[str]:
        """Names of all complete blobs, in sorted order."""
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if len(folder.name) != 2 or not folder.is_dir():
                continue
            for entry in sorted(folder.iterdir()):
                if _NAME_RE.fullmatch(entry.name) and entry.name[:2] == folder.name:
                    yield entry.name

    def remove_partials(self, *, older_than_s: float = 3600.0, now: float | None = None) -> int:
        """Delete partial files left by a crash; returns how many were removed.

        Only files older than `older_than_s` go, so a write in progress is left alone.
        """
        if not self.root.is_dir():
            return 0
        cutoff = (time.time() if now is None else now) - older_than_s
        removed = 0
        for entry in self.root.glob("??/.*.partial"):
            if _PARTIAL_RE.fullmatch(entry.name) and entry.stat().st_mtime < cutoff:
                entry.unlink(missing_ok=True)
                removed += 1
        return removed

    def _path(self, name: str) -> Path:
        if not _NAME_RE.fullmatch(name):
            raise BlobError("invalid blob name: expected 32 lowercase hex characters")
        return self.root / name[:2] / name
