"""The words that let a reader skip a pattern must be in every match of it.

find_entities and the body-form reader try a pattern only where a word every match
holds is in the text (a substring search costs a small part of trying a pattern at
each position). Should a pattern learn a new alternative without its word, the gate
would hide its matches silently: these tests fail instead.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import address_rows, alternating_pairs, body_form, prose, validate
from extractors.thai import CIVIL_TITLE
from extractors.values import EMAIL_IN_TEXT

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
    "\nขอบคุณครับ\nสมชาย ใจดี\n",
    "\n\nมาลี สุขใจ\n081-234-5678\n",
    "Best regards,\n",
    " \t",
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
    both = [
        *prose._ADDRESS_LINE.finditer(text),
        *prose._ENVELOPE_ADDRESS.finditer(text),
        *prose._WRAPPED_ENVELOPE.finditer(text),
    ]
    lines = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    assert [m.span() for m in prose._address_lines(text, lines)] == [m.span() for m in both]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_patterns_tried_at_line_starts_find_what_finditer_did(text: str) -> None:
    newlines = [i for i, c in enumerate(text) if c == "\n"]
    lines = [0, *(i + 1 for i in newlines)]
    for pattern, starts in [
        (prose._SIGNED_OFF, lines),
        (prose._LINE_NAME, lines),
        (prose._NAME_ABOVE_PHONE, [0, *newlines]),
    ]:
        ours = [(m.span(), m.groups()) for m in prose._tried_at(pattern, text, starts)]
        assert ours == [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_has_colon_knows_every_colon_the_pattern_does() -> None:
    colons = body_form._COLON.pattern.removeprefix("[").removesuffix("]")
    assert colons and all(body_form._has_colon(f"ชื่อ{c} x") for c in colons)
    assert not body_form._has_colon("ชื่อ x 10.30")


# EMAIL_IN_TEXT as it was written before it was made faster: the reference.
_LOCAL_OPEN = r"[A-Za-z0-9._%+-]"
EMAIL_AS_WRITTEN = re.compile(
    rf"(?<!{_LOCAL_OPEN}){_LOCAL_OPEN}[A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)


def test_email_pattern_finds_what_it_found_as_written() -> None:
    text = "x" * 50 + " a.b@example.org 'o'brien@mail.co.th' ab-c_d@x. q@w.e"
    found = [m.span() for m in EMAIL_IN_TEXT.finditer(text)]
    assert found == [m.span() for m in EMAIL_AS_WRITTEN.finditer(text)]
    assert len(found) == 3


@settings(max_examples=500)
@given(st.text(alphabet="ab.'_-+@ \n1ก", max_size=40))
def test_email_pattern_matches_as_written_on_any_text(text: str) -> None:
    found = [m.span() for m in EMAIL_IN_TEXT.finditer(text)]
    assert found == [m.span() for m in EMAIL_AS_WRITTEN.finditer(text)]


def test_correction_word_is_in_every_correction() -> None:
    for line in ("ขอแก้ไขเบอร์โทรเป็น 0812345678", "แก้ เบอร์", "แก้ไขข้อมูล", "no fix here", "แกะ"):
        found = body_form._CORRECTION.search(line) is not None
        assert found == (body_form._CORRECTION_WORD in line)


def _boxes_ungated(line: str) -> tuple[list[tuple[str, str]] | None, str]:
    """address_rows._boxes as it was before its opening-caption gate: the reference."""
    text = line.strip()
    if not text or address_rows._COLON.search(text) or address_rows._WIDE.search(text):
        return None, ""
    own = address_rows._OWN_FIELD.search(text)
    text, rest = (text[: own.start()].rstrip(), text[own.start() :]) if own else (text, "")
    found = list(address_rows._BOX.finditer(text))
    if len(found) < 2 or found[0].start() != 0:
        return None, ""
    boxes = []
    for here, after in zip(found, [*found[1:], None], strict=True):
        answer = text[here.end() : after.start() if after else len(text)].strip()
        if not answer:
            return None, ""
        boxes.append((here.group(), answer))
    return boxes, rest


BOX_PIECES = [
    "บ้านเลขที่",
    "เลขที่",
    "หมู่ที่",
    "หมู่",
    "ซอย",
    "ถนน",
    "ตำบล/แขวง",
    "อำเภอ",
    "เขต",
    "จังหวัด",
    "รหัสไปรษณีย์",
    " ",
    "  ",
    "\t",
    ":",
    "45/2",
    "3",
    "-",
    "หนองบัว",
    "x" * 20,
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(BOX_PIECES), max_size=14).map("".join))
def test_address_boxes_gate_reads_what_the_ungated_reader_did(line: str) -> None:
    assert address_rows._boxes(line) == _boxes_ungated(line)


def test_address_boxes_gate_keeps_a_row_of_boxes() -> None:
    line = " บ้านเลขที่ 45/2 หมู่ที่ 3 ซอย - ถนน สายหนึ่ง จังหวัด ขอนแก่น"
    assert address_rows._boxes(line) == _boxes_ungated(line)
    assert address_rows._boxes(line)[0] is not None


# alternating_pairs._TWO_SPACES as it was written before it opened with its white space
TWO_SPACES_AS_WRITTEN = re.compile(r"(?<=\S)\s{2}(?=\S)")


@settings(max_examples=500)
@given(st.text(alphabet="ab ก\t\n\u3000\u00a0", max_size=40))
def test_two_space_gaps_split_as_written(line: str) -> None:
    assert alternating_pairs._TWO_SPACES.split(line) == TWO_SPACES_AS_WRITTEN.split(line)


def test_a_text_parts_second_reader_is_told_what_the_first_was() -> None:
    """dumps.shown_text and dump_under_head (under dump_as_lines) are remembered for the
    next reader of the same part (body form, then prose): the same answers, and no more
    than two texts kept."""
    from extractors import dumps

    texts = ["ชื่อ：ｎａｍｅ  *มาลี*\nโทร: 081-234-5678", '{"fname": "มาลี", "tel": "0812345678"}']
    for text in texts:
        for _ in range(2):
            assert dumps.shown_text(text) == dumps.shown_text.__wrapped__(text)
            shown = dumps.shown_text(text)
            assert dumps.dump_under_head(shown) == dumps.dump_under_head.__wrapped__(shown)
    assert dumps.dump_as_lines(dumps.shown_text(texts[1])) is not None
    assert dumps.shown_text.cache_info().currsize <= 2
    assert dumps.dump_under_head.cache_info().currsize <= 2


def _label_by_codec(label: str) -> str | None:
    try:
        return label.encode("idna").decode("ascii")
    except UnicodeError:
        return None


def _label_by_shortcut(label: str) -> str | None:
    try:
        return validate._idna_label(label)
    except UnicodeError:
        return None


@settings(max_examples=500)
@given(st.text(alphabet="aZ09-_ ก\u00e9\u3002", max_size=70))
def test_idna_label_shortcut_is_the_codecs_answer(label: str) -> None:
    assert _label_by_shortcut(label) == _label_by_codec(label)
    assert _label_by_shortcut("a" * 63) == "a" * 63 and _label_by_shortcut("a" * 64) is None
