"""A number a letter's signature gives for a body the writer chairs or works for ("โทร.
กลุ่ม 045-...", "โทร สำนักงาน 02-...") is that body's line, as a bracketed note in the label
says ("เบอร์โทร (สำนักงาน)"): never taken over the mobile the letter gives as his own
(set 45, html_outlook_sentence_vml). Data made up."""

from __future__ import annotations

import pytest
from typed_mail import read

ID = "3102400788166"  # made up, valid check digit
LETTER = (
    "เรียน นายกองค์การบริหารส่วนตำบล\n\n"
    f"ผม นายเกรียงไกร ภูผาทอง เลขประจำตัวประชาชน {ID} ขอให้ซ่อมถนนลูกรังในหมู่บ้าน "
    "ติดต่อกลับได้ที่เบอร์ 086-715-2294\n\nขอแสดงความนับถือ\n\nนายเกรียงไกร ภูผาทอง\n"
)


@pytest.mark.parametrize(
    ("post", "line"),
    [
        ("ประธานกลุ่มเลี้ยงโคบ้านโนนแดง", "โทร. กลุ่ม 044-318-520"),
        ("ประธานสหกรณ์ผู้ใช้น้ำบ้านโนนแดง", "โทร สหกรณ์: 044-318-520"),
        ("เลขานุการชมรมผู้สูงอายุตำบลโนนแดง", "โทรศัพท์ ชมรม 044-318-520"),
        ("เจ้าหน้าที่การเงิน บริษัท โนนแดงค้าข้าว จำกัด", "โทร. สำนักงาน 044-318-520"),
    ],
)
def test_a_bodys_line_in_the_signature_is_not_his_phone(post: str, line: str) -> None:
    case = read(f"{LETTER}{post}\n{line}\n")
    assert case.fields["national_id"] == ID
    assert case.fields["phone"] == "+66867152294"


def test_a_plain_number_in_the_signature_is_still_read_where_it_is_the_only_one() -> None:
    letter = LETTER.replace(" ติดต่อกลับได้ที่เบอร์ 086-715-2294", "")
    case = read(f"{letter}โทร. 086-715-2294\n")
    assert case.fields["phone"] == "+66867152294"


def test_a_bodys_line_given_alone_is_kept_for_a_clerk_to_see() -> None:
    """Set aside, not dropped: the only number a mail gives may still be the one to call."""
    letter = LETTER.replace(" ติดต่อกลับได้ที่เบอร์ 086-715-2294", "")
    case = read(f"{letter}ประธานกลุ่มเลี้ยงโคบ้านโนนแดง\nโทร. กลุ่ม 044-318-520\n")
    assert case.fields["phone"] == "+6644318520"
    assert case.issues["phone"], "a group's line is flagged for a clerk"


def test_a_group_named_in_a_bracket_on_a_name_label_leaves_the_name_his() -> None:
    """Only a phone's note makes a line another's: "(ประธานกลุ่ม)" on a name's label says
    what he is, and the label is still his name's."""
    case = read(
        "เรียน เจ้าหน้าที่\n\nชื่อ-นามสกุล (ประธานกลุ่ม): นายเกรียงไกร ภูผาทอง\n"
        f"เลขประจำตัวประชาชน: {ID}\nโทรศัพท์: 086-715-2294\n"
    )
    assert case.fields["full_name"] == "นายเกรียงไกร ภูผาทอง"
    assert case.issues.get("full_name") in (None, [])
