"""A writer who says in her own words that she asks for another: the request is that
person's (sets 31/63), the writer a go-between (set 89). A village health volunteer
(อาสาสมัครสาธารณสุขประจำหมู่บ้าน, อสม.) borrows a device for a villager or reports one she
found on a home visit; a niece or a grandchild says whose kin she is and signs as the
one who files for him (ผู้ยื่นแทน). One who names herself so and asks for herself stays the
applicant. Names and numbers invented; IDs with valid check digits."""

from __future__ import annotations

from test_intermediary_office import read_body

WRITER_ID = "3470100234560"
HIS_ID = "3410200567897"
HIS_HOME = "12 หมู่ 3 ตำบลโพนสวรรค์ อำเภอโพนสวรรค์ จังหวัดนครพนม 48190"


def test_a_volunteer_borrowing_for_a_villager_asks_for_him() -> None:
    case = read_body(
        "เรียน ผอ.รพ.สต.โพนสวรรค์\n\n"
        f"ดิฉัน นางสมหวัง ใจงาม อาสาสมัครสาธารณสุขประจำหมู่บ้าน หมู่ที่ 3 เลขประจำตัวประชาชน {WRITER_ID} "
        f"ขอรับผ้าอ้อมผู้ใหญ่และที่นอนลม ให้ นายเฉลิม บุญญา อายุ 80 ปี เลขประจำตัวประชาชน {HIS_ID} "
        f"บ้านเลขที่ {HIS_HOME} ซึ่งนอนติดเตียงค่ะ\n\nโทร 086-114-2290\nนางสมหวัง ใจงาม\n"
    )
    assert case.fields["full_name"] == "นายเฉลิม บุญญา"
    assert case.fields["national_id"] == HIS_ID


def test_a_volunteers_home_visit_letter_is_about_the_one_she_found() -> None:
    case = read_body(
        "เรื่อง ขอความช่วยเหลือผู้สูงอายุ\nเรียน นายกองค์การบริหารส่วนตำบลโพนสวรรค์\n\n"
        f"ด้วยข้าพเจ้า นางสมหวัง ใจงาม เลขประจำตัวประชาชน {WRITER_ID} อสม. หมู่ที่ 3 "
        f"ได้ออกเยี่ยมบ้านพบว่า นายเฉลิม บุญญา เลขประจำตัวประชาชน {HIS_ID} อยู่บ้านเลขที่ {HIS_HOME} "
        "อยู่ลำพังและเดินไม่ได้ จึงขอให้ช่วยจัดผู้ดูแล\n\nขอแสดงความนับถือ\n(นางสมหวัง ใจงาม)\n"
    )
    assert case.fields["full_name"] == "นายเฉลิม บุญญา"
    assert case.fields["national_id"] == HIS_ID


def test_a_volunteer_asking_for_herself_stays_the_applicant() -> None:
    case = read_body(
        "เรียน ผอ.รพ.สต.โพนสวรรค์\n\n"
        f"ดิฉัน นางสมหวัง ใจงาม อสม. หมู่ที่ 3 เลขประจำตัวประชาชน {WRITER_ID} "
        "ขอรับค่าป่วยการ อสม. เดือนพฤศจิกายนที่ยังไม่ได้รับค่ะ\n\nนางสมหวัง ใจงาม\n"
    )
    assert case.fields["full_name"] == "นางสมหวัง ใจงาม"
    assert case.fields["national_id"] == WRITER_ID


def test_a_niece_who_signs_as_filing_for_her_uncle_asks_for_him() -> None:
    case = read_body(
        "เรื่อง ขอยืมเครื่องผลิตออกซิเจน\nเรียน นายกเทศมนตรี\n\n"
        f"ด้วยข้าพเจ้า นางสาวพรทิพย์ บุญญา เลขประจำตัวประชาชน {WRITER_ID} เป็นหลานของ นายเฉลิม บุญญา "
        f"เลขประจำตัวประชาชน {HIS_ID} อยู่บ้านเลขที่ {HIS_HOME} ซึ่งป่วยนอนติดเตียง\n"
        "จึงเรียนมาเพื่อขอยืมเครื่องผลิตออกซิเจน 1 เครื่อง\n\n"
        "ขอแสดงความนับถือ\n(นางสาวพรทิพย์ บุญญา)\nหลาน ผู้ยื่นแทน โทร 089-220-4471\n"
    )
    assert case.fields["full_name"] == "นายเฉลิม บุญญา"
    assert case.fields["national_id"] == HIS_ID


