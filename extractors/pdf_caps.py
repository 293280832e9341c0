"""Size caps checked on a PDF's bytes before pdfminer decodes anything.

pdfminer inflates a FlateDecode stream whole, in one `zlib.decompress`, so a 2 MB
stream of compressed zeros becomes 2 GiB in memory before any limit of ours is seen.
This check walks the file's streams itself and inflates each in bounded steps,
stopping as soon as one (or all together) goes over the cap; it also reads a stream's
declared decoded length (/DL) and counts the objects. A PDF over a cap is not opened:
the caller records the defect and the message goes on without that attachment's fields.
The sandbox's memory limit stays the backstop for what this does not foresee.
"""

from __future__ import annotations

import re
import zlib

from extractors.base import Defect

MAX_STREAM_INFLATED = 64 * 1024 * 1024  # one stream, decoded
MAX_TOTAL_INFLATED = 256 * 1024 * 1024  # every stream of the file together
MAX_OBJECTS = 200_000
_STEP = 1024 * 1024  # inflate at most this much at a time
_STREAM = re.compile(rb"stream\r?\n")
_ENDSTREAM = b"endstream"
_OBJ = re.compile(rb"(?<![0-9])\d{1,10}\s+\d{1,5}\s+obj\b")
_DECODED_LENGTH = re.compile(rb"/DL\s+(\d{1,20})")
_DICT_LOOKBACK = 2048  # bytes before `stream` searched for the stream's /DL


def pdf_over_caps(data: bytes) -> Defect | None:
    """A `pdf_too_large` defect when the PDF goes over a cap, else None. Never raises."""
    objects = sum(1 for _ in _OBJ.finditer(data))
    if objects > MAX_OBJECTS:
        return _too_large(f"{objects} objects (at most {MAX_OBJECTS})")
    total = 0
    position = 0
    while True:
        found = _STREAM.search(data, position)
        if found is None:
            return None
        start = found.end()
        end = data.find(_ENDSTREAM, start)
        end = len(data) if end < 0 else end
        declared = _DECODED_LENGTH.search(data, max(0, found.start() - _DICT_LOOKBACK), start)
        if declared and int(declared.group(1)) > MAX_STREAM_INFLATED:
            return _too_large(f"a stream declares {_mb(int(declared.group(1)))} decoded")
        size = inflated_size(data[start:end], MAX_STREAM_INFLATED + 1)
        if size > MAX_STREAM_INFLATED:
            return _too_large(f"a stream inflates to more than {_mb(MAX_STREAM_INFLATED)}")
        total += size
        if total > MAX_TOTAL_INFLATED:
            return _too_large(f"streams inflate to more than {_mb(MAX_TOTAL_INFLATED)}")
        position = end + len(_ENDSTREAM) if end < len(data) else len(data)


def inflated_size(compressed: bytes, stop_after: int) -> int:
    """How many bytes zlib data inflates to, counting at most `stop_after`; 0 if not zlib.

    Memory stays at one step whatever the ratio: each step's output is counted and dropped.
    """
    inflater = zlib.decompressobj()
    size = 0
    pending = compressed
    try:
        while pending and size < stop_after and not inflater.eof:
            out = inflater.decompress(pending, _STEP)
            if not out and inflater.unconsumed_tail == pending:
                break  # no progress (bytes after the end of the data): stop, never spin
            size += len(out)
            pending = inflater.unconsumed_tail
        if size < stop_after and not inflater.eof:
            size += len(inflater.flush(_STEP))
    except zlib.error:
        return size  # not (or not wholly) zlib: pdfminer will say what it makes of it
    return size


def _too_large(detail: str) -> Defect:
    return Defect(code="pdf_too_large", detail=f"not read: {detail}")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"
