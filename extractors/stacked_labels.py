"""A table copied one cell per line: every header first, then every value in its order.

    ชื่อ-นามสกุล
    เลขประจำตัวประชาชน
    วันเกิด
    นางมาลี ศรีสุข
    3-1005-...
    03/11/2521

A web page's summary table copied on a phone, or pasted from a system that lays out its
record so, gives no label beside its value: the n-th value line is the n-th header's.
Only a run of labels alone on their lines followed at once by exactly as many lines that
are no label (then a blank line or the end) is paired: with more or fewer lines nothing
says which value is whose, and nothing is paired.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["MIN_STACKED", "stacked_labels"]

MIN_STACKED = 3  # two lone labels then two lines are as likely a label over its value


def stacked_labels(
    lines: Sequence[tuple[int, str]], lone: Callable[[str], bool]
) -> list[tuple[int, str]]:
    """`lines` with each stacked header line made "header: value" and its value's line
    left empty (line numbers kept); `lone`: whether a line is a label alone."""
    out = list(lines)
    i = 0
    while i < len(out):
        k = i
        while k < len(out) and out[k][1].strip() and lone(out[k][1]):
            k += 1
        count = k - i
        if count < MIN_STACKED:
            i = k + 1 if k == i else k
            continue
        values = out[k : k + count]
        after = out[k + count][1] if k + count < len(out) else ""
        if (
            len(values) == count
            and all(line.strip() and not lone(line) for _, line in values)
            and not after.strip()
        ):
            for j in range(count):
                head, value = out[i + j], out[k + j]
                out[i + j] = (head[0], f"{head[1].strip().rstrip(':：')}: {value[1].strip()}")
                out[k + j] = (value[0], "")
            i = k + count
        else:
            i = k
    return out
