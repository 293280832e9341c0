"""Plain generated test mail with known, unique subjects, addresses and body text.

Each message's secrets (what must never show in plaintext at rest) are returned
with it, so tests can grep the database and blob files for them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


@dataclass(frozen=True)
class GeneratedMail:
    raw: bytes
    subject: str
    sender: str
    body_marker: str


def make_mail(n: int, *, with_message_id: bool = True, size_pad: int = 0) -> GeneratedMail:
    rng = random.Random(n)
    subject = f"คำร้องขอข้อมูล เรื่องที่ {n} รหัส ZQX{n:05d}"
    sender = f"citizen.{n:05d}.{rng.randint(100, 999)}@example.org"
    marker = f"ข้อความลับทดสอบ BODYMARK{n:05d}"
    mail = EmailMessage()
    mail["From"] = f"ประชาชน ทดสอบ {n} <{sender}>"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = subject
    mail["Date"] = format_datetime(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=n))
    if with_message_id:
        mail["Message-ID"] = f"<gen-{n:05d}-{rng.randint(10**8, 10**9)}@example.org>"
    body = "\n".join(
        [
            f"ชื่อ-นามสกุล: ผู้ทดสอบ หมายเลข{n}",
            f"อีเมล: {sender}",
            f"รายละเอียด: {marker}",
            "x" * size_pad,
        ]
    )
    if n % 3:
        mail.set_content(body, charset="utf-8")
    else:  # a Thai legacy charset that Python does not know by this name
        mail.set_content(body.encode("cp874"), "text", "plain", cte="base64")
        mail.set_param("charset", "windows-874")
    return GeneratedMail(bytes(mail), subject, sender, marker)


def corpus_mail_files() -> list[Path]:
    """Every .eml/.txt (or extension-less) mail in the shared corpus."""
    found = []
    for path in sorted(CORPUS.rglob("*")):
        if not path.is_file() or path.name.startswith("LICENSE") or path.suffix == ".md":
            continue
        if path.suffix in (".eml", ".txt", "") or path.suffix.startswith(".2"):
            found.append(path)
    return found
