"""Structured logs: one line per event, ids only, never personal data.

Call sites pass `extra={"event": ..., "message_no": id, ...}`; the formatter keeps only
whitelisted keys, so a careless `extra` cannot leak a subject or an address.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

SAFE_KEYS = (
    "event", "mailbox", "message_no", "case", "state", "stage", "count", "captured",
    "oversized", "finished", "resynced", "moved", "error", "reason", "job",
)  # fmt: skip


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key in SAFE_KEYS:
            value = getattr(record, key, None)
            if value is not None:
                line[key] = value
        if record.exc_info and record.exc_info[0] is not None:
            line["exception"] = record.exc_info[0].__name__  # the type only: text may hold data
        return json.dumps(line, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = " ".join(
            f"{key}={getattr(record, key)}" for key in SAFE_KEYS if getattr(record, key, None)
        )
        stamp = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%d %H:%M:%S")
        return f"{stamp} {record.levelname:<7} {record.getMessage()} {fields}".rstrip()


def setup_logging(fmt: str = "json", level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("apscheduler", "imapclient", "mailparser", "pdfminer", "alembic", "pdfplumber"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
