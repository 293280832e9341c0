"""A NUL or control character in one field broke the XLSX export of every case and printed
the field to stderr (issue 11). Now the value is cleaned and the export works."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from openpyxl import load_workbook
from support.cli import write_config
from support.invoke import invoke

from intake.context import open_context
from intake.importer import import_paths
from intake.runner import process_due
from intake.settings import load_settings

PLACE = "ตลาด\x00สด\x1bเทศบาล"  # not personal data in the complaint template: shown as is


def complaint(place: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "citizen@example.org"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ร้องเรียน ถนนชำรุด"
    msg["Message-ID"] = "<nul-1@example.org>"
    msg.set_content("\n".join(["ชื่อ-นามสกุล: สมศรี ทดสอบ", f"สถานที่เกิดเหตุ: {place}", "เรื่อง: ถนนชำรุด"]))
    return bytes(msg)


def test_xlsx_export_cleans_control_characters_and_prints_no_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[])
    ctx = open_context(load_settings(config))
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "0.eml").write_bytes(complaint(PLACE))
    import_paths(ctx, [tmp_path / "mail"])
    process_due(ctx)
    out = tmp_path / "cases.xlsx"
    code, stdout, err = invoke(
        capsys, "--config", str(config), "cases", "export", "--format", "xlsx", "--output", str(out)
    )
    assert code == 0, err
    assert "ตลาด" not in err + stdout
    sheet = load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    column = header.index("fields.incident_location")
    assert sheet.cell(row=2, column=column + 1).value == "ตลาดสดเทศบาล"
