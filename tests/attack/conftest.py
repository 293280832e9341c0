"""The attack tests run `intake` in-process, which sets up logging for a terminal that
pytest closes after the test: put the root logger back as it was, so that no later test
logs into a closed stream."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
