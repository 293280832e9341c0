"""The drop folder keeps no plaintext: once capture has committed, the file is removed.
Moving it to a Processed folder happens only when the operator asks, with a warning in
`intake status` and in the compliance report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cli import write_config
from support.invoke import invoke
from support.privacy_seed import PEOPLE, request_mail


def _drop(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"{number}.eml").write_bytes(request_mail(PEOPLE[number], number))


def _plaintext_files(folder: Path) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(p.national_id.encode() in data or p.email.encode() in data for p in PEOPLE):
                hits.append(str(path.relative_to(folder)))
    return hits


def test_embedded_default_removes_captured_mail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[])
    _drop(tmp_path / "var" / "inbox", 2)

    code, _, err = invoke(capsys, "--config", str(config), "poll", "--once")

    assert code == 0, err
    code, out, _ = invoke(capsys, "--config", str(config), "status", "--json")
    report = json.loads(out)
    assert report["messages"]["by_state"]["case"] == 2
    assert _plaintext_files(tmp_path / "var") == []
    assert list((tmp_path / "var" / "inbox").rglob("*.eml")) == []
    assert report["warnings"] == []


def test_move_only_when_asked_and_then_warned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "scanner"
    mailbox = {"name": "scanner", "kind": "folder", "path": inbox, "server_action": "move"}
    config = write_config(tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[mailbox])
    _drop(inbox, 1)

    code, _, err = invoke(capsys, "--config", str(config), "poll", "--once")

    assert code == 0, err
    assert [p.name for p in (inbox / "Processed").iterdir()] == ["0.eml"]
    code, out, _ = invoke(capsys, "--config", str(config), "status", "--json")
    warnings = json.loads(out)["warnings"]
    assert len(warnings) == 1 and "scanner" in warnings[0] and "plaintext" in warnings[0]
    code, out, _ = invoke(capsys, "--config", str(config), "status")
    assert "plaintext" in out
    code, out, _ = invoke(
        capsys, "--config", str(config), "compliance", "report", "--format", "json"
    )
    assert code == 0
    assert any("scanner" in w for w in json.loads(out)["warnings"])


def test_a_copy_of_captured_mail_dropped_later_is_removed_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same mail dropped again at a later poll (exported twice, copied back from a
    backup) is known by its content, so it opens no second case; it is plain mail all
    the same, and was left in the folder for good."""
    config = write_config(tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[])
    inbox = tmp_path / "var" / "inbox"
    _drop(inbox, 1)
    assert invoke(capsys, "--config", str(config), "poll", "--once")[0] == 0
    (inbox / "again.eml").write_bytes(request_mail(PEOPLE[0], 0))

    code, _, err = invoke(capsys, "--config", str(config), "poll", "--once")

    assert code == 0, err
    assert _plaintext_files(tmp_path / "var") == []
    code, out, _ = invoke(capsys, "--config", str(config), "status", "--json")
    assert json.loads(out)["messages"]["by_state"]["case"] == 1
