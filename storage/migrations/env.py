"""Alembic environment: run with the connection handed in by storage.db.migrate."""

from alembic import context
from sqlmodel import SQLModel

# Importing these modules registers their tables with SQLModel.metadata.
import storage.accounts
import storage.audit
import storage.blind_index
import storage.models
import storage.outbox
import storage.retention
import storage.subject_requests
import storage.workflow  # noqa: F401  (only the last rebinding of `storage` looks unused)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
