"""Run a parser of untrusted content in a child process with a wall-clock and a memory limit.

One citizen's hostile file (a PDF stream that inflates to gigabytes, HTML that makes a parser
quadratic) must cost its own message an attempt, never the worker. So every parse of
untrusted content goes through `run_bounded`: the call runs in a pooled child process whose
address space is capped with `setrlimit(RLIMIT_AS)`, and the parent waits at most the given
number of seconds. A child that overruns either limit is killed and replaced, and the caller
gets `LimitExceeded` with a reason a person can read; the others go on.

The function and its arguments must be picklable (a module-level function). Exceptions the
function raises come back to the caller as themselves.

Inside a child, a reader of one part or attachment that calls `run_bounded` (or `within_budget`)
runs on a clock there (`_run_inline`), never past what is left of the call's own time less
a reserve (`reserve_for`): a slow attachment is cut short and becomes its reader's defect,
and the rest of the message is still read, instead of the parent killing the whole call.
`budget_cuts` counts such cuts, so a caller that read several mails in one call can send
a mail cut short after the others alone, with the whole time to itself.

The parent waits in short slices, so a worker told to stop (`cancel_on(stop_event)` around
its loop, the event set by its SIGTERM handler) kills the child and gets `Interrupted` at
once instead of waiting out the clock: stopping is not the message's fault, so callers
should not count it as a failed attempt.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import math
import multiprocessing
import os
import resource
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_OK, _RAISED, _OUT_OF_MEMORY, _STARTED = "ok", "raised", "memory", "started"
# Unpickling the function imports its module in a fresh child (pdfplumber, pydantic...):
# that start-up is not the message's fault, so it is bounded apart from `Limits.seconds`.
START_UP_SECONDS = 120.0
_SLICE_S = 0.2  # how often a waiting parent looks at its stop event


@dataclass(frozen=True)
class Limits:
    """How long one call may take and how much memory its process may map."""

    seconds: float = 30.0
    memory_mb: int = 768


class LimitExceeded(Exception):
    """The child process went over a limit or died; `reason` says which, without content."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Interrupted(LimitExceeded):
    """The caller was told to stop while a child was working; the child was killed."""

    def __init__(self) -> None:
        super().__init__("stopped by the worker's shutdown")


@dataclass(frozen=True)
class InChild(Generic[T]):
    """A module-level function named by its module and name, for `run_bounded`: pickled
    as those names, it is imported where it is called, so a caller that only sends work
    to the children need not import what the work needs (the readers of PDF, Word and
    images cost a second to import). A fresh child imports it while unpickling the call,
    within START_UP_SECONDS, not within the call's own limit."""

    module: str
    name: str

    def __call__(self, *args: Any) -> T:
        function: Callable[..., T] = _resolve(self.module, self.name)
        return function(*args)

    def __reduce__(self) -> tuple[Callable[[str, str], Callable[..., T]], tuple[str, str]]:
        return _resolve, (self.module, self.name)


def _resolve(module: str, name: str) -> Callable[..., Any]:
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


_local = threading.local()


@contextmanager
def cancel_on(stop: threading.Event) -> Iterator[None]:
    """Within this block, calls from this thread end with `Interrupted` once `stop` is set."""
    previous = getattr(_local, "stop", None)
    _local.stop = stop
    try:
        yield
    finally:
        _local.stop = previous


def run_bounded(func: Callable[..., T], *args: Any, limits: Limits | None = None) -> T:
    """Call `func(*args)` in a child process within `limits`; raise LimitExceeded if over."""
    limits = limits or Limits()
    if _inside_child:  # a daemon process may not start children: run here, on a clock
        return _run_inline(func, args, limits)
    pool = _pool_for(limits.memory_mb)
    return _call_in(pool, pool.take(), func, args, limits)


def start_child(func: Callable[..., T], *args: Any, limits: Limits | None = None) -> T:
    """Start a new pooled child and call `func(*args)` in it, as `run_bounded` does: a
    worker readies its children this way before any mail (imports, caches). A caller
    of `run_bounded` that finds no idle child meanwhile waits for one being started so
    rather than start another: a worker keeps the children it means to have."""
    limits = limits or Limits()
    pool = _pool_for(limits.memory_mb)
    return _call_in(pool, pool.start(), func, args, limits)


def _call_in(
    pool: _Pool, child: _Child, func: Callable[..., T], args: tuple[Any, ...], limits: Limits
) -> T:
    try:
        result = child.call(func, args, limits)
    except BaseException:
        child.kill()
        raise
    finally:
        pool.give_back(child)
    return result


def shutdown() -> None:
    """Kill every pooled child (at worker exit, and in tests)."""
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.close()


