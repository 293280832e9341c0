"""The Stage protocol, the message as it travels (Item), and the named outcomes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol

from sqlmodel import Session

from extractors.base import ParsedMessage
from intake.capture import blob_aad
from intake.context import Context
from storage.crypto import DataKey, decrypt_json, encrypt_json
from storage.keys import load_data_key
from storage.models import Message


@dataclass(frozen=True)
class Outcome:
    """Where a stage sends the message: on to `state`, or to a final state."""

    state: str
    reason: str | None = None


class Stage(Protocol):
    name: str
    accepts: str  # the state this stage consumes

    def process(self, item: Item) -> Outcome: ...


class Item:
    """One message inside one transaction: its row, and lazily its key, bytes and parse."""

    def __init__(self, session: Session, ctx: Context, message: Message) -> None:
        self.session = session
        self.ctx = ctx
        self.message = message

    def __repr__(self) -> str:
        return f"Item(message={self.message.id}, state={self.message.state})"

    @property
    def id(self) -> int:
        assert self.message.id is not None
        return self.message.id

    @cached_property
    def key(self) -> DataKey:
        assert self.message.data_key_id is not None
        return load_data_key(self.session, self.ctx.keyring, self.message.data_key_id)

    @cached_property
    def raw(self) -> bytes:
        assert self.message.blob_name is not None
        return self.ctx.blobs.read_all(self.message.blob_name, self.key, aad=blob_aad(self.id))

    @cached_property
    def parsed(self) -> ParsedMessage:
        from extractors.mime import parse_message

        return parse_message(self.raw)

    def facts(self) -> dict[str, Any]:
        return json.loads(self.message.facts_json or "{}")

    def add_facts(self, **facts: Any) -> None:
        merged = self.facts() | facts
        self.message.facts_json = json.dumps(merged, ensure_ascii=False, sort_keys=True)

    def seal(self, column: str, value: Any) -> bytes:
        return encrypt_json(self.key, value, table="messages", column=column, row_id=self.id)

    def open(self, column: str) -> Any:
        token = getattr(self.message, column)
        if token is None:
            return None
        return decrypt_json(self.key, token, table="messages", column=column, row_id=self.id)
