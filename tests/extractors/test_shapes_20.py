"""The rules set 20 of the held-out requests led to (issue 8), each on its smallest case.
The held-out set measures them on whole mails (test_unseen_styles_20.py); these say what
each rule does and does not do."""

from __future__ import annotations

import pytest
from typed_mail import read

from extractors.html_text import html_to_text
from extractors.thai import normalise_thai_text

ID = "1101700203450"  # valid check digit
OTHER_ID = "3100600123450"  # valid check digit too


# --- html_strike_old_value: a value struck through is one the writer withdrew --------


@pytest.mark.parametrize(
    "struck",
    [
        "<s>081-111-2222</s>",
        "<strike>081-111-2222</strike>",
        "<del>081-111-2222</del>",
        '<span style="text-decoration:line-through">081-111-2222</span>',
        '<span style="text-decoration-line: line-through; color:red">081-111-2222</span>',
    ],
)
def test_struck_text_is_not_read(struck: str) -> None:
    assert html_to_text(f"<div>โทรศัพท์: {struck} 089-555-6666</div>") == "โทรศัพท์: 089-555-6666"


def test_a_struck_old_id_gives_way_to_the_new_one() -> None:
    html = f"<div>ชื่อ: นายสมชาย ใจดี</div><div>เลขประจำตัวประชาชน: <s>{OTHER_ID}</s> {ID}</div>"
    assert read(html=html).fields.get("national_id") == ID


def test_underlined_or_plain_decoration_is_read() -> None:
    html = '<div>โทร: <span style="text-decoration:underline">089-555-6666</span></div>'
    assert html_to_text(html) == "โทร: 089-555-6666"


# --- address_bor_village_abbrev: an address ends where a line of another value starts ---


@pytest.mark.parametrize(
    "after",
    ["ทร. 061-883-0247", "ติดต่อ 02-123-4567", f"บัตร {ID}", "somchai.j@example.com"],
)
def test_an_address_does_not_run_on_into_a_line_holding_a_phone_an_id_or_an_email(
    after: str,
) -> None:
    case = read(f"ชื่อ นายสมชาย ใจดี\nที่อยู่ 5/77 ม.4 ต.บางรักพัฒนา อ.บางบัวทอง\n{after}\n")
    assert case.fields.get("address") == "5/77 ม.4 ต.บางรักพัฒนา อ.บางบัวทอง"


def test_an_address_still_runs_on_over_its_own_lines() -> None:
    case = read(
        "ชื่อ นายสมชาย ใจดี\nที่อยู่:\nคอนโดตัวอย่าง อาคาร A ชั้น 8 ห้อง 812\nเลขที่ 99/123 ถ.พหลโยธิน\n"
        "แขวงลาดยาว เขตจตุจักร\nกทม. 10900\n\nโทร 081-234-5670\n"
    )
    assert " ".join(case.fields.get("address", "").split()).startswith(
        "คอนโดตัวอย่าง อาคาร A ชั้น 8 ห้อง 812 เลขที่ 99/123 ถ.พหลโยธิน แขวงลาดยาว เขตจตุจักร"
    )


def test_a_full_stop_after_the_postal_code_is_no_part_of_the_address() -> None:
    # iOS turns the double space at a line's end into ". "; the phone line below no longer
    # runs on into the address, so the stop is the address's last character
    case = read(
        "ชื่อ นายสมชาย ใจดี\nที่อยู่ — 12 ม.3 ต.ศิลา อ.เมืองขอนแก่น จ.ขอนแก่น 40000. \nเบอร์ — 081 234 5670\n"
    )
    assert case.fields.get("address") == "12 ม.3 ต.ศิลา อ.เมืองขอนแก่น จ.ขอนแก่น 40000"


# --- thunderbird_bottom_post_html: the answers under the quote are the writer's ----------

BOTTOM_POST = (
    "On 30/11/2569 10:12, กองช่าง <kong@example.go.th> wrote:\n"
    "> กรุณาแจ้งชื่อ เลขบัตร และเบอร์โทร เช่น\n> ชื่อ: นางตัวอย่าง สมมุติ\n> โทร: 081-000-0000\n\n"
    f"ชื่อ: นายสมชาย ใจดี\nเลขประจำตัวประชาชน: {ID}\nโทร: 089-555-6666\n\n-- \nสมชาย\n"
)


def test_lines_typed_under_a_quote_are_the_writers_own() -> None:
    case = read(BOTTOM_POST)
    assert case.fields.get("full_name") == "นายสมชาย ใจดี"
    assert case.fields.get("national_id") == ID
    assert case.fields.get("phone") == "+66895556666"


