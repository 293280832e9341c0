"""A fillable complaint form's part on the one complained of (respondent_*, offender_*,
accused_*): his house, name and phone are never the complainant's, whose own fields are
named complainant_* (set 90: a dogs' owner's house taken for the complainant's home,
both boxes captioned only "ที่อยู่"). Names and numbers invented."""

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def _with_pdf(subject: str, body: str, data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Somsri <somsri.k@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(body)
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return bytes(msg)


def test_the_respondents_house_on_a_complaint_form_is_not_the_complainants_home() -> None:
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 30, "ผู้ร้องเรียน"), (20, 40, "ชื่อ-สกุล"), (20, 50, "ที่อยู่"),
                (20, 60, "โทรศัพท์"), (20, 80, "ผู้ถูกร้องเรียน"), (20, 90, "ชื่อ-สกุล"),
                (20, 100, "ที่อยู่"), (20, 110, "โทรศัพท์")]  # fmt: skip
    fields = [Field("complainant_name", "นางสมศรี กองแก้ว", 45, 40, 90),
              Field("complainant_id", with_check_digit("350010028812"), 120, 40, 60),
              Field("complainant_address", "7/3 ม.4 ต.บ้านกลาง อ.สันป่าตอง 50120", 35, 50, 150),
              Field("complainant_phone", "089-771-2034", 45, 60, 55),
              Field("respondent_name", "นายเกียรติ ม่วงมา", 45, 90, 90),
              Field("respondent_address", "9 หมู่ 4 ตำบลบ้านกลาง อำเภอสันป่าตอง", 35, 100, 150),
              Field("respondent_phone", "081-300-4471", 45, 110, 55)]  # fmt: skip
    raw = _with_pdf(
        "ร้องเรียนเหตุเดือดร้อนรำคาญ",
        "ส่งแบบฟอร์มร้องเรียนตามไฟล์แนบค่ะ\n",
        acroform(pdf_page(captions, size=12), fields),
    )
    case = extract_case(parse_message(raw), load_templates(FORMS))
    assert case.fields.get("full_name") == "นางสมศรี กองแก้ว"
    assert case.fields.get("phone") == "+66897712034"
    assert (case.fields.get("address") or "").startswith("7/3")


def test_the_officers_part_of_a_complaint_form_is_not_the_complainants() -> None:
    """A centre's form ends with the part its officer fills (เจ้าหน้าที่ผู้รับเรื่อง,
    โทรศัพท์เจ้าหน้าที่), his desk line captioned only "โทรศัพท์" as hers is: never hers."""
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 30, "ชื่อผู้ร้อง"), (20, 40, "เลขประจำตัวประชาชน"), (20, 50, "โทรศัพท์"),
                (20, 70, "เรื่องที่ร้อง"), (20, 90, "สำหรับเจ้าหน้าที่ ผู้รับเรื่อง"),
                (110, 90, "โทรศัพท์")]  # fmt: skip
    fields = [Field("ชื่อผู้ร้อง", "นายสมพร ใจซื่อ", 45, 30, 90),
              Field("เลขประจำตัวประชาชน", with_check_digit("341010077230"), 60, 40, 60),
              Field("โทรศัพท์", "086-517-2290", 40, 50, 55),
              Field("เรื่องที่ร้อง", "ไฟฟ้าดับบ่อย แจ้งแล้วไม่มีใครมาแก้ไข", 45, 70, 140),
              Field("เจ้าหน้าที่ผู้รับเรื่อง", "นายอนุชา ทองสุข", 70, 90, 40),
              Field("โทรศัพท์เจ้าหน้าที่", "045-611-208", 125, 90, 45)]  # fmt: skip
    raw = _with_pdf(
        "แบบคำร้องทุกข์",
        "ส่งแบบคำร้องที่รับไว้เพื่อดำเนินการต่อ\n\nนายอนุชา ทองสุข\nโทร 045-611-208\n",
        acroform(pdf_page(captions, size=12), fields),
    )
    case = extract_case(parse_message(raw), load_templates(FORMS))
    assert case.fields.get("full_name") == "นายสมพร ใจซื่อ"
    assert case.fields.get("phone") == "+66865172290"
