"""parsed -> duplicate | ignored | reply | classified.

Order matters: the same mail twice is a duplicate whatever it says; an auto-reply to
our acknowledgement carries In-Reply-To but must not join the case conversation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, or_
from sqlmodel import Session, col, select

from extractors.automatic_answer import is_automatic_answer
from extractors.classify import classify
from extractors.work_type import type_of_work_named_first
from intake import follow_ups, outbox, webhooks
from intake.mail_out.compose import ack_fixed_lines
from intake.resend import first_sending, lock_request
from intake.same_mail import same_mail
from intake.stage import Item, Outcome
from storage.events import EventFacts
from storage.held import flush_all
from storage.keys import load_data_key
from storage.models import Case, Message, MessageState
from storage.outbox import OutboxPurpose, OutboxRow


class ClassifyStage:
    name = "classify"
    accepts = MessageState.PARSED

    def process(self, item: Item) -> Outcome:
        assert item.message.id is not None
        lock_request(item.session, item.ctx, item.message.id, item.parsed)  # first: see there
        original = find_original(item)
        if original is not None and not _ignored_copy_carried_otherwise(item, original):
            return _duplicate(item, original)
        own = outbox.own_identity(item.ctx.settings)
        kind = classify(item.parsed, own_domains=own.domains, own_addresses=own.addresses)
        if original is not None:  # read on its own only if it is a request
            if kind.kind != "request":
                return _duplicate(item, original)
            item.add_facts(copy_of_ignored=original)
        item.add_facts(classification=kind.kind)
        if kind.kind != "request":
            return Outcome(MessageState.IGNORED, f"{kind.kind}: {kind.reason}")
        follow_ups.mark_writer(item)
        case_id = find_case_replied_to(item)
        if case_id is not None:
            if is_automatic_answer(
                item.parsed, ack_fixed_lines(item.ctx.settings.mail_templates_path)
            ):
                item.add_facts(classification="auto_reply")
                return Outcome(MessageState.IGNORED, AUTOMATIC_ANSWER)
            return _file_reply(item, case_id)
        first = first_sending(item.session, item.ctx, item.message, item.parsed)
        if first is not None:
            item.message.duplicate_of_id = first
            return Outcome(MessageState.DUPLICATE, f"the request of #{first} sent again")
        return Outcome(MessageState.CLASSIFIED)


def _ignored_copy_carried_otherwise(item: Item, original: int) -> bool:
    """Whether the mail's earlier copy was ignored and came another way (other bytes): a
    citizen Bcc'd us on her mail to a mailing list, whose copy came first and was list
    mail. If this one is a request, as the list copy's duplicate it would be lost: it is
    read on its own. The same bytes again, or a copy that is no request either, stay the
    ignored mail's copy."""
    first = item.session.get(Message, original)
    return (
        first is not None
        and first.state == MessageState.IGNORED
        and first.sha256 != item.message.sha256
    )


def _duplicate(item: Item, original: int) -> Outcome:
    item.message.duplicate_of_id = original
    return Outcome(MessageState.DUPLICATE, f"same message as #{original}")


# A mail answering a case's mail whose own words say a machine wrote it (an agency's
# e-Saraban receipt of our acknowledgement, a challenge-response filter): no header says
# so, and filed as the citizen's reply it would be a clerk's to read.
AUTOMATIC_ANSWER = "auto_reply: an automatic answer to our mail, by its own text"


def _file_reply(item: Item, case_id: int) -> Outcome:
    """File the mail into its case, marked when another mailbox wrote it; past that
    mailbox's daily limit of such mails it is kept, ignored, with the reason."""
    other = follow_ups.from_another_mailbox(item, case_id)
    held = follow_ups.over_limit(item, case_id) if other else None
    if held is not None:
        item.add_facts(held="other_address_limit", cited_case=case_id)
        return Outcome(MessageState.IGNORED, held)
    follow_ups.file_mark(item, other)
    item.message.case_id = case_id
    _reply_received(item, case_id)
    return Outcome(MessageState.REPLY, f"reply to case #{case_id}")


