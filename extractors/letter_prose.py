"""A document that holds a letter, not a form: its sentences read as a mail body's are.

A request written in Word as a letter (ข้าพเจ้า ... อายุ ... ปี เลขประจำตัวประชาชน ...
อยู่บ้านเลขที่ ... in one justified paragraph, the writer named only at its foot) and sent
as the .docx, or printed to PDF, gives its values in sentences, as a mail body written so
does. The readers of documents (Word, ODT, RTF, a PDF's text layer) read its labelled
lines first, then here the sentences (`extractors.prose`) for the fields no label gave:
at prose confidence, flagged as prose values are.

A "name" a label gave that holds a digit (the letter's "ข้าพเจ้า อายุ 42 ปี": the label's
next words) gives the field nothing: the name the sentences or the foot give is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extractors.acting_for import ACTING_FOR
from extractors.address_abroad import is_abroad
from extractors.address_parts import HAS_AREA
from extractors.base import FieldCandidate, LabelIndex, ProvenanceKind
from extractors.body_form import people_parts
from extractors.current_address import is_registered
from extractors.forwarding_letter import forwarded_paragraph, in_paragraph
from extractors.names import name_key
from extractors.prose import (
    ABOUT_ANOTHER,
    ANOTHERS_PHONE,
    OLD_PHONE_CONFIDENCE,
    SAID_PHONE,
    SIGNATURE_CONFIDENCE,
    ProseExtractor,
)
from extractors.role_lines import ANOTHERS_ROLE_LINE
from extractors.role_words import CONTACT
from extractors.second_persons import looks_like_cv
from extractors.set_behind import BEHIND_CONFIDENCE, compared, with_values_behind
from extractors.signature_blocks import anothers_signature_lines
from extractors.thai import CIVIL_TITLE

__all__ = [
    "contacts_behind_signers",
    "looks_like_cv",
    "looks_like_letter",
    "looks_like_note",
    "with_letter_prose",
]

# The words of a letter or a request in sentences: the writer's "I", the letter's closing
# and the sentence that concludes it. A printed form holds its labels instead.
# A monk writes himself อาตมภาพ (อาตมา) and closes ขอเจริญพร (set 104: a monk's typed letter
# for his own allowance, read as nothing).
_LETTER = re.compile(
    r"ข้าพเจ้า|กระผม|ดิฉัน|ขอแสดงความนับถือ|จึงเรียนมา|ด้วยความเคารพ|มีความประสงค์|อาตมภาพ|ขอเจริญพร"
)
_DIGIT = re.compile(r"\d")
_NOT_DIGIT = re.compile(r"\D")  # dropped: a number compared by its digits
# A printed form's marks: the dot leaders or rules a value is written over, a box to tick.
_FORM_MARKS = re.compile(r"\.{4,}|…{2,}|_{4,}|[☐☑☒□■]|\[\s*[xX✓]?\s*\]")
# The letter's sign-off: the lines below it are the signer's (name, position, phone).
_SIGN_OFF = re.compile(r"^\s*(?:ขอแสดงความนับถือ|ด้วยความเคารพ(?:อย่างสูง)?)\s*$")
# Another's ID or birth date, as the sentences read it: behind any of the writer's.
_ANOTHERS_KEYS = frozenset({"national_id", "birth_date"})
ANOTHERS_CONFIDENCE = OLD_PHONE_CONFIDENCE
ANOTHERS_SIGNATURE = 0.4  # a value under another's signature: below the sentences' (0.6)
MAX_NOTE_LINES = 15  # a phone's note is a few short lines; a longer page is a document


def looks_like_note(text: str) -> bool:
    """Whether `text` is a short note (a phone's notes app saved as PDF): a few lines, no
    letter's words and none of a printed form's marks. Like a mail body, it says its
    values with a word before them or none, so its sentences are read as a body's are."""
    lines = [line for line in text.splitlines() if line.strip()]
    return (
        0 < len(lines) <= MAX_NOTE_LINES
        and not looks_like_letter(text)
        and _FORM_MARKS.search(text) is None
    )


def looks_like_letter(text: str) -> bool:
    """Whether `text` holds the words only a letter (or a request in sentences) holds."""
    return _LETTER.search(text) is not None


def with_letter_prose(
    found: list[FieldCandidate],
    lines: Sequence[str],
    *,
    part: str,
    kind: ProvenanceKind,
    labels: LabelIndex,
    placed: Callable[[FieldCandidate], FieldCandidate] = lambda c: c,
    own_lines: bool = True,
) -> list[FieldCandidate]:
    """`found` (the document's labelled values, its lines numbered from 1) and the typed
    values of its sentences for the fields `found` gives none; a letter forwarding a
    villager's request keeps only its paragraph on the villager. `placed` puts a prose
    candidate, whose line counts the joined `lines` from 1, where it was read (a PDF's
    page and line). `own_lines`: `found`'s lines count `lines` from 1 (a PDF's count
    its pages' own)."""
    forwarding = forwarded_paragraph(list(enumerate(lines, start=1)))
    if forwarding is not None:  # head and foot the office's
        found = in_paragraph(found, forwarding)
    sign_off = _sign_off_line(lines)
    if own_lines:
        found = _under_anothers_signature(found, anothers_signature_lines(lines))
    said = list(lines)
    if looks_like_cv(said):
        # a CV's references, employers, schools and family are other people and places:
        # its bare lines there (a reference's name, an employer's number) are not hers,
        # as their labelled ones are not (body_form's other parties' parts, set 59)
        others, _ = people_parts(said, labels)
        said = ["" if k in others else line for k, line in enumerate(said)]
    letter = ProseExtractor(kind=kind).extract("\n".join(said), part=part, labels=labels)
    # a letter written for another (a volunteer's for a villager): its writer's block's
    # number, set behind, is not the one it is for
    for_another = any(c.provenance.label == ACTING_FOR for c in letter.candidates)
    found = _anothers_by_the_sentence(found, letter.candidates, said)
    found = _contact_behind_signer(found, letter.candidates, sign_off)
    have = {
        c.key
        for c in found
        if not (c.key == "full_name" and _DIGIT.search(c.value))
        and not (c.key == "phone" and (c.provenance.line or 0) > sign_off)
        # "มีชื่ออยู่ในทะเบียนบ้านเลขที่ ..." under its label: the letter's own sentence may
        # say where she lives now (extractors.current_address ranks the two)
        and not (c.key == "address" and is_registered(c))
        # a home abroad under its label ("Home address: ..., United Kingdom"): the Thai
        # one the letter gives otherwise is still read, and ranks first (address_abroad)
        and not (c.key == "address" and is_abroad(c.value))
        # a house and its village alone (a committee table's cell, "75 ม.2"): the whole
        # address the letter gives is read too, and ranks first where it is the same
        # house (address_fuller, set 91)
        and not (c.key == "address" and not HAS_AREA.search(c.value))
        and c.provenance.label != ANOTHERS_ROLE_LINE
        and c.confidence > ANOTHERS_SIGNATURE
        # a number a block gave and the readers set behind as its maker's, in a letter
        # for another (a volunteer's centre's block top left, set 108): the sentences'
        # own number is read beside it
        and not (for_another and c.key == "phone" and c.confidence <= BEHIND_CONFIDENCE)
    }
    found = _signers_phone_below(found, letter.candidates, sign_off)
    # the sentences' reading of a number set behind as a block's is the block's too
    blocks = {compared(c) for c in found if c.key == "phone" and c.confidence <= BEHIND_CONFIDENCE}
    said_now = with_values_behind(letter.candidates, blocks) if blocks else letter.candidates
    return [
        *found,
        *(
            placed(c)
            for c in _signers_phone_below(said_now, said_now, sign_off)
            # whom a certificate is about ("ข้าพเจ้า <kamnan> ... ขอรับรองว่า <villager>"),
            # though the label ข้าพเจ้า gave the writer: extractors.extract ranks the
            # one vouched or acted for over the writer, as in a mail body
            if c.key not in have or c.provenance.label in ABOUT_ANOTHER
        ),
    ]


def _anothers_by_the_sentence(
    found: list[FieldCandidate], said: list[FieldCandidate], lines: Sequence[str]
) -> list[FieldCandidate]:
    """`found` with an ID or a birth date the letter's sentences say is another's (his,
    after his name: "เป็นภริยาของ นาย... เลขประจำตัวประชาชน ... เกิดวันที่ ...") set behind
    as his, though a label gave it: a paragraph wrapped at the page's width may open a
    line with the ID's words, a word of the sentence, no form's label (set 69). So is a
    phone said of another inside brackets opened on a line above (set 80: "มีผู้ให้เช่าคือ
    นาย... (อยู่ที่ ..." / "โทร 08...) ท่อระบายน้ำ...", the landlord's mobile in a tenant's
    letter): the line's โทร is a word of the aside, no label of the writer's."""
    theirs = {
        (c.key, _NOT_DIGIT.sub("", c.value))
        for c in said
        if (c.key in _ANOTHERS_KEYS and c.provenance.label == ANOTHERS_ROLE_LINE)
        or (
            c.key == "phone"
            and c.provenance.label == ANOTHERS_PHONE
            and _in_aside_from_above(lines, c.provenance.line or 0, c.value)
        )
    }
    # a phone whose line a wrapped sentence opens: read as the sentence reads it (prose),
    # so it is none of the applicant's own labelled numbers (mobile_first)
    wrapped = {
        (c.key, _NOT_DIGIT.sub("", c.value))
        for c in said
        if c.key == "phone"
        and c.provenance.label == ANOTHERS_PHONE
        and _wrapped_after_a_name(lines, c.provenance.line or 0, c.value)
    }
    if not theirs and not wrapped:
        return found

    def as_theirs(c: FieldCandidate) -> FieldCandidate:
        said_so = (c.key, _NOT_DIGIT.sub("", c.value))
        update: dict[str, object] = {
            "confidence": min(c.confidence, ANOTHERS_CONFIDENCE),
            "provenance": c.provenance.model_copy(
                update={"label": ANOTHERS_ROLE_LINE}
                | ({"method": "prose"} if said_so in wrapped else {})
            ),
        }
        return c.model_copy(update=update)

    return [
        as_theirs(c) if (c.key, _NOT_DIGIT.sub("", c.value)) in theirs | wrapped else c
        for c in found
    ]


# A sentence's line that goes on onto the next: no colon (no label's line), no closing
# mark, a titled name in it (the one the sentence assigns or names: "ได้มอบหมายให้ นาง...").
_TITLED_NAME = re.compile(rf"{CIVIL_TITLE}\s*[\u0e01-\u0e4e]{{2,}}")
_LINE_ENDS_SENTENCE = re.compile(r"[.:：)）]\s*$|(?:ครับ|ค่ะ|คะ|นั้น|ด้วย)\s*$")


def _wrapped_after_a_name(lines: Sequence[str], line: int, value: str) -> bool:
    """Whether `value` opens line `line` (from 1) after its phone word only, the line
    above being a sentence that names a titled person and goes on into it (set 105: a
    firm's letter wrapped before "โทร 08... เป็นผู้ประสานงาน", the accountant named
    above): a word of that sentence, no label of the writer's line."""
    if not 1 < line <= len(lines):
        return False
    text, above = lines[line - 1], lines[line - 2]
    at = text.find(value)
    if at < 0 or len(text[:at].split()) > 1:  # "โทร" alone before the number
        return False
    return (
        ":" not in above
        and "：" not in above
        and _TITLED_NAME.search(above) is not None
        and _LINE_ENDS_SENTENCE.search(above) is None
    )


def _in_aside_from_above(lines: Sequence[str], line: int, value: str) -> bool:
    """Whether `value` on line `line` (from 1) stands in brackets opened on a line above:
    its line closes after it a bracket it never opened before it."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    at = text.find(value)
    if at < 0:
        return False
    before, after = text[:at], text[at + len(value) :]
    closed = min((k for k in (after.find(")"), after.find("）")) if k >= 0), default=-1)
    opened = min((k for k in (after.find("("), after.find("（")) if k >= 0), default=len(after))
    return 0 <= closed < opened and "(" not in before and "（" not in before


def _under_anothers_signature(found: list[FieldCandidate], block: set[int]) -> list[FieldCandidate]:
    """`found` with the values labelled under another's signature (the recorder's ID and
    phone under his name: extractors.signature_blocks) set below the sentences' and
    flagged: his, not the writer's."""
    if not block:
        return found
    return [
        c.model_copy(update={"confidence": min(c.confidence, ANOTHERS_SIGNATURE)})
        if c.key != "full_name" and c.provenance.line in block
        else c
        for c in found
    ]


