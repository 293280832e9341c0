"""received -> parsed | not_mail: read the MIME tree once, keep the headers encrypted.

Input with no mail header at all (an empty file, whitespace, random bytes) is not a
request: it ends as `not_mail` with the reason, its raw bytes kept like any message's,
instead of opening a case nobody can answer.
"""

from __future__ import annotations

from extractors.base import ParsedMessage
from intake import outbox
from intake.capture import identify
from intake.stage import Item, Outcome
from intake.stages.sender_auth import sender_verdict
from storage.db import assign
from storage.models import MessageState


class ParseStage:
    name = "parse"
    accepts = MessageState.RECEIVED

    def process(self, item: Item) -> Outcome:
        parsed = item.parsed
        reason = not_mail_reason(item.raw, parsed)
        if reason is not None:
            item.add_facts(defects=sorted({d.code for d in parsed.defects}))
            return Outcome(MessageState.NOT_MAIL, reason)
        headers = {
            "message_id": parsed.message_id or identify(item.raw).message_id,
            "from_addr": parsed.from_addr,
            # whom to answer: the writer in Reply-To when our own group put itself in From
            "author_addr": outbox.author_of(parsed, item.ctx.settings),
            "from_name": parsed.from_name,
            "to": parsed.to,
            "subject": parsed.subject,
            "date": parsed.date,
            "in_reply_to": parsed.in_reply_to,
            "references": parsed.references,
        }
        assign(item.message, "headers_enc", item.seal("headers_enc", headers))
        verdict = item.carry.sender or sender_verdict(
            item.ctx.settings, item.message.source, item.raw
        )
        assign(item.message, "sender_auth_json", verdict.model_dump_json())
        item.add_facts(
            defects=sorted({d.code for d in parsed.defects}),
            text_parts=len(parsed.text_parts),
            attachments=[a.sniffed_type for a in parsed.attachments],
        )
        return Outcome(MessageState.PARSED)


# Any real mail, however broken, carries at least one of these.
MAIL_HEADERS = frozenset(
    {
        "from", "to", "cc", "subject", "date", "message-id", "received", "return-path",
        "mime-version", "content-type", "sender", "reply-to", "delivered-to",
    }
)  # fmt: skip


def not_mail_reason(raw: bytes, parsed: ParsedMessage) -> str | None:
    """Why these bytes are not a mail (safe to log: sizes only), or None if they are."""
    if not raw:
        return "empty input (0 bytes)"
    if raw.isspace():  # not raw.strip(): that copies a 25 MB mail in the worker's memory
        return f"only whitespace ({len(raw)} bytes)"
    if not MAIL_HEADERS & set(parsed.headers):
        return f"no mail header found ({len(raw)} bytes)"
    return None
