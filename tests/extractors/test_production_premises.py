"""A small producer's own form gives her place as the premises where she produces
("ที่ตั้งสถานที่ผลิต", "สถานที่ผลิต"): a home kitchen or a yard for a food or OTOP
producer, and the only place a clerk can reach her at where the form asks no home (set
126: a city's fillable food-advice form). Read as a firm's head office is
(business_labels): the applicant's address a clerk checks, below any home the request
gives. In a buyer's complaint the seller's premises are another's: the buyer's home wins.
Names, numbers and places invented."""

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
PRODUCER_ID = with_check_digit("340990052117")


def _read(body: str, pdf: bytes | None = None) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Rattana <rattana.kw@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งแบบคำขอ"
    msg.set_content(body)
    if pdf is not None:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="form.pdf")
    return extract_case(parse_message(bytes(msg)), load_templates(FORMS))


def _flagged(case: ExtractedCase, key: str) -> bool:
    marks = getattr(case.provenance.get(key), "flags", None)
    return bool(case.issues.get(key)) or bool(marks)


def test_the_premises_on_a_producers_fillable_form_is_her_address() -> None:
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(30, 20, "คำขอตรวจประเมินสถานที่ผลิตอาหารแปรรูป"), (20, 40, "ชื่อผู้ขอ"),
                (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "สถานที่ผลิต"), (20, 70, "โทรศัพท์"),
                (20, 80, "ชนิดอาหาร")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอ", "นางรัตนา แก้ววงศ์", 50, 40, 90),
              Field("เลขประจำตัวประชาชน", PRODUCER_ID, 60, 50, 60),
              Field("สถานที่ผลิต", "64 หมู่ 2 ตำบลนาโพธิ์ อำเภอกุดรัง จังหวัดมหาสารคาม 44130", 45, 60, 150),
              Field("โทรศัพท์", "093-118-4472", 45, 70, 55),
              Field("ชนิดอาหาร", "น้ำพริกปลาร้า", 45, 80, 90)]  # fmt: skip
    case = _read("แนบแบบคำขอค่ะ\n", acroform(pdf_page(captions, size=12), fields))
    assert (case.fields.get("address") or "").startswith("64 หมู่ 2 ตำบลนาโพธิ์")
    assert case.fields.get("postal_code") == "44130"
    assert case.fields.get("province") == "มหาสารคาม"
    assert _flagged(case, "address")  # a place of work: a clerk checks it is where she lives


def test_her_home_beside_the_premises_is_her_address() -> None:
    case = _read(
        "เรียน สาธารณสุขอำเภอ\n\nขอรับคำปรึกษาการขออนุญาตผลิตอาหาร\n"
        "ชื่อผู้ขอ: นางรัตนา แก้ววงศ์\n"
        f"เลขประจำตัวประชาชน: {PRODUCER_ID}\n"
        "ที่อยู่: 12 หมู่ 5 ตำบลนาโพธิ์ อำเภอกุดรัง จังหวัดมหาสารคาม 44130\n"
        "ที่ตั้งสถานที่ผลิต: 88 หมู่ 9 ตำบลเลิงแฝก อำเภอกุดรัง จังหวัดมหาสารคาม 44130\n"
        "โทรศัพท์: 093-118-4472\n"
    )
    assert (case.fields.get("address") or "").startswith("12 หมู่ 5 ตำบลนาโพธิ์")


def test_a_sellers_premises_in_a_buyers_complaint_is_not_her_home() -> None:
    case = _read(
        "เรียน สาธารณสุขจังหวัด\n\n"
        f"ดิฉัน นางรัตนา แก้ววงศ์ เลขประจำตัวประชาชน {PRODUCER_ID} "
        "อยู่บ้านเลขที่ 12 หมู่ 5 ตำบลนาโพธิ์ อำเภอกุดรัง จังหวัดมหาสารคาม 44130 "
        "ขอร้องเรียนแหนมที่ซื้อมามีกลิ่นเหม็น\n"
        "ผู้ผลิต: ร้านแหนมแม่ทองม้วน\n"
        "สถานที่ผลิต: 7 หมู่ 1 ตำบลเขวา อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม 44000\n"
        "โทร 093-118-4472\n"
    )
    assert (case.fields.get("address") or "").startswith("12 หมู่ 5 ตำบลนาโพธิ์")
    assert case.fields.get("postal_code") == "44130"


def test_a_sellers_premises_is_never_the_address_of_a_complaint_giving_no_home() -> None:
    case = _read(
        "เรียน สาธารณสุขจังหวัด\n\n"
        "ดิฉัน นางรัตนา แก้ววงศ์ ขอร้องเรียนแหนมที่ซื้อมามีกลิ่นเหม็น\n"
        "ผู้ผลิต: ร้านแหนมแม่ทองม้วน\n"
        "สถานที่ผลิต: 7 หมู่ 1 ตำบลเขวา อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม 44000\n"
        "โทร 093-118-4472\n"
    )
    assert not (case.fields.get("address") or "").startswith("7 หมู่ 1")