# The label of a body's contact person (role_words.CONTACT: ผู้ประสานงาน, ผู้ติดต่อ).
_CONTACT_LABEL = re.compile(rf"\s*(?:ชื่อ)?{CONTACT}")
_SIGNED = "ลงชื่อ"  # prose's label of a name signed below a closing or a ลงชื่อ line


def _contact_behind_signer(
    found: list[FieldCandidate], said: list[FieldCandidate], sign_off: float
) -> list[FieldCandidate]:
    """`found` with a name labelled as a body's contact above the sign-off set below the
    sentences' (and so out of the fields they may fill) where another signs below it:
    for a body the applicant is the one who signs for it (set 28), the one to call is
    another (set 91: "ผู้ประสานงาน นาย... รองผู้อำนวยการ" in a school's letter)."""
    signed = [
        c
        for c in said
        if c.key == "full_name"
        and (c.provenance.label or "").startswith(_SIGNED)
        and (c.provenance.line or 0) > sign_off
    ]
    signers = {" ".join(c.value.split()) for c in signed}
    if not signers:
        return found
    foot = _signature_foot(signed) if len(signers) == 1 else range(0)
    return [
        c.model_copy(update={"confidence": min(c.confidence, ANOTHERS_SIGNATURE)})
        if c.key == "full_name"
        and _CONTACT_LABEL.match(c.provenance.label or "")
        and ((c.provenance.line or 0) < sign_off or (c.provenance.line or 0) in foot)
        and not any(c.value.startswith(name) for name in signers)
        else c
        for c in found
    ]


