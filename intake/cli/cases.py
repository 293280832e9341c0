"""`intake cases ...` and `intake reprocess`: the case-output half of the command line."""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from extractors.cells import clean_cell
from intake.cases import CaseExport, iter_exports, reprocess
from intake.cli.audit import cli_actor
from intake.context import open_context
from intake.settings import Settings

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
    return [*base, *fields, json.dumps(record.issues, ensure_ascii=False, sort_keys=True)]


def _field_keys(records: list[CaseExport]) -> list[str]:
    keys: list[str] = []
    for record in records:
        keys += [k for k in record.fields if k not in keys]
    return keys


def write_csv(records: Iterable[CaseExport], out: IO[str]) -> None:
    """UTF-8 with a BOM so that Excel shows Thai; one column per field key."""
    rows = list(records)
    keys = _field_keys(rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*BASE_COLUMNS, *(f"fields.{k}" for k in keys), "issues"])
    for record in rows:
        writer.writerow(flat_row(record, keys))
    out.write("\ufeff" + buffer.getvalue())


def write_xlsx(records: Iterable[CaseExport], path: Path) -> None:
    from openpyxl import Workbook

    rows = list(records)
    keys = _field_keys(rows)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "cases"
    sheet.append([*BASE_COLUMNS, *(f"fields.{k}" for k in keys), "issues"])
    for record in rows:  # a NUL in one field must not break the whole sheet
        sheet.append([clean_cell(value) for value in flat_row(record, keys)])
    book.save(path)


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
    count = reprocess(open_context(settings), template=args.template, since=args.since)
    print(f"reprocessed {count} cases", file=sys.stderr)
    return 0
