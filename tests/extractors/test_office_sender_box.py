"""An office's own box, on From and again at its letter's foot, is never the student's it
writes for: set behind, so a clerk is told to look (set 96). Names and boxes invented."""

from email.message import EmailMessage
from pathlib import Path

from extractors.base import FieldCandidate, Provenance
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.office_sender_box import offices_own_box_behind
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
BOX = "practicum.office@example.ac.th"


def _email(value: str) -> FieldCandidate:
    return FieldCandidate(
        key="email", value=value, provenance=Provenance(part="1", kind="body_text"), confidence=0.85
    )


def test_the_faculty_box_read_in_its_letter_is_set_behind() -> None:
    found = offices_own_box_behind(BOX, "คณะครุศาสตร์ มหาวิทยาลัยตัวอย่าง", [_email(BOX)])
    assert found[0].confidence < 0.6


def test_a_persons_own_box_is_left_as_read() -> None:
    box = "somchai.k@example.ac.th"
    assert offices_own_box_behind(box, "นายสมชาย กล้าหาญ", [_email(box)])[0].confidence == 0.85
    # another box than From's: the student's own, typed in the letter
    other = offices_own_box_behind(BOX, "คณะครุศาสตร์", [_email("mali.s@example.com")])
    assert other[0].confidence == 0.85


def test_a_schools_letter_for_a_pupil_does_not_give_its_box_as_hers() -> None:
    msg = EmailMessage()
    msg["From"] = f"โรงเรียนบ้านโคกสูงวิทยา <{BOX}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์รับนักเรียนฝึกงาน"
    msg.set_content(
        "เรียน นายกองค์การบริหารส่วนตำบลโคกสูง\n\n"
        "ด้วยโรงเรียนบ้านโคกสูงวิทยา ขอความอนุเคราะห์รับ นางสาวมาลัย ทองดี "
        "นักเรียนชั้นมัธยมศึกษาปีที่ 6 เข้าฝึกงานที่กองคลัง ระหว่างวันที่ 3-28 พฤษภาคม 2570\n\n"
        "ขอแสดงความนับถือ\n\nฝ่ายวิชาการ โรงเรียนบ้านโคกสูงวิทยา\n"
        f"โทร 044-118-203\nอีเมล {BOX}\n"
    )
    case = extract_case(parse_message(bytes(msg)), load_templates(FORMS))
    if case.fields.get("email") == BOX:
        assert case.issues.get("email") or case.provenance["email"].flags


def test_a_faculty_mail_for_its_student_is_hers_not_its_signatures() -> None:
    msg = EmailMessage()
    msg["From"] = f"คณะพยาบาลศาสตร์ <{BOX}>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอความอนุเคราะห์รับนักศึกษาฝึกงาน"
    msg.set_content(
        "เรียน นายกเทศมนตรีตำบลบ้านใหม่\n\n"
        "คณะพยาบาลศาสตร์ มหาวิทยาลัยตัวอย่าง ขอความอนุเคราะห์รับ นายอดิศร คำมูล "
        "รหัสนักศึกษา 6531045512 เข้าฝึกงานที่กองสาธารณสุข ระหว่างวันที่ 5-30 มิถุนายน 2570\n"
        "มือถือนักศึกษา: 063-418-2277\n\n"
        "ขอแสดงความนับถือ\n\n"
        "งานกิจการนักศึกษา คณะพยาบาลศาสตร์\nมหาวิทยาลัยตัวอย่าง\n"
        "45 หมู่ 2 ตำบลบ้านใหม่ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000\n"
        "โทร 044-209-118\n"
    )
    case = extract_case(parse_message(bytes(msg)), load_templates(FORMS))
    assert case.fields.get("full_name") == "นายอดิศร คำมูล"
    assert case.fields.get("phone") == "+66634182277"
    if case.fields.get("address"):
        assert case.issues.get("address") or case.provenance["address"].flags
