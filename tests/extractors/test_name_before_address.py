"""A one-line mail typed on a phone: what is wanted, then the writer's titled name, her
home and her number one after another, no label ("... ความดันสูง นาง<her> 17 หมู่ 8
ตำบล... โทร 08...", set 128: an elder's mail for a home visit). A titled name followed at
once by an address and then a phone is a person's own contact, as on an envelope: read
as hers, flagged as any sentence's value. Not in a complaint (the one complained of may
be named with his home), and behind the name the writer gives herself. Names and numbers
invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.name_before_address import names_before_address
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _mail(text: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "lamyai <lamyai.pm@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "แจ้งเรื่อง"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_a_titled_name_then_her_home_then_her_phone_on_one_line() -> None:
    case = _mail(
        "ขอให้เจ้าหน้าที่มาตัดหญ้าข้างทางหน่อยค่ะ รกมาก งูเข้าบ้าน นางสาวลำใย พรมมา 17 หมู่ 8 "
        "ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000 โทร 086-552-1907\n\n"
        "ส่งจาก iPhone ของฉัน\n"
    )
    assert case.fields.get("full_name") == "นางสาวลำใย พรมมา"
    assert case.fields.get("postal_code") == "41000"


def test_a_road_address_after_the_name() -> None:
    case = _mail(
        "ไฟทางดับหน้าบ้าน 3 ต้นแล้วค่ะ นางบัวเรียน ทองมา 112/4 ถนนโพศรี ตำบลหมากแข้ง "
        "อำเภอเมืองอุดรธานี อุดรธานี 41000 โทร 0891234560\n"
    )
    assert case.fields.get("full_name") == "นางบัวเรียน ทองมา"


def test_the_one_complained_of_with_his_home_is_not_read_so() -> None:
    case = _mail(
        "ขอร้องเรียน นายเฉลิม ดีมาก 22 หมู่ 8 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000 "
        "โทร 081-552-7730 เผาขยะทุกวัน ควันเข้าบ้าน\n"
    )
    assert case.fields.get("full_name") != "นายเฉลิม ดีมาก" or case.issues.get("full_name")


def test_the_writers_own_name_stays_over_her_landlord_named_with_his_home() -> None:
    case = _mail(
        "ดิฉันชื่อ นางสาวลำใย พรมมา เช่าบ้านอยู่ ขอหนังสือรับรองที่อยู่ค่ะ เจ้าของบ้านคือ "
        "นายเฉลิม ดีมาก 22 หมู่ 8 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000 "
        "โทร 081-552-7730\n"
    )
    assert case.fields.get("full_name") == "นางสาวลำใย พรมมา"


def test_a_neighbour_told_of_with_his_doing_after_his_number_is_not_the_writer() -> None:
    case = _mail(
        "ขอแจ้ง นายเฉลิม ดีมาก 22 หมู่ 8 ตำบลหนองบัว อำเภอเมืองอุดรธานี อุดรธานี 41000 "
        "โทร 081-552-7730 ปล่อยหมามากัดคนในซอยทุกวัน\n"
    )
    assert case.fields.get("full_name") != "นายเฉลิม ดีมาก"


def test_a_line_padded_with_spaces_is_read_in_one_pass() -> None:
    # side by side, the runs of spaces after the phone tried every split of the padding
    line = "นางสมศรี ใจดี 17 หมู่ 3 ตำบลบ้านโพธิ์ โทร 0812345678"
    assert list(names_before_address(line + " " * 3000 + "ต่อ")) == []
    assert [name for name, _ in names_before_address(line + " " * 3000)] == ["นางสมศรี ใจดี"]
