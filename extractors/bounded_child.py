"""What the bounded children run for `extractors.bounded`: the parse of a mail, its
extraction, and both with the sender's verdict for a batch of mails.

Imported in the children only (bounded names these functions through
`extractors.sandbox.InChild`): this module imports every reader.

A child keeps the last template set it was sent, by fingerprint (see bounded), so its
label matcher is built once per set, not once per mail.
"""

from __future__ import annotations

from extractors.base import ExtractedCase, FormTemplate, ParsedMessage
from extractors.bounded import Analysis
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.sandbox import budget_cuts, budget_left
from extractors.sender_auth import AgencyIdentity, header_fields, judge_sender

_TEMPLATES: dict[str, list[FormTemplate]] = {}


def parse(raw: bytes) -> ParsedMessage:
    return parse_message(raw)


def analyse_many(
    mails: list[tuple[bytes, str | None]],
    templates: list[FormTemplate] | None,
    key: str,
    agency: AgencyIdentity,
) -> list[Analysis | None] | None:
    """None: this child has not kept the template set `key`, send it."""
    if templates is None and key not in _TEMPLATES:
        return None
    analyses: list[Analysis | None] = []
    for number, (raw, trusted_authserv_id) in enumerate(mails):
        if number and budget_left() <= 0:  # spent by a slow mail: the rest go alone
            analyses.append(None)
            continue
        cuts = budget_cuts()
        try:
            analysis = _analyse_in_child(raw, templates, key, trusted_authserv_id, agency)
        except MemoryError:
            raise  # the child is spent: the call fails, and each mail goes alone
        except Exception:  # this mail's fault: it goes alone, where its failure is recorded
            analysis = None
        # A reader cut short after other mails took part of the call's time goes alone,
        # with the whole time to itself: batching must never cut a normal mail's OCR.
        analyses.append(None if number and budget_cuts() > cuts else analysis)
    return analyses


def _analyse_in_child(
    raw: bytes,
    templates: list[FormTemplate] | None,
    key: str,
    trusted_authserv_id: str | None,
    agency: AgencyIdentity,
) -> Analysis | None:
    """None: this child has not kept the template set `key`, send it."""
    if templates is None:
        if key not in _TEMPLATES:
            return None
        templates = _TEMPLATES[key]
    parsed = parse_message(raw)
    sender = judge_sender(
        header_fields(raw),  # reads the header block alone, capped
        trusted_authserv_id=trusted_authserv_id,
        agency=agency,
    )
    extracted = extract(parsed, templates, key)
    from extractors.pdf_disarm import disarm_reports  # pikepdf: 0.2 s a parse alone never needs

    return Analysis(parsed, extracted, sender, disarm_reports(parsed))


def warm(templates: list[FormTemplate], key: str) -> None:
    matcher_for(_keep(templates, key))
    import extractors.pdf_disarm  # noqa: F401  pikepdf, which every analysis imports


def extract(parsed: ParsedMessage, templates: list[FormTemplate], key: str) -> ExtractedCase:
    """The same template set keeps the same objects (see the module docstring)."""
    return extract_case(parsed, _keep(templates, key))


def _keep(templates: list[FormTemplate], key: str) -> list[FormTemplate]:
    """The child's kept objects of the set `key` (these, if it kept no other)."""
    kept = _TEMPLATES.get(key)
    if kept is None:
        _TEMPLATES.clear()
        kept = _TEMPLATES[key] = templates
    return kept