# The lines of a signature block below the signed name: post, office, line, and last the
# contact a body names for a clerk to call ("ผู้ประสานงาน <name> โทร ...").
_FOOT_LINES = 6


def _signature_foot(signed: list[FieldCandidate]) -> range:
    """The line numbers of the signature block below the one name signed: a contact
    named there is the body's staff (a firm's coordinator under its director's post, a
    group's secretary under its chair's phone), not the one who signs for it (set 28).
    Only where one signs: under a petition's signers its coordinator is its applicant."""
    last = max(c.provenance.line or 0 for c in signed)
    return range(last + 1, last + 1 + _FOOT_LINES)


def contacts_behind_signers(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """`candidates` with each mail body's contact named above the one name signed under
    its closing set behind, as a document's letter's are (`_contact_behind_signer`): a
    firm's Outlook letter names its building manager as "ผู้ประสานงาน <name> <post> โทร
    ..." and its director signs under "ขอแสดงความนับถือ" (set 98); for a body the applicant
    is the one who signs (set 28). Not where several sign (a petition's signers)."""
    out = candidates
    for part in {c.provenance.part for c in candidates if c.key == "full_name"}:
        signed = [
            c
            for c in candidates
            if c.key == "full_name"
            and c.provenance.part == part
            and (c.provenance.label or "").startswith(_SIGNED)
        ]
        if len({" ".join(c.value.split()) for c in signed}) != 1:
            out = _contact_behind_writer(out, part)
            continue
        if any(
            name_key(c.value).startswith(name_key(signed[0].value))
            for c in candidates
            if c.key == "full_name"
            and c.provenance.part == part
            and _CONTACT_LABEL.match(c.provenance.label or "")
        ):
            continue  # the contact signs herself, her title left out of one of the two
        first = min(c.provenance.line or 0 for c in signed)
        theirs = [c for c in out if c.provenance.part == part]
        kept = _contact_behind_signer(theirs, signed, first - 0.5)
        changed = {id(c): k for c, k in zip(theirs, kept, strict=True)}
        out = [changed.get(id(c), c) for c in out]
    return out


# The writer naming himself in the first person ("ข้าพเจ้า <name> ... เลขประจำตัวประชาชน"),
# as the label reader and the sentences' reader label him.
_WRITERS = frozenset({"ข้าพเจ้า", "ข้าพเจ้า/ชื่อ"})


def _contact_behind_writer(candidates: list[FieldCandidate], part: str) -> list[FieldCandidate]:
    """`candidates` with a contact labelled below the one writer who named himself above
    it in `part` set behind, where no name is signed to tell (a signature in an Outlook
    table run into one line): a pastor writes "ข้าพเจ้า <him> ... ขออนุญาต ...", then
    "ผู้ประสานงาน: <the church's secretary> โทร ..." (set 104); the request is his."""
    names = [c for c in candidates if c.key == "full_name" and c.provenance.part == part]
    writers = [c for c in names if c.provenance.label in _WRITERS]
    if len({name_key(c.value).split(" ")[0] for c in writers}) != 1:
        return candidates
    writer = name_key(writers[0].value).split(" ")[0]  # his given name: a post may run on
    first = min(c.provenance.line or 0 for c in writers)
    return [
        c.model_copy(update={"confidence": min(c.confidence, ANOTHERS_SIGNATURE)})
        if c.key == "full_name"
        and c.provenance.part == part
        and _CONTACT_LABEL.match(c.provenance.label or "")
        and (c.provenance.line or 0) > first
        and not name_key(c.value).startswith(writer)
        else c
        for c in candidates
    ]


def _sign_off_line(lines: Sequence[str]) -> float:
    """The line (from 1) of the letter's sign-off, or infinity where it has none."""
    return next((n for n, line in enumerate(lines, 1) if _SIGN_OFF.match(line)), float("inf"))


def _signers_phone_below(
    found: list[FieldCandidate], said: list[FieldCandidate], sign_off: float
) -> list[FieldCandidate]:
    """`found` with a phone labelled under the sign-off put below one the letter's
    sentences say with โทร/เบอร์ above it (set 54: a company's letter gives its worker's
    mobile in the body, the HR manager's "โทร ..." under his signature). Where the writer
    is the applicant both are hers, and the sentence's serves as well."""
    body = {
        _NOT_DIGIT.sub("", c.value)
        for c in said
        if c.key == "phone"
        and c.provenance.label == SAID_PHONE
        and (c.provenance.line or 0) < sign_off
    }
    if not body:
        return found
    return [
        c.model_copy(update={"confidence": min(c.confidence, SIGNATURE_CONFIDENCE)})
        if c.key == "phone"
        and (c.provenance.line or 0) > sign_off
        and _NOT_DIGIT.sub("", c.value) not in body
        else c
        for c in found
    ]