def kills() -> int:
    """How many children were killed for going over a limit since start (for /metrics)."""
    return _kill_count


def preload_in_children(*modules: str) -> None:
    """Have the children's common parent, multiprocessing's fork server, import `modules`
    once when it starts, so each child is forked with them imported instead of importing
    them itself: the readers cost a child about 0.7 s of CPU, paid again by every child
    a worker starts and by each one that replaces a killed child. That process only
    imports code: no content ever reaches it. Takes effect only for a fork server not
    yet started (the first child of the process starts it)."""
    # "__main__" is the fork server's own default, kept: a script's children see it so
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", *modules])


# --- the child ---------------------------------------------------------------------------


class _OutOfTime(BaseException):
    """Raised by the interval timer: a BaseException, so that a reader's own `except
    Exception` (pdfminer has several) cannot swallow it and run on unbounded."""


CUT_SHORT = "this part could not be read in time (the message's time was spent)"


def reserve_for(seconds: float) -> float:
    """What a call of `seconds` keeps back from its readers: the time to read the rest
    of the message after a reader is cut short (the body, the other attachments, the
    choice of template) and answer, before the parent's clock runs out."""
    return min(max(seconds * 0.2, 1.0), 15.0, seconds / 2)


def within_budget(func: Callable[[], T], later: int = 0) -> T:
    """`func()` within what is left of this child's call, less its reserve and a slice
    (a twentieth of the call) for each of `later` parts still to read, but at most half
    of what is left; raises LimitExceeded(CUT_SHORT) when cut short. Outside a child (a
    test's own extraction, with no clock to share) it is simply called."""
    global _bound
    if _bound is None:
        return func()
    enclosing = _bound
    _bound -= min(later * _slice, max(_bound - time.monotonic(), 0.0) / 2)
    try:
        return _run_inline(func, (), Limits(seconds=math.inf))
    finally:
        _bound = enclosing


def budget_cuts() -> int:
    """How many readers in this process were cut short by their call's time."""
    return _cuts


def budget_left() -> float:
    """Seconds the readers of this child's call may still take (inf outside one)."""
    return math.inf if _bound is None else _bound - time.monotonic()


def _run_inline(func: Callable[..., T], args: tuple[Any, ...], limits: Limits) -> T:
    """Inside a bounded child (the extraction of a message, whose readers bound their own
    work): the child's memory cap already holds, so only a clock is added, with an
    interval timer: this call's own limit or what is left to the enclosing one (`_bound`),
    whichever ends first; the enclosing clock is restored after."""
    global _bound
    started = time.monotonic()
    enclosing = _bound
    deadline = min(started + limits.seconds, math.inf if enclosing is None else enclosing)
    by_enclosing = enclosing is not None and enclosing < started + limits.seconds
    if deadline - started <= 0:
        _count_cut()
        raise LimitExceeded(CUT_SHORT)

    def out_of_time(_signum: int, _frame: FrameType | None) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, out_of_time)
    outer_left, _ = signal.setitimer(signal.ITIMER_REAL, deadline - started)
    _bound = deadline
    out_of_memory = False
    try:
        return func(*args)
    except _OutOfTime:
        if by_enclosing:
            _count_cut()
            raise LimitExceeded(CUT_SHORT) from None
        raise LimitExceeded(
            f"parsing took longer than {limits.seconds:g} s and was stopped"
        ) from None
    except MemoryError:
        # Raised from here, the MemoryError would ride along as the new exception's
        # __context__ (`from None` only hides it), its traceback keeping the reader's
        # frames and all they allocated alive: the caller's next allocation, recording
        # the defect, then failed too and the child died. So it is dropped first.
        out_of_memory = True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _bound = enclosing
        if outer_left:
            signal.setitimer(
                signal.ITIMER_REAL, max(outer_left - (time.monotonic() - started), 0.001)
            )
    if out_of_memory:
        gc.collect()  # the reader's structures may hold cycles
        raise LimitExceeded("parsing needed more than the memory limit and was stopped")
    raise AssertionError("unreachable: the call returned or raised")


def _count_cut() -> None:
    global _cuts
    _cuts += 1


_inside_child = False
# In a child: the monotonic time by which its readers must be done, what is left of the
# call it serves less the reserve (None outside a call); `_run_inline` narrows it.
_bound: float | None = None
_slice = 0.0  # what a reader keeps back for each part read after it, in seconds
_cuts = 0


