"""A fillable stall permit's boxes named for the vendor's helpers ("ผู้ช่วย1",
"เลขบัตรผู้ช่วย1", "helper_2_id"), captioned only "เลขบัตร" as hers is: their IDs are never
the vendor's, even where hers is typed dashed (set 112). Invented people."""

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"
OWN_ID = with_check_digit("165020033718")
HELPER_IDS = (with_check_digit("165020081142"), with_check_digit("165020094456"))


def _with_pdf(data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Wilai <wilai.sd@example.com>"
    msg["To"] = "thetsakij@example.go.th"
    msg["Subject"] = "ขออนุญาตตั้งแผงลอย"
    msg.set_content("ส่งแบบคำขอค่ะ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="stall.pdf")
    return bytes(msg)


def _form(helper_names: tuple[str, str]) -> bytes:
    from unseen_requests_5 import Field, acroform, pdf_page

    dashed = f"{OWN_ID[0]}-{OWN_ID[1:5]}-{OWN_ID[5:10]}-{OWN_ID[10:12]}-{OWN_ID[12]}"
    captions = [(30, 20, "คำขอจำหน่ายสินค้าในที่สาธารณะ"), (20, 40, "ชื่อผู้ขอ"),
                (20, 50, "เลขบัตร"), (20, 60, "โทรศัพท์"),
                (20, 80, "คนช่วยขาย 1"), (120, 80, "เลขบัตร"),
                (20, 90, "คนช่วยขาย 2"), (120, 90, "เลขบัตร")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอ", "นางวิไล สุดดี", 45, 40, 90),
              Field("เลขบัตร", dashed, 40, 50, 60),
              Field("โทรศัพท์", "0845513097", 45, 60, 55),
              Field(helper_names[0], "นายบุญส่ง สุดดี", 50, 80, 60),
              Field(f"เลขบัตร{helper_names[0]}", HELPER_IDS[0], 135, 80, 55, comb=13),
              Field(helper_names[1], "นางสาวจันทร์ดี ทองคำ", 50, 90, 60),
              Field(f"เลขบัตร{helper_names[1]}", HELPER_IDS[1], 135, 90, 55, comb=13)]  # fmt: skip
    return acroform(pdf_page(captions, size=12), fields)


def test_the_helpers_ids_are_never_the_vendors() -> None:
    for names in (("ผู้ช่วย1", "ผู้ช่วย2"), ("ผู้ช่วยขาย 1", "ผู้ช่วยขาย 2")):
        case = extract_case(parse_message(_with_pdf(_form(names))), load_templates(FORMS))
        assert case.fields.get("full_name") == "นางวิไล สุดดี"
        assert case.fields.get("national_id") == OWN_ID
