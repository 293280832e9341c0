"""set_behind: values a reader found to be another's are compared as the same value
however each was written, so the one given elsewhere in the mail is set behind too."""

from __future__ import annotations

from extractors.base import FieldCandidate, Provenance
from extractors.set_behind import BEHIND_CONFIDENCE, compared, with_values_behind


def candidate(key: str, value: str, line: int) -> FieldCandidate:
    where = Provenance(part="1", kind="body_text", line=line, label="โทร")
    return FieldCandidate(key=key, value=value, provenance=where, confidence=0.9)


def test_a_phone_with_the_country_code_is_the_number_with_its_zero() -> None:
    assert compared(candidate("phone", "+66 53 218 447", 1)) == compared(
        candidate("phone", "053-218447", 2)
    )
    assert compared(candidate("phone", "+66 81 455 2093", 1)) == compared(
        candidate("phone", "081 455 2093", 2)
    )
    assert compared(candidate("phone", "053-218447", 1)) != compared(
        candidate("phone", "053-218448", 2)
    )


def test_another_persons_number_is_set_behind_wherever_written_so() -> None:
    # the agent's office line given in her head block, again in the mail's signature
    head = candidate("phone", "044-511 372", 1)
    signature = candidate("phone", "+66 44 511 372", 9)
    own = candidate("phone", "089-220-4518", 5)
    kept = with_values_behind([signature, own], {compared(head)})
    assert kept[0].confidence <= BEHIND_CONFIDENCE
    assert kept[1].confidence == 0.9
