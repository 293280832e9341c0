"""A group's member or officer who sends its request for the group's chair: "ดิฉัน <member>
สมาชิกกลุ่ม... ขอส่งเรื่องแทนประธานกลุ่ม คือ <chair>", then the chair's ID and home. A
group asks through the one who heads it (set 28: the natural person who signs for a body),
and a service for one person asked by another is the one it is for (sets 31/63): the
chair is the applicant, the member who types a go-between. Where no one files for the
chair (a member's own complaint about her chair, a member's own request naming the chair
who vouches for her), the writer asks herself. Names and numbers invented."""

from __future__ import annotations

from test_intermediary_office import looked_at, read_body

from extractors.acting_for import acting_for_entities, acts_for


def with_check_digit(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


MEMBER_ID = with_check_digit("341020077315")
CHAIR_ID = with_check_digit("341020015528")

MEMBERS_MAIL = (
    "เรียน นายกองค์การบริหารส่วนตำบลหนองแสง\n\n"
    f"ดิฉัน นางสุดารัตน์ พรหมมา เลขประจำตัวประชาชน {MEMBER_ID} เลขานุการกลุ่มแม่บ้านเกษตรกร "
    "ขอยื่นเรื่องแทนประธานกลุ่ม คือ นางบัวลอย คำแสน ซึ่งป่วยและเดินทางไม่ได้ "
    "ขอรับการสนับสนุนอุปกรณ์แปรรูปกล้วยตาก\n\n"
    "ประธานกลุ่ม: นางบัวลอย คำแสน\n"
    f"เลขประจำตัวประชาชน: {CHAIR_ID}\n"
    "ที่อยู่: 27 หมู่ 6 ตำบลหนองแสง อำเภอวาปีปทุม จังหวัดมหาสารคาม 44120\n\n"
    "ติดต่อดิฉันได้ที่ 086-442-1937 ค่ะ\nนางสุดารัตน์ พรหมมา\n"
)


def test_the_chair_a_member_files_for_is_the_applicant() -> None:
    case = read_body(MEMBERS_MAIL)
    assert case.fields.get("full_name") == "นางบัวลอย คำแสน"
    assert case.fields.get("national_id") == CHAIR_ID


def test_the_members_mobile_is_not_the_chairs() -> None:
    case = read_body(MEMBERS_MAIL)
    assert looked_at(case, "phone"), case.fields.get("phone")


def test_filing_for_a_groups_head_named_after_his_post() -> None:
    for line in (
        "ผม นายวิชัย สีทอง สมาชิกชมรม ขอส่งเรื่องแทนประธานชมรมผู้สูงอายุ คือ นายสำราญ ดีมาก",
        "ดิฉัน นางพรทิพย์ ใจงาม ขอยื่นคำขอแทนหัวหน้ากลุ่ม นางสมใจ บุญมาก",
    ):
        assert acts_for(line), line
        names = [v for k, v, _, _ in acting_for_entities(line) if k == "full_name"]
        assert names == [line.rsplit(" ", 2)[-2] + " " + line.rsplit(" ", 2)[-1]], names


def test_a_member_who_complains_of_her_chair_asks_herself() -> None:
    mail = (
        "เรียน นายกเทศมนตรี\n\n"
        f"ดิฉัน นางสุดารัตน์ พรหมมา เลขประจำตัวประชาชน {MEMBER_ID} สมาชิกกลุ่มออมทรัพย์ "
        "ขอร้องเรียนประธานกลุ่ม คือ นางบัวลอย คำแสน ที่ไม่แจ้งยอดเงินกองกลางให้สมาชิกทราบ\n"
        "ที่อยู่ 27 หมู่ 6 ตำบลหนองแสง อำเภอวาปีปทุม จังหวัดมหาสารคาม 44120\n"
        "โทร 086-442-1937\n"
    )
    case = read_body(mail)
    assert case.fields.get("full_name") == "นางสุดารัตน์ พรหมมา"
    assert case.fields.get("national_id") == MEMBER_ID


def test_a_member_who_asks_for_herself_naming_her_chair_asks_herself() -> None:
    mail = (
        "เรียน ปลัดเทศบาล\n\n"
        f"ดิฉัน นางสุดารัตน์ พรหมมา เลขประจำตัวประชาชน {MEMBER_ID} "
        "ขอสมัครเข้าอบรมการทำขนมไทย โดยประธานกลุ่ม คือ นางบัวลอย คำแสน เป็นผู้รับรอง\n"
        "ที่อยู่ 27 หมู่ 6 ตำบลหนองแสง อำเภอวาปีปทุม จังหวัดมหาสารคาม 44120\n"
        "โทร 086-442-1937\n"
    )
    case = read_body(mail)
    assert case.fields.get("full_name") == "นางสุดารัตน์ พรหมมา"
