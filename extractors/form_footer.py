"""The applicant's name in a form service's footer (set 29).

A form service mails the answers, then its footer: who answered and when,

    Respondent: นางสาวเมษา ทองมาก
    Submitted by mesa.tm@gmail.com on 2 Dec 2026, 18:05

"Respondent" is the one who filled the form in; but in a complaint it is the other party
(complaint.toml's label for the one complained of), so it is no name label anywhere.
The service's "Submitted by/on/at" line beside it decides: that pair is the footer, and
its respondent the applicant. Read at a header's confidence (flagged): the name the
form's account holds, not one typed under the form's own label.
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate, ParsedMessage, Provenance
from extractors.reply_to import REPLY_TO_CONFIDENCE

__all__ = ["FOOTER_RESPONDENT", "footer_respondent"]

FOOTER_RESPONDENT = "Respondent (a form service's footer)"
_RESPONDENT = re.compile(
    r"^[ \t]*Respondent[ \t]*:[ \t]*"
    r"(?P<v>[\u0e01-\u0e4eA-Za-z.]+(?:[ \t]+[\u0e01-\u0e4eA-Za-z.]+){1,2})[ \t]*$",
    re.IGNORECASE,
)
_SUBMITTED = re.compile(r"^[ \t]*Submitted[ \t]+(?:by|on|at)\b", re.IGNORECASE)


def footer_respondent(parsed: ParsedMessage) -> list[FieldCandidate]:
    """A full_name candidate for each "Respondent: name" line beside a "Submitted ..."
    line in the mail's text parts."""
    out = []
    for text in parsed.text_parts:
        lines = text.text.splitlines()
        for i, line in enumerate(lines):
            m = _RESPONDENT.match(line)
            if m is None:
                continue
            beside = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
            if not any(_SUBMITTED.match(other) for other in beside):
                continue
            provenance = Provenance(
                part=text.part,
                kind="body_html" if text.kind == "html" else "body_text",
                line=i + 1 if text.kind == "plain" else None,
                label=FOOTER_RESPONDENT,
            )
            value = " ".join(m.group("v").split())
            out.append(
                FieldCandidate(
                    key="full_name",
                    value=value,
                    provenance=provenance,
                    confidence=REPLY_TO_CONFIDENCE,
                )
            )
    return out
