"""Recording a case's unread attachments, the same on first extraction and reprocess.

Which file each reading problem belongs to is kept as a fact (codes only, no details:
the queue and the case page read it), and each file left unread becomes one flag under
the `attachments` key of the case's issues, as a doubtful field does (extractors/unread.py
says which problems leave a file unread; review/unread_notes.py says them to the clerk).
"""

from __future__ import annotations

from extractors.base import ExtractedCase
from extractors.unread import defects_by_attachment, unread_flags
from intake.stage import Item


def record_unread_files(item: Item, result: ExtractedCase, issues: dict[str, list[str]]) -> None:
    """Add the `attachment_defects` fact to the message and the unread files' flag to
    `issues` (replacing any there: a file is flagged once, however often it is read)."""
    by_file = defects_by_attachment(item.parsed.attachments, result.defects)
    issues.update(unread_flags(by_file))
    item.add_facts(attachment_defects={str(index): codes for index, codes in by_file.items()})
