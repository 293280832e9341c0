"""What the worker needs at hand, built once from Settings and passed down."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy.engine import Engine

from extractors.base import FormTemplate
from intake.errors import ConfigError
from intake.settings import Settings
from storage.blob_table import DatabaseBlobStore
from storage.blobs import BlobStore
from storage.db import make_engine, migrate
from storage.errors import StorageError
from storage.keyring import FileKeyring, KeyProvider
from storage.keys import MessageIdIndex

KEYRING_ENV = "INTAKE_KEYRING"
log = logging.getLogger("intake")


@dataclass
class Context:
    settings: Settings
    engine: Engine
    keyring: KeyProvider
    blobs: BlobStore
    message_ids: MessageIdIndex
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
    try:
        keyring = _open_keyring(settings)
        engine = make_engine(settings.database_url)
        migrate(engine)
    except StorageError as exc:
        raise ConfigError(str(exc)) from None
    index_key = keyring.index_key()[1]
    return Context(
        settings=settings,
        engine=engine,
        keyring=keyring,
        blobs=_blob_store(settings, engine),
        message_ids=MessageIdIndex(index_key),
    )


def _blob_store(settings: Settings, engine: Engine) -> BlobStore:
    if settings.storage.blobs == "database":
        return DatabaseBlobStore(engine, settings.blob_dir)
    return BlobStore(settings.blob_dir)


def _open_keyring(settings: Settings) -> FileKeyring:
    if os.environ.get(KEYRING_ENV):
        return FileKeyring.from_env(KEYRING_ENV)
    return FileKeyring.load_or_create(settings.keyring_path)
