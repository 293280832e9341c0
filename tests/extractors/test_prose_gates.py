"""The words that let find_entities skip a pattern must be in every match of it.

find_entities tries a pattern only where a word every match holds is in the text (a
substring search costs a small part of trying a pattern at each position). Should a
pattern learn a new alternative without its word, the gate would hide its matches
silently: these tests fail instead.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import prose
from extractors.thai import CIVIL_TITLE

# Written out, not taken from the gates: a word dropped from a gate must still be here.
PIECES = [
    "ข้าพเจ้า",
    "ชื่อ",
    "ลงชื่อ",
    "กระผม",
    "ผม",
    "ดิฉัน",
    "My name is",
    "I am",
    "I,",
    "นาย",
    "นางสาว",
    "น.ส.",
    "ด.ญ.",
    "เด็กชาย",
    "ตำบล",
    "ต.",
    "แขวง",
    "สมชาย",
    "ใจดี",
    " ",
    "\n",
    "\n\n",
    "12/3 ",
    "อำเภอ",
    "อ.",
    "เขต",
    "อยู่",
    "บ้านเลขที่",
    "Somchai Jaidee",
    "x" * 40,
    # whole matches, so each alternative is met in most examples
    "ชื่อ นายสมชาย ใจดี",
    "ข้าพเจ้า นางสาวมาลี สุขใจ",
    "ดิฉันชื่อ มาลี สุขใจ",
    "ผม นายสมชาย ใจดี",
    "My name is Somchai Jaidee",
    "\nนายสมชาย ใจดี\n",
    "\n12/3 ถนนสุขุมวิท ตำบลบางพลี อำเภอบางพลี\n",
    "\n99\nแขวงบางนา เขตบางนา\n",
    "อยู่บ้านเลขที่ 12 หมู่ 3 ",
    "ที่อยู่ 45 ถนนสายหนึ่ง ",
]


def test_every_civil_title_holds_a_gate_word() -> None:
    titles = CIVIL_TITLE.removeprefix("(?:").removesuffix(")").replace("\\", "").split("|")
    assert titles and all(any(w in t for w in prose._CIVIL_TITLES) for t in titles)


def test_address_line_patterns_need_a_subdistrict_word() -> None:
    written = "(?:" + "|".join(w.replace(".", r"\.") for w in prose._SUBDISTRICT) + ")"
    assert written in prose._ADDRESS_LINE.pattern
    assert written in prose._ENVELOPE_ADDRESS.pattern


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_name_matches_are_the_patterns_own(text: str) -> None:
    ours = [(m.span(), m.groups()) for m in prose._name_matches(text)]
    assert ours == [(m.span(), m.groups()) for m in prose._NAME.finditer(text)]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_gated_patterns_find_what_they_found_ungated(text: str) -> None:
    gated = [
        (prose._LINE_NAME, list(prose._if_any(prose._LINE_NAME, text, *prose._CIVIL_TITLES))),
        (prose._ADDRESS, list(prose._if_any(prose._ADDRESS, text, *prose._ADDRESS_WORDS))),
    ]
    for pattern, found in gated:
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]
    both = [*prose._ADDRESS_LINE.finditer(text), *prose._ENVELOPE_ADDRESS.finditer(text)]
    assert [m.span() for m in prose._address_lines(text)] == [m.span() for m in both]
