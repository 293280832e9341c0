"""Values written on a line with their captions printed in brackets under it.

Certificates and some village forms print a solid line per value with its caption in
small print, in brackets, under the line: `นางมาลี ทองคำ` over `(ชื่อ - นามสกุล)`, or
`3501300662816 11/7/2511` over `(เลขประจำตัวประชาชน 13 หลัก) (วัน/เดือน/ปี เกิด)`.
OCR reads such a row as the values' line, then the captions' line. The label reader
reads a label's value after it or under it, so it gives each caption the next row's
values (an address took the line of captions under it) and every typed value is lost.
Here each such pair of lines becomes one `label value` line per caption, the values'
line cut by the values' types as for labels printed above their values
(`ocr_stacked.cut_by_type`): a row the types do not part is left as read. Brackets
are what mark a caption: a line of labels without them is labels (their values after
them or under them), and a values' line that holds a label of its own keeps it (a
caption naming the same field under it is dropped: the label reader would give it the
next row). The
values stay OCR values, flagged as all are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extractors.base import LabelIndex
from extractors.body_form import parse_label_line
from extractors.ocr_stacked import MAX_BOXES, Fits, cut_by_type

__all__ = ["caption_row", "with_captions_below"]

# One caption in brackets; OCR reads a round bracket as a square one at times.
_CAPTION = re.compile(r"[(\[]([^()\[\]]+)[)\]]")


def _as_is(text: str) -> str:
    return text


def caption_row(
    text: str, labels: LabelIndex, read: Callable[[str], str] = _as_is
) -> list[tuple[str, str]]:
    """The (key, label) of each caption of a line of bracketed captions and nothing
    else, each caption (as `read` mends a misread label) a label standing alone (a note
    after it, `13 หลัก`, is read into the label); [] for any other line."""
    if _CAPTION.sub("", text).strip():
        return []
    heads: list[tuple[str, str]] = []
    for inside in _CAPTION.findall(text):
        found = parse_label_line(read(inside.strip()), labels)
        if found is None or found.value or len(heads) == MAX_BOXES:
            return []
        heads.append((found.key, found.label))
    return heads


def with_captions_below(
    lines: Sequence[tuple[int, str]],
    labels: LabelIndex,
    fits: Fits,
    read: Callable[[str], str] = _as_is,
) -> list[tuple[int, str]]:
    """The numbered lines as OCR read them (mending a lone label takes its brackets off:
    `read` mends each caption and the values' line here) with each line of bracketed
    captions and the values' line above it made one `label value` line per caption
    (`fits(kind, value)`: a typed value fits its type); a caption left without a value
    is dropped, and so is a caption under a line that names its field with a label of
    its own."""
    field_type = getattr(labels, "field_type", None)
    out = list(lines)
    if field_type is None:
        return out
    i = 1
    while i < len(out):
        heads = caption_row(out[i][1], labels, read)
        above = read(out[i - 1][1])
        parts = None
        if heads and above.strip() and not caption_row(out[i - 1][1], labels, read):
            own = parse_label_line(above, labels)
            if own is not None and [own.key] == [key for key, _ in heads]:
                del out[i]  # `ข้าพเจ้า นาง...` over `(ชื่อ - นามสกุล)`: named twice
                continue
            if own is None:
                kinds = [field_type(key) for key, _ in heads]
                parts = [above] if len(heads) == 1 else cut_by_type(above.split(), kinds, fits)
        if parts is None:
            i += 1
            continue
        made = [f"{label} {part}" for (_, label), part in zip(heads, parts, strict=True) if part]
        out[i - 1 : i + 1] = [(out[i - 1][0], made[0]), *((out[i][0], m) for m in made[1:])]
        i += len(made)
    return out
