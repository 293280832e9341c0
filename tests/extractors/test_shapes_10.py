"""The rules set 10 of the held-out requests led to (issue 8), each on its smallest case:
cited blockquotes read as quotes, glued addresses spaced, a letter that vouches for
someone, numbers given to call back or for enquiries, ticks after the titles, a child's
or parent's labels, a name in two scripts. The held-out set measures them on whole
mails (test_unseen_styles_10.py); these say what each rule does and does not do."""

from __future__ import annotations

import pytest
from typed_mail import read

from extractors.address_parts import join_address_parts
from extractors.base import FieldCandidate, Provenance
from extractors.html_text import html_to_text
from extractors.mail_text import split_mail
from extractors.names import join_name_parts
from extractors.prose import CALL_BACK, OFFICE_PHONE, OLD_PHONE, VOUCHED_FOR, find_entities


def candidate(key: str, value: str, label: str = "") -> FieldCandidate:
    provenance = Provenance(part="1", kind="body_text", label=label or key)
    return FieldCandidate(key=key, value=value, provenance=provenance, confidence=0.85)


def found(text: str, key: str) -> list[tuple[str, str]]:
    return [(value, how) for k, value, _, how in find_entities(text) if k == key]


# --- HTML quotes ---------------------------------------------------------------------


def test_a_cited_blockquote_is_quoted_text_and_the_answers_between_are_not() -> None:
    html = (
        "<div>กรอกแล้วครับ</div><blockquote type='cite'><div>ชื่อ-สกุล:</div></blockquote>"
        "<div>นายสมชาย ใจดี</div><blockquote type='cite'><div>โทร:</div></blockquote>"
    )
    assert html_to_text(html).splitlines() == [
        "กรอกแล้วครับ",
        "> ชื่อ-สกุล:",
        "นายสมชาย ใจดี",
        "> โทร:",
    ]


def test_an_unmarked_blockquote_is_the_writers_own_indent() -> None:
    html = "<blockquote style='margin:0 0 0 40px'><div>ชื่อ: นายสมชาย ใจดี</div></blockquote>"
    assert html_to_text(html).splitlines() == ["ชื่อ: นายสมชาย ใจดี"]


def test_a_forward_quoted_as_a_whole_is_the_forwarded_mail() -> None:
    text = "ส่งต่อค่ะ\nBegin forwarded message:\n> From: a@example.com\n>\n> ชื่อ: นายสมชาย ใจดี\n"
    mail = split_mail(text, lambda line: line.startswith("ชื่อ"))
    assert mail.forwarded
    assert mail.forwarded_from == "a@example.com"
    assert [line for _, line in mail.own if line] == ["ชื่อ: นายสมชาย ใจดี"]


# --- addresses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "spaced"),
    [
        ("128ม.7ต.โนนสะอาดอ.ชุมแพจ.ขอนแก่น40290", "128 ม.7 ต.โนนสะอาด อ.ชุมแพ จ.ขอนแก่น 40290"),
        ("128ม.7 ต.โนนสะอาด อ.ชุมแพจ.ขอนแก่น40290", "128 ม.7 ต.โนนสะอาด อ.ชุมแพ จ.ขอนแก่น 40290"),
        (
            "55/301ซ.ลาดพร้าว71แขวงสะพานสองเขตวังทองหลางกทม10310",
            "55/301 ซ.ลาดพร้าว 71 แขวงสะพานสอง เขตวังทองหลาง กทม 10310",
        ),
    ],
)
def test_an_address_typed_without_spaces_is_spaced_where_its_parts_open(
    typed: str, spaced: str
) -> None:
    joined = join_address_parts([candidate("address", typed)])
    assert [c.value for c in joined] == [spaced]


@pytest.mark.parametrize(
    "written", ["128 ม.7 ต.โนนสะอาด อ.ชุมแพ", "ต.บ้านเป้า อ.เมือง", "ถนนลาดพร้าว71 แขวงสะพานสอง"]
)
def test_an_address_with_its_spaces_is_left_as_written(written: str) -> None:
    assert [c.value for c in join_address_parts([candidate("address", written)])] == [written]


# --- whose name, whose number ----------------------------------------------------------


def test_the_person_a_letter_vouches_for_is_found_apart_from_the_writer() -> None:
    text = "ข้าพเจ้า นายบุญมี ใจกล้า ผู้ใหญ่บ้าน ขอรับรองว่า นายกำพล คำแก้ว เป็นผู้มีภูมิลำเนา"
    names = found(text, "full_name")
    assert ("นายกำพล คำแก้ว", VOUCHED_FOR) in names
    assert all(how != VOUCHED_FOR for name, how in names if name != "นายกำพล คำแก้ว")


def test_certifying_ones_own_words_vouches_for_no_one() -> None:
    text = "ข้าพเจ้า นายกำพล คำแก้ว ขอรับรองว่าข้อความข้างต้นเป็นความจริง"
    assert all(how != VOUCHED_FOR for _, how in found(text, "full_name"))


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("ติดต่อกลับได้ที่ 0815523961 ครับ", CALL_BACK),
        ("สอบถามเพิ่มเติมโทร 043-311-222", OFFICE_PHONE),
        ("หรือโทร 043-311-222 ในเวลาราชการ", OFFICE_PHONE),
        ("เบอร์ที่แจ้งไป 081-552-3961 (ผิด)", OLD_PHONE),
        ("เบอร์ผิด 081-552-3961", OLD_PHONE),
    ],
)
def test_what_the_words_round_a_number_say_of_it(text: str, how: str) -> None:
    assert [h for _, h in found(text, "phone")] == [how]


# --- titles and names ----------------------------------------------------------------


@pytest.mark.parametrize("options", ["นาย  นาง ✓  นางสาว", "นาย  นาง (/)  นางสาว"])
def test_a_tick_after_one_title_chooses_it(options: str) -> None:
    joined = join_name_parts(
        [
            candidate("name_title", options),
            candidate("full_name", "สมศรี"),
            candidate("family_name", "ใจดี"),
        ]
    )
    assert [c.value for c in joined if c.key == "full_name"] == ["นาง สมศรี ใจดี"]


def test_two_titles_and_no_tick_choose_nothing() -> None:
    joined = join_name_parts([candidate("name_title", "นาย นาง"), candidate("full_name", "ก ข")])
    assert [c.value for c in joined if c.key == "full_name"] == ["ก ข"]


def test_a_name_in_both_scripts_is_taken_in_thai() -> None:
    case = read("Full name: Mr. Kampon Khamkaew\nชื่อ-สกุล: นายกำพล คำแก้ว\nโทร: 0815523961\n")
    assert case.fields["full_name"] == "นายกำพล คำแก้ว"
    assert case.issues.get("full_name")  # the two still differ: a clerk looks


def test_a_childs_labelled_id_is_not_the_parents() -> None:
    child, parent = "1100100077428", "3300100077422"
    case = read(f"เลขประจำตัวประชาชนบุตร: {child}\nเลขประจำตัวประชาชนผู้ขอ: {parent}\n")
    assert case.fields["national_id"] == parent


def test_the_signers_number_in_a_letter_vouching_for_someone_is_flagged() -> None:
    case = read(
        "ข้าพเจ้า นางสุดา ใจดี ผู้จัดการ ขอรับรองว่า นายกำพล คำแก้ว เป็นพนักงานของบริษัท\n"
        "ขอแสดงความนับถือ\n(นางสุดา ใจดี)\nมือถือ 089-555-0123\n"
    )
    assert case.fields["full_name"] == "นายกำพล คำแก้ว"
    assert [i.code for i in case.issues["phone"]] == ["writer_contact"]
