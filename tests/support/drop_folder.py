"""An agency reading one drop folder, and mail delivered into it, for tests of what the
worker makes of mails that arrive one after another (duplicates, reused ids, copies)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import col, select

from intake.context import Context, open_context
from intake.poll import poll_mailbox
from intake.runner import process_due
from intake.settings import load_settings
from storage.db import transaction
from storage.models import Message
from support.cli import write_config


def drop_folder_context(tmp_path: Path) -> Context:
    """An agency whose one mailbox is the folder tmp_path/inbox."""
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[{"name": "drop", "kind": "folder", "path": str(tmp_path / "inbox")}],
    )
    return open_context(load_settings(config))


def deliver(tmp_path: Path, ctx: Context, mails: list[bytes], one_run: bool) -> list[Message]:
    """Each mail into the drop folder; the worker run once for all, or after each. The
    messages, in arrival order."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    mailbox = ctx.settings.effective_mailboxes()[0]
    for n, raw in enumerate(mails):
        (inbox / f"{n}.eml").write_bytes(raw)
        if not one_run:
            poll_mailbox(ctx, mailbox)
            process_due(ctx)
    if one_run:
        poll_mailbox(ctx, mailbox)
        process_due(ctx)
    with transaction(ctx.engine) as session:
        rows = list(session.execute(select(Message).order_by(col(Message.id))).scalars())
        session.expunge_all()
    return rows
