"""`intake compliance report [--format text|json|html] [--output FILE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from compliance.report import build_report, render_html, render_text
from intake.context import open_context
from intake.settings import Settings


def add_compliance_commands(commands: Any) -> None:
    compliance = commands.add_parser("compliance", help="PDPA compliance reporting")
    actions = compliance.add_subparsers(title="actions", metavar="ACTION", required=True)
    report = actions.add_parser(
        "report",
        help="record of processing (PDPA §39), encryption coverage, keys, retention, audit; "
        "exits 1 when coverage is below 100%% or the audit chain is broken",
    )
    report.add_argument("--format", choices=("text", "json", "html"), default="text")
    report.add_argument("--output", type=Path, metavar="FILE", help="default: standard output")
    report.set_defaults(handler=cmd_compliance_report)


def cmd_compliance_report(args: argparse.Namespace, settings: Settings) -> int:
    report = build_report(open_context(settings))
    if args.format == "json":
        text = report.model_dump_json(indent=2) + "\n"
    elif args.format == "html":
        text = render_html(report)
    else:
        text = render_text(report)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"report written to {args.output}", file=sys.stderr)
    return 0 if report.chain.ok and report.coverage_percent == 100.0 else 1
