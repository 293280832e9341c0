"""`intake keys status | rotate | retire | remove | rotate-index | retire-index`.

Key rotation in the order an operator follows it:

    intake keys rotate                 new master key, every data key rewrapped under it
    (restart the worker so it loads the new keyring)
    intake keys retire OLD             refused while any live data key still needs OLD
    intake keys remove OLD             same check; OLD is gone for good
    intake keys rotate-index           new index key; blind indexes and Message-ID digests
                                       recomputed (both keys searched meanwhile)
    intake keys retire-index OLD       refused while any blind-index row uses OLD
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqlmodel import Session

from intake.capture import header_message_id
from intake.cli.audit import cli_actor
from intake.context import Context, open_context
from intake.errors import ConfigError
from intake.settings import Settings
from storage import rotation
from storage.db import transaction
from storage.keyring import FileKeyring
from storage.models import Message
from storage.privacy import SYSTEM, open_message_raw


def add_key_commands(commands: Any) -> None:
    keys = commands.add_parser("keys", help="master, index and signing keys over time")
    actions = keys.add_subparsers(title="actions", metavar="ACTION", required=True)
    status = actions.add_parser("status", help="every key, what it protects, its age")
    status.set_defaults(handler=cmd_keys_status)
    rotate = actions.add_parser(
        "rotate", help="add a master key, make it active and rewrap every data key under it"
    )
    rotate.set_defaults(handler=cmd_keys_rotate)
    for name, handler, what in (
        ("retire", cmd_keys_retire, "mark an old master key retired (unwraps, never wraps)"),
        ("remove", cmd_keys_remove, "delete an old master key for good"),
        ("retire-index", cmd_keys_retire_index, "drop an old index key (no longer searched)"),
    ):
        action = actions.add_parser(name, help=what + "; refused while anything needs it")
        action.add_argument("key_id", metavar="KEY_ID")
        action.set_defaults(handler=handler)
    index = actions.add_parser(
        "rotate-index", help="new index key; blind indexes recomputed, both searched meanwhile"
    )
    index.set_defaults(handler=cmd_keys_rotate_index)


def _file_keyring(ctx: Context) -> FileKeyring:
    if not isinstance(ctx.keyring, FileKeyring):
        raise ConfigError("this keyring provider manages its own keys; rotate them there")
    return ctx.keyring


def cmd_keys_status(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    with transaction(ctx.engine) as session:
        infos = rotation.key_status(session, _file_keyring(ctx))
    what = {"master": "data keys", "index": "index rows", "signing": ""}
    print(f"{'kind':<8} {'key id':<24} {'state':<14} {'created':<11} {'age (d)':>7}  protects")
    for info in infos:
        protects = f"{info.protects} {what[info.kind]}" if what[info.kind] else "audit checkpoints"
        print(
            f"{info.kind:<8} {info.key_id:<24} {info.state:<14} {info.created_at:%Y-%m-%d} "
            f"{info.age_days:>7}  {protects}"
        )
    return 0


def cmd_keys_rotate(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    result = rotation.rotate_master_key(ctx.engine, _file_keyring(ctx), actor=cli_actor())
    print(f"new active master key {result.new_key_id}; {result.rewritten} data keys rewrapped")
    if result.left_behind:
        print(f"intake: {result.left_behind} data keys still need an old key", file=sys.stderr)
        return 1
    for old in result.previous_key_ids:
        print(f"  {old}: needed by 0 data keys; may be retired: intake keys retire {old}")
    print("restart the worker so that it loads the new keyring", file=sys.stderr)
    return 0


def cmd_keys_retire(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    rotation.retire_master_key(
        ctx.engine, _file_keyring(ctx), actor=cli_actor(), key_id=args.key_id
    )
    print(f"master key {args.key_id} retired")
    return 0


def cmd_keys_remove(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    rotation.remove_master_key(
        ctx.engine, _file_keyring(ctx), actor=cli_actor(), key_id=args.key_id
    )
    print(f"master key {args.key_id} removed")
    return 0


def cmd_keys_rotate_index(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    result = rotation.rotate_index_key(
        ctx.engine,
        _file_keyring(ctx),
        actor=cli_actor(),
        field_types={t.name: {f.key: f.type for f in t.fields} for t in ctx.templates},
        bits=settings.blind_index_bits,
        message_id_of=message_id_reader(ctx),
    )
    print(
        f"new active index key {result.new_key_id}; {result.rewritten} cases re-indexed, "
        f"{result.messages_rekeyed} Message-ID digests re-keyed"
    )
    if result.left_behind:
        print(f"intake: {result.left_behind} index rows still use an old key", file=sys.stderr)
        return 1
    for old in result.previous_key_ids:
        print(f"  {old}: no rows left; may be retired: intake keys retire-index {old}")
    return 0


def cmd_keys_retire_index(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    rotation.retire_index_key(ctx.engine, _file_keyring(ctx), actor=cli_actor(), key_id=args.key_id)
    print(f"index key {args.key_id} retired; it is no longer searched")
    return 0


def message_id_reader(ctx: Context) -> rotation.MessageIdOf:
    """A message's Message-ID as capture saw it: synthetic ones from the content hash,
    others from the stored raw mail (through the door, purpose "key rotation")."""

    def read(session: Session, message: Message) -> str | None:
        if message.synthetic_message_id and message.sha256:
            return f"<{message.sha256[:40]}@intake.invalid>"
        if not (message.blob_name and message.data_key_id and message.id is not None):
            return None
        raw = open_message_raw(
            session,
            ctx.keyring,
            ctx.blobs,
            actor=SYSTEM,
            purpose=rotation.ROTATION_PURPOSE,
            message_id=message.id,
            checkpoint_every=ctx.settings.audit_checkpoint_every,
        )
        return header_message_id(raw)

    return read
