"""The worker gives a large mail's memory back once done with it (intake/freed_memory.py):
without the setting, glibc keeps a 20 MB buffer freed after a 30 MB one in its heap, and
the worker's resident memory only ever grows toward issue 11's 300 MB line."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest
from support.cli import REPO

# A 30 MB buffer freed (glibc raises its mmap threshold past it), then three 20 MB ones,
# each freed behind a small block that stays (so the heap's top cannot shrink past it).
PROGRAM = """
import sys
from intake.freed_memory import return_large_blocks_when_freed

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024

if sys.argv[1] == "set":
    assert return_large_blocks_when_freed()
before = rss_mb()
block = b"x" * 30_000_000
del block
kept = []
for i in range(3):
    block = b"y" * 20_000_000
    kept.append(b"z" * 1000 + bytes([i]))
    del block
print(rss_mb() - before)
"""


def _growth_mb(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, mode], cwd=REPO, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    return int(done.stdout.strip())


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's malloc only")
def test_a_large_freed_buffer_goes_back_to_the_system() -> None:
    assert _growth_mb("unset") >= 15  # what the worker did before: the program can tell
    assert _growth_mb("set") < 5
