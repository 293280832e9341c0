"""README's privacy section says what erasure does to live data and to backups, and what
the audit witness protects against (issue 9, Done means); the compliance report says the
same (tests/privacy_store/test_report_statement.py). A rewrite that drops one fails here."""

from __future__ import annotations

import re

from support.cli import REPO


def _privacy_section() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r"^## Privacy[^\n]*\n(.*?)(?=^## )", readme, re.S | re.M)
    assert found, "README has no privacy section"
    return " ".join(found.group(1).split())


def test_readme_says_what_erasure_does_to_live_data_and_backups() -> None:
    section = _privacy_section()
    for words in (
        "**What erasure does.**",
        "*Live data:*",
        "secure_delete",
        "VACUUM FULL",
        "Not covered: PostgreSQL WAL segments",
        "*Backups:*",
        "signed erasure list",
        "erasure.reapply",
        "keep backups encrypted",
    ):
        assert words in section, words


def test_readme_says_what_the_witness_protects_against() -> None:
    section = _privacy_section()
    for words in (
        "**The audit witness.**",
        "witness_dir",
        "cut the audit trail back unnoticed",
        "It does not help against someone who can also rewrite the witness folder",
        "**The drop folder keeps no plaintext.**",
    ):
        assert words in section, words