def test_the_same_bottom_post_in_thunderbird_html() -> None:
    html = (
        '<div class="moz-cite-prefix">On 30/11/2569 10:12, กองช่าง wrote:<br></div>'
        '<blockquote type="cite"><p>ชื่อ: นางตัวอย่าง สมมุติ<br>โทร: 081-000-0000</p></blockquote>'
        f"<p>ชื่อ: นายสมชาย ใจดี<br>เลขประจำตัวประชาชน: {ID}<br>โทร: 089-555-6666</p>"
    )
    case = read(html=html)
    assert (case.fields.get("full_name"), case.fields.get("phone")) == (
        "นายสมชาย ใจดี",
        "+66895556666",
    )


def test_unquoted_lines_right_under_a_reply_header_stay_the_quoted_mail() -> None:
    # a program that quotes without marks: what follows the header is the mail answered
    case = read(
        "ส่งข้อมูลครับ\n\nOn 30/11/2569 10:12, กองช่าง <kong@example.go.th> wrote:\n"
        "ชื่อ: นางตัวอย่าง สมมุติ\nโทร: 081-000-0000\n"
    )
    assert case.fields.get("full_name") != "นางตัวอย่าง สมมุติ"


# --- bracket_labels: a label in brackets before its value --------------------------------


@pytest.mark.parametrize(("o", "c"), [("[", "] "), ("【", "】"), ("〔", "〕 "), ("「", "」")])
def test_a_label_in_brackets_before_its_value(o: str, c: str) -> None:
    case = read(
        f"{o}ชื่อ-สกุล{c}นายสมชาย ใจดี\n{o}เลขบัตรประชาชน{c}{ID}\n"
        f"{o}ที่อยู่{c}12 หมู่ 3 ตำบลศิลา อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n"
    )
    assert case.fields.get("full_name") == "นายสมชาย ใจดี"
    assert case.fields.get("national_id") == ID
    assert (case.fields.get("address") or "").startswith("12 หมู่ 3 ตำบลศิลา")


def test_words_in_brackets_that_are_no_label_stay_text() -> None:
    case = read("[ด่วน] ขอให้ซ่อมไฟถนน\nชื่อ: นายสมชาย ใจดี\n")
    assert case.fields.get("full_name") == "นายสมชาย ใจดี"


# --- pdf_copy_paste_broken_sara_am: a PDF's SARA AM copied out as a space and SARA AA ---


@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        ("นายส าราญ ใจงาม", "นายสำราญ ใจงาม"),
        ("ทองค า", "ทองคำ"),
        ("ก าหนด", "กำหนด"),
        ("น้ าใจ", "น้ำใจ"),
    ],
)
def test_a_space_then_sara_aa_after_a_letter_is_sara_am(broken: str, whole: str) -> None:
    assert normalise_thai_text(broken) == whole


def test_sara_aa_after_a_space_and_no_letter_stays() -> None:
    assert normalise_thai_text("ข้อ 1 า") == "ข้อ 1 า"  # after a digit: not a letter's vowel


def test_a_name_copied_out_of_a_pdf_reads_whole() -> None:
    case = read(f"ชื่อ-นามสกุล นางจ าเนียร ทองค า\nเลขประจ าตัวประชาชน {ID}\n")
    assert case.fields.get("full_name") == "นางจำเนียร ทองคำ"
    assert case.fields.get("national_id") == ID


# --- poa_grantor_grantee_blocks: the grantee's block is the proxy's, not the applicant's --

GRANTOR = (
    "ผู้มอบอำนาจ\nชื่อ-สกุล: นางสมศรี ใจดี\n"
    f"เลขประจำตัวประชาชน: {ID}\nที่อยู่: 12 หมู่ 3 ตำบลศิลา อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n"
)
GRANTEE = (
    f"ผู้รับมอบอำนาจ\nชื่อ-สกุล: นายสมชาย ใจดี\nเลขประจำตัวประชาชน: {OTHER_ID}\nโทรศัพท์: 089-555-6666\n"
)


@pytest.mark.parametrize("blocks", [(GRANTOR, GRANTEE), (GRANTEE, GRANTOR)])
def test_the_grantor_is_the_applicant_whichever_block_comes_first(blocks: tuple[str, str]) -> None:
    case = read("ขอยื่นเรื่องแทนผู้มอบอำนาจ\n\n" + "\n".join(blocks))
    assert case.fields.get("full_name") == "นางสมศรี ใจดี"
    assert case.fields.get("national_id") == ID
    # the grantee's number is the only one: the one to call
    assert case.fields.get("phone") == "+66895556666"


def test_a_proxys_data_alone_still_read() -> None:
    case = read(GRANTEE)
    assert case.fields.get("full_name") == "นายสมชาย ใจดี"


