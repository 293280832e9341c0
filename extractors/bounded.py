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
from extractors.by_identity import ByIdentity
from extractors.sandbox import InChild, Limits, preload_in_children, run_bounded, start_child
from extractors.sender_auth import AgencyIdentity, SenderVerdict

# What the children run (extractors.bounded_child), named, not imported: the worker's
# own process never reads mail, and importing the readers (MIME, HTML, PDF, Word,
# images) cost it about a second at start and their memory for as long as it ran.
_CHILD = "extractors.bounded_child"
_PARSE: InChild[ParsedMessage] = InChild(_CHILD, "parse")
_EXTRACT: InChild[ExtractedCase] = InChild(_CHILD, "extract")
_ANALYSE_MANY: InChild[list[Analysis | None] | None] = InChild(_CHILD, "analyse_many")
_WARM: InChild[None] = InChild(_CHILD, "warm")
# Imported once by the children's fork server, not once by each child (pikepdf too:
# every analysis imports it). Still never by the worker's own process.
preload_in_children(_CHILD, "extractors.pdf_disarm")


def parse_bounded(raw: bytes, limits: Limits) -> ParsedMessage:
    return run_bounded(_PARSE, raw, limits=limits)


def extract_bounded(
    parsed: ParsedMessage, templates: Sequence[FormTemplate], limits: Limits
) -> ExtractedCase:
    chosen = list(templates)
    return run_bounded(_EXTRACT, parsed, chosen, _fingerprint(chosen), limits=limits)


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
        analyses = run_bounded(_ANALYSE_MANY, list(mails), sent, key, agency, limits=limits)
        if analyses is not None:
            return analyses
    raise AssertionError("a child given the templates always answers")


def warm_bounded(templates: Sequence[FormTemplate], limits: Limits) -> None:
    """Start a pooled child ready to analyse mail with `templates`: it keeps the set,
    builds its label matcher and imports the PDF readers. Run at the worker's start,
    once per child it means to have, so the first batch of mail does not wait half a
    second a child for what every mail needs (it waits for these instead, if early)."""
    chosen = list(templates)
    start_child(_WARM, chosen, _fingerprint(chosen), limits=limits)


def fingerprint(templates: Sequence[FormTemplate]) -> str:
    text = json.dumps([t.model_dump(mode="json") for t in templates], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


_fingerprint: ByIdentity[FormTemplate, str] = ByIdentity(fingerprint)  # in the parent