def _serve(conn: Connection, memory_mb: int) -> None:
    global _inside_child, _bound, _slice
    _inside_child = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C and SIGTERM are the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    while True:
        try:
            func, args, seconds = conn.recv()
        except (EOFError, OSError):
            return
        conn.send((_STARTED, None))  # the parent's clock starts now, and so does ours
        _bound = time.monotonic() + seconds - reserve_for(seconds)
        _slice = seconds / 20
        try:
            conn.send((_OK, func(*args)))
        except MemoryError:
            conn.send((_OUT_OF_MEMORY, None))
            return
        except _OutOfTime:  # a reader's clock that rang outside its own call, rarely
            conn.send((_RAISED, LimitExceeded(CUT_SHORT)))
        except Exception as exc:  # the caller decides what a parser's failure means
            try:
                conn.send((_RAISED, exc))
            except Exception:  # an exception that does not pickle
                conn.send((_RAISED, RuntimeError(type(exc).__name__)))


# --- the parent --------------------------------------------------------------------------


class _Child:
    def __init__(self, memory_mb: int) -> None:
        context = multiprocessing.get_context("forkserver")
        self.conn, child_end = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_serve, args=(child_end, memory_mb), daemon=True, name="bounded-parser"
        )
        self.process.start()
        child_end.close()
        self.dead = False

    def call(self, func: Callable[..., T], args: tuple[Any, ...], limits: Limits) -> T:
        try:
            self.conn.send((func, args, limits.seconds))
            started = self._wait(START_UP_SECONDS) and self.conn.recv()[0] == _STARTED
            ready = started and self._wait(limits.seconds)
        except (BrokenPipeError, EOFError, OSError):
            self.kill()
            raise LimitExceeded("parser process died before answering") from None
        if not started:
            self.kill()
            raise LimitExceeded("parser process did not start in time")
        if not ready:
            self.kill(counted=True)
            raise LimitExceeded(f"parsing took longer than {limits.seconds:g} s and was stopped")
        try:
            status, value = self.conn.recv()
        except (EOFError, OSError):
            code = self._exit_code()
            self.kill(counted=True)
            raise LimitExceeded(_death_reason(code, limits)) from None
        if status == _OUT_OF_MEMORY:
            self.kill(counted=True)
            raise LimitExceeded(f"parsing needed more than {limits.memory_mb} MB and was stopped")
        if status == _RAISED:
            raise value
        return value

    def _wait(self, seconds: float) -> bool:
        """Wait for the answer in slices, so a stop request is seen within a slice."""
        stop: threading.Event | None = getattr(_local, "stop", None)
        deadline = time.monotonic() + seconds
        while True:
            if stop is not None and stop.is_set():
                self.kill()
                raise Interrupted()
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            if self.conn.poll(min(left, _SLICE_S)):
                return True

    def _exit_code(self) -> int | None:
        self.process.join(timeout=1.0)
        return self.process.exitcode

    def kill(self, counted: bool = False) -> None:
        global _kill_count
        if self.dead:
            return
        self.dead = True
        if counted:
            with _pools_lock:
                _kill_count += 1
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5.0)
        self.conn.close()


def _death_reason(code: int | None, limits: Limits) -> str:
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        return f"parser process was killed by {name} (memory limit {limits.memory_mb} MB)"
    return f"parser process exited with code {code} before answering"


class _Pool:
    def __init__(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        self.idle: list[_Child] = []
        self.starting: set[_Child] = set()  # started by start_child, not given back yet
        self.launching = 0  # start_child calls whose process is not up yet
        self.lock = threading.Lock()
        self.returned = threading.Condition(self.lock)
        self.owner_pid = os.getpid()

    def take(self) -> _Child:
        with self.lock:
            while True:
                while self.idle:
                    child = self.idle.pop()
                    if not child.dead and child.process.is_alive():
                        return child
                if not self.starting and not self.launching:
                    break
                self.returned.wait()
        return _Child(self.memory_mb)

    def start(self) -> _Child:
        with self.lock:
            self.launching += 1
        child = None
        try:
            child = _Child(self.memory_mb)
            return child
        finally:
            with self.lock:
                self.launching -= 1
                if child is not None:
                    self.starting.add(child)
                self.returned.notify_all()

    def give_back(self, child: _Child) -> None:
        with self.lock:
            self.starting.discard(child)
            if not child.dead:
                self.idle.append(child)
            self.returned.notify_all()

    def close(self) -> None:
        with self.lock:
            idle, self.idle = self.idle, []
        if os.getpid() != self.owner_pid:
            return
        for child in idle:
            child.kill()


_pools: dict[int, _Pool] = {}
_pools_lock = threading.Lock()
_kill_count = 0


def _pool_for(memory_mb: int) -> _Pool:
    with _pools_lock:
        pool = _pools.get(memory_mb)
        if pool is None or pool.owner_pid != os.getpid():
            pool = _pools[memory_mb] = _Pool(memory_mb)
        return pool


atexit.register(shutdown)
