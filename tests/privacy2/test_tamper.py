"""Stored ciphertext, not just tokens in memory (tests/storage/test_crypto.py): moved to
another row or column, or with one header bit flipped, it no longer opens."""

from __future__ import annotations

import pytest
from privacy2_helpers import TESTER
from sqlalchemy import text
from support.privacy_seed import PEOPLE, MakeStore

from storage.crypto import case_binding
from storage.db import transaction
from storage.errors import DecryptError
from storage.keys import load_data_key
from storage.models import Case
from storage.privacy import CaseBindingError, open_case_record, open_message_json


def _ids(store: object) -> tuple[int, int]:
    with store.ctx.engine.connect() as conn:  # type: ignore[attr-defined]
        rows = conn.execute(text("SELECT id FROM cases ORDER BY id")).scalars().all()
    return int(rows[0]), int(rows[1])


def _open(store: object, case_id: int) -> None:
    ctx = store.ctx  # type: ignore[attr-defined]
    with transaction(ctx.engine) as session:
        open_case_record(session, ctx.keyring, actor=TESTER, purpose="test", case_id=case_id)


def test_a_case_record_moved_to_another_case_does_not_open(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:2])
    first, second = _ids(store)
    with store.ctx.engine.begin() as conn:
        # Same data key too, so only the row binding can refuse it.
        conn.execute(
            text(
                "UPDATE cases SET fields_enc = (SELECT fields_enc FROM cases WHERE id = :a), "
                "data_key_id = (SELECT data_key_id FROM cases WHERE id = :a) WHERE id = :b"
            ),
            {"a": first, "b": second},
        )
    _open(store, first)
    with pytest.raises(CaseBindingError):  # the row's binding no longer matches its key
        _open(store, second)
    _rebind(store, second)  # as if the attacker could forge it: the AAD still refuses
    with pytest.raises(DecryptError):
        _open(store, second)


def _rebind(store: object, case_id: int) -> None:
    ctx = store.ctx  # type: ignore[attr-defined]
    with transaction(ctx.engine) as session:
        case = session.get(Case, case_id)
        assert case is not None and case.data_key_id is not None
        key = load_data_key(session, ctx.keyring, case.data_key_id)
        case.binding = case_binding(
            key, case_id=case_id, message_id=case.message_id, receipt_no=case.receipt_no
        )
        session.add(case)


def test_a_message_column_moved_to_another_column_does_not_open(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    ctx = store.ctx
    with ctx.engine.begin() as conn:
        message_id = int(conn.execute(text("SELECT min(id) FROM messages")).scalar_one())
        conn.execute(
            text("UPDATE messages SET extraction_enc = headers_enc WHERE id = :m"),
            {"m": message_id},
        )
    with transaction(ctx.engine) as session, pytest.raises(DecryptError):
        open_message_json(
            session, ctx.keyring, actor=TESTER, purpose="t", message_id=message_id,
            column="extraction_enc",
        )  # fmt: skip


@pytest.mark.parametrize("position", [0, 2, 3, 4])  # magic, version, id length, key id
def test_a_flipped_header_bit_does_not_open(make_store: MakeStore, position: int) -> None:
    store = make_store(people=PEOPLE[:1])
    first = _first_case(store)
    with store.ctx.engine.begin() as conn:
        token = bytearray(
            conn.execute(
                text("SELECT fields_enc FROM cases WHERE id = :c"), {"c": first}
            ).scalar_one()
        )
        token[position] ^= 0x01
        conn.execute(
            text("UPDATE cases SET fields_enc = :t WHERE id = :c"), {"t": bytes(token), "c": first}
        )
    with pytest.raises(DecryptError):
        _open(store, first)


def _first_case(store: object) -> int:
    with store.ctx.engine.connect() as conn:  # type: ignore[attr-defined]
        return int(conn.execute(text("SELECT min(id) FROM cases")).scalar_one())
