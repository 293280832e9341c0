"""The `intake` command. Nothing imports this module: it only wires the others together.

Every expected failure ends as one line on stderr, `intake: <what is wrong; what to do>`,
and a non-zero exit; tracebacks are for bugs.
"""

from __future__ import annotations

import argparse
import errno
import json
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy.exc import OperationalError

from intake import __version__
from intake.context import Context, open_context
from intake.errors import IntakeError
from intake.logs import setup_logging
from intake.settings import Settings, load_settings
from storage.errors import StorageError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return EXIT_USAGE
    try:
        settings = load_settings(args.config)
        setup_logging(settings.log_format, settings.log_level)
        handler: Callable[[argparse.Namespace, Settings], int] = args.handler
        return handler(args, settings)
    except (IntakeError, StorageError) as exc:
        return _fail(str(exc))
    except OperationalError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__
        return _fail(f"database: {reason}; check database.url and that the server is running")
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return _fail("no space left on device; free disk space or move data_dir")
        return _fail(f"{exc.strerror or type(exc).__name__}: {exc.filename or ''}".rstrip(": "))
    except KeyboardInterrupt:
        return 130


def _fail(line: str) -> int:
    print(f"intake: {line}", file=sys.stderr)
    return EXIT_FAILED


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake",
        description="Email intake for Thai government agencies: citizen requests by email "
        "become encrypted, validated cases.",
    )
    parser.add_argument("--version", action="version", version=f"intake {__version__}")
    parser.add_argument(
        "--config",
        type=Path,
        help="settings file (default: $INTAKE_CONFIG, else config/agency.toml, else embedded"
        " defaults)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    run = commands.add_parser("run", help="the long-running worker (stops on SIGTERM/SIGINT)")
    run.add_argument(
        "--no-samples", action="store_true", help="do not seed sample mail on first run"
    )
    run.add_argument(
        "--with-web", action="store_true", help="also serve the review web app (intake serve)"
    )
    run.add_argument("--host", default=None, help="web app address (with --with-web)")
    run.add_argument("--port", type=int, default=None, help="web app port (with --with-web)")
    run.set_defaults(handler=cmd_run)

    poll = commands.add_parser("poll", help="poll every mailbox")
    poll.add_argument(
        "--once", action="store_true", required=True, help="one pass over every mailbox, then exit"
    )
    poll.set_defaults(handler=cmd_poll)

    imp = commands.add_parser("import", help="ingest .eml files, a Maildir or an mbox")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.set_defaults(handler=cmd_import)

    status = commands.add_parser("status", help="counts by state and mailbox health")
    status.add_argument("--json", action="store_true", help="one JSON object")
    status.set_defaults(handler=cmd_status)

    quarantine = commands.add_parser("quarantine", help="messages that failed too often")
    qcmds = quarantine.add_subparsers(title="actions", metavar="ACTION", required=True)
    qlist = qcmds.add_parser("list", help="list quarantined messages")
    qlist.set_defaults(handler=cmd_quarantine_list)
    qshow = qcmds.add_parser("show", help="one message's history and reason")
    qshow.add_argument("id", type=int)
    qshow.set_defaults(handler=cmd_quarantine_show)
    qrel = qcmds.add_parser("release", help="send a message back for another try")
    qrel.add_argument("id", type=int)
    qrel.set_defaults(handler=cmd_quarantine_release)

    from intake.cli.api import add_token_commands
    from intake.cli.audit import add_audit_commands
    from intake.cli.cases import add_case_commands
    from intake.cli.compliance import add_compliance_commands
    from intake.cli.keys import add_key_commands
    from intake.cli.retention import add_retention_commands
    from intake.cli.review import add_review_commands
    from intake.cli.subject import add_subject_commands

    for add_commands in (
        add_case_commands,
        add_audit_commands,
        add_review_commands,
        add_token_commands,
        add_key_commands,
        add_retention_commands,
        add_subject_commands,
        add_compliance_commands,
    ):
        add_commands(commands)
    return parser


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from intake.freed_memory import return_large_blocks_when_freed
    from intake.runner import warm_parsers
    from intake.samples import seed_drop_folder
    from intake.scheduler import build_scheduler, shutdown, start_idle_watchers

    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        stop.set()

    # before opening the store (migrations, the erasure list): a stop asked for while it
    # opens ends the run cleanly once it is open, instead of killing it half-way
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    return_large_blocks_when_freed()
    ctx = open_context(settings)
    if not settings.mailboxes and not args.no_samples:
        seeded = seed_drop_folder(settings.data_dir, settings.drop_dir)
        if seeded:
            print(f"intake: wrote {seeded} sample requests to {settings.drop_dir}", file=sys.stderr)
    scheduler = build_scheduler(ctx, stop)
    scheduler.start()
    start_idle_watchers(ctx, scheduler, stop)
    # the parsers start beside the first poll, not after it in the first stage batch
    threading.Thread(target=warm_parsers, args=(ctx, stop), name="warm", daemon=True).start()
    names = ", ".join(m.name for m in settings.effective_mailboxes())
    print(f"intake: running; mailboxes: {names}; stop with Ctrl-C", file=sys.stderr)
    if args.with_web:  # serves until SIGTERM/SIGINT, then hands the signal back to on_signal
        from intake.cli.review import first_admin, serve_web

        if not settings.mailboxes:  # the embedded demo: make sure someone can sign in
            first_admin(ctx)
        serve_web(ctx, host=args.host, port=args.port)
        stop.set()
    while not stop.wait(1.0):
        pass
    shutdown(scheduler)  # jobs see `stop` and end after the message in hand
    print("intake: stopped", file=sys.stderr)
    return EXIT_OK


def cmd_poll(args: argparse.Namespace, settings: Settings) -> int:
    from intake.poll import poll_mailbox
    from intake.runner import process_due

    ctx = open_context(settings)
    failed = 0
    for mailbox in settings.effective_mailboxes():
        result = poll_mailbox(ctx, mailbox)
        if not result.ok:
            failed += 1
            print(f"intake: {result.error}", file=sys.stderr)
    process_due(ctx)
    smtp_problem = _send_outbox(ctx)
    if smtp_problem:
        print(f"intake: {smtp_problem}", file=sys.stderr)
    return EXIT_FAILED if failed or smtp_problem else EXIT_OK


def _send_outbox(ctx: Context) -> str | None:
    """Send what is due; the one-line SMTP problem, if any (none without [smtp])."""
    from intake.delivery import deliver_due, record_smtp_health
    from intake.mail_out.smtp import check_smtp

    if ctx.settings.smtp is None:
        deliver_due(ctx)  # webhooks do not wait for SMTP
        return None  # the embedded default: mail waits in the outbox; status says so
    run = deliver_due(ctx)
    if run.error:
        return run.error
    if not run.sent and not run.failed:  # nothing was due: still check the settings
        problem = check_smtp(ctx.settings.smtp)
        record_smtp_health(ctx, problem)
        return problem
    return None


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from intake.importer import import_paths
    from intake.runner import process_due

    ctx = open_context(settings)
    progress = _progress_bar("import")
    result = import_paths(ctx, list(args.paths), on_message=progress.update if progress else None)
    if progress:
        progress.close()
    moved = process_due(ctx)
    print(
        f"imported {result.captured} new, {result.already_imported} already imported;"
        f" {moved} stage steps run",
        file=sys.stderr,
    )
    if result.oversized:
        print(
            f"{result.oversized} over import_max_message_mb, recorded as oversized"
            " (see intake status)",
            file=sys.stderr,
        )
    for reason, count in sorted(result.skipped.items()):
        print(f"skipped {count} files: {reason}", file=sys.stderr)
    return EXIT_OK


def _progress_bar(label: str) -> Any:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(desc=label, unit="msg", file=sys.stderr)


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from intake.status import build_status, render_table

    report = build_status(open_context(settings))
    if args.json:
        print(report.model_dump_json())
    else:
        print(render_table(report))
    return EXIT_OK


def cmd_quarantine_list(args: argparse.Namespace, settings: Settings) -> int:
    from intake.quarantine import list_quarantined

    rows = list_quarantined(open_context(settings))
    if not rows:
        print("no quarantined messages")
    for row in rows:
        print(f"{row.id:>8}  {row.source:<12} {row.updated_at:%Y-%m-%d %H:%M}  {row.reason}")
    return EXIT_OK


def cmd_quarantine_show(args: argparse.Namespace, settings: Settings) -> int:
    from intake.quarantine import show_message

    detail = show_message(open_context(settings), args.id)
    if detail is None:
        return _fail(f"no message with id {args.id}")
    print(json.dumps(detail, ensure_ascii=False, indent=2, default=str))
    return EXIT_OK


def cmd_quarantine_release(args: argparse.Namespace, settings: Settings) -> int:
    from intake.runner import process_message, release

    ctx = open_context(settings)
    if not release(ctx, args.id):
        return _fail(f"message {args.id} is not in quarantine")
    process_message(ctx, args.id)
    print(f"released message {args.id}")
    return EXIT_OK
