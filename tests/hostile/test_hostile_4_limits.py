"""Hostile set 4, the limits behind the readers: what happens when a reader runs out of
memory, or is stuck in a C call where no Python signal handler runs.

pdf_self_drawing_xobject (a form XObject that draws itself) ran a PDF reader to the
child's memory cap. The reader's MemoryError became a LimitExceeded in
`sandbox._run_inline`, but `raise ... from None` only hides the MemoryError: it stayed
the new exception's __context__, its traceback holding the reader's frames and all they
had allocated, so recording the defect failed for memory too and the child died without
an answer. The whole message was cut (first sight, in one run of three) instead of the
PDF being a `pdf_limit` defect on the case.
"""

from __future__ import annotations

import time

import pytest

from extractors.sandbox import LimitExceeded, Limits, run_bounded, within_budget

MIB = 1024 * 1024


def _hog() -> None:
    held = []
    while True:
        held.append(bytearray(16 * MIB))


def _hog_then_read_on() -> str:
    """A reader that takes all the memory there is, then what the rest of the message
    needs: room for the next attachment's 200 MB."""
    try:
        within_budget(_hog)
    except LimitExceeded as cut:
        room = bytearray(200 * MIB)
        return f"{cut.reason} ({len(room) // MIB} MB after)"
    return "not cut"


def _stuck_in_c() -> int:
    # sum() over a range loops in C and never returns to the interpreter, so the
    # child's own interval timer (a Python signal handler) cannot cut it
    return sum(range(10**13))


def _stuck_within_budget() -> int:
    return within_budget(_stuck_in_c)


def test_a_reader_out_of_memory_leaves_the_child_its_memory_to_read_on() -> None:
    reason = run_bounded(_hog_then_read_on, limits=Limits(seconds=60, memory_mb=600))
    assert "memory limit" in reason and "200 MB after" in reason


@pytest.mark.parametrize("reader", [_stuck_in_c, _stuck_within_budget])
def test_a_reader_stuck_in_a_c_call_is_cut_by_the_parent_and_the_next_call_served(
    reader: object,
) -> None:
    with pytest.raises(LimitExceeded) as cut:
        run_bounded(reader, limits=Limits(seconds=2, memory_mb=512))  # type: ignore[arg-type]
    assert "longer than 2 s" in cut.value.reason
    assert run_bounded(time.monotonic, limits=Limits(seconds=5, memory_mb=512)) > 0
