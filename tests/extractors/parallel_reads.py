"""Slow extractions of many inputs, a few at a time.

An OCR'd page spends nearly all its time in its pooled child process (Pillow, pdftoppm,
one-thread tesseract: extractors/sandbox.py); the test process waits on a pipe, under 2%
of the time busy itself. So a few threads, each with its own child, keep CI's two cores
busy where one kept one busy. Results come back in the inputs' order, so whatever is
counted from them is counted as before.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import TypeVar

import pytest

T = TypeVar("T")
R = TypeVar("R")

READERS = max(2, min(4, os.cpu_count() or 2))

# The modules whose tests read many pages at once (here, READERS at a time) keep both of
# CI's cores busy by themselves. Under `make test` (pytest-xdist, one process per core,
# tests/conftest.py) they run one after another in one process, not two sets at once:
# four tesseracts on two cores made each page twice as slow for no gain, and pages
# bounded by the sandbox's clock have been cut short under such load.
OCR_SETS = pytest.mark.xdist_group("ocr_sets")


def in_threads(func: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """`[func(item) for item in items]`, READERS at a time; `func` must change no state
    it shares (extract_case and the extractors' `extract` do not)."""
    with ThreadPoolExecutor(READERS) as pool:
        return list(pool.map(func, items))


def in_processes(func: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """As `in_threads`, for a module-level `func` that changes module state as it reads
    (ocr_survey.read_form patches the OCR reader to see every reading): each process
    has its own. Spawned, not forked: a fork of the test process would share its
    forkserver and its pooled children."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(READERS, mp_context=context) as pool:
        return list(pool.map(func, items))
