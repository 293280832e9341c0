"""Hostile set 4 against a running worker (`intake run` on a drop folder), as sets 1-2:
every message ends in a final state (a quarantine with its reason), the worker stays
under 300 MB, a normal request queued behind them all becomes a case, the attacks that
probe for leaks are cases (where a leaked value would show), nothing connects to the
loopback port the files name, no host file reaches a stored fact or the log, and the
invented citizen's name, ID and phone never reach the log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile4_check import Listener, make_bait, passwd_lines
from hostile_mail_4 import ATTACKS, CITIZEN, attack_set
from support.mailgen import make_mail
from worker import run_set

from storage.models import MessageState

PARSE_S = 10
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


@pytest.mark.slow
def test_the_fourth_set_ends_final_leaks_nothing_and_the_request_behind_is_a_case(
    tmp_path: Path, listener: Listener
) -> None:
    assert {a.name for a in ATTACKS} >= MUST_BE_CASE
    bait = make_bait(tmp_path, listener.port)
    run = run_set(tmp_path, attack_set(bait), make_mail(9).raw, parse_seconds=PARSE_S)
    rows, log = run.rows, run.log
    wrong = {n: rows[n].state for n in MUST_BE_CASE if rows[n].state != MessageState.CASE}
    assert not wrong, f"{wrong}\n{run.report}"

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
