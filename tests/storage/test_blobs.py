"""Encrypted blobs on disk: random names, ciphertext only, nothing partial left behind."""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.blobs import BlobStore
from storage.crypto import DataKey
from storage.errors import BlobError, BlobNotFoundError, DecryptError

AAD = b"message:1:raw"
MESSAGE = (
    "From: somchai@example.go.th\r\nSubject: ขอสำเนาทะเบียนบ้าน\r\n\r\n"
    "เรียน เจ้าหน้าที่ ข้าพเจ้านายสมชาย ใจดี ขอสำเนาทะเบียนบ้าน\r\n"
).encode()


def all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def in_pieces(data: bytes, size: int = 1000) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def test_put_and_read_back(tmp_path: Path) -> None:
    root = tmp_path / "blobs"
    store = BlobStore(root)
    key = DataKey.generate(1)
    name = store.put(key, in_pieces(MESSAGE, 10), aad=AAD)
    assert re.fullmatch(r"[0-9a-f]{32}", name)
    path = root / name[:2] / name
    assert all_files(root) == [path]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert store.exists(name)
    assert list(store.iter_names()) == [name]
    assert store.read_all(name, key, aad=AAD) == MESSAGE


def test_disk_holds_ciphertext_only(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    name = store.put(DataKey.generate(1), [MESSAGE * 50], aad=AAD)
    on_disk = (tmp_path / name[:2] / name).read_bytes()
    for needle in (b"somchai", "สมชาย".encode(), "ทะเบียนบ้าน".encode(), MESSAGE[:20]):
        assert needle not in on_disk


def test_names_are_random_and_fan_out(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    key = DataKey.generate(1)
    names = [store.put(key, [MESSAGE], aad=AAD) for _ in range(20)]
    assert len(set(names)) == 20
    assert sorted(store.iter_names()) == sorted(names)
    for name in names:
        assert (tmp_path / name[:2] / name).is_file()


def test_open_streams_segment_by_segment(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    key = DataKey.generate(1)
    data = os.urandom(3 * 65536 + 100)
    name = store.put(key, in_pieces(data, 5000), aad=AAD)
    parts = list(store.open(name, key, aad=AAD))
    assert [len(p) for p in parts] == [65536, 65536, 65536, 100]
    assert b"".join(parts) == data


def test_empty_blob(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    key = DataKey.generate(1)
    assert store.read_all(store.put(key, [], aad=AAD), key, aad=AAD) == b""


def test_wrong_key_or_aad_fails(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    key = DataKey.generate(1)
    name = store.put(key, [MESSAGE], aad=AAD)
    with pytest.raises(DecryptError):
        store.read_all(name, DataKey.generate(1), aad=AAD)
    with pytest.raises(DecryptError):
        store.read_all(name, key, aad=b"message:2:raw")


def test_delete_is_idempotent(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    key = DataKey.generate(1)
    name = store.put(key, [MESSAGE], aad=AAD)
    store.delete(name)
    assert not store.exists(name)
    assert list(store.iter_names()) == []
    store.delete(name)
    with pytest.raises(BlobNotFoundError):
        store.open(name, key, aad=AAD)  # raised at once, not on first iteration


@pytest.mark.parametrize("name", ["../../etc/passwd", "AB" * 16, "a" * 31, "", "ab/cd"])
def test_bad_names_are_refused(tmp_path: Path, name: str) -> None:
    store = BlobStore(tmp_path)
    with pytest.raises(BlobError, match="invalid blob name"):
        store.exists(name)
    with pytest.raises(BlobError):
        store.delete(name)


def test_full_disk_becomes_one_actionable_line_and_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "blobs"
    store = BlobStore(root)
    store.put(DataKey.generate(1), [b"earlier"], aad=AAD)
    before = all_files(root)

    # The kernel reports a full disk at write() or, with delayed allocation, at fsync().
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(BlobError) as caught:
        store.put(DataKey.generate(2), in_pieces(os.urandom(300_000)), aad=AAD)
    monkeypatch.undo()
    assert str(caught.value) == (
        f"no space left on device writing to {root}; free disk space or move data_dir"
    )
    assert all_files(root) == before


def test_failing_input_propagates_unchanged_and_leaves_nothing(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)

    def broken_source() -> Iterator[bytes]:
        yield os.urandom(200_000)
        raise ConnectionResetError(errno.ECONNRESET, "connection reset")

    with pytest.raises(ConnectionResetError):  # not disguised as a disk problem
        store.put(DataKey.generate(1), broken_source(), aad=AAD)
    assert all_files(tmp_path) == []


def test_remove_partials_sweeps_only_old_leftovers(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    name = store.put(DataKey.generate(1), [MESSAGE], aad=AAD)
    folder = tmp_path / "ab"
    folder.mkdir(exist_ok=True)
    old = folder / f".{'ab' + '0' * 30}.partial"
    fresh = folder / f".{'ab' + '1' * 30}.partial"
    old.write_bytes(b"x")
    fresh.write_bytes(b"x")
    os.utime(old, (1_000_000, 1_000_000))
    assert store.remove_partials(older_than_s=3600) == 1
    assert not old.exists() and fresh.exists()
    assert list(store.iter_names()) == [name]  # partials are never listed as blobs


# -- a batch (capture writes one per fetch) ---------------------------------------------


def _batch(count: int) -> list[tuple[DataKey, bytes, bytes]]:
    return [(DataKey.generate(n), MESSAGE + str(n).encode(), AAD) for n in range(count)]


@pytest.mark.parametrize("syncfs", [True, False], ids=["syncfs", "fsync-each"])
def test_put_many_stores_every_blob_and_syncs_before_and_after_the_renames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, syncfs: bool
) -> None:
    import storage.blobs as blobs

    calls: list[tuple[str, list[str]]] = []  # what was synced, and the names on disk then

    def names() -> list[str]:
        return sorted(p.name for p in all_files(tmp_path))

    real_fsync, real_syncfs = os.fsync, blobs._SYNCFS
    if syncfs:
        assert real_syncfs is not None, "Linux has syncfs; the service runs on Linux"

        def spy_syncfs(fd: int) -> int:
            calls.append(("syncfs", names()))
            return real_syncfs(fd)

        monkeypatch.setattr(blobs, "_SYNCFS", spy_syncfs)
    else:
        monkeypatch.setattr(blobs, "_SYNCFS", None)

        def spy_fsync(fd: int) -> None:
            calls.append(("fsync", names()))
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", spy_fsync)
    items = _batch(5)
    stored = BlobStore(tmp_path).put_many(items)
    assert [
        BlobStore(tmp_path).read_all(n, key, aad=AAD)
        for n, (key, _, _) in zip(stored, items, strict=True)
    ] == [data for _, data, _ in items]
    assert names() == sorted(stored)  # no partial left
    # The data is synced while every file still has its partial name, the renames after.
    first_rename = next(i for i, (_, seen) in enumerate(calls) if any(s in seen for s in stored))
    assert all(all(n.endswith(".partial") for n in seen) for _, seen in calls[:first_rename])
    assert first_rename >= 1 and calls[-1][1] == sorted(stored)
    if syncfs:
        assert len(calls) == 2  # one for the data of the whole batch, one for the names
    else:
        assert len(calls) >= 5 + 1


def test_put_many_that_cannot_sync_leaves_nothing_and_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.blobs as blobs

    def no_space(fd: int) -> int:
        ctypes_errno = errno.ENOSPC
        monkeypatch.setattr(blobs.ctypes, "get_errno", lambda: ctypes_errno)
        return -1

    def no_space_fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if blobs._SYNCFS is not None:
        monkeypatch.setattr(blobs, "_SYNCFS", no_space)
    else:
        monkeypatch.setattr(os, "fsync", no_space_fsync)
    with pytest.raises(BlobError) as caught:
        BlobStore(tmp_path / "blobs").put_many(_batch(3))
    assert str(caught.value).startswith("no space left on device writing to")
    assert all_files(tmp_path) == []
