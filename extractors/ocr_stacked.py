"""Labels printed above their values, two or three boxes side by side.

Newer Thai forms (and bank-style ones) put each value in a box with its label in small
print at the box's top, often with an English gloss: `จังหวัด / Province` over `แพร่`,
`รหัสไปรษณีย์ / Postcode` beside it over `54130`. OCR reads such a row as two lines, the
labels' and the values': `จังหวัด / Province รหัสไปรษณีย์ / Postcode` then `แพร่ 54130`.
The label reader reads a lone label's value from the line under it, but a line of two
labels reads as the first label with the second for its value, and the values' line as
nothing. Here such a pair of lines becomes one `label value` line per box, the values'
line cut where the typed values fit their types (a postal code's five digits, an ID,
a date): only a cut that is the one best fit is taken, so a values' line that could be
parted two ways is left as read. The values stay OCR values, flagged as all are.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from extractors.base import FieldType, LabelIndex
from extractors.body_form import parse_label_line

__all__ = ["cut_by_type", "with_values_below"]

# An English gloss after a Thai label: `/ Province`, `/ ID No.` (read `/ 10 No.`).
_GLOSS = re.compile(r"\s*/\s*[A-Za-z0-9][A-Za-z0-9 .\-]*?(?=\s*[\u0e01-\u0e4e]|\s*$)")
MAX_BOXES = 3  # boxes side by side on a form's row; more is a table of its own
# Types whose values OCR misreads into another spelling of the same kind of word: a
# province named a little wrong is still the province's part of the line.
_LOOSE: frozenset[str] = frozenset({"text", "name", "province"})

Fits = Callable[[FieldType, str], bool]

# A grid's upright rules between its boxes, which Tesseract reads as `|`: nothing of a
# label's, and between values only where they stand alone (`|2` may be a 1 and a 2).
_RULE = re.compile(r"\|")
_LONE_RULE = re.compile(r"(?:(?<=\s)|^)\|(?=\s|$)")


def labels_only(text: str, labels: LabelIndex) -> list[tuple[str, str]]:
    """The (key, label) of each label a line holds, when it holds labels and nothing
    else (English glosses aside); [] otherwise."""
    heads: list[tuple[str, str]] = []
    rest = _GLOSS.sub("", text)
    while rest.strip():
        found = parse_label_line(rest, labels)
        if found is None and heads and _specks_after(heads[-1][0], rest, labels):
            return heads
        if found is None or len(heads) == MAX_BOXES:
            return []
        heads.append((found.key, found.label))
        rest = found.value
    return heads


# Values that hold digits: what follows such a label on its line with no digit in it is
# none of its value but specks (a stamp's edge, a gloss misread: `/ Postage!`).
_DIGITS_TYPES = frozenset({"national_id", "phone", "date", "postal_code"})
_DIGIT = re.compile(r"[0-9\u0e50-\u0e59]")


def _specks_after(key: str, rest: str, labels: LabelIndex) -> bool:
    """Whether `rest`, after the label of `key` on a line of labels, holds no digit while
    the label's value must: read as specks, the line is labels only."""
    field_type = getattr(labels, "field_type", None)
    return field_type is not None and field_type(key) in _DIGITS_TYPES and not _DIGIT.search(rest)


def with_values_below(
    lines: Sequence[tuple[int, str]], labels: LabelIndex, fits: Fits
) -> list[tuple[int, str]]:
    """The numbered lines with each line of two or three labels and the unlabelled line
    under it made one `label value` line per label (`fits(kind, value)`: a typed value
    fits its type); a label left without a value is dropped."""
    field_type = getattr(labels, "field_type", None)
    out = list(lines)
    if field_type is None:
        return out
    i = 0
    while i < len(out) - 1:
        heads = labels_only(_RULE.sub(" ", out[i][1]), labels)
        below = _LONE_RULE.sub(" ", out[i + 1][1])
        parts = None
        if len(heads) >= 2 and below.strip() and parse_label_line(below, labels) is None:
            kinds = [field_type(key) for key, _ in heads]
            parts = cut_by_type(below.split(), kinds, fits)
        if parts is None:
            i += 1
            continue
        made = [f"{label} {part}" for (_, label), part in zip(heads, parts, strict=True) if part]
        out[i : i + 2] = [(out[i][0], made[0]), *((out[i + 1][0], m) for m in made[1:])]
        i += len(made)
    return out


def cut_by_type(words: list[str], kinds: list[FieldType], fits: Fits) -> list[str] | None:
    """The values' line cut into one part per label: the one cut where most typed parts
    fit their types (at least one, every part not empty), the typed parts that fit as
    short as can be (a typed value is read out of the junk around it, so a part with the
    next box's first word still fits); or the whole line for the first label alone when
    it is typed and fits as a whole and no shorter (the other boxes left blank). None
    when no cut is the one best."""
    scored: list[tuple[tuple[int, int], list[str]]] = []
    for cuts in itertools.combinations(range(1, len(words)), len(kinds) - 1):
        bounds = (0, *cuts, len(words))
        parts = [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
        fit = [k not in _LOOSE and fits(k, p) for k, p in zip(kinds, parts, strict=True)]
        if not any(fit):
            continue
        named = sum(k == "province" and fits(k, p) for k, p in zip(kinds, parts, strict=True))
        spread = sum(len(p.split()) for p, f in zip(parts, fit, strict=True) if f)
        scored.append(((sum(fit) + named, -spread), parts))
    if scored:
        best = max(score for score, _ in scored)
        winners = [parts for score, parts in scored if score == best]
        return winners[0] if len(winners) == 1 else None
    whole = " ".join(words)
    shorter = any(fits(kinds[0], " ".join(words[:n])) for n in range(1, len(words)))
    others = any(fits(k, whole) for k in kinds[1:])
    if kinds[0] not in _LOOSE and fits(kinds[0], whole) and not shorter and not others:
        return [whole, *([""] * (len(kinds) - 1))]
    return None
