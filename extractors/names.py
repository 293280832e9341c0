"""A name written in parts (title, first name, family name) joined into one full name.

Thai government forms often ask for the parts apart: "คำนำหน้า ... ชื่อ ... นามสกุล ...",
on one line or on several. The parts are read under keys of their own (these labels are
not fields of any template) and joined here, per source, into the `full_name` candidate,
so "นาย" + "สมชาย" + "ใจดี" becomes "นาย สมชาย ใจดี" (normalised to "นายสมชาย ใจดี").
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate, FieldSpec, source_of
from extractors.thai import CIVIL_TITLE
from extractors.title_options import (
    LATIN_TITLE,
    PERSONS_TITLE,
    is_honoured_title,
    is_monks_title,
    other_title_specified,
)

__all__ = [
    "FULL_NAME",
    "NAME_PART_SPECS",
    "is_option_line",
    "join_name_parts",
    "name_key",
    "opens_with_title_options",
    "same_person",
]

FULL_NAME = "full_name"
# A person's title, civil, rank, monk's or English, at the start of a name.
_TITLE_FIRST = re.compile(rf"^\s*(?:{PERSONS_TITLE}|{LATIN_TITLE}\.?)\s*", re.I)


def name_key(name: str) -> str:
    """A name without its title, its spaces as one and cased alike, for telling whether
    two readings name one person: "นาย สมชาย  ใจดี" -> "สมชาย ใจดี", "Mr. Tom Hale" ->
    "tom hale"."""
    return " ".join(_TITLE_FIRST.sub("", name, count=1).split()).casefold()


def same_person(one: str, other: str) -> bool:
    """Two readings name one person where their given names agree (a family name may be
    cut off, or a title left on one of them)."""
    a, b = name_key(one).split(), name_key(other).split()
    return bool(a) and bool(b) and a[0] == b[0]


TITLE, GIVEN, FAMILY, NICKNAME = "name_title", "given_name", "family_name", "nickname"

NAME_PART_SPECS = [
    FieldSpec(
        key=TITLE,
        part_of=FULL_NAME,
        title_th="คำนำหน้าชื่อ",
        title_en="Title",
        # ยศ (rank): a unit's sheet or form asks a soldier's or policeman's rank where others
        # ask the title, and the rank is kept before the name (issue 8); and the Thai words
        # spelt in Latin letters, as a web form names its boxes (set 73)
        labels=[
            "คำนำหน้า",
            "คำนำหน้าชื่อ",
            "คำนำหน้านาม",
            "ยศ",
            "Title",
            "Name title",
            "Prefix",
            "Khamnam na",
            "Kham nam na",
            "Khamnam na chue",
        ],
        # the names web forms give the box (a dump of the posted form shows them)
        form_fields=["prefix", "prename", "name_title", "title_name", "name_prefix"],
    ),
    FieldSpec(
        key=GIVEN,
        part_of=FULL_NAME,
        title_th="ชื่อตัว",
        title_en="First name",
        # ชื่อจริง ("real name"): the given name, as schools and clinics ask it beside ชื่อเล่น
        labels=["ชื่อตัว", "ชื่อจริง", "First name", "Given name", "Forename"],
        form_fields=["fname", "firstname", "first_name", "given_name", "name_th"],
    ),
    FieldSpec(
        key=FAMILY,
        part_of=FULL_NAME,
        title_th="นามสกุล",
        title_en="Family name",
        # ฉายา: the Pali name a monk is given at ordination, written where a layman's
        # family name goes ("พระมหาสมปอง ปญฺญาวโร"), as his documents and forms ask it
        labels=[
            "นามสกุล",
            "สกุล",
            "ฉายา",
            "Surname",
            "Last name",
            "Family name",
            "Nam sakun",
            "Nam sakul",
            "Namsakun",
            "Namsakul",
        ],
        form_fields=["lname", "lastname", "last_name", "surname", "family_name", "sname"],
    ),
    # The nickname a form asks beside the name: known, so that "ชื่อเล่น: ต้น" is not read
    # as a name with a loose label ("ชื่อ..."), and then left out: it is no part of it.
    FieldSpec(
        key=NICKNAME,
        title_th="ชื่อเล่น",
        title_en="Nickname",
        labels=["ชื่อเล่น", "Nickname", "Nick name"],
        form_fields=["nickname", "nick_name"],
    ),
]
PART_KEYS = frozenset({TITLE, GIVEN, FAMILY})
# the title's own captions ("คำนำหน้า", "คำนำหน้าชื่อ"), printed before its boxes
_TITLE_LABELS = frozenset(
    label.casefold() for spec in NAME_PART_SPECS if spec.key == TITLE for label in spec.labels
)
REVIEW_DOUBT = 0.75  # below review.REVIEW_BELOW: a clerk looks
_TITLED = re.compile(rf"(?:{CIVIL_TITLE}|{LATIN_TITLE})\.?", re.I)
_TITLE_VALUE = re.compile(rf"^(?:{CIVIL_TITLE}|{LATIN_TITLE})\.?$", re.I)
# Thai forms print the titles with a box before each ("☐ นาย ☐ นาง ☐ นางสาว") and the
# applicant ticks one: Word's ☑/☒, a filled ■, a tick, or a stroke typed in brackets.
# Radio buttons as web forms' mailed copies draw them are ticks too: the chosen one a
# filled circle (◉, ●, ⦿) or a dot in brackets ("(•)"), the others empty circles (○, ◯).
_TICKED = r"(?:[☑☒■✓✔✅◉●⦿]|[\(\[]\s*[/xX✓✔•●]\s*[\)\]])"
_UNTICKED = r"(?:[☐□❏❐○◯]|[\(\[]\s*[\)\]])"
_OPTIONS = re.compile(rf"(?:(?:{_TICKED}|{_UNTICKED})\s*{CIVIL_TITLE}\s*){{2,}}")
_CHOSEN = re.compile(rf"{_TICKED}\s*({CIVIL_TITLE})")
# ... or the boxes after their words ("นาย ☐ นาง ☒ นางสาว ☐"), as some forms print them.
_OPTIONS_AFTER = re.compile(rf"(?:{CIVIL_TITLE}\s*(?:{_TICKED}|{_UNTICKED})\s*){{2,}}")
_CHOSEN_AFTER = re.compile(rf"({CIVIL_TITLE})\s*{_TICKED}")
# ... or no boxes at all, the one chosen ticked after it ("นาย ✓  นาง  นางสาว"), as a
# reply typed into a mail marks it: read only when no box is printed anywhere in it.
_TICK_ONLY = re.compile(rf"(?:{CIVIL_TITLE}\s*(?:{_TICKED}\s*)?){{2,}}")
_UNTICKED_BOX = re.compile(_UNTICKED)


_OPTION_LINE = re.compile(rf"\s*(?:{_TICKED}|{_UNTICKED})\s*\S[^☐□❏❐○◯☑☒■✓✔✅◉●⦿]{{0,30}}")


def is_option_line(line: str) -> bool:
    """Whether a line is one option of a choice list and its box ("( ) นาง", "◉ นาย"), as a
    mailed copy of a web form lists a question's options, one per line."""
    return _OPTION_LINE.fullmatch(line) is not None


