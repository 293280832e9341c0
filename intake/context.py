"""What the worker needs at hand, built once from Settings and passed down."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy.engine import Engine

from extractors.base import FormTemplate
from intake.errors import ConfigError
from intake.fingerprint import RequestFingerprints
from intake.settings import Settings
from storage.blob_table import DatabaseBlobStore
from storage.blobs import BlobStore
from storage.db import make_engine, migrate, transaction
from storage.erasure_ledger import LEDGER_NAME, ErasureLedger
from storage.errors import StorageError
from storage.keyring import FileKeyring, KeyProvider
from storage.keys import MessageIdIndex
from storage.privacy import SYSTEM, bind_unbound_cases
from storage.retention import reapply_ledger
from storage.witness import Witness, attach

KEYRING_ENV = "INTAKE_KEYRING"
log = logging.getLogger("intake")


@dataclass
class Context:
    settings: Settings
    engine: Engine
    keyring: KeyProvider
    blobs: BlobStore
    message_ids: MessageIdIndex
    request_fingerprints: RequestFingerprints
    ledger: ErasureLedger | None = None
    witness: Witness | None = None
    _templates: list[FormTemplate] | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        return f"Context(database={self.engine.dialect.name})"

    @cached_property
    def templates(self) -> list[FormTemplate]:
        from extractors.templates import TemplateError, load_templates

        try:
            return load_templates(self.settings.forms_path)
        except TemplateError as exc:
            raise ConfigError(str(exc)) from None


def open_context(settings: Settings) -> Context:
    """Open the database (migrating it), the keyring and the blob store."""
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise ConfigError(f"data_dir {settings.data_dir}: cannot create ({exc.strerror})") from None
    witness_dir = settings.audit.witness_dir
    try:
        keyring = _open_keyring(settings)
        engine = make_engine(settings.database_url)
        migrate(engine)
        blobs = _blob_store(settings, engine)
        ledger = ErasureLedger(_ledger_paths(settings), keyring)
        # An older copy of the store (a restored backup) loses the erased people again
        # before anyone can read it; audited as "erasure.reapply".
        reapply_ledger(engine, blobs, ledger, actor=SYSTEM)
        with transaction(engine) as session:  # cases stored before migration 0006
            bind_unbound_cases(session, keyring)
    except StorageError as exc:
        raise ConfigError(str(exc)) from None
    witness = Witness(witness_dir, keyring) if witness_dir is not None else None
    if witness is not None:
        attach(engine, witness)
    index_key = keyring.index_key()[1]
    return Context(
        settings=settings,
        engine=engine,
        keyring=keyring,
        blobs=blobs,
        message_ids=MessageIdIndex(index_key),
        request_fingerprints=RequestFingerprints(index_key),
        ledger=ledger,
        witness=witness,
    )


def _blob_store(settings: Settings, engine: Engine) -> BlobStore:
    if settings.storage.blobs == "database":
        return DatabaseBlobStore(engine, settings.blob_dir)
    return BlobStore(settings.blob_dir)


def _ledger_paths(settings: Settings) -> list[Path]:
    """The erasure list beside the keyring, and a copy in the witness folder if set."""
    paths = [settings.keyring_path.with_name(LEDGER_NAME)]
    if settings.audit.witness_dir is not None:
        paths.append(settings.audit.witness_dir / LEDGER_NAME)
    return paths


def _open_keyring(settings: Settings) -> FileKeyring:
    if os.environ.get(KEYRING_ENV):
        return FileKeyring.from_env(KEYRING_ENV)
    return FileKeyring.load_or_create(settings.keyring_path)
