"""Sample requests for a first run on the embedded defaults, so a new user sees cases.

Generated, not real: names are placeholders and every national ID is made up here
(with a valid check digit, so the sample cases validate cleanly).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

SEED_MARK = ".samples-seeded"

PEOPLE = [
    ("สมชาย ใจดี", "เชียงใหม่", "50200", "ขอสำเนาทะเบียนบ้าน"),
    ("สมหญิง รักเรียน", "ขอนแก่น", "40000", "ขอใบรับรองการศึกษา"),
    ("John Example", "ภูเก็ต", "83000", "Request for a copy of a permit"),
    ("มานี มีนา", "สงขลา", "90110", "แจ้งไฟถนนดับ"),
    ("ปิติ พอใจ", "กรุงเทพมหานคร", "10200", "ขอข้อมูลข่าวสารของราชการ"),
]


def sample_national_id(rng: random.Random) -> str:
    digits = [rng.randint(1, 8)] + [rng.randint(0, 9) for _ in range(11)]
    check = (11 - sum(d * (13 - i) for i, d in enumerate(digits)) % 11) % 10
    return "".join(map(str, digits)) + str(check)


def sample_messages(seed: int = 2569) -> list[bytes]:
    rng = random.Random(seed)
    messages = []
    for n, (name, province, postcode, subject) in enumerate(PEOPLE, start=1):
        nid = sample_national_id(rng)
        body = "\n".join(
            [
                "เรียน เจ้าหน้าที่",
                "",
                f"ชื่อ-นามสกุล: {name}",
                f"เลขประจำตัวประชาชน: {nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}",
                f"วันเกิด: {rng.randint(1, 28)} มกราคม {rng.randint(2500, 2545)}",
                f"โทรศัพท์: 08{rng.randint(1, 9)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                f"อีเมล: sample{n}@example.com",
                f"ที่อยู่: {rng.randint(1, 199)} หมู่ {rng.randint(1, 12)} ถนนตัวอย่าง",
                f"รหัสไปรษณีย์: {postcode}",
                f"จังหวัด: {province}",
                f"เรื่อง: {subject}",
                "รายละเอียด: ข้อความตัวอย่างจากการติดตั้งครั้งแรก",
            ]
        )
        mail = EmailMessage()
        mail["From"] = f"sample{n}@example.com"
        mail["To"] = "saraban@example.go.th"
        mail["Subject"] = subject
        mail["Date"] = format_datetime(datetime.now(UTC))
        mail["Message-ID"] = make_msgid(idstring=f"sample{n}", domain="example.com")
        mail.set_content(body)
        messages.append(bytes(mail))
    return messages


def seed_drop_folder(data_dir: Path, drop_dir: Path) -> int:
    """Write the samples once; later runs (and emptied folders) are left alone."""
    mark = data_dir / SEED_MARK
    if mark.exists():
        return 0
    drop_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    samples = sample_messages()
    for n, raw in enumerate(samples, start=1):
        (drop_dir / f"sample-{n:02d}.eml").write_bytes(raw)
    mark.write_text("samples written to the drop folder once\n")
    return len(samples)
