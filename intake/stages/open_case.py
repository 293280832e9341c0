"""extracted -> case: a receipt number, and the fields sealed under the case's key."""

from __future__ import annotations

import json

from intake.cases import refresh_masked
from intake.stage import Item, Outcome
from storage.crypto import encrypt_json
from storage.models import Case, MessageState, utcnow
from storage.receipts import next_receipt_no


class OpenCaseStage:
    name = "open_case"
    accepts = MessageState.EXTRACTED

    def process(self, item: Item) -> Outcome:
        extraction = item.open("extraction_enc") or {}
        facts = item.facts()
        issues = facts.get("issues", {})
        case = Case(
            receipt_no=next_receipt_no(item.session, item.ctx.settings.receipt_prefix, utcnow()),
            message_id=item.id,
            data_key_id=item.message.data_key_id,
            template=extraction.get("template"),
            template_reason=extraction.get("template_reason"),
            received_at=item.message.captured_at,
            issues_json=json.dumps(issues, sort_keys=True),
            flag_count=sum(len(codes) for codes in issues.values()),
        )
        item.session.add(case)
        item.session.flush()
        assert case.id is not None
        record = {"fields": extraction.get("fields", {}), "corrections": []}
        refresh_masked(case, record, item.ctx.templates)
        case.fields_enc = encrypt_json(
            item.key, record, table="cases", column="fields_enc", row_id=case.id
        )
        item.message.case_id = case.id
        return Outcome(MessageState.CASE, f"case {case.receipt_no}")
