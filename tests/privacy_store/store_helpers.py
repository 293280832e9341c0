"""Helpers for the store-integrity tests: closing a case, reading what an erasure must
destroy, and looking for it in every file of a folder."""

from __future__ import annotations

import base64
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from intake.context import Context
from storage.db import transaction
from storage.models import Case
from storage.workflow import set_status


def close_case(ctx: Context, receipt: str) -> int:
    """Close a case as the review app does (only closed cases may be erased); -> its id."""
    with transaction(ctx.engine) as session:
        case = session.exec(select(Case).where(Case.receipt_no == receipt)).one()
        set_status(session, case=case, status="done", actor="clerk")
        assert case.id is not None
        return case.id


def case_secrets(ctx: Context, case_id: int) -> list[bytes]:
    """The stored bytes an erasure must remove: wrapped keys, ciphertexts, blob files."""
    found: list[bytes] = []
    with ctx.engine.connect() as conn:
        case = conn.execute(
            text("SELECT message_id, data_key_id, fields_enc FROM cases WHERE id = :c"),
            {"c": case_id},
        ).one()
        messages = conn.execute(
            text(
                "SELECT data_key_id, headers_enc, extraction_enc, blob_name FROM messages "
                "WHERE id = :m OR case_id = :c"
            ),
            {"m": case.message_id, "c": case_id},
        ).all()
        key_ids = {case.data_key_id, *(m.data_key_id for m in messages)}
        for key_id in key_ids:
            wrapped = conn.execute(
                text("SELECT wrapped FROM data_keys WHERE id = :k"), {"k": key_id}
            ).scalar_one()
            found.append(bytes(wrapped))
    found.append(bytes(case.fields_enc))
    for message in messages:
        found += [bytes(v) for v in (message.headers_enc, message.extraction_enc) if v]
        if message.blob_name:
            name = message.blob_name
            found.append((ctx.blobs.root / name[:2] / name).read_bytes()[:4096])
    assert all(len(s) >= 40 for s in found)
    return found


def _needles(secret: bytes) -> list[bytes]:
    """Windows of the secret as raw bytes, hex and base64: how a file might hold it."""
    windows = [secret[-32:], secret[8:40]]
    needles: list[bytes] = []
    for window in windows:
        needles += [window, window.hex().encode(), window.hex().upper().encode()]
    needles.append(base64.b64encode(secret)[8:48])
    return needles


def files_holding(folder: Path, secrets: list[bytes]) -> list[str]:
    """Every file under `folder` that holds any window of any secret."""
    hits: list[str] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for number, secret in enumerate(secrets):
            if any(needle in data for needle in _needles(secret)):
                hits.append(f"{path.relative_to(folder)} holds secret {number}")
    return hits
