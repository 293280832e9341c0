"""A number inside a bracketed aside on another person, the aside opening its line as a
typed letter wraps it ("... เรือทะเบียน 1234-5" / "(นายท้ายเรือ นาย<him> เลขประจำตัว
ประชาชน ..." / "โทร 08...) และ...", set 118: a boats' owner's letter naming each boat's
captain): the captain's, never the writer's, whose own line follows ("ติดต่อข้าพเจ้าได้ที่
..."). A signature's name in brackets, closed before the number, stays the signer's.
Names and numbers invented."""

from __future__ import annotations

from test_intermediary_office import read_body
from unseen_requests import with_check_digit

from extractors.whose_phone import said_of_another

ASIDE = (
    "ข้าพเจ้า นายสุเมธ ทองดี เจ้าของเรือ ขอต่ออายุใบอนุญาตใช้เรือ ได้แก่ เรือทะเบียน 6501-02211\n"
    f"(นายท้ายเรือ นายบุญชัย ทะเลทอง เลขประจำตัวประชาชน {with_check_digit('381020055431')}\n"
    "โทร 089-552-1187) และเรือทะเบียน 6501-02212\n"
    "ติดต่อข้าพเจ้าได้ที่ 081-330-2946\n"
)


def test_a_number_in_an_aside_on_another_opening_its_line_is_his() -> None:
    at = ASIDE.index("089-552-1187")
    assert said_of_another(ASIDE, at)


def test_the_writers_own_line_after_the_aside_is_read() -> None:
    case = read_body("เรียน เจ้าท่า\n\n" + ASIDE + "\nขอแสดงความนับถือ\n(นายสุเมธ ทองดี)\n")
    assert case.fields.get("phone") == "+66813302946"


def test_a_signers_name_closed_in_brackets_keeps_his_number() -> None:
    text = "ขอแสดงความนับถือ\n(นายสุเมธ ทองดี) โทร 081-330-2946\n"
    assert not said_of_another(text, text.index("081"))
