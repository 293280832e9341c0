"""The compliance report says what erasure does to live data and to backups, and what the
witness protects against; it warns when no witness is set."""

from __future__ import annotations

from pathlib import Path

from support.privacy_seed import PEOPLE, MakeStore

from compliance.report import build_report, render_html, render_text


def test_report_states_erasure_backups_and_witness(make_store: MakeStore, tmp_path: Path) -> None:
    store = make_store(people=PEOPLE[:1])
    report = build_report(store.ctx)
    english = " ".join(item["en"] for item in report.erasure)
    for words in ("Live data", "Backups", "erasure list", "witness", "WAL", "cut the audit"):
        assert words in english
    assert all(item["th"] for item in report.erasure)
    assert any("witness_dir" in w for w in report.warnings)
    assert report.witness is None
    assert "Erasure, backups and the witness" in render_text(report)
    assert "Backups: every erasure" in render_html(report)


def test_report_checks_the_witness_when_set(make_store: MakeStore, tmp_path: Path) -> None:
    store = make_store(people=PEOPLE[:1], **{"audit.witness_dir": tmp_path / "witness"})
    assert store.ctx.witness is not None
    store.ctx.witness.write(store.ctx.engine)
    report = build_report(store.ctx)
    assert report.witness is not None and report.witness.ok
    assert not any("witness_dir" in w for w in report.warnings)
