"""Titles beyond the civil ones, as forms let people give them.

A Thai form prints the civil titles with a box each and, last, an "other" box with a
blank: "☐ นาย ☐ นาง ☐ นางสาว ☒ อื่น ๆ (ระบุ) พ.ต.อ.". A police officer, a soldier or a
lecturer ticks it and writes the rank or the academic title there: that is the title.
Read as "none of the titles ticked", the name went without its rank and was flagged
(set 25). HONOURED is what such a title looks like (royal descent and decorations,
academic and medical titles, ranks of three dotted parts or a known two-part one), once
for every reader.
"""

from __future__ import annotations

import re

from extractors.thai import CIVIL_TITLE, THAI_WORD

HONOURED = (
    # the titles a royal decoration gives a woman (ท่านผู้หญิง, คุณหญิง), kept as ranks are
    r"(?:ม\.ร\.ว\.|ม\.ล\.|ม\.จ\.|หม่อมราชวงศ์|หม่อมหลวง|หม่อมเจ้า|ท่านผู้หญิง|คุณหญิง"
    r"|(?:ผศ|รศ|ศ|ดร|นพ|พญ|ทพ|ทพญ|ภก|ภญ)\.(?:ดร\.)?"
    r"|(?:พล\.)?[ก-ฮ]{1,2}\.[ก-ฮ]{1,2}\.[ก-ฮ]{1,2}\.(?:หญิง)?"
    r"|(?:ด\.ต|พ\.อ|พ\.ท|พ\.ต|ร\.อ|ร\.ท|ร\.ต|ส\.อ|ส\.ท|ส\.ต|จ\.อ|น\.อ|น\.ท|น\.ต)\.(?:หญิง)?)"
)
# the title alone, "ว่าที่" (acting) before a rank kept with it
_HONOURED_ALONE = re.compile(rf"(?:ว่าที่\s*)?{HONOURED}")
# Any title a person named in a letter may carry (set 72): a civil one, a rank or an
# academic title (ว่าที่ before a rank written short or out: "ว่าที่ ร้อยตรี<name>"), or a
# monk's, a novice's or a nun's glued to the name (พระมหา<name>, สามเณร<name>, แม่ชี<name>).
PERSONS_TITLE = rf"(?:{CIVIL_TITLE}|(?:ว่าที่[ \t]*)?{HONOURED}|ว่าที่|พระ|สามเณร|แม่ชี)"
# An office held, not a name: "ด้วยนายอำเภอ...", "ตามที่นายกเทศมนตรี..." (a name may begin
# with those letters: นายกมล, so only the offices' whole words).
NOT_AN_OFFICE = r"(?!นายก(?:เทศมนตรี|องค์การ|อบต|อบจ|รัฐมนตรี)|นายอำเภอ|นายทะเบียน|นายช่าง)"
# A person named in a letter's sentence: any title, the given name and the family name
# (a royal family's "ณ" before it kept). One pattern for every reader of whom a letter
# is for, so that the next title people use is taught once.
TITLED_NAME = rf"{NOT_AN_OFFICE}{PERSONS_TITLE}\s*{THAI_WORD}\s+(?:ณ\s+)?{THAI_WORD}"
# A foreigner named in a letter's sentence or a sheet's cell as his passport spells him
# (set 82): an English title, then two to four capitalised words, the family name maybe
# in capitals ("Mr. John Michael SMITH", "Mrs. Marie-Claire DUBOIS", "Mr. Peter O'BRIEN").
LATIN_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr)"  # every reader's English titles, one list
LATIN_TITLED_NAME = rf"{LATIN_TITLE}\.?\s+[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+){{1,3}}"
_TICKED = r"(?:[☑☒■✓✔✅◉●⦿]|[\(\[]\s*[/xX✓✔•●]\s*[\)\]])"
_OTHER_TICKED = re.compile(
    rf"{_TICKED}\s*(?:อื่น\s*ๆ|อื่นๆ|other)\s*"
    r"(?:[\(\[]?\s*(?:โปรดระบุ|ระบุ|please specify|specify)\s*[\)\]]?)?\s*[:.]?\s*"
    r"(?P<title>[^\s.…_][^…_]*?)\s*$",
    re.I,
)


# A monk's or novice's title as a form's own title box holds it (พระ, พระมหา, พระครู,
# พระอธิการ, พระปลัด, สามเณร): one word opening with พระ, or สามเณร, as prose opens a
# monk's name (set 47: "คำนำหน้า | พระอธิการ" above "ชื่อ" and "ฉายา/นามสกุล" rows).
_MONKS_ALONE = re.compile(r"พระ[\u0e01-\u0e4e]*|สามเณร")


def is_monks_title(text: str) -> bool:
    """Whether `text` is one monk's or novice's title and nothing else."""
    return _MONKS_ALONE.fullmatch(text.strip()) is not None


def is_honoured_title(text: str) -> bool:
    """Whether `text` is one rank or academic title and nothing else."""
    return _HONOURED_ALONE.fullmatch(text.strip()) is not None


def other_title_specified(text: str) -> str | None:
    """The title written in a ticked "other" option at the end of `text`, when it is a
    rank or an academic title; else None."""
    found = _OTHER_TICKED.search(text)
    if found is None or not is_honoured_title(found.group("title")):
        return None
    return " ".join(found.group("title").split())
