"""A health worker who sends on a patient's data: her own number is hers (sets 31/63, 37).

A hospital's social worker, a health centre's nurse or a village health volunteer writes
to the town "ขอส่ง(ต่อ)ข้อมูลผู้ป่วย...", "ขอส่งรายชื่อผู้สูงอายุติดเตียง...": the request
is the patient's, and the line or mobile under her signature is never his phone without
a flag. A citizen sending more of her own data ("ขอส่งข้อมูลของดิฉันเพิ่มเติม") keeps
hers. Names and numbers invented (IDs with a valid check digit)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
PATIENT_ID = with_check_digit("341050022718")
WRITER_ID = with_check_digit("341050087702")


def _read(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Writer <writer.hw@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งข้อมูลผู้ป่วย"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def test_a_hospitals_line_under_its_social_workers_signature_is_flagged() -> None:
    case = _read(
        "เรียน หัวหน้าสำนักปลัด อบต.โนนสูง\n\n"
        "โรงพยาบาลโนนสูงขอส่งต่อข้อมูลผู้ป่วยเพื่อขอรับการช่วยเหลือ ดังนี้\n"
        f"เลขประจำตัวประชาชน {PATIENT_ID}\n"
        "ที่อยู่ 18 หมู่ 4 ตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา 30160\n"
        "ญาติไม่สะดวกให้เบอร์ค่ะ\n\n"
        "นางสาวพรรณี ศรีงาม\nนักสังคมสงเคราะห์\nโรงพยาบาลโนนสูง\nโทร 044-379-210 ต่อ 204\n"
    )
    assert case.fields.get("national_id") == PATIENT_ID
    assert case.fields.get("phone") is None or _flagged(case, "phone")


def test_a_volunteers_mobile_under_her_name_is_flagged() -> None:
    case = _read(
        "เรียน งานสวัสดิการสังคม\n\n"
        "ดิฉัน อสม.หมู่ 7 ขอส่งรายชื่อผู้สูงอายุติดเตียงในหมู่บ้านที่ยังไม่ได้ลงทะเบียนค่ะ\n"
        f"เลขประจำตัวประชาชน {PATIENT_ID}\n"
        "ที่อยู่ 5 หมู่ 7 ตำบลหนองแวง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000\n\n"
        f"นางมะลิ คำดี\nอสม. หมู่ 7\nเลขประจำตัวประชาชน {WRITER_ID}\nโทร 086-552-1947\n"
    )
    assert case.fields.get("national_id") == PATIENT_ID
    assert case.fields.get("phone") is None or _flagged(case, "phone")


def test_one_sending_more_of_her_own_data_keeps_her_phone() -> None:
    case = _read(
        "เรียน เจ้าหน้าที่\n\nดิฉันขอส่งข้อมูลของดิฉันเพิ่มเติมตามที่แจ้งไว้ค่ะ\n"
        f"ชื่อ-สกุล นางมะลิ คำดี\nเลขประจำตัวประชาชน {WRITER_ID}\nโทร 086-552-1947\n"
    )
    assert case.fields.get("phone") == "+66865521947"
    assert not _flagged(case, "phone")


def test_the_patient_named_by_his_part_over_the_social_worker_who_signs() -> None:
    case = _read(
        "เรียน กองสวัสดิการสังคม\n\n"
        "โรงพยาบาลโนนสูงขอส่งต่อข้อมูลผู้ป่วยเพื่อลงทะเบียนคนพิการ ดังนี้\n"
        "ผู้ป่วย นายทองสุข มาดี อายุ 61 ปี HN 59-00412\n"
        f"เลขประจำตัวประชาชน {PATIENT_ID}\n\n"
        "นางสาวพรรณี ศรีงาม\nนักสังคมสงเคราะห์\nโรงพยาบาลโนนสูง\nโทร 044-379-210\n"
    )
    assert case.fields.get("full_name") == "นายทองสุข มาดี"


def test_the_parent_a_relative_names_in_the_volunteers_pasted_chat() -> None:
    case = _read(
        "เรียน งานสวัสดิการสังคม\n\n"
        "ดิฉันนางมะลิ คำดี อสม.หมู่ 7 ขอส่งข้อมูลผู้ป่วยติดเตียงตามที่คุยกับลูกสาวในไลน์ค่ะ\n\n"
        "---------- แชท LINE ----------\n"
        "20:01\tมะลิ\tขอชื่อกับเลขบัตรแม่หน่อยจ้า\n"
        "20:05\tสมใจ ทองดี\tแม่ชื่อ นางบัวผัน ทองดี ค่ะ\n"
        f"20:05\tสมใจ ทองดี\t{PATIENT_ID}\n"
        "------------------------------\n\n"
        f"นางมะลิ คำดี\nอสม. หมู่ 7\nโทร 086-552-1947\n"
    )
    assert case.fields.get("full_name") == "นางบัวผัน ทองดี"


def test_the_patient_a_nurse_lists_with_his_own_mobile_and_home() -> None:
    msg = EmailMessage()
    msg["From"] = "rpst <rpst.nongwaeng@example.go.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งรายชื่อผู้ป่วย"
    msg.set_content(
        "<p>เรียน ปลัด อบต.หนองแวง</p><p>รพ.สต.ขอส่งรายชื่อผู้ป่วยที่แพทย์รับรองความพิการแล้ว "
        f"เพื่อลงทะเบียน ได้แก่ นายทองสุข มาดี เลขประจำตัวประชาชน {PATIENT_ID} อยู่บ้านเลขที่ 3 หมู่ 9 "
        "ตำบลบ้านนา อำเภอจะนะ จังหวัดสงขลา 90130 ติดต่อผู้ป่วยได้ที่เบอร์ 093-118-4420</p>"
        "<p>จึงเรียนมาเพื่อโปรดพิจารณา</p><p><b>นางมะลิ คำดี</b><br>พยาบาลวิชาชีพ<br>"
        "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองแวง<br>หมู่ 4 ตำบลหนองแวง อำเภอเมืองขอนแก่น "
        "จังหวัดขอนแก่น 40000<br>โทร 043-219-447</p>",
        subtype="html",
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields.get("full_name") == "นายทองสุข มาดี"
    assert case.fields.get("postal_code") == "90130"
    assert case.fields.get("province") == "สงขลา"
    assert case.fields.get("phone") == "+66931184420"


def test_the_patients_mobile_after_the_certifying_doctor_named_in_brackets() -> None:
    """A name in brackets is an aside: what is said of the patient goes on after it."""
    case = _read(
        "เรียน ปลัด อบต.หนองแวง\n\n"
        "รพ.สต.ขอส่งรายชื่อผู้ป่วยเพื่อลงทะเบียน ได้แก่ นายทองสุข มาดี "
        f"เลขประจำตัวประชาชน {PATIENT_ID} อยู่บ้านเลขที่ 3 หมู่ 9 ตำบลบ้านนา อำเภอจะนะ "
        "จังหวัดสงขลา 90130\nผู้ป่วยอัมพาตครึ่งซีก (แพทย์ผู้รับรอง นายแพทย์ชาญ ดีมาก ว.33012) "
        "ติดต่อผู้ป่วยได้ที่เบอร์ 0931184420\n\n"
        "นางมะลิ คำดี\nพยาบาลวิชาชีพ\nโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองแวง\nโทร 043-219-447\n"
    )
    assert case.fields.get("phone") == "+66931184420"


def test_a_hospital_referring_the_patient_himself_names_him_by_his_part() -> None:
    # "ขอส่งต่อผู้ป่วย": a referral of the patient, no word for his data (set 121)
    case = _read(
        "เรียน ผู้อำนวยการกองสวัสดิการสังคม\n\n"
        "โรงพยาบาลบ้านไผ่ ขอส่งต่อผู้ป่วยเพื่อพิจารณาช่วยเหลือค่าครองชีพ ดังนี้\n"
        "ผู้ป่วย: นายทองสุข มาดี HN 6612083 AN 6903117\n"
        f"เลขบัตรประชาชน: {PATIENT_ID}\n"
        "เบอร์โทรผู้ป่วย: 093-118-4420\n\n"
        "ด้วยความนับถือ\nนางสาวพรรณี ศรีงาม\nนักสังคมสงเคราะห์ โรงพยาบาลบ้านไผ่\n"
        "โทร 043-272-110 ต่อ 118 มือถือ 081-227-6613\n"
    )
    assert case.fields.get("full_name") == "นายทองสุข มาดี"
    assert case.fields.get("national_id") == PATIENT_ID


def test_a_patient_telling_of_his_own_referral_keeps_his_name_and_phone() -> None:
    # the commoner mail: he writes himself; the hospital's referral is only told of
    case = _read(
        "เรียน เจ้าหน้าที่\n\n"
        "ผมนายทองสุข มาดี เป็นผู้ป่วยโรคไต โรงพยาบาลบ้านไผ่ส่งต่อผู้ป่วยไปฟอกไตที่ขอนแก่น "
        "ขอรถรับส่งสัปดาห์ละ 2 วันครับ\n"
        f"เลขประจำตัวประชาชน {PATIENT_ID}\nโทร 093-118-4420\nนายทองสุข มาดี\n"
    )
    assert case.fields.get("full_name") == "นายทองสุข มาดี"
    assert case.fields.get("phone") == "+66931184420"
    # only the doubt a name in prose carries, never another's line
    assert {i.code for i in case.issues.get("phone") or []} <= {"applicant_in_doubt"}
