"""The one list of mailboxes no person reads (extractors.machine_mailbox), as intake's
no-answer rule and the forwarded sender's reader ask it."""

from __future__ import annotations

import pytest

from extractors.machine_mailbox import answers_no_one, no_person_reads


@pytest.mark.parametrize(
    "local", ["mailer-daemon", "postmaster", "listserv", "noreply", "no-reply", "do_not_reply",
              "bounces+4411", "bounce-x"],
)  # fmt: skip
def test_daemons_and_no_reply_senders_get_no_answer(local: str) -> None:
    assert answers_no_one(local)


@pytest.mark.parametrize("local", ["somchai.j", "noreplyman", "notifications", "postmasterx"])
def test_a_person_and_a_services_notices_may_be_answered(local: str) -> None:
    # a service's notices are no person's, but intake's no-answer rule never held them
    assert not answers_no_one(local)


@pytest.mark.parametrize(
    "address", ["no-reply@forms.example.com", "Notifications@page.example.com",
                "alerts-th@bank.example", "auto-confirm@shop.example", "MAILER-DAEMON@mx.example"],
)  # fmt: skip
def test_machines_addresses(address: str) -> None:
    assert no_person_reads(address)


@pytest.mark.parametrize(
    "address", ["wanida.k@gmail.com", "noticeboard.fan@hotmail.com", "systematic.th@yahoo.com"]
)
def test_peoples_addresses(address: str) -> None:
    assert not no_person_reads(address)
