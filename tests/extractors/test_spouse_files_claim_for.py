"""A wife (a husband) who files a benefit claim for a spouse hurt and unable to come: she
names herself his wife, gives his ID and home, and says she files in his place ("ขอยื่น
ขอรับเงินทดแทนการขาดรายได้แทน", "จึงขอยื่นเรื่องแทน", nothing after แทน). The claim is
his (sets 31/63: a service for one person asked by another is the one it is for); her
own name, ID and phone are not. Where she asks nothing in his place (a widow's own
claim, a reimbursement she is owed, her complaint), or the only แทน is a word's part
(เงินทดแทน, ค่าตอบแทน), the request stays hers (sets 28, 124). Names and numbers invented
(IDs with a valid check digit)."""

from __future__ import annotations

from typed_mail import flagged, read
from unseen_requests import with_check_digit

WIFE, WIFE_ID = "นางพรทิพย์ แสงอรุณ", with_check_digit("340120055173")
HUSBAND, HUSBAND_ID = "นายวิชัย แสงอรุณ", with_check_digit("340120031186")
HIS_HOME = "27 หมู่ที่ 3 ตำบลในเมือง อำเภอเมืองอุบลราชธานี จังหวัดอุบลราชธานี 34000"


def test_a_wife_who_files_his_claim_in_his_place_asks_for_him() -> None:
    case = read(
        "เรียน เจ้าหน้าที่ประกันสังคม\n\n"
        f"ดิฉัน {WIFE} เลขบัตรประชาชน {WIFE_ID} เป็นภรรยาของ {HUSBAND} ผู้ประกันตนมาตรา 40 "
        f"เลขประจำตัวประชาชน {HUSBAND_ID} สามีขับรถส่งพัสดุแล้วถูกรถชน ขาหัก แพทย์ให้พัก 45 วัน\n"
        f"สามีมาเองไม่ได้ จึงขอยื่นขอรับค่าทดแทนการขาดรายได้แทน ที่อยู่ของสามี {HIS_HOME}\n\n"
        f"ติดต่อดิฉันได้ที่ 089-551-2046 ค่ะ\n{WIFE}\n",
        subject="ขอรับเงินทดแทนการขาดรายได้",
    )
    assert case.fields.get("full_name") == HUSBAND
    assert case.fields.get("national_id") == HUSBAND_ID
    assert case.fields.get("postal_code") == "34000"
    assert (case.fields.get("address") or "").startswith("27 ")
    # her number is hers: flagged where it is read at all
    assert case.fields.get("phone") is None or flagged(case, "phone")


def test_a_wifes_typed_letter_wrapped_after_her_phone_asks_for_him() -> None:
    case = read(
        "เรื่อง ขอรับประโยชน์ทดแทนกรณีเจ็บป่วย\nเรียน นายกเทศมนตรี\n\n"
        f"ข้าพเจ้า {WIFE} เลขประจำตัวประชาชน {WIFE_ID}\n"
        f"โทรศัพท์ 089-551-2046 ภรรยาของ {HUSBAND}\n"
        f"เลขประจำตัวประชาชน {HUSBAND_ID} ซึ่งเป็นผู้ประกันตน ประสบอุบัติเหตุขณะทำงาน\n"
        "เนื่องจากสามีนอนรักษาตัวอยู่ ข้าพเจ้าจึงขอยื่นเรื่องแทน\n"
        "ขอแสดงความนับถือ\n"
        f"({WIFE})\n",
    )
    assert case.fields.get("full_name") == HUSBAND
    assert case.fields.get("national_id") == HUSBAND_ID


def test_a_widow_claiming_the_death_benefit_stays_the_applicant() -> None:
    # ประโยชน์ทดแทน is the benefit's name, no filing in his place; and the dead ask nothing
    case = read(
        "เรียน เจ้าหน้าที่ประกันสังคม\n\n"
        f"ดิฉัน {WIFE} เลขบัตรประชาชน {WIFE_ID} เป็นภรรยาของ {HUSBAND} ผู้ประกันตน "
        f"เลขประจำตัวประชาชน {HUSBAND_ID} ซึ่งเสียชีวิตจากอุบัติเหตุ\n"
        "ดิฉันขอยื่นขอรับประโยชน์ทดแทนกรณีตายแทน ในฐานะผู้จัดการศพ\n\n"
        f"โทร 089-551-2046\n{WIFE}\n",
    )
    assert case.fields.get("full_name") == WIFE
    assert case.fields.get("national_id") == WIFE_ID


def test_a_wife_claiming_her_own_reimbursement_for_him_stays_the_claimant() -> None:
    case = read(
        "เรียน ผู้อำนวยการกองคลัง\n\n"
        f"ดิฉัน {WIFE} เลขประจำตัวประชาชน {WIFE_ID} เป็นภรรยาของ {HUSBAND} ซึ่งประสบอุบัติเหตุ\n"
        "ดิฉันขอยื่นขอเบิกค่ารักษาพยาบาลของสามีตามสิทธิข้าราชการแทน จำนวน 6,300 บาท\n\n"
        f"{WIFE}\n",
    )
    assert case.fields.get("full_name") == WIFE
    assert case.fields.get("national_id") == WIFE_ID


def test_a_wifes_own_complaint_naming_her_hurt_husband_stays_hers() -> None:
    case = read(
        "เรียน นายกเทศมนตรี\n\n"
        f"ดิฉัน {WIFE} เลขบัตรประชาชน {WIFE_ID} เป็นภรรยาของ {HUSBAND} ไรเดอร์ส่งอาหาร\n"
        "สามีล้มเพราะหลุมบนถนนหน้าตลาด ขอยื่นเรื่องร้องเรียนแทน ขอให้ซ่อมถนนโดยด่วน\n\n"
        f"โทร 089-551-2046\n{WIFE}\n",
    )
    assert case.fields.get("full_name") == WIFE
    assert case.fields.get("national_id") == WIFE_ID


def test_a_volunteers_own_pay_claim_naming_her_husband_stays_hers() -> None:
    # ค่าตอบแทน holds แทน: no filing in anyone's place
    case = read(
        "เรียน ปลัดเทศบาล\n\n"
        f"ดิฉัน {WIFE} เลขบัตรประชาชน {WIFE_ID} อสม. หมู่ 3 เป็นภรรยาของ {HUSBAND} ผู้ใหญ่บ้าน\n"
        "ขอยื่นขอรับค่าตอบแทน อสม. ประจำเดือนพฤศจิกายน\n\n"
        f"โทร 089-551-2046\n{WIFE}\n",
    )
    assert case.fields.get("full_name") == WIFE
    assert case.fields.get("national_id") == WIFE_ID


def test_a_wife_filing_for_his_funeral_grant_stays_the_applicant() -> None:
    # a funeral's grant says he died though no word for dying is written: hers
    case = read(
        "เรียน นายกเทศมนตรี\n\n"
        f"ดิฉัน {WIFE} เลขบัตรประชาชน {WIFE_ID} เป็นภรรยาของ {HUSBAND} "
        f"เลขประจำตัวประชาชน {HUSBAND_ID}\n"
        "ขอยื่นขอรับเงินช่วยเหลือค่าจัดการศพแทน\n\n"
        f"โทร 089-551-2046\n{WIFE}\n",
    )
    assert case.fields.get("full_name") == WIFE
    assert case.fields.get("national_id") == WIFE_ID
