"""The measuring harness shared by the sets of requests written by others (issue 8).

Each field of each request is right (the value is one a clerk would accept), wrong
flagged (another value, but the field carries a review issue or flag), wrong silent
(another value and no flag: the worst outcome) or missing. A field the chosen template
does not collect is counted apart as "n/a": storing it would collect personal data the
work does not need.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from ocr_sample import what_was_read
from parallel_reads import in_threads
from unseen_requests import Case

from extractors.base import ExtractedCase, FormTemplate
from extractors.charsets import register_thai_codecs
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TARGET = 0.99  # issue 8: typed text of every style, on a set written by others
MAX_SILENT = 0.005  # issue 8: at most 0.5% of all fields wrong without a flag
HELD_SILENT = 0.0  # what every set reads now: see HeldOutSet.assert_silent_at_most
FREE_TEXT = frozenset({"address", "subject", "details"})


@dataclass
class StyleScore:
    requests: int = 0
    counts: Counter[str] = field(default_factory=Counter)  # right, flagged, silent, missing
    not_collected: int = 0  # fields the chosen template does not have
    right_flagged: int = 0  # right, but a clerk is asked to look anyway
    misses: list[str] = field(default_factory=list)  # invented values: safe to show

    @property
    def fields(self) -> int:
        return sum(self.counts.values())

    @property
    def accuracy(self) -> float:
        return self.counts["right"] / self.fields if self.fields else 1.0


def flagged(case: ExtractedCase, key: str) -> bool:
    """A clerk is told to look: an issue on the field or a flag on its provenance."""
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def verdict(case: ExtractedCase, key: str, accepted: tuple[str, ...]) -> str:
    """`accepted` empty: the value as typed cannot be right (an ID whose check digit
    fails), so only a flag, or no value at all, is right."""
    got = case.fields.get(key)
    if not accepted:
        return "right" if flagged(case, key) or got is None else "silent"
    if got is None:
        return "missing"
    if key in FREE_TEXT:
        got = " ".join(got.split())
    if got in accepted:
        return "right"
    return "flagged" if flagged(case, key) else "silent"


@cache
def templates() -> list[FormTemplate]:
    return load_templates(ROOT / "config" / "forms")


@cache
def template_keys(name: str) -> frozenset[str]:
    return frozenset(f.key for t in templates() if t.name == name for f in t.fields)


def read(raw: bytes) -> ExtractedCase:
    return extract_case(parse_message(raw), templates())


def read_all(raws: Sequence[bytes]) -> list[ExtractedCase]:
    """Each mail's case, in the mails' order (a few at once: OCR'd pages take long)."""
    # What the first parse would do once, done here before the threads share it: the
    # Thai codecs registered (process-wide, charsets.py) and the templates loaded. The
    # first mail used to be read alone for that, one core idle for a whole OCR'd page.
    register_thai_codecs()
    templates()
    return in_threads(read, raws)


def score(cases: Iterable[Case]) -> dict[str, StyleScore]:
    table: dict[str, StyleScore] = {}
    samples = list(cases)
    for sample, case in zip(samples, read_all([s.raw for s in samples]), strict=True):
        style = table.setdefault(sample.style, StyleScore())
        style.requests += 1
        collected = template_keys(case.template)
        for key, accepted in sample.expected.items():
            if key not in collected:
                style.not_collected += 1
                continue
            result = verdict(case, key, accepted)
            style.counts[result] += 1
            style.right_flagged += result == "right" and flagged(case, key)
            if result != "right" and len(style.misses) < 6:
                got = case.fields.get(key)
                want = accepted[-1] if accepted else "a flag"
                style.misses.append(f"{key}: got {got!r} want {want!r} ({result})")
    return table


def totals(table: Mapping[str, StyleScore]) -> Counter[str]:
    return sum((s.counts for s in table.values()), Counter())


def render(table: Mapping[str, StyleScore], floors: Mapping[str, float]) -> str:
    width = max(22, *(len(style) + 1 for style in table))
    head = f"{'style':<{width}}{'n':>3}{'fields':>7}{'right':>6}{'(flagged)':>10}{'flag':>5}"
    lines = [head + f"{'silent':>7}{'miss':>5}{'n/a':>5}{'acc':>7}{'floor':>7}"]
    for style, s in table.items():
        c = s.counts
        floor = floors.get(style, TARGET)
        lines.append(
            f"{style:<{width}}{s.requests:>3}{s.fields:>7}{c['right']:>6}{s.right_flagged:>10}"
            f"{c['flagged']:>5}{c['silent']:>7}{c['missing']:>5}{s.not_collected:>5}"
            f"{s.accuracy:>7.3f}{floor:>7.3f}"
        )
    all_ = totals(table)
    fields = sum(all_.values())
    right_flagged = sum(s.right_flagged for s in table.values())
    lines.append(
        f"all styles: {all_['right']}/{fields} right ({all_['right'] / fields:.3f}), "
        f"{all_['flagged']} wrong flagged, {all_['silent']} wrong without a flag "
        f"({all_['silent'] / fields:.3%}), {all_['missing']} missing; "
        # a clerk asked to look at right values too: the flags' cost, beside their worth
        f"{right_flagged} right but flagged ({right_flagged / max(all_['right'], 1):.1%} of right)"
    )
    lines.append("misses:")
    lines += [f"  {style}: {m}" for style, s in table.items() for m in s.misses]
    return "\n".join(lines)


def below_floor(table: Mapping[str, StyleScore], floors: Mapping[str, float]) -> dict[str, float]:
    return {
        style: round(s.accuracy, 3)
        for style, s in table.items()
        if s.accuracy < floors.get(style, TARGET)
    }


def silent_share(table: Mapping[str, StyleScore]) -> float:
    all_ = totals(table)
    return all_["silent"] / sum(all_.values())


@dataclass
class HeldOutSet:
    """One set's checks: its size, each style against its floor, the silent share."""

    build: Callable[[], Iterable[Case]]
    floors: Mapping[str, float]
    # The cases read and scored; all of them but for scanned and photographed pages,
    # of which `make test` reads a fixed half (ocr_sample.py).
    to_read: Callable[[tuple[Case, ...]], tuple[Case, ...]] = tuple

    @cached_property
    def cases(self) -> tuple[Case, ...]:
        return tuple(self.build())

    @cached_property
    def read(self) -> tuple[Case, ...]:
        return self.to_read(self.cases)

    @cached_property
    def table(self) -> dict[str, StyleScore]:
        return score(self.read)

    def assert_size(self, *, requests: int, styles: int, fields: int) -> None:
        assert len(self.cases) >= requests
        assert len({c.style for c in self.cases}) >= styles
        assert sum(len(c.expected) for c in self.cases) >= fields

    def assert_floors(self) -> None:
        """Run with `-s` to see the table per style; it is in every failure message too."""
        print("\n" + render(self.table, self.floors))
        if len(self.read) < len(self.cases):
            print(what_was_read(self.read, self.cases, "requests"))
        low = below_floor(self.table, self.floors)
        assert not low, f"styles below their floor: {low}\n{render(self.table, self.floors)}"

    def assert_silent_at_most(self, share: float = HELD_SILENT) -> None:
        """Issue 8's line is MAX_SILENT; every set reads with none now (stop 33), so one
        silent value anywhere is held as a regression, not spent against the line: set
        6's cut address went silent under the line unnoticed until then."""
        assert silent_share(self.table) <= share, render(self.table, self.floors)


def by_kind(table: Mapping[str, StyleScore], kinds: Mapping[str, str]) -> str:
    """The table summed by kind of input (`kinds`: style -> kind), for sets of several."""
    sums: dict[str, Counter[str]] = {}
    for style, s in table.items():
        sums.setdefault(kinds[style], Counter()).update(s.counts)
    lines = [f"{'kind':<10}{'fields':>7}{'right':>6}{'flag':>5}{'silent':>7}{'miss':>5}{'acc':>7}"]
    for kind, c in sums.items():
        n = sum(c.values())
        lines.append(f"{kind:<10}{n:>7}{c['right']:>6}{c['flagged']:>5}{c['silent']:>7}"
                     f"{c['missing']:>5}{c['right'] / n:>7.3f}")  # fmt: skip
    return "\n".join(lines)
