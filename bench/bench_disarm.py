"""Disarming PDFs and judging senders, each beside the floor it rests on.

    python bench/bench_disarm.py [--n 200]

- PDF disarm (extractors.pdf_disarm) of every corpus PDF and of a one-page PDF carrying
  every kind of active content, beside the floor: pikepdf opening and saving the same
  bytes with nothing removed; and the same disarm through the bounded child process.
- Sender verdict (extractors.sender_auth) of a typical header block, beside the floor: the
  stdlib header-only parse (`BytesHeaderParser`, compat32) of the same bytes; and the same
  verdict through the bounded child, as the parse stage runs it.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
import warnings
from collections.abc import Callable
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / ".." / "shared" / "corpus"
HEADERS = (
    b"Received: from mail.citizen.co.th by mx.example.go.th with ESMTPS\r\n"
    b"Authentication-Results: mx.example.go.th; spf=pass smtp.mailfrom=a@citizen.co.th;"
    b" dkim=pass header.d=citizen.co.th header.b=AbC; dmarc=pass header.from=citizen.co.th\r\n"
    b"Received: from [10.0.0.2] by mail.citizen.co.th\r\n"
    b"From: =?utf-8?b?4Liq4Lih4Lio4Lij4Li1?= <a@citizen.co.th>\r\n"
    b"To: saraban@example.go.th\r\nSubject: request\r\nMessage-ID: <1@citizen.co.th>\r\n\r\nbody"
)


def rate(label: str, n: int, call: Callable[[], object], unit: str = "per s") -> float:
    call()  # warm-up
    start = time.perf_counter()
    for _ in range(n):
        call()
    per_second = n / (time.perf_counter() - start)
    print(f"  {label:<52} {per_second:>9.0f} {unit}")
    return per_second


def floor_save(data: bytes) -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf, warnings.catch_warnings():
        warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def bench_pdfs(n: int) -> None:
    from extractors.pdf_disarm import CannotDisarm, disarm_bounded, disarm_pdf
    from tests.extractors.hostile_pdfs import KINDS, build_pdf

    hostile = build_pdf(*KINDS)
    print("PDF disarm, one-page PDF with every kind of active content (PDFs/s)")
    floor = rate("floor: pikepdf open + save", n, lambda: floor_save(hostile))
    alone = rate("disarm_pdf (in process)", n, lambda: disarm_pdf(hostile))
    bounded = rate("disarm_bounded (pooled child, limits)", n, lambda: disarm_bounded(hostile))
    print(f"  disarm / floor = {alone / floor:.2f}; bounded / in process = {bounded / alone:.2f}")
    files = sorted(CORPUS.glob("*/*.pdf"))
    if not files:
        print("  (no corpus at ../shared/corpus: corpus timing skipped)")
        return
    readable = []
    for path in files:
        data = path.read_bytes()
        try:
            disarm_pdf(data)
            readable.append(data)
        except CannotDisarm:
            pass
    print(
        f"corpus: {len(files)} PDFs, {len(readable)} disarmed, {len(files) - len(readable)} refused"
    )
    start = time.perf_counter()
    for data in readable:
        floor_save(data)
    floor_s = time.perf_counter() - start
    start = time.perf_counter()
    for data in readable:
        disarm_pdf(data)
    disarm_s = time.perf_counter() - start
    print(
        f"  floor {floor_s * 1000 / len(readable):.1f} ms/PDF, disarm"
        f" {disarm_s * 1000 / len(readable):.1f} ms/PDF (ratio {disarm_s / floor_s:.2f})"
    )


def bench_sender(n: int) -> None:
    from extractors.sandbox import run_bounded
    from extractors.sender_auth import AgencyIdentity
    from intake.stages.sender_auth import _judge

    agency = AgencyIdentity(domains=("example.go.th",), names=("เทศบาลตำบลตัวอย่าง",))
    print("Sender verdict of one header block (messages/s)")
    floor = rate(
        "floor: stdlib BytesHeaderParser(compat32)",
        n * 10,
        lambda: BytesHeaderParser(policy=compat32).parsebytes(HEADERS),
    )
    alone = rate(
        "header_fields + judge_sender (in process)",
        n * 10,
        lambda: _judge(HEADERS, "mx.example.go.th", agency),
    )
    bounded = rate(
        "the same through run_bounded (as the parse stage)",
        n,
        lambda: run_bounded(_judge, HEADERS, "mx.example.go.th", agency),
    )
    print(f"  verdict / floor = {alone / floor:.2f}; bounded / in process = {bounded / alone:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()
    bench_pdfs(args.n)
    bench_sender(args.n)


if __name__ == "__main__":
    main()
