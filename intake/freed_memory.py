"""Giving the memory of a large mail back to the system once the worker is done with it.

A mail may be 25 MB, and the worker holds it, its parse and its sealed copy for a moment.
glibc's malloc serves a block that large from mmap and returns it on free, but each such
free raises the size above which it does so (the "dynamic mmap threshold", up to 32 MB):
the next mail's buffers come from the heap, whose freed middle is never given back. The
worker then sat at its peak for good, a near-cap mail's 240 MB where its work needs 160,
and issue 11 holds it under 300 MB whatever it reads. Fixing the threshold at 1 MiB keeps
every large buffer an mmap of its own, returned when freed (mallopt(3): setting it turns
the dynamic threshold off). Other C libraries are left as they are.
"""

from __future__ import annotations

import ctypes
import platform

M_MMAP_THRESHOLD = -3  # <malloc.h>
LARGE_BLOCK_BYTES = 1 << 20


def return_large_blocks_when_freed() -> bool:
    """Ask glibc to serve blocks of LARGE_BLOCK_BYTES and more from mmap, always; True
    when it took the setting (False off glibc, where nothing is changed)."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    return mallopt is not None and mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK_BYTES) == 1
