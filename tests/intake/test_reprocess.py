"""`intake reprocess`: extract again from the stored raw mail; staff corrections win."""

from __future__ import annotations

import email
import email.policy
import json
import shutil
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select
from support.cli import write_config
from support.invoke import invoke

from intake.cases import load_key, open_record, seal_record
from intake.cases import reprocess as reprocess_cases
from intake.context import Context, open_context
from intake.importer import import_paths
from intake.runner import process_due
from intake.settings import SHIPPED_FORMS, load_settings
from storage.db import transaction
from storage.models import Case, Message

STALE = "ค่าที่อ่านผิด"


def mail(message_id: str, subject: str, lines: list[str]) -> bytes:
    msg = EmailMessage()
    msg["From"] = "citizen@example.org"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg.set_content("\n".join(lines))
    return bytes(msg)


COMPLAINT = mail(
    "<complaint-r@example.org>",
    "ร้องเรียน ไฟถนนดับ",
    [
        "ชื่อ-นามสกุล: สมศรี ทดสอบ",
        "เลขประจำตัวประชาชน: 1234567890121",
        "โทรศัพท์: 12345",  # not a phone number: an issue until staff correct it
        "อีเมล: somsri@example.org",
        "ที่อยู่: 12 หมู่ 3",
        "รหัสไปรษณีย์: 50200",
        "จังหวัด: เชียงใหม่",
        "เรื่อง: ไฟถนนดับ",
        "จุดเกิดเหตุ: ซอยวัดเกต",  # a label the shipped template does not know
        "รายละเอียด: ไฟดับทั้งซอย",
    ],
)
GENERAL = mail(
    "<general-r@example.org>",
    "คำร้องทั่วไป ขอข้อมูล",
    [
        "ชื่อ-นามสกุล: มานะ ขยันยิ่ง",
        "เลขประจำตัวประชาชน: 1234567890121",
        "โทรศัพท์: 0812345678",
        "อีเมล: mana@example.org",
        "ที่อยู่: 99 ถนนราชดำเนิน",
        "รหัสไปรษณีย์: 10200",
        "จังหวัด: กรุงเทพมหานคร",
        "เรื่อง: ขอข้อมูล",
        "รายละเอียด: ขอสำเนาเอกสาร",
    ],
)


@pytest.fixture
def env(tmp_path: Path) -> tuple[Path, Context, list[int]]:
    """Two cases (complaint, general request) with the templates in a folder we may edit."""
    forms = tmp_path / "forms"
    shutil.copytree(SHIPPED_FORMS, forms)
    config = write_config(
        tmp_path / "agency.toml", data_dir=tmp_path / "var", forms_dir=forms, mailboxes=[]
    )
    ctx = open_context(load_settings(config))
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "1.eml").write_bytes(COMPLAINT)
    (folder / "2.eml").write_bytes(GENERAL)
    import_paths(ctx, [folder])
    process_due(ctx)
    with transaction(ctx.engine) as session:
        ids = list(session.execute(select(Case.id).order_by(col(Case.id))).scalars())
    assert len(ids) == 2
    return config, ctx, [i for i in ids if i is not None]


def edit_record(ctx: Context, case_id: int, change: Any) -> None:
    """Open a case's sealed record, let `change` edit it, seal it again."""
    with transaction(ctx.engine) as session:
        case = session.get(Case, case_id)
        assert case is not None
        key = load_key(session, ctx, case)
        record = open_record(case, key)
        change(record)
        seal_record(case, key, record)


def make_stale(ctx: Context, case_id: int) -> None:
    """As if an older template had read the province wrongly."""

    def change(record: dict[str, Any]) -> None:
        record["fields"]["province"] = STALE

    edit_record(ctx, case_id, change)


