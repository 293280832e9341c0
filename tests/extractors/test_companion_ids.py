"""A writer who asks for herself and for a companion in one sentence, each with an age
and an ID ("ข้าพเจ้า นาง<her> อายุ 68 ปี เลขประจำตัวประชาชน <hers> ... พร้อมด้วยสามี คือ
นาย<him> อายุ 71 ปี เลขประจำตัวประชาชน <his>"): the sentences' reader says the ID (and
birth date) after his name and age is his, hers not (a typed letter's reader, letter_prose,
then sets a label's copy of his behind). Names and numbers invented (valid check digits)."""

from __future__ import annotations

from unseen_requests import with_check_digit

from extractors.prose import find_entities
from extractors.role_lines import ANOTHERS_ROLE_LINE

HERS = with_check_digit("360050012843")
HIS = with_check_digit("360050007712")


def test_the_id_after_the_husbands_name_and_age_is_his() -> None:
    text = (
        f"ข้าพเจ้า นางราตรี พรหมมา อายุ 68 ปี เลขประจำตัวประชาชน {HERS}\n"
        "เกิดวันที่ 4 มีนาคม 2501 พร้อมด้วยสามี คือ นายบุญส่ง พรหมมา อายุ 71 ปี\n"
        f"เลขประจำตัวประชาชน {HIS} เกิดวันที่ 9 ตุลาคม 2498\n"
    )
    ids = {value: label for key, value, _, label in find_entities(text) if key == "national_id"}
    assert ids[HIS] == ANOTHERS_ROLE_LINE
    assert ids[HERS] != ANOTHERS_ROLE_LINE
