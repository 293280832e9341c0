"""An event's request names the one who asks by his charge: the organiser (ผู้จัดงาน),
as a proposal names its proposer (set 100: a charity run's organiser answering the town's
officer, "ผู้จัดงาน: นาย..." above his bare signed name). Names and numbers invented."""

from __future__ import annotations

import sys
from email.message import EmailMessage
from pathlib import Path

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_requests import with_check_digit

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = with_check_digit("110370045921")


def test_the_organisers_titled_name_over_his_bare_signature() -> None:
    for label in ("ผู้จัดงาน", "ชื่อผู้จัดงาน"):
        msg = EmailMessage()
        msg["From"] = "Sarawut <sarawut.p@example.com>"
        msg["To"] = "saraban@example.go.th"
        msg["Subject"] = "ขออนุญาตจัดงานปั่นจักรยาน"
        msg.set_content(
            "เรียน เจ้าหน้าที่\n\n"
            f"{label}: นายศราวุธ พรหมมา\nเลขบัตรประชาชน: {OWN_ID}\nโทร: 084 207 1193\n\n"
            "งานปั่นจักรยานรอบเมือง วันเสาร์ที่ 6 ก.พ. 2570\n\nขอบคุณครับ\nศราวุธ พรหมมา\n"
        )
        case = extract_case(parse_message(bytes(msg)), TEMPLATES)
        assert case.fields["full_name"] == "นายศราวุธ พรหมมา", label
        assert case.fields["national_id"] == OWN_ID
