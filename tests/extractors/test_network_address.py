"""A web form's notice opens with its case number ("เลขที่เรื่อง": no house box) and ends
with the sender's network address ("IP Address", "ที่อยู่ IP": a machine's number): neither
is where the complainant lives, and her address rows between are the address. Names and
numbers are invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.address_parts import ADDRESS_PART_SPECS
from extractors.extract import extract_case
from extractors.labels import LabelMatcher
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def test_a_network_address_label_is_no_address() -> None:
    labels = LabelMatcher(TEMPLATES)
    for label in ("IP Address", "IP address", "ที่อยู่ IP", "MAC Address", "IPv4 Address"):
        found = labels.match(label)
        assert found is None or found[0] != "address", label
    assert (labels.match("Address") or ("",))[0] == "address"
    assert (labels.match("Home address") or ("",))[0] == "address"


def test_a_case_number_label_is_no_house_box() -> None:
    labels = LabelMatcher(TEMPLATES, ADDRESS_PART_SPECS)
    for label in ("เลขที่เรื่อง", "เลขที่คำร้อง", "เลขที่อ้างอิง", "เลขที่รับ"):
        found = labels.match(label)
        assert found is None or found[0] != "addr_house", label
    assert (labels.match("บ้านเลขที่") or ("",))[0] == "addr_house"
    assert (labels.match("เลขที่") or ("",))[0] == "addr_house"


def test_a_notice_with_the_senders_ip_gives_her_rows_as_address() -> None:
    rows = (
        ("เลขที่เรื่อง", "RQ-2569-004417"),
        ("ชื่อ-นามสกุล", "นายชาตรี บุญส่ง"),
        ("บ้านเลขที่", "18/2"),
        ("หมู่ที่", "5"),
        ("ตำบล/แขวง", "หนองแวง"),
        ("อำเภอ/เขต", "เมืองขอนแก่น"),
        ("จังหวัด", "ขอนแก่น"),
        ("รหัสไปรษณีย์", "40000"),
        ("โทรศัพท์มือถือ", "0815520341"),
        ("รายละเอียด", "เจ้าหน้าที่ไม่รับเรื่องและพูดจาไม่สุภาพ"),
        ("IP Address", "203.150.18.77"),
    )
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    msg = EmailMessage()
    msg["From"] = "ระบบรับเรื่อง <noreply@example.go.th>"
    msg["To"] = "complaint@example.go.th"
    msg["Subject"] = "[เรื่องร้องเรียนใหม่] RQ-2569-004417"
    msg.set_content(f"<html><body><table>{table}</table></body></html>", subtype="html")
    case = extract_case(parse_message(bytes(msg)), TEMPLATES)
    address = case.fields.get("address") or ""
    assert "203.150" not in address
    assert "หนองแวง" in address
