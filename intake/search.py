"""Find cases by national ID, phone or email, written any way a person writes them.

The value is normalised with the extraction's normalisers (Thai digits, dashes, spaces,
+66 / 66 / 0, case), then looked up in the blind index; candidates are decrypted through
the door (purpose "search", audited as the actor) so false positives never come back.
Several criteria together must all hold.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import col, select

from extractors.validate import normalise_any_phone, normalise_email, normalise_national_id
from intake.context import Context
from intake.errors import IntakeError
from storage.blind_index import find_case_ids
from storage.db import transaction
from storage.models import Case
from storage.privacy import Actor

_NORMALISERS: dict[str, tuple[Callable[[str], str | None], str]] = {
    "national_id": (normalise_national_id, "a national ID of 13 digits"),
    "phone": (normalise_any_phone, "a phone number (Thai, or abroad with its country code)"),
    "email": (normalise_email, "an email address"),
}


class SearchError(IntakeError):
    """A search value that cannot be read (the message never repeats the value)."""


def normalised_criteria(
    *, national_id: str | None, phone: str | None, email: str | None
) -> dict[str, str]:
    given = {"national_id": national_id, "phone": phone, "email": email}
    criteria: dict[str, str] = {}
    for field, value in given.items():
        if value is None:
            continue
        normalise, what = _NORMALISERS[field]
        normalised = normalise(value)
        if normalised is None:
            raise SearchError(f"the {field.replace('_', ' ')} given is not {what}")
        criteria[field] = normalised
    if not criteria:
        raise SearchError("give --national-id, --phone or --email")
    return criteria


def find_cases(
    ctx: Context,
    actor: Actor,
    *,
    national_id: str | None = None,
    phone: str | None = None,
    email: str | None = None,
) -> list[str]:
    """Receipt numbers of the cases matching every criterion given, oldest first."""
    criteria = normalised_criteria(national_id=national_id, phone=phone, email=email)
    with transaction(ctx.engine) as session:
        found: set[int] | None = None
        for field, normalised in criteria.items():
            ids = set(
                find_case_ids(
                    session,
                    ctx.keyring,
                    actor=actor,
                    field=field,
                    normalised=normalised,
                    bits=ctx.settings.blind_index_bits,
                    checkpoint_every=ctx.settings.audit_checkpoint_every,
                )
            )
            found = ids if found is None else found & ids
        if not found:
            return []
        query = select(Case.receipt_no).where(col(Case.id).in_(found)).order_by(col(Case.id))
        return list(session.exec(query))
