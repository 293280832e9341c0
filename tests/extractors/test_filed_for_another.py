"""A mail filed by one for another: a shop for the house owner it connects, a landlord
for the tenant whose account it is (sets 31/63: the one the request is for is the
applicant). The filer's signature gives his shop's place and his own mobile; the block
of the one it is for gives her house line and a number labelled with her part ("เบอร์
เจ้าของบ้าน", "เบอร์ผู้เช่า"). Names, numbers and places invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests import with_check_digit

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWNER_ID = with_check_digit("370050012345")
TENANT_ID = with_check_digit("190040056789")


def read_mail(text: str, sender: str = "rungroj.supply@example.com") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "prapa@example.go.th"
    msg["Subject"] = "ขอใช้น้ำประปา"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


SHOP_MAIL = (
    "เรียน งานประปา เทศบาลตำบลหนองบัว\n\n"
    "ทางร้านขอยื่นขอติดตั้งมาตรวัดน้ำแทนเจ้าของบ้าน ตามหนังสือมอบอำนาจที่แนบมา\n\n"
    "ข้อมูลผู้ขอใช้น้ำ\n"
    "ชื่อเจ้าของบ้าน: นางบุญเรือน ศรีสุข\n"
    f"เลขบัตรประชาชน: {OWNER_ID}\n"
    "บ้านเลขที่: 48 หมู่ 3 ตำบลหนองบัว อำเภอเมืองอุดรธานี จ.อุดรธานี 41000\n"
    "{phone_line}\n"
    "ขอทราบค่าธรรมเนียมและวันนัดสำรวจครับ\n\n"
    "ขอบคุณครับ\n--\n"
    "นายธนากร มีทรัพย์\n"
    "ร้านรุ่งโรจน์วัสดุก่อสร้าง\n"
    "77/5 ถนนโพศรี ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n"
    "โทร 042-221-908 / มือถือ 0845519023\n"
)


def test_the_owners_house_line_not_the_shops_place_in_its_signature() -> None:
    case = read_mail(SHOP_MAIL.replace("{phone_line}", ""))
    assert case.fields["full_name"] == "นางบุญเรือน ศรีสุข"
    assert (case.fields["address"] or "").startswith("48 หมู่ 3 ตำบลหนองบัว")
    assert case.fields["postal_code"] == "41000"


def test_the_number_labelled_with_the_owners_part_is_hers() -> None:
    case = read_mail(SHOP_MAIL.replace("{phone_line}", "เบอร์เจ้าของบ้าน: 081-447-2290"))
    assert case.fields["phone"] == "+66814472290"


def test_the_number_labelled_with_the_tenants_part_not_the_landlords_own() -> None:
    case = read_mail(
        "เรียน งานประปา เทศบาลตำบลนาดี\n\n"
        "ดิฉัน นางปราณี วงศ์ใหญ่ เจ้าของห้องแถวที่ให้เช่า ขอเขียนแทนผู้เช่าซึ่งไม่มีอีเมล "
        "ขอผ่อนค่าน้ำที่ค้างเพราะท่อรั่ว\n\n"
        "ข้อมูลผู้เช่า\n"
        "ชื่อ นายอำนาจ แก้วใส\n"
        f"เลขประจำตัวประชาชน {TENANT_ID}\n"
        "ที่อยู่ (ห้องเช่า) 21/4 หมู่ 6 ตำบลนาดี อำเภอเมืองอุดรธานี จ.อุดรธานี 41000\n"
        "เบอร์ผู้เช่า 0923318845\n\n"
        "ติดต่อดิฉันได้ที่ 086-512-7730\n\n"
        "ขอบคุณค่ะ\nนางปราณี วงศ์ใหญ่\nผู้ให้เช่า\n",
        sender="pranee.wy@example.com",
    )
    assert case.fields["full_name"] == "นายอำนาจ แก้วใส"
    assert case.fields["phone"] == "+66923318845"


def test_a_number_labelled_with_another_part_is_left_as_it_was() -> None:
    # the owner's part named, but the number is the tenant's: no part of the name's
    text = SHOP_MAIL.replace("{phone_line}", "เบอร์ผู้เช่า: 081-447-2290")
    case = read_mail(text)
    assert case.fields["phone"] != "+66814472290" or case.issues.get("phone")


def test_the_water_users_place_of_use_not_the_proxys_home() -> None:
    # a daughter files a leak form for her father: his tap's place is his house, her
    # own home is given under the proxy's row
    case = read_mail(
        "คำร้องขอลดหย่อนค่าน้ำประปา กรณีท่อรั่ว\n"
        "ชื่อผู้ใช้น้ำ: นายสมาน ดวงดี\n"
        f"เลขประจำตัวประชาชน: {OWNER_ID}\n"
        "สถานที่ใช้น้ำ: 14 หมู่ 2 ตำบลโนนสูง อำเภอเมืองอุดรธานี จ.อุดรธานี 41330\n"
        "ผู้ยื่นคำร้องแทน: นางสาวมยุรี ดวงดี (บุตรสาว)\n"
        "ที่อยู่ผู้ยื่นแทน: 8/19 ถนนศรีสุข ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000\n",
        sender="mayuree.dd@example.com",
    )
    assert (case.fields["address"] or "").startswith("14 หมู่ 2 ตำบลโนนสูง")
    assert case.fields["postal_code"] == "41330"
