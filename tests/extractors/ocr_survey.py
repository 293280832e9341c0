"""Where OCR misses, per field kind and per cause, on scans and photos of filled forms.

    PYTHONPATH=tests .venv/bin/python tests/extractors/ocr_survey.py --per-kind 12 --seed 7
    PYTHONPATH=tests .venv/bin/python tests/extractors/ocr_survey.py --per-kind 2 --seed 11 \
        --fonts Norasi.ttf,Kinnari.ttf,TlwgTypist.ttf,Sawasdee.ttf,Umpush.ttf
    # faces not from TLWG (installed locally: fonts-noto-core, fonts-arundina), by file
    # name as fontconfig lists them or by absolute path
    ... --fonts NotoSansThai-Regular.ttf,NotoSerifThai-Regular.ttf,ArundinaSans.ttf

Each form is drawn as the broadened set draws its scans and photos (tests/generator), in
the generator's ink font or in the fonts given, read through `extract_case`, and every
field that is not right is put down to one of two causes:

    ocr      no reading of the page holds the value as the citizen wrote it: Tesseract
             misread a character (a digit, a lost mark)
    ๐-๙      the same, in a value written in Thai digits (Tesseract's Thai model reads
             ๔ ๖ ๘ ๙ as ๕ and ๗ as ๓ in most hands)
    reader   some reading holds it, and our reading of the lines lost it (label not
             found, value cut, wrong line, a rule that changed it)

The figures are what `test_accuracy_styles.py` counts (right / flagged / silent /
missing); every OCR value carries the blanket flag `ocr`, so `blanket` counts the wrong
values with no other mark (nothing says this value is the doubtful one, see
test_accuracy_styles.doubted). The forms are synthetic: values are safe to print.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from generator import documents
from generator.citizens import KEYS, Citizen, make_citizen
from generator.styles import FORM_TITLES, attach, pairs, th_label
from typed_mail import flagged

from extractors.base import ExtractedCase, FormTemplate
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.thai import normalise_thai_text, thai_digits_to_arabic

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("scan_pdf", "photo_jpeg", "photo_png")
FREE_TEXT = frozenset({"address", "subject", "details"})


@dataclass(frozen=True)
class Degradation:
    """How worn the paper's picture is; the default is the generator's own."""

    scan_turn: float = 1.5
    scan_speckle: float = 0.06
    photo_turn: float = 3.5
    photo_speckle: float = 0.04
    jpeg_quality: int = 72
    shade: int = 4


HARSHER = Degradation(
    scan_turn=2.5, scan_speckle=0.09, photo_turn=5.0, photo_speckle=0.06, jpeg_quality=55, shade=3
)


@dataclass(frozen=True)
class Form:
    kind: str
    font: str
    raw: bytes
    citizen: Citizen


def make_form(
    kind: str, seed: int, i: int, font: str = documents.INK_FONT, wear: Degradation | None = None
) -> Form:
    """One filled form of `kind`, its values in `font`; the same arguments, the same bytes."""
    wear = wear or Degradation()
    rng = random.Random(f"{seed}:{kind}:{font}:{i}")
    citizen = make_citizen(rng)
    rows = pairs(rng, citizen, th_label)
    page = documents.render_paper(rng.choice(FORM_TITLES), rows, ink_font=font)
    if kind == "scan_pdf":
        data = documents.scanned_pdf(rng, page, turn=wear.scan_turn, speckle=wear.scan_speckle)
        ctype, name = "application/pdf", "scan.pdf"
    else:
        fmt = "jpeg" if kind == "photo_jpeg" else "png"
        data = documents.phone_photo(
            rng,
            page,
            fmt,
            turn=wear.photo_turn,
            speckle=wear.photo_speckle,
            quality=wear.jpeg_quality,
            shade=wear.shade,
        )
        ctype, name = f"image/{fmt}", f"form.{fmt[:3]}"
    return Form(kind, font, attach(rng, citizen, data, ctype, name).as_bytes(), citizen)


@cache
def templates() -> list[FormTemplate]:
    from extractors.templates import load_templates

    return load_templates(ROOT / "config" / "forms")


BLANKET_OCR_MARKS = frozenset({"ocr", "read_by_ocr"})  # on every value OCR read


def doubted(case: ExtractedCase, key: str) -> bool:
    """A mark on the field beyond the blanket OCR ones (a doubtful character, a repair)."""
    marks = set(getattr(case.provenance.get(key), "flags", None) or [])
    marks |= {i.code for i in case.issues.get(key, [])}
    return bool(marks - BLANKET_OCR_MARKS)


def verdict(case: ExtractedCase, key: str, expected: str) -> str:
    got = case.fields.get(key)
    if got is not None and key in FREE_TEXT:
        got = " ".join(got.split())
    if got == expected:
        return "right"
    if got is None:
        return "missing"
    return "flagged" if flagged(case, key) else "silent"


@dataclass
class Outcome:
    kind: str
    font: str
    results: dict[str, str]  # key -> right / flagged / silent / missing
    causes: dict[str, str]  # key -> ocr / reader, for the fields not right
    misses: list[str] = field(default_factory=list)
    blanket: int = 0  # wrong values with no mark but the blanket OCR ones


def _squash(text: str) -> str:
    return thai_digits_to_arabic(normalise_thai_text(text)).replace(" ", "").replace("\n", "")


CACHE: Path | None = None  # --cache: the child's pages kept, to try reading rules fast


def _cached_run(func: Callable[..., Any], *args: Any, limits: Any = None) -> Any:
    from extractors.sandbox import run_bounded

    assert CACHE is not None
    digest = hashlib.sha256(repr((func.__name__, args)).encode()).hexdigest()[:24]
    path = CACHE / f"{digest}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    result = run_bounded(func, *args, limits=limits)
    path.write_bytes(pickle.dumps(result))
    return result


def read_form(form: Form, cache_dir: Path | None = None) -> Outcome:
    """Read one form; the page's OCR lines (every reading) say the cause of each miss."""
    import extractors.ocr as ocr

    global CACHE
    CACHE = cache_dir
    seen: list[str] = []
    original = ocr.best_reading
    if cache_dir is not None:
        run = ocr.run_bounded
        ocr.run_bounded = lambda f, *a, limits=None: (  # type: ignore[assignment]
            _cached_run(f, *a, limits=limits)
            if f in (ocr.ocr_image, ocr.ocr_pdf)
            else run(f, *a, limits=limits)
        )

    def spying(page: ocr.OcrPage, part: str, labels: object) -> object:
        for reading in (page, *page.alternatives):
            seen.append("".join(_squash(line.text) for line in reading.lines))
        return original(page, part, labels)  # type: ignore[arg-type]

    ocr.best_reading = spying  # type: ignore[assignment]
    try:
        case = extract_case(parse_message(form.raw), templates())
    finally:
        ocr.best_reading = original
    out = Outcome(form.kind, form.font, {}, {})
    for key in KEYS:
        expected = form.citizen.expected[key]
        result = verdict(case, key, expected)
        out.results[key] = result
        if result == "right":
            continue
        blanket = result != "missing" and not doubted(case, key)
        out.blanket += blanket
        written = _squash(form.citizen.written[key])
        if any(written in page for page in seen):
            out.causes[key] = "reader"
        elif any("๐" <= ch <= "๙" for ch in form.citizen.written[key]):
            out.causes[key] = "thai_digits"  # Tesseract's Thai model misreads them
        else:
            out.causes[key] = "ocr"
        got = case.fields.get(key)
        how = f"{result}, {out.causes[key]}" + (", BLANKET" if blanket else "")
        out.misses.append(f"{key}: got {got!r} want {expected!r} ({how})")
    return out


