"""Hostile set 4 against a running worker (`intake run` on a drop folder), as sets 1-2:
every message ends in a final state (a quarantine with its reason), the worker stays
under 300 MB, a normal request queued behind them all becomes a case, the attacks that
probe for leaks are cases (where a leaked value would show), nothing connects to the
loopback port the files name, no host file reaches a stored fact or the log, and the
invented citizen's name, ID and phone never reach the log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile4_check import Listener, make_bait, passwd_lines
from hostile_mail_4 import ATTACKS, CITIZEN, attack_set
from support.mailgen import make_mail
from worker import Worker, context, messages, wait_for, write_settings

from storage.models import Message, MessageState

RSS_LIMIT_MB = 300
PARSE_S = 10
SETTLE_S = 900  # only stops a hung test: 35 mails at two 10 s attempts at worst
STOP_S = 30
# the leak probes: their request must be a case, where a leaked value would show
MUST_BE_CASE = {
    "docx_external_relationships",
    "docx_altchunk_and_ole",
    "docx_xxe_parameter_entity",
    "docx_xxe_utf16",
    "docx_xxe_core_and_header",
    "xlsx_xxe_in_rels",
    "ods_xxe",
    "docx_duplicate_and_traversal_names",
    "pdf_links_and_embedded",
    "pdf_xfa_xxe",
    "svg_script",
    "hostile_filenames",
}


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


def _outcome(rows: dict[str, Message]) -> str:
    lines = []
    for name, row in rows.items():
        facts = json.loads(row.facts_json or "{}")
        defects = sorted(set(facts.get("extraction_defects", [])) | set(facts.get("defects", [])))
        lines.append(
            f"{name:36s} {row.state!s:12s} attempts={row.attempts}"
            f" reason={(row.state_reason or '')[:80]!r} defects={defects[:6]}"
        )
    return "\n".join(lines)


@pytest.mark.slow
def test_the_fourth_set_ends_final_leaks_nothing_and_the_request_behind_is_a_case(
    tmp_path: Path, listener: Listener
) -> None:
    assert {a.name for a in ATTACKS} >= MUST_BE_CASE
    bait = make_bait(tmp_path, listener.port)
    config = write_settings(tmp_path, parse_seconds=PARSE_S, max_attempts=2)
    mails = {f"h{i:02d}-{n}": raw for i, (n, raw) in enumerate(attack_set(bait).items())}
    mails["z-normal"] = make_mail(9).raw
    seen: set[int] = set()
    for name, raw in mails.items():  # rows are told apart by size: two alike get a pad
        while len(raw) in seen:
            raw = b"X-Pad: x\r\n" + raw
        mails[name] = raw
        seen.add(len(raw))
    for name, raw in mails.items():
        (tmp_path / "inbox" / f"{name}.eml").write_bytes(raw)
    ctx = context(config)
    worker = Worker(tmp_path, config)
    try:

        def settled() -> bool:
            rows = messages(ctx)
            return len(rows) == len(mails) and all(
                m.state not in MessageState.PENDING for m in rows
            )

        assert wait_for(settled, SETTLE_S, pause=2), worker.stderr()[-5000:]
        peak = worker.peak_rss_mb()
        code = worker.terminate(STOP_S)
    finally:
        worker.kill_if_running()

    by_size = {m.size: m for m in messages(ctx)}
    rows = {name.split("-", 1)[1]: by_size[len(raw)] for name, raw in mails.items()}
    report = _outcome(rows)
    print(f"\npeak worker RSS {peak:.0f} MB\n{report}")
    log = worker.stderr()

    assert code == 0, log[-5000:]
    assert peak < RSS_LIMIT_MB, f"worker peak RSS {peak:.0f} MB"
    assert rows["normal"].state == MessageState.CASE, report
    for name, row in rows.items():
        assert row.state not in MessageState.PENDING, (name, row.state)
        if row.state == MessageState.QUARANTINED:
            assert row.state_reason, name
    wrong = {n: rows[n].state for n in MUST_BE_CASE if rows[n].state != MessageState.CASE}
    assert not wrong, f"{wrong}\n{report}"
    assert "Traceback" not in log, log[-5000:]

    facts = "\n".join(m.facts_json or "" for m in rows.values())
    for where, text in {"facts": facts, "log": log}.items():
        assert bait.secret not in text, f"the host secret is in the {where}"
        for line in passwd_lines():
            assert line not in text, f"/etc/passwd is in the {where}"
    for value in (CITIZEN.name, CITIZEN.national_id, CITIZEN.national_id_dashed, CITIZEN.phone):
        assert value not in log, "the citizen's personal data is in the worker's log"
    assert listener.connections == 0, "something in intake connected to the bait port"
    assert not list(Path("/tmp").glob(f"PWNED-{bait.token}*"))
    assert not list(tmp_path.rglob(f"*{bait.token}*"))
