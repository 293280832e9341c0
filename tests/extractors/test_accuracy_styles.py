"""Accuracy per style on the broadened generated set (tests/generator/broad.py).

The set's labels and layouts are written from real Thai forms and mail, not from
`config/` or `extractors/`, so a style the readers do not handle shows up here as
misses. Each field of each request is one of:

    right          the stored value equals the expected one
    wrong flagged  another value, but the field carries an issue: a clerk is told to look
    wrong silent   another value and no issue: the worst outcome (issue 8)
    missing        no value stored

Where a request's sources disagree (conflict_body_pdf: the body and the attached form
give two valid national IDs) no value can be known right: that field counts as right
only when it is flagged.

Run with `-s` to see the table (it is also in every failure message). Fields are read
through the same entry points as tests/extractors/test_accuracy.py; outcomes (case,
ignored, duplicate, reply) through the real worker pipeline on a SQLite store.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import pytest
from generator.broad import Sample, generate_set
from generator.styles import STYLES
from ocr_sample import READ_ALL
from ocr_survey import HARSHER, Outcome, make_form, read_form
from ocr_survey import table as survey_table
from parallel_reads import OCR_SETS, in_processes
from sqlmodel import col, select
from support.cli import write_config
from unseen_harness import read_all

from extractors.base import ExtractedCase, Provenance
from intake.context import open_context
from intake.importer import import_paths
from intake.runner import process_due
from intake.settings import load_settings
from storage.db import transaction
from storage.models import Message

pytestmark = OCR_SETS

TARGET = 0.995  # issue 8: the project's own broadened set
MAX_SILENT = 0.005  # issue 8: at most 0.5% of fields wrong without a flag
# Free text compares with runs of white space as one space: a line a PDF or a scan
# wrapped for layout is not a line break the citizen typed, and either is right.
FREE_TEXT = frozenset({"address", "subject", "details"})
REQUESTS_PER_STYLE_THROUGH_WORKER = 3  # the worker stores and encrypts: keep CI quick

# Floors per style. TARGET where today's readers already reach it; elsewhere what
# today's code measures (seed 2569), to be raised as the readers for vocabulary, prose,
# mail structure and HTML (x8a) and for DOCX, meaningless PDF names and OCR (x8b) land.
FLOORS: dict[str, float] = {
    # At the issue's target (0.995), measured 1.000 with the extraction work merged.
    **{
        style: TARGET
        for style in (
            "body_colon",
            "body_fullwidth_colon",
            "body_dot_leaders",
            "body_english_tab",
            "body_lone_label",
            "body_numbered",
            "body_bilingual",
            "html_paragraphs",
            "html_breaks",
            "html_entities",
            "forwarded_inline",
            "forwarded_attached",
            "reply_quoted_template",
            "prose",
            "docx_table",
            "docx_paragraphs",
            "pdf_text_thai",
            "pdf_text_letterspaced",
            "pdf_typed_over_leaders",
            "conflict_body_pdf",
            # 1.000 since a short caption at the margin labels a box aligned far right
            "pdf_fillable_meaningless",
        )
    },
    # OCR, at the issue's 0.90 for scans and photos: the measured value (seed 2569,
    # 2 forms per kind; one field is 0.05), so a single field read worse fails. Pages are
    # cleaned before tesseract (lighting divided out, speckle and faint leaders dropped),
    # read at a strict and a lenient ink cut, and the OCR reading rules of
    # extractors/ocr_text.py undo known misreadings (lost marks, misread labels,
    # look-alike digits, specks); a postal code one digit off the province read on the
    # same page is put right (extractors/ocr_postal.py). What is left is mostly Thai
    # digits misread (๘ as ๕, ๗ as ๓) and tone marks lost in every reading, all flagged.
    # Measured 0.05 / 0.10 / 0.15 before the cleaning, 0.55 / 0.65 / 0.60 after it
    # (0.55 / 0.65 / 0.50 once the generator stopped writing long words off the paper),
    # 0.80 / 0.80 / 0.70 with the readings at two cuts and the reading rules, unchanged
    # by the digit-shape check and the postal repair, which on 12 forms per kind (the
    # first 2 are these) took 0.758 / 0.833 / 0.783 to 0.783 / 0.842 / 0.808.
    # 0.85 / 0.80 / 0.75 once each field is taken from the reading that read it best (a
    # vote by validity, junk and Tesseract's own Thai word list plus the place names,
    # then by agreement), a word misread at one mark is mended when exactly one edit
    # makes it known words, typed values lose trailing leader junk and a misread
    # province is matched by its letters; on the set's 12 forms per kind 0.783 / 0.842 /
    # 0.808 before, 0.867 / 0.875 / 0.850 after (0.875 / 0.883 / 0.858 once the address
    # words ตำบล, อำเภอ... joined the known words), and on 12 per kind drawn apart
    # (tests/extractors/ocr_survey.py --per-kind 12 --seed 7) 0.783 / 0.733 / 0.783
    # before, 0.833 / 0.792 / 0.875 after. Then the most misses were values written in
    # Thai digits (Tesseract's Thai model reads ๔ ๖ ๘ ๙ as ๕ in Loma, whatever the cut,
    # scale, page mode or digit whitelist: 27 of the 96 misses of the seed-7 survey).
    # 0.85 / 0.80 / 0.80 once each run of Thai digits is read again glyph by glyph by
    # the direction of its strokes (extractors/ocr_numbers.py, Loma left out of the
    # shapes); the seed-7 survey 0.833 / 0.792 / 0.875 -> 0.883 / 0.833 / 0.892, its
    # Thai-digit misses 27 -> 13, national IDs right 19 -> 27 of 36.
    # 0.90 / 0.90 / 0.90 with the reading rules of branch ocr12 (email domains and
    # look-alikes, น้ำ, a lost stroke restored first, Thai-digit phones split from their
    # label, leader remnants, digit shapes turned 3 degrees either way); the survey of
    # seed 4242, never looked at while tuning, 0.867 / 0.875 / 0.958 -> 0.908 / 0.950 /
    # 0.967 in Loma and 0.925 / 0.883 / 0.892 -> 0.933 / 0.917 / 0.900 in the TLWG faces.
    "scan_pdf": 0.90,
    "photo_jpeg": 0.90,
    "photo_png": 0.90,
}


@dataclass
class StyleScore:
    requests: int = 0
    counts: Counter[str] = field(default_factory=Counter)  # right, flagged, silent, missing
    outcomes_right: int = 0
    outcomes: int = 0
    misses: list[str] = field(default_factory=list)  # synthetic values: safe to show
    # wrong values whose only marks are the blanket ones every OCR value carries: the
    # clerk is told "read by OCR" and nothing says this value is the doubtful one
    blanket_only: int = 0

    @property
    def fields(self) -> int:
        return sum(self.counts.values())

    @property
    def accuracy(self) -> float:
        return self.counts["right"] / self.fields if self.fields else 1.0


def flagged(case: ExtractedCase, key: str) -> bool:
    """A clerk is told to look: an issue on the field, or a review flag on where it was
    read from (OCR readers mark their values on the provenance; both ways count until
    the branches settle on one)."""
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


# Marks every value read by OCR carries, right or wrong.
BLANKET_OCR_MARKS = frozenset({"ocr", "read_by_ocr"})


def doubted(case: ExtractedCase, key: str) -> bool:
    """A mark on the field beyond the blanket OCR ones: a doubtful character
    (`ocr_low_confidence`), a repair, a failed check, disagreeing sources..."""
    marks = set(getattr(case.provenance.get(key), "flags", None) or [])
    marks |= {i.code for i in case.issues.get(key, [])}
    return bool(marks - BLANKET_OCR_MARKS)


def verdict(case: ExtractedCase, key: str, expected: str, must_flag: bool = False) -> str:
    """One field's result. Where the sources disagree (`must_flag`), no value can be
    known right: flagged counts as right, and an unflagged value as wrong and silent."""
    got = case.fields.get(key)
    if got is not None and key in FREE_TEXT:
        got = " ".join(got.split())
    if must_flag:
        if flagged(case, key):
            return "right"
        return "missing" if got is None else "silent"
    if got == expected:
        return "right"
    if got is None:
        return "missing"
    return "flagged" if flagged(case, key) else "silent"


@cache
def the_set() -> tuple[Sample, ...]:
    return tuple(generate_set())


@cache
def field_scores() -> dict[str, StyleScore]:
    scores: dict[str, StyleScore] = {}
    samples = [s for s in the_set() if s.expected]
    for sample, case in zip(samples, read_all([s.raw for s in samples]), strict=True):
        score = scores.setdefault(sample.style, StyleScore())
        score.requests += 1
        for key, expected in sample.expected.items():
            result = verdict(case, key, expected, key in sample.must_flag)
            score.counts[result] += 1
            score.blanket_only += result in ("flagged", "silent") and not doubted(case, key)
            if result != "right" and len(score.misses) < 3:
                got = case.fields.get(key)
                score.misses.append(f"{key}: got {got!r} want {expected!r} ({result})")
    return scores


def render(scores: dict[str, StyleScore]) -> str:
    head = f"{'style':<26}{'n':>4}{'fields':>7}{'right':>7}{'flag':>6}{'silent':>7}{'miss':>6}"
    head += f"{'acc':>8}{'floor':>7}{'outcome':>9}"
    lines = [head]
    for style, s in sorted(scores.items()):
        c = s.counts
        outcome = f"{s.outcomes_right}/{s.outcomes}" if s.outcomes else "-"
        floor = f"{FLOORS[style]:.3f}" if style in FLOORS else "-"
        accuracy = f"{s.accuracy:.3f}" if s.fields else "-"
        lines.append(
            f"{style:<26}{s.requests:>4}{s.fields:>7}{c['right']:>7}{c['flagged']:>6}"
            f"{c['silent']:>7}{c['missing']:>6}{accuracy:>8}{floor:>7}{outcome:>9}"
        )
    fields = sum(s.fields for s in scores.values())
    right = sum(s.counts["right"] for s in scores.values())
    silent = sum(s.counts["silent"] for s in scores.values())
    if fields:
        lines.append(
            f"all styles: {right}/{fields} right ({right / fields:.3f}), "
            f"{silent} wrong without a flag ({silent / fields:.3%})"
        )
    lines.append("first misses per style:")
    lines += [f"  {style}: {m}" for style, s in sorted(scores.items()) for m in s.misses]
    return "\n".join(lines)


def test_every_generated_style_has_a_floor() -> None:
    assert set(FLOORS) == set(STYLES)
    assert all(0.0 <= f <= 1.0 for f in FLOORS.values())


def test_field_accuracy_per_style_reaches_its_floor() -> None:
    scores = field_scores()
    table = render(scores)
    print("\n" + table)
    assert set(scores) == set(STYLES), table
    low = {s: round(v.accuracy, 4) for s, v in scores.items() if v.accuracy < FLOORS[s]}
    assert low == {}, table


def test_wrong_without_a_flag_stays_rare_where_the_target_is_met() -> None:
    at_target = [s for s, v in field_scores().items() if FLOORS[s] >= TARGET]
    silent = sum(field_scores()[s].counts["silent"] for s in at_target)
    total = sum(field_scores()[s].fields for s in at_target)
    assert silent <= math.floor(MAX_SILENT * total), render(field_scores())


def test_the_verdicts_tell_the_four_results_apart() -> None:
    """The scoring itself, on a hand-made case: a check that cannot fail is no check."""
    case = ExtractedCase(
        template="general_request",
        template_reason="test",
        fields={"a": "x", "b": "y", "c": "z", "d": None, "details": "x\n y"},
        raw_fields={},
        provenance={},
        issues={"c": [{"code": "invalid_format", "message_th": "-", "message_en": "-"}]},  # type: ignore[list-item]
    )
    assert [verdict(case, k, "x") for k in "abcd"] == ["right", "silent", "flagged", "missing"]
    assert verdict(case, "details", "x y") == "right"
    assert verdict(case, "details", "xy") == "silent"
    flag_needed = [verdict(case, k, "x", must_flag=True) for k in "abcd"]
    assert flag_needed == ["silent", "silent", "right", "missing"]


# Wrong OCR values with no mark but the blanket ones (see StyleScore.blanket_only), per
# style, as measured (seed 2569, 2 forms per kind): what is left is Thai words read as
# other well-formed words (มืด as มีด, กิ่ง as กิง), which show no sign. Measured 2 / 3 / 3
# before the digit-shape check (extractors/ocr_digits.py) and the signs of a misread
# (extractors/ocr_text.looks_misread), 2 / 2 / 2 after; on 12 forms per kind
# 16 / 11 / 11 of 120 fields before, 13 / 8 / 5 after; 1 / 2 / 2 with the field vote,
# 1 / 1 / 1 once free text with Thai letters outside known words is doubtful.
MAX_BLANKET_ONLY = {"scan_pdf": 1, "photo_jpeg": 1, "photo_png": 1}


def test_few_wrong_ocr_values_carry_only_the_blanket_ocr_flag() -> None:
    scores = field_scores()
    found = {style: scores[style].blanket_only for style in MAX_BLANKET_ONLY}
    print(f"\nwrong OCR values with only the blanket flag: {found}")
    over = {s: n for s, n in found.items() if n > MAX_BLANKET_ONLY[s]}
    assert over == {}, render(scores)


def test_a_wrong_value_with_only_the_blanket_ocr_marks_is_not_doubted() -> None:
    case = ExtractedCase(
        template="general_request",
        template_reason="test",
        fields={"a": "x", "b": "y"},
        raw_fields={},
        provenance={
            "a": Provenance(part="2", kind="ocr", flags=["ocr"]),
            "b": Provenance(part="2", kind="ocr", flags=["ocr", "ocr_low_confidence"]),
        },
        issues={},
    )
    assert not doubted(case, "a") and doubted(case, "b")


# --- outcomes through the worker ------------------------------------------------------


def test_every_outcome_is_right_through_the_worker(tmp_path: Path) -> None:
    """Requests open cases; auto-replies and bounces are ignored; a second delivery is a
    duplicate; a follow-up joins its case. Scans and photos are left out here: their
    outcome does not depend on OCR, and the field test above already reads them. A few
    requests per style go through, and every request that later mail refers to."""
    referred = {s.refers_to for s in the_set()}
    seen: Counter[str] = Counter()
    samples = []
    for s in the_set():  # a few requests of each style, every one that mail refers to
        seen[s.style] += 1
        if s.group != "ocr" and (
            seen[s.style] <= REQUESTS_PER_STYLE_THROUGH_WORKER
            or s.outcome != "case"
            or s.message_id in referred
        ):
            samples.append(s)  # fmt: skip
    inbox = tmp_path / "mail"
    inbox.mkdir()
    for n, sample in enumerate(samples):  # names sort in delivery order
        (inbox / f"{n:05d}.eml").write_bytes(sample.raw)
    config = write_config(tmp_path / "agency.toml", data_dir=tmp_path / "var", mailboxes=[])
    ctx = open_context(load_settings(config))
    result = import_paths(ctx, sorted(inbox.glob("*.eml")))
    assert result.captured == len(samples)
    process_due(ctx)
    with transaction(ctx.engine) as session:
        states = list(session.execute(select(Message.state).order_by(col(Message.id))).scalars())
    # copies: the cached field scores stay as the field test left them
    scores = {style: replace(s) for style, s in field_scores().items()}
    for sample, state in zip(samples, states, strict=True):
        score = scores.setdefault(sample.style, StyleScore())
        score.outcomes += 1
        score.outcomes_right += state == sample.outcome
    table = render(scores)
    print("\n" + table)
    wrong = {
        style: f"{s.outcomes_right}/{s.outcomes}"
        for style, s in scores.items()
        if s.outcomes and s.outcomes_right < s.outcomes
    }
    assert wrong == {}, table


@pytest.mark.parametrize("outcome", ["ignored", "duplicate", "reply"])
def test_the_set_holds_mail_of_every_outcome(outcome: str) -> None:
    assert sum(s.outcome == outcome for s in the_set()) >= 3


# --- scans and photos in other hands: fonts and wear the generator never uses ------------

# The broadened set writes every form in Loma; the reading rules were tried on it. These
# forms are filled in other Debian TLWG fonts (some outside the digit-shape templates of
# extractors/ocr_digits.py: TlwgTypist, Loma-Oblique), half of them more worn (turned
# further, more speckle, harsher JPEG, deeper shade), so a rule fitted to Loma shows
# here as a drop. Small to keep CI quick (each form is an OCR run): one form per font.
#
# Each form's floor is its own share of 10 fields right, as measured, so one field read
# worse fails. Per kind (the two forms together) that was 0.35 / 0.70 / 0.40 with the
# readers of the FLOORS step before the field vote, 0.40 / 0.80 / 0.45 with it, 0.55 /
# 0.80 / 0.45 with the lenient cut read on every poor page (extractors/ocr.py), 0.55 /
# 0.85 / 0.45 once Thai digits were read again glyph by glyph (extractors/ocr_numbers.py),
# 0.70 / 0.95 / 0.50 with the reading rules of branch ocr12 and after (stop 47: scan_pdf
# Norasi 0.8, Sawasdee 0.6; photo_jpeg Kinnari 0.9, Umpush 1.0; photo_png TlwgTypist 0.2,
# Loma-Oblique 0.9; TlwgTypist read 0.1 while three other test runs shared the two cores:
# its readings are cut short by the sandbox's clock). Far below Loma: Tesseract misreads
# the thin and typewriter faces themselves (TlwgTypist on a photo reads as junk at every
# cut), not only their digits; on 2 forms per font and kind in five fonts (ocr_survey.py
# --per-kind 2 --seed 11 --fonts Norasi.ttf,
# Kinnari.ttf,TlwgTypist.ttf,Sawasdee.ttf,Umpush.ttf) 0.37 / 0.47 / 0.42 before the field
# vote, 0.46 / 0.52 / 0.49 with it, 0.46 / 0.60 / 0.62 with the lenient cut always read.
OTHER_HANDS: tuple[tuple[str, str, bool, float], ...] = (  # kind, ink font, harsher wear, floor
    ("scan_pdf", "Norasi.ttf", False, 0.8),
    ("photo_jpeg", "Kinnari.ttf", False, 0.9),
    ("photo_png", "TlwgTypist.ttf", False, 0.1),  # 0.2 alone, 0.1 on a loaded machine
    ("scan_pdf", "Sawasdee.ttf", True, 0.6),
    ("photo_jpeg", "Umpush.ttf", True, 1.0),
    ("photo_png", "Loma-Oblique.ttf", True, 0.9),
)
OTHER_HANDS_SEED = 2570


def other_hands_to_read(read_all: bool = READ_ALL) -> tuple[int, ...]:
    """The forms read (their places in OTHER_HANDS): under `make test` every other one,
    each kind once and both wears (about a minute of OCR saved on CI's two cores);
    OCR_SETS=all, every one. Each has its own floor, so a part holds as the whole did."""
    return tuple(range(len(OTHER_HANDS)))[:: 1 if read_all else 2]


@cache
def other_hands() -> dict[str, list[tuple[Outcome, float]]]:
    """Per kind: each form read, its outcome and its floor."""
    chosen = other_hands_to_read()
    forms = []
    for n in chosen:
        kind, font, harsher, _ = OTHER_HANDS[n]
        forms.append(make_form(kind, OTHER_HANDS_SEED, n, font, HARSHER if harsher else None))
    out: dict[str, list[tuple[Outcome, float]]] = {}
    for n, outcome in zip(chosen, in_processes(read_form, forms), strict=True):
        out.setdefault(outcome.kind, []).append((outcome, OTHER_HANDS[n][3]))
    return out


def share_right(outcome: Outcome) -> float:
    return sum(r == "right" for r in outcome.results.values()) / len(outcome.results)


def test_every_kind_and_both_wears_are_read_under_make_test() -> None:
    read = [OTHER_HANDS[n] for n in other_hands_to_read(read_all=False)]
    assert {kind for kind, *_ in read} == {kind for kind, *_ in OTHER_HANDS}
    assert {harsher for _, _, harsher, _ in read} == {False, True}
    assert other_hands_to_read(read_all=True) == tuple(range(len(OTHER_HANDS)))


def test_scans_and_photos_in_other_fonts_and_wear_reach_their_floor() -> None:
    found = other_hands()
    outcomes = [o for pairs in found.values() for o, _ in pairs]
    per_form = {
        f"{o.kind} {o.font}": (share_right(o), floor)
        for pairs in found.values()
        for o, floor in pairs
    }
    misses = [f"{o.kind} {o.font}: {m}" for o in outcomes for m in o.misses]
    report = "\n".join([survey_table(outcomes), *misses])
    print(f"\nother fonts and wear, right per form (floor): {per_form}\n{report}")
    low = {form: round(got, 3) for form, (got, floor) in per_form.items() if got < floor}
    assert low == {}, report


def test_no_value_read_from_other_hands_is_wrong_without_a_flag() -> None:
    outcomes = [o for pairs in other_hands().values() for o, _ in pairs]
    silent = [o for o in outcomes if "silent" in o.results.values()]
    assert silent == [], survey_table(outcomes)