def survey(forms: list[Form], workers: int = 2, cache_dir: Path | None = None) -> list[Outcome]:
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(read_form, forms, [cache_dir] * len(forms)))


def table(outcomes: list[Outcome]) -> str:
    """Per kind: accuracy and silent; per field: right/flagged/silent/missing and causes."""
    lines = []
    by_kind: dict[str, list[Outcome]] = {}
    for o in outcomes:
        by_kind.setdefault(o.kind, []).append(o)
    for kind, group in by_kind.items():
        counts = Counter(r for o in group for r in o.results.values())
        total = sum(counts.values())
        lines.append(
            f"{kind:<11} forms {len(group):>3}  right {counts['right'] / total:.3f}  "
            f"flagged {counts['flagged']:>3}  silent {counts['silent']:>3}  "
            f"missing {counts['missing']:>3}  blanket {sum(o.blanket for o in group):>3}"
        )
    head = f"{'field':<12}{'right':>6}{'flag':>6}{'silent':>7}{'miss':>6}"
    lines.append(head + f"{'ocr':>5}{'๐-๙':>5}{'ours':>6}")
    for key in KEYS:
        c = Counter(o.results[key] for o in outcomes)
        causes = Counter(o.causes[key] for o in outcomes if key in o.causes)
        lines.append(
            f"{key:<12}{c['right']:>6}{c['flagged']:>6}{c['silent']:>7}{c['missing']:>6}"
            f"{causes['ocr']:>5}{causes['thai_digits']:>5}{causes['reader']:>6}"
        )
    return "\n".join(lines)


def forms_for(
    seed: int,
    per_kind: int,
    fonts: list[str],
    wear: Degradation | None = None,
    kinds: tuple[str, ...] = KINDS,
) -> Iterator[Form]:
    for font in fonts:
        for kind in kinds:
            for i in range(per_kind):
                yield make_form(kind, seed, i, font, wear)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-kind", type=int, default=12)
    parser.add_argument("--fonts", default=documents.INK_FONT)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--harsher", action="store_true", help="more worn scans and photos")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--misses", action="store_true", help="print every miss")
    parser.add_argument("--cache", type=Path, help="keep the OCR pages here (reading rules only)")
    args = parser.parse_args(argv)
    fonts = args.fonts.split(",")
    wear = HARSHER if args.harsher else None
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    forms = list(forms_for(args.seed, args.per_kind, fonts, wear, tuple(args.kinds.split(","))))
    outcomes = survey(forms, args.workers, args.cache)
    print(table(outcomes))
    if args.misses:
        for o in outcomes:
            for m in o.misses:
                print(f"  {o.kind} {o.font}: {m}")


if __name__ == "__main__":
    main(sys.argv[1:])