# --- plain_side_by_side_two_people: a column per party, the sender's is theirs -----------


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_rows_under_a_header_of_parties_give_the_senders_column(sep: str) -> None:
    rows = [
        ("", "ผู้ร้องเรียน", "ผู้ถูกร้องเรียน"),
        ("ชื่อ", "นายสมชาย ใจดี", "นายมานะ ขยัน"),
        ("เลขบัตรประชาชน", ID, "-"),
        ("โทร", "089-555-6666", "ไม่ทราบ"),
    ]
    case = read("เรื่อง ร้องเรียนเสียงดัง\n\n" + "\n".join(sep.join(r) for r in rows) + "\n")
    assert case.fields.get("full_name") == "นายสมชาย ใจดี"
    assert case.fields.get("national_id") == ID
    assert case.fields.get("phone") == "+66895556666"


def test_the_senders_column_may_come_second() -> None:
    rows = [
        ("รายการ", "ผู้รับมอบอำนาจ", "ผู้มอบอำนาจ"),
        ("ชื่อ-สกุล", "นายมานะ ขยัน", "นายสมชาย ใจดี"),
        ("เลขประจำตัวประชาชน", OTHER_ID, ID),
    ]
    case = read("\n".join("\t".join(r) for r in rows) + "\n")
    assert (case.fields.get("full_name"), case.fields.get("national_id")) == ("นายสมชาย ใจดี", ID)


# --- neighbours_petition_coordinator: the applicant's ID is the one beside their name ----

NEIGHBOUR_ID = "3120500661085"  # valid check digit


def test_a_petitions_coordinator_is_the_applicant_and_their_id_is_in_their_row() -> None:
    case = read(
        "ผู้ประสานงาน: นางจำเนียร ทองคำ โทร 084-441-7726\n\nขอร้องเรียนเสียงดังจากร้านคาราโอเกะ\n\n"
        "รายชื่อผู้ร่วมร้องเรียน\n"
        f"1. นางสาววรรณภา สุขเจริญ บ้านเลขที่ 10/2 เลขบัตร {NEIGHBOUR_ID}\n"
        f"2. นางจำเนียร ทองคำ บ้านเลขที่ 30 เลขบัตร {ID}\n"
    )
    assert case.fields.get("full_name") == "นางจำเนียร ทองคำ"
    assert case.fields.get("national_id") == ID


def test_a_labelled_id_still_wins_over_one_beside_a_listed_name() -> None:
    case = read(
        f"ชื่อ: นางจำเนียร ทองคำ\nเลขประจำตัวประชาชน: {ID}\n\n"
        f"ผู้ร่วมร้อง\n1. นางจำเนียร ทองคำ เลขบัตร {NEIGHBOUR_ID}\n"
    )
    assert case.fields.get("national_id") == ID


# --- ps_addendum_corrects_phone: a later line says the number is out of use, gives a new --


@pytest.mark.parametrize(
    "ps",
    [
        "ป.ล. เบอร์ข้างบนเลิกใช้แล้วครับ กรุณาติดต่อเบอร์ใหม่ 089-555-6666 แทน",
        "ปล. เบอร์เดิมใช้ไม่ได้แล้ว เบอร์ใหม่คือ 089-555-6666",
        "PS เบอร์นี้ยกเลิกแล้วค่ะ ใหม่: 089-555-6666",
    ],
)
def test_a_number_given_as_new_after_the_old_is_out_of_use_supersedes_it(ps: str) -> None:
    case = read(
        f"ข้าพเจ้า นายสมชาย ใจดี เลขประจำตัวประชาชน {ID}\nติดต่อได้ที่ 081-234-5670\n\n"
        f"ขอแสดงความนับถือ\nนายสมชาย ใจดี\n\n{ps}\n"
    )
    assert case.fields.get("phone") == "+66895556666"


def test_a_new_number_without_the_old_said_out_of_use_is_no_correction() -> None:
    case = read("ชื่อ: นายสมชาย ใจดี\nโทร: 081-234-5670\nร้านเปิดใหม่ โทร 02-111-2222 เสียงดังมาก\n")
    assert case.fields.get("phone") == "+66812345670"


# --- bare_values_one_line_no_labels: a titled name right before its ID, no label ---------


@pytest.mark.parametrize("sep", [", ", " ", " / "])
def test_a_titled_name_right_before_a_valid_id_is_its_holders(sep: str) -> None:
    case = read(f"ขอคัดสำเนาทะเบียนบ้านครับ{sep}นายชยพล วงศ์สุวรรณ{sep}{ID}{sep}0815502291\n")
    assert case.fields.get("full_name") == "นายชยพล วงศ์สุวรรณ"


def test_a_titled_name_before_a_number_that_is_no_id_is_not_taken_so() -> None:
    case = read("ขอคัดสำเนาทะเบียนบ้านครับ นายชยพล วงศ์สุวรรณ 1409900321450 ครับ\n")
    assert case.fields.get("national_id") is None
