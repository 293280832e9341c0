"""An owner pastes her LINE chat with a contractor into her own mail: her ID and home in
her messages, his firm's office line and his mobile in his, her own number under her
name at the end (set 110). The numbers the other side types are his: hers is the one
under her signature. Names and numbers invented."""

from __future__ import annotations

from test_intermediary_office import read_body
from unseen_requests import with_check_digit

from extractors.base import FieldCandidate, Provenance, TextPart
from extractors.chat_other_side import other_sides_contacts_behind
from extractors.review import REVIEW_BELOW

OWNER_ID = with_check_digit("370010044128")
OTHER_ID = with_check_digit("150060012235")

CHAT = (
    "เรียน กองช่าง เทศบาลเมืองยโสธร\n"
    "ส่งแชทกับช่างที่จะต่อเติมครัวมาให้ดูค่ะ ข้อมูลอยู่ในแชท\n\n"
    "[LINE] ประวัติการแชทกับ ช่างวีระ\n"
    "วันที่บันทึก: 2569/10/14 20:11\n\n"
    "2569/10/12(อ.)\n"
    "19:20\tช่างวีระ\tพี่ส่งเลขบัตรกับที่อยู่มาด้วยนะครับ จะกรอกใบขออนุญาตให้\n"
    f"19:24\tสมใจ\t{OWNER_ID}\n"
    "19:25\tสมใจ\t14 หมู่ 3 ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร 35000\n"
    "19:31\tช่างวีระ\tช่องผู้ก่อสร้างใส่ของผมได้เลยครับ หจก.ยโสธรการโยธา โทร 045-711-930 มือถือ 086-224-5179\n"
    "19:32\tสมใจ\tขอบคุณค่ะ\n\n"
    "--\nนางสมใจ พรหมมา\nโทร. 092-418-7730\n"
)


def test_the_owners_number_under_her_name_beats_the_contractors_in_the_chat() -> None:
    case = read_body(CHAT)
    assert case.fields.get("national_id") == OWNER_ID
    assert case.fields.get("phone") == "+66924187730"


def _phone(line: int) -> FieldCandidate:
    provenance = Provenance(part="1", kind="body_text", line=line, label="โทร", method="prose")
    return FieldCandidate(key="phone", value="086-224-5179", provenance=provenance, confidence=0.65)


def test_only_the_other_sides_messages_are_set_behind() -> None:
    part = TextPart(part="1", kind="plain", text=CHAT)
    contractors = CHAT.split("\n").index(next(x for x in CHAT.split("\n") if "045-711" in x)) + 1
    kept = other_sides_contacts_behind(
        [_phone(contractors), _phone(len(CHAT.split("\n")) - 1)], [part]
    )
    assert kept[0].confidence < REVIEW_BELOW
    assert kept[1].confidence == 0.65


def test_a_chat_where_both_sides_give_an_id_tells_no_side() -> None:
    both = CHAT.replace("จะกรอกใบขออนุญาตให้", f"ของผม {OTHER_ID}")
    part = TextPart(part="1", kind="plain", text=both)
    line = both.split("\n").index(next(x for x in both.split("\n") if "045-711" in x)) + 1
    assert other_sides_contacts_behind([_phone(line)], [part])[0].confidence == 0.65
