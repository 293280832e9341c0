"""The Stage protocol, the message as it travels (Item), and the named outcomes."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from sqlmodel import Session

from extractors.base import ExtractedCase, ParsedMessage
from extractors.bounded import parse_bounded
from extractors.sandbox import Limits
from extractors.sender_auth import SenderVerdict
from intake.context import Context
from storage.crypto import DataKey, encrypt_text, json_native_text, json_text
from storage.db import assign
from storage.keys import load_data_key
from storage.message_events import EventRow, event_row
from storage.models import Message, MessageEvent, MessageState, utcnow
from storage.privacy import SYSTEM, Actor, open_message_json, open_message_raw

log = logging.getLogger("intake.runner")

# Why the worker opens a message, by the state the stage consumes (the audit's purpose).
_PURPOSE_BY_STATE = {
    MessageState.RECEIVED: "pipeline:parse",
    MessageState.PARSED: "pipeline:classify",
    MessageState.CLASSIFIED: "pipeline:extract",
    MessageState.EXTRACTED: "pipeline:open_case",
}


@dataclass(frozen=True)
class Outcome:
    """Where a stage sends the message: on to `state`, or to a final state."""

    state: str
    reason: str | None = None


class Stage(Protocol):
    name: str
    accepts: str  # the state this stage consumes

    def process(self, item: Item) -> Outcome: ...


@dataclass
class Carry:
    """What one worker keeps between the stages of one message's run: the raw bytes it
    decrypted (once, audited once) and their parse, both pure functions of the committed
    blob, and what its stages sealed, which a later stage of the run reads here: the run
    stops at a stage whose transaction fails, and a rolled-back batch forgets it."""

    raw: bytes | None = None
    parsed: ParsedMessage | None = None
    extracted: ExtractedCase | None = None
    sender: SenderVerdict | None = None
    pdf_disarm: dict[str, dict[str, Any]] | None = None
    # What this run sealed, by column, as the JSON sealed: a later stage of the run reads it
    # here instead of decrypting (and auditing) what it wrote a moment before.
    sealed: dict[str, str] = field(default_factory=dict)
    # A value sealed as JSON-native (what json.loads of its text gives, as pydantic's
    # mode="json" makes it), handed to the first `open` of its column instead of decoding
    # the text again (an extraction: some 6 KB, 60 µs); a later open decodes the text.
    unread: dict[str, Any] = field(default_factory=dict)
    # The message's facts as last read or written here, and the facts_json they are: each
    # stage reads and adds to them, and decoding the JSON again each time cost as much as
    # the stage's own work. Used only while the row still holds that very text.
    facts: tuple[str, dict[str, Any]] | None = None
    # Set by a stage batch: the facts its stages add are written to the row once, by
    # write_facts when the message's stages are done, not re-encoded at every stage.
    hold_facts: bool = False
    facts_unwritten: bool = False


def limits_of(ctx: Context) -> Limits:
    """The sandbox limits for one parse or extraction of one message."""
    limits = ctx.settings.limits
    return Limits(seconds=limits.parse_seconds, memory_mb=limits.parse_memory_mb)


class Item:
    """One message inside one transaction: its row, and lazily its key, bytes and parse.

    Reading goes through the privacy door (storage.privacy), audited as `actor` with
    `purpose` (by default the worker itself, for the stage at hand).
    """

    def __init__(
        self,
        session: Session,
        ctx: Context,
        message: Message,
        *,
        actor: Actor = SYSTEM,
        purpose: str | None = None,
        carry: Carry | None = None,
    ) -> None:
        self.carry = carry or Carry()
        self.session = session
        self.ctx = ctx
        self.message = message
        self.actor = actor
        self.purpose = purpose or _PURPOSE_BY_STATE.get(message.state, "pipeline")

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

    @property
    def raw(self) -> bytes:
        if self.carry.raw is None:
            self.carry.raw = self._open_raw()
        return self.carry.raw

    def _open_raw(self) -> bytes:
        return open_message_raw(
            self.session,
            self.ctx.keyring,
            self.ctx.blobs,
            actor=self.actor,
            purpose=self.purpose,
            message_id=self.id,
            checkpoint_every=self.ctx.settings.audit_checkpoint_every,
            message=self.message,
        )

    @property
    def parsed(self) -> ParsedMessage:
        if self.carry.parsed is None:  # the runner parses before its transaction; others here
            self.carry.parsed = parse_bounded(self.raw, limits_of(self.ctx))
        return self.carry.parsed

    def facts(self) -> dict[str, Any]:
        """The message's facts (a copy of the mapping; its values are shared: read them)."""
        return dict(self._facts())

    def _facts(self) -> dict[str, Any]:
        text = self.message.facts_json or "{}"
        known = self.carry.facts
        if known is not None and known[0] == text:
            return known[1]
        facts: dict[str, Any] = json.loads(text)
        self.carry.facts = (text, facts)
        return facts

    def add_facts(self, **facts: Any) -> None:
        merged = self._facts() | as_read(facts)  # as a later read would see them
        if self.carry.hold_facts:  # the row keeps its text meanwhile: this is what it stands for
            self.carry.facts = (self.message.facts_json or "{}", merged)
            self.carry.facts_unwritten = True
        else:
            _write_facts(self.message, self.carry, merged)

    def seal(self, column: str, value: Any, *, json_native: bool = False) -> bytes:
        """Seal `value` into `column`; `json_native` when it is what decoding its JSON
        gives (see Carry.unread), and the caller keeps no hold on it."""
        # kept as text: a later open reads what decrypting would give
        text = json_native_text(value) if json_native else json_text(value)
        token = encrypt_text(self.key, text, table="messages", column=column, row_id=self.id)
        self.carry.sealed[column] = text
        if json_native:
            self.carry.unread[column] = value
        else:
            self.carry.unread.pop(column, None)
        return token

    def open(self, column: str) -> Any:
        if column in self.carry.unread:
            return self.carry.unread.pop(column)
        if column in self.carry.sealed:
            return json.loads(self.carry.sealed[column])
        return open_message_json(
            self.session,
            self.ctx.keyring,
            actor=self.actor,
            purpose=self.purpose,
            message_id=self.id,
            column=column,
            checkpoint_every=self.ctx.settings.audit_checkpoint_every,
            message=self.message,
        )


