"""A Message-ID names a mail, but broken programs reuse one: only the same mail is a copy.

Outcome set 3's #49: an old webmail writes `<1@localhost>` on every mail, and a
citizen's second, different request was dropped as a duplicate of her first. A request
must never be lost, nor one mail make two cases: a mail under a Message-ID already seen
is a duplicate only when it is the same mail (the same bytes, the same mail carried
another way, or the same writer's same subject, text and files); another mail under it
is read on its own, and the reuse is recorded in its facts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select
from support.drop_folder import deliver, drop_folder_context

from intake.context import Context
from storage.db import transaction
from storage.models import Case

REUSED = b"<1@localhost>"


def request(subject: bytes, ask: bytes, hour: int, message_id: bytes = REUSED) -> bytes:
    return (
        b"From: Somchai Test <somchai.reused@example.org>\n"
        b"To: saraban@example.go.th\n"
        b"Subject: "
        + subject
        + b"\n"
        + b"Date: Mon, 5 Jan 2026 %02d:00:00 +0700\n" % hour
        + b"Message-ID: "
        + message_id
        + b"\n"
        b"MIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=utf-8\n"
        b"\n"
        b"Dear officer,\n" + ask + b"\n"
        b"Name: Somchai Test\n"
    )


FIRST = request(b"Street light repair", b"The street light in front of the temple is out.", 9)
SECOND = request(b"Certificate of low income", b"I ask for a certificate of low income.", 10)
# The second mail again, as a relay carried it: a Received header more, CRLF line ends.
SECOND_CARRIED = (
    b"Received: from mx.example.net by mail.example.go.th; Mon, 5 Jan 2026\r\n"
    + SECOND.replace(b"\n", b"\r\n")
)
# The second mail again, its text re-encoded on the way (quoted-printable).
SECOND_REENCODED = SECOND.replace(
    b"Content-Type: text/plain; charset=utf-8\n",
    b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n",
).replace(b"low income.\n", b"low inco=\nme.\n")


@pytest.fixture
def ctx(tmp_path: Path) -> Context:
    return drop_folder_context(tmp_path)


@pytest.mark.parametrize("one_run", [True, False], ids=["one_batch", "run_after_each"])
def test_another_request_under_a_reused_message_id_is_a_case(
    tmp_path: Path, ctx: Context, one_run: bool
) -> None:
    first, second = deliver(tmp_path, ctx, [FIRST, SECOND], one_run)
    assert (first.state, second.state) == ("case", "case")
    assert second.duplicate_of_id is None
    with transaction(ctx.engine) as session:
        assert len(session.execute(select(Case.id)).all()) == 2
    # the clerk's trace: the id was another mail's (a fact, no personal data)
    assert json.loads(second.facts_json or "{}").get("message_id_reused") == first.id
    assert "message_id_reused" not in json.loads(first.facts_json or "{}")


@pytest.mark.parametrize("one_run", [True, False], ids=["one_batch", "run_after_each"])
def test_the_same_mail_under_a_reused_id_is_still_a_duplicate_of_its_own_first(
    tmp_path: Path, ctx: Context, one_run: bool
) -> None:
    """Copies of the second mail are its copies, not cases, nor copies of the first."""
    mails = [FIRST, SECOND, SECOND_CARRIED, SECOND_REENCODED]
    rows = deliver(tmp_path, ctx, mails, one_run)
    assert [r.state for r in rows] == ["case", "case", "duplicate", "duplicate"]
    assert [r.duplicate_of_id for r in rows[2:]] == [rows[1].id] * 2


def test_a_mail_carried_another_way_under_its_own_id_stays_a_duplicate(
    tmp_path: Path, ctx: Context
) -> None:
    own = request(b"Low income", b"I ask for a certificate.", 11, b"<a.1@example.org>")
    carried = b"Received: from mx.example.net by mail.example.go.th\r\n" + own
    # a forwarder that tags the subject and adds a footer: the sender's Date stays
    tagged = own.replace(b"Subject: ", b"Subject: [contact] ") + b"--\nforwarded by contact@\n"
    rows = deliver(tmp_path, ctx, [own, carried, tagged], one_run=True)
    assert [r.state for r in rows] == ["case", "duplicate", "duplicate"]
    assert not any("message_id_reused" in json.loads(r.facts_json or "{}") for r in rows)
