"""Known people, their requests by mail, and what an attacker does to the audit guard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from intake.context import Context
from storage.privacy import Actor

TESTER = Actor(name="tester", role="admin")


def national_id(first12: str) -> str:
    """Twelve digits plus their mod-11 check digit."""
    total = sum(int(d) * w for d, w in zip(first12, range(13, 1, -1), strict=True))
    return first12 + str((11 - total % 11) % 10)


@dataclass(frozen=True)
class Person:
    name: str
    national_id: str
    phone: str  # national format, 10 digits
    email: str
    address: str


PEOPLE = [
    Person(
        "สมชาย ใจดี",
        national_id("110170012345"),
        "0812345678",
        "somchai.j@example.org",
        "12 หมู่ 3 ตำบลสุเทพ",
    ),
    Person(
        "มาลี รักเรียน",
        national_id("350990045678"),
        "0898765432",
        "malee.r@example.net",
        "45 ถนนนิมมานเหมินท์",
    ),
    Person(
        "วิชัย กล้าหาญ",
        national_id("510040078901"),
        "0861112233",
        "wichai.k@example.com",
        "7 ซอยวัดเกต",
    ),
    Person(
        "สุดา แสงทอง",
        national_id("170020034567"),
        "0923334455",
        "suda.s@example.co.th",
        "88 ถนนเจริญเมือง",
    ),
]


def request_mail(person: Person, number: int, details: str = "ไฟดับทั้งซอย") -> bytes:
    msg = EmailMessage()
    msg["From"] = person.email
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ร้องเรียน ไฟถนนดับ"
    msg["Message-ID"] = f"<privacy-{number}@example.org>"
    msg.set_content(
        "\n".join(
            [
                f"ชื่อ-นามสกุล: {person.name}",
                f"เลขประจำตัวประชาชน: {person.national_id}",
                f"โทรศัพท์: {person.phone}",
                f"อีเมล: {person.email}",
                f"ที่อยู่: {person.address}",
                "รหัสไปรษณีย์: 50200",
                "จังหวัด: เชียงใหม่",
                "เรื่อง: ไฟถนนดับ",
                f"รายละเอียด: {details}",
            ]
        )
    )
    return bytes(msg)


@dataclass
class Store:
    config: Path
    ctx: Context
    receipts: dict[str, str]  # person's national ID -> receipt number


MakeStore = Callable[..., Store]


def lift_audit_guard(engine: Engine) -> None:
    """What an attacker holding the database file (or superuser) can do first."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            for table in ("audit_entries", "audit_checkpoints"):
                conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        else:
            for table in ("audit_entries", "audit_checkpoints"):
                for verb in ("update", "delete"):
                    conn.execute(text(f"DROP TRIGGER {table}_no_{verb}"))