_NATIVE = (str, int, float, bool, type(None))  # json.loads gives these types back as they are


def as_read(value: Any) -> Any:
    """`json.loads(json.dumps(value))`, without the text between: a fresh copy of the
    lists and dicts, tuples as lists. Five times a mail, and the text cost twice the walk.
    What JSON would change otherwise (a key that is no str, a str or int subclass such
    as an enum, anything else) takes the round trip itself, which also refuses the same."""
    kind = type(value)
    if kind in _NATIVE:
        return value
    if kind is dict and all(type(key) is str for key in value):
        return {key: as_read(item) for key, item in value.items()}
    if kind is list or kind is tuple:
        return [as_read(item) for item in value]
    return json.loads(json.dumps(value))


def write_facts(message: Message, carry: Carry) -> None:
    """Write the facts a stage batch held for `message` (see Carry.hold_facts)."""
    if carry.facts_unwritten and carry.facts is not None:
        _write_facts(message, carry, carry.facts[1])


def _write_facts(message: Message, carry: Carry, facts: dict[str, Any]) -> None:
    text = json.dumps(facts, ensure_ascii=False, sort_keys=True)
    assign(message, "facts_json", text)
    carry.facts = (text, facts)
    carry.facts_unwritten = False


def apply_outcome(
    session: Session,
    message: Message,
    outcome: Outcome,
    events: list[EventRow] | None = None,
) -> None:
    """Record the stage's outcome on the message, with its event: added to the session,
    or to `events` for the caller to insert with the rest of its batch (see
    storage.message_events), who also logs where the message ended."""
    assert message.id is not None
    event = event_row(message.id, outcome.state, message.state, outcome.reason)
    if events is None:
        session.add(MessageEvent(**event))
    else:
        events.append(event)
    # An assignment through SQLModel costs some twenty calls, four times a message (see
    # storage.db.assign), and one of an unchanged value writes nothing: only the changes.
    assign(message, "state", outcome.state)
    if message.state_reason != outcome.reason:
        assign(message, "state_reason", outcome.reason)
    if message.next_attempt_at is not None:
        assign(message, "next_attempt_at", None)
    assign(message, "updated_at", utcnow())
    if events is None:  # a stage batch says where each message ended, once (intake.batch)
        log_state(message, "stage done")


def log_state(message: Message, what: str) -> None:
    log.info(
        what,
        extra={
            "event": "state",
            "message_no": message.id,
            "state": message.state,
            "case": message.case_id,
        },
    )