def _reply_received(item: Item, case_id: int) -> None:
    """The citizen answered: a reply.received event, in this transaction."""
    settings = item.ctx.settings
    case = item.session.get(Case, case_id)
    if case is None or not settings.webhooks:
        return
    key = None
    if case.data_key_id is not None and any(w.personal_data for w in settings.webhooks):
        key = load_data_key(item.session, item.ctx.keyring, case.data_key_id)
    facts = EventFacts(type="reply.received", personal={"from": item.parsed.from_addr})
    webhooks.queue(item.session, settings, case, facts, key=key)


def find_original(item: Item) -> int | None:
    """The earliest other message that is this same mail: the same content, or the same
    Message-ID over the same mail (intake.same_mail). A Message-ID some program reused
    over another mail proposes no original: the mail is read on its own, and the reuse
    is recorded in its facts (`message_id_reused`: the first other mail's number)."""
    known = item.session.info.get(KNOWN_ORIGINALS)
    if not (isinstance(known, KnownOriginals) and known.holds(item.id)):
        flush_all(item.session)  # the batch's earlier messages, as they stand now
        known = known_originals(item.session, [item.message])
    proposed = known.found[item.id]
    if proposed is None:
        return None
    first = item.session.get(Message, proposed)
    if first is None or same_mail(item, first):
        return proposed
    return _original_under_a_reused_id(item, proposed)


def _original_under_a_reused_id(item: Item, first_other: int) -> int | None:
    """The earliest other message of the same content or Message-ID (past the first,
    another mail) that is this same mail; None, with the reuse recorded, if none is."""
    flush_all(item.session)
    message = item.message
    query = (
        select(Message)
        .where(
            col(Message.id) > first_other,
            col(Message.id) < message.id,
            or_(
                col(Message.sha256) == message.sha256,
                col(Message.message_id_hmac) == message.message_id_hmac,
            ),
            col(Message.state).not_in(_NOT_ORIGINALS),
        )
        .order_by(col(Message.id))
    )
    for other in item.session.execute(query).scalars():
        if same_mail(item, other):
            assert other.id is not None
            return other.id
    item.add_facts(message_id_reused=first_other)
    return None


# Not an original for a later copy: a copy itself, or a mail never read.
_NOT_ORIGINALS = (MessageState.DUPLICATE, MessageState.OVERSIZED)
KNOWN_ORIGINALS = "intake.known_originals"  # the session.info key of a batch's lookup


@dataclass
class KnownOriginals:
    """The originals of a batch's messages, looked up for all of them at once before any
    moved (on PostgreSQL a query a message is a round trip a message).

    `messages` are the batch's rows, as they change during the batch. What was found
    stays true while the batch runs: mails match by their Message-ID (the same bytes
    have the same one), so an earlier message that could make one of the batch a copy
    would have been found itself. Should an original found among the batch's own
    messages have become a copy since, all the same, the stage asks again (`holds`)."""

    found: dict[int, int | None]
    messages: dict[int, Message]

    def holds(self, message_id: int) -> bool:
        if message_id not in self.found:
            return False
        original = self.found[message_id]
        member = self.messages.get(original) if original is not None else None
        return member is None or member.state not in _NOT_ORIGINALS


def known_originals(session: Session, messages: Sequence[Message]) -> KnownOriginals:
    """Each message's original (or None), one query for all; see KnownOriginals."""
    by_id = {m.id: m for m in messages if m.id is not None}
    found: dict[int, int | None] = dict.fromkeys(by_id)
    if by_id:
        rows = session.connection().execute(_ORIGINALS, {"ids": list(by_id)})
        found.update({int(m): None if o is None else int(o) for m, o in rows})
    return KnownOriginals(found, by_id)


