"""The second hostile set (`hostile_mail_2`) against a running worker, as the first:
every message ends in a final state within its limits, the worker stays under 300 MB, and
a normal request queued behind them all becomes a case. Then what an auditor would check
of the leaks: no host file in any stored field, export or log; nothing connected to the
loopback port the mails named; no file written where an archive's names pointed; no live
formula in the CSV or XLSX export; no terminal escape in the log or the operator's
commands.

First sight (8c57ed3, before any fix; parse_seconds 10, max_attempts 2, 2 cores): all 55
ended in a final state and the normal request behind became a case (after 307 s of queue),
but the worker peaked at 526 MB (the big text mails: 15 MB line, 3M ZWJ, 10 MB Subject,
each alone adding 130-140 MB to the worker). No leak: no host file, no connection to the
port, no traversal write, formulas defused, no ESC in log or CSV. Cases: 48; quarantined
after two 10 s attempts, request lost to the queue: xlsx_one_bomb_200_sheets,
xlsx_shared_strings_bomb, pdf_2_5M_path_ops, pdf_jbig2_jpx_inline, mime_50000_parts
(extract), mime_rfc2231_150000_sections (parse), text_15mb_line (extract). Fields no
person writes kept whole: a 140,000-character name (html_600k_entities), a
3.5-million-character subject (mime_10mb_header_line).

After the fixes (a29a79a): all final, the request behind a case after about 210 s, worker
peak 273-295 MB over four runs (327 MB on the run before the parse kept at most 100
parts), no leak. Quarantined still: pdf_2_5M_path_ops and pdf_jbig2_jpx_inline (the PDF
reader has no budget of its own inside the message's 10 s). Office bombs are
*_too_large defects, the RFC 2231, rfc822-depth, 15 MB-line and 50,000-part mails cases.

After the readers' budget and the copy cuts (branch bounds): all 55 cases with no attempt
lost, none quarantined (pdf_2_5M_path_ops pdf_limit, pdf_jbig2_jpx_inline ocr_limit,
mime_50000_parts read flat, too_many_parts), worker peak 239-256 MB over three runs
(275.6 MB on main the same day).
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_mail_2 import FORMULAS, HOSTILE, Bait, hostile_set
from support.cli import run_cli
from support.mailgen import make_mail
from worker import Listener, Worker, context, messages, wait_for, write_settings

from storage.models import MessageState

RSS_LIMIT_MB = 300
PARSE_S = 10
SETTLE_S = 900  # generous: only stops a hung test; 55 mails at two 10 s attempts at worst
STOP_S = 30
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# the mails whose request must become a case whatever their attachment or markup does:
# the leak probes (a case is where a leaked value would show) and the plain-text attacks
MUST_BE_CASE = {
    "docx_xxe_file",
    "docx_xxe_http",
    "docx_xinclude",
    "xlsx_xxe",
    "xlsx_external_link",
    "html_remote_refs",
    "names_escapes_and_script",
    "formula_injection",
    "zip_traversal_symlink",
}


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


def _bait(tmp_path: Path, port: int) -> Bait:
    secret = f"HOSTSECRET-{uuid.uuid4().hex}"
    path = tmp_path / "host-secret.txt"
    path.write_text(secret + "\n", encoding="utf-8")
    return Bait(path, secret, port, uuid.uuid4().hex[:12])


def _passwd_lines() -> list[str]:
    lines = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.count(":") >= 6][:3]


def _export(config: Path, fmt: str, out: Path) -> Path:
    done = run_cli(
        config,
        "cases",
        "export",
        "--format",
        fmt,
        "--output",
        str(out),
        "--reveal",
        "--reason",
        "hostile-set audit",
    )
    assert done.returncode == 0, done.stderr
    return out


def _outcome(rows: dict[str, object]) -> str:
    lines = []
    for name, row in rows.items():
        facts = json.loads(getattr(row, "facts_json", None) or "{}")
        defects = sorted(set(facts.get("extraction_defects", [])) | set(facts.get("defects", [])))
        lines.append(
            f"{name:32s} {getattr(row, 'state', '?')!s:12s}"
            f" attempts={getattr(row, 'attempts', '?')}"
            f" reason={(getattr(row, 'state_reason', '') or '')[:90]!r} defects={defects[:6]}"
        )
    return "\n".join(lines)


@pytest.mark.slow
def test_second_hostile_set_ends_final_leaks_nothing_and_the_request_behind_is_a_case(
    tmp_path: Path, listener: Listener
) -> None:
    bait = _bait(tmp_path, listener.port)
    config = write_settings(tmp_path, parse_seconds=PARSE_S, max_attempts=2)
    inbox = tmp_path / "inbox"
    hostile = hostile_set(bait)
    mails = {**{f"h{i:02d}-{name}": raw for i, (name, raw) in enumerate(hostile.items())}}
    mails["z-normal"] = make_mail(7).raw
    seen: set[int] = set()
    for name, raw in mails.items():  # rows are told apart by size: two alike get a pad
        while len(raw) in seen:
            raw = b"X-Pad: x\r\n" + raw
        mails[name] = raw
        seen.add(len(raw))
    for name, raw in mails.items():
        (inbox / f"{name}.eml").write_bytes(raw)
    ctx = context(config)
    worker = Worker(tmp_path, config)
    try:

        def settled() -> bool:
            rows = messages(ctx)
            return len(rows) == len(mails) and all(
                m.state not in MessageState.PENDING for m in rows
            )

        assert wait_for(settled, SETTLE_S), worker.stderr()[-5000:]
        peak = worker.peak_rss_mb()
        code = worker.terminate(STOP_S)
    finally:
        worker.kill_if_running()

    by_size = {m.size: m for m in messages(ctx)}
    rows = {name.split("-", 1)[1]: by_size[len(raw)] for name, raw in mails.items()}
    report = _outcome(rows)
    print(f"\npeak worker RSS {peak:.0f} MB\n{report}")
    (tmp_path / "outcome.txt").write_text(report, encoding="utf-8")
    log = worker.stderr()

    assert code == 0, log[-5000:]
    assert peak < RSS_LIMIT_MB, f"worker peak RSS {peak:.0f} MB"
    assert rows["normal"].state == MessageState.CASE
    for name, row in rows.items():
        assert row.state not in MessageState.PENDING, (name, row.state)
        if row.state == MessageState.QUARANTINED:
            assert row.state_reason, name
    wrong = {n: rows[n].state for n in MUST_BE_CASE if rows[n].state != MessageState.CASE}
    assert not wrong, f"{wrong}\n{report}"
    assert "Traceback" not in log, log[-5000:]

    # nothing read from the host, in any stored fact, export or log
    jsonl = _export(config, "jsonl", tmp_path / "cases.jsonl").read_text(encoding="utf-8")
    csv_text = _export(config, "csv", tmp_path / "cases.csv").read_text(encoding="utf-8-sig")
    xlsx_path = _export(config, "xlsx", tmp_path / "cases.xlsx")
    facts = "\n".join(m.facts_json or "" for m in rows.values())
    for where, text in {"jsonl": jsonl, "csv": csv_text, "facts": facts, "log": log}.items():
        assert bait.secret not in text, f"the host secret is in the {where}"
        for line in _passwd_lines():
            assert line not in text, f"/etc/passwd is in the {where}"
    assert "HOSTILEMARK" in jsonl  # the export does hold the hostile requests' text
    assert listener.connections == 0, "something in intake connected to the mail's URL"
    assert not list(Path("/tmp").glob(f"PWNED-{bait.token}*"))
    assert not [p for p in tmp_path.parent.rglob(f"*{bait.token}*")]

    # no live formula in the exports
    cells = [cell for row in csv.reader(io.StringIO(csv_text)) for cell in row]
    injected = [c for c in cells if any(f[1:12] in c for f in FORMULAS) or "cmd|" in c]
    assert injected, "the formula mail's values are in the CSV export"
    assert not [c for c in injected if c.startswith(FORMULA_START)], injected
    from openpyxl import load_workbook

    book = load_workbook(xlsx_path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (cell.coordinate, cell.value)
                value = str(cell.value or "")
                if "cmd|" in value or "HYPERLINK" in value:
                    assert not value.startswith(FORMULA_START), value

    # no terminal control sequence reaches the operator
    status = run_cli(config, "status")
    quarantine = run_cli(config, "quarantine", "list")
    for where, text in {
        "log": log,
        "status": status.stdout + status.stderr,
        "quarantine list": quarantine.stdout + quarantine.stderr,
        "csv": csv_text,
    }.items():
        assert "\x1b" not in text, f"an escape sequence reaches the {where}"


def test_the_second_set_builds_and_every_mail_has_a_hope(tmp_path: Path) -> None:
    bait = Bait(tmp_path / "s", "s", 9, "t")
    built = hostile_set(bait)
    assert len(built) == len(HOSTILE) >= 25
    assert all(h.hope for h in HOSTILE)
    assert all(raw.startswith(b"From:") or b"\nFrom:" in raw[:2000] for raw in built.values())
