"""An e-mail read from a request that is one of the mail's own recipients is the
agency's mailbox (printed at the foot of its form), never the citizen's: it is dropped.
Addresses compare as mailboxes do, as intake.outbox.mailbox_of folds them: ASCII letters
fold in the local part and the domain, no other letter does. Unicode case mapping sends
KELVIN SIGN to k and LONG S to s, so a citizen's different mailbox spelt with one was
taken for the agency's and dropped."""

from __future__ import annotations

import pytest

from extractors.base import FieldCandidate, Provenance
from extractors.extract import _not_the_agencys_mailbox

AGENCY = "Saraban@Agency.GO.th"


def emails(*values: str) -> list[FieldCandidate]:
    where = Provenance(part="1", kind="body_text", line=3, label="อีเมล")
    return [FieldCandidate(key="email", value=v, provenance=where, confidence=0.9) for v in values]


@pytest.mark.parametrize(
    "written", ["saraban@agency.go.th", "SARABAN@AGENCY.GO.TH", " mailto:Saraban@agency.go.TH "]
)
def test_the_agencys_address_in_any_ascii_case_is_dropped(written: str) -> None:
    kept = _not_the_agencys_mailbox(emails(written, "somchai@example.org"), [AGENCY])
    assert [c.value for c in kept] == ["somchai@example.org"]


@pytest.mark.parametrize(
    "citizens",
    [
        "\u212aaraban@agency.go.th",  # KELVIN SIGN, folded to k by casefold
        "\u017faraban@agency.go.th",  # LONG S, folded to s by casefold
        "saraban@agency.go.\u0162h",  # T WITH CEDILLA: not a T at all
    ],
)
def test_an_address_that_differs_but_in_a_non_ascii_letter_is_kept(citizens: str) -> None:
    recipients = ["karaban@agency.go.th", "saraban@agency.go.th"]
    kept = _not_the_agencys_mailbox(emails(citizens), recipients)
    assert [c.value for c in kept] == [citizens]


def test_a_non_ascii_agency_address_matches_itself_only_as_written() -> None:
    agency = "สารบรรณ@agency.go.th"
    kept = _not_the_agencys_mailbox(emails(agency, "สารบรรณ@AGENCY.go.th", "x@y.th"), [agency])
    assert [c.value for c in kept] == ["x@y.th"]
