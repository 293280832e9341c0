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


# The agency receiving at a public provider: the domain rule (own_domain: an address on
# the agency's own go.th domain is its staff's) does not apply, so only the mailbox
# comparison decides.
PUBLIC = ["karaban.office@gmail.com", "saraban.office@gmail.com"]
GOVERNMENT = ["karaban@agency.go.th", "saraban@agency.go.th"]


@pytest.mark.parametrize(
    ("citizens", "recipients"),
    [
        ("\u212aaraban.office@gmail.com", PUBLIC),  # KELVIN SIGN, folded to k by casefold
        ("\u017faraban.office@gmail.com", PUBLIC),  # LONG S, folded to s by casefold
        ("saraban@agency.go.\u0162h", GOVERNMENT),  # T WITH CEDILLA: not a T at all
        ("saraban@\u212aorat.go.th", ["saraban@korat.go.th"]),  # another domain, not Korat's
    ],
)
def test_an_address_that_differs_but_in_a_non_ascii_letter_is_kept(
    citizens: str, recipients: list[str]
) -> None:
    kept = _not_the_agencys_mailbox(emails(citizens), recipients)
    assert [c.value for c in kept] == [citizens]


def test_any_mailbox_on_the_agencys_own_government_domain_is_dropped() -> None:
    """No citizen has a mailbox under the agency's go.th domain: one there, even spelt
    with a letter Unicode folds onto the agency's mailbox, is its staff's (set 29)."""
    kept = _not_the_agencys_mailbox(
        emails("\u212aaraban@agency.go.th", "admin@agency.go.th", "x@y.th"), GOVERNMENT
    )
    assert [c.value for c in kept] == ["x@y.th"]


def test_a_non_ascii_agency_address_matches_itself_only_as_written() -> None:
    agency = "สารบรรณ@agency.go.th"
    kept = _not_the_agencys_mailbox(emails(agency, "สารบรรณ@AGENCY.go.th", "x@y.th"), [agency])
    assert [c.value for c in kept] == ["x@y.th"]
