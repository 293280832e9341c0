"""What every attack of set 4 is held to, read in the bounded child as the worker reads it:
the request is still read (the case is made, the citizen's name found), nothing from the
host or the network comes back, nothing is written where a name points, and the attack
leaves a recorded defect where the set says it must."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from hostile_mail_2 import Bait
from hostile_mail_4 import CITIZEN, Attack
from worker import Listener

from extractors.bounded import Analysis, analyse_many_bounded
from extractors.sandbox import LimitExceeded, Limits
from extractors.sender_auth import AgencyIdentity
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
AGENCY = AgencyIdentity(domains=("example.go.th",))
# A quarter of the product's default parse_seconds (120): on a quiet machine no attack
# takes more than 9 s of it, but at a load of 16 on two cores 10 s cut the 19 MB mail of
# xlsx_100k_entries in its MIME parse (a clock on the wall, not on the attack).
LIMITS = Limits(seconds=30.0, memory_mb=768)
TIMES = ROOT / "test-artifacts" / "hostile4-times.txt"


def make_bait(folder: Path, port: int) -> Bait:
    secret = f"HOSTSECRET-{uuid.uuid4().hex}"
    path = folder / "host-secret.txt"
    path.write_text(secret + "\n", encoding="utf-8")
    return Bait(path, secret, port, uuid.uuid4().hex[:12])


def passwd_lines() -> list[str]:
    lines = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.count(":") >= 6][:3]


@dataclass(frozen=True)
class Outcome:
    analysis: Analysis
    seconds: float
    codes: set[str]
    text: str  # every value, text part and defect detail read from the mail


def analyse(attack: Attack, raw: bytes) -> Outcome:
    began = time.monotonic()
    try:
        (analysis,) = analyse_many_bounded([(raw, None)], TEMPLATES, AGENCY, LIMITS)
    except LimitExceeded as cut:  # the whole message's time or memory went on one file
        raise AssertionError(f"{attack.name}: the message itself was cut: {cut}") from None
    seconds = time.monotonic() - began
    TIMES.parent.mkdir(exist_ok=True)
    with TIMES.open("a", encoding="utf-8") as sink:
        sink.write(f"{attack.name} {seconds:.2f}\n")
    assert analysis is not None, f"{attack.name}: the analysis raised"
    extracted = analysis.extracted
    codes = {d.code for d in extracted.defects} | {d.code for d in analysis.parsed.defects}
    text = "\n".join(
        [extracted.model_dump_json()]
        + [p.text for p in analysis.parsed.text_parts]
        + [d.detail for d in analysis.parsed.defects]
    )
    return Outcome(analysis, seconds, codes, text)


def check(attack: Attack, bait: Bait, listener: Listener, tmp_root: Path) -> Outcome:
    raw = attack.build(bait, 400)
    outcome = analyse(attack, raw)
    assert CITIZEN.name in outcome.text, f"{attack.name}: the request's own text was lost"
    assert bait.secret not in outcome.text, f"{attack.name}: the host secret was read"
    for line in passwd_lines():
        assert line not in outcome.text, f"{attack.name}: /etc/passwd was read"
    assert listener.connections == 0, f"{attack.name}: something connected to the bait port"
    assert not list(Path("/tmp").glob(f"PWNED-{bait.token}*")), attack.name
    assert not list(tmp_root.rglob(f"*{bait.token}*")), attack.name
    if attack.defect:
        assert any(attack.defect in code for code in outcome.codes), (
            f"{attack.name}: no defect with {attack.defect!r} in {sorted(outcome.codes)}"
        )
    return outcome
