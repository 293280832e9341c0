"""The file keyring: safe creation, refusal of unsafe files, wrapping and rotation."""

from __future__ import annotations

import base64
import json
import os
import stat
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest

from storage.errors import DecryptError, KeyringError
from storage.keyring import FileKeyring, KeyProvider, rewrap, wrapped_key_id

CONTEXT = b"data_key:42"


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def raw_keys(path: Path) -> list[bytes]:
    doc = json.loads(path.read_text())
    entries = doc["master_keys"] + doc["index_keys"]
    return [base64.b64decode(entry["key"]) for entry in entries]


def assert_no_key_material(text: str, keys: list[bytes]) -> None:
    assert keys
    for raw in keys:
        for form in (
            raw.hex(),
            base64.b64encode(raw).decode(),
            base64.urlsafe_b64encode(raw).decode(),
            str(raw)[2:-1],
        ):
            assert form not in text


def full_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)) + repr(exc)


# -- creation and loading ---------------------------------------------------------


def test_creates_a_0600_keyring_in_a_0700_folder(tmp_path: Path) -> None:
    path = tmp_path / "var" / "keyring.json"
    old_umask = os.umask(0)  # a permissive umask must not loosen the modes
    try:
        ring = FileKeyring.load_or_create(path)
    finally:
        os.umask(old_umask)
    assert mode_of(path) == 0o600
    assert mode_of(path.parent) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["keyring.json"]
    doc = json.loads(path.read_text())
    assert doc["version"] == 1
    assert doc["active"] == ring.active_key_id == ring.key_ids()[0]
    assert ring.active_key_id.startswith("mk-")
    assert [k["retired"] for k in doc["master_keys"]] == [False]
    assert [k["active"] for k in doc["index_keys"]] == [True]
    assert all(len(raw) == 32 for raw in raw_keys(path))
    assert isinstance(ring, KeyProvider)


def test_loading_again_gives_the_same_keys(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    first = FileKeyring.load_or_create(path)
    second = FileKeyring.load_or_create(path)
    assert second.active_key_id == first.active_key_id
    assert second.unwrap(first.wrap(b"k" * 32, context=CONTEXT), context=CONTEXT) == b"k" * 32
    assert second.index_key() == first.index_key()
    assert FileKeyring.load(path).key_ids() == first.key_ids()


def test_concurrent_first_starts_agree_on_one_keyring(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    barrier = threading.Barrier(8)
    results: list[str] = []

    def start() -> None:
        barrier.wait()
        results.append(FileKeyring.load_or_create(path).active_key_id)

    threads = [threading.Thread(target=start) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8 and len(set(results)) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyring.json"]


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o620])
def test_refuses_a_file_other_users_can_touch(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "keyring.json"
    FileKeyring.load_or_create(path)
    keys = raw_keys(path)
    path.chmod(mode)
    with pytest.raises(KeyringError) as caught:
        FileKeyring.load_or_create(path)
    message = str(caught.value)
    assert "\n" not in message
    assert f"(mode {mode:04o})" in message
    assert message.endswith(f"run: chmod 600 {path}")
    assert ("readable" in message) == bool(mode & 0o044)
    assert_no_key_material(full_text(caught.value), keys)


def test_load_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeyringError, match="not found"):
        FileKeyring.load(tmp_path / "nope.json")
    assert not (tmp_path / "nope.json").exists()


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda text: text[: len(text) // 2],  # cut mid-key: not JSON
        lambda text: text.replace('"version": 1', '"version": 2'),
        lambda text: text.replace('"key": "', '"key": "AAAA', 1),  # wrong length
        lambda text: text.replace('"active": "mk-', '"active": "xx-'),
        lambda text: text.replace('"active": true', '"active": false'),
        lambda text: "[]",
    ],
)
def test_corrupt_files_fail_clearly_without_leaking_keys(
    tmp_path: Path, corrupt: Callable[[str], str]
) -> None:
    path = tmp_path / "keyring.json"
    FileKeyring.load_or_create(path)
    keys = raw_keys(path)
    path.write_text(corrupt(path.read_text()))
    with pytest.raises(KeyringError) as caught:
        FileKeyring.load(path)
    assert "\n" not in str(caught.value)
    assert str(path) in str(caught.value)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None  # e.g. a JSONDecodeError carries the document
    assert_no_key_material(full_text(caught.value), keys)


