"""extracted -> case: a receipt number, the fields sealed under the case's key, and the
acknowledgement written to the outbox in the same transaction (or why there is none)."""

from __future__ import annotations

import json

from extractors.sender_auth import SenderVerdict
from intake import webhooks
from intake.cases import field_types, refresh_masked
from intake.outbox import AckSource, queue_ack
from intake.stage import Item, Outcome
from storage.db import assign, new_row
from storage.events import EventFacts
from storage.ids import next_id
from storage.models import Case, MessageState, utcnow
from storage.privacy import CASE_CREATED, seal_case_record
from storage.receipts import next_receipt_no


class OpenCaseStage:
    name = "open_case"
    accepts = MessageState.EXTRACTED

    def process(self, item: Item) -> Outcome:
        extraction = item.open("extraction_enc") or {}
        facts = item.facts()
        issues = facts.get("issues", {})
        case = new_row(  # written whole by seal_case_record below
            Case,
            id=next_id(item.session, "cases"),
            receipt_no=next_receipt_no(item.session, item.ctx.settings.receipt_prefix, utcnow()),
            message_id=item.id,
            data_key_id=item.message.data_key_id,
            template=extraction.get("template"),
            template_reason=extraction.get("template_reason"),
            received_at=item.message.captured_at,
            issues_json=json.dumps(issues, sort_keys=True),
            flag_count=sum(len(codes) for codes in issues.values()),
        )
        assert case.id is not None  # the case is inserted, whole, when sealed below
        record = {"fields": extraction.get("fields", {}), "corrections": []}
        refresh_masked(case, record, item.ctx.templates)
        seal_case_record(  # also writes the blind-index rows
            item.session,
            item.ctx.keyring,
            actor=item.actor,
            case_id=case.id,
            record=record,
            field_types=field_types(item.ctx.templates, case.template),
            purpose=item.purpose,
            action=CASE_CREATED,
            index_bits=item.ctx.settings.blind_index_bits,
            checkpoint_every=item.ctx.settings.audit_checkpoint_every,
            new=case,
            json_native=True,  # its fields are the extraction's, as JSON read them
        )
        assign(item.message, "case_id", case.id)
        source = AckSource(
            parsed=item.parsed,
            mail_sha256=item.message.sha256 or "",
            fields=record["fields"],
            key=item.key,
            source=item.message.source,
            sender_auth=_verdict(item.message.sender_auth_json),
        )
        item.add_facts(ack=queue_ack(item.session, item.ctx, case, source))
        created = EventFacts(
            type="case.created",
            personal={"from": item.parsed.from_addr, "fields": record["fields"]},
        )
        webhooks.queue(item.session, item.ctx.settings, case, created, key=item.key)
        return Outcome(MessageState.CASE, f"case {case.receipt_no}")


def _verdict(stored: str | None) -> SenderVerdict | None:
    return SenderVerdict.model_validate_json(stored) if stored else None
