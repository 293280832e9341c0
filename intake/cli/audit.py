"""`intake audit verify | checkpoint | list`: the audit trail on the command line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from sqlmodel import select

from intake.context import Context, open_context
from intake.errors import ConfigError
from intake.settings import Settings
from storage.audit import (
    SigningKeys,
    append_audit,
    export_checkpoint,
    list_audit,
    make_checkpoint,
    verify_chain,
)
from storage.db import transaction
from storage.models import Case
from storage.privacy import Actor
from storage.witness import check_witness


def cli_actor() -> Actor:
    """Whoever runs the command: the operating-system account, with the admin role."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in a container
        name = f"uid{os.getuid()}"
    return Actor(name=f"cli:{name}"[:100], role="admin")


def add_audit_commands(commands: Any) -> None:
    audit = commands.add_parser("audit", help="the tamper-evident audit trail")
    actions = audit.add_subparsers(title="actions", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", help="check the hash chain and signed checkpoints; non-zero when broken"
    )
    verify.add_argument(
        "--checkpoint", type=Path, metavar="FILE", help="an exported checkpoint kept elsewhere"
    )
    verify.set_defaults(handler=cmd_audit_verify)
    checkpoint = actions.add_parser(
        "checkpoint", help="sign the newest entry now and print it to keep off the machine"
    )
    checkpoint.add_argument("--output", type=Path, metavar="FILE", help="write it to FILE")
    checkpoint.set_defaults(handler=cmd_audit_checkpoint)
    listing = actions.add_parser("list", help="recent entries, newest first")
    listing.add_argument("--case", metavar="RECEIPT", help="only this case (receipt number)")
    listing.add_argument("--actor", metavar="NAME", help="only this actor")
    listing.add_argument("--action", metavar="ACTION", help="only this action, e.g. case.reveal")
    listing.add_argument("--limit", type=int, default=50, metavar="N")
    listing.set_defaults(handler=cmd_audit_list)


def _signing_keys(ctx: Context) -> SigningKeys:
    if not isinstance(ctx.keyring, SigningKeys):
        raise ConfigError("this keyring cannot sign audit checkpoints")
    return ctx.keyring


def cmd_audit_verify(args: argparse.Namespace, settings: Settings) -> int:
    text = args.checkpoint.read_text(encoding="utf-8") if args.checkpoint else None
    ctx = open_context(settings)
    with transaction(ctx.engine) as session:
        verdict = verify_chain(session, checkpoint_text=text, keyring=_signing_keys(ctx))
        against_witness = None
        if verdict.ok and ctx.witness is not None:
            against_witness = check_witness(session, ctx.witness)
    if not verdict.ok:
        print(
            f"intake: audit chain broken at entry {verdict.first_bad_id}: {verdict.problem}",
            file=sys.stderr,
        )
        return 1
    if against_witness is not None:
        print(
            f"intake: audit chain does not match the witness in {settings.audit.witness_dir}: "
            f"{against_witness.problem}",
            file=sys.stderr,
        )
        return 1
    anchor = f"; matches the checkpoint at entry {verdict.checkpoint_entry_id}"
    witnessed = f"; matches the witness in {settings.audit.witness_dir}"
    if ctx.witness is not None and not ctx.witness.files():
        witnessed = f"; the witness folder {settings.audit.witness_dir} holds no checkpoint yet"
    print(
        f"audit chain whole: {verdict.entries} entries"
        + (anchor if text else "")
        + (witnessed if ctx.witness is not None else "")
    )
    return 0


def cmd_audit_checkpoint(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    keys = _signing_keys(ctx)
    with transaction(ctx.engine) as session:
        append_audit(session, actor=cli_actor(), action="audit.checkpoint")
        text = export_checkpoint(session, keys, make_checkpoint(session, keys))
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"checkpoint written to {args.output}; keep a copy off this machine", file=sys.stderr)
    return 0


def cmd_audit_list(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    with transaction(ctx.engine) as session:
        case_id = None
        if args.case:
            case_id = session.exec(select(Case.id).where(Case.receipt_no == args.case)).first()
            if case_id is None:
                print(f"intake: no case {args.case}", file=sys.stderr)
                return 1
        rows = list_audit(
            session, actor=args.actor, action=args.action, case_id=case_id, limit=args.limit
        )
    for row in rows:
        where = " ".join(
            part
            for part in (
                f"case={row.case_id}" if row.case_id is not None else "",
                f"message={row.message_id}" if row.message_id is not None else "",
            )
            if part
        )
        print(
            f"{row.id:>8}  {row.at:%Y-%m-%d %H:%M:%S}  {row.actor} ({row.actor_role})  "
            f"{row.action}  {row.outcome}  {where}  purpose={row.purpose or '-'}"
        )
    return 0