def test_from_env_reads_raw_json_or_base64(monkeypatch: pytest.MonkeyPatch) -> None:
    source = FileKeyring.in_memory()
    wrapped = source.wrap(b"d" * 32, context=CONTEXT)
    document = source.export_json()
    encoded = base64.b64encode(document.encode()).decode()
    wrapped_lines = "\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))
    for value in (document, encoded, wrapped_lines):
        ring = FileKeyring.from_env("INTAKE_KEYRING", environ={"INTAKE_KEYRING": value})
        assert ring.unwrap(wrapped, context=CONTEXT) == b"d" * 32
    monkeypatch.setenv("INTAKE_KEYRING_TEST", encoded)
    assert FileKeyring.from_env("INTAKE_KEYRING_TEST").key_ids() == source.key_ids()


@pytest.mark.parametrize("value", [None, "", "not base64!", base64.b64encode(b"[1]").decode()])
def test_from_env_bad_values_name_the_variable(value: str | None) -> None:
    environ = {} if value is None else {"INTAKE_KEYRING": value}
    with pytest.raises(KeyringError, match="INTAKE_KEYRING") as caught:
        FileKeyring.from_env("INTAKE_KEYRING", environ=environ)
    assert "\n" not in str(caught.value)


def test_env_keyring_is_read_only() -> None:
    document = FileKeyring.in_memory().export_json()
    ring = FileKeyring.from_env("K", environ={"K": document})
    before = ring.key_ids()
    with pytest.raises(KeyringError, match="read-only"):
        ring.add_master_key()
    assert ring.key_ids() == before


# -- wrapping ---------------------------------------------------------------------


def test_wrap_format_and_round_trip() -> None:
    ring = FileKeyring.in_memory()
    data_key = os.urandom(32)
    wrapped = ring.wrap(data_key, context=CONTEXT)
    kid = ring.active_key_id.encode()
    assert wrapped[:3] == b"IK\x01"
    assert wrapped[3] == len(kid) and wrapped[4 : 4 + len(kid)] == kid
    assert len(wrapped) == 4 + len(kid) + 12 + 32 + 16
    assert wrapped_key_id(wrapped) == ring.active_key_id
    assert data_key not in wrapped
    assert ring.unwrap(wrapped, context=CONTEXT) == data_key
    assert ring.wrap(data_key, context=CONTEXT) != wrapped  # random nonce


def test_unwrap_failures_are_one_opaque_error() -> None:
    ring = FileKeyring.in_memory()
    wrapped = ring.wrap(os.urandom(32), context=CONTEXT)
    bad_inputs = [wrapped[:-1], wrapped + b"\0", b"", b"IK", wrapped.replace(b"IK", b"IF", 1)]
    bad_inputs += [
        bytes(b ^ (1 << bit) if i == pos else b for i, b in enumerate(wrapped))
        for pos in range(len(wrapped))
        for bit in range(8)
    ]
    for bad in bad_inputs:
        with pytest.raises(DecryptError) as caught:
            ring.unwrap(bad, context=CONTEXT)
        assert str(caught.value) == "decryption failed"
    for context in (b"data_key:43", b"data_key:4", b""):
        with pytest.raises(DecryptError):
            ring.unwrap(wrapped, context=context)
    with pytest.raises(DecryptError):
        FileKeyring.in_memory().unwrap(wrapped, context=CONTEXT)  # unknown key id


