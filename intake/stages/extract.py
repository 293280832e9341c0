"""classified -> extracted: fields read from the body and attachments, validated."""

from __future__ import annotations

from typing import Any

from extractors.bounded import extract_bounded
from intake.stage import Item, Outcome, limits_of
from intake.unread_files import record_unread_files
from storage.db import assign
from storage.models import MessageState


class ExtractStage:
    name = "extract"
    accepts = MessageState.CLASSIFIED

    def process(self, item: Item) -> Outcome:
        result = item.carry.extracted  # the runner extracts before its transaction
        if result is None:
            result = extract_bounded(item.parsed, item.ctx.templates, limits_of(item.ctx))
        extraction = result.model_dump(mode="json")  # JSON-native: open_case takes it as is
        sealed = item.seal("extraction_enc", extraction, json_native=True)
        assign(item.message, "extraction_enc", sealed)
        issues = {key: [i.code for i in found] for key, found in result.issues.items() if found}
        record_unread_files(item, result, issues)  # a file nobody read is a flag too
        item.add_facts(
            template=result.template,
            template_reason=result.template_reason,
            issues=issues,
            extraction_defects=sorted({d.code for d in result.defects}),
            # what the download will strip from each PDF, for the case page to say beforehand
            pdf_disarm=_disarm_reports(item),
            forwarded=result.forwarded_by is not None,  # who forwarded stays sealed
        )
        return Outcome(MessageState.EXTRACTED)


def _disarm_reports(item: Item) -> dict[str, dict[str, Any]]:
    """Made in the analysis child on the batch path; here only on the stage-by-stage one."""
    if item.carry.pdf_disarm is not None:
        return item.carry.pdf_disarm
    from extractors.pdf_disarm import disarm_reports  # pikepdf: rarely needed here

    return disarm_reports(item.parsed)
