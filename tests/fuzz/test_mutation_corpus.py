"""A mutation run over the shared corpus of real third-party mail and PDFs: byte flips,
truncations and duplicated headers. Every mutant parses and extracts without raising,
and a mutant of a mail keeps what the parser can still see.

Bounded: a fixed seed per file and a fixed number of mutants, so CI runs the same
mutants every time in a bounded time.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from support.mailgen import CORPUS, corpus_mail_files

from extractors.extract import extract_case, matcher_for
from extractors.mime import parse_message
from extractors.pdf_form import PdfFormExtractor
from tests.extractors.forms_for_tests import GENERAL

MUTANTS_PER_MAIL = 6
MUTANTS_PER_PDF = 4
MAX_PDF_BYTES = 400_000  # the mutation run reads the small PDFs; the big ones cost time only
NO_CORPUS = f"no corpus at {CORPUS} (CI stops at start-up instead)"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=NO_CORPUS)  # CI: fails at start-up
_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[^\n]*\n", re.MULTILINE)


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def duplicate_headers(data: bytes, rng: random.Random) -> bytes:
    head, sep, body = data.partition(b"\n\n")
    lines = _HEADER.findall(head + b"\n")
    if not lines:
        return data
    extra = b"".join(rng.choice(lines) for _ in range(rng.randint(1, 50)))
    return extra + head + sep + body


def splice_boundary(data: bytes, rng: random.Random) -> bytes:
    """Cut out a random stretch: a boundary or a part's headers often go with it."""
    if len(data) < 2:
        return data
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 400) :]


MUTATORS = (flip_bytes, truncate, duplicate_headers, splice_boundary)


def mutants(data: bytes, seed: str, count: int) -> list[bytes]:
    rng = random.Random(seed)
    return [rng.choice(MUTATORS)(data, rng) for _ in range(count)]


MAILS = corpus_mail_files() if CORPUS.is_dir() else []


@pytest.mark.parametrize("path", MAILS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_mutants_of_a_corpus_mail_parse_and_extract(path: Path) -> None:
    original = path.read_bytes()
    for raw in mutants(original, path.name, MUTANTS_PER_MAIL):
        parsed = parse_message(raw)
        case = extract_case(parsed, [GENERAL])
        assert case.template == GENERAL.name
    # duplicated headers alone never lose the body
    doubled = duplicate_headers(original, random.Random(path.name))
    before = parse_message(original)
    after = parse_message(doubled)
    assert len(after.text_parts) + len(after.attachments) >= min(
        1, len(before.text_parts) + len(before.attachments)
    )


PDFS = (
    sorted(p for p in CORPUS.rglob("*.pdf") if p.stat().st_size <= MAX_PDF_BYTES)
    if CORPUS.is_dir()
    else []
)


@pytest.mark.parametrize("path", PDFS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_mutants_of_a_corpus_pdf_extract_without_raising(path: Path) -> None:
    extractor = PdfFormExtractor()
    labels = matcher_for([GENERAL])
    for data in mutants(path.read_bytes(), path.name, MUTANTS_PER_PDF):
        result = extractor.extract(data, part="2", labels=labels)
        assert all(d.code for d in result.defects)
