"""A landlord who asks for the house he lets out, in a letter of his own: "เป็นเจ้าของ
บ้านเลขที่ <house> ... ซึ่งให้ <tenant> เช่า" names the tenant's home, never his; his own
home is the one in his letter's block (set 54's ruling: he asks, with his own home; set
103's typed letters). Names, numbers and places invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = with_check_digit("310220077531")


def test_the_house_he_lets_is_not_his_home() -> None:
    msg = EmailMessage()
    msg["From"] = "somchai.rk@example.com"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ขอให้ลอกท่อระบายน้ำ"
    msg.set_content(
        "12/88 ซอยลาดพร้าว 64\nแขวงวังทองหลาง เขตวังทองหลาง\nกรุงเทพฯ 10310\n\n"
        "เรียน นายกเทศมนตรีตำบลท่าช้าง\n"
        f"ข้าพเจ้า นายสมชาย รักษ์ไทย เลขประจำตัวประชาชน {OWN_ID}\n"
        "เป็นเจ้าของบ้านเลขที่ 5 หมู่ที่ 4 ตำบลท่าช้าง อำเภอเมืองจันทบุรี\n"
        "จังหวัดจันทบุรี 22000 ซึ่งให้ นางมาลี ศรีงาม\nเช่าอยู่ ขอให้ลอกท่อระบายน้ำหน้าบ้านที่อุดตัน\n"
        "ขอแสดงความนับถือ\n(นายสมชาย รักษ์ไทย)\n"
    )
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert case.fields["full_name"] == "นายสมชาย รักษ์ไทย"
    assert (case.fields["address"] or "").startswith("12/88")
    assert case.fields["postal_code"] == "10310"


# The same said by the clause right after the house, no เจ้าของ before it ("ส่วนบ้านเลขที่
# ... ซึ่งข้าพเจ้าให้เช่า", set 117: an owner's letter on her main house's tax).
def _mail(clause: str) -> bytes:
    text = (
        "\t\t\t\t\t24 หมู่ 6\n\t\t\t\t\tตำบลนาดี อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000\n\n"
        "เรื่อง ขอทบทวนการประเมินภาษี\nเรียน นายกเทศมนตรี\n\n"
        "ด้วยข้าพเจ้า นางบุญเรือน ศรีสุข ขอให้ทบทวนการประเมินภาษีบ้านหลังหลักของข้าพเจ้า\n"
        f"ส่วนบ้านเลขที่ 40/2 หมู่ที่ 3 ตำบลนาดี {clause} ข้าพเจ้ายินดีชำระภาษีตามที่แจ้ง\n\n"
        "ขอแสดงความนับถือ\nนางบุญเรือน ศรีสุข\nโทร 0845512903\n"
    )
    msg = EmailMessage()
    msg["From"] = "Boonruean <boonruean.s@example.com>"
    msg["To"] = "revenue@nadee.example.go.th"
    msg["Subject"] = "ขอทบทวนการประเมินภาษี"
    msg.set_content(text)
    return bytes(msg)


def test_a_house_she_lets_is_not_her_home() -> None:
    for clause in ("ซึ่งข้าพเจ้าให้เช่า", "ซึ่งให้นายสมพงษ์ เช่าอยู่", "ที่ดิฉันปล่อยให้เช่า"):
        case = extract_case(parse_message(_mail(clause)), TEMPLATES)
        assert (case.fields.get("address") or "").startswith("24 "), clause


def test_her_home_said_before_a_let_house_stays_hers() -> None:
    text = (
        "ข้าพเจ้า นายวีระ ชมภู อยู่บ้านเลขที่ 8 หมู่ 2 ตำบลนาดี อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ "
        "32000 ขอแจ้งว่าห้องแถวอีกหลังซึ่งให้เช่าอยู่ว่างแล้ว โทร 0812203348\n"
    )
    msg = EmailMessage()
    msg["From"] = "Weera <weera.c@example.com>"
    msg["To"] = "revenue@nadee.example.go.th"
    msg["Subject"] = "แจ้งห้องว่าง"
    msg.set_content(text)
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    assert (case.fields.get("address") or "").startswith("8 ")
