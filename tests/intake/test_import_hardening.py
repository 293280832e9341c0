"""`intake import` from the hostile set: a size limit, bounded memory, and every file
in a directory either read (whatever its name) or reported as skipped with a reason."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest
from sqlmodel import col, select
from support.cli import write_config
from support.invoke import invoke
from support.mailgen import make_mail

from intake import importer
from intake.context import Context, open_context
from intake.importer import import_paths
from intake.settings import load_settings
from intake.sources.files import Found, Skipped, iter_messages
from storage.db import transaction
from storage.models import Message

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)


def setup(tmp_path: Path, max_mb: float = 1.0) -> tuple[Path, Context]:
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[],
        import_max_message_mb=max_mb,
    )
    return config, open_context(load_settings(config))


def states(ctx: Context) -> list[tuple[str, str | None]]:
    with transaction(ctx.engine) as session:
        query = select(Message.state, Message.state_reason).order_by(col(Message.id))
        return [(s, r) for s, r in session.execute(query).all()]


def test_a_file_over_the_limit_is_recorded_as_oversized_and_never_read_whole(
    tmp_path: Path,
) -> None:
    _, ctx = setup(tmp_path, max_mb=1.0)
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "big.eml").write_bytes(make_mail(1, size_pad=2 * 1024 * 1024).raw)
    (folder / "small.eml").write_bytes(make_mail(2).raw)
    result = import_paths(ctx, [folder])
    assert (result.captured, result.oversized) == (1, 1)
    found = states(ctx)
    assert sorted(s for s, _ in found) == ["oversized", "received"]
    reason = next(r for s, r in found if s == "oversized") or ""
    assert "over the limit of 1048576 bytes; not imported" in reason
    again = import_paths(ctx, [folder])
    assert (again.captured, again.oversized, again.already_imported) == (0, 0, 2)


def test_the_reader_holds_at_most_the_limit_of_a_big_file(tmp_path: Path) -> None:
    big = tmp_path / "big.eml"
    big.write_bytes(b"Subject: x\n\n" + b"y" * (3 * 1024 * 1024))
    (found,) = list(iter_messages([big], 1024 * 1024))
    assert isinstance(found, Found)
    assert found.raw is None and found.size == big.stat().st_size and found.sha256


def test_an_mbox_message_over_the_limit_is_oversized_and_the_others_imported(
    tmp_path: Path,
) -> None:
    _, ctx = setup(tmp_path, max_mb=1.0)
    path = tmp_path / "export.mbox"
    box = mailbox.mbox(str(path), create=True)
    box.add(make_mail(3).raw)
    box.add(make_mail(4, size_pad=2 * 1024 * 1024).raw)
    box.add(make_mail(5).raw)
    box.flush()
    box.close()
    result = import_paths(ctx, [path])
    assert (result.captured, result.oversized) == (2, 1)


def test_batches_are_bounded_by_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, ctx = setup(tmp_path, max_mb=1.0)
    folder = tmp_path / "export"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.eml").write_bytes(make_mail(n, size_pad=300_000).raw)
    sizes: list[int] = []
    real_store = importer._store

    def spy(ctx: Context, batch: list[tuple[object, bytes]], result: object) -> None:
        sizes.append(sum(len(raw) for _, raw in batch))
        real_store(ctx, batch, result)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "BATCH_BYTES", 700_000)
    monkeypatch.setattr(importer, "_store", spy)
    assert import_paths(ctx, [folder]).captured == 6
    assert len(sizes) >= 3 and max(sizes) < 700_000 + 400_000


def test_a_directory_reads_mail_by_content_and_reports_what_it_skips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, ctx = setup(tmp_path)
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "request.msg").write_bytes(make_mail(10).raw)  # mail, whatever its name
    (folder / "request-2.MAIL").write_bytes(make_mail(11).raw)
    (folder / "outlook.msg").write_bytes(OLE)
    (folder / "empty.eml").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0SECRETCONTENT" + bytes(100))
    code, _, err = invoke(capsys, "--config", str(config), "import", str(folder))
    assert code == 0, err
    assert "imported 2 new" in err
    assert "skipped 1 files: Outlook .msg" in err
    assert "skipped 1 files: empty file" in err
    assert "skipped 1 files: does not start with a mail header" in err
    assert "SECRETCONTENT" not in err and "photo.jpg" not in err
    assert sorted(s for s, _ in states(ctx)) == ["case", "case"]


def test_a_file_named_on_the_command_line_is_read_even_if_it_is_not_mail(
    tmp_path: Path,
) -> None:
    _, ctx = setup(tmp_path)
    (tmp_path / "junk").mkdir()
    junk = tmp_path / "junk" / "junk.bin"
    junk.write_bytes(b" \n\n  \n")
    result = import_paths(ctx, [junk])
    assert result.captured == 1 and not result.skipped
    assert [isinstance(f, Skipped) for f in iter_messages([junk.parent], 10**6)] == [True]
