"""The register of data-subject requests (PDPA §30 access, §33 erasure).

A request is recorded with what was done and what was refused and why, so the agency can
show an auditor how each request was answered. The person is named only by a keyed
digest of the national ID (HMAC-SHA256 under a subkey of the index key named in
`index_key_id`), never by the value: two requests of the same person can be linked by
whoever holds the keyring, and by no one else.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlmodel import Field, Session, SQLModel, col, select

from storage.blind_index import IndexKeys
from storage.crypto import derive_key, hmac_sha256
from storage.errors import KeyringError
from storage.models import utcnow

KINDS = ("access", "erase")
_PURPOSE = "subject_requests:national_id"


class SubjectRequest(SQLModel, table=True):
    __tablename__ = "subject_requests"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10, index=True)  # access | erase
    requested_at: datetime = Field(default_factory=utcnow, index=True)
    requested_by: str = Field(max_length=100)  # the staff account that carried it out
    national_id_digest: str = Field(max_length=64, index=True)
    index_key_id: str = Field(max_length=64)
    outcome: str = Field(max_length=20)  # exported | erased | partly_erased | refused | none
    cases_json: str = "[]"  # receipt numbers acted on
    refused_json: str = "{}"  # receipt number -> reason it was kept
    reason: str | None = Field(default=None, max_length=300)

    @property
    def cases(self) -> list[str]:
        return list(json.loads(self.cases_json or "[]"))

    @property
    def refused(self) -> dict[str, str]:
        return dict(json.loads(self.refused_json or "{}"))


def national_id_digest(keyring: object, normalised: str) -> tuple[str, str]:
    """(index key id, keyed digest) of a normalised national ID."""
    if not isinstance(keyring, IndexKeys):
        raise KeyringError("this keyring holds no index keys; subject requests need them")
    key_id, key = keyring.index_key()
    subkey = derive_key(key, purpose=_PURPOSE)
    return key_id, hmac_sha256(subkey, normalised.encode("ascii")).hex()


def record_request(
    session: Session,
    keyring: object,
    *,
    kind: str,
    national_id: str,
    requested_by: str,
    outcome: str,
    cases: list[str],
    refused: dict[str, str] | None = None,
    reason: str | None = None,
) -> SubjectRequest:
    """Add one request to the register (caller's transaction). `national_id` normalised."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    key_id, digest = national_id_digest(keyring, national_id)
    row = SubjectRequest(
        kind=kind,
        requested_by=requested_by[:100],
        national_id_digest=digest,
        index_key_id=key_id,
        outcome=outcome,
        cases_json=json.dumps(cases),
        refused_json=json.dumps(refused or {}, ensure_ascii=False, sort_keys=True),
        reason=(reason or "").strip()[:300] or None,
    )
    session.add(row)
    session.flush()
    return row


def list_requests(session: Session, *, refused_only: bool = False) -> list[SubjectRequest]:
    query = select(SubjectRequest).order_by(col(SubjectRequest.requested_at).desc())
    rows = list(session.exec(query))
    return [r for r in rows if r.refused] if refused_only else rows
