"""Write the broadened generated set to a folder for a person to look at.

    python -m tests.generator OUT [--seed N] [--per-style N] [--per-ocr N]

OUT gets one `.eml` per sample (named by number and style), each attachment beside it
as a plain file (open the PDFs, Word files and photos directly), and `expected.jsonl`:
one line per sample with its file, style, expected outcome and expected field values.
The values are synthetic: no real person's data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .broad import DEFAULT_SEED, PER_OCR_STYLE, PER_STYLE, generate_set


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.generator", description=__doc__.split("\n")[1]
    )
    parser.add_argument("out", type=Path, help="folder to write into (created if missing)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--per-style", type=int, default=PER_STYLE)
    parser.add_argument("--per-ocr", type=int, default=PER_OCR_STYLE)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    samples = generate_set(args.seed, per_style=args.per_style, per_ocr=args.per_ocr)
    with (args.out / "expected.jsonl").open("w", encoding="utf-8") as index:
        for n, sample in enumerate(samples):
            name = f"{n:04d}-{sample.style}"
            (args.out / f"{name}.eml").write_bytes(sample.raw)
            if sample.attachment is not None:
                attached, data = sample.attachment
                (args.out / f"{name}-{attached}").write_bytes(data)
            record = {"file": f"{name}.eml", "style": sample.style, "group": sample.group,
                      "outcome": sample.outcome, "expected": sample.expected}  # fmt: skip
            index.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(samples)} samples to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
