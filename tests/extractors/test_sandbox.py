"""The bounded child process: a hostile parse is stopped and the next call still works."""

from __future__ import annotations

import sys
import time

import pytest

import extractors.bounded  # noqa: F401  names what the children's fork server imports
from extractors.sandbox import LimitExceeded, Limits, kills, run_bounded


def _add(a: int, b: int) -> int:
    return a + b


def _sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def _hog(megabytes: int) -> int:
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def _fail() -> None:
    raise ValueError("broken input")


def _imported(module: str) -> bool:
    return module in sys.modules


def test_a_child_starts_with_the_readers_its_fork_server_imported() -> None:
    """Imported once by the fork server, not again by each child (about 0.4 s a child);
    nothing this test module imports brings the PDF disarmer in."""
    assert run_bounded(_imported, "extractors.pdf_disarm")


def test_result_comes_back() -> None:
    assert run_bounded(_add, 2, 3) == 5


def test_overrunning_the_clock_is_stopped_and_the_next_call_works() -> None:
    before = kills()
    with pytest.raises(LimitExceeded, match=r"longer than 0\.5 s"):
        run_bounded(_sleep, 30, limits=Limits(seconds=0.5))
    assert kills() == before + 1
    assert run_bounded(_sleep, 0, limits=Limits(seconds=5)) == "woke"


def test_overrunning_memory_is_stopped() -> None:
    with pytest.raises(LimitExceeded, match="MB"):
        run_bounded(_hog, 2048, limits=Limits(seconds=20, memory_mb=400))
    assert run_bounded(_hog, 10, limits=Limits(seconds=20, memory_mb=400)) == 10 * 1024 * 1024


def test_the_parsers_own_exception_comes_back_as_itself() -> None:
    with pytest.raises(ValueError, match="broken input"):
        run_bounded(_fail)
    assert run_bounded(_add, 1, 1) == 2


def test_a_stop_request_kills_the_child_at_once_and_is_not_a_limit() -> None:
    import threading

    from extractors.sandbox import Interrupted, cancel_on

    stop = threading.Event()
    timer = threading.Timer(0.5, stop.set)
    before = kills()
    started = time.monotonic()
    timer.start()
    with cancel_on(stop), pytest.raises(Interrupted):
        run_bounded(_sleep, 120, limits=Limits(seconds=120))
    assert time.monotonic() - started < 60  # generous: far under the 120 s the child wanted
    assert kills() == before  # stopping is not counted as a limit
    # outside the block the event no longer applies, and a fresh child answers
    assert run_bounded(_add, 3, 4) == 7


def _nested_add(a: int, b: int) -> int:
    """A bounded parser that itself calls a bounded parser (extraction runs in a child,
    and the OCR, DOCX and PDF readers inside it bound their own work)."""
    return run_bounded(_add, a, b, limits=Limits(seconds=5))


def _nested_sleep(seconds: float) -> str:
    return run_bounded(_sleep, seconds, limits=Limits(seconds=0.5))


def test_a_bounded_call_inside_a_bounded_child_runs() -> None:
    assert run_bounded(_nested_add, 2, 3) == 5


def test_the_inner_call_keeps_its_own_clock() -> None:
    with pytest.raises(LimitExceeded, match=r"longer than 0\.5 s"):
        run_bounded(_nested_sleep, 30, limits=Limits(seconds=20))
    assert run_bounded(_nested_add, 1, 1) == 2


def _pid() -> int:
    import os

    return os.getpid()


def _started(seconds: float) -> int:
    time.sleep(seconds)  # a child's imports and caches, as a worker readies it
    return _pid()


def test_a_call_waits_for_a_child_being_started_rather_than_start_another() -> None:
    """A worker starts its children before mail comes (start_child); a call made while
    one is still starting takes that child when it is ready: no extra child, no extra
    memory."""
    import threading

    from extractors.sandbox import shutdown, start_child

    shutdown()  # no idle child left over from the tests before
    limits = Limits(seconds=10, memory_mb=700)  # a pool of its own
    started: list[int] = []
    starter = threading.Thread(
        target=lambda: started.append(start_child(_started, 1.0, limits=limits))
    )
    starter.start()
    time.sleep(0.2)
    used = run_bounded(_pid, limits=limits)
    starter.join()
    assert used == started[0]
    assert run_bounded(_pid, limits=limits) == used  # one child in the pool, given back
