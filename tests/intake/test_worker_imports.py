"""The worker's own process sends every read of mail to the bounded children: it must
not import the readers (MIME, HTML, PDF, Word, images, OCR), which cost it about a
second at start and their memory for as long as it runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READERS = ("extractors.extract", "extractors.mime", "pdfplumber", "pdfminer", "PIL", "pikepdf")


def test_the_worker_imports_no_reader() -> None:
    code = (
        "import json, sys\n"
        "import intake.cli, intake.runner, intake.scheduler\n"
        "import intake.poll, intake.idle, intake.health\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    imported = set(json.loads(done.stdout))
    assert "extractors.bounded" in imported  # the worker does send work to the children
    assert not [name for name in READERS if name in imported]
