"""The drop folder and `intake import`: every message captured once, never twice."""

from __future__ import annotations

import mailbox
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, select
from support.cli import write_config
from support.invoke import invoke
from support.mailgen import make_mail

from intake.capture import identify
from intake.context import Context, open_context
from intake.importer import import_paths
from intake.poll import poll_mailbox
from intake.runner import process_due
from intake.settings import load_settings
from intake.status import build_status
from storage.db import transaction
from storage.models import Case, Message


@pytest.fixture
def env(tmp_path: Path) -> tuple[Path, Context]:
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[
            {
                "name": "drop",
                "kind": "folder",
                "path": str(tmp_path / "inbox"),
                "server_action": "move",  # asked for explicitly; the default deletes
                "processed_folder": "processed",
            }
        ],
    )
    return config, open_context(load_settings(config))


def states(ctx: Context, source: str | None = None) -> list[tuple[str, str | None]]:
    with transaction(ctx.engine) as session:
        query = select(Message.state, Message.state_reason).order_by(col(Message.id))
        if source:
            query = query.where(Message.source == source)
        return [(s, r) for s, r in session.execute(query).all()]


def receipts(ctx: Context) -> list[str]:
    with transaction(ctx.engine) as session:
        return list(session.execute(select(Case.receipt_no).order_by(col(Case.id))).scalars())


def poll(ctx: Context) -> Any:
    result = poll_mailbox(ctx, ctx.settings.effective_mailboxes()[0])
    process_due(ctx)
    return result


