"""Every decryption of personal data goes through storage/privacy.py: walk the code and see.

Banned outside the door: storage.crypto's decrypt_* and unwrap_data_key (by name, called
or merely referenced, so an alias does not slip through), `.unwrap(...)` on a keyring,
and `.open(...)` / `.read_all(...)` on a blob store. Allowed: the door itself, the crypto
and blob modules that define them, and the key layer that only unwraps data keys to hand
them on (storage/keys.py). Rewrapping (storage.keyring.rewrap: unwrap, then wrap under
the active master key) is banned too, except in storage/rotation.py, and there only
`rewrap` itself: any other bypass in that module still fails.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("intake", "storage", "extractors", "review", "compliance")
ALLOWED = {
    "storage/privacy.py",  # the door
    "storage/crypto.py",  # defines decrypt_*
    "storage/blobs.py",  # defines BlobStore.open/read_all
    "storage/blob_table.py",  # the same BlobStore interface over the blobs table
    "storage/keyring.py",  # defines unwrap; rewrap for rotation
    "storage/keys.py",  # load_data_key: unwraps a data key, decrypts no data
}
# Per module, the only banned names it may use: key rotation rewraps data keys.
ALLOWED_NAMES = {"storage/rotation.py": {"rewrap"}}
BANNED_NAMES = {
    "decrypt_field",
    "decrypt_text",
    "decrypt_json",
    "decrypt_stream",
    "unwrap_data_key",
    "rewrap",
}


def _receiver(node: ast.Attribute) -> str:
    return ast.unparse(node.value).lower()


def _method_bypass(node: ast.Call) -> str | None:
    """`x.read_all(...)`, a blob store's `.open(...)`, or a keyring's `.unwrap(...)`."""
    if not isinstance(node.func, ast.Attribute):
        return None
    attr, receiver = node.func.attr, _receiver(node.func)
    takes_aad = any(k.arg == "aad" for k in node.keywords)  # BlobStore.open's mark
    blob_open = attr == "open" and ("blob" in receiver or takes_aad)
    key_unwrap = attr in ("unwrap", "rewrap") and ("key" in receiver or "provider" in receiver)
    return f"{receiver}.{attr}()" if attr == "read_all" or blob_open or key_unwrap else None


def _getattr_bypass(node: ast.Call) -> bool:
    return (
        isinstance(node.func, ast.Name)
        and node.func.id == "getattr"
        and any(isinstance(a, ast.Constant) and a.value in BANNED_NAMES for a in node.args)
    )


def violations(source: str, filename: str = "<snippet>") -> list[str]:
    """Lines where `source` decrypts without the door."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        where = f"{filename}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Name) and node.id in BANNED_NAMES:
            found.append(f"{where}: {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in BANNED_NAMES:
            found.append(f"{where}: .{node.attr}")
        elif isinstance(node, ast.alias) and node.name.split(".")[-1] in BANNED_NAMES:
            found.append(f"{where}: import {node.name}")
        elif isinstance(node, ast.Call) and (bypass := _method_bypass(node)):
            found.append(f"{where}: {bypass}")
        elif isinstance(node, ast.Call) and _getattr_bypass(node):
            found.append(f"{where}: getattr(..., banned name)")
    return found


def _modules() -> list[Path]:
    return [
        path
        for package in PACKAGES
        if (REPO / package).is_dir()
        for path in sorted((REPO / package).rglob("*.py"))
    ]


def test_the_walk_sees_the_code_base() -> None:
    names = {p.relative_to(REPO).as_posix() for p in _modules()}
    assert {"intake/stage.py", "intake/cases.py", "storage/privacy.py"} <= names
    # the door itself is caught by the walk, which is why it must be allowed explicitly
    assert violations((REPO / "storage/privacy.py").read_text(encoding="utf-8"))


def test_no_module_decrypts_without_the_door() -> None:
    found: list[str] = []
    for path in _modules():
        relative = path.relative_to(REPO).as_posix()
        if relative in ALLOWED:
            continue
        allowed = ALLOWED_NAMES.get(relative, set())
        found += [
            v
            for v in violations(path.read_text(encoding="utf-8"), relative)
            if v.rsplit(" ", 1)[-1].lstrip(".").rsplit(".", 1)[-1] not in allowed
        ]
    assert found == [], "decryption outside storage/privacy.py:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "snippet",
    [
        "from storage.crypto import decrypt_json\n",
        "from storage import crypto\ncrypto.decrypt_text(key, token, table='t', row_id=1)\n",
        "import storage.crypto as c\nopen_it = c.decrypt_field\n",
        "raw = ctx.blobs.read_all(name, key, aad=b'')\n",
        "for part in self.blobs.open(name, key, aad=b''):\n    pass\n",
        "store = BlobStore(root)\ndata = b''.join(store.read_all(n, k, aad=a))\n",
        "store = BlobStore(root)\nparts = list(store.open(n, k, aad=a))\n",
        "key = unwrap_data_key(ctx.keyring, 1, wrapped)\n",
        "raw = ctx.keyring.unwrap(wrapped, context=b'data_key:1')\n",
        "f = getattr(crypto, 'decrypt_json')\n",
        "from storage.keyring import rewrap\n",
        "new = keyring.rewrap(ctx.keyring, wrapped, context=b'data_key:1')\n",
    ],
)
def test_a_bypass_is_caught(snippet: str) -> None:
    assert violations(snippet), snippet


@pytest.mark.parametrize(
    "snippet",
    [
        "with path.open('rb') as handle:\n    pass\n",
        "record = open_case_record(session, keyring, actor=a, purpose='p', case_id=1)\n",
        "token = encrypt_json(key, value, table='t', column='c', row_id=1)\n",
    ],
)
def test_ordinary_code_passes(snippet: str) -> None:
    assert violations(snippet) == []


def test_rotation_may_rewrap_and_nothing_else() -> None:
    """The module is checked, not skipped: only its `rewrap` is let through."""
    source = (REPO / "storage/rotation.py").read_text(encoding="utf-8")
    found = violations(source, "storage/rotation.py")
    assert found, "rotation rewraps, so the walk must see it"
    assert {v.rsplit(" ", 1)[-1].rsplit(".", 1)[-1] for v in found} == {"rewrap"}
    assert violations(source + "\nraw = keyring.unwrap(w, context=b'')\n") != found
