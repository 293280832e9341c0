"""An office that sends a request for someone else: its own line is never hers.

    บริษัท ... ขอส่งรายชื่อผู้แสวงบุญ / สำนักงาน... ขอนำส่งคำขอของลูกค้า ...
    ผู้ขอ: นาง<applicant> ...                       the one the request is for
    ...
    นางสาว<staff>                                  the office's signature: its staff,
    บริษัท ... จำกัด / สำนักงานเขียนแบบ ...          its name,
    โทร 0x-xxx-xxxx                                its line

A drafting office for a house's owner, a Hajj agent for a pilgrim, a foundation for a
villager (sets 75, 76): the office signs the mail, or heads its letter, with a block of
its own (its name, its address, its line) and the applicant, named elsewhere, gives no
number of her own. A clerk would not ring the office believing it is the villager. A
block of short lines at the letter's head (above its เรียน/เรื่อง) or foot (its last block,
or one below a closing) that names an office or a juristic person (บริษัท, มูลนิธิ,
สำนักงาน...) and none of the persons the rest of the text names is that office's: its
phone and e-mail are set behind, below review, so a clerk sees whose they are.

Not when the block names the applicant (her own work signature: "อรุณี มีสุข / ฝ่ายบัญชี
บริษัท ..." under "ข้าพเจ้า นางสาวอรุณี มีสุข"), nor when the text names no one else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.base import FieldCandidate, ParsedMessage
from extractors.juristic import is_juristic_name
from extractors.passes_on import passed_on_parts
from extractors.role_words import ACADEMIC_OFFICE, CLIENT, HEALTH_UNIT
from extractors.set_behind import behind
from extractors.thai import THAI_WORD
from extractors.title_options import NOT_AN_OFFICE, PERSONS_TITLE

__all__ = [
    "OFFICES_KEYS",
    "office_block_lines",
    "office_signers_behind",
    "office_value_behind",
    "without_intermediarys_line",
]

Lines = Sequence[tuple[int, str]]

OFFICES_KEYS = frozenset({"phone", "email"})
# The office's own address (its head office on its letterhead): below even another
# person's address said in a sentence, which in its letter is the one it writes for.
_PLACE_KEYS = frozenset({"address", "postal_code", "province"})
_PLACE_CONFIDENCE = 0.45
_BLOCK_AT_MOST = 8  # lines: a name, a post, the office, its licence, address, line, box
_LINE_AT_MOST = 90  # characters: a signature's or letterhead's line, not a sentence
# A letterhead's address on one line, however long: a house number, no sentence, its
# postal code ending it ("88/12 ถนน... ตำบล... อำเภอ... จังหวัด... 50000").
_ADDRESS_LINE = re.compile(r"[0-9๐-๙][^\n]{0,150}\s[1-9][0-9]{4}")
# An office's own name opening its line (a juristic person's too: juristic.py); a health
# centre or hospital, or the post of the one who heads it, signing its letter about a
# patient (set 81: "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบล...", its line under it).
# So is a member of parliament's office, signed by his assistant ("ผู้ช่วยดำเนินงานของ
# สมาชิกสภาผู้แทนราษฎร", "ผู้ช่วย ส.ส.", set 94): it passes a citizen's plea on.
# So is a faculty's or a university's office signing its request for a student (set 96:
# "งานฝึกประสบการณ์วิชาชีพ คณะ... / มหาวิทยาลัย... / <its place> / โทร <its line>").
_OFFICE = re.compile(
    rf"\s*(?:สำนักงาน|ศูนย์|ผู้อำนวยการ|{HEALTH_UNIT}|{ACADEMIC_OFFICE}"
    r"|(?:ผู้ช่วย\S*\s*)?(?:สมาชิกสภาผู้แทนราษฎร|ส\.\s?ส\.))"
)
# Where a letter's body begins: the lines above are its head.
_OPENING = re.compile(r"\s*(?:เรียน|เรื่อง|ถึง)")
# A closing over the signature ("ขอแสดงความนับถือ", "ขอบคุณค่ะ", "Best regards").
_CLOSING = re.compile(
    r"\s*(?:ขอแสดงความนับถือ|ด้วยความเคารพ|ขอบคุณ|ขอบพระคุณ|best regards|regards|terima kasih)",
    re.IGNORECASE,
)
# A writer who says the matter is his client's or his insured's ("หนังสือมอบอำนาจของ
# ลูกความ", "ของผู้เอาประกันภัย"): a lawyer, an insurer, sending for another; the name he
# signs with, his line and box are his own even where the text names her nowhere.
_FOR_CLIENT = re.compile(rf"(?:ของ|แก่|แทน|ให้)\s*{CLIENT}")
# A signed name opening its line, maybe in brackets: "นายธนกร ศิริมงคล", "(นาย...)".
_SIGNED = re.compile(rf"\s*[(（]?\s*{NOT_AN_OFFICE}{PERSONS_TITLE}\s*{THAI_WORD}")
# A person's titled name (an office held, "นายอำเภอ", is no one's): his given name.
# Not June's นาย ("มิถุนายน": its given name "น" is in every block).
_TITLED = re.compile(rf"(?<!มิถุ){NOT_AN_OFFICE}{PERSONS_TITLE}\s*(?P<given>{THAI_WORD})")


def without_intermediarys_line(lines: Lines, found: list[FieldCandidate]) -> list[FieldCandidate]:
    """`found` (read from `lines`, numbered as their provenance) with the contacts in an
    office's block set behind (see the module's docstring)."""
    block = office_block_lines(lines)
    if not block:
        return found
    return [_behind(c) if (c.provenance.line or 0) in block else c for c in found]


def office_signers_behind(
    parsed: ParsedMessage, candidates: Sequence[FieldCandidate]
) -> list[FieldCandidate]:
    """`candidates` with a name signed in an office's block of the mail's own plain text
    set behind where the text says it passes on a villager's plea (passes_on): its staff
    (an MP's assistant signing his office's mail, set 94) sends the plea of the one the
    text names elsewhere, never her own. A body's own letter is left alone: the one who
    signs for it asks (set 28)."""
    passed = passed_on_parts(parsed.text_parts)
    blocks = {
        part.part: block
        for part in parsed.text_parts
        if part.kind == "plain"
        and part.part in passed
        and (block := office_block_lines(list(enumerate(part.text.splitlines(), start=1))))
    }
    if not blocks:
        return list(candidates)
    return [
        behind(c)
        if c.key == "full_name"
        and c.provenance.filename_index is None
        and (c.provenance.line or 0) in blocks.get(c.provenance.part, ())
        else c
        for c in candidates
    ]


def office_value_behind(c: FieldCandidate) -> FieldCandidate:
    """`c`, read from an office's block, set behind as its line, box or place is."""
    return _behind(c)


