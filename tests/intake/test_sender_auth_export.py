"""The command-line export carries the sender-authenticity verdict as a column."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from intake.cases import iter_exports
from intake.cli.cases import write_csv
from intake.context import open_context
from intake.poll import poll_mailbox
from intake.runner import process_due
from intake.settings import MailboxSettings, Settings
from tests.review.review_seed import person, request_mail, write_mails

TRUSTED = "mx.example.go.th"


def test_cli_exports_have_the_sender_verdict(tmp_path: Path) -> None:
    mailbox = MailboxSettings(
        name="drop", kind="folder", path=tmp_path / "in", trusted_authserv_id=TRUSTED
    )
    ctx = open_context(Settings(data_dir=tmp_path / "var", mailboxes=[mailbox]))
    p = person(90)
    domain = p.email.rpartition("@")[2]
    forged = (
        f"Authentication-Results: {TRUSTED}; dmarc=fail header.from={domain}\r\n"
    ).encode() + request_mail(p)
    write_mails(tmp_path / "in", [forged])
    poll_mailbox(ctx, mailbox)
    process_due(ctx)
    records = list(iter_exports(ctx, reveal=False))
    assert len(records) == 1
    assert records[0].sender_auth is not None and "dmarc=fail" in records[0].sender_auth
    assert "dmarc_fail" in json.loads(records[0].model_dump_json())["sender_auth"]
    out = io.StringIO()
    write_csv(records, out)
    rows = list(csv.reader(io.StringIO(out.getvalue().lstrip("\ufeff"))))
    column = rows[0].index("sender_auth")
    assert "dmarc=fail" in rows[1][column]
