"""Field accuracy of the whole extraction path on generated Thai requests.

The generator (tests/generator) shares no code with `extractors`, so a wrong expected
value cannot be produced by the same bug that produces a wrong extracted one. Run with
`-s` to see the figures; they are also in the failure message.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from generator.requests import KEYS, GeneratedRequest, generate_requests

from extractors.base import ExtractedCase, FormTemplate
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]

MIN_ACCURACY = 0.98
MIN_REQUESTS = 200
EXAMPLES_PER_KEY = 4


@dataclass
class Tally:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)

    def add(self, name: str, ok: bool) -> None:
        self.total[name] += 1
        self.right[name] += ok

    def rate(self, name: str) -> float:
        return self.right[name] / self.total[name] if self.total[name] else 0.0


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_key: Tally = field(default_factory=Tally)
    by_format: Tally = field(default_factory=Tally)
    templates: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)  # "format: ExceptionType"
    # The data are synthetic, so showing values here exposes no real person.
    examples: dict[str, list[str]] = field(default_factory=dict)

    def render(self) -> str:
        lines = [
            f"field accuracy {self.overall.rate('all'):.4f} "
            f"({self.overall.right['all']}/{self.overall.total['all']})",
            "per key:",
            *(f"  {k:<12} {self.by_key.rate(k):.3f}" for k in KEYS),
            "per format:",
            *(f"  {f:<26} {self.by_format.rate(f):.3f}" for f in sorted(self.by_format.total)),
            f"templates chosen: {dict(self.templates)}",
            f"exceptions: {len(self.errors)} {Counter(self.errors).most_common(5)}",
            "examples of misses (format | label | written -> got | expected):",
            *(f"  {k}: {ex}" for k, exs in self.examples.items() for ex in exs),
        ]
        return "\n".join(lines)


def run_one(raw: bytes, templates: list[FormTemplate]) -> ExtractedCase:
    return extract_case(parse_message(raw), templates)


def score(report: Report, req: GeneratedRequest, case: ExtractedCase | None) -> None:
    fields = case.fields if case is not None else {}
    if case is not None:
        report.templates[case.template] += 1
    for key in KEYS:
        got = fields.get(key)
        ok = got == req.expected[key]
        for tally, name in ((report.overall, "all"), (report.by_key, key)):
            tally.add(name, ok)
        report.by_format.add(req.format, ok)
        if not ok and len(report.examples.setdefault(key, [])) < EXAMPLES_PER_KEY:
            example = f"{req.format} | {req.labels[key]!r} | {req.written[key]!r} -> {got!r}"
            report.examples[key].append(f"{example} | {req.expected[key]!r}")


def measure(requests: list[GeneratedRequest], templates: list[FormTemplate]) -> Report:
    report = Report()
    for req in requests:
        case = None
        try:
            case = run_one(req.raw, templates)
        except Exception as exc:  # counted and asserted below: none may escape
            report.errors.append(f"{req.format}: {type(exc).__name__}")
        score(report, req, case)
    return report


def test_generated_requests_reach_the_field_accuracy_floor() -> None:
    requests = generate_requests()
    assert len(requests) >= MIN_REQUESTS
    report = measure(requests, load_templates(ROOT / "config" / "forms"))
    text = report.render()
    print("\n" + text)
    assert report.errors == [], text
    assert report.overall.total["all"] == len(requests) * len(KEYS)
    assert report.overall.rate("all") >= MIN_ACCURACY, text
