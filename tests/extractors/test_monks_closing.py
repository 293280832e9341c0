"""A monk's letter closes with "ขอเจริญพร" where a layman's has "ขอแสดงความนับถือ", and
the abbot signs under it in brackets: his titled name ("(พระอธิการ<name> <ฉายา>)"), or
the title the king conferred, one word, with his own name in brackets below it ("(พระครู
<title>)" / "(<name> <ฉายา>)", set 84: a temple borrowing tents for its fair). Names and
places are invented."""

from __future__ import annotations

from test_payee_phone import read_body

from extractors.mail_text import is_closing

LETTER = (
    "เรียน นายกเทศมนตรีตำบลบางสะพาน\n\n"
    "ด้วยวัดเขาน้อย กำหนดจัดงานทอดกฐินสามัคคี ในวันที่ 8 พฤศจิกายน 2569 จึงขอยืมเต็นท์ 6 หลัง "
    "และเก้าอี้ 200 ตัว โดยมอบหมายให้ นายสุทิน แก้วกาญจน์ ไวยาวัจกร โทร 081-550-2716 เป็นผู้ติดต่อ\n\n"
    "จึงเจริญพรมาเพื่อโปรดพิจารณา\n\n"
    "ขอเจริญพร\n\n"
    "{signed}\n"
    "เจ้าอาวาสวัดเขาน้อย\n"
)


def test_a_monks_closing_is_a_closing() -> None:
    assert is_closing("ขอเจริญพร")
    assert is_closing("จึงเจริญพรมาเพื่อโปรดพิจารณา")


def test_the_abbot_who_signs_is_the_one_who_asks() -> None:
    case = read_body(LETTER.format(signed="(พระอธิการวิชัย จนฺทโชโต)"), in_word=True)
    assert case.fields.get("full_name") == "พระอธิการวิชัย จนฺทโชโต"


def test_a_conferred_title_signs_with_his_name_below() -> None:
    signed = "(พระครูสุนทรธรรมโกวิท)\n(บุญเลิศ สุนฺทโร)"
    case = read_body(LETTER.format(signed=signed), in_word=True)
    assert case.fields.get("full_name") in (
        "พระครูสุนทรธรรมโกวิท",
        "พระครูสุนทรธรรมโกวิท (บุญเลิศ สุนฺทโร)",
    )


def test_a_conferred_title_unbracketed_over_his_name_in_brackets() -> None:
    # a mail program's copy of the letter (a forwarded mail, set 91): the title on its own
    # line with no brackets, his own name and ฉายา bracketed below it
    signed = "พระครูปิยธรรมวิมล\n(ประเสริฐ ธมฺมวโร)"
    case = read_body(LETTER.format(signed=signed).replace("\n\n", "\n"))
    assert case.fields.get("full_name") in (
        "พระครูปิยธรรมวิมล",
        "พระครูปิยธรรมวิมล (ประเสริฐ ธมฺมวโร)",
    )
