"""Two versions of a form in one mail (issue 8, set 43): the citizen sent a form with a
slip, then a corrected one beside it, named so ("แบบคำร้อง_แก้ไข.docx", "คำร้อง_ฉบับ
แก้ไข.pdf", "form_corrected", "form_v2") or named in the body as the one to use ("ขอให้
ใช้ไฟล์ที่ชื่อ คำร้อง (2).pdf"). Read in mail order, the old one attached first won,
flagged only as a disagreement.

Here the other attachments' values of every field the corrected file gives are made no
surer than a superseded value (body_form.SUPERSEDED): the corrected one wins, the old
stays as a rival for the clerk. A field only the old file gives is left as it is, and
nothing changes when no file, or every file, is marked."""

from __future__ import annotations

import re

from extractors.base import FieldCandidate, ParsedMessage
from extractors.body_form import SUPERSEDED

__all__ = ["corrected_files_first"]

# A file name saying it is the corrected version: แก้ไข (ฉบับแก้ไข), "corrected",
# "revised", a version 2..9 ("v2", "ver.3", "rev2").
_CORRECTED_NAME = re.compile(
    r"แก้ไข|ที่ถูกต้อง|correct(?:ed|ion)|revised|(?<![a-z])(?:v|ver|rev)\.?\s?[2-9](?![0-9])",
    re.IGNORECASE,
)
# A body line pointing at a file as the one to use: "ใช้ไฟล์ ...", "ไฟล์ที่ถูกต้องคือ ...".
_USE_THIS = re.compile(r"ใช้|ถูกต้อง|แก้ไข|ล่าสุด|\buse\b|correct", re.IGNORECASE)
_QUOTED = (">", "|")  # a reply's quoted lines are the earlier mail's


def corrected_files_first(
    parsed: ParsedMessage, candidates: list[FieldCandidate]
) -> list[FieldCandidate]:
    """`candidates` with other attachments' values of the fields a corrected attachment
    gives made no surer than SUPERSEDED."""
    named = {a.index: a.filename or "" for a in parsed.attachments if a.filename}
    if len(named) < 2:
        return candidates
    marked = _marked(parsed, named)
    if not marked or marked == set(named):
        return candidates
    given = {c.key for c in candidates if c.provenance.filename_index in marked}
    out = []
    for c in candidates:
        index = c.provenance.filename_index
        if index is not None and index not in marked and c.key in given:
            c = c.model_copy(update={"confidence": min(c.confidence, SUPERSEDED)})
        out.append(c)
    return out


def _marked(parsed: ParsedMessage, named: dict[int, str]) -> set[int]:
    """The attachments the body points at as the ones to use, else those named corrected."""
    lines = [
        line
        for part in parsed.text_parts
        for line in part.text.splitlines()
        if line.strip() and not line.lstrip().startswith(_QUOTED) and _USE_THIS.search(line)
    ]
    pointed = {i for i, name in named.items() if any(name in line for line in lines)}
    if pointed and pointed != set(named):
        return pointed
    return {i for i, name in named.items() if _CORRECTED_NAME.search(name)}
