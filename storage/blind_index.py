"""Blind indexes: find cases by national ID, phone or email without storing them.

A row holds HMAC-SHA256(subkey, normalised value) truncated to `bits` bits, as hex. The
subkey is derived from an index key (keyring `index_keys`, never a master key) per table
and column ("blind_index:cases:phone"), so one value gives unrelated digests in different
columns. Truncation makes many values share a digest on purpose (a stolen table says
little about who is in it); lookups therefore decrypt each candidate through the door
and drop the false positives.

Rows are written under the active index key; lookups try every index key still in the
keyring, so after an index-key rotation old rows are found until they are rewritten.
Changing `bits` needs the rows rewritten too (`intake reprocess`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from sqlalchemy import Table
from sqlmodel import Field, Session, SQLModel, col, delete, select

from extractors.validate import normalise_any_phone, normalise_email, normalise_national_id
from storage.crypto import index_hash
from storage.errors import KeyringError
from storage.held import add_rows, write_held
from storage.keyring import KeyProvider, provides

if TYPE_CHECKING:
    from storage.privacy import Actor

DEFAULT_BITS = 32
TABLE = "cases"
NORMALISERS: dict[str, Callable[[str], str | None]] = {
    "national_id": normalise_national_id,
    "phone": normalise_any_phone,  # a number abroad too, as the phone field takes it
    "email": normalise_email,
}
INDEXED_FIELDS = tuple(NORMALISERS)


class BlindIndexRow(SQLModel, table=True):
    """One indexed value of one case under one index key."""

    __tablename__ = "blind_index"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    field: str = Field(max_length=20)
    key_id: str = Field(max_length=64)
    digest: str = Field(max_length=64, index=True)


INDEX_TABLE: Table = BlindIndexRow.__table__  # type: ignore[attr-defined]


@runtime_checkable
class IndexKeys(Protocol):
    def index_key(self, key_id: str | None = None) -> tuple[str, bytes]: ...

    def index_key_ids(self) -> list[str]: ...


def _index_keys(keyring: object) -> IndexKeys:
    if not provides(keyring, IndexKeys):  # type: ignore[type-abstract]  # mypy#4717
        raise KeyringError("this keyring holds no index keys; blind indexes need them")
    return keyring


def _check(field: str, bits: int) -> None:
    if field not in NORMALISERS:
        raise ValueError(f"field must be one of {INDEXED_FIELDS}")
    if not 1 <= bits <= 256:
        raise ValueError("blind index bits must be 1..256")


def digest(key: bytes, field: str, normalised: str, bits: int) -> str:
    """The truncated HMAC of `normalised` under the subkey of `field`, as hex."""
    _check(field, bits)
    mac = index_hash(key, f"blind_index:{TABLE}:{field}")
    full = int.from_bytes(mac.digest(normalised.encode("utf-8")), "big")
    return format(full >> (256 - bits), "x")


def values_to_index(
    fields: Mapping[str, str | None], field_types: Mapping[str, str]
) -> dict[str, list[str]]:
    """Normalised values of the fields whose template type is indexed."""
    values: dict[str, list[str]] = {}
    for key, value in fields.items():
        kind = field_types.get(key)
        if kind in NORMALISERS and value:
            normalised = NORMALISERS[kind](value)
            if normalised and normalised not in values.get(kind, []):
                values.setdefault(kind, []).append(normalised)
    return values


def index_values(
    session: Session,
    keyring: KeyProvider,
    *,
    case_id: int,
    values: Mapping[str, str | Sequence[str]],
    bits: int = DEFAULT_BITS,
    new_case: bool = False,
) -> None:
    """Replace the case's rows with these NORMALISED values under the active index key
    (a `new_case` has none to replace)."""
    key_id, key = _index_keys(keyring).index_key()
    if not new_case:
        remove_case(session, case_id)
    rows = [
        {
            "case_id": case_id,
            "field": field,
            "key_id": key_id,
            "digest": digest(key, field, v, bits),
        }
        for field, given in values.items()
        for v in ([given] if isinstance(given, str) else given)
    ]
    # one statement through the connection (or one for a stage batch's, storage.held):
    # no ORM objects, no flush of others
    add_rows(session, INDEX_TABLE, rows)


def remove_case(session: Session, case_id: int) -> None:
    """Drop every index row of a case (re-indexing, erasure)."""
    write_held(session, INDEX_TABLE)  # none of its rows left to be written after
    session.execute(delete(BlindIndexRow).where(col(BlindIndexRow.case_id) == case_id))


def candidate_ids(
    session: Session, keyring: KeyProvider, *, field: str, normalised: str, bits: int = DEFAULT_BITS
) -> list[int]:
    """Cases whose truncated digest matches under any index key: may hold false positives."""
    keys = _index_keys(keyring)
    found: set[int] = set()
    for key_id in keys.index_key_ids():
        wanted = digest(keys.index_key(key_id)[1], field, normalised, bits)
        query = select(BlindIndexRow.case_id).where(
            BlindIndexRow.field == field,
            BlindIndexRow.key_id == key_id,
            BlindIndexRow.digest == wanted,
        )
        found.update(session.exec(query))
    return sorted(found)


def find_case_ids(
    session: Session,
    keyring: KeyProvider,
    *,
    actor: Actor,
    field: str,
    normalised: str,
    bits: int = DEFAULT_BITS,
    checkpoint_every: int = 100,
) -> list[int]:
    """Cases holding this normalised value; candidates are decrypted through the door
    (purpose "search", audited) and kept only when a field really holds the value."""
    from storage.privacy import CaseErased, effective_fields, open_case_record

    normalise = NORMALISERS[field]
    matches: list[int] = []
    for case_id in candidate_ids(session, keyring, field=field, normalised=normalised, bits=bits):
        try:
            record = open_case_record(
                session,
                keyring,
                actor=actor,
                purpose="search",
                case_id=case_id,
                checkpoint_every=checkpoint_every,
            )
        except CaseErased:
            continue
        values = effective_fields(record).values()
        if any(v and normalise(v) == normalised for v in values):
            matches.append(case_id)
    return matches
