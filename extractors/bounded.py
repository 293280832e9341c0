"""The two parses of untrusted content the worker does, each run through the sandbox.

`parse_bounded` reads the MIME tree; `extract_bounded` runs the extractors (HTML, PDF)
over it. Both run in a pooled child process (`extractors.sandbox`) within the given
limits and raise `LimitExceeded` with a reason a person can read when a message goes over.

The child keeps the last template set it saw by fingerprint, so its label matcher,
which costs far more to build than a message, is built once per template set, not once
per message. `analyse_bounded`, called for every message, sends the fingerprint alone and
the set itself only to a child that answers it does not have it (pickling the set costs
about as much as reading a short mail).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from extractors.base import ExtractedCase, FormTemplate, ParsedMessage
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.sandbox import Limits, run_bounded
from extractors.sender_auth import (
    AgencyIdentity,
    SenderVerdict,
    header_fields,
    judge_sender,
)

_TEMPLATES: dict[str, list[FormTemplate]] = {}  # in the child
_FINGERPRINTS: dict[tuple[int, ...], tuple[list[FormTemplate], str]] = {}  # in the parent


def parse_bounded(raw: bytes, limits: Limits) -> ParsedMessage:
    return run_bounded(parse_message, raw, limits=limits)


def extract_bounded(
    parsed: ParsedMessage, templates: Sequence[FormTemplate], limits: Limits
) -> ExtractedCase:
    chosen = list(templates)
    return run_bounded(_extract_in_child, parsed, chosen, _fingerprint(chosen), limits=limits)


@dataclass(frozen=True)
class Analysis:
    """Everything the stages need from one mail's untrusted bytes, read in one child call."""

    parsed: ParsedMessage
    extracted: ExtractedCase
    sender: SenderVerdict
    pdf_disarm: dict[str, dict[str, Any]]  # extractors.pdf_disarm.disarm_reports


def analyse_bounded(
    raw: bytes,
    templates: Sequence[FormTemplate],
    trusted_authserv_id: str | None,
    agency: AgencyIdentity,
    limits: Limits,
) -> Analysis:
    """Parse, extract and judge the sender in one bounded call: one round trip to the
    child per message instead of three. The extraction is wasted on a mail that turns out
    not to be a request, which is rare; a mail over its limits is left to the stage by
    stage path (`intake.runner`), which says which stage it failed."""
    chosen = list(templates)
    key = _fingerprint(chosen)
    for sent in (None, chosen):
        analysis = run_bounded(
            _analyse_in_child, raw, sent, key, trusted_authserv_id, agency, limits=limits
        )
        if analysis is not None:
            return analysis
    raise AssertionError("a child given the templates always answers")


def _analyse_in_child(
    raw: bytes,
    templates: list[FormTemplate] | None,
    key: str,
    trusted_authserv_id: str | None,
    agency: AgencyIdentity,
) -> Analysis | None:
    """None: this child has not kept the template set `key`, send it (see docstring)."""
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
    extracted = _extract_in_child(parsed, templates, key)
    from extractors.pdf_disarm import disarm_reports  # pikepdf: 0.2 s the parent never needs

    return Analysis(parsed, extracted, sender, disarm_reports(parsed))


def _fingerprint(templates: list[FormTemplate]) -> str:
    key = tuple(id(t) for t in templates)  # the entry keeps the objects, so ids stay theirs
    hit = _FINGERPRINTS.get(key)
    if hit is None:
        if len(_FINGERPRINTS) >= 16:
            _FINGERPRINTS.clear()
        hit = _FINGERPRINTS[key] = (templates, fingerprint(templates))
    return hit[1]


def fingerprint(templates: Sequence[FormTemplate]) -> str:
    text = json.dumps([t.model_dump(mode="json") for t in templates], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def _extract_in_child(
    parsed: ParsedMessage, templates: list[FormTemplate], key: str
) -> ExtractedCase:
    """Runs in the child: the same template set keeps the same objects (see docstring)."""
    kept = _TEMPLATES.get(key)
    if kept is None:
        _TEMPLATES.clear()
        kept = _TEMPLATES[key] = templates
    return extract_case(parsed, kept)
