"""received -> parsed: read the MIME tree once, keep the headers encrypted, note defects."""

from __future__ import annotations

from intake.capture import identify
from intake.stage import Item, Outcome
from intake.stages.sender_auth import sender_verdict
from storage.models import MessageState


class ParseStage:
    name = "parse"
    accepts = MessageState.RECEIVED

    def process(self, item: Item) -> Outcome:
        parsed = item.parsed
        headers = {
            "message_id": parsed.message_id or identify(item.raw).message_id,
            "from_addr": parsed.from_addr,
            "from_name": parsed.from_name,
            "to": parsed.to,
            "subject": parsed.subject,
            "date": parsed.date,
            "in_reply_to": parsed.in_reply_to,
            "references": parsed.references,
        }
        item.message.headers_enc = item.seal("headers_enc", headers)
        verdict = sender_verdict(item.ctx.settings, item.message.source, item.raw)
        item.message.sender_auth_json = verdict.model_dump_json()
        item.add_facts(
            defects=sorted({d.code for d in parsed.defects}),
            text_parts=len(parsed.text_parts),
            attachments=[a.sniffed_type for a in parsed.attachments],
        )
        return Outcome(MessageState.PARSED)
