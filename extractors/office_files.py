"""What the readers of office files (DOCX, XLSX, ODT, RTF) share: a file opened in the
bounded child (`run_bounded`), its over-the-limit or broken cases as defects, and its
lines read by the common label reader with the file's kind in each provenance."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from extractors.base import (
    Defect,
    ExtractionResult,
    LabelIndex,
    Provenance,
    ProvenanceKind,
    failed,
)
from extractors.body_form import read_body_text, read_label_lines
from extractors.buyers_block import BUYER_CONFIDENCE, buyers_lines
from extractors.intermediary_office import without_intermediarys_line
from extractors.letter_prose import with_letter_prose
from extractors.office_letterhead import offices_subject, without_offices_letterhead
from extractors.ooxml_package import PackageTooLarge
from extractors.package_risks import package_risks
from extractors.sandbox import LimitExceeded, Limits, run_bounded
from extractors.set_behind import behind

Opened = TypeVar("Opened")


def as_bytes(content: bytes | str) -> bytes:
    return content.encode("latin-1", errors="replace") if isinstance(content, str) else content


def open_bounded(
    reader: Callable[[bytes], Opened],
    content: bytes | str,
    limits: Limits,
    *,
    part: str,
    code: str,
) -> Opened | ExtractionResult:
    """`reader(content)` in the bounded child; a defect `<code>_limit`, `<code>_too_large`
    or `<code>_broken` (the result to return as it is) when it goes over its limits, its
    package inflates past the caps, or it cannot be opened."""
    try:
        return run_bounded(reader, as_bytes(content), limits=limits)
    except LimitExceeded as exc:
        return failed(part, f"{code}_limit", exc.reason)
    except PackageTooLarge as exc:
        return failed(part, f"{code}_too_large", str(exc))
    except Exception as exc:  # not such a file after all, or a broken one
        return failed(part, f"{code}_broken", f"cannot open: {type(exc).__name__}")


def open_package(
    reader: Callable[[bytes], Opened],
    content: bytes | str,
    limits: Limits,
    *,
    part: str,
    code: str,
) -> tuple[Opened | ExtractionResult, list[Defect]]:
    """`open_bounded` for a zip package, and what the package asks of whoever opens it
    (DTDs, external links: `extractors.package_risks`) as defects to add to the result.
    A package past its caps or time is not handed to the reader, which would only meet
    the same caps again; one that cannot be opened still is, to say why."""
    risks = open_bounded(package_risks, content, limits, part=part, code=code)
    if isinstance(risks, ExtractionResult):
        if any(d.code.endswith(("_too_large", "_limit")) for d in risks.defects):
            return risks, []
        risks = []
    found = [Defect(code=f"{code}_{suffix}", detail=detail, part=part) for suffix, detail in risks]
    opened = open_bounded(reader, content, limits, part=part, code=code)
    if isinstance(opened, ExtractionResult):
        opened.defects += found
        return opened, []
    return opened, found


def read_lines(
    lines: Sequence[str],
    *,
    part: str,
    kind: ProvenanceKind,
    labels: LabelIndex,
    first_line: int = 1,
) -> ExtractionResult:
    def provenance(line: int, label: str) -> Provenance:
        return Provenance(part=part, kind=kind, line=line, label=label)

    numbered = list(enumerate(lines, start=first_line))
    return ExtractionResult(candidates=read_label_lines(numbered, labels, provenance))


def read_letter_lines(
    lines: Sequence[str], *, part: str, kind: ProvenanceKind, labels: LabelIndex
) -> ExtractionResult:
    """`read_lines`, and the typed values of the document's sentences for the fields no
    label gave (`extractors.letter_prose`): a request written in Word as a letter is
    prose, as the same words in a mail body are. Its lines are read by the body's line
    rules (`read_body_text`): a request typed into Word a paragraph a line says what the
    same lines say in a mail (a correction below, the agency's forwarded notice, full-width
    digits); the reader of a form's bare lines knew none of that."""

    def provenance(line: int, label: str) -> Provenance:
        return Provenance(part=part, kind=kind, line=line, label=label)

    result = read_body_text("\n".join(lines), labels, provenance, part=part)
    result.candidates = with_letter_prose(
        result.candidates, lines, part=part, kind=kind, labels=labels
    )
    # its sentences' values too: an office's head and signature blocks are its own
    result.candidates = without_intermediarys_line(
        list(enumerate(lines, start=1)), result.candidates
    )
    # an office's numbered letter for a student or a patient: its letterhead is its own
    result.candidates = without_offices_letterhead(lines, result.candidates)
    # a seller's paper: the agency as its customer, its address under it (its sentences' too)
    buyers = buyers_lines(list(enumerate(lines, start=1)))
    result.candidates = [
        behind(c, BUYER_CONFIDENCE) if c.provenance.line in buyers else c for c in result.candidates
    ]
    result.candidates = offices_subject(lines, result.candidates, part=part, kind=kind)
    return result
