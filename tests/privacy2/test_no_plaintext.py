"""Done means: a dump of the database, the data folder (blobs, keyring, SQLite files)
and the logs hold none of the seeded people's data, in any form the app could write."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

from privacy2_helpers import TESTER, close_case
from servers import ServerUnavailable, start_or_skip
from sqlalchemy import text
from sqlalchemy.engine import make_url
from support.cli import run_cli
from support.privacy_seed import PEOPLE, MakeStore, Person

from compliance.report import build_report, render_html
from compliance.subject import erase_subject, export_subject
from intake.search import find_cases


def pg_dump() -> Path:
    """Debian's pg_dump of the newest installed PostgreSQL (the tests' server runs that)."""

    def find() -> Path:
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), key=_major)
        if not found:
            raise ServerUnavailable("no /usr/lib/postgresql/*/bin/pg_dump")
        return found[-1]

    return start_or_skip(find, "pg_dump (Debian postgresql)")


def _major(path: Path) -> int:
    return int(path.parts[-3]) if path.parts[-3].isdigit() else 0


THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _texts(person: Person) -> list[str]:
    phone = person.phone
    values = [
        person.national_id,
        person.name,
        *[part for part in person.name.split() if len(part) >= 3],
        phone,
        "+66" + phone[1:],
        person.email,
        person.address,
    ]
    numeric = [person.national_id, phone, phone[1:]]
    return values + [v.translate(THAI) for v in numeric]


def forms(person: Person) -> list[bytes]:
    """Every spelling: UTF-8, UTF-16 (LE/BE), JSON \\u escapes, and hex of UTF-8 (BLOBs)."""
    out: list[bytes] = []
    for value in _texts(person):
        utf8 = value.encode("utf-8")
        out += [utf8, value.encode("utf-16-le"), value.encode("utf-16-be")]
        out.append(json.dumps(value, ensure_ascii=True)[1:-1].encode("ascii"))
        out += [utf8.hex().encode("ascii"), utf8.hex().upper().encode("ascii")]
    return list(dict.fromkeys(f for f in out if len(f) >= 4))


def leaks(haystack: bytes, people: list[Person]) -> list[str]:
    """Which person's which form shows up (described, never printed)."""
    hits = []
    for number, person in enumerate(people):
        for index, form in enumerate(forms(person)):
            if form in haystack:
                hits.append(f"person {number}, form {index}")
    return hits


def dump_database(url: str, tmp_path: Path) -> bytes:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        assert parsed.database
        with sqlite3.connect(parsed.database) as conn:
            return "\n".join(conn.iterdump()).encode("utf-8")
    plain = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    done = subprocess.run(
        [str(pg_dump()), "--no-owner", "-d", plain], capture_output=True, check=True
    )
    return done.stdout


def folder_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_dump_data_folder_and_logs_hold_no_plaintext(
    make_store: MakeStore, database_url: str, tmp_path: Path, log_file: Path
) -> None:
    store = make_store()
    ctx = store.ctx
    # Use the store the way staff and the compliance officer do.
    for person in PEOPLE:
        assert find_cases(ctx, TESTER, phone=person.phone) == [store.receipts[person.national_id]]
    export_subject(ctx, TESTER, national_id=PEOPLE[0].national_id, with_mail=True)
    close_case(ctx, store.receipts[PEOPLE[1].national_id])
    erase_subject(ctx, TESTER, national_id=PEOPLE[1].national_id, reason="คำขอ 7/2568")
    render_html(build_report(ctx))
    cli = [
        run_cli(store.config, "cases", "find", "--national-id", PEOPLE[2].national_id),
        run_cli(store.config, "status"),
        run_cli(store.config, "compliance", "report", "--format", "json"),
    ]
    assert all(c.returncode == 0 for c in cli), [c.stderr for c in cli]
    assert cli[0].stdout.strip() == store.receipts[PEOPLE[2].national_id]

    dump = dump_database(database_url, tmp_path)
    assert b"audit_entries" in dump and len(dump) > 10_000
    assert leaks(dump, PEOPLE) == []
    data_dir = ctx.settings.data_dir
    assert any(ctx.blobs.root.rglob("*")), "the blob folder should hold the mails"
    assert leaks(folder_bytes(data_dir), PEOPLE) == []
    logs = log_file.read_bytes() + "".join(c.stderr for c in cli).encode("utf-8")
    assert b"retention" in logs or b"case" in logs or logs  # something was logged
    assert leaks(logs, PEOPLE) == []

    # The check can fail: one plain value written where ciphertext belongs is found.
    with ctx.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE messages SET extraction_enc = :v WHERE id = (SELECT min(id) FROM messages)"
            ),
            {"v": json.dumps({"phone": PEOPLE[3].phone}).encode("utf-8")},
        )
    assert leaks(dump_database(database_url, tmp_path), PEOPLE[3:]) != []
