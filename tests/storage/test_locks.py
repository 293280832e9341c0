"""On SQLite the mailbox lock is a file lock: a second holder (another process) is refused."""

import subprocess
import sys
from pathlib import Path

from storage.db import make_engine
from storage.locks import mailbox_lock

HOLD = """
import sys, time
from pathlib import Path
from storage.db import make_engine
from storage.locks import mailbox_lock
with mailbox_lock(make_engine("sqlite://"), "saraban", Path(sys.argv[1])) as held:
    print("held" if held else "busy", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _holder(lock_dir: Path, seconds: float) -> subprocess.Popen[str]:
    repo = Path(__file__).resolve().parents[2]
    return subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock_dir), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=repo,
    )


def test_second_process_is_refused_while_first_holds(tmp_path: Path) -> None:
    holder = _holder(tmp_path, 5)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with mailbox_lock(make_engine("sqlite://"), "saraban", tmp_path) as mine:
        assert not mine
    with mailbox_lock(make_engine("sqlite://"), "other", tmp_path) as other:
        assert other
    holder.kill()
    holder.wait()
    with mailbox_lock(make_engine("sqlite://"), "saraban", tmp_path) as mine:
        assert mine  # the lock died with its holder
