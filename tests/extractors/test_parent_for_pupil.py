"""A parent's letter for a pupil's own school paper (issue 8, set 115): "ข้าพเจ้า <parent>
<ID> เป็นบิดา/มารดาของ ด.ช./เด็กหญิง<pupil> <ID> ... ขอหลักฐานการย้ายนักเรียน". The
transfer, the certificate, the record are the pupil's (sets 31/63: a service for one
person asked by another is hers), so the pupil's name and ID are the applicant's; the
parent who writes and signs is a go-between. A parent's own complaint or request that
names a child is still the parent's. Names and numbers invented."""

from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest
from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
PARENT = with_check_digit("340110028813")
PUPIL = with_check_digit("134010077426")


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def _letter(asks: str, parent: str = "มารดา", child: str = "เด็กหญิงปิยธิดา ศรีสุข") -> str:
    return (
        "เรียน ผู้อำนวยการโรงเรียนเทศบาล ๓\n\n"
        f"ข้าพเจ้า นางสุมาลี ศรีสุข เลขประจำตัวประชาชน {dashed(PARENT)} เป็น{parent}ของ "
        f"{child} เลขประจำตัวประชาชน {dashed(PUPIL)} เกิดวันที่ 9 มีนาคม 2558 "
        f"นักเรียนชั้นประถมศึกษาปีที่ 4 {asks}\n"
        "ติดต่อข้าพเจ้าได้ที่โทร 089-551-2078\n\n"
        "ขอแสดงความนับถือ\n(นางสุมาลี ศรีสุข)\nผู้ปกครอง\n"
    )


def _read_text(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Sumalee <sumalee.ss@example.com>"
    msg["To"] = "edu@example.go.th"
    msg["Subject"] = "ขอเอกสารนักเรียน"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), load_templates(FORMS))


def _read_pdf(text: str) -> ExtractedCase:
    from unseen_requests_5 import pdf_page
    from unseen_requests_52 import flow

    paras: list[tuple[float, str]] = [(20, line) for line in text.splitlines()]
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    msg = EmailMessage()
    msg["From"] = "Sumalee <sumalee.ss@example.com>"
    msg["To"] = "edu@example.go.th"
    msg["Subject"] = "ขอเอกสารนักเรียน"
    msg.set_content("แนบหนังสือค่ะ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="letter.pdf")
    return extract_case(parse_message(bytes(msg)), load_templates(FORMS))


@pytest.mark.parametrize(
    "asks",
    [
        "มีความประสงค์ขอย้ายบุตรไปเรียนที่โรงเรียนบ้านหนองบัว จึงขอหลักฐานการย้ายนักเรียน",
        "ขอใบรับรองการเป็นนักเรียน จำนวน 1 ฉบับ เพื่อใช้ประกอบการขอทุน",
    ],
)
@pytest.mark.parametrize("read", [_read_text, _read_pdf])
def test_the_pupils_paper_is_the_pupils(asks: str, read: Callable[[str], ExtractedCase]) -> None:
    case = read(_letter(asks))
    assert case.fields.get("full_name") in ("เด็กหญิงปิยธิดา ศรีสุข", "ด.ญ.ปิยธิดา ศรีสุข")
    assert case.fields.get("national_id") == PUPIL


def test_short_title_and_a_father() -> None:
    text = _letter("ขอย้ายบุตรไปเรียนที่อื่น จึงขอใบย้าย", "บิดา", "ด.ช.ภาณุพงศ์ ศรีสุข")
    case = _read_text(text.replace("นางสุมาลี", "นายสุเมธ"))
    assert case.fields.get("full_name") == "ด.ช.ภาณุพงศ์ ศรีสุข"
    assert case.fields.get("national_id") == PUPIL


def test_a_parents_own_complaint_stays_hers() -> None:
    case = _read_text(_letter("ขอร้องเรียนเรื่องครูลงโทษนักเรียนรุนแรงเกินกว่าเหตุ"))
    assert case.fields.get("full_name") == "นางสุมาลี ศรีสุข"


@pytest.mark.parametrize("read", [_read_text, _read_pdf])
def test_the_new_schools_province_is_not_the_pupils(read: Callable[[str], ExtractedCase]) -> None:
    asks = "ขอย้ายบุตรไปเรียนที่โรงเรียนบ้านหนองบัว จังหวัดขอนแก่น จึงขอหลักฐานการย้ายนักเรียน"
    text = "17/2 หมู่ที่ 5 ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ 50290\n\n" + _letter(asks)
    case = read(text)
    assert case.fields.get("national_id") == PUPIL
    assert case.fields.get("province") == "เชียงใหม่"


def test_a_teacher_asks_a_pupils_certificate() -> None:
    # a class teacher's mail: the certificate is the pupil's, the teacher who signs a go-between
    text = (
        "เรียน งานทะเบียนวัดผล\n\n"
        "ขอใบรับรองการเป็นนักเรียนให้ ด.ช.ธนกฤต วงศ์ใหญ่ ชั้น ป.6/2 เลขประจำตัวนักเรียน 5512 "
        "เพื่อใช้สมัครแข่งขันกีฬาครับ\n"
        f"เลขประจำตัวประชาชน {dashed(PUPIL)}\nเกิด 14 พ.ย. 2557\n"
        "บ้านเลขที่ 8 หมู่ 2 ตำบลป่าแดด อำเภอเมืองเชียงใหม่ เชียงใหม่ 50100\n\n"
        "ติดต่อครูได้ที่ 086-204-7713\n\nนายวิชัย แสนคำ\nครูประจำชั้น ป.6/2\n"
    )
    case = _read_text(text)
    assert case.fields.get("full_name") == "ด.ช.ธนกฤต วงศ์ใหญ่"
    assert case.fields.get("national_id") == PUPIL


def test_a_complaint_about_a_pupils_paper_stays_the_parents() -> None:
    asks = "ขอร้องเรียนว่าโรงเรียนไม่ยอมออกหลักฐานการย้ายนักเรียนให้ทั้งที่ยื่นคำขอมาแล้วสองเดือน"
    case = _read_text(_letter(asks))
    assert case.fields.get("full_name") == "นางสุมาลี ศรีสุข"


def test_the_parents_age_and_home_before_the_kinship() -> None:
    text = (
        "เรียน ผู้อำนวยการโรงเรียนบ้านป่าตึง\n\n"
        "ข้าพเจ้า นายสุเมธ ศรีสุข อายุ 41 ปี อยู่บ้านเลขที่ 17/2 หมู่ที่ 5 ตำบลหนองหาร อำเภอสันทราย\n"
        "จังหวัดเชียงใหม่ ซึ่งเป็นบิดาของ ด.ช.ภาณุพงศ์ ศรีสุข "
        f"เลขประจำตัวประชาชน {dashed(PUPIL)} นักเรียนชั้น ป.3 ขอระเบียนแสดงผลการเรียน (ปพ.1) ของบุตร "
        "เนื่องจากครอบครัวย้ายไปทำงานต่างจังหวัด\n\n"
        "ขอแสดงความนับถือ\nนายสุเมธ ศรีสุข\n"
    )
    case = _read_text(text)  # a ปพ.1 asked: the document request's student_name
    assert case.fields.get("student_name") == "ด.ช.ภาณุพงศ์ ศรีสุข"
    assert case.fields.get("national_id") == PUPIL
