"""classified -> extracted: fields read from the body and attachments, validated."""

from __future__ import annotations

from extractors.bounded import extract_bounded
from extractors.pdf_disarm import disarm_report
from intake.stage import Item, Outcome, limits_of
from storage.models import MessageState


class ExtractStage:
    name = "extract"
    accepts = MessageState.CLASSIFIED

    def process(self, item: Item) -> Outcome:
        result = item.carry.extracted  # the runner extracts before its transaction
        if result is None:
            result = extract_bounded(item.parsed, item.ctx.templates, limits_of(item.ctx))
        item.message.extraction_enc = item.seal("extraction_enc", result.model_dump(mode="json"))
        item.add_facts(
            template=result.template,
            template_reason=result.template_reason,
            issues={
                key: [i.code for i in issues] for key, issues in result.issues.items() if issues
            },
            extraction_defects=sorted({d.code for d in result.defects}),
            # what the download will strip from each PDF, for the case page to say beforehand
            pdf_disarm={
                str(a.index): disarm_report(a.content).model_dump()
                for a in item.parsed.attachments
                if a.sniffed_type == "application/pdf"
            },
            forwarded=result.forwarded_by is not None,  # who forwarded stays sealed
        )
        return Outcome(MessageState.EXTRACTED)
