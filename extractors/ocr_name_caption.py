"""A form's caption naming the parts of a name (`คำนำหน้า/ชื่อ/นามสกุล`) as OCR reads it:
without the colon a typed form puts after it, and with its letters misread.

The label reader takes `คำนำหน้า/ชื่อ/นามสกุล: นาง...` for the whole name
(`body_form._whole_named_by_parts`), but only with a colon closing the caption, which a
printed form has not; without it the caption's first part (`คำนำหน้า`, the title's own
label) opens the line and the whole name is read as a title, which no field keeps. OCR
also misreads the caption's pieces: a slash read as อ (`ชื่ออนามสกล`), น as ม, the ุ
of สกุล lost. The caption is recognised by its skeleton (`ocr_text.skeleton`, slashes
aside) near one of the captions the name's part labels make (`names.NAME_PART_SPECS`:
a title label, then ชื่อ or a given name's label, then a family name's label), and
written whole, with the colon.
"""

from __future__ import annotations

import itertools
from functools import cache

from extractors.base import LabelIndex
from extractors.body_form import parse_label_line
from extractors.names import FAMILY, FULL_NAME, GIVEN, NAME_PART_SPECS, TITLE
from extractors.ocr_text import allowed_edits, edit_distance, skeleton

GIVEN_CAPTION = "ชื่อ"  # the given name's word in a caption of parts (a full name's label alone)
MAX_SPECK = 3  # characters of a word before the caption taken for its number or a speck
# Specks glued to the caption's end: a quote, a colon read as a dot or a bar.
_SPECKS = "'\"`:;.,|"


def _thai(labels: list[str]) -> list[str]:
    return [label for label in labels if not label.isascii()]


@cache
def captions() -> dict[str, str]:
    """Each caption of a name's three parts, by its skeleton without slashes."""
    parts = {spec.key: _thai(spec.labels) for spec in NAME_PART_SPECS}
    made = {}
    for title, given, family in itertools.product(
        parts[TITLE], [GIVEN_CAPTION, *parts[GIVEN]], parts[FAMILY]
    ):
        caption = f"{title}/{given}/{family}"
        made[_key(caption)] = caption
    return made


def _key(word: str) -> str:
    return skeleton(word.replace("/", ""))


def caption_read(word: str) -> str | None:
    """The caption `word` is, read with a letter or a slash wrong (as many edits as a
    label of its length is allowed, `ocr_text.allowed_edits`); None when it is none.
    Of two captions as near (`ชื่ออ` is one edit from ชื่อ and from ชื่อชื่อ) either does:
    every one of them asks for the whole name."""
    read = _key(word.rstrip(_SPECKS))
    near = [
        (edits, caption)
        for key, caption in captions().items()
        if (edits := edit_distance(read, key, allowed_edits(key, typed=False)))
        <= allowed_edits(key, typed=False)
    ]
    return min(near)[1] if near else None


def with_name_caption(text: str, labels: LabelIndex) -> str:
    """The line with a caption of a name's parts (its pieces parted by a slash at least
    once) at its start written whole, a colon after it, where the label reader does not
    read the line as the whole name already."""
    found = parse_label_line(text, labels)
    if found is not None and found.key == FULL_NAME:
        return text
    words = text.split()
    # the caption opens the line, or follows one short word (the item's number, a speck)
    for at in (0, 1) if len(words) > 1 and len(words[0]) <= MAX_SPECK else (0,):
        caption = caption_read(words[at]) if at < len(words) and "/" in words[at] else None
        if caption is not None:
            break
    if caption is None:
        return text
    rest = " ".join(words[at + 1 :])
    fixed = f"{caption}: {rest}" if rest else caption
    again = parse_label_line(fixed, labels)
    return fixed if again is not None and again.key == FULL_NAME else text
