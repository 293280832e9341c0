"""One mailbox, however an address writes it: case and RFC 5233 sub-addresses fold; only
ASCII letters fold. Unicode case mapping sends other letters onto ASCII ones (KELVIN SIGN
lower-cases to k, the ANGSTROM SIGN to å): a different mailbox that way became the
citizen's own, and its mail was filed on the citizen's case unmarked (hostile set 6,
reply_lookalike_address)."""

from __future__ import annotations

import pytest

from intake.outbox import mailbox_of


@pytest.mark.parametrize(
    ("written", "mailbox"),
    [
        ("Kasem.Suk@Example.ORG", "kasem.suk@example.org"),
        ("  kasem.suk+ack@example.org ", "kasem.suk@example.org"),
        ("KASEM+1@EXAMPLE.ORG", "kasem@example.org"),
    ],
)
def test_ascii_case_and_sub_addresses_fold(written: str, mailbox: str) -> None:
    assert mailbox_of(written) == mailbox


@pytest.mark.parametrize(
    "lookalike",
    [
        "\u212aasem.suk@example.org",  # KELVIN SIGN
        "ka\u017fem.suk@example.org",  # LATIN SMALL LETTER LONG S
        "kasem.suk@\u212bexample.org",  # ANGSTROM SIGN
        "kasem.suk@example.\u0130rg",  # CAPITAL I WITH DOT ABOVE
    ],
)
def test_no_other_letter_folds_onto_an_ascii_one(lookalike: str) -> None:
    assert mailbox_of(lookalike) != mailbox_of("kasem.suk@example.org")
    assert mailbox_of(lookalike).isascii() is False
