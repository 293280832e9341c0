"""Hostile set 6 against a running worker (`intake run` on a drop folder), as sets 1, 2, 4
and 5: every message ends in a final state, the worker stays under 300 MB, a normal
request queued behind them all becomes a case, every attack's own request is a case,
nothing connects to the bait port, no pickle of ours is loaded and no file is written
where a uuencoded name points, and the host secret and the invented citizen's name, ID
and phone reach neither the worker's log nor the operator's `status` and `quarantine
list`; the host secret is in no exported value either.

First sight (at 2cec0fe, the set as written, before any fix; 2 cores shared with other
runs, load about 6): 19 of the 21 attacks of this run held, 2 failed. Worker peak RSS
285 MB, the normal request a case, 83 s for the test.
- charset_codec_zoo: `not_mail` ("no mail header found", defects nesting_too_deep and
  parser_failed): a request with From, To and Subject, filed as no mail at all, no case.
- thai_marks_canonical_order: quarantined after 2 attempts ("parsing took longer than
  10 s"): 240,000 alternating marks cost normalisation its length squared.
- Held: the PDF rings and bombs (parent, outline/name tree, field parent, 10^5 nested
  dictionaries, ObjStm header bomb -> pdf_too_large, 2^31 xref index), the CMap pickle
  path, APNG frames (ocr_limit), animated WebP, HEIC/AVIF/JXL and SVG
  (unsupported_content_type), the DOCX runs (docx_limit) and style/numbering loops, the
  XLSX whole-sheet merge and million styles (xlsx_too_large), external-body, uuencoded
  paths, base64 rfc822 layers, folded floods (header_truncated). The bait checks (port,
  pickle marker, uuencoded files, secret in exports) ran only after the fixes, as the
  first run stopped at the two cases above.
After the fixes (8038156 non-charset codecs, 9e9cfa6 stream-safe normalisation, 1f3d42e
display-name domains split once): all 21 cases, none quarantined, no attempt lost;
charset_codec_zoo has header_unknown_charset, thai_marks_canonical_order reads in 0.9 s
(value_too_long on the tower); nothing connected, no marker written, no secret
anywhere; peak RSS 285 MB, 86 s for the test.
Since HEIC, AVIF and SVG are read (branch photos): the HEIC and the 60000x60000 AVIF are
ocr_failed (UnidentifiedImageError: refused from their headers), the SVG svg_refused (it
declares entities), the APNG ocr_frames_unread (20 of 1,000 blank frames looked at, in
0.7 s), the animated WebP canvas ocr_failed (DecompressionBombError); all 21 cases."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_mail_2 import Bait
from hostile_mail_6 import ATTACKS, CITIZEN, attack_set
from support.cli import run_cli
from support.mailgen import make_mail
from worker import Listener, run_set

PARSE_S = 10


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


@pytest.mark.slow
def test_the_sixth_set_ends_final_and_the_request_behind_is_a_case(
    tmp_path: Path, listener: Listener
) -> None:
    secret = f"HOSTSECRET-{uuid.uuid4().hex}"
    (tmp_path / "host-secret.txt").write_text(secret + "\n", encoding="utf-8")
    bait = Bait(tmp_path / "host-secret.txt", secret, listener.port, uuid.uuid4().hex[:12])
    run = run_set(tmp_path, attack_set(bait), make_mail(11).raw, parse_seconds=PARSE_S)
    config, rows, log = run.config, run.rows, run.log
    wrong = {a.name: rows[a.name].state for a in ATTACKS if rows[a.name].state != "case"}
    assert not wrong, f"{wrong}\n{run.report}"

    # nothing called out, loaded our pickle, or wrote where a uuencoded name points
    assert listener.connections == 0, "something connected to the bait port"
    planted = [p.name for p in tmp_path.rglob(f"PWNED-{bait.token}*")]
    planted += [p.name for p in Path("/tmp").glob(f"PWNED-{bait.token}*")]
    assert not planted, planted

    status = run_cli(config, "status")
    quarantine = run_cli(config, "quarantine", "list")
    exported = run_cli(
        config, "cases", "export", "--format", "jsonl", "--output", str(tmp_path / "c.jsonl"),
        "--reveal", "--reason", "hostile-set audit",
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr[-2000:]
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
    assert bait.secret not in (tmp_path / "c.jsonl").read_text(encoding="utf-8")


def test_the_sixth_set_names_new_attacks_and_says_what_holds() -> None:
    from hostile_mail_2 import HOSTILE
    from hostile_mail_4 import ATTACKS as FOURTH
    from hostile_mail_5 import ATTACKS as FIFTH
    from hostile_mail_6 import PRIVACY

    names = [a.name for a in ATTACKS + PRIVACY]
    assert len(names) == len(set(names)) >= 28
    earlier = {h.name for h in HOSTILE} | {a.name for a in FOURTH} | {a.name for a in FIFTH}
    assert not set(names) & earlier
    assert all(a.hope and a.holds for a in ATTACKS + PRIVACY)
