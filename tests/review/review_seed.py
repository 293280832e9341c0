"""A store seeded through the real pipeline, with known personal values to look for.

Used by the review app's TestClient tests and by the browser tests (as
`tests.review.review_seed`). Every national ID, phone and email here is generated, with
valid check digits, so the cases validate and the blind indexes hold them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from intake.context import Context, open_context
from intake.importer import import_paths
from intake.runner import process_due
from intake.samples import sample_national_id
from intake.settings import Settings
from storage.accounts import create_user
from storage.db import transaction

PASSWORD = "correct horse battery staple"
USERS = {
    "staff1": "staff",
    "staff2": "staff",
    "boss": "supervisor",
    "auditor": "compliance",
    "root": "admin",
}


@dataclass(frozen=True)
class Person:
    n: int
    name: str
    national_id: str  # 13 digits
    phone: str  # as written: 08x-xxx-xxxx
    email: str

    @property
    def national_id_dashed(self) -> str:
        d = self.national_id
        return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"

    @property
    def phone_digits(self) -> str:
        return "".join(ch for ch in self.phone if ch.isdigit())

    def secrets(self) -> list[str]:
        """Forms that must never show unmasked on a page (without a reveal)."""
        return [
            self.national_id,
            self.national_id_dashed,
            self.phone,
            self.phone_digits,
            "+66" + self.phone_digits[1:],
            self.email,
        ]


def person(n: int) -> Person:
    rng = random.Random(10_000 + n)
    phone = f"08{rng.randint(1, 9)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    return Person(
        n=n,
        name=f"สมศรี ทดสอบ{n}",
        national_id=sample_national_id(rng),
        phone=phone,
        email=f"citizen{n}.{rng.randint(100, 999)}@example.org",
    )


def request_body(p: Person) -> str:
    return "\n".join(
        [
            "เรียน เจ้าหน้าที่",
            "",
            f"ชื่อ-นามสกุล: {p.name}",
            f"เลขประจำตัวประชาชน: {p.national_id_dashed}",
            f"โทรศัพท์: {p.phone}",
            f"อีเมล: {p.email}",
            f"ที่อยู่: {p.n} หมู่ 3 ถนนทดสอบ",
            "รหัสไปรษณีย์: 50200",
            "จังหวัด: เชียงใหม่",
            "เรื่อง: ขอข้อมูลข่าวสารของราชการ",
            f"รายละเอียด: ขอสำเนาเอกสารเรื่องที่ {p.n}",
        ]
    )


def request_mail(p: Person, *, html: str | None = None, subject: str | None = None) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"{p.name} <{p.email}>"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = subject or "ขอข้อมูลข่าวสารของราชการ"
    mail["Date"] = format_datetime(datetime(2026, 11, 1, tzinfo=UTC) + timedelta(hours=p.n))
    mail["Message-ID"] = f"<review-seed-{p.n}@example.org>"
    mail.set_content(request_body(p))
    if html is not None:
        mail.add_alternative(html, subtype="html")
    return bytes(mail)


def reply_mail(p: Person, receipt_no: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = p.email
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = f"Re: {receipt_no} ส่งเอกสารเพิ่มเติม"
    mail["Date"] = format_datetime(datetime(2026, 11, 20, tzinfo=UTC) + timedelta(hours=p.n))
    mail["Message-ID"] = f"<review-seed-reply-{p.n}@example.org>"
    mail["In-Reply-To"] = f"<review-seed-{p.n}@example.org>"
    mail.set_content(f"ส่งเอกสารเพิ่มเติมครับ โทรกลับได้ที่ {p.phone}")
    return bytes(mail)


def write_mails(folder: Path, mails: list[bytes]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, raw in enumerate(mails):
        path = folder / f"{n:04d}.eml"
        path.write_bytes(raw)
        paths.append(path)
    return paths


def import_mails(ctx: Context, folder: Path, mails: list[bytes]) -> None:
    import_paths(ctx, write_mails(folder, mails))
    process_due(ctx)


def add_users(ctx: Context) -> None:
    with transaction(ctx.engine) as session:
        for name, role in USERS.items():
            create_user(session, name=name, role=role, password=PASSWORD)


def seed_store(data_dir: Path, people: list[Person], extra: list[bytes] = ()) -> Context:  # type: ignore[assignment]
    """A fresh SQLite store with one case per person (plus `extra` mails) and the users."""
    settings = Settings(data_dir=data_dir)
    ctx = open_context(settings)
    import_mails(ctx, data_dir / "mail-in", [request_mail(p) for p in people] + list(extra))
    add_users(ctx)
    return ctx
