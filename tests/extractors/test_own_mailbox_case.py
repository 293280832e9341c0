"""Wherever a mail's writer is compared with the agency's own mailboxes, addresses fold
as mailboxes do (extractors.address_case.ascii_lower): ASCII letters only. str.lower and
casefold send KELVIN SIGN to k and LONG S to s, so a citizen's different mailbox spelt
with one was taken for the agency's: its forwarded request read as the agency's own text
coming back, its mail classed as the agency's own, and no acknowledgement sent to it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.address_case import ascii_lower
from extractors.base import ParsedMessage
from extractors.classify import author_address, written_by_own_mailbox
from extractors.mail_text import agency_addresses, split_mail
from intake.mail_out.suppress import OwnIdentity, no_answer_reason

AGENCY = "Karaban@Agency.GO.th"
LOOKALIKES = ["\u212aaraban@agency.go.th", "karaban@agency.go.\u0162h"]  # KELVIN SIGN; T-cedilla
SAME = ["karaban@agency.go.th", "KARABAN@AGENCY.GO.TH"]
OWN = OwnIdentity(addresses=frozenset({AGENCY.lower()}), message_id_domain="agency.go.th")

FORWARD = (
    "ส่งต่อคำร้องครับ\n\n---------- Forwarded message ---------\n"
    "From: ผู้ร้อง <{sender}>\nSubject: คำร้อง\n\nชื่อ: นายสมชาย ใจดี\nโทร: 0812345670\n"
)


def is_label(line: str) -> bool:
    return ":" in line


def from_(sender: str) -> ParsedMessage:
    return ParsedMessage(from_addr=sender, message_id="<a@example.org>", headers={})


@pytest.mark.parametrize("sender", SAME)
def test_the_agencys_own_address_in_any_ascii_case_is_its_own(sender: str) -> None:
    assert written_by_own_mailbox(from_(sender), OWN.domains, frozenset({AGENCY}))
    assert no_answer_reason(from_(sender), OWN) == "sent from the agency's own address"
    with agency_addresses([AGENCY]):
        assert not split_mail(FORWARD.format(sender=sender), is_label).forwarded


@pytest.mark.parametrize("sender", LOOKALIKES)
def test_a_lookalike_mailbox_is_not_the_agencys(sender: str) -> None:
    assert not written_by_own_mailbox(from_(sender), OWN.domains, frozenset({AGENCY}))
    assert no_answer_reason(from_(sender), OWN) != "sent from the agency's own address"
    with agency_addresses([AGENCY]):
        assert split_mail(FORWARD.format(sender=sender), is_label).forwarded


def form_mail(sender: str) -> ParsedMessage:
    """Our web form's mail handing on an outsider's (auto-generated, Reply-To outside)."""
    headers = {"auto-submitted": ["auto-generated"], "reply-to": ["somchai@example.org"]}
    return ParsedMessage(from_addr=sender, message_id="<a@example.org>", headers=headers)


def test_our_web_form_hands_on_the_outsiders_mail() -> None:
    assert author_address(form_mail("noreply@Agency.GO.th"), OWN.domains) == "somchai@example.org"


@pytest.mark.parametrize("sender", ["noreply@agency.go.\u0162h", "noreply@agency.go.th\u212a"])
def test_a_lookalike_domains_form_mail_is_its_writers(sender: str) -> None:
    own = frozenset({"agency.go.thk"}) if "\u212a" in sender else OWN.domains
    assert author_address(form_mail(sender), own) == sender


_TABLE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@settings(max_examples=400)
@given(st.text(alphabet="aZq@.+-_09\u212a\u017f\u0130\u0162\u00c0ก ", max_size=30))
def test_ascii_lower_folds_as_its_table_does(address: str) -> None:
    """The ASCII shortcut (str.lower) folds exactly what the table folds."""
    assert ascii_lower(address) == address.translate(_TABLE)
    assert ascii_lower(address.encode("ascii", "ignore").decode()) == (
        address.encode("ascii", "ignore").decode().translate(_TABLE)
    )