def _originals_query() -> Select[Any]:
    """For each message of `ids`, the earliest other one with the same content or
    Message-ID that is not itself a copy: one search, correlated to each message."""
    table = Message.__table__  # type: ignore[attr-defined]
    copy, other = table.alias("copy"), table.alias("other")
    earliest = (
        select(other.c.id)
        .where(
            other.c.id < copy.c.id,
            or_(
                other.c.sha256 == copy.c.sha256,
                other.c.message_id_hmac == copy.c.message_id_hmac,
            ),
            other.c.state.not_in(_NOT_ORIGINALS),
        )
        .order_by(other.c.id)
        .limit(1)
        .correlate(copy)
        .scalar_subquery()
    )
    return select(copy.c.id, earliest).where(copy.c.id.in_(bindparam("ids", expanding=True)))


# Built once and run through the connection: it runs for every batch (and every message
# of the stage-by-stage path), and building the query and the ORM's execution path cost
# more than the database's answer.
_ORIGINALS = _originals_query()


def find_case_replied_to(item: Item) -> int | None:
    """The case this mail answers: our tagged Message-ID in In-Reply-To/References (so
    References may be missing), a Message-ID of a mail of the case, its receipt number
    in the subject (whoever writes: a citizen writes again from her work address; the
    case page marks a mail from another address than the request's), or in the text of
    a mail from the case's own citizen.
    None for a new request written by answering an old mail of a case."""
    threaded = _threaded_case(item)
    if threaded is not None:
        return None if starts_a_new_request(item, threaded) else threaded
    return case_cited_by_its_sender(item)


def starts_a_new_request(item: Item, case_id: int) -> bool:
    """A citizen who hits Reply on an old acknowledgement to find the address, replaces
    the subject with a new type of work ("ร้องเรียน ...", as the guide says a request's
    subject starts) and writes a new request. It needs its own receipt number and
    deadline; filed into the old (perhaps closed) case it would get neither. Only a
    subject that starts with another type of work than the case's counts: a reply keeps
    its "Re:", one whose subject the citizen edited ("ส่งเอกสารเพิ่มเติม", the case's own
    type of work) stays a reply, and the default template's words ("คำร้อง") name no
    particular type of work. (The quoted acknowledgement's receipt number then does not
    file it either: quoting is what answering does.)"""
    subject = item.parsed.subject
    if receipt_numbers(subject, item.ctx.settings.receipt_prefix):
        return False
    named = type_of_work_named_first(subject, item.ctx.templates)
    if named is None or named.rules.default:
        return False
    case = item.session.get(Case, case_id)
    return case is not None and case.template is not None and case.template != named.name


def _threaded_case(item: Item) -> int | None:
    parsed = item.parsed
    ids = [i for i in [parsed.in_reply_to, *parsed.references] if i]
    numbers = receipt_numbers(parsed.subject, item.ctx.settings.receipt_prefix)
    if not ids and not numbers:
        return None
    flush_all(item.session)  # a batch writes its rows at its end: the earlier ones first
    tagged = tagged_case(item, ids)
    if tagged is not None:
        return tagged
    if ids:
        digests = [item.ctx.message_ids.digest(i) for i in ids]
        query = select(Message.case_id).where(
            col(Message.message_id_hmac).in_(digests), col(Message.case_id).is_not(None)
        )
        found = item.session.execute(query.limit(1)).scalar_one_or_none()
        if found is not None:
            return found
    for receipt_no in numbers:  # whoever writes (a work address): the page marks a stranger
        case_id = item.session.execute(
            select(Case.id).where(Case.receipt_no == receipt_no)
        ).scalar_one_or_none()
        if case_id is not None:
            return case_id
    return None


# A mail naming more receipt numbers than this is a list, not a case's follow-up.
MAX_CITED = 5


def case_cited_by_its_sender(item: Item) -> int | None:
    """The case whose receipt number the text names, when the mail comes from the address
    that case's request came from (or its acknowledgement went to). The acknowledgement
    asks for the number in the subject, but citizens write again as a new mail and put
    it in the text. From any other address a number is only a mention (a neighbour with
    the same problem): a number anyone can read must not file mail into a case."""
    prefix = item.ctx.settings.receipt_prefix
    cited = {n for part in item.parsed.text_parts for n in receipt_numbers(part.text, prefix)}
    if not cited or len(cited) > MAX_CITED:
        return None
    return case_of_its_sender(item, sorted(cited))


