"""A value worked out once per set of objects, known by the objects' identity.

A loaded template set is never changed in place, so what is derived from it (its label
matcher, its JSON, its fingerprint) holds for as long as those very objects live. Keyed
by `id`, each entry keeps its objects alive, so an id is never another object's while
it is cached; a few sets at most are in use, so a full cache is simply emptied.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
V = TypeVar("V")


class ByIdentity(Generic[T, V]):
    def __init__(self, make: Callable[[list[T]], V], size: int = 16) -> None:
        self._make = make
        self._size = size
        self._entries: dict[tuple[int, ...], tuple[list[T], V]] = {}

    def __call__(self, objects: Sequence[T]) -> V:
        key = tuple(id(o) for o in objects)
        hit = self._entries.get(key)
        if hit is None:
            if len(self._entries) >= self._size:
                self._entries.clear()
            kept = list(objects)
            hit = self._entries[key] = (kept, self._make(kept))
        return hit[1]
