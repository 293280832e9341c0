"""Run the CLI in-process (fast), returning (exit code, stdout, stderr)."""

from __future__ import annotations

import pytest

from intake.cli import main


def invoke(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err
