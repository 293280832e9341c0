"""`intake subject export | erase`: a person's requests under the PDPA (§30, §33)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from compliance.subject import erase_subject, export_subject
from intake.cli.audit import cli_actor
from intake.context import open_context
from intake.settings import Settings


def add_subject_commands(commands: Any) -> None:
    subject = commands.add_parser("subject", help="a person's access and erasure requests")
    actions = subject.add_subparsers(title="actions", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="every case of one person as one JSON file (PDPA §30 access)"
    )
    export.add_argument("--national-id", required=True, metavar="X", help="any formatting")
    export.add_argument("--output", type=Path, metavar="FILE", help="default: standard output")
    export.add_argument("--with-mail", action="store_true", help="include the raw mails (base64)")
    export.set_defaults(handler=cmd_subject_export)
    erase = actions.add_parser(
        "erase", help="crypto-shred one person's cases, except what a duty keeps (PDPA §33)"
    )
    erase.add_argument("--national-id", required=True, metavar="X", help="any formatting")
    erase.add_argument(
        "--reason", required=True, help="the request being answered (recorded; no names)"
    )
    erase.set_defaults(handler=cmd_subject_erase)


def cmd_subject_export(args: argparse.Namespace, settings: Settings) -> int:
    document = export_subject(
        open_context(settings),
        cli_actor(),
        national_id=args.national_id,
        with_mail=args.with_mail,
    )
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        sys.stdout.write(text)
        return 0
    # The file holds personal data: only its owner may read it.
    fd = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(f"{document['case_count']} cases written to {args.output}", file=sys.stderr)
    return 0


def cmd_subject_erase(args: argparse.Namespace, settings: Settings) -> int:
    result = erase_subject(
        open_context(settings), cli_actor(), national_id=args.national_id, reason=args.reason
    )
    for receipt in result.erased:
        print(f"erased  {receipt}")
    for receipt, why in result.refused.items():
        print(f"kept    {receipt}  {why}")
    print(
        f"{result.outcome}: {len(result.erased)} erased, {len(result.refused)} kept, "
        f"{result.files_deleted} files deleted"
    )
    return 0
