"""Without a Message-ID, the same mail carried differently is a duplicate, not a second case.

From the hostile set (issue 11): CR-only line ends, trailing spaces, an added `Received:`
header or mbox `>From ` quoting each made a second case.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import col, select
from support.cli import write_config

from intake.capture import canonical_form, header_message_id, identify
from intake.context import Context, open_context
from intake.poll import poll_mailbox
from intake.runner import process_due
from intake.settings import load_settings
from storage.db import transaction
from storage.models import Case, Message

ORIGINAL = (
    b"From: Somchai Test <somchai.dedup@example.org>\n"
    b"To: saraban@example.go.th\n"
    b"Subject: =?utf-8?b?4LiC4Lit4LiE4Lix4LiU4Lil4Liy4LiB4LmJ4Lit4LiH?=\n"
    b"Date: Mon, 5 Jan 2026 10:00:00 +0700\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: text/plain; charset=utf-8\n"
    b"\n"
    b"Dear officer,\n"
    b"From the village office I ask for a copy of the record.\n"
    b"Name: Somchai Test\n"
)


def variants() -> dict[str, bytes]:
    crlf = ORIGINAL.replace(b"\n", b"\r\n")
    return {
        "cr_only": ORIGINAL.replace(b"\n", b"\r"),
        "trailing_spaces": ORIGINAL.replace(b"officer,\n", b"officer,   \n").replace(
            b"record.\n", b"record.\t \n"
        ),
        "received": b"Received: from mx.example.net by mail.example.go.th; Mon, 5 Jan 2026\r\n"
        b"\tfor <saraban@example.go.th>\r\n" + crlf,
        "mbox_quoted": ORIGINAL.replace(b"\nFrom the village", b"\n>From the village"),
        "mbox_envelope": b"From somchai.dedup@example.org Mon Jan  5 10:00:00 2026\n" + ORIGINAL,
    }


@pytest.mark.parametrize("name", sorted(variants()))
def test_canonical_form_is_the_same_for_every_carrying(name: str) -> None:
    variant = variants()[name]
    assert variant != ORIGINAL
    assert canonical_form(variant) == canonical_form(ORIGINAL)
    assert identify(variant).message_id == identify(ORIGINAL).message_id


def test_a_different_body_or_sender_is_another_mail() -> None:
    changed_body = ORIGINAL.replace(b"a copy of", b"two copies of")
    changed_sender = ORIGINAL.replace(b"somchai.dedup@", b"somying.dedup@")
    ids = {identify(raw).message_id for raw in (ORIGINAL, changed_body, changed_sender)}
    assert len(ids) == 3


@pytest.fixture
def ctx(tmp_path: Path) -> Context:
    config = write_config(
        tmp_path / "agency.toml",
        data_dir=tmp_path / "var",
        mailboxes=[{"name": "drop", "kind": "folder", "path": str(tmp_path / "inbox")}],
    )
    return open_context(load_settings(config))


def test_every_variant_of_a_mail_without_message_id_becomes_a_duplicate(
    tmp_path: Path, ctx: Context
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "0-original.eml").write_bytes(ORIGINAL)
    for n, raw in enumerate(variants().values(), start=1):
        (inbox / f"{n}-variant.eml").write_bytes(raw)
    (inbox / "9-other.eml").write_bytes(ORIGINAL.replace(b"a copy of", b"two copies of"))
    poll_mailbox(ctx, ctx.settings.effective_mailboxes()[0])
    process_due(ctx)
    with transaction(ctx.engine) as session:
        states = list(session.execute(select(Message.state).order_by(col(Message.id))).scalars())
        cases = session.execute(select(Case.id)).all()
    assert states == ["case"] + ["duplicate"] * len(variants()) + ["case"]
    assert len(cases) == 2


@pytest.mark.parametrize("eol", [b"\r\n", b"\n", b"\r"], ids=["crlf", "lf", "cr"])
def test_the_message_id_is_read_from_the_header_alone_whatever_the_line_ends(eol: bytes) -> None:
    """Capture reads the Message-ID from the header block only (the parser would read
    the whole body line by line); a folded header still counts, a body line never."""
    lines = [
        b"From: a@example.org",
        b"Message-ID:",
        b" <folded@example.org>",
        b"Subject: x",
        b"",
        b"Message-ID: <in-the-body@example.org>",
        b"",
        b"text",
    ]
    raw = eol.join(lines)
    assert header_message_id(raw) == "<folded@example.org>"
    no_id = eol.join([b"From: a@example.org", b"", b"Message-ID: <in-the-body@example.org>"])
    assert header_message_id(no_id) is None
