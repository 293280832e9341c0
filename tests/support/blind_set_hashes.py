"""One hash per blind-set builder function, of every mail it builds and what a clerk
would accept from it: run before and after moving builder code (to tests/support, say),
the two listings are the same when no set's contents changed.

    PYTHONPATH=.:tests:tests/extractors python tests/support/blind_set_hashes.py \
        unseen_requests unseen_requests_2 ... ocr_blind20 ocr_held_out

What the libraries draw from the clock and the OS (MIME boundaries, zip members' times,
PDF and workbook dates, PDF /IDs) is fixed first, so two runs of the same code agree;
an encrypted PDF (qpdf's AES IV is random) is compared decrypted, and a searchable PDF
without the date tesseract gives it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import io
import random
import re
import secrets
import sys
import time
import zipfile
from typing import Any

MOMENT = (2026, 12, 4, 9, 0, 0)
SECONDS = 1_796_374_800.0  # the same moment, UTC


class _Frozen(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> Any:
        return cls(*MOMENT, tzinfo=dt.UTC).astimezone(tz) if tz else cls(*MOMENT)

    @classmethod
    def utcnow(cls) -> Any:
        return cls(*MOMENT)

    @classmethod
    def today(cls) -> Any:
        return cls(*MOMENT)


def freeze() -> None:
    """Before any builder or library is imported: `from datetime import datetime` then
    takes the frozen class."""
    localtime, gmtime = time.localtime, time.gmtime
    dt.datetime = _Frozen  # type: ignore[misc]
    time.time = lambda: SECONDS
    time.localtime = lambda secs=None: localtime(SECONDS if secs is None else secs)
    time.gmtime = lambda secs=None: gmtime(SECONDS if secs is None else secs)
    secrets.token_bytes = lambda n=32: random.randbytes(n or 32)  # pypdf's /ID
    from_file = zipfile.ZipInfo.from_file

    def dated(*args: Any, **kwargs: Any) -> zipfile.ZipInfo:  # a member from a file's mtime
        info = from_file(*args, **kwargs)
        info.date_time = MOMENT
        return info

    zipfile.ZipInfo.from_file = dated  # type: ignore[method-assign]
    import pikepdf

    save = pikepdf.Pdf.save

    def static_save(self: Any, *args: Any, **kwargs: Any) -> Any:  # qpdf's /ID
        if not kwargs.get("deterministic_id"):
            kwargs["static_id"] = True
        return save(self, *args, **kwargs)

    pikepdf.Pdf.save = static_save  # type: ignore[method-assign]


# tesseract's searchable PDF is dated by its own clock, in the subprocess
_MADE = re.compile(rb"/CreationDate \(D:[0-9Z']+\)")


def comparable(raw: bytes) -> bytes:
    """The mail as built, or, where it carries an encrypted PDF or one tesseract made,
    its parts' headers and decoded payloads, that PDF decrypted or its date left out."""
    if b"application/pdf" not in raw:
        return raw
    from email import message_from_bytes

    import pikepdf

    parts, changed = [], False
    for part in message_from_bytes(raw).walk():
        payload = b"" if part.is_multipart() else part.get_payload(decode=True) or b""
        if payload.startswith(b"%PDF") and b"/Encrypt" in payload:
            out = io.BytesIO()
            with pikepdf.open(io.BytesIO(payload)) as pdf:
                pdf.save(out, encryption=False)
            payload, changed = out.getvalue(), True
        elif payload.startswith(b"%PDF") and b"/Producer (Tesseract" in payload:
            payload, changed = _MADE.sub(b"/CreationDate ()", payload), True
        parts.append(repr(part.items()).encode() + payload)
    return b"\n--part--\n".join(parts) if changed else raw


def digest(item: Any) -> bytes:
    raw = getattr(item, "raw", None)
    if raw is None:  # an outcome: (what it is, the mail, the kind)
        return repr(item).encode()
    expected = getattr(item, "expected", None)
    accepted = sorted(expected.items()) if isinstance(expected, dict) else expected
    return hashlib.sha256(f"{item.style}|{accepted!r}|".encode() + comparable(raw)).digest()


def is_builder(name: str) -> bool:
    return name == "build_set" or name == "build_outcomes" or name.endswith("_batch")


def main() -> None:
    freeze()
    for name in sys.argv[1:]:
        module = importlib.import_module(name)
        for attr in sorted(a for a in dir(module) if a.startswith("build_") and is_builder(a)):
            build = getattr(module, attr)
            if getattr(build, "__module__", None) != name:
                continue  # another set's builder, imported: listed under that set
            random.seed(20261204)  # MIME boundaries
            items = list(build())
            total = hashlib.sha256(b"".join(digest(item) for item in items)).hexdigest()
            print(f"{name}.{attr} {len(items)} {total[:16]}", flush=True)


if __name__ == "__main__":
    main()