def test_a_volunteers_typed_letter_wrapped_between_her_post_and_her_words() -> None:
    case = read_body(
        "เรียน นายกองค์การบริหารส่วนตำบลโพนสวรรค์\n"
        f"ด้วยข้าพเจ้า นางสมหวัง ใจงาม เลขประจำตัวประชาชน\n{WRITER_ID} อาสาสมัครสาธารณสุขประจำหมู่บ้าน\n"
        f"ได้ออกเยี่ยมบ้านพบว่า นายเฉลิม บุญญา เลขประจำตัวประชาชน {HIS_ID}\nอยู่บ้านเลขที่ {HIS_HOME}\n"
        "จึงขอให้ช่วยจัดผู้ดูแล\nขอแสดงความนับถือ\n(นางสมหวัง ใจงาม)\n"
    )
    assert case.fields["full_name"] == "นายเฉลิม บุญญา"
    assert case.fields["national_id"] == HIS_ID


def test_the_patient_named_by_his_part_in_a_sons_mail_is_the_applicant() -> None:
    case = read_body(
        "เรียน กองสาธารณสุข\n\nผมขอยืมเตียงผู้ป่วยให้คุณแม่ที่เพิ่งกลับจากโรงพยาบาลครับ\n\n"
        "ผู้ป่วย : นางบัวลอย บุญญา\n"
        f"เลขประจำตัวประชาชน : {HIS_ID}\n"
        f"ที่อยู่ : {HIS_HOME}\n"
        "อุปกรณ์ : เตียงผู้ป่วย 1 เตียง\n\n"
        "ผู้ติดต่อ (บุตรชาย): นายอดิศร บุญญา โทร 081-447-2290\n\n-- \nนายอดิศร บุญญา\n"
    )
    assert case.fields["full_name"] == "นางบัวลอย บุญญา"
    assert case.fields["national_id"] == HIS_ID


def test_a_patients_part_heading_its_own_rows_is_left_as_read() -> None:
    case = read_body(
        "เรียน กองสาธารณสุข\n\nผู้ป่วย :\nชื่อ : นางบัวลอย บุญญา\n"
        f"เลขประจำตัวประชาชน : {HIS_ID}\n\nนายอดิศร บุญญา\n"
    )
    assert case.fields["full_name"] == "นางบัวลอย บุญญา"


def test_a_neighbour_who_gives_the_elders_id_asks_for_her() -> None:
    case = read_body(
        "เรียน ผู้อำนวยการ รพ.สต.โพนสวรรค์\n\n"
        f"ดิฉันเป็นเพื่อนบ้านของ นางบัวลอย บุญญา อายุ 88 ปี (เลขประจำตัวประชาชน {HIS_ID}) "
        f"อยู่คนเดียวที่บ้านเลขที่ {HIS_HOME} ช่วงนี้ลุกเดินไม่ไหว จึงขอให้เจ้าหน้าที่ไปเยี่ยมบ้านด้วยค่ะ\n\n"
        "ขอแสดงความนับถือ\nนางสาวมยุรี แสงทอง\nครู โรงเรียนบ้านโพน\nมือถือ 089-551-7720\n"
    )
    assert case.fields["full_name"] == "นางบัวลอย บุญญา"
    assert case.issues.get("full_name")  # read from a sentence: a clerk looks


def test_a_neighbour_complained_of_without_an_id_is_not_the_applicant() -> None:
    case = read_body(
        "เรียน นายกเทศมนตรี\n\nดิฉันเป็นเพื่อนบ้านของ นายสมศักดิ์ ดีมาก ซึ่งเผาขยะทุกเย็น "
        "ควันเข้าบ้านดิฉัน ขอให้เทศบาลตักเตือนด้วยค่ะ\n\nนางสาวมยุรี แสงทอง\nโทร 089-551-7720\n"
    )
    assert case.fields["full_name"] == "นางสาวมยุรี แสงทอง"


def test_the_one_in_need_a_volunteer_forwards_a_chat_about_is_the_applicant() -> None:
    """An อสม. forwards a relative's chat: "<name> ติดเตียงแล้ว ..." names the one the help
    is for; the volunteer signs with her post below. Her name is a go-between's."""
    case = read_body(
        "เรียน นายก อบต.โพนสวรรค์\nส่งต่อข้อความค่ะ\n\n"
        "09:12\tน้องแพร\tป้าคะ นายเฉลิม บุญญา ติดเตียงแล้วค่ะ ขอที่นอนลม\n"
        f"09:13\tน้องแพร\tเลขบัตร {HIS_ID}\n"
        "09:15\tป้าสมหวัง\tได้จ้ะ\n\n"
        "นางสมหวัง ใจงาม อสม. หมู่ 3 โทร 086-114-2290\n"
    )
    assert case.fields["full_name"] == "นายเฉลิม บุญญา"


def test_one_in_need_named_with_no_go_between_is_left_as_read() -> None:
    """Without a volunteer's or a headman's post the writer may be that person herself."""
    case = read_body(
        "เรียน นายก อบต.โพนสวรรค์\n\nนายเฉลิม บุญญา พิการขาขวา ขอรับรถเข็นครับ\n"
        f"เลขบัตร {HIS_ID}\nนายเฉลิม บุญญา\n"
    )
    assert case.fields["full_name"] == "นายเฉลิม บุญญา"
