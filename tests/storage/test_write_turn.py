"""Write turns (storage/write_turn.py): first come, first served, SQLite only."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from storage.db import make_engine
from storage.write_turn import Turns, write_turn


def _wait_until(condition: object, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.001)


def test_a_waiting_thread_is_served_before_the_holder_asks_again() -> None:
    """The stage thread commits and asks again at once; the capture thread, which asked
    meanwhile, must come first (with a plain lock the holder usually wins again)."""
    turns = Turns()
    order: list[str] = []
    waiting = threading.Event()

    def capture() -> None:
        waiting.set()
        with turns.turn():
            order.append("capture")

    for _ in range(20):  # a plain lock loses this race most of the time; 20 rounds
        order.clear()
        waiting.clear()
        with turns.turn():
            other = threading.Thread(target=capture)
            other.start()
            waiting.wait()
            _wait_until(lambda: turns._next_ticket == turns._serving + 2)  # it has asked
        with turns.turn():
            order.append("stage again")
        other.join()
        assert order == ["capture", "stage again"]


def test_turns_keep_two_threads_out_of_each_other_on_sqlite(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    inside = 0
    most = 0
    lock = threading.Lock()

    def write() -> None:
        nonlocal inside, most
        for _ in range(50):
            with write_turn(engine):
                with lock:
                    inside += 1
                    most = max(most, inside)
                time.sleep(0.0005)
                with lock:
                    inside -= 1

    threads = [threading.Thread(target=write) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most == 1


def test_other_databases_take_no_turns(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    with write_turn(engine):
        other = threading.Thread(target=lambda: write_turn(engine).__enter__() and None)
        other.start()
        other.join(timeout=5)
        assert not other.is_alive()  # not kept waiting behind us