def opens_with_title_options(line: str) -> bool:
    """Whether a line starts with the printed titles and their boxes ("☐ นาย ☒ นาง ☐
    นางสาว ชื่อ ... นามสกุล ..."): the options answer the title, with no label of
    their own before them."""
    text = line.lstrip()
    before, after = _OPTIONS.match(text), _OPTIONS_AFTER.match(text)
    return bool(before and _CHOSEN.search(before.group())) or bool(
        after and _CHOSEN_AFTER.search(after.group())
    )


def join_name_parts(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """Candidates with each source's name parts joined into a `full_name` candidate."""
    candidates = [_ticked(c) if c.key in (TITLE, FULL_NAME) else c for c in candidates]
    candidates = [_title_in_label(c) if c.key == FULL_NAME else c for c in candidates]
    candidates = [_without_clause(c) if c.key == FULL_NAME else c for c in candidates]
    candidates = [c for c in candidates if c.key != NICKNAME]
    candidates = _title_line_then_name(candidates)
    parts = [c for c in candidates if c.key in PART_KEYS]
    if not parts:
        return candidates
    kept = [c for c in candidates if c.key not in PART_KEYS]
    for source in dict.fromkeys(source_of(c) for c in parts):
        mine = {c.key: c for c in reversed(parts) if source_of(c) == source}
        names = [c for c in kept if c.key == FULL_NAME and source_of(c) == source]
        # the ticked title on a line of its own ("ผู้ขอ ☐ นาย ☒ นาง", _ticked) reads as a
        # name of one word: beside a family name it is the title, never the given name
        # (set 35: "นาย แสนสุข", the given name left out)
        ticked = [c for c in names if _TITLE_VALUE.match(c.value.strip())]
        if TITLE not in mine and FAMILY in mine and len(ticked) == 1:
            mine[TITLE] = ticked[0]
            names = [c for c in names if c is not ticked[0]]
            kept = [c for c in kept if c is not ticked[0]]
        given = mine.get(GIVEN) or next((c for c in names if len(c.value.split()) == 1), None)
        family = mine.get(FAMILY)
        if family is None and (GIVEN in mine or TITLE in mine):
            # "ชื่อตัว ... ชื่อสกุล ...": the registry's words, where ชื่อสกุล (read as the
            # whole name's "ชื่อ-สกุล") is the family name: one word beside a given name;
            # "คำนำหน้านาม | นาง | ชื่อ | ... | ชื่อสกุล | ...": after the title, the one-word
            # name read under "ชื่อ" is the given name and the next one the family name
            family = next((c for c in names if _one_family_name(c.value) and c is not given), None)
            kept = [c for c in kept if c is not family]
        if family is not None and given is not None:
            joined = _join(mine.get(TITLE), given, family)
            # the given name read alone under "ชื่อ" is that part, whichever reader of the
            # part read it (an HTML table is read as a table and as text)
            alone = given.value.strip()
            kept = [
                c for c in kept if c is not given and not (c in names and c.value.strip() == alone)
            ]
            kept.append(joined)
        elif TITLE in mine and names and _TITLE_VALUE.match(mine[TITLE].value.strip()):
            name = names[0]
            title = mine[TITLE].value.strip().rstrip(".")
            if name.value.strip().startswith(title):
                # "คำนำหน้า: นาง" and "ชื่อ-นามสกุล: นางบุษบา ...": the title typed twice,
                # not "นางนางบุษบา" (a given name opening with นาง/นาย is rare: flagged)
                doubt = min(name.confidence, mine[TITLE].confidence, REVIEW_DOUBT)
                kept = [c for c in kept if c is not name]
                kept.append(name.model_copy(update={"confidence": doubt}))
                continue
            value = f"{mine[TITLE].value.strip()} {name.value}"
            confidence = min(name.confidence, mine[TITLE].confidence)
            kept = [c for c in kept if c is not name]
            kept.append(name.model_copy(update={"value": value, "confidence": confidence}))
        elif TITLE in mine and names and not _TITLED.match(names[0].value.strip()):
            # the title asked for and not read (its boxes with none ticked, or a tick no
            # reader saw): the name without one is incomplete, and a clerk looks
            name = names[0]
            doubt = min(name.confidence, REVIEW_DOUBT)
            kept = [c for c in kept if c is not name]
            kept.append(name.model_copy(update={"confidence": doubt}))
    return kept


def _title_line_then_name(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """ "ข้าพเจ้า ☐ นาย ☒ นาง ☐ นางสาว" on one line and "ชื่อ ... นามสกุล ..." on the next,
    as paper forms print them: the first reads as a name that is only the title ticked,
    the second as a name without one. From one source, one of each: the title goes
    before the name, as the form means."""
    for source in dict.fromkeys(source_of(c) for c in candidates if c.key == FULL_NAME):
        names = [c for c in candidates if c.key == FULL_NAME and source_of(c) == source]
        titles = [c for c in names if _TITLE_VALUE.match(c.value.strip())]
        bare = [c for c in names if c not in titles and not _TITLED.match(c.value.strip())]
        if len(titles) != 1 or len(bare) != 1 or len(bare[0].value.split()) < 2:
            continue
        title, name = titles[0], bare[0]
        joined = name.model_copy(update={
            "value": _with_title(title.value.strip(), name.value.strip()),
            "confidence": min(title.confidence, name.confidence),
        })  # fmt: skip
        candidates = [joined if c is name else c for c in candidates if c is not title]
    return candidates


def _with_title(title: str, name: str) -> str:
    """A Thai title is written close up to the name (นางสาวรัตนาภรณ์), an English one not."""
    return f"{title}{name}" if re.fullmatch(CIVIL_TITLE, title) else f"{title} {name}"


def _ticked(candidate: FieldCandidate) -> FieldCandidate:
    """The printed titles with their boxes replaced by the one ticked ("☐ นาย ☑ นาง ☐
    นางสาว สมศรี" -> "นาง สมศรี"); none or two ticked: the options dropped and a clerk
    asked to look (the title is then unknown, not the first printed one)."""
    # "นาย ☐ นาง ☒ นางสาว ☐" also reads, one option short, as boxes before their words
    # ("☐ นาง ☒ นางสาว"): the reading that takes in more of the options is the layout
    before, after = _OPTIONS.search(candidate.value), _OPTIONS_AFTER.search(candidate.value)
    if before is None and after is None:
        after = _tick_only(candidate.value)
    found, chosen_in = before, _CHOSEN
    if after is not None and (before is None or len(after.group()) > len(before.group())):
        found, chosen_in = after, _CHOSEN_AFTER
    if found is None:
        return candidate
    chosen = chosen_in.findall(found.group())
    title = chosen[0] if len(chosen) == 1 else ""
    other = other_title_specified(candidate.value[found.end() :]) if not chosen else None
    if candidate.key == TITLE and other is not None:
        return candidate.model_copy(update={"value": other})  # "☒ อื่น ๆ (ระบุ) พ.ต.อ."
    ahead = candidate.value[: found.start()]
    if ahead.strip().rstrip(":：").strip().casefold() in _TITLE_LABELS:
        ahead = ""  # "คำนำหน้า ☒ นาย ☐ นาง": the boxes' caption, no word of the name
    value = " ".join(f"{ahead} {title} {candidate.value[found.end() :]}".split())
    if candidate.key == TITLE and title:
        value = title  # a note printed after the options ("(โปรดเลือก)") is no title
    confidence = candidate.confidence if title else min(candidate.confidence, REVIEW_DOUBT)
    return candidate.model_copy(update={"value": value, "confidence": confidence})


def _tick_only(value: str) -> re.Match[str] | None:
    """The printed titles with a tick after one of them and no boxes ("นาย ✓ นาง นางสาว")."""
    if _UNTICKED_BOX.search(value):
        return None
    found = _TICK_ONLY.search(value)
    return found if found and len(_CHOSEN_AFTER.findall(found.group())) == 1 else None


# One title standing as a word of the label ("ข้าพเจ้า (นาง) ชื่อ", left of the name once
# the titles that do not apply are struck out), not one of several options printed.
_TITLE_WORD = re.compile(rf"(?:^|(?<=[\s(/]))({CIVIL_TITLE})(?=[\s)/]|$)")


def _title_in_label(candidate: FieldCandidate) -> FieldCandidate:
    """The name with the title its label holds ("ข้าพเจ้า (นาง) ชื่อ: ประภาพร ศรีวิเศษ"
    -> "นาง ประภาพร ศรีวิเศษ"): the printed "ข้าพเจ้า (นาย/นาง/นางสาว) ชื่อ" with the
    others struck leaves the applicant's title in the label, not in the value."""
    titles = _TITLE_WORD.findall(candidate.provenance.label or "")
    value = candidate.value.strip()
    if len(titles) != 1 or re.match(CIVIL_TITLE, value):
        return candidate
    return candidate.model_copy(update={"value": f"{titles[0]} {value}"})


# A Thai name is a given name and one family name ("ณ อยุธยา" counts as one), so a word
# after them that opens with a verb (of asking, sending, filling in) starts the sentence
# the name began: the line "ข้าพเจ้า นางกาญจนา รุ่งเรือง ขอส่งแบบคำร้อง..." read after
# the label ข้าพเจ้า, "... ได้กรอกแบบฟอร์มตามแนบ". A title set apart ("นางสาว สุดา มีสุข")
# is no given name.
_NAME_THEN_CLAUSE = re.compile(
    rf"^((?:{CIVIL_TITLE})?\s*(?!(?:{CIVIL_TITLE})\s)[\u0e01-\u0e4e]+\s+(?:ณ\s+)?[\u0e01-\u0e4e]+)"
    r"\s+(?:ขอ|มีความประสงค์|ประสงค์|ยื่น|แจ้ง|ส่ง|ใคร่|ได้|จึง|แนบ|กรอก)[\u0e01-\u0e4e]"
)


def _without_clause(candidate: FieldCandidate) -> FieldCandidate:
    """The name without the rest of the sentence typed after it on its line."""
    found = _NAME_THEN_CLAUSE.match(candidate.value.strip())
    if found is None:
        return candidate
    return candidate.model_copy(update={"value": found.group(1)})


# A family name granted with ณ and a place (ณ ระนอง, ชุมพล ณ อยุธยา) is one family name
# of two or three words: the royal and the old noble houses' names are written so.
_ONE_FAMILY_NAME = re.compile(r"(?:[\u0e01-\u0e4e]+\s+)?ณ\s+[\u0e01-\u0e4e]+|\S+")


def _one_family_name(value: str) -> bool:
    return _ONE_FAMILY_NAME.fullmatch(" ".join(value.split())) is not None


def _join(
    title: FieldCandidate | None, given: FieldCandidate, family: FieldCandidate
) -> FieldCandidate:
    words = [given.value.strip(), family.value.strip()]
    confidence = min(given.confidence, family.confidence)
    if title is not None and _TITLE_VALUE.match(title.value.strip()):
        words.insert(0, title.value.strip())
        confidence = min(confidence, title.confidence)
    elif title is not None and (is_honoured_title(title.value) or is_monks_title(title.value)):
        words.insert(0, title.value.strip())  # a rank, an academic or a monk's title is kept
        confidence = min(confidence, title.confidence)
    elif title is not None and not title.value.strip():  # options printed, none ticked
        confidence = min(confidence, title.confidence)
    elif title is not None:
        # not one title: the printed options with boxes no reader saw ("นาย นาง นางสาว"):
        # the name goes without it, and a clerk looks
        confidence = min(confidence, title.confidence, REVIEW_DOUBT)
    label = " + ".join(c.provenance.label or c.key for c in (given, family) if c)
    provenance = given.provenance.model_copy(update={"label": label})
    return FieldCandidate(
        key=FULL_NAME, value=" ".join(words), provenance=provenance, confidence=confidence
    )
