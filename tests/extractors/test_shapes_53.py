"""The rules blind set 53 (a northern agency's week) led to (issue 8), each on its
smallest case, with values written afresh, not the set's strings. The held-out set
measures them on whole mails (test_unseen_styles_53.py)."""

from __future__ import annotations

from datetime import date

import pytest
from typed_mail import read

from extractors.thai import parse_date
from extractors.values import clean_value


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


# --- an ID opening with 0 then another digit (a person of no registration status) ------

ZERO_ID = with_check_digit("057020041736")  # 0, then 5: not a pink card's 00


def test_a_labelled_id_opening_with_zero_is_read() -> None:
    text = f"ชื่อ: นายจะหงะ มาเยอ\nเลขประจำตัวประชาชน: {ZERO_ID}\nโทร: 0897714203\n"
    assert read(text).fields.get("national_id") == ZERO_ID


def test_a_dashed_labelled_id_opening_with_zero_is_no_phone() -> None:
    dashed = f"{ZERO_ID[0]}-{ZERO_ID[1:5]}-{ZERO_ID[5:10]}-{ZERO_ID[10:12]}-{ZERO_ID[12]}"
    text = (
        "เรียน นายก อบต.\n\nข้าพเจ้า นายจะหงะ มาเยอ เลขประจำตัวประชาชน\n"
        f"{dashed} อยู่บ้านเลขที่ 8 หมู่ 4 ขอให้ซ่อมถนน\n\nนายจะหงะ มาเยอ\nโทร 0897714203\n"
    )
    case = read(text)
    assert case.fields.get("national_id") == ZERO_ID
    assert case.fields.get("phone") == "+66897714203"


# --- a UTM reference's easting and northing are two numbers, not one ID ----------------

OWN_ID = with_check_digit("370030052114")


def test_a_utm_reference_is_no_id() -> None:
    # 498100 and 2163107 run together hold a check digit; the ID's groups (1-4-5-2-1) never
    # part it after its sixth digit
    assert with_check_digit("498100216310") == "4981002163107"
    text = (
        "เรียน นายก อบต.\n\nช้างป่าเข้าไร่ข้าวโพด พิกัด 47Q 498100 2163107 เสียหาย 2 ไร่\n\n"
        f"ผู้แจ้ง นายพะก่า ดอยคำ\nบัตรประชาชน {OWN_ID}\nโทร 0897714203\n"
    )
    assert read(text).fields.get("national_id") == OWN_ID


def test_an_id_a_line_wrap_cut_after_its_sixth_digit_is_still_one_id() -> None:
    text = f"ข้าพเจ้า นายพะก่า ดอยคำ\nเลขบัตรประชาชน {OWN_ID[:6]}\n{OWN_ID[6:]}\nขอยื่นคำร้อง\n"
    assert read(text).fields.get("national_id") == OWN_ID


# --- a LINE chat pasted into a mail by the one who helps, her signature after ----------

CHAT_ID = with_check_digit("365010043218")


def test_a_pasted_line_chat_gives_the_parents_values_not_the_helpers() -> None:
    html = (
        "<p>เรียน งานทะเบียน</p><p>ขอส่งแชท LINE ของผู้ปกครองที่ขอหนังสือรับรองค่ะ</p>"
        "<p>[LINE] แชทกับ นาหมี่<br>"
        "09:41 นาหมี่: สวัสดีเจ้า ขอหนังสือรับรองการอยู่อาศัยเจ้า<br>"
        "09:42 ครูบัวตอง: ส่งชื่อ เลขบัตร ที่อยู่ เบอร์มาเน้อ<br>"
        "09:43 นาหมี่: นางสาวนาหมี่ เลเชอ<br>"
        f"09:43 นาหมี่: {CHAT_ID}<br>"
        "09:44 นาหมี่: 47 บ้านแม่จันใต้ หมู่ 20 ต.ท่าก๊อ อ.แม่สรวย จ.เชียงราย 57180<br>"
        "09:45 นาหมี่: 0946613208<br>"
        "09:45 ครูบัวตอง: โอเค เดี๋ยวครูส่งให้<br>"
        "09:46 นาหมี่: ขอบคุณเจ้า</p>"
        "<p>นางบัวตอง สุขใจ<br>ครู ศศช.บ้านแม่จันใต้<br>โทร 0815502947</p>"
    )
    case = read(html=html, subject="ขอหนังสือรับรองการอยู่อาศัย")
    assert case.fields.get("phone") == "+66946613208"
    assert case.fields.get("full_name") == "นางสาวนาหมี่ เลเชอ"
    assert case.fields.get("national_id") == CHAT_ID
    assert "47" in (case.fields.get("address") or "")


# --- a form's "หมู่บ้าน" caption before a village's name that says บ้าน itself ---------


def test_the_village_caption_goes_where_the_name_says_ban_itself() -> None:
    text = (
        "แบบคำขอลงทะเบียน\n"
        "ข้าพเจ้า (นาย/นาง/นางสาว)....นางมะลิ จะพอ....\n"
        f"เลขประจำตัวประชาชน....{OWN_ID}....\n"
        "ที่อยู่ตามทะเบียนบ้าน เลขที่....17....หมู่ที่....16....หมู่บ้าน....หย่อมบ้านแม่ละอุบ....\n"
        "ตำบล....แม่นาจร....อำเภอ....แม่แจ่ม....จังหวัด....เชียงใหม่....\n"
        "โทรศัพท์....0897714203....\n"
    )
    address = read(text).fields.get("address") or ""
    assert "หย่อมบ้านแม่ละอุบ" in address
    assert "หมู่บ้าน" not in address


# --- the birth place after the birth date ----------------------------------------------


@pytest.mark.parametrize(
    "typed", ["12 ก.พ. 2541 ที่หย่อมบ้านห้วยน้ำขุ่น", "12/02/2541 ที่บ้านป่าคา", "12 กุมภาพันธ์ 2541 ที่ รพ.ฝาง"]
)
def test_a_birth_date_then_the_birth_place_is_the_date(typed: str) -> None:
    assert parse_date(clean_value("date", typed)) == date(1998, 2, 12)
