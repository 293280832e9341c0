"""The two parses of untrusted content the worker does, each run through the sandbox.

`parse_bounded` reads the MIME tree; `extract_bounded` runs the extractors (HTML, PDF)
over it. Both run in a pooled child process (`extractors.sandbox`) within the given
limits and raise `LimitExceeded` with a reason a person can read when a message goes over.

The child keeps the last template set it saw by fingerprint, so its label matcher,
which costs far more to build than a message, is built once per template set, not once
per message. `analyse_many_bounded`, called for every batch of mail, sends the
fingerprint alone and the set itself only to a child that answers it does not have it
(pickling the set costs about as much as reading a short mail). `warm_bounded` has a
child start, keep the set and build its matcher before any mail comes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from extractors.base import ExtractedCase, FormTemplate, ParsedMessage
from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.sandbox import Limits, run_bounded, start_child
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


def analyse_many_bounded(
    mails: Sequence[tuple[bytes, str | None]],
    templates: Sequence[FormTemplate],
    agency: AgencyIdentity,
    limits: Limits,
) -> list[Analysis | None]:
    """Parse, extract and judge the sender of several mails (each with its mailbox's
    trusted authserv-id) in one bounded child call, the whole call within one mail's
    limits. One call per mail cost the parent a round of pickling, pipe writes and waits
    per mail, paid for by its stage thread, which shares the GIL; and three calls (one
    per stage) before that. A usual mail takes milliseconds, so only a slow mail can
    reach the limits: then this raises LimitExceeded and the caller takes each of the
    mails alone, stage by stage, where the slow one is found and its attempts counted.
    The extraction is wasted on a mail that turns out not to be a request, which is
    rare. None for a mail whose analysis raised: that one goes alone too."""
    chosen = list(templates)
    key = _fingerprint(chosen)
    for sent in (None, chosen):
        analyses = run_bounded(
            _analyse_many_in_child, list(mails), sent, key, agency, limits=limits
        )
        if analyses is not None:
            return analyses
    raise AssertionError("a child given the templates always answers")


def _analyse_many_in_child(
    mails: list[tuple[bytes, str | None]],
    templates: list[FormTemplate] | None,
    key: str,
    agency: AgencyIdentity,
) -> list[Analysis | None] | None:
    """None: this child has not kept the template set `key`, send it."""
    if templates is None and key not in _TEMPLATES:
        return None
    analyses: list[Analysis | None] = []
    for raw, trusted_authserv_id in mails:
        try:
            analyses.append(_analyse_in_child(raw, templates, key, trusted_authserv_id, agency))
        except MemoryError:
            raise  # the child is spent: the call fails, and each mail goes alone
        except Exception:  # this mail's fault: it goes alone, where its failure is recorded
            analyses.append(None)
    return analyses


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


def warm_bounded(templates: Sequence[FormTemplate], limits: Limits) -> None:
    """Start a pooled child ready to analyse mail with `templates`: it keeps the set,
    builds its label matcher and imports the PDF readers. Run at the worker's start,
    once per child it means to have, so the first batch of mail does not wait half a
    second a child for what every mail needs (it waits for these instead, if early)."""
    chosen = list(templates)
    start_child(_warm_in_child, chosen, _fingerprint(chosen), limits=limits)


def _warm_in_child(templates: list[FormTemplate], key: str) -> None:
    matcher_for(_keep(templates, key))
    import extractors.pdf_disarm  # noqa: F401  pikepdf, which every analysis imports


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
    return extract_case(parsed, _keep(templates, key))


def _keep(templates: list[FormTemplate], key: str) -> list[FormTemplate]:
    """The child's kept objects of the set `key` (these, if it kept no other)."""
    kept = _TEMPLATES.get(key)
    if kept is None:
        _TEMPLATES.clear()
        kept = _TEMPLATES[key] = templates
    return kept