def _behind(c: FieldCandidate) -> FieldCandidate:
    if c.key in OFFICES_KEYS:
        return behind(c)
    if c.key in _PLACE_KEYS:
        return behind(c, _PLACE_CONFIDENCE)
    return c


def office_block_lines(lines: Lines) -> set[int]:
    """The numbers of the lines of each office's block at the head or foot of `lines`;
    under an office's letterhead, the signature at its foot too: its staff sign for it
    (an insurer's claims manager, his direct line and box, under the company's head)."""
    blocks = _blocks(lines)
    out: set[int] = set()
    letterhead = False
    for k, block in enumerate(blocks):
        if not _at_head_or_foot(blocks, k):
            continue
        signed = letterhead and _at_foot(blocks, k) and _short(block)
        if not (_an_offices(block) or signed):
            continue
        inside = {n for n, _ in block}
        elsewhere = " ".join(text for n, text in lines if n not in inside | out)
        others = {m["given"] for m in _TITLED.finditer(elsewhere)}
        own_text = " ".join(text for _, text in block)
        if others and not any(given in own_text for given in others):
            out |= inside
            letterhead = letterhead or _letterhead(blocks, k)
    if not out and _FOR_CLIENT.search(" ".join(text for _, text in lines)):
        out = _signature(lines)
    return out


def _signature(lines: Lines) -> set[int]:
    """The numbers of the text's last lines from the last one a titled name opens (the
    writer's signed name, his line and box under it): a few short lines, no one the rest
    of the text names among them."""
    filled = [(n, text) for n, text in lines if text.strip()]
    for k in range(len(filled) - 1, max(-1, len(filled) - 1 - _BLOCK_AT_MOST), -1):
        if _SIGNED.match(filled[k][1]):
            block = filled[k:]
            inside = {n for n, _ in block}
            elsewhere = " ".join(text for n, text in lines if n not in inside)
            others = {m["given"] for m in _TITLED.finditer(elsewhere)}
            own_text = " ".join(text for _, text in block)
            if _short(block) and not any(given in own_text for given in others):
                return inside
            return set()
    return set()


def _blocks(lines: Lines) -> list[list[tuple[int, str]]]:
    """Runs of non-blank lines, split at a blank line, a gap in the numbering, a line
    opening the letter's body and after a closing (a PDF's text keeps no blank line)."""
    blocks: list[list[tuple[int, str]]] = []
    last = None
    for n, text in lines:
        if not text.strip():
            last = None
            continue
        if last is None or n != last + 1 or _OPENING.match(text):
            blocks.append([])
        blocks[-1].append((n, text))
        last = None if _CLOSING.match(text) else n
    return blocks


def _at_head_or_foot(blocks: list[list[tuple[int, str]]], k: int) -> bool:
    """Above any line opening the letter's body, the last block, or below a closing."""
    if k == len(blocks) - 1:
        return True
    if _CLOSING.match(blocks[k][0][1]) or (k and _CLOSING.match(blocks[k - 1][-1][1])):
        return True
    return not any(_OPENING.match(text) for block in blocks[: k + 1] for _, text in block)


def _letterhead(blocks: list[list[tuple[int, str]]], k: int) -> bool:
    """The letter's first block, a line opening its body below: its letterhead (not a
    CV's part on a firm she worked for, which no เรียน/เรื่อง follows)."""
    return k == 0 and any(_OPENING.match(text) for block in blocks[1:] for _, text in block)


def _at_foot(blocks: list[list[tuple[int, str]]], k: int) -> bool:
    """The last block, or one below a closing: a signature's place."""
    if k == len(blocks) - 1:
        return True
    return bool(_CLOSING.match(blocks[k][0][1]) or (k and _CLOSING.match(blocks[k - 1][-1][1])))


def _short(block: list[tuple[int, str]]) -> bool:
    """A few short lines: a signature's or a letterhead's, no paragraph."""
    texts = [text for _, text in block if not _CLOSING.match(text)]
    return 0 < len(texts) <= _BLOCK_AT_MOST and all(
        len(text.strip()) <= _LINE_AT_MOST or _ADDRESS_LINE.fullmatch(text.strip())
        for text in texts
    )


def _an_offices(block: list[tuple[int, str]]) -> bool:
    """A few short lines, one of them an office's or a juristic person's name."""
    texts = [text for _, text in block if not _CLOSING.match(text)]
    return _short(block) and any(
        _OFFICE.match(text) or is_juristic_name(text.strip()) for text in texts
    )
