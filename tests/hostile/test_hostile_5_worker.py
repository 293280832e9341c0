"""Hostile set 5 against a running worker (`intake run` on a drop folder), as sets 1, 2
and 4: every message ends in a final state, the worker stays under 300 MB, a normal
request queued behind them all becomes a case, every attack's own request is a case, the
exports hold no live formula, and the invented citizen's name, ID and phone reach neither
the worker's log nor the operator's `status` and `quarantine list`.

First sight (8787e86, the set as written, before any fix; 2 cores shared with other
runs): 27 of the 31 attacks held, 4 failed.
- This worker run (parse_seconds 10, max_attempts 2): all 31 and the normal request
  behind them cases, none quarantined, no attempt lost, worker peak RSS 254 MB, 95 s for
  the test; nothing personal in the log, `status`, `quarantine list` or a state reason;
  no live formula in the CSV or XLSX export. The 24.6 MB mail of attachments only was a
  case read from its attached .txt (docx_limit, pdf_limit, ocr_limit: in the bounded
  child alone it took 3.3 s with a 4 s budget, 13.8 s with 10 s, each time a case).
- Read in the bounded child (test_hostile_5_read): pdf_xfa_entities,
  odt_external_references and ods_external_sources left no defect (the XFA datasets
  with entities were dropped whole: expat refused the packet); the others held.
- Review app (test_hostile_5_web, _ack, _privacy): UTF-7/UTF-16 markup, bidi names,
  Windows file names (downloads are named by receipt number), CRLF toward the ack and
  guessed receipt numbers held; privacy_export_other_subject failed: a stranger who
  named the victim's receipt number had their name and address in the victim's
  subject-access export.
After the fixes (c189602 ODF links and XFA entities as package risks, 816fe1a no third
party's mail in an access export): all 31 hold. Held but costly at first sight, fixed too
(54d58db): pdf_ccitt_bomb and pdf_predictor_columns_bomb, a few KB each, spent 24 s of a
30 s message in the OCR render (ocr_limit); now ocr_image_too_large in about 1 s."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_mail_2 import Bait
from hostile_mail_5 import ATTACKS, CITIZEN, FORMULAS_5, attack_set
from support.cli import run_cli
from support.mailgen import make_mail
from worker import Listener, run_set

PARSE_S = 10
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
TRIMMED = " \u00a0\u3000\u2028\u2029\u200b\ufeff\n\r\t"


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


def _export(config: Path, fmt: str, out: Path) -> Path:
    done = run_cli(
        config, "cases", "export", "--format", fmt, "--output", str(out),
        "--reveal", "--reason", "hostile-set audit",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return out


def _live_formula(value: str) -> bool:
    return value.lstrip(TRIMMED).startswith(FORMULA_START)


@pytest.mark.slow
def test_the_fifth_set_ends_final_and_the_request_behind_is_a_case(
    tmp_path: Path, listener: Listener
) -> None:
    secret = f"HOSTSECRET-{uuid.uuid4().hex}"
    (tmp_path / "host-secret.txt").write_text(secret + "\n", encoding="utf-8")
    bait = Bait(tmp_path / "host-secret.txt", secret, listener.port, uuid.uuid4().hex[:12])
    run = run_set(tmp_path, attack_set(bait), make_mail(11).raw, parse_seconds=PARSE_S)
    config, rows, log = run.config, run.rows, run.log
    wrong = {a.name: rows[a.name].state for a in ATTACKS if rows[a.name].state != "case"}
    assert not wrong, f"{wrong}\n{run.report}"

    status = run_cli(config, "status")
    quarantine = run_cli(config, "quarantine", "list")
    operator = {
        "log": log,
        "status": status.stdout + status.stderr,
        "quarantine list": quarantine.stdout + quarantine.stderr,
        "state reasons": "\n".join(
            (m.state_reason or "") + (m.last_error or "") for m in rows.values()
        ),
    }
    p = CITIZEN
    for where, text in operator.items():
        for value in (p.name, p.national_id, p.national_id_dashed, p.phone, p.phone_digits):
            assert value not in text, f"the citizen's personal data is in the {where}"
        assert bait.secret not in text, f"the host secret is in the {where}"

    csv_text = _export(config, "csv", tmp_path / "cases.csv").read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(csv_text)) for cell in row]
    marks = [f.strip(TRIMMED)[1:8] for f in FORMULAS_5]
    injected = [c for c in cells if any(m in c for m in marks)]
    assert injected, "the formula mail's values are in the CSV export"
    assert not [c for c in injected if _live_formula(c)], injected
    from openpyxl import load_workbook

    book = load_workbook(_export(config, "xlsx", tmp_path / "cases.xlsx"))
    for sheet in book.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                # a string cell is never evaluated in XLSX: only a formula cell runs
                assert cell.data_type != "f", (cell.coordinate, cell.value)
