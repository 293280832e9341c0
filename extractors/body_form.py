"""`label: value` lines in a text body, the usual way a citizen fills a template into a mail.

Recognised shapes, each with a confidence factor (an explicit colon is the surest sign):

    ชื่อ-นามสกุล: นายสมชาย ใจดี        label, colon (ASCII or full-width), value
    Phone : 081 234 5678
    ชื่อ-นามสกุล ........ นายสมชาย      dot leaders or underscores
    เรื่อง<TAB or 2+ spaces>ขอสำเนา     wide gap after an exact label
    เรื่อง ขอสำเนาเอกสาร               single space after an exact Thai label (Thai letters)
    ที่อยู่:                             value on the next line(s)

Quoted reply text ("> ...", "On ... wrote:") and the signature after "-- " are skipped:
they are somebody else's words or the sender's boilerplate, not the request.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from extractors.base import ExtractionResult, FieldCandidate, LabelIndex, Provenance
from extractors.charsets import decode_bytes

ProvenanceKind = Literal[
    "body_text", "body_html", "pdf_form", "pdf_text", "spreadsheet", "docx", "ocr"
]
MakeProvenance = Callable[[int, str], Provenance]  # (line number, label as written)

MAX_LINES = 5000  # a request form is short; a huge body is read only this far
MAX_LABEL_CHARS = 60
# Blank lines allowed between a lone label and its value.
MAX_GAP = 2

_COLON = re.compile(r"[:：∶]")
_LEADERS = re.compile(r"\s*(?:\.{3,}|_{3,}|…+)\s*")
_WIDE_GAP = re.compile(r"\t+|\s{2,}")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_EMPTY_VALUE = re.compile(r"^[\s.\-_…]*$")
_REPLY_HEADER = re.compile(
    r"^(?:On\s.+\swrote:|เมื่อ\s.+\sเขียนว่า:?|-{2,}\s*Original Message\s*-{2,})\s*$",
    re.IGNORECASE,
)


@runtime_checkable
class MultilineAware(Protocol):
    """A label index that also knows which fields run over several lines (address...)."""

    def is_multiline(self, key: str) -> bool: ...


@dataclass(frozen=True)
class LabelLine:
    key: str
    label: str  # as written
    value: str  # "" when the value is on the next line(s)
    confidence: float


def decode_text_bytes(data: bytes) -> str:
    """Text from bytes of undeclared charset (a text attachment): detected, Thai-aware."""
    return decode_bytes(data, None)[0]


def request_lines(text: str, max_lines: int = MAX_LINES) -> list[tuple[int, str]]:
    """(1-based line number, line) of the citizen's own text: no quotes, no signature."""
    kept: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines()[:max_lines], start=1):
        if line.rstrip() == "--" or _REPLY_HEADER.match(line.strip()):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append((number, line))
    return kept


def _clean_value(value: str) -> str:
    value = _LEADERS.sub(" ", value).strip()
    return "" if _EMPTY_VALUE.match(value) else value


def _colon_split(line: str) -> tuple[str, str] | None:
    """Split at the first colon that is not inside a time or ratio ("10:30")."""
    for m in _COLON.finditer(line):
        before, after = line[: m.start()], line[m.end() :]
        if before[-1:].isdigit() and after[:1].isdigit():
            continue
        return before, after
    return None


def _options(line: str) -> Iterator[tuple[str, str, float]]:
    """(label, value, factor) for each way the line may be read as label and value."""
    split = _colon_split(line)
    if split is not None:
        yield split[0], split[1], 1.0
    leaders = _LEADERS.search(line)
    if leaders is not None and leaders.start() > 0:
        yield line[: leaders.start()], line[leaders.end() :], 0.95
    stripped = line.strip()
    gap = _WIDE_GAP.search(stripped)
    if gap is not None:
        yield stripped[: gap.start()], stripped[gap.end() :], 0.9
    words = stripped.split(" ")
    for n in range(1, min(4, len(words))):
        label = " ".join(words[:n])
        if _THAI.search(label):
            yield label, " ".join(words[n:]), 0.85
    yield stripped, "", 0.9  # a label standing alone: value on the next line


def parse_label_line(line: str, labels: LabelIndex) -> LabelLine | None:
    """Read one line as a label (and maybe its value); None for ordinary text."""
    if " | " in line:  # a flattened table row of 3+ cells: the HTML table reader's job
        return None
    best: LabelLine | None = None
    for label, value, factor in _options(line):
        label = label.strip()
        if not label or len(label) > MAX_LABEL_CHARS:
            continue
        found = labels.match(label)
        if found is None:
            continue
        key, confidence = found
        if factor < 1.0 and confidence < 0.9:  # without a colon, only a sure label counts
            continue
        score = round(confidence * factor, 3)
        if best is None or score > best.confidence:
            best = LabelLine(key, label, _clean_value(value), score)
    return best


def read_label_lines(
    lines: Sequence[tuple[int, str]], labels: LabelIndex, provenance: MakeProvenance
) -> list[FieldCandidate]:
    """Candidates from numbered lines; shared by the body and PDF page-text readers."""
    multiline = labels.is_multiline if isinstance(labels, MultilineAware) else lambda _: False
    parsed = [parse_label_line(line, labels) if line.strip() else None for _, line in lines]
    candidates: list[FieldCandidate] = []
    i = 0
    while i < len(lines):
        start, found = i, parsed[i]
        i += 1
        if found is None:
            continue
        values = [found.value] if found.value else []
        if not values:  # the value is on the next non-blank line, unless that is a label
            gap = 0
            while i < len(lines) and not lines[i][1].strip() and gap < MAX_GAP:
                i, gap = i + 1, gap + 1
            if i < len(lines) and parsed[i] is None and lines[i][1].strip():
                values.append(_clean_value(lines[i][1]))
                i += 1
        if values and multiline(found.key):  # continue until a blank line or the next label
            while i < len(lines) and lines[i][1].strip() and parsed[i] is None:
                values.append(_clean_value(lines[i][1]))
                i += 1
        value = "\n".join(v for v in values if v)
        if value:
            candidates.append(
                FieldCandidate(
                    key=found.key,
                    value=value,
                    provenance=provenance(lines[start][0], found.label),
                    confidence=found.confidence,
                )
            )
    return candidates


class BodyFormExtractor:
    """Text body (or HTML converted to text) in, `label: value` candidates out."""

    name = "body_form"

    def __init__(self, kind: ProvenanceKind = "body_text") -> None:
        self.kind: ProvenanceKind = kind

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        text = decode_text_bytes(content) if isinstance(content, bytes) else content

        def provenance(line: int, label: str) -> Provenance:
            return Provenance(part=part, kind=self.kind, line=line, label=label)

        return ExtractionResult(
            candidates=read_label_lines(request_lines(text), labels, provenance)
        )
