"""Encrypted blobs kept in the database, for workers on several hosts that share nothing
but PostgreSQL (`[storage] blobs = "database"`).

The bytes are exactly what `BlobStore` writes to a file (chunked AEAD, the same AAD), so a
blob means the same wherever it lives and nothing but ciphertext reaches the table. Each put
commits in its own transaction before the caller records the name, as a file is fsynced
before; a crash between the two leaves an unreferenced row, never a missing blob.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import Column, DateTime, LargeBinary, MetaData, String, Table, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from storage.blobs import BlobStore
from storage.crypto import DataKey, decrypt_stream, encrypt_stream
from storage.errors import BlobError, BlobNotFoundError
from storage.models import utcnow

blob_rows = Table(
    "blobs",
    MetaData(),
    Column("name", String(32), primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)


class DatabaseBlobStore(BlobStore):
    """The `BlobStore` interface over the `blobs` table."""

    def __init__(self, engine: Engine, root: Path) -> None:
        super().__init__(root)  # kept for reports that name where data lives
        self.engine = engine

    def __repr__(self) -> str:
        return "DatabaseBlobStore(blobs table)"

    def put(self, key: DataKey, chunks: Iterable[bytes], *, aad: bytes) -> str:
        return self._insert([(_sealed(key, chunks, aad))])[0]

    def put_many(self, items: Sequence[tuple[DataKey, bytes, bytes]]) -> list[str]:
        return self._insert([_sealed(key, [data], aad) for key, data, aad in items])

    def _insert(self, sealed: list[bytes]) -> list[str]:
        names = [secrets.token_hex(16) for _ in sealed]
        now: datetime = utcnow()
        rows = [
            {"name": n, "data": d, "created_at": now} for n, d in zip(names, sealed, strict=True)
        ]
        try:
            with self.engine.begin() as connection:
                connection.execute(blob_rows.insert(), rows)
        except OperationalError as exc:
            raise BlobError(f"cannot store blobs in the database ({exc.orig!s:.200})") from None
        return names

    def open(self, name: str, key: DataKey, *, aad: bytes) -> Iterator[bytes]:
        with self.engine.connect() as connection:
            data = connection.execute(
                select(blob_rows.c.data).where(blob_rows.c.name == name)
            ).scalar_one_or_none()
        if data is None:
            raise BlobNotFoundError(f"blob {name} not found in the blobs table")
        return decrypt_stream(key, io.BytesIO(data), aad=aad)

    def exists(self, name: str) -> bool:
        with self.engine.connect() as connection:
            found = connection.execute(
                select(blob_rows.c.name).where(blob_rows.c.name == name)
            ).first()
        return found is not None

    def delete(self, name: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(blob_rows).where(blob_rows.c.name == name))

    def iter_names(self) -> Iterator[str]:
        with self.engine.connect() as connection:
            names = connection.execute(select(blob_rows.c.name).order_by(blob_rows.c.name))
            yield from names.scalars()

    def remove_partials(self, *, older_than_s: float = 3600.0, now: float | None = None) -> int:
        return 0  # a row is inserted whole or not at all


def _sealed(key: DataKey, chunks: Iterable[bytes], aad: bytes) -> bytes:
    out = io.BytesIO()
    encrypt_stream(key, chunks, out, aad=aad)
    return out.getvalue()
