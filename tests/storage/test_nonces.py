"""Nonces cut from a buffered read of the OS random source (storage/nonces.py): never
repeated, within a process, across threads, and between a parent and its forked child."""

from __future__ import annotations

import os
import threading

from storage import nonces
from storage.nonces import NoncePool


def test_nonces_do_not_repeat_across_many_reads_of_the_buffer() -> None:
    pool = NoncePool(read=64)  # a refill every five nonces
    taken = [pool.take(12) for _ in range(5_000)]
    assert all(len(n) == 12 for n in taken)
    assert len(set(taken)) == len(taken)


def test_a_request_larger_than_the_buffer_is_read_whole() -> None:
    pool = NoncePool(read=16)
    assert len(pool.take(40)) == 40


def test_threads_never_get_the_same_bytes() -> None:
    pool = NoncePool(read=120)
    found: list[bytes] = []

    def take_many() -> None:
        mine = [pool.take(12) for _ in range(2_000)]
        found.extend(mine)  # list.extend is atomic under the GIL

    threads = [threading.Thread(target=take_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 8_000 and len(set(found)) == 8_000


def test_a_forked_child_does_not_hand_out_its_parents_buffered_bytes() -> None:
    nonces.nonce(12)  # the module's pool now holds buffered bytes
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.write(write, b"".join(nonces.nonce(12) for _ in range(10)))
        os._exit(0)
    os.close(write)
    _, status = os.waitpid(child, 0)
    in_child = os.read(read, 1000)
    os.close(read)
    in_parent = b"".join(nonces.nonce(12) for _ in range(10))
    assert status == 0 and len(in_child) == 120
    assert {in_child[i : i + 12] for i in range(0, 120, 12)}.isdisjoint(
        {in_parent[i : i + 12] for i in range(0, 120, 12)}
    )