def case_of_its_sender(item: Item, receipt_nos: Sequence[str]) -> int | None:
    """The first case of `receipt_nos` that this mail's writer is the citizen of.

    Receipt numbers are sequential and printed on every acknowledgement and letter: a
    number in the text is no proof of anything. What is: writing from the address the
    case's acknowledgement went to, or its request came from (read through the privacy
    door when no acknowledgement was sent: acks off, or withheld by a rate limit)."""
    author = outbox.author_of(item.parsed, item.ctx.settings).strip()  # folded by mailbox_of
    if not receipt_nos or "@" not in author:
        return None
    flush_all(item.session)
    query = select(Case.receipt_no, Case.id, Case.message_id).where(
        col(Case.receipt_no).in_(list(receipt_nos))
    )
    found = sorted(item.session.execute(query).all(), key=lambda r: receipt_nos.index(r[0]))
    sender = outbox.address_hmac(item.ctx, author)
    for _, case_id, message_id in found:
        if _acknowledged_to(item, case_id, sender) or follow_ups.requested_by(
            item, message_id, author
        ):
            return int(case_id)
    return None


def _acknowledged_to(item: Item, case_id: int, sender_hmac: str) -> bool:
    query = select(OutboxRow.id).where(
        col(OutboxRow.case_id) == case_id,
        col(OutboxRow.purpose) == OutboxPurpose.ACK,
        or_(
            col(OutboxRow.recipient_hmac) == sender_hmac, col(OutboxRow.sender_hmac) == sender_hmac
        ),
    )
    return item.session.execute(query.limit(1)).first() is not None


def tagged_case(item: Item, ids: list[str]) -> int | None:
    tagger = outbox.tagger(item.ctx)
    for message_id in ids:
        case_id = tagger.case_of(message_id)
        if case_id is not None and item.session.get(Case, case_id) is not None:
            return case_id
    return None


def receipt_numbers(text: str, prefix: str) -> list[str]:
    """The receipt numbers a text names. Thai is written without spaces between words,
    so only a Latin letter or a digit next to the number makes it part of something
    else (\\b would need a space after "เลขรับ"); digits typed as Thai digits count."""
    tail, head, before = _receipt_patterns(prefix)
    text = text or ""
    found = []
    # What (?<![A-Za-z\d])PREFIX-(\d{4})-(\d{6})(?![A-Za-z\d]) with IGNORECASE finds,
    # looked for from its dash: a pattern opening with the case-insensitive prefix (or
    # a look-behind) is tried at every character of the text, one starting with "-" only
    # at dashes, several times faster on a mail's body. The prefix has no dash or
    # digit, so a tail found without it cannot hide one that has it.
    for match in tail.finditer(text):
        start = match.start() - len(prefix)  # IGNORECASE matches one character for one
        if start < 0 or not head.fullmatch(text, start, match.start()):
            continue
        if start > 0 and before.match(text, start - 1):
            continue
        year, number = match.groups()
        found.append(f"{prefix}-{_ascii_digits(year)}-{_ascii_digits(number)}")
    return found


@lru_cache(maxsize=8)
def _receipt_patterns(prefix: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The number after the prefix, the prefix, and what may not stand before it."""
    return (
        re.compile(r"-(\d{4})-(\d{6})(?![A-Za-z\d])", re.IGNORECASE),
        re.compile(re.escape(prefix), re.IGNORECASE),
        re.compile(r"[A-Za-z\d]", re.IGNORECASE),  # as IGNORECASE reads it: KELVIN SIGN too
    )


def _ascii_digits(digits: str) -> str:
    return "".join(str(int(d)) for d in digits)  # any decimal digit: ๒๕๖๙ -> 2569