def revealed(capsys: pytest.CaptureFixture[str], config: Path) -> list[dict[str, Any]]:
    code, out, err = invoke(
        capsys, "--config", str(config), "cases", "export", "--reveal", "--reason", "test"
    )
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def reprocess(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> str:
    code, _, err = invoke(capsys, "--config", str(config), "reprocess", *args)
    assert code == 0, err
    return err


def test_correction_still_wins_after_reprocess(
    env: tuple[Path, Context, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    config, ctx, (complaint, _) = env
    before = revealed(capsys, config)[0]
    assert "phone" in before["issues"]
    assert before["fields"]["phone"] != "+66899999999"

    def correct(record: dict[str, Any]) -> None:
        record["corrections"].append(
            {"key": "phone", "value": "+66899999999", "by": "staff-1", "at": "2026-01-02"}
        )
        record["fields"]["province"] = STALE

    edit_record(ctx, complaint, correct)
    assert "reprocessed 2 cases" in reprocess(capsys, config)

    after = revealed(capsys, config)[0]
    assert after["fields"]["phone"] == "+66899999999"
    assert after["fields"]["province"] == "เชียงใหม่"  # read again from the raw mail
    assert "phone" not in after["issues"]  # corrected fields carry no machine issue
    assert after["receipt_no"] == before["receipt_no"]

    def keep(record: dict[str, Any]) -> None:
        assert record["corrections"] == [
            {"key": "phone", "value": "+66899999999", "by": "staff-1", "at": "2026-01-02"}
        ]

    edit_record(ctx, complaint, keep)


def test_reprocess_picks_up_a_changed_template(
    env: tuple[Path, Context, list[int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, _, _ = env
    assert revealed(capsys, config)[0]["fields"]["incident_location"] is None
    template = tmp_path / "forms" / "complaint.toml"
    text = template.read_text(encoding="utf-8")
    assert 'labels = ["สถานที่เกิดเหตุ",' in text
    template.write_text(
        text.replace('labels = ["สถานที่เกิดเหตุ",', 'labels = ["จุดเกิดเหตุ", "สถานที่เกิดเหตุ",'),
        encoding="utf-8",
    )
    reprocess(capsys, config)
    assert revealed(capsys, config)[0]["fields"]["incident_location"] == "ซอยวัดเกต"


def test_template_filter(
    env: tuple[Path, Context, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    config, ctx, ids = env
    for case_id in ids:
        make_stale(ctx, case_id)
    assert "reprocessed 1 cases" in reprocess(capsys, config, "--template", "complaint")
    complaint, general = revealed(capsys, config)
    assert complaint["template"] == "complaint"
    assert complaint["fields"]["province"] == "เชียงใหม่"
    assert general["fields"]["province"] == STALE

    assert "reprocessed 0 cases" in reprocess(capsys, config, "--template", "no_such_template")
    assert revealed(capsys, config)[1]["fields"]["province"] == STALE


def test_since_filter(
    env: tuple[Path, Context, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    config, ctx, (complaint_id, general_id) = env
    with transaction(ctx.engine) as session:
        old = session.get(Case, general_id)
        assert old is not None
        old.received_at = datetime(2020, 1, 1, tzinfo=UTC)
    for case_id in (complaint_id, general_id):
        make_stale(ctx, case_id)

    assert "reprocessed 1 cases" in reprocess(capsys, config, "--since", "2024-01-01")
    complaint, general = revealed(capsys, config)
    assert complaint["fields"]["province"] == "เชียงใหม่"
    assert general["fields"]["province"] == STALE

    assert "reprocessed 2 cases" in reprocess(capsys, config, "--since", "2019-12-31")
    assert revealed(capsys, config)[1]["fields"]["province"] == "กรุงเทพมหานคร"


def test_since_needs_a_date(
    env: tuple[Path, Context, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    config, _, _ = env
    code, _, err = invoke(capsys, "--config", str(config), "reprocess", "--since", "1/1/2024")
    assert code == 2 and "YYYY-MM-DD" in err


# a 1x1 GIF: no reader for its type, so the file is left unread
GIF = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)


def test_an_unread_file_is_recorded_once_after_reprocess(tmp_path: Path) -> None:
    config = write_config(tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[])
    ctx = open_context(load_settings(config))
    with_gif = email.message_from_bytes(GENERAL, policy=email.policy.default)
    with_gif.add_attachment(GIF, maintype="image", subtype="gif", filename="card.gif")  # type: ignore[attr-defined]
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "1.eml").write_bytes(bytes(with_gif))
    import_paths(ctx, [tmp_path / "mail"])
    process_due(ctx)

    def unread_record() -> tuple[list[str], dict[str, list[str]]]:
        with transaction(ctx.engine) as session:
            case, message = session.execute(
                select(Case, Message).where(Case.message_id == Message.id)
            ).one()
            facts = json.loads(message.facts_json or "{}")
            return json.loads(case.issues_json)["attachments"], facts["attachment_defects"]

    first = unread_record()
    assert first == (["attachment_unread"], {"0": ["unsupported_content_type"]})
    assert reprocess_cases(ctx, template=None, since=None) == 1
    assert unread_record() == first  # the flag and the fact once, not twice
    assert reprocess_cases(ctx, template=None, since=None) == 1
    assert unread_record() == first
