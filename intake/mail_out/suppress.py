"""Mail that must not be answered automatically (RFC 3834 section 2, and what Zammad and
osTicket check). Each rule returns a fixed English reason, safe for logs, or None.

This is stricter than the classify stage: mail from a `noreply` address or with an
`X-Auto-Response-Suppress` that asks for no automatic answer can still be a request and
open a case, but it gets no acknowledgement. Mail our own group address or web form
hands on for someone outside (extractors.classify.handed_on_for_outsider) carries our
marks, not the writer's: it is answered, to its author. Rate limits (per sender per hour,
per recipient per day) need the database and live in intake/outbox.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property

from pydantic import BaseModel, ConfigDict

from extractors.address_case import ascii_lower
from extractors.base import ParsedMessage
from extractors.classify import author_address, handed_on_for_outsider
from extractors.machine_mailbox import answers_no_one

_PRECEDENCE = ("bulk", "list", "junk", "auto_reply")


class OwnIdentity(BaseModel):
    """What marks mail as our own: our addresses and our Message-ID domain."""

    model_config = ConfigDict(frozen=True)

    addresses: frozenset[str]
    message_id_domain: str

    @cached_property  # asked several times a mail; a frozen model's answer never changes
    def domains(self) -> frozenset[str]:
        """The agency's mail domains: its Message-IDs' and its own addresses'."""
        return frozenset({self.message_id_domain, *(a.rpartition("@")[2] for a in self.addresses)})


Rule = Callable[[ParsedMessage, OwnIdentity], str | None]


def _first(parsed: ParsedMessage, name: str) -> str | None:
    values = parsed.headers.get(name)
    return values[0].strip() if values else None


def _auto_submitted(parsed: ParsedMessage, own: OwnIdentity) -> str | None:
    if handed_on_for_outsider(parsed, own.domains):
        return None  # our own web form's mark, not the writer's
    value = (_first(parsed, "auto-submitted") or "no").lower().split(";")[0].strip()
    return None if value == "no" else "Auto-Submitted is not 'no'"


def _precedence(parsed: ParsedMessage, own: OwnIdentity) -> str | None:
    if handed_on_for_outsider(parsed, own.domains):
        return None  # our own group's header, not the writer's
    value = (_first(parsed, "precedence") or "").lower()
    return f"Precedence: {value}" if value in _PRECEDENCE else None


def _list_headers(parsed: ParsedMessage, own: OwnIdentity) -> str | None:
    if handed_on_for_outsider(parsed, own.domains):
        return None  # our own group's List-Id, not a list the writer posted to
    return "List-* header" if any(h.startswith("list-") for h in parsed.headers) else None


_ANSWERS = frozenset({"all", "oof", "autoreply"})
_ANSWER_BITS = 0x10 | 0x20  # OOF, AutoReply in PidTagAutoResponseSuppress


def _asks_for_no_answer(value: str) -> bool:
    """MS-OXCMAIL 2.1.3.2.20: DR, NDR, RN and NRN suppress only delivery and read
    reports; All, OOF and AutoReply suppress automatic answers. Some writers put the
    property's number instead of its names (-1 is All)."""
    value = value.strip()
    try:
        number = int(value, 0)
    except ValueError:
        names = {n.strip().lower() for n in value.split(",")}
        return bool(names & _ANSWERS)
    return number == -1 or bool(number & _ANSWER_BITS)


def _accepted_by_own_exchange_from_outside(parsed: ParsedMessage, own: OwnIdentity) -> bool:
    """Mail from outside that our own Exchange organisation accepted (its AuthSource is
    one of our servers): an Exchange distribution group (the agency's public address)
    adds X-Auto-Response-Suppress to all it hands on, and we cannot tell its header from
    the writer's, so the receipt the Act requires wins. Rate limits still hold."""
    source = (_first(parsed, "x-ms-exchange-organization-authsource") or "").lower()
    host_domain = source.partition(".")[2]
    sender_domain = ascii_lower(parsed.from_addr.rpartition("@")[2])
    own_domains = {ascii_lower(d) for d in own.domains}
    inside = any(host_domain == d or host_domain.endswith("." + d) for d in own_domains)
    return inside and sender_domain not in own_domains


def _suppress(parsed: ParsedMessage, own: OwnIdentity) -> str | None:
    value = _first(parsed, "x-auto-response-suppress")
    if (
        value is not None
        and _asks_for_no_answer(value)
        and not _accepted_by_own_exchange_from_outside(parsed, own)
    ):
        return "X-Auto-Response-Suppress header"
    for name in ("x-autoreply", "x-autorespond"):
        if name in parsed.headers:
            return "X-Autoreply/X-Autorespond header"
    return None


def _sender(parsed: ParsedMessage, own: OwnIdentity) -> str | None:
    address = ascii_lower(author_address(parsed, own.domains).strip())
    if not address or "@" not in address:
        return "empty or invalid sender"
    if (_first(parsed, "return-path") or "").replace(" ", "") == "<>":
        return "null Return-Path"
    local = address.rpartition("@")[0]
    if answers_no_one(local):
        return "MAILER-DAEMON, postmaster or no-reply sender"
    if address in own.addresses:
        return "sent from the agency's own address"
    return None


def _own_message_id(parsed: ParsedMessage, own: OwnIdentity) -> str | None:
    if handed_on_for_outsider(parsed, own.domains):
        return None  # our web form numbers its mail in our domain; the writer is outside
    message_id = (parsed.message_id or "").strip().strip("<>").lower()
    if message_id.endswith("@" + own.message_id_domain):
        return "Message-ID in the agency's own domain"
    return None


RULES: Sequence[Rule] = (
    _auto_submitted,
    _precedence,
    _list_headers,
    _suppress,
    _sender,
    _own_message_id,
)


def no_answer_reason(parsed: ParsedMessage, own: OwnIdentity) -> str | None:
    """Why this mail must get no automatic answer, or None when it may get one."""
    for rule in RULES:
        reason = rule(parsed, own)
        if reason is not None:
            return reason
    return None
