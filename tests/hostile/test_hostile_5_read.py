"""Hostile set 5, each mail read as the worker reads it (the bounded child, one call):
the request is still read (the citizen's name found), nothing from the host or the
network comes back, nothing is written where a name points, and the attacks that must
leave a recorded defect do. The mail just under the size cap is left to the worker run
(test_hostile_5_worker), where its time is the parse stage's own."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_mail_2 import Bait
from hostile_mail_5 import ATTACKS, CITIZEN, Attack
from worker import Listener

from extractors.bounded import analyse_many_bounded
from extractors.sandbox import LimitExceeded, Limits
from extractors.sender_auth import AgencyIdentity
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
AGENCY = AgencyIdentity(domains=("example.go.th",))
LIMITS = Limits(seconds=30.0, memory_mb=768)  # as set 4: a quarter of the default 120 s
TIMES = ROOT / "test-artifacts" / "hostile5-times.txt"
READ_HERE = [a for a in ATTACKS if a.name != "near_cap_all_attachments"]


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="module")
def bait(tmp_path_factory: pytest.TempPathFactory, listener: Listener) -> Bait:
    folder = tmp_path_factory.mktemp("bait5")
    secret = f"HOSTSECRET-{uuid.uuid4().hex}"
    (folder / "host-secret.txt").write_text(secret + "\n", encoding="utf-8")
    return Bait(folder / "host-secret.txt", secret, listener.port, uuid.uuid4().hex[:12])


def passwd_lines() -> list[str]:
    lines = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.count(":") >= 6][:3]


def read(attack: Attack, raw: bytes) -> tuple[set[str], str]:
    """The defect codes and every value, text part and defect detail read from the mail."""
    began = time.monotonic()
    try:
        (analysis,) = analyse_many_bounded([(raw, None)], TEMPLATES, AGENCY, LIMITS)
    except LimitExceeded as cut:
        raise AssertionError(f"{attack.name}: the message itself was cut: {cut}") from None
    TIMES.parent.mkdir(exist_ok=True)
    with TIMES.open("a", encoding="utf-8") as sink:
        sink.write(f"{attack.name} {time.monotonic() - began:.2f}\n")
    assert analysis is not None, f"{attack.name}: the analysis raised"
    extracted = analysis.extracted
    codes = {d.code for d in extracted.defects} | {d.code for d in analysis.parsed.defects}
    text = "\n".join(
        [extracted.model_dump_json()]
        + [p.text for p in analysis.parsed.text_parts]
        + [d.detail for d in analysis.parsed.defects]
    )
    return codes, text


@pytest.mark.parametrize("attack", READ_HERE, ids=lambda a: a.name)
def test_a_fifth_set_mail_is_read_safely(
    attack: Attack, bait: Bait, listener: Listener, tmp_path: Path
) -> None:
    codes, text = read(attack, attack.build(bait, 500))
    assert CITIZEN.name in text, f"{attack.name}: the request's own text was lost"
    assert bait.secret not in text, f"{attack.name}: the host secret was read"
    for line in passwd_lines():
        assert line not in text, f"{attack.name}: /etc/passwd was read"
    assert listener.connections == 0, f"{attack.name}: something connected to the bait port"
    assert not list(Path("/tmp").glob(f"PWNED-{bait.token}*")), attack.name
    assert not list(tmp_path.parent.rglob(f"*{bait.token}*")), attack.name
    if attack.defect:
        assert any(attack.defect in code for code in codes), (
            f"{attack.name}: no defect with {attack.defect!r} in {sorted(codes)}"
        )


def test_the_fifth_set_builds_names_new_attacks_and_says_what_holds(tmp_path: Path) -> None:
    from hostile_mail_2 import HOSTILE
    from hostile_mail_4 import ATTACKS as FOURTH
    from hostile_mail_5 import attack_set

    names = [a.name for a in ATTACKS]
    assert len(names) == len(set(names)) >= 30
    assert not set(names) & ({h.name for h in HOSTILE} | {a.name for a in FOURTH})
    assert all(a.hope and a.holds for a in ATTACKS)
    built = attack_set(Bait(tmp_path / "s", "s", 9, "t"))
    assert all(b"\nFrom:" in raw[:4000] or raw.startswith(b"From:") for raw in built.values())
