"""`[storage] blobs = "database"`: raw mail lives in the blobs table as ciphertext, workers
need no shared disk, and the pipeline reads it back into cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from support.cli import run_cli, status_json, write_config
from support.mailgen import make_mail

from storage.blob_table import DatabaseBlobStore
from storage.crypto import DataKey
from storage.db import make_engine, migrate
from storage.errors import BlobNotFoundError

pytestmark = [pytest.mark.integration]
COUNT = 12


def _config(tmp_path: Path, database_url: str | None) -> Path:
    config = write_config(
        tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[], database_url=database_url
    )
    with config.open("a", encoding="utf-8") as handle:
        handle.write('[storage]\nblobs = "database"\n')
    return config


def test_sqlite_refuses_database_blobs_in_one_line(tmp_path: Path) -> None:
    done = run_cli(_config(tmp_path, None), "status")
    assert done.returncode != 0
    assert "needs PostgreSQL" in done.stderr and "Traceback" not in done.stderr


def test_pipeline_with_blobs_in_the_database(tmp_path: Path, postgres_url: str) -> None:
    url = postgres_url
    mails = [make_mail(n) for n in range(COUNT)]
    folder = tmp_path / "mail"
    folder.mkdir()
    for n, mail in enumerate(mails):
        (folder / f"{n}.eml").write_bytes(mail.raw)
    config = _config(tmp_path, url)

    done = run_cli(config, "import", str(folder))
    assert done.returncode == 0, done.stderr
    assert status_json(config)["cases"] == COUNT

    blob_dir = tmp_path / "var" / "blobs"
    assert not blob_dir.exists() or not any(blob_dir.rglob("*")), "no blob files on disk"
    engine = create_engine(url)
    with engine.connect() as db:
        stored = [bytes(row[0]) for row in db.execute(text("SELECT data FROM blobs"))]
    assert len(stored) == COUNT
    for mail in mails:
        for blob in stored:
            assert mail.body_marker.encode() not in blob and mail.sender.encode() not in blob


def test_round_trip_delete_and_wrong_aad(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'blobs.db'}")
    migrate(engine)
    store = DatabaseBlobStore(engine, tmp_path / "blobs")
    key = DataKey.generate("test-key")
    name = store.put(key, [b"first ", b"second"], aad=b"message:1")
    assert store.read_all(name, key, aad=b"message:1") == b"first second"
    assert list(store.iter_names()) == [name]
    with pytest.raises(Exception):  # noqa: B017 - an AEAD failure, whatever its class
        store.read_all(name, key, aad=b"message:2")
    store.delete(name)
    assert not store.exists(name)
    with pytest.raises(BlobNotFoundError):
        store.read_all(name, key, aad=b"message:1")
