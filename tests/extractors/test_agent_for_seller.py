"""A real-estate agent (นายหน้า, ตัวแทน, ผู้ประสานงาน) writes for the seller he was
entrusted by (set 80, after set 63's ruling: the applicant is the one the request is
for): the seller is the applicant; the agent's name, his mobile and box, and the buyer's
name and ID are never hers. Names and numbers invented."""

from __future__ import annotations

from test_intermediary_office import looked_at, read_body

SELLER_ID = "3501200345673"
BUYER_ID = "1509900123453"

AGENTS_MAIL = (
    "เรียน งานทะเบียนทรัพย์สิน เทศบาลตำบลริมใต้\n\n"
    "ดิฉัน นางสาวปิยะนุช ดวงแก้ว นายหน้าอสังหาริมทรัพย์ (แม่ริม พร็อพเพอร์ตี้) "
    "ได้รับมอบหมายจากผู้ขาย คือ นายประเสริฐ คำมา "
    "เลขประจำตัวประชาชน 3 5012 00345 67 3 ที่อยู่ 44 หมู่ 6 ตำบลริมใต้ อำเภอแม่ริม "
    "จังหวัดเชียงใหม่ 50180 ให้ติดต่อขอสำเนาทะเบียนบ้าน สำหรับบ้านโฉนดเลขที่ 77120 "
    f"ซึ่งจะขายให้แก่นางอรทัย ศรีสุข (เลขประจำตัวประชาชน {BUYER_ID}) นัดโอน 9 มกราคม 2570\n"
    "แนบหนังสือมอบอำนาจของผู้ขายแล้วค่ะ\n\n"
    "นางสาวปิยะนุช ดวงแก้ว\nแม่ริม พร็อพเพอร์ตี้\nใบอนุญาตนายหน้าเลขที่ CM 0331\n"
    "12/3 ถนนโชตนา ตำบลริมใต้ อำเภอแม่ริม จังหวัดเชียงใหม่ 50180\nโทร 089-551-2207\n"
)


def test_the_seller_an_agent_was_entrusted_by_is_the_applicant() -> None:
    case = read_body(AGENTS_MAIL)
    assert case.fields.get("full_name") == "นายประเสริฐ คำมา"
    assert case.fields.get("national_id") == SELLER_ID


def test_the_agents_mobile_under_his_name_is_not_the_sellers() -> None:
    case = read_body(AGENTS_MAIL)
    assert looked_at(case, "phone"), case.fields.get("phone")
