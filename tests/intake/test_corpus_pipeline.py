"""Real third-party mail and PDFs through `intake import` and every stage.

Each one must end in a recorded final state with its reason: no crash, nothing left
pending, nothing quarantined.
"""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import select
from support.cli import write_config
from support.invoke import invoke
from support.mailgen import CORPUS, corpus_mail_files

from intake.context import open_context
from intake.importer import import_key
from intake.settings import load_settings
from intake.sources.files import Found, iter_messages
from storage.db import transaction
from storage.models import Message

FINAL = {"case", "reply", "duplicate", "ignored", "not_mail"}  # not_mail: a headerless fragment
CORPUS_PDFS = [
    CORPUS / "pdfjs" / "bug1883609.pdf",
    CORPUS / "pypdf" / "form_acrobatReader.pdf",
    CORPUS / "pypdf" / "libreoffice-form.pdf",
    *sorted((CORPUS / "pypdfform").glob("*.pdf")),
]

NO_CORPUS = f"no corpus at {CORPUS} (CI stops at start-up instead)"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=NO_CORPUS)  # CI: see conftest


def config_in(tmp_path: Path) -> Path:
    return write_config(tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[])


def rows_by_key(config: Path) -> dict[str, Message]:
    ctx = open_context(load_settings(config))
    with transaction(ctx.engine) as session:
        return {m.source_key: m for m in session.execute(select(Message)).scalars()}


def status(capsys: pytest.CaptureFixture[str], config: Path) -> dict[str, object]:
    code, out, _ = invoke(capsys, "--config", str(config), "status", "--json")
    assert code == 0
    result: dict[str, object] = json.loads(out)
    return result


def test_every_corpus_mail_ends_in_a_final_recorded_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = corpus_mail_files()
    assert len(files) >= 40
    config = config_in(tmp_path)
    code, _, err = invoke(capsys, "--config", str(config), "import", *map(str, files))
    assert code == 0, err
    assert "Traceback" not in err

    rows = rows_by_key(config)
    for path in files:
        for found in iter_messages([path], 2**31):
            assert isinstance(found, Found) and found.raw is not None
            row = rows.get(import_key(found.raw))
            assert row is not None, f"{path.name} was not captured"
            assert row.state in FINAL, f"{path.name}: {row.state} ({row.last_error})"
            assert row.state_reason, f"{path.name}: {row.state} without a reason"
            if row.state == "duplicate":
                assert row.duplicate_of_id is not None
    states = [m.state for m in rows.values()]
    assert "case" in states and "ignored" in states  # the corpus holds both kinds

    report = status(capsys, config)
    messages = report["messages"]
    assert isinstance(messages, dict)
    assert messages["total"] == len(rows)
    assert messages["by_state"]["pending"] == 0
    assert messages["by_state"]["quarantined"] == 0
    assert sum(messages["by_state"].values()) == messages["total"]


def _mail_with_pdf(n: int, pdf: Path) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"citizen{n}@example.org"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = f"คำร้องทั่วไป ส่งแบบฟอร์ม {n}"
    mail["Message-ID"] = f"<pdf-{n}@example.org>"
    mail.set_content("ส่งแบบฟอร์มคำร้องตามไฟล์แนบครับ")
    mail.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    return bytes(mail)


def test_corpus_pdf_forms_attached_to_mail_become_cases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert all(p.is_file() for p in CORPUS_PDFS) and len(CORPUS_PDFS) >= 10
    folder = tmp_path / "mail"
    folder.mkdir()
    raws = {}
    for n, pdf in enumerate(CORPUS_PDFS):
        raws[pdf.name] = _mail_with_pdf(n, pdf)
        (folder / f"{n:02d}.eml").write_bytes(raws[pdf.name])
    config = config_in(tmp_path)
    code, _, err = invoke(capsys, "--config", str(config), "import", str(folder))
    assert code == 0, err

    rows = rows_by_key(config)
    assert len(rows) == len(CORPUS_PDFS)
    for name, raw in raws.items():
        row = rows[import_key(raw)]
        assert row.state == "case", f"{name}: {row.state} ({row.last_error})"
        assert row.case_id is not None and row.attempts == 0
        facts = json.loads(row.facts_json or "{}")
        assert facts["attachments"] == ["application/pdf"], name
        assert "extraction_failed" not in facts["extraction_defects"], name
    report = status(capsys, config)
    assert report["cases"] == len(CORPUS_PDFS)
