"""A permit's owner who reports in her own mail the consent of the neighbour a wall near
the boundary needs: the neighbour named first by his part ("เจ้าของที่ดินด้านทิศใต้คือ
นาย<him> เลขบัตร <his> บ้านเลขที่ <his home> ยินยอม..."), then her own lines after the
applicant's word ("ผู้ขออนุญาต นาง<her> เลขบัตร <hers>" / her home / her phone). The
neighbour is a party beside the request (set 110): his name, ID and home never hers.
Names and numbers invented."""

from __future__ import annotations

from test_intermediary_office import read_body
from unseen_requests import with_check_digit

from extractors.prose import find_entities
from extractors.role_lines import ANOTHERS_ROLE_LINE
from extractors.whose_phone import said_of_another

NEIGHBOUR_ID = with_check_digit("310050077312")
OWNER_ID = with_check_digit("150990031884")

MAIL = (
    "เรียน กองช่าง เทศบาลตำบลหนองหาร\n\n"
    "แนบหนังสือยินยอมมาตามที่ขอค่ะ เจ้าของที่ดินแปลงด้านทิศใต้คือ นายประยูร แก้วมณี "
    f"เลขบัตร {NEIGHBOUR_ID} บ้านเลขที่ 17 หมู่ 2 ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ 50290 "
    "ได้ลงนามยินยอมให้สร้างรั้วชิดแนวเขตแล้ว\n"
    f"ส่วนผู้ขออนุญาต นางสาวพิมพ์ชนก ธาราทิพย์ เลขบัตร {OWNER_ID}\n"
    "บ้านเลขที่ 88/3 หมู่ 5 ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ 50290\n"
    "โทร 081-552-0947\n"
)


def test_the_neighbours_name_and_id_after_his_part_are_anothers() -> None:
    theirs = {
        v for k, v, _, how in find_entities(MAIL) if how == ANOTHERS_ROLE_LINE and k != "address"
    }
    assert {"นายประยูร แก้วมณี", NEIGHBOUR_ID} <= theirs


def test_the_owner_after_the_applicants_word_is_the_applicant() -> None:
    case = read_body(MAIL)
    assert case.fields.get("full_name") == "นางสาวพิมพ์ชนก ธาราทิพย์"
    assert case.fields.get("national_id") == OWNER_ID
    assert (case.fields.get("address") or "").startswith("88/3 หมู่ 5")


def test_a_home_under_the_applicants_named_line_is_not_said_of_another() -> None:
    at = MAIL.index("88/3")
    assert not said_of_another(MAIL, at)
    assert said_of_another(MAIL, MAIL.index("17 หมู่ 2"))


def test_a_neighbour_by_a_plain_word_is_another_too() -> None:
    text = (
        f"เพื่อนบ้านคือ นางบัวแก้ว สีทอง เลขประจำตัวประชาชน {NEIGHBOUR_ID} ยินยอมแล้ว\n"
        f"ผู้ขออนุญาต นายวิทยา ศรีสุข เลขประจำตัวประชาชน {OWNER_ID}\n"
    )
    theirs = {v for k, v, _, how in find_entities(text) if how == ANOTHERS_ROLE_LINE}
    assert "นางบัวแก้ว สีทอง" in theirs
    assert "นายวิทยา ศรีสุข" not in theirs
