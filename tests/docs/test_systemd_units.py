"""The systemd units in deploy/ start commands that exist, with the options they use."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

import pytest

from intake.cli import build_parser

UNITS = sorted((Path(__file__).resolve().parents[2] / "deploy" / "systemd").glob("*.service"))


def _exec_start(unit: Path) -> list[str]:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.read(unit, encoding="utf-8")
    return shlex.split(parser["Service"]["ExecStart"])


def test_there_are_units_for_workers_web_and_offices() -> None:
    names = {u.name for u in UNITS}
    assert {"intake-worker@.service", "intake-web.service", "intake-office@.service"} <= names


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_unit_runs_a_real_intake_command(unit: Path) -> None:
    program, *args = _exec_start(unit)
    assert program.endswith("/bin/intake")
    parsed = build_parser().parse_args(args)  # exits (fails the test) on an unknown option
    assert hasattr(parsed, "handler")
    text = unit.read_text(encoding="utf-8")
    assert "KillSignal=SIGTERM" in text and "UMask=0077" in text
