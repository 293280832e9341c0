"""`intake cases ...` and `intake reprocess`: the case-output half of the command line."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from intake.cli.audit import cli_actor
from intake.context import open_context
from intake.settings import Settings
from storage import sheets

if TYPE_CHECKING:  # the case side pulls in every extractor: imported when a command runs
    from intake.cases import CaseExport

log = logging.getLogger("intake.cases")
BASE_COLUMNS = ("receipt_no", "message_id", "template", "status", "received_at")


def add_case_commands(commands: Any) -> None:
    cases = commands.add_parser("cases", help="case output")
    actions = cases.add_subparsers(title="actions", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="one record per case: jsonl, csv or xlsx")
    export.add_argument("--format", choices=("jsonl", "csv", "xlsx"), default="jsonl")
    export.add_argument("--output", type=Path, help="file to write (default: standard output)")
    export.add_argument(
        "--reveal", action="store_true", help="show personal data unmasked (needs --reason)"
    )
    export.add_argument("--reason", help="why personal data is revealed (recorded)")
    export.set_defaults(handler=cmd_cases_export)
    find = actions.add_parser(
        "find",
        help="receipt numbers of the cases with this national ID, phone or email "
        "(any formatting; several options must all match)",
    )
    find.add_argument("--national-id", metavar="X", help="13 digits, any dashes/spaces/Thai digits")
    find.add_argument("--phone", metavar="X", help="0..., +66..., 66..., any separators")
    find.add_argument("--email", metavar="X", help="an email address, any case")
    find.set_defaults(handler=cmd_cases_find)

    add_reply_command(actions)

    again = commands.add_parser(
        "reprocess", help="run extraction again from the stored raw mail, keeping corrections"
    )
    again.add_argument("--template", help="only cases now using this template")
    again.add_argument(
        "--since", type=_date, help="only cases received on or after this date (YYYY-MM-DD)"
    )
    again.set_defaults(handler=cmd_reprocess)


def _date(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def cmd_cases_export(args: argparse.Namespace, settings: Settings) -> int:
    if args.reveal and not (args.reason or "").strip():
        print("intake: --reveal needs --reason TEXT saying why", file=sys.stderr)
        return 2
    if args.format == "xlsx" and args.output is None:
        print("intake: --format xlsx needs --output FILE", file=sys.stderr)
        return 2
    ctx = open_context(settings)
    if args.reveal:
        log.warning("personal data revealed in export", extra={"event": "reveal_export"})
    from intake.cases import iter_exports

    records = iter_exports(ctx, reveal=args.reveal, actor=cli_actor(), reason=args.reason)
    if args.format == "xlsx":
        write_xlsx(records, args.output)
        return 0
    if args.output is None:
        _write_text(records, args.format, sys.stdout)
    else:
        with args.output.open("w", encoding="utf-8", newline="") as handle:
            _write_text(records, args.format, handle)
    return 0


def _write_text(records: Iterable[CaseExport], fmt: str, out: IO[str]) -> None:
    if fmt == "jsonl":
        for record in records:
            out.write(record.model_dump_json() + "\n")
    else:
        write_csv(records, out)


def flat_row(record: CaseExport, keys: list[str]) -> list[str]:
    base = [
        record.receipt_no,
        record.message_id or "",
        record.template or "",
        record.status,
        record.received_at.isoformat(),
    ]
    fields = [record.fields.get(k) or "" for k in keys]
    issues = json.dumps(record.issues, ensure_ascii=False, sort_keys=True)
    return [*base, *fields, issues, record.sender_auth or "", str(record.other_sender_replies)]


def _field_keys(records: list[CaseExport]) -> list[str]:
    keys: list[str] = []
    for record in records:
        keys += [k for k in record.fields if k not in keys]
    return keys


def _table(records: Iterable[CaseExport]) -> tuple[list[str], list[list[str]]]:
    rows = list(records)
    keys = _field_keys(rows)
    header = [
        *BASE_COLUMNS,
        *(f"fields.{k}" for k in keys),
        "issues",
        "sender_auth",
        "other_sender_replies",
    ]
    return header, [flat_row(record, keys) for record in rows]


def write_csv(records: Iterable[CaseExport], out: IO[str]) -> None:
    """UTF-8 with a BOM so that Excel shows Thai; one column per field key."""
    out.write(sheets.csv_text(*_table(records)))


def write_xlsx(records: Iterable[CaseExport], path: Path) -> None:
    sheets.write_xlsx(path, *_table(records), title="cases")


def cmd_cases_find(args: argparse.Namespace, settings: Settings) -> int:
    from intake.search import find_cases

    if not (args.national_id or args.phone or args.email):
        print("intake: give --national-id, --phone or --email", file=sys.stderr)
        return 2
    receipts = find_cases(
        open_context(settings),
        cli_actor(),
        national_id=args.national_id,
        phone=args.phone,
        email=args.email,
    )
    for receipt in receipts:
        print(receipt)
    return 0


def cmd_reprocess(args: argparse.Namespace, settings: Settings) -> int:
    from intake.cases import reprocess

    count = reprocess(open_context(settings), template=args.template, since=args.since)
    print(f"reprocessed {count} cases", file=sys.stderr)
    return 0


# -- intake cases reply (staff replies by email) ---------------------------------------


def add_reply_command(actions: Any) -> None:
    reply = actions.add_parser(
        "reply",
        help="send a reply to the case's sender: threaded, receipt number in the subject",
    )
    reply.add_argument("receipt", metavar="RECEIPT", help="the case's receipt number")
    reply.add_argument(
        "--file", type=Path, required=True, metavar="F", help="UTF-8 text of the reply ('-': stdin)"
    )
    reply.set_defaults(handler=cmd_cases_reply)


def cmd_cases_reply(args: argparse.Namespace, settings: Settings) -> int:
    from sqlmodel import select

    from intake.delivery import deliver_due
    from intake.errors import ConfigError
    from intake.replies import write_reply
    from storage.db import transaction
    from storage.models import Case
    from storage.privacy import CaseErased

    body = _read_reply(args.file)
    ctx = open_context(settings)
    with transaction(ctx.engine) as session:
        case = session.execute(
            select(Case).where(Case.receipt_no == args.receipt)
        ).scalar_one_or_none()
        if case is None:
            raise ConfigError(f"no case with receipt number {args.receipt!r}")
        try:
            row = write_reply(session, ctx, case, body=body, actor=cli_actor())
        except CaseErased:
            raise ConfigError(
                f"case {args.receipt} has been erased; it cannot be answered"
            ) from None
        message_id = row.message_id
    run = deliver_due(ctx)
    if message_id and run.error is None and settings.smtp is not None:
        print(
            f"reply {message_id} to case {args.receipt}: sent"
            if run.sent
            else f"reply {message_id} to case {args.receipt}: queued"
        )
        return 0
    why = run.error or "smtp: not configured; the reply waits in the outbox"
    print(f"reply {message_id} to case {args.receipt}: queued ({why})")
    return 0


def _read_reply(path: Path) -> str:
    from intake.errors import ConfigError

    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise ConfigError(f"cannot read the reply file {path} ({why})") from None
    if not text.strip():
        raise ConfigError(f"the reply file {path} is empty; write the text to send")
    return text