def test_key_bytes_never_in_repr_str_or_errors(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    ring = FileKeyring.load_or_create(path)
    ring.add_master_key()
    keys = raw_keys(path)
    texts = [repr(ring), str(ring), repr(ring.index_key()[0])]
    for master in ring.master_keys():
        texts += [repr(master), str(master), f"{master}"]
        assert master.key_id in repr(master)
    errors: list[BaseException] = []
    for action in (
        lambda: ring.unwrap(b"IK\x01\x02zz" + b"\0" * 40, context=CONTEXT),
        lambda: ring.unwrap(ring.wrap(b"x", context=CONTEXT), context=b"other"),
        lambda: ring.remove(ring.active_key_id),
        lambda: ring.retire(ring.active_key_id),
        lambda: ring.index_key("nope"),
    ):
        with pytest.raises((DecryptError, KeyringError)) as caught:
            action()
        errors.append(caught.value)
    texts += [full_text(exc) for exc in errors]
    assert_no_key_material("\n".join(texts), keys)


# -- index keys -------------------------------------------------------------------


def test_index_key_is_separate_from_master_keys(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    ring = FileKeyring.load_or_create(path)
    key_id, raw = ring.index_key()
    assert key_id.startswith("ik-") and len(raw) == 32
    assert ring.index_key(key_id) == (key_id, raw)
    doc = json.loads(path.read_text())
    assert base64.b64decode(doc["index_keys"][0]["key"]) == raw
    assert base64.b64decode(doc["master_keys"][0]["key"]) != raw
    with pytest.raises(KeyringError):
        ring.index_key("ik-unknown")


# -- rotation ---------------------------------------------------------------------


def test_rotation_scenario(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    ring = FileKeyring.load_or_create(path)
    key_a = ring.active_key_id
    data_key = os.urandom(32)
    wrapped_a = ring.wrap(data_key, context=CONTEXT)

    key_b = ring.add_master_key().key_id
    assert key_b != key_a and ring.active_key_id == key_b
    assert FileKeyring.load(path).active_key_id == key_b  # persisted
    assert mode_of(path) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyring.json"]  # no temp left
    assert ring.unwrap(wrapped_a, context=CONTEXT) == data_key

    wrapped_b = rewrap(ring, wrapped_a, context=CONTEXT)
    assert wrapped_key_id(wrapped_b) == key_b

    ring.remove(key_a)
    assert ring.key_ids() == [key_b]
    reloaded = FileKeyring.load(path)
    assert reloaded.key_ids() == [key_b]
    for current in (ring, reloaded):
        assert current.unwrap(wrapped_b, context=CONTEXT) == data_key
        with pytest.raises(DecryptError):
            current.unwrap(wrapped_a, context=CONTEXT)


def test_retired_key_still_unwraps_but_no_longer_wraps(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    ring = FileKeyring.load_or_create(path)
    key_a = ring.active_key_id
    wrapped_a = ring.wrap(b"k" * 32, context=CONTEXT)
    with pytest.raises(KeyringError, match="active"):
        ring.retire(key_a)
    key_b = ring.add_master_key().key_id
    ring.retire(key_a)
    reloaded = FileKeyring.load(path)
    assert {k.key_id: k.retired for k in reloaded.master_keys()} == {key_a: True, key_b: False}
    assert reloaded.unwrap(wrapped_a, context=CONTEXT) == b"k" * 32
    assert wrapped_key_id(reloaded.wrap(b"k" * 32, context=CONTEXT)) == key_b


def test_remove_refuses_the_active_or_an_unknown_key(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    ring = FileKeyring.load_or_create(path)
    before = path.read_bytes()
    with pytest.raises(KeyringError, match="active key"):
        ring.remove(ring.active_key_id)
    with pytest.raises(KeyringError, match="no master key"):
        ring.remove("mk-19700101-0000")
    assert path.read_bytes() == before


def test_failed_rewrite_leaves_file_and_memory_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "var"
    folder.mkdir()
    ring = FileKeyring.load_or_create(folder / "keyring.json")
    before = (ring.key_ids(), ring.active_key_id)
    # Swap the folder for a plain file: the temp file cannot be made, even as root.
    moved = folder.rename(tmp_path / "moved")
    saved = (moved / "keyring.json").read_bytes()
    folder.write_text("not a folder")
    with pytest.raises(KeyringError, match="cannot write keyring") as caught:
        ring.add_master_key()
    assert "\n" not in str(caught.value)
    assert (ring.key_ids(), ring.active_key_id) == before
    assert (moved / "keyring.json").read_bytes() == saved


def test_other_process_rotation_is_seen_after_reload(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    worker = FileKeyring.load_or_create(path)
    admin = FileKeyring.load(path)
    new_id = admin.add_master_key().key_id
    wrapped = admin.wrap(b"z" * 32, context=CONTEXT)
    with pytest.raises(DecryptError):
        worker.unwrap(wrapped, context=CONTEXT)
    worker.reload()
    assert worker.active_key_id == new_id
    assert worker.unwrap(wrapped, context=CONTEXT) == b"z" * 32
