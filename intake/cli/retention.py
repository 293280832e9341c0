"""`intake retention run [--dry-run]` and `intake hold add | lift | list`.

Retention is per form template (`retention_years` after the case was closed); a legal
hold keeps a case whatever its dates. The worker runs the disposal once a day too
(intake/scheduler.py).
"""

from __future__ import annotations

import argparse
from typing import Any

from intake.cli.audit import cli_actor
from intake.context import Context, open_context
from intake.settings import Settings
from storage import retention
from storage.db import transaction


def add_retention_commands(commands: Any) -> None:
    run_parser = commands.add_parser("retention", help="dispose of cases past their retention")
    actions = run_parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    run = actions.add_parser(
        "run", help="crypto-shred every closed case past its template's retention period"
    )
    run.add_argument(
        "--dry-run", action="store_true", help="only list what would go; change nothing"
    )
    run.set_defaults(handler=cmd_retention_run)

    hold = commands.add_parser("hold", help="legal holds: cases that must not be disposed of")
    holds = hold.add_subparsers(title="actions", metavar="ACTION", required=True)
    for name, handler, what in (
        ("add", cmd_hold_add, "put a case on legal hold"),
        ("lift", cmd_hold_lift, "end a case's legal hold"),
    ):
        action = holds.add_parser(name, help=what)
        action.add_argument("receipt", metavar="RECEIPT", help="the case's receipt number")
        action.add_argument("--reason", required=True, help="why (recorded; name no citizen in it)")
        action.set_defaults(handler=handler)
    listing = holds.add_parser("list", help="cases on legal hold")
    listing.add_argument("--all", action="store_true", help="lifted holds too")
    listing.set_defaults(handler=cmd_hold_list)


def years_by_template(ctx: Context) -> dict[str, int]:
    return {t.name: t.retention_years for t in ctx.templates}


def run_retention(ctx: Context, *, dry_run: bool) -> retention.RetentionRun:
    return retention.run_retention(
        ctx.engine,
        ctx.blobs,
        years_by_template(ctx),
        actor=cli_actor(),
        dry_run=dry_run,
        keyring=ctx.keyring,
        checkpoint_every=ctx.settings.audit_checkpoint_every,
        ledger=ctx.ledger,
    )


def cmd_retention_run(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    run = run_retention(ctx, dry_run=args.dry_run)
    verb = "would erase" if args.dry_run else "erased"
    for item in run.disposed:
        print(
            f"{verb}  {item.receipt_no}  template={item.template or '-'}  "
            f"closed={item.closed_at:%Y-%m-%d}  due={item.due_at:%Y-%m-%d}"
        )
    for item in run.held:
        print(
            f"kept (legal hold)  {item.receipt_no}  template={item.template or '-'}  "
            f"closed={item.closed_at:%Y-%m-%d}  due={item.due_at:%Y-%m-%d}"
        )
    summary = f"{len(run.disposed)} cases {verb}, {len(run.held)} kept by legal hold"
    if not args.dry_run:
        summary += f", {run.files_deleted} files deleted"
    print(summary)
    return 0


def cmd_hold_add(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    with transaction(ctx.engine) as session:
        retention.place_hold(
            session, receipt_no=args.receipt, reason=args.reason, actor=cli_actor()
        )
    print(f"case {args.receipt} is on legal hold")
    return 0


def cmd_hold_lift(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    with transaction(ctx.engine) as session:
        retention.lift_hold(session, receipt_no=args.receipt, reason=args.reason, actor=cli_actor())
    print(f"legal hold on case {args.receipt} lifted")
    return 0


def cmd_hold_list(args: argparse.Namespace, settings: Settings) -> int:
    ctx = open_context(settings)
    with transaction(ctx.engine) as session:
        rows = retention.list_holds(session, include_lifted=args.all)
    if not rows:
        print("no cases on legal hold")
    for hold, receipt in rows:
        lifted = f"  lifted {hold.lifted_at:%Y-%m-%d} by {hold.lifted_by}" if hold.lifted_at else ""
        print(
            f"{receipt}  placed {hold.placed_at:%Y-%m-%d} by {hold.placed_by}: "
            f"{hold.reason}{lifted}"
        )
    return 0
