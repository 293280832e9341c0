"""A copy of a mail that was ignored is read on its own when it is a request.

Outcome set 4's #20: a citizen wrote to an outside mailing list and Bcc'd the agency.
The list's copy came first and was rightly ignored (list mail); the direct copy, under
the same Message-ID, was then dropped as its duplicate: no case, no receipt, a request
lost. A copy is a duplicate of a mail that was read; an ignored one proposes no original
to a copy that is itself a request. A copy that would be ignored too stays its duplicate
(the same bounce delivered twice, outcome set 1's dup_of_bounce).
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

DIRECT = (
    b"From: Malee Test <malee.copy@example.org>\n"
    b"To: saraban@example.go.th\n"
    b"Subject: Request for a copy of the building permit\n"
    b"Date: Tue, 6 Jan 2026 09:00:00 +0700\n"
    b"Message-ID: <req.77@example.org>\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: text/plain; charset=utf-8\n"
    b"\n"
    b"Dear officer,\nI ask for a copy of the building permit of my house.\n"
    b"Name: Malee Test\n"
)
# The same mail as the outside list delivered it: tagged subject, list headers, footer.
LISTED = (
    b"List-Id: <neighbours.groups.example.com>\n"
    b"List-Unsubscribe: <mailto:neighbours+unsubscribe@groups.example.com>\n"
    b"Precedence: list\n"
    + DIRECT.replace(b"Subject: ", b"Subject: [neighbours] ")
    + b"--\nYou received this message because you are subscribed to neighbours.\n"
)
BOUNCE = (
    b"From: MAILER-DAEMON@mx.example.net\n"
    b"To: saraban@example.go.th\n"
    b"Subject: Undelivered Mail Returned to Sender\n"
    b"Date: Tue, 6 Jan 2026 10:00:00 +0700\n"
    b"Message-ID: <bounce.5@mx.example.net>\n"
    b"Auto-Submitted: auto-replied\n"
    b"Content-Type: text/plain; charset=utf-8\n"
    b"\n"
    b"This is the mail system at host mx.example.net. Your message could not be delivered.\n"
)


@pytest.fixture
def ctx(tmp_path: Path) -> Context:
    return drop_folder_context(tmp_path)


@pytest.mark.parametrize("one_run", [True, False], ids=["one_batch", "run_after_each"])
def test_the_direct_copy_after_an_ignored_list_copy_is_a_case(
    tmp_path: Path, ctx: Context, one_run: bool
) -> None:
    listed, direct = deliver(tmp_path, ctx, [LISTED, DIRECT], one_run)
    assert (listed.state, direct.state) == ("ignored", "case")
    assert direct.duplicate_of_id is None
    with transaction(ctx.engine) as session:
        assert len(session.execute(select(Case.id)).all()) == 1
    # the clerk's trace: the same mail came first by another way and was ignored
    assert json.loads(direct.facts_json or "{}").get("copy_of_ignored") == listed.id


def test_the_list_copy_after_the_direct_one_stays_a_duplicate(tmp_path: Path, ctx: Context) -> None:
    direct, listed = deliver(tmp_path, ctx, [DIRECT, LISTED], one_run=False)
    assert (direct.state, listed.state) == ("case", "duplicate")


def test_a_bounce_delivered_twice_is_still_a_duplicate(tmp_path: Path, ctx: Context) -> None:
    again = b"Received: from relay.example.net by mail.example.go.th\n" + BOUNCE
    first, second = deliver(tmp_path, ctx, [BOUNCE, again], one_run=False)
    assert (first.state, second.state) == ("ignored", "duplicate")
    assert second.duplicate_of_id == first.id
