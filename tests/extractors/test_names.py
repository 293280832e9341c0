"""A name written in parts joined into one full name (extractors/names.py): the title as
Thai forms let it be chosen, by ticking one of the printed titles (issue 8, fifth set)."""

from __future__ import annotations

import pytest

from extractors.base import FieldCandidate, Provenance
from extractors.names import join_name_parts


def candidate(key: str, value: str) -> FieldCandidate:
    provenance = Provenance(part="2", kind="docx", label=key)
    return FieldCandidate(key=key, value=value, provenance=provenance, confidence=0.85)


@pytest.mark.parametrize(
    "ticked",
    [
        "☐ นาย ☑ นาง ☐ นางสาว",  # Word's checkbox symbols
        "☐ นาย ☒ นาง ☐ นางสาว",  # Word's content-control checkbox (☒ = ticked)
        "□ นาย ■ นาง □ นางสาว",  # Wingdings boxes, the chosen one filled
        "( ) นาย (/) นาง ( ) นางสาว",  # typed brackets, a stroke in the chosen one
        "[ ] นาย [x] นาง [ ] นางสาว",
        "☐นาย  ✓นาง  ☐นางสาว",
    ],
)
def test_the_ticked_title_among_the_printed_ones_is_the_title(ticked: str) -> None:
    joined = join_name_parts(
        [
            candidate("name_title", ticked),
            candidate("full_name", "สมศรี"),
            candidate("family_name", "ใจดี"),
        ]
    )
    assert [c.value for c in joined if c.key == "full_name"] == ["นาง สมศรี ใจดี"]


def test_the_options_typed_before_the_name_on_one_line() -> None:
    joined = join_name_parts([candidate("full_name", "☐ นาย ☐ นาง ☑ นางสาว สมศรี ใจดี")])
    assert [c.value for c in joined if c.key == "full_name"] == ["นางสาว สมศรี ใจดี"]


@pytest.mark.parametrize("options", ["☐ นาย ☐ นาง ☐ นางสาว", "☑ นาย ☑ นาง ☐ นางสาว"])
def test_no_title_or_two_ticked_is_no_title(options: str) -> None:
    joined = join_name_parts(
        [
            candidate("name_title", options),
            candidate("full_name", "สมศรี"),
            candidate("family_name", "ใจดี"),
        ]
    )
    assert [c.value for c in joined if c.key == "full_name"] == ["สมศรี ใจดี"]
    assert all(c.confidence < 0.8 for c in joined if c.key == "full_name")  # a clerk looks


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("นางกาญจนา รุ่งเรือง ขอส่งแบบคำร้องตามไฟล์แนบค่ะ", "นางกาญจนา รุ่งเรือง"),
        ("นาย สมชาย ณ อยุธยา มีความประสงค์ขอรับเอกสาร", "นาย สมชาย ณ อยุธยา"),
        ("สมศรี ใจดี ยื่นคำร้องนี้", "สมศรี ใจดี"),
        ("นายปิยะพงษ์ แสนคำ ได้กรอกแบบฟอร์มตามแนบแล้วครับ", "นายปิยะพงษ์ แสนคำ"),
    ],
)
def test_the_sentence_a_name_began_is_cut_off_after_the_family_name(line: str, name: str) -> None:
    """'ข้าพเจ้า นาง... ขอส่ง...' read after the label ข้าพเจ้า: a Thai name ends with its
    family name, and a word of asking after it starts the rest of the sentence."""
    joined = join_name_parts([candidate("full_name", line)])
    assert [c.value for c in joined] == [name]


@pytest.mark.parametrize("name", ["นายสมชาย ใจดี (ต้น)", "นางสาว สุดา มีสุข", "นาง สุดา ได้ผล"])
def test_a_third_word_that_is_no_verb_stays(name: str) -> None:
    """A nickname in brackets; a family name after a title set apart from the given
    name, even one opening like a verb."""
    joined = join_name_parts([candidate("full_name", name)])
    assert [c.value for c in joined] == [name]


def test_a_title_answer_that_is_no_one_title_is_dropped_and_flagged() -> None:
    """unseen9: the printed titles whose boxes no reader saw ('นาย นาง นางสาว', drawn in
    a symbol face it does not know): the name goes without a title, for a clerk to see."""
    joined = join_name_parts(
        [
            candidate("name_title", "นาย   นาง   นางสาว"),
            candidate("full_name", "สมศรี"),
            candidate("family_name", "ใจดี"),
        ]
    )
    names = [c for c in joined if c.key == "full_name"]
    assert [c.value for c in names] == ["สมศรี ใจดี"]
    assert names[0].confidence < 0.8