def write_eml(folder: Path, raws: list[bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, raw in enumerate(raws):
        (folder / f"mail-{n:03d}.eml").write_bytes(raw)
    return folder


# -- the drop folder ------------------------------------------------------------------


def test_drop_folder_files_become_cases_and_move_to_processed(
    tmp_path: Path, env: tuple[Path, Context]
) -> None:
    _, ctx = env
    raws = [make_mail(n).raw for n in range(1, 5)]
    inbox = write_eml(tmp_path / "inbox", raws)

    first = poll(ctx)
    assert first.ok and first.captured == 4
    assert [s for s, _ in states(ctx)] == ["case"] * 4
    assert list(inbox.glob("*.eml")) == []
    moved = sorted((inbox / "processed").glob("*.eml"))
    assert [p.read_bytes() for p in moved] == raws

    second = poll(ctx)
    assert second.ok and second.captured == 0
    assert len(states(ctx)) == 4
    status = build_status(ctx)
    assert status.messages.total == 4 and status.cases == 4
    assert status.mailboxes[0].last_error is None and status.mailboxes[0].last_poll_at


def test_renamed_file_is_not_new(tmp_path: Path, env: tuple[Path, Context]) -> None:
    """The drop folder's identity is the content, so a file put back under a new name
    is not captured again."""
    _, ctx = env
    raw = make_mail(7).raw
    inbox = write_eml(tmp_path / "inbox", [raw])
    poll(ctx)
    (inbox / "again-under-another-name.eml").write_bytes(raw)
    assert poll(ctx).captured == 0
    assert len(states(ctx)) == 1


def test_two_identical_files_in_the_drop_folder(tmp_path: Path, env: tuple[Path, Context]) -> None:
    _, ctx = env
    raw, other = make_mail(8).raw, make_mail(9).raw
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.eml").write_bytes(raw)
    (inbox / "b-same-as-a.eml").write_bytes(raw)
    (inbox / "c.eml").write_bytes(other)
    result = poll(ctx)
    assert result.ok
    assert sorted(s for s, _ in states(ctx)) == ["case", "case"]


def test_oversized_file_is_recorded_and_left_in_the_folder(tmp_path: Path) -> None:
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[
            {
                "name": "drop",
                "kind": "folder",
                "path": str(tmp_path / "inbox"),
                "max_message_mb": 0.01,
            }
        ],
    )
    ctx = open_context(load_settings(config))
    inbox = write_eml(tmp_path / "inbox", [make_mail(1).raw, make_mail(2, size_pad=20_000).raw])
    assert poll(ctx).oversized == 1
    found = states(ctx)
    assert sorted(s for s, _ in found) == ["case", "oversized"]
    reason = next(r for s, r in found if s == "oversized") or ""
    assert "over the limit" in reason
    assert [p.name for p in inbox.glob("*.eml")] == ["mail-001.eml"]
    assert poll(ctx).oversized == 0  # recorded once, not again
    assert len(states(ctx)) == 2


# -- intake import --------------------------------------------------------------------


def test_import_eml_folder_is_idempotent(
    tmp_path: Path, env: tuple[Path, Context], capsys: pytest.CaptureFixture[str]
) -> None:
    config, ctx = env
    folder = write_eml(tmp_path / "export", [make_mail(n).raw for n in range(10, 16)])
    code, _, err = invoke(capsys, "--config", str(config), "import", str(folder))
    assert code == 0 and "imported 6 new, 0 already imported" in err
    assert [s for s, _ in states(ctx)] == ["case"] * 6

    code, _, err = invoke(capsys, "--config", str(config), "import", str(folder))
    assert code == 0 and "imported 0 new, 6 already imported" in err
    assert len(states(ctx)) == 6


def test_import_maildir(tmp_path: Path, env: tuple[Path, Context]) -> None:
    _, ctx = env
    box = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    for n in range(20, 25):
        msg = mailbox.MaildirMessage(make_mail(n).raw)
        if n % 2:
            msg.set_subdir("cur")
            msg.add_flag("S")
        box.add(msg)
    (tmp_path / "Maildir" / "tmp" / "half-written").write_bytes(make_mail(99).raw)
    assert len(list((tmp_path / "Maildir" / "cur").iterdir())) == 2
    assert len(list((tmp_path / "Maildir" / "new").iterdir())) == 3

    result = import_paths(ctx, [tmp_path / "Maildir"])
    process_due(ctx)
    assert (result.captured, result.already_imported) == (5, 0)
    assert [s for s, _ in states(ctx)] == ["case"] * 5  # tmp/ is not mail yet

    again = import_paths(ctx, [tmp_path / "Maildir"])
    assert (again.captured, again.already_imported) == (0, 5)
    assert len(states(ctx)) == 5


def test_import_mbox(tmp_path: Path, env: tuple[Path, Context]) -> None:
    _, ctx = env
    path = tmp_path / "export.mbox"
    box = mailbox.mbox(str(path), create=True)
    for n in range(30, 37):
        box.add(make_mail(n).raw)
    box.flush()
    box.close()

    result = import_paths(ctx, [path])
    process_due(ctx)
    assert (result.captured, result.already_imported) == (7, 0)
    assert [s for s, _ in states(ctx)] == ["case"] * 7
    assert import_paths(ctx, [path]).captured == 0
    assert len(states(ctx)) == 7


def test_import_of_mail_taken_from_the_drop_folder_adds_only_duplicates(
    tmp_path: Path, env: tuple[Path, Context]
) -> None:
    _, ctx = env
    raws = [make_mail(n, with_message_id=n % 2 == 0).raw for n in range(40, 45)]
    write_eml(tmp_path / "inbox", raws)
    poll(ctx)
    assert len(receipts(ctx)) == 5

    copy = tmp_path / "copy"
    shutil.copytree(tmp_path / "inbox" / "processed", copy)
    write_eml(tmp_path / "new-one", [make_mail(49).raw])
    result = import_paths(ctx, [copy, tmp_path / "new-one"])
    process_due(ctx)
    assert result.captured == 6
    imported = states(ctx, "import")
    assert sorted(s for s, _ in imported) == ["case"] + ["duplicate"] * 5
    for state, reason in imported:
        if state == "duplicate":
            assert reason and reason.startswith("same message as #")
    assert len(receipts(ctx)) == 6


def test_missing_message_id_gets_the_same_synthetic_id_from_crlf_and_lf() -> None:
    lf = make_mail(50, with_message_id=False).raw.replace(b"\r\n", b"\n")
    crlf = lf.replace(b"\n", b"\r\n")
    assert lf != crlf
    a, b = identify(lf), identify(crlf)
    assert a.synthetic and b.synthetic
    assert a.message_id == b.message_id and a.sha256 == b.sha256
    assert a.message_id.startswith("<") and a.message_id.endswith(">")
    other = identify(make_mail(51, with_message_id=False).raw)
    assert other.message_id != a.message_id
    with_id = identify(make_mail(52).raw)
    assert not with_id.synthetic and with_id.message_id.startswith("<gen-00052-")


def test_crlf_copy_of_an_lf_mail_without_message_id_is_a_duplicate(
    tmp_path: Path, env: tuple[Path, Context]
) -> None:
    _, ctx = env
    lf = make_mail(53, with_message_id=False).raw.replace(b"\r\n", b"\n")
    write_eml(tmp_path / "export", [lf])
    import_paths(ctx, [tmp_path / "export"])
    process_due(ctx)
    write_eml(tmp_path / "inbox", [lf.replace(b"\n", b"\r\n")])
    poll(ctx)
    assert [s for s, _ in states(ctx)] == ["case", "duplicate"]
    assert len(receipts(ctx)) == 1


def test_receipt_numbers_are_unique_and_sequential(
    tmp_path: Path, env: tuple[Path, Context]
) -> None:
    _, ctx = env
    write_eml(tmp_path / "inbox", [make_mail(n).raw for n in range(60, 65)])
    poll(ctx)
    write_eml(tmp_path / "export", [make_mail(n).raw for n in range(65, 68)])
    import_paths(ctx, [tmp_path / "export"])
    process_due(ctx)
    year = datetime.now(ZoneInfo("Asia/Bangkok")).year + 543
    assert receipts(ctx) == [f"REQ-{year}-{n:06d}" for n in range(1, 9)]


def test_import_of_a_missing_path_is_one_line(
    tmp_path: Path, env: tuple[Path, Context], capsys: pytest.CaptureFixture[str]
) -> None:
    config, _ = env
    code, _, err = invoke(capsys, "--config", str(config), "import", str(tmp_path / "nowhere"))
    assert code != 0
    lines = [line for line in err.splitlines() if not line.startswith("{")]
    assert lines == [f"intake: import: {tmp_path / 'nowhere'} does not exist"]


def test_each_batch_is_reported_once_committed(tmp_path: Path) -> None:
    """The stages may start on a poll's first batch while the rest is fetched: the
    callback is told each batch after its rows are committed, never before."""
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[
            {"name": "drop", "kind": "folder", "path": str(tmp_path / "inbox"), "fetch_batch": 2}
        ],
    )
    ctx = open_context(load_settings(config))
    write_eml(tmp_path / "inbox", [make_mail(n).raw for n in range(1, 6)])
    told: list[tuple[int, int]] = []  # (batch count, rows committed when told)

    result = poll_mailbox(
        ctx,
        ctx.settings.effective_mailboxes()[0],
        captured=lambda n: told.append((n, len(states(ctx)))),
    )

    assert result.ok and result.captured == 5
    assert told == [(2, 2), (2, 4), (1, 5)]


def test_the_content_hash_read_a_chunk_at_a_time_is_the_hash_of_the_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """CRLF read as LF and the last line ends dropped, whatever the chunks cut: a CRLF
    split across two, a CR before a CRLF, a mail of line ends only."""
    import hashlib
    import random

    from intake import capture

    def whole(raw: bytes) -> str:
        return hashlib.sha256(raw.replace(b"\r\n", b"\n").rstrip(b"\n")).hexdigest()

    rng = random.Random(11)
    pieces = [b"a", b"\r", b"\n", b"\r\n", "ก".encode()]
    for chunk in (1, 2, 3, 7):
        monkeypatch.setattr(capture, "HASH_CHUNK", chunk)
        for _ in range(2000):
            raw = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
            assert capture.content_hash(raw) == whole(raw), raw
    assert capture.content_hash(b"a\r\nb\r\n\r\n") == capture.content_hash(b"a\nb\n")
